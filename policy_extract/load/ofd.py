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
anything is decompressed (see `_Package`)."""
from __future__ import annotations

import math
import posixpath
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from xml.parsers import expat

from ..errors import InputError
from .base import LoadedDocument, read_bytes, sha256_of

# OFD lengths are millimetres; the PDF line pipeline's tolerances are in points
_PT_PER_MM = 72 / 25.4
_A4 = (210.0, 297.0)

# --- the package ------------------------------------------------------------------
# Limits for one OFD. A local check: the shared zip-bomb guard (load/zipguard.py or
# load/base.py, another branch) should replace it when both are merged.
MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one XML part, decompressed
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts read from one package
MAX_RATIO = 200  # decompressed / compressed, for parts over 1 MB
MAX_PAGES = 5_000


class _Unsafe(Exception):
    pass


class _Package:
    """The zip with bounded reads: member count, each part's declared and actual
    decompressed size, the compression ratio and the total read are all capped."""

    def __init__(self, path: Path, data: bytes):
        import io

        self.path = path
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, EOFError, ValueError, OSError):
            raise InputError(f"{path}: the OFD is damaged or incomplete (not a readable zip package); download or export it again") from None
        if len(infos) > MAX_MEMBERS:
            raise InputError(f"{path}: the OFD package has {len(infos)} parts, more than {MAX_MEMBERS}; it is not read (a damaged or hostile file)")
        self.names = {}
        for info in infos:
            name = info.filename.replace("\\", "/").lstrip("/")
            self.names.setdefault(name, info)
            self.names.setdefault(name.lower(), info)
        self.total = 0

    def find(self, name: str):
        return self.names.get(name) or self.names.get(name.lower())

    def read(self, name: str) -> bytes:
        info = self.find(name)
        if info is None:
            raise KeyError(name)
        size = info.file_size
        if size > MAX_MEMBER_BYTES or (size > 1024 * 1024 and size > MAX_RATIO * max(info.compress_size, 1)):
            raise _Unsafe(f"part {info.filename} would unpack to {size} bytes")
        if self.total + size > MAX_TOTAL_BYTES:
            raise _Unsafe("the parts would unpack to more than the limit")
        with self.zf.open(info) as fh:  # the declared size may lie: read at most one byte past it
            data = fh.read(min(size, MAX_MEMBER_BYTES) + 1)
        if len(data) > size:
            raise _Unsafe(f"part {info.filename} unpacks to more than it declares")
        self.total += len(data)
        return data


def _resolve(base_dir: str, loc: str) -> str:
    """A location inside the package: absolute from the package root when it starts
    with '/', otherwise relative to the folder of the file naming it."""
    loc = loc.strip().replace("\\", "/")
    joined = loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc)
    return posixpath.normpath(joined).lstrip("/")


# --- safe XML ---------------------------------------------------------------------
def _parse_xml(data: bytes) -> ET.Element:
    """XML to an ElementTree with namespaces dropped from names (producers spell the
    OFD namespace differently). A document type declaration or an entity declaration
    is refused, so no entity is ever expanded and nothing outside is fetched."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")

    def local(name: str) -> str:
        return name.rsplit("}", 1)[-1]

    def refuse(*_args) -> None:
        raise _Unsafe("a document type or entity declaration")

    def start(name, attrs):
        builder.start(local(name), {local(k): v for k, v in attrs.items()})

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    parser.EndElementHandler = lambda name: builder.end(local(name))
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    parser.Parse(data, True)
    return builder.close()


def _child(el: ET.Element | None, tag: str) -> ET.Element | None:
    return None if el is None else el.find(tag)


def _text(el: ET.Element | None, tag: str) -> str:
    c = _child(el, tag)
    return (c.text or "").strip() if c is not None else ""


def _floats(text: str | None) -> list[float]:
    out = []
    for tok in (text or "").replace(",", " ").split():
        try:
            v = float(tok)
        except ValueError:
            continue
        if math.isfinite(v):
            out.append(v)
    return out


def _box(text: str | None) -> tuple[float, float, float, float] | None:
    v = _floats(text)
    return (v[0], v[1], v[2], v[3]) if len(v) >= 4 else None


def deltas(text: str | None, limit: int = 1_000_000) -> list[float]:
    """DeltaX/DeltaY: numbers, where 'g N v' stands for N times v; at most `limit` values
    (a run's characters need one fewer: a huge N cannot fill the memory)."""
    toks = (text or "").split()
    out: list[float] = []
    i = 0
    while i < len(toks) and len(out) < limit:
        tok = toks[i]
        try:
            if tok == "g" and i + 2 < len(toks):
                n = int(float(toks[i + 1]))
                out.extend([float(toks[i + 2])] * max(0, min(n, limit - len(out))))
                i += 3
                continue
            out.append(float(tok))
        except (ValueError, OverflowError):
            pass
        i += 1
    return [v if math.isfinite(v) else 0.0 for v in out]


# --- affine transforms (a, b, c, d, e, f): x' = a x + c y + e, y' = b x + d y + f ---
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _then(m, n):
    """m first, then n."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _object_matrix(el: ET.Element, parent):
    """Object space to page space (mm): the object's CTM, then its Boundary's origin,
    then whatever holds it."""
    m = _IDENTITY
    ctm = _floats(el.get("CTM"))
    if len(ctm) == 6:
        m = tuple(ctm)
    box = _box(el.get("Boundary"))
    if box is not None:
        m = _then(m, (1.0, 0.0, 0.0, 1.0, box[0], box[1]))
    return _then(m, parent)


def _advance(ch: str, size: float) -> float:
    """Glyph width for the character's box (fonts are not read): full width for CJK and
    the full-width punctuation Chinese fonts print, half for the rest."""
    return size if unicodedata.east_asian_width(ch) in ("W", "F", "A") else size * 0.5


def _visible(text_obj: ET.Element) -> bool:
    """Text that is printed: not unfilled and unstroked, not white on the page
    (form producers hide field names and metadata that way)."""
    if text_obj.get("Fill", "true") == "false" and text_obj.get("Stroke", "false") != "true":
        return False
    fill = _child(text_obj, "FillColor")
    if fill is not None and fill.get("ColorSpace") is None:
        v = (fill.get("Value") or "").split()
        if len(v) == 3 and all(x in ("255", "#FF", "#ff") for x in v):
            return False
    return True


# --- page objects -----------------------------------------------------------------
class _PageReader:
    """Characters and ruling edges of one page, in points from the page's top left."""

    def __init__(self):
        self.chars: list = []
        self.hs: list[tuple[float, float, float]] = []
        self.vs: list[tuple[float, float, float]] = []
        self.images: list[tuple[str, tuple]] = []  # (ResourceID, unit square to page mm)

    def walk(self, container: ET.Element, parent) -> None:
        for el in container:
            tag = el.tag
            if tag == "TextObject":
                if _visible(el):
                    self.text(el, _object_matrix(el, parent))
            elif tag == "PathObject":
                self.path(el, _object_matrix(el, parent))
            elif tag == "ImageObject":
                self.images.append((el.get("ResourceID") or "", _object_matrix(el, parent)))
            elif tag in ("PageBlock", "Layer"):
                box = _box(el.get("Boundary"))
                self.walk(el, _then((1.0, 0.0, 0.0, 1.0, box[0], box[1]), parent) if box else parent)

    def text(self, el: ET.Element, m) -> None:
        from .pdf import _Char

        try:
            size = float(el.get("Size") or 0) or 3.5
        except ValueError:
            size = 3.5
        hscale = _floats(el.get("HScale"))
        hs = hscale[0] if hscale and hscale[0] > 0 else 1.0
        x = y = 0.0
        for code in el.iter("TextCode"):
            content = (code.text or "").replace("\r", "").replace("\n", "")
            if code.get("X") is not None:
                x = (_floats(code.get("X")) or [x])[0]
            if code.get("Y") is not None:
                y = (_floats(code.get("Y")) or [y])[0]
            dx, dy = deltas(code.get("DeltaX"), len(content)), deltas(code.get("DeltaY"), len(content))
            for i, ch in enumerate(content):
                if i > 0:
                    # a missing delta repeats the last one given (as readers do), or
                    # when none is given, the glyph's own width
                    if dx:
                        x += dx[i - 1] if i - 1 < len(dx) else dx[-1]
                    elif not dy:
                        x += _advance(content[i - 1], size) * hs
                    if dy:
                        y += dy[i - 1] if i - 1 < len(dy) else dy[-1]
                w = _advance(ch, size) * hs
                # the glyph's box in object space (y grows downwards), then on the page
                corners = [_apply(m, px, py) for px in (x, x + w) for py in (y - size * 0.85, y + size * 0.15)]
                xs = [p[0] * _PT_PER_MM for p in corners]
                ys = [p[1] * _PT_PER_MM for p in corners]
                if ch in "\ufffe\uffff" or (unicodedata.category(ch) == "Cc" and not ch.isspace()):
                    continue
                text = " " if ch.isspace() else ch
                self.chars.append(_Char(text, min(xs), max(xs), min(ys), max(ys)))
            # a following TextCode without X or Y goes on from the last character's position

    def path(self, el: ET.Element, m) -> None:
        data = _child(el, "AbbreviatedData")
        if data is None or not data.text:
            return
        toks = data.text.split()
        subpaths: list[list[tuple[float, float]]] = []
        cur: list[tuple[float, float]] = []
        i = 0
        nargs = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}
        while i < len(toks):
            op = toks[i]
            n = nargs.get(op)
            if n is None:
                i += 1
                continue
            vals = _floats(" ".join(toks[i + 1:i + 1 + n]))
            i += 1 + n
            if len(vals) < n:
                break
            if op == "C":  # close: back to the start, where the next piece begins
                if len(cur) > 1:
                    cur.append(cur[0])
                    cur = [cur[0]]
                    subpaths.append(cur)
                continue
            pt = _apply(m, vals[-2], vals[-1])
            pt = (pt[0] * _PT_PER_MM, pt[1] * _PT_PER_MM)
            if op in ("S", "M") or not cur:
                cur = [pt]
                subpaths.append(cur)
            else:  # lines; curves and arcs by their end points
                cur.append(pt)
        for sp in subpaths:
            for (x0, y0), (x1, y1) in zip(sp, sp[1:]):
                if abs(y0 - y1) < 0.01 and abs(x1 - x0) >= 1.0:
                    self.hs.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
                elif abs(x0 - x1) < 0.01 and abs(y1 - y0) >= 1.0:
                    self.vs.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


# --- documents and pages ----------------------------------------------------------
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

    from . import ocr
    from .pdf import _Char

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
    from .pdf import _Page, _Table, _grid_plausible, _grid_tables, _group_lines, _table_rows

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
                from . import ocr

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


def load_ofd(path: Path, ocr: str = "auto") -> LoadedDocument:
    """ocr: scanned pages (images, no text) are read by OCR unless "never" (the [ocr] extra)."""
    from .pdf import lines_from_pages

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
            from .ocr import INSTALL, available

            if ocr == "never":
                raise InputError(f"{path}: the OFD has no text, only images (a scan); leave out `--ocr never` to read them by OCR")
            if not available():
                raise InputError(f"{path}: the OFD has no text, only images (a scan); install OCR with `{INSTALL}` and run again")
            raise InputError(f"{path}: the OFD has no text, only images (a scan), and OCR found no text in them; give a sharper scan or a text OFD/PDF")
        raise InputError(f"{path}: the OFD has no text on its pages; give a notice with text in it")
    return LoadedDocument(path=str(path), format="ofd", sha256=sha256_of(data), lines=lines)

