#include "actors/groups.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <unordered_map>

#include "base/text.h"
#include "parley/data.h"

namespace parley::actors {
namespace {

struct Agents {
  std::unordered_map<std::string, std::string> sector;  // noun phrase -> sector
  size_t longest = 1;
  Agents() {
    for (std::string_view line : data::lines("actors/agents.tsv")) {
      auto f = base::split(line, '\t');
      if (f.size() != 2) throw std::runtime_error("actors/agents.tsv: malformed line: " + std::string(line));
      sector[f[0]] = f[1];
      longest = std::max(longest, base::split(f[0], ' ').size());
    }
  }
};

const Agents& agents() {
  static const Agents a;
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
    for (uint32_t k = i; k < i + n; ++k) phrase += (k > i ? " " : "") + base::ascii_lower(doc.token_text(k));
    auto it = a.sector.find(phrase);
    if (it != a.sector.end()) {
      last = i + static_cast<uint32_t>(n);
      return &it->second;
    }
  }
  return nullptr;
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

bool is_possessive(std::string_view t) { return t == "'s" || t == "\xE2\x80\x99s"; }

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

}  // namespace

void recognize_groups(Document& doc, const Knowledge& kb) {
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.entity < 0) continue;
    const Actor& state = doc.entities[mention.entity].actor;
    // Only a bare state mention ("Israeli", "Poland", "Poland's") heads a group.
    if (!state.name.empty() || state.country.empty() || !state.sector.empty()) continue;
    uint32_t first = token_index(doc, mention.text.begin);
    uint32_t last = token_index(doc, mention.text.end - 1) + 1;
    const Sentence* sentence = nullptr;
    for (const Sentence& s : doc.sentences)
      if (first >= s.first_token && first < s.first_token + s.token_count) sentence = &s;
    if (!sentence) continue;
    uint32_t end = sentence->first_token + sentence->token_count;
    uint32_t i = last;
    if (i < end && is_possessive(doc.token_text(i))) ++i;
    // One lower-case modifier may come between: "Israeli army", "Serb paramilitary forces".
    uint32_t agent_end = 0;
    const std::string* sector = i < end ? agent_at(doc, i, end, agent_end) : nullptr;
    if (!sector && i + 1 < end && !doc.token_text(i).empty() &&
        std::islower(static_cast<unsigned char>(doc.token_text(i)[0])))
      sector = agent_at(doc, i + 1, end, agent_end);
    if (!sector) continue;
    Actor group;
    group.country = state.country;
    group.sector = *sector;
    group.code = state.country + *sector;
    make_group(doc, m, group, first, agent_end);
  }
  add_peoples(doc, kb);
}

}  // namespace parley::actors
