#include <gtest/gtest.h>

#include "base/text.h"
#include "segment/segmenter.h"
#include "test_util.h"

namespace parley {
namespace {

Document segmented(const std::string& text) {
  Document doc;
  doc.input = text;
  doc.text = text;
  Block b;
  b.text = {0, static_cast<uint32_t>(text.size())};
  doc.blocks.push_back(b);
  segment::segment(doc);
  return doc;
}

std::vector<std::string> tokens(const std::string& text) {
  Document doc = segmented(text);
  std::vector<std::string> out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.token_text(i));
  return out;
}

std::vector<std::string> sentences(const std::string& text) {
  Document doc = segmented(text);
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.view(s.text));
  return out;
}

using V = std::vector<std::string>;

TEST(SentenceSplitter, ACommaAfterAnAbbreviationInParenthesesGoesOn) {
  EXPECT_EQ(sentences("Richard Shelby (R-Ala.), who met with Trump, agreed. He left."),
            (std::vector<std::string>{"Richard Shelby (R-Ala.), who met with Trump, agreed.", "He left."}));
}

TEST(Tokenizer, KeepsAbbreviationsAndInitialisms) {
  EXPECT_EQ(tokens("U.S. and U.N. officials met Gen. Smith on Oct. 26."),
            (V{"U.S.", "and", "U.N.", "officials", "met", "Gen.", "Smith", "on", "Oct.", "26", "."}));
}

TEST(Tokenizer, SplitsClitics) {
  EXPECT_EQ(tokens("Lavrov's visit didn't happen; they're late."),
            (V{"Lavrov", "'s", "visit", "did", "n't", "happen", ";", "they", "'re", "late", "."}));
  EXPECT_EQ(tokens("Russia\xE2\x80\x99s ambassador"), (V{"Russia", "\xE2\x80\x99s", "ambassador"}));
  EXPECT_EQ(tokens("O'Brien"), (V{"O'Brien"}));
}

TEST(Tokenizer, NumbersDatesAndMoney) {
  EXPECT_EQ(tokens("$124 Million, 1,200 staff, 3.5% at 10:30 on 2017-05-10"),
            (V{"$", "124", "Million", ",", "1,200", "staff", ",", "3.5", "%", "at", "10:30", "on", "2017-05-10"}));
}

TEST(Tokenizer, DashesQuotesEllipsesUrls) {
  EXPECT_EQ(tokens("agreements \xE2\x80\x94 a cease-fire \xE2\x80\x9Cperp walk.\xE2\x80\x9D Wait... see "
                   "https://example.com/a?b=1."),
            (V{"agreements", "\xE2\x80\x94", "a", "cease-fire", "\xE2\x80\x9C", "perp", "walk", ".", "\xE2\x80\x9D",
               "Wait", "...", "see", "https://example.com/a?b=1", "."}));
}

// Wire text in the Penn Treebank manner writes double quotes as `` and ''.
TEST(Tokenizer, TreebankDoubleQuotesAreOneTokenEach) {
  EXPECT_EQ(tokens("France condemned as`` unacceptable'' the claims by Rwanda."),
            (V{"France", "condemned", "as", "``", "unacceptable", "''", "the", "claims", "by", "Rwanda", "."}));
  EXPECT_EQ(sentences("He said ``no.'' Then he left."), (V{"He said ``no.''", "Then he left."}));
}

TEST(Tokenizer, EmailAddressesStayWhole) {
  EXPECT_EQ(tokens("Write to john.smith@example.co.uk. Or not."),
            (V{"Write", "to", "john.smith@example.co.uk", ".", "Or", "not", "."}));
  EXPECT_EQ(tokens("@handle said"), (V{"@", "handle", "said"}));
}

TEST(Tokenizer, SpansPointIntoText) {
  Document doc = segmented("  Hello,\xC2\xA0world!");
  ASSERT_EQ(doc.tokens.size(), 4u);
  EXPECT_EQ(doc.tokens[0].text.begin, 2u);
  EXPECT_EQ(doc.token_text(2), "world");
  EXPECT_TRUE(doc.tokens[2].space_before);  // a no-break space is a space
}

TEST(Tokenizer, LowerCaseViewsMatchTheTokens) {
  Document doc = segmented("Secretary KERRY met Lavrov in Genève on Tuesday.");
  ASSERT_GE(doc.tokens.size(), 8u);
  for (uint32_t i = 0; i < doc.tokens.size(); ++i)
    EXPECT_EQ(doc.token_lower(i), base::ascii_lower(doc.token_text(i))) << doc.token_text(i);
  EXPECT_EQ(doc.token_lower(1), "kerry");
  EXPECT_EQ(doc.token_lower(5), "gen\xC3\xA8ve");  // only ASCII letters change
  // A copy of the document gives views into its own text, and a new text of
  // another length is lowered afresh.
  Document copy = doc;
  EXPECT_EQ(copy.token_lower(0), "secretary");
  copy.text = "Moscow";
  copy.tokens.resize(1);
  copy.tokens[0].text = {0, 6};
  EXPECT_EQ(copy.token_lower(0), "moscow");
}

TEST(SentenceSplitter, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(sentences("Mr. Tillerson met Gen. Smith in Washington on Oct. 26. They discussed Syria."),
            (V{"Mr. Tillerson met Gen. Smith in Washington on Oct. 26.", "They discussed Syria."}));
}

TEST(SentenceSplitter, InitialismMayEndASentence) {
  EXPECT_EQ(sentences("He flew to the U.S. The talks began. U.S. Secretary Rex Tillerson spoke."),
            (V{"He flew to the U.S.", "The talks began.", "U.S. Secretary Rex Tillerson spoke."}));
}

TEST(SentenceSplitter, InitialsStayInside) {
  EXPECT_EQ(sentences("George W. Bush met John F. Kennedy Jr. in a dream."),
            (V{"George W. Bush met John F. Kennedy Jr. in a dream."}));
}

TEST(SentenceSplitter, QuotesCloseTheSentence) {
  EXPECT_EQ(sentences("\"We had a very good meeting.\" Trump said so. \xE2\x80\x9CReally?\xE2\x80\x9D he asked."),
            (V{"\"We had a very good meeting.\"", "Trump said so.", "\xE2\x80\x9CReally?\xE2\x80\x9D he asked."}));
}

TEST(SentenceSplitter, EllipsisAndExclamation) {
  EXPECT_EQ(sentences("Face it\xE2\x80\xA6 It is time! Embrace it."),
            (V{"Face it\xE2\x80\xA6", "It is time!", "Embrace it."}));
}

TEST(SentenceSplitter, DecimalsAndLowercaseContinuations) {
  EXPECT_EQ(sentences("Growth was 3.5 percent. e.g. this stays. Next."),
            (V{"Growth was 3.5 percent. e.g. this stays.", "Next."}));
}

TEST(SentenceSplitter, HeadlineWithoutPeriodIsOneSentence) {
  Document doc;
  doc.text = doc.input = "Trump meets with Russia's top diplomat\n\nThe meeting lasted 25 minutes.";
  doc.blocks.push_back({BlockKind::kTitle, {0, 38}});
  doc.blocks.push_back({BlockKind::kParagraph, {40, static_cast<uint32_t>(doc.text.size())}});
  segment::segment(doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.view(doc.sentences[0].text), "Trump meets with Russia's top diplomat");
  EXPECT_EQ(doc.sentences[1].block, 1u);
}

}  // namespace
}  // namespace parley
