// parley validate petrarch|plover FILE: Parley's coding on the peer coders'
// public validation suites (see src/eval/peer_suites.h for the matching rules).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "commands.h"
#include "eval/peer_suites.h"
#include "eval/same_event.h"

namespace parley::cli {
namespace {

std::string read_whole(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error(path + ": cannot open");
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

std::string percent(size_t a, size_t b) {
  char s[32];
  std::snprintf(s, sizeof s, "%.3f", b ? double(a) / double(b) : 0.0);
  return s;
}

}  // namespace

namespace {

// The corpus documents as text files: a title line, a date line and the text.
void dump_documents(const std::vector<eval::CorpusDocument>& docs, const std::string& dir) {
  std::filesystem::create_directories(dir);
  for (const auto& d : docs) {
    std::ofstream out(std::filesystem::path(dir) / (d.id + ".txt"), std::ios::binary);
    if (!out) throw std::runtime_error(dir + ": cannot write " + d.id + ".txt");
    out << d.id << "\n\n";
    if (!d.date.empty()) out << "date " << d.date << "\n\n";
    out << d.text << "\n";
  }
}

}  // namespace

void add_validate_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("validate", "Score Parley's coding on a peer coder's public validation suite");
  cmd->require_subcommand(1);
  static std::string file;
  static bool verbose = false;
  auto* petrarch = cmd->add_subcommand(
      "petrarch",
      "UniversalPetrarch GSR (PETR2_GSR_validation.xml): correct / uncoded / extra codings. A planned act "
      "matches by its intent or threat code (033) or by the act's own code, the record's intended_code (072), "
      "since PETRARCH-family coders code the verb's act whatever its tense");
  petrarch->add_option("file", file, "The suite file")->required()->check(CLI::ExistingFile);
  petrarch->add_flag("-v,--verbose", verbose, "One line per sentence");
  petrarch->callback([] {
    set_run([] {
      std::vector<eval::SuiteSentence> suite;
      try {
        suite = eval::read_petrarch_suite(read_whole(file));
      } catch (const std::runtime_error& e) {
        throw std::runtime_error(file + ": " + e.what());
      }
      auto score = eval::score_petrarch_suite(suite, Pipeline());
      std::string out;
      if (verbose)
        for (const auto& l : score.details) out += l + "\n";
      out += "sentences " + std::to_string(score.sentences) + ": correct " + std::to_string(score.correct) +
             ", uncoded " + std::to_string(score.uncoded) + ", extra " + std::to_string(score.extra) + "\n";
      write_out(out);
      return 0;
    });
  });
  auto* plover = cmd->add_subcommand("plover", "PLOVER GSR (PLOVER_GSR_CAMEO.txt): PLOVER category accuracy");
  plover->add_option("file", file, "The suite file")->required()->check(CLI::ExistingFile);
  plover->add_flag("-v,--verbose", verbose, "One line per record");
  plover->callback([] {
    set_run([] {
      std::vector<eval::PloverRecord> suite;
      try {
        suite = eval::read_plover_suite(read_whole(file));
      } catch (const std::exception& e) {
        throw std::runtime_error(file + ": " + e.what());
      }
      auto score = eval::score_plover_suite(suite, Pipeline());
      std::string out;
      if (verbose)
        for (const auto& l : score.details) out += l + "\n";
      out += "records " + std::to_string(score.records) + ": coded " + std::to_string(score.coded) +
             ", category accuracy (first event) " + percent(score.first_right, score.records) + ", (any event) " +
             percent(score.any_right, score.records) + "\n";
      write_out(out);
      return 0;
    });
  });
  static std::string corpus;
  static bool main_only = false;
  auto* same = cmd->add_subcommand("same-event",
                                   "Pairwise precision/recall of same-event links between documents (NewsWCL50, ECB+)");
  same->add_option("corpus", corpus, "newswcl50 or ecbplus")
      ->required()
      ->check(CLI::IsMember({"newswcl50", "ecbplus"}));
  same->add_option("dir", file, "The corpus directory (../shared/data/newswcl50-meetings, ../shared/data/ecbplus)")
      ->required()
      ->check(CLI::ExistingDirectory);
  same->add_flag("--main", main_only, "Link documents by their lead event only");
  static size_t min_shared = 1;
  same->add_option("--min-shared", min_shared, "Events two documents must share to be linked (default 1)");
  static bool shared_only = false;
  same->add_flag("--shared-only", shared_only,
                 "Link documents only by a shared event, not by a planned meeting in one and the meeting held in the "
                 "other");
  same->add_flag("-v,--verbose", verbose, "One line per predicted link (right, wrong) and per missed gold link (the closest pair of reports)");
  static std::string by = "both";
  same->add_option("--by", by,
                   "Which links -v lists and which figure comes first: events (a shared event), stories (one story), "
                   "both (default)")
      ->check(CLI::IsMember({"events", "stories", "both"}));
  static std::string dump_dir;
  same->add_option("--dump", dump_dir,
                   "Also write each document as Parley reads it (DIR/ID.txt, with its date line) for inspection");
  same->callback([] {
    set_run([] {
      auto docs = corpus == "newswcl50" ? eval::read_newswcl50(file) : eval::read_ecbplus(file);
      if (!dump_dir.empty()) dump_documents(docs, dump_dir);
      auto score = eval::score_same_event_links(docs, Pipeline(), main_only, min_shared, !shared_only);
      std::string out;
      if (verbose && by != "stories")
        for (const auto& l : score.details) out += l + "\n";
      if (verbose && by != "events")
        for (const auto& l : score.story_details) out += l + "\n";
      double p = score.precision(), r = score.recall();
      double sp = score.story_precision(), sr = score.story_recall();
      std::string stories = corpus + " by stories: " + std::to_string(score.stories) + " stories (" +
                            std::to_string(score.stories_refined) + " documents moved by the refinement), predicted " +
                            std::to_string(score.story_predicted_links) + ", correct " +
                            std::to_string(score.story_correct_links) + " of " + std::to_string(score.gold_links) +
                            ": precision " + percent(score.story_correct_links, score.story_predicted_links) +
                            ", recall " + percent(score.story_correct_links, score.gold_links) + ", F1 " +
                            percent(size_t(2 * sp * sr * 1000000 / (sp + sr > 0 ? sp + sr : 1)), 1000000) + "\n";
      if (by == "stories") out += stories;
      out += corpus + " by events: documents " + std::to_string(score.documents) + " (" +
             std::to_string(score.documents_with_events) + " with events), gold links " +
             std::to_string(score.gold_links) + " (" + std::to_string(score.gold_links_coded) +
             " between documents with events), predicted " + std::to_string(score.predicted_links) +
             (score.plan_links ? " (" + std::to_string(score.plan_links) + " by a plan and its meeting)" : "") +
             ", correct " +
             std::to_string(score.correct_links) + ": precision " +
             percent(score.correct_links, score.predicted_links) + ", recall " +
             percent(score.correct_links, score.gold_links) + ", F1 " +
             percent(size_t(2 * p * r * 1000000 / (p + r > 0 ? p + r : 1)), 1000000) + "\n";
      if (by != "stories") out += stories;
      write_out(out);
      return 0;
    });
  });
}

}  // namespace parley::cli
