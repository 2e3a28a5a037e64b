#!/usr/bin/env bash
# Installs the build into PREFIX (emptied first) as `cmake --install` does for a -dev package,
# and checks what is there: the library under its SONAME, the public headers, the CMake
# package and the pkg-config file, none of them naming the build or source tree.
#   install-tree.sh BUILD_DIR PREFIX
set -euo pipefail
build=$1
prefix=$2
fail() { echo "install-tree: $*" >&2; exit 1; }

rm -rf "$prefix"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cmake --install "$build" --prefix "$prefix" >"$log" 2>&1 || { cat "$log" >&2; fail "cmake --install failed"; }

library=$(find "$prefix" -name 'libhubstate.so.*.*.*' -type f)
[ -n "$library" ] || fail "no libhubstate.so.X.Y.Z in $prefix"
libdir=$(dirname "$library")
[ "$(readlink "$libdir/libhubstate.so.0")" = "$(basename "$library")" ] || fail "libhubstate.so.0 does not point at $library"
[ "$(readlink "$libdir/libhubstate.so")" = libhubstate.so.0 ] || fail "libhubstate.so does not point at libhubstate.so.0"
soname=$(readelf -d "$library" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$soname" = libhubstate.so.0 ] || fail "SONAME is '$soname', not libhubstate.so.0"
dynamic=$(readelf -d "$library")
if grep -E 'RPATH|RUNPATH' <<<"$dynamic"; then
    fail "the installed library keeps a run path (above)"
fi

for file in include/hubstate/hubstate.h include/hubstate/client.h include/hubstate/version.h \
    "${libdir#"$prefix"/}/cmake/Hubstate/HubstateConfig.cmake" \
    "${libdir#"$prefix"/}/cmake/Hubstate/HubstateConfigVersion.cmake" \
    "${libdir#"$prefix"/}/cmake/Hubstate/HubstateTargets.cmake" \
    "${libdir#"$prefix"/}/pkgconfig/hubstate.pc"; do
    [ -f "$prefix/$file" ] || fail "$file is not installed"
done
# Nothing but the library's own headers: no core header slipped into the public ones.
if grep -rlE '#include *["<](core|ui|app)/' "$prefix/include"; then
    fail "a public header includes a header of the source tree"
fi
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
if grep -rlF -e "$source_dir" -e "$(cd "$build" && pwd)" "$prefix/include" "$libdir/cmake" "$libdir/pkgconfig"; then
    fail "an installed file names the source or build tree"
fi
echo "installed: $library (SONAME $soname) and $(find "$prefix/include/hubstate" -name "*.h" | wc -l) headers"
