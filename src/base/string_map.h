// Hash tables keyed by std::string that can be probed with a std::string_view.
//
// The lexicons and the knowledge base are looked up for every token, often
// with a slice of the text.  base::StringMap<T> needs a
// std::string to probe, which costs a copy (and an allocation past 15 bytes)
// per lookup; these aliases use a transparent hash and equality (C++20), so
// `find`, `count` and `contains` take a std::string_view as it is.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace parley::base {

struct StringHash {
  using is_transparent = void;
  // Not noexcept: libstdc++ then keeps each key's hash in its node, so a probe
  // walking a bucket compares hashes before strings and never rehashes keys.
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace parley::base
