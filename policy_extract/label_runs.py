"""A labelled unit list run on into the label after it, the separator between them lost (text whose line
breaks were lost): where the list ends. notes.py cuts each label's value with it; and a label a wrap space
cut apart, read whole."""
from __future__ import annotations

import re

from .grammar import current as _grammar
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


def squeeze_spaced_labels(text: str) -> str:
    """A label a wrap space cut apart is read whole: "(责任 单位:省税务局)" (山西 2022 稳经济, review r7b); spaces before it stay."""
    if not any(ch in text for ch in " \u3000") or not any(ch in text for ch in ":："):
        return text
    g = _grammar()

    def fix(m: re.Match) -> str:
        run = m.group(0)
        chars = [i for i, ch in enumerate(run) if not ch.isspace()]
        squeezed = "".join(run[i] for i in chars)
        for n in range(min(len(squeezed), 8), 2, -1):
            start = chars[-n]
            if squeezed[-n:] in g.listed_labels and any(ch.isspace() for ch in run[start:]):
                return run[:start] + re.sub(r"\s+", "", run[start:])
        return run

    return g.spaced_words.sub(fix, text)
