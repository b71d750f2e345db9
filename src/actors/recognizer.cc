#include "actors/recognizer.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "base/text.h"

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

// "Sergey Lavrov" -> "sergey-lavrov": the name part of actor ids.
std::string slug(std::string_view name) {
  std::string out;
  for (char c : lower(name)) out += c == ' ' ? '-' : c;
  return out;
}

bool is_possessive(std::string_view t) { return t == "'s" || t == "\xE2\x80\x99s"; }

// Capitalised function words that start sentences but never names.
bool is_stop_word(std::string_view t) {
  static const char* words[] = {
      "The",     "A",         "An",        "In",           "On",          "At",       "But",
      "And",     "Or",        "He",        "She",          "It",          "They",     "We",
      "I",       "This",      "That",      "These",        "Those",       "His",      "Her",
      "Their",   "Its",       "Our",       "After",        "Before",      "When",     "While",
      "As",      "If",        "According", "Although",     "During",      "Both",     "Earlier",
      "Later",   "Meanwhile", "However",   "Additionally", "Furthermore", "Speaking", "Since",
      "Despite", "Over",      "Last",      "Prior",        "Of",          "For",      "With",
      "By",      "Monday",    "Tuesday",   "Wednesday",    "Thursday",    "Friday",   "Saturday",
      "Sunday",  "January",   "February",  "March",        "April",       "May",      "June",
      "July",    "August",    "September", "October",      "November",    "December", "Mr.",
      "Mrs.",    "Ms.",       "Dr."};
  return std::any_of(std::begin(words), std::end(words), [&](const char* w) { return t == w; });
}

bool is_month(std::string_view t) {
  static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
  return std::any_of(std::begin(months), std::end(months), [&](const char* m) { return t == m; });
}

struct Span2 {
  uint32_t first, last;  // tokens [first, last)
};

class SentenceRecognizer {
 public:
  SentenceRecognizer(Document& doc, const Knowledge& kb, const Sentence& s, const Date& date)
      : doc_(doc), kb_(kb), first_(s.first_token), end_(s.first_token + s.token_count), date_(date) {}

  void run() {
    uint32_t i = first_;
    while (i < end_) {
      uint32_t next = recognise_at(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  std::string_view tok(uint32_t i) const { return doc_.token_text(i); }

  std::string join(uint32_t a, uint32_t b) const {
    return std::string(
        doc_.text.substr(doc_.tokens[a].text.begin, doc_.tokens[b - 1].text.end - doc_.tokens[a].text.begin));
  }

  // Longest title phrase starting at token i; returns its end or i.
  uint32_t match_title(uint32_t i, const Title** title) const {
    for (uint32_t n = std::min<uint32_t>(static_cast<uint32_t>(kb_.longest_title_words()), end_ - i); n > 0; --n) {
      std::string phrase;
      for (uint32_t k = i; k < i + n; ++k) {
        if (k > i) phrase += ' ';
        phrase += lower(tok(k));
      }
      if (const Title* t = kb_.title(phrase)) {
        *title = t;
        return i + n;
      }
    }
    return i;
  }

  // Longest known multi-token name (metonym or country) at i.
  uint32_t match_known(uint32_t i, std::string& country, const Metonym** metonym) const {
    for (uint32_t n = std::min<uint32_t>(6, end_ - i); n > 0; --n) {
      if (!capitalised(tok(i)) && !(n > 1 && tok(i) == "the")) continue;
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
      if (doc_.tokens[j].kind != TokenKind::kWord || !capitalised(t)) break;
      // A month after a given name is a surname ("Theresa May") unless a day follows ("June 5").
      bool surname_month = j > i && is_month(t) && !(j + 1 < end_ && doc_.tokens[j + 1].kind == TokenKind::kNumber);
      if (is_stop_word(t) && !surname_month) break;
      std::string dummy;
      const Metonym* m = nullptr;
      if (j > i && match_known(j, dummy, &m) > j) break;
      ++j;
    }
    return j;
  }

  int32_t add_entity(const Actor& actor, MentionType type, Span2 span) {
    // One entity per actor per document.
    int32_t index = -1;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Actor& a = doc_.entities[e].actor;
      if (a.name == actor.name && a.country == actor.country && doc_.entities[e].type == type) {
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

  // "Russia", "Moscow" (places, LOC) or "Russian" (an adjective, MISC): the state.
  void add_country_mention(const std::string& country, Span2 span) {
    std::string text = join(span.first, span.last);
    MentionType type = kb_.is_demonym(text) ? MentionType::kMisc : MentionType::kLocation;
    add_entity(Actor{"", "", country, "", "", country}, type, span);
  }

  // An earlier person of this document whose name ends with `surname`.
  int32_t earlier_person(std::string_view surname) const {
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Actor& a = doc_.entities[e].actor;
      if (doc_.entities[e].type != MentionType::kPerson || a.name.size() <= surname.size()) continue;
      if (a.name.compare(a.name.size() - surname.size(), surname.size(), surname) == 0 &&
          a.name[a.name.size() - surname.size() - 1] == ' ')
        return static_cast<int32_t>(e);
      // "Kim Jong-un" ... "Kim": family name first.
      if (kb_.family_name_first(a.country) && a.name.compare(0, surname.size(), surname) == 0 &&
          a.name[surname.size()] == ' ')
        return static_cast<int32_t>(e);
    }
    return -1;
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
      a.id = "kb:" + slug(t->name);
      if (a.country.empty()) a.country = t->country;
      if (a.role.empty()) a.role = t->title;
      if (a.sector.empty()) a.sector = t->sector;
    } else if (title && !a.country.empty()) {
      a.id = "learned:" + slug(name) + ":" + a.country;
    }
    if (!a.country.empty()) a.code = a.country + a.sector;
    return a;
  }

  // The one holder of the office a title names, in `country`, on the date.
  const Tenure* office_holder(const std::string& country, const Title* title) const {
    std::string_view key = kb_.office_key(title->role);
    if (key.empty() || country.empty() || !date_.known()) return nullptr;
    auto holders = kb_.office(country, key, date_);
    return holders.size() == 1 ? holders.front() : nullptr;
  }

  // Recognises the actor mention starting at token i; returns where it ends.
  uint32_t recognise_at(uint32_t i) {
    uint32_t start = i;
    std::string country;
    const Title* title = nullptr;
    // 1. A country, demonym or metonym ("Russian", "Russia's", "the Kremlin", "U.S.").
    const Metonym* metonym = nullptr;
    uint32_t j = match_known(i, country, &metonym);
    if (metonym) {
      Actor a{"", metonym->name, metonym->country, metonym->sector, "", metonym->country + metonym->sector};
      add_entity(a, MentionType::kOrganization, {i, j});
      return j;
    }
    uint32_t after_country = j;
    if (j > i && j < end_ && is_possessive(tok(j))) ++j;  // "Russia's"
    // 2. A title ("Foreign Minister", "Secretary of State", "ambassador").
    uint32_t k = match_title(j, &title);
    if (k == j && j == i) {
      // No country and no title: a known name, or the surname of an earlier one.
      uint32_t n = name_run(i);
      if (n == i) return i + 1;
      std::string name = join(i, n);
      if (n - i == 1) {
        int32_t e = earlier_person(name);
        if (e >= 0) {
          doc_.entities[e].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
          doc_.mentions.push_back({{doc_.tokens[i].text.begin, doc_.tokens[n - 1].text.end}, MentionType::kPerson, e});
          return n;
        }
        auto tenures = kb_.by_surname(name, date_);
        if (tenures.size() >= 1 &&
            std::all_of(tenures.begin(), tenures.end(), [&](const Tenure* t) { return t->name == tenures[0]->name; })) {
          add_entity(person_actor(tenures[0]->name, tenures[0]->country, nullptr), MentionType::kPerson, {i, n});
          return n;
        }
        return n;
      }
      if (!kb_.person(name, date_).empty()) {
        add_entity(person_actor(name, "", nullptr), MentionType::kPerson, {i, n});
      } else if (!kb_.is_org_head(tok(n - 1)) && !(i == first_ && n - i < 3)) {
        // A name-shaped run that no knowledge explains: a person whose
        // country is not known (yet).
        add_entity(person_actor(name, "", nullptr), MentionType::kPerson, {i, n});
      }
      return n;
    }
    if (k == j) {
      // A country alone: the state as an actor (or a place).
      add_country_mention(country, {i, after_country});
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
        country = body ? body->country : of_country;
        m = k = q;
      }
    }
    if (m + 1 < end_ && tok(m) == "to") {
      uint32_t p = m + 1;
      if (p < end_ && tok(p) == "the") ++p;
      std::string posted;
      const Metonym* unused = nullptr;
      uint32_t q = match_known(p, posted, &unused);
      if (q > p) m = q;
    }
    // 4. The name after the title, directly or after a comma (apposition).
    uint32_t name_start = m;
    if (name_start < end_ && tok(name_start) == ",") ++name_start;
    uint32_t name_end = name_run(name_start);
    if (name_end > name_start) {
      std::string name = join(name_start, name_end);
      if (name_end - name_start == 1) {  // "Deputy Secretary of State Shannon": an earlier full name
        int32_t e = earlier_person(name);
        if (e >= 0) {
          doc_.entities[e].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
          doc_.mentions.push_back(
              {{doc_.tokens[start].text.begin, doc_.tokens[name_end - 1].text.end}, MentionType::kPerson, e});
          return name_end;
        }
      }
      if (country.empty() && !title->country.empty()) country = title->country;
      Actor a = person_actor(name, country, title);
      // The mention is the name; the demonym before the title is a mention of its own.
      if (after_country > start) add_country_mention(country, {start, after_country});
      add_entity(a, MentionType::kPerson, {name_start, name_end});
      return name_end;
    }
    // 5. A title without a name ("the Russian ambassador"): the person of this
    // document with that role and country, if there is exactly one.
    if (country.empty() && title && !title->country.empty()) country = title->country;
    if (!country.empty() && title) {
      int32_t found = -1, count = 0;
      for (size_t e = 0; e < doc_.entities.size(); ++e) {
        const Actor& a = doc_.entities[e].actor;
        if (doc_.entities[e].type == MentionType::kPerson && a.country == country && a.role == title->role) {
          found = static_cast<int32_t>(e);
          ++count;
        }
      }
      Mention mention{{doc_.tokens[start].text.begin, doc_.tokens[k - 1].text.end}, MentionType::kPerson, -1};
      if (count == 1) {
        mention.entity = found;
        doc_.entities[found].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
        doc_.mentions.push_back(mention);
      } else if (const Tenure* holder = office_holder(country, title)) {
        // Nobody of this document holds it: the KB's holder on the date.
        add_entity(person_actor(holder->name, country, title), MentionType::kPerson, {start, k});
      } else {
        // The office itself, at country level.
        add_entity(Actor{"", "", country, title->sector, title->role, country + title->sector}, MentionType::kPerson,
                   {start, k});
      }
      return k;
    }
    return k;
  }

  Document& doc_;
  const Knowledge& kb_;
  uint32_t first_, end_;
  Date date_;
};

}  // namespace

void recognize_actors(Document& doc, const Knowledge& kb) {
  doc.mentions.clear();
  doc.entities.clear();
  for (const Sentence& s : doc.sentences) {
    if (!is_event_source(doc.blocks[s.block].kind)) continue;
    SentenceRecognizer(doc, kb, s, doc.pub_date).run();
  }
}

}  // namespace parley::actors
