"""Limits for zip-based packages (DOCX, OFD, …), checked before anything is unpacked.

A zip states in its central directory how large each part is once unpacked, and
Python's zipfile never hands out more bytes than that (a part that unpacks to more
fails its CRC check). So reading the directory is enough to refuse a decompression
bomb at once, before python-docx or an XML parser reads a byte of it:

    from policy_extract.load.zipguard import check_zip
    check_zip(path)            # raises InputError when a limit is passed

The number of parts is read from the end-of-central-directory record first, so that a
package with millions of entries is refused without building a list of them.
"""
from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

from ..errors import InputError

MAX_PART_BYTES = 64 * 1024 * 1024  # one part unpacked (a notice's document.xml is a few MB)
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts unpacked together
MAX_PARTS = 20_000  # entries in the package (a DOCX has a few dozen, an OFD a few per page)
_CENTRAL_ENTRY_BYTES = 46  # the fixed part of one central-directory entry

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"


_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def _printable(name: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in name[:80])


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _directory_size(fh) -> tuple[int, int] | None:
    """(entries, central directory bytes) from the end records, or None when the file
    has no end-of-central-directory record (not a zip; its loader says what it is)."""
    fh.seek(0, os.SEEK_END)
    size = fh.tell()
    tail_len = min(size, 22 + 65535)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        return None
    _, _, _, _, entries, cd_size, _, _ = struct.unpack("<4sHHHHIIH", tail[at : at + 22])
    locator = at - 20
    if locator >= 0 and tail[locator : locator + 4] == _EOCD64_LOCATOR:
        (offset,) = struct.unpack("<Q", tail[locator + 8 : locator + 16])
        if offset + 56 <= size:
            fh.seek(offset)
            record = fh.read(56)
            if record[:4] == _EOCD64:
                entries, cd_size = struct.unpack("<QQ", record[32:40] + record[40:48])
    return entries, cd_size


def check_zip(
    source,
    name: str | None = None,
    *,
    max_part: int = MAX_PART_BYTES,
    max_total: int = MAX_TOTAL_BYTES,
    max_parts: int = MAX_PARTS,
) -> None:
    """Refuse a zip package that would unpack to more than the limits allow.

    `source` is a path, a binary file object, bytes, or an open `zipfile.ZipFile`.
    Raises InputError with one line (what is wrong, what to do). A file that is not a
    zip at all passes: the format's own loader refuses it with its own words."""
    label = name or (str(source) if isinstance(source, (str, os.PathLike)) else "the package")
    if isinstance(source, zipfile.ZipFile):
        _check_entries(source.infolist(), label, max_part, max_total, max_parts)
        return
    if isinstance(source, (bytes, bytearray, memoryview)):
        fh, close = io.BytesIO(source), True
    elif isinstance(source, (str, os.PathLike)):
        try:
            fh, close = open(Path(source), "rb"), True
        except OSError:
            return  # the loader reports what is wrong with the path
    else:
        fh, close = source, False
    try:
        found = _directory_size(fh)
        if found is None:
            return
        entries, cd_size = found
        if entries > max_parts or cd_size > max_parts * (_CENTRAL_ENTRY_BYTES + 1024):
            raise InputError(
                f"{label}: the package holds {entries} parts (limit {max_parts}); it is not a real notice "
                f"(possibly a decompression bomb) — open it in Word/WPS and save it again"
            )
        fh.seek(0)
        try:
            with zipfile.ZipFile(fh) as zf:
                infos = zf.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error):
            return  # damaged: the loader says so
        _check_entries(infos, label, max_part, max_total, max_parts)
    finally:
        if close:
            fh.close()


def _check_entries(infos: list[zipfile.ZipInfo], label: str, max_part: int, max_total: int, max_parts: int) -> None:
    if len(infos) > max_parts:
        raise InputError(
            f"{label}: the package holds {len(infos)} parts (limit {max_parts}); it is not a real notice "
            f"(possibly a decompression bomb) — open it in Word/WPS and save it again"
        )
    total = 0
    for info in infos:
        if info.compress_type not in _METHODS:
            # bzip2/lzma parts are unpacked without zipfile's size cap; Word and WPS never write them
            raise InputError(
                f"{label}: part '{_printable(info.filename)}' uses zip compression method {info.compress_type}, "
                f"which office packages do not use; open it in Word/WPS and save it again"
            )
        if info.file_size > max_part:
            raise InputError(
                f"{label}: part '{_printable(info.filename)}' would unpack to {_mb(info.file_size)} (limit {_mb(max_part)} per part); "
                f"refused as a possible decompression bomb — open it in Word/WPS and save it again"
            )
        total += info.file_size
    if total > max_total:
        raise InputError(
            f"{label}: the package would unpack to {_mb(total)} (limit {_mb(max_total)}); "
            f"refused as a possible decompression bomb — open it in Word/WPS and save it again"
        )


__all__ = ["check_zip", "MAX_PART_BYTES", "MAX_TOTAL_BYTES", "MAX_PARTS"]
