"""Batch conversion: a folder of notices in, a folder of task lists out, an index beside them.

Every output is written through a temporary file and a rename, so an interrupted or
crashed batch leaves no half-written file. Each finished document is appended to a
journal at once; `--resume` skips documents whose source sha256 and tool version match
a finished row, so a second run after Ctrl-C redoes only what was not done.

Robustness: documents run in worker processes (policy_extract.workers) under a time limit
and a memory ceiling; inputs are hashed by the workers as they come to them, so an early
interrupt still leaves a valid index; pipes and devices in the folder are skipped without
being opened; an unreadable subfolder is reported; one batch at a time writes into an
output folder (a lock), and rows of earlier runs whose outputs are still there stay in
the index.
"""
from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import asdict, dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from . import __version__
from .load import SUPPORTED_SUFFIXES
from .load.base import sha256_of
from .lock import LOCK_NAME, BatchBusy, Interrupted, OutputLock, stop_on_signals  # noqa: F401 (the batch's API)

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


@dataclass
class Scan:
    """What is under the input folder."""

    supported: list[Path] = field(default_factory=list)
    unsupported: list[Path] = field(default_factory=list)
    special: list[tuple[Path, str]] = field(default_factory=list)  # pipes, devices: never opened
    unreadable: list[tuple[Path, str]] = field(default_factory=list)  # folders that cannot be listed


def _special_kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    for test, name in ((stat.S_ISFIFO, "a pipe (FIFO)"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def scan_inputs(root: Path, outdir: Path) -> Scan:
    """Files under root in a stable order. Symlinked folders are followed once (a loop is
    not); the output folder is not read as input; nothing is opened (os.stat only)."""
    scan = Scan()
    seen: set[str] = set()
    out_real = os.path.realpath(outdir)
    root_real = os.path.realpath(root)
    out_inside_root = out_real != root_real and out_real.startswith(root_real + os.sep)

    def unreadable(exc: OSError) -> None:
        scan.unreadable.append((Path(exc.filename), exc.strerror or type(exc).__name__))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unreadable):
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
            try:
                kind = _special_kind(os.stat(path).st_mode)
            except OSError:
                kind = None  # a broken link: the worker reports it
            if kind is not None:
                scan.special.append((path, kind))
            elif path.suffix.lower() in SUPPORTED_SUFFIXES:
                scan.supported.append(path)
            else:
                scan.unsupported.append(path)
    return scan


def find_inputs(root: Path, outdir: Path) -> tuple[list[Path], list[Path]]:
    """Supported and unsupported regular files under root (see scan_inputs)."""
    scan = scan_inputs(root, outdir)
    return scan.supported, scan.unsupported


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


@lru_cache(maxsize=4)
def _rules_of(path: str | None):
    """The rules a worker parses with: those of a --rules file, read once per worker."""
    from .rules import Rules

    return Rules.from_file(path) if path else None


def convert_one(path: str, output: str, fmt: str, reuse_sha256: str | None = None, cwd: str | None = None, rules: str | None = None) -> dict:
    """Hash, parse one file and write its task list; runs in a worker process (the local
    pool's or a Dask cluster's). With reuse_sha256 (--resume), a file whose bytes still
    have that hash and whose output is there is not parsed again: {"status": "reused"}.
    The result carries the sha256. cwd: the folder relative paths are taken from, for a
    worker that runs elsewhere; the task list and errors still show the paths as given.
    rules: a --rules file's path, whose words extend the grammar for this document.

    The task list stays plain data (pipeline.parse_plain, the bytes the models would
    write); pydantic-core's serializer writes its JSON (export.dumps), loaded once per worker."""
    import pydantic_core  # noqa: F401  (export.dumps uses it once it is loaded)

    from .errors import InputError
    from .load import load
    from .load.base import read_bytes
    from .output import render_output, write_atomically
    from .pipeline import parse_plain

    source, target = (Path(cwd, path), Path(cwd, output)) if cwd else (Path(path), Path(output))
    try:
        digest = sha256_of(read_bytes(source))
    except InputError as exc:
        return {"status": "failed", "error": str(exc).replace(str(source), str(Path(path)))}
    if reuse_sha256 is not None and digest == reuse_sha256 and target.exists():
        return {"status": "reused", "sha256": digest}
    from .grammar import using

    try:
        with using(_rules_of(rules)):
            data = parse_plain(load(source))
    except InputError as exc:
        return {"status": "failed", "error": str(exc).replace(str(source), str(Path(path))), "sha256": digest}
    except MemoryError:
        raise  # the worker reports the memory ceiling
    except Exception as exc:  # a bug must not stop the batch; it is reported in the index
        return {"status": "failed", "error": f"internal error: {type(exc).__name__}: {exc}", "sha256": digest}
    if cwd:
        data["source"]["path"] = str(Path(path))
    try:
        write_atomically(target, render_output(data, fmt))
    except OSError as exc:
        return {"status": "failed", "error": f"cannot write {output}: {exc.strerror}", "sha256": data["source"]["sha256"]}
    result = {"status": "ok", "tasks": len(data["tasks"]), "warnings": len(data["warnings"]), "sha256": data["source"]["sha256"]}
    if fmt in LEDGER_FORMATS:
        result["document"] = data  # for the combined ledger
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


def index_counts(rows: list[Row]) -> dict[str, int]:
    """The summary the index opens with: documents, ok, no_tasks (ok with zero tasks),
    failed, skipped."""
    ok = [r for r in rows if r.status == "ok"]
    return {
        "documents": sum(r.status in ("ok", "failed") for r in rows),
        "ok": len(ok),
        "no_tasks": sum(r.tasks == 0 for r in ok),
        "failed": sum(r.status == "failed" for r in rows),
        "skipped": sum(r.status == "skipped" for r in rows),
    }


def write_index(outdir: Path, rows: list[Row]) -> None:
    from .output import write_atomically

    data = {"tool": "policy-extract", "version": __version__, "counts": index_counts(rows), "documents": [asdict(r) for r in rows]}
    write_atomically(outdir / INDEX_NAME, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    try:
        (outdir / JOURNAL_NAME).unlink()
    except FileNotFoundError:
        pass


def merged_rows(outdir: Path, previous: dict[str, Row], now: dict[str, Row], interrupted: bool) -> list[Row]:
    """The index's rows: this run's, and an earlier run's that this run did not redo —
    all of them when interrupted (nothing known is lost), else those whose task list is
    still in the folder (another input folder converted into the same output folder)."""
    rows = dict(now)
    for source, row in previous.items():
        if source in rows:
            continue
        if interrupted or (row.status == "ok" and row.output and (outdir / row.output).exists()):
            rows[source] = row
    return [rows[k] for k in sorted(rows)]


def _plan(scan: Scan, root: Path, outdir: Path, fmt: str, previous: dict[str, Row], resume: bool):
    """Rows known before converting (skipped files, unreadable folders) and the jobs:
    (rel, (path, output path, fmt, sha256 a resumed row had))."""
    names = output_names(scan.supported, root, fmt)
    rows: dict[str, Row] = {}
    jobs = []
    for path in scan.supported:
        rel = str(path.relative_to(root))
        before = previous.get(rel) if resume else None
        reusable = before is not None and before.status == "ok" and before.version == __version__ and before.output == names[path]
        args = (str(path), str(outdir / names[path]), fmt)
        jobs.append((rel, args + (before.sha256,) if reusable else args))  # (the hash only when it is used)
    for path in scan.unsupported:
        rel = str(path.relative_to(root))
        rows[rel] = Row(rel, None, "skipped", error=f"unsupported file type '{path.suffix or 'none'}'")
    for path, kind in scan.special:
        rel = str(path.relative_to(root))
        rows[rel] = Row(rel, None, "skipped", error=f"{kind}, not a regular file; skipped without opening it")
    for folder, reason in scan.unreadable:
        try:
            rel = str(folder.relative_to(root)) + os.sep
        except ValueError:
            rel = str(folder) + os.sep
        rows[rel] = Row(rel, None, "failed", error=f"folder cannot be read ({reason}); the notices in it were not converted — check its permissions")
    return rows, jobs, names


def run_batch(root: Path, outdir: Path, fmt: str = "json", workers: int | None = None, resume: bool = False, on_done=None, tables: str | None = None, runner=None, limits=None,
              rules: str | None = None) -> tuple[list[Row], int]:
    """Convert every supported file under root into outdir. Returns the index rows (in
    input order) and how many documents were reused from an earlier run. Raises
    BatchBusy when another batch holds the output folder.

    tables: "jsonl" or "parquet" also writes the corpus tables (corpus.py; fmt is then
    "json"). runner: converts the documents elsewhere instead of the local pool (a
    dask_runner.DaskRunner): runner.run(jobs, finish) calls convert_one(*args) for each
    (key, args) job and finish(key, result) as each ends. limits: the local pool's
    workers.Limits (time per document, memory per worker). rules: the path of a --rules
    file every document is parsed with."""
    if tables and fmt != "json":
        raise ValueError("the corpus tables are read from the JSON task lists: give fmt='json' with tables")
    outdir.mkdir(parents=True, exist_ok=True)
    with OutputLock(outdir):
        return _run_locked(root, outdir, fmt, workers, resume, on_done, tables, runner, limits, rules)


def _run_locked(root, outdir, fmt, workers, resume, on_done, tables, runner, limits, rules=None):
    from .workers import Limits, WorkerPool

    if runner is None:  # compiled once here, inherited by the forked workers
        import pydantic_core  # noqa: F401

        from . import export, pipeline  # noqa: F401
    previous: dict[str, Row] = {}
    rows: dict[str, Row] = {}
    documents: dict[str, dict] = {}
    journal = None
    try:
        remove_stale_temporaries(outdir)
        previous = load_previous(outdir)
        scan = scan_inputs(root, outdir)
        rows, jobs, names = _plan(scan, root, outdir, fmt, previous, resume)
        journal = open(outdir / JOURNAL_NAME, "a", encoding="utf-8")
        done = reused = 0
        outputs = {rel: names[Path(args[0])] for rel, args in jobs}

        def finish(rel: str, result: dict) -> None:
            nonlocal done, reused
            if result["status"] == "reused":
                row = previous[rel]
                reused += 1
            else:
                if "document" in result:
                    documents[rel] = result.pop("document")
                status = result["status"]
                row = Row(rel, result.get("sha256"), status, result.get("tasks"), result.get("warnings"), outputs[rel] if status == "ok" else None, result.get("error"))
                journal.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
                journal.flush()
            rows[rel] = row
            done += 1
            if on_done:
                on_done(row, done, len(jobs))

        if runner is not None:
            runner.run(jobs, finish, rules=rules) if rules else runner.run(jobs, finish)
        else:
            convert = partial(convert_one, rules=rules) if rules else convert_one
            pool = WorkerPool(convert, max(1, workers or os.cpu_count() or 1), limits or Limits())
            try:
                pool.run(jobs, finish)
            finally:
                pool.close()
    except KeyboardInterrupt:
        if journal is not None:
            journal.close()
        remove_stale_temporaries(outdir)
        write_index(outdir, merged_rows(outdir, previous, rows, interrupted=True))
        raise
    journal.close()
    ordered = merged_rows(outdir, previous, rows, interrupted=False)
    this_run = [r for r in ordered if r.source in rows]
    if fmt in LEDGER_FORMATS:
        write_combined_ledger(root, outdir, fmt, this_run, documents)
    if tables:
        from .corpus import write_tables

        write_tables(outdir, this_run, tables)
    write_index(outdir, ordered)
    return this_run, reused


def write_combined_ledger(root: Path, outdir: Path, fmt: str, rows: list[Row], documents: dict[str, dict]) -> None:
    """One workbook (or CSV) with every notice's tasks, the source document as a column.
    Documents reused by --resume are parsed again for it."""
    from .ledger import to_csv, to_xlsx
    from .models import Document
    from .output import write_atomically
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
