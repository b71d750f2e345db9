#include "output/event_writer.h"

#include "output/json.h"

namespace parley {

const char* to_string(EventStatus status) {
  switch (status) {
    case EventStatus::kOccurred:
      return "occurred";
    case EventStatus::kPlanned:
      return "planned";
    case EventStatus::kNegated:
      return "negated";
  }
  return "?";
}

namespace output {

void write_actor_json(std::string& out, const Actor& a) {
  JsonObject o(out);
  o.str_or_null("name", a.name)
      .str_or_null("id", a.id)
      .str_or_null("country", a.country)
      .str_or_null("sector", a.sector)
      .str_or_null("role", a.role)
      .str_or_null("code", a.code)
      .str_or_null("posted", a.posted);
  o.close();
}

namespace {
const char* precision(const Date& d) { return !d.known() ? "" : !d.month ? "year" : !d.day ? "month" : "day"; }

void actor_or_null(JsonObject& o, std::string& out, std::string_view key, const EventActor& a) {
  o.key(key);
  if (a.empty())
    out += "null";
  else
    write_actor_json(out, a.actor);
}

// TSV cells may not hold tabs or newlines.
void tsv_cell(std::string& out, std::string_view s) {
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}
}  // namespace

void write_event_json(std::string& out, const Event& e) {
  JsonObject o(out);
  o.str("event_id", e.event_id)
      .str("doc", e.doc)
      .str("cameo", e.cameo)
      .str_or_null("intended_code", e.intended_code)
      .str_or_null("plover", e.plover)
      .str_or_null("plover_mode", e.plover_mode)
      .num("goldstein", e.goldstein)
      .num("quad_class", (long long)e.quad_class);
  actor_or_null(o, out, "source", e.source);
  actor_or_null(o, out, "target", e.target);
  o.key("also");
  out += '[';
  for (size_t i = 0; i < e.also.size(); ++i) {
    if (i) out += ',';
    write_actor_json(out, e.also[i].actor);
  }
  out += ']';
  o.boolean("mutual", e.mutual);
  o.str_or_null("date", e.date.iso())
      .str_or_null("date_precision", precision(e.date))
      .str_or_null("date_basis", e.date_basis)
      .str_or_null("date_text", e.date_text)
      .boolean("background", e.background)
      .str("status", to_string(e.status))
      .str_or_null("place", e.place);
  o.key("topics");
  append_json_strings(out, e.topics);
  o.key("evidence");
  out += '[';
  for (size_t i = 0; i < e.evidence.size(); ++i) {
    if (i) out += ',';
    JsonObject ev(out);
    ev.str("field", e.evidence[i].field)
        .num("start", (long long)e.evidence[i].input.begin)
        .num("end", (long long)e.evidence[i].input.end)
        .str("text", e.evidence[i].text);
    ev.close();
  }
  out += ']';
  o.close();
}

std::string tsv_header() {
  return "event_id\tdoc\tdate\tcameo\tplover\tgoldstein\tquad_class\tstatus\tsource_name\tsource_country\tsource_code\t"
         "target_name\ttarget_country\ttarget_code\tplace\ttopics\tevidence";
}

void write_event_tsv(std::string& out, const Event& e) {
  auto cell = [&](std::string_view s) {
    tsv_cell(out, s);
    out += '\t';
  };
  cell(e.event_id);
  cell(e.doc);
  cell(e.date.iso());
  cell(e.cameo);
  cell(e.plover);
  char g[16];
  std::snprintf(g, sizeof g, "%.1f", e.goldstein);
  cell(g);
  cell(std::to_string(e.quad_class));
  cell(to_string(e.status));
  cell(e.source.actor.name);
  cell(e.source.actor.country);
  cell(e.source.actor.code);
  cell(e.target.actor.name);
  cell(e.target.actor.country);
  cell(e.target.actor.code);
  cell(e.place);
  std::string topics;
  for (size_t i = 0; i < e.topics.size(); ++i) topics += (i ? "; " : "") + e.topics[i];
  cell(topics);
  std::string ev;
  for (const auto& x : e.evidence)
    if (x.field == "sentence") {
      ev = x.text;
      break;
    }
  tsv_cell(out, ev);
}

}  // namespace output
}  // namespace parley
