#!/usr/bin/env bash
# examples/hub as a program of the hub is built: against the installed tree alone (PREFIX from
# install-tree.sh), then run offscreen on a profile of its own. It must show the theme and the
# default layout, and follow, each within 500 ms of the CLI's exit, a theme change, a new
# default layout and a layout saved by the CLI. Runs in a session bus of its own when
# dbus-run-session is there, as on a desktop.
#   example-hub.sh PREFIX EXAMPLE_DIR SCRATCH CLI LAYOUT_JSON
set -euo pipefail
if [ -z "${HUB_EXAMPLE_IN_SESSION:-}" ] && command -v dbus-run-session >/dev/null; then
    export HUB_EXAMPLE_IN_SESSION=1
    exec dbus-run-session -- "$0" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
fi
prefix=$1
example=$2
scratch=$3
cli=$4
layout=$5
fail() { echo "example-hub: $*" >&2; [ -f "$scratch/hub.out" ] && sed 's/^/  hub: /' "$scratch/hub.out" >&2; exit 1; }
rm -rf "$scratch"
mkdir -p "$scratch"

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$example" -B "$scratch/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "${launcher[@]}" \
    >"$scratch/configure.log" 2>&1 || { cat "$scratch/configure.log" >&2; fail "configure failed"; }
nice cmake --build "$scratch/build" >"$scratch/build.log" 2>&1 \
    || { cat "$scratch/build.log" >&2; fail "build failed"; }
hub="$scratch/build/hubstate-hub"

# Nothing but the installed headers, Qt's and the example's own: every include directory of
# every compilation is under the prefix, the build folder or /usr/include.
grep -oE '(-I|-isystem )[^ "]+' "$scratch/build/compile_commands.json" | sed -E 's/^(-I|-isystem )//' \
    | sort -u >"$scratch/includes.txt"
while read -r dir; do
    case "$dir" in
    "$prefix"/* | "$scratch"/build/* | /usr/include/* | /usr/lib/*/qt6/mkspecs/*) ;;
    *) fail "the example is compiled with $dir, outside the installed tree and Qt" ;;
    esac
done <"$scratch/includes.txt"
grep -q -- "$prefix/include" "$scratch/includes.txt" || fail "the example does not use $prefix/include"
# (Whole outputs in variables: `grep -q` in a pipe would end it early, which pipefail counts.)
loaded=$(ldd "$hub" | sed -n 's/.*libhubstate.so.0 => \([^ ]*\).*/\1/p')
case "$loaded" in "$prefix"/*) ;; *) fail "the example loads libhubstate from '$loaded', not $prefix" ;; esac
echo "built against $prefix alone: $(wc -l <"$scratch/includes.txt") include directories, libhubstate from $loaded"

profile="$scratch/profile"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
unset HUBSTATE_PROFILE HUBSTATE_POLICY_FILE
"$hub" --profile "$profile" --print-changes >"$scratch/hub.out" 2>"$scratch/hub.err" &
hub_pid=$!
trap 'kill "$hub_pid" 2>/dev/null || true' EXIT

now_ms() { echo $(($(date +%s%N) / 1000000)); }
# Waits for a line matching PATTERN in the hub's output, at most LIMIT ms; prints when it came.
wait_for() {
    local pattern=$1 limit=$2 start
    start=$(now_ms)
    until grep -qE "$pattern" "$scratch/hub.out"; do
        kill -0 "$hub_pid" 2>/dev/null || { cat "$scratch/hub.err" >&2; fail "the example ended"; }
        [ $(($(now_ms) - start)) -le "$limit" ] || fail "no line matching '$pattern' within $limit ms"
        sleep 0.01
    done
    now_ms
}
# Runs the CLI, then waits for PATTERN; the time from the CLI's exit must be at most 500 ms.
change() {
    local what=$1 pattern=$2 exited seen
    shift 2
    "$cli" --profile "$profile" "$@" >/dev/null || fail "hubstate-cli $* failed"
    exited=$(now_ms)
    seen=$(wait_for "$pattern" 2000)
    latency=$((seen > exited ? seen - exited : 0))
    [ "$latency" -le 500 ] || fail "$what took $latency ms to show"
    echo "$what: shown $latency ms after the CLI exited"
}

wait_for '^theme mode=auto accent=#3daee9 fontSize=medium highContrast=false reducedMotion=false$' 30000 >/dev/null
wait_for '^layout 00000000-0000-4000-8000-000000000001 "Single": Pane 1 \(no agent\)$' 1000 >/dev/null
echo "started: $(head -n 2 "$scratch/hub.out" | paste -sd ';')"

change "theme mode" '^theme mode=dark ' config set preferences.theme.mode dark
change "reduced motion" '^theme mode=dark .*reducedMotion=true$' config set preferences.theme.reducedMotion true
id=3b0f8c52-6a1d-4f7e-9c21-5d8e7a6b4c30
"$cli" --profile "$profile" layout import "$layout" >/dev/null || fail "layout import failed"
change "default layout" "^layout $id \"Wide left, two stacked\": Main \\(scout \\(not configured\\)\\)" \
    config set preferences.layout.defaultLayout "$id"
sed 's/"Wide left, two stacked"/"Saved by the CLI"/' "$layout" >"$scratch/renamed.json"
change "layout saved" "^layout $id \"Saved by the CLI\"" layout import "$scratch/renamed.json"
kill "$hub_pid"
wait "$hub_pid" 2>/dev/null || true
trap - EXIT
