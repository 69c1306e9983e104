"""The notice's own doc number ("冀政办字〔2021〕3号"): on a line of its own under the masthead, in a page's 文号 field, or, in a
head whose line breaks were lost, after the red header's 文件 or the title and before the recipients — never a number the text cites."""
from __future__ import annotations

import re

from .grammar import current as _grammar
from .grammar_base import HAN
from .normalize import Piece, ends_in_link
from .recipients import recipients_before
from .signers import looks_like_org


def find_doc_number(paras: list[Piece]) -> str | None:
    """The notice's own number: on a line of its own (or bracketed there, "(连政办发〔2011〕78号)"),
    or after a 文号 label in a web page's metadata table."""
    rules = _grammar().rules
    in_head = True  # no sentence or recipients' colon read yet
    for i, p in enumerate(paras[:20]):
        head = p.text[:200]
        if in_head and head.rstrip().endswith(("令", "公告")) and len(head) <= 40 and i + 1 < len(paras):
            joined = head.strip() + paras[i + 1].text.strip()  # "中华人民共和国国务院令" over "第706号" (corpus 1112)
            if _grammar().doc_number.fullmatch(joined):
                return joined
        if "号" not in head:
            in_head = in_head and _still_head(p.text)
            continue
        for m in _grammar().doc_number.finditer(head):
            before = re.sub(r"\s+", "", head[: m.start()])
            raw = re.sub(r"\s+", "", m.group(0))
            number = _without_issuer(raw)
            field = [f for f in _grammar().page_field_value.finditer(head, 0, m.end()) if f.end() > m.start()]
            fielded = re.sub(r"\s+", "", head[field[-1].end() : m.end()]) if field else ""  # (the page's 有效性 value run into it, review bo02)
            valid = bool(fielded) and _grammar().doc_number.fullmatch(fielded) is not None
            number = fielded if valid else number
            at, label = max(((raw.rfind(w), w) for w in rules.doc_number_labels if w in raw), default=(-1, ""))
            value = raw[at + len(label) :] if at >= 0 else ""
            if value and len(_prefix(value)) <= 10 and "的" not in _prefix(value) and _grammar().doc_number.fullmatch(value):
                # "发文单位黄石市人民政府办公室 发文字号黄政办发〔2021〕1号": the label glued, no colon (黄石市 2021); "…发布机构上海市住房和城乡
                # 建设管理委员会文件编号沪建综规〔2025〕69 号记录形式" (review bu03 flattened), whatever runs before the label; not a title's
                # words ("…文件编号管理的通知某政〔2023〕3号", diffreview-ae)
                return value
            if not before.strip("(（") or before.rstrip(":：").endswith(rules.doc_number_labels):
                return number
            head_date = _grammar().date_over_number.match(head)
            if in_head and head_date is not None and head[head_date.end() : m.start()].strip() == "":
                return number  # "(二OO八年二月二十六日)宝府办〔2008〕18号各镇人民政府,…" (宝山区 2008, flattened)
            closing = before.endswith(("(", "（")) and p.text[m.end() :].strip() in (")", "）") and not before.rstrip("(（").endswith("》")
            if in_head and closing and not any(ch in before for ch in _SENTENCE_OR_COLON):
                return number  # "2021年县政府重点工作任务(华政发〔2021〕2号)": the title line's own number
            if in_head and looks_like_org(before.strip("#")) and "关于" not in before:  # (not a title: "国务院办公厅关于…有关" + "文件…的通知国办发…", 1068)
                return number  # "# 西安市人民政府办公厅 市政办函〔2022〕72号": the red header's issuer, then the number
            # (the raw run: the title's end, not an issuer, before "国办发明电": 1094 flattened)
            glued = (_after_header_or_title(before, raw, rules.doc_number_after) or _after_header_or_title(before, number, rules.doc_number_after)) if in_head else None
            if glued:
                return glued
            if _after_publisher_field(before + raw[: len(raw) - len(number)]):
                return number  # "• 发布:湖州卫生健康委湖卫健发〔2023〕1号湖州市…的通知" (湖州 2023, review r19a 03 flattened)
            counter = before.endswith((":", "：")) and before.rstrip(":：").endswith(tuple(rules.page_info_labels))  # (its value not stored)
            if (m.start() == 0 or counter or valid or not _HAN_CHAR.match(p.text, m.start() - 1)) and not (before.endswith(("(", "（", "》", "〈", ":", "：")) and not counter) \
                    and not _LIST_MARK.search(p.text, 0, m.start()) and _opens_the_notice(p.text, m.end(), in_head):
                return number  # (its code whole: after a mark or a blank, not glued to the page's words or a field's value: "点击数:人次竹府办〔2016〕20号")
        in_head = in_head and _still_head(p.text)
    return _after_title_before_recipients(paras)


def _after_title_before_recipients(paras: list[Piece]) -> str | None:
    """A number further into a text run together, between the notice's title and its recipients: "…文件原文如下:苍南县人民政府印发
    关于…若干政策的通知苍政发〔2023〕22号各乡镇人民政府,县直属各单位:…" (苍南县 2023, a news page, review bp01 flattened)."""
    titles = tuple(w for w in _grammar().rules.doc_number_after if w.startswith("的"))
    for p in paras[:3]:
        for m in _grammar().doc_number.finditer(p.text, 0, 2000) if "号" in p.text[:2000] else ():
            raw = re.sub(r"\s+", "", m.group(0))
            cut = max((raw.rfind(w) + len(w) for w in titles if w in raw), default=0)
            before, number = re.sub(r"\s+", "", p.text[: m.start()]) + raw[:cut], _without_issuer(raw[cut:])
            if before.endswith(titles) and _grammar().doc_number.fullmatch(number) and _opens_the_notice(p.text, m.end(), False) \
                    and _grammar().date.search(p.text, 0, m.start()) is None:  # (not a forwarded notice's, under the signature's date, diffreview-ae)
                return number
    return None


def _opens_the_notice(text: str, end: int, in_head: bool) -> bool:
    """Right after a doc number, the notice's own title ("…受理服务沪府发〔2017〕76号 上海市人民政府关于…的意见", web-n 08 flattened)
    or its recipients ("…| |湘阴发〔2019〕4号各乡镇党委、…,县直及驻县各单位:现将…", web-n 09): the number is the notice's,
    whatever the page printed before it; the title only in the notice's head (not a list of documents a notice repeals, diffreview-s25)."""
    after = text[end : end + 200].lstrip()
    about = after.find("关于", 0, 40)
    if in_head and about > 0 and _HAN_RUN.fullmatch(after[:about]) and looks_like_org(after[:about]) and _grammar().title_end.search(after, about, about + 120):
        return True
    colon = next((k for k, ch in enumerate(after) if ch in ":："), -1)
    return colon > 0 and bool(recipients_before(after, 0, colon))


def _after_publisher_field(before: str) -> bool:
    """The page's publisher field ends right before the number: "发布:湖州卫生健康委", "发布机构：区政府办"
    (a page label, or the issuing verb as one)."""
    m = re.search(r"([^\s:：•·|>]{2,6})\s*[:：]\s*([^\s:：•·|>]{2,30})$", before)
    g = _grammar()
    return m is not None and (m.group(1) in g.page_info_labels or g.issuing_verb.fullmatch(m.group(1)) is not None) and looks_like_org(m.group(2))


def _still_head(text: str) -> bool:
    """No sentence or colon read yet, a page's info lines ("• 索引号:…", "发布日期: …") aside."""
    return not any(ch in text for ch in _SENTENCE_OR_COLON) or _grammar().is_page_info(text) or ends_in_link(text)  # "原文链接：https://…" (corpus 1134)


_SENTENCE_OR_COLON = "。：:；;"
_HAN_CHAR = re.compile(HAN)
_HAN_RUN = re.compile(HAN + "+")
_LIST_MARK = re.compile(r"(?:[（(]\d{1,3}[）)]|\d{1,3}\s*[.．、])\s*$")  # a list's entry: "1. 湘政发〔2015〕4号 湖南省…的意见" (diffreview-s25)


def _prefix(number: str) -> str:
    """The number's code before its year's bracket ("冀政办字" of "冀政办字〔2021〕3号")."""
    return number[: min((number.find(ch) for ch in "〔[［【(（﹝" if ch in number), default=len(number))]


def _without_issuer(number: str) -> str:
    """The red header's issuer run into the number ("西安市人民政府办公厅市政办函〔2022〕72号", its line
    break lost) is no part of it: a whole organisation's name (5 characters or more) before a
    prefix of 2 or more is cut off; "国办发", "冀政办字" are prefixes themselves."""
    prefix = _prefix(number)
    org = _grammar().org_name.match(prefix)
    if org is not None and org.end() >= 5 and len(prefix) - org.end() >= 2 and not ("令" in prefix or "公告" in prefix):
        # (an order's or announcement's number keeps its issuers: "国家税务总局公告2015年第76号")
        rest = number[org.end() :]
        # and the red header's word after the issuer ("吉林省教育厅文件吉教发[2015]1号", a page flattened, web review v02)
        word = next((w for w in _grammar().rules.doc_number_after if rest.startswith(w) and len(prefix) - org.end() - len(w) >= 2), "")
        return rest[len(word) :]
    return number


def _after_header_or_title(before: str, number: str, after: tuple[str, ...]) -> str | None:
    """The number printed right after the red header's 文件 or the notice's title, in a head
    run together: "…人民政府文件鞍立政发〔2023〕2号…", "…的通知(连政办发〔2011〕78号)各区…".
    Never after a sentence or the recipients' colon (a cited notice's number)."""
    # after the red header's 文件 or a 的通知 where one is there: a bare title word may stand in the number's own prefix
    # ("…行动方案》的通知沪规划资源更〔2026〕83号", review ab04 flattened: 沪规划 is no title's 规划)
    strong = [w for w in after if w == "文件" or w.startswith("的")]
    words = [w for w in strong if w in number] or after
    cut = max((number.rfind(word) + len(word) for word in words if word in number), default=0)
    before, number = before + number[:cut], number[cut:]
    if not number or any(ch in before for ch in "。；;"):
        return None
    if ":" in before or "：" in before:
        # only the page's own short fields before the title ("页面:字体:对比度:…浏览:-字号:梅州市…的通知梅市安办〔2024〕
        # 29号", 梅州市 2024), not the recipients' colon before a sentence that cites a notice
        *fields, before = re.split("[:：]", before)
        if any(len(f.strip()) > 8 or "，" in f or "、" in f for f in fields):
            return None
    return number if before.rstrip("(（").endswith(after) else None
