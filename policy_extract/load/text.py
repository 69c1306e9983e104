"""Gazette text as copied from government sites: find the encoding, keep the line numbers."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import DocumentWarning, InputError, warning
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
    """Decode bytes by BOM, then UTF-8, then UTF-16 without a BOM, then charset-normalizer's
    best guess. A few bad bytes are replaced by U+FFFD (see `decode_text_reporting`)."""
    return decode_text_reporting(data, name)[0]


def decode_text_reporting(data: bytes, name: str) -> tuple[str, list[DocumentWarning]]:
    """As decode_text, also returning warnings for what had to be repaired: bytes that
    are not valid in the encoding (a stray byte, a character cut off at the end) are
    replaced by U+FFFD and reported with how many and on which lines."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}; re-save the file as UTF-8") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text[:4096]:
            return text, []
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16, []
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt/.md notice, or a .pdf/.docx with its real extension")
    repaired = _decode_repairing(data, "utf-8")
    if repaired is not None:
        return repaired
    from charset_normalizer import from_bytes  # only non-UTF-8 input pays for the detector

    best = from_bytes(data).best()
    encoding = best.encoding.lower().replace("-", "_") if best is not None else "gb18030"
    if encoding not in _CHINESE_ENCODINGS:
        encoding = "gb18030"
    for candidate in dict.fromkeys((encoding, "gb18030")):
        try:
            return data.decode(candidate), []
        except (UnicodeDecodeError, LookupError):
            continue
    repaired = _decode_repairing(data, "gb18030")
    if repaired is not None:
        return repaired
    raise InputError(f"{name}: cannot be decoded as text (not UTF-8, GB18030 or UTF-16); re-save it as UTF-8")


# How many bad spots a text may have and still be read in an encoding: one in twenty
# of its good non-ASCII characters. Text in another encoding fails almost every one.
_GOOD_PER_BAD = 20
_MAX_LINES_NAMED = 10


class _TooManyBadBytes(Exception):
    pass


def _decode_repairing(data: bytes, encoding: str) -> tuple[str, list[DocumentWarning]] | None:
    """Decode with bad bytes replaced when they are few; None when they are many (the
    text is in another encoding)."""
    bad: list[tuple[int, int]] = []  # (byte offset, length) of each bad spot

    def record(exc: UnicodeDecodeError):
        bad.append((exc.start, exc.end - exc.start))
        # Text in another encoding fails every few bytes: give up at once rather than
        # call this for each of its characters (20 good CJK characters take 60 bytes).
        if len(bad) > 16 and len(bad) * 3 * _GOOD_PER_BAD > exc.start:
            raise _TooManyBadBytes()
        return ("\ufffd", exc.end)

    codecs.register_error("policy_extract.record", record)
    try:
        text = data.decode(encoding, "policy_extract.record")
    except _TooManyBadBytes:
        return None
    good = sum(1 for c in text if ord(c) > 0x7F) - len(bad)
    if not bad or good < _GOOD_PER_BAD * len(bad):
        return None
    lines = _lines_of(bad, data)
    count = sum(n for _, n in bad)
    named = ", ".join(str(n) for n in lines[:_MAX_LINES_NAMED]) + (", …" if len(lines) > _MAX_LINES_NAMED else "")
    what = "a character cut off at the end" if len(bad) == 1 and bad[0][0] + bad[0][1] == len(data) else (f"{count} bytes that are not {encoding.upper()}" if count > 1 else f"1 byte that is not {encoding.upper()}")
    message = f"{what} replaced by \ufffd on line{'s' if len(lines) > 1 else ''} {named}; check the text there"
    return text, [warning("bad-bytes", message, lines[0])]


def _lines_of(bad: list[tuple[int, int]], data: bytes) -> list[int]:
    """The line (as text_to_lines numbers them) of each bad spot, in order, once each.
    Line breaks are single bytes that no multi-byte character of UTF-8 or GB18030 holds."""
    import bisect
    import re

    starts = [m.end() for m in re.finditer(rb"\r\n|\r|\n|\f", data)]
    lines: list[int] = []
    for offset, _ in bad:
        line = bisect.bisect_right(starts, offset) + 1
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


def _text_share(text: str) -> float:
    """The share of characters a Chinese notice is made of: CJK, CJK and full-width
    punctuation, printable ASCII and line breaks."""
    if not text:
        return 0.0
    ok = 0
    for c in text:
        o = ord(c)
        if 0x20 <= o < 0x7F or c in "\n\r\t" or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F:
            ok += 1
    return ok / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: the byte order whose text looks like a
    notice (decoded the other way, the same bytes give mostly unassigned or rare
    characters)."""
    if len(data) < 4 or len(data) % 2:
        return None
    best, share = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        head = data[:40000].decode(encoding, "replace")  # judged on the head, decoded whole once
        s = _text_share(head)
        if s > share:
            best, share = encoding, s
    if best is None or share < 0.95:
        return None
    try:
        text = data.decode(best)
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text[:4096] else text


def text_to_lines(text: str) -> list[SourceLine]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return [SourceLine(t, i) for i, t in enumerate(text.split("\n"), 1)]


def load_text(path: Path, fmt: str) -> LoadedDocument:
    data = read_bytes(path)
    text, warnings = decode_text_reporting(data, str(path))
    if not text.strip():
        raise InputError(f"{path}: the file is empty; give a notice with text in it")
    return LoadedDocument(path=str(path), format=fmt, sha256=sha256_of(data), lines=text_to_lines(text), warnings=warnings)
