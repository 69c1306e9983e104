"""Layout variants: a notice in the shapes real users' copies have gives the same tasks.

Every sample is changed the way copies of it reach us, written to a file and parsed:

  crlf                        CRLF line ends
  bom                         a UTF-8 byte-order mark
  blank-lines-removed         no blank line between paragraphs (the markdown-style samples have them)
  blank-line-between-lines    a blank line after every line
  punct-to-ascii              ，：；（） -> ,:;() everywhere
  punct-to-full-width         ,:;() -> ，：；（） everywhere
  page-break-*                a PDF page break ("— 7 —" between blank lines) inside a few
                              long paragraphs (> 80 characters): at the middle, right after a
                              sentence, inside the closing unit note, between a year's digits
  full-width-indent           "\u3000\u3000" before every paragraph
  joined-by-two-blanks        every line stripped and the lines joined by two spaces (a page
                              joined by two U+3000 whose copy made them spaces, as NFKC does)
  markdown-headings           "## " before every 一、/（一） line
  trailing-spaces             spaces at the end of every line
  html-page                   a saved web page: <p> per line in <div id="zoom">, 30 menu links before it
  gb18030                     the bytes in GB18030
  flattened-then-wrapped-*    every line break lost, then the text cut every 41 / 80
                              characters (a crawler's flattened copy saved with `fold -w`)

The changed copy must give what the original gives: the same number of tasks; per task
the same number (NFKC), lead and responsible unit names (NFKC, whitespace removed),
deadline date and ongoing flag; the same meta title, issuer, issue_date and doc_number
(NFKC).

The table sample (TAB-separated rows) gets only the changes that keep its rows rows:
crlf, bom, gb18030, and indentation and trailing spaces on its lines that are not rows.
A variant is skipped for a sample only when it cannot apply (nothing to convert, no
paragraph of that kind). Failures of the tool are xfail(strict=True) with what differs:
a fix turns them into XPASS, which fails until the mark is removed.
"""
from __future__ import annotations

import html
import re
import unicodedata

import pytest

import policy_extract
from conftest import ALL_SAMPLES, TABLE, document, sample_text
from policy_extract.markers import match_marker

PAGE_NUMBER = "— 7 —"
FULL_TO_ASCII = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
ASCII_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
NAV = "".join(f'<li><a href="/col{i}/index.html">政务公开栏目{i}政策文件解读</a></li>' for i in range(30))


class NotApplicable(Exception):
    """The change has nothing to act on in this sample."""


def _is_row(line: str) -> bool:
    return "\t" in line


def _utf8(text: str, suffix: str = ".txt") -> tuple[str, bytes]:
    return suffix, text.encode("utf-8")


# ---------------------------------------------------------------- whole-text changes
# Each takes the sample's text and returns (file suffix, bytes), or raises NotApplicable.


def crlf(text: str):
    return _utf8(text.replace("\n", "\r\n"))


def bom(text: str):
    return ".txt", b"\xef\xbb\xbf" + text.encode("utf-8")


def blank_lines_removed(text: str):
    lines = text.split("\n")
    if all(line.strip() for line in lines):
        raise NotApplicable("no blank lines between its paragraphs")
    return _utf8("\n".join(line for line in lines if line.strip()))


def blank_line_between_lines(text: str):
    return _utf8("\n\n".join(text.split("\n")))


def punct_to_ascii(text: str):
    if not any(ch in text for ch in "，：；（）"):
        raise NotApplicable("no full-width ，：；（） in it")
    return _utf8(text.translate(FULL_TO_ASCII))


def punct_to_full_width(text: str):
    if not any(ch in text for ch in ",:;()"):
        raise NotApplicable("no ASCII ,:;() in it")
    return _utf8(text.translate(ASCII_TO_FULL))


def full_width_indent(text: str):
    return _utf8("\n".join(line if not line.strip() or _is_row(line) else "\u3000\u3000" + line for line in text.split("\n")))


def joined_by_two_blanks(text: str):
    return _utf8("  ".join(line.strip() for line in text.split("\n") if line.strip()) + "\n")


def _is_cn_heading(line: str) -> bool:
    marker = match_marker(line.strip())
    return marker is not None and marker.kind in ("cn", "paren_cn")


def markdown_headings(text: str):
    lines = text.split("\n")
    if not any(_is_cn_heading(line) for line in lines):
        raise NotApplicable("no 一、 or （一） line")
    return _utf8("\n".join("## " + line if _is_cn_heading(line) else line for line in lines))


def trailing_spaces(text: str):
    return _utf8("\n".join(line if _is_row(line) else line + "   " for line in text.split("\n")))


def hard_wrap(width: int):
    """Text copied from a PDF: every paragraph cut into lines of `width` characters, with
    no blank lines (the cut falls anywhere: inside 12345, between 统一 and 、扁平…)."""

    def variant(text: str):
        lines = []
        for para in text.split("\n"):
            para = para.strip()
            if not para or _is_row(para) or para.startswith("|"):
                lines.extend([para] if para else [])
                continue
            while len(para) > width:
                lines.append(para[:width])
                para = para[width:]
            lines.append(para)
        return _utf8("\n".join(lines))

    return variant


def flattened_then_wrapped(width: int):
    """A crawler's copy that lost every line break and was then cut at a fixed width when
    saved (`fold -w`): the whole notice joined with nothing, cut every `width` characters,
    anywhere (inside "（牵头单位", between 20 and 00户)."""

    def variant(text: str):
        if any(_is_row(line) or line.lstrip().startswith("|") for line in text.split("\n")):
            raise NotApplicable("a table's rows would lose their cells")
        flat = "".join(line.strip() for line in text.split("\n"))
        return _utf8("\n".join(flat[i : i + width] for i in range(0, len(flat), width)))

    return variant


def html_page(text: str):
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>人民政府门户网站</title></head>\n<body>\n'
        f'<div class="nav"><ul>\n{NAV}\n</ul></div>\n'
        f'<div class="article"><div id="zoom">\n{body}</div></div>\n</body></html>\n'
    )
    return _utf8(page, ".html")


def gb18030(text: str):
    return ".txt", text.encode("gb18030")


# ---------------------------------------------------------------- page breaks


def _marker_end(line: str) -> int:
    """Where the paragraph's own number ("1." "（一）") ends: a page never breaks inside it."""
    stripped = line.lstrip()
    marker = match_marker(stripped)
    return len(line) - len(stripped) + (marker.end if marker else 0)


def _can_break_at(line: str, k: int) -> bool:
    """Inside the paragraph after its number, words on both sides, the first part not a
    bare number (that reads as a page number), and not right before a numbered marker
    (a page that breaks before "2." starts a new item, not a wrap)."""
    if not _marker_end(line) < k < len(line) or not line[k:].strip():
        return False
    if re.fullmatch(r"\s*[0-9]*\s*", line[:k]):
        return False
    return match_marker(line[k:].lstrip()) is None


def _nearest_to_middle(line: str, candidates) -> int | None:
    ok = [k for k in candidates if _can_break_at(line, k)]
    return min(ok, key=lambda k: (abs(k - len(line) // 2), k)) if ok else None


def at_middle(line: str) -> int | None:
    return _nearest_to_middle(line, range(1, len(line)))


def after_sentence(line: str) -> int | None:
    return _nearest_to_middle(line, [m.end() for m in re.finditer("。", line)])


def inside_note(line: str) -> int | None:
    """Inside the unit note that closes a task: （牵头单位：…；责任单位：…） 〔X牵头，Y负责〕."""
    body = line.rstrip().rstrip("。")
    if not body or body[-1] not in "）)〕":
        return None
    keyword = max(body.rfind("牵头"), body.rfind("负责"))
    opener = max(body.rfind(o, 0, keyword) for o in "（(〔") if keyword > 0 else -1
    if opener < 0:
        return None
    middle = (opener + len(body)) // 2
    return _nearest_to_middle(line, [middle + d for d in (0, 1, -1, 2, -2)])


def inside_year(line: str) -> int | None:
    """Between the digits of a year ("20|23年"): a PDF line wraps at any character."""
    return _nearest_to_middle(line, [m.start() + 2 for m in re.finditer(r"(?<![0-9])[0-9]{4}年", line)])


def page_break(where):
    """Break a few long paragraphs (the first, a middle and the last one that have such a
    place) where `where` says, as text copied from a PDF shows it."""

    def variant(text: str):
        lines = text.split("\n")
        breakable = [(i, k) for i, line in enumerate(lines) if len(line.strip()) > 80 and not _is_row(line) and (k := where(line)) is not None]
        if not breakable:
            raise NotApplicable(f"no paragraph longer than 80 characters with a place {where.__name__.replace('_', ' ')}")
        for i, k in sorted({breakable[0], breakable[len(breakable) // 2], breakable[-1]}, reverse=True):
            line = lines[i]
            lines[i : i + 1] = [line[:k], "", PAGE_NUMBER, "", line[k:]]
        return _utf8("\n".join(lines))

    return variant


VARIANTS = {
    "crlf": crlf,
    "bom": bom,
    "blank-lines-removed": blank_lines_removed,
    "blank-line-between-lines": blank_line_between_lines,
    "punct-to-ascii": punct_to_ascii,
    "punct-to-full-width": punct_to_full_width,
    "page-break-middle": page_break(at_middle),
    "page-break-after-sentence": page_break(after_sentence),
    "page-break-inside-note": page_break(inside_note),
    "page-break-inside-year": page_break(inside_year),
    "full-width-indent": full_width_indent,
    "joined-by-two-blanks": joined_by_two_blanks,
    "markdown-headings": markdown_headings,
    "trailing-spaces": trailing_spaces,
    "html-page": html_page,
    "gb18030": gb18030,
    "hard-wrap-24": hard_wrap(24),
    "hard-wrap-33": hard_wrap(33),
    "hard-wrap-38": hard_wrap(38),
    "hard-wrap-47": hard_wrap(47),
    "flattened-then-wrapped-41": flattened_then_wrapped(41),
    "flattened-then-wrapped-80": flattened_then_wrapped(80),
}
TABLE_VARIANTS = ("crlf", "bom", "full-width-indent", "trailing-spaces", "gb18030")

KNOWN_FAILURES: dict[tuple[str, str], str] = {}  # (sample, variant) -> why the tool is wrong there


def _cases():
    for stem in ALL_SAMPLES:
        for name in VARIANTS:
            if stem == TABLE and name not in TABLE_VARIANTS:
                continue
            reason = KNOWN_FAILURES.get((stem, name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(stem, name, id=f"{stem}-{name}", marks=marks)


# ---------------------------------------------------------------- the comparison


def _nfkc(value: str | None) -> str | None:
    return None if value is None else unicodedata.normalize("NFKC", value)


def _unit(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def task_key(doc) -> list[dict]:
    return [
        {
            "number": _nfkc(t.number),
            "lead": [_unit(u.name) for u in t.lead_units],
            "responsible": [_unit(u.name) for u in t.responsible_units],
            "date": t.deadline.date if t.deadline else None,
            "ongoing": t.deadline.ongoing if t.deadline else None,
        }
        for t in doc.tasks
    ]


def meta_key(doc) -> dict:
    return {f: _nfkc(getattr(doc.meta, f)) for f in ("title", "issuer", "issue_date", "doc_number")}


def differences(want: list[dict], got: list[dict]) -> list[str]:
    return [
        f"task {i} ({a['number']}) {field}: {a[field]!r} -> {b[field]!r}"
        for i, (a, b) in enumerate(zip(want, got), 1)
        for field in a
        if a[field] != b[field]
    ]


@pytest.mark.parametrize(("stem", "variant"), list(_cases()))
def test_layout_variant_gives_the_same_tasks(stem, variant, tmp_path):
    text = sample_text(stem)
    try:
        suffix, data = VARIANTS[variant](text)
    except NotApplicable as why:
        pytest.skip(f"{variant} cannot apply to {stem}: {why}")
    assert data != text.encode("utf-8"), "the variant changed nothing"
    path = tmp_path / f"{stem}{suffix}"
    path.write_bytes(data)

    doc, original = policy_extract.parse(path), document(stem)

    assert meta_key(doc) == meta_key(original)
    want, got = task_key(original), task_key(doc)
    assert len(got) == len(want), f"{len(got)} tasks instead of {len(want)}"
    assert not differences(want, got), "\n".join(differences(want, got))
