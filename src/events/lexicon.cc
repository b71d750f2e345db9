#include "events/lexicon.h"

#include <algorithm>
#include <stdexcept>

#include "base/string_map.h"
#include "base/text.h"
#include "parley/data.h"

namespace parley::events {
namespace {

using base::split;

[[noreturn]] void malformed(const char* file, std::string_view line) {
  throw std::runtime_error(std::string("data/") + file + ": malformed line: " + std::string(line));
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A `KIND<TAB>word` file whose kinds are bits: each word gets the bits of
// the kinds it is listed under.
void load_kinds(const char* file, std::initializer_list<std::pair<std::string_view, uint8_t>> kinds,
                base::StringMap<uint8_t>& out) {
  for (std::string_view line : data::lines(file)) {
    auto f = split(line, '\t');
    auto kind = f.size() == 2 ? std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == f[0]; })
                              : kinds.end();
    if (kind == kinds.end()) malformed(file, line);
    out[std::string(f[1])] |= kind->second;
  }
}

// A `KIND<TAB>word` file whose kinds are separate lists: each word goes
// into the set of its kind.
void load_sets(const char* file,
               std::initializer_list<std::pair<std::string_view, base::StringSet*>> kinds) {
  for (std::string_view line : data::lines(file)) {
    auto f = split(line, '\t');
    auto kind = f.size() == 2 ? std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == f[0]; })
                              : kinds.end();
    if (kind == kinds.end()) malformed(file, line);
    kind->second->emplace(f[1]);
  }
}

}  // namespace

Lexicon::Lexicon() {
  for (std::string_view line : data::lines("events/triggers.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 5) malformed("events/triggers.tsv", line);
    Trigger t;
    if (f[0] == "verb")
      t.kind = TriggerKind::kVerb;
    else if (f[0] == "noun")
      t.kind = TriggerKind::kNoun;
    else if (f[0] == "phrase")
      t.kind = TriggerKind::kPhrase;
    else
      malformed("events/triggers.tsv", line);
    t.lemmas = split(f[1], ' ');
    t.cameo = f[2];
    if (f[3] != "-") t.target_preps = split(f[3], '|');
    for (const auto& flag : split(f[4], ',')) {
      if (flag == "place_target")
        t.place_target = true;
      else if (flag == "reciprocal")
        t.reciprocal = true;
      else if (flag == "swap")
        t.swap = true;
      else if (flag == "inflected")
        t.inflected = true;
      else if (flag == "noun_head")
        t.noun_head = true;
      else if (flag == "accused")
        t.accused = true;
      else if (flag == "object_next")
        t.object_next = true;
      else if (flag == "undergoer")
        t.undergoer = true;
      else if (flag == "question")
        t.question = true;
      else if (flag == "verbal")
        t.verbal = true;
      else if (flag == "contest")
        t.contest = true;
      else if (flag == "struggle")
        t.struggle = true;
      else if (flag == "stance")
        t.stance = true;
      else if (flag == "adjacent")
        t.adjacent = true;
      else if (flag == "intransitive")
        t.intransitive = true;
    }
    // A multi-word noun ("phone call") is indexed by its last word, the head.
    std::string key = t.kind == TriggerKind::kNoun ? t.lemmas.back() : t.lemmas.front();
    triggers_[key].push_back(std::move(t));
  }
  // Longer patterns first: "call for" must be tried before "call".
  for (auto& [key, list] : triggers_)
    std::stable_sort(list.begin(), list.end(),
                     [](const Trigger& a, const Trigger& b) { return a.lemmas.size() > b.lemmas.size(); });
  for (std::string_view line : data::lines("events/cameo.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 6) malformed("events/cameo.tsv", line);
    if (f[0] == "code") continue;  // header
    CameoInfo c{f[0], f[1], std::stod(f[2]), std::stoi(f[3]), f[4], f[5]};
    cameo_[c.code] = c;
  }
  for (std::string_view line : data::lines("events/figurative_modifiers.txt")) figurative_.emplace(line);
  for (std::string_view line : data::lines("events/verbal_objects.txt")) verbal_objects_.emplace(line);
  for (std::string_view line : data::lines("events/figurative_objects.txt")) figurative_objects_.emplace(line);
  for (std::string_view line : data::lines("events/document_objects.txt")) document_objects_.emplace(line);
  for (std::string_view line : data::lines("events/offered_words.txt")) offered_words_.emplace(line);
  for (std::string_view line : data::lines("events/market_words.txt")) market_words_.emplace(line);
  for (std::string_view line : data::lines("events/compound_heads.txt")) compound_heads_.emplace(line);
  for (std::string_view line : data::lines("events/court_words.txt")) courts_.emplace(line);
  load_sets("events/contest_words.tsv", {{"contest", &contests_}, {"tally", &tallies_}});
  load_sets("events/generic_markers.tsv", {{"habit", &habits_}, {"capacity", &capacities_}});
  load_sets("events/judgement_words.tsv",
            {{"praise", &praise_words_}, {"scorn", &scorn_words_}, {"person", &judged_persons_}});
  for (std::string_view line : data::lines("events/agreement_nouns.txt")) agreements_.emplace(line);
  for (std::string_view line : data::lines("events/situation_nouns.txt"))
    situations_.emplace(line.substr(line.rfind(' ') == std::string_view::npos ? 0 : line.rfind(' ') + 1));
  using P = PlaceWord;
  using T = TopicWord;
  auto bit = [](auto kind) { return static_cast<uint8_t>(kind); };
  load_kinds("events/place_words.tsv",
             {{"holder", bit(P::kHolder)}, {"located", bit(P::kLocated)}, {"modifier", bit(P::kModifier)},
              {"gathering", bit(P::kGathering)}, {"noun_after_to", bit(P::kNounAfterTo)}},
             place_words_);
  load_kinds("events/topic_words.tsv",
             {{"opener", bit(T::kOpener)}, {"next", bit(T::kNext)}, {"verbal_next", bit(T::kVerbalNext)},
              {"stop", bit(T::kStop)}},
             topic_words_);
  for (std::string_view line : data::lines("events/irregular_verbs.tsv")) {
    auto f = split(line, '\t');
    if (f.size() != 3) malformed("events/irregular_verbs.tsv", line);
    for (size_t i = 1; i < 3; ++i)
      for (const auto& form : split(f[i], '|')) irregular_.emplace(form, f[0]);
    for (const auto& form : split(f[2], '|')) participles_.emplace(form, f[0]);
  }
}

const std::vector<Trigger>* Lexicon::triggers_for(std::string_view lemma) const {
  auto it = triggers_.find(lemma);
  return it == triggers_.end() ? nullptr : &it->second;
}

const CameoInfo* Lexicon::cameo(std::string_view code) const {
  // A four-digit code not listed takes its three-digit parent's values
  // (0871 "declare ceasefire" is a de-escalation, 087), then its root's.
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = cameo_.find(code.substr(0, n));
    if (it != cameo_.end()) return &it->second;
  }
  return nullptr;
}

bool Lexicon::agreement_noun(std::string_view lower_word) const {
  if (agreements_.count(lower_word)) return true;
  return lower_word.size() > 3 && lower_word.back() == 's' &&
         agreements_.count(lower_word.substr(0, lower_word.size() - 1)) > 0;
}

bool Lexicon::is_past_participle(std::string_view word) const {
  if (participles_.count(word)) return true;
  return word.size() > 4 && word.substr(word.size() - 2) == "ed";
}

void Lexicon::lemmas(std::string_view word, std::vector<std::string>& out) const {
  out.clear();
  std::string w(word);
  for (char& c : w)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  out.push_back(w);
  if (auto it = irregular_.find(w); it != irregular_.end()) out.push_back(it->second);
  // The present forms of "be" (its past forms are in irregular_verbs.tsv):
  // "is opposed to", "are in contact".
  if (w == "is" || w == "are" || w == "am") out.push_back("be");
  auto add_stem = [&](std::string stem) {
    if (stem.size() < 2) return;
    out.push_back(stem);
    // hosting -> host, making -> make, stopped -> stop
    out.push_back(stem + "e");
    if (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2] && !is_vowel(stem.back()))
      out.push_back(stem.substr(0, stem.size() - 1));
  };
  if (ends_with(w, "ying") && w.size() == 5)
    out.push_back(w.substr(0, 1) + "ie");  // lying -> lie, dying -> die, tying -> tie
  if (ends_with(w, "ing"))
    add_stem(w.substr(0, w.size() - 3));
  else if (ends_with(w, "ied")) {
    out.push_back(w.substr(0, w.size() - 3) + "y");
    out.push_back(w.substr(0, w.size() - 1));  // tied -> tie, died -> die
  }
  else if (ends_with(w, "ed"))
    add_stem(w.substr(0, w.size() - 2));
  else if (ends_with(w, "ies")) {
    out.push_back(w.substr(0, w.size() - 3) + "y");
    out.push_back(w.substr(0, w.size() - 1));  // ties -> tie, lies -> lie
  }
  else if (ends_with(w, "es")) {
    out.push_back(w.substr(0, w.size() - 2));
    out.push_back(w.substr(0, w.size() - 1));
  } else if (ends_with(w, "s") && !ends_with(w, "ss"))
    out.push_back(w.substr(0, w.size() - 1));
}

namespace {
// `word` or, for a plural in -s, its singular is in `set`.
bool in_set_or_plural(const base::StringSet& set, std::string_view word) {
  if (set.count(word)) return true;
  size_t n = word.size();
  if (n > 4 && word.substr(n - 3) == "ies" && set.count(std::string(word.substr(0, n - 3)) + "y")) return true;  // "policies"
  return n > 3 && word.back() == 's' && set.count(word.substr(0, n - 1)) > 0;
}
}  // namespace

bool Lexicon::verbal_object(std::string_view lower_word) const {
  return in_set_or_plural(verbal_objects_, lower_word);
}

bool Lexicon::figurative_object(std::string_view lower_word) const {
  return in_set_or_plural(figurative_objects_, lower_word);
}

bool Lexicon::document_object(std::string_view lower_word) const {
  return in_set_or_plural(document_objects_, lower_word);
}

bool Lexicon::offered_word(std::string_view lower_word) const {
  return in_set_or_plural(offered_words_, lower_word);
}

bool Lexicon::compound_head(std::string_view lower_word) const {
  return in_set_or_plural(compound_heads_, lower_word);
}

bool Lexicon::court_word(std::string_view lower_word) const {
  return in_set_or_plural(courts_, lower_word);
}

bool Lexicon::contest_word(std::string_view lower_word, bool tally) const {
  return in_set_or_plural(tally ? tallies_ : contests_, lower_word);
}

int Lexicon::judgement(std::string_view lower_word) const {
  if (in_set_or_plural(praise_words_, lower_word)) return 1;
  return in_set_or_plural(scorn_words_, lower_word) ? -1 : 0;
}

bool Lexicon::judged_person_noun(std::string_view lower_word) const {
  return in_set_or_plural(judged_persons_, lower_word);
}

const Trigger& Lexicon::judgement_trigger(bool praise, bool naming) const {
  // Built once: the reported frame reads like an accusation (the speaker
  // judges the subject), the naming frame like a verb with its object.
  auto make = [](const char* code, bool named) {
    Trigger t;
    t.kind = named ? TriggerKind::kVerb : TriggerKind::kPhrase;
    t.lemmas = named ? std::vector<std::string>{"judge"} : std::vector<std::string>{"be", "judge"};
    t.cameo = code;
    if (named) t.target_preps = {"obj"};
    t.accused = !named;
    return t;
  };
  static const Trigger praised = make("051", false), scorned = make("111", false);
  static const Trigger praise_named = make("051", true), scorn_named = make("111", true);
  if (naming) return praise ? praise_named : scorn_named;
  return praise ? praised : scorned;
}

const Lexicon& default_lexicon() {
  static const Lexicon lexicon;
  return lexicon;
}

}  // namespace parley::events
