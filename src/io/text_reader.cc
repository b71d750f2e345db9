#include <algorithm>
#include <cctype>

#include "io/formats.h"

namespace parley::io {
namespace {

bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; });
}

// Trims ASCII whitespace from both ends of a span of `s`.
Span trim(std::string_view s, Span span) {
  while (span.begin < span.end && std::isspace(static_cast<unsigned char>(s[span.begin]))) ++span.begin;
  while (span.end > span.begin && std::isspace(static_cast<unsigned char>(s[span.end - 1]))) --span.end;
  return span;
}

bool ends_sentence(std::string_view line) {
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
  if (line.empty()) return false;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || (static_cast<unsigned char>(c) >= 0x80);
}

// A line is a wrapped continuation of the previous one when the previous line
// was long, did not end a sentence, and this one keeps the same indentation.
// Hard-wrapped text (mail, wire copy at 70-80 columns) is then one block.
bool continues(std::string_view prev, std::string_view line) {
  auto indent = [](std::string_view l) { return l.find_first_not_of(" \t"); };
  if (prev.size() < 55 || prev.size() > 100 || ends_sentence(prev)) return false;
  if (indent(prev) != indent(line)) return false;
  size_t first = indent(line);
  return first != std::string_view::npos && std::islower(static_cast<unsigned char>(line[first]));
}

}  // namespace

void read_plain_text(Document& doc) {
  // Plain text is its own text: no copy, and offsets need no map.
  doc.text = std::move(doc.input);
  doc.input.clear();
  doc.offsets.set_identity();
  std::string_view s = doc.text;
  size_t pos = 0;
  std::string_view prev_line;
  bool prev_blank = true;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    size_t end = nl == std::string_view::npos ? s.size() : nl;
    std::string_view line = s.substr(pos, end - pos);
    if (is_blank(line)) {
      prev_blank = true;
    } else {
      Span span = trim(s, {static_cast<uint32_t>(pos), static_cast<uint32_t>(end)});
      if (!prev_blank && !doc.blocks.empty() && continues(prev_line, line)) {
        doc.blocks.back().text.end = span.end;
      } else {
        Block block;
        block.kind = BlockKind::kParagraph;
        block.text = span;
        doc.blocks.push_back(block);
      }
      prev_blank = false;
      prev_line = line;
    }
    pos = end + 1;
  }
}

}  // namespace parley::io
