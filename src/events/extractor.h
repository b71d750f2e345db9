// Event recognition and coding: from sentences with actor mentions and time
// expressions to CAMEO/PLOVER-coded events, one record per event in the
// document.
//
// For each sentence of the article body (never comments, captions, teasers):
//   1. find trigger words (data/events/triggers.tsv): verbs ("met"), nouns
//      ("meeting", "visit"), phrases ("held talks", "spoke by phone");
//   2. split the sentence into clauses at reporting verbs and subordinators,
//      so that "Lavrov said Sullivan has been in contact with Moscow" codes
//      the contact between Sullivan and Moscow, not Lavrov;
//   3. take the source from the actors before the trigger in its clause
//      (coordinated subjects count: "X and Y held talks"), the target from
//      the direct object or the trigger's preposition ("met with Y",
//      "visit to Y", "meeting between X and Y");
//   4. set the status from negation and modality in the verb group ("did not
//      meet" = negated; "will meet", "plans to meet" = planned, and a planned
//      meeting is CAMEO 036); questions yield nothing;
//   5. date the event from the time expression of its sentence;
//   6. merge mentions of the same event in the document (same type family,
//      same actors, compatible dates) into one record with all evidence.
#pragma once

#include <vector>

#include "events/lexicon.h"
#include "parley/document.h"
#include "parley/event.h"

namespace parley::events {

// Needs doc.sentences/tokens; uses doc.mentions/entities (actors) and
// doc.timexes (dates) when the earlier stages filled them.
std::vector<Event> extract_events(const Document& doc, const Lexicon& lexicon = default_lexicon());

}  // namespace parley::events
