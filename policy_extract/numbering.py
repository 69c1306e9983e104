"""The numbering a run of text has read so far (`Sequence`), which decides whether a marker run on into a line
continues a list (paragraphs.split_items), and the text's numbering kept aside while a side panel's own list runs
("专栏2…（一）资金类：1.…9.…（二）服务类：1.…4." inside the text's 7. and 8.)."""
from __future__ import annotations

import re

from .grammar import current as _grammar
from .markers import Marker, separator


class Sequence:
    """The numbering read so far: per marker kind its last number and punctuation,
    and the order in which kinds were last met (a 1 restarts a kind only after another
    kind, its parent, has been met since)."""

    def __init__(self) -> None:
        self.last: dict[str, tuple[int, str]] = {}
        self.tick = 0
        self.seen_at: dict[str, int] = {}
        self.outer: dict[str, tuple[int, str]] | None = None  # inside a side panel: the text's numbering at its title
        self.outer_also: dict[str, set[int]] = {}  # and the numbers the panel's list shared with it (either may be the text's)

    def plausible(self, marker: Marker) -> bool:
        last = self.last.get(marker.kind)
        if last is None:
            return marker.value == 1
        value, sep = last
        if marker.value == value + 1 and separator(marker) == sep:
            return True
        restarted = any(t > self.seen_at[marker.kind] for k, t in self.seen_at.items() if k != marker.kind)
        return marker.value == 1 and restarted

    def is_next(self, marker: Marker) -> bool:
        """The very next number of a sequence already running, with its punctuation."""
        last = self.last.get(marker.kind)
        return last is not None and marker.value == last[0] + 1 and separator(marker) == last[1]

    def restarts(self, marker: Marker, kinds: tuple[str, ...] = ("cn",)) -> bool:
        """A 1 of one of `kinds` after a run of its kind that reached 3 or more, printed alike.
        For 一、: where a page holding several documents (a 通知 and its 方案s, one after
        another) starts the next; for a 1. after a sentence end: the next list, whose part
        headings the page lost ("…5.支持社会力量举办…机构。1.实行…备案制度。…2.规范…")."""
        last = self.last.get(marker.kind)
        return marker.kind in kinds and marker.value == 1 and last is not None and last[0] >= 3 and separator(marker) == last[1]

    def jumps(self, marker: Marker) -> bool:
        """A later number of a running sequence than its next, printed alike (a list whose middle was lost)."""
        last = self.last.get(marker.kind)
        return last is not None and last[0] + 1 < marker.value <= last[0] + 20 and separator(marker) == last[1]

    def enter_panel(self) -> None:
        """A side panel's title: its own list starts; the text's numbering waits aside (a panel after a panel keeps the
        text's)."""
        if self.outer is None:
            self.outer, self.outer_also = dict(self.last), {}
        self.last = {}

    def goes_on_outside(self, marker: Marker) -> bool:
        """Inside a panel, the text's next item of a kind it has read ("8.落实残疾军人…" after the panel's "4.…", the
        text having read "7.…"), or a number the panel's list took that the text's may take too."""
        if self.outer is None or marker.kind not in self.outer:
            return False
        value, sep = self.outer[marker.kind]
        return separator(marker) == sep and (marker.value == value + 1 or marker.value in self.outer_also.get(marker.kind, ()))

    def take(self, marker: Marker) -> None:
        """Read `marker`; inside a panel, one the panel's list cannot take goes back to the text's numbering."""
        if self.outer is not None and self.goes_on_outside(marker):
            if not self.plausible(marker):
                self.last, self.outer, self.outer_also = self.outer, None, {}
            else:
                self.outer_also.setdefault(marker.kind, set()).add(marker.value + 1)
        self.read(marker)

    def read(self, marker: Marker) -> None:
        self.tick += 1
        self.last[marker.kind] = (marker.value, separator(marker))
        self.seen_at[marker.kind] = self.tick


def bare_title(text: str) -> re.Match | None:
    """A short title glued to its number with no dot ("1总则", "2加快市场主体培育", 连云港 2017, review gi 07): the number's match
    (group 1 the number); None for a sentence or anything longer."""
    m = _grammar().bare_number.match(text)
    return m if m and len(text) <= 30 and not any(ch in text for ch in "，,。；;：:") else None
