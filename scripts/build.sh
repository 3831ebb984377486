#!/usr/bin/env bash
# Configures and builds Atrium into ./build (or $ATRIUM_BUILD_DIR). Used by run-demo.sh and test.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ATRIUM_BUILD_DIR:-$here/build}
type=${ATRIUM_BUILD_TYPE:-RelWithDebInfo}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
