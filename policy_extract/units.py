"""Unit lists: a printed list of units -> one name per unit, as printed.

    市级有关部门和各县(区)政府、各园区     -> 市级有关部门, 各县(区)政府, 各园区
    市行政审批局 市司法局                  -> 市行政审批局, 市司法局   (spaces between whole names)
    X、Y等市级相关单位 · X等部门           -> X, Y, 市级相关单位 · X
    市发改委（牵头）、市财政局             -> lead 市发改委, responsible 市财政局
    市发改委（张三）、招商工作部 叶林       -> units 市发改委, 招商工作部; people 张三, 叶林 (people_apart)
What ends or starts a unit name, which words join two names, what 等 leaves out, which words name a person: rules.py."""
from __future__ import annotations

import re

from .brackets import split_top_level
from .grammar import current as _grammar

_SEPARATORS = "、，,；;"
_SPACE = re.compile(r"\s+")


def clauses_apart_by_dun(clause: str) -> list[str]:
    """"市住建局牵头、市财政局配合": two clauses of a note that a 、 sets apart after a role verb."""
    if "、" not in clause:
        return [clause]
    g = _grammar()
    verb = g.role_word.search(clause)
    if verb is None or verb.end() >= len(clause.rstrip()):
        return [clause]  # no verb, or only the one that closes the clause
    out, run = [], []
    for part in split_top_level(clause, "、"):
        run.append(part)
        if ends_with_role_verb(part):
            out.append("、".join(run))
            run = []
    return out + (["、".join(run)] if run else [])


def without_manner(units: str) -> str:
    """The names before a verb without how they do the work ("各有关部门分别按照各自职责积极配合", corpus 0634)."""
    bare = (g := _grammar()).manner_tail.sub("", g.manner_tail.sub("", units))
    return units if g.role_word.search(bare) else bare  # "分工负责为各部门按职责分别牵头" (a legend, 0049): no names


def ends_with_role_verb(clause: str) -> bool:
    """"市财政局配合", "X牵头", "Y负责": a clause closed by a lead, responsible or sole owner's verb."""
    g, clause = _grammar(), clause.strip().rstrip("。")
    return any(v.search(clause) for v in (g.lead_verb, g.responsible_verb, g.sole_verb))


def names_only(names: list[str]) -> list[str]:
    """A labelled list up to the first entry that reads as a sentence: the text after the list, its
    line break lost ("成员单位:…区交警大队和路街道办事处以解放路以北的路三个街道办事处区域为重点,主要解决…",
    区建委城市环境整治方案, review r19b 03 flattened); "有政务服务事项的市级部门" ends like a unit and stays."""
    bad = _grammar().not_a_name
    k = next((i for i, n in enumerate(names) if i and not ends_like_unit(n) and (bad.search(n) or len(n) > 30) and not unit_of_leadership(n)), len(names))
    at = min((names[k].find(w) for w in _grammar().rules.list_end_words if w in names[k]), default=-1) if k < len(names) else -1
    return names[:k] + ([names[k][:at]] if at >= 3 and ends_like_unit(names[k][:at]) else [])  # "…各片区管理局对于其他领域，…" (review bh03)


def ends_like_unit(text: str) -> bool:
    text, rules = text.rstrip(), _grammar().rules  # (not a count: "新建城区小学1所", diffreview-az p44)
    return bool(text) and (text.endswith(rules.unit_suffixes) and not text.endswith(rules.not_unit_endings) and not text[-2:-1].isdigit() or text[-1] in "）)〕")  # "各县〔市、区〕政府〔管委会〕" (许昌 2026, s4b 04)


def starts_like_unit(text: str) -> bool:
    return text.lstrip().startswith(_grammar().rules.unit_prefixes)


def _split_spaces(part: str) -> list[str]:
    """Spaces inside a unit list: separators between whole names, wrap debris elsewhere."""
    tokens = _SPACE.split(part.strip())
    if len(tokens) == 1:
        return tokens if tokens[0] else []  # no space: the part whole
    out: list[str] = []
    for token in tokens:
        if not token:
            continue
        person = len(out) >= 2 and ends_like_unit(out[-2]) and name_shaped(out[-1]) and ends_like_unit(token)  # "市发改委 张三 市财政局"
        # a body's word alone ("西咸新区 管委会": a name wrapped before its ending) never names a unit
        bare_body = len(token) >= 2 and token in _grammar().rules.unit_suffixes and token not in _grammar().rules.place_unit_endings
        bare_body = bare_body or token in _grammar().place_bodies  # "各市(州) 人民政府" (四川 节能减排 from a PDF, review s12b 03)
        # and inside an open bracket ("各县 (市、 区 ) 政府", 南平 2022 政务公开, review r37b 04)
        unclosed = out and out[-1].count("(") + out[-1].count("（") > out[-1].count(")") + out[-1].count("）")
        # or a collective's words alone ("各相关 区人民政府", 武汉 2022 改善空气质量, review s5a 03): no name yet
        words = out and _collective_words_only(out[-1])
        if out and not person and (token[0] in "（(" or unclosed or not ends_like_unit(out[-1]) or len(out[-1]) < 3 or bare_body or words):
            out[-1] += token
        else:
            out.append(token)
    return out


def _split_conjunctions(part: str) -> list[str]:
    for word in _grammar().rules.unit_conjunctions:
        idx = part.find(word)
        while idx > 0:
            left, right = part[:idx], part[idx + len(word) :]
            new_unit = starts_like_unit(right) or (len(right) >= 3 and ends_like_unit(right))
            # (a place's other body alone names no unit of its own: "各县(市、区)党委和人民政府", "高新区党工委和管委会", review cq05)
            new_unit = new_unit and right not in _grammar().place_bodies
            # (a bureau by its field before a collective or a place's unit: "财政和有关城区政府", "财政和市税务局" (diffreview-g2 p21); not
            # "交通与建设处", "规划和国土资源委员会", one name, diffreview-g1 p25)
            sector = left in _grammar().rules.sector_names and (is_collective(right) or right.startswith(_grammar().rules.place_words) and ends_like_unit(right))
            if (ends_like_unit(left) or sector) and new_unit and left.count("（") == left.count("）") and left.count("(") == left.count(")"):
                return _split_conjunctions(left) + _split_conjunctions(right)
            idx = part.find(word, idx + 1)
    return [part]


def split_etc(part: str) -> list[str]:
    """"X等市级相关单位" -> X, 市级相关单位; "市邮政管理局等" -> 市邮政管理局; "X等5个部门" stays."""
    if _grammar().counted_group.search(part):
        return [part]
    if part.endswith("等"):
        return [part[:-1]]
    idx = part.find("等")
    while idx > 0:
        left, right = part[:idx], part[idx + 1 :]
        if (ends_like_unit(left) or left in _grammar().rules.sector_names) and right:  # ("工商、质监、公安等部门配合", corpus 0634)
            if right in _grammar().rules.generic_after_etc:
                return [left]
            return [left] + split_etc(right)
        idx = part.find("等", idx + 1)
    return [part]


def clean_unit(name: str) -> str:
    g = _grammar()
    name = g.remark.sub("", name.strip())  # "(除标注…外，列第一位为牵头单位，下同)" is a remark, not an alias
    name = g.same_below.sub("", name)  # "各市（含定州、辛集市，下同）政府": 下同 instructs, it is no part of the name
    name = g.group_alias.sub("", name.strip())
    name = g.name_opening.sub("", name.strip().strip("。.；;，,、:："))
    name = next((name[m.end() :] for m in list(g.by_inside.finditer(name))[-1:] if len(name) - m.end() >= 3 and name[: m.start()].endswith(g.rules.work_subject_endings)
                 and ends_like_unit(name[m.end() :])),
                name)  # the work before 由 is no part of the name: "本市水资源基础调查工作由市规划资源局牵头" (review by03)
    count = g.people_count.search(name)  # "市安监局1名县级领导带队": the unit's people after its name; "2名专业人员" names none
    name = name if count is None else "" if count.start() == 0 else name[: count.start()] if count.start() >= 3 and ends_like_unit(name[: count.start()]) else name
    stem = next((name[: -len(v)] for v in g.rules.work_verbs if name.endswith(v)), "").strip()  # "各区政府组织落实" (aa01), not 各基层党组织 (diffreview-x)
    return stem if len(stem) >= 3 and ends_like_unit(stem) and not stem.endswith("社会") else name.strip()


_COLLECTIVE = ("各", "有关", "相关", "所属", "直属")  # a name of many units, whose words the next kind shares
_BODY_KINDS = ("部门", "单位", "机构")


def _collective_words_only(token: str) -> bool:
    for word in _COLLECTIVE:
        token = token.replace(word, "")
    return not token


def is_collective(name: str) -> bool:
    """A name of many units by its opening ("各县(区)政府", "有关部门", "相关单位"), whatever it ends with."""
    return name.startswith(_COLLECTIVE[:3])


def _rejoin_fragments(parts: list[str]) -> list[str]:
    """"各县、市、区政府" is one unit: a one-character part joins its neighbours; a part that only
    names a kind of unit ("单位" in "市直有关部门、单位") joins a collective name before it. Places listed after 各 are
    units as printed ("各区、县级市政府" is 各区 and 县级市政府, as the contract splits "江岸、江汉、汉阳、武昌区人民政府")."""
    out: list[str] = []
    glue = False
    kinds = _grammar().rules.bare_unit_kinds
    for part in parts:
        stripped = part.strip()
        opening = next((k for k in kinds if stripped.startswith(k)), None) if out and stripped.startswith(kinds) else None
        head = next((opening + c for c in _grammar().rules.unit_conjunctions if stripped.startswith(opening + c)), None) if opening else None
        if head and any(w in out[-1] for w in _COLLECTIVE):  # "各有关部门、单位和地方各级人民政府" (corpus 0015): 单位 is the collective's
            out[-1] += "、" + opening
            part = stripped[len(head) :]
        short = len(part.strip()) == 1
        # "…等部门、单位" (北仑区 2024, review r32b 03): the kind after 等's kind shares it, a body's a body's, a place's a place's
        # ("区相关部门、街道、板块协办": 街道 a unit of its own, review r40b 03)
        shared = part.strip() in kinds and (any(w in out[-1] for w in _COLLECTIVE) or out[-1].endswith(tuple("等" + k for k in kinds))) \
            and (part.strip() in _BODY_KINDS) == out[-1].rstrip().endswith(_BODY_KINDS) if out else False
        if out and (short or glue or shared):
            out[-1] = out[-1] + "、" + part
        else:
            out.append(part)
        glue = short
    return out


def split_glued_names(text: str) -> list[str]:
    """Unit names printed with nothing between them, where a table lost its separators
    ("县水务局县住建局县护城河指挥部"): cut after a body's ending (局, 委, 办, 中心 …; not a
    place's: 市, 县) where the next name opens like one (县, 市, 区, 省, 各 …)."""
    text = text.strip()
    if not text:
        return []
    cuts = [m.end() for m in _grammar().glued_name_end.finditer(text) if m.end() < len(text)]
    bounds = [0] + cuts + [len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if text[a:b]]


def split_units(text: str) -> list[str]:
    """A printed list of units -> one name per unit, as printed, without wrap debris."""
    text = text.strip().strip("。")
    no_unit = _grammar().rules.no_unit_cells
    if not text or text in no_unit:
        return []
    explicit = any(sep in text for sep in _SEPARATORS)
    names: list[str] = []
    remember = _grammar().remember
    for part in _rejoin_fragments(split_top_level(text, _SEPARATORS)):
        pieces = remember(_person_after_space if explicit else _split_spaces, part)  # (parts recur cell after cell)
        for piece in pieces:
            for name in remember(_names_in_piece, piece):
                if name not in no_unit and name not in names:
                    names.append(name)
    return names


def split_people(text: str) -> list[str]:
    """A leader cell -> one entry per person: names apart by 、，, or spaces, a two-character
    name printed with a space inside it whole ("耿 峰 彭开国" -> 耿峰, 彭开国; 周村区 2023).
    A cell holding anything but bare names (an office, "省政府分管领导同志") is split as units are."""
    tokens = [t for t in re.split(r"[、，,；;\s]+", text.strip()) if t]
    if not tokens or not all(1 <= len(t) <= 3 and _HAN_NAME_CHARS.fullmatch(t) for t in tokens):
        return split_units(text)
    people: list[str] = []
    for token in tokens:
        if len(token) == 1 and people and len(people[-1]) == 1:
            people[-1] += token
        else:
            people.append(token)
    return people if all(len(p) >= 2 for p in people) else split_units(text)


def _names_in_piece(piece: str) -> tuple[str, ...]:
    """The names one list item holds: "X和Y" two, "X等市级相关单位" two, cleaned."""
    names = (clean_unit(name) for sub in _split_conjunctions(piece) for name in split_etc(sub))
    # and names a lost line break glued ("区人社局区农业农村局区发改委", 谯城区 2025 flattened, review r17a 03), each a unit's
    return tuple(part for name in names if name for part in _glued_apart(name))


def _glued_apart(name: str) -> list[str]:
    parts = split_glued_names(name) if len(name) >= 7 else [name]  # "…市司法局市级相关单位": two (西安 2022 flattened, s12c 07)
    grouped = any(w in p for p in parts[:-1] for w in _COLLECTIVE) or parts[-1].startswith("各")  # not "省人民政府各部门", "…小组各成员单位"
    if len(parts) > 1 and not grouped and all(len(p) >= 3 and ends_like_unit(p) for p in parts):
        roles = _grammar().rules.roles_before_names  # a role glued before the name it describes is no unit: "包片单位县气象局" (平利 巡查, review hq 05)
        return [p for i, p in enumerate(parts) if i + 1 == len(parts) or not (p.endswith(roles) and starts_like_unit(parts[i + 1]))]
    return [name]


def split_roles(text: str) -> tuple[list[str], list[str]]:
    """A 责任单位 list that names its lead inside it: "市发改委（牵头）、市财政局"."""
    lead, responsible = [], []
    lead_mark = _grammar().lead_mark
    for name in split_units(text):
        m = lead_mark.search(name)
        if m:
            lead.append((name[: m.start()] if m.start() else name[m.end() :]).strip())  # the mark after the name, or before it
        else:
            responsible.append(name)
    return lead, responsible


# --- people beside units ---------------------------------------------------------------
_HAN_NAME = re.compile(r"[^\W\d_a-zA-Z]{2,3}")
_HAN_NAME_CHARS = re.compile(r"[^\W\d_a-zA-Z]+")
_BRACKETED = re.compile(r"(?P<head>[^（(]+)[（(](?P<inner>[^（）()]+)[）)]")


def _person_after_space(part: str) -> list[str]:
    """A part of a list with explicit separators: spaces are wrap debris ("西咸新 区管委会"), except one before a person ("市教育局 李四")."""
    tokens = _split_spaces(part)
    if len(tokens) >= 2 and ends_like_unit(tokens[-2]) and (name_shaped(tokens[-1]) or titled_person(tokens[-1])):
        return ["".join(tokens[:-1]), tokens[-1]]
    if len(tokens) >= 2 and all(len(t) >= 3 and ends_like_unit(t) and not t.startswith(("等", "和", "及")) for t in tokens):
        return tokens  # whole names a space apart ("区自然资源局 区农业农村局 各镇政府、街道办事处", 周村区 2023)
    return [_SPACE.sub("", part)]


def name_shaped(token: str) -> bool:
    """"张三", "叶林": two or three characters opening with a common surname (rules.PERSON_SURNAMES)
    that neither end nor open like a unit. A person only where it stands beside a unit."""
    return (
        2 <= len(token) <= 3
        and bool(_HAN_NAME.fullmatch(token))
        and token.startswith(_grammar().rules.person_surnames)
        and not ends_like_unit(token)
        and not starts_like_unit(token)
    )


def titled_person(token: str) -> bool:
    """A person named by office: "张三副市长", "省政府分管领导同志", "省发改委主任", "市发改委主任张三"."""
    titles = _grammar().rules.person_titles
    if token.endswith(titles):
        return True
    return any(len(token) > k + 1 and token[:-k].endswith(titles) and name_shaped(token[-k:]) for k in (2, 3))


def unit_of_leadership(name: str) -> str | None:
    """The unit of "X主要领导", "X主要负责同志": a person the unit's leadership stands for."""
    for word in _grammar().rules.unit_leadership_words:
        if name.endswith(word) and ends_like_unit(name[: -len(word)]) and len(name) - len(word) >= 3:
            return name[: -len(word)]
    return None


def _bracketed_people(name: str) -> tuple[list[str], list[str]] | None:
    """"市发改委（张三）", "市发改委(张三副市长)", "市发改委（责任人：张三）" -> unit, people;
    "张三（市发改委）" -> the unit in brackets, the person before it; "沈小平（省发改委主任）" -> a person."""
    m = _BRACKETED.fullmatch(name)
    if m is None:
        return None
    head, inner = m.group("head").strip(), m.group("inner").strip()
    g = _grammar()
    label = g.label_re.match(inner)
    role = g.label_role(label.group(1)) if label else None
    if role == "none" and ends_like_unit(head):
        return [head], []  # "市发改委（联系人：张三）": a contact, neither a unit's name nor a leader
    if role == "person":
        inner = inner[label.end() :]
    # "（责任人：张三，电话：…）": what follows the person under another label is no name
    parts = [p for p in re.split(r"[、，,；;\s]+", inner) if p and not (g.label_re.match(p) or any(ch.isdigit() for ch in p))]
    if parts and ends_like_unit(head) and all(name_shaped(p) or titled_person(p) for p in parts):
        return [head], parts
    if name_shaped(head) or titled_person(head):
        if titled_person(inner):
            return [], [name]
        if ends_like_unit(inner):
            return [inner], [head]
    return None


def people_apart(names: list[str]) -> tuple[list[str], list[str]]:
    """A split unit list -> (units, people). People are never units: a name in brackets after a
    unit, a person named by office, and a run of bare names after a unit ("招商工作部、叶林")
    that no place-level unit completes (a run of district names does: "江岸、江汉、武昌区人民政府")."""
    units: list[str] = []
    people: list[str] = []
    i = 0
    while i < len(names):
        name = names[i]
        bracketed = _bracketed_people(name) if name.endswith(("）", ")")) else None
        if bracketed is not None:
            units += bracketed[0]
            people += bracketed[1]
        elif name in _grammar().rules.leader_labels:  # a person's label typed without its colon ("…、社区;责任人;xx", review cy06): the
            j = next((k for k in range(i + 1, len(names)) if ends_like_unit(names[k])), len(names))  # its people: the names after it that are
            # no units ("…;责任领导;李明、王强;配合单位:镇派出所", diffreview-as and -at)
            people += names[i + 1 : j]
            i = j
            continue
        elif _grammar().remember(titled_person, name):  # the same names recur cell after cell
            people.append(name)
            head = unit_of_leadership(name)
            if head:
                units.append(head)  # "市公安消防支队主要领导": the unit's leadership, the unit among the units
        elif i > 0 and len(name) <= 3 and not ends_like_unit(name) and ends_like_unit(names[i - 1]):
            j = i
            while j < len(names) and len(names[j]) <= 3 and not ends_like_unit(names[j]):
                j += 1
            run = names[i:j]
            completed = j < len(names) and names[j].endswith(_grammar().rules.place_unit_endings)  # "江岸、江汉、武昌区人民政府"
            (people if all(map(name_shaped, run)) and not completed else units).extend(run)
            i = j
            continue
        elif i + 1 < len(names) and name_shaped(name) and _grammar().remember(titled_person, names[i + 1]):
            people.append(name)  # "由郭小红、秦定英同志牵头" (a 镇 防范化解重大风险 plan, review s12d 02): the title is both names'
        else:
            units.append(name)
        i += 1
    return units, people

