// Import of CAMEO actor dictionaries in the TABARI / PETRARCH format (the
// "Phoenix" .actors files), so users keep their curated work.
//
// The format, as those coders read it: an entry line names an actor in
// capitals with '_' for spaces ("SERGEY_LAVROV_  # comment"), optionally
// followed by a code ("RUSSIA_  [RUS]"); '+' lines add synonyms; indented
// lines give dated codes: "[RUSGOV 040309-]", "[RUSGOV >20040309]",
// "[RUSGOV <991231]", "[RUSGOV 991231-080507]" or an undated default
// "[RUSELI]".  Two-digit years below 30 are read as 20YY.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actors/knowledge.h"

namespace parley::actors {

// One tenure per dated code of every person entry; country-name entries (a
// code of three letters and no person) are skipped: countries come from our
// own data.  The role is read from the code's comment when it names a title
// that `kb` knows ("# Foreign Minister"), else "other".  A malformed code
// line is skipped with a message naming `origin`, the line and the problem
// appended to `warnings`; the rest of the file is read.
std::vector<Tenure> read_cameo_actor_dictionary(std::string_view content, const std::string& origin,
                                                const Knowledge& kb, std::vector<std::string>& warnings);

}  // namespace parley::actors
