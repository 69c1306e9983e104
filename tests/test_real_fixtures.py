"""Golden tests on excerpts of real public notices in layouts the five samples do not show.

Every tests/fixtures/real/<name>.yaml is found by itself (no list to keep up to date) and
describes the sibling <name>.txt (or the file named by its `file:` key): where the text was
copied from (`source_url`, `source_title`, `issuer`), which layouts it shows (`forms`), and
the answer worked out by hand (`expected`):

    expected:
      task_count: 3
      tasks:
        - number: '1'
          text_start: 努力实现地区生产总值增长   # ~15 characters of the task's own text
          text_excludes: [金力]                 # optional: must not be left in the task text
          lead_units: [区发改局]
          responsible_units: [立山经济开发区]
          deadline: {date: '2023-06-30', ongoing: false}   # or null: no time limit

Expected tasks are matched in order to the predicted ones by `text_start`: the next
predicted task whose text (whitespace removed, NFKC-folded so ，and , are alike) contains
it within its first few characters. Unit names are compared as sets after the same folding.

A fixture the tool cannot read yet carries `xfail: "<one-line reason>"`; the case is then
marked xfail(strict=True), so it turns into a failure the day the tool gets it right and
the key must be removed. A fixture written by hand rather than copied says `synthetic: true`.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

REAL = Path(__file__).resolve().parent / "fixtures" / "real"
# How far into the predicted text `text_start` may begin (a leftover marker or title).
SLACK = 12


def fold(text: str) -> str:
    """NFKC-fold (full-width punctuation to ASCII) and drop all whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def load_spec(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def cases():
    for spec_path in sorted(REAL.glob("*.yaml")):
        spec = load_spec(spec_path)
        marks = []
        if spec.get("xfail"):
            marks.append(pytest.mark.xfail(reason=str(spec["xfail"]), strict=True))
        yield pytest.param(spec_path, marks=marks, id=spec_path.stem)


def source_of(spec_path: Path, spec: dict) -> Path:
    return spec_path.with_name(spec.get("file") or f"{spec_path.stem}.txt")


def names(units) -> set[str]:
    return {fold(u) for u in units or []}


def predicted_names(units) -> set[str]:
    return {fold(u.name) for u in units or []}


def deadline_pair(deadline) -> tuple[str | None, bool]:
    """(date, ongoing) of a predicted deadline; no deadline is (None, False)."""
    if deadline is None:
        return None, False
    date = deadline.date
    return (date.isoformat() if hasattr(date, "isoformat") else date), bool(deadline.ongoing)


def expected_deadline_pair(deadline: dict | None) -> tuple[str | None, bool]:
    if deadline is None:
        return None, False
    date = deadline.get("date")
    return (str(date) if date is not None else None), bool(deadline.get("ongoing", False))


def match(expected_tasks: list[dict], predicted) -> list:
    """For each expected task, the predicted task it matches (in order), or None."""
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


def test_every_fixture_is_complete():
    """Each YAML has its text, its provenance, and a well-formed expected answer."""
    specs = sorted(REAL.glob("*.yaml"))
    assert specs, "no fixtures under tests/fixtures/real"
    for spec_path in specs:
        spec = load_spec(spec_path)
        assert source_of(spec_path, spec).is_file(), spec_path.name
        assert spec.get("forms"), spec_path.name
        if not spec.get("synthetic"):
            assert str(spec.get("source_url", "")).startswith("http"), spec_path.name
            assert spec.get("source_title"), spec_path.name
        else:
            assert spec.get("synthetic_reason"), spec_path.name
        exp = spec["expected"]
        assert exp["task_count"] == len(exp["tasks"]), spec_path.name
        for task in exp["tasks"]:
            assert {"text_start", "lead_units", "responsible_units", "deadline"} <= set(task), (spec_path.name, task)
        assert source_of(spec_path, spec).stat().st_size < 6000, f"{spec_path.name}: keep excerpts short"


@pytest.mark.parametrize("spec_path", list(cases()))
def test_real_fixture(spec_path: Path):
    import policy_extract

    spec = load_spec(spec_path)
    expected = spec["expected"]
    doc = policy_extract.parse(source_of(spec_path, spec))
    predicted = doc.tasks
    problems: list[str] = []

    if len(predicted) != expected["task_count"]:
        problems.append(
            f"task count: expected {expected['task_count']}, got {len(predicted)} "
            f"({[t.number for t in predicted]})"
        )

    for exp, got in zip(expected["tasks"], match(expected["tasks"], predicted)):
        label = f"task {exp.get('number', '?')} «{exp['text_start']}»"
        if got is None:
            problems.append(f"{label}: no predicted task starts with it")
            continue
        for phrase in exp.get("text_excludes") or []:
            if fold(phrase) in fold(got.text):
                problems.append(f"{label}: text still holds {phrase!r}")
        for field in ("lead_units", "responsible_units"):
            want, have = names(exp[field]), predicted_names(getattr(got, field))
            if want != have:
                problems.append(f"{label}: {field} expected {sorted(want)}, got {sorted(have)}")
        want_d, have_d = expected_deadline_pair(exp["deadline"]), deadline_pair(got.deadline)
        if want_d != have_d:
            text = got.deadline.text if got.deadline is not None else None
            problems.append(f"{label}: deadline expected {want_d}, got {have_d} (from {text!r})")

    assert not problems, f"{spec_path.stem}:\n  " + "\n  ".join(problems)
