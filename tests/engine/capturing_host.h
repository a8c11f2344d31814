// A Host for tests: keeps what the program writes, feeds it preset input and a clock that
// advances by one millisecond per reading, so runs are repeatable.
#pragma once

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

  const std::string& out() const { return stdout_; }
  const std::string& err() const { return stderr_; }

 private:
  double tick() { return ++ticks_ * 0.001; }

  std::string input_;
  size_t position_ = 0;
  std::string stdout_;
  std::string stderr_;
  int ticks_ = 0;
};

}  // namespace rw::testing
