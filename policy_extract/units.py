"""Unit lists: a printed list of units -> one name per unit, as printed.

    市级有关部门和各县(区)政府、各园区     -> 市级有关部门, 各县(区)政府, 各园区
    市行政审批局 市司法局                  -> 市行政审批局, 市司法局   (spaces between whole names)
    X、Y等市级相关单位 · X等部门           -> X, Y, 市级相关单位 · X
    市发改委（牵头）、市财政局             -> lead 市发改委, responsible 市财政局

What ends or starts a unit name, which words join two names, what 等 leaves out: rules.py.
"""
from __future__ import annotations

import re

from .brackets import OPENERS
from .brackets import outermost as _outermost
from .brackets import pairs as _pairs
from .grammar import current as _grammar

_SEPARATORS = "、，,；;"
_SPACE = re.compile(r"\s+")


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on separators that stand outside brackets and quotes."""
    if not any(ch in OPENERS for ch in text):
        return re.split("[" + re.escape(separators) + "]", text)
    inside = [False] * len(text)
    for start, stop, _ in _outermost(_pairs(text)):
        for i in range(start, stop):
            inside[i] = True
    parts, current = [], []
    for i, ch in enumerate(text):
        if ch in separators and not inside[i]:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def ends_like_unit(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and (text.endswith(_grammar().rules.unit_suffixes) or text[-1] in "）)")


def _starts_like_unit(text: str) -> bool:
    return text.lstrip().startswith(_grammar().rules.unit_prefixes)


def _split_spaces(part: str) -> list[str]:
    """Spaces inside a unit list: separators between whole names, wrap debris elsewhere."""
    tokens = _SPACE.split(part.strip())
    out: list[str] = []
    for token in tokens:
        if not token:
            continue
        if out and (token[0] in "（(" or not ends_like_unit(out[-1]) or len(out[-1]) < 3):
            out[-1] += token
        else:
            out.append(token)
    return out


def _split_conjunctions(part: str) -> list[str]:
    for word in _grammar().rules.unit_conjunctions:
        idx = part.find(word)
        while idx > 0:
            left, right = part[:idx], part[idx + len(word) :]
            new_unit = _starts_like_unit(right) or (len(right) >= 4 and ends_like_unit(right))
            if ends_like_unit(left) and new_unit and left.count("（") == left.count("）") and left.count("(") == left.count(")"):
                return _split_conjunctions(left) + _split_conjunctions(right)
            idx = part.find(word, idx + 1)
    return [part]


def split_etc(part: str) -> list[str]:
    """"X等市级相关单位" -> X, 市级相关单位; "市邮政管理局等" -> 市邮政管理局; "X等5个部门" stays."""
    if _grammar().counted_group.search(part):
        return [part]
    if part.endswith("等"):
        return [part[:-1]]
    idx = part.find("等")
    while idx > 0:
        left, right = part[:idx], part[idx + 1 :]
        if ends_like_unit(left) and right:
            if right in _grammar().rules.generic_after_etc:
                return [left]
            return [left] + split_etc(right)
        idx = part.find("等", idx + 1)
    return [part]


def clean_unit(name: str) -> str:
    g = _grammar()
    name = g.remark.sub("", name.strip())  # "(除标注…外，列第一位为牵头单位，下同)" is a remark, not an alias
    name = g.same_below.sub("", name)  # "各市（含定州、辛集市，下同）政府": 下同 instructs, it is no part of the name
    name = name.strip().strip("。.；;，,、:：")
    name = g.name_opening.sub("", name)
    return name.strip()


def _rejoin_fragments(parts: list[str]) -> list[str]:
    """"各县、市、区政府" is one unit: a one-character part joins its neighbours."""
    out: list[str] = []
    glue = False
    for part in parts:
        short = len(part.strip()) == 1
        if out and (short or glue):
            out[-1] = out[-1] + "、" + part
        else:
            out.append(part)
        glue = short
    return out


def split_units(text: str) -> list[str]:
    """A printed list of units -> one name per unit, as printed, without wrap debris."""
    text = text.strip().strip("。")
    no_unit = _grammar().rules.no_unit_cells
    if not text or text in no_unit:
        return []
    explicit = any(sep in text for sep in _SEPARATORS)
    names: list[str] = []
    remember = _grammar().remember
    for part in _rejoin_fragments(split_top_level(text, _SEPARATORS)):
        pieces = [_SPACE.sub("", part)] if explicit else _split_spaces(part)
        for piece in pieces:
            for name in remember(_names_in_piece, piece):
                if name not in no_unit and name not in names:
                    names.append(name)
    return names


def _names_in_piece(piece: str) -> tuple[str, ...]:
    """The names one list item holds: "X和Y" two, "X等市级相关单位" two, cleaned."""
    names = (clean_unit(name) for sub in _split_conjunctions(piece) for name in split_etc(sub))
    return tuple(name for name in names if name)


def split_roles(text: str) -> tuple[list[str], list[str]]:
    """A 责任单位 list that names its lead inside it: "市发改委（牵头）、市财政局"."""
    lead, responsible = [], []
    lead_mark = _grammar().lead_mark
    for name in split_units(text):
        m = lead_mark.search(name)
        if m:
            lead.append(name[: m.start()].strip())
        else:
            responsible.append(name)
    return lead, responsible
