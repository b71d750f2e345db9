// The closed word classes of temporal expressions: months, weekdays, number
// words, parts of the day, seasons, and the phrase lists of data/time/.
#pragma once

#include <string>
#include <string_view>
#include <set>
#include <vector>

#include "base/string_map.h"

namespace parley::time {

int month_of(std::string_view lower_word);    // "oct." / "october" -> 10; 0 otherwise
int weekday_of(std::string_view lower_word);  // "tuesday" -> 2 (Monday = 1); 0 otherwise
int number_of(std::string_view lower_word);   // "three" -> 3, "twenty-four" -> 24, "25" -> 25; -1 otherwise
int ordinal_of(std::string_view lower_word);  // "third" / "3rd" -> 3; 0 otherwise
int decade_word(std::string_view lower_word);  // "nineties" -> 90; -1 otherwise
std::string_view part_of_day(std::string_view lower_word);  // "morning" -> "MO"; "" otherwise
std::string_view season_of(std::string_view lower_word);    // "summer" -> "SU"; "" otherwise
bool is_all_digits(std::string_view w);

struct Phrase {
  std::vector<std::string> words;
  std::string type, value;
};

// A holiday: fixed day, the first `weekday` on or after `day` of `month`, or
// (easter) `day` days from Western Easter Sunday (`month` is then the month
// it mostly falls in, which decides its year).
struct Holiday {
  std::vector<std::string> words;
  int month = 0, day = 0, weekday = 0;
  bool easter = false;
};

// Data of data/time/, loaded once.
struct Lexicon {
  std::vector<Phrase> phrases;                       // phrases.tsv
  std::vector<std::vector<std::string>> hedges;      // hedges.txt
  std::vector<Holiday> holidays;                     // holidays.tsv
  // The first words of the phrases, hedges and holidays: most candidate words
  // start none, and one lookup tells so without trying each.
  base::StringSet phrase_starts, hedge_starts, holiday_starts;
  base::StringSet irregular_pasts;  // events/irregular_verbs.tsv, column 2
  // tense_words.tsv, by class
  base::StringSet future_words, present_words, past_words, past_forms, not_pasts;
  base::StringSet scheduled_verbs;  // present forms telling a planned event ("meets")
  base::StringSet done_acts;  // nouns of acts responded to once done ("ruling")
  std::vector<std::string> defer_stems;
};
const Lexicon& lexicon();

// Can a lower-case alphabetic word start a temporal expression?  (A filter
// for speed: the rules of timex.cc only start on these words, on words with
// digits, hyphens or capitals, and on the phrases of data/time.)
bool may_start_expression(std::string_view lower_word);

}  // namespace parley::time
