#!/bin/bash
# A real full disk: a 24 MiB tmpfs in a private mount namespace holds the profile; each write
# path runs with a few KiB left, must fail with a message, leave what was there intact, and
# work again once there is room. Usage: diskfull.sh DIR CLI (exits 77, skipped, without root).
set -u
disk=$1
cli=$2
if [ -z "${DISKFULL_INSIDE:-}" ]; then
    [ "$(id -u)" -eq 0 ] || { echo "skipped: mounting a tmpfs needs root"; exit 77; }
    rm -rf "$disk" && mkdir -p "$disk"
    unshare -m --propagation private true 2>/dev/null \
        || { echo "skipped: no private mount namespace (unshare -m)"; exit 77; }
    DISKFULL_INSIDE=1 exec unshare -m --propagation private bash "$0" "$@"
fi
outside=$(dirname "$disk")
mount -t tmpfs -o size=24m tmpfs "$disk" || { echo "skipped: cannot mount a tmpfs"; exit 77; }
p="$disk/profile"
run() { "$cli" --profile "$p" "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
fill() { # leaves about $1 bytes free
    rm -f "$disk/fill"
    local free
    free=$(( $(stat -f -c '%a' "$disk") * $(stat -f -c '%S' "$disk") ))
    fallocate -l $(( free - $1 )) "$disk/fill" || fail "cannot fill the disk"
}
room() { rm -f "$disk/fill"; }

run dev generate-profile --messages 300 >/dev/null || fail "generate-profile"
run config set preferences.theme.mode dark >/dev/null || fail "config set"
run backup create --no-encrypt >/dev/null || fail "first backup"
cp "$p/config/hubstate.ini" "$outside/ini.before"
messages=$(run --json history stats | python3 -c 'import json,sys; print(json.load(sys.stdin)["messages"])')
python3 - "$outside/import.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as out:
    for i in range(20000):
        out.write(json.dumps({"conversationId": f"full-{i // 100}", "agentId": "scout",
                              "role": "user", "content": "x" * 200 + str(i),
                              "timestamp": "2026-01-31T12:00:00Z"}) + "\n")
PY

for free in 2048 4096; do
    fill "$free"
    run config set preferences.theme.mode light 2>"$outside/err" && fail "config set succeeded on a full disk"
    grep -q . "$outside/err" || fail "config set failed without a message"
    cmp -s "$p/config/hubstate.ini" "$outside/ini.before" || fail "the settings file changed ($free bytes free)"
    [ -s "$p/config/hubstate.ini" ] || fail "the settings file was emptied"
done

fill 65536
run history import "$outside/import.jsonl" 2>"$outside/err" && fail "history import succeeded on a full disk"
grep -q . "$outside/err" || fail "history import failed without a message"
room
[ "$(run --json history stats | python3 -c 'import json,sys; print(json.load(sys.stdin)["messages"])')" = "$messages" ] \
    || fail "history import left part of the file"
run check --full >/dev/null || fail "check --full after the failed import"

fill 65536
backups=$(ls "$p/backups" | wc -l)
run backup create --no-encrypt 2>"$outside/err" && fail "backup create succeeded on a full disk"
grep -q . "$outside/err" || fail "backup create failed without a message"
room
[ "$(ls "$p/backups" | wc -l)" = "$backups" ] || fail "a failed backup left a file"
ls "$p/backups" | grep -q partial && fail "a failed backup left a partial file"

# Room again: everything works.
run config set preferences.theme.mode light >/dev/null || fail "config set once there is room"
[ "$(run config get preferences.theme.mode)" = light ] || fail "the setting did not take"
run history import "$outside/import.jsonl" >/dev/null || fail "history import once there is room"
run backup create --no-encrypt >/dev/null || fail "backup once there is room"
echo "disk-full: every write failed cleanly and worked again with room"
