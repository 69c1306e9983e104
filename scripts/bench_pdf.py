"""PDF pages/s as a ratio to pypdfium2's raw text extraction of the same pages, measured
side by side (rounds interleaved, medians), on the PDFs scripts/make_bench_pdfs.py builds.

    python scripts/bench_pdf.py PDF [PDF ...] [--rounds N] [--parse]

For each PDF: the median seconds of the raw extraction (open, every page's text page and
its text), of `policy_extract.load.load(path)` (the loader), with --parse also of
`policy_extract.parse(path)`, and the loader's pages/s as a share of the raw rate."""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path


def raw_text(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    n = 0
    for i in range(len(doc)):
        page = doc[i]
        n += len(page.get_textpage().get_text_range())
    doc.close()
    return n


def main(argv: list[str]) -> None:
    import policy_extract
    from policy_extract.load import load

    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 7
    with_parse = "--parse" in argv
    paths = [Path(a) for a in argv if a.endswith(".pdf")]
    import pypdfium2 as pdfium

    for path in paths:
        pages = len(pdfium.PdfDocument(str(path)))
        runs: dict[str, list[float]] = {"raw": [], "load": [], "parse": []}
        load(path)  # warm: imports, caches
        for _ in range(rounds):
            for name, fn in (("raw", raw_text), ("load", load), ("parse", policy_extract.parse)):
                if name == "parse" and not with_parse:
                    continue
                t = time.perf_counter()
                fn(path)
                runs[name].append(time.perf_counter() - t)
        raw = statistics.median(runs["raw"])
        line = f"{path.name}: {pages} pages; raw pypdfium2 {pages / raw:.0f} pages/s"
        for name in ("load", "parse"):
            if runs[name]:
                m = statistics.median(runs[name])
                line += f"; {name} {pages / m:.1f} pages/s = {raw / m:.0%} of raw"
        print(line, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
