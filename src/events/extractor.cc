#include "events/extractor.h"

#include <algorithm>
#include <cstring>
#include <cstdio>
#include <string>
#include <stdexcept>
#include <unordered_set>

#include "actors/knowledge.h"
#include "base/calendar.h"
#include "base/text.h"
#include "parley/data.h"
#include "time/lexicon.h"

namespace parley::events {
namespace {

// ---- Closed-class words ---------------------------------------------------
// Grammar words, not knowledge about the world: they stay in code.

bool in(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

std::string lower(std::string_view s) { return base::ascii_lower(s); }

// Tokens at which a clause ends or a new one starts.
bool is_clause_boundary(std::string_view w) {
  return in(w, {";",     ":",         "\xE2\x80\x94", "\xE2\x80\x93", "--",        "said",      "says",     "say",
                "told",  "tells",     "stated",       "added",        "disclosed", "announced", "reported", "confirmed",
                "noted", "according", "that",         "which",        "who",       "whom",      "whose",    "while",
                "when",  "whereas",   "although",     "though",       "because",   "since",     "after",    "before",
                "but",   "as",        "amid",         "where",        "if",        "unless"});
}

bool is_negation(std::string_view w) { return in(w, {"not", "n't", "never", "no", "neither", "nor"}); }

bool is_modal_future(std::string_view w) {
  return in(w, {"will", "would", "could", "may", "might", "shall", "should", "'ll", "can"});
}

// A modal at token `i`; "May" inside a sentence is the month ("In May Russia expelled ...").
bool modal_at(const Document& doc, uint32_t i, uint32_t sentence_first) {
  std::string_view raw = doc.token_text(i);
  return is_modal_future(lower(raw)) && !(raw == "May" && i != sentence_first);
}

// Words that, before a trigger verb, make its event an intention or plan.
bool is_plan_word(std::string_view w) {
  return in(w, {"pledged", "pledge", "pledges", "promised", "promise", "promises", "vowed", "vow", "vows",
                "swore", "sworn", "swear", "swears", "prepared", "threaten", "threatens", "threatened", "threatening",
                "asked", "asks", "requested", "requests",
                "plan",   "plans",     "planned",   "planning", "intend",    "intends",  "intended",    "expected",
                "expect", "expects",   "hope",      "hopes",    "hoped",     "want",     "wants",       "wanted",
                "ready",  "willing",   "scheduled", "due",      "set",       "going",    "agreed",      "agree",
                "agrees", "proposed",  "propose",   "proposes", "offered",   "offer",    "offers",      "seek",
                "seeks",  "sought", "seeking", "determined", "eager", "keen",    "invited",   "prepare",  "preparing", "possible", "possibility", "upcoming",
                "future", "potential", "proposal",  "prospect", "invitation", "aimed", "aiming", "aims",
                "designed", "prepares", "poised", "readying"});
}

bool is_cancel_word(std::string_view w) {
  return in(w, {"failed", "fail", "fails", "failing", "cancel",  "cancels", "cancelled", "canceled", "called",    "postponed", "postpone",
                "refused", "refuse",  "refuses",   "declined", "decline",   "denied",    "deny",
                "denies",  "ruled",   "rejected",  "scrapped", "suspended", "off",
                "delay", "delays", "delayed", "defer", "defers", "deferred", "postpones"});
}

bool is_determiner_like(std::string_view w) {
  return in(
      w, {"a",       "an",       "the",      "this",          "that",         "their",       "his",        "her",
          "its",     "our",      "first",    "second",        "third",        "last",        "next",       "new",
          "rare",    "brief",    "short",    "long",          "private",      "closed-door", "bilateral",  "official",
          "formal",  "informal", "separate", "joint",         "face-to-face", "planned",     "possible",   "two",
          "three",   "several",  "'s",       "\xE2\x80\x99s", "one-on-one",   "lengthy",     "high-level", "previous",
          "earlier", "recent",   "annual",   "scheduled",     "upcoming",     "proposed",    "further"});
}

bool is_be_form(std::string_view w) {
  return in(w, {"was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"});
}

// "are demanding", "is providing": a be-form before an -ing form is the
// progressive, not the passive.
bool progressive(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

bool is_preposition(std::string_view w) {
  return in(w,
            {"to",      "of",   "in",   "at",    "for",   "from",   "by",   "on",     "with",    "between", "among",
             "against", "into", "over", "about", "under", "across", "near", "toward", "towards", "via",     "within"});
}

// Words that count people, after which "of" names who was counted:
// "thousands of protesters", "dozens of Palestinians", "members of the opposition".
bool is_quantity(std::string_view w) {
  return in(w, {"thousands", "hundreds", "dozens", "millions", "scores", "tens", "groups", "members", "supporters",
                "number", "some", "many", "several", "most", "all", "hundred", "thousand", "dozen", "group",
                "band", "crowd", "crowds", "leaders", "leader", "families", "relatives", "supporter", "member",
                // bodies of people sent together: "a team of UN inspectors", "a contingent of Indian troops"
                "team", "teams", "delegation", "delegations", "contingent", "contingents", "detachment", "unit",
                "units", "deployment", "batch", "mission", "party", "convoy"});
}

// Nouns for a part of a place, after which "of" names the place: "the
// outskirts of Aleppo", "a district of Kabul", "the city of Homs".
bool is_part_of_place(std::string_view w) {
  return in(w, {"part",   "parts",    "outskirts", "district",     "districts",     "suburb",  "suburbs",
                "area",   "areas",    "city",      "town",         "village",       "centre",  "center",
                "north",  "south",    "east",      "west",         "neighbourhood", "neighborhood",
                "neighbourhoods", "neighborhoods", "province", "region", "capital", "streets", "heart"});
}

// A number before a noun: "10", "two", "dozens" (not a counting noun such
// as "team" or "group", which is itself the noun: "the team shelled").
bool is_number_word(std::string_view w) {
  return (!w.empty() && w[0] >= '0' && w[0] <= '9') ||
         in(w, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
                "fifty", "hundred", "thousand", "hundreds", "thousands", "dozens", "scores", "several", "many", "some"});
}

// Words after which a bare form is the verb: "to bomb Syria", "will pressure".
bool bare_verb_before(std::string_view w) {
  return in(w, {"to", "will", "would", "could", "can", "should", "may", "might", "must", "'ll", "not", "n't", "did"});
}

// Adverb particles of phrasal verbs ("call off", "pull out", "step down").
bool is_particle(std::string_view w) { return in(w, {"off", "out", "down", "up", "back", "away", "over"}); }

// ---- Actors in a sentence ----------------------------------------------------

struct ActorSpan {
  uint32_t first = 0, last = 0;  // token range [first, last)
  uint32_t mention = 0;
  const Actor* actor = nullptr;
  MentionType type = MentionType::kPerson;
  std::string key;  // identity for merging: id, name|country, or country
};

std::string actor_key(const Actor& a) {
  if (!a.id.empty()) return a.id;
  if (!a.name.empty()) return lower(a.name) + "|" + a.country;
  // "Egypt's police" and "Egyptian protesters" are two actors of one country.
  // "Muslim militants" and "Christian militias" are two groups of one sector.
  if (!a.sector.empty()) return a.country + "~" + a.sector + "~" + a.code;
  return a.country;
}

uint32_t token_at(const Document& doc, uint32_t offset, uint32_t lo, uint32_t hi) {
  // First token of [lo, hi) that ends after `offset`.
  auto it = std::lower_bound(doc.tokens.begin() + lo, doc.tokens.begin() + hi, offset,
                             [](const Token& t, uint32_t off) { return t.text.end <= off; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

// The actors of a sentence; with `places_only`, instead the cities and
// regions it names, each standing for its country.
std::vector<ActorSpan> actors_in(const Document& doc, const Sentence& s, bool places_only = false) {
  std::vector<ActorSpan> out;
  uint32_t lo = s.first_token, hi = s.first_token + s.token_count;
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.text.begin < s.text.begin || mention.text.end > s.text.end) continue;
    if (mention.entity < 0 || static_cast<size_t>(mention.entity) >= doc.entities.size()) continue;
    if (doc.entities[mention.entity].place != places_only) continue;
    const Actor& actor = doc.entities[mention.entity].actor;
    // A group of no known country ("rebels", "the police") is still an actor
    // with a sector; a named body of no known country (a company, a club) is
    // not coded; a person of unknown country may still be resolved later.
    bool group = actor.name.empty() && !actor.sector.empty();
    if (actor.country.empty() && actor.name.empty() && !group) continue;  // not a political actor we can code
    if (actor.country.empty() && mention.type != MentionType::kPerson && !group) continue;
    ActorSpan a;
    a.first = token_at(doc, mention.text.begin, lo, hi);
    a.last = token_at(doc, mention.text.end - 1, lo, hi) + 1;
    a.mention = m;
    a.actor = &actor;
    a.type = mention.type;
    a.key = actor_key(actor);
    out.push_back(a);
  }
  std::sort(out.begin(), out.end(), [](const ActorSpan& x, const ActorSpan& y) { return x.first < y.first; });
  // Overlapping mentions ("US Congress" as a group and "Congress" as a named
  // body) are one actor: keep the named one, else the longer span.
  std::vector<ActorSpan> distinct;
  for (const ActorSpan& a : out) {
    if (!distinct.empty() && a.first < distinct.back().last) {
      ActorSpan& b = distinct.back();
      bool prefer_a = (!a.actor->name.empty() && b.actor->name.empty()) ||
                      (a.actor->name.empty() == b.actor->name.empty() && a.last - a.first > b.last - b.first);
      if (prefer_a) b = a;
      continue;
    }
    distinct.push_back(a);
  }
  out.swap(distinct);
  // "US Secretary of State Rex Tillerson": the country there only describes
  // the person after it, within one noun phrase; it is no actor of its own.
  std::vector<ActorSpan> kept;
  for (size_t k = 0; k < out.size(); ++k) {
    const ActorSpan& a = out[k];
    bool modifier = false;
    // "the United States of America Donald Trump" may come as two mentions
    // of the country before the name: look past the country's other parts.
    size_t n = k + 1;
    while (a.actor->name.empty() && n + 1 < out.size() && out[n].actor->name.empty() &&
           out[n].actor->country == a.actor->country && out[n].first - out[n - 1].last <= 1)
      ++n;
    if (a.actor->name.empty() && n < out.size()) {
      const ActorSpan& next = out[n];
      if (!next.actor->name.empty() && next.actor->country == a.actor->country && next.first >= a.last &&
          next.first - a.last <= 6) {
        modifier = true;
        // "the Foreign Minister of the Russian Federation, Sergey Lavrov": a
        // country after "of" in a title, then the holder's name in apposition.
        bool of_title = a.first >= 1 && (lower(doc.token_text(a.first - 1)) == "of" ||
                                         (a.first >= 2 && lower(doc.token_text(a.first - 1)) == "the" &&
                                          lower(doc.token_text(a.first - 2)) == "of"));
        for (uint32_t i = a.last; i < next.first; ++i) {
          std::string_view w = doc.token_text(i);
          if ((w == "," && !(of_title && next.first == a.last + 1)) || w == "and" || w == "with" || w == "said" ||
              w == "met")
            modifier = false;
        }
      }
    }
    if (!modifier) kept.push_back(a);
  }
  return kept;
}

// ---- Triggers ------------------------------------------------------------------

struct TriggerMatch {
  const Trigger* trigger = nullptr;
  uint32_t head = 0;  // token of the head word
  uint32_t last = 0;  // last token of the trigger phrase
  bool as_noun = false;
  // A verb-and-noun phrase in the passive, its noun before the verb
  // ("rockets were fired at Israel", "a blockade was imposed on Gaza").
  bool object_before = false;
};


// Is the word at `i` used as a noun?  Determiners, possessives and
// adjectives before it say so ("a meeting", "Lavrov's visit", "their talks").
bool is_capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

bool gerund(std::string_view w) { return w.size() > 5 && w.substr(w.size() - 3) == "ing"; }

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

bool noun_context(const Document& doc, uint32_t first, uint32_t i) {
  // "The two discussed": a past form is a verb whatever stands before it.
  std::string_view form = doc.token_text(i);
  bool participle = form.size() > 4 && form.substr(form.size() - 2) == "ed";
  // "evacuated the wounded from ...": a participle between "the" and a
  // preposition or the clause's end names the people it describes.
  if (participle && i > first && lower(doc.token_text(i - 1)) == "the" && i + 1 < doc.tokens.size()) {
    std::string next = lower(doc.token_text(i + 1));
    if (is_preposition(next) || next == "," || next == "." || next == "and") return true;
  }
  // "with exiled dissidents", "the detained journalist": a participle
  // between a determiner or preposition and its noun is an adjective.
  if (participle && i > first && i + 1 < doc.tokens.size()) {
    std::string prev = lower(doc.token_text(i - 1)), next = lower(doc.token_text(i + 1));
    bool before_noun = doc.tokens[i + 1].kind == TokenKind::kWord && !is_preposition(next) &&
                       !is_determiner_like(next) && next != "and" && next != "or";
    // "helped the two exiled dissidents", but "The two discussed Ukraine":
    // a number opens the phrase only when something stands before it.
    uint32_t number_start = i - 1;
    if (number_start > first && lower(doc.token_text(number_start - 1)) == "the") --number_start;
    // (A number word, not digits: "on Feb. 3 banned foreigners" is a verb.)
    bool object_number = is_number_word(prev) && !std::isdigit(static_cast<unsigned char>(prev[0])) &&
                         number_start > first &&
                         !is_clause_boundary(lower(doc.token_text(number_start - 1))) &&
                         doc.token_text(number_start - 1) != ",";
    bool opener = in(prev, {"a", "an", "the", "its", "their", "his", "her", "our", "including"}) || object_number ||
                  (is_preposition(prev) && prev != "by" && prev != "to");
    if (before_noun && opener) return true;
  }
  if (participle) return false;
  if (i == first) return true;
  // "the brutal slaying of", "a deadly bombing": a gerund after a
  // determiner and an adjective is a noun.
  if (gerund(form) && i >= first + 2 && is_determiner_like(lower(doc.token_text(i - 2))) &&
      !is_capitalised(doc.token_text(i - 1)) && !is_preposition(lower(doc.token_text(i - 1))))
    return true;  // headline-initial "Talks ..." reads as a noun
  std::string prev = lower(doc.token_text(i - 1));
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
  if (plural && prev.size() > 4 && prev.compare(prev.size() - 3, 3, "ing") == 0 && i >= first + 2 &&
      !is_be_form(lower(doc.token_text(i - 2))))
    return true;
  // "will host talks", "agreed to resume talks": a plural right after a verb
  // that takes meetings as its object is that object.
  if (takes_meeting_object(prev) &&
      in(lower(word), {"talks", "meetings", "negotiations", "consultations", "discussions", "summits"}))
    return true;
  if (is_determiner_like(prev) || prev == "phone" || prev == "telephone" || prev == "summit") return true;
  // "his White House visit", "their Moscow talks": names between a
  // possessive and the word modify a noun.
  uint32_t j = i;
  while (j > first && is_capitalised(doc.token_text(j - 1))) --j;
  return j < i && j > first && in(lower(doc.token_text(j - 1)), {"his", "her", "their", "its", "our", "my", "your"});
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

// "has been fiercely criticized", "were also stabbed", "was not invited":
// a be-form before a participle, with at most two adverbs between them; a
// participle joined to such a one shares its be-form ("were shot and wounded",
// "was tried and convicted").
bool be_form_before(const Document& doc, uint32_t first, uint32_t i) {
  for (uint32_t k = i; k > first && i - k < 3; --k) {
    std::string w = lower(doc.token_text(k - 1));
    if (is_be_form(w)) return true;
    if (k == i && (w == "and" || w == "or") && k - 1 > first) {
      std::string_view prev = doc.token_text(k - 2);
      return !is_capitalised(prev) && !progressive(prev) && !is_be_form(lower(prev)) && be_form_before(doc, first, k - 2);
    }
    bool adverb = w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0 && !is_capitalised(doc.token_text(k - 1));
    if (!adverb && !in(w, {"also", "not", "never", "already", "just", "since", "then", "later", "once", "still",
                           "even", "all", "both", "first", "twice"}))
      return false;
  }
  return false;
}

// "were freed", "freed by police": a participle in the passive has its
// object before it, so none need follow.
bool passive_participle(const Document& doc, uint32_t first, uint32_t end, uint32_t i) {
  std::string_view w = doc.token_text(i);
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed") return false;
  return be_form_before(doc, first, i) || (i + 1 < end && doc.token_text(i + 1) == "by");
}

// "on the phone", "on the telephone": how two sides spoke, not whom one called on.
bool names_a_phone(const Document& doc, uint32_t i, uint32_t end) {
  if (i < end && lower(doc.token_text(i)) == "the") ++i;
  return i < end && in(lower(doc.token_text(i)), {"phone", "telephone"});
}

// A weekday, a month or a deictic day word: what "on"/"in" before it dates.
bool opens_time_phrase(const Document& doc, uint32_t i) {
  std::string w = lower(doc.token_text(i));
  if (w == "today" || w == "tomorrow" || w == "yesterday" || time::weekday_of(w)) return true;
  return time::month_of(w) && (w != "may" || is_capitalised(doc.token_text(i)));
}

template <typename LemmasAt>
bool passive_phrase_at(const Document& doc, uint32_t first, uint32_t i, const Trigger& t, LemmasAt& lemmas_at) {
  if (t.lemmas.size() != 2 || is_preposition(t.lemmas[1]) || is_particle(t.lemmas[1]) || i < first + 2) return false;
  std::string_view word = doc.token_text(i);
  if (word.size() < 4 || gerund(word) || !is_be_form(lower(doc.token_text(i - 1)))) return false;
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
    if (w == "'s" || w == "\xE2\x80\x99s") continue;
    if (is_capitalised(raw)) {  // a possessor: "the White House's plan", "the German government's plan"
      uint32_t j = i + 1;
      while (j < end && j <= i + 3 && doc.tokens[j].kind == TokenKind::kWord && doc.token_text(j) != "'s" &&
             doc.token_text(j) != "\xE2\x80\x99s" && !is_preposition(lower(doc.token_text(j))))
        ++j;
      if (j < end && (doc.token_text(j) == "'s" || doc.token_text(j) == "\xE2\x80\x99s")) {
        i = j;
        continue;
      }
      return false;
    }
    if (is_preposition(w) || is_clause_boundary(w) || doc.tokens[i].kind != TokenKind::kWord) return false;
    if (is_determiner_like(w) || is_number_word(w)) continue;
    if (of_kind(w)) return true;
    // A modifier goes on to its noun ("the spending bill"); a verb form or
    // a noun at the phrase's end ("killed three soldiers in ...") stops.
    bool modifier = i + 1 < end && doc.tokens[i + 1].kind == TokenKind::kWord &&
                    !is_capitalised(doc.token_text(i + 1)) && !is_preposition(lower(doc.token_text(i + 1))) &&
                    !is_clause_boundary(lower(doc.token_text(i + 1)));
    // (A verb form right after an article modifies: "the spending bill".)
    bool verb_form = gerund(w) || (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0);
    if (!modifier || (verb_form && !is_determiner_like(lower(doc.token_text(i - 1))))) return false;
  }
  return false;
}

// "killed the bill", "seize the initiative", "fought the fire": a verb of
// force or seizure (CAMEO 17-20) whose direct object cannot be hurt
// (events/figurative_objects.txt); "released a list", "released the emails":
// a verb of freeing (084) whose object is a document
// (events/document_objects.txt), published, not set free.
bool figurative_object_follows(const Document& doc, uint32_t end, const Trigger& t, const TriggerMatch& m,
                               const Lexicon& lex) {
  if (t.kind != TriggerKind::kVerb || m.as_noun) return false;
  const std::string& code = t.cameo;
  if (code == "084")
    return object_head_is(doc, end, m, [&](const std::string& w) { return lex.document_object(w); });
  bool coercive = code.size() >= 2 && (code.compare(0, 2, "17") == 0 || code.compare(0, 2, "18") == 0 ||
                                       code.compare(0, 2, "19") == 0 || code.compare(0, 2, "20") == 0);
  // ("attacked his record" is criticism, a verbal act, not figurative.)
  return coercive && object_head_is(doc, end, m, [&](const std::string& w) {
           return lex.figurative_object(w) && !(t.verbal && lex.verbal_object(w));
         });
}

// "A Politico poll released Monday", "the report was released", "the bill
// was killed": the same objects as the subject of the verb's participle,
// the noun right before it or before a form of "be".
bool figurative_object_before(const Document& doc, uint32_t first, const Trigger& t, const TriggerMatch& m,
                              const Lexicon& lex) {
  if (t.kind != TriggerKind::kVerb || m.as_noun || !lex.is_past_participle(lower(doc.token_text(m.head))))
    return false;
  uint32_t i = m.head;
  while (i > first && is_be_form(lower(doc.token_text(i - 1)))) --i;
  if (i == first || is_capitalised(doc.token_text(i - 1))) return false;
  std::string noun = lower(doc.token_text(i - 1));
  const std::string& code = t.cameo;
  if (code == "084") return lex.document_object(noun);
  bool coercive = code.size() >= 2 && (code.compare(0, 2, "17") == 0 || code.compare(0, 2, "18") == 0 ||
                                       code.compare(0, 2, "19") == 0 || code.compare(0, 2, "20") == 0);
  return coercive && lex.figurative_object(noun) && !(t.verbal && lex.verbal_object(noun));
}

// "Republicans have seized on the growing pains", "she struck many as a
// self-promoter": "seize on" is to make use of, "strike X as" to seem,
// "strike down" a rule to annul it, and
// "decline" before an adverb or a measure to fall.
bool phrasal_sense(const Document& doc, uint32_t first, uint32_t end, const Trigger& t, const TriggerMatch& m) {
  if (t.kind != TriggerKind::kVerb || m.as_noun) return false;
  const std::string& verb = t.lemmas.front();
  if (verb == "seize")
    return m.head + 1 < end && in(lower(doc.token_text(m.head + 1)), {"on", "upon"});
  // "a judge struck down the rule" (not "was struck down by a bullet").
  if (verb == "strike" && m.head + 1 < end && lower(doc.token_text(m.head + 1)) == "down" &&
      !be_form_before(doc, first, m.head))
    return true;
  if (verb == "strike")  // a person struck, then "as": "struck me as odd"
    return m.head + 2 < end && lower(doc.token_text(m.head + 2)) == "as" &&
           in(lower(doc.token_text(m.head + 1)),
              {"me", "him", "her", "us", "them", "many", "some", "most", "others", "observers", "critics", "voters"});
  // "the number of mines declined sharply", "exports declined by 5%": a
  // figure that falls refuses nothing.
  if (verb == "decline" && m.head + 1 < end) {
    std::string next = lower(doc.token_text(m.head + 1));
    return (next.size() > 4 && next.compare(next.size() - 2, 2, "ly") == 0) ||
           in(next, {"by", "from", "in", "since", "over", "percent"});
  }
  return false;
}

bool figurative_force(const Document& doc, uint32_t first, uint32_t end, const Trigger& t, const TriggerMatch& m,
                      const Lexicon& lex) {
  if (figurative_object_follows(doc, end, t, m, lex) || figurative_object_before(doc, first, t, m, lex) ||
      phrasal_sense(doc, first, end, t, m))
    return true;
  const std::string& code = t.cameo;
  bool force = code.size() >= 2 && ((code[0] == '1' && (code[1] == '8' || code[1] == '9')) || code.compare(0, 2, "20") == 0);
  if (!force) return false;
  // "suffered a heart attack": after an article and a modifier of
  // figurative_modifiers.txt a verb trigger's word is the noun.
  if (t.kind == TriggerKind::kVerb && m.head > first + 1 &&
      lex.figurative_modifier(lower(doc.token_text(m.head - 1))) &&
      is_determiner_like(lower(doc.token_text(m.head - 2))))
    return true;
  uint32_t noun = t.kind == TriggerKind::kNoun ? m.head : t.kind == TriggerKind::kPhrase ? m.last : UINT32_MAX;
  if (noun == UINT32_MAX || (t.kind == TriggerKind::kPhrase && !m.as_noun && noun == m.head)) return false;
  if (noun > first && lex.figurative_modifier(lower(doc.token_text(noun - 1)))) return true;
  return noun + 2 < end && lower(doc.token_text(noun + 1)) == "of" && lower(doc.token_text(noun + 2)) == "words";
}

std::vector<TriggerMatch> find_triggers(const Document& doc, const Sentence& s, const Lexicon& lex) {
  std::vector<TriggerMatch> out;
  uint32_t first = s.first_token, end = s.first_token + s.token_count;
  std::vector<std::string> lemmas;
  std::vector<bool> used(s.token_count, false);
  // Lemmas of the words after a phrase head, computed once per sentence on
  // first use: many phrases share a head ("call for", "call on", "call off").
  std::vector<std::vector<std::string>> lemma_cache(s.token_count);
  std::vector<bool> cached(s.token_count, false);
  auto lemmas_at = [&](uint32_t j) -> const std::vector<std::string>& {
    if (!cached[j - first]) {
      lex.lemmas(doc.token_text(j), lemma_cache[j - first]);
      cached[j - first] = true;
    }
    return lemma_cache[j - first];
  };
  for (uint32_t i = first; i < end; ++i) {
    if (used[i - first] || doc.tokens[i].kind != TokenKind::kWord) continue;
    std::string_view word = doc.token_text(i);
    if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z' && i != first && word != "Talks" && word != "Meeting"))
      continue;  // capitalised words mid-sentence are names, not triggers
    lex.lemmas(word, lemmas);
    // "re-imposed", "re-arrested", "reimposed", "reoccupied": the act again is the act.
    add_repeated_act(lex, word, lemmas);
    for (const std::string& lemma : lemmas) {
      const auto* candidates = lex.triggers_for(lemma);
      if (!candidates) continue;
      bool noun = noun_context(doc, first, i);
      for (const Trigger& t : *candidates) {
        TriggerMatch m{&t, i, i, false};
        if (t.kind == TriggerKind::kPhrase) {
          // "guilty of violating the ceasefire", "after signing the deal": a
          // gerund after a preposition still takes its object.
          if (noun && !gerund(word) && !t.noun_head) continue;
          // The other words must follow in order within three tokens each.
          uint32_t at = i;
          bool ok = true;
          for (size_t k = 1; k < t.lemmas.size() && ok; ++k) {
            ok = false;
            // A particle may come after a short object ("called the strike off").
            bool prep = is_preposition(t.lemmas[k]);
            uint32_t reach = is_particle(t.lemmas[k]) && !prep ? 4 : 5;
            // A noun reaches over names (the indirect object: "gave Pakistan
            // ... aid") and over a measure before "of" ("provide 25,000 tons
            // of food aid"), within twelve tokens.
            bool noun_lemma = !prep && !is_particle(t.lemmas[k]);
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
              if (!(noun_lemma || is_particle(t.lemmas[k])) || !name_part) ++steps;
              if (noun_lemma && w == "of" && reach < 8) reach += 3;
              if (std::find(next_lemmas.begin(), next_lemmas.end(), t.lemmas[k]) != next_lemmas.end()) {
                // "called Putin on Monday": a preposition that opens a time
                // phrase is no particle of the phrase ("called on Putin").
                // Nor does "on the phone" ("called her on the phone").
                if (j > at + 1 && j + 1 < end && (prep || is_particle(t.lemmas[k])) &&
                    (opens_time_phrase(doc, j + 1) || names_a_phone(doc, j + 1, end)))
                  continue;
                at = j;
                ok = true;
                break;
              }
              // "fired rockets at" reaches its preposition over the object,
              // "agreed to lift sanctions on" not over another verb.
              if (prep && (w == "to" || w == "," || is_clause_boundary(lw))) break;
            }
          }
          if (!ok && passive_phrase_at(doc, first, i, t, lemmas_at)) {
            m.object_before = true;
            out.push_back(m);
            used[i - first] = true;
            goto next_token;
          }
          if (!ok) continue;
          m.last = at;
          m.as_noun = noun && t.noun_head;  // "a halt to tests": the head is the noun
        } else if (t.kind == TriggerKind::kNoun) {
          if (!noun && t.lemmas.size() == 1 && !modified_noun(doc, first, i)) continue;
          if (t.lemmas.size() == 2) {  // "phone call": the modifier precedes the head
            if (i == first || lower(doc.token_text(i - 1)) != t.lemmas[0]) continue;
          }
          m.as_noun = true;
        } else if (noun) {
          continue;  // a verb trigger used as a noun
        } else if (t.inflected && !gerund(word) && !(word.size() > 4 && word.substr(word.size() - 2) == "ed") &&
                   !(i > first && lower(word) == t.lemmas[0] && bare_verb_before(lower(doc.token_text(i - 1))))) {
          continue;  // "court orders", "pounds 5m", "a nuclear bomb": the noun
        } else if (t.object_next && !object_follows(doc, i, end) && !passive_participle(doc, first, end, i)) {
          continue;  // "help defend", "help with": the act is another's; "free trade" an adjective
        }
        if (figurative_force(doc, first, end, t, m, lex)) continue;
        out.push_back(m);
        for (uint32_t j = i; j <= m.last; ++j) used[j - first] = true;
        goto next_token;  // the first (longest-listed) match wins
      }
    }
  next_token:;
  }
  return out;
}

// ---- Arguments -----------------------------------------------------------------

struct Clause {
  uint32_t begin, end;  // token range
  // ", who met Putin in June," between the subject and the verb: a relative
  // clause inside [begin, end) whose actors are not the verb's subject.
  uint32_t relative_begin = 0, relative_end = 0;
};

// ", who has long backed X", ", who on Thursday met X": only auxiliaries,
// adverbs and a day stand between the relative pronoun and the verb, so the
// pronoun is the verb's subject (not in "which coalition forces retook", nor
// in the passive "who was shot").
bool relative_pronoun_is_subject(const Document& doc, uint32_t from, uint32_t verb) {
  if (verb - from > 3) return false;
  for (uint32_t i = from; i < verb; ++i) {
    std::string w = lower(doc.token_text(i));
    bool adverb = w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0;
    if (!adverb && !in(w, {"has", "have", "had", "also", "then", "later", "long", "already", "often", "once", "still",
                           "will", "would", "could", "can", "did", "does", "on", "monday", "tuesday", "wednesday",
                           "thursday", "friday", "saturday", "sunday", "yesterday", "today", "last", "week"}))
      return false;
  }
  return true;
}

bool is_possessive_mark(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s"; }

// ", who was smeared as a liar by Russia,", ", which were condemned by
// Germany,": the pronoun is the subject of a passive verb whose doer follows
// "by" inside the relative clause, so the one described underwent the act.
bool relative_pronoun_is_passive_subject(const Document& doc, uint32_t from, uint32_t verb, uint32_t end) {
  if (verb - from > 4 || !be_form_before(doc, from, verb)) return false;
  for (uint32_t i = from; i < verb; ++i)
    if (doc.token_text(i) == "," || lower(doc.token_text(i)) == "by") return false;
  for (uint32_t i = verb + 1; i < end && doc.token_text(i) != ","; ++i)
    if (lower(doc.token_text(i)) == "by") return true;
  return false;
}

// Is the boundary word at `at` the start of a relative clause set off by
// commas (", who ...", ", which ...")?
bool opens_relative_clause(const Document& doc, uint32_t at, uint32_t first) {
  std::string w = lower(doc.token_text(at));
  return (w == "who" || w == "which") && at > first && doc.token_text(at - 1) == ",";
}

// "Italy announced a suspension of air links", "declared a ceasefire": a
// verb of announcing before a noun phrase has it as its object; the clause
// goes on (unlike "announced that ..." or "said the talks ...").
bool announces_object(const Document& doc, uint32_t verb, uint32_t end) {
  std::string w = lower(doc.token_text(verb));
  if (!in(w, {"announced", "announces", "declared", "declares", "confirmed", "confirms"}) || verb + 1 >= end)
    return false;
  return in(lower(doc.token_text(verb + 1)), {"a", "an", "its", "their", "his", "her"});
}

Clause clause_of(const Document& doc, const Sentence& s, uint32_t head, uint32_t last) {
  uint32_t first = s.first_token, end = s.first_token + s.token_count;
  Clause c{first, end};
  for (uint32_t i = head; i > first; --i) {
    if (is_clause_boundary(lower(doc.token_text(i - 1))) && !announces_object(doc, i - 1, end)) {
      // "Merkel, who met Putin in June, criticised Russia": a relative clause
      // closed by a comma before the verb is skipped; the clause goes on
      // before it, and its actors are no subject of the verb.
      if (c.relative_end == 0 && opens_relative_clause(doc, i - 1, first)) {
        uint32_t close = i;
        while (close < head && doc.token_text(close) != ",") ++close;
        if (close < head) {
          c.relative_begin = i - 2;
          c.relative_end = close + 1;
          i = i - 1;
          continue;
        }
      }
      c.begin = i;
      break;
    }
  }
  for (uint32_t i = last + 1; i < end; ++i) {
    std::string w = lower(doc.token_text(i));
    if (w == ";" || w == "said" || w == "says" || w == "which" || w == "while" || w == "but" || w == "whereas") {
      c.end = i;
      break;
    }
  }
  return c;
}

// "a spokeswoman for the Kremlin, who declined to be named,": a body (no
// person) inside a prepositional phrase is not what a following "who"
// describes; the person before the preposition is ("an adviser to Shinzo
// Abe, who met Trump" is Abe: a person may be).
// Only after a word for a person (data/actors/person_cues.txt): "by the
// Justice Department, which had asked" and "to Democrats, who had warned"
// are the body's.
bool body_after_preposition(const Document& doc, const ActorSpan& a) {
  if (a.type == MentionType::kPerson) return false;
  uint32_t before = a.first;
  while (before > 0 && is_determiner_like(lower(doc.token_text(before - 1)))) --before;
  return before > 1 && is_preposition(lower(doc.token_text(before - 1))) &&
         actors::default_knowledge().is_person_cue(lower(doc.token_text(before - 2)));
}

// Is `a` followed by a title (capitalised words or a word for a person,
// data/actors/person_cues.txt) and then a person's name?
bool titles_person(const Document& doc, const std::vector<ActorSpan>& actors, const ActorSpan& a) {
  if (a.last >= doc.tokens.size()) return false;
  std::string_view next = doc.token_text(a.last);
  if (!is_capitalised(next) && !actors::default_knowledge().is_person_cue(lower(next))) return false;
  for (const ActorSpan& b : actors) {
    if (b.type != MentionType::kPerson || b.first <= a.last || b.first > a.last + 4) continue;
    bool title = b.first > a.last;
    for (uint32_t i = a.last; i < b.first && title; ++i) {
      std::string_view w = doc.token_text(i);
      title = is_capitalised(w) || actors::default_knowledge().is_person_cue(lower(w));
    }
    if (title) return true;
  }
  return false;
}

// Actors left of the trigger that can be its subject: in the clause, not
// inside a prepositional phrase ("ambassador to the U.S."), not possessive
// modifiers ("Putin's top diplomat") unless the trigger is a noun they own.
std::vector<const ActorSpan*> subjects(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                       const TriggerMatch& m) {
  std::vector<const ActorSpan*> out;
  for (const ActorSpan& a : actors) {
    if (a.first < c.begin || a.last > m.head) continue;
    if (a.first >= c.relative_begin && a.last <= c.relative_end && c.relative_end > 0) continue;
    // "Thousands of Iraqi Kurds demonstrated": after a quantity, "of" does not
    // start a modifier phrase; the people counted are the subject.
    bool counted = false;
    if (a.first >= c.begin + 2 && lower(doc.token_text(a.first - 1)) == "of")
      counted = is_quantity(lower(doc.token_text(a.first - 2)));
    // "at the White House": the preposition may stand before a determiner.
    uint32_t before = a.first;
    while (before > c.begin + 1 && is_determiner_like(lower(doc.token_text(before - 1)))) --before;
    // "killed in Israeli shelling", "hit by NATO airstrikes": a noun's own
    // modifier names its doer even inside a prepositional phrase.
    bool modifier = m.as_noun && a.last <= m.head && m.head - a.last <= 1;
    // "gave permission to Russia to help Israel", "appealed to Iran to free
    // them": the one right before "to" and the verb is its doer.
    // ("sent Lavrov to Turkey to meet" is a place: only after a word of
    // asking or permitting.)
    bool infinitive_doer = !m.as_noun && a.last + 1 == m.head && lower(doc.token_text(a.last)) == "to" &&
                           before > c.begin + 1 &&
                           in(lower(doc.token_text(before - 2)),
                              {"permission", "approval", "authorization", "authorisation", "go-ahead", "mandate",
                               "appealed", "appeal", "appeals", "called", "calls", "calling", "pleaded"});
    if (!counted && !modifier && !infinitive_doer && before > c.begin && is_preposition(lower(doc.token_text(before - 1)))) {
      // "the possibility of Putin and Trump meeting": a coordinated pair right
      // before the trigger is its subject even after a preposition.
      bool pair_before_trigger = false;
      for (const ActorSpan& b : actors)
        if (b.first == a.last + 1 && lower(doc.token_text(a.last)) == "and" && b.last == m.head)
          pair_before_trigger = true;
      if (!pair_before_trigger) continue;
    }
    bool possessive =
        a.last < doc.tokens.size() && (doc.token_text(a.last) == "'s" || doc.token_text(a.last) == "\xE2\x80\x99s");
    if (possessive && !(m.as_noun && a.last + 1 >= m.head - 1)) continue;
    // "the Russia probe", "Iran sanctions": a country's name right before a
    // noun says whom the act concerns, not who does it ("Russia's" would).
    if (m.as_noun && a.last == m.head && a.type == MentionType::kLocation) continue;
    // "The North Atlantic Treaty Organization (NATO)": one actor named twice.
    if (!out.empty() && out.back()->key == a.key) continue;
    out.push_back(&a);
  }
  // "RNC Chairman Reince Priebus", "Al Qaeda leader Ayman al-Zawahri": a
  // body before a title and a person's name says whose title it is; the
  // person is the one subject, not a second party beside them.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const ActorSpan* a) { return a->type != MentionType::kPerson && titles_person(doc, actors, *a); }),
            out.end());
  // "Angela Merkel, who met Putin in June, ...": the active verb of a
  // relative clause with no subject of its own is done by the one the clause
  // describes ("who had been arrested" tells of an earlier act done to them).
  if (out.empty() && !m.as_noun && c.begin >= 2 && opens_relative_clause(doc, c.begin - 1, 0) &&
      (relative_pronoun_is_subject(doc, c.begin, m.head) ||
       relative_pronoun_is_passive_subject(doc, c.begin, m.head, c.end))) {
    for (const ActorSpan& a : actors)
      if (a.last == c.begin - 2 && !body_after_preposition(doc, a)) out.push_back(&a);
    // "Putin's remarks, which were condemned by Germany": a thing's owner
    // stands for the thing the clause describes.
    if (out.empty() && c.begin >= 3 && lower(doc.token_text(c.begin - 1)) == "which")
      for (const ActorSpan& a : actors)
        if (a.last + 4 == c.begin && is_possessive_mark(doc.token_text(a.last))) out.push_back(&a);
  }
  return out;
}

// The target: after the trigger, introduced by one of its prepositions or as
// its direct object.  Returns every coordinated actor of that phrase.
std::vector<const ActorSpan*> targets(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                      const TriggerMatch& m) {
  std::vector<const ActorSpan*> out;
  const auto& preps = m.trigger->target_preps;
  bool obj = std::find(preps.begin(), preps.end(), "obj") != preps.end();
  uint32_t start = m.last + 1;
  // "accused Serbia of war crimes", "handed the prisoners over to": the
  // object inside a phrase trigger is its target.
  // So is a state right after the verb ("gave Pakistan 5 million dollars of
  // aid"), the recipient; not a group ("sent Russian advisers and troops").
  // "asked Obama for help": the one asked, right after a request's verb.
  std::string root = m.trigger->cameo.substr(0, 2);
  bool request = root == "02" || root == "10";
  // The phrase's last word may be the actor's own head noun: "expelled two
  // British diplomats" (the group "British diplomats" ends on "diplomats").
  // "spoke with Erdogan by phone": inside the phrase, after one of its own
  // prepositions.
  auto after_own_prep = [&](const ActorSpan& a) {
    uint32_t p = a.first - 1;
    if (p > m.head && is_determiner_like(lower(doc.token_text(p)))) --p;
    return p > m.head && std::find(preps.begin(), preps.end(), lower(doc.token_text(p))) != preps.end();
  };
  // "attended the Beijing Olympics", "the Paris climate conference": a
  // place naming the gathering, before its noun, is where it is held.
  // Only a bare place ("pulled the US out" names no gathering; "Mandela's
  // funeral" is a person's).
  auto names_gathering = [&](const ActorSpan& a) {
    if (!m.trigger->place_target || a.last > m.last || a.last + 2 < m.last) return false;
    if (a.actor->country.empty() || !a.actor->name.empty() || !a.actor->sector.empty()) return false;
    if (is_particle(lower(doc.token_text(m.last))) || is_preposition(lower(doc.token_text(m.last)))) return false;
    for (uint32_t i = a.last; i < m.last; ++i) {
      std::string_view w = doc.token_text(i);
      if (is_capitalised(w) || is_preposition(lower(w)) || !std::isalpha(static_cast<unsigned char>(w[0])))
        return false;
    }
    return true;
  };
  if (m.trigger->kind == TriggerKind::kPhrase)
    for (const ActorSpan& a : actors)
      if (a.first > m.head && a.first <= m.last && a.last <= m.last + 1 &&
          (obj || after_own_prep(a) || names_gathering(a) ||
           (a.first == m.head + 1 && (request || (a.actor->sector.empty() && a.actor->name.empty()))))) {
        out.push_back(&a);
        return out;
      }
  // Find where the target phrase starts.
  uint32_t phrase = UINT32_MAX;
  // "travelled to Turkey", "arrived in Ankara": a phrase that ends in its
  // target's preposition has the target right after it.
  const std::string& tail = m.trigger->lemmas.back();
  if (m.trigger->lemmas.size() > 1 && std::find(preps.begin(), preps.end(), tail) != preps.end()) phrase = start;
  bool after_phrase = false;  // another prepositional phrase came first
  for (uint32_t i = start; i < c.end && i <= start + 6 && phrase == UINT32_MAX; ++i) {
    std::string w = lower(doc.token_text(i));
    // "a meeting between X and Y"; in captions also "Meeting by X and Y".
    bool sides = m.as_noun && (w == "between" || (w == "by" && i == start && m.trigger->reciprocal));
    // "attended a conference on the war in Syria": that place is the topic's.
    bool topic_place = m.trigger->place_target && after_phrase && (w == "in" || w == "at");
    after_phrase |= is_preposition(w);
    if ((std::find(preps.begin(), preps.end(), w) != preps.end() && !topic_place) || sides) {
      phrase = i + 1;
      break;
    }
    if (obj && i == start) {
      phrase = i;
      break;
    }
  }
  if (phrase == UINT32_MAX) return out;
  // "demanded that the government end curbs", "urged that Iraq cooperate":
  // the subject of a demanded or requested act is the target.
  if (obj && phrase == start && request && phrase < c.end &&
      lower(doc.token_text(phrase)) == "that")
    ++phrase;
  // "endorsed an agreement with the European Union": when the object is no
  // actor, the actor of a phrase attached to it is the target.
  if (obj && phrase == start) {
    bool actor_at_object = false;
    for (const ActorSpan& a : actors) {
      if (a.first < phrase || a.first > phrase + 3 || a.first >= c.end) continue;
      bool inside_object = true;  // not behind a preposition ("the shelling by Syria")
      for (uint32_t i = phrase; i < a.first; ++i) {
        std::string w = lower(doc.token_text(i));
        inside_object &= w != "by" && !(m.trigger->place_target && (w == "in" || w == "at"));
      }
      actor_at_object |= inside_object;
    }
    bool other_phrase = false;  // "a summit on the unrest in Iran": Iran is the topic's place
    if (!actor_at_object)
      for (uint32_t i = start + 1; i < c.end && i <= start + 6; ++i) {
        std::string w = lower(doc.token_text(i));
        if (w == "," || is_clause_boundary(w)) break;
        // "condemned the attack by rebels": whose act it was.  "attended
        // a summit in Japan": where a place-target act took place.
        bool place = m.trigger->place_target && (w == "in" || w == "at") && !other_phrase;
        other_phrase |= is_preposition(w);
        if (w == "with" || w == "against" || w == "to" || w == "on" || w == "for" || w == "by" || place) {
          phrase = i + 1;
          break;
        }
      }
  }
  for (const ActorSpan& a : actors) {
    if (a.first < phrase || a.first >= c.end) continue;
    if (out.empty()) {
      // Only determiners, adjectives and titles may stand between the
      // preposition and the actor.
      if (a.first > phrase + 6) break;
      bool clean = true;
      // "with its leader, Kim Jong-un": a title and a comma before the name.
      bool appositive = a.first > phrase + 1 && a.first <= phrase + 4 && doc.token_text(a.first - 1) == "," &&
                        is_determiner_like(lower(doc.token_text(phrase)));
      for (uint32_t i = phrase + 1; appositive && i + 1 < a.first; ++i) {
        std::string_view w = doc.token_text(i);
        appositive = !is_capitalised(w) && !is_preposition(lower(w)) && !is_clause_boundary(lower(w)) && w != ",";
      }
      for (uint32_t i = phrase; i < a.first && clean; ++i) {
        std::string w = lower(doc.token_text(i));
        // "of" inside a capitalised title ("Secretary of State") is part of it.
        bool in_title = i > phrase && is_capitalised(doc.token_text(i - 1)) && is_capitalised(doc.token_text(i + 1));
        bool counted = w == "of" && i > phrase && is_quantity(lower(doc.token_text(i - 1)));
        // "the outskirts of Aleppo", "a government-held part of Syria's second city".
        counted |= w == "of" && i > phrase && m.trigger->place_target && is_part_of_place(lower(doc.token_text(i - 1)));
        // "over 150 prisoners", "about 20 soldiers": a preposition before a number counts.
        std::string_view after = i + 1 < a.first ? doc.token_text(i + 1) : std::string_view();
        bool approximate = !after.empty() && after[0] >= '0' && after[0] <= '9';
        if (is_clause_boundary(w) || (is_preposition(w) && !in_title && !counted && !approximate) ||
            (w == "," && !appositive))
          clean = false;
      }
      if (!clean) break;
      out.push_back(&a);
      continue;
    }
    // Coordinated targets: "with X and Y", "between X and Y", "with
    // President Donald Trump and Secretary of State Rex Tillerson".
    const ActorSpan* prev = out.back();
    bool coordinated = true, conjunction = false;
    for (uint32_t i = prev->last; i < a.first && coordinated; ++i) {
      std::string w = lower(doc.token_text(i));
      conjunction |= w == "and";
      bool title_word =
          is_capitalised(doc.token_text(i)) || (w == "of" && i > prev->last && is_capitalised(doc.token_text(i - 1)));
      if (!(w == "and" || w == "," || is_determiner_like(w) || (title_word && conjunction))) coordinated = false;
    }
    if (!coordinated) break;
    out.push_back(&a);
  }
  return out;
}

bool noun_in_phrase(const Document& doc, Clause c, const TriggerMatch& m);

EventStatus status_of(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end) {
  uint32_t from = std::max(c.begin, subject_end);
  bool planned = false, negated = false;
  // "did not disclose the details of the conversation": the clause's verb is
  // negated, not the talk named inside its object's phrase.
  if (m.as_noun && noun_in_phrase(doc, c, m)) from = m.head;
  for (uint32_t i = from; i < m.head; ++i) {
    std::string w = lower(doc.token_text(i));
    if (is_negation(w)) negated = true;
    if (modal_at(doc, i, c.begin) || is_plan_word(w)) planned = true;
    if (is_cancel_word(w)) negated = true;
  }
  // "the possibility of X and Y meeting", "the prospect of talks": a plan
  // noun anywhere before the trigger in its clause.
  for (uint32_t i = c.begin; i < m.head; ++i) {
    std::string w = lower(doc.token_text(i));
    if (w == "possibility" || w == "prospect" || w == "prospects" || w == "proposal" || w == "invitation")
      planned = true;
  }
  // Nouns: "a possible meeting", "the planned visit", "no meeting".
  if (m.as_noun) {
    for (uint32_t i = m.head >= 3 ? m.head - 3 : 0; i < m.head; ++i) {
      if (i < c.begin) continue;
      std::string w = lower(doc.token_text(i));
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
    if (is_cancel_word(lower(doc.token_text(i)))) negated = true;
  // "Modi's visit to Washington next week will focus on trade", "the meeting
  // between Putin and Trump will take place in Helsinki": the noun is the
  // subject of a verb in the future.
  for (uint32_t i = m.last + 1; m.as_noun && i < c.end && i <= m.last + 8; ++i) {
    std::string w = lower(doc.token_text(i));
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
    std::string w = lower(doc.token_text(i));
    std::string prev = i > 0 ? lower(doc.token_text(i - 1)) : "";
    // "the summit is set for Friday", "talks slated for May": a time set ahead.
    std::string next = i + 1 < c.end ? lower(doc.token_text(i + 1)) : "";
    if ((w == "works" && prev == "the") || (w == "cards" && prev == "the") || w == "prepared" || w == "scheduled" ||
        w == "planned" || w == "expected" || w == "slated" || (w == "set" && is_be_form(prev) && next == "for"))
      planned = true;
  }
  if (negated) return EventStatus::kNegated;
  if (planned) return EventStatus::kPlanned;
  return EventStatus::kOccurred;
}

// ---- Dates --------------------------------------------------------------------------

const Timex* timex_for(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  const Timex* best = nullptr;
  uint32_t best_distance = UINT32_MAX;
  uint32_t anchor = doc.tokens[m.head].text.begin;
  for (const Timex& t : doc.timexes) {
    if (t.text.begin < s.text.begin || t.text.end > s.text.end) continue;
    if (t.type != "DATE" && t.type != "TIME") continue;
    if (!Date::parse_iso(t.value).known()) continue;
    uint32_t distance = t.text.begin > anchor ? t.text.begin - anchor : anchor - t.text.begin;
    if (distance < best_distance) {
      best = &t;
      best_distance = distance;
    }
  }
  return best;
}

// ---- Records ----------------------------------------------------------------------

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

std::string family(const std::string& cameo) { return cameo == "036" ? "036" : cameo.substr(0, 2); }

bool dates_compatible(const Date& a, const Date& b) {
  if (!a.known() || !b.known()) return true;
  if (a.year != b.year) return false;
  if (a.month && b.month && a.month != b.month) return false;
  if (a.day && b.day && a.day != b.day) return false;
  return true;
}

struct Candidate {
  Event event;
  std::string source_key, target_key;
  size_t sentence = 0;  // index of the first sentence that reports it
  uint32_t head = 0, last = 0;  // the trigger's tokens
};

// Two mentions name the same side when they are the same actor, or when one
// is a state (or its government, unnamed) and the other a person or body of
// that state: "met with Russia's ambassador" ... "met with Anatoly Antonov".
bool same_side(const std::string& key_a, const Actor& a, const std::string& key_b, const Actor& b) {
  if (key_a == key_b) return true;
  if (a.country.empty() || a.country != b.country) return false;
  return actors::speaks_for_state(a) || actors::speaks_for_state(b);
}

// "Tillerson met with Russia's ambassador ... On Tuesday, Tillerson met with
// Anatoly Antonov": in neighbouring sentences, an unnamed office holder of a
// known country and a named person of no known country are one person, the
// name saying who and the title saying what.
bool introduces(const Actor& titled, const Actor& named) {
  return titled.name.empty() && !titled.country.empty() && !titled.role.empty() && !named.name.empty() &&
         named.country.empty();
}

bool same_side_near(const std::string& key_a, const Actor& a, const std::string& key_b, const Actor& b, bool near) {
  return same_side(key_a, a, key_b, b) || (near && (introduces(a, b) || introduces(b, a)));
}

// "Insurgents bombarded Aleppo overnight, killing at least eight people":
// in one sentence, force by one actor told twice, once with the place or
// actor it hit and once without, is one act.
bool one_act_of_force(const Candidate& a, const Candidate& b) {
  if (a.sentence != b.sentence || a.target_key.empty() == b.target_key.empty() || a.source_key.empty() ||
      a.source_key != b.source_key)
    return false;
  const std::string& code = a.event.cameo;
  if (code.size() < 2) return false;
  return code[0] == '1' ? code[1] == '8' || code[1] == '9' : code.compare(0, 2, "20") == 0;
}

bool same_event(const Candidate& a, const Candidate& b) {
  if (family(a.event.cameo) != family(b.event.cameo) || a.event.status != b.event.status) return false;
  const Actor &as = a.event.source.actor, &at = a.event.target.actor;
  const Actor &bs = b.event.source.actor, &bt = b.event.target.actor;
  // At least one side must be the very same actor: a visit to Moscow and a
  // visit to Washington are two events even though their states match.
  bool near = (a.sentence > b.sentence ? a.sentence - b.sentence : b.sentence - a.sentence) <= 2;
  bool direct = (a.source_key == b.source_key || a.target_key == b.target_key) &&
                same_side_near(a.source_key, as, b.source_key, bs, near) &&
                same_side_near(a.target_key, at, b.target_key, bt, near);
  // Words against another (demands, disapproval, rejection, threats, 10-13)
  // have a direction: "Trump mocked McCain, while McCain criticized Trump"
  // are two acts.
  std::string root = family(a.event.cameo);
  bool directed = root == "10" || root == "11" || root == "12" || root == "13";
  bool mirrored = !directed && (a.source_key == b.target_key || a.target_key == b.source_key) &&
                  same_side_near(a.source_key, as, b.target_key, bt, near) &&
                  same_side_near(a.target_key, at, b.source_key, bs, near);
  bool same_pair = direct || mirrored;
  if (one_act_of_force(a, b)) return dates_compatible(a.event.date, b.event.date);
  // A state standing for one of its people only within one kind of act (a
  // visit to Moscow is not the talks in Washington).
  bool exact = (a.source_key == b.source_key && a.target_key == b.target_key) ||
               (a.source_key == b.target_key && a.target_key == b.source_key);
  if (!exact && a.event.cameo != b.event.cameo) return false;
  return same_pair && dates_compatible(a.event.date, b.event.date);
}

void merge_into(Candidate& into, Candidate&& from) {
  // Of one act of force told twice, the telling that names what it hit
  // (and says how) is the record.
  bool one_act = one_act_of_force(into, from);
  if (one_act && into.target_key.empty()) std::swap(into, from);
  Event& e = into.event;
  // "tank shelling killed five civilians", "killed in an air strike": the
  // shelling (194) or the air strike (195) says how the killing (190) was done.
  const Event& how = from.event;
  // Only a weapon says how: taking or blockading land (191, 192) is another act.
  bool weapon = how.cameo == "193" || how.cameo == "194" || how.cameo == "195" || how.cameo.rfind("183", 0) == 0;
  if (weapon && e.cameo.size() == 3 && e.cameo[2] == '0' && how.cameo != e.cameo && family(how.cameo) == family(e.cameo)) {
    e.cameo = how.cameo;
    e.plover = how.plover;
    e.plover_mode = how.plover_mode;
    e.goldstein = how.goldstein;
    e.quad_class = how.quad_class;
  }
  // A named person or body is more precise than their state.
  auto refine = [](EventActor& side, std::string& key, const EventActor& other, const std::string& other_key) {
    if (introduces(other.actor, side.actor)) {  // the name is known; the title says who they are
      side.actor.country = other.actor.country;
      side.actor.sector = other.actor.sector;
      side.actor.role = other.actor.role;
      side.actor.code = other.actor.code;
    } else if (introduces(side.actor, other.actor)) {
      Actor titled = side.actor;
      side = other;
      key = other_key;
      side.actor.country = titled.country;
      side.actor.sector = titled.sector;
      side.actor.role = titled.role;
      side.actor.code = titled.code;
    } else if (side.actor.name.empty() && !other.actor.name.empty() && side.actor.country == other.actor.country) {
      side = other;
      key = other_key;
    }
  };
  bool direct = same_side_near(into.source_key, e.source.actor, from.source_key, from.event.source.actor, true);
  refine(e.source, into.source_key, direct ? from.event.source : from.event.target,
         direct ? from.source_key : from.target_key);
  refine(e.target, into.target_key, direct ? from.event.target : from.event.source,
         direct ? from.target_key : from.source_key);
  if (!e.date.known() && from.event.date.known()) {
    e.date = from.event.date;
    e.date_basis = from.event.date_basis;
    e.date_text = from.event.date_text;
  }
  if (e.place.empty()) e.place = from.event.place;
  e.mutual |= from.event.mutual;
  // A general consultation takes the more specific code of a later mention.
  if (e.cameo == "040" && from.event.cameo != "040" && family(from.event.cameo) == "04") e.cameo = from.event.cameo;
  if (e.intended_code.empty() && from.event.cameo == e.cameo) e.intended_code = from.event.intended_code;
  // A plain criticism takes the code of an accusation told of the same act
  // ("Netanyahu disparages the deal" ... "Iran lied", 112): the more specific.
  if (e.cameo == "111" && from.event.cameo.compare(0, 3, "112") == 0) e.cameo = from.event.cameo;
  for (auto& t : from.event.topics)
    if (std::find(e.topics.begin(), e.topics.end(), t) == e.topics.end()) e.topics.push_back(std::move(t));
  for (auto& ev : from.event.evidence) e.evidence.push_back(std::move(ev));
}

void set_type(Event& e, const std::string& code, const Lexicon& lex) {
  e.cameo = code;
  if (const CameoInfo* info = lex.cameo(code)) {
    e.plover = info->plover;
    e.plover_mode = info->plover_mode;
    e.goldstein = info->goldstein;
    e.quad_class = info->quad_class;
  }
}

// "in Bonn", "at the White House": the first location after "in"/"at" in the clause.
// "in Bonn", "at the White House": a place right after "in" or "at".
bool after_place_preposition(const Document& doc, uint32_t first) {
  if (first == 0) return false;
  std::string prev = lower(doc.token_text(first - 1));
  std::string prev2 = first >= 2 ? lower(doc.token_text(first - 2)) : "";
  return prev == "in" || prev == "at" || (prev == "the" && (prev2 == "at" || prev2 == "in"));
}

// "discussed the war in Ukraine": a place right after a noun of a situation
// is where that situation is, not where the event took place.
bool situation_place(const Document& doc, uint32_t first, uint32_t lo, const Lexicon& lex) {
  uint32_t prep = first - 1;
  if (prep > lo && lower(doc.token_text(prep)) == "the") --prep;
  if (prep <= lo) return false;
  return lex.situation_noun(lower(doc.token_text(prep - 1)));
}

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

// The first actor after the trigger, within the clause, that follows the
// word `prep`, perhaps behind an article or a number ("by a Ukrainian
// protester", "from the Gaza Strip"); only places when `places_only`.
// A person's title before the name may stand between too ("by President
// Donald Trump", "by Senate Minority Leader Chuck Schumer"); a demonym before
// such a title is the titled person's ("by Turkish President Recep Tayyip
// Erdogan" is Erdogan, not Turkey).
const ActorSpan* actor_after(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                             const TriggerMatch& m, std::string_view prep, bool places_only) {
  auto titled_before = [&](uint32_t before) {
    for (uint32_t words = 0; before > m.last + 1 && words < 4; ++words) {
      std::string_view w = doc.token_text(before - 1);
      bool of_in_title = w == "of" && before - 1 > m.last + 1 && is_capitalised(doc.token_text(before - 2));
      if (!is_capitalised(w) && !of_in_title && !actors::default_knowledge().is_person_cue(lower(w))) break;
      if (std::any_of(actors.begin(), actors.end(), [&](const ActorSpan& o) { return o.last == before; })) break;
      --before;
    }
    return before;
  };
  for (size_t k = 0; k < actors.size(); ++k) {
    const ActorSpan& a = actors[k];
    if (a.first <= m.last || a.first >= c.end || (places_only && a.type != MentionType::kLocation)) continue;
    uint32_t before = a.first;
    if (!places_only && a.type == MentionType::kPerson) before = titled_before(before);
    while (before > m.last + 1 && is_determiner_like(lower(doc.token_text(before - 1)))) --before;
    if (before <= m.last || lower(doc.token_text(before - 1)) != prep) continue;
    if (!places_only && k + 1 < actors.size() && actors[k + 1].type == MentionType::kPerson &&
        actors[k + 1].first > a.last && titled_before(actors[k + 1].first) == a.last)
      return &actors[k + 1];
    return &a;
  }
  return nullptr;
}

// "by X" after a passive trigger: "demolished by a Ukrainian protester",
// "attacked by two Syrian gunmen".
// ("turned down before being appointed counsel by X": a later passive verb
// between them takes the agent.)
// A phrase with a gap may hold its agent inside the gap: "was accused by
// Israel of lying" ("accuse ... of").
const ActorSpan* agent_of(const Document& doc, const std::vector<ActorSpan>& actors, Clause c, const TriggerMatch& m) {
  const ActorSpan* agent = actor_after(doc, actors, c, m, "by", false);
  if (!agent && m.last > m.head + 1) {
    TriggerMatch head_only = m;
    head_only.last = m.head;
    Clause gap = c;
    gap.end = m.last;
    agent = actor_after(doc, actors, gap, head_only, "by", false);
    if (agent && agent->last != m.last) agent = nullptr;  // the agent fills the gap: "by Israel of"
  }
  if (agent)
    for (uint32_t i = m.last + 1; i < agent->first; ++i)
      if (is_be_form(lower(doc.token_text(i)))) return nullptr;
  return agent;
}

// "rockets were fired from the Gaza Strip": with no agent named, the place an
// attack came from stands for its side.
const ActorSpan* origin_place(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                              const TriggerMatch& m) {
  return actor_after(doc, actors, c, m, "from", true);
}

// "Evidence against Russia was presented": in a passive phrase the target's
// preposition may follow the fronted noun, before the verb.
const ActorSpan* fronted_target(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                                const TriggerMatch& m) {
  const auto& preps = m.trigger->target_preps;
  for (const ActorSpan& a : actors) {
    if (a.first <= c.begin || a.last >= m.head) continue;
    std::string prev = lower(doc.token_text(a.first - 1));
    if (prev != "obj" && std::find(preps.begin(), preps.end(), prev) != preps.end()) return &a;
  }
  return nullptr;
}

// "in Moscow" after the trigger: the place, standing for its country.
const ActorSpan* place_actor(const Document& doc, const std::vector<ActorSpan>& actors, Clause c,
                             const TriggerMatch& m) {
  for (const ActorSpan& a : actors)
    if (a.first > m.last && a.first < c.end && a.type == MentionType::kLocation && a.first > 0 &&
        lower(doc.token_text(a.first - 1)) == "in")
      return &a;
  return nullptr;
}

// "were engaged in ethnic cleansing", "carried out killings": a noun after
// a verb of doing names what the verb's subject did.
bool done_by_light_verb(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t i = m.head; i > c.begin && m.head - i < 4; --i) {
    std::string w = lower(doc.token_text(i - 1));
    if (in(w, {"engaged", "engaging", "carried", "carrying", "committed", "committing", "conducted", "conducting",
               "waged", "waging", "staged", "staging", "mounted", "launched", "launching"}))
      return true;
    if (!w.empty() && !std::isalpha(static_cast<unsigned char>(w[0]))) return false;
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
    if (!in(lower(doc.token_text(i)), {"it", "them", "us"})) continue;
    std::string before = lower(doc.token_text(i - 1));
    pronoun = (obj && i == m.last + 1) || std::find(preps.begin(), preps.end(), before) != preps.end();
  }
  if (!pronoun) return nullptr;
  uint32_t v = c.begin;
  if (v > s.first_token && lower(doc.token_text(v - 1)) == "that") --v;
  if (v <= s.first_token || !in(lower(doc.token_text(v - 1)), {"said", "says", "say", "claimed", "claims", "alleged",
                                                                "alleges", "stated", "insisted", "complained"}))
    return nullptr;
  const ActorSpan* reporter = nullptr;
  for (const ActorSpan& a : actors)
    if (a.last < v && !(a.first > s.first_token && is_preposition(lower(doc.token_text(a.first - 1)))))
      reporter = &a;
  return reporter && !reporter->actor->country.empty() ? reporter : nullptr;
}

// "protested against a US decision to deploy missiles", "ties frayed by an
// initial threat to boycott the Games": an infinitive completing a noun
// inside a prepositional phrase is the act of that noun's owner, not of the
// clause's subject.  Returns the preposition's index, or 0.  Phrases of
// purpose ("in a bid to", "in order to") keep the subject: "in" is not one.
uint32_t noun_complement_phrase(const Document& doc, Clause c, const TriggerMatch& m) {
  if (m.as_noun || m.head < c.begin + 3 || lower(doc.token_text(m.head - 1)) != "to") return 0;
  std::string_view noun = doc.token_text(m.head - 2);
  if (doc.tokens[m.head - 2].kind != TokenKind::kWord || is_capitalised(noun)) return 0;
  // Nouns of will and decision, which take the act as their content ("over
  // Easter weekend to speak with Kim" is a purpose, the subject's).
  if (!in(lower(noun), {"decision", "decisions", "plan", "plans", "threat", "threats", "proposal", "proposals",
                        "attempt", "attempts", "bid", "move", "offer", "promise", "pledge", "vow", "refusal",
                        "demand", "demands", "call", "calls", "order", "orders", "request", "effort", "efforts",
                        "agreement", "deal", "readiness", "willingness", "intention", "ultimatum", "push",
                        "campaign", "permission", "right", "plot", "scheme"}))
    return 0;
  for (uint32_t i = m.head - 2; i > c.begin && m.head - 2 - i < 4; --i) {
    std::string w = lower(doc.token_text(i - 1));
    if (in(w, {"by", "over", "amid", "despite", "against", "about"})) return i - 1;
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
           !is_preposition(lower(doc.token_text(before - 1))))
      --before;
    if (lower(doc.token_text(before - 1)) == "in") return &a;
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

// Two actors of one side: the same country with the same sector, or a
// country and one of its own bodies ("the White House" and "the State
// Department", "Russia" and "the Kremlin").  An opposition party and its
// government, or a court and a citizen, are two sides.
bool dissident(const std::string& sector) {
  return sector == "REB" || sector == "OPP" || sector == "INS" || sector == "SEP" || sector == "UAF";
}

bool same_side(const ActorSpan& a, const ActorSpan& b) {
  const Actor& x = *a.actor;
  const Actor& y = *b.actor;
  if (x.country.empty() || x.country != y.country) return false;
  // "Syrian rebels demanded autonomy from Damascus": those who fight or
  // oppose a state are not on its side.
  if (dissident(x.sector) != dissident(y.sector)) return false;
  // Two named parties are rivals, not one side ("Democrats blamed Republicans").
  if (!x.name.empty() && !y.name.empty() && x.name != y.name)
    return x.sector != "PTY" && (x.sector == y.sector || x.sector.empty() || y.sector.empty());
  return x.sector.empty() || y.sector.empty() || x.sector == y.sector;
}

// "X and Y held exercises", "X held exercises with Y": two sides exercising
// together cooperate militarily (CAMEO 062); exercises held in a country
// ("in Alaska") are a show of force to it (150).
bool exercising_together(const Document& doc, const std::vector<const ActorSpan*>& subj, const ActorSpan& target) {
  if (std::find(subj.begin(), subj.end(), &target) != subj.end()) return true;
  uint32_t before = target.first;
  while (before > 0 && is_determiner_like(lower(doc.token_text(before - 1)))) --before;
  return before > 0 && lower(doc.token_text(before - 1)) == "with";
}

// "NATO peacekeeping troops arrived in Bosnia": peacekeepers coming to a
// country are no visit but peacekeeping provided to it (CAMEO 074).
bool peacekeepers_arriving(const Document& doc, const ActorSpan& source, const TriggerMatch& m) {
  for (uint32_t i = source.first; i < m.head; ++i)
    if (lower(doc.token_text(i)).rfind("peacekeep", 0) == 0) return true;
  return false;
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
                    lower(doc.token_text(m.head + 1)) == "back";
  if (m.trigger->lemmas.back() != "attack" && !fired_back) return false;
  uint32_t i = m.last + 1;
  while (i < c.end && (is_determiner_like(lower(doc.token_text(i))) || lower(doc.token_text(i)) == "on" ||
                       lower(doc.token_text(i)) == "against"))
    ++i;
  // A politician attacking another by name: both people, the doer holding an
  // office or standing for a party.
  bool politician = doer && doer->type == MentionType::kPerson && !doer->actor->name.empty() &&
                    (!doer->actor->role.empty() || doer->actor->sector == "PTY" || doer->actor->sector == "LEG");
  if (fired_back) return politician || (doer && doer->actor->sector == "PTY");
  for (const ActorSpan& a : actors)
    if (politician && a.first == i && a.type == MentionType::kPerson && !a.actor->name.empty() &&
        !(a.last < c.end && (doc.token_text(a.last) == "'s" || doc.token_text(a.last) == "\xE2\x80\x99s")))
      return true;
  for (uint32_t k = i; k < c.end && k < i + 6; ++k) {
    std::string_view w = doc.token_text(k);
    if (is_capitalised(w) || is_determiner_like(lower(w))) continue;
    return lex.verbal_object(lower(w));
  }
  return false;
}

// "The White House is facing criticism", "drew condemnation", "came under
// criticism": the one who faces a noun of disapproval is its target, and its
// doer is not the clause's subject.
bool disapproval_undergone(const Document& doc, Clause c, const TriggerMatch& m) {
  if (!m.as_noun || family(m.trigger->cameo) != "11") return false;
  for (uint32_t i = m.head; i > c.begin && m.head - i < 4; --i)
    if (in(lower(doc.token_text(i - 1)), {"face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn",
                                          "drawing", "receive", "receives", "received", "receiving", "attract",
                                          "attracts", "attracted", "attracting", "under", "despite", "amid"}))
      return true;
  return false;
}

// Is the noun trigger the object of a preposition ("about the contacts")?
bool noun_in_phrase(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t k = 1; k <= 3 && m.head >= c.begin + k; ++k) {
    std::string w = lower(doc.token_text(m.head - k));
    // "Abdullah, who was on a visit to Cairo": after a form of "be", "on" makes
    // a visit or meeting what the subject is doing, not a topic ("was on the
    // offensive against his attorney general" is mostly a figure of speech).
    if (w == "on" && family(m.trigger->cameo) == "04" && m.head - k > c.begin &&
        is_be_form(lower(doc.token_text(m.head - k - 1))))
      return false;
    if (w == "about" || w == "of" || w == "on" || w == "over" || w == "regarding" || w == "concerning" ||
        w == "following" || w == "into" || w == "from" || w == "amid")
      return true;
    if (!is_determiner_like(w) && !(w.size() > 2 && w.compare(w.size() - 2, 2, "ed") == 0)) return false;
  }
  return false;
}

// "X said (that) it/they will ...": when clause `c` follows a verb of saying
// and starts with a pronoun, the actor before that verb (the speaker).
// `plural` is set when the pronoun is "they" or "we", which may stand for
// several speakers.
const ActorSpan* speaker_of(const Document& doc, const std::vector<ActorSpan>& actors, const Sentence& s, Clause c,
                            bool* plural = nullptr) {
  if (c.begin <= s.first_token) return nullptr;
  uint32_t p = c.begin;
  // "was quoted as saying he would ...": the saying verb opens the clause.
  bool saying_opens = in(lower(doc.token_text(p)), {"saying", "telling", "adding", "insisting", "stressing"});
  if (saying_opens) ++p;
  // "said on Tuesday (that) it had ...": a time phrase may come first.
  for (uint32_t k = 0; k < 4 && p < c.end; ++k) {
    std::string w = lower(doc.token_text(p));
    bool weekday = in(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
    bool time_word = w == "on" || w == "last" || w == "this" || w == "yesterday" || w == "today" || w == "," ||
                     w == "that" || w == "earlier" || w == "late" || weekday ||
                     (k > 0 && is_capitalised(doc.token_text(p)));
    if (!time_word) break;
    ++p;
  }
  std::string pronoun = p < c.end ? lower(doc.token_text(p)) : "";
  // "Russia said its forces attacked ...": the speaker's own people act.
  bool own = in(pronoun, {"its", "their", "our"}) && p + 1 < c.end && !is_capitalised(doc.token_text(p + 1));
  if (!own && !in(pronoun, {"it", "they", "we", "he", "she"})) return nullptr;
  if (plural) *plural = pronoun == "they" || pronoun == "we" || pronoun == "their" || pronoun == "our";
  std::string verb = lower(doc.token_text(saying_opens ? c.begin : c.begin - 1));
  if (verb == "that" && c.begin >= s.first_token + 2) verb = lower(doc.token_text(c.begin - 2));
  static const char* const saying[] = {"said",      "says",     "say",       "announced", "stated",   "declared",
                                       "added",     "told",     "confirmed", "insisted",  "stressed", "reiterated",
                                       "disclosed", "reported", "noted",     "claimed",  "claims",   "alleged",
                                       "saying",    "telling",  "adding",    "insisting", "stressing"};
  if (std::none_of(std::begin(saying), std::end(saying), [&](const char* w) { return verb == w; })) return nullptr;
  const ActorSpan* speaker = nullptr;
  for (const ActorSpan& a : actors)
    if (a.last < c.begin && !(a.first > s.first_token && is_preposition(lower(doc.token_text(a.first - 1)))))
      speaker = &a;
  return speaker;
}

// Only commas and "and" stand between two names of a plain list, and "the"
// after "and": "Russia, China and the United States", "the Tories and the
// Lib Dems"; "Mueller, the special counsel" is one man.
bool plain_list_gap(const Document& doc, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i) {
    std::string w = lower(doc.token_text(i));
    bool article_after_and = w == "the" && i > from && lower(doc.token_text(i - 1)) == "and";
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
  if (lower(doc.token_text(m.head - 1)) != "of") return false;
  for (uint32_t i = m.head - 1; i > c.begin && m.head - i <= 8; --i) {
    std::string w = lower(doc.token_text(i - 1));
    if (in(w, {"suspected", "accused", "charged", "convicted", "indicted", "blamed", "guilty", "responsible",
               "suspect", "suspects", "accusation", "accusations", "allegations", "charges"})) {
      // "X are guilty of violating", "X was accused of attacking": the
      // subject of the predicate is the one suspected.
      uint32_t before = i - 1;
      while (before > c.begin && in(lower(doc.token_text(before - 1)), {"also", "both", "not", "widely", "long"})) --before;
      if (before > c.begin && is_be_form(lower(doc.token_text(before - 1)))) return false;
      return source.last <= i - 1;
    }
  }
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
    std::string w = lower(doc.token_text(j));
    if (w == "for" || w == "of" || is_preposition(w) || is_clause_boundary(w)) break;
    --j;
  }
  std::string prep = lower(doc.token_text(j));
  if (prep != "for" && prep != "of") return false;
  for (uint32_t i = j; i > c.begin && j - i < 8; --i)
    // ("guilty of", "convicted of" are findings, not allegations: the act stands.)
    if (in(lower(doc.token_text(i - 1)), {"blamed", "blames", "blame", "blaming", "accused", "accuses", "accusing",
                                           "suspected", "responsible", "charged", "indicted"}))
      return true;
  return false;
}

// "a missile believed to be fired by rebels", "thought to have been
// kidnapped", "allegedly bribed": an act the text itself only supposes.
bool supposed_act(const Document& doc, Clause c, const TriggerMatch& m) {
  uint32_t lo = m.head > c.begin + 5 ? m.head - 5 : c.begin;
  for (uint32_t i = m.head; i > lo; --i) {
    std::string w = lower(doc.token_text(i - 1));
    if (w == "allegedly" || w == "supposedly" || w == "purportedly") return true;
    if (in(w, {"believed", "thought", "suspected", "alleged", "presumed", "rumoured", "rumored"}) && i < m.head &&
        lower(doc.token_text(i)) == "to")
      return true;
  }
  return false;
}

// "a day after", "a few hours later": the indefinite article at `article`
// opens a time, not a name.
bool time_after_article(const Document& doc, uint32_t article) {
  return article + 1 < doc.tokens.size() &&
         in(lower(doc.token_text(article + 1)),
            {"day", "week", "month", "year", "few", "couple", "second", "hour", "minute", "time"});
}

// "Trump called Cruz a maniac", "called Ford a credible witness", "called
// it 'feckless'": calling someone something is naming them, not phoning.
bool names_the_target(const Document& doc, const TriggerMatch& m, const ActorSpan& target) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.trigger->lemmas.front() != "call") return false;
  if (target.first <= m.last || target.first > m.last + 4 || target.last >= doc.tokens.size()) return false;
  // "called House Speaker Nancy Pelosi a ...": only a title may stand before the name.
  for (uint32_t i = m.last + 1; i < target.first; ++i)
    if (!is_capitalised(doc.token_text(i)) && lower(doc.token_text(i)) != "the") return false;
  std::string_view next = doc.token_text(target.last);
  if ((next == "a" || next == "an") && time_after_article(doc, target.last)) return false;  // "a day later"
  return next == "a" || next == "an" || next == "\"" || next == "\xE2\x80\x9C" || next == "'";
}

// Is the trigger inside a temporal phrase ("after meetings with ...")?
bool temporal_phrase(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t i = c.begin > 0 ? c.begin - 1 : 0; i < m.head; ++i) {
    std::string w = lower(doc.token_text(i));
    if (w == "after" || w == "before" || w == "following" || w == "during") return true;
  }
  return false;
}

// Does clause `c` start right after "but" with only auxiliaries and
// adverbs before the trigger ("but was still refusing", "but has not")?
bool shares_subject(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m) {
  if (c.begin <= s.first_token || lower(doc.token_text(c.begin - 1)) != "but") return false;
  for (uint32_t i = c.begin; i < m.head; ++i) {
    std::string w = lower(doc.token_text(i));
    bool auxiliary = is_be_form(w) || is_modal_future(w) || is_negation(w) ||
                     in(w, {"has", "have", "had", "did", "does", "still", "also", "then", "later", "again"});
    if (!auxiliary) return false;
  }
  return true;
}

// The first actor of the sentence before clause `c`, when it stands as a
// subject (not after a preposition): "Lavrov is speaking ... after meetings".
const ActorSpan* sentence_subject(const Document& doc, const std::vector<ActorSpan>& actors, const Sentence& s,
                                  Clause c) {
  for (const ActorSpan& a : actors) {
    if (a.first >= c.begin) break;
    if (a.first > s.first_token && is_preposition(lower(doc.token_text(a.first - 1)))) continue;
    return &a;
  }
  return nullptr;
}

// "the presidents", "the two leaders", "the foreign ministers" before a
// reciprocal trigger: the two people of this document, of two countries,
// who hold that office (their latest mentions before the sentence).
// Words that refer to two sides already named: "the two", "both sides".
bool is_pair_word(std::string_view w) { return w == "two" || w == "both" || w == "sides"; }

bool mentions_a_pair(const Document& doc, const Sentence& s) {
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i)
    if (is_pair_word(lower(doc.token_text(i)))) return true;
  return false;
}

// "The two discussed Ukraine", "Both sides agreed": the last two actors named
// in this sentence's two predecessors — people first, else states or bodies.
std::vector<ActorSpan> recent_pair(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m) {
  bool cue = false, states = false;
  for (uint32_t i = c.begin; i < m.head; ++i) {
    std::string w = lower(doc.token_text(i));
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

std::vector<ActorSpan> plural_pair(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m,
                                   const Lexicon& lex) {
  static const std::pair<const char*, const char*> plurals[] = {
      {"presidents", "head_of_state"},    {"leaders", "head_of_state"},      {"premiers", "head_of_government"},
      {"prime", "head_of_government"},    {"ministers", "foreign_minister"}, {"diplomats", "foreign_minister"},
      {"secretaries", "foreign_minister"}};
  std::string office;
  for (uint32_t i = c.begin; i < m.head && office.empty(); ++i) {
    std::string w = lower(doc.token_text(i));
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
  std::string verb = lower(doc.token_text(m.head));
  if (verb.size() < 4 || verb.substr(verb.size() - 2) != "ed") return false;
  if (m.last + 1 >= c.end) return false;
  std::string next = lower(doc.token_text(m.last + 1));
  if (!is_preposition(next) && next != "," && next != "." && next != "last" && next != "earlier") return false;
  // "killed at least three people", "killed about 40": a measure of the object, not a phrase.
  std::string after = m.last + 2 < c.end ? lower(doc.token_text(m.last + 2)) : "";
  if (is_preposition(next) && (in(after, {"least", "most", "more", "less"}) || is_number_word(after))) return false;
  // "of the Islamist Hamas movement jailed", "three Americans freed by": the
  // noun phrase's article and modifiers stand between the preposition (or
  // number) and the actor.
  for (uint32_t start = before.first; start > c.begin && before.first - start < 3; --start) {
    std::string prev = lower(doc.token_text(start - 1));
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
  while (start > c.begin && is_determiner_like(lower(doc.token_text(start - 1)))) --start;
  if (start != c.begin) return 0;
  std::string verb = lower(doc.token_text(m.head));
  if (verb.size() < 4 || verb.substr(verb.size() - 2) != "ed" || m.last + 1 >= c.end) return 0;
  std::string next = lower(doc.token_text(m.last + 1));
  if (!is_preposition(next) || next == "to") return 0;  // "refused to say": the verb's own complement
  for (uint32_t i = m.last + 2; i < c.end && i <= m.last + 10; ++i) {
    std::string w = lower(doc.token_text(i));
    if (w == "," || is_clause_boundary(w) || in(w, {"whether", "and", "or"})) return 0;
    // A finite verb: "were released"; not "being", "been" ("apologised for not being there").
    if (in(w, {"is", "are", "was", "were", "has", "have", "had"})) return i;
  }
  return 0;
}

// "killed by", "seized by" after a noun (not "had killed by night"): a participle and its agent.
bool agent_after_participle(const Document& doc, const TriggerMatch& m) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.head == 0 || m.last + 1 >= doc.tokens.size())
    return false;
  std::string verb = lower(doc.token_text(m.head));
  if (verb.size() < 4 || verb.substr(verb.size() - 2) != "ed" || lower(doc.token_text(m.last + 1)) != "by")
    return false;
  std::string prev = lower(doc.token_text(m.head - 1));
  return !in(prev, {"has", "have", "had", "was", "were", "is", "are", "be", "been", "being"});
}

// "Trump sent Pompeo to meet Kim", "invited Abe to talk": the one sent or
// asked meets; the sender is no side of that meeting.
bool is_sending_verb(std::string_view w) {
  return in(w, {"sent", "send", "sends", "sending", "dispatched", "dispatch", "dispatches", "dispatching", "invited",
                "invite", "invites", "asked", "ask", "asks", "urged", "urge", "urges", "ordered", "orders",
                "authorized", "authorised", "instructed", "tasked", "told", "allowed", "encouraged", "pressed"});
}

bool sent_between(const Document& doc, const ActorSpan& a, const ActorSpan& b) {
  for (uint32_t i = a.last; i < b.first; ++i)
    if (is_sending_verb(lower(doc.token_text(i)))) return true;
  return false;
}

// The first actor after token `pos` with only articles and capitalised words
// (titles) between: "by the DNC", ", the party", "by President Putin".
const ActorSpan* actor_right_after(const Document& doc, const std::vector<ActorSpan>& actors, uint32_t pos) {
  for (const ActorSpan& a : actors) {
    if (a.first <= pos) continue;
    for (uint32_t i = pos + 1; i < a.first; ++i)
      if (!is_determiner_like(lower(doc.token_text(i))) && !is_capitalised(doc.token_text(i))) return nullptr;
    return &a;
  }
  return nullptr;
}

// "Filing a lawsuit on Friday, the party said ...": a participle that opens
// the sentence is done by the subject right after its comma.
const ActorSpan* opening_participle_doer(const Document& doc, const Sentence& s, const TriggerMatch& m,
                                         const std::vector<ActorSpan>& actors) {
  if (m.as_noun || m.head != s.first_token || !gerund(doc.token_text(m.head))) return nullptr;
  uint32_t end = s.first_token + s.token_count, comma = m.last + 1;
  while (comma < end && doc.token_text(comma) != "," && !is_clause_boundary(lower(doc.token_text(comma)))) ++comma;
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
    std::string w = lower(doc.token_text(i));
    if (w == "his" || w == "her") return i;
    bool modifier = is_capitalised(doc.token_text(i)) || w.find('-') != std::string::npos ||
                    in(w, {"first", "second", "third", "last", "latest", "recent", "upcoming", "planned", "state",
                           "official", "private", "bilateral", "secret", "surprise", "brief", "historic", "overseas",
                           "foreign", "weekend", "trilateral", "unannounced", "long-awaited"});
    if (!modifier) return 0;
  }
  return 0;
}

// Whose meeting or visit a "his"/"her" before it is (see owning_pronoun()):
// the person the sentence is about.  That is its subject when one stands
// before the pronoun ("Macron tried to persuade Trump ... during his White
// House visit": Macron's, not Trump's), or, when the phrase opens the
// sentence, the subject right after its comma ("During his visit to
// Washington, Macron urged ...").  A pronoun for a person stands for no
// country or body.
const ActorSpan* pronoun_owner(const Document& doc, const Sentence& s, uint32_t pronoun, const TriggerMatch& m,
                               const std::vector<ActorSpan>& actors) {
  const ActorSpan* owner = sentence_subject(doc, actors, s, Clause{pronoun, m.head});
  if (!owner) {
    uint32_t end = s.first_token + s.token_count, comma = m.last + 1;
    while (comma < end && doc.token_text(comma) != "," && !is_clause_boundary(lower(doc.token_text(comma)))) ++comma;
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
  if (by >= c.end || lower(doc.token_text(by)) != "by") return nullptr;
  // "Meeting by Lavrov and Trump" (a caption's style): the two after "by"
  // are the meeting's sides, left to targets(), not one doer.
  if (m.trigger->reciprocal && by == m.last + 1) return nullptr;
  return actor_right_after(doc, actors, by);
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

// "Three soldiers were killed", "the journalist was arrested": CAMEO codes a
// violent or coercive act (17-20) by its victim even when the news names no
// agent; the source is then the unknown actor ("---" in CAMEO), written as a
// null source.  A cooperative or verbal act without an agent ("a deal was
// signed", "X was criticised") says too little to code.
// "Wambach's arrest", "Wambach's recent arrest": the actor owns the noun.
bool owns_noun(const Document& doc, const ActorSpan& a, const TriggerMatch& m) {
  if (a.last >= m.head || m.head - a.last > 2) return false;
  // "Russia's detention of Gershkovich": with its "of" the possessor is the doer.
  if (m.last + 1 < doc.tokens.size() && lower(doc.token_text(m.last + 1)) == "of") return false;
  std::string_view mark = doc.token_text(a.last);
  return mark == "'s" || mark == "\xE2\x80\x99s" || mark == "'";
}

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
    std::string w = lower(doc.token_text(i));
    std::string next = i + 1 < c.end ? lower(doc.token_text(i + 1)) : "";
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

// "threatened to storm the palace", "will resign unless ...": an act
// announced as a threat, or on a condition the other side must meet, is a
// threat made now (CAMEO 13), whatever the act.
bool is_threat(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end) {
  for (uint32_t i = std::max(c.begin, subject_end); i < m.head; ++i)
    if (lower(doc.token_text(i)).rfind("threaten", 0) == 0) return true;
  for (uint32_t i = m.last + 1; i < c.end && i <= m.last + 20; ++i)
    if (lower(doc.token_text(i)) == "unless") return true;
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
    if (in(lower(doc.token_text(i)), {"prepared", "prepare", "prepares", "preparing", "poised", "readying"}))
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
    std::string w = lower(doc.token_text(i - 1));
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
    std::string w = lower(doc.token_text(i));
    if (w == "must" || w == "should") return true;
  }
  // "urged Russia to release the prisoners", "asked Iran to free him": the
  // act after "to" is what the asking verb earlier in the clause requests.
  // The asked one stands between the verb and "to" ("asked to leave" is no request).
  if (m.head > c.begin + 1 && lower(doc.token_text(m.head - 1)) == "to") {
    for (uint32_t i = c.begin; i + 1 < m.head - 1; ++i) {
      std::string w = lower(doc.token_text(i));
      if (in(w, {"urge",     "urged",      "urges",     "urging",    "ask",       "asked",      "asks",
                 "asking",   "called",     "calls",     "calling",   "pressed",   "presses",    "pressing",
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
  if (before > 0 && lower(doc.token_text(before - 1)) == "that") --before;
  if (before == 0 || before == c.begin) return false;
  std::string verb = lower(doc.token_text(before - 1));
  for (const char* stem : {"demand", "urg", "insist", "ask", "request", "call", "press", "want", "appeal"})
    if (verb.rfind(stem, 0) == 0) return true;
  return false;
}

// "will not lift", "would never accept", "won't withdraw": a negated future
// of a cooperative act is a refusal made now, unlike "did not meet".
bool refuses(const Document& doc, Clause c, const TriggerMatch& m, uint32_t subject_end) {
  bool negation = false, future = false;
  for (uint32_t i = std::max(c.begin, subject_end); i < m.head; ++i) {
    std::string w = lower(doc.token_text(i));
    // "refused to release", "declined to meet": a refusal in itself ("failed
    // to reach agreement" is none: nobody refused).
    if (in(w, {"refused", "refuses", "refusing", "declined", "declines"}) && i + 1 < m.head &&
        lower(doc.token_text(i + 1)) == "to")
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

// An event more than a month before the article's date is background
// context, not the article's news.
bool is_background(const Date& date, const Date& published) {
  if (!date.known() || !published.known() || !published.month) return false;
  int event_months = date.year * 12 + (date.month ? date.month : 12);
  int published_months = published.year * 12 + published.month;
  return published_months - event_months > 1;
}

// "North Korea to suspend tests", "Trump to meet Putin": a headline's
// subject followed by "to" and the verb announces what is to come.
bool headline_infinitive(const Document& doc, const Sentence& s, const TriggerMatch& m, const ActorSpan* source) {
  if (!source || source->first > s.first_token + 1 || source->last + 1 != m.head) return false;
  return lower(doc.token_text(source->last)) == "to";
}

// A TIMEX3 value as an event's date.  A week ("2018-W27", "2018-W27-WE")
// is the month it lies in when it lies in one, else its year: an event
// "next week" is dated no finer than the text allows, but not coarser either.
Date event_date(const std::string& value) {
  Date d = Date::parse_iso(value);
  if (value.size() < 8 || value[4] != '-' || value[5] != 'W' || !d.year) return d;
  int week = std::atoi(value.c_str() + 6);
  if (week < 1 || week > 53) return d;
  // ISO week 1 holds 4 January; its Monday starts the numbering.
  int jan4 = base::days_from_civil(d.year, 1, 4);
  int monday = jan4 - (base::weekday(Date{d.year, 1, 4}) - 1) + (week - 1) * 7;
  Date first = base::civil_from_days(monday), last = base::civil_from_days(monday + 6);
  if (first.year == last.year && first.month == last.month) return Date{first.year, first.month, 0};
  return d;
}

// ---- Words of force used for words -----------------------------------------------

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

// "attacked Huelskamp for voting against the bill", "criticised X for its
// failure": a reason after "for" (a gerund or a possessive) is a charge.
bool reason_follows(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t i = m.last + 1; i + 1 < c.end && i <= m.last + 10; ++i) {
    if (lower(doc.token_text(i)) != "for") continue;
    std::string next = lower(doc.token_text(i + 1));
    return gerund(next) || in(next, {"his", "her", "its", "their", "our", "your", "my"});
  }
  return false;
}

// "attacked the government's record", "attacked every aspect of his
// character": a thing said or done among the first words of the object.
bool verbal_object_follows(const Document& doc, Clause c, const TriggerMatch& m, const Lexicon& lex) {
  for (uint32_t i = m.last + 1; i < c.end && i <= m.last + 8; ++i) {
    std::string w = lower(doc.token_text(i));
    if (w == "," || (is_preposition(w) && w != "of")) return false;
    if (lex.verbal_object(w)) return true;
  }
  return false;
}

// "Cantor attacked the White House for its failure", "Howard will attack the
// Lib Dems", "Trump attacked Comey": a word of force (flag `verbal`) used for
// words is criticism (CAMEO 111), not an armed attack.
bool verbal_attack(const Document& doc, Clause c, const TriggerMatch& m, const ActorSpan* source,
                   const ActorSpan* target, const Lexicon& lex) {
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
// longer tolerate rallies", "warned it could retaliate") stays a threat.
bool warning_without_threat(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.trigger->lemmas.front() != "warn") return false;
  uint32_t end = s.first_token + s.token_count;
  bool closes_quote = m.last + 2 >= end;  // '"...," she warned.'
  uint32_t from = closes_quote ? s.first_token : m.last + 1, to = closes_quote ? m.head : end;
  if (!closes_quote) {
    bool told = false;  // "warned that ...", "warned about ...", "warned of ..."
    for (uint32_t i = m.last + 1; i < end && i <= m.last + 4 && !told; ++i)
      told = in(lower(doc.token_text(i)), {"that", "about", "of"});
    if (!told) return false;
  }
  for (uint32_t i = from; i < to; ++i)
    if (in(lower(doc.token_text(i)), {"will", "'ll", "wo", "would", "could", "might", "unless", "if", "retaliate",
                                      "retaliation", "consequences", "action", "measures", "sanctions", "force",
                                      // an intention of the speaker: "wants to hit them where it hurts"
                                      "want", "wants", "plans", "intends", "ready", "prepared"}))
      return false;
  return true;
}

// "Protesters torched a police station", "rioters attacked the police": force
// (CAMEO 171, 18, 19) used by demonstrators is a violent protest, a riot (145).
bool protest_turned_violent(const Document& doc, const ActorSpan& doer, const std::string& code) {
  // Of coercion (17) only what a crowd can do: seize or destroy property (171).
  std::string root = code.substr(0, 2);
  if (code.rfind("171", 0) != 0 && root != "18" && root != "19") return false;
  std::string head = lower(doc.token_text(doer.last - 1));
  if (head.size() > 1 && head.back() == 's') head.pop_back();
  return in(head, {"protester", "protestor", "demonstrator", "rioter", "marcher"});
}

void emit_candidate(const Document& doc, const Sentence& s, const TriggerMatch& m, Clause c,
                    const std::vector<ActorSpan>& actors, const ActorSpan* source, const ActorSpan* target,
                    std::string code, const Lexicon& lex, std::vector<Candidate>& found) {
  if (source && protest_turned_violent(doc, *source, code)) code = "145";
  Candidate cand;
  Event& e = cand.event;
  e.doc = doc.id;
  if (verbal_attack(doc, c, m, source, target, lex)) code = "111";
  if (code == "130" && warning_without_threat(doc, s, m)) code = "012";
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
  if (const Timex* t = timex_for(doc, s, m)) {
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

// "Russia said Sudan must return the helicopter", "Chirac told Iraq that it
// must cooperate": a speaker who says another actor must act demands it
// (CAMEO 100).  The speaker is the actor before the saying verb; the target
// the actor right before "must" (or the addressee of "told").
void add_obligation_demands(const Document& doc, const Lexicon& lex, std::vector<Candidate>& found) {
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    uint32_t first = s.first_token, end = s.first_token + s.token_count;
    uint32_t must = UINT32_MAX;
    for (uint32_t i = first + 2; i < end && must == UINT32_MAX; ++i) {
      std::string w = lower(doc.token_text(i));
      if (w == "must" && i + 1 < end && !is_negation(lower(doc.token_text(i + 1)))) must = i;
    }
    if (must == UINT32_MAX) continue;
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
      if (a.last <= say && !after_prep && !speaker) speaker = &a;
      // The obliged actor: the subject of "must" ("Sudan must"), or the
      // addressee of the saying verb ("told Iraq that it must").
      if (a.first > say && a.last <= must && (!obliged || !after_prep)) obliged = &a;
    }
    if (!speaker || !obliged || speaker->key == obliged->key || same_side(*speaker, *obliged)) continue;
    TriggerMatch m{nullptr, must, must, false};
    static const Trigger demand{TriggerKind::kVerb, {"must"}, "100", {}, false, false, false};
    m.trigger = &demand;
    Clause c{first, end};
    emit_candidate(doc, s, m, c, actors, speaker, obliged, "100", lex, found);
    found.back().event.status = EventStatus::kOccurred;  // the demand is made now; the act is what is demanded
    found.back().event.intended_code.clear();
    set_type(found.back().event, "100", lex);
  }
}

}  // namespace

// Words that show an undated act is told again rather than fresh news
// (data/events/retold_markers.txt): later stages of an act, and adverbs that
// place it before the reporting.
struct RetoldMarkers {
  std::unordered_set<std::string> stage, anchor;
};

const RetoldMarkers& retold_markers() {
  static const RetoldMarkers kMarkers = [] {
    RetoldMarkers m;
    for (std::string_view line : data::lines("events/retold_markers.txt")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) throw std::runtime_error("events/retold_markers.txt: malformed line");
      std::string kind(line.substr(0, tab)), word(line.substr(tab + 1));
      if (kind == "stage")
        m.stage.insert(word);
      else if (kind == "anchor")
        m.anchor.insert(word);
      else
        throw std::runtime_error("events/retold_markers.txt: unknown kind " + kind);
    }
    return m;
  }();
  return kMarkers;
}

// "had met", "had already been killed", "had held talks": the past perfect
// of the act's own verb puts it before the time the article tells of.  Only
// a "had" within a few words before the act, with no clause boundary between
// ("the man, who had been drinking, shot" is a simple past).
bool past_perfect_before(const Document& doc, const Lexicon& lex, uint32_t from, uint32_t head) {
  uint32_t stop = head > from + 5 ? head - 5 : from;
  for (uint32_t i = head; i-- > stop;) {
    std::string w = lower(doc.token_text(i));
    if (w == "," || w == "who" || w == "which" || w == "that" || w == "and" || w == "but") return false;
    if (w != "had") continue;
    uint32_t j = i + 1;
    while (j <= head && in(lower(doc.token_text(j)), {"already", "previously", "earlier", "also", "just", "not",
                                                       "never", "once", "recently", "been"}))
      ++j;
    return j <= head && lex.is_past_participle(lower(doc.token_text(j)));
  }
  return false;
}

// An explicit date in the paragraph more than a month before publication:
// the paragraph tells older background, and its undated acts belong to it.
bool paragraph_has_older_date(const Document& doc, const Sentence& s) {
  const Block& block = doc.blocks[s.block];
  for (const Timex& t : doc.timexes) {
    if (t.text.begin < block.text.begin || t.text.end > block.text.end) continue;
    if (t.type != "DATE") continue;
    if (is_background(Date::parse_iso(t.value), doc.pub_date)) return true;
  }
  return false;
}

// An article whose own news is a later stage of a violent act (its headline
// or first sentence tells of a trial, a verdict, a sentence, an
// anniversary): the attacks and killings it tells of without a date are
// retold, done before ("Jury convicts man of murder ... Police said he shot
// the victim after an argument").
bool news_is_later_stage(const Document& doc) {
  const RetoldMarkers& markers = retold_markers();
  size_t main_sentences = 0;
  for (const Sentence& s : doc.sentences) {
    BlockKind kind = doc.blocks[s.block].kind;
    bool title = kind == BlockKind::kTitle;
    if (!title && !is_main_text(kind)) continue;
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i)
      if (markers.stage.count(lower(doc.token_text(i)))) return true;
    if (!title && ++main_sentences == 1) return false;
  }
  return false;
}

bool violent(const std::string& cameo) {
  std::string f = cameo.substr(0, 2);
  return f == "18" || f == "19" || f == "20";
}

// Whether an act reported without a date is the article's fresh news, not
// an older act told again: no later stage of it ("found guilty of murder",
// "the trial over the shooting") or anchor ("previously") before it in its
// sentence, no past perfect ("had met"), no older date in its paragraph.
bool reported_as_fresh(const Document& doc, const Lexicon& lex, const Sentence& s, uint32_t head) {
  const RetoldMarkers& markers = retold_markers();
  // The marker governs the act: a few words before it, a later stage with
  // the act as its complement ("guilty of two counts of murder", "the
  // anniversary of the attack", "charged in the shooting"), not the scene of
  // the act ("at the memorial service Lavrov met Tillerson") nor another
  // clause's word ("leaders who attended the trial").
  uint32_t from = head > s.first_token + 8 ? head - 8 : s.first_token;
  bool complement = false;  // a preposition seen between the word and the act
  for (uint32_t i = head; i-- > from;) {
    std::string w = lower(doc.token_text(i));
    if (w == "who" || w == "which" || w == "while" || w == ";") break;
    if (markers.anchor.count(w) || (complement && markers.stage.count(w))) return false;
    complement |= in(w, {"of", "for", "in", "over", "with", "to", "about"});
  }
  if (past_perfect_before(doc, lex, s.first_token, head)) return false;
  return !paragraph_has_older_date(doc, s);
}

// The news in a news article is in its headline and lead: an act reported
// there in the past tense without a date of its own happened around the
// publication date (the day of it or the day before).  Elsewhere an undated
// event stays undated: later paragraphs mix in older background.  An act
// told again (not reported_as_fresh) anywhere takes no publication date and
// is flagged background: its date is unknown, and older than the news.
void date_undated_event(const Document& doc, const Lexicon& lex, bool later_stage, size_t sentence, uint32_t head,
                        Event& e) {
  if (e.date.known() || e.status != EventStatus::kOccurred || sentence >= doc.sentences.size()) return;
  if (!reported_as_fresh(doc, lex, doc.sentences[sentence], head) || (violent(e.cameo) && later_stage)) {
    e.background = true;
    return;
  }
  if (!doc.pub_date.day) return;
  size_t lead = 0;
  for (size_t i = 0; i < sentence; ++i)
    if (is_main_text(doc.blocks[doc.sentences[i].block].kind)) ++lead;
  if (lead >= 3) return;
  e.date = doc.pub_date;
  e.date_basis = "publication_date";
  e.date_text.clear();
}

// "after his talks with Tillerson, Lavrov met Trump", "Prior to the meeting
// with Trump, Lavrov held talks with Tillerson": an act placed before or
// after another act the sentence names.  Indices into the candidates found.
struct EventAnchor {
  size_t event = 0, anchor = 0;
  bool after = false;  // the event follows the anchor ("after", "following")
};

// The time word before token `i` that anchors on an act: "after",
// "following", "before", "prior to", "ahead of"; 0 when none, 1 after,
// -1 before.
int anchor_word_at(const Document& doc, uint32_t i) {
  std::string w = lower(doc.token_text(i));
  if (w == "after" || w == "following") return 1;
  if (w == "before") return -1;
  if ((w == "prior" || w == "ahead") && i + 1 < doc.tokens.size()) {
    std::string next = lower(doc.token_text(i + 1));
    if ((w == "prior" && next == "to") || (w == "ahead" && next == "of")) return -1;
  }
  return 0;
}

// Pairs each act with the act its sentence anchors it on: a noun trigger
// (the anchor) within a few words after the time word, and the act itself
// outside that phrase in the same sentence.
std::vector<EventAnchor> event_anchors(const Document& doc, const std::vector<Candidate>& found) {
  std::vector<EventAnchor> out;
  for (size_t a = 0; a < found.size(); ++a) {
    const Candidate& anchor = found[a];
    const Sentence& s = doc.sentences[anchor.sentence];
    uint32_t from = anchor.head > s.first_token + 4 ? anchor.head - 4 : s.first_token;
    int side = 0;
    uint32_t word = 0;
    for (uint32_t i = from; i < anchor.head && !side; ++i)
      if ((side = anchor_word_at(doc, i))) word = i;
    if (!side) continue;
    for (size_t e = 0; e < found.size(); ++e) {
      const Candidate& event = found[e];
      if (e == a || event.sentence != anchor.sentence) continue;
      // The act is outside the anchoring phrase: before the time word, or
      // after the phrase's end (its comma).
      bool outside = event.head < word;
      for (uint32_t i = anchor.last + 1; !outside && i < event.head; ++i) outside = doc.token_text(i) == ",";
      if (outside) out.push_back({e, a, side > 0});
    }
  }
  return out;
}

// An act without a date of its own anchored on an act with one takes that
// date as its bound: "after the talks (on May 10)" happened then or soon
// after; "before the meeting" then or soon before.
void date_by_anchor_events(const std::vector<EventAnchor>& anchors, const std::vector<size_t>& merged_as,
                           std::vector<Candidate>& merged) {
  for (const EventAnchor& a : anchors) {
    Event& event = merged[merged_as[a.event]].event;
    const Event& anchor = merged[merged_as[a.anchor]].event;
    if (&event == &anchor || event.date.known() || !anchor.date.known()) continue;
    if (event.status != EventStatus::kOccurred) continue;
    event.date = anchor.date;
    event.date_basis = a.after ? "after_event" : "before_event";
    event.date_text.clear();
    event.background = anchor.background;
  }
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
    bool object = true;
    for (uint32_t i = v.last + 1; i < m.head && object; ++i) {
      std::string w = lower(doc.token_text(i));
      object = is_determiner_like(w) || w == "any" || w == "all" || w == "such" || w == "these" || w == "those";
    }
    if (object) return &v;
  }
  return nullptr;
}

// "talks between Russia and Ukraine": a meeting noun whose two sides follow
// "between" (and an article).
bool between_sides(const Document& doc, const TriggerMatch& m, const std::vector<const ActorSpan*>& tgt) {
  if (!m.as_noun || !m.trigger->reciprocal || family(m.trigger->cameo) != "04" || tgt.size() < 2) return false;
  uint32_t i = tgt[0]->first;
  while (i > m.last + 1 && is_determiner_like(lower(doc.token_text(i - 1)))) --i;
  return i > m.last && lower(doc.token_text(i - 1)) == "between";
}

// "hosted talks", "will broker a meeting", "mediated the negotiations": the
// meeting noun `m` is the object of a verb of bringing others together
// (only an article or two modifiers between them).
bool hosted_meeting(const Document& doc, Clause c, const TriggerMatch& m) {
  static const char* const stems[] = {"host", "mediat", "broker", "organis", "organiz", "conven", "chair",
                                      "arrang", "facilitat", "sponsor"};
  for (uint32_t k = 1; k <= 3 && m.head >= c.begin + k; ++k) {
    std::string w = lower(doc.token_text(m.head - k));
    for (const char* stem : stems)
      if (w.rfind(stem, 0) == 0 && w.size() <= std::strlen(stem) + 4) return true;
    if (k == 3 || is_preposition(w) || w == "," || is_be_form(w)) return false;
  }
  return false;
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

// "agreed to lift the sanctions", "pledged to expel": the promise is the
// intent to do the act after "to", coded by that act's intent code (CAMEO
// 031-039), not a second, unspecified intent (030).  Drops the 030 records
// from `sentence_begin` on (one sentence's) whose act the same source does.
// Removes the records from `from` on that `marked` flags, keeping the order.
void erase_marked(std::vector<Candidate>& found, const std::vector<bool>& marked, size_t from) {
  size_t kept = from;
  for (size_t i = from; i < found.size(); ++i)
    if (!marked[i]) {
      if (kept != i) found[kept] = std::move(found[i]);
      ++kept;
    }
  found.resize(kept);
}

void drop_promises_of_coded_acts(const Document& doc, std::vector<Candidate>& found, size_t sentence_begin) {
  std::vector<bool> drop(found.size(), false);
  for (size_t i = sentence_begin; i < found.size(); ++i) {
    const Candidate& promise = found[i];
    // "refused to release": the refusal is coded by what was refused (124x).
    bool refusal = promise.event.cameo == "120";
    bool bare = promise.event.cameo == "030" || promise.event.cameo == "130" || refusal;
    if (!bare || promise.last + 1 >= doc.tokens.size() ||
        lower(doc.token_text(promise.last + 1)) != "to")
      continue;
    for (size_t j = sentence_begin; j < found.size() && !drop[i]; ++j) {
      const Candidate& act = found[j];
      drop[i] = j != i && act.head > promise.last + 1 && act.head <= promise.last + 3 &&
                act.source_key == promise.source_key && act.event.cameo != promise.event.cameo &&
                (refusal ? act.event.cameo.rfind("12", 0) == 0 : act.event.status == EventStatus::kPlanned);
    }
  }
  erase_marked(found, drop, sentence_begin);
}

// CAMEO's appeal (02x) for a kind of act: to meet (026), to mediate (028),
// for diplomatic (022) or material cooperation (021), for aid (023), to yield
// (025); "" for other acts.
std::string appeal_code(const std::string& act) {
  if (act == "045") return "028";
  std::string root = act.substr(0, 2);
  if (root == "04") return "026";
  if (root == "05") return "022";
  if (root == "06") return "021";
  if (root == "07") return "023";
  if (root == "08") return "025";
  return "";
}

// "urged Russia to release the prisoners" (025), "asked Japan to send aid"
// (023): a plain appeal (020) takes the code of what it asks for, the act
// right after it that the one appealed to is to do, and carries that act's
// own code as its intended_code.  The act asked for is no record of its own:
// Russia plans no release because Germany urged one.  Looks at the records
// from `sentence_begin` on (one sentence's).
void refine_appeals(const Document& doc, const Lexicon& lex, std::vector<Candidate>& found, size_t sentence_begin) {
  std::vector<bool> asked_for(found.size(), false);
  for (size_t i = sentence_begin; i < found.size(); ++i) {
    Candidate& appeal = found[i];
    if (appeal.event.cameo != "020" || appeal.target_key.empty()) continue;
    for (size_t j = sentence_begin; j < found.size(); ++j) {
      const Candidate& act = found[j];
      // (Either side of an act done together: "urged Russia and Ukraine to hold talks".)
      bool asked_one_does = act.source_key == appeal.target_key ||
                            (act.event.mutual && act.target_key == appeal.target_key);
      if (j == i || act.event.status != EventStatus::kPlanned || !asked_one_does || act.head <= appeal.last ||
          act.head > appeal.last + 8)
        continue;
      const std::string& asked = act.event.intended_code.empty() ? act.event.cameo : act.event.intended_code;
      std::string code = appeal_code(asked);
      if (!code.empty()) set_type(appeal.event, code, lex);
      appeal.event.intended_code = asked;
      asked_for[j] = act.source_key != appeal.source_key;
      break;
    }
  }
  erase_marked(found, asked_for, sentence_begin);
}

bool is_reporting_verb(std::string_view w) {
  return in(w, {"said", "says", "say", "claimed", "claims", "alleged", "alleges", "told", "charged", "insisted",
                "declared", "showed", "shows", "show", "proved", "proves", "prove", "revealed", "reveals"});
}

// Who reports that `accused` did a wrong: the actor before a reporting verb
// that comes before the accused ("Netanyahu said Iran lied", "the files,
// Netanyahu said, showed that Iran had lied"), or the one next to such a
// verb after the act ('"Iran lied," Netanyahu said').
const ActorSpan* accuser_of(const Document& doc, const std::vector<ActorSpan>& actors, const Sentence& s,
                            const ActorSpan& accused, const TriggerMatch& m) {
  uint32_t end = s.first_token + s.token_count;
  auto subject_of = [&](uint32_t verb) -> const ActorSpan* {
    const ActorSpan* found = nullptr;
    for (const ActorSpan& a : actors) {
      bool after_preposition = a.first > s.first_token && is_preposition(lower(doc.token_text(a.first - 1)));
      if (a.last <= verb && !after_preposition) found = &a;
    }
    return found;
  };
  for (uint32_t i = accused.first; i-- > s.first_token;)
    if (is_reporting_verb(lower(doc.token_text(i)))) {
      for (uint32_t v = i + 1; v-- > s.first_token;)  // the first verb of a chain: "Netanyahu said, showed"
        if (is_reporting_verb(lower(doc.token_text(v))))
          if (const ActorSpan* a = subject_of(v)) return a;
      return nullptr;
    }
  for (uint32_t i = m.last + 1; i < end; ++i) {
    if (!is_reporting_verb(lower(doc.token_text(i)))) continue;
    for (const ActorSpan& a : actors)
      if (a.last == i || a.first == i + 1) return &a;  // "Netanyahu said", "said Netanyahu"
  }
  return nullptr;
}

bool opens_quotation(const Document& doc, const Sentence& s) {
  std::string_view text = doc.view(s.text);
  return !text.empty() && (text[0] == '"' || text.rfind("\xE2\x80\x9C", 0) == 0 || text.rfind("``", 0) == 0);
}

// Does sentence `s` open a quotation or stand inside one begun earlier in its
// block (an odd number of plain marks, or more opening than closing curly ones)?
bool in_quotation(const Document& doc, const Sentence& s) {
  if (opens_quotation(doc, s)) return true;
  size_t at = static_cast<size_t>(&s - doc.sentences.data());
  size_t first = at;
  while (first > 0 && doc.sentences[first - 1].block == s.block) --first;
  std::string_view before(doc.text.data() + doc.sentences[first].text.begin, s.text.begin - doc.sentences[first].text.begin);
  int plain = 0, opening = 0, closing = 0;
  for (size_t i = 0; i < before.size(); ++i) {
    if (before[i] == '"') ++plain;
    if (before.compare(i, 3, "\xE2\x80\x9C") == 0) ++opening;
    if (before.compare(i, 3, "\xE2\x80\x9D") == 0) ++closing;
  }
  return plain % 2 == 1 || opening > closing;
}

// The speaker of a quotation that runs over several sentences: '"Tonight I
// tell you: Iran lied.' after '"...," said Netanyahu.', or before '"...,"
// Netanyahu said.' a few sentences on.  Only for a sentence that opens with
// a quotation mark; the speaker is the actor next to a reporting verb.
std::vector<ActorSpan> quotation_speaker(const Document& doc, const Sentence& s) {
  if (!in_quotation(doc, s)) return {};
  size_t at = static_cast<size_t>(&s - doc.sentences.data());
  auto speaker_in = [&](size_t k) -> std::vector<ActorSpan> {
    const Sentence& o = doc.sentences[k];
    std::vector<ActorSpan> actors = actors_in(doc, o);
    for (uint32_t i = o.first_token; i < o.first_token + o.token_count; ++i) {
      if (!is_reporting_verb(lower(doc.token_text(i)))) continue;
      for (const ActorSpan& a : actors)
        if (a.last == i || a.first == i + 1) return {a};
    }
    return {};
  };
  if (at > 0 && doc.sentences[at - 1].block == s.block) {
    auto before = speaker_in(at - 1);
    if (!before.empty()) return before;
  }
  for (size_t k = at + 1; k < doc.sentences.size() && k <= at + 3; ++k) {
    auto after = speaker_in(k);
    if (!after.empty()) return after;
    if (opens_quotation(doc, doc.sentences[k])) break;  // another quotation begins
  }
  return {};
}

// "Netanyahu said Iran lied": an act of deceit reported by another is that
// reporter's accusation of its doer (CAMEO 112); untold, it is no event.
void add_accusation(const Document& doc, const Sentence& s, const std::vector<ActorSpan>& actors,
                    const std::vector<const ActorSpan*>& subj, const TriggerMatch& m, Clause c, const Lexicon& lex,
                    std::vector<Candidate>& found) {
  if (subj.empty()) return;
  const ActorSpan* accused = subj.back();
  const ActorSpan* accuser = accuser_of(doc, actors, s, *accused, m);
  std::vector<ActorSpan> speaker;  // of a quotation over several sentences
  if (!accuser) {
    speaker = quotation_speaker(doc, s);
    if (!speaker.empty()) accuser = &speaker[0];
  }
  if (!accuser || accuser->key == accused->key || same_side(*accuser, *accused)) return;
  emit_candidate(doc, s, m, c, actors, accuser, accused, m.trigger->cameo, lex, found);
}

// "calling it an effort by Democrats", "called the Ryan budget a bold plan",
// 'called Trump's remarks "offensive"': after its object, an indefinite
// article or a quotation names what the object is; no one is phoned.  ("He
// called Putin a day later" phones him: a time after the article.)
bool names_its_object(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  uint32_t end = s.first_token + s.token_count;
  for (uint32_t j = m.last + 2; j < end && j <= m.last + 8; ++j) {
    std::string w = lower(doc.token_text(j));
    if (w == "\"" || w == "\xE2\x80\x9C" || w == "``" || w == "\xE2\x80\x98") return true;
    if (w == "a" || w == "an") {
      return j + 1 < end && !is_capitalised(doc.token_text(j + 1)) && !time_after_article(doc, j);
    }
    if (is_preposition(w) || is_clause_boundary(w) || w == "," || w == "." || w == "and") return false;
  }
  return false;
}

// "called a truce", "called an election", "called a meeting": "call" before
// an indefinite article announces or convenes something; it phones no one.
bool calls_a_thing(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  if (m.as_noun || m.trigger->kind != TriggerKind::kVerb || m.trigger->lemmas.front() != "call") return false;
  uint32_t article = m.last + 1;
  if (article + 1 >= doc.tokens.size()) return false;
  if (!in(lower(doc.token_text(article)), {"a", "an"})) return names_its_object(doc, s, m);
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
  if (m.as_noun || m.head < 2 || lower(doc.token_text(m.head - 1)) != "to") return nullptr;
  for (const TriggerMatch& v : matches) {
    if (v.as_noun || family(v.trigger->cameo) != "04" || v.last + 1 >= m.head - 1 || m.head - v.last > 8) continue;
    bool one_phrase = true;  // only the one met between: no clause starts
    for (uint32_t i = v.last + 1; i < m.head - 1 && one_phrase; ++i)
      one_phrase = !is_clause_boundary(lower(doc.token_text(i))) && doc.token_text(i) != ",";
    if (one_phrase) return &v;
  }
  return nullptr;
}

// ---- Acts not reported ----------------------------------------------------------------

// "asking if the nation is doing enough", "asked whether the talks would
// resume", "asked the governor about Rubio", '..., Hirono asked.', 'asked:
// "What is the benefit?"': a verb that
// also asks questions (flag `question`) is no request when a question
// follows it, not a wish ("asked Congress to pass", "asked for help").
bool asks_a_question(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  if (!m.trigger->question) return false;
  uint32_t end = s.first_token + s.token_count;
  for (uint32_t j = m.last + 1; j < end && j <= m.last + 6; ++j) {
    std::string w = lower(doc.token_text(j));
    if (in(w, {"if", "whether", "what", "why", "how", "who", "whom", "when", "where", "which", "about"})) return true;
    bool opens_quote = w == "\"" || w == "\xE2\x80\x9C" || w == "``";
    if (j == m.last + 1 && (w == "." || w == ":" || w == "?" || opens_quote)) return true;
    if (in(w, {"to", "for", "that", ";"})) return false;
  }
  return m.last + 1 >= end;
}

// "If found guilty, Ebbers could face a jail sentence", "for fear it could
// force the government to share information", "rather than allow him to be
// confirmed", "the question of whether Congress would pass sanctions": an
// act only supposed, on a condition or as a possibility, is neither done,
// planned nor refused.  A possibility a speaker states ("Iran said it could
// close the strait") or sets a condition to is a threat and stays.
// The condition ("if", "unless") that opens clause `c`, or UINT32_MAX.
uint32_t condition_opening(const Document& doc, const Sentence& s, Clause c) {
  if (c.begin > s.first_token && in(lower(doc.token_text(c.begin - 1)), {"if", "unless"})) return c.begin - 1;
  std::string opener = lower(doc.token_text(s.first_token));
  return opener == "if" || opener == "unless" ? s.first_token : UINT32_MAX;
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
  bool concessive = at > s.first_token && in(lower(doc.token_text(at - 1)), {"as", "even"});
  return inside || !concessive;
}

// A modal of possibility before the trigger in its clause ("could face",
// "could deny the motion, block the withdrawal"), but not one of an earlier
// clause joined by ", and" ("warned security could be affected, and ICE
// started releasing ...").
bool possibility_before(const Document& doc, Clause c, const TriggerMatch& m) {
  for (uint32_t i = m.head; i > c.begin; --i) {
    std::string_view raw = doc.token_text(i - 1);  // "may", not the month "May"
    if (raw == "," && in(lower(doc.token_text(i)), {"and", "but"})) return false;
    if (raw == "could" || raw == "might" || raw == "may") return true;
    // "would have denounced this": what would have happened did not.
    if (raw == "would" && lower(doc.token_text(i)) == "have") return true;
  }
  return false;
}

// "Let's say Steele had a source who claimed Trump conspired to hack ...",
// "Now, suppose the US doesn't bomb ...": an act inside a supposition.
bool supposed_before(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  for (uint32_t i = s.first_token; i < m.head; ++i) {
    std::string w = lower(doc.token_text(i));
    if (in(w, {"suppose", "supposing", "imagine", "hypothetically"})) return true;
    if (w == "say" && i > s.first_token &&
        in(lower(doc.token_text(i - 1)), {"'s", "\xE2\x80\x99s", "let's", "let\xE2\x80\x99s", "us"}))
      return true;
  }
  return false;
}

bool hypothetical(const Document& doc, const Sentence& s, Clause c, const TriggerMatch& m) {
  if (conditional(doc, s, c, m) || supposed_before(doc, s, m)) return true;
  uint32_t before = c.begin;  // the word that opens the clause
  if (before > s.first_token + 1 && lower(doc.token_text(before - 1)) == "that") --before;
  bool stated = before > s.first_token && is_reporting_verb(lower(doc.token_text(before - 1)));
  // "The EC may halt mediation if cooperation founders": a possibility on a
  // condition the other side must meet is a threat (or a promise) made now.
  for (uint32_t i = m.last + 1; i < s.first_token + s.token_count && !stated; ++i)
    stated = in(lower(doc.token_text(i)), {"if", "unless"});
  if (!stated && possibility_before(doc, c, m)) return true;
  bool whether = false;
  for (uint32_t i = c.begin; i < m.head; ++i) {
    std::string w = lower(doc.token_text(i));
    std::string next = lower(doc.token_text(i + 1));
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
    std::string w = lower(doc.token_text(i));
    if (lex.contest_word(w, true) || (!tally_only && (lex.contest_word(w, false) || score_token(w)))) return true;
  }
  return false;
}

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
    std::string w = lower(doc.token_text(i - 1));
    if (!lex.habit_word(w)) continue;
    bool idiom = w == "long" && i > c.begin + 1 && in(lower(doc.token_text(i - 2)), {"before", "as", "so", "how", "too"});
    if (!idiom) return true;
  }
  return m.head >= c.begin + 2 && lower(doc.token_text(m.head - 1)) == "to" &&
         lex.capacity_word(lower(doc.token_text(m.head - 2)));
}

// "Trump supports the ban", "Obama supported same-sex marriage", "Congress has
// strongly supported NOAA's program": a verb of a lasting position (trigger
// flag `stance`) with no actor as its target is a position on a thing, no
// act; a personal pronoun after it ("helped me and supported me") is a
// person the act was done to.
bool position_on_a_thing(const Document& doc, const std::vector<ActorSpan>& actors, Clause c, const TriggerMatch& m,
                         const ActorSpan* target) {
  if (!m.trigger->stance || target || m.as_noun) return false;
  uint32_t next = m.last + 1;
  if (next < c.end && in(lower(doc.token_text(next)), {"me", "him", "her", "us", "them", "you"})) return false;
  // "support the rights of Palestinians", "supported Israel's right": a thing
  // of an actor is done for that actor.
  return std::none_of(actors.begin(), actors.end(),
                      [&](const ActorSpan& a) { return a.first > m.last && a.first <= m.last + 6 && a.last < c.end; });
}

// "a free man, thanks to a mistrial": "thanks to" is a preposition of cause.
bool thanks_to(const Document& doc, const TriggerMatch& m) {
  return !m.as_noun && lower(doc.token_text(m.head)) == "thanks" && m.head + 1 < doc.tokens.size() &&
         lower(doc.token_text(m.head + 1)) == "to";
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
    if (is_capitalised(w) || doc.tokens[i].kind != TokenKind::kWord || w == "'s" || w == "\xE2\x80\x99s") return false;
    if (w == "to" || is_be_form(lower(w)) || modal_at(doc, i, 0)) return false;  // a verb: "Linick was investigating"
  }
  std::string head = lower(doc.token_text(m.head));
  if (gerund(head) || (head.size() > 4 && head.compare(head.size() - 2, 2, "ed") == 0)) return false;
  std::string before = lower(doc.token_text(a.first - 1));
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
    std::string w = lower(doc.token_text(j));
    if (lex.court_word(w)) return true;
    if ((is_preposition(w) && w != "to") || is_clause_boundary(w) || doc.tokens[j].kind != TokenKind::kWord) return false;
  }
  return false;
}

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

bool in_link_list(const Document& doc, const Sentence& s, const TriggerMatch& m) {
  uint32_t end = s.first_token + s.token_count;
  bool glued = false;
  for (uint32_t i = s.first_token; i < m.head && !glued; ++i) glued = glued_words(doc.token_text(i));
  if (!glued) return false;
  for (uint32_t i = m.last + 1; i < end; ++i)
    if (doc.token_text(i) == "MORE") return true;
  return false;
}

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
