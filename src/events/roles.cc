// Who did what to whom in the harder constructions: reported speech,
// pronouns and their owners, pairs ("the two leaders"), reduced relatives,
// participles, noun complements, places that stand for a side, and other
// triggers in the sentence that govern or explain this one.

#include "base/string_map.h"
#include "events/internal.h"

#include <unordered_set>

namespace parley::events {

// "were engaged in ethnic cleansing", "carried out killings": a noun after
// a verb of doing names what the verb's subject did.
// Names and numbers between them do not count ("carried out the 2015 San
// Bernardino shooting").
bool done_by_light_verb(const Document& doc, Clause c, const TriggerMatch& m) {
  uint32_t words = 0;
  for (uint32_t i = m.head; i > c.begin && words < 4; --i) {
    std::string_view raw = doc.token_text(i - 1);
    if (raw.empty() || !(is_capitalised(raw) || std::isdigit(static_cast<unsigned char>(raw[0])))) ++words;
    std::string w = lower(raw);
    if (in(w, {"engaged", "engaging", "carried", "carrying", "committed", "committing", "conducted", "conducting",
               "waged", "waging", "staged", "staging", "mounted", "launched", "launching"}))
      return true;
    if (!w.empty() && !std::isalnum(static_cast<unsigned char>(w[0]))) return false;
  }
  return false;
}

// "Israel said a mortar bomb was fired at it", "Georgia says Russian jets
// bombed it": a pronoun object of an act its clause reports stands for the
// one reporting it (the actor before the saying verb that opens the clause).
const ActorSpan* reporter_as_object(const Document& doc, const std::vector<ActorSpan>& actors, const Sentence& s,
                                    Clause c, const TriggerMatch& m) {
  const auto& preps = m.trigger->target_preps;
  bool obj = std::find(preps.begin(), preps.end(), "obj") != preps.end();
  bool pronoun = false;
  for (uint32_t i = m.last + 1; i < c.end && i <= m.last + 2 && !pronoun; ++i) {
    if (!in(doc.token_lower(i), {"it", "them", "us"})) continue;
    std::string_view before = doc.token_lower(i - 1);
    pronoun = (obj && i == m.last + 1) || std::find(preps.begin(), preps.end(), before) != preps.end();
  }
  if (!pronoun) return nullptr;
  uint32_t v = c.begin;
  if (v > s.first_token && doc.token_lower(v - 1) == "that") --v;
  if (v <= s.first_token || !in(doc.token_lower(v - 1), {"said", "says", "say", "claimed", "claims", "alleged",
                                                                "alleges", "stated", "insisted", "complained"}))
    return nullptr;
  const ActorSpan* reporter = nullptr;
  for (const ActorSpan& a : actors)
    if (a.last < v && !(a.first > s.first_token && is_preposition(doc.token_lower(a.first - 1))))
      reporter = &a;
  return reporter && !reporter->actor->country.empty() ? reporter : nullptr;
}

// "protested against a US decision to deploy missiles", "ties frayed by an
// initial threat to boycott the Games": an infinitive completing a noun
// inside a prepositional phrase is the act of that noun's owner, not of the
// clause's subject.  Returns the preposition's index, or 0.  Phrases of
// purpose ("in a bid to", "in order to") keep the subject: "in" is not one.
// So is a noun that is the object of a verb of stance ("won't support a
// Congressional move to censure Trump", "rejected a proposal to halt
// enrichment"): the act is proposed by another; the verb's index is returned.
namespace {

// Verbs that take a stance on a proposal another made (closed class of
// English, kept here): support, oppose, back, reject, block, welcome ...
bool stance_verb(std::string_view w) {
  static const base::StringSet verbs = [] {
    base::StringSet set;
    for (const char* stem : {"support", "oppose", "back", "reject", "block", "welcome", "endorse", "criticize",
                             "criticise", "condemn", "denounce", "resist", "defeat", "applaud", "praise", "protest",
                             "slam", "veto", "dismiss", "decry"})
      for (const char* ending : {"", "s", "ed", "d", "ing"}) set.insert(std::string(stem) + ending);
    return set;
  }();
  return verbs.count(w) > 0;
}

}  // namespace

uint32_t noun_complement_phrase(const Document& doc, Clause c, const TriggerMatch& m) {
  if (m.as_noun || m.head < c.begin + 3 || doc.token_lower(m.head - 1) != "to") return 0;
  // ("spoke out against the decision not to prosecute him": a negated act too.)
  uint32_t at = m.head - 2;
  if (doc.token_lower(at) == "not" && at > c.begin + 1) --at;
  std::string_view noun = doc.token_text(at);
  if (doc.tokens[at].kind != TokenKind::kWord || is_capitalised(noun)) return 0;
  // Nouns of will and decision, which take the act as their content ("over
  // Easter weekend to speak with Kim" is a purpose, the subject's).
  if (!in(lower(noun), {"decision", "decisions", "plan", "plans", "threat", "threats", "proposal", "proposals",
                        "attempt", "attempts", "bid", "move", "offer", "promise", "pledge", "vow", "refusal",
                        "demand", "demands", "call", "calls", "order", "orders", "request", "effort", "efforts",
                        "agreement", "deal", "readiness", "willingness", "intention", "ultimatum", "push",
                        "campaign", "permission", "right", "plot", "scheme"}))
    return 0;
  for (uint32_t i = at; i > c.begin && at - i < 4; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (in(w, {"by", "over", "amid", "despite", "against", "about"}) || stance_verb(w)) return i - 1;
    // "over its proposal to allow": the clause's subject owns it.
    if (in(w, {"its", "their", "his", "her", "our"})) return 0;
    bool modifier = is_determiner_like(w) || is_capitalised(doc.token_text(i - 1)) || w == "'s" ||
                    w == "\xE2\x80\x99s" || (w.size() > 3 && w.compare(w.size() - 2, 2, "al") == 0) ||
                    in(w, {"initial", "any", "no", "such"});
    if (!modifier) return 0;
  }
  return 0;
}

// "Boko Haram launched attacks in northeastern Nigeria", "jets bombed
// targets in Syria": a violent act (CAMEO 18-20) with no target named is
// done to the country it happens in.  The place follows the trigger in its
// clause after "in", perhaps behind an article or lower-case modifiers.
// So is a claim of responsibility for such an act (015, "claimed the attack
// on a mall in Kenya's capital"): it concerns those the act was done to;
// and a show of force (CAMEO 15, "held military exercises in Alaska") on
// another country's ground is aimed at that country.  Sympathy (018, "expressed
// sorrow for the shootings in South Carolina") goes to the people of the
// place, the speaker's own country too.
const ActorSpan* violence_place(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                const TriggerMatch& m, const std::string& code) {
  std::string root = code.substr(0, 2);
  if (root != "15" && root != "18" && root != "19" && root != "20" && code != "015" && code != "018")
    return nullptr;
  for (const ActorSpan& a : actors) {
    if (a.first <= m.last || a.first >= c.end || a.type != MentionType::kLocation) continue;
    uint32_t before = a.first;
    while (before > m.last + 1 && a.first - before < 3 && !is_capitalised(doc.token_text(before - 1)) &&
           !is_preposition(doc.token_lower(before - 1)))
      --before;
    if (doc.token_lower(before - 1) == "in") return &a;
  }
  return nullptr;
}

// "Putin met Trump in Helsinki", "... in Osaka": CAMEO 044, a meeting held
// in a country (or a city or region of one, among `places`) that is neither side's.
bool meets_at_third_location(const Document& doc, const std::vector<ActorSpan>& actors,
                             const std::vector<ActorSpan>& places, Clause c, const TriggerMatch& m,
                             const ActorSpan& source, const ActorSpan& target, const Lexicon& lex) {
  const std::string& a = source.actor->country;
  const std::string& b = target.actor->country;
  if (a.empty() || b.empty() || a == b) return false;
  // The nearer of a country and a city ("met in Berlin to discuss the war
  // in Ukraine": Berlin), and not the place of a situation discussed.
  const ActorSpan* place = place_actor(doc, actors, c, m);
  const ActorSpan* city = place_actor(doc, places, c, m);
  if (!place || (city && city->first < place->first)) place = city;
  if (!place || place->actor->country.empty() || situation_place(doc, place->first, c.begin, lex)) return false;
  // "France, Germany and Italy met in Rome": no participant may be at home.
  for (const ActorSpan& x : actors)
    if (&x != place && x.first >= c.begin && x.first < c.end && x.actor->country == place->actor->country)
      return false;
  return true;
}

namespace {

// Two actors of one side: the same country with the same sector, or a
// country and one of its own bodies ("the White House" and "the State
// Department", "Russia" and "the Kremlin", Lavrov and the Russian foreign
// ministry).  An opposition party and its government, a court and a
// citizen, or two named people are two sides.
bool dissident(const std::string& sector) {
  return sector == "REB" || sector == "OPP" || sector == "INS" || sector == "SEP" || sector == "UAF";
}

// Two people of different names ("Obama criticized Trump", "Pelosi accused
// McConnell"): two sides, even of one government, chamber or sector;
// domestic politics is acts between named people.  A person and a body or
// state ("Lavrov and the Russian foreign ministry") are not two people.
bool distinct_people(const ActorSpan& a, const ActorSpan& b) {
  const Actor& x = *a.actor;
  const Actor& y = *b.actor;
  if (a.type != MentionType::kPerson || b.type != MentionType::kPerson) return false;
  if (x.name.empty() || y.name.empty() || x.name == y.name) return false;
  return x.id.empty() || x.id != y.id;
}

}  // namespace

bool same_side(const ActorSpan& a, const ActorSpan& b) {
  const Actor& x = *a.actor;
  const Actor& y = *b.actor;
  if (x.country.empty() || x.country != y.country) return false;
  // "Syrian rebels demanded autonomy from Damascus": those who fight or
  // oppose a state are not on its side.
  if (dissident(x.sector) != dissident(y.sector)) return false;
  if (distinct_people(a, b)) return false;
  // Two named parties are rivals, not one side ("Democrats blamed Republicans").
  if (!x.name.empty() && !y.name.empty() && x.name != y.name) {
    // A person the KB knows who holds no office on the date (a candidate:
    // "Donald Trump" in 2016) is nobody's side but their own.
    auto without_office = [](const Actor& a) { return a.sector.empty() && a.from_kb(); };
    if (without_office(x) || without_office(y)) return false;
    return x.sector != "PTY" && (x.sector == y.sector || x.sector.empty() || y.sector.empty());
  }
  return x.sector.empty() || y.sector.empty() || x.sector == y.sector;
}

// "X and Y held exercises", "X held exercises with Y": two sides exercising
// together cooperate militarily (CAMEO 062); exercises held in a country
// ("in Alaska") are a show of force to it (150).
bool exercising_together(const Document& doc, const std::vector<const ActorSpan*>& subj, const ActorSpan& target) {
  if (std::find(subj.begin(), subj.end(), &target) != subj.end()) return true;
  uint32_t before = target.first;
  while (before > 0 && is_determiner_like(doc.token_lower(before - 1))) --before;
  return before > 0 && doc.token_lower(before - 1) == "with";
}

// "NATO peacekeeping troops arrived in Bosnia": peacekeepers coming to a
// country are no visit but peacekeeping provided to it (CAMEO 074).
bool peacekeepers_arriving(const Document& doc, const ActorSpan& source, const TriggerMatch& m) {
  for (uint32_t i = source.first; i < m.head; ++i)
    if (doc.token_lower(i).rfind("peacekeep", 0) == 0) return true;
  return false;
}

// "The White House is facing criticism", "drew condemnation", "came under
// criticism": the one who faces a noun of disapproval is its target, and its
// doer is not the clause's subject.
bool disapproval_undergone(const Document& doc, Clause c, const TriggerMatch& m) {
  if (!m.as_noun || family(m.trigger->cameo) != "11") return false;
  for (uint32_t i = m.head; i > c.begin && m.head - i < 4; --i)
    if (in(doc.token_lower(i - 1), {"face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn",
                                          "drawing", "receive", "receives", "received", "receiving", "attract",
                                          "attracts", "attracted", "attracting", "under", "despite", "amid"}))
      return true;
  return false;
}

// "Ukraine can weather this assault", "Israel survived a missile attack by
// Iran", "Kharkiv repelled the offensive": the one who endures, survives or
// beats back a noun of force (CAMEO 18-20) is its target, not its doer.
// Returns the verb's position, or 0.
uint32_t force_undergone(const Document& doc, Clause c, const TriggerMatch& m) {
  if (!m.as_noun) return 0;
  std::string fam = family(m.trigger->cameo);
  if (fam != "18" && fam != "19" && fam != "20") return 0;
  for (uint32_t i = m.head; i > c.begin && m.head - i < 5; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (in(w, {"weather", "weathers", "weathered", "weathering", "withstand", "withstands", "withstood",
               "withstanding", "survive", "survives", "survived", "surviving", "endure", "endures", "endured",
               "enduring", "repel", "repels", "repelled", "repelling", "repulse", "repulses", "repulsed",
               "repulsing", "suffer", "suffers", "suffered", "suffering", "thwart", "thwarts", "thwarted",
               "thwarting", "foil", "foils", "foiled", "foiling"}))
      return i - 1;
    // ("fended off", "beat back": the verb stands before its particle.)
    if (in(w, {"off", "back"}) && i >= c.begin + 2 &&
        in(doc.token_lower(i - 2), {"fend", "fends", "fended", "fending", "beat", "beats", "beaten",
                                          "beating", "fight", "fights", "fought", "fighting"}))
      return i - 2;
    if (is_clause_boundary(w) || is_be_form(w) || in(w, {"and", "or", "to", "but"})) return 0;
  }
  return 0;
}

namespace {

// A lower-case word or possessive mark that may modify a noun after it
// ("sexual", "climate", "week's"); not a word that ends a phrase or links
// a verb ("to", "that", "and", "is", "will").
bool plain_modifier(std::string_view raw) {
  if (is_owner_mark(raw)) return true;
  if (raw.empty() || !std::islower(static_cast<unsigned char>(raw[0]))) return false;
  std::string w = lower(raw);
  return !is_preposition(w) && !is_clause_boundary(w) && !is_be_form(w) && !is_modal_future(w) &&
         !is_negation(w) && !gerund(w) &&
         !in(w, {"and", "or", "to", "has", "have", "had", "did", "does", "do", "must", "it", "they", "he", "she",
                 "we", "you", "i"});
}

// A capitalised word, a number or the full stop of an abbreviation
// ("Sept.") inside the noun phrase before a noun trigger.
bool name_or_number_modifier(const Document& doc, Clause c, uint32_t i) {
  std::string_view raw = doc.token_text(i);
  if (raw.empty() || i == c.begin) return false;
  if (raw == ".") return is_capitalised(doc.token_text(i - 1));
  return is_capitalised(raw) || std::isdigit(static_cast<unsigned char>(raw[0]));
}

}  // namespace

// "a transcript of Trump's July 25 conversation with Zelensky": an owner
// whose mark opens the noun trigger's phrase, with only names, numbers and
// modifiers between, owns the act however far it stands.
bool owns_dated_noun(const Document& doc, const ActorSpan& a, const TriggerMatch& m) {
  if (a.last >= m.head || m.head - a.last > 6 || !is_owner_mark(doc.token_text(a.last))) return false;
  for (uint32_t i = a.last + 1; i < m.head; ++i)
    if (!name_or_number_modifier(doc, Clause{a.last, m.head}, i) && !plain_modifier(doc.token_text(i))) return false;
  return true;
}

// Is the noun trigger the object of a preposition ("about the contacts",
// "of this week's climate talks", "about sexual abuse")?  Lower-case
// modifiers may stand between; a verb there ("to hold talks") ends the search.
bool noun_in_phrase(const Document& doc, Clause c, const TriggerMatch& m) {
  bool modified = false;  // a modifier other than a determiner stands between
  for (uint32_t k = 1; k <= 5 && m.head >= c.begin + k; ++k) {
    std::string_view w = doc.token_lower(m.head - k);
    std::string_view before = m.head - k > c.begin ? doc.token_lower(m.head - k - 1) : "";
    // "Abdullah, who was on a visit to Cairo": after a form of "be", "on" makes
    // a visit or meeting what the subject is doing, not a topic ("was on the
    // offensive against his attorney general" is mostly a figure of speech).
    // So does "Macron, on a visit to Washington, ...".
    if (w == "on" && family(m.trigger->cameo) == "04" && (is_be_form(before) || before == ",")) return false;
    // "spoke ahead of next week's meeting": a time phrase, the subject's own
    // meeting (as the search stopped at "week" before modifiers were passed).
    if (w == "of" && modified && in(before, {"ahead", "advance"})) return false;
    // ("for a Group of 20 summit": an "of" between names is part of one.)
    if (w == "of" && modified && m.head - k > c.begin && is_capitalised(doc.token_text(m.head - k - 1)) &&
        name_or_number_modifier(doc, c, m.head - k + 1))
      continue;
    if (w == "about" || w == "of" || w == "on" || w == "over" || w == "regarding" || w == "concerning" ||
        w == "following" || w == "into" || w == "from" || w == "amid" || w == "against")
      return true;
    if (is_determiner_like(w) || (w.size() > 2 && w.compare(w.size() - 2, 2, "ed") == 0)) continue;
    // "of the Sept. 11 attacks", "about the Khashoggi killing": names, dates
    // and numbers modify the noun too (one right before it may be its own
    // doer, which the caller keeps).
    if (name_or_number_modifier(doc, c, m.head - k)) {
      modified = true;
      continue;
    }
    if (!plain_modifier(doc.token_text(m.head - k))) return false;
    modified = true;
  }
  return false;
}

// "X said (that) it/they will ...": when clause `c` follows a verb of saying
// and starts with a pronoun, the actor before that verb (the speaker).
// `plural` is set when the pronoun is "they" or "we", which may stand for
// several speakers.
const ActorSpan* speaker_of(const Document& doc, const std::vector<ActorSpan>& actors, const Sentence& s, Clause c,
                            bool* plural) {
  if (c.begin <= s.first_token) return nullptr;
  uint32_t p = c.begin;
  // "was quoted as saying he would ...": the saying verb opens the clause.
  bool saying_opens = in(doc.token_lower(p), {"saying", "telling", "adding", "insisting", "stressing"});
  if (saying_opens) ++p;
  // "said on Tuesday (that) it had ...": a time phrase may come first.
  for (uint32_t k = 0; k < 4 && p < c.end; ++k) {
    std::string_view w = doc.token_lower(p);
    bool weekday = base::weekday_of(w) != 0;
    bool time_word = w == "on" || w == "last" || w == "this" || w == "yesterday" || w == "today" || w == "," ||
                     w == "that" || w == "earlier" || w == "late" || weekday ||
                     (k > 0 && is_capitalised(doc.token_text(p)));
    if (!time_word) break;
    ++p;
  }
  std::string_view pronoun = p < c.end ? doc.token_lower(p) : "";
  // "Russia said its forces attacked ...": the speaker's own people act.
  bool own = in(pronoun, {"its", "their", "our"}) && p + 1 < c.end && !is_capitalised(doc.token_text(p + 1));
  if (!own && !in(pronoun, {"it", "they", "we", "he", "she"})) return nullptr;
  if (plural) *plural = pronoun == "they" || pronoun == "we" || pronoun == "their" || pronoun == "our";
  std::string_view verb = doc.token_lower(saying_opens ? c.begin : c.begin - 1);
  if (verb == "that" && c.begin >= s.first_token + 2) verb = doc.token_lower(c.begin - 2);
  static const char* const saying[] = {"said",      "says",     "say",       "announced", "stated",   "declared",
                                       "added",     "told",     "confirmed", "insisted",  "stressed", "reiterated",
                                       "disclosed", "reported", "noted",     "claimed",  "claims",   "alleged",
                                       "saying",    "telling",  "adding",    "insisting", "stressing"};
  if (std::none_of(std::begin(saying), std::end(saying), [&](const char* w) { return verb == w; })) return nullptr;
  const ActorSpan* speaker = nullptr;
  for (const ActorSpan& a : actors)
    if (a.last < c.begin && !(a.first > s.first_token && is_preposition(doc.token_lower(a.first - 1))))
      speaker = &a;
  return speaker;
}

// Only commas and "and" stand between two names of a plain list, and "the"
// after "and": "Russia, China and the United States", "the Tories and the
// Lib Dems"; "Mueller, the special counsel" is one man.
bool plain_list_gap(const Document& doc, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i) {
    std::string_view w = doc.token_lower(i);
    bool article_after_and = w == "the" && i > from && doc.token_lower(i - 1) == "and";
    if (w != "," && w != "and" && !article_after_and) return false;
  }
  return true;
}

// "Obama and Putin said they ...": the actors listed with `last` by "and"
// or commas alone, right before it; "they" stands for all of them.
std::vector<const ActorSpan*> listed_before(const Document& doc, const std::vector<ActorSpan>& actors,
                                            const ActorSpan& last) {
  std::vector<const ActorSpan*> out;
  const ActorSpan* next = &last;
  for (auto it = actors.rbegin(); it != actors.rend(); ++it) {
    const ActorSpan& a = *it;
    if (a.last > next->first || &a == next) continue;
    if (a.last >= next->first || !plain_list_gap(doc, a.last, next->first)) break;
    out.push_back(&a);
    next = &a;
  }
  return out;
}

// "two nationals suspected by the West of blowing up a plane": a gerund after
// "of" that completes a word of suspicion or guilt is done by the one
// suspected, not by an actor named before that word.  Returns true when
// `source` stands before the word, so the act is not its own.
bool suspected_act_of_other(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& source) {
  if (m.as_noun || !gerund(doc.token_text(m.head)) || m.head < c.begin + 2) return false;
  if (doc.token_lower(m.head - 1) != "of") return false;
  for (uint32_t i = m.head - 1; i > c.begin && m.head - i <= 8; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (in(w, {"suspected", "accused", "charged", "convicted", "indicted", "blamed", "guilty", "responsible",
               "suspect", "suspects", "accusation", "accusations", "allegations", "charges"})) {
      // "X are guilty of violating", "X was accused of attacking": the
      // subject of the predicate is the one suspected.
      uint32_t before = i - 1;
      while (before > c.begin && in(doc.token_lower(before - 1), {"also", "both", "not", "widely", "long"})) --before;
      if (before > c.begin && is_be_form(doc.token_lower(before - 1))) return false;
      return source.last <= i - 1;
    }
  }
  return false;
}

// "a day after", "a few hours later": the indefinite article at `article`
// opens a time, not a name.
bool time_after_article(const Document& doc, uint32_t article) {
  return article + 1 < doc.tokens.size() &&
         in(doc.token_lower(article + 1),
            {"day", "week", "month", "year", "few", "couple", "second", "hour", "minute", "time"});
}

// "Trump called Cruz a maniac", "called Ford a credible witness", "called
// it 'feckless'": calling someone something is naming them, not phoning.
bool names_the_target(const Document& doc, const TriggerMatch& m, const ActorSpan& target) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.trigger->lemmas.front() != "call") return false;
  if (target.first <= m.last || target.first > m.last + 4 || target.last >= doc.tokens.size()) return false;
  // "called House Speaker Nancy Pelosi a ...": only a title may stand before the name.
  for (uint32_t i = m.last + 1; i < target.first; ++i)
    if (!is_capitalised(doc.token_text(i)) && doc.token_lower(i) != "the") return false;
  std::string_view next = doc.token_text(target.last);
  if ((next == "a" || next == "an") && time_after_article(doc, target.last)) return false;  // "a day later"
  return next == "a" || next == "an" || next == "\"" || next == "\xE2\x80\x9C" || next == "'";
}

// Is the trigger inside a temporal phrase ("after meetings with ...")?
bool temporal_phrase(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t i = c.begin > 0 ? c.begin - 1 : 0; i < m.head; ++i) {
    std::string_view w = doc.token_lower(i);
    if (w == "after" || w == "before" || w == "following" || w == "during") return true;
  }
  return false;
}

// Does clause `c` start right after "but" with only auxiliaries and
// adverbs before the trigger ("but was still refusing", "but has not")?
bool shares_subject(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m) {
  if (c.begin <= s.first_token || doc.token_lower(c.begin - 1) != "but") return false;
  for (uint32_t i = c.begin; i < m.head; ++i) {
    std::string_view w = doc.token_lower(i);
    bool auxiliary = is_be_form(w) || is_modal_future(w) || is_negation(w) ||
                     in(w, {"has", "have", "had", "did", "does", "still", "also", "then", "later", "again"});
    if (!auxiliary) return false;
  }
  return true;
}

// "for alerting immigration authorities and detaining a man": a gerund
// after "and" shares the doer of the series of gerunds it ends ("parading
// troops, releasing a video and denouncing protesters"), and the actors
// after the series' first gerund are objects.  The token of that first
// gerund in the clause (lower case, after no determiner: "the meeting" is a
// noun), or 0.
namespace {

// Can the word at `i` stand before a gerund that is a verb?  Punctuation,
// a preposition ("for alerting"), a form of "be", a conjunction, a verb
// ("include parading", "kept saying"); not a determiner or adjective ("its
// international standing" is a noun).
bool opens_verb_phrase(const Document& doc, uint32_t i) {
  std::string_view word = doc.token_text(i);
  if (doc.tokens[i].kind == TokenKind::kPunct) return true;
  std::string w = lower(word);
  if (is_determiner_like(w) || is_capitalised(word)) return false;
  if (is_preposition(w) || is_be_form(w) ||
      in(w, {"and", "or", "while", "when", "include", "keep", "kept", "began", "begin", "start", "stop", "stopped"}))
    return true;
  return w.size() > 3 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.back() == 's');
}

}  // namespace

uint32_t gerund_joined_before(const Document& doc, Clause c, const TriggerMatch& m) {
  if (m.as_noun || m.head <= c.begin + 1 || !gerund(doc.token_text(m.head))) return 0;
  if (!in(doc.token_lower(m.head - 1), {"and", "or"})) return 0;
  uint32_t first = 0;
  for (uint32_t k = m.head - 2; k > c.begin; --k) {
    std::string_view w = doc.token_text(k);
    if (w == ";" || w == ":") break;
    // (Prepositions and nouns in "-ing" are no verbs: "during", "morning".)
    bool verb = gerund(w) && !is_capitalised(w) &&
                !in(lower(w), {"during", "including", "according", "following", "regarding", "concerning",
                               "morning", "evening", "nothing", "something", "anything", "everything", "building"});
    if (verb && opens_verb_phrase(doc, k - 1)) first = k;
  }
  return first;
}

namespace {

// Verbs whose object does the act of the infinitive ("asked X to") or of
// the gerund after "from" ("barred X from"): closed-class English.  Stems
// that are nouns as well ("pressure", "order", "forces") count only in
// their "-ed" and "-ing" forms: "under pressure to convict" is no asking.
bool object_control_verb(std::string_view w, bool from) {
  auto forms = [](std::initializer_list<const char*> stems, std::initializer_list<const char*> endings) {
    base::StringSet set;
    for (const char* stem : stems)
      for (const char* ending : endings) set.insert(std::string(stem) + ending);
    return set;
  };
  static const base::StringSet to_verbs = [&] {
    auto set = forms({"ask", "urge", "encourage", "allow", "permit", "invite", "persuade", "convince", "instruct",
                      "authorize", "authorise", "implore", "compel"},
                     {"", "s", "ed", "d", "ing"});
    for (const std::string& w : forms({"press", "force", "order", "push", "direct", "pressure", "challenge", "beg",
                                       "require", "advise"},
                                      {"ed", "d", "ing", "ged", "ging"}))
      set.insert(w);
    for (const char* w : {"tell", "tells", "told", "telling", "urging", "forcing", "pressuring", "advising"})
      set.insert(w);
    return set;
  }();
  static const base::StringSet from_verbs = [&] {
    auto set = forms({"prohibit", "prevent", "discourage", "forbid", "restrict"}, {"", "s", "ed", "ing"});
    for (const std::string& w : forms({"bar", "ban", "stop", "block", "keep"},
                                      {"ed", "ing", "red", "ring", "ned", "ning", "ped", "ping"}))
      set.insert(w);
    set.insert("kept");
    return set;
  }();
  return from ? from_verbs.count(w) > 0 : to_verbs.count(w) > 0;
}

}  // namespace

// "Trump asks drug companies to assist", "leaders barred him from
// traveling": the verb trigger `m` after "to" (or a gerund after "from")
// whose doer is the object of a verb of asking or stopping before it,
// named by no actor (one or more words, lower case, no pronoun that an
// actor resolves).  The control verb's token, or 0.
uint32_t control_verb_with_plain_object(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                        const TriggerMatch& m) {
  if (m.as_noun || m.head < c.begin + 3) return 0;
  std::string_view link = doc.token_lower(m.head - 1);
  bool from = link == "from";
  if (!(link == "to" || (from && gerund(doc.token_text(m.head))))) return 0;
  // "ordered an influence campaign to help Trump": a plan's purpose, the orderer's.
  if (in(doc.token_lower(m.head - 2), {"campaign", "effort", "efforts", "operation", "plan", "program",
                                              "programme", "strategy", "bill", "measure", "legislation"}))
    return 0;
  for (uint32_t k = m.head - 2; k > c.begin && m.head - 1 - k <= 5; --k) {
    std::string_view w = doc.token_lower(k - 1);
    // ("asking for authorization to strike": what is asked for is the asker's act.)
    if (object_control_verb(w, from) && doc.token_lower(k) != "for" &&
        !(k >= 2 && is_determiner_like(doc.token_lower(k - 2)))) {
      for (const ActorSpan& a : actors)
        if (a.first >= k && a.last < m.head) return 0;  // "urged Iran to": the actor is the subject found
      return k - 1;
    }
    // ("advised Polk County residents to shoot": a place may qualify the
    // object; a name of an actor is found above.)
    if (doc.tokens[k].kind != TokenKind::kWord) return 0;
  }
  return 0;
}

namespace {

// Words that may stand between a verb and its subject: auxiliaries,
// negation, adverbs ("has also repeatedly criticized", "will not attack").
bool between_subject_and_verb(std::string_view raw) {
  std::string w = lower(raw);
  if (is_be_form(w) || is_modal_future(w) || is_negation(w)) return true;
  if (is_ly_adverb(w)) return true;  // "repeatedly", "reportedly"
  return in(w, {"has", "have", "had", "did", "does", "do", "also", "still", "just", "already", "then", "now",
                "again", "later", "soon", "once", "even", "ever", "yet", "alone", "too", "both", "all", "each",
                "together", "themselves", "himself", "herself", "itself", "ourselves", "myself", "meanwhile",
                "however", "instead", "perhaps", "only", "first", "thus", "therefore", "indeed", "often", "always",
                "sometimes", "almost", "subsequently", "else", "'ve", "\xE2\x80\x99ve", "'d", "\xE2\x80\x99" "d", "'ll",
                "\xE2\x80\x99ll", "'s", "\xE2\x80\x99s", "wo", "ca", "n\xE2\x80\x99t"});
}

// Verbs whose subject also does the infinitive after them ("I want to
// thank", "the group vowed to attack"): closed-class English.
bool subject_control_verb(std::string_view raw) {
  std::string w = lower(raw);
  return is_plan_word(w) || is_cancel_word(w) ||
         in(w, {"tried", "try", "tries", "trying", "decided", "decide", "decides", "continue", "continues",
                "continued", "began", "begin", "begins", "need", "needs", "needed", "has", "have", "had",
                "attempted", "attempts", "managed", "chose", "choose", "chooses"});
}

// Nouns of time that stand between a subject and its verb ("Trump last
// week met"): never the subject themselves.
bool time_noun(std::string_view raw) {
  std::string w = lower(raw);
  return in(w, {"week", "weeks", "month", "months", "year", "years", "day", "days", "night", "morning",
                "afternoon", "evening", "weekend", "today", "yesterday", "tonight", "time", "times"}) ||
         base::weekday_of(w) != 0;
}

// Words that cannot end a subject noun phrase: grammar words.
bool grammar_word(std::string_view raw) {
  std::string w = lower(raw);
  return is_preposition(w) || is_clause_boundary(w) || is_be_form(w) || is_modal_future(w) ||
         in(w, {"and", "or", "nor", "the", "a", "an", "this", "these", "those", "there", "here", "what", "whom",
                "to", "has", "have", "had", "did", "does", "do", "his", "her", "its", "their", "our", "my", "your",
                "me", "him", "them", "us", "so", "than", "then", "also", "not", "n't", "it", "they", "he", "she",
                "i", "we", "you", "either", "neither", "despite", "during", "upon", "without", "like", "unlike",
                "per", "whether"});
}

// Is token `j` inside an actor's span?
bool in_actor(const std::vector<ActorSpan>& actors, uint32_t j) {
  return std::any_of(actors.begin(), actors.end(), [&](const ActorSpan& a) { return a.first <= j && j < a.last; });
}

// The token right before the subject of verb `m`: over auxiliaries and
// adverbs, and over "to" with a verb whose subject does the infinitive
// ("I want to thank").  0 when there is none inside the clause.
// `verbal` tells whether a word passed on the way shows the trigger is a
// verb (an auxiliary, a modal, a negation, a verb before "to" or a gerund).
uint32_t subject_end(const Document& doc, const std::vector<ActorSpan>& actors, Clause c, const TriggerMatch& m,
                     bool* verbal) {
  uint32_t k = m.head;
  while (k > c.begin) {
    std::string_view w = doc.token_text(k - 1);
    std::string lw = lower(w);
    if (between_subject_and_verb(w) && !in_actor(actors, k - 1)) {
      --k;
      bool auxiliary = is_be_form(lw) || is_modal_future(lw) || is_negation(lw) ||
                       in(lw, {"has", "have", "had", "did", "does", "do", "'ve", "'d", "'ll", "wo", "ca"});
      *verbal = *verbal || auxiliary;
    } else if (lw == "to" && k >= c.begin + 2 && subject_control_verb(doc.token_text(k - 2)) &&
               !in_actor(actors, k - 2)) {
      k -= 2;
      *verbal = true;
    } else if (k == m.head && gerund(doc.token_text(m.head)) &&
               (subject_control_verb(w) || in(lw, {"started", "starts", "stopped", "stops", "kept", "keeps",
                                                   "resumed", "finished", "avoided"}))) {
      --k;  // "Ryan began asking Sebelius"
      *verbal = true;
    } else {
      break;
    }
  }
  return k > c.begin ? k - 1 : 0;
}

// Does the phrase starting at `start` open its clause: at the clause's
// start, after a comma, a quotation mark, a colon or dash, "but", or an
// "and"/"or" that joins two clauses (an auxiliary stands before it: "fewer
// people were receiving sentences and parole officers sent"; "Authorities,
// city leaders and fellow residents appealed" is one subject)?
bool opens_a_clause(const Document& doc, const std::vector<ActorSpan>& actors, Clause c, uint32_t start) {
  if (start <= c.begin) return true;
  std::string_view w = doc.token_lower(start - 1);
  if (w == "and" || w == "or") {
    // ("British and European demands": a list of modifiers.)
    if (in_actor(actors, start - 2)) return false;
    for (uint32_t k = c.begin; k + 1 < start; ++k) {
      std::string_view v = doc.token_lower(k);
      if (is_be_form(v) || is_modal_future(v) || in(v, {"has", "have", "had"})) return true;
    }
    return false;
  }
  return w == "," || w == "but" || is_quote_mark(w) || in(w, {":", ";", "--", "\xE2\x80\x94", "\xE2\x80\x93"});
}

bool past_form(std::string_view w) { return w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0; }

// May the word at `j` stand in a noun phrase: a word or number, no grammar
// word, no "-ed" verb ("agreed", "helped")?
bool noun_phrase_word(const Document& doc, uint32_t j) {
  TokenKind kind = doc.tokens[j].kind;
  std::string_view w = doc.token_text(j);
  if (kind == TokenKind::kNumber) return true;
  // ("including", "earning": a verb's -ing form.)
  bool verb_form = !is_capitalised(w) && (past_form(lower(w)) || gerund(w));
  return kind == TokenKind::kWord && !grammar_word(w) && !is_owner_mark(w) && !verb_form;
}

}  // namespace

// "parole officers sent fewer people back", "The NAACP has endorsed me",
// "21 supported Trump": a subject of the verb `m` that no actor names,
// opening its clause, shows the actors before it are not the verb's
// doers.  The subject's first token, or 0.  A word of time ("last week")
// or a phrase after a preposition or a verb is no such subject; nor one
// owned by a pronoun ("its jets had bombed", whose owner may be the
// speaker).
uint32_t plain_subject_start(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                             const TriggerMatch& m) {
  // ("a black woman killed in her home by police": a participle with its
  // agent describes the noun before it.)
  if (m.as_noun || agent_after_participle(doc, m)) return 0;
  // The trigger must read as a verb: after an auxiliary, or in a past form
  // ("parole officers sent"); "convicted of rape and sexual assault",
  // "forced into a major retreat" have the noun.
  bool verbal = false;
  uint32_t j = subject_end(doc, actors, c, m, &verbal);
  // A bare past form with no object after it may be a participle ("12
  // people had been killed and 20 wounded", "12 arrested for carrying
  // weapons"): only one with an object is read so.
  if (!verbal && default_lexicon().is_past_participle(doc.token_lower(m.head)) && m.last + 1 < c.end) {
    std::string_view next = doc.token_text(m.last + 1);
    verbal = doc.tokens[m.last + 1].kind != TokenKind::kPunct && !is_preposition(lower(next)) &&
             !is_clause_boundary(lower(next));
  }
  if (!j || !verbal || in_actor(actors, j) || !noun_phrase_word(doc, j) || time_noun(doc.token_text(j))) return 0;
  // The rest of the noun phrase: modifiers, articles, owners ("the FBI's
  // Russia probe"), up to four words before its head.
  uint32_t start = j;
  while (start > c.begin && j - start < 4) {
    std::string_view w = doc.token_text(start - 1);
    if (in(lower(w), {"his", "her", "its", "their", "our", "my"})) return 0;
    // ("the Democrats' policies": an apostrophe after a plural owner.)
    bool plural_owner = in(w, {"'", "\xE2\x80\x99"}) && start >= 2 && !doc.tokens[start - 1].space_before &&
                        doc.token_text(start - 2).back() == 's';
    bool article = is_owner_mark(w) || plural_owner || in(lower(w), {"the", "a", "an"});
    if (!(article || in_actor(actors, start - 1) || noun_phrase_word(doc, start - 1))) break;
    --start;
  }
  return opens_a_clause(doc, actors, c, start) ? start : 0;
}

// The first actor of the sentence before clause `c`, when it stands as a
// subject (not after a preposition): "Lavrov is speaking ... after meetings".
const ActorSpan* sentence_subject(const Document& doc, const std::vector<ActorSpan>& actors, const Sentence& s,
                                  Clause c) {
  for (const ActorSpan& a : actors) {
    if (a.first >= c.begin) break;
    // ("the offices in central Paris", "to Acting Secretary Chad Wolf": a
    // qualifier or a title may stand after the preposition.)
    uint32_t start = noun_phrase_start(doc, actors, a, s.first_token + 1);
    if (start > s.first_token && is_preposition(doc.token_lower(start - 1))) continue;
    return &a;
  }
  return nullptr;
}

namespace {

// "the presidents", "the two leaders", "the foreign ministers" before a
// reciprocal trigger: the two people of this document, of two countries,
// who hold that office (their latest mentions before the sentence).
// Words that refer to two sides already named: "the two", "both sides".
bool is_pair_word(std::string_view w) { return w == "two" || w == "both" || w == "sides"; }

}  // namespace

bool mentions_a_pair(const Document& doc, const Sentence& s) {
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i)
    if (is_pair_word(doc.token_lower(i))) return true;
  return false;
}

namespace {

// "The two discussed Ukraine", "Both sides agreed": the last two actors named
// in this sentence's two predecessors — people first, else states or bodies.
std::vector<ActorSpan> recent_pair(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m) {
  bool cue = false, states = false;
  for (uint32_t i = c.begin; i < m.head; ++i) {
    std::string_view w = doc.token_lower(i);
    cue |= is_pair_word(w);
    // "the two countries": the states, not their envoys.
    states |= cue && (w == "countries" || w == "nations" || w == "states" || w == "governments");
  }
  if (!cue) return {};
  size_t index = 0;
  while (index < doc.sentences.size() && doc.sentences[index].text.begin < s.text.begin) ++index;
  uint32_t window = doc.sentences[index >= 2 ? index - 2 : 0].text.begin;
  std::vector<ActorSpan> out;
  for (bool people : {true, false}) {
    if (people && states) continue;
    for (size_t k = doc.mentions.size(); k-- > 0 && out.size() < 2;) {
      const Mention& mention = doc.mentions[k];
      if (mention.text.begin >= s.text.begin || mention.text.begin < window || mention.entity < 0) continue;
      const Actor& a = doc.entities[mention.entity].actor;
      if (a.country.empty() || mention.type == MentionType::kMisc) continue;
      if (people != (mention.type == MentionType::kPerson && !a.name.empty())) continue;
      // ... and only states or governments: "American oil companies" is no country.
      if (states && (!a.name.empty() || (!a.sector.empty() && a.sector != "GOV"))) continue;
      std::string key = actor_key(a);
      if (!out.empty() && (out[0].key == key || out[0].actor->country == a.country)) continue;
      ActorSpan span;
      span.first = span.last = m.head;  // not in this sentence: no position of its own
      span.mention = static_cast<uint32_t>(k);
      span.actor = &a;
      span.type = mention.type;
      span.key = key;
      out.push_back(span);
    }
    if (out.size() == 2) return out;
    out.clear();
  }
  return out;
}

}  // namespace

std::vector<ActorSpan> plural_pair(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m,
                                   const Lexicon& lex) {
  static const std::pair<const char*, const char*> plurals[] = {
      {"presidents", "head_of_state"},    {"leaders", "head_of_state"},      {"premiers", "head_of_government"},
      {"prime", "head_of_government"},    {"ministers", "foreign_minister"}, {"diplomats", "foreign_minister"},
      {"secretaries", "foreign_minister"}};
  std::string office;
  for (uint32_t i = c.begin; i < m.head && office.empty(); ++i) {
    std::string_view w = doc.token_lower(i);
    for (auto [word, key] : plurals)
      if (w == word) office = key;
  }
  if (office.empty()) return recent_pair(doc, s, c, m);
  const auto& kb = actors::default_knowledge();
  std::vector<ActorSpan> out;
  // Latest first: walk mentions before this sentence backwards.
  for (size_t k = doc.mentions.size(); k-- > 0 && out.size() < 2;) {
    const Mention& mention = doc.mentions[k];
    if (mention.text.begin >= s.text.begin || mention.entity < 0) continue;
    const Actor& a = doc.entities[mention.entity].actor;
    if (a.name.empty() || a.country.empty()) continue;
    std::string_view key = kb.office_key(a.role);
    bool fits = key == office || (office == "head_of_state" && key == "head_of_government");
    if (!fits) continue;
    if (!out.empty() && (out[0].actor->country == a.country || out[0].key == actor_key(a))) continue;
    ActorSpan span;
    span.first = span.last = m.head;  // not in this sentence: no position of its own
    span.mention = static_cast<uint32_t>(k);
    span.actor = &a;
    span.type = mention.type;
    span.key = actor_key(a);
    out.push_back(span);
  }
  return out;
}

// Where the noun phrase of actor `a` ends: after the actor, or after a
// lower-case head noun it modifies ("the Hamas movement", "Syrian army
// officers"); auxiliaries and adverbs ("Israel also", "Russia has") are no
// head.
uint32_t noun_phrase_end(const Document& doc, const ActorSpan& a, uint32_t end) {
  if (a.last >= end || doc.tokens[a.last].kind != TokenKind::kWord) return a.last;
  std::string_view word = doc.token_text(a.last);
  std::string w = lower(word);
  bool noun = w == word && w.size() > 3 && w.compare(w.size() - 2, 2, "ly") != 0 &&
              w.compare(w.size() - 2, 2, "ed") != 0 && !is_be_form(w) && !is_preposition(w) &&
              !is_determiner_like(w) && !is_clause_boundary(w) && !is_modal_future(w) && !is_negation(w) &&
              !in(w, {"have", "also", "then", "still", "later", "again", "which", "whose", "when", "where", "will",
                      "would", "could", "should", "must", "might", "does"});
  return noun ? a.last + 1 : a.last;
}

// "a member of Hamas jailed over a year ago", "there were ten soldiers killed
// in Ukraine": a transitive verb's participle right after a noun phrase that
// is no subject (after a preposition, a be-form or a number), with no object
// after it, is a passive describing that noun.
bool reduced_relative(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& before) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || noun_phrase_end(doc, before, c.end) != m.head ||
      before.first <= c.begin)
    return false;
  const auto& preps = m.trigger->target_preps;
  if (std::find(preps.begin(), preps.end(), "obj") == preps.end()) return false;
  std::string_view verb = doc.token_lower(m.head);
  if (verb.size() < 4 || verb.substr(verb.size() - 2) != "ed") return false;
  if (m.last + 1 >= c.end) return false;
  std::string_view next = doc.token_lower(m.last + 1);
  // ("the number of Palestinians killed so far": a time after the participle.)
  bool so_far = next == "so" && m.last + 2 < c.end && doc.token_lower(m.last + 2) == "far";
  if (!is_preposition(next) && next != "," && next != "." && next != "last" && next != "earlier" && !so_far)
    return false;
  // "killed at least three people", "killed about 40": a measure of the object, not a phrase.
  std::string_view after = m.last + 2 < c.end ? doc.token_lower(m.last + 2) : "";
  if (is_preposition(next) && (in(after, {"least", "most", "more", "less"}) || is_number_word(after))) return false;
  // "of the Islamist Hamas movement jailed", "three Americans freed by": the
  // noun phrase's article and modifiers stand between the preposition (or
  // number) and the actor.
  for (uint32_t start = before.first; start > c.begin && before.first - start < 3; --start) {
    std::string_view prev = doc.token_lower(start - 1);
    // "Secretary of State John Kerry warned on": "of" inside a title.
    bool in_title = prev == "of" && start >= 2 && is_capitalised(doc.token_text(start - 2)) &&
                    is_capitalised(doc.token_text(start));
    if (in_title) continue;
    if (is_preposition(prev) || is_be_form(prev) || is_number_word(prev)) return true;
    if (!is_determiner_like(prev) && !is_capitalised(doc.token_text(start - 1))) return false;
  }
  return false;
}

// "The civilians imprisoned for acting against Moscow were released": a
// participle after the clause's first noun phrase, when a verb group of the
// clause's own ("were", "have") follows it, describes that noun.  Returns
// where that verb group starts, or 0.
uint32_t reduced_relative_subject(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& before) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || noun_phrase_end(doc, before, c.end) != m.head) return 0;
  uint32_t start = before.first;
  while (start > c.begin && is_determiner_like(doc.token_lower(start - 1))) --start;
  if (start != c.begin) return 0;
  std::string_view verb = doc.token_lower(m.head);
  if (verb.size() < 4 || verb.substr(verb.size() - 2) != "ed" || m.last + 1 >= c.end) return 0;
  std::string_view next = doc.token_lower(m.last + 1);
  if (!is_preposition(next) || next == "to") return 0;  // "refused to say": the verb's own complement
  for (uint32_t i = m.last + 2; i < c.end && i <= m.last + 10; ++i) {
    std::string_view w = doc.token_lower(i);
    if (w == "," || is_clause_boundary(w) || in(w, {"whether", "and", "or"})) return 0;
    // A finite verb: "were released"; not "being", "been" ("apologised for not being there").
    if (in(w, {"is", "are", "was", "were", "has", "have", "had"})) return i;
  }
  return 0;
}

// "Ukrainians gunned down by Russian soldiers", "black Americans killed by
// police": a participle (or a phrase led by one) right after an actor's noun
// phrase with "by" and a named doer after it describes that actor, wherever
// the noun phrase stands; "Russia retaliated by striking" is active.
bool participle_with_agent(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& before,
                           const std::vector<ActorSpan>& actors) {
  if (m.as_noun || m.trigger->kind == TriggerKind::kNoun || noun_phrase_end(doc, before, c.end) != m.head) return false;
  std::string_view verb = doc.token_lower(m.head);
  bool participle = (verb.size() > 4 && verb.compare(verb.size() - 2, 2, "ed") == 0) ||
                    default_lexicon().is_past_participle(verb);
  if (!participle) return false;
  uint32_t by = m.last + 1;
  while (by < c.end && is_quote_mark(doc.token_lower(by))) ++by;
  if (by + 1 >= c.end || doc.token_lower(by) != "by" || gerund(doc.token_lower(by + 1))) return false;
  return agent_of(doc, actors, c, m) != nullptr;
}

// "police detained on Monday two activists", "detained in Istanbul dozens of
// protesters": an object after a short phrase of time or place ending in a
// name makes the participle an active past tense.
bool object_after_time_or_place(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t k = m.last + 3; k < c.end && k <= m.last + 6; ++k) {
    std::string_view w = doc.token_lower(k);
    if (!is_number_word(w) && !is_determiner_like(w) && !in(w, {"dozens", "hundreds", "thousands", "scores"}))
      continue;
    if (is_capitalised(doc.token_text(k - 1))) return true;
  }
  return false;
}

// "protesters arrested after they refused", "an Iranian national
// investigated for spying", "Chinese diplomats expelled over the affair": the
// participle of a verb of coercion, inquiry or blame (CAMEO 09, 11, 17),
// which needs an object, right after an actor's common-noun phrase with a
// preposition and no object after it, describes that actor as undergoing
// the act.  (A bare name before it, "the leader Gabbard praised for",
// may be the doer of a relative clause, so it is left alone.)
bool object_missing_participle(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& before) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || noun_phrase_end(doc, before, c.end) != m.head ||
      m.head == 0 || m.last + 1 >= c.end)
    return false;
  std::string fam = family(m.trigger->cameo);
  if (fam != "09" && fam != "11" && fam != "17") return false;
  const auto& preps = m.trigger->target_preps;
  if (std::find(preps.begin(), preps.end(), "obj") == preps.end()) return false;
  std::string_view noun = doc.token_text(m.head - 1);
  // ("the delay he blamed on a mistake": a pronoun is a subject.)
  if (noun.empty() || !std::islower(static_cast<unsigned char>(noun[0])) ||
      in(noun, {"he", "she", "they", "we", "i", "you", "it", "who"}))
    return false;
  // ("Brunson, whom Turkish authorities detained for": after a relative
  // pronoun the noun phrase is the participle's subject.)
  uint32_t start = before.first;
  while (start > c.begin && is_determiner_like(doc.token_lower(start - 1))) --start;
  if (start > 0 && in(doc.token_lower(start - 1), {"who", "whom", "that", "which", "whose"})) return false;
  std::string_view verb = doc.token_lower(m.head);
  bool participle = (verb.size() > 4 && verb.compare(verb.size() - 2, 2, "ed") == 0) ||
                    default_lexicon().is_past_participle(verb);
  return participle &&
         in(doc.token_lower(m.last + 1), {"for", "over", "after", "on", "in", "at", "without", "amid", "under",
                                                "since", "during", "following", "as", "from", "with"}) &&
         !object_after_time_or_place(doc, c, m);
}

// "killed by", "seized by" after a noun (not "had killed by night"): a participle and its agent.
bool agent_after_participle(const Document& doc, const TriggerMatch& m) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.head == 0 || m.last + 1 >= doc.tokens.size())
    return false;
  std::string_view verb = doc.token_lower(m.head);
  if (verb.size() < 4 || verb.substr(verb.size() - 2) != "ed" || doc.token_lower(m.last + 1) != "by")
    return false;
  std::string_view prev = doc.token_lower(m.head - 1);
  return !in(prev, {"has", "have", "had", "was", "were", "is", "are", "be", "been", "being"});
}

namespace {

// "Trump sent Pompeo to meet Kim", "invited Abe to talk": the one sent or
// asked meets; the sender is no side of that meeting.
bool is_sending_verb(std::string_view w) {
  return in(w, {"sent", "send", "sends", "sending", "dispatched", "dispatch", "dispatches", "dispatching", "invited",
                "invite", "invites", "asked", "ask", "asks", "urged", "urge", "urges", "ordered", "orders",
                "authorized", "authorised", "instructed", "tasked", "told", "allowed", "encouraged", "pressed"});
}

}  // namespace

bool sent_between(const Document& doc, const ActorSpan& a, const ActorSpan& b) {
  for (uint32_t i = a.last; i < b.first; ++i)
    if (is_sending_verb(doc.token_lower(i))) return true;
  return false;
}

// "Trump and Pence met on Monday with 20 outside surrogates": a reciprocal
// verb with its own "with" phrase in the clause (before a comma or an
// infinitive: "agreed to assist with aid" is theirs) met someone else, whom
// no actor names; the subjects did not meet each other ("with each other",
// "with one another" they did).
bool with_unnamed_partner(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t i = m.last + 1; i < c.end; ++i) {
    std::string_view w = doc.token_lower(i);
    if (w == "," || w == "to" || is_clause_boundary(w)) return false;
    if (w == "with") return i + 1 >= c.end || !in(doc.token_lower(i + 1), {"each", "one"});
  }
  return false;
}

namespace {

// The first actor after token `pos` with only articles and capitalised words
// (titles) between: "by the DNC", ", the party", "by President Putin".
const ActorSpan* actor_right_after(const Document& doc, const std::vector<ActorSpan>& actors, uint32_t pos) {
  for (const ActorSpan& a : actors) {
    if (a.first <= pos) continue;
    for (uint32_t i = pos + 1; i < a.first; ++i)
      if (!is_determiner_like(doc.token_lower(i)) && !is_capitalised(doc.token_text(i))) return nullptr;
    return &a;
  }
  return nullptr;
}

// "Obama, after meeting Putin in Geneva, said", "Putin flew home after
// meeting Merkel": a participle after a subordinating word of time inside
// the sentence is done by the main clause's subject.  Only where the
// grammar leaves no doubt: the sentence's first actor opens it (behind
// titles and articles), owns nothing ("Trump's lawyer"), and either stands
// right before ", after" or has no comma or clause boundary between it and
// "after" ("Trump met Putin after meeting Macron" is Trump's).
const ActorSpan* later_participle_doer(const Document& doc, const Sentence& s, const TriggerMatch& m,
                                       const std::vector<ActorSpan>& actors) {
  if (m.head < s.first_token + 3) return nullptr;
  uint32_t sub = m.head - 1;
  if (!in(doc.token_lower(sub), {"after", "before", "while", "since", "upon"})) return nullptr;
  const ActorSpan* subject = nullptr;
  for (const ActorSpan& a : actors) {
    if (a.first < sub) subject = &a;
    break;
  }
  if (!subject) return nullptr;
  // "Pence said after meeting with House Republicans": a meeting "with"
  // someone reads as the noun would, whose owner is the sentence's subject
  // wherever it stands (temporal_phrase()).
  // ("while declining to mention": "to" before a verb is no such phrase.)
  if (m.last == m.head && m.last + 2 < doc.tokens.size() && in(doc.token_lower(m.last + 1), {"with", "to"}) &&
      (is_capitalised(doc.token_text(m.last + 2)) || is_determiner_like(doc.token_lower(m.last + 2))))
    return sentence_subject(doc, actors, s, Clause{sub, sub + 1});
  for (uint32_t i = s.first_token; i < subject->first; ++i)
    if (!is_capitalised(doc.token_text(i)) && !is_determiner_like(doc.token_lower(i))) return nullptr;
  if (is_owner_mark_or_apostrophe(doc.token_text(subject->last))) return nullptr;
  if (subject->last + 1 == sub && doc.token_text(subject->last) == ",") return subject;  // "Obama, after meeting"
  for (uint32_t i = subject->last; i < sub; ++i) {
    std::string_view w = doc.token_text(i);
    if (w == "," || is_clause_boundary(lower(w))) return nullptr;
  }
  return subject;
}

}  // namespace

// "Iran's nuclear programme has been criticised by Israel", "Ukraine's bid
// was backed by Poland": the owner that opens a passive verb's subject noun
// phrase is whom the act concerns, as the owner of an active verb's object
// is ("criticised Iran's programme").  Only determiners may stand before the
// owner in the clause, and no comma or clause boundary after it.
const ActorSpan* passive_subject_owner(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                       const TriggerMatch& m) {
  for (const ActorSpan& a : actors) {
    if (a.first < c.begin) continue;
    if (a.last >= m.head || !is_owner_mark_or_apostrophe(doc.token_text(a.last))) return nullptr;
    for (uint32_t i = c.begin; i < a.first; ++i)
      if (!is_determiner_like(doc.token_lower(i))) return nullptr;
    for (uint32_t i = a.last + 1; i < m.head; ++i) {
      std::string_view w = doc.token_text(i);
      if (w == "," || is_clause_boundary(lower(w))) return nullptr;
    }
    return &a;
  }
  return nullptr;
}

// "Filing a lawsuit on Friday, the party said ...": a participle that opens
// the sentence is done by the subject right after its comma.  So is one
// after a subordinating word of time or means ("After meeting Merkel, Putin
// flew home", "While issuing a warning to the U.S., Putin said").
const ActorSpan* opening_participle_doer(const Document& doc, const Sentence& s, const TriggerMatch& m,
                                         const std::vector<ActorSpan>& actors) {
  bool opens = m.head == s.first_token ||
               (m.head == s.first_token + 1 &&
                in(doc.token_lower(s.first_token), {"after", "before", "while", "when", "since", "upon", "by"}));
  if (m.as_noun || !gerund(doc.token_text(m.head))) return nullptr;
  if (!opens) return later_participle_doer(doc, s, m, actors);
  uint32_t end = s.first_token + s.token_count, comma = m.last + 1;
  while (comma < end && doc.token_text(comma) != "," && !is_clause_boundary(doc.token_lower(comma))) ++comma;
  if (comma >= end || doc.token_text(comma) != ",") return nullptr;
  return actor_right_after(doc, actors, comma);
}

// The "his" or "her" that owns a meeting or visit noun ("his White House
// visit", "her first official trip", "his talks with Xi"), behind at most
// three modifiers (names, or words that say which meeting: "first",
// "state", "two-day").  0 when none.
uint32_t owning_pronoun(const Document& doc, Clause c, const TriggerMatch& m) {
  if (!m.as_noun || family(m.trigger->cameo) != "04") return 0;
  for (uint32_t k = 1; k <= 4 && m.head >= c.begin + k; ++k) {
    uint32_t i = m.head - k;
    std::string_view w = doc.token_lower(i);
    if (w == "his" || w == "her") return i;
    bool modifier = is_capitalised(doc.token_text(i)) || w.find('-') != std::string::npos ||
                    in(w, {"first", "second", "third", "last", "latest", "recent", "upcoming", "planned", "state",
                           "official", "private", "bilateral", "secret", "surprise", "brief", "historic", "overseas",
                           "foreign", "weekend", "trilateral", "unannounced", "long-awaited"});
    if (!modifier) return 0;
  }
  return 0;
}

namespace {

// The person a relative clause "who ..." holding token `t` describes: the
// person right before "who", or before a lower-case appositive ("George
// Papadopoulos, the campaign adviser who"); nullptr when none.
const ActorSpan* relative_clause_person(const Document& doc, const Sentence& s, uint32_t t,
                                        const std::vector<ActorSpan>& actors) {
  uint32_t who = t;
  while (who > s.first_token && doc.token_lower(who - 1) != "who") {
    std::string_view w = doc.token_text(who - 1);
    if (w == ";" || w == ":" || w == "\"" || w == "\xE2\x80\x9C") return nullptr;
    --who;
  }
  if (who == s.first_token) return nullptr;
  --who;  // the token of "who"
  const ActorSpan* person = nullptr;
  for (const ActorSpan& a : actors)
    if (a.last <= who && who - a.last <= 6 && a.type == MentionType::kPerson && !a.actor->name.empty()) person = &a;
  if (!person) return nullptr;
  for (uint32_t k = person->last; k < who; ++k) {  // an appositive: a comma, then lower-case words
    std::string_view w = doc.token_text(k);
    if (k == person->last ? w != "," : (is_capitalised(w) || doc.tokens[k].kind != TokenKind::kWord)) return nullptr;
  }
  return person;
}

}  // namespace

// Whose meeting or visit a "his"/"her" before it is (see owning_pronoun()):
// the person the sentence is about.  That is its subject when one stands
// before the pronoun ("Macron tried to persuade Trump ... during his White
// House visit": Macron's, not Trump's), or, when the phrase opens the
// sentence, the subject right after its comma ("During his visit to
// Washington, Macron urged ...").  A pronoun for a person stands for no
// country or body.
// Inside a relative clause on a person ("Papadopoulos, the adviser who
// pleaded guilty to lying about his contacts with Russians") the pronoun is
// that person's.
const ActorSpan* pronoun_owner(const Document& doc, const Sentence& s, uint32_t pronoun, const TriggerMatch& m,
                               const std::vector<ActorSpan>& actors) {
  const ActorSpan* owner = relative_clause_person(doc, s, pronoun, actors);
  if (!owner) owner = sentence_subject(doc, actors, s, Clause{pronoun, m.head});
  if (!owner) {
    uint32_t end = s.first_token + s.token_count, comma = m.last + 1;
    while (comma < end && doc.token_text(comma) != "," && !is_clause_boundary(doc.token_lower(comma))) ++comma;
    if (comma < end && doc.token_text(comma) == ",") owner = actor_right_after(doc, actors, comma);
  }
  return owner && owner->type == MentionType::kPerson && !owner->actor->name.empty() ? owner : nullptr;
}

// "the lawsuit filed by the DNC", "the suspension of launches by Pyongyang":
// a noun's doer after "by", behind at most a participle or the noun's own
// phrase.
const ActorSpan* noun_agent_after(const Document& doc, Clause c, const TriggerMatch& m,
                                  const std::vector<ActorSpan>& actors) {
  if (!m.as_noun) return nullptr;
  uint32_t by = m.last + 1;
  std::string_view next = by < c.end ? doc.token_text(by) : std::string_view();
  if (next.size() > 3 && next.substr(next.size() - 2) == "ed") ++by;  // "filed by", "launched by"
  if (by >= c.end || doc.token_lower(by) != "by") return nullptr;
  // "Meeting by Lavrov and Trump" (a caption's style): the two after "by"
  // are the meeting's sides, left to targets(), not one doer.
  if (m.trigger->reciprocal && by == m.last + 1) return nullptr;
  return actor_right_after(doc, actors, by);
}

// "sustaining repeated attacks from Trump", "agreed to requests from the
// NAACP", "criticism from Democrats": a noun act followed by "from" and an
// actor (behind titles) is that actor's act, whoever the clause's subject
// is; not when "from" is the trigger's own preposition ("a request from X"
// asks X; "a withdrawal from Syria" leaves it).
const ActorSpan* noun_agent_from(const Document& doc, Clause c, const TriggerMatch& m,
                                 const std::vector<ActorSpan>& actors) {
  if (!m.as_noun) return nullptr;
  uint32_t from = m.last + 1;
  if (from >= c.end || doc.token_lower(from) != "from") return nullptr;
  const auto& preps = m.trigger->target_preps;
  if (std::find(preps.begin(), preps.end(), "from") != preps.end()) return nullptr;
  const ActorSpan* a = actor_right_after(doc, actors, from);
  if (!a || a->first >= c.end) return nullptr;
  // ("did not respond to an inquiry from ProPublica": an outlet's inquiry
  // is a question, no investigation.)
  if (family(m.trigger->cameo) == "09" && a->actor->sector == "MED") return nullptr;
  // ("the threat from ISIL", "a nuclear threat from North Korea": a danger
  // someone poses, mostly no act of threatening.)
  if (family(m.trigger->cameo) == "13") return nullptr;
  return a;
}

// "Curiel sustained attacks from Trump", "The Justice Department agreed to
// requests from Jealous", "dismissed criticism from Democrats": a verb of
// receiving, undergoing or answering whose object is the noun act (behind
// determiners and modifiers); its subject is the one the act was aimed at.
// Returns the verb's position, or 0.
uint32_t receiving_verb(const Document& doc, Clause c, const TriggerMatch& m) {
  static const base::StringSet verbs = [] {
    base::StringSet set;
    for (const char* stem : {"sustain", "suffer", "face", "receive", "get", "draw", "attract", "endure", "withstand",
                             "weather", "dismiss", "reject", "rebuff", "ignore", "resist", "defy", "heed", "accept",
                             "welcome", "answer", "shrug off", "brush off"})
      for (const char* ending : {"", "s", "ed", "d", "ing"}) set.insert(std::string(stem) + ending);
    for (const char* form : {"got", "gotten", "getting", "drew", "drawn", "withstood", "facing", "sustaining",
                             "dismissing", "rejecting", "receiving", "ignoring", "welcoming", "accepting"})
      set.insert(form);
    return set;
  }();
  for (uint32_t k = 1; k <= 5 && m.head >= c.begin + k; ++k) {
    uint32_t i = m.head - k;
    std::string_view w = doc.token_lower(i);
    // "agreed to requests", "responded to the attacks", "bowed to pressure".
    if (w == "to" && i > c.begin &&
        in(doc.token_lower(i - 1), {"agreed", "agree", "agrees", "agreeing", "responded", "respond",
                                          "responds", "responding", "bowed", "bow", "yielded", "yield",
                                          "caved", "reacted", "react", "reacts", "reacting", "acceded"}))
      return i - 1;
    if (verbs.count(w)) return i;
    if (!(is_determiner_like(w) || plain_modifier(doc.token_text(i)) || is_capitalised(doc.token_text(i))))
      return 0;
  }
  return 0;
}

// "is under investigation", "came under heavy attack": the noun act after
// "under" (behind determiners and modifiers) is undergone by the subject.
bool noun_after_under(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t k = 1; k <= 4 && m.head >= c.begin + k; ++k) {
    std::string_view raw = doc.token_text(m.head - k);
    std::string w = lower(raw);
    if (w == "under") return true;
    if (!is_determiner_like(w) && !plain_modifier(raw)) return false;
  }
  return false;
}

// "Three soldiers were killed", "the journalist was arrested": CAMEO codes a
// violent or coercive act (17-20) by its victim even when the news names no
// agent; the source is then the unknown actor ("---" in CAMEO), written as a
// null source.  A cooperative or verbal act without an agent ("a deal was
// signed", "X was criticised") says too little to code.
// "Wambach's arrest", "Wambach's recent arrest": the actor owns the noun.
bool owns_noun(const Document& doc, const ActorSpan& a, const TriggerMatch& m) {
  if (a.last >= m.head || m.head - a.last > 2) return false;
  // "Russia's detention of Gershkovich": with its "of" the possessor is the doer.
  if (m.last + 1 < doc.tokens.size() && doc.token_lower(m.last + 1) == "of") return false;
  return is_owner_mark_or_apostrophe(doc.token_text(a.last));
}

// The persons' names listed right before the word at `head`, first to last:
// "the Lincoln, Kennedy and King assassinations" gives the three.  Empty when
// no person's name ends there.
std::vector<const ActorSpan*> persons_listed_before(const Document& doc, const std::vector<ActorSpan>& actors,
                                                    uint32_t head) {
  std::vector<const ActorSpan*> out;
  uint32_t next = head;  // where the list's next name must end
  for (auto it = actors.rbegin(); it != actors.rend(); ++it) {
    const ActorSpan& a = *it;
    if (a.last > next) continue;
    if (a.last != next || a.type != MentionType::kPerson || a.in_pair_word) break;
    out.insert(out.begin(), &a);
    if (a.first == 0) break;
    std::string_view joint = doc.token_lower(a.first - 1);
    if (joint != "and" && joint != "or" && joint != ",") break;
    next = a.first - 1;
  }
  return out;
}

// "the Kennedy assassination", "the Lincoln and Kennedy assassinations", "a
// Navalny arrest": a person's name that modifies a noun of what one undergoes
// (trigger flag `undergoer`) names the victim, as the possessor does; a body
// or state there is the doer ("the FBI arrest", "a Saudi kidnapping").  The
// names of such a list, first to last; empty when none modifies the noun.
std::vector<const ActorSpan*> modifying_victims(const Document& doc, const std::vector<ActorSpan>& actors,
                                                const TriggerMatch& m) {
  if (!m.as_noun || !m.trigger->undergoer || m.head != m.last) return {};
  // ("the Kennedy arrest of two men": with its "of" the act is done to others.)
  if (m.last + 1 < doc.tokens.size() && doc.token_lower(m.last + 1) == "of") return {};
  std::vector<const ActorSpan*> out = persons_listed_before(doc, actors, m.head);
  if (out.empty()) return out;
  // The list opens a noun phrase: an article or possessive before it, over
  // names read as no actor ("the Lincoln and Kennedy assassinations").
  uint32_t i = out.front()->first;
  while (i > 0 && out.front()->first - i < 6 &&
         (in(doc.token_text(i - 1), {"and", ","}) || is_capitalised(doc.token_text(i - 1))))
    --i;
  std::string_view before = i > 0 ? doc.token_lower(i - 1) : "";
  if (!is_determiner_like(before) && !is_preposition(before)) out.clear();
  return out;
}

// The verb trigger whose direct object is the noun trigger `m` ("condemned
// the attack", "denied any contacts"), or nullptr.  Only determiners and
// modifiers may stand between them: "agreed to hold talks" is no object.
const TriggerMatch* governing_verb(const Document& doc, const std::vector<TriggerMatch>& matches,
                                   const TriggerMatch& m) {
  for (const TriggerMatch& v : matches) {
    if (v.as_noun || v.last >= m.head || m.head - v.last > 4) continue;
    // "discussed sanctions": a verb form right after another act is its object.
    if (!m.as_noun && m.head != v.last + 1) continue;
    // "defended Trump's call for a wall", "backed Russia's proposal": an
    // owner's name and mark may open the object; the owner made the call.
    bool object = true, name = false, owner = false;
    for (uint32_t i = v.last + 1; i < m.head && object; ++i) {
      std::string_view raw = doc.token_text(i);
      std::string w = lower(raw);
      bool plain = is_determiner_like(w) || w == "any" || w == "all" || w == "such" || w == "these" || w == "those";
      name |= !plain && m.as_noun && is_capitalised(raw);
      owner |= m.as_noun && is_owner_mark(raw);
      object = plain || (m.as_noun && (is_capitalised(raw) || is_owner_mark(raw)));
    }
    if (name && !owner) continue;
    if (object) return &v;
  }
  return nullptr;
}

// "talks between Russia and Ukraine": a meeting noun whose two sides follow
// "between" (and an article).
bool between_sides(const Document& doc, const TriggerMatch& m, const std::vector<const ActorSpan*>& tgt) {
  if (!m.as_noun || !m.trigger->reciprocal || family(m.trigger->cameo) != "04" || tgt.size() < 2) return false;
  uint32_t i = tgt[0]->first;
  while (i > m.last + 1 && is_determiner_like(doc.token_lower(i - 1))) --i;
  return i > m.last && doc.token_lower(i - 1) == "between";
}

// "hosted talks", "will broker a meeting", "mediated the negotiations": the
// meeting noun `m` is the object of a verb of bringing others together
// (only an article or two modifiers between them).
bool hosted_meeting(const Document& doc, Clause c, const TriggerMatch& m) {
  static const char* const stems[] = {"host", "mediat", "broker", "organis", "organiz", "conven", "chair",
                                      "arrang", "facilitat", "sponsor"};
  for (uint32_t k = 1; k <= 3 && m.head >= c.begin + k; ++k) {
    std::string_view w = doc.token_lower(m.head - k);
    for (const char* stem : stems)
      if (w.rfind(stem, 0) == 0 && w.size() <= std::strlen(stem) + 4) return true;
    if (k == 3 || is_preposition(w) || w == "," || is_be_form(w)) return false;
  }
  return false;
}

}  // namespace parley::events
