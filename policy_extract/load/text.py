"""Gazette text as copied from government sites: find the encoding, keep the line numbers."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from .base import LoadedDocument, SourceLine, read_bytes, sha256_of

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings a Chinese notice is really written in; a detector's other guesses on
# such bytes (cp949, big5hkscs for GBK text, ...) are read as GB18030 instead.
_CHINESE_ENCODINGS = {"gb18030", "gbk", "gb2312", "hz", "big5", "big5hkscs", "cp950", "utf_8", "utf-8"}


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes by BOM, then strict UTF-8, then charset-normalizer's best guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}; re-save the file as UTF-8") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt/.md notice, or a .pdf/.docx with its real extension")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only non-UTF-8 input pays for the detector

    best = from_bytes(data).best()
    encoding = best.encoding.lower().replace("-", "_") if best is not None else "gb18030"
    if encoding not in _CHINESE_ENCODINGS:
        encoding = "gb18030"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(f"{name}: cannot be decoded as text (not UTF-8, GB18030 or UTF-16); re-save it as UTF-8") from None


def text_to_lines(text: str) -> list[SourceLine]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return [SourceLine(t, i) for i, t in enumerate(text.split("\n"), 1)]


def load_text(path: Path, fmt: str) -> LoadedDocument:
    data = read_bytes(path)
    text = decode_text(data, str(path))
    if not text.strip():
        raise InputError(f"{path}: the file is empty; give a notice with text in it")
    return LoadedDocument(path=str(path), format=fmt, sha256=sha256_of(data), lines=text_to_lines(text))
