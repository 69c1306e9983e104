"""The names over a table's columns, where a web page copied the table cell by cell (one cell per
line, or every cell of the table run into one line): how many of the first cells name columns,
and the header printed again over a later page's rows. Shared by cell_lines.py, pipe_runs.py
and flat_tables.py.
"""
from __future__ import annotations

import re

from .cell_kinds import bare_group_number
from .grammar import current as _grammar
from .markers import match_marker
from .tables import column_of, header_columns, is_task_header, without_remark

_UNIT_OF_MEASURE = re.compile(r"\s*[（(][^（）()]{1,4}[）)]$")


def name_run_width(names: list[str]) -> int:
    """How many of `names`, from the first, name columns. Short names of no known column between
    known ones ("分 管 县领导" before its words were listed; "指标名称", "单位", "2022年" …) or
    last before row 1 are columns all the same: an unknown name must not lose the whole table."""
    width = 0
    while width < len(names) and _column_name_shaped(names[width]):
        if column_of(names[width]):
            width += 1
            continue
        after_number = width == 1 and column_of(names[0]) == "number" and not names[1].strip().isdigit()  # "序号", "2022年预期目标"
        run = unknown_run(names, width, after_number) if width >= 2 or after_number else 0
        if run and width + run < len(names) and column_of(names[width + run]):
            width += run
            continue
        if width >= 3 and column_of(names[0]) == "number" and run and _row_one_next(names, width + run):
            width += run  # the last names, before row 1 ("…| 配 合 部 门 | 目 标 类 型 | 1 |", 上城区 2019) or a part's
            continue  # row over it ("…| 推广范围 | 一、知识产权保护方面（共5项） | 1 |", 国办发〔2018〕126号 附件)
        break
    return width


def _row_one_next(names: list[str], k: int) -> bool:
    """Row 1 opens at names[k], or after a part's row there ("一、…")."""
    part = k < len(names) and (marker := match_marker(names[k])) is not None and marker.kind == "cn"
    return names[k : k + 1] == ["1"] or (part and names[k + 1 : k + 2] == ["1"])


def unknown_run(names: list[str], k: int, first_free: bool = False) -> int:
    """How many names from k, up to six, name no known column ("指标名称", "单位", "2022年",
    "2025年", "2027年" before "牵头单位", 绥宁县 2025 主要目标责任清单); `first_free`: the first
    may be any short name (after the number column: "序号", "2022年预期目标")."""
    n = 0
    while k + n < len(names) and n < 6 and _column_name_shaped(names[k + n]) and not column_of(names[k + n]):
        if not (unknown_column_name(names[k + n]) or (first_free and n == 0)):
            break
        n += 1
    return n


def _column_name_shaped(cell: str) -> bool:
    """Short, no mark before it and no sentence in it: "序号", "牵头单位（部门）", not "1.明确…事项。"."""
    text = without_remark(cell)
    squeezed = "".join(text.split())  # a name spaced out as a wide cell prints it ("目   标   与   任   务", 芜湖 2019, review web-q 03)
    return 0 < len(squeezed) <= 16 and match_marker(text) is None and not any(ch in text for ch in "。；;，,：:")


def unknown_column_name(cell: str) -> bool:
    """Short enough for a column name, and no row number or figure in it; a unit of measure in
    brackets after it is no part of it ("年度投资金额 (万元)", 洋县 2024), and such brackets alone are the
    end of the name before them, wrapped ("责任股室", "(单位)", 略阳县 2019 文旅局)."""
    name = _UNIT_OF_MEASURE.sub("", without_remark(cell))  # (a remark after it: "是否省市统一进度(全省县市区名次)", 文成县 2024, review gf 02)
    if bare_group_number(name):
        return False  # a group's number alone, its row under the header ("一", "主要任务", review fa01)
    if not name:
        return bool(cell.strip())
    if len(name) >= 5 and name[:2] in ("19", "20") and name[:4].isdecimal() and name[4] == "年":
        name = name[5:] or name[4]  # a year's column: "2022年", "2025年目标值"
    name = _grammar().months_of.sub("", name) or name  # a period's: "1-9月份工作取得成效" (烟台 2022, review web-r 06)
    return 0 < len(name) <= 8 and not any(ch.isdigit() for ch in name)


def number_column_names() -> tuple[str, ...]:
    """The names a number column prints ("序号", "编号"), two characters or more."""
    return tuple(n for n in _grammar().number_headers if len(n) >= 2)


def kept_past_repeated_headers(header: list[str], cells: list[str]) -> list[int]:
    """The indices of the cells that are not the header's names printed again over a later
    page's rows ("序号 |" … "责任单位 |" before row 8, 绥宁县 2025 主要目标责任清单)."""
    names = [h.strip() for h in header]
    width = len(names)
    if width == 0:
        return list(range(len(cells)))  # no header, nothing printed again (and no empty slice to match forever)
    kept: list[int] = []
    k = 0
    while k < len(cells):
        if [c.strip() for c in cells[k : k + width]] == names:
            k += width
            continue
        kept.append(k)
        k += 1
    return kept


def unwrapped_names(names: list[str], cells: list[str]) -> list[str]:
    """Header names a page wrapped over two cells ("责任" / "领导", "攻坚目标" / "任务", "第二季度" / "完成情况", 泗洲头镇 2024, web
    review i 06) joined, where every row (from "1" to "2", "2" to "3" … in `cells`, two rows or more) has as many cells as the joined
    names: a fragment of no known column, or of two characters, with its neighbour, when the two make a known column's name."""
    starts = [0] if cells[:1] == ["1"] else []
    while starts and str(len(starts) + 1) in cells[starts[-1] + 1 :]:
        starts.append(cells.index(str(len(starts) + 1), starts[-1] + 1))
    widths = {b - a for a, b in zip(starts, starts[1:] + [len(cells)])}
    if len(starts) < 2 or len(widths) != 1 or widths.pop() >= len(names):
        return names
    out: list[str] = []
    for name in names:
        both = out[-1] + name if out else ""
        fragments = not column_of(out[-1]) or not column_of(name) or max(len(out[-1]), len(name)) <= 2 if out else False
        if fragments and len(both) <= 10 and column_of(both) and not any(ch.isdigit() for ch in both):
            out[-1] = both
        else:
            out.append(name)
    return out if len(out) == starts[1] else names


def header_at(cells: list[str]) -> int | None:
    """Where a task table's header opens among the first 40 cells: a number column's name and two more columns' names after it
    ("序号|工作任务|主要内容|责任单位|1|…"), or three names at least that together head a task table ("工作任务|具体要求|责任科室|
    时限要求|强化…|1|…", review ee01 flattened); None if nowhere."""
    names = [column_of(c.strip()) if len(re.sub(r"\s+", "", without_remark(c))) <= 12 else None for c in cells[:42]]  # (a name, not words
    # ending in one: "附件舟山市城镇生活垃圾分类工作任务分解表", review eb03)
    for k in range(min(len(cells) - 2, 40)):
        if names[k] == "number" and names[k + 1] and names[k + 2]:
            return k
        run = next((j for j in range(k, len(names)) if not names[j]), len(names)) - k
        if names[k] in ("task", "measure") and run >= 3 and is_task_header(header_columns([c.strip() for c in cells[k : k + run]])):
            return k
    return None


def split_glued_header(text: str) -> tuple[list[str], int]:
    """A header whose separators were lost ("序号工作任务责任单位21树立…"): its column names,
    read greedily from the header vocabulary, and where the header ends. ([], 0) when the
    text does not open with a number column followed by at least two more names. Names
    spaced out to fill their cells ("序号主 要 工 作 任 务责任单位1…", 嘉兴 2022) are read
    without their spaces."""
    names, pos = _glued_names(text)
    head = text[:120]
    if not names and (" " in head or "\u3000" in head):
        kept = [i for i, ch in enumerate(head) if ch not in " \u3000"]
        names, pos = _glued_names("".join(head[i] for i in kept))
        pos = kept[pos - 1] + 1 if names else 0
    return names, pos


def _glued_names(text: str) -> tuple[list[str], int]:
    names, pos = glued_header_names(text)
    if len(names) < 3 or column_of(names[0]) != "number" or len(set(map(column_of, names))) < 3:
        return [], 0
    return names, pos


def glued_header_names(text: str) -> tuple[list[str], int]:
    """The column names a text opens with, read greedily from the header vocabulary, and where they end."""
    word = _grammar().header_word

    def alias_at(at: int) -> str | None:
        m = word.match(text, at)
        return m.group(0) if m else None

    names, pos = [], 0
    short = [n for n in _grammar().number_headers if len(n) == 1 and text.startswith(n) and alias_at(len(n))]
    if short:  # a number column named in one character, then the others ("序重点任务具体举措责任单位1开展…", review gu 06 flattened)
        names, pos = [short[0]], 1
    while True:
        alias = alias_at(pos)
        k = 0
        if alias is None and names and (year := _grammar().year_prefix.match(text, pos)):
            k = year.end() - pos  # "序号2022年预期目标责任单位1…": a year before the name (review r19b 07 flattened, review-fv-b)
            alias = alias_at(pos + k)
            k = k if alias else 0
        while alias is None and names and k < 4 and pos + k < len(text) and not text[pos + k].isdigit():
            k += 1  # a name whose last words are the vocabulary's ("民生实事", 大竹县 2016 分解表 flattened)
            alias = alias_at(pos + k)
        if alias is None:
            break
        names.append(text[pos : pos + k + len(alias)])
        pos += k + len(alias)
        if remark := _REMARK_AFTER.match(text, pos):  # "重点工作任务(民生实事项目)", "进展情况(一季度)" (西湖区 2023 民生实事, review hz 01 flattened)
            names[-1] += remark.group(0)
            pos = remark.end()
    return names, pos


_REMARK_AFTER = re.compile(r"[（(][^（）()\d]{1,8}[）)]")
