// parley text FILE...|DIR|- : the cleaned main text of each article.
#include "commands.h"
#include "output/json.h"

namespace parley::cli {

void add_text_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "text", "Print the cleaned main text of each article (comments, captions, teasers and boilerplate removed).");
  static std::vector<std::string> inputs;
  static bool show_blocks = false;
  cmd->add_option("inputs", inputs, "Files, directories, or - for stdin (text, HTML, JSON Lines; gzip/zstd)")
      ->required();
  cmd->add_flag("--blocks", show_blocks, "Print every block with its kind, dropped ones too (JSON Lines)");
  cmd->callback([] {
    set_run([] {
      bool first = true;
      size_t failed = read_each(
          inputs,
          [&](Document&& doc) {
            std::string out;
            if (show_blocks) {
              for (const Block& b : doc.blocks) {
                Span in = doc.to_input(b.text);
                output::JsonObject o(out);
                o.str("doc", doc.id)
                    .str("kind", to_string(b.kind))
                    .num("start", (long long)in.begin)
                    .num("end", (long long)in.end)
                    .str("why", b.why)
                    .str("text", doc.view(b.text));
                o.close();
                out += '\n';
              }
            } else {
              if (!first) out += "\n";
              out += doc.main_text();
              out += "\n";
            }
            first = false;
            write_out(out);
          },
          ReadOptions{.clean = true, .keep_empty = show_blocks});
      return failed ? 1 : 0;
    });
  });
}

}  // namespace parley::cli
