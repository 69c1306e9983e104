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

import json
from pathlib import Path

from .output import atomic_file

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


def iter_records(outdir: Path, rows):
    """(document record, task records) for each index row, in order; each finished
    document's task list is read back from the JSON the batch wrote for it, one at a time,
    so a corpus of any size needs the memory of one notice."""
    for row in rows:
        doc = None
        if row.status == "ok" and row.output:
            doc = json.loads((outdir / row.output).read_text(encoding="utf-8"))
        tasks = []
        if doc:
            meta = _meta(doc)
            tasks = [task_record(row.source, meta, task) for task in doc["tasks"]]
        yield document_record(row, doc), tasks


def to_jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def _arrow_schema(columns):
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in columns])


class _JsonlSink:
    def __init__(self, fh, columns):
        self.fh = fh

    def add(self, records: list[dict]) -> None:
        self.fh.write(to_jsonl(records))

    def close(self) -> None:
        pass


class _ParquetSink:
    """Parquet written in row groups of ROW_GROUP rows, under a fixed schema (an empty table
    or an all-null column keeps its type); the same records give the same bytes."""

    ROW_GROUP = 65536

    def __init__(self, fh, columns):
        import pyarrow.parquet as pq

        self.schema = _arrow_schema(columns)
        self.writer = pq.ParquetWriter(fh, self.schema, compression="zstd")
        self.pending: list[dict] = []
        self.written = False

    def _flush(self) -> None:
        import pyarrow as pa

        self.writer.write_table(pa.Table.from_pylist(self.pending, schema=self.schema))
        self.pending = []
        self.written = True

    def add(self, records: list[dict]) -> None:
        self.pending.extend(records)
        if len(self.pending) >= self.ROW_GROUP:
            self._flush()

    def close(self) -> None:
        if self.pending or not self.written:
            self._flush()
        self.writer.close()


def parquet_available() -> bool:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def write_tables(outdir: Path, rows, fmt: str) -> list[Path]:
    """Write OUT/tasks.FMT and OUT/documents.FMT, streaming; returns their paths."""
    sink = _ParquetSink if fmt == "parquet" else _JsonlSink
    tasks_path, documents_path = outdir / f"{TASKS_TABLE}.{fmt}", outdir / f"{DOCUMENTS_TABLE}.{fmt}"
    with atomic_file(tasks_path) as tasks_fh, atomic_file(documents_path) as documents_fh:
        tasks, documents = sink(tasks_fh, TASK_COLUMNS), sink(documents_fh, DOCUMENT_COLUMNS)
        for document, task_records in iter_records(outdir, rows):
            documents.add([document])
            tasks.add(task_records)
        tasks.close()
        documents.close()
    return [tasks_path, documents_path]
