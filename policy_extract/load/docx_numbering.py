"""Word's automatic numbering (numbering.xml): each list level's format and counter,
rendered into the paragraph text as Word prints it ("一、", "（一）", "1.", "①")."""
from __future__ import annotations

import re

from ..markers import int_to_cn, int_to_cn_digits

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_VAL = f"{{{W}}}val"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


# --------------------------------------------------------------------------- number formats
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"


def _roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _letter(n: int) -> str:
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("decimal", "", None):
        return str(n)
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
               "japaneseCounting", "ideographLegalTraditional", "koreanCounting"):
        return int_to_cn(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand", "chineseLegalSimplified"):
        if fmt == "chineseLegalSimplified":
            return int_to_cn(n).translate(str.maketrans("〇一二三四五六七八九十百", "零壹贰叁肆伍陆柒捌玖拾佰"))
        return int_to_cn_digits(n)
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("none",):
        return ""
    return str(n)


class _Level:
    __slots__ = ("start", "fmt", "text", "suff", "restart", "legal")

    def __init__(self, el) -> None:
        def val(tag, default=None):
            e = el.find(_q(tag))
            return e.get(_VAL, default) if e is not None else default

        self.start = int(val("start", "1") or 1)
        self.fmt = val("numFmt", "decimal")
        self.text = val("lvlText", "")
        self.suff = val("suff", "tab")
        r = val("lvlRestart")
        self.restart = int(r) if r is not None else None
        self.legal = el.find(_q("isLgl")) is not None


class Numbering:
    """Word's list counters: per abstract numbering definition, deeper levels
    restart when a shallower level advances, startOverride restarts a num."""

    def __init__(self, numbering_el, styles_el) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.abstract_link: dict[str, str] = {}  # abstractNum -> numStyleLink style id
        self.style_link: dict[str, str] = {}  # styleLink style id -> abstractNum
        self.nums: dict[str, tuple[str, dict[int, _Level | None], dict[int, int]]] = {}
        if numbering_el is not None:
            for an in numbering_el.findall(_q("abstractNum")):
                aid = an.get(_q("abstractNumId"))
                self.abstract[aid] = {int(l.get(_q("ilvl"), "0")): _Level(l) for l in an.findall(_q("lvl"))}
                link = an.find(_q("numStyleLink"))
                if link is not None:
                    self.abstract_link[aid] = link.get(_VAL)
                link = an.find(_q("styleLink"))
                if link is not None:
                    self.style_link[link.get(_VAL)] = aid
            for num in numbering_el.findall(_q("num")):
                nid = num.get(_q("numId"))
                a = num.find(_q("abstractNumId"))
                if a is None:
                    continue
                lvl_over: dict[int, _Level | None] = {}
                start_over: dict[int, int] = {}
                for ov in num.findall(_q("lvlOverride")):
                    ilvl = int(ov.get(_q("ilvl"), "0"))
                    so = ov.find(_q("startOverride"))
                    if so is not None:
                        start_over[ilvl] = int(so.get(_VAL, "1"))
                    lv = ov.find(_q("lvl"))
                    if lv is not None:
                        lvl_over[ilvl] = _Level(lv)
                self.nums[nid] = (a.get(_VAL), lvl_over, start_over)
        # style id -> (numId, ilvl), following basedOn
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        based: dict[str, str] = {}
        own: dict[str, tuple[str | None, int | None]] = {}
        self.default_para_style = None
        if styles_el is not None:
            for st in styles_el.findall(_q("style")):
                sid = st.get(_q("styleId"))
                if st.get(_q("type")) == "paragraph" and st.get(_q("default")) in ("1", "true"):
                    self.default_para_style = sid
                b = st.find(_q("basedOn"))
                if b is not None:
                    based[sid] = b.get(_VAL)
                numpr = st.find(f"{_q('pPr')}/{_q('numPr')}")
                if numpr is not None:
                    n = numpr.find(_q("numId"))
                    i = numpr.find(_q("ilvl"))
                    own[sid] = (n.get(_VAL) if n is not None else None, int(i.get(_VAL)) if i is not None else None)
        for sid in set(own) | set(based):
            seen, cur, num, ilvl = set(), sid, None, None
            while cur and cur not in seen:
                seen.add(cur)
                n, i = own.get(cur, (None, None))
                num = num if num is not None else n
                ilvl = ilvl if ilvl is not None else i
                cur = based.get(cur)
            if num is not None:
                self.style_num[sid] = (num, ilvl)
        self.counters: dict[str, dict[int, int]] = {}
        self.started_nums: set[str] = set()

    def _levels(self, num_id: str):
        entry = self.nums.get(num_id)
        if entry is None:
            return None, {}, {}, {}
        aid, lvl_over, start_over = entry
        levels = self.abstract.get(aid, {})
        if not levels and aid in self.abstract_link:  # list defined through a numbering style
            style = self.abstract_link[aid]
            linked = self.style_num.get(style)
            if linked and linked[0] in self.nums:
                aid = self.nums[linked[0]][0]
            else:
                aid = self.style_link.get(style, aid)
            levels = self.abstract.get(aid, {})
        merged = dict(levels)
        merged.update({k: v for k, v in lvl_over.items() if v is not None})
        return aid, merged, start_over, lvl_over

    def label(self, num_id: str | None, ilvl: int | None) -> str:
        if not num_id or num_id == "0":
            return ""
        ilvl = ilvl or 0
        aid, levels, start_over, lvl_over = self._levels(num_id)
        if aid is None or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.started_nums:
            self.started_nums.add(num_id)
            for lv, start in start_over.items():  # a num that restarts the list
                counters[lv] = start - 1
                for deeper in [k for k in counters if k > lv]:
                    del counters[deeper]
            for lv, lvl in lvl_over.items():
                if lvl is not None and lv not in start_over:
                    counters[lv] = lvl.start - 1
        lvl = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, lvl.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            d = levels.get(deeper)
            if d is not None and d.restart == 0:
                continue
            del counters[deeper]

        def sub(m):
            k = int(m.group(1)) - 1
            lv = levels.get(k)
            n = counters.get(k, lv.start if lv else 1)
            fmt = "decimal" if (lvl.legal and lv and lv.fmt not in ("decimal",)) else (lv.fmt if lv else "decimal")
            return format_number(n, fmt)

        if lvl.fmt == "bullet":
            text = lvl.text
        else:
            text = re.sub(r"%(\d)", sub, lvl.text or "")
        if not text:
            return ""
        if lvl.suff == "space" or (lvl.suff == "tab" and text[-1].isalnum()):
            text += " "
        return text
