// Deciding that a number is not a figure, and what it is instead.
//
//   ClassifyToken("0592-2891388") == "phone"
//   ArabicContextKind(text, begin, end, ...) == "year" for "2018年"
#pragma once

#include <string>
#include <string_view>

namespace crossfoot {

/// The kind of an identifier-like token around a number (URL, e-mail, phone, date, index
/// number, range, identifier), or empty when the token is just the number.
std::string ClassifyToken(std::string_view token);

/// Why the Arabic number text[begin, end) is not a figure, judged from the words around it
/// (year, date, document number, ordinal, postcode, phone, list number, name, …); empty when
/// it is a figure. `figure_end` is where the figure's written form ends (after 万, %).
std::string ArabicContextKind(std::string_view text, size_t begin, size_t end, bool integer,
                              size_t figure_end);

/// The same for a Chinese numeral run text[begin, end) that is not a count: a date, list
/// numbering, an ordinal, a rank; empty when the words around it make it a candidate figure.
std::string ChineseContextKind(std::string_view text, size_t begin, size_t end);

}  // namespace crossfoot
