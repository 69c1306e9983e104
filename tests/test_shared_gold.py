"""The seeds scored by the project's scorer (../shared/eval/score.py) against the hand-made
gold, through the CLI as users run it. Skipped where ../shared is not beside the checkout."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is not beside the checkout")


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    out = tmp_path_factory.mktemp("pred")
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        result = subprocess.run(
            [sys.executable, "-m", "policy_extract", "parse", str(seed), "--format", "json", "-o", str(out / f"{seed.stem}.json")],
            capture_output=True, text=True,
        )
        assert result.returncode == 0, result.stderr
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
