#include "eval/peer_suites.h"

#include <simdjson.h>

#include <algorithm>
#include <stdexcept>

#include "base/text.h"
#include "output/json.h"
#include "parley/reader.h"

namespace parley::eval {
namespace {

using base::trim;

// The value of attribute `name` in an XML-ish tag line, or "".
std::string attribute(std::string_view line, std::string_view name) {
  std::string key = " " + std::string(name) + "=\"";
  size_t at = line.find(key);
  if (at == std::string_view::npos) return "";
  at += key.size();
  size_t end = line.find('"', at);
  return std::string(line.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
}

// "20080804" -> "2008-08-04"; "080804" -> "2008-08-04".
std::string iso_date(const std::string& d) {
  if (d.size() == 8) return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
  if (d.size() == 6) return (d[0] < '3' ? "20" : "19") + d.substr(0, 2) + "-" + d.substr(2, 2) + "-" + d.substr(4, 2);
  return "";
}

// Codes one sentence as a one-sentence article of that date.
std::vector<Event> code_sentence(const std::string& id, const std::string& date, const std::string& text,
                                 const Pipeline& pipeline) {
  // A suite record is one sentence; without its final stop the text cleaner
  // would take a lone line for a headline.
  std::string sentence = text;
  char last = sentence.empty() ? '.' : sentence.back();
  if (last != '.' && last != '!' && last != '?' && last != '"' && last != '\'') sentence += '.';
  std::string line;
  output::JsonObject o(line);
  o.str("id", id).str("date", date).str("text", sentence);
  o.close();
  line += '\n';
  std::vector<Event> events;
  read_buffer(
      line, id, {}, [&](Document&& doc) { events = pipeline.extract(doc); }, [](const ReadError&) {});
  return events;
}

std::string country_of(const std::string& code) { return code.size() >= 3 ? code.substr(0, 3) : code; }

// The peers write international organisations as "IGO" + body ("IGOUNO",
// "IGOEUREEC"); Parley writes the body as the country and IGO as the sector.
bool side_matches(const std::string& expected, const EventActor& produced) {
  std::string country = country_of(expected);
  if (country == "IGO") return produced.actor.sector == "IGO";
  return country == "---" || country == produced.actor.country;
}

bool code_matches(const std::string& expected, const std::string& produced) {
  return expected == produced || (expected.size() == 4 && expected.substr(0, 3) == produced);
}

// A planned act may be met by the intent (or threat) code Parley gives it or,
// as PETRARCH-family coders code the verb's act whatever its tense, by the
// act's own code ("will supply arms": 033 or 072).  An appeal's intended
// act is the other side's to do, so an appeal matches by its own code only.
bool event_matches(const std::string& expected, const Event& e) {
  bool appeal = e.cameo.compare(0, 2, "02") == 0;
  return code_matches(expected, e.cameo) ||
         (!appeal && !e.intended_code.empty() && code_matches(expected, e.intended_code));
}

// A visit and its hosting are one event seen from its two sides: a
// dyadic CAMEO view of "X hosted Y" (043 X->Y) also lists Y's visit to X
// (042 Y->X), and the other way round.
std::string visit_counterpart(const std::string& cameo) {
  return cameo == "043" ? "042" : cameo == "042" ? "043" : "";
}

bool reciprocal(const std::string& cameo) {
  return cameo == "040" || cameo == "043" || cameo == "044" || cameo == "046" || cameo == "036";
}

std::string describe(const Event& e) {
  return e.cameo + " " + e.source.actor.country + e.source.actor.sector + "/" + e.target.actor.country +
         e.target.actor.sector;
}

// PLOVER 0.5b1 category names, as the gold records use them, and the
// category they became in the current PLOVER manual.
std::string current_plover(const std::string& name) {
  if (name == "DEMAND") return "REQUEST";
  if (name == "DISAPPROVE" || name == "INVESTIGATE") return "ACCUSE";
  if (name == "FIGHT") return "ASSAULT";
  return name;
}

// The last record's text from its parse's words when it had no <Text>.
void finish_from_parse(std::vector<SuiteSentence>& out, std::vector<std::string>& words) {
  if (!out.empty() && out.back().text.empty()) {
    std::string text;
    for (const auto& w : words) {
      bool attach = w == "," || w == "." || w == ";" || w == ":" || w == "'s" || w == "n't" || w == ")";
      if (!text.empty() && !attach) text += ' ';
      text += w;
    }
    out.back().text = text;
  }
  words.clear();
}

}  // namespace

std::vector<SuiteSentence> read_petrarch_suite(std::string_view content) {
  std::vector<SuiteSentence> out;
  std::vector<std::string> parse_words;
  bool in_text = false, in_parse = false;
  for (std::string_view raw : base::split_lines(content)) {
    std::string_view line = trim(raw);
    if (line.rfind("<Sentence ", 0) == 0) {
      finish_from_parse(out, parse_words);
      SuiteSentence s;
      s.id = attribute(line, "id");
      s.date = iso_date(attribute(line, "date"));
      s.category = attribute(line, "category");
      s.evaluate = attribute(line, "evaluate") != "false";
      out.push_back(std::move(s));
    } else if (out.empty()) {
      continue;
    } else if (line.rfind("<EventCoding", 0) == 0) {
      if (attribute(line, "noevents") == "True") {
        out.back().no_events = true;
      } else if (!attribute(line, "eventcode").empty()) {
        out.back().expected.push_back(
            {attribute(line, "eventcode"), attribute(line, "sourcecode"), attribute(line, "targetcode")});
      }
    } else if (line == "<Text>") {
      in_text = true;
    } else if (line == "</Text>") {
      in_text = false;
    } else if (line == "<Parse>") {
      in_parse = true;
    } else if (line.rfind("</Parse>", 0) == 0) {
      in_parse = false;
    } else if (in_parse && out.back().text.empty()) {
      // A record whose <Text> is empty has its words only in the parse
      // (CoNLL-U: the second column is the word form).
      auto columns = base::split(line, '\t');
      if (columns.size() >= 2) parse_words.push_back(columns[1]);
    } else if (in_text && !in_parse) {
      std::string& text = out.back().text;
      if (!text.empty()) text += ' ';
      text += std::string(line);
    }
  }
  finish_from_parse(out, parse_words);
  if (out.empty()) throw std::runtime_error("no <Sentence> records found");
  return out;
}

CodingScore score_petrarch_suite(const std::vector<SuiteSentence>& sentences, const Pipeline& pipeline) {
  CodingScore score;
  for (const SuiteSentence& s : sentences) {
    if (!s.evaluate || s.text.empty()) continue;
    ++score.sentences;
    std::vector<Event> produced;
    for (Event& e : code_sentence(s.id, s.date, s.text, pipeline))
      // Not negated; an announced intent or threat (03x, 13x) is itself a statement made now.
      if (e.status == EventStatus::kOccurred || e.cameo.rfind("03", 0) == 0 || e.cameo.rfind("13", 0) == 0)
        if (e.status != EventStatus::kNegated) produced.push_back(std::move(e));
    // A reciprocal event (a meeting) may meet one expected coding in each direction.
    std::vector<int> uses(produced.size(), 0);
    std::string line = s.id + "\texpected:";
    size_t matched = 0;
    for (const ExpectedCoding& x : s.expected) {
      line += " " + x.event + " " + x.source + "/" + x.target;
      for (size_t i = 0; i < produced.size(); ++i) {
        const Event& e = produced[i];
        bool two_sided = reciprocal(e.cameo) || e.mutual || !visit_counterpart(e.cameo).empty();
        if (uses[i] >= (two_sided ? 2 : 1)) continue;
        bool sides = side_matches(x.source, e.source) && side_matches(x.target, e.target);
        bool swapped = side_matches(x.source, e.target) && side_matches(x.target, e.source);
        bool direct = sides && event_matches(x.event, e);
        bool mirrored = swapped && (((reciprocal(e.cameo) || e.mutual) && event_matches(x.event, e)) ||
                                    (!visit_counterpart(e.cameo).empty() && x.event == visit_counterpart(e.cameo)));
        if (!direct && !mirrored) continue;
        ++uses[i];
        ++matched;
        break;
      }
    }
    if (s.no_events) line += " none";
    size_t extra = std::count(uses.begin(), uses.end(), 0);
    line += "\tproduced:";
    for (const Event& e : produced) line += " " + describe(e);
    score.correct += matched;
    score.uncoded += s.expected.size() - matched;
    if (s.no_events && produced.empty()) ++score.correct;
    score.extra += extra;
    line += "\tcorrect " + std::to_string(matched + (s.no_events && produced.empty())) + ", uncoded " +
            std::to_string(s.expected.size() - matched) + ", extra " + std::to_string(extra);
    line += "\t" + s.text;  // to read a failure without the suite file at hand
    score.details.push_back(std::move(line));
  }
  return score;
}

std::vector<PloverRecord> read_plover_suite(std::string_view content) {
  simdjson::ondemand::parser parser;
  simdjson::padded_string padded(content);
  std::vector<PloverRecord> out;
  simdjson::ondemand::document doc = parser.iterate(padded);
  simdjson::ondemand::array records;
  if (doc.get_array().get(records)) throw std::runtime_error("not a JSON array of records");
  for (auto item : records) {
    simdjson::ondemand::object obj;
    if (item.get_object().get(obj)) throw std::runtime_error("a record is not a JSON object");
    PloverRecord r;
    std::string_view v;
    if (!obj["id"].get_string().get(v)) r.id = std::string(v);
    if (!obj["event"].get_string().get(v)) r.event = current_plover(std::string(v));
    if (!obj["text"].get_string().get(v)) r.text = std::string(v);
    if (r.event == "DOCUMENT" || r.text.empty()) continue;
    out.push_back(std::move(r));
  }
  if (out.empty()) throw std::runtime_error("no event records found");
  return out;
}

CategoryScore score_plover_suite(const std::vector<PloverRecord>& records, const Pipeline& pipeline) {
  CategoryScore score;
  for (const PloverRecord& r : records) {
    ++score.records;
    // A negated act ("failed to reach agreement") is not that act, as in the PETR2 suite.
    std::vector<Event> events;
    for (Event& e : code_sentence(r.id, "2000-01-01", r.text, pipeline))
      if (e.status != EventStatus::kNegated) events.push_back(std::move(e));
    std::string produced;
    bool any = false;
    for (const Event& e : events) {
      produced += (produced.empty() ? "" : " ") + e.plover + "(" + e.cameo + ")";
      any |= e.plover == r.event;
    }
    score.coded += !events.empty();
    score.first_right += !events.empty() && events[0].plover == r.event;
    score.any_right += any;
    score.details.push_back(r.id + "\texpected " + r.event + "\tproduced " + (produced.empty() ? "-" : produced) +
                            "\t" + (any ? "right" : "wrong"));
  }
  return score;
}

}  // namespace parley::eval
