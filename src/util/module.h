// crossfoot's optional modules: the parts that bring large libraries few runs need (poppler
// for PDFs, libgit2 for a directory walk's .gitignore rules) are shared libraries of their own,
// loaded when first needed, so that the dynamic loader does not map and relocate those
// libraries (and theirs, ~40 in all) at every start (docs/performance.md).
//
//   static const Result<void*> fn = ModuleSymbol("libcrossfoot_pdf.so", "crossfoot_pdf_pages");
//   if (!fn.ok()) return Error{fn.error()};
#pragma once

#include <string>

#include "util/result.h"

namespace crossfoot {

/// Where an installed binary's modules are, relative to the directory of the binary.
constexpr const char* kModuleDir = "../lib/crossfoot";

/// The address of symbol in the module file: from the process itself when a module is linked
/// in already (the unit tests, the fuzz targets), else from the file beside the binary (a build
/// tree) or in kModuleDir (an installed package), loaded once. An error names what is missing.
Result<void*> ModuleSymbol(const std::string& file, const char* symbol);

}  // namespace crossfoot
