#!/usr/bin/env bash
# Follows plugins/hello-capability/PRODUCER-GUIDE.md the way a producer would, outside the source
# tree, and checks that Atrium ends up with the renamed plugin installed and validly signed.
#
#   tests/sdk/guide-walkthrough.sh <atrium build dir> <PRODUCER-GUIDE.md> <atrium binary>
#
# 1. installs the SDK component of the build tree into a temporary prefix;
# 2. extracts the guide's ```sh blocks, in order, into one script;
# 3. runs it with bash -euo pipefail in an empty folder with a fresh HOME and XDG folders, and
#    ATRIUM_SDK_PREFIX, ATRIUM and WORK set;
# 4. checks `atrium plugin list --format json`: dev.example.greeter, installed by the user, signed
#    with a valid signature.
# Registered with CTest as sdk_guide_walkthrough (tests/sdk/CMakeLists.txt).
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: $0 <build dir> <guide.md> <atrium>" >&2; exit 2; }
BUILD_DIR=$(cd "$1" && pwd)
GUIDE=$2
ATRIUM_BIN=$3
SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PLUGIN_ID=dev.example.greeter

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/atrium-guide.XXXXXX")
case "$sandbox" in "$SOURCE_DIR"/*|"$BUILD_DIR"/*)
    echo "guide-walkthrough: the sandbox $sandbox must be outside the source and build trees" >&2; exit 2 ;;
esac
[ -n "${ATRIUM_KEEP_SANDBOX:-}" ] || trap 'rm -rf "$sandbox"' EXIT
say() { printf 'guide-walkthrough: %s\n' "$*"; }

# --- 1. the SDK, as `cmake --install <build> --component sdk` puts it --------------------------
say "installing the SDK component of $BUILD_DIR into $sandbox/sdk"
cmake --install "$BUILD_DIR" --prefix "$sandbox/sdk" --component sdk >"$sandbox/install.log" \
    || { cat "$sandbox/install.log" >&2; exit 1; }

# --- 2. the guide's sh blocks ---------------------------------------------------------------
awk '/^```sh[[:space:]]*$/ { inside = 1; printf "\n# --- block %d\n", ++n; next }
     /^```/ && inside      { inside = 0; next }
     inside                { print }' "$GUIDE" >"$sandbox/guide.sh"
blocks=$(grep -c '^# --- block' "$sandbox/guide.sh" || true)
[ "$blocks" -gt 0 ] || { echo "guide-walkthrough: no sh blocks in $GUIDE" >&2; exit 1; }
say "running $blocks sh blocks of $GUIDE"

# --- 3. run them as a producer would -------------------------------------------------------
mkdir -p "$sandbox/home" "$sandbox/work" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"
run_env=(env -i
    PATH="$PATH" LANG=C.UTF-8 TERM=dumb
    HOME="$sandbox/home"
    XDG_DATA_HOME="$sandbox/home/.local/share"
    XDG_CONFIG_HOME="$sandbox/home/.config"
    XDG_CACHE_HOME="$sandbox/home/.cache"
    XDG_RUNTIME_DIR="$sandbox/runtime"
    ATRIUM_POLICY_FILE="$sandbox/no-policy.json"
    QT_QPA_PLATFORM=offscreen
    ATRIUM_SDK_PREFIX="$sandbox/sdk"
    ATRIUM="$ATRIUM_BIN"
    WORK="$sandbox/work")
(cd "$sandbox/work" && "${run_env[@]}" bash -euo pipefail "$sandbox/guide.sh") \
    || { echo "guide-walkthrough: FAIL: the guide's commands failed (script: $sandbox/guide.sh)" >&2; exit 1; }

# --- 4. what Atrium says ---------------------------------------------------------------------
json=$(cd "$sandbox/work" && "${run_env[@]}" "$ATRIUM_BIN" plugin list --format json)
printf '%s\n' "$json" >"$sandbox/plugin-list.json"
python3 - "$sandbox/plugin-list.json" "$PLUGIN_ID" <<'PY'
import json, sys
path, plugin_id = sys.argv[1], sys.argv[2]
data = json.load(open(path))
plugins = data.get("plugins", data) if isinstance(data, dict) else data
entry = next((p for p in plugins if p.get("id") == plugin_id), None)
if entry is None:
    sys.exit(f"guide-walkthrough: FAIL: {plugin_id} is not in `atrium plugin list`: {data}")
problems = []
if entry.get("origin") != "user":
    problems.append(f"origin is {entry.get('origin')!r}, expected 'user'")
signer = entry.get("signer") or ""
if len(signer.split()) != 16:
    problems.append(f"signer is {signer!r}, expected the 16-group fingerprint of the guide's key")
if entry.get("state") not in ("discovered", "ready", "loaded"):
    problems.append(f"state is {entry.get('state')!r}: {entry.get('error')}")
if entry.get("version") != "1.0.0":
    problems.append(f"version is {entry.get('version')!r}, expected '1.0.0'")
if problems:
    sys.exit("guide-walkthrough: FAIL: " + "; ".join(problems) + f"\nentry: {entry}")
print(f"guide-walkthrough: {plugin_id} {entry.get('version')} is installed and validly signed")
PY
