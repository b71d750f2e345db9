// parley extract [--format jsonl|tsv] [--no-consolidate] [--dyadic] FILE...|DIR|- : coded events.
#include <map>

#include "commands.h"
#include "output/event_writer.h"
#include "store/store.h"

namespace parley::cli {
namespace {

// Gives every report of one real-world event the same event_id, across the
// documents of this run: the events go through an in-memory store, which
// consolidates them exactly as `parley ingest` does.  The shared id is the
// local id of the event's first report ("doc-e1"), so that output from one
// document alone reads as before.
class RunConsolidator {
 public:
  RunConsolidator() {
    std::string error;
    store_ = store::Store::open(":memory:", error);
    if (!store_) throw std::runtime_error("extract: in-memory store: " + error);
    store_->set_events_only(true);
  }
  void assign_ids(const Document& doc, std::vector<Event>& events) {
    std::vector<std::string> local;
    for (const Event& e : events) local.push_back(e.event_id);
    if (store_->add(doc, events).skipped) return;  // the same content again: ids stay local
    for (size_t i = 0; i < events.size(); ++i) {
      auto [it, fresh] = first_report_.emplace(events[i].event_id, local[i]);
      events[i].event_id = it->second;
    }
  }

 private:
  std::unique_ptr<store::Store> store_;
  std::map<std::string, std::string> first_report_;  // store id -> id of the first report
};

// A CAMEO dyad: both sides coded with a country or IGO code.  The whole
// document is still read and consolidated; only the output is filtered.
bool is_dyadic(const Event& e) { return !e.source.actor.country.empty() && !e.target.actor.country.empty(); }

}  // namespace

void add_extract_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "extract", "Extract coded events (CAMEO/PLOVER, actors, date, status, evidence), one record per event.");
  static std::vector<std::string> inputs;
  static std::string format = "jsonl";
  static bool no_consolidate = false, dyadic = false;
  cmd->add_option("inputs", inputs,
                  "Files, directories, or - for stdin (text, HTML, JSON Lines; gzip/zstd; tar, zip, WARC archives)")
      ->required();
  cmd->add_flag("--dyadic", dyadic, "Only events whose two sides both have a country or IGO code (CAMEO dyads)");
  cmd->add_option("--format", format, "Output format")->check(CLI::IsMember({"jsonl", "tsv"}))->capture_default_str();
  cmd->add_flag("--no-consolidate", no_consolidate,
                "Keep each document's own event ids (default: reports of one event share an id across documents)");
  cmd->callback([] {
    set_run([] {
      Pipeline pipeline;
      std::unique_ptr<RunConsolidator> consolidator;
      if (!no_consolidate) consolidator = std::make_unique<RunConsolidator>();
      if (format == "tsv") write_out(output::tsv_header() + "\n");
      size_t failed = read_each(inputs, [&](Document&& doc) {
        std::vector<Event> events = pipeline.extract(doc);
        if (consolidator) consolidator->assign_ids(doc, events);
        std::string out;
        for (const Event& e : events) {
          if (dyadic && !is_dyadic(e)) continue;
          if (format == "tsv")
            output::write_event_tsv(out, e);
          else
            output::write_event_json(out, e);
          out += '\n';
        }
        write_out(out);
      });
      return failed ? 1 : 0;
    });
  });
}

}  // namespace parley::cli
