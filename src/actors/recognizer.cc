#include "actors/recognizer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "actors/introductions.h"
#include "base/calendar.h"
#include "base/string_map.h"
#include "base/text.h"
#include "parley/data.h"

namespace parley::actors {
namespace {

bool capitalised(std::string_view t) {
  if (t.empty()) return false;
  unsigned char c = t[0];
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals with accents (À..Þ): U+00C0..U+00DE.
  return c == 0xC3 && t.size() > 1 && static_cast<unsigned char>(t[1]) >= 0x80 &&
         static_cast<unsigned char>(t[1]) <= 0x9E;
}

std::string lower(std::string_view s) { return base::ascii_lower(s); }


// "al-Shabaab", "el-Baradei", "ash-Sham": a name written with the Arabic article
// in lower case.  Only these articles open the name lookup to a lower-case word.
bool arabic_article_name(std::string_view t) {
  // Cheap test first: every article is a lower-case letter or two and a hyphen.
  if (t.size() < 4 || t[0] < 'a' || t[0] > 'z' || (t[2] != '-' && t[3] != '-')) return false;
  static constexpr std::string_view articles[] = {"al-", "el-", "ad-", "an-", "ar-", "as-",
                                                  "ash-", "at-", "az-", "ul-", "ud-"};
  return std::any_of(std::begin(articles), std::end(articles), [&](std::string_view a) {
    size_t n = a.size();
    return t.size() > n + 1 && t.compare(0, n, a) == 0 && t[n] >= 'A' && t[n] <= 'Z';
  });
}

// "Republican-controlled", "Kremlin-backed": an adjective made from a name with a hyphen.
bool hyphenated_adjective(std::string_view t) {
  size_t dash = t.rfind('-');
  return dash != std::string_view::npos && dash + 1 < t.size() && t[dash + 1] >= 'a' && t[dash + 1] <= 'z';
}

// A month's or weekday's name as written in running text: "May", "Monday".
bool is_capitalised_name_of(std::string_view t, int (*calendar_word)(std::string_view)) {
  // Calendar words are short: lower-case them on the stack, not in a new string.
  if (t.empty() || t[0] < 'A' || t[0] > 'Z' || t.size() > 16) return false;
  char lower[16];
  lower[0] = static_cast<char>(t[0] - 'A' + 'a');
  for (size_t k = 1; k < t.size(); ++k)
    if (t[k] >= 'A' && t[k] <= 'Z') return false;  // "MAY" is no month name in running text
    else lower[k] = t[k];
  return calendar_word(std::string_view(lower, t.size())) != 0;
}

bool is_month(std::string_view t) { return is_capitalised_name_of(t, base::month_of_full_name); }

// Capitalised function words that start sentences but never names; the
// names of months and weekdays.
bool is_stop_word(std::string_view t) {
  static const std::unordered_set<std::string_view> words = {
      "The",     "A",         "An",        "In",           "On",          "At",       "But",
      "And",     "Or",        "He",        "She",          "It",          "They",     "We",
      "I",       "This",      "That",      "These",        "Those",       "His",      "Her",
      "Their",   "Its",       "Our",       "After",        "Before",      "When",     "While",
      "As",      "If",        "According", "Although",     "During",      "Both",     "Earlier",
      "Later",   "Meanwhile", "However",   "Additionally", "Furthermore", "Speaking", "Since",
      "Despite", "Over",      "Last",      "Prior",        "Of",          "For",      "With",
      "By",      "Mr.",       "Mrs.",      "Ms.",          "Dr."};
  return words.count(t) > 0 ||
         is_month(t) || is_capitalised_name_of(t, base::weekday_of);
}

// "English", "Kurdish", "Iraqis": a people or a language rather than a surname.
bool looks_like_people_or_language(std::string_view t) {
  auto ends = [&](std::string_view suffix) {
    return t.size() > suffix.size() + 2 && t.substr(t.size() - suffix.size()) == suffix;
  };
  return ends("ish") || ends("ese") || ends("ian") || ends("ians") || ends("ans") || ends("ic") || ends("ics") ||
         ends("ists");
}

// The words of a one-word-a-line data file.
base::StringMap<bool> read_words(const char* file) {
  base::StringMap<bool> read;
  for (std::string_view line : data::lines(file)) read[std::string(line)] = true;
  return read;
}

// "No", "Rice", "May": ordinary words that are also officials' surnames
// (data/actors/common_word_names.txt).
bool common_word_name(std::string_view t) {
  static const auto words = read_words("actors/common_word_names.txt");
  return words.count(t) > 0;
}

// "Smith", "King": one of the most frequent English-speaking surnames
// (data/actors/common_surnames.txt).
bool common_surname(std::string_view t) {
  static const auto words = read_words("actors/common_surnames.txt");
  return words.count(t) > 0;
}

// "Smith", "Jordan", "Lee": a surname shared by too many people to name an
// official alone (a common surname, or a given name too).
bool ambiguous_surname(const Knowledge& kb, std::string_view t) {
  return common_surname(t) || kb.is_first_name(t);
}

// "former", "fired": the title after it is not held on the article's date
// (data/actors/past_holder_words.txt).
bool past_holder_word(std::string_view t) {
  static const auto words = read_words("actors/past_holder_words.txt");
  return words.count(t) > 0;
}

// Does `phrase` start with the whole words `words` ("secretary of defense",
// "secretary"; not "vice president", "president")?
bool starts_with_words(const std::string& phrase, const std::string& words) {
  return phrase.compare(0, words.size(), words) == 0 &&
         (phrase.size() == words.size() || phrase[words.size()] == ' ');
}

// "said", "has", "tweeted": verbs of speech and auxiliaries, which follow
// their subject (lower case; data/actors/subject_verbs.txt).
bool common_verb(std::string_view t) {
  static const auto words = read_words("actors/subject_verbs.txt");
  return words.count(t) > 0;
}

// A verb right after a name makes the name its subject.
bool verb_like(std::string_view t) {
  if (common_verb(t)) return true;
  return t.size() > 4 && t[0] >= 'a' && t[0] <= 'z' && t.substr(t.size() - 2) == "ed";
}

struct Span2 {
  uint32_t first, last;  // tokens [first, last)
};

// The names of two or more capitalised words a document writes, by their
// last word ("Ka'Loni Marie Flynn" under "Flynn").
struct FullName {
  std::string text;      // "Ka'Loni Marie Flynn"
  uint32_t first_token;  // where the document first writes it
  bool sentence_start;   // "Even U.S. allies": the first word may be an ordinary word
};
using FullNames = base::StringMap<std::vector<FullName>>;

FullNames full_names(const Document& doc) {
  FullNames out;
  std::vector<bool> starts(doc.tokens.size() + 1, false);
  for (const Sentence& s : doc.sentences) starts[s.first_token] = true;
  uint32_t run = 0;
  for (uint32_t i = 0; i <= doc.tokens.size(); ++i) {
    bool word = i < doc.tokens.size() && doc.tokens[i].kind == TokenKind::kWord && capitalised(doc.token_text(i)) &&
                !is_stop_word(doc.token_text(i));
    if (word) {
      ++run;
      continue;
    }
    if (run >= 2) {
      const Token& first = doc.tokens[i - run];
      const Token& last = doc.tokens[i - 1];
      out[std::string(doc.token_text(i - 1))].push_back(
          {doc.text.substr(first.text.begin, last.text.end - first.text.begin), i - run, starts[i - run]});
    }
    run = 0;
  }
  return out;
}

// "Jeb Bush", "Rep. Jim Jordan": the word before the last is a given name
// (at a sentence's start, one that is no ordinary word: "Even U.S. allies").
// The word before the last of a full name ("Jeb" of "Jeb Bush"), and where
// it starts; "" for a one-word name.
std::string_view word_before_surname(std::string_view full, size_t* from) {
  size_t last = full.rfind(' ');
  if (last == std::string_view::npos || last == 0) return {};
  size_t before = full.rfind(' ', last - 1);
  *from = before == std::string_view::npos ? 0 : before + 1;
  return full.substr(*from, last - *from);
}

bool given_name_before_surname(const Knowledge& kb, const FullName& full) {
  std::string_view text = full.text;
  size_t from = 0;
  std::string given(word_before_surname(text, &from));
  if (given.empty()) return false;
  std::string lower = base::ascii_lower(given);
  if (full.sentence_start && from == 0 && kb.is_common_word(lower)) return false;
  std::string_view surname = text.substr(text.rfind(' ') + 1);  // "Jordan", never "U.S." or "UN"
  if (surname.find('.') != std::string_view::npos ||
      std::none_of(surname.begin(), surname.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  return kb.is_first_name(given) && !kb.may_start_title(lower);
}

// full_names(doc), computed the first time a sentence needs it.
class LazyFullNames {
 public:
  explicit LazyFullNames(const Document& doc) : doc_(doc) {}
  const FullNames& get() {
    if (!done_) names_ = full_names(doc_);
    done_ = true;
    return names_;
  }

 private:
  const Document& doc_;
  bool done_ = false;
  FullNames names_;
};

// How often the document names places of each country: cities and regions
// of the gazetteer, capitals and demonyms ("Atlanta", "Tbilisi", "Georgian"),
// counted once and only when a name needs it.  Names that are both a
// country and a region ("Georgia") count for neither.
// "Jordan" after "Jim Jordan": is `word` the surname of a person the
// document names in full with a given name?
bool is_surname_of_named_person(const Knowledge& kb, const FullNames& names, const std::string& word) {
  auto it = names.find(word);
  if (it == names.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [&](const FullName& full) { return given_name_before_surname(kb, full); });
}

class LazyPlaceCountries {
 public:
  LazyPlaceCountries(const Document& doc, const Knowledge& kb) : doc_(doc), kb_(kb) {}
  int count(const std::string& country) {
    if (!done_) tally();
    done_ = true;
    auto it = counts_.find(country);
    return it == counts_.end() ? 0 : it->second;
  }
  // Does the document name the country at all: itself ("Jamaica", "U.S."),
  // its people, capital, or a city or region of it?
  bool named(const std::string& country) {
    if (count(country) > 0) return true;
    return states_named_.count(country) > 0;
  }
  // How often the document names each state: itself, its people, capital,
  // cities, regions and bodies.
  const base::StringMap<int>& state_counts() {
    if (!done_) tally();
    done_ = true;
    return all_counts_;
  }

 private:
  void tally() {
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t) {
      std::string_view w = doc_.token_text(t);
      if (!capitalised(w)) continue;
      std::string one(w);
      bool two = t + 1 < doc_.tokens.size() && capitalised(doc_.token_text(t + 1));
      std::string pair = two ? one + " " + std::string(doc_.token_text(t + 1)) : "";
      if (two && add_place(pair)) {
        ++t;
        continue;
      }
      if (add_place(one)) continue;
      if (kb_.is_demonym(one)) ++counts_[std::string(kb_.country(one))];
      // "the State Department", "the Kremlin": a body standing for its state.
      const Metonym* body = two ? kb_.metonym(pair) : nullptr;
      if (!body) body = kb_.metonym(one);
      if (body) {
        states_named_.insert(body->country);
        ++all_counts_[body->country];
      }
    }
  }
  bool add_place(const std::string& name) {
    const Knowledge::Place* p = kb_.place(name);
    std::string_view state = kb_.country(name);
    if (p && !p->shared && state.empty()) ++counts_[p->country];
    else if (!p && !state.empty() && kb_.is_capital(name)) ++counts_[std::string(state)];
    if (!state.empty()) states_named_.insert(std::string(state));
    if (p && !p->shared && state.empty()) ++all_counts_[p->country];
    else if (!state.empty()) ++all_counts_[std::string(state)];
    return p || !state.empty();
  }

  const Document& doc_;
  const Knowledge& kb_;
  bool done_ = false;
  base::StringMap<int> counts_;
  base::StringMap<int> all_counts_;  // every name of a state, its places and bodies
  base::StringSet states_named_;
};

// Wire text sometimes writes a well-known name in the wrong case: "help
// iSrael", "President obama", "tunisian rioters".  A word is written as a
// name when, capitalised, it is one the knowledge base knows and, in lower
// case, no English word ("china", "turkey", "rice" stay as they are):
//  - in odd case (a capital after a lower-case first letter): a country,
//    demonym, capital, named body or official's surname ("iPhone" is none);
//  - in lower case: a country, demonym or capital, or, right after a
//    capitalised title ("President obama"), an official's surname.
std::string_view name_case(std::string_view w, std::string_view prev, const Knowledge& kb, const Date& date,
                           std::string& out) {
  if (w.size() < 3 || w[0] < 'a' || w[0] > 'z') return w;
  bool odd = false;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') odd = true;
    else if (c < 'a' || c > 'z') return w;  // letters only
  }
  out.assign(w.data(), w.size());
  if (odd) out = lower(w);
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  bool known = !kb.country(out).empty();
  if (odd) known = known || kb.metonym(out) || !kb.by_surname(out, date).empty();
  else if (!known && capitalised(prev) && kb.title(lower(prev)))
    known = !kb.by_surname(out, date).empty();
  if (!known || (!odd && kb.is_common_word(w))) return w;
  return out;
}

// The document's text as the actor pass reads it: with the words of
// name_case written as names, or "" when there are none.  The document
// itself, and every span into it, is left as it is.
std::string name_cased_text(const Document& doc, const Knowledge& kb) {
  std::string text, name;
  std::string_view prev;
  for (const Token& t : doc.tokens) {
    std::string_view w = doc.view(t.text);
    if (t.kind == TokenKind::kWord) {
      std::string_view cased = name_case(w, prev, kb, doc.pub_date, name);
      if (cased.data() != w.data()) {
        if (text.empty()) text = doc.text;
        text.replace(t.text.begin, cased.size(), cased);
      }
    }
    prev = w;
  }
  return text;
}

// "London, Paris and Berlin", "Moscow, Kiev, Minsk": does a list of names
// go on at token `i`?
bool continues_list(const Document& doc, uint32_t i) {
  if (i >= doc.tokens.size()) return false;
  std::string_view w = doc.token_text(i);
  if (w == "and" || w == "or" || w == "&") return true;
  if (w != "," || i + 2 >= doc.tokens.size()) return false;
  std::string_view next = doc.token_text(i + 1);
  if (next.empty() || next[0] < 'A' || next[0] > 'Z') return false;
  for (uint32_t k = i + 2; k < doc.tokens.size() && k <= i + 4; ++k) {
    std::string_view t = doc.token_text(k);
    if (t == "," || t == "and" || t == "or") return true;
  }
  return false;
}

// "Alexandria, Virginia", "Paris, Texas", "London, Ont.": the country of a
// region written after a city and a comma (data/actors/regions.tsv), or "".
std::string_view region_after_comma(const Document& doc, const Knowledge& kb, uint32_t after_city) {
  if (after_city + 1 >= doc.tokens.size() || doc.token_text(after_city) != ",") return {};
  uint32_t first = after_city + 1;
  const char* begin = doc.text.data() + doc.tokens[first].text.begin;
  for (uint32_t last = std::min<uint32_t>(first + 3, static_cast<uint32_t>(doc.tokens.size())); last > first; --last) {
    std::string_view name(begin, doc.tokens[last - 1].text.end - doc.tokens[first].text.begin);
    std::string_view country = kb.region_country(name);
    if (country.empty()) continue;
    // The whole region: "Washington, D.C." or "Paris, Texas", not "Paris, Texas-based".
    if (last < doc.tokens.size() && doc.tokens[last].text.begin == doc.tokens[last - 1].text.end &&
        doc.token_text(last) != "." && doc.token_text(last) != "," && doc.token_text(last) != "'s")
      return {};
    if (continues_list(doc, last)) return {};  // "in London, New York and Paris": three cities
    // A region that is also a large city ("New York", "Washington") may be a list's next city.
    if (const Knowledge::Place* p = kb.place(name); p && p->city && p->population >= 100000) return {};
    return country;
  }
  return {};
}

class SentenceRecognizer {
 public:
  SentenceRecognizer(Document& doc, const Knowledge& kb, const Sentence& s, const Date& date,
                     LazyFullNames* names = nullptr, LazyPlaceCountries* places = nullptr,
                     const std::string* cased_text = nullptr)
      : doc_(doc),
        text_(cased_text && !cased_text->empty() ? *cased_text : doc.text),
        kb_(kb),
        first_(s.first_token),
        end_(s.first_token + s.token_count),
        date_(date),
        names_(names),
        places_(places) {}

  void run() {
    uint32_t i = first_;
    while (i < end_) {
      uint32_t next = recognise_at(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  // The words as the actor pass reads them (name_cased_text).
  std::string_view tok(uint32_t i) const {
    const Span& t = doc_.tokens[i].text;
    return std::string_view(text_).substr(t.begin, t.end - t.begin);
  }

  std::string join(uint32_t a, uint32_t b) const {
    return text_.substr(doc_.tokens[a].text.begin, doc_.tokens[b - 1].text.end - doc_.tokens[a].text.begin);
  }

  // Longest title phrase starting at token i; returns its end or i.
  uint32_t match_title(uint32_t i, const Title** title) const {
    if (i >= end_ || !kb_.may_start_title(doc_.token_lower(i))) return i;
    // The longest phrase in lower case once; shorter ones are its prefixes.
    uint32_t longest = std::min<uint32_t>(static_cast<uint32_t>(kb_.longest_title_words()), end_ - i);
    std::string phrase;
    std::vector<size_t> ends;
    for (uint32_t k = i; k < i + longest; ++k) {
      if (k > i) phrase += ' ';
      phrase += doc_.token_lower(k);
      ends.push_back(phrase.size());
    }
    for (uint32_t n = longest; n > 0; --n) {
      if (const Title* t = kb_.title(std::string_view(phrase).substr(0, ends[n - 1]))) {
        *title = t;
        return i + n;
      }
    }
    return i;
  }

  // Longest known multi-token name (metonym or country) at i.
  uint32_t match_known(uint32_t i, std::string& country, const Metonym** metonym) const {
    if (i >= end_ || !kb_.may_start_name(tok(i))) return i;
    for (uint32_t n = std::min<uint32_t>(6, end_ - i); n > 0; --n) {
      if (!capitalised(tok(i)) && !arabic_article_name(tok(i)) && !(n > 1 && tok(i) == "the")) continue;
      std::string name = join(i, i + n);
      if (const Metonym* m = kb_.metonym(name)) {
        *metonym = m;
        return i + n;
      }
      std::string_view c = kb_.country(name);
      if (!c.empty()) {
        country = std::string(c);
        return i + n;
      }
    }
    return i;
  }

  // A run of capitalised tokens that can be a person's name.
  uint32_t name_run(uint32_t i) const {
    uint32_t j = i;
    while (j < end_ && j - i < 5) {
      std::string_view t = tok(j);
      // "Omar al-Bashir", "al-Bashir": the Arabic article is part of the name.
      if (doc_.tokens[j].kind != TokenKind::kWord || (!capitalised(t) && !arabic_article_name(t))) break;
      // A month after a given name is a surname ("Theresa May") unless a day follows ("June 5").
      bool surname_month = j > i && is_month(t) && !(j + 1 < end_ && doc_.tokens[j + 1].kind == TokenKind::kNumber);
      if (is_stop_word(t) && !surname_month) break;
      std::string dummy;
      const Metonym* m = nullptr;
      uint32_t known_end = j > i ? match_known(j, dummy, &m) : j;
      if (known_end > j && !(j == i + 1 && !m && surname_after_given_name(i, j, known_end)) &&
          !place_over_known_name(i, known_end))
        break;
      ++j;
    }
    return j;
  }

  // "New Jersey", "New South Wales": a state's name ("Jersey", "Wales") that
  // ends a longer place name of the gazetteer or of regions.tsv is part of it.
  bool place_over_known_name(uint32_t i, uint32_t known_end) const {
    std::string whole = join(i, known_end);
    return kb_.place(whole) || !kb_.region_country(whole).empty();
  }

  // "Jim Jordan said": a country's one-word name after a given name, ending
  // the name, is a surname.
  bool surname_after_given_name(uint32_t given, uint32_t word, uint32_t known_end) const {
    if (known_end != word + 1 || !kb_.is_first_name(std::string(tok(given)))) return false;
    if (!kb_.country(tok(given)).empty() || kb_.may_start_title(base::ascii_lower(tok(given)))) return false;
    return known_end >= end_ || !capitalised(tok(known_end));
  }

  int32_t add_entity(const Actor& actor, MentionType type, Span2 span) {
    // One entity per actor per document.
    int32_t index = -1;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Actor& a = doc_.entities[e].actor;
      // Unnamed offices are one entity only when the office is the same:
      // "the U.S. president" and "the U.S. undersecretary" are two people.
      bool same_office = !a.name.empty() || a.role == actor.role;
      if (a.name == actor.name && a.country == actor.country && doc_.entities[e].type == type && same_office) {
        index = static_cast<int32_t>(e);
        break;
      }
    }
    if (index < 0) {
      Entity e;
      e.actor = actor;
      e.type = type;
      doc_.entities.push_back(e);
      index = static_cast<int32_t>(doc_.entities.size() - 1);
    }
    Mention m;
    m.text = {doc_.tokens[span.first].text.begin, doc_.tokens[span.last - 1].text.end};
    m.type = type;
    m.entity = index;
    doc_.entities[index].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
    doc_.mentions.push_back(m);
    return index;
  }

  // "Atlanta, Georgia": a country's name after a city and a comma that is
  // also the name of a region of the city's country is that region.  Sets
  // `country` to the region's country.
  bool region_after_its_city(const std::string& name, uint32_t first, std::string& country) const {
    const Knowledge::Place* region = kb_.place(name);
    if (!region || region->city || region->shared || first < 2 || tok(first - 1) != ",") return false;
    uint32_t end = first - 1;
    for (uint32_t begin = end; begin > 0 && end - begin < 3 && capitalised(tok(begin - 1)); --begin) {
      const Knowledge::Place* city = kb_.place(join(begin - 1, end));
      if (city && city->country == region->country) {
        country = region->country;
        return true;
      }
    }
    return false;
  }

  // "Georgia" in an article about Atlanta and Savannah: a country's name that
  // is also a region of another country is that region when the document
  // names at least two places of the region's country and none of the
  // state's own (its capital, cities or demonym).  Sets `country`.
  bool region_by_context(const std::string& name, std::string& country) const {
    const Knowledge::Place* region = kb_.place(name);
    if (!region || region->city || region->shared || !places_ || region->country == country) return false;
    if (places_->count(region->country) < 2 || places_->count(country) > 0) return false;
    country = region->country;
    return true;
  }

  // A city or region standing for where it is: its country, but no state acting.
  void add_place_mention(const std::string& country, Span2 span) {
    Entity e;
    e.actor = Actor{"", "", country, "", "", country};
    e.type = MentionType::kLocation;
    e.place = true;
    e.mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
    doc_.entities.push_back(std::move(e));
    Mention m;
    m.text = {doc_.tokens[span.first].text.begin, doc_.tokens[span.last - 1].text.end};
    m.type = MentionType::kLocation;
    m.entity = static_cast<int32_t>(doc_.entities.size() - 1);
    doc_.mentions.push_back(m);
  }

  // "Russia", "Moscow" (places, LOC) or "Russian" (an adjective, MISC): the state.
  void add_country_mention(const std::string& country, Span2 span) {
    std::string text = join(span.first, span.last);
    if (std::string within; region_after_its_city(text, span.first, within)) return add_place_mention(within, span);
    // A state's name taken for a region of another country (region_by_context).
    const Knowledge::Place* region = kb_.place(text);
    if (region && !region->city && region->country == country && kb_.country(text) != country)
      return add_place_mention(country, span);
    MentionType type = kb_.is_demonym(text) ? MentionType::kMisc : MentionType::kLocation;
    add_entity(Actor{"", "", country, "", "", country}, type, span);
  }

  // An earlier person of this document named `name` in full whose title
  // gave a country, or -1.
  int32_t earlier_titled_person(const std::string& name) const {
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Actor& a = doc_.entities[e].actor;
      if (doc_.entities[e].type == MentionType::kPerson && a.name == name && !a.code.empty()) return static_cast<int32_t>(e);
    }
    return -1;
  }

  // An earlier person of this document whose name ends with `surname`.
  int32_t earlier_person(std::string_view surname) const {
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Actor& a = doc_.entities[e].actor;
      if (doc_.entities[e].type != MentionType::kPerson || a.name.size() <= surname.size()) continue;
      // "James Comey" ... "Comey"; "Kim Jong-un" ... "Kim" (family name first).
      auto known = Knowledge::surnames(a.name, kb_.family_name_first(a.country));
      if (std::find(known.begin(), known.end(), surname) != known.end()) return static_cast<int32_t>(e);
    }
    return -1;
  }

  // "the Bush administration", "the Sharif government": a head of state or
  // government's surname before a word for their government is that
  // country's government, whenever they held office (the text may be
  // historical).  All heads of that surname must share one country.
  // Returns where the mention ends, or i.
  uint32_t leader_government(uint32_t i, const std::string& surname) {
    if (i + 1 >= end_) return i;
    std::string_view noun = doc_.token_lower(i + 1);
    if (noun != "administration" && noun != "government" && noun != "regime" && noun != "cabinet") return i;
    std::string country;
    for (const Tenure* t : kb_.by_surname(surname, Date{})) {
      if (!t->has_role("head_of_state") && !t->has_role("head_of_government")) continue;
      if (!country.empty() && country != t->country) return i;
      country = t->country;
    }
    if (country.empty()) return i;
    // Named ("Obama administration") so that it stays apart from the
    // government of the article's day.
    add_entity(Actor{"", join(i, i + 2), country, "GOV", "", country + "GOV"}, MentionType::kOrganization, {i, i + 2});
    return i + 2;
  }

  static bool is_lower_word(std::string_view w) {
    return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  static std::string title_case_word(std::string_view w) {
    std::string out(w);
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
  }

  // "Obama said" in an article of 2019: nobody of that surname is in office
  // on the date, but one head of state or government of the KB, and nobody
  // else listed, had it, and the article names their country. Former leaders
  // are spoken of by surname alone for years; other former officials are not
  // taken without their full name.
  const Tenure* former_leader(const std::string& surname) const {
    if (!places_ || !date_.known() || looks_like_people_or_language(surname) ||
        kb_.is_common_word(lower(surname)))
      return nullptr;
    auto tenures = kb_.by_surname(surname, Date{});
    const Tenure* person = one_person(tenures);
    if (!person || !country_in_article(person->country)) return nullptr;
    bool led = std::any_of(tenures.begin(), tenures.end(), [](const Tenure* t) {
      return t->has_role("head_of_state") || t->has_role("head_of_government");
    });
    return led ? person : nullptr;
  }

  // The official in office on the date whose surname a title precedes
  // ("President Bush", "Chancellor Merkel"), when exactly one person of that
  // surname holds an office of the title's sector (and country, if given).
  const Tenure* titled_surname(const std::string& name, const std::string& country, const Title* title) const {
    if (!title || !date_.known() || name.find(' ') != std::string::npos) return nullptr;
    const Tenure* found = nullptr;
    for (const Tenure* t : kb_.by_surname(name, date_)) {
      if (t->sector != title->sector || (!country.empty() && t->country != country)) continue;
      if (found && found->name != t->name) return nullptr;
      // "Rep. Price": of an office listed in part, a common surname may be a Price not listed.
      if (t->listed_in_part && common_surname(name)) return nullptr;
      found = t;
    }
    return found;
  }

  // The actor for a person's name: the KB's person when the name (or an
  // alias) is known — the KB's canonical name, country and office on the
  // date —; else a person learned from this text when a title and country
  // introduce them ("Kenyan Foreign Minister Monica Juma"); else a name only.
  Actor person_actor(const std::string& name, const std::string& country, const Title* title) const {
    Actor a;
    a.name = name;
    a.country = country;
    if (title) {
      a.sector = title->sector;
      a.role = title->role;
    }
    auto tenures = kb_.person(name, date_);
    // A namesake from another country is not this person.
    if (!country.empty())
      tenures.erase(
          std::remove_if(tenures.begin(), tenures.end(), [&](const Tenure* t) { return t->country != country; }),
          tenures.end());
    if (!tenures.empty()) {
      const Tenure* t = tenures.front();
      a.name = t->name;
      a.id = Actor::kb_id(t->name);
      if (a.country.empty()) a.country = t->country;
      Knowledge::Standing now = Knowledge::standing(tenures, date_);
      if (a.role.empty()) a.role = now.role;
      if (a.sector.empty()) a.sector = now.sector;
    } else if (const Tenure* t = titled_surname(name, country, title)) {
      // "President Bush": the one official of that surname and sector in office on the date.
      a.name = t->name;
      a.id = Actor::kb_id(t->name);
      a.country = t->country;
      a.sector = t->sector;
    } else if (title && !a.country.empty()) {
      a.id = Actor::learned_id(name, a.country);
    }
    if (!a.country.empty()) a.code = a.country + a.sector;
    return a;
  }

  // A place of the gazetteer at token p, as an office names it after "of":
  // "Nablus", "Kandahar province", "the northern West Bank city of Nablus".
  // Sets `country` to the place's country; returns where the place ends, or p.
  uint32_t place_after_of(uint32_t p, std::string& country) const {
    uint32_t at = p;
    // "the northern West Bank city of Nablus": up to four words, a place noun, "of".
    for (uint32_t q = p; q < end_ && q < p + 5; ++q) {
      if (q + 1 < end_ && is_place_noun(doc_.token_lower(q)) && tok(q + 1) == "of") {
        at = q + 2;
        break;
      }
    }
    uint32_t n = name_run(at);
    for (uint32_t e = n; e > at; --e) {
      const Knowledge::Place* place = kb_.place(join(at, e));
      if (!place) continue;
      country = place->country;
      if (e < end_ && is_place_noun(doc_.token_lower(e))) ++e;  // "Kandahar province"
      return e;
    }
    return p;
  }

  // Where the office starts after a place that names its country
  // ("Kandahar's", "Helmand province", "the Texas"), or i when no office follows one.
  uint32_t place_before_title(uint32_t i, std::string& country, uint32_t& place_end) const {
    // Cheap tests first: most tokens start no place followed by an office.
    if (!capitalised(tok(i))) return i;
    uint32_t e = name_run(i);
    if (e == i || e >= end_) return i;
    if (uint32_t t = place_before_capitalised_title(i, e, country); t > i) {
      place_end = t;
      return t;
    }
    bool marked = base::is_possessive_s(tok(e)) || is_place_noun(doc_.token_lower(e));
    // "the Texas governor", "the Osaka mayor": a place as the modifier of a
    // lower-case office after "the".
    bool modifier = !marked && i > 0 && doc_.token_lower(i - 1) == "the" && is_lower_word(tok(e));
    if (!marked && !modifier) return i;
    uint32_t t = marked ? e + 1 : e;
    const Title* title = nullptr;
    uint32_t after = t < end_ && is_local_word(doc_.token_lower(t)) ? t + 1 : t;
    if (match_title(after, &title) == after) return i;
    const Knowledge::Place* place = kb_.place(join(i, e));
    if (!place) return i;
    country = place->country;
    place_end = e;
    return t;
  }

  // "Vermont Sen. Bernie Sanders", "Texas Gov. Rick Perry", "New York Mayor
  // Bill de Blasio": a place of the gazetteer (or a region) right before a
  // capitalised title and a name, all in the run [i, run_end).  Sets
  // `country`; returns where the title starts, or i.
  uint32_t place_before_capitalised_title(uint32_t i, uint32_t run_end, std::string& country) const {
    for (uint32_t e = i + 1; e + 1 < run_end && e <= i + 3; ++e) {
      const Title* title = nullptr;
      uint32_t after = match_title(e, &title);
      if (after == e || after >= run_end || !capitalised(tok(after))) continue;
      std::string place = join(i, e);
      const Knowledge::Place* p = kb_.place(place);
      std::string_view region = kb_.region_country(place);
      if (p && !p->shared) country = p->country;
      else if (!region.empty()) country = std::string(region);
      else continue;
      return e;
    }
    return i;
  }

  static bool is_local_word(std::string_view w) {
    return w == "provincial" || w == "regional" || w == "local" || w == "district" || w == "municipal" ||
           w == "state" || w == "city";
  }

  static bool is_place_noun(std::string_view w) {
    static const char* const nouns[] = {"city",     "town",     "village",     "province", "region", "state",
                                        "district", "county",   "governorate", "prefecture", "capital",
                                        "municipality"};
    return std::any_of(std::begin(nouns), std::end(nouns), [&](const char* n) { return w == n; });
  }

  // The official `t` named by a title and surname: the KB's person, with
  // the office they hold on the date ("Secretary Pompeo" is the Secretary of
  // State) when the title names it, else the title's.
  Actor official_by_title(const Tenure& t, const Title& title) const {
    // "President Obama" in 2018 names a former president: their standing on
    // the date (ELI, "former President"), not the title's office.
    if (!t.covers(date_)) return person_actor(t.name, t.country, nullptr);
    Actor a = person_actor(t.name, t.country, &title);
    // A title that names no office of the KB ("Secretary", "General") says less than the KB.
    bool names_no_office = kb_.office_key(title.role).empty() && kb_.countries_with_title(title.role).empty();
    if (holds_titled_office(t, title) || names_no_office) {
      a.role = t.title;
      a.sector = t.sector;
    }
    a.code = a.country + a.sector;
    return a;
  }

  // "former Defense Minister Avigdor Lieberman", "ex-Rep. Tom Davis": the
  // title names an office held before the date. A person of the KB has their
  // standing on the date (a former official, or the office they hold now);
  // one the KB does not list is a former official (ELI) of the title's country.
  // Without the article's date the KB cannot tell what a known person is
  // now, and the text's "former" says it ("former Texas Rep. Beto O'Rourke").
  Actor former_holder(const Actor& titled, const Title& title) const {
    if (titled.from_kb() && date_.known()) {
      Actor a = person_actor(titled.name, titled.country, nullptr);
      a.posted = titled.posted;
      return a;
    }
    return as_former_official(titled, title);
  }

  // The holder of `title` once, no more (CAMEO's elites): "former Speaker of
  // the House", ELI of the actor's country.
  static Actor as_former_official(Actor a, const Title& title) {
    a.sector = "ELI";
    a.role = "former " + title.role;
    a.code = a.country.empty() ? "" : a.country + a.sector;
    return a;
  }

  // The country of the person whose possessive ends right before token i
  // ("Putin's" in "Putin's top diplomat"), or "".
  std::string possessor_country(uint32_t i) const {
    if (i < first_ + 2 || !base::is_possessive_s(tok(i - 1)) || doc_.mentions.empty()) return {};
    const Mention& m = doc_.mentions.back();
    if (m.entity < 0 || m.type != MentionType::kPerson || m.text.end != doc_.tokens[i - 2].text.end) return {};
    const Actor& a = doc_.entities[m.entity].actor;
    return a.name.empty() ? std::string() : a.country;
  }

  // The international body (IGO sector) named last before token i in this document.
  std::string last_body_before(uint32_t i) const {
    uint32_t at = doc_.tokens[i].text.begin;
    for (auto m = doc_.mentions.rbegin(); m != doc_.mentions.rend(); ++m) {
      if (m->text.begin >= at || m->entity < 0) continue;
      const Entity& e = doc_.entities[m->entity];
      if (e.type == MentionType::kOrganization && e.actor.sector == "IGO") return e.actor.country;
    }
    return {};
  }

  // "the U.N. chief", "NATO's secretary general": the head of the body named
  // at [.., j) on the article's date.  Returns where the mention ends.
  uint32_t head_of_body(const Metonym* body, uint32_t j) {
    if (body->sector != "IGO" || !date_.known()) return j;
    uint32_t k = j;
    if (k < end_ && base::is_possessive_s(tok(k))) ++k;
    const Title* title = nullptr;
    uint32_t end = match_title(k, &title);
    bool head_word = false;
    if (end == k && k < end_) {
      std::string_view w = doc_.token_lower(k);
      head_word = w == "chief" || w == "head" || w == "boss";
      if (head_word) end = k + 1;
    }
    if (end == k || (title && kb_.office_key(title->role) != "igo_head")) return j;
    if (end < end_ && name_run(end) > end) return j;  // "U.N. Secretary-General Antonio Guterres": the name pass
    auto holders = kb_.office(body->country, "igo_head", date_);
    if (holders.size() != 1) return j;
    const Tenure* t = holders.front();
    Actor a = person_actor(t->name, body->country, nullptr);
    if (a.role.empty()) a.role = t->title;
    if (a.sector.empty()) a.sector = "IGO";
    a.code = a.country + a.sector;
    add_entity(a, MentionType::kPerson, {k, end});
    doc_.mentions.back().name = false;  // "the U.N. chief": a description of the holder
    return end;
  }

  // The one holder of the office a title names, in `country`, on the date.
  // An office whose own title is the title's role comes first: "the Iranian
  // president" is Iran's President, not its head of state (the Supreme
  // Leader); "the CIA director" is the Director of the CIA.
  const Tenure* office_holder(const std::string& country, const Title* title) const {
    if (country.empty() || !date_.known()) return nullptr;
    if (const Tenure* t = one_person(kb_.titled(country, title->role, date_))) return t;
    std::string_view key = kb_.office_key(title->role);
    if (key.empty()) return nullptr;
    auto holders = kb_.office(country, key, date_);
    return holders.size() == 1 ? holders.front() : nullptr;
  }

  // The tenure when all of `tenures` are one person's, else nullptr.
  static const Tenure* one_person(const std::vector<const Tenure*>& tenures) {
    if (tenures.empty()) return nullptr;
    for (const Tenure* t : tenures)
      if (t->name != tenures.front()->name || t->country != tenures.front()->country) return nullptr;
    return tenures.front();
  }

  // The one person among holders of the office a title names; none when the
  // KB lists that office's holders only in part and the surname is a common
  // one ("Rep. King": Steve King is listed, Peter King of New York is not;
  // "Rep. Omar", a given name too, is Ilhan Omar).
  const Tenure* one_listed_holder(const std::vector<const Tenure*>& holding, const std::string& surname) const {
    if (!holding.empty() && holding.front()->listed_in_part && common_surname(surname)) return nullptr;
    return one_person(holding);
  }

  // Does `t` hold the office `title` names (by its office key or its own title)?
  bool holds_titled_office(const Tenure& t, const Title& title) const {
    std::string_view key = kb_.office_key(title.role);
    return (!key.empty() && t.has_role(key)) || lower(t.title) == lower(title.role);
  }

  // "President Trump", "Secretary Pompeo", "Prime Minister May": a title and a
  // bare surname name the official of that surname who holds that office on
  // the date or, failing that, another office of the title's country (or, with
  // no country, an office whose title starts with the title's words:
  // "Secretary Mattis" is the Secretary of Defense, but "General Kim" is no
  // general, "Governor Brown" no prime minister and "President X" no vice president).
  const Tenure* titled_surname(const std::string& surname, const std::string& country, const Title& title) const {
    auto found = kb_.by_surname(surname, date_);
    if (!country.empty())
      found.erase(std::remove_if(found.begin(), found.end(), [&](const Tenure* t) { return t->country != country; }),
                  found.end());
    std::vector<const Tenure*> holding;
    for (const Tenure* t : found)
      if (holds_titled_office(*t, title)) holding.push_back(t);
    if (!holding.empty()) return one_listed_holder(holding, surname);
    // "President Obama" in 2018: a former holder of that very office.
    if (found.empty() && date_.known()) {
      for (const Tenure* t : kb_.by_surname(surname, Date{}))
        if ((country.empty() || t->country == country) && holds_titled_office(*t, title)) holding.push_back(t);
      return one_listed_holder(holding, surname);
    }
    if (country.empty())
      found.erase(std::remove_if(found.begin(), found.end(),
                                 [&](const Tenure* t) { return !starts_with_words(lower(t->title), lower(title.role)); }),
                  found.end());
    return one_person(found);
  }

  // "the attorney general" with no country: the country when the KB knows
  // an office of that title in one country only and the last state this
  // document named is that one (an office title alone does not say which
  // state an article is about, and the KB does not list every state's
  // attorney general: after "Canadian", it is Canada's).
  std::string implied_country(const Title& title, uint32_t i) const {
    auto countries = kb_.countries_with_title(title.role);
    if (countries.size() != 1) return {};
    std::string last = last_named_country(i, [](const std::string&) { return true; });
    return last == countries.front() ? last : std::string();
  }

  // The country of the last mention before token i whose country `wanted`
  // accepts, or "".
  template <typename Wanted>
  std::string last_named_country(uint32_t i, Wanted wanted) const {
    uint32_t at = doc_.tokens[i].text.begin;
    for (auto m = doc_.mentions.rbegin(); m != doc_.mentions.rend(); ++m) {
      if (m->text.begin >= at || m->entity < 0) continue;
      const std::string& country = doc_.entities[m->entity].actor.country;
      if (!country.empty() && wanted(country)) return country;
    }
    return {};
  }

  // "the Democratic Party", "Labour", "the Tories": a body name several
  // states share is the body of the state, among those that have one of
  // that name, that the document named last before it; with none of them
  // named, nothing is guessed.  Returns where the body ends, or i.
  uint32_t contextual_body(uint32_t i) {
    if (!capitalised(tok(i))) return i;
    for (uint32_t n = std::min<uint32_t>(4, end_ - i); n > 0; --n) {
      const std::vector<Metonym>* bodies = kb_.contextual_bodies(join(i, i + n));
      if (!bodies) continue;
      // "Republican lawmakers", "Tory MPs", not "the Republican president"
      // or "Republican Guard": a member word names the party only before a
      // plural noun for its members, which belongs to the mention.
      bool member = kb_.is_member_word(join(i, i + n));
      if (member && (i + n >= end_ || !kb_.is_party_member_noun(tok(i + n)))) return i;
      // "Republican senator John Thune", "Kentucky's other Republican
      // senator, Rand Paul": the senator, named, not the party.
      if (member && tok(i + n).back() != 's' && i + n + 1 < end_) {
        uint32_t next = i + n + 1 + (tok(i + n + 1) == "," ? 1 : 0);
        if (next < end_ && capitalised(tok(next))) return i;
      }
      const Metonym* body = body_in_context(i, join(i, i + n), *bodies);
      if (!body) return i;
      if (member) ++n;
      add_entity(Actor{"", body->name, body->country, body->sector, "", body->country + body->sector},
                 MentionType::kOrganization, {i, i + n});
      return i + n;
    }
    return i;
  }

  // "Tory leader Michael Howard", "Republican senator John Thune": a
  // party's member word before a singular noun of its members and a name
  // says the person's party when the noun is an office title ("leader",
  // "spokesman", "senator"); its body when the context says which state's,
  // with `end` set after the member word, else null.
  const Metonym* party_of_named_member(uint32_t i, uint32_t& end) const {
    if (!capitalised(tok(i))) return nullptr;
    for (uint32_t n = std::min<uint32_t>(3, end_ - i); n > 0; --n) {
      std::string word = join(i, i + n);
      if (!kb_.is_member_word(word)) continue;
      uint32_t noun = i + n;
      if (noun + 1 >= end_ || !kb_.is_party_member_noun(tok(noun)) || tok(noun).back() == 's') return nullptr;
      uint32_t next = noun + 1 + (tok(noun + 1) == "," ? 1 : 0);
      if (next >= end_ || !capitalised(tok(next))) return nullptr;
      const Title* title = nullptr;
      if (match_title(noun, &title) == noun) return nullptr;  // "Tory MP X": the name pass's
      const Metonym* body = body_in_context(i, word, *kb_.contextual_bodies(word));
      if (body) end = i + n;
      return body;
    }
    return nullptr;
  }

  // Which of `bodies`, the bodies of several states named `name`, the
  // document means at token i: the one state's own when the name is `sole`;
  // else that of the state a mention before i named last; else of the one
  // state among them the article names at all; else of the outlet's country
  // ("the Tories" in a BBC article that names no state).  Else none: never
  // a guess.
  const Metonym* body_in_context(uint32_t i, const std::string& name, const std::vector<Metonym>& bodies) const {
    auto body_of = [&](const std::string& country) -> const Metonym* {
      auto it = std::find_if(bodies.begin(), bodies.end(), [&](const Metonym& b) { return b.country == country; });
      return it == bodies.end() ? nullptr : &*it;
    };
    if (kb_.is_sole_body(name)) return &bodies.front();
    std::string before = state_right_before(i);
    if (!before.empty()) return body_of(before);  // "Dutch Labour": not Britain's
    auto has_body = [&](const std::string& country) { return body_of(country) != nullptr; };
    if (const Metonym* last = body_of(last_named_country(i, has_body))) return last;
    const Metonym* named = nullptr;
    for (const Metonym& b : bodies) {
      if (!places_ || !country_in_article(b.country)) continue;
      if (named) return nullptr;  // two of the states: the article does not say which
      named = &b;
    }
    return named ? named : body_of(outlet_country());
  }

  // The state of a country mention that ends right before token i, or
  // before its possessive ("Israeli Labour", "Israel's Labour"), or "".
  std::string state_right_before(uint32_t i) const {
    if (i == first_ || doc_.mentions.empty()) return {};
    uint32_t prev = base::is_possessive_s(tok(i - 1)) && i - 1 > first_ ? i - 2 : i - 1;
    const Mention& m = doc_.mentions.back();
    if (m.entity < 0 || m.text.end != doc_.tokens[prev].text.end) return {};
    const Actor& a = doc_.entities[m.entity].actor;
    return a.sector.empty() ? a.country : std::string();  // the state itself, not a body of it
  }

  // "Sen. Bernie Sanders", "Judge Brett Kavanaugh": the holder of an office
  // many states have, no state said, is of the state the article is about:
  // the outlet's own state when the article names it at least half as often
  // as the state it names most, else the state it names most (its places,
  // people and bodies, and the persons and bodies resolved before token i),
  // none on a tie.  A guess made only for such titles.
  std::string home_state(uint32_t i, uint32_t name_end) const {
    std::string state = most_named_state(i);
    // "Rep. Jim Jordan ... Jordan said": the person's own name is no mention of a state.
    for (uint32_t w = i; w < name_end; ++w)
      if (!state.empty() && kb_.country(tok(w)) == state) return {};
    return state;
  }
  std::string most_named_state(uint32_t i) const {
    if (!places_) return {};
    base::StringMap<int> counts = places_->state_counts();
    uint32_t at = doc_.tokens[i].text.begin;
    for (const Mention& m : doc_.mentions) {
      if (m.text.begin >= at || m.entity < 0 || m.type == MentionType::kLocation || m.type == MentionType::kMisc) continue;
      const std::string& country = doc_.entities[m.entity].actor.country;
      if (!country.empty()) ++counts[country];
    }
    int most = 0;
    for (const auto& entry : counts) most = std::max(most, entry.second);
    // A US paper's report on Benghazi names Libya often, and the US a little
    // less: the outlet's own state wins when named at least half as often.
    std::string outlet = outlet_country();
    auto named = counts.find(outlet);
    if (!outlet.empty() && named != counts.end() && 2 * named->second >= most) return outlet;
    std::string best;
    for (const auto& [country, n] : counts)
      if (n == most && most > 0) {
        if (!best.empty()) return {};  // a tie
        best = country;
      }
    return best;
  }

  // The country of the outlet that published the document, when its source
  // names a news body of one state ("BBC" GBR, data/actors/bodies/media.tsv),
  // also as feeds write it: "CNN (Web News)", "Fox Online News", "New York
  // Times - News".
  std::string outlet_country() const {
    std::string name = doc_.source;
    if (size_t paren = name.find(" ("); paren != std::string::npos) name.resize(paren);
    for (const char* tail : {" - News", " Online News", " Online", " Web News", " News Online"})
      if (name.size() > std::strlen(tail) && name.compare(name.size() - std::strlen(tail), std::string::npos, tail) == 0)
        name.resize(name.size() - std::strlen(tail));
    for (const std::string& candidate : {name, name + " News", "The " + name}) {
      const Metonym* outlet = candidate.empty() ? nullptr : kb_.metonym(candidate);
      if (outlet && outlet->sector == "MED") return outlet->country;
    }
    return {};
  }

  // A sentence's first word that is also an ordinary word ("No wall will be
  // built") is a surname only when a verb follows ("May said").
  bool ordinary_sentence_start(uint32_t i) const {
    bool at_start = i == first_ || tok(i - 1) == "\"" || tok(i - 1) == ":" || tok(i - 1) == "\xE2\x80\x9C";
    if (!at_start || !common_word_name(tok(i))) return false;
    return !(i + 1 < end_ && verb_like(tok(i + 1)));
  }

  // "Nigeria's Senate", "the French Senate": after a state other than the one
  // metonyms.tsv gives it, a body name many states use is that state's own
  // body.  [start, j) is the state and its possessive, if `possessive`.
  // Returns where the body ends, or j when none follows.
  uint32_t own_body(uint32_t start, uint32_t j, const std::string& country, bool possessive) {
    std::string unused;
    const Metonym* body = nullptr;
    uint32_t end = match_known(j, unused, &body);
    if (!body || body->country == country) return j;
    const Knowledge::SharedBody* shared = kb_.shared_body(join(j, end));
    if (!shared || (possessive && !shared->after_possessive)) return j;
    add_entity(Actor{"", "", country, shared->sector, "", country + shared->sector}, MentionType::kOrganization,
               {start, end});
    return end;
  }

  // "Kentucky General Assembly", "National Security Council": a body name
  // many states use, right after another name, is the end of that name (which
  // the name pass types), not the body metonyms.tsv gives it.
  bool tail_of_longer_name(uint32_t i, uint32_t j) const {
    if (i == first_ || !kb_.shared_body(join(i, j))) return false;
    std::string_view prev = tok(i - 1);
    if (doc_.tokens[i - 1].kind != TokenKind::kWord || !capitalised(prev) || is_stop_word(prev) ||
        hyphenated_adjective(prev))
      return false;
    // "U.S. Senate": the state's own name was a mention already.
    if (!doc_.mentions.empty() && doc_.mentions.back().text.end == doc_.tokens[i - 1].text.end) return false;
    // "Now Congress must act": an ordinary word that starts the sentence.
    if (i - 1 == first_ && kb_.is_common_word(lower(prev))) return false;
    // "the Republican Senate", "a Democratic Congress": the chamber's majority, not another body.
    return prev != "Republican" && prev != "Democratic" && prev != "Democrat" && prev != "GOP";
  }

  // "the former national security adviser", "the fired FBI director": not
  // whoever holds the office on the article's date.
  bool after_past_holder_word(uint32_t i) const { return i > first_ && past_holder_word(tok(i - 1)); }

  // "before becoming House speaker": a title said of someone as a role
  // names the office, not who holds it on the article's date.
  bool predicative_title(uint32_t i) const {
    if (i == first_) return false;
    std::string_view w = doc_.token_lower(i - 1);
    if (w == "the" && i - 1 > first_) w = doc_.token_lower(i - 2);
    return role_word_before_title(w);
  }

  // "Van Rompuy", "San Miguel": a surname with its particle, of a person
  // named earlier in full or of the one official of that surname on the date.
  bool surname_with_particle(const std::string& name, Span2 span) {
    int32_t e = earlier_person(name);
    if (e >= 0) {
      doc_.entities[e].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
      doc_.mentions.push_back(
          {{doc_.tokens[span.first].text.begin, doc_.tokens[span.last - 1].text.end}, MentionType::kPerson, e});
      return true;
    }
    auto tenures = kb_.by_surname(name, date_);
    drop_full_name_offices(tenures);
    const Tenure* t = one_person(tenures);
    if (!t) return false;
    add_entity(person_actor(t->name, t->country, nullptr), MentionType::kPerson, span);
    return true;
  }

  // A surname alone, with no full name before it, does not name the holder
  // of an office many hold at once (a senator, a governor): an article
  // introduces them, and a name it did not introduce is someone better known
  // (or someone else).  Removes such tenures from those of a bare surname.
  static void drop_full_name_offices(std::vector<const Tenure*>& tenures) {
    tenures.erase(std::remove_if(tenures.begin(), tenures.end(), [](const Tenure* t) { return t->needs_full_name; }),
                  tenures.end());
  }

  // Does a title that starts with the name at [i, j) go further ("CIA
  // director", "White House chief of staff")?  Then the whole is the title.
  bool title_over_name(uint32_t i, uint32_t j) const {
    const Title* title = nullptr;
    return match_title(i, &title) > j;
  }

  // Recognises the actor mention starting at token i; returns where it ends.
  uint32_t recognise_at(uint32_t i) {
    // "Former President Obama", "Ex-Secretary": the word is no name; the
    // title after it is read with it before (after_past_holder_word).
    if (past_holder_word(tok(i)) && i + 1 < end_) {
      const Title* after = nullptr;
      if (match_title(i + 1, &after) > i + 1) return i + 1;
    }
    uint32_t start = i;
    std::string country;
    const Title* title = nullptr;
    // 1. A country, demonym or metonym ("Russian", "Russia's", "the Kremlin", "U.S.").
    const Metonym* metonym = nullptr;
    uint32_t j = match_known(i, country, &metonym);
    if (metonym && tail_of_longer_name(i, j)) return j;
    if (!metonym && surname_of_named_person(i, j)) return j;
    // "Paris, Texas", "Moscow, Idaho": a capital's namesake in a region of another country.
    if (j > i && !metonym && kb_.is_capital(join(i, j))) {
      std::string_view region = region_after_comma(doc_, kb_, j);
      if (!region.empty() && region != country) {
        add_place_mention(std::string(region), {i, j});
        return j;
      }
    }
    // "Georgia" among Atlanta and Savannah: the US state, a place; its
    // officials ("the Georgia governor") are the United States'.
    // "Tory leader Michael Howard": the party's country, like a demonym's.
    const Metonym* party = j == i ? party_of_named_member(i, j) : nullptr;
    if (party) country = party->country;
    bool region = j > i && !metonym && !party && region_by_context(join(i, j), country);
    if (j > i && title_over_name(i, j)) {  // "CIA Director", "White House chief of staff": a title
      metonym = nullptr;
      country.clear();
      j = i;
    }
    if (metonym) {
      Actor a{"", metonym->name, metonym->country, metonym->sector, "", metonym->country + metonym->sector};
      add_entity(a, MentionType::kOrganization, {i, j});
      return head_of_body(metonym, j);
    }
    if (j == i) {
      uint32_t body_end = contextual_body(i);
      if (body_end > i) return body_end;
    }
    uint32_t after_country = party ? i : j;  // a party's member word is no mention of the state
    bool possessive = j > i && j < end_ && base::is_possessive_s(tok(j));
    if (possessive) ++j;  // "Russia's"
    if (j > i) {
      uint32_t body_end = own_body(i, j, country, possessive);
      if (body_end > j) return body_end;
    }
    // "Kandahar's provincial governor", "Helmand province governor": a place
    // of the gazetteer before an office is the office's country.
    if (j == i) {
      uint32_t place_end = i;
      uint32_t title_at = place_before_title(i, country, place_end);
      if (title_at > i) {
        after_country = place_end;
        j = title_at;
      }
    }
    // 2. A title ("Foreign Minister", "Secretary of State", "ambassador").
    uint32_t k = match_title(j, &title);
    // "provincial governor", "regional police chief": a local office.
    if (k == j && j > i && j < end_ && is_local_word(doc_.token_lower(j))) {
      k = match_title(j + 1, &title);
      if (k == j + 1) k = j;
    }
    // "Putin's top diplomat": an office of the possessor's country.
    if (j == i && k > j && country.empty()) country = possessor_country(i);
    if (k == j && j == i) {
      // No country and no title: a known name, or the surname of an earlier one.
      uint32_t n = name_run(i);
      if (n == i) return i + 1;
      // "House Republicans", "Congressional Democrats": a party name that ends
      // a run of capitalised words is that party; the words before only
      // say which of its members.
      for (uint32_t b = i + 1; b < n; ++b)
        if (kb_.contextual_bodies(join(b, n))) return b;
      std::string name = join(i, n);
      if (n - i == 1) {
        int32_t e = earlier_person(name);
        if (e >= 0) {
          doc_.entities[e].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
          doc_.mentions.push_back({{doc_.tokens[i].text.begin, doc_.tokens[n - 1].text.end}, MentionType::kPerson, e});
          return n;
        }
        if (uint32_t e = leader_government(i, name); e > n) return e;
        if (ordinary_sentence_start(i)) return n;
        auto tenures = kb_.by_surname(name, date_);
        drop_full_name_offices(tenures);  // "Scott", "Young": no senator or governor named in full before
        if (tenures.size() >= 1 && !looks_like_people_or_language(name) &&
            std::all_of(tenures.begin(), tenures.end(), [&](const Tenure* t) { return t->name == tenures[0]->name; })) {
          if (namesake_named(name, *tenures[0], i)) return n;
          // A common surname alone, never introduced: an official of a country
          // the article never names is a namesake ("Smith criticized Congress"
          // is not Jamaica's foreign minister Kamina Johnson Smith).
          if (places_ && ambiguous_surname(kb_, name) && !country_in_article(tenures[0]->country)) return n;
          add_entity(person_actor(tenures[0]->name, tenures[0]->country, nullptr), MentionType::kPerson, {i, n});
          return n;
        }
        if (const Tenure* t = tenures.empty() ? former_leader(name) : nullptr)
          add_entity(person_actor(t->name, t->country, nullptr), MentionType::kPerson, {i, n});
        return n;
      }
      if (!kb_.person(name, date_).empty()) {
        add_entity(person_actor(name, "", nullptr), MentionType::kPerson, {i, n});
        return n;
      }
      // "Sen. Bernie Sanders ... Bernie Sanders": the full name again is the
      // person the title introduced.
      if (int32_t e = earlier_titled_person(name); e >= 0) {
        doc_.entities[e].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
        doc_.mentions.push_back({{doc_.tokens[i].text.begin, doc_.tokens[n - 1].text.end}, MentionType::kPerson, e});
        return n;
      }
      if (surname_with_particle(name, {i, n})) return n;
      // A name-shaped run that no knowledge explains is typed by the name
      // pass (recognize_names), which sees the whole document.
      return n;
    }
    if (k == j) {
      // A country alone: the state as an actor (or a place).
      if (region) add_place_mention(country, {i, after_country});
      else add_country_mention(country, {i, after_country});
      return after_country;
    }
    // 3. "to the U.S." after an ambassador's title: the posting, not the
    // nationality; "of Russia", "of the United States": the nationality.
    uint32_t m = k;
    if (m + 1 < end_ && tok(m) == "of" && country.empty()) {
      uint32_t p = m + 1;
      if (p < end_ && tok(p) == "the") ++p;
      std::string of_country;
      const Metonym* body = nullptr;
      uint32_t q = match_known(p, of_country, &body);
      if (q > p && (body || !kb_.is_demonym(join(p, q)))) {
        if (!body) region_by_context(join(p, q), of_country);  // "the governor of Georgia" near Atlanta
        country = body ? body->country : of_country;
        m = k = q;
      } else if (uint32_t r = place_after_of(p, of_country); r > p) {
        country = of_country;  // "the mayor of Nablus", "the governor of Kandahar province"
        m = k = r;
      }
    }
    std::string posted;
    if (m + 1 < end_ && tok(m) == "to") {
      uint32_t p = m + 1;
      if (p < end_ && tok(p) == "the") ++p;
      const Metonym* body = nullptr;
      uint32_t q = match_known(p, posted, &body);
      if (body) posted = body->country;  // "ambassador to the U.N."
      if (q > p) m = q;
    }
    // 4. The name after the title, directly or after a comma (apposition).
    uint32_t name_start = m;
    if (name_start < end_ && tok(name_start) == ",") ++name_start;
    uint32_t name_end = name_run(name_start);
    // "Prime Minister May": after a title, a month not followed by a day is a surname.
    if (name_end == name_start && name_start < end_ && is_month(tok(name_start)) &&
        !(name_start + 1 < end_ && doc_.tokens[name_start + 1].kind == TokenKind::kNumber))
      name_end = name_start + 1;
    // "..., North Korean Leader Says": a headline's capitalised verb is no name.
    if (name_end == name_start + 1 && common_verb(doc_.token_lower(name_start))) name_end = name_start;
    // "the Justice Ministry", "the Defence Committee": a body's head word
    // after a title word is the body's name, no person's.
    if (name_end == name_start + 1 && kb_.is_org_head(tok(name_start))) name_end = name_start;
    // "President obama": text written in lower case; a title before a
    // surname of the KB (no ordinary word) still names that official.
    if (name_end == name_start && title && name_start < end_ && is_lower_word(tok(name_start)) &&
        !kb_.is_common_word(std::string(tok(name_start)))) {
      if (const Tenure* t = titled_surname(title_case_word(tok(name_start)), country, title)) {
        add_entity(person_actor(t->name, t->country, title), MentionType::kPerson, {name_start, name_start + 1});
        return name_start + 1;
      }
    }
    if (name_end > name_start) {
      std::string name = join(name_start, name_end);
      if (name_end - name_start == 1) {  // "Deputy Secretary of State Shannon": an earlier full name
        int32_t e = earlier_person(name);
        if (e >= 0) {
          doc_.entities[e].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
          doc_.mentions.push_back(
              {{doc_.tokens[name_start].text.begin, doc_.tokens[name_end - 1].text.end}, MentionType::kPerson, e});
          return name_end;
        }
      }
      if (country.empty() && !title->country.empty()) country = title->country;
      if (name_end - name_start == 1) {
        if (const Tenure* t = titled_surname(name, country, *title)) {
          if (after_country > start) add_country_mention(country, {start, after_country});
          add_entity(official_by_title(*t, *title), MentionType::kPerson, {name_start, name_end});
          return name_end;
        }
      }
      Actor a = person_actor(name, country, title);
      if (a.country.empty() && title->domestic) {
        a.country = home_state(name_start, name_end);
        if (!a.country.empty()) {
          a.id = Actor::learned_id(name, a.country);
          a.code = a.country + a.sector;
        }
      }
      if (posted != a.country) a.posted = posted;
      // "Tory leader Michael Howard", "Labour spokesman X": an officer of the
      // party, not of the government; a party's senator stays a legislator.
      if (party && !a.from_kb() && a.sector == "GOV") {
        a.sector = party->sector;
        a.code = a.country + a.sector;
      }
      if (after_past_holder_word(start)) a = former_holder(a, *title);
      // The mention is the name; the demonym before the title is a mention of its own.
      if (after_country > start) add_country_mention(country, {start, after_country});
      add_entity(a, MentionType::kPerson, {name_start, name_end});
      return name_end;
    }
    // 5. A title without a name ("the Russian ambassador"): the person of this
    // document with that role and country, if there is exactly one.
    if (country.empty() && title && !title->country.empty()) country = title->country;
    // "the secretary-general": of the international body last named.
    if (country.empty() && title && title->sector == "IGO") country = last_body_before(start);
    if (country.empty() && title) country = implied_country(*title, start);
    if (country.empty() && title && the_one_titled(start, k, *title)) return k;
    if (!country.empty() && title) {
      int32_t found = -1, count = 0;
      for (size_t e = 0; e < doc_.entities.size(); ++e) {
        const Actor& a = doc_.entities[e].actor;
        if (doc_.entities[e].type == MentionType::kPerson && a.country == country && a.role == title->role) {
          found = static_cast<int32_t>(e);
          ++count;
        }
      }
      // The country before the office is a name of its own ("Polish" in "Polish
      // Foreign Minister"), as before a holder's name in 4.
      if (after_country > start) add_country_mention(country, {start, after_country});
      // The office without its holder's name is a description, not a name.
      Mention mention{{doc_.tokens[start].text.begin, doc_.tokens[k - 1].text.end}, MentionType::kPerson, -1, false};
      // ("Newt Gingrich, the former House speaker": not the speaker this
      // document names.)
      if (count == 1 && !after_past_holder_word(start) && !predicative_title(start)) {
        mention.entity = found;
        doc_.entities[found].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
        doc_.mentions.push_back(mention);
      } else if (const Tenure* holder = after_past_holder_word(start) || predicative_title(start)
                                            ? nullptr
                                            : office_holder(country, title)) {
        // Nobody of this document holds it: the KB's holder on the date.
        add_entity(person_actor(holder->name, country, title), MentionType::kPerson, {start, k});
      } else {
        // The office itself, at country level; after "former" one who left
        // it, like a known person out of office (an elite, "former Speaker
        // of the House"), whom no holder of the office named later becomes.
        Actor office{"", "", country, title->sector, title->role, country + title->sector};
        if (after_past_holder_word(start)) office = as_former_official(office, *title);
        if (posted != country) office.posted = posted;
        add_entity(office, MentionType::kPerson, {start, k});
      }
      doc_.mentions.back().name = false;
      return k;
    }
    return k;
  }

  // "President Donald Trump ... The president said": a definite title that
  // names no country is the one person of the document so far who holds it;
  // with two ("Trump met Macron. The president said") it stays unresolved.
  // [start, k) is the title.  Returns whether it was taken.
  bool the_one_titled(uint32_t start, uint32_t k, const Title& title) {
    bool definite = doc_.token_lower(start) == "the" || (start > first_ && doc_.token_lower(start - 1) == "the");
    if (!definite) return false;
    int32_t found = -1;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& entity = doc_.entities[e];
      if (entity.type != MentionType::kPerson || entity.actor.name.empty() || entity.actor.role != title.role) continue;
      if (found >= 0 && doc_.entities[found].actor.name != entity.actor.name) return false;
      found = static_cast<int32_t>(e);
    }
    if (found < 0) return false;
    doc_.entities[found].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
    doc_.mentions.push_back({{doc_.tokens[start].text.begin, doc_.tokens[k - 1].text.end}, MentionType::kPerson, found, false});
    return true;
  }

  // In an article without a date, any official ever listed of a surname
  // would do; "Flynn" after "Ka'Loni Marie Flynn" is her, not Michael Flynn.
  // Is someone else of this surname named in full in the document?
  // The article names the country, or an actor of it came before.
  bool country_in_article(const std::string& country) const {
    for (const Entity& e : doc_.entities)
      if (e.actor.country == country) return true;
    return places_->named(country);
  }

  // In a dated article only a name written before the surname alone, and
  // with what may be a given name, counts ("Jeb Bush", not "President Bush"):
  // the official of the date is meant unless the article first named another.
  bool namesake_named(const std::string& surname, const Tenure& official, uint32_t at) const {
    if (!names_) return false;
    const FullNames& names = names_->get();
    auto it = names.find(surname);
    if (it == names.end()) return false;
    for (const FullName& full : it->second) {
      if (date_.known() && (full.first_token >= at || !may_be_given_name_before_surname(full))) continue;
      auto tenures = kb_.person(full.text, date_);
      if (tenures.empty() || tenures.front()->name != official.name) return true;
    }
    return false;
  }

  // "Jeb Bush", "Laura Bush", but not "President Bush", "Florida Bush".
  bool may_be_given_name_before_surname(const FullName& name) const {
    if (given_name_before_surname(kb_, name)) return true;
    size_t from = 0;
    std::string given(word_before_surname(name.text, &from));
    std::string lower = base::ascii_lower(given);
    return given.size() > 1 && given.back() != '.' && !kb_.may_start_title(lower) && kb_.country(given).empty() &&
           !kb_.place(given) && !kb_.is_common_word(lower) && !is_month(given);
  }


  // "Jordan" after "Rep. Jim Jordan": a person of the article, not the country.
  bool surname_of_named_person(uint32_t i, uint32_t j) const {
    return j == i + 1 && names_ && is_surname_of_named_person(kb_, names_->get(), std::string(tok(i)));
  }

  Document& doc_;
  const std::string& text_;  // doc_.text, or its copy with names in name case
  const Knowledge& kb_;
  uint32_t first_, end_;
  Date date_;
  LazyFullNames* names_;  // full names of the document by surname, for undated articles
  LazyPlaceCountries* places_;  // places the document names, by country
};

// ---- The name pass ------------------------------------------------------------
//
// Types the capitalised names the actor pass left alone — persons,
// organisations and places that are not political actors of the knowledge
// base — from local evidence (the head word: "Party", "River"; a first name;
// a title or role word before it; the gazetteer; acronyms; in team sports, a
// place that plays), then makes the document agree with itself: a name keeps
// one type, a surname or first name alone is the person named in full, and
// lines in capitals take the types their names have in the body.

enum Strength : int { kNone = 0, kWeak = 1, kMedium = 2, kStrong = 3 };


bool has_lower(std::string_view t) {
  return std::any_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
bool has_alpha(std::string_view t) {
  return std::any_of(t.begin(), t.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}
bool is_number_token(const Document& doc, uint32_t i) { return doc.tokens[i].kind == TokenKind::kNumber; }

// "LEICESTERSHIRE" -> "Leicestershire", "NEW YORK" -> "New York".
std::string title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z' && !start) c = static_cast<char>(c - 'A' + 'a');
    start = c == ' ' || c == '-';
  }
  return out;
}

bool is_connector(std::string_view t) {
  static const char* words[] = {"de", "van", "von", "der", "den", "del", "della", "di", "da",
                                "du", "la",  "le",  "bin", "ibn", "al",  "el",    "&"};
  return std::any_of(std::begin(words), std::end(words), [&](const char* w) { return t == w; });
}

bool lead_particle(std::string_view t) {
  return t == "de" || t == "van" || t == "von" || t == "di" || t == "da" || t == "del" || t == "della" || t == "dos";
}

class NamePass {
 public:
  NamePass(Document& doc, const Knowledge& kb, LazyFullNames& names)
      : doc_(doc), kb_(kb), covered_(doc.tokens.size(), 0), names_(names) {}

  void run() {
    mention_at_.assign(doc_.tokens.size(), -1);
    for (size_t mi = 0; mi < doc_.mentions.size(); ++mi) {
      const Mention& m = doc_.mentions[mi];
      uint32_t first = token_at(m.text.begin);
      if (first < doc_.tokens.size() && m.type == MentionType::kLocation) mention_at_[first] = static_cast<int32_t>(mi);
      for (uint32_t t = first; t < doc_.tokens.size() && doc_.tokens[t].text.begin < m.text.end; ++t) covered_[t] = 1;
    }
    for (const Token& t : doc_.tokens) {
      std::string_view w = doc_.view(t.text);
      if (t.kind == TokenKind::kWord && !w.empty() && w[0] >= 'a' && w[0] <= 'z') lower_words_.insert(w);
    }
    find_sport();
    if (team_sport_)
      for (Mention& m : doc_.mentions) {
        uint32_t t = token_at(m.text.begin);
        uint32_t e = token_at(m.text.end - 1) + 1;
        if (m.type == MentionType::kLocation && kb_.is_capital(doc_.view(m.text)) && !(t > 0 && place_prev(t, t - 1)) &&
            !venue(t, e, sentence_start(t), doc_.tokens.size()))
          m.type = MentionType::kOrganization;
      }
    // 1. Candidates with local evidence, in sentences in mixed case.
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      if (!is_main_text(doc_.blocks[s.block].kind) && doc_.blocks[s.block].kind != BlockKind::kTitle &&
          doc_.blocks[s.block].kind != BlockKind::kDateline)
        continue;
      if (in_capitals(s))
        caps_sentences_.push_back(si);
      else
        collect(s);
    }
    // 2. One type per name in the document.
    resolve();
    // 3. Lines in capitals.
    for (size_t si : caps_sentences_) capitals(doc_.sentences[si]);
    emit();
  }

 private:
  struct Candidate {
    uint32_t first, last;
    std::string key;  // lower case text
    MentionType type = MentionType::kPerson;
    int strength = kNone;
    bool needs_support = false;  // a sentence's first word that is also a common word
    bool unresolved = false;     // typed by default only: no actor
    int32_t absorbed = -1;       // a place mention of the actor pass inside the name ("Bank of Poland")
  };
  struct Vote {
    MentionType type = MentionType::kPerson;
    int strength = kNone;
    size_t tokens = 0;
  };

  std::string_view tok(uint32_t i) const { return doc_.token_text(i); }
  std::string text(uint32_t a, uint32_t b) const {
    return std::string(
        doc_.text.substr(doc_.tokens[a].text.begin, doc_.tokens[b - 1].text.end - doc_.tokens[a].text.begin));
  }
  uint32_t token_at(uint32_t offset) const {
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), offset,
                               [](const Token& t, uint32_t off) { return t.text.end <= off; });
    return static_cast<uint32_t>(it - doc_.tokens.begin());
  }

  // The sport of a headline "SOCCER - ...", "RUGBY UNION - ...", "Boxing-Bruno quits ..." (first line of the text).
  void find_sport() {
    std::string_view head = std::string_view(doc_.text).substr(0, std::min<size_t>(doc_.text.find('\n'), 120));
    size_t dash = head.find(" - ");
    std::string_view kind;
    if (dash != std::string_view::npos) kind = kb_.sport_kind(base::ascii_lower(head.substr(0, dash)));
    if (kind.empty()) {  // the sport's first word: "RUGBY UNION", "Baseball-Results"
      size_t end = head.find_first_of(" -");
      if (end != std::string_view::npos && (dash != std::string_view::npos || head[end] == '-'))
        kind = kb_.sport_kind(base::ascii_lower(head.substr(0, end)));
    }
    team_sport_ = kind == "team";
    individual_sport_ = kind == "individual";
  }

  bool in_capitals(const Sentence& s) const {
    int upper = 0, mixed = 0;
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      std::string_view t = tok(i);
      if (doc_.tokens[i].kind != TokenKind::kWord || !has_alpha(t)) continue;
      if (has_lower(t))
        ++mixed;
      else if (t.size() > 1 || upper > 0)
        ++upper;
    }
    return upper > 0 && mixed == 0 ? (upper >= 1) : (upper >= 3 && upper >= 4 * mixed);
  }

  bool starts_sentence(uint32_t i, uint32_t sentence_first) const {
    return i == sentence_first ||
           (i > sentence_first && (tok(i - 1) == "\"" || tok(i - 1) == ":" || tok(i - 1) == "(" || tok(i - 1) == "-"));
  }

  bool name_token(uint32_t i, uint32_t sentence_first) const {
    std::string_view t = tok(i);
    if (covered_[i] || doc_.tokens[i].kind != TokenKind::kWord || (!capitalised(t) && !arabic_article_name(t)) ||
        is_stop_word(t))
      return false;
    if (kb_.is_people(t) || derived_adjective(t)) return false;
    // A sentence's first word: a name only if the document never writes it in lower case.
    if (starts_sentence(i, sentence_first) && lower_words_.count(doc_.token_lower(i))) return false;
    return true;
  }

  // "Ontario-based", "Hong Kong-listed", "Dublin-born": adjectives made from names.
  static bool derived_adjective(std::string_view t) {
    size_t dash = t.rfind('-');
    if (dash == std::string_view::npos) return false;
    std::string_view tail = t.substr(dash + 1);
    static const char* tails[] = {"based", "listed", "born",  "led", "sponsored",  "bound",     "owned", "run",
                                  "made",  "backed", "style", "era", "controlled", "dominated", "held"};
    return std::any_of(std::begin(tails), std::end(tails), [&](const char* w) { return tail == w; });
  }

  // "Iraqis", "Kurdish", "Afrikaans": peoples and languages, not names of this pass.
  bool demonym_like(std::string_view t) const {
    if (kb_.is_demonym(t) || kb_.is_first_name(t)) return kb_.is_demonym(t);
    if (t.size() > 1 && t.back() == 's' && kb_.is_demonym(t.substr(0, t.size() - 1))) return true;
    return looks_like_people_or_language(t);
  }

  // "M." in "M. Waugh", or "T.O'Gorman": a given name written as its initial.
  static bool initial(std::string_view t) {
    return t.size() == 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] == '.';
  }
  static bool initialled_name(std::string_view t) {
    return t.size() > 3 && t[0] >= 'A' && t[0] <= 'Z' && t[1] == '.' && t[2] >= 'A' && t[2] <= 'Z' && has_lower(t);
  }

  // Cricket scorecards and results name players: "c Healy b McGrath", "lbw b Vaas",
  // "Muralitharan 10-0-41-2" (a bowler's analysis), "Pettitte ( 19-7 )" (a pitcher's record).
  bool player_context(uint32_t first, uint32_t last, uint32_t sf, uint32_t se) const {
    if (first > sf) {
      std::string_view p = tok(first - 1);
      if (p == "c" || p == "b" || p == "st") return true;
    }
    if (last < se) {
      std::string_view n = tok(last);
      if (n == "c" || n == "b" || n == "lbw" || n == "st") return true;
      if (std::count(n.begin(), n.end(), '-') == 3 && is_number_token(doc_, last)) return true;
      if (n == "(" && last + 2 < se && tok(last + 2) == ")" && is_number_token(doc_, last + 1) &&
          std::count(tok(last + 1).begin(), tok(last + 1).end(), '-') == 1)
        return true;
    }
    return false;
  }

  // "Sharetsky said", "..., said Cotti .": a single name that speaks is most often a person
  // (organisations that speak are named with their head word or cue: "the agency said").
  bool speaker(uint32_t first, uint32_t last, uint32_t sf, uint32_t se) const {
    auto speech = [](std::string_view w) { return w == "said" || w == "says" || w == "told" || w == "added"; };
    if (last < se && speech(tok(last))) return true;
    return first > sf && speech(tok(first - 1)) && (last == se || tok(last) == "," || tok(last) == ".");
  }

  static bool regnal_number(std::string_view t) {
    static const char* numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return std::any_of(std::begin(numerals), std::end(numerals), [&](const char* n) { return t == n; });
  }

  static bool acronym_title(std::string_view t) { return t == "CEO" || t == "MP" || t == "MEP" || t == "CFO"; }

  bool acronym(std::string_view t) const {
    size_t letters = 0;
    for (char c : t) {
      if (c >= 'A' && c <= 'Z')
        ++letters;
      else if (c != '.' && c != '&' && c != '-' && !(c >= '0' && c <= '9'))
        return false;
    }
    return letters >= 2 && letters <= 6;
  }

  // "Leicester : Leicestershire beat Somerset", "London ( The Oval ) : Warwickshire 195":
  // a place that opens a results line is where the match was played.
  bool venue(uint32_t first, uint32_t last, uint32_t sf, uint32_t se) const {
    if (first != sf) return false;
    if (last + 2 < se && tok(last) == "(") {  // the ground in brackets
      while (last < se && tok(last) != ")") ++last;
      ++last;
    }
    return last < se && tok(last) == ":";
  }

  uint32_t sentence_start(uint32_t t) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), t,
                               [](uint32_t tok, const Sentence& s) { return tok < s.first_token; });
    return it == doc_.sentences.begin() ? 0 : std::prev(it)->first_token;
  }

  bool place_prev(uint32_t first, uint32_t sentence_first) const {
    if (first == sentence_first) return false;
    std::string p = base::ascii_lower(tok(first - 1));
    return p == "in" || p == "at" || p == "near" || p == "from" || p == "of" || p == "outside" || p == "across";
  }

  bool person_prev(uint32_t first, uint32_t sentence_first) const {
    if (first == sentence_first) return false;
    std::string p = base::ascii_lower(tok(first - 1));
    if (kb_.is_person_cue(p) || kb_.title(p)) return true;
    if (first >= sentence_first + 2 && kb_.title(base::ascii_lower(tok(first - 2)) + " " + p)) return true;
    return false;
  }

  void classify(Candidate& c, uint32_t sf, uint32_t se) const {
    uint32_t n = c.last - c.first;
    std::string whole = text(c.first, c.last);
    std::string_view f = tok(c.first), l = tok(c.last - 1);
    auto set = [&](MentionType t, int st) {
      if (st > c.strength) c.type = t, c.strength = st;
    };
    bool next_number = c.last < se && is_number_token(doc_, c.last);
    std::string_view country = kb_.country(whole);
    // "Jordan" after "Jim Jordan": the person, not the country.
    if (n == 1 && !country.empty() && is_surname_of_named_person(kb_, names_.get(), whole))
      return set(MentionType::kPerson, kStrong);
    if (!country.empty() && !kb_.is_demonym(whole)) return set(MentionType::kLocation, kStrong);
    if (kb_.metonym(whole)) return set(MentionType::kOrganization, kStrong);
    if (const MentionType* known = kb_.known_name(whole)) return set(*known, kStrong);
    if (person_prev(c.first, sf) && !kb_.is_org_head(l) && !kb_.place(whole)) return set(MentionType::kPerson, kStrong);
    if (n >= 2 && kb_.is_org_head(l)) return set(MentionType::kOrganization, kStrong);
    for (uint32_t k = c.first + 1; k + 1 < c.last; ++k) {  // "House of Lords", "Gulf of Mexico": the head before "of"
      if (tok(k) != "of") continue;
      if (kb_.is_org_head(tok(k - 1))) return set(MentionType::kOrganization, kStrong);
      if (kb_.is_loc_head(tok(k - 1)) || kb_.is_loc_head(f, true)) return set(MentionType::kLocation, kStrong);
    }
    if (c.last < se && kb_.is_place_cue(tok(c.last)) && !kb_.is_first_name(f))
      return set(MentionType::kLocation, kMedium);  // "the Kosevo stadium" 
    if ((n == 2 && initial(f) && has_lower(l)) || (n == 1 && initialled_name(f)))
      return set(MentionType::kPerson, kStrong);  // "M. Waugh", "T.O'Gorman"
    if (team_sport_ && n == 1 && player_context(c.first, c.last, sf, se))
      return set(MentionType::kPerson, kMedium);
    if (team_sport_ && n >= 2 && l == "City") return set(MentionType::kOrganization, kStrong);  // "Stoke City"
    if (n >= 2 && (kb_.is_loc_head(l) || kb_.is_loc_head(f, true))) return set(MentionType::kLocation, kStrong);
    if (const Knowledge::Place* p = kb_.place(whole)) {
      if (team_sport_ && !place_prev(c.first, sf) && !venue(c.first, c.last, sf, se))
        return set(MentionType::kOrganization, kMedium);
      return set(MentionType::kLocation, p->city && p->population < 20000 ? kWeak : kMedium);
    }
    if (n >= 2 && kb_.is_first_name(f)) return set(MentionType::kPerson, kStrong);
    if (c.last < se && tok(c.last) == "(" && c.last + 2 < se && tok(c.last + 2) == ")" &&
        !kb_.country(tok(c.last + 1)).empty())
      return set(MentionType::kPerson, kMedium);  // "Pete Sampras ( U.S. )"
    {
      // "news agency Interfax", "the Interfax news agency", "Pirelli shares";
      // longer names after the cue too: "the opposition newspaper La Prensa".
      bool before = c.first > sf && kb_.is_org_cue(base::ascii_lower(tok(c.first - 1)));
      bool after = n == 1 && c.last < se && kb_.is_org_cue(base::ascii_lower(tok(c.last)));
      if ((before || after) && !kb_.is_first_name(f)) return set(MentionType::kOrganization, kMedium);
    }
    if (team_sport_ && n >= 2 && !kb_.is_first_name(f)) {
      // "Philadelphia Eagles", "Rotor Volgograd": a place and a name in a team sport is a club.
      for (uint32_t k = c.first; k < c.last; ++k)
        if (kb_.place(tok(k)) || !kb_.country(tok(k)).empty()) return set(MentionType::kOrganization, kMedium);
    }
    // "Tavildara , Tajikistan" — but not "Anatoly Antonov, Russia's ambassador".
    bool possessive_after = c.last + 2 < se && base::is_possessive_s(tok(c.last + 2));
    if (c.last + 1 < se && tok(c.last) == "," && !kb_.country(tok(c.last + 1)).empty() &&
        !kb_.is_demonym(tok(c.last + 1)) && !possessive_after && !kb_.is_first_name(f))
      return set(MentionType::kLocation, kMedium);
    if (n == 1 && !kb_.is_first_name(f) && c.first > sf) {
      std::string p = base::ascii_lower(tok(c.first - 1));
      std::string p2 = c.first > sf + 1 ? base::ascii_lower(tok(c.first - 2)) : "";
      if (p == "in" || p == "near" || p == "outside" ||
          (p == "of" && (p2 == "town" || p2 == "village" || p2 == "city" || p2 == "province" || p2 == "region")))
        return set(MentionType::kLocation, kMedium);
      if (team_sport_ && p == "at") return set(MentionType::kLocation, kMedium);  // the ground
    }
    if (n == 1 && acronym(f)) return set(MentionType::kOrganization, kMedium);
    if (n == 1 && speaker(c.first, c.last, sf, se)) return set(MentionType::kPerson, kMedium);
    if (team_sport_ && next_number && (c.first == sf)) return set(MentionType::kOrganization, kMedium);
    if (individual_sport_ && n >= 2) return set(MentionType::kPerson, kMedium);
    if (n >= 2) {
      // "Next Series", "Add Men": ordinary words in capitals are no person.
      bool common = true;
      for (uint32_t k = c.first; k < c.last && common; ++k)
        common = kb_.is_common_word(base::ascii_lower(tok(k))) || is_connector(tok(k));
      if (common) return;
      return set(MentionType::kPerson, kWeak);
    }
    if (kb_.is_first_name(f)) return set(MentionType::kPerson, kWeak);
  }

  // The end token of the place mention starting at token i, or i.
  uint32_t place_end(uint32_t i) const {
    if (i >= mention_at_.size() || mention_at_[i] < 0) return i;
    const Mention& m = doc_.mentions[mention_at_[i]];
    uint32_t e = i;
    while (e < doc_.tokens.size() && doc_.tokens[e].text.begin < m.text.end) ++e;
    return e;
  }

  // "Secretary of State", "Minister of Defence": the word at i starts a title
  // phrase that runs past j.
  bool opens_title(uint32_t i, uint32_t j, uint32_t se) const {
    if (j >= se || tok(j) != "of") return false;
    for (uint32_t end = j + 2; end <= se && end <= j + 4; ++end)
      if (kb_.title(base::ascii_lower(text(i, end)))) return true;
    return false;
  }

  void collect(const Sentence& s) {
    uint32_t sf = s.first_token, se = s.first_token + s.token_count;
    for (uint32_t i = sf; i < se;) {
      if (!name_token(i, sf) && place_end(i) == i) {
        ++i;
        continue;
      }
      int32_t absorbed = -1, places = 0;
      uint32_t absorbed_at = 0;
      uint32_t j = i;
      while (j < se && j - i < 8) {
        if (name_token(j, sf)) {
          ++j;
          continue;
        }
        if (uint32_t e = place_end(j); e > j && e <= se) {
          if (places++ == 0) absorbed = mention_at_[j], absorbed_at = j;
          j = e;
          continue;
        }
        if (j == i) break;
        std::string_view t = tok(j);
        bool join = false;
        uint32_t after = j;  // "van der Westhuizen": connectors come in runs
        while (after < se && after - j < 3 && is_connector(tok(after))) ++after;
        if (after > j + 1 && after < se && name_token(after, sf)) {
          j = after;
          continue;
        }
        if (j + 1 < se && (name_token(j + 1, sf) || place_end(j + 1) > j + 1)) {
          if (is_connector(t)) join = true;
          if (t == "of" &&
              (kb_.is_org_head(tok(j - 1)) || kb_.is_loc_head(tok(j - 1)) || kb_.is_loc_head(tok(j - 1), true)))
            join = true;
        }
        if (!join) break;
        j += 2;
      }
      if (places > 0) {
        // A place inside an organisation's or place's name ("National Bank of Poland",
        // "Damascus Radio", "Air France", "Federal Republic of Yugoslavia") joins it.
        bool last_is_place = place_end(absorbed_at) >= j;
        // In team sport a name and a place are a club ("Dynamo Moscow", "Red Star Belgrade").
        bool ok = places == 1 && j - i >= 2 &&
                  (team_sport_ || (!last_is_place && (kb_.is_org_head(tok(j - 1)) || kb_.is_loc_head(tok(j - 1)))) ||
                   (absorbed_at == i + 1 && kb_.is_org_head(tok(i)) && kb_.is_common_word(base::ascii_lower(tok(i)))) ||
                   (absorbed_at > i + 1 && tok(absorbed_at - 1) == "of" &&
                    (kb_.is_org_head(tok(absorbed_at - 2)) || kb_.is_loc_head(tok(absorbed_at - 2)))));
        if (!ok) {
          if (absorbed_at == i) {
            i = place_end(i);
            continue;
          }
          j = absorbed_at;
          if (j > i && (tok(j - 1) == "of" || is_connector(tok(j - 1)))) --j;
          absorbed = -1;
        }
      }
      if (absorbed >= 0) {
        Candidate c{i, j, base::ascii_lower(text(i, j))};
        classify(c, sf, se);
        if (c.type == MentionType::kPerson) c.type = MentionType::kOrganization;
        c.strength = kStrong;
        c.absorbed = absorbed;
        candidates_.push_back(c);
        i = j;
        continue;
      }
      // "Hong Kong-based": the name is part of an adjective.
      if (j < se && derived_adjective(tok(j)) && capitalised(tok(j))) {
        i = j + 1;
        continue;
      }
      // "Cardinal Bernardin", "Lieutenant-Colonel Max Marriner": the title before a name is no part of it.
      uint32_t unstripped = i;
      bool after_person_cue = false;
      while (j - i >= 2 && (kb_.is_person_cue(base::ascii_lower(tok(i))) || kb_.title(base::ascii_lower(tok(i)))) &&
             !kb_.is_org_head(tok(j - 1))) {
        after_person_cue = after_person_cue || !kb_.title(base::ascii_lower(tok(i)));
        ++i;
      }
      // "Deputy Secretary (of State)": what is left of a title is an ordinary word, not a name.
      // After "Mr", "Mrs", "striker" it is a name, common word or not ("Mr Trump", "Mrs Brown").
      if (j - i == 1 && !after_person_cue && kb_.is_common_word(base::ascii_lower(tok(i))) &&
          (i > unstripped || opens_title(i, j, se))) {
        i = j;
        continue;
      }
      // "Elizabeth I", "Charles VI": a regnal number ends a monarch's name.
      if (j < se && kb_.is_first_name(tok(j - 1)) && regnal_number(tok(j))) ++j;
      // "Agriculture Secretary Dan Glickman", "Cofinec CEO Stephen Frater": a
      // title inside the run ends a name and starts a person's.
      uint32_t resume = 0;
      // ... unless the run is an organisation's name: "Kentucky General Assembly".
      bool org_name = kb_.is_org_head(tok(j - 1));
      for (uint32_t k = i + 1; k + 1 < j && !org_name; ++k) {
        std::string w = base::ascii_lower(tok(k));
        if (kb_.title(w) || kb_.is_person_cue(w) || acronym_title(tok(k))) {
          resume = k + 1;  // the name after the title is a run of its own
          j = k;
          break;
        }
      }
      if (resume && j - i == 1 && (kb_.is_common_word(base::ascii_lower(tok(i))) || demonym_like(tok(i)))) {
        i = resume;  // "Assistant Secretary ...", "Bosnian President ..."
        continue;
      }
      // A sentence's first word that is an ordinary word ("Former South Carolina") is not part of the name.
      if (j - i >= 2 && starts_sentence(i, sf) && kb_.is_common_word(base::ascii_lower(tok(i))) &&
          !kb_.is_first_name(tok(i)) && !kb_.is_org_head(tok(j - 1)) && !kb_.is_loc_head(tok(j - 1)) &&
          !kb_.place(text(i, j)) && kb_.country(text(i, j)).empty() && !kb_.is_loc_head(tok(i), true) &&
          !kb_.is_common_word(base::ascii_lower(tok(i + 1))) && !(team_sport_ && kb_.place(tok(j - 1)))) {
        ++i;
      }
      // A demonym alone ("Russian") or a title alone ("Prime Minister") is not a name.
      std::string key = base::ascii_lower(text(i, j));
      if ((j - i == 1 && demonym_like(tok(i)) && !kb_.place(tok(i))) || kb_.title(key)) {
        i = resume ? resume : j;
        continue;
      }
      if (kb_.is_misc_head(tok(j - 1)) || (j - i == 1 && kb_.is_misc_head(tok(i)))) {
        for (uint32_t k = i; k < j; ++k) covered_[k] = 1;  // an event or thing: its words are no other name
        i = resume ? resume : j;
        continue;
      }
      Candidate c{i, j, key};
      if (starts_sentence(i, sf)) {
        bool common = true;
        for (uint32_t k = i; k < j && common; ++k)
          common = kb_.is_common_word(base::ascii_lower(tok(k))) || is_connector(tok(k));
        c.needs_support = common;
      }
      classify(c, sf, se);
      candidates_.push_back(c);
      i = resume ? resume : j;
    }
  }

  void vote(const std::string& key, MentionType type, int strength, size_t tokens) {
    Vote& v = votes_[key];
    if (strength > v.strength) v = {type, strength, tokens};
  }

  void resolve() {
    for (const Candidate& c : candidates_)
      if (c.strength > kNone && !c.needs_support) vote(c.key, c.type, c.strength, c.last - c.first);
    // Names the actor pass found keep their type in the rest of the document.
    for (const Mention& m : doc_.mentions)
      if (m.type != MentionType::kMisc && m.name) vote(base::ascii_lower(doc_.view(m.text)), m.type, kStrong, 1);
    // A person's surname or first name alone is that person.
    std::vector<std::pair<std::string, std::string>> parts;
    for (const auto& [key, v] : votes_) {
      if (v.type != MentionType::kPerson || v.strength < kMedium) continue;
      size_t sp = key.rfind(' ');
      if (sp == std::string::npos) continue;
      parts.push_back({key.substr(sp + 1), key});
      parts.push_back({key.substr(0, key.find(' ')), key});
    }
    for (const auto& [part, full] : parts) {
      auto it = votes_.find(part);
      if (it == votes_.end() || it->second.strength < kStrong) {
        Vote& v = votes_[part];
        if (v.strength < kStrong) v = {MentionType::kPerson, kStrong - 1 + (v.strength < kMedium), 1};
        alias_[part] = full;
      }
    }
    for (Candidate& c : candidates_) {
      auto it = votes_.find(c.key);
      if (c.needs_support) {
        // Only a name the rest of the document uses.
        if (it == votes_.end() || it->second.strength < kMedium) {
          c.strength = kNone;
          continue;
        }
        c.type = it->second.type;
        c.strength = it->second.strength;
        continue;
      }
      if (it != votes_.end() && it->second.strength >= c.strength) {
        c.type = it->second.type;
        c.strength = std::max(c.strength, it->second.strength);
      }
      if (c.strength == kNone && kb_.is_common_word(c.key)) continue;  // "Third", "Scorers"
      if (c.strength == kNone && !team_sport_) continue;  // a single unexplained word: no evidence of its type
      if (c.strength == kNone) {
        // A single unexplained capitalised word in team sport: a club, typed but no actor.
        c.type = MentionType::kOrganization;
        c.strength = kWeak;
        c.unresolved = true;
        vote(c.key, c.type, kWeak, 1);
      }
    }
  }

  // Lines in capitals: the longest run of words whose name the body typed,
  // or a country, place or known body.
  void capitals(const Sentence& s) {
    uint32_t sf = s.first_token, se = s.first_token + s.token_count;
    for (uint32_t i = sf; i < se;) {
      if (covered_[i] || doc_.tokens[i].kind != TokenKind::kWord || !has_alpha(tok(i))) {
        ++i;
        continue;
      }
      uint32_t best = i;
      Candidate found{i, i, ""};
      for (uint32_t n = std::min<uint32_t>(5, se - i); n > 0 && best == i; --n) {
        bool ok = true;
        for (uint32_t k = i; k < i + n; ++k)
          if (covered_[k] || doc_.tokens[k].kind != TokenKind::kWord) ok = false;
        if (!ok) continue;
        std::string raw = text(i, i + n);
        std::string key = base::ascii_lower(raw);
        std::string name = title_case(raw);
        auto it = votes_.find(key);
        bool usable = it != votes_.end() &&
                      (it->second.strength >= kMedium || n > 1 || (raw.size() >= 4 && !kb_.is_common_word(key)));
        std::string first_word = title_case(tok(i));
        if (usable) {
          found = {i, i + n, key, it->second.type, it->second.strength};
          best = i + n;
        } else if (const MentionType* known = kb_.known_name(name) ? kb_.known_name(name) : kb_.known_name(raw)) {
          found = {i, i + n, key, *known, kStrong};  // "REUTERS", "MIDDLE EAST"
          best = i + n;
        } else if (!kb_.country(name).empty() && !kb_.is_demonym(name)) {
          found = {i, i + n, key, MentionType::kLocation, kStrong};
          best = i + n;
        } else if (n >= 2 && n <= 3 && kb_.is_first_name(first_word) &&
                   !kb_.is_common_word(base::ascii_lower(tok(i + n - 1))) &&
                   !kb_.is_common_word(base::ascii_lower(tok(i + 1)))) {
          found = {i, i + n, key, MentionType::kPerson, kMedium};  // "ROBERTO DURAN"
          best = i + n;
        } else if (kb_.metonym(name) || (n == 1 && kb_.metonym(raw))) {
          found = {i, i + n, key, MentionType::kOrganization, kStrong};
          best = i + n;
        } else if (const Knowledge::Place* p = kb_.place(name); p && (p->population >= 100000 || !p->city)) {
          bool dateline = i + n < se && is_number_token(doc_, i + n) && tok(i + n).size() >= 8;  // "LONDON 1996-08-30"
          found = {i, i + n, key, team_sport_ && !dateline ? MentionType::kOrganization : MentionType::kLocation,
                   kMedium};
          best = i + n;
        }
        if (best > i && i + n < se && is_number_token(doc_, i + n) && tok(i + n).size() >= 8 &&
            found.type == MentionType::kOrganization && kb_.place(name))
          found.type = MentionType::kLocation;
      }
      if (best > i) {
        candidates_.push_back(found);
        i = best;
      } else {
        ++i;
      }
    }
  }

  // "Orozco" in a headline, "Jose Luis Orozco" in the first paragraph: one
  // person (the surname is an alias of the full name), named by the fullest
  // form the article gives, wherever it comes.  A person the KB knows keeps
  // the KB's name.
  static void take_fuller_name(Actor& person, const std::string& name) {
    if (!person.id.empty() || person.name.empty()) return;
    const std::string& had = person.name;
    bool longer = std::count(name.begin(), name.end(), ' ') > std::count(had.begin(), had.end(), ' ');
    bool same_end = name.size() > had.size() && name.compare(name.size() - had.size(), had.size(), had) == 0 &&
                    name[name.size() - had.size() - 1] == ' ';
    if (longer && same_end) person.name = name;
  }

  // The country of a city or region of the gazetteer a place candidate
  // names, or "" when the name does not tell it: several countries have a
  // place of that name nearly as large ("Punjab"), or the name is also an
  // ordinary word or a given name ("Reading", "Charlotte") or a small town,
  // unless a word of place comes before it ("in Charlotte").
  std::string place_country(const Candidate& c) const {
    if (std::string_view region = region_after_comma(doc_, kb_, c.last); !region.empty()) return std::string(region);
    const Knowledge::Place* p = kb_.place(text(c.first, c.last));
    if (!p) p = kb_.place(title_case(text(c.first, c.last)));
    if (!p || p->shared || p->country.empty()) return "";
    uint32_t sf = sentence_start(c.first);
    if (place_prev(c.first, sf)) return p->country;
    if (c.last - c.first == 1 && (kb_.is_first_name(tok(c.first)) || kb_.is_common_word(doc_.token_lower(c.first))))
      return "";
    if (p->city && p->population < 20000) return "";
    return p->country;
  }

  void emit() {
    base::StringMap<int32_t> entity_of;
    for (const Candidate& c : candidates_) {
      if (c.strength == kNone) continue;
      std::string name = text(c.first, c.last);
      if (c.absorbed >= 0) {
        Mention& m = doc_.mentions[c.absorbed];
        m.text = {doc_.tokens[c.first].text.begin, doc_.tokens[c.last - 1].text.end};
        m.type = c.type;
        continue;
      }
      std::string within;  // the country a city or region lies in
      if (!c.unresolved && c.type == MentionType::kLocation && kb_.country(title_case(name)).empty())
        within = place_country(c);
      if (c.unresolved || (c.type == MentionType::kLocation && kb_.country(title_case(name)).empty() && within.empty())) {
        doc_.mentions.push_back({{doc_.tokens[c.first].text.begin, doc_.tokens[c.last - 1].text.end}, c.type, -1});
        continue;
      }
      std::string key = c.key;
      if (c.type == MentionType::kPerson) {
        auto a = alias_.find(key);
        if (a != alias_.end()) key = a->second;
      }
      key += "|" + std::to_string(static_cast<int>(c.type));
      auto it = entity_of.find(key);
      int32_t index;
      if (it != entity_of.end()) {
        index = it->second;
        if (c.type == MentionType::kPerson) take_fuller_name(doc_.entities[index].actor, name);
      } else {
        Entity e;
        e.type = c.type;
        if (c.type == MentionType::kLocation && !kb_.country(title_case(name)).empty()) {
          std::string code(kb_.country(title_case(name)));
          e.actor = Actor{"", "", code, "", "", code};
        } else if (!within.empty()) {
          e.actor = Actor{"", "", within, "", "", within};
          e.place = true;
        } else {
          e.actor.name = c.type == MentionType::kLocation ? "" : name;
          // A person the KB knows, found by this pass ("Hosting President
          // Emmanuel Macron"): the KB's person on the article's date.
          if (c.type == MentionType::kPerson) {
            auto tenures = kb_.person(name, doc_.pub_date);
            if (!tenures.empty()) {
              const Tenure* t = tenures.front();
              Knowledge::Standing now = Knowledge::standing(tenures, doc_.pub_date);
              e.actor = Actor{Actor::kb_id(t->name), t->name, t->country, now.sector, now.role, t->country + now.sector};
            }
          }
        }
        doc_.entities.push_back(std::move(e));
        index = static_cast<int32_t>(doc_.entities.size() - 1);
        entity_of[key] = index;
      }
      Mention m;
      m.text = {doc_.tokens[c.first].text.begin, doc_.tokens[c.last - 1].text.end};
      // "de Silva", "van Gaal": a particle written before a surname is part of it.
      if (c.type == MentionType::kPerson && c.first > 0 && lead_particle(tok(c.first - 1)) &&
          (c.first < 2 || !capitalised(tok(c.first - 2))))
        m.text.begin = doc_.tokens[c.first - 1].text.begin;
      m.type = c.type;
      m.entity = index;
      doc_.entities[index].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
      doc_.mentions.push_back(m);
    }
  }

  Document& doc_;
  const Knowledge& kb_;
  std::vector<uint8_t> covered_;
  std::vector<int32_t> mention_at_;  // the actor pass's place mention starting at a token, or -1
  std::unordered_set<std::string_view> lower_words_;  // views into the document's text
  LazyFullNames& names_;  // the document's full names, shared with the actor pass
  base::StringMap<Vote> votes_;
  base::StringMap<std::string> alias_;
  std::vector<Candidate> candidates_;
  std::vector<size_t> caps_sentences_;
  bool team_sport_ = false, individual_sport_ = false;
};

}  // namespace

// Is `full` a person the bare surname of entity `bare` can be taken for:
// one the KB knows, or one named in full before the surname comes?  (A
// surname first, then someone else of that name in full, is often another
// person: "Gigante" the mob boss, then his brother "Louis Gigante".)
bool can_stand_for(const Document& doc, const Entity& full, const Entity& bare) {
  if (full.actor.from_kb()) return true;
  auto first_at = [&](const Entity& e) {
    uint32_t at = UINT32_MAX;
    for (uint32_t m : e.mentions) at = std::min(at, doc.mentions[m].text.begin);
    return at;
  };
  return first_at(full) < first_at(bare);
}

// "Comey" in a headline, "James Comey" in the second paragraph: a person
// known only by a bare surname is the one person of the document whose
// fuller name has that surname (see can_stand_for).
void link_bare_surnames(Document& doc, const Knowledge& kb) {
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    Entity& bare = doc.entities[e];
    if (bare.type != MentionType::kPerson || !bare.actor.id.empty() || bare.actor.name.empty() ||
        bare.actor.name.find(' ') != std::string::npos || bare.mentions.empty())
      continue;
    int32_t full = -1;
    for (size_t f = 0; f < doc.entities.size(); ++f) {
      const Entity& other = doc.entities[f];
      if (f == e || other.type != MentionType::kPerson || other.actor.name.find(' ') == std::string::npos) continue;
      auto surnames = Knowledge::surnames(other.actor.name, kb.family_name_first(other.actor.country));
      if (std::find(surnames.begin(), surnames.end(), bare.actor.name) == surnames.end()) continue;
      if (full >= 0 && doc.entities[full].actor.name != other.actor.name) {  // two people of that surname
        full = -2;
        break;
      }
      if (full == -1) full = static_cast<int32_t>(f);
    }
    if (full < 0 || !can_stand_for(doc, doc.entities[full], bare)) continue;
    for (uint32_t m : bare.mentions) {
      doc.mentions[m].entity = full;
      doc.entities[full].mentions.push_back(m);
    }
    std::sort(doc.entities[full].mentions.begin(), doc.entities[full].mentions.end());
    bare.mentions.clear();
    bare.actor = doc.entities[full].actor;
  }
}

// The first token that starts at or after byte `offset`.
uint32_t token_from(const Document& doc, uint32_t offset) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.text.begin < o; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

// The country of a state name: a gazetteer place no other country shares, or a country.
std::string state_country(const Knowledge& kb, const std::string& name) {
  if (const Knowledge::Place* place = kb.place(name); place && !place->shared) return place->country;
  return std::string(kb.country(name));
}

// "R-Texas", "D-Calif", "R-New York": a party letter of party_tags.tsv, a
// hyphen and a state of the tag's country (or a postal abbreviation of
// names.tsv) at token `t`; the tag, or nullptr.
const Knowledge::PartyTag* party_tag_at(const Document& doc, const Knowledge& kb, uint32_t t) {
  std::string_view w = doc.token_text(t);
  size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 2 > w.size()) return nullptr;
  const Knowledge::PartyTag* tag = kb.party_tag(w.substr(0, dash));
  std::string state(w.substr(dash + 1));
  if (!tag || !std::isupper(static_cast<unsigned char>(state[0]))) return nullptr;
  const MentionType* known = kb.known_name(state);
  if (!known) known = kb.known_name(state + ".");
  if (known && *known == MentionType::kLocation) return tag;
  if (state_country(kb, state) == tag->country) return tag;
  if (t + 1 < doc.tokens.size() && state_country(kb, state + " " + std::string(doc.token_text(t + 1))) == tag->country)
    return tag;  // "D-New York"
  return nullptr;
}

// "Sen. Mazie Hirono of Hawaii": the country of the place named after "of"
// (one to three capitalised words), or "".
std::string country_after_of(const Document& doc, const Knowledge& kb, uint32_t t) {
  if (t + 1 >= doc.tokens.size() || doc.token_text(t) != "of") return "";
  std::string name;
  std::string found;
  for (uint32_t k = t + 1; k < doc.tokens.size() && k <= t + 3; ++k) {
    std::string_view w = doc.token_text(k);
    if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) break;
    name += (name.empty() ? "" : " ") + std::string(w);
    if (std::string c = state_country(kb, name); !c.empty()) found = c;
  }
  return found;
}

// "Ted Cruz (R-Texas)", "Chuck Grassley, R-Iowa,", "Sen. Mazie Hirono of
// Hawaii": a person of no known country whose name a party tag follows is a
// member of the tag's legislature; a legislator's title with a place after
// "of" is of that place's country.  All mentions of the person share it.
// So is a person the KB knows only from a later office ("Adam Schiff
// (D-Calif.)" in 2019, a senator from 2024): the KB gives the country, the
// tag what they are on the date.
void place_legislators(Document& doc, const Knowledge& kb) {
  for (const Mention& m : doc.mentions) {
    if (m.type != MentionType::kPerson || m.entity < 0 || !m.name) continue;
    Actor& a = doc.entities[m.entity].actor;
    if (a.name.empty() || (!a.country.empty() && !a.sector.empty())) continue;
    uint32_t t = token_from(doc, m.text.end);
    if (t < doc.tokens.size() && (doc.token_text(t) == "(" || doc.token_text(t) == ",")) ++t;
    if (t >= doc.tokens.size()) continue;
    if (!a.country.empty()) {  // known to the KB, in no office on the date
      const Knowledge::PartyTag* tag = party_tag_at(doc, kb, t);
      if (!tag || tag->country != a.country) continue;
      a.sector = "LEG";
      if (a.role.empty()) a.role = tag->role;
      a.code = a.country + a.sector;
      continue;
    }
    if (const Knowledge::PartyTag* tag = party_tag_at(doc, kb, t)) {
      a.country = tag->country;
      if (a.sector.empty()) a.sector = "LEG";
      if (a.role.empty()) a.role = tag->role;
    } else if (a.sector == "LEG") {
      a.country = country_after_of(doc, kb, t);
    }
    if (!a.country.empty()) a.code = a.country + a.sector;
  }
}

// ---- Pairs of names joined by a hyphen -------------------------------------
//
// "the Trump-Kim summit", "Israeli-Palestinian talks", "US-Russia relations":
// the tokenizer keeps a hyphenated word whole, so neither name in it is read.
// Each side is read on its own, as the whole sentence pass would read it
// standing alone; the pair counts only when both sides are actors, so
// compounds that are one name ("Rolls-Royce", "Guinea-Bissau", "Jean-Claude")
// stay as they are.  (An en dash is a token of its own: "Putin–Erdogan" is
// read by the sentence pass.)

// "Trump-Kim": a word of two capitalised parts around one hyphen; the byte
// offset of the hyphen within the token, or 0.
size_t pair_hyphen(std::string_view t) {
  size_t dash = t.find('-');
  if (dash < 2 || dash == std::string_view::npos || dash + 3 > t.size()) return 0;
  if (t.find('-', dash + 1) != std::string_view::npos) return 0;
  if (!capitalised(t) || !capitalised(t.substr(dash + 1)) || arabic_article_name(t)) return 0;
  static const auto combining_forms = read_words("actors/combining_forms.txt");
  if (combining_forms.count(t.substr(0, dash))) return 0;
  return dash;
}

bool token_has_mention(const Document& doc, const Token& tok, size_t first_mention) {
  for (size_t m = first_mention; m < doc.mentions.size(); ++m)
    if (doc.mentions[m].text.begin < tok.text.end && tok.text.begin < doc.mentions[m].text.end) return true;
  return false;
}

// Reads the two sides of the pair token `t` as a sentence "Left - Right"
// of their own (with the document's entities, so "Kim" after "Kim Jong Un"
// is he); adds their mentions to the document when each side is exactly one
// actor mention.
void read_name_pair(Document& doc, const Knowledge& kb, uint32_t t, size_t dash, LazyFullNames* names,
                    LazyPlaceCountries* places, const std::string* cased) {
  const Token& whole = doc.tokens[t];
  Document probe;
  probe.text = doc.text;
  probe.source = doc.source;
  probe.pub_date = doc.pub_date;
  probe.entities = doc.entities;
  probe.mentions = doc.mentions;
  uint32_t cut = whole.text.begin + static_cast<uint32_t>(dash);
  probe.tokens = {{{whole.text.begin, cut}, TokenKind::kWord, whole.space_before},
                  {{cut, cut + 1}, TokenKind::kPunct, false},
                  {{cut + 1, whole.text.end}, TokenKind::kWord, false}};
  Sentence s;
  s.text = whole.text;
  s.token_count = 3;
  SentenceRecognizer(probe, kb, s, doc.pub_date, names, places, cased).run();
  size_t before = doc.mentions.size();
  if (probe.mentions.size() != before + 2) return;
  for (size_t m = before; m < probe.mentions.size(); ++m) {
    const Mention& pm = probe.mentions[m];
    const Token& side = probe.tokens[m == before ? 0 : 2];
    if (pm.text.begin != side.text.begin || pm.text.end != side.text.end || pm.entity < 0) return;
  }
  // Entities the probe made are new to the document; the others it shares.
  size_t known_entities = doc.entities.size();
  std::vector<int32_t> new_index(probe.entities.size(), -1);
  for (size_t m = before; m < probe.mentions.size(); ++m) {
    Mention mention = probe.mentions[m];
    auto e = static_cast<size_t>(mention.entity);
    if (e >= known_entities) {
      if (new_index[e] < 0) {
        Entity fresh = probe.entities[e];
        fresh.mentions.clear();
        doc.entities.push_back(std::move(fresh));
        new_index[e] = static_cast<int32_t>(doc.entities.size() - 1);
      }
      mention.entity = new_index[e];
    }
    doc.entities[static_cast<size_t>(mention.entity)].mentions.push_back(static_cast<uint32_t>(doc.mentions.size()));
    doc.mentions.push_back(mention);
  }
}

// The pair tokens of sentence `s` that no mention covers.
void read_name_pairs(Document& doc, const Knowledge& kb, const Sentence& s, size_t first_mention,
                     LazyFullNames* names, LazyPlaceCountries* places, const std::string* cased) {
  for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord) continue;
    size_t dash = pair_hyphen(std::string_view(cased->empty() ? doc.text : *cased).substr(tok.text.begin, tok.text.size()));
    if (dash && !token_has_mention(doc, tok, first_mention)) read_name_pair(doc, kb, t, dash, names, places, cased);
  }
}

void recognize_actors(Document& doc, const Knowledge& kb) {
  doc.mentions.clear();
  doc.entities.clear();
  LazyFullNames names(doc);
  LazyPlaceCountries places(doc, kb);
  std::string cased = name_cased_text(doc, kb);
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    size_t first_mention = doc.mentions.size();
    SentenceRecognizer(doc, kb, s, doc.pub_date, &names, &places, &cased).run();
    read_name_pairs(doc, kb, s, first_mention, &names, &places, &cased);
  }
  NamePass(doc, kb, names).run();
  place_legislators(doc, kb);
  link_bare_surnames(doc, kb);
  resolve_introductions(doc);
}

}  // namespace parley::actors
