#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless: an X server (Xvfb) for
# the GUI tests and a private D-Bus session, with a throwaway HOME so no real user settings or
# keyrings are touched. gnome-keyring answers as the real keychain inside that session. Prints ctest's summary; the exit code is ctest's.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ATRIUM_BUILD_DIR:-$here/build}
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"

sandbox=$(mktemp -d /tmp/atrium-test.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"
export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime"
export XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache" XDG_DATA_HOME="$HOME/.local/share"
export QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu

xvfb-run -a -s "-screen 0 1600x1000x24" \
    dbus-run-session -- \
    "$here/scripts/with-keyring.sh" \
    ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)" "$@"
