"""The names of the organisations that sign a notice: one name, or several run together (a joint signature
whose line breaks were lost). Read by the title, the signature and the ends of items."""
from __future__ import annotations

import re

from .grammar import current as _grammar

_HEADING_PUNCT = re.compile(r"[，,。；;：:！!？?]")


def looks_like_org(text: str) -> bool:
    text = re.sub(r"\s+", "", text)
    return 3 <= len(text) <= 40 and not _HEADING_PUNCT.search(text) and text.endswith(_grammar().rules.unit_suffixes + ("室", "厅", "办公厅", "办公室"))


def signers_before(text: str, end: int) -> int | None:
    """Where the names of several signers run together end at `end` (a date's start) begin: after a sentence end, a closing bracket
    or the text's start, letters only (or spaced apart: "…局      虹口区建设和管理委员会…", review ad07 flattened), each name ending like an
    organisation's ("…浓厚氛围。国家发展改革委教育部科技部…国家乡村振兴局2021年8月24日", 20 departments, corpus 0013). None where no such run stands."""
    start = end
    while start > 0 and ((text[start - 1].isalpha() and not text[start - 1].isascii()) or text[start - 1] in " \u3000") and end - start <= 400:
        start -= 1
    start = end - len(text[start:end].lstrip(" \u3000"))
    names = org_chain(re.sub(r"[ \u3000]+", "", text[start:end])) if end - start >= 8 else 0
    if start > 0 and text[start - 1] not in "。！？）)" and not (text[start - 1].isascii() and text[start - 1].isalnum() and names >= 3):
        return None  # three names or more also after the contact line's number or mail ("…联系电话：…08801河北省人力资源…", corpus 0277;
        # "…电子信箱：hbsflfzb@163.com河北省人力资源和社会保障厅…河北省妇女联合会2022年1月20日", 0339)
    return start if names >= 2 else None


def org_chain(text: str) -> int:
    """How many organisations' names run together make up `text` wholly; 0 if they do not."""
    name, pos, count = _grammar().org_name, 0, 0
    while pos < len(text):
        m = name.match(text, pos)
        if m is None or m.end() - pos > 30:
            return 0
        pos, count = m.end(), count + 1
    return count
