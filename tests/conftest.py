"""Shared helpers for the stage tests: where the samples are, their text, and the
stages run once per sample (cached: the stages are pure, the tests only read).

Stage tests quote real phrases from samples/*.txt. `quote(sample, phrase)` returns the
phrase after checking it is really printed in that sample, so a typo in a test turns
into a failure instead of a test about an invented phrase.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXPECTED = SAMPLES / "expected"

# The five sample notices, by the short names the tests use.
HANZHONG = "hanzhong-2024-function-transformation"  # 〔X牵头，Y按职责分工负责〕 notes
TABLE = "xian-2022-fangguanfu-division-table"  # tab-separated task table
STD2023 = "xian-2023-gov-services-standardization"  # （牵头单位：…；责任单位：…） notes, page breaks
EFF2025 = "xian-2025-admin-efficiency-plan"  # numbering runs on across groups
YANTA = "yanta-2022-gov-services-plan"  # numbering restarts per group, glossary
ALL_SAMPLES = (HANZHONG, TABLE, STD2023, EFF2025, YANTA)


def sample_path(stem: str) -> Path:
    return SAMPLES / f"{stem}.txt"


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
def expected(stem: str) -> dict:
    return yaml.safe_load((EXPECTED / f"{stem}.yaml").read_text(encoding="utf-8"))


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
def document(stem: str):
    import policy_extract

    return policy_extract.parse(sample_path(stem))


def section(root, marker: str):
    """The top-level outline item printed with `marker` ("二、")."""
    return next(c for c in root.children if c.marker == marker)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


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


def start_batch_of_copies(tmp_path: Path, text: str, written: int, count: int = 300):
    """A batch of `count` copies of one notice, started in the background (two workers) and
    waited on until `written` outputs exist, to be interrupted by the test. Returns (proc, out)."""
    import subprocess
    import sys
    import time

    src = tmp_path / "in"
    src.mkdir()
    for i in range(count):
        (src / f"n{i:03d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    cli = [sys.executable, "-m", "policy_extract", "batch", str(src), "-o", str(out), "--workers", "2"]
    proc = subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline and len(list(out.glob("n*.json"))) < written:
        time.sleep(0.02)
    return proc, out
