// Trigger finding: the words and phrases of a sentence that name an event
// (data/events/triggers.tsv), each read as a verb, a noun or a phrase, with
// the checks that keep out a trigger word used in another sense (figurative
// force, phrasal verbs, objects that cannot be hurt, documents "released").

#include <set>

#include "parley/data.h"
#include "events/internal.h"

namespace parley::events {

// Is the word at `i` used as a noun?  Determiners, possessives and
// adjectives before it say so ("a meeting", "Lavrov's visit", "their talks").
bool is_capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

bool gerund(std::string_view w) { return w.size() > 5 && w.substr(w.size() - 3) == "ing"; }

namespace {

// Plural nouns without -s, which take a bare verb: "the police arrest".
bool plural_without_s(std::string_view w) {
  return in(w, {"police", "people", "personnel", "staff", "crew", "public", "military", "youth", "cattle",
                "media", "majority", "minority", "government", "administration"});
}

// Could the word before a trigger modify it as a noun ("Benghazi", "sex",
// "2012") rather than end a subject or verb group ("will", "who", "often")?
bool singular_modifier(std::string_view w) {
  if (w.empty() || !std::isalnum(static_cast<unsigned char>(w[0]))) return false;
  if (std::isdigit(static_cast<unsigned char>(w[0]))) return true;  // "the 2012 attack"
  if (is_capitalised(w)) return true;  // a name: "the Benghazi attack"
  std::string lw = lower(w);
  if (lw.size() < 3 || lw.back() == 's' || (lw.size() > 4 && lw.compare(lw.size() - 2, 2, "ly") == 0)) return false;
  return !plural_without_s(lw) && !bare_verb_before(lw) && !is_preposition(lw) && !is_clause_boundary(lw) &&
         !is_be_form(lw) && !is_negation(lw) &&
         !in(lw, {"and", "the", "who", "they", "you", "and", "also", "then", "now", "still", "just", "only", "all",
                  "both", "each", "must", "did", "does", "have", "had", "has", "soon", "often", "never", "ever",
                  "again", "not", "yet", "even", "here", "there", "today", "tonight", "tomorrow", "one", "ones",
                  "else", "whom", "what", "how", "why", "let", "help", "helped", "make", "made", "see", "saw",
                  "watch", "hear", "heard", "would", "might", "shall"});
}

// "the 2012 Benghazi attack", "a clergy sex abuse crisis", "lied about
// sexual assault": a bare form after a singular noun or name, in a noun
// phrase a determiner or preposition opens, is the phrase's head noun.  As
// a present-tense verb after a singular subject it would take -s ("the
// senator attacks").  ("demanded that the government ban imports": a
// subjunctive after "that"; "Trump and his wife attend": a coordinated
// subject; "rebels in the north attack": a short phrase that ends a
// plural subject.)
bool bare_form_in_noun_phrase(const Document& doc, uint32_t first, uint32_t i) {
  std::string_view form = doc.token_text(i);
  if (form.size() < 3 || form.back() == 's' || gerund(form) || is_capitalised(form)) return false;
  uint32_t j = i;
  while (j > first && i - j < 4 && singular_modifier(doc.token_text(j - 1))) --j;
  if (j == i || j == first) return false;
  std::string_view opener = doc.token_lower(j - 1);
  bool det = in(opener, {"the", "a", "an", "this", "his", "her", "its", "their", "our", "my", "your", "'s",
                         "\xE2\x80\x99s"});
  bool prep = opener != "to" && is_preposition(opener);
  if (!det && !prep) return false;
  if (j - 1 == first) return true;
  std::string_view prev = doc.token_lower(j - 2);
  if (det && in(prev, {"and", "or", "that", "nor"})) return false;
  // (A longer phrase is rarely a subject's: "suspects in the Benghazi terror attack".)
  uint32_t p = prep ? j - 1 : is_preposition(prev) ? j - 2 : 0;  // the preposition opening the phrase
  if (p <= first || i - j > 1) return true;
  std::string_view head = doc.token_lower(p - 1);  // the noun the phrase may describe
  return !plural_without_s(head) && !(head.size() > 3 && head.back() == 's' && !in(head, {"this", "its", "his"}));
}

}  // namespace

namespace {

// Forms of verbs whose object is a meeting: "host talks", "resumed talks".
bool takes_meeting_object(std::string_view w) {
  static const std::unordered_set<std::string_view> forms = {
      "host",      "hosts",      "hosted",      "hosting",    "resume",     "resumes",    "resumed",
      "resuming",  "attend",     "attends",     "attended",   "attending",  "join",       "joins",
      "joined",    "joining",    "begin",       "begins",     "began",      "beginning",  "start",
      "starts",    "started",    "starting",    "postpone",   "postpones",  "postponed",  "postponing",
      "cancel",    "cancels",    "cancelled",   "canceled",   "cancelling", "canceling",  "boycott",
      "boycotts",  "boycotted",  "boycotting",  "suspend",    "suspends",   "suspended",  "suspending",
      "continue",  "continues",  "continued",   "continuing", "broker",     "brokers",    "brokered",
      "brokering", "mediate",    "mediates",    "mediated",   "mediating",  "convene",    "convenes",
      "convened",  "convening",  "organise",    "organised",  "organize",   "organized",  "chair",
      "chairs",    "chaired",    "chairing"};
  return forms.count(w) > 0;
}

// "after meeting Merkel", "before visiting Japan", "since attacking Kiev":
// an -ing form right after a subordinating word of time and right before a
// name (perhaps after "with" or "to") (a capitalised word that is no day or month, and no owner: "after
// meeting Trump's demands" is no meeting) is a participle with its object,
// a verb whose doer is the main clause's subject.
bool participle_before_name(const Document& doc, uint32_t first, uint32_t i) {
  if (i <= first || !gerund(doc.token_text(i)) || i + 1 >= doc.tokens.size()) return false;
  if (!in(doc.token_lower(i - 1), {"after", "before", "since", "upon", "while", "when"})) return false;
  uint32_t j = i + 1;
  // "after meeting with Merkel", "after talking to Macron".
  if (in(doc.token_lower(j), {"with", "to"}) && j + 1 < doc.tokens.size()) ++j;
  std::string_view next = doc.token_text(j);
  std::string l = lower(next);
  if (!is_capitalised(next) || time::weekday_of(l) != 0 || time::month_of(l) != 0) return false;
  while (j < doc.tokens.size() && is_capitalised(doc.token_text(j))) ++j;
  std::string_view after = j < doc.tokens.size() ? doc.token_text(j) : std::string_view();
  return !is_owner_mark_or_apostrophe(after);
}

// "the target of unprecedented attacks", "dismissed the Democratic attacks on
// him", "sustaining repeated public attacks from Trump", "the Sept. 11
// attacks": a word in -s after an adjective (names opening a noun phrase, a
// day of a month, or a word of a common adjective ending) and before "on", "from", "against", "by" or a punctuation mark is
// a plural noun, not a verb in the present ("the president attacks on
// Twitter" has no such adjective, "what Putin demands from" no determiner).
bool adjective_before_phrase(const Document& doc, uint32_t first, uint32_t i) {
  if (i < first + 2 || i + 1 >= doc.tokens.size()) return false;
  std::string_view next = doc.token_text(i + 1);
  if (!in(lower(next), {"on", "from", "against", "by", ".", ",", ";", ":"})) return false;
  std::string_view prev = doc.token_text(i - 1);
  if (prev.empty()) return false;
  // "the Sept. 11 attacks", "the July 7 bombings": a day of a month.
  if (std::isdigit(static_cast<unsigned char>(prev[0])) && i >= first + 3) {
    std::string_view month = doc.token_text(i - 2);
    if (month == "." && i >= first + 4) month = doc.token_text(i - 3);
    return base::month_of(lower(month)) != 0;
  }
  if (doc.tokens[i - 1].kind != TokenKind::kWord) return false;
  if (is_capitalised(prev)) {
    // The names open a noun phrase ("what Putin demands from Trump" is a verb).
    uint32_t j = i - 1;
    while (j > first && is_capitalised(doc.token_text(j - 1))) --j;
    if (j == first) return false;
    std::string_view before = doc.token_lower(j - 1);
    return is_determiner_like(before) || is_preposition(before) || is_owner_mark(doc.token_text(j - 1));
  }
  std::string p = lower(prev);
  if (p.size() < 5) return false;
  for (const char* ending : {"ed", "al", "ous", "ic", "ive", "ful", "ary"}) {
    size_t n = std::strlen(ending);
    if (p.compare(p.size() - n, n, ending) == 0) return true;
  }
  return false;
}

// "the Khashoggi killing", "the Charleston church shooting", "the Sandy Hook
// shooting": a gerund after a determiner and names (perhaps with one
// lower-case noun after them), ending its noun phrase, is a noun.
bool named_gerund(const Document& doc, uint32_t first, uint32_t i) {
  uint32_t j = i;
  std::string_view noun = doc.token_lower(i - 1);
  bool plain_noun = doc.tokens[i - 1].kind == TokenKind::kWord && !is_capitalised(doc.token_text(i - 1)) &&
                    !is_be_form(noun) && !is_modal_future(noun) && !is_preposition(noun) &&
                    !is_clause_boundary(noun) && !is_negation(noun) && !is_ly_adverb(noun) &&
                    !(noun.size() > 3 && noun.compare(noun.size() - 2, 2, "ed") == 0) &&
                    !in(noun, {"and", "or", "has", "have", "had", "did", "does", "do", "began", "started", "kept",
                               "stopped", "continued", "after", "before", "while", "when", "since", "by"});
  if (j > first + 2 && plain_noun && is_capitalised(doc.token_text(j - 2))) --j;  // "church"
  uint32_t names = 0;
  while (j > first + 1 && names < 3 && is_capitalised(doc.token_text(j - 1))) --j, ++names;
  if (names == 0 || j == first || !in(doc.token_lower(j - 1), {"the", "a", "an", "this", "that", "last"}))
    return false;
  // The gerund takes no object or phrase of its own ("a PSA thanking Dr.
  // Ford", "the delegation negotiating with rebels", "the Russian hacking
  // of" are verbs): the noun phrase ends there.
  if (i + 1 >= doc.tokens.size()) return true;
  std::string_view next = doc.token_lower(i + 1);
  return doc.tokens[i + 1].kind != TokenKind::kWord ||
         in(next, {"and", "or", "in", "at", "was", "is", "were", "has", "had", "that", "which", "suspect",
                   "suspects", "victims", "case", "trial", "investigation", "survivors"});
}

bool noun_context(const Document& doc, uint32_t first, uint32_t i) {
  if (participle_before_name(doc, first, i)) return false;
  // "The two discussed": a past form is a verb whatever stands before it.
  std::string_view form = doc.token_text(i);
  bool participle = form.size() > 4 && form.substr(form.size() - 2) == "ed";
  // "evacuated the wounded from ...": a participle between "the" and a
  // preposition or the clause's end names the people it describes.
  if (participle && i > first && doc.token_lower(i - 1) == "the" && i + 1 < doc.tokens.size()) {
    std::string_view next = doc.token_lower(i + 1);
    if (is_preposition(next) || next == "," || next == "." || next == "and") return true;
  }
  // "with exiled dissidents", "the detained journalist": a participle
  // between a determiner or preposition and its noun is an adjective.
  if (participle && i > first && i + 1 < doc.tokens.size()) {
    std::string_view prev = doc.token_lower(i - 1), next = doc.token_lower(i + 1);
    bool before_noun = doc.tokens[i + 1].kind == TokenKind::kWord && !is_preposition(next) &&
                       !is_determiner_like(next) && next != "and" && next != "or";
    // "helped the two exiled dissidents", but "The two discussed Ukraine":
    // a number opens the phrase only when something stands before it.
    uint32_t number_start = i - 1;
    if (number_start > first && doc.token_lower(number_start - 1) == "the") --number_start;
    // (A number word, not digits: "on Feb. 3 banned foreigners" is a verb.)
    bool object_number = is_number_word(prev) && !std::isdigit(static_cast<unsigned char>(prev[0])) &&
                         number_start > first &&
                         !is_clause_boundary(doc.token_lower(number_start - 1)) &&
                         doc.token_text(number_start - 1) != ",";
    bool opener = in(prev, {"a", "an", "the", "its", "their", "his", "her", "our", "including"}) || object_number ||
                  (is_preposition(prev) && prev != "by" && prev != "to");
    if (before_noun && opener) return true;
  }
  if (participle) return false;
  if (i == first) return true;
  // "the brutal slaying of", "a deadly bombing": a gerund after a
  // determiner and an adjective is a noun.
  if (gerund(form) && i >= first + 2 && is_determiner_like(doc.token_lower(i - 2)) &&
      !is_capitalised(doc.token_text(i - 1)) && !is_preposition(doc.token_lower(i - 1)))
    return true;  // headline-initial "Talks ..." reads as a noun
  if (gerund(form) && named_gerund(doc, first, i)) return true;
  // "warns against US retreat", "anger over Russian aggression": after a
  // preposition of a topic or cause, names and a bare word make a noun
  // phrase ("rebels in Syria retreat" is a verb after a place: "in" is none).
  if (!gerund(form)) {
    uint32_t j = i;
    while (j > first + 1 && i - j < 3 && is_capitalised(doc.token_text(j - 1))) --j;
    if (j < i && j > first &&
        in(doc.token_lower(j - 1), {"against", "over", "about", "amid", "despite", "following"}))
      return true;
  }
  std::string_view prev = doc.token_lower(i - 1);
  static const char* const preps[] = {"of",      "at",        "during", "after",         "before", "for",
                                      "on",      "in",        "over",   "against",       "about",  "from",
                                      "with",    "by",        "into",   "amid",          "under",  "without",
                                      "despite", "following", "'s",     "\xE2\x80\x99s", "new",    "fresh",
                                      "further", "more",      "tough",  "economic",      "military", "political",
                                      "financial", "humanitarian", "diplomatic", "logistical", "moral", "full",
                                      "continued", "international",
                                      // amounts and extents: "shown little support", "enough support"
                                      "little", "much", "enough", "broad", "widespread", "bipartisan"};
  for (const char* p : preps)
    if (prev == p) return true;
  // "spying charges", "peace talks": a plural after a modifier ending in -ing or a noun.
  std::string_view word = doc.token_text(i);
  bool plural = word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's';
  if (plural && adjective_before_phrase(doc, first, i)) return true;
  // "agreed to requests from", "responded to attacks": an infinitive is
  // bare, so a plural in -s after "to" is a noun ("to discuss", "to focus"
  // end so as bare verbs).
  if (plural && prev == "to" && word[word.size() - 2] != 'u' && word[word.size() - 2] != 'i') return true;
  if (plural && prev.size() > 4 && prev.compare(prev.size() - 3, 3, "ing") == 0 && i >= first + 2 &&
      !is_be_form(doc.token_lower(i - 2)))
    return true;
  // "will host talks", "agreed to resume talks": a plural right after a verb
  // that takes meetings as its object is that object.
  if (takes_meeting_object(prev) &&
      in(lower(word), {"talks", "meetings", "negotiations", "consultations", "discussions", "summits"}))
    return true;
  if (is_determiner_like(prev) || prev == "phone" || prev == "telephone" || prev == "summit") return true;
  if (in(prev, {"these", "those"})) return true;
  // "his White House visit", "their Moscow talks": names between a
  // possessive and the word modify a noun.
  uint32_t j = i;
  while (j > first && is_capitalised(doc.token_text(j - 1))) --j;
  return j < i && j > first && in(doc.token_lower(j - 1), {"his", "her", "their", "its", "our", "my", "your"});
}

// A noun after its modifiers: "Israeli shelling", "NATO airstrikes", "its
// long-threatened invasion", "Israeli tank shelling".  Only for noun
// triggers: a verb after an adverb ("Israel quickly attacked") stays a verb.
bool modified_noun(const Document& doc, uint32_t first, uint32_t i) {
  if (i <= first + 1) return false;
  std::string_view form = doc.token_text(i);
  if (form.size() > 4 && form.substr(form.size() - 2) == "ed") return false;  // "the Senate protested": a verb
  std::string_view prev = doc.token_text(i - 1);
  if (is_capitalised(prev)) return true;
  std::string p = lower(prev);
  if (p.size() < 3 || is_be_form(p) || is_modal_future(p) || p == "to" || is_negation(p) ||
      p.compare(p.size() - 2, 2, "ly") == 0 || is_preposition(p) || is_clause_boundary(p))
    return false;
  std::string_view prev2 = doc.token_text(i - 2);
  return is_capitalised(prev2) || is_determiner_like(lower(prev2));
}

// Adds to `lemmas` the verb of a repeated act: "re-imposed" -> impose, and
// without the hyphen "reimposed" -> impose when the word itself triggers
// nothing and the verb after "re" is a long one ("recall" is no "call",
// "resign" no "sign").
void add_repeated_act(const Lexicon& lex, std::string_view word, std::vector<std::string>& lemmas) {
  if (word.size() <= 5 || (word[0] != 'r' && word[0] != 'R') || word[1] != 'e') return;
  bool hyphen = word[2] == '-';
  if (!hyphen) {
    if (word.size() < 8) return;
    for (const std::string& l : lemmas)
      if (lex.triggers_for(l)) return;
  }
  std::vector<std::string> again;
  lex.lemmas(word.substr(hyphen ? 3 : 2), again);
  for (const std::string& l : again)
    if (hyphen || (l.size() >= 5 && lex.triggers_for(l))) lemmas.push_back(l);
}

// "rockets were fired", "a curfew has been imposed": the noun of a two-word
// phrase a few words before "be" and the head verb's participle.
// Does a name, an article or a number start right after token `i`?
bool object_follows(const Document& doc, uint32_t i, uint32_t end) {
  if (i + 1 >= end) return false;
  std::string_view next = doc.token_text(i + 1);
  std::string w = lower(next);
  if (is_capitalised(next) || (!next.empty() && next[0] >= '0' && next[0] <= '9') || is_number_word(w) ||
         in(w, {"the", "a", "an", "its", "their", "his", "her", "two", "three", "several", "some", "them", "him",
                // a measure or a group before the noun: "free over 150 prisoners", "all those held"
                "over", "nearly", "almost", "about", "around", "up", "more", "all", "both", "these", "those", "us",
                "me", "political"}))
    return true;
  // A person or place the actor pass read in spite of its case ("help
  // iSrael"), not a pronoun ("the help she can get") or a group ("refugees").
  if (in(w, {"he", "she", "it", "they", "we", "you", "i", "me", "us"})) return false;
  uint32_t at = doc.tokens[i + 1].text.begin;
  return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
    return m.name && m.text.begin == at && (m.type == MentionType::kPerson || m.type == MentionType::kLocation);
  });
}

}  // namespace

// "has been fiercely criticized", "were also stabbed", "was not invited":
// a be-form before a participle, with at most two adverbs between them; a
// participle joined to such a one shares its be-form ("were shot and wounded",
// "was tried and convicted").
bool be_form_before(const Document& doc, uint32_t first, uint32_t i) {
  for (uint32_t k = i; k > first && i - k < 3; --k) {
    std::string_view w = doc.token_lower(k - 1);
    if (is_be_form(w)) return true;
    // "the FBI was “smeared” by Trump": a quote mark around the
    // participle leaves it in the passive.
    if (is_quote_mark(w)) continue;
    if (k == i && (w == "and" || w == "or") && k - 1 > first) {
      std::string_view prev = doc.token_text(k - 2);
      return !is_capitalised(prev) && !progressive(prev) && !is_be_form(lower(prev)) && be_form_before(doc, first, k - 2);
    }
    bool adverb = is_ly_adverb(w) && !is_capitalised(doc.token_text(k - 1));
    if (!adverb && !in(w, {"also", "not", "never", "already", "just", "since", "then", "later", "once", "still",
                           "even", "all", "both", "first", "twice", "hereby", "now", "again", "thus", "only"}))
      return false;
  }
  return false;
}

namespace {

// "were freed", "freed by police": a participle in the passive has its
// object before it, so none need follow.
bool passive_participle(const Document& doc, uint32_t first, uint32_t end, uint32_t i) {
  std::string_view w = doc.token_text(i);
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed") return false;
  return be_form_before(doc, first, i) || (i + 1 < end && doc.token_text(i + 1) == "by");
}

// "on the phone", "on the telephone": how two sides spoke, not whom one called on.
bool names_a_phone(const Document& doc, uint32_t i, uint32_t end) {
  if (i < end && doc.token_lower(i) == "the") ++i;
  return i < end && in(doc.token_lower(i), {"phone", "telephone"});
}

// A weekday, a month or a deictic day word: what "on"/"in" before it dates.
bool opens_time_phrase(const Document& doc, uint32_t i) {
  std::string_view w = doc.token_lower(i);
  if (w == "today" || w == "tomorrow" || w == "yesterday" || time::weekday_of(w)) return true;
  return time::month_of(w) && (w != "may" || is_capitalised(doc.token_text(i)));
}

template <typename LemmasAt>
bool passive_phrase_at(const Document& doc, uint32_t first, uint32_t i, const Trigger& t, LemmasAt& lemmas_at) {
  if (t.lemmas.size() != 2 || is_preposition(t.lemmas[1]) || is_particle(t.lemmas[1]) || i < first + 2) return false;
  std::string_view word = doc.token_text(i);
  if (word.size() < 4 || gerund(word) || !is_be_form(doc.token_lower(i - 1))) return false;
  for (uint32_t j = i - 1; j > first && i - j <= 5; --j) {
    const auto& ls = lemmas_at(j - 1);
    if (std::find(ls.begin(), ls.end(), t.lemmas[1]) != ls.end()) return true;
    if (is_clause_boundary(ls.front()) || doc.token_text(j - 1) == ",") return false;
  }
  return false;
}

// "a charm offensive", "a trade war", "a war of words": a noun of force
// (CAMEO 18-20), alone or ending a phrase ("launched a diplomatic
// offensive"), that a modifier or "of words" makes figurative.
// Is the head of the verb's direct object a word `of_kind` accepts?  The
// head is the first word after the verb that no article, possessive
// ("the White House's plan") or number opens and that modifies no next word.
template <typename Kind>
bool object_head_is(const Document& doc, uint32_t end, const TriggerMatch& m, Kind of_kind) {
  for (uint32_t i = m.last + 1; i < end && i <= m.last + 6; ++i) {
    std::string_view raw = doc.token_text(i);
    std::string w = lower(raw);
    if (is_owner_mark(w)) continue;
    if (is_capitalised(raw)) {  // a possessor: "the White House's plan", "the German government's plan"
      uint32_t j = i + 1;
      while (j < end && j <= i + 3 && doc.tokens[j].kind == TokenKind::kWord && doc.token_text(j) != "'s" &&
             doc.token_text(j) != "\xE2\x80\x99s" && !is_preposition(doc.token_lower(j)))
        ++j;
      if (j < end && is_owner_mark(doc.token_text(j))) {
        i = j;
        continue;
      }
      return false;
    }
    if (is_preposition(w) || is_clause_boundary(w) || doc.tokens[i].kind != TokenKind::kWord) return false;
    if (is_determiner_like(w) || is_number_word(w)) continue;
    if (of_kind(w)) return true;
    // "released a tsunami of money", "killed a raft of bills": after an
    // indefinite article a noun before "of" measures the noun that follows,
    // the head.  ("released the head of the agency": no measure.)
    if (i + 1 < end && doc.token_lower(i + 1) == "of" && in(doc.token_lower(i - 1), {"a", "an"})) {
      ++i;
      continue;
    }
    // A modifier goes on to its noun ("the spending bill"); a verb form or
    // a noun at the phrase's end ("killed three soldiers in ...") stops.
    bool modifier = i + 1 < end && doc.tokens[i + 1].kind == TokenKind::kWord &&
                    !is_capitalised(doc.token_text(i + 1)) && !is_preposition(doc.token_lower(i + 1)) &&
                    !is_clause_boundary(doc.token_lower(i + 1));
    // (A verb form right after an article modifies: "the spending bill".)
    bool verb_form = gerund(w) || (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0);
    if (!modifier || (verb_form && !is_determiner_like(doc.token_lower(i - 1)))) return false;
  }
  return false;
}

// "dismissed climate change as a hoax", "rejected the report as fake news":
// a thing rejected "as" something is judged, no proposal turned down.
bool rejected_as_a_kind(const Document& doc, uint32_t end, const Trigger& t, const TriggerMatch& m) {
  if (t.cameo != "120" || !in(t.lemmas.front(), {"reject", "dismiss"})) return false;
  for (uint32_t j = m.last + 1; j + 1 < end && j <= m.last + 7; ++j) {
    std::string_view w = doc.token_lower(j);
    if (w != "as" && (w == "," || w == "." || is_clause_boundary(w))) return false;
    // ("dismissed the request as a fishing expedition" still turns down a
    // request: a thing asked or put forward stays rejected.)
    if (in(w, {"request", "requests", "demand", "demands", "offer", "offers", "proposal", "proposals", "plan", "plans",
               "bid", "bids", "appeal", "appeals", "invitation", "invitations", "deal", "call", "calls"}))
      return false;
    if (w != "as") continue;
    std::string_view next = doc.token_text(j + 1);
    std::string n = lower(next);
    bool quote = n == "\"" || n == "\xE2\x80\x9C" || n == "\xE2\x80\x98";
    // A judgement follows: an article, a quotation, a word of judgement or
    // an adjective by its ending ("as baseless", "as ridiculous"), not a
    // clause ("rejected the resolution as talks resumed").
    if (quote || n == "a" || n == "an" || in(n, {"fake", "false", "nonsense", "propaganda", "rubbish", "untrue",
                                                 "mere", "just", "pure", "nothing", "premature", "naive"}))
      return true;
    for (const char* ending : {"ous", "ful", "less", "ble", "ic", "ical", "ive", "ant", "ent", "ary", "ated", "ded"})
      if (n.size() > std::strlen(ending) + 2 && n.compare(n.size() - std::strlen(ending), std::string::npos, ending) == 0)
        return true;
    return false;
  }
  return false;
}

// "killed the bill", "seize the initiative", "fought the fire": a verb of
// force or seizure (CAMEO 17-20) whose direct object cannot be hurt
// (events/figurative_objects.txt); "released a list", "released the emails":
// a verb of freeing (084) whose object is a document
// (events/document_objects.txt), published, not set free; "offered few
// details": "offer" whose object is a thing said (events/offered_words.txt),
// and so "dismissed the notion": a view rejected.
bool figurative_object_follows(const Document& doc, uint32_t end, const Trigger& t, const TriggerMatch& m,
                               const Lexicon& lex) {
  if (t.kind != TriggerKind::kVerb || m.as_noun) return false;
  const std::string& code = t.cameo;
  if (code == "084")
    return object_head_is(doc, end, m, [&](const std::string& w) { return lex.document_object(w); });
  // "offered scant explanation", "offered little or nothing": words, no offer.
  // "dismissed the notion that ...", "opposed the idea of a joint effort",
  // "rejected his characterization": a view turned down is an opinion
  // given, no rejection of a proposal or demand.
  if (t.lemmas.front() == "offer" || (code == "120" && in(t.lemmas.front(), {"reject", "dismiss", "oppose"})))
    return object_head_is(doc, end, m, [&](const std::string& w) { return lex.offered_word(w); }) ||
           rejected_as_a_kind(doc, end, t, m);
  bool coercive = code.size() >= 2 && (code.compare(0, 2, "17") == 0 || code.compare(0, 2, "18") == 0 ||
                                       code.compare(0, 2, "19") == 0 || code.compare(0, 2, "20") == 0);
  // ("attacked his record" is criticism, a verbal act, not figurative.)
  return coercive && object_head_is(doc, end, m, [&](const std::string& w) {
           return lex.figurative_object(w) && !(t.verbal && lex.verbal_object(w));
         });
}

// "A Politico poll released Monday", "the report was released", "the bill
// was killed", "the budget that Trump released": the same objects as the
// subject of the verb's participle, the noun right before it, before a form
// of "be" or before a relative clause's "that"/"which" and subject.
bool figurative_object_before(const Document& doc, uint32_t first, const Trigger& t, const TriggerMatch& m,
                              const Lexicon& lex) {
  if (t.kind != TriggerKind::kVerb || m.as_noun || !lex.is_past_participle(doc.token_lower(m.head)))
    return false;
  uint32_t i = m.head;
  while (i > first && is_be_form(doc.token_lower(i - 1))) --i;
  // "the interview conducted Friday and released Saturday": the second of two
  // participles describes the noun the first follows.
  if (i > first + 2 && doc.token_lower(i - 1) == "and")
    for (uint32_t j = i - 2; j > first && j + 5 > i; --j) {
      std::string_view w = doc.token_lower(j);
      if (w == "," || is_clause_boundary(w)) break;
      if (lex.is_past_participle(w)) {
        i = j;
        break;
      }
    }
  // "the budget that Trump released", "the report which the committee
  // released": back over the relative clause's subject and "that"/"which".
  uint32_t subject = i;
  while (subject > first && i - subject < 5 && !in(doc.token_lower(subject - 1), {"that", "which"}) &&
         (is_capitalised(doc.token_text(subject - 1)) || is_determiner_like(doc.token_lower(subject - 1))))
    --subject;
  if (subject < i && subject > first + 1 && in(doc.token_lower(subject - 1), {"that", "which"})) i = subject - 1;
  if (i == first || is_capitalised(doc.token_text(i - 1))) return false;
  std::string_view noun = doc.token_lower(i - 1);
  const std::string& code = t.cameo;
  if (code == "084") return lex.document_object(noun);
  bool coercive = code.size() >= 2 && (code.compare(0, 2, "17") == 0 || code.compare(0, 2, "18") == 0 ||
                                       code.compare(0, 2, "19") == 0 || code.compare(0, 2, "20") == 0);
  return coercive && lex.figurative_object(noun) && !(t.verbal && lex.verbal_object(noun));
}

// "the committee charged with overseeing the budget", "agents charged with
// the task of": a duty (events/duty_words.txt) after "charged with" tasks
// someone; "charged with murder", "charged with obstructing police" accuse.
bool tasked_with_a_duty(const Document& doc, uint32_t end, uint32_t after_with) {
  static const std::set<std::string, std::less<>> duties = [] {
    std::set<std::string, std::less<>> out;
    for (std::string_view line : data::lines("events/duty_words.txt")) out.emplace(line);
    return out;
  }();
  uint32_t i = after_with;
  if (i < end && doc.token_lower(i) == "the") ++i;
  return i < end && duties.count(doc.token_lower(i)) > 0;
}

// "Republicans have seized on the growing pains", "she struck many as a
// self-promoter": "seize on" is to make use of, "strike X as" to seem,
// "strike down" a rule to annul it, and
// "decline" before an adverb or a measure to fall.
bool phrasal_sense(const Document& doc, uint32_t first, uint32_t end, const Trigger& t, const TriggerMatch& m) {
  if (t.kind != TriggerKind::kVerb || m.as_noun) return false;
  const std::string& verb = t.lemmas.front();
  if (verb == "seize")
    return m.head + 1 < end && in(doc.token_lower(m.head + 1), {"on", "upon"});
  // "a judge struck down the rule" (not "was struck down by a bullet").
  if (verb == "strike" && m.head + 1 < end && doc.token_lower(m.head + 1) == "down" &&
      !be_form_before(doc, first, m.head))
    return true;
  if (verb == "strike")  // a person struck, then "as": "struck me as odd"
    return m.head + 2 < end && doc.token_lower(m.head + 2) == "as" &&
           in(doc.token_lower(m.head + 1),
              {"me", "him", "her", "us", "them", "many", "some", "most", "others", "observers", "critics", "voters"});
  // "Trump shoots from the hip", "fired from the lip": to speak or act
  // rashly, no shot.
  if ((verb == "shoot" || verb == "fire") && m.head + 3 < end && doc.token_lower(m.head + 1) == "from" &&
      doc.token_lower(m.head + 2) == "the" && in(doc.token_lower(m.head + 3), {"hip", "lip"}))
    return true;
  // 'O'Rourke shot back: "..."', "Paul shot back Monday on Fox News": a
  // retort, no shot; "troops shot back at the gunmen" fire.
  if (verb == "shoot" && m.head + 2 < end && doc.token_lower(m.head + 1) == "back") {
    std::string_view after = doc.token_lower(m.head + 2);
    if (base::weekday_of(after) != 0) return true;
    return !in(after, {"at", "and"}) && !is_capitalised(doc.token_text(m.head + 2));
  }
  // "Macron takes charge of a nation", "the agency in charge of the probe":
  // "charge" after "take" or "in" is the noun of command; '"He incites
  // violence," Clinton charged.', "charged that the vote was rigged": with no
  // object and not passive it is to say, no charge brought.
  if (verb == "charge") {
    std::string_view prev = m.head > first ? doc.token_lower(m.head - 1) : "";
    if (in(prev, {"take", "takes", "took", "taken", "taking", "in"})) return true;
    // "charged that the vote was rigged": a charge at law takes no clause.
    std::string_view form = doc.token_lower(m.head);
    std::string_view next = m.head + 1 < end ? doc.token_lower(m.head + 1) : ".";
    if (next == "that") return true;
    if (next == "with" && tasked_with_a_duty(doc, end, m.head + 2)) return true;
    // The speaker stands right before it ("Clinton charged", "he charges");
    // "faces fraud charges", "trumped up charges" are the noun.
    std::string_view speaker = m.head > first ? doc.token_text(m.head - 1) : std::string_view();
    bool said_by = is_capitalised(speaker) || in(lower(speaker), {"he", "she", "they", "we", "i", "who"});
    if (form == "charges" && !said_by && !in(next, {"against", "of", "for", "filed", "brought"})) return true;
    return said_by && !be_form_before(doc, first, m.head) && in(next, {".", ",", ";", ":", "\"", "\xE2\x80\x9D"});
  }
  // "Trump's alleged mistreatment of", "the alleged plot", "any alleged,
  // leaked documents": "alleged" after an article or possessive is an
  // adjective that doubts a thing; no one alleges it here.
  if (verb == "allege" && doc.token_lower(m.head) == "alleged" && m.head > first) {
    std::string_view prev = doc.token_lower(m.head - 1);
    return is_determiner_like(prev) || in(prev, {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99", "any", "all", "other",
                                                 "such", "these", "those", "his", "her", "their", "its", "of", "for"});
  }
  // "Romney wound up with 1,575 delegates": "wind up", to end, no wound.
  if (verb == "wound" && doc.token_lower(m.head) == "wound" && m.head + 1 < end)
    return doc.token_lower(m.head + 1) == "up";
  // "Democrats are marching forward with investigations": to go on, no march.
  if (verb == "march" && m.head + 1 < end)
    return in(doc.token_lower(m.head + 1), {"forward", "ahead", "onward", "onwards"});
  // "the number of mines declined sharply", "exports declined by 5%": a
  // figure that falls refuses nothing.
  if (verb == "decline" && m.head + 1 < end) {
    std::string_view next = doc.token_lower(m.head + 1);
    return is_ly_adverb(next) ||
           in(next, {"by", "from", "in", "since", "over", "percent"});
  }
  return false;
}

// "Moore fired back on Twitter", "the White House fired back, calling it a
// smear": "fire back" not followed by "at" is a retort, as "shoot back"
// is; "troops fired back at the gunmen" fire.
bool fired_back_in_words(const Document& doc, uint32_t end, const Trigger& t, const TriggerMatch& m) {
  if (m.as_noun || t.lemmas.front() != "fire" || m.head + 2 >= end || doc.token_lower(m.head + 1) != "back")
    return false;
  std::string_view after = doc.token_lower(m.head + 2);
  return after != "at" && after != "and" && !is_capitalised(doc.token_text(m.head + 2));
}

bool figurative_force(const Document& doc, uint32_t first, uint32_t end, const Trigger& t, const TriggerMatch& m,
                      const Lexicon& lex) {
  if (figurative_object_follows(doc, end, t, m, lex) || figurative_object_before(doc, first, t, m, lex) ||
      phrasal_sense(doc, first, end, t, m) || fired_back_in_words(doc, end, t, m))
    return true;
  // "riot police", "attack ads", "a protest vote": a noun trigger that
  // modifies the noun after it (events/compound_heads.txt) names a kind of
  // thing, no act.
  if (m.as_noun && t.kind == TriggerKind::kNoun && m.last + 1 < end &&
      lex.compound_head(doc.token_lower(m.last + 1)))
    return true;
  // "press secretary for the committee": so the bare head of a phrase whose
  // next word comes later.
  if (t.kind == TriggerKind::kPhrase && m.last > m.head + 1 && doc.token_lower(m.head) == t.lemmas.front() &&
      lex.compound_head(doc.token_lower(m.head + 1)))
    return true;
  const std::string& code = t.cameo;
  bool force = code.size() >= 2 && ((code[0] == '1' && (code[1] == '8' || code[1] == '9')) || code.compare(0, 2, "20") == 0);
  if (!force) return false;
  // "suffered a heart attack": after an article and a modifier of
  // figurative_modifiers.txt a verb trigger's word is the noun.
  if (t.kind == TriggerKind::kVerb && m.head > first + 1 &&
      lex.figurative_modifier(doc.token_lower(m.head - 1)) &&
      is_determiner_like(doc.token_lower(m.head - 2)))
    return true;
  // "died of pneumonia, heart attacks and internal bleeding": so the plural
  // in -s right after such a modifier, whatever stands before it.
  std::string_view form = doc.token_text(m.head);
  if (t.kind == TriggerKind::kVerb && m.head > first && form.size() > 3 && form.back() == 's' &&
      lex.figurative_modifier(doc.token_lower(m.head - 1)))
    return true;
  uint32_t noun = t.kind == TriggerKind::kNoun ? m.head : t.kind == TriggerKind::kPhrase ? m.last : UINT32_MAX;
  if (noun == UINT32_MAX || (t.kind == TriggerKind::kPhrase && !m.as_noun && noun == m.head)) return false;
  if (noun > first && lex.figurative_modifier(doc.token_lower(noun - 1))) return true;
  return noun + 2 < end && doc.token_lower(noun + 1) == "of" && doc.token_lower(noun + 2) == "words";
}

// Lemmas of the words after a phrase head, computed once per sentence on
// first use: many phrases share a head ("call for", "call on", "call off").
class LemmaCache {
 public:
  LemmaCache(const Document& doc, const Lexicon& lex, const Sentence& s)
      : doc_(doc), lex_(lex), first_(s.first_token), lemmas_(s.token_count), cached_(s.token_count, false) {}

  const std::vector<std::string>& operator()(uint32_t j) {
    if (!cached_[j - first_]) {
      lex_.lemmas(doc_.token_text(j), lemmas_[j - first_]);
      cached_[j - first_] = true;
    }
    return lemmas_[j - first_];
  }

 private:
  const Document& doc_;
  const Lexicon& lex_;
  uint32_t first_;
  std::vector<std::vector<std::string>> lemmas_;
  std::vector<bool> cached_;
};

// Does the phrase word `lemma` follow the token `at` closely enough?  On
// success `at` moves to it.
bool next_phrase_word(const Document& doc, uint32_t end, const std::string& lemma, LemmaCache& lemmas_at,
                      uint32_t& at) {
  // A particle may come after a short object ("called the strike off").
  bool prep = is_preposition(lemma);
  uint32_t reach = is_particle(lemma) && !prep ? 4 : 5;
  // A noun reaches over names (the indirect object: "gave Pakistan
  // ... aid") and over a measure before "of" ("provide 25,000 tons
  // of food aid"), within twelve tokens.
  bool noun_lemma = !prep && !is_particle(lemma);
  uint32_t steps = 0;
  for (uint32_t j = at + 1; j < end && j <= at + 12 && steps < reach; ++j) {
    std::string_view w = doc.token_text(j);
    const auto& next_lemmas = lemmas_at(j);
    const std::string& lw = next_lemmas.front();  // the word, lower-cased
    // "used refugees as human shields": "as" here starts no clause.
    if (noun_lemma && (w == "," || (is_clause_boundary(lw) && w != "as"))) break;
    // "forced the UN refugee agency, UNHCR, out": a particle reaches
    // over a named object and its appositive acronym too.
    bool name_part = is_capitalised(w) || (w == "," && ((j + 1 < end && is_capitalised(doc.token_text(j + 1))) ||
                                                         is_capitalised(doc.token_text(j - 1))));
    if (!(noun_lemma || is_particle(lemma)) || !name_part) ++steps;
    if (noun_lemma && w == "of" && reach < 8) reach += 3;
    if (std::find(next_lemmas.begin(), next_lemmas.end(), lemma) != next_lemmas.end()) {
      // "called Putin on Monday", "was fired on Friday": a preposition
      // that opens a time phrase is no particle of the phrase ("called on
      // Putin", "fired on the crowd").  Nor does "on the phone" ("called
      // her on the phone").
      if (j + 1 < end && (prep || is_particle(lemma)) &&
          (opens_time_phrase(doc, j + 1) || (j > at + 1 && names_a_phone(doc, j + 1, end)))) {
        if (j == at + 1) return false;  // "gave in November": the verb alone
        continue;
      }
      at = j;
      return true;
    }
    // "fired rockets at" reaches its preposition over the object,
    // "agreed to lift sanctions on" not over another verb.
    if (prep && (w == "to" || w == "," || is_clause_boundary(lw))) break;
  }
  return false;
}

bool ends_in_ly(std::string_view w) { return w.size() > 3 && w.substr(w.size() - 2) == "ly"; }

// How a trigger reads at a token: not at all, in its own word order, or as
// a phrase in the passive with its noun fronted ("rockets were fired").
enum class Fit { kNone, kFits, kFrontedPassive };

// A phrase trigger: its other words must follow in order within three
// tokens each (more over names and measures).
Fit fit_phrase(const Document& doc, uint32_t first, uint32_t end, uint32_t i, bool noun, const Trigger& t,
               LemmaCache& lemmas_at, TriggerMatch& m) {
  // "guilty of violating the ceasefire", "after signing the deal": a
  // gerund after a preposition still takes its object.
  if (noun && !gerund(doc.token_text(i)) && !t.noun_head) return Fit::kNone;
  uint32_t at = i;
  bool ok = true;
  for (size_t k = 1; k < t.lemmas.size() && ok; ++k) {
    uint32_t before = at;
    ok = next_phrase_word(doc, end, t.lemmas[k], lemmas_at, at);
    // "pushed back on", "pushed back publicly against", not "push back his
    // decision on": the words of an `adjacent` phrase follow one another.
    if (ok && t.adjacent && at > before + 1 &&
        (at > before + 2 || !ends_in_ly(doc.token_lower(before + 1))))
      ok = false;
  }
  if (!ok && passive_phrase_at(doc, first, i, t, lemmas_at)) return Fit::kFrontedPassive;
  if (!ok) return Fit::kNone;
  m.last = at;
  m.as_noun = noun && t.noun_head;  // "a halt to tests": the head is the noun
  return Fit::kFits;
}

// A noun trigger: used as a noun, or after its modifier ("phone call").
bool fit_noun(const Document& doc, uint32_t first, uint32_t i, bool noun, const Trigger& t, TriggerMatch& m) {
  if (!noun && t.lemmas.size() == 1 && !modified_noun(doc, first, i)) return false;
  if (t.lemmas.size() == 2) {  // "phone call": the modifier precedes the head
    if (i == first || doc.token_lower(i - 1) != t.lemmas[0]) return false;
  }
  m.as_noun = true;
  return true;
}

// A verb trigger: used as a verb, inflected when it must be, with its
// object when it needs one.
bool fit_verb(const Document& doc, uint32_t first, uint32_t end, uint32_t i, bool noun, const Trigger& t) {
  std::string_view word = doc.token_text(i);
  if (noun) return false;  // a verb trigger used as a noun
  if (t.inflected && !gerund(word) && !(word.size() > 4 && word.substr(word.size() - 2) == "ed") &&
      !(i > first && lower(word) == t.lemmas[0] && bare_verb_before(doc.token_lower(i - 1))))
    return false;  // "court orders", "pounds 5m", "a nuclear bomb": the noun
  if (t.object_next && !object_follows(doc, i, end) && !passive_participle(doc, first, end, i))
    return false;  // "help defend", "help with": the act is another's; "free trade" an adjective
  return true;
}

Fit fit_trigger(const Document& doc, uint32_t first, uint32_t end, uint32_t i, bool noun, const Trigger& t,
                LemmaCache& lemmas_at, TriggerMatch& m) {
  if (t.kind == TriggerKind::kPhrase) return fit_phrase(doc, first, end, i, noun, t, lemmas_at, m);
  if (t.kind == TriggerKind::kNoun) return fit_noun(doc, first, i, noun, t, m) ? Fit::kFits : Fit::kNone;
  return fit_verb(doc, first, end, i, noun, t) ? Fit::kFits : Fit::kNone;
}

// Capitalised words mid-sentence are names, not triggers ("Talks" and
// "Meeting" in a headline excepted).
bool may_start_trigger(const Document& doc, uint32_t first, uint32_t i) {
  if (doc.tokens[i].kind != TokenKind::kWord) return false;
  std::string_view word = doc.token_text(i);
  return !(word.empty() || (word[0] >= 'A' && word[0] <= 'Z' && i != first && word != "Talks" && word != "Meeting"));
}

// The first (longest-listed) trigger of a lemma of the word at `i` that
// fits there, added to `out` with its tokens marked used; false if none.
bool match_word(const Document& doc, const Lexicon& lex, uint32_t first, uint32_t end, uint32_t i,
                const std::vector<std::string>& lemmas, LemmaCache& lemmas_at, std::vector<bool>& used,
                std::vector<TriggerMatch>& out) {
  for (const std::string& lemma : lemmas) {
    const auto* candidates = lex.triggers_for(lemma);
    if (!candidates) continue;
    bool noun = noun_context(doc, first, i);
    // (Only the bare form itself: "the hearing took" is a past verb.  A
    // phrase keeps its own reading: "a full-throated push for", "the
    // revamped trade agreement with" are the phrase.)
    // (lemmas.front() is the word itself, lower-cased.)
    bool bare_noun = !noun && lemma == lemmas.front() && bare_form_in_noun_phrase(doc, first, i);
    for (const Trigger& t : *candidates) {
      TriggerMatch m{&t, i, i, false};
      Fit fit = fit_trigger(doc, first, end, i, noun || (bare_noun && t.kind != TriggerKind::kPhrase), t, lemmas_at, m);
      if (fit == Fit::kNone) continue;
      if (fit == Fit::kFrontedPassive) {
        m.object_before = true;
        out.push_back(m);
        used[i - first] = true;
        return true;
      }
      if (figurative_force(doc, first, end, t, m, lex)) continue;
      out.push_back(m);
      for (uint32_t j = i; j <= m.last; ++j) used[j - first] = true;
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<TriggerMatch> find_triggers(const Document& doc, const Sentence& s, const Lexicon& lex) {
  std::vector<TriggerMatch> out;
  uint32_t first = s.first_token, end = s.first_token + s.token_count;
  std::vector<std::string> lemmas;
  std::vector<bool> used(s.token_count, false);
  LemmaCache lemmas_at(doc, lex, s);
  for (uint32_t i = first; i < end; ++i) {
    if (used[i - first] || !may_start_trigger(doc, first, i)) continue;
    std::string_view word = doc.token_text(i);
    lex.lemmas(word, lemmas);
    // "re-imposed", "re-arrested", "reimposed", "reoccupied": the act again is the act.
    add_repeated_act(lex, word, lemmas);
    if (match_judgement(doc, lex, first, end, i, lemmas, out)) {
      for (uint32_t j = i; j <= out.back().last; ++j) used[j - first] = true;
      continue;
    }
    match_word(doc, lex, first, end, i, lemmas, lemmas_at, used, out);
  }
  return out;
}

}  // namespace parley::events
