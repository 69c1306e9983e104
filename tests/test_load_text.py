"""Stage 1 (text loader): every encoding a Chinese notice is saved in decodes to the same
text; binary and empty files are refused with one line; line numbers are 1-based and kept."""
from __future__ import annotations

import codecs
import hashlib

import pytest

from conftest import HANZHONG, STD2023, TABLE, loaded, quote, sample_path, sample_text
from policy_extract.errors import InputError
from policy_extract.load import load
from policy_extract.load.text import decode_text, text_to_lines

# Real paragraphs, copied from the samples.
HANZHONG_PARAGRAPH = "\n".join(
    [
        quote(HANZHONG, "2024年汉中市推进政府职能转变工作要点"),
        "",
        quote(HANZHONG, "一、持续深化行政审批制度改革"),
        "",
        quote(
            HANZHONG,
            "1.开展“高效办成一件事”改革。按照迭代优化“一件事一次办”标准,进一步优化政务服务提升行政效能推动“高效办成一件事”,"
            "大力推进今年省级部署的第一批13个重点事项落地见效。",
        ),
    ]
)
STD2023_PARAGRAPH = "\n".join(
    [
        quote(STD2023, "（二）工作目标。2023年底前，市、区县（开发区）、街道"),
        "",
        quote(STD2023, "（镇）、社区（村）四级政务服务能力和水平显著提升。全面实行行政许可事项清单管理并规范运行。"),
        quote(STD2023, "（牵头单位：市行政审批局；责任单位：各区县政府、西咸新区管委会、各开发区管委会）"),
    ]
)

ENCODERS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "gb18030": lambda t: t.encode("gb18030"),
    "gbk": lambda t: t.encode("gbk"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
}


# charset-normalizer finds no encoding at all for the GB18030/GBK bytes of the 2023 page-break
# paragraph (lines 28–30); the loader must then still try GB18030 strictly.
ENCODING_CASES = [
    pytest.param(
        text,
        encoding,
        id=f"{name}-{encoding}",
    )
    for name, text in (("hanzhong-halfwidth", HANZHONG_PARAGRAPH), ("std2023-fullwidth", STD2023_PARAGRAPH))
    for encoding in ENCODERS
]


@pytest.mark.parametrize("text,encoding", ENCODING_CASES)
def test_every_encoding_decodes_to_the_same_text(tmp_path, encoding, text):
    data = ENCODERS[encoding](text)
    path = tmp_path / "notice.txt"
    path.write_bytes(data)
    doc = load(path)
    assert [line.text for line in doc.lines] == text.split("\n")
    assert [line.line for line in doc.lines] == list(range(1, text.count("\n") + 2))
    assert doc.format == "txt"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()  # the hash is of the bytes as given


@pytest.mark.parametrize("stem", [STD2023, TABLE])
def test_a_whole_sample_saved_as_gb18030_reads_like_the_utf8_file(tmp_path, stem):
    path = tmp_path / f"{stem}.txt"
    path.write_bytes(sample_text(stem).encode("gb18030"))
    assert [(l.text, l.line) for l in load(path).lines] == [(l.text, l.line) for l in loaded(stem).lines]


def test_decode_text_prefers_the_byte_order_mark():
    text = quote(HANZHONG, "汉中市人民政府办公室")
    assert decode_text(codecs.BOM_UTF8 + text.encode("utf-8"), "x") == text  # the BOM is not kept as U+FEFF
    assert decode_text(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "x") == text


def test_markdown_suffix_gives_md_format(tmp_path):
    path = tmp_path / "notice.md"
    path.write_text(HANZHONG_PARAGRAPH, encoding="utf-8")
    assert load(path).format == "md"


# --- refused input: InputError with a one-line message ----------------------------------


def _one_line_error(path):
    with pytest.raises(InputError) as info:
        load(path)
    message = str(info.value)
    assert message and "\n" not in message
    assert str(path) in message  # says which file
    return message


def test_png_bytes_are_refused_as_binary(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00")
    assert "binary" in _one_line_error(path)


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in _one_line_error(path)


@pytest.mark.parametrize("data", [codecs.BOM_UTF8, b"  \r\n\r\n\t\n", codecs.BOM_UTF16_LE], ids=["bom-only", "blank-lines", "utf16-bom-only"])
def test_a_file_with_no_words_is_empty(tmp_path, data):
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    assert "empty" in _one_line_error(path)


def test_bad_utf16_after_bom_is_refused(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + b"\x00")  # an odd number of bytes cannot be UTF-16
    _one_line_error(path)


def test_missing_file_is_refused(tmp_path):
    assert "no such file" in _one_line_error(tmp_path / "missing.txt")


def test_directory_is_refused(tmp_path):
    folder = tmp_path / "notices.txt"
    folder.mkdir()
    _one_line_error(folder)


def test_unsupported_extension_is_refused(tmp_path):
    path = tmp_path / "tasks.xls"
    path.write_bytes(sample_text(HANZHONG).encode("utf-8"))
    assert "unsupported" in _one_line_error(path)


# --- line numbers ------------------------------------------------------------------------


def test_line_numbers_are_one_based_and_blank_lines_count():
    lines = loaded(HANZHONG).lines
    assert [l.line for l in lines] == list(range(1, len(lines) + 1))
    assert lines[0].text == quote(HANZHONG, "汉中市人民政府办公室关于印发2024年汉中市推进政府职能转变工作要点的通知")
    assert lines[1].text == ""  # blank lines are kept, so numbers match the file
    assert (lines[13].line, lines[13].text) == (14, "2024年汉中市推进政府职能转变工作要点")
    assert lines[18].line == 19 and lines[18].text == "一、持续深化行政审批制度改革"
    assert len(lines) == sample_text(HANZHONG).count("\n") + 1


def test_crlf_line_ends_keep_the_line_numbers(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(sample_text(STD2023).replace("\n", "\r\n").encode("utf-8"))
    assert [(l.text, l.line) for l in load(path).lines] == [(l.text, l.line) for l in loaded(STD2023).lines]


def test_text_to_lines_numbers_from_one():
    lines = text_to_lines("一、总体要求\r\n\r\n二、重点任务")
    assert [(l.text, l.line) for l in lines] == [("一、总体要求", 1), ("", 2), ("二、重点任务", 3)]


def test_sample_path_is_the_file_loaded():
    assert loaded(TABLE).path == str(sample_path(TABLE))
