"""The click group: every command, its options and its help."""
from __future__ import annotations

import click

from .. import __version__
from .batch import batch
from .document import parse, show
from .tools import check, diff, schema


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
