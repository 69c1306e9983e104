"""`parse -o`: never writes over an input of the same run; writes through a symlink to its
target; a pipe or device is written to, never replaced by a file; `-o -` is stdout and
`parse -` reads the notice from stdin. Zero tasks and an unknown --task-section are said."""
from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from conftest import HANZHONG, ROOT, run_cli, sample_path, task_count


def run(*args, stdin: bytes | None = None, cwd=None):
    return run_cli(*args, text=False, input=stdin, cwd=cwd or ROOT, timeout=60)


def _one_error(result, *words):
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2, stderr
    assert stderr.count("\n") == 1 and "Traceback" not in stderr and stderr.startswith("policy-extract: error: ")
    for word in words:
        assert word in stderr, stderr
    return stderr


@pytest.fixture()
def notice(tmp_path) -> Path:
    path = tmp_path / "notice.txt"
    path.write_bytes(sample_path(HANZHONG).read_bytes())
    return path


@pytest.fixture(scope="module")
def expected_json() -> bytes:
    result = run("parse", sample_path(HANZHONG))
    assert result.returncode == 0
    return result.stdout


def test_output_onto_the_input_is_refused_and_the_input_kept(notice):
    before = notice.read_bytes()
    _one_error(run("parse", notice, "-o", notice), "input", "another output")
    assert notice.read_bytes() == before


def test_output_through_a_symlink_or_hardlink_to_the_input_is_refused(notice, tmp_path):
    before = notice.read_bytes()
    link = tmp_path / "tasks.json"
    link.symlink_to(notice)
    _one_error(run("parse", notice, "-o", link), "input")
    hard = tmp_path / "hard.json"
    os.link(notice, hard)
    _one_error(run("parse", notice, "-o", hard), "input")
    alias = tmp_path / "alias.txt"
    alias.symlink_to(notice)
    _one_error(run("parse", alias, "-o", notice), "input")  # the input given by a symlink
    assert notice.read_bytes() == before and link.is_symlink()


def test_output_is_written_through_a_symlink_to_its_target(notice, tmp_path, expected_json):
    target = tmp_path / "data" / "tasks.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    assert run("parse", sample_path(HANZHONG), "-o", link).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == expected_json
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the file's permissions are kept
    dangling = tmp_path / "new.json"
    dangling.symlink_to(tmp_path / "data" / "made.json")
    assert run("parse", sample_path(HANZHONG), "-o", dangling).returncode == 0
    assert dangling.is_symlink() and (tmp_path / "data" / "made.json").read_bytes() == expected_json


def test_output_to_a_fifo_writes_into_it(tmp_path, expected_json):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = {}

    def reader():
        with open(fifo, "rb") as fh:
            got["data"] = fh.read()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    result = run("parse", sample_path(HANZHONG), "-o", fifo)
    thread.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO is still a FIFO"
    assert got["data"] == expected_json


@pytest.mark.skipif(not hasattr(os, "mknod") or os.geteuid() != 0, reason="making a device file needs root")
def test_output_to_a_device_writes_into_it_and_never_replaces_it(tmp_path):
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a /dev/null of our own
    full = tmp_path / "full"
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # a /dev/full
    result = run("parse", sample_path(HANZHONG), "-o", null)
    # (where tmp is mounted nodev the device cannot be opened: an error, still not replaced)
    assert result.returncode in (0, 2) and b"Traceback" not in result.stderr
    assert stat.S_ISCHR(null.lstat().st_mode)
    result = run("parse", sample_path(HANZHONG), "-o", full)
    _one_error(result, str(full))
    assert stat.S_ISCHR(full.lstat().st_mode)


def test_output_dash_and_dev_stdout_are_stdout(tmp_path, expected_json):
    result = run("parse", sample_path(HANZHONG), "-o", "-", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == expected_json
    assert not (tmp_path / "-").exists()
    result = run("parse", sample_path(HANZHONG), "-o", "/dev/stdout", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == expected_json


def test_output_into_a_folder_or_block_device_is_refused(tmp_path):
    _one_error(run("parse", sample_path(HANZHONG), "-o", tmp_path), "folder")


def test_parse_dash_reads_stdin(expected_json):
    result = run("parse", "-", stdin=sample_path(HANZHONG).read_bytes())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["path"] == "<stdin>"
    assert data["tasks"] == json.loads(expected_json)["tasks"]


def test_parse_dash_reads_a_pdf_from_stdin():
    pdf = ROOT / "tests" / "fixtures" / "pdf" / f"{HANZHONG}.pdf"
    result = run("parse", "-", stdin=pdf.read_bytes())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["format"] == "pdf" and len(data["tasks"]) == task_count(HANZHONG)


def test_parse_dash_with_empty_stdin_is_one_line(tmp_path):
    _one_error(run("parse", "-", stdin=b""), "<stdin>", "empty")


def test_parse_reads_a_fifo_once(tmp_path):
    fifo = tmp_path / "notice.txt"
    os.mkfifo(fifo)

    def writer():
        with open(fifo, "wb") as fh:
            fh.write(sample_path(HANZHONG).read_bytes())

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    result = run("parse", fifo)
    thread.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["tasks"]) == task_count(HANZHONG)


# --- silence that misleads -----------------------------------------------------------------


def test_zero_tasks_is_said_on_stderr(tmp_path):
    path = tmp_path / "empty-plan.txt"
    path.write_text("某某方案\n一、总体要求\n坚持以人民为中心。\n", encoding="utf-8")
    result = run("parse", path)
    assert result.returncode == 0
    stderr = result.stderr.decode("utf-8")
    assert "no tasks found" in stderr and str(path) in stderr and stderr.startswith("policy-extract: warning: ")
    assert json.loads(result.stdout)["tasks"] == []
    assert run("parse", sample_path(HANZHONG)).stderr == b""  # a notice with tasks: nothing said


def test_task_section_matching_no_section_is_an_error_listing_the_sections():
    stderr = _one_error(run("parse", sample_path(HANZHONG), "--task-section", "重点任务清单"), "重点任务清单", "matches no section")
    assert "一、持续深化行政审批制度改革" in stderr and "五、聚力推动营商环境优化提升" in stderr
    assert run("parse", sample_path(HANZHONG), "--task-section", "行政审批").returncode == 0


# --- a bug is one line too ---------------------------------------------------------------


def test_an_internal_error_is_one_line_exit_3_and_a_traceback_only_when_asked(monkeypatch, capsys):
    import policy_extract.pipeline
    from policy_extract.cli import main

    def broken(*args, **kwargs):
        raise TypeError("'>' not supported between instances of 'NoneType' and 'str'")

    monkeypatch.setattr(policy_extract.pipeline, "parse_plain", broken)  # what the command line runs (parse_loaded goes through it too)
    monkeypatch.delenv("POLICY_EXTRACT_TRACEBACK", raising=False)
    with pytest.raises(SystemExit) as info:
        main(["parse", str(sample_path(HANZHONG))])
    assert info.value.code == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (TypeError" in err and "Traceback" not in err
    monkeypatch.setenv("POLICY_EXTRACT_TRACEBACK", "1")
    with pytest.raises(TypeError):
        main(["parse", str(sample_path(HANZHONG))])
