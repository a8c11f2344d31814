#!/usr/bin/env bash
# ctest's regression check: runs FUZZER once over every seed input, trying nothing new.
set -euo pipefail
fuzzer=${1:?usage: replay_seeds.sh FUZZER SCRATCH_DIR}
scratch=${2:?usage: replay_seeds.sh FUZZER SCRATCH_DIR}
bash "$(dirname "$0")/collect_seeds.sh" "$scratch"
"$fuzzer" -runs=0 -timeout=5 -rss_limit_mb=2048 "$scratch"
