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
  std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "GB18030"
};

/// Decodes bytes: a UTF-8 BOM is dropped; valid UTF-8 is kept; anything else is read as
/// GB18030 (a superset of GB2312 and GBK). Fails when the bytes are neither.
Result<DecodedText> DecodeToUtf8(std::string_view bytes);

/// Decodes bytes in a named encoding (as iconv names it) to UTF-8.
Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& encoding);

}  // namespace crossfoot
