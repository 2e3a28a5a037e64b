#!/usr/bin/env bash
# The installed library as a program of the hub meets it (PREFIX from install-tree.sh):
#  - it exports the API of include/hubstate/ and nothing of the core;
#  - each public header compiles alone, in C++17, through find_package(Hubstate)
#    (headercheck/CMakeLists.txt), and so does the program of docs/library.md, which then runs;
#  - pkg-config gives the flags to build that program without CMake.
#   abi-check.sh PREFIX HEADERCHECK_DIR DOC SCRATCH CXX
set -euo pipefail
prefix=$1
headercheck=$2
doc=$3
scratch=$4
cxx=$5
fail() { echo "abi-check: $*" >&2; exit 1; }
rm -rf "$scratch"
mkdir -p "$scratch"

library=$(find "$prefix" -name 'libhubstate.so.0' | head -n 1)
[ -n "$library" ] || fail "no libhubstate.so.0 under $prefix"
libdir=$(dirname "$library")

# Exported: Hubstate:: (the API), never Hubstate::Core:: nor anything else of the link, and
# all of it under the version node of the SONAME.
nm -D --defined-only -C "$library" | awk '$2 != "A" { $1 = ""; $2 = ""; print substr($0, 3) }' \
    >"$scratch/versioned.txt"
if grep -v '@@HUBSTATE_0$' "$scratch/versioned.txt" >&2; then
    fail "exported symbols without the version HUBSTATE_0 (above)"
fi
sed 's/@@HUBSTATE_0$//' "$scratch/versioned.txt" >"$scratch/exported.txt"
exported=$(wc -l <"$scratch/exported.txt")
if grep -v 'Hubstate::' "$scratch/exported.txt" >"$scratch/foreign.txt" \
    || grep 'Hubstate::Core::' "$scratch/exported.txt" >>"$scratch/foreign.txt"; then
    head -n 20 "$scratch/foreign.txt" >&2
    fail "$(wc -l <"$scratch/foreign.txt") exported symbols are not the API (first ones above)"
fi
# A program may derive from Client (or qobject_cast to it): its type information is exported.
for needed in 'typeinfo for Hubstate::Client' 'vtable for Hubstate::Client' \
    'Hubstate::Client::staticMetaObject'; do
    grep -qxF "$needed" "$scratch/exported.txt" || fail "$needed is not exported"
done
echo "exported: $exported symbols, all of the API"

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$headercheck" -B "$scratch/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix" -DHUBSTATE_PREFIX="$prefix" -DHUBSTATE_DOC="$doc" \
    -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" >"$scratch/configure.log" 2>&1 \
    || { cat "$scratch/configure.log" >&2; fail "find_package(Hubstate) against $prefix failed"; }
grep -E 'Hubstate|public headers' "$scratch/configure.log" | sed 's/^-- //'
nice cmake --build "$scratch/build" >"$scratch/build.log" 2>&1 \
    || { cat "$scratch/build.log" >&2; fail "a public header or the program of docs/library.md does not build"; }
echo "each header compiles alone in C++17; the program of $(basename "$doc") builds"

# The program of the page runs against the installed library, on a profile of its own.
profile="$scratch/profile"
set +e
HUBSTATE_POLICY_FILE='' QT_QPA_PLATFORM=offscreen timeout 5 "$scratch/build/docprogram" "$profile" \
    >"$scratch/docprogram.out" 2>&1
status=$?
set -e
[ "$status" = 124 ] || { cat "$scratch/docprogram.out" >&2; fail "the program of docs/library.md ended with $status before it was stopped"; }
grep -q '^preferences.theme.mode = auto$' "$scratch/docprogram.out" \
    || { cat "$scratch/docprogram.out" >&2; fail "the program of docs/library.md did not print the theme"; }
ldd "$scratch/build/docprogram" | grep -F "$libdir/libhubstate.so.0" >/dev/null \
    || fail "the program did not load the installed library: $(ldd "$scratch/build/docprogram" | grep hubstate)"
echo "the program ran on the installed library"

# pkg-config alone, no CMake: the same program builds and links.
export PKG_CONFIG_PATH="$libdir/pkgconfig"
flags=$(pkg-config --cflags hubstate) || fail "pkg-config --cflags hubstate failed"
libs=$(pkg-config --libs hubstate) || fail "pkg-config --libs hubstate failed"
found=no
for flag in $flags; do
    case "$flag" in
    -I*) [ "$(realpath -m "${flag#-I}")" = "$(realpath -m "$prefix/include")" ] && found=yes ;;
    esac
done
[ "$found" = yes ] || fail "pkg-config gives '$flags', without $prefix/include"
# shellcheck disable=SC2086 # the flags are words
"$cxx" -std=c++17 -fPIC $flags -c "$scratch/build/docprogram.cpp" -o "$scratch/pc.o" \
    || fail "the program does not compile with pkg-config's flags"
# shellcheck disable=SC2086
"$cxx" "$scratch/pc.o" $libs -o "$scratch/pc-program" || fail "the program does not link with pkg-config's flags"
echo "pkg-config: $(pkg-config --modversion hubstate): $flags $libs"
