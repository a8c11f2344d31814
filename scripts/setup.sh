#!/usr/bin/env bash
# Installs what is missing from Debian's packages, then configures and builds Rewind
# (Release) in ./build. Safe to rerun: apt-get runs only when a package is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# clang and its runtime (libFuzzer, ASan, UBSan) build fuzz/run.sh's fuzzer.
packages=(cmake ninja-build g++ pkg-config qt6-base-dev libgl-dev libsqlite3-dev libzstd-dev
          libgtest-dev googletest libbenchmark-dev clang libclang-rt-dev)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

if [ ! -f build/build.ninja ]; then
  cmake -G Ninja -S . -B build -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build
