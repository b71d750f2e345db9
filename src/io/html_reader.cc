// HTML reader: parses the page with gumbo (a full HTML5 parser) and turns
// block-level elements into Document blocks.  Which blocks are the article is
// decided by clean/html_cleaner (main-content detection).
#include <gumbo.h>
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "clean/html_cleaner.h"
#include "io/formats.h"

namespace parley::io {
namespace {

bool is_skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

BlockKind kind_of(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return BlockKind::kHeading;
    case GUMBO_TAG_LI:
      return BlockKind::kListItem;
    case GUMBO_TAG_BLOCKQUOTE:
      return BlockKind::kQuote;
    case GUMBO_TAG_FIGCAPTION:
      return BlockKind::kCaption;
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
      return BlockKind::kBoilerplate;
    default:
      return BlockKind::kParagraph;
  }
}

struct Builder {
  Document& doc;
  std::vector<clean::HtmlBlockInfo>& info;
  bool pending_space = false;
  BlockKind current = BlockKind::kParagraph;
  GumboNode* current_element = nullptr;
  uint32_t block_start = 0;
  uint32_t link_chars = 0;
  int in_link = 0;

  void close_block() {
    while (doc.text.size() > block_start && doc.text.back() == ' ') doc.text.pop_back();
    if (doc.text.size() > block_start) {
      Block b;
      b.kind = current;
      b.text = {block_start, static_cast<uint32_t>(doc.text.size())};
      doc.blocks.push_back(b);
      info.push_back({current_element, b.text.size(), std::min(link_chars, b.text.size())});
      doc.text += "\n\n";
    }
    block_start = static_cast<uint32_t>(doc.text.size());
    pending_space = false;
    link_chars = 0;
  }

  // Appends a text node, collapsing whitespace and mapping each run back to
  // the node's position in the input.  Entities are decoded by gumbo, so a
  // run after an entity is re-anchored by searching the original text.
  void add_text(const GumboText& t) {
    std::string_view text(t.text);
    std::string_view original(t.original_text.data, t.original_text.length);
    uint32_t base = static_cast<uint32_t>(t.start_pos.offset);
    size_t search_from = 0;
    size_t i = 0;
    while (i < text.size()) {
      if (std::isspace(static_cast<unsigned char>(text[i]))) {
        pending_space = doc.text.size() > block_start;
        ++i;
        continue;
      }
      size_t j = i;
      while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
      std::string_view word = text.substr(i, j - i);
      if (pending_space) doc.text += ' ';
      pending_space = false;
      size_t found = original.find(word, search_from);
      uint32_t input_pos = found == std::string_view::npos
                               ? base + static_cast<uint32_t>(std::min(search_from, original.size()))
                               : base + static_cast<uint32_t>(found);
      doc.offsets.add_anchor(static_cast<uint32_t>(doc.text.size()), input_pos);
      if (found != std::string_view::npos) search_from = found + word.size();
      doc.text.append(word);
      if (in_link) link_chars += static_cast<uint32_t>(word.size()) + 1;
      i = j;
    }
  }

  void walk(GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      add_text(node->v.text);
      return;
    }
    if (node->type == GUMBO_NODE_WHITESPACE) {
      pending_space = doc.text.size() > block_start;
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
    GumboTag tag = node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
    if (node->type == GUMBO_NODE_ELEMENT && is_skipped(tag)) return;
    bool block = node->type == GUMBO_NODE_ELEMENT && is_block(tag);
    BlockKind saved = current;
    GumboNode* saved_element = current_element;
    if (block) {
      close_block();
      BlockKind k = kind_of(tag);
      if (!is_main_text(saved) && saved != BlockKind::kParagraph) k = saved;  // inside nav/footer stays boilerplate
      if (saved == BlockKind::kCaption) k = saved;                            // all of a figcaption is caption
      current = k;
      current_element = node;
    }
    bool link = tag == GUMBO_TAG_A;
    in_link += link;
    for (unsigned i = 0; i < children->length; ++i) walk(static_cast<GumboNode*>(children->data[i]));
    in_link -= link;
    if (block) {
      close_block();
      current = saved;
      current_element = saved_element;
    }
  }
};

// A full date at the start of a metadata value ("2018-06-20T09:15:00Z").
Date iso_date_prefix(std::string_view v) {
  Date d = Date::parse_iso(v);
  return d.day ? d : Date{};
}

// Page metadata: publication date (meta tags, itemprop, <time datetime>),
// canonical URL and og:title.
void read_meta(GumboNode* node, Document& doc, Date& published) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
  if (node->type == GUMBO_NODE_ELEMENT) {
    const GumboVector* attrs = &node->v.element.attributes;
    auto attr = [&](const char* name) {
      const GumboAttribute* a = gumbo_get_attribute(attrs, name);
      return a ? std::string_view(a->value) : std::string_view();
    };
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_META) {
      std::string_view key = attr("property");
      if (key.empty()) key = attr("name");
      if (key.empty()) key = attr("itemprop");
      std::string_view content = attr("content");
      if (!published.known() &&
          (key == "article:published_time" || key == "datePublished" || key == "pubdate" || key == "publishdate" ||
           key == "date" || key == "DC.date.issued" || key == "sailthru.date"))
        published = iso_date_prefix(content);
      if (key == "og:url" && doc.url.empty()) doc.url = std::string(content);
      if (key == "og:title" && doc.title.empty()) doc.title = std::string(content);
    } else if (tag == GUMBO_TAG_LINK && attr("rel") == "canonical" && doc.url.empty()) {
      doc.url = std::string(attr("href"));
    } else if (tag == GUMBO_TAG_TIME && !published.known() &&
               (attr("itemprop") == "datePublished" || attr("pubdate").data() != nullptr)) {
      published = iso_date_prefix(attr("datetime"));
    } else if (!published.known() && attr("itemprop") == "datePublished") {
      std::string_view v = attr("content");
      if (v.empty()) v = attr("datetime");
      published = iso_date_prefix(v);
    }
  }
  for (unsigned i = 0; i < children->length; ++i) read_meta(static_cast<GumboNode*>(children->data[i]), doc, published);
}

void find_title(GumboNode* node, Document& doc) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
  if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_TITLE &&
      node->v.element.children.length > 0) {
    auto* child = static_cast<GumboNode*>(node->v.element.children.data[0]);
    if (child->type == GUMBO_NODE_TEXT && doc.title.empty()) doc.title = child->v.text.text;
    return;
  }
  for (unsigned i = 0; i < children->length; ++i) find_title(static_cast<GumboNode*>(children->data[i]), doc);
}

// schema.org metadata: the longest "articleBody" of the page's JSON-LD
// scripts, and where the script text starts in the input.
void find_article_body(simdjson::dom::element e, std::string& best, int depth = 0) {
  if (depth > 6) return;
  simdjson::dom::object object;
  simdjson::dom::array array;
  if (e.get_object().get(object) == simdjson::SUCCESS) {
    for (auto field : object) {
      if (field.key == "articleBody" && field.value.is_string()) {
        std::string_view v;
        if (field.value.get_string().get(v) == simdjson::SUCCESS && v.size() > best.size()) best = std::string(v);
      } else if (field.value.is_object() || field.value.is_array()) {
        find_article_body(field.value, best, depth + 1);
      }
    }
  } else if (e.get_array().get(array) == simdjson::SUCCESS) {
    for (auto item : array) find_article_body(item, best, depth + 1);
  }
}

void collect_json_ld(GumboNode* node, std::vector<GumboNode*>& scripts) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
  if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_SCRIPT) {
    const GumboAttribute* type = gumbo_get_attribute(&node->v.element.attributes, "type");
    if (type && std::string_view(type->value).find("ld+json") != std::string_view::npos && children->length > 0)
      scripts.push_back(static_cast<GumboNode*>(children->data[0]));
    return;
  }
  for (unsigned i = 0; i < children->length; ++i) collect_json_ld(static_cast<GumboNode*>(children->data[i]), scripts);
}

// Pages that render their article with scripts often carry the whole text in
// JSON-LD.  When that text is much longer than what the markup gave, it
// becomes the article: one block per line, anchored at the script.
void use_json_ld_body(GumboNode* root, Document& doc) {
  std::vector<GumboNode*> scripts;
  collect_json_ld(root, scripts);
  if (scripts.empty()) return;
  size_t dom_chars = 0;
  for (const Block& b : doc.blocks)
    if (is_main_text(b.kind)) dom_chars += b.text.size();
  simdjson::dom::parser parser;
  for (GumboNode* script : scripts) {
    if (script->type != GUMBO_NODE_TEXT && script->type != GUMBO_NODE_CDATA && script->type != GUMBO_NODE_WHITESPACE)
      continue;
    std::string_view json(script->v.text.text);
    simdjson::dom::element root_json;
    if (parser.parse(json.data(), json.size()).get(root_json) != simdjson::SUCCESS) continue;
    std::string body;
    find_article_body(root_json, body);
    if (body.size() < 200 || body.size() < dom_chars * 13 / 10) continue;
    uint32_t anchor = static_cast<uint32_t>(script->v.text.start_pos.offset);
    // The main text becomes the JSON-LD body; the markup's blocks stay, dropped.
    for (Block& b : doc.blocks)
      if (is_main_text(b.kind)) {
        b.kind = BlockKind::kBoilerplate;
        b.why = "replaced by the page's JSON-LD articleBody";
      }
    size_t pos = 0;
    while (pos < body.size()) {
      size_t nl = body.find('\n', pos);
      size_t end = nl == std::string::npos ? body.size() : nl;
      std::string_view line = std::string_view(body).substr(pos, end - pos);
      while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
      while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
      if (!line.empty()) {
        // Anchor each line at its first words in the raw script when they are
        // there verbatim, else at the script's start.
        size_t found = doc.input.find(line.substr(0, std::min<size_t>(line.size(), 40)), anchor);
        uint32_t text_begin = static_cast<uint32_t>(doc.text.size());
        doc.offsets.add_anchor(text_begin, found == std::string::npos ? anchor : static_cast<uint32_t>(found));
        doc.text.append(line);
        Block b;
        b.kind = BlockKind::kParagraph;
        b.why = "JSON-LD articleBody";
        b.text = {text_begin, static_cast<uint32_t>(doc.text.size())};
        doc.blocks.push_back(b);
        doc.text += "\n\n";
      }
      pos = end + 1;
    }
    return;
  }
}

}  // namespace

bool read_html(Document& doc, std::string& error) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, doc.input.data(), doc.input.size());
  doc.offsets.add_anchor(0, 0);
  std::vector<clean::HtmlBlockInfo> info;
  Builder builder{doc, info};
  builder.walk(out->document);
  builder.close_block();
  Date published;
  read_meta(out->document, doc, published);
  if (published.known() && doc.pub_date_basis == DateBasis::kUnknown) {
    doc.pub_date = published;
    doc.pub_date_basis = DateBasis::kHtmlMeta;
  }
  find_title(out->document, doc);
  if (!doc.blocks.empty()) clean::select_html_main_content(doc, info);
  use_json_ld_body(out->document, doc);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  if (doc.blocks.empty()) {
    error = "HTML page holds no text";
    return false;
  }
  return true;
}

}  // namespace parley::io
