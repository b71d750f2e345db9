#include "actors/knowledge.h"

#include <stdexcept>

#include "base/text.h"
#include "parley/data.h"

namespace parley::actors {
namespace {

using base::split;

std::string last_word(const std::string& name) {
  size_t sp = name.rfind(' ');
  return sp == std::string::npos ? name : name.substr(sp + 1);
}

int compare(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year < b.year ? -1 : 1;
  if (a.month && b.month && a.month != b.month) return a.month < b.month ? -1 : 1;
  if (a.day && b.day && a.day != b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

}  // namespace

bool Tenure::covers(const Date& d) const {
  if (!d.known()) return true;
  if (start.known() && compare(d, start) < 0) return false;
  if (end.known() && compare(d, end) > 0) return false;
  return true;
}

Knowledge::Knowledge() {
  for (std::string_view line : data::lines("kb/countries.tsv")) {
    auto f = split(line, '\t');
    if (f.size() < 10) throw std::runtime_error("kb/countries.tsv: malformed line: " + std::string(line));
    const std::string& iso3 = f[0];
    country_names_[iso3] = f[2];
    countries_.emplace(f[2], iso3);
    countries_.emplace(f[3], iso3);
    for (const auto& n : split(f[6], '|'))
      if (!n.empty()) countries_.emplace(n, iso3);
    for (const auto& n : split(f[7], '|'))
      if (!n.empty()) {
        countries_.emplace(n, iso3);
        demonyms_[n] = true;
      }
    for (const auto& n : split(f[5], '|'))
      if (!n.empty()) {
        countries_.emplace(n, iso3);
        capitals_[n] = true;
      }
  }
  for (std::string_view line : data::lines("actors/country_extra.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 2) throw std::runtime_error("actors/country_extra.tsv: malformed line: " + std::string(line));
    countries_[f[0]] = f[1];
  }
  for (std::string_view line : data::lines("actors/titles.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 3 && f.size() != 4)
      throw std::runtime_error("actors/titles.tsv: malformed line: " + std::string(line));
    titles_[f[0]] = {f[1], f[2], f.size() == 4 && f[3] != "-" ? f[3] : ""};
    longest_title_ = std::max(longest_title_, split(f[0], ' ').size());
  }
  for (std::string_view line : data::lines("actors/metonyms.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 4) throw std::runtime_error("actors/metonyms.tsv: malformed line: " + std::string(line));
    metonyms_[f[0]] = {f[1], f[2], f[3]};
  }
  for (std::string_view line : data::lines("actors/org_heads.txt")) org_heads_[std::string(line)] = true;
  for (const std::string& file : data::list("kb/officials/")) {
    for (std::string_view line : data::lines(file)) {
      auto f = split(line, '\t');
      if (f.size() != 7) throw std::runtime_error(file + ": malformed line (want 7 columns): " + std::string(line));
      Tenure t{f[0], f[1], f[2], f[3], Date::parse_iso(f[4]), Date::parse_iso(f[5])};
      size_t index = tenures_.size();
      tenures_.push_back(t);
      by_name_[t.name].push_back(index);
      by_surname_[last_word(t.name)].push_back(index);
      for (const auto& alias : split(f[6], '|'))
        if (!alias.empty()) {
          by_name_[alias].push_back(index);
          by_surname_[last_word(alias)].push_back(index);
        }
    }
  }
}

std::string_view Knowledge::country(std::string_view name) const {
  auto it = countries_.find(std::string(name));
  return it == countries_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Knowledge::country_name(std::string_view code) const {
  auto it = country_names_.find(std::string(code));
  return it == country_names_.end() ? std::string_view() : std::string_view(it->second);
}

const Title* Knowledge::title(std::string_view phrase) const {
  auto it = titles_.find(std::string(phrase));
  return it == titles_.end() ? nullptr : &it->second;
}

const Metonym* Knowledge::metonym(std::string_view name) const {
  auto it = metonyms_.find(std::string(name));
  return it == metonyms_.end() ? nullptr : &it->second;
}

std::vector<const Tenure*> Knowledge::person(std::string_view name, const Date& date) const {
  std::vector<const Tenure*> out;
  auto it = by_name_.find(std::string(name));
  if (it == by_name_.end()) return out;
  for (size_t i : it->second)
    if (tenures_[i].covers(date)) out.push_back(&tenures_[i]);
  if (out.empty() && date.known())  // known person, outside the curated tenures: still that person
    for (size_t i : it->second) out.push_back(&tenures_[i]);
  return out;
}

std::vector<const Tenure*> Knowledge::by_surname(std::string_view surname, const Date& date) const {
  std::vector<const Tenure*> out;
  auto it = by_surname_.find(std::string(surname));
  if (it == by_surname_.end()) return out;
  for (size_t i : it->second)
    if (tenures_[i].covers(date)) out.push_back(&tenures_[i]);
  return out;
}

const Knowledge& default_knowledge() {
  static const Knowledge knowledge;
  return knowledge;
}

}  // namespace parley::actors
