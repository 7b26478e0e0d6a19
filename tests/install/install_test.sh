#!/usr/bin/env bash
# The install test (label install): the Debian packages installed as a city would, and the kiosk booted from them.
#
#  1. scripts/package builds the .debs from this build tree and lintian finds no error in them.
#  2. The kiosk's dependency closure holds no compiler and no vsmartcard-vpcd (apt-cache, from the package's
#     own Depends field).
#  3. In a mount namespace of its own, with overlays on /usr, /etc and /var whose upper layers live in a
#     temporary folder, the machine's dpkg removes vsmartcard-vpcd and installs kakanai-kiosk and kakanai-tools
#     for real (maintainer scripts included: the kakanai user, /var/lib/kakanai 0700); dpkg refuses
#     kakanai-virtual-card next to the kiosk. When the namespace ends, the machine is as it was: nothing is
#     written outside the temporary folder (the other tests of scripts/test run on this machine meanwhile).
#  4. The shipped sample configuration, a production one (outbox sink, CUPS queues), passes `kakanai-kiosk
#     --check-config` as the kiosk user (with the staff accounts file the sample names, made with --hash-staff-pin,
#     and the outbox key made with `kakanai-outbox init-key`, as the guide says); `systemd-analyze verify`
#     accepts the unit; every program has a man page and answers --help without a display.
#  5. The installed kiosk runs under cage as the kakanai user with the unit's Environment= and ExecStart=, on
#     wlroots' headless backend (WLR_BACKENDS=headless, WLR_RENDERER=pixman); it says READY=1 and WATCHDOG=1 on a
#     NOTIFY_SOCKET like systemd's, writes journal priority prefixes with JOURNAL_STREAM, and fills the screen:
#     the kiosk's own Wayland protocol log (WAYLAND_DEBUG=client, for the kiosk only) shows cage configuring its
#     window to the output's mode and the kiosk committing buffers of exactly that size. grim's screenshot shows
#     the idle screen painted (many colours) -> BUILD/install-test/idle.png.
#     Why the protocol and not the picture proves "fills": cage 0.1.4 scans a window that covers the whole output
#     out directly, without compositing. On the headless backend grim's capture then makes cage composite into a
#     buffer it last painted for the kiosk's first frame (about 1257x480, before the full-screen configure) and
#     repaints only the regions the kiosk damaged since, so the picture mixes that first frame with later ones.
#     A control seen by hand: the same kiosk in a window (kiosk_lockdown=false) is composited and grim shows it
#     exactly. On a DRM display shared-memory buffers, which Qt Widgets use, cannot be scanned out, so cage
#     composites every frame there; that display was not available here.
#  6. The same packages boot under systemd 252 as PID 1 (in namespaces of its own, with D-Bus and logind): the
#     unit kakanai-kiosk.service as shipped becomes active (READY=1 through kakanai-kiosk-session), the kiosk runs
#     as kakanai and feeds the watchdog; a stopped kiosk is restarted by the watchdog; its lines reach the
#     journal with their priorities.
#
# Usage: install_test.sh SOURCE_DIR BUILD_DIR    (root; exits 77, ctest's "skipped", when not root)
set -euo pipefail
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
out=$build/install-test

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: the install test needs root (dpkg, unshare)"
    exit 77
fi

fail() {
    echo "FAIL: $*"
    exit 1
}
step() { printf '\n== %s\n' "$*"; }

if [ "${KAKANAI_INSTALL_INSIDE:-0}" != 1 ]; then
    rm -rf "$out"
    mkdir -p "$out"
    step "1. scripts/package (CPack DEB, lintian)"
    KAKANAI_BUILD=$build KAKANAI_NO_BUILD=1 "$src/scripts/package" >"$out/packages.txt" 2>"$out/package.log" || {
        cat "$out/package.log"
        fail "scripts/package failed"
    }
    cat "$out/package.log"
    for p in kakanai-kiosk kakanai-inbox kakanai-tools kakanai-virtual-card; do
        grep -q "/${p}_" "$out/packages.txt" || fail "no package $p"
    done
    grep -c '^E:' "$build/packages/lintian.txt" >/dev/null && fail "lintian errors" || true

    step "2. the kiosk's dependency closure: no compiler, no vpcd"
    kiosk_deb=$(grep '/kakanai-kiosk_' "$out/packages.txt")
    depends=$(dpkg-deb -f "$kiosk_deb" Depends | sed 's/([^)]*)//g; s/|/,/g' | tr ',' '\n' | tr -d ' ' | grep -v '^$')
    echo "Depends: $(echo $depends)"
    dpkg-deb -f "$kiosk_deb" Conflicts | grep -q vsmartcard-vpcd || fail "kakanai-kiosk does not conflict with vpcd"
    # shellcheck disable=SC2086 # one package name per word
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
        --no-enhances $depends 2>/dev/null | grep -v '^ ' | sort -u >"$out/closure.txt"
    echo "closure: $(wc -l <"$out/closure.txt") packages"
    grep -q '^libqt6core6$' "$out/closure.txt" || fail "the closure does not even hold Qt (the check is broken)"
    if grep -E '^(gcc|g\+\+|cpp|clang|build-essential|cmake|vsmartcard-vpcd)(-[0-9]+)?$' "$out/closure.txt"; then
        fail "the kiosk's dependencies pull in a compiler or vpcd"
    fi

    step "3-5. installed in overlay namespaces"
    exec env KAKANAI_INSTALL_INSIDE=1 unshare --mount --propagation private -- "$0" "$@"
fi

# ---- inside the mount namespace -------------------------------------------------------------------------------
layers=$out/layers
mkdir -p "$layers"
mount -t tmpfs -o mode=0755 tmpfs "$layers"
for d in usr etc var; do
    mkdir -p "$layers/$d/upper" "$layers/$d/work"
    mount -t overlay overlay -o "lowerdir=/$d,upperdir=$layers/$d/upper,workdir=$layers/$d/work" "/$d"
done
export DEBIAN_FRONTEND=noninteractive

step "3. dpkg: vpcd out, kiosk and tools in"
if dpkg-query -W -f='${Status}' vsmartcard-vpcd 2>/dev/null | grep -q 'install ok installed'; then
    dpkg --purge vsmartcard-vpcd >"$out/dpkg-purge.log" 2>&1 || { cat "$out/dpkg-purge.log"; fail "purging vpcd"; }
fi
mapfile -t debs <"$out/packages.txt"
kiosk_deb=$(printf '%s\n' "${debs[@]}" | grep '/kakanai-kiosk_')
tools_deb=$(printf '%s\n' "${debs[@]}" | grep '/kakanai-tools_')
inbox_deb=$(printf '%s\n' "${debs[@]}" | grep '/kakanai-inbox_')
card_deb=$(printf '%s\n' "${debs[@]}" | grep '/kakanai-virtual-card_')
dpkg -i "$kiosk_deb" "$tools_deb" "$inbox_deb" >"$out/dpkg-install.log" 2>&1 || {
    cat "$out/dpkg-install.log"
    fail "dpkg -i of kakanai-kiosk, kakanai-tools, kakanai-inbox"
}
dpkg -s kakanai-kiosk | grep -q 'install ok installed' || fail "kakanai-kiosk not installed"
if dpkg -i "$card_deb" >"$out/dpkg-card.log" 2>&1; then
    fail "dpkg installed kakanai-virtual-card (and vpcd) next to the kiosk"
fi
grep -q 'vsmartcard-vpcd' "$out/dpkg-card.log" || { cat "$out/dpkg-card.log"; fail "refused for another reason"; }
echo "kakanai-virtual-card refused next to the kiosk: $(grep -m1 -i 'vsmartcard-vpcd' "$out/dpkg-card.log")"
dpkg --remove kakanai-virtual-card >/dev/null 2>&1 || true
getent passwd kakanai >/dev/null || fail "no kakanai user after the kiosk's postinst"
[ "$(stat -c '%a %U' /var/lib/kakanai)" = "700 kakanai" ] || fail "/var/lib/kakanai is $(stat -c '%a %U' /var/lib/kakanai)"
echo "user: $(getent passwd kakanai); state directory: $(stat -c '%A %U:%G %n' /var/lib/kakanai)"

step "4. configuration, unit, man pages, --help"
cp /usr/share/kakanai/kakanai.sample.ini /etc/kakanai/kakanai.ini
# The sample is a production configuration (the encrypted outbox, CUPS queues): its data key, as the guide says.
runuser -u kakanai -- kakanai-outbox --config /etc/kakanai/kakanai.ini init-key >"$out/init-key.log" 2>&1 ||
    { cat "$out/init-key.log"; fail "kakanai-outbox init-key as kakanai"; }
[ "$(stat -c '%a %U' /var/lib/kakanai/outbox.key)" = "600 kakanai" ] ||
    fail "the outbox key is $(stat -c '%a %U' /var/lib/kakanai/outbox.key)"
staff=$(sed -n 's/^staff_accounts=//p' /etc/kakanai/kakanai.ini)
[ -n "$staff" ] || fail "the sample names no staff accounts file"
printf '246813\n' | kakanai-kiosk --hash-staff-pin install-test --staff-name "Install Test" --iterations 1000 >"$staff"
chown root:kakanai "$staff"
chmod 0640 "$staff"
runuser -u kakanai -- kakanai-kiosk --check-config >"$out/check-config.log" 2>&1 || {
    cat "$out/check-config.log"
    fail "kakanai-kiosk --check-config with the shipped sample"
}
cat "$out/check-config.log"
unit=/lib/systemd/system/kakanai-kiosk.service
systemd-analyze verify "$unit" >"$out/verify.log" 2>&1 || { cat "$out/verify.log"; fail "systemd-analyze verify"; }
echo "systemd-analyze verify $unit: fine"
for p in kakanai-kiosk kakanai-inbox kakanai-card kakanai-forms kakanai-print kakanai-outbox kakanai-postal-db \
    kakanai-preentry; do
    [ -f "/usr/share/man/man1/$p.1.gz" ] || fail "no man page for $p"
    zcat "/usr/share/man/man1/$p.1.gz" | grep -q '^\.SH "*EXIT\|Exit status' || fail "$p's man page has no exit status"
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$p" --help >/dev/null 2>"$out/help.err" ||
        { cat "$out/help.err"; fail "$p --help without a display"; }
done
echo "man pages and --help without a display: all 7 programs"

step "5. the kiosk under cage, headless, as the kakanai user"
# The unit's PrivateTmp=yes: a /tmp of its own (Xwayland's /tmp/.X11-unix included).
mount -t tmpfs -o mode=1777 tmpfs /tmp
# XDG_RUNTIME_DIR as logind would make it (/run/user/UID, 0700), in the temporary layers rather than the machine's /run.
run=$layers/run/$(id -u kakanai)
install -d -m 0755 "$layers/run"
install -d -m 0700 -o kakanai -g kakanai "$run"
# The unit's own environment and command line.
mapfile -t unit_env < <(sed -n 's/^Environment=//p' "$unit")
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
echo "ExecStart=$exec_start"
echo "Environment: ${unit_env[*]}"
# systemd's side of the notify protocol: a datagram socket that records what arrives.
notify=$run/notify
python3 - "$notify" "$out/notify.log" <<'PY' &
import os, socket, sys, time
path, log = sys.argv[1], sys.argv[2]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
os.chmod(path, 0o666)
s.settimeout(1.0)
end = time.time() + 120
with open(log, "w") as f:
    while time.time() < end:
        try:
            f.write(s.recv(4096).decode() + "\n")
            f.flush()
        except socket.timeout:
            pass
PY
listener=$!
for _ in $(seq 1 50); do [ -S "$notify" ] && break; sleep 0.1; done
: >"$out/kiosk.stderr"
chown kakanai "$out/kiosk.stderr"
journal_stream=$(stat -c '%d:%i' "$out/kiosk.stderr")
# shellcheck disable=SC2086 # ExecStart is split into words as systemd does for this simple line
prlimit --core=0 -- setpriv --reuid kakanai --regid kakanai --init-groups -- \
    env -i PATH=/usr/bin:/bin HOME=/var/lib/kakanai LANG=C.UTF-8 XDG_RUNTIME_DIR="$run" "${unit_env[@]}" \
    WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
    NOTIFY_SOCKET="$notify" WATCHDOG_USEC=4000000 JOURNAL_STREAM="$journal_stream" \
    ${exec_start/ -- / -- env WAYLAND_DEBUG=client } >"$out/cage.stdout" 2>>"$out/kiosk.stderr" &
cage=$!
stop_all() {
    kill "$cage" 2>/dev/null || true
    wait "$cage" 2>/dev/null || true
    kill "$listener" 2>/dev/null || true
}
trap stop_all EXIT
for _ in $(seq 1 300); do
    grep -q '^READY=1' "$out/notify.log" 2>/dev/null && break
    kill -0 "$cage" 2>/dev/null || { cat "$out/kiosk.stderr"; fail "cage or the kiosk ended"; }
    sleep 0.1
done
grep -q '^READY=1' "$out/notify.log" || { cat "$out/kiosk.stderr"; fail "the kiosk never said READY=1"; }
# Two watchdog intervals: the GUI thread feeds every 2 s.
sleep 4
[ "$(grep -c '^WATCHDOG=1' "$out/notify.log")" -ge 2 ] || fail "the watchdog was not fed: $(cat "$out/notify.log")"
echo "notify socket got: $(sort "$out/notify.log" | uniq -c | tr '\n' ' ')"
socket=$(find "$run" -maxdepth 1 -name 'wayland-[0-9]*' -type s -printf '%f\n' -quit)
[ -n "$socket" ] || fail "no Wayland socket in $run"
setpriv --reuid kakanai --regid kakanai --init-groups -- env XDG_RUNTIME_DIR="$run" WAYLAND_DISPLAY="$socket" \
    grim -t ppm "$run/idle.ppm" || fail "grim"
setpriv --reuid kakanai --regid kakanai --init-groups -- env XDG_RUNTIME_DIR="$run" WAYLAND_DISPLAY="$socket" \
    grim "$run/idle.png" || fail "grim (png)"
cp "$run/idle.png" "$out/idle.png"
# Painted, not blank: the idle screen has text, buttons and a background; a blank or black output has one or two
# colours. Not "most of the screen": on this backend the picture keeps the first frame's size (see the top).
python3 - "$run/idle.ppm" <<'PY' || fail "the screenshot does not show a painted screen"
import sys
data = open(sys.argv[1], "rb").read()
parts = data.split(b"\n", 3)
assert parts[0] == b"P6", parts[0]
width, height = map(int, parts[1].split())
pixels = parts[3]
colours = {}
for i in range(0, width * height * 3, 3 * 7):
    px = pixels[i:i + 3]
    colours[px] = colours.get(px, 0) + 1
sampled = sum(colours.values())
black = colours.get(b"\x00\x00\x00", 0)
print(f"screenshot {width}x{height}: {len(colours)} colours in the sample, {100 * black // sampled}% black")
sys.exit(0 if len(colours) >= 16 and black < sampled * 9 // 10 else 1)
PY
# Full screen, from the kiosk's side of the protocol: the output's mode, the last sized configure of its
# toplevel, and a buffer of that size attached after it.
python3 - "$out/kiosk.stderr" <<'PY' || fail "the kiosk does not fill cage's output"
import re, sys
lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().splitlines()
mode = configured = None
configure_at = -1
for i, line in enumerate(lines):
    m = re.search(r"wl_output@\d+\.mode\(\d+, (\d+), (\d+),", line)
    if m:
        mode = (int(m[1]), int(m[2]))
    m = re.search(r"xdg_toplevel@\d+\.configure\((\d+), (\d+),", line)
    if m and int(m[1]) > 0:
        configured, configure_at = (int(m[1]), int(m[2])), i
assert mode, "no wl_output mode in the kiosk's protocol log"
assert configured == mode, f"cage configured the window {configured}, the output is {mode}"
buffers = {}
attached = None
for line in lines[configure_at:]:
    m = re.search(r"create_buffer\(new id (wl_buffer@\d+), \d+, (\d+), (\d+),", line)
    if m:
        buffers[m[1]] = (int(m[2]), int(m[3]))
    m = re.search(r"wl_surface@\d+\.attach\((wl_buffer@\d+),", line)
    if m and m[1] in buffers:
        attached = buffers[m[1]]
assert attached == mode, f"the kiosk attached a {attached} buffer to a {mode} output"
print(f"full screen: output {mode[0]}x{mode[1]}, window configured {configured[0]}x{configured[1]}, "
      f"buffers {attached[0]}x{attached[1]} attached")
PY
grep -qE '^<[0-7]>' "$out/kiosk.stderr" || fail "no journal priority prefix in the kiosk's log lines"
echo "journal lines: $(grep -cE '^<[0-7]>' "$out/kiosk.stderr") with a priority prefix, e.g. $(grep -m1 -oE '^<[0-7]>[^:]*' "$out/kiosk.stderr")"
kill -0 "$cage" 2>/dev/null || fail "the kiosk did not stay up"
echo "screenshot: $out/idle.png"
stop_all
trap - EXIT

step "6. the unit under systemd as PID 1"
if [ -d /run/systemd/system ]; then
    # A second systemd would share the cgroup tree of the machine's own: not on a machine that runs systemd.
    echo "SKIP step 6: this machine runs systemd as PID 1 (start the unit there instead)"
    echo "1 passed, 0 failed"
    exit 0
fi
# systemd 252 from this machine boots in PID, network, UTS and IPC namespaces of its own, on the overlays above,
# into a target that wants D-Bus, logind and kakanai-kiosk.service: the real unit with its PAM session, user,
# sandbox, runtime directory, Type=notify and Restart=always. The test's drop-in only chooses the headless
# backend and a 4 s watchdog (the kiosk feeds every 2 s) instead of 30 s.
mkdir -p /etc/systemd/system/kakanai-kiosk.service.d
cat >/etc/systemd/system/kakanai-kiosk.service.d/install-test.conf <<'UNIT'
[Service]
Environment=WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1
WatchdogSec=4
UNIT
cat >/etc/systemd/system/kakanai-install-test.target <<'UNIT'
[Unit]
Description=Kakanai install test
Wants=dbus.socket systemd-logind.service kakanai-kiosk.service
UNIT
# Units that would touch the machine beyond these namespaces (kernel settings, modules, the clock, binfmt) or
# need hardware are masked.
for u in systemd-sysctl.service systemd-modules-load.service systemd-binfmt.service systemd-timesyncd.service \
    systemd-pstore.service systemd-random-seed.service systemd-remount-fs.service systemd-firstboot.service \
    systemd-repart.service systemd-machine-id-commit.service systemd-pcrphase.service \
    systemd-pcrphase-sysinit.service kmod-static-nodes.service proc-sys-fs-binfmt_misc.automount \
    sys-kernel-config.mount sys-kernel-debug.mount sys-kernel-tracing.mount sys-fs-fuse-connections.mount \
    dev-hugepages.mount dev-mqueue.mount systemd-udevd.service; do
    ln -sf /dev/null "/etc/systemd/system/$u"
done
: >"$out/console.log"
# shellcheck disable=SC2016 # expanded by the inner shell
unshare --pid --fork --net --uts --ipc --cgroup --mount --propagation private -- bash -c '
    mount -t proc proc /proc
    mount -t tmpfs -o mode=0755 tmpfs /run
    mkdir -p /run/lock
    mount --bind "$1" /dev/console
    exec env container=kakanai-install-test /lib/systemd/systemd --system --unit=kakanai-install-test.target
' boot "$out/console.log" &
booted=$!
pid1=""
stop_systemd() {
    [ -n "$pid1" ] && kill -KILL "$pid1" 2>/dev/null
    wait "$booted" 2>/dev/null || true
}
trap stop_systemd EXIT
for _ in $(seq 1 100); do
    pid1=$(pgrep -P "$booted" -x systemd || true)
    [ -n "$pid1" ] && break
    sleep 0.1
done
[ -n "$pid1" ] || fail "systemd did not start"
inside() { nsenter -t "$pid1" -a -- "$@"; }
kiosk_state() { inside systemctl show kakanai-kiosk.service -p ActiveState -p SubState -p NRestarts -p MainPID; }
# On a failure: the unit's state and the end of the journal (the kiosk's lines are the session scope's).
diagnose() {
    kiosk_state || true
    inside journalctl --no-pager -n 80 -o short-monotonic || true
    fail "$1"
}
wait_active() {
    for _ in $(seq 1 600); do
        [ "$(inside systemctl is-active kakanai-kiosk.service 2>/dev/null)" = active ] && return 0
        sleep 0.1
    done
    diagnose "$1"
}
wait_active "kakanai-kiosk.service did not become active (READY=1 never reached systemd)"
echo "active under systemd: $(kiosk_state | tr '\n' ' ')"
# Two watchdog intervals: a watchdog the kiosk did not feed would have restarted it.
sleep 9
[ "$(inside systemctl show kakanai-kiosk.service -p NRestarts --value)" = 0 ] ||
    diagnose "the kiosk was restarted within 9 s"
[ "$(inside systemctl is-active kakanai-kiosk.service)" = active ] || fail "not active after 9 s"
kiosk=$(inside pgrep -x kakanai-kiosk) || fail "no kakanai-kiosk process inside"
[ "$(inside ps -o user= -p "$kiosk")" = kakanai ] || fail "the kiosk does not run as kakanai"
echo "watchdog fed for 9 s with WatchdogSec=4; the kiosk runs as $(inside ps -o user= -p "$kiosk")"
# A hung GUI thread: the stopped kiosk no longer feeds the watchdog; systemd kills the unit and starts it again.
inside kill -STOP "$kiosk"
for _ in $(seq 1 200); do
    [ "$(inside systemctl show kakanai-kiosk.service -p NRestarts --value)" -ge 1 ] && break
    sleep 0.1
done
[ "$(inside systemctl show kakanai-kiosk.service -p NRestarts --value)" -ge 1 ] ||
    diagnose "a stopped kiosk was not restarted by the watchdog"
wait_active "kakanai-kiosk.service did not come back after the watchdog restart"
echo "watchdog: a stopped kiosk was restarted ($(kiosk_state | tr '\n' ' '))"
# Log lines in the journal with the priority the kiosk gave them (the "<N>" prefix read, not shown).
inside journalctl --no-pager -o json -t kakanai-kiosk >"$out/journal.json" || true
python3 - "$out/journal.json" <<'PY' || fail "the kiosk's lines are not in the journal with their priorities"
import json, sys
priorities = {}
for line in open(sys.argv[1], encoding="utf-8"):
    entry = json.loads(line)
    message = entry.get("MESSAGE")
    if isinstance(message, str) and message.startswith("kakanai."):
        priorities[entry.get("PRIORITY")] = priorities.get(entry.get("PRIORITY"), 0) + 1
    if isinstance(message, str) and message[:1] == "<" and message[2:3] == ">":
        sys.exit(f"an unread priority prefix: {message[:40]}")
print(f"journal: kiosk lines by priority {dict(sorted(priorities.items()))}")
sys.exit(0 if priorities else 1)
PY
stop_systemd
trap - EXIT
echo "1 passed, 0 failed"
