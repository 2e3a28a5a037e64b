#!/usr/bin/env bash
# What CI runs after the ASan stage: the tests whose code runs on more than one thread, built
# with gcc and ThreadSanitizer in build-tsan/ (only those and hubstate-cli): the backup engine
# (snapshot check, hashing, decryption through BytePipe), the scheduler's backup thread, the
# keychain thread with callers on worker threads, the WebDAV destination from a worker thread,
# the backup catalog with several writers, and every hubstate-cli they start. Debian's Qt is
# not built with ThreadSanitizer: what Qt does inside itself is ignored
# (ignore_noninstrumented_modules), and tests/sanitize/tsan.supp lists the hand-overs through
# Qt that it cannot see, each with its reason. Any other report, from any process, fails the run.
#   bash tests/sanitize/tsan.sh
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${HUBSTATE_TSAN_BUILD:-$root/build-tsan}
# The CTest names, and the executables they run.
tests=(tst_backup tst_backupchanges tst_catalogconcurrency tst_container tst_clibackup
    tst_backuptrust tst_secretstore_unlocked tst_secretstorethreads tst_backupsecrets_unlocked
    tst_webdavdestination tst_clibackupwebdav)
executables=(hubstate-cli tst_backup tst_backupchanges tst_catalogconcurrency tst_container
    tst_clibackup tst_backuptrust tst_secretstore tst_secretstorethreads tst_backupsecrets
    tst_webdavdestination tst_clibackupwebdav)
select="^($(IFS='|'; echo "${tests[*]}"))\$"

started=$(date +%s)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DHUBSTATE_TSAN=ON -DHUBSTATE_WERROR=ON >/dev/null \
    || { echo "tsan: configuring $build failed" >&2; exit 1; }
cmake --build "$build" --parallel "$(nproc)" --target "${executables[@]}" \
    || { echo "tsan: the build failed" >&2; exit 1; }
built=$(date +%s)
# A renamed test must not drop out of the run unnoticed.
found=$(cd "$build" && ctest -N -R "$select" | sed -n 's/^Total Tests: //p')
if [ "$found" != "${#tests[@]}" ]; then
    echo "tsan: CTest knows $found of the ${#tests[@]} tests ${tests[*]}" >&2
    exit 1
fi

logs="$build/sanitizer-logs"
rm -rf "$logs"
mkdir -p "$logs" && chmod 1777 "$logs"
# ignore_noninstrumented_modules: accesses Qt, glib and the C++ library make themselves are not
# checked (not instrumented, they would be half seen). die_after_fork=0: tests start processes
# (QProcess) from a process with threads; the child executes another program at once.
tsan="suppressions=$here/tsan.supp:ignore_noninstrumented_modules=1:die_after_fork=0:second_deadlock_stack=1:history_size=4"
export TSAN_OPTIONS="$tsan:log_path=$logs/tsan:log_exe_name=1"
status=0
(cd "$build" && ctest -R "$select" --output-on-failure --parallel "$(nproc)" --timeout 900) \
    || status=1

mapfile -t reports < <(find "$logs" -type f | sort)
if [ ${#reports[@]} -gt 0 ]; then
    status=1
    for report in "${reports[@]:0:10}"; do
        echo "tsan: report $(basename "$report"):" >&2
        cat "$report" >&2
    done
    [ ${#reports[@]} -le 10 ] || echo "tsan: $((${#reports[@]} - 10)) more reports in $logs" >&2
fi
echo "tsan: build $((built - started)) s, runs $(($(date +%s) - built)) s, ${#reports[@]} reports"
if [ "$status" -ne 0 ]; then
    echo "tsan: FAILED; one test again, its reports on stderr:" >&2
    echo "  TSAN_OPTIONS=$tsan ctest --test-dir $build -R NAME --output-on-failure" >&2
fi
exit "$status"
