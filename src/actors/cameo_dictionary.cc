#include "actors/cameo_dictionary.h"

#include <cctype>
#include <stdexcept>

#include "base/text.h"

namespace parley::actors {
namespace {

using base::trim;

// "SERGEY_V._LAVROV_" -> "Sergey V. Lavrov"; "BAN_KI-MOON" -> "Ban Ki-moon".
std::string news_case(std::string_view raw) {
  std::string out;
  bool word_start = true, after_hyphen = false;
  for (char c : raw) {
    if (c == '_') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      word_start = true;
      continue;
    }
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      out += word_start && !after_hyphen ? static_cast<char>(std::toupper(u)) : static_cast<char>(std::tolower(u));
      word_start = false;
      after_hyphen = false;
    } else {
      out += c;
      after_hyphen = c == '-';
      word_start = c == '-' || c == '.' || c == '\'';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "040309" -> 2004-03-09; "20040309" -> 2004-03-09.
Date dictionary_date(std::string_view s, const std::string& where) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c)))
      throw std::runtime_error(where + ": bad date '" + std::string(s) + "'");
  Date d;
  if (s.size() == 6) {
    int yy = std::stoi(std::string(s.substr(0, 2)));
    d.year = yy < 30 ? 2000 + yy : 1900 + yy;
    s.remove_prefix(2);
  } else if (s.size() == 8) {
    d.year = std::stoi(std::string(s.substr(0, 4)));
    s.remove_prefix(4);
  } else {
    throw std::runtime_error(where + ": bad date '" + std::string(s) + "' (want YYMMDD or YYYYMMDD)");
  }
  d.month = std::stoi(std::string(s.substr(0, 2)));
  d.day = std::stoi(std::string(s.substr(2, 2)));
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)
    throw std::runtime_error(where + ": bad date '" + std::string(s) + "'");
  return d;
}

// A synonym that starts with a title or demonym ("PRESIDENT_PUTIN",
// "RUSSIAN_FOREIGN_MINISTER_LAVROV") is a phrase our recogniser builds from
// its parts; only bare names are kept as aliases.
bool starts_with_title(const std::string& name, const Knowledge& kb) {
  auto words = base::split(base::ascii_lower(name), ' ');
  if (!words.empty() && kb.is_demonym(news_case(words[0]))) return true;
  std::string phrase;
  for (size_t n = 0; n < words.size() && n < 4; ++n) {
    phrase += (n ? " " : "") + words[n];
    if (kb.title(phrase)) return true;
  }
  return false;
}

struct Entry {
  std::string name, aliases, comment;
  std::vector<Tenure> tenures;
  bool has_code_line = false;
};

class DictionaryReader {
 public:
  DictionaryReader(const std::string& origin, const Knowledge& kb, std::vector<std::string>& warnings)
      : origin_(origin), kb_(kb), warnings_(warnings) {}

  std::vector<Tenure> read(std::string_view content) {
    size_t number = 0;
    for (std::string_view raw : base::split_lines(content)) {
      ++number;
      where_ = origin_ + ":" + std::to_string(number);
      std::string_view line = raw;
      std::string comment;
      if (size_t hash = line.find('#'); hash != std::string_view::npos) {
        comment = std::string(trim(line.substr(hash + 1)));
        line = line.substr(0, hash);
      }
      bool indented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
      line = trim(line);
      if (line.empty()) continue;
      try {
        if (line[0] == '+') {
          add_alias(line.substr(1));
        } else if (line[0] == '[' && indented) {
          add_code(line, comment);
        } else {
          start_entry(line, comment);
        }
      } catch (const std::runtime_error& e) {
        warnings_.push_back(std::string(e.what()) + " (line skipped)");
      }
    }
    finish_entry();
    return std::move(out_);
  }

 private:
  void start_entry(std::string_view line, const std::string& comment) {
    finish_entry();
    size_t bracket = line.find('[');
    entry_ = Entry{news_case(trim(line.substr(0, bracket))), "", comment, {}, false};
    // "RUSSIA_  [RUS]": a code on the entry line.  Three letters alone name a
    // country, which our own country data covers.
    if (bracket != std::string_view::npos) add_code(line.substr(bracket), comment);
  }

  void add_alias(std::string_view raw) {
    std::string alias = news_case(trim(raw));
    if (alias.empty() || alias == entry_.name || starts_with_title(alias, kb_)) return;
    if (alias.find(' ') == std::string::npos) return;  // a bare surname: derived from the name
    if (!entry_.aliases.empty()) entry_.aliases += '|';
    entry_.aliases += alias;
  }

  // "[RUSGOV 991231-080507]", "[RUSGOV >080508]", "[RUSGOV <991231]", "[RUSELI]".
  void add_code(std::string_view code_text, const std::string& comment) {
    size_t close = code_text.find(']');
    if (code_text.empty() || code_text[0] != '[' || close == std::string_view::npos)
      throw std::runtime_error(where_ + ": malformed code (want [CODE dates]): " + std::string(code_text));
    std::string_view inner = trim(code_text.substr(1, close - 1));
    size_t space = inner.find(' ');
    std::string code(inner.substr(0, space));
    std::string_view dates = space == std::string_view::npos ? std::string_view() : trim(inner.substr(space + 1));
    entry_.has_code_line = true;
    if (code.size() < 3) throw std::runtime_error(where_ + ": code too short: " + code);
    if (code.size() == 3 && dates.empty() && entry_.tenures.empty() && entry_.aliases.empty()) {
      country_entry_ = true;
      return;
    }
    Tenure t;
    t.country = code.substr(0, 3);
    t.sector = code.substr(3);
    t.roles = role_from(comment.empty() ? entry_.comment : comment);
    t.title = comment;
    t.source = origin_;
    if (!dates.empty()) {
      if (dates[0] == '>') {
        t.start = dictionary_date(trim(dates.substr(1)), where_);
      } else if (dates[0] == '<') {
        t.end = dictionary_date(trim(dates.substr(1)), where_);
      } else {
        size_t dash = dates.find('-');
        if (dash == std::string_view::npos)
          throw std::runtime_error(where_ + ": malformed date range: " + std::string(dates));
        t.start = dictionary_date(trim(dates.substr(0, dash)), where_);
        std::string_view to = trim(dates.substr(dash + 1));
        if (!to.empty()) t.end = dictionary_date(to, where_);
      }
    }
    entry_.tenures.push_back(std::move(t));
  }

  std::string role_from(const std::string& comment) const {
    const Title* title = kb_.title(base::ascii_lower(trim(comment)));
    if (!title) return "other";
    std::string_view key = kb_.office_key(title->role);
    return key.empty() ? "other" : std::string(key);
  }

  // An entry without codes shares the codes of the next entry that has
  // them (dictionaries list spelling variants of one person as entries).
  void finish_entry() {
    if (country_entry_) {
      pending_.clear();
    } else if (entry_.tenures.empty()) {
      if (!entry_.name.empty()) pending_.push_back(entry_);
    } else {
      pending_.push_back(entry_);
      for (const Entry& e : pending_)
        for (Tenure t : entry_.tenures) {
          t.name = e.name;
          t.aliases = e.aliases;
          out_.push_back(std::move(t));
        }
      pending_.clear();
    }
    entry_ = Entry();
    country_entry_ = false;
  }

  std::string origin_, where_;
  const Knowledge& kb_;
  std::vector<std::string>& warnings_;
  Entry entry_;
  std::vector<Entry> pending_;
  bool country_entry_ = false;
  std::vector<Tenure> out_;
};

}  // namespace

std::vector<Tenure> read_cameo_actor_dictionary(std::string_view content, const std::string& origin,
                                                const Knowledge& kb, std::vector<std::string>& warnings) {
  return DictionaryReader(origin, kb, warnings).read(content);
}

}  // namespace parley::actors
