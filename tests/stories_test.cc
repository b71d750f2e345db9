// Stories: the documents that report one real-world happening (src/stories,
// and the story layer of the store).
#include "stories/stories.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "output/json.h"
#include "store/consolidation.h"
#include "store/store.h"
#include "test_util.h"

namespace parley {
namespace {

struct Article {
  const char* id;
  const char* source;
  const char* date;
  const char* title;
  const char* text;
};

// Three outlets on one earthquake in Chile, two on another one in
// Indonesia a month later, and a football match report of the first day.
const Article kChile1{"chile-ap", "AP", "2024-03-12", "Strong earthquake kills 12 in central Chile",
                      "A magnitude 6.8 earthquake struck central Chile on Tuesday, killing at least 12 people and "
                      "toppling houses in the city of Talca, officials said.\n\nThe quake hit at a depth of 30 "
                      "kilometres about 40 kilometres east of Talca, the Chilean seismological service said. Rescue "
                      "teams searched collapsed adobe buildings through the night.\n\nPresident Gabriel Boric "
                      "declared a state of catastrophe in the Maule region."};
const Article kChile2{"chile-reuters", "Reuters", "2024-03-12", "Quake in Chile's Maule region leaves 12 dead",
                      "At least 12 people died when a 6.8-magnitude earthquake shook Chile's Maule region on "
                      "Tuesday, Chile's interior ministry said.\n\nMost of the victims were in Talca, where old "
                      "adobe houses collapsed. Gabriel Boric flew to the region and declared a state of catastrophe "
                      "as rescuers searched the rubble."};
const Article kChile3{"chile-bbc", "BBC", "2024-03-13", "Chile earthquake: rescuers search rubble in Talca",
                      "Rescuers in Talca are searching the rubble of collapsed homes a day after a 6.8 magnitude "
                      "earthquake killed 12 people in central Chile.\n\nThe quake damaged churches and adobe houses "
                      "across the Maule region. Gabriel Boric, who declared a state of catastrophe, said the "
                      "government would rebuild the damaged homes."};
const Article kSulawesi1{"sulawesi-ap", "AP", "2024-04-20", "Earthquake on Indonesia's Sulawesi kills 8",
                         "A magnitude 5.9 earthquake struck Indonesia's Sulawesi island on Saturday, killing eight "
                         "people and damaging hundreds of homes in Mamuju, the disaster agency said.\n\nThe quake "
                         "was centred 10 kilometres off the coast of West Sulawesi province. Residents fled to "
                         "higher ground fearing a tsunami, but no tsunami warning was issued."};
const Article kSulawesi2{"sulawesi-reuters", "Reuters", "2024-04-20", "Quake in West Sulawesi leaves eight dead",
                         "Eight people were killed when a 5.9-magnitude earthquake hit West Sulawesi on Saturday, "
                         "Indonesia's disaster agency said.\n\nHundreds of homes were damaged in Mamuju and "
                         "residents fled to higher ground, afraid of a tsunami. The agency said no tsunami warning "
                         "had been issued."};
const Article kFootball{"football", "AP", "2024-03-12", "Real Madrid beat Leipzig to reach quarter-finals",
                        "Real Madrid reached the Champions League quarter-finals on Tuesday after a 1-1 draw with "
                        "RB Leipzig at the Bernabeu.\n\nVinicius Junior scored for Madrid before Willi Orban "
                        "equalised late in the game, and Real went through 2-1 on aggregate."};

std::string json_line(const Article& a) {
  std::string line;
  output::JsonObject o(line);
  o.str("id", a.id).str("source", a.source).str("date", a.date).str("title", a.title).str("text", a.text);
  o.close();
  return line + "\n";
}

// Ingests the articles in order, as `parley ingest` does; returns each
// article's story.
std::map<std::string, std::string> ingest(store::Store& db, const std::vector<Article>& articles) {
  Pipeline pipeline;
  std::map<std::string, std::string> story;
  for (const Article& a : articles) {
    read_buffer(
        json_line(a), a.id, {},
        [&](Document&& doc) {
          std::vector<Event> events = pipeline.extract(doc);
          story[a.id] = db.add(doc, events).story;
        },
        [](const ReadError&) {});
  }
  for (auto& [id, s] : story) s = db.story_of(id);
  return story;
}

std::unique_ptr<store::Store> memory_store() {
  std::string error;
  auto db = store::Store::open(":memory:", error);
  EXPECT_TRUE(db) << error;
  return db;
}

// The partition the stories make, as sets of document ids.
std::set<std::set<std::string>> partition(const std::map<std::string, std::string>& story) {
  std::map<std::string, std::set<std::string>> groups;
  for (const auto& [id, s] : story) groups[s].insert(id);
  std::set<std::set<std::string>> out;
  for (auto& [s, ids] : groups) out.insert(ids);
  return out;
}

TEST(StoryFingerprint, NamesWeighMoreThanWordsAndGrammarWordsAreLeftOut) {
  Document d = test::with_actors("Gabriel Boric visited Talca after the earthquakes on Tuesday, officials said.\n",
                                 {2024, 3, 12});
  stories::Fingerprint fp = stories::fingerprint(d);
  ASSERT_TRUE(fp.terms.count("p:boric") || fp.terms.count("n:kb:gabriel-boric")) << "the president's name";
  double name = fp.terms.count("p:boric") ? fp.terms["p:boric"] : fp.terms["n:kb:gabriel-boric"];
  ASSERT_TRUE(fp.terms.count("earthquak"));  // "earthquakes", stripped to the stem of "earthquake"
  EXPECT_GT(name, fp.terms["earthquak"]);
  for (const char* grammar : {"the", "after", "said", "tuesday", "official"}) EXPECT_FALSE(fp.terms.count(grammar)) << grammar;
  EXPECT_EQ(fp.date.iso(), "2024-03-12");
}

TEST(StoryFingerprint, APersonIsKnownBySurnameWhetherOrNotATitleGaveACountry) {
  // One report writes "Alaska Gov. Dale Whitcombe", another just his name:
  // both fingerprints hold the same term for him.
  Document titled = test::with_actors("Alaska Gov. Dale Whitcombe vetoed the budget on Tuesday.\n", {2024, 3, 12});
  Document plain = test::with_actors("Dale Whitcombe vetoed the budget on Tuesday.\n", {2024, 3, 12});
  EXPECT_TRUE(stories::fingerprint(titled).terms.count("p:whitcombe"));
  EXPECT_TRUE(stories::fingerprint(plain).terms.count("p:whitcombe"));
}

TEST(StoryFingerprint, CountsThatIdentifyAHappeningButNotYears) {
  Document d = test::with_actors("A magnitude 6.8 earthquake killed 12 people in 2024.\n");
  stories::Fingerprint fp = stories::fingerprint(d);
  EXPECT_TRUE(fp.terms.count("#6.8"));
  EXPECT_TRUE(fp.terms.count("#12"));
  EXPECT_FALSE(fp.terms.count("#2024"));
}

// A document read and processed as `ingest` does.
Document processed(const Article& a) {
  Pipeline pipeline;
  Document out;
  read_buffer(
      json_line(a), a.id, {},
      [&](Document&& doc) {
        pipeline.extract(doc);
        out = std::move(doc);
      },
      [](const ReadError&) {});
  return out;
}

TEST(StoryFingerprint, CountsTellTitleLeadAndBodyApartAndWeighThem) {
  // A plain-text report: its first line is the headline.
  Article flood{"flood", "AP", "2024-05-02", "",
                "Flood cuts off Arles\n\nThe Rhone burst its banks at Arles on Thursday. The flood cut the town's two bridges. President "
                "Emmanuel Macron thanked the firemen who rescued forty people from their roofs.\n\nA flood of this size was last seen in 2003, the "
                "mayor said."};
  stories::Counts counts = stories::term_counts(processed(flood));
  ASSERT_TRUE(counts.count("flood"));
  const stories::TermCount& c = counts["flood"];
  EXPECT_EQ(c.title, 1);  // the headline
  EXPECT_EQ(c.lead, 1);   // the second sentence of the body
  EXPECT_EQ(c.body, 1);   // the fourth, after the lead
  EXPECT_EQ(c.kind_weight, 1.0);
  double expected = 1.0 + std::log(stories::kTitleBoost + stories::kLeadBoost + 1);
  EXPECT_NEAR(stories::weigh(counts)["flood"], expected, 1e-9);
  // The president, named in the lead: a name, weighed a little above a word.
  auto president = std::find_if(counts.begin(), counts.end(), [](const auto& t) {
    return t.first.find("macron") != std::string::npos && t.first[1] == ':';
  });
  ASSERT_NE(president, counts.end());
  EXPECT_EQ(president->second.kind_weight, stories::kNameWeight);
  EXPECT_EQ(president->second.lead, 1);
}

TEST(StoryFingerprint, AMetadataTitleCountsAsATitleLine) {
  // A JSON Lines article whose headline is only in its `title` field; the
  // mayor is named in the headline and only in the last paragraph of the text.
  Article flood{"flood", "AP", "2024-05-02", "Mayor Durand\u2019s plea as flood cuts off 2 bridges in Arles",
                "The Rhone burst its banks at Arles on Thursday. The water cut the town's two bridges. Firemen "
                "rescued forty people from their roofs.\n\nThe river had not risen so high since 2003, Mayor "
                "Claire Durand said, asking the state for help."};
  stories::Counts counts = stories::term_counts(processed(flood));
  EXPECT_EQ(counts["flood"].title, 1);
  EXPECT_EQ(counts["bridg"].title, 1);  // "bridges", stripped
  EXPECT_EQ(counts["bridg"].lead, 1);
  EXPECT_EQ(counts["#2"].title, 1);
  EXPECT_FALSE(counts.count("in")) << "grammar words of the title are left out";
  // The mayor, named by the title: a name of the happening, not a voice
  // met further down, and not a word "durand" as well.
  auto mayor = std::find_if(counts.begin(), counts.end(), [](const auto& t) {
    return t.first.find("durand") != std::string::npos && t.first[1] == ':';
  });
  ASSERT_NE(mayor, counts.end());
  EXPECT_EQ(mayor->second.title, 1);
  EXPECT_EQ(mayor->second.kind_weight, stories::kNameWeight);
  EXPECT_FALSE(counts.count("durand"));
}

TEST(StoryFingerprint, AMetadataTitleTheTextAlsoGivesCountsOnce) {
  Article flood{"flood", "AP", "2024-05-02", "Flood cuts off Arles",
                "Flood cuts off Arles\n\nThe Rhone burst its banks at Arles on Thursday. The flood cut the town's "
                "two bridges."};
  stories::Counts counts = stories::term_counts(processed(flood));
  EXPECT_EQ(counts["flood"].title, 1);
}

TEST(StorySimilarity, IdfSmoothingForSmallAndLargeStores) {
  EXPECT_NEAR(stories::idf(0, 0), std::log(20.0), 1e-9);  // an empty store weighs every term alike
  EXPECT_GT(stories::idf(1, 1000), stories::idf(500, 1000));
  EXPECT_GE(stories::idf(1000, 1000), 0.0);
  stories::Frequencies f;
  stories::Terms a{{"quake", 1}, {"n:talca", 3}}, b{{"quake", 1}, {"n:talca", 3}}, c{{"match", 1}};
  EXPECT_NEAR(stories::similarity(a, b, f), 1.0, 1e-9);
  EXPECT_EQ(stories::similarity(a, c, f), 0.0);
  EXPECT_EQ(stories::similarity(a, {}, f), 0.0);
}

TEST(StorySimilarity, DatesFarApartAreNotOneStory) {
  Date first{2024, 3, 12}, last{2024, 3, 13};
  EXPECT_TRUE(stories::compatible_in_time({2024, 3, 15}, first, last));
  EXPECT_FALSE(stories::compatible_in_time({2024, 4, 20}, first, last));
  EXPECT_TRUE(stories::compatible_in_time({2024, 3, 0}, first, last));   // March overlaps
  EXPECT_FALSE(stories::compatible_in_time({2024, 5, 0}, first, last));  // May does not
  EXPECT_TRUE(stories::compatible_in_time({}, first, last));             // undated: the text decides
  EXPECT_TRUE(stories::compatible_in_time({2024, 4, 20}, {}, {}));       // nor does an undated story
}

TEST(Stories, ThreeReportsOfOneHappeningFromDifferentOutletsAreOneStory) {
  auto db = memory_store();
  auto story = ingest(*db, {kChile1, kChile2, kChile3});
  EXPECT_FALSE(story["chile-ap"].empty());
  EXPECT_EQ(story["chile-ap"], story["chile-reuters"]);
  EXPECT_EQ(story["chile-ap"], story["chile-bbc"]);
  auto listed = db->stories({});
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].documents.size(), 3u);
  EXPECT_EQ(listed[0].sources, (std::vector<std::string>{"AP", "Reuters", "BBC"}));
  EXPECT_EQ(listed[0].first_date, "2024-03-12");
  EXPECT_EQ(listed[0].last_date, "2024-03-13");
  EXPECT_EQ(listed[0].title, kChile1.title);
}

TEST(Stories, TwoHappeningsOfOneKindAreTwoStories) {
  auto db = memory_store();
  auto story = ingest(*db, {kChile1, kSulawesi1, kChile2, kSulawesi2, kFootball});
  EXPECT_EQ(story["chile-ap"], story["chile-reuters"]);
  EXPECT_EQ(story["sulawesi-ap"], story["sulawesi-reuters"]);
  EXPECT_NE(story["chile-ap"], story["sulawesi-ap"]);
  EXPECT_NE(story["football"], story["chile-ap"]);  // the same day, another happening
  EXPECT_EQ(db->story_count(), 3u);
}

// Undated reports: only the text tells the two earthquakes apart.
TEST(Stories, UndatedReportsOfTwoEarthquakesStayApart) {
  auto undated = [](Article a) { return a.date = "", a; };
  auto db = memory_store();
  auto story = ingest(*db, {undated(kChile1), undated(kSulawesi1), undated(kChile2), undated(kSulawesi2)});
  EXPECT_NE(story["chile-ap"], story["sulawesi-ap"]);
  EXPECT_EQ(story["sulawesi-ap"], story["sulawesi-reuters"]);
}

// One footballer in two happenings, reported without dates: the names are
// the same, the words are not.  Names weigh only a little more than words,
// so two happenings of one person stay apart while the reports of each
// still meet.
TEST(Stories, TwoHappeningsOfOnePersonStayApartWithoutDates) {
  Article arrest1{"arrest-ap", "AP", "", "Torino striker Marco Bellini arrested for drunken driving",
                  "Torino striker Marco Bellini was arrested early on Sunday on suspicion of drunken driving after "
                  "police stopped his car on a motorway near Turin, police said.\n\nBellini, 27, failed a breath "
                  "test and was released on bail. His licence was suspended. Torino said it was aware of the arrest "
                  "and would not comment further."};
  Article arrest2{"arrest-ansa", "ANSA", "", "Bellini held by police after failing breath test",
                  "Police arrested Marco Bellini on Sunday after the Torino forward failed a breath test when "
                  "officers stopped his car near Turin.\n\nThe 27-year-old was released on bail and his driving "
                  "licence was suspended, police said. Torino declined to comment on the arrest."};
  Article contract{"contract-ap", "AP", "", "Marco Bellini signs new four-year contract with Torino",
                   "Marco Bellini has signed a new four-year contract with Torino, the club said on Wednesday, "
                   "ending months of talk about a move to England.\n\nThe striker, Torino's top scorer for two "
                   "seasons, will earn a reported 3 million euros a season. Bellini said he was proud to stay at "
                   "the club where he grew up."};
  auto db = memory_store();
  auto story = ingest(*db, {arrest1, contract, arrest2});
  EXPECT_EQ(story["arrest-ap"], story["arrest-ansa"]);
  EXPECT_NE(story["arrest-ap"], story["contract-ap"]);
  // The words decide, not the names: a report of the arrest is less than
  // half as close to the contract as to the other report of the arrest
  // (with names weighing 3, it was 0.43 against 0.60).
  std::vector<stories::Terms> fp;
  stories::Frequencies f;
  for (const Article& a : {arrest1, arrest2, contract}) {
    fp.push_back(stories::fingerprint(processed(a)).terms);
    f.documents += 1;
    for (const auto& [term, w] : fp.back()) f.df[term] += 1;
  }
  double same = stories::similarity(fp[0], fp[1], f);
  EXPECT_LT(stories::similarity(fp[1], fp[2], f), same / 2);
  EXPECT_LT(stories::similarity(fp[0], fp[2], f), same / 2);
}

TEST(Stories, TheOrderOfIngestDoesNotChangeTheStories) {
  std::vector<Article> articles{kChile1, kChile2, kChile3, kSulawesi1, kSulawesi2, kFootball};
  auto forward = memory_store();
  auto a = partition(ingest(*forward, articles));
  std::reverse(articles.begin(), articles.end());
  auto backward = memory_store();
  auto b = partition(ingest(*backward, articles));
  std::rotate(articles.begin(), articles.begin() + 2, articles.end());
  auto rotated = memory_store();
  auto c = partition(ingest(*rotated, articles));
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, c);
  EXPECT_EQ(a.size(), 3u);
}

// Two short reports of one flood, told in different everyday words, come
// first; a year of other news told in those everyday words follows.  When
// the second report arrived the store could not yet tell the flood's own
// names from common words, and the two stayed apart; with the frequencies
// of the whole batch, refinement puts them in one story.
TEST(Stories, RefinementJoinsReportsPlacedWhileFrequenciesWereYoung) {
  const Article a{"flood-1", "AP", "2024-09-03", "Floods in Vrendal",
                  "Floods hit Vrendal on Monday. Families waited on rooftops as prices kept rising, schools closed "
                  "across the district, buses stopped running, bakeries ran out of bread, and neighbours shared "
                  "blankets while teachers organised shelters and nurses visited elderly residents."};
  const Article b{"flood-2", "Reuters", "2024-09-03", "Vrendal under water",
                  "Vrendal was flooded on Monday. Drivers abandoned cars on roads while shops stayed shut, farmers "
                  "counted losses, pharmacies rationed medicine, volunteers carried sandbags, and churches "
                  "opened kitchens as mechanics towed trucks and plumbers checked cellars."};
  std::vector<Article> year;
  static std::vector<std::string> ids, titles, texts;
  const char* everyday[] = {
      "Families waited as prices kept rising, schools closed across the district and buses stopped running. "
      "Bakeries ran out of bread; neighbours shared blankets, teachers organised shelters, nurses visited "
      "elderly residents.",
      "Drivers abandoned cars on roads while shops stayed shut and farmers counted losses. Pharmacies "
      "rationed medicine, volunteers carried sandbags, churches opened kitchens, mechanics towed trucks and "
      "plumbers checked cellars.",
  };
  ids.clear();
  titles.clear();
  texts.clear();
  for (int i = 0; i < 60; ++i) {
    ids.push_back("other-" + std::to_string(i));
    titles.push_back("Town council meeting " + std::to_string(i));
    texts.push_back("The council met for the " + std::to_string(i + 2) + "th time. " + everyday[i % 2]);
  }
  for (int i = 0; i < 60; ++i)
    year.push_back({ids[i].c_str(), "Local", i < 30 ? "2025-02-10" : "2025-07-21", titles[i].c_str(),
                    texts[i].c_str()});
  std::vector<Article> batch{a, b};
  batch.insert(batch.end(), year.begin(), year.end());
  auto db = memory_store();
  auto before = ingest(*db, batch);
  ASSERT_NE(before["flood-1"], before["flood-2"]);  // what refinement is for
  size_t stories_before = db->story_count();
  EXPECT_GE(db->refine_stories(), 1u);
  std::string flood = db->story_of("flood-1");
  EXPECT_EQ(flood, db->story_of("flood-2"));
  EXPECT_EQ(db->story_count(), stories_before - 1);
  for (const Article& other : year) EXPECT_NE(db->story_of(other.id), flood) << other.id;
  store::StoryQuery text;
  text.text = "Vrendal";
  auto listed = db->stories(text);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].documents.size(), 2u);
  EXPECT_EQ(listed[0].first_date, "2024-09-03");
  EXPECT_EQ(db->refine_stories(), 0u);  // nothing more to move
}

TEST(Stories, QueryByDateAndText) {
  auto db = memory_store();
  ingest(*db, {kChile1, kChile2, kSulawesi1, kSulawesi2, kFootball});
  auto all = db->stories({});
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].title, kSulawesi1.title);  // most recent first
  store::StoryQuery april;
  april.from = "2024-04";
  auto in_april = db->stories(april);
  ASSERT_EQ(in_april.size(), 1u);
  EXPECT_EQ(in_april[0].documents, (std::vector<std::string>{"sulawesi-ap", "sulawesi-reuters"}));
  store::StoryQuery march;
  march.to = "2024-03";
  EXPECT_EQ(db->stories(march).size(), 2u);
  store::StoryQuery text;
  text.text = "Bernabeu";
  auto football = db->stories(text);
  ASSERT_EQ(football.size(), 1u);
  EXPECT_EQ(football[0].documents, (std::vector<std::string>{"football"}));
}

TEST(Stories, ReingestIsANoOpAndEventsNameTheirStory) {
  auto db = memory_store();
  auto first = ingest(*db, {kChile1, kChile2});
  auto again = ingest(*db, {kChile1, kChile2});
  EXPECT_EQ(first, again);
  EXPECT_EQ(db->story_count(), 1u);
  EXPECT_EQ(db->stories({})[0].documents.size(), 2u);
  for (const store::StoredEvent& se : db->events({}))
    EXPECT_EQ(se.stories, std::vector<std::string>{first["chile-ap"]}) << se.event.cameo;
}

// A store of schema 6 (before stories) migrates: its documents belong to no
// story, and new ones are grouped.
TEST(Stories, AStoreWithoutStoriesIsMigrated) {
  std::string path = test::temp_path("stories_migrate.db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  std::string error;
  {
    auto db = store::Store::open(path, error);
    ASSERT_TRUE(db) << error;
    ingest(*db, {kChile1});
  }
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw,
                         "DROP TABLE story_terms; DROP TABLE term_documents; DROP INDEX documents_story; "
                         "ALTER TABLE documents DROP COLUMN fingerprint; ALTER TABLE documents DROP COLUMN story_score; "
                         "ALTER TABLE documents DROP COLUMN story; "
                         "DROP TABLE stories; PRAGMA user_version=6;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(raw);
  sqlite3_close(raw);
  auto db = store::Store::open(path, error);
  ASSERT_TRUE(db) << error;
  EXPECT_EQ(db->schema_version(), 8);
  EXPECT_EQ(db->story_count(), 0u);
  EXPECT_EQ(db->document_count(), 1u);
  auto story = ingest(*db, {kChile2, kChile3});
  EXPECT_EQ(story["chile-reuters"], story["chile-bbc"]);
  EXPECT_EQ(db->stories({}).size(), 1u);
  db.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// Two undated reports of an act of one kind by the same people are one
// event when their articles report one happening (one story); without the
// story, who took part does not tell it from the other times they clashed.
TEST(StoriesInConsolidation, OneStoryCorroboratesUndatedReports) {
  store::EventFacts a, b;
  a.cameo = "111";  // criticised
  b.cameo = "112";  // accused
  a.source = b.source = Actor{"", "Carlos Mesa", "BOL", "OPP", "", ""};
  a.target = b.target = Actor{"", "Luis Arce", "BOL", "GOV", "", ""};
  store::Match apart = store::match_same_event(a, b);
  EXPECT_FALSE(apart.possible && apart.score >= store::kSameEventScore);
  a.story = b.story = "7";
  store::Match together = store::match_same_event(a, b);
  EXPECT_TRUE(together.possible);
  EXPECT_GE(together.score, store::kSameEventScore);
  b.story = "8";  // another happening
  store::Match other = store::match_same_event(a, b);
  EXPECT_FALSE(other.possible && other.score >= store::kSameEventScore);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// `parley ingest` groups the articles into stories; `parley stories` lists
// them, filtered by date and text.
TEST(StoriesCli, IngestThenListStories) {
  std::string dir = test::temp_path("stories_cli");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string db = dir + "/store.db";
  {
    std::ofstream out(dir + "/news.jsonl");
    for (const Article& a : {kChile1, kChile2, kSulawesi1, kSulawesi2, kChile3}) out << json_line(a);
  }
  std::string out;
  ASSERT_EQ(test::run_parley("ingest --db " + db + " " + dir + "/news.jsonl", out), 0);
  ASSERT_EQ(test::run_parley("stories --db " + db + " --format jsonl", out), 0);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 2) << out;
  EXPECT_NE(out.find("\"document_count\":3"), std::string::npos) << out;
  EXPECT_NE(out.find("\"sources\":[\"AP\",\"Reuters\",\"BBC\"]"), std::string::npos) << out;
  ASSERT_EQ(test::run_parley("stories --db " + db + " --to 2024-03-31", out), 0);
  EXPECT_NE(out.find("Strong earthquake kills 12 in central Chile"), std::string::npos) << out;
  EXPECT_EQ(out.find("Sulawesi"), std::string::npos) << out;
  ASSERT_EQ(test::run_parley("stories --db " + db + " --text Mamuju --format jsonl", out), 0);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
  EXPECT_NE(out.find("sulawesi-reuters"), std::string::npos) << out;
  EXPECT_EQ(test::run_parley("stories --db " + dir + "/missing.db", out), 1);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace parley
