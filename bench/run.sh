#!/usr/bin/env bash
# Measures Hubstate's quality bars on this machine and appends the figures to bench/RESULTS.md.
#   bash bench/run.sh [MESSAGES]     (default: the heavy profile's 1,000,000 messages)
# Needs what installer/setup.sh installs, plus hyperfine (installed here when missing).
set -euo pipefail

messages=${1:-1000000}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-bench"
work=$(mktemp -d /tmp/hubstate-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8

if ! command -v hyperfine >/dev/null || ! command -v sqlite3 >/dev/null; then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y -q --no-install-recommends hyperfine sqlite3 >/dev/null
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUBSTATE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target hubstate-cli hubstate-bench-search hubstate-bench-bare \
    hubstate-bench-container >/dev/null
cli="$build/app/cli/hubstate-cli"

seconds() { # runs a command, prints its wall time in seconds and peak memory in MiB
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null
    read -r wall kib <"$work/time"
    echo "$wall $((kib / 1024))"
}

echo "bench: generating $messages messages" >&2
agents=50
conversations=$((messages / 20))
"$cli" dev generate-history "$work/history.jsonl" --messages "$messages" --agents "$agents"

# --- import: Hubstate against the sqlite3 shell loading the same rows into the same schema ---
"$cli" --profile "$work/ours" layout list >/dev/null # creates the database at the current schema
sqlite3 "$work/ours/data/hubstate.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
cp "$work/ours/data/hubstate.db" "$work/baseline.db"
cat >"$work/baseline.sql" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -51200;
CREATE TEMP TABLE raw (line TEXT);
.mode ascii
.separator "$(printf '\x1e')" "\n"
.import $work/history.jsonl raw
BEGIN;
INSERT OR IGNORE INTO conversations (id, agent_id, title, created_at)
  SELECT json_extract(line, '\$.conversationId'), json_extract(line, '\$.agentId'),
         substr(json_extract(line, '\$.content'), 1, 80),
         min(CAST(round((julianday(json_extract(line, '\$.timestamp')) - 2440587.5) * 86400000.0) AS INTEGER))
  FROM raw GROUP BY 1;
INSERT INTO messages (conversation_id, role, content, timestamp)
  SELECT json_extract(line, '\$.conversationId'), json_extract(line, '\$.role'), json_extract(line, '\$.content'),
         CAST(round((julianday(json_extract(line, '\$.timestamp')) - 2440587.5) * 86400000.0) AS INTEGER)
  FROM raw;
COMMIT;
SQL
echo "bench: importing" >&2
read -r ours_s ours_mib < <(seconds "$cli" --profile "$work/ours" history import "$work/history.jsonl")
read -r base_s base_mib < <(seconds sh -c "sqlite3 '$work/baseline.db' < '$work/baseline.sql'")
base_count=$(sqlite3 "$work/baseline.db" 'SELECT count(*) FROM messages; SELECT count(*) FROM messages_fts WHERE messages_fts MATCH "zeppelin";' | tr '\n' ' ')
ours_count=$("$cli" --profile "$work/ours" --json history stats | grep '"messages"' | tr -dc 0-9)

# --- search latency over the imported history ---
echo "bench: searching" >&2
search=$("$build/bench/hubstate-bench-search" "$work/ours/data/hubstate.db" 10)

# --- start-up on the heavy profile: layouts and agents added to the same history ---
"$cli" --profile "$work/ours" dev generate-profile --messages 0 --layouts 200 --agents "$agents" >/dev/null
db_mib=$(( $(stat -c %s "$work/ours/data/hubstate.db") / 1048576 ))
echo "bench: start-up" >&2
hyperfine -N --warmup 5 --runs 40 --export-json "$work/startup.json" \
    "$cli --profile $work/ours config get preferences.theme.mode" \
    "$build/bench/hubstate-bench-bare" >/dev/null
startup=$(python3 - "$work/startup.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
cli, bare = r[0]["mean"] * 1000, r[1]["mean"] * 1000
print(f"{cli:.1f} ms vs {bare:.1f} ms bare QCoreApplication: {cli / bare:.2f}x")
PY
)

# --- the encrypted container against OpenSSL's own AES-256-GCM at 64 KiB blocks ---
echo "bench: container" >&2
container=$("$build/bench/hubstate-bench-container" 512)
openssl_kbs=$(openssl speed -evp aes-256-gcm -bytes 65536 -seconds 3 2>/dev/null | awk '/^AES-256-GCM/ {print $2}' | tr -d k)
openssl_mbs=$(python3 -c "print(f'{$openssl_kbs / 1000:.0f}')")
read -r _ enc _ _ dec _ <<<"$container"
container_ratio=$(python3 -c "print(f'{min($enc, $dec) / ($openssl_kbs / 1000):.2f}')")

rate() { python3 -c "print(f'{$messages / $1:,.0f}')"; }
ratio=$(python3 -c "print(f'{$base_s / $ours_s:.2f}')")
cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
mem=$(free -g | awk '/^Mem:/ {print $2}')
{
    echo
    echo "## $(date -u +%Y-%m-%d) — $messages messages in $conversations conversations, 200 layouts, $agents agents"
    echo
    echo "Machine: $cpu, $(nproc) cores, ${mem} GiB; Debian $(cat /etc/debian_version); SQLite $(sqlite3 --version | cut -d' ' -f1); database ${db_mib} MiB."
    echo
    echo "| measure | result | goal |"
    echo "|---|---|---|"
    echo "| history import, Hubstate | ${ours_s} s, $(rate "$ours_s") messages/s, peak ${ours_mib} MiB ($ours_count messages) | |"
    echo "| same rows, sqlite3 shell (INSERT ... SELECT, same schema and FTS triggers) | ${base_s} s, $(rate "$base_s") messages/s ($base_count) | |"
    echo "| import throughput against the shell | ${ratio} | at least 0.8 |"
    echo "| full-text search, 20 hits | $search | p95 under 20 ms |"
    echo "| start-up to \`config get\` | $startup | under 2x |"
    echo "| container, 512 MiB at 64 KiB chunks | $container; \`openssl speed -evp aes-256-gcm\` $openssl_mbs MB/s: ${container_ratio} of it | at least 0.7 |"
} | tee -a "$root/bench/RESULTS.md"
