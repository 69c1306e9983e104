"""`policy-extract parse FILE [--format json|yaml] [-o OUT]` is read without click (cli.fast_args)
and must do exactly what the click command does: the same bytes on stdout and in the output
file, the same messages on stderr, the same exit code."""
from __future__ import annotations

import shutil

import pytest

from conftest import HANZHONG, TABLE, sample_path
from policy_extract.cli import fast_args, main


def _run(capfdbinary, args, fast):
    with pytest.raises(SystemExit) as info:
        main(args, fast=fast)
    out, err = capfdbinary.readouterr()
    return info.value.code, out, err


def _cases(tmp_path):
    notice = tmp_path / "notice.txt"
    shutil.copy(sample_path(HANZHONG), notice)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "hello.txt").write_text("你好\n", encoding="utf-8")
    (tmp_path / "notice.xyz").write_text("一、重点任务\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    out = str(tmp_path / "out.json")
    return [
        ["parse", str(notice)],
        ["parse", str(sample_path(TABLE)), "--format", "yaml"],
        ["parse", str(notice), "--format", "json", "-o", out],
        ["parse", str(notice), "--output", str(tmp_path / "new" / "x.yaml"), "--format", "yaml"],
        ["parse", str(notice), "-o", "-"],
        ["parse", str(notice), "-o", str(notice)],  # the input itself: refused
        ["parse", str(notice), "-o", str(tmp_path / "folder")],  # a folder: click's message
        ["parse", str(tmp_path / "missing.txt")],
        ["parse", str(tmp_path / "empty.txt")],
        ["parse", str(tmp_path / "binary.txt")],
        ["parse", str(tmp_path / "hello.txt")],  # no tasks: a warning on stderr
        ["parse", str(tmp_path / "notice.xyz")],
        ["parse", str(tmp_path / "folder")],
        ["parse", str(notice), "--format", "csv"],  # not the fast form: click
    ]


def test_the_plain_calls_take_the_fast_path(tmp_path):
    cases = _cases(tmp_path)
    fast = [c for c in cases if fast_args(c) is not None]
    assert len(fast) == 11
    assert fast_args(["parse", "-"]) is None and fast_args(["parse", "x.txt", "--task-level", "2"]) is None
    assert fast_args(["parse", "x.txt", "--format=json"]) is None and fast_args(["parse", "x.txt", "-o"]) is None


def test_fast_and_click_paths_give_the_same_bytes_messages_and_exit_codes(tmp_path, capfdbinary):
    for args in _cases(tmp_path):
        written = [a for a in args[2:] if a.startswith(str(tmp_path)) and a.endswith((".json", ".yaml"))]
        results = []
        for fast in (True, False):
            for path in written:
                shutil.rmtree(tmp_path / "new", ignore_errors=True)
                (tmp_path / "out.json").unlink(missing_ok=True)
            code, out, err = _run(capfdbinary, args, fast)
            files = [open(p, "rb").read() for p in written]
            results.append((code, out, err, files))
        assert results[0] == results[1], args
        code, out, err, files = results[0]
        assert code in (0, 2), (args, err)
        assert (out or any(files)) if code == 0 else err.startswith(b"policy-extract: error: "), args
