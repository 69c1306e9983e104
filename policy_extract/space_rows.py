"""Tables whose cells a page set apart by single spaces, one row a line (normalize's step
before the line joins):

    序号 重点工作任务 主要责任单位 协同配合单位
    1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处。

The header is a line of column names (the vocabulary of rules.py); a row's text runs to the
cell that closes a sentence, the other cells follow in the header's order. Such a header over
cells one a line is set out a name a line (split_spaced_header_lines).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .column_names import glued_header_names, name_run_width, number_column_names
from .grammar import current as _grammar
from .load.base import SourceLine
from .markers import CN_DIGITS, match_marker
from .pieces import Piece
from .tables import column_of, header_columns, is_task_header
from .units import ends_like_unit, split_glued_names


def split_spaced_header_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """A header whose names stand one space apart on one line over cells printed one a line ("序号 涉及部门 职责分工" / "1" /
    "市教育局" / "负责校园食品安全管理工作。…" / "2" / …, 中小学校食品安全管理 部门职责, review gu 07): its names on lines of their
    own, each on the header's line, so the table reads as one copied a cell a line (cell_lines.plain_cell_lines)."""
    out: list[SourceLine] = []
    numbers = number_column_names()
    for k, ln in enumerate(lines):
        names = ln.text.split() if len(ln.text) <= _HEADER_LINE and ln.text.lstrip().startswith(numbers) else []
        if 3 <= len(names) <= 12 and next((x.text.strip() for x in lines[k + 1 : k + 3] if x.text.strip()), "") == "1" \
                and name_run_width(names) == len(names) and is_task_header(header_columns(names)):
            out += [replace(ln, text=name) for name in names]
        else:
            out.append(ln)
    return out


_HEADER_LINE = 80


def split_space_rows(pieces: list[Piece]) -> list[Piece]:
    """A table whose cells a page set apart by single spaces, one row a line ("序号 重点工作任务
    主要责任单位 协同配合单位", "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,…", 谯城区 2025):
    the header is a line of three or more column names, a number's first; a row opens with
    its number, its text runs to the cell that closes a sentence, the other cells follow in
    the header's order; a line after a row continues it: one unit name the cell before (a
    unit cell wrapped), a list or any text while the row lacks cells the next cell. A part's
    heading between rows is a row of its own."""
    out: list[Piece] = []
    header: list[str] | None = None
    row: list[str] | None = None
    free: int | None = None  # the header's progress column, whose cells may hold spaces of their own
    for piece in pieces:
        text = piece.text.strip() if piece.kind == "para" else ""
        if header is None:
            head, names, part = _space_header(text)
            if names:
                header = names
                free = next((k for k, name in enumerate(header) if column_of(name) == "progress"), None)  # (read once per table)
                if head:  # the page's head run into the header: "…上半年推进情况汇总表序号 目标任务 责任单位 …" (铜梁区 2025, flattened)
                    out.append(Piece("para", head, piece.start_line, piece.end_line, piece.page))
                out.append(Piece("row", "\t".join(names), piece.start_line, piece.end_line, piece.page, names, piece.table))
                if part:  # a part's heading run on after the last name ("…协同配合单位一、2025年…", 谯城区 2025 flattened)
                    row = [part]
                    out.append(Piece("row", part, piece.start_line, piece.end_line, piece.page, [part], piece.table))
                continue
            out.append(piece)
            continue
        m = re.match(r"(\d{1,3})\s+(\S.*)$", text)
        marker = match_marker(text) if text and not m else None
        if m:
            row = _under_header(_space_row(m.group(1), m.group(2).split(), len(header), free), header)
        elif marker is not None and marker.kind in ("cn", "paren_cn"):
            row = [text]
        elif row is not None and text and len(row) > 1 and " " not in text and ends_like_unit(text.rstrip("。，,、")):
            if len(row) < 3 or (any(ch in text for ch in "、，,") and len(row) < len(header)):
                row.append(text)  # a list: the next cell
            else:
                row[-1] = row[-1] + "、" + text  # "区财政局" / "区税务局": the unit cell wrapped
            out[-1] = Piece("row", "\t".join(row), out[-1].start_line, piece.end_line, piece.page, list(row), piece.table)
            continue
        elif row is not None and len(row) >= 3 and (cont := _continuation_row(text, row[0], len(header))):
            row = cont  # a row under a number cell merged over it ("完成市创建办下达的…目标任务。 各科室", 渭南 2020, review s15c 02)
        elif row is not None and text and 3 <= len(row) < len(header) and match_marker(text) is None:
            row.append(text)  # the row's last cell on a line of its own, after its wrapped units ("第一产业增加值同比增长3.4%。", 铜梁区 2025)
            out[-1] = Piece("row", "\t".join(row), out[-1].start_line, piece.end_line, piece.page, list(row), piece.table)
            continue
        else:
            header = row = None
            out.append(piece)
            continue
        out.append(Piece("row", "\t".join(row), piece.start_line, piece.end_line, piece.page, list(row), piece.table))
    return out


def _continuation_row(text: str, number: str, width: int) -> list[str] | None:
    """A line of a sentence and then unit cells, without a number: a row under the number cell of the row
    above, merged over both, so it takes that number. None when the line is anything else."""
    tokens = text.split()
    if len(tokens) < 2 or match_marker(text) is not None:
        return None
    cells = _space_row(number, tokens, width)
    if not cells[1].endswith(("。", "；", ";")) or len(cells) < 3 or not all(ends_like_unit(c.rstrip("、，,")) for c in cells[2:]):
        return None
    return cells


def _units_then_text(cell: str) -> list[str] | None:
    """A unit cell run into the sentence of the cell after it ("区农业农村委区林业局区供销联社区畜牧业
    发展中心第一产业增加值同比增长3.4%。", 铜梁区 2025 flattened): [units, text], or None."""
    if not cell.endswith("。"):
        return None
    names = split_glued_names(cell)
    last = names[-1]
    cut = next((k for k in range(3, len(last) - 5) if ends_like_unit(last[:k]) and not any(ends_like_unit(last[:j]) for j in range(k + 1, k + 5))), None)
    if cut is None or not all(ends_like_unit(n) for n in names[:-1]):
        return None
    return ["、".join(names[:-1] + [last[:cut]]), last[cut:]]


def _space_header(text: str) -> tuple[str, list[str], str]:
    """(the text before, the names, a part's heading glued after them) of a line that is or ends in three to twelve
    column names one space apart, a number's first ("序号 目标任务 责任单位 上半年推进情况"); ("", [], "") else."""
    tokens = _spaced_names_joined(text.split())
    part = ""
    if len(tokens) >= 4 and _part_mark(tokens[-1]) and column_of(tokens[-2]):  # a part's heading one space after the last name
        part, tokens = tokens[-1], tokens[:-1]  # ("…工作进展情况 牵头责任单位 一、努力完成全年主要预期目标", a ledger on one line, review fv 06)
        text = text[: text.rfind(part)].rstrip()
    last = tokens[-1] if tokens else ""  # (a mark's first character first: most lines hold none)
    end = next((k for k in range(2, min(13, len(last))) if (last[k] in "（(" or last[k] in CN_DIGITS) and _part_mark(last[k:]) and column_of(last[:k])), None)
    if end is not None:
        tokens, part = tokens[:-1] + [tokens[-1][:end]], tokens[-1][end:]
        text = text[: text.rfind(part)]
    k = len(tokens)
    while k > 0 and len(tokens[k - 1]) <= 12 and (column_of(tokens[k - 1]) or tokens[k - 1] in _grammar().rules.name_column_endings) and column_of(tokens[k - 1]) != "number":
        k -= 1  # (or a name column's word alone: "序号 名称 工作任务 牵头责任单位", its cells empty, 常熟 2018 任务分解表, review im 04)
    if k == 0 or len(tokens) - k < 2 or len(tokens) - k > 11:
        return "", [], ""
    first = tokens[k - 1]
    number = next((n for n in number_column_names() if first.endswith(n)), None)
    if number is None:
        return "", [], ""
    # the names open the line, or end it after the page's head ("…打印2025年…汇总表序号 目标任务 …")
    printed = first if first in text else " ".join(first)  # (spaced out too: "序 号 工 作 任 务 …")
    if printed not in text:
        return "", [], ""
    at = text.rfind(printed) + len(printed) - (len(number) if printed == first else len(" ".join(number)))
    return text[:at].rstrip(), [number] + tokens[k:], part


def _spaced_names_joined(tokens: list[str]) -> list[str]:
    """A name spaced out to fill its cell is one token: "序号 工 作 任 务 牵头负责部门" (国办函〔2016〕38号 量化指标任务分工,
    chinaacc.com, review gm 01)."""
    out: list[str] = []
    run: list[str] = []
    for token in tokens + [""]:
        if len(token) == 1 and not token.isascii():
            run.append(token)
            continue
        names, end = glued_header_names(joined := "".join(run)) if len(run) >= 2 else ([], 0)
        out += (names if names and end == len(joined) else [joined]) if len(run) >= 2 else run  # two names spaced out: "序 号 工 作 任 务"
        run = []
        out.append(token)
    return out[:-1]


def _part_mark(text: str) -> bool:
    return (m := match_marker(text)) is not None and m.kind in ("cn", "paren_cn")


def _space_row(number: str, tokens: list[str], width: int, free: int | None = None) -> list[str]:
    """`free`: the column of free text (progress) whose cell may hold spaces of its own."""
    end = next((k for k, t in enumerate(tokens) if t.endswith(("。", "；", ";"))), None)  # (an ASCII stop only where no 。 closes a cell:
    end = next((k for k, t in enumerate(tokens) if _ascii_stop(t)), 0) if end is None else end  # "办. 将开办时间压缩…。", diffreview-k3 p01)
    after = tokens[end + 1 :]
    if len(after) == 1 and width >= 4:  # units and the next cell glued, their line breaks lost
        after = _units_then_text(after[0]) or after
    cells = [number, "".join(tokens[: end + 1])] + after
    plain = cells[: width - 1] + ["、".join(cells[width - 1 :])] if len(cells) > width else cells
    if len(cells) > width and free is not None and 1 < free < width - 1 and not all(ends_like_unit(n) for n in plain[-1].split("、")):
        # a progress cell's own spaces ("…加快推进项目建设。梳理年内在建项目 计划新开工项目清单 按月排出…", review fv 06): the cells after it
        # are the header's last; not where the last names are units ("已开工项目32个。 市发展改革委 市住建局 各区政府", diffreview-c2 p03)
        extra = len(cells) - width
        return cells[:free] + [" ".join(cells[free : free + extra + 1])] + cells[free + extra + 1 :]
    return plain


def _ascii_stop(token: str) -> bool:
    """A sentence closed by an ASCII full stop after a word or a sign ("…比重47.1%.", 常熟 2018 任务分解表 on a forum, review im 04), no number's."""
    return len(token) > 1 and token.endswith(".") and (not token[-2].isascii() or token[-2] in "%)")


def _under_header(cells: list[str], header: list[str]) -> list[str]:
    """A row with fewer cells than its header, its empty cells lost with their spaces ("序号 类别 主要任务 细化措施 牵头单位 参与单位
    责任单位" over "3 抓好工业节水。… 市工业和信息化委、水利局 市发展改革委等 各县(市、区)…", 平顶山 2017, review cq05), where the header
    has more than one column of text before the unit columns that close it: the last cells go under the unit columns (a row with fewer
    fills them from the lead's on), a cell between its text and them is its text's rest ("抓好城镇节水。 推进节水型城市建设 …",
    diffreview-ap), its text under the last column of text."""
    roles = [column_of(name) for name in header]
    first_unit = next((i for i, role in enumerate(roles) if role in ("lead", "responsible")), 0)
    if len(cells) <= 2 or len(cells) >= len(header) or first_unit <= 2 or not all(role in ("lead", "responsible") for role in roles[first_unit:]):
        return cells  # (a row whose unit cells follow on lines of their own, after one text column, fills its columns from the left)
    text_column = next((i for i in range(first_unit - 1, 0, -1) if roles[i] in ("task", "measure")), None)
    if text_column is None:
        return cells
    units = len(header) - first_unit
    tail = cells[2:]
    extra, tail = (tail[:-units], tail[-units:]) if len(tail) > units else ([], tail)
    if any(ends_like_unit(cell) for cell in extra):
        return cells  # more unit cells than unit columns (diffreview-aq): no telling which is which
    row = [cells[0]] + [""] * (len(header) - 1)
    row[text_column] = cells[1] + "".join(extra)
    row[first_unit : first_unit + len(tail)] = tail
    return row
