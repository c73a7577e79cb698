#!/usr/bin/env bash
# Sign Vertrouwenspersoon.app inside-out with the hardened runtime, wrap it in a .dmg (for people)
# and a .pkg (for MDM: Jamf, Intune, Kandji install .pkg silently), notarize both and staple the tickets.
#
#   packaging/macos/sign-and-notarize.sh dist/Vertrouwenspersoon.app VERSION OUTDIR
#
# Environment (never stored in the repository):
#   MACOS_SIGN_IDENTITY       "Developer ID Application: <Org> (TEAMID)"   (in an unlocked keychain)
#   MACOS_INSTALLER_IDENTITY  "Developer ID Installer: <Org> (TEAMID)"     (for the .pkg)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarytool credentials (app-specific password),
#   or NOTARY_PROFILE         a profile stored earlier with `xcrun notarytool store-credentials`.
# Specified for the macOS runner (.github/workflows/macos.yml); it cannot run on Linux.
set -euo pipefail

APP=$1 VERSION=$2 OUT=$3
HERE=$(cd "$(dirname "$0")" && pwd)
ENTITLEMENTS="$HERE/entitlements.plist"
: "${MACOS_SIGN_IDENTITY:?}" "${MACOS_INSTALLER_IDENTITY:?}"
mkdir -p "$OUT"

sign() { codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$@"; }

# 1. Inside-out: every Mach-O file (dylibs, Python extension modules, helper executables, the
#    frameworks' binaries), deepest paths first...
find "$APP/Contents" -type f -print0 | while IFS= read -r -d '' f; do
  if file -b "$f" | grep -q 'Mach-O'; then printf '%s\0' "$f"; fi
done | sort -rz | while IFS= read -r -d '' f; do
  sign "$f"
done
# 2. ...then each framework bundle (Qt*.framework), deepest first...
find "$APP/Contents" -depth -type d -name '*.framework' -print0 | while IFS= read -r -d '' fw; do sign "$fw"; done
# 3. ...and the app last, with the entitlements. (Never --deep: it hides what got signed how.)
sign --entitlements "$ENTITLEMENTS" "$APP"
codesign --verify --strict --deep --verbose=2 "$APP"
codesign --display --entitlements - "$APP"

notarize() {
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$1" --keychain-profile "$NOTARY_PROFILE" --wait --timeout 30m
  else
    xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
  fi
  xcrun stapler staple "$1"
  xcrun stapler validate "$1"
}

# 4. Disk image for people installing by hand.
DMG="$OUT/Vertrouwenspersoon-$VERSION.dmg"
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Vertrouwenspersoon $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
notarize "$DMG"
spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"

# 5. Installer package for MDM (silent: `installer -pkg ... -target /`).
PKG="$OUT/Vertrouwenspersoon-$VERSION.pkg"
pkgbuild --component "$APP" --install-location /Applications --identifier nl.vertrouwenspersoon \
  --version "$VERSION" --sign "$MACOS_INSTALLER_IDENTITY" --timestamp "$PKG"
notarize "$PKG"
spctl --assess --type install --verbose=2 "$PKG"
rm -rf "$STAGE"
