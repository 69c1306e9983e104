"""Stage 4c (tables): the 2022 task table read by its header names, its damaged rows
repaired from their content, its part and group rows, its rows without measures."""
from __future__ import annotations

from functools import lru_cache

import pytest

import policy_extract
from conftest import TABLE, YANTA, document, piece_at, pieces, quote, sample_line, task_count
from policy_extract.tables import (
    column_of,
    header_columns,
    is_header_row,
    is_task_header,
    read_task_table,
    repair_row,
    split_row,
)

HEADER = "序号\t陕西省《工作要点》部署任务\t西安市落实措施\t牵头单位\t责任单位\t完成时限\t备注"


@lru_cache(maxsize=None)
def table():
    rows = [(p.cells, p.start_line, p.page) for p in pieces(TABLE) if p.kind == "row"]
    return read_task_table(rows)


def task(number):
    return next(t for t in table()[0] if t.number == number)


# --- header ------------------------------------------------------------------------------


def test_header_columns_of_the_table_sample():
    cells = split_row(quote(TABLE, HEADER))
    assert cells == ["序号", "陕西省《工作要点》部署任务", "西安市落实措施", "牵头单位", "责任单位", "完成时限", "备注"]
    assert header_columns(cells) == {"number": 0, "task": 1, "measure": 2, "lead": 3, "responsible": 4, "deadline": 5, "note": 6}
    assert is_header_row(cells)
    assert is_task_header(header_columns(cells))


@pytest.mark.parametrize(
    "cell,field",
    [
        ("西安市落实措施", "measure"),  # a measure, though it also says 措施 after 西安市
        ("陕西省《工作要点》部署任务", "task"),
        ("牵头单位", "lead"),
        ("责任单位", "responsible"),
        ("完成时限", "deadline"),
        ("序号", "number"),
        ("备注", "note"),
        ("牵 头 单 位", "lead"),  # synthetic: spaced-out header
        ("责任领导", "leader"),  # synthetic
        ("责任单位及责任人", "responsible"),  # a unit column whose cells name the person too (issue #12)
        ("牵头单位（责任人）", "lead"),
        ("责任人", "leader"),
        ("指标名称", None),  # yanta's indicator table
        # 济南市中区 2025 《政府工作报告》主要工作任务推进情况 (www.shizhong.gov.cn …doc_688330e0a194ae599649578f.html,
        # review r34a 02): a remark in brackets names no column; the supervising office's phone is no unit column
        ("责任单位 (加黑为牵头单位)", "responsible"),
        ("监督科室 监督电话", "note"),
        ("完成时限（月）", "deadline"),  # synthetic: the remark's column named outside it as before
    ],
)
def test_column_of(cell, field):
    assert column_of(cell) == field


def test_the_yanta_indicator_table_is_not_a_task_table():
    cells = piece_at(YANTA, 42).cells
    assert cells == ["指标类别", "指标名称", "2025年"]
    assert not is_header_row(cells)


def test_header_columns_in_another_order():
    # synthetic: the same names in another order and wording
    cells = ["责任单位", "工作任务", "牵头部门", "完成时间", "序号"]
    assert header_columns(cells) == {"responsible": 0, "task": 1, "lead": 2, "deadline": 3, "number": 4}


# --- the whole table ---------------------------------------------------------------------


def test_the_table_gives_all_its_measures_in_order():
    tasks, _ = table()
    assert [t.number for t in tasks] == [f"({i})" for i in range(1, task_count(TABLE) + 1)]
    assert len({t.line for t in tasks}) == task_count(TABLE)


def test_first_measure_with_its_cells():
    t = task("(1)")
    assert t.text.startswith(quote(TABLE, "全面准确依法编制市、区（县）行政许可事项清单"))
    assert (t.part, t.group) == ("一、全链条优化审批", "(一) 全面实施行政许可事项清单管理。")
    assert t.parent_task.startswith("1. 按照国务院要求，2022年底前编制并公布省、市、县三级行政许可事项清单")
    assert (t.lead, t.responsible, t.deadline) == ("市行政审批局 市司法局", "市级相关单位，各 区县政府、西咸新 区管委会", "2022年 9月底")
    assert (t.line, t.cells["measure"], t.cells["lead"]) == (29, 2, 3)


def test_measures_under_one_provincial_task_share_it():
    # (2)–(4) have empty 部署任务 cells: they implement task 1. of the row above
    assert [task(n).parent_task[:3] for n in ("(1)", "(2)", "(3)", "(4)", "(5)")] == ["1. ", "1. ", "1. ", "1. ", "2. "]


# --- repairs -----------------------------------------------------------------------------


def test_measure_29_row_that_lost_a_cell_is_repaired():
    # xian-2022 line 65: the measure slid into the 序号 cell and every cell after it moved left
    line = sample_line(TABLE, 65)
    assert line.startswith(quote(TABLE, "(29) 深化“交房即交证”改革成果应用, 推动不动产登记持续深化。\t\t市资源规划局"))
    columns = header_columns(split_row(HEADER))
    fixed = repair_row(split_row(line), columns)
    assert fixed[2] == "(29) 深化“交房即交证”改革成果应用, 推动不动产登记持续深化。"
    assert fixed[3:6] == ["市资源规划局", "市住建局、市税务局", "持续推进"]
    assert fixed[0] == fixed[1] == ""

    t = task("(29)")
    assert t.text == "深化“交房即交证”改革成果应用, 推动不动产登记持续深化。"
    assert (t.lead, t.responsible, t.deadline) == ("市资源规划局", "市住建局、市税务局", "持续推进")
    assert t.parent_task == "13. 加快推进“交房即交证”改革。"
    assert t.group == "(五) 探索推进“多评合一”。"
    [warning] = table()[1]  # one repaired row, reported with its line
    assert "65" in str(warning) and "realigned" in str(warning)
    assert [(w.code, w.line) for w in document(TABLE).warnings] == [("table-row-repaired", 65)]


def test_a_sound_row_is_left_alone():
    columns = header_columns(split_row(HEADER))
    cells = piece_at(TABLE, 30).cells  # measure (2)
    fixed = repair_row(cells, columns)
    assert fixed == cells


def test_group_number_split_from_its_title():
    # xian-2022 line 147: "(二十)" in the 序号 cell, "建立完善企业破产工作协调推进机制。" in the task cell
    assert sample_line(TABLE, 147).startswith("(二十)\t建立完善企业破产工作协调推进机制。\t(85)建立破产重整企业信用修复机制")
    t85 = task("(85)")
    assert t85.parent_task is None  # the title is the group's, not a provincial task
    assert t85.text.startswith("建立破产重整企业信用修复机制")
    assert t85.group.replace(" ", "") == "(二十)建立完善企业破产工作协调推进机制。"
    assert (t85.lead, t85.deadline) == ("市法院 市工信局", "2022年 12月底")
    t86 = task("(86)")
    assert (t86.group, t86.parent_task) == ("(二十一) 试行公安服务“一窗通办”。", None)
    t87 = task("(87)")
    assert (t87.group, t87.parent_task) == ("(二十二) 提升一体化政务服务能力。", None)
    assert task("(90)").group == "(二十二) 提升一体化政务服务能力。"


def test_provincial_tasks_without_measures_give_no_tasks():
    # xian-2022 lines 153–157: provincial tasks 60.–64. with empty measure cells
    for line, number in zip(range(153, 158), range(60, 65)):
        assert piece_at(TABLE, line).cells[1].startswith(f"{number}.")
        assert piece_at(TABLE, line).cells[2] == ""
    tasks, _ = table()
    assert not any(153 <= t.line <= 157 for t in tasks)
    before, after = task("(90)"), task("(91)")
    assert (before.line, after.line) == (152, 160)
    assert after.parent_task.startswith("65. 发挥秦创原创新驱动发展总平台作用")


# --- parts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number,part",
    [
        ("(1)", "一、全链条优化审批"),
        ("(39)", "一、全链条优化审批"),
        ("(40)", "二、全过程公正监管"),
        ("(55)", "二、全过程公正监管"),
        ("(56)", "三、全周期提升服务"),
        ("(104)", "三、全周期提升服务"),
        ("(105)", "四、全方位转变作风"),
        ("(117)", "四、全方位转变作风"),
    ],
)
def test_part_rows_set_the_part(number, part):
    quote(TABLE, f"<b>{part}</b>")
    assert task(number).part == part


def test_part_rows_are_not_tasks():
    tasks, _ = table()
    part_lines = [28, 80, 105, 178]
    assert [piece_at(TABLE, line).cells[0] for line in part_lines] == ["一、全链条优化审批", "二、全过程公正监管", "三、全周期提升服务", "四、全方位转变作风"]
    assert not any(t.line in part_lines for t in tasks)


def test_group_changes_with_the_group_cell():
    assert task("(5)").group == "(一) 全面实施行政许可事项清单管理。"
    assert task("(6)").group == "(二) 持续深化相对集中行政许可改革。"
    # the group printed again on the next page (after a repeated header) is the same group
    assert task("(12)").group == task("(11)").group == "(三) 优化市场准入准营环境。"


def test_split_row_of_a_markdown_row():
    assert split_row(quote(YANTA, "| 指标类别 | 指标名称 | 2025年 |")) == ["指标类别", "指标名称", "2025年"]


def test_annex_table_that_repeats_the_plans_tasks_fills_them_instead_of_doubling():
    # synthetic: a plan whose 附件 task table lists its own three tasks with units (the layout
    # the xian-2025 sample refers to: "附件:…重点任务清单", units given only there)
    import policy_extract

    text = "\n".join([
        "某县2024年优化营商环境工作方案", "一、重点任务",
        "1.推进政务服务标准化。加快制定标准。", "2.深化“一网通办”改革。推动更多事项网上办理。",
        "附件：重点任务分工表",
        "序号\t重点任务\t牵头单位\t责任单位\t完成时限",
        "1\t推进政务服务标准化\t县行政审批局\t县市场监管局\t2024年6月底前",
        "2\t深化“一网通办”改革\t县大数据中心\t各乡镇人民政府\t持续推进",
        "3\t开展营商环境评价\t县发改委\t/\t2024年底前",
    ]) + "\n"
    tasks = policy_extract.parse(text).tasks
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert [u.name for u in tasks[0].lead_units] == ["县行政审批局"] and tasks[0].deadline.date == "2024-06-30"
    assert tasks[1].deadline.ongoing and [u.name for u in tasks[1].responsible_units] == ["各乡镇人民政府"]
    assert tasks[2].text == "开展营商环境评价" and tasks[2].source.table_row is not None


def test_person_and_progress_columns_are_never_units():
    # issue 10: a table whose columns are 协同单位 | 责任人 | 完成期限 (and a 进展情况 column)
    import policy_extract

    text = (
        "重点工作任务清单\n序号\t工作任务\t协同单位\t责任人\t完成期限\t进展情况\n"
        "1\t建设政务服务中心。\t市发改委、市财政局\t张三\t2024年12月底\t已完成主体工程\n"
    )
    task = policy_extract.parse(text).tasks[0]
    assert [u.name for u in task.responsible_units] == ["市发改委", "市财政局"]
    assert task.leaders == ["张三"] and task.lead_units == []
    assert task.deadline.date == "2024-12-31"
    assert "已完成" not in task.text


# Issue 11: a table copied from a web page as pipe rows, its merged cells (序号, 牵头单位
# spanning two rows) not printed in the second row. Row texts from the xian-2022 sample's
# measures (1) and (2); the pipe layout with the merged cells left out is how web copies
# of such tables print them.
MERGED_PIPE_ROWS = (
    "西安市分工方案\n"
    "| 序号 | 西安市落实措施 | 牵头单位 | 责任单位 | 完成时限 |\n"
    "| 1 | (1) 按照国务院要求，编制并公布市、县两级行政许可事项清单。 | 市行政审批局 | 市司法局 | 2022年12月底 |\n"
    "| (2) 大力清理整治变相许可，完成变相许可清查整治。 | 市司法局 | 2022年11月底 |\n"
    "| 2 | (3) 细化完善本地区实施规范并向社会公布。 | 市司法局 | 各区县政府 | 持续推进 |\n"
)


def test_pipe_rows_whose_merged_cells_are_missing_take_them_from_the_row_above():
    doc = policy_extract.parse_text(MERGED_PIPE_ROWS)
    got = [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline.date) for t in doc.tasks]
    assert got == [
        ("(1)", ["市行政审批局"], ["市司法局"], "2022-12-31"),
        ("(2)", ["市行政审批局"], ["市司法局"], "2022-11-30"),
        ("(3)", ["市司法局"], ["各区县政府"], None),
    ]
    assert any(w.code == "table-row-repaired" and "merged" in w.message for w in doc.warnings)


ZHONGSHAN_LEVELS = (  # 中山市医疗保障局 2022年政务公开工作要点分工方案 (hsa.zs.gov.cn …/post_2145150.html, review r32b 09)
    "工作要求 | 一级要点 | 二级要点 | 责任科室 |\n"
    "一、优化政务公开工作基础 | (一)深化行政规章、规范性文件集中公开。 | 1.规范行政法规使用,统一参考中国政府法制信息网行政法规库,"
    "确保使用的行政法规文本为最新版本。 | 法规和基金监管科牵头,办公室配合 |\n"
    "2.摸清本单位规范性文件底数,健全动态更新工作机制。 | 办公室牵头,各科室按职责分工落实 |\n"
    "(二)持续推进基层政务公开标准化规范化。 | 3.结合权责清单以及实际承担的工作职责,持续推动政府信息主动公开目录的动态更新调整。 | "
    "办公室牵头,各科室按职责分工落实 |\n"
)


def test_a_header_of_levelled_points_and_rows_that_lack_their_first_merged_cells():
    # "一级要点 | 二级要点": the last level's points are the tasks, the level before their groups; a row that lacks
    # its part's and group's cells (merged down) opens with its task's number, and lacks as many cells at its end
    from policy_extract.tables import header_columns

    assert header_columns(["工作要求", "一级要点", "二级要点", "责任科室"]) == {"task": 2, "group": 1, "responsible": 3}
    tasks = policy_extract.parse_text(ZHONGSHAN_LEVELS).tasks
    assert [(t.number, t.path[-1][:5], [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", "(一)深化", ["法规和基金监管科"], ["办公室"]),
        ("2", "(一)深化", ["办公室"], ["各科室"]),
        ("3", "(二)持续", ["办公室"], ["各科室"]),
    ]


def test_align_short_row_by_content():
    from policy_extract.merged_rows import align_short_row

    columns = {"number": 0, "task": 1, "lead": 2, "responsible": 3, "deadline": 4}
    assert align_short_row(["加快一网通办改革。", "市大数据局", "2024年12月底前"], columns, 5) == [None, "加快一网通办改革。", None, "市大数据局", "2024年12月底前"]
    assert align_short_row(["市大数据局", "市财政局"], columns, 5) == [None, None, "市大数据局", "市财政局", None]


def test_a_unit_and_person_column_gives_units_and_leaders():
    # issue #12: "责任单位及责任人" (the field name real task ledgers use) holds the unit and its
    # person in one cell; the units are units and the people leaders (realworld h03's rows:
    # 改革办 with 马振明, 规划建设局 with 张云峰, here printed in one cell)
    text = (
        "2025年开发区重点工作及责任清单\n| 序号 | 重点工作 | 责任单位及责任人 | 完成时限 |\n"
        "| 1 | 全力推进开发区“空间再造”。 | 改革办 马振明 | 全年 |\n"
        "| 2 | 持续提升园区承载能力。 | 规划建设局（张云峰） | 全年 |\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [([u.name for u in t.responsible_units], t.leaders) for t in tasks] == [(["改革办"], ["马振明"]), (["规划建设局"], ["张云峰"])]


def test_people_of_a_leader_cell():
    # 周村区 2023 完成情况 (zhoucun.gov.cn doc_649e80e3…): "耿 峰 彭开国" is 耿峰 and 彭开国, not one name
    from policy_extract.units import split_people

    assert split_people("耿 峰 彭开国") == ["耿峰", "彭开国"]
    assert split_people("钱宇、王 健") == ["钱宇", "王健"]
    assert split_people("省政府分管领导同志") == ["省政府分管领导同志"]  # an office, as units are split


def test_a_row_without_its_merged_first_cell_and_the_sites_fields_under_the_table():
    # 海阳市 2022年民生事项 1-9月完成情况 (baoqoo.com/art/2022/10/8/art_48731_2934579): "四、教育文化" printed on
    # row 14 only, rows 15 and 16 one cell short (row 15 closed by an empty cell); the site's
    # "索引号: | … | 成文日期: | 2022-10-08 |" under the table had given two tasks
    text = ("类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 |\n"
            "四、教育文化 | 14.改扩建泉山学校及庙后吕家初级中学 | 完成泉山学校一期2座教学楼建设。 | 教育体育局 | 刘福利 | 完成主体建筑结构施工。 |\n"
            "15.推进学校塑胶运动场地建设 | 完成罗峰学校塑胶运动场地建成并投入使用。 | 教育体育局 | 刘福利 | 9月份开始施工。 | |\n"
            "索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.responsible_units], t.leaders) for t in doc.tasks] == [
        ("14", ["教育体育局"], ["刘福利"]), ("15", ["教育体育局"], ["刘福利"])]
    assert doc.meta.issue_date == "2022-10-08"


def test_a_row_without_its_merged_cell_after_its_number():
    # 咸宁市“菜篮子”市长负责制考核责任分工 2021 (review gb 08): "生产能力 (22分)" printed on row 1 only, row 2 a cell short after
    # its number and closed by "| ||" — its lead had fallen into the 数据来源 column and its text into 评分标准's
    text = ("序号 | 一级指标 | 二级指标 | 考核内容 | 评分标准 | 数据来源 | 牵头单位 | 责任单位 |\n"
            "1 | 生产能力 (22分) | 蔬菜面积 (5分) | 本地区各种蔬菜的播种面积。 | 考核年度蔬菜播种面积达到前3年平均值的98%得基础分。 | 省、市 统计局数据 | 市农业农村局 | |\n"
            "2 | 蔬菜产量 (5分) | 本地区生产的各种蔬菜的产量。 | 考核年度蔬菜产量达到前3年平均值的98%得基础分。 | 省、市 统计局数据 | 市农业农村局 | ||\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.text, [u.name for u in t.lead_units]) for t in tasks] == [
        ("1", "本地区各种蔬菜的播种面积。", ["市农业农村局"]), ("2", "本地区生产的各种蔬菜的产量。", ["市农业农村局"])]


@pytest.mark.parametrize("join", ["\n", ""])
def test_a_row_without_its_merged_unit_cell_before_its_progress(join):
    # 泰顺县 2024年4月省政府民生实事项目进展情况汇总表 (ts.gov.cn/art/2024/5/11/art_1229751394_59134247.html, review gi 06):
    # 县卫生健康局 printed on row 1 only; rows 2 and 3 a cell short, their 落实情况 in the 牵头单位 column and "| |" after it —
    # "已完成。 完成筛查人数3495人,完成率47.23%" had been read as the lead; flattened, the rows lose the "| |" and the plan
    # "4月:完成筛查人数1480人(20%)。" had been (a share is no unit's name; a time's text stands in a text column where no column is the time's)
    text = ("序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n"
            "1 | 为全县60岁以上老年人免费接种流感疫苗24723人。 | 4月:制定并下发老年名免费接种流感疫苗工作方案。 | 县卫生健康局 | 已完成。 已制定并下发老年人免费接种流感疫苗工作方案。 |\n"
            "2 | 为全县重点人群免费开展结直肠癌筛查,2024年重点筛查60岁以上人群7400人。 | 4月:完成筛查人数1480人(20%)。 | 已完成。 完成筛查人数3495人,完成率47.23% | |\n"
            "3 | 在公共场所新增配置自动体外除颤仪47台。 | 4月:公布采购意向公告。申请资产配置。制定AED点位安排表。 | 已完成。 3月11日公开意向采购公告 | |\n"
            "4 | 培训应急救护人员235人。 | 4月:明确点位培训人员对象,完成应急救护人员培训65人。 | 县红十字会 | 已完成。 已确定点位,培训188人,完成进度80%。 |\n").replace("\n", join)
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", ["县卫生健康局"], []), ("2", ["县卫生健康局"], []), ("3", ["县卫生健康局"], []), ("4", ["县红十字会"], [])]
    # but a row a cell short whose last cell is a name, not a report, keeps it as its unit (diffreview-h1 p02, flattened: the school's
    # name had stood in 落实情况 and the lead had come from the row above)
    flat = ("序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |1 | 新建县城第三幼儿园。 | 9月:完成主体结构封顶。 | 县教育局 | 已完成主体结构。 |"
            "2 | 实施县实验小学教学楼抗震加固工程。 | 9月:完成加固设计并进场施工。 | 县实验小学 | |")
    assert [[u.name for u in t.lead_units] for t in policy_extract.parse_text(flat).tasks] == [["县教育局"], ["县实验小学"]]
    # a report that names the county ("全县已完成") or a project whose name ends as a body's ("改扩建县中医院") is no unit (diffreview-h2 p28, p30)
    rows = ("序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n1 | 新建县城第三幼儿园。 | 9月:完成主体结构封顶。 | 县教育局 | 已完成主体结构。 |\n"
            "2 | 实现全县中小学校园视频监控全覆盖。 | 9月:完成设备安装。 | 全县已完成 | |\n")
    assert [[u.name for u in t.lead_units] for t in policy_extract.parse_text(rows).tasks] == [["县教育局"], ["县教育局"]]
    rows = ("序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n1 | 新建县妇幼保健院。 | 4月:完成主体施工。 | 县卫生健康局 | 已完成。 |\n"
            "2 | 改扩建县中医院 | 4月:完成招标。 | 已完成。4月18日完成招标。 | |\n")
    assert [[u.name for u in t.lead_units] for t in policy_extract.parse_text(rows).tasks] == [["县卫生健康局"], ["县卫生健康局"]]


def test_two_columns_of_units_doing_the_work():
    # 平顶山市全面推行河长制主要任务分解方案 2018 (review r8a, its table with the cells apart): "牵头单位 | 参与单位 |
    # 责任单位" — the 责任单位 column had been dropped for the 参与单位 one
    text = ("序号 | 类别 | 主要任务 | 细化措施 | 牵头单位 | 参与单位 | 责任单位 |\n"
            "1 | 加强水资源保护 | 严守水资源开发利用控制红线 | 实施水资源消耗总量和强度双控行动。 | 市水利局 | 市发展改革委、市住房和城乡建设局 | 各县(市、区)政府 |\n")
    task = policy_extract.parse_text(text).tasks[0]
    assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (
        ["市水利局"], ["市发展改革委", "市住房和城乡建设局", "各县(市、区)政府"])


@pytest.mark.parametrize("join", ["\n", ""])
def test_one_task_printed_as_a_card_of_labelled_cells(join):
    # 广州 2023 重点工作落实情况 (gz.gov.cn/zwgk/zdgzlsqk2023/content/post_9622093.html, review r24a 07): one item's card,
    # "label: | value |" rows, a label alone over its value; no task had been found, lined or flattened
    rows = ["重点工作: | 135.统筹违法建设治理与城市更新,促进违法建设科学分类治理。 |", "牵头单位: | 市城市管理综合执法局 |",
            "年度阶段性工作目标: | 第一季度:印发《广州市2023年违法建设治理工作方案》。 |", "进展情况、存在问题 及下一步工作建议: |",
            "已完成。 全市治理违法建设2318.70万平方米。 |"]
    tasks = policy_extract.parse_text(join.join(rows) + "\n").tasks
    assert [(t.number, t.text, [u.name for u in t.lead_units]) for t in tasks] == [
        ("135", "统筹违法建设治理与城市更新,促进违法建设科学分类治理。", ["市城市管理综合执法局"])]
    # a card that names no task and no unit is no task list
    assert policy_extract.parse_text("姓名: | 张三 |\n联系电话: | 0311-66005160 |\n").tasks == []


def test_the_leader_a_heading_names_over_a_table_is_each_rows():
    # 温州市龙湾区 2023 重点工作责任分解 (longwan.gov.cn/art/2023/3/22/art_1229536979_58972142.html, review r26c 09): the
    # heading "二、李丹常委、常务副区长牵头重点工作" over a table; no row had its leader
    text = ("二、李丹常委、常务副区长牵头重点工作\n序号 | 重点工作 | 责任单位\n1 | 地区生产总值增长6.5%。 | 区发改局\n"
            "2 | 一般公共预算收入增长与经济增长基本同步。 | 区财政局\n")
    assert [t.leaders for t in policy_extract.parse_text(text).tasks] == [["李丹常委、常务副区长"]] * 2


def test_one_task_printed_as_labelled_lines():
    # 广州 2021 重点工作 任务163 (gz.gov.cn/zwgk/zdgzlsqk/2021zdgz/tscsgnpz/content/post_8185830.html, review r27b 02): the
    # same card as "label: | value |" rows, printed as labelled lines; no task had been found
    text = ("• 来源: 广州市人民政府办公厅\n重点工作: 全面推行林长制。\n牵头单位: 市林业园林局\n"
            "年度阶段性工作目标: 第一季度:成立专项工作小组,组建工作专班。\n第二季度:总结梳理增城区林长制试点经验。\n"
            "进展情况、存在问题\n及下一步工作建议:\n已完成。\n相关新闻\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.text, [u.name for u in t.lead_units]) for t in tasks] == [("全面推行林长制。", ["市林业园林局"])]
    # labelled lines that name no task column are no card (郑州 2012's "主管领导:刘东" / "责任单位:市教育局" under an item)
    assert policy_extract.parse_text("主管领导: 刘东\n责任单位: 市教育局\n").tasks == []


def test_a_task_table_with_no_number_column_whose_first_column_no_rule_names():
    # 登封市徐庄镇2017年度安全生产专项整治工作计划 (public.dengfeng.gov.cn/D49Y/2044017.jhtml, review r30a 10):
    # "专项整治行业名称 | 时间安排 | 责任单位 |" — no 序号, and no rule names the first column; the table gave no task
    assert header_columns(["专项整治行业名称", "时间安排", "责任单位"]) == {"deadline": 1, "responsible": 2, "task": 0}
    text = ("一、专项整治安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n烟花爆竹 | 1月份 | 安监站 安监所 |\n"
            "电力设施 | 3月份 | 电管所 |\n交通运输 | 12月份 | 超限站 公路站 交警六中队 |\n")
    doc = policy_extract.parse_text(text)
    assert [(t.text, [u.name for u in t.responsible_units], t.deadline.text) for t in doc.tasks] == [
        ("烟花爆竹", ["安监站", "安监所"], "1月份"), ("电力设施", ["电管所"], "3月份"), ("交通运输", ["超限站", "公路站", "交警六中队"], "12月份")]
    # a card's labels are no such table: "主管领导 | 责任单位 | 主要责任人 | 进度安排" (郑州 2012 十大实事, review r18a 07)
    assert "task" not in header_columns(["主管领导", "责任单位", "主要责任人", "进度安排"])


def test_a_problem_column_is_the_task_beside_a_first_column_of_no_known_name():
    # 岳阳 2019 全国卫生城市测评路段问题汇总表 (review hq 02): "序号 | 路段名称 | 问题描述 | 责任单位 | 备注" — the road had been each
    # row's task and the problem its path
    assert header_columns(["序号", "路段名称", "问题描述", "责任单位", "备注"]) == {"number": 0, "task": 2, "responsible": 3, "note": 4}
    text = ("全国卫生城市测评路段问题汇总表\n序号 |\n路段名称 |\n问题描述 |\n责任单位 |\n备注 |\n1 |\n湘北大道 |\n湘北大道沿线街道车辆违停严重 |\n"
            "停车办 |\n|\n2 |\n湘北大道 |\n求真垃圾站前种菜,旁边杂草丛生 |\n市环卫中心 |\n|\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.text, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("湘北大道沿线街道车辆违停严重", ["停车办"]), ("求真垃圾站前种菜,旁边杂草丛生", ["市环卫中心"])]
    # without a problem column the first column of no known name after the number stays the task's (沙坪坝区 2022)
    assert header_columns(["序号", "2022年预期目标", "责任单位"])["task"] == 1


def test_a_table_one_cell_per_line_under_a_group_column_and_an_action_label():
    # 静安区“卓越城区”城市更新行动重点任务清单（2023-2025年） (zhiyao87/Shanghai-Gov-Docs-Index, review w04): "任务类型 / 序号 / 工作任务 /
    # 推进单位", the first rows under "行动一：…" (no number of its own), groups "旧区改造", "旧住房更新改造" merged down their rows —
    # no row had been read
    cells = ["任务类型", "序号", "工作任务", "推进单位", "行动一：再造发展新极行动（综合区域整体焕新行动）", "1", "推进走马塘片区规划研究",
             "区规划资源局、区建设管理委", "2", "推进大徐家阁地区规划研究", "区规划资源局、区发展改革委",
             "行动二：重塑美丽新居行动（人居环境品质提升行动）", "旧区改造", "3", "全面完成中心城区零星二级旧里以下房屋改造",
             "区房管局、各相关街镇", "旧住房更新改造", "4", "推进小梁薄板等老旧住房成套改造。", "区房管局", "5", "完成既有多层住宅加装电梯700台", "区房管局"]
    tasks = policy_extract.parse_text("\n".join(cells) + "\n").tasks
    assert [(t.number, t.path[-1], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", "行动一：再造发展新极行动（综合区域整体焕新行动）", ["区规划资源局", "区建设管理委"]),
        ("2", "行动一：再造发展新极行动（综合区域整体焕新行动）", ["区规划资源局", "区发展改革委"]),
        ("3", "旧区改造", ["区房管局", "各相关街镇"]), ("4", "旧住房更新改造", ["区房管局"]), ("5", "旧住房更新改造", ["区房管局"])]


def test_a_groups_number_in_a_cell_of_its_own_opens_a_table_copied_one_cell_per_line():
    # 静安区2025年碳达峰碳中和及节能减排重点工作 分工 (zhiyao87/Shanghai-Gov-Docs-Index, review ag03; its 2026 edition, ac08): the
    # group's bare number "一" in the 序号 column, its name in the next cell, then the rows — the table had given no task
    cells = ["序号", "重点任务", "具体工作", "时间进度", "责任部门", "一", "推进碳达峰碳中和综合管理",
             "1", "全力推进节能降碳目标进度，明确年度重点工作任务", "全年推进", "发展改革委、生态环境局",
             "2", "将节能减排降碳目标任务纳入区政府重点工作", "全年推进", "发展改革委", "二", "加快推进能源绿色低碳转型",
             "3", "编制2024年度温室气体排放清单和大气污染物排放清单", "年内完成", "生态环境局"]
    tasks = policy_extract.parse_text("\n".join(cells) + "\n").tasks
    assert [(t.number, t.path[-1], [u.name for u in t.responsible_units], t.deadline.text) for t in tasks] == [
        ("1", "一推进碳达峰碳中和综合管理", ["发展改革委", "生态环境局"], "全年推进"), ("2", "一推进碳达峰碳中和综合管理", ["发展改革委"], "全年推进"),
        ("3", "二加快推进能源绿色低碳转型", ["生态环境局"], "年内完成")]
    # (diffreview-y) a bare numeral that is a row's value ("一" in a 风险等级 column) is no group's number
    value = ["序号", "任务", "等级", "责任单位", "完成时限", "1", "推进老旧小区改造工作", "一", "区房管局", "2024年底", "2", "加快社区食堂建设工作", "二", "区民政局", "2024年6月底"]
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text("\n".join(value) + "\n").tasks] == [["区房管局"], ["区民政局"]]

    # with the plan's own items over it, which name no unit: the rows are the tasks, the items their outline
    body = "二、主要任务\n（一）推进碳达峰碳中和综合管理。明确年度重点工作任务。\n（二）加快推进能源绿色低碳转型。推动可再生能源发展。\n附件\n"
    tasks = policy_extract.parse_text(body.replace("（二）加快推进能源绿色低碳转型。推动可再生能源发展。\n", "") + "\n".join(cells) + "\n").tasks
    assert [t.number for t in tasks] == ["1", "2", "3"]  # (one item over three rows)
    # (diffreview-z) two items the rows' groups name are restated by them, at fewer than three rows an item
    assert [t.number for t in policy_extract.parse_text(body + "\n".join(cells) + "\n").tasks] == ["1", "2", "3"]
    # (items that name their units stay, the rows beside them: "（一）…（责任单位：发展改革委）")
    noted = body.replace("明确年度重点工作任务。", "明确年度重点工作任务。（责任单位：发展改革委）")
    assert [t.number for t in policy_extract.parse_text(noted + "\n".join(cells) + "\n").tasks][:2] == ["（一）", "（二）"]


def test_a_year_alone_in_a_time_cell_of_a_table_copied_one_cell_per_line():
    # 宝山区生活垃圾全程分类实施方案 附件1 任务分解 (zhiyao87/Shanghai-Gov-Docs-Index, review al01): "2019年" in the 时间节点 column had
    # not been read as a time, so row 2 took row 1's "2019年3月" as merged down
    cells = ["序号", "任务名称", "任务内容", "牵头部门", "配合部门", "时间节点",
             "1", "加强组织领导", "召开全区生活垃圾分类工作动员大会，部署全区工作。", "区政府办公室", "各联席会议成员单位", "2019年3月",
             "2", "将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容，纳入专项督查和绩效评价指标体系。", "区委组织部（区公务员局）", "区绿化市容局", "2019年",
             "3", "建立健全“两级政府、三级管理、四级落实”的工作机制。", "区政府办公室", "各街镇（园区）", "2019年6月"]
    tasks = policy_extract.parse_text("\n".join(cells) + "\n").tasks
    assert [(t.number, t.deadline.date, [u.name for u in t.lead_units]) for t in tasks] == [
        ("1", "2019-03-31", ["区政府办公室"]), ("2", "2019-12-31", ["区委组织部（区公务员局）"]), ("3", "2019-06-30", ["区政府办公室"])]


def test_a_unit_cell_merged_down_its_rows_in_a_table_one_cell_per_line():
    # the same 清单 (review w04): 推进单位 merged down rows 4–8 and 12–14 is printed once, on its first row; the rows under it,
    # across a group's cell, are the merged cell's too — and a row printing its own cell starts a new merge
    cells = ["序号", "工作任务", "推进单位", "旧区改造", "4", "全面完成中心城区零星二级旧里以下房屋改造", "区“两旧”专班、区房管局、各相关街镇",
             "旧住房更新改造", "5", "推进小梁薄板等老旧住房成套改造，基本完成小梁薄板房屋改造。", "6", "加快推进各类旧住房更新改造。",
             "公共空间优化", "12", "完成公共空间优化项目，推进静安公园改造和不夜城绿地改造", "区绿化市容局", "13", "改建或新建9座左右口袋公园"]
    tasks = policy_extract.parse_text("\n".join(cells) + "\n").tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("4", ["区“两旧”专班", "区房管局", "各相关街镇"]), ("5", ["区“两旧”专班", "区房管局", "各相关街镇"]),
        ("6", ["区“两旧”专班", "区房管局", "各相关街镇"]), ("12", ["区绿化市容局"]), ("13", ["区绿化市容局"])]
    # (diffreview-x) no cell is merged across a part's full-width row ("二、产业发展"): the row under it takes nothing from above
    cells = ["序号", "工作任务", "责任单位", "完成时限", "一、城市建设", "1", "推进旧区改造", "区房管局", "2024年底", "二、产业发展", "2", "推进招商引资工作", "3",
             "推进产业园区建设", "区经委", "2024年6月底"]
    tasks = policy_extract.parse_text("\n".join(cells) + "\n").tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("1", ["区房管局"]), ("2", []), ("3", ["区经委"])]


def test_a_measure_cell_listing_several_running_items_gives_each_its_task():
    # 中山市医疗保障局 2022 政务公开工作要点分工方案 (hsa.zs.gov.cn …post_2145150.html, review bs02): one cell holds items 4 and 5 of the
    # list that runs through the table ("4.规范使用…办理实效。 5.用好平台监督管理功能…"); item 5 had been lost in item 4's text
    text = ("工作要求 | 一级要点 | 二级要点 | 责任科室 |\n"
            "一、优化政务公开工作基础 | (一)深化行政规章集中公开。 | 1.规范行政法规使用。 | 法规和基金监管科牵头,办公室配合 |\n"
            "2.摸清本单位规范性文件底数。 | 办公室牵头,各科室配合 | ||\n"
            "(二)推进标准化规范化。 | 3.持续推动主动公开目录的编制。 | 办公室牵头,各科室配合 | |\n"
            "(三)提升依申请公开规范化程度。 | 4.规范使用全省政府信息依申请公开系统,提升办理实效。 5.用好平台监督管理功能,督促做好依申请公开。 | 办公室 | |\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.text[:6], [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", "规范行政法规", ["法规和基金监管科"], ["办公室"]), ("2", "摸清本单位规", ["办公室"], ["各科室"]), ("3", "持续推动主动", ["办公室"], ["各科室"]),
        ("4", "规范使用全省", [], ["办公室"]), ("5", "用好平台监督", [], ["办公室"])]
    # a row's own points, starting again at 1 in every row, stay the row's text
    text = ("工作任务 | 具体措施 | 责任单位 |\n加强监管 | 1.开展检查。 2.通报结果。 | 市市场监管局 |\n优化服务 | 1.简化流程。 2.压缩时限。 | 市政务服务局 |\n")
    assert [t.text for t in policy_extract.parse_text(text).tasks] == ["开展检查。 2.通报结果。", "简化流程。 2.压缩时限。"]
    # nor where another row opens with the number after the first row's points, nor a cell whose next row opens with its last number again
    # (diffreview-ae's probes)
    text = ("工作任务 | 具体措施 | 责任单位 |\n加强监管 | 1.开展专项整治。2.建立长效机制。 | 市市场监管局 |\n优化服务 | 1.加强宣传。2.组织培训。 | 市政务服务局 |\n"
            "强化督查 | 3.加强督查。 | 市督查室 |\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "1", "3"]
    text = ("工作任务 | 具体措施 | 责任单位 |\n加强监管 | 1.加强领导。 | 市市场监管局 |\n优化服务 | 2.开展专项整治。 3.建立长效机制。 | 市政务服务局 |\n"
            "强化督查 | 3.加强宣传。 | 市督查室 |\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "3"]
    # nor a first row's points before rows printing no number (diffreview-af's probe)
    text = "工作任务 | 责任单位 | 完成时限 |\n1.开展业务培训；2.印发工作手册；3.组织专题宣讲 | 区人社局 | 6月底 |\n加强宣传引导 | 区委宣传部 | 年底 |\n"
    assert [t.text[:6] for t in policy_extract.parse_text(text).tasks] == ["开展业务培训", "加强宣传引导"]


@pytest.mark.parametrize("rows, numbers", [
    # diffreview-ag's probes F8 and F11: a 序号 column left blank in every row, the measure cells running on "1.…；2.…" / "3.…；4.…" —
    # each row's items are the notice's; a row numbered in its number cell keeps its own points
    (" | 1.推进改造；2.新建学校 | 区住建局 | 年底 |\n | 3.开展培训；4.印发手册 | 区人社局 | 6月底 |\n", ["1", "2", "3", "4"]),
    (" | 1.推进改造 | 区住建局 | 年底 |\n | 2.新建学校；3.开展培训 | 区教育局 | 6月底 |\n", ["1", "2", "3"]),
    ("1 | 1.推进改造；2.新建学校 | 区住建局 | 年底 |\n2 | 1.开展培训；2.印发手册 | 区人社局 | 6月底 |\n", ["1", "2"]),
])
def test_running_items_in_cells_under_a_blank_number_column(rows, numbers):
    text = "序号 | 工作任务 | 责任单位 | 完成时限 |\n" + rows
    assert [t.number for t in policy_extract.parse_text(text).tasks] == numbers


def test_a_measure_cell_after_circled_points_in_a_progress_table():
    # 南通市崇川区城市管理局 2024 重点工作任务落实清单推进情况 (chongchuan.gov.cn …8deb9fb5….html, review web-d 04): the measures numbered ①②③,
    # then a task numbered 58. — cell_items had read the last task's number "③" as a figure and stopped the parse with a ValueError
    text = ("2024年区政府重点工作任务落实清单推进情况(1-8月)\n年度重点工作 | 细化任务及目标 | 三季度目标 | 分管领导 | 牵头单位 | 落实情况(1-8月) | 是否达序 | 说明 |\n"
            "57.务实开展垃圾分类管理。 | ①建成厨余垃圾处置中心并运营。 | 完成建设。 | 徐国江 | 城管局 | 厨余项目土建部分完成 | 是 | |\n"
            "②新建“三定一督”小区193个。 | 开工建设。 | 已进入合同履行阶段。 | 是 | ||||\n"
            "58.开展违建专项治理。 | 1.削减存量底册违建至30%。 2.遏制新增违建。 | 徐国江 | 城管局 | 削减42.21%。 | 是 | ||\n")
    assert policy_extract.parse_text(text).tasks[-1].text.startswith("削减存量底册违建至30%。")  # read, no error


def test_numbered_tasks_and_their_progress_with_the_units_in_the_task_cells():
    # 湖州市住建局 2020 市政府工作报告重点工作进展情况汇总 (jsj.huzhou.gov.cn/art/2020/10/28/art_1229513017_3644396.html, review ca02): no unit or time
    # column, each task cell closed by its unit note — the rows had given no tasks; the progress column is no task and names no unit
    text = ("市政府工作报告重点工作进展情况汇总(1-7月)\n序号 | 目标任务 | 推进情况 |\n"
            "1 | 坚持房子是用来住的、不是用来炒的定位,促进房地产市场平稳健康发展。(责任单位:市建设局) | 1-7月,核发商品房预(现)售许可证面积497万平方米。 |\n"
            "2 | 开展绿色建筑和绿色金融协同发展试点,发展装配式建筑。(责任单位:市建设局、市金融办、市人行) | 1.编制湖州市绿色建筑评价及设计导则。 |\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.text[-8:], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", "促进房地产市场平稳健康发展。"[-8:], ["市建设局"]), ("2", "发展装配式建筑。", ["市建设局", "市金融办", "市人行"])]


def test_a_numbered_pipe_row_broken_after_a_cell_goes_on_on_the_next_line():
    # 淮南市林业局 2021年《政府工作报告》主要任务第一季度落实情况 (a mirror page, review fo 05): row 99's last two cells are
    # on the next line; the row's task is its 主要任务, not a status or a contact
    text = ("序号 | 主要任务 | 牵头单位 | 协同单位 | 工作进度 | 落实情况 | 进度滞后原因及下步措施 | 联系人 联系电话 |\n"
            "99 | 加大沿淮湿地保护力度。 | 市林业局 | 市水利局、市生态环境局、相关县区政府、相关园区管委会 | 序时推进 | "
            "1、扎实开展造林绿化和生态修复工作,全市共完成造林5.9万亩。 2、启动了焦岗湖、凤凰湖湿地修复工程。 |\n"
            "市财政未安排湿地修复工程项目市级资金。 | 王家耀 6678008 18909646282 |\n"
            "175 | 开展大规模国土绿化行动,推深做实“五绿”措施,新增造林3万亩。 | 市林业局 | 相关县区政府、相关园区管委会 | 已完成 | "
            "入春以来,全市各地抢抓有利天气,持续开展国土绿化提升行动。 | | 闫家峰6644603 |\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.text, [u.name for u in t.lead_units], len(t.responsible_units)) for t in doc.tasks] == [
        ("99", "加大沿淮湿地保护力度。", ["市林业局"], 4), ("175", "开展大规模国土绿化行动,推深做实“五绿”措施,新增造林3万亩。", ["市林业局"], 2)]
    assert not doc.warnings


def test_a_pipe_row_that_stops_inside_a_cell_goes_on_in_the_next_lines_first_cell():
    # 创建国家园林城市 任务分解 (page 6 of a stored copy, review fo 06): row 1's 协助单位 cell holds two units on two lines, the
    # line stopping after the first with no " |"; the next line is no row of its own, and gives row 1 its time limit
    text = ("任务 内容 | 国家园林城市 标准或要求 | 工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |\n"
            "生 态 环 境 | 1、城市大环境绿化扎实开展,效果明显,形成城郊一体的优良环境。 | 禁止开发城市周围的自然山体,保护植被;加强农田保护,"
            "进行农村庄点绿化,形成城乡一体的优良环境。 | 市规划局 | 市国土资源局\n市农牧林业局 | 2010年9月20日前 |\n"
            "2、按照城市卫生、安全、防灾、环保等要求建设防护绿地,环境效益良好。 | 加强建成区防护绿地、交通岛绿地的建设及绿化带的管护。 | "
            "市规划局 市建设局 | 有关部门 | 2010年9月20日前 |\n")
    doc = policy_extract.parse_text(text)
    assert [([u.name for u in t.responsible_units], t.deadline and t.deadline.date) for t in doc.tasks] == [
        (["市国土资源局", "市农牧林业局"], "2010-09-20"), (["有关部门"], "2010-09-20")]


def test_a_pipe_header_whose_last_names_went_on_the_next_line():
    # 黄山市体育局 2023年9月市政府重点工作完成情况 (tyj.huangshan.gov.cn/zwgk/public/6615738/11466093.html, review ft 05): "进展情况 | 完成状态 |" under "序号 | 重点工作目标任务 | 责任单位 |"
    # had been a task of its own ("完成状态"); row 2's 完成状态 cell went on the next line too
    text = ("市体育局2023年9月市政府重点工作完成情况\n序号 | 重点工作目标任务 | 责任单位 |\n进展情况 | 完成状态 |\n"
            "1 | 办好中国黄山绿水青山运动会。 | 市体育局 | 2023长三角绿水青山运动会已于5月18日在歙县徽州古城开幕。 | 达预期 |\n"
            "2 | 发展全民健身事业,建设15分钟健身圈。 | 市体育局 | 截至9月底,全市已完成健身设施维修、改造514个。 |\n达预期 |\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.text, [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", "办好中国黄山绿水青山运动会。", ["市体育局"]), ("2", "发展全民健身事业,建设15分钟健身圈。", ["市体育局"])]
    assert not doc.warnings


@pytest.mark.parametrize("probe", ["28", "13", "12"])
def test_rows_next_to_broken_lines_keep_their_own_cells(probe):
    # diffreview-c1's probes of this stop's row joins (their readings written before the tool ran): a first row holding a column's
    # word ("开展重点工作督查") is no header's tail (p28); a row that printed its empty last cell is whole, the group row under it no
    # cell of it (p13); a line stopping after a whole cell goes on with a time limit that opens with its year (p12)
    text, expected = _ROW_JOIN_PROBES[probe]
    got = [(t.path, t.text[:6], [u.name for u in t.responsible_units], t.deadline and t.deadline.date) for t in policy_extract.parse_text(text).tasks]
    assert got == expected


_ROW_JOIN_PROBES = {
    "28": ("某市2023年政务公开重点工作任务分工\n工作任务 | 责任单位 | 完成时限 |\n开展重点工作督查 | 市政府督查室 | 每季度 |\n"
           "推进政策文件解读 | 市政府办公室 | 长期坚持 |\n做好政府信息公开年报 | 市政府办公室 | 2023年1月31日前 |\n",
           [([], "开展重点工作", ["市政府督查室"], None), ([], "推进政策文件", ["市政府办公室"], None), ([], "做好政府信息", ["市政府办公室"], "2023-01-31")]),
    "13": ("某市2023年城市品质提升重点任务清单\n序号 | 工作任务 | 责任单位 | 完成时限 |\n生态环境 |\n1 | 开展河道清淤疏浚。 | 市水利局 | 2023年5月底前 |\n"
           "2 | 推进城市内涝治理。 | 市住建局 | |\n城市管理 |\n3 | 开展占道经营专项整治。 | 市城管局 | 2023年6月底前 |\n"
           "4 | 推进垃圾分类示范小区建设。 | 市城管局 | 2023年12月底前 |\n",
           [(["生态环境"], "开展河道清淤", ["市水利局"], "2023-05-31"), (["生态环境"], "推进城市内涝", ["市住建局"], None),
            (["城市管理"], "开展占道经营", ["市城管局"], "2023-06-30"), (["城市管理"], "推进垃圾分类", ["市城管局"], "2023-12-31")]),
    "12": ("某市2023年防汛重点工作任务分解\n序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n1 | 完成城区易涝点改造。 | 市住建局 | 市水利局、市城管局\n"
           "2023年5月31日前 |\n2 | 开展水库安全隐患排查。 | 市水利局 | 各县区政府 | 2023年4月30日前 |\n",
           [([], "完成城区易涝", ["市水利局", "市城管局"], "2023-05-31"), ([], "开展水库安全", ["各县区政府"], "2023-04-30")]),
}


def test_a_measure_column_named_as_a_task_too_heads_the_content_column_after_it():
    # 台州市 城镇污水管网 重点工作任务表 (minyi.zjzwfw.gov.cn/dczjnewls/dczj/idea/topic_12571.html, review hh 01): "重点工作任务和保障措施"
    # holds the group ("科学完善顶层设计"), 工作内容 the work; the group had been the task's text, the work lost
    text = ("序号 | 重点工作任务和保障措施 | 工作内容 | 牵头部门 | 协同部门 |\n"
            "1 | 科学完善顶层设计 | 坚持目标导向和问题导向相结合,科学完善城镇污水专项规划,优化污水系统布局。 | 市建设局 | 市自然资源和规划局、市综合执法局 |\n")
    task = policy_extract.parse_text(text).tasks[0]
    assert task.text.startswith("坚持目标导向") and [u.name for u in task.lead_units] == ["市建设局"]
    # a measure's name and its description, one row each ("改革举措 | 主要内容", 国办发〔2018〕126号 推广清单, corpus 1067): the measure's name
    listed = ("序号 | 改革举措 | 主要内容 | 指导部门 |\n1 | 知识产权民事、刑事、行政案件“三合一”审判 | 整合分散的审判资源,实行“三合一”。 | "
              "最高人民法院、国家知识产权局 |\n")
    assert policy_extract.parse_text(listed).tasks[0].text.startswith("知识产权民事")


def test_a_padded_pipe_table_joined_into_one_line():
    # 汉中市优化调整稳就业政策措施支持稳岗扩容提质惠民生重点任务清单 (jhj.hanzhong.gov.cn …54fb9034973a4ee791602ea92cc4b04b.shtml, review hl 01,
    # its lines joined): cells padded with runs of blanks, rows apart by "|     |"; the padding had cut the line into paragraphs and no row
    # was read; row 2 lacks its 政策类型 (merged down) and closes with an empty cell
    pad = " " * 14
    cells = [["序号", "政策类型", "政策要点", "主要措施", "牵头单位", "配合单位", "备注"],
             ["1", "助企纾困稳定就业岗位", "阶段性降低失业保险、工伤保险费率", "阶段性降低失业保险、工伤保险费率的政策2023年6月30日到期后,延续实施至2024年12月31日。",
              "市人社局", "市财政局、市税务局", "实施期限至2024年12月31日前"],
             ["2", "失业保险稳岗返还政策", "上年度未裁员或裁员率不高于上年度全国城镇调查失业率的控制目标,可申请失业保险稳岗返还。", "市人社局", "市财政局",
              "实施期限至2023年12月31日前"]]
    line = "附件汉中市优化调整稳就业政策措施支持稳岗扩容提质惠民生重点任务清单|" + "     |".join("".join(f"{pad}{c}  |" for c in row) for row in cells)
    tasks = policy_extract.parse_text(line).tasks
    assert [(t.number, t.text[:8], [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", "阶段性降低失业保", ["市人社局"], ["市财政局", "市税务局"]), ("2", "上年度未裁员或裁", ["市人社局"], ["市财政局"])]
