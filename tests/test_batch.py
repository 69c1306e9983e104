"""`policy-extract batch`: outputs at the same relative paths, an index, failures recorded,
atomic writes, --resume, and an interrupted batch that leaves no partial file."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import time
from pathlib import Path

import pytest

from conftest import BATCH_OF_COPIES, HANZHONG, ROOT, TABLE, make_notice_folder, sample_path, start_batch_of_copies, task_count
from conftest import run_cli as run

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture()
def notices(tmp_path):
    src = tmp_path / "in"
    return make_notice_folder(src)


def index_rows(outdir: Path) -> dict[str, dict]:
    data = json.loads((outdir / "index.json").read_text(encoding="utf-8"))
    return {row["source"]: row for row in data["documents"]}


def test_batch_writes_outputs_index_and_exits_1_on_a_failure(notices, tmp_path):
    out = tmp_path / "out"
    result = run("batch", str(notices), "-o", str(out), "--workers", "2")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    for s in SAMPLES:
        data = json.loads((out / (s.stem + ".json")).read_text(encoding="utf-8"))
        assert data["source"]["path"].endswith(s.name)
    assert (out / "sub" / "copy.json").exists()
    rows = index_rows(out)
    assert rows["binary.txt"]["status"] == "failed" and "binary" in rows["binary.txt"]["error"]
    assert rows["sheet.xls"]["status"] == "skipped"
    ok = rows["hanzhong-2024-function-transformation.txt"]
    assert ok["status"] == "ok" and ok["tasks"] == task_count(HANZHONG) and len(ok["sha256"]) == 64
    assert ok["output"] == "hanzhong-2024-function-transformation.json"
    assert not list(notices.rglob("*.json")), "nothing is written inside the input folder"


def test_batch_exits_0_when_all_succeed_and_yaml_format(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES[1], src / SAMPLES[1].name)
    out = tmp_path / "out"
    result = run("batch", str(src), "-o", str(out), "--format", "yaml", "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert (out / (SAMPLES[1].stem + ".yaml")).read_text(encoding="utf-8").startswith("schema_version:")


def test_resume_parses_nothing_again_and_gives_the_same_outputs(notices, tmp_path):
    out = tmp_path / "out"
    run("batch", str(notices), "-o", str(out), "--workers", "2")
    before = {p: p.read_bytes() for p in out.rglob("*.json") if p.name != "index.json"}
    mtimes = {p: p.stat().st_mtime_ns for p in before}
    time.sleep(0.05)
    result = run("batch", str(notices), "-o", str(out), "--resume", "--workers", "2")
    assert result.returncode == 1  # the binary file still fails
    assert {p: p.read_bytes() for p in before} == before
    assert {p: p.stat().st_mtime_ns for p in before} == mtimes, "resumed documents are not rewritten"
    assert "reused (--resume)" in result.stderr


def test_resume_redoes_a_changed_source(notices, tmp_path):
    out = tmp_path / "out"
    run("batch", str(notices), "-o", str(out), "--workers", "1")
    target = notices / SAMPLES[0].name
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    mtime = (out / (SAMPLES[0].stem + ".json")).stat().st_mtime_ns
    time.sleep(0.05)
    run("batch", str(notices), "-o", str(out), "--resume", "--workers", "1")
    assert (out / (SAMPLES[0].stem + ".json")).stat().st_mtime_ns != mtime


def test_refuses_outdir_that_is_the_input_folder(notices):
    result = run("batch", str(notices), "-o", str(notices))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "input folder" in result.stderr


def test_outdir_inside_the_input_folder_is_not_read_as_input(notices):
    out = notices / "tasks"
    run("batch", str(notices), "-o", str(out), "--workers", "1")
    rows = index_rows(out)
    assert not any(k.startswith("tasks") for k in rows)


def test_symlink_loop_is_not_followed(notices, tmp_path):
    os.symlink(notices, notices / "sub" / "loop")
    out = tmp_path / "out"
    result = run("batch", str(notices), "-o", str(out), "--workers", "1", timeout=120)
    assert result.returncode == 1
    assert len([k for k in index_rows(out) if k.endswith(".txt")]) == len(SAMPLES) + 1  # + binary.txt


@pytest.mark.slow
def test_sigint_leaves_no_partial_output_and_resume_finishes(tmp_path):
    # one notice copied: the interruption, not the parsing, is tested
    proc, out = start_batch_of_copies(tmp_path, SAMPLES[0].read_text(encoding="utf-8"), written=3)
    src = tmp_path / "in"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    written = list(out.glob("n*.json"))
    assert 0 < len(written) < BATCH_OF_COPIES, "the batch was interrupted mid-way"
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    for p in written:
        json.loads(p.read_text(encoding="utf-8"))  # every file there is whole
    result = run("batch", str(src), "-o", str(out), "--resume", "--workers", "2", timeout=300)
    assert result.returncode == 0, result.stderr
    assert len(list(out.glob("n*.json"))) == BATCH_OF_COPIES
    rows = index_rows(out)
    assert all(r["status"] == "ok" for r in rows.values()) and len(rows) == BATCH_OF_COPIES


@pytest.mark.slow
def test_mixed_formats_with_broken_fixtures(tmp_path):
    """Two samples (a notes notice and the table notice) as text, PDF and DOCX plus the broken
    fixtures: one output per good file, the failures in the index with their reasons, exit 1;
    --resume redoes nothing. (Every sample in every format: test_format_parity.)"""
    src = tmp_path / "in"
    src.mkdir()
    fixtures = ROOT / "tests" / "fixtures"
    samples = [sample_path(HANZHONG), sample_path(TABLE)]
    for s in samples:
        shutil.copy(s, src / s.name)
        for fmt in ("pdf", "docx"):
            shutil.copy(fixtures / fmt / f"{s.stem}.{fmt}", src / f"{s.stem}.{fmt}")
    broken = sorted((fixtures / "pdf").glob("broken-*.pdf")) + sorted((fixtures / "docx").glob("broken-*.docx"))
    for b in broken:
        shutil.copy(b, src / b.name)
    out = tmp_path / "out"
    result = run("batch", str(src), "-o", str(out), "--workers", "2", timeout=600)
    assert result.returncode == 1, result.stderr
    rows = index_rows(out)
    good = [r for r in rows.values() if r["status"] == "ok"]
    assert len(good) == 3 * len(samples)
    for r in good:  # a.txt, a.pdf and a.docx share a stem: each keeps its extension
        assert (out / r["output"]).exists() and r["output"].endswith((".txt.json", ".pdf.json", ".docx.json"))
    failed = {k: r["error"] for k, r in rows.items() if r["status"] == "failed"}
    assert set(failed) == {b.name for b in broken}
    assert "OCR" in failed["broken-scanned.pdf"] and "password" in failed["broken-encrypted.pdf"]
    assert all("\n" not in e for e in failed.values())
    counts = {k: r["tasks"] for k, r in rows.items() if r["status"] == "ok"}
    for s in samples:
        assert counts[s.name] == counts[f"{s.stem}.pdf"] == counts[f"{s.stem}.docx"] == task_count(s.stem)
    before = {p: p.read_bytes() for p in out.rglob("*.json") if p.name != "index.json"}
    mtimes = {p: p.stat().st_mtime_ns for p in before}
    again = run("batch", str(src), "-o", str(out), "--workers", "2", "--resume", timeout=600)
    assert again.returncode == 1
    assert {p: p.stat().st_mtime_ns for p in before} == mtimes, "nothing good is parsed again"
    assert {p: p.read_bytes() for p in before} == before
    # (the number column is as wide as its widest value: the seconds of a slow run widen it)
    assert re.search(rf"│ reused \(--resume\) +│ +{len(good)} │", again.stderr), again.stderr
