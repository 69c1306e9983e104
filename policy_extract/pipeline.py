"""load -> normalize -> segment -> extract -> model. Each stage takes and returns plain data.

`parse_plain` ends with the task list as plain data shaped as the models dump it (what the
command line and batch workers write, without pydantic); `parse_loaded` builds the
`models.Document` from it (the Python API)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .deadlines import list_deadline, roll_past_dates
from .errors import warning
from .extract import Options, all_paragraphs, extract_tasks, is_article_text, is_regulation, names_no_work
from .load import LoadedDocument, load, load_string
from .meta import context_year, extract_meta, next_year_planned
from .normalize import normalize
from .page_fields import page_fields
from .ruby import strip_pinyin
from .segment import Node, numbering_warnings, segment


def _outline(node: Node, task_ids: dict[int, list[dict]]) -> dict:
    from .markers import strip_marker_punct

    return {
        "marker": node.marker,
        "level": node.level,
        "title": node.title,
        "kind": node.kind,
        "number": strip_marker_punct(node.marker),
        "is_task": id(node) in task_ids,
        "task_ids": [t["id"] for t in task_ids.get(id(node), [])],
        "source": {"start_line": node.start_line, "end_line": node.end_line, "page": node.page},
        "children": [_outline(c, task_ids) for c in node.children],
    }


def _table_outline(tasks: list[dict]) -> list[dict]:
    """Outline nodes for tasks read from tables: their parts and groups (the <b>一、</b>
    rows and the group column), then the tasks, in the order printed."""
    from .markers import match_marker, strip_marker_punct

    roots: list[dict] = []
    index: dict[tuple[str, ...], dict] = {}
    for task in tasks:
        if task["source"].get("table_row") is None:
            continue
        siblings, key = roots, ()
        for level, heading in enumerate(task["path"], 1):
            key += (heading,)
            if key not in index:
                marker = match_marker(heading)
                printed = marker.printed if marker else ""
                node = {
                    "marker": printed,
                    "level": level,
                    "title": heading[marker.end :].strip() if marker else heading,
                    "kind": (marker.kind if marker else "unnumbered"),
                    "number": strip_marker_punct(printed),
                    "is_task": False,
                    "source": {"start_line": task["source"]["start_line"], "end_line": task["source"]["end_line"], "page": task["source"]["page"]},
                    "children": [],
                }
                index[key] = node
                siblings.append(node)
            node = index[key]
            node["source"]["end_line"] = task["source"]["end_line"]
            siblings = node["children"]
        siblings.append({
            "marker": task["number"], "level": len(task["path"]) + 1, "title": task["text"].split("。")[0][:60],
            "kind": "table_row", "number": task["number"], "is_task": True, "task_ids": [task["id"]], "source": dict(task["source"], columns=None, table_row=None), "children": [],
        })
    return roots


def _provenance(lines) -> Callable[[dict], dict]:
    """The stages count lines by SourceLine.order (the document's running order, for
    sorting); the output says what a reader finds: the line as the loader counts it (on its
    page for PDF, the paragraph for DOCX), the pages, the table and its row."""
    at = {ln.order: ln for ln in lines}

    def true(src: dict) -> dict:
        first, last = at.get(src["start_line"]), at.get(src["end_line"])
        if first is None or last is None:  # (every line the stages see comes from the loader)
            return {**src, "end_page": src.get("page"), "table": None}
        row = at.get(src["table_row"]) if src.get("table_row") is not None else None
        return {
            "start_line": first.line,
            "end_line": last.line,
            "page": first.page,
            "end_page": last.page,
            "table": row.table + 1 if row is not None and row.table is not None else None,
            "table_row": (row.row + 1 if row.table is not None and row.row is not None else row.line) if row is not None else None,
            "columns": src.get("columns"),
        }

    return true


def _true_outline(node: dict, true) -> dict:
    return {**node, "source": true(node["source"]), "children": [_true_outline(c, true) for c in node["children"]]}


def _check_task_section(root: Node, keyword: str) -> None:
    """--task-section KEYWORD must name a section that is there; say which there are."""
    from .errors import InputError
    from .segment import is_heading

    nodes = list(root.walk())
    if any(keyword in n.title for n in nodes):
        return
    headings = [n for n in nodes if n is not root and (is_heading(n) or n.level == 1)]
    titles = list(dict.fromkeys(f"{n.marker}{n.title}"[:24] for n in headings if n.title))
    shown = "; ".join(titles[:12]) + ("; …" if len(titles) > 12 else "")
    there = f"the sections are: {shown}" if titles else "the notice has no numbered sections; try --task-level N"
    raise InputError(f"--task-section {keyword!r} matches no section title; {there}")


def parse_loaded(loaded: LoadedDocument, options: Options | None = None, simplified: bool = False) -> "Document":  # noqa: F821
    """Run the stages on a loaded document into a `models.Document`."""
    from .models import Document

    return Document.model_validate(parse_plain(loaded, options, simplified))


def parse_plain(loaded: LoadedDocument, options: Options | None = None, simplified: bool = False) -> dict:
    """Run the stages on a loaded document: the task list as plain data, exactly as
    `parse_loaded(...).model_dump(mode="json")`. Traditional characters are read through a
    simplified working copy and printed as they were (or simplified, when asked)."""
    from .shape import shape
    from .variants import restore_strings, to_simplified

    options = options or Options()
    lines, ruby = strip_pinyin(loaded.lines)
    lines, conversion = to_simplified(lines)
    pieces = normalize(lines)
    root = segment(pieces)
    if options.task_section:
        _check_task_section(root, options.task_section)
    paragraphs = all_paragraphs(root)
    meta = extract_meta(paragraphs, page_fields(pieces))
    year = context_year(meta["title"], meta["issue_date"], meta["doc_number"], paragraphs + [p for p in pieces if p.kind == "row"])
    if not options.task_level and not options.task_section and (is_regulation(meta["title"]) or is_article_text(root)):
        options = replace(options, regulation=True)
    if not options.task_level and not options.task_section and names_no_work(meta["title"]):
        options = replace(options, no_work=True)
    tasks, task_ids, table_warnings = extract_tasks(root, year, options)
    if (due := list_deadline(tasks, paragraphs, year)) is not None:  # "并于5月20日前将问题整改完成" over the list: each problem's
        tasks = [{**t, "deadline": due} for t in tasks]
    if next_year_planned(meta["title"], meta["issue_date"], paragraphs):
        tasks = [roll_past_dates(t, meta["issue_date"]) for t in tasks]
    warnings = list(loaded.warnings)
    warnings += numbering_warnings(root) + table_warnings
    if not tasks:
        warnings.append(warning("no-tasks", "no tasks found; try --task-section KEYWORD or --task-level N"))
    data = {
        "source": {"path": loaded.path, "format": loaded.format, "sha256": loaded.sha256},
        "meta": meta,
        "outline": sorted(
            [_outline(c, task_ids) for c in root.children] + _table_outline(tasks), key=lambda n: n["source"]["start_line"]
        ),
        "tasks": tasks,
        "warnings": [w.as_dict() for w in warnings],
    }
    true = _provenance(lines)  # after sorting: outline and tasks stay in reading order across pages
    data["outline"] = [_true_outline(n, true) for n in data["outline"]]
    data["tasks"] = [{**t, "source": true(t["source"])} for t in tasks]
    if conversion is not None and not simplified:
        data = restore_strings(data, conversion)
    if ruby is not None:  # the pinyin a mirror printed, back in place
        data = restore_strings(data, ruby.reading_as(conversion.simplified) if conversion is not None and simplified else ruby)
    return shape(data)


def parse(source: str | Path, *, task_section: str | None = None, task_level: int | None = None, simplified: bool = False,
          ocr: str = "auto") -> "Document":  # noqa: F821
    """Parse a notice: a path to a .txt/.md/.pdf/.docx file, or the text of a notice.

    A str holding a line break is taken as the notice's text; any other str is a path."""
    options = Options(task_section=task_section, task_level=task_level)
    if isinstance(source, str) and "\n" in source:
        return parse_loaded(load_string(source), options, simplified)
    return parse_loaded(load(source, ocr=ocr), options, simplified)
