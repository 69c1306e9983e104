"""`batch --dask ADDRESS`: the documents converted on a Dask cluster's workers give the same
bytes as a local batch (task lists, index, combined ledger, corpus tables), and --resume
works the same. A local cluster of two in-process workers is started in the test."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import HANZHONG, make_notice_folder, run_cli, task_count

distributed = pytest.importorskip("distributed", reason="the dask extra (dask[distributed]) is not installed")

from policy_extract.batch import run_batch  # noqa: E402
from policy_extract.dask_runner import connect  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=":0") as c:
        yield c


@pytest.fixture()
def notices(tmp_path, monkeypatch):
    """A folder given by a relative path, as people type it: the workers must find it too."""
    monkeypatch.chdir(tmp_path)
    src = Path("in")
    return make_notice_folder(src)


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fmt, tables", [("json", "jsonl"), ("xlsx", None)])
def test_a_dask_batch_gives_the_bytes_of_a_local_batch(cluster, notices, fmt, tables):
    local_rows, _ = run_batch(notices, Path("local"), fmt=fmt, workers=2, tables=tables)
    with connect(cluster.scheduler_address, str(notices)) as runner:
        dask_rows, reused = run_batch(notices, Path("dask"), fmt=fmt, tables=tables, runner=runner)
    assert reused == 0
    assert dask_rows == local_rows
    local, remote = files(Path("local")), files(Path("dask"))
    expected_names = {"index.json", "sub/copy." + fmt} | ({"tasks.jsonl", "documents.jsonl"} if tables else {"ledger.xlsx"})
    assert expected_names <= set(remote)
    assert remote == local  # every output, the index and the combined ledger or tables
    assert [r.status for r in dask_rows].count("ok") == 6


def test_resume_through_dask_reuses_what_a_local_batch_did(cluster, notices):
    run_batch(notices, Path("out"), fmt="json", workers=1, tables="jsonl")
    before = files(Path("out"))
    (notices / SAMPLES[1].name).write_text("\n" + SAMPLES[1].read_text(encoding="utf-8"), encoding="utf-8")  # one notice changes: its lines move
    with connect(cluster.scheduler_address, str(notices)) as runner:
        rows, reused = run_batch(notices, Path("out"), fmt="json", tables="jsonl", resume=True, runner=runner)
    assert reused == 5, "the unchanged documents (same sha256) are not sent to the cluster"
    after = files(Path("out"))
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"index.json", "tasks.jsonl", "documents.jsonl", SAMPLES[1].stem + ".json"}
    fresh_rows, _ = run_batch(notices, Path("fresh"), fmt="json", workers=1, tables="jsonl")
    assert files(Path("fresh")) == after == files(Path("out"))
    assert rows == fresh_rows


def test_the_cli_sends_a_batch_to_the_cluster(cluster, notices):
    run_batch(notices, Path("local"), fmt="json", workers=1, tables="jsonl")
    result = run_cli("batch", str(notices), "-o", "viadask", "--format", "jsonl", "--dask", cluster.scheduler_address)
    assert result.returncode == 1, result.stderr  # the binary file fails, as it does locally
    assert "Traceback" not in result.stderr
    assert files(Path("viadask")) == files(Path("local"))


@pytest.mark.parametrize("address, says", [("nonsense", "not a scheduler address"), ("tcp://127.0.0.1:x", "not a scheduler address")])
def test_a_bad_address_is_one_line_and_exit_2(tmp_path, address, says):
    src = tmp_path / "in"
    src.mkdir()
    result = run_cli("batch", str(src), "-o", str(tmp_path / "out"), "--dask", address)
    assert result.returncode == 2
    assert says in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_workers_that_do_not_see_the_folder_are_refused_before_anything_is_done(cluster, tmp_path):
    from policy_extract.errors import InputError

    with pytest.raises(InputError, match="does not see .*shared file system"):
        connect(cluster.scheduler_address, str(tmp_path / "not-there"))


def test_a_worker_elsewhere_reads_relative_paths_from_the_batchs_folder_and_prints_them_as_given(tmp_path, monkeypatch):
    """A remote worker's own working folder is not the batch's: convert_one takes the
    batch's folder (cwd) and the task list still shows the path as the local batch does."""
    import json

    from policy_extract.batch import convert_one

    (tmp_path / "in").mkdir()
    shutil.copy(SAMPLES[0], tmp_path / "in" / "a.txt")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02PNG")
    elsewhere = tmp_path / "worker-home"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = convert_one("in/a.txt", "out/a.json", "json", cwd=str(tmp_path))
    assert result["status"] == "ok" and result["tasks"] == task_count(HANZHONG)
    written = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    assert written["source"]["path"] == "in/a.txt"
    assert not (elsewhere / "out").exists()
    failed = convert_one("in/bad.txt", "out/bad.json", "json", cwd=str(tmp_path))
    assert failed["status"] == "failed" and failed["error"].startswith("in/bad.txt: ") and str(tmp_path) not in failed["error"]


def test_a_task_the_cluster_loses_is_a_failed_row_and_the_rest_go_on(cluster, notices, monkeypatch):
    """A worker that dies under a document (here: the task raises on the worker) fails that
    document in the index; the others are converted, and --resume redoes only it."""
    from policy_extract import batch

    real = batch.convert_one

    def dying(path, output, fmt, cwd=None):
        if path.endswith("copy.md"):
            raise RuntimeError("worker lost")
        return real(path, output, fmt, cwd=cwd)

    monkeypatch.setattr(batch, "convert_one", dying)
    with connect(cluster.scheduler_address, str(notices)) as runner:
        rows, _ = run_batch(notices, Path("out"), fmt="json", runner=runner)
    by_source = {r.source: r for r in rows}
    assert by_source["sub/copy.md"].status == "failed" and by_source["sub/copy.md"].error == "worker failed: RuntimeError"
    assert [r.status for r in rows].count("ok") == 5
    monkeypatch.setattr(batch, "convert_one", real)
    with connect(cluster.scheduler_address, str(notices)) as runner:
        rows, reused = run_batch(notices, Path("out"), fmt="json", resume=True, runner=runner)
    assert reused == 5 and {r.source: r.status for r in rows}["sub/copy.md"] == "ok"
