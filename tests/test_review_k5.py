"""Probes of diffreview-k5 (/work/notes/diffreview-k5, 675d2ac..53abac2) that read worse, mended: each reads as at 675d2ac or better."""
from __future__ import annotations

import policy_extract


def _read(text):
    return [(t.number, [u.name for u in t.responsible_units], t.deadline.date if t.deadline else None) for t in policy_extract.parse_text(text).tasks]


def test_a_requirements_first_point_is_found_past_一要_inside_a_word():
    # p02, p03: "第一要务" / "统一要求" earlier in the paragraph, then "会议要求，一是…二是…"
    assert len(_read(FIRST_TASK)) == 3 and len(_read(UNIFIED)) == 3


def test_保障_before_房地产_or_房屋_is_a_verb():
    # p09: "市自然资源局保障房地产开发用地…": 市自然资源局 does the work
    assert any("市自然资源局" in r[1] for r in _read(LAND))


def test_a_title_opening_with_a_year_before_元旦_or_日照_gives_the_year():
    # p11: "2024元旦春节期间…" (signed 2023年12月20日), p12: "2024日照国际马拉松…": "1月10日前" is 2024's
    assert _read(NEW_YEAR)[0][2].startswith("2024") and _read(MARATHON)[0][2].startswith("2024")


def test_a_practice_started_in_the_only_year_named_gives_that_year():
    # p13: "自2024年起，县政府每年安排专项资金…", no other year: 6月底前 is 2024's
    assert [r[2] for r in _read(ROADS)] == ["2024-06-30", "2024-12-31"]


FIRST_TASK = ("县安委会召开2024年第二季度安全生产工作会议\n"
    "会议指出，安全发展是第一要务，各级各部门务必绷紧安全生产这根弦。会议要求，一是压实安全生产责任，各乡镇要落实属地管理责任；二是深化隐患排查整治，6月底前完成重点行业领域排查；三是强化应急值守，严格执行领导带班制度。\n")
UNIFIED = ("县市场监管局召开食品安全工作推进会\n"
    "会议要求，按照全市统一要求，一是开展校园食品安全专项检查，9月底前覆盖全部学校食堂；二是加强农村集体聚餐备案管理；三是做好节日期间食品抽检。\n")
LAND = ("XX县2024年房地产市场平稳健康发展工作方案\n"
    "二、重点任务\n"
    "（一）稳定土地供应。市自然资源局保障房地产开发用地合理供应，9月底前完成年度供地计划。\n"
    "（二）加强市场监测。县住建局要按月发布商品房销售数据。\n")
NEW_YEAR = ("2024元旦春节期间安全生产大检查工作方案\n"
    "一、检查内容\n"
    "（一）开展企业自查。各乡镇要督促辖区企业于1月10日前完成自查。\n"
    "（二）开展重点检查。县应急局要于1月20日前完成重点企业检查。\n"
    "XX县安全生产委员会办公室\n"
    "2023年12月20日\n")
MARATHON = ("2024日照国际马拉松赛安全保障工作方案\n"
    "为做好赛事安全保障工作，参照2023年赛事保障经验，制定本方案。\n"
    "一、工作任务\n"
    "（一）制定交通管制方案。市公安局要于4月10日前制定交通管制方案。\n"
    "（二）做好医疗保障。市卫健委要于4月15日前完成医疗点设置。\n")
ROADS = ("关于建立农村公路养护考核制度的通知\n"
    "各乡镇人民政府：\n"
    "自2024年起，县政府每年安排专项资金用于农村公路养护考核奖励。现就有关事项通知如下：\n"
    "一、各乡镇要于6月底前完成辖区公路养护自查。\n"
    "二、县交通局要于年底前完成年度考核。\n")
