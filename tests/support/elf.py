"""The DT_NEEDED entries of an ELF shared object, read with the standard library only.

Enough of the ELF format for one question: which libraries does this file ask the dynamic loader
for? (64-bit little-endian, as PySide6's Linux wheels are.)
"""

from __future__ import annotations

import struct
from pathlib import Path

SHT_DYNAMIC, DT_NULL, DT_NEEDED = 6, 0, 1


def needed(path: Path) -> list[str]:
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path} is not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != SHT_DYNAMIC:
            continue
        strtab_offset = sections[link][4]
        names = []
        for at in range(offset, offset + size, entsize or 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == DT_NULL:
                break
            if tag == DT_NEEDED:
                end = data.index(b"\0", strtab_offset + value)
                names.append(data[strtab_offset + value : end].decode())
        return names
    return []
