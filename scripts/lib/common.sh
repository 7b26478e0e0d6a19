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
    postgresql
    poppler-utils zbar-tools fonts-noto-cjk libcups2-dev cups-daemon
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

kakanai_cleanup() {
    local pid
    for pid in "${KAKANAI_CHILD_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${KAKANAI_CHILD_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    KAKANAI_CHILD_PIDS=()
    kakanai_stop_pcscd
}
