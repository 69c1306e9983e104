"""Numbering marks at the start of a paragraph: 第一章, 一、, （一）, 1., 1.1, （1）, ①.

Full-width and half-width forms are read alike; the marker is returned as printed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
# The numeral classes every stage uses: digits read one by one (二〇二三年) and counting
# numerals (二十九, 一百零五, 两).
CN_DIGIT = "[〇零○OＯ一二三四五六七八九]"  # "二OO四年": a Latin O for 〇 (corpus 0594)
CN_NUMERAL = "[〇零○一二三四五六七八九十百千两]"
_CN = CN_NUMERAL + "+"
_CN_OPENING = "[一二三四五六七八九十百]"  # what a heading's number starts with (not 零, 两)
_FW_DIGITS = str.maketrans("０１２３４５６７８９—", "0123456789一")  # (and the dash typed for 一 in "(—)")
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
ENCLOSED_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # (一)…(十) printed as one character (U+3220…U+3229)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"  # (1)…(20) printed as one character (U+2474…U+2487)
DOTTED_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"  # 1.…20. as one character (U+2488…U+249B)

# (kind, pattern). The order matters only where two could match the same start.
@lru_cache(maxsize=None)
def marker_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, pattern) of every mark, compiled on first use."""
    return (
        ("chapter", re.compile(rf"^第\s*({_CN}|\d+)\s*[章篇]\s*")),
        ("part", re.compile(rf"^第\s*({_CN}|\d+)\s*部分\s*")),
        ("section", re.compile(rf"^第\s*({_CN}|\d+)\s*节\s*")),
        ("article", re.compile(rf"^第\s*({_CN}|\d+)\s*条\s*")),
        ("cn", re.compile(rf"^({_CN})\s*[、．.]\s*")),
        ("paren_cn", re.compile(rf"^[（(]\s*({_CN})\s*[）)]\s*[、.．]?\s*")),
        ("paren_cn", re.compile(rf"^〔\s*({_CN})\s*〕\s*")),  # "〔一〕大力进展绿色交通" (a 县城管局 plan, review s17d 02)
        ("paren_cn", re.compile(r"^[（(]\s*(—)\s*[）)]\s*(?=\S)")),  # "(—)负责看台的人员分布" typed with a dash for 一 (运动会 arrangements, review gx 07)
        ("paren_cn", re.compile(rf"^([{ENCLOSED_CN}])\s*[、.．]?\s*")),
        ("paren_cn", re.compile(rf"^({_CN})\s*[）)]\s*(?=\S)")),  # "二)深化宣传教育" with its opening bracket lost (a 禁毒 plan, review hj 08)  # "㈠目标任务" (a 社区 plan, review r14a 03)
        ("decimal", re.compile(r"^([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){1,3})(?:[.．、](?![0-9０-９])\s*|\s+|(?=(?:[^\W\d_a-zA-Z]|[“《])(?<![万亿千百元个倍米亩吨人家项次年月日号])))(?=\S)")),
        # 1. 1． 1、 1﹒ (U+FE52) 1。 (a news page's "1。在…", 天津 2020); "3.2025年，…" is item 3 followed by a year, not a decimal,
        # "1、10月9日督查发现，…" item 1 followed by a date (固原市原州区 督查通报, review r34a 05), not "2、3月份"
        # "1 推进…" (a space after the number) but not "〔2023〕1 号", "3 个", "12 月", "幼儿园 1 所" (a measure after it)
        # and "11.121人才梯队项目。" item 11 naming a project by a number of three digits (广州 人才集聚工程, review w01), not "12.345公里"
        ("arabic", re.compile(r"^([0-9０-９]{1,3})(?![0-9０-９])\s*(?:[.．、，,﹒。](?![0-9０-９])|[.．﹒、](?=[12１２][0-9０-９]{3}年|[0-9]{1,2}月(?:[0-9]{1,2}[日号]|底前|底|前|[上中下]旬))|、(?=[0-9]{1,2}[日号])|、(?=[0-9]{1,2}月(?![0-9]))"
                              r"|[.．﹒](?=[0-9]{3}(?![万亿千百元个倍米亩吨项次年月日号多余公平分岁兆立小时度秒克斤升户])[^\W\d_a-zA-Z])"
                              r"|、(?=[0-9０-９]+(?![0-9０-９]|\s*[、，,.．月日号至到—\-~～]))|[*＊★]$|\s(?![号个项次年月日元万亿名人家所座栋批亩吨]|\s)(?=[^\W\d_a-zA-Z]|[“\"《]))\s*")),
        ("paren_arabic", re.compile(r"^[（(]\s*([0-9０-９]{1,3})\s*[）)]\s*[、.．]?\s*")),
        ("paren_arabic", re.compile(rf"^([{PAREN_DIGITS}])\s*[、.．]?\s*")),  # "⑴强化招商意识。" (苍溪县 2022, review s7d 07)
        ("arabic", re.compile(rf"^([{DOTTED_DIGITS}])\s*")),
        ("arabic_rparen", re.compile(r"^([0-9０-９]{1,3})[）)]\s*")),
        ("circled", re.compile(rf"^([{CIRCLED}])\s*")),
        ("roman", re.compile(rf"^([{ROMAN}])\s*[、.．]\s*")),  # "Ⅰ类标准" in a sentence is not one
    )


@dataclass(frozen=True)
class Marker:
    kind: str
    printed: str  # the marker as printed, with its trailing punctuation: "（一）", "1."
    value: int  # its number: （二十九） -> 29, 1.2 -> 2
    label: str  # the number without brackets or punctuation: "二十九", "1.2"
    end: int  # where the marker ends in the paragraph (title starts here)


def cn_to_int(text: str) -> int | None:
    """Chinese numerals to int: 二十九 -> 29, 一百零五 -> 105, 二〇二三 -> 2023 (digit by digit)."""
    text = "".join(text.split())  # "二 OO 七": a year spaced out (盐城市 2007, review co02)
    if not text:
        return None
    if all(ch in CN_DIGITS for ch in text):
        if len(text) == 1:
            return CN_DIGITS[text]
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


_DIGIT_CHARS = "〇一二三四五六七八九"


def int_to_cn(n: int) -> str:
    """The other way: 29 -> 二十九, 105 -> 一百〇五, 10 -> 十 (as notices count; str(n)
    beyond 9999 or below 1)."""
    if not 1 <= n <= 9999:
        return str(n)
    if n < 10:
        return _DIGIT_CHARS[n]
    if n < 20:
        return "十" + (_DIGIT_CHARS[n % 10] if n % 10 else "")
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // unit % 10
        if digit:
            out += ("〇" if zero and out else "") + _DIGIT_CHARS[digit] + name
            zero = False
        elif out:
            zero = True
    return out


def int_to_cn_digits(n: int) -> str:
    """2023 -> 二〇二三 (years and doc numbers are written digit by digit)."""
    return "".join(_DIGIT_CHARS[int(d)] for d in str(n)) if n >= 0 else str(n)


def int_to_circled(n: int) -> str:
    return CIRCLED[n - 1] if 1 <= n <= len(CIRCLED) else str(n)


def int_to_roman(n: int) -> str:
    """The Roman numerals notices print as single characters: Ⅰ … Ⅻ."""
    return ROMAN[n - 1] if 1 <= n <= len(ROMAN) else str(n)


def number_value(label: str) -> int | None:
    label = label.translate(_FW_DIGITS)
    if label.isdecimal():  # isdigit() is also true of ①..⑨
        return int(label)
    if "." in label or "．" in label:
        last = re.split(r"[.．]", label)[-1]
        return int(last) if last.isdecimal() else None
    if len(label) == 1 and label in CIRCLED:
        return CIRCLED.index(label) + 1
    if len(label) == 1 and label in ROMAN:
        return ROMAN.index(label) + 1
    if len(label) == 1 and label in ENCLOSED_CN:
        return ENCLOSED_CN.index(label) + 1
    if len(label) == 1 and label in PAREN_DIGITS + DOTTED_DIGITS:
        return (PAREN_DIGITS + DOTTED_DIGITS).index(label) % len(PAREN_DIGITS) + 1
    return cn_to_int(label)


_READ: dict[str, Marker | None] = {}  # texts already read: a table asks of the same cells row after row


def match_marker(text: str) -> Marker | None:
    """The numbering mark `text` opens with, or None. Remembered per text (bounded): the
    stages ask of the same cells and paragraphs several times."""
    found = _READ.get(text, _MISSING)
    if found is _MISSING:
        found = _match_marker(text)
        if len(_READ) >= 8192:
            _READ.clear()
        _READ[text] = found
    return found


def marker_kind(cell: str) -> str | None:
    """The numbering kind a cell opens with: "cn" for a part 一、, "paren_cn" for a group （一）,
    "paren_arabic" for a measure (1), "arabic" for a task 1. (the table readers' question)."""
    marker = match_marker(cell.strip())
    return marker.kind if marker else None


def forget() -> None:
    """Drop the remembered readings (a benchmark timing a first reading)."""
    _READ.clear()


_MISSING = object()
_NEXT_DAY = re.compile(r"(?<=、)[0-9]{1,2}(?=[日号](?![至到—\-~～前]))")  # "4、5日": two days listed (diffreview-f1 p49); not "1、2日至4日…", "3、4日前…" (f2 p17)
_MONTH_AFTER = re.compile(r"(?<=、)[0-9]{1,2}(?=月(?![0-9]|底|前|末|[上中下]旬))")  # a month alone after "N、" (not a day's date: "2、3月5日前…";
# nor the item's due month: "4、5月底前完成…", a 健康 plan's items, review hv 07)
_NEXT_NUMBER = re.compile(r"(?<=、)[0-9０-９]{1,3}(?![0-9０-９]|\s*[年月日号])")  # not a date: "2、3月5日前完成…" is item 2


def _match_marker(text: str) -> Marker | None:
    if not text:
        return None
    patterns = _patterns_for(text[0])
    if not patterns:
        return None
    for kind, pattern in patterns:
        m = pattern.match(text)
        if not m:
            continue
        label = m.group(1).translate(_FW_DIGITS).replace("．", ".")
        value = number_value(label)
        if value is None:
            continue
        if kind == "cn" and text[m.end(1) : m.end(1) + 1] == "." and not _looks_like_cn_heading(text, m.end()):
            continue
        if kind == "cn" and _CN_MONTH_AFTER.match(text, m.end()):
            continue  # "二、三月份集中开展排查": months listed, no part 二 (diffreview-i2 p30)
        if kind == "decimal":
            kind = f"decimal{label.count('.') + 1}"  # 1.1 and 1.1.1 are different depths
        if kind == "arabic" and (after := _NEXT_NUMBER.match(text, m.end()) or _NEXT_DAY.match(text, m.end())) and int(after.group(0).translate(_FW_DIGITS)) == value + 1:
            continue  # "6、7两月", "于6月4、5日": two numbers listed, not item 6 or 4 (a "1、1路…", "２、２００２年…" or "7、11日…" item opens with a number of its own)
        if kind == "arabic" and (month := _MONTH_AFTER.match(text, m.end())) and int(month.group(0)) > value:
            continue  # "6、7月份…", "5、10月": months listed; a month not after the number is the item's ("7、7月中旬,依托…", "8、7月上旬,…", review hb 02)
        if kind == "arabic" and value >= 100 and m.group(0).rstrip()[-1:] in ",，":
            continue  # "830,县双创办周末值班人员…" (平利县 2015 市容通报, review t07): a date's digits before a comma, not item 830
        return Marker(kind, m.group(0).strip(), value, label, m.end())
    return None


@lru_cache(maxsize=512)
def _patterns_for(first: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The marks that can open with this character, in their order (第 -> chapter … article;
    （ -> paren_cn, paren_arabic; a digit -> decimal, arabic …): fewer patterns tried per line."""
    if first == "第":
        kinds = {"chapter", "part", "section", "article"}
    elif first in "（(〔" or first in ENCLOSED_CN or first in PAREN_DIGITS:
        kinds = {"paren_cn", "paren_arabic"}
    elif first in DOTTED_DIGITS:
        kinds = {"arabic"}
    elif first in "０１２３４５６７８９" or first.isdigit():
        kinds = {"decimal", "arabic", "arabic_rparen", "circled"}  # isdigit() is true of ①…⑨ too
    elif first in CN_DIGITS or first in "十百":
        kinds = {"cn", "paren_cn"}  # ("二)深化…": a group's mark with its opening bracket lost)
    elif first in CIRCLED:
        kinds = {"circled"}
    elif first in ROMAN:
        kinds = {"roman"}
    else:
        return ()
    return tuple((kind, pattern) for kind, pattern in marker_patterns() if kind in kinds)


def _looks_like_cn_heading(text: str, end: int) -> bool:
    return len(text) - end >= 2


_SEPARATOR_FOLD = str.maketrans("．，﹒）", ".,.)")


def separator(marker: Marker) -> str:
    """The punctuation after a number, widths folded: "4." and "4．" and "4﹒" alike, "（一）"
    and "(二)" alike; "" for marks that print none (①, 第一条)."""
    printed = marker.printed.rstrip("、.． ") if marker.kind.startswith("paren") else marker.printed  # "(二)、" continues "(一)" (绿色社区 计划)
    last = printed[-1:].translate(_SEPARATOR_FOLD)
    if last and last in DOTTED_DIGITS:
        return "."  # "⒉" is "2.": a list printed "1." then "⒉" goes on (平潭 2019 污染物排海 分解方案, review bn05)
    if marker.kind == "paren_cn" and last == ")" and printed[:1] not in "（(":
        return "-)"  # "二)" with no opening bracket continues only a list printed so, not "(一)" (diffreview-i1 p01: "…工作：一）…；二）…")
    return last if last in ".,、)" else ""


_MONTH_FIRST = re.compile(r"[0-9]{1,2}月")
_CN_MONTH_AFTER = re.compile(rf"{CN_NUMERAL}{{1,2}}月")


def month_after(text: str, marker: Marker) -> bool:
    """The item's text opens with a month ("4、5月底前完成…"): a list's number only where the list runs up to it."""
    return _MONTH_FIRST.match(text, marker.end) is not None


def lost_opening(marker: Marker) -> bool:
    """A group's mark printed with its closing bracket only: "二)深化宣传教育"."""
    return separator(marker) == "-)"


def strip_marker_punct(printed: str) -> str:
    """The number as the contract prints it: without trailing punctuation ("1." -> "1")."""
    return printed.rstrip("、，,．.﹒。 ")


@lru_cache(maxsize=None)
def item_start() -> re.Pattern[str]:
    """A line that starts a numbered item (一、 （一） 1. ① 第一条): a PDF never glues it to the
    line before it."""
    return re.compile(
        rf"^\s*(?:{_CN_OPENING}+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、](?!\d)|[①-⑳⑴-⒛]|第[一二三四五六七八九十百\d]+[章节条])"
    )


# Characters that make the number after them a quantity in a sentence ("约2.5万", "第3.")
NOT_BEFORE_ITEM = frozenset("第约共近超逾达为至到")  # "达到5.1公里" (通州区 2021, review r32b 08)
WORDS_ENDING_IN_ONE = frozenset("统唯逐万之")  # "标准统一、布局合理": 一、 the end of a word (内蒙古 2023, review s19b 02)


@lru_cache(maxsize=None)
def candidates() -> re.Pattern[str]:
    """Where a mark may start inside a line: what every kind of mark looks like, cheaply
    (match_marker decides). Compiled on first use."""
    numeral = CN_NUMERAL[1:-1]
    # every branch opens with one of these characters: the lookahead lets the regex engine
    # skip the other positions of a long line at C speed (a branch opening with a
    # lookbehind would make it try each branch at every character)
    opening = rf"(?=[第（(〔0-9０-９{_CN_OPENING[1:-1]}{CIRCLED}{ROMAN}{ENCLOSED_CN}{PAREN_DIGITS}{DOTTED_DIGITS}])"
    return re.compile(
        opening + rf"(?:第\s*[{numeral}0-9]+\s*(?:章|条|节|部分|篇)"
        rf"|[（(]\s*[{numeral}0-9０-９—]{{1,4}}\s*[）)]|〔\s*[{numeral}]{{1,4}}\s*〕"  # "…图斑。〔二〕严峻查处…" (review dq04; not "〔2024〕")
        r"|(?<![0-9０-９A-ZＡ-Ｚ])(?<![0-9０-９A-Za-z][.．])[0-9０-９]{1,3}(?:[.．、，,﹒。)）\s]|$)"  # (not a code's digits: "航站楼T1、T2", review w03;
        # nor a decimal's or a version's "1.5", "v1.2"; after a stop typed as "." it may: "…不少于300㎡.5.户外广告", review cl10 flattened)
        rf"|(?<!{CN_NUMERAL}){_CN_OPENING}{{1,4}}[、．.）)]"
        rf"|[{CIRCLED}{ENCLOSED_CN}{PAREN_DIGITS}{DOTTED_DIGITS}]|[{ROMAN}][、.．])"
    )


@lru_cache(maxsize=None)
def _ordinal_shi() -> re.Pattern[str]:
    return re.compile(rf"^\s*({_CN_OPENING}{CN_NUMERAL}{{0,2}})[是要](?=\S)")  # 一是 … 十二是; 一要, 二要 (a 乡镇 工作安排, review r18a 04)


def ordinal_shi(text: str) -> Marker | None:
    """"一是…", "二是…" (or "一要…", "二要…"): the points a paragraph lists inside its item (never an item's own mark,
    segment reads them only where a text prints no numbering at all)."""
    m = _ordinal_shi().match(text)
    value = cn_to_int(m.group(1)) if m else None
    return Marker("ordinal_shi", m.group(0).strip(), value, m.group(1), m.end()) if value else None


@lru_cache(maxsize=None)
def _point_after_stop() -> re.Pattern[str]:
    return re.compile(rf"(?<=[。；;！!？?])[ \t\u3000]*(?={_CN_OPENING}{CN_NUMERAL}{{0,2}}[是要](?=\S))")


@lru_cache(maxsize=None)
def _first_point_after_title() -> re.Pattern[str]:
    return re.compile(r"^[^。；;！!？?，,：:\s]{4,40}?(?=一[是要](?=\S))")


def first_point_after_title(text: str) -> int | None:
    """Where "一是" starts right after a short title glued to it ("…社会救助工作计划一是积极推进…", review hz 07), or None."""
    m = _first_point_after_title().match(text)
    return m.end() if m else None


def points_after_stops(text: str):
    """Where a point "二是", "三要" may start after a sentence end in `text` (ordinal_shi decides which it is)."""
    return _point_after_stop().finditer(text)


def ordinal_marker_ends(text: str, end: int) -> bool:
    """A 第X条 / 第X章 marker ends at `end`: "第二条  推进…", an article's number and its text a gap apart (review s5d 03)."""
    k = text.rfind("第", max(0, end - 8), end)
    return k >= 0 and (found := match_marker(text[k:end])) is not None and found.end == end - k

def holds_run_in_outline(text: str) -> bool:
    """A first part's marker run in after the text's start and a first item's after it ("…520亿元一、推进全面从严治党1.深入学习…",
    六安 文旅 工作要点 flattened, review gg 03): an outline whose line breaks were lost, not one unnumbered item."""
    k = text.find("一、", 1)  # (the part's heading between them short and of no clause: not "统一、规范的…制度,请…填报附件1、附件2", diffreview-e1 p36)
    return k > 0 and re.match(r"[^，,。；;：:、]{2,40}?(?<![\d.．件表])1[.．、](?!\d)", text[k + 2 :]) is not None


# Marks that open an unnumbered item of a list: "——建立重点招商项目库。…" (深圳 外资招商 三年行动, review ge 02), the dash
# typed as two hyphens in a crawled copy ("--开展优化审批流程。…(市发改局、监察局、法制局牵头,相关单位负责)", 某市 深化行政审批制度改革
# 工作方案, fsou.com, review gj 08) or two full-width ones
BULLETS = ("——", "--", "－－")
