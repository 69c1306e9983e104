#!/usr/bin/env python3
"""Time policy-extract: in-process per document, the CLI's wall time with its start-up,
a 1 MB notice made by joining the samples (and how time grows with size), and, when
the fixtures exist, PDF pages per second, DOCX time per document and, with the [ocr]
extra, OCR pages per second of a scan.

    python scripts/benchmark.py               # prints Markdown tables for the README
    python scripts/benchmark.py --batch-only  # only the batch case

Not a test: timings depend on the machine. Median of several runs.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policy_extract.load import load, load_string  # noqa: E402
from policy_extract.pipeline import parse_loaded  # noqa: E402


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process(loaded, runs=20) -> float:
    return median_time(lambda: parse_loaded(loaded).to_json(), runs)


def cli_wall(path: Path, runs=7) -> float:
    exe = Path(sys.executable).with_name("policy-extract")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "policy_extract"]
    return median_time(lambda: subprocess.run(cmd + ["parse", str(path)], check=True, stdout=subprocess.DEVNULL), runs)


def main() -> None:
    samples = sorted((ROOT / "samples").glob("*.txt"))
    print("| document | tasks | in-process (ms) | `policy-extract parse` wall (s) |")
    print("|---|---:|---:|---:|")
    for path in samples:
        loaded = load(path)
        tasks = len(parse_loaded(loaded).tasks)
        print(f"| {path.name} | {tasks} | {in_process(loaded) * 1000:.1f} | {cli_wall(path):.3f} |")

    texts = [p.read_text(encoding="utf-8") for p in samples]
    joined = "\n".join(texts)
    print()
    print("| size | tasks | in-process (s) | s per MB |")
    print("|---:|---:|---:|---:|")
    for target in (256_000, 512_000, 1_024_000):
        text = ""
        while len(text.encode("utf-8")) < target:
            text += joined + "\n"
        loaded = load_string(text, f"joined-{target}")
        tasks = len(parse_loaded(loaded).tasks)
        seconds = in_process(loaded, runs=3)
        mb = len(text.encode("utf-8")) / 1e6
        print(f"| {mb:.2f} MB | {tasks} | {seconds:.3f} | {seconds / mb:.3f} |")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "joined-1mb.txt"
        big.write_text(text, encoding="utf-8")
        print(f"\n`policy-extract parse` of the 1 MB notice, wall: {cli_wall(big, runs=3):.2f} s")

    pdfs = sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf"))
    good_pdfs = [p for p in pdfs if not any(w in p.stem for w in ("scan", "encrypted", "truncated", "broken"))]
    if good_pdfs:
        import pypdfium2

        pages = sum(len(pypdfium2.PdfDocument(str(p))) for p in good_pdfs)
        seconds = median_time(lambda: [parse_loaded(load(p)) for p in good_pdfs], 3)
        print(f"\nPDF: {len(good_pdfs)} files, {pages} pages, {pages / seconds:.1f} pages/s (load + parse)")
    docxs = sorted((ROOT / "tests" / "fixtures" / "docx").glob("*.docx"))
    good_docx = [p for p in docxs if not any(w in p.stem for w in ("fake", "truncated", "broken", "renamed"))]
    if good_docx:
        seconds = median_time(lambda: [parse_loaded(load(p)) for p in good_docx], 3)
        print(f"DOCX: {len(good_docx)} files, {seconds / len(good_docx) * 1000:.1f} ms per document (load + parse)")
    ocr_case()
    batch_case()


def ocr_case() -> None:
    """A scan: the hanzhong sample's PDF pages rendered at 200 dpi into an image-only PDF,
    read by OCR (the [ocr] extra), once (OCR is slow and steady)."""
    from policy_extract.load import ocr

    source = ROOT / "tests" / "fixtures" / "pdf" / "hanzhong-2024-function-transformation.pdf"
    if not ocr.available() or not source.exists():
        print("\nOCR: the [ocr] extra is not installed (pip install 'policy-extract[ocr]'); skipped")
        return
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(source))
    images = [pdf[i].render(scale=200 / 72).to_pil().convert("L") for i in range(len(pdf))]
    with tempfile.TemporaryDirectory() as tmp:
        scan = Path(tmp) / "scan.pdf"
        images[0].save(scan, "PDF", save_all=True, append_images=images[1:], resolution=200)
        load(scan)  # the models loaded once, as in a batch worker
        start = time.perf_counter()
        doc = parse_loaded(load(scan))
        seconds = time.perf_counter() - start
    print(f"\nOCR (scanned PDF, {len(images)} A4 pages at 200 dpi): {len(images) / seconds:.2f} pages/s, "
          f"{seconds / len(images):.1f} s per page, {len(doc.tasks)} tasks")


def batch_case() -> None:
    """The samples copied to 1,000 text files (and to 100 PDFs when the fixtures exist),
    converted with 1 worker and with one per core."""
    import os
    import shutil

    from policy_extract.batch import run_batch

    samples = sorted((ROOT / "samples").glob("*.txt"))
    pdfs = [p for p in sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf")) if p.stem in {s.stem for s in samples}]
    cases = [("text", samples, 1000)] + ([("pdf", pdfs, 100)] if pdfs else [])
    print()
    print("| batch | documents | workers | seconds | documents/s |")
    print("|---|---:|---:|---:|---:|")
    for label, sources, count in cases:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in"
            src.mkdir()
            for i in range(count):
                shutil.copy(sources[i % len(sources)], src / f"n{i:04d}{sources[i % len(sources)].suffix}")
            for workers in (1, os.cpu_count() or 1):
                out = Path(tmp) / f"out{workers}"
                start = time.perf_counter()
                rows, _ = run_batch(src, out, workers=workers)
                seconds = time.perf_counter() - start
                assert all(r.status == "ok" for r in rows)
                print(f"| {label} | {count} | {workers} | {seconds:.2f} | {count / seconds:.0f} |")


if __name__ == "__main__":
    if "--batch-only" in sys.argv:
        batch_case()
        sys.exit(0)
    main()
