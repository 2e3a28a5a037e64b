#!/usr/bin/env bash
# What CI runs after the test suite: every fuzz target built with ASan and UBSan, its corpus
# replayed, then fuzzed for a short time with a fixed seed (a run of the same code explores
# the same inputs, so CI does not fail at random; HUBSTATE_FUZZ_SEED picks another). Any
# crash, sanitizer report, failed check or hang fails the run, and the input is printed
# (base64) so the log alone reproduces it.
#   bash tests/fuzz/ci.sh [SECONDS_PER_TARGET]     (default HUBSTATE_FUZZ_SECONDS or 20)
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${HUBSTATE_FUZZ_BUILD:-$root/build-fuzz}
seconds=${1:-${HUBSTATE_FUZZ_SECONDS:-20}}
# shellcheck source=targets.sh
source "$here/targets.sh"

started=$(date +%s)
bash "$here/build.sh" "$build" || { echo "fuzz: the build failed" >&2; exit 1; }
built=$(date +%s)

work="$build/ci"
rm -rf "$work"
failed=()
for target in "${fuzz_targets[@]}"; do
    binary="$build/tests/fuzz/fuzz_$target"
    mapfile -t options < <(fuzz_options "$target")
    search=$(fuzz_search_options "$target")
    mkdir -p "$work/$target/new" "$work/$target/artifacts"
    log="$work/$target/log"
    # The corpus once, then new inputs; those go to a scratch folder, never into the tree.
    if fuzz_run "$target" "$binary" "${options[@]}" -runs=0 -artifact_prefix="$work/$target/artifacts/" \
            "$fuzz_dir/corpus/$target" >"$log" 2>&1 \
        && { [ "$seconds" -eq 0 ] || fuzz_run "$target" "$binary" "${options[@]}" "$search" -max_total_time="$seconds" -seed="${HUBSTATE_FUZZ_SEED:-1}" \
                -print_final_stats=1 -artifact_prefix="$work/$target/artifacts/" \
                "$work/$target/new" "$fuzz_dir/corpus/$target" >>"$log" 2>&1; }; then
        inputs=$(find "$fuzz_dir/corpus/$target" -type f | wc -l)
        runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
        echo "fuzz: $target ok ($inputs corpus inputs replayed; ${runs:-0} executions in ${seconds} s)"
    else
        failed+=("$target")
        echo "fuzz: $target FAILED; the end of its log:" >&2
        grep -v '^#[0-9]' "$log" | tail -60 >&2
        for artifact in "$work/$target/artifacts"/*; do
            [ -f "$artifact" ] || continue
            echo "fuzz: $target input $(basename "$artifact") ($(stat -c %s "$artifact") bytes), base64:" >&2
            head -c 65536 "$artifact" | base64 -w 0 >&2
            echo >&2
        done
    fi
done
echo "fuzz: build $((built - started)) s, runs $(($(date +%s) - built)) s"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]} (reproduce: $build/tests/fuzz/fuzz_TARGET INPUT)" >&2
    exit 1
fi
