// Archives of articles: tar (plain or compressed), zip and WARC crawl files.
#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "test_util.h"

namespace parley {
namespace {

using test::read_bytes;

using Files = std::vector<std::pair<std::string, std::string>>;  // name, content

// Writes `files` into an in-memory archive with libarchive's writer.
std::string make_archive(const Files& files, bool zip, bool gzip_filter) {
  std::string out(1 << 20, '\0');
  size_t used = 0;
  struct archive* a = archive_write_new();
  if (zip) {
    archive_write_set_format_zip(a);
  } else {
    archive_write_set_format_pax_restricted(a);
    if (gzip_filter) archive_write_add_filter_gzip(a);
  }
  archive_write_open_memory(a, out.data(), out.size(), &used);
  for (const auto& [name, content] : files) {
    struct archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    archive_entry_set_size(e, static_cast<la_int64_t>(content.size()));
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_write_header(a, e);
    archive_write_data(a, content.data(), content.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
  out.resize(used);
  return out;
}


std::string warc_record(const std::string& type, const std::string& uri, const std::string& body) {
  std::string r = "WARC/1.0\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "WARC-Date: 2021-03-05T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:5f1e>\r\n";
  r += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body + "\r\n\r\n";
  return r;
}

const char* kFirst = "Envoys Meet\n\nThe envoys of two neighbouring states met in Vienna on Monday.\n";
const char* kSecond = "Talks Resume\n\nNegotiators from both sides resumed their talks in Doha on Tuesday.\n";

TEST(Archive, TarEntriesAreDocumentsNamedByTheirFiles) {
  std::string tar = make_archive({{"2021/03/first.txt", kFirst}, {"2021/03/second.txt", kSecond}}, false, false);
  auto r = read_bytes(tar, "news.tar");
  ASSERT_EQ(r.errors.size(), 0u);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "first");
  EXPECT_EQ(r.docs[0].origin, "news.tar!2021/03/first.txt");
  EXPECT_EQ(r.docs[1].title, "Talks Resume");
}

TEST(Archive, CompressedTarAndZipReadAlike) {
  Files files{{"a.txt", kFirst}, {"b.txt", kSecond}};
  auto tgz = read_bytes(make_archive(files, false, true), "news.tar.gz");
  auto zip = read_bytes(make_archive(files, true, false), "news.zip");
  ASSERT_EQ(tgz.docs.size(), 2u);
  ASSERT_EQ(zip.docs.size(), 2u);
  EXPECT_EQ(tgz.docs[1].id, "b");
  EXPECT_EQ(zip.docs[1].id, "b");
  EXPECT_EQ(tgz.docs[0].text, zip.docs[0].text);
}

TEST(Archive, EntriesMayBeJsonLinesOrCompressed) {
  std::string jsonl = "{\"id\":\"j1\",\"text\":\"Ministers met in Rome on Friday.\"}\n"
                      "{\"id\":\"j2\",\"text\":\"Ministers met in Oslo on Friday.\"}\n";
  std::string tar = make_archive({{"feed.jsonl", jsonl}, {"page.txt.gz", test::gzip(kFirst)}}, false, false);
  auto r = read_bytes(tar, "mixed.tar");
  ASSERT_EQ(r.errors.size(), 0u);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "j1");
  EXPECT_EQ(r.docs[1].id, "j2");
  EXPECT_EQ(r.docs[2].id, "page");
}

TEST(Archive, ABadEntryIsReportedAndTheOthersRead) {
  std::string tar = make_archive({{"good.txt", kFirst}, {"image.png", std::string("\x89PNG\0\0\0\x0d", 8)},
                                  {"other.txt", kSecond}},
                                 false, false);
  auto r = read_bytes(tar, "news.tar");
  EXPECT_EQ(r.docs.size(), 2u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].origin, "news.tar!image.png");
}

TEST(Archive, TruncatedArchiveKeepsWhatCameBeforeAndSaysWhere) {
  std::string big(20000, 'x');
  std::string tar = make_archive({{"first.txt", kFirst}, {"second.txt", std::string(kSecond) + big}}, false, false);
  tar.resize(tar.size() / 2);  // cut inside the second entry
  auto r = read_bytes(tar, "cut.tar");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "first");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].origin, "cut.tar");
  EXPECT_NE(r.errors[0].message.find("after 1 entries"), std::string::npos) << r.errors[0].message;
}

TEST(Archive, WarcResponsesArePagesKnownByTheirUrl) {
  std::string page =
      "<html><head><title>Envoys meet</title></head><body><article><p>The envoys of two neighbouring "
      "states met in Vienna on Monday to discuss the border.</p></article></body></html>";
  std::string url = "https://news.example.org/2021/03/04/envoys-meet.html";
  std::string warc = warc_record("warcinfo", "", "software: test\r\n") +
                     warc_record("request", url, "GET /2021/03/04/envoys-meet.html HTTP/1.1\r\n\r\n") +
                     warc_record("response", url, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page) +
                     warc_record("metadata", url, "fetchTimeMs: 120\r\n");
  for (bool compressed : {false, true}) {
    std::string bytes = warc;
    if (compressed) {
      // Crawlers compress each record as its own gzip member.
      bytes = test::gzip(warc_record("warcinfo", "", "software: test\r\n")) +
              test::gzip(warc_record("response", url, "HTTP/1.1 200 OK\r\n\r\n" + page));
    }
    auto r = read_bytes(bytes, compressed ? "crawl.warc.gz" : "crawl.warc");
    ASSERT_EQ(r.errors.size(), 0u) << r.errors[0].message;
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.docs[0].id, url);
    EXPECT_EQ(r.docs[0].url, url);
    // The crawl's date is not the article's: the URL's is.
    EXPECT_EQ(r.docs[0].pub_date, (Date{2021, 3, 4}));
    EXPECT_NE(r.docs[0].text.find("met in Vienna"), std::string::npos);
    EXPECT_EQ(r.docs[0].text.find("HTTP/1.1"), std::string::npos);
  }
}

TEST(Archive, TruncatedWarcRecordIsAnError) {
  std::string warc = warc_record("response", "https://example.org/a", "HTTP/1.1 200 OK\r\n\r\n" + std::string(kFirst));
  warc.resize(warc.size() - 30);
  auto r = read_bytes(warc, "cut.warc");
  EXPECT_EQ(r.docs.size(), 0u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("truncated WARC record"), std::string::npos) << r.errors[0].message;
}

}  // namespace
}  // namespace parley
