"""Generate the WiX fragment (ComponentGroup "AppFiles") for a PyInstaller one-folder bundle.

Used on both sides: with wixl on Linux (build-linux.sh) and with WiX on the Windows runner, so
both build from the same kind of source. One file per component, component GUIDs derived from the
file's path (uuid5) so they stay stable across builds (Windows Installer's component rules), and
ids made from a hash because WiX ids allow only [A-Za-z0-9_.].
"""

from __future__ import annotations

import argparse
import hashlib
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

NAMESPACE = uuid.UUID("c7684b9e-7316-4e7c-99be-19120608a6a8")  # same as the policy components


def _id(prefix: str, relative: str) -> str:
    return f"{prefix}_{hashlib.sha256(relative.encode()).hexdigest()[:24]}"


def fragment(source: Path, source_var: str = "var.AppDir") -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
        "  <Fragment>",
    ]
    components: list[str] = []

    def walk(folder: Path, depth: int) -> None:
        pad = "  " * depth
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            relative = entry.relative_to(source).as_posix()
            if entry.is_dir():
                lines.append(
                    f"{pad}<Directory Id={quoteattr(_id('d', relative))} Name={quoteattr(entry.name)}>"
                )
                walk(entry, depth + 1)
                lines.append(f"{pad}</Directory>")
            else:
                component = _id("c", relative)
                guid = str(uuid.uuid5(NAMESPACE, "file/" + relative.lower())).upper()
                components.append(component)
                source_path = f"$({source_var})/{relative}"
                lines.append(f'{pad}<Component Id="{component}" Guid="{guid}" Win64="yes">')
                lines.append(
                    f"{pad}  <File Id={quoteattr(_id('f', relative))} Name={quoteattr(entry.name)} "
                    f'Source={quoteattr(source_path)} KeyPath="yes" />'
                )
                lines.append(f"{pad}</Component>")

    lines.append('    <DirectoryRef Id="INSTALLDIR">')
    walk(source, 3)
    lines.append("    </DirectoryRef>")
    lines.append('    <ComponentGroup Id="AppFiles">')
    lines += [f'      <ComponentRef Id="{c}" />' for c in components]
    lines += ["    </ComponentGroup>", "  </Fragment>", "</Wix>", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the bundle folder (dist/vertrouwenspersoon)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_text(fragment(args.source.resolve()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
