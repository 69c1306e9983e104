"""One page's objects as the PDF steps want them: text runs to positioned characters
(TextCode X/Y, DeltaX/DeltaY, the object's CTM and Boundary), path objects to ruling
edges, image objects noted for OCR; in points measured from the page top."""
from __future__ import annotations

import math
import unicodedata
import xml.etree.ElementTree as ET

from .package import _child

# OFD lengths are millimetres; the PDF line pipeline's tolerances are in points
_PT_PER_MM = 72 / 25.4


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
        from ..pdf import _Char

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
