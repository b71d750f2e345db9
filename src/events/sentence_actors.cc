// The actors of one sentence as token spans: each actor mention (or, on
// request, each city or region standing for its country) located on the
// sentence's tokens, so the argument rules can reason about word positions.

#include "events/internal.h"

namespace parley::events {

std::string actor_key(const Actor& a) {
  if (!a.id.empty()) return a.id;
  if (!a.name.empty()) return lower(a.name) + "|" + a.country;
  // "Egypt's police" and "Egyptian protesters" are two actors of one country.
  // "Muslim militants" and "Christian militias" are two groups of one sector.
  if (!a.sector.empty()) return a.country + "~" + a.sector + "~" + a.code;
  return a.country;
}

uint32_t token_at(const Document& doc, uint32_t offset, uint32_t lo, uint32_t hi) {
  // First token of [lo, hi) that ends after `offset`.
  auto it = std::lower_bound(doc.tokens.begin() + lo, doc.tokens.begin() + hi, offset,
                             [](const Token& t, uint32_t off) { return t.text.end <= off; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

namespace {

// "Trump-Kim", "US-Russia": two actors named in one hyphenated word, side by
// side, each its own mention (the actor pass splits such words only when both
// halves are actors).
bool pair_word(const Document& doc, const ActorSpan& a, const ActorSpan& b) {
  if (a.first != b.first || a.last != b.last || a.last != a.first + 1 || a.key == b.key) return false;
  const Span& x = doc.mentions[a.mention].text;
  const Span& y = doc.mentions[b.mention].text;
  return x.end <= y.begin || y.end <= x.begin;
}

}  // namespace

namespace {

// "SEOUL/WASHINGTON (Reuters) - The White House said", "(CNN) - The Supreme
// Court blocked": the outlet credited in the dateline wrote the report and
// did none of its acts, nor did the places where it was written.  An
// outlet in parentheses after nothing but the capitalised place names
// opening the sentence, before a dash.
bool dateline_credit(const Document& doc, const Sentence& s, const std::vector<ActorSpan>& actors,
                     const ActorSpan& a) {
  constexpr uint32_t kDatelineWords = 8;
  uint32_t end = s.first_token + s.token_count;
  if (a.type != MentionType::kOrganization || a.actor->sector != "MED" || a.first == 0 || a.last + 1 >= end)
    return false;
  if (doc.token_text(a.first - 1) != "(" || doc.token_text(a.last) != ")") return false;
  if (a.first - s.first_token > kDatelineWords) return false;
  for (uint32_t i = s.first_token; i + 1 < a.first; ++i) {
    std::string_view w = doc.token_text(i);
    if (!is_capitalised(w) && w != "/" && w != "," && w != ".") return false;
  }
  // ("Washington (CNN) Leaked emails show": right after a place name the
  // dash may be left out; a name opening with an article is no place, "The
  // New York Times (NYT) said".)
  std::string_view dash = doc.token_text(a.last + 1);
  bool after_place = a.first > s.first_token + 1 && !in(doc.token_lower(s.first_token), {"the", "a", "an"}) &&
                     std::none_of(actors.begin(), actors.end(), [&](const ActorSpan& o) { return o.last + 1 == a.first; });
  return dash == "-" || dash == "\xE2\x80\x94" || dash == "\xE2\x80\x93" || dash == "--" || after_place;
}

}  // namespace

// The actors of a sentence; with `places_only`, instead the cities and
// regions it names, each standing for its country.
std::vector<ActorSpan> actors_in(const Document& doc, const Sentence& s, bool places_only) {
  std::vector<ActorSpan> out;
  uint32_t lo = s.first_token, hi = s.first_token + s.token_count;
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.text.begin < s.text.begin || mention.text.end > s.text.end) continue;
    if (mention.entity < 0 || static_cast<size_t>(mention.entity) >= doc.entities.size()) continue;
    if (doc.entities[mention.entity].place != places_only) continue;
    const Actor& actor = doc.entities[mention.entity].actor;
    // A group of no known country ("rebels", "the police") is still an actor
    // with a sector; a named body of no known country (a company, a club) is
    // not coded; a person of unknown country may still be resolved later.
    bool group = actor.name.empty() && !actor.sector.empty();
    if (actor.country.empty() && actor.name.empty() && !group) continue;  // not a political actor we can code
    if (actor.country.empty() && mention.type != MentionType::kPerson && !group) continue;
    ActorSpan a;
    a.first = token_at(doc, mention.text.begin, lo, hi);
    a.last = token_at(doc, mention.text.end - 1, lo, hi) + 1;
    a.mention = m;
    a.actor = &actor;
    a.type = mention.type;
    a.key = actor_key(actor);
    out.push_back(a);
  }
  // Two sides of one word ("Trump-Kim") keep the order they are written in.
  std::sort(out.begin(), out.end(), [&](const ActorSpan& x, const ActorSpan& y) {
    if (x.first != y.first) return x.first < y.first;
    return doc.mentions[x.mention].text.begin < doc.mentions[y.mention].text.begin;
  });
  // Overlapping mentions ("US Congress" as a group and "Congress" as a named
  // body) are one actor: keep the named one, else the longer span.
  std::vector<ActorSpan> distinct;
  for (const ActorSpan& a : out) {
    if (!distinct.empty() && a.first < distinct.back().last) {
      ActorSpan& b = distinct.back();
      if (pair_word(doc, b, a)) {
        b.in_pair_word = true;
        distinct.push_back(a);
        distinct.back().in_pair_word = true;
        continue;
      }
      bool prefer_a = (!a.actor->name.empty() && b.actor->name.empty()) ||
                      (a.actor->name.empty() == b.actor->name.empty() && a.last - a.first > b.last - b.first);
      if (prefer_a) b = a;
      continue;
    }
    distinct.push_back(a);
  }
  out.swap(distinct);
  // "US Secretary of State Rex Tillerson": the country there only describes
  // the person after it, within one noun phrase; it is no actor of its own.
  std::vector<ActorSpan> kept;
  for (size_t k = 0; k < out.size(); ++k) {
    const ActorSpan& a = out[k];
    bool modifier = false;
    // "the United States of America Donald Trump" may come as two mentions
    // of the country before the name: look past the country's other parts.
    size_t n = k + 1;
    while (a.actor->name.empty() && n + 1 < out.size() && out[n].actor->name.empty() &&
           out[n].actor->country == a.actor->country && out[n].first - out[n - 1].last <= 1)
      ++n;
    if (a.actor->name.empty() && n < out.size()) {
      const ActorSpan& next = out[n];
      if (!next.actor->name.empty() && next.actor->country == a.actor->country && next.first >= a.last &&
          next.first - a.last <= 6) {
        modifier = true;
        // "the Foreign Minister of the Russian Federation, Sergey Lavrov": a
        // country after "of" in a title, then the holder's name in apposition.
        bool of_title = a.first >= 1 && (doc.token_lower(a.first - 1) == "of" ||
                                         (a.first >= 2 && doc.token_lower(a.first - 1) == "the" &&
                                          doc.token_lower(a.first - 2) == "of"));
        for (uint32_t i = a.last; i < next.first; ++i) {
          std::string_view w = doc.token_text(i);
          if ((w == "," && !(of_title && next.first == a.last + 1)) || w == "and" || w == "with" || w == "said" ||
              w == "met")
            modifier = false;
        }
      }
    }
    if (!modifier) kept.push_back(a);
  }
  // The dateline's places and outlet are no actors of the sentence.
  for (const ActorSpan& a : kept)
    if (dateline_credit(doc, s, kept, a)) {
      uint32_t end = a.last;
      kept.erase(std::remove_if(kept.begin(), kept.end(), [&](const ActorSpan& b) { return b.first < end; }),
                 kept.end());
      break;
    }
  return kept;
}

}  // namespace parley::events
