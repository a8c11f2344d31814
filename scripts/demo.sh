#!/usr/bin/env bash
# Builds Rewind, records a bundled example and opens it in rewind-gui; without a display it
# prints the run's summary and the state at its last step instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
example=resources/examples/closures_and_cells.py
trace=build/closures_and_cells.rwd
./build/cli/rewind record --force -o "$trace" "$example"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/gui/rewind-gui ]; then
  exec ./build/gui/rewind-gui "$trace"
fi
echo
echo "No display: the state at the last step of $trace:"
./build/cli/rewind show "$trace" --step end
