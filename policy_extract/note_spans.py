"""Where notes stand in a paragraph: one that is only a note, a text that ends with one; a text with its notes cut out."""
from __future__ import annotations

import re

from .bracket_lists import _SENTENCE_ENDS, NOTE_BRACKETS, Note, bracketed_list, closing_list, top_level_groups
from .grammar import current as _grammar
from .notes import bare_note, closing_clause, parse_note


def is_note_paragraph(text: str) -> bool:
    """A paragraph that is only a unit note (a note put on its own line, or split off by a page break)."""
    text = text.strip()
    if _grammar().label_line.match(text) or bare_note(text) is not None:
        return True
    if len(text) < 3 or text[0] not in NOTE_BRACKETS or text[-1] not in "）)〕】]］":
        return False  # not wholly bracketed
    groups = top_level_groups(text)
    return len(groups) == 1 and groups[0] == (0, len(text)) and parse_note(text[1:-1]) is not None


def ends_with_note(text: str) -> bool:
    text = text.rstrip().rstrip("。")
    groups = top_level_groups(text)
    if groups and groups[-1][1] == len(text):
        start, end = groups[-1]
        if parse_note(text[start + 1 : end - 1]) is not None or (text[:start].rstrip()[-1:] in _SENTENCE_ENDS and bracketed_list(text[start + 1 : end - 1]) is not None) \
                or closing_list(text, start, end) is not None:
            return True  # else a remark closing a labelled line: "责任单位:财政局、…(列第一位者为牵头单位,下同)"
    last = text.split("\n")[-1]
    return bool(_grammar().label_line.match(last)) or ("\n" in text and bare_note(last) is not None) or closing_clause(text) is not None


def remove_notes(text: str, notes: list[Note]) -> str:
    for note in sorted(notes, key=lambda n: n.start, reverse=True):
        text = text[: note.start] + text[note.end :]
    return re.sub(r"\n{2,}", "\n", text).strip()
