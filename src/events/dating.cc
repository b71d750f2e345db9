// Dating: the time expression of an event's sentence, ISO weeks as dates, and
// for undated events the date told by the article or by anchor events ("a day
// after the attack"), with retold acts kept apart from fresh news.

#include "events/internal.h"

namespace parley::events {

const Timex* timex_for(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  const Timex* best = nullptr;
  uint32_t best_distance = UINT32_MAX;
  uint32_t anchor = doc.tokens[m.head].text.begin;
  for (const Timex& t : doc.timexes) {
    if (t.text.begin < s.text.begin || t.text.end > s.text.end) continue;
    if (t.type != "DATE" && t.type != "TIME") continue;
    if (!Date::parse_iso(t.value).known()) continue;
    uint32_t distance = t.text.begin > anchor ? t.text.begin - anchor : anchor - t.text.begin;
    if (distance < best_distance) {
      best = &t;
      best_distance = distance;
    }
  }
  return best;
}

// An event more than a month before the article's date is background
// context, not the article's news.
bool is_background(const Date& date, const Date& published) {
  if (!date.known() || !published.known() || !published.month) return false;
  int event_months = date.year * 12 + (date.month ? date.month : 12);
  int published_months = published.year * 12 + published.month;
  return published_months - event_months > 1;
}

// A TIMEX3 value as an event's date.  A week ("2018-W27", "2018-W27-WE")
// is the month it lies in when it lies in one, else its year: an event
// "next week" is dated no finer than the text allows, but not coarser either.
Date event_date(const std::string& value) {
  Date d = Date::parse_iso(value);
  if (value.size() < 8 || value[4] != '-' || value[5] != 'W' || !d.year) return d;
  int week = std::atoi(value.c_str() + 6);
  if (week < 1 || week > 53) return d;
  // ISO week 1 holds 4 January; its Monday starts the numbering.
  int jan4 = base::days_from_civil(d.year, 1, 4);
  int monday = jan4 - (base::weekday(Date{d.year, 1, 4}) - 1) + (week - 1) * 7;
  Date first = base::civil_from_days(monday), last = base::civil_from_days(monday + 6);
  if (first.year == last.year && first.month == last.month) return Date{first.year, first.month, 0};
  return d;
}

namespace {

// Words that show an undated act is told again rather than fresh news
// (data/events/retold_markers.txt): later stages of an act, and adverbs that
// place it before the reporting.
struct RetoldMarkers {
  std::unordered_set<std::string> stage, anchor;
};

const RetoldMarkers& retold_markers() {
  static const RetoldMarkers kMarkers = [] {
    RetoldMarkers m;
    for (std::string_view line : data::lines("events/retold_markers.txt")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) throw std::runtime_error("events/retold_markers.txt: malformed line");
      std::string kind(line.substr(0, tab)), word(line.substr(tab + 1));
      if (kind == "stage")
        m.stage.insert(word);
      else if (kind == "anchor")
        m.anchor.insert(word);
      else
        throw std::runtime_error("events/retold_markers.txt: unknown kind " + kind);
    }
    return m;
  }();
  return kMarkers;
}

// "had met", "had already been killed", "had held talks": the past perfect
// of the act's own verb puts it before the time the article tells of.  Only
// a "had" within a few words before the act, with no clause boundary between
// ("the man, who had been drinking, shot" is a simple past).
bool past_perfect_before(const Document& doc, const Lexicon& lex, uint32_t from, uint32_t head) {
  uint32_t stop = head > from + 5 ? head - 5 : from;
  for (uint32_t i = head; i-- > stop;) {
    std::string w = lower(doc.token_text(i));
    if (w == "," || w == "who" || w == "which" || w == "that" || w == "and" || w == "but") return false;
    if (w != "had") continue;
    uint32_t j = i + 1;
    while (j <= head && in(lower(doc.token_text(j)), {"already", "previously", "earlier", "also", "just", "not",
                                                       "never", "once", "recently", "been"}))
      ++j;
    return j <= head && lex.is_past_participle(lower(doc.token_text(j)));
  }
  return false;
}

// An explicit date in the paragraph more than a month before publication:
// the paragraph tells older background, and its undated acts belong to it.
bool paragraph_has_older_date(const Document& doc, const Sentence& s) {
  const Block& block = doc.blocks[s.block];
  for (const Timex& t : doc.timexes) {
    if (t.text.begin < block.text.begin || t.text.end > block.text.end) continue;
    if (t.type != "DATE") continue;
    if (is_background(Date::parse_iso(t.value), doc.pub_date)) return true;
  }
  return false;
}

}  // namespace

// An article whose own news is a later stage of a violent act (its headline
// or first sentence tells of a trial, a verdict, a sentence, an
// anniversary): the attacks and killings it tells of without a date are
// retold, done before ("Jury convicts man of murder ... Police said he shot
// the victim after an argument").
bool news_is_later_stage(const Document& doc) {
  const RetoldMarkers& markers = retold_markers();
  size_t main_sentences = 0;
  for (const Sentence& s : doc.sentences) {
    BlockKind kind = doc.blocks[s.block].kind;
    bool title = kind == BlockKind::kTitle;
    if (!title && !is_main_text(kind)) continue;
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i)
      if (markers.stage.count(lower(doc.token_text(i)))) return true;
    if (!title && ++main_sentences == 1) return false;
  }
  return false;
}

namespace {

bool violent(const std::string& cameo) {
  std::string f = cameo.substr(0, 2);
  return f == "18" || f == "19" || f == "20";
}

// Whether an act reported without a date is the article's fresh news, not
// an older act told again: no later stage of it ("found guilty of murder",
// "the trial over the shooting") or anchor ("previously") before it in its
// sentence, no past perfect ("had met"), no older date in its paragraph.
bool reported_as_fresh(const Document& doc, const Lexicon& lex, const Sentence& s, uint32_t head) {
  const RetoldMarkers& markers = retold_markers();
  // The marker governs the act: a few words before it, a later stage with
  // the act as its complement ("guilty of two counts of murder", "the
  // anniversary of the attack", "charged in the shooting"), not the scene of
  // the act ("at the memorial service Lavrov met Tillerson") nor another
  // clause's word ("leaders who attended the trial").
  uint32_t from = head > s.first_token + 8 ? head - 8 : s.first_token;
  bool complement = false;  // a preposition seen between the word and the act
  for (uint32_t i = head; i-- > from;) {
    std::string w = lower(doc.token_text(i));
    if (w == "who" || w == "which" || w == "while" || w == ";") break;
    if (markers.anchor.count(w) || (complement && markers.stage.count(w))) return false;
    complement |= in(w, {"of", "for", "in", "over", "with", "to", "about"});
  }
  if (past_perfect_before(doc, lex, s.first_token, head)) return false;
  return !paragraph_has_older_date(doc, s);
}

}  // namespace

// The news in a news article is in its headline and lead: an act reported
// there in the past tense without a date of its own happened around the
// publication date (the day of it or the day before).  Elsewhere an undated
// event stays undated: later paragraphs mix in older background.  An act
// told again (not reported_as_fresh) anywhere takes no publication date and
// is flagged background: its date is unknown, and older than the news.
void date_undated_event(const Document& doc, const Lexicon& lex, bool later_stage, size_t sentence, uint32_t head,
                        Event& e) {
  if (e.date.known() || e.status != EventStatus::kOccurred || sentence >= doc.sentences.size()) return;
  if (!reported_as_fresh(doc, lex, doc.sentences[sentence], head) || (violent(e.cameo) && later_stage)) {
    e.background = true;
    return;
  }
  if (!doc.pub_date.day) return;
  size_t lead = 0;
  for (size_t i = 0; i < sentence; ++i)
    if (is_main_text(doc.blocks[doc.sentences[i].block].kind)) ++lead;
  if (lead >= 3) return;
  e.date = doc.pub_date;
  e.date_basis = "publication_date";
  e.date_text.clear();
}

namespace {

// The time word before token `i` that anchors on an act: "after",
// "following", "before", "prior to", "ahead of"; 0 when none, 1 after,
// -1 before.
int anchor_word_at(const Document& doc, uint32_t i) {
  std::string w = lower(doc.token_text(i));
  if (w == "after" || w == "following") return 1;
  if (w == "before") return -1;
  if ((w == "prior" || w == "ahead") && i + 1 < doc.tokens.size()) {
    std::string next = lower(doc.token_text(i + 1));
    if ((w == "prior" && next == "to") || (w == "ahead" && next == "of")) return -1;
  }
  return 0;
}

}  // namespace

// Pairs each act with the act its sentence anchors it on: a noun trigger
// (the anchor) within a few words after the time word, and the act itself
// outside that phrase in the same sentence.
std::vector<EventAnchor> event_anchors(const Document& doc, const std::vector<Candidate>& found) {
  std::vector<EventAnchor> out;
  for (size_t a = 0; a < found.size(); ++a) {
    const Candidate& anchor = found[a];
    const Sentence& s = doc.sentences[anchor.sentence];
    uint32_t from = anchor.head > s.first_token + 4 ? anchor.head - 4 : s.first_token;
    int side = 0;
    uint32_t word = 0;
    for (uint32_t i = from; i < anchor.head && !side; ++i)
      if ((side = anchor_word_at(doc, i))) word = i;
    if (!side) continue;
    for (size_t e = 0; e < found.size(); ++e) {
      const Candidate& event = found[e];
      if (e == a || event.sentence != anchor.sentence) continue;
      // The act is outside the anchoring phrase: before the time word, or
      // after the phrase's end (its comma).
      bool outside = event.head < word;
      for (uint32_t i = anchor.last + 1; !outside && i < event.head; ++i) outside = doc.token_text(i) == ",";
      if (outside) out.push_back({e, a, side > 0});
    }
  }
  return out;
}

// An act without a date of its own anchored on an act with one takes that
// date as its bound: "after the talks (on May 10)" happened then or soon
// after; "before the meeting" then or soon before.
void date_by_anchor_events(const std::vector<EventAnchor>& anchors, const std::vector<size_t>& merged_as,
                           std::vector<Candidate>& merged) {
  for (const EventAnchor& a : anchors) {
    Event& event = merged[merged_as[a.event]].event;
    const Event& anchor = merged[merged_as[a.anchor]].event;
    if (&event == &anchor || event.date.known() || !anchor.date.known()) continue;
    if (event.status != EventStatus::kOccurred) continue;
    event.date = anchor.date;
    event.date_basis = a.after ? "after_event" : "before_event";
    event.date_text.clear();
    event.background = anchor.background;
  }
}

}  // namespace parley::events
