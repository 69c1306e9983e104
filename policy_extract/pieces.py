"""What normalize hands on: paragraphs and table rows that keep the lines they came from."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Piece:
    """A paragraph or a table row, with the lines it was printed on."""

    kind: str  # "para" | "row"
    text: str
    # the loader's SourceLine.order of its first and last line: the document's running
    # order, by which the stages sort; the pipeline turns them into the lines a reader finds
    start_line: int
    end_line: int
    page: int | None = None
    cells: list[str] = field(default_factory=list)  # rows only
    table: int | None = None  # loader's table index, rows only
