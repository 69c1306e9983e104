"""Golden files: every expected task list (samples/expected/*.yaml for the five samples,
tests/fixtures/real/expected/*.yaml for excerpts of real notices in layouts the samples do
not show) is found by itself, no list to keep up to date, and compared with what the tool
gives: task count, then each expected task (matched in order by `text_start`) with its
number, path, units, deadline and milestones, and the metadata the file states. The format,
the comparison and the regenerate switch (`pytest --regenerate`) are in conftest.py.

A real fixture the tool cannot read yet carries `xfail: "<one-line reason>"`: the case is
then marked xfail(strict=True), so it turns into a failure the day the tool gets it right
and the key must be removed. A fixture written by hand rather than copied says
`synthetic: true` and why."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import (
    EXPECTED,
    GOLDEN_DIRS,
    REAL,
    ROOT,
    SAMPLES,
    STD2023,
    golden_files,
    golden_header,
    golden_problems,
    golden_source,
    load_golden,
    parsed,
    regenerating,
    write_golden_if_changed,
)

REQUIRED_TASK_KEYS = {"number", "text_start", "lead_units", "responsible_units"}


def cases():
    for path in golden_files():
        golden = load_golden(path)
        marks = []
        if golden.get("xfail"):
            marks.append(pytest.mark.xfail(reason=str(golden["xfail"]), strict=True))
        yield pytest.param(path, marks=marks, id=f"{path.parent.parent.name}/{path.stem}")


@pytest.mark.parametrize("path", list(cases()))
def test_golden(path: Path, request):
    golden = load_golden(path)
    doc = parsed(golden_source(path, golden))
    if regenerating(request.config) and not golden.get("xfail"):
        if write_golden_if_changed(path, golden, doc):
            pytest.fail(f"--regenerate rewrote {path.relative_to(ROOT)}: review it with `git diff`, then run the tests again without the switch")
    problems = golden_problems(golden, doc)
    assert not problems, f"{path.relative_to(ROOT)}:\n  " + "\n  ".join(problems)


def test_every_golden_file_is_complete():
    """Each golden file names an input that exists, and its answer is well-formed."""
    files = golden_files()
    for folder in GOLDEN_DIRS:
        assert any(p.parent == folder for p in files), f"no golden files under {folder}"
    for path in files:
        golden = load_golden(path)
        assert golden_source(path, golden).is_file(), path.name
        assert golden["task_count"] == len(golden["tasks"]), path.name
        for task in golden["tasks"]:
            assert REQUIRED_TASK_KEYS <= set(task), (path.name, task)


def test_every_sample_has_its_golden_file():
    samples = sorted(p.name for p in SAMPLES.glob("*.txt"))
    assert len(samples) == 5
    described = sorted(load_golden(p)["document"] for p in EXPECTED.glob("*.yaml"))
    assert described == samples
    assert sorted(p.stem for p in EXPECTED.glob("*.yaml")) == [Path(s).stem for s in samples]


def test_manifest_counts_are_the_golden_counts():
    """samples/manifest.yaml (what `policy-extract check` holds the samples to) says the
    same task counts as the golden files."""
    manifest = yaml.safe_load((SAMPLES / "manifest.yaml").read_text(encoding="utf-8"))
    counts = {d["path"]: d["tasks"] for d in manifest["documents"]}
    assert counts == {load_golden(p)["document"]: load_golden(p)["task_count"] for p in EXPECTED.glob("*.yaml")}


def test_every_real_fixture_says_where_it_comes_from():
    """Each real fixture has its provenance (or says why it was written by hand), the
    layouts it shows, states every task's deadline (null: none) and stays a short excerpt."""
    specs = sorted((REAL / "expected").glob("*.yaml"))
    assert specs, "no fixtures under tests/fixtures/real/expected"
    for path in specs:
        spec = load_golden(path)
        assert spec.get("forms"), path.name
        if not spec.get("synthetic"):
            assert str(spec.get("source_url", "")).startswith("http"), path.name
            assert spec.get("source_title"), path.name
        else:
            assert spec.get("synthetic_reason"), path.name
        for task in spec["tasks"]:
            assert "deadline" in task, (path.name, task)
        assert golden_source(path, spec).stat().st_size < 6000, f"{path.name}: keep excerpts short"


# --------------------------------------------------------------------------- the comparison and the switch
def _sample_golden(stem: str) -> tuple[Path, dict]:
    path = EXPECTED / f"{stem}.yaml"
    return path, load_golden(path)


@pytest.mark.parametrize(
    "change",
    [
        "task_count", "number", "path", "lead", "responsible", "deadline_date", "deadline_text",
        "deadline_null", "milestones", "text_excludes", "meta", "lost_task",
    ],
)
def test_a_changed_answer_is_a_problem(change):
    """Each kind of difference the golden files state is caught (the comparison can fail)."""
    path, golden = _sample_golden(STD2023)
    doc = parsed(golden_source(path, golden))
    assert golden_problems(golden, doc) == []
    dated = next(t for t in golden["tasks"] if t.get("milestones") and t.get("deadline"))
    first = golden["tasks"][0]
    if change == "task_count":
        golden["task_count"] += 1
    elif change == "number":
        first["number"] = "99"
    elif change == "path":
        first["path"] = first["path"][:-1]
    elif change == "lead":
        first["lead_units"] = first["lead_units"] + ["市某某局"]
    elif change == "responsible":
        first["responsible_units"] = first["responsible_units"][1:]
    elif change == "deadline_date":
        dated["deadline"]["date"] = "2030-12-31"
    elif change == "deadline_text":
        dated["deadline"]["text"] = "2030年底前"
    elif change == "deadline_null":
        dated["deadline"] = None
    elif change == "milestones":
        dated["milestones"] = dated["milestones"][:-1]
    elif change == "text_excludes":
        first["text_excludes"] = [first["text_start"][-4:]]
    elif change == "meta":
        golden["issuer"] = "西安市人民政府"
    elif change == "lost_task":
        first["text_start"] = "此句不在任何任务里"
    assert golden_problems(golden, doc), change


def test_regenerate_restores_a_changed_golden_file(tmp_path):
    """The switch rewrites what differs from the tool's output and nothing else: a golden
    file with a changed count, number, units, deadline, milestones, meta and a dropped task
    comes back byte for byte; an unchanged file is not written."""
    path, golden = _sample_golden(STD2023)
    doc = parsed(golden_source(path, golden))
    original = path.read_text(encoding="utf-8")
    copy = tmp_path / "expected" / path.name
    copy.parent.mkdir()
    copy.write_text(original, encoding="utf-8")
    assert not write_golden_if_changed(copy, load_golden(copy), doc)
    assert copy.read_text(encoding="utf-8") == original

    dated = next(t for t in golden["tasks"] if t.get("milestones") and t.get("deadline"))
    golden["task_count"] += 3
    golden["tasks"][0]["number"] = "99"
    golden["tasks"][0]["lead_units"] = ["市某某局"]
    dated["deadline"]["date"] = "2030-12-31"
    dated["milestones"] = ["2030年"]
    golden["issuer"] = "西安市人民政府"
    del golden["tasks"][5]
    copy.write_text(golden_header(original) + yaml.safe_dump(golden, allow_unicode=True, sort_keys=False, width=4096), encoding="utf-8")
    assert golden_problems(load_golden(copy), doc)
    assert write_golden_if_changed(copy, load_golden(copy), doc)
    # the dropped task comes back as a new task: every field from the tool, text_start its first 20 characters
    again = load_golden(copy)
    assert golden_problems(again, doc) == []
    restored = again["tasks"][5]
    assert restored["text_start"] == re.sub(r"\s+", "", doc.tasks[5].text)[:20]
    again["tasks"][5] = load_golden(path)["tasks"][5]
    assert golden_header(original) + yaml.safe_dump(again, allow_unicode=True, sort_keys=False, width=4096) == original

