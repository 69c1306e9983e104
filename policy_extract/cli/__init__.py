"""The command line: a thin layer over the library (`policy_extract.parse` and the stages).

Bad input never shows a traceback: one line on stderr saying what is wrong and what to
do, exit 2. The click group is in commands.py, each command in its own module
(document.py: parse, show; batch.py; tools.py: check, diff, schema) on top of common.py;
heavy modules (pydantic, rich, pdfplumber, yaml, xlsxwriter) are imported only by the
commands and formats that use them.

The plainest call, `policy-extract parse FILE [--format json|yaml] [-o OUT]`, is read
without click (fast_args below), so that parsing one notice starts in a few times Python's
own start-up; it runs the same function as the click command (common.write_task_list),
and tests/test_cli_fast.py checks both give the same bytes, messages and exit codes.
Anything else (help, other options, a folder given as FILE …) goes through click.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .common import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_MISMATCH, EXIT_OK, fail, say

__all__ = ["cli", "main", "fail", "EXIT_OK", "EXIT_MISMATCH", "EXIT_BAD_INPUT", "EXIT_INTERNAL"]


def __getattr__(name: str):
    if name == "cli":  # the click group, imported when asked for
        from .commands import cli

        return cli
    raise AttributeError(name)


def fast_args(args: list[str]) -> dict | None:
    """The options of `parse FILE [--format json|yaml] [-o|--output OUT]` when args are
    exactly that (FILE and OUT not folders, FILE not '-' or an option), else None."""
    if len(args) < 2 or args[0] != "parse" or args[1].startswith("-") or not args[1]:
        return None
    options = {"file": Path(args[1])}
    rest = args[2:]
    while rest:
        if len(rest) < 2:
            return None
        name, value = rest[0], rest[1]
        if name == "--format" and value in ("json", "yaml") and "fmt" not in options:
            options["fmt"] = value
        elif name in ("-o", "--output") and value and (value == "-" or not value.startswith("-")) and "output" not in options:
            options["output"] = Path(value)
        else:
            return None
        rest = rest[2:]
    if _click_refuses(options["file"]) or ("output" in options and str(options["output"]) != "-" and _click_refuses(options["output"])):
        return None  # click's own message for a folder or an unreadable file
    return options


def _click_refuses(path: Path) -> bool:
    """What click.Path(dir_okay=False) turns down: a folder, a file it cannot read."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    import stat

    return stat.S_ISDIR(st.st_mode) or not os.access(path, os.R_OK)


def _run_click(args: list[str]):
    import click

    from .commands import cli

    try:
        return cli.main(args=args, prog_name="policy-extract", standalone_mode=False)
    except click.UsageError as exc:
        if type(exc).__name__.startswith("NoArgsIsHelp"):  # `policy-extract` alone: show the help
            click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
            sys.exit(EXIT_OK)
        hint = f" (see: policy-extract {exc.ctx.info_name if exc.ctx and exc.ctx.parent else ''} --help)".replace("  ", " ")
        fail(f"{exc.format_message()}{hint}")
    except click.Abort:
        say("policy-extract: interrupted")
        sys.exit(130)


def main(argv: list[str] | None = None, *, fast: bool = True) -> None:
    """Entry point: click's usage errors become one line and exit 2 too; a bug is one
    line and exit 3. fast=False sends even the plainest call through click (for tests)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        _run(args, fast)
    finally:
        from .. import pattern_store

        pattern_store.save()  # for the next run's start-up: what this one compiled


def _run(args: list[str], fast: bool) -> None:
    try:
        options = fast_args(args) if fast else None
        if options is not None:
            from .common import write_task_list

            try:
                write_task_list(**options)
            except KeyboardInterrupt:
                say("policy-extract: interrupted")  # as click.Abort below
                sys.exit(130)
            rv = None
        else:
            rv = _run_click(args)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except Exception as exc:  # a bug: one line, not a traceback, unless asked for
        if os.environ.get("POLICY_EXTRACT_TRACEBACK"):
            raise
        what = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        say(f"policy-extract: internal error ({what}); this is a bug — please report it with the input file (POLICY_EXTRACT_TRACEBACK=1 shows where)")
        sys.exit(EXIT_INTERNAL)
    sys.exit(rv if isinstance(rv, int) else EXIT_OK)


if __name__ == "__main__":
    main()
