"""Step 1, chars: the glyphs of a page with their boxes, from pdfium's text page.

A `Char` is one glyph in points from the page's top left. Other loaders that place
glyphs on pages (OFD, OCR) build `Char`s too and go through the same later steps."""
from __future__ import annotations

import ctypes
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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


# ctypes releases the GIL around each foreign call unless the function is flagged as a
# Python API one (PYFUNCTYPE); pdfium's getters are short and never call back into
# Python, so keeping it saves about 0.04 µs a call
_HOLDS_GIL = ctypes.PYFUNCTYPE(ctypes.c_int)._flags_ & ~ctypes.CFUNCTYPE(ctypes.c_int)._flags_


class Pdfium:
    """pdfium's functions called once per glyph or per page object, without ctypes'
    per-call argument conversion. pypdfium2's raw functions declare their argument types,
    and ctypes converts every argument through them on each call, which costs about as
    much as the call itself (0.6 µs against 0.35 µs for FPDFText_GetCharBox). The same C
    functions, taken by address with no argument types declared, are handed arguments
    that are C values already: handles as `ctypes.c_void_p`, indices as Python ints (C
    `int`, which every function here takes), out-parameters as `ctypes.byref(...)`. Only
    functions whose parameters are all handles, `int`s or pointers are taken (a C
    `unsigned long`, as in FPDFFormObj_GetObject, would not be passed right as an int).
    They are called without releasing the GIL (_HOLDS_GIL)."""

    def __init__(self, raw) -> None:
        def take(fn, restype):
            kind = type(fn)  # (pypdfium2's library's calling convention)
            unchecked = type("Unchecked", (kind,), {"_flags_": kind._flags_ | _HOLDS_GIL})
            f = unchecked(ctypes.cast(fn, ctypes.c_void_p).value)
            f.restype = restype
            return f

        c_int, c_void_p = ctypes.c_int, ctypes.c_void_p
        # (FPDF_TEXTPAGE, int index, double* left, double* right, double* bottom, double* top) -> FPDF_BOOL
        self.char_box = take(raw.FPDFText_GetCharBox, c_int)
        # (FPDF_TEXTPAGE, int index, double* x, double* y) -> FPDF_BOOL
        self.char_origin = take(raw.FPDFText_GetCharOrigin, c_int)
        # (FPDF_TEXTPAGE, int index) -> double
        self.font_size = take(raw.FPDFText_GetFontSize, ctypes.c_double)
        # (FPDF_TEXTPAGE, int index) -> int
        self.is_generated = take(raw.FPDFText_IsGenerated, c_int)
        # (FPDF_TEXTPAGE, int index) -> unsigned int
        self.unicode = take(raw.FPDFText_GetUnicode, ctypes.c_uint)
        # (FPDF_TEXTPAGE, int index) -> FPDF_PAGEOBJECT (the text object the glyph belongs to)
        self.text_object = take(raw.FPDFText_GetTextObject, c_void_p)
        # (FPDF_PAGE, int index) -> FPDF_PAGEOBJECT
        self.page_object = take(raw.FPDFPage_GetObject, c_void_p)
        # (FPDF_PAGEOBJECT) -> int
        self.object_type = take(raw.FPDFPageObj_GetType, c_int)
        # (FPDF_PAGEOBJECT path) -> int
        self.count_segments = take(raw.FPDFPath_CountSegments, c_int)
        # (FPDF_PAGEOBJECT path, int index) -> FPDF_PATHSEGMENT
        self.path_segment = take(raw.FPDFPath_GetPathSegment, c_void_p)
        # (FPDF_PATHSEGMENT, float* x, float* y) -> FPDF_BOOL
        self.segment_point = take(raw.FPDFPathSegment_GetPoint, c_int)
        # (FPDF_PATHSEGMENT) -> int
        self.segment_type = take(raw.FPDFPathSegment_GetType, c_int)
        # (FPDF_PATHSEGMENT) -> FPDF_BOOL
        self.segment_close = take(raw.FPDFPathSegment_GetClose, c_int)


@lru_cache(maxsize=None)
def pdfium(raw) -> Pdfium:
    return Pdfium(raw)


def handle(ptr) -> ctypes.c_void_p:
    """A pypdfium2 handle (a typed pointer) as the `c_void_p` the unchecked functions take."""
    return ctypes.cast(ptr, ctypes.c_void_p)


def chars_from_textpage(textpage, page_height: float, raw, texts: set | None = None) -> list[Char]:
    """The glyphs of pdfium's text page, in its order, as Chars. pdfium's own line breaks
    are left out; a space it generated where it saw a gap is kept, marked `generated`.
    Per glyph three calls into pdfium (its text object, box and origin; the font size is
    its text object's, asked once per run of its glyphs; only whitespace is asked whether pdfium
    generated it), made without ctypes' argument conversion (Pdfium above).

    When given, `texts` receives the handle (an int) of each text object that has text on
    the text page: the objects whose FPDFTextObj_GetText is not empty (pdfium's
    GetTextByObject: a glyph of the object with a code point, or a space glyph right after
    a run of the object's glyphs), told here from the glyphs without a call per object."""
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    # one character of the text per glyph, unless pdfium left control glyphs out of it
    aligned = len(text) == n
    out: list[Char] = []
    append = out.append
    f = pdfium(raw)
    h = handle(textpage.raw)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    b_left, b_right, b_bottom, b_top = map(ctypes.byref, (left, right, bottom, top))
    b_ox, b_oy = ctypes.byref(ox), ctypes.byref(oy)
    get_box, get_origin, get_size, text_object = f.char_box, f.char_origin, f.font_size, f.text_object
    is_generated, get_unicode = f.is_generated, f.unicode
    special = set("\r\n\x00\ufffe\uffff")  # glyphs left out
    radicals = _RADICALS
    found = set() if texts is None else texts
    run = None  # the text object of the glyphs before this one
    run_text = True  # whether that object is known to have text
    run_size = None  # its font size, once asked
    for i, ch in enumerate(text if aligned else [chr(get_unicode(h, i)) for i in range(n)]):
        obj = text_object(h, i)
        if obj != run:
            if not run_text and ch == " ":
                found.add(run)
            run = obj
            run_text = obj is None or obj in found
            run_size = None
        if not run_text and ch != "\x00":
            found.add(obj)
            run_text = True
        if ch in special:
            continue
        space = ch.isspace()
        generated = False
        if space:
            generated = bool(is_generated(h, i))
            if generated and ch != " ":
                continue
        if not get_box(h, i, b_left, b_right, b_bottom, b_top) or not get_origin(h, i, b_ox, b_oy):
            continue
        size = run_size
        if size is None:
            size = get_size(h, i)
            if obj is not None:
                run_size = size
        if not size:
            size = (top.value - bottom.value) or 10.0
        if space:
            ch = " "
        elif "\u2e80" <= ch <= "\u2fdf":
            ch = radicals.get(ord(ch), ch)
        if generated and out and not out[-1].text.isspace():
            # a gap pdfium filled: it follows the glyph before it in reading order (its own
            # box can start inside the next glyph's)
            prev = out[-1]
            append(Char(ch, prev.x1, prev.x1, prev.top, prev.bottom, True))
            continue
        # the line band comes from the baseline and font size (glyph boxes of quotes,
        # digits and CJK differ); pdfium's origin is bottom-left, here distances from the top
        base = page_height - oy.value
        lv, rv = left.value, right.value
        if rv > lv:
            append(Char(ch, lv, rv, base - size * 0.85, base + size * 0.15, generated))
        else:
            append(Char(ch, ox.value, ox.value + size * 0.3, base - size * 0.85, base + size * 0.15, generated))
    return out
