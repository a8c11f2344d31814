#!/usr/bin/env bash
# The trace at scale, measured on the ../shared/bench workloads (issue 6's targets):
#   record/run   wall time of `rewind record` over `rewind run` (RUNS interleaved runs each,
#                default 3, median of each; geometric mean of the ratios; target <= 3)
#   bytes/step   whole trace file bytes per executed instruction (target <= 2)
#   seek p99     random seeks on the fib.py trace (target <= 50 ms); step+/step- the time
#                to step one instruction forwards/backwards and read the state (<= 1 ms)
#   peak RSS     of `rewind record fib.py` (/usr/bin/time -v; target <= 512 MiB)
# Builds nothing: run `ninja -C build rewind trace_seek_bench` first (or give --bin DIR, a
# folder holding copies of both, to keep building while it runs). --keep DIR keeps the traces.
# usage: bench/trace_workloads.sh [--runs N] [--size default|small] [--keep DIR] [--bin DIR]
#                                 [WORKLOAD...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
benchdir=$(cd "$here/../shared/bench" && pwd)
rewind="$here/build/cli/rewind"
seekbench="$here/build/bench/trace_seek_bench"
runs=3
size=default
keep=""
workloads=()
while (($#)); do
  case "$1" in
    --runs) runs=$2; shift ;;
    --size) size=$2; shift ;;
    --keep) keep=$2; shift ;;
    --bin) rewind="$2/rewind"; seekbench="$2/trace_seek_bench"; shift ;;
    *) workloads+=("$1") ;;
  esac
  shift
done
if ((${#workloads[@]} == 0)); then
  workloads=(fib nbody spectral_norm fannkuch richards_like dict_str generators exceptions bigint comprehension)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
traces=${keep:-$tmp}
mkdir -p "$traces"

now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
json_field() { sed -n "s/.*\"$1\": \\([0-9]*\\).*/\\1/p"; }

printf '%-14s %8s %9s %7s %12s %11s %10s\n' workload run_s record_s ratio steps trace_bytes bytes/step
logsum=0
count=0
for w in "${workloads[@]}"; do
  arg=$(sed -n "s/^# $size: //p" "$benchdir/$w.py")
  : > "$tmp/run.times"
  : > "$tmp/record.times"
  for ((i = 0; i < runs; i++)); do
    start=$(now)
    (cd "$benchdir" && "$rewind" run "$w.py" "$arg" > /dev/null)
    end=$(now)
    echo "$end - $start" | bc -l >> "$tmp/run.times"
    start=$(now)
    (cd "$benchdir" && "$rewind" record --force -o "$traces/$w.rwd" "$w.py" "$arg" > /dev/null 2> "$tmp/record.err")
    end=$(now)
    echo "$end - $start" | bc -l >> "$tmp/record.times"
  done
  run_s=$(median < "$tmp/run.times")
  record_s=$(median < "$tmp/record.times")
  ratio=$(echo "$record_s / $run_s" | bc -l)
  info=$("$rewind" info --json "$traces/$w.rwd")
  steps=$(echo "$info" | json_field steps)
  bytes=$(echo "$info" | json_field bytes)
  per_step=$(echo "$bytes / $steps" | bc -l)
  printf '%-14s %8.3f %9.3f %7.2f %12d %11d %10.3f\n' "$w" "$run_s" "$record_s" "$ratio" "$steps" "$bytes" "$per_step"
  logsum=$(echo "$logsum + l($ratio)" | bc -l)
  count=$((count + 1))
done
printf 'geometric mean of record/run: %.2f (target <= 3)\n' "$(echo "e($logsum / $count)" | bc -l)"

fibarg=$(sed -n "s/^# $size: //p" "$benchdir/fib.py")
if [ ! -f "$traces/fib.rwd" ]; then
  (cd "$benchdir" && "$rewind" record --force -o "$traces/fib.rwd" fib.py "$fibarg" > /dev/null 2>&1)
fi
echo "seek and step on the fib.py trace (targets: seek p99 <= 50 ms, step <= 1 ms):"
"$seekbench" "$traces/fib.rwd" 300 2000
(cd "$benchdir" && /usr/bin/time -v "$rewind" record --force -o "$tmp/rss.rwd" fib.py "$fibarg" > /dev/null 2> "$tmp/time.txt")
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time.txt")
printf 'peak RSS recording fib.py: %d KiB = %.1f MiB (target <= 512 MiB)\n' "$rss" "$(echo "$rss / 1024" | bc -l)"
