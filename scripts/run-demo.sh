#!/usr/bin/env bash
# Installs what is missing, builds, and launches Atrium on the bundled demo workspace.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
exec "${ATRIUM_BUILD_DIR:-$here/build}/bin/atrium" "$@"
