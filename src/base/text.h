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

}  // namespace parley::base
