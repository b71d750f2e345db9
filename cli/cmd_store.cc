// parley ingest / parley events: the embedded store.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "commands.h"
#include "output/event_writer.h"
#include "output/json.h"
#include "store/store.h"

namespace parley::cli {
namespace {

// A side as a table shows it: "Sergey Lavrov (RUS)", else its code
// ("UKRMIL", "REB" for rebels of no known country), else its country.
std::string actor_label(const Actor& a) {
  if (!a.name.empty()) return a.name + " (" + a.country + ")";
  return a.code.empty() ? a.country : a.code;
}

std::unique_ptr<store::Store> open_store(const std::string& path) {
  std::string error;
  auto s = store::Store::open(path, error);
  if (!s) std::fprintf(stderr, "parley: %s\n", error.c_str());
  return s;
}

// Files to read, with their sizes, for the progress bar's ETA.
std::vector<std::pair<std::string, uintmax_t>> expand(const std::vector<std::string>& inputs) {
  std::vector<std::pair<std::string, uintmax_t>> out;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in != "-" && std::filesystem::is_directory(in, ec)) {
      std::vector<std::string> files;
      for (auto& e : std::filesystem::recursive_directory_iterator(in, ec)) {
        std::string name = e.path().filename().string();
        bool hidden = false;
        for (auto& part : std::filesystem::relative(e.path(), in)) hidden |= part.string().front() == '.';
        if (!hidden && e.is_regular_file()) files.push_back(e.path().string());
      }
      std::sort(files.begin(), files.end());
      for (auto& f : files) out.emplace_back(f, std::filesystem::file_size(f, ec));
    } else {
      out.emplace_back(in, in == "-" ? 0 : std::filesystem::file_size(in, ec));
    }
  }
  return out;
}

class Progress {
 public:
  explicit Progress(uintmax_t total_bytes) : total_(total_bytes), on_(isatty(STDERR_FILENO)) {}
  void update(size_t docs, size_t skipped, size_t events, uintmax_t bytes_done, bool final = false) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double elapsed = std::chrono::duration<double>(now - start_).count();
    char eta[32] = "--:--";
    if (bytes_done > 0 && total_ > bytes_done) {
      double left = elapsed * double(total_ - bytes_done) / double(bytes_done);
      std::snprintf(eta, sizeof eta, "%d:%02d", int(left) / 60, int(left) % 60);
    } else if (total_ && bytes_done >= total_) {
      std::snprintf(eta, sizeof eta, "0:00");
    }
    int width = 30, filled = total_ ? int(width * double(bytes_done) / double(total_)) : 0;
    std::string bar(std::min(filled, width), '#');
    bar.resize(width, '.');
    std::fprintf(stderr, "\r[%s] %zu docs (%zu already stored), %zu events, %.0f docs/s, ETA %s   ", bar.c_str(), docs,
                 skipped, events, elapsed > 0 ? docs / elapsed : 0.0, eta);
    if (final) std::fputc('\n', stderr);
  }

 private:
  uintmax_t total_;
  bool on_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), last_{};
};

std::string g_db = "parley.db";

// One row in the column layout of GDELT 1.0 event files (58 tab-separated
// columns), so that tools reading GDELT can read Parley's events.  Columns
// Parley has no value for (ethnic and religion codes, tone, geo
// coordinates) stay empty.
void write_gdelt_row(std::string& out, const store::StoredEvent& se, const std::string& url) {
  const Event& e = se.event;
  std::vector<std::string> c;
  std::string sqldate, month, year, fraction;
  if (e.date.known()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", e.date.year, e.date.month, e.date.day);
    sqldate = buf;
    month = sqldate.substr(0, 6);
    year = sqldate.substr(0, 4);
    std::snprintf(buf, sizeof buf, "%.4f",
                  e.date.year + ((e.date.month ? e.date.month - 1 : 0) * 30.4 + e.date.day) / 365.0);
    fraction = buf;
  }
  c = {std::to_string(se.row), sqldate, month, year, fraction};
  auto actor = [&](const Actor& a) {
    std::string name = a.name.empty() ? a.country : a.name;
    for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    std::string code = a.code.empty() ? a.country + a.sector : a.code;
    for (const std::string& v : {code, name, a.country, std::string(a.country.size() > 3 ? a.country : ""),
                                 std::string(), std::string(), std::string(), a.sector, std::string(), std::string()})
      c.push_back(v);
  };
  actor(e.source.actor);
  actor(e.target.actor);
  char goldstein[16];
  std::snprintf(goldstein, sizeof goldstein, "%.1f", e.goldstein);
  std::string root = e.cameo.substr(0, 2);
  for (const std::string& v : {std::string("1"), e.cameo, e.cameo.substr(0, 3), root, std::to_string(e.quad_class),
                               std::string(goldstein), std::to_string(se.mentions), std::to_string(se.documents.size()),
                               std::to_string(se.documents.size()), std::string()})
    c.push_back(v);
  for (int geo = 0; geo < 3; ++geo) {
    bool action = geo == 2 && !e.place.empty();
    for (const std::string& v : {std::string(action ? "4" : ""), std::string(action ? e.place : ""), std::string(),
                                 std::string(), std::string(), std::string(), std::string()})
      c.push_back(v);
  }
  c.push_back(sqldate);  // DATEADDED: the event's date stands in for the ingest date
  c.push_back(url);
  for (size_t i = 0; i < c.size(); ++i) {
    if (i) out += '\t';
    for (char ch : c[i]) out += (ch == '\t' || ch == '\n') ? ' ' : ch;
  }
  out += '\n';
}

}  // namespace

void add_ingest_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("ingest",
                                 "Read articles, extract their events and store both (SQLite). Re-ingesting is a "
                                 "no-op; an interrupted ingest resumes.");
  static std::vector<std::string> inputs;
  cmd->add_option("inputs", inputs, "Files, directories, or - for stdin")->required();
  cmd->add_option("--db", g_db, "Store file")->capture_default_str();
  cmd->callback([] {
    set_run([] {
      auto db = open_store(g_db);
      if (!db) return 2;
      Pipeline pipeline;
      auto files = expand(inputs);
      uintmax_t total = 0, done = 0;
      for (auto& f : files) total += f.second;
      Progress progress(total);
      size_t docs = 0, skipped = 0, events = 0, failed = 0;
      for (auto& [path, size] : files) {
        failed += read_each({path}, [&](Document&& doc) {
          ++docs;
          if (db->has_content(doc)) {
            ++skipped;
          } else {
            auto found = pipeline.extract(doc);
            auto r = db->add(doc, found);
            skipped += r.skipped;
            events += r.events;
          }
          progress.update(docs, skipped, events, done);
        });
        done += size;
        progress.update(docs, skipped, events, done);
      }
      progress.update(docs, skipped, events, done, true);
      // The batch's lone documents, placed while the store knew less of
      // which words are common, get a second look (Store::refine_stories()).
      size_t moved = db->refine_stories();
      std::fprintf(stderr,
                   "parley: %s: %zu documents read, %zu new, %zu events stored, %zu documents joined a story on "
                   "a second look; store holds %zu documents, %zu events, %zu stories\n",
                   g_db.c_str(), docs, docs - skipped, events, moved, db->document_count(), db->event_count(),
                   db->story_count());
      return failed ? 1 : 0;
    });
  });
}

void add_events_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("events", "Query the events in the store.");
  static store::EventQuery q;
  static std::string format = "table";
  cmd->add_option("--db", g_db, "Store file")->capture_default_str();
  cmd->add_option("--actor", q.actor, "Actor name (substring), KB id or actor code");
  cmd->add_option("--country", q.country, "Either side's country (ISO alpha-3 or IGO code)");
  cmd->add_option("--dyad", q.dyad, "Two countries, either direction: USA-RUS");
  cmd->add_option("--cameo", q.cameo, "CAMEO code or prefix: 04, 042");
  cmd->add_option("--plover", q.plover, "PLOVER category: CONSULT, SANCTION, ...");
  cmd->add_option("--from", q.from, "First date, YYYY[-MM[-DD]]");
  cmd->add_option("--to", q.to, "Last date, YYYY[-MM[-DD]]");
  cmd->add_option("--status", q.status, "occurred, planned or negated")
      ->check(CLI::IsMember({"occurred", "planned", "negated"}));
  cmd->add_option("--text", q.text, "Full-text query over the supporting articles (FTS5 syntax)");
  cmd->add_flag("--dyadic", q.dyadic, "Only events whose two sides both have a country or IGO code (CAMEO dyads)");
  cmd->add_option("--limit", q.limit, "At most this many events");
  cmd->add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"table", "jsonl", "csv", "tsv", "gdelt"}))
      ->capture_default_str();
  cmd->callback([] {
    set_run([] {
      if (!std::filesystem::exists(g_db)) {
        std::fprintf(stderr, "parley: %s: no such store (run parley ingest first)\n", g_db.c_str());
        return 1;
      }
      auto db = open_store(g_db);
      if (!db) return 2;
      std::string out;
      auto rows = db->events(q);
      if (format == "jsonl") {
        for (const auto& se : rows) {
          output::write_event_json(out, se.event);
          out.pop_back();  // reopen the object to add the mention figures
          out += ",\"mentions\":" + std::to_string(se.mentions) + ",\"documents\":";
          output::append_json_strings(out, se.documents);
          for (auto [key, value] : {std::pair{"fulfils", &se.fulfils}, {"fulfilled_by", &se.fulfilled_by}}) {
            if (value->empty()) continue;
            out += std::string(",\"") + key + "\":";
            output::append_json_string(out, *value);
          }
          if (!se.stories.empty()) {
            out += ",\"stories\":";
            output::append_json_strings(out, se.stories);
          }
          if (!se.merged.empty()) {
            out += ",\"merged\":";
            output::append_json_strings(out, se.merged);
          }
          if (!se.conflicts.empty()) {
            out += ",\"conflicts\":";
            output::append_json_strings(out, se.conflicts);
          }
          out += "}\n";
        }
      } else if (format == "gdelt") {
        for (const auto& se : rows) write_gdelt_row(out, se, db->first_source_url(se.event.event_id));
      } else if (format == "tsv") {
        out += output::tsv_header() + "\n";
        for (const auto& se : rows) {
          output::write_event_tsv(out, se.event);
          out += '\n';
        }
      } else if (format == "csv") {
        auto csv = [&](const std::string& s) {
          out += '"';
          for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
          out += '"';
        };
        out +=
            "event_id,date,cameo,plover,goldstein,status,source,source_country,target,target_country,place,mentions,"
            "source_code,target_code\n";
        for (const auto& se : rows) {
          const Event& e = se.event;
          for (const std::string& cell :
               {e.event_id, e.date.iso(), e.cameo, e.plover, std::to_string(e.goldstein).substr(0, 5),
                std::string(to_string(e.status)), e.source.actor.name, e.source.actor.country, e.target.actor.name,
                e.target.actor.country, e.place}) {
            csv(cell);
            out += ',';
          }
          out += std::to_string(se.mentions) + ',';
          csv(e.source.actor.code);  // a side of no name or country is known by its code ("REB")
          out += ',';
          csv(e.target.actor.code);
          out += '\n';
        }
      } else {
        char line[512];
        std::snprintf(line, sizeof line, "%-10s  %-5s  %-9s  %-8s  %-28s  %-28s  %s\n", "date", "cameo", "plover",
                      "status", "source", "target", "sources");
        out += line;
        for (const auto& se : rows) {
          const Event& e = se.event;
          std::snprintf(line, sizeof line, "%-10s  %-5s  %-9s  %-8s  %-28.28s  %-28.28s  %zu\n",
                        e.date.known() ? e.date.iso().c_str() : "?", e.cameo.c_str(), e.plover.c_str(),
                        to_string(e.status), actor_label(e.source.actor).c_str(), actor_label(e.target.actor).c_str(),
                        se.documents.size());
          out += line;
        }
      }
      write_out(out);
      return 0;
    });
  });
}

}  // namespace parley::cli

namespace parley::cli {

void add_timeline_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("timeline",
                                 "Events of a dyad or actor by date, with monthly Goldstein and quad-class totals.");
  static store::EventQuery q;
  cmd->add_option("--db", g_db, "Store file")->capture_default_str();
  cmd->add_option("--dyad", q.dyad, "Two countries, either direction: USA-RUS");
  cmd->add_option("--actor", q.actor, "Actor name (substring), KB id or actor code");
  cmd->add_option("--country", q.country, "Either side's country");
  cmd->add_option("--from", q.from, "First date");
  cmd->add_option("--to", q.to, "Last date");
  cmd->add_flag("--dyadic", q.dyadic, "Only events whose two sides both have a country or IGO code (CAMEO dyads)");
  cmd->callback([] {
    set_run([] {
      auto db = open_store(g_db);
      if (!db) return 2;
      std::string out;
      char line[512];
      auto rows = db->events(q);
      for (const auto& se : rows) {
        const Event& e = se.event;
        std::snprintf(line, sizeof line, "%-10s  %-5s %+5.1f  %-8s  %s -> %s  [%zu source%s]\n",
                      e.date.known() ? e.date.iso().c_str() : "undated", e.cameo.c_str(), e.goldstein,
                      to_string(e.status), actor_label(e.source.actor).c_str(), actor_label(e.target.actor).c_str(),
                      se.documents.size(), se.documents.size() == 1 ? "" : "s");
        out += line;
      }
      out += "\nmonth    events  goldstein  verbal-coop  material-coop  verbal-conflict  material-conflict\n";
      for (const auto& m : db->timeline(q)) {
        std::snprintf(line, sizeof line, "%-7s  %6zu  %+9.1f  %11zu  %13zu  %15zu  %17zu\n", m.month.c_str(), m.events,
                      m.goldstein, m.quad[0], m.quad[1], m.quad[2], m.quad[3]);
        out += line;
      }
      write_out(out);
      return 0;
    });
  });
}

}  // namespace parley::cli

namespace parley::cli {

void add_stories_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "stories", "List the stories in the store: the documents that report one real-world happening.");
  static store::StoryQuery q;
  static std::string format = "table";
  cmd->add_option("--db", g_db, "Store file")->capture_default_str();
  cmd->add_option("--from", q.from, "Stories with a document published on or after this date, YYYY[-MM[-DD]]");
  cmd->add_option("--to", q.to, "Stories with a document published on or before this date, YYYY[-MM[-DD]]");
  cmd->add_option("--text", q.text, "Full-text query over the stories' articles (FTS5 syntax)");
  cmd->add_option("--limit", q.limit, "At most this many stories");
  cmd->add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"table", "jsonl"}))
      ->capture_default_str();
  cmd->callback([] {
    set_run([] {
      if (!std::filesystem::exists(g_db)) {
        std::fprintf(stderr, "parley: %s: no such store (run parley ingest first)\n", g_db.c_str());
        return 1;
      }
      auto db = open_store(g_db);
      if (!db) return 2;
      std::string out;
      auto rows = db->stories(q);
      auto joined = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
        return s;
      };
      if (format == "jsonl") {
        for (const auto& st : rows) {
          output::JsonObject o(out);
          o.str("story_id", st.story_id)
              .str("first_date", st.first_date)
              .str("last_date", st.last_date)
              .num("document_count", (long long)st.documents.size())
              .str("title", st.title)
              .num("events", (long long)st.events);
          o.close();
          out.pop_back();  // reopen the object for the two lists
          for (auto [key, list] : {std::pair{"documents", &st.documents}, {"sources", &st.sources}}) {
            out += std::string(",\"") + key + "\":";
            output::append_json_strings(out, *list);
          }
          out += "}\n";
        }
      } else {
        char line[1024];
        std::snprintf(line, sizeof line, "%-19s  %-10s  %-10s  %4s  %6s  %-30s  %s\n", "story", "first", "last", "docs",
                      "events", "sources", "title");
        out += line;
        for (const auto& st : rows) {
          std::snprintf(line, sizeof line, "%-19s  %-10s  %-10s  %4zu  %6zu  %-30.30s  %.100s\n", st.story_id.c_str(),
                        st.first_date.empty() ? "?" : st.first_date.c_str(),
                        st.last_date.empty() ? "?" : st.last_date.c_str(), st.documents.size(), st.events,
                        joined(st.sources).c_str(), st.title.c_str());
          out += line;
        }
      }
      write_out(out);
      return 0;
    });
  });
}

}  // namespace parley::cli
