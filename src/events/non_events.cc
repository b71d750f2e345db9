// Non-events: trigger words in a sentence that tell no event of the news:
// naming rather than calling, chart legends, sport contests, generic habits,
// thanks, legal appeals, positions on a thing, investigated acts, link lists;
// and acts only alleged ("blamed X for the attack") or supposed ("believed
// to be fired"), or done by a plain noun a participle describes.

#include <cctype>
#include <set>

#include "events/internal.h"
#include "parley/data.h"

namespace parley::events {

// The words of a one-word-a-line data file.
std::set<std::string, std::less<>> word_set(const char* file) {
  std::set<std::string, std::less<>> out;
  for (std::string_view line : data::lines(file)) out.emplace(line);
  return out;
}

namespace {

// Tokens [from, verb) between a noun and a participle make the noun the
// subject of its passive: the noun's own phrase ("with Putin", "between
// Merkel and Macron") then a form of "be" and maybe an adverb of degree.
bool passive_subject(const Document& doc, uint32_t from, uint32_t verb) {
  bool be = false;
  for (uint32_t i = from; i < verb; ++i) {
    std::string_view t = doc.token_text(i);
    std::string w = lower(t);
    if (!(is_capitalised(t) || is_determiner_like(w) || is_be_form(w) ||
          in(w, {"with", "between", "and", "to", "in", "-", "has", "have", "had", "widely", "roundly", "sharply", "heavily"})))
      return false;
    be |= is_be_form(w);
  }
  return be;
}

}  // namespace

// "Fox News host Sean Hannity", "former game show host Chuck Woolery",
// "committee chair Adam Schiff": a verb of events/title_verbs.txt in its
// bare form, after an outlet's name or a word of
// events/title_modifiers.txt and before a capitalised name, is the person's
// job title; nobody is hosted.
bool job_title_use(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  static const std::set<std::string, std::less<>> titles = word_set("events/title_verbs.txt");
  static const std::set<std::string, std::less<>> modifiers = word_set("events/title_modifiers.txt");
  uint32_t end = s.first_token + s.token_count;
  if (m.as_noun || m.head == s.first_token || m.head + 1 >= end) return false;
  if (!titles.count(doc.token_lower(m.head)) || !is_capitalised(doc.token_text(m.head + 1))) return false;
  std::string_view prev = doc.token_text(m.head - 1);
  return modifiers.count(lower(prev)) || is_capitalised(prev);
}

// "The FBI looked into Russia's contacts with the campaign", "an inquiry into
// the meetings between Flynn and Kislyak": a noun an investigation (CAMEO
// 09) is into is what is being found out, not an act the text reports.
// Only determiners, possessors, names and "into"/"of" stand between them.
bool investigated_noun_act(const Document& doc, const std::vector<TriggerMatch>& matches, const TriggerMatch& m) {
  if (!m.as_noun) return false;
  for (const TriggerMatch& v : matches) {
    if (&v == &m || v.last >= m.head || m.head - v.last > 5 || family(v.trigger->cameo) != "09") continue;
    bool object = true;
    for (uint32_t i = v.last + 1; i < m.head && object; ++i) {
      std::string_view t = doc.token_text(i);
      std::string w = lower(t);
      object = is_determiner_like(w) || in(w, {"into", "of", "any", "all", "possible", "alleged", "reported",
                                              "secret", "suspected", "'s", "\xE2\x80\x99s"}) ||
               is_capitalised(t);
    }
    if (object) return true;
  }
  return false;
}

// "Democrats condemned Trump's meeting with Putin", "Trump's discussions
// with Putin were criticised": a noun act that a comment of blame or praise
// (CAMEO 111, 114, 051) is about is its topic, known before; the comment is
// the news.  The noun is the comment's object (only determiners, possessors
// and names between) or the subject of its passive ("... were criticised").
bool commented_noun_act(const Document& doc, const std::vector<TriggerMatch>& matches, const TriggerMatch& m) {
  // Only words and meetings (CAMEO 01-05): "condemning Russia's attack on
  // Ukrainian vessels" is how news reports the attack itself.
  if (!m.as_noun || m.trigger->cameo >= "06") return false;
  for (const TriggerMatch& v : matches) {
    const std::string& code = v.trigger->cameo;
    if (&v == &m || v.as_noun || !in(code, {"111", "114", "051"})) continue;
    if (v.last < m.head && m.head - v.last <= 5) {
      bool object = true;
      for (uint32_t i = v.last + 1; i < m.head && object; ++i) {
        std::string_view t = doc.token_text(i);
        object = is_determiner_like(lower(t)) || is_capitalised(t) || t == "-";
      }
      if (object) return true;
    }
    if (v.head > m.last + 1 && v.head - m.last <= 8 && passive_subject(doc, m.last + 1, v.head)) return true;
  }
  return false;
}

namespace {

// "calling it an effort by Democrats", "called the Ryan budget a bold plan",
// 'called Trump's remarks "offensive"': after its object, an indefinite
// article or a quotation names what the object is; no one is phoned.  ("He
// called Putin a day later" phones him: a time after the article.)
bool names_its_object(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  uint32_t end = s.first_token + s.token_count;
  // Past a preposition only a quotation still names: "called Obama's deal
  // with Iran a \"step\"", "calls Schultz's run as an independent
  // \"disgusting\""; an article there may start a place or time ("called
  // Obama from a plane").
  // A purpose ends the search: "called Hill to express \"regret\"".
  bool past_preposition = false;
  for (uint32_t j = m.last + 2; j < end && j <= m.last + (past_preposition ? 10 : 8); ++j) {
    std::string_view w = doc.token_lower(j);
    if (w == "\"" || w == "\xE2\x80\x9C" || w == "``" || w == "\xE2\x80\x98") return true;
    if (is_clause_boundary(w) || w == "," || w == "." || w == "and") return false;
    if (w == "to" && j + 1 < end && !is_capitalised(doc.token_text(j + 1)) &&
        !is_determiner_like(doc.token_lower(j + 1)))
      return false;
    if (past_preposition) continue;
    if (w == "a" || w == "an") {
      return j + 1 < end && !is_capitalised(doc.token_text(j + 1)) && !time_after_article(doc, j);
    }
    // "called Obama's record one of underachievement": "one of" as the name.
    if (w == "one" && j + 1 < end && doc.token_lower(j + 1) == "of") return true;
    past_preposition = is_preposition(w);
  }
  return false;
}

}  // namespace

// "called a truce", "called an election", "called a meeting": "call" before
// an indefinite article announces or convenes something; it phones no one.
bool calls_a_thing(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.trigger->lemmas.front() != "call") return false;
  uint32_t article = m.last + 1;
  if (article + 1 >= doc.tokens.size()) return false;
  if (!in(doc.token_lower(article), {"a", "an"})) return names_its_object(doc, s, m);
  return !is_capitalised(doc.token_text(article + 1));  // "called a TV station" phones it
}

// A chart's legend caught as a sentence: "ME AK VT NH 1 block = 1% MA NY MI
// ...": mostly two-letter capitals (state or country codes), no prose.
bool chart_legend(const Document& doc, const Sentence& s) {
  uint32_t words = 0, codes = 0;
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
    if (doc.tokens[i].kind != TokenKind::kWord) continue;
    std::string_view w = doc.token_text(i);
    ++words;
    if (w.size() == 2 && std::isupper(static_cast<unsigned char>(w[0])) && std::isupper(static_cast<unsigned char>(w[1])))
      ++codes;
  }
  return codes >= 8 && codes * 5 >= words * 2;
}

// "Priebus called Trump to congratulate him", "Merkel visited Putin to
// demand the sailors' release": an infinitive after the other side of a
// meeting, call or visit (CAMEO 04) is its purpose, done by the one who
// met, called or visited, not by the one met.  The contact, or nullptr.
const TriggerMatch* contact_with_purpose(const Document& doc, const std::vector<TriggerMatch>& matches,
                                         const TriggerMatch& m) {
  if (m.as_noun || m.head < 2 || doc.token_lower(m.head - 1) != "to") return nullptr;
  for (const TriggerMatch& v : matches) {
    if (v.as_noun || family(v.trigger->cameo) != "04" || v.last + 1 >= m.head - 1 || m.head - v.last > 8) continue;
    bool one_phrase = true;  // only the one met between: no clause starts
    for (uint32_t i = v.last + 1; i < m.head - 1 && one_phrase; ++i)
      one_phrase = !is_clause_boundary(doc.token_lower(i)) && doc.token_text(i) != ",";
    if (one_phrase) return &v;
  }
  return nullptr;
}

namespace {

// A score written with a hyphen: "7-5", "2-1" (a sport's result).
bool score_token(std::string_view w) {
  size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == w.size() || w.size() > 7) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if (k != dash && !std::isdigit(static_cast<unsigned char>(w[k]))) return false;
  return true;
}

// "Morrisey beat Blankenship in the primary", "Dechy beat Raymond 7-5 6-3",
// "McConnell has been fighting off a challenge in the race": a word of an
// election, a game or a count (events/contest_words.tsv), or a score, in the
// sentence; with `tally_only` only a count ("48 percent said they support").
bool contest_context(const Document& doc, const Sentence& s, bool tally_only, const Lexicon& lex) {
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
    std::string_view w = doc.token_lower(i);
    if (lex.contest_word(w, true) || (!tally_only && (lex.contest_word(w, false) || score_token(w)))) return true;
  }
  return false;
}

}  // namespace

// A verb of force that also means competing (trigger flag `contest`), or
// support also told by a count (`stance`), used of a contest: no force, no
// endorsement.  One who bears arms still fights ("rebels attacked polling
// stations during the election").
bool contest_act(const Document& doc, const Sentence& s, const TriggerMatch& m,
                 const std::vector<const ActorSpan*>& subj, const Lexicon& lex) {
  if (!m.trigger->contest && !m.trigger->stance) return false;
  if (!subj.empty() && armed_sector(subj.back()->actor->sector)) return false;
  return contest_context(doc, s, !m.trigger->contest, lex);
}

// "Russia has long supported Assad", "China often criticizes Japan", "the
// military police frequently chose to attack", "the president has the
// authority to dismiss the director", "senators are not required to block a
// vote": a habit, a lasting stance or a power is no act that happened.  An
// adverb of habit stands at most three words before the verb in its clause
// ("before long", "as long as" are no habit); a word of power, duty or leave
// right before "to" and the verb.  Violence told as a practice ("soldiers
// routinely beat up detainees") is still reported violence, as event data
// codes abuses; a habit cancels only the other acts.
bool generic_aspect(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex) {
  if (m.as_noun) return false;
  const std::string& code = m.trigger->cameo;
  bool violence = code.size() >= 2 && (code.compare(0, 2, "18") == 0 || code.compare(0, 2, "19") == 0 ||
                                       code.compare(0, 2, "20") == 0);
  for (uint32_t i = m.head; i > c.begin && i + 3 > m.head && !violence; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (!lex.habit_word(w)) continue;
    bool idiom = w == "long" && i > c.begin + 1 && in(doc.token_lower(i - 2), {"before", "as", "so", "how", "too"});
    if (!idiom) return true;
  }
  return m.head >= c.begin + 2 && doc.token_lower(m.head - 1) == "to" &&
         lex.capacity_word(doc.token_lower(m.head - 2));
}

// The word before a bare "oppose" that makes it a verb in the present: a
// subject pronoun, a plural ("Republicans oppose", "some senators oppose")
// or an adverb ("firmly oppose"); "to oppose" is an infinitive.
bool subject_before_present(std::string_view w) {
  if (in(w, {"i", "we", "you", "they", "still", "also", "now", "generally", "all", "both"})) return true;
  if (w.size() < 4 || w.back() == '\'') return false;
  if (w.compare(w.size() - 2, 2, "ly") == 0) return !in(w, {"early", "only", "likely", "family", "rally"});
  if (w.back() != 's' || in(w, {"this", "does", "always", "perhaps", "across", "various", "previous"})) return false;
  std::string_view end2 = std::string_view(w).substr(w.size() - 2);
  return end2 != "ss" && end2 != "us" && end2 != "is";
}

// "Turkey opposes Assad", "lawmakers opposed to the deal", "supported
// transgender people joining the military": opposition held now ("opposes",
// "Democrats oppose", those "opposed to" a thing) rejects no proposal, and
// a position taken on a state of affairs (a plural and an -ing verb after
// it) is a view, whoever it concerns.  "Russia opposed the resolution" tells
// a step; "Merkel supports Macron" endorses him (051).
bool stance_held(const Document& doc, const std::vector<ActorSpan>& actors, Clause c, const TriggerMatch& m) {
  // ("Israel is opposed to French mediation, an aide said" is kept: told
  // as a government's answer to a proposal, it is read as its rejection.)
  const std::vector<std::string>& lemmas = m.trigger->lemmas;
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || !in(lemmas.front(), {"support", "oppose"})) return false;
  std::string_view form = doc.token_lower(m.head);
  std::string_view next = m.head + 1 < c.end ? doc.token_lower(m.head + 1) : "";
  if (form == "opposed" && next == "to") return true;
  if (form == "opposes") return true;
  std::string_view prev = m.head > c.begin ? doc.token_lower(m.head - 1) : "";
  // ("to falsely support", "will firmly oppose": an adverb after "to" or a modal)
  std::string_view prev2 = m.head > c.begin + 1 ? doc.token_lower(m.head - 2) : "";
  if (form == "oppose" && subject_before_present(prev) && !bare_verb_before(prev2))
    return true;
  // "supported transgender individuals joining the military": a plain plural
  // and an -ing verb after it name a state of affairs ("the rebels fighting
  // Assad", a named side, are helped).
  for (uint32_t i = m.last + 2; i < c.end && i <= m.last + 4; ++i) {
    std::string_view w = doc.token_lower(i);
    std::string_view before = doc.token_lower(i - 1);
    bool gerund = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && !is_capitalised(doc.token_text(i));
    bool plain_plural = before.size() > 3 && before.back() == 's' && !is_capitalised(doc.token_text(i - 1));
    if (gerund && plain_plural)
      return std::none_of(actors.begin(), actors.end(), [&](const ActorSpan& a) { return a.first > m.last && a.last < i; });
  }
  return false;
}

// "Trump supports the ban", "Obama supported same-sex marriage", "Congress has
// strongly supported NOAA's program": a verb of a lasting position (trigger
// flag `stance`) with no actor as its target is a position on a thing, no
// act; a personal pronoun after it ("helped me and supported me") is a
// person the act was done to.
bool position_on_a_thing(const Document& doc, const std::vector<ActorSpan>& actors, Clause c, const TriggerMatch& m,
                         const ActorSpan* target) {
  if (stance_held(doc, actors, c, m)) return true;
  // "Conservatives oppose it largely because of ...", "Warren opposes the
  // merger": so "oppose" in the present, a position held; "Russia opposed
  // the resolution" tells a step taken.
  // ("will oppose the bid", "vowed to oppose" announce a step.)
  std::string_view form = doc.token_lower(m.head);
  bool infinitive = m.head > c.begin && bare_verb_before(doc.token_lower(m.head - 1));
  bool holds_position = m.trigger->stance || (m.trigger->kind == TriggerKind::kVerb &&
                                              m.trigger->lemmas.front() == "oppose" && !infinitive &&
                                              (form == "oppose" || form == "opposes"));
  if (!holds_position || target || m.as_noun) return false;
  uint32_t next = m.last + 1;
  if (next < c.end && in(doc.token_lower(next), {"me", "him", "her", "us", "them", "you"})) return false;
  // "support the rights of Palestinians", "supported Israel's right": a thing
  // of an actor is done for that actor.
  return std::none_of(actors.begin(), actors.end(),
                      [&](const ActorSpan& a) { return a.first > m.last && a.first <= m.last + 6 && a.last < c.end; });
}

// "Trump denied collusion", "Russia has denied interfering", "Axelrod denied
// that allegation", "denied that he knew": to deny a claim is to reject
// responsibility (CAMEO 016), a comment; only a thing asked for or granted
// (events/granted_words.txt: "denied its application", "deny Snowden's
// request", "deny federal funds to") within six words of "deny", before
// "that" or a clause break, makes it a refusal (120).
bool denies_a_claim(const Document& doc, Clause c, const TriggerMatch& m) {
  static const std::set<std::string, std::less<>> granted = word_set("events/granted_words.txt");
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.trigger->lemmas.front() != "deny") return false;
  for (uint32_t i = m.last + 1; i < c.end && i <= m.last + 6; ++i) {
    std::string_view w = doc.token_lower(i);
    if (w == "that" || is_clause_boundary(w)) break;
    if (granted.count(w) || (w.size() > 3 && w.back() == 's' && granted.count(w.substr(0, w.size() - 1))))
      return false;
  }
  return true;
}

// "a free man, thanks to a mistrial": "thanks to" is a preposition of cause.
bool thanks_to(const Document& doc, const TriggerMatch& m) {
  return !m.as_noun && doc.token_lower(m.head) == "thanks" && m.head + 1 < doc.tokens.size() &&
         doc.token_lower(m.head + 1) == "to";
}

// "the Flynn probe", "the Russian collusion inquiry", "the Trump
// investigation": a person or a state named right after an article and
// before a noun of investigation (CAMEO 09) is the one investigated, and
// neither it nor the clause's subject ("Graham spoke about the Flynn probe")
// the investigator; a body that investigates (a court, police, a legislature, an
// intelligence service or other organisation: "the Senate inquiry", "the FBI
// investigation") is its doer.
bool investigated_modifier(const Document& doc, const TriggerMatch& m, const ActorSpan& a) {
  if (m.trigger->cameo.compare(0, 2, "09") != 0 || a.last > m.head || m.head - a.last > 2 || a.first == 0) return false;
  for (uint32_t i = a.last; i < m.head; ++i) {
    std::string_view w = doc.token_text(i);
    if (is_capitalised(w) || doc.tokens[i].kind != TokenKind::kWord || is_owner_mark(w)) return false;
    if (w == "to" || is_be_form(lower(w)) || modal_at(doc, i, 0)) return false;  // a verb: "Linick was investigating"
  }
  std::string_view head = doc.token_lower(m.head);
  if (gerund(head) || (head.size() > 4 && head.compare(head.size() - 2, 2, "ed") == 0)) return false;
  std::string_view before = doc.token_lower(a.first - 1);
  if (!is_determiner_like(before) && !is_preposition(before)) return false;
  return a.type != MentionType::kOrganization && !in(a.actor->sector, {"JUD", "COP", "LEG", "SPY"});
}

// "Carvin appealed both decisions", "Trump plans to appeal to the Supreme
// Court": an appeal against a ruling, or to a court, is a step at law, not a
// request to an actor (events/court_words.txt).
bool legal_appeal(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex) {
  if (m.as_noun || m.trigger->lemmas.front() != "appeal" || m.trigger->lemmas.size() > 2 ||
      (m.trigger->lemmas.size() == 2 && m.trigger->lemmas[1] != "to"))
    return false;
  for (uint32_t j = m.last + 1; j < c.end && j <= m.last + 6; ++j) {
    std::string_view w = doc.token_lower(j);
    if (lex.court_word(w)) return true;
    if ((is_preposition(w) && w != "to") || is_clause_boundary(w) || doc.tokens[j].kind != TokenKind::kWord) return false;
  }
  return false;
}

namespace {

// Inline related links (The Hill): "Sen. John Thune John Randolph
// ThuneSenate GOP waves Trump off early motion to dismiss ... MORE (R-S.D.)":
// headlines glued onto a name and closed by "MORE" are other articles' news.
bool glued_words(std::string_view w) {
  for (size_t k = 2; k < w.size(); ++k) {
    if (!std::islower(static_cast<unsigned char>(w[k - 1])) || !std::isupper(static_cast<unsigned char>(w[k])))
      continue;
    std::string_view before = w.substr(0, k);
    if (before == "Mc" || before == "Mac" || before == "De" || before == "La" || before == "Le" || before == "Di" ||
        before == "Du" || before == "Van" || before == "Von")
      continue;  // "McConnell", "DeSantis", "LaHood"
    return true;
  }
  return false;
}

}  // namespace

bool in_link_list(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  uint32_t end = s.first_token + s.token_count;
  bool glued = false;
  for (uint32_t i = s.first_token; i < m.head && !glued; ++i) glued = glued_words(doc.token_text(i));
  if (!glued) return false;
  for (uint32_t i = m.last + 1; i < end; ++i)
    if (doc.token_text(i) == "MORE") return true;
  return false;
}

// "Ukraine blamed Russia for the attack", "accused Iran of the bombing", "held
// Hamas responsible for the killings": a noun after "for"/"of" that completes
// a word of blame is an act only alleged; the blame itself is the event.
bool alleged_noun_act(const Document& doc, Clause c, const TriggerMatch& m) {
  // ... or a gerund there: "accused Russia of violating the ceasefire".
  if (!(m.as_noun || gerund(doc.token_text(m.head))) || m.head < c.begin + 2) return false;
  uint32_t j = m.head - 1;  // back over the noun's article and modifiers
  for (int skipped = 0; skipped < 3 && j > c.begin; ++skipped) {
    std::string_view w = doc.token_lower(j);
    if (w == "for" || w == "of" || is_preposition(w) || is_clause_boundary(w)) break;
    --j;
  }
  std::string_view prep = doc.token_lower(j);
  if (prep != "for" && prep != "of") return false;
  for (uint32_t i = j; i > c.begin && j - i < 8; --i)
    // ("guilty of", "convicted of" are findings, not allegations: the act stands.)
    if (in(doc.token_lower(i - 1), {"blamed", "blames", "blame", "blaming", "accused", "accuses", "accusing",
                                           "suspected", "responsible", "charged", "indicted"}))
      return true;
  return false;
}

// "a missile believed to be fired by rebels", "thought to have been
// kidnapped", "allegedly bribed": an act the text itself only supposes.
bool supposed_act(const Document& doc, Clause c, const TriggerMatch& m) {
  uint32_t lo = m.head > c.begin + 5 ? m.head - 5 : c.begin;
  for (uint32_t i = m.head; i > lo; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (w == "allegedly" || w == "supposedly" || w == "purportedly") return true;
    if (in(w, {"believed", "thought", "suspected", "alleged", "presumed", "rumoured", "rumored"}) && i < m.head &&
        doc.token_lower(i) == "to")
      return true;
  }
  return false;
}

// "I think Russia would help us", "I believe they could strike a deal",
// "Graham doubts Trump would fire Mueller": an act a word of opinion only
// guesses at ("would", "could", "might" right before it) is a view of what
// may be, no intent anyone stated.  ("Trump said Russia would help" reports
// a stated outlook, and stays planned.)
bool guessed_act(const Document& doc, Clause c, const TriggerMatch& m) {
  uint32_t modal = UINT32_MAX;
  for (uint32_t i = m.head; i > c.begin && i + 3 > m.head; --i)
    if (in(doc.token_lower(i - 1), {"would", "could", "might", "'d"})) modal = i - 1;
  if (modal == UINT32_MAX) return false;
  uint32_t lo = modal > c.begin + 6 ? modal - 6 : c.begin;
  for (uint32_t i = modal; i > lo; --i) {
    std::string_view w = doc.token_lower(i - 1);
    // ("there was little doubt Trump would assail the media": sure, no guess)
    if ((w == "doubt" || w == "doubts") && i - 1 > c.begin &&
        in(doc.token_lower(i - 2), {"no", "little", "without", "never"}))
      return false;
    if (in(w, {"think", "thinks", "thought", "believe", "believes", "suspect", "suspects", "guess", "imagine",
               "imagines", "bet", "doubt", "doubts", "wonder", "wonders", "suppose", "assume", "assumes", "figure",
               "figured"}))
      return true;
  }
  return false;
}

// "migrants seeking asylum", "protesters demanding his release": an -ing
// verb right after a plural noun that names no actor describes that noun;
// its doer is those people, not an actor named elsewhere in the clause.
bool participle_of_plain_noun(const Document& doc, const Sentence& s, const TriggerMatch& m,
                              const std::vector<ActorSpan>& actors) {
  if (m.as_noun || !gerund(doc.token_text(m.head)) || m.head <= s.first_token) return false;
  std::string_view word = doc.token_text(m.head - 1);
  std::string prev = lower(word);
  if (prev.size() < 4 || prev != word || prev.back() != 's') return false;
  for (const char* ending : {"ss", "us", "is", "ys", "ous"})
    if (prev.size() > std::strlen(ending) && prev.compare(prev.size() - std::strlen(ending), std::string::npos, ending) == 0)
      return false;
  // Verbs that take an -ing complement, and adverbs in -s: "keeps seeking", "sometimes using".
  if (in(prev, {"keeps", "continues", "starts", "stops", "begins", "avoids", "considers", "risks", "enjoys", "quits",
                "resumes", "finishes", "suggests", "denies", "admits", "recommends", "mentions", "means", "involves",
                "proposes", "sees", "hates", "likes", "loves", "prefers", "justifies", "defends", "imagines",
                "regrets", "resents", "tolerates", "does", "goes", "comes", "spends", "sometimes", "perhaps",
                "always", "towards", "afterwards", "besides", "whereas", "nevertheless", "regardless", "its",
                "ours", "theirs", "hers", "yours"}))
    return false;
  return std::none_of(actors.begin(), actors.end(), [&](const ActorSpan& a) { return a.last == m.head; });
}

namespace {

// Words that make a noun countable, one thing asked: "a demand", "the
// demand", "their demand", "Iran's demand", "every demand".
bool counts_one_thing(std::string_view w) {
  return in(w, {"a", "an", "the", "this", "that", "these", "those", "their", "his", "her", "its", "our", "my", "your",
                "'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99", "every", "each", "any", "no", "one", "another", "key",
                "main", "latest", "new"});
}

}  // namespace

// "strong demand for its athletic shoes", "US demand for heating oil was
// predicted to be 14% above normal", "supply and demand": the noun "demand"
// after a word of the market (events/market_words.txt), or as a mass noun
// with no article or possessive before it, is buyers' call for goods, no
// one's request.  "The demand that he resign", "Iran's demand for
// compensation", "made the demand" ask something of someone.
bool market_demand(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex) {
  if (m.head != m.last || doc.token_lower(m.head) != "demand") return false;
  std::string_view next = m.head + 1 < c.end ? doc.token_lower(m.head + 1) : "";
  if (in(next, {"that", "to", "of"})) return false;
  for (uint32_t i = m.head; i > c.begin && i + 2 > m.head; --i)
    if (lex.market_word(doc.token_lower(i - 1))) return true;
  // The bare form is also the verb ("Democrats demand that ..."): only
  // before "for" or after a verb's -ing form ("stifling demand") is it
  // surely the noun.
  std::string_view prev = m.head > c.begin ? doc.token_text(m.head - 1) : std::string_view();
  bool noun = m.as_noun || next == "for" || (!is_capitalised(prev) && gerund(prev));
  if (!noun) return false;
  // Back over the noun's modifiers ("U.S. auto demand", "Iran's key demand")
  // to an article or possessive, if any.
  for (uint32_t i = m.head; i > c.begin && i + 4 > m.head; --i) {
    std::string_view t = doc.token_text(i - 1);
    std::string w = lower(t);
    if (counts_one_thing(w)) return false;
    if (doc.tokens[i - 1].kind != TokenKind::kWord || is_preposition(w) || is_clause_boundary(w) || w == "and")
      return true;
  }
  return true;
}

// "Hide Caption 3 of 104 Photos: Crisis in Ukraine – Pro-Russian rebels fire
// ...", "Photos: The last government shutdown ...": a photo gallery's
// captions glued into the text picture older scenes collected for the page,
// not the article's news; so with a teaser for another article.
bool photo_caption(const Document& doc, const Sentence& s) {
  uint32_t end = s.first_token + s.token_count;
  // "READ: Biden apologizes to Turkey", "WATCH: ...", "RELATED: ...": a
  // teaser for another article, in capitals before a colon.
  if (s.token_count > 2 && doc.token_text(s.first_token + 1) == ":" &&
      in(doc.token_text(s.first_token), {"READ", "WATCH", "RELATED", "MORE", "LISTEN", "SEE", "ALSO"}))
    return true;
  // "( Also on POLITICO: Senate reaches deal ...)", "Read more: ...": so a
  // pointer to more of the outlet's news before a colon opening the line.
  uint32_t lead = s.first_token + (doc.token_text(s.first_token) == "(" ? 1 : 0);
  if (lead + 3 < end) {
    std::string_view first = doc.token_lower(lead), second = doc.token_lower(lead + 1);
    bool pointer = (first == "also" && in(second, {"on", "read", "see"})) || (first == "read" && second == "more");
    for (uint32_t i = lead + 2; pointer && i < end && i <= lead + 5; ++i)
      if (doc.token_text(i) == ":") return true;
  }
  // "Image copyright EPA Image caption Mr Putin met ...", "Facebook Twitter
  // Pinterest Nixon takes full responsibility ...": a picture's caption and
  // credit, or its share buttons, left in the text.
  if (s.token_count > 3 && doc.token_text(s.first_token) == "Facebook" &&
      doc.token_text(s.first_token + 1) == "Twitter" && doc.token_text(s.first_token + 2) == "Pinterest")
    return true;
  for (uint32_t i = s.first_token; i + 1 < end; ++i) {
    std::string_view t = doc.token_text(i), next = doc.token_text(i + 1);
    if ((t == "Hide" || t == "Show" || t == "Expand") && (next == "Caption" || next == "caption")) return true;
    if (t == "Image" && (next == "caption" || next == "copyright") && i < s.first_token + 12) return true;
    if ((t == "Photos" || t == "Photo" || t == "Gallery") && next == ":" && i < s.first_token + 8) return true;
  }
  return false;
}

// "gay rights groups that want him to endorse same-sex marriage", "a
// credible threat is necessary to pressure him to negotiate", "expects Iran
// to retaliate", "the order requires the FCC to look into": the act of one whom another wants, expects or presses to
// do it is that other's wish, not an act told.  ("Iran wants to hold talks"
// is the doer's own intent, and stays planned.)
bool desired_of_another(const Document& doc, Clause c, const TriggerMatch& m) {
  if (m.as_noun || m.head < c.begin + 3 || doc.token_lower(m.head - 1) != "to") return false;
  for (uint32_t i = m.head - 1; i > c.begin && i + 6 > m.head; --i) {
    std::string_view t = doc.token_text(i - 1);
    std::string w = lower(t);
    if (i + 1 < m.head && (in(w, {"want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "expect",
                                  "expects", "expecting", "need", "needs", "needed", "pressure", "pressures",
                                  "pressured", "pressuring", "push", "pushes", "pushed", "pushing", "require",
                                  "requires", "required", "requiring"}) ||
                           (w == "like" && i >= 2 && in(doc.token_lower(i - 2), {"would", "'d"}))))
      return true;
    if (doc.tokens[i - 1].kind != TokenKind::kWord || is_clause_boundary(w) || (is_preposition(w) && w != "of"))
      return false;
  }
  return false;
}

// "Graham conceded that there are a lot of emotions", "Trump has conceded as
// much", '"We got murdered there," he conceded': to concede a point is to
// admit it, no concession.  Only an election, a game or defeat conceded
// ("conceded the race", "conceded defeat"), demands or ground conceded, or
// conceding to a rival or to demands ("conceded at last to demands"), yields.
bool concedes_a_point(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.trigger->lemmas.front() != "concede") return false;
  // "... and McSally conceded.": with nothing after it, and no quotation
  // before it that it closes, the word yields the contest of the story.
  if (m.last + 1 >= c.end || doc.token_text(m.last + 1) == ".") {
    bool closes_quote = false;
    for (uint32_t i = c.begin; i < m.head && !closes_quote; ++i) {
      std::string_view t = doc.token_text(i);
      closes_quote = t == "\"" || t == "\xE2\x80\x9D" || t == "''" || t == "\xE2\x80\x99";
    }
    if (!closes_quote) return false;
  }
  for (uint32_t i = m.last + 1; i < c.end && i <= m.last + 5; ++i) {
    std::string_view w = doc.token_lower(i);
    if (lex.contest_word(w, false) || lex.contest_word(w, true) ||
        in(w, {"to", "defeat", "defeats", "victory", "seat", "seats", "demand", "demands", "territory", "ground"}))
      return false;
    if (doc.tokens[i].kind != TokenKind::kWord || is_clause_boundary(w)) break;
  }
  return true;
}

namespace {

// The word before "to allow" makes it the purpose of a thing or a step, not
// an act of its own: a common noun or an adverb ("a reasonable measure to
// allow time", "efforts to allow states to", "the goal was to allow"), not a
// verb of intent or will ("agreed to allow", "offered to allow", "refused to
// allow", "will allow") nor the one asked ("ordered East Lansing to allow").
bool purpose_before_to(std::string_view raw) {
  if (raw.empty() || is_capitalised(raw) || !std::isalpha(static_cast<unsigned char>(raw[0]))) return false;
  std::string w = lower(raw);
  if (is_plan_word(w) || is_cancel_word(w) || is_negation(w) || gerund(w)) return false;
  if (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) return false;  // "voted", "decided", "moved"
  return !in(w, {"him", "her", "them", "it", "us", "me", "you", "vote", "votes", "decide", "decides", "offer",
                 "offers", "move", "moves", "seek", "seeks", "sought", "try", "tries", "begin", "begins", "began",
                 "start", "starts", "continue", "continues", "like", "need", "needs", "wish", "wishes", "will",
                 "would", "able", "unable", "about", "chose", "choose", "chooses", "forced", "made", "urge",
                 "urges", "told", "tell", "tells"});
}

}  // namespace

// "a reasonable measure to allow time for vetting", "Wipro said demand was
// strong, allowing it to increase prices", "He allowed that he was now
// confident": leave given as a purpose or a result, or "allow" meaning to
// admit, is no concession or permission that was granted.
bool allowance_not_told(const Document& doc, Clause c, const TriggerMatch& m) {
  if (m.as_noun) return false;
  const std::string& verb = m.trigger->lemmas.front();
  // "a grant to help the school", "interfered in the election to help Trump
  // win": so with help, the aim of a thing or of another act.
  // Money or forces sent "to help" are the help ("spent billions to help the
  // Syrian dictator", "lent Russia $6bn to help").
  if (verb == "help") {
    if (m.head < 2 || doc.token_lower(m.head - 1) != "to") return false;
    std::string_view prev = doc.token_lower(m.head - 2);
    if (is_number_word(prev) || in(prev, {"billions", "millions", "billion", "million", "bn", "m", "dollars", "pounds",
                                          "euros", "money", "funds", "aid", "troops", "soldiers", "forces"}))
      return false;
    return purpose_before_to(doc.token_text(m.head - 2));
  }
  if (verb != "allow") return false;
  std::string_view word = doc.token_text(m.head);
  if (m.last + 1 < c.end && doc.token_lower(m.last + 1) == "that") return true;
  if (gerund(word) && m.head > 0 && doc.token_text(m.head - 1) == ",") return true;
  if (m.head < 2 || doc.token_lower(m.head - 1) != "to") return false;
  return purpose_before_to(doc.token_text(m.head - 2));
}

// "Stone agrees that Johnson's positions prevent him ...", "Pelosi agreed with
// Nadler's assertion", "Hininger, the
// CEO, agreed.", "Judge Napolitano agrees:", "Both agreed there are a few
// best practices": to agree with a view, stated after it or before a clause,
// shares an opinion; no one agrees to do anything.  ("agreed to talks",
// "agreed on a price", "agreed with Russia to" are agreements.)
bool agrees_with_a_view(const Document& doc, const Sentence& s, const TriggerMatch& m, const Lexicon& lex) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.trigger->lemmas.front() != "agree") return false;
  uint32_t end = s.first_token + s.token_count;
  if (m.last + 1 >= end) return true;
  std::string_view next = doc.token_lower(m.last + 1);
  if (in(next, {"that", "there", ".", ",", ":", ";", "\"", "\xE2\x80\x9C", "\xE2\x80\x94"})) return true;
  // "agreed with Nadler's assertion", "agrees with the assessment": a thing
  // said or thought (events/offered_words.txt) after "with", its article,
  // possessor and modifiers.
  if (next != "with") return false;
  for (uint32_t i = m.last + 2; i < end && i <= m.last + 6; ++i) {
    std::string_view t = doc.token_text(i);
    std::string w = lower(t);
    if (lex.offered_word(w)) return true;
    if (!(is_determiner_like(w) || is_capitalised(t) || is_owner_mark(w) ||
          (doc.tokens[i].kind == TokenKind::kWord && !is_preposition(w) && !is_clause_boundary(w))))
      return false;
  }
  return false;
}

namespace {

// Words between a subject noun and its verb that keep the noun the subject:
// auxiliaries, modals, adverbs of degree and time, a relative pronoun.
bool subject_verb_filler(std::string_view w) {
  return is_be_form(w) || is_modal_future(w) ||
         in(w, {"does", "do", "did", "has", "have", "had", "also", "even", "still", "now", "only", "reportedly",
                "that", "which", "must", "effectively", "actually"});
}

// The trigger families a text can only state: request (02), intent or offer
// (03), aid (07), yielding (08), demand (10), restriction (16, 17).
bool stated_by_a_text(const std::string& code) {
  std::string_view family = std::string_view(code).substr(0, 2);
  return in(family, {"02", "03", "07", "08", "10", "16", "17"});
}

}  // namespace

// "The GOP plan calls for a six-week extension", "Sanders' 2015 proposal
// offered free tuition", "the legislation does allow for a vote": a plan,
// bill or deal (events/provision_subjects.txt) as the subject of a verb of
// request, offer, leave or restriction tells what the text says; its
// authors did no act by it.
bool content_of_a_text(const Document& doc, Clause c, const TriggerMatch& m) {
  static const std::set<std::string, std::less<>> texts = word_set("events/provision_subjects.txt");
  if (m.as_noun || m.trigger->kind == TriggerKind::kNoun || !stated_by_a_text(m.trigger->cameo)) return false;
  uint32_t i = m.head;
  while (i > c.begin && i + 4 > m.head && subject_verb_filler(doc.token_lower(i - 1))) --i;
  if (i == 0 || doc.tokens[i - 1].kind != TokenKind::kWord) return false;
  std::string_view raw = doc.token_text(i - 1);
  if (is_capitalised(raw)) return false;  // a name ("the Act" in a title is rare; "Rule" a person's name)
  std::string w = lower(raw);
  if (texts.count(w)) return true;
  return w.size() > 3 && w.back() == 's' && texts.count(w.substr(0, w.size() - 1));
}

namespace {

// A word after an intransitive trigger that keeps the act: a preposition, an
// adverb of manner, place or time, a weekday or month ("demonstrated
// peacefully", "rallied outside", "demonstrated Monday").
bool keeps_intransitive(std::string_view raw) {
  std::string w = lower(raw);
  if (is_preposition(w) || is_ly_adverb(w)) return true;
  if (in(w, {"outside", "inside", "again", "today", "yesterday", "tonight", "together", "there", "here", "nationwide",
             "throughout", "around", "along", "through", "since", "until", "during", "last", "this", "every",
             "and", "or", "but", "as", "while", "when", "after", "before", "near", "alongside", "abroad", "downtown",
             "onstage", "online", "overnight", "anew", "alone", "nearby", "elsewhere", "everywhere", "home", "too",
             "also", "once", "twice", "early", "late", "instead", "still", "en", "outdoors", "indoors"}))
    return true;
  return base::weekday_of(w) != 0 || base::month_of_full_name(w) != 0;
}

// "large anti-Trump rallies led by women's groups", "the weekend's rallies
// drew thousands": the -s form after a determiner, a number, an adjective
// of size or an "anti-"/"pro-" word is the plural noun, not a verb with an
// object.
bool plural_noun_form(const Document& doc, const TriggerMatch& m) {
  std::string_view form = doc.token_lower(m.head);
  if (form.empty() || form.back() != 's' || m.head == 0) return false;
  std::string_view before = doc.token_lower(m.head - 1);
  return is_determiner_like(before) || is_number_word(before) || is_quantity(before) ||
         before.rfind("anti-", 0) == 0 || before.rfind("pro-", 0) == 0 ||
         in(before, {"large", "mass", "massive", "big", "huge", "small", "weekly", "daily", "nightly", "street",
                     "peaceful", "violent", "rival", "several", "many", "recent", "similar", "other"}) ||
         (!before.empty() && std::isdigit(static_cast<unsigned char>(before[0])));
}

}  // namespace

// "he demonstrated an ability to stay upright", "tried to demonstrate that
// he understands", "a demonstration of disunity": a trigger flagged
// `intransitive` with an object, a clause or "of" and a thing after it
// shows or gathers something; nobody takes to the streets.
bool shows_a_thing(const Document& doc, Clause c, const TriggerMatch& m) {
  if (!m.trigger->intransitive || m.last + 1 >= c.end) return false;
  uint32_t next = m.last + 1;
  if (doc.tokens[next].kind != TokenKind::kWord) return false;
  // (A phrase ends in its noun: "staged a demonstration of unity".)
  bool noun_last = m.as_noun || m.trigger->kind == TriggerKind::kPhrase;
  if (!noun_last) return !plural_noun_form(doc, m) && !keeps_intransitive(doc.token_text(next));
  if (doc.token_lower(next) != "of") return false;
  uint32_t j = next + 1;
  while (j < c.end && in(doc.token_lower(j), {"the", "a", "an", "its", "their", "his", "her", "our", "real"})) ++j;
  if (j >= c.end || doc.tokens[j].kind != TokenKind::kWord) return false;
  std::string_view raw = doc.token_text(j);
  std::string w = lower(raw);
  // ("of thousands", "of 500 people", "of students", "of Kurds": people)
  bool people = is_capitalised(raw) || is_quantity(w) || is_number_word(w) || w.back() == 's';
  return !people;
}

// "the threat posed by Russian disinformation", "Sanders remains a
// political threat", "a looming threat to Cuban sovereignty", "raised the
// threat level": the noun "threat" naming a danger, what something is or
// poses, threatens nobody.  Only "posed" or "level" after it, or a verb of
// being or posing and an article before it (over at most two modifiers).
bool danger_not_threat(const Document& doc, Clause c, const TriggerMatch& m) {
  if (!m.as_noun || m.trigger->lemmas.back() != "threat") return false;
  if (m.last + 1 < c.end && in(doc.token_lower(m.last + 1), {"posed", "level", "levels", "assessment"}))
    return true;
  for (uint32_t i = m.head; i > c.begin && i + 4 > m.head; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (!in(w, {"a", "an"})) continue;
    if (i - 1 <= c.begin) return false;
    std::string_view verb = doc.token_lower(i - 2);
    return is_be_form(verb) ||
           in(verb, {"remains", "remain", "remained", "pose", "poses", "posed", "posing", "represent", "represents",
                     "represented", "as", "become", "becomes", "became", "considered", "seen", "viewed"});
  }
  return false;
}

// "Americans are to blame for terror", "they have themselves to blame",
// "has only himself to blame": "to blame" after a form of "be" or a
// reflexive pronoun (over "only") is the writer's or speaker's verdict on
// who is at fault, no accusation anyone made.
bool verdict_of_fault(const Document& doc, Clause c, const TriggerMatch& m) {
  if (m.as_noun || m.trigger->lemmas.front() != "blame" || m.head < c.begin + 2 ||
      doc.token_lower(m.head - 1) != "to")
    return false;
  // ("his response was to blame the violence on many sides": with an object
  // it is the act; the verdict stands alone or before "for")
  if (m.last + 1 < c.end && doc.tokens[m.last + 1].kind == TokenKind::kWord &&
      doc.token_lower(m.last + 1) != "for")
    return false;
  std::string_view before = doc.token_lower(m.head - 2);
  if (before == "only" && m.head >= c.begin + 3) before = doc.token_lower(m.head - 3);
  return is_be_form(before) || in(before, {"themselves", "himself", "herself", "itself", "ourselves", "myself",
                                           "yourself", "yourselves"});
}

// "Trump has tremendous support in the African American community", "enjoys
// broad backing among voters": support one has or lacks is a standing, no
// act of endorsement.  A verb of having at most four tokens before the noun
// of support (CAMEO 05), over adjectives and quotation marks.
// (The bare form after an adjective is read as the verb: 'has "tremendous
// support"'; "has supported" and "to support" are verbs.)
// Only support and backing: praise one has for someone is given ("Obama did
// have praise for his running mate").
bool support_held(const Document& doc, Clause c, const TriggerMatch& m) {
  if (m.trigger->cameo.compare(0, 2, "05") != 0 || m.trigger->kind == TriggerKind::kPhrase) return false;
  if (!in(m.trigger->lemmas.back(), {"support", "backing"})) return false;
  if (!m.as_noun && doc.token_lower(m.head) != m.trigger->lemmas.front()) return false;
  for (uint32_t i = m.head; i > c.begin && i + 5 > m.head; --i) {
    std::string_view w = doc.token_lower(i - 1);
    // ("have traded praise", "has won support": "have" is an auxiliary there)
    bool participle = w.size() > 3 && (w.compare(w.size() - 2, 2, "ed") == 0 || in(w, {"won", "given", "shown"}));
    if (w == "to" || is_modal_future(w) || participle) return false;
    if (in(w, {"has", "have", "had", "having", "enjoys", "enjoy", "enjoyed", "enjoying", "lacks", "lack", "lacked",
               "lacking", "retains", "retain", "retained", "commands", "command", "commanded"}))
      return true;
  }
  return false;
}

namespace {

// A word of a one-word-a-line list, or its plural in -s.
bool listed_or_plural(const std::set<std::string, std::less<>>& words, std::string_view w) {
  return words.count(w) || (w.size() > 3 && w.back() == 's' && words.count(w.substr(0, w.size() - 1)));
}

// The first noun of the phrase from `from` on, over articles, possessives
// and modifiers (at most `reach` tokens), is listed: "his official
// capacity", "the emergency law", "the public trust".
bool phrase_names(const Document& doc, Clause c, uint32_t from, uint32_t reach,
                  const std::set<std::string, std::less<>>& words) {
  for (uint32_t i = from; i < c.end && i < from + reach; ++i) {
    std::string_view w = doc.token_lower(i);
    if (listed_or_plural(words, w)) return true;
    if (doc.tokens[i].kind != TokenKind::kWord || is_preposition(w) || is_clause_boundary(w) || w == "and") break;
  }
  return false;
}

}  // namespace

// "Trump abused his power", "an abuse of the process", "abusing the
// emergency law", "substance abuse treatment": abuse of an office, a rule or
// a substance (events/abused_things.txt) is misuse or addiction; nobody is
// assaulted.  The thing is the object of the verb, the "of" phrase of the
// noun, or the word right before it.
bool abuse_of_a_thing(const Document& doc, Clause c, const TriggerMatch& m) {
  static const std::set<std::string, std::less<>> things = word_set("events/abused_things.txt");
  if (m.trigger->lemmas.front() != "abuse" || m.trigger->lemmas.size() > 1) return false;
  if (m.head > c.begin && listed_or_plural(things, doc.token_lower(m.head - 1))) return true;
  uint32_t next = m.last + 1;
  if (next < c.end && doc.token_lower(next) == "of") return phrase_names(doc, c, next + 1, 5, things);
  return phrase_names(doc, c, next, 4, things);
}

// "Trump appeals to people who love the country", "working harder to appeal
// to young voters", "Biden has appeal among Democrats", "crossover appeal":
// to appeal to a public that nobody asks for anything (no "for" or "to" and
// a verb after it) is to attract it; appeal one has is a standing.  The
// past "appealed to the public" is left a request ("appealed to the
// international community"), as is an appeal to a named actor.
bool appeal_as_attraction(const Document& doc, Clause c, const TriggerMatch& m) {
  if (m.trigger->lemmas.front() != "appeal" || m.trigger->lemmas.size() > 2 ||
      (m.trigger->lemmas.size() == 2 && m.trigger->lemmas[1] != "to"))
    return false;
  std::string_view form = doc.token_lower(m.head);
  std::string_view before = m.head > c.begin ? doc.token_lower(m.head - 1) : "";
  std::string_view after = m.head + 1 < c.end ? doc.token_lower(m.head + 1) : "";
  if (form == "appeal" && (in(after, {"among", "is", "was"}) ||
                           in(before, {"has", "have", "had", "broad", "wide", "crossover", "mass", "popular",
                                       "electoral", "enduring", "limited", "widespread", "political"})))
    return true;
  if (form == "appealed" || (form == "appeals" && is_determiner_like(before))) return false;
  uint32_t to = m.head + 1;
  if (to < c.end && is_ly_adverb(doc.token_lower(to))) ++to;  // "appeals directly to"
  if (to + 1 >= c.end || doc.token_lower(to) != "to") return false;
  uint32_t object = to + 1;
  while (object < c.end && is_determiner_like(doc.token_lower(object))) ++object;
  if (object >= c.end || is_capitalised(doc.token_text(object))) return false;
  // ("appealing to the public for information", "appealing to voters to turn out")
  for (uint32_t i = object + 1; i < c.end; ++i) {
    std::string_view w = doc.token_lower(i);
    if (w == "for") return false;
    // (a second "to" after "and", "also" or a comma joins another public:
    // "to union workers and also to suburban voters")
    bool joined = in(doc.token_lower(i - 1), {"and", "also", "or", ","});
    if (w == "to" && !joined && i + 1 < c.end && !is_determiner_like(doc.token_lower(i + 1)) &&
        !is_capitalised(doc.token_text(i + 1)))
      return false;
  }
  return true;
}

// "assault weapons", "attack helicopters", "attack ads", "Bradley fighting
// vehicles": a word of force (CAMEO 18-20) in its bare or -ing form right
// before a noun of events/kinds_of_things.txt modifies it, naming a kind of
// thing; no one is attacked.  ("attacked vehicles" has its object.)
bool names_a_kind_of_thing(const Document& doc, Clause c, const TriggerMatch& m) {
  static const std::set<std::string, std::less<>> kinds = word_set("events/kinds_of_things.txt");
  const std::string& code = m.trigger->cameo;
  if (m.trigger->kind == TriggerKind::kPhrase || m.last + 1 >= c.end || code.size() < 2 ||
      !in(std::string_view(code).substr(0, 2), {"18", "19", "20"}))
    return false;
  std::string_view form = doc.token_lower(m.head);
  if (form != m.trigger->lemmas.front() && !gerund(form)) return false;
  return listed_or_plural(kinds, doc.token_lower(m.last + 1));
}

// "Democrats rushed to rally around Biden", "the president rallied to his
// defense", "U.S. stocks rallied Wednesday", "a campaign rally in Ohio",
// "cut away from presidential rallies": to rally around or to the side of
// someone is support; markets rally by rising; a rally of a campaign is a
// candidate's meeting with voters.  None is a demonstration (CAMEO 141).
bool rally_of_support(const Document& doc, Clause c, const TriggerMatch& m) {
  if (m.trigger->lemmas.front() != "rally" || m.trigger->kind == TriggerKind::kPhrase) return false;
  std::string_view next = m.last + 1 < c.end ? doc.token_lower(m.last + 1) : "";
  if (in(next, {"around", "round", "behind"})) return true;
  if (next == "to")
    for (uint32_t i = m.last + 2; i < c.end && i <= m.last + 4; ++i)
      if (in(doc.token_lower(i), {"defense", "defence", "side", "flag", "cause", "aid", "support", "banner"}))
        return true;
  for (uint32_t i = m.head; i > c.begin && i + 3 > m.head; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (in(w, {"stocks", "stock", "shares", "markets", "market", "dow", "index", "indexes", "prices", "dollar", "bonds",
               "futures", "equities", "campaign", "presidential", "reelection", "re-election", "election", "victory",
               "homecoming", "fundraising", "stump", "maga"}))
      return true;
  }
  return false;
}

}  // namespace parley::events

namespace parley::events {

namespace {

// Verbs before "about" that do the act after it: "set about dismantling",
// "went about rebuilding", "brought about".
bool does_what_follows_about(std::string_view w) {
  return in(w, {"set", "sets", "setting", "go", "goes", "going", "went", "gone", "bring", "brings", "brought",
                "bringing", "come", "comes", "came", "coming"});
}

// Verbs by which one holds out what one might do: "floated the possibility".
bool held_out(std::string_view w) {
  return in(w, {"float", "floats", "floated", "floating", "raise", "raises", "raised", "raising", "dangle", "dangles",
                "dangled", "dangling"});
}

}  // namespace

// "Clinton talked about cracking down on companies", "Trump joked about
// calling Clinton a nasty woman", "the prospects of reaching a budget deal",
// "the idea of sending ground troops", "in fear of being deported",
// "capable of striking the mainland": an act in -ing after "about", or
// after "of" and a word of events/prospect_words.txt (also "of being" and a
// participle), is the topic of talk or thought, its chance or a power to do
// it; the sentence tells no such act.  ("spoke about being raped" tells a
// past wrong, so a participle after "about being" stays.)
bool act_only_thought_of(const Document& doc, Clause c, const TriggerMatch& m) {
  static const std::set<std::string, std::less<>> prospects = word_set("events/prospect_words.txt");
  uint32_t at = m.head;
  std::string_view form = doc.token_lower(at);
  bool passive = at > c.begin + 1 && doc.token_lower(at - 1) == "being";
  if (passive) --at;
  else if (!gerund(form))
    return false;
  if (at < c.begin + 2) return false;
  std::string_view before = doc.token_lower(at - 1);
  std::string_view word = doc.token_lower(at - 2);
  if (before == "about") return !passive && !does_what_follows_about(word);
  if (before != "of" || !listed_or_plural(prospects, word)) return false;
  // "floated the possibility of imposing sanctions", "raised the prospect of
  // military strikes": a coercive act its doer holds out is a threat made.
  std::string_view family = std::string_view(m.trigger->cameo).substr(0, 2);
  bool coercive = in(family, {"13", "15", "16", "17", "18", "19", "20"});
  uint32_t verb = at - 2;
  while (verb > c.begin && is_determiner_like(doc.token_lower(verb - 1))) --verb;
  return !(coercive && verb > c.begin && held_out(doc.token_lower(verb - 1)));
}

namespace {

// A unit of time a rate is counted in: "each year", "every day".
bool unit_of_time(std::string_view w) {
  return in(w, {"year", "years", "month", "months", "week", "weeks", "day", "days", "night", "time", "times"});
}

// A rate phrase at token `i` ("each year", "every day", "per month",
// "annually", "whenever", "400,000 immigrants a year"): the act is counted
// or repeated, not told once.
bool rate_phrase_at(const Document& doc, uint32_t i, uint32_t end) {
  std::string_view w = doc.token_lower(i);
  if (in(w, {"annually", "yearly", "whenever"})) return true;
  if (i + 1 >= end || !unit_of_time(doc.token_lower(i + 1))) return false;
  if (in(w, {"each", "every", "per"})) return true;
  // "a year" counts only after a number or a plural ("killed 30 a day";
  // not "a year ago", "for a year", "more than a year").
  if (w != "a" || i == 0 || in(doc.token_lower(i + 1), {"time", "times"})) return false;
  std::string_view before = doc.token_lower(i - 1);
  std::string_view after = i + 2 < end ? doc.token_lower(i + 2) : "";
  if (in(after, {"ago", "after", "earlier", "later", "before", "since", "into", "from", "of", "and", "or"})) return false;
  bool counted = is_number_word(before) || (before.size() > 3 && before.back() == 's' && !in(before, {"was", "has", "is", "this", "less", "unless", "across", "thus"}));
  return counted && !is_capitalised(doc.token_text(i - 1));
}

// A measure before a rate at `i`: "$1,000 a day", "six hours a day",
// "700,000 barrels per day" count money, time or goods, not acts.
bool measure_before(const Document& doc, uint32_t i, uint32_t from) {
  for (uint32_t j = i; j > from && j + 3 > i; --j) {
    std::string_view w = doc.token_lower(j - 1);
    if (w.find('$') != std::string::npos || w.find('%') != std::string::npos) return true;
    if (in(w, {"hours", "hour", "minutes", "barrels", "gallons", "tons", "tonnes", "dollars", "cents", "percent",
               "miles", "million", "billion", "trillion", "pounds", "euros"}))
      return true;
  }
  return false;
}

}  // namespace

// "Each year, more than 30,000 Americans are killed with guns", "drug
// traffickers kill thousands of our citizens every year", "deporting
// roughly 400,000 immigrants a year", "Trump is calling McConnell three
// times a day": an act counted at a rate, or done whenever something
// happens, is a statistic or a standing practice; the sentence tells no
// single event.  (Unlike the adverbs of habit, this holds for violence
// too: a death toll per year names no attack.)  The rate follows the
// trigger in its clause before any comma, "to" or clause word ("ordered
// the navy to pressure the USN whenever ..." orders once), and counts no
// money, time or goods; or it opens the clause ("Each year, ...").
bool counted_at_a_rate(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t i = m.last + 1; i < c.end; ++i) {
    std::string_view w = doc.token_lower(i);
    if (in(w, {",", ":", "to", "(", "and"}) || (is_clause_boundary(w) && !in(w, {"whenever", "as"}))) break;
    if (rate_phrase_at(doc, i, c.end)) return !measure_before(doc, i, m.last + 1);
  }
  uint32_t open = c.begin;
  if (open < m.head && in(doc.token_lower(open), {"and", "but", "yet", "so"})) ++open;
  return open + 2 < m.head && rate_phrase_at(doc, open, m.head) && !in(doc.token_lower(open), {"a", "whenever"});
}

namespace {

// Words that hedge a statement about what is to come into a guess.
bool hedge_word(std::string_view w) {
  return in(w, {"likely", "unlikely", "probably", "undoubtedly", "doubtless", "presumably", "inevitably"});
}

}  // namespace

// "Some rebels will likely welcome their aid", "the president would likely
// veto it", "Roberts will undoubtedly face pressure", "analysts say it is
// unlikely North Korea would launch a pre-emptive attack": a future hedged
// as likely or unlikely is a guess about the act, made by a commentator or
// the writer; nobody said they would do it.  The hedge stands between the
// modal and the trigger, or at most six words before the modal with no
// comma between.  ("will certainly veto", said for the doer, stays its
// stated intention.)
bool hedged_forecast(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  uint32_t modal = 0;
  bool found = false;
  for (uint32_t i = m.head; i > s.first_token && i + 6 > m.head; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (w == "," || w == ";") return false;
    if (hedge_word(w)) {
      // (an adverb between the modal and the trigger: "would likely veto")
      for (uint32_t j = i - 1; j > s.first_token && j + 3 > i - 1; --j)
        if (in(doc.token_lower(j - 1), {"will", "would", "'ll", "wo"})) return true;
    }
    if (in(w, {"will", "would", "'ll", "wo"})) {
      modal = i - 1;
      found = true;
      break;
    }
  }
  if (!found) return false;
  for (uint32_t i = modal; i > s.first_token && i + 7 > modal; --i) {
    std::string_view w = doc.token_lower(i - 1);
    if (w == "," || w == ";" || is_quote_mark(doc.token_text(i - 1))) return false;
    if (hedge_word(w) && !(w == "likely" && doc.token_lower(i) == "to")) return true;
  }
  return false;
}

}  // namespace parley::events

namespace parley::events {

namespace {

// The words of events/poll_words.tsv of one kind.
std::set<std::string, std::less<>> poll_words(std::string_view kind) {
  std::set<std::string, std::less<>> out;
  for (std::string_view line : data::lines("events/poll_words.tsv")) {
    size_t tab = line.find('\t');
    if (tab != std::string_view::npos && line.substr(0, tab) == kind) out.emplace(line.substr(tab + 1));
  }
  return out;
}

// A public word: listed, or a listed plural after a hyphen ("African-Americans").
bool public_word(const std::set<std::string, std::less<>>& publics, std::string_view w) {
  size_t dash = w.rfind('-');
  return publics.count(w) > 0 || (dash != std::string::npos && publics.count(w.substr(dash + 1)) > 0);
}

// A share word at `i` that counts people: "percent of voters", "64
// percent, call", "a 51-45 percent margin", "a majority of Americans"; not
// "the 15% poll criteria", "raised its rate to 5.5%", "+1.01%" (a stock's
// change), "Majority Leader".
bool counts_a_share(const Document& doc, uint32_t i, uint32_t verb, const std::set<std::string, std::less<>>& shares) {
  std::string_view raw = doc.token_text(i);
  std::string w = lower(raw);
  bool percent = raw.size() > 1 && raw.back() == '%';
  if (!shares.count(w) && !percent) return false;
  if (raw == "Majority") return false;
  std::string_view number = percent ? raw : (i > 0 ? doc.token_text(i - 1) : std::string_view());
  if (!number.empty() && (number[0] == '+' || number[0] == '-')) return false;
  std::string_view next = i + 1 < verb ? doc.token_lower(i + 1) : "";
  if (w == "majority" || w == "plurality") return next == "of";
  return i + 1 == verb || in(next, {"of", ",", ")", "margin", "now", "still", "also"}) || is_ly_adverb(next);
}

}  // namespace

// "56 percent of likely voters opposed the ban", "64 percent call Trump
// unqualified", "most Americans agree with the president", "by a 51-45
// percent margin, Americans opposed impeaching him": a verb of agreement,
// approval, criticism, rejection or a call (CAMEO 03, 05, 11, 12; "call")
// whose subject is a share of a public is what a poll found, no act.  A
// share is a word of events/poll_words.tsv ("percent", "majority"; "most"
// or "more" only right before a public word) in the clause within ten words
// before the verb, with a public word there too or the share right before
// the verb ("64 percent, call").  "Majority Leader" and signed changes of
// a stock ("+1.01%") are no shares; a noun ("Obama's call") is no poll.
bool opinion_of_a_share(const Document& doc, Clause c, const TriggerMatch& m) {
  static const std::set<std::string, std::less<>> shares = poll_words("share");
  static const std::set<std::string, std::less<>> mosts = poll_words("most");
  static const std::set<std::string, std::less<>> publics = poll_words("public");
  if (m.as_noun || m.trigger->kind == TriggerKind::kNoun) return false;
  std::string_view family = std::string_view(m.trigger->cameo).substr(0, 2);
  if (!in(family, {"03", "05", "11", "12"}) && m.trigger->lemmas.front() != "call") return false;
  bool share = false, is_public = false, share_next = false;
  for (uint32_t i = m.head; i > c.begin && i + 10 > m.head; --i) {
    std::string_view raw = doc.token_text(i - 1);
    std::string w = lower(raw);
    std::string_view next = doc.token_lower(i);
    is_public = is_public || public_word(publics, w);
    if (mosts.count(w) && public_word(publics, next)) share = true;
    if (!counts_a_share(doc, i - 1, m.head, shares)) continue;
    share = true;
    // ("a new high, 64 percent, call Trump unqualified")
    share_next = share_next || i == m.head || (next == "," && i + 1 == m.head);
  }
  return share && (is_public || share_next);
}

}  // namespace parley::events

namespace parley::events {

// "a righteous fight for freedom", "Millions of Americans are fighting for
// justice", "Pelosi will continue to fight for those proposals", "someone
// fighting for them": to fight for a value, a policy or people spoken for
// (events/causes.txt) is advocacy, no force.  The cause is the first word
// after "for" past determiners and at most two adjectives.  ("fight for a
// separate homeland" is an armed group's war.)
bool fight_for_a_cause(const Document& doc, Clause c, const TriggerMatch& m) {
  static const std::set<std::string, std::less<>> causes = word_set("events/causes.txt");
  if (m.trigger->lemmas.front() != "fight" || m.trigger->kind == TriggerKind::kPhrase) return false;
  uint32_t i = m.last + 1;
  if (i >= c.end || doc.token_lower(i) != "for") return false;
  ++i;
  // ("for many of those proposals", "for all of them")
  while (i < c.end && (is_determiner_like(doc.token_lower(i)) || is_quantity(doc.token_lower(i)) ||
                       doc.token_lower(i) == "of"))
    ++i;
  for (uint32_t k = 0; k < 3 && i < c.end; ++k, ++i) {
    std::string_view raw = doc.token_text(i);
    if (doc.tokens[i].kind != TokenKind::kWord || is_capitalised(raw)) return false;
    if (listed_or_plural(causes, lower(raw))) return true;
  }
  return false;
}

// "as Congress refuses to fund it", "a situation the administration refuses
// to fix", "Trump refuses to concede that Russia was behind the hack": a
// refusal told in the simple present ("refuses to", "they refuse to") is a
// stance held, as "opposes" is; "refused to" tells the step.  A headline
// tells its news in the present ("Trump refuses to sign bill"), so a title
// keeps it.
bool refusal_held(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m) {
  if (m.as_noun || m.trigger->kind == TriggerKind::kNoun || m.trigger->lemmas.front() != "refuse") return false;
  if (doc.blocks[s.block].kind == BlockKind::kTitle || m.head + 1 >= c.end) return false;
  if (doc.token_lower(m.head + 1) != "to") return false;
  std::string_view form = doc.token_lower(m.head);
  if (form == "refuses") return true;
  if (form != "refuse" || m.head < c.begin + 1) return false;
  std::string_view prev = doc.token_lower(m.head - 1);
  std::string_view prev2 = m.head > c.begin + 1 ? doc.token_lower(m.head - 2) : std::string_view();
  return subject_before_present(prev) && !bare_verb_before(prev2);
}

// "it would be very difficult to support him unless he shows he is
// viable", "laws that make it easier to shoot someone", "too dangerous to
// release": a verb after "to" and a word of ease or difficulty
// (events/ease_words.txt), maybe with "for" someone between, is an act
// judged easy or hard, not one done or planned.
bool judged_easy_or_hard(const Document& doc, Clause c, const TriggerMatch& m) {
  static const std::set<std::string, std::less<>> ease = word_set("events/ease_words.txt");
  if (m.as_noun || m.trigger->kind == TriggerKind::kNoun || m.head < c.begin + 2) return false;
  if (doc.token_lower(m.head - 1) != "to") return false;
  uint32_t i = m.head - 2;
  if (ease.count(doc.token_lower(i))) return true;
  // ("hard for Democrats to attack": back over "for" and its few words)
  for (uint32_t k = i; k > c.begin && k + 4 > i; --k)
    if (doc.token_lower(k) == "for") return ease.count(doc.token_lower(k - 1)) > 0;
  return false;
}

}  // namespace parley::events
