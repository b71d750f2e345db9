#include "parley/data.h"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "data/embedded.h"

namespace parley::data {
namespace {

// Files read from PARLEY_DATA are kept for the life of the process so that the
// returned views stay valid, as the embedded ones do.
std::map<std::string, std::string, std::less<>>& overrides() {
  static std::map<std::string, std::string, std::less<>> cache;
  return cache;
}
std::mutex& overrides_mutex() {
  static std::mutex m;
  return m;
}

const char* override_dir() {
  const char* dir = std::getenv("PARLEY_DATA");
  return dir && *dir ? dir : nullptr;
}

}  // namespace

std::optional<std::string_view> load(std::string_view name) {
  if (const char* dir = override_dir()) {
    std::lock_guard<std::mutex> lock(overrides_mutex());
    auto& cache = overrides();
    if (auto it = cache.find(name); it != cache.end()) return std::string_view(it->second);
    // A file missing from the directory falls back to the embedded copy, so that
    // an override of the source data/ keeps the files generated at build time.
    if (std::ifstream in(std::filesystem::path(dir) / std::string(name), std::ios::binary); in) {
      std::ostringstream ss;
      ss << in.rdbuf();
      return std::string_view(cache.emplace(std::string(name), ss.str()).first->second);
    }
  }
  for (const EmbeddedFile* f = kEmbeddedFiles; f->name; ++f)
    if (name == f->name) return std::string_view(f->begin, f->end - f->begin);
  return std::nullopt;
}

std::vector<std::string> list(std::string_view prefix) {
  std::vector<std::string> names;
  if (const char* dir = override_dir()) {
    std::error_code ec;
    for (auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
      if (!entry.is_regular_file()) continue;
      std::string rel = std::filesystem::relative(entry.path(), dir).string();
      if (rel.rfind(prefix, 0) == 0) names.push_back(rel);
    }
  }
  for (const EmbeddedFile* f = kEmbeddedFiles; f->name; ++f)
    if (std::string_view(f->name).rfind(prefix, 0) == 0) names.emplace_back(f->name);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::vector<std::string_view> lines(std::string_view name) {
  std::vector<std::string_view> out;
  auto content = load(name);
  if (!content) return out;
  std::string_view s = *content;
  while (!s.empty()) {
    size_t nl = s.find('\n');
    std::string_view line = s.substr(0, nl);
    s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
    // Spaces are trimmed, tabs are not: an empty last column of a TSV row stays.
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    out.push_back(line);
  }
  return out;
}

}  // namespace parley::data
