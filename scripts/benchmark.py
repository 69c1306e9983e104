#!/usr/bin/env python3
"""Speed as ratios: each figure of issue #17 measured beside its reference run.

The machine's speed moves by 2x from minute to minute, so seconds say little; a ratio of
two runs made side by side holds. Every row alternates its run and its reference in
rounds (ours, reference, ours, reference, ...) and compares the medians.

| row | measured | reference beside it | ratio printed |
|---|---|---|---|
| start-up | `policy-extract parse` of the 16-task sample, wall | `python -c pass` (the same interpreter) | ours / reference (target <= 4) |
| table | in-process CPU of reading the 117-task table notice as the command does (load, parse, JSON bytes) | a minimal line reader over the same text (`minimal_reader` below) | ours / reference (target <= 2) |
| pdf | CPU of `policy_extract.load.load(path)` on a ~30-page table notice and a ~26-page text notice, made here with LibreOffice | pypdfium2's raw text extraction of the same pages | reference / ours = our pages/s as a share of pdfium's (target >= 25 %) |
| batch | wall of `run_batch` over 1,000 text notices with 2 workers | one process looping `policy_extract.parse(path).to_json()` and writing each file | reference / ours (target >= 1.6); beside it, what two processes gain over one on a busy loop in the same rounds (a shared machine gives less than 2) |
| size | in-process CPU per MB of a 4 MB notice (the samples joined and repeated) | the same at 0.5 MB | ours / reference (target <= 1.2) |

    python scripts/benchmark.py                 # every row
    python scripts/benchmark.py startup table   # some rows
    python scripts/benchmark.py --rounds 3      # fewer rounds (rows have their own defaults)
    python scripts/benchmark.py --ocr           # also OCR pages/s of a scan (the [ocr] extra)

Not a test: figures depend on the machine, which is printed with them.
"""
from __future__ import annotations

import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SMALL_SAMPLE = ROOT / "samples" / "hanzhong-2024-function-transformation.txt"  # 16 tasks
TABLE_SAMPLE = ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt"  # 117 tasks, tab-separated
TEXT_SAMPLE = ROOT / "samples" / "xian-2023-gov-services-standardization.txt"  # 38 tasks, prose


# --------------------------------------------------------------------------- the reference reader
_TAGS = re.compile(r"</?[a-zA-Z][^>]*>")
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
_PATTERNS = [
    ("chapter", re.compile(r"^第[一二三四五六七八九十百]+[章节部分]")),
    ("cn_item", re.compile(r"^[一二三四五六七八九十]+、")),
    ("paren_cn", re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    ("arabic", re.compile(r"^\d{1,3}[.．、]")),
    ("paren_arabic", re.compile(r"^[（(]\d{1,3}[）)]")),
    ("circled", re.compile(r"^[①-⑳]")),
    ("lead", re.compile(r"牵头单位[:：]\s*([\u4e00-\u9fff（）()、，,]+)")),
    ("responsible", re.compile(r"(?:责任|配合)单位[:：]\s*([\u4e00-\u9fff（）()、，,]+)")),
    ("deadline", re.compile(r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:前|底前|底)?|长期坚持|持续推进")),
    ("doc_number", re.compile(r"[\u4e00-\u9fff]+〔\d{4}〕\d+号")),
    ("section", re.compile(r"重点任务|主要任务|重点工作|保障措施|工作要求")),
    ("units", re.compile(r"[\u4e00-\u9fff]{2,}(?:局|委|办|厅|政府|中心)")),
]


def minimal_reader(text: str) -> str:
    """The least a line-based reader does: clean each line (tags, runs of spaces), split
    the text into lines, try 12 patterns on each (numbering kinds, unit labels, time
    limits, doc number, section words, unit names), one dict per line, JSON."""
    rows = []
    for number, raw in enumerate(text.split("\n"), 1):
        line = _SPACES.sub(" ", _TAGS.sub("", raw)).strip()
        if not line:
            continue
        row = {"line": number, "text": line}
        for name, pattern in _PATTERNS:
            m = pattern.search(line)
            if m:
                row[name] = m.group(0)
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False)


# --------------------------------------------------------------------------- measuring
def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def wall(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def side_by_side(rounds: int, ours, reference, clock=cpu, warm: bool = True) -> tuple[float, float]:
    """Medians of `rounds` alternating runs of ours and the reference (each timed by `clock`)."""
    if warm:
        ours(), reference()
    a, b = [], []
    for _ in range(rounds):
        a.append(clock(ours))
        b.append(clock(reference))
    return statistics.median(a), statistics.median(b)


def command_json(path: Path) -> bytes:
    """What `policy-extract parse PATH` computes, in-process: load, parse, the JSON bytes."""
    from policy_extract.load import load

    return _render(load(path))


def text_json(text: str, name: str) -> bytes:
    """The same for a notice held as text."""
    from policy_extract.load import load_string

    return _render(load_string(text, name))


def first_reading(fn, *args):
    """fn(*args) with nothing kept from an earlier reading (the unit names the grammar
    remembers across notices): a rerun of one notice must not time a warm cache."""
    try:
        from policy_extract.grammar import current
    except ImportError:  # code before the grammar module
        return fn(*args)
    forget = getattr(current(), "forget", None)
    if forget is not None:
        forget()
    return fn(*args)


def _render(loaded) -> bytes:
    try:
        from policy_extract.export import plain_json
        from policy_extract.pipeline import parse_plain
    except ImportError:  # the code before the plain path (to measure it)
        from policy_extract.output import render_output
        from policy_extract.pipeline import parse_loaded

        return render_output(parse_loaded(loaded), "json")
    return plain_json(parse_plain(loaded)).encode("utf-8")


# --------------------------------------------------------------------------- rows
def row_startup(rounds: int) -> dict:
    exe = Path(sys.executable).with_name("policy-extract")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "policy_extract"]
    # as installed: compiled bytecode written and used (the warm-up run writes it)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    ours = lambda: subprocess.run(command + ["parse", str(SMALL_SAMPLE)], check=True, stdout=subprocess.DEVNULL, env=env)  # noqa: E731
    reference = lambda: subprocess.run([sys.executable, "-c", "pass"], check=True, env=env)  # noqa: E731
    a, b = side_by_side(rounds, ours, reference, clock=wall)
    return {"row": "start-up: `policy-extract parse` 16-task sample, wall / `python -c pass`", "ours": a, "reference": b,
            "ratio": a / b, "shown": f"{a / b:.2f}x", "target": "<= 4x", "ok": a / b <= 4}


def row_table(rounds: int) -> dict:
    text = TABLE_SAMPLE.read_text(encoding="utf-8")
    a, b = side_by_side(rounds, lambda: first_reading(command_json, TABLE_SAMPLE), lambda: minimal_reader(text))
    return {"row": "table notice (117 tasks), in-process CPU / minimal line reader", "ours": a, "reference": b,
            "ratio": a / b, "shown": f"{a / b:.2f}x", "target": "<= 2x", "ok": a / b <= 2}


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _html_table_notice(text: str) -> str:
    """The table notice as an HTML page: its prose lines as paragraphs, its tab-separated
    rows as one ruled table (LibreOffice prints the rules as path objects)."""
    from html import escape

    body, table = [], []
    for raw in text.split("\n"):
        line = re.sub(r"</?b>", "", raw).strip()
        if "\t" in raw:
            table.append("<tr>" + "".join(f"<td>{escape(c.strip())}</td>" for c in raw.split("\t")) + "</tr>")
            continue
        if table:
            body.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">' + "".join(table) + "</table>")
            table = []
        if line:
            body.append(f"<p>{escape(line.lstrip('#').strip())}</p>")
    if table:
        body.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">' + "".join(table) + "</table>")
    style = "body{font-family:'Noto Serif CJK SC';font-size:12pt} td{font-size:12pt;vertical-align:top}"
    return f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{''.join(body)}</body></html>"


def _html_text_notice(text: str) -> str:
    """A prose notice as official documents print it: 16 pt (三号), one paragraph per line."""
    from html import escape

    paras = [f"<p>{escape(re.sub(r'</?b>', '', line).lstrip('#').strip())}</p>" for line in text.split("\n") if line.strip()]
    style = "body{font-family:'Noto Serif CJK SC';font-size:16pt;line-height:150%}"
    return f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{''.join(paras)}</body></html>"


def make_pdfs(folder: Path) -> list[Path] | str:
    """The two PDFs of the pdf row, made by LibreOffice from the samples' text."""
    soffice = _soffice()
    if not soffice:
        return "LibreOffice (soffice) is not on the PATH"
    sources = {"table-notice": _html_table_notice(TABLE_SAMPLE.read_text(encoding="utf-8")),
               "text-notice": _html_text_notice(TEXT_SAMPLE.read_text(encoding="utf-8"))}
    for name, html in sources.items():
        (folder / f"{name}.html").write_text(html, encoding="utf-8")
    profile = folder / "profile"
    cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf:writer_web_pdf_Export",
           "--outdir", str(folder)] + [str(folder / f"{n}.html") for n in sources]
    try:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    except (subprocess.SubprocessError, OSError) as exc:
        return f"LibreOffice could not make the PDFs ({exc})"
    pdfs = [folder / f"{n}.pdf" for n in sources]
    missing = [p.name for p in pdfs if not p.exists()]
    return f"LibreOffice made no {', '.join(missing)}" if missing else pdfs


def pdfium_text(path: Path) -> int:
    """pypdfium2's raw text extraction of every page."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    chars = 0
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return chars


def row_pdf(rounds: int) -> list[dict]:
    import pypdfium2

    from policy_extract.load import load

    with tempfile.TemporaryDirectory() as tmp:
        pdfs = make_pdfs(Path(tmp))
        if isinstance(pdfs, str):
            return [{"row": "pdf pages/s / pypdfium2 raw text", "skipped": pdfs + "; the pdf row is skipped"}]
        out = []
        for path in pdfs:
            pages = len(pypdfium2.PdfDocument(str(path)))
            a, b = side_by_side(rounds, lambda: load(path), lambda: pdfium_text(path))
            share = b / a
            out.append({"row": f"pdf {path.stem} ({pages} pages), pages/s as a share of pypdfium2's raw text", "ours": a,
                        "reference": b, "ratio": share, "shown": f"{share:.0%} ({pages / a:.0f} vs {pages / b:.0f} pages/s)",
                        "target": ">= 25%", "ok": share >= 0.25})
        return out


def row_batch(rounds: int, count: int = 1000, workers: int = 2) -> dict:
    import policy_extract
    from policy_extract.batch import run_batch

    samples = sorted((ROOT / "samples").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        files = []
        for i in range(count):
            sample = samples[i % len(samples)]
            files.append(src / f"n{i:04d}.txt")
            shutil.copy(sample, files[-1])
        runs = iter(range(10_000))

        def ours():
            out = Path(tmp) / f"batch{next(runs)}"
            rows, _ = run_batch(src, out, workers=workers)
            assert all(r.status == "ok" for r in rows) and len(rows) == count
            shutil.rmtree(out)

        def reference():
            out = Path(tmp) / f"loop{next(runs)}"
            out.mkdir()
            for path in files:
                (out / (path.stem + ".json")).write_text(policy_extract.parse(path).to_json(), encoding="utf-8")
            shutil.rmtree(out)

        headroom = []

        def ours_and_headroom():
            headroom.append(parallel_headroom(workers))
            ours()

        a, b = side_by_side(rounds, lambda: ours_and_headroom(), reference, clock=wall, warm=False)
    room = statistics.median(headroom)
    return {"row": f"batch of {count} text notices, {workers} workers: speed-up over one process looping parse + JSON",
            "ours": a, "reference": b, "ratio": b / a, "target": ">= 1.6x", "ok": b / a >= 1.6,
            "shown": f"{b / a:.2f}x (what {workers} processes get here: {room:.2f}x a busy loop's speed)"}


def _busy(n: int = 2_000_000) -> None:
    s = 0
    for i in range(n):
        s += i


def parallel_headroom(workers: int) -> float:
    """How much faster `workers` processes do `workers` busy loops than one process does
    them in turn, right now: on a shared machine the cores others use are not ours, and
    no batch can beat this."""
    import multiprocessing as mp

    start = time.perf_counter()
    for _ in range(workers):
        _busy()
    serial = time.perf_counter() - start
    ctx = mp.get_context("fork") if sys.platform.startswith("linux") else mp.get_context()
    start = time.perf_counter()
    procs = [ctx.Process(target=_busy) for _ in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return serial / (time.perf_counter() - start)


def row_size(rounds: int) -> dict:
    joined = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))) + "\n"

    def of_size(target: int) -> str:
        # each copy opens with a line of its own: identical halves would be read once, as a page
        # a crawler stored twice (page_copy.drop_repeated_copy), and time half the text
        copies, size, i = [], 0, 0
        while size < target:
            i += 1
            copy = f"附件{i}\n" + joined
            copies.append(copy)
            size += len(copy.encode("utf-8"))
        return "".join(copies)

    small, big = of_size(500_000), of_size(4_000_000)
    mb_small, mb_big = len(small.encode()) / 1e6, len(big.encode()) / 1e6
    a, b = side_by_side(rounds, lambda: first_reading(text_json, big, "big.txt"), lambda: first_reading(text_json, small, "small.txt"), warm=False)
    per_a, per_b = a / mb_big, b / mb_small
    return {"row": f"seconds per MB at {mb_big:.1f} MB / at {mb_small:.1f} MB (in-process CPU)", "ours": per_a, "reference": per_b,
            "ratio": per_a / per_b, "shown": f"{per_a / per_b:.2f}x ({per_a:.2f} vs {per_b:.2f} s/MB)", "target": "<= 1.2x",
            "ok": per_a / per_b <= 1.2}


def row_ocr() -> dict:
    """A scan: the hanzhong PDF's pages rendered at 200 dpi into an image-only PDF, read by
    OCR once (slow and steady); pages/s, not a ratio."""
    from policy_extract import parse
    from policy_extract.load import load, ocr

    source = ROOT / "tests" / "fixtures" / "pdf" / "hanzhong-2024-function-transformation.pdf"
    if not ocr.available() or not source.exists():
        return {"row": "ocr", "skipped": "the [ocr] extra is not installed (pip install 'policy-extract[ocr]')"}
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(source))
    images = [pdf[i].render(scale=200 / 72).to_pil().convert("L") for i in range(len(pdf))]
    with tempfile.TemporaryDirectory() as tmp:
        scan = Path(tmp) / "scan.pdf"
        images[0].save(scan, "PDF", save_all=True, append_images=images[1:], resolution=200)
        load(scan)  # the models loaded once, as in a batch worker
        seconds = wall(lambda: parse(scan))
    return {"row": f"OCR, scanned PDF ({len(images)} A4 pages, 200 dpi)", "ours": seconds, "reference": None, "ratio": None,
            "shown": f"{len(images) / seconds:.2f} pages/s", "target": "-", "ok": True}


ROWS = {"startup": (row_startup, 21), "table": (row_table, 41), "pdf": (row_pdf, 5), "batch": (row_batch, 3), "size": (row_size, 3)}


def machine() -> str:
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (f"{platform.machine()}, {os.cpu_count()} CPUs ({platform.processor() or platform.system()}), "
            f"Python {platform.python_version()}, load average {load}")


def main(argv: list[str]) -> int:
    rounds = None
    if "--rounds" in argv:
        i = argv.index("--rounds")
        rounds = int(argv[i + 1])
        del argv[i : i + 2]
    ocr = "--ocr" in argv
    wanted = [a for a in argv if not a.startswith("-")] or list(ROWS)
    unknown = [w for w in wanted if w not in ROWS]
    if unknown:
        print(f"unknown row(s): {', '.join(unknown)}; rows: {', '.join(ROWS)}", file=sys.stderr)
        return 2
    print(f"machine: {machine()}")
    print()
    print("| row | ratio | target | holds |")
    print("|---|---|---|---|")
    for name in wanted:
        fn, default_rounds = ROWS[name]
        results = fn(rounds or default_rounds)
        for r in results if isinstance(results, list) else [results]:
            if "skipped" in r:
                print(f"| {r['row']} | skipped: {r['skipped']} | | |")
            else:
                print(f"| {r['row']} | {r['shown']} | {r['target']} | {'yes' if r['ok'] else 'NO'} |", flush=True)
    if ocr:
        r = row_ocr()
        print(f"| {r['row']} | {r.get('shown') or 'skipped: ' + r['skipped']} | | |")
    print(f"\nload average at the end: {machine().rsplit('load average ', 1)[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
