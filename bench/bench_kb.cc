// bench_kb: how long loading the actor knowledge base takes and how much
// memory it holds — the curated KB embedded in the binary, plus any user
// files given (officials TSV or TABARI/PETRARCH .actors dictionaries).
// Usage: bench_kb [FILE...] [--repeat N]
// Prints the best load time over the repeats and the resident-memory growth.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "actors/knowledge.h"

namespace {

// Resident set size of this process, in KiB (Linux /proc).
long resident_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  int repeat = 5;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
      repeat = std::atoi(argv[++i]);
    else
      files.push_back(argv[i]);
  }
  double best_ms = 1e9;
  size_t tenures = 0;
  long before = resident_kib(), grown = 0;
  for (int r = 0; r < repeat; ++r) {
    auto start = std::chrono::steady_clock::now();
    parley::actors::Knowledge kb(files);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    best_ms = std::min(best_ms, ms);
    tenures = kb.tenures().size();
    if (r == 0) grown = resident_kib() - before;
  }
  std::printf("knowledge base: %zu tenures (%zu user files), load %.1f ms (best of %d), resident memory +%.1f MiB\n",
              tenures, files.size(), best_ms, repeat, grown / 1024.0);
  return 0;
}
