#!/usr/bin/env bash
# Builds the Debian package of an already built tree and checks it.
#
#   packaging/check-deb.sh <build-dir>
#
# 1. runs `cpack -G DEB` in <build-dir>;
# 2. checks the control data (dpkg-deb --info) and the file list (dpkg-deb --contents);
# 3. checks that every Qt QML module imported by the sources is a declared dependency;
# 4. extracts the package into a throwaway root with `dpkg -x` (nothing is installed system-wide)
#    and, against the system Qt only, runs the extracted usr/bin/atrium --version (expects
#    "atrium <version>"), validates the packaged demo workspace with `atrium validate`, and starts
#    the GUI offscreen on it for a few seconds, failing on missing QML modules or Qt plugins.
#
# Exits 0 when everything holds, otherwise prints every failed check and exits 1 (2 for usage or
# missing tools). Registered with CTest as `package_deb` (packaging/CMakeLists.txt); the tree must
# be built first, since cpack installs but does not build.
set -uo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SOURCE_DIR=$(dirname "$SCRIPT_DIR")
APP_ID=dev.atrium.Atrium

failures=0
say()  { printf 'check-deb: %s\n' "$*"; }
fail() { printf 'check-deb: FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
die()  { printf 'check-deb: ERROR: %s\n' "$1" >&2; exit "${2:-1}"; }

[ $# -eq 1 ] || die "usage: $0 <build-dir>" 2
BUILD_DIR=$(cd "$1" 2>/dev/null && pwd) || die "build directory '$1' does not exist" 2
[ -f "$BUILD_DIR/CPackConfig.cmake" ] \
    || die "$BUILD_DIR/CPackConfig.cmake not found: configure the project first (cmake -S $SOURCE_DIR -B $BUILD_DIR)" 2

# cpack from the same CMake that configured the tree, if the cache says which one that was.
CPACK=$(sed -n 's/^CMAKE_CPACK_COMMAND:INTERNAL=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null)
[ -n "$CPACK" ] && [ -x "$CPACK" ] || CPACK=$(command -v cpack || true)
[ -n "$CPACK" ] || die "cpack not found (apt-get install cmake)" 2
for tool in dpkg dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || die "$tool not found (apt-get install dpkg-dev)" 2
done

cpack_var() {  # value of set(<name> "<value>") in CPackConfig.cmake
    sed -n "s/^set($1 \"\\(.*\\)\")\$/\\1/p" "$BUILD_DIR/CPackConfig.cmake" | tail -n1
}
PKG_NAME=$(cpack_var CPACK_PACKAGE_NAME)
VERSION=${ATRIUM_EXPECTED_VERSION:-$(cpack_var CPACK_PACKAGE_VERSION)}
ARCH=$(dpkg --print-architecture)
if [ -z "$PKG_NAME" ] || [ -z "$VERSION" ]; then
    die "could not read the package name and version from CPackConfig.cmake"
fi

# --- 1. build the package ------------------------------------------------------------------------
say "running cpack -G DEB in $BUILD_DIR"
LOG="$BUILD_DIR/check-deb-cpack.log"
if ! (cd "$BUILD_DIR" && "$CPACK" -G DEB) >"$LOG" 2>&1; then
    tail -n 40 "$LOG" >&2
    die "cpack -G DEB failed (full log: $LOG). Is the tree built (cmake --build $BUILD_DIR)?"
fi
DEB=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' "$LOG" | tail -n1)
if [ -z "$DEB" ] || [ ! -f "$DEB" ]; then
    die "cpack succeeded but reported no .deb (log: $LOG)"
fi
say "package: $DEB"
[ "$(basename "$DEB")" = "${PKG_NAME}_${VERSION}_${ARCH}.deb" ] \
    || fail "package file is named $(basename "$DEB"), expected ${PKG_NAME}_${VERSION}_${ARCH}.deb"

# --- 2. control data and contents ----------------------------------------------------------------
dpkg-deb --info "$DEB" || die "dpkg-deb --info cannot read $DEB"  # printed for the test log
field() { dpkg-deb --field "$DEB" "$1"; }
[ "$(field Package)" = "$PKG_NAME" ]   || fail "Package is '$(field Package)', expected '$PKG_NAME'"
[ "$(field Version)" = "$VERSION" ]    || fail "Version is '$(field Version)', expected '$VERSION'"
[ "$(field Architecture)" = "$ARCH" ]  || fail "Architecture is '$(field Architecture)', expected '$ARCH'"
[ "$(field Section)" = "devel" ]       || fail "Section is '$(field Section)', expected 'devel'"
[ -n "$(field Maintainer)" ]           || fail "Maintainer is empty"
[ -n "$(field Description)" ]          || fail "Description is empty"
DEPENDS=$(field Depends)
RECOMMENDS=$(field Recommends)
has_pkg() {  # has_pkg <relation-field-value> <package>
    printf '%s\n' "$1" | sed 's/[,|]/\n/g' | sed 's/^ *//; s/[ (:].*//' | grep -qxF "$2"
}
# dpkg-shlibdeps ran if the linked Qt libraries show up as versioned dependencies.
for p in libc6 libqt6core6; do
    has_pkg "$DEPENDS" "$p" || fail "Depends lacks $p: did dpkg-shlibdeps run? (Depends: $DEPENDS)"
done
for p in qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
         qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript \
         qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6; do
    has_pkg "$DEPENDS" "$p" || fail "Depends lacks $p"
done
has_pkg "$RECOMMENDS" libkf5syntaxhighlighting-tools || fail "Recommends lacks libkf5syntaxhighlighting-tools"

CONTENTS=$(dpkg-deb --contents "$DEB") || die "dpkg-deb --contents cannot read $DEB"
paths=$(printf '%s\n' "$CONTENTS" | awk '{print $6}')
for f in usr/bin/atrium \
         "usr/share/applications/$APP_ID.desktop" \
         "usr/share/metainfo/$APP_ID.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
         usr/share/atrium/demo/atrium.yaml; do
    printf '%s\n' "$paths" | grep -qxF "./$f" || fail "package does not contain /$f"
done
mode=$(printf '%s\n' "$CONTENTS" | awk '$6 == "./usr/bin/atrium" {print $1}')
[ -z "$mode" ] || [ "$mode" = "-rwxr-xr-x" ] || fail "/usr/bin/atrium has mode $mode, expected -rwxr-xr-x"
if printf '%s\n' "$paths" | grep -q '^\./usr/local/'; then
    fail "package installs under /usr/local (an install rule uses an absolute CMAKE_INSTALL_PREFIX path):"
    printf '%s\n' "$paths" | grep '^\./usr/local/' | head -n 10 >&2
fi

# --- 3. every QML module the sources import must be a declared dependency -------------------------
QML_DIR=$(qtpaths6 --query QT_INSTALL_QML 2>/dev/null || true)
[ -d "$QML_DIR" ] || QML_DIR=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)/qt6/qml
imports=$(find "$SOURCE_DIR" \( -path "$SOURCE_DIR/.git" -o -path "$SOURCE_DIR/tests" -o -path "$SOURCE_DIR/build*" \
                                -o -path "$BUILD_DIR" \) -prune -o -name '*.qml' -print0 2>/dev/null \
          | xargs -0 -r sed -n 's/^[[:space:]]*import[[:space:]]\{1,\}\([A-Za-z][A-Za-z0-9_.]*\).*/\1/p' | sort -u)
for module in $imports; do
    qmldir="$QML_DIR/${module//.//}/qmldir"
    [ -f "$qmldir" ] || continue  # not a system module: one of Atrium's own, compiled into the app
    provider=$(dpkg -S "$qmldir" 2>/dev/null | head -n1 | cut -d: -f1)
    [ -n "$provider" ] || { fail "QML module $module ($qmldir) belongs to no Debian package"; continue; }
    has_pkg "$DEPENDS" "$provider" \
        || fail "the sources import $module, provided by $provider, which is not in Depends (add it to ATRIUM_DEB_DEPENDS in packaging/CMakeLists.txt)"
done

# --- 4. run the packaged binary from a throwaway root ---------------------------------------------
ROOT=$(mktemp -d "${TMPDIR:-/tmp}/atrium-deb-root.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$ROOT"' EXIT
dpkg -x "$DEB" "$ROOT" || die "dpkg -x $DEB failed"
BIN="$ROOT/usr/bin/atrium"
DEMO="$ROOT/usr/share/atrium/demo"
mkdir -m 700 "$ROOT/.run" "$ROOT/.home"
# System Qt only: no library, plugin or QML path from the environment, no display, and a
# throwaway home so that nothing touches the user's settings, cache or keychain.
run_packaged() {
    (cd "$ROOT" && env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u QML_IMPORT_PATH -u QML2_IMPORT_PATH \
        HOME="$ROOT/.home" XDG_CONFIG_HOME="$ROOT/.home/.config" XDG_CACHE_HOME="$ROOT/.home/.cache" \
        XDG_DATA_HOME="$ROOT/.home/.local/share" XDG_RUNTIME_DIR="$ROOT/.run" QT_QPA_PLATFORM=offscreen \
        "$@")
}

if [ -x "$BIN" ]; then
    if command -v readelf >/dev/null; then
        rpath=$(readelf -d "$BIN" | sed -n 's/.*(\(RPATH\|RUNPATH\)).*\[\(.*\)\]/\2/p')
        case "$rpath" in
            *"$BUILD_DIR"*|*"$SOURCE_DIR"*) fail "/usr/bin/atrium has a build-tree RPATH/RUNPATH: $rpath" ;;
        esac
    fi
    missing=$(env -u LD_LIBRARY_PATH ldd "$BIN" 2>/dev/null | grep 'not found')
    [ -z "$missing" ] || fail "/usr/bin/atrium needs libraries that are neither packaged nor on the system:
$missing"

    # Paths compiled in from CMAKE_INSTALL_FULL_* name the configure-time prefix (by default
    # /usr/local) while the package installs under /usr. Only a warning: the app may fall back to
    # paths relative to its executable. QStringLiteral stores UTF-16, hence strings -el as well.
    prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null)
    pkg_prefix=$(cpack_var CPACK_PACKAGING_INSTALL_PREFIX)
    pkg_prefix=${pkg_prefix:-/usr}
    if [ -n "$prefix" ] && [ "$prefix" != "$pkg_prefix" ] && command -v strings >/dev/null; then
        baked=$({ strings -a "$BIN"; strings -a -el "$BIN"; } | grep -F "$prefix/" | sort -u | head -n 10)
        [ -z "$baked" ] || say "WARNING: /usr/bin/atrium has paths under the build's CMAKE_INSTALL_PREFIX=$prefix \
compiled in, but the package installs under $pkg_prefix (configure packaging builds with \
-DCMAKE_INSTALL_PREFIX=$pkg_prefix, or look relative to applicationDirPath() first): $(echo "$baked" | tr '\n' ' ')"
    fi

    out=$(run_packaged timeout 60 "$BIN" --version 2>&1)
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "usr/bin/atrium --version exited with $rc; output:
$out"
    elif ! printf '%s\n' "$out" | grep -qF "atrium $VERSION"; then
        fail "usr/bin/atrium --version printed '$out', expected it to contain 'atrium $VERSION'"
    else
        say "usr/bin/atrium --version: $(printf '%s\n' "$out" | grep -F "atrium $VERSION" | head -n1)"
    fi

    # The packaged demo workspace must load: its workspace file and catalog validate without errors
    # (warnings are fine) with the packaged binary's own `validate` command.
    if [ -f "$DEMO/atrium.yaml" ]; then
        targets=("$DEMO/atrium.yaml")
        [ -f "$DEMO/catalog/all.yaml" ] && targets+=("$DEMO/catalog/all.yaml")
        out=$(run_packaged timeout 60 "$BIN" validate --root "$DEMO" "${targets[@]}" 2>&1)
        rc=$?
        if [ $rc -ne 0 ]; then
            fail "atrium validate of the packaged demo workspace exited with $rc:
$(printf '%s\n' "$out" | grep -v ': warning: ' | tail -n 20)"
        else
            say "demo workspace: $(printf '%s\n' "$out" | tail -n1)"
        fi
    fi

    # Smoke start of the GUI on the packaged demo: it must keep running (or exit 0) and must not
    # report a missing runtime piece (QML module, Qt plugin, SQL driver, shared library).
    log="$ROOT/.smoke.log"
    run_packaged timeout 8 "$BIN" --workspace "$DEMO" >"$log" 2>&1
    rc=$?
    runtime_errors=$(grep -E 'module "[^"]+" is not installed|Cannot load library|Could not (find|load) the Qt platform plugin|QSqlDatabase: .* driver not loaded|plugin .* could not be loaded|cannot open shared object file' "$log" | head -n 10)
    if [ -n "$runtime_errors" ]; then
        fail "the packaged app is missing runtime pieces (add the providing package to ATRIUM_DEB_DEPENDS):
$runtime_errors"
    elif [ $rc -ne 124 ] && [ $rc -ne 0 ]; then
        say "WARNING: the packaged app exited with $rc within 8 s of starting on the demo workspace:"
        tail -n 10 "$log"
    else
        say "smoke start on the demo workspace: ok"
    fi
else
    fail "extracted package has no executable usr/bin/atrium"
fi

# The installed desktop-integration files must still validate (optional tools).
if command -v desktop-file-validate >/dev/null && [ -f "$ROOT/usr/share/applications/$APP_ID.desktop" ]; then
    desktop-file-validate "$ROOT/usr/share/applications/$APP_ID.desktop" || fail "desktop-file-validate reported errors"
fi
if command -v appstreamcli >/dev/null && [ -f "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" ]; then
    appstreamcli validate --no-net "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null \
        || fail "appstreamcli validate reported errors (run: appstreamcli validate --no-net packaging/$APP_ID.metainfo.xml)"
fi

if [ "$failures" -ne 0 ]; then
    printf 'check-deb: %d check(s) failed for %s\n' "$failures" "$DEB" >&2
    exit 1
fi
say "OK: $(basename "$DEB") ($(du -h "$DEB" | cut -f1))"
