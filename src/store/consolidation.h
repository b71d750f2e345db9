// Deciding whether two reports describe the same real-world event.
//
// Consolidation compares an incoming report with a stored event (or with an
// earlier report) and scores the evidence that both are one event: who took
// part (a named person counts far more than a country), when (at the
// precision each report knows, bounded by the publication dates when the
// text gives no date), where, and the exact type.  Hard disagreements rule a
// pair out; soft ones (a place named differently, dates a day apart, a side
// one report did not find) are kept as conflicts or weigh against the pair,
// so that a merge stays explainable.  Statements (praise, appeals,
// criticism, threats) are repeated often, so they need the tighter dates.
// A report that nothing places in time needs a second agreement beyond its
// actors (place, topic, a specific code, one story ...; see
// Match::unplaced_in_time).
//
// The same rules link a planned meeting (CAMEO 036, or a visit or meeting
// 040-046, status planned) to the meeting later reported as held (040-046).
#pragma once

#include <string>
#include <vector>

#include "parley/document.h"
#include "parley/event.h"

namespace parley::store {

// What consolidation looks at in an event: as one report states it, or as the
// store keeps it after merging several reports.
struct EventFacts {
  std::string cameo;  // "042"
  EventStatus status = EventStatus::kOccurred;
  Actor source, target;
  Date date;                            // unknown when no report gave one
  Date first_reported, last_reported;   // publication dates of the reports; may be unknown
  std::string place;
  std::vector<std::string> topics;
  // Told again without a date of its own (an undated event flagged
  // background): nothing bounds when it happened.
  bool retold = false;
  // The story (src/stories/stories.h) of the report's document; for a
  // stored event, that story when one of its reports is in it.  Two reports
  // in one story are corroborated even without a date (see
  // Match::unplaced_in_time).  Empty: unknown or none.
  std::string story;
};

EventFacts facts_of(const Event& e, const Date& published);

// A person the knowledge base does not know, named by surname alone
// ("Orozco", as headlines and later paragraphs name people), is the one
// person of that surname the same article names in full ("Jose Luis
// Orozco"), wherever in the article that is: reports that name the person
// in full and by surname alone then compare as one person.  Returns `a`
// unchanged when the article names no such person or several.
Actor completed_name(const Actor& a, const std::vector<Entity>& entities);

// A soft disagreement between a stored event and a report merged into it.
struct Conflict {
  std::string field;             // "date", "place"
  std::string stored, reported;  // the two values
};

struct Match {
  bool possible = false;               // no disagreement rules the pair out
  bool swapped = false;                // source of one is the target of the other
  double score = 0;                    // evidence for "same event"; see kSameEventScore
  bool by_state = false;               // a side matched only as a state ("Russia" for Lavrov)
  bool private_person = false;         // a side is the same private person, named in full
  bool named_people = false;           // both sides are the same named people (not states)
  // Nothing bounds when one of the two happened (no date, no publication
  // date, or told again): the pair was possible only because a place, a
  // topic, a specific code, two named people meeting, a private person
  // in an act of force or the story of their documents agrees too.
  bool unplaced_in_time = false;
  std::vector<Conflict> conflicts;      // soft disagreements kept with a merge
};

// Score at or above which a report is merged into a stored event: named
// people on both sides with nothing against them (3 + 3, less a missing
// date), a named person and a country on a known day, two countries on the
// same day with the same code, or one private person (see kSameUnlistedName
// in consolidation.cc).  Chosen on both public sets at once, by pairwise
// document links of `parley validate same-event` (which also counts a plan
// in one document and the meeting held in the other; 2026-12-07, after
// reports no date bounds need a second agreement beyond the actors, never
// bridge and join no event when ambiguous, and plans go to the first
// meeting held after them):
//   threshold   NewsWCL50 P / R / F1      ECB+ P / R / F1
//   3.0         0.594 / 0.600 / 0.597     0.884 / 0.071 / 0.131
//   3.5         0.704 / 0.570 / 0.630     0.882 / 0.070 / 0.130
//   4.0         0.731 / 0.570 / 0.640     0.882 / 0.070 / 0.129
//   4.5         0.714 / 0.500 / 0.588     0.886 / 0.064 / 0.120
//   5.0         0.685 / 0.500 / 0.578     0.886 / 0.064 / 0.120
// Below 4.0 the links gained on NewsWCL50 are mostly wrong: one politician
// and a side left out ("Trump criticised ..."), and politicians act every
// day.  3.5 and 4.0 differ on ECB+ by one right link, no signal; 4.0 stays,
// which needs a named person or a shared day.  Above 4.0 a named person and
// a country on an undated report (3 + 1 - 1 + 1 = 4) no longer merge, and
// both sets lose right links.
constexpr double kSameEventScore = 4.0;

// How well `report` matches `stored` as another report of the same event.
// Kind (same_kind) and status must agree (the caller selects by kind).
Match match_same_event(const EventFacts& stored, const EventFacts& report);

// A meeting announced or expected: an intent to meet (036) or a meeting of
// any kind to come ("will visit London": 042), with status planned.
bool planned_meeting(const EventFacts& f);

// How well `held` (a meeting reported as having taken place) fulfils
// `planned` (see planned_meeting()).
Match match_plan_to_meeting(const EventFacts& planned, const EventFacts& held);

// Whether `a` (a held meeting) certainly began before `b`: both are placed
// in time (by a date, else by the publication dates) and the first day `a`
// may have happened on comes before the first day of `b`.  A plan is
// fulfilled by the first meeting held after it was announced, not by a
// later one of the same people (see link_plan() in store.cc).
bool earlier_meeting(const EventFacts& a, const EventFacts& b);

// CAMEO family used to select candidates: "036" stays apart from the other
// intents, every other code groups by its two-digit root.
std::string cameo_family(const std::string& cameo);

// The families that report one kind of act.  Violence is one kind: a
// shooting that killed is "fight with small arms" (190) in one report and
// "kill by physical assault" (1823) or "assault" (18) in another, and a
// massacre (20) is told as killings by others.  Every other family stands
// alone.  Always includes `family` itself.
std::vector<std::string> kindred_families(const std::string& family);

// Whether two codes are of one kind of act (kindred families).
bool same_kind(const std::string& a, const std::string& b);

// Meetings and signed agreements have no direction: "A met B" and "B met A"
// report the same act.  Accusations, threats, aid ... do have one.
bool undirected(const std::string& cameo);

}  // namespace parley::store
