"""Names that can only be bodies' (subjects of work, owners of a group of items), and a paragraph that opens with the units
doing its work and a colon ("市公安局:负责查处违规设点和拦车拉客等行为。", 宜昌 三峡大坝及周边旅游市场秩序专项整治, review dh07)."""
from __future__ import annotations

import re

from .grammar import current as _grammar
from .units import ends_like_unit, is_collective, split_units, starts_like_unit


def body_name(name: str, short: int = 3) -> bool:
    """A name that can only be a body's: it ends as one does (DUTY_UNIT_ENDINGS), opens with no verb or preposition, is no person."""
    rules = _grammar().rules  # (not a person or a thing whose name ends as a body's: "领导干部", "充电基础设施布局", diffreview-au)
    ending = name.endswith(rules.duty_unit_endings) or (name.endswith(rules.placed_duty_unit_endings) and (starts_like_unit(name) or name in rules.placed_duty_unit_endings))
    return short <= len(name) <= _DUTY_NAME and ending and not name.endswith(rules.duty_not_endings) \
        and (not name.startswith(rules.duty_not_openings + rules.work_verbs) or name.startswith(rules.body_name_openings)) \
        and not _grammar().not_a_name.search(name) \
        and not any(is_collective(name[k:]) for k in range(_TITLE_BEFORE_EACH, len(name)))  # (a title run on: "注重分析研究各承办单位要…", 0419)


def names_alone(text: str) -> list[str]:
    """The names of a text that holds bodies' names and nothing else ("汉滨区政府", "县交通局、公路局"), else []; no clause mark in it
    (not the notice's addressees closed by a colon, "某市人民政府：")."""
    text = text.strip()
    names = split_units(text) if 3 <= len(text) <= NAMES_ALONE and not any(ch in text for ch in "。，,；;：:") else []
    return names if names and all(body_name(n, 2 if len(names) > 1 else 3) for n in names) else []


NAMES_ALONE = 30
_DUTY_NAME = 25
_TITLE_BEFORE_EACH = 4


def bracketed_role(name: str) -> str | None:
    """The role a bracket closing a name says ("市文明办（牵头）" -> 牵头), no other name of the unit; None else."""
    bracket = _ALIAS.search(name.rstrip())
    return bracket.group(0)[1:-1] if bracket and _grammar().role_word.fullmatch(bracket.group(0)[1:-1]) else None


def names_work(duty: str) -> bool:
    """A unit's duty after its colon that says what work it does ("依法严厉查处…", "进一步做好…", "发动群众…,协助政府…"): a verb of work,
    a role's, or a duty's opening; not a report's figures ("检查在建工地12个,…已整改31处。") nor a reply ("无修改意见。", diffreview-f2 p03, p04)."""
    rules = _grammar().rules
    return any(w in duty for w in rules.work_verbs + rules.sole_owner_verbs + rules.responsible_verbs + rules.lead_verbs) or duty.lstrip().startswith(rules.duty_openings + rules.duty_modals)


def duty_owner(text: str) -> str | None:
    """The names before words saying what follows is their duties ("工商部门职责" -> 工商部门, "县经济局主要工作任务"); None else."""
    text = text.removesuffix("是")  # "市民政部门主要职责是:" over its duties (a 最低生活保障 细则, review hz 03)
    return next((text[: -len(w)] for w in _grammar().rules.duty_title_endings if text.endswith(w) and len(text) > len(w) + 1), None)


_PHONE = re.compile(r"\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)")
# (its other name in brackets after it: "市委宣传部(文明办):组织实施…", 餐厨废弃物处置 方案, review gv 08)
_COLON_HEAD = re.compile(r"\s*“?([^：:，,。；;（(《“”\s]{2,40}(?:[（(][^（）()：:，,。；;\s]{1,12}[）)])?)”?\s*[：:]\s*(?=\S)")  # (in quotes: "“三防办”:负责…", review hr 01)
_ALIAS = re.compile(r"[（(][^（）()]*[）)]$")


def _headcount(after: str) -> bool:
    """What follows a unit's colon is how many people it sends ("市总工会：分管副主席1名；", "市科学技术局：3名；"), no work (diffreview-k1
    p17, p04)."""
    clause = after[: min((k for k in map(after.find, "；;，,。") if k >= 0), default=len(after))].rstrip()
    words = _grammar().rules.headcount_words
    return clause.endswith(words) and 1 < len(clause) <= _HEADCOUNT and (clause[-2].isdigit() or clause[-2] in "一二两三四五六七八九十") and not names_work(clause)


_HEADCOUNT = 10  # ("分管副主席1名"; not "每所中小学校配备专职安全管理人员不少于1名", diffreview-k2 p12)


def after_colon(text: str) -> str:
    """What follows the units and the colon a line opens with ("公安机关：负责养犬登记…" -> "负责养犬登记…"); the text else."""
    m = _COLON_HEAD.match(text)
    return text[m.end() :] if m else text


def colon_units(text: str) -> list[str]:
    """The units a paragraph opens with before a colon, its work after it: "市公安局:负责查处…", "秭归县、夷陵区、西陵区、伍家岗区政府和
    宜昌开发区管委会:负责本辖区内…" (review dh07). Every name a body's; no label ("责任单位:…", "联系人:…")."""
    m = _COLON_HEAD.match(text)
    if m is None:
        return []
    g = _grammar()
    rules = g.rules  # a name opening as a place's body does ("县公安局：依法严厉打击…", diffreview-ax), or its work after the colon a verb
    after = text[m.end() : m.end() + 40]  # (not a contact, "市教育局：王明，0719-8221234。", nor a report, "…：截至6月底，…", diffreview-d1 p02, p03)
    if after.startswith(rules.colon_not_work_openings) or _PHONE.search(after) or _headcount(after):
        return []
    if text.lstrip().startswith("“") and not m.group(1).endswith(rules.quoted_unit_endings):
        return []  # in quotes an office's short name ("“三防办”:"), not a campaign's ("“清廉机关”：推进…", diffreview-i1 p27)
    verbs = rules.sole_owner_verbs + rules.work_verbs + rules.duty_openings + rules.lead_verbs + rules.duty_modals + rules.colon_work_openings
    head = m.group(1)  # or the units, then words saying what follows is their duties ("(九)工商部门职责:依法确认…", 资阳 整治道路客运, review fl04)
    owner = duty_owner(head)
    # (a list closed by 等 and a word for any body: "教育、科技、民政、…、扶贫开发等部门:在制订有关政策时…", "工会、共青团、妇联和
    # 计生协会等单位:发动群众…", 关爱女孩行动 实施方案, review gp 04 — each listed, the word for them dropped)
    generic = next((w for w in rules.generic_after_etc if head.endswith("等" + w)), None) if "、" in head else None
    listed = generic is not None and names_work(text[m.end() :])
    if owner is None and not starts_like_unit(head) and not listed and not text.startswith(verbs, m.end()) \
            and not (head.endswith(rules.title_unit_endings) and names_work(text[m.end() :]) and not _grammar().label_line.match(text)):
        return []  # (not what is checked or built: "中小学校：重点排查…", diffreview-aw; a name that can only be a body's is one, its city's name
        # before it: "惠州海事局:根据三防指挥部的要求,协助…", "惠州供电局:确保…", 惠州 防御台风 预案, review is 08)
    if g.label_line.match(text):
        return []  # (a field's label is no body's name: "活动时间:", "组织单位:" fail body_name)
    names = split_units(owner or head)
    # (a role in brackets is no other name: "市文明办（牵头）：负责…", "市城管局（配合）：…", diffreview-f1 p25)
    names = [n[: -len(role) - 2] if (role := bracketed_role(n)) else n for n in names]
    if generic and names and names[-1].endswith("等" + generic):
        names[-1] = names[-1][: -len(generic) - 1]
    listed = listed and len(names) >= _LISTED  # (what is checked names no work: "学校、医院、养老院等单位:重点检查消防通道…",
    # diffreview-f2 p05; two names are often what is checked: "中小学校、幼儿园等单位:重点排查…")
    before, etc, kind = names[-1].rpartition("等") if names else ("", "", "")
    # the bodies of a kind, 等 and the kind: "移动、电信、联通等通信部门职责:" ("牛皮癣"广告 停机 方案, review gv 06); the others no units'
    # names of their own (not "市教育局、各中等职业学校:", 中等 a word, diffreview-f1 p34)
    if etc and before and len(names) >= 2 and body_name(kind) and not any(ends_like_unit(n) for n in names[:-1]):
        names = names[:-1] + [before, kind]
    else:
        kind = ""
    if owner and any(n in g.listed_labels for n in names):
        return []  # (a label's duties: "牵头单位职责:…")
    short = 2 if len(names) >= 2 else 3
    # (places beside a body in one list: "秭归县、夷陵区、…伍家岗区政府和宜昌开发区管委会")
    bodies = [body_name(bare := _ALIAS.sub("", n), short) or (is_collective(bare) and len(bare) <= 10) for n in names]
    # (beside a body whose duties the words say, a name ending as a unit's: "广电局、资阳日报社职责:")
    # (or a field's name before a body, sharing its word: "监察、纠风部门:负责查处…", 出租汽车 专项治理, review ib 08)
    fields = g.rules.sector_names if bodies[-1] else ()
    return names if names and (any(bodies) or listed) and all(bool(kind or listed) or b or place_level(n) or (owner and ends_like_unit(n))
                                                             or n in fields for n, b in zip(names, bodies)) else []


_PLACE = 6
_LISTED = 3


def place_level(name: str) -> bool:
    """A short place before a body in one list, a level of places and no body of its own ("秭归县、…政府", "县(市)、区民政局", review hz 08)."""
    return _ALIAS.sub("", name).endswith(_grammar().rules.place_words) and len(name) <= _PLACE


def bodies_listed(names: list[str], short: int = 2) -> bool:
    """Every name a body's, or a level of places before the last ("县(市)、区民政局主要职责是:", review hz 08)."""
    return bool(names) and all(body_name(n, short) or k < len(names) - 1 and place_level(n) for k, n in enumerate(names))
