#!/bin/sh
# Started by dev.py inside `dbus-run-session`: unlock a throwaway gnome-keyring so that the
# keychain tests talk to a real Secret Service, then run the given command.
export XDG_DATA_HOME="${TMPDIR:-/tmp}/vp-keyring-$$"
mkdir -p "$XDG_DATA_HOME"
printf 'throwaway-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
"$@"
status=$?
rm -rf "$XDG_DATA_HOME"
exit $status
