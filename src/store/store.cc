#include "store/store.h"

#include <sqlite3.h>

#include <cstdio>
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

#include "base/calendar.h"
#include "base/text.h"
#include "output/json.h"
#include "store/consolidation.h"

namespace parley::store {
namespace {

// The schema, one entry per version; entry i migrates version i to i + 1.
const char* const kMigrations[] = {
    // 0 -> 1
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT, source TEXT, title TEXT,
  pub_date TEXT, pub_date_basis TEXT, origin TEXT,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  text TEXT);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
CREATE TABLE actors(
  id INTEGER PRIMARY KEY,
  actor_key TEXT NOT NULL UNIQUE,
  kb_id TEXT, name TEXT, country TEXT, sector TEXT, role TEXT, code TEXT,
  learned INTEGER NOT NULL DEFAULT 0);
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  family TEXT NOT NULL,
  cameo TEXT, plover TEXT, plover_mode TEXT, goldstein REAL, quad_class INTEGER,
  source_actor INTEGER REFERENCES actors(id),
  target_actor INTEGER REFERENCES actors(id),
  date TEXT, date_basis TEXT, date_text TEXT, background INTEGER,
  status TEXT, place TEXT, topics TEXT,
  mention_count INTEGER NOT NULL DEFAULT 0);
CREATE INDEX events_family ON events(family);
CREATE INDEX events_date ON events(date);
CREATE TABLE event_mentions(
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(id),
  document INTEGER NOT NULL REFERENCES documents(id),
  local_id TEXT, cameo TEXT, date TEXT, status TEXT,
  evidence TEXT);
CREATE INDEX mentions_event ON event_mentions(event);
CREATE INDEX mentions_document ON event_mentions(document);
)sql",
    // 1 -> 2: what the store has seen of each actor (learned entries need
    // their evidence and first/last seen dates).
    R"sql(
ALTER TABLE actors ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE actors ADD COLUMN first_seen TEXT;
ALTER TABLE actors ADD COLUMN last_seen TEXT;
ALTER TABLE actors ADD COLUMN evidence TEXT;
)sql",
    // 2 -> 3: scored consolidation.  When an event was reported (bounds an
    // undated event), how well each report matched the event it was merged
    // into, what the merged reports disagree on, and which held meeting
    // fulfils which planned one.
    R"sql(
ALTER TABLE events ADD COLUMN first_reported TEXT;
ALTER TABLE events ADD COLUMN last_reported TEXT;
UPDATE events SET
  first_reported = (SELECT min(d.pub_date) FROM event_mentions m JOIN documents d ON d.id = m.document
                    WHERE m.event = events.id),
  last_reported = (SELECT max(d.pub_date) FROM event_mentions m JOIN documents d ON d.id = m.document
                   WHERE m.event = events.id);
ALTER TABLE event_mentions ADD COLUMN match_score REAL;
CREATE TABLE event_conflicts(
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(id),
  mention INTEGER NOT NULL REFERENCES event_mentions(id),
  field TEXT NOT NULL, stored TEXT, reported TEXT);
CREATE INDEX conflicts_event ON event_conflicts(event);
CREATE TABLE event_links(
  planned INTEGER NOT NULL UNIQUE REFERENCES events(id),
  held INTEGER NOT NULL REFERENCES events(id),
  score REAL NOT NULL);
CREATE INDEX links_held ON event_links(held);
)sql",
    // 3 -> 4: whether the two sides act together (Event::mutual); events
    // stored before it are taken as directed.
    R"sql(
ALTER TABLE events ADD COLUMN mutual INTEGER NOT NULL DEFAULT 0;
)sql",
    // 4 -> 5: the code of the act a planned event announces
    // (Event::intended_code); unknown for events stored before it.
    R"sql(
ALTER TABLE events ADD COLUMN intended_code TEXT;
)sql",
    // 5 -> 6: merging stored events.  A report may match two stored events
    // that are really one (it bridges them); they are then merged, and the
    // fields of the merged event are recomputed from all its reports, so each
    // report keeps its own sides and place (in the event's orientation).  An
    // event merged away keeps its id in event_merges, so that it still
    // resolves.  Reports stored before this take their event's values.
    R"sql(
ALTER TABLE event_mentions ADD COLUMN source_actor INTEGER;
ALTER TABLE event_mentions ADD COLUMN target_actor INTEGER;
ALTER TABLE event_mentions ADD COLUMN place TEXT;
UPDATE event_mentions SET
  source_actor = (SELECT source_actor FROM events WHERE id = event_mentions.event),
  target_actor = (SELECT target_actor FROM events WHERE id = event_mentions.event),
  place = (SELECT place FROM events WHERE id = event_mentions.event);
CREATE TABLE event_merges(
  event_id TEXT PRIMARY KEY,
  into_event INTEGER NOT NULL REFERENCES events(id),
  mention INTEGER REFERENCES event_mentions(id),
  score REAL);
CREATE INDEX merges_into ON event_merges(into_event);
)sql",
    // 6 -> 7: stories, the documents that report one happening (see
    // src/stories/stories.h).  Each story keeps its profile (the sum of its
    // members' fingerprints) and the store the number of documents that hold
    // each term.  Documents stored before this belong to no story.
    R"sql(
CREATE TABLE stories(
  id INTEGER PRIMARY KEY,
  story_id TEXT NOT NULL UNIQUE,
  first_date TEXT, last_date TEXT,
  document_count INTEGER NOT NULL DEFAULT 0,
  title TEXT);
CREATE INDEX stories_dates ON stories(first_date, last_date);
ALTER TABLE documents ADD COLUMN story INTEGER REFERENCES stories(id);
ALTER TABLE documents ADD COLUMN story_score REAL;
ALTER TABLE documents ADD COLUMN fingerprint TEXT;
CREATE INDEX documents_story ON documents(story);
CREATE TABLE story_terms(
  story INTEGER NOT NULL REFERENCES stories(id),
  term TEXT NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY(story, term)) WITHOUT ROWID;
CREATE INDEX story_terms_term ON story_terms(term);
CREATE TABLE term_documents(term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
)sql",
    // 7 -> 8: an actor with no name is keyed by its country and sector, so
    // that a country's troops and its government are two actors (before, the
    // first sector stored spoke for every later one); groups of no known
    // country ("rebels") are stored by their sector alone.
    R"sql(
UPDATE actors SET actor_key = actor_key || '~' || sector
WHERE actor_key LIKE 'country:%' AND IFNULL(sector, '') <> '';
)sql",
};
constexpr int kSchemaVersion = sizeof(kMigrations) / sizeof(kMigrations[0]);

// A prepared statement, finalised on scope exit.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("store: ") + sqlite3_errmsg(db));
  }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt& bind(int i, std::string_view s) {
    if (s.empty())
      sqlite3_bind_null(stmt_, i);
    else
      sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  // A row id, or NULL for 0 (no such row: an event without a target).
  Stmt& bind_id(int i, int64_t id) {
    if (id == 0)
      sqlite3_bind_null(stmt_, i);
    else
      sqlite3_bind_int64(stmt_, i, id);
    return *this;
  }
  Stmt& bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  // Steps once; true while a row is available.
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) throw std::runtime_error(std::string("store: ") + sqlite3_errmsg(db_));
    return false;
  }
  void run() {
    while (step()) {
    }
  }
  // Ready to run again with new bindings.
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string text(int col) const {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t ? reinterpret_cast<const char*>(t) : "";
  }
  int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  sqlite3_stmt* handle() { return stmt_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

void exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string message = err ? err : "unknown error";
    sqlite3_free(err);
    throw std::runtime_error("store: " + message);
  }
}

// Commits on success, rolls back when an exception leaves the scope.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) { exec(db_, "BEGIN IMMEDIATE"); }
  ~Transaction() {
    if (!done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  void commit() {
    exec(db_, "COMMIT");
    done_ = true;
  }

 private:
  sqlite3* db_;
  bool done_ = false;
};

std::string actor_key(const Actor& a) {
  if (!a.id.empty()) return a.id;
  if (!a.name.empty()) return a.name + "|" + a.country;
  return "country:" + a.country + (a.sector.empty() ? "" : "~" + a.sector);
}

std::string family(const std::string& cameo) { return cameo_family(cameo); }

EventStatus status_from(const std::string& s) {
  return s == "planned" ? EventStatus::kPlanned : s == "negated" ? EventStatus::kNegated : EventStatus::kOccurred;
}

std::vector<std::string> split_topics(const std::string& topics) {
  std::vector<std::string> out;
  for (size_t p = 0; !topics.empty() && p != std::string::npos;) {
    size_t n = topics.find("; ", p);
    out.push_back(topics.substr(p, n == std::string::npos ? n : n - p));
    p = n == std::string::npos ? n : n + 2;
  }
  return out;
}

// Columns of a candidate event for consolidation, read by read_candidate().
constexpr const char* kCandidateColumns =
    "ev.id, ev.event_id, ev.cameo, ev.status, ev.date, ev.place, ev.topics, ev.first_reported, ev.last_reported, "
    "sa.kb_id, sa.name, sa.country, sa.sector, ta.kb_id, ta.name, ta.country, ta.sector, "
    "ev.source_actor, ev.target_actor, ev.background";

std::string evidence_json(const Event& e) {
  std::string out = "[";
  for (size_t i = 0; i < e.evidence.size(); ++i) {
    if (i) out += ',';
    output::JsonObject o(out);
    o.str("field", e.evidence[i].field)
        .num("start", (long long)e.evidence[i].input.begin)
        .num("end", (long long)e.evidence[i].input.end)
        .str("text", e.evidence[i].text);
    o.close();
  }
  return out + "]";
}

std::string topics_text(const Event& e) {
  std::string out;
  for (const auto& t : e.topics) out += (out.empty() ? "" : "; ") + t;
  return out;
}

// The event's sentence as "start-end" input offsets ("" when not given).
std::string sentence_of(const Event& e) {
  for (const Evidence& ev : e.evidence)
    if (ev.field == "sentence") return std::to_string(ev.input.begin) + "-" + std::to_string(ev.input.end);
  return "";
}

// A stored event that a report might belong to.
struct Candidate {
  int64_t row = 0;  // 0: none
  std::string event_id;
  EventFacts facts;
  int64_t source = 0, target = 0;  // actor rows
  Match match;
};

Actor actor_at(const Stmt& s, int col) {
  return Actor{s.text(col), s.text(col + 1), s.text(col + 2), s.text(col + 3), "", ""};
}

Candidate read_candidate(const Stmt& s) {
  Candidate c;
  c.row = s.integer(0);
  c.event_id = s.text(1);
  c.facts.cameo = s.text(2);
  c.facts.status = status_from(s.text(3));
  c.facts.date = Date::parse_iso(s.text(4));
  c.facts.place = s.text(5);
  c.facts.topics = split_topics(s.text(6));
  c.facts.first_reported = Date::parse_iso(s.text(7));
  c.facts.last_reported = Date::parse_iso(s.text(8));
  c.facts.source = actor_at(s, 9);
  c.facts.target = actor_at(s, 13);
  c.source = s.integer(17);
  c.target = s.integer(18);
  c.facts.retold = s.integer(19) != 0 && !c.facts.date.known();
  return c;
}

// Stored events of one kind (the family and its kindred families, see
// kindred_families()) and status that share a country (or an unknown
// country) with the report, most recent first.  Scoring decides;
// this only keeps the comparison cheap.
std::vector<Candidate> candidates(sqlite3* db, const std::string& fam, EventStatus status, const EventFacts& r) {
  std::string sql = std::string("SELECT ") + kCandidateColumns +
                    " FROM events ev LEFT JOIN actors sa ON sa.id = ev.source_actor "
                    "LEFT JOIN actors ta ON ta.id = ev.target_actor "
                    "WHERE ev.family IN (?1, ?5, ?6) AND ev.status = ?2 AND (IFNULL(sa.country, '') IN (?3, ?4) OR "
                    "IFNULL(ta.country, '') IN (?3, ?4)) ORDER BY ev.id DESC LIMIT 500";
  Stmt s(db, sql.c_str());
  s.bind(1, fam).bind(2, std::string(to_string(status)));
  // Up to two kindred families; the family itself fills the unused places.
  std::vector<std::string> kin = kindred_families(fam);
  kin.resize(3, fam);
  s.bind(5, kin[1]).bind(6, kin[2]);
  // bind() turns "" into NULL; IN needs the empty string for unknown countries.
  for (int i : {3, 4}) {
    const std::string& country = i == 3 ? r.source.country : r.target.country;
    sqlite3_bind_text(s.handle(), i, country.c_str(), static_cast<int>(country.size()), SQLITE_TRANSIENT);
  }
  std::vector<Candidate> out;
  while (s.step()) out.push_back(read_candidate(s));
  return out;
}

// Every candidate at or above the merge score, best first; ties go to the
// most recent event (candidates() lists them most recent first).  The best
// rather than the first keeps a report from joining a weaker look-alike
// stored earlier; the others are events the report may bridge.
template <class MatchFn>
std::vector<Candidate> matching(std::vector<Candidate> cs, MatchFn match) {
  std::vector<Candidate> out;
  for (Candidate& c : cs) {
    c.match = match(c.facts);
    if (c.match.possible && c.match.score >= kSameEventScore) out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Candidate& a, const Candidate& b) { return a.match.score > b.match.score; });
  return out;
}

// How many of a document's first events count as its news when a shared
// event is evidence of a shared story.
constexpr size_t kLeadEvents = 2;

// A report that says nothing of when (see Match::unplaced_in_time) cannot
// tell apart two stored events that are not one (the same two leaders'
// summits of June and of February): when it matches such a pair it joins
// neither.  Nor does it show two stored events to be one: it is left with
// the best match alone, and bridges nothing.
void keep_unambiguous(std::vector<Candidate>& matches) {
  for (size_t i = 1; i < matches.size(); ++i)
    if (!match_same_event(matches.front().facts, matches[i].facts).possible) {
      matches.clear();
      return;
    }
  matches.resize(std::min<size_t>(matches.size(), 1));
}

// "2017-05-10" is finer than "2017-05", which is finer than "2017" or "".
int precision(const Date& d) { return d.day ? 3 : d.month ? 2 : d.year ? 1 : 0; }

std::string earlier(const std::string& a, const std::string& b) { return a.empty() || (!b.empty() && b < a) ? b : a; }
std::string later(const std::string& a, const std::string& b) { return a.empty() || (!b.empty() && b > a) ? b : a; }

// Merging a report can sharpen the stored event: a finer date, a place, the
// named person where the event only knew a country, and a longer span of
// publication dates.  Disagreements are kept in event_conflicts by the caller.
void refine_event(sqlite3* db, const Candidate& c, const EventFacts& report, int64_t source, int64_t target) {
  const EventFacts& stored = c.facts;
  std::string date = precision(report.date) > precision(stored.date) ? report.date.iso() : stored.date.iso();
  // The report's actors in the stored event's orientation.
  const Actor& rs = c.match.swapped ? report.target : report.source;
  const Actor& rt = c.match.swapped ? report.source : report.target;
  int64_t rs_row = c.match.swapped ? target : source, rt_row = c.match.swapped ? source : target;
  int64_t new_source = stored.source.name.empty() && !rs.name.empty() ? rs_row : c.source;
  int64_t new_target = stored.target.name.empty() && !rt.name.empty() ? rt_row : c.target;
  std::string pub = report.first_reported.iso();
  Stmt up(db,
          "UPDATE events SET date = ?, place = COALESCE(place, ?), source_actor = ?, target_actor = ?, "
          "first_reported = ?, last_reported = ? WHERE id = ?");
  up.bind(1, date)
      .bind(2, report.place)
      .bind_id(3, new_source)
      .bind_id(4, new_target)
      .bind(5, earlier(stored.first_reported.iso(), pub))
      .bind(6, later(stored.last_reported.iso(), pub))
      .bind(7, c.row);
  up.run();
}

void record_conflicts(sqlite3* db, int64_t event, int64_t mention, const std::vector<Conflict>& conflicts) {
  for (const Conflict& k : conflicts) {
    Stmt s(db, "INSERT INTO event_conflicts(event, mention, field, stored, reported) VALUES(?,?,?,?,?)");
    s.bind(1, event).bind(2, mention).bind(3, k.field).bind(4, k.stored).bind(5, k.reported);
    s.run();
  }
}

// The stored event at `row`, as a candidate; none when it is gone (merged).
std::optional<Candidate> candidate_at(sqlite3* db, int64_t row) {
  std::string sql = std::string("SELECT ") + kCandidateColumns +
                    " FROM events ev LEFT JOIN actors sa ON sa.id = ev.source_actor "
                    "LEFT JOIN actors ta ON ta.id = ev.target_actor WHERE ev.id = ?";
  Stmt s(db, sql.c_str());
  s.bind(1, row);
  if (!s.step()) return std::nullopt;
  return read_candidate(s);
}

int64_t count_of(sqlite3* db, const char* sql, int64_t row) {
  Stmt s(db, sql);
  s.bind(1, row);
  s.step();
  return s.integer(0);
}

int64_t mention_count(sqlite3* db, int64_t row) {
  return count_of(db, "SELECT count(*) FROM event_mentions WHERE event = ?", row);
}

// Whether two events have reports in one document.  The extractor merges the
// repeats of an event within a document itself, so two events it kept apart
// there are two events.
bool share_document(sqlite3* db, int64_t a, int64_t b) {
  Stmt s(db,
         "SELECT 1 FROM event_mentions x JOIN event_mentions y ON x.document = y.document "
         "WHERE x.event = ? AND y.event = ? LIMIT 1");
  s.bind(1, a).bind(2, b);
  return s.step();
}

// The date most reports support at the finest precision any gives: one
// report's day beats another's month, two reports of a day beat one of
// another day.  Ties go to the earlier date, so that the order of ingest
// does not decide.
std::string best_date(sqlite3* db, int64_t row) {
  Stmt s(db, "SELECT date, count(*) FROM event_mentions WHERE event = ? AND date IS NOT NULL GROUP BY date ORDER BY date");
  s.bind(1, row);
  std::string best;
  int best_precision = -1;
  int64_t best_count = 0;
  while (s.step()) {
    int p = precision(Date::parse_iso(s.text(0)));
    int64_t n = s.integer(1);
    if (p > best_precision || (p == best_precision && n > best_count)) best = s.text(0), best_precision = p, best_count = n;
  }
  return best;
}

// The actor of one side (column `side` of event_mentions) most reports give,
// a named person or body before a bare country; ties by actor key.
int64_t best_side(sqlite3* db, int64_t row, const std::string& side) {
  std::string sql = "SELECT m." + side +
                    ", IFNULL(a.name, '') != '' AS named, count(*) AS n FROM event_mentions m JOIN actors a ON a.id = m." +
                    side + " WHERE m.event = ? GROUP BY m." + side + " ORDER BY named DESC, n DESC, a.actor_key LIMIT 1";
  Stmt s(db, sql.c_str());
  s.bind(1, row);
  return s.step() ? s.integer(0) : 0;
}

// The fields of an event recomputed from all its reports: date, place and
// sides by weight of evidence (see best_date(), best_side()), the span of
// publication dates and the number of reports.  The code stays the one of
// the event that had more reports (merge_events() keeps that one).
void recompute_event(sqlite3* db, int64_t row) {
  Stmt place(db,
             "SELECT place FROM event_mentions WHERE event = ? AND place IS NOT NULL GROUP BY place "
             "ORDER BY count(*) DESC, place LIMIT 1");
  place.bind(1, row);
  std::string best_place = place.step() ? place.text(0) : "";
  Stmt up(db,
          "UPDATE events SET date = ?1, place = ?2, source_actor = ?3, target_actor = ?4, "
          "mention_count = (SELECT count(*) FROM event_mentions WHERE event = ?5), "
          "first_reported = (SELECT min(d.pub_date) FROM event_mentions m JOIN documents d ON d.id = m.document "
          "WHERE m.event = ?5), "
          "last_reported = (SELECT max(d.pub_date) FROM event_mentions m JOIN documents d ON d.id = m.document "
          "WHERE m.event = ?5) WHERE id = ?5");
  up.bind(1, best_date(db, row))
      .bind(2, best_place)
      .bind_id(3, best_side(db, row, "source_actor"))
      .bind_id(4, best_side(db, row, "target_actor"))
      .bind(5, row);
  up.run();
}

// Moves everything of event `gone` to event `keep` and deletes `gone`,
// whose id then resolves to `keep` through event_merges.  `flip`: the two
// are told from opposite sides (a meeting), so the reports of `gone` swap
// their sides.  `mention` is the report that bridged them; the two events'
// disagreements (`between`) are kept with it.
void merge_events(sqlite3* db, int64_t keep, const Candidate& gone, bool flip, int64_t mention,
                  const Match& between) {
  const char* moves[] = {
      flip ? "UPDATE event_mentions SET event = ?1, source_actor = target_actor, target_actor = source_actor "
             "WHERE event = ?2"
           : "UPDATE event_mentions SET event = ?1 WHERE event = ?2",
      "UPDATE event_conflicts SET event = ?1 WHERE event = ?2",
      // A plan linked to a meeting on each side keeps the better link.
      "DELETE FROM event_links WHERE planned = ?2 AND (SELECT score FROM event_links WHERE planned = ?1) >= score",
      "DELETE FROM event_links WHERE planned = ?1 AND EXISTS (SELECT 1 FROM event_links WHERE planned = ?2)",
      "UPDATE event_links SET planned = ?1 WHERE planned = ?2",
      "UPDATE event_links SET held = ?1 WHERE held = ?2",
      "UPDATE event_merges SET into_event = ?1 WHERE into_event = ?2",
      "UPDATE events SET mutual = max(mutual, (SELECT mutual FROM events WHERE id = ?2)) WHERE id = ?1",
  };
  for (const char* sql : moves) {
    Stmt s(db, sql);
    s.bind(1, keep).bind(2, gone.row);
    s.run();
  }
  Stmt alias(db, "INSERT INTO event_merges(event_id, into_event, mention, score) VALUES(?,?,?,?)");
  alias.bind(1, gone.event_id).bind(2, keep).bind(3, mention).bind(4, between.score);
  alias.run();
  Stmt del(db, "DELETE FROM events WHERE id = ?");
  del.bind(1, gone.row);
  del.run();
  recompute_event(db, keep);
}

// A report that matches two stored events may show them to be one: it
// joined `row`, and `other` matched it too.  They are merged when they do
// not rule each other out (a report dated only to a month matches two
// meetings days apart; those stay two) and no document reports both.  The
// event that had more reports (else the older) keeps its id and code.  Returns
// the two rows as {kept, merged away}, or {row, 0} when nothing merged.
std::pair<int64_t, int64_t> bridge(sqlite3* db, int64_t row, int64_t other, int64_t mention) {
  std::optional<Candidate> a = candidate_at(db, row), b = candidate_at(db, other);
  if (!a || !b || share_document(db, row, other)) return {row, 0};
  Match between = match_same_event(a->facts, b->facts);
  if (!between.possible) return {row, 0};
  // Reports before this one: the bridging report itself favours neither.
  int64_t na = mention_count(db, row) - 1, nb = mention_count(db, other);
  bool keep_a = na > nb || (na == nb && row < other);
  const Candidate& keep = keep_a ? *a : *b;
  const Candidate& gone = keep_a ? *b : *a;
  merge_events(db, keep.row, gone, between.swapped, mention, between);
  record_conflicts(db, keep.row, mention, between.conflicts);
  return {keep.row, gone.row};
}

// The held meeting a plan is linked to, if any.
std::optional<Candidate> linked_meeting(sqlite3* db, int64_t plan) {
  Stmt s(db, "SELECT held FROM event_links WHERE planned = ?");
  s.bind(1, plan);
  if (!s.step()) return std::nullopt;
  return candidate_at(db, s.integer(0));
}

// Whether `held` fulfils a plan better than the meeting it is linked to:
// the first meeting of those people after the plan was announced fulfils
// it, not a later one ("the summit" planned in May is June's, not next
// February's); of two not placed before one another, the better match.
bool fulfils_sooner(const Candidate& held, const std::optional<Candidate>& linked, double linked_score) {
  if (!linked) return true;
  if (earlier_meeting(held.facts, linked->facts)) return true;
  if (earlier_meeting(linked->facts, held.facts)) return false;
  return held.match.score > linked_score;
}

double link_score(sqlite3* db, int64_t plan) {
  Stmt s(db, "SELECT score FROM event_links WHERE planned = ?");
  s.bind(1, plan);
  return s.step() ? s.real(0) : 0;
}

// Links a held meeting to the planned one it fulfils (or a plan to a meeting
// already stored).  A plan keeps the first meeting held after it (see
// fulfils_sooner()).
void link_plan(sqlite3* db, int64_t row, const EventFacts& facts) {
  bool planned = planned_meeting(facts);
  bool held = cameo_family(facts.cameo) == "04" && facts.status == EventStatus::kOccurred;
  if (!planned && !held) return;
  std::vector<Candidate> cs;
  if (planned) {
    cs = candidates(db, "04", EventStatus::kOccurred, facts);
  } else {  // plans are intents to meet (036) or meetings to come (042 planned: "will visit")
    cs = candidates(db, "036", EventStatus::kPlanned, facts);
    auto visits = candidates(db, "04", EventStatus::kPlanned, facts);
    cs.insert(cs.end(), std::make_move_iterator(visits.begin()), std::make_move_iterator(visits.end()));
  }
  std::vector<Candidate> found = matching(std::move(cs), [&](const EventFacts& other) {
    return planned ? match_plan_to_meeting(facts, other) : match_plan_to_meeting(other, facts);
  });
  if (found.empty()) return;
  int64_t plan = 0;
  Candidate meeting;
  if (planned) {  // the first of the meetings it matches
    plan = row;
    meeting = found.front();
    for (const Candidate& c : found)
      if (fulfils_sooner(c, meeting, meeting.match.score) && c.row != meeting.row) meeting = c;
  } else {
    plan = found.front().row;
    std::optional<Candidate> self = candidate_at(db, row);
    if (!self) return;
    meeting = *self;
    meeting.match = found.front().match;
  }
  if (!fulfils_sooner(meeting, linked_meeting(db, plan), link_score(db, plan))) return;
  Stmt s(db,
         "INSERT INTO event_links(planned, held, score) VALUES(?1, ?2, ?3) "
         "ON CONFLICT(planned) DO UPDATE SET held = excluded.held, score = excluded.score");
  s.bind(1, plan).bind(2, meeting.row).bind(3, meeting.match.score);
  s.run();
}

}  // namespace

std::string content_hash(std::string_view bytes) {
  // Two independent 64-bit FNV-1a style hashes (different offsets and
  // primes), enough to tell documents apart; not a cryptographic digest.
  uint64_t h1 = 0xcbf29ce484222325ULL, h2 = 0x84222325cbf29ce4ULL;
  for (unsigned char c : bytes) {
    h1 = (h1 ^ c) * 0x100000001b3ULL;
    h2 = (h2 ^ c) * 0x100000001b5ULL + 0x9e3779b97f4a7c15ULL;
  }
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", (unsigned long long)h1, (unsigned long long)h2);
  return buf;
}

std::unique_ptr<Store> Store::open(const std::string& path, std::string& error) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    error = path + ": " + (db ? sqlite3_errmsg(db) : "cannot open");
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_busy_timeout(db, 10000);
  std::unique_ptr<Store> store(new Store(db));
  try {
    // WAL: readers never block the writer; a crash loses at most the
    // transaction in progress.
    exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
    if (!store->migrate(error)) return nullptr;
  } catch (const std::exception& e) {
    error = path + ": " + e.what();
    return nullptr;
  }
  return store;
}

Store::~Store() { sqlite3_close(db_); }

int Store::schema_version() {
  Stmt s(db_, "PRAGMA user_version");
  s.step();
  return static_cast<int>(s.integer(0));
}

bool Store::migrate(std::string& error) {
  int version = schema_version();
  if (version > kSchemaVersion) {
    error = "store schema version " + std::to_string(version) + " is newer than this parley (" +
            std::to_string(kSchemaVersion) + ")";
    return false;
  }
  for (int v = version; v < kSchemaVersion; ++v) {
    Transaction t(db_);
    exec(db_, kMigrations[v]);
    exec(db_, ("PRAGMA user_version=" + std::to_string(v + 1)).c_str());
    t.commit();
  }
  return true;
}

bool Store::has_content(const Document& doc) {
  Stmt s(db_, "SELECT 1 FROM documents WHERE content_hash = ?");
  s.bind(1, content_hash(doc.input_view()));
  return s.step();
}

int64_t Store::upsert_actor(const Actor& a) {
  if (a.name.empty() && a.country.empty() && a.sector.empty()) return 0;
  std::string key = actor_key(a);
  Stmt find(db_, "SELECT id FROM actors WHERE actor_key = ?");
  find.bind(1, key);
  if (find.step()) return find.integer(0);
  Stmt ins(db_,
           "INSERT INTO actors(actor_key, kb_id, name, country, sector, role, code, learned) VALUES(?,?,?,?,?,?,?,?)");
  ins.bind(1, key)
      .bind(2, a.id)
      .bind(3, a.name)
      .bind(4, a.country)
      .bind(5, a.sector)
      .bind(6, a.role)
      .bind(7, a.code)
      .bind(8, static_cast<int64_t>(a.learned()));
  ins.run();
  return sqlite3_last_insert_rowid(db_);
}

// Counts the document's named people and bodies, and keeps the first
// evidence and the first/last dates they were seen (the publication date).
void Store::record_actors(const Document& doc) {
  std::string date = doc.pub_date.iso();
  for (const Entity& entity : doc.entities) {
    const Actor& a = entity.actor;
    if (a.name.empty() || entity.mentions.empty()) continue;
    int64_t id = upsert_actor(a);
    Span first = doc.to_input(doc.mentions[entity.mentions.front()].text);
    std::string evidence = doc.id + ":" + std::to_string(first.begin) + "-" + std::to_string(first.end);
    Stmt up(db_,
            "UPDATE actors SET mentions = mentions + ?, "
            "first_seen = CASE WHEN ?2 = '' THEN first_seen WHEN first_seen IS NULL OR ?2 < first_seen THEN ?2 "
            "ELSE first_seen END, "
            "last_seen = CASE WHEN ?2 = '' THEN last_seen WHEN last_seen IS NULL OR ?2 > last_seen THEN ?2 "
            "ELSE last_seen END, "
            "evidence = COALESCE(evidence, ?3) WHERE id = ?4");
    up.bind(1, static_cast<int64_t>(entity.mentions.size())).bind(2, date).bind(3, evidence).bind(4, id);
    up.run();
  }
}

std::vector<StoredActor> Store::actors(bool learned_only) {
  std::vector<StoredActor> out;
  Stmt s(db_,
         "SELECT kb_id, name, country, sector, role, code, learned, mentions, first_seen, last_seen, evidence "
         "FROM actors WHERE (? = 0 OR learned = 1) ORDER BY mentions DESC, name");
  s.bind(1, static_cast<int64_t>(learned_only));
  while (s.step()) {
    StoredActor a;
    a.actor = Actor{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
    a.learned = s.integer(6) != 0;
    a.mentions = static_cast<size_t>(s.integer(7));
    a.first_seen = s.text(8);
    a.last_seen = s.text(9);
    a.evidence = s.text(10);
    out.push_back(std::move(a));
  }
  return out;
}

int64_t Store::insert_event(const Event& e, const std::string& event_id, int64_t source, int64_t target,
                            const std::string& published) {
  Stmt ev(db_,
          "INSERT INTO events(event_id, family, cameo, plover, plover_mode, goldstein, quad_class, source_actor, "
          "target_actor, date, date_basis, date_text, background, status, place, topics, first_reported, "
          "last_reported, mutual, intended_code) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  ev.bind(1, event_id)
      .bind(2, family(e.cameo))
      .bind(3, e.cameo)
      .bind(4, e.plover)
      .bind(5, e.plover_mode)
      .bind(6, e.goldstein)
      .bind(7, static_cast<int64_t>(e.quad_class))
      .bind_id(8, source)
      .bind_id(9, target)
      .bind(10, e.date.iso())
      .bind(11, e.date_basis)
      .bind(12, e.date_text)
      .bind(13, static_cast<int64_t>(e.background))
      .bind(14, to_string(e.status))
      .bind(15, e.place)
      .bind(16, topics_text(e))
      .bind(17, published)
      .bind(18, published)
      .bind(19, static_cast<int64_t>(e.mutual))
      .bind(20, e.intended_code);
  ev.run();
  return sqlite3_last_insert_rowid(db_);
}

IngestResult Store::add(const Document& doc, std::vector<Event>& events) {
  IngestResult result;
  Transaction t(db_);
  std::string hash = content_hash(doc.input_view());
  {
    Stmt dup(db_, "SELECT 1 FROM documents WHERE content_hash = ?");
    dup.bind(1, hash);
    if (dup.step()) {
      result.skipped = true;
      return result;  // rolled back: nothing was written
    }
  }
  std::string text = events_only_ ? std::string() : doc.main_text();
  Stmt ins(db_,
           "INSERT INTO documents(doc_id, content_hash, url, source, title, pub_date, pub_date_basis, origin, text) "
           "VALUES(?,?,?,?,?,?,?,?,?)");
  ins.bind(1, doc.id)
      .bind(2, hash)
      .bind(3, doc.url)
      .bind(4, doc.source)
      .bind(5, doc.title)
      .bind(6, doc.pub_date.iso())
      .bind(7, to_string(doc.pub_date_basis))
      .bind(8, doc.origin)
      .bind(9, text);
  ins.run();
  int64_t document = sqlite3_last_insert_rowid(db_);
  if (!events_only_) {
    Stmt fts(db_, "INSERT INTO documents_fts(rowid, title, text) VALUES(?,?,?)");
    fts.bind(1, document).bind(2, doc.title).bind(3, text);
    fts.run();
    record_actors(doc);
  }
  // The story by the text alone, before the events (see join_story()).
  std::optional<stories::Fingerprint> fingerprint;
  int64_t story = 0;
  double story_score = 0;
  if (!events_only_) {
    fingerprint = stories::fingerprint(doc);
    story = best_story(*fingerprint, {}, stories::kSameStory, stories::kSameStoryUndated, story_score);
  }
  // Stored events this document reports again as its lead news (see
  // kLeadEvents).
  std::set<int64_t> joined_events;
  std::set<int64_t> story_events = events_of_story(story);  // stored events the document's story reports
  size_t reported = 0;
  // Events this document already has from each sentence.  Two events the
  // extractor coded from one sentence are distinct on purpose (it merges
  // repeats within a document itself), so they are never merged here.
  std::map<int64_t, std::set<std::string>> sentences_of;  // event row -> sentence evidence
  for (Event& e : events) {
    e.source.actor = completed_name(e.source.actor, doc.entities);
    e.target.actor = completed_name(e.target.actor, doc.entities);
    int64_t source = upsert_actor(e.source.actor), target = upsert_actor(e.target.actor);
    EventFacts facts = facts_of(e, doc.pub_date);
    std::string sentence = sentence_of(e);
    auto cs = candidates(db_, family(e.cameo), e.status, facts);
    if (story) {  // the document's story corroborates the reports of it (see corroborated_without_date())
      facts.story = std::to_string(story);
      for (Candidate& c : cs)
        if (story_events.count(c.row)) c.facts.story = facts.story;
    }
    std::erase_if(cs, [&](const Candidate& c) { return sentences_of[c.row].count(sentence) > 0; });
    std::vector<Candidate> matches =
        matching(std::move(cs), [&](const EventFacts& stored) { return match_same_event(stored, facts); });
    if (!matches.empty() && matches.front().match.unplaced_in_time) keep_unambiguous(matches);
    Candidate match = matches.empty() ? Candidate{} : matches.front();
    int64_t row = match.row;
    std::string local_id = e.event_id, event_id = match.event_id;
    if (row) {
      refine_event(db_, match, facts, source, target);
      if (e.mutual) {  // one report saw the sides act together: so they did
        Stmt mutual(db_, "UPDATE events SET mutual = 1 WHERE id = ?");
        mutual.bind(1, row);
        mutual.run();
      }
    } else {
      event_id = "ev-" + content_hash(doc.id + "/" + local_id).substr(0, 16);
      row = insert_event(e, event_id, source, target, doc.pub_date.iso());
    }
    // The report's sides in the orientation of the event it joins.
    bool swapped = match.row && match.match.swapped;
    Stmt m(db_,
           "INSERT INTO event_mentions(event, document, local_id, cameo, date, status, evidence, match_score, "
           "source_actor, target_actor, place) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m.bind(1, row)
        .bind(2, document)
        .bind(3, local_id)
        .bind(4, e.cameo)
        .bind(5, e.date.iso())
        .bind(6, to_string(e.status))
        .bind(7, evidence_json(e))
        .bind_id(9, swapped ? target : source)
        .bind_id(10, swapped ? source : target)
        .bind(11, e.place);
    if (match.row) m.bind(8, match.match.score);
    m.run();
    int64_t mention = sqlite3_last_insert_rowid(db_);
    record_conflicts(db_, row, mention, match.match.conflicts);
    Stmt count(db_, "UPDATE events SET mention_count = mention_count + 1 WHERE id = ?");
    count.bind(1, row);
    count.run();
    for (size_t i = 1; i < matches.size(); ++i) {
      auto [kept, gone] = bridge(db_, row, matches[i].row, mention);
      if (!gone) continue;
      sentences_of[kept].merge(sentences_of[gone]);
      sentences_of.erase(gone);
      row = kept;
    }
    link_plan(db_, row, facts);
    // Only the first events of a document are its news: the later ones are
    // often the background other stories repeat too (a summit planned).
    if (match.row && !e.background && reported < kLeadEvents) joined_events.insert(row);
    ++reported;
    sentences_of[row].insert(sentence);
    e.event_id = event_id;
    ++result.events;
  }
  // A later report of this document may have merged the event an earlier
  // one joined.
  for (Event& e : events) e.event_id = resolve_event_id(e.event_id);
  if (fingerprint) {
    // No story by the text: one that reports an event of this document
    // needs less of it.
    if (!story) {
      std::set<int64_t> sharing = stories_sharing_events(joined_events, document);
      if (!sharing.empty())
        story = best_story(*fingerprint, sharing, stories::kSameStoryWithEvent, stories::kSameStoryWithEvent,
                           story_score);
    }
    result.new_story = story == 0;
    result.story = story_id_of(join_story(document, story, doc, *fingerprint, story_score));
  }
  t.commit();
  if (fingerprint) {  // the counts join_story() wrote, now that they are stored
    frequencies_.documents += 1;
    for (const auto& [term, weight] : fingerprint->terms) frequencies_.df[term] += 1;
  }
  return result;
}

const stories::Frequencies& Store::frequencies() {
  if (frequencies_loaded_) return frequencies_;
  frequencies_ = {};
  Stmt n(db_, "SELECT count(*) FROM documents WHERE story IS NOT NULL");
  n.step();
  frequencies_.documents = static_cast<double>(n.integer(0));
  Stmt s(db_, "SELECT term, documents FROM term_documents");
  while (s.step()) frequencies_.df.emplace(s.text(0), static_cast<double>(s.integer(1)));
  frequencies_loaded_ = true;
  return frequencies_;
}

namespace {

// Stories sharing the rarest terms of `fp` (by idf weight), those sharing
// most first: the only ones worth comparing in full.
std::vector<int64_t> stories_sharing_terms(sqlite3* db, const stories::Fingerprint& fp, const stories::Frequencies& f) {
  constexpr size_t kLookupTerms = 12, kCandidates = 40;
  std::vector<std::string> top = stories::top_terms(fp.terms, f, kLookupTerms);
  std::vector<int64_t> out;
  if (top.empty()) return out;
  std::string sql = "SELECT story FROM story_terms WHERE term IN (?";
  for (size_t i = 1; i < top.size(); ++i) sql += ",?";
  sql += ") GROUP BY story ORDER BY count(*) DESC, story DESC LIMIT " + std::to_string(kCandidates);
  Stmt s(db, sql.c_str());
  for (size_t i = 0; i < top.size(); ++i) s.bind(static_cast<int>(i + 1), top[i]);
  while (s.step()) out.push_back(s.integer(0));
  return out;
}

// "term\tweight\n" lines.
std::string fingerprint_text(const stories::Terms& terms) {
  std::string out;
  char weight[32];
  for (const auto& [term, w] : terms) {
    std::snprintf(weight, sizeof weight, "%.4g", w);
    out += term + '\t' + weight + '\n';
  }
  return out;
}

stories::Terms parse_fingerprint(std::string_view text) {
  stories::Terms out;
  for (std::string_view line : base::split_lines(text)) {
    size_t tab = line.rfind('\t');
    if (tab == std::string_view::npos) continue;
    out.emplace(std::string(line.substr(0, tab)), std::strtod(std::string(line.substr(tab + 1)).c_str(), nullptr));
  }
  return out;
}

std::vector<stories::Terms> member_fingerprints(sqlite3* db, int64_t story) {
  std::vector<stories::Terms> out;
  Stmt s(db, "SELECT fingerprint FROM documents WHERE story = ? AND fingerprint IS NOT NULL");
  s.bind(1, story);
  while (s.step()) out.push_back(parse_fingerprint(s.text(0)));
  return out;
}

stories::Terms story_profile(sqlite3* db, int64_t story) {
  stories::Terms out;
  Stmt s(db, "SELECT term, weight FROM story_terms WHERE story = ?");
  s.bind(1, story);
  while (s.step()) out.emplace(s.text(0), s.real(1));
  return out;
}

// A line that names the document in a story listing: its title, else the
// beginning of its first sentence.
std::string headline(const Document& doc) {
  if (!doc.title.empty()) return doc.title;
  for (const Sentence& s : doc.sentences) {
    if (!is_main_text(doc.blocks[s.block].kind)) continue;
    std::string text(doc.view(s.text));
    for (char& c : text)
      if (c == '\n') c = ' ';
    if (text.size() > 120) {
      size_t cut = text.rfind(' ', 120);
      text = text.substr(0, cut == std::string::npos ? 120 : cut) + " ...";
    }
    return text;
  }
  return "";
}

}  // namespace

int64_t Store::best_story(const stories::Fingerprint& fp, const std::set<int64_t>& allowed, double threshold,
                          double threshold_undated, double& score, int64_t excluded) {
  const stories::Frequencies& f = frequencies();
  std::vector<int64_t> candidates(allowed.begin(), allowed.end());
  if (allowed.empty()) candidates = stories_sharing_terms(db_, fp, f);
  int64_t best = 0;
  double best_score = 0;
  Stmt dates(db_, "SELECT first_date, last_date FROM stories WHERE id = ?");
  for (int64_t c : candidates) {
    if (c == excluded) continue;
    dates.reset();
    dates.bind(1, c);
    if (!dates.step()) continue;
    Date first = Date::parse_iso(dates.text(0)), last = Date::parse_iso(dates.text(1));
    if (!stories::compatible_in_time(fp.date, first, last)) continue;
    // The story as a whole, or the member most like the document: a story
    // told from several sides has members closer to the document than
    // their sum is.
    double s = stories::similarity(fp.terms, story_profile(db_, c), f);
    for (const stories::Terms& m : member_fingerprints(db_, c)) s = std::max(s, stories::similarity(fp.terms, m, f));
    double needed = stories::placed_in_time(fp.date, first, last) ? threshold : threshold_undated;
    if (s >= needed && s > best_score) best = c, best_score = s;
  }
  score = best ? best_score : 0;
  return best;
}

std::set<int64_t> Store::events_of_story(int64_t story) {
  std::set<int64_t> out;
  if (!story) return out;
  Stmt s(db_,
         "SELECT DISTINCT m.event FROM event_mentions m JOIN documents d ON d.id = m.document WHERE d.story = ?");
  s.bind(1, story);
  while (s.step()) out.insert(s.integer(0));
  return out;
}

std::set<int64_t> Store::stories_sharing_events(const std::set<int64_t>& event_rows, int64_t document) {
  std::set<int64_t> out;
  Stmt s(db_,
         "SELECT DISTINCT d.story FROM event_mentions m JOIN documents d ON d.id = m.document "
         "WHERE m.event = ? AND d.id <> ? AND d.story IS NOT NULL");
  for (int64_t row : event_rows) {
    s.reset();
    s.bind(1, row).bind(2, document);
    while (s.step()) out.insert(s.integer(0));
  }
  return out;
}

int64_t Store::join_story(int64_t document, int64_t story, const Document& doc, const stories::Fingerprint& fp,
                          double score) {
  if (!story) {
    Stmt ins(db_, "INSERT INTO stories(story_id, title) VALUES(?, ?)");
    ins.bind(1, "st-" + content_hash(doc.input_view()).substr(0, 16)).bind(2, headline(doc));
    ins.run();
    story = sqlite3_last_insert_rowid(db_);
  }
  add_member(document, story, fp, score);
  Stmt df(db_,
          "INSERT INTO term_documents(term, documents) VALUES(?, 1) "
          "ON CONFLICT(term) DO UPDATE SET documents = documents + 1");
  for (const auto& [t, w] : fp.terms) {
    df.reset();
    df.bind(1, t);
    df.run();
  }
  return story;
}

void Store::add_member(int64_t document, int64_t story, const stories::Fingerprint& fp, double score) {
  // Only a day places a story in time (see stories::compatible_in_time()).
  std::string date = fp.date.day ? fp.date.iso() : "";
  Stmt up(db_,
          "UPDATE stories SET document_count = document_count + 1, "
          "first_date = CASE WHEN ?1 IS NULL THEN first_date WHEN first_date IS NULL OR ?1 < first_date THEN ?1 "
          "ELSE first_date END, "
          "last_date = CASE WHEN ?1 IS NULL THEN last_date WHEN last_date IS NULL OR ?1 > last_date THEN ?1 "
          "ELSE last_date END WHERE id = ?2");
  up.bind(1, date).bind(2, story);
  up.run();
  Stmt member(db_, "UPDATE documents SET story = ?, story_score = ?, fingerprint = ? WHERE id = ?");
  member.bind(1, story).bind(3, fingerprint_text(fp.terms)).bind(4, document);
  if (score > 0) member.bind(2, score);
  member.run();
  Stmt term(db_,
            "INSERT INTO story_terms(story, term, weight) VALUES(?, ?, ?) "
            "ON CONFLICT(story, term) DO UPDATE SET weight = weight + excluded.weight");
  for (const auto& [t, w] : fp.terms) {
    term.reset();
    term.bind(1, story).bind(2, t).bind(3, w);
    term.run();
  }
}

size_t Store::refine_stories() {
  int64_t since_row = 0, last_row = 0;
  {
    Stmt since(db_, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'stories_refined_through'");
    if (since.step()) since_row = since.integer(0);
    Stmt last(db_, "SELECT COALESCE(MAX(id), 0) FROM stories");
    if (last.step()) last_row = last.integer(0);
  }
  struct Single {
    int64_t story, document;
    stories::Fingerprint fp;
  };
  std::vector<Single> singles;
  {
    Stmt s(db_,
           "SELECT s.id, d.id, d.fingerprint, d.pub_date FROM stories s JOIN documents d ON d.story = s.id "
           "WHERE s.id > ? AND s.document_count = 1 AND d.fingerprint IS NOT NULL ORDER BY s.id");
    s.bind(1, since_row);
    while (s.step())
      singles.push_back({s.integer(0), s.integer(1), {parse_fingerprint(s.text(2)), Date::parse_iso(s.text(3))}});
  }
  size_t moved = 0;
  Transaction t(db_);
  Stmt still_single(db_, "SELECT document_count FROM stories WHERE id = ?");
  for (const Single& one : singles) {
    still_single.reset();
    still_single.bind(1, one.story);
    if (!still_single.step() || still_single.integer(0) != 1) continue;  // another joined it meanwhile
    double score = 0;
    int64_t story = best_story(one.fp, {}, stories::kSameStory, stories::kSameStoryUndated, score, one.story);
    if (!story) continue;
    add_member(one.document, story, one.fp, score);
    for (const char* sql : {"DELETE FROM story_terms WHERE story = ?", "DELETE FROM stories WHERE id = ?"}) {
      Stmt drop(db_, sql);
      drop.bind(1, one.story);
      drop.run();
    }
    ++moved;
  }
  Stmt mark(db_, "INSERT OR REPLACE INTO meta(key, value) VALUES('stories_refined_through', ?)");
  mark.bind(1, std::to_string(last_row));
  mark.run();
  t.commit();
  return moved;
}

std::string Store::story_id_of(int64_t story) {
  Stmt s(db_, "SELECT story_id FROM stories WHERE id = ?");
  s.bind(1, story);
  return s.step() ? s.text(0) : "";
}

std::string Store::story_of(const std::string& doc_id) {
  Stmt s(db_, "SELECT s.story_id FROM documents d JOIN stories s ON s.id = d.story WHERE d.doc_id = ? ORDER BY d.id LIMIT 1");
  s.bind(1, doc_id);
  return s.step() ? s.text(0) : "";
}

size_t Store::story_count() {
  Stmt s(db_, "SELECT count(*) FROM stories");
  s.step();
  return static_cast<size_t>(s.integer(0));
}

std::vector<StoredStory> Store::stories(const StoryQuery& q) {
  std::string sql = "SELECT s.id, s.story_id, s.first_date, s.last_date, s.title FROM stories s WHERE 1";
  std::vector<std::string> args;
  if (!q.from.empty()) sql += " AND s.last_date >= ?", args.push_back(q.from);
  if (!q.to.empty()) sql += " AND substr(s.first_date, 1, length(?)) <= ?", args.insert(args.end(), {q.to, q.to});
  if (!q.text.empty()) {
    sql += " AND s.id IN (SELECT d.story FROM documents d WHERE d.id IN "
           "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))";
    args.push_back(q.text);
  }
  sql += " ORDER BY s.last_date IS NULL, s.last_date DESC, s.id DESC";
  if (q.limit) sql += " LIMIT " + std::to_string(q.limit);
  Stmt s(db_, sql.c_str());
  for (size_t i = 0; i < args.size(); ++i) s.bind(static_cast<int>(i + 1), args[i]);
  Stmt docs(db_, "SELECT doc_id, source FROM documents WHERE story = ? ORDER BY id");
  Stmt events(db_,
              "SELECT count(DISTINCT m.event) FROM event_mentions m JOIN documents d ON d.id = m.document "
              "WHERE d.story = ?");
  std::vector<StoredStory> out;
  while (s.step()) {
    StoredStory st;
    st.story_id = s.text(1);
    st.first_date = s.text(2);
    st.last_date = s.text(3);
    st.title = s.text(4);
    docs.reset();
    docs.bind(1, s.integer(0));
    while (docs.step()) {
      st.documents.push_back(docs.text(0));
      std::string source = docs.text(1);
      if (!source.empty() && std::find(st.sources.begin(), st.sources.end(), source) == st.sources.end())
        st.sources.push_back(source);
    }
    events.reset();
    events.bind(1, s.integer(0));
    events.step();
    st.events = static_cast<size_t>(events.integer(0));
    out.push_back(std::move(st));
  }
  return out;
}

std::vector<StoredEvent> Store::events(const EventQuery& q) {
  std::string sql =
      "SELECT ev.id, ev.event_id, ev.cameo, ev.plover, ev.plover_mode, ev.goldstein, ev.quad_class, ev.date, "
      "ev.date_basis, ev.date_text, ev.background, ev.status, ev.place, ev.topics, ev.mention_count, "
      "sa.kb_id, sa.name, sa.country, sa.sector, sa.role, sa.code, "
      "ta.kb_id, ta.name, ta.country, ta.sector, ta.role, ta.code, ev.mutual, ev.intended_code "
      "FROM events ev LEFT JOIN actors sa ON sa.id = ev.source_actor LEFT JOIN actors ta ON ta.id = ev.target_actor WHERE 1";
  std::vector<std::string> args;
  auto add = [&](const std::string& clause, std::initializer_list<std::string> values) {
    sql += " AND " + clause;
    args.insert(args.end(), values);
  };
  if (!q.actor.empty())
    add("(sa.name LIKE '%'||?||'%' OR ta.name LIKE '%'||?||'%' OR sa.kb_id = ? OR ta.kb_id = ? OR sa.code = ? OR "
        "ta.code = ?)",
        {q.actor, q.actor, q.actor, q.actor, q.actor, q.actor});
  if (!q.country.empty()) add("(sa.country = ? OR ta.country = ?)", {q.country, q.country});
  if (!q.dyad.empty()) {
    size_t dash = q.dyad.find('-');
    std::string a = q.dyad.substr(0, dash), b = dash == std::string::npos ? "" : q.dyad.substr(dash + 1);
    add("((sa.country = ? AND ta.country = ?) OR (sa.country = ? AND ta.country = ?))", {a, b, b, a});
  }
  if (!q.cameo.empty()) add("ev.cameo LIKE ?||'%'", {q.cameo});
  if (!q.plover.empty()) add("ev.plover = ?", {q.plover});
  if (!q.from.empty()) add("ev.date >= ?", {q.from});
  if (!q.to.empty()) add("substr(ev.date, 1, length(?)) <= ?", {q.to, q.to});
  if (!q.status.empty()) add("ev.status = ?", {q.status});
  if (q.dyadic) add("COALESCE(sa.country, '') <> '' AND COALESCE(ta.country, '') <> ''", {});
  if (!q.text.empty())
    add("ev.id IN (SELECT m.event FROM event_mentions m WHERE m.document IN "
        "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))",
        {q.text});
  sql += " ORDER BY ev.date IS NULL, ev.date, ev.id";
  if (q.limit) sql += " LIMIT " + std::to_string(q.limit);
  Stmt s(db_, sql.c_str());
  for (size_t i = 0; i < args.size(); ++i) s.bind(static_cast<int>(i + 1), args[i]);
  std::vector<StoredEvent> out;
  while (s.step()) {
    StoredEvent se;
    se.row = s.integer(0);
    Event& e = se.event;
    e.event_id = s.text(1);
    e.cameo = s.text(2);
    e.plover = s.text(3);
    e.plover_mode = s.text(4);
    e.goldstein = s.real(5);
    e.quad_class = static_cast<int>(s.integer(6));
    std::string date = s.text(7);
    if (!date.empty()) e.date = Date::parse_iso(date);
    e.date_basis = s.text(8);
    e.date_text = s.text(9);
    e.background = s.integer(10) != 0;
    std::string status = s.text(11);
    e.status = status == "planned"   ? EventStatus::kPlanned
               : status == "negated" ? EventStatus::kNegated
                                     : EventStatus::kOccurred;
    e.place = s.text(12);
    std::string topics = s.text(13);
    for (size_t p = 0; !topics.empty() && p != std::string::npos;) {
      size_t n = topics.find("; ", p);
      e.topics.push_back(topics.substr(p, n == std::string::npos ? n : n - p));
      p = n == std::string::npos ? n : n + 2;
    }
    se.mentions = static_cast<size_t>(s.integer(14));
    e.source.actor = {s.text(15), s.text(16), s.text(17), s.text(18), s.text(19), s.text(20)};
    e.target.actor = {s.text(21), s.text(22), s.text(23), s.text(24), s.text(25), s.text(26)};
    e.mutual = s.integer(27) != 0;
    e.intended_code = s.text(28);
    Stmt docs(db_,
              "SELECT DISTINCT d.doc_id FROM event_mentions m JOIN documents d ON d.id = m.document WHERE m.event = ? "
              "ORDER BY d.id");
    docs.bind(1, s.integer(0));
    while (docs.step()) se.documents.push_back(docs.text(0));
    if (!se.documents.empty()) e.doc = se.documents.front();
    add_links_and_conflicts(se);
    out.push_back(std::move(se));
  }
  return out;
}

void Store::add_links_and_conflicts(StoredEvent& se) {
  Stmt links(
      db_,
      "SELECT (SELECT event_id FROM events WHERE id = l.planned), (SELECT event_id FROM events WHERE id = l.held), "
      "l.planned = ?1 FROM event_links l WHERE l.planned = ?1 OR l.held = ?1 ORDER BY l.score DESC");
  links.bind(1, se.row);
  while (links.step()) {
    if (links.integer(2)) {
      if (se.fulfilled_by.empty()) se.fulfilled_by = links.text(1);
    } else if (se.fulfils.empty()) {
      se.fulfils = links.text(0);
    }
  }
  Stmt conflicts(db_,
                 "SELECT c.field, c.stored, c.reported, d.doc_id FROM event_conflicts c "
                 "JOIN event_mentions m ON m.id = c.mention JOIN documents d ON d.id = m.document "
                 "WHERE c.event = ? ORDER BY c.id");
  Stmt stories(db_,
               "SELECT DISTINCT s.story_id FROM event_mentions m JOIN documents d ON d.id = m.document "
               "JOIN stories s ON s.id = d.story WHERE m.event = ? ORDER BY s.id");
  stories.bind(1, se.row);
  while (stories.step()) se.stories.push_back(stories.text(0));
  Stmt merged(db_, "SELECT event_id FROM event_merges WHERE into_event = ? ORDER BY event_id");
  merged.bind(1, se.row);
  while (merged.step()) se.merged.push_back(merged.text(0));
  conflicts.bind(1, se.row);
  while (conflicts.step())
    se.conflicts.push_back(conflicts.text(0) + ": " + conflicts.text(1) + " | " + conflicts.text(2) + " (" +
                           conflicts.text(3) + ")");
}

std::vector<TimelineMonth> Store::timeline(const EventQuery& query) {
  std::vector<TimelineMonth> months;
  for (const StoredEvent& se : events(query)) {
    const Event& e = se.event;
    if (!e.date.known() || !e.date.month) continue;  // a year alone has no month to go in
    std::string month = e.date.iso().substr(0, 7);
    if (months.empty() || months.back().month != month) months.push_back({month});
    TimelineMonth& m = months.back();
    ++m.events;
    m.goldstein += e.goldstein;
    if (e.quad_class >= 1 && e.quad_class <= 4) ++m.quad[e.quad_class - 1];
  }
  return months;
}

std::string Store::resolve_event_id(const std::string& event_id) {
  Stmt s(db_, "SELECT e.event_id FROM event_merges m JOIN events e ON e.id = m.into_event WHERE m.event_id = ?");
  s.bind(1, event_id);
  return s.step() ? s.text(0) : event_id;
}

std::string Store::first_source_url(const std::string& id) {
  std::string event_id = resolve_event_id(id);
  Stmt s(db_,
         "SELECT COALESCE(d.url, d.origin) FROM event_mentions m JOIN events e ON e.id = m.event "
         "JOIN documents d ON d.id = m.document WHERE e.event_id = ? ORDER BY m.id LIMIT 1");
  s.bind(1, event_id);
  return s.step() ? s.text(0) : "";
}

size_t Store::document_count() {
  Stmt s(db_, "SELECT count(*) FROM documents");
  s.step();
  return static_cast<size_t>(s.integer(0));
}

size_t Store::event_count() {
  Stmt s(db_, "SELECT count(*) FROM events");
  s.step();
  return static_cast<size_t>(s.integer(0));
}

}  // namespace parley::store
