"""Decompression bombs: a DOCX (or any zip package) that would unpack to too much, or
holds too many parts, is refused from its directory before anything is unpacked, with
one line and exit 2, in well under a second. The bombs are real (their parts do unpack
to what they declare) and are built here, small on disk."""
from __future__ import annotations

import io
import shutil
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from conftest import run_cli
from policy_extract.errors import InputError
from policy_extract.load import load, sniff_format
from policy_extract.load.zipguard import MAX_PART_BYTES, MAX_PARTS, MAX_TOTAL_BYTES, check_zip

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOOD_DOCX = FIXTURES / "docx" / "hanzhong-2024-function-transformation.docx"
MiB = 1024 * 1024


def _deflated_repeat(chunk: bytes, times: int) -> tuple[bytes, int]:
    """Raw deflate data that unpacks to chunk * times, and its CRC, without compressing
    the whole: one fully flushed block repeated (each block stands alone)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    return block * times + c.flush(zlib.Z_FINISH), crc


def _zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip from (name, stored data, unpacked size, crc, method) entries, written by hand
    so that the same compressed data can stand for several parts."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, size, crc, method in entries:
        offset = out.tell()
        raw = name.encode()
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, method, 0, 0, crc, len(data), size, len(raw), 0) + raw + data)
        central.write(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, method, 0, 0, crc, len(data), size, len(raw), 0, 0, 0, 0, 0, offset) + raw)
    cd = central.getvalue()
    count = len(entries)
    eocd = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(cd), out.tell(), 0)
    return out.getvalue() + cd + eocd


def _docx_parts() -> list[tuple[str, bytes, int, int, int]]:
    """The parts of a real small DOCX, stored."""
    with zipfile.ZipFile(GOOD_DOCX) as zf:
        return [(i.filename, zf.read(i), i.file_size, i.CRC, zipfile.ZIP_STORED) for i in zf.infolist()]


def _with_document(document: tuple[bytes, int, int]) -> bytes:
    data, size, crc = document
    parts = [p for p in _docx_parts() if p[0] != "word/document.xml"]
    return _zip(parts + [("word/document.xml", data, size, crc, zipfile.ZIP_DEFLATED)])


def _xml_bomb(unpacked: int) -> tuple[bytes, int, int]:
    chunk = (b'<w:p><w:r><w:t>x</w:t></w:r></w:p>' * 40000)[:MiB]
    data, crc = _deflated_repeat(chunk, unpacked // MiB)
    return data, unpacked, crc


@pytest.fixture(scope="module")
def part_bomb(tmp_path_factory) -> Path:
    """A DOCX whose document.xml unpacks to 256 MB (4 × the per-part limit)."""
    path = tmp_path_factory.mktemp("bombs") / "part-bomb.docx"
    path.write_bytes(_with_document(_xml_bomb(4 * MAX_PART_BYTES)))
    return path


@pytest.fixture(scope="module")
def total_bomb(tmp_path_factory) -> Path:
    """A DOCX with nine media parts of 48 MB each (each under the per-part limit,
    432 MB together, over the total limit); the nine share one compressed stream."""
    data, crc = _deflated_repeat(b"\0" * MiB, 48)
    media = [(f"word/media/image{i}.png", data, 48 * MiB, crc, zipfile.ZIP_DEFLATED) for i in range(9)]
    path = tmp_path_factory.mktemp("bombs") / "total-bomb.docx"
    path.write_bytes(_zip(_docx_parts() + media))
    return path


@pytest.fixture(scope="module")
def parts_bomb(tmp_path_factory) -> Path:
    """A DOCX with more parts than the limit (empty ones)."""
    empty = [(f"{i:x}", b"", 0, 0, zipfile.ZIP_STORED) for i in range(MAX_PARTS + 1)]
    document = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    path = tmp_path_factory.mktemp("bombs") / "parts-bomb.docx"
    path.write_bytes(_zip([("word/document.xml", document, len(document), zlib.crc32(document), zipfile.ZIP_STORED)] + empty))
    return path


def test_the_bombs_are_small_on_disk_and_really_unpack(part_bomb, total_bomb, parts_bomb):
    assert part_bomb.stat().st_size < 2 * MiB and total_bomb.stat().st_size < 2 * MiB and parts_bomb.stat().st_size < 2 * MiB
    with zipfile.ZipFile(part_bomb) as zf:
        with zf.open("word/document.xml") as fh:
            assert fh.read(MiB).startswith(b"<w:p>")  # a real deflate stream, not a lying header
        assert zf.getinfo("word/document.xml").file_size == 4 * MAX_PART_BYTES
    with zipfile.ZipFile(total_bomb) as zf:
        assert sum(i.file_size for i in zf.infolist()) > MAX_TOTAL_BYTES
        assert max(i.file_size for i in zf.infolist()) <= MAX_PART_BYTES


@pytest.mark.parametrize("bomb,words", [("part_bomb", ["document.xml", "per part"]), ("total_bomb", ["would unpack to", "limit"]), ("parts_bomb", ["parts", str(MAX_PARTS)])])
def test_load_refuses_a_bomb_at_once(request, bomb, words):
    path = request.getfixturevalue(bomb)
    started = time.perf_counter()
    with pytest.raises(InputError) as info:
        load(path)
    assert time.perf_counter() - started < 1.0
    message = str(info.value)
    assert "\n" not in message and str(path) in message and "bomb" in message
    for word in words:
        assert word in message


def test_cli_refuses_a_bomb_with_one_line_and_exit_2(part_bomb):
    started = time.perf_counter()
    result = run_cli("parse", str(part_bomb), timeout=60)
    elapsed = time.perf_counter() - started
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr and "bomb" in result.stderr
    assert elapsed < 5.0  # start-up included; the check itself is timed above


def test_a_bomb_renamed_txt_is_refused_too(part_bomb, tmp_path):
    renamed = tmp_path / "notice.txt"
    shutil.copy(part_bomb, renamed)
    with pytest.raises(InputError, match="bomb"):
        load(renamed)


def test_check_zip_takes_a_path_bytes_a_file_or_a_zipfile(part_bomb):
    data = part_bomb.read_bytes()
    for source in (part_bomb, str(part_bomb), data, io.BytesIO(data)):
        with pytest.raises(InputError, match="per part"):
            check_zip(source, "bomb.docx")
    with zipfile.ZipFile(part_bomb) as zf:
        with pytest.raises(InputError, match="per part"):
            check_zip(zf, "bomb.docx")


def test_bzip2_parts_are_refused(tmp_path):
    """zipfile unpacks bzip2/lzma parts without its size cap; office packages never use them."""
    path = tmp_path / "bz.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_BZIP2) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(InputError, match="compression method"):
        check_zip(path)


def test_real_packages_and_non_zips_pass(tmp_path):
    check_zip(GOOD_DOCX)  # a real notice is far under every limit
    for docx in sorted((FIXTURES / "docx").glob("*.docx")):
        check_zip(docx)  # damaged and renamed ones are left to the loader's own words
    text = tmp_path / "a.txt"
    text.write_text("一、总体要求", encoding="utf-8")
    check_zip(text)
    assert sniff_format(GOOD_DOCX) == "docx"


def test_limits_can_be_given(tmp_path):
    with pytest.raises(InputError, match="limit 3"):
        check_zip(GOOD_DOCX, max_parts=3)
    with pytest.raises(InputError, match="per part"):
        check_zip(GOOD_DOCX, max_part=100)
