// Throughput of the figure recogniser on real report text (MB/s of normalised text), and of
// reading a whole report (decode, normalise, blocks, tables, figures).
//
//   make bench    # builds with -O2 and runs every benchmark
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "figures/recognise.h"
#include "read/read_document.h"
#include "util/unicode.h"

namespace {

std::string SampleReport() {
  std::ifstream in(std::string(CROSSFOOT_SOURCE_DIR) + "/reports/xiamen-2018.txt",
                   std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

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

}  // namespace

BENCHMARK_MAIN();
