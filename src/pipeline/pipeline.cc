#include "parley/pipeline.h"

#include "actors/groups.h"
#include "actors/pronouns.h"
#include "actors/recognizer.h"
#include "events/extractor.h"
#include "segment/segmenter.h"
#include "time/timex.h"

namespace parley {

struct Pipeline::Impl {};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

void Pipeline::segment(Document& doc) const {
  if (doc.tokens.empty()) segment::segment(doc);
}

std::vector<Event> Pipeline::extract(Document& doc) const {
  segment(doc);
  actors::recognize_actors(doc);
  actors::recognize_groups(doc);
  actors::resolve_pronouns(doc);
  time::tag_timexes(doc, doc.pub_date);
  return events::extract_events(doc);
}

}  // namespace parley
