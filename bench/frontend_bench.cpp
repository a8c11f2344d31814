// Tokenizer and parser throughput on a 1 MB Python file built from the tokenizer's golden
// program.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "syntax/parser.h"
#include "syntax/tokenizer.h"

namespace {

const std::string& megabyteSource() {
  static const std::string source = [] {
    std::ifstream in(std::string(REWIND_SOURCE_DIR) + "/tests/golden/tokens/display/program.py");
    std::ostringstream chunk;
    chunk << in.rdbuf();
    std::string text;
    while (text.size() < (1u << 20)) text += chunk.str();
    return text;
  }();
  return source;
}

void BM_TokenizeParseMode(benchmark::State& state) {
  for (auto _ : state)
    benchmark::DoNotOptimize(rw::syntax::tokenize(megabyteSource(), rw::syntax::TokenizeMode::Parse, "big.py"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * megabyteSource().size()));
}
BENCHMARK(BM_TokenizeParseMode)->Unit(benchmark::kMillisecond);

void BM_TokenizeDisplayMode(benchmark::State& state) {
  for (auto _ : state)
    benchmark::DoNotOptimize(rw::syntax::tokenize(megabyteSource(), rw::syntax::TokenizeMode::Display, "big.py"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * megabyteSource().size()));
}
BENCHMARK(BM_TokenizeDisplayMode)->Unit(benchmark::kMillisecond);

void BM_Parse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(rw::syntax::parse(megabyteSource(), "big.py"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * megabyteSource().size()));
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
