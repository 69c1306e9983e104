"""Pipe tables a page joined into one line ("序号 |重点工作 |责任单位 |完成时限 |1 |…|全年 |2 |…"):
the rows cut out of the run, and the page's prose before and after the table kept apart from
its cells (normalize's steps; flat_tables.py reads the forms that lost their separators).
"""
from __future__ import annotations

import re

from .cell_kinds import bare_group_number
from .cell_lines import rows_by_content
from .chrome import strip_web_chrome
from .column_names import kept_past_repeated_headers, number_column_names, unknown_column_name, unknown_run
from .grammar import current as _grammar
from .markers import cn_to_int, match_marker
from .pieces import Piece
from .row_joins import filled_cells
from .tables import column_of, header_columns, is_header_row, without_remark

_MD_RULE_CELL = re.compile(r":?-{3,}:?")


def split_wide_rows(pieces: list[Piece]) -> list[Piece]:
    """A whole table run into one line with its cell separators kept ("序号 |重点工作 |责任单位 |
    完成时限 |1 |…|全年 |2 |…"): the header names at its start give the width, the cells after
    them are cut into rows — at each running number where the rows hold fewer cells than the
    header has names (merged cells not printed: "…| 长期推进 | 2 | 扎实做好… | 疾控处 | 长期推进 |").
    A title glued to the first header name, or the page's head before it, becomes a paragraph."""
    number_names = number_column_names()
    ends = {n[-1] for n in number_names}  # "号" of 序号, 编号: a cheap test before the squeeze
    out: list[Piece] = []
    before = -1  # the number of cells of the row piece before: a row as wide is the next row of its table, not a table run together
    for piece in pieces:
        if piece.kind == "row" and len(piece.cells) == before:
            out.append(piece)
            continue
        before = len(piece.cells) if piece.kind == "row" else -1
        # (a markdown table run together keeps its rule's cells, "|---|---|": no cells of a row)
        cells = [c for c in piece.cells if c.strip() and not _MD_RULE_CELL.fullmatch(c.strip())] if piece.kind == "row" else []
        # the header may open further in: after the page's head or info table ("索 引 号:…台账 | 序号 |
        # 工作任务 |…", 广东省卫生健康委 2021; "发布机构: | 周村区农业农村局 |…完成情况序 号 |年度目标 |…")
        start, glued = 0, False
        if len(cells) >= 6:  # a run of rows, not one row of a table
            start = next((k for k in range(min(len(cells), 40)) if cells[k][-1:] in ends and _squeezed(cells[k]).endswith(number_names)
                          and (k == 0 or not _name_like(cells[k - 1]) or _squeezed(cells[k]) not in number_names)
                          and _header_width(cells[k:], number_names) >= 3), 0)
            if not start and _header_width(cells, number_names) < 3:
                at = _glued_header(cells, number_names)
                glued, start = at is not None, at if at is not None else _header_after_head(cells, number_names)
        head, cells = cells[:start], cells[start:]
        if start or glued:
            cells[0] = _squeezed(cells[0])
        cells = _numbers_apart(cells, number_names) if cells and _squeezed(cells[0]).endswith(number_names) else cells  # (a title glued before 序号 too)
        title = ""
        names = number_names + _grammar().header_words if glued else number_names
        name = next((n for n in names if cells[0].endswith(n) and column_of(n)), None) if cells else None
        if name and len(cells[0]) > len(name):  # "2025年开发区重点工作及责任清单序号"
            title, cells = cells[0][: -len(name)], [name] + cells[1:]
        width = _header_width(cells, number_names)
        if width < 3 or len(cells) < 2 * width:
            out.append(piece)
            continue
        while head:  # the page's info table, the covering notice before the table ("…确保按时完成。附件:|洋县…清单 ||…", 洋县 2024)
            k = 1 if _is_prose(head[0]) else next((i for i, c in enumerate(head) if _is_prose(c)), len(head))
            part, head = head[:k], head[k:]
            if _is_prose(part[0]):
                out.append(Piece("para", part[0], piece.start_line, piece.end_line, piece.page))
            else:
                out.append(Piece("row", "\t".join(part), piece.start_line, piece.end_line, piece.page, part, piece.table))
        if title:
            out.append(Piece("para", title, piece.start_line, piece.end_line, piece.page))
        cells = cells[:width] + [cells[width + k] for k in kept_past_repeated_headers(cells[:width], cells[width:])]
        named = header_columns(cells[:width])
        rows = _rows_at_numbers(cells[width:], width) if "number" in named else _rows_at_task_numbers(cells[width:], width, named.get("measure", named.get("task")))
        read = rows_by_content(cells[:width], cells[width:], piece) if rows is None else None
        if read is not None:  # merged cells not printed, figures and remarks after the units: read by content
            out.append(Piece("row", "\t".join(cells[:width]), piece.start_line, piece.end_line, piece.page, cells[:width], piece.table))
            out.extend(read)
            continue
        if rows is None:  # by the width, the last row filled out
            rows = [cells[at : at + width] for at in range(width, len(cells), width)]
            rows[-1] += [""] * (width - len(rows[-1]))
        for row in [cells[:width]] + rows:  # a short row keeps its cells, for the reader to align by content
            out.append(Piece("row", "\t".join(row), piece.start_line, piece.end_line, piece.page, row, piece.table))
    return out


def read_ragged_rows(pieces: list[Piece]) -> list[Piece]:
    """A pipe table printed a row a line whose rows mostly hold more or fewer cells than its header names (merged cells
    not printed: "一、… | (一)… | 1.… | 全年 | 区发改局… |" then "2.… | 全年 | 区发改局… |", 浙江某区 2022 政务公开工作任务表,
    review s3a 04): its cells read by content, each on its own line, as a table run into one line is (split_wide_rows)."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        head = pieces[i]
        j = i + 1
        if head.kind == "row" and "|" in head.text and is_header_row(head.cells):
            while j < len(pieces) and pieces[j].kind == "row" and "|" in pieces[j].text and not is_header_row(pieces[j].cells):
                j += 1
            header = filled_cells(head.cells)
            rows = pieces[i + 1 : j]
            if len(rows) >= 2 and 2 * sum(len(filled_cells(r.cells)) != len(header) for r in rows) > len(rows):
                body = [Piece("row", c, r.start_line, r.end_line, r.page, [c], r.table) for r in rows for c in filled_cells(r.cells)]
                read = rows_by_content(header, body)
                if read is not None:
                    out += [Piece("row", "\t".join(header), head.start_line, head.end_line, head.page, header, head.table)] + read
                    i = j
                    continue
        out += pieces[i:j]
        i = j
    return out


def _glued_header(cells: list[str], number_names: tuple[str, ...]) -> int | None:
    """Where a header with no number column opens, glued to the end of the prose before it
    ("…安全生产委员会办公室 2021年1月18日 …工作任务清单主要任务 |重点工作和要求 |责任单位 |…",
    安康市 2021); None where none does."""
    words = _grammar().header_words
    for k in range(min(len(cells), 40)):
        # or the table's title ("2015年政府信息公开工作主要任务分解表工 作 任 务 |牵头单位 |…", 福建 2015 flattened, review r35a 04)
        if (_is_prose(cells[k]) or k == 0) and (squeezed := _squeezed(cells[k][-24:])).endswith(words):
            word = next(w for w in words if squeezed.endswith(w))
            if column_of(word) not in (None,) + _LONG_NAMED and _header_width([word] + cells[k + 1 :], number_names) >= 3:
                return k  # (no table opens on its progress or remarks: "…的執行和落實情況 |具體分解 |…" is a title, review ft 06)
    return None


def _header_after_head(cells: list[str], number_names: tuple[str, ...]) -> int:
    """Where a header with no number column opens in a cell of its own after the page's head ("區文廣旅遊局2024年二季度重點工作任務
    的執行和落實情況 |具體分解 | 年份 | … | 責任區領導 | 具體責任單位 |打造一批…", 上虞區 文廣旅遊局 2024, review ft 06 flattened): its
    first name the task's, three names at least, one of them a unit's, and no cell before it shaped as a column's name (a header whose
    first names no rule lists: "任务 内容 | 国家园林城市 标准或要求 | 工作内容及要求 |…", review fo 06); 0 where none does."""
    for k in range(1, min(len(cells), _HEAD_CELLS + 1)):
        if _name_like(cells[k - 1]):
            break
        if column_of(cells[k]) in ("task", "measure") and (width := _header_width(cells[k:], number_names)) >= 3 \
                and {"lead", "responsible"} & set(header_columns(cells[k : k + width])):
            return k
    return 0


_HEAD_CELLS = 3  # the page's head before a table's header: its title, a date, a source


def _is_prose(cell: str) -> bool:
    """Before a table's header, a cell of 60 characters or more holding a sentence end is prose."""
    return len(cell) >= 60 and any(ch in cell for ch in "。；;")


def _name_like(cell: str) -> bool:
    """A cell that could be the header's own first name ("大类 | 序号 |…"), not the page's head."""
    return len(_squeezed(cell)) <= 8 and ":" not in cell and "：" not in cell


def _squeezed(cell: str) -> str:
    return re.sub(r"\s+", "", cell)


_LONG_NAMED = ("progress", "note")


def _header_width(cells: list[str], number_names: tuple[str, ...]) -> int:
    width = 0
    while width < len(cells) and (len(without_remark(cells[width])) <= 12 or (width == 0 and _squeezed(cells[0]).endswith(number_names))
                                  or (len(cells[width]) <= 20 and "。" not in cells[width] and column_of(cells[width]) in _LONG_NAMED)):  # ("进展情况、
        # 存在问题及下一步打算", web-r 04: a report's column; not a task's "陕西省《工作要点》部署任务", whose rows the reader aligns by content)
        if column_of(cells[width]):
            width += 1
        elif width == 0 and len(cells) > 2 and unknown_column_name(cells[0]) and column_of(cells[1]) and any(
                column_of(c) in ("lead", "responsible", "deadline") for c in cells[2:5] if len(c) <= 12):  # ("工作要求 | 一级要点 | 二级要点 | 责任科室 |", review bs02)
            width += 1  # a first column of no known name, the task's ("专项整治行业名称 | 时间安排 | 责任单位 |烟花爆竹 |…", review r30a 10)
        elif width >= 1 and (run := unknown_run(cells, width)) and width + run < len(cells) and (
                column_of(cells[width + run]) or (width >= 3 and cells[width + run].strip() == "1")):
            width += run  # names no rule lists between known ones ("序号 | 项目 | 重点工作目标任务 |…", "指标名称 |单位 |2022年 |…
            # |牵头单位") or the last ones before row 1 ("…| 股室 | 抽查比例 | 抽查频次 | 抽查数量 |1 |", 上高县 2023)
        else:
            break
    return width


_GLUED_NUMBER = re.compile(r"(?<![0-9０-９.．])[0-9]{1,3}$")


def _numbers_apart(cells: list[str], number_names: tuple[str, ...]) -> list[str]:
    """A numbered table's rows run together without outer pipes ("序号 | 工作任务 | … | 完成时限1 | 推进… | 2024年12月2 | …"):
    each row's number glued to the cell before it, set apart where it is the next running number (two of them at least)."""
    out, expected, apart = [], 1, 0
    for cell in cells:
        m = _GLUED_NUMBER.search(cell) if cell.strip() != str(expected) else None
        if m is not None and int(m.group(0)) == expected and m.start() > 0:
            out += [cell[: m.start()], m.group(0)]
            expected, apart = expected + 1, apart + 1
        else:
            out.append(cell)
            expected += cell.strip() == str(expected)
    return out if apart >= 2 else cells


def _rows_at_task_numbers(body: list[str], width: int, task: int | None) -> list[list[str]] | None:
    """The rows of a table with no number column whose task cells open with running numbers ("类别 | 民生事项名称 | … |四、教育文化 |
    14.改扩建泉山学校… | … | 监督电话0535-… |15.推进学校塑胶运动场地建设 | …", 烟台 2022 flattened, web-r 06): a row opens at each next
    number, with the group cell before it where one stands there (a part's 四、); the cells a merged group cell left out are filled
    with blanks. None where fewer than two running numbers stand in the task column's place."""
    if task is None:
        return None
    starts, want = [], None
    for k, cell in enumerate(body):
        m = match_marker(cell)
        if m is not None and m.kind == "arabic" and (want is None or m.value == want) and len(cell) > m.end + 3:
            starts.append(k)
            want = m.value + 1
    if len(starts) < 2:
        return None
    leads = [_group_cells_before(body, k) for k in starts]
    if any(lead > task for lead in leads):
        return None  # a part's row and a group's over a row: the content reader's
    ends = [k - lead for k, lead in zip(starts[1:], leads[1:])] + [len(body)]
    rows = [[""] * (task - lead) + body[k - lead : end] for k, lead, end in zip(starts, leads, ends)]
    last, rest = rows[-1][:width], rows[-1][width:]  # (what follows the last row: the page's fields, cut by the width)
    rows = [(row + [""] * width)[:width] if len(row) <= width else row for row in rows[:-1] + [last]]
    rows += [(rest[at : at + width] + [""] * width)[:width] for at in range(0, len(rest), width)]
    return rows if all(len(row) == width for row in rows) else None


def _group_cells_before(body: list[str], k: int) -> int:
    n = 0
    while k - n >= 1 and (g := match_marker(body[k - n - 1])) is not None and g.kind in ("cn", "paren_cn"):
        n += 1
    return n


def _rows_at_numbers(body: list[str], width: int) -> list[list[str]] | None:
    """The rows of a numbered table's cells, cut where the next running number stands alone
    ("1", …, "2", …), when the header's width does not cut them so; None where it does, or
    where no number opens the cells (a first row's group cell may stand before it: "一、继续提高
    底线民生保障水平 | 1 | …", 肇庆市 2020, whose later rows do not print it). A group's number
    alone in its cell, the next of its kind, opens a group's row, and the rows under it count from 1
    again ("序号 |工作内容 |牵头部门 |完成时间 |一 |主要任务 |||(一) |构建…体系 |||1 |完善…", 安全生产
    "十三五"规划主要任务分工, review fa01 flattened)."""
    def number(cell: str) -> int | None:
        return int(cell) if cell.strip().isdecimal() else None

    def group(cell: str) -> tuple[str, int] | None:
        if bare_group_number(cell := cell.strip()):
            return "bare", cn_to_int(cell)
        m = match_marker(cell) if len(cell) <= 5 else None
        return (m.kind, m.value) if m is not None and m.end == len(cell) and not m.label.isdecimal() else None

    first = next((k for k in range(min(2, len(body))) if number(body[k]) is not None or group(body[k])), None)
    if first is None:
        return None
    if first == 0 and number(body[0]) is not None and all(number(body[k]) == number(body[0]) + k // width for k in range(0, len(body), width)):
        return None  # the width fits every row
    rows: list[list[str]] = [body[: first + 1]]
    opened = group(body[first])
    current, groups, grouped = (0 if opened else number(body[first])), dict([opened] if opened else []), [bool(opened)]
    for cell in body[first + 1 :]:
        g = group(cell)
        if number(cell) == current + 1:
            current = number(cell)
            rows.append([cell])
            grouped.append(False)
        elif g is not None and groups.get(g[0], 0) + 1 == g[1]:
            groups[g[0]], current = g[1], 0
            rows.append([cell])
            grouped.append(True)
        else:
            rows[-1].append(cell)
    if any(len(row) > width for row in rows):
        return None
    # a group's number and title as one cell, its empty cells not printed (as cell_grid reads a group's row)
    return [["".join(row)] + [""] * (width - 1) if group_row and len(row) <= 2 else row for row, group_row in zip(rows, grouped)]


def table_start(line: str, sep: str = "\t") -> int:
    """Where a table begins in a line that prose runs into ("…现印发给你们。序号\t陕西省《工作要点》
    部署任务\t…", or its cells kept apart by " | " in a page joined with spaces: a notice whose
    line breaks were lost): the start of the header name that ends the first cell, when the
    next cells are header names too (tabs), or one of the next two is (pipes); 0 else."""
    first, _, rest = line.partition(sep)
    first = first.rstrip()
    if len(first) <= 12 or not rest:
        return 0
    nxt = [c.strip() for c in rest.split(sep, 3)[:2]]
    named = [len(c) <= 20 and bool(column_of(c)) for c in nxt]
    if not (all(named) if sep == "\t" else any(named)):
        return 0
    # (no table opens on its progress or remarks: "…2024年二季度重點工作任務的執行和落實情況 |具體分解 |…" is the page's title, review ft 06)
    word = next((w for w in _grammar().header_words if first.endswith(w) and column_of(w) not in _LONG_NAMED), None)
    return len(first) - len(word) if word else (_unknown_name_start(first) or 0) if all(named) else 0


_PROSE_MIN = 300  # a run of prose this long is no table's cell in a run-together page
_RUN_TOGETHER_PIPES = 5  # a line with this many pipes holds several rows: a page joined into one line


def prose_around_pipes(line: str) -> tuple[str, str, str]:
    """(prose before, table, prose after) of a page joined into one line whose table cells kept
    their pipes: the page's info table ("索引号: | … | 有效性: |") and the whole notice after
    it ("…|各镇人民政府…:《政府工作报告…》…"), or the covering notice before the task table
    ("…按期完成。…附件1 |(注:…)序号 | 任 务 名 称 |…"). The notice is no table's last or
    first cell: a segment before the first pipe or after the last one is prose when it
    holds a sentence end, is 300 characters or more and longer than the rest of the line."""
    if line.count("|") < _RUN_TOGETHER_PIPES:
        return "", line, line[:0]
    first, last = line.index("|"), line.rindex("|")
    head, tail = line[:first], line[last + 1 :]

    def prose(part: str, rest: int) -> bool:
        return len(part) >= _PROSE_MIN and len(part) > rest and any(ch in part for ch in "。；;")

    tail_is_prose = prose(tail, last + 1)
    head_is_prose = prose(head, (last + 1 if tail_is_prose else len(line)) - first) or (
        # the page's head over a page info table with the notice after it: a sentence, longer than the table ("广东省人民政府关于印发…的通知
        # (粤府〔2021〕22号)时间:…核心提示:《…》已经…通过,…反映。发布单位 |广东省人民政府|…|备注 |各地级以上市人民政府,…", web-q 04)
        tail_is_prose and len(head) > last + 1 - first and any(ch in head for ch in "。；;")) or (
        # a whole notice before the table, however long the table ("…确保按时完成。附件:…| 洋县2024年
        # 十大民生实事项目清单 ||…", 洋县 2024): three sentences, and the line holds several rows
        len(head) >= _PROSE_MIN and sum(head.count(ch) for ch in "。；;") >= 3 and line.count("|") >= 2 * _RUN_TOGETHER_PIPES
        and max(len(cell) for cell in line[first : last + 1].split("|")) < _PROSE_MIN)  # and the cells after it are a table's
    if head_is_prose and not tail_is_prose:
        tail_is_prose = prose(tail, last + 1 - first)  # then the text after the table is weighed against the table alone
    head_end = _header_name_start(head, line[first + 1 :]) if head_is_prose else 0
    tail_start = last + 1 if tail_is_prose else len(line)
    return line[:head_end], line[head_end:tail_start], line[tail_start:]


def _header_name_start(head: str, after: str = "") -> int:
    """Where the table's first column name starts at the end of the prose before its first pipe
    ("…2015年5月7日2015年…分解表工 作 任 务 |牵头单位 |…", 福建 2015 flattened, review r35a 04): the name stays
    the table's; the end of `head` where no column name closes it. A name no rule lists is the words after
    the table's title when the next two cells name columns ("…一、专项整治安排表专项整治行业名称 | 时间安排 | 责任单位 |", r30a 10)."""
    squeezed = _squeezed(head[-24:])
    word = next((w for w in _grammar().header_words if squeezed.endswith(w) and column_of(w)), None)
    nxt = [c.strip() for c in after.split("|", 2)[:2]]
    if word is None and len(nxt) == 2 and all(column_of(c) for c in nxt) and (cut := _unknown_name_start(head)):
        return cut
    k, left = len(head), len(word or "")
    while left and k:
        k -= 1
        left -= not head[k].isspace()
    return k


def _unknown_name_start(head: str) -> int | None:
    """Where a first column name no rule lists starts, after the table's title or a sentence end ("…安排表专项整治行业名称")."""
    cut = max(head.rfind(ch) for ch in "。；;：:表") + 1
    if cut and 2 <= len(head) - cut <= 16 and unknown_column_name(head[cut:]):
        return cut
    # or the plan's title: "…2022年政务公开工作要点分工方案工作要求 | 一级要点 | 二级要点 | 责任科室 |" (中山市医保局 2022, review bs02 flattened)
    ending = max((k + len(w) for w in _grammar().rules.plan_title_endings if (k := head.rfind(w, cut)) >= 0), default=0)
    return ending if ending and 2 <= len(head) - ending <= 8 and unknown_column_name(head[ending:]) else None


def prose_row(cells: list[str]) -> bool:
    """A "row" of three cells or fewer, one of them a whole text of sentences and the others no
    number or unit cell (ten characters or more): no table's, a page's pipes around the notice."""
    filled = [c.strip() for c in cells if c.strip()]
    prose = [c for c in filled if len(c) >= 300 and c.count("。") >= 3]
    if len(filled) <= 3 and len(prose) == 1 and all(len(c) >= 10 for c in filled):
        return True
    # or the notice's opening after the page's fields and share buttons ("2021-03-02 14:44浏览量:1 | | | |湘阴发〔2019〕4号各乡镇党委…
    # 请认真遵照执行。", web-n 09 flattened): the other cells are the site's
    opening = [c for c in filled if len(c) >= 100 and "。" in c]
    return 2 <= len(filled) <= 3 and len(opening) == 1 and all(c is opening[0] or _site_field(c) for c in filled)


def _site_field(cell: str) -> bool:
    """A page's field or chrome, a time before it or not ("2021-03-02 14:44浏览量:1", "来源:湘阴县人民政府")."""
    bare = _TIME_FIRST.sub("", cell)
    return len(cell) <= 40 and (_grammar().is_page_info(bare) or not strip_web_chrome(bare).strip())


_TIME_FIRST = re.compile(r"^[\d\-/:.\s]+")

