#!/usr/bin/env bash
# The build without the GUI, for servers and containers: configures the source tree in a build
# folder of its own with -DHUBSTATE_BUILD_GUI=OFF, where Qt Gui, Qt Widgets and KF6
# SyntaxHighlighting cannot be found at all (so anything that still asks for them fails to
# configure), builds hubstate-cli, the core library and a sample of the core's tests (each test
# compiles anew there: Qt Test puts the build folder into every test, so ccache cannot share
# them with build/, and CI has two cores), checks that nothing there links a Qt Gui library,
# and runs those tests. The whole core suite runs in build/ already.
#   nogui.sh SOURCE_DIR BUILD_DIR BUILD_TYPE WERROR CXX_COMPILER [COMPILER_LAUNCHER]
# BUILD_DIR lies beside the main build folder (build-nogui/ beside build/): with ccache, the
# compilations the two share are hits, since the paths below the source tree's parent are
# taken as relative ones (CCACHE_BASEDIR) and the working directory is left out of the hash.
set -euo pipefail
source_dir=$1
build=$2
build_type=$3
werror=$4
compiler=$5
launcher=${6:-}
fail() { echo "nogui: $*" >&2; exit 1; }

started=$(date +%s)
if [ -n "$launcher" ] && [ "$(basename "$launcher")" = ccache ]; then
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$source_dir")}
    export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
    -DCMAKE_CXX_COMPILER="$compiler" ${launcher:+-DCMAKE_CXX_COMPILER_LAUNCHER="$launcher"} \
    -DHUBSTATE_WERROR="$werror" -DHUBSTATE_BUILD_GUI=OFF \
    -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Gui=ON -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Widgets=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_KF6SyntaxHighlighting=ON >"$log" 2>&1 \
    || { cat "$log" >&2; fail "configuring without the GUI failed"; }
configured=$(date +%s)
# The settings, the database, backup and restore, and the CLI over all of them.
sample=(tst_preferencesstore tst_settingsmigrator tst_statedatabase tst_backup tst_cli
    tst_clibackup)
cmake --build "$build" --parallel "$(nproc)" --target hubstate-cli "${sample[@]}" >"$log" 2>&1 \
    || { tail -50 "$log" >&2; fail "building hubstate-cli and the core's tests without the GUI failed"; }
built=$(date +%s)

# Nothing in the tree links a Qt Gui library, and the CLI needs none.
if grep -oE 'libQt6(Gui|Widgets|OpenGL|OpenGLWidgets)[^ ]*' "$build/build.ninja" | sort -u | grep .; then
    fail "targets of the build without the GUI link the libraries above"
fi
cli=$build/app/cli/hubstate-cli
[ -x "$cli" ] || fail "$cli was not built"
if readelf -d "$cli" | grep NEEDED | grep -E 'libQt6(Gui|Widgets)'; then
    fail "hubstate-cli needs a Qt Gui library"
fi
"$cli" --version | grep -q 'syntax highlighting: none' || fail "hubstate-cli --version: $("$cli" --version)"

status=0
ctest --test-dir "$build/tests/core" --output-on-failure --parallel "$(nproc)" --timeout 600 \
    -R "^($(IFS='|'; echo "${sample[*]}"))\$" \
    || status=1
echo "nogui: configure $((configured - started)) s, build $((built - configured)) s, tests $(($(date +%s) - built)) s"
exit "$status"
