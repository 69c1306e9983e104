"""The plan a notice attaches: where it starts (an annex's label and title, the plan's title under the signature, or run on after
it), and the notice's own list of annexes, which is no work."""
from __future__ import annotations

import re

from .build import full_text
from .dates import find_dates
from .grammar import current as _grammar
from .issued import issue_object_name
from .markers import match_marker
from .normalize import Piece
from .segment import Node
from .signers import looks_like_org


def printed_after(paras: list[Piece], start: int) -> bool:
    """Whether a paragraph of some length follows paras[start]'s line (an annex printed, not only listed)."""
    return any(p.start_line > paras[start].start_line and len(p.text) > 40 and "。" in p.text for p in paras[start + 1 :])


def lists_attachments(node: Node | None) -> bool:
    """"附件：" over "1.XX申报书 2.YY汇总表": the notice's list of what it attaches (titles, no
    sentence in any), not items of work."""
    if node is None:
        return False
    if not (node.kind == "unnumbered" and _grammar().annex_label.match(node.first_text)) and not _grammar().annex_list_opening.search(node.own_text):
        return False  # nor the list run on after an item's text, line breaks lost ("六、未尽事项另行通知附件：1.…2.…推荐表")
    ends = [full_text(c).strip()[-1:] for c in node.children]
    if node.kind == "unnumbered" and node.own_text.strip().count("\n") >= 1 and 2 * sum(e in "；;。" for e in ends) >= len(ends):
        return False  # the annex itself, printed under its label with its title and headings over items each a clause ("附件:\n国务院安委会…
        # 督查发现的问题和隐患\n胖东来时代广场(责任单位:…)\n1.进门地面无荧光标识;…", 许昌 督办通知, review hq 06), not a list of names
        # (nor an annexed catalogue's names under its heading, corpus 0699)
    texts = [full_text(c).strip() for c in node.children]  # (the list closed by a full stop: "…;5.重点耗能企业节能目标责任考核计分表;
    # 6.新乡市节能工作专项检查领导小组。", 新乡市 2008 节能工作专项检查, review hn 07; not items each a sentence, diffreview-h1 p23, p29)
    closed = bool(texts) and texts[-1].endswith("。") and not any(ch in t for t in texts for ch in "，,")  # (titles: no clause in any)
    return all("。" not in t for t in (texts[:-1] + [texts[-1].rstrip("。")] if closed else texts))


_TRAILING_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")


def attached_plan_start(paras: list[Piece]) -> int | None:
    """Where (the index of the paragraph in `paras`, the notice's in reading order) a plan attached to the notice begins: an
    annex label ("附件", "附件1", "附件：…清单") whose title, on its line or the paragraph after it, ends like a plan
    (rules.ANNEX_PLAN_TITLE_ENDINGS: "…实施方案", "…推广清单"). None without one."""
    g = _grammar()
    endings = g.rules.annex_plan_title_endings
    for i, para in enumerate(paras):
        text = para.text.strip()
        if not text.startswith(("附件", "附表")):
            continue
        m = g.annex_heading.match(text)
        if m is None and not g.annex_label.match(text):  # "附件:" alone, its list on the next lines
            continue
        # (or, the label last with nothing after it, the plan the notice says it issues: "现将《…重点工作责任分工》印发给你们，并就有关事项
        # 通知如下：" over 一、–四、 on carrying it out, then "附件：" — the plan left out of the copy, corpus 1130, review s16)
        title = (m.group("title") if m else None) or (paras[i + 1].text.strip() if i + 1 < len(paras) else _issued_name(paras[:i]))
        title = _first_of_listed(_TRAILING_BRACKET.sub("", title.strip().rstrip("。")).strip())
        if title.endswith(endings) or (m and m.group("title") and _plan_title_opens(title, endings)):
            return i
    return _plan_after_signature(paras, endings)


def _issued_name(paras: list[Piece]) -> str:
    """The name in 《》 the notice's issuing sentence ("现将《X》印发给你们") gives, among its opening paragraphs."""
    return next((name for p in paras[:5] if _grammar().issue_object.search(p.text) and (name := issue_object_name(p.text))), "")


def _plan_after_signature(paras: list[Piece], endings: tuple[str, ...]) -> int | None:
    """The plan printed right under the notice's signature, with no annex label (the date, a
    "(此件公开发布)" line, then "…实施方案" and its body): its title's index in `paras`."""
    g = _grammar()
    for i, para in enumerate(paras):
        if i + 1 < len(paras) and "日" in para.text and _signed_then_titled(para.text, endings):
            return i  # run on: "…确保完成目标任务。武汉市人民政府办公厅2022年1月22日2022年市《政府工作报告》目标任务责任分解方案" (web-r 10 flattened)
        if not g.standalone_date.match(para.text.strip()):
            continue
        k = i + 1
        while k < len(paras) and ("此件" in paras[k].text or g.standalone_date.match(paras[k].text.strip())):
            k += 1  # "(此件公开发布)", a date printed twice
        if k + 1 < len(paras):
            title = _TRAILING_BRACKET.sub("", paras[k].text.strip())
            if title.endswith(endings) and len(title) <= 60 and not _SENTENCE_PUNCT.search(title):
                return k
        return None  # the first signature only
    return None


_SENTENCE_PUNCT = re.compile(r"[。；;，,：:！？]")


def all_listed_before(nodes: list[Node], paras: list[Piece], start: int, at: dict) -> bool:
    """Every item on a line before the plan's title; on its line too, before it, where the notice's signature runs into the title
    (web-r 10 flattened: the notice's own 一、二、三, then the plan the page cut off; not an annex's label after the plan, 0889)."""
    line = paras[start].start_line
    signed = "日" in paras[start].text and _signed_then_titled(paras[start].text, _grammar().rules.annex_plan_title_endings)  # (once)
    return all(n.start_line < line or (signed and n.start_line == line and at.get(id(n.paras[0]), -1) <= start) for n in nodes)


def _signed_then_titled(text: str, endings: tuple[str, ...]) -> bool:
    """A paragraph that ends with the notice's signature (its signer, or a sentence end, then a full date) and the plan's title."""
    dates = list(_grammar().date.finditer(text))
    if not dates:
        return False
    rest, before = text[dates[-1].end() :].strip(), text[: dates[-1].start()].rstrip()
    title, signer = _TRAILING_BRACKET.sub("", rest), before[max(before.rfind(ch) for ch in "。！？") + 1 :]
    # the date alone, no time limit read from it and the words after it ("。2024年6月30日前完成整改方案")
    phrase = next((p for p, _, k in find_dates(text, None) if k == dates[-1].start()), dates[-1].group(0))
    return 6 <= len(title) <= 60 and title.endswith(endings) and not _SENTENCE_PUNCT.search(title) and (not signer or looks_like_org(signer)) \
        and len(phrase) == dates[-1].end() - dates[-1].start()


def _first_of_listed(title: str) -> str:
    """The first annex's title where several are listed run together ("1.平台填报须知及指标内涵说明2.年报文本编写
    说明…4.年报合规审核要点", corpus 0964: the last one's 要点 makes no plan of the first)."""
    first = match_marker(title)
    if first is None or first.value != 1:
        return title
    rest = title[first.end :]
    nxt = re.search(r"2\s*[.．、]", rest)
    return rest[: nxt.start()] if nxt else rest


def _plan_title_opens(text: str, endings: tuple[str, ...]) -> bool:
    """"X实施方案一、指导思想…": a label's line run on into the plan (no stop after the
    title), the title ends like a plan before any sentence punctuation."""
    head = _SENTENCE_PUNCT.split(text, 1)[0][:60]
    for ending in endings:
        at = head.find(ending)
        if at > 0 and match_marker(text[at + len(ending) :]) is not None:
            return True  # the plan's first item follows its title
    return False
