#include "store/consolidation.h"

#include <algorithm>
#include <climits>

#include "actors/knowledge.h"
#include "base/calendar.h"
#include "base/text.h"

namespace parley::store {
namespace {

// Evidence weights.  A named person on both sides identifies an event almost
// on its own; countries alone identify little (countries meet every week).
// A private person named in full (one the knowledge base does not list, see
// unlisted_full_name()) is in the news for one story: alone, with the other
// side missing (-2) and no date (-1), they still reach the merge score even
// when the two reports coded the act differently within its kind (a shooting
// as 190 and as 1823).  Dates that disagree still rule the pair out.
constexpr double kSamePerson = 3;        // the same named person or body; a government and its head that day
constexpr double kSameUnlistedName = 7;  // the same private person, by full name
constexpr double kSameCountry = 1;     // a country, or a person and their own country's state
constexpr double kSideAbsent = -2;     // neither report names this side: a one-sided event says little
constexpr double kSideMissing = -2;    // one report names a side the other leaves out (often not found)
constexpr double kSameDay = 2;         // both reports give the day, and it agrees
constexpr double kSameWeeks = 1;       // the possible dates agree within about a month
constexpr double kSameYear = 0.5;      // ... within a year
constexpr double kNoDateBound = -1;    // no date and no publication date: nothing says when
constexpr double kSameCode = 1;        // the same full CAMEO code, not just the family
constexpr double kSamePlace = 1;
constexpr double kOtherPlace = -1;     // soft: "the White House" and "Washington" can both be right
constexpr double kSharedTopic = 0.5;

// A report with no date in the text tells of something in the week before it
// was published; a statement (praise, criticism, a threat ...), of something
// said that day or the day before: people repeat themselves, and a statement
// is news for a day.  A plan without a date tells of something within the
// next year.
constexpr int kNewsWindowDays = 7;
constexpr int kStatementWindowDays = 1;
constexpr int kPlanHorizonDays = 365;
constexpr int kMonthDays = 31;

// Verbal acts (CAMEO 01-03, 05, 10-13) other than signing an agreement (057).
bool statement(const std::string& cameo) {
  static const char* const kVerbal[] = {"01", "02", "03", "05", "10", "11", "12", "13"};
  std::string family = cameo.substr(0, 2);
  if (cameo == "057") return false;
  return std::find(std::begin(kVerbal), std::end(kVerbal), family) != std::end(kVerbal);
}

// Sectors of the state: a minister, a diplomat or a general can each stand
// for (and be reported as) their country's government.
bool state_sector(const std::string& s) {
  return s == "GOV" || s == "DIP" || s == "MIL" || s == "LEG" || s == "JUD" || s == "SPY";
}

bool sectors_compatible(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || a == b || (state_sector(a) && state_sector(b));
}

// A generational suffix is no part of the surname: "Robert S. Mueller III"
// is Robert Mueller, "Martin Luther King Jr." is Martin Luther King.
bool generational_suffix(const std::string& w) {
  return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv";
}

std::vector<std::string> name_tokens(const std::string& name) {
  std::vector<std::string> out;
  for (const std::string& t : base::split(base::ascii_lower(name), ' ')) {
    std::string w;
    for (char c : t)
      if (c != '.' && c != ',') w += c;
    if (!w.empty()) out.push_back(w);
  }
  while (out.size() > 1 && generational_suffix(out.back())) out.pop_back();
  return out;
}

// "Trump" and "Donald Trump", "Mike Pompeo" and "Director Mike Pompeo",
// "Vladimir V. Putin" and "Vladimir Putin" name one person; "Melania Trump"
// and "Donald Trump" do not.  Same last word, and the first word of the
// shorter form (if it has two) appears in the longer one.  A name of two or
// more words cut short ("Kim Jong" for "Kim Jong-un") is the same name.
// `x` (two words or more) is the start of `y`, its last word perhaps cut.
bool cut_short(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  return x.size() >= 2 && x.size() <= y.size() && std::equal(x.begin(), x.end() - 1, y.begin()) &&
         y[x.size() - 1].rfind(x.back(), 0) == 0;
}

// `country`: the person's country if either report knows it.  Where names
// are written family name first ("Kim Jong-un", "Xi Jinping"), the bare
// surname is the first word ("Kim" for Kim Jong-un), not the last.
bool names_match(const std::string& a, const std::string& b, const std::string& country) {
  auto x = name_tokens(a), y = name_tokens(b);
  if (x.empty() || y.empty()) return false;
  if (cut_short(x, y) || cut_short(y, x)) return true;
  if (x.size() > y.size()) std::swap(x, y);
  if (x.size() == 1 && x[0] == y[0] && !country.empty() && actors::default_knowledge().family_name_first(country))
    return true;
  if (x.back() != y.back()) return false;
  return x.size() == 1 || std::find(y.begin(), y.end(), x.front()) != y.end();
}

bool same_entity(const Actor& a, const Actor& b) {
  // Two knowledge-base ids are authoritative; learned ids and unresolved
  // names are compared by name.
  if (a.from_kb() && b.from_kb()) return a.id == b.id;
  if (!a.id.empty() && a.id == b.id) return true;
  return names_match(a.name, b.name, a.country.empty() ? b.country : a.country);
}

// A name of two words or more that neither the knowledge base nor a
// country's institutions account for: a private person or a local body
// ("Lenox Mall"), rarely in the news but for one story, unlike the
// presidents, ministers and agencies of a state, which act every week.
// A name ending in an organisation's head word ("California Highway
// Patrol", "Fulton County Police Department") is a standing body that acts
// every day, however local: it counts as any named body.
// A person the text alone gave a country ("Alaska Gov. Sarah Palin", id
// "learned:...") is no listed official either.
bool unlisted_full_name(const Actor& a) {
  if (a.from_kb() || (!a.country.empty() && !a.learned())) return false;
  auto words = base::split(a.name, ' ');
  return words.size() >= 2 && !actors::default_knowledge().is_org_head(words.back());
}

bool absent(const Actor& a) { return a.name.empty() && a.country.empty(); }

// "Government of X" or "the Trump administration": the state's executive,
// named, as distinct from the bare country.
bool named_executive(const Actor& a) { return !a.name.empty() && actors::speaks_for_state(a); }

// A person who on `on` heads the state or the government of `country`: what
// "the White House" or "Washington" does on a day, the president does.
bool heads_executive(const Actor& person, const std::string& country, const Date& on) {
  if (!on.known() || person.name.empty() || actors::speaks_for_state(person)) return false;
  for (const actors::Tenure* t : actors::default_knowledge().person(person.name, on))
    if (t->country == country && t->covers(on) && (t->has_role("head_of_state") || t->has_role("head_of_government")))
      return true;
  return false;
}

struct SideMatch {
  bool possible = false;
  double score = 0;
  bool by_state = false;  // a side is the state, not a person of it
  bool private_person = false;  // the same private person, by full name
  bool person = false;          // the same named person or body, not a state
};

// One side (source or target) of two reports.  A person agrees with the
// state of their own country ("the Russian foreign minister", "Russia" or
// "the Kremlin" for Lavrov) but never with another named person.  A side
// one report leaves out (the extractor found no target, or a passive gave
// no agent) weighs against the pair without ruling it out.
SideMatch match_side(const Actor& a, const Actor& b, const Date& on) {
  if (absent(a) && absent(b)) return {true, kSideAbsent};
  if (absent(a) || absent(b)) return {true, kSideMissing};
  if (!a.country.empty() && !b.country.empty() && a.country != b.country) return {};
  // A state's voice ("Government of X", "the Trump administration") is no
  // other person than that state's president or ministers.
  if (!actors::speaks_for_state(a) && !actors::speaks_for_state(b)) {
    if (!same_entity(a, b)) return {};
    bool private_person = unlisted_full_name(a) && unlisted_full_name(b);
    return {true, private_person ? kSameUnlistedName : kSamePerson, false, private_person, true};
  }
  // At least one side is country-level: its country must be known and agree.
  if (a.country.empty() || b.country.empty()) return {};
  if (!sectors_compatible(a.sector, b.sector)) return {};
  // "Government of the United States" and the president of the day are
  // one voice: the government's act is the president's, as much as a
  // person's name identifies it.
  bool one_voice = (named_executive(a) && heads_executive(b, a.country, on)) ||
                   (named_executive(b) && heads_executive(a, b.country, on));
  return {true, one_voice ? kSamePerson : kSameCountry, true};
}

// The days (since 1970-01-01) an event may have happened on, inclusive.
struct DayRange {
  int lo = INT_MIN / 2, hi = INT_MAX / 2;
  bool bounded = false;
};

DayRange range_of(const Date& d) {
  if (!d.known()) return {};
  int m1 = d.month ? d.month : 1, m2 = d.month ? d.month : 12;
  int lo = base::days_from_civil(d.year, m1, d.day ? d.day : 1);
  int hi = base::days_from_civil(d.year, m2, d.day ? d.day : base::days_in_month(d.year, m2));
  return {lo, hi, true};
}

// Without a date in the text, the publication dates bound the event: what
// happened was reported within days; what is planned lies ahead.
DayRange when(const EventFacts& f) {
  if (f.date.known()) return range_of(f.date);
  if (f.retold) return {};  // told again: at some unknown time before
  DayRange first = range_of(f.first_reported), last = range_of(f.last_reported);
  if (!first.bounded || !last.bounded) return {};
  if (f.status == EventStatus::kPlanned) return {first.lo, last.hi + kPlanHorizonDays, true};
  return {first.lo - (statement(f.cameo) ? kStatementWindowDays : kNewsWindowDays), last.hi, true};
}

std::string date_text(const EventFacts& f) { return f.date.known() ? f.date.iso() : "undated"; }

// Acts of force (CAMEO 18-20): done once to the same victims.
bool violent(const std::string& cameo) {
  std::string f = cameo.substr(0, 2);
  return f == "18" || f == "19" || f == "20";
}

// Neither the text nor a publication date says when, and it is not told as
// background: the main news of an article whose date is unknown.
bool undated_in_undated_article(const EventFacts& f) {
  return !f.date.known() && !f.retold && !f.first_reported.known();
}

// Dates agree when the days they allow overlap (a day either way for time
// zones and "late on Tuesday"); the narrower both are, the stronger the
// evidence.  Returns false when the dates rule the pair out.
bool match_dates(const EventFacts& a, const EventFacts& b, Match& m) {
  DayRange x = when(a), y = when(b);
  // A statement known only to its year ("Trump urged Congress" in 2017), or
  // to no time at all, cannot be told from the others he made.
  bool said = a.status == EventStatus::kOccurred && statement(a.cameo);
  if (!x.bounded || !y.bounded) {
    m.score += kNoDateBound;
    m.unplaced_in_time = true;
    // A killing of the same person is one act whenever it happened; a
    // meeting or a statement that a dated article tells again, as not its
    // news, cannot be told from the other times the same people met or
    // spoke.
    auto retold_in_dated = [](const EventFacts& f) { return f.retold && f.first_reported.known(); };
    if ((retold_in_dated(a) || retold_in_dated(b)) && !violent(a.cameo)) return false;
    // An article without a publication date leaves every report of it
    // unplaced, its news as much as its background: there a statement is
    // judged like any other act, by who and what (the weaker score above
    // applies).  Told without a date in a dated article, it is not news
    // and may be any of the times the same people said the same.
    return !said || undated_in_undated_article(a) || undated_in_undated_article(b);
  }
  if (x.lo > y.hi + 1 || y.lo > x.hi + 1) return false;
  int width = std::max(x.hi - x.lo, y.hi - y.lo);
  if (width > kMonthDays && said) return false;
  if (width == 0) {
    m.score += kSameDay;
    if (x.lo != y.lo) {
      m.score -= 0.5;
      m.conflicts.push_back({"date", date_text(a), date_text(b)});
    }
  } else if (width <= kMonthDays) {
    m.score += kSameWeeks;
  } else if (width <= 366) {
    m.score += kSameYear;
  }
  return true;
}

bool places_agree(const std::string& a, const std::string& b) {
  std::string x = base::ascii_lower(a), y = base::ascii_lower(b);
  return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

void match_place_and_topics(const EventFacts& a, const EventFacts& b, Match& m) {
  if (!a.place.empty() && !b.place.empty()) {
    if (places_agree(a.place, b.place)) {
      m.score += kSamePlace;
    } else {
      m.score += kOtherPlace;
      m.conflicts.push_back({"place", a.place, b.place});
    }
  }
  for (const std::string& t : a.topics)
    if (std::find(b.topics.begin(), b.topics.end(), t) != b.topics.end()) {
      m.score += kSharedTopic;
      break;
    }
}

// A side one report names and the other leaves out.
bool one_sided_gap(const Actor& a, const Actor& b) { return absent(a) != absent(b); }

// Actors in the given orientation; false when a side rules the pair out.
// A meeting is known by who met: one whose counterpart a report leaves out
// cannot be told from the other meetings of that day.
bool match_actors(const EventFacts& a, const EventFacts& b, bool swapped, Match& m) {
  // The day a side is compared on: a report's date, else its publication.
  const Date& on = a.date.known()   ? a.date
                   : b.date.known() ? b.date
                   : a.first_reported.known() ? a.first_reported
                                              : b.first_reported;
  const Actor& bs = swapped ? b.target : b.source;
  const Actor& bt = swapped ? b.source : b.target;
  if (undirected(a.cameo) && (one_sided_gap(a.source, bs) || one_sided_gap(a.target, bt))) return false;
  SideMatch s = match_side(a.source, bs, on), t = match_side(a.target, bt, on);
  if (!s.possible || !t.possible) return false;
  m.score += s.score + t.score;
  m.by_state = s.by_state || t.by_state;
  m.private_person = s.private_person || t.private_person;
  m.named_people = s.person && t.person;
  m.swapped = swapped;
  return true;
}

// Two codes for one act: the same code, or a visit (042) and the hosting
// (043) of it, told from the other side ("Macron visited Trump", "Trump
// hosted Macron").
bool same_act(const std::string& a, const std::string& b, bool swapped) {
  if (a == b) return true;
  bool visit_and_host = (a == "042" && b == "043") || (a == "043" && b == "042");
  return visit_and_host && swapped;
}

// A code that says more than its family: "accuse" (112), "express intent
// to meet" (036), not the family's root ("make statement" 010, "consult"
// 040) and no public statement (01x: comments and statements, made daily).
bool specific_code(const std::string& cameo) {
  return cameo.size() >= 3 && cameo.substr(0, 2) != "01" && cameo != cameo.substr(0, 2) + "0";
}

// When nothing says when one of two reports happened (no date, no
// publication date, or told again), who took part does not tell it from the
// other times the same people met or spoke: politicians meet and talk about
// each other every month.  Such a pair is one event only when a second,
// independent fact agrees: the same place, a shared topic, the same specific
// code (see specific_code()) or, for an act of force, the same private person
// named in full (a shooting and its gunman are in the news for one story; a
// politician the knowledge base misses would pass for a private person, so
// a statement does not count on it).  Two named people meeting (not their
// states) is a rarer occasion than their words: that is enough, and the
// store keeps such a report apart when it knows several such meetings at
// different times (see Store::add).  Two reports whose documents are in one
// story (the same happening told by two outlets) need nothing more.
bool corroborated_without_date(const EventFacts& a, const EventFacts& b, const Match& m, bool same_code) {
  // Two articles that report one happening (one story) and an act of one
  // kind by the same people report one act, dated or not.
  if (!a.story.empty() && a.story == b.story) return true;
  if (m.private_person && violent(a.cameo) && violent(b.cameo)) return true;
  if (m.named_people && a.status == b.status && cameo_family(a.cameo) == "04" && cameo_family(b.cameo) == "04")
    return true;
  if (!a.place.empty() && !b.place.empty() && places_agree(a.place, b.place)) return true;
  for (const std::string& t : a.topics)
    if (std::find(b.topics.begin(), b.topics.end(), t) != b.topics.end()) return true;
  return same_code && specific_code(a.cameo) && specific_code(b.cameo);
}

// Everything but status: actors (in either direction when the act has
// none), dates, place, topics and, when `compare_codes`, the exact type.
// The best orientation wins.
Match match_facts(const EventFacts& a, const EventFacts& b, bool either_direction, bool compare_codes) {
  Match best;
  for (bool swapped : {false, true}) {
    if (swapped && !either_direction) break;
    Match m;
    if (!match_actors(a, b, swapped, m) || !match_dates(a, b, m)) continue;
    match_place_and_topics(a, b, m);
    bool same_code = compare_codes && same_act(a.cameo, b.cameo, swapped);
    if (same_code) m.score += kSameCode;
    if (m.unplaced_in_time && !corroborated_without_date(a, b, m, same_code)) continue;
    m.possible = true;
    if (!best.possible || m.score > best.score) best = m;
  }
  return best;
}

}  // namespace

std::string cameo_family(const std::string& cameo) { return cameo == "036" ? "036" : cameo.substr(0, 2); }

std::vector<std::string> kindred_families(const std::string& family) {
  if (family == "18" || family == "19" || family == "20") return {"18", "19", "20"};
  return {family};
}

bool same_kind(const std::string& a, const std::string& b) {
  auto kin = kindred_families(cameo_family(a));
  return std::find(kin.begin(), kin.end(), cameo_family(b)) != kin.end();
}

bool undirected(const std::string& cameo) {
  return cameo_family(cameo) == "04" || cameo == "036" || cameo == "057" || cameo == "046";
}

EventFacts facts_of(const Event& e, const Date& published) {
  EventFacts f;
  f.cameo = e.cameo;
  f.status = e.status;
  f.source = e.source.actor;
  f.target = e.target.actor;
  f.date = e.date;
  // An undated act told again (flagged background: a crime retold at the
  // trial) happened at some unknown time before: the publication date does
  // not bound it.
  f.retold = !e.date.known() && e.background;
  f.first_reported = f.last_reported = published;
  f.place = e.place;
  f.topics = e.topics;
  return f;
}

Actor completed_name(const Actor& a, const std::vector<Entity>& entities) {
  auto short_name = name_tokens(a.name);
  if (short_name.size() != 1 || a.from_kb()) return a;
  const Actor* full = nullptr;
  for (const Entity& e : entities) {
    if (e.type != MentionType::kPerson) continue;
    auto words = name_tokens(e.actor.name);
    if (words.size() < 2 || words.back() != short_name[0]) continue;
    if (!a.country.empty() && !e.actor.country.empty() && a.country != e.actor.country) continue;
    if (full && base::ascii_lower(full->name) != base::ascii_lower(e.actor.name)) return a;  // two of that surname
    full = &e.actor;
  }
  return full ? *full : a;
}

Match match_same_event(const EventFacts& stored, const EventFacts& report) {
  if (stored.status != report.status || !same_kind(stored.cameo, report.cameo)) return {};
  Match m = match_facts(stored, report, undirected(report.cameo), true);
  if (!m.possible) return m;
  if (!same_act(stored.cameo, report.cameo, m.swapped) && m.by_state) {
    // Lavrov's visit to the United States and his talks with Tillerson are
    // two acts of one trip: of two codes, only named people on both sides
    // make them one.
    return {};
  }
  return m;
}

bool planned_meeting(const EventFacts& f) {
  return f.status == EventStatus::kPlanned && (f.cameo == "036" || cameo_family(f.cameo) == "04");
}

Match match_plan_to_meeting(const EventFacts& planned, const EventFacts& held) {
  if (!planned_meeting(planned)) return {};
  if (cameo_family(held.cameo) != "04" || held.status != EventStatus::kOccurred) return {};
  // A meeting cannot fulfil a plan first reported after it took place.
  DayRange plan_reported = range_of(planned.first_reported), met = when(held);
  if (plan_reported.bounded && met.bounded && plan_reported.lo > met.hi + 1) return {};
  return match_facts(planned, held, true, false);
}

bool earlier_meeting(const EventFacts& a, const EventFacts& b) {
  DayRange x = when(a), y = when(b);
  return x.bounded && y.bounded && x.lo < y.lo;
}

}  // namespace parley::store
