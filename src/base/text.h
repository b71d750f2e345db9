// Small text helpers shared by the stages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parley::base {

// ASCII lower case; other bytes (UTF-8 included) unchanged.
std::string ascii_lower(std::string_view s);

// Splits at every `sep`; empty fields are kept ("a\t\tb" -> "a", "", "b").
std::vector<std::string> split(std::string_view s, char sep);

// The lines of `s` without their '\n' (and a trailing '\r').
std::vector<std::string_view> split_lines(std::string_view s);

// Leading and trailing spaces and tabs removed.
std::string_view trim(std::string_view s);

// The owner's mark as the segmenter splits it off, a token of its own: "'s"
// or "’s" ("Russia's", "Russia’s"). Inline: asked of most tokens.
inline bool is_possessive_s(std::string_view token) { return token == "'s" || token == "\xE2\x80\x99s"; }

}  // namespace parley::base
