// Status of an event: occurred, planned, negated or hypothetical, read from
// negation and modality in the verb group, from conditions ("if"), questions,
// and headlines that announce what is to come ("Trump to meet Putin").

#include <cstring>

#include "events/internal.h"

namespace parley::events {

namespace {

// The preposition at token `i` that looks forward to what follows it:
// "ahead of", "in advance of", "in the run-up / lead-up / build-up to",
// "in preparation for", "in preparations for".
bool forward_looking_preposition(const Document& doc, uint32_t i) {
  if (i == 0) return false;
  std::string_view w = doc.token_lower(i);
  std::string_view prev = doc.token_lower(i - 1);
  if (w == "of") return prev == "ahead" || (prev == "advance" && i >= 2 && doc.token_lower(i - 2) == "in");
  if (w == "to") return in(prev, {"run-up", "lead-up", "build-up", "runup", "buildup"});
  if (w == "for") return in(prev, {"preparation", "preparations"});
  return false;
}

// "ahead of the Trump-Putin meeting", "in the run-up to Monday's summit",
// "in preparation for the chancellor's visit": the act a sentence prepares
// for or counts down to has not happened yet.  A phrase that places it in
// the past ("ahead of last week's summit") says it since has.
bool awaited_noun(const Document& doc, const TriggerMatch& m) {
  if (!m.as_noun) return false;
  uint32_t from = m.head >= 7 ? m.head - 7 : 0;
  for (uint32_t i = m.head; i > from; --i) {
    uint32_t at = i - 1;
    std::string_view w = doc.token_lower(at);
    if (w == "," || w == "." || w == ";" || is_clause_boundary(w)) return false;
    if (in(w, {"last", "yesterday's", "yesterday\xE2\x80\x99s", "previous", "earlier", "recent", "past"})) return false;
    if (forward_looking_preposition(doc, at)) return true;
  }
  return false;
}

// "The Kremlin denied that Putin met Trump", "denies ever meeting him": an
// act in what a side denies is told as not done.  The denial verb opens the
// clause (with or without "that") or stands right before the trigger.
bool denied_clause(const Document& doc, Clause c, const TriggerMatch& m) {
  // ("asked him to deny that ...": a denial asked for is not made)
  auto denial = [&](uint32_t i) {
    return in(doc.token_lower(i), {"denied", "denies", "deny", "denying"}) &&
           !(i > 0 && doc.token_lower(i - 1) == "to");
  };
  if (m.head > c.begin && denial(m.head - 1)) return true;  // "denied meeting Kislyak"
  if (m.head > c.begin + 1 && doc.token_lower(m.head - 1) == "ever" && denial(m.head - 2)) return true;
  // Back from the trigger to "denied (that)", not past a conjunction:
  // "denies that he did wrong and has vowed to repay".
  for (uint32_t i = m.head; i-- > c.begin;) {
    std::string_view w = doc.token_lower(i);
    if (w == "and" || w == "but" || w == ",") return false;
    if (w == "that" && i > 0 && denial(i - 1)) return true;
  }
  uint32_t open = c.begin;
  if (open > 0 && doc.token_lower(open - 1) == "that") --open;
  return open > 0 && denial(open - 1);
}

// "did not hesitate to", "never failed to", "didn't shy away from": a
// negation of holding back, so the act after it was done.
bool restraint_follows(const Document& doc, uint32_t negation, uint32_t head) {
  for (uint32_t i = negation + 1; i < head && i <= negation + 2; ++i)
    if (in(doc.token_lower(i), {"hesitate", "hesitated", "fail", "failed", "shy", "shied", "flinch",
                                      "flinched", "waver", "wavered"}))
      return true;
  return false;
}

// "no plausible explanation to the attack", "took no action to resolve the
// threat": "no" before another noun, with a preposition between it and a
// noun trigger, denies that noun, not the act.
bool negates_another_noun(const Document& doc, uint32_t negation, const TriggerMatch& m) {
  if (!m.as_noun || doc.token_lower(negation) != "no") return false;
  for (uint32_t i = negation + 1; i < m.head; ++i)
    if (is_preposition(doc.token_lower(i))) return true;
  return false;
}

// "It is not that Moscow and Kyiv actually talk", "Not that the army
// withdrew", "Far from condemning the raid, Iran praised it": a frame that
// denies the act before it tells what is the case.  "not that" right after a
// form of "be" or opening the sentence, a few words before the clause and
// before a subject; "far
// from" right before the trigger's -ing form.
bool denied_by_frame(const Document& doc, Clause c, const TriggerMatch& m) {
  if (m.head >= 2 && doc.token_lower(m.head - 1) == "from" && doc.token_lower(m.head - 2) == "far" &&
      gerund(doc.token_text(m.head)))
    return true;
  uint32_t lo = c.begin > 4 ? c.begin - 4 : 0;
  for (uint32_t i = lo; i + 1 < m.head; ++i) {
    if (doc.token_lower(i) != "not" || doc.token_lower(i + 1) != "that") continue;
    // A clause's subject follows; "not that eager to talk" is a degree.
    std::string_view subject = i + 2 < m.head + 1 ? doc.token_text(i + 2) : std::string_view();
    if (!(is_capitalised(subject) || is_determiner_like(lower(subject)) ||
          in(lower(subject), {"he", "she", "they", "we", "i", "it", "you"})))
      continue;
    std::string_view before = i > 0 ? doc.token_lower(i - 1) : ".";
    if (is_be_form(before) || in(before, {"'s", "\xE2\x80\x99s", "it's", "it\xE2\x80\x99s", ".", "\"", "\xE2\x80\x9C"}) ||
        doc.token_text(i) == "Not")
      return true;
  }
  return false;
}

}  // namespace

EventStatus status_of(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end) {
  uint32_t from = std::max(c.begin, subject_end);
  bool planned = false, negated = false;
  // "did not disclose the details of the conversation": the clause's verb is
  // negated, not the talk named inside its object's phrase.
  // So with a noun awaited: "sealed off the centre ahead of the talks".
  bool awaited = awaited_noun(doc, m);
  if (m.as_noun && (awaited || noun_in_phrase(doc, c, m))) from = m.head;
  for (uint32_t i = from; i < m.head; ++i) {
    std::string_view w = doc.token_lower(i);
    std::string_view next = doc.token_lower(i + 1);
    if (is_negation(w) && restraint_follows(doc, i, m.head)) {
      i += 2;  // "did not hesitate to veto", "never failed to praise": done
      continue;
    }
    if (is_negation(w) && negates_another_noun(doc, i, m)) continue;
    if (is_negation(w)) negated = true;
    // "a measure proposed by Democrats calling on ...": a participle after
    // its noun names who made the thing, no plan of the act.
    if (modal_at(doc, i, c.begin) || (is_plan_word(w) && next != "by")) planned = true;
    if (is_cancel_word(w)) negated = true;
    // "has yet to meet", "is yet to respond": not done so far.
    if (w == "yet" && next == "to") negated = true;
  }
  if (denied_clause(doc, c, m)) negated = true;
  // "considering accepting the offer", "mulling a visit": weighed, not done.
  uint32_t weigh = m.head > c.begin && is_determiner_like(doc.token_lower(m.head - 1)) ? m.head - 1 : m.head;
  if (weigh > c.begin && is_weighing_word(doc.token_lower(weigh - 1))) planned = true;
  // "the possibility of X and Y meeting", "the prospect of talks", "has the
  // opportunity to demonstrate": a plan noun anywhere before the trigger in
  // its clause.
  for (uint32_t i = c.begin; i < m.head; ++i) {
    std::string_view w = doc.token_lower(i);
    if (in(w, {"possibility", "prospect", "prospects", "proposal", "invitation", "opportunity", "chance"}))
      planned = true;
  }
  // "held no talks", "offered no apology": a negation inside the trigger
  // phrase, or "no" opening a verb's object ("He offered no apology").
  for (uint32_t i = m.head + 1; i < m.last; ++i)
    if (in(doc.token_lower(i), {"no", "not", "never"})) negated = true;
  // ("no matter when", "no doubt", "no longer" negate nothing.)
  if (!m.as_noun && m.last + 2 < c.end && doc.token_lower(m.last + 1) == "no" &&
      !in(doc.token_lower(m.last + 2), {"matter", "doubt", "longer", "less", "more", "sooner"}))
    negated = true;
  // Nouns: "a possible meeting", "the planned visit", "no meeting".
  if (m.as_noun) {
    for (uint32_t i = m.head >= 3 ? m.head - 3 : 0; i < m.head; ++i) {
      if (i < c.begin) continue;
      std::string_view w = doc.token_lower(i);
      // "next week's meeting", "the coming talks": still ahead.
      if (is_plan_word(w) || modal_at(doc, i, c.begin) || w == "next" || w == "coming" || w == "forthcoming")
        planned = true;
      if (w == "no") negated = true;
    }
  }
  // "... meeting was cancelled/postponed" after a noun trigger.  After a verb
  // the word is the act's object, not its fate: "agreed to postpone the
  // demonstration", "demanded that the US cancel plans".
  for (uint32_t i = m.last + 1; m.as_noun && i < c.end && i <= m.last + 4; ++i)
    if (is_cancel_word(doc.token_lower(i))) negated = true;
  // "Modi's visit to Washington next week will focus on trade", "the meeting
  // between Putin and Trump will take place in Helsinki": the noun is the
  // subject of a verb in the future.
  for (uint32_t i = m.last + 1; m.as_noun && i < c.end && i <= m.last + 8; ++i) {
    std::string_view w = doc.token_lower(i);
    if (w == "," || is_clause_boundary(w)) break;
    if (w == "will" || w == "shall" || w == "'ll") {
      planned = true;
      break;
    }
  }
  // "... meeting was in the works / on the cards / being prepared": still a
  // plan.  Only a noun: "launched war games, expected to be joined later"
  // reports what was done.
  for (uint32_t i = m.last + 1; m.as_noun && i < c.end && i <= m.last + 20; ++i) {
    std::string_view w = doc.token_lower(i);
    std::string_view prev = i > 0 ? doc.token_lower(i - 1) : "";
    // "the summit is set for Friday", "talks slated for May": a time set ahead.
    std::string_view next = i + 1 < c.end ? doc.token_lower(i + 1) : "";
    if ((w == "works" && prev == "the") || (w == "cards" && prev == "the") || w == "prepared" || w == "scheduled" ||
        w == "planned" || w == "expected" || w == "slated" || (w == "set" && is_be_form(prev) && next == "for"))
      planned = true;
  }
  if (negated || denied_by_frame(doc, c, m)) return EventStatus::kNegated;
  if (planned || awaited) return EventStatus::kPlanned;
  return EventStatus::kOccurred;
}

// "North Korea to suspend tests", "Trump to meet Putin": a headline's
// subject followed by "to" and the verb announces what is to come.
bool headline_infinitive(const Document& doc, const Sentence& s, const TriggerMatch& m, const ActorSpan* source) {
  if (!source || source->first > s.first_token + 1 || source->last + 1 != m.head) return false;
  return doc.token_lower(source->last) == "to";
}

// "asking if the nation is doing enough", "asked whether the talks would
// resume", "asked the governor about Rubio", '..., Hirono asked.', 'asked:
// "What is the benefit?"': a verb that
// also asks questions (flag `question`) is no request when a question
// follows it, not a wish ("asked Congress to pass", "asked for help").
namespace {

// '"Why should we talk to Iran?" Pompeo asked', '"... Iran?", he asked on
// Monday': a question mark at most six words back (across the sentence
// break the splitter puts after it), with no full stop between, is the
// question the verb closes.
bool closes_a_question(const Document& doc, const TriggerMatch& m) {
  uint32_t from = m.head >= 6 ? m.head - 6 : 0;
  for (uint32_t i = m.head; i > from; --i) {
    std::string_view t = doc.token_text(i - 1);
    if (t == "?") return true;
    if (t == "." || t == "!") return false;
  }
  return false;
}

}  // namespace

bool asks_a_question(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  if (!m.trigger->question) return false;
  uint32_t end = s.first_token + s.token_count;
  for (uint32_t j = m.last + 1; j < end && j <= m.last + 6; ++j) {
    std::string_view w = doc.token_lower(j);
    if (in(w, {"if", "whether", "what", "why", "how", "who", "whom", "when", "where", "which", "about"})) return true;
    bool opens_quote = w == "\"" || w == "\xE2\x80\x9C" || w == "``";
    if (j == m.last + 1 && (w == "." || w == ":" || w == "?" || opens_quote)) return true;
    if (in(w, {"to", "for", "that", ";"})) return false;
  }
  return m.last + 1 >= end || closes_a_question(doc, m);
}

namespace {

// "If found guilty, Ebbers could face a jail sentence", "for fear it could
// force the government to share information", "rather than allow him to be
// confirmed", "the question of whether Congress would pass sanctions": an
// act only supposed, on a condition or as a possibility, is neither done,
// planned nor refused.  A possibility a speaker states ("Iran said it could
// close the strait") or sets a condition to is a threat and stays.
// The condition ("if", "unless") that opens clause `c`, or UINT32_MAX.
uint32_t condition_opening(const Document& doc, const Sentence& s, Clause c) {
  if (c.begin > s.first_token && in(doc.token_lower(c.begin - 1), {"if", "unless", "lest"})) return c.begin - 1;
  std::string_view opener = doc.token_lower(s.first_token);
  return opener == "if" || opener == "unless" ? s.first_token : UINT32_MAX;
}

// "in the event that the president did try to waive sanctions", "in case
// Russia attacks": a condition told by a phrase, at most twelve words
// before the trigger with no comma or clause break between.
bool phrase_condition_before(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  for (uint32_t i = m.head; i > s.first_token + 1 && i + 12 > m.head; --i) {
    std::string_view w = doc.token_lower(i - 1), before = doc.token_lower(i - 2);
    if (w == "case" && before == "in") return true;
    if (w == "that" && before == "event" && i >= s.first_token + 4 && doc.token_lower(i - 3) == "the" &&
        doc.token_lower(i - 4) == "in")
      return true;
    if (w == "," || is_clause_boundary(w)) return false;
  }
  return false;
}

// Inside the condition itself ("If Russia attacks, ..."), or in the main
// clause of a plain one ("If talks fail, Iran will close ..."); not in the
// main clause after "as if" or "even if", which states a fact ("As if his
// claims were news, Jiang decried ...").
bool conditional(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m) {
  uint32_t at = condition_opening(doc, s, c);
  if (at == UINT32_MAX) return false;
  bool inside = true;  // no comma yet between the condition's word and the trigger
  for (uint32_t i = at + 1; i < m.head && inside; ++i) inside = doc.token_text(i) != ",";
  bool concessive = at > s.first_token && in(doc.token_lower(at - 1), {"as", "even"});
  return inside || !concessive;
}

// A modal of possibility before the trigger in its clause ("could face",
// "could deny the motion, block the withdrawal"), but not one of an earlier
// clause joined by ", and" ("warned security could be affected, and ICE
// started releasing ...").
bool possibility_before(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t i = m.head; i > c.begin; --i) {
    std::string_view raw = doc.token_text(i - 1);  // "may", not the month "May"
    if (raw == "," && in(doc.token_lower(i), {"and", "but"})) return false;
    if (raw == "could" || raw == "might" || raw == "may") return true;
    // "would have denounced this": what would have happened did not;
    // "should have condemned him": what should have been done was not.
    if ((raw == "would" || raw == "should") && doc.token_lower(i) == "have") return true;
  }
  return false;
}

// "Let's say Steele had a source who claimed Trump conspired to hack ...",
// "Now, suppose the US doesn't bomb ...": an act inside a supposition.
bool supposed_before(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  for (uint32_t i = s.first_token; i < m.head; ++i) {
    std::string_view w = doc.token_lower(i);
    if (in(w, {"suppose", "supposing", "imagine", "hypothetically"})) return true;
    if (w == "say" && i > s.first_token &&
        in(doc.token_lower(i - 1), {"'s", "\xE2\x80\x99s", "let's", "let\xE2\x80\x99s", "us"}))
      return true;
  }
  return false;
}

// "He predicted that Trump allies would be indicted", "Howard predicted the
// Budget would do nothing to help Labour": an act in a forecast, after an
// active verb of forecasting and a modal of the future, is no one's deed,
// plan or threat.  ("was predicted to", "predicts to" are not forecasts of
// another's act.)
bool forecast_before(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  bool forecast = false;
  for (uint32_t i = s.first_token; i < m.head; ++i) {
    std::string_view raw = doc.token_text(i);
    if (raw.empty() || !std::strchr("pPfFwW'", raw[0])) continue;  // none of the words below: skip cheaply
    std::string w = lower(raw);
    std::string_view prev = i > s.first_token ? doc.token_lower(i - 1) : "";
    std::string_view next = doc.token_lower(i + 1);
    if (in(w, {"predict", "predicts", "predicted", "predicting", "forecast", "forecasts", "forecasted",
               "forecasting", "foresee", "foresees", "foresaw"}) &&
        !is_be_form(prev) && next != "to")
      forecast = true;
    if (forecast && in(w, {"would", "will", "'ll", "wo"})) return true;
  }
  return false;
}

}  // namespace

// Nouns a "that" clause states the content of: what was said, promised or
// threatened ("a warning that it would retaliate") is a statement of an act,
// not a thing imagined.
bool speech_noun(std::string_view w) {
  return in(w, {"warning", "warnings", "threat", "threats", "promise", "promises", "pledge", "pledges", "vow",
                "vows", "assurance", "assurances", "statement", "announcement", "signal", "sign", "indication",
                "commitment", "word", "news", "report", "reports", "claim", "claims", "decision", "ultimatum",
                "guarantee", "guarantees", "insistence", "notice"});
}

// "promised voters a France that would stand up to Russia", "a leader who
// would sanction China", "a bill which would impose tariffs": "would" in a
// relative clause after a noun describes what the thing is imagined to do.
// A reporting verb or a noun of speech before "that" ("said that Iran would
// retaliate", "a warning that it would") states an intent; "would later",
// "would go on to" narrate what then happened.
bool imagined_in_relative(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  // (A noun there is the object of the imagined verb, and may be planned
  // anyway: "an event that would set up Kim's summit with Trump".)
  if (m.as_noun) return false;
  uint32_t would = UINT32_MAX;  // the token of "would"
  for (uint32_t i = m.head; i > s.first_token + 1 && i + 8 > m.head; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (w == "would") {
      std::string_view next = doc.token_lower(i);
      if (in(next, {"later", "eventually", "go", "soon", "then", "ultimately", "have"})) return false;
      would = i - 1;
      continue;
    }
    bool relative = in(w, {"that", "which", "who"});
    if (!relative && (w == "," || is_clause_boundary(w))) return false;
    if (!relative) continue;
    // The pronoun is the subject ("a France that would", "who also would");
    // "that he would", "that China would" open what someone said or hoped.
    std::string_view after = doc.token_lower(i);
    if (would != i && !(would == i + 1 && (after == "also" || is_ly_adverb(after))))
      return false;
    std::string_view before = doc.token_lower(i - 2);
    bool noun_before = doc.tokens[i - 2].kind == TokenKind::kWord && !is_reporting_verb(before) &&
                       !speech_noun(before) && !is_be_form(before) && !is_preposition(before) &&
                       !in(before, {"so", "such", "now", "and", "but", "or", "than", "believe", "believes",
                                    "believed", "think", "thinks", "thought", "hope", "hopes", "hoped", "expect",
                                    "expects", "expected", "clear", "sure", "confident", "likely"});
    return noun_before;
  }
  return false;
}

// "watch what Mr. Putin asks for", "whatever Iran demands", "asked him what
// he planned to give": a verb in the present (or after "will"/"would"), or
// one a plan word leads to, in a clause opened by "what" is a question about
// an act to come; "what Russia demanded" names one done, and in "do
// whatever is necessary to block it" the infinitive is the speaker's intent.
bool asked_what_is_to_come(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  if (m.as_noun || m.head < s.first_token + 2) return false;
  std::string_view form = doc.token_lower(m.head);
  const std::string& lemma = m.trigger->lemmas.front();
  bool infinitive = doc.token_lower(m.head - 1) == "to";
  bool present = form == lemma || form == lemma + "s" || form == lemma + "es" ||
                 is_modal_future(doc.token_lower(m.head - 1));
  if (!present && !infinitive) return false;
  bool planned = false;
  for (uint32_t i = m.head; i > s.first_token && i + 6 > m.head; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (w == "what" || w == "whatever") return !infinitive || planned;
    planned |= is_plan_word(w);
    if (w == "," || is_clause_boundary(w) || doc.tokens[i - 1].kind != TokenKind::kWord) return false;
  }
  return false;
}

// "Northam should step down", "The GOP must defend 24 seats", "you must
// reject the pipeline", "Iran ought to release them": what someone should or
// must do is an opinion or a demand of the speaker's, not the subject's plan.
// ("should have" is handled as what was not done.)
// So is the purpose of such an act ("Congress should hold hearings to
// investigate them"): after "to", any words of one clause may stand between.
bool obliged_before(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  if (m.as_noun) return false;
  bool purpose = m.head > s.first_token && doc.token_lower(m.head - 1) == "to";
  for (uint32_t i = m.head; i > s.first_token && i + (purpose ? 8 : 4) > m.head; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (w == "should" || w == "must") return true;
    if (w == "to" && i >= s.first_token + 2 && doc.token_lower(i - 2) == "ought") return true;
    bool filler = in(w, {"not", "n't", "neither", "also", "never", "now", "then", "still", "too"}) ||
                  is_ly_adverb(w);
    bool inside = purpose && doc.tokens[i - 1].kind == TokenKind::kWord && !is_clause_boundary(w) &&
                  !in(w, {"and", "or", "said", "says"});
    if (!filler && !inside) return false;
  }
  return false;
}

bool hypothetical(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m) {
  if (obliged_before(doc, s, m)) return true;
  if (conditional(doc, s, c, m) || supposed_before(doc, s, m) || forecast_before(doc, s, m) ||
      phrase_condition_before(doc, s, m))
    return true;
  if (imagined_in_relative(doc, s, m) || asked_what_is_to_come(doc, s, m)) return true;
  uint32_t before = c.begin;  // the word that opens the clause
  if (before > s.first_token + 1 && doc.token_lower(before - 1) == "that") --before;
  bool stated = before > s.first_token && is_reporting_verb(doc.token_lower(before - 1));
  // "The EC may halt mediation if cooperation founders": a possibility on a
  // condition the other side must meet is a threat (or a promise) made now.
  for (uint32_t i = m.last + 1; i < s.first_token + s.token_count && !stated; ++i)
    stated = in(doc.token_lower(i), {"if", "unless"});
  if (!stated && possibility_before(doc, c, m)) return true;
  bool whether = false;
  for (uint32_t i = c.begin; i < m.head; ++i) {
    std::string_view w = doc.token_lower(i);
    std::string_view next = doc.token_lower(i + 1);
    // "whether Congress would impose sanctions", "whether he would lead the
    // talks"; a noun after "whether" with no modal names a thing that was
    // ("whether the ouster is related to the arrest of ...").
    whether |= w == "whether";
    if (whether && (!m.as_noun || in(w, {"would", "should", "will", "could", "might"}))) return true;
    if (((w == "likely" || w == "unlikely") && next == "to") ||
        (w == "rather" && next == "than") || (w == "instead" && next == "of"))
      return true;
  }
  return false;
}

}  // namespace parley::events
