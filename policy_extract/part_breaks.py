"""Where a paragraph opens inside a line whose breaks were lost, beyond the numbered items
paragraphs.py finds: after a sentence end or a closing bracket, a note's label or a side
panel's title (`opens_part`); wherever they stand, a unit note run on into the text
(note_breaks.py) and the end of a web address run into the text after it (`run_on_parts`).
Plain strings in, positions out: normalize hands them to paragraphs.split_items."""
from __future__ import annotations

import re

from .note_breaks import label_at, run_on_notes
from .panels import panel_at

# a web address whose text ran on into the words after it, its line break lost: it ends at its page's
# file name or a path's slash ("原文链接：https://www.pkulaw.com/lar/….html包头市人民政府办公室关于…", corpus 1134 flattened)
# a labelled one only ("…网址：https://…/本次征集…", corpus 0275); "登录http://…/index.html进行网上申报" is one sentence
_LINK_RUN_ON = re.compile(r"(?<=[：:])\s*https?://[!-~]+?(?:\.(?:s?html?|jsp|aspx?|php)|/)(?=[^\W\d_a-zA-Z])", re.IGNORECASE)


def opens_part(text: str, pos: int) -> bool:
    """After a sentence end or a closing bracket, a note's label or a panel's title opens a paragraph
    ("…左右。牵头单位:区发改局…", "…省商务厅）专栏1：雄安…", corpus 0946)."""
    return label_at(text, pos) or panel_at(text, pos)


def run_on_parts(text: str) -> set[int]:
    """The places where a paragraph opens wherever it stands: around a unit note run on into the
    text, and after a web address that the next paragraph's words follow."""
    found = run_on_notes(text)
    if "://" in text:
        found |= {m.end() for m in _LINK_RUN_ON.finditer(text)}
    return found
