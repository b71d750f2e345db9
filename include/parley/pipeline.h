// parley/pipeline.h — the stages run over a read Document, in order.
//
//   read (reader.h) → clean → segment → entities → time → events
//
// Each stage lives in its own folder under src/ and can be run alone; the
// Pipeline runs them in order and owns the knowledge they load once.
#pragma once

#include <memory>
#include <vector>

#include "parley/document.h"
#include "parley/event.h"

namespace parley {

class Pipeline {
 public:
  Pipeline();
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Sentences and tokens.
  void segment(Document& doc) const;
  // Everything up to and including coded events.
  std::vector<Event> extract(Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley
