#include "time/timex.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "base/calendar.h"
#include "base/text.h"
#include "clean/text_cleaner.h"
#include "time/lexicon.h"
#include "time/timepoint.h"

namespace parley::time {
namespace {

struct Found {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  std::string type = "DATE";
  std::string value;
  Point point;  // the calendar point a DATE names, when it names one
  bool anchor = true;  // may serve as reference time (points found by shifting the reference may not)
  bool part_of_year = false;  // "the nine months": a stretch of the year spoken of, which becomes the reference
  bool comparison = false;  // "the 1988 period": the quarter spoken of in another year, compared with it
  bool explicit_year = false;  // a quarter with its year: "the third quarter of 1988"
};

enum class Tense { kUnknown, kPast, kPresent, kFuture };

// A quantity of units: "three", "25", "twenty four", "a", "2 1/2", "a couple
// of"; n < 0 for vague ones ("several", "a few").
struct Quantity {
  int n = 0;
  bool half = false;
  uint32_t next = 0;  // token after the quantity
};

// Tags one document.  The reference time of anaphoric expressions ("the
// quarter", "a year earlier", "that day") is the last calendar point named
// before them in the document, or the publication date.
class Tagger {
 public:
  Tagger(Document& doc, const Date& dct) : doc_(doc), dct_(day_point(dct)), ref_(dct_) {
    low_.reserve(doc.tokens.size());
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) low_.push_back(doc.token_lower(i));
  }

  void sentence(const Sentence& s) {
    begin_ = s.first_token;
    end_ = s.first_token + s.token_count;
    for (uint32_t i = begin_; i < end_;) {
      Found f;
      if (!best_match(i, f)) {
        ++i;
        continue;
      }
      // "the quarter ended Sept. 30": the date only bounds the period, which stays the reference.
      bool bounds = f.first > begin_ && (w(f.first - 1) == "ended" || w(f.first - 1) == "ending");
      if (f.point.known() && f.type == "DATE" && f.anchor && !bounds && !quarter_under_way(f) && !background_quarter(f)) {
        if (!after_dct(f.point)) ref_ = f.point, coming_day_ = {};
        else if (f.point.gran == Gran::kDay) coming_day_ = f.point;
        if (!after_dct(f.point) && f.point.gran == Gran::kQuarter && !f.comparison) quarter_ref_ = f.point;
      }
      // "the six months ended Aug. 12": a period of that year is spoken of.
      if (bounds && f.point.known() && ref_.gran != Gran::kQuarter && ref_.gran != Gran::kHalf)
        ref_ = at(f.point, Gran::kYear);
      // After "for the nine months", "a year earlier" compares whole years to date, not quarters.
      if (f.part_of_year && ref_.gran > Gran::kYear) ref_ = at(ref_, Gran::kYear);
      emit(f);
      last_ = f;
      i = f.last;
    }
  }

 private:
  using Matcher = bool (Tagger::*)(uint32_t, Found&);

  // Every rule is tried at i; the longest expression wins (the first rule on ties).
  bool best_match(uint32_t i, Found& best) {
    if (!may_start(i)) return false;
    static const Matcher kRules[] = {&Tagger::clock_time,     &Tagger::weekday,  &Tagger::relative_day,
                                     &Tagger::calendar,       &Tagger::quarter,  &Tagger::half,
                                     &Tagger::deictic_unit,   &Tagger::season,   &Tagger::decade,
                                     &Tagger::year,           &Tagger::shifted,  &Tagger::set,
                                     &Tagger::some_day,       &Tagger::duration_rule,  &Tagger::phrase,
                                     &Tagger::year_earlier,   &Tagger::holiday,  &Tagger::bare_plural,
                                     &Tagger::part_of_day_alone, &Tagger::second_day,
                                     &Tagger::year_end,       &Tagger::part_of_period, &Tagger::day_next_to,
                                     &Tagger::day_of_stretch};
    bool any = false;
    for (Matcher m : kRules) {
      Found f;
      f.first = i;
      if (!(this->*m)(i, f) || f.last <= f.first) continue;
      if (!any || f.last > best.last) best = std::move(f);
      any = true;
    }
    return any;
  }

  // Forecasts ("the third quarter of 1990" in 1989) are no narrative reference
  // time; a coming day is for days ("will fly to Paris on Tuesday and to
  // Berlin the next day"), see day_ref().
  bool after_dct(const Point& p) const {
    return dct_.known() && base::days_from_civil(p.date()) > base::days_from_civil(dct_.date());
  }
  // Nor is the quarter under way ("the trend will continue into the fourth
  // quarter"): results compare quarters that have ended (a fiscal "fourth
  // quarter ended Sept. 30" has, and one whose results were reported).
  bool quarter_under_way(const Found& f) const {
    return f.point.gran == Gran::kQuarter && dct_.known() && at(dct_, Gran::kQuarter).value() == f.value &&
           w(f.last) != "ended" && w(f.last) != "ending" && tense(f.first, f.last) != Tense::kPast;
  }

  // "Net rose in the third quarter. After a flat second quarter, ...": an
  // earlier quarter named after the one reported on is background; "the
  // year-earlier period" still compares the reported one.
  bool background_quarter(const Found& f) const {
    // (Only after a quarter that has ended: a quarter under way is spoken
    // of in forecasts, "declined to give guidance for the first quarter".)
    return f.point.gran == Gran::kQuarter && quarter_ref_.known() && f.point.value() < quarter_ref_.value() &&
           !f.explicit_year && dct_.known() && quarter_ref_.value() < at(dct_, Gran::kQuarter).value();
  }

  // The day that "the next day", "that evening", "at 6 a.m." count from: the
  // last day named, be it past or coming.
  Point day_ref() const { return coming_day_.known() ? coming_day_ : ref_; }

  void emit(const Found& f) {
    Timex t;
    t.text = {doc_.tokens[f.first].text.begin, doc_.tokens[f.last - 1].text.end};
    t.type = f.type;
    t.value = f.value;
    doc_.timexes.push_back(std::move(t));
  }

  // ---- tokens -------------------------------------------------------------

  std::string_view w(uint32_t i) const { return i >= begin_ && i < end_ ? std::string_view(low_[i]) : ""; }
  std::string_view raw(uint32_t i) const { return i >= begin_ && i < end_ ? doc_.token_text(i) : ""; }
  bool capitalized(uint32_t i) const {
    std::string_view r = raw(i);
    return !r.empty() && r[0] >= 'A' && r[0] <= 'Z';
  }
  // Does the token sequence `words` start at i?
  bool at_words(uint32_t i, const std::vector<std::string>& words) const {
    for (size_t k = 0; k < words.size(); ++k)
      if (w(i + k) != words[k]) return false;
    return !words.empty();
  }

  bool may_start(uint32_t i) const {
    // Words with digits or marks ("1990s", "Sept.", "mid-1990s") go to the rules;
    // a plain word, capitalised or not, only if an expression can start with it.
    // Marks alone (".", ",", "%", quotes) and clitics ("'s", "'re") start none.
    std::string_view t = w(i);
    auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (std::all_of(t.begin(), t.end(), letter)) return may_start_expression(t);
    if (std::any_of(t.begin(), t.end(), digit)) return true;
    return t[0] != '\'' && std::any_of(t.begin(), t.end(), letter);
  }

  // A capitalised word inside a sentence names something ("60 Minutes").
  bool title_word(uint32_t i) const { return i > begin_ && capitalized(i) && w(i - 1) != "\"" && w(i - 1) != "``"; }

  // A capitalised word right after another inside a sentence continues a
  // name ("VOA Today", "High Noon"); not after an abbreviation ("Co. Recently").
  bool in_name(uint32_t i) const {
    return title_word(i) && capitalized(i - 1) && raw(i - 1).back() != '.';
  }

  // Is the token before i a capitalised word inside a clause that starts no
  // time expression ("called Orion", "for Euro", "the Competition Act")?  Not
  // after punctuation, where any word is capitalised (": Well 1981 was ...").
  bool after_name_word(uint32_t i) const {
    if (i < begin_ + 2 || !title_word(i - 1) || raw(i - 1).back() == '.') return false;
    std::string_view before = w(i - 2);
    bool word_before = !before.empty() && ((before[0] >= 'a' && before[0] <= 'z') || (before[0] >= '0' && before[0] <= '9'));
    return word_before && !may_start_expression(w(i - 1));
  }

  // After an approximator ("about", "at least") at i, or i.
  uint32_t skip_hedge(uint32_t i) const {
    uint32_t best = i;
    if (!lexicon().hedge_starts.count(w(i))) return best;
    for (const auto& h : lexicon().hedges)
      if (at_words(i, h)) best = std::max<uint32_t>(best, i + h.size());
    return best;
  }

  // The quantity of units at i ("three", "a couple of", "2 1/2"); false if none.
  bool quantity(uint32_t i, Quantity& q) const {
    std::string_view t = w(i);
    q.half = false;
    if (t == "a" || t == "an") {
      if (w(i + 1) == "couple" && w(i + 2) == "of") return q.n = 2, q.next = i + 3, true;
      if (w(i + 1) == "few") return q.n = -1, q.next = i + 2, true;
      if (w(i + 1) == "dozen") return q.n = 12, q.next = i + 2, true;
      q.n = 1, q.next = i + 1;
      return multiply(q), true;  // "a hundred years"
    }
    if (t == "several" || t == "few" || t == "many") return q.n = -1, q.next = i + 1, true;
    if (t == "couple" && w(i + 1) == "of") return q.n = 2, q.next = i + 2, true;
    int n = number_of(t);
    if (n < 0 || (is_all_digits(t) && t.size() > 4)) return false;
    q.n = n;
    q.next = i + 1;
    // "twenty four", "two thousand"
    if (n >= 20 && n < 100 && n % 10 == 0 && !is_all_digits(t)) {
      int unit = number_of(w(i + 1));
      if (unit > 0 && unit < 10 && !is_all_digits(w(i + 1))) q.n += unit, ++q.next;
    }
    if (!is_all_digits(t)) multiply(q);  // "two thousand years"
    if (w(q.next) == "1/2") q.half = true, ++q.next;
    return true;
  }
  // "hundred" / "thousand" after a number word multiplies it.
  void multiply(Quantity& q) const {
    std::string_view m = w(q.next);
    if (m == "hundred" || m == "thousand") q.n *= m == "hundred" ? 100 : 1000, ++q.next;
  }

  // ---- tense --------------------------------------------------------------

  static bool future_marker(std::string_view t) { return lexicon().future_words.count(t) > 0; }
  // Future markers in context: "next to" is a place; "is to resume", "set
  // to meet", "is set for", "about to" and "as early as" look ahead.
  bool future_at(uint32_t k) const {
    std::string_view t = w(k);
    if (t == "next") return w(k + 1) != "to";
    if (t == "to") {
      std::string_view p = w(k - 1);
      return p == "set" || p == "is" || p == "are" || p == "about";
    }
    if (t == "early" || t == "late") return w(k - 1) == "as" && w(k + 1) == "as";
    // "the summit is set for Friday": a time fixed ahead.
    if (t == "for") return w(k - 1) == "set" && (w(k - 2) == "is" || w(k - 2) == "are" || w(k - 2) == "was" ||
                                                  w(k - 2) == "were" || w(k - 2) == "been");
    if (t == "supposed") return w(k + 1) == "to";  // "are supposed to conclude by May"
    // "is likely to take place in May", "hopes to be back on the exchange in July"
    if (t == "likely" || t == "unlikely" || t == "hopes" || t == "hope" || t == "hoping")
      return w(k + 1) == "to";
    // "did not plan to", "they plan": the verb; "the plan", "a peace plan" are nouns.
    if (t == "plan") {
      std::string_view p = w(k - 1);
      return p == "not" || p == "n't" || p == "to" || p == "we" || p == "they" || p == "i" || p == "you" ||
             p == "who" || p == "also";
    }
    // "their vacation plans", "plans for the trip": the noun; the verb is
    // followed by what is planned ("plans to visit", "plans a visit").
    if (t == "plans") {
      std::string_view n = w(k + 1);
      return n == "to" || n == "a" || n == "an" || n == "the";
    }
    // "the hastily planned trip", "an expected rise": an adjective tells no tense.
    if ((t == "planned" || t == "scheduled" || t == "expected") && adjective_position(k)) return false;
    // "had been due to expire Friday": a plan seen from the past, whose time is past too.
    if (w(k - 1) == "been" && w(k - 2) == "had") return false;
    // "as (previously) planned", "as expected": a plan already carried out.
    std::string_view p = w(k - 1);
    if ((t == "planned" || t == "scheduled" || t == "expected") &&
        (p == "as" || p == "previously" || p == "originally"))
      return false;
    return future_marker(t);
  }
  // "Albright meets Arafat on Monday", "the two leaders meet separately
  // Monday", "the summit, which opens Tuesday": news tells a planned event
  // in the simple present, and what happened in the past.  A verb of a
  // planned event (data/time/tense_words.tsv, class `scheduled`) shortly
  // before a weekday, in its clause; not a noun ("the vote Monday", "his
  // visit on Monday") nor a bare form after "to" or a modal.
  bool scheduled_before(uint32_t day) const {
    for (uint32_t k = day - 1; k + kScheduledReach >= day && k >= begin_ && k < day; --k) {
      std::string_view t = w(k);
      if (t.empty() || !std::isalnum(static_cast<unsigned char>(t[0]))) return false;  // the clause ends
      if (lexicon().scheduled_verbs.count(t)) return present_verb_at(k);
    }
    return false;
  }
  static constexpr uint32_t kScheduledReach = 4;  // "meet separately Monday", "arrives in Moscow Tuesday"
  // Is the word at k of the list a verb in the present?  The -s form after a
  // name, a pronoun or a singular noun ("Perry heads", "which begins", "the
  // trip begins"); the bare form after a plural subject ("the leaders meet",
  // "they leave", "he and Arafat meet").  After a determiner or adjective it
  // is a noun ("his trip", "a televised address").
  bool present_verb_at(uint32_t k) const {
    if (infinitive(k) || noun_position(k) || title_word(k)) return false;  // "on CBS's Face the Nation Sunday"
    std::string_view p = w(k - 1);
    // "the Senate typically leaves town on Thursday": a habit, no plan.
    if (p == "typically" || p == "usually" || p == "often" || p == "normally" || p == "generally" ||
        p == "always" || p == "sometimes" || p == "rarely" || p == "never")
      return false;
    if (p == "who" || p == "which" || p == "that") return true;
    if (third_person_form(w(k)))
      return p == "he" || p == "she" || p == "it" || title_word(k - 1) ||
             (p.size() > 2 && p.back() != 's' && std::isalpha(static_cast<unsigned char>(p[0])) &&
              lexicon().scheduled_verbs.count(p) == 0 && !adjective_like(p));
    if (p == "they" || p == "we" || p == "i" || p == "you") return true;
    if (title_word(k - 1)) return w(k - 2) == "and" || title_word(k - 2);  // "he and Arafat meet"
    return p.size() > 3 && p.back() == 's' && p[p.size() - 2] != 's' && !adjective_like(p);
  }
  static bool adjective_like(std::string_view t) {
    auto ends = [&](std::string_view suf) { return t.size() > suf.size() + 2 && t.substr(t.size() - suf.size()) == suf; };
    return ends("al") || ends("ic") || ends("ous") || ends("ive") || ends("ed") || ends("ful") || ends("ary");
  }
  // "meets", "addresses", "flies": the -s form of another verb of the list.
  static bool third_person_form(std::string_view t) {
    const auto& verbs = lexicon().scheduled_verbs;
    auto base_in_list = [&](size_t cut, std::string_view add) {
      return t.size() > cut && verbs.count(std::string(t.substr(0, t.size() - cut)) + std::string(add)) > 0;
    };
    if (t.empty() || t.back() != 's') return false;
    return base_in_list(1, "") || (t.size() > 2 && t.substr(t.size() - 2) == "es" && base_in_list(2, "")) ||
           (t.size() > 3 && t.substr(t.size() - 3) == "ies" && base_in_list(3, "y"));
  }
  bool noun_position(uint32_t k) const {
    std::string_view p = w(k - 1);
    return p == "a" || p == "an" || p == "the" || p == "its" || p == "their" || p == "his" || p == "her" ||
           p == "this" || p == "these" || p == "those" || p == "our" || p == "my" || p == "your" || p == "'s" ||
           p == "first" || p == "next" || p == "last";
  }

  // "postponed until Tuesday", "has given them until 9 a.m. Tuesday",
  // "extended its deadline until Friday", "effective Feb. 1": a time put off,
  // or from which a decision applies, lies ahead.
  bool deferred_to(uint32_t first) const {
    if (w(first - 1) == "effective" && first > begin_) return true;  // "the change is effective Feb. 1"
    if (first < begin_ + 2 || (w(first - 1) != "until" && w(first - 1) != "till")) return false;
    for (uint32_t k = first - 1; k > begin_ && k + 8 > first; --k) {  // the 7 words before "until"
      std::string_view t = w(k - 1);
      for (const std::string& v : lexicon().defer_stems)
        if (t.substr(0, v.size()) == v) return true;
    }
    return false;
  }
  static bool present_marker(std::string_view t) { return lexicon().present_words.count(t) > 0; }
  // "will say", "plans to say", "could say": the bare form after a modal or
  // "to" is no present tense; the modal or the verb before "to" tells it.
  bool infinitive(uint32_t k) const {
    std::string_view p = w(k - 1);
    return p == "to" || p == "will" || p == "'ll" || p == "would" || p == "shall" || p == "should" ||
           p == "may" || p == "might" || p == "can" || p == "could" || p == "must";
  }
  static bool be_or_have(std::string_view t) {
    return t == "be" || t == "been" || t == "being" || t == "is" || t == "are" || t == "am" || t == "'m" ||
           t == "was" || t == "were" || t == "'s" || t == "'re" || t == "has" || t == "have" || t == "had" ||
           t == "to";
  }
  // A verb in the past tense at k: irregular pasts, "-ed" forms not governed
  // by an auxiliary ("was completed", "to be completed": the auxiliary decides).
  bool past_marker(uint32_t k, bool perfect_is_past = false) const {
    std::string_view t = w(k);
    // "were planning to", "was expected to": the plan looks ahead, its auxiliary tells nothing.
    if ((t == "was" || t == "were") && future_at(k + 1)) return false;
    const Lexicon& lex = lexicon();
    if (lex.past_words.count(t)) return true;
    // A capitalised word inside the sentence is a name ("United States").
    if (k > begin_ && capitalized(k)) return false;
    bool ed = t.size() > 4 && t.substr(t.size() - 2) == "ed" && !ed_non_verb(t);
    if (!ed && !lex.irregular_pasts.count(t) && !lex.past_forms.count(t)) return false;
    if (present_perfect(k)) return perfect_is_past;
    return !be_or_have(w(k - 1)) && !(ed && adjective_position(k));
  }
  // "has fluctuated", "have risen": the present perfect tells of the past
  // ("has fluctuated sharply since March": last March); not after a modal or
  // "to" ("will have completed by March", "expected to have finished").
  bool present_perfect(uint32_t k) const {
    std::string_view aux = w(k - 1);
    if (aux != "has" && aux != "have" && aux != "'ve") return false;
    std::string_view before = w(k - 2);
    return before != "to" && before != "would" && before != "could" && before != "should" &&
           before != "might" && before != "must" && before != "may" && !future_at(k - 2);
  }
  // Words in "-ed" that are no past tense: "succeed", "indeed" (the "-eed"
  // words but the pasts of verbs in "-ee", "agreed"), "hundred", "sacred".
  static bool ed_non_verb(std::string_view t) {
    const Lexicon& lex = lexicon();
    if (t.size() > 3 && t.substr(t.size() - 3) == "eed") return !lex.past_forms.count(t);
    return lex.not_pasts.count(t) > 0;
  }
  // An "-ed" form after a determiner ("a still unspecified date", "the
  // revised plan") is an adjective, which tells no tense.
  bool adjective_position(uint32_t k) const {
    auto determiner = [](std::string_view t) {
      return t == "a" || t == "an" || t == "the" || t == "its" || t == "their" || t == "his" || t == "her" ||
             t == "this" || t == "these" || t == "those" || t == "our" || t == "my" || t == "your";
    };
    if (determiner(w(k - 1))) return true;
    std::string_view adverb = w(k - 1);  // "a still unspecified", "the newly elected"
    bool is_adverb = adverb == "still" || adverb == "very" || adverb == "most" || adverb == "more" ||
                     (adverb.size() > 4 && adverb.substr(adverb.size() - 2) == "ly");
    return is_adverb && determiner(w(k - 2));
  }

  // The tense of the clause around tokens [first, last): the nearest tense
  // marker on either side decides, the left one first at equal distance.
  // Without one nearby, the verb governing the expression may stand further
  // off in a long sentence ("it said two new flights would leave Bombay on
  // Monday ..., with the third departing each Thursday from August 6"): the
  // nearest marker in the sentence decides.  Not for the end of a span
  // ("remain in Miami until March 6", "loans through January"), which
  // reaches past the event the verb tells of.
  //
  // A present perfect tells the past of a month ("the shares have
  // fluctuated, rising to $30 in June from $21 in March"), which mostly lies
  // inside the span the perfect covers; a weekday or weekend is mostly the
  // time of the thing reported on ("has announced a concert on Friday",
  // "has defended his choice for this weekend's games").  A possessive day
  // ("Friday's lawsuit") names an event of its own: only a marker near it
  // tells its tense, and without one it is past, as news mostly is.
  enum class Scope { kDay, kMonth, kOwnEvent };
  Tense tense(uint32_t first, uint32_t last, Scope scope = Scope::kDay) const {
    if (deferred_to(first)) return Tense::kFuture;
    if (w(first - 1) == "in" && w(first - 2) == "back" && first >= begin_ + 2) return Tense::kPast;  // "back in October"
    bool span_end = bounds_span(first);
    bool perfect_is_past = scope == Scope::kMonth && !span_end;
    Tense near = tense_within(first, last, kTenseWindow, perfect_is_past);
    if (near != Tense::kUnknown || span_end || scope == Scope::kOwnEvent) return near;
    return tense_within(first, last, kSentenceWindow, perfect_is_past);
  }
  bool bounds_span(uint32_t first) const {
    std::string_view p = w(first - 1);
    if (p == "on" || p == "in") p = w(first - 2);
    return p == "until" || p == "till" || p == "through" || p == "by";
  }
  // The nearest marker within `window` tokens; a present perfect counts as
  // past only when `perfect_is_past` (a month, not the end of a span: "has
  // extended loans through January" tells a state that lasts on).
  Tense tense_within(uint32_t first, uint32_t last, uint32_t window, bool perfect_is_past) const {
    for (uint32_t d = 1; d <= 2 * window; ++d) {
      for (int side = 0; side < 2; ++side) {
        // The verb of a news clause mostly comes before its time ("said
        // Friday"): a marker on the right counts as twice as far away.
        if (side == 1 && d % 2) continue;
        uint32_t dist = side == 0 ? d : d / 2;
        if (dist > window) continue;
        uint32_t k = side == 0 ? first - dist : last + dist - 1;
        if (side == 0 && (first < begin_ + dist)) continue;
        if (k >= end_) continue;
        std::string_view t = w(k);
        if (future_at(k)) return Tense::kFuture;
        // "Diageo, which is listed in London, reported...": a relative clause
        // has its own tense, not the clause's.
        if (present_marker(t) && w(k - 1) != "which" && w(k - 1) != "who" && !infinitive(k)) return Tense::kPresent;
        if (past_marker(k, perfect_is_past)) return Tense::kPast;
      }
    }
    return Tense::kUnknown;
  }
  static constexpr uint32_t kTenseWindow = 12, kSentenceWindow = 40;

  // A capitalised word that may follow a time in a title-case headline
  // ("Saturday Night, March 3", "Friday Night EST").
  bool title_continues_time(uint32_t k) const {
    std::string_view t = w(k);
    return month_of(t) || weekday_of(t) || t == "est" || t == "edt" || t == "gmt" || t == "et" || t == "pt";
  }

  // ---- resolution ---------------------------------------------------------

  bool set_point(Found& f, const Point& p) {
    f.point = p;
    f.value = p.value();
    return true;
  }

  // A month (and day) without a year: the publication year, moved back a year
  // when the month lies ahead in a past-tense clause and forward when it lies
  // behind in a future one; without a tense, the nearer one.
  static constexpr int kSlack = 1, kBack = 5, kForward = 6;  // untensed: the nearer year, leaning to the past as news does
  Point month_point(int month, int day, int year, Tense t) const {
    if (!year) {
      if (!dct_.known()) return {};
      year = dct_.year;
      int ahead = month - dct_.sub;  // -11 .. 11
      bool tensed = t == Tense::kPast || t == Tense::kFuture;
      if (ahead > (tensed ? kSlack : kBack) && t != Tense::kFuture) --year;
      if (ahead < -(tensed ? kSlack : kForward) && t != Tense::kPast) ++year;
    }
    return day ? Point{Gran::kDay, year, month, day} : Point{Gran::kMonth, year, month};
  }

  // The weekday `wd` nearest the publication date in the direction of the tense.
  Point weekday_point(int wd, Tense t, int direction, const Point& from) const {
    if (!from.known()) return {};
    bool explicit_direction = direction != 0;
    if (direction == 0) direction = t == Tense::kFuture ? 1 : -1;
    int today = base::weekday(from.date());
    int delta = direction > 0 ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
    // "last Monday" said on a Monday is a week ago; a bare past "Monday" is today.
    if (delta == 0 && (explicit_direction || direction > 0)) delta = 7 * direction;
    return shift(from, delta, Unit::kDay);
  }

  // A noun of a done act at k, maybe after a modifier ("Wednesday's court
  // ruling", "Friday's deadly attack").
  bool done_act_after(uint32_t k) const {
    const auto& acts = lexicon().done_acts;
    return acts.count(w(k)) > 0 || (acts.count(w(k + 1)) > 0 && std::isalpha(static_cast<unsigned char>(w(k)[0])));
  }

  // The weekday `wd` on or after the publication date.
  Point upcoming_weekday(int wd) const {
    int delta = (wd - base::weekday(dct_.date()) + 7) % 7;
    return shift(dct_, delta, Unit::kDay);
  }

  // ---- rules ---------------------------------------------------------------

  // A day named by the tokens at i: a weekday, a calendar date, today... Sets *next.
  Point day_at(uint32_t i, uint32_t* next, Tense t) {
    Found f;
    f.first = i;
    outer_tense_ = t;  // the weekday of "until 9 a.m. Tuesday" has the tense of the whole expression
    bool found = weekday(i, f);
    outer_tense_ = Tense::kUnknown;
    if (found || calendar(i, f) || relative_day(i, f)) {
      if (f.point.gran == Gran::kDay) {
        *next = f.last;
        return f.point;
      }
    }
    return {};
  }

  // "10:35 a.m.", "5 p.m. EST, Nov. 6", "noon Thursday", "midnight", "4 in the morning".
  bool clock_time(uint32_t i, Found& f) {
    uint32_t j = i;
    if (w(j) == "around" || w(j) == "about" || w(j) == "at") ++j;
    int hour = -1, minute = 0;
    std::string_view t = w(j);
    if ((t == "noon" || t == "midday" || t == "midnight") && in_name(j)) return false;  // "High Noon", "Midnight Mass"
    if (t == "midnight" && w(j + 1) == "oil") return false;  // "burn the midnight oil"
    if (t == "noon" || t == "midday") {
      hour = 12;
      ++j;
    } else if (t == "midnight") {
      hour = 24;
      ++j;
    } else {
      size_t colon = t.find(':');
      std::string_view h = t.substr(0, colon);
      if (!is_all_digits(h) || h.size() > 2) return false;
      hour = std::stoi(std::string(h));
      if (colon != std::string_view::npos) {
        std::string_view m = t.substr(colon + 1);
        if (!is_all_digits(m) || m.size() != 2) return false;
        minute = std::stoi(std::string(m));
      }
      std::string_view ampm = w(j + 1);
      if (ampm == "a.m." || ampm == "a.m" || ampm == "am") {
        if (hour == 12) hour = 0;
        j += 2;
      } else if (ampm == "p.m." || ampm == "p.m" || ampm == "pm") {
        if (hour < 12) hour += 12;
        j += 2;
      } else if (ampm == "o'clock") {
        j += 2;
      } else if (ampm == "in" && w(j + 2) == "the" && !part_of_day(w(j + 3)).empty()) {
        if (w(j + 3) != "morning" && hour < 12) hour += 12;
        j += 4;
      } else {
        return false;
      }
      if (hour > 24 || minute > 59) return false;
    }
    if (j > i + 1 && w(i) == "at") f.first = i + 1;  // "at" is not part of the expression
    // A time zone: "EST", "GMT".
    std::string_view zone = raw(j);
    if (zone.size() >= 3 && zone.size() <= 4 && (zone.back() == 'T' || zone == "UTC") &&
        std::all_of(zone.begin(), zone.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      ++j;
    uint32_t after = j + (w(j) == "," ? 1 : 0), next = 0;
    Point day = day_at(after, &next, tense(i, j));
    if (day.known()) j = next;
    else if (w(j) == "on") day = day_at(j + 1, &next, tense(i, j));  // "midnight on Sunday": the day's, tagged apart
    if (!day.known()) day = day_ref().gran == Gran::kDay ? day_ref() : dct_;
    f.last = j;
    f.type = "TIME";
    if (day.known()) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
      f.value = day.value() + buf;
    }
    return true;
  }

  // "Tuesday", "Thursday, Oct. 26, 2017", "last Monday", "Friday morning",
  // "each Thursday", "Tuesday nights".
  bool weekday(uint32_t i, Found& f) {
    uint32_t j = i;
    int direction = 0;
    bool every = false;
    bool anaphoric = false;  // "the previous Friday" counts from the day spoken of
    if (w(j) == "the" && (w(j + 1) == "previous" || w(j + 1) == "preceding" || w(j + 1) == "prior"))
      direction = -1, anaphoric = true, j += 2;
    else if (w(j) == "the" && (w(j + 1) == "following" || w(j + 1) == "next"))
      direction = 1, anaphoric = true, j += 2;
    else if (w(j) == "last" || w(j) == "past") direction = -1, ++j;
    else if (w(j) == "next" || w(j) == "coming") direction = 1, ++j;
    else if (w(j) == "this") ++j;
    else if (w(j) == "each" || w(j) == "every") every = true, ++j;
    if (w(j - 1) == "this" && (w(j) == "coming" || w(j) == "past"))  // "this coming Sunday"
      direction = w(j) == "coming" ? 1 : -1, ++j;
    std::string_view name = w(j);
    bool plural = name.size() > 1 && name.back() == 's';
    int wd = weekday_of(plural ? name.substr(0, name.size() - 1) : name);
    if (!wd) return false;
    ++j;
    if (plural && (i == j - 1 || every)) every = true;
    else if (plural) return false;
    // "on Monday and Tuesday nights": the plural of the second day is the first's too.
    std::string_view shared_pod;
    if (!plural && !every && direction == 0 && (w(j) == "and" || w(j) == "or") && weekday_of(w(j + 1))) {
      std::string_view pod_after = w(j + 2);
      if (pod_after == "nights" || pod_after == "mornings" || pod_after == "evenings" || pod_after == "afternoons")
        every = true, shared_pod = part_of_day(pod_after);
    }
    // "Thursday, Oct. 26, 2017"
    uint32_t k = j + (w(j) == "," ? 1 : 0);
    Found date;
    date.first = k;
    if (!every && calendar(k, date) && date.point.gran == Gran::kDay) {
      f.last = date.last;
      return set_point(f, date.point);
    }
    std::string_view pod = part_of_day(w(j));
    // "Saturday Night Live", "Monday Night Football": a title goes on in capitals.
    if (!pod.empty() && capitalized(j) && capitalized(j + 1) && !title_continues_time(j + 1)) return false;
    if (!pod.empty()) ++j;
    f.last = j;
    if (!shared_pod.empty()) pod = shared_pod;
    if (every || (w(j - 1) == "nights" || w(j - 1) == "mornings" || w(j - 1) == "evenings")) {
      f.type = "SET";
      f.value = "XXXX-WXX-" + std::to_string(wd) + (pod.empty() ? "" : "T" + std::string(pod));
      return true;
    }
    // "Friday's lawsuit" (but "this Sunday's elections" is the coming one)
    Scope scope = w(j) == "'s" && j == i + 1 ? Scope::kOwnEvent : Scope::kDay;
    Tense t = outer_tense_ != Tense::kUnknown ? outer_tense_ : tense(i, j, scope);
    // "they will appeal Wednesday's ruling": an act answered is done, whatever
    // the tense of the answer.
    if (scope == Scope::kOwnEvent && t == Tense::kFuture && direction == 0 && done_act_after(j + 1)) t = Tense::kPast;
    Point p = weekday_point(wd, t, direction, anaphoric && day_ref().gran == Gran::kDay ? day_ref() : dct_);
    // "Tillerson arrives in Moscow Tuesday": the coming day, or the day itself.
    if (direction == 0 && !anaphoric && outer_tense_ == Tense::kUnknown && dct_.known() && scheduled_before(i))
      p = upcoming_weekday(wd);
    set_point(f, p);
    if (!pod.empty()) {
      f.type = "TIME";
      if (p.known()) f.value += "T" + std::string(pod);
    }
    return true;
  }

  // "today", "yesterday morning", "tomorrow night", "this morning", "this evening".
  bool relative_day(uint32_t i, Found& f) {
    if (in_name(i)) return false;  // "This is VOA Today": a name
    uint32_t j = i;
    // "late yesterday", "later this afternoon": the modifier belongs to the expression.
    if (w(j) == "late" || w(j) == "early" || w(j) == "later" || w(j) == "earlier") ++j;
    std::string_view pod = part_of_day(w(j));  // "afternoon yesterday"
    if (!pod.empty()) ++j;
    std::string_view t = w(j);
    int delta = t == "yesterday" ? -1 : t == "tomorrow" ? 1 : 0;
    if (t != "today" && t != "yesterday" && t != "tomorrow" && (t != "this" || !pod.empty())) return false;
    if (pod.empty()) pod = part_of_day(w(j + 1)), j += pod.empty() ? 0 : 1;
    if (t == "this" && pod.empty()) return false;
    f.last = j + 1;
    set_point(f, shift(dct_, delta, Unit::kDay));
    if (!pod.empty()) {
      f.type = "TIME";
      if (f.point.known()) f.value += "T" + std::string(pod);
    }
    return true;
  }

  // "October 26, 2017", "Oct. 26", "26 October 2017", "December 2016", "in May",
  // "early November", "mid-November", "June last year", "2017-05-10".
  bool calendar(uint32_t i, Found& f) {
    std::string_view t = raw(i);
    if (t.size() == 10 && t[4] == '-' && t[7] == '-' && is_all_digits(t.substr(0, 4))) {
      f.last = i + 1;
      Date d = Date::parse_iso(t);
      return d.day ? set_point(f, day_point(d)) : false;
    }
    uint32_t j = i;
    std::string_view lw = w(i);
    Tense forced = Tense::kUnknown;  // "last December", "next March"
    if (lw == "early" || lw == "mid" || lw == "late") ++j;
    if (lw == "last" || lw == "next" || lw == "this") ++j, forced = lw == "last" ? Tense::kPast : Tense::kFuture;
    int m = month_after_modifier(j);
    if (forced != Tense::kUnknown && !capital_month(j)) return false;
    int day = 0;
    if (!m && is_all_digits(w(j)) && w(j).size() <= 2 && (m = capital_month(j + 1))) {  // "26 October"
      day = std::stoi(std::string(low_[j]));
      ++j;
    }
    if (!m) return false;
    ++j;
    if (!day && is_all_digits(w(j)) && w(j).size() <= 2 && std::stoi(std::string(low_[j])) >= 1 && std::stoi(std::string(low_[j])) <= 31) {
      day = std::stoi(std::string(low_[j]));
      ++j;
    } else if (int o = ordinal_of(w(j)); !day && o >= 1 && o <= 31) {  // "March eighth", "March 8th"
      day = o;
      ++j;
    }
    int year = 0;
    uint32_t y = j + (w(j) == "," || w(j) == "of" ? 1 : 0);
    if (int n = year_number(y, &y)) {
      year = n;
      j = y;
    } else if ((w(j) == "this" || w(j) == "last" || w(j) == "next") && w(j + 1) == "year" && dct_.known()) {
      year = dct_.year + (w(j) == "last" ? -1 : w(j) == "next" ? 1 : 0);
      j += 2;
    }
    // "May" alone is too often the verb or a name: only with a day, a year or after a preposition.
    if (w(i) == "may" && j == i + 1 && !month_preposition(w(i - 1))) return false;
    // "the March for Life", "the March of the Combatant Mothers": a name.
    if (!day && !year && j == i + 1 && !month_preposition(w(i - 1)) && !month_modifier(w(i - 1)) &&
        (w(j) == "for" || (w(j) == "of" && (w(j + 1) == "the" || capitalized(j + 1)))))
      return false;
    f.last = j;
    if (lw == "this" && !year && dct_.known()) year = dct_.year;  // "this September": this year's, whatever the tense
    // "last November" said in October is the November of the year before,
    // "next March" said in May that of the year after: a month named with
    // "last" or "next" lies on that side of the DCT's month, never in it.
    if ((lw == "last" || lw == "next") && !year && dct_.known() && dct_.sub) {
      year = dct_.year;
      if (lw == "last" && m >= dct_.sub) --year;
      if (lw == "next" && m <= dct_.sub) ++year;
    }
    return set_point(f, month_point(m, day, year, forced != Tense::kUnknown ? forced : tense(i, j, Scope::kMonth)));
  }

  // Prepositions before a month name ("by May"), which the modal never follows.
  static bool month_preposition(std::string_view t) {
    return t == "in" || t == "by" || t == "until" || t == "till" || t == "since" || t == "from" || t == "through" ||
           t == "during" || t == "before" || t == "after" || t == "of" || t == "to";
  }

  static bool month_modifier(std::string_view t) {
    return t == "last" || t == "next" || t == "this" || t == "early" || t == "late" || t == "mid";
  }

  // Month names are capitalised, and not all capitals ("DEC" is a company).
  int capital_month(uint32_t i) const {
    std::string_view r = raw(i);
    if (!capitalized(i) || r.size() < 2 || (r[1] >= 'A' && r[1] <= 'Z')) return 0;
    // A bare abbreviation ("Jan", "Sun") is a name unless a day follows.
    if (r.size() == 3 && !is_all_digits(w(i + 1)) && r != "May") return 0;
    return month_of(w(i));
  }

  // A month name at j, also after "mid-" / "late-" inside the token.
  int month_after_modifier(uint32_t j) {
    if (int m = capital_month(j)) return m;
    std::string_view t = w(j);
    for (std::string_view pre : {"mid-", "early-", "late-"})
      if (t.substr(0, pre.size()) == pre) return month_of(t.substr(pre.size()));
    return 0;
  }

  // "the third quarter", "the 1988 third quarter", "the year-earlier quarter",
  // "the latest quarter", "fourth-quarter", "the quarter", "next year's first quarter".
  bool quarter(uint32_t i, Found& f) {
    uint32_t j = i;
    bool the = w(j) == "the";
    if (the || ((w(j) == "this" || w(j) == "that") && w(j + 1) != "year")) ++j;
    int q = 0, year = 0, shift_years = 0, relative = 0;  // relative: 0 = the, +1 next, -1 previous, 2 latest, 3 current
    bool comparable = false;  // "the corresponding period last year"
    if (w(i) == "this") relative = 3;
    for (;; ++j) {
      std::string_view t = w(j);
      if ((t == "next" || t == "last" || t == "this") && w(j + 1) == "year" && w(j + 2) == "'s") break;
      if (t == "year-ago" || t == "year-earlier") shift_years = -1;
      else if (t == "fiscal") continue;  // fiscal quarters are named like calendar ones
      else if (is_all_digits(t) && t.size() == 4) year = std::stoi(std::string(low_[j]));
      else if (t == "latest" || t == "recent" || t == "just-ended" || t == "past") relative = 2;
      else if (t == "current") relative = 3;
      else if (t == "next" || t == "coming" || t == "following") relative = 1;
      else if (t == "last" || t == "previous" || t == "prior" || t == "preceding") relative = -1;
      else if (t == "same" || t == "comparable" || t == "corresponding") comparable = true;
      else if (t != "calendar")
        break;
    }
    // "next year's first quarter"
    if ((w(j) == "next" || w(j) == "last" || w(j) == "this") && w(j + 1) == "year" && w(j + 2) == "'s" &&
        dct_.known()) {
      year = dct_.year + (w(j) == "next" ? 1 : w(j) == "last" ? -1 : 0);
      j += 3;
    }
    std::string_view t = w(j);
    if (size_t dash = t.find('-'); dash != std::string_view::npos && t.substr(dash + 1) == "quarter") {
      std::string_view o = t.substr(0, dash);
      if (o.substr(0, 7) == "fiscal-") o.remove_prefix(7);
      q = ordinal_of(o);
      if (q < 1 || q > 4) return false;
      ++j;
      // "the third-quarter loss": the determiner is the noun's, not the quarter's.
      if (j > i + 1 && (the || w(i) == "that" || w(i) == "this")) f.first = i + 1;
    } else {
      if (int o = ordinal_of(t); o >= 1 && o <= 4) q = o, ++j;
      else if (t.substr(0, 7) == "fiscal-" && (o = ordinal_of(t.substr(7))) >= 1 && o <= 4) q = o, ++j;
      // "the second and fourth quarters": the first ordinal is a quarter of its own.
      if (q && (w(j) == "and" || w(j) == "or") && ordinal_of(w(j + 1)) >= 1 && ordinal_of(w(j + 1)) <= 4 &&
          w(j + 2) == "quarters") {
        f.first = j - 1;
        f.last = j;
        uint32_t after = j + 3;
        if (int n = w(after) == "of" ? year_number(after + 1, &after) : 0) year = n;  // "... quarters of 1990"
        return set_quarter(f, q, year, relative, i, after);
      }
      if (q && w(j) == "quarters" && (w(j - 2) == "and" || w(j - 2) == "or") && ordinal_of(w(j - 3)) >= 1) {
        f.last = j + 1;
        if (int n = w(j + 1) == "of" ? year_number(j + 2, &f.last) : 0) year = n;
        return set_quarter(f, q, year, relative, i, f.last);
      }
      bool spoken_of = year || shift_years || relative == 2 || comparable;
      if (w(j) == "period" && spoken_of && ref_.gran == Gran::kQuarter) {
      } else if (w(j) == "period" && year && the && j == i + 2) {  // "the 1988 period", no quarter spoken of
        f.last = j + 1;
        return set_point(f, Point{Gran::kYear, year});
      } else if (w(j) != "quarter") {
        return false;
      }
      ++j;
    }
    if (!q && !the && j == i + 1) return false;  // a bare "quarter" is a fraction
    // "of 1990", "last year", "a year earlier"
    if (int n = w(j) == "of" ? year_number(j + 1, &j) : 0) year = n;
    else if (comparable && w(j) == "last" && w(j + 1) == "year" && ref_.gran == Gran::kQuarter)
      shift_years = -1, j += 2;  // "the same period last year": the quarter spoken of, a year before
    else if ((w(j) == "last" || w(j) == "this" || w(j) == "next") && w(j + 1) == "year" && dct_.known())
      year = dct_.year + (w(j) == "last" ? -1 : w(j) == "next" ? 1 : 0), j += 2;
    else if (w(j) == "a" && w(j + 1) == "year" && (w(j + 2) == "ago" || w(j + 2) == "earlier"))
      shift_years = -1, j += 3;
    f.last = j;
    f.anchor = shift_years == 0;
    f.comparison = !q && year;
    f.explicit_year = year != 0;
    Point p = quarter_point(q, year, relative, tense(i, j));
    // (A quarter just named, maybe fiscal, stays the one meant.)
    if (!q && !year && !relative && !shift_years && ref_.gran != Gran::kQuarter) p = quarter_ended(j, p);
    return set_point(f, shift(p, shift_years, Unit::kYear));
  }

  // One of coordinated quarters ("the second and fourth quarters"), whose
  // clause ends at `clause_end`: in a habit ("is usually conducted in the
  // second and fourth quarters") the quarter of every year, a SET.
  bool set_quarter(Found& f, int q, int year, int relative, uint32_t i, uint32_t clause_end) {
    if (!year && !relative && habitual_clause(i)) {
      f.type = "SET";
      f.value = "XXXX-Q" + std::to_string(q);
      return true;
    }
    f.explicit_year = year != 0;
    return set_point(f, quarter_point(q, year, relative, tense(i, clause_end)));
  }
  // A frequency adverb in the 8 words before i ("is usually conducted in").
  bool habitual_clause(uint32_t i) const {
    for (uint32_t k = i; k > begin_ && k + 8 > i; --k) {
      std::string_view t = w(k - 1);
      if (t == "usually" || t == "typically" || t == "normally" || t == "generally" || t == "traditionally")
        return true;
    }
    return false;
  }

  // "the quarter ended July 31": a fiscal quarter is named after the
  // calendar quarter holding most of it, the one of its middle month.
  Point quarter_ended(uint32_t j, const Point& otherwise) {
    if (w(j) != "ended" && w(j) != "ending") return otherwise;
    Found end;
    end.first = j + 1;
    if (!calendar(j + 1, end) || end.point.gran != Gran::kDay) return otherwise;
    Date d = end.point.date();
    Date middle = base::civil_from_days(base::days_from_civil(d) - 45);
    return at(day_point(middle), Gran::kQuarter);
  }

  Point quarter_point(int q, int year, int relative, Tense t) const {
    Point now = at(dct_, Gran::kQuarter);
    if (q) {
      if (year) return {Gran::kQuarter, year, q};
      if (!now.known()) return {};
      // A quarter not yet begun is last year's in a past-tense clause.
      Point p{Gran::kQuarter, now.year, q};
      if (q > now.sub && t != Tense::kFuture) --p.year;
      return p;
    }
    // "the 1988 quarter": the quarter spoken of, in that year.
    // "the last quarter of 2004": the year's final one.
    if (year && relative == -1) return {Gran::kQuarter, year, 4};
    if (year) return {Gran::kQuarter, year, spoken_of_quarter(now).sub};
    switch (relative) {
      case 1: return shift(now, 1, Unit::kQuarter);
      case -1: return shift(now, -1, Unit::kQuarter);
      // "the latest period": the quarter the report is about, when it is
      // later than the last calendar quarter ended (a fiscal fourth quarter
      // ended Sept. 30).
      case 2: return quarter_ref_.known() && quarter_ref_.value() > last_reported(now).value() ? quarter_ref_ : last_reported(now);
      case 3: return now;
      default:
        // "the quarter": the one spoken of, else the one just reported on.
        if (ref_.gran == Gran::kQuarter || quarter_ref_.known()) return spoken_of_quarter(now);
        return t == Tense::kFuture ? now : last_reported(now);
    }
  }

  // "year-end", "year end", "the year's end", "the end of the year": the year.
  bool year_end(uint32_t i, Found& f) {
    uint32_t j = i + (w(i) == "the" ? 1 : 0);
    if (w(j) == "year-end") j += 1;
    else if (w(j) == "year" && w(j + 1) == "end") j += 2;
    else if (w(j) == "year" && w(j + 1) == "'s" && w(j + 2) == "end") j += 3;
    else if (w(j) == "end" && w(j + 1) == "of" && w(j + 2) == "the" && w(j + 3) == "year") j += 4;
    else return false;
    f.last = j;
    // "the end of the year" after "In 2012, ..." is 2012's: "the year" is the one spoken of.
    if (w(i) == "the" && ref_.known() && ref_.gran >= Gran::kYear && !after_dct(ref_)) {
      f.anchor = false;
      return set_point(f, at(ref_, Gran::kYear));
    }
    // "since year-end": the last year-end, before this year's.
    return set_point(f, shift(at(dct_, Gran::kYear), w(i - 1) == "since" ? -1 : 0, Unit::kYear));
  }

  // "the day before last Tuesday's hearing", "the day after Christmas":
  // the day next to a day named.
  bool day_next_to(uint32_t i, Found& f) {
    uint32_t j = i + (w(i) == "the" ? 1 : 0);
    if (w(j) != "day" || (w(j + 1) != "before" && w(j + 1) != "after")) return false;
    uint32_t next = 0;
    Point day = day_at(j + 2, &next, Tense::kUnknown);
    if (!day.known()) {
      Found h;  // a holiday: "the day after Thanksgiving"
      h.first = j + 2;
      if (!holiday(j + 2, h) || h.point.gran != Gran::kDay) return false;
      day = h.point, next = h.last;
    }
    f.last = next;
    return set_point(f, shift(day, w(j + 1) == "before" ? -1 : 1, Unit::kDay));
  }

  // "the end of 1990", "the beginning of October", "the middle of next
  // week": TimeML tags the whole phrase, with the value of the period.
  bool part_of_period(uint32_t i, Found& f) {
    std::string_view part = w(i + 1);
    if (w(i) != "the" || w(i + 2) != "of" ||
        (part != "end" && part != "beginning" && part != "start" && part != "middle" && part != "close"))
      return false;
    Found inner;
    if (!best_match(i + 3, inner) || inner.first != i + 3 || inner.type == "DURATION" || inner.type == "SET")
      return false;
    f = std::move(inner);
    f.first = i;
    return true;
  }

  static Point last_reported(const Point& now) { return shift(now, -1, Unit::kQuarter); }
  // The quarter spoken of: the reference time if a quarter, else the last quarter named.
  Point spoken_of_quarter(const Point& now) const {
    if (ref_.gran == Gran::kQuarter) return ref_;
    return quarter_ref_.known() ? quarter_ref_ : last_reported(now);
  }

  // "year-earlier" / "year-ago" as a modifier ("the year-earlier $4.5
  // million"): the reference period a year before.
  bool year_earlier(uint32_t i, Found& f) {
    if (w(i) != "year-earlier" && w(i) != "year-ago") return false;
    f.last = i + 1;
    f.anchor = false;
    // Both keep a quarter or half spoken of.  A year spoken of before ("Last
    // year losses were $5 million. The year-earlier results...") is no
    // reporting period: whole years count from now.
    Point base = ref_.gran == Gran::kQuarter || ref_.gran == Gran::kHalf ? ref_ : at(dct_, Gran::kYear);
    return set_point(f, shift(base, -1, Unit::kYear));
  }

  // "the first half", "the second half of 1989", "the last half of 1989",
  // "the first two quarters of 1990".
  bool half(uint32_t i, Found& f) {
    uint32_t j = i + (w(i) == "the" ? 1 : 0);
    int h = w(j) == "first" ? 1 : (w(j) == "second" || w(j) == "last" || w(j) == "latter") ? 2 : 0;
    if (h && w(j + 1) == "half") j += 2;
    else if (h && w(j + 1) == "two" && w(j + 2) == "quarters") j += 3;  // "the first two quarters of 1990"
    else return false;
    int year = dct_.known() ? dct_.year : 0;
    if (int n = w(j) == "of" ? year_number(j + 1, &j) : 0) year = n;
    else if (w(j) == "of" && (w(j + 1) == "this" || w(j + 1) == "next" || w(j + 1) == "last") && w(j + 2) == "year")
      year += w(j + 1) == "next" ? 1 : w(j + 1) == "last" ? -1 : 0, j += 3;
    else if (w(j) == "of" && w(j + 1) == "the" && w(j + 2) == "year") j += 3;
    else return false;  // "the first half" alone is too often of a game or a film
    f.last = j;
    return year ? set_point(f, Point{Gran::kHalf, year, h}) : true;
  }

  // "this year", "last month", "next week", "the year", "that day", "the
  // following year", "earlier this year", "late last week", "the weekend".
  bool deictic_unit(uint32_t i, Found& f) {
    uint32_t j = i;
    std::string_view t = w(j);
    if (t == "earlier" || t == "later" || t == "early" || t == "late" || t == "mid" || t == "sometime") t = w(++j);
    // "earlier in the year" ("later in the day" names no day of its own)
    if (j > i && (w(i) == "earlier" || w(i) == "later") && t == "in" && w(j + 1) == "the" && w(j + 2) != "day")
      t = w(++j);
    int rel = 0;  // 0 this, -1 last, +1 next; anaphoric ones count from ref_
    bool anaphoric = false, latest = false;
    if (t == "this" || t == "current") rel = 0;
    else if (t == "last" || t == "past") rel = -1;
    else if (t == "next" || t == "coming") rel = 1;
    else if (t == "that" || t == "the") {
      anaphoric = true;
      if (t == "that" && w(j + 1) == "same") ++j;  // "that same day"
      if (t == "the") {
        std::string_view m = w(j + 1);
        if (m == "following" || m == "next") rel = 1, ++j;
        else if (m == "previous" || m == "prior" || m == "preceding") rel = -1, ++j;
        else if (m == "current" || m == "present") anaphoric = false, ++j;
        else if (m == "past" || m == "last") anaphoric = false, rel = -1, ++j;
        else if (m == "latest") anaphoric = false, rel = -1, latest = true, ++j;  // "the latest fiscal year"
        else if (m == "coming") anaphoric = false, rel = 1, ++j;
        else if (m == "same" || m == "full" || m == "entire" || m == "whole") ++j;
      }
    } else {
      return false;
    }
    ++j;
    if (w(j) == "fiscal" || w(j) == "calendar") ++j;
    std::string_view u = w(j);
    if (title_word(j)) return false;  // "This Week with David Brinkley"
    Gran g = u == "year" ? Gran::kYear : u == "month" ? Gran::kMonth : u == "week" ? Gran::kWeek
           : u == "weekend" ? Gran::kWeekend : u == "day" ? Gran::kDay : u == "decade" ? Gran::kDecade
           : u == "century" ? Gran::kCentury : Gran::kNone;
    if (g == Gran::kNone || (latest && g != Gran::kYear && g != Gran::kMonth)) return false;
    // "the day" and "the week" alone are too often not dates ("the day of the vote" is, but rarely).
    if (w(i) == "the" && j == i + 1 && (g == Gran::kDay || g == Gran::kDecade || g == Gran::kCentury))
      return false;
    f.last = j + 1;
    // "the week of March 6": the week holding that day.
    if ((g == Gran::kWeek || g == Gran::kWeekend) && w(i) == "the" && rel == 0 && w(j + 1) == "of") {
      uint32_t next = 0;
      Point day = day_at(j + 2, &next, tense(i, j + 1));
      if (day.known()) {
        f.last = next;
        Point p = at(day, Gran::kWeek);
        if (g == Gran::kWeekend) p.gran = Gran::kWeekend;
        return set_point(f, p);
      }
    }
    Point base = !anaphoric ? dct_ : g == Gran::kDay ? day_ref() : ref_;
    // "the weekend" is the one nearest the publication date; "that weekend" the one spoken of.
    if (g == Gran::kWeekend && (t != "that" || base.gran < Gran::kWeek)) base = dct_;
    if (!base.known()) return true;
    if (base.gran < g && anaphoric) return false;  // "that day" after "1998": no such point to name
    if (g == Gran::kWeekend) return set_point(f, weekend_point(base, rel, tense(i, j + 1)));
    if (g == Gran::kYear && ended_period(j + 1, f, "P1Y")) return true;
    // "over the past decade" said in 2016 is the ten years up to now, not
    // the 2000s; so is "the past century" the hundred years up to now (but
    // "the last century" is the 1900s).
    if (rel == -1 && ((g == Gran::kDecade && (w(j - 1) == "past" || w(j - 1) == "last")) ||
                      (g == Gran::kCentury && w(j - 1) == "past"))) {
      f.type = "DURATION";
      f.value = duration(g == Gran::kDecade ? 10 : 100, Unit::kYear);
      return true;
    }
    Unit unit = g == Gran::kYear ? Unit::kYear : g == Gran::kMonth ? Unit::kMonth : g == Gran::kWeek ? Unit::kWeek
              : g == Gran::kDay ? Unit::kDay : g == Gran::kDecade ? Unit::kDecade : Unit::kCentury;
    return set_point(f, shift(at(base, g), rel, unit));
  }

  // The weekend of the week of `day` moved by rel weeks; "this weekend" /
  // "the weekend" in a past-tense clause is the one last before the day.
  Point weekend_point(const Point& day, int rel, Tense t) const {
    Point d = day;
    if (rel == 0 && t == Tense::kPast && d.gran == Gran::kDay) {
      int wd = base::weekday(d.date());
      if (wd < 6) d = shift(d, -wd, Unit::kDay);  // back to last Sunday
    }
    Point p = shift(at(d, Gran::kWeek), rel, Unit::kWeek);
    p.gran = Gran::kWeekend;
    return p;
  }

  // "the year ended June 30", "the quarter ending Sept. 30" name a stretch of
  // time (the fiscal period), a DURATION in TimeML.
  bool ended_period(uint32_t j, Found& f, const char* value) {
    if (w(j) != "ended" && w(j) != "ending" && w(j) != "ends") return false;
    f.type = "DURATION";
    f.value = value;
    f.point = {};
    return true;
  }

  // "last fall", "this summer", "the winter of 1994", "early summer", "spring".
  bool season(uint32_t i, Found& f) {
    uint32_t j = i;
    int rel = 2;  // 2 = bare season: this year's
    std::string_view t = w(j);
    if (t == "this") rel = 0, ++j;
    else if (t == "last" || t == "past") rel = -1, ++j;
    else if (t == "next" || t == "coming") rel = 1, ++j;
    else if (t == "the") rel = 3, ++j;  // the one of the reference year
    else if (t == "this" && w(j + 1) == "past") rel = -1, j += 2;
    if (w(j) == "past" && rel == 0) rel = -1, ++j;
    if (w(j) == "early" || w(j) == "late" || w(j) == "mid") ++j;
    std::string_view s = season_of(w(j));
    if (s.empty()) return false;
    // "the ``Spring of Life'' demonstrations", "the Summer of Love": a title.
    if (capitalized(j) && w(j + 1) == "of" && capitalized(j + 2)) return false;
    ++j;
    Point base = rel == 3 ? ref_ : dct_;
    int year = base.known() ? base.year : 0;
    if (int n = w(j) == "of" ? year_number(j + 1, &j) : 0) year = n;
    else if (rel == 2 && i == j - 1 && !capitalized(i) && w(i - 1) != "in" && w(i - 1) != "this") return false;
    else if (rel == -1 || rel == 1) year += rel_year_for_season(s, rel);
    f.last = j;
    if (!year) return true;
    Point p{Gran::kSeason, year};
    p.season = s;
    return set_point(f, p);
  }

  // Years to add for "last summer" / "next winter": the last such season
  // that has begun before the publication date, or the next one after it.
  int rel_year_for_season(std::string_view s, int rel) const {
    if (!dct_.known()) return 0;
    int start = s == "SP" ? 3 : s == "SU" ? 6 : s == "FA" ? 9 : 12;
    if (rel < 0) return dct_.sub > start ? 0 : -1;
    return dct_.sub < start ? 0 : 1;
  }

  // "the 1990s", "1990s", "the '80s", "the late 1970s", "the mid-1990s",
  // "the nineties", "the 20th century".
  bool decade(uint32_t i, Found& f) {
    uint32_t j = i + (w(i) == "the" ? 1 : 0);
    if (w(j) == "early" || w(j) == "late" || w(j) == "mid") ++j;
    std::string_view t = w(j);
    if (t.substr(0, 4) == "mid-" || t.substr(0, 6) == "early-" || t.substr(0, 5) == "late-")
      t = t.substr(t.find('-') + 1);
    int year = -1;
    if (t.size() == 5 && t.back() == 's' && is_all_digits(t.substr(0, 4)) && t[3] == '0') {
      year = std::stoi(std::string(t.substr(0, 4)));
    } else if (t == "'" && w(j + 1).size() == 3 && w(j + 1)[1] == '0' && w(j + 1)[2] == 's' &&
               is_all_digits(w(j + 1).substr(0, 2))) {
      year = 1900 + std::stoi(std::string(w(j + 1).substr(0, 2)));
      ++j;
    } else if (t.size() == 4 && t[0] == '\'' && t[2] == '0' && t[3] == 's') {
      year = 1900 + (t[1] - '0') * 10;
    } else if (int d = decade_word(t); d > 0 && j > i) {
      year = 1900 + d;
    } else if (int c = ordinal_of(t); c > 0 && c <= 21 && (w(j + 1) == "century" || w(j + 1) == "centuries")) {
      f.last = j + 2;
      return set_point(f, Point{Gran::kCentury, (c - 1) * 100});
    }
    if (year < 0) return false;
    f.last = j + 1;
    return set_point(f, Point{Gran::kDecade, year});
  }

  // A year written out at i: "1994", "nineteen ninety-four"; 0 if none.  Sets *next.
  int year_number(uint32_t i, uint32_t* next) const {
    std::string_view t = w(i);
    if (t.size() == 4 && is_all_digits(t)) {
      *next = i + 1;
      return std::stoi(std::string(low_[i]));
    }
    int rest = number_of(w(i + 1));
    if (t == "nineteen" && rest >= 10 && rest < 100 && !is_all_digits(w(i + 1))) {
      *next = i + 2;
      return 1900 + rest;
    }
    return 0;
  }

  // "1987", "mid-1996", "fiscal 1988", "nineteen ninety-six", "the year two thousand".
  bool year(uint32_t i, Found& f) {
    uint32_t j = i;
    if (w(j) == "fiscal" || w(j) == "calendar") ++j;
    uint32_t after_year = 0;
    if (j > i && w(j) == "year" && year_number(j + 1, &after_year)) ++j;  // "fiscal year 2016"
    if (w(j) == "the" && w(j + 1) == "year") j += 2;
    if ((w(j) == "early" || w(j) == "late" || w(j) == "mid") && j == i) ++j;  // "early 1990"
    std::string_view t = w(j);
    for (std::string_view pre : {"mid-", "early-", "late-", "post-", "pre-"})
      if (t.substr(0, pre.size()) == pre) t.remove_prefix(pre.size());
    int y = -1;
    if (t.size() == 4 && is_all_digits(t)) {
      y = std::stoi(std::string(t));
      std::string_view next = w(j + 1);
      if (next == "%" || next == "percent" || unit_of(next) != Unit::kNone) return false;
      // A number in a list of amounts ("1,500") is split by the tokenizer; skip "$ 1987" and ", 000".
      if (w(i - 1) == "$" || (next == "," && is_all_digits(w(j + 2)) && w(j + 2).size() == 3)) return false;
      // "a joint venture called Orion 1980", "Euro 2004": a year after a name word belongs to the name.
      if (j == i && after_name_word(i)) return false;
      ++j;
    } else if (t == "nineteen" && number_of(w(j + 1)) >= 10 && number_of(w(j + 1)) < 100) {
      y = 1900 + number_of(w(j + 1));
      j += 2;
    } else if (t == "two" && w(j + 1) == "thousand" && j >= i + 2) {
      y = 2000;
      j += 2;
    }
    if (y < 1000 || y > 2100) return false;
    f.last = j;
    return set_point(f, Point{Gran::kYear, y});
  }

  // "two days ago", "a year earlier", "six weeks ago", "several years ago", "ten days later".
  bool shifted(uint32_t i, Found& f) {
    uint32_t j = skip_hedge(i);
    Quantity q;
    if (!quantity(j, q)) return false;
    j = q.next;
    if (w(j) == "or" && w(j + 1) == "so") j += 2;
    Unit u = unit_of(w(j));
    if (u == Unit::kNone || u < Unit::kDay) return false;
    ++j;
    if (w(j) == "or" && w(j + 1) == "so") j += 2;
    std::string_view dir = w(j);
    bool ago = dir == "ago" || (dir == "from" && w(j + 1) == "now");
    // "90 days after the vote", "three days later", "a day earlier" are
    // durations with a signal in TimeML; "a year earlier" is a date.
    bool rel = dir == "earlier" && u > Unit::kDay;
    if (!ago && !rel) return false;
    if (rel && (w(j + 1) == "than" || w(j + 1) == "the" || w(j + 1) == "that")) return false;  // "before the vote"
    f.last = j + (dir == "from" ? 2 : 1);
    f.anchor = false;
    if (q.n < 0) {
      f.value = dir == "later" || dir == "after" || dir == "from" ? "FUTURE_REF" : "PAST_REF";
      return true;
    }
    int n = (dir == "ago" || dir == "earlier" || dir == "before") ? -q.n : q.n;
    // The point moved keeps the reference's quarter ("a year earlier" after
    // "the third quarter" is last year's third quarter), else the unit's size.
    Gran size = u == Unit::kDay ? Gran::kDay : u == Unit::kWeek ? Gran::kWeek : u == Unit::kMonth ? Gran::kMonth
                                                                               : Gran::kYear;
    Point base = at(rel ? ref_ : dct_, size);  // "a year earlier" than a day is a year
    if (u >= Unit::kYear && (ref_.gran == Gran::kQuarter || ref_.gran == Gran::kHalf)) base = ref_;
    return set_point(f, shift(base, n, u));
  }

  // "every week", "each year", "every other day", "each July", "$5 a share a year".
  bool set(uint32_t i, Found& f) {
    uint32_t j = i;
    std::string_view t = w(j);
    bool every = t == "every" || t == "each" || t == "per";
    if (!every) {
      // "a week" after a frequency: "twice a week", "three times a year"
      if ((t == "a" || t == "an") && unit_of(w(j + 1)) != Unit::kNone && w(j + 1).back() != 's' &&
          (w(i - 1) == "twice" || w(i - 1) == "times" || w(i - 1) == "once")) {
        f.last = j + 2;
        f.type = "SET";
        f.value = duration(1, unit_of(w(j + 1)));
        return true;
      }
      return false;
    }
    ++j;
    int n = 1;
    if (w(j) == "other") n = 2, ++j;
    else if (int k = number_of(w(j)); k > 1 && unit_of(w(j + 1)) != Unit::kNone) n = k, ++j;
    f.type = "SET";
    if (int m = capital_month(j)) {
      f.last = j + 1;
      f.value = "XXXX-" + std::string(m < 10 ? "0" : "") + std::to_string(m);
      return true;
    }
    Unit u = unit_of(w(j));
    if (u == Unit::kNone) return false;
    f.last = j + 1;
    f.value = duration(n, u);
    return true;
  }

  // "three days", "25 minutes", "a three-day visit", "the past two years",
  // "2 1/2 years", "several months", "recent weeks", "at least 20 more years".
  bool duration_rule(uint32_t i, Found& f) {
    uint32_t j = i;
    if (w(j) == "the" && (w(j + 1) == "past" || w(j + 1) == "last" || w(j + 1) == "next" ||
                          w(j + 1) == "coming" || w(j + 1) == "first" || w(j + 1) == "previous"))
      j += 2;
    else if (w(j) == "recent" || w(j) == "coming" || w(j) == "past" || w(j) == "future")
      return vague_reference(i, j + 1, f);
    else if (w(j) == "the" && number_of(w(j + 1)) > 1)  // "the nine months": TimeML keeps the determiner
      ++j;
    else if (w(j) == "the" && number_of(w(j + 2)) > 1 && period_modifier(w(j + 1)))  // "the latest nine months"
      j += 2;
    if (hyphenated_duration(j, f)) return f.first = i, true;
    j = skip_hedge(j);
    Quantity q;
    if (!quantity(j, q)) {
      // "the next few days", "the past several years" (also "the last few")
      if (j > i && (w(j) == "few" || w(j) == "several")) q.n = -1, q.next = j + 1;
      else return false;
    }
    j = q.next;
    if (w(j) == "more" || w(j) == "additional" || w(j) == "straight" || w(j) == "consecutive" ||
        w(j) == "full" || w(j) == "trading" || w(j) == "business")
      ++j;
    if (w(j) == "to" || w(j) == "or") {  // "two to three weeks", "12 to 18 months"
      Quantity upper;
      if (quantity(j + 1, upper) && upper.n > 0) q.n = -1, j = upper.next;
    }
    Unit u = unit_of(w(j));
    if (u == Unit::kNone || title_word(j)) return false;
    // "a second term", "a quarter of the vote", "52 years old": no durations.
    bool article = w(q.next - 1) == "a" || w(q.next - 1) == "an";
    if (article && j == i + 1 && rate_after(i)) return false;
    if (article && (u == Unit::kSecond || u == Unit::kQuarter) && w(j).back() != 's') return false;
    if (w(j + 1) == "old" || (w(j + 1) == "of" && w(j + 2) == "age")) return false;
    f.last = j + 1;
    if (w(j + 1) == "and" && w(j + 2) == "a" && w(j + 3) == "half") q.half = true, f.last = j + 4;
    f.type = "DURATION";
    f.value = q.half ? half_duration(q.n, u) : duration(q.n, u);
    std::string_view before = w(i) == "the" ? "the" : w(i - 1);  // "the nine months", "the first nine months"
    f.part_of_year = u == Unit::kMonth && q.n > 1 && q.n < 12 &&
                     (before == "the" || before == "first" || before == "latest");
    return true;
  }

  // Words between "the" and a stretch of a year that compare it with another:
  // "the year-earlier nine months", "the latest six months".
  static bool period_modifier(std::string_view t) {
    return t == "year-earlier" || t == "year-ago" || t == "latest" || t == "comparable" || t == "same" ||
           t == "corresponding";
  }

  // "for weeks", "within days", "for centuries", "the first time in years":
  // an unspecified number of units; TimeML leaves the preposition out.
  bool bare_plural(uint32_t i, Found& f) {
    if (w(i) == "the") return the_plural(i, f);
    std::string_view t = w(i), p = w(i - 1);
    if (t.size() < 4 || t.back() != 's' || title_word(i)) return false;
    if (p != "for" && p != "within" && !(p == "in" && span_up_to_now_after_in(i))) return false;
    Unit u = unit_of(t);
    if (u < Unit::kHour || w(i + 1) == "of") return false;  // "for days of talks" is no span of time
    f.last = i + 1;
    f.type = "DURATION";
    f.value = duration(-1, u);
    return true;
  }

  // "the highest level in years", "the first time in decades", "expected in
  // weeks": after "in", a bare plural is the stretch up to (or from) now.
  // Not "in years past" or "in days to come", which name a vague time
  // (the expression is then longer than the unit), nor "in hours of talks".
  bool span_up_to_now_after_in(uint32_t i) {
    std::string_view next = w(i + 1);
    if (next == "past" || next == "gone" || next == "ahead" || next == "of") return false;
    if (next == "to" && w(i + 2) == "come") return false;
    return true;
  }

  // "the weeks ahead", "over the years", "the first hours": unspecified
  // stretches that TimeML tags with their determiner.
  bool the_plural(uint32_t i, Found& f) {
    // "the first hours of the war", "the early years": the opening stretch of something.
    std::string_view edge = w(i + 1);
    uint32_t j = i + 1;
    if (edge == "first" || edge == "early" || edge == "final" || edge == "opening" || edge == "closing") ++j;
    std::string_view t = w(j);
    Unit u = unit_of(t);
    if (u < Unit::kHour || t.back() != 's' || (u == Unit::kHour && j == i + 1)) return false;
    bool ahead = w(j + 1) == "ahead";
    if (!ahead && w(i - 1) != "over" && j == i + 1) return false;
    f.last = j + (ahead ? 2 : 1);
    f.type = "DURATION";
    f.value = duration(-1, u);
    return true;
  }

  // "the morning", "mid afternoon", "the next morning": a part of the day
  // spoken of (or of the publication day).
  bool part_of_day_alone(uint32_t i, Found& f) {
    uint32_t j = i + 1;
    int shift_days = 0;
    if (w(i) == "the" && (w(j) == "next" || w(j) == "following")) shift_days = 1, ++j;
    else if (w(i) == "that" && day_ref().gran != Gran::kDay) return false;  // "that evening": of a day spoken of
    else if (w(i) != "the" && w(i) != "that" && w(i) != "mid" && w(i) != "early" && w(i) != "late") return false;
    std::string_view pod = part_of_day(w(j));
    // "the night" is often no time ("the night was cold"); "that night",
    // "the next night" are the night of a day spoken of.
    if (pod.empty() || (pod == "NI" && w(i) != "that" && !shift_days) || w(j).back() == 's') return false;
    f.last = j + 1;
    f.type = "TIME";
    Point day = shift(day_ref().gran == Gran::kDay ? day_ref() : dct_, shift_days, Unit::kDay);
    if (day.known()) f.value = day.value() + "T" + std::string(pod);
    return true;
  }

  // "April 24 and 25", "March 3 or 4": the second day of the same month.
  bool second_day(uint32_t i, Found& f) {
    std::string_view t = w(i), link = w(i - 1);
    if (t.size() > 2 || !is_all_digits(t) || (link != "and" && link != "or")) return false;
    if (last_.last != i - 1 || last_.point.gran != Gran::kDay || i < 2 || !is_all_digits(w(i - 2))) return false;
    int day = std::stoi(std::string(low_[i]));
    Point p = last_.point;
    if (day <= p.day || day > base::days_in_month(p.year, p.sub)) return false;
    p.day = day;
    f.last = i + 1;
    return set_point(f, p);
  }

  // "Today is the eighth day of the operation", "It's the second day of an
  // offensive": the ordinal day of a stretch, said in the present, is the
  // day of writing.
  bool day_of_stretch(uint32_t i, Found& f) {
    uint32_t j = i + (w(i) == "the" ? 1 : 0);
    std::string_view copula = w(i - 1);
    if (i == begin_ || (copula != "is" && copula != "'s")) return false;
    if (!ordinal_of(w(j)) || w(j + 1) != "day" || w(j + 2) != "of" || !dct_.known()) return false;
    f.last = j + 2;
    f.anchor = false;
    return set_point(f, dct_);
  }

  // "$1.76 a year", "358,000 a month": a rate after an amount, which TimeML
  // mostly leaves unannotated.
  bool rate_after(uint32_t i) const {
    std::string_view p = w(i - 1);
    if (p.empty()) return false;
    if ((p[0] >= '0' && p[0] <= '9') || p == "million" || p == "billion" || p == "thousand") return true;
    // "four flights a week", "700 seats a week": a count of things per unit.
    Quantity q;
    return p.size() > 3 && p.back() == 's' && unit_of(p) == Unit::kNone && quantity(i - 2, q) && q.n > 1;
  }

  // "will one day be", "he one day follow": "one day" after a modal or a
  // subject is an indefinite future time, not a duration.
  bool some_day(uint32_t i, Found& f) {
    if (w(i) != "one" || w(i + 1) != "day") return false;
    std::string_view p = w(i - 1);
    static constexpr std::string_view kBefore[] = {"will", "would", "could", "can", "may", "might", "should",
                                                  "must", "he", "she", "they", "we", "i", "you", "it"};
    if (std::find(std::begin(kBefore), std::end(kBefore), p) == std::end(kBefore)) return false;
    f.last = i + 2;
    f.value = "FUTURE_REF";
    return true;
  }

  // "recent years", "past weeks" (PAST_REF) / "coming months" (FUTURE_REF).
  bool vague_reference(uint32_t i, uint32_t j, Found& f) {
    Unit u = unit_of(w(j));
    if (u == Unit::kNone || w(j).back() != 's') return false;
    f.last = j + 1;
    if (w(j + 1) == "and" && unit_of(w(j + 2)) != Unit::kNone) f.last = j + 3;  // "recent weeks and months"
    // "in recent weeks", "in coming months": an unspecified number of weeks
    // up to or from now, as "the past few weeks" and "the next few weeks".
    if ((w(i) == "recent" || w(i) == "coming") && f.last == j + 1) {
      f.type = "DURATION";
      f.value = duration(-1, u);
      return true;
    }
    f.value = w(i) == "recent" || w(i) == "past" ? "PAST_REF" : "FUTURE_REF";
    return true;
  }

  // "three-day", "25-minute", "10-year", "8-month-old", "day-long", "decades-long".
  bool hyphenated_duration(uint32_t i, Found& f) {
    std::string_view t = w(i);
    size_t dash = t.find('-');
    if (dash == std::string_view::npos || dash == 0) return false;
    std::string_view head = t.substr(0, dash), rest = t.substr(dash + 1);
    if (rest == "long" && unit_of(head) != Unit::kNone) {  // "day-long", "decades-long"
      f.last = i + 1;
      f.type = "DURATION";
      f.value = duration(head.back() == 's' ? -1 : 1, unit_of(head));
      return true;
    }
    bool vague = head == "several" || head == "multi" || head == "many";  // "a several-year tenure"
    int n = vague ? -1 : number_of(head);
    if (size_t dash2 = rest.find('-'); dash2 != std::string_view::npos) {
      if (rest.substr(dash2) == "-old") return false;  // an age: "a 6-year-old boy"
      rest = rest.substr(0, dash2);
    }
    Unit u = unit_of(rest);
    if ((n <= 0 && !vague) || u == Unit::kNone || rest.back() == 's') return false;
    f.last = i + 1;
    f.type = "DURATION";
    f.value = duration(n, u);
    return true;
  }

  // n and a half units: "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M.
  static std::string half_duration(int n, Unit u) {
    switch (u) {
      case Unit::kYear: return "P" + std::to_string(n) + "Y6M";
      case Unit::kMonth: return "P" + std::to_string(n) + "M15D";
      case Unit::kWeek: return "P" + std::to_string(n * 7 + 3) + "DT12H";
      case Unit::kDay: return "P" + std::to_string(n) + "DT12H";
      case Unit::kHour: return "PT" + std::to_string(n) + "H30M";
      case Unit::kMinute: return "PT" + std::to_string(n) + "M30S";
      default: return duration(n, u);
    }
  }

  // "Thanksgiving Day", "last Christmas", "Election Day" (data/time/holidays.tsv).
  bool holiday(uint32_t i, Found& f) {
    uint32_t j = i;
    Tense forced = w(j) == "last" ? Tense::kPast : w(j) == "next" || w(j) == "this" ? Tense::kFuture : Tense::kUnknown;
    if (forced != Tense::kUnknown) ++j;
    if (!capitalized(j) || !lexicon().holiday_starts.count(w(j))) return false;
    const Holiday* best = nullptr;
    for (const Holiday& h : lexicon().holidays)
      if ((!best || h.words.size() > best->words.size()) && at_words(j, h.words)) best = &h;
    if (!best) return false;
    j += best->words.size();
    // "Easter Island", "Christmas Island": a name goes on in capitals.
    if (capitalized(j) && !weekday_of(w(j)) && !month_of(w(j))) return false;
    // "the Labor Day weekend", "Easter week": the weekend or week of the holiday.
    Gran around = w(j) == "weekend" ? Gran::kWeekend : w(j) == "week" ? Gran::kWeek : Gran::kDay;
    if (around != Gran::kDay) ++j;
    f.last = j;
    // "Christmas 2015", "before Easter in 1144" (the year tagged on its own):
    // the year named after it.
    auto year_at = [&](uint32_t k) { return w(k).size() == 4 && is_all_digits(w(k)) ? std::stoi(std::string(w(k))) : 0; };
    int year = year_at(j);
    if (year) f.last = ++j;
    else if (w(j) == "in" || w(j) == "of") year = year_at(j + 1);
    // "In 2017, ... the week before Easter", "last year on Easter": the year
    // named before it in the sentence.
    if (!year && forced == Tense::kUnknown && last_.first >= begin_ && last_.last <= i &&
        last_.point.gran == Gran::kYear && last_.type == "DATE")
      year = last_.point.year;
    Point month = year ? Point{Gran::kMonth, year, best->month}
                       : month_point(best->month, 0, 0, forced != Tense::kUnknown ? forced : tense(i, j, Scope::kMonth));
    if (!month.known()) return true;
    Point day{Gran::kDay, month.year, best->month, best->day};
    if (best->easter && month.year < 1583) return set_point(f, at(month, Gran::kYear));  // before the Gregorian computus
    if (best->easter) day = shift(easter_sunday(month.year), best->day, Unit::kDay);
    if (best->weekday) day = shift(day, (best->weekday - base::weekday(day.date()) + 7) % 7, Unit::kDay);
    if (around == Gran::kWeek) return set_point(f, at(day, Gran::kWeek));
    if (around == Gran::kWeekend) return set_point(f, weekend_of_holiday(day));
    return set_point(f, day);
  }

  // Western Easter Sunday of `year` (the Gregorian computus: the Sunday after
  // the ecclesiastical full moon on or after March 21).
  static Point easter_sunday(int year) {
    int golden = year % 19, century = year / 100, in_century = year % 100;
    int leap_skips = century / 4, skipped = century % 4;
    int moon_fix = (century + 8) / 25, moon_shift = (century - moon_fix + 1) / 3;
    int epact = (19 * golden + century - leap_skips - moon_shift + 15) % 30;
    int dominical = (32 + 2 * skipped + 2 * (in_century / 4) - epact - in_century % 4) % 7;
    int correction = (golden + 11 * epact + 22 * dominical) / 451;
    int month = (epact + dominical - 7 * correction + 114) / 31;
    int day = (epact + dominical - 7 * correction + 114) % 31 + 1;
    return Point{Gran::kDay, year, month, day};
  }

  // The weekend a holiday belongs to: a Monday or Tuesday holiday ends the
  // weekend before it ("Labor Day weekend"), a later weekday opens the one
  // after it ("Thanksgiving weekend"), a Saturday or Sunday is in its own.
  static Point weekend_of_holiday(const Point& day) {
    int wd = base::weekday(day.date());  // 1 = Monday .. 7 = Sunday
    Point saturday = shift(day, wd <= 2 ? -1 - wd : 6 - wd, Unit::kDay);
    Point p = at(saturday, Gran::kWeek);
    p.gran = Gran::kWeekend;
    return p;
  }

  // The fixed phrases of data/time/phrases.tsv.
  bool phrase(uint32_t i, Found& f) {
    if (in_name(i)) return false;  // "This is VOA Today", "High Noon"
    if (!lexicon().phrase_starts.count(w(i))) return false;
    const Phrase* best = nullptr;
    for (const Phrase& p : lexicon().phrases)
      if ((!best || p.words.size() > best->words.size()) && at_words(i, p.words)) best = &p;
    if (!best) return false;
    f.last = i + best->words.size();
    f.type = best->type;
    f.value = best->value;
    for (auto [key, delta] : {std::pair{"{today}", 0}, {"{yesterday}", -1}, {"{tomorrow}", 1}, {"{eve}", -1}}) {
      size_t at = f.value.find(key);
      if (at == std::string::npos) continue;
      Point d = shift(dct_, delta, Unit::kDay);
      if (std::string_view(key) == "{eve}") d = eve(i, f.last);
      f.value = d.known() ? f.value.replace(at, std::string_view(key).size(), d.value()) : "";
    }
    return true;
  }

  // "London shares fell on overnight losses in New York": the night before
  // the day spoken of (the last day named, else the day of writing); in a
  // clause that looks ahead ("talks will go on overnight"), that day's own.
  Point eve(uint32_t first, uint32_t last) const {
    Point day = day_ref().gran == Gran::kDay ? day_ref() : dct_;
    return shift(day, tense(first, last) == Tense::kFuture ? 0 : -1, Unit::kDay);
  }

  Document& doc_;
  Point dct_;       // the publication day (unknown without one)
  Point ref_;       // the reference time of anaphoric expressions
  Point coming_day_;  // a day after the publication date named since ref_ was set
  // The last quarter named: a report on "the fiscal first quarter" goes on
  // about "the quarter" after other dates ("Earlier this month, the company
  // said it expected to break even for the quarter").
  Point quarter_ref_;
  Found last_;      // the expression found last
  Tense outer_tense_ = Tense::kUnknown;  // tense of an expression whose day is being read (day_at)
  // Lower-cased tokens, views into the document: w() is asked thousands of times a
  // sentence, and an index here costs far less than Document::token_lower each time.
  std::vector<std::string_view> low_;
  uint32_t begin_ = 0, end_ = 0;  // the sentence being tagged
};

// The day the story itself is dated: a wire dateline's date ("WASHINGTON,
// August 13 (Xinhua) --") in the first paragraphs, when it lies in the week
// up to the day after the given date, which may be the day an archive
// received the story; "Thursday" in it counts from the dateline.  Else `dct`.
Date story_day(const Document& doc, const Date& dct) {
  if (!dct.known()) return dct;
  for (size_t b = 0; b < doc.blocks.size() && b < 3; ++b) {
    std::string_view text = doc.view(doc.blocks[b].text);
    size_t lead = text.find_first_not_of(" \t\r\n");
    if (lead == std::string_view::npos) continue;
    Date d = clean::dateline_date(text.substr(lead), dct);
    if (!d.known()) continue;
    long gap = base::days_from_civil(d) - base::days_from_civil(dct);
    return gap >= -7 && gap <= 1 ? d : dct;
  }
  return dct;
}

}  // namespace

void tag_timexes(Document& doc, const Date& dct) {
  doc.timexes.clear();
  Tagger tagger(doc, story_day(doc, dct));
  for (const Sentence& s : doc.sentences)
    if (is_event_source(doc.blocks[s.block].kind)) tagger.sentence(s);
}

}  // namespace parley::time
