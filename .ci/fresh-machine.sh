#!/usr/bin/env bash
# The README's two commands on a fresh machine (issue 16): a minimal Debian 12 made with debootstrap,
# holding only Python (python3, python3-venv), git and the system packages the README lists
# (src/vertrouwenspersoon/system_libraries.py --tests); a fresh clone of this checkout's HEAD; then
#     python3 dev.py test      the whole suite, as a newcomer runs it
#     python3 dev.py start     must open the app's window on an X server (Xvfb)
# Needs root and debootstrap (CI has both). Elsewhere it says so and runs the test command here instead.
# Besides packages, the chroot gets this machine's DNS and CA settings (the way out to PyPI), nothing else.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CHROOT=${VP_CHROOT:-/var/tmp/vp-fresh-machine}
SUITE=bookworm
MIRROR=${VP_DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" != 0 ] || ! command -v debootstrap >/dev/null 2>&1; then
  echo "fresh-machine: no root or no debootstrap here; running the README's test command in this checkout instead"
  cd "$ROOT" && exec python3 dev.py test
fi

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mount_in() { mount "$@"; mounted+=("${@: -1}"); }

start=$(date +%s)
# Never delete through a mount left behind by an earlier run (a bound /dev would go with it).
if grep -q " $CHROOT/" /proc/mounts; then
  echo "fresh-machine: $CHROOT still has mounts from an earlier run; unmount them first" >&2
  exit 1
fi
rm -rf "$CHROOT"
echo "==> debootstrap $SUITE (minbase + python3, python3-venv, git)"
debootstrap --variant=minbase --include=python3,python3-venv,git,ca-certificates "$SUITE" "$CHROOT" "$MIRROR" \
  >"$CHROOT.debootstrap.log" 2>&1 || { tail -20 "$CHROOT.debootstrap.log"; exit 1; }
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
cp /etc/ssl/certs/ca-certificates.crt "$CHROOT/etc/ssl/certs/ca-certificates.crt"
mount_in -t proc proc "$CHROOT/proc"
mount_in --bind /dev "$CHROOT/dev"
mount_in --bind /dev/pts "$CHROOT/dev/pts"
mount_in -t tmpfs tmpfs "$CHROOT/dev/shm"

echo "==> a fresh clone of HEAD"
git clone --quiet "file://$ROOT" "$CHROOT/src"
in_chroot() {
  chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive TMPDIR=/tmp /bin/sh -c "$1"
}
echo "==> the system packages the README lists"
in_chroot 'cd /src && apt-get update -qq && apt-get install -y -qq --no-install-recommends \
  $(python3 src/vertrouwenspersoon/system_libraries.py --tests) >/dev/null'
echo "    ($(($(date +%s) - start)) s so far)"

echo "==> python3 dev.py test"
in_chroot 'cd /src && python3 dev.py test'

echo "==> python3 dev.py start (window on Xvfb)"
# The observer (xwininfo) is the harness's own tool, installed only now: the app must not need it.
in_chroot 'apt-get install -y -qq --no-install-recommends x11-utils >/dev/null'
printf '#!/bin/sh\ncd /src && exec python3 dev.py start\n' >"$CHROOT/usr/local/bin/vp-readme-start"
chmod 0755 "$CHROOT/usr/local/bin/vp-readme-start"
in_chroot '/src/packaging/linux/gui-smoke.sh /usr/local/bin/vp-readme-start'
echo "fresh-machine: both README commands passed ($(($(date +%s) - start)) s)"
