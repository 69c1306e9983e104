"""Pinyin a mirror site printed after some characters: read without it, printed with it.

Pages copied from government sites by some mirrors carry the reading of rarer characters
in brackets after them ("重點(diǎn)民生實事", "責(zé)任單位", "印發(fā)"). The rules cannot see
a 责任单位 label or a 发改局 through it, so the stages read a working copy without it; every
string of the output is then looked up in that copy and given back as printed, the pinyin
included. A bracket counts when it holds one syllable with a tone mark right after a Chinese
character, and only in a notice that prints at least two.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .grammar_base import HAN
from .load.base import SourceLine

_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"  # the vowels a pinyin syllable carries its tone on
_AT_LEAST = 2


@lru_cache(maxsize=None)
def _tone() -> re.Pattern:
    return re.compile(f"[{_TONES}]")


@lru_cache(maxsize=None)
def _pinyin() -> re.Pattern:
    """One syllable with a tone mark in brackets right after a Chinese character; compiled on
    first use, with HAN rather than a character range (Python compiles wide ranges slowly)."""
    return re.compile(rf"(?<={HAN})[(（]([a-zü]{{0,6}}[{_TONES}][a-zü]{{0,6}})[)）]")


class Ruby:
    """What the stages read and what was printed, position by position. (A plain class: a
    dataclass costs its creation at every start-up for a notice that rarely has pinyin.)"""

    __slots__ = ("reading", "printed", "starts", "ends")

    def __init__(self, reading: str, printed: str, starts: list[int], ends: list[int]):
        self.reading = reading  # the lines joined by "\n", without the pinyin (what the stages read)
        self.printed = printed  # the same as printed
        self.starts = starts  # per character of `reading`: where it stands in `printed`
        self.ends = ends  # per character: where it ends in `printed`, the pinyin after it included

    def restore(self, text: str) -> str:
        """`text` as printed, where it is a piece of the working copy; else unchanged."""
        if not text:
            return text
        pos = self.reading.find(text)
        if pos >= 0:
            return self.printed[self.starts[pos] : self.ends[pos + len(text) - 1]]
        # joined from wrapped lines with the gaps squeezed out: the same characters, gaps between
        bare = "".join(text.split())
        m = re.search(r"\s*".join(map(re.escape, bare)), self.reading) if bare else None
        if m is None:
            return text
        return "".join(self.printed[self.starts[i] : self.ends[i]] for i in range(m.start(), m.end()) if not self.reading[i].isspace())

    def reading_as(self, text: str) -> Ruby:
        """The same positions over another copy of the reading of the same length (the
        simplified one, when the output is asked for in simplified characters)."""
        return Ruby(text, self.printed, self.starts, self.ends) if len(text) == len(self.reading) else self


def strip_pinyin(lines: list[SourceLine]) -> tuple[list[SourceLine], Ruby | None]:
    """The lines without pinyin, and how to give strings back their pinyin (None when the
    notice prints none)."""
    printed = "\n".join(line.text for line in lines)
    if not _tone().search(printed):  # no tone mark anywhere: no pinyin (one scan, no bracket by bracket look)
        return lines, None
    found = list(_pinyin().finditer(printed))
    if len(found) < _AT_LEAST:
        return lines, None
    kept: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for m in found:
        for i in range(at, m.start()):
            kept.append(printed[i])
            starts.append(i)
            ends.append(i + 1)
        ends[-1] = m.end()  # the character before the bracket (the lookbehind makes sure there is one)
        at = m.end()
    for i in range(at, len(printed)):
        kept.append(printed[i])
        starts.append(i)
        ends.append(i + 1)
    reading = "".join(kept)
    out = [replace(line, text=text) for line, text in zip(lines, reading.split("\n"))]
    return out, Ruby(reading, printed, starts, ends)
