"""One loader per input format behind one function: `load(path) -> LoadedDocument`.

PDF and DOCX loaders are imported only when such a file is given, so that parsing a
text notice never pays for pdfplumber or python-docx."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .base import LoadedDocument, SourceLine

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")


def load(path: str | Path) -> LoadedDocument:
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file, or use `policy-extract batch` for a folder")
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        from .text import load_text

        return load_text(path, "md" if suffix == ".md" else "txt")
    if suffix in (".html", ".htm"):
        from .html import load_html

        return load_html(path)
    if suffix == ".pdf":
        try:
            from .pdf import load_pdf
        except ImportError:
            raise InputError(f"{path}: PDF support is missing (pypdfium2, pdfplumber); reinstall with `pip install -e .` in this environment") from None
        return load_pdf(path)
    if suffix == ".docx":
        try:
            from .docx import load_docx
        except ImportError:
            raise InputError(f"{path}: DOCX support is missing (python-docx); reinstall with `pip install -e .` in this environment") from None
        return load_docx(path)
    raise InputError(f"{path}: unsupported file type '{suffix or 'none'}'; give a .txt, .md, .pdf, .docx or .html notice")


def load_string(text: str, name: str = "<text>") -> LoadedDocument:
    from .base import sha256_of
    from .text import text_to_lines

    return LoadedDocument(path=name, format="txt", sha256=sha256_of(text.encode("utf-8")), lines=text_to_lines(text))


__all__ = ["load", "load_string", "LoadedDocument", "SourceLine", "SUPPORTED_SUFFIXES"]
