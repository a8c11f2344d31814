// A small JSON writer for --json output: objects, arrays, strings (escaped as RFC 8259
// requires; UTF-8 passes through), integers, booleans and null.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rw::cli {

class JsonWriter {
 public:
  JsonWriter& beginObject();
  JsonWriter& endObject();
  JsonWriter& beginArray();
  JsonWriter& endArray();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(int64_t n);
  JsonWriter& value(bool b);
  JsonWriter& null();
  const std::string& text() const { return out_; }

 private:
  void separate();
  std::string out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool afterKey_ = false;
};

}  // namespace rw::cli
