// Binding a pack's facts to the figures of one document.
//
//   Bindings b = BindFacts(pack, doc);
//   const FactBinding& f = b.facts.at("proactive.total");  // instances, and notes on misses
#pragma once

#include <map>
#include <string>
#include <vector>

#include "figures/figure.h"
#include "read/document.h"
#include "rules/pack.h"

namespace crossfoot {

/// One place where a fact's figure is written.
struct Mention {
  Figure figure;
  SourceSpan source;  // the figure as written, in the document's source
  int block = -1;
  std::string where;  // "table 1, row 3 (主动公开文件数), column 历年累计" for cells
  const Document* doc = nullptr;  // the document written in (this year's or the previous)
};

/// One match of a fact definition: a mention for each slot it found.
struct Instance {
  std::map<std::string, Mention> slots;
};

/// What a fact definition found in a document.
struct FactBinding {
  const FactDef* def = nullptr;
  std::vector<Instance> instances;
  /// Why matches were rejected or nothing was found, for `crossfoot facts`.
  std::vector<std::string> notes;
};

/// Every fact definition of a pack, bound to one document.
struct Bindings {
  std::map<std::string, FactBinding> facts;  // by definition name
  const Pack* pack = nullptr;
  /// The previous year's report bound with the same pack, for "previous.X" facts.
  const Bindings* previous = nullptr;

  /// The binding that provides a full fact name (slot), or nullptr. For "previous.X" the
  /// binding of X in the previous year's report (nullptr without one).
  const FactBinding* ForSlot(const std::string& slot) const;
};

/// True when the block lies in a section whose title matches `section`.
bool InSection(const Block& block, const Pattern& section);

/// Binds every fact of pack in doc.
Bindings BindFacts(const Pack& pack, const Document& doc);

}  // namespace crossfoot
