// libFuzzer target: the input bytes are source text for the whole front end (tokenizer in
// both modes, parser in exec/eval/single modes, symbol table, compiler). Invalid programs
// must end in SyntaxError or a Python exception; a crash, a sanitizer report, any other C++
// exception or a timeout is a finding.
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "front_end_pipeline.h"
#include "runtime/host.h"
#include "runtime/interp.h"

namespace {

// Compiling touches neither the console nor files; the host only has to exist.
class DiscardingHost : public rw::Host {
 public:
  void write(rw::OutputStream, std::string_view) override {}
  void flush(rw::OutputStream) override {}
  std::string readLine() override { return ""; }
  double wallTime() override { return 0; }
  double monotonicTime() override { return 0; }
  rw::FileReadResult readFile(const std::string&) override { return {ENOENT, "", ""}; }
  rw::FileWriteResult writeFile(const std::string&, std::string_view, rw::FileWriteMode) override {
    return {EROFS, ""};
  }
};

// One interpreter per process: starting one costs far more than compiling a small input.
rw::Interp& interpreter() {
  static DiscardingHost host;
  static rw::Interp interp(host);
  return interp;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  rw::fuzz::runFrontEnd(interpreter(), source);
  return 0;
}
