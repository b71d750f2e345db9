// Record building: turning a trigger with its source and target into a
// candidate event record with its CAMEO/PLOVER codes, actors, status, date,
// place, topics and evidence spans; claims of responsibility and
// obligations ("X must ...") are recorded as acts of their own.

#include "events/internal.h"

namespace parley::events {

namespace {

void add_evidence(const Document& doc, Event& e, const char* field, Span text) {
  Span in = doc.to_input(text);
  e.evidence.push_back({field, in, std::string(doc.view(text))});
}

// The mention of a side; for one that only refers back ("he", "the
// ministry"), also the earlier mention it stands for ("source_antecedent").
void add_side_evidence(const Document& doc, Event& e, const char* field, uint32_t mention) {
  const Mention& m = doc.mentions[mention];
  add_evidence(doc, e, field, m.text);
  if (m.antecedent >= 0)
    add_evidence(doc, e, field == std::string_view("source") ? "source_antecedent" : "target_antecedent",
                 doc.mentions[m.antecedent].text);
}

}  // namespace

void set_type(Event& e, const std::string& code, const Lexicon& lex) {
  e.cameo = code;
  if (const CameoInfo* info = lex.cameo(code)) {
    e.plover = info->plover;
    e.plover_mode = info->plover_mode;
    e.goldstein = info->goldstein;
    e.quad_class = info->quad_class;
  }
}

namespace {

// "in Bonn", "at the White House": the first location after "in"/"at" in the clause.
// "in Bonn", "at the White House": a place right after "in" or "at".
bool after_place_preposition(const Document& doc, uint32_t first) {
  if (first == 0) return false;
  std::string prev = lower(doc.token_text(first - 1));
  std::string prev2 = first >= 2 ? lower(doc.token_text(first - 2)) : "";
  return prev == "in" || prev == "at" || (prev == "the" && (prev2 == "at" || prev2 == "in"));
}

}  // namespace

// "discussed the war in Ukraine": a place right after a noun of a situation
// is where that situation is, not where the event took place.
bool situation_place(const Document& doc, uint32_t first, uint32_t lo, const Lexicon& lex) {
  uint32_t prep = first - 1;
  if (prep > lo && lower(doc.token_text(prep)) == "the") --prep;
  if (prep <= lo) return false;
  return lex.situation_noun(lower(doc.token_text(prep - 1)));
}

namespace {

// "broke off talks in September after a bombing in Kabul", "imposed its
// ban in 1989 after troops opened fire in Tiananmen Square": a place in a
// clause of time or cause after the trigger is where that other act was.
// The clause `c` cut before such a clause.
Clause place_clause(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t i = m.last + 1; i < c.end; ++i)
    if (in(lower(doc.token_text(i)), {"after", "before", "when", "while", "because", "since", "amid", "following",
                                      "until", "where", "who", "which", "although", "though"})) {
      c.end = i;
      break;
    }
  return c;
}

std::string place_of(const Document& doc, const std::vector<ActorSpan>& actors, Clause c, const TriggerMatch& m,
                     Event& e, const Lexicon& lex) {
  c = place_clause(doc, c, m);
  if (c.end <= c.begin) return "";
  auto take = [&](uint32_t first, uint32_t last) {
    Span span{doc.tokens[first].text.begin, doc.tokens[last - 1].text.end};
    add_evidence(doc, e, "place", span);
    return std::string(doc.view(span));
  };
  for (const ActorSpan& a : actors) {
    if (a.type != MentionType::kLocation && a.type != MentionType::kOrganization) continue;
    // A named body may be a venue ("at the White House"); a group is none
    // ("investments in Chinese firms").
    if (a.type == MentionType::kOrganization && a.actor->name.empty()) continue;
    if (a.first < c.begin || a.first >= c.end) continue;
    if (after_place_preposition(doc, a.first) && !situation_place(doc, a.first, c.begin, lex))
      return take(a.first, a.last);
  }
  // Places that are no actors (cities, venues): "met in Bonn".
  uint32_t begin = doc.tokens[c.begin].text.begin, end = doc.tokens[c.end - 1].text.end;
  for (auto it = doc.mentions.begin(); it != doc.mentions.end(); ++it) {  // not in text order
    bool actor = it->entity >= 0 && !doc.entities[it->entity].place;
    if (it->type != MentionType::kLocation || actor || it->text.begin < begin || it->text.begin >= end) continue;
    uint32_t first = token_at(doc, it->text.begin, c.begin, c.end);
    uint32_t last = token_at(doc, it->text.end - 1, first, c.end) + 1;
    if (first < c.end && after_place_preposition(doc, first) && !situation_place(doc, first, c.begin, lex))
      return take(first, last);
  }
  return "";
}

// What the parties talked about: the phrase after "discuss", "to discuss",
// "on", "about", "over", "regarding" — "to discuss Ukraine, Syria and North
// Korea" gives three topics.  Items are cut at commas and "and".
void add_topics(const Document& doc, Clause c, const TriggerMatch& m, Event& e, const Lexicon& lex) {
  uint32_t start = UINT32_MAX;
  bool discuss_trigger = lower(doc.token_text(m.head)).rfind("discuss", 0) == 0;
  if (discuss_trigger && !m.as_noun) start = m.last + 1;
  for (uint32_t i = m.last + 1; i < c.end && i <= m.last + 8 && start == UINT32_MAX; ++i) {
    std::string w = lower(doc.token_text(i));
    if (w.rfind("discuss", 0) == 0 || w == "about" || w == "regarding" || w == "concerning" ||
        ((w == "on" || w == "over") && i == m.last + 1))
      start = i + 1;
  }
  if (start == UINT32_MAX) return;
  uint32_t item_begin = start;
  auto finish_item = [&](uint32_t end) {
    while (item_begin < end && is_determiner_like(lower(doc.token_text(item_begin)))) ++item_begin;
    if (end > item_begin && end - item_begin <= 5) {
      Span span{doc.tokens[item_begin].text.begin, doc.tokens[end - 1].text.end};
      std::string topic(doc.view(span));
      if (std::find(e.topics.begin(), e.topics.end(), topic) == e.topics.end()) {
        e.topics.push_back(topic);
        add_evidence(doc, e, "topic", span);
      }
    }
  };
  uint32_t i = start;
  for (; i < c.end && i < start + 16; ++i) {
    std::string w = lower(doc.token_text(i));
    // "the war in Ukraine", "the situation in Syria": the place is part of the topic.
    if (w == "in" && i > start && lex.situation_noun(lower(doc.token_text(i - 1)))) continue;
    if (w == "." || w == ";" || w == ":" || w == "\"" || w == "with" || w == "in" || w == "at" || w == "during" ||
        w == "on" || w == "after" || w == "before" || w == "when" || w == "as" || w == "that" || w == "which")
      break;
    if (w == "," || w == "and" || w == "or") {
      finish_item(i);
      item_begin = i + 1;
    }
  }
  finish_item(i);
}

}  // namespace

void emit_candidate(const Document& doc, const Sentence& s, const TriggerMatch& m, Clause c,
                    const std::vector<ActorSpan>& actors, const ActorSpan* source, const ActorSpan* target,
                    std::string code, const Lexicon& lex, std::vector<Candidate>& found) {
  if (source && protest_turned_violent(doc, *source, code)) code = "145";
  Candidate cand;
  Event& e = cand.event;
  e.doc = doc.id;
  if (verbal_attack(doc, c, m, source, target, lex)) code = "111";
  if (code == "130" && warning_without_threat(doc, s, m, actors)) code = "012";
  e.mutual = m.trigger->reciprocal && target;
  uint32_t subject_end = source && source->last < m.head ? source->last : c.begin;
  e.status = status_of(doc, c, m, subject_end);
  if (e.status == EventStatus::kOccurred && headline_infinitive(doc, s, m, source)) e.status = EventStatus::kPlanned;
  bool demanded = is_demanded(doc, c, m, subject_end);
  if (e.status == EventStatus::kNegated && !demanded && refuses(doc, c, m, subject_end) &&
      !refusal_code(code).empty()) {
    code = refusal_code(code);  // "will not accept", "won't withdraw": a rejection made now
    e.status = EventStatus::kOccurred;
  }
  if (demanded) {
    e.status = EventStatus::kPlanned;  // what someone must do has not happened, nor did its actor announce it
  } else if (e.status == EventStatus::kPlanned && decided_sanction(doc, s, c, m, subject_end, code)) {
    e.status = EventStatus::kOccurred;  // the decision reduces the relations now
  } else if (e.status == EventStatus::kPlanned && preparing_force(doc, c, m, subject_end, code)) {
    code = "150";  // the preparation is itself a show of force, done now
    e.status = EventStatus::kOccurred;
  } else if (e.status == EventStatus::kPlanned) {
    std::string act = refine_by_concern(doc, c, m, code);
    code = is_threat(doc, c, m, subject_end) ? threat_code(code) : intent_code(code);
    if (act != code) e.intended_code = act;
  }
  code = refine_by_concern(doc, c, m, code);
  set_type(e, code, lex);
  if (source) e.source.actor = *source->actor;  // none: an unnamed agent ("was killed")
  if (target) e.target.actor = *target->actor;
  cand.sentence = static_cast<size_t>(&s - doc.sentences.data());
  cand.source_key = source ? source->key : "";
  cand.head = m.head;
  cand.last = m.last;
  cand.target_key = target ? target->key : "";
  add_evidence(doc, e, "sentence", s.text);
  add_evidence(doc, e, "trigger", {doc.tokens[m.head].text.begin, doc.tokens[m.last].text.end});
  if (source) add_side_evidence(doc, e, "source", source->mention);
  if (target) add_side_evidence(doc, e, "target", target->mention);
  if (const Timex* t = timex_for(doc, lex, s, m, e.status, e.cameo == "112" || e.cameo == "015" || m.trigger->accused)) {
    e.date = event_date(t->value);
    e.date_basis = "timex";
    e.date_text = std::string(doc.view(t->text));
    add_evidence(doc, e, "date", t->text);
  }
  e.place = place_of(doc, actors, c, m, e, lex);
  if (e.cameo == "040" && source && target &&
      meets_at_third_location(doc, actors, actors_in(doc, s, true), c, m, *source, *target, lex))
    set_type(e, "044", lex);
  add_topics(doc, c, m, e, lex);
  e.background = is_background(e.date, doc.pub_date);
  found.push_back(std::move(cand));
}

namespace {

// The verb that reports clause `c` ("claimed (that) ...", "said ..."), or
// UINT32_MAX.  `claiming` is set for a verb that leaves the act unproven
// ("claimed", "alleged"), unlike a plain report ("said").
uint32_t claim_verb(const Document& doc, const Sentence& s, Clause c, bool* claiming) {
  uint32_t v = c.begin;
  if (v > s.first_token && lower(doc.token_text(v - 1)) == "that") --v;
  if (v <= s.first_token) return UINT32_MAX;
  std::string w = lower(doc.token_text(v - 1));
  *claiming = in(w, {"claimed", "claims", "claim", "alleged", "alleges", "allege"});
  bool saying = in(w, {"said", "says", "say", "stated", "insisted", "charged"});
  return *claiming || saying ? v - 1 : UINT32_MAX;
}

// "The US claimed that ISIL had attacked Iraq", "Israel said a mortar bomb
// was fired at it from Gaza": a party that says another did a violent or
// coercive act (CAMEO 17-20) accuses it (112); "the group claimed that it
// had attacked the convoy" claims the act as its own (015); saying it did
// the act itself is a plain report, no claim.  Returns true when the act
// is only claimed ("claimed", "alleged"): then the text does not say it
// happened, and the act's own record is dropped.
bool add_claim(const Document& doc, const Sentence& s, Clause c, uint32_t act_head, const std::vector<ActorSpan>& actors,
               const ActorSpan* source, const ActorSpan* target, const std::string& code, const Lexicon& lex,
               std::vector<Candidate>& found) {
  if (!source || !unnamed_agent_allowed(code)) return false;
  bool claiming = false;
  uint32_t verb = claim_verb(doc, s, c, &claiming);
  if (verb == UINT32_MAX) return false;
  // "claims that they were battered, the militants fired": after a comma the
  // act may stand outside what was claimed.
  for (uint32_t i = verb + 1; i < act_head; ++i)
    if (doc.token_text(i) == ",") return false;
  const ActorSpan* claimant = nullptr;
  for (const ActorSpan& a : actors)
    if (a.last <= verb && !(a.first > s.first_token && is_preposition(lower(doc.token_text(a.first - 1)))))
      claimant = &a;  // (spans end before `last`)
  // One of no known country or body ("Mr Clarke said") makes no coded accusation.
  if (!claimant || claimant->actor->country.empty()) return false;
  bool own = claimant->key == source->key || same_side(*claimant, *source);
  if (own && !claiming) return false;
  // A plain report accuses only of violence (18-20): "said the EU kept its
  // ban" reports a measure, no wrong.
  if (!claiming && code.rfind("17", 0) == 0) return false;
  const ActorSpan* accused = own ? target : source;
  if (accused && (accused->key == claimant->key || same_side(*claimant, *accused))) accused = nullptr;
  // An accused of no known country or kind ("government forces" is one) is no coded side.
  if (!own && (!accused || (accused->actor->country.empty() && accused->actor->sector.empty()))) return false;
  static const Trigger claim{TriggerKind::kVerb, {"claim"}, "112", {}, false, false, false};
  TriggerMatch m{&claim, verb, verb, false};
  Clause before{s.first_token, c.begin};
  emit_candidate(doc, s, m, before, actors, claimant, accused, own ? "015" : "112", lex, found);
  return claiming;
}

}  // namespace

// Emits the act, and the claim or accusation of the one who reports it
// (add_claim); an act only claimed is not itself reported as done.
void emit_reported(const Document& doc, const Sentence& s, const TriggerMatch& m, Clause c,
                   const std::vector<ActorSpan>& actors, const ActorSpan* source, const ActorSpan* target,
                   const std::string& code, const Lexicon& lex, std::vector<Candidate>& found) {
  emit_candidate(doc, s, m, c, actors, source, target, code, lex, found);
  if (found.back().event.status != EventStatus::kOccurred) return;
  size_t act = found.size() - 1;
  if (add_claim(doc, s, c, m.head, actors, source, target, code, lex, found)) found.erase(found.begin() + act);
}

namespace {

// The modal of an obligation laid on another at or after `i`: "must" (a
// demand), or "should" before an act (an appeal: "said Madigan should resign";
// not "should be ashamed", nor "should have acted", which judge what was
// done).  UINT32_MAX if none.
uint32_t obligation_modal(const Document& doc, uint32_t from, uint32_t end) {
  for (uint32_t i = from; i + 1 < end; ++i) {
    std::string w = lower(doc.token_text(i));
    std::string next = lower(doc.token_text(i + 1));
    if (is_negation(next)) continue;
    if (w == "must") return i;
    if (w != "should") continue;
    if (next == "have") continue;
    if (next == "be" && !(i + 2 < end && in(lower(doc.token_text(i + 2)),
                                            {"fired", "removed", "ousted", "impeached", "sacked", "dismissed"})))
      continue;
    return i;
  }
  return UINT32_MAX;
}

// Does `a` follow the saying verb at once, or after "that" and a title
// ("said House Speaker Michael Madigan")?
bool right_after_saying(const Document& doc, uint32_t say, const ActorSpan& a) {
  uint32_t j = say + 1;
  if (j < a.first && lower(doc.token_text(j)) == "that") ++j;
  for (; j < a.first; ++j)
    if (!is_capitalised(doc.token_text(j)) && doc.token_text(j) != ".") return false;
  return true;
}

// The code of an obligation: a demand ("must", 100) or an appeal ("should",
// 020), for a change of leader when the act is stepping down or removal
// ("must resign" 1041, "should step aside" 0241).
std::string obligation_code(const Document& doc, uint32_t modal, uint32_t end) {
  bool must = lower(doc.token_text(modal)) == "must";
  std::string act = modal + 1 < end ? lower(doc.token_text(modal + 1)) : "";
  if (act == "be" && modal + 2 < end) act = lower(doc.token_text(modal + 2));
  std::string particle = modal + 2 < end ? lower(doc.token_text(modal + 2)) : "";
  bool leaving = in(act, {"resign", "quit", "fired", "removed", "ousted", "impeached", "sacked", "dismissed"}) ||
                 (act == "step" && in(particle, {"down", "aside"}));
  if (leaving) return must ? "1041" : "0241";
  return must ? "100" : "020";
}

}  // namespace

// "Russia said Sudan must return the helicopter", "Chirac told Iraq that it
// must cooperate": a speaker who says another actor must act demands it
// (CAMEO 100); "Pritzker said Madigan should resign" appeals for it (020,
// here a change of leader, 0241).  The speaker is the actor before the
// saying verb; the target the actor right before the modal (or the addressee
// of "told").
void add_obligation_demands(const Document& doc, const Lexicon& lex, std::vector<Candidate>& found) {
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    uint32_t first = s.first_token, end = s.first_token + s.token_count;
    uint32_t must = obligation_modal(doc, first + 2, end);
    if (must == UINT32_MAX) continue;
    std::string code = obligation_code(doc, must, end);
    // The saying verb before "must".
    uint32_t say = UINT32_MAX;
    for (uint32_t i = must; i-- > first;) {
      std::string w = lower(doc.token_text(i));
      if (in(w, {"said", "says", "say", "told", "tells", "declared", "insisted", "stressed", "reiterated",
                 "warned", "demanded", "announced", "concluded", "argued", "added", "reminded", "urged",
                 // a message issued: "issued a stern reminder to Iraq that it must"
                 "reminder", "warning", "message", "ultimatum"})) {
        say = i;
        break;
      }
    }
    if (say == UINT32_MAX) continue;
    std::vector<ActorSpan> actors = actors_in(doc, s);
    const ActorSpan* speaker = nullptr;
    const ActorSpan* obliged = nullptr;
    for (const ActorSpan& a : actors) {
      bool after_prep = a.first > first && is_preposition(lower(doc.token_text(a.first - 1)));
      // The speaker: the first actor before the saying verb, but not a
      // place right before a title and a name ("Illinois Gov. J.B. Pritzker said").
      bool titled_after_place = speaker && speaker->type == MentionType::kLocation && a.first <= speaker->last + 3;
      if (a.last <= say && !after_prep && (!speaker || titled_after_place)) speaker = &a;
      // The obliged actor: the subject of "must" ("Sudan must"), or the
      // addressee of the saying verb ("told Iraq that it must").
      if (a.first > say && a.last <= must && (!obliged || !after_prep)) obliged = &a;
    }
    if (!speaker || !obliged || speaker->key == obliged->key || same_side(*speaker, *obliged)) continue;
    // "should" is an appeal only said of the one right after the saying verb
    // and right before the modal ("Pritzker said Madigan should resign"),
    // not of another's thought or of the one told ("said Romney thinks
    // employers should decide", "told Salon, 'It should ...'").
    if (lower(doc.token_text(must)) == "should" && !(obliged->last == must && right_after_saying(doc, say, *obliged)))
      continue;
    TriggerMatch m{nullptr, must, must, false};
    static const Trigger demand{TriggerKind::kVerb, {"must"}, "100", {}, false, false, false};
    m.trigger = &demand;
    Clause c{first, end};
    emit_candidate(doc, s, m, c, actors, speaker, obliged, code, lex, found);
    found.back().event.status = EventStatus::kOccurred;  // the demand is made now; the act is what is demanded
    found.back().event.intended_code.clear();
    set_type(found.back().event, code, lex);
  }
}

}  // namespace parley::events
