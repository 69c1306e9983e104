"""Tables whose layout was lost (flat_tables.py): the xian-2022 table sample with its line
breaks lost, as crawled text arrives (issue 11)."""
from __future__ import annotations

import pytest

import policy_extract
from conftest import FIXTURES, TABLE, document, sample_text, task_count
from policy_extract import rules
from policy_extract.flat_tables import _PAGE_HEADER, _drop_repeated_headers, _tab_run_rows, split_header_run
from policy_extract.load import load_string
from policy_extract.normalize import normalize
from policy_extract.pipe_runs import prose_around_pipes, table_start


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
    assert _drop_repeated_headers(cells, header) == ["(5) 建立动态管理机制。", "市行政审批局", "持续推进", _PAGE_HEADER, "(6) 深化改革。", "市司法局"]


def test_the_row_after_a_repeated_header_opens_a_row_whatever_closed_the_last():
    # seed 004 (西安 2022 table) with its line breaks lost: the last row before the page's header
    # ends in a time limit no pattern reads ("2022年8月底前完成自查、…10月底前…整改到位"), and the
    # page's first row opens with its group "(十)"; row (45) had been glued into row (44)
    header = ["序号", "陕西省《工作要点》部署任务", "西安市落实措施", "牵头单位", "责任单位", "完成时限", "备注"]
    cells = header + [
        "(9) 持续清理规范。", "26. 坚决整治乱收费。", "(44) 扎实开展涉企违规收费专项整治行动。", "市发改委", "各区县政府",
        "2022年8月底前完成自查、10月底前自查发现问题彻底整改到位序号", *header[1:-1], "备注(十) 全面实施“双随机、一公开”监管。",
        "27. 进一步提高检查事项覆盖率。", "(45)持续推进市、区县(开发区)两级随机抽查工作。", "市市场监管局", "市级相关单位", "2022年12月底",
    ]
    rows = _tab_run_rows(cells)
    assert [row[0] for row in rows[1:]] == ["(9) 持续清理规范。", "(十) 全面实施“双随机、一公开”监管。"]
    assert "(45)持续推进市、区县(开发区)两级随机抽查工作。" in rows[2]


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


H12_GLUED = (  # realworld h12 (云南 e-paper), its rows 23-25 as printed: every separator lost
    "序号工作任务责任单位23未纳人低保等困难人群范围的计划生育特殊家庭,依申请给予医疗救助。省医保局牵头;省民政厅配合;"
    "各州(市)党委和政府落实24将符合条件的住房困难计划生育特殊家庭纳入公共租赁住房优先配租范围。将符合条件的计划生育特殊"
    "家庭老年人纳入公共租赁住房优先配租范围。省民政厅、省住房城乡建设厅、省卫生健康委牵头;省优化生育政策工作部门联席会议"
    "成员单位配合;各州(市)党委和政府落实25计划生育特殊家庭成员在世时,引导其通过办理遗嘱等方式,妥善处置财产。省卫生健康委、"
    "省民政厅、省司法厅牵头;各州(市)党委和政府落实"
)


def test_a_glued_table_numbered_in_full_width_digits():
    # a newspaper's page prints its numbers full-width ("…各州(市)党委和政府落实２４将符合条件的…"): the rows are cut
    # at "２４" as at "24" (realworld h12's rows with its digits made full-width, as 人民日报-style pages print them)
    tasks = policy_extract.parse_text(H12_GLUED.translate(str.maketrans("0123456789", "０１２３４５６７８９")) + "\n").tasks
    assert [t.number for t in tasks] == ["23", "24", "25"]
    assert [u.name for u in tasks[1].lead_units] == ["省民政厅", "省住房城乡建设厅", "省卫生健康委"]


def test_a_glued_table_whose_time_cell_stands_before_its_unit_cells():
    # 静安区2025年碳达峰碳中和及节能减排重点工作 分工 (zhiyao87/Shanghai-Gov-Docs-Index, review ag03) flattened: 序号 | 重点任务 | 具体工作 |
    # 时间进度 | 责任部门, groups "一推进…管理" run on after a row's units, a row's time "全年推进" before its units, short names with no
    # place before them; and a row's number glued to a year after it ("…水平182026年新建…", its 2026 edition, review ac08)
    text = ("附表：静安区2025年碳达峰碳中和及节能减排重点工作分工序号重点任务具体工作时间进度责任部门一推进碳达峰碳中和综合管理"
            "1全力推进节能降碳目标进度，明确年度重点工作任务全年推进发展改革委、生态环境局、建设管理委、商务委、科技经济委等"
            "2配合市级部门做好上海碳市场第十二个履约周期各项监督管理工作，督促纳入2024年碳市场配额管理的单位完成清缴履约全年推进生态环境局"
            "3编制2024年度温室气体排放清单和大气污染物排放清单年内完成生态环境局二加快推进能源绿色低碳转型"
            "4分解年度光伏建设目标任务，制定年度光伏建设任务考核细则一季度完成发展改革委"
            "52026年新建民用建筑执行三星级绿色建筑标准规模占比不低于10%。年内完成建设管理委、区委党校")
    tasks = policy_extract.parse_text(text + "\n").tasks
    assert [(t.number, t.deadline.text, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", "全年推进", ["发展改革委", "生态环境局", "建设管理委", "商务委", "科技经济委"]), ("2", "全年推进", ["生态环境局"]),
        ("3", "年内完成", ["生态环境局"]), ("4", "一季度完成", ["发展改革委"]), ("5", "年内完成", ["建设管理委", "区委党校"])]
    assert tasks[3].path[-1] == "二加快推进能源绿色低碳转型" and tasks[4].text.startswith("2026年新建民用建筑")
    # (diffreview-z) a time cell "2025年6月底前" whole, not its month alone; a unit named for a place that opens with a numeral
    # ("五里桥街道") is the row's last unit, not the next group
    text = ("序号重点任务具体工作时间进度责任部门一推进综合管理1明确年度重点工作任务2025年6月底前发展改革委、生态环境局"
            "2分解年度光伏建设目标任务全年推进区房管局、五里桥街道3制定光伏建设任务考核细则上半年完成发展改革委")
    tasks = policy_extract.parse_text(text + "\n").tasks
    assert [(t.number, t.deadline.text, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", "2025年6月底前", ["发展改革委", "生态环境局"]), ("2", "全年推进", ["区房管局", "五里桥街道"]), ("3", "上半年完成", ["发展改革委"])]
    assert tasks[0].deadline.date == "2025-06-30" and tasks[2].path[-1] == "一推进综合管理"


def test_a_year_after_a_glued_header_is_no_rows_number():
    # 全面推进城市综合交通体系建设任务分解表 (上海市交通委, zhiyao87/Shanghai-Gov-Docs-Index, review y04 flattened): the header's last
    # names are no rule's, "…2024年工作任务2025年工作计划备注一、…" — "202" had been read as a row's number, "5年工作计划备注" as its task
    text = ("（三）做好定期总结归纳。各牵头部门按季度报送阶段性总结。全面推进城市综合交通体系建设任务分解表序号内容牵头部门配合部门2024年工作任务"
            "2025年工作计划备注一、科学编制并实施城市综合交通体系规划1科学编制城市综合交通体系规划综合规划处委内各相关处室1.继续完善编制基本思路。")
    tasks = policy_extract.parse_text(text + "\n").tasks
    assert tasks and not any(t.number == "202" or t.text.startswith("5年") for t in tasks)


@pytest.mark.parametrize("width", [20, 23, 33, 41, 46, 50, 80])
def test_a_glued_table_hard_wrapped_at_many_widths(width):
    # hard-wrapped, a line that ends a row's sentence or a bracket ends a paragraph (at 23 and 46 a row's text ends a
    # line and the next opens with the row's unit clause; at 20 and 80 the next holds the next row): both go on with
    # the table (widths 12-17 and 32 still fail, review diffreview-s20)
    text = "\n".join(H12_GLUED[k : k + width] for k in range(0, len(H12_GLUED), width)) + "\n"
    tasks = policy_extract.parse_text(text).tasks
    assert [t.number for t in tasks] == ["23", "24", "25"]
    assert [u.name for u in tasks[0].responsible_units] == ["省民政厅", "各州(市)党委和政府"]
    assert [u.name for u in tasks[1].lead_units] == ["省民政厅", "省住房城乡建设厅", "省卫生健康委"]
    assert [u.name for u in tasks[1].responsible_units] == ["省优化生育政策工作部门联席会议成员单位", "各州(市)党委和政府"]
    assert tasks[1].text.endswith("优先配租范围。") and "省民政厅" not in tasks[1].text
    assert [u.name for u in tasks[2].lead_units] == ["省卫生健康委", "省民政厅", "省司法厅"]


NO_NUMBER = "weifang-2017-zwgk-table-no-number-column.txt"  # fixtures/flat/README.md names the source


def _tasks(doc):
    return [(t.text[:12], [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.path) for t in doc.tasks]


@pytest.mark.parametrize("joiner", ["", " ", "\xa0", "\u3000\u3000"], ids=["nothing", "space", "nbsp", "ideographic"])
def test_a_table_without_a_number_column_with_its_line_breaks_lost(joiner):
    # header 目标 | 任务 | 主要内容 | 责任单位 and no row numbers: rows end where a unit cell
    # ("市发改委牵头落实") ends and the next row's text begins
    text = (FIXTURES / "flat" / NO_NUMBER).read_text(encoding="utf-8")
    lined = _tasks(policy_extract.parse_text(text))
    assert [t[1] for t in lined] == [["市发改委"], ["市人社局"], ["市金融办", "人民银行潍坊市中心支行", "潍坊银监分局"], ["市财政局"]]
    flat = _tasks(policy_extract.parse_text(joiner.join(line.strip() for line in text.split("\n") if line.strip()) + "\n"))
    assert [t[1:3] for t in flat] == [t[1:3] for t in lined]
    assert [t[0][:6] for t in flat[1:]] == [t[0][:6] for t in lined[1:]]
    assert all(t[3] == ["一、以政务公开助力稳增长"] for t in flat)


def test_a_flattened_header_without_a_number_column_is_its_own_paragraph():
    assert split_header_run("潍坊市2017年政务公开工作要点实施方案目标任务主要内容责任单位一、以政务公开助力稳增长(一)加强预期引导") == [
        "潍坊市2017年政务公开工作要点实施方案目标", "任务主要内容责任单位", "一、以政务公开助力稳增长(一)加强预期引导"]
    assert split_header_run("实施方案 目标 任务 主要内容 责任单位 一、以政务公开助力稳增长")[1:] == ["任务 主要内容 责任单位", "一、以政务公开助力稳增长"]
    # header words inside a sentence, or a header with a 序号 column (unglue_tables reads it), are left alone
    assert split_header_run("要明确重点任务责任单位完成时限，确保落实。") == ["要明确重点任务责任单位完成时限，确保落实。"]
    assert split_header_run("序号工作任务责任单位1树立婚育新风。") == ["序号工作任务责任单位1树立婚育新风。"]


def test_a_closing_unit_clause_is_the_items_note():
    # the last row of the table above, its unit cell run on after the text's full stop
    doc = policy_extract.parse_text("某市工作方案\n一、重点任务\n（一）加强财政政策信息公开。引导社会各方面正确认识财政形势。市财政局牵头落实\n"
                                    "（二）加强就业政策公开。市人社局、市财政局分别牵头落实\n")
    assert [(t.text, [u.name for u in t.lead_units]) for t in doc.tasks] == [
        ("加强财政政策信息公开。引导社会各方面正确认识财政形势。", ["市财政局"]), ("加强就业政策公开。", ["市人社局", "市财政局"])]


PLANS_PAGE = "hebei-2003-campaign-plans-page-twice.txt"  # corpus 0634 shortened, see fixtures/flat/README.md


def test_a_page_holding_a_notice_and_its_plans_twice_gives_each_plans_parts_once():
    text = (FIXTURES / "flat" / PLANS_PAGE).read_text(encoding="utf-8")
    half = text[: len(text) // 2]
    assert text == half + half  # as the crawler stored it
    doc, once = policy_extract.parse_text(text + "\n"), policy_extract.parse_text(half + "\n")
    assert [(t.number, t.text) for t in doc.tasks] == [(t.number, t.text) for t in once.tasks]
    assert [n.marker for n in doc.outline].count("一、") == 2  # the 药品 plan, then the 食品 plan
    measures = [t.number for t in doc.tasks if t.path == ["四、专项整治措施"]]
    assert measures == ["1", "2", "3", "4", "5"]
    assert any(t.text.startswith("专项整治目标今年，在全省开展") for t in doc.tasks)  # the second plan's 一、


def test_one_unknown_column_name_does_not_lose_a_table_copied_one_cell_per_line():
    # 南陵县 2024 分解表 (www.nlx.gov.cn) with its third column renamed to a name no rule lists
    # (synthetic "工作亮点"): the names on each side of it still give the table its width
    text = "序号 |\n目标与任务 |\n工作亮点 |\n牵头责任单位 |\n责任单位 |\n80 |\n加大普惠性托育供给,新增托位数400个以上。 |\n托育 |\n县教育局 |\n县各有关单位 |\n"
    task = policy_extract.parse_text(text).tasks[0]
    assert (task.number, [u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == ("80", ["县教育局"], ["县各有关单位"])


def test_one_unknown_column_name_in_a_tab_table_run_together():
    # the form of seed 004 flattened (a tab table whose line breaks were lost), with a column
    # name no rule lists (synthetic "工作亮点") between known ones
    cells = ["序号", "重点任务", "工作亮点", "牵头单位", "完成时限",
             "(1) 推进政务服务标准化。", "标准化", "市行政审批局", "2024年6月底(2) 推进一网通办。", "一网通办", "市大数据局", "2024年12月底"]
    rows = _tab_run_rows(cells)
    assert rows is not None and rows[0] == ["序号", "重点任务", "工作亮点", "牵头单位", "完成时限"]
    assert [r[0] for r in rows[1:]] == ["(1) 推进政务服务标准化。", "(2) 推进一网通办。"]


# 大竹县人民政府办公室 2016年民生实事目标任务分解表 (www.dazhu.gov.cn/xxgk-show-947.html, as the page
# copies it): one cell per line with no separator, blank lines between, a cell of several units
# printed one unit per line, and row 5 holding two tasks whose number and unit cells are merged
DAZHU = """附件:2016年民生实事目标任务分解表

                               大竹县人民政府办公室

                                       2016年2月26日

附件

2016年民生实事目标任务分解表

序号

民生实事

责任单位

完成时限

1

启动建设东柳河城区段综合治理工程和东湖湿地公园。

县水务局

县住建局

县护城河指挥部

12月底前

2

新建2座人行天桥。

县住建局

9月投入使用

5

开工建设县老年养护楼。

县民政局

5月底前动工

开工建设老年大学。

12月底前

6

迁建县政务服务中心。

县政务服务中心

县代建中心

12月底前
分享到:
"""


def test_a_table_copied_one_cell_per_line_without_separators():
    text = DAZHU.replace("\n5\n", "\n3\n").replace("\n6\n", "\n4\n")  # numbered without gaps here
    tasks = policy_extract.parse_text(text).tasks
    got = [(t.number, t.text, [u.name for u in t.responsible_units], t.deadline.text if t.deadline else None) for t in tasks]
    assert got == [
        ("1", "启动建设东柳河城区段综合治理工程和东湖湿地公园。", ["县水务局", "县住建局", "县护城河指挥部"], "12月底前"),
        ("2", "新建2座人行天桥。", ["县住建局"], "9月投入使用"),
        ("3", "开工建设县老年养护楼。", ["县民政局"], "5月底前动工"),
        ("3", "开工建设老年大学。", ["县民政局"], "12月底前"),  # the merged number and unit cells
        ("4", "迁建县政务服务中心。", ["县政务服务中心", "县代建中心"], "12月底前"),
    ]
    # the row numbers are cells, not page numbers; the site's 分享到 is not a task
    assert all("分享" not in t.text for t in tasks)


def test_a_header_name_spaced_out_as_a_wide_cell_prints_it_is_a_name():
    # 芜湖 2019年度市政府重点工作任务分解表 (weda.wuhu.gov.cn/zwgk/zcfg/8214999.html, review web-q 03): "目   标   与   任   务" is the
    # task column's name; the page's padded row numbers stand alone ("      1        "): the table had given no task
    text = ("附件\n2019年度市政府重点工作任务分解表\n序号\n目   标   与   任   务\n牵头责任单位\n责任单位\n      1        \n"
            "扎实推进蓝天、碧水、净土三大保卫战。实施“三减三增七补齐”绿色行动,削减污染物排放总量、削减煤炭消费总量。\n市生态环境局\n"
            "各县区政府、开发区管委会\n      2        \n增林地、增绿地、增湿地。\n市自然资源和规划局\n各县区政府、开发区管委会\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", ["市生态环境局"], ["各县区政府", "开发区管委会"]), ("2", ["市自然资源和规划局"], ["各县区政府", "开发区管委会"])]
    # the recipients' line after a page's control cut short ("阅读:字体【  各县、区人民政府,…", the page flattened)
    head = "日期:2019-05-16 00:00来源:芜湖经济技术开发区阅读:字体【  各县、区人民政府,市政府各部门、各直属单位,驻芜各单位:    2019年是新中国成立70周年。\n"
    assert policy_extract.parse_text(head).meta.recipients == ["各县、区人民政府", "市政府各部门、各直属单位", "驻芜各单位"]


YANTAI_2022 = (  # 2022 民生事项 table (a 0535 area's site, review web-r 06) flattened: no number column, the task cells numbered 14.–16., the
    # group cell "四、教育文化" merged down (printed before row 14 only), a "1-9月份…" name, the page's info table after the last row
    "类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 1-9月份工作取得成效 | 监督电话 |四、教育文化 | 14.改扩建泉山学校及庙后吕家初级中学 | 完成泉"
    "山学校一期2座教学楼建设,庙后吕家初级中学主体建设并投入使用。 | 教育体育局 | 刘福利 | 泉山学校:完成主体建筑结构施工、平板浇筑,其中1号教学楼完成墙板安装,开始装饰装修; 庙后吕家初级中学:食堂建成投用,教工宿"
    "舍楼完成主体钢结构施工,整体钢结构施工完成70%。 | 两处学校改扩建项目目前正在加速推进施工进度。 | 监督电话0535-8246306 |15.推进学校塑胶运动场地建设 | 完成罗峰学校及13处农村学校塑胶运动场地建"
    "成并投入使用。 | 教育体育局 | 刘福利 | 罗峰学校:9月份开始施工,完成基础施工30%; 农村学校塑胶运动场地:完成基础施工,其中邵家初中塑胶运动场地完成人工草坪铺设正在进行篮球场硅PU施工,十字道初中开始人工草坪"
    "铺设。 | 罗峰学校正在全力推进基础施工;13处农村学校塑胶运动场地已完成基础建设,两处学校开始铺设面层。 | 监督电话0535-8246306 | |16.推进义务教育课后服务 | 对全市34所义务教育学校实行课后服务"
    "全覆盖,对有课后需求的学生实行全覆盖,稳步提高课后服务质量。 | 教育体育局 | 刘福利 | 2022年9月23日对全市义务教育学校课后服务课程超市开设情况进行调度,督促学校开设多彩课程,丰富课后服务内容,促进课后服务提"
    "质增效。 | 1-9月份全市有课后服务需求的学生32402人,实际参与课后服务的学生32402人,有课后服务需求的学生参与率100%,课后服务计划拨付700万元,占年度计划投资总额的75%。 | 监督电话0535-824"
    "6336 |索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |"
)


def test_a_flattened_pipe_table_without_a_number_column_cut_at_its_task_cells_numbers():
    tasks = policy_extract.parse_text(YANTAI_2022 + "\n").tasks
    assert [(t.number, [u.name for u in t.responsible_units], t.leaders, t.path) for t in tasks] == [
        (n, ["教育体育局"], ["刘福利"], ["四、教育文化"]) for n in ("14", "15", "16")]
    # a header name the rules know may be long ("进展情况、存在问题及下一步打算", a 柯桥区 2023 progress table, web-r 04 flattened), and a
    # period opens a name no rule lists ("1-9月份工作取得成效")
    from policy_extract.column_names import unknown_column_name
    from policy_extract.pipe_runs import _header_width

    names = ["序号", "工作任务", "责任单位", "一季度目标", "进展情况、存在问题及下一步打算", "目标完成情况", "1", "新改扩建公办中小学校1所"]
    assert _header_width(names, ("序号",)) == 6 and unknown_column_name("1-9月份工作取得成效") and not unknown_column_name("1-9月份完成80%")


def test_a_table_header_the_page_cut_below_is_no_task():
    # 长沙 2021 (review web-s 05): the page's copy ends with the table's header, one name a line closed by " |": "责任单位" had been task 1
    text = ("2021年《政府工作报告》主要目标任务责任分解表\n目标任务 |\n责任领导 |\n牵头单位 |\n责任单位 | ||\n")
    assert policy_extract.parse_text(text).tasks == []


def test_an_annex_label_naming_a_table_is_not_joined_to_the_signature_below_it():
    doc = policy_extract.parse_text(DAZHU.replace("\n5\n", "\n3\n").replace("\n6\n", "\n4\n"))
    assert doc.meta.issue_date == "2016-02-26"


# 辽中区 2024年政府工作报告主要工作任务分解表 (www.liaozhong.gov.cn/…/t20240118_4592091.html): one cell
# per line, a part's row before row 1, a leader column row 1 leaves empty
LIAOZHONG = """2024年政府工作报告主要工作任务分解表
序号
主要工作举措
牵头单位
配合单位
责任领导
一、做大做强主导产业
1
加快构建具有辽中特色的现代化产业体系,聚焦农产品精深加工产业,实现三产融合发展。
区农业农村局
区发展改革局、区工业和信息化局、沈阳近海经济区管委会
2
加快安徽节源、沈发废弃油脂等在建项目的建设进度,推动签约项目的开工建设。
沈阳近海经济区管委会
自然资源分局、生态环境分局、区发展改革局
冯冬昌
"""

# 沈河区 2024年政府工作报告主要工作任务分解表 (www.shenhe.gov.cn/…/t20240315_4617439.html): no number
# column, each task opening with its number, a responsible cell printed over two lines
SHENHE = """2024年政府工作报告主要工作任务分解表
主要工作任务
牵头单位
责任单位
一、优结构、谋发展,在加快构建现代化产业体系上冲在前、当先锋、作示范
1.主动对接国家战略,完善“2+5+N”现代化产业体系和“18214”企业支撑体系,加快形成新质生产力。
区发改局
区工信局、区商务局、区文旅局、区金融局、各街道办事处
2.大力发展新兴数字、网络安全、工业互联网等战略性新兴产业。
发改局
区工信局
各街道办事处
"""

# 沙坪坝区 2022年区政府工作报告经济社会发展预期目标任务分解 (www.cqspb.gov.cn/…/t20220329_10563014.html):
# the task column is named by no known word
SHAPINGBA = "附件1\n2022年区政府工作报告经济社会发展预期目标任务分解\n序号\n2022年预期目标\n责任单位\n1\n地区生产总值增长5.5%左右\n区发展改革委\n2\n固定资产投资增长6%左右\n区发展改革委\n3\n工业增加值增长7%左右\n区经济信息委\n附件2\n"


def _rows(text):
    return [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.leaders, t.path) for t in policy_extract.parse_text(text).tasks]


def test_a_table_one_cell_per_line_with_a_part_row_and_a_leader_column():
    assert _rows(LIAOZHONG) == [
        ("1", ["区农业农村局"], ["区发展改革局", "区工业和信息化局", "沈阳近海经济区管委会"], [], ["一、做大做强主导产业"]),
        ("2", ["沈阳近海经济区管委会"], ["自然资源分局", "生态环境分局", "区发展改革局"], ["冯冬昌"], ["一、做大做强主导产业"]),
    ]


def test_a_table_one_cell_per_line_without_a_number_column():
    part = "一、优结构、谋发展,在加快构建现代化产业体系上冲在前、当先锋、作示范"
    assert _rows(SHENHE) == [
        ("1", ["区发改局"], ["区工信局", "区商务局", "区文旅局", "区金融局", "各街道办事处"], [], [part]),
        ("2", ["发改局"], ["区工信局", "各街道办事处"], [], [part]),
    ]


def test_a_task_column_of_no_known_name_after_the_number_column():
    assert [(n, r) for n, _, r, _, _ in _rows(SHAPINGBA)] == [("1", ["区发展改革委"]), ("2", ["区发展改革委"]), ("3", ["区经济信息委"])]


def test_numbered_items_whose_titles_name_column_words_are_no_table():
    # yanta "三、主要任务" then an item: "事项" and "协同" are column words inside sentences, not a header
    text = "三、主要任务\n1.明确政务服务事项范围。政务服务事项包括依申请办理的行政权力事项和公共服务事项。\n二、不断完善高效协同监管体系\n1.深化跨部门综合监管。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1"]


def test_a_pipe_table_in_a_page_joined_with_spaces_keeps_the_prose_before_it():
    # 吴江区 2024 重点工作目标任务分解落实方案 (huaxiataike.com/news/42399.html): its head and header as the
    # page prints them, the page joined with spaces (rows written as pipe rows here); "项目" is a column
    # no rule names. The whole line had been one table row: no title, issuer, date or task.
    text = (
        "吴江开发区管委会,各镇人民政府,区各委办局(公司),各直属单位: 《区政府2024年重点工作目标任务分解落实方案》已经区政府"
        "第76次常务会议审议通过,现予印发,请各地、各部门、各有关单位认真贯彻落实。 苏州市吴江区人民政府 2024年1月25日 "
        "(此件公开发布) 区政府2024年重点工作目标任务分解落实方案 (共118项) 序号 | 项目 | 重点工作目标任务 | 牵头领导 | 责任单位 | "
        "1 | 主要预期目标 | 地区生产总值增长5%以上。 | 钱宇 | 区发改委、统计局 | 2 | 主要预期目标 | 一般公共预算收入同口径增长6%以上。 | 钱宇 | 区财政局、税务局 |\n"
    )
    doc = policy_extract.parse_text(text)
    assert (doc.meta.title, doc.meta.issuer, doc.meta.issue_date) == ("区政府2024年重点工作目标任务分解落实方案", "苏州市吴江区人民政府", "2024-01-25")
    assert [(t.number, [u.name for u in t.responsible_units], t.leaders) for t in doc.tasks] == [
        ("1", ["区发改委", "统计局"], ["钱宇"]), ("2", ["区财政局", "税务局"], ["钱宇"])]


def test_a_numbered_table_whose_rows_the_width_does_not_fit_gives_no_wrong_rows():
    # 略阳县 2019 文化旅游 工作任务分解 (lueyang.qinfeng.gov.cn/info/1013/2824.htm): an indicator column of no
    # known name, cells merged down and not printed, a header name wrapped ("责任股室" / "(单位)"); cut by
    # the header's width, row numbers became leaders and dates task texts. No task is better than those.
    text = (
        "序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n(单位)\n备注\n1\n公共文化服务\n"
        "“两馆一站”免费开放服务人次较上年增长15%\n12月底前\n夏俊贵\n文化宣传股\n文化馆\n图书馆\n2\n"
        "全年组织开展文化下乡等惠民演出不少于100场\n文化宣传股文化馆\n3\n开展好“三下乡”活动。\n4\n推进县文化馆、图书馆总分馆制建设。\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert not any(t.leaders and any(ch.isdigit() for ch in t.leaders[0]) for t in tasks)
    assert not any(t.text in ("文化宣传股文化馆", "12月底前") for t in tasks)


def test_a_part_row_that_names_leaders_gives_them_to_its_rows():
    # 郧阳区 2023年区政府工作目标任务落实责任分解表 (yunyang.shiyan.gov.cn/…/t20230213_4182632.shtml): one
    # cell per line, a long part row closed by "(牵头领导:…)" before row 1
    text = (
        "2023年区政府工作目标任务落实责任分解表\n序号\n目  标  任  务\n牵头单位\n责任单位\n责任人\n"
        "一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标(牵头领导:成坤、柯相国、王俊)\n"
        "1\n★地区生产总值增长15%。\n区发改局\n区统计局\n2\n★地方一般公共预算收入增长10%。\n区财政局\n区税务局\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.lead_units], t.leaders) for t in tasks] == [
        ("1", ["区发改局"], ["成坤", "柯相国", "王俊"]), ("2", ["区财政局"], ["成坤", "柯相国", "王俊"])]


def test_a_pipe_table_run_into_one_line_whose_last_column_no_rule_names():
    # 吉水县 民生实事任务分解表 (www.jishui.gov.cn/news-show-129764.html) flattened: "落实情况" ends the header
    # before row 1; cut four cells a row, row 1's text was "1" and its unit a person
    text = (
        "一、10件民生实事任务分解表序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |1 | 推动义务教育基本均衡向优质均衡发展,"
        "完成吉水二中迁建项目和城北学校主体建设。 | 毛晓青 | 县教体局 各相关乡镇政府 | 吉水二中、城南二小均完成项目建设。 |2 | "
        "推进省级县域综合医改试点,完成县妇幼保健院主体工程建设。 | 毛晓青 | 县卫健委 各相关乡镇政府 | 县妇保院完成第一期基础部分验收。 |\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.leaders, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", ["毛晓青"], ["县教体局", "各相关乡镇政府"]), ("2", ["毛晓青"], ["县卫健委", "各相关乡镇政府"])]
    assert "验收" not in tasks[1].text  # the progress column is no part of the task
    from policy_extract.tables import header_columns

    assert header_columns(["序号", "具体工作任务和要求", "责任领导", "责任单位", "落实情况"])["progress"] == 4  # a progress column's name


JISHUI_ROWS = [  # 吉水县 民生实事任务分解表 (www.jishui.gov.cn/news-show-129764.html), its first columns
    ["序号", "具体工作任务和要求", "责任领导", "责任单位"],
    ["1", "推动义务教育基本均衡向优质均衡发展,完成吉水二中迁建项目和城北学校主体建设。", "毛晓青", "县教体局 各相关乡镇政府"],
    ["2", "推进省级县域综合医改试点,完成县妇幼保健院主体工程建设。", "毛晓青", "县卫健委 各相关乡镇政府"],
    ["3", "实施城区道路改造提升工程。", "刘鑫", "县住建局"],
]


@pytest.mark.parametrize("joiner", ["", " "], ids=["nothing", "space"])
@pytest.mark.parametrize("layout", ["markdown", "inner-pipes"])
def test_a_pipe_table_copied_a_row_a_line_then_run_into_one_line(layout, joiner):
    # the rows of a pipe table printed a row a line, then their breaks lost: a markdown table keeps its rule's cells
    # ("…| 责任单位 ||---|---|---|---||1 |…"), rows without outer pipes glue each row's number to the cell before it
    # ("…| 责任单位1 | 推动…| 县教体局 各相关乡镇政府2 | 推进…"): both had read one row, or rows a cell out of line
    if layout == "markdown":
        lines = ["| " + " | ".join(r) + " |" for r in JISHUI_ROWS]
        lines.insert(1, "|---|---|---|---|")
    else:
        lines = [" | ".join(r) for r in JISHUI_ROWS]
    tasks = policy_extract.parse_text(joiner.join(lines) + "\n").tasks
    assert [(t.number, t.leaders, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", ["毛晓青"], ["县教体局", "各相关乡镇政府"]), ("2", ["毛晓青"], ["县卫健委", "各相关乡镇政府"]), ("3", ["刘鑫"], ["县住建局"])]
    # a figure that ends a cell is no row's number: only the next running number is set apart ("…建设12" before row 2 stays)
    from policy_extract.pipe_runs import _numbers_apart

    assert _numbers_apart(["序号", "任务", "单位1", "建成12", "县局2"], ("序号",)) == ["序号", "任务", "单位", "1", "建成12", "县局", "2"]
    assert _numbers_apart(["序号", "任务", "单位1", "建成12"], ("序号",)) == ["序号", "任务", "单位1", "建成12"]  # (one alone: as printed)
    # a title glued before 序号 (diffreview-s25's probe)
    glued = ("2024年重点工作任务分解表序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限1 | 推进数字政府建设 | 市数据局 | 市直各部门 | 2024年12月2 | "
             "优化营商环境 | 市发改委 | 市市场监管局 | 长期坚持3 | 深化改革 | 市委改革办 | 各区 | 2024年6月\n")
    assert [(t.number, t.text, t.deadline.text) for t in policy_extract.parse_text(glued).tasks] == [
        ("1", "推进数字政府建设", "2024年12月"), ("2", "优化营商环境", "长期坚持"), ("3", "深化改革", "2024年6月")]


def test_a_one_cell_per_line_table_flattened_reads_its_rows_by_their_closing_cells():
    # 大竹县 2016年民生实事目标任务分解表 (www.dazhu.gov.cn/xxgk-show-947.html) with its line breaks lost: the
    # header run together ("序号民生实事责任单位完成时限"), each row closed by unit names glued together
    # and its time limit ("…湿地公园。县水务局县住建局县护城河指挥部12月底前2新建…")
    text = "".join(line.strip() for line in DAZHU.replace("\n5\n", "\n3\n").replace("\n6\n", "\n4\n").splitlines())
    tasks = policy_extract.parse_text(text).tasks
    got = [(t.number, [u.name for u in t.responsible_units], t.deadline.text if t.deadline else None) for t in tasks[:2]]
    assert got == [("1", ["县水务局", "县住建局", "县护城河指挥部"], "12月底前"), ("2", ["县住建局"], "9月投入使用")]


def test_a_row_closed_by_a_time_limit_alone_after_a_sentence_ends_before_the_next_number():
    # the same page (review s4a 05 flattened): row 5 prints a second task, its unit cell merged with the first's
    # ("5开工建设县老年养护楼。县民政局5月底前动工开工建设老年大学。12月底前6迁建…"); rows 6 and 7 had run into it
    text = ("序号民生实事责任单位完成时限1启动建设东湖湿地公园。县水务局12月底前2新建2座人行天桥。县住建局9月投入使用"
            "3开工建设县老年养护楼。县民政局5月底前动工开工建设老年大学。12月底前4迁建县政务服务中心。县政务服务中心县代建中心12月底前"
            "5加快推进土地滩水库建设。县水务局12月底前\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [t.number for t in tasks] == ["1", "2", "3", "4", "5"]
    assert [(t.text, [u.name for u in t.responsible_units], t.deadline.text) for t in tasks[3:]] == [
        ("迁建县政务服务中心。", ["县政务服务中心", "县代建中心"], "12月底前"), ("加快推进土地滩水库建设。", ["县水务局"], "12月底前")]


@pytest.mark.parametrize("numbers", [("①", "②"), ("１", "２"), ("1", "2")])
def test_row_numbers_in_every_printed_form_are_read_not_crashed_on(numbers):
    # a table copied one cell per line numbered ① ② (or in full-width figures): checking its rows'
    # alignment read "①" with int() and stopped the whole notice with a ValueError
    first, second = numbers
    text = f"序号 |\n重点工作 |\n责任单位 |\n{first} |\n推进项目建设。 |\n市发改委 |\n{second} |\n加强监管。 |\n市场监管局 |\n"
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["市发改委"], ["市场监管局"]]



def test_a_part_row_numbered_like_the_heading_over_the_table_is_its_sibling():
    # 宁波市鄞州区 2024 政府工作报告目标任务分解清单 (nbyz.gov.cn/art/2024/2/2/art_1229109470_1784578.html, review r32b 01):
    # the table one cell per line under "一、区长陈兴立牵头重点工作"; its row "二、常务副区长姚珂军牵头重点工作" opens part 二
    text = ("一、区长陈兴立牵头重点工作\n序号\n目标任务\n牵头单位\n配合单位\n1\n一般公共预算收入增速与经济增长同步\n区财政局\n"
            "区税务局,各镇(街道、园区)\n2\n财政科技经费投入增长15%以上\n区财政局\n区科技局\n二、常务副区长姚珂军牵头重点工作\n"
            "序号\n目标任务\n牵头单位\n配合单位\n1\n地区生产总值增长6%左右\n区发改局\n区经济运行监测联席会议成员单位,各镇(街道、园区)\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.path, t.leaders) for t in tasks] == [
        (["一、区长陈兴立牵头重点工作"], ["区长陈兴立"]),
        (["一、区长陈兴立牵头重点工作"], ["区长陈兴立"]),
        (["二、常务副区长姚珂军牵头重点工作"], ["常务副区长姚珂军"]),
    ]


def test_a_table_with_every_separator_lost_whose_texts_close_with_no_full_stop():
    # 鄞州区 2024 (review r32b 01) and 北仑区 2024 (bl.gov.cn …art_1229439031_4375408.html, review r32b 03), their cells
    # copied one a line, every line break lost: a row's text runs into its lead's name and the others' list
    text = ("一、区长陈兴立牵头重点工作序号目标任务牵头单位配合单位1一般公共预算收入增速与经济增长同步区财政局区税务局,各镇(街道、园区)"
            "2财政科技经费投入增长15%以上区财政局区科技局3施行新一轮镇街财政运行体制,优化成本效益导向的财政扶持方式,完善产业政策绩效评价"
            "体系,全面提升政府生财用财理财水平区财政局区发改局、区经信局、区科技局等区级有关部门,各镇(街道)4清零拆迁地块17个。"
            "区征地拆迁管理服务中心各街道5高标准建设庐南片,匠心打造庐南历史文化街区。开发区开发建设综合局区城市建设投资集团有限公司,大碶街道\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", ["区财政局"], ["区税务局", "各镇(街道、园区)"]),
        ("2", ["区财政局"], ["区科技局"]),
        ("3", ["区财政局"], ["区发改局", "区经信局", "区科技局", "区级有关部门", "各镇(街道)"]),
        ("4", ["区征地拆迁管理服务中心"], ["各街道"]),
        ("5", ["开发区开发建设综合局"], ["区城市建设投资集团有限公司", "大碶街道"]),
    ]
    assert tasks[2].text.endswith("全面提升政府生财用财理财水平")  # not "…水平区财政局": 全 opens no unit there
    assert tasks[4].text.endswith("历史文化街区。")


def test_a_sentence_that_opens_a_list_is_no_cards_label():
    # 黄石市 2021 (huangshi.gov.cn …/t20210304_769892.html, review r33a 05): "时间:2021-02-25" and "分享:" over the page's
    # fields and the notice, then "今年经济社会发展的主要预期目标是:" — read as one card, the targets a false task and the
    # signature lost
    text = ("关于印发2021年市政府重点工作责任分解的通知\n   时间:2021-02-25\n分享:\n"
            "大冶市、阳新县、各区人民政府,黄石市经济技术开发区管委会,市政府各部门:\n"
            "现将《2021年市政府重点工作责任分解》印发给你们,请结合工作实际,认真贯彻落实。\n黄石市人民政府办公室\n2021年2月25日\n"
            "2021年市政府重点工作责任分解\n今年经济社会发展的主要预期目标是:地区生产总值增长11%左右;规模以上工业增加值增长12%左右。\n"
            "一、全面融入新发展格局,着力拓展地缘优势新空间\n(一)主动对接长江经济带。\n"
            "1.筹建黄石(上海)离岸科创中心。[牵头单位:市科技局;责任单位:市招商服务中心]\n")
    doc = policy_extract.parse_text(text)
    assert [t.number for t in doc.tasks] == ["1"]
    assert (doc.meta.issuer, doc.meta.issue_date) == ("黄石市人民政府办公室", "2021-02-25")


def test_labelled_lines_under_an_items_heading_are_its_notes_no_card():
    # 平潭综合实验区2015年宜居环境建设行动计划实施方案 (changwu/pingtan-gov-zwgk-archive, review aq02): under each "（二）打造城市完整
    # 社区" its "实施项目：…" / "实施内容：…" / "责任分工：…" lines; read as cards, the headings were drawn into the table between them
    # and the notice gave 2 tasks, numbered "1", for its 15 items
    text = ("三、主要内容及职责分工\n（二）打造城市完整社区\n实施项目：潭城镇东门社区、城东社区。\n"
            "实施内容：通过实现“六有五达标三完善”，打造设施完备、服务齐全的完整社区。\n"
            "责任分工：区规划局负责开展城市社区规划编制工作，澳前片区开发管理局组织实施，嘉源公司作为业主单位。\n"
            "（三）整治提升城镇“三边三节点”项目\n实施项目：天牛河河道两岸景观工程2个项目整治。\n"
            "实施内容：天牛河河道两岸景观工程主要整治内容包括天牛河河道水利工程。\n"
            "责任分工：区规划局负责开展“三边三节点”规划编制工作，金井、澳前片区开发管理局组织实施。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("（二）", ["区规划局", "澳前片区开发管理局", "嘉源公司"]), ("（三）", ["区规划局", "澳前片区开发管理局"])]
    # the heading with its unit note after it (全民阅读实施方案, ee001.com/fangan/321496.html, review ed04): its "时间:" / "地点:" / "内容:" lines
    # had been a card, a task numbered "1" apart from the item
    text = ("五、活动安排\n(一)“书香”——20xx全民阅读活动启动仪式。(责任单位:区委宣传部(区文体旅游局)、区教育局)\n时间:4月22日。\n地点:xx镇文化中心。\n"
            "内容:启动“书香”——20xx全民阅读活动,在启动仪式上举行经典诵读、书画表演等活动。\n(二)“低碳文明——手机阅读伴”活动。(责任单位:区委宣传部、xx城市网)\n"
            "时间:4月——12月\n内容:面向全区手机用户,以手机阅读为载体,充实手机网站内容。\n")
    assert [(t.number, [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(text).tasks] == [
        ("(一)", ["区委宣传部(区文体旅游局)", "区教育局"]), ("(二)", ["区委宣传部", "xx城市网"])]
    # several cards under a part's heading repeat their labels: read as cards still, the heading no task (diffreview-aa's probe; how the
    # cards split is left as it was)
    cards = ("二、重点任务\n任务名称：推进老旧小区改造\n牵头单位：区住建局\n完成时限：2023年6月底\n任务名称：加快雨污分流\n牵头单位：区水务局\n"
             "完成时限：2023年9月底\n")
    assert [t.number for t in policy_extract.parse_text(cards).tasks if t.number.startswith("二")] == []


def test_labelled_lines_whose_work_label_leads_in_to_numbered_items_are_no_card():
    # 松江河林业局 中央环保督察反馈问题整改销号公示 (2019, a mirror at techmilkyway.com/nsi6cid/17.html, review ha 04): under the problem,
    # "责任单位:…" / "整改目标:…" / "整改措施:" then the measures 1.–5.; read as a card, the unit line was lost with it and the measures
    # had no unit
    text = ("一、中央环境保护督察组反馈问题情况\n《吉林省林业厅关于印发贯彻落实中央环境保护督察反馈意见整改方案的通知》(吉林办[2018]251号)任务清单"
            "第4项:据有部门调查,2015年长白山林区毁林种参总面积达7800公顷。\n"
            "责任单位:各林场、头道松花江保护区管理处\n整改目标:2018年8月底前,完成违法违规参地的查处工作。\n整改措施:\n"
            "1.认真制定整改计划,确保整改任务有序开展。\n2.加强参业用地监督,严格管理。\n3.签定森林资源包保责任书,落实责任。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        (n, ["各林场", "头道松花江保护区管理处"]) for n in ("1", "2", "3")]
    # two problems in one part, each with its lines and measures: cards as before, no block's units given to the other's measures
    # (diffreview-g1 probe 39)
    second = text + "XX工业园区部分企业环保设施运行不正常。\n责任单位:县生态环境局\n整改目标:2024年12月底前全部正常运行。\n整改措施:\n1.开展专项检查。\n2.依法立案查处。\n"
    assert all("县生态环境局" not in [u.name for u in t.responsible_units] for t in policy_extract.parse_text(second).tasks[:3])
    # each problem a group of its own ("（一）…" / "（二）…"), its lines over its measures: each group's units its measures' (diffreview-g2 p27)
    groups = ("一、反馈问题整改情况\n（一）县城污水处理厂长期超负荷运行，雨季部分污水未经处理直排入河，群众反映强烈。\n责任单位：县住建局\n"
              "整改时限：2024年6月底前\n整改措施：\n1.实施污水处理厂扩容改造，新增日处理能力1万吨。\n2.加快城区雨污分流管网建设。\n"
              "（二）XX工业园区部分企业环保设施不正常运行，存在超标排放现象，周边群众多次投诉。\n责任单位：县生态环境局\n整改时限：2024年12月底前\n"
              "整改措施：\n1.开展园区企业环保设施专项检查。\n2.对违法排污企业依法立案查处。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(groups).tasks] == [["县住建局"]] * 2 + [["县生态环境局"]] * 2
    # the task's own label with its value, a later label alone over numbered lines: a card still (广州 重点工作 pages, review go 04)
    card = ("重点工作: 严格遵守宪法和法律,依法接受市人大及其常委会的监督。\n牵头单位: 市府办公厅\n年度目标:\n"
            "1.对今年市政府拟报市人大常委会的13项立法项目进行梳理分工。\n2.积极组织做好2017年度建议提案的办理答复工作。\n")
    assert [p.kind for p in normalize(load_string(card, "a.txt").lines)][:3] == ["row", "row", "row"]


def test_a_pages_own_fields_are_no_card():
    # 平潭 解决“两不愁三保障”突出问题实施方案 2019 as its crawler stored it (changwu/pingtan-gov-zwgk-archive, review ax05): the header
    # "标题: …" / "发布时间: …" / "文号: …" / "发布机构: …" was read as a card with the notice's first line, whose signature
    # "平潭综合实验区扶贫开发领导小组 （平潭综合实验区党工委代章） 2019年8月12日" was then never seen
    text = ("标题: 平潭综合实验区扶贫开发领导小组关于印发《解决“两不愁三保障”突出问题实施方案》的通知\n发布时间: 2019-08-13 09:08\n"
            "文号: 岚综扶组〔2019〕1号\n发布机构: 平潭综合实验区农业农村局\n栏目: 扶贫、教育、医疗等方面的政策\n"
            "各成员单位：经区扶贫开发领导小组研究同意，现将《解决“两不愁三保障”突出问题实施方案》印发给你们，请结合实际，认真贯彻执行。 "
            "平潭综合实验区扶贫开发领导小组 （平潭综合实验区党工委代章） 2019年8月12日解决“两不愁三保障”突出问题实施方案 为深入贯彻落实。\n"
            "三、责任分工\n1.贫困人口不愁吃不愁穿。（责任单位：区社会事业局，各乡镇党委和人民政府）\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("平潭综合实验区扶贫开发领导小组", "2019-08-12")


def test_a_table_of_one_unit_column_every_separator_lost_its_leads_marked():
    # 诸暨市 2023 主要目标任务分解清单 (zhuji.gov.cn/art/2023/2/9/art_1229079889_1881272.html, review r33b 02), flattened:
    # one unit column whose lead is marked ▲, the texts closed by no full stop
    text = ("附件2023年《政府工作报告》主要目标任务分解清单分块序号主要工作责任单位1生产总值增长7.5%左右▲发改局,各部门,各镇乡(街道)2一般公共预算收入增长7.5%▲税务局,"
            "财政局,各镇乡(街道)3研发投入强度2.85%以上▲科技局,各镇乡(街道)\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.text, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", "生产总值增长7.5%左右", ["发改局"], ["各部门", "各镇乡(街道)"]),
        ("2", "一般公共预算收入增长7.5%", ["税务局"], ["财政局", "各镇乡(街道)"]),
        ("3", "研发投入强度2.85%以上", ["科技局"], ["各镇乡(街道)"]),
    ]


def test_a_merged_leader_cell_goes_to_every_row_it_spans():
    # 钟楼区 2025年《政府工作报告》主要目标任务责任分解表 (zhonglou.gov.cn/html/czzl/2025/FPJALMLN_0415/23151.html, review
    # r33a 10), one cell a line: "吴 伟" printed once over (3)-(6), (5) and (6) printing no cells at all
    text = "\n".join([
        "序号", "目标名称", "工 作 标 准", "区政府", "分管领导", "牵头单位", "配合单位", "1", "全区经济社会发展的主要预期目标",
        "(1)地区生产总值增长5%左右。", "王旭锋", "区发改局", "经开区", "高新区(邹区镇)", "各街道",
        "(2)一般公共预算收入保持稳定增长。", "区财政局", "(3)制造业投资增长8%左右。", "吴 伟", "区工信局",
        "(4)实际使用外资和进出口总额稳中提质。", "区商务局", "新运集团", "金控集团",
        "(5)居民人均可支配收入与经济增长同步。", "(6)社会消费品零售总额增长5%左右。",
        "(7)主要污染物减排、单位GDP能耗下降。", "谢志诚", "钟楼生态环境局"]) + "\n"
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.leaders, [u.name for u in t.lead_units]) for t in tasks] == [
        ("(1)", ["王旭锋"], ["区发改局"]), ("(2)", ["王旭锋"], ["区财政局"]), ("(3)", ["吴伟"], ["区工信局"]),
        ("(4)", ["吴伟"], ["区商务局"]), ("(5)", ["吴伟"], ["区商务局"]), ("(6)", ["吴伟"], ["区商务局"]),
        ("(7)", ["谢志诚"], ["钟楼生态环境局"]),
    ]


def test_a_notice_run_on_after_the_pages_info_table_is_no_cell_of_it():
    # 海盐县 2022 (fixture): "…发布机构: | 县政府办公室 | 有效性: |海盐县…的通知 ||||||各镇人民政府…" — the
    # whole notice after the info table's last pipe had been its last cell: no task at all
    doc = policy_extract.parse(FIXTURES / "flat" / "haiyan-2022-info-table-run-on.txt")
    assert [(t.id, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.leaders) for t in doc.tasks] == [
        ("1.1", ["县发改局"], ["县财政局", "县税务局", "县农业农村局"], ["王丹县长"]),  # "(首位单位为牵头单位,下同)"
        ("1.2", ["县财政局"], [], ["王丹县长"]),
        ("2.1", ["县司法局"], [], ["曹惠明常务副县长"]),
    ]
    assert (doc.meta.issuer, doc.meta.issue_date) == ("海盐县人民政府办公室", "2022-04-18")


def test_a_covering_notice_run_into_a_pipe_tables_header_is_prose():
    # 上城区 2019 (fixture): "…按期完成。附件:1. …(此件可公开发布)附件1 |(注:A类指责任目标;…)序号 | 任 务 名 称 |…"
    doc = policy_extract.parse(FIXTURES / "flat" / "shangcheng-2019-notice-run-into-pipe-table.txt")
    assert [(t.number, t.text, [u.name for u in t.lead_units], len(t.responsible_units)) for t in doc.tasks] == [
        ("1", "地区生产总值：增长5.5%(市下达指标)", ["区发改经信局"], 8)]
    line = "附件1 |(注:A类)序号 | 任务名称 | 牵头部门 | 配合部门 | 1 | 地区生产总值 | 区发改经信局 | 区财政局 |"
    prose = "为确保完成各项目标任务。" * 30
    assert prose_around_pipes(prose + line) == (prose + "附件1 ", line[len("附件1 ") :], "")
    assert prose_around_pipes(line) == ("", line, "")  # nothing long before or after the pipes
    short_row = "1 | 市发改委 | " + "推进重点项目建设。" * 40  # a row of three cells whose last is long: a row all the same
    assert prose_around_pipes(short_row) == ("", short_row, "")


def test_a_one_cell_per_line_table_whose_last_column_no_rule_names_and_a_target_column():
    # 上城区 2019年《政府工作报告》目标任务分解表 (www.hzsc.gov.cn art_1229231327_1983682), one cell per line with
    # blank lines between: "目 标 类 型" (no rule names it) closes the header before row 1, and the
    # 指标要求 cell is the task's target ("地区生产总值" alone said nothing of what is due)
    cells = ["附件1 |", "序号", "任 务 名 称", "指 标 要 求", "牵 头 部 门", "配 合 部 门", "目 标 类 型",
             "1", "地区生产总值", "增长5.5%(市下达指标)", "区发改经信局", "区财政局、区住房和城建局、各街道办事处", "A类",
             "2", "服务业增加值", "增长6%", "区发改经信局", "区财政局、区商务局", "A类"]
    doc = policy_extract.parse_text("\n\n".join(cells) + "\n")
    assert [(t.number, t.text, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.path) for t in doc.tasks] == [
        ("1", "地区生产总值：增长5.5%(市下达指标)", ["区发改经信局"], ["区财政局", "区住房和城建局", "各街道办事处"], ["附件1"]),
        ("2", "服务业增加值：增长6%", ["区发改经信局"], ["区财政局", "区商务局"], ["附件1"]),
    ]


_GD_ROWS = [
    "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |",
    "1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息 | 应急处、监督处、疾控处等按职责分工落实 | 长期推进 |",
    "|",
    "2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |",
    "|",
    "3 | 提高新冠肺炎疫情信息发布规范化水平,强化政府内部信息整合 | 宣传处会办公室 | 2021年8月前 |",
]


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_a_pipe_table_whose_merged_task_cells_are_not_printed(joiner):
    # 广东省卫生健康委2021年政务公开工作重点任务台账 (m.hqtbz.com …post_3974223): 工作任务 merged down rows 2-3, so
    # they print 序号 | 细化分工 | 责任处室 | 完成时限; the 完成时限 cell had been read as the unit. Flattened, the
    # page's info fields run into the header and the rows are cut at their running numbers.
    head = "索 引 号:发布机构: 广东省卫生健康委员会名 称: 广东省卫生健康委2021年政务公开工作重点任务台账 |"
    doc = policy_extract.parse_text(joiner.join([head] + _GD_ROWS) + "\n")
    assert [(t.number, t.text[:6], [u.name for u in t.responsible_units], t.deadline.text, t.parent_task.text) for t in doc.tasks] == [
        ("1", "重点围绕散发", ["应急处", "监督处", "疾控处"], "长期推进", "做好常态化疫情防控信息发布"),
        ("2", "扎实做好疫苗", ["疾控处"], "长期推进", "做好常态化疫情防控信息发布"),
        ("3", "提高新冠肺炎", ["宣传处会办公室"], "2021年8月前", "做好常态化疫情防控信息发布"),
    ]


def test_a_pipe_table_after_the_pages_info_table_on_one_line():
    # 周村区农业农村局 2023年二季度《政府工作报告》完成情况 (zhoucun.gov.cn doc_649e80e3…), flattened: the info table,
    # the title glued to "序 号", then the rows; units a space apart and a spaced name in the leader cell
    text = ("发文日期: | 2023-06-30 | 发布机构: | 周村区农业农村局 |2023年二季度《政府工作报告》完成情况序 号 |年度目标 |"
            "第二季度 任务目标 |分管 区领导 |责任单位 |进展情况 |是否完成 |1 |坚守耕地保护红线。 |督促各镇办做好耕地保护监测图斑整改工作。 |"
            "耿 峰 彭开国 |区自然资源局 区农业农村局 各镇政府、街道办事处 |开展技术指导服务21次。 |完成 |2 |探索实施村企共建。 |"
            "村集体经济收入超过10万元的村达到55%。 |彭开国 |区农业农村局 |占比61%。 |完成 |\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.responsible_units], t.leaders) for t in doc.tasks] == [
        ("1", ["区自然资源局", "区农业农村局", "各镇政府", "街道办事处"], ["耿峰", "彭开国"]),
        ("2", ["区农业农村局"], ["彭开国"]),
    ]


def test_a_one_cell_per_line_table_of_a_departments_rows_with_a_progress_column():
    # 怀远县农业农村局 2023年11月承担政府重点工作完成情况 (ahhy.gov.cn/zfxxgk/public/24661/51230677.html): the
    # city's row numbers (6, 52, 53), a stray "2", a unit cell printed on two lines, and 目前完成情况 /
    # 是否达到序时进度 after the time limit; its progress notes "1、…2、…" had come out as the tasks
    cells = ["序号", "目标任务", "牵头责任单位", "计划完成时间", "目前完成情况", "是否达到序时进度",
             "6", "农村常住居民人均可支配收入与经济增长同步", "经管站", "2", "2023年底", "三季度绝对数16285元,增幅7.4%",
             "52", "建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上。", "农田建设管理股、农业股", "2023年底", "整体进度70%",
             "54", "加强农产品品牌建设,创建优质专用粮食生产基地62万亩。", "农业股", "乡村产业发展股", "2023年底",
             "1、查处违法行为31起。2、对全县18个乡镇农资市场进行检查。"]
    doc = policy_extract.parse_text("\n".join(cells) + "\n")
    assert [(t.number, [u.name for u in t.lead_units], t.deadline.date) for t in doc.tasks] == [
        ("6", ["经管站"], "2023-12-31"), ("52", ["农田建设管理股", "农业股"], "2023-12-31"), ("54", ["农业股", "乡村产业发展股"], "2023-12-31")]


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_a_one_cell_per_line_progress_table_with_a_group_column_and_figures(joiner):
    # 祁门县 民生工程 进度 (ahqimen.gov.cn/zxzx/ztzl/rmzt/msgc/gkgs/9266452.html, review r11b 04): 类别 printed on a
    # group's first row only, sub-targets without a number, figures "4", "4", "100%" (a "7" before "7" had
    # opened row 7), a figure's name "农村标准(元/月)" beside the unit; 累计完成 and 累计进度 had been no column
    # names, and the page gave no task
    cells = ["序号", "类别", "项目名称", "目标任务", "牵头单位", "目标任务", "累计完成", "累计进度", "备注",
             "1", "一、就业促进(3项)", "促进重点群体稳定就业", "城镇新增就业1100人", "县人社局", "1100", "1063", "96.64%", "",
             "“三公里”充分就业社区4个", "4", "4", "100%", "",
             "2", "支持毕业生求职创业", "按1500元/人标准发放求职创业补贴", "县人社局", "", "目前此项工作按照文件实施方案已组织申请。",
             "3", "二、社会保障(5项)", "加强城乡低保人员和特困人员生活保障", "最低生活保障", "农村标准(元/月)", "县民政局", "", "",
             "农村保障人数", "-", "35611", "持续推进", "",
             "4", "加强城乡公益性公墓建设管理", "推进不少于7个城乡公益性公墓新建", "县民政局", "5", "5", "100%", "按照工程进度测算",
             "5", "企业职工退休一件事一次办理", "企业职工退休一件事一次办理人次", "县人社局", "-", "454", "持续推进", ""]
    # flattened: "序号 |类别 |…" — cells joined after " |" with no space after it had been no table line
    doc = policy_extract.parse_text(joiner.join(c + " |" for c in cells) + "\n")
    assert [(t.number, t.path, [u.name for u in t.lead_units]) for t in doc.tasks] == [
        ("1", ["一、就业促进(3项)"], ["县人社局"]), ("2", ["一、就业促进(3项)"], ["县人社局"]),
        ("3", ["二、社会保障(5项)"], ["县民政局"]), ("4", ["二、社会保障(5项)"], ["县民政局"]),
        ("5", ["二、社会保障(5项)"], ["县人社局"]),
    ]
    assert doc.tasks[3].text == "加强城乡公益性公墓建设管理推进不少于7个城乡公益性公墓新建"


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_a_one_cell_per_line_table_with_a_part_row_and_a_group_cell_over_its_first_row(joiner):
    # 安康市 2021 安全生产专项整治三年行动工作任务清单 (yjj.ankang.gov.cn/Content-2218005.html, review r11b 07):
    # "一、…" then "(一)制定工作任务清单。" (主要任务, merged, printed once) then rows "1.…"; read by the width,
    # row 1's text had become the part's units and "2月10日前" a unit
    cells = ["主要任务", "重点工作和要求", "责任单位", "完成时限", "完成进展",
             "一、加强安全生产专项整治三年行动安排部署", "(一)制定工作任务清单。",
             "1.制定2021年全市安全生产专项整治三年行动工作任务清单,分解落实到县区、部门。", "市安委办 (工作专班办公室)", "1月20日前", "|",
             "2.制定行业领域2021年安全生产专项整治三年行动工作任务清单,并报市安委办。", "市级各专委会办公室、市生态环境局", "2月10日前", "|", "|",
             "3.制定县区2021年安全生产专项整治三年行动工作任务清单,并报市安委办。", "各县区安委会", "2月5日前", "|"]
    # flattened, the covering notice runs into the header's first name ("…2021年1月18日…工作任务清单主要任务 |重点工作和要求 |…")
    head = ["现将《2021年安康市安全生产专项整治三年行动工作任务清单》印发给你们,请严格对标对表清单要求,认真抓好贯彻落实,确保各项工作任务全面完成。",
            "安康市安全生产委员会办公室", "2021年1月18日", "2021年安康市安全生产专项整治三年行动工作任务清单"]
    doc = policy_extract.parse_text(joiner.join(head) + joiner + joiner.join(c if c == "|" else c + " |" for c in cells) + "\n")
    assert (doc.meta.title, doc.meta.issue_date) == ("2021年安康市安全生产专项整治三年行动工作任务清单", "2021-01-18")
    assert [(t.number, t.path, [u.name for u in t.responsible_units], t.deadline.date) for t in doc.tasks] == [
        ("1", ["一、加强安全生产专项整治三年行动安排部署", "(一)制定工作任务清单。"], ["市安委办(工作专班办公室)"], "2021-01-20"),
        ("2", ["一、加强安全生产专项整治三年行动安排部署", "(一)制定工作任务清单。"], ["市级各专委会办公室", "市生态环境局"], "2021-02-10"),
        ("3", ["一、加强安全生产专项整治三年行动安排部署", "(一)制定工作任务清单。"], ["各县区安委会"], "2021-02-05"),
    ]


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_a_progress_table_whose_rows_lack_a_merged_cell(joiner):
    # 崇川区 2023年区政府重点民生实事项目推进情况 (chongchuan.gov.cn …3050375a…): rows from 24, one cell per line
    # ending " |", no 全年目标任务 cell; lined it gave no task, flattened the leader was 城管局 and the progress
    # text the responsible units
    cells = ["序号", "主要任务", "全年目标任务", "分管 领导", "牵头 单位", "责任主体与协同单位", "1-10月推进情况", "1-11月推进情况",
             "是否达序", "说明", "24", "优化提升50条背街后巷交通组织。", "徐国江", "城管局", "市政局、相关街道", "已进场施工,完成30%。",
             "已进场施工,完成60%。", "是", "|", "25", "新增四分类“三定一督”达标小区210个。", "徐国江", "城管局", "市政局、环卫处、各街道",
             "已进场施工。", "建成38个厢房。", "否", "前期配合区相关部门对该项目招标质疑。"]
    doc = policy_extract.parse_text(joiner.join(c if c == "|" else c + " |" for c in cells) + "\n")
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.leaders) for t in doc.tasks] == [
        ("24", ["城管局"], ["市政局", "相关街道"], ["徐国江"]), ("25", ["城管局"], ["市政局", "环卫处", "各街道"], ["徐国江"])]


_ZQ_ROWS = [
    "大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |",
    "一、继续提高底线民生保障水平 | 1 | 将城镇、农村低保人均最低补差水平提高到每人每月609元。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 |",
    "2 | 特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 |",
]


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_a_group_column_merged_down_and_a_unit_with_its_head_in_one_cell(joiner):
    # 肇庆市 2020 民生实事 落实进展 (zhaoqing.gov.cn …post_2462763): 大类 printed on the first row only; "市民政局 伍泽国" in the
    # 牵头单位及主要负责人 column; rows 2-4 had taken the leader 陈宣群 and the progress notes as their units
    doc = policy_extract.parse_text(joiner.join(_ZQ_ROWS) + "\n")
    assert [(t.number, [u.name for u in t.lead_units], t.leaders, t.path) for t in doc.tasks] == [
        ("1", ["市民政局"], ["陈宣群", "伍泽国"], ["一、继续提高底线民生保障水平"]),
        ("2", ["市民政局"], ["陈宣群", "伍泽国"], ["一、继续提高底线民生保障水平"]),
    ]


def test_cells_per_line_under_a_column_name_with_a_remark_and_a_unit_cell_holding_a_labelled_lead():
    # 2021年省政府工作报告重点工作涉杭任务…责任分解 (杭州, ddjlg.com/zhi/gongzuo/xjqwdn.html, review s16a 03): the header's
    # "重点工作任务(杭州市2项配合工作)" had been too long for a column name (no table: the unit cells ran into the tasks); a
    # unit cell holds the city's units, then the province's lead on a line of its own
    lines = ["序号", "", "重点工作任务(杭州市2项配合工作)", "", "责任单位", "", "(一)王宏副市长牵头重点工作", "", "1", "",
             "加强粮食和重要农产品保障,严格保护永久基本农田和810万亩粮食生产功能区,端好浙江人的“饭碗”和“餐盘”。", "",
             "市农业农村局、市规划和自然资源局、市商务局(市粮食和物资储备局)", "", "省牵头单位:省农业农村厅", "",
             "(二)胡伟副市长牵头重点工作", "", "2", "", "深入实施消费新政,提升传统消费,培育新型消费,持续打响“浙里来消费”品牌。", "",
             "市商务局、市发改委", "", "省牵头单位:省商务厅"]
    doc = policy_extract.parse_text("\n".join(lines) + "\n")
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", ["省农业农村厅"], ["市农业农村局", "市规划和自然资源局", "市商务局(市粮食和物资储备局)"]),
        ("2", ["省商务厅"], ["市商务局", "市发改委"]),
    ]
    # the page's next table: its header again with another remark (no row of the first), its rows numbered "1*" where marked
    more = ["二、省政府工作报告2021年重点工作涉杭任务责任分解", "", "序号", "", "重点工作任务(杭州市2项牵头工作、19项配合工作)", "",
            "责任单位", "", "(一)戴建平常务副市长牵头重点工作", "", "1*", "", "大力推进杭州城西科创大走廊建设。", "",
            "杭州城西科创产业集聚区管委会,市科技局、市发改委、市经信局、市规划和自然资源局、市人力社保局、市地方金融监管局、市教育局、市建委"]
    doc = policy_extract.parse_text("\n".join(lines + ["", ""] + more) + "\n")
    assert [(t.number, t.path[-1], len(t.responsible_units)) for t in doc.tasks][2:] == [("1*", "(一)戴建平常务副市长牵头重点工作", 9)]


def test_a_measures_column_named_zhuyao_gongzuo_jucuo_in_a_header_run_together():
    # 沈阳市辽中区 2024年政府工作报告主要工作任务分解表 (liaozhong.gov.cn …t20240118_4592091.html, review s16c 04), flattened:
    # "序号主要工作举措牵头单位…" had been cut into 主要工作 | 举措 and the table gave no task
    assert {"主要工作举措", "工作举措"} <= set(dict(rules.TABLE_COLUMNS)["measure"])
    text = ("序号主要工作举措牵头单位配合单位责任领导一、做大做强主导产业1加快构建具有辽中特色的现代化产业体系,聚焦农产品精深加工产业,"
            "加快推进肉鸡、肉牛、淡水鱼全产业链规划布局和对外招商,实现三产融合发展。区农业农村局区发展改革局、区工业和信息化局、沈阳近海经济区管委会"
            "2加快安徽节源、沈发废弃油脂等在建项目的建设进度,推动韩国废旧光伏板拆解、中科凌胜等签约项目的开工建设。\n")
    doc = policy_extract.parse_text(text)
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks][0] == (
        ["区农业农村局"], ["区发展改革局", "区工业和信息化局", "沈阳近海经济区管委会"])


def test_a_column_name_with_its_unit_of_measure_in_brackets():
    # 洋县2024年十大民生实事项目 (洋政发〔2024〕8号, jzzrppj.com.cn …24ac3dc0…): "年度投资金额 (万元)" had ended the header, and the
    # table gave no task
    cells = ["序号", "项目名称", "建设地点", "建设时间", "2024年建设内容", "年度投资金额 (万元)", "责任单位",
             "1", "洋县中小学幼儿园基础设施提升改造项目", "相关镇 (街道)", "2024", "对马畅中小等学校运动场地进行改造。", "300", "教体局",
             "2", "城北小学门前道路建设项目", "纸坊街道", "2024", "建成唐塔北路延伸段道路。", "300", "住建局"]
    doc = policy_extract.parse_text("\n".join(c + " |" for c in cells) + "\n")
    assert [(t.number, [u.name for u in t.responsible_units]) for t in doc.tasks] == [("1", ["教体局"]), ("2", ["住建局"])]


def test_a_covering_notice_before_a_pipe_table_on_a_page_run_together():
    # 洋县2024年十大民生实事项目 (jzzrppj.com.cn …24ac3dc0…, review r8b 07), flattened: the notice (…确保按时完成。附件:) is
    # the first cell before the table's header "|洋县…清单 ||||||||序号 |…"; read as a table's cell, the notice gave no meta
    text = ("洋政发〔2024〕8号洋县人民政府关于印发洋县2024年十大民生实事项目的通知各镇人民政府、街道办事处:《洋县2024年十大民生实事项目》"
            "已经洋县第十八届人民代表大会第三次会议投票表决通过,现印发给你们,请相关单位精心组织实施,确保按时完成。附件:洋县2024年十大民生实事项目清单"
            "洋县人民政府2024年4月2日附件:|洋县2024年十大民生实事项目清单 ||||||||序号 |项目名称 |建设地点 |建设时间 |2024年建设内容 |"
            "年度投资金额 (万元) |责任单位 ||1 |洋县中小学幼儿园基础设施提升改造项目 |相关镇 (街道) |2024 |对马畅中小等学校运动场地进行改造。 |300 |"
            "教体局 ||2 |城北小学门前道路建设项目 |纸坊街道 |2024 |建成唐塔北路延伸段道路。 |300 |住建局 ||3 |洋县2024年老旧小区改造项目 |洋州街道 |"
            "2024 |实施西苑小区老旧小区房屋功能改善。 |1360 |住建局 |\n")
    doc = policy_extract.parse_text(text)
    assert (doc.meta.doc_number, doc.meta.issue_date) == ("洋政发〔2024〕8号", "2024-04-02")
    assert [(t.number, [u.name for u in t.responsible_units]) for t in doc.tasks] == [("1", ["教体局"]), ("2", ["住建局"]), ("3", ["住建局"])]


def test_a_table_one_cell_per_line_with_pipe_lines_and_group_rows():
    # 杭州 2022 重点工作 分解表 (m.wxycw.com/fanwen/134701.html): "|" alone on the line between cells, group rows
    # "(一)刘忻市长牵头重点工作", a long unit cell; the table had given one task holding all the rows
    cells = ["序号", "重点工作任务", "责任单位", "(一)刘忻市长牵头重点工作", "1", "学懂弄通做实习近平新时代中国特色社会主义思想。", "市政府各直属单位",
             "(二)戴建平常务副市长牵头重点工作", "3", "加快建设城西科创大走廊。",
             "杭州城西科创产业集聚区管委会,市科技局、市发改委、市经信局、市规划和自然资源局、市建委、市交通运输局",
             "4", "推进人才创新创业服务综合体建设。", "市发改委、市人力社保局、市科技局、团市委配合落实"]
    doc = policy_extract.parse_text("\n|\n".join(cells) + "\n|\n")
    assert [(t.number, len(t.responsible_units), t.leaders) for t in doc.tasks] == [
        ("1", 1, ["刘忻市长"]), ("3", 7, ["戴建平常务副市长"]), ("4", 4, ["戴建平常务副市长"])]


def test_a_pipe_table_of_parts_and_numbered_requirements():
    # 江门市土地储备中心 政务公开任务 (sd-xs.com …post_2452685.html, review r12a 02): "工作任务 | 具体要求 | 责任部门 |", the
    # part "一、…" in the first cell of its first row only, the requirement numbered in its own cell; no task had come out
    text = ("工作任务 | 具体要求 | 责任部门 |\n"
            "一、做好财政信息公开。 | 1.积极推进本中心预算、决算及相关报表公开。 | 财务科 |\n"
            "二、做好政府网站专栏信息公开。 | 2.及时更新网站频道的各类型概况信息。 | 办公室 |\n"
            "3.及时反馈网民对调查征集信息的意见。 | 各科室 | |\n"
            "4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.path, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", ["一、做好财政信息公开。"], [], ["财务科"]),
        ("2", ["二、做好政府网站专栏信息公开。"], [], ["办公室"]),
        ("3", ["二、做好政府网站专栏信息公开。"], [], ["各科室"]),
        ("4", ["二、做好政府网站专栏信息公开。"], ["办公室"], ["各科室"]),
    ]


def test_a_one_cell_per_line_table_of_tasks_printed_once_over_their_measures():
    # 惠州 惠府办函〔2022〕68号 政务公开重点工作任务分工方案 (huizhou.gov.cn …post_4680672.html, review r14b 01): "工作任务 |
    # 具体措施 | 责任单位 | 完成时限", the task "(一)…" printed once over its measures "1.…"; read by the width, every row
    # after the first had been shifted by one cell
    cells = ["工作任务", "具体措施", "责任单位", "完成时限", "(一)推进行政规章、规范性文件集中公开",
             "1.依托政府信息公开平台,完善全市各级行政规章库建设。", "市政府办公室、市司法局", "2022年底前",
             "2.市直各单位要依托政府信息公开平台,建成本部门行政规范性文件库。", "市政府办公室、市司法局牵头,市直其他单位按职能分工落实", "2022年底前",
             "3.参照省、市级规范性文件库模式和要求,逐步推进本地区行政规范性文件库建设。", "各县(区)人民政府(管委会)", "2022年底前"]
    doc = policy_extract.parse_text("\n\n".join(cells) + "\n")
    assert [(t.number, t.path, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline.date) for t in doc.tasks] == [
        ("1", ["(一)推进行政规章、规范性文件集中公开"], [], ["市政府办公室", "市司法局"], "2022-12-31"),
        ("2", ["(一)推进行政规章、规范性文件集中公开"], ["市政府办公室", "市司法局"], ["市直其他单位"], "2022-12-31"),
        ("3", ["(一)推进行政规章、规范性文件集中公开"], [], ["各县(区)人民政府(管委会)"], "2022-12-31"),
    ]


def test_a_pipe_table_whose_rows_print_a_number_the_header_names_no_column_for():
    # 荆州 2022 政务公开任务分解责任清单 (hbdiao.com …t20220728_753231, review r12a 08): "工作任务 | 具体要求 | 责任单位 | 时限要求"
    # over rows "一、… | (一)… | 1 | 进一步… | units | 持续推进" and "2 | 开设… | units | 持续推进"; row 1 had the part as its text
    # and '1' as its unit, row 2 the text "2"
    text = ("工作任务 | 具体要求 | 责任单位 | 时限要求 |\n"
            "一、以公开助力经济平稳健康发展。 | (一)加强涉及市场主体的信息公开。 | 1 | 进一步增强政策文件制定实施的透明度与可预期性。 | "
            "市政府各有关部门,各县市区人民政府、功能区管委会负责落实 | 持续推进 |\n"
            "2 | 开设行业帮扶政策公开专题,加大行业帮扶政策与解读的公开力度。 | 市政府各有关部门,各县市区人民政府负责落实 | 持续推进 |\n")
    doc = policy_extract.parse_text(text)
    path = ["一、以公开助力经济平稳健康发展。", "(一)加强涉及市场主体的信息公开。"]
    assert [(t.number, t.path, [u.name for u in t.responsible_units], t.deadline.ongoing) for t in doc.tasks] == [
        ("1", path, ["市政府各有关部门", "各县市区人民政府", "功能区管委会"], True),
        ("2", path, ["市政府各有关部门", "各县市区人民政府"], True),
    ]
    assert doc.tasks[0].text == "进一步增强政策文件制定实施的透明度与可预期性。"


def test_a_glued_table_after_a_whole_notice_on_one_line_with_spaced_header_names():
    # 嘉兴 嘉政办发〔2022〕23号 (jiaxing.gov.cn …art_1229567743_2403817.html, review r14b 07), flattened: the notice and its
    # signature, then "序号主 要 工 作 任 务责任单位1地区生产总值突破1万亿元。市发展改革委2…" far into one line; the glued
    # header was looked for in the first 200 characters only, and the spaced names were not read: no task
    notice = "各牵头单位要切实承担起负总责、强协调的责任,对标对表抓落实;各相关单位要通力协作,积极配合。" * 5
    text = (notice + "嘉兴市人民政府办公室2022年5月10日(此件公开发布)2022年政府工作报告重点工作责任分解"
            "序号主 要 工 作 任 务责任单位1地区生产总值突破1万亿元。市发展改革委2规上工业总产值突破2万亿元。市经信局"
            "3财政总收入突破1700亿元。市财政局\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", ["市发展改革委"]), ("2", ["市经信局"]), ("3", ["市财政局"])]


def test_a_one_cell_per_line_table_whose_responsible_column_stands_before_the_lead():
    # 莲都区 2023 重点工作责任分解 第一季度进展情况 (liandu.gov.cn …art_1229389376_59114525.html, review r15b 06): "分类 | 序号 |
    # 事项 | 责任单位 | 牵头单位" — the first unit cell had been taken for the lead's
    cells = ["分类", "序号", "事项", "责任单位", "牵头单位", "发展目标",
             "1", "地区生产总值增长6.5%以上。", "区农业农村局、区经商局、区市场监管局", "区发改局",
             "2", "区本级规上工业增加值增长10%。", "区经商局、莲都经开区管委会", "区经商局",
             "3", "农业增加值增长3.5%。", "区农业农村局", "区农业农村局"]
    doc = policy_extract.parse_text("\n\n".join(cells) + "\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        (["区发改局"], ["区农业农村局", "区经商局", "区市场监管局"]),
        (["区经商局"], ["区经商局", "莲都经开区管委会"]),
        (["区农业农村局"], ["区农业农村局"]),
    ]


def test_a_table_whose_cells_stand_apart_by_single_spaces():
    # 谯城区 2025 政府工作报告重点工作任务分解表 (bzqc.gov.cn/OpennessContent/show/2830307.html, review r17a 03): one row a
    # line, cells apart by one space, a 主要责任单位 cell wrapped onto the next line; every unit had stayed in the task text
    text = ("序号 重点工作任务 主要责任单位 协同配合单位\n一、2025年经济社会发展的主要预期目标\n"
            "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处。\n"
            "2 一般公共预算收入增长5%左右。 区财政局\n区税务局\n区政府有关部门,各乡镇人民政府、街道办事处。\n"
            "3 社会消费品零售总额增长8.2%左右。 区商务局 区发改委、区市场监管局。\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.path, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", ["一、2025年经济社会发展的主要预期目标"], ["区发改委"], ["区政府各部门", "各乡镇人民政府", "街道办事处"]),
        ("2", ["一、2025年经济社会发展的主要预期目标"], ["区财政局", "区税务局"], ["区政府有关部门", "各乡镇人民政府", "街道办事处"]),
        ("3", ["一、2025年经济社会发展的主要预期目标"], ["区商务局"], ["区发改委", "区市场监管局"]),
    ]
    assert doc.tasks[0].text == "地区生产总值增长6.5%左右。"
    # flattened (r17a 03-none): the part's heading runs on after the header's last name ("…协同配合单位一、2025年…")
    flat = policy_extract.parse_text("".join(text.split("\n")) + "\n")
    assert [(t.number, t.path, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in flat.tasks][0::2] == [
        ("1", ["一、2025年经济社会发展的主要预期目标"], ["区发改委"], ["区政府各部门", "各乡镇人民政府", "街道办事处"]),
        ("3", ["一、2025年经济社会发展的主要预期目标"], ["区商务局"], ["区发改委", "区市场监管局"]),
    ]



def test_a_space_table_whose_sentences_close_with_an_ascii_stop_under_a_name_column():
    # 常熟市2018年政府工作任务分解表 reposted on a forum (review im 04): the header run on at the end of the covering notice's line
    # ("…常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位"), rows "1 地区生产总值增长7%以上,…比重47.1%. 发改委" — a 名称 column
    # with no cells, each sentence closed by an ASCII stop; the units had stayed in the task text and no row had a lead
    text = ("常熟市人民政府办公室 2018年2月24日 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n一、经济社会发展主要预期目标分解(11项)\n\n"
            "1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委\n\n2 一般公共预算收入增长8%以上. 财政局\n\n"
            "7 全社会固定资产投资额550亿元,其中:工业技改投资增长10%,高新技术产业投资增长10%. 发改委、经信委、科技局\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.lead_units]) for t in tasks] == [("1", ["发改委"]), ("2", ["财政局"]), ("7", ["发改委", "经信委", "科技局"])]
    assert tasks[1].text == "一般公共预算收入增长8%以上."


def test_a_numbered_table_of_tasks_and_their_progress_with_no_unit_column():
    # a 区科技局 二季度 progress table copied a cell a line with " |" lines between (宣州区, review ig 06): "序号 | 工作任务 | 二季度完成情况 |" —
    # no unit or time column, each row a task all the same; its progress never part of the task
    cells = ["序号", "工作任务", "二季度完成情况", "1", "围绕高新技术企业培育,助力高质量发展。全区高新技术企业总量达到160家。",
             "完成第三批高新技术企业申报工作,全年组织申报高新技术企业61家。", "2", "深化科技特派员+制度,赋能乡村振兴。",
             "完成首批省级科技特派员创新创业示范基地绩效评估工作。"]
    tasks = policy_extract.parse_text("".join(c + "\n|\n" for c in cells)).tasks
    assert [t.number for t in tasks] == ["1", "2"] and tasks[1].text == "深化科技特派员+制度,赋能乡村振兴。"


def test_a_glued_rows_time_cell_before_its_leader_and_units():
    # 略阳县 2019 文旅 任务清单 flattened (review id 01): "序号指标工作任务完成时限责任领导责任股室(单位)备注1公共文化服务“两馆一站”…增长15%。12月底前夏俊贵
    # 文化宣传股文化馆图书馆2…" — the cells after the text's sentence: a time limit, the leader's name, the units (completion, leader, unit columns)
    from policy_extract.glued_cells import closing_cells

    assert closing_cells("12月底前夏俊贵文化宣传股文化馆图书馆") == (["文化宣传股文化馆图书馆"], "12月底前")
    assert closing_cells("5月底周斐旅游股") == (["旅游股"], "5月底")
    assert closing_cells("县水务局县住建局12月底前") == (["县水务局", "县住建局"], "12月底前")  # (units first, as before)
    text = ("序号指标工作任务完成时限责任领导责任股室(单位)备注1公共文化服务“两馆一站”免费开放服务人次较上年增长15%。12月底前夏俊贵文化宣传股"
            "2旅游开发完善西淮坝油菜观花线路观景平台及配套服务设施建设。11月底前周斐旅游股\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.deadline.text, [u.name for u in t.responsible_units]) for t in tasks] == [("12月底前", ["文化宣传股"]), ("11月底前", ["旅游股"])]
    # a row that prints no unit or time cell of its own is under the merged cells of the row above ("…文化宣传股2全年组织开展…。3开展好…")
    merged = ("序号指标工作任务完成时限责任领导责任股室(单位)备注1公共文化服务“两馆一站”免费开放服务人次较上年增长15%。12月底前夏俊贵文化宣传股"
              "2全年组织开展文化下乡等惠民演出不少于100场。3开展好“三下乡”活动。\n")
    assert [(t.deadline.text, [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(merged).tasks] == [("12月底前", ["文化宣传股"])] * 3

@pytest.mark.parametrize("header", ["序号 工 作 任 务 牵头负责部门", "序 号 工 作 任 务 牵头负责部门"])
def test_a_space_table_whose_header_names_are_spaced_out(header):
    # 国务院办公厅关于印发2016年《政府工作报告》量化指标任务分工的通知 (国办函[2016]38号, chinaacc.com/qtjjfg/hu1604154336.shtml,
    # review gm 01): "工 作 任 务" spaced out to fill its cell, the table's title joined over the blank line before it; 8 of 9 rows
    # had been no task and the covering notice's 一、二、三 had been read instead
    text = ("国务院有关部门:\n现将《2016年量化指标任务分工》印发给你们,并就有关事项通知如下:\n\n一、各有关部门要高度重视量化指标任务。\n\n"
            "国务院办公厅\n2016年4月6日\n\n2016年《政府工作报告》量化指标任务分工\n\n" + header + "\n\n"
            "1 居民消费价格涨幅3%左右 发展改革委\n\n2 城镇新增就业1000万人以上 人力资源社会保障部\n\n3 安排地方专项债券4000亿元 财政部\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.text, [u.name for u in t.lead_units]) for t in tasks] == [
        ("1", "居民消费价格涨幅3%左右", ["发展改革委"]), ("2", "城镇新增就业1000万人以上", ["人力资源社会保障部"]), ("3", "安排地方专项债券4000亿元", ["财政部"])]


def test_a_space_table_whose_rows_lost_their_empty_cells():
    # 平顶山市 2017 水污染防治攻坚战 分解方案 (slj.pds.gov.cn/contents/18886/30663.html, review cq05): seven names one space
    # apart, 细化措施 among them (it had been cut as "细化" / "措施 牵头单位 …"), rows without their empty 类别 / 主要任务 cells;
    # every unit had stayed in the task text
    header = "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位"
    assert split_header_run(header) == [header]
    text = (header + "\n1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动,防止不合理新增取水。到2020年,"
            "全市用水总量控制在11.88亿立方米以内。 市水利局 市发展改革委、工业和信息化委、农业局等 各县(市、区)党委和人民政府,高新区党工委和管委会\n"
            "3   抓好工业节水。加快实施工业节水技术改造,坚决遏制用水浪费。 市工业和信息化委、水利局 市发展改革委等 各县(市、区)党委和人民政府\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.text[:6], [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", "加强水资源保", ["市水利局"], ["市发展改革委", "工业和信息化委", "农业局", "各县(市、区)党委和人民政府", "高新区党工委和管委会"]),
        ("3", "抓好工业节水", ["市工业和信息化委", "水利局"], ["市发展改革委", "各县(市、区)党委和人民政府"]),
    ]
    # diffreview-ap's probes: a row with its lead cell only is the lead's; a cell between the text and the unit cells is the text's rest
    probes = ("序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n4 强化饮用水水源地保护。开展水源地环境问题排查整治。 市环保局\n"
              "6 推进排污口整治。 开展入河排污口排查 市环保局 市水利局 各县(市、区)人民政府\n")
    assert [(t.number, t.text, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(probes).tasks] == [
        ("4", "强化饮用水水源地保护。开展水源地环境问题排查整治。", ["市环保局"], []),
        ("6", "推进排污口整治。开展入河排污口排查", ["市环保局"], ["市水利局", "各县(市、区)人民政府"])]


def test_a_space_table_row_under_a_number_cell_merged_over_two_rows_takes_its_number():
    # 渭南 教育系统2020年巩固国家卫生城市工作任务 (mm96bb.com …/2020/04/20/30484.html, review s15c 02): row 2's 序号 cell is
    # merged over the row below it, printed without a number; it had ended the table (rows 3–6 lost)
    text = ("序号 工作任务 责任部门 备注\n"
            "2 坚持将巩固国卫工作列入本部门年度综合目标考核内容,严格考核奖惩。 人秘科 各区教育局、 市局直属单位\n"
            "完成市创建办下达的阶段性和年度创建目标任务。 各科室\n"
            "3 落实门前“四包”责任制,每季度开展一次督导检查和考核评比。 体卫艺安全稳定科 各区教育局、 市局直属单位\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.text, [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("2", "坚持将巩固国卫工作列入本部门年度综合目标考核内容,严格考核奖惩。", ["人秘科"]),
        ("2", "完成市创建办下达的阶段性和年度创建目标任务。", ["各科室"]),
        ("3", "落实门前“四包”责任制,每季度开展一次督导检查和考核评比。", ["体卫艺安全稳定科"]),
    ]


_TONGLIANG = ["序号 目标任务 责任单位 上半年推进情况", "一、经济社会发展主要预期目标",
              "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。",
              "2 第一产业增加值增长5%。 区农业农村委", "区林业局", "区畜牧业发展中心", "第一产业增加值同比增长3.4%。",
              "3 规上工业增加值增长3.5%。 区经济信息委 规上工业增加值同比增长0.4%。", "二、重点工作",
              "(一)以创建国家高新区为抓手,更大力度推动科技创新", "4 实施高能级创新平台建设行动。 区科技局 全面启动国家高新区创建工作。",
              "5 加快推进智能网联新能源汽车零部件产业发展行动计划。 区经济信息委 智能网联新能源汽车零部件产业加快发展。"]


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_a_space_table_whose_last_cell_follows_wrapped_units_and_whose_header_ends_the_page_head(joiner):
    # 重庆市铜梁区 2025年区政府工作报告目标任务上半年推进情况汇总表 (cqstl.gov.cn …t20250919_15024369, review r29c
    # 04): the 推进情况 cell on its own line after row 2's wrapped units had ended the table (rows 3–9 lost); flattened,
    # the header is run into the page's head ("…汇总表序号 目标任务 …") and row 2's units into its 推进情况 cell
    # (rows 10 and 11 of the page renumbered 4 and 5: the rows between left out)
    head = "时间:2025-09-19 来源:政府办【字体: 打印2025年区政府工作报告目标任务上半年推进情况汇总表"
    doc = policy_extract.parse_text(head + joiner + joiner.join(_TONGLIANG) + "\n")
    assert [(t.number, t.text, [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", "地区生产总值增长6%以上。", ["区发展改革委"]),
        ("2", "第一产业增加值增长5%。", ["区农业农村委", "区林业局", "区畜牧业发展中心"]),
        ("3", "规上工业增加值增长3.5%。", ["区经济信息委"]),
        ("4", "实施高能级创新平台建设行动。", ["区科技局"]),
        ("5", "加快推进智能网联新能源汽车零部件产业发展行动计划。", ["区经济信息委"]),
    ]


def test_cells_per_line_with_parts_that_hold_no_row_and_unit_cells_closed_by_a_full_stop():
    # 谯城区教育局2025年政府工作报告重点工作任务分解表 (bzqc.gov.cn/XxgkContent/show/2831654.html, review r19b 07): the
    # department's rows only, so parts "二、"…"六、" follow each other with no row; its unit cells end with "。"
    text = "\n".join([
        "谯城区教育局2025年政府工作报告重点工作任务分解表", "序号", "重点工作任务", "主要责任单位", "协同配合单位",
        "一、2025年经济社会发展的主要预期目标", "3", "固定资产投资增长7.5%左右。", "区发改委",
        "区工信局、区住建局、区交通局,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。",
        "二、全力以赴扩投资、优服务,筑牢经济增长根基", "六、全力以赴惠民生、增福祉,加快社会事业发展",
        "68", "持续推进学前教育普及普惠、义务教育优质均衡发展,加快建设黎明小学、亳州四中等扩建教学楼项目。", "区教育局",
        "区政府有关部门,各乡镇人民政府、街道办事处。", "69", "深化与海亮集团合作,积极引进优质教育资源。", "区教育局", "区投资促进中心。",
    ]) + "\n"
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units][:2]) for t in doc.tasks] == [
        ("3", ["区发改委"], ["区工信局", "区住建局"]),
        ("68", ["区教育局"], ["区政府有关部门", "各乡镇人民政府"]),
        ("69", ["区教育局"], ["区投资促进中心"]),
    ]


_SUINING_HEADER = ["序号", "指标名称", "单位", "2022年", "2025年", "2027年", "牵头单位", "责任单位"]
_SUINING_ROWS = [
    ["1", "人均预期寿命", "岁", "78.2(2021年)", "≥79.2", "≥80", "县卫健局", "县文旅广体局、县烟草局,各乡镇人民政府"],
    ["2", "居民健康素养水平", "%", "21.6", "≥31.5", "≥33", "县卫健局", "县疾控中心,各乡镇人民政府"],
    _SUINING_HEADER,  # printed again over the next page's rows
    ["3", "婴儿死亡率", "‰", "3.64", "持续改善", "持续改善", "县卫健局", "县疾控中心、县人民医院"],
]


@pytest.mark.parametrize("form", ["cell-per-line pipes", "cell-per-line plain", "tab rows", "flattened pipes"])
def test_a_targets_table_with_five_columns_no_rule_names_and_its_header_repeated(form):
    # 绥宁县人均预期寿命提升行动计划主要目标责任清单 (hnsn.gov.cn …4323f71d7b6b4e03b90996da14b58dd1, 2025): 指标名称,
    # 单位 and three year columns stand between 序号 and 牵头单位, and the header is printed again before row 8
    rows = [_SUINING_HEADER] + _SUINING_ROWS
    head = "绥宁县人均预期寿命提升行动计划主要目标责任清单"
    if form == "tab rows":
        text = "\n".join([head] + ["\t".join(r) for r in rows])
    elif form == "cell-per-line plain":
        text = "\n".join([head] + [c for r in rows for c in r])
    else:
        lines = [head] + [c + " |" for r in rows for c in r]
        text = "".join(lines) if form == "flattened pipes" else "\n".join(lines)
    doc = policy_extract.parse_text(text + "\n")
    assert [(t.number, t.text, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", "人均预期寿命", ["县卫健局"], ["县文旅广体局", "县烟草局", "各乡镇人民政府"]),
        ("2", "居民健康素养水平", ["县卫健局"], ["县疾控中心", "各乡镇人民政府"]),
        ("3", "婴儿死亡率", ["县卫健局"], ["县疾控中心", "县人民医院"]),
    ]


def test_names_no_rule_lists_last_before_row_one_in_a_pipe_table_run_into_one_line():
    # 上高县市场监督管理局 2023年“双随机、一公开”抽查工作计划 (review r12a 07), its line breaks lost:
    # "…| 股室 | 抽查比例 | 抽查频次 | 抽查数量 |1 |…": three names no rule lists close the header
    header = "序号 | 检查主体 | 年度计划名称 | 检查内容 | 计划开展时间 | 股室 | 抽查比例 | 抽查频次 | 抽查数量 |"
    rows = ["1 | 上高县市场监督管理局 | 对特种设备作业人员的行政检查 | 对特种设备作业人员的行政检查 | 1月—12月 | 特种设备股 | 5% | =1 | 1户 |",
            "2 | 上高县市场监督管理局 | 对经营者价格活动的行政检查 | 对经营者价格活动的行政检查 | 1月—12月 | 价监股 | 5% | =1 | 1户 |"]
    doc = policy_extract.parse_text("2023年“双随机、一公开”抽查工作计划 | ||||||||" + header + "".join(rows) + "\n")
    assert [(t.number, t.text, [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", "对特种设备作业人员的行政检查", ["特种设备股"]), ("2", "对经营者价格活动的行政检查", ["价监股"])]


def test_a_column_name_wrapped_onto_a_line_of_its_own_in_a_table_copied_one_cell_per_line():
    # 略阳县文化和旅游局 2019 重点工作 (lueyang.qinfeng.gov.cn info/1013/2824, review-flat 06): "责任股室" and
    # "(单位)" on two lines; the header had stopped at "(单位)", and the table gave no task
    cells = ["序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室", "(单位)", "备注",
             "1", "公共文化服务", "“两馆一站”免费开放服务人次较上年增长15%。", "12月底前", "夏俊贵", "文化宣传股",
             "2", "全年组织开展文化下乡等惠民演出不少于100场。", "文化馆"]
    doc = policy_extract.parse_text("\n".join(cells) + "\n")
    # (row 2 prints no time limit of its own: the cell merged down from row 1's is its too, as the page's hand reading has it)
    assert [(t.number, t.deadline and t.deadline.text) for t in doc.tasks] == [("1", "12月底前"), ("2", "12月底前")]
    assert doc.tasks[0].text.endswith("“两馆一站”免费开放服务人次较上年增长15%。")
    # the leader's and the units' cells after the time limit's (完成时限 before 责任领导 | 责任股室, web review k 01) are the row's:
    # they had been taken for a remark's cells after the task's last one, and lost
    cells[cells.index("文化宣传股") + 1 : cells.index("文化宣传股") + 1] = ["文化馆", "图书馆"]
    cells += ["3", "开展好“三下乡”活动。", "4", "三建设一整治", "完善西淮坝油菜观花线路观景平台及配套服务设施建设。", "5月底", "周 斐", "旅游股",
              "5", "新建、改建旅游厕所6 座。"]
    tasks = policy_extract.parse_text("\n".join(cells) + "\n").tasks
    assert [(t.number, t.leaders, [u.name for u in t.responsible_units]) for t in tasks if t.leaders] == [
        ("1", ["夏俊贵"], ["文化宣传股", "文化馆", "图书馆"]), ("2", ["夏俊贵"], ["文化馆"]), ("3", ["夏俊贵"], ["文化馆"]),
        ("4", ["周斐"], ["旅游股"]), ("5", ["周斐"], ["旅游股"])]


def test_a_table_copied_one_cell_per_line_with_part_rows_removed_rows_and_a_guiding_department_column():
    # 国办发〔2018〕126号 附件 第二批支持创新相关改革举措推广清单 (corpus 1067): "指导部门" names the units (by its head
    # words, as a note label would), "推广范围" last before the first part's row, parts "一、…（共5项）" alone
    # before their rows, and a part whose rows the site removed ("四、…（共6项）", "五、…", "21": 本文有删减)
    cells = ["序号", "改革举措", "主 要 内 容", "指导部门", "推广范围",
             "一、知识产权保护方面（共5项）",
             "1", "知识产权民事、刑事、行政案件“三合一”审判", "整合分散的审判资源，实行“三合一”。", "最高人民法院、最高人民检察院、国家知识产权局", "全国",
             "2", "以降低侵权损失为核心的专利保险机制", "开发专利保险产品。", "国家知识产权局、中国银保监会", "全国",
             "四、军民深度融合方面（共6项）", "五、管理体制创新方面（共3项）",
             "21", "允许地方高校自主开展人才引进和职称评审", "支持地方高校自主评审。", "教育部、人力资源社会保障部", "全国"]
    doc = policy_extract.parse_text("第二批支持创新相关改革举措推广清单\n\n" + "\n\n".join(cells) + "\n")
    assert [(t.number, t.text[:12], [u.name for u in t.responsible_units], t.path) for t in doc.tasks] == [
        ("1", "知识产权民事、刑事、行政", ["最高人民法院", "最高人民检察院", "国家知识产权局"], ["一、知识产权保护方面（共5项）"]),
        ("2", "以降低侵权损失为核心的专", ["国家知识产权局", "中国银保监会"], ["一、知识产权保护方面（共5项）"]),
        ("21", "允许地方高校自主开展人才", ["教育部", "人力资源社会保障部"], ["五、管理体制创新方面（共3项）"]),
    ]


def test_numbered_measures_in_a_column_after_the_target_with_merged_leader_and_unit_cells():
    # 常州市钟楼区 2024年《政府工作报告》主要目标任务责任分解表 (zhonglou.gov.cn …/21514.html, review r29c 02):
    # 目标名称 heads the measures "(1)"–"(7)" of 工作标准; a measure with no leader or units of its own shares the
    # cells merged from the one above; "(安委办)" on its own line is the alias of the unit above it
    cells = ["序号", "目标名称", "工 作 标 准", "区政府", "分管领导", "牵头单位", "配合单位",
             "1", "全区经济社会发展的主要预期目标",
             "(1)地区生产总值增长6%左右。", "王旭锋", "发改局", "统计局",
             "(2)一般公共预算收入增长3%以上。", "财政局",
             "(3)社会消费品零售总额增长6%左右。", "吴 伟", "商务局",
             "(4)实际使用外资和进出口总额稳中提质。",
             "(5)居民人均可支配收入增速与经济增速同步。",
             "(6)安全生产形势平稳向好。", "应急管理局", "(安委办)", "区安委会各成员单位"]
    doc = policy_extract.parse_text("\n".join(cells) + "\n")
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("(1)", ["发改局"], ["统计局"]), ("(2)", ["财政局"], []), ("(3)", ["商务局"], []), ("(4)", ["商务局"], []),
        ("(5)", ["商务局"], []), ("(6)", ["应急管理局(安委办)"], ["区安委会各成员单位"])]
    assert doc.tasks[0].text == "地区生产总值增长6%左右。" and doc.tasks[0].path == ["1 全区经济社会发展的主要预期目标"]


def test_an_unnumbered_group_row_that_counts_its_rows_over_a_table_copied_one_cell_per_line():
    # 苏州市2011年政府工作任务分解表 (苏府〔2011〕57号, fsou.com …17282645.html, review r30c 04): one cell per line with
    # blank lines between, and "经济社会发展主要预期目标分解(15项)" before row 1; the table had given no task
    cells = ["序号", "名称", "工作任务", "主要责任单位", "经济社会发展主要预期目标分解(15项)",
             "1", "地区生产总值", "地区生产总值增长12%", "市发改委、统计局",
             "2", "财政收入", "地方财政一般预算收入增长12%以上", "市财政局、国税局、地税局"]
    doc = policy_extract.parse_text("苏州市2011年政府工作任务分解表\n\n" + "\n\n".join(cells) + "\n")
    assert [(t.number, [u.name for u in t.lead_units + t.responsible_units]) for t in doc.tasks] == [
        ("1", ["市发改委", "统计局"]), ("2", ["市财政局", "国税局", "地税局"])]
    assert doc.tasks[0].text.endswith("地区生产总值增长12%")


def test_the_header_printed_again_is_dropped_and_an_empty_header_drops_nothing():
    from policy_extract.column_names import kept_past_repeated_headers

    header = ["序号", "指标名称", "牵头单位"]
    cells = ["1", "人均预期寿命", "县卫健局", "序号", "指标名称", "牵头单位", "2", "居民健康素养水平", "县卫健局"]
    assert [cells[k] for k in kept_past_repeated_headers(header, cells)] == ["1", "人均预期寿命", "县卫健局", "2", "居民健康素养水平", "县卫健局"]
    assert kept_past_repeated_headers([], ["1", "2"]) == [0, 1]


FUJIAN_2015 = (  # 福建省 2015年政府信息公开工作主要任务分解表 (fgw.fj.gov.cn …t20180417_2797667.htm, review r35a 04)
    "2015年政府信息公开工作主要任务分解表\n工 作 任 务 |\n牵头单位 |\n责 任 单 位 |\n一、推进重点领域信息公开 | ||\n"
    "(一)推进行政权力清单公开 | ||\n1.政府工作部门行政审批项目取消、下放以及非行政许可审批事项等信息公开 |\n省编办 (省审改办) |\n"
    "省直各部门,各设区市、平潭综合实验区 |\n2.政府工作部门权力清单信息公开 | ||\n3.行政审批事项信息公开 | ||\n(二)推进财政资金信息公开 | ||\n"
    "4.财政预算、决算及“三公”经费公开 |\n省财政厅 |\n省直各部门,各设区市、平潭综合实验区 |\n5.政府采购信息公开 |\n各设区市、平潭综合实验区 | |\n"
)


def test_a_table_one_cell_per_line_whose_empty_cells_close_a_line_as_bars():
    # "2.政府工作部门权力清单信息公开 | ||": the cell and the two empty ones after it on one line; the unit cells
    # had become tasks of their own and no task had a unit
    doc = policy_extract.parse_text(FUJIAN_2015)
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.path[-1]) for t in doc.tasks] == [
        ("1", ["省编办(省审改办)"], ["省直各部门", "各设区市", "平潭综合实验区"], "(一)推进行政权力清单公开"),
        ("2", [], [], "(一)推进行政权力清单公开"),
        ("3", [], [], "(一)推进行政权力清单公开"),
        ("4", ["省财政厅"], ["省直各部门", "各设区市", "平潭综合实验区"], "(二)推进财政资金信息公开"),
        ("5", ["各设区市", "平潭综合实验区"], [], "(二)推进财政资金信息公开"),
    ]
    # flattened, the table's title glued to its first column's spaced name, the page's notice before it on the same line
    head = "现将《2015年政府信息公开工作主要任务分解表》印发给你们，请认真贯彻执行。" * 8 + "福建省人民政府办公厅2015年5月7日"
    flat = policy_extract.parse_text(head + "".join(line.strip() for line in FUJIAN_2015.split("\n")) + "\n")
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in flat.tasks] == [
        ("1", ["省编办(省审改办)"], ["省直各部门", "各设区市", "平潭综合实验区"]), ("2", [], []), ("3", [], []),
        ("4", ["省财政厅"], ["省直各部门", "各设区市", "平潭综合实验区"]), ("5", ["各设区市", "平潭综合实验区"], [])]
    assert flat.meta.title == "2015年政府信息公开工作主要任务分解表"


def test_a_pipe_header_broken_over_two_lines():
    # 中山市 2022 政务公开工作要点分工 (magnetkurs.com …content/post_2448055.html, review r37b 07): "工作任务 | 具体要求"
    # then "| 责任单位 |" — one header; the table had given no task. "各镇(街)参照落实": 参照 is how they take part
    text = ("工作任务 | 具体要求\n| 责任单位 |\n"
            "一、做好各类规划主动公开。 | 1.主动公开“十四五”规划纲要、各项规划、政策解读等相关信息。 | 市直有关部门;各镇(街) |\n"
            "4.及时公开建设高标准市场体系行动方案的落实举措。 | 市发展和改革局牵头,市直有关部门落实;各镇(街)参照落实 |\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", [], ["市直有关部门", "各镇(街)"]), ("4", ["市发展和改革局"], ["市直有关部门", "各镇(街)"])]
    # a title line over a header is no half of it ("2021 年政务公开工作重点任务台账 |", 广东省卫生健康委 2021, review r6a 02)
    titled = policy_extract.parse_text("2021 年政务公开工作重点任务台账 |\n序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |\n"
                                       "1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情发布权威信息 | 应急处 | 长期推进 |\n")
    assert [(t.text, t.parent_task and t.parent_task.text) for t in titled.tasks] == [("重点围绕散发疫情发布权威信息", "做好常态化疫情防控信息发布")]


def test_a_plain_cell_table_whose_part_row_heads_a_group_row_and_whose_empty_cell_is_a_dash():
    # 重庆高新区 2021 政务公开工作要点任务分解表 (gxq.cq.gov.cn …t20211213_10157293.html, review r38a 01): one cell a line,
    # blank lines between, no number column; "一、…" then "(一)…" before row 1, "——" for no unit. The unit cells had stayed
    # in the task text
    text = ("重庆高新区贯彻落实国务院办公厅2021年政务公开工作要点任务分解表\n\n工作任务\n\n牵头单位\n\n责任单位\n\n"
            "一、紧扣“十四五”开好局起好步深化政务公开\n\n(一)做好各类规划主动公开。\n\n"
            "1.公开高新区国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要。\n\n改革发展局\n\n——\n\n"
            "2.公开高新区“十四五”重点专项规划。\n\n改革发展局、规划和自然资源局\n\n建设局、公共服务局、生态环境局\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", ["改革发展局"], []), ("2", ["改革发展局", "规划和自然资源局"], ["建设局", "公共服务局", "生态环境局"])]
    assert doc.tasks[1].text == "公开高新区“十四五”重点专项规划。"


def test_a_unit_cell_of_collectives_in_a_plain_cell_table():
    # 两江新区 2020 政务公开任务分工 (ljxq.cq.gov.cn …t20200915_7884711.html, review r39a 02): "各街道、各部门、各驻区机构"
    # is the responsible cell, not the next task ("机构" ends no unit's name; each name is a collective)
    text = ("重点任务\n\n贯彻举措\n\n牵头单位\n\n责任单位\n\n一、围绕贯彻落实党的十九届四中全会精神加强用权公开\n\n"
            "(一)以权责清单为依托,加强权力配置信息公开。\n\n1.对照法律法规规章,更新完善权责清单并按要求公开。\n\n办公室、司法局\n\n"
            "各街道、各部门、各驻区机构\n\n2.依法公开本机关的工作职能、机构设置等信息。\n\n办公室,组织人事部\n\n各街道、各部门、各驻区机构\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", ["办公室", "司法局"], ["各街道", "各部门", "各驻区机构"]), ("2", ["办公室", "组织人事部"], ["各街道", "各部门", "各驻区机构"])]


def test_a_glued_table_with_a_group_title_before_row_one_and_the_lead_column_last():
    # 莲都区 2023 (www.liandu.gov.cn …art_1229389376_59114525.html, review r15b 06 flattened, review-fv-a): "序号事项责任单位牵头单位发展目标1…" — the group's title
    # between the glued header and row 1 had lost the whole table (14 tasks, 45 units); the lead's column comes last
    text = "序号事项责任单位牵头单位发展目标1地区生产总值增长6.5%以上。区农业农村局、区经商局区发改局2区本级固定资产投资增长25%。区发改局区发改局\n"
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.path, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", ["发展目标"], ["区发改局"], ["区农业农村局", "区经商局"]), ("2", ["发展目标"], ["区发改局"], ["区发改局"])]


def test_a_pipe_table_run_on_after_the_notice_whose_first_column_no_rule_names():
    # 徐庄镇 2017年度安全生产专项整治工作计划 (public.dengfeng.gov.cn/D49Y/2044017.jhtml, review r30a 10 flattened, review-fv-b): the notice, then
    # "一、专项整治安排表专项整治行业名称 | 时间安排 | 责任单位 |烟花爆竹 | 1月份 | 安监站 安监所 |…" on one line — no task had come back
    text = ("各行政村、各有关单位:经镇政府研究决定,现将《徐庄镇2017年度安全生产专项整治工作计划》印发给你们,请遵照执行。"
            "二〇一七年二月二十四日徐庄镇2017年度安全生产专项整治工作计划按照镇政府关于2017年安全生产工作的总体要求,遵照“一个月开展一个"
            "行业(领域)安全生产专项整治”的工作部署,根据我镇实际,特制定本工作计划。"
            "一、专项整治安排表专项整治行业名称 | 时间安排 | 责任单位 |烟花爆竹 | 1月份 | 安监站 安监所 |危险化学品 | 2月份 | 安监站 安监所 |"
            "电力设施 | 3月份 | 电管所 |养老机构 | 4月份 | 民政所 |建筑施工及市政建设 | 5月份 | 城建办 |医疗机构 | 6月份 | 文化站 卫生院 |\n")
    doc = policy_extract.parse_text(text)
    assert [(t.text, [u.name for u in t.responsible_units], t.deadline.date) for t in doc.tasks][:3] == [
        ("烟花爆竹", ["安监站", "安监所"], "2017-01-31"), ("危险化学品", ["安监站", "安监所"], "2017-02-28"), ("电力设施", ["电管所"], "2017-03-31")]
    assert len(doc.tasks) == 6


def test_a_pipe_table_run_on_after_its_plans_title_with_merged_cells_not_printed():
    # 中山市医疗保障局 2022 政务公开工作要点分工方案 (hsa.zs.gov.cn …post_2145150.html, review bs02, flattened): the plan's title runs into the first column's name, which no
    # rule names ("…分工方案工作要求 | 一级要点 | 二级要点 | 责任科室 |"), and the rows print their merged cells once — no task had come back
    text = ("局机关各科室、医保中心:现将《中山市医疗保障局2022年政务公开工作要点分工方案》印发你们,请认真贯彻执行。中山市医疗保障局2022年8月10日"
            "中山市医疗保障局2022年政务公开工作要点分工方案工作要求 | 一级要点 | 二级要点 | 责任科室 |一、优化政务公开工作基础 | "
            "(一)深化行政规章、规范性文件集中公开。 | 1.规范行政法规使用,确保使用的行政法规文本为最新版本。 | 法规和基金监管科牵头,办公室配合 |"
            "2.摸清本单位规范性文件底数,健全动态更新工作机制。 | 办公室牵头,各科室配合 |(二)持续推进基层政务公开标准化规范化。 | "
            "3.持续推动政府信息主动公开目录的编制。 | 办公室牵头,各科室配合 |\n")
    doc = policy_extract.parse_text(text)
    assert (doc.meta.title, doc.meta.issue_date) == ("中山市医疗保障局2022年政务公开工作要点分工方案", "2022-08-10")
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", ["法规和基金监管科"], ["办公室"]), ("2", ["办公室"], ["各科室"]), ("3", ["办公室"], ["各科室"])]


def test_a_glued_header_whose_name_opens_with_a_year():
    # "…分解表序号2022年预期目标责任单位1地区生产总值增长5.5%左右区发展改革委2…" (沙坪坝区 2022, www.cqspb.gov.cn, flattened,
    # review-fv-b; review-flat 03): the year before 预期目标 had ended the header, and the table gave no task
    text = ("附件12022年区政府工作报告经济社会发展预期目标任务分解表序号2022年预期目标责任单位1地区生产总值增长5.5%左右区发展改革委"
            "2固定资产投资增长6%左右区发展改革委3一般公共预算收入增长5%区财政局\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.responsible_units]) for t in doc.tasks] == [("1", ["区发展改革委"]), ("2", ["区发展改革委"]), ("3", ["区财政局"])]


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_a_pipe_table_whose_rows_hold_other_counts_of_cells_than_its_header(joiner):
    # 浙江某区 2022年政务公开工作任务表 (nuchain.org/art/2022/8/17/art_1229487075_1748041.html, review s3a 04): the part and
    # group cells printed on row 1 only, the time limit's column before the units'. Flattened, each row's units had
    # opened a task of their own; lined, row 1's five cells had shifted its columns and the part had been a task
    lines = ["主要工作任务 | 任务内容 | 完成时限 | 责任单位 |",
             "一、围绕中心工作,提升重点领域信息公开质量 | (一)聚焦共同富裕示范先行区建设加大公开力度 | "
             "1.做好共同富裕示范先行区行动计划执行情况信息公开,集中展示建设成果。 | 全年 | 区发改局、区级其他有关部门,各街道办事处 |",
             "2.加强稳进提质系列政策的集成发布、权威解读。 | 全年 | 区发改局、区级其他有关部门,各街道办事处 |",
             "3.开展项目预算公开试点,探索建立民生项目预算信息公示制度。 | 12月底前 | 区财政局、区级其他有关部门,各街道办事处 |"]
    doc = policy_extract.parse_text(joiner.join(lines) + "\n")
    assert [(t.number, [u.name for u in t.responsible_units], t.deadline.text, t.path[-1][:5]) for t in doc.tasks] == [
        ("1", ["区发改局", "区级其他有关部门", "各街道办事处"], "全年", "(一)聚焦"),
        ("2", ["区发改局", "区级其他有关部门", "各街道办事处"], "全年", "(一)聚焦"),
        ("3", ["区财政局", "区级其他有关部门", "各街道办事处"], "12月底前", "(一)聚焦"),
    ]
    if joiner:  # each row on its own line
        assert [t.source.start_line for t in doc.tasks] == [2, 3, 4]


def test_a_table_with_a_bar_line_between_cells_each_wrapped_over_lines():
    # 闵行区 2022 乡村振兴 任务清单 (review s14b 01): a "|" line alone between cells, a cell as narrow as its column over
    # several lines ("(一)" / "持续" / "推进" / …), 类别 printed on a group's first row only, and a header name with a
    # remark in brackets ("责任部门(加*号为牵头部门,其余为参与部门)"); the page had given the group headings as tasks
    lines = ["类别", "|", "序号", "|", "任务名称", "|", "任务要求及举措", "|", "责任部门", "(加*号为牵头部门,", "其余为参与部门)", "|",
             "责任街镇", "|", "完成时间节点", "|", "(一)", "持续", "推进", "“两个", "示范村”", "建设", "|", "1", "|",
             "完成2022年度", "乡村振兴示范村建设", "|", "完成2022年度1个乡村振兴示范村建设。对照建设项目清单,如期完成建设任务。", "|",
             "区农业农村委*", "|", "浦江镇", "|", "10月底", "|", "2", "|", "开展2023年度", "乡村振兴示范村建设", "|",
             "按市级部署遴选1个示范村开展建设,完成村庄设计。", "|", "区农业农村委*、区财政局", "|", "浦江镇", "|", "12月底", "|"]
    tasks = policy_extract.parse_text("\n".join(lines) + "\n").tasks
    assert [(t.number, t.path, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline.text) for t in tasks] == [
        ("1", ["(一)持续推进“两个示范村”建设"], ["区农业农村委"], ["浦江镇"], "10月底"),
        ("2", ["(一)持续推进“两个示范村”建设"], ["区农业农村委"], ["区财政局", "浦江镇"], "12月底")]
    assert tasks[0].text == "完成2022年度1个乡村振兴示范村建设。对照建设项目清单,如期完成建设任务。"


def test_cells_per_line_with_a_cell_wrapped_before_its_bar():
    # 2025年开发区重点工作及责任清单 (霍山, ahhuoshan.gov.cn/public/6598161/37968314.html; realworld h03 hard-wrapped at 41
    # characters): a task cell's first line lost its " |"; it had ended the run of cells and the table gave no task
    cells = ["序号 |", "重点工作 |", "责任领导 |", "责任单位 |", "完成时限 |", "1 |",
             "坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机 制,落实重点项目“领导",
             "+专班””“项目管家”等制度,全力服务重 大项目落地见效。 |", "叶林 |", "招商工作部、安商工作部 |", "全年 |",
             "2 |", "全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”,力争 全年盘活僵尸企业10家", ",盘活存量土地400亩。 |",
             "马振明 |", "改革办 |", "全年 |"]
    doc = policy_extract.parse_text("2025年开发区重点工作及责任清单\n" + "\n".join(cells) + "\n")
    assert [(t.number, t.text[-8:], [u.name for u in t.responsible_units], t.leaders) for t in doc.tasks] == [
        ("1", "全力服务重大项目落地见效。"[-8:], ["招商工作部", "安商工作部"], ["叶林"]),
        ("2", ",盘活存量土地400亩。"[-8:], ["改革办"], ["马振明"]),
    ]
    # a category's line over a row's number is no wrapped cell (review diffreview-s19: "产业发展类" had been glued to "2 |")
    grouped = cells[:11] + ["产业发展类"] + cells[11:]
    assert [t.number for t in policy_extract.parse_text("2025年开发区重点工作及责任清单\n" + "\n".join(grouped) + "\n").tasks][:1] == ["1"]
    assert all(not t.text.startswith("产业发展类") for t in policy_extract.parse_text("\n".join(grouped) + "\n").tasks)
    # a line with its own number between the cells is no wrapped cell: the table still ends there
    cut = cells[:11] + ["二、保障措施"] + cells[11:]
    assert [t.number for t in policy_extract.parse_text("2025年开发区重点工作及责任清单\n" + "\n".join(cut) + "\n").tasks] == ["1"]


def test_a_closing_paragraph_after_a_glued_table_is_not_its_last_row_s():
    # review diffreview-s20: a paragraph under the table that opens with a unit clause and goes on with a time limit is the
    # notice's, not the rest of the last row (its text and its 2023-12-31 had been added to row 25)
    text = H12_GLUED + "。"  # the last row closed by a full stop
    text += "\n省卫生健康委牵头，各州(市)党委和政府落实，于2023年底前完成全部任务。\n"
    last = policy_extract.parse_text(text).tasks[-1]
    assert last.number == "25" and "2023年底前" not in last.text and last.deadline is None


# 玉环市 2021年市政府重点工作责任分工抓落实方案 (www.yuhuan.gov.cn/art/2021/3/16/art_1229299687_3693127.html, web review
# e 06): one cell per paragraph, the leader's column first and its cell printed once over the rows it leads, a 配合单位
# cell over two lines, an empty 备注 cell left out
YUHUAN = (
    "2021年市政府重点工作责任分工抓落实方案\n\n牵头领导\n\n重点工作\n\n牵头单位\n\n配合单位\n\n备注\n\n周阳市长\n\n"
    "1.始终做到忠诚于党。学懂弄通做实习近平新时代中国特色社会主义思想,增强“四个意识”。\n\n市府办\n\n各单位\n\n"
    "2.始终坚持依法行政。坚持“开门做决策、人民做决定”,自觉接受人大依法监督。\n\n市府办\n\n市司法局\n\n市审计局\n\n"
    "张杰副市长\n\n3.加快建设现代产业体系。推动工业经济提质增效。\n\n市经信局\n\n市发改局\n\n"
)


def test_a_one_cell_per_line_table_whose_leader_column_comes_first():
    assert _rows(YUHUAN) == [
        ("1", ["市府办"], ["各单位"], ["周阳市长"], []),
        ("2", ["市府办"], ["市司法局", "市审计局"], ["周阳市长"], []),  # the leader's merged cell is each row's it spans
        ("3", ["市经信局"], ["市发改局"], ["张杰副市长"], []),
    ]
    assert "市府办" not in policy_extract.parse_text(YUHUAN).tasks[0].text


# 沙坪坝区 2022年区政府工作报告目标任务 (www.cqspb.gov.cn/…/t20220329_10563014.html, web review h 08): a table copied one
# cell per line, then every line break become the two ideographic spaces a crawler prints for a paragraph
SHAPINGBA_2022 = ["附件1", "2022年区政府工作报告经济社会发展预期目标任务分解表", "序号", "2022年预期目标", "责任单位",
                  "1", "地区生产总值增长5.5%左右", "区发展改革委", "2", "固定资产投资增长6%左右", "区发展改革委", "3", "工业增加值增长7%左右", "区经济信息委"]


@pytest.mark.parametrize("joiner", ["\n", "\u3000\u3000"], ids=["lined", "gaps"])
def test_a_one_cell_per_line_table_whose_breaks_became_wide_gaps(joiner):
    head = "各镇人民政府、街道办事处:\u3000\u3000现印发给你们。\u3000\u3000字体:【 默认 超大 |\u3000\u3000"  # (a pipe in the page's chrome)
    tasks = policy_extract.parse_text(head + joiner.join(SHAPINGBA_2022) + "\n").tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("1", ["区发展改革委"]), ("2", ["区发展改革委"]), ("3", ["区经济信息委"])]
    assert tasks[0].text == "地区生产总值增长5.5%左右"


def test_the_next_annexs_label_run_on_after_a_glued_tables_last_unit_cell():
    # the same page flattened with nothing between lines: the first table's last row runs into "附件2" and the next table's title
    text = "".join(SHAPINGBA_2022) + "附件22022年区政府工作报告重点工作任务分解表序号工作任务牵头单位配合单位\n"
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks][-1] == ("3", ["区经济信息委"])
    assert tasks[-1].text == "工业增加值增长7%左右"
    # "附件2" after a word that ends no unit's name opens nothing ("…见附件2…" inside a sentence)
    from policy_extract.chrome import chrome_apart

    assert len(chrome_apart("请各单位按照要求认真填写附件2并按时报送。")) == 1


def test_two_names_run_together_in_a_leader_cell_are_two_leaders():
    # 南陵县 2024年《政府工作报告》重点工作目标任务分解表 (www.nlx.gov.cn/openness/public/6605131/39230837.html, web review j 03):
    # "陆 明俞 悦 |", two names each spaced as a two-character name is, with nothing between them; they had been glued to the task's text
    text = ("序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n80 |\n实施中小学办学能力提升工程,推动义务教育优质均衡发展。 |\n俞 悦 |\n"
            "县教育局 |\n县各有关单位 |\n81 |\n保障芜职院现代物流智造学院秋季开学,探索职业教育赋能区域发展路径。 |\n陆 明俞 悦 |\n县教育局 |\n县各有关单位 |\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.leaders, t.text[-6:]) for t in tasks] == [(["俞悦"], "质均衡发展。"), (["陆明", "俞悦"], "域发展路径。")]
    from policy_extract.cell_kinds import glued_names

    assert glued_names("县教育局") == [] and glued_names("县 教育局") == [] and glued_names("俞 悦") == []


# 泗洲头镇 2024年度重点工作计划二季度执行情况 (www.xiangshan.gov.cn/art/2024/8/1/art_1229682896_4417827.html, web review i 06):
# one cell per paragraph, header names wrapped over two cells ("责任" / "领导", "攻坚目标" / "任务", "第二季度" / "完成情况")
SIZHOUTOU = ["序号", "重点工作", "责任", "领导", "责任", "科室", "攻坚目标", "任务", "工作任务安排", "第二季度", "完成情况",
             "1", "白仙山水库工程政策处理", "欧乾震", "白仙山水库工程政策处理工作领导小组", "完成项目政策处理工作,推进大坝、溢洪道建设。",
             "推进坟墓迁移工作。", "该工程库区内坟墓迁移进度达60%。",
             "2", "现代化美丽城镇", "吴宇凡", "乡村振兴办", "成功创建首批浙江省美丽城镇。", "完成镇区立面改造。", "已完成立面改造方案。"]


def test_header_names_wrapped_over_two_cells_are_joined_to_fit_the_rows():
    tasks = policy_extract.parse_text("\n\n".join(SIZHOUTOU) + "\n").tasks
    assert [(t.text, t.leaders, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("白仙山水库工程政策处理", ["欧乾震"], ["白仙山水库工程政策处理工作领导小组"]), ("现代化美丽城镇", ["吴宇凡"], ["乡村振兴办"])]
    from policy_extract.column_names import unwrapped_names

    # names that fit the rows as they are stay as they are ("牵头单位", "责任单位" are two columns, not one)
    assert unwrapped_names(["序号", "重点工作", "牵头单位", "责任单位"], ["1", "推进…", "市发改委", "市财政局", "2"]) == ["序号", "重点工作", "牵头单位", "责任单位"]


def test_one_task_printed_as_label_lines_without_colons_is_a_card():
    # 同心县 2023 政府工作报告 任务分解 (tongxin.gov.cn/ztzl/2023zfgzbg/rwfj/202303/t20230313_3991682.html, web review e 05): a page that
    # prints one task, each column's name on a line and its value on the next; it gave no task
    lines = ["具体任务", "全面落实疫情防控“新十条”,抓紧完成方舱医院升级改造亚定点医院,创建全国卫生县和自治区健康县。", "责任单位", "卫健局、文旅局",
             "配合单位", "各乡镇", "完成时限", "方舱医院升级改造亚定点医院1月底前完成;其它事项12月底前取得明显成效并长期坚持"]
    tasks = policy_extract.parse_text("\n".join(lines) + "\n").tasks
    assert [([u.name for u in t.responsible_units], t.deadline.ongoing, t.text[:6]) for t in tasks] == [(["卫健局", "文旅局", "各乡镇"], True, "全面落实疫情")]
    # headings that hold a column's word are no card ("主要任务" / "保障措施" / "时间安排" each over a paragraph, diffreview-s24's probe)
    plan = "\n".join(["主要任务", "实施农村供水工程改造，巩固提升饮水安全水平。", "保障措施", "加强组织领导，落实资金保障。", "时间安排",
                      "2024年10月底前全面完成。"]) + "\n"
    assert policy_extract.parse_text(plan).tasks == []
    # a table's header one name a line over its cells is no card (names follow names)
    table = "\n".join(["序号", "重点工作", "责任单位", "完成时限", "1", "推进政务公开标准化建设。", "县政务服务中心", "12月底前"]) + "\n"
    assert [(t.number, [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(table).tasks] == [("1", ["县政务服务中心"])]


def test_a_remarks_cell_after_the_units_of_a_time_first_table_is_no_task():
    # diffreview-s23's probe (the 序号 | 工作任务 | 完成时限 | 责任单位 | 备注 form, one cell per line): "市考指标" in 备注 had become a task
    cells = ["序号", "工作任务", "完成时限", "责任单位", "备注", "1", "新建改造农村公路50公里。", "2023年11月底前", "县交通运输局", "市考指标",
             "2", "完成高标准农田建设2万亩。", "2023年10月底前", "县农业农村局", "3", "新增城镇就业1500人以上。", "2023年12月底前", "县人社局", "省考指标"]
    tasks = policy_extract.parse_text("\n".join(cells) + "\n").tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("1", ["县交通运输局"]), ("2", ["县农业农村局"]), ("3", ["县人社局"])]


def test_a_pipe_table_whose_rows_ran_together_bar_to_bar():
    # 2025年县食品安全重点工作任务清单 (qianlima.com/bid-523533600.html, review ct06) flattened: each row's closing bar run into the next
    # row's opening one ("…| 完成时限 || 一、…", "…坚持 | ||| (二)…"), merged cells not printed; the lined copy was read, this gave no task
    rows = ["| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |",
            "| 一、加大食品安全突出问题治理力度 | (一)强化源头治理 | 1.加强农用地土壤重金属污染源头防控,建立土壤污染重点监管单位企业名单。"
            " | 市生态环境分局牵头,各有关部门按照职责分工负责 | 2025年11月底前,并长期坚持 |",
            "| 2.持续开展农药科学施用增效、兽药使用减量行动,稳步提高受污染耕地安全利用水平。 | 县农业农村局 | 2025年11月底前,并长期坚持 | ||",
            "| (二)严控农兽药残留超标 | 3.深入开展重点问题品种药物残留突出问题攻坚治理,严打禁限(停)用药物违法使用。 | 县农业农村局 | 2025年12月底前 | |"]
    lined = policy_extract.parse_text("2025年县食品安全重点工作任务清单\n" + "\n".join(rows) + "\n")
    flat = policy_extract.parse_text("2025年县食品安全重点工作任务清单发布时间 :2025-07-16" + "".join(rows) + "\n")
    read = [(t.number, t.text[:6], [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline.date) for t in flat.tasks]
    assert read == [("1", "加强农用地土", ["市生态环境分局"], ["各有关部门"], "2025-11-30"), ("2", "持续开展农药", [], ["县农业农村局"], "2025-11-30"),
                    ("3", "深入开展重点", [], ["县农业农村局"], "2025-12-31")]
    assert read == [(t.number, t.text[:6], [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline.date) for t in lined.tasks]
    assert [t.path[-1] for t in flat.tasks] == ["(一)强化源头治理", "(一)强化源头治理", "(二)严控农兽药残留超标"]


def test_a_web_table_dumped_a_cell_at_a_time_between_bar_lines():
    # 定州市 2021 政务数据共享 重点任务责任分工 (dzs.gov.cn/col/1637546330454/2021/11/22/1637548319464.html, review cu08): each row
    # opened by a "| " line, each cell's words on indented lines closed by a bar line, a few closed by their own bar ("号  |",
    # "各乡镇(街道)  |"), a row of empty cells "||||"; the header's 序号 wrapped as 序 / 号. No task had been read
    def row(*cells):
        return ["| "] + [line for cell in cells for line in ["             " + cell, "             | ", ""]]

    lines = ["| ", "             附件2 ", "            关于建立健全政务数据共享协调机制加快推进数据 ", "            有序共享的重点任务责任分工  | ",
             "        ||||", "| ", "             序 ", "            号  | ", ""]
    lines += [line for name in ("工作任务", "牵头单位", "责任单位", "完成时限") for line in ["             " + name, "             | ", ""]]
    lines += row("1", "成立由市政府领导同志负责、有关部门参加的定州市政务数据共享协调推进机制。", "市行政审批局", "市直相关部门", "2021年9月底")
    lines += row("2", "依托一体化政务服务平台建设政务数据共享应用平台,为各部门提供政务数据共享服务。", "市大数据中心", "市直相关部门 \n            各乡镇(街道)",
                 "2021年12月底")
    doc = policy_extract.parse_text("\n".join(lines) + "\n")
    assert doc.meta.title == "关于建立健全政务数据共享协调机制加快推进数据有序共享的重点任务责任分工"
    assert [(t.number, t.text[:6], [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline.date) for t in doc.tasks] == [
        ("1", "成立由市政府", ["市行政审批局"], ["市直相关部门"], "2021-09-30"),
        ("2", "依托一体化政", ["市大数据中心"], ["市直相关部门", "各乡镇(街道)"], "2021-12-31")]


def test_an_empty_cell_printed_as_a_bar_alone_among_cells_closed_by_their_bars():
    # 工业和信息化部 2018年 关键业绩指标 (hljny.net/news_info.aspx?id=350, review cv01): one cell a line closed by " |", the empty 备注
    # printed as "|" alone; every row had been cut in two, each half with the row before's 司局
    cells = ["序号", "指标名称", "预期效果", "完成时限", "指标 属性", "牵头负责司局", "备注",
             "1", "创建“中国制造2025”国家级示范区", "确定首批示范区创建名单", "6月", "预期性", "规划司", "",
             "2", "遴选公告中小企业公共服务示范平台和创业创新示范基地数量", "各80个", "12月", "约束性", "中小企业局", "",
             "3", "绿色制造示范典型发布数量", "400项", "10月", "预期性", "节能与综合 利用司", ""]
    doc = policy_extract.parse_text("\n".join(f"{c} |" if c else "|" for c in cells) + "\n")
    assert [(t.number, t.text[:7], [u.name for u in t.lead_units]) for t in doc.tasks] == [
        ("1", "创建“中国制造", ["规划司"]), ("2", "遴选公告中小企", ["中小企业局"]), ("3", "绿色制造示范典", ["节能与综合利用司"])]
    # but a bar alone that parts the header from the rows is no cell (diffreview-aq's probe)
    parted = ["序号 |", "工作任务 |", "牵头单位 |", "完成时限 |", "|", "1 |", "完善农村供水保障。 |", "县水利局 |", "2024年底 |",
              "2 |", "推进农村公路建设。 |", "县交通局 |", "2024年10月底 |"]
    assert [(t.number, [u.name for u in t.lead_units]) for t in policy_extract.parse_text("\n".join(parted) + "\n").tasks] == [
        ("1", ["县水利局"]), ("2", ["县交通局"])]


def test_parts_with_no_row_between_them_in_a_table_one_cell_a_line():
    # 谯城区教育局 2025 政府工作报告重点工作任务分解表 (bzqc.gov.cn/XxgkContent/show/2831654.html, review cx01): a department's rows of the
    # government's list, its parts 二、–五、 printed with no row under them; they had become a task "3" with row 3's units
    cells = ["序号", "重点工作任务", "主要责任单位", "协同配合单位", "一、2025年经济社会发展的主要预期目标",
             "3", "固定资产投资增长7.5%左右。", "区发改委", "区工信局、区住建局",
             "二、全力以赴扩投资、优服务,筑牢经济增长根基", "三、全力以赴延链条、壮集群,构建现代产业体系", "四、全力以赴增动能、聚人气,激发改革创新活力",
             "六、全力以赴惠民生、增福祉,加快社会事业发展",
             "68", "持续推进学前教育普及普惠、义务教育优质均衡发展,加快建设黎明学校。", "区教育局", "区政府有关部门,各乡镇人民政府、街道办事处。"]
    doc = policy_extract.parse_text("\n\n".join(cells) + "\n")
    assert [(t.number, t.path[-1][:2], [u.name for u in t.lead_units]) for t in doc.tasks] == [("3", "一、", ["区发改委"]), ("68", "六、", ["区教育局"])]


def test_rows_numbered_in_a_column_the_header_names_nothing_for():
    # 池州市信访局 2023 政务公开工作任务 (xfj.chizhou.gov.cn/OpennessContent/show/1426818.html, review da01): one cell a line between "|"
    # lines, the header "工作任务 | 具体要求 | 责任科室 | 时限要求" over rows of five cells — the 工作任务 merged over its rows, then a
    # number no header names; no row had been read
    cells = ["工作任务", "具体要求", "责任科室", "时限要求",
             "强化行政规范性文件集中规范公开", "1", "对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。", "办公室", "年底前",
             "深化政策解读形式", "2", "积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。", "各科室", "持续推进",
             "做好主动公开基础工作", "3", "严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容。", "各科室", "持续推进",
             "4", "规范做好政府信息公开工作年度报告编制发布工作。", "办公室", "持续推进"]
    doc = policy_extract.parse_text("\n|\n".join(cells) + "\n")
    assert [(t.number, t.path[-1][:4], [u.name for u in t.responsible_units], t.deadline.ongoing) for t in doc.tasks] == [
        ("1", "强化行政", ["办公室"], False), ("2", "深化政策", ["各科室"], True), ("3", "做好主动", ["各科室"], True), ("4", "做好主动", ["办公室"], True)]


def test_a_table_one_cell_a_line_without_numbers_read_by_its_width():
    # 宣城市人力资源和社会保障局 2022 政务公开 任务 (rsj.xuancheng.gov.cn/OpennessContent/show/2658493.html, review db02): "任务" | "责任单位" |
    # "时限", every row printing its three cells between "|" lines, no number; no row had been read and the header had been the title
    cells = ["任务", "责任单位", "时限",
             "切实做好稳经济大盘一揽子政策举措公开工作", "市政府各部门,各县(市、区)政府", "持续推进",
             "建立市场主体反映投资和工程建设项目审批问题的渠道", "市发改委、市住建局,市政府各部门", "年底前"]
    doc = policy_extract.parse_text("\n|\n".join(cells) + "\n|\n")
    assert doc.meta.title is None
    assert [(t.text[:6], [u.name for u in t.responsible_units], t.deadline.ongoing) for t in doc.tasks] == [
        ("切实做好稳经", ["市政府各部门", "各县(市、区)政府"], True), ("建立市场主体", ["市发改委", "市住建局", "市政府各部门"], False)]
    # headings and sentences under such names are no rows: their unit and time cells are not where the header puts them
    prose = ["任务", "责任单位", "时限", "一、总体要求", "坚持问题导向,推动工作落实。", "二、重点任务", "加强政务公开,回应社会关切。"]
    assert [t.number for t in policy_extract.parse_text("\n".join(prose) + "\n").tasks] == ["二"]


def test_an_assessment_table_whose_indicator_is_merged_over_its_rows():
    # 2021年嵊泗县乡村振兴任务清单 (shengsi.gov.cn/art/2021/12/21/art_1229604550_59023967.html, review da04): one cell a line, 考核指标
    # (a target column) printed on its first row only; 858a31b had made 考核指标 a target, which no row rebuilt by its cells allowed,
    # and the table's 14 rows were lost
    cells = ["考核项目", "序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门", "评分部门", "农业高质高效",
             "1", "确保粮食和重要农产品有效供给", "农林牧渔业增加值增幅", "%", "≥2%", "县海洋与渔业局", "县农业农村局", "市海洋渔业局市农业农村局",
             "2", "农业劳动生产率及增幅", "万元/人", "全市统筹", "县海洋与渔业局", "县农业农村局", "市海洋渔业局市农业农村局",
             "3", "粮食安全责任制", "-", "良好以上", "县经济和信息化局", "市商务局",
             "4", "粮食播种面积", "万亩", "0.07", "县农业农村局", "市农业农村局"]
    doc = policy_extract.parse_text("\n\n".join(cells) + "\n")
    assert [t.number for t in doc.tasks] == ["1", "2", "3", "4"]
    assert all(t.responsible_units for t in doc.tasks)


def test_bar_lines_between_open_cells_and_cells_closed_by_their_own_bar():
    # 辽宁 2023 技能培训 重点任务清单 (gov gazette mirror, review dg09): header cells and row numbers each closed by a "|" line
    # alone, the other cells by " |" at their end, a cell over several lines — no row had been read
    text = ("序号\n|\n重点任务\n|\n工作措施\n|\n完成\n时限\n|\n责任\n部门\n|\n"
            "1\n|\n发布急需紧缺技能人才目录 |\n1.开展用工需求调查;\n2.编制发布参考目录。 |\n每季度末次月20日前、12月底前 |\n人力资源社会保障部门 |\n"
            "2\n|\n开展企业自主培训和评价 |\n1.发挥企业主体作用;\n2.培养学徒1万人以上。 |\n12月底前 |\n人力资源社会保障部门、财政部门 |\n"
            "3\n|\n开展高校毕业生技能提升培训 |\n组织开展专业转换培训。 |\n12月底前 |\n人力资源社会保障部门 |\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units], t.deadline.text) for t in tasks] == [
        ("1", ["人力资源社会保障部门"], "每季度末次月20日前、12月底前"), ("2", ["人力资源社会保障部门", "财政部门"], "12月底前"),
        ("3", ["人力资源社会保障部门"], "12月底前")]
    # a site's menu a line an item over "|" lines, its footer lines closed by " |", is no table (diffreview-aw p14): the notice between them
    # keeps its heading
    page = ("首页\n|\n政务公开\n|\n通知公告\n|\n政策文件\n|\n办事服务\n|\n互动交流\n|\n某县人民政府办公室关于印发2024年农村公路养护工作方案的通知\n"
            "二、重点任务\n（一）推进县道安全隐患排查，6月底前完成。\n（二）落实农村公路“路长制”，12月底前实现列养率100%。\n"
            "网站地图 |\n联系我们 |\n主办单位：某县人民政府办公室 |\n技术支持：某某网络公司 |\n")
    assert [(t.id, [u.name for u in t.lead_units + t.responsible_units]) for t in policy_extract.parse_text(page).tasks] == [("2.1", []), ("2.2", [])]


def test_rows_closed_by_bar_lines_with_merged_cells_missing():
    # 鄂州市 2025 深化零基预算改革任务分工清单 (ezhou.gov.cn, review ds01): a cell a line closed by " |", each row closed by a line of
    # bars alone; the rows a merged 序号 / 主要任务 cell spans print only their own five cells — cut by width, the cells had run
    # from row to row (a time limit read as a unit, a unit as a time limit)
    text = ("附件1\n鄂州市深化零基预算改革任务分工清单\n|\n2025年度任务分工清单 |\n||||||\n|\n"
            "序号 |\n主要任务 |\n改革事项 |\n实施内容 |\n责任部门 |\n配合部门 |\n完成时限 |\n|\n"
            "1 |\n完善顶层设计 |\n深化零基预算改革实施方案 |\n组建鄂州市深化零基预算改革领导小组,制定《鄂州市深化零基预算改革实施方案》及配套制度。 |\n"
            "市财政局 |\n各预算单位 |\n2025年8月 中旬 |\n|\n"
            "业务培训 |\n面向各预算单位及专班成员等开展零基预算改革政策、预算编报、绩效目标编制培训。 |\n市财政局 |\n各预算单位 |\n2025年8月起分阶段 |\n||\n|\n"
            "成果提炼 |\n制定宣传计划,分阶段、分专题在全市范围开展宣传活动,形成阶段性改革成果。 |\n市财政局 |\n各预算单位 |\n2025年12月 |\n||\n|\n"
            "2 |\n构建支出政策体系 |\n清理整合支出政策 |\n政策主管部门针对正在实施的财政支出政策,系统梳理部门职责职能和政策执行情况。 |\n"
            "主管部门 |\n市财政局 |\n2025年11月 |\n|\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.text[:4], [u.name for u in t.responsible_units], t.deadline.text) for t in tasks] == [
        ("1", "完善顶层", ["市财政局", "各预算单位"], "2025年8月中旬"), ("1", "业务培训", ["市财政局", "各预算单位"], "2025年8月起分阶段"),
        ("1", "成果提炼", ["市财政局", "各预算单位"], "2025年12月"), ("2", "构建支出", ["主管部门", "市财政局"], "2025年11月")]
    # diffreview-ay: an empty cell printed as a bar line alone between a row's cells (p33); a second, wider table after the first (p42)
    head = "|\n序号 |\n主要任务 |\n实施内容 |\n责任部门 |\n配合部门 |\n完成时限 |\n|\n"
    rows = "1 |\n完善顶层设计 |\n制定实施方案。 |\n市财政局 |\n各预算单位 |\n2025年8月中旬 |\n|\n2 |\n构建支出政策体系 |\n清理整合支出政策。 |\n市财政局 |\n|\n2025年11月 |\n|\n"
    tasks = policy_extract.parse_text(head + rows).tasks
    assert [([u.name for u in t.responsible_units], t.deadline.text) for t in tasks] == [(["市财政局", "各预算单位"], "2025年8月中旬"), (["市财政局"], "2025年11月")]
    wider = ("序号 |\n主要任务 |\n改革事项 |\n实施内容 |\n责任部门 |\n配合部门 |\n完成时限 |\n|\n1 |\n加强审计监督 |\n预算执行审计 |\n"
             "开展零基预算执行情况专项审计。 |\n市审计局 |\n市财政局 |\n2025年10月底前 |\n|\n")
    # (a part's row after a short row is no run of that row's: diffreview-az p21)
    parted = head + rows.replace("市财政局 |\n|\n2025年11月 |\n|\n", "2025年11月 |\n|\n二、强化要素保障 |\n|\n")
    assert [t.deadline.text for t in policy_extract.parse_text(parted).tasks] == ["2025年8月中旬", "2025年11月"]
    tasks = policy_extract.parse_text(head + rows + "|\n" + wider).tasks
    assert [([u.name for u in t.responsible_units], t.deadline.text) for t in tasks][-1] == (["市审计局", "市财政局"], "2025年10月底前")
    # a header that is no run of its own between bar lines (its first row's cells follow its names, 安康市 2021, review dc05): its
    # bars are empty cells, read as before
    page = ("主要任务 |\n重点工作和要求 |\n责任单位 |\n完成时限 |\n完成进展 |\n一、加强安全生产专项整治三年行动安排部署 |\n||||\n"
            "(一)制定工作任务清单。 |\n1.制定2021年全市安全生产专项整治三年行动工作任务清单,分解落实到县区、部门。 |\n市安委办 |\n1月20日前 |\n|\n"
            "2.制定行业领域2021年安全生产专项整治三年行动工作任务清单,并报市安委办。 |\n市生态环境局 |\n2月10日前 |\n|\n|\n"
            "3.制定县区2021年安全生产专项整治三年行动工作任务清单,并报市安委办。 |\n各县区安委会 |\n2月5日前 |\n|\n|\n")
    assert [(t.number, [u.name for u in t.responsible_units], t.deadline.text) for t in policy_extract.parse_text(page).tasks] == [
        ("1", ["市安委办"], "1月20日前"), ("2", ["市生态环境局"], "2月10日前"), ("3", ["各县区安委会"], "2月5日前")]


def test_a_table_run_into_one_line_with_bare_bars():
    # 深化产教融合 重点任务分工 (sdshxy.cn …/20180920/27144.html, review dt02) with its line breaks lost: cells apart by "|" with no
    # blank beside it, the 工作任务 cell merged over rows 2-5 not printed ("|2|统筹…。|教育部、…|") — the line had been one paragraph
    text = ("序号|工作任务|主要内容|责任单位|1|构建教育和产业统筹融合发展格局|同步规划产教融合与经济社会发展。|国家发展改革委会同有关部门,各省级人民政府|"
            "2|统筹职业教育与区域发展布局。|教育部、国家发展改革委、人力资源社会保障部,各省级人民政府||"
            "3|促进高等教育融入国家创新体系和新型城镇化建设。|教育部、国家发展改革委、科技部,有关省级人民政府||")
    tasks = policy_extract.parse_text(text + "\n").tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", ["国家发展改革委", "有关部门", "各省级人民政府"]), ("2", ["教育部", "国家发展改革委", "人力资源社会保障部", "各省级人民政府"]),
        ("3", ["教育部", "国家发展改革委", "科技部", "有关省级人民政府"])]
    # a header without 序号, the rows numbered after their merged group's cell (池州市信访局 2023 政务公开 任务, xfj.chizhou.gov.cn, review ee01
    # flattened): read as its lined copy is
    text = ("工作任务|具体要求|责任科室|时限要求|强化行政规范性文件集中规范公开|1|对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。|"
            "办公室|年底前|深化政策解读形式|2|积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。|各科室|持续推进|做好主动公开基础工作|3|"
            "严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容。|各科室|持续推进|")
    tasks = policy_extract.parse_text(text + "\n").tasks
    assert [(t.number, [u.name for u in t.responsible_units], t.deadline.text) for t in tasks] == [
        ("1", ["办公室"], "年底前"), ("2", ["各科室"], "持续推进"), ("3", ["各科室"], "持续推进")]
    # each cell closed by " |" as its line was, the page's words glued before a spaced 序 号 (舟山市 城镇生活垃圾分类工作任务分解表, ushui.net,
    # review eb03 flattened: no task, now the rows of the lined copy, the merged 工作任务 cell of rows 2-3 not printed)
    lined = ["附件", "舟山市城镇生活垃圾分类工作任务分解表", "序 号 |", "工作 任务 |", "主要工作内容 |", "完成时间 |", "总牵头 单位 |", "分项 牵头单位 |", "参与单位 |",
             "责任单位 |", "1 |", "源 头 减 量 专 项 行 动 |", "到2020年底,全市城镇生活垃圾总量实现零增长。 |", "2020年 |", "市城市管理局 |", "市城市管理局 |",
             "市城镇生活垃圾分类工作领导小组成员单位 |", "各县(区)政府、 新城管委会 |", "2 |", "严格执行国家限制商品过度包装标准,开展过度包装专项治理。 |",
             "2018年 |", "市发改委 |", "市商务局、市市场监管局 |", "各县(区)政府、 新城管委会 |", "||", "3 |", "开展果蔬集贸市场果蔬菜皮就地处理,净菜进城试点。 |",
             "2018年 |", "市市场监管局 |", "市供销社、舟山商贸集团 |", "各县(区)政府、 新城管委会 |", "||"]
    read = [[(t.number, [u.name for u in t.lead_units], t.deadline.text) for t in policy_extract.parse_text(sep.join(lined) + "\n").tasks]
            for sep in ("\n", "")]
    assert read[1] == read[0] and read[0][1:] == [("2", ["市发改委"], "2018年"), ("3", ["市市场监管局"], "2018年")]
    # bars in prose, no header among the cells (a site's menu run into a line), stay prose
    from policy_extract.bar_cells import bare_bar_lines
    from policy_extract.load.base import SourceLine

    menu = SourceLine("首页|政务公开|通知公告|政策文件|办事服务|互动交流|县政府办公室关于做好防汛工作的通知", 1)
    assert bare_bar_lines([menu]) == [menu]


def test_a_body_column_after_the_units_is_not_the_rows_units():
    # 嵊泗县 2021年乡村振兴任务清单 (shengsi.gov.cn, review dv01): a cell a line, "… | 责任部门 | 评分部门", a row's 责任部门 units one a line —
    # the 评分部门 (the body that scores the work) had been read as the row's responsible unit too
    cells = ["序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门", "评分部门",
             "1", "确保粮食和重要农产品有效供给", "农林牧渔业增加值增幅", "%", "≥2%", "县海洋与渔业局", "县农业农村局", "市海洋渔业局市农业农村局",
             "2", "粮食安全责任制", "-", "良好以上", "县经济和信息化局", "市商务局",
             "3", "粮食播种面积", "万亩", "0.07", "县农业农村局", "市农业农村局"]
    tasks = policy_extract.parse_text("\n\n".join(cells) + "\n").tasks
    assert [(t.number, [u.name for u in t.lead_units + t.responsible_units]) for t in tasks] == [
        ("1", ["县海洋与渔业局", "县农业农村局"]), ("2", ["县经济和信息化局"]), ("3", ["县农业农村局"])]
    # diffreview-ay p03, p05: the scorer's cell printed empty ("/") after two units, or a row printing as many units as the header has
    # unit columns: every unit the row's
    cells = cells[:7] + ["1", "农村人居环境", "生活垃圾分类处理行政村覆盖率", "%", "≥90%", "县综合行政执法局", "县农业农村局", "/",
                         "2", "粮食安全责任制", "-", "良好以上", "县经济和信息化局", "市商务局"]
    tasks = policy_extract.parse_text("\n\n".join(cells) + "\n").tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["县综合行政执法局", "县农业农村局"], ["县经济和信息化局"]]
    cells = ["序号", "工作任务", "牵头单位", "责任单位", "评分部门", "1", "新建高标准农田1.2万亩。", "县农业农村局", "县财政局", "市农业农村局",
             "2", "开展村级集体经济消薄攻坚。", "县农业农村局", "各乡镇人民政府"]
    tasks = policy_extract.parse_text("\n\n".join(cells) + "\n").tasks
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        (["县农业农村局"], ["县财政局"]), (["县农业农村局"], ["各乡镇人民政府"])]


# 安全生产"十三五"规划主要任务分工 (law.foodmate.net/show-196816.html, review fa01), shortened: its cells, and the tasks they give
FA01_CELLS = ["序号", "工作内容", "牵头部门", "完成时间", "一", "主要任务", "", "", "(一)", "构建更加严密的责任体系", "", "",
              "1", "完善企业安全生产责任和目标评估考核体系,推动企业落实主体责任。", "省安全监管局", "2018年",
              "2", "厘清安全生产综合监管与行业监管的关系,制定权力和责任清单。", "省安全监管局、省编办", "2018年",
              "(二)", "增强依法治理能力", "", "",
              "1", "建立健全安全生产法规制度建设和运行评估机制。", "省安全监管局、省政府法制办", "持续推进",
              "2", "完善安全监管执法检查制度。", "省安全监管局、省财政厅", "2017年"]
FA01_TASKS = [("1", "(一)构建更加严密的责任体系", ["省安全监管局"], "2018-12-31"),
              ("2", "(一)构建更加严密的责任体系", ["省安全监管局", "省编办"], "2018-12-31"),
              ("1", "(二)增强依法治理能力", ["省安全监管局", "省政府法制办"], None),
              ("2", "(二)增强依法治理能力", ["省安全监管局", "省财政厅"], "2017-12-31")]

def test_group_rows_with_empty_cells_in_a_table_one_cell_a_line_closed_by_bars():
    # 安全生产"十三五"规划主要任务分工 (law.foodmate.net/show-196816.html, review fa01): one cell a line closed by " |", the
    # groups "一 | 主要任务 | | |" and "(一) | 构建…体系 | | |" printing their empty cells as "|" alone, rows numbered from 1
    # again under each group; the table had given no task
    text = "附件\n安全生产“十三五”规划主要任务分工\n" + "\n".join(f"{c} |" if c else "|" for c in FA01_CELLS) + "\n"
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.path[-1], [u.name for u in t.lead_units], t.deadline and t.deadline.date) for t in doc.tasks] == FA01_TASKS


@pytest.mark.parametrize("joiner", [
    "|",  # as the crawler stored it, every line break lost: "…完成时间 |一 |主要任务 |||(一) |…" (review fa01 flattened)
    " | ",  # a page that joined the cells with spaced bars: "完成时间 | 一 | 主要任务 |  |  | (一) | …"
])
def test_group_rows_with_empty_cells_in_a_table_run_into_one_line(joiner):
    # 安全生产"十三五"规划主要任务分工 (law.foodmate.net/show-196816.html, review fa01), the table above with its line breaks lost:
    # a group's empty cells ran on as "||" (read as a row's end, or as one empty cell), and the groups' numbers cut no row,
    # so the rows had slid (3 of 6 tasks, one with its unit)
    text = "附件安全生产“十三五”规划主要任务分工" + ("".join(c + " |" for c in FA01_CELLS) if joiner == "|" else " " + joiner.join(FA01_CELLS)) + "\n"
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.path[-1], [u.name for u in t.lead_units], t.deadline and t.deadline.date) for t in doc.tasks] == FA01_TASKS


def test_one_empty_cell_printed_as_a_bar_alone_in_a_table_one_cell_a_line():
    # 清水縣 2012年春節系列文化活動日程安排 (yhg994208.cn/news/qs/2011122615165194043.htm, review fe08): row 4's empty 承辦單位 printed as
    # "|" alone, the only one; it had been no cell, and every row's cells had slid (its place read as the lead, 主辦 as responsible)
    cells = ["序號", "活動內容", "活動時間", "活動地點", "主辦單位", "承辦單位",
             "1", "首屆廚藝大賽", "2011年11月20日至2011年12月31日", "縣電視臺", "縣委宣傳部 縣文化廣播影視局", "縣旅游局、縣總工會、縣電視臺",
             "2", "第二屆電視書畫大賽", "2011年11月24日至2012年2月1日", "縣電視臺", "縣委宣傳部 縣文化廣播影視局", "縣文化館、縣電視臺",
             "3", "全縣干部職工慶元旦籃球比賽", "2011年12月16日至2011年12月23日", "縣體育場、溫泉度假村體育館", "縣教育體育局", "",
             "4", "“昊峰杯”籃球邀請賽", "2011年12月24日至2011年12月26日", "溫泉度假村體育館", "縣政府、天水市籃球協會", "教體局"]
    doc = policy_extract.parse_text("\n".join(f"{c} |" if c else "|" for c in cells) + "\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        (["縣委宣傳部", "縣文化廣播影視局"], ["縣旅游局", "縣總工會", "縣電視臺"]), (["縣委宣傳部", "縣文化廣播影視局"], ["縣文化館", "縣電視臺"]),
        (["縣教育體育局"], []), (["縣政府", "天水市籃球協會"], ["教體局"])]


def test_a_glued_table_whose_group_title_counts_its_rows_in_brackets():
    # 苏州市 2011年政府工作任务分解表 (苏府〔2011〕57号, fsou.com …/17282645.html, review fh09 flattened): "…主要责任单位经济社会发展主要预期目标分解
    # (15项)1地区生产总值…" — the count in brackets, and 目标 in the title (a column's word), had kept the title from being the group's: no task
    text = ("苏州市2011年政府工作任务分解表序号名称工作任务主要责任单位经济社会发展主要预期目标分解(15项)1地区生产总值地区生产总值增长12%市发改委、统计局"
            "2财政收入地方财政一般预算收入增长12%以上市财政局、国税局、地税局3服务业服务业增加值占地区生产总值的比重提高1.5个百分点市发改委、统计局\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.path, [u.name for u in t.lead_units]) for t in doc.tasks] == [
        ("1", ["经济社会发展主要预期目标分解(15项)"], ["市发改委", "统计局"]), ("2", ["经济社会发展主要预期目标分解(15项)"], ["市财政局", "国税局", "地税局"]),
        ("3", ["经济社会发展主要预期目标分解(15项)"], ["市发改委", "统计局"])]


def test_cells_a_line_with_a_bar_between_and_two_closing_each_row_no_number_column():
    # 谯城区 一镇 政务公开工作任务 (bzqc.gov.cn/XxgkContent/show/2920591.html, review fw 01): "|" alone between cells, two after each
    # row, no 序号; the 工作任务 cell printed on its group's first row only — no task had come back
    cells = [["工作任务", "具体内容", "责任部门"],
             ["推进政策公开", "常态化公开就业、住房、教育、医疗、生态环境、养老、社会保障等领域信息。", "财政所、便民综合服务中心、土管所等"],
             ["积极探索特定群体的线下公开渠道;围绕农村发展、改革,持续发布相关政策文件及工作成果。", "便民综合服务中心"],
             ["强化权力配置信息公开", "细化权力配置信息公开,动态更新本镇各部门权责事项清单。", "党政办公室"],
             ["健全本镇行政执法信息全流程公示机制,推进行政结果全要素规范公开。", "党政办公室"]]
    lines = ["|"]
    for row in cells:
        for cell in row:
            lines += [cell, "|"]
        lines.append("|")
    tasks = policy_extract.parse_text("\n".join(lines[:-1]) + "\n").tasks  # (the page's last row closed by one bar)
    assert [(t.path, t.text[:8], [u.name for u in t.responsible_units]) for t in tasks] == [
        (["推进政策公开"], "常态化公开就业、", ["财政所", "便民综合服务中心", "土管所"]), (["推进政策公开"], "积极探索特定群体", ["便民综合服务中心"]),
        (["强化权力配置信息公开"], "细化权力配置信息", ["党政办公室"]), (["强化权力配置信息公开"], "健全本镇行政执法", ["党政办公室"])]
    # the same page with each line break stored as two ideographic or two no-break spaces (the realworld layouts): its lines given
    # back first (joined_lines), read as printed — the ideographic copy had given no task, the no-break one one
    printed = [(t.path, t.text, t.responsible_units) for t in tasks]
    for gap in ("\u3000\u3000", "\xa0\xa0"):
        joined = policy_extract.parse_text(gap.join(lines[:-1]), name="joined.txt").tasks
        assert [(t.path, t.text, t.responsible_units) for t in joined] == printed
    # and joined by one space ("| 工作任务 | 具体内容 | 责任部门 | | 推进政策公开 | …"): its bars read as the copy that lost its
    # line breaks reads them (one task had come back)
    spaced = policy_extract.parse_text(" ".join(lines[:-1]), name="spaced.txt").tasks
    assert [(t.path, t.text, t.responsible_units) for t in spaced] == printed
    # a lined pipe table's long row holding an empty cell keeps its blanks (review fo 05: its rows had gone)
    row = ("序号 | 主要任务 | 牵头单位 | 协同单位 | 工作进度 | 落实情况 | 联系人 |\n175 | 开展大规模国土绿化行动,推深做实“五绿”措施,新增造林3万亩。 | 市林业局 | "
           "相关县区政府、相关园区管委会 | 已完成 | 入春以来,全市各地抢抓有利天气,结合林业增绿增效行动和增绿补绿三年行动计划,持续开展国土绿化提升行动,"
           "高质量推进淮河、江淮运河等重要生态廊道建设。截至目前,全市共完成人工造林5.9万亩。 | | 王家耀 |\n")
    assert [(t.number, [u.name for u in t.lead_units]) for t in policy_extract.parse_text(row).tasks] == [("175", ["市林业局"])]


def test_a_line_with_a_few_wide_gaps_is_no_joined_page():
    from policy_extract.joined_lines import joined_parts

    # a page field line ("发布时间：…　　来源：…") and a signature's spacing keep their line (split_gaps parts them later)
    assert joined_parts("发布时间：2021-06-01　　来源：市政府办公室　　浏览次数：120　　字体：大 中 小") is None
    # a long paragraph with a few spaced words in it is none either: its parts are not lines
    assert joined_parts("为进一步加强管理" + "，推进工作落实" * 40 + "。　　一是　　二是　　三是　　四是　　五是") is None
    assert joined_parts("　　".join(["一、总体要求", "（一）指导思想。", "坚持问题导向。", "二、重点任务", "（一）加强统筹。"])) == [
        "一、总体要求", "（一）指导思想。", "坚持问题导向。", "二、重点任务", "（一）加强统筹。"]


def test_a_progress_ledger_on_one_line_cells_one_space_apart():
    # 2022上半年重点工作进展情况统计表(政府) (gongwk.com/doc/489008.jhtml, a template ledger, review fv 06): the header, a part's heading
    # one space after its last name, then rows whose 工作进展情况 cell holds spaces of its own; the rows had been items whose text ran
    # through the status, the progress and the unit, and the lead was lost
    text = ("上半年重点工作进展情况统计表(政府) 序号 承担的重点工作 完成状态 工作进展情况 牵头责任单位 一、努力完成全年主要预期目标 "
            "1 全市生产总值增长x%。 序时推进 上半年,市政府逐月召开经济运行分析调度会,安排部署重点工作。一季度,全市生产总值增长x%。 市发展改革委 "
            "2 社会消费品零售总额增长xx%以上。 序时推进 全市消费市场持续稳定恢复,同比增长x%。 市商务局 "
            "3 固定资产投资增长xx%以上。 序时推进 开展县处级领导干部包干县市区调研活动,加快推进项目建设。梳理年内在建项目 计划新开工项目清单 "
            "按月排出投资计划及前期工作完成节点,按照节点压茬推进。 市发展改革委 4 进出口总额增长x%以上。 序时推进 x-x月份,全市累计实现进出口总额x亿美元。 市商务局\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.path, t.text, [u.name for u in t.lead_units], t.deadline) for t in tasks] == [
        ("1", ["一、努力完成全年主要预期目标"], "全市生产总值增长x%。", ["市发展改革委"], None),
        ("2", ["一、努力完成全年主要预期目标"], "社会消费品零售总额增长xx%以上。", ["市商务局"], None),
        ("3", ["一、努力完成全年主要预期目标"], "固定资产投资增长xx%以上。", ["市发展改革委"], None),
        ("4", ["一、努力完成全年主要预期目标"], "进出口总额增长x%以上。", ["市商务局"], None)]


def test_a_space_row_whose_last_names_are_its_unit_columns_after_a_progress_cell():
    # diffreview-c2 p03: under "序号 重点任务 进展情况 牵头单位 责任单位" the names after the progress sentence are the lead, then the others
    text = "某市2023年重点工作进展\n序号 重点任务 进展情况 牵头单位 责任单位\n1 加快推进重大项目建设。 已开工项目32个。 市发展改革委 市住建局 各区政府\n"
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(text).tasks] == [
        (["市发展改革委"], ["市住建局", "各区政府"])]


def test_a_header_name_with_a_remark_after_it_in_a_table_a_cell_a_line():
    # 文成县 公共服务“七优享”民生实事项目半年度进度表 2024 (wencheng.gov.cn/art/2024/8/28/art_1229727684_59044437.html, review gf 02): one cell a line, blank lines between; a header cell with
    # a remark in brackets ("是否省市统一进度(全省县市区名次)") had broken the header's run of names, and no row was read
    cells = ["序号", "省政府十大", "民生实事名称", "项目内容", "完成率(%)", "是否省市统一进度(全省县市区名次)", "牵头单位", "分管领导",
             "1", "*医疗卫生", "为全县60岁以上老年人免费接种流感疫苗27758人。", "20%", "是,全省统一进度", "县卫健局",
             "2", "*医疗卫生", "为全县重点人群免费开展结直肠癌筛查,2024年重点筛查60岁以上人群16000人。", "40%", "是,全省统一进度", "县卫健局",
             "3", "*医疗卫生", "在公共场所新增配置自动体外除颤仪40台。", "80%", "否,全市第一", "县卫健局",
             "4", "*医疗卫生", "培训应急救护人员200人以上。", "80%", "县红十字会"]
    tasks = policy_extract.parse_text("\n\n".join(cells) + "\n").tasks
    assert [(t.number, [u.name for u in t.lead_units]) for t in tasks] == [("1", ["县卫健局"]), ("2", ["县卫健局"]), ("3", ["县卫健局"]), ("4", ["县红十字会"])]
    assert "在公共场所新增配置自动体外除颤仪40台。" in tasks[2].text



@pytest.mark.parametrize("joiner", ["", "\n"], ids=["flattened", "lined"])
def test_a_pipe_table_under_a_title_closed_by_a_progress_word_and_no_number_column(joiner):
    # 上虞区 文广旅游局 2024年二季度重点工作任务的执行和落实情况 (review ft 06, a 繁體 copy): the title, then a header with no 序号
    # ("具体分解 | 年份 | 季度 | 当前工作进度 | 形象进度 | 进度状态 | 责任区领导 | 具体责任单位 |"), a row a line; with the line breaks lost,
    # the title's last words "落实情况" had been taken for the table's first column (a progress column) and every row shifted by one
    rows = ["区文广旅游局2024年二季度重点工作任务的执行和落实情况 |",
            "具体分解 | 年份 | 季度 | 当前工作进度 | 形象进度 | 进度状态 | 责任区领导 | 具体责任单位 |",
            "打造一批在全国全省有影响力的生态文旅名镇 | 2024 | 2 | 大善小坞村争创金3A村完成市级初步验收指导工作。 | 55% | 进度超前 | 朱江桥 | 文广旅游局 |",
            "启动编制虞南山居休闲带发展规划 | 2024 | 2 | 继续做好编制规划细节对接。 | 50% | 进度超前 | 朱江桥 | 文广旅游局 |",
            "精心打造一批自带流量的精品民宿群落 | 2024 | 2 | 心池列入省等级民宿创建培育名单。 | 50% | 进度超前 | 许建超 | 文广旅游局 |"]
    tasks = policy_extract.parse_text(joiner.join(rows) + "\n").tasks
    assert [(t.text[:6], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("打造一批在全", ["文广旅游局"]), ("启动编制虞南", ["文广旅游局"]), ("精心打造一批", ["文广旅游局"])]


def test_a_header_spaced_on_one_line_over_cells_one_a_line_with_its_unit_column_first():
    # 中小学校食品安全管理 部门职责 (a 河北 page, review gu 07): "序号 涉及部门 职责分工" on one line, then each row's cells one a line,
    # the unit before the duty, and "相关依据:" over the documents cited after the table: one task a row, its unit responsible; the
    # table had been missed and the two cited documents taken for tasks
    text = ("中小学校食品安全管理\n序号 涉及部门 职责分工\n1\n市教育局\n负责校园食品安全管理工作。指导监督学校落实食品安全主体责任。\n2\n"
            "市市场监督管理局\n负责学校集中用餐食品安全的监督管理,依法查处涉及学校的食品安全违法行为。\n3\n市卫生健康委\n"
            "负责组织开展校园食品安全风险监测。\n\n相关依据:\n\n1.《学校食品安全与营养健康管理规定》(教育部令第45号)\n2.《河北省校园食品安全守护行动实施方案》\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.text[:6], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", "负责校园食品", ["市教育局"]), ("2", "负责学校集中", ["市市场监督管理局"]), ("3", "负责组织开展", ["市卫生健康委"])]
    # a header line that is not followed by a row's number is a line of prose, as before
    assert split_spaced_header_lines_of("序号 涉及部门 职责分工\n市教育局负责校园食品安全。\n") == ["序号 涉及部门 职责分工", "市教育局负责校园食品安全。"]


def split_spaced_header_lines_of(text):
    from policy_extract.load.base import SourceLine
    from policy_extract.space_rows import split_spaced_header_lines

    lines = [SourceLine(t, k + 1, None) for k, t in enumerate(text.split("\n")) if t]
    return [ln.text for ln in split_spaced_header_lines(lines)]


def test_a_glued_table_whose_number_column_is_named_in_one_character_and_its_text_under_the_measure():
    # 食品安全示范城市国省联创重点任务分解表 (a document-sharing preview, review gu 06): "…分解表序重点任务具体举措责任单位1开展“源头治理行动
    # 启动…。市农业农村局、各乡镇(街道)2全面推行…" — 序 names the number column; each row's text fills 具体举措 (重点任务 its merged group):
    # the table had given no task
    line = ("1、食品安全示范城市国省联创重点任务分解表序重点任务具体举措责任单位1开展源头治理行动启动食用农产品治违禁三年行动,到2024年全市违法使用"
            "禁限用药物问题基本解决。市农业农村局、各乡镇(街道)2全面推行耕地分类管理,有效提升耕地安全利用率。市农业农村局、市生态环境局、各乡镇(街道)"
            "3严禁使用国家明令禁止的农业投入品,严格落实定点经营制度。市农业农村局、各乡镇(街道)\n")
    tasks = policy_extract.parse_text(line).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", ["市农业农村局", "各乡镇(街道)"]), ("2", ["市农业农村局", "市生态环境局", "各乡镇(街道)"]), ("3", ["市农业农村局", "各乡镇(街道)"])]
    assert tasks[0].text.startswith("开展源头治理行动") and str(tasks[0].deadline.date) == "2024-12-31"
    # 序 alone inside words ("有序推进", "秩序") opens no header
    from policy_extract.column_names import glued_header_names

    assert glued_header_names("序时推进各项工作")[0] == []


def test_a_glued_header_with_a_measure_column_and_rows_whose_figure_opens_with_a_count_word():
    # 2021年嵊泗县乡村振兴任务清单 (嵊泗县 2021, review hw 01), every separator lost: "单位" (the figure's measure) and "年度目标"
    # stand between the role columns, and row 8 opens "家禽…" right after row 7's unit cells (家 is a count word: "8家企业").
    # The header had ended at 单位 and no row was read
    line = ("2021年嵊泗县乡村振兴任务清单考核项目序号考核指标考核内容单位年度目标责任部门评分部门农业高质高效1确保粮食和重要农产品有效供给"
            "农林牧渔业增加值增幅%≥2%县海洋与渔业局县农业农村局市海洋渔业局市农业农村局2粮食播种面积万亩0.07县农业农村局市农业农村局"
            "3生猪存栏万头0县农业农村局市农业农村局4家禽出栏万只1县农业农村局市农业农村局5水产品产量万吨42县农业农村局市海洋渔业局\n")
    tasks = policy_extract.parse_text(line).tasks
    assert [t.number for t in tasks] == ["1", "2", "3", "4", "5"]
    assert tasks[3].text.startswith("家禽出栏") and tasks[2].text.startswith("生猪存栏万头0")
    assert [u.name for u in tasks[1].responsible_units][:1] == ["县农业农村局"]
    # a count inside a row's text still cuts nothing: "…指导县农业农村局3家企业…" is no row 3 where no unit cells close the text before it
    line = ("序号重点任务责任单位完成时限1推进农产品加工,培育2家龙头企业。县农业农村局2023年底2培育新型经营主体,新增3家合作社。县农业农村局2023年底\n")
    tasks = policy_extract.parse_text(line).tasks
    assert [(t.number, t.text[:8]) for t in tasks] == [("1", "推进农产品加工,"), ("2", "培育新型经营主体")]


def test_a_glued_table_whose_first_row_number_runs_into_its_section_cell():
    # 厦门市再创营商环境新优势助力企业高质量发展行动方案任务分解表 (厦门 2023, review hx 01), flattened: "序号章节方案内容牵头部门11.便利…"
    # is row 1 with its 章节 cell "1.便利市场准入退出" — read as row 11, no row 12 followed and the table gave one task
    line = ("序号章节方案内容牵头部门11.便利市场准入退出严格落实“全国一张清单管理要求,推动破除市场准入隐性壁垒”。市发改委2对具有稳定收益、"
            "可获得较好预期投资回报的保障性租赁住房等领域重点项目,原则上推行市场化运作。市发改委、各行业主管部门3深入实施住所、经营场所"
            "“标准化登记+申报承诺+告知承诺制”,便利企业开办。市市场监管局\n")
    tasks = policy_extract.parse_text(line).tasks
    assert [(t.number, [u.name for u in t.lead_units]) for t in tasks] == [
        ("1", ["市发改委"]), ("2", ["市发改委", "各行业主管部门"]), ("3", ["市市场监管局"])]
    # a table that goes on from row 11 on its page keeps its numbers
    line = "序号重点任务责任单位11推进政务服务一网通办。市政务服务局12深化工程建设项目审批改革。市住建局13优化纳税服务。市税务局\n"
    assert [t.number for t in policy_extract.parse_text(line).tasks] == ["11", "12", "13"]


def test_a_glued_table_with_remarks_in_its_header_and_a_progress_column_last():
    # 西湖区2023年民生实事项目 (杭州 西湖区 民政局, review hz 01), flattened: "重点工作任务(民生实事项目)" and "进展情况(一季度)" carry
    # remarks in brackets, and rows 2–5 print no unit (merged down from row 1): each row ends with its progress sentence before
    # the next number. The table gave one task
    line = ("序号重点工作任务(民生实事项目)牵头单位负责科室负责人计划完成时间进展情况(一季度)1新增老年食堂(助餐点)15个区民政局养老服务科"
            "何滢11月底前其中3个点位已完成建设。2新增认知障碍照护专区床位100张10月底前目前已完成选址。3建成启用区级老年活动中心目前正在进行"
            "主体建筑装修阶段。4新增养老机构护理型床位500张目前已完成500张护理型床位建设。\n")
    tasks = policy_extract.parse_text(line).tasks
    assert [(t.number, t.text[:6]) for t in tasks] == [("1", "新增老年食堂"), ("2", "新增认知障碍"), ("3", "建成启用区级"), ("4", "新增养老机构")]


def test_a_glued_table_whose_rows_end_on_their_sentence_or_a_unit_with_no_place_prefix():
    # 略阳县 2023 文化和旅游 重点工作任务清单 (review id 01), flattened: rows whose unit cells are merged from a row above end on their
    # text's sentence ("…开展好“三下乡”活动。4推进…"), a row may open with a word whose first character counts ("。18项目建设…"), and a
    # unit named without a place closes its row ("…文化宣传股文化馆图书馆2全年…"). The table gave one task
    line = ("序号指标工作任务完成时限责任领导责任股室(单位)备注1公共文化服务“两馆一站”免费开放服务人次较上年增长15%。12月底前夏俊贵"
            "文化宣传股文化馆图书馆2全年组织开展文化下乡等惠民演出不少于100场。文化宣传股文化馆3开展好“三下乡”活动。4推进县文化馆、"
            "图书馆总分馆制建设。5文物保护完成灵岩寺摩崖石刻修缮项目方案设计。6项目建设完成灵岩寺陈列布展和绿化工程。7完成白水江镇江神庙"
            "的维修和布展工作。\n")
    tasks = policy_extract.parse_text(line).tasks
    assert [t.number for t in tasks] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [t.text[:4] for t in tasks[2:]] == ["开展好“", "推进县文", "文物保护", "项目建设", "完成白水"]
    # a sentence opening with a count or a date inside a row is no next row ("…完成任务。2家企业…" in row 1)
    line = "序号重点任务责任单位1培育文化企业,年内完成任务。2家企业上规。县文旅局2推进非遗保护。县文化馆\n"
    assert [(t.number, t.text[:6]) for t in policy_extract.parse_text(line).tasks] == [("1", "培育文化企业"), ("2", "推进非遗保护")]


@pytest.mark.parametrize("rows, want", [
    # diffreview-j1 p11: a time limit "2月底前" after row 1's unit cell is no row 2 opening "月底前…"
    ("序号重点任务责任单位完成时限1完成全县农村公路安全隐患排查整治。县交通运输局2月底前2开展春季造林绿化行动,完成造林1.2万亩。县林业局3月底前"
     "3完成城区雨污分流改造工程前期工作。县住建局3月底前", [("1", "2月底前"), ("2", "3月底前"), ("3", "3月底前")]),
    # p13: a count in a row's text after unit names ("县中医院2家医院") is no row 2 where row 2 opens later as a row does
    ("序号重点任务责任单位完成时限1组织县人民医院、县中医院2家医院开展远程医疗服务。县卫健局2024年底2推进紧密型县域医共体建设。县卫健局2024年底"
     "3实施基层医疗卫生机构能力提升工程。县卫健局、县财政局2024年底", [("1", "2024年底"), ("2", "2024年底"), ("3", "2024年底")]),
], ids=["date-after-units", "count-inside-row"])
def test_a_glued_row_does_not_end_at_a_date_or_a_count_after_unit_names(rows, want):
    tasks = policy_extract.parse_text(rows + "\n").tasks
    assert [(t.number, t.deadline.text if t.deadline else None) for t in tasks] == want
    assert tasks[0].text.startswith(("完成全县农村公路", "组织县人民医院、县中医院2家医院"))


def test_an_unnumbered_bar_table_whose_rows_close_on_their_time_limit():
    # 亳州 医保基金监管 任务表 (review hv 01), one cell a line with a "|" line after each: no number column, a group's "一、…" cell on the
    # first row of its block (and again when the block goes on), a task's name cell before its measure, units stacked a line each —
    # rows the header's width does not cut, each closed by its time limit after its units. The table had given one task
    cells = ["重点工作", "具体任务", "责任单位", "完成时限", "一、强化医保部门常态监管机制", "严格定点协议管理", "切实加强医保经办机构内控制度建设。",
             "市医保局", "2021年12月底前完成并长期坚持", "强化医保医师管理", "推行医保医师积分管理制度。", "市医保局", "2021年6月底前完成并长期坚持",
             "坚持多形式检查", "每年对定点医药机构至少开展一次全覆盖现场检查。", "市医保局\n市卫生健康委\n市公安局等", "每年开展\n并长期坚持",
             "一、强化医保部门常态监管机制", "加强监管力量", "完善市、县、乡、村四级医保基金监管体系。", "市委编办\n市医保局", "2022年12月底前完成"]
    tasks = policy_extract.parse_text("".join(c + "\n|\n" for c in cells)).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [
        ["市医保局"], ["市医保局"], ["市医保局", "市卫生健康委", "市公安局"], ["市委编办", "市医保局"]]
    assert [t.text[:7] for t in tasks] == ["严格定点协议管", "强化医保医师管", "坚持多形式检查", "加强监管力量完"]
    assert str(tasks[1].deadline.date) == "2021-06-30"


@pytest.mark.parametrize("table, first", [
    # diffreview-j2 p14: a cell's second sentence opens with the next row's number and a count ("。2座人行天桥…")
    ("序号工作任务责任单位完成时限1实施城东片区道路改造,完成路面铺设。2座人行天桥同步建成投用。县住建局2024年12月底前2新建城区公共停车场3处。"
     "县城管局2024年10月底前3改造老旧小区供水管网。县水务公司2024年11月底前", "实施城东片区道路改造"),
    # p41: row 2 opens "家庭农场…" though a figure "2.5个百分点" comes later
    ("序号工作任务完成时限责任单位1培育新型农业经营主体,新增省级示范社5家。2024年底前县农业农村局2家庭农场规范化建设,新增家庭农场50家。"
     "2024年底前县农业农村局3提高农产品加工转化率2.5个百分点。2024年底前县发改局", "培育新型农业经营主体"),
    # p42: row 2 opens "日常监督检查…", no date's 2日
    ("序号工作任务完成时限责任单位1开展校园食品安全专项整治。2024年9月底前县市场监管局2日常监督检查覆盖全部食品生产经营单位。2024年12月底前"
     "县市场监管局3开展农产品质量安全抽检500批次。2024年12月底前县农业农村局", "开展校园食品安全专项整治"),
], ids=["count-after-stop", "figure-later", "day-word"])
def test_a_glued_rows_number_before_a_count_or_date_word(table, first):
    tasks = policy_extract.parse_text(table + "\n").tasks
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert tasks[0].text.startswith(first) and all(t.responsible_units and t.deadline for t in tasks)


def test_a_glued_rows_sentence_opening_with_a_date_before_a_later_row_of_that_number():
    # diffreview-j3 p34: "…建立项目储备库。2月底前完成年度项目梳理。县发改局2024年6月底前2PPP项目…" — row 2 opens later with a letter, so the
    # date after row 1's sentence is row 1's text (its unit and time limit had been lost)
    line = ("序号工作任务责任单位完成时限1规范政府投资项目管理,建立项目储备库。2月底前完成年度项目梳理。县发改局2024年6月底前2PPP项目规范管理,"
            "清理不规范项目。县财政局2024年12月底前3推进项目审批提速,压缩审批时限。县行政审批局2024年12月底前\n")
    tasks = policy_extract.parse_text(line).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("1", ["县发改局"]), ("2", ["县财政局"]), ("3", ["县行政审批局"])]
