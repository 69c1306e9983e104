"""Unit notes: who leads a task and who takes part, in every form notices print them.

    （牵头单位：市行政审批局；责任单位：各区县政府、西咸新区管委会）
    〔市行政审批服务局牵头，市级有关部门和各县(区)政府、各园区按职责分工负责〕
    （市发改委牵头，市财政局配合） · （市发改委负责） · 牵头单位：市发改委   (a line of its own)
A bracketed aside is a note only when every clause in it reads as one (a label, or units and a role verb): "（试行）" stays text."""
from __future__ import annotations

import re
from dataclasses import replace

from .bracket_lists import _SENTENCE_ENDS, Note, _time_note, bracketed_list, closing_list, top_level_groups, units_with_time
from .brackets import open_tail
from .carried import carried_clause, carried_in_brackets, carried_units, carry_statement
from .clause_units import names_of, working_subject
from .clause_units import units_before_tail as _units_before_tail
from .deadlines import find_dates, limit_at_end, looks_like_time_limit, time_limit_after, units_then_limit
from .grammar import current as _grammar
from .label_runs import before_glued_label as _before_glued_label
from .label_runs import brackets_closed, squeeze_spaced_labels
from .markers import candidates, match_marker
from .units import clauses_apart_by_dun, ends_with_role_verb, is_collective, names_only, people_apart, split_roles, split_top_level, split_units, without_manner
from .units import ends_like_unit as _ends_like_unit
from .units import split_etc as _split_etc
from .units import starts_like_unit as _starts_like_unit


def label_role(label: str) -> str:
    """The role a label gives its value (lead, responsible, person, deadline, none): listed, or by its head words."""
    return _grammar().label_role(label)


def _people_out(note: Note) -> Note:
    """The note with every person its unit lists hold moved to its leaders (units.people_apart)."""
    lead, found = people_apart(note.lead)
    responsible, more = people_apart(note.responsible)
    carried = people_apart(note.carried)[0] if note.carried else note.carried
    same = (lead, responsible, carried) == (note.lead, note.responsible, note.carried)
    return note if same else replace(note, lead=lead, responsible=responsible, leaders=list(dict.fromkeys(note.leaders + found + more)), carried=carried)


def _labelled_units(value: str) -> tuple[list[str], list[str]]:
    """(lead, responsible) of a 责任单位 value: a plain list, a list marking its lead (市发改委（牵头）), or clauses with their own
    verbs (X、Y分别牵头; …按职责分工负责). Only the first sentence names units (sichuan: "…负责。具体任务均涉及…，下同。")."""
    g = _grammar()
    value = "" if value.lstrip().startswith("请") else value.split("。")[0].strip().strip("；;，,")  # (a request: "相关单位：请于…报送", diffreview-z)
    value = g.convention_clause.sub("", g.convention_bracket.sub("", value)).strip("；;，,")  # "，排名第1为牵头单位，下同" says how to read the list
    clauses = _parse_clauses(value, allow_labels=False, unassigned="responsible") if any(v in value for v in g.role_words) else None
    if clauses is not None and not clauses.deadline:
        return clauses.lead, clauses.responsible
    return split_roles(value)


def time_field_at(text: str, pos: int = 0) -> re.Match | None:
    """A time field before a unit label at `pos` (grammar.time_field); glued to a word before it, another label's end ("…，窗口办理时间：
    工作日中午…", "…，开放时间：每年5月至10月", diffreview-g1 p07, p37) unless that word ends a numbered title ("二、开展军地青年联谊活动时间:
    8月份 责任单位:…", review hb 04, diffreview-g2 p14)."""
    if pos and text[pos - 1].isalpha() and not text[pos - 1].isascii():
        opened = max(max(text.rfind(ch, 0, pos) for ch in _TITLE_STOPS) + 1, pos - _GLUED_TITLE_CHARS)
        if not any(match_marker(text[m.start() : pos]) for m in candidates().finditer(text, opened, pos)):
            return None  # (the title's number after a sentence end or a field before it: "…市双拥办 二、开展军地青年联谊活动时间:8月份")
    return _grammar().time_field.match(text, pos)


_TITLE_STOPS, _GLUED_TITLE_CHARS = "，,。；;：:！？\n", 40


def _parse_labelled(content: str) -> Note | None:
    g = _grammar()
    content, carried = carried_in_brackets(content)
    matches = [m for m in g.label_re.finditer(content) if brackets_closed(content[: m.start()])]  # "市发改委（责任人：张三）" is one value
    head = content[: matches[0].start()].strip() if matches else ""  # a short remark before the labels: "(预期性指标,牵头单位:…" (s5d 08)
    field = time_field_at(content) if head else None  # or when the work is done: "时间:待定 责任单位:市支前办" (review hb 04)
    if not matches or head and not field and (len(head) > 13 or head[-1] not in "，,；;" or g.role_word.search(head) or g.label_re.search(head)):
        return None
    lead, responsible, leaders = [], [], []
    deadline = head.rstrip("，,；;") if head and looks_like_time_limit(head.rstrip("，,；;")) else None  # "(持续推进,牵头单位:…)"
    deadline = field.group("value").strip() if field and looks_like_time_limit(field.group("value").strip()) else deadline
    for i, m in enumerate(matches):
        value = content[m.end() : matches[i + 1].start() if i + 1 < len(matches) else len(content)]
        cut = next((o.start() for o in g.other_label.finditer(value) if brackets_closed(value[: o.start()])), len(value))
        value = _before_glued_label(value[:cut]).strip().strip("；;，,。")  # "，适用范围：…" ends a unit list (not inside "（责任人：X，电话：…）")
        role = g.label_role(m.group(1))
        if role in ("lead", "responsible", "person"):
            value, limit = time_limit_after(value)
            deadline = deadline or limit
        # "牵头部门:省生态环境厅,省政务服务办配合" (corpus 0741): a later clause with a role verb of its own
        value, more = _clauses_after_value(value) if role in ("lead", "responsible") else (value, None)
        if role == "lead":  # "牵头单位：市发改委（牵头）": the mark repeats the label, it is no part of the name
            marked, rest = split_roles(value.split("。")[0])
            lead += names_only(marked + rest)
        elif role == "responsible":
            marked_lead, rest = _labelled_units(value)
            lead += names_only(marked_lead)
            responsible += names_only(rest)
        elif role == "person":
            # "责任领导:*": no one; a template's "责任人:XXX" (乡镇防汛工作方案, review cg04) a person to be named, the item's all the same
            leaders += [p for p in split_units(value.split("。")[0]) if p.strip("*＊/／-—无 ")]
        elif role == "deadline":  # a time, not the sentences after it, nor a unit label glued to it with its colon lost ("完成时间:5月10日前
            glued = [k for w in g.rules.lead_labels + g.rules.responsible_labels if (k := value.find(w)) > 0 and value[k + len(w) : k + len(w) + 1] in ("。", ":", "：")]
            value = value[: min(glued, default=len(value))]  # 责任单位。已开展保洁的区域,…由环卫处负责", 巩固卫生城市成果实施方案, review hi 08;
            first, _, rest = value.partition("。")  # not "各责任单位于2024年10月底前完成", diffreview-h2 p15); a time's sentence stays: "…完成。长期坚持" (p14)
            deadline = (first if rest.strip() and not looks_like_time_limit(rest.split("。")[0]) else value) or None
        elif role == "clauses":  # "部门分工:省发展改革委牵头,各地、各部门配合"; "责任分工：区规划局负责开展规划编制工作，所在乡镇人民政府组织实施,…" (aq02)
            more = _parse_clauses(value, allow_labels=False, unassigned="responsible", lenient=True)
        if more is not None:
            lead += more.lead
            responsible += more.responsible
            carried = carried + more.carried
    return Note(0, 0, lead, responsible, leaders, deadline, carried=carried)


def _clauses_after_value(value: str) -> tuple[str, Note | None]:
    """A label's value whose later clauses close with a role verb ("…,省税务局、雄安新区管委会配合"): the label keeps the first clause."""
    parts = split_top_level(value, "，,；;")
    if len(parts) < 2 or not parts[0].strip():
        return value, None
    g = _grammar()
    later = parts[-1].strip() in g.rules.carry_forward_words  # "…机场分局为实施单位，下同": they do every later task's work too
    if later:
        value, parts = value[: value.rstrip().rfind(parts[-1].strip())].rstrip().rstrip("，,；;"), parts[:-1]
        if len(parts) < 2:
            return value, None
    # "牵头指导处室：市局…管理处，各区市场监管局、…、机场分局为实施单位" (上海 市场监管局 2023, review bd01): a later clause naming
    # units with a role verb or a label after 为
    if not any(ends_with_role_verb(p) or g.units_as_label.fullmatch(p.strip()) for p in parts[1:]):
        return value, None
    more = _parse_clauses(value[len(parts[0]) + 1 :], allow_labels=False)
    if more is None or not (more.lead or more.responsible):
        return value, None
    return parts[0], replace(more, carried=more.responsible) if later else more


def _parse_clauses(content: str, allow_labels: bool = True, unassigned: str | None = None, lenient: bool = False) -> Note | None:
    """Unlabelled clauses, each ending in a role verb ("X牵头，Y配合"); one without a verb takes the next one's ("X、Y等部门，Z配合").
    `lenient` (a 分工 label's value): a clause with no role verb names the unit it opens with as doing the work, else is passed over."""
    g = _grammar()
    lead: list[str] = []
    responsible: list[str] = []
    leaders: list[str] = []
    deadline = None
    roles = 0
    sole: list[str] = []  # "X负责": the lead when no clause names one, else a responsible unit
    pending: list[str] = []  # unit clauses waiting for their verb
    clauses = [c for clause in split_top_level(content, "，,；;") for c in clauses_apart_by_dun(clause)]
    progress = None
    for i, clause in enumerate(clauses):
        clause = clause.strip().rstrip("。")
        if allow_labels and (m := g.unit_sentence.match(clause)) and m.end() < len(clause):  # in a note, not the work given
            clause = clause[m.end() :]  # "规范性文件公开由制发司(局)牵头" (民政部 2022, review s3d 07); a bare clause is a sentence
        if not clause:
            continue
        if len(clause) > 300 or "。" in clause:
            return None
        if (w := g.role_then_work.search(clause)) and not any(v.search(clause) for v in (g.lead_verb, g.responsible_verb, g.sole_verb)):
            clause = clause[: w.start("work")]  # "省发展改革委牵头组织实施": the lead (review web-m 07)
        if allow_labels and g.label_line.match(clause):
            sub = _parse_labelled(clause)
            if sub is None:
                return None
            lead += sub.lead
            responsible += sub.responsible
            leaders += sub.leaders
            deadline = sub.deadline or deadline
            roles += 1
            continue
        if lenient and (subject := working_subject(clause)):  # "所在乡镇人民政府组织实施", "嘉源公司作为业主单位" (review aq02)
            k = clause.find(subject[-1])
            after = clause[k + len(subject[-1]) :].lstrip() if k >= 0 else ""  # its own words after it: "区住建局作为牵头单位统筹推进"
            leads = g.lead_verb.match(after) is not None or any(after.startswith(("作为" + w, "为" + w)) for w in g.rules.lead_labels)  # (diffreview-aa;
            # not "区财政局全力配合牵头单位…", diffreview-ab)
            (lead if leads else responsible).extend(pending + subject)
        elif m := g.units_as_label.fullmatch(clause):  # "统宣办、派出所为牵头部门"
            (lead if m.group("label") in g.rules.lead_labels else responsible).extend(pending + split_units(m.group("units")))
        elif (m := g.lead_verb.search(clause)) and clause[: m.start()].strip():
            lead += pending + split_units(without_manner(clause[: m.start()]))
        elif (m := g.responsible_verb.search(clause)) and clause[: m.start()].strip():
            responsible += pending + _assisted(split_units(without_manner(clause[: m.start()])))
        elif (m := g.sole_verb.search(clause)) and clause[: m.start()].strip():
            sole += pending + _assisted(split_units(without_manner(clause[: m.start()])))
        elif lead and clause.startswith(g.rules.responsible_openings) and (names := _units_before_tail(clause, g.rules.responsible_openings, g.rules.work_verbs)):
            responsible += pending + names
        elif looks_like_time_limit(clause):
            deadline = clause
            continue
        elif _ends_like_unit(_split_etc(clause)[-1] if clause else "") and len(clause) <= 120:
            pending += split_units(clause)
            continue
        elif allow_labels and not roles and not pending and len(clause) <= 12 and i + 1 < len(clauses) and g.label_line.match(clauses[i + 1].strip()):
            progress = clause  # "（11月取得明显成效，牵头考核单位：市工信局）": the expected progress, then the label
            continue
        elif lenient:
            continue  # a clause of the work alone ("加强规划管理"), passed over
        else:
            return None
        pending = []
        roles += 1
    if pending and roles and (unassigned or lead or all(is_collective(n) or _starts_like_unit(n) for n in pending)):  # "责任单位：X等按职责分工负责，各市政府":
        # the label (or column) gives the rest its role; after a role verb they take part as its units do ("（X牵头，Y、Z）", s9b 08; "(…等按职责
        # 分工负责;各市、区人民政府,…)", 镇江 2022, s18b 06), each a name ("其他为协助配合单位", "新建乡镇寄宿制学校" are none)
        (lead if unassigned == "lead" else sole if sole and not (lead or responsible or unassigned) else responsible).extend(pending)
    elif pending:  # units without a role: an aside, not a note
        return None
    if sole and responsible:  # "X负责" names no lead (the contract); the names in the order printed ("市农业局、水产畜牧兽医局分别负责,
        responsible = _as_printed(sole + responsible, content)  # 食品药品监管局配合", 钦州 2015 食品安全, review hj 02)
    else:
        responsible += sole
    if lenient:  # a 分工 label's clauses: names only ("其他项目由各片区开发管理局负责" -> 各片区开发管理局; not "协同配合"'s 协同, aq02)
        lead, responsible = names_of(lead), names_of(responsible)
    named = [_ends_like_unit(n) or (is_collective(n) and len(n) <= 12) for n in lead + responsible]  # not "图书（残疾人写、…指导）" (0592),
    if named and not leaders and (not any(named) or any(not ok and len(n) > 8 for ok, n in zip(named, lead + responsible))):
        return None  # "…和有关部门开展粮食应急工作进行督查和指导" (1096): a sentence, no note
    if progress and not deadline and find_dates(progress, 2000):
        deadline = progress
    return Note(0, 0, lead, responsible, leaders, deadline) if roles else None


def _as_printed(names: list[str], content: str) -> list[str]:
    """The names in the order the content prints them (a name not found as printed keeps its place after the found ones)."""
    at = {n: (k if k >= 0 else len(content)) for n in names for k in [content.find(n)]}
    return list(dict.fromkeys(sorted(names, key=lambda n: at[n])))


def _assisted(names: list[str]) -> list[str]:
    """"省人事厅配合省委有关部门" before the closing verb: the unit assisting and the one it assists, both doing the work."""
    out: list[str] = []
    for name in names:
        verb = next((v for v in _grammar().rules.assisting_verbs if v in name), None)
        first, _, second = name.partition(verb) if verb else (name, "", "")
        pair = [first, second] if second and _ends_like_unit(first) and (_ends_like_unit(second) or is_collective(second)) else [name]
        out += pair
    return out


_GLUED_CONVENTION = 6  # a reading convention's words glued to a note's verb start this near it ("负责" / "排首位的" / "为牵头")


def parse_note(content: str) -> Note | None:
    """The roles a note's content gives, or None when the content is not a unit note."""
    content = squeeze_spaced_labels(content.strip())
    if not content:
        return None
    if said := carry_statement(content):  # "(以下均需各县(市、区)林业主管部门配合,不再列出)": units for this task and the later ones
        return Note(0, 0, [], [], [], None, carried=said)
    g = _grammar()
    label = next((w for w in g.rules.lead_labels + g.rules.responsible_labels if content.startswith(w) and content[len(w) : len(w) + 1] in ";；"), None) if ";" in content[:10] or "；" in content[:10] else None
    if label:  # "(责任单位;住建局、畜牧局、各乡镇场)": a semicolon typed for the colon (扶余市 督查, review r20b 05)
        content = label + "：" + content[len(label) + 1 :]
    first, dot, rest = content.partition("。")
    if dot and rest.strip() and g.reference_number.match(first):  # "(第1389号。牵头单位:…)": the proposal's number, then the note
        content = rest.strip()
        first, dot, rest = content.partition("。")
    if g.carries_forward.search(first):
        # "…按职责分工负责,各项政策措施均需各市政府、省沈抚示范区管委会落实,以下不再列出" (辽宁 2024,
        # review r7b): a comma, not a full stop, before the clause that carries units forward; a sentence
        # may follow it ("…,以下各项工作均需市人民政府落实,不再列出。以下分工中,…简称省、部", 粤办函〔2022〕234号, web-v 01)
        m = g.carried_units.search(first)
        cut = max(first.rfind(ch, 0, m.start()) for ch in "，,；;") if m else -1
        if cut > 0 and brackets_closed(first[:cut]):  # (not inside a bracket after the units: "…负责落实(排在首位的为牵头单位,下同;
            first, dot, rest = first[:cut], "。", first[cut + 1 :] + dot + rest  # 以下均需各市(州)落实,不再列出)", review fo 03)
    if dot and rest.strip("。 ") and g.convention_word.search(rest) and not g.label_re.search(rest):
        # "（X、Y按职责分工负责，各市县政府负责。以下任务均需各市县政府负责，不再列出）": the first sentence names the units; the next says how to read later items
        content = first
    note = _parse_labelled(content) or _parse_clauses(content)
    if note is None and g.convention_word.search(content):
        # "（市卫生计生委、市人力社保局负责,排在第一位的为牵头部门,下同）": the clause on how to read
        # the lists is no unit clause (天津 医疗联合体: item 1 had lost its note and its task)
        bare = g.convention_clause.sub("", content).strip("，,；; ")
        said = g.convention_word.search(bare)
        verb_end = max((v.end() for v in g.role_word.finditer(bare, 0, said.start())), default=-1) if said else -1
        if 0 < verb_end and said.start() - verb_end <= _GLUED_CONVENTION and bare[verb_end] not in "人同":  # the clause glued to the verb before it ("…、安监局等负责排首位的
            bare = bare[:verb_end]  # 为牵头部门或单位,下同", 钦州 2015 食品安全重点工作安排, review hj 02; not "各单位负责人均需签字确认", diffreview-h1 p19)
        note = _parse_clauses(bare) if bare and bare != content else None
        if note is not None and not all(_ends_like_unit(n) or is_collective(n) for n in note.lead + note.responsible):
            note = None  # "…，分工负责为各部门按职责分别牵头，下同" (corpus 0049): a definition, no units
    if note is None and dot:
        note = _by_sentence(content)
    if note is not None and not (note.lead or note.responsible or note.leaders or note.deadline):
        return None  # "（联系人：田博 电话/传真：86789314）" names nobody who does the work
    carried = [u for sentence in rest.split("。") for u in carried_units(sentence)] if note is not None and dot and rest.strip("。 ") else []
    carried = carried or (carried_clause(content) if note is not None and not dot and not g.carried_units.search(content) else [])  # "…,X负责落实,不再列出"
    return _people_out(replace(note, carried=carried) if carried else note) if note is not None else None


def _by_sentence(content: str) -> Note | None:
    """A note of several sentences, each a unit note of its own, and perhaps a last one on how
    to read the later items ("〔市生态环境局、…等按职责分工负责。责任单位:各县(市、区)人民政府、
    各开发园区管委。以下均需…落实,不再列出。〕", 玉林市 2024 降碳方案): their roles together."""
    g = _grammar()
    parts = [n for s in content.split("。") if s.strip() and not g.convention_word.search(s) for n in [_parse_labelled(s) or _parse_clauses(s)]]
    if len(parts) < 2 or None in parts:
        return None
    return Note(0, 0, [u for n in parts for u in n.lead], [u for n in parts for u in n.responsible], [p for n in parts for p in n.leaders],
                next((n.deadline for n in reversed(parts) if n.deadline), None))


_BARE_NOTE_MAX = 150


def bare_note(text: str) -> Note | None:
    """A line that is only a unit clause without brackets or label, as tables copied one
    cell per line print it ("市发改委牵头落实", "X、Y牵头;Z配合;各州(市)党委和政府落实").
    Every name must end like a unit, so a sentence ("各部门要加强配合") is not one."""
    g = _grammar()
    text = text.strip().rstrip("。.")
    if not text or len(text) > _BARE_NOTE_MAX or "。" in text or not (g.role_word.search(text) or "为" in text and g.units_as_label.search(text)):
        return None  # ("…车窗玻璃干净明亮。市交通局为责任单位。", 深圳 创卫, review fb10)
    note = _parse_clauses(text, allow_labels=False)
    if note is None or not (note.lead or note.responsible):
        return None
    names = note.lead + note.responsible
    unit_like = sum(1 for name in names if _ends_like_unit(name) or is_collective(name))
    if unit_like * 2 < len(names) or any(g.not_a_name.search(name) for name in names) or not _ends_like_unit(names[0]):
        return None
    return note


def _closes_sentence(text: str, end: int) -> bool:
    rest = text[end:].lstrip(" \t")
    return not rest or rest[0] in "。；;\n"


def find_notes(text: str) -> list[Note]:
    """Every unit note in a task's text: bracketed ones, labelled lines, bare unit lines."""
    notes = []
    for start, end in top_level_groups(text):
        note = parse_note(text[start + 1 : end - 1])
        if note is None or not (note.lead or note.responsible):
            note = units_with_time(text[start + 1 : end - 1]) or note
        if note is None and start > 0 and text[:start].rstrip()[-1:] in _SENTENCE_ENDS and _closes_sentence(text, end):
            note = bracketed_list(text[start + 1 : end - 1]) or _time_note(text[start + 1 : end - 1])  # "…给予支持。〔省工信厅、省财政厅〕", "…就读。(年内持续推进)"
        note = note if note is not None else closing_list(text, start, end)
        if note is not None:
            notes.append(replace(note, start=start, end=end))
    k = open_tail(text)  # "…增长7.5%以上。(责任单位:区发改局、区商务办": the note's bracket never closed (黄石港区 2023, review r33a 02)
    opens = k is not None and (_grammar().label_line.match(text[k + 1 :]) or text[:k].rstrip()[-1:] in _SENTENCE_ENDS)  # or after a sentence:
    tail = whole = text[k + 1 :].split("\n")[0] if opens else ""  # "…申报制度。(市市场监管委牵头,市政务服务办、…" (天津 2020, review s19b 04)
    body = tail.rstrip("。；;，,、 ")  # the last name whole: a page cut inside it ("(牵头单位:市") is no note, but after a name before
    last = re.split(r"[、，,；;:：]", body)[-1]  # it the cut name alone is lost ("(牽頭單位:總工會、政", 萧县 2023, review s6c 08)
    if not (len(last) >= 3 and _ends_like_unit(last)) and body[-len(last) - 1 : -len(last)] in ("、", "，", ","):
        tail, last = body[: -len(last) - 1], re.split(r"[、，,；;:：]", body[: -len(last) - 1])[-1]
    unclosed = parse_note(tail) if len(last) >= 3 and _ends_like_unit(last) and not any(n.start <= k < n.end for n in notes) else None
    if unclosed is not None:
        notes.append(replace(unclosed, start=k, end=k + 1 + len(whole)))
    offset = 0
    label_line = _grammar().label_line
    for index, line in enumerate(text.split("\n")):
        if not any(n.start <= offset < n.end for n in notes):
            if label_line.match(line) or time_field_at(line.lstrip()):  # (with what it says of the later tasks: "…负责落实。以下均需各乡镇人民政府落实，不再列出", av07)
                note = parse_note(line.strip()) if _grammar().carries_forward.search(line) else _parse_labelled(squeeze_spaced_labels(line.strip()))
            else:
                note = bare_note(line) if index > 0 else None  # a task's first line is its text
            if note is not None and (note.lead or note.responsible or note.leaders or note.deadline):
                # "联系人：杜亚辉" names no one doing the work: no note (as parse_note)
                notes.append(replace(_people_out(note), start=offset, end=offset + len(line)))
        offset += len(line) + 1
    closing = closing_clause(text)
    if closing is None and (found := limit_at_end(text)) is not None:  # (once: the names alone, else a clause with their roles)
        closing = ((tail := units_then_limit(text, found)) and Note(tail[0], len(text.rstrip(" 。")), [], tail[1], [], tail[2])) or _note_then_limit(text, found)
    if closing is not None and not any(n.start < len(text) and n.end > closing.start for n in notes):
        notes.append(closing)
    return sorted(notes, key=lambda n: n.start)


def _note_then_limit(text: str, found: tuple[int, str, str]) -> Note | None:
    """A unit clause with its roles, then its time limit, the text's last sentence where a table's cells lost their separators
    ("…文件。市政府办公室、市司法局牵头,市直其他单位按职能分工落实2022年底前", 惠州 2022 政务公开 分工方案 flattened, review cj02)."""
    note = bare_note(found[1]) if found[1].rstrip(" ，,").endswith(_grammar().role_words) else None
    if note is None or not (note.lead or note.responsible) or not all(len(n) <= 25 for n in note.lead + note.responsible):
        return None
    return replace(note, start=found[0], end=len(text.rstrip(" 。")), deadline=found[2])


def closing_clause(text: str) -> Note | None:
    """A bare unit clause closed by a verb that takes no object, the last sentence of a text ("…及时宣传解读。市发改委牵头落实": a row copied a cell a
    line, its breaks lost; or a notice printing its notes so); or short names before any role verb ("…孵化器3家。区科技局主办,各街道、板块协办", r40b 04)."""
    k = (stripped := text.rstrip()).rfind("。", 0, len(stripped) - 1)
    if k < 0 or len(stripped) - k > _BARE_NOTE_MAX or "\n" in stripped[k:]:
        return None
    tail = (stripped[k + 1 :].lstrip("（(") if not brackets_closed(stripped[k + 1 :]) else stripped[k + 1 :]).removeprefix("由")  # ("…。由环卫公司…负责具体实施。", cy08)
    end, timed = len(stripped), ""  # a remark after the clause ("各中小学校负责具体实施(各小学由中心小学统筹组织)。", review du10) stays in the text; a date is the note's
    if tail.rstrip("。").endswith(("）", ")")) and (at := max(tail.rfind("（"), tail.rfind("("))) > 0:  # ("(6月30日前完成)", diffreview-ay p10)
        timed = remark if looks_like_time_limit(remark := tail[at + 1 :].rstrip("。").rstrip("）)")) and find_dates(remark, 2000) else ""
        end, tail = (end if timed else end - len(tail) + at), tail[:at]
    verb = (g := _grammar()).complete_verb.search(tail)
    complete = verb is not None and verb.end() == len(tail.rstrip("。"))
    if not complete and (not tail.rstrip("。").endswith(g.role_words) or "由" in tail or g.not_a_name.search(tail)):
        return None
    note = bare_note(tail + "，" + timed if timed else tail)
    return replace(note, start=k + 1, end=end) if note is not None and (complete or all(len(n) <= 15 for n in note.lead + note.responsible)) else None
