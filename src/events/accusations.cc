// Accusations: "X accused Y of Z" and quoted accusations recorded as the
// accusation itself (CAMEO 112), with the accuser found before the verb or as
// the speaker of the quotation.

#include "events/internal.h"

namespace parley::events {

bool is_reporting_verb(std::string_view w) {
  return in(w, {"said", "says", "say", "claimed", "claims", "alleged", "alleges", "told", "charged", "insisted",
                "declared", "showed", "shows", "show", "proved", "proves", "prove", "revealed", "reveals"});
}

namespace {

// Who reports that `accused` did a wrong: the actor before a reporting verb
// that comes before the accused ("Netanyahu said Iran lied", "the files,
// Netanyahu said, showed that Iran had lied"), or the one next to such a
// verb after the act ('"Iran lied," Netanyahu said').
const ActorSpan* accuser_of(const Document& doc, const std::vector<ActorSpan>& actors, const Sentence& s,
                            const ActorSpan& accused, const TriggerMatch& m) {
  uint32_t end = s.first_token + s.token_count;
  auto subject_of = [&](uint32_t verb) -> const ActorSpan* {
    const ActorSpan* found = nullptr;
    for (const ActorSpan& a : actors) {
      bool after_preposition = a.first > s.first_token && is_preposition(doc.token_lower(a.first - 1));
      if (a.last <= verb && !after_preposition) found = &a;
    }
    return found;
  };
  for (uint32_t i = accused.first; i-- > s.first_token;)
    if (is_reporting_verb(doc.token_lower(i))) {
      for (uint32_t v = i + 1; v-- > s.first_token;)  // the first verb of a chain: "Netanyahu said, showed"
        if (is_reporting_verb(doc.token_lower(v)))
          if (const ActorSpan* a = subject_of(v)) return a;
      return nullptr;
    }
  for (uint32_t i = m.last + 1; i < end; ++i) {
    if (!is_reporting_verb(doc.token_lower(i))) continue;
    for (const ActorSpan& a : actors)
      if (a.last == i || a.first == i + 1) return &a;  // "Netanyahu said", "said Netanyahu"
  }
  return nullptr;
}

bool opens_quotation(const Document& doc, const Sentence& s) {
  std::string_view text = doc.view(s.text);
  return !text.empty() && (text[0] == '"' || text.rfind("\xE2\x80\x9C", 0) == 0 || text.rfind("``", 0) == 0);
}

// Does sentence `s` open a quotation or stand inside one begun earlier in its
// block (an odd number of plain marks, or more opening than closing curly ones)?
bool in_quotation(const Document& doc, const Sentence& s) {
  if (opens_quotation(doc, s)) return true;
  size_t at = static_cast<size_t>(&s - doc.sentences.data());
  size_t first = at;
  while (first > 0 && doc.sentences[first - 1].block == s.block) --first;
  std::string_view before(doc.text.data() + doc.sentences[first].text.begin, s.text.begin - doc.sentences[first].text.begin);
  int plain = 0, opening = 0, closing = 0;
  for (size_t i = 0; i < before.size(); ++i) {
    if (before[i] == '"') ++plain;
    if (before.compare(i, 3, "\xE2\x80\x9C") == 0) ++opening;
    if (before.compare(i, 3, "\xE2\x80\x9D") == 0) ++closing;
  }
  return plain % 2 == 1 || opening > closing;
}

// The speaker of a quotation that runs over several sentences: '"Tonight I
// tell you: Iran lied.' after '"...," said Netanyahu.', or before '"...,"
// Netanyahu said.' a few sentences on.  Only for a sentence that opens with
// a quotation mark; the speaker is the actor next to a reporting verb.
std::vector<ActorSpan> quotation_speaker(const Document& doc, const Sentence& s) {
  if (!in_quotation(doc, s)) return {};
  size_t at = static_cast<size_t>(&s - doc.sentences.data());
  auto speaker_in = [&](size_t k) -> std::vector<ActorSpan> {
    const Sentence& o = doc.sentences[k];
    std::vector<ActorSpan> actors = actors_in(doc, o);
    for (uint32_t i = o.first_token; i < o.first_token + o.token_count; ++i) {
      if (!is_reporting_verb(doc.token_lower(i))) continue;
      for (const ActorSpan& a : actors)
        if (a.last == i || a.first == i + 1) return {a};
    }
    return {};
  };
  if (at > 0 && doc.sentences[at - 1].block == s.block) {
    auto before = speaker_in(at - 1);
    if (!before.empty()) return before;
  }
  for (size_t k = at + 1; k < doc.sentences.size() && k <= at + 3; ++k) {
    auto after = speaker_in(k);
    if (!after.empty()) return after;
    if (opens_quotation(doc, doc.sentences[k])) break;  // another quotation begins
  }
  return {};
}

}  // namespace

// "Netanyahu said Iran lied": an act of deceit reported by another is that
// reporter's accusation of its doer (CAMEO 112); untold, it is no event.
void add_accusation(const Document& doc, const Sentence& s, const std::vector<ActorSpan>& actors,
                    const std::vector<const ActorSpan*>& subj, const TriggerMatch& m, Clause c, const Lexicon& lex,
                    std::vector<Candidate>& found) {
  if (subj.empty()) return;
  const ActorSpan* accused = subj.back();
  const ActorSpan* accuser = accuser_of(doc, actors, s, *accused, m);
  std::vector<ActorSpan> speaker;  // of a quotation over several sentences
  if (!accuser) {
    speaker = quotation_speaker(doc, s);
    if (!speaker.empty()) accuser = &speaker[0];
  }
  if (!accuser || accuser->key == accused->key) return;
  // A judgement on a person is made of one's own side too ("Rubio said
  // Romney is a special human being"); a charge of deceit is not.
  if (!lex.is_judgement(*m.trigger) && same_side(*accuser, *accused)) return;
  emit_candidate(doc, s, m, c, actors, accuser, accused, m.trigger->cameo, lex, found);
}

}  // namespace parley::events
