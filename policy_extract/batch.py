"""Batch conversion: a folder of notices in, a folder of task lists out, an index beside them.

Every output is written through a temporary file and a rename, so an interrupted or
crashed batch leaves no half-written file. Each finished document is appended to a
journal at once; `--resume` skips documents whose source sha256 and tool version match
a finished row, so a second run after Ctrl-C redoes only what was not done.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from . import __version__
from .load import SUPPORTED_SUFFIXES
from .load.base import sha256_of

INDEX_NAME = "index.json"
LEDGER_FORMATS = ("xlsx", "csv")
COMBINED_LEDGER = "ledger"
JOURNAL_NAME = ".policy-extract-journal.jsonl"


@dataclass
class Row:
    source: str  # relative to the input folder
    sha256: str | None
    status: str  # ok | failed | skipped
    tasks: int | None = None
    warnings: int | None = None
    output: str | None = None  # relative to the output folder
    error: str | None = None
    version: str = __version__


def find_inputs(root: Path, outdir: Path) -> tuple[list[Path], list[Path]]:
    """Supported and unsupported files under root, in a stable order. Symlinked folders
    are followed once (a loop is not); the output folder is not read as input."""
    supported, unsupported = [], []
    seen: set[str] = set()
    out_real = os.path.realpath(outdir)
    root_real = os.path.realpath(root)
    out_inside_root = out_real != root_real and out_real.startswith(root_real + os.sep)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen or (out_inside_root and (real == out_real or real.startswith(out_real + os.sep))):
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            (supported if path.suffix.lower() in SUPPORTED_SUFFIXES else unsupported).append(path)
    return supported, unsupported


def output_names(inputs: list[Path], root: Path, fmt: str) -> dict[Path, str]:
    """notice.txt -> notice.json at the same relative path; where two inputs share a stem
    in one folder (a.txt and a.pdf), both keep their extension: a.txt.json, a.pdf.json."""
    ext = "." + fmt
    stems: dict[tuple[str, str], int] = {}
    for path in inputs:
        rel = path.relative_to(root)
        key = (str(rel.parent), rel.stem)
        stems[key] = stems.get(key, 0) + 1
    reserved = {INDEX_NAME, f"{COMBINED_LEDGER}.{fmt}"}  # the batch's own files at the top
    names = {}
    for path in inputs:
        rel = path.relative_to(root)
        clash = stems[(str(rel.parent), rel.stem)] > 1 or (str(rel.parent) == "." and rel.stem + ext in reserved)
        names[path] = str(rel.parent / ((rel.name if clash else rel.stem) + ext))
    return names


def convert_one(path: str, output: str, fmt: str, cwd: str | None = None) -> dict:
    """Parse one file and write its task list; runs in a worker process (a local pool's or
    a Dask cluster's). cwd: the folder relative paths are taken from, for a worker that
    runs elsewhere; the task list and errors still show the paths as given."""
    from .output import render_output, write_atomically
    from .errors import InputError
    from .pipeline import parse

    source, target = (Path(cwd, path), Path(cwd, output)) if cwd else (Path(path), Path(output))
    try:
        doc = parse(source)
    except InputError as exc:
        return {"status": "failed", "error": str(exc).replace(str(source), str(Path(path)))}
    except Exception as exc:  # a bug must not stop the batch; it is reported in the index
        return {"status": "failed", "error": f"internal error: {type(exc).__name__}: {exc}"}
    if cwd:
        doc = doc.model_copy(update={"source": doc.source.model_copy(update={"path": str(Path(path))})})
    try:
        write_atomically(target, render_output(doc, fmt))
    except OSError as exc:
        return {"status": "failed", "error": f"cannot write {output}: {exc.strerror}"}
    result = {"status": "ok", "tasks": len(doc.tasks), "warnings": len(doc.warnings)}
    if fmt in LEDGER_FORMATS:
        result["document"] = doc.model_dump(mode="json")  # for the combined ledger
    return result


def load_previous(outdir: Path) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    index = outdir / INDEX_NAME
    if index.exists():
        try:
            for item in json.loads(index.read_text(encoding="utf-8")).get("documents", []):
                rows[item["source"]] = Row(**item)
        except (ValueError, TypeError, KeyError):
            pass
    journal = outdir / JOURNAL_NAME
    if journal.exists():
        for line in journal.read_text(encoding="utf-8").splitlines():
            try:
                item = json.loads(line)
                rows[item["source"]] = Row(**item)
            except (ValueError, TypeError, KeyError):
                continue  # a line cut short by a crash
    return rows


_TEMPORARY = re.compile(r"^\..+\.(?:json|yaml|xlsx|csv|jsonl|parquet)\.[A-Za-z0-9_]{8}\.tmp$")


def remove_stale_temporaries(outdir: Path) -> None:
    """Remove what an interrupted write left: only names write_atomically makes
    (".notice.json.ab12cd34.tmp"), never a user's own files."""
    for dirpath, _, filenames in os.walk(outdir):
        for name in filenames:
            if _TEMPORARY.match(name):
                try:
                    os.unlink(os.path.join(dirpath, name))
                except OSError:
                    pass


def write_index(outdir: Path, rows: list[Row]) -> None:
    from .output import write_atomically

    data = {"tool": "policy-extract", "version": __version__, "documents": [asdict(r) for r in rows]}
    write_atomically(outdir / INDEX_NAME, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    try:
        (outdir / JOURNAL_NAME).unlink()
    except FileNotFoundError:
        pass


def run_batch(root: Path, outdir: Path, fmt: str = "json", workers: int | None = None, resume: bool = False, on_done=None, tables: str | None = None, runner=None) -> tuple[list[Row], int]:
    """Convert every supported file under root into outdir. Returns the index rows (in
    input order) and how many documents were reused from an earlier run.

    tables: "jsonl" or "parquet" also writes the corpus tables (corpus.py; fmt is then
    "json"). runner: converts the documents elsewhere instead of the local pool (a
    dask_runner.DaskRunner): runner.run(jobs, finish) calls convert_one(*args) for each
    (key, args) job and finish(key, result) as each ends."""
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from . import pipeline  # noqa: F401  imported before forking, so workers start warm

    if tables and fmt != "json":
        raise ValueError("the corpus tables are read from the JSON task lists: give fmt='json' with tables")

    outdir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(outdir)
    inputs, unsupported = find_inputs(root, outdir)
    names = output_names(inputs, root, fmt)
    previous = load_previous(outdir) if resume else {}
    rows: dict[str, Row] = {}
    todo: list[tuple[Path, str, str]] = []
    reused = 0
    for path in inputs:
        rel = str(path.relative_to(root))
        try:
            digest = sha256_of(path.read_bytes())
        except OSError as exc:
            rows[rel] = Row(rel, None, "failed", error=f"{path}: cannot be read ({exc.strerror})")
            continue
        before = previous.get(rel)
        if (
            before is not None
            and before.status == "ok"
            and before.sha256 == digest
            and before.version == __version__
            and before.output == names[path]
            and (outdir / names[path]).exists()
        ):
            rows[rel] = before
            reused += 1
            continue
        todo.append((path, rel, digest))
    for path in unsupported:
        rel = str(path.relative_to(root))
        rows[rel] = Row(rel, None, "skipped", error=f"unsupported file type '{path.suffix or 'none'}'")

    journal = open(outdir / JOURNAL_NAME, "a", encoding="utf-8")
    done = 0
    documents: dict[str, dict] = {}

    def finish(rel: str, digest: str, output: str, result: dict) -> None:
        nonlocal done
        if "document" in result:
            documents[rel] = result.pop("document")
        row = Row(rel, digest, result["status"], result.get("tasks"), result.get("warnings"), output if result["status"] == "ok" else None, result.get("error"))
        rows[rel] = row
        journal.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
        journal.flush()
        done += 1
        if on_done:
            on_done(row, done, len(todo))

    workers = max(1, workers or os.cpu_count() or 1)
    try:
        if runner is not None:
            known = {rel: (digest, names[path]) for path, rel, digest in todo}
            runner.run([(rel, (str(path), str(outdir / names[path]), fmt)) for path, rel, _ in todo], lambda rel, result: finish(rel, *known[rel], result))
        elif workers == 1 or len(todo) <= 1:
            for path, rel, digest in todo:
                finish(rel, digest, names[path], convert_one(str(path), str(outdir / names[path]), fmt))
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = {pool.submit(convert_one, str(path), str(outdir / names[path]), fmt): (rel, digest, names[path]) for path, rel, digest in todo}
                try:
                    for future in as_completed(futures):
                        rel, digest, output = futures[future]
                        try:
                            result = future.result()
                        except Exception as exc:  # a worker that died
                            result = {"status": "failed", "error": f"worker failed: {type(exc).__name__}"}
                        finish(rel, digest, output, result)
                except KeyboardInterrupt:
                    pool.shutdown(wait=True, cancel_futures=True)
                    raise
    except KeyboardInterrupt:
        journal.close()
        remove_stale_temporaries(outdir)
        ordered = [rows[k] for k in sorted(rows)]
        write_index(outdir, ordered)
        raise
    journal.close()
    ordered = [rows[k] for k in sorted(rows)]
    if fmt in LEDGER_FORMATS:
        write_combined_ledger(root, outdir, fmt, ordered, documents)
    if tables:
        from .corpus import write_tables

        write_tables(outdir, ordered, tables)
    write_index(outdir, ordered)
    return ordered, reused


def write_combined_ledger(root: Path, outdir: Path, fmt: str, rows: list[Row], documents: dict[str, dict]) -> None:
    """One workbook (or CSV) with every notice's tasks, the source document as a column.
    Documents reused by --resume are parsed again for it."""
    from .output import write_atomically
    from .ledger import to_csv, to_xlsx
    from .models import Document
    from .pipeline import parse

    docs = []
    for row in rows:
        if row.status != "ok":
            continue
        data = documents.get(row.source)
        doc = Document.model_validate(data) if data else parse(root / row.source)
        docs.append(doc.model_copy(update={"source": doc.source.model_copy(update={"path": row.source})}))
    data = to_xlsx(docs, with_document=True) if fmt == "xlsx" else to_csv(docs, with_document=True)
    write_atomically(outdir / f"{COMBINED_LEDGER}.{fmt}", data)
