"""The documents and pages of an OFD package: page boxes, template pages, image
resources (a scanned page is read by OCR), then the PDF loader's steps per page."""
from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from pathlib import Path

from ...errors import InputError
from .objects import _PT_PER_MM, _box, _PageReader
from .package import MAX_PAGES, _child, _Package, _parse_xml, _resolve, _text

_A4 = (210.0, 297.0)


def _page_box(page_el: ET.Element | None, default: tuple[float, float, float, float] | None):
    area = _child(page_el, "Area")
    box = _box(_text(area, "PhysicalBox")) if area is not None else None
    return box or default or (0.0, 0.0, *_A4)


def _media(pkg: _Package, doc_dir: str, common: ET.Element | None) -> dict[str, str]:
    """Image resources of a document: ID -> location in the package (PublicRes, DocumentRes)."""
    out: dict[str, str] = {}
    if common is None:
        return out
    for tag in ("PublicRes", "DocumentRes"):
        for ref in common.findall(tag):
            loc = (ref.text or "").strip()
            if not loc or pkg.find(_resolve(doc_dir, loc)) is None:
                continue
            res_name = _resolve(doc_dir, loc)
            res = _parse_xml(pkg.read(res_name))
            base = _resolve(posixpath.dirname(res_name), res.get("BaseLoc") or ".")
            for mm in res.iter("MultiMedia"):
                media_file = _text(mm, "MediaFile")
                if mm.get("ID") and media_file:
                    out[mm.get("ID")] = _resolve(base, media_file)
    return out


def _ocr_images(path: Path, pkg: _Package, media: dict[str, str], images: list) -> list:
    """Characters OCR'd from a page's images (a scanned OFD), placed on the page."""
    import io

    from PIL import Image

    from .. import ocr
    from ..pdf import _Char

    chars = []
    for rid, m in images:
        loc = media.get(rid)
        if loc is None or pkg.find(loc) is None:
            continue
        a, b, c, d, e, f = m
        if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0:
            continue  # rotated or flipped images are not read
        try:
            image = Image.open(io.BytesIO(pkg.read(loc)))
            image.load()
        except (OSError, ValueError, Image.DecompressionBombError):
            continue
        dpi = image.width / (a / 25.4)  # pixels per inch as placed on the page
        dx, dy = e * _PT_PER_MM, f * _PT_PER_MM
        for ch in ocr.recognise_page(path, image, dpi):
            chars.append(_Char(ch.text, ch.x0 + dx, ch.x1 + dx, ch.top + dy, ch.bottom + dy))
    return chars


def _read_pages(path: Path, pkg: _Package, ocr_mode: str = "auto") -> tuple[list, int]:
    from ..pdf import _grid_plausible, _grid_tables, _group_lines, _Page, _Table, _table_rows

    root = _parse_xml(pkg.read("OFD.xml"))
    if root.tag != "OFD":
        raise InputError(f"{path}: OFD.xml is not an OFD entry file; the file is damaged or not an OFD")
    pages: list[_Page] = []
    images = 0  # pages with images and no text (scans)
    for body in root.iter("DocBody"):
        loc = _text(body, "DocRoot")
        if not loc:
            continue
        doc_name = _resolve("", loc)
        doc_dir = posixpath.dirname(doc_name)
        document = _parse_xml(pkg.read(doc_name))
        common = _child(document, "CommonData")
        default_box = _box(_text(_child(common, "PageArea"), "PhysicalBox")) if common is not None else None
        templates = {}
        if common is not None:
            for tpl in common.findall("TemplatePage"):
                if tpl.get("ID") and tpl.get("BaseLoc"):
                    templates[tpl.get("ID")] = _resolve(doc_dir, tpl.get("BaseLoc"))
        page_refs = document.findall("Pages/Page")
        if len(pages) + len(page_refs) > MAX_PAGES:
            raise InputError(f"{path}: the OFD has more than {MAX_PAGES} pages; split it and try again")
        tpl_cache: dict[str, ET.Element] = {}
        media: dict[str, str] | None = None
        for ref in page_refs:
            loc = ref.get("BaseLoc")
            if not loc:
                continue
            page_el = _parse_xml(pkg.read(_resolve(doc_dir, loc)))
            x0, y0, w, h = _page_box(page_el, default_box)
            reader = _PageReader()
            origin = (1.0, 0.0, 0.0, 1.0, -x0, -y0)
            for use in page_el.findall("Template"):
                tid = use.get("TemplateID")
                if tid in templates:
                    if tid not in tpl_cache:
                        tpl_cache[tid] = _parse_xml(pkg.read(templates[tid]))
                    content = _child(tpl_cache[tid], "Content")
                    if content is not None:
                        reader.walk(content, origin)
            content = _child(page_el, "Content")
            if content is not None:
                reader.walk(content, origin)
            chars = reader.chars
            if not chars and reader.images:  # a scanned page
                from .. import ocr

                images += 1
                if ocr_mode != "never" and ocr.available():
                    if media is None:
                        media = _media(pkg, doc_dir, common)
                    chars = _ocr_images(path, pkg, media, reader.images)
            # the PDF loader's steps: ruled tables (when the rulings look right), then lines
            tables = []
            if chars and len(reader.hs) + len(reader.vs) >= 4:
                grid = _grid_tables(reader.hs, reader.vs)
                if grid and _grid_plausible(grid, chars):
                    tables = grid
            p = _Page(len(pages) + 1, w * _PT_PER_MM, h * _PT_PER_MM)
            placed = []
            for t in sorted(tables, key=lambda t: t.bbox[1]):
                rows, chars = _table_rows(t, chars)
                if rows:
                    placed.append((t.bbox[1], _Table(rows, rows[0].ncols, t.bbox[1])))
            lines = [(ln.top, ln) for ln in _group_lines(chars)]
            p.items = [item for _, item in sorted(lines + placed, key=lambda x: x[0])]
            pages.append(p)
    return pages, images
