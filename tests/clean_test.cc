#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

std::vector<const Block*> blocks_of(const Document& d, BlockKind kind) {
  std::vector<const Block*> out;
  for (const auto& b : d.blocks)
    if (b.kind == kind) out.push_back(&b);
  return out;
}

TEST(TextCleaner, CommentThreadIsDropped) {
  std::string text =
      "Leaders Hold Talks\n\n"
      "The prime minister met the visiting president on Friday.\n\n"
      "Both sides called the talks constructive.\n\n"
      "  \xE2\x80\xA2 reader_one\n\n"
      "    I don't believe a word of it.\n\n"
      "    \xE2\x80\xA2 other.reader\n\n"
      "      Agreed, the meeting was a sham.\n";
  auto r = test::read_bytes(text);
  ASSERT_EQ(r.docs.size(), 1u);
  std::string main = r.docs[0].main_text();
  EXPECT_NE(main.find("constructive"), std::string::npos);
  EXPECT_EQ(main.find("believe"), std::string::npos);
  EXPECT_EQ(main.find("sham"), std::string::npos);
  EXPECT_EQ(blocks_of(r.docs[0], BlockKind::kComment).size(), 4u);
}

TEST(TextCleaner, TeasersWidgetsCaptionsAndTagsAreDropped) {
  std::string text =
      "Envoy Summoned Over Remarks\n\n"
      "Share Print Email\n\n"
      "The ministry summoned the ambassador on Monday (Reuters Photo/Jane Doe)\n\n"
      "The foreign ministry summoned the ambassador to protest remarks made last week.\n\n"
      "READ MORE: Ten things to know about the dispute\n\n"
      "Related: Earlier protests in the capital\n\n"
      "The ambassador declined to comment.\n\n"
      "  diplomacy, protest, embassy, foreign ministry\n";
  auto r = test::read_bytes(text);
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  std::string main = d.main_text();
  EXPECT_EQ(main.find("Share"), std::string::npos);
  EXPECT_EQ(main.find("Ten things"), std::string::npos);
  EXPECT_EQ(main.find("Earlier protests"), std::string::npos);
  EXPECT_EQ(main.find("Jane Doe"), std::string::npos);
  EXPECT_EQ(main.find("diplomacy, protest"), std::string::npos);
  EXPECT_NE(main.find("declined to comment"), std::string::npos);
  EXPECT_EQ(blocks_of(d, BlockKind::kTeaser).size(), 2u);
  EXPECT_EQ(blocks_of(d, BlockKind::kCaption).size(), 1u);
}

TEST(TextCleaner, DatelineAndBylineGiveThePublicationDate) {
  std::string text = "Talks Resume\n\nMarch 3, 2019\nStaff Reporter\n\nThe delegations met again.\n";
  auto r = test::read_bytes(text);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].pub_date, (Date{2019, 3, 3}));
  EXPECT_EQ(blocks_of(r.docs[0], BlockKind::kDateline).size(), 1u);
  EXPECT_EQ(blocks_of(r.docs[0], BlockKind::kByline).size(), 1u);
}

TEST(TextCleaner, HeadingsInsideTheArticleStayMainText) {
  std::string text =
      "Ministers agreed to a ceasefire after a long night of talks in the capital.\n"
      "Talks Initiated as Both Sides Discuss Border Status\n"
      "The negotiators will meet again next week.\n";
  auto r = test::read_bytes(text);
  ASSERT_EQ(r.docs.size(), 1u);
  auto headings = blocks_of(r.docs[0], BlockKind::kHeading);
  ASSERT_EQ(headings.size(), 1u);
  EXPECT_TRUE(is_main_text(BlockKind::kHeading));
  EXPECT_EQ(r.docs[0].blocks[0].kind, BlockKind::kParagraph);  // a long first sentence is no title
}

TEST(TextCleaner, SeedCommentsNeverReachTheMainText) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  auto r = test::read_paths({test::seed_path("001_")});
  ASSERT_EQ(r.docs.size(), 1u);
  std::string main = r.docs[0].main_text();
  // The article's last sentence stays; the first comment's words never appear.
  EXPECT_NE(main.find("Meetings with foreign officials are regular"), std::string::npos);
  EXPECT_EQ(main.find("brandehhh"), std::string::npos);
  EXPECT_EQ(main.find("Yeeeeeeah"), std::string::npos);
  EXPECT_EQ(main.find("skyhawk"), std::string::npos);
  // The photo caption with its credit is not main text.
  EXPECT_EQ(main.find("AP Photo"), std::string::npos);
  // Nothing after the article's last paragraph is main text.
  size_t last = main.find("Meetings with foreign officials are regular");
  EXPECT_EQ(main.find('\n', last), std::string::npos);
}

TEST(TextCleaner, SeedReadMoreTeasersNeverReachTheMainText) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  auto r = test::read_paths({test::seed_path("003_")});
  ASSERT_EQ(r.docs.size(), 1u);
  std::string main = r.docs[0].main_text();
  EXPECT_EQ(main.find("Read more"), std::string::npos);
  EXPECT_NE(main.find("Lavrov touched upon these challenges"), std::string::npos);
  EXPECT_EQ(blocks_of(r.docs[0], BlockKind::kTeaser).size(), 2u);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

TEST(TextCleaner, WireDatelinesAreSplitOff) {
  auto tass = test::read_bytes(
      "Talks in Moscow\n\nWASHINGTON, November 1. /TASS/. The US and Russian diplomats met on Tuesday.\n");
  ASSERT_EQ(tass.docs.size(), 1u);
  EXPECT_EQ(tass.docs[0].main_text(), "The US and Russian diplomats met on Tuesday.");
  EXPECT_FALSE(tass.docs[0].pub_date.known());  // no year: the date stays unknown, never guessed

  auto reuters =
      test::read_bytes("MOSCOW, Nov 3, 2019 (Reuters) - Russia said on Sunday it would respond to the sanctions.\n");
  ASSERT_EQ(reuters.docs.size(), 1u);
  EXPECT_EQ(reuters.docs[0].pub_date, (Date{2019, 11, 3}));
  EXPECT_EQ(reuters.docs[0].pub_date_basis, DateBasis::kDateline);
  EXPECT_EQ(reuters.docs[0].main_text(), "Russia said on Sunday it would respond to the sanctions.");

  // Capitalised sentence openings are not datelines.
  auto plain =
      test::read_bytes("Acting Deputy Secretary of State Thomas Shannon and the Russian Ambassador held a meeting.\n");
  ASSERT_EQ(plain.docs.size(), 1u);
  EXPECT_EQ(plain.docs[0].blocks.size(), 1u);
}

}  // namespace
}  // namespace parley
