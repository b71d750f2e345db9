// Readers and scorers for the peer coders' public validation suites, so that
// Parley's coding can be compared with theirs on the same sentences:
//   - UniversalPetrarch's PETR2_GSR_validation.xml (real news sentences with
//     expected CAMEO event and actor codes);
//   - PLOVER's PLOVER_GSR_CAMEO.txt (sentences with their PLOVER category).
// Each sentence is coded on its own, dated by its record, as `parley extract`
// would code a one-sentence article.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parley/pipeline.h"

namespace parley::eval {

struct ExpectedCoding {
  std::string event, source, target;  // CAMEO codes; "---" = no actor
};

struct SuiteSentence {
  std::string id, date, text, category;
  std::vector<ExpectedCoding> expected;
  bool no_events = false;  // the sentence must yield no event
  bool evaluate = true;
};

// Reads the UniversalPetrarch format line by line (the file is not
// well-formed XML).  Throws std::runtime_error when no sentence is found.
std::vector<SuiteSentence> read_petrarch_suite(std::string_view content);

struct CodingScore {
  size_t sentences = 0;
  size_t correct = 0;                // expected codings produced, plus no-event sentences left without events
  size_t uncoded = 0;                // expected codings not produced
  size_t extra = 0;                  // produced codings that match no expected one
  std::vector<std::string> details;  // one line per sentence (-v): id, expected, produced, counts, text
};

// A produced event matches an expected coding when the CAMEO code is the
// same (a 4-digit expectation is also met by its 3-digit parent; a planned
// act's code may also be its intended_code: "will supply arms" is 033 or 072) and each
// side's country — the first three letters of the actor code; "---" matches
// any — is the same.  Reciprocal events (meetings, negotiations) count in
// both directions, as a dyadic CAMEO export writes them; so does a hosted
// visit, as the hosting (043 X->Y) one way and the visit (042 Y->X) the other.
CodingScore score_petrarch_suite(const std::vector<SuiteSentence>& sentences, const Pipeline& pipeline);

struct PloverRecord {
  std::string id, text, event;  // event: the PLOVER category (0.5b1 names mapped to current ones)
};

// Reads the PLOVER gold-standard records (a JSON array).  Throws std::runtime_error when malformed.
std::vector<PloverRecord> read_plover_suite(std::string_view content);

struct CategoryScore {
  size_t records = 0;
  size_t coded = 0;        // records where Parley found an event
  size_t first_right = 0;  // the first event's category is the expected one
  size_t any_right = 0;    // some event has the expected category
  std::vector<std::string> details;
};

CategoryScore score_plover_suite(const std::vector<PloverRecord>& records, const Pipeline& pipeline);

}  // namespace parley::eval
