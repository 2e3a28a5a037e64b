#!/usr/bin/env bash
# Builds the libFuzzer targets (and hubstate_core, which they link) with clang, ASan and UBSan:
#   bash tests/fuzz/build.sh [BUILD_DIR]     (default build-fuzz/ at the top of the tree)
# Debug with -O1: fast enough to fuzz, and Qt's own Q_ASSERTs (bounds of QList, QString) stay on.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build-fuzz}
if ! command -v clang++ >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q 'install ok'; then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y -q --no-install-recommends clang libclang-rt-14-dev >/dev/null
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DHUBSTATE_FUZZ=ON -DHUBSTATE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz_targets
