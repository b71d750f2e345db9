// Character encodings: every document is UTF-8 inside Parley.
#pragma once
#include <string>
#include <string_view>

namespace parley::io {

// Length of the longest prefix of `s` that is valid UTF-8.
size_t valid_utf8_prefix(std::string_view s);
inline bool is_valid_utf8(std::string_view s) { return valid_utf8_prefix(s) == s.size(); }

// True when the bytes look like a binary file rather than text (NUL bytes or
// many control characters in the first kilobytes).
bool looks_binary(std::string_view s);

// Converts `bytes` to UTF-8 in place.  A UTF-8 or UTF-16 byte-order mark wins;
// then valid UTF-8 is kept as is; then the `declared` charset (from an HTML
// meta tag or HTTP header), then a statistical guess (uchardet).  Returns false
// with `error` set when no conversion works.
bool to_utf8(std::string& bytes, std::string_view declared, std::string& error);

// Finds <meta charset=...> or <meta http-equiv=content-type content="...charset=...">
// in the first bytes of an HTML page.  Empty when none.
std::string sniff_html_charset(std::string_view html);

}  // namespace parley::io
