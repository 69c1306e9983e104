"""One loader per input format behind one function: `load(path) -> LoadedDocument`.

The format is taken from the file's bytes when they say it for sure (PDF, DOCX, XLSX, OFD,
ODT, OLE2 .doc/.wps, RTF: see sniff.py), so a renamed file is read for what it is (with a
format-by-content warning); otherwise from the extension. Zip packages pass the
decompression-bomb limits of `zipguard.check_zip` before any loader opens them. A pipe
or device given as the input (`parse -`, `parse <(…)`) is read once, into a temporary
file, so that it is never opened twice. Loaders are imported only when such a file is
given, so that parsing a text notice never pays for pdfplumber or python-docx."""
from __future__ import annotations

import os
import re
import stat
from dataclasses import replace
from pathlib import Path

from ..errors import DocumentWarning, InputError, warning
from .base import LoadedDocument, SourceLine, display_path

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm", ".shtml", ".xhtml", ".mhtml", ".mht", ".ofd", ".doc",
                      ".wps", ".odt", ".rtf", ".xlsx", ".csv", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")  # a site's page as a crawler or a browser saved it
OCR_MODES = ("auto", "always", "never")
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
_OFFICE_SUFFIXES = {".doc": "doc", ".wps": "wps", ".odt": "odt", ".rtf": "rtf"}
# zip-based formats: checked by zipguard before their loader unpacks anything
_ZIP_KINDS = ("docx", "ofd", "odt", "xlsx", "zip")
# the formats an extension names when the bytes do not say
_SUFFIX_KINDS = {".pdf": "pdf", ".docx": "docx", ".ofd": "ofd", ".xlsx": "xlsx"}
# what a sniffed kind is called in a warning, and the extensions that already say it
_KIND_NAMES = {"pdf": ("PDF", (".pdf",)), "docx": ("Word .docx", (".docx",)), "ofd": ("OFD", (".ofd",)),
               "ole2": ("Word/WPS 97-2003", (".doc", ".wps")), "odt": ("ODT", (".odt",)), "rtf": ("RTF", (".rtf",)),
               "xlsx": ("Excel .xlsx", (".xlsx",)), "image": ("image", _IMAGE_SUFFIXES), "mhtml": ("web archive (MHTML)", (".mhtml", ".mht"))}
# A stream (stdin, a pipe, a device) is read up to this size; a notice is far smaller.
MAX_STREAM_BYTES = 256 * 1024 * 1024


def sniff_format(path: str | Path) -> str | None:
    """The format a file's bytes show (see sniff.py), or None."""
    from .sniff import sniff_format as sniff

    return sniff(path)


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


def _load_file(path: Path, suffix: str, kind: str | None, ocr: str) -> LoadedDocument:
    if kind in (None, "zip"):  # the bytes say nothing sure (or only "a zip"): the extension decides
        kind = _SUFFIX_KINDS.get(suffix, kind)
    if kind in _ZIP_KINDS or (kind is None and suffix == ".odt"):
        from .zipguard import check_zip

        check_zip(path, display_path(path))
    if kind == "pdf":
        return _load_pdf(path, ocr)
    if kind == "docx":
        return _load_docx(path)
    if kind == "ofd":
        return _load_ofd(path, ocr)
    if kind == "ole2" and suffix in (".xls", ".xlsx", ".et"):
        raise InputError(f"{path}: is an old Excel/WPS workbook (.xls/.et) or a password-protected .xlsx; open it in Excel/WPS and save it as .xlsx without a password")
    if kind == "ole2":
        return _load_office(path, "wps" if suffix == ".wps" else "doc")
    if kind in ("odt", "rtf"):
        return _load_office(path, kind)
    if kind == "xlsx":
        from .sheets import load_xlsx

        return load_xlsx(path)
    if kind == "mhtml" or suffix in (".mhtml", ".mht"):
        from .mhtml import load_mhtml

        return load_mhtml(path)
    if suffix == ".csv":
        from .sheets import load_csv

        return load_csv(path)
    if suffix in (".txt", ".md"):
        from .text import load_text

        return load_text(path, "md" if suffix == ".md" else "txt")
    if suffix in _PAGE_SUFFIXES:
        from .html import load_html

        return load_html(path)
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
    raise InputError(f"{path}: unsupported file type '{suffix or 'none'}'; give a .txt, .md, .pdf, .docx, .html, .mhtml, .ofd, .doc, .wps, .odt, .rtf, .xlsx or .csv notice, or an image (.png, .jpg, .tif) of one (a .xls or .et workbook: save it as .xlsx)")


def _renamed_warning(suffix: str, kind: str | None) -> list[DocumentWarning]:
    """A warning when the bytes overrule the name (a PDF named .txt)."""
    if kind not in _KIND_NAMES or kind == "image" or not suffix:
        return []
    name, suffixes = _KIND_NAMES[kind]
    if suffix in suffixes:
        return []
    return [warning("format-by-content", f"the file is named {suffix} but its bytes are a {name} file; read as {name}")]


def load(path: str | Path, *, ocr: str = "auto") -> LoadedDocument:
    """ocr: for scans (PDF pages without a text layer) and images: auto | always | never."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    path = Path(path)
    try:
        info = os.stat(path)  # never opens: a pipe or device is not read here
    except FileNotFoundError:
        info = None  # the loader says "no such file" (after an unsupported extension is named)
    except OSError as exc:
        raise InputError(f"{display_path(path)}: cannot be read ({exc.strerror}); check the path") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError(f"{display_path(path)}: is a folder; give a file, or use `policy-extract batch` for a folder")
    suffix = path.suffix.lower()
    if info is not None and not stat.S_ISREG(info.st_mode):
        return load_stream(path, display_path(path), suffix=suffix, ocr=ocr)
    kind = sniff_format(path) if info is not None else None
    loaded = _without_surrogates(_load_file(path, suffix, kind, ocr))
    warnings = _renamed_warning(suffix, kind)
    shown = display_path(path)
    if warnings or loaded.path != shown:
        loaded = replace(loaded, path=shown, warnings=warnings + loaded.warnings)
    return loaded


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(loaded: LoadedDocument) -> LoadedDocument:
    """Lone surrogates (a damaged PDF's text layer can give them) are not characters and
    cannot be written as UTF-8: each becomes U+FFFD, with a warning."""
    if not any(_SURROGATE.search(line.text) for line in loaded.lines):
        return loaded
    lines, where = [], []
    for line in loaded.lines:
        if _SURROGATE.search(line.text):
            where.append(line.line)
            line = replace(line, text=_SURROGATE.sub("\ufffd", line.text))
        lines.append(line)
    named = ", ".join(map(str, where[:10])) + (", …" if len(where) > 10 else "")
    repaired = warning("bad-bytes", f"characters that are not valid Unicode replaced by \ufffd on line{'s' if len(where) > 1 else ''} {named}; check the text there", where[0])
    return replace(loaded, lines=lines, warnings=loaded.warnings + [repaired])


_STREAM_SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "ofd": ".ofd", "odt": ".odt", "rtf": ".rtf", "ole2": ".doc", "xlsx": ".xlsx", "zip": ".docx", "mhtml": ".mhtml"}


def load_bytes(data: bytes, name: str, suffix: str = "", *, ocr: str = "auto") -> LoadedDocument:
    """Load a notice held in memory (read from stdin or a pipe) by writing it to a
    private temporary file; `name` is the path the output shows."""
    import tempfile

    folder = tempfile.mkdtemp(prefix="policy-extract-")
    try:
        tmp = Path(folder) / "input"
        tmp.write_bytes(data)
        if suffix not in SUPPORTED_SUFFIXES:  # no name to go by: the bytes', else text
            suffix = _STREAM_SUFFIXES.get(sniff_format(tmp) or "", ".txt")
        tmp = tmp.rename(tmp.with_suffix(suffix))
        try:
            loaded = load(tmp, ocr=ocr)
        except InputError as exc:
            raise InputError(str(exc).replace(str(tmp), name)) from None
        return replace(loaded, path=name)
    finally:
        for child in Path(folder).iterdir():
            child.unlink()
        os.rmdir(folder)


def read_stream(source, name: str, limit: int = MAX_STREAM_BYTES) -> bytes:
    """All bytes of an open binary stream, refusing more than `limit`."""
    chunks, size = [], 0
    while True:
        chunk = source.read(1 << 20)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise InputError(f"{name}: gives more than {limit // (1024 * 1024)} MB; a notice is far smaller — give the notice's file")
        chunks.append(chunk)


def load_stream(path: Path, name: str, suffix: str = "", *, ocr: str = "auto") -> LoadedDocument:
    """A pipe or device given as the input: read once (never opened twice), then loaded."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror}); give a regular file") from None
    try:
        with os.fdopen(fd, "rb") as fh:
            data = read_stream(fh, name)
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror}); give a regular file") from None
    return load_bytes(data, name, suffix, ocr=ocr)


def load_string(text: str, name: str = "<text>") -> LoadedDocument:
    from .base import sha256_of
    from .text import text_to_lines

    return LoadedDocument(path=name, format="txt", sha256=sha256_of(text.encode("utf-8")), lines=text_to_lines(text))


__all__ = ["load", "load_bytes", "load_stream", "load_string", "read_stream", "sniff_format", "LoadedDocument", "SourceLine", "SUPPORTED_SUFFIXES", "OCR_MODES"]
