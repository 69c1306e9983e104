"""A title a page prints twice: the page's title and the notice's heading, the same words run
together when the page lost its line breaks (titles.py reads the title itself)."""
from __future__ import annotations

from collections.abc import Callable

from .grammar import current as _grammar


def said_once(title: str) -> str:
    """The title once where it was read twice, a source's name between the two or nothing ("国务院关于落实《政府工作报告》重点工作
    部门分工的意见中国政府网国务院关于…的意见", 国发〔2020〕6号 on cs.com.cn, review cw10 flat; "…工作要点…工作要点")."""
    twice = next((k for k in range(len(title) // 2, 5, -1) if len(title) - 2 * k <= 12 and title.endswith(title[:k])), None)
    return title if twice is None else title[:twice]


def printed_twice(head: str, heading_like: Callable[[str], bool]) -> str | None:
    """A heading a page run together prints twice in a row, its title and its heading ("…年度计划 > 2020年市农业农村局工作要点
    2020年市农业农村局工作要点发布日期: 2020-06-02", 武汉 2020, review cp02 flat; corpus 0726): those words, where they end as a
    title does and are a heading's. Looked for only where a title's last word ends and the same characters follow it."""
    for word in _grammar().title_endings:
        at = head.find(word)
        while at >= 0:
            end = at + len(word)  # the first copy ends here, the second opens here
            for size in range(min(60, end, len(head) - end), 7, -1):
                if head[end - size : end] == head[end : end + size] and heading_like(head[end - size : end]):
                    return head[end - size : end]
            at = head.find(word, at + 1)
    return None
