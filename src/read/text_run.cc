#include <algorithm>

#include "figures/recognise.h"
#include "read/document.h"

namespace crossfoot {

TextRun TextRun::FromSource(std::string_view source, size_t begin, size_t end) {
  NormalisedText n = Normalise(source, begin, end);
  TextRun run;
  run.text = std::move(n.text);
  run.origin = std::move(n.origin);
  return run;
}

void TextRun::Append(const TextRun& other, std::string_view separator) {
  if (origin.empty()) origin.push_back(other.origin.empty() ? 0 : other.origin.front());
  uint32_t join = origin.back();  // separators map to where this run ended
  origin.pop_back();
  text.append(separator);
  origin.PushRun(join, separator.size(), false);
  text.append(other.text);
  origin.Append(other.origin, 0, other.origin.size());
}

std::string Table::CellWhere(int row, int column, const std::string& label) const {
  if (name.empty()) return label;
  return name + " 行" + std::to_string(first_row + row + 1) + " 列" + std::to_string(column + 1) +
         ": " + label;
}

SourceSpan Table::CellSource(int row, int column, size_t begin, size_t end) const {
  const std::vector<Cell>& cells = rows[row];
  if (!cells[column].text.origin.empty()) return cells[column].text.Source(begin, end);
  for (int c = column - 1; c >= 0; --c) {
    const TextRun& t = cells[c].text;
    if (!t.origin.empty()) {
      size_t at = t.origin.back();
      return {at, at};
    }
  }
  return {};
}

SourceSpan TextRun::Source(size_t begin, size_t end) const {
  if (origin.empty()) return {};
  begin = std::min(begin, text.size());
  end = std::min(std::max(end, begin), text.size());
  return {origin[begin], std::max(origin[end], origin[begin])};
}

void TextRun::Recognise() {
  figures = RecogniseFigures(text);
  recognised = true;
}

std::optional<Figure> TextRun::CellFigure() const {
  return recognised ? crossfoot::CellFigure(figures, text) : RecogniseCell(text);
}

}  // namespace crossfoot
