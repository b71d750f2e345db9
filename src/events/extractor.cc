// The event stage's driver: reads each sentence of the article body, each
// trigger in it, and records the events they tell; then merges mentions of
// one event and numbers the records.  Every step below is a named function,
// called in the order the reading needs: the rules of one step rely on what
// the steps before it have settled (the clause, the subjects, the targets,
// the voice, the code), so the order is part of the behaviour.
#include "events/extractor.h"

#include <cstdio>

#include "events/internal.h"

namespace parley::events {
namespace {

// One sentence being read: its actors and places, its triggers, and the
// records found so far in the document.
struct SentenceReading {
  const Document& doc;
  const Lexicon& lex;
  const Sentence& s;
  std::vector<ActorSpan> actors;
  // Cities and regions, for the rules that take where an act happens as its target.
  std::vector<ActorSpan> places;
  std::vector<TriggerMatch> matches;
  std::vector<Candidate>& found;
};

// What the steps have settled about one trigger so far.
struct TriggerReading {
  const TriggerMatch& m;
  Clause c;
  std::vector<const ActorSpan*> subj, tgt;
  bool contest = false;   // a word of force or stance in a contest ("attacked Trump in the debate")
  uint32_t pronoun = 0;   // "his"/"her" that says whose act the noun is
  bool agent_by = false;  // the noun's doer follows it ("the lawsuit filed by X")
  // The one a noun act with its doer after "from" was aimed at: the subject
  // of a verb of receiving it ("Curiel sustained attacks from Trump").
  const ActorSpan* receiver = nullptr;
  // The act is another's than the clause's subject: it completes a noun ("a
  // move to censure X": its owner's) or an unnamed object is told to do it
  // ("asks drug companies to assist"); no speaker stands in for its doer.
  bool anothers_act = false;
  std::string code;
  const ActorSpan* source = nullptr;
  const ActorSpan* target = nullptr;
  std::vector<ActorSpan> plural;           // "the presidents": the two sides standing for them
  std::vector<const ActorSpan*> speakers;  // the others "they" stands for
};

void emit(SentenceReading& sr, const TriggerReading& r, const ActorSpan* source, const ActorSpan* target,
          const std::string& code) {
  emit_candidate(sr.doc, sr.s, r.m, r.c, sr.actors, source, target, code, sr.lex, sr.found);
}

// Records of the previous sentence that a later reading made redundant.
void compact_sentence_records(const Document& doc, const Lexicon& lex, std::vector<Candidate>& found,
                              size_t sentence_begin) {
  drop_promises_of_coded_acts(doc, found, sentence_begin);
  refine_appeals(doc, lex, found, sentence_begin);
  drop_acts_asked_for(doc, found, sentence_begin);
}

// Only statements of the article body tell events: no comments, captions,
// teasers, questions or chart legends.
bool may_tell_events(const Document& doc, const Sentence& s) {
  if (!is_event_source(doc.blocks[s.block].kind)) return false;
  if (s.token_count == 0 || doc.token_text(s.first_token + s.token_count - 1) == "?") return false;
  return !chart_legend(doc, s) && !photo_caption(doc, s);
}

// A reporting verb before the trigger in its sentence ("Democrats say Trump
// abused his power"): the act may be another's accusation (emit_reported).
bool reported_before(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  for (uint32_t i = s.first_token; i < m.head; ++i)
    if (is_reporting_verb(doc.token_lower(i))) return true;
  return false;
}

// A trigger word that tells no event here: a question, a hypothetical, a
// link list, naming ("called it ..."), a habit, thanks, a legal appeal, the
// market's demand, an act another wants done, a point conceded, leave given
// as a purpose or result, a view agreed with, an act only talked or thought
// of, counted at a rate, guessed at as likely, a poll's count of opinions, a fight for a cause, a refusal held, or an act judged easy or hard.
bool tells_no_event(const SentenceReading& sr, const TriggerMatch& m, Clause c) {
  const Document& doc = sr.doc;
  if (asks_a_question(doc, sr.s, m) || hypothetical(doc, sr.s, c, m) || in_link_list(doc, sr.s, m) ||
      calls_a_thing(doc, sr.s, m) || job_title_use(doc, sr.s, m))
    return true;
  if (market_demand(doc, c, m, sr.lex) || desired_of_another(doc, c, m) || concedes_a_point(doc, c, m, sr.lex) ||
      allowance_not_told(doc, c, m) || agrees_with_a_view(doc, sr.s, m, sr.lex))
    return true;
  return generic_aspect(doc, c, m, sr.lex) || thanks_to(doc, m) || legal_appeal(doc, c, m, sr.lex) ||
         content_of_a_text(doc, c, m) || shows_a_thing(doc, c, m) || danger_not_threat(doc, c, m) ||
         verdict_of_fault(doc, c, m) || support_held(doc, c, m) || appeal_as_attraction(doc, c, m) ||
         names_a_kind_of_thing(doc, c, m) || rally_of_support(doc, c, m) ||
         (abuse_of_a_thing(doc, c, m) && !reported_before(doc, sr.s, m)) || act_only_thought_of(doc, c, m) ||
         counted_at_a_rate(doc, c, m) || hedged_forecast(doc, sr.s, m) || opinion_of_a_share(doc, c, m) ||
         fight_for_a_cause(doc, c, m) || refusal_held(doc, sr.s, c, m) ||
         judged_easy_or_hard(doc, c, m);
}

// "Democrats vowed to fight it", "Lollie fought the charges", "Biden
// destroyed Sanders on Super Tuesday": a struggle of one in public life who
// bears no arms is politics or law, no force.  (Read on the subjects the
// trigger keeps: "US warplanes carried out strikes near X, destroying
// vehicles" is the warplanes' act.)
bool political_struggle(const TriggerReading& r) {
  return r.m.trigger->struggle && !r.subj.empty() && civilian_speaker(*r.subj.back());
}

// "Trump held a rally in Ohio", "Sanders addressed a crowd at a beachside
// rally": the rally of one who runs for or holds office is a campaign
// event, no demonstration.  (Activists, unions and crowds still rally, also
// those "from" a party; and a rally "against" someone is a protest.)
bool campaign_rally(const SentenceReading& sr, const TriggerReading& r) {
  const TriggerMatch& m = r.m;
  if (m.trigger->lemmas.front() != "rally" || m.trigger->cameo != "141" || r.subj.empty() ||
      !campaigner(*r.subj.back()))
    return false;
  const ActorSpan& doer = *r.subj.back();
  if (doer.first > sr.s.first_token && in(lower(sr.doc.token_text(doer.first - 1)), {"from", "of"})) return false;
  for (uint32_t i = m.last + 1; i < r.c.end && i <= m.last + 8; ++i)
    if (lower(sr.doc.token_text(i)) == "against") return false;
  return true;
}

// The subjects of the trigger's clause; false when they show the word is
// a contest word.
bool take_subjects(const SentenceReading& sr, TriggerReading& r) {
  const TriggerMatch& m = r.m;
  r.subj = subjects(sr.doc, sr.actors, r.c, m);
  r.contest = contest_act(sr.doc, sr.s, m, r.subj, sr.lex);
  return !(r.contest && !m.trigger->verbal);
}

// "Saudi Arabia killed a columnist and continues to kill civilians": the
// verb of the clause that a verb is coordinated with by "and" (over
// auxiliaries and "continues to"), with its object between them; or null.
const TriggerMatch* coordinated_with_verb(const SentenceReading& sr, const TriggerMatch& m) {
  const Document& doc = sr.doc;
  if (m.as_noun) return nullptr;
  uint32_t k = m.head;
  while (k > sr.s.first_token + 1) {
    std::string_view w = doc.token_lower(k - 1);
    // "continues to kill", "went on to win": a verb of going on before "to".
    bool going_on = w == "to" && k >= sr.s.first_token + 2 &&
                    in(doc.token_lower(k - 2), {"continues", "continue", "continued", "on"});
    bool auxiliary = is_be_form(w) || is_modal_future(w) || going_on ||
                     in(w, {"has", "have", "had", "did", "also", "then", "later", "again", "continues", "continue",
                            "continued", "went", "on"});
    if (!auxiliary) break;
    --k;
  }
  if (k <= sr.s.first_token + 1 || doc.token_lower(k - 1) != "and") return nullptr;
  uint32_t conj = k - 1;
  const TriggerMatch* before = nullptr;
  for (const TriggerMatch& o : sr.matches)
    if (!o.as_noun && o.last < conj && o.head != m.head) before = &o;
  // "will never allow Iran to get a bomb and threaten Israel": after an
  // infinitive the verbs are another's.
  if (!before || (before->head > sr.s.first_token && doc.token_lower(before->head - 1) == "to")) return nullptr;
  for (uint32_t j = before->last + 1; j < conj; ++j)
    if (doc.token_lower(j) == "to") return nullptr;
  bool object_between = false;
  for (uint32_t j = before->last + 1; j < conj; ++j) {
    std::string_view w = doc.token_lower(j);
    if (is_clause_boundary(w) || (w == "," && j + 1 != conj)) return nullptr;
  }
  for (const ActorSpan& a : sr.actors) object_between = object_between || (a.first > before->last && a.last <= conj);
  return object_between ? before : nullptr;
}

// Subjects the clause offers that are not the trigger's own doers.
void narrow_subjects(const SentenceReading& sr, TriggerReading& r) {
  const Document& doc = sr.doc;
  const Sentence& s = sr.s;
  const TriggerMatch& m = r.m;
  auto& subj = r.subj;
  if (const TriggerMatch* first = coordinated_with_verb(sr, m)) {
    auto shared = subjects(doc, sr.actors, clause_of(doc, s, first->head, first->last), *first);
    if (!shared.empty()) subj = shared;
  }
  if (const TriggerMatch* contact = contact_with_purpose(doc, sr.matches, m))
    subj = subjects(doc, sr.actors, clause_of(doc, s, contact->head, contact->last), *contact);
  // "The UN condemned the attack": a noun that is the object of another
  // act is not done by that act's subject.
  // ("attended the meeting", "held talks": taking part in a meeting is meeting.)
  if (const TriggerMatch* verb = governing_verb(doc, sr.matches, m);
      verb && !(family(verb->trigger->cameo) == "04" && family(m.trigger->cameo) == "04"))
    subj.erase(std::remove_if(subj.begin(), subj.end(), [&](const ActorSpan* a) { return a->first < verb->head; }),
               subj.end());
  // "McConnell resisted calls for a committee", "did not respond to
  // requests": one answers an act another made; an owner after the verb
  // ("resist SNP calls") made it.
  if (uint32_t verb = answered_noun_act(doc, r.c, m)) {
    subj.erase(std::remove_if(subj.begin(), subj.end(), [&](const ActorSpan* a) { return a->first < verb; }),
               subj.end());
    r.anothers_act = true;
  }
  // "information about the contacts", "following contacts between ...": a
  // noun inside a prepositional phrase belongs to no clause subject; only
  // an actor right before it ("Russia's annexation") is its own.
  if (m.as_noun && noun_in_phrase(doc, r.c, m))
    subj.erase(std::remove_if(subj.begin(), subj.end(),
                              [&](const ActorSpan* a) { return a->last + 2 < m.head && !owns_dated_noun(doc, *a, m); }),
               subj.end());
  // "Petraeus held talks with Suleiman, offering support to Lebanon": a
  // participle after a comma is done by the sentence's subject.
  if (!m.as_noun && m.head > s.first_token + 1 && doc.token_text(m.head - 1) == "," &&
      gerund(doc.token_text(m.head)))
    if (const ActorSpan* subject = sentence_subject(doc, sr.actors, s, Clause{m.head, r.c.end}))
      subj.assign(1, subject);
  if (uint32_t joined = gerund_joined_before(doc, r.c, m))
    subj.erase(std::remove_if(subj.begin(), subj.end(), [&](const ActorSpan* a) { return a->first > joined; }),
               subj.end());
  // "Trump asks drug companies to assist", "GOP leaders barred him from
  // traveling": the object of asking or stopping does the act; named by no
  // actor, it leaves the act without a known doer.
  if (uint32_t verb = control_verb_with_plain_object(doc, sr.actors, r.c, m)) {
    subj.erase(std::remove_if(subj.begin(), subj.end(), [&](const ActorSpan* a) { return a->first < verb; }),
               subj.end());
    r.anothers_act = true;
  }
  // "parole officers sent ...", "The NAACP has endorsed me": the verb's
  // own subject names no actor, so the actors before it did not do the act
  // (nor, for a noun phrase, the sentence's speaker).
  if (uint32_t start = plain_subject_start(doc, sr.actors, r.c, m)) {
    subj.erase(std::remove_if(subj.begin(), subj.end(), [&](const ActorSpan* a) { return a->last <= start; }),
               subj.end());
    // ("The Albany County Sheriff's Department arrested": the owner of the
    // subject acts through it; not through those who only stand to it,
    // "Britain's allies accepted", "Trump's supporters endorsed".)
    for (const ActorSpan& a : sr.actors)
      if (subj.empty() && a.first >= start && a.last + 1 < m.head &&
          is_owner_mark(doc.token_text(a.last)) &&
          !in(doc.token_lower(a.last + 1), {"allies", "ally", "supporters", "critics", "opponents", "rivals",
                                                  "enemies", "detractors", "fans", "victims", "friends"}))
        subj.assign(1, &a);
    if (subj.empty()) r.anothers_act = true;
  }
  if (uint32_t prep = noun_complement_phrase(doc, r.c, m)) {
    subj.clear();
    r.anothers_act = true;
    for (const ActorSpan& a : sr.actors)  // the owner: "a US decision", "Russia's plan"
      if (a.first > prep && a.last <= m.head - 2) subj.assign(1, &a);
  }
}

// An act the text does not report as done: a participle of a plain noun,
// an act only alleged, supposed, guessed at or under investigation.
bool act_not_reported(const SentenceReading& sr, const TriggerReading& r) {
  const Document& doc = sr.doc;
  if (participle_of_plain_noun(doc, sr.s, r.m, sr.actors)) return true;
  return alleged_noun_act(doc, r.c, r.m) || supposed_act(doc, r.c, r.m) || guessed_act(doc, r.c, r.m) ||
         investigated_noun_act(doc, sr.matches, r.m) || commented_noun_act(doc, sr.matches, r.m);
}

// A doer named outside the clause's subject position: before an opening
// participle, by an owning pronoun, or after the noun ("filed by X").
void find_doer_elsewhere(const SentenceReading& sr, TriggerReading& r) {
  const Document& doc = sr.doc;
  const TriggerMatch& m = r.m;
  if (r.subj.empty())
    if (const ActorSpan* doer = opening_participle_doer(doc, sr.s, m, sr.actors)) r.subj.assign(1, doer);
  // "his"/"her" says whose meeting it is, whoever else the clause names:
  // the person the sentence is about ("Macron tried to persuade Trump
  // ... during his visit").  (A nearer person is sometimes the one
  // meant: "investigating Corsi over his contacts with Stone".)
  r.pronoun = owning_pronoun(doc, r.c, m);
  if (r.pronoun) {
    if (const ActorSpan* owner = pronoun_owner(doc, sr.s, r.pronoun, m, sr.actors))
      r.subj.assign(1, owner);
    else
      r.pronoun = 0;
  }
  // "Weisselberg is under investigation by the DA", "came under attack from
  // rebels": the subject undergoes the act; its doer follows, if named.
  if (m.as_noun && noun_after_under(doc, r.c, m)) {
    if (!r.subj.empty()) r.receiver = r.subj.back();
    r.subj.clear();
  }
  if (r.subj.empty())
    if (const ActorSpan* doer = noun_agent_after(doc, r.c, m, sr.actors)) {
      r.subj.assign(1, doer);
      r.agent_by = true;
    }
  // "Curiel sustained attacks from Trump": the actor after "from" did it,
  // to the subject of a verb of receiving.
  if (const ActorSpan* doer = noun_agent_from(doc, r.c, m, sr.actors)) {
    if (uint32_t verb = r.receiver ? 0 : receiving_verb(doc, r.c, m)) {
      std::vector<const ActorSpan*> before = subjects(doc, sr.actors, Clause{r.c.begin, verb}, m);
      if (!before.empty() && before.back()->last <= verb) r.receiver = before.back();
    }
    r.subj.assign(1, doer);
    r.agent_by = true;
  }
}

// "Abby Wambach's arrest", "the journalist's killing", "the Kennedy
// assassination": the possessor, or a person's name modifying such a noun,
// underwent the act; its doer is unnamed, as in the passive
// ("Wambach was arrested").  True when the trigger is read so.
bool record_undergone_noun(SentenceReading& sr, const TriggerReading& r) {
  const TriggerMatch& m = r.m;
  // "the Lincoln and Kennedy assassinations": each name modifying the noun
  // underwent the act.
  std::vector<const ActorSpan*> victims = modifying_victims(sr.doc, sr.actors, m);
  if (!victims.empty()) {
    if (unnamed_agent_allowed(m.trigger->cameo))
      for (const ActorSpan* victim : victims) emit(sr, r, nullptr, victim, m.trigger->cameo);
    return true;
  }
  if (!(m.as_noun && m.trigger->undergoer && !r.subj.empty() && owns_noun(sr.doc, *r.subj.back(), m))) return false;
  if (unnamed_agent_allowed(m.trigger->cameo)) emit(sr, r, nullptr, r.subj.back(), m.trigger->cameo);
  return true;
}

// "Ukraine can weather this assault", "Israel survived an attack by Iran":
// the subject underwent the force; its doer is the actor modifying the noun
// ("the Russian assault") or named after "by".  True when read so.
bool record_force_undergone(SentenceReading& sr, const TriggerReading& r) {
  const TriggerMatch& m = r.m;
  uint32_t verb = force_undergone(sr.doc, r.c, m);
  if (!verb || r.subj.empty()) return false;
  const ActorSpan* victim = r.subj.back();
  if (victim->first >= verb) return false;
  const ActorSpan* doer = agent_of(sr.doc, sr.actors, r.c, m);
  for (const ActorSpan& a : sr.actors)
    if (!doer && a.first > verb && a.last <= m.head) doer = &a;
  if (doer && (doer->key == victim->key || same_side(*doer, *victim))) return true;
  if (doer || unnamed_agent_allowed(m.trigger->cameo)) emit(sr, r, doer, victim, m.trigger->cameo);
  return true;
}

// "withdrawing from the Paris climate agreement", "the Minsk accords": a
// capital right before a noun of agreement (after at most one modifier)
// names where it was made, not the government the capital stands for.
bool capital_names_an_agreement(const SentenceReading& sr, const ActorSpan& a) {
  const Document& doc = sr.doc;
  if (a.type != MentionType::kLocation || a.actor->country.empty() || a.last != a.first + 1) return false;
  if (doc.token_text(a.first) != actors::default_knowledge().capital_of(a.actor->country)) return false;
  uint32_t end = sr.s.first_token + sr.s.token_count;
  for (uint32_t k = a.last; k < end && k < a.last + 2; ++k) {
    std::string_view w = doc.token_text(k);
    if (doc.tokens[k].kind != TokenKind::kWord || is_capitalised(w)) return false;
    if (sr.lex.agreement_noun(lower(w))) return true;
  }
  return false;
}

// The targets after the trigger, or the place it went to or hit.
void find_targets(const SentenceReading& sr, TriggerReading& r) {
  const TriggerMatch& m = r.m;
  auto& tgt = r.tgt;
  tgt = targets(sr.doc, sr.actors, r.c, m);
  if (!tgt.empty() && capital_names_an_agreement(sr, *tgt.front())) tgt.clear();
  if (tgt.empty() && r.receiver) tgt.assign(1, r.receiver);
  // "visited Osaka", "arrived in Alaska": a visit to a city or region
  // is a visit to its country, when the visitor is known to come from
  // another ("a trip to New Hampshire" by a candidate is none).
  if (tgt.empty() && m.trigger->place_target && !sr.places.empty() && !r.subj.empty()) {
    tgt = targets(sr.doc, sr.places, r.c, m);
    const std::string& from = r.subj.back()->actor->country;
    // Force on a place hits its country whoever used it ("rebels shelled
    // Aleppo"); a visitor from nowhere known visits nobody.
    bool force = unnamed_agent_allowed(m.trigger->cameo) && m.trigger->cameo.compare(0, 2, "17") != 0;
    if (!tgt.empty() && ((from.empty() && !force) || from == tgt.front()->actor->country)) tgt.clear();
  }
  // "his White House visit", "her Beijing trip": the place named between
  // the pronoun and the noun is where the visit went, when abroad.
  if (tgt.empty() && r.pronoun && m.trigger->place_target) {
    for (const std::vector<ActorSpan>* spans : {&sr.actors, &sr.places})
      for (const ActorSpan& a : *spans)
        if (tgt.empty() && a.first > r.pronoun && a.last <= m.head &&
            a.actor->country != r.subj.back()->actor->country)
          tgt.assign(1, &a);
  }
}

// The trigger's CAMEO code, read in context: a call for something is an
// appeal, an attack on a politician or a record is criticism.
void choose_code(const SentenceReading& sr, TriggerReading& r) {
  const Document& doc = sr.doc;
  const TriggerMatch& m = r.m;
  r.code = m.trigger->cameo;
  // "reiterated their call for a court to dismiss the charges": a call
  // for something is an appeal, not a telephone call.
  if (m.as_noun && r.code == "041" && m.trigger->lemmas.back() == "call" && m.last + 1 < r.c.end &&
      doc.token_lower(m.last + 1) == "for")
    r.code = "020";
  if (r.code == "190" &&
      attack_on_politician_or_record(doc, r.c, m, sr.actors, r.subj.empty() ? nullptr : r.subj.back(), sr.lex))
    r.code = "111";
  if (r.contest) r.code = "111";  // "Clinton attacked Trump in the debate"
  // "Curiel sustained attacks from Trump", "Trump responded to attacks from
  // Democrats": attacks by a person or party that a named person takes are words.
  if (r.code == "190" && r.receiver && m.trigger->lemmas.back() == "attack" && !r.subj.empty() &&
      r.receiver->type == MentionType::kPerson && !r.receiver->actor->name.empty() &&
      (r.subj.back()->type == MentionType::kPerson || r.subj.back()->actor->sector == "PTY"))
    r.code = "111";
}

// Is the trigger a verb in the passive?  ("was attacked", "accused of")
// A passive with no actor as subject takes the victims named inside it.
bool reads_as_passive(const SentenceReading& sr, TriggerReading& r) {
  const Document& doc = sr.doc;
  const TriggerMatch& m = r.m;
  auto& subj = r.subj;
  bool be_passive =
      !m.as_noun && be_form_before(doc, sr.s.first_token, m.head) && !progressive(doc.token_text(m.head));
  // "a camp for Congolese refugees was attacked": when the subject is no
  // actor, the victims of a violent act are the actor named inside it.
  if (be_passive && subj.empty() && unnamed_agent_allowed(r.code))
    for (const ActorSpan& a : sr.actors)
      if (a.first >= r.c.begin && a.last < m.head) subj.assign(1, &a);
  // "officials accused of war crimes": a phrase whose object comes before
  // its preposition ("accused X of") has none here, so it is a passive.
  std::string_view head_word = doc.token_text(m.head);
  // ("expelled inspectors" has its object: the phrase ends in a noun).
  bool objectless = m.trigger->kind == TriggerKind::kPhrase && m.last == m.head + 1 && head_word.size() > 4 &&
                    is_preposition(m.trigger->lemmas.back()) &&
                    head_word.substr(head_word.size() - 2) == "ed" &&
                    std::find(m.trigger->target_preps.begin(), m.trigger->target_preps.end(), "obj") !=
                        m.trigger->target_preps.end() &&
                    // "called on Russia", "appealed to Iran": the object after the
                    // preposition is the phrase's own, so it is active.
                    !(!r.tgt.empty() && r.tgt.front()->first == m.last + 1);
  // "The embassy was attacked by Syrian rebels": a passive whose subject is
  // no actor still names its doer.
  return (be_passive || objectless) &&
         (!subj.empty() || (be_passive && (m.object_before || agent_of(doc, sr.actors, r.c, m))));
}

// "victims killed by the crash": a participle with its agent after a
// noun that is no actor describes that noun; no act of the clause's subject.
bool describes_plain_noun(const SentenceReading& sr, const TriggerReading& r) {
  const TriggerMatch& m = r.m;
  return agent_after_participle(sr.doc, m) &&
         std::none_of(sr.actors.begin(), sr.actors.end(), [&](const ActorSpan& a) { return a.last == m.head; });
}

// A participle describing an actor ("Hamas members jailed by Israel") is
// a passive with that actor as subject.  False when such a participle
// recalls the actor's past rather than telling news.
bool read_reduced_relative(const SentenceReading& sr, TriggerReading& r, bool& passive) {
  const Document& doc = sr.doc;
  Clause& c = r.c;
  const ActorSpan* described = nullptr;  // the noun a reduced relative describes
  for (const ActorSpan& a : sr.actors) {
    if (passive || noun_phrase_end(doc, a, c.end) != r.m.head) continue;
    if (reduced_relative(doc, c, r.m, a) || participle_with_agent(doc, c, r.m, a, sr.actors) ||
        object_missing_participle(doc, c, r.m, a)) {
      described = &a;
    } else if (uint32_t main_verb = reduced_relative_subject(doc, c, r.m, a)) {
      described = &a;
      c.end = main_verb;  // "... were released by Putin": that agent is the main verb's
    }
  }
  if (!described) return true;
  // "a member of Hamas jailed a year ago": with no doer named, a
  // participle describing a noun recalls its past, not the news; only
  // "there were ten soldiers killed" reports the act itself.
  uint32_t start = described->first;
  while (start > c.begin && is_number_word(doc.token_lower(start - 1))) --start;
  bool existential = start > c.begin && is_be_form(doc.token_lower(start - 1));
  if (!agent_of(doc, sr.actors, c, r.m) && !existential) return false;
  passive = true;
  r.subj.assign(1, described);
  return true;
}

// Passive: the subject undergoes the act; "by X" is who did it.  A
// host-verb in the passive ("Tillerson was hosted in Moscow") is a
// visit by the subject to the agent or the place.
void record_passive(SentenceReading& sr, TriggerReading& r) {
  const Document& doc = sr.doc;
  const TriggerMatch& m = r.m;
  const auto& actors = sr.actors;
  const auto& subj = r.subj;
  std::string& code = r.code;
  const ActorSpan*& source = r.source;
  const ActorSpan*& target = r.target;
  const ActorSpan* agent = agent_of(doc, actors, r.c, m);
  std::vector<const ActorSpan*> other_agents;  // "by Germany and France"
  bool hosting = family(code) == "04" && code == "043";
  if (hosting && subj.empty()) return;
  if (hosting) {
    code = "042";
    source = subj.back();
    target = agent ? agent : place_actor(doc, actors, r.c, m);
    if (!target) target = place_actor(doc, sr.places, r.c, m);
  } else if (m.object_before && subj.empty()) {
    // "rockets were fired at Israel from Gaza": the subject is the
    // phrase's own noun; the target follows as in the active.
    source = agent ? agent : origin_place(doc, actors, r.c, m);
    target = r.tgt.empty() ? fronted_target(doc, actors, r.c, m) : r.tgt.front();
    if (!target) target = reporter_as_object(doc, actors, sr.s, r.c, m);
    if (target && source && target->key == source->key) target = nullptr;
    if (agent) other_agents = coordinated_after(doc, actors, r.c, *agent);
  } else {
    source = agent;
    target = subj.empty() ? nullptr : subj.back();
    // "Iran's programme was criticised by Israel" (an owner of the agent's
    // own side, "Britain's letter was handed over by Britain's envoy", is none).
    if (!target && agent)
      if (const ActorSpan* owner = passive_subject_owner(doc, actors, r.c, m);
          owner && owner->key != agent->key && !same_side(*owner, *agent))
        target = owner;
    if (agent) other_agents = coordinated_after(doc, actors, r.c, *agent);
  }
  // "rejected by Germany and France": each agent of a list did it;
  // "signed by Iran and the United States": two agents of a reciprocal act
  // with no other side are its two sides.
  if (!target && m.trigger->reciprocal && !other_agents.empty()) {
    target = other_agents.front();
    other_agents.erase(other_agents.begin());
  }
  if (!target && !(source && !hosting)) return;
  if (!source && !unnamed_agent_allowed(code)) return;
  if (source && target && (source->key == target->key || same_side(*source, *target))) return;
  // "officials would be indicted": without an agent only a reported act is news.
  if (!source) {
    emit(sr, r, source, target, code);
    if (sr.found.back().event.status != EventStatus::kOccurred) sr.found.pop_back();
  } else {
    emit_reported(doc, sr.s, m, r.c, actors, source, target, code, sr.lex, sr.found);
  }
  if (m.trigger->reciprocal) return;
  for (const ActorSpan* other : other_agents) {
    if (other->actor->country.empty() && other->actor->name.empty()) continue;  // nothing to code: "by refugees"
    if (!target || (other->key != target->key && !same_side(*other, *target))) emit(sr, r, other, target, code);
  }
}

// "The US, Russia and Switzerland met": with no target, two coordinated
// subjects of a reciprocal trigger are its sides, and every pair of a
// plain list (only commas and "and" between the names) met.
void pair_coordinated_subjects(SentenceReading& sr, TriggerReading& r) {
  const auto& subj = r.subj;
  if (!(r.m.trigger->reciprocal && subj.size() >= 2 && !r.target &&
        !sent_between(sr.doc, *subj[subj.size() - 2], *subj.back()) && !with_unnamed_partner(sr.doc, r.c, r.m)))
    return;
  r.source = subj[subj.size() - 2];
  r.target = subj.back();
  size_t list_begin = subj.size() - 1;
  while (list_begin > 0 && list_begin + 4 > subj.size()) {
    if (!plain_list_gap(sr.doc, subj[list_begin - 1]->last, subj[list_begin]->first)) break;
    --list_begin;
  }
  if (subj.size() - list_begin >= 3)
    for (size_t x = list_begin; x + 2 < subj.size(); ++x)
      for (size_t y = x + 1; y < subj.size(); ++y)
        if (subj[x]->key != subj[y]->key && !same_side(*subj[x], *subj[y])) emit(sr, r, subj[x], subj[y], r.code);
}

// Active voice: the subject nearest the trigger (or the first of a
// coordinated pair) is the source, the first target the target.
void choose_active_sides(SentenceReading& sr, TriggerReading& r) {
  const TriggerMatch& m = r.m;
  if (!r.subj.empty()) r.source = r.subj.back();
  if (!r.tgt.empty()) r.target = r.tgt.front();
  if (!r.target && r.source) r.target = reporter_as_object(sr.doc, sr.actors, sr.s, r.c, m);
  // "The presidents talked by phone": the document's two holders of that office.
  if (m.trigger->reciprocal && r.subj.empty() && r.tgt.empty()) {
    r.plural = plural_pair(sr.doc, sr.s, r.c, m, sr.lex);
    if (r.plural.size() == 2) {
      r.source = &r.plural[0];
      r.target = &r.plural[1];
    }
  }

  pair_coordinated_subjects(sr, r);
}

// With no subject in the clause, the source may be named elsewhere in the
// sentence: the speaker of reported speech, the subject shared across
// "but", the sentence's subject for a noun in a temporal phrase.
void find_source_elsewhere(const SentenceReading& sr, TriggerReading& r) {
  const Document& doc = sr.doc;
  const TriggerMatch& m = r.m;
  // "Hungary said it will support ...": a pronoun subject of reported
  // speech is the speaker.
  bool plural_pronoun = false;
  if (!r.source && r.subj.empty() && !r.anothers_act) {
    r.source = speaker_of(doc, sr.actors, sr.s, r.c, &plural_pronoun);
    if (r.source && plural_pronoun) r.speakers = listed_before(doc, sr.actors, *r.source);
  }
  // "Benin opened its borders, but was still refusing entry to X": a verb
  // phrase after "but" shares the sentence's subject.
  if (!r.source && r.subj.empty() && !m.as_noun && shares_subject(doc, sr.s, r.c, m))
    r.source = sentence_subject(doc, sr.actors, sr.s, r.c);
  // "Lavrov spoke after meetings with Trump and Tillerson": a noun in a
  // subordinate phrase without its own subject belongs to the sentence's subject.
  if (!r.source && m.as_noun && !r.tgt.empty() && r.c.begin > sr.s.first_token && temporal_phrase(doc, r.c, m))
    r.source = sentence_subject(doc, sr.actors, sr.s, r.c);
}

// "meetings with both X and Y": two actors joined by "and" after "with"
// are each met by someone else.  (Not "the meeting with Trump, Lavrov
// ...": the one after the comma may be the other side.)
bool listed_after_with(const Document& doc, const ActorSpan& a, const ActorSpan& b) {
  uint32_t i = a.first;
  while (i > 0 && in(doc.token_lower(i - 1), {"both", "the", "a", "an"})) --i;
  if (i == 0 || doc.token_lower(i - 1) != "with") return false;
  for (uint32_t k = a.last; k < b.first; ++k)
    if (doc.token_lower(k) == "and") return true;
  return false;
}

// "Germany hosted talks between Russia and Ukraine": the two after
// "between" are the sides; a subject apart from them brings them
// together, a mediation (045) towards each.
void record_mediation(SentenceReading& sr, TriggerReading& r) {
  const ActorSpan* source = r.source;
  const auto& tgt = r.tgt;
  if (source && between_sides(sr.doc, r.m, tgt) && hosted_meeting(sr.doc, r.c, r.m) && source->key != tgt[0]->key && source->key != tgt[1]->key &&
      !same_side(*source, *tgt[0]) && !same_side(*source, *tgt[1])) {
    for (size_t k = 0; k < 2; ++k) {
      emit(sr, r, source, tgt[k], "045");
      sr.found.back().event.mutual = false;  // the mediator's act, not a meeting of equals
    }
    r.source = nullptr;
  }
  // ("his meetings with both X and Y" are two meetings of someone unnamed.)
  if (r.m.trigger->reciprocal && !r.source && tgt.size() >= 2 && !listed_after_with(sr.doc, *tgt[0], *tgt[1])) {  // "a meeting between X and Y"
    r.source = tgt[0];
    r.target = tgt[1];
  }
}

// Are the sides the act needs there?  A meeting needs two; other acts may
// have no target, but a noun's source must then be its own.
bool has_needed_sides(const SentenceReading& sr, TriggerReading& r) {
  const TriggerMatch& m = r.m;
  const std::string& code = r.code;
  // A meeting needs two sides; other acts may have none named ("the
  // opposition staged protests", "X mobilised troops").
  if (!r.source || (!r.target && (family(code) == "04" || code == "036"))) return false;
  // "Kostunica promised to democratize Serbia", "French farmers would
  // blockade Paris": an act on the actor's own side is still the actor's
  // act, with no target; only a meeting needs a second side.
  if (r.target && (r.source->key == r.target->key || same_side(*r.source, *r.target))) {
    if (m.trigger->reciprocal || family(code) == "04" || code == "036") return false;
    r.target = nullptr;
    r.tgt.clear();
  }
  // A noun's actor without a target must be its own ("Russia's
  // annexation"), not the clause's subject doing something else.
  return !(!r.target && m.as_noun && !r.agent_by && !done_by_light_verb(sr.doc, r.c, m) &&
           (r.source->last > m.head || m.head - r.source->last > 3));
}

// With no target named, a violent act is done to the place it happens in.
void target_where_it_happens(const SentenceReading& sr, TriggerReading& r) {
  if (r.target) return;
  for (const auto* where : {&sr.actors, &sr.places}) {
    // A city or region's country is the target only of a doer of
    // known country: "a gunman opened fire in Philadelphia" is no act
    // against the United States.
    if (where == &sr.places && r.source->actor->country.empty()) continue;
    if (const ActorSpan* place = violence_place(sr.doc, *where, r.c, r.m, r.code); place && !r.target)
      if (place->key != r.source->key && (r.code == "018" || !same_side(*r.source, *place))) r.target = place;
  }
}

// "met with X and Y": one event with each (not for "between X and Y",
// where the two are the sides).
void record_further_targets(SentenceReading& sr, const TriggerReading& r) {
  const auto& tgt = r.tgt;
  const ActorSpan* source = r.source;
  bool swap = r.m.trigger->swap;
  if (tgt.size() >= 2 && r.target == tgt.front())
    for (size_t k = 1; k < tgt.size(); ++k)
      if (tgt[k]->key != source->key && !same_side(*source, *tgt[k]))
        emit(sr, r, swap ? tgt[k] : source, swap ? source : tgt[k], r.code);
}

// The code settled by the sides: a spoken protest is criticism, exercises
// held together are cooperation, an organisation expelled is a withdrawal
// of cooperation, peacekeepers arriving are peacekeeping.
void refine_code_by_sides(const SentenceReading& sr, TriggerReading& r) {
  const Document& doc = sr.doc;
  const TriggerMatch& m = r.m;
  std::string& code = r.code;
  // "Russia protested that NATO had broken the treaty": a protest spoken,
  // not staged, is a criticism (CAMEO 111) of the one it names.
  if (code == "140" && !m.as_noun && m.last + 1 < r.c.end && doc.token_lower(m.last + 1) == "that") {
    code = "111";
    if (!r.target)
      for (const ActorSpan& a : sr.actors)
        if (a.first > m.last + 1 && a.key != r.source->key && !same_side(a, *r.source)) {
          r.target = &a;
          break;
        }
  }
  // "Trump denied collusion": a claim denied, not a proposal rejected.
  if (code == "120" && denies_a_claim(doc, r.c, m)) code = "016";
  if (code == "150" && r.target && exercising_together(doc, r.subj, *r.target)) code = "062";
  // CAMEO 174 expels individuals; an organisation expelled (an aid agency,
  // a UN mission, an NGO) is a withdrawal of cooperation, 166.
  if (code == "174" && r.target && (r.target->actor->sector == "IGO" || r.target->actor->sector == "NGO"))
    code = "166";
  if (code == "042" && r.source && peacekeepers_arriving(doc, *r.source, m)) code = "074";
}

// The event itself, then the same act by each other side "they" stands
// for, and by each other subject of a plain list ("Obama and Putin
// attacked Iraq": each does a one-sided act).
void record_active(SentenceReading& sr, const TriggerReading& r) {
  const TriggerMatch& m = r.m;
  const auto& subj = r.subj;
  const ActorSpan* target = r.target;
  emit_reported(sr.doc, sr.s, m, r.c, sr.actors, r.source, target, r.code, sr.lex, sr.found);
  if (!m.trigger->swap)
    for (const ActorSpan* other : r.speakers)
      if (!target || (other->key != target->key && !same_side(*other, *target))) emit(sr, r, other, target, r.code);
  if (!m.trigger->reciprocal && !m.trigger->swap && !subj.empty() && r.source == subj.back())
    for (size_t k = subj.size() - 1; k > 0; --k) {
      if (!plain_list_gap(sr.doc, subj[k - 1]->last, subj[k]->first) || subj[k]->first == subj[k - 1]->last) break;
      const ActorSpan* other = subj[k - 1];
      if (target && (other->key == target->key || same_side(*other, *target))) break;
      emit(sr, r, other, target, r.code);
    }
}

// The active reading, once the voice is known.
void read_active(SentenceReading& sr, TriggerReading& r) {
  const Document& doc = sr.doc;
  const TriggerMatch& m = r.m;
  choose_active_sides(sr, r);
  find_source_elsewhere(sr, r);
  record_mediation(sr, r);
  if (!has_needed_sides(sr, r)) return;
  target_where_it_happens(sr, r);
  record_further_targets(sr, r);
  if (m.trigger->swap) std::swap(r.source, r.target);
  if (suspected_act_of_other(doc, r.c, m, *r.source)) return;
  if (r.target && names_the_target(doc, m, *r.target)) return;
  refine_code_by_sides(sr, r);
  if (position_on_a_thing(doc, sr.actors, r.c, m, r.target) ||
      std::any_of(sr.actors.begin(), sr.actors.end(),
                  [&](const ActorSpan& a) { return investigated_modifier(doc, m, a); }))
    return;
  record_active(sr, r);
}

// One trigger: its clause, subjects, targets, code and voice, then the
// records it yields.
void read_trigger(SentenceReading& sr, const TriggerMatch& m) {
  TriggerReading r{m, clause_of(sr.doc, sr.s, m.head, m.last)};
  if (tells_no_event(sr, m, r.c)) return;
  if (!take_subjects(sr, r)) return;
  narrow_subjects(sr, r);
  if (political_struggle(r) || campaign_rally(sr, r)) return;
  if (act_not_reported(sr, r)) return;
  find_doer_elsewhere(sr, r);
  if (m.trigger->accused) {
    add_accusation(sr.doc, sr.s, sr.actors, r.subj, m, r.c, sr.lex, sr.found);
    return;
  }
  if (record_undergone_noun(sr, r) || record_force_undergone(sr, r)) return;
  find_targets(sr, r);
  if (disapproval_undergone(sr.doc, r.c, m)) return;
  choose_code(sr, r);
  bool passive = reads_as_passive(sr, r);
  if (!passive && describes_plain_noun(sr, r)) return;
  if (!read_reduced_relative(sr, r, passive)) return;
  if (passive)
    record_passive(sr, r);
  else
    read_active(sr, r);
}

// Merge mentions of the same event, keeping the order of first mention,
// and date undated ones by the events they are placed before or after.
std::vector<Candidate> merge_mentions(const Document& doc, std::vector<Candidate>& found) {
  std::vector<Candidate> merged;
  std::vector<EventAnchor> anchors = event_anchors(doc, found);
  std::vector<size_t> merged_as(found.size());
  for (size_t k = 0; k < found.size(); ++k) {
    Candidate& c = found[k];
    auto it = std::find_if(merged.begin(), merged.end(), [&](const Candidate& m) { return same_event(m, c); });
    merged_as[k] = static_cast<size_t>(it - merged.begin());
    if (it != merged.end())
      merge_into(*it, std::move(c));
    else
      merged.push_back(std::move(c));
  }
  date_by_anchor_events(anchors, merged_as, merged);
  return merged;
}

// The document's records: undated ones dated from the article, each
// numbered by first mention ("<doc id>-e1", ...).
std::vector<Event> finish_records(const Document& doc, const Lexicon& lex, std::vector<Candidate>& merged) {
  std::vector<Event> out;
  bool later_stage = news_is_later_stage(doc);
  date_by_discourse(doc, lex, merged);
  for (size_t i = 0; i < merged.size(); ++i) {
    Event& e = merged[i].event;
    date_undated_event(doc, lex, later_stage, merged[i].sentence, merged[i].head, e);
    char id[32];
    std::snprintf(id, sizeof id, "-e%zu", i + 1);
    e.event_id = doc.id + id;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

std::vector<Event> extract_events(const Document& doc, const Lexicon& lex) {
  std::vector<Candidate> found;
  bool any_place = std::any_of(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.place; });
  size_t sentence_begin = 0;  // the previous sentence's first record
  for (const Sentence& s : doc.sentences) {
    compact_sentence_records(doc, lex, found, sentence_begin);
    sentence_begin = found.size();
    if (!may_tell_events(doc, s)) continue;
    SentenceReading sr{doc, lex, s, actors_in(doc, s), {}, {}, found};
    if (sr.actors.empty() && !mentions_a_pair(doc, s)) continue;
    if (any_place) sr.places = actors_in(doc, s, true);
    sr.matches = find_triggers(doc, s, lex);
    for (const TriggerMatch& m : sr.matches) read_trigger(sr, m);
  }
  compact_sentence_records(doc, lex, found, sentence_begin);
  add_obligation_demands(doc, lex, found);
  std::vector<Candidate> merged = merge_mentions(doc, found);
  return finish_records(doc, lex, merged);
}

}  // namespace parley::events
