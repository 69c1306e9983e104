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
from dataclasses import dataclass, replace
from functools import lru_cache

from .deadlines import TimeLimit, deadline_in_text, parse_time_limit
from .markers import match_marker, strip_marker_punct
from .normalize import Piece
from .notes import find_notes, remove_notes, split_units, units_from_cells
from .grammar import current as _grammar
from .segment import Node, squeeze_cjk_spaces
from .tables import header_columns, is_header_row, is_task_header, read_task_table

_HEADING_KINDS = {"chapter", "part", "section", "unnumbered"}


@dataclass(frozen=True)
class Options:
    """How to choose tasks when the default rules do not fit a notice."""

    task_section: str | None = None  # a keyword in the title of the section that holds the tasks
    task_level: int | None = None  # the outline level (1 = top) whose items are the tasks
    regulation: bool = False  # the notice issues rules (办法, 条例): its 条 are provisions


def _is_task_section(node: Node, keyword: str | None) -> bool:
    title = node.title
    if keyword:
        return keyword in title
    return any(k in title for k in _grammar().rules.task_section_keywords)


def _is_non_task_section(node: Node) -> bool:
    rules = _grammar().rules
    return _names_non_task_section(node.title, rules.non_task_section_keywords, rules.task_section_keywords)


@lru_cache(maxsize=4096)
def _names_non_task_section(title: str, non_task: tuple[str, ...], task: tuple[str, ...]) -> bool:
    return any(k in title for k in non_task) and not any(k in title for k in task)


def is_heading(node: Node) -> bool:
    """An item that only titles the items below it."""
    if not node.children:
        return False
    if node.kind in _HEADING_KINDS:
        return True
    first = node.first_text.rstrip("。").strip()
    return "。" not in first and len(first) <= 60


def _excluded(node: Node) -> bool:
    """Inside a non-task section, or such a section itself (a task titled 明确…发展目标 is not)."""
    if any(_is_non_task_section(a) for a in node.ancestors()):
        return True
    return _is_non_task_section(node) and (bool(node.children) or node.level == 1)


def _working_items(node: Node):
    for child in node.children:
        if _excluded(child):
            continue
        if is_heading(child):
            yield from _working_items(child)
        else:
            yield child


def _full_text(node: Node) -> str:
    parts = [node.own_text]
    for child in node.walk():
        parts.extend(p.text for p in child.paras)
    return "\n".join(p for p in parts if p)


def _has_content(node: Node) -> bool:
    text = _full_text(node)
    return bool(re.search(r"[。；;！!]", text)) or len(text) > 30


def select_task_nodes(root: Node, options: Options, has_table_tasks: bool = False, notes_of=find_notes) -> list[Node]:
    items = [n for n in root.walk() if n.kind != "unnumbered"]
    if options.task_level:
        chosen = [n for n in items if n.level == options.task_level and not _excluded(n)]
        if options.task_section:
            chosen = [n for n in chosen if any(_is_task_section(a, options.task_section) for a in n.ancestors())]
        return chosen
    sections = [n for n in root.walk() if _is_task_section(n, options.task_section) and not _excluded(n)]
    sections = [s for s in sections if not any(a in sections for a in s.ancestors())]
    noted = [n for n in items if notes_of(n.own_text)]  # a note assigns work in any section (the contract)
    if options.task_section:
        noted = [n for n in noted if any(a in sections for a in n.ancestors())]
    # A title with a note over its sub-items: the sub-items are the tasks, sharing the note.
    noted = [w for n in noted for w in (_working_items(n) if is_heading(n) else [n])]
    candidates: list[Node] = []
    for section in sections:
        candidates.extend(_working_items(section))
    if not sections and not noted and not has_table_tasks:
        # With nothing else to go by, an item must say something: a title alone (a
        # contents list, "3.1.1指挥部组成及职责") is not a task.
        candidates.extend(n for n in _working_items(root) if _has_content(n))
    if options.regulation:
        # an article and the points listed inside it are provisions
        candidates = [n for n in candidates if n.kind != "article" and not any(a.kind == "article" for a in n.ancestors())]
    chosen_ids = {id(n) for n in noted} | {id(n) for n in candidates}
    chosen = [n for n in items if id(n) in chosen_ids]
    # A task whose sub-points carry their own notes gives way to them.
    return [n for n in chosen if not any(id(d) in chosen_ids for d in n.walk())]


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
    return (
        {"text": limit.text, "date": limit.date, "ongoing": limit.ongoing, "recurrence": limit.recurrence},
        limit.milestones,
    )


def _path_headings(node: Node) -> list[str]:
    return [a.heading for a in reversed(list(node.ancestors()))]


def _id_parts(node: Node) -> list[str]:
    chain = list(reversed(list(node.ancestors()))) + [node]
    return [str(n.value) if n.value is not None else "0" for n in chain]


def says_first_listed_leads(text: str) -> bool:
    """"（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）" and the like."""
    for phrase in _grammar().rules.first_listed_leads_phrases:
        start = text.find(phrase)
        while start >= 0:
            if "牵头" in text[max(0, start - 15) : start + len(phrase) + 15]:
                return True
            start = text.find(phrase, start + 1)
    return False


def _first_listed_lead(lead: list[str], responsible: list[str], applies: bool) -> tuple[list[str], list[str]]:
    if applies and not lead and responsible:
        return responsible[:1], responsible[1:]
    return lead, responsible


def _shared_notes(node: Node, notes_of=find_notes) -> list:
    """Notes of the nearest title above the task that carries one for its sub-items."""
    for ancestor in node.ancestors():
        if is_heading(ancestor):
            notes = notes_of(ancestor.own_text)
            if notes:
                return notes
    return []


_RUN_END = re.compile(r"^[\s。；;，,]*")


def note_runs(text: str, notes: list) -> list[tuple[str, list]]:
    """An item whose sentences are each closed by their own unit note gives one run per
    note-closed stretch, in order ("…（X牵头，Y配合）；…（Z负责）。"); a sentence after
    the last note stays with the run before it. Fewer than two notes: one run."""
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


def build_prose_tasks(node: Node, year: int | None, first_listed_leads: bool = False, notes_of=find_notes) -> list[dict]:
    """One task per note-closed run of the item (usually one); later runs are numbered -2, -3."""
    text = _full_text(node)
    runs = note_runs(text, notes_of(text))
    tasks = []
    for k, (run_text, run_notes) in enumerate(runs, 1):
        task = build_prose_task(node, year, first_listed_leads, notes_of, run_text, run_notes)
        if k > 1:
            task["id"] += f"-{k}"
            task["number"] += f"-{k}"
        tasks.append(task)
    return tasks


def build_prose_task(node: Node, year: int | None, first_listed_leads: bool = False, notes_of=find_notes, text: str | None = None, notes: list | None = None) -> dict:
    if text is None:
        text = _full_text(node)
        notes = notes_of(text)
    body = remove_notes(text, notes)
    if not any(n.lead or n.responsible for n in notes):
        notes = notes + _shared_notes(node, notes_of)
    lead, responsible = _first_listed_lead(_merge([n.lead for n in notes]), _merge([n.responsible for n in notes]), first_listed_leads)
    note_limit = next((n.deadline for n in reversed(notes) if n.deadline), None)
    limit = parse_time_limit(note_limit, year) if note_limit else deadline_in_text(body, year)
    deadline, milestones = _deadline_dict(limit)
    return {
        "id": ".".join(_id_parts(node)),
        "number": strip_marker_punct(node.marker),
        "path": _path_headings(node),
        "text": squeeze_cjk_spaces(body),
        "lead_units": _units(lead),
        "responsible_units": _units(responsible),
        "leaders": _merge([n.leaders for n in notes]),
        "deadline": deadline,
        "milestones": milestones,
        "parent_task": None,
        "source": {"start_line": node.start_line, "end_line": node.end_line, "page": node.page},
    }


def _parent_task(cell: str | None) -> dict | None:
    if not cell:
        return None
    marker = match_marker(cell)
    if marker and (marker.kind == "arabic" or marker.kind.startswith("decimal")):
        return {"number": marker.label, "text": squeeze_cjk_spaces(cell[marker.end :])}
    return {"number": None, "text": squeeze_cjk_spaces(cell)}


def _value_of(heading: str | None) -> str:
    marker = match_marker(heading or "")
    return str(marker.value) if marker else "0"


class _Memo:
    """Tables repeat their cells row after row (the same units, the same 2022年12月底, the
    same group): each distinct cell is read once per document."""

    def __init__(self):
        self.seen: dict = {}

    def __call__(self, fn, *args):
        key = (fn, *args)
        if key not in self.seen:
            self.seen[key] = fn(*args)
        return self.seen[key]


def _limit_of_cell(cell: str, year: int | None) -> tuple[dict | None, list[dict]]:
    return _deadline_dict(parse_time_limit(cell, year))


def table_tasks(root: Node, year: int | None, first_listed_leads: bool = False) -> tuple[list[dict], list[tuple[str, str, int]]]:
    tasks, warnings = [], []
    once = _Memo()
    holders = [root] + list(root.walk())
    for holder in holders:
        for table in holder.tables:
            start = next((i for i, row in enumerate(table) if is_header_row(row.cells)), None)
            if start is None:
                continue
            columns = header_columns(table[start].cells)
            if not is_task_header(columns):
                continue
            rows = [(r.cells, r.start_line, r.page) for r in table[start:]]
            read, notes = read_task_table(rows)
            warnings += [("table-row-repaired", message, line) for message, line in notes]
            base_path = [] if holder.kind == "root" else _path_headings(holder) + [holder.heading]
            for tt in read:
                if "deadline" in columns:
                    deadline, milestones = once(_limit_of_cell, tt.deadline, year)
                    deadline = dict(deadline) if deadline else None
                else:
                    deadline, milestones = _deadline_dict(deadline_in_text(tt.text, year))
                lead, responsible = _first_listed_lead(*once(units_from_cells, tt.lead, tt.responsible), first_listed_leads)
                number_value = re.sub(r"[^0-9]", "", tt.number) or tt.number
                tasks.append(
                    {
                        "id": ".".join([once(_value_of, tt.part), once(_value_of, tt.group), number_value]),
                        "number": tt.number,
                        "path": base_path + [once(squeeze_cjk_spaces, x) for x in (tt.part, tt.group) if x],
                        "text": squeeze_cjk_spaces(tt.text),
                        "lead_units": _units(lead),
                        "responsible_units": _units(responsible),
                        "leaders": split_units(tt.leader),
                        "deadline": deadline,
                        "milestones": list(milestones),
                        "parent_task": once(_parent_task, tt.parent_task),
                        "source": {"start_line": tt.line, "end_line": tt.line, "page": tt.page, "table_row": tt.line, "columns": tt.cells},
                    }
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


def is_regulation(title: str | None) -> bool:
    """办法, 条例, 实施细则 …: a notice that issues rules, not a plan of work."""
    g = _grammar()
    title = g.title_remark.sub("", (title or "").strip())
    return title.endswith(g.rules.regulation_title_endings)


def is_article_text(root: Node) -> bool:
    """A text of 第一条, 第二条 … (a regulation whose title was not found): its articles are
    provisions, tasks only when they carry a unit."""
    return sum(1 for n in root.walk() if n.kind == "article") >= 3


_NOT_WORD = re.compile(r"[\s\W_]+")


def _key(text: str) -> str:
    return _NOT_WORD.sub("", text)[:10]


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


def extract_tasks(root: Node, year: int | None, options: Options) -> tuple[list[dict], dict[int, list[dict]], list[tuple[str, str, int]]]:
    """The document's tasks in order; for each chosen outline item (by id) the tasks read
    from it (one, or one per note-closed run); table warnings."""
    first_listed = says_first_listed_leads("\n".join(p.text for p in all_paragraphs(root)))
    from_tables, warnings = table_tasks(root, year, first_listed)
    notes_memo: dict[str, list] = {}

    def notes_of(text: str) -> list:
        """find_notes once per text in this document (selection and building both ask)."""
        if text not in notes_memo:
            notes_memo[text] = find_notes(text)
        return notes_memo[text]

    nodes = select_task_nodes(root, options, has_table_tasks=bool(from_tables), notes_of=notes_of)
    by_node = {id(n): build_prose_tasks(n, year, first_listed, notes_of) for n in nodes}
    prose = [task for n in nodes for task in by_node[id(n)]]
    tasks = prose + merge_annex_rows(prose, from_tables)
    tasks.sort(key=lambda t: t["source"]["start_line"])
    unique_ids(tasks)
    return tasks, by_node, warnings


def all_paragraphs(root: Node) -> list[Piece]:
    paras = list(root.paras)
    for node in root.walk():
        paras.extend(node.paras)
    return sorted(paras, key=lambda p: p.start_line)
