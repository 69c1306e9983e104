"""Options several commands share (click)."""
from __future__ import annotations

import click


def ocr_option(f):
    return click.option(
        "--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
        help="Scanned pages: auto = OCR the PDF pages without a text layer (and images); needs `pip install 'policy-extract[ocr]'`.",
    )(f)


def task_options(help_section: str, help_level: str, help_simplified: str | None = None):
    """--task-section and --task-level (and --simplified where a command prints text)."""

    def decorate(f):
        if help_simplified:
            f = click.option("--simplified", is_flag=True, help=help_simplified)(f)
        f = click.option("--task-level", type=click.IntRange(1, 9), metavar="N", help=help_level)(f)
        return click.option("--task-section", metavar="KEYWORD", help=help_section)(f)

    return decorate


def rules_option(f):
    return click.option(
        "--rules", "rules_file", type=click.Path(dir_okay=False, exists=False), metavar="FILE",
        help="A YAML/JSON file of words added to the notice grammar (an office's own labels: lead_labels: [牵头督办单位]).",
    )(f)


def filter_options(fn):
    fn = click.option("--due-before", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD", help="Only tasks due on or before this date.")(fn)
    fn = click.option(
        "--unit-match", type=click.Choice(["exact", "prefix", "contains"]), default="exact", show_default=True,
        help="How --unit compares: the whole unit name (a bracketed alias counts: 市审改办 in 市行政审批局(市审改办)), its start, or any part.",
    )(fn)
    fn = click.option("--unit", metavar="NAME", help="Only tasks that this unit leads or takes part in (--unit 市政府 is not 市政府办公厅).")(fn)
    return fn
