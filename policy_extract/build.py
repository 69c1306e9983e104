"""Stage: task records, from the outline items chosen as tasks and from task-table rows.

Every task is built by `task_record`, the one place that names a task's fields; the
rest of the pipeline reads them (models.Task is their validated form)."""
from __future__ import annotations

import re
from dataclasses import replace

from .bracket_lists import Note
from .cell_units import roles_from_cells
from .deadlines import TimeLimit, bracketed_time_limit, deadline_in_text, parse_time_limit, titled_period
from .grammar import current as _grammar
from .headings import heading_leaders, heading_leads, lead_in_units, title_lead, title_leader, unit_heading
from .item_ends import (
    without_closing_formula,
    without_closing_run_on,
    without_effective_clause,
    without_progress,
    without_run_on_signature,
    without_signature,
    without_signature_over_annex,
)
from .markers import match_marker, strip_marker_punct
from .normalize import squeeze_cjk_spaces
from .note_spans import remove_notes
from .notes import find_notes
from .segment import Node, is_heading
from .sentence_units import sentence_subjects
from .subjects import duty_subject, opening_subject, subject_note, titled_unit, unit_sentences
from .tables import card_as_rows, header_columns, is_header_row, is_progress_header, is_task_header, read_task_table
from .units import split_people


def task_record(*, id: str, number: str, path: list[str], text: str, lead: list[str], responsible: list[str], leaders: list[str],
                deadline: dict | None, milestones: list[dict], source: dict, parent_task: dict | None = None) -> dict:
    """One task, with every field the contract names (models.Task), in its order."""
    return {
        "id": id,
        "number": number,
        "path": path,
        "text": text,
        "lead_units": _units(lead),
        "responsible_units": _units(responsible),
        "leaders": leaders,
        "deadline": deadline,
        "milestones": milestones,
        "parent_task": parent_task,
        "source": source,
    }


def runs_into_annex_list(node: Node) -> bool:
    """An item whose own text ends "附件：" over children without a sentence: the notice's annex list run on
    after the item ("八、…报送省政府办公厅。附件：1.…责任分解表2.…", corpus 0573); the item, not a heading."""
    own = node.own_text.rstrip()
    return bool(node.children) and own[-1:] in "：:" and _grammar().annex_list_opening.search(own) is not None \
        and all("。" not in full_text(c) for c in node.children)


def full_text(node: Node) -> str:
    if runs_into_annex_list(node):  # the item's text, not the list it runs into
        return node.own_text[: _grammar().annex_list_opening.search(node.own_text).start()].rstrip()
    parts = [node.own_text]
    for child in node.walk():
        parts.extend(p.text for p in child.paras)
    return "\n".join(p for p in parts if p)


def _units(names: list[str]) -> list[dict]:
    return [{"name": n} for n in names]


def _merge(lists: list[list[str]]) -> list[str]:
    out: list[str] = []
    for names in lists:
        for name in names:
            if name not in out:
                out.append(name)
    return out


def _deadline_dict(limit: TimeLimit | None) -> tuple[dict | None, list[dict]]:
    if limit is None:
        return None, []
    return limit.record(), limit.milestones


def _path_headings(node: Node) -> list[str]:
    return [a.heading for a in reversed(list(node.ancestors()))]


def _id_parts(node: Node) -> list[str]:
    chain = list(reversed(list(node.ancestors()))) + [node]
    return [str(n.value) if n.value is not None else "0" for n in chain]


def _first_listed_lead(lead: list[str], responsible: list[str], applies: bool | str) -> tuple[list[str], list[str]]:
    if (applies is True or applies == "several" and len(responsible) >= 2) and not lead and responsible:
        return responsible[:1], responsible[1:]
    return lead, responsible


def _leads_before_comma(text: str, notes: list, responsible: list[str]) -> tuple[list[str], list[str]]:
    """"逗号前为牵头单位" (the legend, 自贡 2022, review r38a 03): in a note that names no lead, the units before its
    first comma lead ("责任单位:市发展改革委、市经济和信息化局,各区县政府" -> 市发展改革委, 市经济和信息化局 lead)."""
    lead: list[str] = []
    for note in notes:
        body = text[note.start : note.end]
        body = body[max(body.find("："), body.find(":")) + 1 :]
        cut = min((k for k in (body.find("，"), body.find(",")) if k > 0), default=-1)
        lead += [u for u in note.responsible if cut > 0 and not note.lead and u in body[:cut] and u not in lead]
    return lead, [u for u in responsible if u not in lead]


_UNREAD = object()


def _shared_notes(node: Node, notes_of=find_notes, titles: bool = True) -> list:
    """Notes of the nearest title above the task that carries one for its sub-items; or, unless the item names its own
    (`titles` false), the unit a title is."""
    for ancestor in node.ancestors():
        if is_heading(ancestor):
            notes = notes_of(ancestor.own_text)
            if notes:  # the helpers a unit's group names under its items ("(九)县公安局主要工作任务:" … "协助单位:交通局、…", review fb01)
                return ([Note(0, 0, [], units)] if titles and not any(n.lead for n in notes) and (units := unit_heading(ancestor)) else []) + notes
            if titles and (units := unit_heading(ancestor)):  # "（一）区交通委" over its items: the unit responsible for each (review bt02)
                return [Note(0, 0, [], units)]
    return []


# the line that leads into an item's sub-items, no part of its own work: "…(发展改革委、商务部牵头,…负责)" / "具体措施:" over
# "1.…" (国办发〔2019〕39号 放管服 分工方案, review gd 03)
_LEAD_IN = re.compile(r"(?<=[\n。；;）)])\s*[^\n。；;，,：:（）()]{2,8}[：:]\s*$")
_RUN_END = re.compile(r"^[\s。；;，,]*")


def note_runs(text: str, notes: list) -> list[tuple[str, list]]:
    """An item whose sentences are each closed by their own unit note gives one run per note-closed stretch, in order
    ("…（X牵头，Y配合）；…（Z负责）。"); a sentence after the last note stays with the run before it. Fewer than two notes: one run."""
    closing = [n for n in notes if n.lead or n.responsible]
    if len(closing) < 2:
        return [(text, notes)]
    runs, start = [], 0
    for note in closing:
        end = note.end + _RUN_END.match(text[note.end :]).end()
        if not text[start : note.start].strip(" \n。；;，,"):
            return [(text, notes)]  # two notes side by side close one run
        runs.append((start, end))
        start = end
    if text[start:].strip():
        runs[-1] = (runs[-1][0], len(text))
    return [(text[a:b], [replace(n, start=n.start - a, end=n.end - a) for n in notes if a <= n.start < b]) for a, b in runs]


def _last_item(node: Node) -> bool:
    """The notice's last numbered item: the outline's last leaf."""
    top = node
    while top.parent is not None:
        top = top.parent
    while top.children:
        top = top.children[-1]
    return top is node


def build_prose_tasks(node: Node, year: int | None, first_listed_leads: bool | str = False, notes_of=find_notes, own_only: bool = False) -> list[dict]:
    """One task per note-closed run of the item (usually one); later runs are numbered -2, -3. `own_only`: the item's own
    text, not its sub-items' (tasks of their own)."""
    text = _LEAD_IN.sub("", node.own_text) if own_only else full_text(node)
    notes = notes_of(text)
    if _last_item(node):
        text = without_closing_run_on(without_effective_clause(text, notes), notes)
    runs = note_runs(text, [n for n in notes if n.end <= len(text)])
    tasks = []
    for k, (run_text, run_notes) in enumerate(runs, 1):
        task = build_prose_task(node, year, first_listed_leads, notes_of, run_text, run_notes)
        if k > 1:
            task["id"] += f"-{k}"
            task["number"] += f"-{k}"
        tasks.append(task)
    return tasks


def _stage_period(node: Node, body: str, year: int | None) -> TimeLimit | None:
    """The months a stage's title gives (deadlines.titled_period), in the next year where they come before the stage before it ("（一）动员部署
    阶段（11月）" … "（三）总结巩固阶段（2月）" in a winter campaign, diffreview-k3 p06)."""
    limit = titled_period(body, year)
    siblings = node.parent.children if node.parent is not None and limit is not None and limit.date else []
    before = [lim.date for s in siblings[: next((k for k, s in enumerate(siblings) if s is node), 0)] if (lim := titled_period(s.own_text, year)) and lim.date]
    if limit is not None and before and before[0] > limit.date and year is not None:  # (the first stage's: not "6月至9月" before "8月", k4 p10)
        return titled_period(body, year + 1)
    return limit


def build_prose_task(node: Node, year: int | None, first_listed_leads: bool | str = False, notes_of=find_notes, text: str | None = None, notes: list | None = None) -> dict:
    if text is None:
        text = full_text(node)
        notes = notes_of(text)
    body = without_closing_formula(without_signature_over_annex(remove_notes(text, notes)))
    if "\n" in body:
        body = without_signature(without_progress(_grammar().contact_lines.sub("", body)))
    elif body.rstrip(" |").endswith(("日",) + _grammar().print_line_endings) or "此件" in body[-12:] or _grammar().publication_remark.search(body, max(0, len(body) - 60)):  # "（此件公开发布）"
        body = without_run_on_signature(body, last=_last_item(node))
    titled_lead, body = title_lead(body)
    duty = _UNREAD  # the subject of the item's work (subjects.duty_subject), read once
    # the lead the notice's "first listed leads" gives the item's own list, kept beside a group's lead ("一、加快调整能源结构(省发改委总牵头)"
    # over "1.…(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)", 浙江 大气污染防治 部门分工 2014, review hn 01)
    listed_first = _first_listed_lead([], _merge([n.responsible for n in notes]), first_listed_leads)[0] if first_listed_leads and not any(n.lead for n in notes) \
        and not any(_grammar().label_re.search(text, n.start, n.end) for n in notes if n.responsible) else []  # (not a 配合单位 list, diffreview-h2 p06)
    if not any(n.lead for n in notes):  # the group's note gives its units to each item below, its lead to one naming none (金乡县 2020, s19a 01)
        duty = duty_subject(body) if not any(n.lead or n.responsible for n in notes) else _UNREAD
        titled = duty is None and subject_note(body) is None  # (not over one naming its own: "(6)农业部负责…" under "…成员单位职责", 1096)
        notes = notes + [n if not any(m.responsible for m in notes) else replace(n, responsible=[], deadline=None) for n in _shared_notes(node, notes_of, titled)]
    if not any(n.lead or n.responsible for n in notes):
        subject = subject_note(body) or titled_unit(body)  # "1.县应急管理局负责尾矿库…": the unit that opens the item's text
        sentences = unit_sentences(body)  # or its clauses after 由: "由省经贸委负责,省农业厅…配合,加快…" (review s8b 02)
        fuller = [n for n in sentences if subject is not None and set(subject.lead + subject.responsible) < set(n.lead + n.responsible)]
        notes = notes + (fuller[:1] or ([subject] if subject is not None else sentences))
    elif not any(n.lead for n in notes) and (subject := opening_subject(body)) is not None:
        # the unit opening the item beside those its note adds: "(一)市委宣传部、文广新局:负责协调…。市有关部门配合。" (防灾减灾日 方案, review hr 01);
        # after them where the first listed leads (diffreview-i1 p23)
        notes = notes + [subject] if first_listed_leads else [subject] + notes
    if not any(n.lead or n.responsible for n in notes) and (units := unit_heading(node) or (
            lead_in_units(node) if (duty := duty if duty is not _UNREAD else duty_subject(body)) is None else [])):  # (after the item's own subject: "（二）…成员单位
        notes = notes + [Note(0, 0, [], units)]  # 职责" over "(6)农业部负责…", corpus 1096); "（二）区公安分局" over its paragraph (review bt02)
    lead, responsible = _first_listed_lead(_merge([n.lead for n in notes]), _merge([n.responsible for n in notes]), first_listed_leads)
    if listed_first and lead != listed_first:
        lead, responsible = listed_first + [u for u in lead if u not in listed_first], [u for u in responsible if u not in listed_first]
    if first_listed_leads == "comma" and not lead:
        lead, responsible = _leads_before_comma(text, notes, responsible)
    lead = lead or titled_lead or [u for u in heading_leads(node) if u not in responsible]
    if not responsible and (duty := duty if duty is not _UNREAD else duty_subject(body)) is not None:  # (under a lead's heading too: "二、县市场监管局牵头的工作" / "1.各乡镇要…")
        responsible = [u for u in duty.responsible if u not in lead]  # "农委、畜牧局要加强…" (review dd10): responsible, never a first-listed lead (dg03)
    if not any(n.lead or n.responsible for n in notes) and not lead:
        responsible += [u for u in sentence_subjects(body) if u not in responsible]
    note_limit = next((n.deadline for n in reversed(notes) if n.deadline), None)
    limit = parse_time_limit(note_limit, year) if note_limit else deadline_in_text(body, year) or _stage_period(node, body, year)
    if limit is None:  # the time note on the group heading over it: "（一）开展风险摸排…。（7月中旬前）" (corpus 0191)
        inherited = (lim for a in node.ancestors() for lim in [parse_time_limit(n.deadline, year) for n in notes_of(a.own_text) if n.deadline] + [bracketed_time_limit(a.title, year)])
        limit = next((lim for lim in inherited if lim is not None and (lim.date or lim.ongoing)), None)  # a date, not a phrase alone
    deadline, milestones = _deadline_dict(limit)
    return task_record(
        id=".".join(_id_parts(node)),
        number=strip_marker_punct(node.marker),
        path=_path_headings(node),
        text=squeeze_cjk_spaces(body).rstrip("，,"),  # "1、农村道路畅通工程,牵头部门:…": no comma left where the note stood
        lead=lead,
        responsible=responsible,
        leaders=_merge([n.leaders for n in notes]) or heading_leaders(node),
        deadline=deadline,
        milestones=milestones,
        source={"start_line": node.start_line, "end_line": node.end_line, "page": node.page},
    )


def _part_leaders(once: "Memo", part: str | None) -> list[str]:
    """The leaders a part's or group's row names for its rows ("一、…(牵头领导:成坤、柯相国)", "(一)刘忻市长牵头重点工作")."""
    body = part[m.end :] if part and (m := once(match_marker, part)) else part or ""  # a leader is named in brackets, after a colon, on a line
    noted = any(ch in body for ch in "（(〔【[：:\n") or body.count("。") > 1  # of its own: no notes to look for in "(一) 全面实施…。"
    return ((noted and [p for note in once(find_notes, part) for p in note.leaders]) or list(once(title_leader, part))) if part else []  # (a copy)


def _parent_task(cell: str | None) -> dict | None:
    if not cell:
        return None
    marker = match_marker(cell)
    if marker and (marker.kind == "arabic" or marker.kind.startswith("decimal")):
        return {"number": marker.label, "text": squeeze_cjk_spaces(cell[marker.end :])}
    return {"number": None, "text": squeeze_cjk_spaces(cell)}


def _sibling_part(kind: str, part: str | None) -> bool:
    """A part row numbered like the heading the table stands under: the heading's sibling, not its
    child ("一、区长陈兴立牵头重点工作" over a table whose row "二、常务副区长姚珂军牵头重点工作" opens the
    next part, 鄞州区 2024, review r32b 01)."""
    marker = match_marker(part or "")
    return marker is not None and marker.kind == kind


def _value_of(heading: str | None) -> str:
    marker = match_marker(heading or "")
    return str(marker.value) if marker else "0"


class Memo:
    """The one cache of a document's reading: tables repeat their cells row after row (the
    same units, the same 2022年12月底, the same group) and selection and building both ask
    for an item's notes, so each (function, argument) is computed once per document."""

    def __init__(self):
        self.seen: dict = {}

    def __call__(self, fn, *args):
        key = (fn, *args)
        if key not in self.seen:
            self.seen[key] = fn(*args)
        return self.seen[key]


def _limit_of_cell(cell: str, year: int | None) -> tuple[dict | None, list[dict]]:
    return _deadline_dict(parse_time_limit(cell, year))


def table_tasks(root: Node, year: int | None, first_listed_leads: bool | str = False, once: "Memo | None" = None) -> tuple[list[dict], list]:
    tasks, warnings = [], []
    once = once or Memo()
    holders = [root] + list(root.walk())
    for holder in holders:
        for table in holder.tables:
            card = card_as_rows([r.cells for r in table])
            start = next((i for i, row in enumerate(table) if is_header_row(row.cells)), None) if card is None else None
            if card is not None:  # one task as a card of "label: | value |" rows
                columns = header_columns(card[0])
                rows = [(card[0], table[0].start_line, table[0].page), (card[1], table[0].start_line, table[0].page)]
            elif start is None:
                continue
            else:
                columns = header_columns(table[start].cells)
                if not is_task_header(columns) and not is_progress_header(columns):
                    continue
                rows = [(r.cells, r.start_line, r.page) for r in table[start:]]
            read, notes = read_task_table(rows)
            warnings += notes
            base_path = [] if holder.kind == "root" else _path_headings(holder) + [holder.heading]
            # the leader the heading over the table names ("二、李丹常委、常务副区长牵头重点工作", 温州市龙湾区 2023)
            held_by = [] if holder.kind == "root" else (title_leader(holder.title) or heading_leaders(holder))
            for tt in read:
                if "deadline" in columns:
                    deadline, milestones = once(_limit_of_cell, tt.deadline, year)
                    deadline = dict(deadline) if deadline else None
                else:
                    deadline, milestones = _deadline_dict(deadline_in_text(tt.text, year))
                # each distinct cell split once (a pair of cells repeats less often than either cell)
                lead_a, responsible_a, people_a = once(roles_from_cells, tt.lead, "")
                lead_b, responsible_b, people_b = once(roles_from_cells, "", tt.responsible)
                # a second unit column's clauses are its own: "市直各单位;各区政府 | 水资源与供水处牵头,调研处配合" (广州 2021, review r35a 01)
                lead_c, responsible_c, people_c = once(roles_from_cells, "", tt.more_responsible)
                people_b = people_b + people_c
                lead, responsible = _first_listed_lead(_merge([lead_a, lead_b, lead_c]), _merge([responsible_a, responsible_b, responsible_c]), first_listed_leads)
                text = tt.text
                if not {"lead", "responsible"} & set(columns) and (noted := [n for n in once(find_notes, text) if n.lead or n.responsible]):
                    # no unit column: the task cell's own notes ("…平稳健康发展。(责任单位:市建设局)", review ca02)
                    lead, responsible = _merge([n.lead for n in noted]), _merge([n.responsible for n in noted])
                    text = remove_notes(text, noted)
                number_value = re.sub(r"[^0-9]", "", tt.number) or tt.number
                tasks.append(
                    task_record(
                        id=".".join([once(_value_of, tt.part), once(_value_of, tt.group), number_value]),
                        number=tt.number,
                        path=(base_path if not once(_sibling_part, holder.kind, tt.part) else base_path[:-1]) + [once(squeeze_cjk_spaces, x) for x in (tt.part, tt.group) if x],
                        text=squeeze_cjk_spaces(text),
                        lead=lead,
                        responsible=responsible,
                        leaders=_merge([once(split_people, tt.leader), people_a, people_b]) or list(once(_part_leaders, once, tt.group) or once(_part_leaders, once, tt.part) or held_by),
                        deadline=deadline,
                        milestones=list(milestones),
                        parent_task=once(_parent_task, tt.parent_task),
                        source={"start_line": tt.line, "end_line": tt.line, "page": tt.page, "table_row": tt.line, "columns": tt.cells},
                    )
                )
    return tasks, warnings


def unique_ids(tasks: list[dict]) -> None:
    seen: dict[str, int] = {}
    for task in tasks:
        base = task["id"]
        if base in seen:
            seen[base] += 1
            task["id"] = f"{base}#{seen[base]}"
        else:
            seen[base] = 1


