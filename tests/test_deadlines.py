"""Stage 4b (deadlines): time limits as printed in 完成时限 cells and in task text — the
due date, ongoing work, recurring work — and yearly milestones."""
from __future__ import annotations

import pytest

import policy_extract
from conftest import EFF2025, HANZHONG, STD2023, TABLE, YANTA, piece_at, quote
from policy_extract.deadlines import (
    deadline_in_text,
    find_dates,
    find_milestones,
    is_ongoing,
    looks_like_time_limit,
    parse_time_limit,
    recurrence_of,
    units_then_limit,
)

# --- 完成时限 cells of the 2022 table (its year: 2022) ------------------------------------

CELLS = [
    ("2022年9月底", "2022-09-30", False),
    ("2022年 11月底", "2022-11-30", False),  # a wrap space inside the cell
    ("2022 年 12 月底", "2022-12-31", False),
    ("2022年 7月底", "2022-07-31", False),
    ("2022年8月底", "2022-08-31", False),
    ("持续推进", None, True),
    ("2022年10月底取得阶段性成效，后期持续推进", "2022-10-31", True),
    ("2022年10月底前取得阶段性成效, 后期持续推进", "2022-10-31", True),
    ("2022年11月底前取得阶段性成效,后期持续推进", "2022-11-30", True),
    ("2022年8月底完成阶段任务，后期持续推进", "2022-08-31", True),
    # several dates: due at the latest
    ("2022年8月底前完成自查、9月底前组织开展“回头看”、10月底前自查发现问题彻底整改到位", "2022-10-31", False),
]


def test_a_rolling_time_limit_is_ongoing_to_its_last_year():
    # 四川 52项重点任务分工及进度安排表 (sichuan.pprd.org.cn/headline/content/post_804828.html, review fu 03): the 完成时限 cell
    limit = parse_time_limit("2014-2017年滚动实施", 2014)
    assert (limit.date, limit.ongoing) == ("2017-12-31", True)


@pytest.mark.parametrize("cell,date,ongoing", CELLS, ids=[c for c, _, _ in CELLS])
def test_table_deadline_cells(cell, date, ongoing):
    quote(TABLE, cell)
    limit = parse_time_limit(cell, 2022)
    assert (limit.date, limit.ongoing, limit.recurrence) == (date, ongoing, None)
    assert limit.text == "".join(cell.split())  # as printed, wrap spaces removed


def test_ongoing_has_no_date():
    limit = parse_time_limit(quote(TABLE, "持续推进"), 2022)
    assert (limit.text, limit.date, limit.ongoing) == ("持续推进", None, True)


@pytest.mark.parametrize("cell", [
    "持续巩固提升",  # 驻马店 2022 优化营商环境 (xy.zhumadian.gov.cn/ar/20220104000012.htm, review r38b 07): "完成时限:持续巩固提升"
    "常态化监管",  # synthetic: the opening of "常态化推进"
    "长期坚持开展",
])
def test_a_time_limit_that_opens_like_the_ongoing_phrases_is_ongoing(cell):
    limit = parse_time_limit(cell, 2022)
    assert (limit.date, limit.ongoing) == (None, True)
    assert not parse_time_limit("按省上要求", 2022).ongoing  # no such opening


@pytest.mark.parametrize("cell", ["/", "无", "", "  "])
def test_empty_cells_are_no_time_limit(cell):
    assert parse_time_limit(cell, 2022) is None


def test_a_cell_that_names_no_time_is_kept_as_text():
    # synthetic: a 完成时限 cell with words only
    limit = parse_time_limit("按省上要求", 2022)
    assert (limit.text, limit.date, limit.ongoing, limit.recurrence) == ("按省上要求", None, False, None)


# --- phrases without a year, periods, Chinese numerals -----------------------------------


@pytest.mark.parametrize(
    "text,year,date",
    [
        ("年底前", 2022, "2022-12-31"),
        ("年底前", 2025, "2025-12-31"),
        ("上半年", 2023, "2023-06-30"),  # synthetic
        ("下半年", 2023, "2023-12-31"),  # synthetic
        ("第三季度", 2023, "2023-09-30"),  # synthetic
        ("三季度末", 2023, "2023-09-30"),  # synthetic
        ("2024年第一季度", None, "2024-03-31"),  # synthetic
        ("2024年12月", None, "2024-12-31"),  # synthetic
        ("6月底前", 2024, "2024-06-30"),  # synthetic
        ("二〇二三年十二月底", None, "2023-12-31"),  # synthetic
        ("二〇二三年八月二十六日", None, "2023-08-26"),  # synthetic
        ("2023年6月中旬", None, "2023-06-20"),  # synthetic
    ],
)
def test_periods_and_default_year(text, year, date):
    limit = parse_time_limit(text, year)
    assert limit.date == date


def test_a_years_first_quarters_are_no_year_end():
    # corpus 0290 (人社部失业保险司 2015 稳岗补贴, review c12-1): "…2015年前三季度情况表请于10月10日前报送": 前三季度 is
    # the year's first three quarters, not "before 2015"
    text = "并于每季度第一个月10日前报送我司，2015年前三季度情况表请于10月10日前报送。"
    assert deadline_in_text(text, 2015).date == "2015-10-10"
    assert parse_time_limit("2015年前", None).date == "2015-12-31"
    # corpus 1116 (江西 2020 金融支持 疫情防控, review c15-1): "披露2019年年报或2020年第一季度季报有困难的" names a report, no
    # time limit; a quarter's end before a verb still is one
    assert deadline_in_text("辖区各上市公司在法定期限内披露2019年年报或2020年第一季度季报有困难的，应及时向江西证监局报告。", 2020) is None
    assert deadline_in_text("2023年第一季度末前完成。", 2023).date == "2023-03-31"
    assert deadline_in_text("2020年第一季度末数据显示，完成率达到90%。", 2020) is None


def test_year_end_without_a_year_takes_the_notice_year():
    # xian-2022 measure (25): "年底前全市有条件区域新批工业用地不低于40%…"
    text = quote(TABLE, "年底前全市有条件区域新批工业用地不低于40%按照“标准地”供应")
    limit = deadline_in_text(text, 2022)
    assert (limit.text, limit.date) == ("年底前", "2022-12-31")
    undated = deadline_in_text(text, None)  # no year known: the phrase, no date invented
    assert (undated.text, undated.date) == ("年底前", None)


def test_months_without_a_year_take_the_year_printed_before_them():
    # xian-2022 measure (1): "8月底前编制完成…，9月底前编制完成…" in a 2022 notice
    text = quote(TABLE, "8月底前编制完成市级行政许可事项清单并向社会公布，9月底前编制完成区（县）级行政许可事项清单并向社会公布")
    assert [(p, d) for p, d, _ in find_dates(text, 2022)] == [("8月底前", "2022-08-31"), ("9月底前", "2022-09-30")]
    assert [(p, d) for p, d, _ in find_dates("2023年底前完成。" + text, 2022)][1:] == [("8月底前", "2023-08-31"), ("9月底前", "2023-09-30")]
    # corpus 0183 (河北 人社厅 财政厅 2023, review c23-1): "开展2021年以来…大排查" opens a period up to now; the month after
    # it is the notice's year's, not 2021's (which fell before the signature and was then dropped)
    text = "开展2021年以来各项就业补贴政策落实进度大排查、问题整改“回头看”。核查工作要于9月25日前完成，相关情况报省人力资源社会保障厅。"
    assert deadline_in_text(text, 2023).date == "2023-09-25"
    assert [d for _, d, _ in find_dates(text.replace("以来", ""), 2023)] == ["2021-09-25"]  # a year that is context, as before


@pytest.mark.parametrize("text", [
    "一、自2022年9月起，各省、自治区、直辖市及新疆生产建设兵团实施失业保险稳岗返还政策。",  # corpus 0006 (人社部 2022)
    "从2022年3月起,各牵头单位务于每月25日前报送进展情况。",  # 鄂温克旗 2022 (www.ewenke.gov.cn/OpennessContent/show/273144.html)
    "本办法自2023年1月1日起施行。",
])
def test_when_work_starts_is_no_due_date(text):
    assert deadline_in_text(text, 2022) is None


def test_a_bare_month_is_not_a_time_limit():
    assert find_dates("6月", 2024) == []  # synthetic


@pytest.mark.parametrize("cell, date", [
    ("9月投入使用", "2016-09-30"),  # 大竹县 2016年民生实事目标任务分解表 (www.dazhu.gov.cn), its 完成时限 cell
    ("12月取得明显成效并持续推进", "2016-12-31"),  # corpus 1134 (包头市 2022 数字政府建设考评办法)
    ("13月", None),
])
def test_a_time_limit_that_opens_with_its_month_is_due_at_its_end(cell, date):
    # where a phrase stands as the time limit (a cell, a note's value), not inside running text
    assert parse_time_limit(cell, 2016).date == date


@pytest.mark.parametrize("text, year", [
    ("按照本人2021年12月发放的月基本养老金的1.09%每月再增加基本养老金。", 2021),  # corpus 0315 (河北 2022 调整基本养老金, review s2); 0030, 0192
    ("对工程技术研究中心2013年1月1日-2015年12月31日的运行和管理绩效进行评估。", 2015),  # corpus 0875 (评估内容): the period assessed
    ("考试内容包括2020年4月至2021年3月间的国内外重大时事政治。", 2021),  # corpus 0973: the period the questions cover
    # 平潭 2022 农产品质量安全 (changwu/pingtan-gov-zwgk-archive, review av04): when the plan is made, not when work is due
    ("按年底制定的农产品质量安全监督检测计划开展抽检。", 2022),
])
def test_a_bare_date_that_describes_something_is_no_time_limit(text, year):
    # a month or a day then "的" (after a verb or not): what it describes, not when work is due
    assert deadline_in_text(text, year) is None
    assert deadline_in_text("各地要于2021年12月完成验收。", 2021).date == "2021-12-31"  # (no 的 after it: due)
    assert deadline_in_text("2021年12月底前完成的项目要及时验收。", 2021).date == "2021-12-31"  # (a due phrase keeps its 前)
    assert deadline_in_text("请各单位于2024年6月30日的17时前报送申报材料。", 2024).date == "2024-06-30"  # (a clock time after 的, diffreview-s25)


def test_a_bare_year_is_not_a_deadline():
    # hanzhong task 3: "对照公布的2024年版省级行政许可、行政备案事项清单"
    text = piece_at(HANZHONG, 25).text
    assert quote(HANZHONG, "对照公布的2024年版省级行政许可、行政备案事项清单") in text
    assert deadline_in_text(text, 2024) is None
    assert find_dates(text, 2024) == []
    # yanta: "二〇三五年远景目标纲要" and hanzhong's opening "2024年,全市坚持…" are context, not due dates
    assert deadline_in_text(quote(YANTA, "《西安市雁塔区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》"), 2022) is None


def test_due_phrase_in_task_text():
    # xian-2023 task 1: "2023年底前，市级行业主管部门依据…"
    text = piece_at(STD2023, 40).text
    limit = deadline_in_text(text, 2023)
    assert (limit.text, limit.date, limit.ongoing, limit.milestones) == ("2023年底前", "2023-12-31", False, [])


@pytest.mark.parametrize("text, due", [
    # 阜阳市 2008 廉租住房建设 (fymate.net/html/text/lar/170051/17005122_1.html, review fd07): the month of 月份 with a verb of finishing
    ("6月底前完成工程前期准备工作,7月份开工建设,年底前主体工程要完成60%以上,明年6月份竣工验收交付使用。", ("明年6月份", "2009-06-30")),
    ("2023年9月份完成老旧小区改造。", ("2023年9月份", "2023-09-30")),  # synthetic
    ("6月份召开全市老旧小区改造推进会。", None),  # synthetic: when a meeting is held, no time limit
    # diffreview-ba's probes: which things (a verb of finishing, then 的), a report's period, a range's end
    ("对今年4月份完成验收的项目开展“回头看”,发现问题及时整改。", None),
    ("对11月份建成投用的停车场加强运营管理。", None),
    ("县督查室对各单位1—3月份完成情况进行通报。", None),
    # and diffreview-bb's: a 的 inside the object, a range's end that is the limit
    ("推进污水处理厂建设。6月份完成主体工程的施工。", ("6月份", "2023-06-30")),
    ("开展全面排查。4—6月份完成全面排查整治。", ("6月份", "2023-06-30")),
])
def test_a_month_printed_with_fen_is_due_where_a_verb_of_finishing_follows(text, due):
    limit = deadline_in_text(text, 2008 if "明年" in text else 2023)
    assert (limit and (limit.text, limit.date)) == due


@pytest.mark.parametrize("text, due", [
    # a month-by-month 动物防疫 schedule (review hp 08): each row labelled with its month, the month the work is done in
    ("1月:开展春节期间畜禽产品市场检查。", ("1月", "2024-01-31")),
    ("4月：组织免疫效果评价抽检。", ("4月", "2024-04-30")),
    ("2-3月份:开展春季重大动物疫病集中免疫。", ("3月份", "2024-03-31")),
    ("1月份。开展春节期间畜禽产品市场检查。", ("1月份", "2024-01-31")),  # the month as the item's whole title: "（一）1月份。…"
    ("1月。开展春节期间畜禽产品市场检查。", ("1月", "2024-01-31")),
    ("开展检查。4月:全面完成。", ("4月", "2024-04-30")),  # a label after a sentence end
    ("召开会议,部署1月份:各乡镇报送计划。", None),  # synthetic: not where its row or sentence opens
    ("1月:开展了春节期间市场检查。", None),  # a report of what was done (了), no time limit
])
def test_a_month_labelling_its_row_of_a_schedule_is_due_at_its_end(text, due):
    limit = deadline_in_text(text, 2024)
    assert (limit and (limit.text, limit.date)) == due


@pytest.mark.parametrize("text, due", [
    # a 州 校舍安全工程 实施方案's 实施步骤 (review hu 07): "2008年:投入资金2.53亿元,排除534所学校的D级危房…" — the year labels its row
    ("2008年:投入资金2.53亿元,排除534所学校的D级危房。", ("2008年", "2008-12-31")),
    ("2010年：完成全州现有D级危房改造任务。", ("2010年", "2010-12-31")),
    ("2008年:已完成校舍安全排查。", None),  # a report of what was done
    ("2007年:完成校舍安全排查。", None),  # a past year's row in a 2008 plan
])
def test_a_year_labelling_its_row_of_a_timetable_is_due_at_its_end(text, due):
    limit = deadline_in_text(text, 2008)
    assert (limit and (limit.text, limit.date)) == due


# --- milestones --------------------------------------------------------------------------


def test_yearly_milestones_give_the_latest_year():
    # xian-2023 task 4 (lines 46–48): "2023年，…。2024年至2025年，…"
    quote(STD2023, "2023年，组织市、区县（开发区）两级业务部门依据政务服务事项实施清单，补充完善办事指南并严格遵照执行。2024年至2025年，")
    text = piece_at(STD2023, 46).text
    limit = deadline_in_text(text, 2023)
    assert (limit.text, limit.date, limit.ongoing) == ("2024年至2025年", "2025-12-31", False)
    assert limit.milestones == [{"text": "2023年", "date": "2023-12-31"}, {"text": "2024年至2025年", "date": "2025-12-31"}]


def test_three_yearly_milestones():
    # xian-2023 task 8 (lines 60–62): "2023年，…。2024年，…。2025年，…"
    text = piece_at(STD2023, 60).text
    limit = deadline_in_text(text, 2023)
    assert (limit.text, limit.date) == ("2025年", "2025-12-31")
    assert [m["text"] for m in limit.milestones] == ["2023年", "2024年", "2025年"]
    assert [m["date"] for m in limit.milestones] == ["2023-12-31", "2024-12-31", "2025-12-31"]


def test_a_milestone_named_again_is_kept_once():
    # corpus 0784 (河北省 加快科技服务业发展 实施意见, 2016), one measure naming 到2017年 for two of its aims
    text = ("以石家庄、廊坊、保定、唐山市为重点，加快技术交易市场的建设布局，到2017年，建设一批京津冀技术交易河北中心工作站。"
            "支持科协系统开展技术转移服务。到2017年，国家级技术转移示范机构达到13家，省级技术转移示范机构达到15家。")
    assert find_milestones(text, 2016) == [{"text": "2017年", "date": "2017-12-31"}]
    assert deadline_in_text(text, 2016).milestones == [{"text": "2017年", "date": "2017-12-31"}]


@pytest.mark.parametrize("text, date", [
    ("力争2023年上半年投入试生产。", "2023-06-30"),  # 市科技局 2023 工作要点 (stored web page, review bz01): the half-year dates the work
    ("力争2024年第三季度完成验收。", "2024-09-30"),  # synthetic: a quarter likewise
    ("力争2024年建成投用。", "2024-12-31"),  # synthetic: the bare year stays a milestone
])
def test_a_half_or_quarter_after_a_milestones_year_dates_the_work(text, date):
    assert deadline_in_text(text, 2023).date == date


def test_a_year_inside_a_sentence_is_not_a_milestone():
    # xian-2022 measure (69): "…提升企业融资便利度,2022年企业银税贷款较上一年度实现翻倍。"
    assert find_milestones(quote(TABLE, "提升企业融资便利度,2022年企业银税贷款较上一年度实现翻倍。"), 2022) == []


@pytest.mark.parametrize("text, milestone", [
    # corpus 0940 (加快建设数字河北行动方案 2023-2027): a clause after a comma with 到
    ("开展“总裁带货”工业品网络直卖活动，到2025年，工业企业电子商务普及率达60%。", "2025年"),
    # corpus 0590 (河北省 环境保护 规划, 2011)
    ("继续加大设区市、县（市）生活垃圾处理场建设力度，到2013年，确保设区市、县（市）生活垃圾无害化处理率达到80%。", "2013年"),
    # 力争: a variant of 0940's phrase (no corpus notice prints 力争 before a year after a comma)
    ("开展“总裁带货”工业品网络直卖活动，力争2025年，工业企业电子商务普及率达60%。", "2025年"),
    # 确保, as 力争: 某县 林业局 2020年工作计划 (stored page, review fj09) "一、确保2020年森林覆盖率不低于68.15%,…"; after a comma too
    ("确保2020年森林覆盖率不低于68.15%,完成人工造林1万亩。", "2020年"),
    ("全面完成造林绿化任务，确保2020年森林覆盖率不低于68.15%。", "2020年"),
])
def test_a_target_year_after_a_comma_with_dao_or_lizheng_is_a_milestone(text, milestone):
    assert [m["text"] for m in find_milestones(text, 2023)] == [milestone]
    assert deadline_in_text(text, 2012).text == milestone


def test_a_past_year_after_a_comma_without_dao_is_no_milestone():
    # 0946 "…推进润泽国际信息港等项目建设，2022年，在线运营服务器规模突破90万台": a comma and a bare year before the
    # notice's own reports what was done (0744: "…科技进步贡献率不断提高，2020年达到60%。" in a 2021 plan's 发展基础); a later
    # year is a target (平潭 消防 规划 2022, changwu/pingtan-gov-zwgk-archive, review aw05: "有序开展业务系统建设，2024年，完成消防
    # 办公自动化…"), as it is after 到/力争; and a year printed with a space before 年 ("2023年建成支队级…，2025 年形成…")
    text = "推进润泽国际信息港等项目建设，2022年，在线运营服务器规模突破90万台。"
    assert find_milestones(text, 2023) == []
    assert find_milestones(text, 2020) == [{"text": "2022年", "date": "2022-12-31"}]
    assert deadline_in_text("有序开展业务系统建设，2024年，完成消防办公自动化建设。", 2022).date == "2024-12-31"
    assert deadline_in_text("2023年建成支队级指挥中心，2025 年形成完善的消防指挥体系。", 2022).date == "2025-12-31"


def test_year_end_milestones_are_not_kept_as_a_plan():
    # xian-2023 工作目标 (lines 28–34): "2023年底前，…" / "2024年底前，…" / "2025年底前，…"
    text = "\n".join(
        [
            quote(STD2023, "2023年底前，市、区县（开发区）、街道"),
            quote(STD2023, "2024年底前，政务服务全面实现“一网通办”"),
            quote(STD2023, "2025年底前，依托西安市一体化政务服务平台"),
        ]
    )
    limit = deadline_in_text(text, 2023)
    assert (limit.text, limit.date, limit.milestones) == ("2025年底前", "2025-12-31", [])


# --- ongoing and recurring ---------------------------------------------------------------


def test_ongoing_and_recurring_phrases():
    assert is_ongoing(quote(TABLE, "2022年10月底取得阶段性成效，后期持续推进"))
    assert not is_ongoing(quote(TABLE, "2022年9月底"))
    # xian-2025: the report is due "于每季度末最后一个月15日前"
    assert recurrence_of(quote(EFF2025, "于每季度末最后一个月15日前报市政府办公厅")) == "每季度"
    # Work repeated every quarter has no end date: ongoing, its period kept as recurrence.
    limit = parse_time_limit("每季度", 2025)
    assert (limit.date, limit.ongoing, limit.recurrence) == (None, True, "每季度")
    assert parse_time_limit("长期坚持", 2025).ongoing  # synthetic


def test_looks_like_time_limit_inside_a_note():
    assert looks_like_time_limit("2023年底前完成")
    assert looks_like_time_limit(quote(TABLE, "持续推进"))
    assert not looks_like_time_limit(quote(HANZHONG, "市级有关部门和各县(区)政府"))
    assert not looks_like_time_limit(quote(STD2023, "有政务服务事项的市级部门"))
    # 包头 2022 考评指标 (corpus 1134, review c21-1): "（持续优化，牵头考核单位：市住建局、审批服务局）" — a short clause opening
    # as the ongoing phrases do is the note's time limit; a longer one is a sentence ("持续优化营商环境，提升服务效能")
    import policy_extract

    assert looks_like_time_limit("持续优化") and not looks_like_time_limit("持续优化营商环境，提升服务效能")
    task = policy_extract.parse_text("8．加快工程建设项目审批系统持续优化、平台整合。（持续优化，牵头考核单位：市住建局、审批服务局）\n").tasks[0]
    assert (task.deadline.text, task.deadline.ongoing, [u.name for u in task.lead_units]) == ("持续优化", True, ["市住建局", "审批服务局"])
    # a rhythm opens a note's time limit ("每月5日前报送"); inside a sentence of work it is none ("…由省工业和信息化厅…、省统计局负责，
    # 针对涉及小微企业降费情况每年进行一次评估，对各地各部门小微企业降费工作开展情况定期进行评价通报", corpus 0892, review c30-2)
    assert looks_like_time_limit("每月5日前报送") and looks_like_time_limit("定期调度")
    assert not looks_like_time_limit("对各地各部门小微企业降费工作开展情况定期进行评价通报")


def test_a_year_that_is_no_date_is_not_compared():
    # found by scripts/fuzz.py (issue 15): a mutated milestone year beyond any calendar
    from policy_extract.deadlines import deadline_in_text

    assert deadline_in_text("6963年，2023年前", 2023).date == "2023-12-31"


def test_a_signature_run_into_the_last_item_is_not_its_time_limit():
    # corpus 0119 (河北 政务公开, crawled without line breaks): the signature ends the last item
    from policy_extract.deadlines import deadline_in_text

    text = "各牵头部门要结合实际，按时限要求完成好各项工作任务。河北省人民政府办公厅2018年6月1日"
    assert deadline_in_text(text, 2018) is None
    assert deadline_in_text("市发改委2018年6月30日前完成。", 2018).date == "2018-06-30"  # a due date, not a signature


def test_month_ends_as_the_calendar_counts_them():
    # the month's length is counted here, not imported from calendar on every command's start
    import calendar

    from policy_extract.dates import days_in_month

    assert all(days_in_month(y, m) == calendar.monthrange(y, m)[1] for y in (1900, 1996, 2000, 2023, 2024, 2100) for m in range(1, 13))
    assert deadline_in_text("2024年2月底前完成。", None).date == "2024-02-29"


@pytest.mark.parametrize("text, year, phrase, date", [
    # a range of days is due at its last: corpus 0175 (“多证合一”…督查工作方案 2017, review r18b 07)
    ("省有关部门组成督查组，于2017年8月15日-22日赴各市进行实地督查。", 2017, "2017年8月15日-22日", "2017-08-22"),
    # corpus 0588 (2018): 至 between the days
    ("2018年6月23日至30日，国务院教育督导委员会办公室对我省2017年履行教育职责情况进行了督导。", 2018, "2018年6月23日至30日", "2018-06-30"),
    # corpus 1040 (2021 高职 招生): no year printed
    ("10月28日至29日进行现场备案。", 2021, "10月28日至29日", "2021-10-29"),
    # target years without a comma, and within the year: corpus 0756 (河北 加快5G发展, review r20a 05): 力争 and the year, a verb after it, no comma
    ("加快关键材料产业化进程，力争2022年形成产业优势。", 2019, "2022年", "2022-12-31"),
    # corpus 0913 (review r20a 10): 力争到
    ("完善检验检测体系，力争到2025年国家级质检中心达到16家。", 2021, "2025年", "2025-12-31"),
    # 静安区 持续优化生活垃圾全程分类体系 (zhiyao87/Shanghai-Gov-Docs-Index, review aj06): 至 after a comma, as 到; corpus 1106 (国办发〔1996〕32号)
    ("试点垃圾清运公交站牌式精准报时提示智慧收运模式，至2025年至少建成2条智慧收运模式示范线路。", 2024, "2025年", "2025-12-31"),
    ("从1996年开始逐年扩招，分3年落实，至1998年达到2000名的招生规模。", 1996, "1998年", "1998-12-31"),
    # corpus 0256 (国办发〔2016〕85号, review r20a 06): "2016年内" is the year's end
    ("2016年内完成体育类社团组织第一批脱钩试点。", 2016, "2016年内", "2016-12-31"),
    # corpus 0280 (河北人社 2023 公共就业服务专项活动, review c30-3): a month opening a sentence as its time
    ("民营企业招聘月。4月，以民营企业为重点对象，由各级人力资源社会保障部门联合当地教育等部门开展。", 2023, "4月", "2023-04-30"),
])
def test_ranges_of_days_and_target_years_in_a_tasks_text(text, year, phrase, date):
    limit = deadline_in_text(text, year)
    assert (limit.text, limit.date) == (phrase, date)


@pytest.mark.parametrize("text", [
    "2016年内蒙古自治区出台了相关政策。",  # 内蒙古 is a place, not 年内
    "提升企业融资便利度,2022年企业银税贷款较上一年度实现翻倍。",  # xian-2022 (69): a bare year inside a sentence, no 到/力争
    "各地要在6月召开推进会，总结经验。",  # a month inside a sentence, no 底 or 前 and no comma after it: no time limit (ours)
    "9月，省政府出台了加快发展的若干措施。",  # a month opening a story of what was done (review diffreview-s22's probe)
    # 至 after a comma closing a period, an expiry or a past result, not a target (diffreview-x's probes)
    "补贴期限自2023年起，至2025年止。",
    "自2019年起全面推行垃圾分类，至2023年已建成示范小区120个。",
    "租赁期限为20年，至2043年到期后由区政府依法收回。",
    "从2021年起，至2025年共安排专项资金3亿元。",
])
def test_no_target_year(text):
    assert deadline_in_text(text, 2016) is None


@pytest.mark.parametrize("text", [
    "三年内认定一批示范企业。",  # 佳木斯 2015 (review r21b 04): a span of years, not 年内 of the notice's year
    "一年内不晋升职务；",  # corpus 0220
    "经营性文化事业单位转制为企业后，五年内免征企业所得税。",  # corpus 1074
    "对招用离校两年内未就业普通高校毕业生的企业给予补贴。",  # corpus 0189
    "在摸清适龄儿童、少年底数基础上，建立控辍保学工作台账。",  # corpus 0976 (review r23c 07): 少年 then 底数, no 年底
    "加强老年内科建设。",
    "将享受免费创业培训的范围扩展到毕业学年内有创业愿望的职业院校学生。",  # corpus 0232: 学年 then 内
    "实行另册管理，期限为3年。３年内保留其原有身份和职称，档案工资正常晋升。",  # corpus 0808 (review c28-2): full-width 3
    "如部分环保指标暂未达到晋级标准,可先按高一级别实施绩效管理,半年内环保指标达标后正式晋级。",  # corpus 0741 (review c29-3)
])
def test_a_number_of_years_within_or_a_word_ending_in_nian_is_no_year_end(text):
    assert deadline_in_text(text, 2015) is None


@pytest.mark.parametrize("text, year", [
    # corpus 0909 (河北省体育用品产业发展工作方案, review r23b 05): a range of years in a cited plan's title
    ("按照《河北省县域特色产业提质升级工作方案（2021—2025年）》的规定给予支持。", 2021),
    # corpus 1070: "原则同意《河北雄安新区总体规划（2018—2035年）》"
    ("原则同意《河北雄安新区总体规划（2018—2035年）》。", 2021),
    # corpus 0094 and 0235 (河北 人社 2023/2024, review r24c 07): a policy extended to a date is no work due then
    ("阶段性降低失业保险费率为1%政策延续至2024年底，减轻企业用工成本。", 2023),
    ("见习单位剩余期限见习补贴政策延续至2023年底。", 2023),
])
def test_a_date_in_a_cited_title_or_a_policys_extension_is_no_time_limit(text, year):
    assert deadline_in_text(text, year) is None


@pytest.mark.parametrize("text, year, date", [
    # corpus 0748 (河北 科技创新 2021, review r25b 01): a ten-day period of a month in the task's own text
    ("研究制定《河北省重大科技成果转化行动实施方案》，7月中旬按程序报审。", 2021, "2021-07-20"),
    ("着力推动创新链与产业链、供应链深度融合发展，7月上旬按程序报审。", 2021, "2021-07-10"),
    # corpus 0741: "力争6月中旬发行完毕"
    ("加快新增专项债券发行进度,力争6月中旬发行完毕。", 2022, "2022-06-20"),
    # 创卫工作责任分解及工作进度表 on 360docs.net (review cy05): "2008年4月初之前" is early April, as 上旬 (it had been 04-30)
    ("完成区健康教育所编制的落实工作,2008年4月初之前。", 2008, "2008-04-10"),
])
def test_a_ten_day_period_of_a_month_is_a_time_limit(text, year, date):
    assert deadline_in_text(text, year).date == date


@pytest.mark.parametrize("text, date", [
    # corpus 0562 (河北 供销合作社“补网强网用网”行动, review r28a 07): a year, then a target verb, after a clause's end
    ("2025年省级龙头企业带动系统销售额要达到总销售额的30%以上，2028年达到60%以上。", "2028-12-31"),
    ("2025年实现农产品电商销售额150亿元，2028年实现300亿元。", "2028-12-31"),
    # corpus 0580: "…抽取比例2023年不少于30%，2024年不少于60%，2025年实现全覆盖"
    ("法人员进行现场闭卷考试，抽取比例2023年不少于30%，2024年不少于60%，2025年实现全覆盖。", "2025-12-31"),
    # after 于, and years joined before 分别 (corpus 0743 河北 科技创新 十四五, review c-rev f: the latest due, the other a milestone;
    # 0562 "；2028年分别达到8000万亩次和60%以上"), after 力争于
    ("于2022年和2023年分别建成河北京津冀国家技术创新中心和雄安京津冀国家技术创新中心。", "2023-12-31"),
    ("农资市场占有率达到50%以上；2028年分别达到8000万亩次和60%以上。", "2028-12-31"),
    ("加快建设创新平台，力争于2025年建成国家级创新中心。", "2025-12-31"),
])
def test_a_year_with_a_target_verb_opens_a_milestone(text, date):
    assert deadline_in_text(text, 2023).date == date


def test_a_year_with_no_target_verb_after_a_clause_is_no_milestone():
    assert deadline_in_text("2018年版证书继续有效。", 2023) is None  # a year naming an edition (what undid a broader rule last session)
    assert deadline_in_text("2022年全省完成造林100万亩。", 2023) is None  # a subject between: a report, not a target
    assert [m["date"] for m in deadline_in_text("于2022年和2023年分别建成两个中心。", 2021).milestones] == ["2022-12-31", "2023-12-31"]
    assert deadline_in_text("对2022年和2023年的项目进行验收。", 2021) is None  # years joined, no target verb after them
    # diffreview-s23's probes: 对于 is no 于, a year before 建成的 names what was built, a run of years opened by 在 is a past's
    assert deadline_in_text("对于2000年建成的老旧小区实施改造。", 2024) is None
    assert deadline_in_text("在2021年和2022年完成试点的基础上，全面推广试点经验。", 2023) is None
    assert deadline_in_text("加快建设，力争于2025年，全面建成创新高地。", 2021).date == "2025-12-31"  # 力争于 before a comma
    assert deadline_in_text("到2025年、2030年分别达到60%和80%。", 2021).date == "2030-12-31"
    assert deadline_in_text("推进数据中心建设。力争2024年、2025年分别完成一期、二期工程。", 2023).date == "2025-12-31"  # (diffreview-s24)


def test_the_period_of_a_plan_an_item_names_is_no_time_limit():
    # 2025 大孵化器集群建设 (review r41a 08): "制定大孵化器集群建设新三年行动计划(2025—2027年)" — the plan's period, not due;
    # corpus 0592 (河北 残疾人扶贫): "制定省残疾人扶贫开发十年规划（2011—2020年）"
    assert deadline_in_text("制定大孵化器集群建设新三年行动计划(2025—2027年),构建市级孵化载体梯队培育机制。", 2025) is None
    assert deadline_in_text("科学制定规划。制定省残疾人扶贫开发十年规划（2011—2020年）。", 2011) is None
    # a span of years standing as the item's own time ("2025—2027年,构建…") still is one
    assert deadline_in_text("2025—2027年,构建市级孵化载体梯队培育机制。", 2025).date == "2027-12-31"
    # or before 的 and the plan (corpus 0664, 国务院 加强基础研究 意见, review c19-1: "制定基础研究2021—2035年的总体规划")
    assert deadline_in_text("制定基础研究2021—2035年的总体规划，明确目标任务。", 2021) is None


@pytest.mark.parametrize("cell, date", [
    # figures only: 洋县 2024年十大民生实事 (jzzrppj.com.cn …/24ac3dc04d75462894bca43c3c2ec4f1.shtml, review s6c 03) prints
    # its 建设时间 "2024"; the end of the year or month, the latest of a range
    ("2024", "2024-12-31"),
    ("2023-2024", "2024-12-31"),
    ("2022.9", "2022-09-30"),
    ("2024-06", "2024-06-30"),
])
def test_a_time_limit_cell_of_figures_only(cell, date):
    assert parse_time_limit(cell, 2024).date == date
    assert parse_time_limit("2024.13", 2024).date is None  # no month 13


def test_units_then_their_time_limit_closing_a_text():
    # 西安 2022 放管服 分工 (review s12c 07): a table row whose cells lost their separators, "(1)…进行督办。" then the units
    # (a list glued together) and the time limit: the row is a task with its units and its limit
    text = ("(1)全面准确依法编制市、区(县)行政许可事项清单,8月底前编制完成市级行政许可事项清单并向社会公布。市审改办要坚持每月调度,"
            "对未按时间节点完成的单位进行督办。市行政审批局市司法局市级相关单位,各区县政府、西咸新区管委会2022年9月底")
    start, names, limit = units_then_limit(text)
    assert (text[start:start + 6], names, limit) == ("市行政审批局", ["市行政审批局", "市司法局", "市级相关单位", "各区县政府", "西咸新区管委会"], "2022年9月底")
    item = "1.按照国务院要求,编制并公布行政许可事项清单。\n" + text + "\n(2)大力清理整治变相许可。市行政审批局市司法局2022年11月底\n"
    import policy_extract

    tasks = policy_extract.parse_text(item).tasks
    assert [(t.number, t.deadline.date) for t in tasks] == [("(1)", "2022-09-30"), ("(2)", "2022-11-30")]
    # not a sentence after the units ("各市工作机构名单及联系方式、于5月6日前报省人力资源社会保障厅", corpus 0097), nor the
    # notice's signature ("人力资源社会保障部2022年12月5日（此件主动公开）", corpus 0002)
    assert units_then_limit("做好大赛工作。各市工作机构名单及联系方式、于5月6日前报省人力资源社会保障厅") is None
    assert units_then_limit("营造浓厚氛围。人力资源社会保障部2022年12月5日（此件主动公开）") is None
    assert units_then_limit("营造浓厚氛围。各设岗市教育局务必于7月4日9:00前将本市考点报省教育厅") is None
    # 惠州 2022 政务公开重点工作任务分工方案 flattened (huizhou.gov.cn, review cj02): the unit cell names roles before the limit
    row = ("2.市直各单位要依托政府信息公开平台,2022年11月底前建成本部门行政规范性文件库。市政府门户网站建立市政府行政规范性文件库,集中公开市政府及其部门"
           "现行有效行政规范性文件。市政府办公室、市司法局牵头,市直其他单位按职能分工落实2022年底前")
    task = policy_extract.parse_text("(一)推进行政规章、规范性文件集中公开\n" + row + "\n").tasks[0]
    assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (["市政府办公室", "市司法局"], ["市直其他单位"])
    assert task.text.endswith("现行有效行政规范性文件。") and task.deadline.date == "2022-12-31"
    # a sentence of work with no role word before its date is no note ("…责任单位…", not "各地要在2022年底前")
    assert policy_extract.parse_text("(一)推进公开\n2.建成文件库。各地要加快推进2022年底前\n").tasks[0].lead_units == []


def test_a_labelled_time_sentence_after_a_unit_list_is_the_lists_time_limit_whole():
    # 平潭 2016 十三五 宣传报道 责任分工 (changwu/pingtan-gov-zwgk-archive, review bk02): "区交建局。时间要求：平潭时报，8月15日；平潭广播
    # 电视台，8月8日至8月12日；平潭网，8月10日" had given the last clause, 8月10日, for the latest date named
    from policy_extract.deadlines import time_limit_after

    value = "区交建局。时间要求：平潭时报，8月15日；平潭广播电视台，8月8日至8月12日；平潭网，8月10日"
    assert time_limit_after(value) == ("区交建局", "平潭时报，8月15日；平潭广播电视台，8月8日至8月12日；平潭网，8月10日")
    assert time_limit_after("市发改委，湘西经开区管委会，6月底完成") == ("市发改委，湘西经开区管委会", "6月底完成")  # as before


def test_a_notice_naming_no_year_keeps_its_time_limit_without_a_date():
    # review dc09 (a 防汛 notice whose page was cut from its head, no year printed anywhere): "县水利局于4月30日前完成复查。" had
    # no time limit at all; the contract allows a deadline whose date is null
    text = "关于做好防汛检查工作的通知\n各镇乡：\n一、检查内容\n1.县水利局于4月30日前完成复查。\n2.各镇乡6月底前完成整改。\n"
    assert [(t.deadline.text, t.deadline.date) for t in policy_extract.parse_text(text).tasks] == [("4月30日前", None), ("6月底前", None)]
    # with a year in the notice, as before
    dated = policy_extract.parse_text(text.replace("关于做好防汛", "关于做好2021年防汛"))
    assert [t.deadline.date for t in dated.tasks] == ["2021-04-30", "2021-06-30"]


@pytest.mark.parametrize("text, date", [
    # 昆明 加强消防部队应急救援能力建设 主要目标任务及责任分解 附件1 (fymate.cn, review fp 02): the later year of the item is its due date
    ("2010年底前,完成高新消防二中队建设,并在2011年投入使用。", "2011-12-31"),
    ("2010年底前,完成东川消防二中队建设,并在2011年投入使用。", "2011-12-31"),
    ("力争于2020年完成改造任务。", "2020-12-31"),  # synthetic: 于 before the year, as before
    ("现在2011年完成的项目要做好验收。", None),  # synthetic: 现在 is no preposition of the year
])
def test_a_year_after_zai_with_a_verb_of_finishing_is_a_milestone(text, date):
    limit = deadline_in_text(text, 2009)
    assert (limit.date if limit else None) == date


def test_a_past_fact_after_zai_and_a_target_over_a_base_year():
    # diffreview-c1 p04, p07 (probes of this stop's milestone rule): a past year after 在 in a 2023 plan is what was done; a target
    # "于2025年实现在2020年基础上翻一番" is due 2025 (only "…完成试点的基础上" names a base)
    assert deadline_in_text("巩固在2020年实现全面脱贫的成果,健全防止返贫动态监测和帮扶机制。", 2023) is None
    assert deadline_in_text("平台一期工程已在2021年建成,今年重点推进二期数据采集系统建设。", 2023) is None
    assert deadline_in_text("全市规模以上工业增加值于2025年实现在2020年基础上翻一番。", 2023).date == "2025-12-31"
    assert deadline_in_text("全市规模以上工业增加值于2025年实现在2020年基础上翻一番。", None).date == "2025-12-31"
