"""The seeds scored by the project's scorer (../shared/eval/score.py) against the hand-made
gold, through the CLI as users run it, from their text and from their PDF and DOCX
renderings alike. Skipped where ../shared is not beside the checkout."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_cli

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is not beside the checkout")


ROOT = Path(__file__).resolve().parent.parent
# The seeds as samples (same text, readable names), for their PDF and DOCX renderings.
SAMPLE_OF = {
    "000_91f8f06edf6d1d7f": "xian-2025-admin-efficiency-plan",
    "001_09ba2e05d90360ed": "yanta-2022-gov-services-plan",
    "002_819c26357300b945": "xian-2023-gov-services-standardization",
    "003_4339a6bb93f327d8": "hanzhong-2024-function-transformation",
    "004_d10d214377088ada": "xian-2022-fangguanfu-division-table",
}


def source_for(seed: Path, fmt: str) -> Path:
    if fmt == "txt":
        return seed
    return ROOT / "tests" / "fixtures" / fmt / f"{SAMPLE_OF[seed.stem]}.{fmt}"


@pytest.fixture(scope="module", params=["txt", "pdf", "docx"])
def rows(request, tmp_path_factory):
    """One `policy-extract batch` per format (one process start instead of one per seed) over
    links named as the seeds, so that it writes NAME.json for each gold NAME.yaml."""
    src = tmp_path_factory.mktemp("seeds")
    out = tmp_path_factory.mktemp("pred")
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    for seed in seeds:
        (src / f"{seed.stem}.{request.param}").symlink_to(source_for(seed, request.param).resolve())
    result = run_cli("batch", src, "-o", out, "--format", "json", "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.json") if p.name != "index.json") == [f"{s.stem}.json" for s in seeds]
    scored = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "gold"), str(out), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(scored.stdout[: scored.stdout.rindex("]") + 1])


def test_exact_task_counts(rows):
    assert [r["doc"] for r in rows if not r["count_ok"]] == []


def test_unit_f1_at_least_0_99(rows):
    for r in rows:
        for field in ("lead_units", "responsible_units"):
            if field in r:
                assert r[field][2] >= 0.99, (r["doc"], field, r[field])


def test_deadline_accuracy_is_one(rows):
    for r in rows:
        if "deadline_acc" in r:
            assert r["deadline_acc"] == 1.0, r["doc"]


def test_metadata_all_right(rows):
    assert sum(r["meta_ok"] for r in rows) == sum(r["meta_n"] for r in rows)
