#!/usr/bin/env bash
# kill -9 at scale: the loops of tests/core/tst_killsoak.cpp (CI runs 4 rounds of each), run for
# ROUNDS rounds of every write path, and a section with the counts appended to bench/RESULTS.md.
#   bash bench/soak-kill.sh [ROUNDS] [PATH...]    (default 1000 rounds; every path)
# PATH: config-set layout-save history-import backup-create restore prune migration.
# Each round: other CLI processes write the same profile (config set, layout import or history
# import loops), the command is killed after a random delay, then `check --full`, the backup
# catalog, the killed change (wholly there or wholly absent) and each writer's last acknowledged
# change are checked. HUBSTATE_KILL_SEED=N repeats a run's random choices (each run prints its
# seed); the profile of every failed round is kept in build/soak-kill/failed/.
set -uo pipefail
rounds=${1:-1000}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
work="$build/soak-kill"
declare -A functions=(
    [config-set]=killDuringConfigSet [layout-save]=killDuringLayoutSave
    [history-import]=killDuringHistoryImport [backup-create]=killDuringBackupCreate
    [restore]=killDuringRestore [prune]=killDuringPrune [migration]=killDuringMigration)
paths=(config-set layout-save history-import backup-create restore prune migration)
[ $# -gt 0 ] && paths=("$@")
for path in "${paths[@]}"; do
    [ -n "${functions[$path]:-}" ] || { echo "soak: no path $path" >&2; exit 2; }
done

cmake --build "$build" --target tst_killsoak hubstate-cli >/dev/null \
    || { echo "soak: the build failed" >&2; exit 1; }
mkdir -p "$work"
seed=${HUBSTATE_KILL_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
export HUBSTATE_KILL_SEED=$seed HUBSTATE_KILL_ITERATIONS=$rounds HUBSTATE_KILL_KEEP="$work/failed"
export QTEST_FUNCTION_TIMEOUT=$((24 * 3600 * 1000)) # QtTest stops a test function after 5 min

rows=()
started=$(date +%s)
for path in "${paths[@]}"; do
    log="$work/$path.log"
    echo "soak: $path, $rounds rounds (log $log)" >&2
    nice -n 10 "$build/tests/core/tst_killsoak" "${functions[$path]}" >"$log" 2>&1
    line=$(grep -o 'KILLSOAK .*' "$log" | tail -1)
    if [ -z "$line" ]; then
        echo "soak: $path ended without its counts (see $log)" >&2
        rows+=("| $path | ended without its counts, see the log | | | | | | | | | | |")
        continue
    fi
    get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    echo "soak: $line" >&2
    outcome="$(get old) | $(get new)"
    [ "$(get partial)" != 0 ] && outcome="$outcome, $(get partial) in part"
    [ "$(get old)$(get new)" = 00 ] && outcome="not told apart | not told apart"
    refused=$(get refused)
    [ "$(get refusedNew)" != 0 ] && refused="$refused ($(get refusedNew) of them with the change made)"
    rows+=("| $path | $(get rounds) | $(get killed) | $(get finished) | $refused | $outcome | $(get writerAcks) | $(get writerKnownFailures) | $(get staleTemporaries) | $(get failures) | $(get seconds) s |")
done
wall=$(($(date +%s) - started))

cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
mem=$(free -g | awk '/^Mem:/ {print $2}')
{
    echo
    echo "## $(date -u +%Y-%m-%d) — kill -9 soak: $rounds rounds of each write path"
    echo
    echo "Produced by \`bash bench/soak-kill.sh $rounds\` (seed $seed; HUBSTATE_KILL_SEED=$seed repeats its random choices). Machine: $cpu, $(nproc) cores, ${mem} GiB; Debian $(cat /etc/debian_version); \`nice -n 10\` on a machine shared with other work; wall time $((wall / 60)) min $((wall % 60)) s."
    echo
    echo "| write path | rounds | killed while running | finished before the kill | failed by itself (known fault) | afterwards old | afterwards new | writers' changes acknowledged | writers' failures (known fault) | commands that met a stale temporary file (known fault) | failures | time |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} | tee -a "$root/bench/RESULTS.md"
