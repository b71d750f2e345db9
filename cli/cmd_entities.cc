// parley entities FILE... : the actor mentions of each article, resolved.
#include <algorithm>
#include <vector>

#include "actors/groups.h"
#include "actors/recognizer.h"
#include "commands.h"
#include "output/event_writer.h"
#include "output/json.h"

namespace parley::cli {

void add_entities_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "entities",
      "Print the actor mentions of each article with the resolved actor (JSON Lines; byte offsets into the input).");
  static std::vector<std::string> inputs;
  cmd->add_option("inputs", inputs, "Files, directories, or - for stdin")->required();
  static bool all = false;
  cmd->add_flag("--all", all,
                "Also print mentions that are no names but describe an actor: offices without their holder's name "
                "(\"the U.S. envoy\"), marked \"name\":false, and groups as the event coder sees them (\"Israeli troops\")");
  cmd->callback([] {
    set_run([] {
      Pipeline pipeline;
      size_t failed = read_each(inputs, [&](Document&& doc) {
        pipeline.segment(doc);
        actors::recognize_actors(doc);
        if (all) actors::recognize_groups(doc);
        std::string out;
        // Mentions found by later passes (the sides of "Merkel-Macron", pronouns)
        // are appended to the list; readers expect them in text order.
        std::vector<const Mention*> ordered;
        for (const Mention& m : doc.mentions) ordered.push_back(&m);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const Mention* a, const Mention* b) { return a->text.begin < b->text.begin; });
        for (const Mention* mention : ordered) {
          const Mention& m = *mention;
          if (!m.name && !all) continue;
          Span in = doc.to_input(m.text);
          output::JsonObject o(out);
          o.str("doc", doc.id)
              .num("start", (long long)in.begin)
              .num("end", (long long)in.end)
              .str("text", doc.view(m.text))
              .str("type", to_string(m.type));
          o.key("actor");
          if (m.entity >= 0)
            output::write_actor_json(out, doc.entities[m.entity].actor);
          else
            out += "null";
          o.num("entity", (long long)m.entity);
          if (all) o.boolean("name", m.name);
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
