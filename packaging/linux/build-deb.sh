#!/usr/bin/env bash
# Build the .deb from a PyInstaller one-folder bundle, reproducibly.
#
#   VP_APP_PYTHON=PYTHON build-deb.sh BUNDLE_DIR LICENSES_DIR VERSION DEPENDS STAGING OUT.deb
#
# VP_APP_PYTHON is a Python with the app installed (build-linux.sh's build venv): make-manpage.py imports
# the command line's parser from it to write the man page.
#
# The same inputs and SOURCE_DATE_EPOCH give the same bytes: every file gets the epoch as mtime,
# owner root:root, normalised modes, and dpkg-deb sorts the archive members. build-linux.sh calls
# this twice into different staging folders and compares the results.
#
# Generated here, never committed: the hicolor PNG icons (rsvg-convert, from ../icons/vertrouwenspersoon.svg)
# and the man page (make-manpage.py). What lintian still reports about the bundle, and why it is so, is in
# lintian-overrides (installed as /usr/share/lintian/overrides/vertrouwenspersoon).
set -euo pipefail

BUNDLE=$1 LICENSES=$2 VERSION=$3 DEPENDS=$4 STAGING=$5 OUT=$6
HERE=$(cd "$(dirname "$0")" && pwd)
: "${SOURCE_DATE_EPOCH:?SOURCE_DATE_EPOCH must be set}"
: "${VP_APP_PYTHON:?VP_APP_PYTHON must name a Python with the app installed (for the man page)}"
APP_ID=nl.vertrouwenspersoon
ICON_SIZES="16 22 24 32 48 64 128 256 512"

rm -rf "$STAGING"
mkdir -p "$STAGING/DEBIAN" "$STAGING/opt" "$STAGING/usr/bin" "$STAGING/usr/share/applications" \
  "$STAGING/usr/share/metainfo" "$STAGING/usr/share/man/man1" "$STAGING/usr/share/lintian/overrides" \
  "$STAGING/usr/share/icons/hicolor/scalable/apps" "$STAGING/usr/share/doc/vertrouwenspersoon/examples"

cp -a "$BUNDLE" "$STAGING/opt/vertrouwenspersoon"

# The Bitstream Vera fonts every PDF embeds come from Debian's ttf-bitstream-vera package, as Debian policy
# wants for fonts (lintian: duplicate-font-file): the bundle's copies become links to it, and it is a Depends.
SYSTEM_VERA=/usr/share/fonts/truetype/ttf-bitstream-vera
for font in "$STAGING"/opt/vertrouwenspersoon/_internal/reportlab/fonts/Vera*.ttf; do
  [ -e "$SYSTEM_VERA/$(basename "$font")" ] || { echo "missing $SYSTEM_VERA/$(basename "$font")" >&2; exit 1; }
  ln -sf "$SYSTEM_VERA/$(basename "$font")" "$font"
done
DEPENDS="$DEPENDS, ttf-bitstream-vera"

# What dh_strip, dh_fixperms and chrpath do for a package built from source, done to this copy of the
# bundle (the bundle itself stays as PyInstaller made it):
#  - RUNPATHs naming the build machine (CPython's own modules carry e.g. /root/.pyenv/versions/X/lib, where
#    the interpreter was compiled) are removed; the $ORIGIN-relative ones, which find the libraries inside
#    the bundle, stay;
#  - the Python runtime taken from the build machine (libpython, lib-dynload) loses debugging symbols and
#    the .comment/.note sections (dh_strip's options). Shared objects from wheels stay byte-identical to
#    the hash-locked wheels: auditwheel rewrote many of them with patchelf, and strip breaks such files
#    (numpy's libscipy_openblas64_ stripped: "ELF load command address/offset not page-aligned");
#  - shared objects are not executable (0644, below). The bundle's executable is not touched at all:
#    PyInstaller appends its archive to it.
mapfile -t shared < <(cd "$STAGING" && find opt -type f -print0 | xargs -0 file -N -0 |
  awk -F'\0' '$2 ~ /ELF .*shared object/ {print $1}' | LC_ALL=C sort)
for so in "${shared[@]}"; do
  f="$STAGING/$so"
  runpath=$(readelf -d "$f" | sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]$/\2/p')
  if [ -n "$runpath" ]; then
    keep=$(tr ':' '\n' <<<"$runpath" | { grep '^\$ORIGIN' || true; } | paste -sd: -)
    if [ -z "$keep" ]; then
      chrpath -d "$f" >/dev/null
    elif [ "$keep" != "$runpath" ]; then
      chrpath -r "$keep" "$f" >/dev/null
    fi
  fi
  case $so in
    opt/vertrouwenspersoon/_internal/libpython3*.so* | opt/vertrouwenspersoon/_internal/python3*/lib-dynload/*)
      strip --remove-section=.comment --remove-section=.note --strip-unneeded "$f" ;;
  esac
done

ln -s /opt/vertrouwenspersoon/vertrouwenspersoon "$STAGING/usr/bin/vertrouwenspersoon"
install -m 0644 "$HERE/$APP_ID.desktop" "$STAGING/usr/share/applications/"
install -m 0644 "$HERE/$APP_ID.metainfo.xml" "$STAGING/usr/share/metainfo/"
install -m 0644 "$HERE/lintian-overrides" "$STAGING/usr/share/lintian/overrides/vertrouwenspersoon"

# Icons: the SVG as drawn, and every standard hicolor size rendered from it.
install -m 0644 "$HERE/../icons/vertrouwenspersoon.svg" "$STAGING/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $ICON_SIZES; do
  mkdir -p "$STAGING/usr/share/icons/hicolor/${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" --format png \
    --output "$STAGING/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" "$HERE/../icons/vertrouwenspersoon.svg"
done

# Man page from the CLI's own argparse parser, dated SOURCE_DATE_EPOCH.
PYTHONDONTWRITEBYTECODE=1 "$VP_APP_PYTHON" "$HERE/make-manpage.py" "$STAGING/usr/share/man/man1/vertrouwenspersoon.1"
gzip -9n "$STAGING/usr/share/man/man1/vertrouwenspersoon.1"

DOC="$STAGING/usr/share/doc/vertrouwenspersoon"
cp "$LICENSES"/* "$DOC/"
install -m 0644 "$HERE/copyright" "$DOC/copyright"
install -m 0644 "$HERE/../policy/policy.json" "$DOC/examples/policy.json"
# A native package (the version has no Debian revision): its changelog is changelog.gz (Policy 12.7).
gzip -9n <"$HERE/changelog" >"$DOC/changelog.gz"

# Modes: directories 0755; the executable and scripts with an exec bit 0755; shared objects and every
# other file 0644.
find "$STAGING" -path "$STAGING/DEBIAN" -prune -o -type d -exec chmod 0755 {} +
find "$STAGING" -path "$STAGING/DEBIAN" -prune -o -type f -perm /111 -exec chmod 0755 {} +
find "$STAGING" -path "$STAGING/DEBIAN" -prune -o -type f ! -perm /111 -exec chmod 0644 {} +
for so in "${shared[@]}"; do chmod 0644 "$STAGING/$so"; done

INSTALLED_SIZE=$(du -sk --apparent-size --exclude=DEBIAN "$STAGING" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@DEPENDS@/$DEPENDS/" -e "s/@INSTALLED_SIZE@/$INSTALLED_SIZE/" \
  "$HERE/control.in" >"$STAGING/DEBIAN/control"
install -m 0755 "$HERE/postinst" "$HERE/postrm" "$STAGING/DEBIAN/"
(cd "$STAGING" && find . -path ./DEBIAN -prune -o -type f -print0 | LC_ALL=C sort -z |
  xargs -0 md5sum | sed 's# \./# #' >DEBIAN/md5sums)
chmod 0644 "$STAGING/DEBIAN/control" "$STAGING/DEBIAN/md5sums"

find "$STAGING" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
# A fixed thread count keeps xz's block layout (and so the bytes) the same on any machine.
dpkg-deb --root-owner-group -Zxz --threads-max=2 --build "$STAGING" "$OUT" >/dev/null
