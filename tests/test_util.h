// Helpers shared by the tests.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "actors/recognizer.h"
#include "parley/parley.h"
#include "segment/segmenter.h"

namespace parley::test {

inline std::string source_dir() { return PARLEY_SOURCE_DIR; }
// ../shared beside the checkout: test data, never shipped.
inline std::string shared_dir() { return source_dir() + "/../shared"; }
inline bool have_shared() { return std::filesystem::exists(shared_dir() + "/seeds"); }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct ReadResult {
  std::vector<Document> docs;
  std::vector<ReadError> errors;
};

inline ReadResult read_bytes(std::string bytes, const std::string& origin = "test") {
  ReadResult r;
  read_buffer(
      std::move(bytes), origin, ReadOptions{}, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](const ReadError& e) { r.errors.push_back(e); });
  return r;
}

// `text` read as one plain-text document of publication date `pub`,
// segmented, with its actors recognised.
inline Document with_actors(const std::string& text, Date pub = {}) {
  auto r = read_bytes(text, "doc.txt");
  Document d = std::move(r.docs.at(0));
  d.pub_date = pub;
  segment::segment(d);
  actors::recognize_actors(d);
  return d;
}

// The events of one article given as a JSON Lines record with publication
// date `date` (ISO) and body `text` (already JSON-escaped).
inline std::vector<Event> extract_article(const std::string& date, const std::string& text) {
  std::string line = "{\"id\":\"t\",\"date\":\"" + date + "\",\"text\":\"" + text + "\"}\n";
  auto r = read_bytes(line, "t.jsonl");
  EXPECT_EQ(r.docs.size(), 1u);
  return Pipeline().extract(r.docs[0]);
}

// The first event whose CAMEO code begins with `family` ("11", "042"), or null.
inline const Event* with_code_family(const std::vector<Event>& events, const std::string& family) {
  for (const Event& e : events)
    if (e.cameo.rfind(family, 0) == 0) return &e;
  return nullptr;
}

// Expects the article to yield an event whose CAMEO code begins with
// `family`, and names the text when it does not: the tests that a rule keeps
// real events list many such sentences.
inline void expect_event_of_family(const std::string& date, const std::string& text, const std::string& family) {
  EXPECT_NE(with_code_family(extract_article(date, text), family), nullptr) << "no " << family << " event in: " << text;
}

// `s` compressed as one gzip member (a .gz file, or a member of a .warc.gz).
inline std::string gzip(const std::string& s) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, s.size()) + 32, '\0');
  zs.next_in = (Bytef*)s.data();
  zs.avail_in = s.size();
  zs.next_out = (Bytef*)out.data();
  zs.avail_out = out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

inline ReadResult read_paths(const std::vector<std::string>& paths) {
  ReadResult r;
  read_inputs(
      paths, ReadOptions{}, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](const ReadError& e) { r.errors.push_back(e); });
  return r;
}

inline std::string seed_path(const std::string& prefix) {
  for (auto& e : std::filesystem::directory_iterator(shared_dir() + "/seeds"))
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path().string();
  return "";
}

// A temporary file name unique to this process (tests run in parallel).
inline std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("parley_test_" + std::to_string(getpid()) + "_" + name)).string();
}

// Where run_parley leaves the command's stderr.
inline std::string stderr_path() { return temp_path("stderr"); }

// Runs the parley binary; returns its exit code, stdout in `out`.
inline int run_parley(const std::string& args, std::string& out, const std::string& stdin_text = "") {
  std::string cmd = std::string(PARLEY_BINARY) + " " + args + " 2>" + stderr_path();
  std::string in_file;
  if (!stdin_text.empty()) {
    in_file = temp_path("stdin");
    std::ofstream(in_file) << stdin_text;
    cmd += " < " + in_file;
  }
  FILE* p = popen(cmd.c_str(), "r");
  out.clear();
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  return WEXITSTATUS(status);
}

}  // namespace parley::test
