"""`policy-extract show`: the outline as a tree with the tasks marked, or a table of tasks.

Made for an 80-column terminal: long text is cut at a width, not wrapped mid-word;
no colour when the output is not a terminal."""
from __future__ import annotations

from .models import Document, OutlineNode, Task

WIDTH = 80


def _cut(text: str, cells: int) -> str:
    """Cut to a display width (a Chinese character takes two cells), never mid-character."""
    from rich.cells import cell_len

    text = " ".join(text.split())
    if cell_len(text) <= cells:
        return text
    out, used = [], 0
    for ch in text:
        w = cell_len(ch)
        if used + w > cells - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _task_label(task: Task, depth: int) -> str:
    """Lines that fit the terminal at this depth of the tree (four cells per level)."""
    room = max(20, WIDTH - 4 * (depth + 1) - 1)
    number = f"✔ {task.number} "
    parts = [f"[bold green]{_escape(number)}[/]{_escape(_cut(task.text, room - len(number) - 1))}"]
    if task.lead_units:
        parts.append(f"\n  [cyan]牵头[/] {_escape(_cut('、'.join(u.name for u in task.lead_units), room - 8))}")
    if task.responsible_units:
        parts.append(f"\n  [cyan]责任[/] {_escape(_cut('、'.join(u.name for u in task.responsible_units), room - 8))}")
    if task.deadline:
        flag = "（持续推进）" if task.deadline.ongoing and task.deadline.date else ""
        due = f"{task.deadline.text}{' → ' + task.deadline.date if task.deadline.date else ''}{flag}"
        parts.append(f"\n  [magenta]时限[/] {_escape(_cut(due, room - 8))}")
    return "".join(parts)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def build_tree(doc: Document):
    from rich.tree import Tree

    title = doc.meta.title or doc.source.path
    root = Tree(f"[bold]{_escape(_cut(title, WIDTH - 12))}[/] ({len(doc.tasks)} tasks)")
    tasks_by_line = {t.source.start_line: t for t in doc.tasks}

    def add(branch, node: OutlineNode, depth: int):
        task = tasks_by_line.get(node.source.start_line) if node.is_task else None
        if task is not None:
            branch.add(_task_label(task, depth))
            return
        child = branch.add(_escape(_cut(f"{node.marker}{node.title}", WIDTH - 4 * (depth + 1) - 1)))
        for sub in node.children:
            add(child, sub, depth + 1)

    for node in doc.outline:
        add(root, node, 0)
    return root


def build_table(doc: Document):
    from rich.table import Table

    table = Table(title=_escape(_cut(doc.meta.title or doc.source.path, WIDTH - 4)), show_lines=True, expand=False)
    table.add_column("序号", no_wrap=True)
    table.add_column("任务", max_width=30)
    table.add_column("牵头", max_width=14)
    table.add_column("责任", max_width=14)
    table.add_column("时限", no_wrap=True)
    for task in doc.tasks:
        table.add_row(
            _escape(task.number),
            _escape(_cut(task.text, 30)),
            _escape(_cut("、".join(u.name for u in task.lead_units), 14)),
            _escape(_cut("、".join(u.name for u in task.responsible_units), 14)),
            _escape((task.deadline.date or task.deadline.text) if task.deadline else ""),
        )
    return table


def render(doc: Document, tasks_only: bool, console) -> None:
    console.print(build_table(doc) if tasks_only else build_tree(doc))
    if doc.warnings:
        console.print(f"[yellow]{len(doc.warnings)} warning(s)[/]")
        for w in doc.warnings:
            console.print(f"  [yellow]{_escape(w.code)}[/] {_escape(w.message)}" + (f" (line {w.line})" if w.line else ""))
