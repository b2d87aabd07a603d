// The figure recogniser: every number in a text, as a figure or as something that is not one.
//
//   Recognised r = RecogniseFigures("主动公开政府信息39142条,占6.08%");
//   r.figures[0].value == 39142; r.figures[1].percent == true
#pragma once

#include <string_view>

#include "figures/figure.h"

namespace crossfoot {

/// Finds the figures in NFKC-normalised text (see util/unicode.h), in order of position.
Recognised RecogniseFigures(std::string_view text);

/// A whole table cell read as one figure: nullopt when the cell is not exactly one figure.
std::optional<Figure> RecogniseCell(std::string_view text);

/// RecogniseCell for a text whose figures are already recognised (`r` is RecogniseFigures(text)).
std::optional<Figure> CellFigure(const Recognised& r, std::string_view text);

/// True when a cell states "not reported" rather than a value: blank, "/", "-", "—", "无".
bool IsNotReportedCell(std::string_view text);

/// A not-reported count cell as a figure: blank, the interval [0, ∞) of an unknown count
/// (never zero, never anything at all), written as the cell is ("/") or "空白" when empty.
Figure BlankCellFigure(std::string_view text);

}  // namespace crossfoot
