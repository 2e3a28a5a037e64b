#!/usr/bin/env bash
# The kill -9 loops of tests/core/tst_clibackup.cpp, long: hundreds of random kills during
# backup, restore, prune and migration (CI runs a dozen of each).
#   bash bench/soak-kill.sh [ITERATIONS]     (default 300)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmake --build "$root/build" --target tst_clibackup hubstate-cli >/dev/null
HUBSTATE_KILL_ITERATIONS=${1:-300} \
    "$root/build/tests/core/tst_clibackup" killDuringBackupLosesNothing \
    killDuringRestoreLeavesOldOrNew killDuringPruneKeepsTheCatalogTrue killDuringMigrationLeavesOldOrNew
