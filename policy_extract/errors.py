"""Errors a user can act on (the CLI prints them as one line and exits 2), and the one
shape of a warning: what a stage had to repair or guess about a document, said without
stopping it. Every stage that warns builds its warnings with `warning(...)`; the pipeline
puts them into the Document (models.Warning, the same three fields)."""
from __future__ import annotations

import re
from dataclasses import dataclass


class InputError(Exception):
    """The input cannot be read as a notice. The message says what is wrong and what to do."""


class OutputError(InputError):
    """The output cannot be written where asked (it is an input of the same run, a block
    device, a folder ...). The message says what to do instead."""


_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class DocumentWarning:
    """code: a stable kebab-case name (bad-bytes, format-by-content, numbering-gap,
    table-row-repaired, no-tasks ...); message: one sentence for a person, saying what
    to check or do; line: the line of the loaded text it concerns, when there is one."""

    code: str
    message: str
    line: int | None = None

    def as_dict(self) -> dict:
        """The output's form (models.Warning; the JSON `warnings` entries)."""
        return {"code": self.code, "message": self.message, "line": self.line}


def warning(code: str, message: str, line: int | None = None) -> DocumentWarning:
    """The one constructor of a warning. A code that is not kebab-case, an empty message or
    a line that is not a positive int is a bug in the caller, raised as ValueError here
    rather than found in the output."""
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise ValueError(f"a warning code is kebab-case (bad-bytes), not {code!r}")
    if not isinstance(message, str) or not message.strip():
        raise ValueError(f"a warning ({code}) needs a message")
    if line is not None and (isinstance(line, bool) or not isinstance(line, int) or line < 1):
        raise ValueError(f"a warning's line is a positive int or None, not {line!r}")
    return DocumentWarning(code, message, line)
