// parley/event.h — the event record Parley emits: one per real-world event.
#pragma once

#include <string>
#include <vector>

#include "parley/document.h"

namespace parley {

enum class EventStatus : uint8_t { kOccurred, kPlanned, kNegated };
const char* to_string(EventStatus status);

// Where a field of the record comes from: a byte span of the document's input.
struct Evidence {
  std::string field;  // "trigger", "source", "target", "date", "place", "topic", "sentence"
  Span input;         // byte offsets in Document::input, end exclusive
  std::string text;   // the text of that span (main text, whitespace as in the input)
};

struct EventActor {
  Actor actor;
  // A group of no known country ("rebels", "the police") is still a side:
  // its sector says who acted, as a CAMEO code of a type alone ("REB") does.
  bool empty() const { return actor.name.empty() && actor.country.empty() && actor.sector.empty(); }
};

struct Event {
  std::string event_id;  // shared by every mention of the same real-world event
  std::string doc;       // Document::id
  // Type.
  std::string cameo;        // "040", "036", "173", "16"
  // For an act announced for the future and coded as the intent or threat
  // to do it ("will supply arms": cameo 033), the code of that act itself
  // ("072"); for an appeal, the act it asks for ("urged Russia to release
  // the prisoners": 025, "084"); empty otherwise.  Coders of the PETRARCH family code the
  // verb's act whatever its tense; this lets a reader do the same.
  std::string intended_code;
  std::string plover;       // PLOVER category, e.g. "CONSULT"
  std::string plover_mode;  // e.g. "visit", "phone" or ""
  double goldstein = 0.0;
  int quad_class = 0;  // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  // Who.  For a meeting, source is the first-named or initiating side.
  EventActor source, target;
  std::vector<EventActor> also;  // further participants
  // The two sides act together ("X and Y signed", "talks between X and Y",
  // "deepen a partnership with Y"): neither is only the other's target, and
  // a dyadic (CAMEO-style) view may list the event in both directions.
  bool mutual = false;
  // When.
  Date date;                // unknown stays unknown
  // "timex" (a date in its sentence), "publication_date" (fresh news in the
  // lead), "after_event" / "before_event" (the date of the act it is
  // anchored on: "after his talks with Tillerson")
  std::string date_basis;
  std::string date_text;    // the words that fix the date
  // Older context, not the article's news: dated over a month before the
  // publication, or told again without a date ("found guilty of murder")
  bool background = false;
  // What else.
  EventStatus status = EventStatus::kOccurred;
  std::string place;
  std::vector<std::string> topics;
  std::vector<Evidence> evidence;
};

}  // namespace parley
