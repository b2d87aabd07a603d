#include "util/encoding.h"

#include <iconv.h>

#include <cerrno>
#include <vector>

#include "util/unicode.h"

namespace crossfoot {

Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& encoding) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  // iconv_open reports failure as (iconv_t)-1.
  if (cd == reinterpret_cast<iconv_t>(-1)) {  // NOLINT(performance-no-int-to-ptr)
    return Error{"unknown encoding " + encoding};
  }
  std::string out;
  std::vector<char> buffer(4096);
  // iconv's interface takes non-const pointers; it does not write through the input.
  char* in = const_cast<char*>(bytes.data());  // NOLINT(cppcoreguidelines-pro-type-const-cast)
  size_t in_left = bytes.size();
  int failure = 0;
  while (in_left > 0 && failure == 0) {
    char* dst = buffer.data();
    size_t dst_left = buffer.size();
    size_t rc = iconv(cd, &in, &in_left, &dst, &dst_left);
    out.append(buffer.data(), buffer.size() - dst_left);
    if (rc == static_cast<size_t>(-1) && errno != E2BIG) failure = errno;
  }
  iconv_close(cd);
  if (failure == EINVAL)
    return Error{"ends in the middle of a " + encoding + " character (is it truncated?)"};
  if (failure != 0) return Error{"bytes are not valid " + encoding};
  return out;
}

bool HasUtf16Bom(std::string_view bytes) {
  return bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
}

bool LooksLikeUtf16WithoutBom(std::string_view bytes) {
  std::string_view start = bytes.substr(0, 512);
  if (HasUtf16Bom(bytes)) return false;
  size_t nul_even = 0;
  size_t nul_odd = 0;
  for (size_t i = 0; i < start.size(); ++i) {
    if (start[i] == '\0') ++(i % 2 == 0 ? nul_even : nul_odd);
  }
  size_t pairs = start.size() / 2;
  if (pairs < 4) return false;  // too short to tell from a stray NUL
  // Mostly one side NUL, the other side never: ASCII or Latin text in UTF-16LE or BE.
  return (nul_odd * 2 >= pairs && nul_even == 0) || (nul_even * 2 >= pairs && nul_odd == 0);
}

bool IsKnownEncoding(const std::string& encoding) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;  // NOLINT(performance-no-int-to-ptr)
  iconv_close(cd);
  return true;
}

Result<DecodedText> DecodeToUtf8(std::string_view bytes) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (HasUtf16Bom(bytes)) {
    std::string encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    Result<std::string> text = ConvertToUtf8(bytes.substr(2), encoding);
    if (!text.ok())
      return Error{"starts with a " + encoding + " byte-order mark but " +
                   (text.error().starts_with("ends") ? text.error() : "is not " + encoding)};
    if (text.value().find('\0') != std::string::npos)
      return Error{"is " + encoding + " text with NUL characters"};
    return DecodedText{std::move(text).value(), encoding + " (BOM)"};
  }
  if (bytes.substr(0, 3) == kBom) {
    std::string_view rest = bytes.substr(3);
    while (rest.starts_with(kBom)) rest.remove_prefix(3);  // written twice by some editors
    if (!IsValidUtf8(rest)) return Error{"starts with a UTF-8 byte-order mark but is not UTF-8"};
    return DecodedText{std::string(rest), "UTF-8 (BOM)"};
  }
  if (IsValidUtf8(bytes)) return DecodedText{std::string(bytes), "UTF-8"};
  // Valid UTF-8 but for a character cut at the very end: a truncated file, not GB18030.
  for (size_t cut = 1; cut <= 3 && cut < bytes.size(); ++cut) {
    if (IsValidUtf8(bytes.substr(0, bytes.size() - cut)) &&
        (static_cast<unsigned char>(bytes[bytes.size() - cut]) & 0xC0) == 0xC0) {
      return Error{"ends in the middle of a UTF-8 character (is it truncated?)"};
    }
  }
  Result<std::string> gb = ConvertToUtf8(bytes, "GB18030");
  if (!gb.ok() && gb.error().rfind("ends in the middle", 0) == 0) return Error{gb.error()};
  if (!gb.ok()) return Error{"is neither UTF-8 nor GB18030 text"};
  return DecodedText{std::move(gb).value(), "GB18030"};
}

}  // namespace crossfoot
