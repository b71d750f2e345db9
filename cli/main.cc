// parley — turn news into event data.  Thin front end over libparley.
#include <cstdio>

#include "commands.h"

namespace parley::cli {

namespace {
Run& selected() {
  static Run run;
  return run;
}
}  // namespace

void set_run(Run run) { selected() = std::move(run); }

size_t read_each(const std::vector<std::string>& paths, const std::function<void(Document&&)>& on_document,
                 const ReadOptions& options) {
  return read_inputs(paths, options, on_document, [](const ReadError& e) {
    std::fprintf(stderr, "parley: %s: %s\n", e.origin.c_str(), e.message.c_str());
  });
}

void write_out(std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }

int run_selected() {
  try {
    return selected() ? selected()() : 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "parley: %s\n", e.what());
    return 2;
  }
}

}  // namespace parley::cli

int main(int argc, char** argv) {
  using namespace parley::cli;
  CLI::App app{"parley: turns news articles into event data (who did what to whom, when, where)."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "parley 0.1.0");
  add_text_command(app);
  add_extract_command(app);
  add_segment_command(app);
  add_ingest_command(app);
  add_events_command(app);
  add_stories_command(app);
  add_timeline_command(app);
  add_entities_command(app);
  add_timex_command(app);
  add_actors_command(app);
  add_validate_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  int code = run_selected();
  std::fflush(stdout);
  return code;
}
