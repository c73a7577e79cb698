#!/usr/bin/env bash
# Build the .deb from a PyInstaller one-folder bundle, reproducibly.
#
#   build-deb.sh BUNDLE_DIR LICENSES_DIR VERSION DEPENDS STAGING OUT.deb
#
# The same inputs and SOURCE_DATE_EPOCH give the same bytes: every file gets the epoch as mtime,
# owner root:root, normalised modes, and dpkg-deb sorts the archive members. build-linux.sh calls
# this twice into different staging folders and compares the results.
set -euo pipefail

BUNDLE=$1 LICENSES=$2 VERSION=$3 DEPENDS=$4 STAGING=$5 OUT=$6
HERE=$(cd "$(dirname "$0")" && pwd)
: "${SOURCE_DATE_EPOCH:?SOURCE_DATE_EPOCH must be set}"

rm -rf "$STAGING"
mkdir -p "$STAGING/DEBIAN" "$STAGING/opt" "$STAGING/usr/bin" "$STAGING/usr/share/applications" \
  "$STAGING/usr/share/icons/hicolor/scalable/apps" "$STAGING/usr/share/icons/hicolor/256x256/apps" \
  "$STAGING/usr/share/doc/vertrouwenspersoon/examples"

cp -a "$BUNDLE" "$STAGING/opt/vertrouwenspersoon"
ln -s /opt/vertrouwenspersoon/vertrouwenspersoon "$STAGING/usr/bin/vertrouwenspersoon"
install -m 0644 "$HERE/nl.vertrouwenspersoon.desktop" "$STAGING/usr/share/applications/"
install -m 0644 "$HERE/../icons/vertrouwenspersoon.svg" \
  "$STAGING/usr/share/icons/hicolor/scalable/apps/nl.vertrouwenspersoon.svg"
install -m 0644 "$HERE/../icons/vertrouwenspersoon-256.png" \
  "$STAGING/usr/share/icons/hicolor/256x256/apps/nl.vertrouwenspersoon.png"

DOC="$STAGING/usr/share/doc/vertrouwenspersoon"
cp "$LICENSES"/* "$DOC/"
install -m 0644 "$HERE/copyright" "$DOC/copyright"
install -m 0644 "$HERE/../policy/policy.json" "$DOC/examples/policy.json"
gzip -9n <"$HERE/changelog" >"$DOC/changelog.gz"

# Modes: directories 0755, files 0644, executables (ELF/scripts with an exec bit) 0755.
find "$STAGING" -path "$STAGING/DEBIAN" -prune -o -type d -exec chmod 0755 {} +
find "$STAGING" -path "$STAGING/DEBIAN" -prune -o -type f -perm /111 -exec chmod 0755 {} +
find "$STAGING" -path "$STAGING/DEBIAN" -prune -o -type f ! -perm /111 -exec chmod 0644 {} +

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
