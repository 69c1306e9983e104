"""Tables whose layout was lost (flat_tables.py): the xian-2022 table sample with its line
breaks lost, as crawled text arrives (issue 11)."""
from __future__ import annotations

import pytest

import policy_extract
from conftest import TABLE, document, sample_text, task_count
from policy_extract.flat_tables import _drop_repeated_headers, table_start


def _flattened(joiner: str) -> str:
    return joiner.join(line.strip() for line in sample_text(TABLE).split("\n") if line.strip()) + "\n"


@pytest.mark.parametrize("joiner", ["", " "], ids=["nothing", "space"])
def test_the_table_sample_with_its_line_breaks_lost(joiner):
    lined = [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline and t.deadline.date)
             for t in document(TABLE).tasks]
    flat = [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline and t.deadline.date)
            for t in policy_extract.parse_text(_flattened(joiner)).tasks]
    assert len(lined) == task_count(TABLE)
    assert flat[:5] == lined[:5]  # the first rows, their merged 序号 and 部署任务 cells not printed
    same = sum(1 for task in flat if task in lined)
    assert same >= task_count(TABLE) - 2, f"{same} of {task_count(TABLE)} tasks read as in the lined copy"


def test_prose_run_into_a_tab_header_is_cut_before_it():
    line = "现印发给你们，请认真组织实施。西安市贯彻落实分工方案序号\t陕西省《工作要点》部署任务\t西安市落实措施\t牵头单位"
    assert line[table_start(line):].startswith("序号\t")
    assert table_start("序号\t部署任务\t牵头单位") == 0  # the header opens the line: nothing to cut
    assert table_start("一段很长的正文没有表头的内容在这里\t另一段文字\t还有一段") == 0


def test_a_header_repeated_per_page_is_taken_out_of_the_run():
    header = ["序号", "落实措施", "牵头单位", "完成时限", "备注"]
    cells = ["(5) 建立动态管理机制。", "市行政审批局", "持续推进序号", "落实措施", "牵头单位", "完成时限", "备注(6) 深化改革。", "市司法局"]
    assert _drop_repeated_headers(cells, header) == ["(5) 建立动态管理机制。", "市行政审批局", "持续推进", "(6) 深化改革。", "市司法局"]


def test_a_glued_header_after_a_title_on_the_same_line():
    # realworld h12 (云南 e-paper) with its line breaks lost too: the page's chrome and the
    # table's title run into the glued header "序号工作任务责任单位"
    text = (
        "分享按钮重点任务分工清单(上接第三版)序号工作任务责任单位21树立婚育新风。构建新型婚育文化。"
        "省委宣传部、省妇联牵头;省总工会、团省委配合;各州(市)党委和政府落实"
        "22根据经济社会发展水平等因素,实行特别扶助制度扶助标准动态调整机制。省财政厅、省卫生健康委牵头;"
        "省优化生育政策工作部门联席会议成员单位配合;各州(市)党委和政府落实\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [t.number for t in tasks] == ["21", "22"]
    assert [u.name for u in tasks[0].lead_units] == ["省委宣传部", "省妇联"]
    assert tasks[1].text.startswith("根据经济社会发展水平")
