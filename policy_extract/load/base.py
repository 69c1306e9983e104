"""What every loader hands to the pipeline: lines of text that remember where they were printed."""
from __future__ import annotations

try:  # the interpreter's own SHA-256: hashlib first loads OpenSSL, ~3 ms of every command's start-up for one digest
    from _sha2 import sha256 as _sha256  # Python 3.12+
except ImportError:  # pragma: no cover - the module's name before 3.12, or an interpreter without it
    try:
        from _sha256 import sha256 as _sha256
    except ImportError:
        from hashlib import sha256 as _sha256
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DocumentWarning

_PAGE_NUMBER: list = []  # grammar.page_number_line(), fetched on the first call (the grammar is not imported with the loaders)


def is_page_number(text: str) -> bool:
    """A whole line that is only a page number ("— 3 —", "第3页 共12页", "3/12")."""
    if not _PAGE_NUMBER:
        from ..grammar_meta import page_number_line

        _PAGE_NUMBER.append(page_number_line())
    return _PAGE_NUMBER[0].match(text) is not None


def glue(a: str, b: str) -> str:
    """Join the two parts of a paragraph (or a table cell) that a line wrap or a page break
    cut apart: CJK characters and digits join directly (a year cut 20|23 too); two Latin
    letters, or a space already at the cut, keep one space. The one join of wrapped text,
    used by the PDF steps and by normalize.join_wrapped for text copied from a PDF."""
    if not a:
        return b
    if not b:
        return a
    if a[-1] == " " or b[0] == " ":
        return a.rstrip() + " " + b.lstrip()
    if a[-1] in _LATIN and b[0] in _LATIN:
        return a + " " + b
    return a + b


_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _squeezed(cells: list[str]) -> list[str]:
    return [re.sub(r"\s+", "", c) for c in cells]


def looks_like_header(cells: list[str]) -> bool:
    """A header row: three cells or more that name a task-table column (rules.TABLE_COLUMNS)."""
    from ..grammar import current

    names = [c for c in _squeezed(cells) if c and len(c) <= 20]
    return sum(current().column_of(c) is not None for c in names) >= 3


def continues_table(previous: list[list[str]], rows: list[list[str]]) -> bool:
    """A table read right after another of the same width (nothing but empty paragraphs
    between) goes on with it when it starts by repeating the other's header row, or when
    it has no header row of its own and the other has one: a table cut into one table
    per page."""
    if not previous or not rows or max(map(len, previous)) != max(map(len, rows)):
        return False
    if _squeezed(rows[0]) == _squeezed(previous[0]):
        return True
    return looks_like_header(previous[0]) and not looks_like_header(rows[0])


@dataclass(frozen=True)
class SourceLine:
    """One printed line (a paragraph, a table row), and where a reader finds it.

    `line` is counted the way the format is read: .txt/.md the line of the file; PDF, OFD
    and scans the printed line on its page (every line the page prints, its running header
    and the lines inside table cells too, from the top); DOCX the paragraph among the
    body's paragraphs that hold text; HTML the line of the file the text starts on.
    `order` is the line's place in the document (1, 2, 3, …, across pages): the stages
    sort by it, and it is the `line` when the loader gives none. Table rows are given as
    cells joined by TAB, cell i in column i of the table, so that every format reaches the
    segmenter in the same shape; `table` and `row` say which table (0-based, in document
    order) and which of its rows (0-based, a table going on over a page break counting
    on) when the loader knows it (PDF/OFD/DOCX/HTML tables)."""

    text: str
    line: int
    page: int | None = None
    table: int | None = None  # index of the table the row belongs to, if any
    row: int | None = None  # row index inside that table
    box: tuple[float, float, float, float] | None = None  # PDF/OFD: (x0, top, x1, bottom) in points on the page
    order: int = 0  # place in the document, 1-based; 0: the same as `line`
    # lines of a text cut at a fixed width joined into this one (normalize's rewrap.unfold): (offset in `text`, order) of each
    folds: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        if not self.order:
            object.__setattr__(self, "order", self.line)


@dataclass
class LoadedDocument:
    path: str
    format: str  # txt | md | pdf | docx | html | ofd | doc | wps | odt | rtf | image
    sha256: str
    lines: list[SourceLine] = field(default_factory=list)
    # what the loader had to repair or guess, as the document's warnings
    # (errors.warning("bad-bytes", "...", 12))
    warnings: list[DocumentWarning] = field(default_factory=list)


_OPENSSL_FROM = 1_500_000  # bytes: past this OpenSSL's hash (5x faster per MB) repays loading it


def sha256_of(data: bytes) -> str:
    """The input's SHA-256: by the interpreter's own module for a notice's usual size (no OpenSSL
    to load at start-up), by hashlib's for a large file."""
    if len(data) >= _OPENSSL_FROM:
        import hashlib

        return hashlib.sha256(data).hexdigest()
    return _sha256(data).hexdigest()


def display_path(path) -> str:
    """A path as it can be printed and written to UTF-8 output: bytes that are not
    valid in the file system's encoding (kept by Python as lone surrogates) become U+FFFD."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that no file name's byte gave
        return text.encode("utf-8", "replace").decode("utf-8")


def read_bytes(path: Path) -> bytes:
    from ..errors import InputError

    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; use `policy-extract batch` for folders") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check the file") from None
