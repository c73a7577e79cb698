"""Write the licence texts and third-party notices that ship with every build.

Run with the Python of the environment being shipped (build-linux.sh runs it in the clean build
venv): it reads each installed distribution's metadata and licence files, so the notices follow
the lock file instead of a hand-kept list. Components that a wheel embeds without its own
metadata (Qt inside PySide6, SQLCipher and OpenSSL inside sqlcipher3, libsodium inside PyNaCl,
the Python runtime, PyInstaller's bootloader) get the hand-written notices in notices/.

Output (a folder): COPYING (the program's own GPL-3.0), GPL-3.0.txt, LGPL-3.0.txt, Apache-2.0.txt,
THIRD-PARTY-NOTICES.txt (every component with its licence text) and third-party.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Copied from Debian's /usr/share/common-licenses (base-files); in the repository so every OS has them.
LICENSE_TEXTS = HERE.parents[1] / "LICENSES"
# Tools that build or install the program but are not part of what runs.
NOT_SHIPPED = {
    "pip",
    "setuptools",
    "wheel",
    "pyinstaller",
    "pyinstaller-hooks-contrib",
    "altgraph",
    "vertrouwenspersoon",
}
# Metadata of these wheels says too little; notices/ has the full story.
EMBEDDED_NOTICES = {
    "pyside6-essentials": ["qt-pyside6.txt"],
    "shiboken6": ["qt-pyside6.txt"],
    "sqlcipher3": ["sqlcipher.txt", "openssl.txt"],
    "pynacl": ["libsodium.txt"],
    "pyinstaller": ["pyinstaller-bootloader.txt"],
}

# Where the metadata is silent or vague, the licences of what the wheel really contains.
LICENCE_OVERRIDES = {
    "sqlcipher3": "Zlib (pysqlite code) AND BSD-3-Clause (SQLCipher) AND Apache-2.0 (OpenSSL) AND blessing (SQLite)",
    "reportlab": "BSD-3-Clause",
    "pyinstaller": "GPL-2.0-or-later WITH Bootloader-exception (only the bootloader is shipped)",
}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    declared = (meta.get("License") or "").strip().splitlines()
    if declared and len(declared[0]) < 100:
        return declared[0]
    classifiers = [
        c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return " / ".join(classifiers) or "see licence text"


def _licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for entry in dist.files or []:
        parts = Path(str(entry)).parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        name = parts[-1]
        if re.match(r"(?i)^(licen[cs]e|copying|notice|authors)", name) or (
            len(parts) > 2 and parts[1] == "licenses"
        ):
            path = Path(dist.locate_file(entry))
            if path.is_file():
                texts.append(("/".join(parts[1:]), path.read_text(encoding="utf-8", errors="replace")))
    return sorted(texts)


def _openssl_version() -> str:
    """The OpenSSL that sqlcipher3 links statically, read from the binary so the notice stays true."""
    try:
        import sqlcipher3  # noqa: F401  (only to locate the extension)
    except ImportError:
        return "unknown"
    folder = Path(sys.modules["sqlcipher3"].__file__).parent
    for binary in folder.glob("_sqlite3*"):
        match = re.search(rb"OpenSSL (\d+\.\d+\.\d+[a-z]?) +\d+ \w+ \d{4}", binary.read_bytes())
        if match:
            return match.group(1).decode()
    return "unknown"


def _python_licence() -> str:
    for candidate in (
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(f"/usr/share/doc/python{sys.version_info.major}.{sys.version_info.minor}/copyright"),
    ):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace")
    return (HERE / "notices" / "python.txt").read_text(encoding="utf-8")


def _common(name: str) -> str:
    path = LICENSE_TEXTS / name
    if not path.is_file():
        sys.exit(f"{path} is missing: the repository's LICENSES/ folder holds the GPL/LGPL/Apache texts.")
    return path.read_text(encoding="utf-8")


def collect(out: Path, extra_dists: list[str]) -> list[dict[str, str]]:
    out.mkdir(parents=True, exist_ok=True)
    for target, source in (
        ("COPYING", "GPL-3.0-or-later.txt"),
        ("GPL-3.0.txt", "GPL-3.0-or-later.txt"),
        ("LGPL-3.0.txt", "LGPL-3.0-only.txt"),
        ("Apache-2.0.txt", "Apache-2.0.txt"),
    ):
        (out / target).write_text(_common(source), encoding="utf-8")

    components: list[dict[str, str]] = []
    sections: list[str] = []
    dists = {_normal(d.metadata["Name"]): d for d in metadata.distributions()}
    wanted = sorted(n for n in dists if n not in NOT_SHIPPED) + [_normal(n) for n in extra_dists]
    for name in wanted:
        dist = dists.get(name)
        if dist is None:
            continue
        licence = _licence_of(dist)
        licence = LICENCE_OVERRIDES.get(name, licence)
        components.append({"name": dist.metadata["Name"], "version": dist.version, "license": licence})
        body = [f"{dist.metadata['Name']} {dist.version}", f"Licence: {licence}", ""]
        for notice in EMBEDDED_NOTICES.get(name, []):
            text = (HERE / "notices" / notice).read_text(encoding="utf-8")
            body += [text.replace("@OPENSSL_VERSION@", _openssl_version()), ""]
        for file_name, text in _licence_files(dist):
            body += [f"--- {file_name} ---", text.rstrip(), ""]
        sections.append("\n".join(body))

    version = f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
    components.append({"name": "Python", "version": version, "license": "PSF-2.0"})
    sections.append(
        "\n".join(
            [f"Python {version} (the runtime inside the bundle)", "Licence: PSF-2.0", "", _python_licence()]
        )
    )

    header = (
        "Vertrouwenspersoon — third-party notices\n"
        "========================================\n\n"
        "Vertrouwenspersoon itself is free software under the GNU General Public License, version 3 or\n"
        "later (COPYING). It ships the components below, each under its own licence. Qt and PySide6 are\n"
        "used under the LGPL-3.0 (LGPL-3.0.txt): the application is distributed as a folder in which the Qt\n"
        "libraries are separate files you may replace with your own build of the same version.\n\n"
        + "\n".join(f"  {c['name']:<28} {c['version']:<14} {c['license']}" for c in components)
        + "\n\n"
    )
    separator = "\n" + "=" * 100 + "\n"
    (out / "THIRD-PARTY-NOTICES.txt").write_text(header + separator.join(sections) + "\n", encoding="utf-8")
    (out / "third-party.json").write_text(json.dumps(components, indent=2) + "\n", encoding="utf-8")
    return components


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--include", action="append", default=[], help="a build-tool distribution that ships code"
    )
    args = parser.parse_args()
    components = collect(args.out, args.include)
    print(f"licence notices for {len(components)} components written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
