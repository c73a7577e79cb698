#!/usr/bin/env bash
# The program as a packager or a pipx user gets it, away from the checkout (issue 16, point 2):
#   1. sdist from the checkout; the wheel is built from that unpacked sdist (so the sdist is complete)
#   2. a fresh virtual environment outside the checkout: requirements.lock (hash-checked), then the wheel
#   3. from an empty folder with a throwaway HOME: self-test, init, demo, due --json, report to PDF and
#      JSON, stats keygen/export/merge, backup/restore, and an offscreen start of the GUI to the unlock
#      screen (forms and the English .qm found inside the installed package)
# Prints one line per check and exits non-zero when any fails.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/vp-wheel-check.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export PIP_DISABLE_PIP_VERSION_CHECK=1
failures=0
ok() { printf '  %-60s ok\n' "$1"; }
bad() { printf '  %-60s FAILED\n' "$1"; failures=$((failures + 1)); }
# check NAME COMMAND...: run it, keep its output in the log, record the result.
check() {
  local name=$1; shift
  printf '\n### %s\n' "$name" >>"$WORK/log"
  if "$@" >>"$WORK/log" 2>&1; then ok "$name"; else bad "$name"; fi
}
pip_quiet() { "$@" 2>&1 | grep -v "^WARNING: Location 'file:" ; return "${PIPESTATUS[0]}"; }

echo "==> building the sdist, then the wheel from the unpacked sdist"
python3 -m venv "$WORK/build-env"
pip_quiet "$WORK/build-env/bin/python" -m pip install --quiet --require-hashes -r "$ROOT/requirements.lock" || exit 1
# A clean copy of what git tracks: nothing generated in the checkout can stand in for the build step.
mkdir "$WORK/tree"
if git -C "$ROOT" rev-parse >/dev/null 2>&1; then
  git -C "$ROOT" ls-files -z | (cd "$ROOT" && tar --null -T - -cf -) | tar -xf - -C "$WORK/tree"
else
  cp -a "$ROOT/." "$WORK/tree/"
fi
(cd "$WORK/tree" && "$WORK/build-env/bin/python" -c \
  "import sys; from setuptools import build_meta; print(build_meta.build_sdist(sys.argv[1]))" "$WORK/dist") \
  >>"$WORK/log" 2>&1 || { echo "sdist build failed"; tail -20 "$WORK/log"; exit 1; }
SDIST=$(ls "$WORK"/dist/*.tar.gz)
mkdir "$WORK/unpacked" && tar -xzf "$SDIST" -C "$WORK/unpacked"
pip_quiet "$WORK/build-env/bin/python" -m pip wheel --quiet --no-deps --no-build-isolation -w "$WORK/dist" \
  "$WORK"/unpacked/vertrouwenspersoon-* >>"$WORK/log" || { echo "wheel build failed"; tail -20 "$WORK/log"; exit 1; }
WHEEL=$(ls "$WORK"/dist/*.whl)
echo "    $(basename "$SDIST"), $(basename "$WHEEL")"

check "sdist holds ui/, resources/, tests/, dev.py and the lock files" python3 - "$SDIST" <<'EOF'
import sys, tarfile
names = {n.split("/", 1)[1] for n in tarfile.open(sys.argv[1]).getnames() if "/" in n}
need = ["ui/unlock.ui", "resources/taxonomy.json", "resources/translations/vertrouwenspersoon_en.ts",
        "tests/conftest.py", "tests/fixtures", "dev.py", "setup.py", "requirements.lock", "requirements-dev.lock",
        "docs/disclosure-model.md", "LICENSES/GPL-3.0-or-later.txt"]
missing = [n for n in need if n not in names]
generated = [n for n in names if n.endswith(".qm") or "/gui/forms/" in n]
sys.exit(f"missing {missing}, generated files {generated}" if missing or generated else 0)
EOF
check "wheel holds resources, every compiled form and every .qm" python3 - "$WHEEL" "$ROOT" <<'EOF'
import pathlib, sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
root = pathlib.Path(sys.argv[2])
need = ["vertrouwenspersoon/resources/taxonomy.json", "vertrouwenspersoon/resources/icons/vertrouwenspersoon.svg"]
need += [f"vertrouwenspersoon/gui/forms/ui_{p.stem}.py" for p in (root / "ui").glob("*.ui")]
need += [f"vertrouwenspersoon/resources/translations/{p.stem}.qm" for p in (root / "resources/translations").glob("*.ts")]
missing = [n for n in need if n not in names]
sys.exit(f"missing {missing}" if missing else 0)
EOF

echo "==> installing into a fresh virtual environment outside the checkout"
python3 -m venv "$WORK/env"
pip_quiet "$WORK/env/bin/python" -m pip install --quiet --require-hashes -r "$ROOT/requirements.lock" || exit 1
pip_quiet "$WORK/env/bin/python" -m pip install --quiet --no-deps "$WHEEL" || exit 1

RUN="$WORK/run"
mkdir -p "$RUN/home"
PASS="paarse fiets onder de brug"
YEAR=$(date +%Y)
vp() { # vp ARGS...: the installed command, from an empty folder, with a throwaway HOME and no checkout in sight
  (cd "$RUN" && env -i PATH="$WORK/env/bin:/usr/bin:/bin" HOME="$RUN/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_CONFIG_HOME="$RUN/home/.config" XDG_DATA_HOME="$RUN/home/.local/share" XDG_CACHE_HOME="$RUN/home/.cache" \
    "$WORK/env/bin/vertrouwenspersoon" "$@")
}
not_from_checkout() {
  local where
  where=$(cd "$RUN" && "$WORK/env/bin/python" -c 'import vertrouwenspersoon.paths as p; print(p.resource_dir())')
  echo "resources found at $where"
  case "$where" in "$ROOT"*) return 1 ;; "$WORK/env/"*) return 0 ;; *) return 1 ;; esac
}
check "the installed package finds its resources inside itself" not_from_checkout
check "self-test" vp self-test
with_pass() { printf '%s\n' "$PASS" | vp "$@"; }
export -f vp with_pass
export PASS RUN WORK
check "init" bash -c 'printf "%s\n%s\n" "$PASS" "$PASS" | vp init --vault "$RUN/kluis" --passphrase-stdin'
check "demo (taxonomy from the package)" with_pass demo --vault "$RUN/kluis" --cases 120 --passphrase-stdin
check "due --json" bash -c 'with_pass due --vault "$RUN/kluis" --json --days 3650 --passphrase-stdin >"$RUN/due.json" &&
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d, d" "$RUN/due.json"'
check "report to PDF" with_pass report --vault "$RUN/kluis" --year "$YEAR" --out "$RUN/report.pdf" --passphrase-stdin
check "report PDF reads back (pdftotext)" bash -c "pdftotext '$RUN/report.pdf' - | grep -q '$YEAR'"
check "report to JSON" with_pass report --vault "$RUN/kluis" --year "$YEAR" --out "$RUN/report.json" --passphrase-stdin
check "report JSON is the contract's document" python3 -c \
  "import json,sys; d=json.load(open(sys.argv[1])); assert d['year'] == int(sys.argv[2]), d.keys()" "$RUN/report.json" "$YEAR"
check "stats keygen" with_pass stats keygen --out "$RUN/keys" --passphrase-stdin
check "stats export" with_pass stats export --vault "$RUN/kluis" --year "$YEAR" \
  --to "$RUN/keys/ombudsperson.public.json" --out "$RUN/advisor.bundle" --passphrase-stdin
check "stats merge" with_pass stats merge --key "$RUN/keys/ombudsperson.private.json" "$RUN/advisor.bundle" \
  --out "$RUN/merged.json" --passphrase-stdin
check "backup" with_pass backup --vault "$RUN/kluis" --out "$RUN/kluis.backup" --passphrase-stdin
check "restore into a new folder" with_pass restore --from "$RUN/kluis.backup" --vault "$RUN/hersteld" --passphrase-stdin
check "restored vault opens and holds the cases" bash -c 'with_pass cases --vault "$RUN/hersteld" --json --passphrase-stdin |
  python3 -c "import json,sys; assert len(json.load(sys.stdin)[\"cases\"]) >= 100"'
check "GUI starts offscreen to the unlock screen, in English too" bash -c "cd '$RUN' && env -i PATH=/usr/bin:/bin HOME='$RUN/home' LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME='$RUN/home/.config' '$WORK/env/bin/python' - '$RUN/kluis'" <<'EOF'
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from vertrouwenspersoon.gui import i18n
from vertrouwenspersoon.gui.shell import AppShell
from vertrouwenspersoon.policy import load_settings

app = QApplication([])
# Dutch: the source language of every tr() string, so the app has no Dutch .qm of its own; Qt's own Dutch
# (qtbase_nl.qm from PySide6) makes its standard buttons and dialogs Dutch and must load from the install
i18n.set_language("nl")
from PySide6.QtCore import QCoreApplication
assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren", "Qt's Dutch .qm did not load"
assert i18n.set_language("en"), "the English .qm is not inside the installed package"
shell = AppShell(Path(sys.argv[1]), load_settings())
shell.show()
app.processEvents()
page = shell.stack.currentWidget()
assert type(page).__name__ == "UnlockScreen", type(page).__name__
assert page.ui.unlockButton.text() == "Unlock", page.ui.unlockButton.text()
print("unlock screen:", type(page).__name__, "-", page.ui.unlockButton.text())
EOF

if [ "$failures" -ne 0 ]; then
  echo "wheel check: $failures failed; log:"
  cat "$WORK/log"
  exit 1
fi
echo "wheel check: all passed"
