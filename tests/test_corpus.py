"""`batch --format jsonl|parquet`: one task table and one document table for a corpus,
written atomically, in a stable order, the same after --resume; Parquet holds the same
records as JSONL."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ALL_SAMPLES, HANZHONG, make_notice_folder, run_cli, task_count
from conftest import expected as golden
from policy_extract.batch import run_batch
from policy_extract.corpus import DOCUMENT_COLUMNS, TASK_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture()
def notices(tmp_path):
    src = tmp_path / "in"
    return make_notice_folder(src)


def read_jsonl(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_jsonl_tables_hold_every_task_and_document_in_a_stable_order(notices, tmp_path):
    out = tmp_path / "out"
    rows, _ = run_batch(notices, out, fmt="json", workers=1, tables="jsonl")
    tasks = read_jsonl(out / "tasks.jsonl")
    documents = read_jsonl(out / "documents.jsonl")

    # documents: every index row, in the index's order, with status, counts and warnings
    assert [d["document"] for d in documents] == [r.source for r in rows]
    assert [list(d) for d in documents] == [[name for name, _ in DOCUMENT_COLUMNS]] * len(documents)
    by_name = {d["document"]: d for d in documents}
    assert by_name["binary.txt"]["status"] == "failed" and "binary" in by_name["binary.txt"]["error"]
    assert by_name["binary.txt"]["title"] is None and by_name["binary.txt"]["warnings"] == []
    assert by_name["sheet.xls"]["status"] == "skipped"
    hz = by_name["hanzhong-2024-function-transformation.txt"]
    assert (hz["status"], hz["task_count"], hz["format"], hz["issue_date"]) == ("ok", task_count(HANZHONG), "txt", golden(HANZHONG)["issue_date"])
    assert hz["title"] == "2024年汉中市推进政府职能转变工作要点"
    assert hz["output"] == "hanzhong-2024-function-transformation.json"

    # tasks: each document's tasks as its own task list orders them, documents in index order
    expected = []
    for row in rows:
        if row.status != "ok":
            continue
        doc = json.loads((out / row.output).read_text(encoding="utf-8"))
        warnings = by_name[row.source]["warnings"]
        assert len(warnings) == row.warnings == len(doc["warnings"])
        assert all(w.startswith(orig["code"] + ": ") for w, orig in zip(warnings, doc["warnings"]))
        for task in doc["tasks"]:
            expected.append((row.source, doc["meta"]["title"], doc["meta"]["doc_number"], task["id"], task["text"]))
    assert [(t["document"], t["title"], t["doc_number"], t["id"], t["text"]) for t in tasks] == expected
    assert len(tasks) == sum(r.tasks for r in rows if r.status == "ok") == sum(task_count(s) for s in ALL_SAMPLES) + task_count(HANZHONG)  # + sub/copy.md
    assert [list(t) for t in tasks[:1]] == [[name for name, _ in TASK_COLUMNS]]

    # one task in full: units as names, the time limit as printed and as a date
    first = next(t for t in tasks if t["document"] == "xian-2023-gov-services-standardization.txt")
    assert first["lead_units"] == ["市行政审批局"]
    assert first["responsible_units"][:2] == ["有政务服务事项的市级部门", "各区县政府"]
    assert (first["deadline"], first["due"], first["ongoing"]) == ("2023年底前", "2023-12-31", False)
    assert first["doc_number"] == "市政办发〔2023〕13号" and first["path"] and first["start_line"] == 40
    assert any(t["document"] == "sub/copy.md" for t in tasks)


def test_jsonl_tables_are_the_same_bytes_after_resume_and_leave_no_temporaries(notices, tmp_path):
    out = tmp_path / "out"
    run_batch(notices, out, fmt="json", workers=1, tables="jsonl")
    first = {n: (out / n).read_bytes() for n in ("tasks.jsonl", "documents.jsonl", "index.json")}
    rows, reused = run_batch(notices, out, fmt="json", workers=1, tables="jsonl", resume=True)
    assert reused == 6
    assert {n: (out / n).read_bytes() for n in first} == first
    fresh = tmp_path / "fresh"
    run_batch(notices, fresh, fmt="json", workers=2, tables="jsonl")
    assert {n: (fresh / n).read_bytes() for n in first} == first, "a pool of two gives the same bytes"
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


def test_batch_cli_jsonl_writes_json_task_lists_and_the_tables(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES[0], src / SAMPLES[0].name)
    out = tmp_path / "out"
    result = run_cli("batch", str(src), "-o", str(out), "--format", "jsonl", "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["documents.jsonl", SAMPLES[0].stem + ".json", "index.json", "tasks.jsonl"]
    assert SAMPLES[0].stem == HANZHONG
    assert len(read_jsonl(out / "tasks.jsonl")) == task_count(HANZHONG)


def test_parquet_tables_hold_the_same_records_as_jsonl(notices, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra (pyarrow) is not installed")
    run_batch(notices, tmp_path / "j", fmt="json", workers=1, tables="jsonl")
    run_batch(notices, tmp_path / "p", fmt="json", workers=1, tables="parquet")
    for name, columns in (("tasks", TASK_COLUMNS), ("documents", DOCUMENT_COLUMNS)):
        table = pq.read_table(tmp_path / "p" / f"{name}.parquet")
        assert table.column_names == [c for c, _ in columns]
        assert table.to_pylist() == read_jsonl(tmp_path / "j" / f"{name}.jsonl")
    import pyarrow as pa

    units = pq.read_table(tmp_path / "p" / "tasks.parquet").schema.field("lead_units").type
    assert pa.types.is_list(units) and units.value_type == pa.string()
    # same input, same bytes
    run_batch(notices, tmp_path / "p2", fmt="json", workers=1, tables="parquet")
    for name in ("tasks.parquet", "documents.parquet"):
        assert (tmp_path / "p" / name).read_bytes() == (tmp_path / "p2" / name).read_bytes()


def test_parquet_is_written_in_row_groups_that_read_back_as_one_table(notices, tmp_path, monkeypatch):
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra (pyarrow) is not installed")
    from policy_extract import corpus

    monkeypatch.setattr(corpus._ParquetSink, "ROW_GROUP", 50)
    run_batch(notices, tmp_path / "j", fmt="json", workers=1, tables="jsonl")
    run_batch(notices, tmp_path / "p", fmt="json", workers=1, tables="parquet")
    tasks = tmp_path / "p" / "tasks.parquet"
    assert pq.ParquetFile(tasks).metadata.num_row_groups > 1
    assert pq.read_table(tasks).to_pylist() == read_jsonl(tmp_path / "j" / "tasks.jsonl")


def test_an_empty_corpus_gives_empty_tables_with_their_columns(tmp_path):
    (tmp_path / "in").mkdir()
    run_batch(tmp_path / "in", tmp_path / "j", fmt="json", workers=1, tables="jsonl")
    assert (tmp_path / "j" / "tasks.jsonl").read_bytes() == b"" == (tmp_path / "j" / "documents.jsonl").read_bytes()
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra (pyarrow) is not installed")
    run_batch(tmp_path / "in", tmp_path / "p", fmt="json", workers=1, tables="parquet")
    table = pq.read_table(tmp_path / "p" / "tasks.parquet")
    assert table.num_rows == 0 and table.column_names == [c for c, _ in TASK_COLUMNS]


def test_parquet_answers_the_readme_question_with_pandas(tmp_path):
    pytest.importorskip("pyarrow", reason="the parquet extra (pyarrow) is not installed")
    pd = pytest.importorskip("pandas", reason="pandas is not installed")
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "samples" / "xian-2023-gov-services-standardization.txt", src / "a.txt")
    run_batch(src, tmp_path / "out", fmt="json", workers=1, tables="parquet")
    t = pd.read_parquet(tmp_path / "out" / "tasks.parquet")
    top = t[t.due.str.startswith("2025", na=False)].explode("lead_units").lead_units.value_counts()
    assert top.index[0] == "市行政审批局" and top.iloc[0] == 11


@pytest.mark.parametrize("missing, option, says", [("pyarrow", ["--format", "parquet"], "parquet"), ("distributed", ["--dask", "tcp://127.0.0.1:8786"], "dask")])
def test_an_option_without_its_extra_is_one_line_and_exit_2(tmp_path, missing, option, says):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES[0], src / SAMPLES[0].name)
    code = (
        f"import sys; sys.modules[{missing!r}] = None; from policy_extract.cli import main; "
        f"main(['batch', {str(src)!r}, '-o', {str(tmp_path / 'out')!r}] + {option!r})"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and f"policy-extract[{says}]" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists(), "nothing is written before the check"


def test_the_core_commands_import_neither_dask_nor_pyarrow():
    code = "import sys, policy_extract.cli, policy_extract.batch, policy_extract.corpus; print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pyarrow', 'pandas')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
