"""A corpus as two tables: every task of every notice in one, every document in the other.

`policy-extract batch DIR -o OUT --format jsonl` writes OUT/tasks.jsonl and
OUT/documents.jsonl beside the per-notice task lists; `--format parquet` writes the same
two tables as OUT/tasks.parquet and OUT/documents.parquet (pyarrow, the `parquet` extra).

The tables are built from the batch's index rows and the JSON task lists it wrote, so a
resumed batch gives the same tables as a fresh one. Order is stable: documents as in the
index (sorted by path), tasks in the order each notice prints them. Both files are written
through a temporary file and a rename.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

TABLE_FORMATS = ("jsonl", "parquet")
TASKS_TABLE = "tasks"
DOCUMENTS_TABLE = "documents"

# (column, kind) in the order written; kinds: str, int, bool, list (of str).
DOCUMENT_META = (("title", "str"), ("doc_number", "str"), ("issuer", "str"), ("issue_date", "str"))
TASK_COLUMNS = (
    ("document", "str"),
    *DOCUMENT_META,
    ("id", "str"),
    ("number", "str"),
    ("path", "list"),
    ("text", "str"),
    ("lead_units", "list"),
    ("responsible_units", "list"),
    ("leaders", "list"),
    ("deadline", "str"),  # the time limit as printed
    ("due", "str"),  # YYYY-MM-DD
    ("ongoing", "bool"),
    ("recurrence", "str"),
    ("parent_task", "str"),
    ("start_line", "int"),
    ("end_line", "int"),
    ("page", "int"),
)
DOCUMENT_COLUMNS = (
    ("document", "str"),
    ("status", "str"),  # ok | failed | skipped, as in index.json
    ("error", "str"),
    ("output", "str"),
    ("sha256", "str"),
    ("format", "str"),
    *DOCUMENT_META,
    ("task_count", "int"),
    ("warning_count", "int"),
    ("warnings", "list"),  # "code: message (line N)"
)


def table_names(fmt: str) -> list[str]:
    """The files a corpus format adds at the top of the output folder."""
    return [f"{TASKS_TABLE}.{fmt}", f"{DOCUMENTS_TABLE}.{fmt}"] if fmt in TABLE_FORMATS else []


def _meta(doc: dict | None) -> dict:
    meta = (doc or {}).get("meta") or {}
    return {name: meta.get(name) for name, _ in DOCUMENT_META}


def _warning_text(warning: dict) -> str:
    line = warning.get("line")
    return f"{warning['code']}: {warning['message']}" + (f" (line {line})" if line else "")


def task_record(document: str, meta: dict, task: dict) -> dict:
    deadline = task.get("deadline") or {}
    parent = task.get("parent_task") or {}
    source = task["source"]
    return {
        "document": document,
        **meta,
        "id": task["id"],
        "number": task["number"],
        "path": list(task["path"]),
        "text": task["text"],
        "lead_units": [u["name"] for u in task["lead_units"]],
        "responsible_units": [u["name"] for u in task["responsible_units"]],
        "leaders": list(task["leaders"]),
        "deadline": deadline.get("text"),
        "due": deadline.get("date"),
        "ongoing": bool(deadline.get("ongoing")),
        "recurrence": deadline.get("recurrence"),
        "parent_task": parent.get("text"),
        "start_line": source["start_line"],
        "end_line": source["end_line"],
        "page": source.get("page"),
    }


def document_record(row, doc: dict | None) -> dict:
    return {
        "document": row.source,
        "status": row.status,
        "error": row.error,
        "output": row.output,
        "sha256": row.sha256,
        "format": doc["source"]["format"] if doc else None,
        **_meta(doc),
        "task_count": row.tasks,
        "warning_count": row.warnings,
        "warnings": [_warning_text(w) for w in doc["warnings"]] if doc else [],
    }


def build_tables(outdir: Path, rows) -> tuple[list[dict], list[dict]]:
    """(tasks, documents) records from the index rows; each finished document's task
    list is read back from the JSON the batch wrote for it."""
    tasks, documents = [], []
    for row in rows:
        doc = None
        if row.status == "ok" and row.output:
            doc = json.loads((outdir / row.output).read_text(encoding="utf-8"))
        documents.append(document_record(row, doc))
        if doc:
            meta = _meta(doc)
            tasks.extend(task_record(row.source, meta, task) for task in doc["tasks"])
    return tasks, documents


def to_jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def _arrow_schema(columns):
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in columns])


def to_parquet(records: list[dict], columns) -> bytes:
    """One Parquet file; the schema is fixed, so an empty table or a column that is all
    null keeps its type. Same records, same bytes."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        from .errors import InputError

        raise InputError("--format parquet needs pyarrow; install it with `pip install 'policy-extract[parquet]'` (or `pip install pyarrow`)") from None
    table = pa.Table.from_pylist(records, schema=_arrow_schema(columns))
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def parquet_available() -> bool:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def write_tables(outdir: Path, rows, fmt: str) -> list[Path]:
    """Write OUT/tasks.FMT and OUT/documents.FMT; returns their paths."""
    from .output import write_atomically

    tasks, documents = build_tables(outdir, rows)
    if fmt == "parquet":
        data = {TASKS_TABLE: to_parquet(tasks, TASK_COLUMNS), DOCUMENTS_TABLE: to_parquet(documents, DOCUMENT_COLUMNS)}
    else:
        data = {TASKS_TABLE: to_jsonl(tasks), DOCUMENTS_TABLE: to_jsonl(documents)}
    written = []
    for name in (TASKS_TABLE, DOCUMENTS_TABLE):
        path = outdir / f"{name}.{fmt}"
        write_atomically(path, data[name])
        written.append(path)
    return written
