// A minimal streaming JSON writer: enough for JSON Lines output, and fast
// (no DOM, no allocation beyond the output string).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parley::output {

// Appends `s` as a JSON string literal (with quotes), escaping as RFC 8259 requires.
void append_json_string(std::string& out, std::string_view s);
// Appends `items` as a JSON array of string literals.
void append_json_strings(std::string& out, const std::vector<std::string>& items);

class JsonObject {
 public:
  explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
  JsonObject& key(std::string_view k) {
    if (!first_) out_ += ',';
    first_ = false;
    append_json_string(out_, k);
    out_ += ':';
    return *this;
  }
  JsonObject& str(std::string_view k, std::string_view v) {
    key(k);
    append_json_string(out_, v);
    return *this;
  }
  // A string, or null when empty.
  JsonObject& str_or_null(std::string_view k, std::string_view v) {
    key(k);
    if (v.empty())
      out_ += "null";
    else
      append_json_string(out_, v);
    return *this;
  }
  JsonObject& num(std::string_view k, long long v) {
    key(k);
    out_ += std::to_string(v);
    return *this;
  }
  JsonObject& num(std::string_view k, double v);
  JsonObject& boolean(std::string_view k, bool v) {
    key(k);
    out_ += v ? "true" : "false";
    return *this;
  }
  JsonObject& null(std::string_view k) {
    key(k);
    out_ += "null";
    return *this;
  }
  // Raw JSON value (already serialised).
  JsonObject& raw(std::string_view k, std::string_view json) {
    key(k);
    out_ += json;
    return *this;
  }
  void close() { out_ += '}'; }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace parley::output
