"""Step 1, chars: the glyphs of a page with their boxes, from pdfium's text page.

A `Char` is one glyph in points from the page's top left. Other loaders that place
glyphs on pages (OFD, OCR) build `Char`s too and go through the same later steps."""
from __future__ import annotations

import ctypes
import unicodedata
from dataclasses import dataclass

# Browsers' PDF text layer maps some characters to radical code points that share their
# glyph: Kangxi radicals (U+2F00-2FD5, which NFKC maps back) and CJK radical supplement
# forms (U+2E80-2EF3, which NFKC leaves alone). The supplement forms that are also whole
# characters, as (radical, character) pairs:
_SUPPLEMENT_RADICALS = (
    "⺁厂⺅亻⺆冂⺊卜⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬"
    "⺤爫⺥爫⺦丬⺨犭⺩王⺪疋⺫罒⺬示⺭礻⺯糸⺰纟⺲罒⺸羊⺹耂⺻聿⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西"
    "⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食"
    "⻟飠⻠饣⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟"
)
_RADICALS = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
_RADICALS.update({ord(a): b for a, b in zip(_SUPPLEMENT_RADICALS[::2], _SUPPLEMENT_RADICALS[1::2])})


def real_char(ch: str) -> str:
    return _RADICALS.get(ord(ch), ch) if "\u2e80" <= ch <= "\u2fdf" else ch


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    generated: bool = False  # a space pdfium put where it saw a gap, not one the PDF holds

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


def chars_from_textpage(textpage, page_height: float, raw) -> list[Char]:
    """The glyphs of pdfium's text page, in its order, as Chars. pdfium's own line breaks
    are left out; a space it generated where it saw a gap is kept, marked `generated`.
    (pdfium generates only spaces and CR/LF, so only whitespace is asked whether it was
    generated: three ctypes calls per glyph, box, origin and font size.)"""
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    aligned = len(text) == n
    out: list[Char] = []
    handle = textpage.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    get_box, get_origin, get_size = raw.FPDFText_GetCharBox, raw.FPDFText_GetCharOrigin, raw.FPDFText_GetFontSize
    is_generated, get_unicode = raw.FPDFText_IsGenerated, raw.FPDFText_GetUnicode
    skip = "\r\n\x00\ufffe\uffff"
    radicals = _RADICALS
    for i in range(n):
        ch = text[i] if aligned else chr(get_unicode(handle, i))
        if ch in skip:
            continue
        space = ch.isspace()
        generated = bool(is_generated(handle, i)) if space else False
        if generated and ch != " ":
            continue
        if not get_box(handle, i, left, right, bottom, top) or not get_origin(handle, i, ox, oy):
            continue
        lv, rv = left.value, right.value
        size = get_size(handle, i) or (top.value - bottom.value) or 10.0
        if space:
            ch = " "
        elif "\u2e80" <= ch <= "\u2fdf":
            ch = radicals.get(ord(ch), ch)
        if generated and out and not out[-1].text.isspace():
            # a gap pdfium filled: it follows the glyph before it in reading order (its own
            # box can start inside the next glyph's)
            prev = out[-1]
            out.append(Char(ch, prev.x1, prev.x1, prev.top, prev.bottom, True))
            continue
        # the line band comes from the baseline and font size (glyph boxes of quotes,
        # digits and CJK differ); pdfium's origin is bottom-left, here distances from the top
        base = page_height - oy.value
        if rv > lv:
            out.append(Char(ch, lv, rv, base - size * 0.85, base + size * 0.15, generated))
        else:
            out.append(Char(ch, ox.value, ox.value + size * 0.3, base - size * 0.85, base + size * 0.15, generated))
    return out
