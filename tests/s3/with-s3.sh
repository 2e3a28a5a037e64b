#!/usr/bin/env bash
# Runs a command against a real S3-protocol server of its own: s3rver (from the npm registry;
# `installer/setup.sh test` runs `npm ci` in tests/s3/server/) on a free loopback port,
# with Signature Version 4 checked on every request and its data in a temporary folder, stopped
# and removed afterwards. The command sees:
#   HUBSTATE_S3_ENDPOINT   127.0.0.1:PORT (plain http)
#   HUBSTATE_S3_KEY_ID     the access key id the server knows
#   HUBSTATE_S3_SECRET     its secret access key
#   HUBSTATE_S3_BUCKET     a bucket that exists ("backups"; "spare" exists too)
#   HUBSTATE_S3_ROOT       the folder the server keeps its buckets in
#   HUBSTATE_S3_TLS_ENDPOINT  127.0.0.1:PORT2, a second server over https with a self-signed
#                          certificate for 127.0.0.1 (same key pair, buckets of its own)
#   HUBSTATE_S3_TLS_CERT   that certificate (PEM), for a client that chooses to trust it
# Usage: with-s3.sh COMMAND...   (HUBSTATE_S3RVER_MODULES: the node_modules folder to use)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
modules=${HUBSTATE_S3RVER_MODULES:-$here/server/node_modules}
if ! command -v node >/dev/null; then
    echo "with-s3.sh: node not found (install Debian's nodejs)" >&2
    exit 1
fi
if [[ ! -f $modules/@20minutes/s3rver/package.json ]]; then
    echo "with-s3.sh: s3rver is not installed in $modules (run \`npm ci\` in tests/s3/server/, as installer/setup.sh test does)" >&2
    exit 1
fi

scratch=$(mktemp -d /tmp/hubstate-s3.XXXXXX)
stop() {
    for p in ${pid:-} ${tls_pid:-}; do
        kill "$p" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.05; done
    done
    rm -rf "$scratch"
}
trap stop EXIT

mkdir -p "$scratch/data"
# A key pair of its own each run; the secret goes to the server on stdin, not its command line.
key_id=HSTEST$RANDOM$RANDOM
secret=hs3-$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
umask 077
printf '%s\n%s\n' "$key_id" "$secret" >"$scratch/keypair"
# s3rver makes its continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider.
HUBSTATE_S3RVER_MODULES=$modules node --openssl-legacy-provider "$here/server/run.js" "$scratch/data" "$scratch/port" \
    backups spare <"$scratch/keypair" >"$scratch/server.log" 2>&1 &
pid=$!
mkdir -p "$scratch/tls-data"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$scratch/tls-key.pem" -out "$scratch/tls-cert.pem" 2>/dev/null
HUBSTATE_S3RVER_MODULES=$modules HUBSTATE_S3RVER_TLS_KEY=$scratch/tls-key.pem \
    HUBSTATE_S3RVER_TLS_CERT=$scratch/tls-cert.pem \
    node --openssl-legacy-provider "$here/server/run.js" "$scratch/tls-data" "$scratch/tls-port" \
    backups <"$scratch/keypair" >"$scratch/tls-server.log" 2>&1 &
tls_pid=$!
for which in port tls-port; do
    for _ in $(seq 400); do
        [[ -s $scratch/$which ]] && break
        kill -0 "$pid" 2>/dev/null && kill -0 "$tls_pid" 2>/dev/null || break
        sleep 0.05
    done
    if [[ ! -s $scratch/$which ]]; then
        echo "with-s3.sh: s3rver did not start:" >&2
        cat "$scratch/server.log" "$scratch/tls-server.log" >&2 || true
        exit 1
    fi
done

export HUBSTATE_S3_ENDPOINT="127.0.0.1:$(cat "$scratch/port")"
export HUBSTATE_S3_KEY_ID=$key_id HUBSTATE_S3_SECRET=$secret HUBSTATE_S3_BUCKET=backups
export HUBSTATE_S3_ROOT=$scratch/data
export HUBSTATE_S3_TLS_ENDPOINT="127.0.0.1:$(cat "$scratch/tls-port")"
export HUBSTATE_S3_TLS_CERT=$scratch/tls-cert.pem
set +e
"$@"
status=$?
set -e
if [[ $status != 0 && -s $scratch/server.log ]]; then
    echo "--- s3rver log ---" >&2
    tail -n 40 "$scratch/server.log" >&2
fi
exit $status
