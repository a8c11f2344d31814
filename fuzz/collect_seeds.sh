#!/usr/bin/env bash
# Gathers the fuzzer's seed inputs into DEST (created, emptied first): every .py under tests/,
# the seed chapter's examples, the benchmarks, and fuzz/corpus (hand-written seeds and the
# inputs the fuzzer once failed on). tests/engine/front_end_seed_replay_test replays the same
# folders.
set -euo pipefail
dest=${1:?usage: collect_seeds.sh DEST}
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${REWIND_SHARED_DIR:-$(dirname "$repo")/shared}

rm -rf "$dest"
mkdir -p "$dest"
copy_tree() {  # copy_tree DIR PATTERN: flattens paths into file names so none collide
  local dir=$1 pattern=$2
  [ -d "$dir" ] || return 0
  find "$dir" -type f -name "$pattern" -print0 | while IFS= read -r -d '' file; do
    local rel=${file#"$dir"/}
    cp "$file" "$dest/$(basename "$dir")_${rel//\//_}"
  done
}
copy_tree "$repo/tests" '*.py'
copy_tree "$repo/fuzz/corpus" '*'
copy_tree "$shared/seed/examples" '*.py'
copy_tree "$shared/bench" '*.py'
