#include "parley/pipeline.h"

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
  // Event recognition is built in src/events (issue: events).  Until then the
  // pipeline reads, cleans and segments, and reports no events.
  return {};
}

}  // namespace parley
