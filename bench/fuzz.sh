#!/usr/bin/env bash
# Fuzzes every parser for minutes (ASan + UBSan, libFuzzer) and appends executions and crashes
# per target to bench/RESULTS.md. CI runs the same targets for seconds (tests/fuzz/ci.sh).
#   bash bench/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    (default 300 seconds, every target)
# A crash does not end a target's time: the fuzzer starts again and keeps counting. Each crash's
# input is kept in build-fuzz/fuzz-bench/TARGET/artifacts/, new inputs in build-fuzz/fuzz-bench/TARGET/new/.
# HUBSTATE_CPU_LOCK=FILE: hold flock(FILE) while each target runs, on a machine shared with builds.
set -uo pipefail
seconds=${1:-300}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-fuzz"
# shellcheck source=../tests/fuzz/targets.sh
source "$root/tests/fuzz/targets.sh"
[ $# -gt 0 ] && fuzz_targets=("$@")

bash "$root/tests/fuzz/build.sh" "$build" >/dev/null || { echo "bench: the fuzz build failed" >&2; exit 1; }

rows=()
for target in "${fuzz_targets[@]}"; do
    work="$build/fuzz-bench/$target"
    rm -rf "$work"
    mkdir -p "$work/new" "$work/artifacts"
    mapfile -t options < <(fuzz_options "$target")
    executions=0
    crashes=0
    kinds=()
    if [ -n "${HUBSTATE_CPU_LOCK:-}" ]; then
        exec {lock}>"$HUBSTATE_CPU_LOCK"
        flock "$lock"
    fi
    deadline=$(($(date +%s) + seconds))
    run=0
    while [ "$(date +%s)" -lt "$deadline" ]; do
        run=$((run + 1))
        left=$((deadline - $(date +%s)))
        [ "$left" -gt 0 ] || break
        log="$work/log-$run"
        fuzz_run "$target" "$build/tests/fuzz/fuzz_$target" "${options[@]}" "$(fuzz_search_options "$target")" \
            -max_total_time="$left" -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
            "$work/new" "$fuzz_dir/corpus/$target" >"$log" 2>&1
        status=$?
        done_runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
        if [ -z "$done_runs" ]; then # a crash ends libFuzzer before its final stats
            done_runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
        fi
        executions=$((executions + ${done_runs:-0}))
        if [ "$status" -ne 0 ]; then
            crashes=$((crashes + 1))
            kind=$(grep -m1 -oE 'SUMMARY: [A-Za-z]+Sanitizer: .*|fuzz check failed: .*|ERROR: libFuzzer: [a-z -]+' "$log" | head -1)
            kinds+=("${kind:-exit status $status}")
            echo "bench: $target crashed: ${kind:-exit status $status} (log $log)" >&2
        fi
    done
    [ -n "${HUBSTATE_CPU_LOCK:-}" ] && exec {lock}>&-
    cov=$(grep -oE 'cov: [0-9]+' "$work"/log-* | tail -1 | grep -oE '[0-9]+$')
    corpus=$(find "$fuzz_dir/corpus/$target" "$work/new" -type f | wc -l)
    distinct=$(printf '%s\n' "${kinds[@]+"${kinds[@]}"}" | sed '/^$/d' | sort -u | sed 's/|/\\|/g' | paste -sd ';' -)
    echo "bench: $target: $executions executions in $seconds s, $crashes crashes" >&2
    rows+=("| $target | $seconds s | $(printf "%'d" "$executions") | $(printf "%'d" $((executions / seconds))) | ${cov:-?} | $corpus | $crashes${distinct:+ ($distinct)} |")
done

cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
mem=$(free -g | awk '/^Mem:/ {print $2}')
{
    echo
    echo "## $(date -u +%Y-%m-%d) — fuzzing every parser, $seconds s per target"
    echo
    echo "Machine: $cpu, $(nproc) cores, ${mem} GiB; Debian $(cat /etc/debian_version); $(clang++ --version | head -1); libFuzzer with ASan and UBSan, one target at a time on one core."
    echo
    echo "| target | time | executions | per second | coverage (edges) | corpus after | crashes |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} | tee -a "$root/bench/RESULTS.md"
