#!/usr/bin/env bash
# Runs a command against a real WebDAV server of its own: Apache httpd with mod_dav (Debian's
# apache2) on a free loopback port, with its own configuration in a temporary folder, stopped
# and removed afterwards. The command sees:
#   HUBSTATE_WEBDAV_URL       http://127.0.0.1:PORT/ (the server root, no user name)
#   HUBSTATE_WEBDAV_USER      the user the server accepts (Basic auth, htpasswd)
#   HUBSTATE_WEBDAV_PASSWORD  that user's password
#   HUBSTATE_WEBDAV_ROOT      the folder the server serves (collection "backups/" exists)
#   HUBSTATE_WEBDAV_TLS_URL   https://127.0.0.1:PORT2/, the same folder over TLS with a
#                             self-signed certificate for 127.0.0.1 (mod_ssl)
#   HUBSTATE_WEBDAV_TLS_CERT  that certificate (PEM), for a client that chooses to trust it
#   HUBSTATE_WEBDAV_NGINX_URL  http://127.0.0.1:PORT3/, a second server of another kind: nginx
#                             with its dav and dav-ext modules (Debian's nginx-light and
#                             libnginx-mod-http-dav-ext), same user and password. It leaves
#                             dot-files out of its listings, as Apache does not.
#   HUBSTATE_WEBDAV_NGINX_ROOT the folder nginx serves (collection "backups/" exists)
#   HUBSTATE_WEBDAV_RCLONE_URL http://127.0.0.1:PORT4/, a third kind: `rclone serve webdav`
#                             (Debian's rclone), same user and password. It lists dot-files,
#                             and it ignores If-Match (a conditional PUT or MOVE is carried out
#                             whatever the ETag), so nothing may rely on conditional requests.
#   HUBSTATE_WEBDAV_RCLONE_ROOT the folder rclone serves (collection "backups/" exists)
# Usage: with-webdav.sh COMMAND...
set -euo pipefail
apache=${HUBSTATE_APACHE:-/usr/sbin/apache2}
modules=/usr/lib/apache2/modules
nginx=${HUBSTATE_NGINX:-/usr/sbin/nginx}
nginx_dav_ext=/usr/lib/nginx/modules/ngx_http_dav_ext_module.so
rclone=${HUBSTATE_RCLONE:-/usr/bin/rclone}
if [[ ! -x $apache ]]; then
    echo "with-webdav.sh: $apache not found (install Debian's apache2)" >&2
    exit 1
fi
if [[ ! -x $nginx || ! -f $nginx_dav_ext ]]; then
    echo "with-webdav.sh: nginx with dav-ext not found (install nginx-light and libnginx-mod-http-dav-ext)" >&2
    exit 1
fi
if [[ ! -x $rclone ]]; then
    echo "with-webdav.sh: $rclone not found (install Debian's rclone)" >&2
    exit 1
fi

scratch=$(mktemp -d /tmp/hubstate-webdav.XXXXXX)
chmod 755 "$scratch" # Apache's worker user must traverse it
conf=$scratch/httpd.conf
stop() {
    if [[ -f $scratch/run/rclone.pid ]]; then
        local rpid
        rpid=$(cat "$scratch/run/rclone.pid")
        kill "$rpid" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$rpid" 2>/dev/null || break; sleep 0.05; done
    fi
    if [[ -f $scratch/run/nginx.pid ]]; then
        local npid
        npid=$(cat "$scratch/run/nginx.pid")
        kill "$npid" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$npid" 2>/dev/null || break; sleep 0.05; done
    fi
    if [[ -f $scratch/run/httpd.pid ]]; then
        local pid
        pid=$(cat "$scratch/run/httpd.pid")
        "$apache" -f "$conf" -k stop 2>/dev/null || kill "$pid" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    fi
    rm -rf "$scratch"
}
trap stop EXIT

user=hubstate
password=webdav-$RANDOM$RANDOM
mkdir -p "$scratch/run" "$scratch/logs" "$scratch/lock" "$scratch/dav/backups" "$scratch/tls" \
    "$scratch/nginx-dav/backups" "$scratch/nginx-tmp" "$scratch/rclone-dav/backups"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$scratch/tls/key.pem" -out "$scratch/tls/cert.pem" 2>/dev/null
htpasswd -cbB "$scratch/htpasswd" "$user" "$password" 2>/dev/null
htpasswd -cbm "$scratch/nginx.htpasswd" "$user" "$password" 2>/dev/null
if [[ $(id -u) == 0 ]]; then
    owner="User www-data
Group www-data"
    nginx_owner="user www-data;"
    chown -R www-data:www-data "$scratch/dav" "$scratch/lock" "$scratch/nginx-dav" "$scratch/nginx-tmp"
    chmod 644 "$scratch/htpasswd" "$scratch/nginx.htpasswd"
else
    owner=""
    nginx_owner=""
fi

free_port() {
    # Bind port 0 and let the kernel choose; a race with another process is retried below.
    if command -v python3 >/dev/null; then
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
    else
        echo $((20000 + RANDOM % 40000)) # a taken port makes Apache fail to start: retried
    fi
}

for attempt in 1 2 3 4 5; do
    port=$(free_port)
    tls_port=$(free_port)
    [[ $tls_port == "$port" ]] && continue
    cat >"$conf" <<CONF
ServerRoot "$scratch"
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile "$scratch/run/httpd.pid"
DefaultRuntimeDir "$scratch/run"
ErrorLog "$scratch/logs/error.log"
LogLevel warn
$owner
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule authn_core_module $modules/mod_authn_core.so
LoadModule authn_file_module $modules/mod_authn_file.so
LoadModule auth_basic_module $modules/mod_auth_basic.so
LoadModule authz_user_module $modules/mod_authz_user.so
LoadModule dav_module $modules/mod_dav.so
LoadModule dav_fs_module $modules/mod_dav_fs.so
LoadModule socache_shmcb_module $modules/mod_socache_shmcb.so
LoadModule ssl_module $modules/mod_ssl.so
StartServers 1
ServerLimit 1
ThreadsPerChild 16
ThreadLimit 16
MaxRequestWorkers 16
MinSpareThreads 1
MaxSpareThreads 16
DavLockDB "$scratch/lock/DavLock"
DocumentRoot "$scratch/dav"
LimitRequestBody 0
Listen 127.0.0.1:$tls_port
<VirtualHost 127.0.0.1:$tls_port>
    SSLEngine on
    SSLCertificateFile "$scratch/tls/cert.pem"
    SSLCertificateKeyFile "$scratch/tls/key.pem"
</VirtualHost>
<Directory "$scratch/dav">
    Dav On
    AuthType Basic
    AuthName "hubstate-test"
    AuthUserFile "$scratch/htpasswd"
    Require valid-user
</Directory>
CONF
    if "$apache" -f "$conf" -k start 2>"$scratch/logs/start.log"; then
        # Ready once it answers (401 without credentials).
        for _ in $(seq 200); do
            if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
                started=1
                break
            fi
            sleep 0.05
        done
    fi
    [[ ${started:-0} == 1 ]] && break
    [[ -f $scratch/run/httpd.pid ]] && "$apache" -f "$conf" -k stop 2>/dev/null || true
    sleep 0.2
done
if [[ ${started:-0} != 1 ]]; then
    echo "with-webdav.sh: Apache did not start:" >&2
    cat "$scratch/logs/start.log" "$scratch/logs/error.log" >&2 2>/dev/null || true
    exit 1
fi

# nginx: its own port, retried like Apache's.
for attempt in 1 2 3 4 5; do
    nginx_port=$(free_port)
    [[ $nginx_port == "$port" || $nginx_port == "$tls_port" ]] && continue
    cat >"$scratch/nginx.conf" <<CONF
load_module $nginx_dav_ext;
$nginx_owner
worker_processes 1;
pid $scratch/run/nginx.pid;
error_log $scratch/logs/nginx-error.log warn;
daemon on;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $scratch/nginx-tmp/body;
    proxy_temp_path $scratch/nginx-tmp/proxy;
    client_max_body_size 0;
    server {
        listen 127.0.0.1:$nginx_port;
        root $scratch/nginx-dav;
        location / {
            dav_methods PUT DELETE MKCOL COPY MOVE;
            dav_ext_methods PROPFIND OPTIONS;
            dav_access user:rw group:r;
            auth_basic "hubstate-test";
            auth_basic_user_file $scratch/nginx.htpasswd;
        }
    }
}
CONF
    if "$nginx" -c "$scratch/nginx.conf" -p "$scratch/" 2>"$scratch/logs/nginx-start.log"; then
        for _ in $(seq 200); do
            if (exec 3<>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null; then
                nginx_started=1
                break
            fi
            sleep 0.05
        done
    fi
    [[ ${nginx_started:-0} == 1 ]] && break
    sleep 0.2
done
if [[ ${nginx_started:-0} != 1 ]]; then
    echo "with-webdav.sh: nginx did not start:" >&2
    cat "$scratch/logs/nginx-start.log" "$scratch/logs/nginx-error.log" >&2 2>/dev/null || true
    exit 1
fi

# rclone: its own port, retried like the others. It reads Apache's htpasswd (bcrypt), so the
# password is never on its command line. Ready once it answers HTTP (401 without credentials).
answers_http() {
    local line
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'OPTIONS / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    IFS= read -r -t 2 line <&3 || line=
    exec 3<&- 3>&-
    [[ $line == HTTP/* ]]
}
for attempt in 1 2 3 4 5; do
    rclone_port=$(free_port)
    [[ $rclone_port == "$port" || $rclone_port == "$tls_port" || $rclone_port == "$nginx_port" ]] &&
        continue
    "$rclone" serve webdav "$scratch/rclone-dav" --addr "127.0.0.1:$rclone_port" \
        --htpasswd "$scratch/htpasswd" --config "$scratch/rclone.conf" \
        --cache-dir "$scratch/rclone-cache" --log-file "$scratch/logs/rclone.log" \
        </dev/null >/dev/null 2>&1 &
    echo $! >"$scratch/run/rclone.pid"
    for _ in $(seq 200); do
        kill -0 "$(cat "$scratch/run/rclone.pid")" 2>/dev/null || break # it gave up (port taken)
        if answers_http "$rclone_port" 2>/dev/null; then
            rclone_started=1
            break
        fi
        sleep 0.05
    done
    [[ ${rclone_started:-0} == 1 ]] && break
    kill "$(cat "$scratch/run/rclone.pid")" 2>/dev/null || true
    rm -f "$scratch/run/rclone.pid"
    sleep 0.2
done
if [[ ${rclone_started:-0} != 1 ]]; then
    echo "with-webdav.sh: rclone did not start:" >&2
    cat "$scratch/logs/rclone.log" >&2 2>/dev/null || true
    exit 1
fi

export HUBSTATE_WEBDAV_URL="http://127.0.0.1:$port/"
export HUBSTATE_WEBDAV_USER=$user HUBSTATE_WEBDAV_PASSWORD=$password
export HUBSTATE_WEBDAV_ROOT=$scratch/dav
export HUBSTATE_WEBDAV_TLS_URL="https://127.0.0.1:$tls_port/"
export HUBSTATE_WEBDAV_TLS_CERT=$scratch/tls/cert.pem
export HUBSTATE_WEBDAV_NGINX_URL="http://127.0.0.1:$nginx_port/"
export HUBSTATE_WEBDAV_NGINX_ROOT=$scratch/nginx-dav
export HUBSTATE_WEBDAV_RCLONE_URL="http://127.0.0.1:$rclone_port/"
export HUBSTATE_WEBDAV_RCLONE_ROOT=$scratch/rclone-dav
set +e
"$@"
status=$?
set -e
if [[ $status != 0 && -s $scratch/logs/error.log ]]; then
    echo "--- Apache error log ---" >&2
    tail -n 40 "$scratch/logs/error.log" >&2
fi
exit $status
