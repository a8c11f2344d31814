// A Host for tests: keeps what the program writes, feeds it preset input and a clock that
// advances by one millisecond per reading, so runs are repeatable.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <iterator>
#include <string>
#include <string_view>

#include "runtime/host.h"

namespace rw::testing {

class CapturingHost : public Host {
 public:
  explicit CapturingHost(std::string input = "") : input_(std::move(input)) {}

  void write(OutputStream stream, std::string_view text) override {
    (stream == OutputStream::Stdout ? stdout_ : stderr_).append(text);
  }
  void flush(OutputStream) override {}
  std::string readLine() override {
    size_t end = input_.find('\n', position_);
    end = end == std::string::npos ? input_.size() : end + 1;
    std::string line = input_.substr(position_, end - position_);
    position_ = end;
    return line;
  }
  double wallTime() override { return 1.7e9 + tick(); }
  double monotonicTime() override { return tick(); }
  // Files written live in memory, so tests never write to the disk; reads of files not
  // written fall through to `readFolder` when one is set (a folder reads as EISDIR, as the
  // import system expects).
  FileReadResult readFile(const std::string& path) override {
    auto it = files_.find(path);
    if (it != files_.end()) return FileReadResult{0, "", it->second};
    if (!readFolder_.empty()) {
      std::error_code ec;
      if (std::filesystem::is_directory(readFolder_ / path, ec)) return FileReadResult{21, "", ""};
      std::ifstream in(readFolder_ / path, std::ios::binary);
      if (in) return FileReadResult{0, "", std::string(std::istreambuf_iterator<char>(in), {})};
    }
    return FileReadResult{2, "", ""};
  }
  FileWriteResult writeFile(const std::string& path, std::string_view data, FileWriteMode mode) override {
    // Like the disk: a file cannot be created in a folder that does not exist.
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!readFolder_.empty() && !parent.empty() && !std::filesystem::is_directory(readFolder_ / parent))
      return FileWriteResult{2, ""};
    bool exists = files_.count(path) || (!readFolder_.empty() && std::filesystem::exists(readFolder_ / path));
    if (mode == FileWriteMode::Exclusive && exists) return FileWriteResult{17, ""};
    if (mode == FileWriteMode::Append && !files_.count(path) && exists)
      files_[path] = readFile(path).data;
    if (mode == FileWriteMode::Append)
      files_[path].append(data);
    else
      files_[path] = std::string(data);
    return FileWriteResult{};
  }
  void addFile(const std::string& path, std::string contents) { files_[path] = std::move(contents); }
  void setReadFolder(std::filesystem::path folder) { readFolder_ = std::move(folder); }

  const std::string& out() const { return stdout_; }
  const std::string& err() const { return stderr_; }

 private:
  double tick() { return ++ticks_ * 0.001; }

  std::map<std::string, std::string> files_;
  std::filesystem::path readFolder_;
  std::string input_;
  size_t position_ = 0;
  std::string stdout_;
  std::string stderr_;
  int ticks_ = 0;
};

}  // namespace rw::testing
