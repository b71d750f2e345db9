// parley actors ...: the actor knowledge base (curated, imported, learned).
//   list      officials, filtered by country, role, date, name; or the actors of a store
//   export    the whole KB in the officials format (data/kb/README.md) or JSON Lines
//   coverage  which countries have every office filled over a period
//   import    converts TABARI/PETRARCH actor dictionaries to the officials format
//   resolve   what a phrase ("the Russian foreign minister") names on a date
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>

#include "actors/cameo_dictionary.h"
#include "actors/coverage.h"
#include "actors/recognizer.h"
#include "base/text.h"
#include "commands.h"
#include "output/event_writer.h"
#include "output/json.h"
#include "store/store.h"

namespace parley::cli {
namespace {

struct KbOptions {
  std::vector<std::string> extra;
  std::string on;
};

std::unique_ptr<actors::Knowledge> load_kb(const KbOptions& o) {
  auto kb = std::make_unique<actors::Knowledge>(o.extra);
  for (const auto& w : kb->warnings()) std::fprintf(stderr, "parley: %s\n", w.c_str());
  return kb;
}

Date parse_date_option(const std::string& s, const char* what) {
  if (s.empty()) return {};
  Date d = Date::parse_iso(s);
  if (!d.known()) throw std::runtime_error(std::string(what) + ": not a date (want YYYY[-MM[-DD]]): " + s);
  return d;
}

std::string tsv_line(const actors::Tenure& t) {
  return t.country + '\t' + t.roles + '\t' + t.title + '\t' + t.name + '\t' + t.start.iso() + '\t' + t.end.iso() +
         '\t' + t.aliases + '\n';
}

void write_tenure_json(std::string& out, const actors::Tenure& t) {
  output::JsonObject o(out);
  o.str("name", t.name).str("country", t.country).str("roles", t.roles).str("title", t.title);
  o.str("sector", t.sector).str("start", t.start.iso()).str("end", t.end.iso());
  o.str("aliases", t.aliases).str("source", t.source);
  o.close();
  out += '\n';
}

// Prints rows as columns padded to their widest cell (UTF-8 aware enough for names).
void print_table(const std::vector<std::vector<std::string>>& rows) {
  auto width = [](const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  std::vector<size_t> widths;
  for (const auto& r : rows)
    for (size_t i = 0; i < r.size(); ++i) {
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], width(r[i]));
    }
  std::string out;
  for (const auto& r : rows) {
    for (size_t i = 0; i < r.size(); ++i) {
      out += r[i];
      if (i + 1 < r.size()) out.append(widths[i] - width(r[i]) + 2, ' ');
    }
    out += '\n';
  }
  write_out(out);
}

bool name_matches(const actors::Tenure& t, const std::string& needle) {
  if (needle.empty()) return true;
  std::string hay = base::ascii_lower(t.name + "|" + t.aliases);
  return hay.find(base::ascii_lower(needle)) != std::string::npos;
}

void add_list(CLI::App& actors_cmd, KbOptions& kb) {
  auto* cmd =
      actors_cmd.add_subcommand("list", "List officials of the knowledge base (or, with --db, a store's actors)");
  static std::string country, role, name, format = "table", db;
  static bool learned_only = false;
  cmd->add_option("--country", country, "ISO 3166 alpha-3 code or IGO code (RUS, NATO)");
  cmd->add_option("--role", role, "head_of_state, head_of_government, foreign_minister, defence_minister, ...");
  cmd->add_option("--name", name, "Name or alias contains this (case-insensitive)");
  cmd->add_option("--on", kb.on, "Only those in office on this date (YYYY[-MM[-DD]])");
  cmd->add_option("--format", format, "table, tsv (the officials format) or jsonl")
      ->check(CLI::IsMember({"table", "tsv", "jsonl"}));
  cmd->add_option("--db", db, "List the actors of this store instead, with their mention counts");
  cmd->add_flag("--learned", learned_only, "With --db: only actors learned from text (not in the KB)");
  cmd->callback([&kb] {
    set_run([&kb] {
      Date on = parse_date_option(kb.on, "--on");
      if (!db.empty()) {
        std::string error;
        auto store = store::Store::open(db, error);
        if (!store) throw std::runtime_error(error);
        std::vector<std::vector<std::string>> rows{
            {"NAME", "COUNTRY", "ROLE", "CODE", "KB", "MENTIONS", "FIRST", "LAST"}};
        std::string out;
        for (const auto& a : store->actors(learned_only)) {
          if (!country.empty() && a.actor.country != country) continue;
          if (!name.empty() && base::ascii_lower(a.actor.name).find(base::ascii_lower(name)) == std::string::npos)
            continue;
          if (format == "jsonl") {
            output::JsonObject o(out);
            o.key("actor");
            output::write_actor_json(out, a.actor);
            o.boolean("learned", a.learned).num("mentions", (long long)a.mentions);
            o.str("first_seen", a.first_seen).str("last_seen", a.last_seen).str("evidence", a.evidence);
            o.close();
            out += '\n';
          } else {
            rows.push_back({a.actor.name.empty() ? "(" + a.actor.code + ")" : a.actor.name, a.actor.country,
                            a.actor.role, a.actor.code, a.learned ? "learned" : "kb", std::to_string(a.mentions),
                            a.first_seen, a.last_seen});
          }
        }
        if (format == "jsonl")
          write_out(out);
        else
          print_table(rows);
        return 0;
      }
      auto knowledge = load_kb(kb);
      std::vector<std::vector<std::string>> rows{{"COUNTRY", "ROLE", "NAME", "FROM", "TO", "TITLE"}};
      std::string out;
      for (const auto& t : knowledge->tenures()) {
        if ((!country.empty() && t.country != country) || (!role.empty() && !t.has_role(role)) ||
            (on.known() && !t.covers(on)) || !name_matches(t, name))
          continue;
        if (format == "tsv")
          out += tsv_line(t);
        else if (format == "jsonl")
          write_tenure_json(out, t);
        else
          rows.push_back({t.country, t.roles, t.name, t.start.iso(), t.end.iso(), t.title});
      }
      if (format == "table")
        print_table(rows);
      else
        write_out(out);
      return 0;
    });
  });
}

void add_export(CLI::App& actors_cmd, KbOptions& kb) {
  auto* cmd = actors_cmd.add_subcommand("export", "Write the whole knowledge base (curated and --kb files)");
  static std::string format = "tsv";
  cmd->add_option("--format", format, "tsv (the officials format, data/kb/README.md) or jsonl")
      ->check(CLI::IsMember({"tsv", "jsonl"}));
  cmd->callback([&kb] {
    set_run([&kb] {
      auto knowledge = load_kb(kb);
      std::string out = format == "tsv" ? "# country\trole\ttitle\tname\tstart\tend\taliases\n" : "";
      for (const auto& t : knowledge->tenures()) {
        if (format == "tsv")
          out += tsv_line(t);
        else
          write_tenure_json(out, t);
      }
      write_out(out);
      return 0;
    });
  });
}

void add_coverage(CLI::App& actors_cmd, KbOptions& kb) {
  auto* cmd = actors_cmd.add_subcommand(
      "coverage", "Report, for every UN member state, whether each office has a known holder on every day of a period");
  static std::string from = "2000-01-01", to, roles = "head_of_state,head_of_government,foreign_minister";
  static int tolerance = 92;
  static bool verbose = false;
  cmd->add_option("--from", from, "Start of the period (default 2000-01-01)");
  cmd->add_option("--to", to, "End of the period (default: today)");
  cmd->add_option("--roles", roles, "Comma-separated role keys");
  cmd->add_option("--tolerance", tolerance,
                  "Gaps of at most this many days (caretaker periods) are ignored (default 92)");
  cmd->add_flag("-v,--verbose", verbose, "List every gap");
  cmd->callback([&kb] {
    set_run([&kb] {
      auto knowledge = load_kb(kb);
      Date start = parse_date_option(from, "--from"), end = parse_date_option(to, "--to");
      if (!end.known()) {  // today
        std::time_t now = std::time(nullptr);
        std::tm utc{};
        gmtime_r(&now, &utc);
        end = Date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
      }
      auto role_list = base::split(roles, ',');
      auto result = actors::coverage(*knowledge, knowledge->un_members(), role_list, start, end, tolerance);
      std::vector<size_t> per_role(role_list.size(), 0);
      size_t all = 0;
      std::string detail;
      for (const auto& c : result) {
        all += c.covered();
        for (size_t r = 0; r < c.offices.size(); ++r) {
          per_role[r] += c.offices[r].covered();
          if (!verbose && !c.offices[r].gaps.empty()) {
            detail +=
                c.country + " " + c.offices[r].role + ": " + std::to_string(c.offices[r].gaps.size()) + " gap(s)\n";
          }
          if (verbose)
            for (const auto& g : c.offices[r].gaps)
              detail += c.country + " " + c.offices[r].role + " " + g.from.iso() + " .. " + g.to.iso() + " (" +
                        std::to_string(g.days) + " days)\n";
        }
      }
      std::string out = "period " + start.iso() + " .. " + end.iso() + ", tolerance " + std::to_string(tolerance) +
                        " days, " + std::to_string(result.size()) + " UN member states\n";
      for (size_t r = 0; r < role_list.size(); ++r)
        out += "  " + role_list[r] + ": " + std::to_string(per_role[r]) + " countries covered\n";
      out += "  all offices: " + std::to_string(all) + " countries covered\n";
      write_out(out + detail);
      return 0;
    });
  });
}

void add_import(CLI::App& actors_cmd, KbOptions& kb) {
  auto* cmd = actors_cmd.add_subcommand(
      "import", "Convert TABARI/PETRARCH actor dictionaries (.actors, Phoenix) to the officials format on stdout");
  static std::vector<std::string> files;
  cmd->add_option("files", files, "Dictionary files")->required()->check(CLI::ExistingFile);
  cmd->callback([&kb] {
    set_run([&kb] {
      auto knowledge = load_kb(kb);
      int failed = 0;
      for (const auto& file : files) {
        try {
          actors::Knowledge imported({file});
          for (const auto& w : imported.warnings()) std::fprintf(stderr, "parley: %s\n", w.c_str());
          std::string out = "# imported from " + file + "\n";
          size_t n = 0;
          for (const auto& t : imported.tenures())
            if (t.source == file) {
              out += tsv_line(t);
              ++n;
            }
          write_out(out);
          std::fprintf(stderr, "parley: %s: %zu tenures imported\n", file.c_str(), n);
        } catch (const std::exception& e) {
          std::fprintf(stderr, "parley: %s\n", e.what());
          ++failed;
        }
      }
      return failed ? 1 : 0;
    });
  });
}

void add_resolve(CLI::App& actors_cmd, KbOptions& kb) {
  auto* cmd =
      actors_cmd.add_subcommand("resolve", "Show whom a phrase names on a date (\"the Russian foreign minister\")");
  static std::vector<std::string> words;
  cmd->add_option("--on", kb.on, "The date (YYYY-MM-DD); default: unknown");
  cmd->add_option("phrase", words, "The phrase")->required();
  cmd->callback([&kb] {
    set_run([&kb] {
      auto knowledge = load_kb(kb);
      std::string phrase;
      for (const auto& w : words) phrase += (phrase.empty() ? "" : " ") + w;
      // A sentence, so that the reader does not take it for a headline.
      if (!phrase.empty() && !std::ispunct(static_cast<unsigned char>(phrase.back()))) phrase += '.';
      Document doc;
      read_buffer(
          phrase + "\n", "resolve", {}, [&](Document&& d) { doc = std::move(d); },
          [](const ReadError& e) { throw std::runtime_error(e.origin + ": " + e.message); });
      doc.pub_date = parse_date_option(kb.on, "--on");
      Pipeline().segment(doc);
      actors::recognize_actors(doc, *knowledge);
      std::string out;
      for (const Mention& m : doc.mentions) {
        output::JsonObject o(out);
        o.str("text", doc.view(m.text)).str("type", to_string(m.type));
        o.key("actor");
        if (m.entity >= 0)
          output::write_actor_json(out, doc.entities[m.entity].actor);
        else
          out += "null";
        o.close();
        out += '\n';
      }
      write_out(out);
      return 0;
    });
  });
}

}  // namespace

void add_actors_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("actors", "The actor knowledge base: list, export, coverage, import, resolve");
  cmd->require_subcommand(1);
  static KbOptions kb;
  cmd->add_option("--kb", kb.extra, "Extra knowledge files: officials TSV or TABARI/PETRARCH .actors (repeatable)")
      ->check(CLI::ExistingFile);
  add_list(*cmd, kb);
  add_export(*cmd, kb);
  add_coverage(*cmd, kb);
  add_import(*cmd, kb);
  add_resolve(*cmd, kb);
}

}  // namespace parley::cli
