// Measuring cross-document consolidation: do the documents Parley says report
// the same real-world event report the same event in a gold corpus?
//
// Corpora (test data beside the checkout, never shipped):
//   - NewsWCL50 (10 political events, 5 outlets each; NewsWCL50.conll);
//   - ECB+ (43 topics, each two events of a kind; ECBplus-xml.tar.zst).
// Each document is coded and ingested into a fresh in-memory store, which
// consolidates events across documents and groups documents into stories as
// `parley ingest` does.  Links are scored both ways: by shared events and by
// shared stories.  Two
// documents are linked when they share a consolidated event, or when one
// reports a planned meeting and the other the meeting held that the store
// links to it as its fulfilment (the same meeting, announced and then held);
// gold links join documents about the same gold event.  Scores are pairwise
// over documents.
#pragma once

#include <string>
#include <vector>

#include "parley/pipeline.h"

namespace parley::eval {

struct CorpusDocument {
  std::string id, date, text;  // date: ISO or "" (from the page's URL where it has one)
  std::string url;             // the page's address, or ""
  std::string gold_event;      // documents with equal gold_event report the same event
};

// Read the corpora from their directories; throw std::runtime_error naming
// the file on missing or malformed data.
std::vector<CorpusDocument> read_newswcl50(const std::string& dir);
std::vector<CorpusDocument> read_ecbplus(const std::string& dir);

struct LinkScore {
  size_t documents = 0, documents_with_events = 0;
  size_t gold_links = 0, predicted_links = 0, correct_links = 0;
  size_t gold_links_coded = 0;  // gold links whose two documents both have events: the reach of any linking
  size_t stories_refined = 0;  // documents moved by the refinement after the batch (Store::refine_stories())
  size_t plan_links = 0;        // predicted links made only by a planned meeting and the meeting held
  double precision() const { return predicted_links ? double(correct_links) / double(predicted_links) : 0.0; }
  double recall() const { return gold_links ? double(correct_links) / double(gold_links) : 0.0; }
  // One line per predicted link ("right"/"wrong", the shared event) and per
  // missed gold link ("missed", the closest pair of reports and its score).
  std::vector<std::string> details;
  // Links by story instead: two documents are linked when the store put
  // them in one story (src/stories/stories.h), whatever events they have.
  size_t story_predicted_links = 0, story_correct_links = 0, stories = 0;
  double story_precision() const {
    return story_predicted_links ? double(story_correct_links) / double(story_predicted_links) : 0.0;
  }
  double story_recall() const { return gold_links ? double(story_correct_links) / double(gold_links) : 0.0; }
  // As `details`, for story links: "story", both documents, right/wrong/missed,
  // the two documents' stories and the similarity of the two documents.
  std::vector<std::string> story_details;
};

// `main_event_only`: link documents by their first (lead) event only, instead
// of by any shared event; `min_shared`: how many consolidated events two
// documents must share to be linked; `plan_links`: a planned meeting in one
// and the meeting held in the other count as a shared event.
LinkScore score_same_event_links(const std::vector<CorpusDocument>& docs, const Pipeline& pipeline,
                                 bool main_event_only, size_t min_shared = 1, bool plan_links = true);

}  // namespace parley::eval
