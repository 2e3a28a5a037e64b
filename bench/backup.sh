#!/usr/bin/env bash
# Backup and restore of the heavy profile against restic, in the same run, on this machine,
# and the GUI's start-up on that profile against a bare Qt window; appends the figures to
# bench/RESULTS.md.
#   bash bench/backup.sh [MESSAGES]     (default: the heavy profile's 1,000,000 messages)
# Hubstate: `backup create` (encrypted, read back and verified in full) and `backup restore`
# into an empty profile (a new machine). restic: `backup` of the same database file (after a
# checkpoint, so it is the whole database) into a new repository, and `restore latest`.
set -euo pipefail

messages=${1:-1000000}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-bench"
work=$(mktemp -d /tmp/hubstate-bench-backup.XXXXXX)
trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8

if ! command -v restic >/dev/null || ! command -v sqlite3 >/dev/null || ! command -v faketime >/dev/null; then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y -q --no-install-recommends restic sqlite3 faketime >/dev/null
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUBSTATE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target hubstate-cli hubstate hubstate-bench-bare-window >/dev/null
if ! command -v hyperfine >/dev/null; then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y -q --no-install-recommends hyperfine >/dev/null
fi
cli="$build/app/cli/hubstate-cli"

measure() { # runs a command; prints wall seconds and peak memory in MiB
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    read -r wall kib <"$work/time"
    echo "$wall $((kib / 1024))"
}
drop_caches() { sync; [ -w /proc/sys/vm/drop_caches ] && echo 3 >/proc/sys/vm/drop_caches || true; }

echo "bench: generating the heavy profile ($messages messages)" >&2
"$cli" --profile "$work/profile" dev generate-profile --messages "$messages" --layouts 200 --agents 50 >/dev/null
db="$work/profile/data/hubstate.db"
sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
db_mib=$(( $(stat -c %s "$db") / 1048576 ))
printf 'bench password\n' >"$work/password"

echo "bench: backups" >&2
drop_caches
read -r ours_s ours_mib < <(measure "$cli" --profile "$work/profile" backup create --password-file "$work/password")
file=$(ls "$work/profile/backups/"*.hsbk)
file_mib=$(( $(stat -c %s "$file") / 1048576 ))
export RESTIC_PASSWORD_FILE="$work/password" RESTIC_REPOSITORY="$work/restic" RESTIC_CACHE_DIR="$work/restic-cache"
restic init >/dev/null 2>&1
drop_caches
read -r restic_s restic_mib < <(measure restic backup --quiet "$db")
restic_mib_repo=$(( $(du -sb "$work/restic" | cut -f1) / 1048576 ))

# The same backup as scheduled backups make it: the key from the keychain (a real
# gnome-keyring in a private session), no password and no KDF. The first run sets the key up.
"$root/tests/keychain/with-keyring.sh" unlocked bash -c '
    "$0" --profile "$1" backup create --password-file "$2" >/dev/null || exit 1
    sync; [ -w /proc/sys/vm/drop_caches ] && echo 3 >/proc/sys/vm/drop_caches
    /usr/bin/time -f "%e %M" -o "$3" "$0" --profile "$1" backup create >/dev/null || exit 1
    # Two days on, as the timer finds it, nothing changed: the stamps of the files compared, no file.
    # NO_FAKE_STAT: libfaketime would otherwise move the times of the files two days on as well,
    # which time passing does not do (and which makes the stamps differ).
    ls "$1/backups" | wc -l >"$4.before"
    sync; [ -w /proc/sys/vm/drop_caches ] && echo 3 >/proc/sys/vm/drop_caches
    LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1 FAKETIME=+2d NO_FAKE_STAT=1 \
        /usr/bin/time -f "%e %M" -o "$4" "$0" --profile "$1" backup create --if-due >/dev/null
    ls "$1/backups" | wc -l >"$4.after"' \
    "$cli" "$work/profile" "$work/password" "$work/time-keychain" "$work/time-unchanged"
read -r keychain_s keychain_kib <"$work/time-keychain"
keychain_mib=$((keychain_kib / 1024))
read -r unchanged_s unchanged_kib <"$work/time-unchanged"
unchanged_mib=$((unchanged_kib / 1024))
new_files=$(( $(cat "$work/time-unchanged.after") - $(cat "$work/time-unchanged.before") ))
# restic's second backup of the same, unchanged database.
repo_before=$(du -sb "$work/restic" | cut -f1)
drop_caches
read -r restic_again_s restic_again_mib < <(measure restic backup --quiet "$db")
restic_again_kib=$(( ($(du -sb "$work/restic" | cut -f1) - repo_before) / 1024 ))

echo "bench: restores" >&2
drop_caches
read -r ours_r ours_r_mib < <(measure "$cli" --profile "$work/restored" backup restore "$file" --password-file "$work/password")
drop_caches
read -r restic_r restic_r_mib < <(measure restic restore latest --target "$work/restic-restored")
restored=$(sqlite3 "$work/restored/data/hubstate.db" 'SELECT count(*) FROM messages')

echo "bench: GUI start-up" >&2
export QT_QPA_PLATFORM=offscreen
hyperfine -N --warmup 3 --runs 20 --export-json "$work/gui.json" \
    "$build/app/gui/hubstate --profile $work/profile --screenshot $work/window.png" \
    "$build/bench/hubstate-bench-bare-window $work/bare.png" >/dev/null
gui=$(python3 - "$work/gui.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
ours, bare = r[0]["mean"] * 1000, r[1]["mean"] * 1000
print(f"| GUI start-up to a drawn window (offscreen) | {ours:.0f} ms | bare Qt window {bare:.0f} ms | {ours / bare:.2f} | under 2 |")
PY
)

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
mem=$(free -g | awk '/^Mem:/ {print $2}')
{
    echo
    echo "## $(date -u +%Y-%m-%d) — backup and restore: $messages messages, 200 layouts, 50 agents"
    echo
    echo "Machine: $cpu, $(nproc) cores, ${mem} GiB; Debian $(cat /etc/debian_version); $(restic version | cut -d' ' -f1-2); database ${db_mib} MiB."
    echo
    echo "| measure | Hubstate | restic (or a bare window) | ratio | goal |"
    echo "|---|---|---|---|---|"
    echo "| backup, encrypted with the keychain's backup key, as scheduled backups run (read back and verified in full) | ${keychain_s} s, peak ${keychain_mib} MiB | ${restic_s} s | $(ratio "$keychain_s" "$restic_s") | at most 0.75, peak under 100 MiB |"
    echo "| backup, encrypted under a password given on the command line (a one-off key: calibrated Argon2id, then the same) | ${ours_s} s, peak ${ours_mib} MiB, file ${file_mib} MiB | ${restic_s} s, peak ${restic_mib} MiB, repository ${restic_mib_repo} MiB | $(ratio "$ours_s" "$restic_s") | at most 0.75, peak under 100 MiB |"
    echo "| backup of the unchanged profile (\`--if-due\`, two days later), against a full backup | ${unchanged_s} s, peak ${unchanged_mib} MiB, ${new_files} new files | full backup ${keychain_s} s; restic again ${restic_again_s} s, ${restic_again_kib} KiB stored | $(ratio "$unchanged_s" "$keychain_s") | at most 0.2, no new file |"
    echo "| restore into an empty profile | ${ours_r} s, peak ${ours_r_mib} MiB ($restored messages) | ${restic_r} s, peak ${restic_r_mib} MiB | $(ratio "$ours_r" "$restic_r") | under 1 |"
    echo "$gui"
} | tee -a "$root/bench/RESULTS.md"
