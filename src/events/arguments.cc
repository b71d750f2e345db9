// Argument finding: the clause a trigger stands in, the subjects before it
// (coordinated ones included), the targets after it (direct object or the
// trigger's preposition), and the agent or place named after a passive.

#include "events/internal.h"

namespace parley::events {

namespace {

// ", who has long backed X", ", who on Thursday met X", ", who was
// visiting Israel": only auxiliaries (a form of "be" only before an -ing
// verb, the progressive), adverbs and a day stand between the relative
// pronoun and the verb, so the pronoun is the verb's subject (not in "which
// coalition forces retook", nor in the passive "who was shot").
bool relative_pronoun_is_subject(const Document& doc, uint32_t from, uint32_t verb) {
  if (verb - from > 3) return false;
  std::string_view verb_word = doc.token_lower(verb);
  bool progressive = verb_word.size() > 4 && verb_word.compare(verb_word.size() - 3, 3, "ing") == 0;
  for (uint32_t i = from; i < verb; ++i) {
    std::string_view w = doc.token_lower(i);
    bool adverb = is_ly_adverb(w);
    if (progressive && in(w, {"is", "are", "was", "were", "been"})) continue;
    if (!adverb && !in(w, {"has", "have", "had", "also", "then", "later", "long", "already", "often", "once", "still",
                           "will", "would", "could", "can", "did", "does", "on", "monday", "tuesday", "wednesday",
                           "thursday", "friday", "saturday", "sunday", "yesterday", "today", "last", "week"}))
      return false;
  }
  return true;
}

// "It was Russia that attacked Ukraine", "it is the party that forced the
// vote": a cleft puts the verb's doer (or, "It was Ukraine that Russia
// attacked", its object) between "it" with a form of "be" and the "that" or
// "who" that opens clause `c`.  Returns that actor, or nullptr.  A negated
// focus ("it was not Russia that") names no doer.
const ActorSpan* cleft_focus(const Document& doc, const std::vector<ActorSpan>& actors, Clause c) {
  if (c.begin < 4) return nullptr;
  std::string_view opener = doc.token_lower(c.begin - 1);
  if (opener != "that" && opener != "who") return nullptr;
  for (const ActorSpan& a : actors) {
    if (a.last != c.begin - 1) continue;
    uint32_t before = a.first;
    while (before > 2 && is_determiner_like(doc.token_lower(before - 1))) --before;
    if (before < 2 || !in(doc.token_lower(before - 1), {"is", "was"})) return nullptr;
    return doc.token_lower(before - 2) == "it" ? &a : nullptr;
  }
  return nullptr;
}

// ", who was smeared as a liar by Russia,", ", which were condemned by
// Germany,": the pronoun is the subject of a passive verb whose doer follows
// "by" inside the relative clause, so the one described underwent the act.
bool relative_pronoun_is_passive_subject(const Document& doc, uint32_t from, uint32_t verb, uint32_t end) {
  if (verb - from > 4 || !be_form_before(doc, from, verb)) return false;
  for (uint32_t i = from; i < verb; ++i)
    if (doc.token_text(i) == "," || doc.token_lower(i) == "by") return false;
  for (uint32_t i = verb + 1; i < end && doc.token_text(i) != ","; ++i)
    if (doc.token_lower(i) == "by") return true;
  return false;
}

// Is the boundary word at `at` the start of a relative clause set off by
// commas (", who ...", ", which ...")?
bool opens_relative_clause(const Document& doc, uint32_t at, uint32_t first) {
  std::string_view w = doc.token_lower(at);
  return (w == "who" || w == "which") && at > first && doc.token_text(at - 1) == ",";
}

// The "who" of a relative clause set off by commas that holds the token
// `at` and closes before `head`, or 0.
uint32_t enclosing_relative(const Document& doc, uint32_t first, uint32_t at, uint32_t head) {
  uint32_t close = at;
  while (close < head && doc.token_text(close) != ",") ++close;
  // The clause closes right before the verb (over "on Friday", "also"):
  // "..., the lawsuit alleges" far after it is another clause's verb.
  if (close >= head || head - close > 4) return 0;
  for (uint32_t k = at; k > first + 1 && at - k < 12; --k) {
    if (doc.token_text(k - 1) == ",") return 0;  // the comma before "who" is passed: no such clause
    if (opens_relative_clause(doc, k - 1, first)) return k - 1;
  }
  return 0;
}

// "Italy announced a suspension of air links", "declared a ceasefire": a
// verb of announcing before a noun phrase has it as its object; the clause
// goes on (unlike "announced that ..." or "said the talks ...").
bool announces_object(const Document& doc, uint32_t verb, uint32_t end) {
  std::string_view w = doc.token_lower(verb);
  if (!in(w, {"announced", "announces", "declared", "declares", "confirmed", "confirms"}) || verb + 1 >= end)
    return false;
  return in(doc.token_lower(verb + 1), {"a", "an", "its", "their", "his", "her"});
}

}  // namespace

Clause clause_of(const Document& doc, const Sentence& s, uint32_t head, uint32_t last) {
  uint32_t first = s.first_token, end = s.first_token + s.token_count;
  Clause c{first, end};
  for (uint32_t i = head; i > first; --i) {
    if (is_clause_boundary(doc.token_lower(i - 1)) && !announces_object(doc, i - 1, end)) {
      // "Merkel, who met Putin in June, criticised Russia": a relative clause
      // closed by a comma before the verb is skipped; the clause goes on
      // before it, and its actors are no subject of the verb.
      // "Warmbier, who died after his detention, countered": a boundary
      // inside such a clause ("after") is the clause's own; go back to its "who".
      if (c.relative_end == 0 && !opens_relative_clause(doc, i - 1, first))
        if (uint32_t who = enclosing_relative(doc, first, i - 1, head)) i = who + 1;
      if (c.relative_end == 0 && opens_relative_clause(doc, i - 1, first)) {
        uint32_t close = i;
        while (close < head && doc.token_text(close) != ",") ++close;
        if (close < head) {
          c.relative_begin = i - 2;
          c.relative_end = close + 1;
          i = i - 1;
          continue;
        }
      }
      c.begin = i;
      break;
    }
  }
  for (uint32_t i = last + 1; i < end; ++i) {
    std::string_view w = doc.token_lower(i);
    if (w == ";" || w == "said" || w == "says" || w == "which" || w == "while" || w == "but" || w == "whereas") {
      c.end = i;
      break;
    }
  }
  return c;
}

namespace {

// "a spokeswoman for the Kremlin, who declined to be named,": a body (no
// person) inside a prepositional phrase is not what a following "who"
// describes; the person before the preposition is ("an adviser to Shinzo
// Abe, who met Trump" is Abe: a person may be).
// Only after a word for a person (data/actors/person_cues.txt): "by the
// Justice Department, which had asked" and "to Democrats, who had warned"
// are the body's.
bool body_after_preposition(const Document& doc, const ActorSpan& a) {
  if (a.type == MentionType::kPerson) return false;
  uint32_t before = a.first;
  while (before > 0 && is_determiner_like(doc.token_lower(before - 1))) --before;
  return before > 1 && is_preposition(doc.token_lower(before - 1)) &&
         actors::default_knowledge().is_person_cue(doc.token_lower(before - 2));
}

// Is `a` followed by a title (capitalised words or a word for a person,
// data/actors/person_cues.txt) and then a person's name?
bool titles_person(const Document& doc, const std::vector<ActorSpan>& actors, const ActorSpan& a) {
  if (a.last >= doc.tokens.size()) return false;
  std::string_view next = doc.token_text(a.last);
  if (!is_capitalised(next) && !actors::default_knowledge().is_person_cue(lower(next))) return false;
  for (const ActorSpan& b : actors) {
    if (b.type != MentionType::kPerson || b.first <= a.last || b.first > a.last + 4) continue;
    bool title = b.first > a.last;
    for (uint32_t i = a.last; i < b.first && title; ++i) {
      std::string_view w = doc.token_text(i);
      title = is_capitalised(w) || actors::default_knowledge().is_person_cue(lower(w));
    }
    if (title) return true;
  }
  return false;
}

// Is the actor starting at `next` joined by "and" or "or" to the one
// ending at `end` ("the Post and the Times")?  (Not a comma: "After talks
// with Lavrov, Tillerson said" names the subject after it.)
bool joined_to(const Document& doc, uint32_t end, uint32_t next) {
  uint32_t k = next;
  while (k > end && is_determiner_like(doc.token_lower(k - 1))) --k;
  return k == end + 1 && in(doc.token_lower(end), {"and", "or"});
}

// Does "to" at `to` name whom a letter or an appeal is sent ("a letter
// sent Monday to", "an appeal to")?  The noun stands at most four words before.
bool addressed_by_document(const Document& doc, uint32_t to) {
  if (doc.token_lower(to) != "to") return false;
  for (uint32_t i = to; i > 0 && i + 4 > to; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (default_lexicon().document_object(w) || in(w, {"appeal", "appeals", "plea", "pleas", "petition", "request"}))
      return true;
  }
  return false;
}

}  // namespace

// Where the noun phrase that ends in actor `a` begins, no earlier than `lo`:
// before `a` may stand determiners, for a place the words of
// data/events/place_words.tsv that qualify it ("in central Paris", "from
// northern Syria"), for a person a title ("to Acting Secretary Chad Wolf",
// "with South Korean President Moon Jae-in", "Secretary of State Mike
// Pompeo", "U.S. Ambassador to Russia Jon Huntsman").  A weekday or a month
// is no title ("On Tuesday President Trump met"), nor is a place or body
// named before ("In Moscow President Putin said"); a demonym or a country's
// abbreviation is ("with U.S. Secretary of State Rex Tillerson").
uint32_t noun_phrase_start(const Document& doc, const std::vector<ActorSpan>& actors, const ActorSpan& a,
                           uint32_t lo) {
  const actors::Knowledge& kb = actors::default_knowledge();
  auto ends_other_actor = [&](uint32_t end) {
    return std::any_of(actors.begin(), actors.end(), [&](const ActorSpan& o) {
      if (o.last != end || &o == &a) return false;
      std::string_view name = doc.token_text(o.first);
      bool abbreviation = o.last == o.first + 1 && name.size() <= 4 &&
                          std::none_of(name.begin(), name.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
      return o.type != MentionType::kMisc && !abbreviation;
    });
  };
  uint32_t i = a.first;
  bool titled = false;  // a title word was passed: "of"/"to" after one is inside it
  while (i > lo) {
    if (a.type == MentionType::kPerson && ends_other_actor(i)) break;
    std::string_view raw = doc.token_text(i - 1);
    std::string w = lower(raw);
    bool place_word = a.type == MentionType::kLocation &&
                      default_lexicon().place_word(w, Lexicon::PlaceWord::kModifier);
    bool title_word = a.type == MentionType::kPerson && !is_preposition(w) &&
                      ((is_capitalised(raw) && time::weekday_of(w) == 0 && time::month_of(w) == 0) ||
                       kb.is_person_cue(w) || in(w, {"former", "acting", "then", "late"}));
    // "Secretary of State", "Ambassador to Russia": a preposition after a
    // capitalised title word belongs to the title.
    bool inside_title = titled && i >= 2 && (w == "of" || w == "to") && is_capitalised(doc.token_text(i - 2)) &&
                        (w == "of" || kb.title(doc.token_lower(i - 2)) != nullptr);
    if (!is_determiner_like(w) && !place_word && !title_word && !inside_title) break;
    titled |= title_word;
    --i;
  }
  return i;
}

// Actors left of the trigger that can be its subject: in the clause, not
// inside a prepositional phrase ("ambassador to the U.S."), not possessive
// modifiers ("Putin's top diplomat") unless the trigger is a noun they own.
// Kin who speak and act for a person: "Warmbier's parents", "the widow of".
bool is_kin_noun(std::string_view w) {
  return in(w, {"parents", "family", "families", "relatives", "widow", "widower", "wife", "husband", "son",
                "daughter", "mother", "father", "brother", "sister", "children", "sons", "daughters"});
}

// Is `a` the person kin belong to, "the parents of (American student) Otto
// Warmbier", with at most three plain words between "of" and the name?
bool kin_before_of(const Document& doc, uint32_t begin, const ActorSpan& a) {
  uint32_t j = a.first;
  for (int steps = 0; j > begin + 2 && steps < 4 && doc.token_lower(j - 1) != "of"; ++steps, --j)
    if (doc.tokens[j - 1].kind != TokenKind::kWord) return false;
  return j >= begin + 2 && doc.token_lower(j - 1) == "of" && is_kin_noun(doc.token_lower(j - 2));
}

// "Richard Shelby (R-Ala.), who met with Trump": a short parenthesis after
// a name (a party tag, an age, an acronym) is skipped.  `end` is the
// (exclusive) end of a phrase; the end of what stands before its closing
// parenthesis, or `end` itself when none closes there.
uint32_t before_party_tag(const Document& doc, uint32_t end) {
  if (end < 2 || doc.token_text(end - 1) != ")") return end;
  for (uint32_t j = end - 1; j > 0 && end - j < 8; --j)
    if (doc.token_text(j - 1) == "(") return j - 1;
  return end;
}

// "Police will haul him off to jail", "he helped Bush grow": a pronoun in
// the object form (written so: "US" is a country) is no subject of the
// verb `m` (a noun may still be its act: "arrested him after the
// shooting"), unless it does the verb right after it: the infinitive ("asked
// him to resign", "goaded him into lashing out"), a gerund ("recall him
// complaining"), a bare verb after seeing or making ("let him run").
bool object_pronoun_not_doer(const Document& doc, const ActorSpan& a, const TriggerMatch& m) {
  if (m.as_noun || a.last != a.first + 1 || !in(doc.token_text(a.first), {"him", "her", "them", "us", "me"}))
    return false;
  // "accused him of killing", "arrested them for looting": the one accused
  // does the gerund; "found him guilty of murder", the act he is found guilty of.
  if (a.last + 1 == m.head && gerund(doc.token_text(m.head)) &&
      in(doc.token_lower(a.last), {"of", "for", "with", "after"}))
    return false;
  if (a.last + 1 < m.head && in(doc.token_lower(a.last), {"guilty", "responsible", "culpable"})) return false;
  // ("him sexually assaulting a girl": adverbs may stand between.)
  uint32_t next = a.last;
  while (next < m.head && is_ly_adverb(doc.token_lower(next))) ++next;
  if (next == m.head) {
    if (gerund(doc.token_text(m.head))) return false;
    if (a.first > 0 && in(doc.token_lower(a.first - 1),
                          {"see", "saw", "seen", "sees", "seeing", "watch", "watched", "watching", "let", "lets",
                           "letting", "have", "had", "having", "make", "made", "makes", "making", "hear", "heard",
                           "hearing", "help", "helped", "helps", "helping"}))
      return false;
  }
  if (a.last + 1 == m.head && in(doc.token_lower(a.last), {"to", "into"})) return false;
  // "ordered him to be deported": the subject of a passive infinitive.
  if (doc.token_lower(a.last) != "to" || a.last + 1 >= m.head) return true;
  for (uint32_t k = a.last + 1; k < m.head; ++k)
    if (!is_be_form(doc.token_lower(k))) return true;
  return false;
}

std::vector<const ActorSpan*> subjects(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                       const TriggerMatch& m) {
  std::vector<const ActorSpan*> out;
  const ActorSpan* in_phrase = nullptr;  // the last actor left out as inside a prepositional phrase
  for (const ActorSpan& a : actors) {
    if (a.first < c.begin || a.last > m.head) continue;
    if (a.first >= c.relative_begin && a.last <= c.relative_end && c.relative_end > 0) continue;
    // "ads in the Washington Post and New York Times to warn": an actor
    // joined to one of its kind inside a prepositional phrase is inside it
    // too.  ("hosted in Moscow and Lavrov was hosted": a person after a
    // place begins a clause.)
    if (in_phrase && in_phrase->type == a.type && joined_to(doc, in_phrase->last, a.first)) {
      in_phrase = &a;
      continue;
    }
    // "Thousands of Iraqi Kurds demonstrated": after a quantity, "of" does not
    // start a modifier phrase; the people counted are the subject.
    // "at the White House": the preposition may stand before a determiner,
    // a place's qualifier or a person's title ("in central Paris", "in a
    // letter to Acting Secretary Chad Wolf, Pelosi called").
    uint32_t before = noun_phrase_start(doc, actors, a, c.begin + 1);
    // ("supporters of former President Ahmed Ben Bella blocked": a title may
    // stand after the "of".)
    // So are those whose government or forces act ("the government of
    // Syrian President Bashar al-Assad used"), as "Assad's government" would.
    // (A title only, no article: "members of the Bush administration" are
    // not the administration's counted people.)
    uint32_t named = a.first;
    while (named > before && !is_determiner_like(doc.token_lower(named - 1))) --named;
    bool counted = false;
    if (named >= c.begin + 2 && doc.token_lower(named - 1) == "of") {
      std::string_view head = doc.token_lower(named - 2);
      // ("controversial in the administration of X": not inside a phrase itself.)
      uint32_t k = named - 2;
      while (k > c.begin && is_determiner_like(doc.token_lower(k - 1))) --k;
      bool head_in_phrase = k > c.begin && is_preposition(doc.token_lower(k - 1));
      counted = is_quantity(head) ||
                (!head_in_phrase && in(head, {"government", "administration", "regime", "forces", "troops", "army"}));
    }
    // "The parents of American student Otto Warmbier countered": kin speak
    // for the one they belong to.
    // (An official's kin are private people: "Trump's children" are not Trump.)
    bool private_person = a.type == MentionType::kPerson && a.actor->sector.empty();
    counted = counted || (private_person && kin_before_of(doc, c.begin, a));
    // "killed in Israeli shelling", "hit by NATO airstrikes": a noun's own
    // modifier names its doer even inside a prepositional phrase.
    bool modifier = m.as_noun && a.last <= m.head && m.head - a.last <= 1;
    // "gave permission to Russia to help Israel", "appealed to Iran to free
    // them": the one right before "to" and the verb is its doer.
    // ("sent Lavrov to Turkey to meet" is a place: only after a word of
    // asking or permitting.)
    // "For President Trump to meet with Putin would be": after "for" too.
    bool infinitive_doer = !m.as_noun && a.last + 1 == m.head && doc.token_lower(a.last) == "to" &&
                           before > c.begin + 1 &&
                           (doc.token_lower(before - 1) == "for" ||
                            in(doc.token_lower(before - 2),
                              {"permission", "approval", "authorization", "authorisation", "go-ahead", "mandate",
                               "appealed", "appeal", "appeals", "called", "calls", "calling", "call", "pleaded",
                               "demand", "demands", "pressed", "pressing", "pushed", "pushing"}));
    // "a response from President Trump, who called her ... and warned
    // Waters": the person a relative "who" follows is the subject of its
    // clause (a body before "who" is not: "a spokeswoman for the Kremlin, who").
    auto word_at = [&](uint32_t i) { return i < doc.tokens.size() ? doc.token_lower(i) : std::string_view(); };
    bool relative_subject = a.type == MentionType::kPerson && a.last < m.head && (word_at(a.last) == "who" ||
                                                (word_at(a.last) == "," && word_at(a.last + 1) == "who"));
    if (!counted && !modifier && !infinitive_doer && !relative_subject && before > c.begin &&
        is_preposition(doc.token_lower(before - 1))) {
      // "the possibility of Putin and Trump meeting": a coordinated pair right
      // before the trigger is its subject even after a preposition.
      // So is one right before a verb in -ing: "with Mrs. Clinton deriding
      // Mr. Sanders", "led to Chairwoman X stepping down".  Not a place
      // ("helicopters in Iraq firing at"), nor the one a charge is against
      // ("an indictment against Assange charging him"), nor the addressee of
      // a letter or an appeal ("sent a letter to Obama calling on him").
      // "With" opens such a phrase only after a comma or first in its
      // clause ("cooperate with UN inspectors probing sites": those who probe).
      std::string_view prep_word = doc.token_lower(before - 1);
      bool absolute_with = prep_word != "with" || before - 1 == c.begin ||
                           in(doc.token_lower(before - 2), {",", "and", "but"}) ||
                           is_quote_mark(doc.token_text(before - 2));
      // (A party tag may stand between: "with Rep. X (R-Calif.) conceding".)
      bool pair_before_trigger = !m.as_noun && before_party_tag(doc, m.head) == a.last &&
                                 progressive(doc.token_lower(m.head)) &&
                                 !in(prep_word, {"in", "at", "on", "near", "across", "within", "under", "over",
                                                 "inside", "against"}) &&
                                 absolute_with && !addressed_by_document(doc, before - 1);
      for (const ActorSpan& b : actors)
        if (b.first == a.last + 1 && doc.token_lower(a.last) == "and" && b.last == m.head)
          pair_before_trigger = true;
      if (!pair_before_trigger) {
        // ("pledges by the Justice Department and the FBI to crack down": an
        // agent's phrase names doers, so no list after it is left out; nor
        // one of bodies or people after "of" or "from", which may name the
        // owners: "officials from the White House and Pentagon denied", "the
        // recommendation of A and B to ask".  Places there are left out:
        // "guys from Syria or Iraq".)
        std::string_view prep = doc.token_lower(before - 1);
        bool owners = (prep == "of" || prep == "from") && a.type != MentionType::kLocation;
        in_phrase = prep == "by" || owners ? nullptr : &a;
        continue;
      }
    }
    bool possessive =
        a.last < doc.tokens.size() && is_owner_mark(doc.token_text(a.last));
    bool kin_after = possessive && a.type == MentionType::kPerson && a.actor->sector.empty() &&
                     a.last + 1 < m.head && is_kin_noun(doc.token_lower(a.last + 1));
    if (possessive && !kin_after && !(m.as_noun && a.last + 1 >= m.head - 1)) continue;
    // "the Russia probe", "Iran sanctions": a country's name right before a
    // noun says whom the act concerns, not who does it ("Russia's" would).
    // "US-Russia talks" names the two sides, though.
    if (m.as_noun && a.last == m.head && a.type == MentionType::kLocation && !a.in_pair_word) continue;
    // "the George Floyd protests", "the Kavanaugh demonstrations": a
    // person's name right before a noun of protest names the one the
    // protests are about (after or against), not a protester.
    // So does a person's name before a noun of assault: "the Kennedy
    // assassination", "the Khashoggi murder" name the victim.
    // ("the Lincoln and Kennedy assassinations": both names.)
    bool victim_family = family(m.trigger->cameo) == "14" || family(m.trigger->cameo) == "18";
    if (m.as_noun && a.type == MentionType::kPerson && victim_family && a.last <= m.head) {
      std::vector<const ActorSpan*> named = persons_listed_before(doc, actors, m.head);
      if (std::find(named.begin(), named.end(), &a) != named.end()) continue;
    }
    if (object_pronoun_not_doer(doc, a, m)) continue;
    // "The North Atlantic Treaty Organization (NATO)": one actor named twice.
    if (!out.empty() && out.back()->key == a.key) continue;
    out.push_back(&a);
  }
  // "RNC Chairman Reince Priebus", "Al Qaeda leader Ayman al-Zawahri": a
  // body before a title and a person's name says whose title it is; the
  // person is the one subject, not a second party beside them.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const ActorSpan* a) { return a->type != MentionType::kPerson && titles_person(doc, actors, *a); }),
            out.end());
  // "Angela Merkel, who met Putin in June, ...": the active verb of a
  // relative clause with no subject of its own is done by the one the clause
  // describes ("who had been arrested" tells of an earlier act done to them).
  // "It was Russia that attacked Ukraine": the focus of a cleft whose "that"
  // is the verb's subject.
  // ("It was Ukraine that was attacked by Russia": the focus underwent it.)
  if (out.empty() && !m.as_noun &&
      (relative_pronoun_is_subject(doc, c.begin, m.head) ||
       relative_pronoun_is_passive_subject(doc, c.begin, m.head, c.end)))
    if (const ActorSpan* focus = cleft_focus(doc, actors, c)) out.push_back(focus);
  if (out.empty() && !m.as_noun && c.begin >= 2 && opens_relative_clause(doc, c.begin - 1, 0) &&
      (relative_pronoun_is_subject(doc, c.begin, m.head) ||
       relative_pronoun_is_passive_subject(doc, c.begin, m.head, c.end))) {
    uint32_t described_end = before_party_tag(doc, c.begin - 2);
    for (const ActorSpan& a : actors)
      if (a.last == described_end && !body_after_preposition(doc, a)) out.push_back(&a);
    // "Putin's remarks, which were condemned by Germany": a thing's owner
    // stands for the thing the clause describes.
    if (out.empty() && c.begin >= 3 && doc.token_lower(c.begin - 1) == "which")
      for (const ActorSpan& a : actors)
        if (a.last + 4 == c.begin && is_owner_mark(doc.token_text(a.last))) out.push_back(&a);
  }
  return out;
}

namespace {

// "spoke with Erdogan by phone": inside the phrase, after one of its own
// prepositions.
bool after_own_prep(const Document& doc, const TriggerMatch& m, const ActorSpan& a) {
  const auto& preps = m.trigger->target_preps;
  uint32_t p = a.first - 1;
  if (p > m.head && is_determiner_like(doc.token_lower(p))) --p;
  return p > m.head && std::find(preps.begin(), preps.end(), doc.token_lower(p)) != preps.end();
}

// "attended the Beijing Olympics", "the Paris climate conference": a
// place naming the gathering, before its noun, is where it is held.
// Only a bare place ("pulled the US out" names no gathering; "Mandela's
// funeral" is a person's).
bool names_gathering(const Document& doc, const TriggerMatch& m, const ActorSpan& a) {
  if (!m.trigger->place_target || a.last > m.last || a.last + 2 < m.last) return false;
  if (a.actor->country.empty() || !a.actor->name.empty() || !a.actor->sector.empty()) return false;
  if (is_particle(doc.token_lower(m.last)) || is_preposition(doc.token_lower(m.last))) return false;
  for (uint32_t i = a.last; i < m.last; ++i) {
    std::string_view w = doc.token_text(i);
    if (is_capitalised(w) || is_preposition(lower(w)) || !std::isalpha(static_cast<unsigned char>(w[0])))
      return false;
  }
  return true;
}

// "accused Serbia of war crimes", "handed the prisoners over to": the
// object inside a phrase trigger is its target.
// So is a state right after the verb ("gave Pakistan 5 million dollars of
// aid"), the recipient; not a group ("sent Russian advisers and troops").
// The phrase's last word may be the actor's own head noun: "expelled two
// British diplomats" (the group "British diplomats" ends on "diplomats").
// "called for Mr Howard's resignation", "demanded Israel's immediate
// withdrawal": the owner of the phrase's closing noun, before at most one
// lower-case modifier, is the one the act asks something of.
bool owns_phrase_noun(const Document& doc, const TriggerMatch& m, const ActorSpan& a) {
  if (a.last >= m.last || m.last - a.last > 2 || !is_owner_mark(doc.token_text(a.last))) return false;
  for (uint32_t i = a.last + 1; i < m.last; ++i) {
    std::string_view w = doc.token_text(i);
    if (is_capitalised(w) || !std::isalpha(static_cast<unsigned char>(w[0])) || is_preposition(lower(w))) return false;
  }
  return true;
}

const ActorSpan* target_inside_phrase(const Document& doc, const std::vector<ActorSpan>& actors,
                                      const TriggerMatch& m, bool obj, bool request) {
  for (const ActorSpan& a : actors)
    if (a.first > m.head && a.first <= m.last && a.last <= m.last + 1 &&
        (obj || after_own_prep(doc, m, a) || names_gathering(doc, m, a) || owns_phrase_noun(doc, m, a) ||
         (a.first == m.head + 1 && (request || (a.actor->sector.empty() && a.actor->name.empty())))))
      return &a;
  return nullptr;
}

// "called for Moore's removal", "called for the impeachment of President
// Trump": after an appeal that ends in "for" comes the act asked for; the one
// who would undergo it (the owner of its noun, or the actor after the noun's
// "of") is whom the appeal concerns.  The noun may have one modifier before
// it ("the immediate removal"); nothing else may stand between.
// So is the one asked to act: "called for Russia to withdraw", "its demand
// for Turkey to recognise Cyprus".  `start` is the token after "for".
const ActorSpan* undergoer_of_requested_act(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                            uint32_t start) {
  auto plain_word = [&](uint32_t i) {
    std::string_view w = doc.token_text(i);
    std::string l = lower(w);
    return !is_capitalised(w) && std::isalpha(static_cast<unsigned char>(w[0])) && !is_preposition(l) &&
           !is_clause_boundary(l) && !is_determiner_like(l);
  };
  for (const ActorSpan& a : actors) {
    if (a.first < start || a.first >= c.end) continue;
    if (a.first > start + 1) {
      // "the impeachment of (President) Trump": determiner, at most two plain
      // words, "of", then perhaps a determiner and a title.
      uint32_t i = start;
      if (is_determiner_like(doc.token_lower(i))) ++i;
      uint32_t nouns = 0;
      while (i < a.first && nouns < 2 && plain_word(i)) ++i, ++nouns;
      if (nouns == 0 || i >= a.first || doc.token_lower(i) != "of") return nullptr;
      for (++i; i < a.first; ++i) {
        std::string_view w = doc.token_text(i);
        if (!is_determiner_like(lower(w)) && !is_capitalised(w)) return nullptr;
      }
      return &a;
    }
    // "for Moore's removal", "for the president's resignation".
    if (a.last + 2 < c.end && is_owner_mark(doc.token_text(a.last)) && plain_word(a.last + 1)) return &a;
    // "for Russia to withdraw".
    if (a.last + 1 < c.end && doc.token_lower(a.last) == "to" && plain_word(a.last + 1)) return &a;
    return nullptr;
  }
  return nullptr;
}

// Where the target phrase starts after the trigger (after its preposition,
// or at the direct object), or UINT32_MAX when there is none.
uint32_t target_phrase_start(const Document& doc, Clause c, const TriggerMatch& m, bool obj, uint32_t start) {
  const auto& preps = m.trigger->target_preps;
  uint32_t phrase = UINT32_MAX;
  // "travelled to Turkey", "arrived in Ankara": a phrase that ends in its
  // target's preposition has the target right after it.
  const std::string& tail = m.trigger->lemmas.back();
  if (m.trigger->lemmas.size() > 1 && std::find(preps.begin(), preps.end(), tail) != preps.end()) phrase = start;
  bool after_phrase = false;  // another prepositional phrase came first
  for (uint32_t i = start; i < c.end && i <= start + 6 && phrase == UINT32_MAX; ++i) {
    std::string_view w = doc.token_lower(i);
    // "a meeting between X and Y"; in captions also "Meeting by X and Y".
    bool sides = m.as_noun && (w == "between" || (w == "by" && i == start && m.trigger->reciprocal));
    // "attended a conference on the war in Syria": that place is the topic's.
    bool topic_place = m.trigger->place_target && after_phrase && (w == "in" || w == "at");
    after_phrase |= is_preposition(w);
    // "called for his removal on Friday": "on" before a day or month opens a date.
    // (A month only before a number: "called on May to resign" names a person.)
    bool date = i + 1 < c.end && (time::weekday_of(doc.token_lower(i + 1)) != 0 ||
                                  (time::month_of(doc.token_lower(i + 1)) != 0 && i + 2 < c.end &&
                                   std::isdigit(static_cast<unsigned char>(doc.token_text(i + 2)[0]))));
    if ((std::find(preps.begin(), preps.end(), w) != preps.end() && !topic_place && !date) || sides) {
      phrase = i + 1;
      break;
    }
    // "met Monday in Rome with Lavrov", "met in Rome on Monday with
    // Lavrov": a day or a phrase of place or time right after the verb is
    // no object; the target's phrase may come after it.
    bool no_object = time::weekday_of(w) != 0 || in(w, {"in", "at", "on", "during", "yesterday", "today"});
    if (obj && i == start && !no_object) {
      phrase = i;
      break;
    }
  }
  return phrase;
}

// "endorsed an agreement with the European Union": when the direct object
// (at `phrase`) is no actor, the actor of a phrase attached to it is the
// target.  Returns where that phrase's actor may start, else `phrase`.
uint32_t object_attached_phrase(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                const TriggerMatch& m, uint32_t phrase, uint32_t start) {
  const auto& preps = m.trigger->target_preps;
  bool actor_at_object = false;
  for (const ActorSpan& a : actors) {
    if (a.first < phrase || a.first > phrase + 3 || a.first >= c.end) continue;
    // Not behind a preposition: "the shelling by Syria", "the deal with
    // Tehran" name the object's own phrase ("a part of Syria" is the object);
    // nor behind one of the trigger's own ("blamed the outbreak on Beijing",
    // "demanded an apology from Iran").
    bool inside_object = true;
    for (uint32_t i = phrase; i < a.first; ++i) {
      std::string_view w = doc.token_lower(i);
      // A threat's object is the threatened act's: "threatened to cut aid
      // to Pakistan", "threatened tariffs on Mexico" (family 13).
      bool threatened_act = family(m.trigger->cameo) == "13" && (w == "to" || w == "on");
      inside_object &= w != "by" && !(m.trigger->place_target && (w == "in" || w == "at")) &&
                       w != "with" && w != "against" && !threatened_act &&
                       (w == "at" || w == "in" || std::find(preps.begin(), preps.end(), w) == preps.end());
    }
    actor_at_object |= inside_object;
  }
  bool other_phrase = false;  // "a summit on the unrest in Iran": Iran is the topic's place
  if (!actor_at_object)
    for (uint32_t i = start + 1; i < c.end && i <= start + 6; ++i) {
      std::string_view w = doc.token_lower(i);
      if (w == "," || is_clause_boundary(w)) break;
      // "condemned the attack by rebels": whose act it was.  "attended
      // a summit in Japan": where a place-target act took place.
      bool place = m.trigger->place_target && (w == "in" || w == "at") && !other_phrase;
      other_phrase |= is_preposition(w);
      // (Not "at" or "in", which may say where: "shoots skeet at Camp David".)
      bool own = w != "obj" && w != "at" && w != "in" && std::find(preps.begin(), preps.end(), w) != preps.end();
      if (w == "with" || w == "against" || w == "to" || w == "on" || w == "for" || w == "by" || place || own) {
        phrase = i + 1;
        break;
      }
    }
  return phrase;
}

// Only determiners, adjectives and titles may stand between the
// preposition (or the object's start) at `phrase` and the first target `a`.
bool clean_gap_before_target(const Document& doc, const TriggerMatch& m, uint32_t phrase, const ActorSpan& a) {
  bool clean = true;
  // "with its leader, Kim Jong-un": a title and a comma before the name.
  bool appositive = a.first > phrase + 1 && a.first <= phrase + 4 && doc.token_text(a.first - 1) == "," &&
                    is_determiner_like(doc.token_lower(phrase));
  for (uint32_t i = phrase + 1; appositive && i + 1 < a.first; ++i) {
    std::string_view w = doc.token_text(i);
    appositive = !is_capitalised(w) && !is_preposition(lower(w)) && !is_clause_boundary(lower(w)) && w != ",";
  }
  for (uint32_t i = phrase; i < a.first && clean; ++i) {
    std::string_view w = doc.token_lower(i);
    // "of" inside a capitalised title ("Secretary of State") is part of it.
    // ("traveled to Chicago with Rahm Emanuel": "with" joins no title.)
    bool in_title = i > phrase && is_capitalised(doc.token_text(i - 1)) && is_capitalised(doc.token_text(i + 1)) &&
                    in(w, {"of", "for", "to"});
    bool counted = w == "of" && i > phrase && is_quantity(doc.token_lower(i - 1));
    // "the outskirts of Aleppo", "a government-held part of Syria's second city".
    counted |= w == "of" && i > phrase && m.trigger->place_target && is_part_of_place(doc.token_lower(i - 1));
    // "condolences to the family of James Foley", "aid to the people of
    // Syria": kin or a people stand for the one named after "of" (not "the
    // victims of", who may be the attacker's).  A death does so only for
    // sympathy ("mourned the loss of President Bush"; "blamed the death of X
    // on Y" is aimed at Y).
    std::string_view before_of = i > phrase ? doc.token_lower(i - 1) : std::string_view();
    counted |= w == "of" && i > phrase &&
               (in(before_of, {"family", "families", "relatives", "people", "widow", "widows"}) ||
                (m.trigger->cameo == "018" && in(before_of, {"loss", "death", "passing"})));
    // "over 150 prisoners", "about 20 soldiers": a preposition before a number counts.
    std::string_view after = i + 1 < a.first ? doc.token_text(i + 1) : std::string_view();
    bool approximate = !after.empty() && after[0] >= '0' && after[0] <= '9';
    if (is_clause_boundary(w) || (is_preposition(w) && !in_title && !counted && !approximate) ||
        (w == "," && !appositive))
      clean = false;
  }
  return clean;
}

// Does a list go on with "and" or "or" after the member ending at `end`,
// behind at most two lower-case words of that member's phrase and a comma
// ("Russia, the Trump campaign and WikiLeaks", "Macron, the French military
// and the people")?
bool list_goes_on(const Document& doc, Clause c, uint32_t end) {
  constexpr uint32_t kPhraseWords = 2;
  uint32_t i = end;
  for (uint32_t words = 0; i < c.end && words < kPhraseWords; ++i, ++words) {
    std::string_view w = doc.token_text(i);
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0])) || in(w, {"and", "or"})) break;
  }
  if (i < c.end && doc.token_text(i) == ",") ++i;
  return i < c.end && in(doc.token_lower(i), {"and", "or"});
}

// Coordinated targets: "with X and Y", "between X and Y", "with
// President Donald Trump and Secretary of State Rex Tillerson".  Is `a`
// coordinated with the target `prev` before it?
// "imposed sanctions on Iran, and Russia imposed ...": an actor after ", and"
// that a finite verb or an auxiliary follows is the subject of a new clause,
// no second target (without the comma the verb is the whole phrase's: "a
// meeting between Tillerson and Lavrov was in the works").
bool starts_new_clause(const Document& doc, const ActorSpan& prev, const ActorSpan& a) {
  if (a.last >= doc.tokens.size()) return false;
  bool comma_and = false;
  for (uint32_t i = prev.last; i + 1 < a.first; ++i)
    comma_and |= doc.token_text(i) == "," && doc.token_lower(i + 1) == "and";
  if (!comma_and) return false;
  std::string_view next = doc.token_lower(a.last);
  if (is_capitalised(doc.token_text(a.last))) return false;
  bool past = next.size() > 3 && next.compare(next.size() - 2, 2, "ed") == 0;
  return past || in(next, {"has", "have", "had", "will", "would", "was", "were", "is", "are", "did", "said",
                           "says", "also", "then", "later", "could", "can", "may", "might", "should"});
}

bool coordinated_with(const Document& doc, const ActorSpan& prev, const ActorSpan& a) {
  if (starts_new_clause(doc, prev, a)) return false;
  bool coordinated = true, conjunction = false;
  for (uint32_t i = prev.last; i < a.first && coordinated; ++i) {
    std::string_view w = doc.token_lower(i);
    conjunction |= w == "and";
    bool title_word =
        is_capitalised(doc.token_text(i)) || (w == "of" && i > prev.last && is_capitalised(doc.token_text(i - 1)));
    if (!(w == "and" || w == "," || is_determiner_like(w) || (title_word && conjunction))) coordinated = false;
  }
  return coordinated;
}

// "met Putin's spokesman", "criticized Bush's former attorney general": is
// `a` the owner of a person of events/associate_nouns.txt named after it
// (behind at most two lower-case modifiers)?  That person, not the owner,
// is the one the act is done to.
bool owner_of_associate(const Document& doc, Clause c, const ActorSpan& a) {
  static const std::set<std::string, std::less<>> nouns = word_set("events/associate_nouns.txt");
  if (a.last >= c.end || !is_owner_mark(doc.token_text(a.last))) return false;
  for (uint32_t i = a.last + 1; i < c.end && i <= a.last + 3; ++i) {
    std::string_view raw = doc.token_text(i);
    if (raw.empty() || !std::islower(static_cast<unsigned char>(raw[0]))) return false;
    std::string w = lower(raw);
    if (nouns.count(w)) return true;
    if (is_preposition(w) || is_clause_boundary(w) || in(w, {"and", "or"})) return false;
  }
  return false;
}

}  // namespace

// The actors listed after `first` with it ("by Germany and France", "by
// Iran, Russia and Turkey"), within clause `c`.  The list must close with
// "and": commas alone may set off an apposition ("by Geoffrey Berman, the
// U.S. attorney") or a new clause ("by the Taliban, Bergdahl spent").
std::vector<const ActorSpan*> coordinated_after(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                                const ActorSpan& first) {
  std::vector<const ActorSpan*> out;
  size_t closed = 0;  // the list up to the last member after "and"
  const ActorSpan* prev = &first;
  for (const ActorSpan& a : actors) {
    if (a.first < prev->last || &a == prev || a.first >= c.end) continue;
    if (!coordinated_with(doc, *prev, a) || a.key == prev->key) break;
    bool and_gap = false;
    for (uint32_t i = prev->last; i < a.first; ++i) and_gap |= doc.token_lower(i) == "and";
    out.push_back(&a);
    if (and_gap) closed = out.size();
    prev = &a;
  }
  out.resize(closed);
  return out;
}

// The target: after the trigger, introduced by one of its prepositions or as
// its direct object.  Returns every coordinated actor of that phrase.
std::vector<const ActorSpan*> targets(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                      const TriggerMatch& m) {
  std::vector<const ActorSpan*> out;
  const auto& preps = m.trigger->target_preps;
  bool obj = std::find(preps.begin(), preps.end(), "obj") != preps.end();
  uint32_t start = m.last + 1;
  // "asked Obama for help": the one asked, right after a request's verb.
  std::string root = m.trigger->cameo.substr(0, 2);
  bool request = root == "02" || root == "10";
  if (m.trigger->kind == TriggerKind::kPhrase)
    if (const ActorSpan* inside = target_inside_phrase(doc, actors, m, obj, request)) {
      out.push_back(inside);
      return out;
    }
  // "It was Ukraine that Russia attacked": a cleft whose clause has its own
  // subject and leaves the verb with no object of its own puts the object first.
  if (obj && !m.as_noun && m.trigger->kind == TriggerKind::kVerb && !relative_pronoun_is_subject(doc, c.begin, m.head) &&
      (start >= c.end || !std::isalnum(static_cast<unsigned char>(doc.token_text(start)[0])) ||
       is_preposition(doc.token_lower(start))))
    if (const ActorSpan* focus = cleft_focus(doc, actors, c)) {
      out.push_back(focus);
      return out;
    }
  // An appeal or demand "for" an act ("called for X's removal", "a demand
  // for Turkey to recognise Cyprus"; a "call for" is an appeal too).
  bool ends_in_for = m.trigger->kind == TriggerKind::kPhrase && m.trigger->lemmas.back() == "for";
  bool for_follows = !ends_in_for && start < c.end && doc.token_lower(start) == "for";
  bool appeal = request || (m.as_noun && m.trigger->lemmas.back() == "call");
  if (appeal && (ends_in_for || for_follows))
    if (const ActorSpan* undergoer = undergoer_of_requested_act(doc, actors, c, ends_in_for ? start : start + 1)) {
      out.push_back(undergoer);
      return out;
    }
  // "threatened to wipe North Korea off the map": a threat's target is the
  // object of the act it threatens, after "to" and that verb.
  bool threat = obj && family(m.trigger->cameo) == "13";
  bool threatened_verb = threat && m.trigger->kind == TriggerKind::kPhrase && m.last > m.head;  // "threaten retaliate"
  if (threat && start + 2 < c.end && doc.token_lower(start) == "to") {
    std::string_view verb = doc.token_lower(start + 1);
    if (!is_capitalised(doc.token_text(start + 1)) && std::isalpha(static_cast<unsigned char>(verb[0])) &&
        !is_preposition(verb) && !is_determiner_like(verb)) {
      start += 2;
      threatened_verb = true;
      // "threatened to resign after being ordered by Trump": no object.
      std::string_view next = start < c.end ? doc.token_lower(start) : std::string_view();
      if (start < c.end && !in(next, {"against", "on", "at"}) && (is_preposition(next) || is_clause_boundary(next)))
        return out;
    }
  }
  // "threatened to stand against Labour", "threatened to retaliate against
  // Iran" (but "warned against disunity" names no one).
  if (threatened_verb && start + 1 < c.end && in(doc.token_lower(start), {"against", "on", "at"})) ++start;
  uint32_t phrase = target_phrase_start(doc, c, m, obj, start);
  if (phrase == UINT32_MAX) return out;
  // "demanded that the government end curbs", "urged that Iraq cooperate":
  // the subject of a demanded or requested act is the target.
  if (obj && phrase == start && request && phrase < c.end &&
      doc.token_lower(phrase) == "that")
    ++phrase;
  if (obj && phrase == start) phrase = object_attached_phrase(doc, actors, c, m, phrase, start);
  // "seizing hostages, Algeria's interior minister said", "called John Dowd,
  // Trump's private lawyer": a list of targets closes with "and" or "or";
  // what commas alone add is an apposition or the subject of a new clause.
  // (Not after a noun of meeting: "Prior to the meeting with Trump, Lavrov
  // held talks" names its other side there.)
  size_t closed = m.as_noun && m.trigger->reciprocal ? SIZE_MAX : 1;
  for (const ActorSpan& a : actors) {
    if (a.first < phrase || a.first >= c.end) continue;
    if (out.empty()) {
      if (a.first > phrase + 6 || !clean_gap_before_target(doc, m, phrase, a)) break;
      // (The associate's own title or name, when the actor pass made one an
      // actor ("Putin's spokesman" is a Russian official; "Putin's
      // spokesman, Dmitry Peskov"), comes next.)
      if (owner_of_associate(doc, c, a)) {
        auto next = std::find_if(actors.begin(), actors.end(), [&](const ActorSpan& b) { return b.first > a.last; });
        if (next != actors.end() && next->first <= a.last + 6 && next->type == MentionType::kPerson)
          out.push_back(&*next);
        break;
      }
      out.push_back(&a);
      continue;
    }
    if (!coordinated_with(doc, *out.back(), a)) break;
    bool joined = false, comma = false;
    for (uint32_t i = out.back()->last; i < a.first; ++i) {
      joined |= in(doc.token_lower(i), {"and", "or"});
      comma |= doc.token_text(i) == ",";
    }
    out.push_back(&a);
    if (closed != SIZE_MAX && (joined || (!comma && closed + 1 == out.size()))) closed = out.size();
  }
  // ("sues Russia, the Trump campaign and WikiLeaks": the list may close with
  // a member that is no actor.)
  if (out.size() > closed && list_goes_on(doc, c, out.back()->last)) closed = out.size();
  if (out.size() > closed) out.resize(closed);
  return out;
}

namespace {

// The first actor after the trigger, within the clause, that follows the
// word `prep`, perhaps behind an article or a number ("by a Ukrainian
// protester", "from the Gaza Strip"); only places when `places_only`.
// A person's title before the name may stand between too ("by President
// Donald Trump", "by Senate Minority Leader Chuck Schumer"); a demonym before
// such a title is the titled person's ("by Turkish President Recep Tayyip
// Erdogan" is Erdogan, not Turkey).
const ActorSpan* actor_after(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                             const TriggerMatch& m, std::string_view prep, bool places_only) {
  auto titled_before = [&](uint32_t before) {
    for (uint32_t words = 0; before > m.last + 1 && words < 4; ++words) {
      std::string_view w = doc.token_text(before - 1);
      bool of_in_title = w == "of" && before - 1 > m.last + 1 && is_capitalised(doc.token_text(before - 2));
      if (!is_capitalised(w) && !of_in_title && !actors::default_knowledge().is_person_cue(lower(w))) break;
      if (std::any_of(actors.begin(), actors.end(), [&](const ActorSpan& o) { return o.last == before; })) break;
      --before;
    }
    return before;
  };
  for (size_t k = 0; k < actors.size(); ++k) {
    const ActorSpan& a = actors[k];
    if (a.first <= m.last || a.first >= c.end || (places_only && a.type != MentionType::kLocation)) continue;
    uint32_t before = a.first;
    if (!places_only && a.type == MentionType::kPerson) before = titled_before(before);
    while (before > m.last + 1 && is_determiner_like(doc.token_lower(before - 1))) --before;
    if (before <= m.last || doc.token_lower(before - 1) != prep) continue;
    if (!places_only && k + 1 < actors.size() && actors[k + 1].type == MentionType::kPerson &&
        actors[k + 1].first > a.last && titled_before(actors[k + 1].first) == a.last)
      return &actors[k + 1];
    return &a;
  }
  return nullptr;
}

// "shot down by a missile fired by rebels", "killed by a bomb planted by
// militants": the weapon after "by" is no actor; whoever fired or planted it
// is the act's agent.  The weapon's phrase may hold a few words ("a
// surface-to-air missile believed to be fired by") but no actor or comma.
const ActorSpan* weapon_agent(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                              const TriggerMatch& m) {
  constexpr uint32_t kWeaponPhraseWords = 9;
  uint32_t by = m.last + 1;
  if (by < c.end && in(doc.token_lower(by), {"down", "up", "off", "out"})) ++by;  // "shot down by"
  if (by >= c.end || doc.token_lower(by) != "by") return nullptr;
  for (uint32_t k = by + 1; k + 1 < c.end && k <= by + kWeaponPhraseWords; ++k) {
    std::string_view w = doc.token_lower(k);
    if (w == "," || w == "by" || w == "and" ||
        std::any_of(actors.begin(), actors.end(), [&](const ActorSpan& a) { return a.first == k; }))
      return nullptr;
    if (!in(w, {"fired", "launched", "planted", "dropped", "thrown", "hurled", "detonated", "lobbed", "shot"}))
      continue;
    if (doc.token_lower(k + 1) != "by") return nullptr;
    // The agent follows "by", maybe behind a determiner or a modifier
    // ("by pro-Russia rebels", "by the Taliban").
    constexpr uint32_t kModifierWords = 2;
    for (const ActorSpan& a : actors)
      if (a.first >= k + 2 && a.first <= k + 2 + kModifierWords && a.first < c.end) {
        for (uint32_t i = k + 2; i < a.first; ++i)
          if (doc.token_text(i) == "," || is_preposition(doc.token_lower(i))) return nullptr;
        return &a;
      }
    return nullptr;
  }
  return nullptr;
}

}  // namespace

// "by X" after a passive trigger: "demolished by a Ukrainian protester",
// "attacked by two Syrian gunmen".
// ("turned down before being appointed counsel by X": a later passive verb
// between them takes the agent.)
// A phrase with a gap may hold its agent inside the gap: "was accused by
// Israel of lying" ("accuse ... of").
const ActorSpan* agent_of(const Document& doc, const std::vector<ActorSpan>& actors, Clause c, const TriggerMatch& m) {
  const ActorSpan* agent = actor_after(doc, actors, c, m, "by", false);
  if (!agent && m.last > m.head + 1) {
    TriggerMatch head_only = m;
    head_only.last = m.head;
    Clause gap = c;
    gap.end = m.last;
    agent = actor_after(doc, actors, gap, head_only, "by", false);
    if (agent && agent->last != m.last) agent = nullptr;  // the agent fills the gap: "by Israel of"
  }
  if (!agent) return weapon_agent(doc, actors, c, m);
  // ("tortured by members of a gang ... in a complaint filed by de Anda":
  // only the first "by" after the trigger names its doer, or a weapon's
  // "planted by" chain.)
  int by_count = 0;
  for (uint32_t i = m.last + 1; i < agent->first; ++i) {
    std::string_view w = doc.token_lower(i);
    // ("praised by his superiors and by Obama": a coordinated "by" goes on.)
    bool coordinated = i > m.last + 1 && in(doc.token_lower(i - 1), {"and", "or"});
    if (is_be_form(w)) return nullptr;
    if (w == "by" && !coordinated && ++by_count > 1) return weapon_agent(doc, actors, c, m);
  }
  return agent;
}

// "rockets were fired from the Gaza Strip": with no agent named, the place an
// attack came from stands for its side.
const ActorSpan* origin_place(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                              const TriggerMatch& m) {
  return actor_after(doc, actors, c, m, "from", true);
}

// "Evidence against Russia was presented": in a passive phrase the target's
// preposition may follow the fronted noun, before the verb.
const ActorSpan* fronted_target(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                const TriggerMatch& m) {
  const auto& preps = m.trigger->target_preps;
  for (const ActorSpan& a : actors) {
    if (a.first <= c.begin || a.last >= m.head) continue;
    std::string_view prev = doc.token_lower(a.first - 1);
    if (prev != "obj" && std::find(preps.begin(), preps.end(), prev) != preps.end()) return &a;
  }
  return nullptr;
}

// "in Moscow" after the trigger: the place, standing for its country.
const ActorSpan* place_actor(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                             const TriggerMatch& m) {
  for (const ActorSpan& a : actors)
    if (a.first > m.last && a.first < c.end && a.type == MentionType::kLocation && a.first > 0 &&
        doc.token_lower(a.first - 1) == "in")
      return &a;
  return nullptr;
}

}  // namespace parley::events
