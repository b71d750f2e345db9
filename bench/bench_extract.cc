// bench_extract: throughput of the whole `extract` path — read, clean,
// segment, entities, time, events, and JSON Lines output — on real news, on
// one core.  Usage: bench_extract [FILE] [--repeat N]
// Default input: ../shared/data/news-bbc-2225/articles.jsonl.gz (BBC News).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include <time.h>

#include "output/event_writer.h"
#include "parley/parley.h"

using Clock = std::chrono::steady_clock;

// CPU time of this thread: on a shared machine wall time includes waiting for
// a core, while CPU time mostly does not, so it compares builds more fairly.
static double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char** argv) {
  std::string path = std::string(PARLEY_SOURCE_DIR) + "/../shared/data/news-bbc-2225/articles.jsonl.gz";
  int repeat = 3;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
      repeat = std::atoi(argv[++i]);
    else
      path = argv[i];
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "bench_extract: %s: cannot open\n", path.c_str());
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string bytes = ss.str();

  parley::Pipeline pipeline;
  double best = 1e9, best_cpu = 1e9;
  size_t docs = 0, sentences = 0, events = 0, text_bytes = 0, out_bytes = 0;
  for (int r = 0; r < repeat; ++r) {
    docs = sentences = events = text_bytes = out_bytes = 0;
    std::string out;
    auto t0 = Clock::now();
    double cpu0 = thread_cpu_seconds();
    parley::read_buffer(
        bytes, path, {},
        [&](parley::Document&& d) {
          out.clear();
          for (const parley::Event& e : pipeline.extract(d)) {
            parley::output::write_event_json(out, e);
            out += '\n';
            ++events;
          }
          out_bytes += out.size();
          ++docs;
          sentences += d.sentences.size();
          text_bytes += d.text.size();
        },
        [](const parley::ReadError&) {});
    best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
    best_cpu = std::min(best_cpu, thread_cpu_seconds() - cpu0);
  }
  std::printf("input: %s\n", path.c_str());
  std::printf("documents: %zu, sentences: %zu, text: %.1f MB, events: %zu (%.1f MB JSON)\n", docs, sentences,
              text_bytes / 1e6, events, out_bytes / 1e6);
  std::printf("extract: %.3f s (best of %d), %.0f sentences/s, %.1f MB/s, one core\n", best, repeat, sentences / best,
              text_bytes / 1e6 / best);
  std::printf("cpu: %.3f s (best of %d), %.0f sentences per cpu-second\n", best_cpu, repeat, sentences / best_cpu);
  return 0;
}
