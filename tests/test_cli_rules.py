"""`--rules FILE`: an office's own words for parse, show, diff and batch (issue 10)."""
from __future__ import annotations

import json

from conftest import cli_in_process, run_cli

# Synthetic notice with an office's own label (协管单位), which the default vocabulary does
# not give a role: its unit is read only when the office adds the label.
NOTICE = "某区2025年重点工作督办方案\n二、重点任务\n1.推进清单标准化。（牵头督办单位：区行政审批局；协管单位：区财政局）\n"


def _files(tmp_path):
    notice = tmp_path / "notices" / "notice.txt"
    notice.parent.mkdir()
    notice.write_text(NOTICE, encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text("responsible_labels: [协管单位]\n", encoding="utf-8")
    return notice, rules


def _responsible(data: dict) -> list[str]:
    return [u["name"] for u in data["tasks"][0]["responsible_units"]]


def test_parse_and_show_read_the_added_label(tmp_path):
    notice, rules = _files(tmp_path)
    assert _responsible(json.loads(cli_in_process("parse", notice).stdout)) == []
    assert _responsible(json.loads(cli_in_process("parse", notice, "--rules", rules).stdout)) == ["区财政局"]
    assert "区财政局" in cli_in_process("show", notice, "--tasks", "--no-pager", "--rules", rules).stdout


def test_batch_workers_read_the_rules_file(tmp_path):
    notice, rules = _files(tmp_path)
    out = tmp_path / "out"
    result = run_cli("batch", notice.parent, "-o", out, "--workers", "1", "--rules", rules)
    assert result.returncode == 0, result.stderr
    assert _responsible(json.loads((out / "notice.json").read_text(encoding="utf-8"))) == ["区财政局"]


def test_a_bad_rules_file_is_one_line_and_exit_2(tmp_path):
    notice, rules = _files(tmp_path)
    rules.write_text("lead_label: [x]\n", encoding="utf-8")
    for args in (("parse", notice), ("batch", notice.parent, "-o", tmp_path / "out")):
        result = cli_in_process(*args, "--rules", rules)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and str(rules) in result.stderr and "unknown entry 'lead_label'" in result.stderr
    assert not (tmp_path / "out").exists()  # nothing started
    missing = cli_in_process("parse", notice, "--rules", tmp_path / "missing.yaml")
    assert missing.returncode == 2 and "cannot read the rules file" in missing.stderr


def test_an_added_table_column_name():
    # the README's example: a deadline column headed 截止日期 (synthetic table)
    import policy_extract

    table = "某方案\n序号\t工作任务\t牵头单位\t截止日期\n1\t推进清单标准化。\t市发改委\t2025年6月底前\n2\t优化营商环境。\t市商务局\t2025年9月底前\n"
    assert [t.deadline for t in policy_extract.parse_text(table).tasks] == [None, None]
    extended = policy_extract.parse_text(table, rules={"table_columns": {"deadline": ["截止日期"]}})
    assert [t.deadline.date for t in extended.tasks] == ["2025-06-30", "2025-09-30"]
