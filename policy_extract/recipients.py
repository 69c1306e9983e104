"""Who a notice is addressed to and what it asks them to report: the recipients' line ("各区人民政府，市政府各部门：")
and the reporting requirement ("请于每月23日前报市政府办公厅…")."""
from __future__ import annotations

import re

from .grammar import current as _grammar
from .markers import match_marker
from .normalize import Piece
from .units import ends_like_unit

_SENTENCE = re.compile(r"[^。；;\n]+")


def find_recipients(paras: list[Piece]) -> list[str]:
    """The recipients' line ("各区人民政府，市政府各部门："): on a line of its own, or, in a
    text run together, before the body that follows its colon — then every part must read
    as a unit ("各市（含定州、辛集市）人民政府，雄安新区管委会，省政府各部门：按照…"). What
    stands before them on the line (a page's link, the title, the doc number) is not theirs."""
    for p in paras[:12]:
        text = p.text.strip()
        start = 0
        for colon in [m.start() for m in _COLON.finditer(text)][:16]:
            parts = recipients_before(text, start, colon)
            if parts:
                return parts
            start = colon + 1
    return []


_COLON = re.compile(r"(?<!\d)[：:]|[：:](?!\d)")  # not the colon of a time (14:36:23)
_INFO_VALUE = re.compile(r"^[^:：]*[:：][\d\s:/.-]*")  # a page info label and its date or time


def recipients_before(text: str, start: int, colon: int) -> list[str]:
    g = _grammar()
    ends = [m.end() for m in g.title_end.finditer(text, start, colon)]
    head = text[ends[-1] if ends else start : colon].strip()  # "…关于印发《X》的通知各市（含定州、辛集市）财政局、…："
    if g.is_page_info(head):  # "发布时间:2020-05-29 14:36:23各区、县(市)人民政府,…"
        head = _INFO_VALUE.sub("", head, count=1)
    if "【" in head and "】" not in head[head.rfind("【") :]:
        head = head[head.rfind("【") + 1 :]  # a page's control cut short before them ("阅读:字体【  各县、区人民政府,…", 芜湖 2019 flattened, web-q 03)
    if start:
        head = head.lstrip("0123456789-/:.| ")  # the tail of a page's time or table before them ("…14:36:23各区…")
    number = g.doc_number.match(head)
    if number is None and head[:1].isdigit() and (number := g.doc_number.match(bare := head.lstrip("0123456789-/:.| "))):
        head = bare
    if number:
        head = head[number.end() :].strip()  # "国科发监〔2022〕221号各有关单位："; "1 湘阴发〔2019〕4号各乡镇党委…" (a view count's tail, web-n 09)
    if head.startswith(g.rules.sentence_openings + ("》", "（", "(")) or any(ch in head for ch in "《》。"):
        return []  # "根据《…》文件，现将…公示如下：" is a sentence, not a list of recipients
    if len(head) >= 200 or not ("各" in head or "、" in head) or match_marker(head) is not None or any(ch.isdigit() for ch in head):
        return []
    parts = [r.strip() for r in re.split(r"[，,；;]", head) if r.strip()]
    label = g.label_re.search(text, start, colon + 1)  # ending at the colon: its trailing blanks are cut off
    if label is not None and label.end() == colon + 1 and parts and parts[-1] == label.group(1):
        return []  # "…牵头，责任单位：": a unit note's label, not the recipients ("…，各联盟成员单位：" are, corpus 0876)
    alone = start == 0 and colon == len(text) - 1  # the line is theirs to its end
    if alone:
        return parts
    # (each name of a part: "省政府各部门、各直属机构", web-q 04 flattened)
    unit_like = all((ends_like_unit(part) or part.startswith("各") or all(ends_like_unit(n) or n.startswith("各") for n in part.split("、")))
                    and not g.not_a_name.search(part) for part in parts)
    return parts if unit_like else []  # not "各地要做到以下几点：一是…"


def find_reporting_requirement(texts: list[str]) -> str | None:
    g = _grammar()
    word = g.report_word
    sentences = [s for text in texts if word.search(text) for s in _SENTENCE.findall(text) if word.search(s)]
    for pattern in (g.report_at, g.report_please):
        for text in sentences:
            m = pattern.search(text)
            if m:
                found = g.contact.sub("", m.group(0)).strip().rstrip("。，,；;")
                if len(found) <= 120:
                    return found
    return None
