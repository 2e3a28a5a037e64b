#!/usr/bin/env bash
# Fuzzes one or more targets with libFuzzer, for a developer at work on a parser:
#   bash tests/fuzz/run.sh [SECONDS] [TARGET...]    (default 60 seconds, every target)
# Targets: container config policy settings layout history manifest catalog propfind.
# New inputs go to build-fuzz/new-corpus/TARGET/; the command printed at the end merges the
# ones that reach new code into tests/fuzz/corpus/TARGET/, which every test run replays.
set -euo pipefail
seconds=${1:-60}
shift || true
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build="$(cd "$here/../.." && pwd)/build-fuzz"
# shellcheck source=targets.sh
source "$here/targets.sh"
[ $# -gt 0 ] && fuzz_targets=("$@")

bash "$here/build.sh" "$build"
for target in "${fuzz_targets[@]}"; do
    mapfile -t options < <(fuzz_options "$target")
    mkdir -p "$build/new-corpus/$target" "$build/artifacts/$target"
    fuzz_run "$target" "$build/tests/fuzz/fuzz_$target" "${options[@]}" "$(fuzz_search_options "$target")" \
        -max_total_time="$seconds" -artifact_prefix="$build/artifacts/$target/" \
        "$build/new-corpus/$target" "$here/corpus/$target"
    echo "To keep what reached new code: $build/tests/fuzz/fuzz_$target -merge=1" \
        "$here/corpus/$target $build/new-corpus/$target"
done
