"""Header cells wrapped inside a table copied one cell per line with blank lines between cells (cell_blocks.py)."""
from __future__ import annotations

import policy_extract
from policy_extract.cell_blocks import join_wrapped_cells
from policy_extract.load import load_string

# 烈山区 2023年重点工作任务第三季度进展情况 (lieshan.gov.cn/zwgk/public/37/63040125.html, review gg 06): "重点工作及" / "责任分解内容", "牵头" / "责任单位" — each header cell's
# two lines between blank lines; the header had read as ten names and no row came back
CELLS = ["序号", "重点工作及\n责任分解内容", "牵头\n责任单位", "3季度\n目标任务", "前三季度\n进展情况", "前三季度\n完成状况",
         "1", "开工建设古饶智慧农业产业园", "古饶镇", "完成玻璃温室骨架安装及玻璃温室四周玻璃覆盖",
         "土地流转、临时建筑拆除、围墙建设已完成;玻璃温室骨架安装及温室顶部玻璃覆盖完工。", "序时完成",
         "2", "盘活低效用地、废旧校舍、闲置村部等", "古饶镇", "完成项目施工进度100%,完成全部厂房招商及入驻运营保障工作",
         "项目选址、测绘设计及招投标等工作已完成,6个村施工进度已完成90%。", "序时完成"]


def test_wrapped_header_cells_are_joined():
    lines = join_wrapped_cells(load_string("\n\n".join(CELLS) + "\n", "t.txt").lines)
    texts = [ln.text for ln in lines if ln.text.strip()]
    assert texts[:6] == ["序号", "重点工作及责任分解内容", "牵头责任单位", "3季度目标任务", "前三季度进展情况", "前三季度完成状况"]
    tasks = policy_extract.parse_text("\n\n".join(CELLS) + "\n").tasks
    assert [(t.number, t.text, [u.name for u in t.lead_units], t.responsible_units) for t in tasks] == [
        ("1", "开工建设古饶智慧农业产业园", ["古饶镇"], []), ("2", "盘活低效用地、废旧校舍、闲置村部等", ["古饶镇"], [])]


def test_a_signature_over_its_date_is_no_wrapped_name():
    # the seeds print paragraphs a blank line apart and the signature's office over its date in one block: kept as printed
    text = "\n\n".join(["某市人民政府办公厅关于印发工作方案的通知"] + [f"{k}.做好第{k}项工作。" for k in range(1, 14)] + ["某市政府办公厅\n2023年8月26日"]) + "\n"
    lines = load_string(text, "t.txt").lines
    assert [ln.text for ln in join_wrapped_cells(lines)] == [ln.text for ln in lines]


def test_the_same_table_joined_by_ideographic_spaces():
    # each line break stored as "　　" (joined_lines gives the lines back, a blank line too where two joins stand together)
    lined = "\n\n".join(CELLS) + "\n"
    joined = policy_extract.parse_text("　　".join(lined.split("\n")), name="joined.txt").tasks
    assert [(t.number, t.text, t.lead_units) for t in joined] == [(t.number, t.text, t.lead_units) for t in policy_extract.parse_text(lined).tasks]
    assert len(joined) == 2

