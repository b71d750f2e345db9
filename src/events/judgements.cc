// Judgements on a person told as a predicate, not a verb of praise or
// blame: '"Mitt Romney is a special human being," Rubio said', "Blair said
// Jackson was a decent, fair-minded public servant" (the speaker praises the
// subject, 051), "called him a 'giant'", "branded Galloway a liar" (the
// subject judges the object).  The words are in data/events/judgement_words.tsv.

#include "events/internal.h"

namespace parley::events {
namespace {

bool is_quote_mark(std::string_view w) {
  return in(w, {"\"", "'", "``", "''", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"});
}

// Words that may stand between "is a" and the judging word without changing
// whom it judges: "is absolutely an abortion radical", "was truly a giant".
bool is_intensifier(std::string_view w) {
  return in(w, {"very", "truly", "really", "absolutely", "so", "such", "quite", "genuinely", "just", "simply",
                "clearly", "obviously", "frankly", "utterly", "completely", "totally", "incredibly", "extremely",
                "deeply", "real", "true", "total", "complete", "utter", "absolute", "most", "a", "an", "the"});
}

// Where a judged phrase may end: punctuation, the end of the sentence, or a
// word that opens what follows the noun ("a giant of the Labour movement",
// "a liar who", "a disgrace to the office").
bool ends_judged_phrase(const Document& doc, uint32_t j, uint32_t end) {
  if (j >= end) return true;
  std::string_view w = doc.token_lower(j);
  if (doc.tokens[j].kind != TokenKind::kWord && !is_quote_mark(w)) return true;
  return is_quote_mark(w) || in(w, {"of", "who", "that", "to", "and", "in", "at", "on", "but", "because"});
}

// The judged phrase that starts at `j`: its judgement (+1 praise, -1 scorn,
// 0 none) and its last token in `last`.  Before the first judging word only
// articles, quotation marks and intensifiers, or after an article up to two
// plain words ("an abortion radical"); after it more judging words joined by
// commas or "and", at most one plain word and a person noun ("dedicated public
// servant"), then the end of the phrase.  "a special envoy", "a great deal":
// the noun after the word is no person, so no judgement.
int judged_phrase(const Document& doc, const Lexicon& lex, uint32_t j, uint32_t end, uint32_t& last) {
  int plain = 0;
  bool article = false;
  int judgement = 0;
  for (; j < end && !judgement; ++j) {
    std::string_view w = doc.token_lower(j);
    if (is_negation(w)) return 0;  // "is not a racist": no judgement made
    judgement = lex.judgement(w);
    if (judgement) break;
    if (is_quote_mark(w) || is_intensifier(w)) {
      article = article || in(w, {"a", "an", "the"});
      continue;
    }
    bool plain_word = doc.tokens[j].kind == TokenKind::kWord && !is_capitalised(doc.token_text(j)) &&
                      !lex.is_past_participle(w) && !gerund(w);
    if (!article || !plain_word || ++plain > 2) return 0;
  }
  if (!judgement) return 0;
  last = j;
  int plain_after = 0;
  for (uint32_t k = j + 1;; ++k) {
    if (k < end && lex.judgement(doc.token_lower(k))) {
      last = k;
      continue;
    }
    if (k < end && lex.judged_person_noun(doc.token_lower(k))) {
      last = k;  // "a special human being": person nouns may come in a row
      while (last + 1 < end && lex.judged_person_noun(doc.token_lower(last + 1))) ++last;
      return ends_judged_phrase(doc, last + 1, end) ? judgement : 0;
    }
    // A comma or "and" before another judging word joins it; before anything
    // else it ends the phrase ("a liar, Pelosi said").
    std::string_view w = k < end ? doc.token_lower(k) : "";
    bool joiner = w == "," || w == "and";
    if (joiner && k + 1 < end && lex.judgement(doc.token_lower(k + 1))) continue;
    if (ends_judged_phrase(doc, k, end)) return judgement;
    // One plain word only before a person noun ("public servant"); "a
    // remarkable architect of voter suppression" is no praise.
    bool plain_word = doc.tokens[k].kind == TokenKind::kWord && !is_capitalised(doc.token_text(k));
    if (!plain_word || plain_after++ > 0 || k + 1 >= end || !lex.judged_person_noun(doc.token_lower(k + 1)))
      return 0;
  }
}

// Is the token `j` before "is" the end of its subject: a pronoun, "who",
// or a name not after a preposition ("what the US is fighting in ISIS is
// evil" judges no one)?
bool judged_before(const Document& doc, uint32_t first, uint32_t j) {
  if (in(doc.token_lower(j), {"he", "she", "they", "who"})) return true;
  uint32_t k = j + 1;
  while (k > first && doc.tokens[k - 1].kind == TokenKind::kWord && is_capitalised(doc.token_text(k - 1))) --k;
  if (k == j + 1) return false;
  return k == first || !is_preposition(doc.token_lower(k - 1));
}

// The naming verbs: "called him a giant", "branded the minister a liar".
bool is_naming_verb(const std::vector<std::string>& lemmas) {
  for (const std::string& l : lemmas)
    if (l == "call" || l == "brand" || l == "label" || l == "dub") return true;
  return false;
}

// Past the object of a naming verb: a pronoun, or a capitalised name with
// its title ("Mr Blair", "the Republican senator" is not taken).
uint32_t past_named_object(const Document& doc, uint32_t j, uint32_t end) {
  if (j < end && in(doc.token_lower(j), {"him", "her", "them"})) return j + 1;
  uint32_t k = j;
  while (k < end && k < j + 5 && (is_capitalised(doc.token_text(k)) || doc.token_text(k) == ".")) ++k;
  return k > j ? k : UINT32_MAX;
}

}  // namespace

bool match_judgement(const Document& doc, const Lexicon& lex, uint32_t first, uint32_t end, uint32_t i,
                     const std::vector<std::string>& lemmas, std::vector<TriggerMatch>& out) {
  std::string_view w = doc.token_lower(i);
  // The judged one stands right before "is": a name, a pronoun or "who"
  // ("Nancy Pelosi who is absolutely an abortion radical"); not a clause
  // ("what the US is fighting is evil").
  bool reported = in(w, {"is", "are", "was", "were"}) && i > first && judged_before(doc, first, i - 1);
  bool naming = !reported && is_naming_verb(lemmas);
  if (!reported && !naming) return false;
  uint32_t start = reported ? i + 1 : past_named_object(doc, i + 1, end);
  if (start >= end) return false;
  uint32_t last = 0;
  int judgement = judged_phrase(doc, lex, start, end, last);
  if (!judgement) return false;
  // The naming verb alone is the trigger, so that its object, after it, is
  // the target; "is" reaches to the judging words.
  TriggerMatch m{&lex.judgement_trigger(judgement > 0, naming), i, naming ? i : last, false};
  out.push_back(m);
  return true;
}

}  // namespace parley::events
