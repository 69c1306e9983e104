"""Step 2, lines: glyphs to printed lines (same baseline band, left to right), and the
gutter of a two-column page."""
from __future__ import annotations

from dataclasses import dataclass

from .chars import Char


_LEFT_SITTING = set("”’。，、；：！？）》」』】〕")


@dataclass
class Line:
    chars: list[Char]
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0

    column: int | None = None  # 0 or 1 on a two-column page

    def __post_init__(self) -> None:
        self.chars.sort(key=lambda c: c.x0)
        self.text = line_text(self.chars)
        self.x0 = min(c.x0 for c in self.chars)
        if self.text.strip():
            visible = [c for c in self.chars if not c.text.isspace()]
            self.x1 = max(c.x1 for c in visible)
            last = max(visible, key=lambda c: c.x1)
            if last.text in _LEFT_SITTING:  # a full-width mark sitting left in its em (”，。) ends where its em ends
                self.x1 = max(self.x1, last.x0 + 0.9 * (last.bottom - last.top))
        else:
            self.x1 = self.x0
        self.top = min(c.top for c in self.chars)
        self.bottom = max(c.bottom for c in self.chars)

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
    if not any(c.generated for c in chars):
        return "".join(c.text for c in chars).rstrip()
    out: list[str] = []
    n = len(chars)
    # a letter-spaced line: gaps between CJK characters all along it
    spread = sum(1 for i, c in enumerate(chars) if c.generated and 0 < i < n - 1
                 and not chars[i - 1].text.isascii() and not chars[i + 1].text.isascii()) >= 3
    gaps = sorted(b.x0 - a.x1 for a, b in zip(chars, chars[1:]) if not a.generated and not b.generated and is_cjk(a.text) and is_cjk(b.text))
    usual = gaps[len(gaps) // 2] if gaps else 0.0
    for i, c in enumerate(chars):
        if c.generated:
            before = out[-1] if out else ""
            nxt = next((d for d in chars[i + 1 : n] if not d.text.isspace()), None)
            after = nxt.text if nxt else ""
            latin = before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
            typed = before in ",;:!?" and after and not spread  # "网办, 推出": the space after a Latin comma is typed
            # a wide gap between two CJK characters of a line set solid: a typed space the
            # printer drew as a gap ("市委编办 市司法局" in a browser's table cell)
            prev = chars[i - 1] if i else None
            wide = (not spread and usual is not None and prev is not None and nxt is not None and (is_cjk(before) or before in ")）") and is_cjk(after)
                    and nxt.x0 - prev.x1 >= max(0.2 * (nxt.bottom - nxt.top), usual + 0.15 * (nxt.bottom - nxt.top)))
            if not (latin or typed or wide):
                continue
        out.append(c.text)
    return "".join(out).rstrip()


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def group_lines(chars: list[Char]) -> list[Line]:
    """Chars to printed lines: same baseline band, left to right."""
    visible = [c for c in chars if not c.text.isspace()]
    if not visible:
        return []
    chars = sorted(chars, key=lambda c: (c.cy, c.x0))
    lines: list[list[Char]] = []
    bands: list[tuple[float, float]] = []
    for c in chars:
        h = max(c.bottom - c.top, 1.0)
        for k in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            top, bottom = bands[k]
            if abs(c.cy - (top + bottom) / 2) <= max(h, bottom - top) * 0.45:
                lines[k].append(c)
                bands[k] = (min(top, c.top), max(bottom, c.bottom))
                break
        else:
            lines.append([c])
            bands.append((c.top, c.bottom))
    out = [Line(cs) for cs in lines if any(not c.text.isspace() for c in cs)]
    out.sort(key=lambda ln: ln.top)
    return out


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
