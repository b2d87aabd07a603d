// Throughput of the figure recogniser on real report text (MB/s of normalised text), and of
// reading a whole report (decode, normalise, blocks, tables, figures).
//
//   make bench    # builds with -O2 and runs every benchmark
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "engine/binding.h"
#include "figures/recognise.h"
#include "read/read_document.h"
#include "rules/pack_loader.h"
#include "util/unicode.h"

namespace {

std::string ReadFile(const std::string& relative) {
  std::ifstream in(std::string(CROSSFOOT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string SampleReport() { return ReadFile("reports/xiamen-2018.txt"); }

void BM_RecogniseFigures(benchmark::State& state) {
  const std::string text = crossfoot::NormaliseString(SampleReport());
  size_t figures = 0;
  for (auto _ : state) {
    crossfoot::Recognised r = crossfoot::RecogniseFigures(text);
    figures = r.figures.size();
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["figures"] = static_cast<double>(figures);
}
BENCHMARK(BM_RecogniseFigures);

void BM_NormaliseText(benchmark::State& state) {
  const std::string text = SampleReport();
  for (auto _ : state) benchmark::DoNotOptimize(crossfoot::Normalise(text, 0, text.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormaliseText);

void BM_ParseDocument(benchmark::State& state) {
  const std::string bytes = SampleReport();
  for (auto _ : state) {
    auto doc = crossfoot::ParseDocument("xiamen-2018.txt", bytes);
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_ParseDocument);

// The sample report read as an HTML page: gumbo under crossfoot's memory budget.
void BM_ParseHtml(benchmark::State& state) {
  const std::string bytes = ReadFile("fixtures/formats/xiamen-2018.html");
  for (auto _ : state) {
    auto doc = crossfoot::ParseDocument("xiamen-2018.html", bytes);
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_ParseHtml);

// Binding every fact of the three shipped packs on the sample report: mostly pattern
// searches, each behind its prefilter.
void BM_BindFacts(benchmark::State& state) {
  std::vector<crossfoot::Pack> packs;
  for (const char* name :
       {"rules/cn-gis-2008.yaml", "rules/cn-gis-2019.yaml", "rules/cn-gis-2021.yaml"}) {
    crossfoot::Diagnostics diags;
    packs.push_back(*crossfoot::LoadPackFile(std::string(CROSSFOOT_SOURCE_DIR) + "/" + name, &diags,
                                             /*with_tests=*/false));
  }
  const crossfoot::Document doc =
      crossfoot::ParseDocument("xiamen-2018.txt", SampleReport()).value();
  for (auto _ : state) {
    for (const crossfoot::Pack& pack : packs) {
      crossfoot::Bindings b = crossfoot::BindFacts(pack, doc);
      benchmark::DoNotOptimize(b);
    }
  }
}
BENCHMARK(BM_BindFacts);

}  // namespace

BENCHMARK_MAIN();
