"""What the grammar modules share: one Chinese character as a regex class, a pattern
compiled on first read, an alternation of words longest first, a pattern matched after a
text's leading blanks."""
from __future__ import annotations

import re

# One Chinese character: a letter that is neither an ASCII letter nor a digit. Written
# without the range \u4e00-\u9fff on purpose: Python's re builds a big range in a pure-Python
# loop (~1 ms each, a dozen of them on every parse's path); this class compiles at once and
# reads notices alike (their letters are ideographs; kana and accented letters would count too).
HAN = r"[^\W\d_a-zA-Z]"

class _Lazy:
    """A pattern compiled when first read: importing the package compiles nothing."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.compiled: re.Pattern | None = None

    def __get__(self, obj, owner) -> re.Pattern:
        if self.compiled is None:
            self.compiled = re.compile(self.pattern)
        return self.compiled


def longest_first(words) -> list[str]:
    """Distinct words, longest first and, at one length, in code-point order: a pattern built
    from them is the same text in every process (a set's order is not), so compiled
    patterns can be kept between runs (pattern_store.py)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def _alt(words) -> str:
    """An alternation of words, longest first, so "牵头负责" wins over "牵头"; of no words, one that matches nothing (a table a user emptied)."""
    return "(?:" + ("|".join(map(re.escape, longest_first(words))) or "(?!)") + ")"


class _AtTextStart:
    """`pattern` matched where a text's leading blanks end: what "^\\s*" + pattern would match."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern

    def match(self, text: str) -> re.Match | None:
        start = 0
        while start < len(text) and text[start].isspace():  # not text.lstrip(): no copy of a long text per call
            start += 1
        return self.pattern.match(text, start)
