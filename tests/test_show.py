"""`policy-extract show`: a tree with tasks marked, a task table, 80 columns, no colour in a pipe."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def show(*args):
    return subprocess.run([sys.executable, "-m", "policy_extract", "show", *args], capture_output=True, text=True)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("mode", [[], ["--tasks"]], ids=["tree", "tasks"])
def test_fits_80_columns_without_colour(sample, mode):
    result = show(str(sample), *mode)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and max(cell_len(line) for line in lines) <= 80
    assert "\x1b[" not in result.stdout


def test_tree_marks_tasks_with_units_and_deadlines():
    out = show(str(ROOT / "samples" / "xian-2023-gov-services-standardization.txt")).stdout
    assert out.count("✔") == 38
    assert "二、重点任务" in out and "牵头 市行政审批局" in out and "2023-12-31" in out
    assert "一、总体要求" in out  # non-task sections are shown, unmarked


def test_table_tasks_hang_under_their_path():
    out = show(str(ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt")).stdout
    assert out.count("✔") == 117
    assert "一、全链条优化审批" in out


def test_task_table_and_filters():
    out = show(str(ROOT / "samples" / "hanzhong-2024-function-transformation.txt"), "--tasks", "--unit", "市数据局").stdout
    assert "市数据局" in out and "市住房城乡建设局" not in out


def test_warnings_are_listed_at_the_end(tmp_path):
    path = tmp_path / "gap.txt"
    path.write_text("某方案\n二、重点任务\n1.任务一。\n3.任务三。\n", encoding="utf-8")  # synthetic: a numbering gap
    out = show(str(path)).stdout
    assert "numbering-gap" in out.splitlines()[-1]


def test_a_reader_that_stops_early_is_not_an_error():
    sample = ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt"
    result = subprocess.run(
        f'"{sys.executable}" -m policy_extract show "{sample}" | head -2; exit ${{PIPESTATUS[0]}}',
        shell=True, executable="/bin/bash", capture_output=True, text=True,
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 2
