"""Which parts of a notice's outline name where its tasks stand: a task section by its title's words ("二、重点任务"),
a part that gives none ("一、总体要求", "一、充分认识…", a review of past work). extract.py chooses the tasks by these."""
from __future__ import annotations

import re

from .deadlines import deadline_in_text
from .grammar import current as _grammar
from .segment import Node
from .subjects import unit_sentences
from .unit_labels import bodies_listed, duty_owner
from .units import split_units

# how far into a title run together with its body a section keyword still names the section
RUN_ON_TITLE_CHARS = 14
HEADING_TITLE_CHARS = 20  # a section's name ends within this many characters of its title


def section_title(node: Node) -> str:
    """The words of a part's title that can name it a section. In text that lost its line
    breaks the title ran into its body, which may name the words too ("一、申报类别和范围自然
    科学分为重点项目、青年基金项目…（一）…", corpus 1051 flattened): there the title's own
    words come first ("二、重点任务加快…", "三、组织实施“十四五”期间…"); a title of heading length is all its own ("一、改进加强科研项目
    和资金管理的总体要求（一）…")."""
    title = node.title
    if len(title) > RUN_ON_TITLE_CHARS * 2 and node.children and node.children[0].start_line == node.start_line:
        return title[:RUN_ON_TITLE_CHARS]
    return title


_RUN_ON_AFTER_NAME = 4


def is_task_section(node: Node, keyword: str | None) -> bool:
    if keyword:
        return keyword in node.title
    title = section_title(node)
    rules = (g := _grammar()).rules
    opening = next((k for k in rules.non_task_section_keywords if title.startswith(k)), "")
    if opening and len(title) > len(opening) + _RUN_ON_AFTER_NAME and title[len(opening)] not in "和与及、":
        return False  # another part's name, its first sentence run on ("保障措施各部门按职责分工抓好落实…", flattened, diffreview-f1 p43)
    # or a title that announces the items below it ("二、着重做好以下工作:", 哈密 2021, review s5c 08)
    return any(k in title for k in rules.task_section_keywords) or title.startswith(rules.task_section_opening_words) \
        or (len(title) <= 12 and bool(g.announces_items.search(title.rstrip("：: "))))


def is_non_task_section(node: Node) -> bool:
    """A part that gives no tasks (see the module). Read once per item: selection asks it of every item's ancestors."""
    known = node.readings.get("non_task")
    if known is None:
        known = node.readings["non_task"] = _reads_non_task(node)
    return known


def _reads_non_task(node: Node) -> bool:
    rules = (g := _grammar()).rules
    full = node.title
    if full.strip("：: ") in rules.not_unit_labels or full.startswith(rules.not_unit_labels) and any(
            full.startswith(w) and (g.label_line.match(full[len(w) :]) or full[len(w) : len(w) + 1] in ("：", ":")) for w in rules.not_unit_labels):
        return True  # "八、联系方式": a part titled by a label that names no one doing work, its lines run on or not ("七、联系方式联系人：…", 0148;
        # "七、联系方式：石家庄市中山西路449号高等教育处，联系电话：…", 1048)
    if not node.children and g.assigning_sentence.search(node.own_text) and unit_sentences(node.own_text):
        return False  # an item that gives its work to units ("一、确定经济总体目标任务。…此项工作由各区楼宇办负责牵头,…", review hc 06)
    title = section_title(node)
    # (not with a task section's word: "存在的问题及整改措施"; nor one that sets a time limit: "一、统一思想，加强领导。各市要成立…工作专班，4月底前
    # 制定实施方案报省厅备案。", diffreview-v)
    aware = len(title) <= 40 and any(c.strip().startswith(rules.non_task_section_openings) and c.strip().rstrip("。").endswith(rules.awareness_endings)
                                     for c in re.split(r"[，,]", title)[1:])  # ("一、提高政治站位，充分认识保护工作的重要性", review ao06)
    opening = (title.startswith(rules.non_task_section_openings) or aware) and not any(k in title for k in rules.task_section_keywords) and not (
        any(ch in title for ch in "，,") and (_sets_time_limit(node) or _work_clause_after(title)))  # (a second phrase of work: "统一思想，加强领导";
    # not "二、工作成效" over its dates, 0587; "一、提高思想认识，规范办理轨道交通安全保护区内作业审批" is work, review ao07)
    named = full.strip("：: ")  # the whole title a name, or a name and its body run on ("一、进展情况截至2019年2月18日,全县…")
    body = node.own_text.strip()  # (the title cut at its first stop: "一、申报范围国家级…基地主要从高等院校、科研院所中遴选。", a leaf)
    # (a title of its own that opens with the name is no such part: "三、基本情况摸底。各县…要于6月底前完成…", diffreview-w)
    names = rules.non_task_section_names
    opening = opening or (named.startswith(names) or body.startswith(names)) and any(named == w or (len(named) > 12 and any(t.startswith(w) and len(t) > len(w) + 8 and any(ch in t[len(w) :] for ch in "，,。；;")
                                                                  for t in (named, body))) for w in rules.non_task_section_names)
    # ("基本条件", "生源范围"; a heading, no item's title closed by a stop: "准确把握政策条件。符合上述条件人员…", corpus 0189, is the item's work)
    qualifying = len(title.rstrip("：:")) <= 12 and not any(ch in title for ch in "，,") and title.rstrip("：:").endswith(rules.qualifying_section_endings) \
        and not node.own_text.startswith(title + "。") and not any(k in title for k in rules.task_section_keywords) and not opens_with_work(title)
    # or such a name of four, its body run on: "二、工作范围我市范围内依法登记的宗教活动场所（寺观教堂）。…" (上海 2022 宗教活动场所消防, review cb02
    # flattened; "一、联网范围配置…", cb04; "二、实施范围临港新片区…", cb08)
    head = named[:4]
    qualifying = qualifying or (len(named) > 12 and head.endswith(rules.qualifying_section_endings) and named[4] not in "的之和与及、，,。"
                                and any(ch in t[4:] for t in (named, body) for ch in "，,。；;")  # (not "十一、符合条件的新型研发机构，…", corpus 0671)
                                and not opens_with_work(head) and not any(k in named for k in rules.task_section_keywords)
                                and not _sets_time_limit(node, due_only=True))  # (work it dates: "一、检查对象各区要对…加油站开展全面检查，9月底前完成。",
    # diffreview-ah; not a date the scope names, "计算截止日期为2024年7月31日", corpus 0022)
    opening = opening or qualifying or (title.endswith(rules.background_section_endings) and not title.lstrip("“\"").startswith(rules.improving_verbs))
    targets = not node.children and named in rules.target_section_names  # "二、目标任务" over its targets alone, no item under it (review gk 07)
    if node.children:  # a part whose title has an aim's word with tasks after it over items names tasks ("一、各县区主要目标任务", 安康 国卫巩固,
        for words in rules.aims_with_tasks:  # review hv 07); an item of its own so titled names targets ("一、确定经济总体目标任务。", hc 06)
            title = title.replace(words, "任务")
    return (g.remember(_names_non_task_section, title) or opening or targets) and not title.startswith(rules.task_section_opening_words) \
        and not (_a_units_duties(title) and not any(w in a.title for a in node.ancestors() for w in rules.organisation_section_words))
    # (a body's standing duties under a part on how the work is organised stay none: "二、组织指挥体系及职责" / "（一）县防汛抗旱指挥部主要职责",
    # an emergency plan, diffreview-i2 p07)


def _a_units_duties(title: str) -> bool:
    """A title naming a unit's duties ("卫生部门主要职责" over its duties 1.–6., review hu 01), not an organisation's standing ones
    ("主要职责")."""
    owner = duty_owner(title.strip().rstrip("：:。"))
    return owner is not None and bodies_listed(split_units(owner))


def _work_clause_after(title: str) -> bool:
    """A later clause of the title that opens with a verb of work on a rule or a bar ("…，规范办理…作业审批"), not on leadership."""
    rules = _grammar().rules
    return len(title) <= 40 and any(c.strip().startswith(rules.bar_work_verbs) for c in re.split(r"[，,]", title)[1:])  # (a title, no body run on)


def opens_with_work(text: str) -> bool:
    """A heading or a name that opens with work on what it names, adverbs aside ("持续改善农机作业基础条件", "提高补助标准")."""
    rules = _grammar().rules
    text = text.lstrip("“\"")
    while text.startswith(rules.heading_adverbs):
        text = text[next(len(a) for a in rules.heading_adverbs if text.startswith(a)) :]
    return text.startswith(rules.improving_verbs + rules.bar_work_verbs)


def _sets_time_limit(node: Node, due_only: bool = False) -> bool:
    """Whether the part's text sets a time limit (with due_only, one that says by when: "9月底前", "年底", "年内"; not a day it names)."""
    limit = deadline_in_text("".join(n.own_text for n in [node, *node.walk()]), 2000)  # (any year: "4月底前" is asked for whatever the year)
    return limit is not None and limit.date is not None and (not due_only or limit.text.rstrip().endswith(("前", "底", "末", "内")))


def _names_non_task_section(title: str) -> bool:
    """The words stand in a heading: near its start ("五、工作要求", "（三）切实加强组织领导"), or ending it
    ("进一步加强对困难群众基本生活保障工作的组织领导", corpus 0215, its body run on or not); not further into
    a work item's sentence ("(一)街道安委会各成员单位要按照“一岗双责”的工作要求,加强…", review s7a 07). Asked once per title
    under a grammar (Grammar.remember)."""
    g = _grammar()
    rules = g.rules
    return g.non_task_keyword.search(title) is not None and any(_heads(title, k, rules.object_making_verbs, rules.unit_conjunctions)
                                                                and not (title.startswith(k) and title.startswith(rules.keyword_object_openings, len(k))) for k in rules.non_task_section_keywords) \
        and not any(k in title for k in rules.task_section_keywords)


def _heads(title: str, word: str, object_verbs: tuple[str, ...], conjunctions: tuple[str, ...]) -> bool:
    end = title.find(word) + len(word)
    if end < len(word):
        return False
    # not inside a clause that a 的 closes: a condition or a subject ("二、对于未列入《目录》但已启动组织实施鉴定工作的，各地区…", corpus 0213, review s1)
    clause = re.split(r"[，,；;]", title[end:], maxsplit=1)[0]
    if clause.endswith("的"):
        return False
    # nor the object of a clause that makes or places it ("制定年度总体目标", "纳入安全生产考核范围", reviews br06, bq05)
    clause = re.split(r"[，,；;。]", title[: end - len(word)])[-1]
    verb = max((clause.rfind(v) for v in object_verbs), default=-1)  # (not one a 和 puts apart: "一、制定依据和适用范围", diffreview-ae)
    if verb >= 0 and not any(w in clause[verb:] for w in conjunctions + ("、",)):
        return False
    # (past 20 characters, a word that ends its title or clause, not one a sentence goes on from: "凡符合技师申报条件的工人", corpus 0022)
    return end <= HEADING_TITLE_CHARS or (end <= HEADING_TITLE_CHARS + 10 and title[end : end + 1] not in tuple("，,、；;的"))


def one_of_parallel_groups(node: Node) -> bool:
    """A group whose title names a task section's word not at its start, among sibling groups like it that name no section
    ("(二)落实好省级交通强国试点任务" between "(一)统筹好全市交通强国战略实施" and "(三)…", 武汉 2022 交通运输工作要点, review
    s20a 04): one of the groups, not the notice's task section; its siblings' items are tasks as its own are."""
    rules = _grammar().rules
    if node.parent is None or section_title(node).startswith(rules.task_section_keywords + rules.task_section_opening_words):
        return False
    siblings = [c for c in node.parent.children if c is not node and c.kind == node.kind]
    return bool(siblings) and all(c.children and not is_task_section(c, None) and not is_non_task_section(c) for c in siblings)
