"""The fields of a government site's information table: the notice's title, issuer, date and
number as the site files them, for the meta fields the notice itself does not print.

    索引号: | 113304240025561412/2022-69894 | 成文日期: | 2022-04-18 |     (pipe cells)
    发布机构: 广东省卫生健康委员会                                      (a line of its own)
    名 称: 广东省卫生健康委2021年政务公开工作重点任务台账分 类: 其他…      (fields run together)
    文 号 | 涟政办发〔2021〕12号 | …                                   (no colon, in a cell)

Which labels give which field: rules.PAGE_FIELDS.
"""
from __future__ import annotations

import re

from .grammar import current as _grammar
from .pieces import Piece

_ISO = re.compile(r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")


def page_fields(pieces: list[Piece]) -> dict[str, str]:
    """{field: value} of the site's information table: "title", "issuer", "issue_date" (ISO),
    "doc_number", each checked for its kind. A field printed with different values is no
    page's but a list's ("1.…发文单位：…发文时间：1987年11月2日…2.…发文时间：…", corpus 0714):
    none is taken. (A page stored twice prints the same values twice.)"""
    g = _grammar()
    seen: dict[str, set[str]] = {}
    for n, piece in enumerate(pieces):
        if piece.kind == "row":
            cells = [c.strip() for c in piece.cells]
            for k, cell in enumerate(cells[:-1]):  # "发布机构: | 周村区农业农村局 |", "文 号 | 涟政办发〔2021〕12号 |"
                if len(cell) <= 12:  # "[ 发布机构 ] | 靖边县人民政府办公室 |" (靖边县 2025): brackets round the label
                    _keep(seen, g.page_field_of.get(cell.replace(" ", "").rstrip(":：").strip("[]【】［］")), cells[k + 1])
            texts = [c for c in cells if ":" in c or "：" in c]  # "| 标题:南漳镇人民政府2023年工作计划 |": a field in one cell
        elif ":" in piece.text or "：" in piece.text:
            alone = g.page_field.fullmatch(piece.text.strip().lstrip("•·●◆■▪ "))
            if alone and n + 1 < len(pieces) and pieces[n + 1].kind == "para":  # "• 发布机构:" / "嵊泗县人民政府办公室"
                _keep(seen, g.page_field_of.get(re.sub(r"\s+", "", alone.group(1))), pieces[n + 1].text)
                continue
            texts = [piece.text]
        else:
            _keep_spaced_fields(seen, piece.text)  # "发布机构 金乡县农业农村局 组配分类 政策和解读" (no colons)
            continue
        for text in texts:
            matches = list(g.page_field.finditer(text))
            for m, nxt in zip(matches, matches[1:] + [None]):
                if m.start() > 0 and not _after_field(text, m.start()):
                    continue  # "名称:" after a sentence: no field of the site's table
                value = _before_other_field(text[m.end() : nxt.start() if nxt else len(text)])
                _keep(seen, g.page_field_of.get(re.sub(r"\s+", "", m.group(1))), value)
    return {field: next(iter(values)) for field, values in seen.items() if len(values) == 1}


def _keep_spaced_fields(seen: dict[str, set[str]], text: str) -> None:
    """Fields apart by spaces, without colons, where the line opens with a label of the site's
    table ("索  引  号 1137… 公开方式 主动公开", "成文日期 2021-04-20 废止日期", 金乡县 2021)."""
    g = _grammar()
    if not g.opens_with_site_label(text):
        return
    tokens = text.split()
    for i in range(len(tokens) - 1):
        field = g.page_field_of.get(tokens[i])
        if field:
            _keep(seen, field, tokens[i + 1])


def _keep(seen: dict[str, set[str]], field: str | None, value: str) -> None:
    if field and _valid(field, value):
        seen.setdefault(field, set()).add(_value(field, value))


def _after_field(text: str, start: int) -> bool:
    """A field opens the line or follows another's value (fields run together, no sentence)."""
    return "。" not in text[:start]


def _before_other_field(value: str) -> str:
    """The value up to the next label of the site's table ("…台账分 类: 其他" -> "…台账")."""
    m = _grammar().info_label_in_value.search(value)
    return value[: m.start()] if m else value


def _valid(field: str, value: str) -> bool:
    value = value.strip()
    if field == "issue_date":  # its date first, whatever ran on after it ("发文日期: 2024年02月22日各镇人民政府,…", flattened)
        return _ISO.search(value[:20]) is not None
    if not value or len(value) > 100:
        return False
    if field == "doc_number":
        return _grammar().doc_number.search(re.sub(r"\s+", "", value)) is not None
    return not value.startswith(("|", "-"))


def _value(field: str, value: str) -> str:
    value = value.strip()
    if field == "issue_date":
        y, m, d = (int(x) for x in _ISO.search(value).groups())
        return f"{y:04d}-{m:02d}-{d:02d}"
    if field == "doc_number":
        return _grammar().doc_number.search(re.sub(r"\s+", "", value)).group(0)
    if field == "title":  # "靖政发〔2025〕17号 靖边县人民政府 关于建立…的通知": the number filed before the title
        m = _grammar().doc_number.match(value)
        return _grammar().cjk_space.sub("", value[m.end() :]).strip() if m and value[m.end() :].strip() else value
    return re.sub(r"\s+", "", value) if field == "issuer" else value
