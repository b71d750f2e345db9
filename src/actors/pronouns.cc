#include "actors/pronouns.h"

#include <algorithm>

#include "base/text.h"

namespace parley::actors {
namespace {

bool is_personal_pronoun(std::string_view w) {
  std::string l = base::ascii_lower(w);
  return l == "he" || l == "she" || l == "him";
}

}  // namespace

void resolve_pronouns(Document& doc) {
  // Named people by position, to find the nearest one before each pronoun.
  std::vector<std::pair<uint32_t, int32_t>> people;  // text offset, entity
  for (const Mention& m : doc.mentions)
    if (m.entity >= 0 && m.type == MentionType::kPerson && !doc.entities[m.entity].actor.name.empty())
      people.emplace_back(m.text.begin, m.entity);
  std::sort(people.begin(), people.end());
  if (people.empty()) return;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    uint32_t window_begin = doc.sentences[si >= 2 ? si - 2 : 0].text.begin;
    for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
      if (!is_personal_pronoun(doc.token_text(t))) continue;
      uint32_t at = doc.tokens[t].text.begin;
      auto it = std::lower_bound(people.begin(), people.end(), std::make_pair(at, INT32_MIN));
      if (it == people.begin()) continue;
      --it;
      if (it->first < window_begin) continue;
      int32_t entity = it->second;
      doc.entities[entity].mentions.push_back(static_cast<uint32_t>(doc.mentions.size()));
      doc.mentions.push_back(Mention{doc.tokens[t].text, MentionType::kPerson, entity});
    }
  }
}

}  // namespace parley::actors
