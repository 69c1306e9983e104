"""PDF and DOCX give the same task list as the text notice they were made from."""
from __future__ import annotations

from pathlib import Path

import pytest

import policy_extract

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p.stem for p in (ROOT / "samples").glob("*.txt"))


def _summary(doc):
    out = []
    for t in doc.tasks:
        out.append((
            t.number,
            tuple(u.name for u in t.lead_units),
            tuple(u.name for u in t.responsible_units),
            t.deadline.date if t.deadline is not None else None,
        ))
    return out


@pytest.fixture(scope="module")
def text_results():
    return {name: _summary(policy_extract.parse(str(ROOT / "samples" / f"{name}.txt"))) for name in SAMPLES}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("name", SAMPLES)
def test_same_tasks_as_text(name, fmt, text_results):
    want = text_results[name]
    got = _summary(policy_extract.parse(str(ROOT / "tests" / "fixtures" / fmt / f"{name}.{fmt}")))
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g == w
