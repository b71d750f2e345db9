#include "clean/text_cleaner.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include "base/calendar.h"
#include "base/string_map.h"
#include "base/text.h"
#include "parley/data.h"

namespace parley::clean {
namespace {

std::string lower(std::string_view s) { return base::ascii_lower(s); }

// Words of the block: runs of letters, digits, apostrophes, '+', '-'.
bool word_char(char ch) {
  unsigned char c = static_cast<unsigned char>(ch);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !word_char(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && (word_char(s[j]) || s[j] == '\'' || s[j] == '+' || s[j] == '-')) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

struct Lexicons {
  std::vector<std::string> teaser_prefixes;
  std::vector<std::string> caps_prefixes;  // written in capitals, a teaser before anything ("JUST WATCHED")
  base::StringSet widget_words;
  std::vector<std::string> caption_credits;
  base::StringSet comment_markers;
  std::string teaser_initials;  // first letters of the teaser prefixes, for a quick reject
  Lexicons() {
    for (auto l : data::lines("clean/teaser_prefixes.txt")) {
      // "JUST WATCHED !caps": a label in capitals that opens a video or
      // link widget whatever follows it.
      constexpr std::string_view kCaps = " !caps";
      if (l.size() > kCaps.size() && l.substr(l.size() - kCaps.size()) == kCaps) {
        caps_prefixes.emplace_back(l.substr(0, l.size() - kCaps.size()));
        continue;
      }
      teaser_prefixes.push_back(lower(l));
      if (teaser_initials.find(teaser_prefixes.back()[0]) == std::string::npos)
        teaser_initials += teaser_prefixes.back()[0];
    }
    for (auto l : data::lines("clean/widget_words.txt")) widget_words.insert(lower(l));
    for (auto l : data::lines("clean/caption_credits.txt")) caption_credits.push_back(lower(l));
    for (auto l : data::lines("clean/comment_markers.txt")) comment_markers.insert(lower(l));
  }
};

const Lexicons& lexicons() {
  static const Lexicons lex;
  return lex;
}

int month_number(std::string_view w) { return base::month_of(lower(w)); }

bool is_weekday(std::string_view w) { return base::weekday_of_short_or_full(lower(w)) != 0; }

bool all_digits(std::string_view w) {
  return !w.empty() &&
         std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

int to_int(std::string_view w) { return std::stoi(std::string(w)); }

bool ends_with_punct(std::string_view s) {
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\'' || c == ')') return true;
  // Closing curly quote (U+201D) or ellipsis (U+2026).
  return s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

uint32_t indentation(const Document& doc, const Block& b) {
  uint32_t i = b.text.begin, n = 0;
  while (i > 0 && (doc.text[i - 1] == ' ' || doc.text[i - 1] == '\t')) {
    --i;
    ++n;
  }
  return n;
}

bool starts_with_bullet(std::string_view s) {
  return s.rfind("\xE2\x80\xA2", 0) == 0 /* • */ || s.rfind("* ", 0) == 0 || s.rfind("\xC2\xB7", 0) == 0 /* · */;
}

bool is_date_line(std::string_view s, Date& date) {
  // "date 2017-05-11 ..." as written by some scrapers.
  if (s.size() < 14 || (s[0] != 'd' && s[0] != 'D')) return false;
  std::string l = lower(s.substr(0, 16));
  if (l.rfind("date", 0) != 0) return false;
  auto w = words(s.substr(4));
  if (w.empty()) return false;
  date = parse_standalone_date(w[0]);
  return date.known();
}

bool is_teaser(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  for (const auto& p : lexicons().caps_prefixes)
    if (s.size() > p.size() && s.compare(0, p.size(), p) == 0 && s[p.size()] == ' ') return true;
  char first = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  if (lexicons().teaser_initials.find(first) == std::string::npos) return false;
  std::string l = lower(s.substr(0, 40));
  for (const auto& p : lexicons().teaser_prefixes) {
    if (l.rfind(p, 0) != 0) continue;
    size_t k = p.size();
    if (k == s.size()) return true;
    while (k < l.size() && l[k] == ' ') ++k;
    if (k < l.size() && (l[k] == ':' || l[k] == '|' || l[k] == '>' || l[k] == '-')) return true;
    if (s.size() - k >= 3 && s.substr(k, 3) == "\xC2\xBB") return true;  // »
  }
  return false;
}

bool is_widget(std::string_view s) {
  if (s.size() > 120) return false;
  auto w = words(s);
  if (w.empty() || w.size() > 10) return false;
  for (auto word : w)
    if (!all_digits(word) && !lexicons().widget_words.count(lower(word))) return false;
  return true;
}

bool is_caption(std::string_view s) {
  // Only the head and the tail can hold a credit: keep long paragraphs cheap.
  std::string head = lower(s.substr(0, 16));
  if (head.rfind("photo:", 0) == 0 || head.rfind("image:", 0) == 0 || head.rfind("pictured:", 0) == 0 ||
      head.rfind("file photo", 0) == 0)
    return true;
  if (s.find("\xC2\xA9") != std::string_view::npos) return true;  // ©
  // A credit in parentheses at the end: "(AP Photo/Alex Brandon, Pool)", "(Reuters)".
  if (s.empty() || s.back() != ')') return false;
  size_t open = s.rfind('(');
  if (open == std::string_view::npos || open == 0 || s.size() - open > 80) return false;
  std::string inside = lower(s.substr(open + 1));
  for (const auto& c : lexicons().caption_credits)
    if (inside.find(c) != std::string::npos &&
        (inside.find('/') != std::string::npos || inside.find("photo") != std::string::npos ||
         inside.find("image") != std::string::npos || inside.size() < 24))
      return true;
  return false;
}

bool is_comment_marker(std::string_view s) {
  if (s.size() > 40) return false;
  std::string l = lower(s);
  size_t i = 0;
  while (i < l.size() && (std::isdigit(static_cast<unsigned char>(l[i])) || l[i] == ' ')) ++i;
  return lexicons().comment_markers.count(l.substr(i)) > 0;
}

// "USA, Russia, Thomas Shannon, meeting": a list of short tags.
bool is_tag_list(std::string_view s) {
  if (ends_with_punct(s)) return false;
  size_t items = 1, longest = 0, cur = 0;
  for (char c : s) {
    if (c == ',' || c == '|' || c == ';') {
      ++items;
      longest = std::max(longest, cur);
      cur = 0;
    } else if (c == ' ') {
      if (cur) {
      }
    } else
      ++cur;
  }
  longest = std::max(longest, cur);
  return items >= 3 && longest <= 30 && words(s).size() <= items * 3;
}

bool is_title_case_heading(std::string_view s) {
  if (s.size() > 140 || ends_with_punct(s)) return false;
  auto w = words(s);
  if (w.size() < 2 || w.size() > 16) return false;
  size_t capital = 0, small = 0;
  for (auto word : w) {
    unsigned char c = word[0];
    if (std::isupper(c) || std::isdigit(c))
      ++capital;
    else if (word.size() <= 4)
      ++small;  // of, and, in, the, as, for, with
    else
      return false;
  }
  return capital >= 2 && capital > small;
}

bool is_byline(std::string_view s) {
  if (s.size() > 80 || s.size() < 4 || (s[0] != 'B' && s[0] != 'b')) return false;
  auto w = words(s);
  if (w.empty() || w.size() > 8 || ends_with_punct(s)) return false;
  std::string l = lower(s);
  if (l.rfind("by ", 0) == 0) return true;
  return false;
}

// A short name-like line ("OAN Newsroom") right after a dateline.
bool is_short_credit(std::string_view s) {
  auto w = words(s);
  if (w.empty() || w.size() > 4 || ends_with_punct(s)) return false;
  return std::all_of(w.begin(), w.end(),
                     [](std::string_view x) { return std::isupper(static_cast<unsigned char>(x[0])); });
}

void set_pub_date(Document& doc, Date date, DateBasis basis) {
  if (!date.known() || doc.pub_date_basis != DateBasis::kUnknown) return;
  doc.pub_date = date;
  doc.pub_date_basis = basis;
}

}  // namespace

namespace {

// "15th" -> "15": a day written with its ordinal suffix.
std::string_view without_ordinal(std::string_view w) {
  if (w.size() < 3) return w;
  std::string tail = lower(w.substr(w.size() - 2));
  bool suffix = tail == "st" || tail == "nd" || tail == "rd" || tail == "th";
  return suffix && all_digits(w.substr(0, w.size() - 2)) ? w.substr(0, w.size() - 2) : w;
}

bool timestamp_word(std::string_view w) {
  static const base::StringSet kWords = [] {
    base::StringSet out;
    for (auto l : data::lines("clean/timestamp_words.txt")) out.insert(lower(l));
    return out;
  }();
  std::string l = lower(w);
  if (kWords.count(l)) return true;
  // "10PM" (an hour glued to its mark), "GMT+05" (an offset).
  if (l.size() > 2 && (l.substr(l.size() - 2) == "am" || l.substr(l.size() - 2) == "pm") &&
      all_digits(l.substr(0, l.size() - 2)))
    return true;
  return l.rfind("gmt+", 0) == 0 || l.rfind("utc+", 0) == 0 || l.rfind("gmt-", 0) == 0 || l.rfind("utc-", 0) == 0;
}

// "Updated", "Modified": the label of a later revision's time.
bool is_update_label(std::string_view w) {
  std::string l = lower(w);
  return l == "updated" || l == "update" || l == "modified";
}

// A date in numbers ("12/16/08", "27/09/2013"): month and day are told apart
// only when one of them is over 12; "05/02/2013" is May 2 in one country and
// 5 February in another, and is left unread.
Date numeric_date(std::string_view a, std::string_view b, std::string_view c) {
  if (!all_digits(a) || !all_digits(b) || !all_digits(c) || a.size() > 2 || b.size() > 2) return {};
  if (c.size() != 2 && c.size() != 4) return {};
  int x = to_int(a), y = to_int(b), year = to_int(c);
  if (c.size() == 2) year += year < 70 ? 2000 : 1900;
  if (x > 12 && y >= 1 && y <= 12) return {year, y, x};
  if (y > 12 && x >= 1 && x <= 12) return {year, x, y};
  return {};
}

}  // namespace

namespace {

// A word that may come before the date on a timestamp line: a label
// ("Published", "Story Created"), a weekday, or a part of the time of day
// ("8:44AM BST 16 Sep 2013", "POSTED: 1052 GMT, April 10, 2007": the colon
// is no word character, so "8:44" is the two numbers "8" and "44").
bool before_date(std::string_view w) {
  return timestamp_word(w) || is_weekday(w) || (all_digits(w) && w.size() <= 4);
}

// The date that `w` begins with, followed by nothing but a time of day, a
// zone or labels ("November 1, 2017 4:59 PM"); unknown if none.
Date date_at_start(const std::vector<std::string_view>& w) {
  if (w.size() == 1 && w[0].size() == 10 && w[0][4] == '-' && w[0][7] == '-') {
    auto y = w[0].substr(0, 4), m = w[0].substr(5, 2), day = w[0].substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(day)) return {};
    Date d{to_int(y), to_int(m), to_int(day)};
    return d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 ? Date{} : d;
  }
  if (w.size() < 3) return {};
  int month = 0, day = 0, year = 0;
  std::string_view first = without_ordinal(w[0]), second = without_ordinal(w[1]);
  if (month_number(w[0]) && all_digits(second) && all_digits(w[2])) {  // November 1, 2017
    month = month_number(w[0]);
    day = to_int(second);
    year = to_int(w[2]);
  } else if (all_digits(first) && month_number(w[1]) && all_digits(w[2])) {  // 1 November 2017
    day = to_int(first);
    month = month_number(w[1]);
    year = to_int(w[2]);
  } else if (Date n = numeric_date(w[0], w[1], w[2]); n.known()) {  // 12/16/08
    year = n.year, month = n.month, day = n.day;
  } else {
    return {};
  }
  // Anything after the year must be a time of day, a zone or a label; an
  // update stamp may follow ("Posted June 13, 2013 4:59 PM Updated June
  // 14, 2013"): the first date is the publication's.
  for (size_t i = 3; i < w.size(); ++i) {
    if (is_update_label(w[i])) break;
    if (!all_digits(w[i]) && !timestamp_word(w[i])) return {};
  }
  if (year < 1900 || year > 2100 || day < 1 || day > 31) return {};
  return {year, month, day};
}

}  // namespace

Date parse_standalone_date(std::string_view s) {
  if (s.size() > 80) return {};
  auto w = words(s);
  // A label ("First Published:", "Posted on"), a weekday and the time of day
  // may come first ("Published 12:17 am, Monday, September 16, 2013"); the
  // time of day ("at 10:32 AM ET"), a zone and an update stamp after.  The
  // first place the rest reads as a date wins, so "1 November 2017" is read
  // whole before its day could pass for an hour.
  constexpr size_t kMostWordsBefore = 8;
  for (size_t start = 0; start < w.size() && start <= kMostWordsBefore; ++start) {
    if (start > 0 && !before_date(w[start - 1])) break;
    if (Date d = date_at_start({w.begin() + static_cast<long>(start), w.end()}); d.known()) return d;
  }
  return {};
}

namespace {

// "WASHINGTON, November 1. /TASS/. ", "MOSCOW, Nov 1 (Reuters) - ",
// "NEW DELHI - ", "Geneva, March 3, 2019 (AFP) -- ": a wire dateline at the
// start of a paragraph.  Groups: month, day, year (each may be empty).
const RE2& dateline_pattern() {
  static const RE2 re(
      "^((?:[A-Z][A-Z.'\\-]+\\s?){1,4}|(?:[A-Z][a-z]+\\s?){1,3})"  // city: WASHINGTON, New Delhi
      "(?:,\\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?)?"
      "\\s*\\.?\\s*"
      "(?:/[A-Za-z-]+/\\.?|\\((?:[A-Za-z .-]+)\\))?"  // /TASS/. or (Reuters)
      // "--" before "-": RE2 takes the first alternative that matches.
      "\\s*(?:--|-|\xE2\x80\x93|\xE2\x80\x94)?\\s*");
  return re;
}

// Cheap test before the regular expression: an all-caps first word
// ("WASHINGTON"), or a month name right after the first comma ("Geneva, March").
bool may_start_with_dateline(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '.' || s[i] == '\'' || s[i] == '-')) ++i;
  if (i >= 3 && (i == s.size() || s[i] == ',' || s[i] == ' ' || s[i] == '(')) return true;
  size_t comma = s.substr(0, 30).find(", ");
  if (comma == std::string_view::npos) return false;
  std::string_view after = s.substr(comma + 2, 3);
  for (const char* m : {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"})
    if (after == m) return true;
  return false;
}

}  // namespace

Date dateline_date(std::string_view s, const Date& near) {
  if (!may_start_with_dateline(s)) return {};
  re2::StringPiece city, month, day, year;
  re2::StringPiece input(s.data(), s.size());
  if (!RE2::Consume(&input, dateline_pattern(), &city, &month, &day, &year) || month.empty()) return {};
  Date d{year.empty() ? near.year : to_int(std::string_view(year.data(), year.size())),
         month_number(std::string_view(month.data(), month.size())), to_int(std::string_view(day.data(), day.size()))};
  if (!d.year || !d.month || d.day < 1 || d.day > 31) return {};
  if (year.empty() && near.known()) {  // "December 30" read on January 2 is last year's
    long gap = base::days_from_civil(d) - base::days_from_civil(near);
    if (gap > 183) --d.year;
    if (gap < -183) ++d.year;
  }
  return d;
}

namespace {

// Splits a leading dateline off the first paragraphs into a block of its own.
void split_datelines(Document& doc) {
  for (size_t i = 0; i < doc.blocks.size() && i < 6; ++i) {
    Block b = doc.blocks[i];
    std::string_view s = doc.view(b.text);
    if (!may_start_with_dateline(s)) continue;
    re2::StringPiece city, month, day, year;
    re2::StringPiece input(s.data(), s.size());
    if (!RE2::Consume(&input, dateline_pattern(), &city, &month, &day, &year)) continue;
    // The match must end in a date, a wire credit or a dash, and leave prose.
    size_t consumed = s.size() - input.size();
    std::string_view head = s.substr(0, consumed);
    bool has_mark = !month.empty() || head.find('/') != std::string_view::npos ||
                    head.find('(') != std::string_view::npos || head.find(" -") != std::string_view::npos ||
                    head.find("\xE2\x80\x94") != std::string_view::npos ||
                    head.find("\xE2\x80\x93") != std::string_view::npos;
    bool city_caps = city.size() >= 3 && std::all_of(city.begin(), city.end(), [](char c) {
                       return !std::islower(static_cast<unsigned char>(c));
                     });
    if (!has_mark || (!city_caps && month.empty()) || consumed + 20 > s.size()) continue;
    if (!year.empty() && !month.empty() && doc.pub_date_basis == DateBasis::kUnknown) {
      Date d =
          parse_standalone_date(std::string(month.data(), month.size()) + " " + std::string(day.data(), day.size()) +
                                ", " + std::string(year.data(), year.size()));
      if (d.known()) {
        doc.pub_date = d;
        doc.pub_date_basis = DateBasis::kDateline;
      }
    }
    Block dateline = b;
    uint32_t cut = b.text.begin + static_cast<uint32_t>(consumed);
    dateline.text.end = cut;
    while (dateline.text.end > dateline.text.begin &&
           std::isspace(static_cast<unsigned char>(doc.text[dateline.text.end - 1])))
      --dateline.text.end;
    dateline.kind = BlockKind::kDateline;
    dateline.why = "wire dateline";
    doc.blocks[i].text.begin = cut;
    doc.blocks.insert(doc.blocks.begin() + i, dateline);
    return;  // one dateline per article
  }
}

// "Last Updated: June 14, 2013": a timestamp line whose label is an update,
// not the first publication.
bool is_update_stamp(std::string_view s) {
  for (std::string_view w : words(s)) {
    if (is_update_label(w)) return true;
    if (!timestamp_word(w)) return false;
  }
  return false;
}

// Where the page's own date is read from its lines: the first publication
// wins over an update stamp, and the date of a reader comment or of a
// related-article teaser is not the page's.
struct PageDate {
  Document& doc;
  bool from_update = false;  // the date so far is an update stamp's

  // Whether the date line `s` after a block of kind `previous` belongs to
  // the article: not inside or after a comment thread, not under a teaser
  // or under a heading after the body (another article's headline).
  static bool belongs_to_article(BlockKind previous, bool comments_seen, bool body_seen) {
    if (comments_seen || previous == BlockKind::kTeaser || previous == BlockKind::kComment) return false;
    return !(body_seen && previous == BlockKind::kHeading);
  }

  void take(Date date, DateBasis basis, std::string_view s) {
    bool update = is_update_stamp(s);
    if (from_update && !update) {  // the first publication, after an update stamp
      doc.pub_date = date;
      doc.pub_date_basis = basis;
      from_update = false;
      return;
    }
    if (doc.pub_date_basis != DateBasis::kUnknown) return;
    set_pub_date(doc, date, basis);
    from_update = update;
  }
};

}  // namespace

void classify_text_blocks(Document& doc) {
  split_datelines(doc);
  bool in_comments = false;
  uint32_t body_indent = UINT32_MAX;
  bool seen_content = false, body_seen = false, comments_seen = false;
  PageDate page_date{doc};
  BlockKind previous = BlockKind::kBoilerplate;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& b = doc.blocks[i];
    std::string_view s = doc.view(b.text);
    uint32_t indent = indentation(doc, b);
    Date date;
    auto mark = [&](BlockKind kind, const char* why) {
      b.kind = kind;
      b.why = why;
    };

    if (in_comments && indent > body_indent) {
      mark(BlockKind::kComment, "inside a comment thread");
      continue;
    }
    in_comments = false;

    // Most blocks are prose paragraphs: only the cheap checks that can apply
    // to a long block run on them.
    bool short_block = s.size() <= 250;
    if (!short_block) {
      if (is_teaser(s))
        mark(BlockKind::kTeaser, "teaser or related-link prefix");
      else if (is_caption(s))
        mark(BlockKind::kCaption, "photo caption or credit");
      else if (is_date_line(s, date)) {
        if (PageDate::belongs_to_article(previous, comments_seen, body_seen))
          page_date.take(date, DateBasis::kDateLine, s);
        mark(BlockKind::kBoilerplate, "date line");
      } else {
        b.kind = BlockKind::kParagraph;
        seen_content = body_seen = true;
        body_indent = std::min(body_indent, indent);
      }
      previous = b.kind;
      continue;
    }
    if (b.kind == BlockKind::kDateline && b.why[0]) {  // split off above
      previous = b.kind;
      continue;
    }
    bool own_date = PageDate::belongs_to_article(previous, comments_seen, body_seen);
    if (is_date_line(s, date)) {
      if (own_date) page_date.take(date, DateBasis::kDateLine, s);
      mark(BlockKind::kBoilerplate, "date line");
    } else if ((date = parse_standalone_date(s)).known()) {
      if (own_date) {
        page_date.take(date, DateBasis::kDateline, s);
        mark(BlockKind::kDateline, "date alone on a line");
      } else {  // the timestamp of a comment or of a teased article
        bool comment = comments_seen || previous == BlockKind::kComment;
        mark(comment ? BlockKind::kComment : BlockKind::kTeaser, "date of a comment or teaser");
      }
    } else if (is_comment_marker(s)) {
      mark(BlockKind::kComment, "comment-thread marker");
      in_comments = comments_seen = true;
      body_indent = std::min(body_indent, indent);
    } else if (starts_with_bullet(s) && words(s).size() <= 5 && !ends_with_punct(s) && i + 1 < doc.blocks.size() &&
               indentation(doc, doc.blocks[i + 1]) > indent) {
      // "• username" over an indented body: a reader comment.
      mark(BlockKind::kComment, "comment header over an indented body");
      in_comments = comments_seen = true;
      body_indent = std::min(body_indent, indent == 0 ? 0 : indent - 1);
    } else if (is_teaser(s)) {
      mark(BlockKind::kTeaser, "teaser or related-link prefix");
    } else if (is_widget(s)) {
      mark(BlockKind::kBoilerplate, "share/print/subscribe widget");
    } else if (is_caption(s)) {
      mark(BlockKind::kCaption, "photo caption or credit");
    } else if (previous == BlockKind::kDateline && is_short_credit(s)) {
      mark(BlockKind::kByline, "credit line after a dateline");
    } else if (is_byline(s)) {
      mark(BlockKind::kByline, "byline");
    } else if (!seen_content && s.size() <= 250 && !ends_with_punct(s)) {
      mark(BlockKind::kTitle, "first line");
      if (doc.title.empty()) doc.title = std::string(s);
      seen_content = true;
    } else if (i + 1 == doc.blocks.size() && is_tag_list(s)) {
      mark(BlockKind::kBoilerplate, "tag list at the end");
    } else if (seen_content && is_title_case_heading(s)) {
      mark(BlockKind::kHeading, "title-case line without final punctuation");
    } else {
      b.kind = BlockKind::kParagraph;
      seen_content = body_seen = true;
      if (indent < body_indent) body_indent = indent;
    }
    if (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kTitle) body_indent = std::min(body_indent, indent);
    previous = b.kind;
  }
}

namespace {

// `n` digits at `at` as a number, or -1.
int digits_at(std::string_view s, size_t at, size_t n) {
  if (at + n > s.size()) return -1;
  int v = 0;
  for (size_t k = 0; k < n; ++k) {
    char c = s[at + k];
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool ends_segment(std::string_view s, size_t at) { return at >= s.size() || s[at] == '/' || s[at] == '-'; }

}  // namespace

Date date_in_url(std::string_view url) {
  size_t path = url.find("://");
  path = url.find('/', path == std::string_view::npos ? 0 : path + 3);
  if (path == std::string_view::npos) return {};
  for (size_t i = path; i < url.size(); ++i) {
    if (url[i] != '/') continue;
    int year = digits_at(url, i + 1, 4);
    if (year < 1990 || year > 2100) continue;
    char sep = i + 5 < url.size() ? url[i + 5] : '\0';
    if (sep != '/' && sep != '-') continue;
    int month = digits_at(url, i + 6, 2);
    if (month < 1 || month > 12 || !ends_segment(url, i + 8)) continue;
    int day = i + 8 < url.size() && url[i + 8] == sep ? digits_at(url, i + 9, 2) : -1;
    if (day >= 1 && day <= base::days_in_month(year, month) && ends_segment(url, i + 11)) return Date{year, month, day};
    if (sep == '/') return Date{year, month, 0};  // "/2017/05/slug": the month
  }
  return {};
}

}  // namespace parley::clean
