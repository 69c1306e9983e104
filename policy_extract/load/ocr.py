"""Scanned notices, offline: pages without a text layer (and images of notices) read by
OCR with rapidocr's PP-OCR models on onnxruntime (the `[ocr]` extra; the models ship
inside the rapidocr wheel, nothing is downloaded at run time).

Each recognised text line keeps its page and box: its characters are placed across the
box and go through the PDF loader's steps (characters to lines, running headers and page
numbers removed, wrapped lines joined), as a PDF's text layer does."""
from __future__ import annotations

import importlib.util
import logging
import sys
import unicodedata
from pathlib import Path

from ..errors import InputError
from .base import LoadedDocument, read_bytes, sha256_of

INSTALL = "pip install 'policy-extract[ocr]'"
DPI = 150  # scans are rendered at this resolution for OCR (A4: 1241 x 1754 pixels)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
_MIN_SCORE = 0.5
_engine = None


def available() -> bool:
    return importlib.util.find_spec("rapidocr") is not None and importlib.util.find_spec("onnxruntime") is not None


def _get_engine():
    global _engine
    if _engine is None:
        for name in ("RapidOCR", "rapidocr"):  # its own chatty logger: errors only
            logging.getLogger(name).setLevel(logging.ERROR)
        from rapidocr import RapidOCR

        _engine = RapidOCR(params={
            "Global.log_level": "error",
            "Global.use_cls": False,  # notices are printed upright
            "Global.text_score": _MIN_SCORE,
        })
        for name in ("RapidOCR", "rapidocr"):
            logging.getLogger(name).setLevel(logging.ERROR)
    return _engine


def _weight(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 0.5


def _lines(image) -> list[tuple[tuple[float, float, float, float], str, float]]:
    """(box in pixels, text, score) of each text line: the detector finds the lines, then
    each is recognised from a wider crop with a white margin around it (the detector's
    tight crops cost characters at the ends, such as a closing bracket, and misread
    others: a 门 read as 内 in a sample notice)."""
    from PIL import ImageOps

    engine = _get_engine()
    rgb = image.convert("RGB")
    # use_det/use_rec given on every call: rapidocr keeps them from one call to the next
    det = engine(rgb, use_det=True, use_rec=False)
    boxes = getattr(det, "boxes", None)
    if boxes is None:
        return []
    found = []
    for quad in boxes:
        xs = [float(pt[0]) for pt in quad]
        ys = [float(pt[1]) for pt in quad]
        if max(ys) - min(ys) >= 4 and max(xs) - min(xs) >= 4:
            found.append((min(xs), min(ys), max(xs), max(ys)))
    out = []
    for box in found:
        x0, top, x1, bottom = box
        h = bottom - top
        # the page around the box, wider by up to a character each side (the detector
        # leaves out thin glyphs at the ends, such as a closing 〕) but not into the next
        # box on the same line, then a white margin
        left, right = max(0.0, x0 - h), min(float(rgb.width), x1 + h)
        for ox0, otop, ox1, obottom in found:
            if min(bottom, obottom) - max(top, otop) > 0.5 * min(h, obottom - otop):
                if ox1 <= x0:
                    left = max(left, ox1 + 1)
                elif ox0 >= x1:
                    right = min(right, ox0 - 1)
        crop = rgb.crop((int(left), int(top), int(right) + 1, int(bottom) + 1))
        crop = ImageOps.expand(crop, max(4, int(h * 0.5)), fill=(255, 255, 255))
        rec = engine(crop, use_det=False, use_rec=True)
        txts, scores = getattr(rec, "txts", None), getattr(rec, "scores", None)
        if txts and scores and txts[0].strip() and scores[0] >= _MIN_SCORE:
            out.append((box, txts[0].strip(), float(scores[0])))
    return out


def recognise(image, dpi: float) -> list:
    """OCR one page image (PIL) to characters (pdf._Char) in points from the top left:
    each text line's characters spread across its box by their widths (full width for
    Chinese, half for Latin letters and digits)."""
    from .pdf.chars import Char as _Char

    scale = 72.0 / dpi
    chars = []
    for (x0, top, x1, bottom), text, _score in _lines(image):
        x0, x1, top, bottom = x0 * scale, x1 * scale, top * scale, bottom * scale
        # the detector's box is padded around the glyphs: the middle 80 % as the line band
        pad = (bottom - top) * 0.1
        top, bottom = top + pad, bottom - pad
        total = sum(_weight(c) for c in text) or 1.0
        x = x0
        for c in text:
            w = (x1 - x0) * _weight(c) / total
            chars.append(_Char(" " if c.isspace() else c, x, x + w, top, bottom))
            x += w
    return chars


class _Progress:
    """A bar per page on a terminal (stderr); nothing otherwise."""

    def __init__(self, path: Path, total: int):
        self.bar = None
        if total > 1 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn(f"OCR {path.name}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("ocr", total=total)
            self.bar.start()

    def step(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _page_items(chars: list) -> list:
    from .pdf.lines import group_lines as _group_lines

    return list(_group_lines(chars))


def recognise_page(path: Path, image, dpi: float) -> list:
    """recognise(), an OCR engine failure given as one line."""
    try:
        return recognise(image, dpi)
    except InputError:
        raise
    except Exception as exc:  # onnxruntime or a model file broken in this environment
        detail = " ".join(str(exc).split())[:120]
        raise InputError(f"{path}: OCR failed ({type(exc).__name__}: {detail}); reinstall with `{INSTALL}`") from None


def _ocr_page(path: Path, image, dpi: float) -> list:
    """The page's lines; an OCR engine failure is one line, not a traceback."""
    return _page_items(recognise_page(path, image, dpi))


def ocr_pdf_pages(path: Path, data: bytes, pages: list, *, always: bool) -> int:
    """OCR the pages without a text layer that hold an image (all pages with always=True),
    putting the recognised lines in place of their items; returns how many were OCR'd."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(data)
    try:
        if always:
            todo = list(range(len(pages)))
        else:
            todo = [i for i, p in enumerate(pages) if not p.items
                    and any(obj.type == raw.FPDF_PAGEOBJ_IMAGE for obj in doc[i].get_objects(max_depth=2))]
        if not todo:
            return 0
        if not available():
            if always or len(todo) == len(pages) or not any(p.items for p in pages):
                raise InputError(f"{path}: the PDF has no text layer (a scan); install OCR with `{INSTALL}` and run again (or give a PDF with text, e.g. from `ocrmypdf in.pdf out.pdf`)")
            return 0  # some scanned pages among text pages: the text pages are read
        progress = _Progress(Path(path), len(todo))
        try:
            for i in todo:
                image = doc[i].render(scale=DPI / 72).to_pil()
                pages[i].items = _ocr_page(path, image, DPI)
                progress.step()
        finally:
            progress.close()
        return len(todo)
    finally:
        doc.close()


def load_image(path: Path, ocr: str = "auto") -> LoadedDocument:
    """A photo or scan of a notice (.png, .jpg, .tif; every frame of a multi-page TIFF)."""
    from .pdf.items import Page as _Page
    from .pdf.text import lines_from_pages

    path = Path(path)
    data = read_bytes(path)
    if ocr == "never":
        raise InputError(f"{path}: an image can only be read by OCR; leave out `--ocr never`")
    if not available():
        raise InputError(f"{path}: an image of a notice needs OCR; install it with `{INSTALL}` and run again")
    import io

    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        img = Image.open(io.BytesIO(data))
        frames = [f.copy() for f in ImageSequence.Iterator(img)]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError(f"{path}: the image is damaged or not an image ({type(exc).__name__}); save it again as .png or .jpg") from None
    pages = []
    progress = _Progress(path, len(frames))
    try:
        for n, frame in enumerate(frames, 1):
            dpi = frame.info.get("dpi", (DPI, DPI))[0] or DPI
            try:
                dpi = float(dpi) if float(dpi) >= 50 else DPI
            except (TypeError, ValueError):
                dpi = DPI
            p = _Page(n, frame.width * 72 / dpi, frame.height * 72 / dpi)
            p.items = _ocr_page(path, frame, dpi)
            pages.append(p)
            progress.step()
    finally:
        progress.close()
    lines = lines_from_pages(pages)
    if not lines:
        raise InputError(f"{path}: OCR found no text in the image; give a sharper scan (150-300 dpi) of the notice")
    return LoadedDocument(path=str(path), format="image", sha256=sha256_of(data), lines=lines)
