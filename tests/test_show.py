"""`policy-extract show`: a tree with tasks marked, a task table; 80 columns and no colour
in a pipe, the terminal's width (or --width) with colour through a pager on a terminal;
unit names never cut."""
from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from rich.cells import cell_len

import policy_extract
from conftest import STD2023, TABLE, cli_in_process, run_cli, task_count

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def show(*args):
    """`show` with its output piped (in this process: see conftest.cli_in_process)."""
    return cli_in_process("show", *args)


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def show_on_terminal(*args, columns: int, env: dict | None = None) -> tuple[int, str]:
    """`show` with its output on a pseudo-terminal `columns` wide (stdin too: a pager
    reads keys from it); returns the exit code and what the terminal received."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "PAGER", "LESS")}
    environ.update({"TERM": "xterm-256color", **(env or {})})
    proc = subprocess.Popen([sys.executable, "-m", "policy_extract", "show", *args], stdin=slave, stdout=slave, stderr=subprocess.PIPE, env=environ, close_fds=True)
    os.close(slave)
    out = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if not select.select([master], [], [], 1)[0]:
            if proc.poll() is not None:
                break
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other side closed: the program ended
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    code = proc.wait(timeout=60)
    assert b"Traceback" not in proc.stderr.read()
    return code, out.decode("utf-8", "replace").replace("\r\n", "\n")


def plain_lines(text: str) -> list[str]:
    return [ANSI.sub("", line) for line in text.splitlines()]


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
    assert out.count("✔") == task_count(STD2023)
    assert "二、重点任务" in out and "牵头 市行政审批局" in out and "2023-12-31" in out
    assert "一、总体要求" in out  # non-task sections are shown, unmarked


def test_table_tasks_hang_under_their_path():
    out = show(str(ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt")).stdout
    assert out.count("✔") == task_count(TABLE)
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


@pytest.mark.parametrize("columns", [80, 160])
@pytest.mark.parametrize("mode", [[], ["--tasks"]], ids=["tree", "tasks"])
def test_width_option_when_piped(columns, mode):
    sample = ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt"
    result = show(str(sample), "--width", str(columns), *mode)
    assert result.returncode == 0, result.stderr
    widths = [cell_len(line) for line in result.stdout.splitlines()]
    assert max(widths) <= columns
    assert max(widths) > columns - 10  # the width is used, not only respected
    assert "\x1b[" not in result.stdout


@pytest.mark.parametrize("columns", [80, 160])
@pytest.mark.parametrize("mode", [[], ["--tasks"]], ids=["tree", "tasks"])
def test_terminal_width_and_colour_on_a_pseudo_terminal(columns, mode):
    sample = ROOT / "samples" / "hanzhong-2024-function-transformation.txt"
    code, out = show_on_terminal(str(sample), *mode, columns=columns, env={"PAGER": "cat"})
    assert code == 0
    assert "\x1b[" in out  # colour on a terminal
    lines = plain_lines(out)
    assert max(cell_len(line) for line in lines) <= columns
    assert max(cell_len(line) for line in lines) > columns - 10


def test_a_terminal_gets_a_pager_and_a_pipe_does_not(tmp_path):
    sample = ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt"
    paged = tmp_path / "paged.txt"
    code, out = show_on_terminal(str(sample), "--tasks", columns=100, env={"PAGER": f"cat > '{paged}'"})
    assert code == 0
    assert out.strip() == ""  # all of it went to the pager
    text = paged.read_text(encoding="utf-8")
    assert "\x1b[" in text  # colours kept for less -R
    assert max(cell_len(line) for line in plain_lines(text)) <= 100
    assert len(text.splitlines()) > 500  # the long table
    code, out = show_on_terminal(str(sample), "--tasks", "--no-pager", columns=100, env={"PAGER": f"cat > '{tmp_path / 'not.txt'}'"})
    assert code == 0 and not (tmp_path / "not.txt").exists() and len(out.splitlines()) > 500
    piped = run_cli("show", str(sample), env={**os.environ, "PAGER": f"cat > '{tmp_path / 'piped.txt'}'"})
    assert piped.returncode == 0 and not (tmp_path / "piped.txt").exists() and piped.stdout.count("✔") == task_count(TABLE)


def test_the_pager_is_less_with_git_options_when_none_is_set(tmp_path, monkeypatch):
    from policy_extract import show as show_module

    monkeypatch.delenv("PAGER", raising=False)
    monkeypatch.setattr("shutil.which", lambda name: "/usr/bin/less" if name == "less" else None)
    assert show_module.pager_command() == "less"
    monkeypatch.setenv("PAGER", "cat")
    assert show_module.pager_command() is None
    seen = {}

    class Fake:
        def __init__(self, command, shell, stdin, env):
            seen.update(command=command, less=env.get("LESS"))
            self.stdin = open(tmp_path / "out", "wb")

        def wait(self):
            return 0

    monkeypatch.setenv("PAGER", "less")
    monkeypatch.delenv("LESS", raising=False)
    monkeypatch.setattr(show_module.subprocess, "Popen", Fake)
    show_module.page("text\n")
    assert seen == {"command": "less", "less": "FRX"}
    assert (tmp_path / "out").read_text() == "text\n"


def _table_cells(text: str, column: int) -> list[str]:
    """The text of one column of a rich table, row by row (lines joined)."""
    rows, current = [], []
    for line in text.splitlines():
        if line.startswith(("├", "└")):
            rows.append("".join(current))
            current = []
        elif line.startswith("│"):
            current.append(line.split("│")[column].strip())
    return rows


@pytest.mark.parametrize("columns", [80, 160])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_tasks_table_shows_every_unit_name_whole(sample, columns):
    doc = policy_extract.parse(sample)
    out = show(str(sample), "--tasks", "--width", str(columns)).stdout
    assert "…" not in out  # nothing is cut
    header = next(line for line in out.splitlines() if line.startswith("┃"))
    names = [h.strip() for h in header.split("┃")]
    text_cells = _table_cells(out, names.index("任务"))
    assert len(text_cells) == len(doc.tasks)
    for task, cell in zip(doc.tasks, text_cells):
        assert "".join(cell.split()) == "".join(task.text.split())  # the whole task text, wrapped
    unit_columns = [names.index(n) for n in ("牵头", "责任", "单位") if n in names]
    if not any(t.lead_units or t.responsible_units for t in doc.tasks):
        assert not unit_columns
        return
    cells = list(zip(*[_table_cells(out, c) for c in unit_columns]))
    lines_of = {}
    for line in out.splitlines():
        for c in unit_columns:
            if line.startswith("│"):
                lines_of.setdefault(c, set()).add(line.split("│")[c].strip())
    width = {c: len(header.split("┃")[c]) - 2 for c in unit_columns}
    for task, row in zip(doc.tasks, cells):
        joined = "".join(row)
        for unit in task.lead_units + task.responsible_units:
            assert unit.name in joined
            if cell_len(unit.name) <= min(width.values()):  # a name that fits is on a line of its own
                assert any(unit.name in lines_of[c] for c in unit_columns), unit.name


def test_160_columns_give_lead_and_responsible_their_own_columns():
    sample = ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt"
    out = show(str(sample), "--tasks", "--width", "160").stdout
    header = next(line for line in out.splitlines() if line.startswith("┃"))
    assert [h.strip() for h in header.split("┃")][1:-1] == ["序号", "任务", "牵头", "责任", "时限"]
    narrow = show(str(sample), "--tasks", "--width", "80").stdout
    header = next(line for line in narrow.splitlines() if line.startswith("┃"))
    assert [h.strip() for h in header.split("┃")][1:-1] == ["序号", "任务", "单位", "时限"]
    assert "牵头：" in narrow and "责任：" in narrow


def test_simplified_as_in_parse(tmp_path):
    import opencc

    sample = ROOT / "samples" / "hanzhong-2024-function-transformation.txt"
    path = tmp_path / "t.txt"
    path.write_text(opencc.OpenCC("s2t").convert(sample.read_text(encoding="utf-8")), encoding="utf-8")
    printed = show(str(path), "--tasks").stdout
    assert "漢中市" in printed and "市行政審批服務局" in printed
    simplified = show(str(path), "--tasks", "--simplified").stdout
    assert "汉中市" in simplified and "市行政审批服务局" in simplified and "審批" not in simplified
