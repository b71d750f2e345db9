#include "events/extractor.h"

#include <cstdio>

#include "events/internal.h"

namespace parley::events {

std::vector<Event> extract_events(const Document& doc, const Lexicon& lex) {
  std::vector<Candidate> found;
  bool any_place = std::any_of(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.place; });
  size_t sentence_begin = 0;  // the previous sentence's first record
  for (const Sentence& s : doc.sentences) {
    drop_promises_of_coded_acts(doc, found, sentence_begin);
    refine_appeals(doc, lex, found, sentence_begin);
    sentence_begin = found.size();
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    if (s.token_count == 0 || doc.token_text(s.first_token + s.token_count - 1) == "?") continue;
    if (chart_legend(doc, s)) continue;
    std::vector<ActorSpan> actors = actors_in(doc, s);
    if (actors.empty() && !mentions_a_pair(doc, s)) continue;
    // Cities and regions, for the rules that take where an act happens as its target.
    std::vector<ActorSpan> places = any_place ? actors_in(doc, s, true) : std::vector<ActorSpan>();
    std::vector<TriggerMatch> matches = find_triggers(doc, s, lex);
    for (const TriggerMatch& m : matches) {
      Clause c = clause_of(doc, s, m.head, m.last);
      if (asks_a_question(doc, s, m) || hypothetical(doc, s, c, m) || in_link_list(doc, s, m) ||
          calls_a_thing(doc, s, m))
        continue;
      if (generic_aspect(doc, c, m, lex) || thanks_to(doc, m) || legal_appeal(doc, c, m, lex)) continue;
      auto subj = subjects(doc, actors, c, m);
      // "Democrats vowed to fight it", "Lollie fought the charges": a struggle
      // of one in public life who bears no arms is politics or law, no force.
      if (m.trigger->struggle && !subj.empty() && civilian_speaker(*subj.back())) continue;
      bool contest = contest_act(doc, s, m, subj, lex);
      if (contest && !m.trigger->verbal) continue;
      if (const TriggerMatch* contact = contact_with_purpose(doc, matches, m))
        subj = subjects(doc, actors, clause_of(doc, s, contact->head, contact->last), *contact);
      // "The UN condemned the attack": a noun that is the object of another
      // act is not done by that act's subject.
      // ("attended the meeting", "held talks": taking part in a meeting is meeting.)
      if (const TriggerMatch* verb = governing_verb(doc, matches, m);
          verb && !(family(verb->trigger->cameo) == "04" && family(m.trigger->cameo) == "04"))
        subj.erase(std::remove_if(subj.begin(), subj.end(), [&](const ActorSpan* a) { return a->first < verb->head; }),
                   subj.end());
      // "information about the contacts", "following contacts between ...": a
      // noun inside a prepositional phrase belongs to no clause subject; only
      // an actor right before it ("Russia's annexation") is its own.
      if (m.as_noun && noun_in_phrase(doc, c, m))
        subj.erase(std::remove_if(subj.begin(), subj.end(), [&](const ActorSpan* a) { return a->last + 2 < m.head; }),
                   subj.end());
      // "Petraeus held talks with Suleiman, offering support to Lebanon": a
      // participle after a comma is done by the sentence's subject.
      if (!m.as_noun && m.head > s.first_token + 1 && doc.token_text(m.head - 1) == "," &&
          gerund(doc.token_text(m.head)))
        if (const ActorSpan* subject = sentence_subject(doc, actors, s, Clause{m.head, c.end}))
          subj.assign(1, subject);
      if (uint32_t prep = noun_complement_phrase(doc, c, m)) {
        subj.clear();
        for (const ActorSpan& a : actors)  // the owner: "a US decision", "Russia's plan"
          if (a.first > prep && a.last <= m.head - 2) subj.assign(1, &a);
      }
      if (participle_of_plain_noun(doc, s, m, actors)) continue;
      if (alleged_noun_act(doc, c, m) || supposed_act(doc, c, m) || investigated_noun_act(doc, matches, m)) continue;
      if (subj.empty())
        if (const ActorSpan* doer = opening_participle_doer(doc, s, m, actors)) subj.assign(1, doer);
      // "his"/"her" says whose meeting it is, whoever else the clause names:
      // the person the sentence is about ("Macron tried to persuade Trump
      // ... during his visit").  (A nearer person is sometimes the one
      // meant: "investigating Corsi over his contacts with Stone".)
      uint32_t pronoun = owning_pronoun(doc, c, m);
      if (pronoun) {
        if (const ActorSpan* owner = pronoun_owner(doc, s, pronoun, m, actors))
          subj.assign(1, owner);
        else
          pronoun = 0;
      }
      bool agent_by = false;  // the noun's doer follows it ("the lawsuit filed by X")
      if (subj.empty())
        if (const ActorSpan* doer = noun_agent_after(doc, c, m, actors)) {
          subj.assign(1, doer);
          agent_by = true;
        }
      if (m.trigger->accused) {
        add_accusation(doc, s, actors, subj, m, c, lex, found);
        continue;
      }
      // "Abby Wambach's arrest", "the journalist's killing": the possessor
      // of such a noun underwent the act; its doer is unnamed, as in the
      // passive ("Wambach was arrested").
      if (m.as_noun && m.trigger->undergoer && !subj.empty() && owns_noun(doc, *subj.back(), m)) {
        if (unnamed_agent_allowed(m.trigger->cameo))
          emit_candidate(doc, s, m, c, actors, nullptr, subj.back(), m.trigger->cameo, lex, found);
        continue;
      }
      auto tgt = targets(doc, actors, c, m);
      // "visited Osaka", "arrived in Alaska": a visit to a city or region
      // is a visit to its country, when the visitor is known to come from
      // another ("a trip to New Hampshire" by a candidate is none).
      if (tgt.empty() && m.trigger->place_target && !places.empty() && !subj.empty()) {
        tgt = targets(doc, places, c, m);
        const std::string& from = subj.back()->actor->country;
        // Force on a place hits its country whoever used it ("rebels shelled
        // Aleppo"); a visitor from nowhere known visits nobody.
        bool force = unnamed_agent_allowed(m.trigger->cameo) && m.trigger->cameo.compare(0, 2, "17") != 0;
        if (!tgt.empty() && ((from.empty() && !force) || from == tgt.front()->actor->country)) tgt.clear();
      }
      // "his White House visit", "her Beijing trip": the place named between
      // the pronoun and the noun is where the visit went, when abroad.
      if (tgt.empty() && pronoun && m.trigger->place_target) {
        for (const std::vector<ActorSpan>* spans : {&actors, &places})
          for (const ActorSpan& a : *spans)
            if (tgt.empty() && a.first > pronoun && a.last <= m.head &&
                a.actor->country != subj.back()->actor->country)
              tgt.assign(1, &a);
      }
      const ActorSpan* source = nullptr;
      const ActorSpan* target = nullptr;
      if (disapproval_undergone(doc, c, m)) continue;
      std::string code = m.trigger->cameo;
      // "reiterated their call for a court to dismiss the charges": a call
      // for something is an appeal, not a telephone call.
      if (m.as_noun && code == "041" && m.trigger->lemmas.back() == "call" && m.last + 1 < c.end &&
          lower(doc.token_text(m.last + 1)) == "for")
        code = "020";
      if (code == "190" && attack_on_politician_or_record(doc, c, m, actors, subj.empty() ? nullptr : subj.back(), lex))
        code = "111";
      if (contest) code = "111";  // "Clinton attacked Trump in the debate"
      bool be_passive = !m.as_noun && be_form_before(doc, s.first_token, m.head) && !progressive(doc.token_text(m.head));
      // "a camp for Congolese refugees was attacked": when the subject is no
      // actor, the victims of a violent act are the actor named inside it.
      if (be_passive && subj.empty() && unnamed_agent_allowed(code))
        for (const ActorSpan& a : actors)
          if (a.first >= c.begin && a.last < m.head) subj.assign(1, &a);
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
                        !(!tgt.empty() && tgt.front()->first == m.last + 1);
      // "The embassy was attacked by Syrian rebels": a passive whose subject is
      // no actor still names its doer.
      bool passive = (be_passive || objectless) &&
                     (!subj.empty() || (be_passive && (m.object_before || agent_of(doc, actors, c, m))));
      // "victims killed by the crash": a participle with its agent after a
      // noun that is no actor describes that noun; no act of the clause's subject.
      if (!passive && agent_after_participle(doc, m) &&
          std::none_of(actors.begin(), actors.end(), [&](const ActorSpan& a) { return a.last == m.head; }))
        continue;
      const ActorSpan* described = nullptr;  // the noun a reduced relative describes
      for (const ActorSpan& a : actors) {
        if (passive || noun_phrase_end(doc, a, c.end) != m.head) continue;
        if (reduced_relative(doc, c, m, a)) {
          described = &a;
        } else if (uint32_t main_verb = reduced_relative_subject(doc, c, m, a)) {
          described = &a;
          c.end = main_verb;  // "... were released by Putin": that agent is the main verb's
        }
      }
      if (described) {
        // "a member of Hamas jailed a year ago": with no doer named, a
        // participle describing a noun recalls its past, not the news; only
        // "there were ten soldiers killed" reports the act itself.
        uint32_t start = described->first;
        while (start > c.begin && is_number_word(lower(doc.token_text(start - 1)))) --start;
        bool existential = start > c.begin && is_be_form(lower(doc.token_text(start - 1)));
        if (!agent_of(doc, actors, c, m) && !existential) continue;
        passive = true;
        subj.assign(1, described);
      }
      if (passive) {
        // Passive: the subject undergoes the act; "by X" is who did it.  A
        // host-verb in the passive ("Tillerson was hosted in Moscow") is a
        // visit by the subject to the agent or the place.
        const ActorSpan* agent = agent_of(doc, actors, c, m);
        bool hosting = family(code) == "04" && code == "043";
        if (hosting && subj.empty()) continue;
        if (hosting) {
          code = "042";
          source = subj.back();
          target = agent ? agent : place_actor(doc, actors, c, m);
          if (!target) target = place_actor(doc, places, c, m);
        } else if (m.object_before && subj.empty()) {
          // "rockets were fired at Israel from Gaza": the subject is the
          // phrase's own noun; the target follows as in the active.
          source = agent ? agent : origin_place(doc, actors, c, m);
          target = tgt.empty() ? fronted_target(doc, actors, c, m) : tgt.front();
          if (!target) target = reporter_as_object(doc, actors, s, c, m);
          if (target && source && target->key == source->key) target = nullptr;
        } else {
          source = agent;
          target = subj.empty() ? nullptr : subj.back();
        }
        if (!target && !(source && !hosting)) continue;
        if (!source && !unnamed_agent_allowed(code)) continue;
        if (source && target && (source->key == target->key || same_side(*source, *target))) continue;
        // "officials would be indicted": without an agent only a reported act is news.
        if (!source) {
          emit_candidate(doc, s, m, c, actors, source, target, code, lex, found);
          if (found.back().event.status != EventStatus::kOccurred) found.pop_back();
        } else {
          emit_reported(doc, s, m, c, actors, source, target, code, lex, found);
        }
        continue;
      }
      // The subject nearest the trigger, or the first of a coordinated pair.
      if (!subj.empty()) source = subj.back();
      if (!tgt.empty()) target = tgt.front();
      if (!target && source) target = reporter_as_object(doc, actors, s, c, m);
      // "The presidents talked by phone": the document's two holders of that office.
      std::vector<ActorSpan> plural;
      if (m.trigger->reciprocal && subj.empty() && tgt.empty()) {
        plural = plural_pair(doc, s, c, m, lex);
        if (plural.size() == 2) {
          source = &plural[0];
          target = &plural[1];
        }
      }

      if (m.trigger->reciprocal && subj.size() >= 2 && !target &&
          !sent_between(doc, *subj[subj.size() - 2], *subj.back())) {
        source = subj[subj.size() - 2];
        target = subj.back();
        // "The US, Russia and Switzerland met": every pair of a plain list
        // (only commas and "and" between the names) met.
        size_t list_begin = subj.size() - 1;
        while (list_begin > 0 && list_begin + 4 > subj.size()) {
          if (!plain_list_gap(doc, subj[list_begin - 1]->last, subj[list_begin]->first)) break;
          --list_begin;
        }
        if (subj.size() - list_begin >= 3)
          for (size_t x = list_begin; x + 2 < subj.size(); ++x)
            for (size_t y = x + 1; y < subj.size(); ++y)
              if (subj[x]->key != subj[y]->key && !same_side(*subj[x], *subj[y]))
                emit_candidate(doc, s, m, c, actors, subj[x], subj[y], code, lex, found);
      }
      // "Hungary said it will support ...": a pronoun subject of reported
      // speech is the speaker.
      bool plural_pronoun = false;
      std::vector<const ActorSpan*> speakers;  // the others "they" stands for
      if (!source && subj.empty()) {
        source = speaker_of(doc, actors, s, c, &plural_pronoun);
        if (source && plural_pronoun) speakers = listed_before(doc, actors, *source);
      }
      // "Benin opened its borders, but was still refusing entry to X": a verb
      // phrase after "but" shares the sentence's subject.
      if (!source && subj.empty() && !m.as_noun && shares_subject(doc, s, c, m))
        source = sentence_subject(doc, actors, s, c);
      // "Lavrov spoke after meetings with Trump and Tillerson": a noun in a
      // subordinate phrase without its own subject belongs to the sentence's subject.
      if (!source && m.as_noun && !tgt.empty() && c.begin > s.first_token && temporal_phrase(doc, c, m))
        source = sentence_subject(doc, actors, s, c);
      // "Germany hosted talks between Russia and Ukraine": the two after
      // "between" are the sides; a subject apart from them brings them
      // together, a mediation (045) towards each.
      if (source && between_sides(doc, m, tgt) && hosted_meeting(doc, c, m) && source->key != tgt[0]->key && source->key != tgt[1]->key &&
          !same_side(*source, *tgt[0]) && !same_side(*source, *tgt[1])) {
        for (size_t k = 0; k < 2; ++k) {
          emit_candidate(doc, s, m, c, actors, source, tgt[k], "045", lex, found);
          found.back().event.mutual = false;  // the mediator's act, not a meeting of equals
        }
        source = nullptr;
      }
      if (m.trigger->reciprocal && !source && tgt.size() >= 2) {  // "a meeting between X and Y"
        source = tgt[0];
        target = tgt[1];
      }
      // A meeting needs two sides; other acts may have none named ("the
      // opposition staged protests", "X mobilised troops").
      if (!source || (!target && (family(code) == "04" || code == "036"))) continue;
      // "Kostunica promised to democratize Serbia", "French farmers would
      // blockade Paris": an act on the actor's own side is still the actor's
      // act, with no target; only a meeting needs a second side.
      if (target && (source->key == target->key || same_side(*source, *target))) {
        if (m.trigger->reciprocal || family(code) == "04" || code == "036") continue;
        target = nullptr;
        tgt.clear();
      }
      // A noun's actor without a target must be its own ("Russia's
      // annexation"), not the clause's subject doing something else.
      if (!target && m.as_noun && !agent_by && !done_by_light_verb(doc, c, m) &&
          (source->last > m.head || m.head - source->last > 3))
        continue;
      if (!target)
        for (const auto* where : {&actors, &places}) {
          // A city or region's country is the target only of a doer of
          // known country: "a gunman opened fire in Philadelphia" is no act
          // against the United States.
          if (where == &places && source->actor->country.empty()) continue;
          if (const ActorSpan* place = violence_place(doc, *where, c, m, code); place && !target)
            if (place->key != source->key && (code == "018" || !same_side(*source, *place))) target = place;
        }
      // "met with X and Y": one event with each (not for "between X and Y",
      // where the two are the sides).
      if (tgt.size() >= 2 && target == tgt.front())
        for (size_t k = 1; k < tgt.size(); ++k)
          if (tgt[k]->key != source->key && !same_side(*source, *tgt[k]))
            emit_candidate(doc, s, m, c, actors, m.trigger->swap ? tgt[k] : source, m.trigger->swap ? source : tgt[k],
                           code, lex, found);
      if (m.trigger->swap) std::swap(source, target);
      if (suspected_act_of_other(doc, c, m, *source)) continue;
      if (target && names_the_target(doc, m, *target)) continue;
      // "Russia protested that NATO had broken the treaty": a protest spoken,
      // not staged, is a criticism (CAMEO 111) of the one it names.
      if (code == "140" && !m.as_noun && m.last + 1 < c.end && lower(doc.token_text(m.last + 1)) == "that") {
        code = "111";
        if (!target)
          for (const ActorSpan& a : actors)
            if (a.first > m.last + 1 && a.key != source->key && !same_side(a, *source)) {
              target = &a;
              break;
            }
      }
      if (code == "150" && target && exercising_together(doc, subj, *target)) code = "062";
      // CAMEO 174 expels individuals; an organisation expelled (an aid agency,
      // a UN mission, an NGO) is a withdrawal of cooperation, 166.
      if (code == "174" && target && (target->actor->sector == "IGO" || target->actor->sector == "NGO")) code = "166";
      if (code == "042" && source && peacekeepers_arriving(doc, *source, m)) code = "074";

      if (position_on_a_thing(doc, actors, c, m, target) ||
          std::any_of(actors.begin(), actors.end(), [&](const ActorSpan& a) { return investigated_modifier(doc, m, a); }))
        continue;
      emit_reported(doc, s, m, c, actors, source, target, code, lex, found);
      if (!m.trigger->swap)
        for (const ActorSpan* other : speakers)
          if (!target || (other->key != target->key && !same_side(*other, *target)))
            emit_candidate(doc, s, m, c, actors, other, target, code, lex, found);
      // "Obama and Putin attacked Iraq": each of a plain list of subjects
      // does a one-sided act.
      if (!m.trigger->reciprocal && !m.trigger->swap && !subj.empty() && source == subj.back())
        for (size_t k = subj.size() - 1; k > 0; --k) {
          if (!plain_list_gap(doc, subj[k - 1]->last, subj[k]->first) || subj[k]->first == subj[k - 1]->last) break;
          const ActorSpan* other = subj[k - 1];
          if (target && (other->key == target->key || same_side(*other, *target))) break;
          emit_candidate(doc, s, m, c, actors, other, target, code, lex, found);
        }
    }
  }
  drop_promises_of_coded_acts(doc, found, sentence_begin);
  refine_appeals(doc, lex, found, sentence_begin);
  add_obligation_demands(doc, lex, found);
  // Merge mentions of the same event, keeping the order of first mention.
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
  std::vector<Event> out;
  bool later_stage = news_is_later_stage(doc);
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

}  // namespace parley::events
