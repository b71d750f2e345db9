#include "io/encoding.h"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "base/text.h"

namespace parley::io {

size_t valid_utf8_prefix(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else
      return i;
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    // Reject overlong forms, surrogates and values past U+10FFFF.
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return n;
}

bool looks_binary(std::string_view s) {
  size_t n = std::min<size_t>(s.size(), 8192), control = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = s[i];
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return n > 0 && control * 20 > n;  // more than 5% control characters
}

namespace {

bool convert(std::string& bytes, const char* from, std::string& error) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == (iconv_t)-1) {
    error = std::string("unknown charset '") + from + "'";
    return false;
  }
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = bytes.data();
  size_t in_left = bytes.size();
  size_t out_used = 0;
  bool ok = true;
  while (in_left > 0) {
    char* outp = out.data() + out_used;
    size_t out_left = out.size() - out_used;
    size_t rc = iconv(cd, &in, &in_left, &outp, &out_left);
    out_used = out.size() - out_left;
    if (rc != (size_t)-1) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    // An invalid or incomplete sequence: the charset guess is wrong or the data broken.
    ok = false;
    error = std::string("input is not valid ") + from + " at byte " + std::to_string(bytes.size() - in_left);
    break;
  }
  iconv_close(cd);
  if (!ok) return false;
  out.resize(out_used);
  bytes.swap(out);
  return true;
}

std::string lower(std::string_view s) { return base::ascii_lower(s); }

}  // namespace

std::string sniff_html_charset(std::string_view html) {
  std::string head = lower(html.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("charset", pos)) != std::string::npos) {
    size_t i = pos + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
    size_t j = i;
    while (j < head.size() && (std::isalnum(static_cast<unsigned char>(head[j])) || head[j] == '-' || head[j] == '_'))
      ++j;
    if (j > i) return head.substr(i, j - i);
    pos = j;
  }
  return "";
}

bool to_utf8(std::string& bytes, std::string_view declared, std::string& error) {
  auto starts = [&](const char* bom, size_t n) { return bytes.size() >= n && std::memcmp(bytes.data(), bom, n) == 0; };
  if (starts("\xEF\xBB\xBF", 3))
    bytes.erase(0, 3);
  else if (starts("\xFF\xFE", 2)) {
    bytes.erase(0, 2);
    return convert(bytes, "UTF-16LE", error);
  } else if (starts("\xFE\xFF", 2)) {
    bytes.erase(0, 2);
    return convert(bytes, "UTF-16BE", error);
  }
  if (is_valid_utf8(bytes)) return true;

  std::string charset = lower(declared);
  if (!charset.empty() && charset != "utf-8" && charset != "utf8") {
    // Browsers read a declared latin-1 as windows-1252; so do we.
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii") charset = "windows-1252";
    std::string copy = bytes, ignored;
    if (convert(copy, charset.c_str(), ignored)) {
      bytes.swap(copy);
      return true;
    }
  }
  uchardet_t detector = uchardet_new();
  uchardet_handle_data(detector, bytes.data(), bytes.size());
  uchardet_data_end(detector);
  std::string guess = uchardet_get_charset(detector);
  uchardet_delete(detector);
  if (guess.empty() || lower(guess) == "utf-8") {
    error = "input is not valid UTF-8 (first bad byte at offset " + std::to_string(valid_utf8_prefix(bytes)) +
            ") and its charset cannot be recognised";
    return false;
  }
  if (lower(guess) == "iso-8859-1") guess = "WINDOWS-1252";
  return convert(bytes, guess.c_str(), error);
}

}  // namespace parley::io
