// Dating: the time expression of an event's sentence, ISO weeks as dates, and
// for undated events the date told by the article or by anchor events ("a day
// after the attack"), with retold acts kept apart from fresh news.

#include "base/string_map.h"
#include "events/internal.h"

namespace parley::events {

namespace {

// The tokens [first, end) of a time expression in sentence `s`.
struct TokenRange {
  uint32_t first = 0, end = 0;
};

TokenRange tokens_of(const Document& doc, const Sentence& s, const Timex& t) {
  uint32_t lo = s.first_token, hi = s.first_token + s.token_count;
  uint32_t first = token_at(doc, t.text.begin, lo, hi);
  uint32_t end = t.text.end > t.text.begin ? token_at(doc, t.text.end - 1, lo, hi) + 1 : first;
  return {first, std::min(end, hi)};
}


bool alphabetic_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80);
  });
}

// A mark that opens or closes an aside.
bool aside_mark(std::string_view w) {
  return w == "," || w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "--";  // comma, em and en dash
}

// Prepositions whose object tells when something happened: "during the
// 2016 primaries", "at his Sunday news conference", "after the 2014 vote".
bool temporal_preposition(std::string_view w) {
  return in(w, {"in", "during", "at", "after", "before", "since", "following", "throughout", "on", "until", "amid"});
}

// Whether the noun phrase starting at token `start` is the object of a time
// preposition: "during the 2016 primaries", also through the head of a
// phrase that names a part of a time, "in the homestretch of the 2016
// campaign", "at the end of the 2014 session".
bool time_adverbial(const Document& doc, const Sentence& s, uint32_t start) {
  if (start <= s.first_token) return false;
  uint32_t before = start - 1;
  if (doc.token_lower(before) == "of") {
    uint32_t stop = before > s.first_token + 4 ? before - 4 : s.first_token;
    while (before > stop && alphabetic_word(doc.token_text(before - 1)) &&
           !temporal_preposition(doc.token_lower(before - 1)))
      --before;
    if (before == s.first_token) return false;
    --before;
  }
  return temporal_preposition(doc.token_lower(before));
}

bool relative_pronoun(std::string_view w) { return in(w, {"which", "who", "whom", "whose", "where"}); }

// "the July 25 call, in which Trump asked ...": a relative clause on the
// noun phrase that ends the time expression's, with the act inside it.
bool relative_clause_on_phrase(const Document& doc, const Sentence& s, uint32_t from, const TriggerMatch& m) {
  uint32_t end = std::min(m.head, s.first_token + s.token_count);
  uint32_t words = 0;
  for (uint32_t i = from; i < end; ++i) {
    std::string_view w = doc.token_lower(i);
    if (relative_pronoun(w)) return true;
    if (w == "," || is_preposition(w)) continue;
    if (!alphabetic_word(w) || ++words > 3) return false;
  }
  return false;
}

// "the 2016 election", "his Sunday interview", "a private 2012 report",
// "Trump's 2016 opponent", "Tuesday's vote": a time expression inside a
// noun phrase, before its noun.  Sets `start` to the phrase's first token.
bool noun_premodifier(const Document& doc, const Sentence& s, TokenRange r, uint32_t* start) {
  uint32_t sentence_end = s.first_token + s.token_count;
  if (r.end >= sentence_end) return false;
  std::string_view next = doc.token_lower(r.end);
  *start = r.first;
  if (is_owner_mark(next)) return true;
  if (r.first <= s.first_token || !alphabetic_word(next) || is_preposition(next) ||
      in(next, {"and", "or", "but", "that", "which", "who"}))
    return false;
  // Before the time expression: a determiner or possessor, after at most
  // two adjectives ("his failed 2012 re-election bid").
  uint32_t i = r.first, stop = r.first > s.first_token + 3 ? r.first - 3 : s.first_token;
  while (i-- > stop) {
    std::string_view w = doc.token_lower(i);
    if (is_owner_mark(w) || is_number_word(w) ||
        in(w, {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
               "both", "any", "each", "every", "no", "all", "other"})) {
      *start = i;
      if (is_owner_mark(w))  // "Trump's 2016 opponent": the possessor's name
        while (*start > s.first_token && is_capitalised(doc.token_text(*start - 1))) --*start;
      return true;
    }
    if (!alphabetic_word(w) || is_preposition(w) || is_capitalised(doc.token_text(i))) return false;
  }
  return false;
}

// A time expression that dates only the noun after it: no time adverbial
// of its clause ("during the 2016 primaries" is one).
bool dates_a_noun_only(const Document& doc, const Sentence& s, TokenRange r) {
  uint32_t start = 0;
  return noun_premodifier(doc, s, r, &start) && !time_adverbial(doc, s, start);
}

// A time expression that dates a noun other than the act: the act is not
// that noun ("the 2014 invasion", "Sunday's talks") nor in a relative
// clause on it ("the July 25 call, in which Trump asked").
bool dates_another_noun(const Document& doc, const Sentence& s, TokenRange r, const TriggerMatch& m) {
  if (m.head >= r.end && m.head < r.end + 4) {
    bool same_phrase = true;
    for (uint32_t i = r.end; i < m.head && same_phrase; ++i) same_phrase = alphabetic_word(doc.token_text(i));
    if (same_phrase) return false;
  }
  return dates_a_noun_only(doc, s, r) && !relative_clause_on_phrase(doc, s, r.end, m);
}

// Verbs that report what someone said or thought, and take what they
// report without "that" ("said the army attacked"): a time expression of
// the report is not the time of what it reports.  (Verbs that also take
// a plain object, "wrote a piece criticizing", "announced sanctions",
// report only through "that": clause_that.)
bool reporting_verb(std::string_view w) {
  return in(w, {"said", "says", "claimed", "claims", "alleged", "alleges", "argued", "insisted", "acknowledged",
                "admitted", "noted", "believed", "believes", "thought", "suggested", "predicted", "testified",
                "added", "stated", "explained", "indicated"});
}

// A reporting verb at token `i`, not a participle used as an adjective
// ("Flynn's alleged Russian contacts", "the claimed link"): those report
// nothing.
bool reports_at(const Document& doc, const Sentence& s, uint32_t i) {
  std::string_view w = doc.token_lower(i);
  if (!reporting_verb(w)) return false;
  if (i == s.first_token) return true;
  std::string_view before = doc.token_lower(i - 1);
  return !is_owner_mark(before) && !is_determiner_like(before);
}

// "that" opening a clause ("reported that he ...", "a bill that must
// pass"), not the determiner ("signed that deal").
bool clause_that(const Document& doc, uint32_t i, uint32_t sentence_end) {
  if (doc.token_lower(i) != "that" || i + 1 >= sentence_end) return false;
  std::string_view next = doc.token_text(i + 1);
  std::string w = lower(next);
  return is_capitalised(next) || is_modal_future(w) || is_be_form(w) || is_determiner_like(w) ||
         in(w, {"he", "she", "it", "they", "we", "i", "you", "there", "had", "has", "have", "did", "does", "do",
                "must", "these", "those", "some", "many", "no", "not", "if", "while", "when", "after", "before"});
}

// Subordinators that do not tell a time: the clause they open has its own.
bool non_temporal_subordinator(std::string_view w) {
  return in(w, {"because", "although", "though", "whereas", "if", "unless", "whether", "even"});
}

// Whether token `i` follows the time expression's own noun phrase: at
// most three words of it, then maybe a comma and a preposition ("this
// week, where", "the July 25 call, in which"), and no comma before them.
bool right_after(const Document& doc, TokenRange r, uint32_t i) {
  uint32_t words = 0;
  bool separated = false;  // a comma or preposition seen: no more words
  for (uint32_t k = r.end; k < i; ++k) {
    std::string_view w = doc.token_lower(k);
    if (w == "," || is_preposition(w)) {
      if (w == "," && k == r.end && i > k + 2) return false;  // "On Monday, Trump met Putin, who"
      separated = true;
    } else if (separated || !alphabetic_word(w) || ++words > 3) {
      return false;
    }
  }
  return true;
}

// A new subject at token `i` ("but Sanders said", "and the court ruled"),
// not a second verb of the same one ("welcomed the results, but noted").
bool opens_clause(const Document& doc, uint32_t i, uint32_t end) {
  if (i >= end) return false;
  std::string_view raw = doc.token_text(i);
  std::string w = lower(raw);
  return is_capitalised(raw) || in(w, {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her",
                                       "their", "its", "this", "these", "those", "there", "some", "many"});
}

// Whether token range `r` of sentence `s` lies in its main clause, before
// its verb, where a time adverbial sets the time for what follows ("In
// January, ...", "But this week, ...", "Al-Sadr on Thursday called ..."):
// no clause opened, no verb and no report before it.
bool frames_the_sentence(const Document& doc, const Lexicon& lex, const Sentence& s, TokenRange r) {
  for (uint32_t i = s.first_token; i < r.first; ++i) {
    std::string_view w = doc.token_lower(i);
    if (i == s.first_token && in(w, {"but", "and", "so", "yet"})) continue;
    if (is_clause_boundary(w) || relative_pronoun(w) || non_temporal_subordinator(w) || reporting_verb(w) ||
        is_be_form(w) || lex.is_past_participle(w) || in(w, {"has", "have", "had", "will", "would"}))
      return false;
  }
  return true;
}

// The unit of an offset before the word at `i` ("one day after", "a few
// months before"): 3 days or weeks, 2 months, 1 years, 0 none.
int offset_unit(const Document& doc, uint32_t i) {
  std::string_view w = doc.token_lower(i - 1);
  if (in(w, {"day", "days", "hours", "week", "weeks"})) return 3;
  if (in(w, {"month", "months"})) return 2;
  if (in(w, {"year", "years", "decade", "decades"})) return 1;
  return 0;
}

// "the breakthrough came Wednesday, one day after lawmakers huddled",
// "visited the border on Thursday ... after negotiations broke down": an
// act in a clause of "after" or "before" (at token `i`) later in the
// sentence is placed against the time `r`, not at it, when the time names
// a day (`precision` 3; 2 a month, 1 a year) or the offset is as coarse as
// the time ("in December 2012, a month before she stepped down"); "in July
// 2019, days after Trump called for" is still July.  Not an act right
// after the time ("on Monday after the talks"), often of the same day, nor
// one far off or past a comma.
bool placed_against(const Document& doc, TokenRange r, uint32_t i, const TriggerMatch& m, int precision) {
  if (i <= r.end + 2 || m.head <= i || m.head - i > 6) return false;
  for (uint32_t k = i + 1; k < m.head; ++k)
    if (aside_mark(doc.token_text(k))) return false;
  int offset = offset_unit(doc, i);
  return precision >= 3 || (offset && offset <= precision);
}

// A time expression before the act that is the time of another clause:
// the act is in a relative clause opened after it ("Earlier this month, he
// subpoenaed the diplomat who led the inquiry into the assault, in which
// militants attacked ..."), in what a report after it says (occurred acts
// only: for a plan the report's day is that of its announcement), or in a
// clause of concession or condition ("on Tuesday to boast ..., even as
// lawmakers have criticized").
bool governed_from_before(const Document& doc, const Lexicon& lex, const Sentence& s, TokenRange r,
                          const TriggerMatch& m, bool occurred, int precision) {
  uint32_t sentence_end = s.first_token + s.token_count;
  bool relative = false;
  for (uint32_t i = r.end; i < m.head; ++i) {
    std::string_view w = doc.token_lower(i);
    // "obtained the documents last year, but a court ordered ...": a time
    // inside the first of two clauses is not the second's; one that frames
    // the sentence ("On Monday, Russia attacked X and Ukraine shelled Y") is.
    if ((in(w, {"but", "while"}) || (w == "and" && doc.token_lower(i - 1) == ",")) &&
        opens_clause(doc, i + 1, m.head) && !frames_the_sentence(doc, lex, s, r))
      return false;
    // "a rally in Arizona this week, where Trump attacked ...": a relative
    // clause right after the time expression tells of what it dates.
    if (relative_pronoun(w) && right_after(doc, r, i)) continue;
    if (in(w, {"after", "before", "until"}) && placed_against(doc, r, i, m, precision)) return false;
    if (relative_pronoun(w) || non_temporal_subordinator(w)) relative = true;
    else if (w == "," && relative) relative = false;  // the relative clause is closed
    else if (occurred && (reports_at(doc, s, i) || clause_that(doc, i, sentence_end))) return false;
  }
  return !relative;
}

// "during the G20 summit, which will take place in July": a relative
// clause on the object of a time preposition tells when the act was.
bool describes_a_time(const Document& doc, const Sentence& s, uint32_t relative) {
  uint32_t stop = relative > s.first_token + 6 ? relative - 6 : s.first_token;
  for (uint32_t i = relative; i-- > stop;) {
    std::string_view w = doc.token_lower(i);
    if (w == "," && i + 1 == relative) continue;
    if (in(w, {"during", "at", "after", "before", "following", "until", "ahead"})) return true;
    if (!alphabetic_word(w) && !is_owner_mark(w)) return false;
  }
  return false;
}


// A subject pronoun at token `i` after the act: a clause of its own
// begins, with or without "that" ("the deal it signed in 2015").  "it"
// and "you" are objects too: not right after the act or a preposition.
bool new_subject(const Document& doc, const TriggerMatch& m, uint32_t i) {
  std::string_view w = doc.token_lower(i);
  if (in(w, {"he", "she", "they", "we", "i"})) return true;
  if (!in(w, {"it", "you"}) || i == m.last + 1) return false;
  std::string_view before = doc.token_lower(i - 1);
  return alphabetic_word(before) && !is_preposition(before) && !in(before, {"and", "or", "but", "than", "as"});
}

// ", and the following month he disparaged ...", "but on Friday the court
// ruled": a clause that opens with the time expression `r` (at token
// `from`, maybe after a preposition) and then its subject.
bool opens_clause_with_time(const Document& doc, uint32_t from, TokenRange r, uint32_t sentence_end) {
  if (from < r.first && is_preposition(doc.token_lower(from))) ++from;
  if (from != r.first) return false;
  uint32_t next = r.end < sentence_end && doc.token_text(r.end) == "," ? r.end + 1 : r.end;
  return opens_clause(doc, next, sentence_end);
}

// A time expression after the act that is the time of another clause: a
// relative or "that" clause ("a bill that must be passed by Friday"), one
// of concession or condition, a new clause (", and Trump said in his
// Sunday interview"), or the deadline of an occurred act ("raise the limit
// through 2014"), which is not when it happened.
bool governed_from_after(const Document& doc, const Sentence& s, TokenRange r, const TriggerMatch& m,
                         bool occurred) {
  uint32_t sentence_end = s.first_token + s.token_count;
  for (uint32_t i = m.last + 1; i < r.first; ++i) {
    std::string_view w = doc.token_lower(i);
    if ((relative_pronoun(w) || clause_that(doc, i, sentence_end)) && !describes_a_time(doc, s, i)) return false;
    if (non_temporal_subordinator(w) || w == ";" || w == "whereas") return false;
    if (new_subject(doc, m, i)) return false;  // "the deal it signed in 2015", "told reporters he met"
    if (in(w, {"and", "but", "while"}) && (w != "and" || doc.token_lower(i - 1) == ",") &&
        (opens_clause(doc, i + 1, r.first) || opens_clause_with_time(doc, i + 1, r, sentence_end)))
      return false;
  }
  if (occurred && r.first > s.first_token &&
      in(doc.token_lower(r.first - 1), {"by", "until", "till", "through", "thru"}))
    return false;
  return true;
}

bool comma_relative(std::string_view w) { return in(w, {"who", "whom", "whose", "which"}); }

// Tokens [open, close) of an aside set off by commas or dashes.
struct Aside {
  uint32_t open = UINT32_MAX, close = UINT32_MAX;
  bool found() const { return open != UINT32_MAX; }
};

// Whether the main clause resumes after the aside's closing mark at
// `close`: its verb follows ("Newsom, who has criticized Trump, tweeted"),
// not a name, a number or "and" that go on with the aside ("who was
// attacked by her opponent, Scott Brown, two weeks before", "who called
// her a liar on Monday, and warned").
bool main_clause_resumes(const Document& doc, const Sentence& s, uint32_t close) {
  if (close + 1 >= s.first_token + s.token_count) return false;
  std::string_view raw = doc.token_text(close + 1);
  std::string w = lower(raw);
  return alphabetic_word(raw) && !is_capitalised(raw) && !is_determiner_like(w) && !is_preposition(w) &&
         !is_number_word(w) && !relative_pronoun(w) && !in(w, {"and", "or", "but", "as", "while", "when", "then"});
}

// Whether token `i` ends a time expression ("On Monday, CNBC reported").
bool ends_a_timex(const Document& doc, uint32_t i) {
  for (const Timex& t : doc.timexes)
    if (t.text.end == doc.tokens[i].text.end) return true;
  return false;
}

// The aside on a noun that holds time expression `r`, set off by a comma
// (or dash): a relative clause ("Heitkamp, who lost re-election in 2018,
// warned ...") or an apposition to a name that tells of the name's tenure
// or of what was done to it ("Painter, Bush's ethics lawyer from 2005 to
// 2007, said", "Jensen, the attorney tasked by Barr in February,
// recommended").  Its close is the mark after which the main clause
// resumes, or the sentence's end for a relative clause that runs to it.
// Such a time dates that noun, not the clause.  An aside that is the time
// itself ("Putin, last week, said") or a place with the clause's time
// ("raids in Brooklyn, New York on Wednesday, arresting") is no such aside.
Aside aside_of(const Document& doc, const Lexicon& lex, const Sentence& s, TokenRange r) {
  uint32_t open = UINT32_MAX;
  for (uint32_t i = r.first; i-- > s.first_token;)
    if (aside_mark(doc.token_text(i))) {
      open = i;
      break;
    }
  if (open == UINT32_MAX || open == s.first_token || open + 1 == r.first) return {};
  uint32_t sentence_end = s.first_token + s.token_count, close = sentence_end;
  for (uint32_t i = r.end; i < sentence_end && close == sentence_end; ++i)
    if (aside_mark(doc.token_text(i)) && main_clause_resumes(doc, s, i)) close = i;
  std::string_view first = doc.token_text(open + 1);
  std::string w = lower(first);
  if (comma_relative(w) || w == "where") return {open, close};
  if (close == sentence_end || !is_capitalised(doc.token_text(open - 1)) || ends_a_timex(doc, open - 1) ||
      !(is_capitalised(first) || in(w, {"the", "a", "an"})))
    return {};
  bool participle = false;  // "tasked by Barr in February"
  for (uint32_t i = open + 1; i < close; ++i) {
    std::string_view v = doc.token_lower(i);
    if (is_clause_boundary(v) || is_be_form(v) || in(v, {"has", "have", "had", "will", "would"})) return {};
    participle |= i < r.first && lex.is_past_participle(v);
  }
  bool tenure = r.first > open + 1 && in(doc.token_lower(r.first - 1),
                                           {"from", "since", "between", "to", "until", "till", "through"});
  // A participle tells of the noun only after a determiner: "Swiss
  // authorities raided ..." is a clause, "the attorney tasked by" is not.
  return (participle && in(w, {"the", "a", "an"})) || tenure ? Aside{open, close} : Aside{};
}

// A time expression in an aside before the act, closed before it: the time
// of a noun of the clause (aside_of).
bool in_aside_before(const Document& doc, const Lexicon& lex, const Sentence& s, TokenRange r, const TriggerMatch& m) {
  Aside a = aside_of(doc, lex, s, r);
  return a.found() && a.close < m.head;
}

// The act inside a relative clause set off by commas that closes before
// the time expression ("Newsom, who has criticized Trump, tweeted on
// Tuesday"): the time is the main clause's.
bool act_in_closed_relative(const Document& doc, const Sentence& s, TokenRange r, const TriggerMatch& m) {
  bool relative = false;
  for (uint32_t i = m.head; i-- > s.first_token && !relative;) {
    std::string_view w = doc.token_lower(i);
    if (aside_mark(w)) return false;
    relative = comma_relative(w) && i > s.first_token && doc.token_text(i - 1) == ",";
  }
  if (!relative) return false;
  for (uint32_t i = m.last + 1; i < r.first; ++i)
    if (aside_mark(doc.token_text(i)) && main_clause_resumes(doc, s, i)) return true;
  return false;
}

// "..., Kremlin spokesperson Dmitry Peskov said on Thursday.": the time of
// a report that closes the sentence is the time of all it reports.
bool attribution_time(const Document& doc, const Sentence& s, TokenRange r) {
  uint32_t sentence_end = s.first_token + s.token_count;
  if (r.end < sentence_end && doc.token_text(r.end) != "." && doc.token_text(r.end) != ",") return false;
  uint32_t verb = r.first;
  if (verb > s.first_token && doc.token_lower(verb - 1) == "on") --verb;
  if (verb <= s.first_token || !reporting_verb(doc.token_lower(verb - 1))) return false;
  --verb;
  uint32_t stop = verb > s.first_token + 8 ? verb - 8 : s.first_token;
  for (uint32_t i = verb; i-- > stop;)
    if (doc.token_text(i) == ",") return true;
  return false;
}

// Whether `d` lies after the publication date at the precision both give.
bool after_publication(const Date& d, const Date& published) {
  if (!d.known() || !published.known()) return false;
  if (d.year != published.year) return d.year > published.year;
  if (!d.month || !published.month || d.month != published.month) return d.month > published.month && published.month;
  return d.day && published.day && d.day > published.day;
}

}  // namespace

// The time expression that governs the act of trigger `m`: in its
// sentence, the nearest one that is not the time of another noun or clause
// (dates_another_noun, governed_from_before/after) and, for an act that
// happened, not after the publication date ("pledged to cut emissions in
// 2025" was pledged before 2025).
const Timex* timex_for(const Document& doc, const Lexicon& lex, const Sentence& s, const TriggerMatch& m,
                       EventStatus status, bool is_report) {
  const Timex* best = nullptr;
  uint32_t best_distance = UINT32_MAX;
  uint32_t anchor = doc.tokens[m.head].text.begin;
  bool occurred = status != EventStatus::kPlanned;
  for (const Timex& t : doc.timexes) {
    if (t.text.begin < s.text.begin || t.text.end > s.text.end) continue;
    if (t.type != "DATE" && t.type != "TIME") continue;
    if (!Date::parse_iso(t.value).known()) continue;
    uint32_t distance = t.text.begin > anchor ? t.text.begin - anchor : anchor - t.text.begin;
    if (distance >= best_distance) continue;
    TokenRange r = tokens_of(doc, s, t);
    if (dates_another_noun(doc, s, r, m)) continue;
    bool ahead = after_publication(event_date(t.value), doc.pub_date);
    if (occurred && ahead) continue;
    if (r.end <= m.head ? in_aside_before(doc, lex, s, r, m) : r.first > m.last && act_in_closed_relative(doc, s, r, m))
      continue;
    if (!attribution_time(doc, s, r)) {
      // A report's time is that of the record when the record is the
      // report: an accusation or a claim ("Netanyahu claimed Monday that
      // Iran is lying").
      Date when = event_date(t.value);
      int precision = when.day ? 3 : when.month ? 2 : 1;
      if (r.end <= m.head && !governed_from_before(doc, lex, s, r, m, occurred && !is_report, precision)) continue;
      // A plan's time is often told in a clause of its own ("this may
      // happen during the summit, which will take place in July"): one
      // not known to be past may be it.
      bool plans_time = !occurred && (ahead || !doc.pub_date.known());
      if (r.first > m.last && !plans_time && !governed_from_after(doc, s, r, m, occurred)) continue;
    }
    best = &t;
    best_distance = distance;
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

// Whether the time of TIMEX3 value `value` is background to an article
// published on `published`.  A season, quarter or half is dated by its
// year alone, but it ends in a known month: "this spring" in October and
// "the first quarter" in July are past by months ("2014-SP" ends in May,
// "2013-WI" in February 2014).
bool is_background(const std::string& value, const Date& published) {
  Date d = event_date(value);
  if (d.month || value.size() < 7 || value[4] != '-') return is_background(d, published);
  std::string part = value.substr(5, 2);
  int last = part == "SP" ? 5 : part == "SU" ? 8 : part == "FA" ? 11 : part == "WI" ? 14 : part == "Q1" ? 3
           : part == "Q2" ? 6 : part == "Q3" ? 9 : part == "Q4" ? 12 : part == "H1" ? 6 : part == "H2" ? 12 : 0;
  if (!last || value.size() != 7) return is_background(d, published);
  if (last > 12) ++d.year, last -= 12;  // winter runs into the next year
  d.month = last;
  return is_background(d, published);
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
  bool weekend = value.size() >= 11 && value.compare(value.size() - 3, 3, "-WE") == 0;  // Saturday and Sunday
  Date first = base::civil_from_days(weekend ? monday + 5 : monday), last = base::civil_from_days(monday + 6);
  if (first.year == last.year && first.month == last.month) return Date{first.year, first.month, 0};
  return d;
}

namespace {

// Words that show an undated act is told again rather than fresh news
// (data/events/retold_markers.txt): later stages of an act, and adverbs that
// place it before the reporting.
struct RetoldMarkers {
  base::StringSet stage, anchor;
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
    std::string_view w = doc.token_lower(i);
    if (w == "," || w == "who" || w == "which" || w == "that" || w == "and" || w == "but") return false;
    if (w != "had") continue;
    uint32_t j = i + 1;
    while (j <= head && in(doc.token_lower(j), {"already", "previously", "earlier", "also", "just", "not",
                                                       "never", "once", "recently", "been"}))
      ++j;
    return j <= head && lex.is_past_participle(doc.token_lower(j));
  }
  return false;
}

// The sentence of `block` that holds time expression `t`.
const Sentence* sentence_of(const Document& doc, const Block& block, const Timex& t) {
  // The last sentence that starts at or before the expression (sentences are in text order).
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), t.text.begin,
                             [](uint32_t offset, const Sentence& s) { return offset < s.text.begin; });
  if (it == doc.sentences.begin()) return nullptr;
  const Sentence& s = *--it;
  return s.text.begin >= block.text.begin && t.text.end <= s.text.end ? &s : nullptr;
}

// An explicit date in the paragraph more than a month before publication:
// the paragraph tells older background, and its undated acts belong to it.
// A date that only modifies a noun ("criticized the 2014 sanctions") does
// not, nor does one in an aside on a noun ("Heitkamp, who lost in 2018,
// warned") unless the act is in that aside: it is no time of the paragraph.
bool paragraph_has_older_date(const Document& doc, const Lexicon& lex, const Sentence& s, uint32_t head) {
  const Block& block = doc.blocks[s.block];
  for (const Timex& t : doc.timexes) {
    if (t.text.begin < block.text.begin || t.text.end > block.text.end) continue;
    if (t.type != "DATE") continue;
    if (!is_background(t.value, doc.pub_date)) continue;
    const Sentence* home = sentence_of(doc, block, t);
    if (!home) return true;
    TokenRange r = tokens_of(doc, *home, t);
    if (dates_a_noun_only(doc, *home, r)) continue;
    // A time in an aside dates its noun, unless the act is in the aside too.
    Aside aside = aside_of(doc, lex, *home, r);
    if (!aside.found() || (home == &s && head > aside.open && head < aside.close)) return true;
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
      if (markers.stage.count(doc.token_lower(i))) return true;
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
  bool same_clause = true;  // no comma seen between the word and the act
  for (uint32_t i = head; i-- > from;) {
    std::string_view w = doc.token_lower(i);
    if (w == "who" || w == "which" || w == "while" || w == ";") break;
    // "in her first interview since Biden publicly denied her claim": an
    // act in a clause opened by "since" lies before the time told of.
    if (w == "since" && same_clause && (i == s.first_token || !in(doc.token_lower(i - 1), {"has", "have", "had"})))
      return false;  // not the adverb of "has since said"
    same_clause &= w != ",";
    if (markers.anchor.count(w) || (complement && markers.stage.count(w))) return false;
    complement |= in(w, {"of", "for", "in", "over", "with", "to", "about"});
  }
  if (past_perfect_before(doc, lex, s.first_token, head)) return false;
  return !paragraph_has_older_date(doc, lex, s, head);
}

}  // namespace

namespace {

// "imposed", "was killed", "met": the act's verb in the simple past, not
// the present perfect ("has met"), the past perfect ("had met"), a modal
// or an infinitive.
bool simple_past(const Document& doc, const Lexicon& lex, const Sentence& s, uint32_t head) {
  if (!lex.is_past_participle(doc.token_lower(head))) return false;
  uint32_t stop = head > s.first_token + 5 ? head - 5 : s.first_token;  // "has never seemed particularly invested"
  for (uint32_t i = head; i-- > stop;) {
    std::string_view w = doc.token_lower(i);
    if (w == ",") break;
    if (in(w, {"has", "have", "had", "'ve", "'d", "'s", "to", "been", "being", "is", "are", "am", "'re"}) ||
        is_modal_future(w))
      return false;  // nor the present passive ("is also charged")
  }
  return true;
}

// The one time adverbial that frames sentence `s`, or null when it has
// none or several that disagree.  A deadline ("until Monday") frames
// nothing.
const Timex* sentence_time(const Document& doc, const Lexicon& lex, const Sentence& s) {
  const Timex* found = nullptr;
  for (const Timex& t : doc.timexes) {
    if (t.text.begin < s.text.begin || t.text.end > s.text.end) continue;
    if (t.type != "DATE" && t.type != "TIME") continue;
    if (!Date::parse_iso(t.value).known()) continue;
    TokenRange r = tokens_of(doc, s, t);
    if (dates_a_noun_only(doc, s, r) || !frames_the_sentence(doc, lex, s, r)) continue;
    // A deadline ("until Monday") or the start of a span ("between 1974
    // and 2013") frames nothing.
    if (r.first > s.first_token &&
        in(doc.token_lower(r.first - 1), {"by", "until", "till", "through", "between", "from"}))
      continue;
    if (after_publication(event_date(t.value), doc.pub_date)) continue;
    if (found && event_date(found->value) != event_date(t.value)) return nullptr;
    found = &t;
  }
  return found;
}

// Whether sentence `s` sets a time of its own: a time expression that is
// no noun's only ("weeks later", "two years later", "on Friday"), or a word
// that places it against another time ("After Floyd was killed",
// "Afterward", "then").
bool has_own_time(const Document& doc, const Sentence& s) {
  for (const Timex& t : doc.timexes)
    if (t.text.begin >= s.text.begin && t.text.end <= s.text.end &&
        !dates_a_noun_only(doc, s, tokens_of(doc, s, t)))
      return true;
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i)
    if (in(doc.token_lower(i), {"after", "before", "later", "earlier", "afterward", "afterwards", "then", "ago",
                                      "since", "previously", "until", "subsequently", "once", "when", "while"}))
      return true;
  return false;
}

// Whether the act at `head` is told in the main clause of `s`: no clause
// opened before it ("suggested the president was joking when he called").
bool in_main_clause(const Document& doc, const Sentence& s, uint32_t head) {
  for (uint32_t i = s.first_token; i < head; ++i) {
    std::string_view w = doc.token_lower(i);
    if (i == s.first_token && in(w, {"but", "and", "so", "yet"})) continue;
    if (is_clause_boundary(w) || relative_pronoun(w) || non_temporal_subordinator(w) || reporting_verb(w) ||
        in(w, {"suggested", "believed", "thought", "argued", "claimed"}))
      return false;
  }
  return true;
}

}  // namespace

namespace {

// The time a sentence tells its acts at, which the sentences after it go on
// in until one sets another: its date, the words that fix it and their span
// in the input.
struct Told {
  Date date;
  std::string text;
  Span span;
  bool background = false;
};

Told told_by_timex(const Document& doc, const Timex& t) {
  return {event_date(t.value), std::string(doc.view(t.text)), doc.to_input(t.text), is_background(t.value, doc.pub_date)};
}

Told told_by_record(const Event& e) {
  Told told{e.date, e.date_text, {}, e.background};
  for (const Evidence& ev : e.evidence)
    if (ev.field == "date") told.span = ev.input;
  return told;
}

// The time sentence `s` tells its acts at: the time adverbial that frames it
// ("On Tuesday, Pompeo met Lavrov"), else the one day its time expressions
// give the acts of its main clause ("The senior Democrat called on Sunday
// for ..."); unknown when there is none or they disagree.  A year or month
// said after the verb dates that act only: "Britain imposed sanctions in
// 2014. It also expelled two diplomats." lists acts of any time.
Told sentence_told(const Document& doc, const Lexicon& lex, const Sentence& s, const std::vector<Candidate>& merged,
                   const std::vector<size_t>& records) {
  if (const Timex* t = sentence_time(doc, lex, s)) return told_by_timex(doc, *t);
  Told told;
  for (size_t i : records) {
    const Event& e = merged[i].event;
    if (e.date_basis != "timex" || !e.date.day || e.status == EventStatus::kPlanned ||
        !in_main_clause(doc, s, merged[i].head))
      continue;
    Told by_record = told_by_record(e);
    Span in = doc.to_input(s.text);  // a merged record's date may be another sentence's
    if (by_record.span.begin < in.begin || by_record.span.end > in.end) continue;
    if (told.date.known() && told.date != e.date) return {};
    told = by_record;
  }
  return told;
}

// Whether the undated act of record `c` goes on in the time told before:
// it happened (or was refused), is told in the simple past in the main
// clause of a sentence without a time of its own.
bool goes_on(const Document& doc, const Lexicon& lex, const Candidate& c) {
  const Event& e = c.event;
  if (e.status != EventStatus::kOccurred && e.status != EventStatus::kNegated) return false;
  const Sentence& s = doc.sentences[c.sentence];
  return simple_past(doc, lex, s, c.head) && in_main_clause(doc, s, c.head);
}

}  // namespace

namespace {

// The time the text tells of as it goes from sentence to sentence: the time
// told, the paragraph of the last sentence told in it, the sentences since
// that told no act and no time (quotes), and the entities they name.
struct Narrative {
  Told told;
  uint32_t block = 0;
  size_t quiet = 0;
  std::vector<int32_t> sides;
  bool known() const { return told.date.known(); }
};

// The entities named in each sentence (the mentions are not in text order:
// each stage of the recognizer adds its own).
std::vector<std::vector<int32_t>> sides_by_sentence(const Document& doc) {
  std::vector<std::vector<int32_t>> sides(doc.sentences.size());
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || doc.entities[m.entity].place) continue;
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), m.text.begin,
                               [](uint32_t offset, const Sentence& s) { return offset < s.text.begin; });
    if (it == doc.sentences.begin()) continue;
    sides[static_cast<size_t>(it - doc.sentences.begin()) - 1].push_back(m.entity);
  }
  return sides;
}

// Whether the act of `c` has a side named in the sentences told before.
bool same_people(const Document& doc, const Narrative& n, const Candidate& c) {
  return std::any_of(n.sides.begin(), n.sides.end(), [&](int32_t entity) {
    std::string key = actor_key(doc.entities[entity].actor);
    return key == c.source_key || key == c.target_key;
  });
}

void take_told(const Told& told, Event& e) {
  e.date = told.date;
  e.date_basis = "previous_sentence";
  e.date_text = told.text;
  e.evidence.push_back({"date", told.span, told.text});
  e.background = told.background;
}

}  // namespace

// "But this week Obama acted. He imposed sanctions and expelled 35
// diplomats.": an act told in the simple past in the main clause of a
// sentence without a time of its own goes on in the time told before it.
// The time goes from sentence to sentence while each goes on in it, through
// at most one sentence that tells no act (a quote), and into the next
// paragraph only with the same people ("Rubio on Sunday began his campaign
// ... // Rubio offered a pitch"); a sentence that sets another time, or
// tells an undated act that does not go on in it ("has long opposed", "had
// met"), ends it, as does a new paragraph of other people.
void date_by_discourse(const Document& doc, const Lexicon& lex, std::vector<Candidate>& merged) {
  std::vector<std::vector<size_t>> by_sentence(doc.sentences.size());
  for (size_t i = 0; i < merged.size(); ++i)
    if (merged[i].sentence < by_sentence.size()) by_sentence[merged[i].sentence].push_back(i);
  std::vector<std::vector<int32_t>> sides = sides_by_sentence(doc);
  Narrative n;
  size_t main_sentences = 0;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    if (!is_main_text(doc.blocks[s.block].kind)) continue;
    bool lead = ++main_sentences <= 3;  // the lead tells one piece of news
    const std::vector<size_t>& records = by_sentence[k];
    Told told = sentence_told(doc, lex, s, merged, records);
    if (told.date.known() || has_own_time(doc, s)) {
      n = {told, s.block, 0, sides[k]};
      continue;
    }
    bool went_on = false;
    for (size_t i : records) {
      Event& e = merged[i].event;
      if (e.date.known() || e.status == EventStatus::kPlanned) continue;
      if (!n.known() || !goes_on(doc, lex, merged[i]) || n.quiet > 1 ||
          (s.block != n.block && !lead && !same_people(doc, n, merged[i]))) {
        n = {};
        break;
      }
      take_told(n.told, e);
      went_on = true;
    }
    if (went_on) {
      n.block = s.block;
      n.quiet = 0;
      n.sides.insert(n.sides.end(), sides[k].begin(), sides[k].end());
    } else {
      ++n.quiet;
    }
  }
}

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
  std::string_view w = doc.token_lower(i);
  if (w == "after" || w == "following") return 1;
  if (w == "before") return -1;
  if ((w == "prior" || w == "ahead") && i + 1 < doc.tokens.size()) {
    std::string_view next = doc.token_lower(i + 1);
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
