"""A notice in traditional characters gives the same tasks as its simplified version, and
its output keeps the characters as printed (or simplified ones, when asked)."""
from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest

import policy_extract

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
TO_TRADITIONAL = opencc.OpenCC("s2t")
TO_SIMPLIFIED = opencc.OpenCC("t2s")


def key(doc, convert=str):
    return [
        (t.number, [convert(u.name) for u in t.lead_units], [convert(u.name) for u in t.responsible_units],
         t.deadline and (t.deadline.date, t.deadline.ongoing))
        for t in doc.tasks
    ]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_traditional_version_gives_the_same_tasks(sample, tmp_path):
    traditional = tmp_path / sample.name
    traditional.write_text(TO_TRADITIONAL.convert(sample.read_text(encoding="utf-8")), encoding="utf-8")
    simplified_doc = policy_extract.parse(sample)
    traditional_doc = policy_extract.parse(traditional)
    assert key(traditional_doc, TO_SIMPLIFIED.convert) == key(simplified_doc)
    assert TO_SIMPLIFIED.convert(traditional_doc.meta.title) == simplified_doc.meta.title


def test_output_keeps_the_printed_characters(tmp_path):
    sample = next(p for p in SAMPLES if p.name.startswith("hanzhong"))
    printed = TO_TRADITIONAL.convert(sample.read_text(encoding="utf-8"))
    path = tmp_path / "hanzhong-traditional.txt"
    path.write_text(printed, encoding="utf-8")
    doc = policy_extract.parse(path)
    flat = re.sub(r"\s", "", printed)
    assert doc.meta.title == "2024年漢中市推進政府職能轉變工作要點"
    assert doc.tasks[0].lead_units[0].name == "市行政審批服務局"
    assert doc.tasks[7].lead_units[1].name == "市司法局"
    for task in doc.tasks:
        assert re.sub(r"\s", "", task.text)[:40] in flat
        for unit in task.lead_units + task.responsible_units:
            assert unit.name in flat


def test_simplified_option_prints_simplified(tmp_path):
    sample = next(p for p in SAMPLES if p.name.startswith("hanzhong"))
    path = tmp_path / "t.txt"
    path.write_text(TO_TRADITIONAL.convert(sample.read_text(encoding="utf-8")), encoding="utf-8")
    doc = policy_extract.parse(path, simplified=True)
    assert doc.meta.title == "2024年汉中市推进政府职能转变工作要点"
    assert doc.tasks[0].lead_units[0].name == "市行政审批服务局"
    assert doc.tasks[0].text.startswith("开展“高效办成一件事”改革")


def test_ambiguous_character_restored_from_context():
    # 系 stands for both 系 (体系) and 係 (关係) in one notice; each comes back as printed.
    text = "某市工作方案\n一、重点任务\n1.健全工作體系。理順關係。（市發展改革委牽頭，市財政局配合）\n"
    doc = policy_extract.parse(text)
    assert "健全工作體系" in doc.tasks[0].text and "理順關係" in doc.tasks[0].text
    assert [u.name for u in doc.tasks[0].lead_units] == ["市發展改革委"]
