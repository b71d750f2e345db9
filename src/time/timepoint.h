// A calendar point at some granularity ("1998", "1998-Q3", "1998-W12",
// "1998-SU", "1998-10-26", "199" for the 1990s) and the arithmetic that
// temporal expressions need: shift by n units, keep or change granularity,
// print as a TimeML value.
#pragma once

#include <string>
#include <string_view>

#include "parley/document.h"

namespace parley::time {

// Calendar units, also the units of durations.  Order = size.
enum class Unit { kNone, kSecond, kMinute, kHour, kDay, kWeek, kMonth, kQuarter, kYear, kDecade, kCentury };

// "days" / "day" -> kDay ... ; kNone when the word is no unit.
Unit unit_of(std::string_view lower_word);
// TimeML duration of n units ("P3D", "PT25M", "P20Y"); n < 0 = unspecified ("PXD").
std::string duration(int n, Unit u);

enum class Gran { kNone, kCentury, kDecade, kYear, kHalf, kQuarter, kSeason, kMonth, kWeek, kWeekend, kDay };

struct Point {
  Point() = default;
  Point(Gran g, int y, int s = 0, int d = 0) : gran(g), year(y), sub(s), day(d) {}

  Gran gran = Gran::kNone;
  int year = 0;
  int sub = 0;  // half 1-2, quarter 1-4, month 1-12, ISO week 1-53 (for kDay: the month)
  int day = 0;  // kDay only
  std::string_view season;  // "SP", "SU", "FA", "WI" for kSeason

  bool known() const { return gran != Gran::kNone; }
  std::string value() const;  // TimeML value; "" when unknown
  Date date() const;          // first day (the day for kDay)
};

Point day_point(const Date& d);          // needs a full date, else unknown
Point at(const Point& p, Gran g);        // the coarser (or same) point containing p
Point shift(const Point& p, int n, Unit u);  // n units later (earlier if n < 0), same granularity
int iso_week(const Date& d, int* iso_year = nullptr);

}  // namespace parley::time
