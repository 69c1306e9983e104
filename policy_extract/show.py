"""`policy-extract show`: the outline as a tree with the tasks marked, or a table of tasks.

Drawn at the terminal's width (or --width N; 80 columns when the output is not a
terminal). Unit names are never cut: a cell wraps between names, and only a name wider
than its whole column folds. On a terminal the output goes through a pager as git's
does ($PAGER, else `less` with LESS=FRX: it quits at once when the text fits the
screen and keeps the colours); piped, it is plain text without colour.
"""
from __future__ import annotations

import os
import subprocess
import sys

from .models import Document, OutlineNode, Task

WIDTH = 80  # when the output is not a terminal and no --width is given
MIN_WIDTH = 40


def _cell_len(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def _cut(text: str, cells: int) -> str:
    """Cut to a display width (a Chinese character takes two cells), never mid-character."""
    text = " ".join(text.split())
    if _cell_len(text) <= cells:
        return text
    out, used = [], 0
    for ch in text:
        w = _cell_len(ch)
        if used + w > cells - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _fold(text: str, cells: int) -> list[str]:
    """Lines of at most `cells` display cells, broken between characters."""
    lines, line, used = [], "", 0
    for ch in text:
        w = _cell_len(ch)
        if used + w > cells and line:
            lines.append(line)
            line, used = "", 0
        line, used = line + ch, used + w
    return lines + [line] if line or not lines else lines


def wrap_names(names: list[str], cells: int, sep: str = "、") -> list[str]:
    """Names joined by sep in lines of at most `cells`, broken between names; a name
    wider than a whole line is folded, never cut."""
    lines: list[str] = []
    line = ""
    for i, name in enumerate(names):
        piece = name + (sep if i < len(names) - 1 else "")
        if line and _cell_len(line + piece) > cells:
            lines.append(line)
            line = ""
        if _cell_len(piece) > cells:
            folded = _fold(piece, cells)
            lines.extend(folded[:-1])
            line = folded[-1]
        else:
            line += piece
    if line:
        lines.append(line)
    return lines


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _names(units) -> list[str]:
    return [u.name for u in units]


def _due(task: Task) -> str:
    if not task.deadline:
        return ""
    flag = "（持续推进）" if task.deadline.ongoing and task.deadline.date else ""
    return f"{task.deadline.text}{' → ' + task.deadline.date if task.deadline.date else ''}{flag}"


def _task_label(task: Task, room: int) -> str:
    """A task in the tree: its number and text on one line cut to the room left at this
    depth, then its units (whole, wrapped between names) and its time limit."""
    number = f"✔ {task.number} "
    parts = [f"[bold green]{_escape(number)}[/]{_escape(_cut(task.text, room - _cell_len(number)))}"]
    for label, units in (("牵头", task.lead_units), ("责任", task.responsible_units)):
        if units:
            lines = wrap_names(_names(units), max(8, room - 7))
            parts.append(f"\n  [cyan]{label}[/] " + "\n       ".join(_escape(line) for line in lines))
    if task.deadline:
        lines = _fold(_due(task), max(8, room - 7))
        parts.append("\n  [magenta]时限[/] " + "\n       ".join(_escape(line) for line in lines))
    return "".join(parts)


def build_tree(doc: Document, width: int = WIDTH):
    from rich.tree import Tree

    title = doc.meta.title or doc.source.path
    suffix = f" ({len(doc.tasks)} tasks)"
    root = Tree(f"[bold]{_escape(_cut(title, width - _cell_len(suffix) - 1))}[/]{suffix}")
    tasks_by_id = {t.id: t for t in doc.tasks}

    def add(branch, node: OutlineNode, depth: int):
        room = max(20, width - 4 * (depth + 1) - 1)  # a tree level takes four cells
        tasks = [tasks_by_id[i] for i in node.task_ids if i in tasks_by_id]
        if tasks:
            for task in tasks:
                branch.add(_task_label(task, room))
            return
        child = branch.add(_escape(_cut(f"{node.marker}{node.title}", room)))
        for sub in node.children:
            add(child, sub, depth + 1)

    for node in doc.outline:
        add(root, node, 0)
    return root


def _table_widths(doc: Document, width: int) -> dict[str, int]:
    """Column widths for the task table: the number and time limit as printed; the
    units one name a line, in a 牵头 and a 责任 column each as wide as its longest name
    when the task text keeps at least a third of the line, else in one 单位 column
    (牵头： and 责任： lines heading the names); the task text takes what is left.
    Columns nobody fills are left out."""
    tasks = doc.tasks
    want: dict[str, int] = {"序号": max([_cell_len(t.number) for t in tasks] + [4])}
    lead = max([_cell_len(n) for t in tasks for n in _names(t.lead_units)] + [0])
    resp = max([_cell_len(n) for t in tasks for n in _names(t.responsible_units)] + [0])
    due = max([_cell_len(t.deadline.date or t.deadline.text) for t in tasks if t.deadline] + [0])
    if due:
        want["时限"] = max(4, min(due, 12))

    def room(columns: int) -> int:
        return width - (1 + 3 * columns)  # the table's rules and the cells' padding

    base = 2 + bool(due)
    if lead and resp:
        split = room(base + 2) - sum(want.values()) - max(lead, 4) - max(resp, 4)
        if split >= max(16, room(base + 2) // 3):
            want.update({"牵头": max(lead, 4), "责任": max(resp, 4)})
        else:
            left = room(base + 1) - sum(want.values())
            want["单位"] = max(6, min(max(lead, resp), left - max(16, left // 2)))
    elif lead or resp:
        name = "牵头" if lead else "责任"
        left = room(base + 1) - sum(want.values())
        want[name] = max(4, min(lead or resp, left - max(16, left // 2)))
    want["任务"] = max(8, room(len(want) + 1) - sum(want.values()))
    return want


def _unit_lines(names: list[str], cells: int) -> list[str]:
    """One name a line; a name wider than the column folds."""
    return [line for name in names for line in _fold(name, cells)]


def build_table(doc: Document, width: int = WIDTH):
    from rich.table import Table

    widths = _table_widths(doc, width)
    table = Table(title=_escape(_cut(doc.meta.title or doc.source.path, width - 4)), show_lines=True, expand=False)
    table.add_column("序号", no_wrap=True, width=widths["序号"])
    table.add_column("任务", width=widths["任务"], overflow="fold")
    for name in ("牵头", "责任", "单位"):
        if name in widths:
            table.add_column(name, width=widths[name], overflow="fold")
    if "时限" in widths:
        table.add_column("时限", width=widths["时限"], overflow="fold")
    for task in doc.tasks:
        cells = [_escape(task.number), _escape(" ".join(task.text.split()))]
        for name, units in (("牵头", task.lead_units), ("责任", task.responsible_units)):
            if name in widths:
                cells.append(_escape("\n".join(_unit_lines(_names(units), widths[name]))))
        if "单位" in widths:
            lines = []
            for label, units in (("牵头：", task.lead_units), ("责任：", task.responsible_units)):
                if units:
                    lines += [label] + _unit_lines(_names(units), widths["单位"])
            cells.append(_escape("\n".join(lines)))
        if "时限" in widths:
            cells.append(_escape((task.deadline.date or task.deadline.text) if task.deadline else ""))
        table.add_row(*cells)
    return table


def render(doc: Document, tasks_only: bool, console) -> None:
    width = max(MIN_WIDTH, console.width)
    console.print(build_table(doc, width) if tasks_only else build_tree(doc, width))
    if doc.warnings:
        console.print(f"[yellow]{len(doc.warnings)} warning(s)[/]")
        for w in doc.warnings:
            line = f" (line {w.line})" if w.line else ""
            console.print(f"  [yellow]{_escape(w.code)}[/] {_escape(w.message)}{line}", overflow="fold")


def render_text(doc: Document, tasks_only: bool, width: int, colour: bool) -> str:
    """What `show` prints, as text of the given width (with colour codes when asked)."""
    import io

    from rich.console import Console

    console = Console(
        file=io.StringIO(), width=width, force_terminal=colour, no_color=not colour or None,
        color_system="auto" if colour else None, highlight=False, soft_wrap=False, legacy_windows=False,
    )
    render(doc, tasks_only, console)
    return console.file.getvalue()


def terminal_width(stream=None) -> int | None:
    stream = stream or sys.stdout
    try:
        if stream.isatty():
            return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError):
        pass
    return None


def pager_command() -> str | None:
    """The pager, as git chooses it: $PAGER (empty or `cat`: none), else `less`."""
    pager = os.environ.get("PAGER")
    if pager is not None:
        pager = pager.strip()
        return None if pager in ("", "cat") else pager
    import shutil

    return "less" if shutil.which("less") else None


def page(text: str) -> None:
    """Send text to the pager (LESS=FRX unless LESS is set, as git does); print it when
    there is no pager or it cannot be started."""
    command = pager_command()
    if command is None:
        _write(text)
        return
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        _write(text)
        return
    try:
        proc.stdin.write(text.encode("utf-8"))
        proc.stdin.close()
    except (BrokenPipeError, OSError):
        pass  # the reader quit the pager early
    while True:
        try:
            proc.wait()
            break
        except KeyboardInterrupt:
            continue  # Ctrl-C belongs to the pager, as in git


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `show … | head`: the reader has enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)


def show(doc: Document, tasks_only: bool, width: int | None = None, use_pager: bool = True) -> None:
    """Print the tree or the table: paged with colour on a terminal, plain when piped."""
    tty_width = terminal_width()
    on_terminal = tty_width is not None
    text = render_text(doc, tasks_only, width or tty_width or WIDTH, colour=on_terminal and "NO_COLOR" not in os.environ)
    if on_terminal and use_pager:
        page(text)
    else:
        _write(text)
