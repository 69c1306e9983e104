"""OFD notices (GB/T 33190, the national format for e-government documents).

An OFD is a zip package of XML files: OFD.xml names each document's Document.xml,
which lists the pages (and their template pages); each page's Content.xml holds
layers of TextObject (TextCode runs with X/Y, DeltaX/DeltaY, the object's CTM and
Boundary), PathObject (AbbreviatedData) and nested PageBlock objects.

The loader turns text runs into positioned characters and path objects into ruling
edges, in points measured from the page top as pdfium gives them for a PDF, and then
takes the PDF loader's own steps: characters to lines, ruled tables to rows, running
headers and page numbers removed, wrapped lines joined.

The package is read defensively: XML with a document type declaration or entities is
refused (no entity expansion, nothing fetched), and the zip is checked for size before
anything is decompressed.

The steps, one module each: package.py (the zip and its XML, read defensively),
objects.py (a page's text, path and image objects to characters and ruling edges),
pages.py (documents, pages and templates, then the PDF steps per page); load_ofd here."""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.parsers import expat

from ...errors import InputError
from ..base import LoadedDocument, read_bytes, sha256_of
from .objects import _PT_PER_MM, deltas  # noqa: F401 (deltas and the unit are part of the loader's interface)
from .package import _Package, _Unsafe
from .pages import _read_pages


def load_ofd(path: Path, ocr: str = "auto") -> LoadedDocument:
    """ocr: scanned pages (images, no text) are read by OCR unless "never" (the [ocr] extra)."""
    from ..pdf import lines_from_pages

    path = Path(path)
    data = read_bytes(path)
    if not data.startswith(b"PK"):
        raise InputError(f"{path}: is not an OFD (not a zip package); give the real .ofd file, or the file with its real extension")
    pkg = _Package(path, data)
    if pkg.find("OFD.xml") is None:
        raise InputError(f"{path}: is a zip package but not an OFD (no OFD.xml in it); give the real .ofd file")
    try:
        pages, images = _read_pages(path, pkg, ocr)
    except InputError:
        raise
    except _Unsafe as exc:
        raise InputError(f"{path}: the OFD is not read: {exc} (a damaged or hostile file); export it again from its source") from None
    except KeyError as exc:
        raise InputError(f"{path}: the OFD is damaged: a part it names is missing ({exc.args[0]}); download or export it again") from None
    except (expat.ExpatError, zipfile.BadZipFile, EOFError, ValueError, OSError, RuntimeError) as exc:
        # RuntimeError: zipfile on an encrypted part
        raise InputError(f"{path}: the OFD is damaged or encrypted and cannot be read ({type(exc).__name__}); download or export it again") from None
    lines = lines_from_pages(pages)
    if not lines:
        if images:
            from ..ocr import INSTALL, available

            if ocr == "never":
                raise InputError(f"{path}: the OFD has no text, only images (a scan); leave out `--ocr never` to read them by OCR")
            if not available():
                raise InputError(f"{path}: the OFD has no text, only images (a scan); install OCR with `{INSTALL}` and run again")
            raise InputError(f"{path}: the OFD has no text, only images (a scan), and OCR found no text in them; give a sharper scan or a text OFD/PDF")
        raise InputError(f"{path}: the OFD has no text on its pages; give a notice with text in it")
    return LoadedDocument(path=str(path), format="ofd", sha256=sha256_of(data), lines=lines)
