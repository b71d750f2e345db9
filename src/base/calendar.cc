#include "base/calendar.h"

namespace parley::base {
namespace {

constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                          "sunday"};

}  // namespace

std::string_view month_name(int month) { return kMonths[month - 1]; }
std::string_view weekday_name(int weekday) { return kWeekdays[weekday - 1]; }

int month_of_full_name(std::string_view w) {
  for (int m = 0; m < 12; ++m)
    if (w == kMonths[m]) return m + 1;
  return 0;
}

int month_of(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w == "sept") return 9;
  for (int m = 0; m < 12; ++m)
    if (w == kMonths[m] || (w.size() == 3 && kMonths[m].substr(0, 3) == w)) return m + 1;
  return 0;
}

int weekday_of(std::string_view w) {
  for (int d = 0; d < 7; ++d)
    if (w == kWeekdays[d]) return d + 1;
  return 0;
}

int weekday_of_short_or_full(std::string_view w) {
  if (int d = weekday_of(w)) return d;
  if (w == "tues") return 2;
  if (w == "thur" || w == "thurs") return 4;
  for (int d = 0; d < 7; ++d)
    if (w.size() == 3 && kWeekdays[d].substr(0, 3) == w) return d + 1;
  return 0;
}

// Counted in 400-year eras of 146097 days, with years starting in March so
// that the leap day ends the year.
int days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + (yoe * 365 + yoe / 4 - yoe / 100 + doy) - 719468;
}

Date civil_from_days(int z) {
  z += 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = yoe + era * 400;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  int d = doy - (153 * mp + 2) / 5 + 1;
  int m = mp + (mp < 10 ? 3 : -9);
  return {y + (m <= 2), m, d};
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

int weekday(const Date& d) {
  int z = days_from_civil(d.year, d.month, d.day);
  return ((z % 7) + 7 + 3) % 7 + 1;  // 1970-01-01 was a Thursday
}

}  // namespace parley::base
