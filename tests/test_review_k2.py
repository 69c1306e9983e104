"""Probes of diffreview-k2 (/work/notes/diffreview-k2, d77ea2a..4c5d0ee) that read worse, mended: each reads as at d77ea2a or better."""
from __future__ import annotations

import policy_extract


def _units(text):
    return [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(text).tasks]


def test_notes_on_a_form_are_no_list_of_work():
    # p03f: "…每月5日前报县政府。…填表说明1、本表由项目所在镇（街道）填写。2、…" on one line: the notes stay none
    assert [t.number for t in policy_extract.parse_text(NOTES_ON_A_FORM).tasks] == ["1", "2", "3"]


def test_units_named_alone_over_their_items_give_each_its_items():
    # p05: "县防汛抗旱指挥部办公室" / 1. 2. / "县气象局" / 1. 2. under "二、职责分工": the second unit's items keep it
    assert _units(UNIT_LINES)[-2:] == [([], ["县气象局"]), ([], ["县气象局"])]


def test_a_regulations_duties_by_colon_opening_with_负责():
    # p11: "第五条 市、区人民政府有关部门按照下列规定做好养犬管理工作：" over "（一）公安机关：负责…"
    assert _units(DOG_RULES) == [([], ["公安机关"]), ([], ["农业农村部门"]), ([], ["城市管理部门"])]


def test_a_long_clause_ending_in_a_count_is_work():
    # p12: "（一）县教育局：每所中小学校配备专职安全管理人员不少于1名；" names its unit
    assert _units(SCHOOL_STAFF)[0] == ([], ["县教育局"])


def test_the_last_duty_line_before_the_signature_is_a_duty():
    # p13: "县住建局对在建工地要合理调整作业时间…" after three "县X局要…" lines, before the signature
    assert [r for _, r in _units(HEAT)] == [["县气象局"], ["县卫生健康局"], ["县人力资源和社会保障局"], ["县住建局"]]


def test_a_paragraph_of_duties_with_time_limits_is_cut_into_them():
    # p14: "县林业局于10月15日前完成…。县应急管理局于10月20日前完成…。县气象局加强…。…" — half carry a time limit: work, not a report
    assert len(policy_extract.parse_text(FOREST).tasks) == 6


def test_regulated_parties_in_later_sentences_and_beside_会同_are_no_units():
    # p16: "施工单位要严格落实…。监理单位要加强…" after "建设单位要依法履行…"; p26: "县住建局要会同施工单位、监理单位，…"
    assert _units(SITES)[0][1] in ([], ["建设单位"]) and _units(CHECKS)[:2] == [([], ["县住建局"]), ([], ["县应急管理局"])]


def test_a_reports_points_after_a_requirement_are_none():
    # p23: "按照县安委会工作要求，一是开展了安全生产大检查，…" — what was done, no 一是 task
    assert "一是" not in [t.number for t in policy_extract.parse_text(REPORT).tasks]


NOTES_ON_A_FORM = ("关于报送2024年度重点项目建设进展情况的通知各镇（街道）、县直有关部门：1、各镇（街道）要对辖区内重点项目逐一摸排，建立项目台账。2、县发展改革局负责汇总全县项目进展情况，每月5日前报县政府。3、各单位要于2024年7月10日前报送上半年项目进展情况。填表说明1、本表由项目所在镇（街道）填写。2、投资额单位为万元，保留两位小数。3、进展情况栏请简要填写项目形象进度。\n")
UNIT_LINES = ("某县2024年防汛抗旱应急预案\n"
    "一、组织机构\n"
    "1.县防汛抗旱指挥部由县长任指挥长，分管副县长任副指挥长。\n"
    "2.指挥部下设办公室，办公室设在县水利局。\n"
    "3.指挥部成员单位由县应急管理局、县水利局、县气象局等单位组成。\n"
    "二、职责分工\n"
    "县防汛抗旱指挥部办公室\n"
    "1.负责指挥部日常工作。\n"
    "2.负责组织制定防汛应急预案。\n"
    "县气象局\n"
    "1.负责天气监测和预报预警。\n"
    "2.及时向指挥部报告重大天气变化。\n")
DOG_RULES = ("某市养犬管理规定\n"
    "第一条 为了规范养犬行为，保障公民健康和人身安全，维护市容环境和社会公共秩序，根据有关法律法规，结合本市实际，制定本规定。\n"
    "第五条 市、区人民政府有关部门按照下列规定做好养犬管理工作：\n"
    "（一）公安机关：负责养犬登记、年检和违法养犬行为的查处；\n"
    "（二）农业农村部门：负责犬只狂犬病免疫和检疫工作；\n"
    "（三）城市管理部门：负责查处占道经营犬只等违法行为。\n"
    "第六条 本规定自2024年10月1日起施行。\n")
SCHOOL_STAFF = ("关于加强2024年秋季学校安全工作的通知\n"
    "三、职责分工\n"
    "（一）县教育局：每所中小学校配备专职安全管理人员不少于1名；\n"
    "（二）县公安局：在学校周边设置警务室，上下学时段每校安排民警2名；\n"
    "（三）县卫健委：指导学校配备校医或保健教师1名。\n")
HEAT = ("关于做好2024年高温天气防范应对工作的通知\n"
    "各乡镇，县直有关单位：\n"
    "县气象局要加强高温天气监测预报，及时发布高温预警信息。\n"
    "县卫生健康局要做好中暑患者救治准备，加强医疗物资储备。\n"
    "县人力资源和社会保障局要督促用人单位落实高温津贴和防暑降温措施。\n"
    "县住建局对在建工地要合理调整作业时间，避开高温时段露天作业。\n"
    "县应急管理局\n"
    "2024年6月20日\n")
FOREST = ("某县2024年秋冬季森林防火工作安排\n"
    "县林业局于10月15日前完成全县森林防火检查站设置，组织护林员开展巡山护林。县应急管理局于10月20日前完成扑火物资补充储备，组织开展扑火演练。县气象局加强森林火险气象等级预报，及时发布高火险预警信息。县公安局加强野外违规用火行为查处，严厉打击故意纵火行为。县融媒体中心开展森林防火宣传，在电视台、公众号开设防火专栏。各乡镇于10月31日前完成森林防火责任书签订工作。\n")
SITES = ("关于进一步加强2024年建筑施工安全管理的通知\n"
    "各有关单位：\n"
    "（一）落实企业主体责任。建设单位要依法履行安全生产首要责任，不得随意压缩合理工期。施工单位要严格落实安全生产责任制，配齐专职安全管理人员。监理单位要加强对危大工程的旁站监理。\n"
    "（二）强化行业监管。县住建局要于2024年6月30日前完成在建工地安全大检查。\n"
    "（三）严肃追责问责。对发生生产安全事故的，依法依规严肃追究相关单位和人员责任。\n")
REPORT = ("某镇2024年上半年安全生产工作情况汇报\n"
    "按照县安委会工作要求，一是开展了安全生产大检查，共检查企业45家，排查隐患62处。\n"
    "二是组织了应急演练2次，参演人员300余人。\n"
    "三是开展了安全宣传进企业活动，发放宣传资料5000余份。\n")
CHECKS = ("关于开展2024年城乡建设领域安全隐患排查的通知\n"
    "（一）开展在建工地排查。县住建局要会同施工单位、监理单位，对在建工地深基坑、高支模等危大工程开展全面排查。\n"
    "（二）开展危化品企业评估。县应急管理局会同第三方技术服务机构，对全县危化品企业开展安全评估。\n"
    "（三）开展家电销售网点检查。县商务局会同县市场监管局对家电销售网点开展联合检查。\n")
