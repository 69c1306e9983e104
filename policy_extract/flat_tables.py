"""Tables that lost their line breaks on the way to us, rebuilt as rows (normalize's last steps;
tables copied one cell per line are cell_lines.py's, cells one space apart space_rows.py's).

    a whole table on one line, separators kept     序号 |重点工作 |责任单位 |1 |…
    a tab-separated table whose line breaks were lost  序号\t任务\t…\t备注<b>一、…</b>(一)…\t…
    every separator lost   序号工作任务责任单位21树立婚育新风。…X牵头;Y配合22根据…

The header's names (the column vocabulary of rules.py) give the width; rows are cut where
a row's last cell (a time limit, a unit clause) meets the next row's number.
"""
from __future__ import annotations

import re

from .column_names import number_column_names, split_glued_header, unknown_run
from .deadlines import looks_like_time_limit
from .glued_cells import closing_cells as _closing_cells
from .glued_cells import time_first_rows
from .glued_cells import unit_cells_start as _unit_cells_start
from .grammar import current as _grammar
from .grammar_base import longest_first
from .markers import candidates, match_marker
from .notes import bare_note
from .pieces import Piece
from .tables import column_of, header_columns, is_task_header
from .units import ends_like_unit, split_glued_names, split_top_level


def _glued_rows(body: str, columns: dict[str, int], width: int) -> list[list[str]] | None:
    """Rows of a table whose separators were all lost, as cells: each row is its number,
    its text, and the unit clause that closes it ("…构建新型婚育文化。X牵头;Y配合;Z落实22根据…").
    The next row starts where the next number follows a closing unit clause. A first number
    of two digits opening with 1 may be row 1 before its cell's own number ("序号章节方案内容牵头部门
    11.便利市场准入退出严格落实…", 厦门 2023 营商环境 任务分解表 flattened, review hx 01): the reading
    with more rows holds."""
    rows = _rows_from(body, columns, width, 3)
    if rows and len(rows[0][columns["number"]]) > 1 and rows[0][columns["number"]].startswith("1"):
        one = _rows_from(body, columns, width, 1)
        return one if one and len(one) > len(rows) else rows
    return rows


def _rows_from(body: str, columns: dict[str, int], width: int, digits: int) -> list[list[str]] | None:
    """_glued_rows's rows, the first number read with 3 digits at most or with 1."""
    rows: list[list[str]] = []
    first = re.match(r"\d{1,3}(?![0-9０-９])" if digits == 3 else r"\d", body)  # not a year's first digits ("…2024年工作任务2025年工作计划备注一、…", review y04 flattened)
    if first is None and (group := re.match(r"(?:[^\d。；;，,：:（）()]|[（(][^（）()]{1,8}[）)]){2,30}?(?=[1１](?![0-9０-９]))", body)) \
            and (not column_of(group.group(0)) or len(group.group(0)) > 12):  # (a column's name is short; a group's title may hold one: 目标)
        # "…牵头单位发展目标1地区…" (r15b 06 flattened); its count in brackets ("…主要责任单位经济社会发展主要预期目标分解(15项)1地区生产总值…",
        # 苏州 2011 政府工作任务分解表, review fh09 flattened)
        rows.append([group.group(0) if k == columns["number"] else "" for k in range(width)])
        body = body[group.end() :]
        first = re.match(r"\d{1,3}(?![0-9０-９])", body)
    if first is None:
        return None
    number, start = int(first.group(0)), 0
    measures = _grammar().rules.measure_words
    two_units = "lead" in columns and "responsible" in columns
    lead_last = two_units and columns["responsible"] < columns["lead"]  # "序号 | 事项 | 责任单位 | 牵头单位": the lead's name printed last
    unit_cells = two_units or "lead" in columns or "responsible" in columns
    time_first = unit_cells and columns.get("deadline", width) + 1 == min(columns.get("lead", width), columns.get("responsible", width))  # (时间进度 | 责任部门)
    while start < len(body):
        head, end = str(number), len(body)
        search_from = start + len(head)
        nxt = str(number + 1)  # in ASCII or full-width digits ("…各州（市）党委和政府落实２２根据…", a newspaper's page)
        # (a year may follow it: "…五提升建筑绿色低碳水平182026年新建…", row 18, review ac08 flattened)
        for m in re.finditer("".join(f"[{d}{chr(ord(d) + 0xFEE0)}]" for d in nxt) + "(?!(?![12]\\d{3})[0-9０-９])", body[search_from:]):
            q = search_from + m.start()
            after = body[q + len(nxt) : q + len(nxt) + 1]
            if body[q - 1].isdigit() or not after or (after.isdigit() and not _grammar().year_of.match(body, q + len(nxt))):
                continue
            if after in measures or after in _DATE_UNITS:
                # a count ("…县农业农村局8家企业", "…。2座…") or a date ("…县农业农村局2月底前"), unless the row's unit cells or a sentence
                # close right before it and no later row of this number opens as a row does: "…县农业农村局市农业农村局8家禽出栏万只…" (hw 01),
                # "…方案设计。18项目建设…" (id 01), "…。2日常监督检查…" (diffreview-j2 p42); not "…县中医院2家医院开展…。县卫健局2推进…" (j1 p13)
                closed = body[q - 1] == "。" or (unit_cells and _unit_cells_start(body[search_from:q]) is not None)
                if closed and not _clean_row_later(body, q + len(nxt), nxt, measures):
                    end = q
                    break
                continue
            tail = body[start:q].rsplit("。", 1)[-1]
            # (or a time limit alone after a sentence: a row's second task, its unit cell merged with the first's:
            # "5开工建设县老年养护楼。县民政局5月底前动工开工建设老年大学。12月底前6迁建…", 大竹县 2016 flattened, review s4a 05)
            timed = "。" in body[start:q] and len(tail) <= 12 and looks_like_time_limit(tail)
            # a sentence closing the row right before the next number, whatever cells the row left empty: its text's, with the unit cells merged
            # from a row above ("…开展好“三下乡”活动。4推进…", 略阳县 2023 文旅 任务清单 flattened, review id 01), or a report's column last
            # ("…| 进展情况(一季度)": "…其中3个点位已完成建设。2新增…", 西湖区 2023 民生实事 flattened, review hz 01)
            if body[q - 1] == "。" or (unit_cells and "。" in body[start:q] and ends_like_unit(body[max(start, q - _NAME) : q])):
                # (or a unit's name with no prefix closing the row after its text's sentence: "…增长15%。12月底前夏俊贵文化宣传股文化馆图书馆2全年…", id 01)
                end = q
                break
            if timed or bare_note(tail) is not None or _closing_cells(tail) is not None or (unit_cells and _unit_cells_start(body[search_from:q]) is not None) \
                    or (time_first and time_first_rows(head, body[search_from:q], columns, width) is not None):
                end = q
                break
        content = body[start + len(head) : end]
        if time_first and (made := time_first_rows(head, content, columns, width)) is not None:
            rows.extend(made)  # "…任务全年推进发展改革委、生态环境局" then maybe "二加快推进…转型" (review ag03 flattened)
            start, number = end, number + 1
            continue
        text, _, tail = content.rpartition("。")
        cells = [""] * width
        cells[columns["number"]] = head
        unit_col = columns.get("lead", columns.get("responsible"))
        closing = _closing_cells(tail) if text and bare_note(tail) is None else None
        units_at = _unit_cells_start(content) if unit_cells and not (text and (closing or bare_note(tail))) else None
        if units_at is not None and two_units:  # no sentence closes the text: its lead's name, glued, then the list of the others
            lead = (split_glued_names(content[units_at:])[-1] if lead_last else split_glued_names(split_top_level(content[units_at:], "，,、；;")[0])[0])
            cells[columns.get("measure", columns.get("task", 1))] = content[:units_at]
            rest = content[units_at : len(content) - len(lead)] if lead_last else content[units_at + len(lead) :]
            cells[columns["lead"]], cells[columns["responsible"]] = lead, rest
        elif units_at is not None:  # one unit column: the whole list ("…左右▲发改局,各部门,各镇乡(街道)", 诸暨 2023 flattened)
            cells[columns.get("measure", columns.get("task", 1))], cells[unit_col] = content[:units_at], content[units_at:]
        elif text and bare_note(tail) is not None and unit_col is not None:
            cells[columns.get("measure", columns.get("task", 1))] = text + "。"
            cells[unit_col] = tail
        elif closing is not None and unit_col is not None:
            cells[columns.get("measure", columns.get("task", 1))] = text + "。"
            names = closing[0][::-1] if lead_last else closing[0]
            cells[unit_col] = "、".join(names[:1] if two_units else closing[0])
            if two_units:  # the lead's cell, then the others' ("区征地拆迁管理服务中心各街道", 北仑区 2024 flattened)
                cells[columns["responsible"]] = "、".join(closing[0][:-1] if lead_last else closing[0][1:])
            if "deadline" in columns:
                cells[columns["deadline"]] = closing[1]
        else:
            cells[columns.get("measure", columns.get("task", 1))] = content
        rows.append(_merged_down(cells, rows[-1] if rows else None, columns))
        start, number = end, number + 1
    return rows


def _merged_down(cells: list[str], above: list[str] | None, columns: dict[str, int]) -> list[str]:
    """A row that prints no unit or time cell of its own, after a row that does, under that row's merged cells (略阳县 2019 文旅 任务清单
    flattened, review id 01: "…12月底前夏俊贵文化宣传股…2全年组织开展…。文化宣传股文化馆3开展好“三下乡”活动。" — 12月底前 spans rows 1–9)."""
    if above is None or not above[columns["number"]].isdigit():
        return cells
    units = [columns[r] for r in ("lead", "responsible") if r in columns]
    roles = ["deadline"] + (["lead", "responsible"] if not any(cells[k] for k in units) else [])  # (its own units keep the row's: k4 p19f)
    for role in roles:
        k = columns.get(role)
        if k is not None and not cells[k] and above[k]:
            cells[k] = above[k]
    return cells


_NAME = 6  # the end of a unit's name before the next row's number
_DATE_UNITS = "年月日号"


def _clean_row_later(body: str, start: int, number: str, measures) -> bool:
    """The row `number` opens later in `body` with no measure word after it, no digit on either side."""
    k = body.find(number, start)
    while k >= 0:
        after = body[k + len(number) : k + len(number) + 3].lstrip()[:1]  # (a space may follow a row's number: "2 开展…", diffreview-j3 p36)
        if not body[k - 1].isdigit() and after.isalpha() and after not in measures and after not in _DATE_UNITS:
            return True  # (a word, not a figure's: "2.5个百分点", diffreview-j2 p41; a letter is: "2PPP项目…", j3 p34)
        k = body.find(number, k + 1)
    return False


def unglue_tables(pieces: list[Piece]) -> list[Piece]:
    """A task table printed with every separator lost, header and rows on one line
    (a newspaper's e-paper copy): rows rebuilt from the header's names, the row numbers
    and the unit clause that closes each row. Hard-wrapped, such a table breaks into
    paragraphs where a line ends a sentence or a bracket; a paragraph after it that opens
    with its last row's unit clause, or that holds its next row, goes on with it."""
    number_names = number_column_names()
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        start = _glued_header_at(piece.text, number_names) if piece.kind == "para" else -1
        names, end = split_glued_header(piece.text[start:]) if start >= 0 else ([], 0)
        columns = header_columns(names) if names else {}
        rows = _glued_rows(piece.text[start + end :], columns, len(names)) if names and is_task_header(columns) else None
        while rows and i < len(pieces) and pieces[i].kind == "para":
            joined = Piece("para", piece.text + pieces[i].text, piece.start_line, pieces[i].end_line, piece.page)
            more = _glued_rows(joined.text[start + end :], columns, len(names))
            goes_on = more is not None and (len(more) > len(rows) or ((n := bare_note(pieces[i].text)) is not None and not n.deadline))  # or units only
            if not (goes_on and (_row_goes_on(rows[-1], columns, pieces[i]) or match_marker(pieces[i].text) is None)):
                break
            piece, rows, i = joined, more, i + 1
        if not rows:
            out.append(piece)
            continue
        if start > 0:  # the title the header ran into ("重点任务分工清单(上接第三版)序号工作任务…")
            out.append(Piece("para", piece.text[:start], piece.start_line, piece.end_line, piece.page))
        for cells in [names] + rows:
            out.append(Piece("row", "\t".join(cells), piece.start_line, piece.end_line, piece.page, cells, piece.table))
    return out


def _row_goes_on(row: list[str], columns: dict[str, int], piece: Piece) -> bool:
    """A paragraph that opens with the unit clause of the row before it, whose text a line break
    after its last sentence cut off (a glued table hard-wrapped: "…纳入公共租赁住房优先配租范围。" /
    "省民政厅、…、省卫生健康委牵头;…配合;各州(市)党委和政府落实25计划生育…", 云南 2023 e-paper)."""
    unit_cols = [columns[k] for k in ("lead", "responsible") if k in columns]
    if piece.kind != "para" or not unit_cols or any(row[k].strip() for k in unit_cols):
        return False
    note = bare_note(re.split(r"[；;。]", piece.text, maxsplit=1)[0])
    return note is not None and bool(note.lead or note.responsible)


def _glued_header_at(text: str, number_names: tuple[str, ...]) -> int:
    """Where a glued header ("序号工作任务责任单位…") starts in a paragraph: at its start, or
    after a title run into it; -1 when there is none."""
    if text.startswith(number_names):
        return 0
    for name in number_names + tuple(n for n in _grammar().number_headers if len(n) == 1):  # ("…分解表序重点任务具体举措责任单位1…", gu 06)
        k = text.find(name, 1)
        while k > 0:  # anywhere: a whole page run together holds the notice before its table (嘉兴 2022)
            if split_glued_header(text[k : k + 120])[0]:
                return k
            k = text.find(name, k + 1)
    return -1


def split_tab_runs(pieces: list[Piece]) -> list[Piece]:
    """A tab-separated table whose line breaks were lost: one line that opens with the
    header's names and runs on through every row, each row's first cell glued to the last
    cell of the row before ("…\t2022年 9月底(2) 严格落实…\t市行政审批局\t…"). Rows are cut
    where a time limit or a part heading meets the next row's number; the cells a merged
    column did not print are supplied by the table reader (merged_rows.align_short_row)."""
    out: list[Piece] = []
    for piece in pieces:
        rows = _tab_run_rows(piece.cells) if piece.kind == "row" and "\t" in piece.text and len(piece.cells) >= 9 else None
        if not rows:
            out.append(piece)
            continue
        for cells in rows:
            out.append(Piece("row", "\t".join(cells), piece.start_line, piece.end_line, piece.page, cells, piece.table))
    return out


def _tab_run_rows(cells: list[str]) -> list[list[str]] | None:
    width = 0
    while width < len(cells) and len(cells[width].strip()) <= 20:
        if column_of(cells[width].strip()):
            width += 1
        elif width >= 2 and (run := unknown_run(cells, width)) and width + run < len(cells) and column_of(cells[width + run].strip()):
            width += run  # names no rule lists between known ones (column_names.unknown_run)
        else:
            break
    if width < 3 or width >= len(cells):
        return None
    header, rest = [c.strip() for c in cells[:width]], [c.strip() for c in cells[width:]]
    glued = next((w for w in _grammar().header_words if rest[0].startswith(w)), None)
    if glued and len(rest[0]) > len(glued):  # "备注一、全链条优化审批(一) 全面实施…"
        header.append(glued)
        rest[0] = rest[0][len(glued) :]
    if not is_task_header(header_columns(header)):
        return None
    rest = _drop_repeated_headers(rest, header)
    rows, current, previous = [header], [], ""
    for cell in rest:
        if cell is _PAGE_HEADER:  # the header printed again on a new page: a row ends there
            if current:
                rows.append([c for c in current if c])
            current, previous = [], ""
            continue
        cuts = _row_starts(cell, previous)
        bounds = [0] + cuts + [len(cell)]
        parts = [cell[a:b].strip() for a, b in zip(bounds, bounds[1:]) if b > a or a == 0]
        current.append(parts[0])
        for part in parts[1:]:
            rows.append([c for c in current if c])
            current = [part]
        previous = parts[-1]
    rows.append([c for c in current if c])
    rows = [r for r in rows if r]
    return rows if len(rows) >= 3 else None


_PAGE_HEADER = "\x00page header"  # where a repeated header stood: the next cell opens a row


def _drop_repeated_headers(cells: list[str], header: list[str]) -> list[str]:
    """The header printed again on each page ("…持续推进序号", "陕西省《工作要点》部署任务", …,
    "备注(6) …"): its names taken out of the run, the cells they were glued to kept, and
    _PAGE_HEADER where it stood (a page's first row starts after it, whatever closed the last)."""
    width, out, i = len(header), [], 0
    while i < len(cells):
        tail = cells[i + 1 : i + width]
        if cells[i].endswith(header[0]) and len(tail) == width - 1 and tail[:-1] == header[1:-1] and tail[-1].startswith(header[-1]):
            out.append(cells[i][: -len(header[0])].strip())
            out.append(_PAGE_HEADER)
            out.append(tail[-1][len(header[-1]) :].strip())
            i += width
            continue
        out.append(cells[i])
        i += 1
    return [c for c in out if c] if len(out) != len(cells) else out


def _row_starts(cell: str, previous: str) -> list[int]:
    """Where a new row starts inside a cell: at a mark that follows a row's closing cell (a
    time limit, in this cell or just before it) or a part heading ("一、全链条优化审批(一)…")."""
    cuts = []
    start = 0
    if looks_like_time_limit(previous) and match_marker(cell[:60]) is not None:
        cuts.append(0)  # the cell after a row's time limit opens the next row
    for m in candidates().finditer(cell, 1):
        p = m.start()
        marker = match_marker(cell[p : p + 60])
        if marker is None:
            continue
        before = cell[start:p].strip()
        heading = match_marker(before)
        closes = (
            looks_like_time_limit(before)
            or (not before and looks_like_time_limit(previous))
            or (heading is not None and heading.kind in ("cn", "chapter", "part") and len(before) <= 30 and "。" not in before)
        )
        if closes and before:
            cuts.append(p)
            start = p
    return cuts


def split_header_run(text: str) -> list[str]:
    """A table header without a number column whose line breaks were lost, run into the
    title before it and the first row after it ("…实施方案目标任务主要内容责任单位一、以政务公开
    助力稳增长(一)加强预期引导围绕…", or the names one space apart): the names (three or more
    of the column vocabulary, a unit column among them, the last one a column that closes a
    row: units, time limit, remarks) become a paragraph of their own, so the numbered heading
    after them opens a paragraph as it would on its own line. The rows are then read as the
    lined copy reads them: each text closed by its unit clause."""
    if len(text) < 12:
        return [text]
    for end in _closing_names().finditer(text):
        stop = end.end()
        at = stop + 1 if text[stop : stop + 1] == " " else stop
        if at < len(text) and (candidates().match(text, at) is None or match_marker(text[at : at + 60]) is None):
            continue  # names inside a sentence ("…的任务措施责任单位要…")
        m = _name_run().search(text, max(0, stop - 80), stop)
        if m is None:
            continue
        names = _header_names(m.group(0))
        glued = text[: m.start()].rsplit(" ", 1)[-1]
        if 0 < len(glued) <= 6 and " " in text[: m.start()] and column_of(glued + m.group(0).split(" ", 1)[0]):
            # the run began inside a name set apart by spaces ("序号 类别 主要任务 细化措施 牵头单位 …", 平顶山 2017,
            # review cq05): the names are the line's last words that are names, 序号 among them
            words = text[:stop].split()
            k = len(words)
            while k > 0 and column_of(words[k - 1]):
                k -= 1
            names = words[k:]
        roles = {column_of(n) for n in names}
        if len(names) < 3 or not roles & {"lead", "responsible"} or not roles & {"task", "measure"} or "number" in roles:
            continue  # a header with a number column is read by unglue_tables
        return [part for part in (text[: m.start()].rstrip(), m.group(0).strip(), text[stop:].strip()) if part]
    return [text]


def _header_names(run: str) -> list[str]:
    words, names, pos = _grammar().header_words, [], 0
    run = run.strip()
    while pos < len(run):
        if run[pos] == " ":
            pos += 1
            continue
        word = next(w for w in words if run.startswith(w, pos))
        names.append(word)
        pos += len(word)
    return names


_HEADER_PATTERNS: dict[tuple, re.Pattern] = {}
_CLOSING_COLUMNS = ("lead", "responsible", "leader", "deadline", "progress", "note")


def _closing_names() -> re.Pattern:
    """The name of a column that closes a row (units, time limit, remarks)."""
    g = _grammar()
    key = ("closing", g.column_words)
    if key not in _HEADER_PATTERNS:
        closing = longest_first(w for name, words in g.column_words if name in _CLOSING_COLUMNS for w in words if len(w) >= 2)
        _HEADER_PATTERNS[key] = re.compile("|".join(map(re.escape, closing)))
    return _HEADER_PATTERNS[key]


def _name_run() -> re.Pattern:
    """Three or more header names in a row, glued or one space apart, ending where the search
    ends. Compiled only when a closing name stands before a numbered item (its alternation of
    every column name is the costliest pattern to compile on a notice's path)."""
    g = _grammar()
    key = ("run", g.header_words)
    if key not in _HEADER_PATTERNS:
        word = "(?:" + "|".join(map(re.escape, g.header_words)) + ")"
        _HEADER_PATTERNS[key] = re.compile(rf"{word}(?: ?{word}){{2,}}$")
    return _HEADER_PATTERNS[key]
