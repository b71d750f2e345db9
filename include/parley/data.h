// parley/data.h — access to Parley's knowledge files (lexicons, rules, KB).
//
// The files live under data/ in the source tree, each with a documented
// format (data/README.md).  They are embedded in the binary at build time;
// setting PARLEY_DATA=DIR makes Parley read them from DIR instead, so a user
// can edit a lexicon without rebuilding.  A file DIR lacks (such as those
// generated at build time, kb/countries.tsv) is still read from the binary.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley::data {

// The content of data file `name` ("clean/teasers.txt"), or nullopt.
std::optional<std::string_view> load(std::string_view name);

// Names of all data files under `prefix` ("kb/"), sorted.
std::vector<std::string> list(std::string_view prefix);

// The non-empty, non-comment lines of a line-oriented data file, with
// spaces trimmed (tabs are kept, so empty TSV columns survive).
// '#' starts a comment when it begins a line.  Missing file: empty list.
std::vector<std::string_view> lines(std::string_view name);

}  // namespace parley::data
