// The event stage's knowledge: trigger words (data/events/triggers.tsv), the
// CAMEO code table with Goldstein scores and PLOVER categories
// (data/events/cameo.tsv), and English verb morphology
// (data/events/irregular_verbs.tsv).  Loaded once, read-only afterwards.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/string_map.h"

namespace parley::events {

enum class TriggerKind : uint8_t { kVerb, kNoun, kPhrase };

struct Trigger {
  TriggerKind kind = TriggerKind::kVerb;
  std::vector<std::string> lemmas;  // head first
  std::string cameo;
  std::vector<std::string> target_preps;  // "obj" for a direct object, or prepositions
  bool place_target = false;
  bool reciprocal = false;
  bool swap = false;
  bool inflected = false;  // only its -ed and -ing forms trigger ("ordered", not "orders")
  bool accused = false;    // the subject is accused of the act by the one reporting it ("X said Iran lied")
  // Its object must follow at once, a name or an article ("helped Syria",
  // "helped the rebels"); a bare verb after it carries the act ("help defend").
  bool object_next = false;
  bool noun_head = false;  // a phrase whose head may be a noun too ("a halt to tests")
  bool undergoer = false;  // a noun whose possessor underwent it ("Wambach's arrest"), not did it
  bool question = false;   // a verb that also asks questions ("asked whether ..."): then no request
  bool verbal = false;     // a verb of force also used for words ("attacked his record"): criticism
  bool contest = false;    // a verb of force also used for winning a contest ("beat X in the primary")
  bool struggle = false;   // fought by one in public life who bears no arms: a political or legal struggle
  bool stance = false;     // a lasting position as well as an act ("supports the ban"): see triggers.tsv
  bool adjacent = false;   // (phrase) its words follow one another, an adverb in -ly aside ("pushed back on")
  // The act only with no object ("demonstrated outside the embassy"); with one
  // it means to show ("demonstrated an ability", "a demonstration of unity").
  bool intransitive = false;
};

struct CameoInfo {
  std::string code, name;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover, plover_mode;
};

class Lexicon {
 public:
  // Loads the data files; throws std::runtime_error naming a malformed line.
  Lexicon();

  // Triggers whose head lemma is `lemma`.
  const std::vector<Trigger>* triggers_for(std::string_view lemma) const;
  // The code's entry, else its nearest listed parent's (0871 -> 087 -> 08), else null.
  const CameoInfo* cameo(std::string_view code) const;
  // Candidate base forms of a word (lower-cased): "met" -> meet,
  // "hosted" -> host, "talks" -> talk, "meeting" -> meeting, meet.
  void lemmas(std::string_view word, std::vector<std::string>& out) const;
  // A past participle ("met", "held", "attacked"), lower-case: an irregular
  // one listed in irregular_verbs.tsv, or a regular -ed form.
  bool is_past_participle(std::string_view word) const;

  // True for a word that makes the noun of force after it figurative: "a
  // charm offensive", "a trade war" (data/events/figurative_modifiers.txt).
  bool figurative_modifier(std::string_view lower_word) const { return figurative_.count(lower_word) > 0; }
  // True for a noun of a situation somewhere ("the war in Ukraine"): a
  // place after it is the situation's, not the event's
  // (data/events/situation_nouns.txt; the last word of a listed phrase).
  bool situation_noun(std::string_view lower_word) const { return situations_.count(lower_word) > 0; }
  // True for a noun of an agreement or a diplomatic process ("accord",
  // "protocol"; plurals in -s understood): a capital right before it is
  // where it was made (data/events/agreement_nouns.txt).
  bool agreement_noun(std::string_view lower_word) const;
  // Words around a place phrase (data/events/place_words.tsv): one who
  // stands for a place ("nominee in Georgia"), a thing located somewhere
  // ("a decision in Turkey"), a word between "in" and the name ("in
  // neighboring Kenya"), a meeting a body's name may head ("G20 summit"), a
  // noun after "to" that is no infinitive ("sentenced to death").
  enum class PlaceWord : uint8_t { kHolder = 1, kLocated = 2, kModifier = 4, kGathering = 8, kNounAfterTo = 16 };
  bool place_word(std::string_view lower_word, PlaceWord kind) const {
    auto it = place_words_.find(lower_word);
    return it != place_words_.end() && (it->second & static_cast<uint8_t>(kind));
  }
  // Topic words (data/events/topic_words.tsv): what opens a topic after the
  // trigger ("to discuss", "about", "talks on") and what ends one.
  enum class TopicWord : uint8_t { kOpener = 1, kNext = 2, kVerbalNext = 4, kStop = 8 };
  bool topic_word(std::string_view lower_word, TopicWord kind) const {
    auto it = topic_words_.find(lower_word);
    return it != topic_words_.end() && (it->second & static_cast<uint8_t>(kind));
  }
  // True for a thing said, decided or done in public life ("record",
  // "remarks"): the object of a verbal attack (data/events/verbal_objects.txt;
  // a plural in -s is looked up by its singular).
  bool verbal_object(std::string_view lower_word) const;
  // True for an object that makes a verb of force figurative ("killed the
  // bill", "seize the initiative"; data/events/figurative_objects.txt).
  bool figurative_object(std::string_view lower_word) const;
  // True for a document that is published, not freed: the object of
  // "release" ("released the report"; data/events/document_objects.txt).
  bool document_object(std::string_view lower_word) const;
  // True for a thing said or shown, or a bare amount: the object of "offer"
  // that makes it speech, no offer ("offered scant explanation";
  // data/events/offered_words.txt).
  bool offered_word(std::string_view lower_word) const;
  // True for a word that makes "demand" after it the market's ("strong
  // demand"; data/events/market_words.txt).
  bool market_word(std::string_view lower_word) const { return market_words_.count(lower_word) > 0; }
  // True for a noun that, right after a noun trigger, makes the trigger its
  // modifier ("riot police", "attack ads"; data/events/compound_heads.txt).
  bool compound_head(std::string_view lower_word) const;
  // True for a word of an election or a game ("primary", "tournament"), or
  // with `tally` of a count of standing ("poll", "percent"): the context
  // in which a contest verb is no force (data/events/contest_words.tsv).
  bool contest_word(std::string_view lower_word, bool tally) const;
  // True for a court or a ruling ("court", "verdict"; data/events/court_words.txt).
  bool court_word(std::string_view lower_word) const;
  // True for an adverb of habit ("long", "often"; data/events/generic_markers.tsv).
  bool habit_word(std::string_view lower_word) const { return habits_.count(lower_word) > 0; }
  // True for a word of power, duty or leave before "to" ("authority", "required").
  bool capacity_word(std::string_view lower_word) const { return capacities_.count(lower_word) > 0; }
  // A word of judgement on a person (data/events/judgement_words.tsv):
  // +1 praise ("decent", "hero"), -1 scorn ("liar", "dangerous"), 0 neither.
  int judgement(std::string_view lower_word) const;
  // A plain noun for a person that may follow judging words ("man", "servant").
  bool judged_person_noun(std::string_view lower_word) const;
  // The trigger a judgement reads as: praise (051) or scorn (111), reported
  // of the subject of "be" by a speaker ("X is a liar, Y said": `naming`
  // false, read like an accusation) or given by the subject of "called" to its
  // object (`naming` true).
  const Trigger& judgement_trigger(bool praise, bool naming) const;
  // True for one of the judgement triggers above.
  bool is_judgement(const Trigger& t) const { return t.lemmas.back() == "judge"; }

 private:
  base::StringMap<std::vector<Trigger>> triggers_;
  base::StringMap<CameoInfo> cameo_;
  base::StringMap<std::string> irregular_;  // inflected -> base
  base::StringSet figurative_;              // "charm" (offensive), "trade" (war)
  base::StringSet agreements_;              // "accord", "protocol"
  base::StringSet situations_;              // "war", "situation", "unrest"
  base::StringMap<uint8_t> place_words_;    // word -> PlaceWord bits
  base::StringMap<uint8_t> topic_words_;    // word -> TopicWord bits
  base::StringSet verbal_objects_;          // "record", "remark"
  base::StringSet figurative_objects_;      // "bill", "initiative"
  base::StringSet document_objects_;        // "report", "list"
  base::StringSet offered_words_;           // "explanation", "little"
  base::StringSet market_words_;            // "strong", "consumer"
  base::StringSet compound_heads_;          // "police" (riot police), "ad" (attack ad)
  base::StringSet contests_;                // "primary", "tournament"
  base::StringSet tallies_;                 // "poll", "percent"
  base::StringSet courts_;                  // "court", "ruling"
  base::StringSet habits_;                  // "long", "often"
  base::StringSet capacities_;              // "authority", "required"
  base::StringSet praise_words_;            // "decent", "hero"
  base::StringSet scorn_words_;             // "liar", "dangerous"
  base::StringSet judged_persons_;          // "man", "servant"
  base::StringMap<std::string> participles_;  // irregular past participle -> base
};

const Lexicon& default_lexicon();

}  // namespace parley::events
