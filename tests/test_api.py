"""The Python API: `parse(path)` for files, `parse_text(text)` for text; what is neither
raises InputError with a clear message, never a TypeError or a traceback from inside."""
from __future__ import annotations

from pathlib import Path

import pytest

import policy_extract
from conftest import HANZHONG, sample_path, sample_text, task_count
from policy_extract import InputError


def test_parse_takes_a_path_and_parse_text_takes_text():
    from_path = policy_extract.parse(sample_path(HANZHONG))
    from_str_path = policy_extract.parse(str(sample_path(HANZHONG)))
    from_text = policy_extract.parse_text(sample_text(HANZHONG))
    assert len(from_path.tasks) == len(from_text.tasks) == task_count(HANZHONG)
    assert from_path.tasks == from_str_path.tasks == from_text.tasks
    assert from_text.source.path == "<text>" and from_text.source.format == "txt"
    assert policy_extract.parse_text(sample_text(HANZHONG), name="hz.txt").source.path == "hz.txt"


def test_parse_text_of_one_line_is_text_not_a_path():
    doc = policy_extract.parse_text("二、重点任务 1.推进清单标准化。（牵头单位：市行政审批局）")
    assert doc.source.path == "<text>"


@pytest.mark.parametrize(
    "value,words",
    [
        (None, ["NoneType", "parse_text"]),
        (42, ["int"]),
        (b"notice.txt", ["bytes"]),
        ("", ["empty path"]),
        ("一、重点任务：推进清单标准化，" * 40, ["no file is named", "parse_text"]),  # a long one-line notice
        ("x" * 5000, ["no file is named"]),
    ],
)
def test_parse_refuses_what_is_not_a_path(value, words):
    with pytest.raises(InputError) as info:
        policy_extract.parse(value)
    message = str(info.value)
    assert "\n" not in message
    for word in words:
        assert word in message


@pytest.mark.parametrize(
    "value,words",
    [
        (None, ["NoneType"]),
        (["一、总体要求"], ["list"]),
        (b"\xe4\xb8\x80", ["bytes", "decode"]),
        ("   \n  ", ["empty"]),
        ("一、重点任务\n1.推进\ud800清单标准化。", ["lone surrogate", "U+D800", "line 2"]),
        ("\udcff", ["lone surrogate"]),
    ],
)
def test_parse_text_refuses_what_is_not_text(value, words):
    with pytest.raises(InputError) as info:
        policy_extract.parse_text(value)
    for word in words:
        assert word in str(info.value)


def test_surrogates_in_a_text_with_line_breaks_given_to_parse():
    with pytest.raises(InputError, match="lone surrogate"):
        policy_extract.parse("一、重点任务\n1.推进\udc80清单。")


@pytest.mark.parametrize(
    "options,word",
    [({"task_level": 0}, "task_level"), ({"task_level": "2"}, "task_level"), ({"task_level": True}, "task_level"), ({"task_section": 3}, "task_section"), ({"task_section": ""}, "task_section"), ({"simplified": "yes"}, "simplified")],
)
def test_bad_options_raise_input_error(options, word):
    with pytest.raises(InputError, match=word):
        policy_extract.parse_text(sample_text(HANZHONG), **options)


def test_missing_file_and_unknown_section_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        policy_extract.parse(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="matches no section"):
        policy_extract.parse(sample_path(HANZHONG), task_section="没有这一节")


def test_a_file_name_with_undecodable_bytes_gives_utf8_output(tmp_path):
    import os

    name = os.fsdecode(b"notice-\xff.txt")  # a byte that is not UTF-8: a lone surrogate in Python
    path = Path(tmp_path) / name
    path.write_bytes(sample_path(HANZHONG).read_bytes())
    doc = policy_extract.parse(path)
    assert "\ufffd" in doc.source.path
    doc.to_json().encode("utf-8")
