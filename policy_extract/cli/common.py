"""What the commands share: exit codes, the one-line error, options, reading a notice.

Nothing here imports pydantic, rich or the loaders of other formats: `parse` of a text
notice to JSON or YAML runs on the task list as plain data (pipeline.parse_plain), and
builds the pydantic models only for what needs them (filters, the ledger, show).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

EXIT_OK, EXIT_MISMATCH, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def fail(message: str) -> "NoReturn":  # noqa: F821
    click.echo(f"policy-extract: error: {message}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def rich_console(**options):
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


def ocr_option(f):
    return click.option(
        "--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
        help="Scanned pages: auto = OCR the PDF pages without a text layer (and images); needs `pip install 'policy-extract[ocr]'`.",
    )(f)


def filter_options(fn):
    fn = click.option("--due-before", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD", help="Only tasks due on or before this date.")(fn)
    fn = click.option(
        "--unit-match", type=click.Choice(["exact", "prefix", "contains"]), default="exact", show_default=True,
        help="How --unit compares: the whole unit name (a bracketed alias counts: 市审改办 in 市行政审批局(市审改办)), its start, or any part.",
    )(fn)
    fn = click.option("--unit", metavar="NAME", help="Only tasks that this unit leads or takes part in (--unit 市政府 is not 市政府办公厅).")(fn)
    return fn


def filtered(data: dict, unit, due_before, unit_match="exact"):
    """The task list as a `models.Document`, only the tasks the filters let through."""
    from ..filters import apply_filters

    return apply_filters(document(data), unit=unit, due_before=due_before.date().isoformat() if due_before else None, unit_match=unit_match)


def document(data: dict):
    """The plain task list as a `models.Document` (pydantic is imported here, not before)."""
    from ..models import Document

    return Document.model_validate(data)


FORMATS = ["json", "yaml", "xlsx", "csv"]


# Warnings the user must see even when the output goes to a file: the notice gave no
# tasks, or the loader had to repair or reinterpret the input.
STDERR_WARNINGS = ("no-tasks", "bad-bytes", "format-by-content")


def parse_input(file: Path, task_section, task_level, simplified=False, ocr="auto") -> dict:
    """The notice at FILE ("-": standard input) as the task list in plain data
    (pipeline.parse_plain); bad input ends the run with one line and exit 2. Warnings
    that matter are said on stderr."""
    from ..errors import InputError
    from ..extract import Options
    from ..load import load, load_bytes, read_stream
    from ..pipeline import parse_plain

    try:
        if str(file) == "-":
            loaded = load_bytes(read_stream(sys.stdin.buffer, "<stdin>"), "<stdin>", ocr=ocr)
        else:
            loaded = load(file, ocr=ocr)
        data = parse_plain(loaded, Options(task_section=task_section, task_level=task_level), simplified)
    except InputError as exc:
        fail(str(exc))
    for warning in data["warnings"]:
        if warning["code"] in STDERR_WARNINGS:
            where = f" (line {warning['line']})" if warning["line"] and warning["code"] != "bad-bytes" else ""
            click.echo(f"policy-extract: warning: {data['source']['path']}: {warning['message']}{where}", err=True)
    return data


def input_formats() -> str:
    from ..load import SUPPORTED_SUFFIXES

    return " ".join(SUPPORTED_SUFFIXES)

