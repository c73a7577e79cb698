"""Statistics bundles: an advisor's exact yearly aggregates, sealed so only the ombudsperson can read them.

Why PyNaCl (libsodium): audited, widely deployed primitives (X25519, XSalsa20-Poly1305, Argon2id) behind an
API that leaves no choice to get wrong, shipped inside the wheel on every platform — and no custom crypto here.
`SealedBox` encrypts to the ombudsperson's public key with an ephemeral key pair: the advisor needs no secret,
and any changed byte makes decryption fail (Poly1305 authentication), so tampering is always detected.

File formats (UTF-8 JSON, so a person can see what a file is; binary values base64):
- public key  `{"format": "vertrouwenspersoon-stats-public-key", "version": 1, "public_key": …}`
- private key `{"format": "vertrouwenspersoon-stats-private-key", "version": 1, "public_key": …,
  "kdf": {"name": "argon2id", "salt": …, "opslimit": …, "memlimit": …}, "secret": SecretBox(key).encrypt(…)}`
  where the SecretBox key is Argon2id(passphrase) (`nacl.pwhash.argon2id.kdf`).
- bundle      `{"format": "vertrouwenspersoon-stats-bundle", "version": 1, "sealed": …}`; the sealed payload
  is JSON `{"format", "version", "advisor_id", "year", "figures": YearFigures.to_dict()}`: counts only, no
  records, no text, no reference numbers. The clear version lets a newer file be refused by its version.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils
from nacl.public import PrivateKey, PublicKey, SealedBox

from vertrouwenspersoon import messages
from vertrouwenspersoon.bounded_input import decode_utf8, load_json_file, parse_json
from vertrouwenspersoon.errors import BadInputError, WrongKeyError
from vertrouwenspersoon.reports.bundle_checks import (
    BundleCodes,
    BundleProblem,
    check_figures,
    listed_units_only,
)
from vertrouwenspersoon.reports.ledger import PUBLIC_KINDS
from vertrouwenspersoon.reports.ledger import publications as ledger_publications
from vertrouwenspersoon.reports.statistics import CountError, YearFigures, combine
from vertrouwenspersoon.store.atomic import write_bytes

BUNDLE_FORMAT = "vertrouwenspersoon-stats-bundle"
PUBLIC_FORMAT = "vertrouwenspersoon-stats-public-key"
PRIVATE_FORMAT = "vertrouwenspersoon-stats-private-key"
VERSION = 1
PUBLIC_NAME = "ombudsperson.public.json"
PRIVATE_NAME = "ombudsperson.private.json"
OPSLIMIT = nacl.pwhash.argon2id.OPSLIMIT_MODERATE
MEMLIMIT = 64 * 1024 * 1024  # 64 MiB, as the vault's passphrase slot (DESIGN.md)
_ADVISOR_ID = re.compile(r"^[A-Za-z0-9-]{8,64}$")
# Size caps for reading (bounded_input): a key is a few hundred bytes; a bundle holds one year's counts and
# the advisor's published reports of that year; the ledger grows by one sealed batch per merge.
KEY_LIMIT = 64 * 1024
BUNDLE_LIMIT = 16 * 1024 * 1024
LEDGER_LIMIT = 64 * 1024 * 1024
# What keygen writes (and nothing dearer): an unbounded opslimit took minutes per attempt.
OPSLIMIT_RANGE = range(nacl.pwhash.argon2id.OPSLIMIT_MIN, OPSLIMIT + 1)
MEMLIMIT_RANGE = range(nacl.pwhash.argon2id.MEMLIMIT_MIN, MEMLIMIT + 1)
SECRET_BYTES = nacl.secret.SecretBox.NONCE_SIZE + nacl.secret.SecretBox.MACBYTES + 32

messages.register(
    {
        "bundle.malformed": (
            "{file} is geen geldige statistiekbundel.",
            "{file} is not a valid statistics bundle.",
        ),
        "bundle.tampered": (
            "{file} is beschadigd of gewijzigd, of niet voor deze sleutel versleuteld.",
            "{file} is damaged or altered, or was not sealed for this key.",
        ),
        "bundle.newer": (
            "{file} heeft formaatversie {version}; dit programma kent tot versie {known}. Werk het programma bij.",
            "{file} has format version {version}; this program knows up to version {known}. Update the program.",
        ),
        "bundle.duplicate": (
            "{file} bevat dezelfde vertrouwenspersoon en hetzelfde jaar ({year}) als {other}.",
            "{file} holds the same advisor and year ({year}) as {other}.",
        ),
        "ledger.malformed": (
            "{file} (het register van eerdere samenvoegingen) is beschadigd of hoort niet bij deze sleutel.",
            "{file} (the register of earlier merges) is damaged or does not belong to this key.",
        ),
        "bundle.none": ("Geef minstens één statistiekbundel.", "Give at least one statistics bundle."),
        "bundle.unreadable": ("{file} kan niet worden gelezen.", "{file} cannot be read."),
        "bundle.advisor_id": ("De id van de vertrouwenspersoon is ongeldig.", "The advisor id is not valid."),
        "bundle.count": (
            "{file} bevat in '{table}' een aantal dat geen geheel getal van 0 tot {maximum} is; zo'n bundel "
            "maakt dit programma niet. Vraag de vertrouwenspersoon om een nieuwe export.",
            "{file} holds a count in '{table}' that is not a whole number from 0 to {maximum}; this program "
            "makes no such bundle. Ask the advisor for a new export.",
        ),
        "key.kdf_limits": (
            "{file} vraagt om andere Argon2-kosten dan dit programma bij het maken van een sleutel gebruikt; "
            "het is geen sleutel van dit programma of hij is gewijzigd.",
            "{file} asks for other Argon2 costs than this program uses when it makes a key; it is not a key "
            "of this program, or it was altered.",
        ),
        "key.malformed": ("{file} is geen geldig sleutelbestand.", "{file} is not a valid key file."),
        "key.newer": (
            "{file} heeft formaatversie {version}; dit programma kent tot versie {known}.",
            "{file} has format version {version}; this program knows up to version {known}.",
        ),
        "key.wrong_passphrase": (
            "Deze wachtwoordzin opent de privésleutel {file} niet.",
            "This passphrase does not open the private key {file}.",
        ),
        "key.empty_passphrase": ("De wachtwoordzin mag niet leeg zijn.", "The passphrase must not be empty."),
        "key.exists": (
            "{file} bestaat al; kies een andere map.",
            "{file} already exists; choose another folder.",
        ),
    }
)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _read_json(path: Path, malformed: str, limit: int) -> dict:
    """A JSON object from a file this program did not just write: bounded_input's size, depth and number
    caps, so a FIFO, a nested payload or a 31-digit number gives a sentence naming the file."""
    try:
        data = load_json_file(path, limit)
    except OSError as error:
        raise BadInputError("bundle.unreadable", file=path.name) from error
    if not isinstance(data, dict):
        raise BadInputError(malformed, file=path.name)
    return data


def _check_header(data: dict, fmt: str, path: Path, malformed: str, newer: str) -> None:
    if data.get("format") != fmt or type(data.get("version")) is not int or data["version"] < 1:
        raise BadInputError(malformed, file=path.name)
    if data["version"] > VERSION:
        raise BadInputError(newer, file=path.name, version=data["version"], known=VERSION)


def _dump(data: dict) -> bytes:
    return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8")


def keygen(out_dir: str | Path, passphrase: str) -> tuple[Path, Path]:
    """Write the ombudsperson's X25519 key pair into out_dir: (public key file, private key file)."""
    if not passphrase:
        raise BadInputError("key.empty_passphrase")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    public_path, private_path = out / PUBLIC_NAME, out / PRIVATE_NAME
    for path in (public_path, private_path):
        if path.exists():
            raise BadInputError("key.exists", file=path.name)
    key = PrivateKey.generate()
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    wrap = nacl.pwhash.argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt, opslimit=OPSLIMIT, memlimit=MEMLIMIT
    )
    public = _b64(bytes(key.public_key))
    private_doc = {
        "format": PRIVATE_FORMAT,
        "version": VERSION,
        "public_key": public,
        "kdf": {"name": "argon2id", "salt": _b64(salt), "opslimit": OPSLIMIT, "memlimit": MEMLIMIT},
        "secret": _b64(nacl.secret.SecretBox(wrap).encrypt(bytes(key))),
    }
    write_bytes(private_path, _dump(private_doc))
    write_bytes(
        public_path, _dump({"format": PUBLIC_FORMAT, "version": VERSION, "public_key": public}), mode=0o644
    )
    return public_path, private_path


def load_public_key(path: str | Path) -> PublicKey:
    path = Path(path)
    data = _read_json(path, "key.malformed", KEY_LIMIT)
    _check_header(data, PUBLIC_FORMAT, path, "key.malformed", "key.newer")
    try:
        return PublicKey(_unb64(data["public_key"]))
    except (KeyError, ValueError, binascii.Error, nacl.exceptions.CryptoError) as error:
        raise BadInputError("key.malformed", file=path.name) from error


def load_private_key(path: str | Path, passphrase: str) -> PrivateKey:
    """Raises WrongKeyError (exit 3) for a wrong passphrase, BadInputError for a damaged file."""
    path = Path(path)
    data = _read_json(path, "key.malformed", KEY_LIMIT)
    _check_header(data, PRIVATE_FORMAT, path, "key.malformed", "key.newer")
    try:
        kdf = data["kdf"]
        if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
            raise ValueError("kdf")
        salt, secret = _unb64(kdf["salt"]), _unb64(data["secret"])
        expected_public = _unb64(data["public_key"])
        if len(salt) != nacl.pwhash.argon2id.SALTBYTES or len(secret) != SECRET_BYTES:
            raise ValueError("sizes")
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        raise BadInputError("key.malformed", file=path.name) from error
    opslimit, memlimit = kdf.get("opslimit"), kdf.get("memlimit")
    if not all(type(v) is int for v in (opslimit, memlimit)) or not (
        opslimit in OPSLIMIT_RANGE and memlimit in MEMLIMIT_RANGE
    ):
        raise BadInputError("key.kdf_limits", file=path.name)
    try:
        wrap = nacl.pwhash.argon2id.kdf(
            nacl.secret.SecretBox.KEY_SIZE,
            passphrase.encode("utf-8"),
            salt,
            opslimit=opslimit,
            memlimit=memlimit,
        )
    except (ValueError, nacl.exceptions.CryptoError) as error:
        raise BadInputError("key.malformed", file=path.name) from error
    try:
        key = PrivateKey(nacl.secret.SecretBox(wrap).decrypt(secret))
    except nacl.exceptions.CryptoError as error:
        raise WrongKeyError("key.wrong_passphrase", file=path.name) from error
    if bytes(key.public_key) != expected_public:
        raise BadInputError("key.malformed", file=path.name)
    return key


def seal_bundle(
    figures: YearFigures,
    advisor_id: str,
    public_key: PublicKey,
    published: Iterable[dict] = (),
    units: Iterable[str] | None = None,
) -> bytes:
    """The bundle file's bytes: exact aggregates only, sealed to the ombudsperson, with the ledger records
    of what this advisor already published for the year (public anyway; the merge protects against them).

    Units are the institution's list only (`units`; None: this installation's setting): any other unit a
    vault holds counts as "unknown", so no free text ever leaves the laptop in a bundle."""
    if not isinstance(advisor_id, str) or not _ADVISOR_ID.match(advisor_id):
        raise BadInputError("bundle.advisor_id")
    listed = _installed_units() if units is None else tuple(units)
    figures = listed_units_only(figures, listed)
    payload = {
        "format": BUNDLE_FORMAT,
        "version": VERSION,
        "advisor_id": advisor_id,
        "year": figures.year,
        "figures": figures.to_dict(),
        "published": [
            r for r in published if r.get("kind") in PUBLIC_KINDS and r.get("year") == figures.year
        ],
    }
    sealed = SealedBox(public_key).encrypt(json.dumps(payload, sort_keys=True).encode("utf-8"))
    return _dump({"format": BUNDLE_FORMAT, "version": VERSION, "sealed": _b64(sealed)})


def _installed_units() -> tuple[str, ...]:
    """The institution's list of units from this installation's settings (imported late: see
    bundle_checks.BundleCodes.installed)."""
    from vertrouwenspersoon.policy import load_settings

    return tuple(load_settings().get("units") or ())


def export_bundle(
    aggregates: YearFigures,
    advisor_id: str,
    year: int,
    public_key_path: str | Path,
    out_path: str | Path,
    published: Iterable[dict] = (),
    units: Iterable[str] | None = None,
) -> None:
    """`stats export`: seal one year's exact aggregates (from the vault) to the ombudsperson's public key."""
    if aggregates.year != year:
        raise ValueError("aggregates are for another year")
    data = seal_bundle(aggregates, advisor_id, load_public_key(public_key_path), published, units)
    write_bytes(out_path, data)


def open_bundle(
    path: str | Path, private_key: PrivateKey, codes: BundleCodes | None = None
) -> tuple[str, YearFigures, list[dict]]:
    """(advisor id, figures, the advisor's published records) of one bundle; every failure names the file.

    The figures must be what `stats export` of a vault could have written (`bundle_checks`): counts in
    range, this installation's codes (`codes`; None: from its settings), the institution's units only, and
    every relation between the tables holding. Anyone can seal a bundle to the public key."""
    path = Path(path)
    codes = codes if codes is not None else BundleCodes.installed()
    outer = _read_json(path, "bundle.malformed", BUNDLE_LIMIT)
    _check_header(outer, BUNDLE_FORMAT, path, "bundle.malformed", "bundle.newer")
    try:
        sealed = _unb64(outer["sealed"])
    except (KeyError, ValueError, binascii.Error) as error:
        raise BadInputError("bundle.malformed", file=path.name) from error
    try:
        plain = SealedBox(private_key).decrypt(sealed)
    except nacl.exceptions.CryptoError as error:
        raise BadInputError("bundle.tampered", file=path.name) from error
    inner = parse_json(decode_utf8(plain, path.name), path.name)
    try:
        advisor_id, figures, published = _payload(inner, outer["version"])
        check_figures(figures, codes)
    except CountError as error:
        raise BadInputError(
            "bundle.count", file=path.name, table=error.table, maximum=error.maximum
        ) from None
    except BundleProblem as error:
        raise BadInputError(error.key, file=path.name, **error.params) from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise BadInputError("bundle.malformed", file=path.name) from error
    return advisor_id, figures, published


def _payload(inner: object, version: int) -> tuple[str, YearFigures, list[dict]]:
    """The sealed document's parts; KeyError/TypeError/ValueError when it is not one of ours."""
    if not isinstance(inner, dict) or inner.get("format") != BUNDLE_FORMAT or inner.get("version") != version:
        raise ValueError("header")
    advisor_id, figures = inner["advisor_id"], YearFigures.from_dict(inner["figures"])
    if not isinstance(advisor_id, str) or not _ADVISOR_ID.match(advisor_id) or figures.year != inner["year"]:
        raise ValueError("advisor or year")
    published = inner.get("published", [])
    if not isinstance(published, list):
        raise ValueError("published")
    for rec in published:
        if not isinstance(rec, dict) or rec.get("year") != figures.year:
            raise ValueError("published year")
        rec["population"] = advisor_id  # a bundle speaks for its own advisor only
    ledger_publications(published)  # validates every record, counts bounded (CountError)
    return advisor_id, figures, published


@dataclass
class Merged:
    """Combined exact aggregates per year, each advisor's part, and what the advisors already published."""

    per_year: dict[int, YearFigures]
    parts: dict[int, list[tuple[str, YearFigures]]]
    published: list[dict]


def merge(bundles: Iterable[str | Path], private_key: PrivateKey, codes: BundleCodes | None = None) -> Merged:
    """Open every bundle (all are checked before any is used). Disclosure control comes after, on the
    combined figures."""
    seen: dict[tuple[str, int], str] = {}
    parts: dict[int, list[tuple[str, YearFigures]]] = {}
    published: list[dict] = []
    paths = [Path(p) for p in bundles]
    if not paths:
        raise BadInputError("bundle.none")
    codes = codes if codes is not None else BundleCodes.installed()
    for path in paths:
        advisor_id, figures, records = open_bundle(path, private_key, codes)
        key = (advisor_id, figures.year)
        if key in seen:
            raise BadInputError("bundle.duplicate", file=path.name, year=figures.year, other=seen[key])
        seen[key] = path.name
        parts.setdefault(figures.year, []).append((advisor_id, figures))
        published.extend(records)
    per_year = {year: combine(f for _, f in group) for year, group in sorted(parts.items())}
    return Merged(per_year, dict(sorted(parts.items())), published)


LEDGER_FORMAT = "vertrouwenspersoon-ombudsperson-ledger"
LEDGER_NAME = "ombudsperson.ledger.json"


def ledger_path(private_key_path: str | Path) -> Path:
    return Path(private_key_path).with_name(LEDGER_NAME)


def load_ledger(private_key_path: str | Path, key: PrivateKey) -> list[dict]:
    """The ombudsperson's earlier merges: a file beside the private key with one entry per merge, each
    sealed to the ombudsperson's own public key (appending needs no passphrase; reading needs the key)."""
    path = ledger_path(private_key_path)
    if not path.exists():
        return []
    outer = _read_json(path, "ledger.malformed", LEDGER_LIMIT)
    _check_header(outer, LEDGER_FORMAT, path, "ledger.malformed", "ledger.malformed")
    records: list[dict] = []
    try:
        entries = outer["entries"]
        if not isinstance(entries, list):
            raise ValueError("entries")
        for entry in entries:
            batch = parse_json(decode_utf8(SealedBox(key).decrypt(_unb64(entry)), path.name), path.name)
            if not isinstance(batch, list):
                raise ValueError("records")
            records.extend(batch)
        ledger_publications(records)
    except (KeyError, TypeError, ValueError, binascii.Error, nacl.exceptions.CryptoError) as error:
        raise BadInputError("ledger.malformed", file=path.name) from error
    return records


def append_ledger(private_key_path: str | Path, records: list[dict]) -> None:
    """Add one merge's records to the ledger beside the private key (all or nothing)."""
    key_path = Path(private_key_path)
    key_doc = _read_json(key_path, "key.malformed", KEY_LIMIT)
    try:
        public = PublicKey(_unb64(key_doc["public_key"]))
    except (KeyError, ValueError, binascii.Error, nacl.exceptions.CryptoError) as error:
        raise BadInputError("key.malformed", file=key_path.name) from error
    path = ledger_path(key_path)
    entries: list[str] = []
    if path.exists():
        outer = _read_json(path, "ledger.malformed", LEDGER_LIMIT)
        _check_header(outer, LEDGER_FORMAT, path, "ledger.malformed", "ledger.malformed")
        if not isinstance(outer.get("entries"), list):
            raise BadInputError("ledger.malformed", file=path.name)
        entries = list(outer["entries"])
    sealed = SealedBox(public).encrypt(json.dumps(records, sort_keys=True).encode("utf-8"))
    entries.append(_b64(sealed))
    write_bytes(path, _dump({"format": LEDGER_FORMAT, "version": VERSION, "entries": entries}))
