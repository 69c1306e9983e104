"""Every sample against its expected task list (samples/expected/*.yaml, found by themselves)."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

import policy_extract

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = sorted((SAMPLES / "expected").glob("*.yaml"))


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", "", text).replace("“", '"').replace("”", '"')


def names(units) -> set[str]:
    return {norm(u if isinstance(u, str) else u.name) for u in units or []}


def match_in_order(expected_tasks, tasks):
    """Pair each expected task with the next parsed task whose text starts with its text_start."""
    pairs, j = [], 0
    for exp in expected_tasks:
        key = norm(exp["text_start"])[:20]
        hit = next((k for k in range(j, len(tasks)) if key in norm(tasks[k].text)[: len(key) + 40]), None)
        pairs.append((exp, tasks[hit] if hit is not None else None))
        if hit is not None:
            j = hit + 1
    return pairs


@pytest.fixture(scope="module", params=EXPECTED, ids=lambda p: p.stem)
def case(request):
    expected = yaml.safe_load(request.param.read_text(encoding="utf-8"))
    doc = policy_extract.parse(SAMPLES / expected["document"])
    return expected, doc


def test_samples_have_expected_lists():
    assert len(EXPECTED) == 5
    for path in EXPECTED:
        assert (SAMPLES / yaml.safe_load(path.read_text(encoding="utf-8"))["document"]).exists()


def test_task_count(case):
    expected, doc = case
    assert len(doc.tasks) == expected["task_count"]


def test_every_expected_task_found_with_its_number(case):
    expected, doc = case
    for exp, got in match_in_order(expected["tasks"], doc.tasks):
        assert got is not None, f"task {exp['number']} ({exp['text_start']}) not found"
        assert norm(got.number) == norm(str(exp["number"]))


def test_units(case):
    expected, doc = case
    for exp, got in match_in_order(expected["tasks"], doc.tasks):
        assert names(got.lead_units) == names(exp.get("lead_units")), exp["number"]
        assert names(got.responsible_units) == names(exp.get("responsible_units")), exp["number"]


def test_deadlines(case):
    expected, doc = case
    for exp, got in match_in_order(expected["tasks"], doc.tasks):
        want = exp.get("deadline")
        if want is None:
            continue
        assert got.deadline is not None, exp["number"]
        assert (got.deadline.date, got.deadline.ongoing) == (want["date"], want["ongoing"]), exp["number"]


def test_milestones(case):
    expected, doc = case
    for exp, got in match_in_order(expected["tasks"], doc.tasks):
        if exp.get("milestones"):
            assert [m.text for m in got.milestones] == exp["milestones"], exp["number"]


def test_metadata(case):
    expected, doc = case
    for key in ("title", "doc_number", "issuer", "issue_date", "reporting_requirement"):
        assert norm(getattr(doc.meta, key)) == norm(expected.get(key)), key
