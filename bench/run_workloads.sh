#!/usr/bin/env bash
# Times the ../shared/bench workloads under python3 and `rewind run` (or `rewind record`
# with --record): N interleaved runs each (default 5), the minimum wall time, the ratio and
# the geometric mean of the ratios. Checks every output against expected.txt.
# usage: bench/run_workloads.sh [--record] [--runs N] [--size default|small] [WORKLOAD...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
benchdir=$(cd "$here/../shared/bench" && pwd)
rewind="$here/build/cli/rewind"
mode=run
runs=5
size=default
workloads=()
while (($#)); do
  case "$1" in
    --record) mode=record ;;
    --runs) runs=$2; shift ;;
    --size) size=$2; shift ;;
    *) workloads+=("$1") ;;
  esac
  shift
done
if ((${#workloads[@]} == 0)); then
  workloads=(fib nbody spectral_norm fannkuch richards_like dict_str generators exceptions bigint comprehension)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
printf '%-16s %10s %10s %7s  %s\n' workload python3 rewind ratio checksum
logsum=0
count=0
for w in "${workloads[@]}"; do
  arg=$(sed -n "s/^# $size: //p" "$benchdir/$w.py")
  expected=$(awk -v f="$w.py" -v s="$arg" '$1 == f && $2 == s { $1 = ""; $2 = ""; sub(/^  /, ""); print }' "$benchdir/expected.txt")
  best_py=999999
  best_rw=999999
  ok=yes
  for ((i = 0; i < runs; i++)); do
    start=$(now)
    (cd "$benchdir" && python3 "$w.py" "$arg" > "$tmp/py.out")
    end=$(now)
    best_py=$(echo "t = $end - $start; if (t < $best_py) t else $best_py" | bc -l)
    start=$(now)
    if [ "$mode" = record ]; then
      (cd "$benchdir" && "$rewind" record --force -o "$tmp/$w.rwd" "$w.py" "$arg" > "$tmp/rw.out" 2> "$tmp/rw.err")
    else
      (cd "$benchdir" && "$rewind" run "$w.py" "$arg" > "$tmp/rw.out")
    fi
    end=$(now)
    best_rw=$(echo "t = $end - $start; if (t < $best_rw) t else $best_rw" | bc -l)
    [ "$(tail -n 1 "$tmp/rw.out")" = "$expected" ] || ok=no
  done
  ratio=$(echo "$best_rw / $best_py" | bc -l)
  logsum=$(echo "$logsum + l($ratio)" | bc -l)
  count=$((count + 1))
  extra=""
  if [ "$mode" = record ]; then
    extra="  $(stat -c %s "$tmp/$w.rwd") bytes, $(grep -o '[0-9]* steps' "$tmp/rw.err")"
  fi
  printf '%-16s %10.3f %10.3f %7.2f  %s%s\n' "$w" "$best_py" "$best_rw" "$ratio" "$ok" "$extra"
done
printf 'geometric mean of the ratios: %.2f\n' "$(echo "e($logsum / $count)" | bc -l)"
