"""`policy-extract diff OLD NEW`: tasks paired across two versions of a notice, the added,
removed, changed and renumbered ones listed exactly, exit 0 when nothing changed."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import STD2023, cli_in_process, task_count
from policy_extract.diff import OTHER_NUMBER_RATIO, SAME_NUMBER_RATIO, diff_documents, pair_tasks, similarity
from policy_extract.pipeline import parse

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "xian-2023-gov-services-standardization.txt"
def run(*args):
    return cli_in_process(*args, text=False)


def edited_copy(folder: Path) -> Path:
    """The sample as a next version: a task removed and the two after it renumbered (one
    of them also reworded), units added and dropped, a time limit moved a year, a task
    reworded under its number, a task added at the end."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")

    def edit(lineno: int, old: str, new: str) -> None:
        assert old in lines[lineno - 1], (lineno, old)
        lines[lineno - 1] = lines[lineno - 1].replace(old, new, 1)

    assert lines[43].startswith("3. 推进政务服务事项动态管理")
    lines[43] = lines[44] = None  # task 3 and the blank line after it
    edit(46, "4. 优化", "3. 优化")
    edit(50, "5. 制定", "4. 制定")
    edit(50, "加快推进政务服务标准化试点工作", "加快推进政务服务标准化试点和示范工作")
    edit(56, "（牵头单位：市行政审批局；", "（牵头单位：市行政审批局、市司法局；")
    edit(56, "西咸新区管委会、各开发区管委会）", "西咸新区管委会）")
    edit(78, "2024年,实现综合窗口", "2025年,实现综合窗口")
    edit(104, "同步部署至“i西安”APP，", "")
    edit(164, "各开发区管委会）", "各开发区管委会）\n\n39. 加强宣传协同。及时总结推广政务服务标准化规范化便利化的典型经验，营造良好氛围。2024年底前，建立政务服务宣传工作机制。（牵头单位：市委网信办；责任单位：各区县政府）")
    path = folder / "edited.txt"
    path.write_text("\n".join(line for line in lines if line is not None), encoding="utf-8")
    return path


def test_a_sample_against_itself_has_no_change_and_exits_0(tmp_path):
    for fmt in ("md", "json"):
        result = run("diff", SAMPLE, SAMPLE, "--format", fmt)
        assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    assert report["summary"] == {"added": 0, "removed": 0, "changed": 0, "renumbered": 0, "unchanged": task_count(STD2023)}
    assert report["added"] == report["removed"] == report["changed"] == report["renumbered"] == []


def test_the_edited_copy_gives_exactly_the_expected_lists(tmp_path):
    report = diff_documents(parse(SAMPLE), parse(edited_copy(tmp_path)))
    assert report["summary"] == {"added": 1, "removed": 1, "changed": 4, "renumbered": 1, "unchanged": 32}
    assert [t["id"] for t in report["added"]] == ["2.5.39"]
    added = report["added"][0]
    assert (added["lead_units"], added["responsible_units"], added["deadline"]) == (["市委网信办"], ["各区县政府"], {"text": "2024年底前", "date": "2024-12-31"})
    assert [t["id"] for t in report["removed"]] == ["2.1.3"]
    assert report["removed"][0]["text"].startswith("推进政务服务事项动态管理")
    assert [(r["old_id"], r["new_id"]) for r in report["renumbered"]] == [("2.1.4", "2.1.3")]

    changed = {(c["old_id"], c["new_id"]): c for c in report["changed"]}
    assert list(changed) == [("2.1.5", "2.1.4"), ("2.2.6", "2.2.6"), ("2.2.12", "2.2.12"), ("2.3.20", "2.3.20")]
    moved = changed[("2.1.5", "2.1.4")]
    assert moved["text"]["new"] == moved["text"]["old"].replace("试点工作", "试点和示范工作")
    assert moved["lead_units"] is moved["responsible_units"] is moved["deadline"] is None
    units = changed[("2.2.6", "2.2.6")]
    assert units["lead_units"] == {"added": ["市司法局"], "dropped": []}
    assert units["responsible_units"] == {"added": [], "dropped": ["各开发区管委会"]}
    assert units["text"] is None and units["deadline"] is None and units["similarity"] == 1.0
    due = changed[("2.2.12", "2.2.12")]
    assert due["deadline"] == {"old": {"text": "2024年", "date": "2024-12-31"}, "new": {"text": "2025年", "date": "2025-12-31"}}
    assert due["lead_units"] is None and due["responsible_units"] is None
    reworded = changed[("2.3.20", "2.3.20")]
    assert "“i西安”APP" in reworded["text"]["old"] and "“i西安”APP" not in reworded["text"]["new"]
    assert reworded["deadline"] is None and reworded["lead_units"] is None


def test_the_cli_reports_in_every_format_and_exits_1(tmp_path):
    edited = edited_copy(tmp_path)
    md = run("diff", SAMPLE, edited)
    assert md.returncode == 1, md.stderr.decode()
    text = md.stdout.decode("utf-8")
    assert "新增 1 · 删除 1 · 修改 4 · 仅编号变化 1 · 未变 32" in text
    assert "### 2.1.5 → 2.1.4" in text and "试点**和示范**工作" in text
    assert "- 牵头单位：增加 市司法局" in text and "- 责任单位：减少 各开发区管委会" in text
    assert "- 完成时限：2024年（2024-12-31） → 2025年（2025-12-31）" in text
    as_json = json.loads(run("diff", SAMPLE, edited, "--format", "json").stdout)
    import yaml

    assert yaml.safe_load(run("diff", SAMPLE, edited, "--format", "yaml").stdout) == as_json
    assert as_json["thresholds"] == {"same_number": SAME_NUMBER_RATIO, "other_number": OTHER_NUMBER_RATIO}
    out = tmp_path / "变化.xlsx"
    result = run("diff", SAMPLE, edited, "--format", "xlsx", "-o", out)
    assert result.returncode == 1
    openpyxl = pytest.importorskip("openpyxl", reason="openpyxl (test extra) reads the workbook back")
    sheet = openpyxl.load_workbook(out)["任务变化"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("新增", None, "2.5.39"), ("删除", "2.1.3", None), ("修改", "2.1.5", "2.1.4"), ("修改", "2.2.6", "2.2.6"),
        ("修改", "2.2.12", "2.2.12"), ("修改", "2.3.20", "2.3.20"), ("仅编号变化", "2.1.4", "2.1.3"),
    ]
    assert rows[3][6] == "市司法局" and rows[3][9] == "各开发区管委会"
    again = tmp_path / "again.xlsx"
    run("diff", SAMPLE, edited, "--format", "xlsx", "-o", again)
    assert again.read_bytes() == out.read_bytes()


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    result = run("diff", SAMPLE, tmp_path / "missing.txt")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "Traceback" not in err and "missing.txt" in err and len(err.strip().splitlines()) == 1


def _tasks(*items):
    return [SimpleNamespace(id=i, text=t) for i, t in items]


BASE = "推进政务服务事项清单标准化，建立由基本目录、实施清单、办事指南构成的政务服务事项清单，全部纳入清单管理"


def test_pairing_thresholds_for_the_same_and_another_number():
    half = BASE[: len(BASE) * 3 // 5] + "完全不同的其他内容和要求以及新的安排部署等事项"
    ratio = similarity(BASE, half)
    assert SAME_NUMBER_RATIO <= ratio < OTHER_NUMBER_RATIO
    # moderately similar: pairs under the same number, not under another one
    assert pair_tasks(_tasks(("1", BASE)), _tasks(("1", half))) == [(0, 0, ratio)]
    assert pair_tasks(_tasks(("1", BASE)), _tasks(("2", half))) == []
    # unrelated texts never pair, even under the same number
    assert pair_tasks(_tasks(("1", BASE)), _tasks(("1", "加强安全协同，强化平台安全保障系统建设"))) == []


def test_identical_text_wins_over_the_same_number():
    """Task 2 removed, task 3 renumbered 2: old 3 pairs with new 2 (the same text), and
    old 2 is not paired with new 2 merely for sharing its number."""
    a, b, c = BASE, "加强安全协同，强化各级政务服务平台安全保障系统建设，落实安全管理主体责任", "加强考核协同，围绕在线服务成效度科学设置考核指标，纳入绩效考核范围"
    assert pair_tasks(_tasks(("1", a), ("2", b), ("3", c)), _tasks(("1", a), ("2", c))) == [(0, 0, 1.0), (2, 1, 1.0)]
