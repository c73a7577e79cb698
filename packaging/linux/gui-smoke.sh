#!/usr/bin/env bash
# gui-smoke.sh EXECUTABLE: start the desktop app on a throwaway X server (Xvfb) through Qt's xcb plugin,
# the path a real Linux desktop takes, and succeed once a top-level "Vertrouwenspersoon" window is mapped.
# Proves that the bundle's Qt and the .deb's Depends are enough to open a window (no vault is touched:
# the first screen is the unlock/new-vault screen, in a temporary HOME).
set -euo pipefail
EXE=$1
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$1" 2>"$2/stderr.txt" & pid=$!
    for _ in $(seq 1 30); do
      sleep 1
      if xwininfo -root -tree | grep -q "\"Vertrouwenspersoon\": (\"vertrouwenspersoon\""; then
        xwininfo -root -tree | grep "\"Vertrouwenspersoon\""
        kill "$pid"; exit 0
      fi
      kill -0 "$pid" 2>/dev/null || { echo "the app exited early:"; cat "$2/stderr.txt"; exit 1; }
    done
    echo "no window after 30 s:"; cat "$2/stderr.txt"; kill "$pid"; exit 1
  ' _ "$EXE" "$HOME_DIR"
