// How completely the knowledge base covers an office over a period: for each
// country, the stretches of days when nobody is recorded as holding it.
#pragma once

#include <string>
#include <vector>

#include "actors/knowledge.h"

namespace parley::actors {

struct Gap {
  Date from, to;  // inclusive, day precision
  int days = 0;
};

struct OfficeCoverage {
  std::string role;
  std::vector<Gap> gaps;  // gaps longer than the tolerance
  bool covered() const { return gaps.empty(); }
};

struct CountryCoverage {
  std::string country;
  std::vector<OfficeCoverage> offices;  // in the order of the roles asked for
  bool covered() const;
};

// Coverage of `roles` in each of `countries` from `from` to `to`.  A tenure's
// start counts from the first day of its precision, its end to the last day
// (a start of "2004" is 2004-01-01, an end of "2004" is 2004-12-31); gaps of
// at most `tolerance_days` (caretaker days between governments) are ignored.
std::vector<CountryCoverage> coverage(const Knowledge& kb, const std::vector<std::string>& countries,
                                      const std::vector<std::string>& roles, const Date& from, const Date& to,
                                      int tolerance_days);

}  // namespace parley::actors
