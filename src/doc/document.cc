#include "parley/document.h"

#include <algorithm>
#include <cstdio>

#include "base/text.h"

namespace parley {
namespace {

// "Sergey Lavrov" -> "sergey-lavrov".
std::string name_slug(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = c == ' ' ? '-' : (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  return out;
}

}  // namespace

std::string Actor::kb_id(std::string_view name) { return "kb:" + name_slug(name); }

std::string Actor::learned_id(std::string_view name, std::string_view country) {
  return "learned:" + name_slug(name) + ":" + std::string(country);
}

const char* to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle:
      return "title";
    case BlockKind::kByline:
      return "byline";
    case BlockKind::kDateline:
      return "dateline";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kListItem:
      return "list_item";
    case BlockKind::kQuote:
      return "quote";
    case BlockKind::kCaption:
      return "caption";
    case BlockKind::kComment:
      return "comment";
    case BlockKind::kTeaser:
      return "teaser";
    case BlockKind::kBoilerplate:
      return "boilerplate";
  }
  return "?";
}

bool is_main_text(BlockKind kind) {
  switch (kind) {
    case BlockKind::kCaption:
    case BlockKind::kComment:
    case BlockKind::kTeaser:
    case BlockKind::kBoilerplate:
    case BlockKind::kTitle:
    case BlockKind::kByline:
    case BlockKind::kDateline:
      return false;
    default:
      return true;
  }
}

bool is_event_source(BlockKind kind) { return is_main_text(kind) || kind == BlockKind::kTitle; }

const char* to_string(DateBasis basis) {
  switch (basis) {
    case DateBasis::kUnknown:
      return "unknown";
    case DateBasis::kMetadata:
      return "metadata";
    case DateBasis::kDateLine:
      return "date_line";
    case DateBasis::kDateline:
      return "dateline";
    case DateBasis::kByline:
      return "byline";
    case DateBasis::kUrl:
      return "url";
    case DateBasis::kHtmlMeta:
      return "html_meta";
  }
  return "?";
}

const char* to_string(InputFormat format) {
  switch (format) {
    case InputFormat::kText:
      return "text";
    case InputFormat::kHtml:
      return "html";
    case InputFormat::kJsonLines:
      return "jsonl";
  }
  return "?";
}

const char* to_string(MentionType type) {
  switch (type) {
    case MentionType::kPerson:
      return "PER";
    case MentionType::kOrganization:
      return "ORG";
    case MentionType::kLocation:
      return "LOC";
    case MentionType::kMisc:
      return "MISC";
  }
  return "?";
}

std::string Date::iso() const {
  char buf[16];
  if (!year) return "";
  if (!month)
    std::snprintf(buf, sizeof buf, "%04d", year);
  else if (!day)
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

Date Date::parse_iso(std::string_view s) {
  auto number = [&](size_t pos, size_t n) {
    int x = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
      x = x * 10 + (s[i] - '0');
    }
    return x;
  };
  Date d;
  int year = number(0, 4);
  if (year < 0 || (s.size() > 4 && s[4] >= '0' && s[4] <= '9')) return d;
  d.year = year;
  int month = s.size() >= 7 && s[4] == '-' ? number(5, 2) : -1;
  if (month < 1 || month > 12) return d;
  d.month = month;
  int day = s.size() >= 10 && s[7] == '-' ? number(8, 2) : -1;
  if (day >= 1 && day <= 31) d.day = day;
  return d;
}

void OffsetMap::add_anchor(uint32_t text_offset, uint32_t input_offset) {
  identity_ = false;
  // Anchors arrive in text order; a repeated text offset replaces the previous one.
  if (!anchors_.empty() && anchors_.back().text == text_offset) {
    anchors_.back().input = input_offset;
    return;
  }
  anchors_.push_back({text_offset, input_offset});
}

uint32_t OffsetMap::to_input(uint32_t text_offset) const {
  if (identity_) return text_offset;
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), text_offset,
                             [](uint32_t t, const Anchor& a) { return t < a.text; });
  if (it == anchors_.begin()) return text_offset;
  --it;
  return it->input + (text_offset - it->text);
}

Span OffsetMap::to_input(Span span) const {
  if (identity_ || span.empty()) return {to_input(span.begin), to_input(span.begin) + span.size()};
  // The end is mapped from the last byte so that it stays inside the same anchor run.
  return {to_input(span.begin), to_input(span.end - 1) + 1};
}

std::string Document::lowered_text() const { return base::ascii_lower(text); }

std::string Document::main_text() const {
  std::string out;
  for (const Block& block : blocks) {
    if (!is_main_text(block.kind)) continue;
    if (!out.empty()) out += "\n\n";
    out.append(view(block.text));
  }
  return out;
}

}  // namespace parley
