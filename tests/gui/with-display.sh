#!/bin/sh
# Runs a GUI test on a private X server of its own (Xvfb, through xvfb-run), where windows are
# drawn as on people's screens; on Qt's offscreen platform where Xvfb is not installed.
# HUBSTATE_DISPLAY tells the test which one it got.
set -eu
if command -v xvfb-run >/dev/null 2>&1 && command -v Xvfb >/dev/null 2>&1; then
    export QT_QPA_PLATFORM=xcb HUBSTATE_DISPLAY=xvfb
    # -a looks for a free display from -n up; starting from one of our own makes two tests
    # started at once (ctest -j) unlikely to pick the same one.
    exec xvfb-run -a -n $((100 + $$ % 400)) -s '-screen 0 1600x1000x24 -nolisten tcp' "$@"
fi
export QT_QPA_PLATFORM=offscreen HUBSTATE_DISPLAY=offscreen
exec "$@"
