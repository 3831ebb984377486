#!/usr/bin/env bash
# The example plugin built on its own against the SDK of an Atrium build tree, without installing:
#   find_package(AtriumPluginSdk) with AtriumPluginSdk_DIR=<build>/src/sdk, then <target>_package.
#
#   tests/sdk/build-tree-package.sh <atrium build dir> <example source dir>
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 <build dir> <example dir>" >&2; exit 2; }
build=$(cd "$1" && pwd)
example=$(cd "$2" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/atrium-sdk-build-tree.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

openssl genpkey -algorithm ed25519 -out "$scratch/key.pem"
cmake -S "$example" -B "$scratch/build" -DAtriumPluginSdk_DIR="$build/src/sdk" \
      -DATRIUM_PLUGIN_SIGNING_KEY="$scratch/key.pem" >"$scratch/configure.log" \
    || { cat "$scratch/configure.log" >&2; exit 1; }
cmake --build "$scratch/build" --target hello-capability_package >"$scratch/build.log" 2>&1 \
    || { cat "$scratch/build.log" >&2; exit 1; }
package="$scratch/build/dev.atrium.hello-1.0.0.atrium-plugin"
library="$scratch/build/plugins/dev.atrium.hello/libhello-capability.so"
[ -f "$library" ] || { echo "build-tree-package: FAIL: $library was not built" >&2; exit 1; }
[ -f "$package" ] || { echo "build-tree-package: FAIL: $package was not written" >&2; exit 1; }
listing=$(cmake -E tar tf "$package" | sort | tr '\n' ' ')
[ "$listing" = "lib/libhello-capability.so manifest.json signature.json " ] \
    || { echo "build-tree-package: FAIL: the package holds: $listing" >&2; exit 1; }
echo "build-tree-package: $package built against $build/src/sdk"
