""".doc, .wps, .odt and .rtf through LibreOffice; every format recognised by its bytes.

The samples' .docx files are saved as .doc, .odt and .rtf by LibreOffice here, and each
must give the tasks of its .docx. Tests that need LibreOffice skip without it."""
from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import pytest

import policy_extract
from conftest import run_cli
from policy_extract.errors import InputError
from policy_extract.load import load, office
from policy_extract.load.sniff import OLE2_MAGIC, sniff_format

# the bytes of an OLE2 file that names a Word stream but holds nothing readable
FAKE_DOC = OLE2_MAGIC + b"\x00" * 600 + "WordDocument".encode("utf-16-le") + b"\x00" * 100

ROOT = Path(__file__).resolve().parent.parent
DOCX = ROOT / "tests" / "fixtures" / "docx"
SAMPLES = sorted(p.stem for p in (ROOT / "samples").glob("*.txt"))
FORMATS = ["doc", "odt", "rtf"]
SOFFICE = office.find_soffice()
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")


def _summary(doc):
    return [
        (t.number, t.text, tuple(u.name for u in t.lead_units), tuple(u.name for u in t.responsible_units),
         t.deadline.date if t.deadline is not None else None)
        for t in doc.tasks
    ]


def _save_as(fmt: str, files: list[Path], outdir: Path) -> None:
    """LibreOffice saves the files in another format (as an office would)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
             "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)],
            check=True, capture_output=True, timeout=300,
        )


# Every sample in every format is 15 LibreOffice runs of the tool (~2 s of CPU each, most of
# the suite's time): by default each sample runs in one format (the table notice as .doc,
# each format twice but .rtf, whose second sample is the renamed-file test below); the other
# cells are marked `extended` (left out by the default `-m "not extended"` in pyproject.toml,
# run by .ci/run with `pytest -m extended`).
TABLE = "xian-2022-fangguanfu-division-table"
DEFAULT_CELLS = {
    (TABLE, "doc"), ("yanta-2022-gov-services-plan", "doc"),
    (SAMPLES[0], "odt"), ("xian-2023-gov-services-standardization", "odt"),
    ("xian-2025-admin-efficiency-plan", "rtf"),
}
assert {name for name, _ in DEFAULT_CELLS} == set(SAMPLES) and {fmt for _, fmt in DEFAULT_CELLS} == set(FORMATS)
MATRIX = [
    pytest.param(name, fmt, id=f"{name}-{fmt}", marks=[] if (name, fmt) in DEFAULT_CELLS else [pytest.mark.extended])
    for name in SAMPLES for fmt in FORMATS
]


@lru_cache(maxsize=None)
def docx_summary(name: str):
    return _summary(policy_extract.parse(str(DOCX / f"{name}.docx")))


@pytest.fixture(scope="module")
def converted(tmp_path_factory, request):
    """The samples saved as .doc/.odt/.rtf by LibreOffice (the cells this run selected, and
    the first sample in every format for the renamed-file tests) and the tool's parse of
    each selected cell."""
    out = tmp_path_factory.mktemp("office")
    selected = {(item.callspec.params["name"], item.callspec.params["fmt"]) for item in request.session.items
                if item.originalname == "test_sample_saved_as_office_format_gives_the_docx_tasks"}
    saved = selected | {(SAMPLES[0], fmt) for fmt in FORMATS}
    for fmt in FORMATS:
        _save_as(fmt, [DOCX / f"{name}.docx" for name in SAMPLES if (name, fmt) in saved], out)
    paths = {(name, fmt): out / f"{name}.{fmt}" for name, fmt in sorted(saved)}
    jobs = sorted(selected)
    with ThreadPoolExecutor(2) as pool:  # each parse runs a LibreOffice of its own
        docs = dict(zip(jobs, pool.map(lambda cell: policy_extract.parse(str(paths[cell])), jobs)))
    return paths, docs


@needs_soffice
@pytest.mark.slow
@pytest.mark.parametrize("name,fmt", MATRIX)
def test_sample_saved_as_office_format_gives_the_docx_tasks(name, fmt, converted):
    paths, docs = converted
    want = docx_summary(name)
    doc = docs[(name, fmt)]
    assert doc.source.format == fmt
    assert doc.source.path == str(paths[(name, fmt)])
    assert len(doc.tasks) == len(want)
    assert _summary(doc) == want


@needs_soffice
def test_doc_renamed_docx_is_read_as_doc(converted, tmp_path):
    paths, docs = converted
    name = SAMPLES[0]
    renamed = tmp_path / f"{name}.docx"
    shutil.copy(paths[(name, "doc")], renamed)
    doc = policy_extract.parse(str(renamed))
    assert doc.source.format == "doc"
    assert _summary(doc) == docx_summary(name)  # as the .doc itself gives (the matrix test)


@needs_soffice
def test_odt_renamed_doc_and_rtf_renamed_txt_are_read_by_content(converted, tmp_path):
    paths, docs = converted
    name = SAMPLES[0]
    odt = tmp_path / "notice.doc"
    shutil.copy(paths[(name, "odt")], odt)
    assert policy_extract.parse(str(odt)).source.format == "odt"
    rtf = tmp_path / "notice.txt"
    shutil.copy(paths[(name, "rtf")], rtf)
    doc = policy_extract.parse(str(rtf))
    assert doc.source.format == "rtf"
    assert _summary(doc) == docx_summary(name)  # as the .rtf itself gives (the matrix test)


@needs_soffice
def test_conversion_leaves_no_temporary_files(converted, tmp_path, monkeypatch):
    paths, _ = converted
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    before = set(tmp_path.iterdir())
    assert load(paths[(SAMPLES[0], "rtf")]).lines
    assert set(tmp_path.iterdir()) == before


@needs_soffice
def test_conversion_timeout_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(office, "TIMEOUT", 0.05)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    f = tmp_path / "x.rtf"
    f.write_text("{\\rtf1\\ansi 通知}", encoding="utf-8")
    before = set(tmp_path.iterdir())
    with pytest.raises(InputError) as exc:
        load(f)
    assert "took more than" in str(exc.value) and "\n" not in str(exc.value)
    assert set(tmp_path.iterdir()) == before


@needs_soffice
def test_damaged_doc_is_one_line_not_garbage_text(tmp_path):
    f = tmp_path / "broken.doc"
    f.write_bytes(FAKE_DOC)
    with pytest.raises(InputError) as exc:
        load(f)
    msg = str(exc.value)
    assert msg.startswith(str(f)) and "\n" not in msg and "could not convert" in msg


def test_ole2_without_word_stream_is_one_line(tmp_path):
    f = tmp_path / "sheet.doc"
    f.write_bytes(OLE2_MAGIC + b"\x00" * 600)
    with pytest.raises(InputError) as exc:
        load(f)
    assert "no Word document in it" in str(exc.value)


def test_web_page_or_text_named_doc(tmp_path):
    page = tmp_path / "notice.doc"
    page.write_text("<html><head><meta charset='utf-8'></head><body><p>一、重点任务</p>"
                    "<p>1.推进政务服务改革。（牵头单位：市行政审批局）</p></body></html>", encoding="utf-8")
    doc = policy_extract.parse(str(page))
    assert doc.source.format == "html"
    assert [u.name for u in doc.tasks[0].lead_units] == ["市行政审批局"]
    text = tmp_path / "plain.doc"
    text.write_text("一、重点任务", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load(text)
    assert "is not a .doc file" in str(exc.value) and ".txt" in str(exc.value)


# --- without LibreOffice -----------------------------------------------------------
def test_without_libreoffice_one_line_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(office, "find_soffice", lambda: None)
    for name, data in [("a.doc", FAKE_DOC), ("b.wps", FAKE_DOC),
                       ("c.rtf", b"{\\rtf1 x}"), ("d.odt", _odt_bytes())]:
        f = tmp_path / name
        f.write_bytes(data)
        with pytest.raises(InputError) as exc:
            load(f)
        msg = str(exc.value)
        assert "\n" not in msg
        assert "libreoffice-writer-nogui" in msg and "save it as .docx" in msg


def test_cli_without_libreoffice_exits_2_with_one_line(tmp_path):
    import os
    import sys

    f = tmp_path / "a.doc"
    f.write_bytes(FAKE_DOC)
    env = dict(os.environ, PATH=str(Path(sys.executable).parent))  # no soffice on it
    r = run_cli("parse", str(f), env=env, timeout=120)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "LibreOffice" in r.stderr and "Traceback" not in r.stderr


# --- recognised by bytes -------------------------------------------------------------
def _odt_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
    return buf.getvalue()


def test_sniff_format_by_bytes(tmp_path):
    def kind(name: str, data: bytes) -> str | None:
        f = tmp_path / name
        f.write_bytes(data)
        return sniff_format(f)

    assert kind("a.txt", (DOCX / f"{SAMPLES[0]}.docx").read_bytes()) == "docx"
    assert kind("a.doc", (ROOT / "tests" / "fixtures" / "pdf" / f"{SAMPLES[0]}.pdf").read_bytes()) == "pdf"
    assert kind("a.zip", (ROOT / "tests" / "fixtures" / "ofd" / "luxun-essay-2pages.ofd").read_bytes()) == "ofd"
    assert kind("a.docx", _odt_bytes()) == "odt"
    assert kind("a.docx", OLE2_MAGIC + b"\x00" * 100) == "ole2"
    assert kind("a.doc", b"{\\rtf1\\ansi x}") == "rtf"
    assert kind("a.docx", "一、总体要求".encode("utf-8")) is None
    assert kind("a.html", b"<html><body>%PDF-1.4 in a page</body></html>") is None
    assert kind("damaged.docx", (DOCX / "broken-truncated.docx").read_bytes()) is None
    assert sniff_format(tmp_path / "missing.doc") is None


def test_docx_renamed_doc_is_read_as_docx(tmp_path):
    name = SAMPLES[0]
    renamed = tmp_path / f"{name}.doc"
    shutil.copy(DOCX / f"{name}.docx", renamed)
    doc = policy_extract.parse(str(renamed))  # no LibreOffice needed: it is a .docx
    assert doc.source.format == "docx"
    assert _summary(doc) == _summary(policy_extract.parse(str(DOCX / f"{name}.docx")))
