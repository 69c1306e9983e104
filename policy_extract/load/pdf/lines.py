"""Step 2, lines: glyphs to printed lines (same baseline band, left to right), and the
gutter of a two-column page."""
from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from .chars import Char

_LEFT_SITTING = set("”’。，、；：！？）》」』】〕")


@dataclass(slots=True)
class Line:
    chars: list[Char]
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0

    column: int | None = None  # 0 or 1 on a two-column page

    def __post_init__(self) -> None:
        chars = self.chars
        chars.sort(key=_X0)
        self.text = line_text(chars)
        self.x0 = chars[0].x0
        top, bottom = chars[0].top, chars[0].bottom
        last = None  # the visible glyph reaching furthest right (the first such)
        for c in chars:
            if c.top < top:
                top = c.top
            if c.bottom > bottom:
                bottom = c.bottom
            if (last is None or c.x1 > last.x1) and not c.text.isspace():
                last = c
        self.top, self.bottom = top, bottom
        if last is not None and self.text.strip():
            self.x1 = last.x1
            if last.text in _LEFT_SITTING:  # a full-width mark sitting left in its em (”，。) ends where its em ends
                self.x1 = max(self.x1, last.x0 + 0.9 * (last.bottom - last.top))
        else:
            self.x1 = self.x0

    @property
    def size(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


def union(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def line_text(chars: list[Char]) -> str:
    """The glyphs of a line left to right. A gap pdfium read as a space stays only between
    two Latin letters or digits: CJK text has no spaces, and the gaps it shows are the
    extra space office suites put between CJK and digits ("2023 年") or spread over a
    justified line ("加 强 “ 12345” 热 线")."""
    generated = [i for i, c in enumerate(chars) if c.generated]
    if not generated:
        return "".join([c.text for c in chars]).rstrip()
    out: list[str] = []
    n = len(chars)
    # a letter-spaced line: gaps between CJK characters all along it
    spread = len(generated) >= 3 and sum(1 for i in generated if 0 < i < n - 1
                                         and not chars[i - 1].text.isascii() and not chars[i + 1].text.isascii()) >= 3
    usual = None  # the median gap between CJK characters set solid, once needed
    for i, c in enumerate(chars):
        if c.generated:
            before = out[-1] if out else ""
            j = i + 1
            while j < n and chars[j].text.isspace():
                j += 1
            nxt = chars[j] if j < n else None
            after = nxt.text if nxt else ""
            latin = before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
            typed = before in ",;:!?" and after and not spread  # "网办, 推出": the space after a Latin comma is typed
            # a wide gap between two CJK characters of a line set solid: a typed space the
            # printer drew as a gap ("市委编办 市司法局" in a browser's table cell)
            wide = False
            if not (latin or typed) and not spread and i and nxt is not None and (is_cjk(before) or before in ")）") and is_cjk(after):
                if usual is None:
                    gaps = sorted([b.x0 - a.x1 for a, b in zip(chars, chars[1:])
                                   if not a.generated and not b.generated and is_cjk(a.text) and is_cjk(b.text)])
                    usual = gaps[len(gaps) // 2] if gaps else 0.0
                prev = chars[i - 1]
                wide = nxt.x0 - prev.x1 >= max(0.2 * (nxt.bottom - nxt.top), usual + 0.15 * (nxt.bottom - nxt.top))
            if not (latin or typed or wide):
                continue
        out.append(c.text)
    return "".join(out).rstrip()


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def group_lines(chars: list[Char]) -> list[Line]:
    """Chars to printed lines: same baseline band (a glyph joins one of the last three
    lines when its middle is within 0.45 of the taller of its height and the line's from
    the line's middle), left to right."""
    if (not chars or chars[0].text.isspace()) and all(c.text.isspace() for c in chars):  # (most open with a glyph)
        return []
    lines: list[list[Char]] = []
    bands: list[list[float]] = []  # [top, bottom] of each line
    # a glyph with the top and bottom of the one before joins that one's line when that
    # one left its band as it was: the bands it passed did not take it, the band it
    # joined did, and none of them changed (most glyphs of a line share top and bottom)
    same: list[Char] | None = None
    same_top = same_bottom = 0.0
    for c in sorted(chars, key=_CY_X0):
        ctop, cbottom = c.top, c.bottom
        if same is not None and ctop == same_top and cbottom == same_bottom:
            same.append(c)
            continue
        cy = (ctop + cbottom) / 2
        h = cbottom - ctop
        if h < 1.0:
            h = 1.0
        n = len(lines)
        for k in range(n - 1, n - 4 if n > 3 else -1, -1):
            band = bands[k]
            top, bottom = band
            span = bottom - top
            if abs(cy - (top + bottom) / 2) <= (span if span > h else h) * 0.45:
                same = lines[k]
                same.append(c)
                if ctop < top:
                    band[0] = ctop
                    same = None
                if cbottom > bottom:
                    band[1] = cbottom
                    same = None
                break
        else:
            same = [c]
            lines.append(same)
            bands.append([ctop, cbottom])
        same_top, same_bottom = ctop, cbottom
    out = [Line(cs) for cs in lines if not cs[0].text.isspace() or not all(c.text.isspace() for c in cs)]
    out.sort(key=_TOP)
    return out


def line_bands(lines: list[Line]) -> list[float]:
    """The middles of the printed lines of a page given as lines of its parts (table cells,
    text outside them), joined into bands as group_lines joins glyphs: a line joins one of
    the last three bands when its middle is within 0.45 of the taller of its height and
    the band's from the band's middle, and the band grows to hold it."""
    bands: list[list[float]] = []
    # a line with the top and bottom of the one before, which left its band as it was,
    # joins that band and leaves it as it is (the cells of a table row share them)
    same_top = same_bottom = None
    for ln in sorted(lines, key=_CY):
        top, bottom = ln.top, ln.bottom
        if top == same_top and bottom == same_bottom:
            continue
        cy, h = (top + bottom) / 2, max(bottom - top, 1.0)
        n = len(bands)
        for k in range(n - 1, n - 4 if n > 3 else -1, -1):
            band = bands[k]
            span = band[1] - band[0]
            if abs(cy - (band[0] + band[1]) / 2) <= (span if span > h else h) * 0.45:
                grows = top < band[0] or bottom > band[1]
                band[0], band[1] = min(band[0], top), max(band[1], bottom)
                break
        else:
            bands.append([top, bottom])
            grows = False
        same_top, same_bottom = (None, None) if grows else (top, bottom)
    return sorted((b[0] + b[1]) / 2 for b in bands)


def _CY_X0(c: Char) -> tuple[float, float]:
    return ((c.top + c.bottom) / 2, c.x0)


def _CY(ln: Line) -> float:
    return (ln.top + ln.bottom) / 2


_X0, _TOP = attrgetter("x0"), attrgetter("top")


def column_split(chars: list[Char], width: float, lines: list[Line] | None = None) -> float | None:
    """The x of the gutter of a two-column page: a band near the middle that no glyph
    crosses, with text on both sides of it in many of the page's lines."""
    visible = sorted((c for c in chars if not c.text.isspace()), key=lambda c: c.x0)
    if len(visible) < 40:
        return None
    gaps = []
    reach = visible[0].x1
    for c in visible[1:]:
        if c.x0 > reach:
            gaps.append((reach, c.x0))
        reach = max(reach, c.x1)
    size = sorted(c.bottom - c.top for c in visible)[len(visible) // 2]
    best = None
    for a, b in gaps:
        mid = (a + b) / 2
        if 0.3 * width <= mid <= 0.7 * width and b - a >= max(6.0, 0.5 * size) and (best is None or b - a > best[1] - best[0]):
            best = (a, b)
    if best is None:
        return None
    split = (best[0] + best[1]) / 2
    left = sum(c.cx < split for c in visible)
    if not (0.1 * len(visible) <= left <= 0.9 * len(visible)):
        return None
    lines = group_lines(chars) if lines is None else lines
    both = sum(1 for ln in lines if ln.x0 < best[0] and ln.x1 > best[1])
    right_side = sum(1 for ln in lines if ln.x1 > best[1])
    left_side = sum(1 for ln in lines if ln.x0 < best[0])
    return split if both >= 3 and both >= 0.5 * min(left_side, right_side) else None
