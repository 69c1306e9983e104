"""`check`, `diff` and `schema`: task counts against a manifest, two versions compared, the JSON Schema."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import EXIT_BAD_INPUT, EXIT_MISMATCH, EXIT_OK, fail, rich_console
from .options import rules_option, task_options


@click.command()
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

    from ..check import run_check, update_manifest
    from ..errors import InputError

    try:
        results = run_check(manifest)
    except InputError as exc:
        fail(str(exc))
    console = rich_console(highlight=False)
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


@click.command()
@click.argument("old", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["md", "json", "yaml", "xlsx"]), default="md", show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@task_options("As for parse, for both notices.", "As for parse, for both notices.")
@rules_option
def diff(old: Path, new: Path, fmt: str, output: Path | None, task_section: str | None, task_level: int | None, rules_file) -> None:
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
    from ..diff import diff_documents, has_changes, render
    from ..errors import InputError
    from ..grammar import using
    from ..pipeline import parse as parse_document
    from .common import load_rules

    if fmt == "xlsx" and output is None and sys.stdout.isatty():
        fail("an .xlsx workbook is not for the terminal; add -o FILE.xlsx")
    rules = load_rules(rules_file)
    try:
        with using(rules):
            docs = [parse_document(path, task_section=task_section, task_level=task_level) for path in (old, new)]
    except InputError as exc:
        fail(str(exc))
    report = diff_documents(*docs)
    data = render(report, fmt)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        from ..errors import OutputError
        from ..output import write_output

        try:
            write_output(output, data, inputs=(old, new))  # never over either version
        except OutputError as exc:
            fail(str(exc))
    sys.exit(EXIT_MISMATCH if has_changes(report) else EXIT_OK)


@click.command()
def schema() -> None:
    """Print the JSON Schema of the task list.

    \b
    Example:
      policy-extract schema > schemas/task-list.schema.json
    """
    from ..schema import schema_text

    sys.stdout.write(schema_text())
