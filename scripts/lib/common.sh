# Shared by scripts/test and scripts/demo: Debian packages, the build, and the services they start.
# Sourced, not run. Everything started here is stopped by kakanai_cleanup, and only what was started here.

KAKANAI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
KAKANAI_BUILD=${KAKANAI_BUILD:-$KAKANAI_ROOT/build}

# Debian 12 (bookworm) packages, in three lists, so that a kiosk never gets what only building or testing needs
# (a compiler; vsmartcard-vpcd, whose driver listens on TCP port 35963 on every interface and lets anyone on the
# network present a virtual card). The Debian packages built by scripts/package declare the runtime list (and
# what shlibdeps finds) as their dependencies; this list is what running from a build tree needs.
KAKANAI_RUNTIME_PACKAGES=(
    pcscd libccid cage xwayland
    libqt6sql6-sqlite libqt6sql6-psql qt6-wayland qt6-translations-l10n
    fonts-noto-cjk openssl
    libanthy1 anthy-common
)
# Building, and making the Debian packages (scripts/package: CPack's DEB generator, dpkg-shlibdeps from dpkg-dev,
# help2man for the man pages).
KAKANAI_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git dpkg-dev file help2man
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 libgl-dev
    libssl-dev zlib1g-dev libqrencode-dev libpcsclite-dev libpq-dev libcups2-dev
    qt6-multimedia-dev libzxing-dev libanthy-dev python3
)
# Only scripts/test and scripts/demo: the virtual card's reader driver, the throw-away PostgreSQL and cupsd, the
# checkers of the tests, and the install test's tools (lintian, cage, grim, systemd-analyze, unshare).
KAKANAI_TEST_PACKAGES=(
    vsmartcard-vpcd
    postgresql
    poppler-utils zbar-tools fonts-dejavu-core cups-daemon
    clang-format
    procps iproute2 util-linux
    lintian grim systemd fakeroot python3
    chromium
)

# kakanai_install_node: node and npm for the pre-entry page (web/: its build step vendors the QR encoder from npm;
# its tests drive Chromium through puppeteer-core). Debian's nodejs and npm, unless an npm is already there (a
# machine with another Node.js distribution keeps it: Debian's npm would conflict with it). The npm packages
# themselves are installed by the build (npm ci into <build>/web-node/, cached in ~/.npm).
kakanai_install_node() {
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        return 0
    fi
    kakanai_install_packages nodejs npm
}

kakanai_log() { printf '\033[1m[kakanai]\033[0m %s\n' "$*" >&2; }

# kakanai_install_packages PACKAGE...: installs whichever of them is missing. Needs root (the README's commands run
# as root). apt-get starts the services of what it installs (pcscd's socket, PostgreSQL's cluster, cupsd) when an
# init system runs; the scripts start their own throw-away instances instead, so during the install a policy-rc.d
# that answers 101 ("action forbidden") keeps apt from starting any service. It is ours only if there was none:
# then it is removed afterwards, whatever happens; an existing one (containers ship one) is left as it is.
kakanai_install_packages() {
    local missing=()
    local p
    for p in "$@"; do
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
    local policy=/usr/sbin/policy-rc.d ours=0 rc=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\n# Written by Kakanai scripts/lib/common.sh for one apt-get run; removed after it.\nexit 101\n' \
            >"$policy"
        chmod 755 "$policy"
        ours=1
    fi
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || rc=$?
    if [ "$ours" -eq 1 ]; then
        rm -f "$policy"
    fi
    return "$rc"
}

# kakanai_build [TARGET...]: configures (with $KAKANAI_CMAKE_ARGS, e.g. -DKAKANAI_WERROR=ON in scripts/test) and
# builds the targets, or everything.
# KAKANAI_NO_BUILD=1: the build tree is up to date already (tests that run scripts/demo); nothing is built.
kakanai_build() {
    local targets=("$@")
    if [ "${KAKANAI_NO_BUILD:-0}" = 1 ]; then
        return 0
    fi
    # shellcheck disable=SC2086 # KAKANAI_CMAKE_ARGS is a list of words on purpose
    cmake -S "$KAKANAI_ROOT" -B "$KAKANAI_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${KAKANAI_CMAKE_ARGS:-} >/dev/null
    if [ ${#targets[@]} -gt 0 ]; then
        cmake --build "$KAKANAI_BUILD" --target "${targets[@]}"
    else
        cmake --build "$KAKANAI_BUILD"
    fi
}

KAKANAI_PCSCD_PID=
KAKANAI_CHILD_PIDS=()
# systemd units of the system's pcscd that kakanai_start_pcscd stopped, restarted by kakanai_stop_pcscd.
KAKANAI_PCSCD_RESTORE=()
KAKANAI_PCSCD_SOCKET=${KAKANAI_PCSCD_SOCKET:-/run/pcscd/pcscd.comm}

kakanai_pcscd_running() {
    pgrep -x pcscd >/dev/null 2>&1
}

# True when something listens on pcscd's socket: a running pcscd, or a socket-activation manager (systemd, or
# systemd-socket-activate) that starts pcscd on the first connection.
kakanai_pcscd_socket_listening() {
    [ -S "$KAKANAI_PCSCD_SOCKET" ] && ss -xlnH 2>/dev/null | grep -qF " $KAKANAI_PCSCD_SOCKET "
}

kakanai_systemd_running() {
    [ -d /run/systemd/system ]
}

# Starts pcscd (which loads vpcd from /etc/reader.conf.d/vpcd) for the tests and the demo, and never deletes or
# replaces another pcscd's socket:
#  - systemd runs pcscd (pcscd.socket or pcscd.service active): both are stopped with systemctl, our pcscd runs
#    in their place (the tests that restart pcscd need one of their own), and kakanai_stop_pcscd starts the
#    units again that were active;
#  - otherwise a pcscd that runs, or a socket on which something listens (socket activation outside systemd), is
#    used as it is and left alone (KAKANAI_PCSCD_OWNED=0: the tests do not restart it);
#  - otherwise our own pcscd. A socket file nobody listens on is left by a pcscd that died; pcscd itself replaces
#    it when it starts.
kakanai_start_pcscd() {
    if kakanai_systemd_running; then
        local unit
        for unit in pcscd.socket pcscd.service; do
            if systemctl is-active --quiet "$unit" 2>/dev/null; then
                KAKANAI_PCSCD_RESTORE+=("$unit")
            fi
        done
        if [ ${#KAKANAI_PCSCD_RESTORE[@]} -gt 0 ]; then
            kakanai_log "stopping the system's ${KAKANAI_PCSCD_RESTORE[*]} for the run (started again at the end)"
            systemctl stop pcscd.socket pcscd.service
        fi
    fi
    if kakanai_pcscd_running || kakanai_pcscd_socket_listening; then
        kakanai_log "pcscd already running (or socket-activated) at $KAKANAI_PCSCD_SOCKET; using it"
        export KAKANAI_PCSCD_OWNED=0
        # A socket-activated pcscd starts (and loads vpcd, which the virtual card connects to) only when a PC/SC
        # client connects: wake it with one.
        if ! kakanai_pcscd_running && [ -x "$KAKANAI_BUILD/bin/kakanai-card" ]; then
            "$KAKANAI_BUILD/bin/kakanai-card" readers >/dev/null 2>&1 || true
        fi
        return 0
    fi
    if [ ! -f /etc/reader.conf.d/vpcd ]; then
        kakanai_log "vsmartcard-vpcd is not configured (/etc/reader.conf.d/vpcd missing)"
        return 1
    fi
    mkdir -p "$KAKANAI_BUILD"
    pcscd --foreground >"$KAKANAI_BUILD/pcscd.log" 2>&1 &
    KAKANAI_PCSCD_PID=$!
    local i
    for i in $(seq 1 50); do
        kakanai_pcscd_socket_listening && break
        sleep 0.1
    done
    if ! kakanai_pcscd_socket_listening; then
        kakanai_log "pcscd did not start; see $KAKANAI_BUILD/pcscd.log"
        return 1
    fi
    # Tests that restart pcscd may only do so when we own it.
    export KAKANAI_PCSCD_OWNED=1
    kakanai_log "started pcscd (pid $KAKANAI_PCSCD_PID) with the vpcd virtual reader"
}

kakanai_stop_pcscd() {
    if [ -n "$KAKANAI_PCSCD_PID" ]; then
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
    fi
    if [ ${#KAKANAI_PCSCD_RESTORE[@]} -gt 0 ]; then
        systemctl start "${KAKANAI_PCSCD_RESTORE[@]}" || kakanai_log "could not start ${KAKANAI_PCSCD_RESTORE[*]} again"
        kakanai_log "started the system's ${KAKANAI_PCSCD_RESTORE[*]} again"
        KAKANAI_PCSCD_RESTORE=()
    fi
}

# ---------------------------------------------------------------------------------------------------------------
# A throw-away PostgreSQL for the back office's integration tests (outbox/README.md, "Test database").
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
#                         retention, stranger = signed by the other CA); keys are 0600
#   KAKANAI_PG_ADMIN_USER, KAKANAI_PG_KIOSK_USER, KAKANAI_PG_STAFF_USER, KAKANAI_PG_RETENTION_USER
#                         login roles (certificate CN = role)
#   KAKANAI_PG_CTL        helper: `$KAKANAI_PG_CTL stop|start|tls expired|tls normal|superuser-sql SQL` (tests
#                         that stop the server or swap its certificate take ctest's RESOURCE_LOCK postgres)
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
        sign retention ca "$KAKANAI_PG_RETENTION_USER" 2 "$client_ext"
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
    export KAKANAI_PG_RETENTION_USER=kakanai_retention_test
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
    # superuser-sql SQL: one statement as the cluster's superuser over the private socket (tests that change rows
    # the way only a superuser could, e.g. the audit trail's tamper test).
    superuser-sql)
        "\${runas[@]}" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -U postgres \
            -d "$KAKANAI_PG_DBNAME" -c "\${2:?usage: \$0 superuser-sql SQL}" ;;
    *) echo "usage: \$0 stop|start|tls expired|tls normal|superuser-sql SQL" >&2; exit 2 ;;
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
CREATE ROLE $KAKANAI_PG_RETENTION_USER LOGIN;
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
GRANT kakanai_retention TO $KAKANAI_PG_RETENTION_USER;
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
