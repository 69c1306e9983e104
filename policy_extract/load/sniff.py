"""What a file is by its bytes, not its name: offices rename files, and mail systems
and download pages give them wrong extensions."""
from __future__ import annotations

import re
from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps (and .xls/.ppt)
ODT_MIMETYPES = (b"application/vnd.oasis.opendocument.text",)  # also -template, -master


def sniff_format(path: str | Path) -> str | None:
    """'pdf', 'docx', 'xlsx', 'ofd', 'odt', 'ole2' (Word 97-2003 / WPS), 'rtf', 'image' (PNG,
    JPEG, TIFF), 'mhtml' (a web page saved as one file, also as Word saves one), 'zip' (another
    zip package), or None when the bytes say nothing sure (text, HTML, unreadable, damaged):
    then the extension decides."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)  # (the archive's multipart/related stands after its mail headers)
    except OSError:
        return None
    if head.startswith(OLE2_MAGIC):
        return "ole2"
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf").startswith(b"%PDF-"):
        return "pdf"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(path)
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"  # PNG, JPEG, TIFF
    if _MIME_HEADER.match(head) and b"multipart/related" in head.lower():
        return "mhtml"  # "From: <Saved by Blink>" … "Content-Type: multipart/related;": a page saved as one file
    return None


_MIME_HEADER = re.compile(rb"(?:\xef\xbb\xbf)?[A-Za-z][A-Za-z0-9-]*:[ \t]")  # a mail header's first line


def _sniff_zip(path: str | Path) -> str | None:
    import zipfile  # only for a file that starts like a zip: a text notice's path never loads it

    try:
        with zipfile.ZipFile(path) as zf:
            names = {n.replace("\\", "/").lstrip("/").lower(): n for n in zf.namelist()}
            if "ofd.xml" in names:
                return "ofd"
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names:
                info = zf.getinfo(names["mimetype"])
                if info.file_size <= 256:
                    mimetype = zf.read(info).strip()
                    if mimetype.startswith(ODT_MIMETYPES):
                        return "odt"
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, KeyError, NotImplementedError):
        return None  # damaged: the extension's loader says so
    return "zip"


def looks_like_html(path: str | Path) -> bool:
    """A web page, as government sites serve notices "as .doc" (Word opens HTML)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError:
        return False
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[2:].decode(enc, "ignore").encode("ascii", "ignore")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith(b"<") and (b"<html" in start or start.startswith(b"<!doctype html"))
