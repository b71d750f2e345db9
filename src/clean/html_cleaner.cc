#include "clean/html_cleaner.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "parley/data.h"

namespace parley::clean {
namespace {

// ---- Class and id hints ------------------------------------------------------

enum class HintMatch { kToken, kTokenPrefix, kWordPrefix };

struct Hint {
  std::string word;
  HintMatch match = HintMatch::kToken;
  int weight = 0;
};

const std::vector<Hint>& hints() {
  static const std::vector<Hint> list = [] {
    std::vector<Hint> out;
    for (std::string_view line : data::lines("clean/html_class_hints.txt")) {
      if (line.size() < 2 || (line[0] != '+' && line[0] != '-')) continue;
      Hint h;
      h.weight = line[0] == '+' ? 1 : -1;
      std::string_view p = line.substr(1);
      if (p.size() > 2 && p.front() == '*' && p.back() == '*') {
        h.match = HintMatch::kWordPrefix;
        p = p.substr(1, p.size() - 2);
      } else if (p.back() == '*') {
        h.match = HintMatch::kTokenPrefix;
        p.remove_suffix(1);
      }
      h.word = std::string(p);
      out.push_back(h);
    }
    return out;
  }();
  return list;
}

std::string attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return "";
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : "";
}

// The space-separated tokens of the class and id values, lower-cased.
std::vector<std::string> class_tokens(const GumboNode* node) {
  std::vector<std::string> tokens;
  std::string value = attribute(node, "class") + " " + attribute(node, "id");
  std::string token;
  for (char c : value) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!token.empty()) tokens.push_back(token);
      token.clear();
    } else {
      token += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    }
  }
  if (!token.empty()) tokens.push_back(token);
  return tokens;
}

bool word_starts_with(const std::string& token, const std::string& prefix) {
  // Words of the token start at its beginning and after '-', '_' or a digit.
  for (size_t i = 0; i < token.size(); ++i) {
    bool start = i == 0 || token[i - 1] == '-' || token[i - 1] == '_' || (token[i - 1] >= '0' && token[i - 1] <= '9');
    if (start && token.compare(i, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

bool matches(const Hint& h, const std::vector<std::string>& tokens) {
  for (const auto& t : tokens) {
    switch (h.match) {
      case HintMatch::kToken:
        if (t == h.word) return true;
        break;
      case HintMatch::kTokenPrefix:
        if (t.rfind(h.word, 0) == 0) return true;
        break;
      case HintMatch::kWordPrefix:
        if (word_starts_with(t, h.word)) return true;
        break;
    }
  }
  return false;
}

bool has_hint(const GumboNode* node, std::initializer_list<const char*> names) {
  for (const auto& t : class_tokens(node))
    for (const char* n : names)
      if (word_starts_with(t, n)) return true;
  return false;
}

GumboTag tag_of(const GumboNode* n) {
  return n && n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

// ---- Scoring ----------------------------------------------------------------------

struct NodeStats {
  double score = 0;
  double votes = 0;  // what prose paragraphs gave it
  uint32_t text = 0, links = 0;
  bool initialised = false;
};

double tag_weight(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ARTICLE:
      return 10;
    case GUMBO_TAG_MAIN:
      return 8;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_ADDRESS:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_TH:
      return -5;
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
      return -25;
    default:
      return 0;
  }
}

bool is_boilerplate_tag(GumboTag tag) {
  return tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER;
}

size_t count_commas(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += c == ',';
  return n;
}

bool is_ancestor(const GumboNode* maybe_ancestor, const GumboNode* node) {
  for (const GumboNode* n = node; n; n = n->parent)
    if (n == maybe_ancestor) return true;
  return false;
}

// The first ancestor of `node` (inclusive) whose class/id or tag marks it as
// boilerplate, searching up to (not including) `stop`.  Null when none.
// An element holding at least half of the container's text is part of the
// article whatever its class says ("l-sidebar-fixed" layout wrappers).
template <typename TextOf>
const GumboNode* negative_ancestor(const GumboNode* node, const GumboNode* stop, TextOf text_of) {
  uint32_t container_text = stop ? text_of(stop) : 0;
  for (const GumboNode* n = node; n && n != stop; n = n->parent) {
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (container_text && text_of(n) * 2 >= container_text) continue;
    if (is_boilerplate_tag(tag_of(n))) return n;
    if (class_hint(n) < 0) return n;
  }
  return nullptr;
}

// Is the element inside a comment thread, sidebar, related-links box or footer?
bool under_boilerplate(const GumboNode* node) {
  for (const GumboNode* a = node->parent; a; a = a->parent)
    if (is_boilerplate_tag(tag_of(a)) || has_hint(a, {"comment", "sidebar", "related", "footer", "disqus", "reply"}))
      return true;
  return false;
}

BlockKind kind_for_negative(const GumboNode* n) {
  if (has_hint(n, {"comment", "disqus", "reply", "respond"})) return BlockKind::kComment;
  if (has_hint(n, {"caption", "credit", "photo", "image", "img", "figure", "gallery"})) return BlockKind::kCaption;
  if (has_hint(n, {"related", "recommend", "teaser", "more", "trending", "popular", "most", "readmore", "outbrain",
                   "taboola"}))
    return BlockKind::kTeaser;
  return BlockKind::kBoilerplate;
}

bool inside(const GumboNode* node, GumboTag tag, const GumboNode* stop) {
  for (const GumboNode* n = node; n && n != stop; n = n->parent)
    if (tag_of(n) == tag) return true;
  return false;
}

}  // namespace

int class_hint(const GumboNode* element) {
  auto words = class_tokens(element);
  if (words.empty()) return 0;
  int positive = 0, negative = 0;
  for (const Hint& h : hints()) {
    if (!matches(h, words)) continue;
    (h.weight > 0 ? positive : negative) = 1;
  }
  // "article-comments": a boilerplate word wins over a content word.
  if (negative) return -1;
  return positive;
}

namespace {

bool any_main_text(const Document& doc) {
  return std::any_of(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) { return is_main_text(b.kind); });
}

}  // namespace

void select_html_main_content(Document& doc, const std::vector<HtmlBlockInfo>& info) {
  std::unordered_map<const GumboNode*, NodeStats> stats;
  auto stats_of = [&](const GumboNode* n) -> NodeStats& {
    NodeStats& s = stats[n];
    if (!s.initialised) {
      s.initialised = true;
      s.score = tag_weight(tag_of(n)) + 10.0 * class_hint(n);
    }
    return s;
  };
  // Text and link totals of every ancestor, for link densities.
  for (size_t i = 0; i < info.size(); ++i)
    for (const GumboNode* n = info[i].element; n; n = n->parent) {
      NodeStats& s = stats_of(n);
      s.text += info[i].text_chars;
      s.links += info[i].link_chars;
    }
  // Prose paragraphs vote for their parent and, less, for older ancestors.
  for (size_t i = 0; i < info.size(); ++i) {
    const HtmlBlockInfo& b = info[i];
    if (!b.element || b.text_chars < 25) continue;
    if (b.link_chars * 2 > b.text_chars) continue;
    std::string_view text = doc.view(doc.blocks[i].text);
    double points = 1.0 + count_commas(text) + std::min(b.text_chars / 100.0, 3.0);
    // Text in a <p> votes for the paragraph's container; text standing
    // directly in a container (between <br>s) votes for that container.
    GumboTag own = tag_of(b.element);
    bool paragraph_like = own == GUMBO_TAG_P || own == GUMBO_TAG_LI || own == GUMBO_TAG_BLOCKQUOTE ||
                          own == GUMBO_TAG_PRE || (own >= GUMBO_TAG_H1 && own <= GUMBO_TAG_H6);
    const GumboNode* n = paragraph_like ? b.element->parent : b.element;
    for (int level = 0; n && level < 5; ++level, n = n->parent) {
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      stats_of(n).score += points / divider;
      stats_of(n).votes += points / divider;
    }
  }
  const GumboNode* top = nullptr;
  double best = 0;
  for (auto& [node, s] : stats) {
    if (!node || node->type != GUMBO_NODE_ELEMENT || s.text == 0 || s.votes <= 0) continue;
    GumboTag t = tag_of(node);
    if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY) continue;
    double density = static_cast<double>(s.links) / s.text;
    double score = s.score * (1.0 - density);
    // Prose inside a comment thread, sidebar or footer is not the article.
    if (under_boilerplate(node)) score *= 0.2;
    if (score > best) {
      best = score;
      top = node;
    }
  }

  // PARLEY_DEBUG_HTML=1 names the chosen container on stderr, to study a page.
  if (std::getenv("PARLEY_DEBUG_HTML") && top)
    std::fprintf(stderr, "top: <%s class='%s' id='%s'> score %.1f\n", gumbo_normalized_tagname(tag_of(top)),
                 attribute(top, "class").c_str(), attribute(top, "id").c_str(), best);
  // The content: the top element and those of its siblings that score alike
  // or are prose paragraphs themselves.
  std::vector<const GumboNode*> content;
  if (top) {
    content.push_back(top);
    const GumboNode* parent = top->parent;
    if (parent && parent->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& kids = parent->v.element.children;
      for (unsigned k = 0; k < kids.length; ++k) {
        auto* sib = static_cast<const GumboNode*>(kids.data[k]);
        if (sib == top || sib->type != GUMBO_NODE_ELEMENT) continue;
        auto it = stats.find(sib);
        if (it == stats.end() || it->second.text == 0) continue;
        const NodeStats& s = it->second;
        double density = static_cast<double>(s.links) / s.text;
        bool similar = s.score * (1 - density) >= std::max(10.0, best * 0.2);
        bool prose = tag_of(sib) == GUMBO_TAG_P && s.text > 80 && density < 0.25;
        if ((similar || prose) && class_hint(sib) >= 0) content.push_back(sib);
      }
    }
    // Articles split into several containers of the same class (ads or
    // embeds between them) keep every part that holds prose.
    std::string top_class = attribute(top, "class");
    if (!top_class.empty()) {
      for (auto& [node, s] : stats) {
        if (!node || node == top || s.votes <= 0 || node->type != GUMBO_NODE_ELEMENT) continue;
        if (tag_of(node) != tag_of(top) || attribute(node, "class") != top_class) continue;
        if (is_ancestor(node, top) || is_ancestor(top, node) || under_boilerplate(node)) continue;
        content.push_back(node);
      }
    }
  }

  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& b = doc.blocks[i];
    const HtmlBlockInfo& bi = info[i];
    const GumboNode* container = nullptr;
    for (const GumboNode* c : content)
      if (is_ancestor(c, bi.element)) {
        container = c;
        break;
      }
    if (container && b.kind == BlockKind::kBoilerplate) b.kind = BlockKind::kParagraph;  // decided below
    auto text_of = [&](const GumboNode* n) {
      auto it = stats.find(n);
      return it == stats.end() ? 0u : it->second.text;
    };
    GumboTag tag = tag_of(bi.element);
    if (top && !container) {
      // Outside the article: say what it is when the markup tells.
      const GumboNode* neg = negative_ancestor(bi.element, nullptr, [](const GumboNode*) { return 0u; });
      if (tag == GUMBO_TAG_H1) {
        b.kind = BlockKind::kTitle;
        b.why = "page heading";
      } else if (inside(bi.element, GUMBO_TAG_FIGCAPTION, nullptr) || inside(bi.element, GUMBO_TAG_FIGURE, nullptr)) {
        b.kind = BlockKind::kCaption;
        b.why = "figure caption";
      } else if (neg && kind_for_negative(neg) != BlockKind::kBoilerplate) {
        b.kind = kind_for_negative(neg);
        b.why = "outside the main content; class, id or tag says what it is";
      } else {
        b.kind = BlockKind::kBoilerplate;
        b.why = "outside the main content";
      }
      continue;
    }
    if (const GumboNode* neg = negative_ancestor(bi.element, container ? container : nullptr, text_of)) {
      b.kind = kind_for_negative(neg);
      b.why = "class, id or tag of a boilerplate element";
      continue;
    }
    if (inside(bi.element, GUMBO_TAG_FIGCAPTION, container) || inside(bi.element, GUMBO_TAG_FIGURE, container)) {
      b.kind = BlockKind::kCaption;
      b.why = "figure caption";
      continue;
    }
    if (bi.text_chars > 0 && bi.link_chars * 2 > bi.text_chars && bi.text_chars < 200) {
      b.kind = BlockKind::kTeaser;
      b.why = "mostly links";
      continue;
    }
    if (tag == GUMBO_TAG_H1) {
      b.kind = BlockKind::kTitle;
      b.why = "page heading";
      if (doc.title.empty()) doc.title = std::string(doc.view(b.text));
      continue;
    }
  }
  // A page whose article sits under a misleading class keeps, rather than
  // nothing, the prose of its best container.
  if (!any_main_text(doc)) {
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
      Block& b = doc.blocks[i];
      bool in_content = !top || std::any_of(content.begin(), content.end(),
                                            [&](const GumboNode* c) { return is_ancestor(c, info[i].element); });
      if (in_content && info[i].text_chars >= 25 && info[i].link_chars * 2 <= info[i].text_chars) {
        b.kind = BlockKind::kParagraph;
        b.why = "fallback: prose of the best container";
      }
    }
  }
}

}  // namespace parley::clean
