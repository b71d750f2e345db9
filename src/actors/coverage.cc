#include "actors/coverage.h"

#include <algorithm>

#include "base/calendar.h"

namespace parley::actors {
namespace {

using base::days_in_month;

int first_day(const Date& d) { return base::days_from_civil({d.year, d.month ? d.month : 1, d.day ? d.day : 1}); }

int last_day(const Date& d) {
  int month = d.month ? d.month : 12;
  return base::days_from_civil({d.year, month, d.day ? d.day : days_in_month(d.year, month)});
}

std::vector<Gap> office_gaps(const Knowledge& kb, const std::string& country, const std::string& role, int from, int to,
                             int tolerance) {
  std::vector<std::pair<int, int>> spans;
  for (const Tenure& t : kb.tenures()) {
    if (t.country != country || !t.has_role(role)) continue;
    int start = t.start.known() ? first_day(t.start) : from;
    int end = t.end.known() ? last_day(t.end) : to;
    if (end >= from && start <= to) spans.emplace_back(std::max(start, from), std::min(end, to));
  }
  std::sort(spans.begin(), spans.end());
  std::vector<Gap> gaps;
  int covered_to = from - 1;
  auto gap_until = [&](int next_start) {
    int days = next_start - covered_to - 1;
    if (days > tolerance)
      gaps.push_back({base::civil_from_days(covered_to + 1), base::civil_from_days(next_start - 1), days});
  };
  for (auto [start, end] : spans) {
    if (start > covered_to + 1) gap_until(start);
    covered_to = std::max(covered_to, end);
  }
  if (covered_to < to) gap_until(to + 1);
  return gaps;
}

}  // namespace

bool CountryCoverage::covered() const {
  return std::all_of(offices.begin(), offices.end(), [](const OfficeCoverage& o) { return o.covered(); });
}

std::vector<CountryCoverage> coverage(const Knowledge& kb, const std::vector<std::string>& countries,
                                      const std::vector<std::string>& roles, const Date& from, const Date& to,
                                      int tolerance_days) {
  std::vector<CountryCoverage> out;
  int first = first_day(from), last = last_day(to);
  for (const std::string& country : countries) {
    CountryCoverage c{country, {}};
    for (const std::string& role : roles)
      c.offices.push_back({role, office_gaps(kb, country, role, first, last, tolerance_days)});
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace parley::actors
