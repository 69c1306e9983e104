"""The command line: a thin layer over the library (`policy_extract.parse` and the stages).

Bad input never shows a traceback: one line on stderr saying what is wrong and what to
do, exit 2. Each command lives in its own module (document.py: parse, show; batch.py;
tools.py: check, diff, schema) on top of common.py; heavy modules (pydantic, rich,
pdfplumber, yaml, xlsxwriter) are imported only by the commands and formats that use them.
"""
from __future__ import annotations

import os
import sys

import click

from .. import __version__
from .batch import batch
from .common import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_MISMATCH, EXIT_OK, fail
from .document import parse, show
from .tools import check, diff, schema

__all__ = ["cli", "main", "fail", "EXIT_OK", "EXIT_MISMATCH", "EXIT_BAD_INPUT", "EXIT_INTERNAL"]


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


for _command in (parse, show, batch, check, diff, schema):
    cli.add_command(_command)


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
