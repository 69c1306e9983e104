"""Stage 2: loader lines -> clean pieces (paragraphs and table rows) that keep their line numbers.

What is removed here is what converters and page layout add to a notice: markdown
heading marks, HTML tags, `---` rules, blank lines from page breaks, and the wrap of a
paragraph (or a unit note) that a page break or a narrow column split in two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .load.base import PAGE_NUMBER_LINE, SourceLine, glue
from .markers import match_marker, separator
from .notes import bare_note, label_at, run_on_notes, starts_with_label
from .paragraphs import Sequence, split_gaps, split_items
from .grammar import current as _grammar
from .tables import is_header_row, split_row

_HTML_TAG = re.compile(r"</?(?:b|strong|i|em|u|span|font|p|div|br|sup|sub|a|td|tr|th|table|tbody|thead)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_MD_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_EMPHASIS = re.compile(r"\*\*|__")
_TERMINAL = set("。；;！!？?：:…")
_CLOSERS = {"）": "（", ")": "(", "〕": "〔", "】": "【", "]": "["}
_INTERNAL_PUNCT = re.compile(r"[，,。；;：:、]")
_ASCII_WORD = re.compile(r"^[A-Za-z0-9 .+\-]+$")


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


def squeeze_cjk_spaces(text: str) -> str:
    """Remove line-wrap spaces between Chinese characters ("政务服务 标准化")."""
    return _grammar().cjk_space.sub("", text).strip()


def clean_line(text: str) -> str:
    """Drop what converters leave around the words: tags, heading marks, emphasis."""
    if "<" in text:
        text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
        text = _HTML_TAG.sub("", text)
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = _MD_HEADING.sub("", text)
    if "*" in text or "__" in text:
        text = _MD_EMPHASIS.sub("", text)
    return text.replace("\u3000", " ").replace("\xa0", " ").rstrip(" \r")


def strip_web_chrome(text: str) -> str:
    """"导航菜单", "您当前的位置：首页 > 政务公开", "【字体：大 中 小】", "浏览次数：120" are
    dropped; a chrome word run on into the notice ("分享按钮重点任务分工清单") is cut off."""
    stripped = text.strip()
    chrome = _grammar().rules.web_chrome_lines
    if not stripped.startswith(chrome):
        return text
    word = next(w for w in chrome if stripped.startswith(w))
    rest = stripped[len(word) :].strip()
    if len(rest) <= 20 or ">" in rest or "＞" in rest:
        return ""
    return rest


def is_table_line(text: str) -> bool:
    if "\t" in text:
        return len(text.split("\t")) >= 3 or sum(1 for c in text.split("\t") if c.strip()) >= 2
    stripped = text.strip()
    if stripped.startswith("|") or stripped.endswith(" |"):
        return True
    pipes = stripped.count(" | ")
    return pipes >= 1 and len(stripped) <= 150 * (pipes + 1)  # not a whole notice holding a table


def is_open_paragraph(text: str) -> bool:
    """True when a paragraph stops mid-sentence: its next piece continues it."""
    text = text.rstrip()
    if not text:
        return False
    last = text[-1]
    if last in _TERMINAL:
        return False
    if last in _CLOSERS:
        opener = _CLOSERS[last]
        inner = text[text.rfind(opener) + 1 : -1] if opener in text else ""
        if not _ASCII_WORD.match(inner or "-"):
            return False  # a note or an aside closes the paragraph; "(CIM)" does not
    if not _INTERNAL_PUNCT.search(text):
        return False  # a heading, a title, a signature or a date line
    if match_marker(text) and "。" not in text[:-1] and len(text) <= 50:
        return False  # a numbered heading
    return True


def _cut_at_width(text: str, width: int | None) -> bool:
    """In a hard-wrapped copy, a line as long as the wrap width that stops mid-sentence
    goes on, even when it starts with a number (a long task item, not a heading)."""
    return width is not None and abs(len(text) - width) <= 2 and text[-1] not in _TERMINAL


def lines_to_pieces(lines: list[SourceLine]) -> list[Piece]:
    """One piece per paragraph or table row. A line that holds several paragraphs (wide
    gaps, items run together: paragraphs.py) gives one piece each, on the same line."""
    pieces: list[Piece] = []
    sequence = Sequence()
    for src in lines:
        raw = src.text.strip("\r\n")
        parts = [raw] if "\t" in raw else split_gaps(raw)  # a tab-separated row keeps its cells
        for part in parts:
            text = strip_web_chrome(clean_line(part))
            if not text.strip() or _MD_RULE.match(text) or PAGE_NUMBER_LINE.match(text):
                continue  # a page number copied with the text, a site's menus: not part of the notice
            if is_table_line(text):
                if _MD_TABLE_SEPARATOR.match(text):
                    continue
                cells = split_row(text)
                if any(c.strip() for c in cells):
                    pieces.append(Piece("row", text, src.order, src.order, src.page, cells, src.table))
                continue
            for para in split_items(text.strip(), sequence, label_at, run_on_notes):
                pieces.append(Piece("para", para, src.order, src.order, src.page))
    return pieces


def wrap_width(pieces: list[Piece]) -> int | None:
    """The width a hard-wrapped copy was cut at (text copied from a PDF): the commonest
    length of lines that stop mid-sentence, when many lines do."""
    from collections import Counter

    paras = [p.text for p in pieces if p.kind == "para"]
    open_lengths = Counter(len(t) for t in paras if t[-1] not in _TERMINAL and len(t) >= 15)
    if not open_lengths:
        return None
    width, count = max(open_lengths.items(), key=lambda kv: (kv[1], kv[0]))
    near = sum(c for length, c in open_lengths.items() if abs(length - width) <= 2)
    return width if near >= 5 and near >= 0.2 * len(paras) else None


def join_wrapped(pieces: list[Piece]) -> list[Piece]:
    """Join a paragraph that a page break or a line wrap split in two."""
    width = wrap_width(pieces)
    out: list[Piece] = []
    last_number: dict = {}  # the last number (and its separator) read of each marker kind
    for piece in pieces:
        prev = out[-1] if out else None
        marker = match_marker(piece.text) if piece.kind == "para" else None
        if (
            prev is not None
            and piece.kind == "para"
            and prev.kind == "para"
            and (is_open_paragraph(prev.text) or _cut_at_width(prev.text, width))
            and (marker is None or not _plausible_next(marker, last_number))
            and not starts_with_label(piece.text)
            and bare_note(prev.text) is None  # "X、Y分别牵头落实" on its own line closes its row
        ):
            prev.text = glue(prev.text, piece.text)  # the one wrap join, shared with the PDF steps
            prev.end_line = piece.end_line
            continue
        if marker is not None:
            last_number[marker.kind] = marker.value
            last_number[marker.kind + ":sep"] = separator(marker)
        out.append(piece)
    return out


def _plausible_next(marker, last_number: dict[str, int]) -> bool:
    """After a line cut mid-sentence, a number opens an item only if it is the next of
    its kind (or the first of a kind not met yet). A line that a wrap began with
    "345，有事找政府" (from 12345) or "一、扁平、高效" (from 统一、扁平) goes on instead."""
    last = last_number.get(marker.kind)
    if last is not None and separator(marker) != last_number.get(marker.kind + ":sep"):
        return False  # "5," after items printed "4." is the tail of 12345, not item 5
    return marker.value == (last + 1 if last is not None else 1)


def drop_repeated_headers(pieces: list[Piece]) -> list[Piece]:
    """A table header printed again on every page is read once (within one run of rows)."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for piece in pieces:
        if piece.kind != "row":
            seen.clear()  # a paragraph ends the table; the next one keeps its header
        elif piece.cells[0] and is_header_row(piece.cells):
            key = tuple(re.sub(r"\s+", "", c) for c in piece.cells if c.strip())
            if key in seen:
                continue
            seen.add(key)
        out.append(piece)
    return out


def absorb_table_headings(pieces: list[Piece]) -> list[Piece]:
    """A group title printed as a bare line between two rows of a table ("（一）加强监管"
    in a tab-separated list) is a row of that table, not a paragraph that ends it."""
    out = list(pieces)
    for i in range(1, len(out) - 1):
        piece, before, after = out[i], out[i - 1], out[i + 1]
        if piece.kind == "para" and before.kind == "row" and after.kind == "row" and len(piece.text) <= 40 and "。" not in piece.text.rstrip("。"):
            width = max(len(before.cells), len(after.cells))
            out[i] = Piece("row", piece.text, piece.start_line, piece.end_line, piece.page, [piece.text] + [""] * (width - 1), before.table)
    return out


def regroup_cell_lines(pieces: list[Piece]) -> list[Piece]:
    """Tables that a web page copied one cell per line ("序号 |", "重点工作 |", …, "1 |",
    …): the run of header names gives the width, the cells after it are cut into rows."""
    from .tables import column_of

    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        width = 0
        while (
            i + width < len(pieces)
            and pieces[i + width].kind == "row"
            and len(pieces[i + width].cells) == 1
            and column_of(pieces[i + width].cells[0])
        ):
            width += 1
        if width < 3:
            out.append(piece)
            i += 1
            continue
        j = i
        while j < len(pieces) and pieces[j].kind == "row" and len(pieces[j].cells) == 1:
            j += 1
        run = pieces[i:j]
        for start in range(0, len(run), width):
            chunk = run[start : start + width]
            cells = [c.cells[0] for c in chunk] + [""] * (width - len(chunk))
            out.append(Piece("row", "\t".join(cells), chunk[0].start_line, chunk[-1].end_line, chunk[0].page, cells, chunk[0].table))
        i = j
    return out


def _glued_rows(body: str, columns: dict[str, int], width: int) -> list[list[str]] | None:
    """Rows of a table whose separators were all lost, as cells: each row is its number,
    its text, and the unit clause that closes it ("…构建新型婚育文化。X牵头;Y配合;Z落实22根据…").
    The next row starts where the next number follows a closing unit clause."""
    first = re.match(r"\d{1,3}", body)
    if first is None:
        return None
    number, start, rows = int(first.group(0)), 0, []
    measures = _grammar().rules.measure_words
    while start < len(body):
        head = str(number)
        search_from = start + len(head)
        end = len(body)
        for m in re.finditer(re.escape(str(number + 1)) + r"(?![0-9])", body[search_from:]):
            q = search_from + m.start()
            after = body[q + len(str(number + 1)) : q + len(str(number + 1)) + 1]
            if body[q - 1].isdigit() or not after or after in measures:
                continue
            tail = body[start:q].rsplit("。", 1)[-1]
            if bare_note(tail) is not None:
                end = q
                break
        content = body[start + len(head) : end]
        text, _, tail = content.rpartition("。")
        cells = [""] * width
        cells[columns["number"]] = head
        unit_col = columns.get("lead", columns.get("responsible"))
        if text and bare_note(tail) is not None and unit_col is not None:
            cells[columns.get("task", columns.get("measure", 1))] = text + "。"
            cells[unit_col] = tail
        else:
            cells[columns.get("task", columns.get("measure", 1))] = content
        rows.append(cells)
        start, number = end, number + 1
    return rows


def unglue_tables(pieces: list[Piece]) -> list[Piece]:
    """A task table printed with every separator lost, header and rows on one line
    (a newspaper's e-paper copy): rows rebuilt from the header's names, the row numbers
    and the unit clause that closes each row."""
    from .tables import header_columns, is_task_header, split_glued_header

    number_names = _number_names()
    out: list[Piece] = []
    for piece in pieces:
        names, end = split_glued_header(piece.text) if piece.kind == "para" and piece.text.startswith(number_names) else ([], 0)
        columns = header_columns(names) if names else {}
        rows = _glued_rows(piece.text[end:], columns, len(names)) if names and is_task_header(columns) else None
        if not rows:
            out.append(piece)
            continue
        for cells in [names] + rows:
            out.append(Piece("row", "\t".join(cells), piece.start_line, piece.end_line, piece.page, cells, piece.table))
    return out


def _number_names() -> tuple[str, ...]:
    """The names a number column prints ("序号", "编号"), two characters or more."""
    return tuple(n for n in _grammar().number_headers if len(n) >= 2)


def split_wide_rows(pieces: list[Piece]) -> list[Piece]:
    """A whole table run into one line with its cell separators kept ("序号 |重点工作 |责任单位 |
    完成时限 |1 |…|全年 |2 |…"): the header names at its start give the width, the cells after
    them are cut into rows. A title glued to the first header name becomes its own paragraph."""
    from .tables import column_of

    number_names = _number_names()
    out: list[Piece] = []
    for piece in pieces:
        cells = [c for c in piece.cells if c.strip()] if piece.kind == "row" else []
        width = 0
        while width < len(cells) and (len(cells[width]) <= 12 or (width == 0 and cells[0].endswith(number_names))) and column_of(cells[width]):
            width += 1
        if width < 3 or len(cells) < 2 * width:
            out.append(piece)
            continue
        first = cells[0]
        name = next((n for n in number_names if first.endswith(n)), None)
        if name and len(first) > len(name):  # "2025年开发区重点工作及责任清单序号"
            out.append(Piece("para", first[: -len(name)], piece.start_line, piece.end_line, piece.page))
            cells[0] = name
        for start in range(0, len(cells), width):
            row = cells[start : start + width] + [""] * max(0, start + width - len(cells))
            out.append(Piece("row", "\t".join(row), piece.start_line, piece.end_line, piece.page, row, piece.table))
    return out


def normalize(lines: list[SourceLine]) -> list[Piece]:
    pieces = unglue_tables(split_wide_rows(regroup_cell_lines(join_wrapped(lines_to_pieces(lines)))))
    return drop_repeated_headers(absorb_table_headings(pieces))
