"""The record of a unit note (Note: who it names, where it stands) and the brackets that list units with no label or verb:

    …给予支持。〔省工信厅、省财政厅〕 · （区管委会，2016年4月底前完成） · 增长11%(市发改委,各县市区政府,荆州开发区)。

notes.py reads every other form and finds them all in a task's text."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .brackets import outermost as _outermost
from .brackets import pairs as _pairs
from .carried import carried_units
from .deadlines import looks_like_time_limit
from .grammar import current as _grammar
from .units import ends_like_unit as _ends_like_unit
from .units import split_top_level, split_units

NOTE_BRACKETS = {"（", "(", "〔", "【", "[", "［"}


@dataclass(frozen=True)
class Note:
    """Who a note names, and where it stands in the task's text (start, end)."""
    start: int
    end: int
    lead: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    deadline: str | None = None
    carried: list[str] = field(default_factory=list)  # units every later task takes part in too ("以下任务均需各市县政府负责，不再列出")


def top_level_groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of each bracketed group at depth 0, quotes and nesting respected."""
    return [(start, stop) for start, stop, opener in _outermost(_pairs(text)) if opener in NOTE_BRACKETS]


def bracketed_list(content: str) -> Note | None:
    """A bracket that only lists units, closing a sentence or the item ("（省工信厅、省财政厅）", "〔省工信厅、省财政厅,
    各市(地)、县(市)政府(行署)〕", 黑龙江 2022 工业振兴措施): who does the work, named without a verb; each a responsible
    unit. None for anything else ("（含定州、辛集市）", "(市、县)", "（试行）")."""
    content = content.strip()
    g = _grammar()
    carried: list[str] = []  # "…,列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出": units for later items (嘉兴 2023, s16b 01)
    if g.convention_word.search(content):  # "(市发改委、…、各县市区人民政府。排名第一的为牵头单位,下同)" (株洲, review r11a): no unit in it
        head, dot, rest = content.partition("。")
        said = g.carried_units.search(content) if not dot else None  # or after a comma: "[市人力社保局、…、市教育局,各区、县(市)政府,以下均需
        cut = max(content.rfind(ch, 0, said.start()) for ch in "，,；;") if said else -1  # 各区、县(市)政府落实,不再列出]" (杭州 大学生
        if cut > 0 and (cu := carried_units(content[cut + 1 :])) and all(_ends_like_unit(n) for n in cu):  # 创新创业三年行动计划, review hl 06: its
            # name had kept "(市)政府" of the clause; not "…,各县(市、区)政府均需落实,不再列出", the subject before 均需, diffreview-h2 p02)
            head, dot, rest = content[:cut], "。", content[cut + 1 :]
        carried = carried_units(rest) if dot else []
        content = (head if dot and g.convention_word.search(rest) and not carried else g.convention_clause.sub("", head if carried else content)).strip("，,；;。 ")
    if not 3 <= len(content) <= 120 or any(ch in content for ch in "。；;：:"):
        return None
    if any(w in content for w in ("简称", "统称", "以下", "含", "除", "—")):  # "(南水北调——许家沟超限站)" a place on a road (s11a 08)
        return None
    names = split_units(content)
    short = len(names) >= 2 and any(len(n) >= 3 for n in names)  # "(市发改委、农委、人保局,…)": a short name among others (无锡 2011)
    places = all(n.endswith(g.rules.place_words) and "各" not in n for n in names)  # "(市、县)"; beside a body a place is a unit (review s3c 06)
    if not names or not all((len(n) >= 3 or short and len(n) == 2) and _ends_like_unit(n) and (not n.endswith(g.rules.place_words) or "各" in n or not places) and not any(ch.isdigit() for ch in n) for n in names):
        return None
    return Note(0, 0, [], names, carried=carried)


_SENTENCE_ENDS = frozenset("。；;")  # not after ！: "职场精英的智慧文库![了解我站]" is a site's slogan and link (review r19a 06)


def closing_list(text: str, start: int, end: int) -> Note | None:
    """A bracket listing two units or more that closes the item before its last 。, after no name ("1、地区生产总值增长11%(市发改委,
    市政府相关部门,各县市区政府,荆州开发区)。", 荆州 2009, review fh06); not a name's alias ("…人民医院（原…总医院）")."""
    if text[end:].strip("。；; \n") or start == 0 or _ends_like_unit(text[:start].rstrip()):
        return None
    note = bracketed_list(text[start + 1 : end - 1])  # (not the enterprises or hospitals the item counts, diffreview-ba)
    return note if note is not None and len(note.responsible) >= 2 and not any(_grammar().enterprise_name.search(n) for n in note.responsible) else None


def units_with_time(content: str) -> Note | None:
    """A bracket listing units, then their time limit after a comma: "（区行政审批局、经济发展局，2016年9月底前完成）",
    "（区管委会，2016年4月底前完成）", "…，2016年底前完成，持续推进）" (平潭 公共资源交易平台 实施方案 2016, review bf02); a sentence
    after it on how to read the lists ("。列第一位的为牵头单位，下同") is the notice's legend (extract.py)."""
    parts = split_top_level(content.split("。")[0], "，,")
    j = next((i for i, part in enumerate(parts) if i > 0 and looks_like_time_limit(part.strip())), None)
    units = bracketed_list("，".join(parts[:j])) if j is not None else None
    return replace(units, deadline="，".join(p.strip() for p in parts[j:])) if units is not None else None


def _time_note(content: str) -> Note | None:  # a bracket closing a sentence that holds only its time limit ("(年内持续推进)", 天津 2021)
    time_limit = content.strip() and not _grammar().bare_years.match(content.strip()) and looks_like_time_limit(content)
    return Note(0, 0, deadline=content.strip()) if time_limit else None
