#!/usr/bin/env bash
# Configures and builds the fuzzer (clang, ASan + UBSan, in build-fuzz) and fuzzes the front end
# for SECONDS (default 600) from the seed corpus. Inputs found interesting are kept in
# build-fuzz/corpus for the next run; a crash, timeout or leak is written to build-fuzz/findings.
set -euo pipefail
seconds=${1:-600}
repo=$(cd "$(dirname "$0")/.." && pwd)
build=$repo/build-fuzz

cmake -G Ninja -S "$repo" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DREWIND_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREWIND_BUILD_GUI=OFF -DREWIND_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target front_end_fuzzer -j "$(nproc)"

bash "$repo/fuzz/collect_seeds.sh" "$build/seeds"
mkdir -p "$build/corpus" "$build/findings"
# The first corpus directory receives new inputs; the seeds are only read.
"$build/fuzz/front_end_fuzzer" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
  -max_len=4096 -dict="$repo/fuzz/python.dict" -artifact_prefix="$build/findings/" \
  -print_final_stats=1 "$build/corpus" "$build/seeds"
