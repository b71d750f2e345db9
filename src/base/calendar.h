// Calendar arithmetic on day-precision dates (proleptic Gregorian).
#pragma once

#include <string_view>

#include "parley/document.h"

namespace parley::base {

// Days since 1970-01-01 (negative before).
int days_from_civil(int year, int month, int day);
inline int days_from_civil(const Date& d) { return days_from_civil(d.year, d.month, d.day); }
Date civil_from_days(int days);
int days_in_month(int year, int month);
// 1 = Monday .. 7 = Sunday.
int weekday(const Date& d);

// The English names of months and weekdays, for every stage that must tell a
// date word from a name or a noun ("May", "Monday"). Arguments are lower case.
// "october", "oct", "oct." and "sept" -> 10 / 9; 0 for any other word.
int month_of(std::string_view lower_word);
// "october" -> 10 (the full name only); 0 otherwise.
int month_of_full_name(std::string_view lower_word);
// "tuesday" -> 2 (Monday = 1 .. Sunday = 7; the full name only); 0 otherwise.
int weekday_of(std::string_view lower_word);
// Also the short forms of datelines and timestamps: "tue", "tues", "thurs".
int weekday_of_short_or_full(std::string_view lower_word);
// The lower-case names: month_name(10) is "october", weekday_name(2) "tuesday".
std::string_view month_name(int month);
std::string_view weekday_name(int weekday);

}  // namespace parley::base
