#include "parley/pipeline.h"

#include "actors/recognizer.h"
#include "events/extractor.h"
#include "segment/segmenter.h"

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
  return events::extract_events(doc);
}

}  // namespace parley
