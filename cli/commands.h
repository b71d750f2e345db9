// The parley command-line front end: one file per command, each adding its
// subcommand to the app.  Commands print data on stdout and diagnostics on
// stderr, and exit 0 on success, 1 when some inputs failed, 2 on usage errors.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "parley/parley.h"

namespace parley::cli {

// What a command's callback returns becomes the process's exit code.
using Run = std::function<int()>;
void set_run(Run run);

void add_text_command(CLI::App& app);
void add_extract_command(CLI::App& app);
void add_segment_command(CLI::App& app);
void add_ingest_command(CLI::App& app);
void add_events_command(CLI::App& app);
void add_stories_command(CLI::App& app);
void add_timeline_command(CLI::App& app);
void add_entities_command(CLI::App& app);
void add_timex_command(CLI::App& app);
void add_actors_command(CLI::App& app);
void add_validate_command(CLI::App& app);

// Reads inputs, printing "parley: ORIGIN: MESSAGE" for each failure.
// Returns the number of failed inputs.
size_t read_each(const std::vector<std::string>& paths, const std::function<void(Document&&)>& on_document,
                 const ReadOptions& options = {});

// Writes `s` to stdout (unbuffered by iostreams; large writes).
void write_out(std::string_view s);

}  // namespace parley::cli
