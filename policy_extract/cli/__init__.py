"""The command line: a thin layer over `policy_extract.parse`.

Bad input never shows a traceback: one line on stderr saying what is wrong and what to
do, exit 2. Heavy modules (rich, pdfplumber) are imported only by the commands that
need them.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .output import render_output

EXIT_OK, EXIT_MISMATCH, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def fail(message: str) -> "NoReturn":  # noqa: F821
    click.echo(f"policy-extract: error: {message}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def _console(**options):
    """A rich console that ends quietly with exit 0 when its reader goes away
    (`policy-extract show … | head`), as the other commands do."""
    from rich.console import Console

    console = Console(**options)

    def on_broken_pipe() -> None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)

    console.on_broken_pipe = on_broken_pipe
    return console


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policy-extract")
def cli() -> None:
    """Turn Chinese government policy notices (通知, 工作方案, 工作要点, 任务分工方案, 规划)
    into normalized task lists.

    \b
    Examples:
      policy-extract parse notice.txt                 # JSON on stdout
      policy-extract parse notice.pdf --format yaml -o notice.yaml
      policy-extract parse notice.txt --task-section 重点工作
      policy-extract schema > task-list.schema.json
    """


def _ocr_option(f):
    return click.option(
        "--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
        help="Scanned pages: auto = OCR the PDF pages without a text layer (and images); needs `pip install 'policy-extract[ocr]'`.",
    )(f)


def _filter_options(fn):
    fn = click.option("--due-before", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD", help="Only tasks due on or before this date.")(fn)
    fn = click.option(
        "--unit-match", type=click.Choice(["exact", "prefix", "contains"]), default="exact", show_default=True,
        help="How --unit compares: the whole unit name (a bracketed alias counts: 市审改办 in 市行政审批局(市审改办)), its start, or any part.",
    )(fn)
    fn = click.option("--unit", metavar="NAME", help="Only tasks that this unit leads or takes part in (--unit 市政府 is not 市政府办公厅).")(fn)
    return fn


def _filtered(doc, unit, due_before, unit_match="exact"):
    from .filters import apply_filters

    return apply_filters(doc, unit=unit, due_before=due_before.date().isoformat() if due_before else None, unit_match=unit_match)


FORMATS = ["json", "yaml", "xlsx", "csv"]


# Warnings the user must see even when the output goes to a file: the notice gave no
# tasks, or the loader had to repair or reinterpret the input.
STDERR_WARNINGS = ("no-tasks", "bad-bytes", "format-by-content")


def _parse_input(file: Path, task_section, task_level, simplified=False, ocr="auto"):
    """The notice at FILE ("-": standard input) as a Document; bad input ends the run
    with one line and exit 2. Warnings that matter are said on stderr."""
    from .errors import InputError
    from .extract import Options
    from .load import load, load_bytes, read_stream
    from .pipeline import parse_loaded

    try:
        if str(file) == "-":
            loaded = load_bytes(read_stream(sys.stdin.buffer, "<stdin>"), "<stdin>", ocr=ocr)
        else:
            loaded = load(file, ocr=ocr)
        doc = parse_loaded(loaded, Options(task_section=task_section, task_level=task_level), simplified)
    except InputError as exc:
        fail(str(exc))
    for warning in doc.warnings:
        if warning.code in STDERR_WARNINGS:
            where = f" (line {warning.line})" if warning.line and warning.code != "bad-bytes" else ""
            click.echo(f"policy-extract: warning: {doc.source.path}: {warning.message}{where}", err=True)
    return doc


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True, help="Output format (xlsx/csv: the task ledger).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), help="Write here instead of stdout ('-': stdout).")
@click.option("--task-section", metavar="KEYWORD", help="Take tasks from the section whose title contains KEYWORD (e.g. 重点工作).")
@click.option("--task-level", type=click.IntRange(1, 9), metavar="N", help="Take the numbered items at outline level N (1 = top) as tasks.")
@click.option("--simplified", is_flag=True, help="Print a notice in traditional characters in simplified ones.")
@_ocr_option
@_filter_options
def parse(file: Path, fmt: str, output: Path | None, task_section: str | None, task_level: int | None, simplified: bool, ocr: str, unit, unit_match, due_before) -> None:
    """Parse one notice ({formats}; '-': standard input) into a task list. The format
    is read from the file's bytes; .doc .wps .odt .rtf need LibreOffice (soffice on the
    PATH), scans and images the [ocr] extra.

    -o never writes over the input; a symlink is written through to its target, and a
    pipe or device (/dev/null) is written to, never replaced.

    \b
    Examples:
      policy-extract parse samples/hanzhong-2024-function-transformation.txt
      policy-extract parse notice.docx --format yaml -o tasks.yaml
      policy-extract parse plan.txt --task-level 2
      curl -s https://…/notice.txt | policy-extract parse - --format yaml
    """
    from .errors import OutputError
    from .output import write_output

    if output is not None and str(output) == "-":
        output = None
    if fmt == "xlsx" and output is None and sys.stdout.isatty():
        fail("an .xlsx workbook is not for the terminal; add -o FILE.xlsx")
    doc = _parse_input(file, task_section, task_level, simplified, ocr)
    data = render_output(_filtered(doc, unit, due_before, unit_match), fmt)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            write_output(output, data, inputs=(file,))
        except OutputError as exc:
            fail(str(exc))


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--tasks", "tasks_only", is_flag=True, help="A table of the tasks only, not the outline.")
@click.option("--width", type=click.IntRange(40, 1000), metavar="N", help="Draw N columns wide (default: the terminal's width; 80 when piped).")
@click.option("--no-pager", is_flag=True, help="Print straight to the terminal instead of through $PAGER / less.")
@click.option("--task-section", metavar="KEYWORD", help="As for parse.")
@click.option("--task-level", type=click.IntRange(1, 9), metavar="N", help="As for parse.")
@click.option("--simplified", is_flag=True, help="Show a notice in traditional characters in simplified ones.")
@_ocr_option
@_filter_options
def show(file: Path, tasks_only: bool, width: int | None, no_pager: bool, task_section: str | None, task_level: int | None, simplified: bool, ocr: str, unit, unit_match, due_before) -> None:
    """Show a notice's outline as a tree, tasks marked with their units and deadlines.

    On a terminal the output is as wide as the terminal and goes through a pager
    ($PAGER, else less); piped, it is plain text 80 columns wide.

    \b
    Examples:
      policy-extract show samples/hanzhong-2024-function-transformation.txt
      policy-extract show notice.pdf --tasks --unit 市行政审批局
      policy-extract show notice.txt --due-before 2023-12-31 --width 160
    """
    from .show import show as show_document

    doc = _parse_input(file, task_section, task_level, simplified, ocr)
    show_document(_filtered(doc, unit, due_before, unit_match), tasks_only, width=width, use_pager=not no_pager)


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder for the task lists and index.json.")
@click.option("--format", "fmt", type=click.Choice(FORMATS + ["jsonl", "parquet"]), default="json", show_default=True, help="Output format (xlsx/csv also write one combined ledger; jsonl/parquet: JSON task lists and the corpus tables tasks.FMT and documents.FMT).")
@click.option("--workers", type=click.IntRange(1, 256), default=None, help="Worker processes of the local pool (default: one per core; not used with --dask).")
@click.option("--resume", is_flag=True, help="Skip documents already converted (same sha256 and tool version).")
@click.option("--dask", "dask_address", metavar="ADDRESS", help="Convert on a Dask cluster's workers (tcp://HOST:8786); they must see DIRECTORY and OUTDIR at the same paths.")
@click.option("--timeout", type=click.FloatRange(0, None), default=120, show_default=True, metavar="SECONDS", help="Time limit per document in the local pool (0: none); a document over it fails, the batch goes on.")
@click.option("--max-memory", type=click.IntRange(0, None), default=2048, show_default=True, metavar="MB", help="Memory ceiling per local worker (0: none); a document over it fails, the batch goes on.")
def batch(directory: Path, outdir: Path, fmt: str, workers: int | None, resume: bool, dask_address: str | None, timeout: float, max_memory: int) -> None:
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

    from .batch import BatchBusy, run_batch, stop_on_signals
    from .errors import InputError
    from .workers import Limits

    if not directory.is_dir():
        fail(f"{directory}: no such folder; give the folder that holds the notices")
    if outdir.exists() and not outdir.is_dir():
        fail(f"{outdir}: exists and is not a folder; choose another output folder")
    if outdir.exists() and os.path.realpath(outdir) == os.path.realpath(directory):
        fail(f"{outdir}: is the input folder itself; choose a separate output folder")
    tables = fmt if fmt in ("jsonl", "parquet") else None  # the task lists themselves are JSON
    if tables == "parquet":
        from .corpus import parquet_available

        if not parquet_available():
            fail("--format parquet needs pyarrow; install it with `pip install 'policy-extract[parquet]'`, or use --format jsonl")
    runner = nullcontext()
    if dask_address:
        from .dask_runner import connect

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
            rows, reused = run_batch(directory, outdir, fmt="json" if tables else fmt, workers=workers, resume=resume, on_done=on_done, tables=tables, runner=runner if dask_address else None, limits=limits)
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


def _input_formats() -> str:
    from .load import SUPPORTED_SUFFIXES

    return " ".join(SUPPORTED_SUFFIXES)


for _command in (parse, batch):  # the formats as the loaders know them, never a stale list
    _command.help = _command.help.replace("{formats}", _input_formats())


def _print_batch_summary(rows, reused: int, seconds: float, outdir: Path) -> None:
    from rich.table import Table

    console = _console(stderr=True, highlight=False)
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


@cli.command()
@click.argument("manifest", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--update", is_flag=True, help="Rewrite the manifest with the counts found (for an intended change).")
def check(manifest: Path, update: bool) -> None:
    """Check that each document in MANIFEST gives the expected number of tasks.

    Exit 0 when every count matches, 1 when one differs, 2 for a bad manifest.

    \b
    Example manifest (samples/manifest.yaml; paths relative to its folder):
      documents:
        - path: hanzhong-2024-function-transformation.txt
          tasks: 16
    \b
    Examples:
      policy-extract check samples/manifest.yaml
      policy-extract check samples/manifest.yaml --update
    """
    from rich.table import Table

    from .check import run_check, update_manifest
    from .errors import InputError

    try:
        results = run_check(manifest)
    except InputError as exc:
        fail(str(exc))
    console = _console(highlight=False)
    table = Table(title=f"policy-extract check {manifest}")
    table.add_column("document")
    table.add_column("expected", justify="right")
    table.add_column("found", justify="right")
    table.add_column("", justify="left")
    for r in results:
        found = "error" if r.found is None else str(r.found)
        mark = "ok" if r.ok else (r.error or "DIFFERS")
        table.add_row(r.entry.path, str(r.entry.expected), found, mark)
    console.print(table)
    bad = [r for r in results if not r.ok]
    unreadable = [r for r in results if r.error]
    if unreadable and not update:
        console.print(f"{len(unreadable)} document(s) could not be read; fix the manifest's paths")
        sys.exit(EXIT_BAD_INPUT)
    if update:
        update_manifest(manifest, results)
        console.print(f"updated {manifest} ({len(bad)} count(s) changed)")
        sys.exit(EXIT_OK)
    if bad:
        console.print(f"{len(bad)} of {len(results)} document(s) differ")
        sys.exit(EXIT_MISMATCH)
    console.print(f"all {len(results)} document(s) match")


@cli.command()
@click.argument("old", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["md", "json", "yaml", "xlsx"]), default="md", show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--task-section", metavar="KEYWORD", help="As for parse, for both notices.")
@click.option("--task-level", type=click.IntRange(1, 9), metavar="N", help="As for parse, for both notices.")
def diff(old: Path, new: Path, fmt: str, output: Path | None, task_section: str | None, task_level: int | None) -> None:
    """What changed between two versions of a notice: tasks added, removed, changed.

    Tasks pair by the same text, or by similar text (difflib ratio at least 0.5 under the
    same number, 0.7 under another); a changed task lists its text, the units added or
    dropped and its time limit. Exit 0 when nothing changed, 1 when something did, 2 for
    bad input.

    \b
    Examples:
      policy-extract diff plan-2023.docx plan-2024.docx
      policy-extract diff old.pdf new.pdf --format xlsx -o 变化.xlsx
    """
    from .diff import diff_documents, has_changes, render
    from .errors import InputError
    from .pipeline import parse as parse_document

    if fmt == "xlsx" and output is None and sys.stdout.isatty():
        fail("an .xlsx workbook is not for the terminal; add -o FILE.xlsx")
    try:
        docs = [parse_document(path, task_section=task_section, task_level=task_level) for path in (old, new)]
    except InputError as exc:
        fail(str(exc))
    report = diff_documents(*docs)
    data = render(report, fmt)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        from .errors import OutputError
        from .output import write_output

        try:
            write_output(output, data, inputs=(old, new))  # never over either version
        except OutputError as exc:
            fail(str(exc))
    sys.exit(EXIT_MISMATCH if has_changes(report) else EXIT_OK)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the task list.

    \b
    Example:
      policy-extract schema > schemas/task-list.schema.json
    """
    from .schema import schema_text

    sys.stdout.write(schema_text())


def main(argv: list[str] | None = None) -> None:
    """Entry point: click's usage errors become one line and exit 2 too."""
    try:
        rv = cli.main(args=argv, prog_name="policy-extract", standalone_mode=False)
    except click.UsageError as exc:
        if type(exc).__name__.startswith("NoArgsIsHelp"):  # `policy-extract` alone: show the help
            click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
            sys.exit(EXIT_OK)
        hint = f" (see: policy-extract {exc.ctx.info_name if exc.ctx and exc.ctx.parent else ''} --help)".replace("  ", " ")
        fail(f"{exc.format_message()}{hint}")
    except click.Abort:
        click.echo("policy-extract: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except Exception as exc:  # a bug: one line, not a traceback, unless asked for
        if os.environ.get("POLICY_EXTRACT_TRACEBACK"):
            raise
        what = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        click.echo(f"policy-extract: internal error ({what}); this is a bug — please report it with the input file (POLICY_EXTRACT_TRACEBACK=1 shows where)", err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(rv if isinstance(rv, int) else EXIT_OK)


if __name__ == "__main__":
    main()
