// What the actor stage knows: countries (names, official and other names,
// demonyms, capitals — generated from the npm data packages into
// kb/countries.tsv — plus data/actors/country_extra.tsv), title words
// (data/actors/titles.tsv), government metonyms and international bodies
// (data/actors/metonyms.tsv) and curated officials with dated tenures
// (data/kb/officials/*.tsv, format in data/kb/README.md).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/document.h"

namespace parley::actors {

struct Title {
  std::string sector, role;
  std::string country;  // for titles of one country's government ("Secretary of State"), else ""
};

struct Metonym {
  std::string country, sector, name;
};

struct Tenure {
  std::string country, role_key, title, name;
  Date start, end;  // end unknown = still in office
  bool covers(const Date& d) const;
};

class Knowledge {
 public:
  Knowledge();  // loads the data files; throws std::runtime_error on a malformed line

  // Country code for a name, demonym or capital ("Russia", "Russian", "Moscow"), or "".
  std::string_view country(std::string_view name) const;
  bool is_demonym(std::string_view word) const { return demonyms_.count(std::string(word)) > 0; }
  bool is_capital(std::string_view name) const { return capitals_.count(std::string(name)) > 0; }
  std::string_view country_name(std::string_view code) const;
  const Title* title(std::string_view lower_phrase) const;
  size_t longest_title_words() const { return longest_title_; }
  const Metonym* metonym(std::string_view name) const;
  // Is `word` the head of organisation or place names ("Journal", "Conference")?
  bool is_org_head(std::string_view word) const { return org_heads_.count(std::string(word)) > 0; }
  // Tenures of the person named `name` (full name or alias), valid on `date`
  // when it is known; all tenures otherwise.
  std::vector<const Tenure*> person(std::string_view name, const Date& date) const;
  // Tenures whose holder has surname `surname`, valid on `date`.
  std::vector<const Tenure*> by_surname(std::string_view surname, const Date& date) const;

 private:
  std::unordered_map<std::string, std::string> countries_;  // name -> ISO3
  std::unordered_map<std::string, std::string> country_names_;
  std::unordered_map<std::string, bool> demonyms_, capitals_;
  std::unordered_map<std::string, Title> titles_;
  size_t longest_title_ = 1;
  std::unordered_map<std::string, Metonym> metonyms_;
  std::unordered_map<std::string, bool> org_heads_;
  std::vector<Tenure> tenures_;
  std::unordered_map<std::string, std::vector<size_t>> by_name_, by_surname_;
};

const Knowledge& default_knowledge();

}  // namespace parley::actors
