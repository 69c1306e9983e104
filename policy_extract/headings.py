"""What a title over items says of them: the lead units it names ("一、县示范区管委会牵头工作(8项)",
"(二)省审计厅牵头的工作"), the unit it is ("（一）区交通委" over its duties 1.–5.) and the leader ("一、于会游市长主抓重点工作")
of the tasks under it."""
from __future__ import annotations

import re

from .grammar import current as _grammar
from .markers import match_marker
from .segment import Node
from .segment_breaks import leads_in_to_duties
from .subjects import duty_subject, subject_note
from .unit_labels import after_colon, body_name, colon_units, duty_owner, names_alone, place_level
from .units import ends_like_unit, is_collective, name_shaped, split_units, starts_like_unit


def heading_leaders(node: Node) -> list[str]:
    """The leader a title above the task names over its tasks ("一、于会游市长主抓重点工作")."""
    for ancestor in node.ancestors():
        leaders = title_leader(ancestor.title)
        if leaders:
            return leaders
    return []


def heading_leads(node: Node) -> list[str]:
    """The lead units a title above the task names for its tasks ("一、县示范区管委会牵头工作(8项)")."""
    for ancestor in node.ancestors():
        m = _grammar().lead_heading.match(ancestor.title)
        if m:
            units = split_units(m.group("units"))
            if units and all(ends_like_unit(u) for u in units):
                return units
    return []


def title_lead(text: str) -> tuple[list[str], str]:
    """An item whose title names its lead over its own text ("(二)省审计厅牵头的工作", "全面加强审计
    工作。", 山西 2008 工作目标责任分解): the lead units and the text after the title."""
    m = _grammar().lead_heading.match(text)
    units = split_units(m.group("units")) if m else []
    if not units or not all(ends_like_unit(u) for u in units) or not text[m.end() :].strip():
        return [], text
    return units, text[m.end() :].strip()


def title_leader(title: str) -> list[str]:
    """The leader a part's or group's title names ("于会游市长主抓重点工作", "(一)刘忻市长牵头重点工作")."""
    marker = match_marker(title)
    m = _grammar().leader_heading.match(title[marker.end :] if marker else title)
    if m and m.group("office_first"):  # "区长陈兴立牵头重点工作": as printed
        return [m.group("office_first") + m.group("name_after")] if _named(m.group("name_after")) else []
    return [m.group("name") + m.group("office")] if m and _named(m.group("name")) else []


def _named(name: str) -> bool:
    """A person's name before or after an office in a leader's heading: a common surname's, or any two or
    three characters that neither end nor open like a unit ("洪湖鹏市长主抓重点工作", 湖州 2024, review r36a 08)."""
    g = _grammar()
    return name_shaped(name) or (len(name) in (2, 3) and not ends_like_unit(name) and not starts_like_unit(name)
                                 and not any(w in name for w in g.rules.leader_heading_verbs + g.role_words))


def unit_heading(node: Node) -> list[str]:
    """The units a group's title is, alone, among sibling groups titled so: a division of duties by unit ("四、职责分工" over
    "（一）区交通委" with its items 1.–5., "（二）区公安分局" with a paragraph, "（九）相关街镇", 松江区 2017 停车资源共享利用,
    review bt02) — the units responsible for the work under each. [] for any other title."""
    rules = _grammar().rules  # or titled as the owner of what follows: "(一)县信访局:" over its items 1.–9. (review dj02)
    duties = node.parent is not None and any(w in node.parent.title for w in rules.duty_section_words)
    # (a title closed by a colon, under a part on duties or tasks: not "二、排查重点" / "（一）中小学校：", what is checked, diffreview-av)
    colon = node.title.rstrip().endswith(("：", ":")) and node.parent is not None and (duties or any(w in node.parent.title for w in rules.task_section_keywords))
    says_duties = node.title.rstrip("：: ").removesuffix("是").endswith(rules.duty_title_endings)  # ("第三十五条 县(市)、区民政局主要职责是:", hz 08)
    owned = colon or says_duties
    if node.parent is not None and node.children and (owner := _owner_of_duty_items(node)):
        return owner
    if node.parent is not None and not (owned or duties) and (node.children or _works_below_title(node)):
        return _parallel_bodies(node)
    if node.parent is None or not (owned or duties):
        return []  # under a part on duties, not contacts, scope, members or last year's results (diffreview-af); asked first, it is cheap
    names = _title_units(node.title, loose=duties)
    if not names or not (node.children or node.own_text.strip() != node.title.strip()):
        return []
    if says_duties or colon:  # its title says so, or closes on a colon ("(一)县信访局:" over 1、–9、, review gh 02): no sibling titled so
        return names  # needed (the next group cut off the page, review dj07)
    siblings = [c for c in node.parent.children if c is not node and c.kind == node.kind]
    # (or whose titles open with their units and a colon: "2.财政部门:负责筹集…" beside "1.农业部门。" over its duties, review hp 05)
    return names if any(_title_units(c.title, duties) or (duties and colon_units(c.title)) for c in siblings) else []


def _title_units(title: str, loose: bool = False) -> list[str]:
    """The units a group's title names alone; `loose` (under a part on duties), a body named by its field and kind too ("1.农业部门。"
    over its duties (1)–(10), 动物疫情 应急预案, review hp 05)."""
    marker = match_marker(title)
    rules = _grammar().rules
    text = (title[marker.end :] if marker else title).strip().rstrip("：:。")
    owner = _set_up_owner(text) or duty_owner(text)  # "(一)县委职责" (dj07); not a part's title run on into it ("职责分工(二)乡(镇)人民政府的工作职责", flattened, diffreview-d1)
    if owner and any(w in owner for w in rules.duty_section_words):
        return []
    text = owner or text
    if not text or len(text) > 30 or any(ch in text for ch in "，,。；;：:") or text.startswith(rules.setting_up_verbs):
        return []  # (a name's bracket stays: "(二)各乡镇、各单位(系统)", review dj02)
    names = split_units(text)
    # (a place's or a collective's body: not "领导小组", "办公室" over an organisation's members and office; a title naming the
    # unit's duties names any body, "盟发改委", "县委")
    g = _grammar()  # (nor a sentence: "各级党委和政府要履行科普工作领导责任")
    if owner:  # ("认真履行职责。…", "明确部门职责", "岗位职责": a title, no unit, corpus 0171, 0978, 0957; nor a label, "牵头单位职责")
        return names if all(body_name(n, 2) and (len(n) >= 3 or starts_like_unit(n)) and n not in g.listed_labels  # ("部门职责"; a level of places
                            or k < len(names) - 1 and place_level(n) for k, n in enumerate(names)) else []  # before the body, "县(市)、区民政局", hz 08)
    return names if names and all((starts_like_unit(n) or loose and body_name(n) and n.endswith(rules.generic_after_etc)) and len(n) <= 15 and not g.not_a_name.search(n)
                                  and ((len(n) >= 3 and ends_like_unit(n)) or is_collective(n)) for n in names) else []


def _named_last_before(node: Node, names: list[str], read) -> list[str]:
    """`names`, or those of the last line `read` finds closing an item before `node` among its siblings: a group's units hold up to the next
    such line ("市住建局" after "2、…", diffreview-i2 p27; "市卫生健康委主要职责:" after "2.…", diffreview-j4 p31)."""
    for sibling in node.parent.children:
        if sibling is node:
            break
        if len(sibling.paras) > 1 and (later := read(sibling.paras[-1].text)):
            names = later
    return names


def _duties_owner_line(text: str) -> list[str]:
    """The bodies a short unnumbered line closed by a colon names as the owners of the duties below ("各街道办事处主要职责:"); [] else."""
    text = text.strip()
    owner = duty_owner(text.rstrip("：:")) if text.endswith(("：", ":")) and len(text) <= _OWNER_LINE and not re.search(r"[。，,；;]", text) else None
    names = split_units(owner) if owner else []
    return names if names and all(body_name(n, 3) or is_collective(n) and ends_like_unit(n) for n in names) else []


_OWNER_LINE = 30


def _set_up_owner(text: str) -> str | None:
    """The bodies a title names as setting up the office whose duties follow ("1、市民政部门设立办事机构,其职责是:", "3、街道办事处或乡(镇)
    人民政府成立审核小组,…,其职责是:", 九江市城市居民最低生活保障办法实施细则, review hz 03): the names before the verb of its first clause."""
    rules = _grammar().rules
    owner = duty_owner(text)  # "…,其职责是": the duties of the office the clause before sets up
    if owner is None or not owner.endswith(_ITS) or owner[-len(_ITS) - 1 : -len(_ITS)] not in "，,":
        return None
    clause = text[: min(k for k in (text.find("，"), text.find(","), len(text)) if k >= 0)]
    at = min((k for k in (clause.find(v) for v in rules.setting_up_verbs) if k > 0), default=-1)
    return clause[:at] if at > 0 else None


_ITS = "其"
_PARALLEL_MIN = 3  # groups titled by a body's name, one after another, each over its items


def _parallel_bodies(node: Node) -> list[str]:
    """A group titled by a body's name alone, its other name in brackets after it, among three groups or more, every one of them titled
    so and over items of its own: each body's work is its items ("(一)综合办公室(党群工作部、监察室、督查室、财务室)" / "(1)年度主要任务与
    要求:" / "①…;②…", "(二)招商合作局(行政审批局、政务服务中心)", 双牌工业集中区 2019 部室任务, review ec04). Not "(一)领导小组" / "(二)办公室"."""
    key = ("parallel_bodies", node.kind)  # asked of every group: the siblings are read once, on their parent
    parallel = node.parent.readings.get(key)
    if parallel is None:
        kin = [c for c in node.parent.children if c.kind == node.kind]
        parallel = node.parent.readings[key] = len(kin) >= _PARALLEL_MIN and all((c.children or _works_below_title(c)) and _body_title(c.title) for c in kin)
    return [_body_title(node.title)] if parallel else []


def _works_below_title(node: Node) -> bool:
    """A group with no items whose title stands on a line of its own over its paragraph ("(四)工商部门" / "查处非法拼装、改装汽车…",
    治理超限超载 部门职责, review ib 03)."""
    head, _, below = node.own_text.strip().partition("\n")  # (its work: not "联系人:…", "督查时间:…", diffreview-j2 p23, p40)
    field = re.match(r"\s*[^，,。；;：:]{1,8}[：:]", below)  # (a field's label opens it: "联系人:", "督查时间:")
    return bool(below) and head.strip() == node.title.strip() and field is None


def _owner_of_duty_items(node: Node) -> list[str]:
    """A group titled by a body's name alone over items that open with the duty's verb and no subject of their own ("一、学院办公室" /
    "联系人:郑大远" / "(一)负责起草校领导的开幕词。" / "(二)负责开幕式主席台…", 运动会各部门工作安排, review gx 07): the bare X负责 of
    the contract split between the title and its items, the body responsible for them. Two such items at least, half the group's."""
    if "duty_items_owner" in node.readings:  # (asked of the group for every task below it: read once)
        return node.readings["duty_items_owner"]
    verbs = (rules := _grammar().rules).sole_owner_verbs + rules.assisting_verbs  # ("(六)协助校工会和学工部安排…")
    opening = sum(1 for c in node.children if c.own_text.lstrip().startswith(verbs))
    owner = []
    if opening >= 2 and 2 * opening >= len(node.children):
        marker = match_marker(node.title)
        text = (node.title[marker.end :] if marker else node.title).strip().rstrip("：:。")
        owner = _title_units(node.title) or ([text] if body_name(text) and text not in _grammar().listed_labels else [])
    node.readings["duty_items_owner"] = owner
    return owner


def _body_title(title: str) -> str:
    """The title when it is a body's name (an alias in brackets after it allowed), four characters or more; else ""."""
    marker = match_marker(title)
    text = (title[marker.end :] if marker else title).strip().rstrip("：:。")
    name = text.split("(")[0].split("（")[0]
    alias = text[len(name) :]
    if alias and not (alias[0] in "(（" and alias[-1] in ")）") or any(ch.isdigit() for ch in alias) or len(name) > _BODY_NAME:
        return ""  # (not a kind of school counted: "二、限期整改学校（5所）" over their names, corpus 1008)
    kinds = _grammar().rules.bare_unit_kinds  # (a kind of body, no body's name: "一、协议医疗服务机构" over a list of hospitals, corpus 0320)
    # (a department by its field is a body: "(二)公安部门", "(三)发展改革部门", review ib 03)
    field = name.endswith(_DEPARTMENT) and len(name) <= _FIELD_DEPARTMENT
    return text if len(name) >= 4 and body_name(name, 4) and name not in _grammar().listed_labels and (field or not name.endswith(kinds)) else ""


_DEPARTMENT = "部门"
_BODY_NAME = 20  # ("中国铁塔股份有限公司汉中市分公司", diffreview-j2 p22)
_FIELD_DEPARTMENT = 8


def lead_in_units(node: Node) -> list[str]:
    """The units the paragraph right before a list of items names as their subject where it leads in to their duties ("区行政审批局负责
    贯彻落实…。主要职责是:" over "(一)负责指导推进全区行政审批制度改革工作…" … "(八)完成区委、区政府交办的其他任务。", 常州天宁区 行政审批局
    职责, review hx 08): each item's unit. [] where no such paragraph stands before the item's first sibling."""
    parent = node.parent
    if parent is None or not parent.children:
        return []
    first = parent.children[0].start_line
    own = parent.paras if parent.kind == "root" else parent.paras[1:]  # (not the part's own title)
    before = [p for p in own if p.end_line <= first and p.kind == "para"]
    # a line that is a body's name alone over them: "一、各县区主要目标任务" / "汉滨区政府" / "1、加强城区垃圾站台…" (review hv 07), under a part,
    # not a notice's signer over its first items (diffreview-i2 p28); or a line naming whose duties follow: "各街道办事处主要职责:" over 1.–3.
    # (a 物业管理 plan, held-out round if's form)
    for read in ((names_alone,) if parent.kind != "root" else ()) + (_duties_owner_line,):
        if before and (names := read(before[-1].text)):
            return _named_last_before(node, names, read)
    if not before or not leads_in_to_duties(before[-1].text):
        return []
    note = subject_note(before[-1].text) or duty_subject(before[-1].text.partition("。")[0] + "。")
    return note.responsible if note is not None and not note.lead else []


def duty_by_colon(node: Node) -> bool:
    """An item opening with its units and a colon, its duty after it, under a part dividing the work by unit ("四、工作责任" over
    "(一)交通部门:负责组织协调开展打击非法营运…", "(二)公安部门:负责协助…", 打击非法营运出租汽车专项治理, review fl06; a later
    "五、工作重点" had made the part no task's), or among three siblings or more that all open so: each unit's work."""
    if node.children or node.parent is None or not colon_units(node.own_text):
        return False
    if any(w in node.parent.title for w in _grammar().rules.duty_section_words):
        return True
    key = ("all_open_with_units", node.kind)  # (asked of every such sibling: read once, on their parent)
    if key not in node.parent.readings:
        kin = [c for c in node.parent.children if c.kind == node.kind]
        node.parent.readings[key] = len(kin) >= 3 and all(colon_units(c.own_text) for c in kin)
    return node.parent.readings[key]


def under_duties(node: Node) -> bool:
    """An article or chapter above the item speaks of duties ("第五条 各级各部门…承担预防中小学生溺水工作职责。", "第二章 管理职责", hu 08), not of
    quotas, penalties or parties' obligations (diffreview-k1 p04, p02, p08)."""
    rules = _grammar().rules  # (or the duty after the colon opens with 负责: "（一）公安机关：负责养犬登记…" under "…按照下列规定做好…工作：", k2 p11;
    if any(n.endswith(rules.regulated_party_endings) for n in colon_units(node.own_text)):  # not a regulated party's: "（一）建设单位：负责…", k3 p22)
        return False
    return any(w in a.paras[0].text for a in node.ancestors() if a.paras and a.kind in ("article", "chapter") for w in rules.duty_section_words) \
        or after_colon(node.own_text).startswith(rules.sole_owner_verbs)
