#!/usr/bin/env bash
# Sets Hubstate up on Debian 12 and then either starts it or runs the whole test suite.
#   bash installer/setup.sh run [ARGS...]   install what is missing, build, start the GUI
#   bash installer/setup.sh test            install what is missing, build, run CTest, then
#                                           the tests without widgets and the fuzz targets
#                                           under ASan and UBSan, the threaded ones under TSan
#   bash installer/setup.sh package         install what is missing, build, make the Debian
#                                           packages in build/ (installer/README.md)
set -euo pipefail

mode=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"

# Everything the build, the tests and their real fixtures (Secret Service, WebDAV, an X server
# with the accessibility bus) need; clang and its sanitizer runtimes build the fuzz targets (g++
# brings its own ASan, UBSan and TSan for tests/sanitize/).
packages=(
    cmake ninja-build g++ pkg-config clang-format ccache clang libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qtkeychain-qt6-dev
    libssl-dev libargon2-dev libzstd-dev libarchive-dev libsqlite3-dev sqlite3 nlohmann-json3-dev
    libsimdjson-dev
    gnome-keyring dbus libsecret-tools apache2 nginx-light libnginx-mod-http-dav-ext rclone faketime
    xvfb at-spi2-core python3-pyatspi python3-dbus python3-gi
    # The packages (cpack, dpkg-shlibdeps), the icons drawn from the SVG, and the packaging
    # tests: validators of what is installed, lintian, the shells whose completion is run.
    dpkg-dev file librsvg2-bin desktop-file-utils appstream shared-mime-info libglib2.0-bin
    systemd man-db lintian bash-completion zsh
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "setup: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The S3-protocol server the S3 tests start (s3rver, from the npm registry), installed as its
# lock file pins it into tests/s3/server/node_modules/ (ignored by git), where every build tree's
# tests find it (tests/s3/with-s3.sh). Only `test` needs it.
if [ "$mode" = test ]; then
    if ! command -v npm >/dev/null; then
        sudo=()
        [ "$(id -u)" -eq 0 ] || sudo=(sudo)
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends nodejs npm
    fi
    s3server="$root/tests/s3/server"
    # Installed again when the lock file changed since (a copy of it marks the install).
    if ! cmp -s "$s3server/package-lock.json" "$s3server/node_modules/.hubstate-lock.json"; then
        echo "setup: installing the S3 test server (npm ci in tests/s3/server)"
        (cd "$s3server" && npm ci --no-audit --no-fund --loglevel=error)
        cp "$s3server/package-lock.json" "$s3server/node_modules/.hubstate-lock.json"
    fi
fi

# ccache takes the paths below the clone's parent as relative ones and leaves the working
# directory out, so that build-nogui/ (the test nogui_build) reuses what build/ compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUBSTATE_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "setup: built; no display to open Hubstate's window on (set DISPLAY or WAYLAND_DISPLAY)." >&2
        echo "setup: the command-line twin works without one: $build/app/cli/hubstate-cli --help" >&2
        exit 1
    fi
    exec "$build/app/gui/hubstate" "$@"
    ;;
test)
    status=0
    (cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900) || status=$?
    # hubstate-cli and the tests without widgets again, built with gcc, ASan and UBSan in
    # build-asan/; a sanitizer report from any of their processes fails the run.
    bash "$root/tests/sanitize/asan.sh" || { [ "$status" -ne 0 ] || status=1; }
    # The tests whose code runs on several threads, built with ThreadSanitizer in build-tsan/.
    bash "$root/tests/sanitize/tsan.sh" || { [ "$status" -ne 0 ] || status=1; }
    # Every parser under ASan and UBSan in build-fuzz/: its corpus replayed, then fuzzed for
    # HUBSTATE_FUZZ_SECONDS (default 20) per target; 0 replays only.
    bash "$root/tests/fuzz/ci.sh" || { [ "$status" -ne 0 ] || status=1; }
    exit "$status"
    ;;
package)
    # hubstate, libhubstate0 and libhubstate-dev (cmake/Packaging.cmake), into build/.
    (cd "$build" && cpack -G DEB)
    ;;
*)
    echo "usage: bash installer/setup.sh run|test|package" >&2
    exit 2
    ;;
esac
