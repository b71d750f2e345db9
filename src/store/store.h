// The embedded store: one SQLite file holding documents (with a content hash
// and full-text index), actors, events and event mentions (which document,
// sentence and span supports which event).
//
// Ingest is idempotent: a document whose content hash is already stored is
// skipped, so re-running an ingest after a crash (even kill -9) resumes
// without loss or duplicates — each document and its events are written in
// one transaction.  Reports of the same real-world event in several
// documents are consolidated into one event with several mentions; a report
// that matches two stored events merges them (their ids stay resolvable).
// Documents that report one happening are grouped into a story as they
// arrive (src/stories/stories.h; not in events-only mode).
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "parley/document.h"
#include "parley/event.h"
#include "stories/stories.h"

struct sqlite3;

namespace parley::store {

// Filters for event queries; empty fields do not filter.
struct EventQuery {
  std::string actor;     // name substring, KB id or actor code
  std::string country;   // either side's country
  std::string dyad;      // "USA-RUS": one side each, either direction
  std::string cameo;     // code prefix: "04", "042"
  std::string plover;    // PLOVER category
  std::string from, to;  // date range, ISO, inclusive
  std::string status;    // occurred | planned | negated
  std::string text;      // full-text query over the supporting articles (FTS5)
  // Only CAMEO dyads: events whose source and target both have a country or
  // IGO code ("Mr Straw accused" with no target, or an MP of no known
  // country, is left out).
  bool dyadic = false;
  size_t limit = 0;      // 0 = no limit
};

// An event as stored: the consolidated record and its supporting documents.
struct StoredEvent {
  Event event;                         // event_id is the store's consolidated id
  int64_t row = 0;                     // numeric id in the store
  size_t mentions = 0;                 // number of supporting mentions
  std::vector<std::string> documents;  // ids of the documents that report it
  // A held meeting and the planned meeting (036) it fulfils, linked both ways.
  std::string fulfils, fulfilled_by;  // event_ids or ""
  // What merged reports disagree on: "place: Moscow | Washington (doc-b)".
  std::vector<std::string> conflicts;
  // Ids of events found later to be this one and merged into it (a report
  // matched both); they resolve to this event (Store::resolve_event_id()).
  std::vector<std::string> merged;
  // The stories of the documents that report it (usually one).
  std::vector<std::string> stories;
};

// One month of a timeline: event counts and Goldstein totals.
struct TimelineMonth {
  std::string month;  // "2017-05"
  size_t events = 0;
  double goldstein = 0;           // sum of the events' Goldstein scores
  size_t quad[4] = {0, 0, 0, 0};  // events per quad class 1..4
};

// An actor as the store knows it: from the KB or learned from text.
struct StoredActor {
  Actor actor;
  bool learned = false;
  size_t mentions = 0;                // mentions in all stored documents
  std::string first_seen, last_seen;  // publication dates, ISO
  std::string evidence;               // "doc-id:begin-end" of the first mention (input bytes)
};

struct IngestResult {
  bool skipped = false;  // the same content was already stored
  size_t events = 0;     // events written (new or merged)
  std::string story;     // story_id of the story the document joined or began ("" in events-only mode)
  bool new_story = false;
};

// Filters for story queries; empty fields do not filter.
struct StoryQuery {
  std::string from, to;  // publication dates, ISO, inclusive: stories with a member in the range
  std::string text;      // full-text query over the member articles (FTS5)
  size_t limit = 0;      // 0 = no limit
};

// A story: the documents that report one real-world happening (see
// src/stories/stories.h).
struct StoredStory {
  std::string story_id;
  std::string first_date, last_date;  // publication dates of its dated members, "" if none
  std::vector<std::string> documents; // document ids, in order of ingest
  std::vector<std::string> sources;   // outlets, distinct, in order of ingest
  std::string title;                  // the title (else first sentence) of its first document
  size_t events = 0;                  // consolidated events its documents report
};

class Store {
 public:
  // Opens or creates the store at `path`, migrating an older schema.
  // Returns null with `error` set when the file cannot be used.
  static std::unique_ptr<Store> open(const std::string& path, std::string& error);
  ~Store();

  // Keep only what consolidation needs: no article text, full-text index or
  // actor statistics (for `parley extract`, which consolidates in memory).
  void set_events_only(bool on) { events_only_ = on; }

  // Stores a document and its events in one transaction.
  IngestResult add(const Document& doc, std::vector<Event>& events);
  bool has_content(const Document& doc);

  std::vector<StoredEvent> events(const EventQuery& query);
  // Stories, most recent first (undated ones last).
  std::vector<StoredStory> stories(const StoryQuery& query);
  // Revisits the stories of a single document begun since the last call
  // (kept in the store's meta table, so a batch an ingest killed half-way
  // is revisited by the next one).  Such a document was placed when the
  // store's document frequencies were those of the articles before it;
  // early in a batch they tell a happening's own names from common words
  // poorly, and the report a document matches may only have come after it.
  // With the frequencies of the whole batch, the document joins the story
  // it now reaches (the thresholds of add()) and its own story goes.
  // Returns the number of documents moved.
  size_t refine_stories();
  // The story_id of a stored document (by its doc id), or "".
  std::string story_of(const std::string& doc_id);
  size_t story_count();
  // Actors seen, most mentioned first; `learned_only`: those not in the KB.
  std::vector<StoredActor> actors(bool learned_only = false);
  // Dated events matching `query`, by month.
  std::vector<TimelineMonth> timeline(const EventQuery& query);
  // The id an event has now: its own, or that of the event it was merged into.
  std::string resolve_event_id(const std::string& event_id);
  // The URL (or origin) of the first document reporting an event.
  std::string first_source_url(const std::string& event_id);
  size_t document_count();
  size_t event_count();
  int schema_version();

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  bool events_only_ = false;
  // Document frequencies of story terms, read from term_documents on the
  // first use and kept up to date by add() (one writer at a time).
  stories::Frequencies frequencies_;
  bool frequencies_loaded_ = false;
  bool migrate(std::string& error);
  const stories::Frequencies& frequencies();
  // The best story for a document, by its text (`allowed` empty) or among
  // `allowed` stories only; 0 when none reaches `threshold` (or
  // `threshold_undated`, see stories::placed_in_time()).
  // `excluded`: a story not to consider (the document's own).
  int64_t best_story(const stories::Fingerprint& fp, const std::set<int64_t>& allowed, double threshold,
                     double threshold_undated, double& score, int64_t excluded = 0);
  // Stored events reported by the documents of `story`.
  std::set<int64_t> events_of_story(int64_t story);
  // Stories of the other documents reporting the events in `event_rows`.
  std::set<int64_t> stories_sharing_events(const std::set<int64_t>& event_rows, int64_t document);
  // Puts the document in `story` (0: a new story) and updates the story's
  // profile, dates and the term counts; returns the story row.
  int64_t join_story(int64_t document, int64_t story, const Document& doc, const stories::Fingerprint& fp,
                     double score);
  // Adds the document to the profile, dates and members of `story`.
  void add_member(int64_t document, int64_t story, const stories::Fingerprint& fp, double score);
  std::string story_id_of(int64_t story);
  int64_t upsert_actor(const Actor& actor);
  void record_actors(const Document& doc);
  void add_links_and_conflicts(StoredEvent& se);
  int64_t insert_event(const Event& e, const std::string& event_id, int64_t source, int64_t target,
                       const std::string& published);
  sqlite3* db_;
};

// A 128-bit content hash of the document's input, as 32 hex digits.
std::string content_hash(std::string_view bytes);

}  // namespace parley::store
