// parley extract [--format jsonl|tsv] FILE...|DIR|- : coded events.
#include "commands.h"
#include "output/event_writer.h"

namespace parley::cli {

void add_extract_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "extract", "Extract coded events (CAMEO/PLOVER, actors, date, status, evidence), one record per event.");
  static std::vector<std::string> inputs;
  static std::string format = "jsonl";
  cmd->add_option("inputs", inputs, "Files, directories, or - for stdin (text, HTML, JSON Lines; gzip/zstd)")
      ->required();
  cmd->add_option("--format", format, "Output format")->check(CLI::IsMember({"jsonl", "tsv"}))->capture_default_str();
  cmd->callback([] {
    set_run([] {
      Pipeline pipeline;
      if (format == "tsv") write_out(output::tsv_header() + "\n");
      size_t failed = read_each(inputs, [&](Document&& doc) {
        std::string out;
        for (const Event& e : pipeline.extract(doc)) {
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
