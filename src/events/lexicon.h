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
  bool figurative_modifier(const std::string& lower_word) const { return figurative_.count(lower_word) > 0; }
  // True for a noun of what is said or decided ("plans", "record", "remarks"):
  // attacking it is criticism (data/events/verbal_attack_objects.txt).
  bool verbal_object(const std::string& lower_word) const {
    if (verbal_objects_.count(lower_word)) return true;
    size_t n = lower_word.size();
    if (n > 4 && lower_word.compare(n - 3, 3, "ies") == 0 && verbal_objects_.count(lower_word.substr(0, n - 3) + "y"))
      return true;  // "policies"
    return n > 3 && lower_word.back() == 's' && verbal_objects_.count(lower_word.substr(0, n - 1)) > 0;
  }
  // True for a noun of a situation somewhere ("the war in Ukraine"): a
  // place after it is the situation's, not the event's
  // (data/events/situation_nouns.txt; the last word of a listed phrase).
  bool situation_noun(const std::string& lower_word) const { return situations_.count(lower_word) > 0; }

 private:
  std::unordered_map<std::string, std::vector<Trigger>> triggers_;
  std::unordered_map<std::string, CameoInfo> cameo_;
  std::unordered_map<std::string, std::string> irregular_;  // inflected -> base
  std::unordered_set<std::string> verbal_objects_;           // "plan", "record", "remark"
  std::unordered_set<std::string> figurative_;              // "charm" (offensive), "trade" (war)
  std::unordered_set<std::string> situations_;              // "war", "situation", "unrest"
  std::unordered_map<std::string, std::string> participles_;  // irregular past participle -> base
};

const Lexicon& default_lexicon();

}  // namespace parley::events
