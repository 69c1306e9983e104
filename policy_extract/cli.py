"""The command line: a thin layer over `policy_extract.parse`.

Bad input never shows a traceback: one line on stderr saying what is wrong and what to
do, exit 2. Heavy modules (rich, pdfplumber) are imported only by the commands that
need them.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from . import __version__

EXIT_OK, EXIT_MISMATCH, EXIT_BAD_INPUT = 0, 1, 2


def fail(message: str) -> "NoReturn":  # noqa: F821
    click.echo(f"policy-extract: error: {message}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def write_atomically(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


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


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "yaml"]), default="json", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--task-section", metavar="KEYWORD", help="Take tasks from the section whose title contains KEYWORD (e.g. 重点工作).")
@click.option("--task-level", type=click.IntRange(1, 9), metavar="N", help="Take the numbered items at outline level N (1 = top) as tasks.")
def parse(file: Path, fmt: str, output: Path | None, task_section: str | None, task_level: int | None) -> None:
    """Parse one notice (.txt, .md, .pdf, .docx) into a task list.

    \b
    Examples:
      policy-extract parse samples/hanzhong-2024-function-transformation.txt
      policy-extract parse notice.docx --format yaml -o tasks.yaml
      policy-extract parse plan.txt --task-level 2
    """
    from .errors import InputError
    from .export import render
    from .pipeline import parse as parse_document

    try:
        doc = parse_document(file, task_section=task_section, task_level=task_level)
    except InputError as exc:
        fail(str(exc))
    text = render(doc, fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            write_atomically(output, text)
        except OSError as exc:
            fail(f"{output}: cannot be written ({exc.strerror}); check the folder and free space")


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
    except click.exceptions.NoArgsIsHelp as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
        sys.exit(EXIT_OK)
    except click.UsageError as exc:
        hint = f" (see: policy-extract {exc.ctx.info_name if exc.ctx and exc.ctx.parent else ''} --help)".replace("  ", " ")
        fail(f"{exc.format_message()}{hint}")
    except click.Abort:
        click.echo("policy-extract: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    sys.exit(rv if isinstance(rv, int) else EXIT_OK)


if __name__ == "__main__":
    main()
