// The floor under a batch audit: what the libraries crossfoot must use cost on their own.
//
//   crossfoot_floor DIR...   reads every report below the directories, one thread
//
// Each file is read and decoded to UTF-8 (iconv for GBK pages); an HTML page is parsed by
// gumbo, a .docx package is opened by libzip and its word/document.xml parsed by pugixml.
// Nothing of crossfoot's own runs: no normalisation, no figures, no tables, no checks. The
// benchmark (bench/run_bench.py) times this beside grep and crossfoot, so that the distance
// to grep can be split into what the parsers take and what crossfoot adds.
#include <gumbo.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "read/docx_reader.h"
#include "read/read_document.h"

namespace {

// Work that must not be optimised away: the sizes of what each parser produced.
size_t ParseOne(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string ext = path.extension().string();
  if (ext == ".docx") {
    crossfoot::Result<std::string> xml = crossfoot::ReadDocxPart(bytes, "word/document.xml");
    if (!xml.ok()) return 0;
    pugi::xml_document dom;
    return dom.load_buffer(xml.value().data(), xml.value().size()) ? xml.value().size() : 0;
  }
  if (ext == ".html" || ext == ".htm") {
    crossfoot::Result<crossfoot::DecodedText> text = crossfoot::DecodeHtml(bytes);
    if (!text.ok()) return 0;
    const std::string& html = text.value().text;
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    size_t nodes = output->root->v.element.children.length;
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return html.size() + nodes;
  }
  crossfoot::Result<crossfoot::DecodedText> text = crossfoot::DecodeToUtf8(bytes);
  return text.ok() ? text.value().text.size() : 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[i])) {
      if (entry.is_regular_file() && crossfoot::IsReportPath(entry.path().string())) {
        files.push_back(entry.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  size_t total = 0;
  for (const auto& f : files) total += ParseOne(f);
  std::printf("%zu files, %zu bytes parsed\n", files.size(), total);
  return 0;
}
