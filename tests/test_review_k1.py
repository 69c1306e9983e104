"""Probes of diffreview-k1 (/work/notes/diffreview-k1, b4923b7..d77ea2a) that read worse, mended: each reads as at b4923b7."""
from __future__ import annotations

import policy_extract

# diffreview-k1 (b4923b7..d77ea2a): what the review found read worse, each as at b4923b7 again

def test_unit_colon_lines_that_are_no_duties_stay_none():
    # p04: a regulation's quota of members by unit; p02: its penalties by authority under 法律责任; p08: the parties' obligations (the
    # regulation's duties-by-colon reading holds under an article or chapter on duties only); p17: a meeting's attendees by unit
    for text in (QUOTAS, PENALTIES, OBLIGATIONS, ATTENDEES):
        assert policy_extract.parse_text(text).tasks == []


def test_an_article_quoted_between_points_keeps_the_points_in_their_list():
    # p09: "(一)…" / "第二十一条 生产经营单位的主要负责人对…负有…职责。" / "(二)…" / "(三)…": the article is quoted, (二) and (三) no points of it
    doc = policy_extract.parse_text(QUOTED_ARTICLE)
    assert [t.number for t in doc.tasks] == ["(一)", "(二)", "(三)"] and all(t.path == [] for t in doc.tasks)


def test_a_closing_line_and_a_report_are_no_duty_runs():
    # p35: after three duties, "各有关单位对本通知执行中遇到的问题要及时向市民政局反映。" closes the notice; p31: a report of what each unit did
    tasks = policy_extract.parse_text(CLOSING).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["民政部门"], ["财政部门"], ["卫生健康部门"]]
    assert policy_extract.parse_text(REPORT).tasks == []


def test_an_items_body_of_duties_stays_the_items():
    # p33: "(一)加强监测预警" over a paragraph of five "县X局要…" closed by "（牵头单位：县应急管理局）": one task, its note's lead
    tasks = policy_extract.parse_text(ITEM_BODY).tasks
    assert [t.number for t in tasks] == ["(一)", "(二)"] and [u.name for u in tasks[0].lead_units] == ["县应急管理局"]


QUOTAS = ("某市科学技术奖励办法\n"
            "第三章 评审机构\n"
            "第十条 市科学技术奖评审委员会委员由下列单位推荐产生：\n"
            "(一)市科学技术局：3名；\n"
            "(二)市财政局：1名；\n"
            "(三)市教育局：2名；\n"
            "(四)市工业和信息化局：2名。\n"
            "第十一条 评审委员会每届任期三年。\n")
PENALTIES = ("某市电动自行车管理办法\n"
            "第五章 法律责任\n"
            "第二十八条 违反本办法规定的，按照下列规定予以处罚：\n"
            "(一)市场监督管理部门：对销售不符合强制性国家标准电动自行车的，没收违法所得，并处五千元以上二万元以下罚款；\n"
            "(二)公安机关交通管理部门：对驾驶未登记电动自行车上道路行驶的，处警告或者五十元罚款；\n"
            "(三)城市管理部门：对违规停放电动自行车影响市容的，责令改正，拒不改正的处二十元罚款。\n"
            "第二十九条 本办法自2025年5月1日起施行。\n")
OBLIGATIONS = ("某市保障农民工工资支付办法\n"
            "第三章 工程建设领域特别规定\n"
            "第十二条 工程建设项目各方主体应当履行下列义务：\n"
            "(一)建设单位：将人工费用与其他工程款分账管理，按照合同约定及时足额拨付人工费用；\n"
            "(二)施工总承包单位：对所承包工程的农民工工资支付负总责，按规定开设农民工工资专用账户；\n"
            "(三)分包单位：对所招用农民工的实名制管理和工资支付负直接责任。\n"
            "第十三条 本办法自2025年1月1日起施行。\n")
ATTENDEES = ("关于召开全市根治欠薪工作推进会的通知\n"
            "会议时间：2025年1月10日上午9:00\n"
            "参会人员：\n"
            "市总工会：分管副主席1名；\n"
            "团市委：分管副书记1名；\n"
            "市妇联：分管副主席1名；\n"
            "市残联：分管副理事长1名。\n"
            "请各单位于1月8日前将参会回执报市人社局。\n")
QUOTED_ARTICLE = ("关于开展2025年安全生产月活动的通知\n"
            "各镇（街道），县直各部门：\n"
            "(一)组织集中学习。各单位要组织干部职工集中学习新修订的《安全生产法》，重点学习主要负责人安全生产职责相关条款。（责任单位：各镇街、县直各部门）\n"
            "第二十一条 生产经营单位的主要负责人对本单位安全生产工作负有建立健全并落实全员安全生产责任制等职责。\n"
            "(二)开展宣传进企业活动。深入企业发放宣传资料，开展以案释法。（责任单位：县应急管理局）\n"
            "(三)组织知识竞赛。6月底前组织全县安全生产知识竞赛。（责任单位：县应急管理局、县总工会）\n")
CLOSING = ("关于进一步做好困难群众冬季救助工作的通知\n"
            "民政部门要全面摸排低保、特困等困难群众生活状况，及时将符合条件的人员纳入救助范围。\n"
            "财政部门要及时足额拨付救助资金，确保资金于2025年1月15日前发放到位。\n"
            "卫生健康部门要做好困难群众冬季医疗救助和疾病防控工作。\n"
            "各有关单位对本通知执行中遇到的问题要及时向市民政局反映。\n")
REPORT = ("关于“7·20”暴雨灾害应对工作情况的报告\n"
            "县委、县政府：\n"
            "7月20日，我县遭遇强降雨天气，各有关单位迅速行动，现将应对情况报告如下：\n"
            "县气象局及时发布暴雨红色预警信息12期，通过短信、大喇叭等渠道发送预警信息3万余条。县水利局组织巡查河道堤防和小型水库30余次，排查整改险情隐患15处。县住建局开展主城区易涝点排查，清理疏通排水管网12公里，抽排积水2万余立方米。县农业农村局指导农户抢收小麦3.2万亩，减少经济损失约800万元。县交通运输局组织抢通受损道路8条，恢复交通运行。县应急管理局开展受灾群众转移安置工作，转移安置群众1200余人。\n"
            "下一步，我县将进一步做好灾后恢复重建工作。\n"
            "县应急管理局\n"
            "2025年7月25日\n")
ITEM_BODY = ("某县2025年防汛工作方案\n"
            "一、工作任务\n"
            "(一)加强监测预警\n"
            "县气象局要密切关注天气变化，加强滚动预测预报，及时发布暴雨预警信息。县水利局要加强河道堤防和小型水库巡查，发现险情及时采取有效处置措施。县住建局要加强主城区防汛排涝检查，做好低洼地带和地下空间的防涝准备。县农业农村局要指导农民群众做好农业生产防灾减灾，减少灾害损失。县电视台要在第一时间插播预警信息，并利用各种媒体广泛播报。（牵头单位：县应急管理局）\n"
            "(二)做好物资储备\n"
            "6月底前完成防汛物资补充储备。（责任单位：县应急管理局、县粮食和物资储备中心）\n")
