"""A PDF file to pages of lines, tables and boxes (pypdfium2; pdfplumber for the pages pdfium
misreads), then to the document's lines."""
from __future__ import annotations

import ctypes
import io
import logging
from pathlib import Path

from ...errors import InputError
from ..base import LoadedDocument, read_bytes, sha256_of
from .cells import grid_plausible, read_box, table_rows
from .chars import Char, chars_from_textpage, pdfium, real_char
from .grid import DEFAULT_SETTINGS, edges_from_paths, find_grids
from .items import Page, Table
from .lines import column_split, group_lines, line_bands
from .text import lines_from_pages


def open_error(path: Path, exc: Exception) -> InputError:
    msg = str(exc).lower()
    code = getattr(exc, "err_code", None)
    if "password" in msg or code == 4:
        return InputError(f"{path}: the PDF is password-protected; remove the password (print/save an unprotected copy) and try again")
    if "security" in msg or code == 5:
        return InputError(f"{path}: the PDF uses an unsupported security handler; save an unprotected copy and try again")
    return InputError(f"{path}: the PDF is damaged or incomplete and cannot be read; download or export it again")


class PathObject:
    """A path object of the page (its pdfium handle) and the form object holding it, if any."""

    __slots__ = ("raw", "container")

    def __init__(self, handle, container: "PathObject | None") -> None:
        self.raw = handle
        self.container = container


def page_objects(page, textpage, raw, texts: set | None = None) -> tuple[list[PathObject], int]:
    """The page's vector path objects (inside forms too, one level down), and how many of its
    text objects lost their glyphs from pdfium's text page. pdfium's fake-bold
    de-duplication drops the glyphs of a text object printed over another; that loses
    nothing when the other's glyphs are there (a bold title overprinted), but it also
    drops some lone glyphs (a one-character line in a table column, a title's last
    character): those pages are read with pdfplumber. Browsers write empty text objects
    of no width: nothing is dropped there.

    `texts`: the handles of the text objects with text on the text page, as
    chars_from_textpage gives them (found here when not given). Those, the most numerous
    objects, are passed over without a call into pdfium."""
    if texts is None:
        texts = set()
        chars_from_textpage(textpage, 0.0, raw, texts)
    paths: list[PathObject] = []
    dropped = 0
    f = pdfium(raw)
    tp = textpage.raw
    path_type, text_type, form_type = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM
    get_type, as_object = f.object_type, raw.FPDF_PAGEOBJECT
    void_p = ctypes.c_void_p
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))

    def visit_object(address: int, container: PathObject | None, level: int) -> None:
        nonlocal dropped
        if address in texts:  # a text object whose glyphs are in the text page
            return
        kind = get_type(void_p(address))
        if kind == path_type:
            paths.append(PathObject(ctypes.cast(address, as_object), container))
        elif kind == text_type:
            obj = ctypes.cast(address, as_object)
            if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                return
            x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
            if (x1 - x0 <= 0.01 or y1 - y0 <= 0.01) and not _embedded(obj, raw):
                # no box for glyphs of a font that is not embedded and has no substitute on
                # this machine (STSong-Light without a CJK font installed): pdfium measures
                # them as nothing and leaves them out of the text page. Boxed as its font
                # size from its origin; a browser's or LibreOffice's empty object (its font
                # embedded) stays passed over
                x0, y0, x1, y1 = _em_box(obj, raw, x0, y0)
            if x1 - x0 > 0.01 and y1 - y0 > 0.01:
                # the middle of the object's box: a glyph printed there (the same one,
                # drawn again for bold) keeps the text; none there: a glyph was lost
                dx, dy = 0.25 * (x1 - x0), 0.3 * (y1 - y0)
                if raw.FPDFText_GetBoundedText(tp, x0 + dx, y1 - dy, x1 - dx, y0 + dy, None, 0) <= 0:
                    dropped += 1
        elif kind == form_type and level < 1:
            form = ctypes.cast(address, as_object)
            holder = PathObject(form, container)
            for i in range(raw.FPDFFormObj_CountObjects(form)):
                obj = raw.FPDFFormObj_GetObject(form, i)
                if not obj:
                    raise ValueError("no page object")
                visit_object(ctypes.cast(obj, void_p).value, holder, level + 1)

    handle = page.raw
    count = raw.FPDFPage_CountObjects(handle)
    if count < 0:
        raise ValueError("no page objects")
    page_handle, get_object = void_p(ctypes.cast(handle, void_p).value), f.page_object
    for i in range(count):
        address = get_object(page_handle, i)
        if not address:
            raise ValueError("no page object")
        if address not in texts:
            visit_object(address, None, 0)
    return paths, dropped


def _embedded(obj, raw) -> bool:
    font = raw.FPDFTextObj_GetFont(obj)
    return not font or bool(raw.FPDFFont_GetIsEmbedded(font))


def _em_box(obj, raw, x0: float, y0: float) -> tuple[float, float, float, float]:
    """A square of the text object's font size from its origin, where pdfium gave it no box;
    a point where it has no font size."""
    size, matrix = ctypes.c_float(), raw.FS_MATRIX()
    if not raw.FPDFTextObj_GetFontSize(obj, size) or not raw.FPDFPageObj_GetMatrix(obj, matrix):
        return x0, y0, x0, y0
    return matrix.e, matrix.f, matrix.e + size.value, matrix.f + size.value


def read_pages(path: Path, data: bytes) -> list[Page]:
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:
        raise InputError(f"{path}: PDF support is not installed; run `pip install policy-extract`") from None
    if not hasattr(raw, "FPDFText_GetTextObject"):
        raise InputError(f"{path}: the installed pypdfium2 is too old to read PDFs here; run `pip install -U 'pypdfium2>=4.30.1'`")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise open_error(path, exc) from None
    plumber = None
    quiet = QuietPdfminer()

    def _plumber_page(index: int):
        nonlocal plumber
        if plumber is None:
            import pdfplumber  # only PDFs with pdfium trouble pay for it

            quiet.__enter__()  # pdfminer logs font warnings the user can do nothing about
            plumber = pdfplumber.open(io.BytesIO(data))
        return plumber.pages[index]

    pages: list[Page] = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            texts: set = set()
            chars = chars_from_textpage(textpage, height, raw, texts)
            tables = []
            paths, dropped = page_objects(page, textpage, raw, texts)
            ruled = bool(chars) and len(paths) >= DEFAULT_SETTINGS.min_table_paths
            grid = None
            box_cells: list = []
            if chars and paths:
                try:
                    grid = find_grids(*edges_from_paths(paths, height, raw), boxes=box_cells)
                except Exception:  # a path pdfium cannot describe: pdfplumber reads the page
                    grid = None
                    box_cells = []
            if chars and dropped:
                chars = [Char(" " if c["text"].isspace() else "".join(map(real_char, c["text"])), c["x0"], c["x1"], c["top"], c["bottom"])
                         for c in _plumber_page(index).chars]
            page_chars = chars
            if grid is not None and not grid_plausible(grid, chars):
                grid = None
            if ruled:
                # the pdfium grid, or pdfplumber's table finder when it looks wrong
                tables = grid if grid is not None else [t for t in _plumber_page(index).find_tables() if len(t.cells) > 1]
            elif grid:
                tables = grid
            p = Page(index + 1, width, height)
            placed: list = []
            cell_lines: list = []
            for t in sorted(tables, key=lambda t: t.bbox[1]):
                rows, chars = table_rows(t, chars, cell_lines)
                if rows:
                    placed.append((t.bbox[1], Table(rows, rows[0].ncols, t.bbox[1])))
            for cell in box_cells:
                box, chars = read_box(cell, chars, height)
                if box is not None:
                    placed.append((box.top, box))
            grouped = group_lines(chars)
            # every line the page prints (table cells too), for line numbers on the page
            if chars is page_chars:
                p.bands = [ln.cy for ln in grouped]
            elif box_cells:
                p.bands = [ln.cy for ln in group_lines(page_chars)]
            else:
                p.bands = line_bands(grouped + cell_lines)
            p.bands.sort()
            split = None if placed else column_split(chars, width, grouped)
            if split is None:
                lines = [(ln.top, ln) for ln in grouped]
                p.items = [item for _, item in sorted(lines + placed, key=lambda x: x[0])]
            else:  # two columns: the left one top to bottom, then the right one; lines counted in each
                columns = []
                for k, side in enumerate(([c for c in chars if c.cx < split], [c for c in chars if c.cx >= split])):
                    side_lines = group_lines(side)
                    for ln in side_lines:
                        ln.column = k
                        p.items.append(ln)
                    columns.append(sorted(ln.cy for ln in side_lines))
                p.column_bands = tuple(columns)
            pages.append(p)
    except InputError:
        raise
    except Exception as exc:  # pdfium/pdfminer choking on a broken object
        raise InputError(f"{path}: the PDF is damaged and cannot be read ({type(exc).__name__}); download or export it again") from None
    finally:
        if plumber is not None:
            plumber.close()
            quiet.__exit__(None, None, None)
        doc.close()
    return pages


class QuietPdfminer:
    """pdfminer's warnings ("Could not get FontBBox …") silenced while pdfplumber reads."""

    def __enter__(self):
        self.logger = logging.getLogger("pdfminer")
        self.level = self.logger.level
        self.logger.setLevel(logging.ERROR)
        return self

    def __exit__(self, *exc) -> None:
        self.logger.setLevel(self.level)


def load_pdf(path: Path, ocr: str = "auto") -> LoadedDocument:
    """ocr: auto (pages without a text layer, when the [ocr] extra is installed) | always | never."""
    path = Path(path)
    data = read_bytes(path)
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise InputError(f"{path}: is not a PDF (no %PDF header); give the real PDF, or the file with its real extension")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(f"{path}: the PDF is damaged or incomplete (truncated, no end-of-file marker); download or export it again")
    pages = read_pages(path, data)
    ocred = 0
    if ocr != "never":
        from ..ocr import ocr_pdf_pages

        ocred = ocr_pdf_pages(path, data, pages, always=ocr == "always")
    out = lines_from_pages(pages)
    if not out and ocred:
        raise InputError(f"{path}: the PDF has no text layer and OCR found no text on its {ocred} scanned page(s); give a sharper scan (150-300 dpi) of the notice")
    if not out:
        raise InputError(f"{path}: the PDF has no text layer (a scan or image); run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) and give the OCR'd PDF")
    return LoadedDocument(path=str(path), format="pdf", sha256=sha256_of(data), lines=out)
