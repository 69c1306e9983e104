"""The grammar of a task table's header, compiled per rules value: which column each header
cell names (序号, 重点任务, 牵头单位, 完成时限 …). A part of `grammar.Grammar`, which holds the rules."""
from __future__ import annotations

import re
from functools import cached_property

from .grammar_base import _alt, _Lazy, longest_first

_MISSING = object()


class TablePatterns:
    """Header patterns; `self.rules` is the Rules value of the Grammar they are part of, `self._columns`
    its bounded memory of header cells read, `self.label_role` its reading of a label's role."""

    # --- tables ------------------------------------------------------------------
    # a part's row labelled by a word and its ordinal, unnumbered: "行动一：再造发展新极行动（…）" (静安区 2023, review w04)
    ordinal_label = _Lazy(r"^[^\W\d_a-zA-Z]{2,4}?[一二三四五六七八九十]{1,3}[：:]")
    # the next group's number and name run on after a row's last cell, every separator lost ("…生态环境局" "二加快推进能源绿色低碳转型", review ag03)
    group_after_row = _Lazy(r"(?<=[^\d])([一二三四五六七八九十]{1,3})([^\d。；;，,：:、“”一二三四五六七八九十]{2,30})$")
    months_of = _Lazy(r"^\d{1,2}\s*[-—–~～]\s*\d{1,2}\s*月份?")  # a period opening a column's name: "1-9月份工作取得成效"
    # a time column's name that says a target ("阶段目标"): the task's target beside a unit column or a later 完成时限 (tables.header_columns)
    target_in_time_name = _Lazy(r"目标")

    @cached_property
    def dash_before_label(self) -> re.Pattern:
        """A hyphen set as a bullet before a listed label and its colon ("…开展动员大会。-责任单位:乡镇政府、社区卫生服务中心。",
        乡镇 爱国卫生工作实施方案, review gf 07): no part of the label; not a figure's minus or a range's dash ("2021-2023")."""
        listed = [w for _, words in self.label_tables for w in words]
        return re.compile(rf"(?<![0-9A-Za-z])[-－](?=(?:{_alt(listed)})\s*[:：])")

    @cached_property
    def column_words(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Header words by column field. The role columns take their note labels too, so a
        label added to the rules is also a column name ("协同单位", "完成期限")."""
        r = self.rules
        labels = {"leader": r.leader_labels, "lead": r.lead_labels, "responsible": r.responsible_labels, "deadline": r.deadline_labels}
        return tuple((name, tuple(dict.fromkeys(words + labels.get(name, ())))) for name, words in r.table_columns)

    @cached_property
    def _column_word(self) -> re.Pattern:
        """Any header word: most cells a table test asks about name no column, told in one search."""
        return re.compile("|".join(re.escape(w) for w in longest_first({w for _, words in self.column_words for w in words})))

    def column_of(self, header: str) -> str | None:
        """The field a header cell names, or None. Short cells (header names) are remembered,
        a bounded number of them: a batch worker reads thousands of notices."""
        field = self._columns.get(header, _MISSING)
        if field is _MISSING:
            field = next((name for name, words in self.column_words if any(w in header for w in words)), None) if self._column_word.search(header) else None
            if field == "task" and header.endswith(dict(self.column_words)["group"] + ("类型",)):
                field = "group"  # "任务类型" over merged cells ("旧区改造", …): a group's, by its head word (静安区 2023, review w04)
            if field == "task" and header.endswith(self.rules.target_column_endings) and len(header) > 4:
                field = "target"  # "年度阶段性主要工作目标": the work's targets, by its head word (广州 2017 重点工作 任务205, review go 04)
            if field in ("lead", "responsible") and header.endswith(("内容", "任务", "事项")) and len(header) > 4:
                field = "task"  # a role word inside a text column's name: "重点工作及责任分解内容" (烈山区 2023, review gg 06), by its head word
            if field is None and header.endswith(("单位", "部门", "处室", "科室")):  # "负责部门", "承办单位": by the head words
                field = next((role for role in ("lead", "responsible") if self.label_role(header) == role), None)
            if field == "leader":  # "责任单位及责任人": a unit column whose cells name people too (units.people_apart)
                field = next((f for f, ws in (("lead", self.rules.lead_labels), ("responsible", self.rules.responsible_labels)) if any(len(w) >= 4 and w in header for w in ws)), field)
            if len(header) <= 20:
                self._columns = self._columns if len(self._columns) < 8192 else {}
                self._columns[header] = field
        return field

    def names_item(self, header: str) -> bool:
        """"项目名称", "项 目 名 称": a text column that names each row's item (rules.NAME_COLUMN_ENDINGS)."""
        return "".join(header.split()).endswith(self.rules.name_column_endings)

    @cached_property
    def header_words(self) -> tuple[str, ...]:
        """Every header word of two characters or more, longest first (glued headers), the names of no role among them."""
        return tuple(longest_first([w for _, words in self.column_words for w in words if len(w) >= 2] + list(self.rules.unroled_column_names)))

    @cached_property
    def header_word(self) -> re.Pattern:
        """One of `header_words` where matched, the first of them that fits (an alternation tries them in order)."""
        return re.compile(_alt(self.header_words))

    @cached_property
    def number_headers(self) -> tuple[str, ...]:
        return dict(self.column_words).get("number", ())
