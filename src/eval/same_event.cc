#include "eval/same_event.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "base/text.h"
#include "clean/text_cleaner.h"
#include "io/decompress.h"
#include "output/json.h"
#include "parley/reader.h"
#include "store/consolidation.h"
#include "store/store.h"
#include "stories/stories.h"

namespace parley::eval {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool attaches_left(const std::string& t) {
  return t == "," || t == "." || t == ";" || t == ":" || t == "?" || t == "!" || t == ")" || t == "'s" || t == "n't" ||
         t == "%" || t == "''" || t == "'" || t == "-" || t == "'re" || t == "'ve" || t == "'ll" || t == "'m" ||
         t == "'d";
}

// Joins tokens back into running text: no space before closing punctuation
// and clitics, none after opening brackets; "\n" tokens end paragraphs.  A
// plain '"' token opens a quotation and the next one closes it, so that
// `at " extremely high levels, "` reads `at "extremely high levels,"`.
class Detokenizer {
 public:
  void add(const std::string& token) {
    if (token == "\\n" || token == "\n") {
      if (!text_.empty() && text_.back() != '\n') text_ += "\n\n";
      no_space_ = true;
      in_quote_ = false;
      return;
    }
    bool closing_quote = token == "\"" && in_quote_;
    if (!no_space_ && !text_.empty() && text_.back() != '\n' && !attaches_left(token) && !closing_quote) text_ += ' ';
    if (token == "``")
      text_ += '"';
    else if (token == "''")
      text_ += '"';
    else
      text_ += token;
    bool opening_quote = token == "\"" && !in_quote_;
    // `` and '' say which they are; a mark glued to a word ("The) counts too.
    if (token == "``" || token == "''")
      in_quote_ = token == "``";
    else if (std::count(token.begin(), token.end(), '"') % 2 == 1)
      in_quote_ = !in_quote_;
    no_space_ = token == "(" || token == "``" || token == "-" || opening_quote;
  }
  void end_sentence() {
    if (!text_.empty() && text_.back() != '\n') text_ += '\n';
    no_space_ = true;
  }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
  bool no_space_ = true;
  bool in_quote_ = false;  // a '"' token opened a quotation not yet closed
};

std::string xml_unescape(std::string s) {
  static const std::pair<const char*, const char*> entities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (auto [from, to] : entities)
    for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += std::strlen(to))
      s.replace(at, std::strlen(from), to);
  return s;
}

// The files of a ustar archive: name -> content.
std::map<std::string, std::string> untar(const std::string& archive, const std::string& origin) {
  std::map<std::string, std::string> files;
  size_t at = 0;
  while (at + 512 <= archive.size()) {
    const char* h = archive.data() + at;
    if (h[0] == '\0') break;  // end-of-archive blocks
    std::string name(h, ::strnlen(h, 100));
    std::string prefix(h + 345, ::strnlen(h + 345, 155));
    if (!prefix.empty()) name = prefix + "/" + name;
    size_t size = std::strtoull(std::string(h + 124, 12).c_str(), nullptr, 8);
    char type = h[156];
    at += 512;
    if (at + size > archive.size()) throw std::runtime_error(origin + ": truncated archive at " + name);
    if (type == '0' || type == '\0') files[name] = archive.substr(at, size);
    at += (size + 511) / 512 * 512;
  }
  if (files.empty()) throw std::runtime_error(origin + ": no files in the archive");
  return files;
}

// "040 Sergey Lavrov(RUS) > USA 2017-05-10 occurred": an event in one line,
// so that a link in the verbose report can be judged by eye.
std::string describe(const Event& e) {
  auto side = [](const Actor& a) {
    if (a.name.empty()) return a.country.empty() ? std::string("-") : a.country;
    return a.name + "(" + a.country + ")";
  };
  return e.cameo + " " + side(e.source.actor) + " > " + side(e.target.actor) + " " +
         (e.date.known() ? e.date.iso() : "nodate") + " " + to_string(e.status) +
         (e.place.empty() ? "" : " @" + e.place);
}

// One event of a document as a report, for explaining missed links.
struct Report {
  store::EventFacts facts;
  std::string text;  // describe()
};

// Why two documents of one gold event share no event: the closest pair of
// their reports of one type family and status, with its consolidation
// score (or "ruled out"), or that no such pair exists.
std::string closest_reports(const std::vector<Report>& a, const std::vector<Report>& b) {
  const Report *best_a = nullptr, *best_b = nullptr;
  store::Match best;
  for (const Report& x : a)
    for (const Report& y : b) {
      if (!store::same_kind(x.facts.cameo, y.facts.cameo)) continue;
      if (x.facts.status != y.facts.status) continue;
      store::Match m = store::match_same_event(x.facts, y.facts);
      bool better = !best_a || (m.possible && !best.possible) || (m.possible == best.possible && m.score > best.score);
      if (better) best = m, best_a = &x, best_b = &y;
    }
  if (!best_a) return "no two reports of one type\t";
  char score[32];
  std::snprintf(score, sizeof score, "%.1f", best.score);
  return (best.possible ? std::string("score ") + score : std::string("ruled out")) + "\t" + best_a->text + " | " +
         best_b->text;
}

// Each planned meeting and the held meeting that fulfils it, both ways:
// event_id -> the other's event_id.
std::map<std::string, std::string> plans_and_meetings(store::Store& store) {
  std::map<std::string, std::string> partner;
  for (const store::StoredEvent& se : store.events({})) {
    if (!se.fulfils.empty()) partner[se.event.event_id] = se.fulfils;
    if (!se.fulfilled_by.empty()) partner[se.event.event_id] = se.fulfilled_by;
  }
  return partner;
}

// Counts a pair of documents by story; a detail line for a predicted or a
// gold link, with the similarity of the two documents (`similarity()`, by
// the document frequencies at the end).
template <class Similarity>
void score_story_link(const std::string& a, const std::string& b, const std::string& story_a,
                      const std::string& story_b, bool gold, LinkScore& score, Similarity similarity) {
  bool linked = !story_a.empty() && story_a == story_b;
  score.story_predicted_links += linked;
  score.story_correct_links += linked && gold;
  if (!linked && !gold) return;
  char sim[32];
  std::snprintf(sim, sizeof sim, "%.2f", similarity());
  score.story_details.push_back("story\t" + a + "\t" + b + "\t" + (linked ? (gold ? "right" : "wrong") : "missed") +
                                "\t" + story_a + "\t" + story_b + "\tsimilarity " + sim);
}

}  // namespace

std::vector<CorpusDocument> read_newswcl50(const std::string& dir) {
  std::map<std::string, std::string> urls;  // "0_L" -> url
  std::string url_path = dir + "/urls.tsv";
  std::string url_table = read_file(url_path);
  for (std::string_view line : base::split_lines(url_table)) {
    auto f = base::split(line, '\t');
    if (f.size() >= 3 && f[0] != "Event ID") urls[f[0] + "_" + f[1]] = f[2];
  }
  std::string conll = dir + "/NewsWCL50.conll";
  std::vector<CorpusDocument> docs;
  Detokenizer text;
  std::string last_sentence;
  std::string content = read_file(conll);
  for (std::string_view line : base::split_lines(content)) {
    if (line.rfind("#begin document ", 0) == 0) {
      // "#begin document 0/-/0_L; part 000"
      std::string key(line.substr(16, line.find(';') - 16));
      std::string short_id = key.substr(key.rfind('/') + 1);
      CorpusDocument d;
      d.id = "newswcl50-" + short_id;
      d.gold_event = short_id.substr(0, short_id.find('_'));
      d.url = urls.count(short_id) ? urls[short_id] : "";
      d.date = clean::date_in_url(d.url).iso();
      docs.push_back(std::move(d));
      last_sentence.clear();
      continue;
    }
    if (line.rfind("#end document", 0) == 0) {
      if (docs.empty()) throw std::runtime_error(conll + ": #end document without #begin");
      docs.back().text = text.take();
      continue;
    }
    auto f = base::split(line, '\t');
    if (f.size() < 4 || docs.empty()) continue;
    if (f[1] != last_sentence && !last_sentence.empty()) text.end_sentence();
    last_sentence = f[1];
    text.add(f[3]);
  }
  if (docs.empty()) throw std::runtime_error(conll + ": no documents");
  return docs;
}

std::vector<CorpusDocument> read_ecbplus(const std::string& dir) {
  std::string path = dir + "/ECBplus-xml.tar.zst";
  std::string bytes = read_file(path), error;
  if (!io::decompress(bytes, error)) throw std::runtime_error(path + ": " + error);
  std::vector<CorpusDocument> docs;
  for (auto& [name, xml] : untar(bytes, path)) {
    // "ECB+/12/12_3ecbplus.xml": topic 12, the "ecbplus" half of it.
    std::string file = name.substr(name.rfind('/') + 1);
    if (file.size() < 8 || file.substr(file.size() - 4) != ".xml") continue;
    std::string stem = file.substr(0, file.size() - 4);
    std::string topic = stem.substr(0, stem.find('_'));
    bool plus = stem.size() > 7 && stem.substr(stem.size() - 7) == "ecbplus";
    CorpusDocument d;
    d.id = "ecbplus-" + stem;
    d.gold_event = topic + (plus ? "-plus" : "-ecb");
    Detokenizer text;
    std::string last_sentence;
    for (size_t at = 0; (at = xml.find("<token ", at)) != std::string::npos;) {
      size_t close = xml.find('>', at), end = xml.find("</token>", at);
      if (close == std::string::npos || end == std::string::npos) break;
      std::string tag = xml.substr(at, close - at);
      size_t s = tag.find("sentence=\"");
      std::string sentence = s == std::string::npos ? "" : tag.substr(s + 10, tag.find('"', s + 10) - s - 10);
      std::string token = xml_unescape(xml.substr(close + 1, end - close - 1));
      // In ecbplus files sentence 0 is the page's URL (tokenised), not text.
      if (plus && sentence == "0") {
        d.url += token;
      } else {
        if (sentence != last_sentence && !last_sentence.empty()) text.end_sentence();
        last_sentence = sentence;
        text.add(token);
      }
      at = end + 8;
    }
    // The date in the page's address ("/2009/11/30/") is its publication
    // date, as Parley reads it from any page; the older ECB half has none.
    d.date = clean::date_in_url(d.url).iso();
    d.text = text.take();
    if (!d.text.empty()) docs.push_back(std::move(d));
  }
  return docs;
}

LinkScore score_same_event_links(const std::vector<CorpusDocument>& docs, const Pipeline& pipeline,
                                 bool main_event_only, size_t min_shared, bool plan_links) {
  LinkScore score;
  std::string error;
  auto store = store::Store::open(":memory:", error);
  if (!store) throw std::runtime_error(error);
  std::vector<std::set<std::string>> events_of(docs.size());
  std::vector<std::string> story_of(docs.size());
  std::vector<stories::Fingerprint> fingerprints(docs.size());  // for the similarity of missed links
  std::map<std::string, std::string> described;  // event_id -> its first report, for -v
  std::vector<std::vector<Report>> reports_of(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    std::string line;
    output::JsonObject o(line);
    o.str("id", docs[i].id).str("url", docs[i].url).str("date", docs[i].date).str("text", docs[i].text);
    o.close();
    line += '\n';
    read_buffer(
        line, docs[i].id, {},
        [&](Document&& doc) {
          std::vector<Event> events = pipeline.extract(doc);
          story_of[i] = store->add(doc, events).story;
          fingerprints[i] = stories::fingerprint(doc);
          for (const Event& e : events) {
            events_of[i].insert(e.event_id);
            described.emplace(e.event_id, describe(e));
            reports_of[i].push_back({store::facts_of(e, doc.pub_date), describe(e)});
            if (main_event_only) break;
          }
        },
        [](const ReadError&) {});
    score.documents_with_events += !events_of[i].empty();
  }
  score.documents = docs.size();
  // As `parley ingest` does at the end of a batch.
  score.stories_refined = store->refine_stories();
  for (size_t i = 0; i < docs.size(); ++i)
    if (!story_of[i].empty()) story_of[i] = store->story_of(docs[i].id);
  score.stories = store->story_count();
  // A later document may have merged two stored events (it matched both).
  for (auto& ids : events_of) {
    std::set<std::string> now;
    for (const std::string& id : ids) now.insert(store->resolve_event_id(id));
    ids = std::move(now);
  }
  for (auto& [id, text] : std::map<std::string, std::string>(described)) described.emplace(store->resolve_event_id(id), text);
  stories::Frequencies frequencies;  // as the store has them at the end
  for (const stories::Fingerprint& fp : fingerprints) {
    frequencies.documents += 1;
    for (const auto& [term, weight] : fp.terms) frequencies.df[term] += 1;
  }
  std::map<std::string, std::string> partner;
  if (plan_links) partner = plans_and_meetings(*store);
  for (size_t a = 0; a < docs.size(); ++a)
    for (size_t b = a + 1; b < docs.size(); ++b) {
      bool gold = docs[a].gold_event == docs[b].gold_event;
      std::string shared, through_plan;  // the first shared event; a plan of one and its meeting in the other
      size_t shared_count = 0;
      for (const auto& id : events_of[a]) {
        auto p = partner.find(id);
        if (events_of[b].count(id)) {
          if (shared.empty()) shared = id;
          ++shared_count;
        } else if (p != partner.end() && events_of[b].count(p->second)) {
          if (through_plan.empty()) through_plan = id;
          ++shared_count;
        }
      }
      score_story_link(docs[a].id, docs[b].id, story_of[a], story_of[b], gold, score, [&] {
        return stories::similarity(fingerprints[a].terms, fingerprints[b].terms, frequencies);
      });
      score.gold_links += gold;
      score.gold_links_coded += gold && !events_of[a].empty() && !events_of[b].empty();
      if (shared_count < min_shared) {
        if (gold)
          score.details.push_back(docs[a].id + "\t" + docs[b].id + "\t-\tmissed\t" +
                                  closest_reports(reports_of[a], reports_of[b]));
        continue;
      }
      ++score.predicted_links;
      score.correct_links += gold;
      score.plan_links += shared.empty();
      std::string what = shared.empty() ? described[through_plan] + " ~ plan and meeting ~ " +
                                              described[partner[through_plan]]
                                        : described[shared];
      score.details.push_back(docs[a].id + "\t" + docs[b].id + "\t" + (shared.empty() ? through_plan : shared) +
                              "\t" + (gold ? "right" : "wrong") + "\t" + what);
    }
  return score;
}

}  // namespace parley::eval
