#include "actors/knowledge.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "actors/cameo_dictionary.h"
#include "base/string_map.h"
#include "base/text.h"
#include "parley/data.h"

namespace parley::actors {
namespace {

using base::split;

bool looks_like_officials_tsv(std::string_view content) {
  for (std::string_view line : base::split_lines(content)) {
    if (line.empty() || line[0] == '#') continue;
    return std::count(line.begin(), line.end(), '\t') == 6;
  }
  return true;  // empty: nothing to load either way
}

}  // namespace

int compare_dates(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year < b.year ? -1 : 1;
  if (a.month && b.month && a.month != b.month) return a.month < b.month ? -1 : 1;
  if (a.day && b.day && a.day != b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

bool Tenure::covers(const Date& d) const {
  if (!d.known()) return true;
  if (start.known() && compare_dates(d, start) < 0) return false;
  if (end.known() && compare_dates(d, end) > 0) return false;
  return true;
}

bool Tenure::has_role(std::string_view role) const {
  for (std::string_view rest = roles; !rest.empty();) {
    size_t comma = rest.find(',');
    if (rest.substr(0, comma) == role) return true;
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return false;
}

std::string_view Tenure::role() const { return std::string_view(roles).substr(0, roles.find(',')); }

Tenure parse_tenure_line(std::string_view line, const std::string& origin) {
  auto f = split(line, '\t');
  if (f.size() != 7)
    throw std::runtime_error(origin + ": malformed line (want 7 tab-separated columns, got " +
                             std::to_string(f.size()) + "): " + std::string(line));
  Tenure t;
  t.country = f[0];
  t.roles = f[1];
  t.title = f[2];
  t.name = f[3];
  t.start = Date::parse_iso(f[4]);
  t.end = Date::parse_iso(f[5]);
  if (t.country.empty() || t.roles.empty() || t.name.empty())
    throw std::runtime_error(origin + ": country, role and name are required: " + std::string(line));
  if ((!f[4].empty() && !t.start.known()) || (!f[5].empty() && !t.end.known()))
    throw std::runtime_error(origin + ": dates must be YYYY, YYYY-MM or YYYY-MM-DD: " + std::string(line));
  t.aliases = f[6];
  t.source = origin;
  if (t.has_role("defence_minister")) t.sector = "MIL";
  if (t.has_role("igo_head") || t.has_role("igo_official")) t.sector = "IGO";
  return t;
}

// A name's key for loose matching: lower case, hyphens as spaces, and the
// Arabic article in any of its spellings ("El", "el-", "Al", "al-") as "al".
static std::string loose_name_key(std::string_view name) {
  std::string lower = base::ascii_lower(name);
  std::replace(lower.begin(), lower.end(), '-', ' ');
  std::string key;
  for (const auto& word : split(lower, ' ')) {
    if (word.empty()) continue;
    if (!key.empty()) key += ' ';
    key += word == "el" ? "al" : word;
  }
  return key;
}

Knowledge::Knowledge(const std::vector<std::string>& extra_files) {
  // Names shared by several entries ("French": France and the French
  // Southern Territories) go to the UN member state: that is who news means.
  base::StringMap<bool> member;
  base::StringMap<bool> not_members;
  for (std::string_view code : data::lines("actors/not_un_members.txt")) not_members[std::string(code)] = true;
  auto name = [&](const std::string& n, const std::string& iso3) {
    if (n.empty()) return;
    auto [it, added] = countries_.emplace(n, iso3);
    if (!added && !member[it->second] && member[iso3]) it->second = iso3;
  };
  for (std::string_view line : data::lines("kb/countries.tsv")) {
    auto f = split(line, '\t');
    if (f.size() < 10) throw std::runtime_error("kb/countries.tsv: malformed line: " + std::string(line));
    const std::string& iso3 = f[0];
    country_names_[iso3] = f[2];
    member[iso3] = f[4] == "1" && !not_members.count(iso3);
    if (member[iso3]) un_members_.push_back(iso3);
    name(f[2], iso3);
    name(f[3], iso3);
    for (const auto& n : split(f[6], '|')) name(n, iso3);
    for (const auto& names : split(f[7], '|'))
      for (std::string n : split(names, ',')) {  // "Bosnian, Herzegovinian": two demonyms
        n = std::string(base::trim(n));
        if (n.empty()) continue;
        name(n, iso3);
        demonyms_[n] = true;
      }
    for (const auto& n : split(f[5], '|'))
      if (!n.empty()) {
        name(n, iso3);
        capitals_[n] = true;
        country_capitals_.emplace(iso3, n);
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
  add_portfolio_titles();
  for (std::string_view line : data::lines("actors/domestic_titles.txt")) {
    auto it = titles_.find(line);
    if (it == titles_.end()) throw std::runtime_error("actors/domestic_titles.txt: not a title of titles.tsv: " + std::string(line));
    it->second.domestic = true;
  }
  add_prefixed_titles();
  for (std::string_view code : data::lines("actors/surname_first.txt")) surname_first_.insert(std::string(code));
  for (std::string_view line : data::lines("actors/offices.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 2) throw std::runtime_error("actors/offices.tsv: malformed line: " + std::string(line));
    office_keys_[f[0]] = f[1];
  }
  // Named bodies: metonyms.tsv and every file of actors/bodies/ (same format).
  load_bodies("actors/metonyms.tsv");
  for (const std::string& file : data::list("actors/bodies/"))
    if (file.size() > 4 && file.substr(file.size() - 4) == ".tsv") load_bodies(file);
  add_party_case_variants();
  for (std::string_view line : data::lines("actors/shared_body_names.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 3 || (f[2] != "any" && f[2] != "adjective"))
      throw std::runtime_error("actors/shared_body_names.tsv: malformed line: " + std::string(line));
    shared_bodies_[f[0]] = {f[1], f[2] == "any"};
  }
  for (std::string_view line : data::lines("actors/contextual_bodies.tsv")) {
    auto f = split(line, '\t');
    bool member = false, sole = false;
    for (const std::string& flag : f.size() == 5 ? split(f[4], ',') : std::vector<std::string>{}) {
      if (flag == "member") member = true;
      else if (flag == "sole") sole = true;
      else f.clear();
    }
    if (f.size() != 4 && f.size() != 5)
      throw std::runtime_error("actors/contextual_bodies.tsv: malformed line: " + std::string(line));
    contextual_bodies_[f[0]].push_back(Metonym{f[1], f[2], f[3]});
    if (member) member_words_.insert(std::string(f[0]));
    if (sole) sole_bodies_.insert(std::string(f[0]));
  }
  for (std::string_view line : data::lines("actors/party_member_nouns.txt")) party_member_nouns_.emplace(line);
  for (std::string_view line : data::lines("actors/org_heads.txt")) org_heads_[std::string(line)] = true;
  for (std::string_view line : data::lines("actors/loc_heads.txt")) {
    if (line[0] == '^')
      loc_prefixes_[std::string(line.substr(1))] = true;
    else
      loc_heads_[std::string(line)] = true;
  }
  for (std::string_view line : data::lines("actors/org_cues.txt")) org_cues_[std::string(line)] = true;
  for (std::string_view line : data::lines("actors/place_cues.txt")) place_cues_[std::string(line)] = true;
  for (std::string_view line : data::lines("actors/peoples.txt")) peoples_[std::string(line)] = true;
  for (std::string_view line : data::lines("actors/misc_heads.txt")) misc_heads_[std::string(line)] = true;
  for (std::string_view line : data::lines("actors/person_cues.txt")) person_cues_[std::string(line)] = true;
  for (std::string_view line : data::lines("actors/names.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 2 || (f[1] != "ORG" && f[1] != "LOC" && f[1] != "PER"))
      throw std::runtime_error("actors/names.tsv: malformed line: " + std::string(line));
    known_names_[f[0]] = f[1] == "ORG"   ? MentionType::kOrganization
                         : f[1] == "LOC" ? MentionType::kLocation
                                         : MentionType::kPerson;
  }
  for (std::string_view line : data::lines("actors/party_tags.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 3) throw std::runtime_error("actors/party_tags.tsv: malformed line: " + std::string(line));
    party_tags_[f[0]] = PartyTag{f[1], f[2]};
  }
  for (std::string_view line : data::lines("actors/sports.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 2) throw std::runtime_error("actors/sports.tsv: malformed line: " + std::string(line));
    sports_[f[0]] = f[1];
  }
  for (std::string_view line : data::lines("kb/first_names.txt")) first_names_[std::string(line)] = true;
  for (std::string_view line : data::lines("kb/common_words.txt")) common_words_[std::string(line)] = true;
  for (std::string_view line : data::lines("kb/places.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 5) throw std::runtime_error("kb/places.tsv: malformed line: " + std::string(line));
    places_[f[0]] = {f[1] == "city", f[2], std::atol(f[3].c_str()), f[4] != "-"};
  }
  load_regions();
  for (const std::string& file : data::list("kb/officials/")) {
    if (file.size() < 4 || file.substr(file.size() - 4) != ".tsv") continue;
    for (std::string_view line : data::lines(file)) add(parse_tenure_line(line, file));
  }
  for (const std::string& path : extra_files) load_user_file(path);
  index_lead_words();
}

std::string_view Knowledge::lead_word(std::string_view s) {
  size_t end = 0;
  while (end < s.size()) {
    char c = s[end];
    if (c == ' ' || c == '-' || c == '\'' || c == '(' || c == ',') break;
    if (static_cast<unsigned char>(c) == 0xE2 && s.substr(end, 3) == "\xE2\x80\x99") break;  // ’
    ++end;
  }
  return s.substr(0, end);
}

// News writes "the Congress Party" and "the Congress party" alike: a listed
// party name also stands with the other case of its last word, unless that
// form is listed itself.
void Knowledge::add_party_case_variants() {
  std::vector<std::pair<std::string, Metonym>> variants;
  for (const auto& [name, body] : metonyms_) {
    if (name.size() < 7) continue;
    std::string tail = name.substr(name.size() - 6);
    if (tail == " party") variants.emplace_back(name.substr(0, name.size() - 5) + "Party", body);
    if (tail == " Party") variants.emplace_back(name.substr(0, name.size() - 5) + "party", body);
  }
  for (auto& [name, body] : variants) metonyms_.emplace(std::move(name), std::move(body));
}

// "Health Minister", "minister of energy", "Secretary of Energy": the titles
// of every portfolio of actors/portfolios.txt that titles.tsv does not list.
void Knowledge::add_portfolio_titles() {
  auto title_case = [](const std::string& lower) {
    std::string out = lower;
    bool start = true;
    for (char& c : out) {
      if (start && c >= 'a' && c <= 'z' && out.compare(&c - out.data(), 4, "and ") != 0) c = static_cast<char>(c - 32);
      start = c == ' ';
    }
    return out;
  };
  for (std::string_view line : data::lines("actors/portfolios.txt")) {
    std::string portfolio(base::trim(line));
    std::string name = title_case(portfolio);
    Title minister{"GOV", "Minister of " + name, ""}, secretary{"GOV", "Secretary of " + name, ""};
    for (const std::string& phrase : {portfolio + " minister", "minister of " + portfolio, "minister for " + portfolio})
      titles_.emplace(phrase, minister);
    for (const std::string& phrase : {portfolio + " secretary", "secretary of " + portfolio})
      titles_.emplace(phrase, secretary);
    longest_title_ = std::max(longest_title_, split(portfolio, ' ').size() + 2);
  }
}

// "vice foreign minister", "deputy governor": every title with each rank
// prefix of actors/title_prefixes.tsv, unless titles.tsv has the phrase.
void Knowledge::add_prefixed_titles() {
  std::vector<std::pair<std::string, Title>> added;
  size_t longest_prefix = 1;
  for (std::string_view line : data::lines("actors/title_prefixes.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 2) throw std::runtime_error("actors/title_prefixes.tsv: malformed line: " + std::string(line));
    longest_prefix = std::max(longest_prefix, split(f[0], ' ').size());
    for (const auto& [phrase, title] : titles_) {
      Title t = title;
      if (f[1] != "-") t.role = std::string(f[1]) + " " + title.role;
      added.emplace_back(std::string(f[0]) + " " + phrase, std::move(t));
    }
  }
  for (auto& [phrase, title] : added) titles_.emplace(std::move(phrase), std::move(title));  // keeps listed phrases
  longest_title_ += longest_prefix;
}

void Knowledge::index_lead_words() {
  for (const auto& [phrase, title] : titles_) title_starts_.emplace(lead_word(phrase));
  for (const auto& [name, body] : metonyms_) name_starts_.emplace(lead_word(name));
  for (const auto& [name, bodies] : contextual_bodies_) name_starts_.emplace(lead_word(name));
  for (const auto& [name, iso3] : countries_) name_starts_.emplace(lead_word(name));
}

void Knowledge::load_bodies(const std::string& file) {
  for (std::string_view line : data::lines(file)) {
    auto f = split(line, '\t');
    if (f.size() != 4) throw std::runtime_error(file + ": malformed line: " + std::string(line));
    Metonym body{f[1], f[2], f[3]};
    auto [it, added] = metonyms_.emplace(f[0], body);
    // One written form naming two bodies is a data error, not a silent override.
    if (!added &&
        (it->second.country != body.country || it->second.sector != body.sector || it->second.name != body.name))
      throw std::runtime_error(file + ": \"" + f[0] + "\" is already listed for another body");
  }
}

void Knowledge::load_user_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read the knowledge file");
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (looks_like_officials_tsv(content)) {
    for (std::string_view line : base::split_lines(content)) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      add(parse_tenure_line(line, path));
    }
    return;
  }
  std::vector<Tenure> read = read_cameo_actor_dictionary(content, path, *this, warnings_);
  tenures_.reserve(tenures_.size() + read.size());  // tens of thousands: grow once, not by doubling
  for (Tenure& t : read) add(std::move(t));
}

void Knowledge::add(Tenure t) {
  // The same tenure listed twice (in two files) is one tenure.
  std::string identity = t.country + '\t' + t.roles + '\t' + t.name + '\t' + t.start.iso();
  if (!seen_.insert(identity).second) return;
  size_t index = tenures_.size();
  if (t.vacant()) {  // "nobody held it": known for coverage, never a person
    tenures_.push_back(std::move(t));
    return;
  }
  bool family_name_first = surname_first_.count(t.country) > 0;
  if (t.has_role("other")) t.sector = office_sector(t.title);
  t.needs_full_name = full_name_office(t.title, &t.listed_in_part);
  auto index_name = [&](const std::string& name) {
    by_name_[name].push_back(index);
    by_lower_name_[loose_name_key(name)].push_back(index);
    for (const std::string& surname : surnames(name, family_name_first)) by_surname_[surname].push_back(index);
  };
  index_name(t.name);
  std::string lower_title = base::ascii_lower(t.title);
  by_title_[lower_title].push_back(index);
  std::vector<std::string>& countries = countries_by_title_[lower_title];
  if (std::find(countries.begin(), countries.end(), t.country) == countries.end()) countries.push_back(t.country);
  for (const auto& alias : split(t.aliases, '|'))
    if (!alias.empty() && alias != t.name) index_name(alias);
  ++country_tenures_[t.country];
  tenures_.push_back(std::move(t));
}

std::vector<const Tenure*> Knowledge::office(std::string_view country, std::string_view role, const Date& date) const {
  std::vector<const Tenure*> out;
  for (const Tenure& t : tenures_)
    if (t.country == country && t.has_role(role) && t.covers(date) && date.known() && !t.vacant()) out.push_back(&t);
  return out;
}

std::string_view Knowledge::country(std::string_view name) const {
  auto it = countries_.find(name);
  return it == countries_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Knowledge::capital_of(std::string_view code) const {
  auto it = country_capitals_.find(code);
  return it == country_capitals_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Knowledge::country_name(std::string_view code) const {
  auto it = country_names_.find(code);
  return it == country_names_.end() ? std::string_view() : std::string_view(it->second);
}

const Title* Knowledge::title(std::string_view phrase) const {
  auto it = titles_.find(phrase);
  return it == titles_.end() ? nullptr : &it->second;
}

std::string_view Knowledge::office_key(std::string_view role_title) const {
  auto it = office_keys_.find(role_title);
  return it == office_keys_.end() ? std::string_view() : std::string_view(it->second);
}

const Metonym* Knowledge::metonym(std::string_view name) const {
  auto it = metonyms_.find(name);
  return it == metonyms_.end() ? nullptr : &it->second;
}

std::vector<const Tenure*> Knowledge::person(std::string_view name, const Date& date) const {
  std::vector<const Tenure*> out;
  auto it = by_name_.find(name);
  if (it == by_name_.end()) {
    // Dictionaries written in capitals (TABARI/PETRARCH) are matched without
    // case, and "Omar El Bashir" is "Omar al-Bashir".
    it = by_lower_name_.find(loose_name_key(name));
    if (it == by_lower_name_.end()) return out;
  }
  for (size_t i : it->second)
    if (tenures_[i].covers(date)) out.push_back(&tenures_[i]);
  if (out.empty() && date.known())  // known person, outside the curated tenures: still that person
    for (size_t i : it->second) out.push_back(&tenures_[i]);
  home_country_first(out, it->second);
  return out;
}

Knowledge::Standing Knowledge::standing(const std::vector<const Tenure*>& tenures, const Date& date) {
  if (tenures.empty()) return {};
  if (tenures.front()->covers(date)) return {tenures.front()->sector, tenures.front()->title};
  const Tenure* last_ended = nullptr;  // the latest office left before the date
  for (bool skip_seats : {true, false}) {
    for (const Tenure* t : tenures)
      if (t->end.known() && compare_dates(date, t->end) > 0 && !(skip_seats && seat_around_office(*t, tenures)) &&
          (!last_ended || compare_dates(t->end, last_ended->end) > 0))
        last_ended = t;
    if (last_ended) break;
  }
  if (!last_ended) return {};
  return {"ELI", "former " + last_ended->title};
}

// John Boehner left the House two days after the Speakership: a seat of
// many holders (a representative's, a senator's) during which the person
// took up an office of their own is not what they are a former holder of.
bool Knowledge::seat_around_office(const Tenure& seat, const std::vector<const Tenure*>& tenures) {
  if (!seat.needs_full_name || !seat.end.known()) return false;
  return std::any_of(tenures.begin(), tenures.end(), [&](const Tenure* t) {
    return !t->needs_full_name && t->name == seat.name && t->end.known() && compare_dates(t->start, seat.start) >= 0 &&
           compare_dates(t->start, seat.end) < 0;
  });
}

// A person holding an office of another state ex officio (a French
// president is co-prince of Andorra) belongs first to their home country:
// the one where they held most offices, then the one with most officials.
void Knowledge::home_country_first(std::vector<const Tenure*>& found, const std::vector<size_t>& all) const {
  if (found.size() < 2) return;
  base::StringMap<int> offices_held;
  for (size_t i : all) ++offices_held[tenures_[i].name + "|" + tenures_[i].country];
  auto weight = [&](const Tenure* t) {
    auto c = country_tenures_.find(t->country);
    return std::make_pair(offices_held[t->name + "|" + t->country], c == country_tenures_.end() ? 0 : c->second);
  };
  std::stable_sort(found.begin(), found.end(), [&](const Tenure* a, const Tenure* b) { return weight(a) > weight(b); });
}

std::vector<const Tenure*> Knowledge::by_surname(std::string_view surname, const Date& date) const {
  std::vector<const Tenure*> out;
  auto it = by_surname_.find(surname);
  if (it == by_surname_.end()) return out;
  for (size_t i : it->second)
    if (tenures_[i].covers(date)) out.push_back(&tenures_[i]);
  home_country_first(out, it->second);
  return out;
}

const Knowledge& default_knowledge() {
  static const Knowledge knowledge([] {
    std::vector<std::string> files;
    if (const char* env = std::getenv("PARLEY_KB"))
      for (const auto& f : split(env, ':'))
        if (!f.empty()) files.push_back(f);
    return files;
  }());
  return knowledge;
}

// ---- Surnames and office titles -------------------------------------------

namespace {

// "Jr.", "III": written after a surname, never called alone.
bool generational_suffix(std::string_view w) {
  static const char* suffixes[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"};
  return std::any_of(std::begin(suffixes), std::end(suffixes), [&](const char* s) { return w == s; });
}

// "de la Cruz", "Van Rompuy", "San Miguel": words that belong to the surname after them.
bool surname_particle(std::string_view w) {
  static const char* particles[] = {"de",  "la",  "las", "los", "del", "della", "van", "von", "der", "den",
                                    "da",  "di",  "du",  "le",  "dos", "das",   "do",  "ter", "bin", "ibn",
                                    "al",  "el",  "Van", "Von", "De",  "Da",    "Di",  "Du",  "La",  "Le",
                                    "Del", "San", "Santa", "Dos", "Bin", "Al",  "El",  "Abu", "Ould"};
  return std::any_of(std::begin(particles), std::end(particles), [&](const char* p) { return w == p; });
}

// "Ki-moon", "Jong-un", "Jae-in": a Korean given name (two syllables, the
// second in lower case after a hyphen), written after the family name.
bool korean_given_name(std::string_view w) {
  size_t dash = w.find('-');
  return dash != std::string_view::npos && dash >= 2 && dash <= 5 && w.size() - dash - 1 >= 1 &&
         w.size() - dash - 1 <= 4 && w[0] >= 'A' && w[0] <= 'Z' && w[dash + 1] >= 'a' && w[dash + 1] <= 'z' &&
         w.find('-', dash + 1) == std::string_view::npos;
}

}  // namespace

// Regions of data/actors/regions.tsv.  A full region name that no state or
// capital bears is a region of the gazetteer too, in place of a small town of
// that name or one of another country ("Virginia", a town in Minnesota;
// "Ontario", a city in California): the region is what news means.
void Knowledge::load_regions() {
  for (std::string_view line : data::lines("actors/regions.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 2) throw std::runtime_error("actors/regions.tsv: malformed line: " + std::string(line));
    regions_[f[0]] = f[1];
    bool abbreviation = f[0].back() == '.' || std::all_of(f[0].begin(), f[0].end(), [](char c) { return c < 'a'; });
    if (abbreviation || !country(f[0]).empty()) continue;
    auto it = places_.find(f[0]);
    if (it != places_.end() && it->second.city && it->second.population >= 100000)
      continue;  // also a large city ("New York"; "Victoria", British Columbia): keep the gazetteer's
    places_[f[0]] = Place{false, f[1], 0, false};
  }
}

std::vector<std::string> Knowledge::surnames(std::string_view name, bool family_first) {
  std::vector<std::string> words = split(name, ' ');
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  // Only after a given name and a surname: "Charles III" is a regnal name, not Mr Charles.
  while (words.size() > 2 && generational_suffix(words.back())) words.pop_back();
  if (!words.empty() && words.back().size() > 1 && words.back().back() == ',') words.back().pop_back();
  std::vector<std::string> out;
  if (words.empty()) return out;
  out.push_back(words.back());
  size_t first = words.size() - 1;
  while (first > 1 && surname_particle(words[first - 1])) --first;
  if (first + 1 < words.size()) {
    std::string joined;
    for (size_t k = first; k < words.size(); ++k) joined += (k > first ? " " : "") + words[k];
    out.push_back(joined);
  }
  bool korean = words.size() >= 2 && words.size() <= 3 && korean_given_name(words.back());
  if ((family_first || korean) && words.size() > 1 && words[0] != out[0]) out.push_back(words[0]);
  return out;
}

std::string_view Knowledge::office_sector(std::string_view title) {
  static const std::vector<std::pair<std::string, std::string>> cues = [] {
    std::vector<std::pair<std::string, std::string>> read;
    for (std::string_view line : data::lines("actors/office_sectors.tsv")) {
      auto f = split(line, '\t');
      if (f.size() != 2) throw std::runtime_error("actors/office_sectors.tsv: malformed line: " + std::string(line));
      read.emplace_back(" " + f[0] + " ", f[1]);
    }
    return read;
  }();
  std::string padded = " " + base::ascii_lower(title) + " ";
  for (char& c : padded)
    if (c == ',' || c == '.' || c == '(' || c == ')') c = ' ';
  const std::pair<std::string, std::string>* best = nullptr;
  for (const auto& cue : cues)
    if (padded.find(cue.first) != std::string::npos && (!best || cue.first.size() > best->first.size())) best = &cue;
  return best ? std::string_view(best->second) : std::string_view("GOV");
}

bool Knowledge::full_name_office(std::string_view title, bool* listed_in_part) {
  struct Office {
    std::string words;
    bool in_part;
  };
  static const std::vector<Office> offices = [] {
    std::vector<Office> read;
    for (std::string_view line : data::lines("actors/full_name_offices.txt")) {
      auto f = split(line, '\t');
      if (f.size() > 2 || (f.size() == 2 && f[1] != "in part"))
        throw std::runtime_error("actors/full_name_offices.txt: malformed line: " + std::string(line));
      read.push_back({f[0], f.size() == 2});
    }
    return read;
  }();
  std::string lower = base::ascii_lower(title);
  for (const Office& office : offices) {
    const std::string& w = office.words;
    if (lower.compare(0, w.size(), w) == 0 && (lower.size() == w.size() || lower[w.size()] == ' ')) {
      if (listed_in_part) *listed_in_part = office.in_part;
      return true;
    }
  }
  return false;
}

std::vector<const Tenure*> Knowledge::titled(std::string_view country, std::string_view role_title,
                                             const Date& date) const {
  std::vector<const Tenure*> out;
  auto it = by_title_.find(base::ascii_lower(role_title));
  if (!date.known() || it == by_title_.end()) return out;
  for (size_t i : it->second)
    if ((country.empty() || tenures_[i].country == country) && tenures_[i].covers(date)) out.push_back(&tenures_[i]);
  return out;
}

std::vector<std::string> Knowledge::countries_with_title(std::string_view role_title) const {
  auto it = countries_by_title_.find(base::ascii_lower(role_title));
  return it == countries_by_title_.end() ? std::vector<std::string>{} : it->second;
}

bool speaks_for_state(const Actor& a) {
  if (a.name.empty() || a.name.rfind("Government of ", 0) == 0) return true;
  if (a.sector != "GOV") return false;
  auto last_word_is = [&](std::string_view w) {
    return a.name.size() > w.size() && a.name[a.name.size() - w.size() - 1] == ' ' &&
           a.name.compare(a.name.size() - w.size(), w.size(), w) == 0;
  };
  return last_word_is("administration") || last_word_is("government") || last_word_is("regime") ||
         last_word_is("cabinet");
}

}  // namespace parley::actors
