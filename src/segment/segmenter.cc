#include "segment/segmenter.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "parley/data.h"

namespace parley::segment {
namespace {

// ---- Knowledge -----------------------------------------------------------

struct Lexicons {
  // abbreviation (without its period) -> may it end a sentence?
  std::unordered_map<std::string_view, bool> abbreviations;
  std::unordered_set<std::string_view> sentence_starters;
  Lexicons() {
    for (std::string_view line : data::lines("segment/abbreviations.txt")) {
      bool never_ends = false;
      if (size_t p = line.find(" !end"); p != std::string_view::npos) {
        never_ends = true;
        line = line.substr(0, p);
      }
      abbreviations[line] = !never_ends;
    }
    for (std::string_view line : data::lines("segment/sentence_starters.txt")) sentence_starters.insert(line);
  }
};

const Lexicons& lexicons() {
  static const Lexicons lex;
  return lex;
}

// ---- Characters ----------------------------------------------------------

enum class CharClass : uint8_t { kSpace, kLetter, kDigit, kApostrophe, kPeriod, kHyphen, kPunct, kSymbol };

// ASCII classes, by table.
struct AsciiTable {
  CharClass cls[128];
  constexpr AsciiTable() : cls() {
    for (int c = 0; c < 128; ++c) {
      CharClass k = CharClass::kPunct;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        k = CharClass::kSpace;
      else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        k = CharClass::kLetter;
      else if (c >= '0' && c <= '9')
        k = CharClass::kDigit;
      else if (c == '\'')
        k = CharClass::kApostrophe;
      else if (c == '.')
        k = CharClass::kPeriod;
      else if (c == '-')
        k = CharClass::kHyphen;
      else if (c == '$' || c == '%' || c == '&' || c == '@' || c == '#' || c == '+' || c == '=' || c == '<' ||
               c == '>' || c == '^' || c == '|' || c == '~' || c == '*' || c == '`' || c == '\\')
        k = CharClass::kSymbol;
      else if (c < 32 || c == 127)
        k = CharClass::kSpace;
      cls[c] = k;
    }
  }
};
constexpr AsciiTable kAscii;

struct Char {
  CharClass cls;
  uint8_t len;  // bytes
};

Char classify_unicode(std::string_view s, size_t i);

// ASCII, the common case, is one table look-up; the rest goes to utf8proc.
inline Char classify(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) [[likely]]
    return {kAscii.cls[c], 1};
  return classify_unicode(s, i);
}

Char classify_unicode(std::string_view s, size_t i) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) return {CharClass::kSymbol, 1};
  uint8_t len = static_cast<uint8_t>(n);
  if (cp == 0x2019 || cp == 0x02BC) return {CharClass::kApostrophe, len};  // ’ ʼ
  if (cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF ||
      cp == 0x2028 || cp == 0x2029 || cp == 0x0085)
    return {CharClass::kSpace, len};
  if (cp == 0x2010 || cp == 0x2011) return {CharClass::kHyphen, len};  // Unicode hyphens join words
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return {CharClass::kLetter, len};
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return {CharClass::kDigit, len};
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      return {CharClass::kSpace, len};
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      return {CharClass::kSymbol, len};
    default:
      return {CharClass::kPunct, len};
  }
}

bool is_alnum(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

bool starts_with(std::string_view s, size_t i, std::string_view p) { return s.substr(i, p.size()) == p; }

// ---- Tokenizer -----------------------------------------------------------

class Tokenizer {
 public:
  Tokenizer(Document& doc, Span span) : doc_(doc), s_(doc.text), end_(span.end), pos_(span.begin) {}

  void run() {
    bool space = false;
    while (pos_ < end_) {
      if (s_[pos_] == ' ') [[likely]] {
        ++pos_;
        space = true;
        continue;
      }
      Char c = classify(s_, pos_);
      if (c.cls == CharClass::kSpace) {
        pos_ += c.len;
        space = true;
        continue;
      }
      scan_token(c, space);
      space = false;
    }
  }

 private:
  void emit(size_t begin, size_t end, TokenKind kind, bool space) {
    doc_.tokens.push_back({{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}, kind, space});
  }

  Char at(size_t i) const { return i < end_ ? classify(s_, i) : Char{CharClass::kSpace, 1}; }

  void scan_token(Char c, bool space) {
    size_t begin = pos_;
    if ((s_[pos_] == 'h' || s_[pos_] == 'w') && scan_url()) {
      emit(begin, pos_, TokenKind::kUrl, space);
      return;
    }
    if (is_alnum(c.cls)) {
      scan_word(space);
      return;
    }
    // Punctuation and symbols: runs of periods are one ellipsis token; "--" is one dash.
    if (c.cls == CharClass::kPeriod) {
      size_t j = pos_;
      while (j < end_ && s_[j] == '.') ++j;
      pos_ = j;
      emit(begin, pos_, TokenKind::kPunct, space);
      return;
    }
    if (c.cls == CharClass::kHyphen && pos_ + 1 < end_ && s_[pos_ + 1] == '-') {
      size_t j = pos_;
      while (j < end_ && s_[j] == '-') ++j;
      pos_ = j;
      emit(begin, pos_, TokenKind::kPunct, space);
      return;
    }
    // "``" and "''": the double quotes of wire text written in the Penn
    // Treebank (or TeX) manner are one quote mark each, as '"' is.
    if ((s_[pos_] == '`' || s_[pos_] == '\'') && pos_ + 1 < end_ && s_[pos_ + 1] == s_[pos_]) {
      pos_ += 2;
      emit(begin, pos_, TokenKind::kPunct, space);
      return;
    }
    // A clitic after a closing quote or bracket is rare; apostrophe here is a quote.
    pos_ += c.len;
    emit(begin, pos_, c.cls == CharClass::kSymbol ? TokenKind::kSymbol : TokenKind::kPunct, space);
  }

  // http://..., https://..., www.x.y.  Leaves pos_ after it.
  bool scan_url() {
    size_t i = pos_;
    if (i + 4 >= end_ || (s_[i + 1] != 't' && s_[i + 1] != 'w')) return false;  // most h/w words: quick reject
    if (!(starts_with(s_, i, "http://") || starts_with(s_, i, "https://") || starts_with(s_, i, "www."))) return false;
    return scan_to_space(i);
  }

  // An e-mail address starting at `begin` whose word part ends at the '@' at pos_.
  bool scan_email(size_t begin) {
    size_t j = pos_ + 1;
    while (j < end_ && (std::isalnum(static_cast<unsigned char>(s_[j])) || s_[j] == '.' || s_[j] == '-')) ++j;
    std::string_view host = s_.substr(pos_ + 1, j - pos_ - 1);
    while (!host.empty() && host.back() == '.') host.remove_suffix(1);
    if (host.find('.') == std::string_view::npos) return false;
    pos_ += 1 + host.size();
    return pos_ > begin;
  }

  // Extends a URL from i to the next space; trailing punctuation is left out.
  bool scan_to_space(size_t i) {
    size_t j = i;
    while (j<end_&& static_cast<unsigned char>(s_[j])> 32 && s_[j] != '"' && s_[j] != '<' && s_[j] != '>') ++j;
    // Trailing punctuation belongs to the sentence.
    while (j > i && std::strchr(".,;:!?)]}'\"", s_[j - 1])) --j;
    if (j - i < 5) return false;
    pos_ = j;
    return true;
  }

  // Most words are ASCII letters or digits followed by a space or a plain
  // punctuation mark: handle those without the general machinery.
  bool scan_plain_word(bool space) {
    size_t begin = pos_, i = pos_;
    bool letters = false;
    while (i < end_) {
      unsigned char c = static_cast<unsigned char>(s_[i]);
      if (c >= 0x80) return false;
      CharClass k = kAscii.cls[c];
      if (k == CharClass::kLetter)
        letters = true;
      else if (k != CharClass::kDigit)
        break;
      ++i;
    }
    if (i < end_) {
      char c = s_[i];
      // Anything that may continue or modify the word takes the general path.
      if (!(c == ' ' || c == ',' || c == ';' || c == ')' || c == '"' || c == '\n' || c == '?' || c == '!' ||
            (c == '.' && letters && i - begin > 3 && !(i + 1 < end_ && s_[i + 1] != ' ' && s_[i + 1] != '\n'))))
        return false;
      if (c == '.' && lexicons().abbreviations.count(s_.substr(begin, i - begin))) return false;
      if (c == ',' && !letters && i + 1 < end_ && s_[i + 1] >= '0' && s_[i + 1] <= '9') return false;  // 1,200
    }
    pos_ = i;
    emit(begin, i, letters ? TokenKind::kWord : TokenKind::kNumber, space);
    return true;
  }

  void scan_word(bool space) {
    if (scan_plain_word(space)) return;
    size_t begin = pos_;
    bool digits_only = true, has_inner_period = false;
    size_t letters_since_period = 0;  // for initialisms: U.S., a.m.
    bool initialism = true;
    while (pos_ < end_) {
      // Fast path: a run of ASCII letters and digits.
      size_t run = pos_;
      while (run < end_ && static_cast<unsigned char>(s_[run]) < 0x80 &&
             is_alnum(kAscii.cls[static_cast<unsigned char>(s_[run])])) {
        if (kAscii.cls[static_cast<unsigned char>(s_[run])] == CharClass::kLetter) {
          digits_only = false;
          if (++letters_since_period > 1) initialism = false;
        } else {
          ++letters_since_period;
        }
        ++run;
      }
      if (run != pos_) {
        pos_ = run;
        continue;
      }
      if (pos_ >= end_) break;
      Char c = classify(s_, pos_);
      if (is_alnum(c.cls)) {
        if (c.cls != CharClass::kDigit) digits_only = false;
        ++letters_since_period;
        if (letters_since_period > 1 && c.cls == CharClass::kLetter) initialism = false;
        pos_ += c.len;
        continue;
      }
      Char next = at(pos_ + c.len);
      if (c.cls == CharClass::kApostrophe && next.cls == CharClass::kLetter) {
        size_t clitic = clitic_length(pos_ + c.len);
        if (clitic) break;  // split "Lavrov's", "they're"
        // "n't": split before the n.
        if (pos_ > begin && (s_[pos_ - 1] == 'n' || s_[pos_ - 1] == 'N') &&
            (s_[pos_ + c.len] == 't' || s_[pos_ + c.len] == 'T') && !is_alnum(at(pos_ + c.len + 1).cls) &&
            pos_ - 1 > begin) {
          emit(begin, pos_ - 1, TokenKind::kWord, space);
          emit(pos_ - 1, pos_ + c.len + 1, TokenKind::kWord, false);
          pos_ += c.len + 1;
          return;
        }
        pos_ += c.len;  // O'Brien, rock'n'roll
        initialism = false;
        continue;
      }
      if (c.cls == CharClass::kHyphen && is_alnum(next.cls)) {
        pos_ += c.len;
        initialism = false;
        letters_since_period = 0;
        continue;
      }
      if (c.cls == CharClass::kPeriod && is_alnum(next.cls)) {
        // U.S, a.m, 3.5, Amazon.com: a period between word characters stays inside.
        pos_ += 1;
        has_inner_period = true;
        letters_since_period = 0;
        continue;
      }
      if (digits_only && (s_[pos_] == ',' || s_[pos_] == ':' || s_[pos_] == '/') && next.cls == CharClass::kDigit) {
        pos_ += 1;  // 1,200  10:30  1/21
        continue;
      }
      break;
    }
    if (pos_ + 1 < end_ && s_[pos_] == '@' && std::isalnum(static_cast<unsigned char>(s_[pos_ + 1]))) {
      size_t at = pos_;
      if (scan_email(begin)) {
        emit(begin, pos_, TokenKind::kUrl, space);
        return;
      }
      pos_ = at;
    }
    // A final period belongs to the word when it is an initialism (U.S.),
    // a single initial (J.) or a known abbreviation (Gen., Oct.).
    if (pos_ < end_ && s_[pos_] == '.' && !(pos_ + 1 < end_ && s_[pos_ + 1] == '.')) {
      std::string_view word = s_.substr(begin, pos_ - begin);
      bool single_initial = word.size() == 1 && is_upper_ascii(word[0]);
      if ((has_inner_period && initialism && !digits_only) || single_initial || lexicons().abbreviations.count(word)) {
        ++pos_;
      }
    }
    emit(begin, pos_,
         digits_only || (begin < pos_ && s_[begin] >= '0' && s_[begin] <= '9' && number_like(begin, pos_))
             ? TokenKind::kNumber
             : TokenKind::kWord,
         space);
    // The clitic, if the loop stopped at one.
    if (pos_ < end_) {
      Char c = classify(s_, pos_);
      if (c.cls == CharClass::kApostrophe) {
        size_t clitic = clitic_length(pos_ + c.len);
        if (clitic) {
          size_t b = pos_;
          pos_ += c.len + clitic;
          emit(b, pos_, TokenKind::kWord, false);
        }
      }
    }
  }

  bool number_like(size_t b, size_t e) const {
    for (size_t i = b; i < e; ++i) {
      char c = s_[i];
      if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == ':' || c == '/' || c == '-'))
        return false;
    }
    return true;
  }

  // Length of an English clitic starting at i ("s", "re", "ve", "ll", "d", "m"),
  // when it ends the word; else 0.
  size_t clitic_length(size_t i) const {
    for (std::string_view c : {"s", "S", "re", "RE", "ve", "VE", "ll", "LL", "d", "D", "m", "M"}) {
      if (starts_with(s_, i, c) && !is_alnum(at(i + c.size()).cls)) return c.size();
    }
    return 0;
  }

  Document& doc_;
  std::string_view s_;
  size_t end_;
  size_t pos_;
};

// ---- Sentence splitter ---------------------------------------------------

bool is_terminal(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "..." || t == "\xE2\x80\xA6" ||
         (t.size() > 1 && t.find_first_not_of(".!?") == std::string_view::npos);
}

bool is_closer(std::string_view t) {
  return t == "\"" || t == "'" || t == "''" || t == ")" || t == "]" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x99" || t == "\xC2\xBB";
}

// Does the token look like the start of a sentence?
bool starts_sentence(std::string_view t) {
  unsigned char c = t[0];
  if (is_lower_ascii(c)) return false;
  // "Richard Shelby (R-Ala.), who met": a comma or other mark that goes on
  // with the sentence starts none.
  if (c == ',' || c == ';' || c == ':' || c == '%') return false;
  return true;  // capitals, digits, quotes, brackets, non-ASCII letters
}

void split_sentences(Document& doc, uint32_t block_index, uint32_t first, uint32_t last) {
  Block& block = doc.blocks[block_index];
  block.first_sentence = static_cast<uint32_t>(doc.sentences.size());
  uint32_t start = first;
  auto close = [&](uint32_t end_token) {  // [start, end_token)
    if (end_token <= start) return;
    Sentence s;
    s.first_token = start;
    s.token_count = end_token - start;
    s.text = {doc.tokens[start].text.begin, doc.tokens[end_token - 1].text.end};
    s.block = block_index;
    doc.sentences.push_back(s);
    start = end_token;
  };
  const Lexicons& lex = lexicons();
  for (uint32_t i = first; i < last; ++i) {
    std::string_view t = doc.token_text(i);
    // Only tokens ending in '.', '!', '?' or a multi-byte '…' can end a sentence.
    char back = t.back();
    if (back != '.' && back != '!' && back != '?' && back != '\xA6') continue;
    bool terminal = is_terminal(t);
    bool abbreviation = false;
    if (!terminal && t.size() > 1 && t.back() == '.') {
      // A word that kept its period: may it end the sentence?
      std::string_view stem = t.substr(0, t.size() - 1);
      auto it = lex.abbreviations.find(stem);
      bool may_end = it == lex.abbreviations.end() ? stem.size() > 1 : it->second;  // U.S. yes, J. no
      if (may_end) abbreviation = true;
    }
    if (!terminal && !abbreviation) continue;
    uint32_t end = i + 1;
    while (end < last && is_closer(doc.token_text(end)) && !doc.tokens[end].space_before) ++end;
    if (end >= last) break;
    std::string_view next = doc.token_text(end);
    if (!doc.tokens[end].space_before && !is_closer(doc.token_text(end - 1))) continue;  // "3.5", "!important"
    if (terminal ? starts_sentence(next) : lex.sentence_starters.count(next) > 0) {
      close(end);
      i = end - 1;
    }
  }
  close(last);
  block.sentence_count = static_cast<uint32_t>(doc.sentences.size()) - block.first_sentence;
}

}  // namespace

void tokenize(Document& doc, Span span) { Tokenizer(doc, span).run(); }

void segment(Document& doc) {
  doc.tokens.clear();
  doc.sentences.clear();
  doc.tokens.reserve(doc.text.size() / 5);
  for (uint32_t b = 0; b < doc.blocks.size(); ++b) {
    uint32_t first = static_cast<uint32_t>(doc.tokens.size());
    tokenize(doc, doc.blocks[b].text);
    split_sentences(doc, b, first, static_cast<uint32_t>(doc.tokens.size()));
  }
}

}  // namespace parley::segment
