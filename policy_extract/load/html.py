"""Web pages saved from a government site: the notice's body, not the site's menus.

The body is the deepest element that still holds most of the page's text outside links
(menus, breadcrumbs and related-link lists are mostly links; the notice is not).
Paragraph-level tags become lines, table rows become TAB-joined cells with row- and
column-spans applied, and every line keeps the line of the HTML file it started on.
"""
from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from ..errors import InputError
from .base import LoadedDocument, SourceLine, continues_table, read_bytes, sha256_of
from .text import decode_text

_SKIP = {"script", "style", "noscript", "head", "nav", "select", "option", "button", "iframe", "svg", "form", "template"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr"}
_BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article", "ul", "ol", "blockquote", "pre", "hr", "dd", "dt", "center", "tbody", "thead", "main"}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_DEPTH = 150  # real pages nest a few dozen levels; the walk below is recursive
_MAX_SPAN = 1000  # browsers clamp colspan/rowspan too
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?\s*([A-Za-z0-9_\-]+)""", re.I)


class _Element:
    __slots__ = ("tag", "attrs", "children", "line", "parent")

    def __init__(self, tag, attrs, line, parent):
        self.tag, self.attrs, self.line, self.parent = tag, dict(attrs), line, parent
        self.children: list = []


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Element("document", [], 1, None)
        self.current = self.root
        self.skip_depth = 0
        self.depth = 0
        self.flattened = 0

    def handle_starttag(self, tag, attrs):
        if self.skip_depth or tag in _SKIP:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if self.depth >= _MAX_DEPTH and tag not in ("table", "tr", "td", "th"):
            # Deeper than any page needs: read its text in place, keeping paragraph breaks.
            self.flattened += tag not in _VOID
            if tag in _BLOCK:
                self.current.children.append(_Element("br", [], self.getpos()[0], self.current))
            return
        element = _Element(tag, attrs, self.getpos()[0], self.current)
        self.current.children.append(element)
        if tag not in _VOID:
            self.current = element
            self.depth += 1

    def handle_startendtag(self, tag, attrs):
        if not self.skip_depth and tag not in _SKIP:
            self.current.children.append(_Element(tag, attrs, self.getpos()[0], self.current))

    def handle_endtag(self, tag):
        if self.skip_depth:
            if tag not in _VOID:
                self.skip_depth -= 1
            return
        if self.flattened and tag not in ("table", "tr", "td", "th"):
            self.flattened -= 1
            if tag in _BLOCK:
                self.current.children.append(_Element("br", [], self.getpos()[0], self.current))
            return
        node = self.current
        closed = 0
        while node is not self.root and node.tag != tag:
            node = node.parent
            closed += 1
        if node is not self.root:
            self.current = node.parent
            self.depth -= closed + 1

    def handle_data(self, data):
        if not self.skip_depth and data:
            self.current.children.append((data, self.getpos()[0]))


def _measure(element, stats):
    """(CJK characters outside links, CJK characters in links) of every element."""
    own, linked = 0, 0
    for child in element.children:
        if isinstance(child, tuple):
            own += len(_CJK.findall(child[0]))
        else:
            a, b = _measure(child, stats)
            if child.tag == "a":
                linked += a + b
            else:
                own += a
                linked += b
    stats[id(element)] = (own, linked)
    return own, linked


def find_body(root) -> "_Element":
    stats: dict[int, tuple[int, int]] = {}
    total, _ = _measure(root, stats)
    best, best_depth = root, 0

    def visit(element, depth):
        nonlocal best, best_depth
        for child in element.children:
            if isinstance(child, tuple):
                continue
            own, _ = stats[id(child)]
            if own >= 0.8 * total:
                if depth + 1 > best_depth:
                    best, best_depth = child, depth + 1
                visit(child, depth + 1)

    visit(root, 0)
    # A data table is read whole, from outside; a layout cell (<td> holding the page's
    # text, as old sites print it) is the body itself.
    while best.parent is not None and best.tag in ("table", "tbody", "thead", "tfoot", "tr"):
        best = best.parent
    return best


def _text_of(element) -> str:
    parts = []
    for child in element.children:
        if isinstance(child, tuple):
            parts.append(child[0])
        elif child.tag == "br":
            parts.append(" ")
        else:
            parts.append(_text_of(child))
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _table_rows(table) -> list[tuple[list[str], int]]:
    """Rows of cells, with rowspan/colspan applied: a cell spanning rows repeats its text in
    every row it covers; a cell spanning columns is written once and padded."""
    rows = []
    for child in _iter(table):
        if child.tag == "tr":
            rows.append(child)
    grid: list[tuple[list[str], int]] = []
    carry: dict[int, list] = {}  # column -> [text, rows it still covers]

    def take_carried(cells: list[str], col: int) -> int:
        while col in carry:
            cells.append(carry[col][0])
            carry[col][1] -= 1
            if carry[col][1] == 0:
                del carry[col]
            col += 1
        return col

    for tr in rows:
        cells: list[str] = []
        col = 0
        for td in (c for c in tr.children if not isinstance(c, tuple) and c.tag in ("td", "th")):
            col = take_carried(cells, col)
            text = _text_of(td)
            if _int(td.attrs.get("rowspan")) > 1:
                carry[col] = [text, _int(td.attrs.get("rowspan")) - 1]
            span = _int(td.attrs.get("colspan"))
            cells.append(text)
            cells.extend([""] * (span - 1))
            col += span
        take_carried(cells, col)
        grid.append((cells, tr.line))
    return grid


def _int(value) -> int:
    try:
        return min(_MAX_SPAN, max(1, int(str(value).strip())))
    except (TypeError, ValueError):
        return 1


def _iter(element):
    for child in element.children:
        if isinstance(child, tuple):
            continue
        yield child
        if child.tag != "table":
            yield from _iter(child)


def _lines(element, out: list[SourceLine], buffer: list, table_index: list):
    """table_index: [index of the last table, its rows, the length of `out` after it, the body's text length,
    the number of the next row of the last table]."""
    for child in element.children:
        if isinstance(child, tuple):
            buffer.append(child)
            continue
        if child.tag == "table":
            _flush(buffer, out)
            rows = _table_rows(child)
            cells = [r for r, _ in rows]
            if cells and all(len(r) == 1 for r in cells) and len(_text_of(child)) < 0.5 * table_index[3]:
                # one column, a small part of the page: a framed box (专栏), set apart from the text
                table_index[0] += 1
                for r, (row, line) in enumerate((row, line) for row, line in rows if row[0].strip()):
                    out.append(SourceLine("| " + row[0] + " |", line, None, table_index[0], r))
                table_index[1] = None
                continue
            if not (table_index[1] is not None and table_index[2] == len(out) and continues_table(table_index[1], cells)):
                table_index[0] += 1  # (else the same table cut into one table per page, its header repeated)
                table_index[4] = 0
            for r, (row, line) in enumerate(rows, table_index[4]):
                if any(c.strip() for c in row):
                    out.append(SourceLine("\t".join(row) if len(row) > 1 else row[0], line, None, table_index[0], r))
            table_index[1], table_index[2], table_index[4] = cells, len(out), table_index[4] + len(rows)
            continue
        if child.tag in _BLOCK:
            _flush(buffer, out)
            _lines(child, out, buffer, table_index)
            _flush(buffer, out)
        else:
            _lines(child, out, buffer, table_index)


def _flush(buffer: list, out: list[SourceLine]):
    if not buffer:
        return
    text = re.sub(r"[ \t\r\n\f]+", " ", "".join(t for t, _ in buffer)).strip()
    if text:
        out.append(SourceLine(text, buffer[0][1]))
    buffer.clear()


def html_to_lines(html: str) -> list[SourceLine]:
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        builder.close()
    except Exception:  # html.parser is lenient; anything it still rejects is not a page
        raise InputError("cannot be read as HTML; save the page again from the browser") from None
    body = find_body(builder.root)
    out: list[SourceLine] = []
    buffer: list = []
    _lines(body, out, buffer, [-1, None, 0, len(_text_of(body)), 0])
    _flush(buffer, out)
    # `line` stays the line of the file the text starts on (a page on one HTML line gives
    # every paragraph the same line); `order` numbers the lines read from the page in order.
    return [replace(line, order=i) for i, line in enumerate(out, 1)]


def _decode(data: bytes, name: str, charset: str | None = None) -> str:
    """The page's text in `charset` (a saved archive's part names it, as a server's header
    would), else in the charset its <meta> names, else as text files are read."""
    m = _META_CHARSET.search(data[:4096])
    for name_of in (charset, m and m.group(1).decode("ascii")):
        if not name_of:
            continue
        name_of = name_of.lower()
        if name_of in ("gb2312", "gbk", "x-gbk"):
            name_of = "gb18030"  # pages that say gb2312 hold GBK characters too
        try:
            return data.decode(name_of)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


def load_html(path: Path) -> LoadedDocument:
    data = read_bytes(path)
    return page_document(path, data, _decode(data, str(path)))


def page_document(path: Path, data: bytes, page: str) -> LoadedDocument:
    """The notice on a page (its HTML as text) saved in the file `path` whose bytes are `data`."""
    try:
        lines = html_to_lines(page)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    if not any(_CJK.search(line.text) for line in lines):
        raise InputError(f"{path}: the page holds no Chinese text; save the notice's page itself, not a frame or an index")
    return LoadedDocument(path=str(path), format="html", sha256=sha256_of(data), lines=lines)
