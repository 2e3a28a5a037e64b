#!/usr/bin/env bash
# kill -9 during `hubstate-cli sync now` at scale: the loop of tests/sync/tst_synckillsoak.cpp
# (CI runs 12 rounds) for ROUNDS rounds, with a real keychain; appends the counts to
# bench/RESULTS.md.
#   bash bench/soak-sync.sh [ROUNDS]     (default 200)
# HUBSTATE_KILL_SEED=N repeats a run's random delays (each run prints its seed).
set -uo pipefail
rounds=${1:-200}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
cmake --build "$build" --target tst_synckillsoak hubstate-cli >/dev/null \
    || { echo "soak: the build failed" >&2; exit 1; }
log="$build/soak-sync.log"
export HUBSTATE_KILL_ITERATIONS=$rounds
export QTEST_FUNCTION_TIMEOUT=$((24 * 3600 * 1000)) # QtTest stops a test function after 5 min
started=$(date +%s)
"$root/tests/keychain/with-keyring.sh" unlocked nice -n 10 "$build/tests/sync/tst_synckillsoak" >"$log" 2>&1
status=$?
minutes=$(( ($(date +%s) - started + 59) / 60 ))
seed=$(grep -o 'seed [0-9]*' "$log" | head -1)
counts=$(grep -o 'SYNCSOAK .*' "$log" | tail -1)
verdict="passed"
[ $status -eq 0 ] || verdict="FAILED (log: $log)"
{
    echo
    echo "## $(date -u +%F) — kill -9 soak of sync: $rounds rounds"
    echo
    echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores. $minutes min, $seed."
    echo
    echo "Each round both devices change a key of their own (A also renames 30 layouts), then"
    echo "\`hubstate-cli sync now\` runs on each and is killed after 5 to 150 ms. Every fourth round"
    echo "both finish their syncs and the test checks: every value and the layout name are the"
    echo "last ones written on both devices, both outboxes are empty, no conflict was logged (a"
    echo "change applied twice would show as one), and one more sync applies nothing."
    echo
    echo "Result: $verdict; ${counts#SYNCSOAK }."
} >>"$root/bench/RESULTS.md"
tail -n 12 "$root/bench/RESULTS.md"
exit $status
