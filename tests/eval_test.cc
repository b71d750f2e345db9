// The measuring commands: readers of the peer suites and corpora, and the
// scoring rules, on the real files when ../shared is present.
#include <gtest/gtest.h>

#include "eval/peer_suites.h"
#include "eval/same_event.h"
#include "test_util.h"

namespace parley {
namespace {

TEST(Eval, PetrarchSuiteIsReadLineByLine) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  auto suite = eval::read_petrarch_suite(
      test::read_file(test::shared_dir() + "/peer-validation/universal-petrarch/PETR2_GSR_validation.xml"));
  size_t codings = 0, none = 0;
  for (const auto& s : suite) {
    codings += s.expected.size();
    none += s.no_events;
    EXPECT_FALSE(s.text.empty()) << s.id;
    EXPECT_EQ(s.text.find("<"), std::string::npos) << s.id;  // no markup or parse rows in the text
  }
  EXPECT_EQ(codings, 80u);  // the counts the suite's README gives
  EXPECT_EQ(none, 12u);
  EXPECT_EQ(suite[0].date, "2008-08-04");
}

TEST(Eval, PetrarchScoringCountsMeetingsInBothDirections) {
  eval::SuiteSentence s;
  s.id = "t1";
  s.date = "2017-05-10";
  s.text = "Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State Rex Tillerson in Washington.";
  s.expected = {{"040", "RUSGOV", "USAGOV"}, {"040", "USAGOV", "RUSGOV"}};
  eval::SuiteSentence none;
  none.id = "t2";
  none.date = "2017-05-10";
  none.text = "The weather in Washington was mild.";
  none.no_events = true;
  auto score = eval::score_petrarch_suite({s, none}, Pipeline());
  EXPECT_EQ(score.sentences, 2u);
  EXPECT_EQ(score.correct, 3u);  // both directions of the meeting, and the quiet sentence
  EXPECT_EQ(score.uncoded, 0u);
  EXPECT_EQ(score.extra, 0u);
  // -v: one line per sentence: id, expected and produced codings with their actors, counts, text.
  ASSERT_EQ(score.details.size(), 2u);
  EXPECT_EQ(score.details[0].rfind("t1\texpected: 040 RUSGOV/USAGOV 040 USAGOV/RUSGOV\tproduced: 040 ", 0), 0u)
      << score.details[0];
  EXPECT_NE(score.details[0].find("\tcorrect 2, uncoded 0, extra 0\tRussian Foreign Minister"), std::string::npos);
  EXPECT_EQ(score.details[1].rfind("t2\texpected: none\tproduced:\tcorrect 1", 0), 0u) << score.details[1];
}

TEST(Eval, PetrarchScoringAcceptsThePlannedActsOwnCode) {
  eval::SuiteSentence s;
  s.id = "t1";
  s.date = "2019-03-05";
  s.text = "Germany will supply weapons to Poland.";
  s.expected = {{"072", "DEU", "POL"}};  // the act, coded whatever its tense
  auto score = eval::score_petrarch_suite({s}, Pipeline());
  EXPECT_EQ(score.correct, 1u) << score.details[0];
  EXPECT_EQ(score.extra, 0u);
  s.expected = {{"033", "DEU", "POL"}};  // the intent, as Parley codes it
  score = eval::score_petrarch_suite({s}, Pipeline());
  EXPECT_EQ(score.correct, 1u) << score.details[0];
  s.expected = {{"071", "DEU", "POL"}};  // another act is still wrong
  score = eval::score_petrarch_suite({s}, Pipeline());
  EXPECT_EQ(score.correct, 0u) << score.details[0];
  // An appeal carries the act it asks for, which is the other side's to do:
  // Germany released nobody.
  s.text = "Germany urged Poland to release the prisoners.";
  s.expected = {{"084", "DEU", "POL"}};
  score = eval::score_petrarch_suite({s}, Pipeline());
  EXPECT_EQ(score.correct, 0u) << score.details[0];
  s.expected = {{"025", "DEU", "POL"}};
  score = eval::score_petrarch_suite({s}, Pipeline());
  EXPECT_EQ(score.correct, 1u) << score.details[0];
}

TEST(Eval, PetrarchScoringCountsAHostedVisitFromBothSides) {
  eval::SuiteSentence s;
  s.id = "t1";
  s.date = "2019-06-20";
  s.text = "Xi Jinping hosted Imran Khan in Beijing.";
  s.expected = {{"043", "CHNGOV", "PAKGOV"}, {"042", "PAKGOV", "CHNGOV"}};  // the hosting and the guest's visit
  auto score = eval::score_petrarch_suite({s}, Pipeline());
  EXPECT_EQ(score.correct, 2u) << score.details[0];
  EXPECT_EQ(score.extra, 0u);
  s.expected = {{"042", "CHNGOV", "PAKGOV"}};  // the host did not visit the guest
  score = eval::score_petrarch_suite({s}, Pipeline());
  EXPECT_EQ(score.correct, 0u) << score.details[0];
}

TEST(Eval, PloverSuiteMapsOldCategoryNames) {
  std::string json = R"([{"event":"DOCUMENT","text":"x"},
    {"id":"a","event":"DEMAND","text":"Russia demanded that Ukraine withdraw its troops."},
    {"id":"b","event":"FIGHT","text":"Troops clashed."}])";
  auto records = eval::read_plover_suite(json);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].event, "REQUEST");
  EXPECT_EQ(records[1].event, "ASSAULT");
  auto score = eval::score_plover_suite(records, Pipeline());
  EXPECT_EQ(score.records, 2u);
  EXPECT_GE(score.any_right, 1u);  // "demanded" is a CAMEO 10 demand: REQUEST
  EXPECT_THROW(eval::read_plover_suite("{\"not\": \"an array\"}"), std::runtime_error);
}

TEST(Eval, APlannedMeetingAndTheMeetingHeldLinkTheirDocuments) {
  // One article announces the summit, a later one reports it held: no event
  // is shared (a plan and a meeting stay two events), but the store links the
  // meeting to the plan it fulfils, and that links the two articles.
  std::vector<eval::CorpusDocument> docs(2);
  docs[0].id = "announced";
  docs[0].date = "2018-06-28";
  docs[0].text =
      "President Donald Trump will meet Russian President Vladimir Putin in Helsinki on July 16, the White House "
      "said on Thursday.\n\nThe summit is expected to cover Syria and arms control.";
  docs[1].id = "held";
  docs[1].date = "2018-07-16";
  docs[1].text =
      "President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday for more than two "
      "hours.\n\nThe two leaders spoke about Syria and arms control.";
  docs[0].gold_event = docs[1].gold_event = "helsinki-summit";
  auto with_plans = eval::score_same_event_links(docs, Pipeline(), false);
  EXPECT_EQ(with_plans.predicted_links, 1u);
  EXPECT_EQ(with_plans.correct_links, 1u);
  EXPECT_EQ(with_plans.plan_links, 1u);
  auto shared_only = eval::score_same_event_links(docs, Pipeline(), false, 1, false);
  EXPECT_EQ(shared_only.predicted_links, 0u);
}

TEST(Eval, NewsWcl50DocumentsAndGoldEvents) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  auto docs = eval::read_newswcl50(test::shared_dir() + "/data/newswcl50-meetings");
  ASSERT_EQ(docs.size(), 50u);
  size_t dated = 0;
  for (const auto& d : docs) {
    EXPECT_GT(d.text.size(), 500u) << d.id;
    dated += !d.date.empty();
  }
  EXPECT_GT(dated, 10u);  // dates come from the outlets' URLs where they have one
  // Tokens are joined back into running text: quotation marks hug what they
  // quote, clitics their word ("I'm", not "I 'm").
  for (const auto& d : docs) {
    EXPECT_EQ(d.text.find(" \" "), std::string::npos) << d.id;
    EXPECT_EQ(d.text.find(" 'm "), std::string::npos) << d.id;
  }
  auto score = eval::score_same_event_links(docs, Pipeline(), false);
  EXPECT_EQ(score.gold_links, 100u);  // 10 events x C(5,2) pairs
  EXPECT_LE(score.correct_links, score.predicted_links);
  // Every gold link is either found or explained as missed.
  size_t missed = 0;
  for (const auto& line : score.details) missed += line.find("\tmissed\t") != std::string::npos;
  EXPECT_EQ(missed, score.gold_links - score.correct_links);
}

TEST(Eval, EcbPlusPagesAreDatedByTheirAddress) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  auto docs = eval::read_ecbplus(test::shared_dir() + "/data/ecbplus");
  size_t plus = 0, plus_dated = 0, ecb_dated = 0;
  for (const auto& d : docs) {
    bool is_plus = d.gold_event.find("-plus") != std::string::npos;
    plus += is_plus;
    plus_dated += is_plus && !d.date.empty();
    ecb_dated += !is_plus && !d.date.empty();
    if (is_plus) {  // sentence 0 is the address, not text
      EXPECT_EQ(d.url.rfind("http", 0), 0u) << d.id;
    }
    EXPECT_EQ(d.text.find("http://"), std::string::npos) << d.id;
  }
  EXPECT_GT(plus, 400u);
  EXPECT_GT(plus_dated, 100u);  // "/2009/11/30/" and the like
  EXPECT_EQ(ecb_dated, 0u);     // the older half keeps no address
}

}  // namespace
}  // namespace parley
