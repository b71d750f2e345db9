// parley/document.h — the one document model every stage reads and writes.
//
// A Document owns two byte strings:
//   * `input`: the article as read, decoded to UTF-8 (after decompression and
//     charset conversion; for JSON Lines, the unescaped text or html field);
//   * `text`: the article's text as the pipeline sees it — for plain text it is
//     the input itself (and `input` is then left empty rather than copied;
//     use input_view()), for HTML the text content of the page's blocks.
// Every unit (block, sentence, token, annotation) is a span of `text`.  The
// OffsetMap turns any text offset back into an offset of `input`, so every
// later annotation points to the source bytes it came from.
//
// Layers (in the spirit of spaCy's Doc/Span):
//   Document → Block (kind: title, paragraph, caption, comment, ...)
//            → Sentence → Token
// Sentences and tokens are stored flat in the document; blocks and sentences
// hold index ranges into those arrays.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// A half-open byte range [begin, end).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(uint32_t offset) const { return offset >= begin && offset < end; }
  bool operator==(const Span&) const = default;
};

// What a block of the page is.  Only kinds for which `is_main_text` holds are
// part of the article's own text; the rest are kept (marked) so that tools can
// show what was dropped and why.
enum class BlockKind : uint8_t {
  kTitle,
  kByline,
  kDateline,
  kHeading,
  kParagraph,
  kListItem,
  kQuote,
  kCaption,      // photo captions and credits
  kComment,      // reader comments
  kTeaser,       // "Read more", related links
  kBoilerplate,  // navigation, share/print/subscribe widgets, ads, cookie banners, metadata lines
};

const char* to_string(BlockKind kind);
// Headings, paragraphs, list items and quotes are the article's body text;
// the title, bylines and datelines are metadata (kept in Document::title and
// the publication date), and captions, comments, teasers and boilerplate are
// not the article.
bool is_main_text(BlockKind kind);
// Kinds whose sentences may yield events: the body and the title.
bool is_event_source(BlockKind kind);

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  Span text;  // in Document::text
  uint32_t first_sentence = 0;
  uint32_t sentence_count = 0;
  const char* why = "";  // the rule that classified the block (a static string)
};

enum class TokenKind : uint8_t {
  kWord,    // letters (and inner apostrophes/hyphens/periods: U.S., don't)
  kNumber,  // 42, 3.5, 1,200, 2017-05-10
  kPunct,
  kSymbol,  // $ % & @ # and other symbols
  kUrl,     // http://..., www..., e-mail addresses
};

struct Token {
  Span text;  // in Document::text
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;  // whitespace precedes the token
};

struct Sentence {
  Span text;  // in Document::text
  uint32_t first_token = 0;
  uint32_t token_count = 0;
  uint32_t block = 0;  // index of the block holding it
};

// How the publication date was found.
enum class DateBasis : uint8_t { kUnknown, kMetadata, kDateLine, kDateline, kByline, kUrl, kHtmlMeta };
const char* to_string(DateBasis basis);

// A calendar date with its precision.  year == 0 means unknown.
struct Date {
  int year = 0, month = 0, day = 0;  // month/day 0 = not known at that precision
  bool known() const { return year != 0; }
  std::string iso() const;  // "2017-05-10", "2017-05", "2017" or ""
  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (anything after is ignored:
  // "2018-06-20T09:15:00Z" is 2018-06-20); unknown when `s` starts otherwise.
  static Date parse_iso(std::string_view s);
  bool operator==(const Date&) const = default;
};

// Maps offsets of Document::text back to Document::input.  Built from anchor
// points: text offset t_i corresponds to input offset s_i, and bytes after an
// anchor map one to one until the next anchor.
class OffsetMap {
 public:
  // Identity mapping (text == input).
  void set_identity() {
    anchors_.clear();
    identity_ = true;
  }
  void add_anchor(uint32_t text_offset, uint32_t input_offset);
  uint32_t to_input(uint32_t text_offset) const;
  Span to_input(Span text_span) const;
  bool identity() const { return identity_; }

 private:
  struct Anchor {
    uint32_t text, input;
  };
  std::vector<Anchor> anchors_;
  bool identity_ = true;
};

// ---- Annotations written by later stages -------------------------------

enum class MentionType : uint8_t { kPerson, kOrganization, kLocation, kMisc };
const char* to_string(MentionType type);

// A resolved actor: the canonical person or body behind one or more mentions.
struct Actor {
  std::string id;       // KB id ("kb:sergey-lavrov"), learned id, or "" if unresolved
  std::string name;     // canonical name ("Sergey Lavrov") or "" for a country-level actor
  std::string country;  // ISO 3166 alpha-3 or IGO code ("RUS", "UNO", "NATO"), "" if unknown
  std::string sector;   // GOV, DIP, MIL, LEG, JUD, IGO, BUS, MED, OPP, REB, CVL, ...
  std::string role;     // "Minister of Foreign Affairs"
  std::string code;     // CAMEO-style actor code ("RUSGOV")
  std::string posted{};  // where an envoy serves ("USA" for Russia's ambassador to the U.S.), or ""

  // The ids of persons: "kb:sergey-lavrov" for an official of the knowledge
  // base; "learned:sarah-palin:USA" for a person the text alone placed, by
  // a title or an office ("Alaska Gov. Sarah Palin"), who is no listed official.
  static std::string kb_id(std::string_view name);
  static std::string learned_id(std::string_view name, std::string_view country);
  bool from_kb() const { return id.rfind("kb:", 0) == 0; }
  bool learned() const { return id.rfind("learned:", 0) == 0; }
};

// A named, titled or pronominal reference to an entity in the text.
struct Mention {
  Span text;  // in Document::text
  MentionType type = MentionType::kPerson;
  int32_t entity = -1;  // index into Document::entities, -1 if none
  // False for a mention that is no name but a description of its actor: an
  // office without its holder's name ("the U.S. envoy", "Polish Foreign
  // Minister", "the U.N. chief").  Events use it like any mention; name
  // listings (`parley entities`) leave it out unless asked for all mentions.
  bool name = true;
  // For a mention that only refers back ("he", "they", "the ministry"): the
  // earlier mention it was resolved to (index into Document::mentions), so
  // a record can show that its actor came by reference; -1 otherwise.
  int32_t antecedent = -1;
};

// One entity of the document: every mention that refers to the same actor.
struct Entity {
  Actor actor;
  MentionType type = MentionType::kPerson;
  std::vector<uint32_t> mentions;  // indices into Document::mentions
  // A city or region below the country ("Osaka", "Alaska"): its actor
  // gives only the country it lies in.  It is where things happen, not a
  // state acting; events use it as a target only through rules about places
  // ("exercises in Alaska", "visited Osaka").
  bool place = false;
};

// A TIMEX3 temporal expression.
struct Timex {
  Span text;          // in Document::text
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // TIMEX3 value: "2017-10-31", "2016-12", "P3D", "PAST_REF", ...
};

enum class InputFormat : uint8_t { kText, kHtml, kJsonLines };
const char* to_string(InputFormat format);

struct Document {
  // Metadata.
  std::string id;  // given by the source or derived from the file name
  std::string url;
  std::string source;  // outlet or file the document came from
  std::string title;
  std::string language = "en";
  Date pub_date;
  DateBasis pub_date_basis = DateBasis::kUnknown;
  std::string origin;  // file name (and line for JSON Lines) it was read from
  InputFormat format = InputFormat::kText;

  // Content.
  std::string input;
  std::string text;
  OffsetMap offsets;

  // Layers.
  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Timex> timexes;

  std::string_view view(Span span) const { return std::string_view(text).substr(span.begin, span.size()); }
  std::string_view token_text(uint32_t token_index) const { return view(tokens[token_index].text); }
  // The token in ASCII lower case ("Said" -> "said"): a view into a
  // lower-cased copy of the text, made on first use, so that the stages
  // compare words without building a string for each probe.  Valid while the
  // text keeps its length (the text is final once segmented).
  std::string_view token_lower(uint32_t token_index) const {
    if (lower_text_.size() != text.size()) lower_text_ = lowered_text();
    const Span& span = tokens[token_index].text;
    return std::string_view(lower_text_).substr(span.begin, span.size());
  }
  // The article's body text: main-text blocks joined by blank lines.
  std::string main_text() const;
  Span to_input(Span text_span) const { return offsets.to_input(text_span); }
  // The source bytes that input spans refer to.
  std::string_view input_view() const { return input.empty() ? std::string_view(text) : std::string_view(input); }

 private:
  std::string lowered_text() const;
  mutable std::string lower_text_;  // see token_lower
};

}  // namespace parley
