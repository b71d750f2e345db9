#include "actors/introductions.h"

#include <algorithm>

#include "base/text.h"

namespace parley::actors {
namespace {

constexpr size_t kContextTokens = 2;   // "met with", "talks with", "called on"
constexpr size_t kSentencesAfter = 2;  // how far ahead the name may come

// Office holder named only by title: "Russia's ambassador", "the Kenyan foreign minister".
bool titled_unnamed(const Actor& a) { return a.name.empty() && !a.country.empty() && !a.role.empty(); }

// A name the text and the knowledge base leave unplaced.
bool unplaced_name(const Actor& a) { return !a.name.empty() && a.country.empty() && a.role.empty(); }

uint32_t first_token_at(const Document& doc, uint32_t offset) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), offset,
                             [](const Token& t, uint32_t at) { return t.text.begin < at; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

size_t sentence_of(const Document& doc, uint32_t token) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                             [](uint32_t t, const Sentence& s) { return t < s.first_token + s.token_count; });
  return static_cast<size_t>(it - doc.sentences.begin());
}

// The words right before a mention, lowercased; empty when the mention
// starts its sentence or a word is punctuation (no parallel to see then).
std::string context_before(const Document& doc, uint32_t token, size_t sentence) {
  const Sentence& s = doc.sentences[sentence];
  if (token < s.first_token + kContextTokens) return {};
  std::string out;
  for (uint32_t t = token - kContextTokens; t < token; ++t) {
    std::string_view w = doc.token_lower(t);
    if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) return {};
    out += w;
    out += ' ';
  }
  return out;
}

struct Site {
  int32_t entity;
  size_t sentence;
  std::string context;
};

void merge_entity(Document& doc, int32_t from, int32_t into) {
  Actor& named = doc.entities[into].actor;
  const Actor& titled = doc.entities[from].actor;
  named.country = titled.country;
  named.sector = titled.sector;
  named.role = titled.role;
  named.code = titled.code;
  named.posted = titled.posted;
  // Learned from the text, like a name introduced with its title.
  if (named.id.empty()) named.id = Actor::learned_id(named.name, named.country);
  for (uint32_t m : doc.entities[from].mentions) {
    doc.mentions[m].entity = into;
    doc.entities[into].mentions.push_back(m);
  }
  doc.entities[from].mentions.clear();
}

// Is the mention a title said of someone as a role ("becoming the
// speaker")?
bool said_as_role(const Document& doc, const Mention& m) {
  uint32_t token = first_token_at(doc, m.text.begin);
  size_t sentence = sentence_of(doc, token);
  uint32_t first = sentence < doc.sentences.size() ? doc.sentences[sentence].first_token : 0;
  if (token <= first) return false;
  std::string_view w = doc.token_lower(token - 1);
  if (w == "the" && token - 1 > first) w = doc.token_lower(token - 2);
  return role_word_before_title(w);
}

// "Putin's top diplomat arrived ... Lavrov said": an office named by title
// before (or without) the name of the one person of the document who holds
// it — same country, same role — is that person; not an office said of
// someone as a role.
void link_titles_to_holders(Document& doc) {
  for (size_t t = 0; t < doc.entities.size(); ++t) {
    const Actor& titled = doc.entities[t].actor;
    if (doc.entities[t].type != MentionType::kPerson || !titled_unnamed(titled) || doc.entities[t].mentions.empty())
      continue;
    if (std::any_of(doc.entities[t].mentions.begin(), doc.entities[t].mentions.end(),
                    [&](uint32_t m) { return said_as_role(doc, doc.mentions[m]); }))
      continue;
    int32_t holder = -1, holders = 0;
    for (size_t e = 0; e < doc.entities.size(); ++e) {
      const Actor& a = doc.entities[e].actor;
      if (e == t || doc.entities[e].type != MentionType::kPerson || a.name.empty() || doc.entities[e].mentions.empty())
        continue;
      if (a.country == titled.country && a.role == titled.role) {
        holder = static_cast<int32_t>(e);
        ++holders;
      }
    }
    if (holders != 1) continue;
    for (uint32_t m : doc.entities[t].mentions) {
      doc.mentions[m].entity = holder;
      doc.entities[holder].mentions.push_back(m);
    }
    doc.entities[t].mentions.clear();
  }
}

}  // namespace

// "Anatoly Antonov, Russia's ambassador to the U.S.", "Newt Gingrich, the
// former House speaker": an unplaced name and the office named right after
// it, between commas, are one person.
void link_appositions(Document& doc) {
  for (const Mention& name : doc.mentions) {
    if (name.entity < 0 || name.type != MentionType::kPerson || !unplaced_name(doc.entities[name.entity].actor))
      continue;
    for (const Mention& title : doc.mentions) {
      if (title.entity < 0 || title.entity == name.entity || title.text.begin <= name.text.end ||
          title.text.begin > name.text.end + 13 || !titled_unnamed(doc.entities[title.entity].actor))
        continue;
      std::string_view between = doc.view({name.text.end, title.text.begin});
      // ("Newt Gingrich, the former House speaker": the office he left.)
      if (between != ", " && between != ", the " && between != ", a " && between != ", the former " &&
          between != ", a former ")
        continue;
      merge_entity(doc, title.entity, name.entity);
      break;
    }
  }
}

// A name whose country the text has not given (it may have a title: "General David Petraeus").
bool countryless_name(const Actor& a) { return !a.name.empty() && a.country.empty(); }

// The words between an office and the name after it, in "The US commander in
// Iraq, General David Petraeus": the office's post ("in Iraq"; at most three
// words after "in", "to", "of" or "for"), a comma, and the name's own title.
bool office_then_name(std::string_view between, const Actor& named) {
  size_t comma = between.find(", ");
  if (comma == std::string_view::npos || between.find(',', comma + 1) != std::string_view::npos) return false;
  std::string post = base::ascii_lower(base::trim(between.substr(0, comma)));
  if (!post.empty()) {
    auto words = base::split(post, ' ');
    if (words.size() > 4 || (words[0] != "in" && words[0] != "to" && words[0] != "of" && words[0] != "for"))
      return false;
  }
  std::string own_title = base::ascii_lower(base::trim(between.substr(comma + 2)));
  return own_title.empty() || own_title == base::ascii_lower(named.role);
}

// "The US commander in Iraq, General David Petraeus, ...": an office and the
// name in apposition right after it are one person, of the office's country.
void link_offices_to_following_names(Document& doc) {
  for (const Mention& title : doc.mentions) {
    if (title.entity < 0 || title.type != MentionType::kPerson || !titled_unnamed(doc.entities[title.entity].actor))
      continue;
    for (const Mention& name : doc.mentions) {
      if (name.entity < 0 || name.entity == title.entity || name.type != MentionType::kPerson ||
          name.text.begin <= title.text.end || name.text.begin > title.text.end + 40 ||
          !countryless_name(doc.entities[name.entity].actor))
        continue;
      if (!office_then_name(doc.view({title.text.end, name.text.begin}), doc.entities[name.entity].actor)) continue;
      merge_entity(doc, title.entity, name.entity);
      break;
    }
  }
}

bool role_word_before_title(std::string_view w) {
  return w == "become" || w == "becomes" || w == "became" || w == "becoming";
}

void resolve_introductions(Document& doc) {
  link_appositions(doc);
  link_offices_to_following_names(doc);
  link_titles_to_holders(doc);
  std::vector<Site> titles, names;
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || m.type != MentionType::kPerson) continue;
    const Actor& a = doc.entities[m.entity].actor;
    bool titled = titled_unnamed(a), unplaced = unplaced_name(a);
    if (!titled && !unplaced) continue;
    uint32_t token = first_token_at(doc, m.text.begin);
    size_t sentence = sentence_of(doc, token);
    if (sentence >= doc.sentences.size()) continue;
    std::string context = context_before(doc, token, sentence);
    if (context.empty()) continue;
    (titled ? titles : names).push_back({m.entity, sentence, std::move(context)});
  }
  for (const Site& title : titles) {
    if (doc.entities[title.entity].mentions.empty()) continue;  // already merged
    for (const Site& name : names) {
      if (name.sentence <= title.sentence || name.sentence > title.sentence + kSentencesAfter) continue;
      if (name.context != title.context || !unplaced_name(doc.entities[name.entity].actor)) continue;
      merge_entity(doc, title.entity, name.entity);
      break;
    }
  }
}

}  // namespace parley::actors
