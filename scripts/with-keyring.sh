#!/usr/bin/env bash
# Runs a command with the real keychain: gnome-keyring's Secret Service, unlocked, in the current
# D-Bus session (start this inside dbus-run-session with a throwaway HOME). QtKeychain talks to it.
set -euo pipefail
if command -v gnome-keyring-daemon >/dev/null; then
    printf 'atrium-test' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
else
    echo "with-keyring: gnome-keyring-daemon is missing (apt-get install gnome-keyring)" >&2
fi
exec "$@"
