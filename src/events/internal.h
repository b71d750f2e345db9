// Internal interface of the event stage (src/events/*.cc): the token spans,
// trigger matches, clauses and candidate records the units pass between
// them, and the functions one unit calls in another.  Not part of the
// public API (events/extractor.h).
#pragma once

#include <algorithm>
#include <cstring>
#include <cstdio>
#include <set>
#include <string>
#include <stdexcept>
#include <unordered_set>
#include <vector>

#include "actors/knowledge.h"
#include "base/calendar.h"
#include "base/text.h"
#include "parley/data.h"
#include "time/lexicon.h"
#include "events/lexicon.h"
#include "events/words.h"
#include "parley/document.h"
#include "parley/event.h"

namespace parley::events {

// ---- Shared types ----

// (sentence_actors.cc)
struct ActorSpan {
  uint32_t first = 0, last = 0;  // token range [first, last)
  uint32_t mention = 0;
  const Actor* actor = nullptr;
  MentionType type = MentionType::kPerson;
  std::string key;  // identity for merging: id, name|country, or country
  // One side of a pair written as one word ("the Trump-Kim summit", "US-Russia
  // talks"): both sides share the token span.
  bool in_pair_word = false;
};

// (triggers.cc)
struct TriggerMatch {
  const Trigger* trigger = nullptr;
  uint32_t head = 0;  // token of the head word
  uint32_t last = 0;  // last token of the trigger phrase
  bool as_noun = false;
  // A verb-and-noun phrase in the passive, its noun before the verb
  // ("rockets were fired at Israel", "a blockade was imposed on Gaza").
  bool object_before = false;
};

// (arguments.cc)
struct Clause {
  uint32_t begin, end;  // token range
  // ", who met Putin in June," between the subject and the verb: a relative
  // clause inside [begin, end) whose actors are not the verb's subject.
  uint32_t relative_begin = 0, relative_end = 0;
};

// (merging.cc)
struct Candidate {
  Event event;
  std::string source_key, target_key;
  size_t sentence = 0;  // index of the first sentence that reports it
  uint32_t head = 0, last = 0;  // the trigger's tokens
};

// (dating.cc)
// "after his talks with Tillerson, Lavrov met Trump", "Prior to the meeting
// with Trump, Lavrov held talks with Tillerson": an act placed before or
// after another act the sentence names.  Indices into the candidates found.
struct EventAnchor {
  size_t event = 0, anchor = 0;
  bool after = false;  // the event follows the anchor ("after", "following")
};

// ---- sentence_actors.cc ----

std::string actor_key(const Actor& a);
uint32_t token_at(const Document& doc, uint32_t offset, uint32_t lo, uint32_t hi);
std::vector<ActorSpan> actors_in(const Document& doc, const Sentence& s, bool places_only = false);

// ---- triggers.cc ----

bool is_capitalised(std::string_view w);
bool gerund(std::string_view w);
bool be_form_before(const Document& doc, uint32_t first, uint32_t i);
std::vector<TriggerMatch> find_triggers(const Document& doc, const Sentence& s, const Lexicon& lex);

// ---- judgements.cc ----

// A judgement on a person at token `i` ("X is a liar", "called him a
// giant"), added to `out`; false if none.
bool match_judgement(const Document& doc, const Lexicon& lex, uint32_t first, uint32_t end, uint32_t i,
                     const std::vector<std::string>& lemmas, std::vector<TriggerMatch>& out);

// ---- arguments.cc ----

// The words of a one-word-a-line data file (non_events.cc).
std::set<std::string, std::less<>> word_set(const char* file);

Clause clause_of(const Document& doc, const Sentence& s, uint32_t head, uint32_t last);
// Where the noun phrase ending in `a` begins (determiners, a place's
// qualifiers, a person's title before it), no earlier than `lo`.
uint32_t noun_phrase_start(const Document& doc, const std::vector<ActorSpan>& actors, const ActorSpan& a,
                           uint32_t lo);
std::vector<const ActorSpan*> subjects(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                       const TriggerMatch& m);
std::vector<const ActorSpan*> targets(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                      const TriggerMatch& m);
std::vector<const ActorSpan*> coordinated_after(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                                const ActorSpan& first);
const ActorSpan* agent_of(const Document& doc, const std::vector<ActorSpan>& actors, Clause c, const TriggerMatch& m);
const ActorSpan* origin_place(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                              const TriggerMatch& m);
const ActorSpan* fronted_target(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                const TriggerMatch& m);
const ActorSpan* place_actor(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                             const TriggerMatch& m);

// ---- status.cc ----

EventStatus status_of(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end);
bool headline_infinitive(const Document& doc, const Sentence& s, const TriggerMatch& m, const ActorSpan* source);
bool asks_a_question(const Document& doc, const Sentence& s, const TriggerMatch& m);
bool hypothetical(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m);

// ---- roles.cc ----

bool done_by_light_verb(const Document& doc, Clause c, const TriggerMatch& m);
const ActorSpan* reporter_as_object(const Document& doc, const std::vector<ActorSpan>& actors, const Sentence& s,
                                    Clause c, const TriggerMatch& m);
uint32_t noun_complement_phrase(const Document& doc, Clause c, const TriggerMatch& m);
const ActorSpan* violence_place(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                const TriggerMatch& m, const std::string& code);
bool meets_at_third_location(const Document& doc, const std::vector<ActorSpan>& actors,
                             const std::vector<ActorSpan>& places, Clause c, const TriggerMatch& m,
                             const ActorSpan& source, const ActorSpan& target, const Lexicon& lex);
bool same_side(const ActorSpan& a, const ActorSpan& b);
bool exercising_together(const Document& doc, const std::vector<const ActorSpan*>& subj, const ActorSpan& target);
bool peacekeepers_arriving(const Document& doc, const ActorSpan& source, const TriggerMatch& m);
bool disapproval_undergone(const Document& doc, Clause c, const TriggerMatch& m);
uint32_t force_undergone(const Document& doc, Clause c, const TriggerMatch& m);
bool noun_in_phrase(const Document& doc, Clause c, const TriggerMatch& m);
bool owns_dated_noun(const Document& doc, const ActorSpan& a, const TriggerMatch& m);
const ActorSpan* speaker_of(const Document& doc, const std::vector<ActorSpan>& actors, const Sentence& s, Clause c,
                            bool* plural = nullptr);
bool plain_list_gap(const Document& doc, uint32_t from, uint32_t to);
std::vector<const ActorSpan*> listed_before(const Document& doc, const std::vector<ActorSpan>& actors,
                                            const ActorSpan& last);
bool suspected_act_of_other(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& source);
bool time_after_article(const Document& doc, uint32_t article);
bool names_the_target(const Document& doc, const TriggerMatch& m, const ActorSpan& target);
bool temporal_phrase(const Document& doc, Clause c, const TriggerMatch& m);
bool shares_subject(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m);
uint32_t gerund_joined_before(const Document& doc, Clause c, const TriggerMatch& m);
uint32_t control_verb_with_plain_object(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                        const TriggerMatch& m);
uint32_t plain_subject_start(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                             const TriggerMatch& m);
const ActorSpan* sentence_subject(const Document& doc, const std::vector<ActorSpan>& actors, const Sentence& s,
                                  Clause c);
bool mentions_a_pair(const Document& doc, const Sentence& s);
std::vector<ActorSpan> plural_pair(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m,
                                   const Lexicon& lex);
uint32_t noun_phrase_end(const Document& doc, const ActorSpan& a, uint32_t end);
bool reduced_relative(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& before);
bool participle_with_agent(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& before,
                           const std::vector<ActorSpan>& actors);
bool object_missing_participle(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& before);
uint32_t reduced_relative_subject(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan& before);
bool agent_after_participle(const Document& doc, const TriggerMatch& m);
bool sent_between(const Document& doc, const ActorSpan& a, const ActorSpan& b);
bool with_unnamed_partner(const Document& doc, Clause c, const TriggerMatch& m);
const ActorSpan* passive_subject_owner(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                       const TriggerMatch& m);
const ActorSpan* opening_participle_doer(const Document& doc, const Sentence& s, const TriggerMatch& m,
                                         const std::vector<ActorSpan>& actors);
uint32_t owning_pronoun(const Document& doc, Clause c, const TriggerMatch& m);
const ActorSpan* pronoun_owner(const Document& doc, const Sentence& s, uint32_t pronoun, const TriggerMatch& m,
                               const std::vector<ActorSpan>& actors);
const ActorSpan* noun_agent_after(const Document& doc, Clause c, const TriggerMatch& m,
                                  const std::vector<ActorSpan>& actors);
const ActorSpan* noun_agent_from(const Document& doc, Clause c, const TriggerMatch& m,
                                 const std::vector<ActorSpan>& actors);
uint32_t receiving_verb(const Document& doc, Clause c, const TriggerMatch& m);
bool noun_after_under(const Document& doc, Clause c, const TriggerMatch& m);
bool owns_noun(const Document& doc, const ActorSpan& a, const TriggerMatch& m);
std::vector<const ActorSpan*> persons_listed_before(const Document& doc, const std::vector<ActorSpan>& actors,
                                                    uint32_t head);
// The persons named as modifiers of an undergoer noun, its victims ("the
// Lincoln and Kennedy assassinations").
std::vector<const ActorSpan*> modifying_victims(const Document& doc, const std::vector<ActorSpan>& actors,
                                                const TriggerMatch& m);
const TriggerMatch* governing_verb(const Document& doc, const std::vector<TriggerMatch>& matches,
                                   const TriggerMatch& m);
bool between_sides(const Document& doc, const TriggerMatch& m, const std::vector<const ActorSpan*>& tgt);
bool hosted_meeting(const Document& doc, Clause c, const TriggerMatch& m);
// The position of a verb of answering ("resisted", "respond to") whose
// object is the noun act `m` ("resisted calls for"), or 0.
uint32_t answered_noun_act(const Document& doc, Clause c, const TriggerMatch& m);

// ---- codes.cc ----

bool unnamed_agent_allowed(const std::string& code);
std::string intent_code(const std::string& code);
std::string refine_by_concern(const Document& doc, Clause c, const TriggerMatch& m, const std::string& code);
bool is_threat(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end);
bool preparing_force(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end,
                     const std::string& code);
bool decided_sanction(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m, uint32_t subject_end,
                      const std::string& code);
std::string threat_code(const std::string& code);
bool is_demanded(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end);
bool refuses(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end);
std::string refusal_code(const std::string& code);
bool armed_sector(const std::string& sector);
bool civilian_speaker(const ActorSpan& a);
bool campaigner(const ActorSpan& a);
bool political_attack(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan* source,
                      const ActorSpan* target);
bool verbal_attack(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan* source,
                   const ActorSpan* target, const Lexicon& lex);
// "welcomed the arrest of X": approval of an act (051), not hosting (043).
bool welcomes_an_act(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex);
bool warning_without_threat(const Document& doc, const Sentence& s, const TriggerMatch& m,
                            const std::vector<ActorSpan>& actors);
bool protest_turned_violent(const Document& doc, const ActorSpan& doer, const std::string& code);
bool attack_on_politician_or_record(const Document& doc, Clause c, const TriggerMatch& m,
                                    const std::vector<ActorSpan>& actors, const ActorSpan* doer, const Lexicon& lex);

// ---- dating.cc ----

const Timex* timex_for(const Document& doc, const Lexicon& lex, const Sentence& s, const TriggerMatch& m,
                       EventStatus status, bool is_report);
bool is_background(const Date& date, const Date& published);
bool is_background(const std::string& value, const Date& published);
Date event_date(const std::string& value);
bool news_is_later_stage(const Document& doc);
void date_by_discourse(const Document& doc, const Lexicon& lex, std::vector<Candidate>& merged);
void date_undated_event(const Document& doc, const Lexicon& lex, bool later_stage, size_t sentence, uint32_t head,
                        Event& e);
std::vector<EventAnchor> event_anchors(const Document& doc, const std::vector<Candidate>& found);
void date_by_anchor_events(const std::vector<EventAnchor>& anchors, const std::vector<size_t>& merged_as,
                           std::vector<Candidate>& merged);

// ---- records.cc ----

void set_type(Event& e, const std::string& code, const Lexicon& lex);
bool situation_place(const Document& doc, uint32_t first, uint32_t lo, const Lexicon& lex);
void emit_candidate(const Document& doc, const Sentence& s, const TriggerMatch& m, Clause c,
                    const std::vector<ActorSpan>& actors, const ActorSpan* source, const ActorSpan* target,
                    std::string code, const Lexicon& lex, std::vector<Candidate>& found);
void emit_reported(const Document& doc, const Sentence& s, const TriggerMatch& m, Clause c,
                   const std::vector<ActorSpan>& actors, const ActorSpan* source, const ActorSpan* target,
                   const std::string& code, const Lexicon& lex, std::vector<Candidate>& found);
void add_obligation_demands(const Document& doc, const Lexicon& lex, std::vector<Candidate>& found);

// ---- compaction.cc ----

void drop_promises_of_coded_acts(const Document& doc, std::vector<Candidate>& found, size_t sentence_begin);
void refine_appeals(const Document& doc, const Lexicon& lex, std::vector<Candidate>& found, size_t sentence_begin);
void drop_acts_asked_for(const Document& doc, std::vector<Candidate>& found, size_t sentence_begin);

// ---- accusations.cc ----

bool is_reporting_verb(std::string_view w);
void add_accusation(const Document& doc, const Sentence& s, const std::vector<ActorSpan>& actors,
                    const std::vector<const ActorSpan*>& subj, const TriggerMatch& m, Clause c, const Lexicon& lex,
                    std::vector<Candidate>& found);

// ---- non_events.cc ----

bool investigated_noun_act(const Document& doc, const std::vector<TriggerMatch>& matches, const TriggerMatch& m);
bool commented_noun_act(const Document& doc, const std::vector<TriggerMatch>& matches, const TriggerMatch& m);
bool job_title_use(const Document& doc, const Sentence& s, const TriggerMatch& m);
bool calls_a_thing(const Document& doc, const Sentence& s, const TriggerMatch& m);
bool chart_legend(const Document& doc, const Sentence& s);
const TriggerMatch* contact_with_purpose(const Document& doc, const std::vector<TriggerMatch>& matches,
                                         const TriggerMatch& m);
bool contest_act(const Document& doc, const Sentence& s, const TriggerMatch& m,
                 const std::vector<const ActorSpan*>& subj, const Lexicon& lex);
bool generic_aspect(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex);
bool position_on_a_thing(const Document& doc, const std::vector<ActorSpan>& actors, Clause c, const TriggerMatch& m,
                         const ActorSpan* target);
bool guessed_act(const Document& doc, Clause c, const TriggerMatch& m);
bool denies_a_claim(const Document& doc, Clause c, const TriggerMatch& m);
bool thanks_to(const Document& doc, const TriggerMatch& m);
bool content_of_a_text(const Document& doc, Clause c, const TriggerMatch& m);
bool shows_a_thing(const Document& doc, Clause c, const TriggerMatch& m);
bool danger_not_threat(const Document& doc, Clause c, const TriggerMatch& m);
bool verdict_of_fault(const Document& doc, Clause c, const TriggerMatch& m);
bool support_held(const Document& doc, Clause c, const TriggerMatch& m);
bool investigated_modifier(const Document& doc, const TriggerMatch& m, const ActorSpan& a);
bool legal_appeal(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex);
bool in_link_list(const Document& doc, const Sentence& s, const TriggerMatch& m);
bool market_demand(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex);
bool photo_caption(const Document& doc, const Sentence& s);
bool desired_of_another(const Document& doc, Clause c, const TriggerMatch& m);
bool concedes_a_point(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex);
bool allowance_not_told(const Document& doc, Clause c, const TriggerMatch& m);
bool agrees_with_a_view(const Document& doc, const Sentence& s, const TriggerMatch& m, const Lexicon& lex);
bool alleged_noun_act(const Document& doc, Clause c, const TriggerMatch& m);
bool supposed_act(const Document& doc, Clause c, const TriggerMatch& m);
bool participle_of_plain_noun(const Document& doc, const Sentence& s, const TriggerMatch& m,
                              const std::vector<ActorSpan>& actors);
bool abuse_of_a_thing(const Document& doc, Clause c, const TriggerMatch& m);
bool appeal_as_attraction(const Document& doc, Clause c, const TriggerMatch& m);
bool names_a_kind_of_thing(const Document& doc, Clause c, const TriggerMatch& m);
bool rally_of_support(const Document& doc, Clause c, const TriggerMatch& m);
bool act_only_thought_of(const Document& doc, Clause c, const TriggerMatch& m);
bool counted_at_a_rate(const Document& doc, Clause c, const TriggerMatch& m);
bool hedged_forecast(const Document& doc, const Sentence& s, const TriggerMatch& m);
bool opinion_of_a_share(const Document& doc, Clause c, const TriggerMatch& m);
bool fight_for_a_cause(const Document& doc, Clause c, const TriggerMatch& m);
bool refusal_held(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m);
bool judged_easy_or_hard(const Document& doc, Clause c, const TriggerMatch& m);

// ---- merging.cc ----

std::string family(const std::string& cameo);
bool same_side(const std::string& key_a, const Actor& a, const std::string& key_b, const Actor& b);
bool same_event(const Candidate& a, const Candidate& b);
void merge_into(Candidate& into, Candidate&& from);

}  // namespace parley::events
