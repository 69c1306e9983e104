"""`parse` and `show`: one notice in, its task list out (or drawn at the terminal)."""
from __future__ import annotations

from pathlib import Path

import click

from .common import FORMATS, filtered, input_formats, parse_input, write_task_list
from .options import filter_options, ocr_option, rules_option, task_options


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True, help="Output format (xlsx/csv: the task ledger).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), help="Write here instead of stdout ('-': stdout).")
@task_options("Take tasks from the section whose title contains KEYWORD (e.g. 重点工作).",
              "Take the numbered items at outline level N (1 = top) as tasks.",
              "Print a notice in traditional characters in simplified ones.")
@ocr_option
@rules_option
@filter_options
def parse(file: Path, fmt: str, output: Path | None, task_section: str | None, task_level: int | None, simplified: bool, ocr: str, rules_file, unit, unit_match, due_before) -> None:
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
      policy-extract parse notice.txt --rules our-labels.yaml
      curl -s https://…/notice.txt | policy-extract parse - --format yaml
    """
    write_task_list(file, fmt, output, task_section, task_level, simplified, ocr, unit, unit_match, due_before, rules_file)


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--tasks", "tasks_only", is_flag=True, help="A table of the tasks only, not the outline.")
@click.option("--width", type=click.IntRange(40, 1000), metavar="N", help="Draw N columns wide (default: the terminal's width; 80 when piped).")
@click.option("--no-pager", is_flag=True, help="Print straight to the terminal instead of through $PAGER / less.")
@task_options("As for parse.", "As for parse.", "Show a notice in traditional characters in simplified ones.")
@ocr_option
@rules_option
@filter_options
def show(file: Path, tasks_only: bool, width: int | None, no_pager: bool, task_section: str | None, task_level: int | None, simplified: bool, ocr: str, rules_file, unit, unit_match, due_before) -> None:
    """Show a notice's outline as a tree, tasks marked with their units and deadlines.

    On a terminal the output is as wide as the terminal and goes through a pager
    ($PAGER, else less); piped, it is plain text 80 columns wide.

    \b
    Examples:
      policy-extract show samples/hanzhong-2024-function-transformation.txt
      policy-extract show notice.pdf --tasks --unit 市行政审批局
      policy-extract show notice.txt --due-before 2023-12-31 --width 160
    """
    from ..show import show as show_document

    data = parse_input(file, task_section, task_level, simplified, ocr, rules_file)
    show_document(filtered(data, unit, due_before, unit_match), tasks_only, width=width, use_pager=not no_pager)

parse.help = parse.help.replace("{formats}", input_formats())  # the formats as the loaders know them
