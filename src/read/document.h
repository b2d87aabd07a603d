// The document model: what a reader makes of a report file.
//
//   Document doc = ReadDocument(path).value();
//   for (const Block& b : doc.blocks) ...   // headings, paragraphs, tables, in source order
//   LineColumn lc = doc.Locate(b.text.Source(i, j).begin);
//
// All text is NFKC-normalised for matching, and every byte keeps the source offset it came
// from, so a figure found anywhere maps back to the line and column of the original file.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "figures/figure.h"
#include "statements/statement.h"
#include "util/boxed.h"
#include "util/line_index.h"
#include "util/unicode.h"

namespace crossfoot {

/// A byte range [begin, end) in the decoded source text.
struct SourceSpan {
  size_t begin = 0;
  size_t end = 0;
};

/// Normalised text with its map back to the source, and the figures recognised in it.
struct TextRun {
  std::string text;  // NFKC
  OffsetMap origin;  // origin[i]: source offset of text[i]; one extra at the end
  Recognised figures;
  bool recognised = false;  // figures is set (Recognise() was called)

  static TextRun FromSource(std::string_view source, size_t begin, size_t end);
  /// Appends another run, optionally separated by `separator` (which maps to the join point).
  void Append(const TextRun& other, std::string_view separator);
  /// The source span of text[begin, end).
  SourceSpan Source(size_t begin, size_t end) const;
  /// Recognises the figures of the run (call once the text is final).
  void Recognise();
  /// The run as one table cell's figure (RecogniseCell), from the figures already recognised.
  std::optional<Figure> CellFigure() const;
};

/// One table cell. A cell whose column could not be known has col == -1.
struct Cell {
  TextRun text;
  int row = 0;
  int col = 0;
};

/// A table as a grid. Rows [0, header_rows) are header rows.
struct Table {
  int header_rows = 1;
  int label_columns = 1;  // leading columns that hold row labels (merged row groups in HTML)
  int columns = 0;
  std::vector<std::vector<Cell>> rows;      // rows[r][c]; every row has `columns` cells
  std::vector<std::string> column_headers;  // per column, header rows joined by "›", no spaces
  std::vector<std::string> row_labels;      // per row, the label columns joined by "›", no spaces
  /// Per row: why its cells could not be placed in columns (empty when they could).
  std::vector<std::string> row_problems;
  /// Values of rows whose columns could not be known, kept for `facts`.
  std::vector<std::vector<Cell>> unplaced;
  /// The unit the table declares for its figures ("单位：万元", "in thousands") in the line
  /// before it or its caption; empty when none. Column headers that state their own win.
  std::string unit;
  std::string shape;  // "pipe", "flattened", "html", "docx", "pdf", "layout"
  /// Why the header could not be matched to the columns (laid-out tables); empty when it was.
  std::string header_problem;
  /// "position" when a pack named the columns by their position (the header not read).
  std::string columns_from;
  std::string name;   // where it is, for locations in formats without lines ("表3")
  int first_row = 0;  // where row 0 is in the table as written (a table split at inner headers)

  /// True when two positions of a row hold one merged cell (a colspan copied across).
  bool SameCell(int row, int a, int b) const {
    const TextRun& x = rows[row][a].text;
    const TextRun& y = rows[row][b].text;
    return !x.origin.empty() && !y.origin.empty() && x.origin.front() == y.origin.front() &&
           x.text == y.text;
  }

  /// The source of text[begin, end) of a cell; for a cell with no text of its own (a blank
  /// padded in), the point where the nearest cell before it on the row ends.
  SourceSpan CellSource(int row, int column, size_t begin, size_t end) const;

  /// "表3 行5 列4: label", the name of a cell in formats without lines; label alone otherwise.
  std::string CellWhere(int row, int column, const std::string& label) const;
};

enum class BlockKind { kHeading, kParagraph, kTable };

/// Most blocks (paragraphs, headings, tables) a document may have, in every format: each
/// holds its text twice over (bytes and offsets) with its figures.
constexpr size_t kMaxBlocks = 200000;

/// A heading, a paragraph or a table, in source order.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  TextRun text;                       // headings and paragraphs
  Boxed<Table> table;                 // tables (empty for headings and paragraphs)
  SourceSpan source;                  // the whole block in the source
  int level = 0;                      // heading level (1 = top); numbered paragraphs too
  std::string numbering;              // "一、", "(一)", "1.", "(1)", "①", or "#" for Markdown
  std::string title;                  // heading text, or a numbered paragraph's lead sentence
  std::vector<std::string> sections;  // titles of the enclosing sections, outermost first
  std::string name;  // where it is in formats without lines ("段落 12"), else empty
};

/// A report read into blocks.
/// A note attached to the source outside its text: a Word comment, anchored on the span of
/// the paragraph or table cell it is attached to.
struct SourceComment {
  std::string text;
  SourceSpan anchor;
};

struct Document {
  std::string path;      // as given on the command line
  std::string sha256;    // of the file's bytes as read (set by ReadDocument), for the record
  std::string format;    // "text", "markdown"
  std::string encoding;  // as detected
  /// How a Traditional-script document was read ("Traditional, read as Simplified"); empty
  /// for Simplified text.
  std::string script;
  std::string source;  // decoded UTF-8 text of the whole file
  LineIndex lines;     // over `source`
  // A deque: appending never copies the blocks already read (a vector held twice their
  // size while it grew, the peak of a document of many short paragraphs).
  std::deque<Block> blocks;
  std::string normalised_all;       // every block's and cell's NFKC text, for applies-when tests
  std::vector<size_t> page_starts;  // PDF: the source offset where each page's text starts
  std::vector<SourceComment> comments;  // .docx: the comments of word/comments.xml
  /// What the prose says with its numbers (statements/parse_statements.h), read once.
  Statements statements;

  /// The 1-based page `offset` is on, or 0 for formats without pages.
  int PageOf(size_t offset) const {
    auto it = std::upper_bound(page_starts.begin(), page_starts.end(), offset);
    return static_cast<int>(it - page_starts.begin());
  }

  LineColumn Locate(size_t offset) const { return lines.Locate(source, offset); }
  std::string_view Line(size_t line) const { return lines.Line(source, line); }
};

}  // namespace crossfoot
