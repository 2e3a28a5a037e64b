#!/usr/bin/env bash
# Sync figures on a profile with 200 layouts and 50 agents, against a plain folder and the
# loopback WebDAV servers of tests/backup/with-webdav.sh (Apache, nginx, and rclone when the
# fixture starts it), with a real keychain; appends them to bench/RESULTS.md.
#   bash bench/sync.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-bench"
export LANG=C.UTF-8
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUBSTATE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target hubstate-bench-sync >/dev/null
out=$(mktemp /tmp/hubstate-bench-sync.XXXXXX)
trap 'rm -f "$out"' EXIT

"$root/tests/keychain/with-keyring.sh" unlocked "$root/tests/backup/with-webdav.sh" bash -c '
    set -euo pipefail
    bench=$1
    folder=$(mktemp -d /tmp/hubstate-bench-sync-folder.XXXXXX)
    trap "rm -rf $folder" EXIT
    withUser() { echo "${1/http:\/\//http://$HUBSTATE_WEBDAV_USER@}backups/bench-sync/"; }
    run() { "$bench" "$2" | sed "s/^/$1\t/"; }
    run folder "$folder/store"
    run apache "$(withUser "$HUBSTATE_WEBDAV_URL")"
    run nginx "$(withUser "$HUBSTATE_WEBDAV_NGINX_URL")"
    if [[ -n ${HUBSTATE_WEBDAV_RCLONE_URL:-} ]]; then run rclone "$(withUser "$HUBSTATE_WEBDAV_RCLONE_URL")"; fi
' _ "$build/bench/hubstate-bench-sync" >"$out" 2>/dev/null

{
    echo
    echo "## $(date -u +%F) — sync: 200 layouts, 50 agents, two devices"
    echo
    echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB; $(. /etc/os-release; echo "$PRETTY_NAME")."
    echo
    echo "| store | measure | result | goal |"
    echo "|---|---|---|---|"
    while IFS=$'\t' read -r store measure figure; do
        goal=""
        case $measure in
        "first sync"*) goal="under 2 s" ;;
        "one-setting change: bytes"*) goal="at most 4 KiB" ;;
        "sync with nothing new") goal="one listing" ;;
        esac
        echo "| $store | $measure | $figure | $goal |"
    done <"$out"
} >>"$root/bench/RESULTS.md"
tail -n 20 "$root/bench/RESULTS.md"
