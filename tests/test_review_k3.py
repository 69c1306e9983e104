"""Probes of diffreview-k3 (/work/notes/diffreview-k3, 4c5d0ee..21e3b59) that read worse, mended: each reads as at 4c5d0ee or better."""
from __future__ import annotations

import policy_extract


def _read(text):
    return [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline.date if t.deadline else None)
            for t in policy_extract.parse_text(text).tasks]


def test_a_space_rows_ascii_stop_gives_way_to_its_full_stop():
    # p01: "1 实现企业开办全程网办. 将开办时间压缩至1个工作日以内。 市市场监管局 6月底前": the lead is 市市场监管局
    assert [r[1] for r in _read(SPACE_ROWS)] == [["市市场监管局"], ["市行政审批局"], ["市发改委"]]


def test_a_target_year_in_prose_does_not_date_the_tables_limits():
    # p03: "到2025年，…" twice in the aims, the table's limits in 2023: "年底前" is 2023's
    assert [r[3] for r in _read(TARGET_YEARS)] == ["2023-06-30", "2023-09-30", "2023-12-31"]


def test_a_campaigns_own_start_dates_its_limits_where_no_other_year_is_named():
    # p04: "自2024年5月起在全县开展…，从2024年5月持续至10月底": "（5月31日前）" is 2024's
    assert [r[3] for r in _read(CAMPAIGN)][0] == "2024-05-31"


def test_a_stage_after_the_new_year_is_dated_in_it():
    # p06: "（一）动员部署阶段（11月）" … "（三）总结巩固阶段（2月）" in a campaign from 2023年11月 to 2024年2月
    assert [r[3] for r in _read(WINTER)][::2] == ["2023-11-30", "2024-02-29"]


def test_chapters_an_item_lists_are_no_divisions_of_the_notice():
    # p09: "（一）…重点学习《安全生产法》以下章节：" over "第二章 …" "第三章 …" "第五章 …", then "（二）学习方式。…"
    assert [n.marker for n in policy_extract.parse_text(CHAPTERS_LISTED).outline] == ["一、", "二、"]


def test_a_time_phrase_longer_than_its_word_is_not_cut_into_the_subject():
    # p13: "节日期间内各单位要…", "节前后各乡镇要…": no "内各单位"
    assert all(not any(n.startswith(("内", "后")) for n in r[2]) for r in _read(HOLIDAY))


def test_a_partner_named_before_a_verb_no_table_lists_is_cut_at_its_name():
    # p14: "由县委宣传部牵头，会同县文联举办…"; p17: "县委宣传部要会同县文联举办送温暖文艺演出": 县文联, not 县文联举办
    assert _read(CULTURE)[0][2] == ["县文联"] and _read(CARE)[2][2] == ["县委宣传部", "县文联"]


def test_a_regulated_partys_obligation_opening_with_负责_stays_a_provision():
    # p22: "第十二条 工程建设项目各方主体应当履行下列义务：（一）建设单位：负责将人工费用…"
    assert _read(PARTIES) == []


def test_a_meetings_news_and_a_forms_labels_are_no_duties():
    # p26: "惠州海事局：已通知辖区船舶回港避风，出动巡逻艇12艘次。"; p25f: "二、办理方式受理部门：县社会保险事业管理中心…"
    assert _read(MEETING_NEWS) == []
    assert all("受理部门" not in n for r in _read(FORM_LABELS) for n in r[2])


SPACE_ROWS = ("常熟市2024年优化营商环境重点任务分解表\n"
    "序号 工作任务 牵头单位 完成时限\n"
    "1 实现企业开办全程网办. 将开办时间压缩至1个工作日以内。 市市场监管局 6月底前\n"
    "2 推行工程建设项目审批“一网通办”。 市行政审批局 9月底前\n"
    "3 开展涉企收费专项清理. 建立收费目录清单制度。 市发改委 12月底前\n")
TARGET_YEARS = ("XX县农村人居环境整治提升实施方案\n"
    "一、工作目标\n"
    "到2025年，全县农村卫生厕所普及率达到90%以上；到2025年底，农村生活垃圾收运处置体系实现行政村全覆盖。\n"
    "二、重点任务\n"
    "序号 | 工作任务 | 牵头单位 | 完成时限\n"
    "1 | 完成农村户厕问题摸排整改 | 县农业农村局 | 2023年6月底前\n"
    "2 | 建成乡镇垃圾中转站5座 | 县住建局 | 2023年9月底前\n"
    "3 | 开展村庄清洁行动“回头看” | 各乡镇 | 年底前\n")
CAMPAIGN = ("关于开展燃气安全专项整治的通知\n"
    "各乡镇人民政府，县直有关部门：\n"
    "为深刻吸取事故教训，县政府决定自2024年5月起在全县开展为期半年的燃气安全专项整治，从2024年5月持续至10月底。现就有关事项通知如下：\n"
    "一、全面排查（5月31日前）。各乡镇要对辖区内餐饮场所燃气使用情况开展全面排查，建立隐患台账。\n"
    "二、集中整治（6月1日至9月30日）。县住建局要牵头组织对排查发现的隐患逐项整改。\n"
    "三、总结验收（10月底前）。县燃气安全专项整治办公室要组织验收，形成总结报告报县政府。\n")
WINTER = ("关于开展2023年冬春火灾防控工作的通知\n"
    "各乡镇、县直各有关单位：\n"
    "冬春火灾防控工作自2023年11月开始，至2024年2月底结束，分三个阶段进行。\n"
    "（一）动员部署阶段（11月）。各乡镇、各有关单位要结合实际制定工作方案，全面动员部署。\n"
    "（二）集中整治阶段（12月至1月）。县消防救援大队要会同县应急管理局开展联合检查，督促整改发现的隐患。\n"
    "（三）总结巩固阶段（2月）。各乡镇、各有关单位要认真总结，巩固整治成果。\n")
CHAPTERS_LISTED = ("关于组织开展2024年安全生产法律法规学习活动的通知\n"
    "一、学习内容\n"
    "（一）重点学习章节。各单位要组织干部职工重点学习《安全生产法》以下章节：\n"
    "第二章 生产经营单位的安全生产保障\n"
    "第三章 从业人员的安全生产权利义务\n"
    "第五章 生产安全事故的应急救援与调查处理\n"
    "（二）学习方式。各单位要采取集中学习与个人自学相结合的方式，每月集中学习不少于1次。\n"
    "二、工作要求\n"
    "各单位要于6月30日前将学习开展情况报县应急管理局。\n")
HOLIDAY = ("关于做好2024年国庆节期间旅游安全工作的通知\n"
    "一、加强值班值守。节日期间内各单位要严格落实领导带班和24小时值班制度。\n"
    "二、开展安全检查。节前后各乡镇要对辖区内景区景点开展安全检查，9月28日前完成首轮检查。\n"
    "三、做好信息报送。县文旅局要于10月8日前将节日期间旅游安全工作情况报县政府。\n")
CULTURE = ("XX县2024年文化惠民工作方案\n"
    "二、重点任务\n"
    "（一）开展节日文化活动。由县委宣传部牵头，会同县文联举办“我们的节日”主题文化活动，全年不少于4场。\n"
    "（二）推进送戏下乡。由县文旅局牵头，会同县文化馆、县图书馆组织送戏下乡120场，11月底前完成。\n")
CARE = ("XX县2024年关爱困难群众工作要点\n"
    "（一）开展节日走访。县民政局要会同县妇联走访慰问困难妇女家庭，春节前完成。\n"
    "（二）开展助学帮扶。县教育局要会同县总工会资助困难职工子女就学，9月底前发放到位。\n"
    "（三）开展文化慰问。县委宣传部要会同县文联举办送温暖文艺演出，全年不少于2场。\n")
PARTIES = ("某市保障农民工工资支付办法\n"
    "第三章 工程建设领域特别规定\n"
    "第十二条 工程建设项目各方主体应当履行下列义务：\n"
    "（一）建设单位：负责将人工费用与其他工程款分账管理，按照合同约定及时足额拨付人工费用；\n"
    "（二）施工总承包单位：负责所承包工程农民工工资支付的总体管理，按规定开设农民工工资专用账户；\n"
    "（三）分包单位：负责所招用农民工的实名制管理和工资支付。\n"
    "第十三条 本办法自2025年1月1日起施行。\n")
MEETING_NEWS = ("市三防指挥部召开防御台风“海葵”工作会商会\n"
    "9月2日，市三防指挥部召开防御台风“海葵”工作会商会，各成员单位汇报了防御工作开展情况。\n"
    "惠州海事局：已通知辖区船舶回港避风，出动巡逻艇12艘次。\n"
    "惠州供电局：共投入抢修人员1200人次，恢复供电用户3.2万户。\n"
    "惠州港口管理局：已督促港口企业停止装卸作业。\n"
    "会议要求，各单位要继续做好台风防御工作，确保人民群众生命财产安全。\n")
FORM_LABELS = ("关于做好2024年失业保险稳岗返还工作的通知一、返还对象。上年度未裁员或裁员率不高于5.5%的参保企业。二、办理方式受理部门：县社会保险事业管理中心审核部门：县人力资源和社会保障局咨询电话：0912-1234567三、工作要求。县社会保险事业管理中心要于6月30日前完成返还资金发放。\n")
