#!/usr/bin/env bash
# What CI runs after the test suite: hubstate-cli and the tests that need no widgets (label
# `core`, which takes in the core's keychain and WebDAV tests with their real fixtures) built
# with gcc, AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/, then run. Only
# those targets are built, never the GUI. A report from any process, a test or a hubstate-cli
# it starts, fails the run: every report goes to a log file, and the logs are printed at the end
# (a test that expects the CLI to fail would not notice the CLI dying of a report).
#   bash tests/sanitize/asan.sh
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${HUBSTATE_SANITIZE_BUILD:-$root/build-asan}
# The fuzz corpora (label fuzz) are replayed under clang's ASan and UBSan by tests/fuzz/ci.sh.
select=(-L core -LE '^(gui|fuzz)$')

started=$(date +%s)
# Debug at -O1: fast enough, and Qt's own Q_ASSERTs (bounds of QList, QString) stay on.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DHUBSTATE_SANITIZE=ON -DHUBSTATE_WERROR=ON >/dev/null \
    || { echo "sanitize: configuring $build failed" >&2; exit 1; }

# Only hubstate-cli and the test executables that link no widgets (tests/CMakeLists.txt).
cmake --build "$build" --parallel "$(nproc)" --target sanitize_tests \
    || { echo "sanitize: the build failed" >&2; exit 1; }
built=$(date +%s)

logs="$build/sanitizer-logs"
rm -rf "$logs"
mkdir -p "$logs" && chmod 1777 "$logs" # some tests run the CLI as nobody
# Leaks are checked; tests/sanitize/lsan.supp would name a library's own leaks, each with its
# reason. verify_asan_link_order=0: a test runs the CLI under libfaketime (LD_PRELOAD), which
# would otherwise come before the ASan runtime and stop the CLI before main.
asan=detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:verify_asan_link_order=0
ubsan=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS="$asan:log_path=$logs/asan:log_exe_name=1"
export UBSAN_OPTIONS="$ubsan:log_path=$logs/ubsan:log_exe_name=1"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
status=0
(cd "$build" && ctest "${select[@]}" --output-on-failure --parallel "$(nproc)" --timeout 900) \
    || status=1

# A process that tst_killsoak kills while LeakSanitizer scans it at exit leaves only "Unable to
# get registers from thread N" (the scan lost its threads): no finding, and dropped here. Any
# other line in the log is a report.
for log in "$logs"/*; do
    [ -f "$log" ] || continue
    if ! grep -qv 'Unable to get registers from thread' "$log"; then rm -f "$log"; fi
done
mapfile -t reports < <(find "$logs" -type f | sort)
if [ ${#reports[@]} -gt 0 ]; then
    status=1
    # One bug in the CLI reports once per run of it: the first ten in full, then a count.
    for report in "${reports[@]:0:10}"; do
        echo "sanitize: report $(basename "$report"):" >&2
        cat "$report" >&2
    done
    [ ${#reports[@]} -le 10 ] || echo "sanitize: $((${#reports[@]} - 10)) more reports in $logs" >&2
fi
echo "sanitize: build $((built - started)) s, runs $(($(date +%s) - built)) s, ${#reports[@]} reports"
if [ "$status" -ne 0 ]; then
    echo "sanitize: FAILED; one test again, its reports on stderr:" >&2
    echo "  ASAN_OPTIONS=$asan UBSAN_OPTIONS=$ubsan LSAN_OPTIONS=$LSAN_OPTIONS ctest --test-dir $build -R NAME --output-on-failure" >&2
fi
exit "$status"
