// BigInt's hot operations in ../shared/bench/bigint.py: fixed-point arctangent series for pi
// (big * small, big // small, big + big), factorials, Fibonacci, Euclid's gcd, divmod and
// decimal conversion; plus the whole workload, for comparison with CPython's time for it.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "support/bigint.h"

namespace {

using rw::support::BigInt;

// A value of about `digits` decimal digits with no special structure.
BigInt sample(int64_t digits) {
  BigInt value = rw::support::pow(BigInt(7), BigInt(digits * 100 / 85));
  return value + (value >> 7);
}

void BM_MultiplyBySmall(benchmark::State& state) {
  const BigInt big = sample(state.range(0));
  const BigInt small(12345);
  for (auto _ : state)
    benchmark::DoNotOptimize(big * small);
}
BENCHMARK(BM_MultiplyBySmall)->Arg(1000)->Arg(24000);

void BM_FloorDivideBySmall(benchmark::State& state) {
  const BigInt big = sample(state.range(0));
  const BigInt small(239 * 239);
  for (auto _ : state)
    benchmark::DoNotOptimize(rw::support::floorDiv(big, small));
}
BENCHMARK(BM_FloorDivideBySmall)->Arg(1000)->Arg(24000);

void BM_Add(benchmark::State& state) {
  const BigInt a = sample(state.range(0));
  const BigInt b = sample(state.range(0)) >> 3;
  for (auto _ : state)
    benchmark::DoNotOptimize(a + b);
}
BENCHMARK(BM_Add)->Arg(1000)->Arg(24000);

void BM_Subtract(benchmark::State& state) {
  const BigInt a = sample(state.range(0));
  const BigInt b = sample(state.range(0)) >> 3;
  for (auto _ : state)
    benchmark::DoNotOptimize(a - b);
}
BENCHMARK(BM_Subtract)->Arg(24000);

void BM_Multiply(benchmark::State& state) {
  const BigInt a = sample(state.range(0));
  const BigInt b = sample(state.range(0)) + BigInt(1);
  for (auto _ : state)
    benchmark::DoNotOptimize(a * b);
}
BENCHMARK(BM_Multiply)->Arg(300)->Arg(1000)->Arg(24000)->Arg(100000);

void BM_Square(benchmark::State& state) {
  const BigInt a = sample(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(a * a);
}
BENCHMARK(BM_Square)->Arg(300)->Arg(1000)->Arg(24000)->Arg(100000);

void BM_Divmod(benchmark::State& state) {
  const BigInt a = sample(2 * state.range(0));
  const BigInt b = sample(state.range(0)) + BigInt(1);
  for (auto _ : state)
    benchmark::DoNotOptimize(rw::support::divmod(a, b));
}
BENCHMARK(BM_Divmod)->Arg(1000)->Arg(24000);

void BM_ToDecimal(benchmark::State& state) {
  const BigInt value = sample(state.range(0));
  for (auto _ : state)
    benchmark::DoNotOptimize(value.toString(10));
}
BENCHMARK(BM_ToDecimal)
    ->Arg(100)
    ->Arg(4300)
    ->Arg(24000)
    ->Arg(100000)
    ->Unit(benchmark::kMicrosecond);

void BM_ParseDecimal(benchmark::State& state) {
  const std::string text = sample(state.range(0)).toString(10);
  for (auto _ : state)
    benchmark::DoNotOptimize(BigInt::parse(text, 10));
}
BENCHMARK(BM_ParseDecimal)
    ->Arg(100)
    ->Arg(4300)
    ->Arg(24000)
    ->Arg(100000)
    ->Unit(benchmark::kMicrosecond);

void BM_Gcd(benchmark::State& state) {
  const BigInt a = sample(state.range(0));
  const BigInt b = sample(state.range(0) - 7) * BigInt(3);
  for (auto _ : state)
    benchmark::DoNotOptimize(rw::support::gcd(a, b));
}
BENCHMARK(BM_Gcd)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

// --- the bench/bigint.py workload, operation for operation -------------------------------

BigInt arctanInverse(int64_t x, const BigInt& unity) {
  const BigInt xSquared(x * x);
  BigInt power = rw::support::floorDiv(unity, BigInt(x));
  BigInt total = power;
  for (int64_t k = 1; !power.isZero(); ++k) {
    power = rw::support::floorDiv(power, xSquared);
    const BigInt term = rw::support::floorDiv(power, BigInt(2 * k + 1));
    total = k % 2 == 1 ? total - term : total + term;
  }
  return total;
}

BigInt piMachin(const BigInt& unity) {
  return BigInt(4) * (BigInt(4) * arctanInverse(5, unity) - arctanInverse(239, unity));
}

BigInt piGauss(const BigInt& unity) {
  return BigInt(4) * (BigInt(12) * arctanInverse(18, unity) + BigInt(8) * arctanInverse(57, unity) -
                      BigInt(5) * arctanInverse(239, unity));
}

BigInt euclid(BigInt a, BigInt b) {
  while (!b.isZero()) {
    BigInt rest = rw::support::floorMod(a, b);
    a = std::move(b);
    b = std::move(rest);
  }
  return a;
}

BigInt fibonacci(int64_t n) {
  BigInt a;
  BigInt b(1);
  for (int64_t i = 0; i < n; ++i) {
    BigInt next = a + b;
    a = std::move(b);
    b = std::move(next);
  }
  return a;
}

void BM_Workload(benchmark::State& state) {
  const int64_t digits = state.range(0);
  constexpr int64_t kGuard = 10;
  for (auto _ : state) {
    const BigInt unity = rw::support::pow(BigInt(10), BigInt(digits + kGuard));
    const BigInt scale = rw::support::pow(BigInt(10), BigInt(kGuard));
    const BigInt pi1 = rw::support::floorDiv(piMachin(unity), scale);
    const BigInt pi2 = rw::support::floorDiv(piGauss(unity), scale);
    benchmark::DoNotOptimize((pi1 - pi2).abs() <= BigInt(1));
    BigInt factorial(1);
    for (int64_t i = 2; i <= digits; ++i)
      factorial = factorial * BigInt(i);
    benchmark::DoNotOptimize(factorial);
    const BigInt fa = fibonacci(3 * digits);
    const BigInt fb = fibonacci(2 * digits + 6);
    benchmark::DoNotOptimize(euclid(fa, fb));
    BigInt number = rw::support::floorDiv(pi1, BigInt(10));
    for (int chunk = 0; chunk < 100; ++chunk) {
      auto [rest, low] = rw::support::divmod(number, BigInt(1000000000));
      number = std::move(rest);
      benchmark::DoNotOptimize(low);
    }
  }
}
BENCHMARK(BM_Workload)->Arg(5400)->Arg(24000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
