// Code refinement: the CAMEO code of an act adjusted by what surrounds it:
// intentions and threats, demands, refusals, the concern of an appeal, and
// words of force used for words ("attacked the plan") that are criticism.

#include "events/internal.h"

namespace parley::events {

bool unnamed_agent_allowed(const std::string& code) {
  std::string root = code.substr(0, 2);
  return root == "17" || root == "18" || root == "19" || root == "20";
}

// What an act announced for the future is, in CAMEO: an intent to meet
// (036), to cooperate (031-035), or a threat (13x).
std::string intent_code(const std::string& code) {
  std::string root = code.substr(0, 2);
  if (code == "045") return "039";  // intent to mediate
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return "035";
  if (root == "14") return "133";
  if (root == "16") return "132";
  if (root == "17") return "137";
  if (root == "15" || root == "18" || root == "19" || root == "20") return "138";
  return code;
}

// CAMEO's sub-codes of accusing (112x) and investigating (09x) by what the
// act concerns, read from the words after the trigger in its clause:
// "accused Serbia of war crimes" is 1124, "investigating corruption" 091.
std::string refine_by_concern(const Document& doc, Clause c, const TriggerMatch& m, const std::string& code) {
  if (code != "112" && code != "090") return code;
  bool accuse = code == "112";
  for (uint32_t i = m.last + 1; i < c.end && i <= m.last + 12; ++i) {
    std::string_view w = doc.token_lower(i);
    std::string_view next = i + 1 < c.end ? doc.token_lower(i + 1) : "";
    if ((w == "war" && (next == "crimes" || next == "crime")) || w == "genocide" ||
        (w == "crimes" && next == "against"))
      return accuse ? "1124" : "094";
    if (w == "espionage" || w == "spying" || w == "treason")
      return accuse ? "1125" : "091";
    if ((w == "human" && next == "rights") || w == "torture" || w == "abuses")
      return accuse ? "1122" : "092";
    if (w == "corruption" || w == "fraud" || w == "bribery" || w == "embezzlement" || w == "embezzling" ||
        w == "smuggling" || w == "crimes" || w == "crime" || w == "murder" || w == "terrorism")
      return accuse ? "1121" : "091";
    if (w == "aggression" || w == "invasion" || w == "incursion" || w == "airstrikes")
      return accuse ? "1123" : "093";
  }
  return code;
}

// "Turkey welcomed the arrest of the suspects", "welcomed the president's
// visit", "welcomed Barr's summary", "welcomed being quizzed": to welcome an
// act, a document or a statement (its object, behind determiners and an
// owner, is an event noun of the lexicon, singular or plural, a document or
// a word of speech, or a verb in -ing) is to approve of it (051), not to host
// anyone (043).
bool welcomes_an_act(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex) {
  if (m.as_noun || m.trigger->lemmas.front() != "welcome") return false;
  uint32_t i = m.last + 1;
  while (i < c.end) {
    if (is_determiner_like(doc.token_lower(i))) {
      ++i;
    } else if (i + 1 < c.end && is_owner_mark(doc.token_text(i + 1))) {
      i += 2;  // "the president's", "Barr's"
    } else {
      break;
    }
  }
  if (i >= c.end || doc.tokens[i].kind != TokenKind::kWord || is_capitalised(doc.token_text(i))) return false;
  std::string_view noun = doc.token_lower(i);
  // (A verb in -ing right after "welcome" is its object, "welcomed being
  // quizzed"; after an article it qualifies one, "the visiting delegation".)
  if (lex.document_object(noun) || lex.verbal_object(noun) || (i == m.last + 1 && gerund(noun))) return true;
  auto is_event_noun = [&](std::string_view w) {
    const std::vector<Trigger>* triggers = lex.triggers_for(w);
    return triggers && std::any_of(triggers->begin(), triggers->end(),
                                   [](const Trigger& t) { return t.kind == TriggerKind::kNoun; });
  };
  return is_event_noun(noun) ||
         (noun.size() > 3 && noun.back() == 's' && is_event_noun(std::string_view(noun).substr(0, noun.size() - 1)));
}

// "threatened to storm the palace", "will resign unless ...": an act
// announced as a threat, or on a condition the other side must meet, is a
// threat made now (CAMEO 13), whatever the act.
bool is_threat(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end) {
  for (uint32_t i = std::max(c.begin, subject_end); i < m.head; ++i)
    if (doc.token_lower(i).rfind("threaten", 0) == 0) return true;
  for (uint32_t i = m.last + 1; i < c.end && i <= m.last + 20; ++i)
    if (doc.token_lower(i) == "unless") return true;
  return false;
}

// "The army prepared to resume shelling", "troops are poised to attack": a
// force readied for a violent act (CAMEO 18-20) is a force posture (15),
// an act of its own, not a threat spoken to anyone.
bool preparing_force(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end,
                     const std::string& code) {
  std::string root = code.substr(0, 2);
  if (root != "18" && root != "19" && root != "20") return false;
  for (uint32_t i = std::max(c.begin, subject_end); i < m.head; ++i)
    if (in(doc.token_lower(i), {"prepared", "prepare", "prepares", "preparing", "poised", "readying"}))
      return !is_threat(doc, c, m, subject_end);
  return false;
}

// "The US announced it would prohibit all aid to the rebels", "decided to
// cut ties": a sanction (CAMEO 16) announced as decided, on no condition,
// takes effect with the decision; no threat (132) is left to carry out.
bool decided_sanction(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m, uint32_t subject_end,
                      const std::string& code) {
  if (code.rfind("16", 0) != 0 || is_threat(doc, c, m, subject_end)) return false;
  for (uint32_t i = m.head; i > s.first_token && m.head - i < 7; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (in(w, {"announced", "decided", "announces", "decides"})) return true;
    if (is_negation(w) || in(w, {"if", "could", "might", "may", "unless"})) return false;
  }
  return false;
}

std::string threat_code(const std::string& code) {
  std::string intent = intent_code(code);
  return intent.rfind("13", 0) == 0 ? intent : "130";
}

// "Sudan must return the helicopter", "demanded that the government
// resign": an act someone must do, or is asked to do, is only demanded.
bool is_demanded(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end) {
  for (uint32_t i = std::max(c.begin, subject_end); i < m.head; ++i) {
    std::string_view w = doc.token_lower(i);
    if (w == "must" || w == "should") return true;
  }
  // "urged Russia to release the prisoners", "asked Iran to free him": the
  // act after "to" is what the asking verb earlier in the clause requests.
  // The asked one stands between the verb and "to" ("asked to leave" is no request).
  if (m.head > c.begin + 1 && doc.token_lower(m.head - 1) == "to") {
    for (uint32_t i = c.begin; i + 1 < m.head - 1; ++i) {
      std::string_view w = doc.token_lower(i);
      if (in(w, {"urge",     "urged",      "urges",     "urging",    "ask",       "asked",      "asks",
                 "asking",   "called",     "calls",     "calling",   "pressed",   "presses",    "pressing",
                 // nouns: "renewed its call for Iran to stop enrichment"
                 "call",     "appeal",     "plea",
                 "demand",   "demanded",   "demands",   "demanding", "appealed",  "appeals",    "requested",
                 "requests", "told",       "tells",     "ordered",   "orders",    "pressured",  "pressuring",
                 "pressure", "implored",   "encouraged", "encourages", "encouraging", "wants", "wanted", "want",
                 // permitted: "allowed Russia to help", "gave permission to Iraq to buy"
                 "allow", "allowed", "allows", "permit", "permitted", "permits", "permission", "authorized",
                 "authorised"}))
        return true;
    }
  }
  uint32_t before = c.begin;
  if (before > 0 && doc.token_lower(before - 1) == "that") --before;
  if (before == 0 || before == c.begin) return false;
  std::string_view verb = doc.token_lower(before - 1);
  for (const char* stem : {"demand", "urg", "insist", "ask", "request", "call", "press", "want", "appeal"})
    if (verb.rfind(stem, 0) == 0) return true;
  return false;
}

// "will not lift", "would never accept", "won't withdraw": a negated future
// of a cooperative act is a refusal made now, unlike "did not meet".
bool refuses(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end) {
  bool negation = false, future = false;
  for (uint32_t i = std::max(c.begin, subject_end); i < m.head; ++i) {
    std::string_view w = doc.token_lower(i);
    // "refused to release", "declined to meet": a refusal in itself ("failed
    // to reach agreement" is none: nobody refused).
    if (in(w, {"refused", "refuses", "refusing", "declined", "declines"}) && i + 1 < m.head &&
        doc.token_lower(i + 1) == "to")
      return true;
    negation |= is_negation(w);
    future |= w == "will" || w == "would" || w == "wo" || w == "can" || w == "'ll";
    if (is_cancel_word(w)) return false;  // cancelled or postponed: not a refusal
  }
  return negation && future;
}

// The CAMEO rejection of a cooperative act, or "" when it has none.
std::string refusal_code(const std::string& code) {
  std::string root = code.substr(0, 2);
  if (root == "04" || code == "036") return "125";  // reject proposal to meet or negotiate
  if (root == "06" || code == "031") return "121";  // reject material cooperation
  if (root == "07" || code == "033") return "122";  // reject request for aid
  if (root == "08" || code == "035") return "124";  // refuse to yield
  if (root == "03" || root == "05") return "120";
  return "";
}

// Sectors of those who bear arms: their attacks are force, not words.
bool armed_sector(const std::string& sector) {
  return in(sector, {"MIL", "COP", "REB", "INS", "SEP", "SPY", "UAF", "RAD"});
}

// A speaker in public life: a person who bears no arms, or a party,
// legislature, newspaper, firm, union or other civilian body.
bool civilian_speaker(const ActorSpan& a) {
  if (in(a.actor->sector, {"PTY", "LEG", "MED", "BUS", "NGO", "EDU", "JUD", "LAB", "ELI"})) return true;
  return a.type == MentionType::kPerson && !armed_sector(a.actor->sector);
}

namespace {

// "attacked Huelskamp for voting against the bill", "criticised X for its
// failure": a reason after "for" (a gerund or a possessive) is a charge.
bool reason_follows(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t i = m.last + 1; i + 1 < c.end && i <= m.last + 10; ++i) {
    if (doc.token_lower(i) != "for") continue;
    std::string_view next = doc.token_lower(i + 1);
    return gerund(next) || in(next, {"his", "her", "its", "their", "our", "your", "my"});
  }
  return false;
}

// "attacked the government's record", "attacked every aspect of his
// character": a thing said or done among the first words of the object.
bool verbal_object_follows(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex) {
  for (uint32_t i = m.last + 1; i < c.end && i <= m.last + 8; ++i) {
    std::string_view w = doc.token_lower(i);
    if (w == "," || (is_preposition(w) && w != "of")) return false;
    if (lex.verbal_object(w)) return true;
  }
  return false;
}

}  // namespace

namespace {

// One who speaks in public life and bears no arms: a person with an office
// or a title, or of a government, legislature, party, court, newspaper or
// movement; a party, legislature or newspaper.  (A person the knowledge
// base does not place, "Crusius", may be a gunman.)
bool political_standing(const ActorSpan& a) {
  const Actor& actor = *a.actor;
  if (armed_sector(actor.sector)) return false;
  if (a.type == MentionType::kPerson)
    return !actor.role.empty() || in(actor.sector, {"GOV", "LEG", "PTY", "ELI", "JUD", "MED", "OPP", "DIP"});
  return in(actor.sector, {"PTY", "LEG", "MED"});
}

}  // namespace

// One who runs for office or holds it: a person with an office or title, or
// of a government, legislature or party; a party or legislature.  Their
// rallies are campaign events ("Trump held a rally in Ohio"), no protest.
bool campaigner(const ActorSpan& a) {
  const Actor& actor = *a.actor;
  if (armed_sector(actor.sector)) return false;
  if (a.type == MentionType::kPerson) return !actor.role.empty() || in(actor.sector, {"GOV", "LEG", "PTY", "ELI"});
  return in(actor.sector, {"PTY", "LEG"});
}

namespace {

// The words before a noun of attack that make it one of arms: "the terror
// attacks", "a deadly car attack", "the chemical weapons attack".  A name or
// number right before it that is not the doer names a place or a date ("the
// Benghazi attack", "the 9/11 attacks").
bool armed_attack_modifier(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& doer) {
  for (uint32_t i = m.head; i > c.begin && i + 3 > m.head; --i) {
    std::string_view raw = doc.token_text(i - 1);
    std::string w = lower(raw);
    if (in(w, {"terror", "terrorist", "terrorism", "suicide", "deadly", "chemical", "weapons", "missile", "rocket",
               "drone", "bomb", "car", "truck", "lorry", "knife", "military", "armed", "air", "retaliatory",
               "nuclear", "gas", "cyber", "mortar", "militant", "jihadist", "heart", "shark", "dog", "violent",
               "cowardly", "barbaric", "heinous", "horrific", "senseless", "brutal", "bloody", "fatal"}))
      return true;
    bool doers = i - 1 >= doer.first && i - 1 < doer.last;
    if (i == m.head && !doers && (is_capitalised(raw) || std::isdigit(static_cast<unsigned char>(raw[0]))))
      return true;
  }
  return false;
}

// What an attack "on" or a verb of attacking hits, when it is a thing of
// war: "an attack on the base", "attack the convoy", "attacks on a South
// Korean navy ship".  Read over names and modifiers to the first
// preposition or clause break.
bool armed_object(const Document& doc, Clause c, const TriggerMatch& m) {
  uint32_t i = m.last + 1;
  while (i < c.end && in(doc.token_lower(i), {"on", "against"})) ++i;
  if (i >= c.end || doc.tokens[i].kind != TokenKind::kWord) return false;
  for (uint32_t k = i; k < c.end && k < i + 6; ++k) {
    std::string_view w = doc.token_lower(k);
    if (doc.tokens[k].kind != TokenKind::kWord || (k > i && is_preposition(w)) || is_clause_boundary(w)) break;
    if (in(w, {"base", "bases", "airbase", "airfield", "target", "targets", "position", "positions", "ship", "ships",
               "vessel", "vessels", "tanker", "tankers", "compound", "embassy", "consulate", "troops", "forces",
               "soldiers", "convoy", "facility", "facilities", "city", "town", "village", "camp", "plant",
               "military", "army", "navy", "police", "officers", "civilians", "protesters", "people", "school",
               "church", "mosque", "synagogue", "hospital", "building", "island", "oil", "shipping"}))
      return true;
  }
  return false;
}

// The noun of attack is the doer's: "Trump's attacks", "the NRSC's
// aggressive attacks", "widened his attack", "a Trump attack"; or the
// idiom "went on the offensive".  Up to two modifiers between.
bool owned_by(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& doer) {
  uint32_t i = m.head;
  for (int skipped = 0; i > c.begin && skipped <= 2; ++skipped) {
    std::string_view raw = doc.token_text(i - 1);
    std::string w = lower(raw);
    if (doer.last == i) return i == m.head;  // "a Trump attack", not "he provoked fresh attacks"
    if (is_owner_mark(w)) return doer.last == i - 1;
    if (in(w, {"his", "her", "their"})) return doer.last <= i - 1;
    // "unleashed a long attack on Trump", "launched a new attack", "made
    // attacks on socialism": the subject's own, over the article.
    if (in(w, {"launch", "launched", "launches", "launching", "unleash", "unleashed", "unleashes", "mount",
               "mounted", "mounts", "renewed", "escalated", "widened", "stepped", "made", "making", "make", "makes"}))
      return doer.last <= i - 1;
    if (w == "the" && m.trigger->lemmas.back() == "offensive" && i >= c.begin + 2)
      return in(doc.token_lower(i - 2), {"on", "to"});
    if (in(w, {"a", "an"})) {  // over the article to a verb of launching
      --i;
      continue;
    }
    if (is_capitalised(raw) || doc.tokens[i - 1].kind != TokenKind::kWord || is_determiner_like(w) ||
        is_preposition(w) || is_clause_boundary(w))
      return false;
    --i;
  }
  return false;
}

}  // namespace

// "Trump's attacks on the ninth circuit", "Biden's attacks", "Dunn's attack
// on Fox", "Trump attacks Nafta", "conspired to attack EPA regulations": an
// attack by one of public life who bears no arms, on another such or on no
// actor, is criticism (CAMEO 111), not force, unless it is one of arms by
// its words ("the terror attacks", "the Benghazi attack") or its object ("an
// attack on the base").  A country or an armed body as its target keeps it
// force ("Trump's attack on Syria").
bool political_attack(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan* source,
                      const ActorSpan* target) {
  // "Nebenzia often clashed with Ms. Haley over policy", "Miller clashed with
  // the CNN anchor": a clash of two who bear no arms, one of them in public
  // life, is a quarrel in words.  (Protesters clashing with counter-protesters
  // or the police fight; "clashes erupted between ..." are not a quarrel
  // unless the doer's own: "the president's clashes with Republicans".)
  if (m.trigger->cameo == "190" && m.trigger->lemmas.front() == "clash" && source && target &&
      civilian_speaker(*source) && civilian_speaker(*target))
    return (political_standing(*source) || political_standing(*target)) &&
           (m.trigger->kind == TriggerKind::kVerb && !m.as_noun ? true : owned_by(doc, c, m, *source));
  if (m.trigger->cameo != "190" || !in(m.trigger->lemmas.back(), {"attack", "offensive", "assault"})) return false;
  if (!source || !political_standing(*source)) return false;
  if (target && !(target->actor->sector.size() && !armed_sector(target->actor->sector)) &&
      !(target->type == MentionType::kPerson && !armed_sector(target->actor->sector)))
    return false;
  if (armed_attack_modifier(doc, c, m, *source) || armed_object(doc, c, m)) return false;
  // A noun (after an article, a possessive or a modifier; "attacks" read
  // as a verb may be one) must be the doer's own: "stop attacks worldwide"
  // are not the president's.
  std::string_view before = m.head > c.begin ? doc.token_lower(m.head - 1) : "";
  // (A phrase has its verb: "launched a new attack on the plan".)
  if (m.trigger->kind == TriggerKind::kPhrase) return true;
  bool verb = !m.as_noun && (source->last == m.head || before == "to" || is_modal_future(before) ||
                             is_ly_adverb(before) || in(before, {"also", "not", "n't", "did", "does", "then"}));
  return verb || owned_by(doc, c, m, *source);
}

// "Cantor attacked the White House for its failure", "Howard will attack the
// Lib Dems", "Trump attacked Comey": a word of force (flag `verbal`) used for
// words is criticism (CAMEO 111), not an armed attack.
bool verbal_attack(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan* source,
                   const ActorSpan* target, const Lexicon& lex) {
  if (political_attack(doc, c, m, source, target)) return true;
  // A noun is an armed attack ("an attack on the base"); a gerund read as
  // the noun is still the verb ("in attacking his party's record").
  if (!m.trigger->verbal || (m.as_noun && !gerund(doc.token_text(m.head)))) return false;
  if (source && armed_sector(source->actor->sector)) return false;
  if (reason_follows(doc, c, m) || verbal_object_follows(doc, c, m, lex)) return true;
  return source && target && civilian_speaker(*source) && civilian_speaker(*target);
}

// "Gabriel warned: 'we have to prepare for a rough ride'", "warned about
// the long-term damage", "warned that earnings would be lower": a warning
// that names no act its speaker or anyone will take is a pessimistic comment
// (CAMEO 012), not a threat.  A warning of an act ("warned that police will no
// longer tolerate rallies", "warned it could retaliate") stays a threat; what
// a thing will do ("warned that premiums would soar") is only a forecast.
namespace {

// A word that reads as a past participle: "indicted", "arrested", "hit".
bool lex_past_participle_like(std::string_view w) {
  return (w.size() > 4 && w.substr(w.size() - 2) == "ed") || default_lexicon().is_past_participle(lower(w));
}

// The subject right before a modal at `modal` (past a "not" or an adverb in
// -ly) is someone who can act: a personal pronoun ("warned it could
// retaliate") or a named actor ("warned that police will no longer tolerate
// rallies"); not a thing ("warned that share prices would come under
// pressure", "that Egypt's intentions could lead to an assault"), whose
// future is a forecast.
bool doer_before_modal(const Document& doc, const std::vector<ActorSpan>& actors, uint32_t from, uint32_t modal) {
  uint32_t i = modal;
  while (i > from && (in(doc.token_lower(i - 1), {"not", "also", "still", "soon", "then", "now"}) ||
                      is_ly_adverb(doc.token_text(i - 1))))
    --i;
  // "warned that he could be indicted": the subject of a passive undergoes.
  if (modal + 2 < doc.tokens.size() && doc.token_lower(modal + 1) == "be" &&
      lex_past_participle_like(doc.token_text(modal + 2)))
    return false;
  if (i == from) return true;  // no subject seen: keep the threat
  std::string_view w = doc.token_lower(i - 1);
  if (in(w, {"it", "we", "they", "he", "she", "i", "you", "'d", "who"})) return true;
  return std::any_of(actors.begin(), actors.end(), [&](const ActorSpan& a) { return a.last == i; });
}

}  // namespace

bool warning_without_threat(const Document& doc, const Sentence& s, const TriggerMatch& m,
                            const std::vector<ActorSpan>& actors) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.trigger->lemmas.front() != "warn") return false;
  uint32_t end = s.first_token + s.token_count;
  bool closes_quote = m.last + 2 >= end;  // '"...," she warned.'
  uint32_t from = closes_quote ? s.first_token : m.last + 1, to = closes_quote ? m.head : end;
  if (!closes_quote) {
    bool told = false;  // "warned that ...", "warned about ...", "warned of ..."
    for (uint32_t i = m.last + 1; i < end && i <= m.last + 4 && !told; ++i)
      told = in(doc.token_lower(i), {"that", "about", "of"});
    if (!told) return false;
  }
  for (uint32_t i = from; i < to; ++i) {
    std::string_view w = doc.token_lower(i);
    if (in(w, {"will", "'ll", "wo", "would", "could", "might"}) && !doer_before_modal(doc, actors, from, i)) continue;
    if (in(w, {"will", "'ll", "wo", "would", "could", "might", "unless", "if", "retaliate", "retaliation",
               "consequences", "action", "measures", "sanctions", "force",
               // an intention of the speaker: "wants to hit them where it hurts"
               "want", "wants", "plans", "intends", "ready", "prepared"}))
      return false;
  }
  return true;
}

// "Protesters torched a police station", "rioters attacked the police": force
// (CAMEO 171, 18, 19) used by demonstrators is a violent protest, a riot (145).
bool protest_turned_violent(const Document& doc, const ActorSpan& doer, const std::string& code) {
  // Of coercion (17) only what a crowd can do: seize or destroy property (171).
  std::string root = code.substr(0, 2);
  if (code.rfind("171", 0) != 0 && root != "18" && root != "19") return false;
  std::string_view head = doc.token_lower(doer.last - 1);
  if (head.size() > 1 && head.back() == 's') head.remove_suffix(1);
  return in(head, {"protester", "protestor", "demonstrator", "rioter", "marcher"});
}

// "Trump attacked Clinton", "attacked the government's plans", "launched an
// attack on the cost of the asylum system", "Trump fired back at Schumer": an
// attack on a politician by another, on something said or decided, or a
// politician's firing back, is criticism (CAMEO 111), not force.  The object is read past "on"/"against", articles, possessives and
// names, up to its first common noun.
// (The trigger-flag rule for other words of force is verbal_attack below.)
bool attack_on_politician_or_record(const Document& doc, Clause c, const TriggerMatch& m,
                                    const std::vector<ActorSpan>& actors, const ActorSpan* doer, const Lexicon& lex) {
  // "Trump fired back at Schumer": a politician firing back answers in words.
  bool fired_back = m.trigger->lemmas.front() == "fire" && m.head + 1 < c.end &&
                    doc.token_lower(m.head + 1) == "back";
  if (m.trigger->lemmas.back() != "attack" && !fired_back) return false;
  uint32_t i = m.last + 1;
  while (i < c.end && (is_determiner_like(doc.token_lower(i)) || doc.token_lower(i) == "on" ||
                       doc.token_lower(i) == "against"))
    ++i;
  // A politician attacking another by name: both people, the doer holding an
  // office or standing for a party.
  bool politician = doer && doer->type == MentionType::kPerson && !doer->actor->name.empty() &&
                    (!doer->actor->role.empty() || doer->actor->sector == "PTY" || doer->actor->sector == "LEG");
  if (fired_back) return politician || (doer && doer->actor->sector == "PTY");
  for (const ActorSpan& a : actors)
    if (politician && a.first == i && a.type == MentionType::kPerson && !a.actor->name.empty() &&
        !(a.last < c.end && is_owner_mark(doc.token_text(a.last))))
      return true;
  for (uint32_t k = i; k < c.end && k < i + 6; ++k) {
    std::string_view w = doc.token_text(k);
    if (is_capitalised(w) || is_determiner_like(lower(w))) continue;
    return lex.verbal_object(lower(w));
  }
  return false;
}

}  // namespace parley::events
