"""Bad bytes are not a lost notice: a UTF-8 file with a stray byte or a character cut off
at the end is read with U+FFFD and a warning saying how many and on which lines; UTF-16
without a byte-order mark is recognised; a PDF or DOCX renamed .txt/.html is read as what
its bytes are."""
from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest

from conftest import HANZHONG, STD2023, loaded, run_cli, sample_text, task_count
from policy_extract.errors import InputError
from policy_extract.load import load, sniff_format

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _line_of(text: str, phrase: str) -> int:
    return text[: text.index(phrase)].count("\n") + 1


def test_a_stray_byte_is_replaced_and_reported_with_its_line(tmp_path):
    text = sample_text(HANZHONG)
    data = text.encode("utf-8")
    at = data.index("一、持续深化".encode())
    path = tmp_path / "stray.txt"
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    doc = load(path)
    good = loaded(HANZHONG)
    line = _line_of(text, "一、持续深化")
    assert len(doc.lines) == len(good.lines)
    assert doc.lines[line - 1].text == "\ufffd" + good.lines[line - 1].text
    assert [l.text for l in doc.lines if l.line != line] == [l.text for l in good.lines if l.line != line]
    (warning,) = doc.warnings
    assert warning.code == "bad-bytes" and warning.line == line
    assert "1 byte" in warning.message and f"line {line}" in warning.message


def test_several_bad_bytes_name_how_many_and_the_lines(tmp_path):
    text = sample_text(STD2023)
    lines = text.split("\n")
    data = "\n".join(lines[:10]).encode() + b"\x80\x80\n" + "\n".join(lines[10:30]).encode() + b"\xc3\n" + "\n".join(lines[30:]).encode()
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (warning,) = load(path).warnings
    assert "3 bytes" in warning.message and "lines 10, 30" in warning.message


def test_a_character_cut_off_at_the_end_is_reported(tmp_path):
    data = sample_text(HANZHONG).rstrip().encode("utf-8")
    assert data[-3:].decode("utf-8")  # ends on a whole CJK character
    path = tmp_path / "cut.txt"
    path.write_bytes(data[:-1])
    doc = load(path)
    assert doc.lines[-1].text.endswith("\ufffd")
    (warning,) = doc.warnings
    assert "cut off" in warning.message and warning.line == len(doc.lines)


def test_the_warning_reaches_the_output_and_stderr(tmp_path):
    data = sample_text(HANZHONG).encode("utf-8")
    at = data.index("二、".encode())
    path = tmp_path / "stray.txt"
    path.write_bytes(data[:at] + b"\xfe" + data[at:])
    result = run_cli("parse", path)
    assert result.returncode == 0
    assert "bad-bytes" in result.stdout and "not UTF-8" in result.stderr and str(path) in result.stderr
    assert '"tasks"' in result.stdout and result.stdout.count('"lead_units"') == task_count(HANZHONG)


def test_gb18030_text_is_still_read_as_gb18030_not_repaired_utf8(tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes(sample_text(STD2023).encode("gb18030"))
    doc = load(path)
    assert doc.warnings == [] and [l.text for l in doc.lines] == [l.text for l in loaded(STD2023).lines]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(tmp_path, encoding):
    path = tmp_path / "u16.txt"
    path.write_bytes(sample_text(HANZHONG).encode(encoding))
    assert [l.text for l in load(path).lines] == [l.text for l in loaded(HANZHONG).lines]


def test_utf16_without_a_bom_of_a_short_cjk_only_text(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("一、总体要求\n二、重点任务\n".encode("utf-16-le"))
    assert [l.text for l in load(path).lines][:2] == ["一、总体要求", "二、重点任务"]


def test_binary_is_still_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError, match="binary"):
        load(path)


@pytest.mark.parametrize("fmt,suffix", [("pdf", ".txt"), ("pdf", ".html"), ("docx", ".txt"), ("docx", ".html"), ("docx", ".pdf"), ("pdf", ".docx")])
def test_a_renamed_pdf_or_docx_is_read_as_what_its_bytes_are(tmp_path, fmt, suffix):
    renamed = tmp_path / f"notice{suffix}"
    shutil.copy(FIXTURES / fmt / f"{HANZHONG}.{fmt}", renamed)
    assert sniff_format(renamed) == fmt
    doc = load(renamed)
    assert doc.format == fmt and doc.path == str(renamed)
    (warning,) = [w for w in doc.warnings if w.code == "format-by-content"]
    assert suffix in warning.message
    import policy_extract

    assert len(policy_extract.parse(renamed).tasks) == task_count(HANZHONG)


def test_text_renamed_docx_keeps_its_own_message(tmp_path):
    with pytest.raises(InputError, match="not a Word"):
        load(FIXTURES / "docx" / "broken-renamed-text.docx")


def test_sniff_format_says_none_for_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "一、总体要求".encode())
    assert sniff_format(path) is None
    assert sniff_format(tmp_path / "missing.txt") is None


def test_lone_surrogates_from_a_loader_become_replacement_characters(tmp_path, monkeypatch):
    """A damaged PDF's text layer can hold lone surrogates; they would break UTF-8 output."""
    from policy_extract.load import text as text_loader
    from policy_extract.load.base import LoadedDocument, SourceLine

    def damaged(path, fmt):
        return LoadedDocument(str(path), fmt, "0" * 64, [SourceLine("一、重点任务", 1), SourceLine("1.推进\udf00清单。（牵头单位：市行政审批局）", 2)])

    monkeypatch.setattr(text_loader, "load_text", damaged)
    path = tmp_path / "n.txt"
    path.write_text("x", encoding="utf-8")
    doc = load(path)
    assert doc.lines[1].text == "1.推进\ufffd清单。（牵头单位：市行政审批局）"
    (warning,) = doc.warnings
    assert warning.code == "bad-bytes" and warning.line == 2
    import policy_extract

    assert policy_extract.parse(path).to_json().encode("utf-8")
