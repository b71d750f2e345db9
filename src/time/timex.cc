#include "time/timex.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>

#include "base/calendar.h"
#include "base/text.h"

namespace parley::time {
namespace {

std::string lower(std::string_view s) { return base::ascii_lower(s); }

int month_of(std::string_view w) {
  static const char* full[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};
  std::string l = lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  for (int m = 0; m < 12; ++m) {
    std::string f = full[m];
    if (l == f ||
        (l.size() >= 3 && l.size() <= 4 && f.compare(0, l.size(), l) == 0 && l != "mar" + std::string() + "x"))
      return m + 1;
  }
  return 0;
}

int number_word(std::string_view w) {
  static const char* words[] = {"zero",     "one",     "two",     "three",     "four",     "five",     "six",
                                "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
                                "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  std::string l = lower(w);
  for (int n = 0; n <= 20; ++n)
    if (l == words[n]) return n;
  if (l == "thirty") return 30;
  if (l == "forty") return 40;
  if (l == "fifty") return 50;
  if (l == "hundred") return 100;
  if (l == "a" || l == "an") return 1;
  if (!l.empty() && l.size() <= 4 && std::all_of(l.begin(), l.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::stoi(l);
  return -1;
}

// "minutes" -> "TM" (time unit), "days" -> "D"; empty when not a unit.
std::string unit_code(std::string_view w) {
  std::string l = lower(w);
  if (!l.empty() && l.back() == 's') l.pop_back();
  if (l == "second") return "TS";
  if (l == "minute") return "TM";
  if (l == "hour") return "TH";
  if (l == "day") return "D";
  if (l == "week") return "W";
  if (l == "month") return "M";
  if (l == "year") return "Y";
  if (l == "decade") return "DE";
  if (l == "century" || l == "centurie") return "CE";
  return "";
}

std::string duration_value(int n, const std::string& unit) {
  if (unit == "DE") return "P" + std::to_string(n * 10) + "Y";
  if (unit == "CE") return "P" + std::to_string(n * 100) + "Y";
  if (unit[0] == 'T') return "PT" + std::to_string(n) + unit.substr(1);
  return "P" + std::to_string(n) + unit;
}

int weekday_of(std::string_view w) {  // 1 = Monday .. 7 = Sunday
  static const char* days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::string l = lower(w);
  for (int d = 0; d < 7; ++d)
    if (l == days[d]) return d + 1;
  return 0;
}

bool digits(std::string_view w, size_t min, size_t max) {
  if (w.size() < min || w.size() > max) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view w) { return std::stoi(std::string(w)); }

using base::civil_from_days;
using base::days_from_civil;
using base::weekday;

std::string iso(const Date& d) { return d.iso(); }

struct Found {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  std::string type = "DATE";
  std::string value;
};

class SentenceTagger {
 public:
  SentenceTagger(const Document& doc, const Sentence& s, const Date& dct)
      : doc_(doc), s_(s), dct_(dct), end_(s.first_token + s.token_count) {}

  std::vector<Found> run() {
    std::vector<Found> out;
    for (uint32_t i = s_.first_token; i < end_;) {
      Found f;
      if (match(i, f)) {
        out.push_back(f);
        i = f.last;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  std::string_view tok(uint32_t i) const { return i < end_ ? doc_.token_text(i) : std::string_view(); }

  bool match(uint32_t i, Found& f) {
    f.first = i;
    future_ = future_near(i);
    std::string w = lower(tok(i));
    // "Thursday, Oct. 26, 2017" / "Thursday" / "mid-morning Wednesday"
    if (int wd = weekday_of(tok(i))) {
      uint32_t j = i + 1;
      if (tok(j) == ",") ++j;
      Found date;
      if (match_calendar(j, date)) {
        f.last = date.last;
        f.value = date.value;
        return true;
      }
      f.last = i + 1;
      f.value = resolve_weekday(wd);
      return true;
    }
    if (match_calendar(i, f)) return true;
    if (match_duration(i, f)) return true;
    if (match_reference(i, f)) return true;
    if (w == "yesterday" || w == "today" || w == "tomorrow") {
      f.last = i + 1;
      if (dct_.known() && dct_.day) {
        int z = days_from_civil(dct_.year, dct_.month, dct_.day) + (w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0);
        f.value = iso(civil_from_days(z));
      }
      return true;
    }
    if ((w == "last" || w == "next" || w == "this") && i + 1 < end_) {
      std::string unit = lower(tok(i + 1));
      int sign = w == "last" ? -1 : w == "next" ? 1 : 0;
      if (unit == "year" || unit == "month" || unit == "week") {
        f.last = i + 2;
        if (!dct_.known()) return true;
        if (unit == "year") f.value = std::to_string(dct_.year + sign);
        if (unit == "month" && dct_.month) {
          int m = dct_.month + sign, y = dct_.year;
          if (m < 1) {
            m = 12;
            --y;
          }
          if (m > 12) {
            m = 1;
            ++y;
          }
          f.value = Date{y, m, 0}.iso();
        }
        if (unit == "week" && dct_.day) {
          int z = days_from_civil(dct_.year, dct_.month, dct_.day) + 7 * sign;
          Date d = civil_from_days(z);
          char buf[16];
          std::snprintf(buf, sizeof buf, "%04d-W%02d", d.year, iso_week(d));
          f.value = buf;
        }
        return true;
      }
      if (int m = month_of(tok(i + 1)); m && w == "last") {  // "Last December"
        f.last = i + 2;
        if (dct_.known() && dct_.month) f.value = Date{m < dct_.month ? dct_.year : dct_.year - 1, m, 0}.iso();
        return true;
      }
    }
    return false;
  }

  // "three days", "25 minutes", "two hours", "a three-day visit", "the past two years".
  bool match_duration(uint32_t i, Found& f) {
    std::string_view t = tok(i);
    // Hyphenated: "three-day", "25-minute", "10-year".
    if (size_t dash = t.find('-'); dash != std::string_view::npos && dash > 0) {
      int n = number_word(t.substr(0, dash));
      std::string unit = unit_code(t.substr(dash + 1));
      if (n > 0 && !unit.empty()) {
        f.first = i;
        f.last = i + 1;
        f.type = "DURATION";
        f.value = duration_value(n, unit);
        return true;
      }
    }
    int n = number_word(t);
    if (n <= 0 || i + 1 >= end_) return false;
    std::string unit = unit_code(tok(i + 1));
    if (unit.empty()) return false;
    f.first = i;
    f.last = i + 2;
    f.type = "DURATION";
    f.value = duration_value(n, unit);
    // "two days ago" is a date, not a duration.
    if (f.last < end_ && lower(tok(f.last)) == "ago" && dct_.known() && dct_.day) {
      int z = days_from_civil(dct_.year, dct_.month, dct_.day);
      if (unit == "D") {
        f.type = "DATE";
        f.value = iso(civil_from_days(z - n));
      } else if (unit == "Y") {
        f.type = "DATE";
        f.value = std::to_string(dct_.year - n);
      } else {
        f.type = "DATE";
        f.value = "PAST_REF";
      }
      f.last += 1;
    }
    return true;
  }

  // "now", "currently" (PRESENT_REF); "recently", "the past", "several years
  // ago" (PAST_REF); "the future" (FUTURE_REF); "the third quarter" (YYYY-Qn).
  bool match_reference(uint32_t i, Found& f) {
    std::string w = lower(tok(i));
    f.first = i;
    f.type = "DATE";
    if (w == "now" || w == "currently" || w == "nowadays") {
      f.last = i + 1;
      f.value = "PRESENT_REF";
      return true;
    }
    if (w == "recently" || w == "lately") {
      f.last = i + 1;
      f.value = "PAST_REF";
      return true;
    }
    if (w == "the" && i + 1 < end_) {
      std::string n = lower(tok(i + 1));

      if (n == "future") {
        f.last = i + 2;
        f.value = "FUTURE_REF";
        return true;
      }
    }
    if ((w == "several" || w == "many" || w == "some" || w == "few") && i + 2 < end_ &&
        !unit_code(tok(i + 1)).empty() && lower(tok(i + 2)) == "ago") {
      f.last = i + 3;
      f.value = "PAST_REF";
      return true;
    }
    // Quarters: "first quarter", "third-quarter".
    static const char* ordinals[] = {"first", "second", "third", "fourth"};
    for (int q = 0; q < 4; ++q) {
      std::string o = ordinals[q];
      bool hyphen = w == o + "-quarter";
      bool spaced = w == o && i + 1 < end_ && lower(tok(i + 1)) == "quarter";
      if (!hyphen && !spaced) continue;
      f.last = hyphen ? i + 1 : i + 2;
      if (dct_.known() && dct_.month) {
        int year = dct_.year;
        if (!future_ && q + 1 > (dct_.month - 1) / 3 + 1) --year;
        f.value = std::to_string(year) + "-Q" + std::to_string(q + 1);
      }
      return true;
    }
    // A bare year: "in 1996" is handled with the calendar; "1996 was" too.
    std::string_view t = tok(i);
    if (digits(t, 4, 4)) {
      int y = to_int(t);
      std::string next = lower(tok(i + 1));
      if (y >= 1900 && y <= 2099 && unit_code(next).empty() && next != "%" && next != "percent") {
        f.last = i + 1;
        f.value = std::string(t);
        return true;
      }
    }
    return false;
  }

  static int iso_week(const Date& d) {
    int wd = weekday(d);
    int z = days_from_civil(d.year, d.month, d.day);
    int thursday = z - wd + 4;
    Date t = civil_from_days(thursday);
    int jan1 = days_from_civil(t.year, 1, 1);
    return (thursday - jan1) / 7 + 1;
  }

  // "October 26, 2017", "Oct. 26", "26 October 2017", "December 2016", "May", "2014", "2017-05-10".
  bool match_calendar(uint32_t i, Found& f) {
    f.first = std::min(f.first, i);
    std::string_view t = tok(i);
    if (t.size() == 10 && t[4] == '-' && t[7] == '-' && digits(t.substr(0, 4), 4, 4)) {
      f.last = i + 1;
      f.value = std::string(t);
      return true;
    }
    int m = month_of(t);
    if (m && (t.size() > 3 || t == "May" || (i + 1 < end_ && digits(tok(i + 1), 1, 4)))) {
      // "May" alone is too often the verb: only with a number or "in May".
      uint32_t j = i + 1;
      int day = 0, year = 0;
      if (digits(tok(j), 1, 2) && to_int(tok(j)) <= 31) {
        day = to_int(tok(j));
        ++j;
        if (tok(j) == "," && digits(tok(j + 1), 4, 4)) j += 1;
      }
      if (digits(tok(j), 4, 4)) {
        year = to_int(tok(j));
        ++j;
      }
      if (t == "May" && !day && !year && !(i > s_.first_token && lower(tok(i - 1)) == "in")) return false;
      f.last = j;
      f.value = resolve_month(m, day, year);
      return true;
    }
    if (digits(t, 1, 2) && month_of(tok(i + 1))) {  // "26 October 2017"
      int day = to_int(t);
      int mo = month_of(tok(i + 1));
      uint32_t j = i + 2;
      int year = 0;
      if (digits(tok(j), 4, 4)) {
        year = to_int(tok(j));
        ++j;
      }
      f.last = j;
      f.value = resolve_month(mo, day, year);
      return true;
    }
    if (digits(t, 4, 4) && i > s_.first_token) {  // "in 2014", "since 2004"
      std::string prev = lower(tok(i - 1));
      int y = to_int(t);
      if ((prev == "in" || prev == "since" || prev == "of" || prev == "until" || prev == "by") && y >= 1900 &&
          y <= 2100) {
        f.last = i + 1;
        f.value = std::string(t);
        return true;
      }
    }
    return false;
  }

  // A month (and day) without a year takes the publication year, moved back
  // a year when the month lies ahead in a past-tense sentence.
  std::string resolve_month(int m, int day, int year) const {
    if (!year) {
      if (!dct_.known()) return "";
      year = dct_.year;
      if (dct_.month && !future_ && m > dct_.month) --year;
      if (dct_.month && future_ && m < dct_.month) ++year;
    }
    return Date{year, m, day}.iso();
  }

  // A weekday is the last one before the publication date in past-tense
  // sentences and the next one after it in future ones.
  std::string resolve_weekday(int wd) const {
    if (!dct_.known() || !dct_.day) return "";
    int z = days_from_civil(dct_.year, dct_.month, dct_.day);
    int today = weekday(dct_);
    int delta = future_ ? ((wd - today + 7) % 7) : -((today - wd + 7) % 7);
    if (future_ && delta == 0) delta = 7;
    return iso(civil_from_days(z + delta));
  }

  // Is the verb that governs the expression at i in the future?  Looks at the
  // words just before it (its clause) for will, 'll, shall, next, plans...
  bool future_near(uint32_t i) const {
    uint32_t from = i > s_.first_token + 8 ? i - 8 : s_.first_token;
    for (uint32_t k = from; k < i; ++k) {
      std::string w = lower(tok(k));
      if (w == "will" || w == "'ll" || w == "shall" || w == "upcoming" || w == "scheduled" || w == "due" ||
          w == "planned" || w == "plans" || w == "expected")
        return true;
      if (w == "said" || w == "says" || w == ";" || w == "was" || w == "were" || w == "had") return false;
    }
    return false;
  }

  const Document& doc_;
  const Sentence& s_;
  Date dct_;
  uint32_t end_;
  bool future_ = false;
};

}  // namespace

void tag_timexes(Document& doc, const Date& dct) {
  doc.timexes.clear();
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    for (const Found& f : SentenceTagger(doc, s, dct).run()) {
      if (f.last <= f.first) continue;
      Timex t;
      t.text = {doc.tokens[f.first].text.begin, doc.tokens[f.last - 1].text.end};
      t.type = f.type;
      t.value = f.value;
      doc.timexes.push_back(t);
    }
  }
}

}  // namespace parley::time
