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

using PlaceWord = Lexicon::PlaceWord;
using TopicWord = Lexicon::TopicWord;

bool closing_quote(std::string_view t) {
  return t == "\"" || t == "'" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x99" || t == "''";
}

// The word before token `at`, past closing quotes: 'the "big win" in Montana'.
std::string_view word_before(const Document& doc, uint32_t at, uint32_t lo) {
  while (at > lo && closing_quote(doc.token_text(at - 1))) --at;
  return at > lo ? doc.token_lower(at - 1) : "";
}

// The preposition that opens the place phrase whose name starts at token
// `first`: "in Bonn", "at the White House", "in neighboring Kenya", "in the
// capital, Kabul", "on the sidelines of the G20", and "to" for a visit or a
// welcome ("welcomed him to the White House").  UINT32_MAX when none.
uint32_t place_preposition(const Document& doc, uint32_t first, uint32_t lo, bool to_place, const Lexicon& lex) {
  uint32_t i = first;
  for (int skipped = 0; i > lo && skipped < 4; ++skipped) {
    std::string_view w = doc.token_lower(i - 1);
    bool name_before_noun = i - 1 > lo && doc.tokens[i - 1].kind == TokenKind::kWord &&
                            std::isupper(static_cast<unsigned char>(doc.token_text(i - 1)[0])) && i < first &&
                            lex.place_word(doc.token_lower(i), PlaceWord::kModifier);  // "the Syrian capital"
    bool of_noun = w == "of" && i - 1 > lo && lex.place_word(doc.token_lower(i - 2), PlaceWord::kModifier);
    bool comma_after_noun = w == "," && i - 1 > lo && lex.place_word(doc.token_lower(i - 2), PlaceWord::kModifier);
    // (a modifier as written in lower case: "Central" of "Central America" is part of the name)
    bool modifier = lex.place_word(std::string(doc.token_text(i - 1)), PlaceWord::kModifier);
    if (w != "the" && !comma_after_noun && !modifier && !name_before_noun && !of_noun) break;
    --i;
  }
  if (i <= lo) return UINT32_MAX;
  std::string_view prep = doc.token_lower(i - 1);
  if (prep == "in" || prep == "at" || (to_place && prep == "to")) return i - 1;
  if (prep == "of" && i >= lo + 2 && doc.token_lower(i - 2) == "sidelines") return i - 2;
  return UINT32_MAX;
}

}  // namespace

// "discussed the war in Ukraine", "criticised a decision in Turkey": a place
// right after a noun of a situation, or of a thing located somewhere, is
// where that is, not where the event took place.
bool situation_place(const Document& doc, uint32_t first, uint32_t lo, const Lexicon& lex) {
  uint32_t prep = first - 1;
  if (prep > lo && doc.token_lower(prep) == "the") --prep;
  if (prep <= lo) return false;
  std::string_view noun = word_before(doc, prep, lo);
  return lex.situation_noun(noun) || lex.place_word(noun, PlaceWord::kLocated);
}

namespace {

// "broke off talks in September after a bombing in Kabul", "imposed its
// ban in 1989 after troops opened fire in Tiananmen Square", "urged them to
// invest more in the U.S.", "denied that the Bidens acted corruptly in
// Ukraine": a place in a clause of time or cause, a relative or reported
// clause, or an infinitive after the trigger is where that other act was.
// The clause `c` cut before such a clause.
Clause place_clause(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex) {
  for (uint32_t i = m.last + 1; i < c.end; ++i) {
    std::string_view w = doc.token_lower(i);
    bool infinitive = w == "to" && i + 1 < c.end && doc.tokens[i + 1].kind == TokenKind::kWord &&
                      std::islower(static_cast<unsigned char>(doc.token_text(i + 1)[0])) &&
                      !is_determiner_like(doc.token_lower(i + 1)) &&
                      !lex.place_word(doc.token_lower(i + 1), PlaceWord::kModifier) &&
                      !lex.place_word(doc.token_lower(i + 1), PlaceWord::kNounAfterTo);
    if (infinitive || in(w, {"after", "before", "when", "while", "because", "since", "amid", "following", "until",
                             "where", "who", "which", "although", "though", "that", "whether", "how", "if",
                             "unless"})) {
      c.end = i;
      break;
    }
  }
  return c;
}

// "Adama Iwu, a lobbyist in Sacramento": a place inside an apposition that
// describes a person is where that person works.
bool in_person_apposition(const Document& doc, const std::vector<ActorSpan>& actors, uint32_t prep, uint32_t lo) {
  for (uint32_t i = prep; i > lo; --i) {
    if (doc.token_text(i - 1) != ",") continue;
    uint32_t comma = i - 1;
    if (!in(doc.token_lower(comma + 1), {"a", "an", "the", "who", "whose"})) return false;
    return std::any_of(actors.begin(), actors.end(),
                       [&](const ActorSpan& a) { return a.last == comma && a.type == MentionType::kPerson; });
  }
  return false;
}

// An act of force (CAMEO 17-20) happens where its target is: "bombed
// targets in Syria", unlike "criticised a decision in Turkey".
bool force_code(const std::string& code) {
  return code.size() >= 2 && (code.compare(0, 2, "17") == 0 || code.compare(0, 2, "18") == 0 ||
                              code.compare(0, 2, "19") == 0 || code.compare(0, 2, "20") == 0);
}

// "At a memorial for Giffords in Tucson, Obama called for ...": a phrase
// that opens the clause with a preposition, up to its comma.
bool in_opening_phrase(const Document& doc, uint32_t prep, Clause c) {
  if (!is_preposition(doc.token_lower(c.begin))) return false;
  for (uint32_t i = c.begin; i < prep; ++i)
    if (doc.token_text(i) == ",") return false;
  return true;
}

// Whether the place phrase opened at `prep` tells where the act was.  It
// must not describe a thing or a person: "a decision in Turkey", "Republicans
// in Congress", "Iwu, a lobbyist in Sacramento", and the subject before the
// trigger, "Senator Heitkamp in North Dakota praised ..." (a place in an
// opening phrase stays: "At a memorial for Giffords in Tucson, Obama said").
bool place_of_act(const Document& doc, const std::vector<ActorSpan>& actors, uint32_t prep, uint32_t first,
                  Clause c, const TriggerMatch& m, const Event& e, const Lexicon& lex) {
  std::string_view before = word_before(doc, prep, c.begin);
  bool located = force_code(e.cameo) ? lex.situation_noun(before) : situation_place(doc, first, c.begin, lex);
  if (lex.place_word(before, PlaceWord::kHolder) || located) return false;
  if (prep > m.head) return !in_person_apposition(doc, actors, prep, m.last);
  if (in_opening_phrase(doc, prep, c)) return true;
  const Actor& source = e.source.actor;
  if (source.name.empty() && source.country.empty()) return true;
  return std::none_of(actors.begin(), actors.end(), [&](const ActorSpan& a) {
    return a.last == prep && a.actor->name == source.name && a.actor->country == source.country;
  });
}

// "the Syrian capital Damascus", "the Iraqi city of Mosul": the name (or
// adjective) before such a noun is not the place; the name after it is.
bool names_a_later_place(const Document& doc, uint32_t after, uint32_t end, const Lexicon& lex) {
  if (after < end && in(doc.token_text(after), {"'s", "\xE2\x80\x99s"})) ++after;  // "Turkey's capital, Ankara"
  if (after >= end || !lex.place_word(doc.token_lower(after), PlaceWord::kModifier)) return false;
  uint32_t next = after + 1;
  while (next < end && in(doc.token_text(next), {",", "of"})) ++next;
  return next < end && std::isupper(static_cast<unsigned char>(doc.token_text(next)[0]));
}

// A place phrase found in the clause: its tokens, and whether it is a body
// heading a meeting ("at the G20 summit"), a place only when the clause names
// no other ("at the G20 summit in Hamburg" is in Hamburg).
struct PlaceFound {
  uint32_t first = 0, last = 0;
  bool body = false;
  std::string_view capital;  // "the Russian capital", "Turkey's capital": Moscow, Ankara
};

// "the Russian capital", "Turkey's capital" (no name after it): the end of
// the phrase after the country's name or adjective ending at `after`, or 0.
uint32_t capital_phrase_end(const Document& doc, uint32_t after, uint32_t end, const Lexicon& lex) {
  if (after < end && in(doc.token_text(after), {"'s", "\xE2\x80\x99s"})) ++after;
  if (after >= end || doc.token_lower(after) != "capital" || names_a_later_place(doc, after, end, lex)) return 0;
  return after + 1;
}

std::vector<PlaceFound> places_in(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                  const Lexicon& lex) {
  std::vector<PlaceFound> found;
  for (const ActorSpan& a : actors) {
    if (a.first < c.begin || a.first >= c.end) continue;
    std::string_view capital = actors::default_knowledge().capital_of(a.actor->country);
    uint32_t capital_end = a.actor->name.empty() && !capital.empty() ? capital_phrase_end(doc, a.last, c.end, lex) : 0;
    if (capital_end) {
      found.push_back({a.first, capital_end, false, capital});
      continue;
    }
    if (a.type != MentionType::kLocation && a.type != MentionType::kOrganization) continue;
    // A named body may be a venue ("at the White House"); a group is none
    // ("investments in Chinese firms").
    if (a.type == MentionType::kOrganization && a.actor->name.empty()) continue;
    bool body = a.type == MentionType::kOrganization && a.last < c.end &&
                lex.place_word(doc.token_lower(a.last), PlaceWord::kGathering);
    found.push_back({a.first, a.last, body});
  }
  // Places that are no actors (cities, venues): "met in Bonn".
  uint32_t begin = doc.tokens[c.begin].text.begin, end = doc.tokens[c.end - 1].text.end;
  for (const Mention& mention : doc.mentions) {  // not in text order
    bool actor = mention.entity >= 0 && !doc.entities[mention.entity].place;
    if (mention.type != MentionType::kLocation || actor || mention.text.begin < begin || mention.text.begin >= end)
      continue;
    uint32_t first = token_at(doc, mention.text.begin, c.begin, c.end);
    uint32_t last = token_at(doc, mention.text.end - 1, first, c.end) + 1;
    if (first < c.end) found.push_back({first, last, false});
  }
  std::sort(found.begin(), found.end(), [](const PlaceFound& a, const PlaceFound& b) { return a.first < b.first; });
  return found;
}

// The name of a wire dateline ("WASHINGTON (Reuters) -") written as a name
// ("Washington").
std::string dateline_name(std::string_view text) {
  std::string out(text);
  bool all_caps = std::none_of(out.begin(), out.end(), [](char ch) { return std::islower(static_cast<unsigned char>(ch)); });
  if (!all_caps) return out;
  for (size_t i = 1; i < out.size(); ++i)
    if (std::isalpha(static_cast<unsigned char>(out[i - 1]))) out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
  return out;
}

// "TOKYO (AP) — President Trump opened a state visit to Japan": an act of the
// lead paragraph that names no place happened in the dateline's city, when
// that city lies in the country of one of its sides (a Washington dateline
// does not place North Korea's missile test).  Returns the city's mention.
const Mention* dateline_place(const Document& doc, const Sentence& s, const Event& e) {
  if (s.block == 0 || doc.blocks[s.block - 1].kind != BlockKind::kDateline) return nullptr;
  Span line = doc.blocks[s.block - 1].text;
  if (doc.view(line).find('/') != std::string_view::npos) return nullptr;  // "WASHINGTON/KANSAS CITY": two desks
  const Mention* city = nullptr;  // the first name of the line (mentions are not in text order)
  for (const Mention& mention : doc.mentions)
    if (mention.text.begin >= line.begin && mention.text.end <= line.end &&
        (!city || mention.text.begin < city->text.begin))
      city = &mention;
  if (!city || city->type != MentionType::kLocation || city->entity < 0) return nullptr;
  const std::string& country = doc.entities[city->entity].actor.country;
  bool side = !country.empty() && (country == e.source.actor.country || country == e.target.actor.country);
  return side ? city : nullptr;
}

std::string place_of(const Document& doc, const Sentence& s, const std::vector<ActorSpan>& actors, Clause c,
                     const TriggerMatch& m, Event& e, const Lexicon& lex) {
  auto take = [&](Span span, std::string name) {
    add_evidence(doc, e, "place", span);
    return name;
  };
  c = place_clause(doc, c, m, lex);
  bool to_place = e.cameo == "042" || e.cameo == "043";  // "travelled to", "welcomed him to"
  const PlaceFound* body = nullptr;
  std::vector<PlaceFound> found;
  if (c.end > c.begin) found = places_in(doc, actors, c, lex);
  {
    for (const PlaceFound& p : found) {
      uint32_t prep = place_preposition(doc, p.first, c.begin, to_place, lex);
      if (prep == UINT32_MAX || names_a_later_place(doc, p.last, c.end, lex))
        continue;  // no place phrase, or a name before "capital": "in the Syrian capital Damascus"
      if (!place_of_act(doc, actors, prep, p.first, c, m, e, lex)) continue;
      if (p.body) {
        if (!body) body = &p;
        continue;
      }
      Span span{doc.tokens[p.first].text.begin, doc.tokens[p.last - 1].text.end};
      return take(span, p.capital.empty() ? std::string(doc.view(span)) : std::string(p.capital));
    }
  }
  if (body) {
    Span span{doc.tokens[body->first].text.begin, doc.tokens[body->last - 1].text.end};
    return take(span, std::string(doc.view(span)));
  }
  if (e.status == EventStatus::kOccurred)
    if (const Mention* city = dateline_place(doc, s, e)) return take(city->text, dateline_name(doc.view(city->text)));
  return "";
}

// An act of words or meeting (CAMEO 01-05, 10-13): "talks on trade" names
// what was talked about; after an act of force "on" names the target ("an
// attack on the embassy", "sanctions on Russia"), after a protest its place.
bool verbal_code(const std::string& code) {
  if (code.size() < 2 || !std::isdigit(static_cast<unsigned char>(code[0])) ||
      !std::isdigit(static_cast<unsigned char>(code[1])))
    return false;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return (root >= 1 && root <= 5) || (root >= 10 && root <= 13);
}

// Where the topic starts: after "discuss" (the trigger or a later word),
// "about", "regarding", or "over"/"on" right after the trigger; not past a
// clause or an infinitive of another verb ("urged him to learn about ...").
// UINT32_MAX when none.
uint32_t topic_start(const Document& doc, Clause c, const TriggerMatch& m, const Event& e, const Lexicon& lex) {
  bool discuss_trigger = doc.token_lower(m.head).rfind("discuss", 0) == 0;
  if (discuss_trigger && !m.as_noun) return m.last + 1;
  for (uint32_t i = m.last + 1; i < c.end && i <= m.last + 8; ++i) {
    std::string_view w = doc.token_lower(i);
    if (lex.topic_word(w, TopicWord::kOpener)) return i + 1;
    // ("put pressure on X", "an attack on X": a preposition that takes the
    // trigger's target, triggers.tsv, names the target, not the topic)
    bool target_prep = m.trigger && std::find(m.trigger->target_preps.begin(), m.trigger->target_preps.end(), w) !=
                                        m.trigger->target_preps.end();
    if (i == m.last + 1 && !target_prep &&
        (lex.topic_word(w, TopicWord::kNext) || (lex.topic_word(w, TopicWord::kVerbalNext) && verbal_code(e.cameo))))
      return i + 1;
    if (w == "to" && i + 1 < c.end) {
      std::string_view next = doc.token_lower(i + 1);
      bool verb_next = std::islower(static_cast<unsigned char>(doc.token_text(i + 1)[0])) && !is_determiner_like(next);
      if (verb_next && !lex.topic_word(next, TopicWord::kOpener)) return UINT32_MAX;
      continue;
    }
    if (w == "," || (lex.topic_word(w, TopicWord::kStop) && !is_preposition(w))) return UINT32_MAX;
  }
  return UINT32_MAX;
}

// "recalled", "called": a lower-case word in -ed, a verb in the past.
bool past_form(std::string_view word) {
  return word.size() > 4 && std::islower(static_cast<unsigned char>(word[0])) && word.substr(word.size() - 2) == "ed";
}

// A topic item that names a time or an amount ("over the past six weeks",
// "over $25 million", "over 31,000 migrants") or only a pronoun ("on me").
bool no_topic(const Document& doc, uint32_t first, uint32_t end) {
  std::string_view w = doc.token_lower(first);
  TokenKind kind = doc.tokens[first].kind;
  if (kind == TokenKind::kNumber || kind == TokenKind::kSymbol || is_number_word(w)) return true;
  if (in(w, {"past", "next", "last", "coming", "weekend", "decades", "years", "months", "weeks", "days", "hours"}))
    return true;
  // Set phrases of "on" that name no topic: "on the sidelines of", "on behalf
  // of", "on condition of anonymity", "on the record", "on the way".
  if (in(w, {"sidelines", "behalf", "condition", "record", "way", "side", "part"})) return true;
  if (end - first == 1 && in(w, {"me", "him", "her", "them", "it", "us", "you", "this", "that", "those", "these"}))
    return true;
  uint32_t from = doc.tokens[first].text.begin, to = doc.tokens[end - 1].text.end;
  // An item inside a time expression ("the past six weeks"), not one that
  // only starts with one ("the future of the alliance").
  return std::any_of(doc.timexes.begin(), doc.timexes.end(),
                     [&](const Timex& t) { return t.text.begin <= from && t.text.end >= to; });
}

// What the parties talked about: the phrase after "discuss", "to discuss",
// "on", "about", "over", "regarding" — "to discuss Ukraine, Syria and North
// Korea" gives three topics.  Items are cut at "and", "or", and at commas
// of such a list ("trade issues, officials said" is one item).
void add_topics(const Document& doc, Clause c, const TriggerMatch& m, Event& e, const Lexicon& lex) {
  uint32_t start = topic_start(doc, c, m, e, lex);
  if (start == UINT32_MAX) return;
  struct Item {
    uint32_t first, end;
  };
  std::vector<Item> items;  // empty ones too: a list of one too long item is no list
  bool list = false;  // an "and"/"or" joins the items: commas separate them
  uint32_t item_begin = start;
  auto finish_item = [&](uint32_t end) {
    while (item_begin < end && is_determiner_like(doc.token_lower(item_begin))) ++item_begin;
    items.push_back(end > item_begin && end - item_begin <= 5 ? Item{item_begin, end} : Item{end, end});
  };
  uint32_t i = start;
  for (; i < c.end && i < start + 16; ++i) {
    std::string_view w = doc.token_lower(i);
    // "the war in Ukraine", "the situation in Syria": the place is part of the topic.
    if (w == "in" && i > start && lex.situation_noun(doc.token_lower(i - 1))) continue;
    if (lex.topic_word(w, TopicWord::kStop)) break;
    // "information about the attack and recalled the presentation": a verb
    // after "and" goes on with the clause, not the list.
    if (i > start && in(doc.token_lower(i - 1), {"and", "or"}) && past_form(doc.token_text(i))) break;
    if (w == "," || w == "and" || w == "or") {
      list |= w != ",";
      finish_item(i);
      item_begin = i + 1;
    }
  }
  if (item_begin < i) finish_item(i);
  if (!list && items.size() > 1) items.erase(items.begin() + 1, items.end());
  for (auto [first, end] : items) {
    if (first == end || no_topic(doc, first, end)) continue;
    Span span{doc.tokens[first].text.begin, doc.tokens[end - 1].text.end};
    std::string topic(doc.view(span));
    if (std::find(e.topics.begin(), e.topics.end(), topic) != e.topics.end()) continue;
    e.topics.push_back(topic);
    add_evidence(doc, e, "topic", span);
  }
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
  if (code == "043" && welcomes_an_act(doc, c, m, lex)) code = "051";
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
  std::string date_value;  // the TIMEX3 value dating the act, if any
  if (const Timex* t = timex_for(doc, lex, s, m, e.status, e.cameo == "112" || e.cameo == "015" || m.trigger->accused)) {
    date_value = t->value;
    e.date = event_date(t->value);
    e.date_basis = "timex";
    e.date_text = std::string(doc.view(t->text));
    add_evidence(doc, e, "date", t->text);
  }
  e.place = place_of(doc, s, actors, c, m, e, lex);
  if (e.cameo == "040" && source && target &&
      meets_at_third_location(doc, actors, actors_in(doc, s, true), c, m, *source, *target, lex))
    set_type(e, "044", lex);
  add_topics(doc, c, m, e, lex);
  e.background = !date_value.empty() && is_background(date_value, doc.pub_date);
  found.push_back(std::move(cand));
}

namespace {

// The verb that reports clause `c` ("claimed (that) ...", "said ..."), or
// UINT32_MAX.  `claiming` is set for a verb that leaves the act unproven
// ("claimed", "alleged"), unlike a plain report ("said").
uint32_t claim_verb(const Document& doc, const Sentence& s, Clause c, bool* claiming) {
  uint32_t v = c.begin;
  if (v > s.first_token && doc.token_lower(v - 1) == "that") --v;
  if (v <= s.first_token) return UINT32_MAX;
  std::string_view w = doc.token_lower(v - 1);
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
    if (a.last <= verb && !(a.first > s.first_token && is_preposition(doc.token_lower(a.first - 1))))
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
  // "Democrats say Trump abused his power": misuse of an office is no
  // assault; only the accusation of the one who says it is told.
  bool misuse = abuse_of_a_thing(doc, c, m);
  emit_candidate(doc, s, m, c, actors, source, target, code, lex, found);
  size_t act = found.size() - 1;
  if (found.back().event.status != EventStatus::kOccurred) {
    if (misuse) found.erase(found.begin() + act);
    return;
  }
  if (add_claim(doc, s, c, m.head, actors, source, target, code, lex, found) || misuse)
    found.erase(found.begin() + act);
}

namespace {

// The modal of an obligation laid on another at or after `i`: "must" (a
// demand), or "should" before an act (an appeal: "said Madigan should resign";
// not "should be ashamed", nor "should have acted", which judge what was
// done).  UINT32_MAX if none.
uint32_t obligation_modal(const Document& doc, uint32_t from, uint32_t end) {
  for (uint32_t i = from; i + 1 < end; ++i) {
    std::string_view w = doc.token_lower(i);
    std::string_view next = doc.token_lower(i + 1);
    if (is_negation(next)) continue;
    if (w == "must") return i;
    if (w != "should") continue;
    if (next == "have") continue;
    if (next == "be" && !(i + 2 < end && in(doc.token_lower(i + 2),
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
  if (j < a.first && doc.token_lower(j) == "that") ++j;
  for (; j < a.first; ++j)
    if (!is_capitalised(doc.token_text(j)) && doc.token_text(j) != ".") return false;
  return true;
}

// The code of an obligation: a demand ("must", 100) or an appeal ("should",
// 020), for a change of leader when the act is stepping down or removal
// ("must resign" 1041, "should step aside" 0241).
std::string obligation_code(const Document& doc, uint32_t modal, uint32_t end) {
  bool must = doc.token_lower(modal) == "must";
  std::string_view act = modal + 1 < end ? doc.token_lower(modal + 1) : "";
  if (act == "be" && modal + 2 < end) act = doc.token_lower(modal + 2);
  std::string_view particle = modal + 2 < end ? doc.token_lower(modal + 2) : "";
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
      std::string_view w = doc.token_lower(i);
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
    // "Halperin said as much when Trump argued Curiel should recuse": the
    // saying verb's own clause names its speaker, after the boundary
    // ("when") that opens it; only when none is named there, before it.
    // (A subordinating word, not a relative pronoun: "Finney, who worked in
    // the Bill Clinton White House, said" is Finney's.)
    uint32_t clause_start = first;
    for (uint32_t i = say; i > first; --i)
      if (in(doc.token_lower(i - 1), {"when", "while", "as", "because", "although", "though", "if", "after",
                                            "before", "since", "whereas", "unless"}) &&
          std::any_of(actors.begin(), actors.end(), [&](const ActorSpan& a) { return a.first >= i && a.last <= say; })) {
        clause_start = i;
        break;
      }
    for (const ActorSpan& a : actors) {
      bool after_prep = a.first > first && is_preposition(doc.token_lower(a.first - 1));
      // The speaker: the first actor before the saying verb, but not a
      // place right before a title and a name ("Illinois Gov. J.B. Pritzker said").
      bool titled_after_place = speaker && speaker->type == MentionType::kLocation && a.first <= speaker->last + 3;
      if (a.first >= clause_start && a.last <= say && !after_prep && (!speaker || titled_after_place)) speaker = &a;
      // The obliged actor: the subject of "must" ("Sudan must"), or the
      // addressee of the saying verb ("told Iraq that it must").
      if (a.first > say && a.last <= must && (!obliged || !after_prep)) obliged = &a;
    }
    if (!speaker || !obliged || speaker->key == obliged->key || same_side(*speaker, *obliged)) continue;
    // "should" is an appeal only said of the one right after the saying verb
    // and right before the modal ("Pritzker said Madigan should resign"),
    // not of another's thought or of the one told ("said Romney thinks
    // employers should decide", "told Salon, 'It should ...'").
    if (doc.token_lower(must) == "should" && !(obliged->last == must && right_after_saying(doc, say, *obliged)))
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
