#include <gtest/gtest.h>

#include <cstring>

#include "test_util.h"

namespace parley {
namespace {

// A news page with the usual noise around four paragraphs of article.
const char* kPage = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Envoys meet | Example News</title>
<script>var ads = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav></header>
<div class="cookie-consent">We use cookies to give you the best experience. <a href="/p">Privacy policy</a></div>
<main><article class="story">
<h1>Envoys meet in Vienna</h1>
<div class="byline">By Staff Writer</div>
<figure><img src="a.jpg"><figcaption>The envoys before the talks. (Photo: Agency)</figcaption></figure>
<div class="story-body">
<p>The envoys of the two countries met in Vienna on Monday for talks on the nuclear programme, officials said.</p>
<p>The talks, the first in a year, lasted four hours and covered sanctions, inspections and the release of prisoners.</p>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p>Both delegations called the meeting &ldquo;useful&rdquo; &amp; agreed to meet again in March, a diplomat told reporters.</p>
<aside class="related-stories"><h3>Related</h3><ul><li><a href="/1">Earlier talks collapsed</a></li><li><a href="/2">Sanctions explained in full detail for readers</a></li></ul></aside>
<p>Neither side gave details of the proposals exchanged, and no joint statement was issued after the session.</p>
</div></article></main>
<section id="comments" class="comments"><h2>12 Comments</h2>
<div class="comment"><p>This will never work, the talks are a waste of everyone's time and money, believe me.</p></div>
<div class="comment"><p>Finally some good news from Vienna, let us hope the negotiators keep going this time.</p></div>
</section>
<footer class="site-footer"><p>&copy; 2024 Example News. All rights reserved. Contact us at the address below for anything.</p></footer>
</body></html>)";

Document read_page(const std::string& html) {
  auto r = test::read_bytes(html, "page.html");
  EXPECT_EQ(r.errors.size(), 0u) << (r.errors.empty() ? "" : r.errors[0].message);
  EXPECT_EQ(r.docs.size(), 1u);
  return r.docs.empty() ? Document{} : std::move(r.docs[0]);
}

TEST(Html, KeepsTheArticleAndDropsTheNoise) {
  Document d = read_page(kPage);
  EXPECT_EQ(d.format, InputFormat::kHtml);
  std::string text = d.main_text();
  for (const char* kept : {"met in Vienna on Monday", "lasted four hours", "agreed to meet again in March",
                           "no joint statement was issued"})
    EXPECT_NE(text.find(kept), std::string::npos) << kept;
  for (const char* dropped : {"Home", "cookies", "Share on Facebook", "Related", "Earlier talks collapsed",
                              "waste of everyone", "Finally some good news", "All rights reserved", "(Photo: Agency)",
                              "not text", "color: red", "By Staff Writer"})
    EXPECT_EQ(text.find(dropped), std::string::npos) << dropped;
  EXPECT_EQ(d.title, "Envoys meet | Example News");
}

TEST(Html, MetadataGivesDateUrlAndTitle) {
  std::string page = std::string(
                         "<html><head><meta property=\"article:published_time\" content=\"2018-06-20T09:15:00Z\">"
                         "<link rel=\"canonical\" href=\"https://example.org/a\"></head>") +
                     (std::strstr(kPage, "<body>"));
  Document d = read_page(page);
  EXPECT_EQ(d.pub_date, (Date{2018, 6, 20}));
  EXPECT_EQ(d.pub_date_basis, DateBasis::kHtmlMeta);
  EXPECT_EQ(d.url, "https://example.org/a");
  // JSON Lines metadata wins over the page's own.
  auto r = test::read_bytes(
      "{\"id\":\"x\",\"date\":\"2018-06-21\",\"html\":\"<meta property='article:published_time' "
      "content='2018-06-20'><p>The two leaders met in Singapore on Tuesday for their first summit.</p>\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].pub_date, (Date{2018, 6, 21}));
  EXPECT_EQ(r.docs[0].pub_date_basis, DateBasis::kMetadata);
}

TEST(Html, DroppedBlocksSayWhatTheyAre) {
  Document d = read_page(kPage);
  auto kind_of = [&](const std::string& needle) {
    for (const Block& b : d.blocks)
      if (d.view(b.text).find(needle) != std::string_view::npos) return b.kind;
    return BlockKind::kParagraph;
  };
  EXPECT_EQ(kind_of("This will never work"), BlockKind::kComment);
  EXPECT_EQ(kind_of("The envoys before the talks"), BlockKind::kCaption);
  EXPECT_EQ(kind_of("Earlier talks collapsed"), BlockKind::kTeaser);
  EXPECT_EQ(kind_of("Envoys meet in Vienna"), BlockKind::kTitle);
}

TEST(Html, EntitiesAreDecodedAndSpansPointIntoTheMarkup) {
  Document d = read_page(kPage);
  size_t at = d.text.find("\xE2\x80\x9Cuseful\xE2\x80\x9D & agreed");
  ASSERT_NE(at, std::string::npos);
  // The word after the entities maps back to its own bytes in the input.
  size_t agreed = d.text.find("agreed", at);
  Span in = d.to_input({static_cast<uint32_t>(agreed), static_cast<uint32_t>(agreed + 6)});
  EXPECT_EQ(d.input_view().substr(in.begin, in.size()), "agreed");
  // Every sentence of the body maps to input bytes that start with its first word.
  Pipeline().segment(d);
  for (const Sentence& s : d.sentences) {
    if (!is_main_text(d.blocks[s.block].kind)) continue;
    Span sin = d.to_input(s.text);
    std::string_view first_word = d.token_text(s.first_token);
    EXPECT_EQ(d.input_view().substr(sin.begin, first_word.size()), first_word);
  }
}

TEST(Html, Latin1PageIsConverted) {
  std::string page =
      "<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>Le ministre fran\xE7"
      "ais des Affaires \xE9trang\xE8res a re\xE7u son homologue allemand \xE0 Paris lundi, pour des entretiens sur "
      "l'\xE9nergie.</p><p>Les deux ministres se reverront \xE0 Berlin en d\xE9"
      "cembre, a indiqu\xE9 le minist\xE8re.</p></article></body></html>";
  Document d = read_page(page);
  EXPECT_NE(d.main_text().find("fran\xC3\xA7"
                               "ais des Affaires \xC3\xA9trang\xC3\xA8res"),
            std::string::npos)
      << d.main_text();
}

TEST(Html, JsonLdArticleBodyRescuesScriptRenderedPages) {
  std::string body(60, 'x');
  std::string page =
      "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
      "\"articleBody\":\"The foreign ministers met in Jakarta on Tuesday to prepare the regional summit.\\nThey agreed "
      "on a joint statement on maritime security, trade and the situation in Myanmar, officials said after the meeting "
      "that lasted three hours.\\nThe summit will open on Friday with the leaders of all ten member states expected to "
      "attend, the host government said in a statement issued late on Tuesday night.\"}</script></head>"
      "<body><div id=\"app\"><p>Loading the article for you, please wait a moment.</p></div></body></html>";
  Document d = read_page(page);
  std::string text = d.main_text();
  EXPECT_NE(text.find("met in Jakarta on Tuesday"), std::string::npos) << text;
  EXPECT_NE(text.find("ten member states"), std::string::npos);
  EXPECT_EQ(text.find("Loading the article"), std::string::npos);
}

TEST(Html, BrokenMarkupAndEmptyPages) {
  Document d = read_page(
      "<html><body><div><p>Talks resumed in Geneva after a pause of two months, the mediator "
      "announced on Sunday<p>The delegations <b>will <i>meet</b> again</i> next week in the same "
      "building near the lake.</div>");
  EXPECT_NE(d.main_text().find("The delegations will meet again next week"), std::string::npos) << d.main_text();
  auto empty = test::read_bytes("<html><head><title>x</title></head><body><script>1</script></body></html>", "e.html");
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_EQ(empty.errors[0].origin, "e.html");
}

TEST(Html, BenchmarkPagesHaveNoCommentOrShareText) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared not present";
  // The Hill page: its comments and share widgets must not reach the text.
  std::string dir = test::shared_dir() + "/data/article-extraction-benchmark/html/";
  for (auto& e : std::filesystem::directory_iterator(dir)) {
    auto r = test::read_paths({e.path().string()});
    for (const Document& d : r.docs) {
      std::string text = d.main_text();
      EXPECT_EQ(text.find("Share on Facebook"), std::string::npos) << e.path();
      EXPECT_EQ(text.find("Leave a Reply"), std::string::npos) << e.path();
    }
  }
}

}  // namespace
}  // namespace parley
