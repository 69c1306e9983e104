"""The outline's item: its marker, its own paragraphs and tables, its children, and the title a path shows for it."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .grammar import current as _grammar
from .normalize import Piece, squeeze_cjk_spaces

_TITLE_SENTENCE_MAX = 20  # a title printed as a sentence of its own is at most this long
_PATH_TITLE_MAX = 30  # a heading's first sentence up to this long is its title in paths


@dataclass(eq=False)
class Node:
    """An outline item; compared by identity, as two items may print the same words."""

    kind: str  # a marker kind, "root" or "unnumbered"
    marker: str = ""
    label: str = ""
    value: int | None = None
    level: int = 0
    paras: list[Piece] = field(default_factory=list)  # own paragraphs; the first holds the marker
    children: list["Node"] = field(default_factory=list)
    tables: list[list[Piece]] = field(default_factory=list)
    parent: "Node | None" = field(default=None, repr=False)
    title_start: int = 0  # where the title starts in paras[0].text
    readings: dict = field(default_factory=dict, repr=False)  # what later stages read of the finished item, kept once

    @property
    def first_text(self) -> str:
        return self.paras[0].text[self.title_start :].strip() if self.paras else ""

    @property
    def own_text(self) -> str:
        """Text of this item without its marker and without its children."""
        if not self.paras:
            return ""
        return "\n".join([self.first_text] + [p.text for p in self.paras[1:]])

    @cached_property
    def heading(self) -> str:
        """The marker and title as printed, for paths: "（一）全面推进政务服务标准化"; the sentences
        after a short first one are its body, no part of it."""
        text = squeeze_cjk_spaces(self.paras[0].text) if self.paras else ""
        if not self.children:
            return text
        first = squeeze_cjk_spaces(self.first_text)
        title, dot, rest = first.partition("。")
        if dot and rest.strip() and len(title) <= _PATH_TITLE_MAX and not any(ch in title for ch in "，,；;：:"):
            return text.partition("。")[0]  # "（二）社会救助和社会福利领域。积极宣传…" (corpus 0120)
        run_on = _grammar().section_title_start.match(first) if len(first) > _PATH_TITLE_MAX and self.children[0].start_line == self.start_line else None
        if run_on and text.endswith(first) and first[run_on.end()] not in "和与及、":  # not "六、时间步骤和工作安排评选…"
            return text[: len(text) - len(first)] + run_on.group(0)  # "二、工作任务各级政府…公开。（一）…" lost its line breaks
        keyword = (_run_on_keyword(first) or _run_on_subject(first)) if len(first) > _PATH_TITLE_MAX and text.endswith(first) else None
        return text[: len(text) - len(first)] + first[:keyword] if keyword else text

    @cached_property
    def title(self) -> str:
        """The item's title: its first sentence when it has body text after it; a section keyword
        its body's sentence ran into ("总体目标到2017年，实现…", _run_on_keyword)."""
        text = squeeze_cjk_spaces(self.first_text)
        keyword = (_run_on_keyword(text) or _run_on_subject(text)) if len(text) > _PATH_TITLE_MAX else None
        if keyword:
            return text[:keyword]
        head, dot, rest = text.partition("。")
        return head if dot and rest else text.rstrip("。")

    def walk(self):
        for child in self.children:
            yield child
            yield from child.walk()

    def ancestors(self):
        node = self.parent
        while node is not None and node.kind != "root":
            yield node
            node = node.parent

    @property
    def start_line(self) -> int:
        return self.paras[0].start_line if self.paras else 0

    @property
    def end_line(self) -> int:
        last = self
        while last.children:
            last = last.children[-1]
        lines = [p.end_line for p in last.paras] + [r.end_line for t in last.tables for r in t]
        return max(lines) if lines else self.start_line

    @property
    def page(self) -> int | None:
        return self.paras[0].page if self.paras else None


def _run_on_keyword(text: str) -> int | None:
    """Where a part's title ends when it is a section keyword and the part's first sentence ran on
    after it, a line break lost ("一、总体目标到2017年，实现医疗和养老资源的有效融合。", corpus 0224;
    "三、重点任务“十二五”时期，技术市场建设…", corpus 0723; reviews c13-1, c13-3): the keyword, followed by
    a clause (a comma before the first 。), not by more of a title ("重点任务分工", "总体要求和目标")."""
    m = _grammar().section_title_start.match(text)
    if m is None or m.group("keyword") is None or m.group("keyword") in _grammar().rules.section_words_as_verbs:
        return None
    rest = text[m.end() :]
    if not rest or rest[0] in "和与及、，,。：:；;（(〔【[ " or not any(c in rest.split("。")[0] for c in "，,"):
        return None
    # a body's sentence, not a title's own of two clauses ("（四）政策措施不断完善，发展环境不断优化。先后出台…", corpus 0938)
    return m.end() if len(text.split("。")[0]) > _TITLE_SENTENCE_MAX else None


def _run_on_subject(text: str) -> int | None:
    """Where a part's short title ends when its first sentence ran on after it and opens with the
    units it addresses ("一、严格办理程序各承办单位要严格按照…", 佛坪县 建议提案办理, review s12d 04 flattened)."""
    exhortation = _grammar().closing_exhortation
    k = text.find("各", 4, 21)
    if k < 0 or text[k - 1] in "及和与对由在据是为向从把将的给同" or text[k - 2 : k] == "地方":  # "国务院及各部门要…", "…主体责任在各设区市"
        return None
    return k if not any(c in text[:k] for c in "，,。；;：:、") and exhortation.match(text[k:]) else None
