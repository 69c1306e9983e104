"""Shared helpers for the tests: where the samples and fixtures are, their golden files,
running the command line, and the stages run once per sample (cached: the stages are
pure, the tests only read).

Golden files. Every expected task list is one YAML file in one format (the hand-made gold
format of ../shared/gold), found by itself under an `expected/` folder:
samples/expected/<name>.yaml describes samples/<document>, and
tests/fixtures/real/expected/<name>.yaml describes tests/fixtures/real/<document>.

    document: lishan-2023-unit-lines.txt      # the input, in the folder above expected/
    source_url: …                             # provenance, notes: any other keys, not compared
    title: …                                  # optional: title, doc_number, issuer, issue_date,
                                              #   reporting_requirement, compared when present
    xfail: "<one-line reason>"                # optional: the tool cannot read it yet (strict xfail)
    task_count: 6
    tasks:
    - number: '1'
      path: [一、…]                            # optional: the enclosing section titles
      text_start: 努力实现地区生产总值增长6.2%   # ~20 characters the task's own text starts with
      text_excludes: [金力]                     # optional: must not be left in the task text
      lead_units: [区发改局]
      responsible_units: [立山经济开发区]
      deadline: {text: 2023年底前, date: '2023-12-31', ongoing: false}   # optional; null: no time limit
      milestones: [2023年, 2024年至2025年]       # optional

tests/test_golden.py compares every golden file with what the tool gives (`golden_problems`).
`pytest --regenerate` (or POLICY_EXTRACT_REGENERATE=1) rewrites the compared values of each
golden file from the tool's output instead, keeping everything else (provenance, notes,
text_start and text_excludes of the tasks that are still found, keys a file does not
state) and failing the tests of the files it changed, so that a regenerating run is never
green: review the change with `git diff`, then run the tests again. `.ci/run` refuses to
run with the switch on.

Stage tests quote real phrases from samples/*.txt. `quote(sample, phrase)` returns the
phrase after checking it is really printed in that sample, so a typo in a test turns
into a failure instead of a test about an invented phrase.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXPECTED = SAMPLES / "expected"
FIXTURES = ROOT / "tests" / "fixtures"
REAL = FIXTURES / "real"
# where golden files live: each <dir>/<name>.yaml describes <dir>/../<document>
GOLDEN_DIRS = (EXPECTED, REAL / "expected")
CLI = [sys.executable, "-m", "policy_extract"]
REGENERATE_ENV = "POLICY_EXTRACT_REGENERATE"

# The five sample notices, by the short names the tests use.
HANZHONG = "hanzhong-2024-function-transformation"  # 〔X牵头，Y按职责分工负责〕 notes
TABLE = "xian-2022-fangguanfu-division-table"  # tab-separated task table
STD2023 = "xian-2023-gov-services-standardization"  # （牵头单位：…；责任单位：…） notes, page breaks
EFF2025 = "xian-2025-admin-efficiency-plan"  # numbering runs on across groups
YANTA = "yanta-2022-gov-services-plan"  # numbering restarts per group, glossary
ALL_SAMPLES = (HANZHONG, TABLE, STD2023, EFF2025, YANTA)


# --------------------------------------------------------------------------- pytest options
def pytest_addoption(parser):
    parser.addoption(
        "--regenerate", action="store_true", default=False,
        help=f"rewrite the golden files (samples/expected, tests/fixtures/real/expected) from the tool's output; also {REGENERATE_ENV}=1",
    )


def regenerating(config) -> bool:
    return bool(config.getoption("--regenerate")) or os.environ.get(REGENERATE_ENV, "") not in ("", "0")


# --------------------------------------------------------------------------- the command line
def run_cli(*args, text: bool = True, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """`python -m policy_extract ARGS…` as a user runs it (through main()), output captured
    (str by default, bytes with text=False); `env` adds to the environment; other keywords
    (input, cwd, timeout) go to subprocess.run."""
    if env is not None:
        env = {**os.environ, **env}
    return subprocess.run(CLI + [str(a) for a in args], capture_output=True, text=text, env=env, **kw)


def cli_in_process(*args, text: bool = True, input: bytes | str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """`policy-extract ARGS…` through the same entry point (cli.main: its exit codes and
    one-line errors) inside this process, with stdin, stdout and stderr captured as a pipe
    would give them: for tests of what the command prints or writes, ~0.2 s of CPU cheaper
    than a process start. Tests of the process itself (signals, terminals, pipes and devices,
    what gets imported) use run_cli."""
    from click.testing import CliRunner

    from policy_extract.cli import main

    argv = [str(a) for a in args]
    with CliRunner().isolation(input=input, env=env) as streams:
        try:
            main(argv)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = streams[0].getvalue(), streams[1].getvalue()
    if not text:
        return subprocess.CompletedProcess(["policy-extract", *argv], code, out, err)
    return subprocess.CompletedProcess(["policy-extract", *argv], code, out.decode("utf-8"), err.decode("utf-8"))


# --------------------------------------------------------------------------- samples and stages
def sample_path(stem: str) -> Path:
    return SAMPLES / f"{stem}.txt"


def fixture_path(kind: str, name: str) -> Path:
    """tests/fixtures/<kind>/<name> (pdf, docx, ofd, defects, real), checked to exist."""
    path = FIXTURES / kind / name
    assert path.exists(), f"no fixture {path}"
    return path


def rendering(stem: str, fmt: str) -> Path:
    """A sample's PDF or DOCX rendering: tests/fixtures/<fmt>/<stem>.<fmt>."""
    return fixture_path(fmt, f"{stem}.{fmt}")


@lru_cache(maxsize=None)
def sample_text(stem: str) -> str:
    return sample_path(stem).read_text(encoding="utf-8")


def sample_line(stem: str, number: int) -> str:
    """Line `number` (1-based) of a sample, as printed."""
    return sample_text(stem).split("\n")[number - 1]


def quote(stem: str, phrase: str) -> str:
    """A phrase printed in the sample; fails loudly when it is not."""
    assert phrase in sample_text(stem), f"not printed in {stem}.txt: {phrase!r}"
    return phrase


@lru_cache(maxsize=None)
def loaded(stem: str):
    from policy_extract.load import load

    return load(sample_path(stem))


@lru_cache(maxsize=None)
def pieces(stem: str):
    from policy_extract.normalize import normalize

    return tuple(normalize(loaded(stem).lines))


def piece_at(stem: str, start_line: int):
    """The normalized piece that starts on `start_line`, or None."""
    return next((p for p in pieces(stem) if p.start_line == start_line), None)


@lru_cache(maxsize=None)
def outline(stem: str):
    from policy_extract.segment import segment

    return segment(list(pieces(stem)))


@lru_cache(maxsize=None)
def parsed(path: Path):
    """policy_extract.parse(path), once per test process: for tests that only read the result."""
    import policy_extract

    return policy_extract.parse(Path(path))


def document(stem: str):
    return parsed(sample_path(stem))


def section(root, marker: str):
    """The top-level outline item printed with `marker` ("二、")."""
    return next(c for c in root.children if c.marker == marker)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


# --------------------------------------------------------------------------- golden files
META_FIELDS = ("title", "doc_number", "issuer", "issue_date", "reporting_requirement")
# How far into the predicted text (whitespace removed) `text_start` may begin (a leftover marker or title).
SLACK = 12


def golden_files() -> list[Path]:
    return sorted(p for d in GOLDEN_DIRS for p in d.glob("*.yaml"))


def load_golden(path: Path) -> dict:
    """A golden file's content (read afresh: callers may change it)."""
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def golden_source(path: Path, golden: dict | None = None) -> Path:
    """The input a golden file describes."""
    golden = golden if golden is not None else load_golden(path)
    return Path(path).parent.parent / golden["document"]


@lru_cache(maxsize=None)
def expected(stem: str) -> dict:
    """The golden file of a sample (samples/expected/<stem>.yaml). Shared: do not change it."""
    return load_golden(EXPECTED / f"{stem}.yaml")


def task_count(stem: str) -> int:
    """How many tasks a sample has, as its golden file says."""
    return expected(stem)["task_count"]


def fold(text: str | None) -> str:
    """NFKC-fold (full-width punctuation to ASCII) and drop all whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def unit_names(units) -> set[str]:
    """Folded unit names, from a golden list of str or the tool's Unit records."""
    return {fold(u if isinstance(u, str) else u.name) for u in units or []}


def match_tasks(expected_tasks: list[dict], predicted) -> list:
    """For each expected task, in order, the next predicted task whose folded text holds
    its folded `text_start` within its first SLACK characters, or None."""
    found, start = [], 0
    for exp in expected_tasks:
        want = fold(exp["text_start"])
        hit = None
        for i in range(start, len(predicted)):
            at = fold(predicted[i].text).find(want)
            if 0 <= at <= SLACK:
                hit = i
                break
        found.append(None if hit is None else predicted[hit])
        if hit is not None:
            start = hit + 1
    return found


def _deadline_pair(deadline) -> tuple[str | None, bool]:
    """(date, ongoing) of a predicted deadline; no deadline is (None, False)."""
    if deadline is None:
        return None, False
    date = deadline.date
    return (date.isoformat() if hasattr(date, "isoformat") else date), bool(deadline.ongoing)


def _expected_deadline_pair(deadline: dict | None) -> tuple[str | None, bool]:
    if deadline is None:
        return None, False
    date = deadline.get("date")
    return (str(date) if date is not None else None), bool(deadline.get("ongoing", False))


def _same_deadline(want: dict | None, got) -> bool:
    """A predicted deadline (or None) against a golden one: null means none (or one with
    neither date nor ongoing); otherwise the same date and ongoing, and the same text when
    the golden file gives it."""
    if _expected_deadline_pair(want) != _deadline_pair(got):
        return False
    if want is None:
        return True
    return got is not None and ("text" not in want or fold(got.text) == fold(want["text"]))


def golden_problems(golden: dict, doc) -> list[str]:
    """What differs between a golden file and the tool's Document, one line each."""
    problems: list[str] = []
    predicted = doc.tasks
    for key in META_FIELDS:
        if key in golden and fold(getattr(doc.meta, key)) != fold(golden[key]):
            problems.append(f"meta {key}: expected {golden[key]!r}, got {getattr(doc.meta, key)!r}")
    if len(predicted) != golden["task_count"]:
        problems.append(f"task count: expected {golden['task_count']}, got {len(predicted)} ({[t.number for t in predicted]})")
    for exp, got in zip(golden["tasks"], match_tasks(golden["tasks"], predicted)):
        label = f"task {exp.get('number', '?')} «{exp['text_start']}»"
        if got is None:
            problems.append(f"{label}: no predicted task starts with it")
            continue
        if fold(got.number) != fold(str(exp["number"])):
            problems.append(f"{label}: number expected {exp['number']!r}, got {got.number!r}")
        if "path" in exp and [fold(p) for p in got.path] != [fold(p) for p in exp["path"]]:
            problems.append(f"{label}: path expected {exp['path']}, got {got.path}")
        for phrase in exp.get("text_excludes") or []:
            if fold(phrase) in fold(got.text):
                problems.append(f"{label}: text still holds {phrase!r}")
        for field in ("lead_units", "responsible_units"):
            want, have = unit_names(exp.get(field)), unit_names(getattr(got, field))
            if want != have:
                problems.append(f"{label}: {field} expected {sorted(want)}, got {sorted(have)}")
        if "deadline" in exp and not _same_deadline(exp["deadline"], got.deadline):
            d = got.deadline
            problems.append(f"{label}: deadline expected {exp['deadline']}, got {d and d.model_dump(exclude_none=True)}")
        if exp.get("milestones") and [m.text for m in got.milestones] != exp["milestones"]:
            problems.append(f"{label}: milestones expected {exp['milestones']}, got {[m.text for m in got.milestones]}")
    return problems


def _deadline_out(deadline, with_text: bool) -> dict | None:
    if deadline is None:
        return None
    out = {"text": deadline.text} if with_text else {}
    out.update(date=_deadline_pair(deadline)[0], ongoing=bool(deadline.ongoing))
    return out


def regenerated_golden(golden: dict, doc) -> dict:
    """The golden file rewritten from the tool's output. Only what the comparison of
    golden_problems finds different changes: a value it finds equal is kept as written (the
    order of units, spaces inside a path), so regenerating a file that passes changes nothing.
    The meta keys it states and task_count come from `doc`; a task still found (matched by
    its text_start) keeps its text_start, text_excludes and other keys, and the fields it
    states (number, path, units, deadline, milestones when not empty) take the tool's values
    where they differ; a new task states number, path (when the file's tasks do), text_start (its first
    20 characters), units, deadline and milestones (when it has them); a task no longer found
    is dropped. Everything else in the file (provenance, notes, xfail) is kept."""
    old_tasks = golden.get("tasks") or []
    matched = {id(got): exp for exp, got in zip(old_tasks, match_tasks(old_tasks, doc.tasks)) if got is not None}
    with_path = any("path" in t for t in old_tasks) or not old_tasks
    dated = [t["deadline"] for t in old_tasks if t.get("deadline")]
    with_text = any("text" in d for d in dated) or not dated
    tasks = []
    for got in doc.tasks:
        exp = matched.get(id(got))
        units = {field: [u.name for u in getattr(got, field)] for field in ("lead_units", "responsible_units")}
        milestones = [m.text for m in got.milestones]
        if exp is None:
            new = {"number": got.number}
            if with_path:
                new["path"] = list(got.path)
            new["text_start"] = re.sub(r"\s+", "", got.text)[:20]
            new.update(units)
            new["deadline"] = _deadline_out(got.deadline, with_text)
            if milestones:
                new["milestones"] = milestones
        else:
            new = dict(exp)
            if fold(got.number) != fold(str(exp["number"])):
                new["number"] = got.number
            if "path" in exp and [fold(p) for p in got.path] != [fold(p) for p in exp["path"]]:
                new["path"] = list(got.path)
            for field, names in units.items():
                if unit_names(exp.get(field)) != unit_names(names):
                    new[field] = names
            if "deadline" in exp and not _same_deadline(exp["deadline"], got.deadline):
                old = exp["deadline"]
                new["deadline"] = _deadline_out(got.deadline, "text" in old if old else with_text)
            if exp.get("milestones") and exp["milestones"] != milestones:
                new["milestones"] = milestones
        tasks.append(new)
    out = {}
    for key, value in golden.items():
        if key in META_FIELDS:
            got = getattr(doc.meta, key)
            out[key] = value if fold(got) == fold(value) else got
        elif key == "task_count":
            out[key] = len(doc.tasks)
        elif key == "tasks":
            out[key] = tasks
        else:
            out[key] = value
    out.setdefault("task_count", len(doc.tasks))
    out.setdefault("tasks", tasks)
    return out


def dump_golden(golden: dict, header: str = "") -> str:
    """A golden file's text: its leading comment lines, then the YAML (one key a line, lists
    in block style, long strings unwrapped: the style of the gold files)."""
    return header + yaml.safe_dump(golden, allow_unicode=True, sort_keys=False, width=4096)


def golden_header(text: str) -> str:
    """The comment lines a golden file starts with (kept when it is rewritten)."""
    lines = text.splitlines(keepends=True)
    head = []
    for line in lines:
        if not line.startswith("#"):
            break
        head.append(line)
    return "".join(head)


def write_golden_if_changed(path: Path, golden: dict, doc) -> bool:
    """Rewrite a golden file from the tool's output; True when its bytes changed."""
    before = path.read_text(encoding="utf-8")
    after = dump_golden(regenerated_golden(golden, doc), golden_header(before))
    if after == before:
        return False
    path.write_text(after, encoding="utf-8")
    expected.cache_clear()
    return True


# --------------------------------------------------------------------------- batch helpers
def make_notice_folder(src: Path) -> Path:
    """A batch input folder: the samples, a copy in a subfolder as .md, a binary file named
    .txt and an unsupported file (the shapes a real download folder has)."""
    import shutil

    samples = sorted(SAMPLES.glob("*.txt"))
    (src / "sub").mkdir(parents=True)
    for s in samples:
        shutil.copy(s, src / s.name)
    shutil.copy(samples[0], src / "sub" / "copy.md")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\x03PNG")
    (src / "sheet.xls").write_text("not a notice")
    return src


# Copies in an interrupted batch: enough that two workers (~150 small notices/s on this
# 2-core machine when it is quiet) are still busy when the signal comes, sent within ~20 ms
# of the `written`-th output; few enough that --resume finishes the rest in about a second.
BATCH_OF_COPIES = 80


def start_batch_of_copies(tmp_path: Path, text: str, written: int = 3, count: int = BATCH_OF_COPIES):
    """A batch of `count` copies of one notice, started in the background (two workers) and
    waited on until `written` outputs exist, to be interrupted by the test. Returns (proc, out)."""
    import time

    src = tmp_path / "in"
    src.mkdir()
    for i in range(count):
        (src / f"n{i:03d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    cli = CLI + ["batch", str(src), "-o", str(out), "--workers", "2"]
    proc = subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline and len(list(out.glob("n*.json"))) < written:
        time.sleep(0.01)
    return proc, out
