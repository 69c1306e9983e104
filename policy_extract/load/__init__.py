"""One loader per input format behind one function: `load(path) -> LoadedDocument`.

The format is taken from the file's bytes when they say it for sure (PDF, DOCX, OFD,
ODT, OLE2 .doc/.wps, RTF: see sniff.py), so a renamed file is read for what it is;
otherwise from the extension. Loaders are imported only when such a file is given,
so that parsing a text notice never pays for pdfplumber or python-docx."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .base import LoadedDocument, SourceLine

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm", ".ofd", ".doc", ".wps", ".odt", ".rtf",
                      ".png", ".jpg", ".jpeg", ".tif", ".tiff")
OCR_MODES = ("auto", "always", "never")
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
_OFFICE_SUFFIXES = {".doc": "doc", ".wps": "wps", ".odt": "odt", ".rtf": "rtf"}


def _load_pdf(path: Path, ocr: str = "auto") -> LoadedDocument:
    try:
        from .pdf import load_pdf
    except ImportError:
        raise InputError(f"{path}: PDF support is missing (pypdfium2, pdfplumber); reinstall with `pip install -e .` in this environment") from None
    return load_pdf(path, ocr=ocr)


def _load_docx(path: Path) -> LoadedDocument:
    try:
        from .docx import load_docx
    except ImportError:
        raise InputError(f"{path}: DOCX support is missing (python-docx); reinstall with `pip install -e .` in this environment") from None
    return load_docx(path)


def _load_ofd(path: Path, ocr: str = "auto") -> LoadedDocument:
    from .ofd import load_ofd

    return load_ofd(path, ocr=ocr)


def _load_office(path: Path, fmt: str) -> LoadedDocument:
    from .office import load_office

    return load_office(path, fmt)


def _load_image(path: Path, ocr: str) -> LoadedDocument:
    from .ocr import load_image

    return load_image(path, ocr=ocr)


def load(path: str | Path, *, ocr: str = "auto") -> LoadedDocument:
    """ocr: for scans (PDF pages without a text layer) and images: auto | always | never."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file, or use `policy-extract batch` for a folder")
    suffix = path.suffix.lower()
    from .sniff import sniff_format

    kind = sniff_format(path)
    if kind == "pdf":
        return _load_pdf(path, ocr)
    if kind == "docx":
        return _load_docx(path)
    if kind == "ofd":
        return _load_ofd(path, ocr)
    if kind == "ole2":
        return _load_office(path, "wps" if suffix == ".wps" else "doc")
    if kind in ("odt", "rtf"):
        return _load_office(path, kind)
    # the bytes say nothing sure: the extension decides
    if suffix in (".txt", ".md"):
        from .text import load_text

        return load_text(path, "md" if suffix == ".md" else "txt")
    if suffix in (".html", ".htm"):
        from .html import load_html

        return load_html(path)
    if suffix == ".pdf":
        return _load_pdf(path, ocr)
    if suffix == ".docx":
        return _load_docx(path)
    if suffix == ".ofd":
        return _load_ofd(path, ocr)
    if suffix in _IMAGE_SUFFIXES:  # (image bytes under a text name stay "binary")
        return _load_image(path, ocr)
    if suffix in _OFFICE_SUFFIXES:
        from .html import load_html
        from .sniff import looks_like_html

        if looks_like_html(path):  # a web page saved as .doc, as some sites serve notices
            return load_html(path)
        from .base import read_bytes

        read_bytes(path)  # a missing or unreadable file: says so
        raise InputError(f"{path}: is not a {suffix} file (its bytes are not Word, WPS, ODT or RTF); give the real file, rename it to what it is (.txt, .html …), or save it as .docx")
    raise InputError(f"{path}: unsupported file type '{suffix or 'none'}'; give a .txt, .md, .pdf, .docx, .html, .ofd, .doc, .wps, .odt or .rtf notice, or an image (.png, .jpg, .tif) of one")


def load_string(text: str, name: str = "<text>") -> LoadedDocument:
    from .base import sha256_of
    from .text import text_to_lines

    return LoadedDocument(path=name, format="txt", sha256=sha256_of(text.encode("utf-8")), lines=text_to_lines(text))


__all__ = ["load", "load_string", "LoadedDocument", "SourceLine", "SUPPORTED_SUFFIXES", "OCR_MODES"]
