"""What the commands share: exit codes, the one-line error, reading a notice, writing a task list.

Nothing here imports click, pydantic, rich or the loaders of other formats: `parse` of a text
notice to JSON or YAML runs on the task list as plain data (pipeline.parse_plain), and
builds the pydantic models only for what needs them (filters, the ledger, show).
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

EXIT_OK, EXIT_MISMATCH, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


FORMATS = ["json", "yaml", "xlsx", "csv"]
_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def say(message: str) -> None:
    """One line on stderr, as click.echo(err=True) writes it (escape sequences dropped
    when stderr is not a terminal), without importing click."""
    stream = sys.stderr
    if stream is None:
        return
    if not stream.isatty():
        message = _ANSI.sub("", message)
    stream.write(message + "\n")
    stream.flush()


def fail(message: str) -> "NoReturn":  # noqa: F821
    say(f"policy-extract: error: {message}")
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


def filtered(data: dict, unit, due_before, unit_match="exact"):
    """The task list as a `models.Document`, only the tasks the filters let through."""
    from ..filters import apply_filters

    return apply_filters(document(data), unit=unit, due_before=due_before.date().isoformat() if due_before else None, unit_match=unit_match)


def document(data: dict):
    """The plain task list as a `models.Document` (pydantic is imported here, not before)."""
    from ..models import Document

    return Document.model_validate(data)


# Warnings the user must see even when the output goes to a file: the notice gave no
# tasks, or the loader had to repair or reinterpret the input.
STDERR_WARNINGS = ("no-tasks", "bad-bytes", "format-by-content")


def load_rules(rules_file):
    """The rules a --rules FILE names (the defaults extended), or None; a bad file ends the
    run with one line and exit 2."""
    if not rules_file:
        return None
    from ..errors import InputError
    from ..rules import Rules

    try:
        return Rules.from_file(rules_file)
    except InputError as exc:
        fail(str(exc))


def parse_input(file: Path, task_section, task_level, simplified=False, ocr="auto", rules_file=None) -> dict:
    """The notice at FILE ("-": standard input) as the task list in plain data
    (pipeline.parse_plain); bad input ends the run with one line and exit 2. Warnings
    that matter are said on stderr."""
    from ..errors import InputError
    from ..extract import Options
    from ..grammar import using
    from ..load import load, load_bytes, read_stream
    from ..pipeline import parse_plain

    rules = load_rules(rules_file)
    try:
        with using(rules):
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
            say(f"policy-extract: warning: {data['source']['path']}: {warning['message']}{where}")
    return data


def input_formats() -> str:
    from ..load import SUPPORTED_SUFFIXES

    return " ".join(SUPPORTED_SUFFIXES)


def write_task_list(file: Path, fmt: str = "json", output: Path | None = None, task_section=None, task_level=None, simplified=False,
                    ocr="auto", unit=None, unit_match="exact", due_before=None, rules_file=None) -> None:
    """What `policy-extract parse` does once its options are read."""
    from ..errors import OutputError
    from ..output import render_output, write_output

    if output is not None and str(output) == "-":
        output = None
    if fmt == "xlsx" and output is None and sys.stdout.isatty():
        fail("an .xlsx workbook is not for the terminal; add -o FILE.xlsx")
    tasks = parse_input(file, task_section, task_level, simplified, ocr, rules_file)
    if unit or due_before:
        tasks = filtered(tasks, unit, due_before, unit_match)
    data = render_output(tasks, fmt)  # JSON and YAML from the plain task list: the models' bytes
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            write_output(output, data, inputs=(file,))
        except OutputError as exc:
            fail(str(exc))
