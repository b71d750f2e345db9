// The knowledge files under data/, embedded in the binary at build time.
#pragma once

namespace parley::data {

struct EmbeddedFile {
  const char* name;  // path relative to data/, e.g. "clean/teasers.txt"
  const char* begin;
  const char* end;
};

// Terminated by an entry whose name is null.
extern const EmbeddedFile kEmbeddedFiles[];

}  // namespace parley::data
