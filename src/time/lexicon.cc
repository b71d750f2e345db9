#include "time/lexicon.h"

#include <cstdio>
#include <set>
#include <unordered_set>

#include "base/calendar.h"
#include "base/text.h"
#include "parley/data.h"
#include "time/timepoint.h"

namespace parley::time {
namespace {

constexpr std::string_view kUnits[] = {"zero",    "one",     "two",       "three",    "four",    "five",    "six",
                        "seven",   "eight",   "nine",      "ten",      "eleven",  "twelve",  "thirteen",
                        "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
constexpr std::string_view kTens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::string_view kOrdinals[] = {"",        "first", "second", "third",  "fourth",   "fifth",   "sixth",
                           "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};

int word_number(std::string_view w) {
  for (int n = 0; n < 20; ++n)
    if (w == kUnits[n]) return n;
  for (int t = 2; t < 10; ++t)
    if (w == kTens[t]) return t * 10;
  if (w == "dozen") return 12;
  if (w == "hundred") return 100;
  return -1;
}

std::vector<std::string> words_of(std::string_view phrase) { return base::split(phrase, ' '); }

}  // namespace

bool is_all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

int month_of(std::string_view w) { return base::month_of(w); }

int weekday_of(std::string_view w) { return base::weekday_of(w); }

int number_of(std::string_view w) {
  if (is_all_digits(w)) return w.size() <= 6 ? std::stoi(std::string(w)) : -1;
  if (int n = word_number(w); n >= 0) return n;
  // "twenty-four"
  if (size_t dash = w.find('-'); dash != std::string_view::npos) {
    int tens = word_number(w.substr(0, dash)), unit = word_number(w.substr(dash + 1));
    if (tens >= 20 && tens % 10 == 0 && tens < 100 && unit > 0 && unit < 10) return tens + unit;
  }
  return -1;
}

int ordinal_of(std::string_view w) {
  for (int n = 1; n <= 12; ++n)
    if (w == kOrdinals[n]) return n;
  if (w.size() >= 3 && is_all_digits(w.substr(0, w.size() - 2))) {
    std::string_view suffix = w.substr(w.size() - 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")
      return std::stoi(std::string(w.substr(0, w.size() - 2)));
  }
  return 0;
}

int decade_word(std::string_view w) {
  static constexpr std::string_view decades[] = {"", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                  "eighties", "nineties"};
  for (int d = 2; d < 10; ++d)
    if (w == decades[d]) return d * 10;
  return -1;
}

std::string_view part_of_day(std::string_view w) {
  if (w == "morning" || w == "mornings") return "MO";
  if (w == "afternoon" || w == "afternoons" || w == "mid-afternoon") return "AF";
  if (w == "evening" || w == "evenings") return "EV";
  if (w == "night" || w == "nights") return "NI";
  return "";
}

std::string_view season_of(std::string_view w) {
  if (w == "spring") return "SP";
  if (w == "summer") return "SU";
  if (w == "fall" || w == "autumn") return "FA";
  if (w == "winter") return "WI";
  return "";
}

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    for (std::string_view line : data::lines("time/phrases.tsv")) {
      std::vector<std::string> cols = base::split(line, '\t');
      if (cols.size() < 3) continue;
      l.phrases.push_back({words_of(cols[0]), cols[1], cols[2]});
    }
    for (std::string_view line : data::lines("time/holidays.tsv")) {
      std::vector<std::string> cols = base::split(line, '\t');
      Holiday h;
      if (cols.size() >= 2 && cols[1].rfind("easter", 0) == 0) {  // "easter-2": Good Friday
        if (std::sscanf(cols[1].c_str() + 6, "%d", &h.day) != 1) continue;
        h.easter = true;
        // The month it mostly falls in decides its year, as for months: Easter
        // is about the 100th day of the year (Ash Wednesday, 46 days before, in February).
        int day_of_year = 100 + h.day;
        h.month = day_of_year < 32 ? 1 : day_of_year < 60 ? 2 : day_of_year < 91 ? 3 : day_of_year < 121 ? 4 : 5;
        h.words = words_of(cols[0]);
        l.holidays.push_back(std::move(h));
        continue;
      }
      if (cols.size() < 2 || std::sscanf(cols[1].c_str(), "%d", &h.month) != 1) continue;
      if (cols[1].find('/') != std::string::npos) {
        if (std::sscanf(cols[1].c_str(), "%d/%d>=%d", &h.month, &h.weekday, &h.day) != 3) continue;
      } else if (std::sscanf(cols[1].c_str(), "%d-%d", &h.month, &h.day) != 2) {
        continue;
      }
      h.words = words_of(cols[0]);
      l.holidays.push_back(std::move(h));
    }
    for (std::string_view line : data::lines("time/hedges.txt")) l.hedges.push_back(words_of(line));
    for (const Phrase& p : l.phrases) if (!p.words.empty()) l.phrase_starts.insert(p.words[0]);
    for (const auto& h : l.hedges) if (!h.empty()) l.hedge_starts.insert(h[0]);
    for (const Holiday& h : l.holidays) if (!h.words.empty()) l.holiday_starts.insert(h.words[0]);
    for (std::string_view line : data::lines("time/tense_words.tsv")) {
      std::vector<std::string> cols = base::split(line, '\t');
      if (cols.size() < 2) continue;
      const std::string& c = cols[1];
      if (c == "defer") l.defer_stems.push_back(cols[0]);
      else if (auto* set = c == "future" ? &l.future_words : c == "present" ? &l.present_words
                         : c == "past" ? &l.past_words : c == "past_form" ? &l.past_forms
                         : c == "not_past" ? &l.not_pasts : c == "scheduled" ? &l.scheduled_verbs : c == "done_act" ? &l.done_acts : nullptr)
        set->insert(cols[0]);
    }
    for (std::string_view line : data::lines("events/irregular_verbs.tsv")) {
      std::vector<std::string> cols = base::split(line, '\t');
      if (cols.size() < 2) continue;
      // "set", "cut", "put" are as often presents or participles: only distinct forms tell the tense.
      for (const std::string& past : base::split(cols[1], '|'))
        if (past != cols[0]) l.irregular_pasts.insert(past);
    }
    return l;
  }();
  return lex;
}

// Every lower-case alphabetic word that the word tests of this file accept
// (month_of, weekday_of, number_of, ordinal_of, part_of_day, season_of,
// decade_word, unit_of), with the first words of the rules and of the
// phrases of data/time.  One hash lookup per word of text instead of all the
// tests: the tagger asks it of every word.
bool may_start_expression(std::string_view w) {
  static const std::unordered_set<std::string_view> starters = [] {
    static std::set<std::string, std::less<>> words = {
        "a",      "an",        "the",       "this",      "that",       "its",       "last",     "past",
        "next",   "coming",    "each",      "every",     "per",        "early",     "mid",      "late",
        "later",  "earlier",   "sometime",  "around",    "about",      "at",        "noon",     "midday",
        "midnight", "today",   "yesterday", "tomorrow",  "latest",     "recent",    "current",  "following",
        "previous", "prior",   "preceding", "same",      "comparable", "corresponding", "calendar", "fiscal",
        "latter", "several",   "few",       "many",      "couple",     "year",      "end",      "future"};
    const Lexicon& lex = lexicon();
    for (const auto* starts : {&lex.phrase_starts, &lex.hedge_starts, &lex.holiday_starts})
      words.insert(starts->begin(), starts->end());
    words.insert("sept");
    for (int m = 1; m <= 12; ++m) words.emplace(base::month_name(m)), words.emplace(base::month_name(m).substr(0, 3));
    for (int d = 1; d <= 7; ++d) words.emplace(base::weekday_name(d));
    for (std::string_view n : kUnits) words.emplace(n);
    for (std::string_view t : kTens) if (!t.empty()) words.emplace(t);
    for (std::string_view o : kOrdinals) if (!o.empty()) words.emplace(o);
    words.insert({"dozen", "hundred", "morning", "afternoon", "evening", "night", "spring", "summer", "fall",
                  "autumn", "winter", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                  "eighties", "nineties", "centuries"});
    for (const char* u : {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century",
                          "morning", "afternoon", "evening", "night"})
      words.insert(std::string(u) + "s");  // unit_of and part_of_day take plurals
    std::unordered_set<std::string_view> set;
    for (const std::string& word : words) set.insert(word);
    return set;
  }();
  return starters.count(w) > 0;
}

}  // namespace parley::time
