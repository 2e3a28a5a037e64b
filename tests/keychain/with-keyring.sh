#!/usr/bin/env bash
# Runs a command against a real Secret Service of its own, never the user's:
#   with-keyring.sh unlocked COMMAND...   a private D-Bus session and an unlocked gnome-keyring
#   with-keyring.sh locked COMMAND...     the same keyring, created, then locked
#   with-keyring.sh none COMMAND...       no D-Bus session at all
# HOME and XDG_RUNTIME_DIR are temporary, so no real keyring is touched.
set -euo pipefail
mode=$1
shift
scratch=$(mktemp -d /tmp/hubstate-keyring.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
password=hubstate-test-keyring

case "$mode" in
none)
    "$@"
    ;;
unlocked)
    dbus-run-session -- bash -c '
        eval "$(printf %s "$0" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
        export GNOME_KEYRING_CONTROL
        shift; "$@"' "$password" _ "$@" 2> >(grep -v "Failed to set fd limit" >&2)
    ;;
locked)
    # First a session that creates the login keyring, then one whose daemon never unlocks it.
    dbus-run-session -- bash -c '
        eval "$(printf %s "$0" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
        secret-tool store --label=hubstate-fixture fixture created <<<"x"' "$password" 2>/dev/null
    dbus-run-session -- bash -c '
        eval "$(gnome-keyring-daemon --start --components=secrets)" >/dev/null
        export GNOME_KEYRING_CONTROL
        "$@"' _ "$@" 2> >(grep -v "Failed to set fd limit" >&2)
    ;;
*)
    echo "usage: with-keyring.sh unlocked|locked|none COMMAND..." >&2
    exit 2
    ;;
esac
