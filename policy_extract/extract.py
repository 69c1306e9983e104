"""Stage 4: outline -> tasks with their units and time limits.

Which items are tasks (in this order):
1. items that carry a unit note;
2. otherwise the working items under task sections (重点任务, 主要任务 ...): the first items
   below their headings that are not headings themselves; their own sub-points stay inside;
3. with no task section and no notes, the working items of every section that is not
   a non-task section (总体要求, 保障措施 ...);
4. rows of task tables (a header naming 牵头单位/责任单位/完成时限 and a task or measure column).
Never under 总体要求, 指导思想, 保障措施 and the like. The user can name the section
keyword or the level when a notice defeats these rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .attached import all_listed_before, attached_plan_start, lists_attachments, printed_after
from .build import Memo, build_prose_tasks, full_text, runs_into_annex_list, table_tasks, unique_ids
from .grammar import current as _grammar
from .headings import duty_by_colon, title_lead, under_duties, unit_heading
from .item_kinds import assigns_before_duties, listed_in_a_provision, no_work_line, runs_into_terms, works_itself
from .markers import match_marker
from .normalize import Piece
from .notes import find_notes
from .sections import is_non_task_section as _is_non_task_section
from .sections import is_task_section as _is_task_section
from .sections import one_of_parallel_groups, opens_with_work
from .segment import Node, is_heading


@dataclass(frozen=True)
class Options:
    """How to choose tasks when the default rules do not fit a notice."""

    task_section: str | None = None  # a keyword in the title of the section that holds the tasks
    task_level: int | None = None  # the outline level (1 = top) whose items are the tasks
    regulation: bool = False  # the notice issues rules (办法, 条例): its 条 are provisions
    no_work: bool = False  # the notice commends (表彰) or repeals (废止): its numbered lists name the commended, the repealed


def _excluded(node: Node) -> bool:
    """Inside a non-task section, or such a section itself (a task titled 明确…发展目标 is not)."""
    if any(_is_non_task_section(a) for a in node.ancestors()):
        return True
    top = node.level == 1 or (node.parent is not None and node.parent.kind == "unnumbered")  # an annex's plan has its own top level
    return _is_non_task_section(node) and (bool(node.children) or top)


def _working_items(node: Node, noted: bool = False):
    """The items under `node` that are work; under a heading with a unit note or the section a user named (`noted`), whatever
    section it stands in: the note assigns them work (the contract), so only a part of its own below it that names no work is left out."""
    for child in node.children:
        if (_is_non_task_section(child) and (bool(child.children) or child.level == 1)) if noted else _excluded(child):
            continue
        if is_heading(child) and not runs_into_annex_list(child) and not runs_into_terms(child):
            yield from _working_items(child, noted)
        else:
            yield child


_SENTENCE_MARK = re.compile(r"[。；;！!]|(?<=[^\x00-\x7f０-９])\.(?![A-Za-z0-9])")  # (a stop typed as "." after a word or a sign: "…不少于100㎡.", diffreview-ao; not a file's: "附件.pdf", corpus 0754)


def _has_content(node: Node) -> bool:
    """An item that says something: a sentence, more than a title's length, or two clauses
    ("2.加强重大公共卫生安全风险源头防控,切实保障人民群众生命安全", 安徽 灵璧 2021, review s1a 06:
    printed without its full stop, after an item in sentences); not a title alone ("3.1.1指挥部组成及职责")."""
    text = full_text(node)
    if _SENTENCE_MARK.search(text) or len(text) > 30 or (not node.children and _grammar().annex_reference.search(text) is not None and not _names_a_form(text)):
        return True  # (or work whose detail is the annex's: "四、优化劳务派遣经营许可经办和办事流程（附件1、2）", corpus 0167, review s8)
    return len(text) >= 16 and text[-1] not in ":：" and bool(re.search(r"[^\d\s][，,][^\d\s]", text)) and _after_a_sentence(node)


def _names_a_form(text: str) -> bool:
    """"1.《…验收总结报告》（附件3）" (corpus 1055), "1.河北省技能大师工作室推荐表（附件1）" (diffreview-v): a thing to hand in, no work."""
    name = _grammar().annex_reference.sub("", text).strip()  # (not work that makes one: "3.组织开展自查并形成自查报告（附件2）", diffreview-w)
    return name.startswith("《") or (name.endswith(_grammar().rules.annex_form_endings + ("报告",)) and not _makes_something(name))


def _makes_something(name: str) -> bool:
    return opens_with_work(name) or any(v in name for v in _grammar().rules.making_verbs)


def _in_a_list_of_sentences(node: Node) -> bool:
    """A line without a full stop in a list whose items mostly are sentences: an item of that list,
    printed without its stop or cut short from a table row ("9、设区市、县每年对辖区河长开展工作培训" between
    "8、…研究解决重大问题。" and "10、…", 河长制 考核 2017, review s15d 01). Not a title over text of its own,
    nor a part or group (一、 （一）): their titles stand alone ("二、活动主题…", "四、…方面（共6项）")."""
    if node.kind in ("cn", "paren_cn") or node.children or node.parent is None or len(full_text(node)) < 4 or full_text(node)[-1] in ":：":
        return False
    kin = [s for s in node.parent.children if s.kind == node.kind]
    says = [bool(_SENTENCE_MARK.search(full_text(s))) for s in kin]
    if sum(says) < 3 or sum(says) * 2 < len(kin):
        return False
    # the lines without a stop around it lie between two items in sentences
    k = next(i for i, s in enumerate(kin) if s is node)
    before = next((i for i in range(k - 1, -1, -1) if says[i] or kin[i].children), None)
    after = next((i for i in range(k + 1, len(kin)) if says[i] or kin[i].children), None)
    return before is not None and after is not None and says[before] and says[after]


def _after_a_sentence(node: Node) -> bool:
    """The item before it, of its kind, says something in sentences: two clauses continue a list of items."""
    siblings = node.parent.children if node.parent is not None else []
    index = next((i for i, s in enumerate(siblings) if s is node), 0)
    before = siblings[index - 1] if index else None
    return before is not None and before.kind == node.kind and bool(_SENTENCE_MARK.search(full_text(before)))


def select_task_nodes(root: Node, options: Options, has_table_tasks: bool = False, notes_of=find_notes) -> list[Node]:
    items = [n for n in root.walk() if n.kind != "unnumbered"]
    if options.task_level:
        chosen = [n for n in items if n.level == options.task_level and not _excluded(n)]
        if options.task_section:
            chosen = [n for n in chosen if any(_is_task_section(a, options.task_section) for a in n.ancestors())]
        return chosen
    # a section holds items: a leaf whose text happens to name 重点任务 is an item, not a section
    # (the section a user names is the work, whatever its title: --task-section 保障措施)
    sections = [n for n in root.walk() if _is_task_section(n, options.task_section) and (options.task_section or not _excluded(n)) and (n.children or options.task_section)]
    sections = [s for s in sections if not any(a in sections for a in s.ancestors()) and (options.task_section or not one_of_parallel_groups(s))]
    # a note assigns work in any section (the contract), and so does a title naming the item's lead ("(一)省监察厅牵头的工作")
    noted = [n for n in items if notes_of(n.own_text) or not n.children and title_lead(full_text(n))[0]]
    if options.task_section:
        noted = [n for n in noted if any(a in sections for a in n.ancestors())]
    # A title with a note over its sub-items: the sub-items are the tasks, sharing the note.
    noted = [w for n in noted for w in (_working_items(n, noted=True) if is_heading(n) else [n])] + [n for n in noted if is_heading(n) and works_itself(n, notes_of)]
    noted += _unnoted_siblings(noted, options, notes_of)
    candidates: list[Node] = []
    for section in sections:
        candidates.extend(_working_items(section, noted=bool(options.task_section)))
    if sections and not options.task_section:  # a division of duties by unit beside the task section: "四、职责分工" over "（一）区交通委" 1.–5.,
        # "（二）区公安分局" and its paragraph (松江区 2017 停车资源共享利用, review bt02); the units are each item's (build._shared_notes)
        candidates.extend(w for n in items if unit_heading(n) for w in (_working_items(n, noted=True) if is_heading(n) else [n]))
        candidates.extend(n for n in items if duty_by_colon(n))
    if not sections and not has_table_tasks and not options.no_work:
        # With nothing else to go by, an item must say something: a title alone (a
        # contents list, "3.1.1指挥部组成及职责") is not a task.
        fallback = [n for n in _working_items(root) if (_has_content(n) or _in_a_list_of_sentences(n)) and not lists_attachments(n.parent)]
        if noted:  # notes on a few items of a list of many: the rest are work too (119 reforms, 2 with a note, corpus 0779, review c-rev g),
            # the items of the noted ones' kind and level (not a list of clusters under a plan whose 保障措施 carry the notes, 0921)
            noted_ids, levels = {id(n) for n in noted}, {(n.kind, n.level) for n in noted}
            fallback = [n for n in fallback if (n.kind, n.level) in levels and id(n) not in noted_ids and not any(id(d) in noted_ids for d in n.walk())]
            among = any(c.kind == n.kind and id(c) not in noted_ids for n in noted if n.parent is not None for c in n.parent.children)  # (not 0358's
            fallback = fallback if len(fallback) >= 3 * len(noted) and among else []  # 活动组织 whose items all carry one, diffreview-s23)
        paras = all_paragraphs(root) if fallback else []
        start = attached_plan_start(paras) if fallback else None  # (an index into paras: a page on one line has one line number)
        at = {id(p): k for k, p in enumerate(paras)}
        after = [n for n in fallback if start is not None and at.get(id(n.paras[0]), -1) > start]
        # (listed only: every item on a line before the label's; a page on one line prints the plan it issues before its own annex's label, 0889)
        listed_only = not after and all_listed_before(fallback, paras, start, at) and not printed_after(paras, start) if start is not None else False
        if start is not None and (after or listed_only):
            # a notice (通知, 通告) with a plan attached: the plan's items are the tasks, the
            # notice's own items say how to carry it out; a page that lists the plan as its
            # 附件 but does not print it has no task (沁县 2025, 甘肃 2022 …: 一、统一思想抓落实…)
            fallback = after
        candidates.extend(fallback)
    if options.regulation:
        # an article and the points listed inside it are provisions; so is a list annexed to the rules
        candidates = [n for n in candidates if n.kind != "article" and not any(a.kind in ("article", "unnumbered") for a in n.ancestors())
                      and (sections or not listed_in_a_provision(n))  # (a task section's points are its work, whatever the title)
                      or any(unit_heading(a) for a in n.ancestors() if a.kind not in ("chapter", "part", "section")) or n.kind != "article" and duty_by_colon(n) and under_duties(n)]
        # but a unit's duties: "第十二条 监察机关职责" (ib 06), "1、市民政部门设立办事机构,其职责是:" (hz 03), "(一)政法部门:将…" (hu 08); no chapter's title (0800)
    noted_ids = {id(n) for n in noted}
    # (an item defining the work without a note of its own is no work: "1.培育对象。新注册的…" beside "3.培育措施。" over its measures,
    # corpus 0774; a sibling listing the work below it is asked for: "1.完成目标。确保…" among other items is work, diffreview-u)
    candidates = [n for n in candidates if n.children or id(n) in noted_ids or _grammar().definition_title.match(n.own_text) is None
                  or not any(c.children for c in (n.parent.children if n.parent is not None else []) if c is not n and c.kind == n.kind)]
    chosen_ids = noted_ids | {id(n) for n in candidates}
    # the units' duties a chosen item's paragraphs give after it, one each (segment_breaks.unit_paragraphs: "(二)水上交通安全管理的主体责任由…" /
    # "安监部门负责…;" / "交通部门负责…;", review ib 02)
    chosen_ids |= {id(c) for n in items if id(n) in chosen_ids and n.readings.get("duty_blocks") for c in n.children}
    chosen = [n for n in items if id(n) in chosen_ids]
    # A task whose sub-points carry their own notes gives way to them. An item that says when the notice takes effect is none, nor is a
    # file the page offers ("1.…范本.docx2.…", 0106), nor who interprets the notice ("十六、本通知由…负责解释。", 0288, an annex list under it).
    return [n for n in chosen if (not any(id(d) in chosen_ids for d in n.walk()) or works_itself(n, notes_of) or assigns_before_duties(n)) and not (not n.children and no_work_line(full_text(n)))
            and _grammar().interpretation_clause.match(n.own_text) is None and _grammar().conflict_clause.match(n.own_text) is None and not _defines(n, noted_ids)]


def _defines(node: Node, noted_ids: set[int]) -> bool:
    """An item saying what a word of the notice means, or a point it lists ("5.本通知所称相关技术人员，是指…以下两类人员：" over
    "（1）对企业科技成果研发…"), without a note of its own: no work (corpus 0705, review s10)."""
    definition = _grammar().definition_clause
    if id(node) in noted_ids:
        return False
    own = node.own_text.strip()  # (one sentence, or its lead-in to points: "本方案所称重点企业，是指…。各地要建立…名录" goes on to work, diffreview-v)
    words = _grammar().rules.defining_words
    alone = definition.match(own) is not None and all(any(w in s for w in words) for s in own.rstrip("：:").split("。") if s.strip() and not _dated_line(s))
    return alone or any(definition.match(a.own_text) and a.own_text.rstrip().endswith(("：", ":")) for a in node.ancestors() if a.kind != "root")


def _dated_line(text: str) -> bool:
    """A signature run on after the item ("…。　　财政部　国家税务总局　　2015年10月23日", corpus 0705): no sentence of it."""
    return text.strip().endswith("日") and _grammar().date.search(text) is not None


def _unnoted_siblings(noted: list[Node], options: Options, notes_of=find_notes) -> list[Node]:
    """Items without a note among siblings that nearly all carry one (two in three or more, at
    least two): the note was printed in a form not read, or the item shares its group's work
    ("(责任单位;住建局…)", review r20b 05; "3.认真落实…免征增值税政策。" after a note carrying units to
    later items, 淮安 2022, review s2b 05). Leaves that say something, of the same kind."""
    if options.task_section:
        return []
    ids = {id(n) for n in noted}
    out: list[Node] = []
    for parent in {id(n.parent): n.parent for n in noted if n.parent is not None}.values():
        kind = next((c.kind for c in parent.children if id(c) in ids), None)
        kids = [c for c in parent.children if c.kind == kind]
        with_note = sum(id(c) in ids for c in kids)
        # or after a note that gives its units to the later items ("…以下任务均需各区市政府、开发区管委落实,不再一一列出)",
        # 数字威海 2023, review s6d 03): they are tasks of the same list
        carrier = next((k for k, c in enumerate(kids) if id(c) in ids and any(n.carried for n in notes_of(c.own_text))), len(kids))
        # or the one item of its list without a note (s7d 06, s10a 04, s10d 03: the reviewers' most frequent miss)
        most = (with_note >= 2 and with_note * 3 >= len(kids) * 2) or (with_note >= 1 and len(kids) - with_note == 1) or (with_note >= 4 and with_note * 2 > len(kids))
        # (a short line says something where its noted siblings are as short: "(三)固定资产投资增长10%以上" / 责任单位:… /
        # "(四)工业投资增长12%以上", 蔡甸区 2023 预期目标, review s14d 02)
        terse = any(id(c) in ids and not _SENTENCE_MARK.search(c.first_text) and len(c.first_text) <= 30 for c in kids)
        out += [c for k, c in enumerate(kids) if (most or k > carrier) and id(c) not in ids and not c.children and (_has_content(c) or terse) and not _excluded(c)
                and not _defines(c, set())]  # (not "(五)本方案所称'四好农村路',是指…", diffreview-ay p22)
    return out


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def says_first_listed_leads(text: str, phrases: tuple[str, ...] | None = None) -> bool | str:
    """"（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）" and the like (or `phrases`: "逗号前为牵头单位"); "several" where
    the sentence says so of lists of several units only ("由多个单位负责的,排在第一位的为牵头单位", rules.SEVERAL_UNITS_WORDS)."""
    for phrase in phrases or _grammar().rules.first_listed_leads_phrases:
        start = text.find(phrase)
        while start >= 0:
            if "牵头" in text[max(0, start - 15) : start + len(phrase) + 15]:
                return "several" if _of_several_only(text[max(0, start - 15) : start], text[start : start + 40]) else True
            start = text.find(phrase, start + 1)
    return False


def _of_several_only(before: str, after: str) -> bool:
    """The rule said on the case of several units ("由多个单位负责的,排在第一位的…": a clause closed by 的), and not of one unit as well
    ("…;只列一个部门的,该部门为牵头部门", diffreview-e1 p38; "各项任务涉及多个部门,列第一位者…" states no case, p22)."""
    g = _grammar()
    return g.several_units_case.search(before) is not None and not any(w in after for w in g.rules.one_unit_words)


def is_regulation(title: str | None) -> bool:
    """办法, 条例, 实施细则 …: a notice that issues rules, not a plan of work."""
    g = _grammar()
    title = g.title_remark.sub("", (title or "").strip())
    return title.endswith(g.rules.regulation_title_endings)


def names_no_work(title: str | None) -> bool:
    """"关于表彰河北省模范检察院…的决定", "关于对…典型经验做法给予表扬的通报" (国办发〔2018〕108号, corpus 1110, review c24-3),
    "…练兵比武获奖情况的通报", "科技部关于对部分规章和文件予以废止的决定" (corpus 0711): what the notice is about opens or
    closes with a word of commending or repealing."""
    g = _grammar()
    title = g.title_remark.sub("", (title or "").strip())
    if not title.endswith(("的通报", "的决定", "的通知")):
        return False
    about = title[title.find("关于") + 2 if "关于" in title else 0 : -3]
    words = g.rules.no_work_title_words
    if title.endswith("的通知"):  # one that commends its list ("关于表彰…优秀教师的通知"), not work about commending
        return about.startswith(words) and not about.endswith(("工作", "事项", "问题"))  # ("关于表彰奖励工作有关事项的通知")
    return about.startswith(words) or about.endswith(words)


def is_article_text(root: Node) -> bool:
    """A text of 第一条, 第二条 … (a regulation whose title was not found), or one that enacts itself in its
    opening ("…结合本省实际，制定本办法。", its 第X条 left out by the crawler): its articles are provisions,
    tasks only when they carry a unit."""
    return sum(1 for n in root.walk() if n.kind == "article") >= 3 or any(_grammar().enacting_clause.search(p.text) for p in root.paras[:3])


_NOT_WORD = re.compile(r"[\s\W_]+")


def _key(text: str) -> str:
    return _NOT_WORD.sub("", text)[:10]


def _table_stands_for_prose(prose: list[dict], rows: list[dict]) -> bool:
    """The plan's own items name no unit, and its task table divides the work among units, row by row, in three rows an item or
    more, or in as many rows as items where the rows name the items: the rows are the tasks, the items only their outline
    (静安区 碳达峰碳中和 2025 分工: 14 items, 70 rows, review ag03; 静安区“卓越城区”城市更新 重点任务清单, w04)."""
    if not prose or len(rows) < len(prose) or any(t["lead_units"] or t["responsible_units"] for t in prose):
        return False
    if sum(1 for r in rows if r["lead_units"] or r["responsible_units"]) * 2 < len(rows):
        return False
    # (three rows an item, or rows whose groups or text name the items: a list of projects beside two items of work is no
    # restatement of them, diffreview-y; two items restated in five rows are, diffreview-z)
    if len(rows) >= 3 * len(prose):
        return True
    said = "".join(r["text"] + "".join(r["path"]) for r in rows)
    return sum(1 for t in prose if len(_key(t["text"])) >= 6 and _key(t["text"])[:6] in said) * 2 >= len(prose)


def merge_annex_rows(prose: list[dict], rows: list[dict]) -> list[dict]:
    """A plan whose annex table (任务分工表) lists its own tasks again, with their units:
    a row that names a task of the text fills that task's units and time limit instead
    of counting as a task twice. Rows that name no task of the text stay tasks."""
    if not prose or not rows:
        return rows
    by_title = {}
    for task in prose:
        key = _key(task["text"].split("。")[0])
        if len(key) >= 6:
            by_title.setdefault(key, task)
    left = []
    for row in rows:
        task = by_title.get(_key(row["text"].split("。")[0]))
        if task is None:
            left.append(row)
            continue
        for field in ("lead_units", "responsible_units", "leaders"):
            if not task[field]:
                task[field] = row[field]
        if task["deadline"] is None:
            task["deadline"] = row["deadline"]
    return left


def extract_tasks(root: Node, year: int | None, options: Options) -> tuple[list[dict], dict[int, list[dict]], list]:
    """The document's tasks in order; for each chosen outline item (by id) the tasks read
    from it (one, or one per note-closed run); table warnings."""
    # the legend in the text, or in a table's header ("责任单位（排第一位的为牵头单位）")
    headers = ["".join(row.cells) for n in (root, *root.walk()) for table in n.tables for row in table[:3]]
    text = "\n".join([p.text for p in all_paragraphs(root)] + headers)
    first_listed = "comma" if says_first_listed_leads(text, _grammar().rules.comma_leads_phrases) else says_first_listed_leads(text)
    # said with 下同 in an item's note, it holds for that item and the ones below: "…(除标注“分别牵头”外,列第一位为牵头或汇总单位,
    # 下同)" under item 4 of 丽水 2023 (reviews s16c 02, s17a/b/c 01: items 1–3 keep their lone 责任单位 responsible)
    phrases = _grammar().rules.comma_leads_phrases + _grammar().rules.first_listed_leads_phrases
    said = next((n for n in root.walk() if "下同" in n.own_text and says_first_listed_leads(n.own_text, phrases)), None) if first_listed else None
    order = {id(n): k for k, n in enumerate(root.walk())} if said is not None and not says_first_listed_leads("\n".join([root.own_text] + headers), phrases) else {}
    since = order.get(id(said), 0)  # (the items' order is counted only for such a notice)
    once = Memo()
    from_tables, warnings = table_tasks(root, year, first_listed, once)

    def notes_of(text: str) -> list:
        return once(find_notes, text)

    nodes = select_task_nodes(root, options, has_table_tasks=bool(from_tables), notes_of=notes_of)
    chosen = {id(n) for n in nodes}  # (an item that is work of its own over items that are tasks too gives its own text: extract.works_itself)
    by_node = {id(n): build_prose_tasks(n, year, first_listed if order.get(id(n), 0) >= since else False, notes_of,
                                        own_only=any(id(d) in chosen for d in n.walk())) for n in nodes}
    carry_units(nodes, by_node, notes_of)
    prose = [task for n in nodes for task in by_node[id(n)]]
    if _table_stands_for_prose(prose, from_tables):
        prose = []
    tasks = prose + merge_annex_rows(prose, from_tables)
    tasks.sort(key=lambda t: t["source"]["start_line"])
    unique_ids(tasks)
    return tasks, by_node, warnings


def carry_units(nodes: list[Node], by_node: dict[int, list[dict]], notes_of) -> None:
    """Units a note says every later task takes part in ("以下任务均需各市县政府负责，不再列出")
    join the responsible units of that task and of every task after it, until another such
    sentence names others or the top-level numbering starts again (the next document)."""
    carried: list[str] = []
    top = None
    for node in nodes:
        outer = ([node] + list(node.ancestors()))[-1]  # the top-level part the task stands in
        marker = match_marker(outer.marker) if outer is not top else None
        if marker is not None and marker.value == 1:
            carried = []  # the numbering starts again: the next document of a page holding several (corpus 0741, review r30d)
        top = outer
        notes = notes_of(full_text(node))
        saying = [note for note in notes if note.carried]
        carried = list(dict.fromkeys(u for note in saying for u in note.carried)) or carried  # (a line's note and its bracket may both say it)
        # from the run whose note says it: not a run of the item before it (corpus 1064, review c25-1), as build.note_runs cuts them
        since = sum(1 for n in notes if (n.lead or n.responsible) and n.end <= saying[0].start) if saying else 0
        tasks = by_node[id(node)]
        for task in tasks[min(since, len(tasks) - 1) :] if carried and tasks else ():
            # a unit named with a remark in brackets is the same unit ("各市(含定州、辛集市,下同)政府" and "各市政府", 0741)
            # and one named in full is the unit the statement names short ("广东省各地级以上市人民政府落实,以下各项工作均需市人民政府落实", web-v 01)
            named = {_BRACKETED.sub("", u["name"]) for u in task["lead_units"] + task["responsible_units"]}
            task["responsible_units"] += [{"name": u} for u in carried if not any(n.endswith(_BRACKETED.sub("", u)) for n in named)]


def all_paragraphs(root: Node) -> list[Piece]:
    paras = list(root.paras)
    for node in root.walk():
        paras.extend(node.paras)
    return sorted(paras, key=lambda p: p.start_line)
