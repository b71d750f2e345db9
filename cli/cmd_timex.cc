// parley timex [--dct YYYY-MM-DD] FILE... : temporal expressions (TIMEX3).
#include "clean/text_cleaner.h"
#include "commands.h"
#include "output/json.h"
#include "time/timex.h"

namespace parley::cli {

void add_timex_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("timex",
                                 "Print the temporal expressions of each article with TIMEX3 type and value (JSON "
                                 "Lines; byte offsets into the input).");
  static std::vector<std::string> inputs;
  static std::string dct;
  cmd->add_option("inputs", inputs, "Files, directories, or - for stdin")->required();
  cmd->add_option("--dct", dct, "Document creation time YYYY-MM-DD (default: the article's publication date)");
  cmd->callback([] {
    set_run([] {
      Date given;
      if (!dct.empty()) {
        given = clean::parse_standalone_date(dct);
        if (!given.known()) {
          std::fprintf(stderr, "parley: --dct %s: not a date (want YYYY-MM-DD)\n", dct.c_str());
          return 2;
        }
      }
      Pipeline pipeline;
      size_t failed = read_each(inputs, [&](Document&& doc) {
        pipeline.segment(doc);
        time::tag_timexes(doc, given.known() ? given : doc.pub_date);
        std::string out;
        for (const Timex& t : doc.timexes) {
          Span in = doc.to_input(t.text);
          output::JsonObject o(out);
          o.str("doc", doc.id)
              .num("start", (long long)in.begin)
              .num("end", (long long)in.end)
              .str("text", doc.view(t.text))
              .str("type", t.type)
              .str_or_null("value", t.value);
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
