// Precision on unseen news: acts a sentence names without reporting them as
// done (awaited, commented on, asked about).  Sentences written for these tests.
#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

std::vector<Event> extract_article(const std::string& date, const std::string& text) {
  std::string line = "{\"id\":\"t\",\"date\":\"" + date + "\",\"text\":\"" + text + "\"}\n";
  auto r = test::read_bytes(line, "t.jsonl");
  EXPECT_EQ(r.docs.size(), 1u);
  return Pipeline().extract(r.docs[0]);
}

const Event* with_code_family(const std::vector<Event>& events, const std::string& family) {
  for (const Event& e : events)
    if (e.cameo.rfind(family, 0) == 0) return &e;
  return nullptr;
}

// The meeting a sentence prepares for or counts down to is still ahead.
TEST(EventsPrecision, AMeetingAheadOfWhichSomethingIsDoneIsPlanned) {
  for (const char* text : {"Police closed roads in Helsinki ahead of the Trump-Putin meeting.",
                           "In the run-up to the Trump-Putin summit, Washington imposed new sanctions on Moscow.",
                           "In preparation for the Merkel-Macron meeting, police closed roads in Paris.",
                           "Police sealed off the city centre in advance of the Merkel-Macron talks."}) {
    auto events = extract_article("2018-07-10", text);
    const Event* meeting = with_code_family(events, "03");
    ASSERT_NE(meeting, nullptr) << text;
    EXPECT_EQ(meeting->status, EventStatus::kPlanned) << text;
    EXPECT_EQ(with_code_family(events, "04"), nullptr) << text;
  }
  // Placed in the past, it has happened since.
  auto past = extract_article("2018-07-20", "Police closed roads ahead of last week's Trump-Putin meeting.");
  const Event* meeting = with_code_family(past, "04");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->status, EventStatus::kOccurred);
}

// "asked" after a quoted question closes it; it requests nothing.
TEST(EventsPrecision, AskedAfterAQuestionIsNoRequest) {
  for (const char* text : {"\\\"Why should we negotiate with Iran?\\\" Pompeo asked on Monday.",
                           "\\\"Why should we negotiate with Iran?\\\", Pompeo asked reporters on Monday.",
                           "\\\"Is this the way to treat an ally?\\\" the German chancellor asked Trump."})
    EXPECT_EQ(with_code_family(extract_article("2019-05-13", text), "02"), nullptr) << text;
  // A request after a question is still one.
  auto events = extract_article("2019-05-13", "What next? Pompeo asked Congress to pass the sanctions bill.");
  EXPECT_NE(with_code_family(events, "02"), nullptr);
}

// A meeting that a comment blames or praises is the comment's topic, known
// before; the comment is what the sentence reports.
TEST(EventsPrecision, AMeetingThatIsCommentedOnIsNoNews) {
  for (const char* text : {"Critics condemned Trump's meeting with Putin as a disgrace.",
                           "Trump's discussions with Putin were criticised by Democrats on Sunday.",
                           "The meeting between Merkel and Macron has been widely criticised."}) {
    auto events = extract_article("2018-07-20", text);
    EXPECT_EQ(with_code_family(events, "04"), nullptr) << text;
  }
  auto criticised = extract_article("2018-07-20", "Trump's discussions with Putin were criticised by Democrats.");
  EXPECT_NE(with_code_family(criticised, "11"), nullptr);
  // An attack condemned is how the news reports the attack.
  auto attack = extract_article("2018-11-26", "Germany condemned Russia's attack on Ukrainian ships.");
  EXPECT_NE(with_code_family(attack, "19"), nullptr);
}

// A forecast of another's act is no one's deed, plan or threat; what an
// actor is expected to do is still its plan.
TEST(EventsPrecision, AnActInAForecastIsNoPlanOrThreat) {
  for (const char* text : {"Analysts predict that Russia will attack Ukraine.",
                           "Blair predicted the Tories would do nothing to help farmers.",
                           "He predicted Russia would sanction Ukraine."})
    EXPECT_TRUE(extract_article("2019-05-13", text).empty()) << text;
  auto expected = extract_article("2019-05-13", "Putin is expected to visit China in May.");
  const Event* visit = with_code_family(expected, "03");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->status, EventStatus::kPlanned);
}

// "host" as a job title before a name hosts nobody; as a verb it still does.
TEST(EventsPrecision, AHostBeforeANameIsAJobTitle) {
  for (const char* text : {"Trump humiliated radio host Hugh Hewitt on Tuesday.",
                           "Trump retweeted a post by former game show host Chuck Woolery.",
                           "Trump mocked CNN host Jake Tapper on Sunday."})
    EXPECT_EQ(with_code_family(extract_article("2019-05-13", text), "043"), nullptr) << text;
  for (const char* text : {"Japan hosts Trump in Tokyo.", "Abe will host Trump in Tokyo."}) {
    auto events = extract_article("2019-05-13", text);
    EXPECT_TRUE(with_code_family(events, "043") || with_code_family(events, "036")) << text;
  }
}

}  // namespace
}  // namespace parley
