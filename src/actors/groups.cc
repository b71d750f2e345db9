#include "actors/groups.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "base/string_map.h"
#include "base/text.h"
#include "parley/data.h"

namespace parley::actors {
namespace {

struct Agents {
  base::StringMap<std::string> sector;  // noun phrase -> sector
  size_t longest = 1;
  Agents() {
    for (std::string_view line : data::lines("actors/agents.tsv")) {
      auto f = base::split(line, '\t');
      if (f.size() != 2) throw std::runtime_error("actors/agents.tsv: malformed line: " + std::string(line));
      sector[f[0]] = f[1];
      longest = std::max(longest, base::split(f[0], ' ').size());
    }
    // "the Kenyan Health Ministry": every portfolio's ministry (actors/portfolios.txt).
    for (std::string_view line : data::lines("actors/portfolios.txt")) {
      std::string ministry = std::string(base::trim(line)) + " ministry";
      sector.emplace(ministry, "GOV");
      sector.emplace("ministry of " + std::string(base::trim(line)), "GOV");
      longest = std::max(longest, base::split(ministry, ' ').size() + 1);
    }
  }
};

const Agents& agents() {
  static const Agents a;
  return a;
}

const std::string& civilians_sector() {
  static const std::string cvl = "CVL";
  return cvl;
}

// Peoples of one state (data/actors/home_peoples.tsv): name -> ISO3.
const base::StringMap<std::string>& home_peoples() {
  static const auto* map = [] {
    auto* m = new base::StringMap<std::string>;
    for (std::string_view line : data::lines("actors/home_peoples.tsv")) {
      auto f = base::split(line, '\t');
      if (f.size() != 2) throw std::runtime_error("actors/home_peoples.tsv: malformed line: " + std::string(line));
      (*m)[f[0]] = f[1];
    }
    return m;
  }();
  return *map;
}

// The state of a people word ("Yoruba", "Tamils", "Rohingya"), or "".
std::string home_of(std::string_view word, bool& plural) {
  const auto& peoples = home_peoples();
  plural = false;
  if (auto it = peoples.find(word); it != peoples.end()) return it->second;
  if (word.size() > 3 && word.back() == 's')
    if (auto it = peoples.find(word.substr(0, word.size() - 1)); it != peoples.end()) {
      plural = true;
      return it->second;
    }
  return "";
}

// A faith (data/actors/faiths.tsv): its CAMEO religion code and the sector
// its members alone have ("Christians" CVL, "Islamists" RAD).
struct Faith {
  std::string code;
  std::string members_sector;
};

const base::StringMap<Faith>& faiths() {
  static const auto* map = [] {
    auto* m = new base::StringMap<Faith>;
    for (std::string_view line : data::lines("actors/faiths.tsv")) {
      auto f = base::split(line, '\t');
      if (f.size() < 2 || f.size() > 3) throw std::runtime_error("actors/faiths.tsv: malformed line: " + std::string(line));
      (*m)[f[0]] = Faith{f[1], f.size() == 3 ? f[2] : "CVL"};
    }
    return m;
  }();
  return *map;
}

// The faith a word names ("Islamic", "Muslims", "Shi'ite"), or null; `plural`
// is set for an "s" plural of a member noun.
const Faith* faith_of(std::string_view word, bool& plural) {
  const auto& all = faiths();
  plural = false;
  if (auto it = all.find(word); it != all.end()) return &it->second;
  if (word.size() > 3 && word.back() == 's')
    if (auto it = all.find(word.substr(0, word.size() - 1)); it != all.end()) {
      plural = true;
      return &it->second;
    }
  return nullptr;
}

// The sector of a community's group whose noun ends before token `last`: the
// leaders and officials of a faith or a people lead that community, not a
// government ("Muslim leaders" REL, "Yoruba leaders" ELI: `leaders_sector`);
// other nouns keep theirs ("Egypt's Islamist government" GOV).
std::string community_group_sector(const Document& doc, uint32_t last, const std::string& agent_sector,
                                   const char* leaders_sector) {
  static const char* const leader_heads[] = {"leader", "leaders", "leadership", "official", "officials"};
  std::string_view head = doc.token_lower(last - 1);
  bool leads = std::any_of(std::begin(leader_heads), std::end(leader_heads), [&](const char* h) { return head == h; });
  return leads && agent_sector == "GOV" ? leaders_sector : agent_sector;  // "tribal leaders" stay elites
}

// Agent nouns that name an actor without a country (data/actors/bare_agents.txt),
// or only before a place (data/actors/placed_agents.txt).
struct BareAgents {
  base::StringMap<std::string> sector;  // phrase -> sector, from agents.tsv
  base::StringSet first_words;          // quick test before building phrases
  base::StringSet placed;               // only before "in/of" a place (placed_agents.txt)
  size_t longest = 1;
  BareAgents() {
    for (const char* file : {"actors/bare_agents.txt", "actors/placed_agents.txt"})
      for (std::string_view line : data::lines(file)) add(std::string(base::trim(line)), file);
  }
  void add(const std::string& phrase, const std::string& file) {
    auto it = agents().sector.find(phrase);
    if (it == agents().sector.end()) throw std::runtime_error(file + ": not in agents.tsv: " + phrase);
    if (file == "actors/placed_agents.txt") placed.insert(phrase);
    sector[phrase] = it->second;
    auto words = base::split(phrase, ' ');
    first_words.insert(std::string(words[0]));
    longest = std::max(longest, words.size());
  }
};

const BareAgents& bare_agents() {
  static const BareAgents a;
  return a;
}

uint32_t token_index(const Document& doc, uint32_t text_offset) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), text_offset,
                             [](const Token& t, uint32_t off) { return t.text.end <= off; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

// The agent noun starting at token i (longest first); its sector and end.
const std::string* agent_at(const Document& doc, uint32_t i, uint32_t end, uint32_t& last) {
  const Agents& a = agents();
  for (size_t n = std::min<size_t>(a.longest, end - i); n > 0; --n) {
    std::string phrase;
    for (uint32_t k = i; k < i + n; ++k) phrase.append(k > i ? " " : "").append(doc.token_lower(k));
    auto it = a.sector.find(phrase);
    if (it != a.sector.end()) {
      last = i + static_cast<uint32_t>(n);
      return &it->second;
    }
  }
  return nullptr;
}

// Takes mention `m` out of its entity: its words now belong to a longer mention.
void detach(Document& doc, uint32_t m) {
  Mention& mention = doc.mentions[m];
  if (mention.entity < 0) return;
  auto& list = doc.entities[mention.entity].mentions;
  list.erase(std::remove(list.begin(), list.end(), m), list.end());
  mention.entity = -1;
}

// Moves mention `m` to a new group entity with `actor`, spanning [first, last).
void make_group(Document& doc, uint32_t m, const Actor& actor, uint32_t first_token, uint32_t last_token) {
  Mention& mention = doc.mentions[m];
  if (mention.entity >= 0) {
    auto& list = doc.entities[mention.entity].mentions;
    list.erase(std::remove(list.begin(), list.end(), m), list.end());
  }
  int32_t index = -1;
  for (size_t e = 0; e < doc.entities.size(); ++e)
    if (doc.entities[e].type == MentionType::kOrganization && doc.entities[e].actor.code == actor.code &&
        doc.entities[e].actor.name == actor.name)
      index = static_cast<int32_t>(e);
  if (index < 0) {
    doc.entities.push_back(Entity{actor, MentionType::kOrganization, {}});
    index = static_cast<int32_t>(doc.entities.size() - 1);
  }
  mention.text = {doc.tokens[first_token].text.begin, doc.tokens[last_token - 1].text.end};
  mention.type = MentionType::kOrganization;
  mention.entity = index;
  doc.entities[index].mentions.push_back(m);
}

// Past tenses and participles of irregular verbs ("held", "sent", "built"),
// from events/irregular_verbs.tsv.
bool is_irregular_past(std::string_view w) {
  static const base::StringSet pasts = [] {
    base::StringSet out;
    for (std::string_view line : data::lines("events/irregular_verbs.tsv")) {
      auto cols = base::split(line, '\t');
      for (size_t c = 1; c < cols.size() && c < 3; ++c)
        for (const std::string& form : base::split(cols[c], '|')) out.insert(form);
    }
    return out;
  }();
  return pasts.count(w) > 0;
}

// A lower-case word that may stand between a country and its group as a
// modifier ("Israeli riot police", "Serb paramilitary forces"), not a verb
// ("Britain mobilized troops", "Iran sends soldiers", "Russia is sending troops",
// "Russia held military drills").
bool is_modifier_word(std::string_view w) {
  if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return false;
  if (is_irregular_past(w)) return false;
  auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
  };
  if (ends("ed") || ends("ing") || (ends("s") && !ends("ss"))) return false;
  static const char* const function_words[] = {"has", "had", "have", "will", "would", "to", "can", "could", "may",
                                               "might", "must", "should", "and", "or", "of", "the", "a", "an",
                                               "is", "are", "was", "were", "be", "sent", "sent", "put", "cut"};
  return std::none_of(std::begin(function_words), std::end(function_words), [&](const char* f) { return w == f; });
}

// "Yoruba leaders", "Tamil civilian refugees", "the Uighurs": a people of one
// state (no mention covering it) before a group noun, with one lower-case
// modifier between at most, names that group of the state; a plural alone,
// its civilians.  Returns the token after the group, or t when there is none.
uint32_t add_home_people(Document& doc, uint32_t t, uint32_t end) {
  bool plural = false;
  std::string country = home_of(doc.token_text(t), plural);
  if (country.empty()) return t;
  uint32_t agent_end = 0;
  const std::string* sector = t + 1 < end ? agent_at(doc, t + 1, end, agent_end) : nullptr;
  if (!sector && t + 2 < end && is_modifier_word(doc.token_text(t + 1))) sector = agent_at(doc, t + 2, end, agent_end);
  if (!sector) {
    // "the Uighurs", but not "Tamils Rehabilitation Organisation".
    bool name_follows = t + 1 < end && std::isupper(static_cast<unsigned char>(doc.token_text(t + 1)[0]));
    if (!plural || name_follows) return t;
    sector = &civilians_sector();
    agent_end = t + 1;
  }
  Actor group;
  group.country = country;
  group.sector = community_group_sector(doc, agent_end, *sector, "ELI");
  group.code = country + group.sector;
  doc.mentions.push_back(
      Mention{{doc.tokens[t].text.begin, doc.tokens[agent_end - 1].text.end}, MentionType::kOrganization, -1});
  make_group(doc, static_cast<uint32_t>(doc.mentions.size() - 1), group, t, agent_end);
  return agent_end;
}

// "Bosnian Serbs", "Bosnian Serb forces", "Croatian Serb refugees": a demonym
// before a people (that no mention covers) is that people of the country:
// its civilians, or the group a noun after them names.  True if one was added.
bool add_demonym_people(Document& doc, const Knowledge& kb, uint32_t t) {
  std::string_view demonym = doc.token_text(t), people = doc.token_text(t + 1);
  if (!kb.is_demonym(demonym) || !kb.is_people(people) || !kb.country(people).empty()) return false;
  std::string country(kb.country(demonym));
  if (country.empty()) return false;
  uint32_t end = t + 2, agent_end = 0;
  const std::string* sector = nullptr;
  if (end < doc.tokens.size()) sector = agent_at(doc, end, static_cast<uint32_t>(doc.tokens.size()), agent_end);
  if (!sector && people.back() != 's') return false;  // "a Bosnian Serb leader" is no group of people
  if (sector) end = agent_end;
  Actor group;
  group.country = country;
  group.sector = sector ? *sector : "CVL";
  group.code = country + group.sector;
  doc.mentions.push_back(Mention{{doc.tokens[t].text.begin, doc.tokens[end - 1].text.end}, MentionType::kOrganization, -1});
  make_group(doc, static_cast<uint32_t>(doc.mentions.size() - 1), group, t, end);
  return true;
}

// The country of the first place named after "in" from token t to the end
// of its sentence, or "".
std::string country_of_first_place_after(const Document& doc, uint32_t t) {
  uint32_t end = t;
  for (const Sentence& s : doc.sentences)
    if (t >= s.first_token && t < s.first_token + s.token_count) end = s.first_token + s.token_count;
  for (uint32_t k = t; k + 1 < end; ++k) {
    if (doc.token_lower(k) != "in") continue;
    uint32_t begin = doc.tokens[k + 1].text.begin;
    for (const Mention& m : doc.mentions)
      if (m.text.begin == begin && m.entity >= 0 && m.type == MentionType::kLocation)
        return doc.entities[m.entity].actor.country;
  }
  return "";
}

// "ethnic Turks", "ethnic Albanians in Macedonia": a people named as an
// ethnicity, not a nationality, is civilians of where the sentence places
// them, or of no known country.  True if one was added.
bool add_ethnic_people(Document& doc, const Knowledge& kb, uint32_t t, uint32_t end) {
  std::string_view w = doc.token_text(t);
  if (t == 0 || doc.token_lower(t - 1) != "ethnic" || w.size() < 4 || w.back() != 's') return false;
  std::string_view singular = w.substr(0, w.size() - 1);
  if (!kb.is_people(w) && !kb.is_demonym(singular)) return false;
  if (t + 1 < end && std::isupper(static_cast<unsigned char>(doc.token_text(t + 1)[0]))) return false;
  Actor people;
  people.country = country_of_first_place_after(doc, t + 1);
  people.sector = "CVL";
  people.code = people.country + "CVL";
  doc.mentions.push_back(Mention{doc.tokens[t].text, MentionType::kOrganization, -1});
  make_group(doc, static_cast<uint32_t>(doc.mentions.size() - 1), people, t, t + 1);
  return true;
}

// "the Palestinians", "thousands of Nigerians": a plural demonym that no
// mention covers is that country's people.
void add_peoples(Document& doc, const Knowledge& kb) {
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions)
    for (uint32_t t = token_index(doc, m.text.begin); t < doc.tokens.size() && doc.tokens[t].text.begin < m.text.end;
         ++t)
      covered[t] = true;
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
      std::string_view w = doc.token_text(t);
      uint32_t end = s.first_token + s.token_count;
      if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) continue;  // peoples are capitalised
      if (!covered[t] && add_ethnic_people(doc, kb, t, end)) continue;
      if (!covered[t] && t + 1 < end && !covered[t + 1] && add_demonym_people(doc, kb, t)) continue;
      if (!covered[t] && (t + 1 >= end || !covered[t + 1])) {
        uint32_t after = add_home_people(doc, t, end);
        if (after > t) {
          t = after - 1;
          continue;
        }
      }
      if (covered[t] || w.size() < 5 || w.back() != 's' || !std::isupper(static_cast<unsigned char>(w[0]))) continue;
      std::string singular(w.substr(0, w.size() - 1));
      if (!kb.is_demonym(singular)) continue;
      std::string country(kb.country(singular));
      if (country.empty()) continue;
      doc.mentions.push_back(Mention{doc.tokens[t].text, MentionType::kOrganization, -1});
      Actor people;
      people.country = country;
      people.sector = "CVL";
      people.code = country + "CVL";
      make_group(doc, static_cast<uint32_t>(doc.mentions.size() - 1), people, t, t + 1);
    }
  }
}

// Nouns after an agent word that make it a modifier of a thing, not an
// actor: "police station", "army base", "government statement".
bool is_thing_after_agent(std::string_view w) {
  static const char* const things[] = {
      "station",  "stations", "headquarters", "building", "buildings", "car",       "cars",      "vehicle",
      "vehicles", "post",     "posts",        "base",     "bases",     "camp",      "camps",     "newspaper",
      "custody",  "statement", "report",      "reports",  "order",     "decision",  "ruling",    "source",
      "sources",  "figures",  "data",         "budget",   "bonds",     "spending",  "website",   "account",
      "policy",   "policies", "plan",         "plans",    "bill",      "hearing",   "case",      "cases",
      "records",  "check",    "checkpoint",   "checkpoints", "uniform", "uniforms", "dogs",      "tape",
      "line",     "lines",    "chief",        "coup",
      // "further military support", "military exercises": the agent word as an adjective.
      "support",  "aid",      "assistance",   "equipment", "exercise", "exercises", "operation", "operations",
      "action",   "intervention", "campaign", "offensive", "presence",  "cooperation", "ties",
      "hardware", "training", "advisers",     "advisors",  "rule",      "power",     "might",     "service",
      "protection", "escort"};
  return std::any_of(std::begin(things), std::end(things), [&](const char* t) { return w == t; });
}

// Sectors whose unnamed members act at home: "police ... in Cairo" are
// Egypt's police.  Troops and soldiers are often abroad, so not MIL.
bool acts_at_home(const std::string& sector) { return sector != "MIL" && sector != "REF"; }

// The country of the mention covering token t, or "".
std::string country_at(const Document& doc, const std::vector<int32_t>& mention_at, uint32_t t) {
  if (t >= mention_at.size() || mention_at[t] < 0) return "";
  const Mention& m = doc.mentions[mention_at[t]];
  if (m.entity < 0) return "";
  const Actor& a = doc.entities[m.entity].actor;
  return a.sector == "IGO" ? "" : a.country;
}

// The country of a bare agent at [first, last): "police in Guinea", "the
// government of Sudan"; else, for domestic bodies, the first place the
// sentence puts its events in ("... in Cairo").
std::string bare_agent_country(const Document& doc, const Sentence& s, const std::vector<int32_t>& mention_at,
                               uint32_t last, const std::string& sector) {
  uint32_t end = s.first_token + s.token_count;
  // "a terror group based in Trinidad", "militants operating in Mali": where
  // the group is based is its country, whatever its sector.
  static const char* const based[] = {"based", "stationed", "operating", "headquartered"};
  if (last + 2 < end && doc.token_lower(last + 1) == "in" &&
      std::any_of(std::begin(based), std::end(based), [&](const char* b) { return doc.token_text(last) == b; })) {
    std::string country = country_at(doc, mention_at, last + 2);
    if (!country.empty()) return country;
  }
  if (last + 1 < end) {
    std::string_view prep = doc.token_lower(last);
    uint32_t at = last + 1;
    if (at + 1 < end && doc.token_lower(at) == "the") ++at;
    // "dissidents from military-ruled Myanmar": one modifier may come before the country.
    if (prep == "from" && at + 1 < end && mention_at[at] < 0 && std::islower(static_cast<unsigned char>(doc.token_text(at)[0])))
      ++at;
    if (prep == "of" || prep == "from" || (prep == "in" && acts_at_home(sector))) {
      std::string country = country_at(doc, mention_at, at);
      if (!country.empty()) return country;
    }
  }
  if (!acts_at_home(sector)) return "";
  for (uint32_t t = s.first_token + 1; t + 1 < end; ++t) {
    if (doc.token_lower(t) != "in" || mention_at[t + 1] < 0) continue;
    const Mention& m = doc.mentions[mention_at[t + 1]];
    if (m.type == MentionType::kLocation) return country_at(doc, mention_at, t + 1);
  }
  return "";
}

// For each token, the mention covering it, or -1.
std::vector<int32_t> mention_at_tokens(const Document& doc) {
  std::vector<int32_t> mention_at(doc.tokens.size(), -1);
  for (uint32_t m = 0; m < doc.mentions.size(); ++m)
    for (uint32_t t = token_index(doc, doc.mentions[m].text.begin);
         t < doc.tokens.size() && doc.tokens[t].text.begin < doc.mentions[m].text.end; ++t)
      mention_at[t] = static_cast<int32_t>(m);
  return mention_at;
}

bool is_lower_word(std::string_view w) { return !w.empty() && std::islower(static_cast<unsigned char>(w[0])); }
bool is_capitalised_word(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

// Adds a group mention of `actor` over tokens [first, last) and marks them covered.
void add_group_mention(Document& doc, std::vector<int32_t>& mention_at, const Actor& actor, uint32_t first,
                       uint32_t last) {
  doc.mentions.push_back(
      Mention{{doc.tokens[first].text.begin, doc.tokens[last - 1].text.end}, MentionType::kOrganization, -1});
  uint32_t m = static_cast<uint32_t>(doc.mentions.size() - 1);
  make_group(doc, m, actor, first, last);
  for (uint32_t k = first; k < last; ++k) mention_at[k] = static_cast<int32_t>(m);
}

// "Islamic fundamentalists", "Jewish settlers", "Hindu nationalists",
// "Muslim militants in Kashmir", "the Christians": a faith word (no mention
// covering it) before a lower-case group noun, one lower-case modifier between
// at most, names that group of the faith; a member noun's plural alone, the
// faith's people.  Its country comes from the context as for a bare group.
void add_faith_groups(Document& doc, std::vector<int32_t>& mention_at) {
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    uint32_t end = s.first_token + s.token_count;
    for (uint32_t t = s.first_token; t < end; ++t) {
      bool plural = false;
      std::string_view w = doc.token_text(t);
      bool candidate = mention_at[t] < 0 && !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
      const Faith* faith = candidate ? faith_of(w, plural) : nullptr;  // faiths are capitalised
      if (!faith) continue;
      uint32_t last = 0;
      const std::string* agent = nullptr;
      if (t + 1 < end && is_lower_word(doc.token_text(t + 1))) agent = agent_at(doc, t + 1, end, last);
      if (!agent && t + 2 < end && is_modifier_word(doc.token_text(t + 1)) && is_lower_word(doc.token_text(t + 2)))
        agent = agent_at(doc, t + 2, end, last);
      if (agent && last < end && is_thing_after_agent(doc.token_lower(last))) agent = nullptr;
      std::string sector;
      if (agent) {
        sector = community_group_sector(doc, last, *agent, "REL");
      } else if (plural && (t + 1 >= end || !std::isupper(static_cast<unsigned char>(doc.token_text(t + 1)[0])))) {
        sector = faith->members_sector;  // "the Muslims", not "Christians United for Israel"
        last = t + 1;
      } else {
        continue;
      }
      bool covered = false;
      for (uint32_t k = t; k < last; ++k) covered |= mention_at[k] >= 0;
      if (covered) continue;
      Actor group;
      group.country = bare_agent_country(doc, s, mention_at, last, sector);
      group.sector = sector;
      group.code = group.country.empty() ? faith->code + sector : group.country + sector + faith->code;
      add_group_mention(doc, mention_at, group, t, last);
      t = last - 1;
    }
  }
}

// "Police arrested 20 people", "rebels attacked the town": an agent noun no
// mention covers, lower case (or first in its sentence), names a group of
// the country its context gives, or of no known country.
// The country of a demonym written in lower case ("afghan", "israeli"), or "".
std::string lower_case_demonym_country(const Knowledge& kb, std::string_view w) {
  if (w.size() < 4 || !is_lower_word(w)) return "";
  std::string capitalised(w);
  capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[0])));
  return kb.is_demonym(capitalised) ? std::string(kb.country(capitalised)) : "";
}

// The tokens [a, b) as written, joined by spaces.
std::string text_of(const Document& doc, uint32_t a, uint32_t b) {
  std::string out;
  for (uint32_t k = a; k < b; ++k) out += (k > a ? " " : "") + std::string(doc.token_text(k));
  return out;
}

// The country of a state or place named right after "in" or "of" at token
// `at` ("in Kandahar", "of Egypt"), or "".
std::string place_after(const Document& doc, const std::vector<int32_t>& mention_at, uint32_t at, uint32_t end) {
  if (at + 1 >= end) return "";
  std::string_view prep = doc.token_lower(at);
  if ((prep != "in" && prep != "of") || mention_at[at + 1] < 0) return "";
  if (doc.mentions[mention_at[at + 1]].type != MentionType::kLocation) return "";
  return country_at(doc, mention_at, at + 1);
}

void add_bare_agents(Document& doc, const Knowledge& kb, std::vector<int32_t>& mention_at) {
  const BareAgents& bare = bare_agents();
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    uint32_t end = s.first_token + s.token_count;
    for (uint32_t t = s.first_token; t < end; ++t) {
      std::string_view w = doc.token_text(t);
      if (mention_at[t] >= 0 || w.empty() || (t != s.first_token && !std::islower(static_cast<unsigned char>(w[0]))))
        continue;
      // After an unknown name it is still the group: "Hezbollah guerrillas", "Boko Haram militants".
      if (!bare.first_words.count(base::ascii_lower(w))) continue;
      const std::string* sector = nullptr;
      uint32_t last = t;
      for (size_t n = std::min<size_t>(bare.longest, end - t); n > 0 && !sector; --n) {
        std::string phrase;
        for (uint32_t k = t; k < t + n; ++k) phrase.append(k > t ? " " : "").append(doc.token_lower(k));
        if (auto it = bare.sector.find(phrase); it != bare.sector.end()) {
          sector = &it->second;
          last = t + static_cast<uint32_t>(n);
        }
      }
      if (!sector) continue;
      bool covered = false;
      for (uint32_t k = t; k < last; ++k) covered |= mention_at[k] >= 0;
      if (covered || (last < end && is_thing_after_agent(doc.token_lower(last)))) continue;
      std::string placed;  // "officials in Kandahar": the place's country
      if (bare.placed.count(base::ascii_lower(text_of(doc, t, last)))) {
        placed = place_after(doc, mention_at, last, end);
        if (placed.empty()) continue;
      }
      Actor group;
      uint32_t first = t;
      // "afghan rebels", "israeli troops": a demonym written in lower case.
      if (t > s.first_token && mention_at[t - 1] < 0) {
        std::string country = lower_case_demonym_country(kb, doc.token_text(t - 1));
        if (!country.empty()) {
          group.country = country;
          first = t - 1;
        }
      }
      if (group.country.empty()) group.country = placed;
      if (group.country.empty()) group.country = bare_agent_country(doc, s, mention_at, last, *sector);
      group.sector = *sector;
      group.code = group.country + *sector;
      add_group_mention(doc, mention_at, group, first, last);
      t = last - 1;
    }
  }
}

// The country of the nearest mention that ends before `offset` and has one
// (a state, a place, a body or person of a state; not an international body), or "".
std::string last_country_before(const Document& doc, uint32_t offset) {
  std::string country;
  uint32_t best_end = 0;
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || m.text.end > offset || m.text.end < best_end) continue;
    const Actor& a = doc.entities[m.entity].actor;
    if (a.country.empty() || a.sector == "IGO" || a.sector == "NGO") continue;
    country = a.country;
    best_end = m.text.end;
  }
  return country;
}

// "the country's top court", "the nation's army": a group of "the country"
// is a group of the state the text named last.
void add_groups_of_the_country(Document& doc, std::vector<int32_t>& mention_at) {
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    uint32_t end = s.first_token + s.token_count;
    for (uint32_t t = s.first_token; t + 2 < end; ++t) {
      std::string_view word = doc.token_text(t);
      bool country_word = word == "country" || word == "nation" || word == "Country" || word == "Nation";
      if (!country_word || !base::is_possessive_s(doc.token_text(t + 1))) continue;
      uint32_t i = t + 2, agent_end = 0;
      const std::string* sector = agent_at(doc, i, end, agent_end);
      if (!sector && i + 1 < end && is_modifier_word(doc.token_text(i))) sector = agent_at(doc, i + 1, end, agent_end);
      if (!sector) continue;
      bool covered = false;
      for (uint32_t k = t; k < agent_end; ++k) covered |= mention_at[k] >= 0;
      if (covered || (agent_end < end && is_thing_after_agent(doc.token_lower(agent_end)))) continue;
      std::string country = last_country_before(doc, doc.tokens[t].text.begin);
      if (country.empty()) continue;
      Actor group;
      group.country = country;
      group.sector = *sector;
      group.code = country + *sector;
      add_group_mention(doc, mention_at, group, t, agent_end);
    }
  }
}

// Is `w` a count of people: a number ("200", "1,000") or a word for many
// ("dozens", "thousands")?
bool is_count_word(std::string_view w) {
  static const char* const counts[] = {"dozens", "scores", "hundreds", "thousands", "tens", "millions"};
  if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) return true;
  std::string lower = base::ascii_lower(w);
  return std::any_of(std::begin(counts), std::end(counts), [&](const char* c) { return lower == c; });
}

// "Thousands of people blocked streets in Hong Kong", "police dispersed 200
// people": counted people that no mention covers are civilians, of the
// country the context gives.  Uncounted "people" is too vague to be an actor.
void add_counted_people(Document& doc, std::vector<int32_t>& mention_at) {
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    uint32_t end = s.first_token + s.token_count;
    for (uint32_t t = s.first_token + 1; t < end; ++t) {
      std::string_view w = doc.token_text(t);
      if (mention_at[t] >= 0 || (w != "people" && w != "persons")) continue;
      bool counted = is_count_word(doc.token_text(t - 1)) ||
                     (t >= s.first_token + 2 && doc.token_text(t - 1) == "of" && is_count_word(doc.token_text(t - 2)));
      if (!counted) continue;
      Actor people;
      people.country = bare_agent_country(doc, s, mention_at, t + 1, "CVL");
      people.sector = "CVL";
      people.code = people.country + "CVL";
      add_group_mention(doc, mention_at, people, t, t + 1);
    }
  }
}

// The group a bare state mention heads: "Israeli troops", "Poland's
// parliament", "Serb paramilitary forces", "Iraqi Kurds", "Croatian Serb
// refugees", "UN troops".  `first`/`end` are the state mention's tokens;
// `sector` is null when no group noun follows.
struct GroupAfter {
  const std::string* sector = nullptr;
  uint32_t first = 0, end = 0, agent_end = 0;
  bool people = false;       // a people word stands for the group ("Iraqi Kurds")
  bool coordinated = false;  // the group noun is another state's ("French and Egyptian warships")
  const Faith* faith = nullptr;  // the people word is a faith ("Lebanese Christian leaders")
  int32_t party = -1;            // the mention of the party before "government", which the group takes in
};

// Is token t one word that no mention covers, or a political party's mention
// of that one word (`party` set to it)?
bool party_or_free_word(const Document& doc, uint32_t t, int32_t& party) {
  party = -1;
  const Span& word = doc.tokens[t].text;
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& other = doc.mentions[m];
    if (other.text.begin >= word.end || other.text.end <= word.begin) continue;
    bool one_word_party = other.text.begin == word.begin && other.text.end == word.end && other.entity >= 0 &&
                          doc.entities[other.entity].actor.sector == "PTY";
    if (!one_word_party) return false;
    party = static_cast<int32_t>(m);
  }
  return true;
}

GroupAfter group_after(const Document& doc, const Knowledge& kb, uint32_t m) {
  GroupAfter g;
  const Mention& mention = doc.mentions[m];
  if (mention.entity < 0) return g;
  const Actor& state = doc.entities[mention.entity].actor;
  // Only a bare state mention ("Israeli", "Poland", "Poland's") or an
  // international or non-governmental body ("UN", "Red Cross") heads a group.
  bool body = state.sector == "IGO" || state.sector == "NGO";
  if (!body && (!state.name.empty() || state.country.empty() || !state.sector.empty())) return g;
  g.first = token_index(doc, mention.text.begin);
  g.end = token_index(doc, mention.text.end - 1) + 1;
  const Sentence* sentence = nullptr;
  for (const Sentence& s : doc.sentences)
    if (g.first >= s.first_token && g.first < s.first_token + s.token_count) sentence = &s;
  if (!sentence) return g;
  uint32_t end = sentence->first_token + sentence->token_count;
  uint32_t i = g.end;
  if (i < end && base::is_possessive_s(doc.token_text(i))) ++i;
  // A people between: "Iraqi Kurds", "Croatian Serb refugees", "Turkish Kurd refugees".
  bool people = !body && i < end && kb.is_people(doc.token_text(i)) && kb.country(doc.token_text(i)).empty();
  bool plural_faith = false;
  if (!body && i < end) g.faith = faith_of(doc.token_text(i), plural_faith);
  people |= g.faith != nullptr;
  if (people) ++i;
  // One lower-case modifier may come between: "Israeli army", "Serb paramilitary forces".
  const std::string* sector = i < end ? agent_at(doc, i, end, g.agent_end) : nullptr;
  if (!sector && i + 1 < end && is_modifier_word(doc.token_text(i))) sector = agent_at(doc, i + 1, end, g.agent_end);
  // "Nicaragua's Sandinista government", "Israel's Likud government": the
  // ruling party's name (unknown, or a party's) before the government.
  int32_t party = -1;
  if (!sector && !people && i + 1 < end && std::isupper(static_cast<unsigned char>(doc.token_text(i)[0])) &&
      is_lower_word(doc.token_text(i + 1))) {
    uint32_t agent_end = 0;
    const std::string* gov = agent_at(doc, i + 1, end, agent_end);
    if (gov && *gov == "GOV" && party_or_free_word(doc, i, party)) {
      sector = gov;
      g.agent_end = agent_end;
      g.party = party;
    }
  }
  if (!sector && people && doc.token_text(i - 1).back() == 's') {
    sector = &civilians_sector();  // "Iraqi Kurds": a people of that country
    g.agent_end = i;
    g.people = true;
  }
  // "the US commander": a title the actor pass made a mention of already;
  // "British National Party": the noun begins a longer name.
  if (sector) {
    uint32_t agent_last = doc.tokens[g.agent_end - 1].text.end;
    for (const Mention& other : doc.mentions)
      if (&other != &mention && &other != (g.party >= 0 ? &doc.mentions[g.party] : nullptr) &&
          other.text.begin < agent_last && other.text.end > doc.tokens[i].text.begin &&
          (other.type == MentionType::kPerson || other.text.end > agent_last))
        sector = nullptr;
  }
  if (body && sector && *sector != "MIL" && *sector != "COP" && *sector != "GOV") sector = nullptr;
  g.sector = sector;
  return g;
}

// "US-led forces", "the Saudi-led coalition", "Vietnamese-led forces": a
// group that a state leads is that state's (a led coalition is a military one).
void add_led_groups(Document& doc, const Knowledge& kb) {
  static const std::string military = "MIL";
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    uint32_t end = s.first_token + s.token_count;
    for (uint32_t t = s.first_token; t + 1 < end; ++t) {
      std::string_view w = doc.token_text(t);
      if (w.size() < 6 || w.substr(w.size() - 4) != "-led") continue;
      std::string country(kb.country(w.substr(0, w.size() - 4)));
      if (country.empty()) continue;
      uint32_t agent_end = t + 2;
      const std::string* sector = &military;
      if (doc.token_lower(t + 1) != "coalition") sector = agent_at(doc, t + 1, end, agent_end);
      if (!sector) continue;
      Span span{doc.tokens[t].text.begin, doc.tokens[agent_end - 1].text.end};
      bool covered = std::any_of(doc.mentions.begin(), doc.mentions.end(),
                                 [&](const Mention& m) { return m.text.begin < span.end && m.text.end > span.begin; });
      if (covered) continue;
      Actor group;
      group.country = country;
      group.sector = *sector;
      group.code = country + *sector;
      doc.mentions.push_back(Mention{span, MentionType::kOrganization, -1});
      make_group(doc, static_cast<uint32_t>(doc.mentions.size() - 1), group, t, agent_end);
      t = agent_end - 1;
    }
  }
}

// Words of body names that give the body's sector (data/actors/body_name_sectors.tsv).
struct BodyNameSectors {
  base::StringMap<std::string> field, head;
  BodyNameSectors() {
    for (std::string_view line : data::lines("actors/body_name_sectors.tsv")) {
      auto f = base::split(line, '\t');
      if (f.size() != 3 || (f[2] != "field" && f[2] != "head"))
        throw std::runtime_error("actors/body_name_sectors.tsv: malformed line: " + std::string(line));
      (f[2] == "field" ? field : head)[f[0]] = f[1];
    }
  }
};

// The sector of a body named by tokens [first, end): a word saying whom it
// serves ("Teachers", "Medical") before one saying what kind of body it is
// ("Union", "Party"); "" if none.
std::string body_name_sector(const Document& doc, uint32_t first, uint32_t end) {
  static const BodyNameSectors words;
  std::string kind;
  for (uint32_t k = first; k < end; ++k) {
    std::string w(doc.token_text(k));
    if (auto it = words.field.find(w); it != words.field.end()) return it->second;
    // The plural group nouns of agents.tsv: "Teachers", "Farmers", "Journalists".
    if (w.size() > 3 && w.back() == 's')
      if (auto it = agents().sector.find(base::ascii_lower(w)); it != agents().sector.end()) return it->second;
    if (auto it = words.head.find(w); kind.empty() && it != words.head.end()) kind = it->second;
  }
  return kind;
}

// Is `a` a country alone (no person, body or group of it)?
bool is_bare_state(const Actor& a) { return a.name.empty() && !a.country.empty() && a.sector.empty(); }

// "the Nigerian Union of Teachers", "the Kenya National Union of Teachers",
// "Egypt's Organization for Human Rights": a country right before the name of
// an organisation no list resolves makes the organisation that country's, with
// the sector the words of its name give.  The country's mention joins the name.
void add_national_bodies(Document& doc) {
  std::unordered_multimap<uint32_t, uint32_t> starting_at;  // text offset -> mentions that begin there
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) starting_at.emplace(doc.mentions[m].text.begin, m);
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    Mention& state = doc.mentions[m];
    if (state.entity < 0 || !is_bare_state(doc.entities[state.entity].actor)) continue;
    uint32_t next = token_index(doc, state.text.end);
    if (next < doc.tokens.size() && base::is_possessive_s(doc.token_text(next))) ++next;
    if (next >= doc.tokens.size()) continue;
    auto [from, to] = starting_at.equal_range(doc.tokens[next].text.begin);
    for (auto it = from; it != to; ++it) {
      Mention& body = doc.mentions[it->second];
      if (body.type != MentionType::kOrganization || body.entity < 0) continue;
      Actor& actor = doc.entities[body.entity].actor;
      if (!actor.id.empty() || !actor.country.empty() || !actor.sector.empty()) break;
      uint32_t first = token_index(doc, state.text.begin), end = token_index(doc, body.text.end - 1) + 1;
      actor.country = doc.entities[state.entity].actor.country;
      actor.sector = body_name_sector(doc, next, end);
      actor.code = actor.country + actor.sector;
      detach(doc, m);
      body.text.begin = doc.tokens[first].text.begin;
      if (next == token_index(doc, state.text.end)) actor.name = std::string(doc.view(body.text));  // not after "'s"
      break;
    }
  }
}

// "Kenya Airways", "Malaysia Airlines", "China Development Bank": an
// organisation's name that begins with its country's name, and that the
// recogniser read as the state alone, is a body of that state with the
// sector the rest of its name gives (data/actors/body_name_sectors.tsv).
void add_bodies_named_for_states(Document& doc, const Knowledge& kb) {
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& body = doc.mentions[m];
    if (body.type != MentionType::kOrganization || body.entity < 0) continue;
    const Actor& state = doc.entities[body.entity].actor;
    // "the Soviet Union", "the United Arab Emirates": the whole name is the state's.
    if (!is_bare_state(state) || !kb.country(doc.view(body.text)).empty()) continue;
    uint32_t first = token_index(doc, body.text.begin), end = token_index(doc, body.text.end - 1) + 1;
    if (end <= first + 1) continue;
    std::string sector = body_name_sector(doc, first + 1, end);
    if (sector.empty()) continue;
    Actor named;
    named.name = std::string(doc.view(body.text));
    named.country = state.country;
    named.sector = sector;
    named.code = named.country + named.sector;
    make_group(doc, m, named, first, end);
  }
}

// The country of the mention that starts at token t (after an optional
// "the"): a state or a place of one, not an international body; or "".
std::string country_of_mention_at(const Document& doc, uint32_t t) {
  if (t < doc.tokens.size() && doc.token_lower(t) == "the") ++t;
  if (t >= doc.tokens.size()) return "";
  for (const Mention& m : doc.mentions) {
    if (m.text.begin != doc.tokens[t].text.begin || m.entity < 0) continue;
    const Actor& a = doc.entities[m.entity].actor;
    if (a.sector.empty() && a.name.empty()) return a.country;
  }
  return "";
}

// "the Ministry of Health of Uganda", "the High Court in Nairobi": a state
// body that no list resolves (its name says its sector) followed by "of" or
// "in" a state or a place of one is that state's.
void add_bodies_of_places(Document& doc) {
  for (Mention& body : doc.mentions) {
    if (body.type != MentionType::kOrganization || body.entity < 0) continue;
    Actor& actor = doc.entities[body.entity].actor;
    if (!actor.id.empty() || !actor.country.empty() || !actor.sector.empty()) continue;
    uint32_t first = token_index(doc, body.text.begin), end = token_index(doc, body.text.end - 1) + 1;
    if (end + 1 >= doc.tokens.size() || (doc.token_text(end) != "of" && doc.token_text(end) != "in")) continue;
    std::string sector = body_name_sector(doc, first, end);
    if (sector.empty()) continue;
    std::string country = country_of_mention_at(doc, end + 1);
    if (country.empty()) continue;
    actor.country = country;
    actor.sector = sector;
    actor.code = country + sector;
  }
}

// Sectors of those who rule a country, whose opponents are its opposition.
bool is_ruling_sector(const std::string& sector) { return sector == "GOV" || sector == "LEG" || sector == "JUD"; }

// "opponents of Rwanda's Senate", "critics of President Kagame": a noun of
// data/actors/opponent_nouns.txt before "of" (and "the") and the mention of
// a country's ruler names that country's opposition (OPP), a group whose
// mention spans both.  A foreign state ("critics of Israel") is no ruler here.
void add_opponents_of_rulers(Document& doc) {
  static const base::StringSet nouns = [] {
    base::StringSet out;
    for (std::string_view line : data::lines("actors/opponent_nouns.txt")) out.insert(std::string(base::trim(line)));
    return out;
  }();
  std::vector<int32_t> mention_at;  // filled at the first "<noun> of"
  for (uint32_t t = 0; t + 2 < doc.tokens.size(); ++t) {
    std::string_view of = doc.token_text(t + 1);
    if ((of != "of" && of != "Of") || !nouns.count(doc.token_lower(t))) continue;
    if (mention_at.empty()) mention_at = mention_at_tokens(doc);
    if (mention_at[t] >= 0) continue;
    uint32_t at = t + 2;
    if (doc.token_lower(at) == "the" && at + 1 < doc.tokens.size()) ++at;
    // A title outside the name: "critics of President Kagame".
    while (at + 1 < doc.tokens.size() && at < t + 6 && mention_at[at] < 0 && is_capitalised_word(doc.token_text(at)))
      ++at;
    int32_t m = mention_at[at];
    if (m < 0 || doc.mentions[m].entity < 0 || doc.mentions[m].text.begin != doc.tokens[at].text.begin) continue;
    const Actor& ruler = doc.entities[doc.mentions[m].entity].actor;
    if (ruler.country.empty() || !is_ruling_sector(ruler.sector)) continue;
    uint32_t end = token_index(doc, doc.mentions[m].text.end - 1) + 1;
    // "critics of Obama's health reforms", "opponents of the Mueller
    // investigation": the ruler's act or thing is opposed, and its owner
    // stays an actor of its own.
    if (end < doc.tokens.size() && base::is_possessive_s(doc.token_text(end))) continue;
    if (doc.mentions[m].type == MentionType::kPerson && doc.token_lower(at - 1) == "the") continue;
    Actor opposition;
    opposition.country = ruler.country;
    opposition.sector = "OPP";
    opposition.code = opposition.country + opposition.sector;
    make_group(doc, static_cast<uint32_t>(m), opposition, t, end);
    for (uint32_t k = t; k < end; ++k) mention_at[k] = m;
  }
}

}  // namespace

void recognize_groups(Document& doc, const Knowledge& kb) {
  // The group each bare state mention heads, found before any mention moves,
  // so that "French and Egyptian warships" can give the first state the
  // second one's group.
  std::vector<GroupAfter> found(doc.mentions.size());
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) found[m] = group_after(doc, kb, m);
  // From the last mention back, so that a list passes the group noun along:
  // "Israeli, Palestinian and Egyptian officials".
  for (uint32_t m = static_cast<uint32_t>(found.size()); m-- > 0;) {
    if (found[m].sector || found[m].first == found[m].end) continue;
    // "French and Egyptian warships", "Hungarian and Romanian officials".
    uint32_t next = found[m].end;
    if (next >= doc.tokens.size()) continue;
    std::string_view w = doc.token_text(next);
    if (w != "and" && w != "or" && w != ",") continue;
    for (uint32_t o = 0; o < found.size(); ++o)
      // Not "the United States, South Korea's defense ministry": a possessive's group is its own.
      if (o != m && found[o].sector && found[o].first == next + 1 && !found[o].people &&
          !base::is_possessive_s(doc.token_text(found[o].end))) {
        found[m].sector = found[o].sector;
        found[m].coordinated = true;
      }
  }
  for (uint32_t m = 0; m < found.size(); ++m) {
    const GroupAfter& g = found[m];
    if (!g.sector) continue;
    const Actor& state = doc.entities[doc.mentions[m].entity].actor;
    Actor group;
    if (state.sector == "IGO" || state.sector == "NGO") {
      group = state;  // "UN troops", "Red Cross officials": the body itself acts
    } else {
      // "ethnic Albanian guerrillas operating in Macedonia": an ethnicity, not
      // a nationality; the group belongs where the sentence places it.
      bool ethnic = g.first > 0 && doc.token_lower(g.first - 1) == "ethnic";
      group.country = ethnic ? country_of_first_place_after(doc, g.agent_end) : state.country;
      group.sector = g.faith && !g.people ? community_group_sector(doc, g.agent_end, *g.sector, "REL") : *g.sector;
      group.code = group.country + group.sector + (g.faith ? g.faith->code : "");
    }
    make_group(doc, m, group, g.first, g.coordinated ? g.end : g.agent_end);
    if (g.party >= 0) detach(doc, static_cast<uint32_t>(g.party));  // "Likud" is part of "Israel's Likud government"
  }
  add_national_bodies(doc);
  add_bodies_named_for_states(doc, kb);
  add_bodies_of_places(doc);
  add_led_groups(doc, kb);
  add_peoples(doc, kb);
  // The passes below add groups over words no mention covers yet; `mention_at`
  // (the mention covering each token) is kept up to date by each.
  std::vector<int32_t> mention_at = mention_at_tokens(doc);
  add_faith_groups(doc, mention_at);
  add_groups_of_the_country(doc, mention_at);
  add_bare_agents(doc, kb, mention_at);
  add_counted_people(doc, mention_at);
  add_opponents_of_rulers(doc);
}

}  // namespace parley::actors
