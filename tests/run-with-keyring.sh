#!/bin/sh
# Runs one test binary against a real Secret Service: a private D-Bus session with GNOME Keyring
# unlocked by a throw-away password, in a fresh HOME so that no user keyring is ever touched.
# Usage: run-with-keyring.sh <test-binary> [test arguments...]
# Exits 77 (ctest SKIP_RETURN_CODE) when dbus-run-session or gnome-keyring-daemon is missing.
set -u

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring: $tool not found; install dbus and gnome-keyring" >&2
        exit 77
    fi
done

HOME="$(mktemp -d "${TMPDIR:-/tmp}/inspector-keyring.XXXXXX")" || exit 1
export HOME
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
# gnome-keyring puts its control socket here; a private one keeps parallel runs apart.
export XDG_RUNTIME_DIR="$HOME/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# Never let libsecret autolaunch a bus or a prompt on the developer's display.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

dbus-run-session -- sh -c 'echo -n test-unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null; sleep 1; exec "$0" "$@"' "$@"
status=$?
rm -rf "$HOME"
exit $status
