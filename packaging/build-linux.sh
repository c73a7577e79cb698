#!/usr/bin/env bash
# One command, on a fresh Debian 12 machine (as root), from a git checkout:
#
#     packaging/build-linux.sh
#
# builds and verifies every release artefact that can be made on Linux, into packaging/dist/:
#   1. installs its own build tools (apt; pip by name from packaging/requirements-*.lock, hash-checked)
#   2. installs the app from requirements.lock (--require-hashes) into a clean venv, then the app itself
#   3. CycloneDX SBOM of that runtime environment, licence texts and third-party notices
#   4. PyInstaller one-folder bundle (packaging/pyinstaller/vertrouwenspersoon.spec) + its self-test offscreen,
#      built twice to show it is byte-identical, and a window check on Xvfb (linux/gui-smoke.sh)
#   5. a reproducible .deb (built twice, compared byte for byte), installed with apt, self-test and window
#      check from the installed package, removed
#   6. the MSI from packaging/windows/*.wxs with wixl (structure check: the Windows bundle itself is
#      built on a Windows runner, .github/workflows/windows.yml), Authenticode-signed with osslsigncode
#   7. SHA256SUMS over every artefact with a detached GPG signature
# and ends with a verification summary; it exits non-zero when any check failed.
#
# Signing material comes from the environment; without it throwaway keys are made (and said so):
#   VP_SIGN_CERT + VP_SIGN_KEY (PEM files) [+ VP_SIGN_KEY_PASS], or VP_SIGN_PKCS12 [+ VP_SIGN_KEY_PASS]
#   VP_TIMESTAMP_URL                     RFC 3161 timestamp server for the MSI (needs network; off here)
#   VP_GPG_PRIVATE_KEY (armored key file) [+ VP_GPG_PASSPHRASE]
# Other switches: VP_SKIP_APT=1 (tools already installed), VP_SKIP_DEB_INSTALL=1 (no root/apt),
#   VP_SOURCE=worktree (package the working tree instead of the last commit).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PKG="$ROOT/packaging"
DIST="$PKG/dist"
WORK="$PKG/build"
START=$(date +%s)
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 LC_ALL=C.UTF-8 TZ=UTC

declare -a CHECK_NAMES=() CHECK_RESULTS=()
record() { CHECK_NAMES+=("$1"); CHECK_RESULTS+=("$2"); }
# check NAME COMMAND...: run a verification, record ok/FAILED, never abort the script.
check() {
  local name=$1; shift
  printf '\n### check: %s\n' "$name" >>"$WORK/checks.log"
  if "$@" >>"$WORK/checks.log" 2>&1; then record "$name" ok; else record "$name" FAILED; fi
}
# expect_failure NAME COMMAND...: the command MUST fail (tampered input); success is a failed check.
expect_failure() {
  local name=$1; shift
  printf '\n### check (must fail): %s\n' "$name" >>"$WORK/checks.log"
  if "$@" >>"$WORK/checks.log" 2>&1; then record "$name" FAILED; else record "$name" ok; fi
}
# pip, minus warnings about local index folders that some machines' pip.conf names but lack.
quiet_pip() {
  local rc=0
  "$@" 2>&1 | { grep -v "^WARNING: Location 'file:" || true; } || rc=$?
  return $rc
}
step() { printf '\n==> %s  (%ss)\n' "$*" "$(($(date +%s) - START))"; }

summary() {
  local status=$? failed=0 i passed=0 failures=0
  printf '\n================ Verification summary ================\n'
  for i in "${!CHECK_NAMES[@]}"; do
    printf '  %-58s %s\n' "${CHECK_NAMES[$i]}" "${CHECK_RESULTS[$i]}"
    if [ "${CHECK_RESULTS[$i]}" = ok ]; then passed=$((passed + 1)); else failed=1; failures=$((failures + 1)); fi
  done
  [ ${#CHECK_NAMES[@]} -gt 0 ] || failed=1
  if [ "$status" -ne 0 ]; then
    printf '  %-58s %s\n' "build aborted before all checks ran (exit $status)" FAILED
    failed=1 failures=$((failures + 1))
  fi
  printf '  time: %ss; artefacts in %s\n' "$(($(date +%s) - START))" "$DIST"
  if [ "$failed" -ne 0 ]; then
    printf 'RESULT: FAILED (details: %s)\n' "$WORK/checks.log"
    printf 'packaging: %d passed, %d failed\n' "$passed" "$failures"
    exit 1
  fi
  printf 'RESULT: all checks passed\n'
  printf 'packaging: %d passed, %d failed\n' "$passed" "$failures"
}
trap summary EXIT

# ---------------------------------------------------------------------------------------------
step "1/8 build tools"
# Runtime libraries of Qt's xcb/wayland plugins: the bundle needs them to start, and dpkg-shlibdeps
# must find them installed to turn them into Depends of the .deb.
QT_RUNTIME_LIBS="libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxkbcommon0
  libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libwayland-client0 libwayland-cursor0 libwayland-egl1 libcups2
  libdrm2 libssl3 libzstd1 libbrotli1 libgssapi-krb5-2"
BUILD_TOOLS="git python3 python3-venv dpkg-dev fakeroot desktop-file-utils wixl msitools osslsigncode
  gnupg binutils file openssl xz-utils base-files ca-certificates xvfb xauth x11-utils
  lintian appstream librsvg2-bin groff-base man-db chrpath poppler-utils ttf-bitstream-vera"
if [ -z "${VP_SKIP_APT:-}" ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $BUILD_TOOLS $QT_RUNTIME_LIBS >/dev/null
fi
for tool in git python3 dpkg-deb dpkg-shlibdeps desktop-file-validate wixl msiinfo osslsigncode gpg openssl file \
  xvfb-run xwininfo lintian appstreamcli rsvg-convert groff man chrpath strip readelf dpkg-parsechangelog pdftotext pdffonts; do
  command -v "$tool" >/dev/null || { echo "missing build tool: $tool" >&2; exit 1; }
done

rm -rf "$WORK" "$DIST"
mkdir -p "$WORK" "$DIST"
: >"$WORK/checks.log"

cd "$ROOT"
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
export SOURCE_DATE_EPOCH
VERSION=$(python3 -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' pyproject.toml)
echo "version $VERSION, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH ($(date -u -d "@$SOURCE_DATE_EPOCH" +%F))"

# The source being packaged: the last commit (what CI checked out), not whatever is lying around.
SRC="$WORK/src"
mkdir -p "$SRC"
if [ "${VP_SOURCE:-commit}" = worktree ]; then
  git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$SRC"
else
  git archive --format=tar HEAD | tar -xf - -C "$SRC"
fi

# ---------------------------------------------------------------------------------------------
step "2/8 clean runtime environment from requirements.lock"
python3 -m venv "$WORK/venv"
PY="$WORK/venv/bin/python"
quiet_pip "$PY" -m pip install --quiet --require-hashes -r "$SRC/requirements.lock"
# The package's own build step (setup.py) compiles the Qt forms and translations into the wheel.
quiet_pip "$PY" -m pip install --quiet --no-deps --no-build-isolation "$SRC"

python3 -m venv "$WORK/tools"
quiet_pip "$WORK/tools/bin/python" -m pip install --quiet --require-hashes -r "$PKG/requirements-sbom.lock"

# ---------------------------------------------------------------------------------------------
step "3/8 SBOM and licence notices"
SBOM="$DIST/vertrouwenspersoon-$VERSION.cdx.json"
"$WORK/tools/bin/cyclonedx-py" environment --output-reproducible --output-format JSON \
  --output-file "$SBOM" "$PY" >/dev/null
check "SBOM lists PySide6 and sqlcipher3" python3 - "$SBOM" <<'EOF'
import json, sys
names = {c["name"].lower().replace("_", "-") for c in json.load(open(sys.argv[1]))["components"]}
missing = [n for n in ("pyside6-essentials", "sqlcipher3") if n not in names]
sys.exit(f"missing from SBOM: {missing}" if missing else 0)
EOF

# PyInstaller goes into the runtime venv only now, after the SBOM, so the SBOM describes what ships.
quiet_pip "$PY" -m pip install --quiet --require-hashes -r "$PKG/requirements-pyinstaller.lock"
LICENSES="$WORK/licenses"
"$PY" "$PKG/licenses/collect_notices.py" --out "$LICENSES" --include pyinstaller
check "licence texts and third-party notices generated" python3 - "$LICENSES" <<'EOF'
import pathlib, sys
d = pathlib.Path(sys.argv[1])
notices = (d / "THIRD-PARTY-NOTICES.txt").read_text()
need = ["PySide6", "SQLCipher", "OpenSSL", "reportlab", "keyring", "python-dateutil", "argon2-cffi",
        "PyNaCl", "libsodium", "openpyxl", "LGPL-3.0"]
missing = [n for n in need if n not in notices]
if "GNU LESSER GENERAL PUBLIC LICENSE" not in (d / "LGPL-3.0.txt").read_text():
    missing.append("LGPL-3.0.txt")
if "GNU GENERAL PUBLIC LICENSE" not in (d / "GPL-3.0.txt").read_text() or not (d / "COPYING").is_file():
    missing.append("GPL-3.0.txt/COPYING")
sys.exit(f"missing: {missing}" if missing else 0)
EOF

# ---------------------------------------------------------------------------------------------
step "4/8 PyInstaller one-folder bundle"
VP_SOURCE_DIR="$SRC" VP_LICENSES_DIR="$LICENSES" VP_SYSTEM_LIBS=depend PYTHONHASHSEED=0 \
  "$WORK/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$WORK/bundle" --workpath "$WORK/pyinstaller" "$PKG/pyinstaller/vertrouwenspersoon.spec"
BUNDLE="$WORK/bundle/vertrouwenspersoon"
# Build it a second time from the same environment: the bundle itself should be byte-identical.
VP_SOURCE_DIR="$SRC" VP_LICENSES_DIR="$LICENSES" VP_SYSTEM_LIBS=depend PYTHONHASHSEED=0 \
  "$WORK/venv/bin/pyinstaller" --noconfirm --clean --log-level ERROR \
  --distpath "$WORK/bundle2" --workpath "$WORK/pyinstaller2" "$PKG/pyinstaller/vertrouwenspersoon.spec"
check "PyInstaller bundle is reproducible (two builds, same files)" diff -r -q "$BUNDLE" "$WORK/bundle2/vertrouwenspersoon"
rm -rf "$WORK/bundle2" "$WORK/pyinstaller2"

# Every library the bundle needs must be either inside it or installed from Debian (then a Depends).
unresolved=$(find "$BUNDLE" -type f -name '*.so*' -print0 | xargs -0 -n 20 ldd 2>/dev/null | grep 'not found' | sort -u || true)
if [ -n "$unresolved" ]; then echo "unresolved libraries:"; echo "$unresolved"; fi
check "bundle has no unresolved shared libraries" test -z "$unresolved"

selftest() { # selftest EXECUTABLE: run `self-test` offscreen in a throwaway home, print its output
  local home; home=$(mktemp -d)
  env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
    "$1" self-test
  local status=$?
  rm -rf "$home"
  return $status
}
check "bundle self-test (offscreen)" selftest "$BUNDLE/vertrouwenspersoon"
check "bundle opens its window on an X server (Qt xcb plugin)" "$PKG/linux/gui-smoke.sh" "$BUNDLE/vertrouwenspersoon"
tail -n 20 "$WORK/checks.log"

# ---------------------------------------------------------------------------------------------
step "5/8 .deb (Depends from dpkg-shlibdeps; built twice for reproducibility)"
SHL="$WORK/shlibdeps"
mkdir -p "$SHL/debian/vertrouwenspersoon/DEBIAN" "$SHL/debian/vertrouwenspersoon/opt"
printf 'Source: vertrouwenspersoon\n\nPackage: vertrouwenspersoon\nArchitecture: amd64\n' >"$SHL/debian/control"
cp -a "$BUNDLE" "$SHL/debian/vertrouwenspersoon/opt/"
(
  cd "$SHL"
  B=debian/vertrouwenspersoon/opt/vertrouwenspersoon
  mapfile -t elfs < <(find "$B" -type f -print0 | xargs -0 file -N -0 | awk -F'\0' '$2 ~ /ELF/ {print $1}' | sort)
  dpkg-shlibdeps -O -l"$B/_internal" -l"$B/_internal/PySide6/Qt/lib" "${elfs[@]}" 2>/dev/null
) >"$WORK/shlibs.substvars"
DEPENDS=$(sed -n 's/^shlibs:Depends=//p' "$WORK/shlibs.substvars")
echo "Depends: $DEPENDS"
check "Depends include the xcb libraries Qt's xcb plugin needs" \
  bash -c "grep -q libxcb-cursor0 <<<'$DEPENDS' && grep -q libxkbcommon-x11-0 <<<'$DEPENDS' && grep -q libxcb-icccm4 <<<'$DEPENDS'"
DEB="$DIST/vertrouwenspersoon_${VERSION}_amd64.deb"
# build-deb.sh also writes the man page, from the CLI's parser in the build venv ($PY).
VP_APP_PYTHON="$PY" "$PKG/linux/build-deb.sh" "$BUNDLE" "$LICENSES" "$VERSION" "$DEPENDS" "$WORK/deb-a" "$DEB"
VP_APP_PYTHON="$PY" "$PKG/linux/build-deb.sh" "$BUNDLE" "$LICENSES" "$VERSION" "$DEPENDS" "$WORK/deb-b" "$WORK/second.deb"
check ".deb is reproducible (two builds, identical bytes)" cmp "$DEB" "$WORK/second.deb"
check ".desktop entry validates" desktop-file-validate "$WORK/deb-a/usr/share/applications/nl.vertrouwenspersoon.desktop"
dpkg-deb -c "$DEB" >"$WORK/deb-contents.txt"
DEBX="$WORK/deb-x" # the .deb's own files, as dpkg unpacks them
dpkg-deb -x "$DEB" "$DEBX"

# lintian: errors and warnings fail; info and pedantic tags are shown in checks.log. What remains is
# overridden in linux/lintian-overrides, each override with its reason.
lintian_deb() {
  lintian --fail-on error,warning --display-info --pedantic --tag-display-limit 0 "$DEB" 2>&1 | tee "$WORK/lintian.txt"
  return "${PIPESTATUS[0]}"
}
check "lintian: no errors or warnings" lintian_deb
check "lintian: no man page tags at any level" bash -c "! grep -E 'manpage|manual-page' '$WORK/lintian.txt'"
check "lintian overrides installed, each with a comment saying why" python3 - "$DEBX" <<'EOF'
import pathlib, sys
path = pathlib.Path(sys.argv[1], "usr/share/lintian/overrides/vertrouwenspersoon")
comment, bare, count = False, [], 0
for line in path.read_text().splitlines():
    if line.startswith("#"):
        comment = True
    elif not line.strip():
        comment = False
    else:
        count += 1
        if not comment:
            bare.append(line)
print(f"{count} overrides")
sys.exit(f"overrides without a comment above them: {bare}" if bare else 0)
EOF
check "changelog's version is the package version ($VERSION)" \
  test "$(dpkg-parsechangelog -l "$PKG/linux/changelog" -S Version)" = "$VERSION"

# AppStream. The component id nl.vertrouwenspersoon is the desktop file's name and the Wayland app id the
# app sets (gui/app.py setDesktopFileName), so it stays; appstreamcli wants three rDNS parts and warns
# (cid-desktopapp-is-not-rdns), which is lowered to pedantic here. Every other issue, down to info, fails.
METAINFO="$DEBX/usr/share/metainfo/nl.vertrouwenspersoon.metainfo.xml"
AS_OPTS=(--no-net --explain --strict --override=cid-desktopapp-is-not-rdns=pedantic)
check "AppStream metainfo validates (appstreamcli validate --no-net --explain)" appstreamcli validate "${AS_OPTS[@]}" "$METAINFO"
check "AppStream metainfo and desktop entry validate together (validate-tree)" appstreamcli validate-tree "${AS_OPTS[@]}" "$DEBX"
check "AppStream metainfo: launchable, licences, OARS, release $VERSION, Dutch" python3 - "$METAINFO" "$VERSION" "$DEBX" <<'EOF'
import os, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
problems = []
def want(cond, what):
    if not cond:
        problems.append(what)
want(root.get("type") == "desktop-application" and root.findtext("id") == "nl.vertrouwenspersoon", "type/id")
launch = root.findtext("launchable[@type='desktop-id']")
want(launch and os.path.isfile(os.path.join(sys.argv[3], "usr/share/applications", launch)), "launchable")
want(root.findtext("project_license") == "GPL-3.0-or-later", "project_license")
want(root.findtext("metadata_license") in ("CC0-1.0", "FSFAP"), "metadata_license")
want(root.find("content_rating[@type='oars-1.1']") is not None, "content_rating")
want(root.find(f"releases/release[@version='{sys.argv[2]}']") is not None, f"release {sys.argv[2]}")
lang = "{http://www.w3.org/XML/1998/namespace}lang"
for tag in ("summary", "description/p"):
    want(any(e.get(lang) == "nl" for e in root.findall(tag)), f"Dutch {tag}")
sys.exit(f"metainfo: {problems}" if problems else 0)
EOF

check ".deb icons: every hicolor size at its pixel size, and the SVG" python3 - "$DEBX" <<'EOF'
import pathlib, struct, sys
base = pathlib.Path(sys.argv[1], "usr/share/icons/hicolor")
problems = []
for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
    png = base / f"{size}x{size}/apps/nl.vertrouwenspersoon.png"
    if not png.is_file():
        problems.append(f"missing {png}")
        continue
    head = png.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        problems.append(f"not a PNG: {png}")
        continue
    width, height = struct.unpack(">II", head[16:24])
    print(f"{png.relative_to(base)}: {width}x{height}")
    if (width, height) != (size, size):
        problems.append(f"{png}: {width}x{height}")
svg = base / "scalable/apps/nl.vertrouwenspersoon.svg"
if not svg.is_file() or b"<svg" not in svg.read_bytes():
    problems.append(f"missing {svg}")
sys.exit("\n".join(problems) if problems else 0)
EOF

MANPAGE="$DEBX/usr/share/man/man1/vertrouwenspersoon.1.gz"
manpage_renders() { # groff, and man as lintian runs it, must render the page without a single warning
  local warnings
  warnings=$({ zcat "$1" | groff -man -Tutf8 -ww -z
    MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$1" >/dev/null; } 2>&1)
  [ -z "$warnings" ] || { printf '%s\n' "$warnings"; return 1; }
  MANWIDTH=100 man -l "$1" | head -n 12
}
check "man page installed gzipped and renders without warnings" manpage_renders "$MANPAGE"
check "man page: every section, and a subsection for every CLI command" "$PY" - "$MANPAGE" <<'EOF'
import gzip, sys
from vertrouwenspersoon.cli import command_names
page = gzip.open(sys.argv[1], "rt", encoding="ascii").read().replace("\\-", "-")
heads = {(line[:3], line[4:].strip('"')) for line in page.splitlines() if line.startswith((".SH ", ".SS "))}
sections = ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES", "SEE ALSO")
missing = [s for s in sections if (".SH", s) not in heads]
subsections = {title.split(" ")[0] for kind, title in heads if kind == ".SS"}
missing += sorted(f"command {name}" for name in command_names() - subsections)
sys.exit(f"man page lacks: {missing}" if missing else 0)
EOF

# The .deb's copy of the bundle has its Python runtime stripped and its RUNPATHs cleaned: prove that a
# command whose libraries reach furthest (the annual report: numpy, HiGHS) still runs from it.
deb_report() {
  local home exe="$DEBX/opt/vertrouwenspersoon/vertrouwenspersoon" pass="Build check passphrase 7 horses!"
  home=$(mktemp -d)
  (
    export HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen VERTROUWENSPERSOON_LANG=en
    printf '%s\n%s\n' "$pass" "$pass" | "$exe" demo --vault "$home/vault" --passphrase-stdin --cases 40 >/dev/null &&
      printf '%s\n' "$pass" | "$exe" report --vault "$home/vault" --passphrase-stdin --year "$(date -u +%Y)" \
        --out "$home/report.json" && python3 -m json.tool "$home/report.json" >/dev/null &&
      printf '%s\n' "$pass" | "$exe" report --vault "$home/vault" --passphrase-stdin --year "$(date -u +%Y)" \
        --out "$home/report.pdf" && pdftotext "$home/report.pdf" "$home/report.txt" &&
      grep -q "$(date -u +%Y)" "$home/report.txt" &&
      pdffonts "$home/report.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad = 1} END {exit bad}'
  )
  local status=$?
  rm -rf "$home"
  return $status
}
check ".deb's files: demo vault, JSON and PDF annual report (numpy, HiGHS, fonts embedded)" deb_report
check ".deb ships licences in /usr/share/doc/vertrouwenspersoon" \
  grep -q './usr/share/doc/vertrouwenspersoon/LGPL-3.0.txt' "$WORK/deb-contents.txt"
check ".deb ships third-party notices" \
  grep -q './usr/share/doc/vertrouwenspersoon/THIRD-PARTY-NOTICES.txt' "$WORK/deb-contents.txt"
check "bundle ships licences" test -f "$BUNDLE/_internal/licenses/THIRD-PARTY-NOTICES.txt"
dpkg-deb -I "$DEB" | sed -n '/Package:/,/Description/p'

if [ -z "${VP_SKIP_DEB_INSTALL:-}" ] && [ "$(id -u)" = 0 ]; then
  apt-get install -y -qq --no-install-recommends "$DEB" >/dev/null
  check ".deb installed: /usr/bin/vertrouwenspersoon -> /opt" test -x /usr/bin/vertrouwenspersoon -a -d /opt/vertrouwenspersoon
  check ".deb installed: files match md5sums (dpkg --verify)" dpkg --verify vertrouwenspersoon
  check ".deb installed: man finds vertrouwenspersoon(1)" \
    test "$(man -w vertrouwenspersoon)" = /usr/share/man/man1/vertrouwenspersoon.1.gz
  check ".deb installed: vertrouwenspersoon self-test" selftest /usr/bin/vertrouwenspersoon
  check ".deb installed: app window opens on X" "$PKG/linux/gui-smoke.sh" /usr/bin/vertrouwenspersoon
  tail -n 20 "$WORK/checks.log"
  apt-get remove -y -qq --purge vertrouwenspersoon >/dev/null
  check ".deb removed cleanly" bash -c '! dpkg -s vertrouwenspersoon 2>/dev/null | grep -q "Status: install ok" && test ! -e /opt/vertrouwenspersoon && test ! -e /usr/bin/vertrouwenspersoon'
else
  record ".deb install + self-test (skipped: VP_SKIP_DEB_INSTALL or not root)" FAILED
fi

# ---------------------------------------------------------------------------------------------
step "6/8 MSI from the WiX source (wixl) and Authenticode signature (osslsigncode)"
# wixl cannot make a Windows program: the payload here is a stand-in (licences and a README in place
# of vertrouwenspersoon.exe) so that the installer source, its tables and the signing are proven.
MSIW="$WORK/msi"
mkdir -p "$MSIW/payload"
cp -r "$LICENSES" "$MSIW/payload/licenses"
printf 'Stand-in built on Linux by wixl to verify the installer source; not a Windows program.\r\n' \
  >"$MSIW/payload/vertrouwenspersoon.exe"
cp "$MSIW/payload/vertrouwenspersoon.exe" "$MSIW/payload/vertrouwenspersoon-cli.exe"
cp "$PKG/icons/vertrouwenspersoon.ico" "$MSIW/"
python3 "$PKG/windows/harvest.py" "$MSIW/payload" --out "$MSIW/files.wxs"
MSI_UNSIGNED="$MSIW/unsigned.msi"
(cd "$MSIW" && wixl -a x64 -D Version="$VERSION" -D AppDir=payload -D IconFile=vertrouwenspersoon.ico \
  -o "$MSI_UNSIGNED" "$PKG/windows/vertrouwenspersoon.wxs" files.wxs 2>&1 | grep -v -e "property named 'Secure'" -e '^$' || true)
test -s "$MSI_UNSIGNED"
msiinfo export "$MSI_UNSIGNED" Property >"$MSIW/Property.idt"
msiinfo export "$MSI_UNSIGNED" Upgrade >"$MSIW/Upgrade.idt"
msiinfo export "$MSI_UNSIGNED" Registry >"$MSIW/Registry.idt"
check "MSI: ALLUSERS=1 (per-machine)" grep -qP '^ALLUSERS\t1\r?$' "$MSIW/Property.idt"
check "MSI: fixed UpgradeCode" grep -q '{8374AB6D-19B2-4DA2-859C-47B8614BF9EF}' "$MSIW/Property.idt"
check "MSI: Upgrade rows (upgrade + downgrade detection)" \
  bash -c "grep -q WIX_UPGRADE_DETECTED '$MSIW/Upgrade.idt' && grep -q WIX_DOWNGRADE_DETECTED '$MSIW/Upgrade.idt'"
check "MSI: policy properties write HKLM\\Software\\Policies\\Vertrouwenspersoon" python3 - "$MSIW/Registry.idt" <<'EOF'
import sys
rows = [line.rstrip("\r\n").split("\t") for line in open(sys.argv[1], encoding="latin-1")]
wanted = ["2", "Software\\Policies\\Vertrouwenspersoon", "report_k", "[REPORT_K]"]
sys.exit(0 if any(row[1:5] == wanted for row in rows) else "no HKLM policy row for REPORT_K")
EOF

SIGN="$WORK/signing"
mkdir -p "$SIGN"
SIGN_ARGS=()
if [ -n "${VP_SIGN_PKCS12:-}" ]; then
  SIGN_ARGS=(-pkcs12 "$VP_SIGN_PKCS12")
  openssl pkcs12 -in "$VP_SIGN_PKCS12" -nokeys -passin "pass:${VP_SIGN_KEY_PASS:-}" -out "$SIGN/cert.pem"
elif [ -n "${VP_SIGN_CERT:-}" ]; then
  SIGN_ARGS=(-certs "$VP_SIGN_CERT" -key "$VP_SIGN_KEY")
  cp "$VP_SIGN_CERT" "$SIGN/cert.pem"
else
  echo "No VP_SIGN_* certificate given: signing with a throwaway self-signed certificate (NOT for release)."
  openssl req -x509 -newkey rsa:3072 -nodes -days 30 -subj "/CN=Vertrouwenspersoon throwaway build signer" \
    -addext "extendedKeyUsage=codeSigning" -addext "keyUsage=digitalSignature" \
    -keyout "$SIGN/key.pem" -out "$SIGN/cert.pem" 2>/dev/null
  SIGN_ARGS=(-certs "$SIGN/cert.pem" -key "$SIGN/key.pem")
fi
[ -z "${VP_SIGN_KEY_PASS:-}" ] || SIGN_ARGS+=(-pass "$VP_SIGN_KEY_PASS")
[ -z "${VP_TIMESTAMP_URL:-}" ] || SIGN_ARGS+=(-ts "$VP_TIMESTAMP_URL")
MSI="$DIST/vertrouwenspersoon-$VERSION-x64-wixl-structure-test.msi"
osslsigncode sign "${SIGN_ARGS[@]}" -h sha256 -n "Vertrouwenspersoon $VERSION" \
  -in "$MSI_UNSIGNED" -out "$MSI" >/dev/null
check "MSI signature verifies" osslsigncode verify -CAfile "$SIGN/cert.pem" -in "$MSI"
# Tamper: change one property inside the signed MSI's database (a real content change, not padding).
cp "$MSI" "$MSIW/tampered.msi"
python3 - "$MSIW/tampered.msi" <<'EOF'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
needle = "Er is al een nieuwere versie".encode()
at = data.find(needle)
assert at > 0, "marker string not found in MSI"
data[at] ^= 0x20  # 'E' -> 'e'
open(sys.argv[1], "wb").write(data)
EOF
expect_failure "MSI: tampered copy fails verification" osslsigncode verify -CAfile "$SIGN/cert.pem" -in "$MSIW/tampered.msi"

# ---------------------------------------------------------------------------------------------
step "7/8 SHA256SUMS and detached GPG signature"
export GNUPGHOME="$WORK/gnupg"
mkdir -p -m 0700 "$GNUPGHOME"
GPG=(gpg --batch --quiet --pinentry-mode loopback --passphrase "${VP_GPG_PASSPHRASE:-}")
if [ -n "${VP_GPG_PRIVATE_KEY:-}" ]; then
  "${GPG[@]}" --import "$VP_GPG_PRIVATE_KEY"
else
  echo "No VP_GPG_PRIVATE_KEY given: signing SHA256SUMS with a throwaway key (NOT for release)."
  "${GPG[@]}" --quick-gen-key "Vertrouwenspersoon throwaway build key <build@vertrouwenspersoon.invalid>" ed25519 sign 1d
fi
KEYID=$("${GPG[@]}" --list-secret-keys --with-colons | awk -F: '/^fpr/ {print $10; exit}')
"${GPG[@]}" --armor --export "$KEYID" >"$DIST/SIGNING-KEY.asc"
(cd "$DIST" && find . -maxdepth 1 -type f ! -name 'SHA256SUMS*' -printf '%P\n' | LC_ALL=C sort | xargs sha256sum >SHA256SUMS)
"${GPG[@]}" --local-user "$KEYID" --armor --detach-sign --output "$DIST/SHA256SUMS.asc" "$DIST/SHA256SUMS"
cat "$DIST/SHA256SUMS"

# Verify as a recipient would: only the published key, in a fresh keyring.
VERIFY="$WORK/verify"
mkdir -p "$VERIFY/keyring"
gpg --batch --quiet --no-default-keyring --keyring "$VERIFY/keyring/pub.kbx" --import "$DIST/SIGNING-KEY.asc" 2>/dev/null
verify_release() { # verify_release DIR: signature of SHA256SUMS, then every checksum
  gpgv --keyring "$VERIFY/keyring/pub.kbx" "$1/SHA256SUMS.asc" "$1/SHA256SUMS" && (cd "$1" && sha256sum --quiet -c SHA256SUMS)
}
check "SHA256SUMS signature and checksums verify" verify_release "$DIST"
cp -r "$DIST" "$VERIFY/tampered-artefact"
# flip one bit (writing a fixed byte is a no-op whenever that byte happens to be there already)
python3 -c 'import sys; p = sys.argv[1]; d = bytearray(open(p, "rb").read()); d[1000] ^= 0x01; open(p, "wb").write(d)' \
  "$VERIFY/tampered-artefact/$(basename "$DEB")"
expect_failure "tampered artefact fails SHA256SUMS verification" verify_release "$VERIFY/tampered-artefact"
cp -r "$DIST" "$VERIFY/tampered-sums"
# change the first hex digit to a different one (a fixed '0' is a no-op one time in sixteen)
python3 -c 'import sys; p = sys.argv[1]; t = open(p).read(); open(p, "w").write("0123456789abcdef"[(int(t[0], 16) + 1) % 16] + t[1:])' \
  "$VERIFY/tampered-sums/SHA256SUMS"
expect_failure "tampered SHA256SUMS fails signature verification" verify_release "$VERIFY/tampered-sums"

# ---------------------------------------------------------------------------------------------
step "8/8 done"
ls -la "$DIST"
