// parley segment FILE : sentences and tokens of the main text (for inspection).
#include "commands.h"
#include "output/json.h"

namespace parley::cli {

void add_segment_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "segment", "Print the sentences of the main text with their tokens and input byte spans (JSON Lines).");
  static std::vector<std::string> inputs;
  static bool all_blocks = false;
  cmd->add_option("inputs", inputs, "Files, directories, or - for stdin")->required();
  cmd->add_flag("--all", all_blocks, "Include sentences of dropped blocks (comments, captions, ...)");
  cmd->callback([] {
    set_run([] {
      Pipeline pipeline;
      size_t failed = read_each(inputs, [&](Document&& doc) {
        pipeline.segment(doc);
        std::string out;
        for (const Sentence& s : doc.sentences) {
          const Block& b = doc.blocks[s.block];
          if (!all_blocks && !is_main_text(b.kind)) continue;
          Span in = doc.to_input(s.text);
          output::JsonObject o(out);
          o.str("doc", doc.id)
              .str("block", to_string(b.kind))
              .num("start", (long long)in.begin)
              .num("end", (long long)in.end)
              .str("text", doc.view(s.text));
          o.key("tokens");
          out += '[';
          for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
            if (t != s.first_token) out += ',';
            output::append_json_string(out, doc.token_text(t));
          }
          out += ']';
          o.close();
          out += '\n';
        }
        write_out(out);
      });
      return failed ? 1 : 0;
    });
  });
}

}  // namespace parley::cli
