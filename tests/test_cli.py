"""The command line: `policy-extract parse` on the samples, YAML and JSON alike, the same
bytes every time, bad input as one line on stderr with exit 2, `schema`, `--help`."""
from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from conftest import ALL_SAMPLES, HANZHONG, ROOT, STD2023, expected, run_cli, sample_path, sample_text, task_count
from policy_extract.cli import cli


def run(*args, env=None):
    """`python -m policy_extract …` as a user runs it (through main()), bytes out."""
    return run_cli(*args, text=False, env=env, cwd=ROOT, timeout=60)


def invoke(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def parsed_json():
    """JSON of every sample, from the click command in-process."""
    out = {}
    for stem in ALL_SAMPLES:
        result = invoke("parse", sample_path(stem))
        assert result.exit_code == 0, result.output
        out[stem] = result.output
    return out


@pytest.mark.parametrize("stem", ALL_SAMPLES)
def test_parse_gives_the_expected_task_count(parsed_json, stem):
    data = json.loads(parsed_json[stem])
    assert len(data["tasks"]) == expected(stem)["task_count"]
    assert data["source"]["path"] == str(sample_path(stem))
    assert data["meta"]["title"] == expected(stem)["title"]


def test_parse_through_main_prints_json(tmp_path):
    result = run("parse", sample_path(HANZHONG))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    data = json.loads(result.stdout.decode("utf-8"))
    assert len(data["tasks"]) == task_count(HANZHONG)
    assert data["tasks"][0]["lead_units"] == [{"name": "市行政审批服务局"}]
    assert "市行政审批服务局" in result.stdout.decode("utf-8")  # Chinese as itself, not \u escapes


@pytest.mark.parametrize("stem", [HANZHONG, STD2023])
def test_yaml_is_the_same_data_as_json(parsed_json, stem):
    result = invoke("parse", sample_path(stem), "--format", "yaml")
    assert result.exit_code == 0
    assert not result.output.lstrip().startswith("{")
    assert yaml.safe_load(result.output) == json.loads(parsed_json[stem])


def test_same_input_gives_the_same_bytes():
    # two processes with different hash seeds: no set or dict order leaks into the output
    first = run("parse", sample_path(STD2023), env={"PYTHONHASHSEED": "1"})
    second = run("parse", sample_path(STD2023), env={"PYTHONHASHSEED": "2"})
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    yaml_a = invoke("parse", sample_path(STD2023), "--format", "yaml").output
    yaml_b = invoke("parse", sample_path(STD2023), "--format", "yaml").output
    assert yaml_a == yaml_b


def test_output_file(tmp_path, parsed_json):
    out = tmp_path / "nested" / "out.json"
    result = invoke("parse", sample_path(HANZHONG), "-o", out)
    assert result.exit_code == 0
    assert result.output == ""  # nothing on stdout when -o is given
    assert out.read_text(encoding="utf-8") == parsed_json[HANZHONG]
    assert not [p for p in out.parent.iterdir() if p.name != "out.json"]  # no temporary left behind


def test_output_file_yaml(tmp_path):
    out = tmp_path / "out.yaml"
    assert invoke("parse", sample_path(HANZHONG), "--format", "yaml", "-o", out).exit_code == 0
    assert len(yaml.safe_load(out.read_text(encoding="utf-8"))["tasks"]) == task_count(HANZHONG)


def test_task_level_option():
    # xian-2025: at level 2, the six groups (一)–(六); the requirements (一)–(五) under 三、工作要求 stay out
    data = json.loads(invoke("parse", sample_path("xian-2025-admin-efficiency-plan"), "--task-level", "2").output)
    assert [t["number"] for t in data["tasks"]] == ["(一)", "(二)", "(三)", "(四)", "(五)", "(六)"]


# --- bad input: exit 2, one line on stderr, no traceback ---------------------------------


def _bad(result, *words):
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert stderr.endswith("\n") and stderr.count("\n") == 1, stderr
    assert stderr.startswith("policy-extract: error: ")
    assert result.stdout == b""
    for word in words:
        assert word in stderr
    return stderr


def test_missing_file(tmp_path):
    _bad(run("parse", tmp_path / "missing.txt"), "missing.txt", "no such file")


def test_directory(tmp_path):
    _bad(run("parse", tmp_path), "directory")


def test_unsupported_extension(tmp_path):
    path = tmp_path / "tasks.xls"
    path.write_bytes(sample_text(HANZHONG).encode("gb18030"))
    _bad(run("parse", path), "tasks.xls", ".xls")


def test_binary_txt(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00")
    _bad(run("parse", path), "scan.txt", "binary")


def test_empty_txt(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _bad(run("parse", path), "empty")


def test_unknown_option():
    _bad(run("parse", sample_path(HANZHONG), "--colour"), "--colour")


# --- schema and help ---------------------------------------------------------------------


def test_schema_prints_valid_json():
    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"source", "meta", "tasks"} <= set(schema["properties"])


def test_help_mentions_examples():
    top = invoke("--help")
    assert top.exit_code == 0
    assert "Examples:" in top.output and "policy-extract parse notice.txt" in top.output
    sub = invoke("parse", "--help")
    assert "Examples:" in sub.output and "--format" in sub.output and "--task-section" in sub.output


def test_help_lists_every_input_format_and_option():
    from policy_extract.load import SUPPORTED_SUFFIXES

    for command in ("parse", "batch"):
        text = " ".join(invoke(command, "--help").output.split())
        assert all(suffix in text for suffix in SUPPORTED_SUFFIXES), (command, text[:200])
    show_help = invoke("show", "--help").output
    for option in ("--width", "--no-pager", "--simplified", "--unit-match", "--tasks"):
        assert option in show_help
    check_help = invoke("check", "--help").output
    manifest = (ROOT / "samples" / "manifest.yaml").read_text(encoding="utf-8")
    example = next(line.split("path:")[1].strip() for line in check_help.splitlines() if "path:" in line)
    assert (ROOT / "samples" / example).exists() and example in manifest  # relative to the manifest's folder


def test_help_through_main():
    result = run("--help")
    assert result.returncode == 0
    assert b"Examples:" in result.stdout
