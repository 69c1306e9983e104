"""Where an item ends in the outline besides the next number: the title of the next document the
notice issues, the notice's list of annexes before it, the notice's closing paragraph under its last
item; and a group whose items are paragraphs of their own, which only titles them."""
from __future__ import annotations

import re
from dataclasses import replace

from .grammar import current as _grammar
from .markers import BULLETS, match_marker
from .normalize import Piece
from .note_spans import ends_with_note, is_note_paragraph
from .outline import Node
from .subjects import duty_subject, opens_with_lead, titled_unit
from .unit_labels import colon_units, names_work


def next_document_title(pieces: list[Piece], index: int) -> bool:
    """A line of its own under numbered items that titles the next document the notice issues, its
    preamble or items below ("进一步支持文化企业发展的规定", the second of 国办发〔2018〕124号's two, corpus 1074, review c25-1)."""
    text, g = pieces[index].text.strip(), _grammar()
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    if after is None or after.kind != "para" or not 6 <= len(text) <= 40 or _TITLE_PUNCT.search(text):
        return False
    # its numbering starts again, or its preamble says something: not a list of documents an item names one a line
    # ("城市更新专项规划" / "老旧小区改造实施方案" / "（责任单位：市住建局）", review diffreview-s21)
    opening = match_marker(after.text)
    said = opening is None and len(after.text.strip()) >= 10 and _SAYS.search(after.text) is not None and not is_note_paragraph(after.text)
    said = said or (after.text.strip()[:1] in "（(" and "日" in after.text and not is_note_paragraph(after.text))  # "（2018年12月18日国务院常务会议通过）"
    return text.endswith(g.rules.plan_title_endings + g.rules.regulation_title_endings) and ((opening is not None and opening.value == 1) or said)


_TITLE_PUNCT = re.compile(r"[，,。；;：:！!？?、]")
_SAYS = re.compile(r"[。：:]")


def closes_the_notice(pieces: list[Piece], index: int, item) -> bool:
    """A paragraph under the notice's last item, before its signature, that is no part of the item: "（此件公开发布）"
    (国发〔2015〕… corpus 0700, review c26-2), or the closing exhortation to all its units ("各级党委和政府要高度重视，
    加强领导…", 0700; "各地各部门要高度重视、加强组织领导…", 0759, review c26-1) after an item that says its own sentences."""
    g, text = _grammar(), pieces[index].text.strip()
    if g.publication_remark.match(text) or g.is_print_line(text):
        return True  # (or the print line: "平潭综合实验区管委会办公室 2016年9月21日印发", review aq05)
    says = len(item.paras) == 2 or (len(item.paras) == 1 and item.first_text.partition("。")[2].strip())  # a body after its title
    # or the notice's request for reports to all its units ("各设区市、省直管县（市）…推荐结果请于7月15日前报我厅备案。", corpus 0983,
    # review c-rev m), under an item that is not itself about reports ("五、做好信息报送")
    asks = text.startswith(("各", "请")) and "请" in text and text.count("。") <= 1 and len(text) <= 100 and bool(g.report_please.search(text)) \
        and bool(g.report_upward.search(text)) and not g.report_word.search(item.first_text.partition("。")[0])  # (not "请各县…开展专题宣传报道", diffreview-s24)
    if item.children or not says or not (g.closing_exhortation.match(text) or asks):
        return False
    for piece in pieces[index + 1 :]:  # no numbered item follows before the signature's date
        if piece.kind == "para" and g.standalone_date.match(piece.text.strip()):
            return True
        if piece.kind == "para" and match_marker(piece.text) is not None:
            return False
    return True


def annex_list(node) -> bool:
    """The covering notice's list of what it attaches, "附件：" over "1.…实施方案" / "2.…评分细则表" (review ai01): the plan
    after it, its title or its 一、, is no part of the list's last entry."""
    return node.kind == "unnumbered" and bool(node.children) and _grammar().annex_label.match(node.first_text) is not None


def paragraph_items(node, kind: str = "paren_cn") -> bool:
    """A group (（一）, or a part of `kind`) over items (1.) that are each a title and sentences of their own (not a task's points:
    "1.精准实施差异化管控。…（1）重点行业企业。指…", corpus 0569)."""
    kids = node.children
    return node.kind == kind and len(kids) >= 2 and all(k.kind == "arabic" and k.own_text.count("。") >= 2 and len(k.own_text) >= 40 for k in kids)


_FIELD = 5


def fold_field_items(node) -> None:
    """An item whose sub-items are each one field of it ("（一）开展安全生产事故警示教育周活动" over "1.活动时间:6月1日至6月7日。",
    "2.活动内容:…", "3.组织单位:各乡镇人民政府,…", review dc09): the fields are its lines, not items, so the item is the task
    and its time and units are read from them. Two fields at least, none with items of its own."""
    for child in node.children:
        fold_field_items(child)
    kids = node.children
    g = _grammar()
    texts = [k.own_text.strip() for k in kids]  # (a label line may stand apart from its number: "2." / "责任单位：县住建局。")
    labels = [m.group(0).rstrip(" ：:") if (m := g.field_line.match(t)) else "" for t in texts]
    # (a field's label a noun of a few characters: not an item's title, "1.扩大救助范围：…", "2.创新救助方式：…", diffreview-ax)
    if node.kind != "root" and len(kids) >= 2 and all(not k.children and label and len(label) <= _FIELD and not colon_units(t) for k, t, label in zip(kids, texts, labels)) \
            and (any(label.endswith(g.rules.field_time_endings) for label in labels)
                 or (len(kids) >= 3 and not any(label.endswith(g.rules.field_item_endings) for label in labels))):
        for kid in kids:  # (each field without its number, so that its label opens its line: "3.组织单位:…")
            first = kid.paras[0]
            rest = first.text[kid.title_start :].lstrip()
            node.paras += ([replace(first, text=rest)] if rest else []) + kid.paras[1:]
        node.children = []


def unit_paragraphs(node) -> None:
    """Paragraphs under an item that each open with the units doing their work and a colon ("五、职责分工" over "市旅游局:负责专项
    整治工作的组织协调…", "市公安局:负责查处…", 宜昌 三峡大坝 旅游整治, review dh07): each is an item of its own, numbered in turn
    as a block (segment's blocks), a paragraph after one without its units its run-on. Two at least, the first right under the title.
    Or, after the item's opening paragraph, three at least in a row, opening with their units as the subject of a duty
    ("一、职责分工" / "人口普查…涉及多个部门…" / "省统计局负责人口普查的日常工作…" / "省公安厅负责户口整顿工作…", 湖北 第六次人口普查
    成员单位职责分工 2010, review gp 03), or with them and a colon."""
    for child in node.children:
        unit_paragraphs(child)
    if node.kind == "root":
        _root_unit_paragraphs(node)
        return
    paras = node.paras[1:]
    if node.children or len(paras) < 2:
        return
    opening = [bool(colon_units(p.text)) for p in paras]
    intro = 0  # the item's own paragraphs after its title, before the duties
    if not opening[0] or sum(opening) < 2:
        said = _divides_duties(node.title) or any(leads_in_to_duties(p.text) for p in [node.paras[0], *paras[: _INTRO]])  # (or its opening paragraph
        # says the duties follow: "三、协作配合" / "…各成员单位要按照各自职能,密切配合,具体分工如下:" / "市统计局负责…", diffreview-f2 p21;
        # the second of them, under any title: "三、组织机构和职责分工" / "市政府成立…协调小组…" / "相关职能部门分工如下:", review ib 08)
        duties = [o or duty_paragraph(p.text) for o, p in zip(opening, paras)]
        if not said and (not _many_duties(paras, duties) or any(w in node.title for w in _grammar().rules.organisation_section_words)):
            return  # (not a part on how the work is organised: "二、组织机构与职责" over its bodies' standing duties, corpus 0569)
        # ("各部门要密切配合,各司其职,…" over "计划部门要…", "财政部门要…": all of them, then each, 结核病防治 规划's "(三)加强部门合作",
        # review hv 08); two of the item's own paragraphs at most before them ("成立全国红色旅游工作协调小组,…" / "…明确分工、各司其职。" /
        # "宣传部门负责…", 全国红色旅游发展规划纲要, review id 07)
        intro = next((k for k, d in enumerate(duties[:_INTRO + 1]) if d and not (k == 0 and shared_subject(paras[0].text))), 1)
        last = max((k for k, d in enumerate(duties) if d), default=-1)  # (a closing word to them all runs on: "以上单位要明确…", diffreview-e1 p30)
        run = duties[intro : last + 1]  # (one paragraph in four at most whose subject is not read goes with the duty before it: "新闻宣传、广电部门要…", hv 08)
        if sum(run) < 3 or not run or not run[0] or _QUARTER * (len(run) - sum(run)) > len(run):
            return
        lead = paras[intro - 1].text.rstrip("。：: ") if intro else ""  # (a lead-in with a year is no target: "…2024年工作安排,各成员单位要各司其职", j3 p17)
        if any(ch.isdigit() for p in paras[:intro] for ch in p.text) and not any(w in lead for w in _grammar().rules.shared_duty_closings) and not leads_in_to_duties(paras[intro - 1].text):
            return  # the item's own target before them, its work too ("(二)加强汛期安全防范。" / "2024年汛期全县不发生因灾亡人事件。" /
            # "县水利局要…": one task, diffreview-j2 p12, p29)
        paras, opening = paras[intro:], duties[intro:]
    node.paras = node.paras[: 1 + intro]
    node.readings["duty_blocks"] = True  # (each its units' work, under an item that may carry a note of its own: extract)
    for para, opens in zip(paras, opening):
        if opens:
            k = len(node.children) + 1
            node.children.append(Node("block", str(k), str(k), k, node.level + 1, [para], parent=node))
        else:
            node.children[-1].paras.append(para)


_INTRO = 2
_MANY = 4  # duty paragraphs in a row that need no word saying the duties follow


def _many_duties(paras, duties) -> bool:
    """Four paragraphs or more in a row after the item's own, every one a duty of other units ("(二)水上交通安全管理的主体责任由乡镇政府和
    相关部门负责。…" / "安监部门负责…;" / "交通部门负责…;" / "水利部门负责…;" / "旅游部门负责…;", 水上交通安全 意见, review ib 02)."""
    run = duties[1:] if duties and not duties[0] else duties
    return len(run) >= _MANY and all(run)


def _root_unit_paragraphs(root) -> None:
    """The notice's own paragraphs before its first item closed by three or more that each open with their units and a colon (a
    page that opens mid-way on them: "教育、科技、…等部门:在制订有关政策时…" / "公安部门:依法严厉查处…" / … then "五、加强组织领导",
    关爱女孩行动 实施方案 page 3, review gp 04): each an item of its own, numbered in turn as a block, before the items."""
    if not root.children:
        return  # (a notice with no numbered item reads such lines as its blocks: segment's _unnumbered_work)
    k = len(root.paras)
    while k > 0 and colon_units(root.paras[k - 1].text):
        k -= 1
    # (three at least whose work reads as such; one among them may open otherwise: "市城管执法局:采取有效措施,…", 潍坊 扬尘 plan, review hy 03)
    if sum(names_work(re.split(r"[：:]", p.text, maxsplit=1)[-1]) for p in root.paras[k:]) < _ROOT_DUTIES:
        return
    blocks = [Node("block", str(n), str(n), n, 1, [para], parent=root) for n, para in enumerate(root.paras[k:], 1)]
    root.paras = root.paras[:k]
    root.children[:0] = blocks


_ROOT_DUTIES = 3


def _divides_duties(title: str) -> bool:
    """A part that divides the duties by unit ("一、职责分工", rules.DUTY_SECTION_WORDS), not one on how the work is organised (an
    emergency plan's "二、组织机构与职责": its bodies' standing duties, corpus 0569; rules.ORGANISATION_SECTION_WORDS)."""
    rules = _grammar().rules
    return any(w in title for w in rules.duty_section_words) and not any(w in title for w in rules.organisation_section_words)


_QUARTER = 4


def shared_subject(text: str) -> bool:
    """A paragraph whose subject is every unit at once ("各部门要密切配合…", "各有关单位要…"): the duties' opening, none of them."""
    subject = duty_subject(text.partition("。")[0] + "。")
    generic = _grammar().rules.generic_after_etc  # (not "各乡镇人民政府负责…", the first of the duties, diffreview-i2 p22)
    return subject is not None and all(n.startswith(("各", "有关", "相关")) and n.endswith(generic) for n in subject.responsible)


def duty_paragraph(text: str, prepositions: bool = False) -> bool:
    """A paragraph opening with its units as the subject of a duty: "省公安厅负责户口整顿工作…", "教育部门要在大中专院校开设…"; not
    one closed by a colon, which leads in to the duties below ("各成员单位要密切配合,…并履行好以下职责:", diffreview-f1 p46). With
    `prepositions`, a subject before a preposition and its object too ("人民法院对拖欠农民工工资的案件要开启绿色通道", in a run of duties)."""
    first = text.partition("。")[0] + "。"  # (or its lead units and 牵头: "县交委牵头,组织开展打击非法码头专项行动。", review hs 03)
    return len(text) >= 12 and not leads_in_to_duties(text) and (duty_subject(first, prepositions=prepositions) is not None or titled_unit(text) is not None or opens_with_lead(first))


def leads_in_to_duties(text: str) -> bool:
    """A paragraph closed by a colon after words that introduce the duties below ("…并履行好以下职责:", rules.DUTY_LIST_LEADS); not a
    duty's own "…具体包括:" (diffreview-f2 p22)."""
    found = _grammar().duty_list_lead.search(text.rstrip()[-12:])
    return found is not None and found.end() == len(text.rstrip()[-12:])


def bullet_paragraphs(node) -> None:
    """Paragraphs under an item that each open with a bullet ("——", "●") and close with their own unit note ("二、主要目标" over
    "——建立重点招商项目库。…(市商务委牵头,市发展改革委、…配合)" / "——促进项目签约落地。…(…)", 深圳 外资招商 三年行动, review ge 02):
    each an item of its own, numbered in turn as a block, its bullet no part of its text. Two at least, every one noted."""
    for child in node.children:
        bullet_paragraphs(child)
    root = node.kind == "root"  # the notice's own paragraphs before its first item: a page that opens mid-way on the bullets (review gj 08)
    paras = node.paras[0 if root else 1 :]
    if (node.children and not root) or len(paras) < 2:
        return
    opens = [k for k, p in enumerate(paras) if p.text.lstrip().startswith(BULLETS)]
    if len(opens) < 2:
        return
    runs = [paras[a:b] for a, b in zip(opens, opens[1:] + [len(paras)])]
    if not all(ends_with_note("\n".join(p.text for p in run)) for run in runs):
        return
    node.paras = node.paras[: (0 if root else 1) + opens[0]]
    blocks = []
    for k, run in enumerate(runs, 1):
        text = run[0].text
        mark = len(text) - len(text.lstrip()) + next(len(b) for b in BULLETS if text.lstrip().startswith(b))
        blocks.append(Node("block", str(k), str(k), k, node.level + 1, list(run), parent=node, title_start=mark))
    node.children[:0] = blocks  # before the items that follow the paragraphs
