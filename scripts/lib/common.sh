# Shared by scripts/test and scripts/demo: Debian packages, the build, and the services they start.
# Sourced, not run. Everything started here is stopped by kakanai_cleanup, and only what was started here.

KAKANAI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
KAKANAI_BUILD=${KAKANAI_BUILD:-$KAKANAI_ROOT/build}

# What building, testing and the demo need on Debian 12 (bookworm).
KAKANAI_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    libssl-dev openssl zlib1g-dev libqrencode-dev
    pcscd libpcsclite-dev vsmartcard-vpcd
    postgresql libpq-dev
    poppler-utils zbar-tools fonts-noto-cjk fonts-dejavu-core libcups2-dev cups-daemon
    clang-format
    procps
)

kakanai_log() { printf '\033[1m[kakanai]\033[0m %s\n' "$*" >&2; }

# Installs whatever of KAKANAI_PACKAGES is missing. Needs root (the README's commands run as root).
kakanai_install_packages() {
    local missing=()
    local p
    for p in "${KAKANAI_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        kakanai_log "missing Debian packages: ${missing[*]} (run as root to install them)"
        return 1
    fi
    kakanai_log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # policy-rc.d keeps apt from starting services (pcscd, postgresql) on its own: we start what we need.
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

kakanai_build() {
    local targets=("$@")
    cmake -S "$KAKANAI_ROOT" -B "$KAKANAI_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    if [ ${#targets[@]} -gt 0 ]; then
        cmake --build "$KAKANAI_BUILD" --target "${targets[@]}"
    else
        cmake --build "$KAKANAI_BUILD"
    fi
}

KAKANAI_PCSCD_PID=
KAKANAI_CHILD_PIDS=()

kakanai_pcscd_running() {
    pgrep -x pcscd >/dev/null 2>&1
}

# Starts pcscd (which loads vpcd from /etc/reader.conf.d/vpcd) unless one is already running.
kakanai_start_pcscd() {
    if kakanai_pcscd_running; then
        kakanai_log "pcscd already running; using it"
        export KAKANAI_PCSCD_OWNED=0
        return 0
    fi
    if [ ! -f /etc/reader.conf.d/vpcd ]; then
        kakanai_log "vsmartcard-vpcd is not configured (/etc/reader.conf.d/vpcd missing)"
        return 1
    fi
    mkdir -p "$KAKANAI_BUILD"
    rm -f /run/pcscd/pcscd.comm /run/pcscd/pcscd.pid
    pcscd --foreground >"$KAKANAI_BUILD/pcscd.log" 2>&1 &
    KAKANAI_PCSCD_PID=$!
    local i
    for i in $(seq 1 50); do
        [ -S /run/pcscd/pcscd.comm ] && break
        sleep 0.1
    done
    if [ ! -S /run/pcscd/pcscd.comm ]; then
        kakanai_log "pcscd did not start; see $KAKANAI_BUILD/pcscd.log"
        return 1
    fi
    # Tests that restart pcscd may only do so when we own it.
    export KAKANAI_PCSCD_OWNED=1
    kakanai_log "started pcscd (pid $KAKANAI_PCSCD_PID) with the vpcd virtual reader"
}

kakanai_stop_pcscd() {
    [ -n "$KAKANAI_PCSCD_PID" ] || return 0
    # A test may have restarted pcscd; stop whichever pcscd now runs in its place.
    local pid=$KAKANAI_PCSCD_PID
    if ! kill -0 "$pid" 2>/dev/null && [ -f /run/pcscd/pcscd.pid ]; then
        pid=$(tr -cd '0-9' </run/pcscd/pcscd.pid 2>/dev/null || true)
    fi
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    KAKANAI_PCSCD_PID=
    kakanai_log "stopped pcscd"
}

# ---------------------------------------------------------------------------------------------------------------
# A throw-away PostgreSQL for the back office's integration tests (backoffice/README.md, "Test database").
#
# kakanai_start_postgres creates everything in one temporary folder: a test CA (and a second, untrusted one),
# server certificates (valid, expired) and client certificates made with openssl, a cluster made by initdb (run as
# the postgres OS user when we are root: initdb refuses root), TLS-only TCP access on localhost with certificate
# authentication, the database, the login roles, and the intake schema applied by `kakanai-inbox migrate`.
# kakanai_stop_postgres stops that server (only it) and deletes the folder; kakanai_cleanup calls it.
#
# Exported to the tests:
#   KAKANAI_PG_HOST, KAKANAI_PG_PORT, KAKANAI_PG_DBNAME   where the server listens (TLS only)
#   KAKANAI_PG_TLS        folder with ca.crt, other-ca.crt and <name>.crt/.key client pairs (admin, kiosk, staff,
#                         stranger = signed by the other CA); keys are 0600
#   KAKANAI_PG_ADMIN_USER, KAKANAI_PG_KIOSK_USER, KAKANAI_PG_STAFF_USER   login roles (certificate CN = role)
#   KAKANAI_PG_CTL        helper: `$KAKANAI_PG_CTL stop|start|tls expired|tls normal` (tests that stop the
#                         server or swap its certificate take ctest's RESOURCE_LOCK postgres)
#   KAKANAI_PG_OWNED=1    the server is ours to stop and restart
KAKANAI_PG_DIR=

kakanai_pg_bindir() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && printf '%s\n' "$d"
    done | sort -V | tail -n 1
}

# kakanai_pg_certs DIR: the test PKI. EC P-256 keys (fast to make), two days of validity.
kakanai_pg_certs() {
    local dir=$1 name
    mkdir -p "$dir"
    (
        set -e
        cd "$dir"
        umask 077
        for name in ca other-ca; do
            openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$name.key" \
                -out "$name.crt" -days 2 -subj "/O=Kakanai test/CN=Kakanai $name" \
                -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
        done
        # sign NAME CA CN DAYS EXTENSIONS [KEY]: a certificate for a new key, or for NAME's existing KEY.
        sign() {
            if [ -n "${6:-}" ]; then
                openssl req -new -key "$6.key" -out "$1.csr" -subj "/O=Kakanai test/CN=$3" 2>/dev/null
            else
                openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$1.key" -out "$1.csr" \
                    -subj "/O=Kakanai test/CN=$3" 2>/dev/null
            fi
            printf '%s\n' "$5" >"$1.ext"
            openssl x509 -req -in "$1.csr" -CA "$2.crt" -CAkey "$2.key" -CAcreateserial -days "$4" \
                -extfile "$1.ext" -out "$1.crt" 2>/dev/null
            rm -f "$1.csr" "$1.ext"
        }
        local server_ext='basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1'
        local client_ext='basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth'
        sign server ca localhost 2 "$server_ext"
        # notAfter one day before notBefore: expired from the moment it is made.
        # (same key, so that the server can swap certificates on reload).
        sign server-expired ca localhost -1 "$server_ext" server
        sign admin ca "$KAKANAI_PG_ADMIN_USER" 2 "$client_ext"
        sign kiosk ca "$KAKANAI_PG_KIOSK_USER" 2 "$client_ext"
        sign staff ca "$KAKANAI_PG_STAFF_USER" 2 "$client_ext"
        sign stranger other-ca "$KAKANAI_PG_KIOSK_USER" 2 "$client_ext"
        rm -f ./*.srl other-ca.key
        chmod 644 ./*.crt
        chmod 600 ./*.key
    )
}

# A free TCP port on localhost (KAKANAI_PG_PORT wins when set).
kakanai_pg_free_port() {
    local p
    for _ in $(seq 1 50); do
        p=$(shuf -i 20000-59999 -n 1)
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            printf '%s\n' "$p"
            return 0
        fi
    done
    return 1
}

kakanai_start_postgres() {
    if [ -n "$KAKANAI_PG_DIR" ]; then
        return 0
    fi
    local bindir
    bindir=$(kakanai_pg_bindir)
    if [ -z "$bindir" ]; then
        kakanai_log "PostgreSQL server binaries not found (Debian package postgresql)"
        return 1
    fi
    local inbox="$KAKANAI_BUILD/bin/kakanai-inbox"
    if [ ! -x "$inbox" ]; then
        kakanai_log "$inbox is missing: build before starting PostgreSQL (it applies the schema)"
        return 1
    fi
    export KAKANAI_PG_ADMIN_USER=kakanai_admin
    export KAKANAI_PG_KIOSK_USER=kakanai_kiosk_test
    export KAKANAI_PG_STAFF_USER=kakanai_staff_test
    export KAKANAI_PG_DBNAME=kakanai
    export KAKANAI_PG_HOST=localhost

    KAKANAI_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/kakanai-pg.XXXXXX")
    chmod 755 "$KAKANAI_PG_DIR"
    local dir=$KAKANAI_PG_DIR data=$KAKANAI_PG_DIR/data
    local runas=()
    if [ "$(id -u)" -eq 0 ]; then
        runas=(runuser -u postgres --)
    fi

    kakanai_pg_certs "$dir/tls" || { kakanai_log "could not create the test certificates"; return 1; }
    # The server reads its own key; the test runner (this user) keeps the client keys.
    mkdir -p "$dir/server" "$data" "$dir/socket"
    cp "$dir/tls/server.key" "$dir/tls/server.crt" "$dir/tls/server-expired.crt" "$dir/tls/ca.crt" "$dir/server/"
    rm -f "$dir/tls/server.key"
    chmod 700 "$dir/server" "$data" "$dir/socket"
    if [ ${#runas[@]} -gt 0 ]; then
        chown -R postgres: "$dir/server" "$data" "$dir/socket"
    fi

    if ! "${runas[@]}" "$bindir/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
        --auth-host=reject >"$dir/initdb.log" 2>&1; then
        kakanai_log "initdb failed; see $dir/initdb.log"
        return 1
    fi
    local port=${KAKANAI_PG_PORT:-$(kakanai_pg_free_port)}
    export KAKANAI_PG_PORT=$port
    # TLS only over TCP, certificate authentication (CN = role); the Unix socket is private to the server's user.
    # terse errors: the server log never holds a failing row's values (DETAIL lines).
    cat >>"$data/postgresql.conf" <<CONF
listen_addresses = 'localhost'
port = $port
unix_socket_directories = '$dir/socket'
unix_socket_permissions = 0700
max_connections = 40
shared_buffers = 32MB
ssl = on
ssl_cert_file = '$dir/server/server.crt'
ssl_key_file = '$dir/server/server.key'
ssl_ca_file = '$dir/server/ca.crt'
ssl_min_protocol_version = 'TLSv1.2'
log_error_verbosity = terse
log_min_error_statement = panic
include_if_exists = '$dir/server/tls_override.conf'
CONF
    cat >"$data/pg_hba.conf" <<HBA
local   all  all                 trust
hostssl all  all  127.0.0.1/32   cert
hostssl all  all  ::1/128        cert
HBA
    if [ ${#runas[@]} -gt 0 ]; then
        chown postgres: "$data/postgresql.conf" "$data/pg_hba.conf"
    fi

    # The helper the fault and TLS tests call; it only ever touches this server.
    cat >"$dir/pgctl" <<CTL
#!/usr/bin/env bash
# Generated by kakanai_start_postgres for the throw-away test server in $dir.
set -euo pipefail
runas=(${runas[*]})
case "\${1:-}" in
    stop) "\${runas[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null ;;
    start)
        "\${runas[@]}" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1 ||
            "\${runas[@]}" "$bindir/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 start >/dev/null ;;
    tls)
        case "\${2:-}" in
            expired) echo "ssl_cert_file = '$dir/server/server-expired.crt'" >"$dir/server/tls_override.conf" ;;
            normal) : >"$dir/server/tls_override.conf" ;;
            *) echo "usage: \$0 tls expired|normal" >&2; exit 2 ;;
        esac
        [ \${#runas[@]} -eq 0 ] || chown postgres: "$dir/server/tls_override.conf"
        "\${runas[@]}" "$bindir/pg_ctl" -D "$data" reload >/dev/null ;;
    *) echo "usage: \$0 stop|start|tls expired|tls normal" >&2; exit 2 ;;
esac
CTL
    chmod 755 "$dir/pgctl"
    : >"$dir/server/tls_override.conf"
    [ ${#runas[@]} -eq 0 ] || chown postgres: "$dir/server/tls_override.conf"
    touch "$dir/postgres.log"
    [ ${#runas[@]} -eq 0 ] || chown postgres: "$dir/postgres.log"

    if ! "$dir/pgctl" start; then
        kakanai_log "PostgreSQL did not start; see $dir/postgres.log"
        return 1
    fi
    export KAKANAI_PG_CTL=$dir/pgctl
    export KAKANAI_PG_TLS=$dir/tls
    export KAKANAI_PG_OWNED=1

    local psql=("${runas[@]}" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -U postgres)
    "${psql[@]}" -d postgres >/dev/null <<SQL || { kakanai_log "creating the test roles failed"; return 1; }
CREATE ROLE $KAKANAI_PG_ADMIN_USER LOGIN CREATEROLE CREATEDB;
CREATE DATABASE $KAKANAI_PG_DBNAME OWNER $KAKANAI_PG_ADMIN_USER;
CREATE ROLE $KAKANAI_PG_KIOSK_USER LOGIN;
CREATE ROLE $KAKANAI_PG_STAFF_USER LOGIN;
SQL
    cat >"$dir/admin.ini" <<INI
[admin]
host=$KAKANAI_PG_HOST
port=$port
dbname=$KAKANAI_PG_DBNAME
user=$KAKANAI_PG_ADMIN_USER
sslrootcert=$dir/tls/ca.crt
sslcert=$dir/tls/admin.crt
sslkey=$dir/tls/admin.key
INI
    if ! "$inbox" --config "$dir/admin.ini" migrate >"$dir/migrate.log" 2>&1; then
        kakanai_log "kakanai-inbox migrate failed:"
        cat "$dir/migrate.log" >&2
        return 1
    fi
    "${psql[@]}" -d "$KAKANAI_PG_DBNAME" >/dev/null <<SQL || { kakanai_log "granting the test roles failed"; return 1; }
GRANT kakanai_kiosk TO $KAKANAI_PG_KIOSK_USER;
GRANT kakanai_staff TO $KAKANAI_PG_STAFF_USER;
SQL
    kakanai_log "started PostgreSQL on localhost:$port (TLS, certificates in $dir/tls)"
}

kakanai_stop_postgres() {
    [ -n "$KAKANAI_PG_DIR" ] || return 0
    local dir=$KAKANAI_PG_DIR
    if [ -x "$dir/pgctl" ] && [ -f "$dir/data/postmaster.pid" ]; then
        "$dir/pgctl" stop 2>/dev/null || kakanai_log "PostgreSQL in $dir did not stop cleanly"
    fi
    rm -rf "$dir"
    KAKANAI_PG_DIR=
    unset KAKANAI_PG_CTL KAKANAI_PG_TLS KAKANAI_PG_OWNED
    kakanai_log "stopped PostgreSQL"
}

kakanai_cleanup() {
    local pid
    for pid in "${KAKANAI_CHILD_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${KAKANAI_CHILD_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    KAKANAI_CHILD_PIDS=()
    kakanai_stop_postgres
    kakanai_stop_pcscd
}
