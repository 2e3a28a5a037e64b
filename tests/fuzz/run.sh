#!/usr/bin/env bash
# Fuzzes the container's header parser and chunk reader with libFuzzer:
#   bash tests/fuzz/run.sh [SECONDS]    (default 60)
# New inputs that reach new code are added to tests/fuzz/corpus/; commit the interesting ones.
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$root/build-fuzz"
if ! command -v clang++ >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q 'install ok'; then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y -q --no-install-recommends clang libclang-rt-14-dev >/dev/null
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUBSTATE_FUZZ=ON -DHUBSTATE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target fuzz_container
mkdir -p "$build/new-corpus"
"$build/tests/fuzz/fuzz_container" -max_total_time="$seconds" -max_len=400000 \
    "$build/new-corpus" "$root/tests/fuzz/corpus"
