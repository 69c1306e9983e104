"""`policy-extract check`: expected vs found per document, exit 1 on a difference, 2 on a bad manifest."""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from conftest import HANZHONG, ROOT, task_count
from conftest import cli_in_process as run


def copy_samples(tmp_path: Path) -> Path:
    for p in (ROOT / "samples").glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    shutil.copy(ROOT / "samples" / "manifest.yaml", tmp_path / "manifest.yaml")
    return tmp_path / "manifest.yaml"


def test_samples_manifest_matches():
    result = run("check", str(ROOT / "samples" / "manifest.yaml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all 5 document(s) match" in result.stdout


def test_a_changed_count_is_caught(tmp_path):
    manifest = copy_samples(tmp_path)
    data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    data["documents"][0]["tasks"] += 1
    manifest.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run("check", str(manifest))
    assert result.returncode == 1
    assert "DIFFERS" in result.stdout and "1 of 5 document(s) differ" in result.stdout


def test_update_rewrites_the_counts(tmp_path):
    manifest = copy_samples(tmp_path)
    count = f"tasks: {task_count(HANZHONG)}"
    text = manifest.read_text(encoding="utf-8")
    assert text.count(count) == 1
    manifest.write_text(text.replace(count, "tasks: 99"), encoding="utf-8")
    assert run("check", str(manifest), "--update").returncode == 0
    assert count in manifest.read_text(encoding="utf-8")
    assert manifest.read_text(encoding="utf-8").startswith("#"), "the header comment is kept"
    assert run("check", str(manifest)).returncode == 0


def test_a_document_that_cannot_be_read_is_bad_input(tmp_path):
    manifest = tmp_path / "m.yaml"
    manifest.write_text("documents:\n  - path: nowhere.txt\n    tasks: 3\n  - path: .\n    tasks: 1\n", encoding="utf-8")
    result = run("check", str(manifest))
    assert result.returncode == 2, "a path that cannot be read is bad input, not a changed count"
    assert "no such file" in result.stdout and "is a folder" in result.stdout


def test_wrong_override_types_are_bad_input(tmp_path):
    for extra in ("    task_section: 5\n", "    task_level: 0\n", "    task_level: 12\n"):
        manifest = tmp_path / "m.yaml"
        manifest.write_text("documents:\n  - path: a.txt\n    tasks: 3\n" + extra, encoding="utf-8")
        result = run("check", str(manifest))
        assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, extra


def test_bad_manifests_exit_2_with_one_line(tmp_path):
    cases = {
        "not-yaml.yaml": "documents: [\n",
        "no-documents.yaml": "files: []\n",
        "bad-count.yaml": "documents:\n  - path: a.txt\n    tasks: many\n",
    }
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = run("check", str(tmp_path / name))
        assert result.returncode == 2, name
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, name
    result = run("check", str(tmp_path / "absent.yaml"))
    assert result.returncode == 2 and "no such manifest" in result.stderr
