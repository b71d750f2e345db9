#include "stories/stories.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_set>

#include "base/calendar.h"
#include "base/string_map.h"
#include "base/text.h"
#include "parley/data.h"

namespace parley::stories {
namespace {

const base::StringSet& stopwords() {
  static const base::StringSet words = [] {
    base::StringSet out;
    for (std::string_view w : data::lines("stories/stopwords.txt")) out.emplace(w);
    return out;
  }();
  return words;
}

bool ends_with(const std::string& w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "shipp" (from "shipping") -> "ship"; "kill", "pass", "buzz" keep theirs.
void undouble(std::string& w) {
  size_t n = w.size();
  if (n >= 4 && w[n - 1] == w[n - 2] && !vowel(w[n - 1]) && w[n - 1] != 'l' && w[n - 1] != 's' && w[n - 1] != 'z')
    w.pop_back();
}

// A light suffix stripping: the forms of one word meet ("earthquakes",
// "earthquake"; "killed", "kills", "killing"; "rescued", "rescue").  It need
// not give real stems, only the same one for the forms of a word.
std::string stem(std::string w) {
  if (ends_with(w, "'s")) w.resize(w.size() - 2);
  if (ends_with(w, "ies") && w.size() > 4) {
    w.replace(w.size() - 3, 3, "y");
  } else if (ends_with(w, "sses")) {
    w.resize(w.size() - 2);
  } else if (ends_with(w, "s") && w.size() > 3 && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is")) {
    w.pop_back();
  }
  if (ends_with(w, "ing") && w.size() >= 6) {
    w.resize(w.size() - 3);
    undouble(w);
  } else if (ends_with(w, "ed") && w.size() >= 5) {
    w.resize(w.size() - 2);
    undouble(w);
  }
  if (ends_with(w, "e") && w.size() > 4) w.pop_back();
  return w;
}

bool has_letter(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
}

// "6.1", "27", "1,200" identify a happening; a year ("2017") dates it and a
// clock time or date ("10:30", "2017-05-10") is no count.
bool happening_number(std::string_view n) {
  if (n.find_first_of(":/-") != std::string_view::npos) return false;
  bool year = n.size() == 4 && (n.substr(0, 2) == "19" || n.substr(0, 2) == "20");
  return !year && !n.empty() && std::isdigit(static_cast<unsigned char>(n[0]));
}

// The term an entity contributes, or "" for none (a bare sector such as
// "the court").  A person is known by KB id, else by surname, so that the
// titles a name is written with do not matter (an id learned from a title,
// "learned:sarah-palin:USA", is no KB id: another report names her without
// the title); a place below the country by its own name.
std::string entity_term(const Document& doc, const Entity& e) {
  const Actor& a = e.actor;
  if (!a.id.empty() && !a.learned()) return "n:" + a.id;
  if (e.place && !e.mentions.empty()) return "n:" + base::ascii_lower(doc.view(doc.mentions[e.mentions.front()].text));
  if (!a.name.empty()) {
    std::string name = base::ascii_lower(a.name);
    if (e.type == MentionType::kPerson) {
      size_t space = name.rfind(' ');
      if (space != std::string::npos) name = name.substr(space + 1);
      return "p:" + name;
    }
    return "n:" + name;
  }
  if (!a.country.empty()) return "c:" + a.country;
  return "";
}

// Counts of terms in one document by where they occur.
class Counter {
 public:
  enum Where { kTitle, kLead, kBody };
  void add(const std::string& term, double kind_weight, Where where) {
    if (term.empty()) return;
    TermCount& e = counts_[term];
    e.kind_weight = kind_weight;
    (where == kTitle ? e.title : where == kLead ? e.lead : e.body) += 1;
  }
  Counts take() { return std::move(counts_); }

 private:
  Counts counts_;
};

// Which bytes of the text belong to a title block or to a mention.
struct Regions {
  std::vector<Span> titles, mentions;  // sorted by begin
  uint32_t lead_end = 0;               // the end of the lead (the first kLeadSentences of the body)
  static bool inside(const std::vector<Span>& spans, Span s) {
    auto it = std::upper_bound(spans.begin(), spans.end(), s.begin,
                               [](uint32_t b, const Span& x) { return b < x.begin; });
    return it != spans.begin() && std::prev(it)->end >= s.end;
  }
};

Regions regions_of(const Document& doc) {
  Regions r;
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::kTitle) r.titles.push_back(b.text);
  for (const Mention& m : doc.mentions) r.mentions.push_back(m.text);
  size_t body = 0;
  for (const Sentence& s : doc.sentences)
    if (doc.blocks[s.block].kind != BlockKind::kTitle && is_event_source(doc.blocks[s.block].kind) &&
        body++ < kLeadSentences)
      r.lead_end = s.text.end;
  auto by_begin = [](const Span& a, const Span& b) { return a.begin < b.begin || (a.begin == b.begin && a.end > b.end); };
  std::sort(r.titles.begin(), r.titles.end(), by_begin);
  std::sort(r.mentions.begin(), r.mentions.end(), by_begin);
  // Keep the outermost spans, so that inside() needs only the one before.
  auto outer = [](std::vector<Span>& spans) {
    std::vector<Span> out;
    for (const Span& s : spans)
      if (out.empty() || s.begin >= out.back().end) out.push_back(s);
      else out.back().end = std::max(out.back().end, s.end);
    spans = std::move(out);
  };
  outer(r.titles);
  outer(r.mentions);
  return r;
}

void count_entities(const Document& doc, const Regions& r, Counter& c) {
  for (const Entity& e : doc.entities) {
    std::string term = entity_term(doc, e);
    if (term.empty()) continue;
    // A name the title or the lead gives is one the happening is about; one
    // met only further down is mostly a witness, an expert or a voice of
    // the outlet's own choosing, and weighs as a word.
    bool in_lead = std::any_of(e.mentions.begin(), e.mentions.end(), [&](uint32_t m) {
      Span at = doc.mentions[m].text;
      return Regions::inside(r.titles, at) || at.end <= r.lead_end;
    });
    double weight = term[0] == 'c' ? kCountryWeight : in_lead ? kNameWeight : 1.0;
    for (uint32_t m : e.mentions) {
      Span at = doc.mentions[m].text;
      c.add(term, weight, Regions::inside(r.titles, at) ? Counter::kTitle : at.end <= r.lead_end ? Counter::kLead : Counter::kBody);
    }
  }
}

void count_words(const Document& doc, const Regions& r, Counter& c) {
  const auto& stop = stopwords();
  size_t body_sentences = 0;
  for (const Block& b : doc.blocks) {
    if (!is_event_source(b.kind)) continue;
    bool title = b.kind == BlockKind::kTitle;
    for (uint32_t s = b.first_sentence; s < b.first_sentence + b.sentence_count; ++s) {
      Counter::Where where = title ? Counter::kTitle : body_sentences++ < kLeadSentences ? Counter::kLead : Counter::kBody;
      const Sentence& sent = doc.sentences[s];
      for (uint32_t t = sent.first_token; t < sent.first_token + sent.token_count; ++t) {
        const Token& tok = doc.tokens[t];
        std::string_view raw = doc.view(tok.text);
        if (tok.kind == TokenKind::kNumber) {
          std::string n;
          for (char ch : raw)
            if (ch != ',') n += ch;
          if (happening_number(n)) c.add("#" + n, kNumberWeight, where);
          continue;
        }
        if (tok.kind != TokenKind::kWord || raw.size() < 3 || !has_letter(raw)) continue;
        if (Regions::inside(r.mentions, tok.text)) continue;  // counted as its entity
        if (raw.front() == '\'' || raw == "n't") continue;   // a clitic: 're, 've, n't
        std::string w = base::ascii_lower(raw);
        while (!w.empty() && w.back() == '.') w.pop_back();  // "Mr." is "mr"
        if (stop.count(w)) continue;
        c.add(stem(std::move(w)), 1.0, where);
      }
    }
  }
}

// A word of a metadata title: a run of letters and digits, with the
// apostrophes, dots and commas inside it ("Trump's", "U.S.", "1,200").
struct TitleWord {
  size_t begin, end;
};

bool word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

std::vector<TitleWord> title_words(std::string_view title) {
  std::vector<TitleWord> out;
  size_t i = 0;
  while (i < title.size()) {
    if (!word_byte(title[i])) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < title.size() && (word_byte(title[end]) || ((title[end] == '\'' || title[end] == '.' || title[end] == ',') &&
                                                          end + 1 < title.size() && word_byte(title[end + 1]))))
      ++end;
    if (end < title.size() && title[end] == '.' && end - i == 1) ++end;  // "U.S." keeps its last dot
    out.push_back({i, end});
    i = end;
  }
  return out;
}

bool at_word_bounds(std::string_view text, size_t begin, size_t end) {
  return (begin == 0 || !word_byte(text[begin - 1])) && (end >= text.size() || !word_byte(text[end]));
}

// The names an entity is written with in the text, as a title may give
// them: its name mentions ("Michael Flynn", "Flynn"), and a person's
// surname.  Pronouns, descriptions and lower-case mentions are left out.
std::vector<std::string> written_names(const Document& doc, const Entity& e) {
  std::vector<std::string> out;
  for (uint32_t m : e.mentions) {
    const Mention& mention = doc.mentions[m];
    std::string_view text = doc.view(mention.text);
    if (mention.name && mention.antecedent < 0 && text.size() >= 2 && std::isupper(static_cast<unsigned char>(text[0])))
      out.emplace_back(text);
  }
  if (e.type == MentionType::kPerson && !e.actor.name.empty()) {
    size_t space = e.actor.name.rfind(' ');
    if (space != std::string::npos && e.actor.name.size() - space > 3) out.push_back(e.actor.name.substr(space + 1));
  }
  return out;
}

// A title given as metadata (the `title` field of JSON Lines, an HTML
// <title>) is no block of the text, yet it is the strongest evidence of
// what the article reports: it counts as a title line would.  Its names
// are the entities of the text written in it (the title is not run through
// the pipeline); each counts once, with the weight of a name the title
// gives.  Its other words count as words.
void count_metadata_title(const Document& doc, const Regions& r, Counter& c) {
  if (doc.title.empty() || !r.titles.empty()) return;  // no title, or the text has it as a line
  std::string title = doc.title;
  for (size_t at = title.find("\xE2\x80\x99"); at != std::string::npos; at = title.find("\xE2\x80\x99", at))
    title.replace(at, 3, "'");  // a typographic apostrophe: "Trump’s" is "Trump's"
  std::vector<bool> in_name(title.size(), false);
  for (const Entity& e : doc.entities) {
    std::string term = entity_term(doc, e);
    if (term.empty()) continue;
    bool found = false;
    for (const std::string& name : written_names(doc, e)) {
      for (size_t at = title.find(name); at != std::string_view::npos; at = title.find(name, at + 1)) {
        if (!at_word_bounds(title, at, at + name.size())) continue;
        std::fill(in_name.begin() + at, in_name.begin() + at + name.size(), true);
        found = true;
      }
    }
    if (found) c.add(term, term[0] == 'c' ? kCountryWeight : kNameWeight, Counter::kTitle);
  }
  const auto& stop = stopwords();
  for (const TitleWord& w : title_words(title)) {
    if (in_name[w.begin]) continue;  // counted as its entity
    std::string word = title.substr(w.begin, w.end - w.begin);
    std::string number;
    for (char ch : word)
      if (ch != ',') number += ch;
    if (std::all_of(number.begin(), number.end(), [](unsigned char ch) { return std::isdigit(ch) || ch == '.'; })) {
      if (happening_number(number)) c.add("#" + number, kNumberWeight, Counter::kTitle);
      continue;
    }
    if (word.size() < 3 || !has_letter(word)) continue;
    std::string lower = base::ascii_lower(word);
    while (!lower.empty() && lower.back() == '.') lower.pop_back();
    if (ends_with(lower, "'s")) lower.resize(lower.size() - 2);
    if (lower.size() < 3 || stop.count(lower)) continue;
    c.add(stem(std::move(lower)), 1.0, Counter::kTitle);
  }
}

// The kMaxTerms heaviest terms (ties by term, so that the choice does not
// depend on anything but the document).
Terms heaviest(Terms all) {
  if (all.size() <= kMaxTerms) return all;
  std::vector<std::pair<double, std::string>> by_weight;
  for (auto& [term, w] : all) by_weight.emplace_back(-w, term);
  std::nth_element(by_weight.begin(), by_weight.begin() + kMaxTerms, by_weight.end());
  Terms out;
  for (size_t i = 0; i < kMaxTerms; ++i) out.emplace(std::move(by_weight[i].second), -by_weight[i].first);
  return out;
}

}  // namespace

Counts term_counts(const Document& doc) {
  Regions r = regions_of(doc);
  Counter c;
  count_entities(doc, r, c);
  count_words(doc, r, c);
  count_metadata_title(doc, r, c);
  return c.take();
}

Terms weigh(const Counts& counts) {
  Terms out;
  for (const auto& [term, e] : counts) {
    double count = e.title * kTitleBoost + e.lead * kLeadBoost + e.body;
    out[term] = e.kind_weight * (1.0 + std::log(std::max(1.0, count)));
  }
  return heaviest(std::move(out));
}

Fingerprint fingerprint(const Document& doc) { return Fingerprint{weigh(term_counts(doc)), doc.pub_date}; }

double idf(double df, double documents) {
  constexpr double kPseudoDocuments = 20, kPriorRate = 0.05;
  return std::max(0.0, std::log((documents + kPseudoDocuments) / (df + kPseudoDocuments * kPriorRate)));
}

namespace {
double idf_of(const std::string& term, const Frequencies& f) {
  auto it = f.df.find(term);
  return idf(it == f.df.end() ? 0.0 : it->second, f.documents);
}
}  // namespace

double similarity(const Terms& a, const Terms& b, const Frequencies& f) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& [term, w] : a) {
    double x = w * idf_of(term, f);
    na += x * x;
    auto it = b.find(term);
    if (it != b.end()) dot += x * it->second * idf_of(term, f);
  }
  for (const auto& [term, w] : b) {
    double y = w * idf_of(term, f);
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

bool compatible_in_time(const Date& date, const Date& first, const Date& last) {
  if (!date.month || !first.day || !last.day) return true;
  int begin = base::days_from_civil(date.year, date.month, date.day ? date.day : 1);
  int end = date.day ? begin : base::days_from_civil(date.year, date.month, base::days_in_month(date.year, date.month));
  return end >= base::days_from_civil(first) - kStoryWindowDays && begin <= base::days_from_civil(last) + kStoryWindowDays;
}

bool placed_in_time(const Date& date, const Date& first, const Date& last) {
  return date.month && first.day && last.day;
}

std::vector<std::string> top_terms(const Terms& t, const Frequencies& f, size_t n) {
  std::vector<std::pair<double, std::string>> scored;
  for (const auto& [term, w] : t) scored.emplace_back(-w * idf_of(term, f), term);
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (size_t i = 0; i < scored.size() && i < n; ++i) out.push_back(scored[i].second);
  return out;
}

void accumulate(Terms& into, const Terms& add) {
  for (const auto& [term, w] : add) into[term] += w;
}

}  // namespace parley::stories
