// Closed-class words of English used by the event stage: clause boundaries,
// negation, modals, words of planning and cancelling, determiners, forms of
// "be", prepositions, counting words, particles.  They are grammar, not
// knowledge about the world, so they stay in code rather than in data/.
// Inline: they are called for nearly every token, in every unit of the stage.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>

#include "base/calendar.h"
#include "base/text.h"
#include "parley/document.h"

namespace parley::events {

// The size and the first byte are compared before the rest: these lists are
// probed for nearly every token, and most entries differ in one or the other.
inline bool in(std::string_view w, std::initializer_list<std::string_view> set) {
  if (w.empty()) return std::find(set.begin(), set.end(), w) != set.end();
  for (std::string_view s : set)
    if (s.size() == w.size() && s[0] == w[0] && s == w) return true;
  return false;
}

inline std::string lower(std::string_view s) { return base::ascii_lower(s); }

// Tokens at which a clause ends or a new one starts.
// (Asked for nearly every token of a clause: one hash lookup, not a scan.)
inline bool is_clause_boundary(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      ";", ":", "\xE2\x80\x94", "\xE2\x80\x93", "--", "said", "says", "say", "told", "tells", "stated", "added",
      "disclosed", "announced", "reported", "confirmed", "noted", "according", "that", "which", "who", "whom",
      "whose", "while", "when", "whereas", "although", "though", "because", "since", "after", "before", "but",
      "as", "amid", "where", "if", "unless"};
  return words.count(w) > 0;
}

inline bool is_negation(std::string_view w) { return in(w, {"not", "n't", "never", "no", "neither", "nor"}); }

inline bool is_modal_future(std::string_view w) {
  return in(w, {"will", "would", "could", "may", "might", "shall", "should", "'ll", "can"});
}

// A modal at token `i`; "May" inside a sentence is the month ("In May Russia expelled ...").
inline bool modal_at(const Document& doc, uint32_t i, uint32_t sentence_first) {
  std::string_view raw = doc.token_text(i);
  return is_modal_future(lower(raw)) && !(raw == "May" && i != sentence_first);
}

// Words that, before a trigger verb, make its event an intention or plan.
inline bool is_plan_word(std::string_view w) {
  return in(w, {"pledged", "pledge", "pledges", "promised", "promise", "promises", "vowed", "vow", "vows",
                "swore", "sworn", "swear", "swears", "prepared", "threaten", "threatens", "threatened", "threatening",
                "asked", "asks", "requested", "requests",
                "plan",   "plans",     "planned",   "planning", "intend",    "intends",  "intended",    "expected",
                "expect", "expects",   "hope",      "hopes",    "hoped",     "want",     "wants",       "wanted",
                "ready",  "willing",   "scheduled", "due",      "set",       "going",    "agreed",      "agree",
                "agrees", "proposed",  "propose",   "proposes", "offered",   "offer",    "offers",      "seek",
                "seeks",  "sought", "seeking", "determined", "eager", "keen",    "invited",   "prepare",  "preparing", "possible", "possibility", "upcoming",
                "future", "potential", "proposal",  "prospect", "invitation", "aimed", "aiming", "aims",
                "designed", "prepares", "poised", "readying",
                // the progressive of the same verbs: "is vowing to attack"
                "vowing", "pledging", "promising", "swearing", "asking", "requesting", "intending",
                "expecting", "hoping", "wanting", "agreeing", "proposing", "offering"});
}

// Words of weighing an act, right before it: "has considered seeking
// refuge", "is mulling a visit" (a plan only next to the act: "considered a
// restraining order and asked police" asked).
inline bool is_weighing_word(std::string_view w) {
  return in(w, {"considered", "considering", "considers", "weighing", "weighed", "mulling", "mulled",
                "contemplating", "contemplated"});
}

inline bool is_cancel_word(std::string_view w) {
  return in(w, {"failed", "fail", "fails", "failing", "cancel",  "cancels", "cancelled", "canceled", "called",    "postponed", "postpone",
                "refused", "refuse",  "refuses",   "declined", "decline",   "denied",    "deny",
                "denies",  "ruled",   "rejected",  "scrapped", "suspended", "off",
                "delay", "delays", "delayed", "defer", "defers", "deferred", "postpones"});
}

inline bool is_determiner_like(std::string_view w) {
  return in(
      w, {"a",       "an",       "the",      "this",          "that",         "their",       "his",        "her",
          "its",     "our",      "first",    "second",        "third",        "last",        "next",       "new",
          "rare",    "brief",    "short",    "long",          "private",      "closed-door", "bilateral",  "official",
          "formal",  "informal", "separate", "joint",         "face-to-face", "planned",     "possible",   "two",
          "three",   "several",  "'s",       "\xE2\x80\x99s", "one-on-one",   "lengthy",     "high-level", "previous",
          "earlier", "recent",   "annual",   "scheduled",     "upcoming",     "proposed",    "further"});
}

// ("they're asked": the contracted "are" is one; the contracted "'s" may be "has".)
inline bool is_be_form(std::string_view w) {
  return in(w, {"was", "were", "is", "are", "been", "being", "be", "got", "get", "gets", "'re", "\xE2\x80\x99re"});
}

// An adverb in -ly ("repeatedly", "peacefully"): more than four letters.
inline bool is_ly_adverb(std::string_view w) { return w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0; }

// The owner's mark "'s", straight or curly, as a token of its own.
inline bool is_owner_mark(std::string_view w) { return base::is_possessive_s(w); }

// The same, or the straight apostrophe after a plural or s-final owner ("the
// Clintons' foundation"); the curly one is left out, as it closes quotations too.
inline bool is_owner_mark_or_apostrophe(std::string_view w) { return is_owner_mark(w) || w == "'"; }

// A quotation mark standing as a token of its own: straight or curly.
inline bool is_quote_mark(std::string_view w) {
  return in(w, {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"});
}

// "are demanding", "is providing": a be-form before an -ing form is the
// progressive, not the passive.
inline bool progressive(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

inline bool is_preposition(std::string_view w) {
  return in(w,
            {"to",      "of",   "in",   "at",    "for",   "from",   "by",   "on",     "with",    "between", "among",
             "against", "into", "over", "about", "under", "across", "near", "toward", "towards", "via",     "within"});
}

// Words that count people, after which "of" names who was counted:
// "thousands of protesters", "dozens of Palestinians", "members of the opposition".
inline bool is_quantity(std::string_view w) {
  return in(w, {"thousands", "hundreds", "dozens", "millions", "scores", "tens", "groups", "members", "supporters",
                "number", "some", "many", "several", "most", "all", "hundred", "thousand", "dozen", "group",
                "band", "crowd", "crowds", "leaders", "leader", "families", "relatives", "supporter", "member",
                // bodies of people sent together: "a team of UN inspectors", "a contingent of Indian troops"
                "team", "teams", "delegation", "delegations", "contingent", "contingents", "detachment", "unit",
                "units", "deployment", "batch", "mission", "party", "convoy"});
}

// Nouns for a part of a place, after which "of" names the place: "the
// outskirts of Aleppo", "a district of Kabul", "the city of Homs".
inline bool is_part_of_place(std::string_view w) {
  return in(w, {"part",   "parts",    "outskirts", "district",     "districts",     "suburb",  "suburbs",
                "area",   "areas",    "city",      "town",         "village",       "centre",  "center",
                "north",  "south",    "east",      "west",         "neighbourhood", "neighborhood",
                "neighbourhoods", "neighborhoods", "province", "region", "capital", "streets", "heart"});
}

// A number before a noun: "10", "two", "dozens" (not a counting noun such
// as "team" or "group", which is itself the noun: "the team shelled").
inline bool is_number_word(std::string_view w) {
  return (!w.empty() && w[0] >= '0' && w[0] <= '9') ||
         in(w, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
                "fifty", "hundred", "thousand", "hundreds", "thousands", "dozens", "scores", "several", "many", "some"});
}

// Words after which a bare form is the verb: "to bomb Syria", "will pressure".
inline bool bare_verb_before(std::string_view w) {
  return in(w, {"to", "will", "would", "could", "can", "should", "may", "might", "must", "'ll", "not", "n't", "did"});
}

// Adverb particles of phrasal verbs ("call off", "pull out", "step down").
inline bool is_particle(std::string_view w) { return in(w, {"off", "out", "down", "up", "back", "away", "over"}); }

}  // namespace parley::events
