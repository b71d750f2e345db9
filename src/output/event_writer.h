// Writers for event records: JSON Lines (the full record) and TSV (one row
// per event, the columns a spreadsheet user wants).
#pragma once

#include <string>

#include "parley/event.h"

namespace parley::output {

// One JSON object, without the final newline.  Fields: event_id, doc, cameo,
// plover, plover_mode, goldstein, quad_class, source, target, also, date,
// date_precision, date_basis, date_text, background, status, place, topics,
// evidence.
void write_event_json(std::string& out, const Event& event);

std::string tsv_header();
void write_event_tsv(std::string& out, const Event& event);

// The actor as a JSON object: name, id, country, sector, role, code (null when empty).
void write_actor_json(std::string& out, const Actor& actor);

}  // namespace parley::output
