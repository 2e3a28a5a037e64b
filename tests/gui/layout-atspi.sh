#!/bin/bash
# Starts a private X server, D-Bus session and accessibility bus, opens hubstate on a fresh
# profile at the Layouts page, and lets layout_atspi.py check what a screen reader gets.
# Usage: layout-atspi.sh HUBSTATE HUBSTATE_CLI. Exits 77 (skipped) when a tool is missing.
set -u
here=$(cd "$(dirname "$0")" && pwd)
gui=$1
cli=$2

if [ -z "${LAYOUT_ATSPI_INSIDE:-}" ]; then
    for tool in xvfb-run dbus-run-session /usr/libexec/at-spi-bus-launcher; do
        command -v "$tool" >/dev/null || { echo "skipped: $tool is missing"; exit 77; }
    done
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null \
        || { echo "skipped: python3-pyatspi is missing"; exit 77; }
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    (umask 077 && mkdir -p "$work/home" "$work/runtime" "$work/profile/state")
    chmod 700 "$work/runtime"
    export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" LAYOUT_ATSPI_WORK="$work"
    export LAYOUT_ATSPI_INSIDE=1
    unset QT_QPA_PLATFORM
    xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- bash "$0" "$gui" "$cli"
    exit $?
fi

profile="$LAYOUT_ATSPI_WORK/profile"
(umask 077 && printf '[window]\npage=layouts\n' > "$profile/state/window.ini")
"$cli" --profile "$profile" config set preferences.layout.defaultLayout grid-2x2 || exit 1
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
sleep 1
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$gui" --profile "$profile" &
app=$!
/usr/bin/python3 "$here/layout_atspi.py"
result=$?
kill "$app" "$launcher" 2>/dev/null
wait "$app" 2>/dev/null
exit $result
