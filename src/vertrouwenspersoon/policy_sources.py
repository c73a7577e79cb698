"""Where IT policy comes from on each platform: a JSON file, the Windows registry, macOS managed preferences.

A source only reads raw values and reports problems reading them; `policy.py` validates the values
against `settings_schema`. Every location is injectable so tests never touch /etc, HKLM or /Library,
and `winreg` is imported only on Windows (or handed in by a test).
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from vertrouwenspersoon import messages
from vertrouwenspersoon.bounded_input import load_json_file, parse_json, read_file
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.settings_schema import SPECS

POLICY_FILE_ENV = "VERTROUWENSPERSOON_POLICY_FILE"
LINUX_POLICY_FILE = Path("/etc/vertrouwenspersoon/policy.json")
REGISTRY_KEY = r"Software\Policies\Vertrouwenspersoon"
MACOS_DOMAIN = "nl.vertrouwenspersoon"
MACOS_MANAGED_DIR = Path("/Library/Managed Preferences")
# A policy is a few kilobytes (500 units at most); anything far larger is not one (bounded_input).
POLICY_LIMIT = 4 * 1024 * 1024

messages.register(
    {
        "policy.unreadable": (
            "Het beleidsbestand {source} kon niet worden gelezen ({detail}); "
            "de standaardinstellingen gelden.",
            "The policy file {source} could not be read ({detail}); the default settings apply.",
        ),
        "policy.refused": (
            "Het beleid in {source} is genegeerd: {reason} De standaardinstellingen gelden.",
            "The policy in {source} was ignored: {reason} The default settings apply.",
        ),
        "policy.not_object": (
            "Het beleid in {source} is geen verzameling sleutels en waarden; "
            "de standaardinstellingen gelden.",
            "The policy in {source} is not a set of keys and values; the default settings apply.",
        ),
    }
)


@dataclass
class RawPolicy:
    """What a source found: raw values by key, and problems as (message key, params)."""

    values: dict[str, Any] = field(default_factory=dict)
    problems: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    origin: str = ""


class PolicySource(Protocol):
    def read(self) -> RawPolicy: ...


class EmptyPolicySource:
    """No policy at all: every setting is the user's."""

    def read(self) -> RawPolicy:
        return RawPolicy(origin="none")


class JsonPolicySource:
    """Linux `/etc/vertrouwenspersoon/policy.json` (and any platform when the env var names a file)."""

    def __init__(self, path: Path | str = LINUX_POLICY_FILE) -> None:
        self.path = Path(path)

    def read(self) -> RawPolicy:
        raw = RawPolicy(origin=str(self.path))
        try:  # bounded: a FIFO, a device or a document nested 100,000 deep is a problem, not a hang or a crash
            data = load_json_file(self.path, POLICY_LIMIT)
        except FileNotFoundError:
            return raw
        except BadInputError as error:
            raw.problems.append(("policy.refused", {"source": self.path, "reason": error}))
            return raw
        if not isinstance(data, dict):
            raw.problems.append(("policy.not_object", {"source": self.path}))
            return raw
        raw.values = dict(data)
        return raw


class RegistryPolicySource:
    """Windows `HKLM\\Software\\Policies\\Vertrouwenspersoon`, as written by GPO/Intune (ADMX) or the MSI.

    From the ADMX (GPO/Intune): numbers and booleans as REG_DWORD, lists as REG_MULTI_SZ, the
    taxonomy as a REG_SZ holding JSON. From the MSI's public properties: everything as REG_SZ
    (decimal text, "0"/"1", JSON arrays), and "" for a property that was not given, which means
    "not set" (wixl cannot make those registry values conditional).
    """

    def __init__(self, key_path: str = REGISTRY_KEY, winreg: Any = None) -> None:
        self.key_path = key_path
        self._winreg = winreg

    def _module(self) -> Any:
        if self._winreg is None:
            import winreg  # Windows only; never imported elsewhere

            self._winreg = winreg
        return self._winreg

    def read(self) -> RawPolicy:
        reg = self._module()
        origin = f"HKLM\\{self.key_path}"
        raw = RawPolicy(origin=origin)
        try:
            handle = reg.OpenKey(reg.HKEY_LOCAL_MACHINE, self.key_path, 0, reg.KEY_READ)
        except FileNotFoundError:
            return raw
        except OSError as error:
            raw.problems.append(("policy.unreadable", {"source": origin, "detail": type(error).__name__}))
            return raw
        try:
            index = 0
            while True:
                try:
                    name, value, kind = reg.EnumValue(handle, index)
                except OSError:
                    break
                index += 1
                if kind in (reg.REG_SZ, reg.REG_EXPAND_SZ) and not str(value).strip():
                    continue  # the MSI writes "" for a property it was not given: not set
                raw.values[name] = _from_registry(name, value, kind, reg)
        finally:
            reg.CloseKey(handle)
        return raw


def _from_registry(name: str, value: Any, kind: int, reg: Any) -> Any:
    """Turn registry types into the JSON types the schema checks; anything odd is left for it to refuse."""
    spec = SPECS.get(name)
    if spec is None:
        return value
    if spec.kind == "boolean" and kind == reg.REG_DWORD and value in (0, 1):
        return bool(value)
    if spec.kind == "boolean" and kind == reg.REG_SZ and value.strip() in ("0", "1"):
        return value.strip() == "1"
    if spec.kind in ("string-list", "taxonomy") and kind == reg.REG_SZ:
        try:  # bounded (depth, numbers): a value nested 100,000 deep is left for the schema to refuse
            return parse_json(value, name)
        except BadInputError:
            return value
    if spec.kind == "string-list" and kind == reg.REG_MULTI_SZ:
        return [item for item in value if item]
    if spec.kind == "integer" and kind == reg.REG_SZ and value.strip().isdigit():
        return int(value)
    return value


class ManagedPreferencesSource:
    """macOS forced managed preferences (a configuration profile pushed by MDM).

    The device-wide file wins over the per-user one for the same key: a profile for the whole
    machine is what IT set for everyone on it.
    """

    def __init__(
        self, managed_dir: Path | str = MACOS_MANAGED_DIR, user: str | None = None, domain: str = MACOS_DOMAIN
    ) -> None:
        self.managed_dir = Path(managed_dir)
        self.user = user if user is not None else os.environ.get("USER", "")
        self.domain = domain

    def read(self) -> RawPolicy:
        files = [self.managed_dir / f"{self.domain}.plist"]
        if self.user:
            files.append(self.managed_dir / self.user / f"{self.domain}.plist")
        result = RawPolicy(origin=str(files[0]))
        for path in files:
            try:
                data = plistlib.loads(read_file(path, POLICY_LIMIT))
            except FileNotFoundError:
                continue
            except BadInputError as error:
                result.problems.append(("policy.refused", {"source": path, "reason": error}))
                continue
            except (ValueError, RecursionError, plistlib.InvalidFileException) as error:
                result.problems.append(
                    ("policy.unreadable", {"source": path, "detail": type(error).__name__})
                )
                continue
            if not isinstance(data, dict):
                result.problems.append(("policy.not_object", {"source": path}))
                continue
            for key, value in data.items():
                result.values.setdefault(key, value)
        return result


class SystemFirstSource:
    """The system's policy store, and a test file only where that store holds no policy at all.

    VERTROUWENSPERSOON_POLICY_FILE lets IT try a policy without touching the system store. It must never
    let a user undo what IT locked: a user who points it at /dev/null or their own `{}` would otherwise
    lift a locked k or retention term. So whenever the system store holds a policy (or a broken one), the
    system store is what counts and the file is ignored.
    """

    def __init__(self, system: PolicySource, override: PolicySource) -> None:
        self.system, self.override = system, override

    def read(self) -> RawPolicy:
        found = self.system.read()
        if found.values or found.problems:
            return found
        return self.override.read()


def system_policy_source(platform: str | None = None) -> PolicySource:
    platform = platform or sys.platform
    if platform == "win32":
        return RegistryPolicySource()
    if platform == "darwin":
        return ManagedPreferencesSource()
    return JsonPolicySource(LINUX_POLICY_FILE)


def default_policy_source(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    system: PolicySource | None = None,
) -> PolicySource:
    """The platform's policy store; VERTROUWENSPERSOON_POLICY_FILE (a JSON file) only where it holds none."""
    environ = os.environ if environ is None else environ
    system = system if system is not None else system_policy_source(platform)
    if override := environ.get(POLICY_FILE_ENV):
        return SystemFirstSource(system, JsonPolicySource(override))
    return system
