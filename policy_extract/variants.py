"""Traditional characters: read with the same (simplified) rules, printed as they were.

A working copy of the lines is converted with OpenCC (t2s), character for character, so
every position in the copy stands for the same position in the original. The pipeline
runs on the copy; its strings are then given back their printed characters: a character
that maps back to one original in this notice is restored directly, one that maps to
several (系 for 系/係, 发 for 發/髮) by finding its context in the working copy.
"""
from __future__ import annotations

import codecs
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .load.base import SourceLine

_CONTEXT = 6


@dataclass
class Conversion:
    simplified: str  # the working copy, lines joined by "\n"
    original: str
    char_map: dict[str, str]  # simplified -> the one original it stands for in this notice
    ambiguous: set[str]

    def restore(self, text: str) -> str:
        if not any(ch in self.char_map or ch in self.ambiguous for ch in text):
            return text
        out = []
        for i, ch in enumerate(text):
            if ch in self.ambiguous:
                out.append(self._from_context(text, i))
            else:
                out.append(self.char_map.get(ch, ch))
        return "".join(out)

    def _from_context(self, text: str, i: int) -> str:
        for width in range(_CONTEXT, -1, -1):
            left = text[max(0, i - width) : i]
            right = text[i + 1 : i + 1 + width]
            pos = self.simplified.find(left + text[i] + right)
            if pos >= 0:
                return self.original[pos + len(left)]
        return text[i]


class _TraditionalFound(Exception):
    pass


def _han_outside_gb2312(error: UnicodeEncodeError) -> tuple[str, int]:
    """Encoding error handler: a Han character outside GB2312 ends the test; any other
    character (—, a no-break space, ①) is skipped. One C pass over the text, where a set of
    its characters cost 20 times as much."""
    for ch in error.object[error.start : error.end]:
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
            raise _TraditionalFound
    return "", error.end


_ONLY_HAN = "policy_extract.han_outside_gb2312"
codecs.register_error(_ONLY_HAN, _han_outside_gb2312)


def _converter():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a dependency; a broken install reads as printed
        return None
    return opencc.OpenCC("t2s")


def to_simplified(lines: list[SourceLine]) -> tuple[list[SourceLine], Conversion | None]:
    """The lines for the rules, and how to give strings back their printed characters
    (None when the notice has no traditional characters)."""
    original = "\n".join(line.text for line in lines)
    try:
        original.encode("gb2312", _ONLY_HAN)
        return lines, None  # GB2312 holds simplified characters only: nothing to convert
    except _TraditionalFound:
        pass
    converter = _converter()
    if converter is None:
        return lines, None
    simplified = converter.convert(original)
    if simplified == original:
        return lines, None
    if len(simplified) != len(original):  # a phrase rule changed a length: convert char by char
        simplified = "".join(converter.convert(ch) if len(converter.convert(ch)) == 1 else ch for ch in original)
    pairs: dict[str, Counter] = defaultdict(Counter)
    for s, o in zip(simplified, original):
        if s != o:
            pairs[s][o] += 1
    char_map, ambiguous = {}, set()
    printed = set(original)
    for s, counts in pairs.items():
        if len(counts) == 1 and s not in printed:
            char_map[s] = next(iter(counts))
        else:
            ambiguous.add(s)  # stands for several originals, or is printed itself too
    new_lines, offset = [], 0
    for line in lines:
        new_lines.append(replace(line, text=simplified[offset : offset + len(line.text)]))
        offset += len(line.text) + 1
    return new_lines, Conversion(simplified, original, char_map, ambiguous)


def restore_strings(data, conversion: Conversion, skip=("path", "sha256", "date", "code", "kind", "id", "format", "schema_version")):
    """Give every string in the output tree back its printed characters. A task's path (its
    headings, a list) is printed text; the source's path (a file name) is not."""
    if isinstance(data, dict):
        return {k: (v if k in skip and not (k == "path" and isinstance(v, list)) else restore_strings(v, conversion, skip)) for k, v in data.items()}
    if isinstance(data, list):
        return [restore_strings(v, conversion, skip) for v in data]
    if isinstance(data, str):
        return conversion.restore(data)
    return data
