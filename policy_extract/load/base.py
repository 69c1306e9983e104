"""What every loader hands to the pipeline: lines of text that remember where they were printed."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

# A whole line that is only a page number: "— 3 —", "-3-", "- 3 -", "第3页", "第3页 共12页",
# "3/12", "3". PDF pages print them; text copied from a PDF keeps them.
PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:[-—–－~～‒―]+\s*\d{1,4}\s*[-—–－~～‒―]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|(?:page\s*)?\d{1,4}\s*(?:/|of)\s*\d{1,4}"
    r"|\d{1,4})\s*$",
    re.I,
)


@dataclass(frozen=True)
class SourceLine:
    """One printed line. Table rows are given as cells joined by TAB, so that every
    format reaches the segmenter in the same shape; `cells` keeps where each cell
    came from when the loader knows it (PDF/DOCX tables)."""

    text: str
    line: int  # 1-based line number in the loaded text (PDF/DOCX: running line number)
    page: int | None = None
    table: int | None = None  # index of the table the row belongs to, if any
    row: int | None = None  # row index inside that table


@dataclass
class LoadedDocument:
    path: str
    format: str  # txt | md | pdf | docx | html | ofd | doc | wps | odt | rtf | image
    sha256: str
    lines: list[SourceLine] = field(default_factory=list)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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
