// bench_text: throughput of the text layer (read, clean, split, tokenize) on
// real news.  Prints MB/s of article text and sentences/s per stage, on one
// core.  Usage: bench_text [FILE.jsonl.zst] [--repeat N]
// Default input: ../shared/data/news-allsides-37k/articles.jsonl.zst.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "parley/parley.h"
#include "segment/segmenter.h"

using Clock = std::chrono::steady_clock;

static double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

int main(int argc, char** argv) {
  std::string path = std::string(PARLEY_SOURCE_DIR) + "/../shared/data/news-allsides-37k/articles.jsonl.zst";
  int repeat = 1;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
      repeat = std::atoi(argv[++i]);
    else
      path = argv[i];
  }
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    std::fprintf(stderr, "bench_text: %s: cannot open\n", path.c_str());
    return 1;
  }
  std::string bytes;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  std::fclose(f);
  size_t compressed = bytes.size();

  auto t0 = Clock::now();
  // Documents stream through the stages and are dropped, as in a real
  // ingest: read+clean (JSON Lines parsing, plain-text blocks, cleaning), then
  // split+tokenize.  Each pass is timed as a whole and the segment calls
  // inside it separately; the best of --repeat passes is reported.
  size_t text_bytes = 0, sentences = 0, tokens = 0, docs = 0;
  double t_read = 1e9, t_segment = 1e9;
  for (int r = 0; r < repeat; ++r) {
    text_bytes = sentences = tokens = docs = 0;
    double seg = 0;
    t0 = Clock::now();
    parley::read_buffer(
        bytes, path, {},
        [&](parley::Document&& d) {
          auto s0 = Clock::now();
          parley::segment::segment(d);
          seg += seconds_since(s0);
          ++docs;
          text_bytes += d.text.size();
          sentences += d.sentences.size();
          tokens += d.tokens.size();
        },
        [](const parley::ReadError&) {});
    double total = seconds_since(t0);
    t_read = std::min(t_read, total - seg);
    t_segment = std::min(t_segment, seg);
  }

  double mb = text_bytes / 1e6;
  std::printf("input: %s\n", path.c_str());
  std::printf("documents: %zu, article text: %.1f MB (%.1f MB compressed input), sentences: %zu, tokens: %zu\n", docs,
              mb, compressed / 1e6, sentences, tokens);
  std::printf("%-50s %10s %14s %16s\n", "stage", "seconds", "MB/s (text)", "sentences/s");
  auto row = [&](const char* name, double s) {
    std::printf("%-50s %10.3f %14.1f %16.0f\n", name, s, mb / s, sentences / s);
  };
  row("read+clean (decompress, JSONL, blocks, cleaning)", t_read);
  row("split+tokenize", t_segment);
  row("text layer (all above)", t_read + t_segment);
  return 0;
}
