"""The task list a notice turns into (pydantic v2). Fields follow the output contract
(../shared/spec/output-contract.md); everything beyond it is an addition, never a rename.

Result objects export themselves: `doc.to_json()`, `doc.to_yaml()` (the bytes the CLI
writes; export.py and the other outputs import this module, never the reverse).
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceRef(_Model):
    """Where a thing was printed, as a reader finds it: the line (of the file, or on the
    page), the page, the paragraph, the table, its row and the column of each field."""

    start_line: int = Field(description=(
        "the line it starts on: .txt/.md and HTML the line of the file; PDF, OFD and scans the printed line "
        "on `page` (every line the page prints, from the top); DOCX the paragraph (body paragraphs with text) "
        "or, for a table row, its row"))
    end_line: int = Field(description="the line it ends on, counted as start_line is (on end_page)")
    page: int | None = Field(None, description="the page start_line is on (PDF, OFD, scans)")
    end_page: int | None = Field(None, description="the page end_line is on (PDF, OFD, scans)")
    table: int | None = Field(None, description="the table (1, 2, … in the document) a row was read from, where the loader numbers tables (PDF, OFD, DOCX, HTML)")
    table_row: int | None = Field(None, description="the row of that table (1, 2, …, the header row counted); for .txt/.md the line of the row")
    columns: dict[str, int] | None = Field(None, description="table column index each field was read from")


class DocumentSource(_Model):
    path: str
    format: Literal["txt", "md", "pdf", "docx", "html", "ofd", "doc", "wps", "odt", "rtf", "xlsx", "csv", "image"]
    sha256: str


class Meta(_Model):
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    issue_date: str | None = Field(None, description="YYYY-MM-DD, the date under the issuer's signature")
    recipients: list[str] = Field(default_factory=list, description="主送 units")
    reporting_requirement: str | None = None


class OutlineNode(_Model):
    marker: str
    level: int
    title: str
    kind: str
    number: str
    is_task: bool = False
    task_ids: list[str] = Field(default_factory=list)  # the tasks read from this item, in order
    source: SourceRef
    children: list["OutlineNode"] = Field(default_factory=list)


class Unit(_Model):
    name: str


class Milestone(_Model):
    text: str
    date: str | None


class Deadline(_Model):
    text: str
    date: str | None = Field(None, description="YYYY-MM-DD the work is due")
    ongoing: bool = False
    recurrence: str | None = Field(None, description="每月, 每季度 ... when the limit recurs")


class ParentTask(_Model):
    number: str | None
    text: str


class Task(_Model):
    id: str
    number: str
    path: list[str]
    text: str
    lead_units: list[Unit] = Field(default_factory=list)
    responsible_units: list[Unit] = Field(default_factory=list)
    leaders: list[str] = Field(default_factory=list, description="责任领导, never a unit")
    deadline: Deadline | None = None
    milestones: list[Milestone] = Field(default_factory=list)
    parent_task: ParentTask | None = Field(None, description="the upper-level task a table measure implements")
    source: SourceRef


class Warning(_Model):
    code: str
    message: str
    line: int | None = None


class Document(_Model):
    schema_version: str = SCHEMA_VERSION
    source: DocumentSource
    meta: Meta
    outline: list[OutlineNode] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        """JSON text: keys in model order, Chinese written as itself, no timestamps: the
        bytes of json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=2),
        written by pydantic-core's serializer (5x faster; tests/test_plain_output.py)."""
        return self.model_dump_json(indent=2) + "\n"

    def to_yaml(self) -> str:
        """YAML text with the same keys and order as the JSON."""
        import yaml

        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        return yaml.dump(
            self.model_dump(mode="json"),
            Dumper=dumper,
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=False,
            width=4096,
        )


def json_schema() -> dict:
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "policy-extract task list"
    return schema
