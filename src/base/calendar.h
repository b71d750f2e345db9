// Calendar arithmetic on day-precision dates (proleptic Gregorian).
#pragma once

#include "parley/document.h"

namespace parley::base {

// Days since 1970-01-01 (negative before).
int days_from_civil(int year, int month, int day);
inline int days_from_civil(const Date& d) { return days_from_civil(d.year, d.month, d.day); }
Date civil_from_days(int days);
int days_in_month(int year, int month);
// 1 = Monday .. 7 = Sunday.
int weekday(const Date& d);

}  // namespace parley::base
