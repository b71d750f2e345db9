#include <gtest/gtest.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace parley {
namespace {

using test::read_bytes;

using test::gzip;

std::string zstd(const std::string& s) {
  std::string out(ZSTD_compressBound(s.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), s.data(), s.size(), 3));
  return out;
}

const char* kArticle =
    "Ministers Meet in Geneva\n\n"
    "GENEVA, March 3 (Reuters) - The foreign ministers of two neighbouring states met on Monday.\n\n"
    "They agreed to meet again in April.\n";

TEST(Reader, PlainTextBecomesBlocksWithIdentityOffsets) {
  auto r = read_bytes(kArticle, "dir/article-7.txt");
  ASSERT_EQ(r.errors.size(), 0u);
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "article-7");
  EXPECT_EQ(d.title, "Ministers Meet in Geneva");
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(d.blocks[0].kind, BlockKind::kTitle);
  EXPECT_EQ(d.blocks[1].kind, BlockKind::kDateline);  // "GENEVA, March 3 (Reuters) -"
  EXPECT_EQ(d.view(d.blocks[1].text), "GENEVA, March 3 (Reuters) -");
  EXPECT_EQ(d.blocks[2].kind, BlockKind::kParagraph);
  Span in = d.to_input(d.blocks[3].text);
  EXPECT_EQ(d.input_view().substr(in.begin, in.size()), "They agreed to meet again in April.");
}

TEST(Reader, GzipAndZstdAreTransparent) {
  auto plain = read_bytes(kArticle);
  auto gz = read_bytes(gzip(kArticle), "a.txt.gz");
  auto zs = read_bytes(zstd(kArticle), "a.txt.zst");
  ASSERT_EQ(gz.docs.size(), 1u);
  ASSERT_EQ(zs.docs.size(), 1u);
  EXPECT_EQ(gz.docs[0].main_text(), plain.docs[0].main_text());
  EXPECT_EQ(zs.docs[0].main_text(), plain.docs[0].main_text());
  EXPECT_EQ(gz.docs[0].id, "a");
}

TEST(Reader, TruncatedCompressedInputIsAnError) {
  std::string gz = gzip(std::string(kArticle) + std::string(5000, 'x'));
  auto r = read_bytes(gz.substr(0, gz.size() / 2), "cut.gz");
  ASSERT_EQ(r.docs.size(), 0u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].origin, "cut.gz");
  EXPECT_NE(r.errors[0].message.find("truncated"), std::string::npos) << r.errors[0].message;

  std::string zs = zstd(std::string(kArticle) + std::string(5000, 'y'));
  auto z = read_bytes(zs.substr(0, zs.size() - 4), "cut.zst");
  ASSERT_EQ(z.errors.size(), 1u);
  EXPECT_NE(z.errors[0].message.find("zstd"), std::string::npos);
}

TEST(Reader, EmptyAndBinaryInputsAreErrors) {
  auto e = read_bytes("", "empty.txt");
  ASSERT_EQ(e.errors.size(), 1u);
  EXPECT_EQ(e.errors[0].message, "empty input");
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24);
  auto b = read_bytes(png, "image.png");
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_NE(b.errors[0].message.find("binary"), std::string::npos);
  auto blank = read_bytes("   \n\n  \n", "blank.txt");
  ASSERT_EQ(blank.errors.size(), 1u);
  EXPECT_EQ(blank.errors[0].message, "no article text found");
}

TEST(Reader, Latin1TextIsConvertedToUtf8) {
  // "Société Générale a déclaré" in windows-1252, long enough for detection.
  std::string latin1 =
      "Soci\xE9t\xE9 G\xE9n\xE9rale a d\xE9" "clar\xE9 lundi que le minist\xE8re fran\xE7"
      "ais des Affaires \xE9trang\xE8res avait re\xE7u l'ambassadeur.\n";
  auto r = read_bytes(latin1, "fr.txt");
  ASSERT_EQ(r.errors.size(), 0u) << r.errors[0].message;
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_NE(r.docs[0].text.find("Soci\xC3\xA9t\xC3\xA9"), std::string::npos);
}

TEST(Reader, Utf16WithBomIsConverted) {
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("Leaders met in Paris on Monday.\n")) {
    utf16 += c;
    utf16 += '\0';
  }
  auto r = read_bytes(utf16, "u16.txt");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].main_text(), "Leaders met in Paris on Monday.");
}

TEST(Reader, JsonLinesCarryMetadataAndSkipBadLines) {
  std::string jsonl =
      "{\"id\": \"a1\", \"url\": \"https://example.org/2019/03/04/x\", \"source\": \"Example\", \"title\": \"T\", "
      "\"date\": \"2019-03-04\", \"text\": \"The two presidents met in Hanoi.\\nThey spoke for an hour.\"}\n"
      "{\"id\": \"a2\", \"text\": \"broken\n"
      "{\"id\": \"a3\", \"title\": \"no body\"}\n"
      "\n"
      "{\"id\": 4, \"html\": \"<html><body><p>The summit opened in Bali on Tuesday.</p></body></html>\"}\n";
  auto r = read_bytes(jsonl, "feed.jsonl");
  ASSERT_EQ(r.docs.size(), 2u);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].origin, "feed.jsonl:2");
  EXPECT_NE(r.errors[0].message.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(r.errors[1].origin, "feed.jsonl:3");
  const Document& a = r.docs[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.url, "https://example.org/2019/03/04/x");
  EXPECT_EQ(a.source, "Example");
  EXPECT_EQ(a.pub_date, (Date{2019, 3, 4}));
  EXPECT_EQ(a.pub_date_basis, DateBasis::kMetadata);
  EXPECT_EQ(a.blocks.size(), 2u);
  EXPECT_EQ(r.docs[1].id, "4");
  EXPECT_EQ(r.docs[1].format, InputFormat::kHtml);
  EXPECT_NE(r.docs[1].main_text().find("The summit opened in Bali"), std::string::npos);
}

// A feed cut in the middle of a line (a split file) is still a feed: its
// first line is reported, the others read as documents with their metadata.
TEST(Reader, AFeedCutMidLineIsStillJsonLines) {
  std::string feed =
      "ext\": \"the end of an article\"}\n"
      "{\"id\": \"b\", \"date\": \"2015-11-30\", \"text\": \"Obama met Putin in Paris on Monday.\"}\n"
      "{\"id\": \"c\", \"date\": \"2015-11-30\", \"text\": \"Xi met Modi in Delhi on Tuesday.\"}\n";
  auto r = read_bytes(feed, "part-002");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "b");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].origin, "part-002:1");
  // Prose with one braced line stays prose.
  auto prose = read_bytes("The talks went on.\n{a note}\nThey ended at noon.\nBoth sides spoke.\n", "note.txt");
  EXPECT_TRUE(prose.errors.empty());
  ASSERT_EQ(prose.docs.size(), 1u);
}

// A quote left unescaped inside a string ("He said "no"") leaves the line's
// braces inside a string: the line is reported and the next one still read,
// whether the line sits mid-buffer or at its very end (where it is copied
// to be padded).
TEST(Reader, AnUnescapedQuoteIsAnErrorOfItsLineOnly) {
  std::string bad = "{\"id\": \"q\", \"text\": \"He said \"no\" to the plan.\"}\n";
  std::string good = "{\"id\": \"g\", \"text\": \"The ministers met in Oslo on Monday.\"}\n";
  for (const std::string& jsonl : {bad + good, good + bad}) {
    auto r = read_bytes(jsonl, "quotes.jsonl");
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.docs[0].id, "g");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].message.find("invalid JSON"), std::string::npos) << r.errors[0].message;
  }
  auto scalar = read_bytes("{\"id\": \"s\", \"text\": \"Talks began.\"}\n[1, 2]\n", "scalar.jsonl");
  ASSERT_EQ(scalar.errors.size(), 1u);
  EXPECT_EQ(scalar.errors[0].origin, "scalar.jsonl:2");
}

TEST(Reader, AUrlDatesAPageWithoutOtherEvidence) {
  std::string jsonl =
      "{\"id\": \"u1\", \"url\": \"https://news.example.com/world/2018/04/17/pompeo-kim.html\", "
      "\"text\": \"The envoy met the leader.\"}\n"
      "{\"id\": \"u2\", \"url\": \"https://example.com/politics/2018-02-30-story\", \"text\": \"They met.\"}\n"
      "{\"id\": \"u3\", \"url\": \"https://example.com/2016/11/trump-wins\", \"text\": \"They met.\"}\n"
      "{\"id\": \"u4\", \"url\": \"https://example.com/2016/11/02/x\", \"date\": \"2016-11-03\", "
      "\"text\": \"They met.\"}\n";
  auto r = read_bytes(jsonl, "feed.jsonl");
  ASSERT_EQ(r.docs.size(), 4u);
  EXPECT_EQ(r.docs[0].pub_date, (Date{2018, 4, 17}));
  EXPECT_EQ(r.docs[0].pub_date_basis, DateBasis::kUrl);
  EXPECT_FALSE(r.docs[1].pub_date.known());  // no 30 February
  EXPECT_EQ(r.docs[2].pub_date, (Date{2016, 11, 0}));
  EXPECT_EQ(r.docs[3].pub_date, (Date{2016, 11, 3}));  // metadata wins
  EXPECT_EQ(r.docs[3].pub_date_basis, DateBasis::kMetadata);
}

TEST(Reader, DirectoriesAreWalkedInOrderAndErrorsDoNotStopTheBatch) {
  std::filesystem::path dir = test::temp_path("reader_dir");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "sub");
  std::ofstream(dir / "b.txt") << "Second article.\n";
  std::ofstream(dir / "a.txt") << "First article.\n";
  std::ofstream(dir / "sub" / "c.txt") << "";
  std::ofstream(dir / ".hidden") << "Never read.\n";
  auto r = test::read_paths({dir.string(), (dir / "missing.txt").string()});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[1].id, "b");
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].message, "empty input");
  EXPECT_EQ(r.errors[1].message, "no such file or directory");
  std::filesystem::remove_all(dir);
}

TEST(Reader, SeedsReadWithTheirDates) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  auto r = test::read_paths({test::shared_dir() + "/seeds"});
  ASSERT_EQ(r.docs.size(), 5u);
  ASSERT_EQ(r.errors.size(), 0u);
  EXPECT_EQ(r.docs[1].pub_date, (Date{2017, 11, 1}));  // dateline "November 1, 2017"
  EXPECT_EQ(r.docs[1].pub_date_basis, DateBasis::kDateline);
  EXPECT_EQ(r.docs[4].pub_date, (Date{2017, 5, 11}));  // "date 2017-05-11" line
  EXPECT_EQ(r.docs[4].pub_date_basis, DateBasis::kDateLine);
  EXPECT_FALSE(r.docs[0].pub_date.known());  // none shown: unknown, never today
  EXPECT_FALSE(r.docs[2].pub_date.known());
}

}  // namespace
}  // namespace parley
