"""A labelled unit list run on into the label after it, the separator between them lost (text whose line
breaks were lost): where the list ends. notes.py cuts each label's value with it."""
from __future__ import annotations

from .units import ends_like_unit


def brackets_closed(text: str) -> bool:  # no bracket left open: a label after "（牵头单位：X" belongs to that note, "市发改委（联系人：" to its unit
    return text.count("（") + text.count("(") <= text.count("）") + text.count(")")


def before_glued_label(value: str) -> str:
    """A labelled list run on into the next label, its separator lost ("…、有关直属单位监督方式:0557-6031710扫一扫", 灵璧县 2021
    flattened, web review e 02): the list ends where that label's name begins, after a name that ends like a unit's."""
    k = min((value.find(c) for c in ":：" if c in value), default=-1)
    for start in range(k - 6, k - 1) if k >= 5 else ():
        if start >= 2 and value[start:k].isalpha() and ends_like_unit(value[:start]) and brackets_closed(value[:start]):
            return value[:start]
    return value
