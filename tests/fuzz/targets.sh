# Sourced by the fuzz scripts (ci.sh, run.sh, bench/fuzz.sh): the targets and their options.
# shellcheck shell=bash
fuzz_targets=(container config policy settings layout history manifest catalog propfind wal sync s3xml)
fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# The targets' scratch files, on tmpfs when there is one; removed when the script ends, also
# after a crash (which leaves the target no time to clean up).
scratch_parent=/dev/shm
[ -w "$scratch_parent" ] || scratch_parent=${TMPDIR:-/tmp}
export HUBSTATE_FUZZ_SCRATCH
HUBSTATE_FUZZ_SCRATCH=$(mktemp -d "$scratch_parent/hubstate-fuzz-run.XXXXXX")
trap 'rm -rf "$HUBSTATE_FUZZ_SCRATCH"' EXIT

# UBSan stops at its first report (the build lets it recover otherwise), so the fuzzer keeps
# the input as a crash.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}

# fuzz_options TARGET: the libFuzzer options every run of the target takes.
fuzz_options() {
    local options=(-timeout=25 -rss_limit_mb=2048)
    case $1 in
    container) options+=(-max_len=400000) ;;
    *) options+=(-max_len=16384) ;;
    esac
    [ -f "$fuzz_dir/dict/$1.dict" ] && options+=("-dict=$fuzz_dir/dict/$1.dict")
    printf '%s\n' "${options[@]}"
}

# fuzz_run TARGET COMMAND...: runs a target's binary in the environment it needs.
fuzz_run() {
    case $1 in
    policy | settings)
        # QSettings decodes typed values (`key=@Variant(...)`) with QDataStream, which tries
        # allocations as large as a 100-byte file claims (known; see README.md). A release
        # build gets a null pointer or untouched pages and carries on; ASan would write the
        # shadow of every page (gigabytes). Allocations over 1 GiB fail here instead.
        shift
        ASAN_OPTIONS="$ASAN_OPTIONS:allocator_may_return_null=1:max_allocation_size_mb=1024" "$@" ;;
    *)
        shift
        "$@" ;;
    esac
}

# fuzz_search_options TARGET: what fuzzing (not replaying) adds. The targets that write files
# or a database keep caches across inputs (QSettings', SQLite's), so libFuzzer would run a full
# leak scan after nearly every input, at a quarter of the speed; their leaks are still caught
# when the corpus is replayed and at exit.
fuzz_search_options() {
    case $1 in
    config | policy | settings | history | catalog) echo -detect_leaks=0 ;;
    *) echo -detect_leaks=1 ;;
    esac
}
