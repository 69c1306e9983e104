"""Fuzz the parser with mutants of the samples (not run in CI; it takes minutes).

    python scripts/fuzz.py                      # 10,000 mutants, seed 1, one process
    python scripts/fuzz.py --count 500 --seed 7 --binary 0.05 --jobs 2

Each mutant is a sample (text, or now and then a PDF/DOCX fixture) changed by one to
four random edits: bytes flipped, inserted, cut; lines shuffled, repeated, joined into
one; numbering marks, unit notes, table rows and dates thrown in; odd characters
(controls, surrogate-range bytes, U+2028, emoji, combining marks); the whole re-encoded
as GB18030 / UTF-16 / UTF-8 with BOM, or cut mid-character. Each is written to a file
and parsed with `policy_extract.parse`.

Reported: tracebacks (any exception other than InputError; the mutant is saved under
--out to reproduce), hangs (over --hang seconds), slow inputs, and every tenth mutant
parsed twice must give the same JSON. Exit 1 when anything is found.

Slow: a text mutant slower than 1 s per 100 KB (sizes under 10 KB count as 10 KB); a
PDF/DOCX mutant slower than 1 s per 100 KB *and* than three times its unchanged source
(a PDF's bytes are compressed: the unchanged fixtures already take 1-2 s per 100 KB).
Times are CPU seconds of this process (time.process_time), so that a busy shared
machine does not make a mutant look slow; wall seconds are reported beside them. Each
mutant flagged is timed again (best of three) and only those still slow are confirmed.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import signal
import statistics
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SLOW_SECONDS_PER_100KB = 1.0
MIN_SIZE_COUNTED = 10_000

MARKERS = ["一、", "二、", "十、", "（一）", "(二)", "1.", "2．", "3、", "（1）", "(4)", "①", "⑩", "第一章", "第二条", "第三节", "1.1", "2.3.4", "一是", "其次，", "附件1", "附件："]
NOTES = [
    "（牵头单位：市行政审批局；责任单位：各区县政府、西咸新区管委会）",
    "〔市发改委牵头，市财政局、市商务局按职责分工负责〕",
    "（责任单位：市公安局、市司法局；完成时限：2023年底前）",
    "(牵头单位:)",
    "（牵头单位：",
    "责任单位：",
    "（市大数据局、市政务服务中心分别牵头，各区县配合）",
    "（完成时限：持续推进）",
    "（责任领导：张三；牵头单位：市委办公室）",
    "（牵头单位：" + "、".join(f"市第{i}局" for i in range(300)) + "）",
]
PHRASES = ["重点任务", "主要任务", "保障措施", "总体要求", "工作目标", "2023年6月底前", "每季度", "长期坚持", "下同", "等", "和", "及"]
ODD = ["\x00", "\x0b", "\x0c", "\r", "\u2028", "\u2029", "\ufeff", "\u200b", "\u0301", "😀", "\ufffd", "\t", "｜", "|", "\x1b[31m", "＜", "<p>", "</td>", "&nbsp;", "\\", "\"", "{", "}", "\u3000"]


def _split(text: str, rng: random.Random) -> tuple[int, int]:
    a = rng.randrange(len(text) + 1)
    b = min(len(text), a + rng.choice([1, 2, 5, 20, 200, 2000]))
    return a, b


def m_delete(text, rng):
    a, b = _split(text, rng)
    return text[:a] + text[b:]


def m_duplicate(text, rng):
    a, b = _split(text, rng)
    return text[:b] + text[a:b] * rng.choice([1, 2, 10]) + text[b:]


def m_insert(pool):
    def mutate(text, rng):
        at = rng.randrange(len(text) + 1)
        piece = rng.choice(pool)
        if rng.random() < 0.5:
            piece = "\n" + piece
        return text[:at] + piece + text[at:]

    mutate.__name__ = f"insert_{pool[0][:2]}"
    return mutate


def m_shuffle_lines(text, rng):
    lines = text.split("\n")
    a, b = sorted(rng.randrange(len(lines) + 1) for _ in range(2))
    part = lines[a:b]
    rng.shuffle(part)
    return "\n".join(lines[:a] + part + lines[b:])


def m_repeat_lines(text, rng):
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    return "\n".join(lines[:i] + [lines[i]] * rng.choice([2, 50, 500]) + lines[i:])


def m_one_line(text, rng):
    return text.replace("\n", rng.choice(["", " ", "\r", "\u3000"]))


def m_long_line(text, rng):
    at = rng.randrange(len(text) + 1)
    unit = rng.choice(["政务服务", "（", "）", "、", "1.", "。", "a", "年底前"])
    return text[:at] + unit * rng.choice([1000, 10000, 30000]) + text[at:]


def m_table(text, rng):
    at = text.rfind("\n", 0, rng.randrange(len(text) + 1)) + 1
    cols = rng.choice([2, 3, 5, 8])
    sep = rng.choice(["\t", "|", "｜"])
    head = sep.join(["序号", "工作任务", "牵头单位", "责任单位", "完成时限", "备注", "", "x"][:cols])
    rows = [sep.join([str(i), "推进政务服务标准化。", "市行政审批局", "各区县", "2023年底前", "", "", ""][:cols]) for i in range(rng.choice([1, 5, 40]))]
    if sep == "|" and rng.random() < 0.5:
        rows.insert(0, "|".join(["---"] * cols))
    return text[:at] + "\n".join([head] + rows) + "\n" + text[at:]


def m_digits(text, rng):
    table = str.maketrans("0123456789", "".join(rng.sample("0123456789", 10)))
    a, b = _split(text, rng)
    return text[:a] + text[a:b].translate(table) + text[b:]


def m_swap(text, rng):
    if len(text) < 2:
        return text
    i = rng.randrange(len(text) - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def m_truncate(text, rng):
    return text[: rng.randrange(len(text) + 1)]


def m_html(text, rng):
    body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return f"<html><head><meta charset='utf-8'><title>x</title></head><body><div class='nav'>首页</div>{body}</body></html>"


TEXT_MUTATORS = [m_delete, m_duplicate, m_insert(MARKERS), m_insert(NOTES), m_insert(PHRASES), m_insert(ODD), m_shuffle_lines, m_repeat_lines, m_one_line, m_long_line, m_table, m_digits, m_swap, m_truncate]


def b_flip(data, rng):
    data = bytearray(data)
    for _ in range(rng.choice([1, 3, 30])):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def b_insert(data, rng):
    at = rng.randrange(len(data) + 1)
    return data[:at] + bytes(rng.randrange(256) for _ in range(rng.choice([1, 4, 64]))) + data[at:]


def b_cut(data, rng):
    return data[: rng.randrange(len(data) + 1)]


BYTE_MUTATORS = [b_flip, b_insert, b_cut]
ENCODINGS = ["utf-8", "utf-8", "utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"]


def make_text_mutant(text: str, rng: random.Random) -> tuple[bytes, str, list[str]]:
    steps = []
    suffix = ".txt"
    for _ in range(rng.randint(1, 4)):
        mutate = rng.choice(TEXT_MUTATORS + [m_html] * (1 if suffix == ".txt" else 0))
        if mutate is m_html:
            suffix = ".html"
        text = mutate(text, rng) if text else text
        steps.append(mutate.__name__)
    encoding = rng.choice(ENCODINGS)
    data = text.encode(encoding, "surrogatepass")
    steps.append(encoding)
    if rng.random() < 0.3:
        mutate = rng.choice(BYTE_MUTATORS)
        data = mutate(data, rng)
        steps.append(mutate.__name__)
    if rng.random() < 0.1:
        suffix = ".md"
    return data, suffix, steps


def make_binary_mutant(path: Path, rng: random.Random) -> tuple[bytes, str, list[str]]:
    data = path.read_bytes()
    if path.suffix == ".docx" and zipfile.is_zipfile(path) and rng.random() < 0.6:
        # edit the document's XML text inside a well-formed package
        src = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                part = src.read(info)
                if info.filename == "word/document.xml":
                    xml = part.decode("utf-8")
                    for _ in range(rng.randint(1, 3)):
                        xml = rng.choice([m_delete, m_duplicate, m_swap, m_insert(ODD[4:]), m_insert(MARKERS)])(xml, rng)
                    part = xml.encode("utf-8", "surrogatepass")
                dst.writestr(info.filename, part)
        return out.getvalue(), path.suffix, ["docx-xml"]
    mutate = rng.choice(BYTE_MUTATORS)
    return mutate(data, rng), path.suffix, [f"{path.suffix[1:]}-{mutate.__name__}"]


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def parse_file(path: Path, hang: float):
    import policy_extract

    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, hang)
    try:
        return policy_extract.parse(path)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def run(args, worker: int = 0, jobs: int = 1) -> dict:
    from policy_extract.errors import InputError

    texts = [(p, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "samples").glob("*.txt"))]
    binaries = sorted((ROOT / "tests" / "fixtures" / "docx").glob("*.docx")) + sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf"))
    out = Path(args.out)
    parse_file(texts[0][0], args.hang)  # imports and first-use costs are not the mutants'
    source_seconds = {}
    for b in binaries:
        source_seconds[b] = min(_timed(b, args.hang) for _ in range(2))
    found = {"mutants": 0, "input_errors": 0, "ok": 0, "tracebacks": [], "hangs": [], "slow": [], "slow_first": [], "nondeterministic": [], "times": [], "walls": [], "rates": [], "bytes": 0, "binary": 0}
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        for i in range(worker, args.count, jobs):
            rng = random.Random(f"{args.seed}:{i}")
            if rng.random() < args.binary:
                source = rng.choice(binaries)
                data, suffix, steps = make_binary_mutant(source, rng)
                found["binary"] += 1
            else:
                source, text = rng.choice(texts)
                data, suffix, steps = make_text_mutant(text, rng)
            path = Path(tmp) / f"m{i}{suffix}"
            path.write_bytes(data)
            found["mutants"] += 1
            found["bytes"] += len(data)
            label = {"index": i, "source": source.name, "steps": steps, "bytes": len(data)}
            hang = max(args.hang, args.hang * len(data) / 1_000_000)  # --hang seconds per MB, at least --hang
            started, cpu_started = time.perf_counter(), time.process_time()
            try:
                doc = parse_file(path, hang)
            except InputError:
                found["input_errors"] += 1
                doc = None
            except Hang:
                found["hangs"].append(label)
                _save(out, path, label)
                doc = None
            except Exception as exc:  # noqa: BLE001  the thing we look for
                label["error"] = f"{type(exc).__name__}: {exc}"[:300]
                label["traceback"] = traceback.format_exc()
                found["tracebacks"].append(label)
                _save(out, path, label)
                doc = None
            wall = time.perf_counter() - started
            elapsed = time.process_time() - cpu_started
            found["walls"].append(wall)
            found["times"].append(elapsed)
            found["rates"].append(_rate(elapsed, len(data)))
            if _slow(elapsed, len(data), source_seconds.get(source)):
                again = min(_timed(path, hang) for _ in range(3))
                entry = {**label, "seconds": round(elapsed, 3), "again": round(again, 3), "s_per_100kb": round(_rate(again, len(data)), 3)}
                found["slow_first"].append(entry)
                if _slow(again, len(data), source_seconds.get(source)):
                    found["slow"].append(entry)
                    _save(out, path, entry)
            if doc is not None:
                found["ok"] += 1
                if i % 10 == 0:
                    try:
                        again = parse_file(path, hang)
                    except Hang:
                        found["hangs"].append(label)
                        _save(out, path, label)
                    else:
                        if again.to_json() != doc.to_json():
                            found["nondeterministic"].append(label)
                            _save(out, path, label)
            path.unlink()
            if args.progress and found["mutants"] % 500 == 0:
                print(f"[worker {worker}] {found['mutants']} mutants, {len(found['tracebacks'])} tracebacks, {len(found['slow'])} slow", file=sys.stderr, flush=True)
    return found


def _rate(seconds: float, size: int) -> float:
    return seconds / (max(size, MIN_SIZE_COUNTED) / 100_000)


def _slow(seconds: float, size: int, source_seconds: float | None) -> bool:
    if _rate(seconds, size) <= SLOW_SECONDS_PER_100KB:
        return False
    return source_seconds is None or seconds > 3 * source_seconds


def _timed(path: Path, hang: float) -> float:
    from policy_extract.errors import InputError

    started = time.process_time()
    try:
        parse_file(path, hang)
    except (InputError, Hang):
        pass
    except Exception:  # noqa: BLE001  counted where it is found
        pass
    return time.process_time() - started


def _save(out: Path, path: Path, label: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    target = out / path.name
    target.write_bytes(path.read_bytes())
    (out / (path.name + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")


def _worker(args, worker, jobs, queue):
    queue.put(run(args, worker, jobs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", default="1")
    parser.add_argument("--jobs", type=int, default=1, help="processes (default 1: the machine is shared)")
    parser.add_argument("--binary", type=float, default=0.03, help="share of mutants made from PDF/DOCX fixtures")
    parser.add_argument("--hang", type=float, default=60.0, help="wall seconds (per MB, at least this many) after which a parse counts as a hang")
    parser.add_argument("--out", default="fuzz-out", help="where failing mutants are saved")
    parser.add_argument("--progress", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.jobs == 1:
        results = [run(args)]
    else:
        import multiprocessing as mp

        queue = mp.Queue()
        procs = [mp.Process(target=_worker, args=(args, w, args.jobs, queue)) for w in range(args.jobs)]
        for p in procs:
            p.start()
        results = [queue.get() for _ in procs]
        for p in procs:
            p.join()
    total = {k: (sum((r[k] for r in results), []) if isinstance(results[0][k], list) else sum(r[k] for r in results)) for k in results[0]}
    wall = time.perf_counter() - started
    times, rates = total["times"], total["rates"]
    print(f"mutants: {total['mutants']} ({total['binary']} from PDF/DOCX), {total['bytes'] / 1e6:.1f} MB, seed {args.seed}, {wall:.0f} s wall")
    print(f"parsed: {total['ok']}, refused with InputError: {total['input_errors']}")
    print(f"tracebacks: {len(total['tracebacks'])}, hangs (> {args.hang:.0f} s wall per MB, at least {args.hang:.0f} s): {len(total['hangs'])}, nondeterministic: {len(total['nondeterministic'])}")
    print(f"CPU time per mutant: median {statistics.median(times) * 1000:.1f} ms, max {max(times):.2f} s; wall: median {statistics.median(total['walls']) * 1000:.1f} ms, max {max(total['walls']):.2f} s")
    print(f"CPU s per 100 KB: median {statistics.median(rates):.3f}, max {max(rates):.3f}")
    print(f"slow (> {SLOW_SECONDS_PER_100KB} s per 100 KB; PDF/DOCX also > 3x their source): {len(total['slow_first'])} on first timing, {len(total['slow'])} still slow timed again (best of 3)")
    seen = set()
    for t in total["tracebacks"]:
        key = t["error"].split(":")[0] + t["traceback"].strip().splitlines()[-3]
        if key in seen:
            continue
        seen.add(key)
        print(f"\nTRACEBACK mutant {t['index']} of {t['source']} {t['steps']}:\n{t['traceback']}")
    for s in sorted(total["slow"], key=lambda s: -s["s_per_100kb"])[:10]:
        print(f"SLOW mutant {s['index']} of {s['source']} {s['steps']}: {s['bytes']} bytes, {s['seconds']} s, again {s['again']} s ({s['s_per_100kb']} s per 100 KB)")
    for h in total["hangs"]:
        print(f"HANG mutant {h['index']} of {h['source']} {h['steps']}")
    return 1 if total["tracebacks"] or total["slow"] or total["hangs"] or total["nondeterministic"] else 0


if __name__ == "__main__":
    sys.exit(main())
