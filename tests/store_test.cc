#include "store/store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>

#include "test_util.h"

namespace parley {
namespace {

Document doc_with_text(const std::string& id, const std::string& text) {
  auto r = test::read_bytes(text, id + ".txt");
  EXPECT_EQ(r.docs.size(), 1u);
  return std::move(r.docs[0]);
}

Event meeting(const std::string& doc, const char* a, const char* ac, const char* b, const char* bc, Date date) {
  Event e;
  e.event_id = doc + "-e1";
  e.doc = doc;
  e.cameo = "040";
  e.plover = "CONSULT";
  e.goldstein = 1.0;
  e.quad_class = 1;
  e.source.actor = Actor{"", a, ac, "GOV", "", ""};
  e.target.actor = Actor{"", b, bc, "GOV", "", ""};
  e.date = date;
  return e;
}

struct TempStore {
  std::string path = test::temp_path("store.db");
  TempStore() { clear(); }
  ~TempStore() { clear(); }
  void clear() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
};

// The number a counting query gives on the store file at `path`.
int count_rows(const std::string& path, const char* sql) {
  sqlite3* raw = nullptr;
  int n = -1;
  if (sqlite3_open(path.c_str(), &raw) == SQLITE_OK)
    sqlite3_exec(
        raw, sql, [](void* out, int, char** values, char**) { return *static_cast<int*>(out) = std::atoi(values[0]), 0; },
        &n, nullptr);
  sqlite3_close(raw);
  return n;
}

TEST(Store, ReingestingADocumentIsANoOp) {
  TempStore tmp;
  std::string error;
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  EXPECT_EQ(db->schema_version(), 8);
  Document d = doc_with_text("a", "The two ministers met in Oslo on Monday.\n");
  std::vector<Event> events{meeting("a", "Ann Linde", "SWE", "Pekka Haavisto", "FIN", {2021, 3, 1})};
  EXPECT_FALSE(db->add(d, events).skipped);
  auto again = events;
  EXPECT_TRUE(db->add(d, again).skipped);
  EXPECT_EQ(db->document_count(), 1u);
  EXPECT_EQ(db->event_count(), 1u);
}

TEST(Store, ReportsOfOneEventInSeveralDocumentsAreOneEvent) {
  TempStore tmp;
  std::string error;
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  Document a = doc_with_text("a", "Lavrov met Trump at the White House on Wednesday.\n");
  Document b = doc_with_text("b", "Trump received Lavrov in the Oval Office.\n");
  Document c = doc_with_text("c", "Lavrov met Trump again months later.\n");
  std::vector<Event> ea{meeting("a", "Sergey Lavrov", "RUS", "Donald Trump", "USA", {2017, 5, 10})};
  std::vector<Event> eb{meeting("b", "Donald Trump", "USA", "Sergey Lavrov", "RUS", {2017, 5, 11})};  // a day apart
  std::vector<Event> ec{meeting("c", "Sergey Lavrov", "RUS", "Donald Trump", "USA", {2017, 9, 21})};
  db->add(a, ea);
  db->add(b, eb);
  db->add(c, ec);
  EXPECT_EQ(ea[0].event_id, eb[0].event_id);  // mirrored and one day apart: the same meeting
  EXPECT_NE(ea[0].event_id, ec[0].event_id);  // months later: another one
  auto all = db->events({});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].mentions, 2u);
  EXPECT_EQ(all[0].documents, (std::vector<std::string>{"a", "b"}));
  // The day's disagreement stays visible on the merged event.
  EXPECT_EQ(all[0].conflicts, (std::vector<std::string>{"date: 2017-05-10 | 2017-05-11 (b)"}));
}

TEST(Store, AReportJoinsTheEventItMatchesBestNotTheLatest) {
  TempStore tmp;
  std::string error;
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  // Two meetings of the same pair two days apart, in different places.
  Document a = doc_with_text("a", "Lavrov met Trump at the White House.\n");
  Document b = doc_with_text("b", "Lavrov met Trump in Sochi.\n");
  Document c = doc_with_text("c", "Lavrov's meeting with Trump at the White House in May.\n");
  std::vector<Event> ea{meeting("a", "Sergey Lavrov", "RUS", "Donald Trump", "USA", {2017, 5, 10})};
  std::vector<Event> eb{meeting("b", "Sergey Lavrov", "RUS", "Donald Trump", "USA", {2017, 5, 12})};
  std::vector<Event> ec{meeting("c", "Donald Trump", "USA", "Sergey Lavrov", "RUS", {2017, 5})};
  ea[0].place = "White House";
  eb[0].place = "Sochi";
  ec[0].place = "the White House";
  db->add(a, ea);
  db->add(b, eb);
  db->add(c, ec);
  EXPECT_NE(ea[0].event_id, eb[0].event_id);
  EXPECT_EQ(ec[0].event_id, ea[0].event_id);  // the place decides; the Sochi meeting is more recent
  EXPECT_EQ(db->event_count(), 2u);            // two days apart: a report of the month does not merge them
}

TEST(Store, AShootingCodedAsAnAssaultElsewhereIsOneEvent) {
  TempStore tmp;
  std::string error;
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  Document a = doc_with_text("a", "Marek Dolan shot dead Ilse Brandt outside her home on Sunday.\n");
  Document b = doc_with_text("b", "Dolan killed Brandt on Sunday, police said.\n");
  Event shot = meeting("a", "Marek Dolan", "", "Ilse Brandt", "", {2019, 3, 10});
  shot.cameo = "190";
  Event killed = meeting("b", "Marek Dolan", "", "Ilse Brandt", "", {2019, 3, 10});
  killed.cameo = "1823";
  std::vector<Event> ea{shot}, eb{killed};
  db->add(a, ea);
  db->add(b, eb);
  EXPECT_EQ(ea[0].event_id, eb[0].event_id);  // families 19 and 18, one kind
  EXPECT_EQ(db->event_count(), 1u);
}

// A shooting as three reports give it: one names only the gunman, one only
// the victim (neither is enough to tie those two together), and one names
// both.  Stored in any order, the three are one event.
struct ShootingReports {
  Document a = doc_with_text("a", "Marek Dolan opened fire in Brno on Sunday.\n");
  Document b = doc_with_text("b", "Marek Dolan shot Ilse Brandt on Sunday.\n");
  Document c = doc_with_text("c", "Ilse Brandt was shot in Prague on Sunday.\n");
  std::vector<Event> events(const std::string& doc) const {
    bool gunman = doc != "c", victim = doc != "a";
    Event e = meeting(doc, gunman ? "Marek Dolan" : "", "", victim ? "Ilse Brandt" : "", "", {2019, 3, 10});
    e.cameo = "190";
    if (!gunman) e.source.actor = Actor{};
    if (!victim) e.target.actor = Actor{};
    e.place = doc == "a" ? "Brno" : doc == "c" ? "Prague" : "";
    return {e};
  }
  const Document& doc(char id) const { return id == 'a' ? a : id == 'b' ? b : c; }
};

TEST(Store, AReportMatchingTwoStoredEventsMergesThemInAnyOrder) {
  ShootingReports r;
  std::string order = "abc";
  do {
    std::string error;
    auto db = store::Store::open(":memory:", error);
    ASSERT_TRUE(db) << error;
    std::vector<std::string> ids;
    for (char d : order) {
      std::vector<Event> events = r.events(std::string(1, d));
      db->add(r.doc(d), events);
      ids.push_back(events[0].event_id);
    }
    SCOPED_TRACE(order);
    ASSERT_EQ(db->event_count(), 1u);
    auto all = db->events({});
    ASSERT_EQ(all.size(), 1u);
    const store::StoredEvent& se = all[0];
    EXPECT_EQ(se.mentions, 3u);
    EXPECT_EQ(se.documents.size(), 3u);
    // Every id handed out still finds the event.
    for (const std::string& id : ids) EXPECT_EQ(db->resolve_event_id(id), se.event.event_id);
    // The merged event has both sides, from the reports that name them.
    EXPECT_EQ(se.event.source.actor.name, "Marek Dolan");
    EXPECT_EQ(se.event.target.actor.name, "Ilse Brandt");
    EXPECT_EQ(se.event.date.iso(), "2019-03-10");
    if (order[2] == 'b') {  // b came last and merged two events: the older id stays, the other is recorded
      EXPECT_EQ(se.event.event_id, ids[0]);
      EXPECT_EQ(se.merged, (std::vector<std::string>{ids[1]}));
    }
    // The places the reports disagree on stay visible.
    bool place_conflict = std::any_of(se.conflicts.begin(), se.conflicts.end(), [](const std::string& k) {
      return k.find("Brno") != std::string::npos && k.find("Prague") != std::string::npos;
    });
    EXPECT_TRUE(place_conflict) << ::testing::PrintToString(se.conflicts);
  } while (std::next_permutation(order.begin(), order.end()));
}

TEST(Store, MergedEventsKeepTheirIdsAcrossReopeningAndReingest) {
  TempStore tmp;
  ShootingReports r;
  std::string first, second;
  {
    std::string error;
    auto db = store::Store::open(tmp.path, error);
    ASSERT_TRUE(db) << error;
    auto ea = r.events("a"), ec = r.events("c"), eb = r.events("b");
    db->add(r.a, ea);
    db->add(r.c, ec);
    first = ea[0].event_id, second = ec[0].event_id;
    ASSERT_NE(first, second);  // not enough to tie them yet
    db->add(r.b, eb);
    EXPECT_EQ(eb[0].event_id, first);
  }
  std::string error;
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  EXPECT_EQ(db->resolve_event_id(second), first);
  auto again = r.events("b");
  EXPECT_TRUE(db->add(r.b, again).skipped);
  EXPECT_EQ(db->event_count(), 1u);
  EXPECT_EQ(db->events({})[0].mentions, 3u);
}

// Two events the extractor kept apart within one article are two events,
// even when a later report matches both.
TEST(Store, EventsOfOneDocumentAreNotMergedByALaterReport) {
  ShootingReports r;
  std::string error;
  auto db = store::Store::open(":memory:", error);
  ASSERT_TRUE(db) << error;
  Document ac = doc_with_text("ac", "Marek Dolan opened fire in Brno on Sunday.\nIlse Brandt was shot in Prague.\n");
  std::vector<Event> both{r.events("a")[0], r.events("c")[0]};
  both[1].event_id = "ac-e2";
  both[1].evidence.push_back({"sentence", {43, 75}, "Ilse Brandt was shot in Prague."});
  db->add(ac, both);
  ASSERT_EQ(db->event_count(), 2u);
  auto eb = r.events("b");
  db->add(r.b, eb);
  EXPECT_EQ(db->event_count(), 2u);
}

// Articles as they arrive, coded by the pipeline and stored one by one.
std::vector<Event> ingest(store::Store& db, const std::string& id, const std::string& date, const std::string& text) {
  std::string line = "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"text\":\"" + text + "\"}\n";
  auto r = test::read_bytes(line, id + ".jsonl");
  EXPECT_EQ(r.docs.size(), 1u);
  static const Pipeline pipeline;
  std::vector<Event> events = pipeline.extract(r.docs[0]);
  db.add(r.docs[0], events);
  return events;
}

TEST(Store, ArticlesAboutOneMeetingShareAnEventAndOtherMeetingsDoNot) {
  std::string error;
  auto db = store::Store::open(":memory:", error);
  ASSERT_TRUE(db) << error;
  auto a = ingest(*db, "a", "2019-06-28",
                  "Russian President Vladimir Putin met U.S. President Donald Trump in Osaka on Friday.");
  auto b = ingest(*db, "b", "2019-06-29",
                  "Donald Trump held talks with Vladimir Putin on Friday on the sidelines of the G20 summit.");
  auto c = ingest(*db, "c", "2019-06-29", "German Chancellor Angela Merkel met French President Emmanuel Macron on Friday.");
  auto d = ingest(*db, "d", "2019-06-28", "Russia's foreign minister met Donald Trump in Osaka on Friday.");
  auto e = ingest(*db, "e", "2019-09-20", "Donald Trump met Vladimir Putin on Friday.");
  for (auto* events : {&a, &b, &c, &d, &e}) ASSERT_FALSE(events->empty());
  EXPECT_EQ(a[0].event_id, b[0].event_id);  // the same meeting, told the other way round
  EXPECT_NE(a[0].event_id, c[0].event_id);  // other leaders
  EXPECT_NE(a[0].event_id, d[0].event_id);  // the foreign minister is not the president
  EXPECT_NE(a[0].event_id, e[0].event_id);  // the same pair three months later
}

TEST(Store, APlannedSummitIsLinkedToTheSummitHeld) {
  std::string error;
  auto db = store::Store::open(":memory:", error);
  ASSERT_TRUE(db) << error;
  auto plan = ingest(*db, "plan", "2018-07-01",
                     "Russian President Vladimir Putin will meet U.S. President Donald Trump in Helsinki on July 16, "
                     "the Kremlin said.");
  auto held = ingest(*db, "held", "2018-07-17", "Donald Trump met Vladimir Putin in Helsinki on Monday.");
  ASSERT_FALSE(plan.empty());
  ASSERT_FALSE(held.empty());
  ASSERT_EQ(plan[0].cameo, "036");
  ASSERT_EQ(held[0].cameo.substr(0, 2), "04");
  EXPECT_NE(plan[0].event_id, held[0].event_id);  // two events: the plan and the meeting
  auto events = db->events({});
  auto find = [&](const std::string& id) {
    return *std::find_if(events.begin(), events.end(), [&](const auto& se) { return se.event.event_id == id; });
  };
  EXPECT_EQ(find(plan[0].event_id).fulfilled_by, held[0].event_id);
  EXPECT_EQ(find(held[0].event_id).fulfils, plan[0].event_id);
  // The stored plan keeps the act it announces; the meeting held has none.
  EXPECT_EQ(find(plan[0].event_id).event.intended_code, "040");
  EXPECT_EQ(find(held[0].event_id).event.intended_code, "");
}

// Two summits of the same leaders eight months apart, a plan announced
// before the first, and a report from an article without a date that says
// only that they met.
TEST(Store, APlanIsFulfilledByTheFirstSummitAndAnUndatedReportJoinsNeither) {
  std::string error;
  auto db = store::Store::open(":memory:", error);
  ASSERT_TRUE(db) << error;
  auto plan = ingest(*db, "plan", "2018-05-11",
                     "President Donald Trump will meet North Korean leader Kim Jong-un for a summit, the White House "
                     "said.");
  auto june = ingest(*db, "june", "2018-06-12",
                     "Donald Trump met Kim Jong-un in Singapore on Tuesday.");
  auto february = ingest(*db, "february", "2019-02-28",
                         "Donald Trump met Kim Jong-un in Hanoi on Wednesday.");
  auto undated = ingest(*db, "undated", "", "Donald Trump met Kim Jong-un.");
  for (auto* events : {&plan, &june, &february, &undated}) ASSERT_FALSE(events->empty());
  ASSERT_EQ(plan[0].status, EventStatus::kPlanned);
  EXPECT_NE(june[0].event_id, february[0].event_id);
  // Nothing says which summit the undated report tells of: it joins neither
  // and merges neither into the other.
  EXPECT_NE(undated[0].event_id, june[0].event_id);
  EXPECT_NE(undated[0].event_id, february[0].event_id);
  EXPECT_EQ(db->resolve_event_id(june[0].event_id), june[0].event_id);
  EXPECT_EQ(db->resolve_event_id(february[0].event_id), february[0].event_id);
  auto events = db->events({});
  auto find = [&](const std::string& id) {
    return *std::find_if(events.begin(), events.end(), [&](const auto& se) { return se.event.event_id == id; });
  };
  // The plan of May is fulfilled by the June summit, not the later one.
  EXPECT_EQ(find(plan[0].event_id).fulfilled_by, june[0].event_id);
  EXPECT_EQ(find(february[0].event_id).fulfils, "");
}

// Ingested in the other order, the later summit is stored first: the plan
// still goes to the first summit after it once that is reported.
TEST(Store, APlanMovesToAnEarlierSummitReportedLater) {
  std::string error;
  auto db = store::Store::open(":memory:", error);
  ASSERT_TRUE(db) << error;
  auto plan = ingest(*db, "plan", "2018-05-11",
                     "President Donald Trump will meet North Korean leader Kim Jong-un for a summit, the White House "
                     "said.");
  auto february = ingest(*db, "february", "2019-02-28", "Donald Trump met Kim Jong-un in Hanoi on Wednesday.");
  auto june = ingest(*db, "june", "2018-06-12", "Donald Trump met Kim Jong-un in Singapore on Tuesday.");
  for (auto* events : {&plan, &june, &february}) ASSERT_FALSE(events->empty());
  auto events = db->events({});
  auto find = [&](const std::string& id) {
    return *std::find_if(events.begin(), events.end(), [&](const auto& se) { return se.event.event_id == id; });
  };
  EXPECT_EQ(find(plan[0].event_id).fulfilled_by, june[0].event_id);
}

TEST(Store, AMeetingToComeCodedAsAMeetingIsLinkedToTheMeetingHeld) {
  // "insisted that he meet with" is a meeting (040) still to come: a plan,
  // which the meeting reported days later fulfils.
  std::string error;
  auto db = store::Store::open(":memory:", error);
  ASSERT_TRUE(db) << error;
  auto plan = ingest(*db, "plan", "2018-05-01",
                     "President Donald Trump remained firm in his insistence that he meet with Japanese Prime "
                     "Minister Shinzo Abe, aides said.");
  auto held = ingest(*db, "held", "2018-05-05",
                     "President Donald Trump met Japanese Prime Minister Shinzo Abe at the White House on Friday.");
  ASSERT_FALSE(plan.empty());
  ASSERT_FALSE(held.empty());
  ASSERT_EQ(plan[0].cameo.substr(0, 2), "04");
  ASSERT_EQ(plan[0].status, EventStatus::kPlanned);
  auto events = db->events({});
  auto find = [&](const std::string& id) {
    return *std::find_if(events.begin(), events.end(), [&](const auto& se) { return se.event.event_id == id; });
  };
  EXPECT_EQ(find(plan[0].event_id).fulfilled_by, held[0].event_id);
  EXPECT_EQ(find(held[0].event_id).fulfils, plan[0].event_id);
}

// The seeds: Lavrov's meeting with Trump at the White House (May 10, 2017)
// is reported by articles 002 and 004.
TEST(Store, TheSeedsLavrovTrumpMeetingIsOneEvent) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  std::string error;
  auto db = store::Store::open(":memory:", error);
  ASSERT_TRUE(db) << error;
  static const Pipeline pipeline;
  auto meeting_of = [](const std::vector<Event>& events, const std::string& a, const std::string& b) {
    for (const Event& e : events)
      if (e.cameo.rfind("04", 0) == 0 && ((e.source.actor.name == a && e.target.actor.name == b) ||
                                          (e.source.actor.name == b && e.target.actor.name == a)))
        return e.event_id;
    return std::string();
  };
  std::vector<std::string> ids;
  for (const char* seed : {"002", "004"}) {
    auto r = test::read_paths({test::seed_path(seed)});
    ASSERT_EQ(r.docs.size(), 1u);
    std::vector<Event> events = pipeline.extract(r.docs[0]);
    db->add(r.docs[0], events);
    ids.push_back(meeting_of(events, "Sergey Lavrov", "Donald Trump"));
  }
  ASSERT_FALSE(ids[0].empty());
  EXPECT_EQ(ids[0], ids[1]);
}

TEST(Store, QueriesFilterByActorDyadTypeDateStatusAndText) {
  TempStore tmp;
  std::string error;
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  Document a = doc_with_text("a", "Sanctions were imposed after the talks in Geneva.\n");
  Document b = doc_with_text("b", "The foreign ministers of India and Japan met in Delhi.\n");
  std::vector<Event> ea{meeting("a", "Rex Tillerson", "USA", "Sergey Lavrov", "RUS", {2017, 4, 12})};
  Event sanction = meeting("a", "", "USA", "", "RUS", {2017, 8, 2});
  sanction.cameo = "163";
  sanction.plover = "SANCTION";
  sanction.event_id = "a-e2";
  ea.push_back(sanction);
  std::vector<Event> eb{meeting("b", "Sushma Swaraj", "IND", "Taro Kono", "JPN", {2019, 3, 11})};
  eb[0].status = EventStatus::kPlanned;
  db->add(a, ea);
  db->add(b, eb);
  auto count = [&](store::EventQuery q) { return db->events(q).size(); };
  EXPECT_EQ(count({}), 3u);
  EXPECT_EQ(count({.actor = "Lavrov"}), 1u);
  EXPECT_EQ(count({.dyad = "RUS-USA"}), 2u);
  EXPECT_EQ(count({.country = "JPN"}), 1u);
  EXPECT_EQ(count({.cameo = "04"}), 2u);
  EXPECT_EQ(count({.plover = "SANCTION"}), 1u);
  EXPECT_EQ(count({.from = "2017-06", .to = "2019"}), 2u);
  EXPECT_EQ(count({.to = "2017-04"}), 1u);
  EXPECT_EQ(count({.status = "planned"}), 1u);
  EXPECT_EQ(count({.text = "Delhi"}), 1u);
  EXPECT_EQ(count({.text = "sanctions AND Geneva"}), 2u);
  EXPECT_EQ(count({.dyadic = true}), 3u);
}

TEST(Store, EventsWithoutTargetAndLearnedActorsAreKept) {
  TempStore tmp;
  std::string error;
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  // An invented minister, introduced with a title: learned, not from the KB.
  Document d = doc_with_text("m", "Kenyan Foreign Minister Achieng Wafula mobilised troops on Monday.\n");
  d.pub_date = {2021, 3, 2};
  Pipeline pipeline;
  auto events = pipeline.extract(d);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].target.empty());
  EXPECT_FALSE(db->add(d, events).skipped);
  auto stored = db->events({});
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].event.cameo.substr(0, 2), "15");
  EXPECT_TRUE(stored[0].event.target.empty());
  EXPECT_TRUE(db->events({.dyadic = true}).empty());  // one side only: not a CAMEO dyad
  auto learned = db->actors(/*learned_only=*/true);
  ASSERT_EQ(learned.size(), 1u);
  EXPECT_EQ(learned[0].actor.name, "Achieng Wafula");
  EXPECT_EQ(learned[0].actor.country, "KEN");
  EXPECT_EQ(learned[0].first_seen, "2021-03-02");
  EXPECT_EQ(learned[0].evidence.rfind("m:", 0), 0u) << learned[0].evidence;
}

// A country's troops and its government are two actors: the store keeps
// each side's sector, whichever was stored first.  A group of no known
// country ("separatists") is a side by its sector, and an event with no
// source at all is still listed.
TEST(Store, SidesKeepTheirSectorAndGroupsOfNoCountryAreListed) {
  TempStore tmp;
  std::string error;
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  Document d = doc_with_text("u",
                             "The Ukrainian government condemned Russia on Monday.\n\n"
                             "Separatists attacked Ukrainian troops near Donetsk on Monday.\n\n"
                             "A Ukrainian soldier was killed on Monday.\n");
  d.pub_date = {2015, 2, 3};
  Pipeline pipeline;
  auto events = pipeline.extract(d);
  EXPECT_FALSE(db->add(d, events).skipped);
  auto stored = db->events({});
  const Event* attack = nullptr;
  const Event* condemn = nullptr;
  for (const auto& se : stored) {
    if (se.event.cameo.rfind("19", 0) == 0 && se.event.source.actor.sector == "SEP") attack = &se.event;
    if (se.event.cameo.rfind("11", 0) == 0) condemn = &se.event;
  }
  ASSERT_NE(condemn, nullptr);
  EXPECT_EQ(condemn->source.actor.code, "UKRGOV");
  ASSERT_NE(attack, nullptr);
  EXPECT_TRUE(attack->source.actor.country.empty());
  EXPECT_EQ(attack->target.actor.code, "UKRMIL");  // not the government stored before it
  EXPECT_EQ(count_rows(tmp.path, "SELECT count(*) FROM events"), static_cast<int>(stored.size()));
}

// Before schema 8 an actor with no name was keyed by its country alone; the
// migration keys it by country and sector, so a later sector is a new actor.
TEST(Store, MigrationKeysUnnamedActorsBySector) {
  TempStore tmp;
  std::string error;
  {
    auto db = store::Store::open(tmp.path, error);
    ASSERT_TRUE(db) << error;
  }
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(tmp.path.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw,
                         "INSERT INTO actors(actor_key, kb_id, name, country, sector, role, code, learned) "
                         "VALUES('country:UKR', '', '', 'UKR', 'GOV', '', 'UKRGOV', 0); PRAGMA user_version=7;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(raw);
  sqlite3_close(raw);
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  EXPECT_EQ(db->schema_version(), 8);
  EXPECT_EQ(count_rows(tmp.path, "SELECT count(*) FROM actors WHERE actor_key = 'country:UKR~GOV'"), 1);
  Event e = meeting("k", "", "UKR", "", "RUS", {2015, 2, 3});
  e.source.actor.sector = "MIL";
  e.source.actor.code = "UKRMIL";
  e.target.actor.code = "RUSGOV";
  std::vector<Event> events{e};
  EXPECT_FALSE(db->add(doc_with_text("k", "Ukrainian and Russian officers met on Tuesday.\n"), events).skipped);
  EXPECT_EQ(count_rows(tmp.path, "SELECT count(*) FROM actors WHERE country = 'UKR'"), 2);
  auto stored = db->events({});
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].event.source.actor.code, "UKRMIL");
}

// A store written before a schema change opens, is migrated in place and
// keeps its events; what the old schema did not record takes its default.
TEST(Store, AnOlderSchemaIsMigratedKeepingItsEvents) {
  TempStore tmp;
  std::string error;
  {
    auto db = store::Store::open(tmp.path, error);
    ASSERT_TRUE(db) << error;
    Document d = doc_with_text("a", "The two ministers met in Oslo on Monday.\n");
    std::vector<Event> events{meeting("a", "Ann Linde", "SWE", "Pekka Haavisto", "FIN", {2021, 3, 1})};
    events[0].mutual = true;
    db->add(d, events);
    ASSERT_TRUE(db->events({})[0].event.mutual);
  }
  // Back to schema 3, as a store of an earlier release would be.
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(tmp.path.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "DROP TABLE story_terms; DROP TABLE term_documents; DROP INDEX documents_story; "
                         "ALTER TABLE documents DROP COLUMN fingerprint; ALTER TABLE documents DROP COLUMN story_score; "
                         "ALTER TABLE documents DROP COLUMN story; "
                         "DROP TABLE stories; "
                         "DROP TABLE event_merges; ALTER TABLE event_mentions DROP COLUMN place; "
                         "ALTER TABLE event_mentions DROP COLUMN target_actor; "
                         "ALTER TABLE event_mentions DROP COLUMN source_actor; "
                         "ALTER TABLE events DROP COLUMN intended_code; ALTER TABLE events DROP COLUMN mutual; "
                         "PRAGMA user_version=3;", nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(raw);
  sqlite3_close(raw);
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  EXPECT_EQ(db->schema_version(), 8);
  auto rows = db->events({});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_FALSE(rows[0].event.mutual);  // not recorded then
  EXPECT_EQ(rows[0].event.source.actor.name, "Ann Linde");
}

TEST(Store, NewerSchemaIsRefused) {
  TempStore tmp;
  std::string error;
  { ASSERT_TRUE(store::Store::open(tmp.path, error)); }
  std::string cmd = "sqlite3 " + tmp.path + " 'PRAGMA user_version=99' 2>/dev/null";
  if (std::system(cmd.c_str()) != 0) GTEST_SKIP() << "sqlite3 shell not available";
  EXPECT_FALSE(store::Store::open(tmp.path, error));
  EXPECT_NE(error.find("newer"), std::string::npos) << error;
}

// An ingest killed with SIGKILL half-way resumes without loss or duplicates.
TEST(Store, IngestKilledWithSigkillResumes) {
  std::string dir = test::temp_path("ingest_dir");
  TempStore tmp;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const int kDocs = 4000;
  for (int i = 0; i < kDocs; ++i) {
    std::ofstream(dir + "/doc" + std::to_string(i) + ".txt")
        << "Report number " << i << "\n\nThe delegations met for the " << i << "th time and agreed to meet again.\n";
  }
  std::string cmd = std::string(PARLEY_BINARY) + " ingest --db " + tmp.path + " " + dir + " 2>/dev/null";
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", ("exec " + cmd).c_str(), (char*)nullptr);
    _exit(127);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  bool interrupted = WIFSIGNALED(status);
  size_t before = 0;
  {
    std::string error;
    auto db = store::Store::open(tmp.path, error);
    ASSERT_TRUE(db) << error;
    before = db->document_count();
  }
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::string error;
  auto db = store::Store::open(tmp.path, error);
  ASSERT_TRUE(db) << error;
  EXPECT_EQ(db->document_count(), static_cast<size_t>(kDocs));
  if (interrupted) {
    EXPECT_LT(before, static_cast<size_t>(kDocs)) << "the first run finished before the kill";
  }
  db.reset();
  // No document or mention written twice, and no mention left without its document.
  EXPECT_EQ(count_rows(tmp.path, "SELECT COUNT(DISTINCT doc_id) FROM documents"), kDocs);
  EXPECT_EQ(count_rows(tmp.path,
                       "SELECT COUNT(*) FROM (SELECT 1 FROM event_mentions GROUP BY document, local_id "
                       "HAVING COUNT(*) > 1)"),
            0);
  EXPECT_EQ(count_rows(tmp.path,
                       "SELECT COUNT(*) FROM event_mentions m WHERE NOT EXISTS "
                       "(SELECT 1 FROM documents d WHERE d.id = m.document)"),
            0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(StoreCli, EventsTimelineAndGdeltExport) {
  TempStore tmp;
  {
    std::string error;
    auto db = store::Store::open(tmp.path, error);
    ASSERT_TRUE(db) << error;
    Document a = doc_with_text("a", "Ministers met.\n");
    Document b = doc_with_text("b", "Sanctions followed.\n");
    std::vector<Event> ea{meeting("a", "Rex Tillerson", "USA", "Sergey Lavrov", "RUS", {2017, 5, 10})};
    Event s = meeting("b", "", "USA", "", "RUS", {2017, 5, 20});
    s.cameo = "163";
    s.plover = "SANCTION";
    s.goldstein = -8.0;
    s.quad_class = 4;
    std::vector<Event> eb{s};
    db->add(a, ea);
    db->add(b, eb);
  }
  std::string out;
  ASSERT_EQ(test::run_parley("events --db " + tmp.path + " --format gdelt", out), 0);
  size_t lines = 0, tabs_first = 0;
  for (size_t p = 0, n; (n = out.find('\n', p)) != std::string::npos; p = n + 1) {
    std::string line = out.substr(p, n - p);
    if (lines++ == 0) tabs_first = std::count(line.begin(), line.end(), '\t');
  }
  EXPECT_EQ(lines, 2u);
  EXPECT_EQ(tabs_first, 57u);  // 58 columns
  EXPECT_NE(out.find("\t20170510\t"), std::string::npos);
  EXPECT_NE(out.find("REX TILLERSON"), std::string::npos);

  ASSERT_EQ(test::run_parley("timeline --db " + tmp.path + " --dyad RUS-USA", out), 0);
  // Two events in May 2017: Goldstein 1.0 - 8.0 = -7.0, one verbal cooperation, one material conflict.
  EXPECT_NE(out.find("2017-05       2       -7.0            1              0                0                  1"),
            std::string::npos)
      << out;

  ASSERT_EQ(test::run_parley("events --db " + tmp.path + " --format csv --plover SANCTION", out), 0);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 2);  // header + one row
  EXPECT_NE(out.find(",source_code,target_code\n"), std::string::npos) << out;
  EXPECT_EQ(test::run_parley("events --db /nonexistent/x.db", out), 1);
}

// The acceptance: the sample articles and the seeds ingest into a
// store where each query answers right.
TEST(StoreCli, SamplesAndSeedsAnswerEveryQuery) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared/seeds not present";
  TempStore tmp;
  std::string out;
  std::string db = " --db " + tmp.path;
  ASSERT_EQ(test::run_parley("ingest" + db + " " + test::source_dir() + "/samples " + test::shared_dir() + "/seeds", out),
            0);
  auto has = [](const std::string& line, const std::string& part) { return line.find(part) != std::string::npos; };
  using Test = std::function<bool(const std::string&)>;
  auto any = [](const std::string&) { return true; };
  // Runs `parley ARGS --db ...`: every line of its output passes `every`, and at least one `some`.
  auto expect_lines = [&](const std::string& args, const Test& every, const Test& some) {
    ASSERT_EQ(test::run_parley(args + db, out), 0) << args;
    bool found = false;
    for (size_t p = 0, n; (n = out.find('\n', p)) != std::string::npos; p = n + 1) {
      std::string line = out.substr(p, n - p);
      EXPECT_TRUE(every(line)) << args << "\n" << line;
      found |= some(line);
    }
    EXPECT_TRUE(found) << args << "\n" << out;
  };

  // A dyad and a type: the Trump-Lavrov meeting of 10 May 2017, told by two seeds, is one event.
  expect_lines(
      "events --dyad RUS-USA --cameo 04 --format jsonl",
      [&](const std::string& l) {
        return has(l, "\"cameo\":\"04") && has(l, "\"country\":\"USA\"") && has(l, "\"country\":\"RUS\"");
      },
      [&](const std::string& l) {
        return has(l, "\"Donald Trump\"") && has(l, "\"Sergey Lavrov\"") && has(l, "\"date\":\"2017-05-10\"") &&
               has(l, "\"mentions\":2");
      });
  // An actor: Flynn's talks with Kislyak, dated to the month the text gives.
  expect_lines(
      "events --actor Kislyak --format jsonl", [&](const std::string& l) { return has(l, "Kislyak"); },
      [&](const std::string& l) { return has(l, "\"Michael Flynn\"") && has(l, "\"date\":\"2016-12\""); });
  // A date range: 001's meeting on Tuesday 31 October 2017 and nothing outside the range.
  expect_lines(
      "events --from 2017-10-01 --to 2017-10-31 --format jsonl",
      [&](const std::string& l) { return has(l, "\"date\":\"2017-10-"); },
      [&](const std::string& l) { return has(l, "\"Anatoly Antonov\"") && has(l, "\"cameo\":\"040\""); });
  // A status: planned only, and some.
  expect_lines("events --status planned --format jsonl",
               [&](const std::string& l) { return has(l, "\"status\":\"planned\""); }, any);
  // Full text: only the sample that names Delhi, with its ministers' talks.
  expect_lines(
      "events --text Delhi --format jsonl", [&](const std::string& l) { return has(l, "\"doc\":\"01_ministers_talks\""); },
      [&](const std::string& l) {
        return has(l, "\"cameo\":\"040\"") && has(l, "\"country\":\"IND\"") && has(l, "\"country\":\"JPN\"");
      });
  // The timeline of the dyad has May 2017, and the actors list the KB's Lavrov.
  expect_lines("timeline --dyad USA-RUS", any, [&](const std::string& l) { return l.rfind("2017-05 ", 0) == 0; });
  expect_lines("actors list", any,
               [&](const std::string& l) { return has(l, "Sergey Lavrov") && has(l, "RUS") && has(l, " kb "); });
  // Stories: the two seeds on Lavrov's visit to Washington are one story.
  expect_lines("stories --format jsonl", any, [&](const std::string& l) {
    return has(l, "\"002_") && has(l, "\"004_") && has(l, "\"document_count\":2");
  });
}

}  // namespace
}  // namespace parley
