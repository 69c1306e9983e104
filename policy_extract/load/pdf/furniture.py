"""Step 3, page furniture: running headers and footers, page numbers and a browser's
print header and footer, dropped from the edges of every page."""
from __future__ import annotations

import re
from collections import Counter

from ...grammar_meta import browser_header, page_number_line
from .items import Page
from .lines import Line

# Browser "save as PDF" prints the date and time with the page title at the top of every
# page and the page's address with "n/N" at the bottom.
_BROWSER_FOOTER = re.compile(r"(?:https?|file)://\S*.*?\d{1,4}\s*/\s*\d{1,4}\s*$")


def furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def body_size(pages: list[Page]) -> float:
    sizes: Counter[int] = Counter()
    for p in pages:
        for it in p.items:
            if isinstance(it, Line):
                sizes[round(it.size)] += len(it.text)
    return float(sizes.most_common(1)[0][0]) if sizes else 0.0


def strip_furniture(pages: list[Page]) -> None:
    """Drop page numbers and running headers/footers: the first/last lines of a page
    that are a page number, a browser's header or footer line, or whose text (digits
    aside) repeats at the edge of other pages in the same size of type. A line in small
    type at the very top or bottom that repeats a line printed elsewhere (the issuer's
    name over later pages) is a running header too; the issuer's banner in large type on
    page 1 is not."""
    edge: Counter[tuple[str, int]] = Counter()
    anywhere: Counter[str] = Counter()
    for p in pages:
        lines = [it for it in p.items if isinstance(it, Line)]
        for ln in lines:
            anywhere[furniture_key(ln.text)] += 1
        for key in {(furniture_key(ln.text), round(ln.size)) for ln in lines[:2] + lines[-2:]}:
            edge[key] += 1  # once per page: a last page of two lines is both its top and its bottom edge
    body = body_size(pages)
    repeat = max(2, (len(pages) + 1) // 2) if len(pages) > 2 else 2
    for p in pages:
        keep = list(p.items)
        for from_end in (False, True):
            for _ in range(2):
                seq = [i for i, it in enumerate(keep) if isinstance(it, Line)]
                if not seq:
                    break
                i = seq[-1] if from_end else seq[0]
                # an edge line: nothing else in its band of the page
                ln = keep[i]
                in_margin = ln.bottom > p.height * 0.85 if from_end else ln.top < p.height * 0.15
                if not in_margin and not from_end and len(pages) > 1:
                    in_margin = ln.top < p.height * 0.12
                key = furniture_key(ln.text)
                at_edge = ln.bottom > p.height * 0.92 if from_end else ln.top < p.height * 0.08
                if in_margin and (
                    page_number_line().match(ln.text)
                    or (_BROWSER_FOOTER.search(ln.text) if from_end else browser_header().match(ln.text))
                    or (len(pages) > 1 and edge[key, round(ln.size)] >= repeat and len(ln.text) <= 60)
                    or (at_edge and body and ln.size <= 0.75 * body and anywhere[key] >= 2 and len(ln.text) <= 60)
                ):
                    del keep[i]
                else:
                    break
        p.items = keep
