"""Tables drawn with box characters (box_tables.py), as law-text sites print a Word table's text copy."""
from __future__ import annotations

import policy_extract
from policy_extract.box_tables import read_box_tables
from policy_extract.load import load_string

# 恩平 城市供水 项目表 2007 (fymate.net/html/text/lar/169311/16931142_3.html, review gc 03): cells wrapped over the lines between
# rules, a two-level header (项目投入(万元) over five columns), 地区 merged down three rows; half-width brackets and figures
# ("(万元)", "2007年") move the bars off their columns, so they are counted, not measured — no task had come back
ENPING = """┌─┬──┬──────┬──────────┬────┬───┬────────────────┐
│序│地区│ 项目名称 │建设规模及主要建 │责任单位│完成年│ 项目投入(万元) │
│号│ │ │ 设内容 │ │ 限 ├──┬──┬──┬────┬──┤
│ │ │ │ │ │ │总投│省级│市级│县(区)│企业│
│ │ │ │ │ │ │ 入 │补助│财政│ 级财政 │自筹│
├─┼──┼──────┼──────────┼────┼───┼──┼──┼──┼────┼──┤
│21│恩平│恩平市区供水│委托咨询公司编制 │恩平市政│2007年│ 55 │ │ │ 55 │ │
│ │ 市 │专项规划 │恩平市区供水专项 │ 府 │ │ │ │ │ │ │
│ │ │ │规划。 │ │ │ │ │ │ │ │
├─┤ ├──────┼──────────┼────┼───┼──┼──┼──┼────┼──┤
│22│ │恩平市区供水│编制恩平市城区饮 │恩平市政│2007年│10 │ │ │ 10 │ │
│ │ │系统重大事故│水安全日常维护和 │ 府 │ │ │ │ │ │ │
│ │ │应急预案 │应急预案。 │ │ │ │ │ │ │ │
├─┤ ├──────┼──────────┼────┼───┼──┼──┼──┼────┼──┤
│23│ │城市供水主干│铺设供水主干管道 │恩平市政│2007年│3000│ │ │ │3000│
│ │ │管道改造 │50公里。 │ 府 │-2010│ │ │ │ │ │
│ │ │ │ │ │ 年 │ │ │ │ │ │
"""

# a 市政府工作任务分解表 (fymate.net/html/text/lar/169383/16938349_1.html, review fv 03): a heading row over "△" measures in one
# cell, 分管领导 and 完成时限 merged down every row, the 牵头 cell ruled off after the first measure
TASKS = """┌─────────────────────┬───┬────────┬────┐
│ 工 作 任 务 │分管领│牵头组织实施单位│完成时限│
│ │ 导 │ │ │
├─────────────────────┼───┼────────┼────┤
│抓好财税金融工作,增强发展保障能力 │梁志强│各县(市、区)政│年内见成│
├─────────────────────┤ │府,市财政局、国│ 效 │
│△进一步调整财政支出结构,加大财政在“三农│ │家税务局、地方税│ │
│”、教育、卫生、科技、文化、就业再就业、社│ │务局、金融办、人│ │
│会保障、生态环境、公共基础设施、社会治安等│ │民银行、银监局 │ │
│方面的投入 │ ├────────┤ │
│△加强财政监督,提高财政资金使用效益 │ │各县(市、区)政│ │
│△加强税源监控,完善护税协税网络 │ │府,市财政局、教│ │
│△加快信用体系建设,保护金融债权,建设良好│ │育局 │ │
│金融生态 │ │ │ │
"""


def test_rows_of_a_box_drawn_table():
    rows = [ln.text.split("\t") for ln in read_box_tables(load_string(ENPING, "t.txt").lines) if ln.text]
    assert rows[1] == ["序号", "地区", "项目名称", "建设规模及主要建设内容", "责任单位", "完成年限", "总投入", "省级补助", "市级财政", "县(区)级财政", "企业自筹"]
    assert rows[2][:6] == ["21", "恩平市", "恩平市区供水专项规划", "委托咨询公司编制恩平市区供水专项规划。", "恩平市政府", "2007年"]
    assert [r[1] for r in rows[2:]] == ["恩平市", "恩平市", "恩平市"]  # merged down
    assert rows[4][5] == "2007年-2010年"
    tasks = policy_extract.parse_text(ENPING).tasks
    # the project's name (项目名称) before its content (建设规模及主要建设内容), each row's task
    assert [(t.number, t.text, [u.name for u in t.responsible_units], t.deadline.date) for t in tasks] == [
        ("21", "恩平市区供水专项规划：委托咨询公司编制恩平市区供水专项规划。", ["恩平市政府"], "2007-12-31"),
        ("22", "恩平市区供水系统重大事故应急预案：编制恩平市城区饮水安全日常维护和应急预案。", ["恩平市政府"], "2007-12-31"),
        ("23", "城市供水主干管道改造：铺设供水主干管道50公里。", ["恩平市政府"], "2010-12-31")]


def test_bullets_in_a_cell_are_rows_and_merged_cells_go_to_each():
    rows = [ln.text.split("\t") for ln in read_box_tables(load_string(TASKS, "t.txt").lines) if ln.text]
    assert [r[0][:6] for r in rows] == ["工 作 任 ", "抓好财税金融", "△进一步调整", "△加强财政监", "△加强税源监", "△加快信用体"]
    assert {r[1] for r in rows[1:]} == {"梁志强"}
    assert rows[2][2] == "各县(市、区)政府,市财政局、国家税务局、地方税务局、金融办、人民银行、银监局"
    assert rows[3][2] == rows[4][2] == "各县(市、区)政府,市财政局、教育局"


def test_lines_that_only_start_with_a_box_character_are_kept():
    text = "一、总体要求\n│说明：本表由各单位填写\n二、重点任务\n"
    lines = load_string(text, "t.txt").lines
    assert [ln.text for ln in read_box_tables(lines)] == [ln.text for ln in lines]


def test_bullets_in_a_later_column_stay_in_their_row():
    # diffreview-d1 p10: "●" points in one numbered row's 具体措施 cell are that row's, not rows of their own (3 false tasks had come)
    text = """某市2009年为民办实事项目责任分解表
┌──┬──────┬─────────────┬─────┬────┐
│序号│项目名称 │ 具体措施 │责任单位 │完成时限│
├──┼──────┼─────────────┼─────┼────┤
│1 │农村饮水安│●新建集中供水工程12处 │市水利局 │2009年底│
│ │全工程 │●改造老旧管网80公里 │ │ │
│ │ │●解决5万农村人口饮水问题 │ │ │
├──┼──────┼─────────────┼─────┼────┤
│2 │城区道路改│●改造城区背街小巷30条 │市建设局 │2009年10│
│ │造工程 │●新增停车泊位500个 │ │月底 │
└──┴──────┴─────────────┴─────┴────┘
"""
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units], t.deadline.date) for t in tasks] == [
        ("1", ["市水利局"], "2009-12-31"), ("2", ["市建设局"], "2009-10-31")]
    assert "●改造老旧管网80公里" in tasks[0].text


def test_a_box_drawn_table_with_blank_lines_between_its_lines():
    # the realworld layout "a blank line after every line": the table's lines stay one table (no task had come back)
    spaced = policy_extract.parse_text(ENPING.replace("\n", "\n\n")).tasks
    assert [(t.number, t.text, [u.name for u in t.responsible_units]) for t in spaced] == [
        (t.number, t.text, [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(ENPING).tasks]
    assert len(spaced) == 3


def test_a_box_drawn_table_that_lost_its_line_breaks():
    # both tables flattened (every line break lost): a break before each rule line's first junction, after its last, and between two
    # bars where one line ended and the next began give the lines back — not a rule inside a line ("│ 限 ├──┬──┤", "├──┤ │府,…")
    for text in (ENPING, TASKS):
        lined = [(t.number, t.text, t.lead_units, t.responsible_units, t.deadline) for t in policy_extract.parse_text(text).tasks]
        flat = [(t.number, t.text, t.lead_units, t.responsible_units, t.deadline) for t in policy_extract.parse_text(text.replace("\n", ""), name="f.txt").tasks]
        assert flat == lined and lined

