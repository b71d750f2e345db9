#include "time/timepoint.h"

#include <cstdio>

#include "base/calendar.h"

namespace parley::time {
namespace {

using base::civil_from_days;
using base::days_from_civil;

int months_in(Unit u) {
  switch (u) {
    case Unit::kMonth: return 1;
    case Unit::kQuarter: return 3;
    case Unit::kYear: return 12;
    case Unit::kDecade: return 120;
    case Unit::kCentury: return 1200;
    default: return 0;
  }
}

Date add_months(Date d, int months) {
  int m = d.year * 12 + (d.month - 1) + months;
  int y = m >= 0 ? m / 12 : (m - 11) / 12;
  Date out{y, m - y * 12 + 1, 0};
  out.day = std::min(d.day ? d.day : 1, base::days_in_month(out.year, out.month));
  return out;
}

Date add_days(const Date& d, int n) { return civil_from_days(days_from_civil(d) + n); }

const char* kSeasons[] = {"WI", "SP", "SU", "FA"};

}  // namespace

Unit unit_of(std::string_view w) {
  if (w.size() > 1 && w.back() == 's' && w != "centuries") w.remove_suffix(1);
  if (w == "second") return Unit::kSecond;
  if (w == "minute") return Unit::kMinute;
  if (w == "hour") return Unit::kHour;
  if (w == "day") return Unit::kDay;
  if (w == "week") return Unit::kWeek;
  if (w == "month") return Unit::kMonth;
  if (w == "quarter") return Unit::kQuarter;
  if (w == "year") return Unit::kYear;
  if (w == "decade") return Unit::kDecade;
  if (w == "century" || w == "centuries") return Unit::kCentury;
  return Unit::kNone;
}

std::string duration(int n, Unit u) {
  std::string num = n < 0 ? "X" : std::to_string(n);
  switch (u) {
    case Unit::kSecond: return "PT" + num + "S";
    case Unit::kMinute: return "PT" + num + "M";
    case Unit::kHour: return "PT" + num + "H";
    case Unit::kDay: return "P" + num + "D";
    case Unit::kWeek: return "P" + num + "W";
    case Unit::kMonth: return "P" + num + "M";
    case Unit::kQuarter: return "P" + num + "Q";
    case Unit::kYear: return "P" + num + "Y";
    case Unit::kDecade: return n < 0 ? "P" + num + "E" : "P" + std::to_string(n * 10) + "Y";
    case Unit::kCentury: return n < 0 ? "P" + num + "C" : "P" + std::to_string(n * 100) + "Y";
    default: return "";
  }
}

int iso_week(const Date& d, int* iso_year) {
  int z = days_from_civil(d);
  int thursday = z - base::weekday(d) + 4;  // the week's Thursday decides its year
  Date t = civil_from_days(thursday);
  if (iso_year) *iso_year = t.year;
  return (thursday - days_from_civil(t.year, 1, 1)) / 7 + 1;
}

std::string Point::value() const {
  char buf[32];
  switch (gran) {
    case Gran::kNone: return "";
    case Gran::kCentury: std::snprintf(buf, sizeof buf, "%02d", year / 100); break;
    case Gran::kDecade: std::snprintf(buf, sizeof buf, "%03d", year / 10); break;
    case Gran::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Gran::kHalf: std::snprintf(buf, sizeof buf, "%04d-H%d", year, sub); break;
    case Gran::kQuarter: std::snprintf(buf, sizeof buf, "%04d-Q%d", year, sub); break;
    case Gran::kSeason: std::snprintf(buf, sizeof buf, "%04d-%.2s", year, season.data()); break;
    case Gran::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, sub); break;
    case Gran::kWeek: std::snprintf(buf, sizeof buf, "%04d-W%02d", year, sub); break;
    case Gran::kWeekend: std::snprintf(buf, sizeof buf, "%04d-W%02d-WE", year, sub); break;
    case Gran::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, sub, day); break;
  }
  return buf;
}

Date Point::date() const {
  switch (gran) {
    case Gran::kNone: return {};
    case Gran::kHalf: return {year, sub * 6 - 5, 1};
    case Gran::kQuarter: return {year, sub * 3 - 2, 1};
    case Gran::kSeason: {
      for (int s = 0; s < 4; ++s)
        if (season == kSeasons[s]) return s == 0 ? Date{year, 12, 1} : Date{year, s * 3, 1};
      return {year, 1, 1};
    }
    case Gran::kMonth: return {year, sub, 1};
    case Gran::kWeek:
    case Gran::kWeekend: {
      // Monday of ISO week `sub`: the week holding January 4th is week 1.
      Date jan4{year, 1, 4};
      int monday = days_from_civil(jan4) - (base::weekday(jan4) - 1) + 7 * (sub - 1);
      return civil_from_days(monday);
    }
    case Gran::kDay: return {year, sub, day};
    default: return {year, 1, 1};
  }
}

Point day_point(const Date& d) {
  if (!d.year || !d.month || !d.day) return {};
  return Point{Gran::kDay, d.year, d.month, d.day};
}

Point at(const Point& p, Gran g) {
  if (!p.known() || g == Gran::kNone || g >= p.gran) return p;
  Date d = p.date();
  if (p.gran == Gran::kWeek || p.gran == Gran::kWeekend) d = add_days(d, 3);  // its Thursday
  Point out{g, d.year};
  switch (g) {
    case Gran::kCentury: out.year = d.year / 100 * 100; break;
    case Gran::kDecade: out.year = d.year / 10 * 10; break;
    case Gran::kHalf: out.sub = (d.month - 1) / 6 + 1; break;
    case Gran::kQuarter: out.sub = (d.month - 1) / 3 + 1; break;
    case Gran::kSeason:
      out.season = kSeasons[d.month % 12 / 3];
      if (d.month == 12) out.year = d.year;  // winter is named after the year it starts in
      break;
    case Gran::kMonth: out.sub = d.month; break;
    case Gran::kWeek:
    case Gran::kWeekend: out.sub = iso_week(d, &out.year); break;
    default: break;
  }
  return out;
}

Point shift(const Point& p, int n, Unit u) {
  if (!p.known() || n == 0) return p;
  int months = n * months_in(u);
  if (months) {
    int per = p.gran == Gran::kDecade ? 120 : p.gran == Gran::kCentury ? 1200 : p.gran == Gran::kQuarter ? 3
              : p.gran == Gran::kHalf ? 6 : p.gran == Gran::kMonth || p.gran == Gran::kDay ? 1 : 12;
    Point out = p;
    if (months % 12 == 0 && p.gran != Gran::kDay) {  // same quarter, week, season... n years away
      out.year += months / 12;
      return out;
    }
    // Days and weeks move by calendar months; months, quarters, halves when whole.
    if (p.gran >= Gran::kWeek || months % per == 0) return at(day_point(add_months(p.date(), months)), p.gran);
    out.year += months / 12;  // an approximate shift keeps the granularity
    return out;
  }
  int days = u == Unit::kDay ? n : u == Unit::kWeek ? 7 * n : 0;
  if (!days) return p;
  return at(day_point(add_days(p.date(), days)), p.gran);
}

}  // namespace parley::time
