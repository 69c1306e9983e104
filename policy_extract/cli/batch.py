"""`batch`: a folder of notices in, a folder of task lists out, with progress and a summary."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .common import EXIT_MISMATCH, EXIT_OK, FORMATS, fail, input_formats, load_rules, rich_console
from .options import rules_option


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder for the task lists and index.json.")
@click.option("--format", "fmt", type=click.Choice(FORMATS + ["jsonl", "parquet"]), default="json", show_default=True, help="Output format (xlsx/csv also write one combined ledger; jsonl/parquet: JSON task lists and the corpus tables tasks.FMT and documents.FMT).")
@click.option("--workers", type=click.IntRange(1, 256), default=None, help="Worker processes of the local pool (default: one per core; not used with --dask).")
@click.option("--resume", is_flag=True, help="Skip documents already converted (same sha256 and tool version).")
@click.option("--dask", "dask_address", metavar="ADDRESS", help="Convert on a Dask cluster's workers (tcp://HOST:8786); they must see DIRECTORY and OUTDIR at the same paths.")
@click.option("--timeout", type=click.FloatRange(0, None), default=120, show_default=True, metavar="SECONDS", help="Time limit per document in the local pool (0: none); a document over it fails, the batch goes on.")
@click.option("--max-memory", type=click.IntRange(0, None), default=2048, show_default=True, metavar="MB", help="Memory ceiling per local worker (0: none); a document over it fails, the batch goes on.")
@rules_option
def batch(directory: Path, outdir: Path, fmt: str, workers: int | None, resume: bool, dask_address: str | None, timeout: float, max_memory: int, rules_file) -> None:
    """Convert every notice ({formats}) under DIRECTORY into OUTDIR
    (.doc .wps .odt .rtf need LibreOffice; scans and images the [ocr] extra).

    Each output goes to the same relative path in OUTDIR; OUTDIR/index.json lists every
    document with its sha256, status, task count, output and error. Exit 0 when all
    succeeded, 1 when some failed; Ctrl-C or SIGTERM stops it, keeping what is done
    (run again with --resume). Pipes and devices in DIRECTORY are skipped unopened.

    \b
    Examples:
      policy-extract batch notices/ -o tasks/
      policy-extract batch notices/ -o tasks/ --format yaml --workers 4
      policy-extract batch notices/ -o tasks/ --resume   # after an interruption
      policy-extract batch notices/ -o tasks/ --format parquet   # + tasks.parquet, documents.parquet
      policy-extract batch /shared/notices -o /shared/tasks --dask tcp://scheduler:8786
    """
    from contextlib import nullcontext

    from ..batch import BatchBusy, run_batch, stop_on_signals
    from ..errors import InputError
    from ..workers import Limits

    load_rules(rules_file)  # a bad rules file is said once, before any document is read
    rules = os.path.abspath(rules_file) if rules_file else None  # workers read it from any folder
    if not directory.is_dir():
        fail(f"{directory}: no such folder; give the folder that holds the notices")
    if outdir.exists() and not outdir.is_dir():
        fail(f"{outdir}: exists and is not a folder; choose another output folder")
    if outdir.exists() and os.path.realpath(outdir) == os.path.realpath(directory):
        fail(f"{outdir}: is the input folder itself; choose a separate output folder")
    tables = fmt if fmt in ("jsonl", "parquet") else None  # the task lists themselves are JSON
    if tables == "parquet":
        from ..corpus import parquet_available

        if not parquet_available():
            fail("--format parquet needs pyarrow; install it with `pip install 'policy-extract[parquet]'`, or use --format jsonl")
    runner = nullcontext()
    if dask_address:
        from ..dask_runner import connect

        try:
            runner = connect(dask_address, str(directory))
        except InputError as exc:
            fail(str(exc))
    interactive = sys.stderr.isatty()
    progress = None
    if interactive:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        progress = Progress(TextColumn("converting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), transient=True)
        progress.start()
        bar = progress.add_task("batch", total=None, rate="")
    import time

    started = time.perf_counter()

    def on_done(row, done, total):
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress.update(bar, completed=done, total=total, rate=f"{done / elapsed:.1f} doc/s" if elapsed else "")
        else:
            if row.status == "ok":
                status = f"{row.tasks} tasks" if row.tasks else "no tasks found"
            else:
                status = f"FAILED: {row.error}"
            click.echo(f"[{done}/{total}] {row.source}: {status}", err=True)

    stop_on_signals()
    limits = Limits(seconds=timeout or None, memory_mb=max_memory or None)
    try:
        with runner:
            rows, reused = run_batch(directory, outdir, fmt="json" if tables else fmt, workers=workers, resume=resume, on_done=on_done, tables=tables, runner=runner if dask_address else None, limits=limits, rules=rules)
    except KeyboardInterrupt as exc:
        if progress is not None:
            progress.stop()
        click.echo(f"policy-extract: interrupted; finished documents are kept, run again with --resume to go on ({outdir / 'index.json'})", err=True)
        sys.exit(128 + getattr(exc, "signum", 2))
    except BatchBusy as exc:
        if progress is not None:
            progress.stop()
        fail(str(exc))
    except OSError as exc:
        if progress is not None:
            progress.stop()
        fail(f"{outdir}: cannot be written ({exc.strerror}); check the folder and free space")
    if progress is not None:
        progress.stop()
    _print_batch_summary(rows, reused, time.perf_counter() - started, outdir)
    sys.exit(EXIT_MISMATCH if any(r.status == "failed" for r in rows) else EXIT_OK)


def _print_batch_summary(rows, reused: int, seconds: float, outdir: Path) -> None:
    from rich.table import Table

    console = rich_console(stderr=True, highlight=False)
    ok = [r for r in rows if r.status == "ok"]
    failed = [r for r in rows if r.status == "failed"]
    skipped = [r for r in rows if r.status == "skipped"]
    special = [r for r in skipped if "not a regular file" in (r.error or "")]
    table = Table(title="policy-extract batch", show_header=False)
    table.add_column("", justify="left")
    table.add_column("", justify="right")
    for name, value in (
        ("documents", len(ok) + len(failed)),
        ("converted now", len(ok) - reused),
        ("reused (--resume)", reused),
        ("tasks", sum(r.tasks or 0 for r in ok)),
        ("no tasks found", sum(r.tasks == 0 for r in ok)),
        ("warnings", sum(r.warnings or 0 for r in ok)),
        ("failed", len(failed)),
        ("skipped (unsupported)", len(skipped) - len(special)),
        ("skipped (pipe/device)", len(special)),
        ("seconds", f"{seconds:.1f}"),
    ):
        table.add_row(name, str(value))
    console.print(table)
    if failed:
        failures = Table(title="failures", show_header=True)
        failures.add_column("document")
        failures.add_column("reason")
        for r in failed:
            failures.add_row(r.source, r.error or "")
        console.print(failures)
    console.print(f"index: {outdir / 'index.json'}")


batch.help = batch.help.replace("{formats}", input_formats())  # the formats as the loaders know them
