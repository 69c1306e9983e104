"""policy-extract: Chinese government policy notices -> normalized task lists.

    >>> import policy_extract
    >>> doc = policy_extract.parse("samples/hanzhong-2024-function-transformation.txt")
    >>> len(doc.tasks), doc.tasks[0].lead_units[0].name
    (16, '市行政审批服务局')
    >>> policy_extract.parse_text("某方案\\n二、重点任务\\n1.推进清单标准化。（牵头单位：市行政审批局）\\n").tasks[0].number
    '1'

Bad input raises `policy_extract.InputError`, whose message says what is wrong and what
to do.
"""
from __future__ import annotations

import os

from . import pattern_store

pattern_store.load()  # the compiled patterns an earlier run stored: before any module compiles its own

from .errors import InputError  # noqa: E402

__version__ = "0.1.0"

# A str this long, or holding a line break, is a notice's text, not a file name.
_LONGEST_PATH = 4096


def _check_options(task_section, task_level, simplified) -> None:
    if task_section is not None and (not isinstance(task_section, str) or not task_section.strip()):
        raise InputError(f"task_section must be a non-empty str (a keyword such as 重点工作), not {task_section!r:.40}")
    if task_section is not None:
        _check_unicode(task_section, "task_section")
    if task_level is not None and (isinstance(task_level, bool) or not isinstance(task_level, int) or not 1 <= task_level <= 9):
        raise InputError(f"task_level must be an int from 1 (top) to 9, not {task_level!r:.40}")
    if not isinstance(simplified, bool):
        raise InputError(f"simplified must be True or False, not {simplified!r:.40}")


def _check_unicode(text: str, what: str) -> None:
    """Lone surrogates (from bytes decoded with surrogateescape, or cut UTF-16) are not
    characters: they cannot be written to UTF-8 output."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text.count("\n", 0, exc.start) + 1
        raise InputError(
            f"{what} holds a lone surrogate U+{ord(text[exc.start]):04X} at character {exc.start} (line {line}), "
            f"which is not a character; decode the bytes with errors='replace', or pass the file's path to parse()"
        ) from None


def parse(path, *, task_section=None, task_level=None, simplified=False, ocr="auto", rules=None):
    """Parse the notice in a file (.txt, .md, .pdf, .docx, .html, .ofd, .doc, .wps, .odt,
    .rtf, an image) into a `policy_extract.models.Document`. `path` is a str or os.PathLike.

    task_section / task_level override which items are tasks; simplified=True prints a
    notice in traditional characters in simplified ones; ocr ("auto", "always", "never")
    says when scanned pages are read by OCR (the [ocr] extra); rules (a `policy_extract.Rules`
    value, or a mapping of words such as {"lead_labels": ["牵头督办单位"]} that extends the
    default rules) adds an office's own labels and phrases. For a notice held as text, use
    `parse_text`. (A str holding a line break is still read as text, for older callers;
    that guess will go.)"""
    from .grammar import using
    from .load import load
    from .pipeline import Options, parse_loaded

    _check_options(task_section, task_level, simplified)
    if ocr not in ("auto", "always", "never"):
        raise InputError(f"ocr must be 'auto', 'always' or 'never', not {ocr!r:.40}")
    if isinstance(path, str) and "\n" in path:
        return parse_text(path, task_section=task_section, task_level=task_level, simplified=simplified, rules=rules)
    if isinstance(path, (bytes, bytearray)):
        raise InputError("parse() takes a path as str or os.PathLike, not bytes; for a notice's text use parse_text(str)")
    if not isinstance(path, (str, os.PathLike)):
        raise InputError(f"parse() takes a path (str or os.PathLike), not {type(path).__name__}; for a notice's text use parse_text(str)")
    text = os.fspath(path)
    if isinstance(text, bytes):
        raise InputError("parse() takes a path as str or os.PathLike, not bytes; for a notice's text use parse_text(str)")
    if not text.strip():
        raise InputError("parse() was given an empty path; give the notice's file")
    if len(text) > _LONGEST_PATH or (not os.path.exists(text) and len(text) > 255):
        raise InputError(f"parse() takes a path, and no file is named '{text[:20]}…' ({len(text)} characters); for a notice's text use parse_text()")
    with using(rules):
        return parse_loaded(load(path, ocr=ocr), Options(task_section=task_section, task_level=task_level), simplified)


def parse_text(text, *, task_section=None, task_level=None, simplified=False, name="<text>", rules=None):
    """Parse a notice given as text (str) into a `policy_extract.models.Document`.
    `name` is what the output's source.path says; `rules` as for `parse`."""
    from .grammar import using
    from .load import load_string
    from .pipeline import Options, parse_loaded

    _check_options(task_section, task_level, simplified)
    if isinstance(text, (bytes, bytearray)):
        raise InputError("parse_text() takes str, not bytes; decode the bytes first, or write them to a file and use parse(path)")
    if not isinstance(text, str):
        raise InputError(f"parse_text() takes the notice's text as str, not {type(text).__name__}")
    if not isinstance(name, str):
        raise InputError(f"name must be a str, not {type(name).__name__}")
    _check_unicode(text, "the text")
    _check_unicode(name, "name")
    if not text.strip():
        raise InputError("the text is empty; give the notice's text")
    with using(rules):
        return parse_loaded(load_string(text, name), Options(task_section=task_section, task_level=task_level), simplified)


def __getattr__(name):
    if name == "Rules":  # imported on first use: the package's import stays light
        from .rules import Rules

        return Rules
    raise AttributeError(f"module 'policy_extract' has no attribute {name!r}")


__all__ = ["parse", "parse_text", "InputError", "Rules", "__version__"]
