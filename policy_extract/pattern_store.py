"""Compiled regular expressions kept between runs, the way Python keeps bytecode.

The grammar's patterns hold CJK ranges ([\u4e00-\u9fff] …), and Python's re compiles each
such range in a pure-Python loop over its 21,000 code points: compiling the ~150 patterns
one parse uses took about as long as Python's own start-up. So a command stores what the
compiler made of each pattern it used (the SRE code, a list of ints, and its groups) in
__pycache__ beside this file, and the next process hands that to the C constructor
re.compile ends with (_sre.compile) and puts the result in re's own cache, where
re.compile, re.search … find it. Nothing else changes: a pattern built from the store
equals the one re.compile builds (Pattern.__eq__ compares flags, text and code), which
tests/test_pattern_store.py checks for every stored pattern.

The store is keyed by the interpreter (its full version and SRE's magic number). Another
Python, a damaged, missing or unwritable file, or PYTHONDONTWRITEBYTECODE mean patterns
are compiled as usual; nothing here ever raises.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
from array import array

try:  # the compiler's own pieces (Python 3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - older Pythons compile as usual
    _sre = _compiler = _parser = None

# the interpreters whose re keeps its cache as re._cache, keyed (type, pattern, flags)
_CODE = "I"  # SRE code words are C unsigned ints (_sre.CODESIZE bytes)
_SUPPORTED = (_sre is not None and sys.version_info[:2] in ((3, 11), (3, 12), (3, 13)) and isinstance(getattr(re, "_cache", None), dict)
              and array(_CODE).itemsize == _sre.CODESIZE)
_STAMP = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), sys.maxunicode)
_LIMIT = 400  # stored patterns at most: fewer than re's cache holds (512), so none is pushed out
_stored: dict = {}  # (pattern, flags) -> the stored entry, as loaded or added


def default_path() -> str:
    """Where bytecode of this module goes: __pycache__ beside it, or under PYTHONPYCACHEPREFIX."""
    here = os.path.dirname(os.path.abspath(__file__))
    folder = os.path.join(sys.pycache_prefix + here, "") if sys.pycache_prefix else os.path.join(here, "__pycache__")
    return os.path.join(folder, f"patterns.{sys.implementation.cache_tag}.marshal")


def load(path: str | None = None) -> int:
    """Put the stored patterns into re's cache; how many were put."""
    if not _SUPPORTED:
        return 0
    try:
        with open(path or default_path(), "rb") as f:
            stamp, entries = marshal.loads(f.read())  # loads: load() reads a file object in small pieces, 50x slower
        if stamp != _STAMP:
            return 0
        cache, put = re._cache, 0
        for entry in entries:
            pattern, flags, final_flags, code, groups, groupindex, indexgroup = entry
            key = (str, pattern, flags)
            if key not in cache and len(cache) < _LIMIT:
                cache[key] = _sre.compile(pattern, final_flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
                put += 1
            _stored[pattern, flags] = entry
        return put
    except Exception:  # a cache: whatever is wrong with it, compile as usual
        return 0


def _entry(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile hands to _sre.compile, for the store."""
    parsed = _parser.parse(pattern, flags)
    code = array(_CODE, _compiler._code(parsed, flags)).tobytes()  # as bytes: a list of ints loads 20x slower
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, flags, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def save(path: str | None = None) -> int:
    """Store the patterns in re's cache that hold Chinese text and that the store lacks (up
    to _LIMIT in all), written whole to a temporary file and moved into place; how many were
    added. Patterns of plain ASCII are left out: they compile in a fraction of a millisecond,
    and some of other modules' (tokenize's) are written differently by every process."""
    if not _SUPPORTED or sys.dont_write_bytecode or os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return 0
    try:
        new = [(p, f) for (kind, p, f) in list(re._cache) if kind is str and (p, f) not in _stored and not f & re.DEBUG and not p.isascii()]
        new = new[: max(0, _LIMIT - len(_stored))]
        if not new:
            return 0
        for pattern, flags in new:
            _stored[pattern, flags] = _entry(pattern, flags)
        target = path or default_path()
        os.makedirs(os.path.dirname(target), exist_ok=True)
        temporary = f"{target}.{os.getpid()}.tmp"
        try:
            with open(temporary, "wb") as f:
                f.write(marshal.dumps((_STAMP, list(_stored.values()))))
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
        return len(new)
    except Exception:  # a read-only install, a full disk: the next run compiles as usual
        return 0
