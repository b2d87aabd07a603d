// Decoding report bytes to UTF-8.
//
//   Result<DecodedText> d = DecodeToUtf8(bytes);  // BOM, else UTF-8, else GB18030
#pragma once

#include <string>
#include <string_view>

#include "util/result.h"

namespace crossfoot {

/// Text decoded to UTF-8, and the encoding it was decoded from.
struct DecodedText {
  std::string text;
  std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "GB18030"
};

/// Decodes bytes: a UTF-8 BOM is dropped; UTF-16 with a byte-order mark is decoded; valid
/// UTF-8 is kept; anything else is read as GB18030 (a superset of GB2312 and GBK). Fails when
/// the bytes are none of these.
Result<DecodedText> DecodeToUtf8(std::string_view bytes);

/// True when bytes start with a UTF-16 byte-order mark (FF FE or FE FF).
bool HasUtf16Bom(std::string_view bytes);

/// True when bytes without a BOM look like UTF-16: NUL bytes in every other position of
/// their start, as ASCII and Latin text in UTF-16 has.
bool LooksLikeUtf16WithoutBom(std::string_view bytes);

/// True when iconv knows the encoding name.
bool IsKnownEncoding(const std::string& encoding);

/// Decodes bytes in a named encoding (as iconv names it) to UTF-8.
Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& encoding);

}  // namespace crossfoot
