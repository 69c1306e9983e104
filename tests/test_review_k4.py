"""Probes of diffreview-k4 (/work/notes/diffreview-k4, 21e3b59..675d2ac) that read worse, mended: each reads as at 21e3b59 or better."""
from __future__ import annotations

import policy_extract


def _read(text):
    return [(t.number, [u.name for u in t.responsible_units], t.deadline.date if t.deadline else None) for t in policy_extract.parse_text(text).tasks]


def test_保障房_is_no_duty_after_a_subject():
    # p03: "3.市政府保障房建设项目要于10月底前…": no 市政府
    assert all("市政府" not in r[1] for r in _read(HOUSING))


def test_a_number_with_a_measure_word_opening_a_title_is_no_year():
    # p05: "2000亩高标准农田建设项目实施方案" signed 2024年3月5日: its limits are 2024's
    assert all(r[2] is None or r[2].startswith("2024") for r in _read(ACRES))


def test_a_practice_since_a_year_every_year_dates_nothing_where_another_year_is_named():
    # p07: "自2002年起，全国每年6月开展安全生产月活动" beside a 2024 notice's own year: the notice's; alone (diffreview-k5 p13, "自2024年起，
    # 县政府每年安排…", no other year) it is the year (k5 judged so; p07's "2002" alone is read so too, left as it is)
    dated = SINCE_PRACTICE.replace("每年6月", "每年6月", 1) + "2024年5月20日\n"
    assert all(r[2] is None or r[2].startswith("2024") for r in _read(dated))


def test_overlapping_stages_stay_in_their_year():
    # p10: "(6月)", "(6月至9月)", "(8月)": the third stage is this year's August
    assert [r[2] for r in _read(STAGES)][-1].endswith("-08-31") and not [r[2] for r in _read(STAGES)][-1].startswith("2025")


def test_teams_taking_part_are_no_units():
    # p29: "比赛期间，各参赛代表队要严格遵守竞赛规程": participants, not units given work
    assert all(not any(n.endswith("代表队") for n in r[1]) for r in _read(TEAMS))


HOUSING = ("XX县2024年重点民生实事工作方案\n"
    "二、工作任务\n"
    "3.市政府保障房建设项目要于10月底前全部竣工交付。\n"
    "4.县城区供水管网改造要确保年底前完成。\n")
ACRES = ("2000亩高标准农田建设项目实施方案\n"
    "一、建设任务\n"
    "（一）完成土地平整和灌排设施建设。县农业农村局负责，年底前完成。\n"
    "（二）开展竣工验收。县财政局、县审计局负责，12月底前完成。\n"
    "XX县农业农村局\n"
    "2024年3月5日\n")
SINCE_PRACTICE = ("关于开展安全生产月活动的通知\n"
    "各乡镇人民政府，县直各有关单位：\n"
    "自2002年起，全国每年6月开展安全生产月活动。现就有关事项通知如下：\n"
    "一、开展宣传咨询日活动。各乡镇要于6月16日组织安全宣传咨询日活动。\n"
    "二、报送活动总结。各单位要于6月30日前将活动总结报县安委办。\n")
STAGES = ("关于开展2024年夏季治安打击整治行动的通知\n"
    "（一）部署发动阶段（6月）。各派出所要制定方案，动员部署。\n"
    "（二）集中攻坚阶段（6月至9月）。各派出所要集中开展打击整治。\n"
    "（三）巩固提升阶段（8月）。县公安局要组织开展回头看。\n")
TEAMS = ("XX县2024年全民健身运动会工作方案\n"
    "三、工作任务\n"
    "（一）加强赛风赛纪。比赛期间，各参赛代表队要严格遵守竞赛规程，服从裁判判罚。\n"
    "（二）做好医疗保障。县卫健局要安排医护人员现场值守，9月10日前制定医疗保障预案。\n")
