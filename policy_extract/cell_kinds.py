"""What one table cell holds, read alone: a time limit, people, unit names. cell_lines.py rebuilds
rows of tables copied one cell per line by these; each takes a cell's text and answers yes or no."""
from __future__ import annotations

import re

from .deadlines import looks_like_time_limit
from .grammar import current as _grammar
from .markers import cn_to_int, match_marker
from .notes import bare_note
from .units import ends_like_unit, is_collective, name_shaped, split_units, titled_person

_PER_MEASURE = re.compile(r"[（(][^（）()]*[/%％][^（）()]*[）)]$")


def time_cell(cell: str) -> bool:
    """A cell that holds a time limit: "12月底前", "5月底前动工", "9月投入使用"."""
    # or a year alone, the cell's whole ("2019年": due by its end, 宝山区生活垃圾全程分类 任务分解, review al01)
    return len(cell) <= 20 and (looks_like_time_limit(cell) or _grammar().month_first.match(cell) is not None or _grammar().year_alone.fullmatch(cell.strip()) is not None)


def person_cell(cell: str) -> bool:  # a cell that names people ("冯冬昌", "钱 宇", "张三副市长", "陆 明俞 悦")
    names = [n for n in re.split(r"[、，,\s]+", cell) if n]
    return bool(names) and (all(name_shaped(n) or titled_person(n) for n in names) or name_shaped(re.sub(r"\s+", "", cell)) or bool(glued_names(cell)))


def glued_names(cell: str) -> list[str]:
    """Two names with nothing between them, a two-character one spaced as a table prints it to align with three ("陆 明俞 悦",
    南陵县 2024 分解表, web review j 03: 陆明, 俞悦); [] for anything else."""
    bare = re.sub(r"\s+", "", cell)
    if bare == cell.strip() or not 4 <= len(bare) <= 6:
        return []
    return next(([bare[:k], bare[k:]] for k in (2, 3) if 2 <= len(bare) - k <= 3 and name_shaped(bare[:k]) and name_shaped(bare[k:])), [])


def unit_cell(cell: str) -> bool:
    """A cell that holds unit names, or a unit clause ("县水务局", "市发改委牵头"); not a figure's
    name with its unit of measure ("农村标准(元/月)", 祁门县 民生工程)."""
    if cell.endswith("。") and "。" not in cell[:-1] and match_marker(cell) is None:
        names = split_units(cell[:-1])  # "区政府有关部门,各乡镇人民政府、街道办事处。" (谯城区 2025): a list closed by a full stop
        return bool(names) and all(ends_like_unit(n) and not _grammar().not_a_name.search(n) for n in names)
    if "。" in cell or _PER_MEASURE.search(cell):
        return False
    if len(cell) <= 60:  # or a list of collectives ("各街道、各部门、各驻区机构", 两江新区 2020, review r39a 02)
        return ends_like_unit(cell) or bare_note(cell) is not None or all(ends_like_unit(n) or (is_collective(n) and len(n) <= 6 and not _grammar().not_a_name.search(n)) for n in split_units(cell) or [""])
    names = split_units(cell) if len(cell) <= 200 else []  # a long list of names ("杭州城西科创产业集聚区管委会,市科技局、…")
    return len(names) >= 3 and all(ends_like_unit(n) for n in names)


def part_row(cell: str) -> bool:
    """A part's or a group's row over the rows below it: "一、…", "(一)刘忻市长牵头重点工作" (杭州 2022), or
    one unnumbered that counts its rows ("经济社会发展主要预期目标分解(15项)", 苏府〔2011〕57号)."""
    marker = match_marker(cell)
    if marker is None:
        return len(cell) <= 60 and (_grammar().counted_title.search(cell) is not None or _grammar().ordinal_label.match(cell) is not None)
    return marker.kind in ("cn", "paren_cn") and len(cell) <= 120


def bare_group_number(cell: str) -> bool:
    """A group's number alone in its cell ("一", then its name, then the rows: review ag03); where a title and a row follow."""
    return len(cell) <= 3 and bool(cn_to_int(cell))


_COLON_HEADING = 8


def colon_heading(text: str) -> bool:
    """A short heading closed by a colon: after a table's last row, what follows the table ("相关依据:" over the documents cited,
    中小学校食品安全管理 部门职责, review gu 07); right after a row's number, the title opening its task cell ("1" / "强化源头管控:",
    diffreview-f1 p45)."""
    return len(text) <= _COLON_HEADING and text.endswith((":", "："))


def ends_plain_table(text: str) -> bool:
    """A part's heading of the notice, an annex's label, a note under the table or a site's chrome."""
    return part_row(text) or text.startswith((r := _grammar().rules).unnumbered_section_titles + r.web_chrome_lines + ("注：", "注:", "备注：", "备注:"))
