"""Stage 3: pieces -> an outline tree of numbered items, with body text and tables in place.

The depth of a marker kind is learnt from the notice itself: a kind met again closes everything opened after it (a
sibling), a kind not yet open nests under the current item. So 一、/（一）/1. and 一、/1. and 第一章/第一条 all come out
right without a fixed table of levels, and numbering that restarts in each group is as easy as numbering that runs on.
"""
from __future__ import annotations

from .errors import DocumentWarning, warning
from .grammar import current as _grammar
from .item_heads import required_point
from .markers import Marker, holds_run_in_outline, lost_opening, match_marker, month_after, ordinal_shi
from .normalize import Piece
from .note_places import labelled_measure, share_run_on_notes, shares_note, sibling_after_notes, sibling_follows
from .note_spans import ends_with_note, is_note_paragraph
from .notes import find_notes
from .numbering import bare_title
from .outline import Node
from .outline_turns import heads_a_restart, points_go_on
from .paragraphs import RESTART_TITLE_CHARS, RESTARTING_UNDER_TITLE
from .segment_breaks import (
    annex_list,
    bullet_paragraphs,
    closes_the_notice,
    duty_paragraph,
    fold_field_items,
    leads_in_to_duties,
    next_document_title,
    paragraph_items,
    shared_subject,
    unit_paragraphs,
)
from .unit_labels import colon_units


def _is_unnumbered_section(text: str) -> bool:
    stripped = text.strip().rstrip(":：")
    return len(stripped) <= 12 and stripped.startswith(_grammar().rules.unnumbered_section_titles)


def _bare_outline_number(piece: Piece, following: list[Piece], last: int | None) -> Marker | None:
    """"1总则" then "1.1适用范围": a decimal outline's top level printed without a dot.
    Read as a number when the next paragraph opens its first sub-item, or when it is the
    number after the last one read so ("2风险评估" after "1总则")."""
    m = bare_title(piece.text)
    if not m:
        return None
    value = int(m.group(1))
    nxt = match_marker(following[0].text) if following else None
    opens_outline = nxt is not None and nxt.kind.startswith("decimal") and nxt.label.startswith(m.group(1) + ".")
    # or the first of a list whose items each stand over their unit label ("1优化就业创业服务" / "牵头单位:市人社局", 连云港 2017, gi 07)
    labelled = last is None and value == 1 and bool(following) and _grammar().label_line.match(following[0].text) is not None
    if not opens_outline and value != (last or 0) + 1 or (not opens_outline and last is None and not labelled):
        return None
    return Marker("arabic_bare", m.group(1), value, m.group(1), m.end())



_BELOW_PARTS = frozenset({"paren_cn", "arabic", "paren_arabic", "arabic_rparen", "circled"})  # what a 一、 part holds
_BELOW_GROUPS = _BELOW_PARTS - {"paren_cn"}  # what a （一） group holds
_BELOW_ITEMS = _BELOW_GROUPS - {"arabic"}  # what a 1. item holds


_DIVISIONS = ("part", "chapter")  # 第N部分, 第N章: above any item


def _leads_in(node: Node) -> bool:  # the item's last paragraph closes on a colon: what follows is quoted or listed under it
    return node.paras[-1].text.rstrip().endswith(("：", ":"))


def _decimal_depth(kind: str) -> int:
    """How deep a decimal number is (decimal2 for 4.2, decimal3 for 4.1.1); 0 for any other kind."""
    return int(kind[len("decimal") :]) if kind.startswith("decimal") and kind[len("decimal") :].isdigit() else 0


def segment(pieces: list[Piece], ordinal: bool = False, blocks: bool = False) -> Node:
    """The outline of the pieces. A text that prints no numbering at all but lists its points
    "一是…", "二是…" at paragraph starts is read again with those as its items (`ordinal`); one
    that prints each item as a paragraph over its own labelled lines, with those (`blocks`)."""
    root = Node("root")
    stack: list[Node] = [root]
    open_table: list[Piece] | None = None
    top_kinds: set[str] = set()
    last_bare: int | None = None
    shared_to, shared_at = None, -2  # the list the last shared note line went to, and where that line stood
    duties = _duty_lines(pieces) if blocks else []
    for index, piece in enumerate(pieces):
        if piece.kind == "row":
            if open_table is not None and piece.table is not None and open_table[-1].table != piece.table:
                open_table = None  # the loader saw two tables, one after the other
            if open_table is None:
                open_table = []
                stack[-1].tables.append(open_table)
            open_table.append(piece)
            continue
        open_table = None
        marker: Marker | None = match_marker(piece.text) or _bare_outline_number(piece, pieces[index + 1 : index + 2], last_bare)
        if marker is not None and lost_opening(marker) and marker.value > 1 and not any(n.kind == "paren_cn" and n.marker[:1] not in "（(" for n in stack) \
                and (index == 0 or _open_bracket(pieces[index - 1].text)):
            marker = None  # "二)" goes on from a "(一)" but not as the wrapped end of "（见附件\n二）…" (diffreview-i1 p02, i2 p20)
        if marker is not None and marker.kind == "arabic" and month_after(piece.text, marker) and not any(n.kind == "arabic" and n.value == marker.value - 1 for n in stack):
            marker = None  # "5、6月底前，完成…" is item 5 only after item 4 (diffreview-i2 p24, p25; "4、5月底前…" after 3、, review hv 07)
        if marker is None and ordinal:
            marker = ordinal_shi(piece.text) or required_point(piece.text)
        if marker is None and blocks and (_opens_block(pieces, index) or _closes_with_note(pieces[index]) or duties[index]):
            glued = _grammar().bare_number.match(piece.text)  # its number glued to its text, no dot ("6坚持重大行政决策…", review gr 07),
            if glued and (last_bare is None or int(glued.group(1)) == last_bare + 1):  # the first or the next one: kept
                last_bare, title_start = int(glued.group(1)), glued.end()
            else:
                last_bare, title_start = (last_bare or 0) + 1, 0
            marker = Marker("block", str(last_bare), last_bare, str(last_bare), title_start)
        if marker is not None and marker.kind == "arabic_bare":
            last_bare = marker.value
        if marker is not None:
            depth = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].kind == marker.kind), None)
            outer = next((i for i in range(depth - 1, 0, -1) if stack[i].kind == marker.kind), None) if depth is not None else None
            if outer is not None and marker.value == (stack[outer].value or 0) + 1 != (stack[depth].value or 0) + 1:
                depth = outer  # the list it restarted under goes on: "(三)整改措施" / "(一)…(二)…" / "(四)整改成效" (diffreview-g1 p30)
            if depth is not None and depth == len(stack) - 1 and _restarts_under(stack[depth], marker):
                pass  # "(三)整改措施" then "(一)加强目标管理。…": the numbering starts again under a title (宁夏 督察整改 公示, review he 05)
            elif depth is not None:
                del stack[depth:]
            elif marker.kind in top_kinds and any(n.kind == "unnumbered" and not n.readings.get("over_restart") for n in stack):
                del stack[1:]  # 一、 after a glossary or an annex opens a new part, not a sub-item
            elif marker.kind == "cn" and not top_kinds and any(annex_list(n) for n in stack):
                del stack[1:]  # and after the covering notice's list of annexes ("附件：1.…实施方案" / "2.…细则表", then the plan: review ai01)
            elif marker.kind == "cn" and marker.value > 1 and len(stack) > 1 and all(n.kind in _BELOW_PARTS for n in stack[1:]):
                del stack[1:]  # "3.…" then "四、…牵头重点工作": a page that opens mid-way; 四、 is a part, not 3.'s sub-item
            elif marker.kind == "paren_cn" and marker.value > 1 and len(stack) > 1 and all(n.kind in _BELOW_GROUPS for n in stack[1:]):
                del stack[1:]  # "6.…" then "(二)生态环境质量改善": the same, a group over the items (review r19b 01)
            elif marker.kind == "arabic" and marker.value > 1 and len(stack) > 1 and all(n.kind in _BELOW_ITEMS for n in stack[1:]):
                del stack[1:]  # "(9)…" then "4、茄子河区政府负责:" over "(1)…": the same, an item over its sub-items (review fb06)
            elif marker.kind == "article" and marker.value > 1 and len(stack) > 1 and top_kinds <= _BELOW_PARTS and all(n.kind in _BELOW_PARTS for n in stack[1:]) \
                    and not _leads_in(stack[-1]) and not points_go_on(pieces[index + 1 : index + 2], stack[-1]):
                del stack[1:]  # "(九)负责本地区低保信息网络的管理工作等。" then "第三十五条 县(市)、区民政局主要职责是:": a page opening inside an
                # article's list; the next article is no point of it (鞍山 低保 办法, review hz 08), unless the point quotes it ("(一)将第五条修改为:")
                # or the points go on after it (an article quoted on its own line, diffreview-k1 p09)
            elif marker.kind in _DIVISIONS and marker.value > 1 and len(stack) > 1 and not any(n.kind in _DIVISIONS for n in stack[1:]) \
                    and not _leads_in(stack[-1]):  # (not chapters an item lists: "…学习以下章节：", k3 p09)
                del stack[1:]  # "二十三、…" then "第四部分 评价与监督": a page opening inside 第三部分; the part is no item's (商务部 展览会 办法, ij 04)
            elif _decimal_depth(marker.kind) and len(stack) > 1 and all(_decimal_depth(n.kind) > _decimal_depth(marker.kind) for n in stack[1:]):
                del stack[1:]  # "4.1.1 …" / "4.1.2 …" then "4.2 物资准备": a page opening inside 4.1; 4.2 is their sibling's, not a sub-item (hz 05)
            parent = stack[-1]
            node = Node(marker.kind, marker.printed, marker.label, marker.value, len(stack), [piece], parent=parent, title_start=marker.end)
            parent.children.append(node)
            stack.append(node)
            if node.level == 1:
                top_kinds.add(node.kind)
        elif (depth := heads_a_restart(piece, pieces[index + 1 : index + 2], stack)) is not None:
            del stack[depth:]  # "防汛办主要职责" over "1、贯彻实施…" after "6、重大情况须及时向上级报告。": a list's title, unnumbered (review ii 04)
            node = Node("unnumbered", "", "", None, depth, [piece], parent=stack[-1], readings={"over_restart": True})
            stack[-1].children.append(node)
            stack.append(node)
        elif _is_unnumbered_section(piece.text) or (len(stack) > 1 and (stack[1].kind != "unnumbered" or annex_list(stack[1])) and next_document_title(pieces, index)):
            del stack[1:]
            node = Node("unnumbered", "", "", None, 1, [piece], parent=root)
            root.children.append(node)
            stack.append(node)
        else:
            target = stack[-1]
            if target is not root and not is_note_paragraph(piece.text) and ends_with_note(target.paras[-1].text) and not target.children \
                    and not ends_with_note(piece.text) and not labelled_measure(piece.text) and not sibling_follows(pieces, index, target) \
                    and ordinal_shi(piece.text) is None \
                    and not (index + 1 < len(pieces) and pieces[index + 1].kind == "para" and is_note_paragraph(pieces[index + 1].text)) \
                    and not (any(n.lead or n.responsible for n in find_notes(piece.text)) and not _grammar().report_word.search(piece.text)):
                target = root  # a closing paragraph after the last task does not belong to it; its points do ("一是深入宣传…", under "(一)开展
                # “民族团结进步宣传月”活动(由市民宗局牵头协调,…配合)。", 北海市 2017 三月三 活动方案, review hm 04); one over a note of its own does (a later run
                # of the item: "…完善基础设施。" / "主要责任单位:…", review s19a 02), and so does one holding a note, a sentence after it
                # ("…超800亿元。（责任单位：省工业和信息化厅…）应用软件。抓住…", corpus 0946, review c20-1)
            elif is_note_paragraph(piece.text) and not _cut_after_comma(target, piece) and ((shares_note(target) and not sibling_after_notes(pieces, index, target))
                                                    or (index == shared_at + 1 and target.parent is shared_to)):
                target = target.parent  # one note under a list of sub-items is the whole list's, each of its lines ("完成期限：持续推进" /
                shared_to, shared_at = (target, index) if "。" not in piece.text.rstrip("。") else (None, -2)  # "牵头单位：…" / "责任单位：…",
                # review aw02: the first had taken the list's, the rest the item's; a line a run went on in ends the block, au05)
            elif target is not root and closes_the_notice(pieces, index, target):
                del stack[1:]  # the notice's closing paragraph or "（此件公开发布）" under its last item: it and what follows are the notice's
                target = root
            target.paras.append(piece)
    share_run_on_notes(root)
    fold_field_items(root)
    unit_paragraphs(root)
    bullet_paragraphs(root)
    if not ordinal and not root.children and not root.tables and _lists_points(pieces):
        return segment(pieces, ordinal=True)  # "一是稳部署。…", "二是备农资。…" (a 乡镇 plan, review r14a 06)
    if not blocks and not root.children and not root.tables and _unnumbered_work(pieces):
        # "市区新增…学位2.36万个。" / "主管领导:刘东" / "责任单位:市教育局" (郑州 2012, review r18a 07); one such paragraph alone (淮北 2012
        # 文化站, review ft 07); paragraphs each closed by their note ("马厂七期6栋396套安置房完成主体工程(三水街道牵头)", review fu 08);
        # three lines or more in a row each opening with its units and a colon ("省教育厅:负责组织开展原疫区中、小学校血防知识宣传教育活动。",
        # 粤府办[1999]94号 血防 职责, review fx 08)
        return segment(pieces, blocks=True)
    return root


def _cut_after_comma(item: Node, piece: Piece) -> bool:
    """A note cut from its item's line after a comma ("4.推进老旧小区改造，11月底前完成，" / "责任单位：区住建局。", diffreview-aw p41):
    the item's own, never its list's."""
    last = item.paras[-1] if item.paras else None
    return last is not None and last.end_line == piece.start_line and last.text.rstrip()[-1:] in "，,"


def _opens_block(pieces: list[Piece], i: int) -> bool:
    """An unnumbered paragraph of some length with a unit note on its own line under it."""
    text = pieces[i].text.strip()
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    return (pieces[i].kind == "para" and len(text) >= 8 and nxt is not None and nxt.kind == "para"
            and not is_note_paragraph(text) and is_note_paragraph(nxt.text))


def _unnumbered_work(pieces: list[Piece]) -> bool:
    """A notice with no numbered item whose paragraphs are work all the same (segment's blocks): two over their unit
    lines, or one over a line that gives work; two closed by their notes; three lines in a row opening with units and a colon."""
    opening = [i for i in range(len(pieces)) if _opens_block(pieces, i)]
    return (len(opening) >= 2 or len(opening) == 1 and _assigns_work(pieces[opening[0] + 1].text)
            or _noted_paragraphs(pieces) or _longest_run(_duty_lines(pieces)) >= 3)


def _noted_paragraphs(pieces: list[Piece]) -> bool:
    """Two paragraphs closed by their notes, or one that holds no outline run together (markers.holds_run_in_outline)."""
    noted = [p for p in pieces if _closes_with_note(p)]
    return len(noted) >= 2 or len(noted) == 1 and not holds_run_in_outline(noted[0].text) and _worded_note(noted[0].text)


def _worded_note(text: str) -> bool:
    """The note closing a paragraph names a role or holds a label ("(…等按职责分工负责)", "(责任单位:…)"): not a unit alone, a news
    report's source ("…完成年度目标任务的72%。(市住建局)", diffreview-e1 p11)."""
    notes = find_notes(text)
    said = text[notes[-1].start : notes[-1].end] if notes else ""
    return _grammar().role_word.search(said) is not None or _grammar().label_re.search(said) is not None


def _closes_with_note(piece: Piece) -> bool:
    """An unnumbered paragraph of some length closed by its unit note ("…进行宜居住区提升性改造(住建局牵头)")."""
    text = piece.text.strip()
    return piece.kind == "para" and len(text) >= 12 and not is_note_paragraph(text) and ends_with_note(text) and _names_units(text)


def _duty_line(piece: Piece, prepositions: bool = False) -> bool:
    """An unnumbered paragraph opening with its units and a colon, their duty after it ("省财政厅:负责安排…经费"), or as the subject
    of a duty ("教育部门要在大中专院校开设人口理论讲座…", 婚育新风进万家活动 意见, review gp 07); not one closed by a colon, that leads
    in to the duties below ("有关部门要…,并履行好以下职责:", gp 07). `prepositions`: after a duty line, its subject may come before a
    preposition and its object ("人民法院对拖欠农民工工资的案件要开启绿色通道…" after "交通部门要狠抓重点…", 衢州 清欠, review ie 06)."""
    text = piece.text.rstrip()
    return piece.kind == "para" and len(text) >= 10 and not leads_in_to_duties(text) and (bool(colon_units(text)) or duty_paragraph(text, prepositions))


def _duty_lines(pieces: list[Piece]) -> list[bool]:
    """Which pieces are duty lines (_duty_line); between two, a subject before a preposition and its object is one too (not the notice's
    closing line after them, "各有关单位对本通知执行中遇到的问题要及时…反映", diffreview-k1 p35)."""
    flags = [_duty_line(piece) for piece in pieces]
    return [flag or 0 < k and flags[k - 1] and (k + 1 < len(flags) and flags[k + 1] or _own_subject(pieces[k])) and _duty_line(pieces[k], prepositions=True)
            for k, flag in enumerate(flags)]


def _own_subject(piece: Piece) -> bool:
    """Its subject names a body, not every unit at once (the last of a run, "县住建局对在建工地要…", diffreview-k2 p13; not a closing line's "各有关
    单位对本通知…", k1 p35)."""
    return not shared_subject(piece.text)


def _longest_run(flags) -> int:
    best = run = 0
    for flag in flags:
        run = run + 1 if flag else 0
        best = max(best, run)
    return best


def _assigns_work(text: str) -> bool:
    """A unit line that gives work (责任单位, 主责单位, 实施单位 …), not an event's organisers ("主办单位:市文化和旅游局" /
    "承办单位:…", diffreview-c1 p18; rules.EVENT_ORGANISER_LABELS)."""
    return _names_units(text) and not text.lstrip().startswith(_grammar().rules.event_organiser_labels)


def _names_units(text: str) -> bool:
    return any(n.lead or n.responsible for n in find_notes(text))  # (not "联系人：张三" under a request to report)


def _lists_points(pieces: list[Piece]) -> bool:
    """Two or more paragraphs that open with the next point's "N是"."""
    values = [m.value for p in pieces if p.kind == "para" and (m := ordinal_shi(p.text) or required_point(p.text)) is not None]
    return any(b == a + 1 for a, b in zip(values, values[1:]))


def numbering_warnings(root: Node) -> list[DocumentWarning]:
    """Gaps and repeats in sibling numbering, as (code, message, line)."""
    out = []
    last_by_kind: dict[str, int] = {}

    def visit(node: Node):
        prev: dict[str, int] = {}
        for child in node.children:
            if child.value is None or child.kind in ("root", "unnumbered"):
                continue
            expected_first = {1, last_by_kind.get(child.kind, 0) + 1}
            if child.kind in prev:
                if child.value == prev[child.kind]:
                    out.append(warning("numbering-duplicate", f"{child.marker} is repeated", child.start_line))
                elif child.value != prev[child.kind] + 1:
                    out.append(warning("numbering-gap", f"{child.marker} follows number {prev[child.kind]}", child.start_line))
            elif child.value not in expected_first:
                out.append(warning("numbering-gap", f"{child.marker} opens its group", child.start_line))
            prev[child.kind] = child.value
            last_by_kind[child.kind] = child.value
            visit(child)

    visit(root)
    return out


_HEADING_KINDS = {"chapter", "part", "section", "unnumbered"}


def _restarts_under(node: Node, marker: Marker) -> bool:
    """The marker opens the list again at 1 right under a later item of its kind that is only a short title, with no text of its own,
    where the items before it had text (not a table of contents, its last title over the body's "第一章": corpus 0724)."""
    title = node.first_text.rstrip("：:")
    siblings = node.parent.children[:-1] if node.parent is not None else []
    return marker.value == 1 and marker.kind in RESTARTING_UNDER_TITLE and any(len(n.paras) > 1 or n.children or "。" in n.first_text for n in siblings) and (node.value or 0) >= 2 and len(node.paras) == 1 and len(title) <= RESTART_TITLE_CHARS and not any(ch in title for ch in "。；;，,")


def is_heading(node: Node) -> bool:
    """An item that only titles the items below it."""
    if not node.children:
        return False
    if node.kind in _HEADING_KINDS:
        return True
    first = node.first_text.rstrip("。").strip()
    if "。" not in first and len(first) <= 60:
        return True
    if _titled_overview(node, first) or _like_the_group_before(node) or _labels_its_measures(node):
        return True
    # text that lost its line breaks: a part's title ran into its body, and its items follow on the
    # same printed line ("三、活动内容在2019年…长效化。（一）抓好经验总结…"); not an item whose long
    # first sentence is its own ("（一）加大…力度，为…提供有力支撑。落实…1.…")
    same_line = node.children[0].start_line == node.start_line and node.start_line == node.end_line
    # a top-level part (一、) titles its items in practice ("二、全面推行行政执法公示制度行政执法公示是…
    # （四）强化事前公开…", corpus 1069); below it, only a part's title word says so
    # or one whose last sentence announces them ("（一）抓好经验总结“十三五”期间，…从以下四个方面做好总结提炼。1.…", corpus 0993)
    # or whose items are each whole paragraphs, a title and sentences after it ("（一）着力落实…主体责任…各单位要…工作。1．要重点压实…主体责任。
    # 督促…。2．要强化法定检验职责。各检验机构要…。", 上海 燃气 整治, review ae02 flattened): their group's title and introduction
    # or a part or group whose first item titles items of its own ("（二）部门职责全区…形成工作合力。1.区交通与建设局：（1）负责…", review
    # ba01 flattened): its text an introduction (not an item's over its material list: "4.…批复验收申请。…（1）所需材料①…", 0842)
    leads_in = len(node.children) >= 2 and (bool(_grammar().announces_items.search(first)) or first.endswith(("：", ":")) and all(
        duty_paragraph(c.first_text) for c in node.children))  # (or a colon over the units' duties: "…部门职责和任务(将经济普查底册资料…
    # 划分到部门):1.区经济信息化和科学技术局负责…", 仁和区 经济普查 职责 flattened, review hc 02; not over materials or conditions, 0108, 0082)
    return same_line and (node.level == 1 or bool(_grammar().section_title_start.match(first)) or leads_in
                          or paragraph_items(node) or (node.kind in ("cn", "paren_cn") and len(node.children) >= 2 and is_heading(node.children[0]) and not find_notes(first))) \
        or (node.kind == "cn" and paragraph_items(node, "cn"))  # a part's introduction over items each a title and sentences ("一、聚焦水系美,…工程。
    # 联动…" / "1、北沙河段工程。重点实施…。" / "2、界河段工程。…", 2024 水务局工作要点, review eh10 lined: the part had been the one task)


def _labels_its_measures(node: Node) -> bool:
    """A problem whose own text labels the measures its items then give ("(一)部分领导干部…认识不足。…整改目标:…责任单位:州委办公室…整改时限:
    立行立改,长期坚持整改措施:筑牢…政绩观。" over "1.深入学习贯彻…" / "2.把绿色发展纳入…", 楚雄州 环保督察 整改措施清单, review ia 07): the items
    are the work, sharing its labels (the contract's note on a group heading)."""
    labels = _grammar().rules.measure_labels  # (not an item with its own note over what it inspects, "(1)危险化学品企业；", diffreview-j3 p03)
    return len(node.children) >= 2 and any(w + "：" in node.own_text or w + ":" in node.own_text for w in labels) \
        and all(len(c.first_text) >= _MEASURE_TEXT for c in node.children)


_MEASURE_TEXT = 12  # a measure is a sentence, not a name listed


def _like_the_group_before(node: Node) -> bool:
    """Its items are those of the group before it, a heading: the groups of one list. They number
    on from that group's ("（一）师德养成教育全面推进行动。…" over 1.–5., then "（二）教师培养层次提升行动。
    主动适应国家…" with its own sentences over 6. and 7., corpus 1000), or there are two or more,
    numbered afresh, as there ("（二）坚持科学评价，完善评价标准按照破除“四唯”要求，…提高评价的科学性。
    1.注重医德医风。…2.…" after "（一）…" over 1.–4., corpus 0352 stored without line breaks). Its
    introduction is no task. Items only, not a law's articles cited on a wrapped line ("…第九条第二款规定…")."""
    parent, kids = node.parent, node.children
    first = kids[0]
    if parent is None or first.kind not in _BELOW_PARTS or first.value is None:
        return False
    index = next(i for i, sibling in enumerate(parent.children) if sibling is node)
    before = parent.children[index - 1] if index else None
    if before is None or before.kind != node.kind or not before.children:
        return False
    last = before.children[-1]
    numbers_on = last.kind == first.kind and last.value == first.value - 1
    afresh = first.value == 1 and len(kids) >= 2 and len(before.children) >= 2 and before.children[0].kind == first.kind
    return (numbers_on or afresh) and is_heading(before)


def _titled_overview(node: Node, first: str) -> bool:
    """A short title, one sentence on what its items do, then items of their own sentences:
    "(一)企业开办、经营及退出。在市场准入、准营和退出等方面深入推进改革,方便企业和群众办事创业。"
    over "1.开展“一证多址”改革。…" (广州市黄埔区 2022 营商环境行动方案)."""
    title, _, rest = first.partition("。")
    return (len(title) <= 20 and not any(ch in title for ch in "，,；;：:") and 0 < len(rest) <= 80 and not any(ch in rest for ch in "。；;")
            and len(node.children) >= 2 and all("。" in c.first_text for c in node.children))


def _open_bracket(text: str) -> bool:
    """A paragraph that leaves a bracket open at its end ("…（见附件"): the next line's "二）" closes it."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")

