#!/usr/bin/env bash
# Test: scripts/demo on a machine whose pcscd is socket-activated leaves that pcscd working afterwards.
#
# Run in mount, network and PID namespaces of its own (unshare), so that it neither sees nor touches the
# machine's pcscd or the one scripts/test started: /run/pcscd is a fresh tmpfs, vpcd's TCP port 35963 is that of
# the namespace's own loopback, and pgrep sees only the namespace's processes. In there, pcscd is socket-activated the way systemd's pcscd.socket does it, by
# systemd-socket-activate (from the systemd package: it holds the listening socket and starts
# `pcscd --foreground --auto-exit` with LISTEN_FDS on the first connection), because this machine's PID 1 may be
# no systemd. Nothing connects before the demo, so pcscd is not running yet: the state of a socket-activated
# pcscd after its --auto-exit, in which the scripts used to delete the socket and start their own. Then
# scripts/demo runs its whole offscreen walk, and afterwards the test checks that the same socket (same inode)
# is still there and listening, held by the activated pcscd, and that a PC/SC client gets an answer through it.
#
# Usage: pcscd_socket_activation.sh BUILD_DIR        (root; exits 77, ctest's "skipped", when not root)
set -euo pipefail
build=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: needs root for unshare"
    exit 77
fi
if [ "${KAKANAI_IN_NAMESPACE:-0}" != 1 ]; then
    exec env KAKANAI_IN_NAMESPACE=1 unshare --mount --net --pid --fork --mount-proc --propagation private -- \
        "$0" "$@"
fi

ip link set lo up
mkdir -p /run/pcscd
mount -t tmpfs -o mode=0755 tmpfs /run/pcscd
socket=/run/pcscd/pcscd.comm
work=$(mktemp -d)
activator=
cleanup() {
    [ -z "$activator" ] || kill "$activator" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Without --accept, systemd-socket-activate executes pcscd in its own process on the first connection: the
# activator's pid is the activated pcscd's from then on.
systemd-socket-activate --listen="$socket" pcscd --foreground --auto-exit >"$work/activate.log" 2>&1 &
activator=$!
for _ in $(seq 1 50); do
    [ -S "$socket" ] && break
    sleep 0.1
done

# listening: the activator's socket is there and something listens on it.
listening() {
    [ -S "$socket" ] && ss -xlnH | grep -qF " $socket "
}
# answers: a PC/SC client reaches a pcscd through the socket (it lists the vpcd reader).
answers() {
    local out
    out=$("$build/bin/kakanai-card" readers 2>&1) || { echo "kakanai-card readers failed: $out"; return 1; }
    grep -q 'Virtual PCD' <<<"$out" || { echo "no virtual reader in: $out"; return 1; }
}

fail() {
    echo "FAIL: $*"
    echo "--- activator log"
    cat "$work/activate.log"
    exit 1
}

listening || fail "the activator's socket is not listening before the demo"
! pgrep -x pcscd >/dev/null || fail "pcscd runs before anything connected (not socket activation)"
inode_before=$(stat -c %i "$socket")

echo "running scripts/demo (offscreen walk) against the socket-activated pcscd"
if ! KAKANAI_BUILD=$build KAKANAI_NO_BUILD=1 KAKANAI_DEMO_OFFSCREEN=1 KAKANAI_DEMO_OUT="$work/demo-out" \
    "$root/scripts/demo" >"$work/demo.log" 2>&1; then
    tail -n 40 "$work/demo.log"
    fail "scripts/demo failed"
fi
grep -q 'using it' "$work/demo.log" || fail "scripts/demo did not use the running pcscd"

kill -0 "$activator" 2>/dev/null || fail "the socket-activated pcscd is gone"
listening || fail "pcscd's socket is gone or not listening after the demo"
[ "$(stat -c %i "$socket")" = "$inode_before" ] || fail "the socket was replaced (inode changed)"
answers || fail "pcscd does not answer through its socket after the demo"
echo "1 passed, 0 failed"
