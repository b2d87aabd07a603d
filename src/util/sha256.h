// SHA-256 of bytes, as lowercase hex: the HTML view names each input it audited by its hash,
// so that a page kept as an audit record says which file it was.
//
//   Sha256Hex("abc");   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
#pragma once

#include <string>
#include <string_view>

namespace crossfoot {

/// The SHA-256 digest of `bytes` in lowercase hex (64 characters), computed by OpenSSL's
/// libcrypto.
std::string Sha256Hex(std::string_view bytes);

}  // namespace crossfoot
