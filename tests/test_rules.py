"""The rule tables of policy_extract/rules.py, each with the real phrase it serves.

For every table: the phrase from a sample is matched by an entry, and the stage that reads
the table reads the phrase as intended. Where the stage looks the table up at call time,
the test also takes the entry out and checks the reading changes — the table, not a
copy of its words, is what decides. Entries are taken out through a rules value
(`DEFAULT_RULES.replace(…)`) put in effect with `grammar.using` or passed
to `parse_text(…, rules=…)`: no module is patched or reloaded.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import policy_extract
from conftest import EFF2025, HANZHONG, STD2023, TABLE, YANTA, document, outline, quote, sample_path, section
from policy_extract import column_names, deadlines, extract, meta, notes, rules, tables, units
from policy_extract.extract import Options, select_task_nodes
from policy_extract.grammar import current, using
from policy_extract.rules import DEFAULT_RULES


def _without(table, *entries):
    return tuple(e for e in table if e not in entries)


def _rules_without(field, *entries):
    """The default rules with `entries` taken out of one table."""
    return DEFAULT_RULES.replace(**{field: _without(getattr(DEFAULT_RULES, field), *entries)})


def _task_paths(text, rules=None):
    return [(t.number, t.path[0]) for t in policy_extract.parse_text(text, rules=rules).tasks]


# --- sections ----------------------------------------------------------------------------


def test_place_words():
    # a bracket of places is no note ("做好统筹。（市、县）"); places after 各 are units as printed (corpus 0120 "各市、县政府", the
    # contract's split on 、); glued names part before a place (大竹县 2016 分解表 flattened "县水务局县住建局")
    assert {"市", "县", "州"} <= set(rules.PLACE_WORDS)
    assert notes.find_notes("做好统筹。（市、县）") == []
    assert units.split_units("省民政厅，各市、县政府") == ["省民政厅", "各市", "县政府"]
    # 黑龙江省促进经济稳增长的若干措施 (newton.com.tw wiki page, traditional script): "相關市、縣政府" as printed
    assert units.split_units("省交通运输厅、相关市、县政府") == ["省交通运输厅", "相关市", "县政府"]
    assert units.split_glued_names("县水务局县住建局") == ["县水务局", "县住建局"]
    with using(_rules_without("place_words", "县")):
        assert units.split_glued_names("县水务局县住建局") == ["县水务局县住建局"]


def test_bare_unit_kinds():
    # 青岛 2014 通知 (e-gov.org.cn/article-186199.html): "市直有关部门、单位"; 广州 2012 人才集聚工程 实施意见:
    # "（牵头单位：…，配合单位：…，各区、县级市）": a kind of unit after a collective name shares its words
    assert "单位" in rules.BARE_UNIT_KINDS and "县级市" not in rules.BARE_UNIT_KINDS  # a place: as printed (test_notes, places after 各)
    assert units.split_units("市直有关部门、单位") == ["市直有关部门、单位"]
    assert units.split_units("市人力资源社会保障局、各区、县级市") == ["市人力资源社会保障局", "各区", "县级市"]
    assert units.split_units("区政府、乡镇") == ["区政府", "乡镇"]  # no collective name before it
    with using(_rules_without("bare_unit_kinds", "单位")):
        assert units.split_units("市直有关部门、单位") == ["市直有关部门", "单位"]
    # corpus 0015 (人社部等15部门 2020, review r20a 09): "（各有关部门、单位和地方各级人民政府按职责分工负责）" — the kind,
    # then 和 and another unit
    assert units.split_units("各有关部门、单位和地方各级人民政府") == ["各有关部门、单位", "地方各级人民政府"]


def test_label_modifiers():
    # 灵璧县卫健委 2021 任务分解 (www.lingbi.gov.cn/public/6626531/154359391.html) flattened: "主要协作单位"
    # glued to the lead's value; the lead is 县卫健委, not 县卫健委主要
    assert "主要" in rules.LABEL_MODIFIERS
    note = notes.parse_note("牵头责任单位:县卫健委主要协作单位:县民政局、县财政局")
    assert (note.lead, note.responsible) == (["县卫健委"], ["县民政局", "县财政局"])
    with using(_rules_without("label_modifiers", "主要")):
        assert notes.parse_note("牵头责任单位:县卫健委主要协作单位:县民政局").lead == ["县卫健委主要"]
    # 宣城市 2023年度城市管理工作要点 flattened (zjj.xuancheng.gov.cn/OpennessContent/show/2690142.html, review hh 04): "牵头责任部门:环卫处重点责任部门:园林绿化管理处、…" — the lead is 环卫处
    assert "重点" in rules.LABEL_MODIFIERS
    note = notes.parse_note("牵头责任部门:环卫处重点责任部门:园林绿化管理处、各县市区园林绿化管理部门")
    assert (note.lead, note.responsible) == (["环卫处"], ["园林绿化管理处", "各县市区园林绿化管理部门"])
    with using(_rules_without("label_modifiers", "重点")):
        assert notes.parse_note("牵头责任部门:环卫处重点责任部门:园林绿化管理处").lead == ["环卫处重点"]
    # 宁波 2014 民生实事 1—6月进展公示 (daily.cnnb.com.cn …content_776769.htm, review r17a 08): "…责任单位:市财政局 实际完成情况:…"
    assert "实际" in rules.LABEL_MODIFIERS
    doc = policy_extract.parse_text("2.新投放公共自行车3000辆。 牵头领导:李四 责任单位:市财政局 实际完成情况:已投放。\n")
    assert ([u.name for u in doc.tasks[0].responsible_units], doc.tasks[0].leaders) == (["市财政局"], ["李四"])


def test_clause_labels():
    # 广东 粤府〔2021〕22号 (jiu.foodmate.net/law/show.php?itemid=985): under each target, "分管省领导:X" and
    # "部门分工:X牵头,Y配合", a label whose value names the roles by its verbs
    assert "部门分工" in rules.CLAUSE_LABELS
    note = notes.parse_note("部门分工:省发展改革委牵头,各地、各部门配合")
    assert (note.lead, note.responsible) == (["省发展改革委"], ["各地", "各部门"])
    with using(_rules_without("clause_labels", "部门分工")):
        assert notes.parse_note("部门分工:省发展改革委牵头,各地、各部门配合").lead != ["省发展改革委"]


def test_clause_work_openings():
    # 平潭综合实验区2015年宜居环境建设行动计划实施方案 (changwu/pingtan-gov-zwgk-archive, review aq02): "责任分工：区规划局负责开展…，
    # 澳前片区开发管理局组织实施，嘉源公司作为业主单位，潭城镇人民政府全力配合,区交通与建设局业务检查指导。" — each clause names the unit
    # doing its share, most with no role verb: every one a responsible unit (the contract); the note had been no note at all
    assert {"作为", "业务", "全力"} <= set(rules.CLAUSE_WORK_OPENINGS)
    value = "责任分工：区规划局负责开展城市社区规划编制工作，澳前片区开发管理局组织实施，嘉源公司作为业主单位，潭城镇人民政府全力配合,区交通与建设局业务检查指导。"
    note = notes.parse_note(value)
    assert (note.lead, note.responsible) == ([], ["区规划局", "澳前片区开发管理局", "嘉源公司", "潭城镇人民政府", "区交通与建设局"])
    led = notes.parse_note("责任分工：由各片区开发管理局负责，区交通投资集团有限公司组织实施，区交通与建设局等区直部门配合。")
    assert led.responsible == ["各片区开发管理局", "区交通投资集团有限公司", "区交通与建设局", "区直部门"]
    # a unit named as leading leads; "其余由X负责" names X (diffreview-aa's probes)
    led = notes.parse_note("责任分工：区住建局作为牵头单位统筹推进，各乡镇人民政府组织实施，其余由各村委会负责。")
    assert (led.lead, led.responsible) == (["区住建局"], ["各乡镇人民政府", "各村委会"])
    # a unit helping the lead does not lead; 自由 is no 由 (diffreview-ab's probes)
    helper = notes.parse_note("责任分工：区住建局作为牵头单位统筹推进，区交通与建设局业务检查指导并协助牵头部门开展督查。")
    assert (helper.lead, helper.responsible) == (["区住建局"], ["区交通与建设局"])
    assert notes.parse_note("责任分工：平潭自由贸易片区管委会具体负责组织实施。").responsible == ["平潭自由贸易片区管委会"]
    with using(_rules_without("clause_work_openings", "作为", "业务")):
        assert "嘉源公司" not in (notes.parse_note(value) or notes.Note(0, 0, [], [])).responsible


def test_person_label_endings():
    # the same notice: "分管省领导:林克庆" names a person, a label no table lists
    assert "领导" in rules.PERSON_LABEL_ENDINGS
    text = "1.地区生产总值增长6%左右。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,各地、各部门配合\n"
    task = policy_extract.parse_text(text).tasks[0]
    assert (task.leaders, [u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (
        ["林克庆"], ["省发展改革委"], ["各地", "各部门"])


def test_a_part_titled_by_its_lead_unit_gives_the_lead_to_its_tasks():
    # 沁县 2025 任务清单 (m.ltwz.net/news/DPweP9gqoV.html): "一、县示范区管委会牵头工作(8项)"
    text = "一、县示范区管委会牵头工作(8项)\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n2.打造食用菌酵素生产基地。\n"
    assert [[u.name for u in t.lead_units] for t in policy_extract.parse_text(text).tasks] == [["县示范区管委会"]] * 2


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_an_item_titled_by_its_lead_unit_over_its_own_text_is_a_task_with_that_lead(joiner):
    # 山西省 2008年省人民政府工作目标责任分解 (晋政发[2008]8号, chinacourt.org …id/136571, review r29c 01):
    # "(一)省监察厅牵头的工作" over one sentence and no note had been no task; "(二)省审计厅牵头的工作" had kept its
    # title in the text and lost its lead
    lines = ["一、孟学农省长负责的工作", "全面负责省人民政府工作任务的落实。",
             "(一)省监察厅牵头的工作", "加强行政监察工作,全面落实政府系统党风廉政建设责任制。",
             "(二)省审计厅牵头的工作", "全面加强审计工作。", "协同单位:省直各部门和各市人民政府。",
             "(三)省编办牵头的工作", "1.深化行政管理体制改革,优化政府机构设置。", "2.积极稳妥地推进乡镇机构改革。",
             "协同单位:省财政厅、省人事厅等省直有关部门和各市人民政府。"]
    tasks = policy_extract.parse_text(joiner.join(lines) + "\n").tasks
    assert [(t.number, t.text[:8], [u.name for u in t.lead_units]) for t in tasks] == [
        ("(一)", "加强行政监察工作", ["省监察厅"]), ("(二)", "全面加强审计工作", ["省审计厅"]),
        ("1", "深化行政管理体制", ["省编办"]), ("2", "积极稳妥地推进乡", ["省编办"])]
    assert [u.name for u in tasks[1].responsible_units] == ["省直各部门", "各市人民政府"]
    # a title without 的 must stand alone: "市发改委牵头工作专班…" opens a sentence, it is no title
    assert current().lead_heading.match("市发改委牵头工作专班要加强调度。") is None


def test_leader_heading_verbs():
    # 桐乡市 2020年政府工作报告主要工作责任分解 (nbxinxi.com): each part names the leader over its tasks
    assert "主抓" in rules.LEADER_HEADING_VERBS
    text = "一、于会游市长主抓重点工作\n1.制定出台高质量发展政策体系。\n责任单位:财政局、发改局\n二、加强生态保护\n1.推进河道治理。\n责任单位:水利局\n"
    assert [t.leaders for t in policy_extract.parse_text(text).tasks] == [["于会游市长"], []]
    with using(_rules_without("leader_heading_verbs", "主抓")):
        assert [t.leaders for t in policy_extract.parse_text(text).tasks] == [[], []]
    # a title that opens with no person names none ("一、加强监管分管领域…" has no name before an office)
    assert policy_extract.parse_text(text.replace("于会游市长主抓重点工作", "市政府主抓重点工作")).tasks[0].leaders == []
    # 温州市龙湾区 2023 重点工作责任分解 (longwan.gov.cn/art/2023/3/22/art_1229536979_58972142.html, review r26c 09): "二、李丹常委、常务副区长牵头重点工作" — two offices, the first 常委
    assert "常委" in rules.PERSON_TITLES
    several = text.replace("于会游市长主抓重点工作", "李丹常委、常务副区长牵头重点工作")
    assert policy_extract.parse_text(several).tasks[0].leaders == ["李丹常委、常务副区长"]
    # 宁波市鄞州区 2024 政府工作报告目标任务分解清单 (nbyz.gov.cn/art/2024/2/2/art_1229109470_1784578.html, review r32b 01): the
    # office first, "一、区长陈兴立牵头重点工作", "二、常务副区长姚珂军牵头重点工作"; not a title that names no person after it
    office_first = text.replace("于会游市长主抓重点工作", "区长陈兴立牵头重点工作")
    assert policy_extract.parse_text(office_first).tasks[0].leaders == ["区长陈兴立"]
    assert policy_extract.parse_text(text.replace("于会游市长主抓重点工作", "常务副区长姚珂军牵头重点工作")).tasks[0].leaders == ["常务副区长姚珂军"]
    assert policy_extract.parse_text(text.replace("于会游市长主抓重点工作", "区长质量奖评选工作")).tasks[0].leaders == []
    # 绍兴 市政府2021年重点工作责任分工 (zhejiang.010b.com/policy/detail/102270.html, review r33b 09): no verb, the office
    # then 重点工作 ("一、徐国龙副市长重点工作")
    assert "重点工作" in rules.LEADER_HEADING_VERBS
    assert policy_extract.parse_text(text.replace("于会游市长主抓重点工作", "徐国龙副市长重点工作")).tasks[0].leaders == ["徐国龙副市长"]
    # 湖州 2024 政府工作报告重点工作责任分解 (review r36a 08): a name whose surname no list holds ("洪湖鹏市长主抓重点工作"),
    # but no verb taken for a name ("副市长牵头重点工作" names no one)
    assert policy_extract.parse_text(text.replace("于会游市长主抓重点工作", "洪湖鹏市长主抓重点工作")).tasks[0].leaders == ["洪湖鹏市长"]
    assert policy_extract.parse_text(text.replace("于会游市长主抓重点工作", "副市长牵头重点工作")).tasks[0].leaders == []


def test_a_part_of_key_projects_beside_the_task_section_holds_tasks():
    # corpus 0924 (河北 工业互联网 行动计划, review s15): "三、主要任务" and "四、重点工程" over "（一）工业互联网筑基工程。…到2025年，培育…"
    # — the projects are work as the tasks are; 0938 "六、重点工程" likewise
    assert "重点工程" in rules.TASK_SECTION_OPENING_WORDS
    text = ("一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n二、主要任务\n（一）完善网络体系。加快网络建设。\n"
            "三、重点工程\n（一）工业互联网筑基工程。到2025年，培育各级各类工业互联网平台150个。\n（二）数字化支撑能力提升工程。建设公共服务平台。\n"
            "四、保障措施\n（一）加强组织领导。建立工作机制。\n")
    assert [t.id for t in policy_extract.parse_text(text).tasks] == ["2.1", "3.1", "3.2"]
    with using(_rules_without("task_section_opening_words", "重点工程")):
        assert [t.id for t in policy_extract.parse_text(text).tasks] == ["2.1"]


def test_task_section_opening_words():
    # corpus 0051 (河北 2019 政务公开工作要点): four parts alike, the third naming 重点领域 inside its
    # title; no part is a task section, and the items of every part are the tasks
    assert "重点领域" in rules.TASK_SECTION_OPENING_WORDS
    text = (
        "一、加强发布解读回应，以公开稳预期\n（一）主动发布政务信息。围绕全省经济社会发展目标任务发布信息。\n"
        "二、推进决策和执行公开，以公开强监督\n（一）推进决策公开。完善重大决策公众参与机制。\n"
        "三、深化重点领域信息公开，以公开促落实\n（一）加强“三大攻坚战”信息公开。围绕防范化解重大风险公开信息。\n"
    )
    assert [t.id for t in policy_extract.parse_text(text).tasks] == ["1.1", "2.1", "3.1"]
    # a part titled by the words is the task section
    titled = text.replace("三、深化重点领域信息公开，以公开促落实", "三、重点领域")
    assert [t.id for t in policy_extract.parse_text(titled).tasks] == ["3.1"]
    with using(DEFAULT_RULES.replace(task_section_opening_words=(), task_section_keywords=rules.TASK_SECTION_KEYWORDS + ("重点领域",))):
        # once the old reading (["3.1"]); a task word inside one of parallel parts' titles names no section either
        assert [t.id for t in policy_extract.parse_text(text).tasks] == ["1.1", "2.1", "3.1"]
    # corpus 0583 (唐山 市场采购贸易方式试点 实施方案, review r23c 09): beside 四、主要任务, "五、政策措施" holds measures too
    assert "政策措施" in rules.TASK_SECTION_OPENING_WORDS
    plan = ("一、总体要求\n（一）指导思想。坚持改革创新。\n四、主要任务\n（一）建设信息平台。建设市场采购贸易联网信息平台。\n"
            "五、政策措施\n（一）市场主体准入政策。放宽市场采购贸易主体准入。\n六、保障措施\n（一）加强组织领导。成立工作专班。\n")
    assert [t.id for t in policy_extract.parse_text(plan).tasks] == ["4.1", "5.1"]
    with using(_rules_without("task_section_opening_words", "政策措施")):
        assert [t.id for t in policy_extract.parse_text(plan).tasks] == ["4.1"]
    # inside a title the words name no section (corpus 0692 "七、加强制度建设和工作督查，确保政策措施落实到位")
    closing = plan.replace("五、政策措施", "五、加强工作督查，确保政策措施落实到位")
    assert [t.id for t in policy_extract.parse_text(closing).tasks] == ["4.1"]
    # corpus 0652 (科技部 中央宣传部 中国科协 "十四五"国家科学技术普及发展规划, review c13-2): "三、重要任务" after 一、成效与需求
    # and 二、原则和目标; only its items are tasks. Deep in a sentence the words name no section ("…作为…的重要任务", corpus 0293)
    assert "重要任务" in rules.TASK_SECTION_OPENING_WORDS
    science = ("一、成效与需求\n（一）“十三五”期间科普工作成效显著。\n科普工作取得了显著成效。\n"
               "二、原则和目标\n（一）指导思想。\n以习近平新时代中国特色社会主义思想为指导。\n"
               "三、重要任务\n（一）强化新时代科普工作价值引领功能。\n着力塑造时代新风。\n")
    assert [t.id for t in policy_extract.parse_text(science).tasks] == ["3.1"]
    with using(_rules_without("task_section_opening_words", "重要任务")):
        assert [t.id for t in policy_extract.parse_text(science).tasks] == ["1.1", "2.1", "3.1"]


def test_task_section_keywords():
    assert "主要任务" in rules.TASK_SECTION_KEYWORDS and "重点任务" in rules.TASK_SECTION_KEYWORDS
    # yanta "三、主要任务"; xian-2023 / xian-2025 "二、重点任务": every task sits in them
    for stem, heading in ((YANTA, "三、主要任务"), (STD2023, "二、重点任务"), (EFF2025, "二、重点任务")):
        quote(stem, heading)
        assert {t.path[0] for t in document(stem).tasks} == {heading}
        chosen = select_task_nodes(outline(stem), Options())
        assert chosen and all(section(outline(stem), heading[:2]) in n.ancestors() for n in chosen)
    # synthetic order of two real headings: only the keyword section holds the tasks
    text = "\n".join(
        [
            quote(YANTA, "三、主要任务"),
            "1.明确政务服务事项范围。政务服务事项包括依申请办理的行政权力事项和公共服务事项。",
            quote(HANZHONG, "二、不断完善高效协同监管体系"),
            "1.深化跨部门综合监管。加强行业监管。",
        ]
    )
    assert _task_paths(text) == [("1", "三、主要任务")]
    assert _task_paths(text, _rules_without("task_section_keywords", "主要任务")) == [("1", "三、主要任务"), ("1", "二、不断完善高效协同监管体系")]
    # 某市 社会化除运雪 方案 (review gv 04, flattened): "三、职责分工" run on into its opening sentence, which names 组织领导 — the part
    # divides the work by unit, its items are tasks
    assert "职责分工" in rules.TASK_SECTION_KEYWORDS
    duties = ("某市方案\n(三)社会化除运雪街路不得使用融雪剂。\n三、职责分工市除雪指挥部负责全市社会化除运雪的组织领导工作。\n"
              "(一)市除运雪指挥部办公室负责指导、协调、监督、检查工作。\n(二)市工商局负责配合除运雪管理部门督促经营性单位完成任务。\n")
    assert [t.number for t in policy_extract.parse_text(duties).tasks] == ["(一)", "(二)"]
    assert [t.number for t in policy_extract.parse_text(duties, rules=_rules_without("task_section_keywords", "职责分工")).tasks] == ["(三)"]



def test_work_focus_is_a_task_section():
    """"四、工作重点" holds the work as "重点任务" does: every item under it is a task, beside
    those under "五、主要措施" (河北省保护知识产权行动纲要 2006-2007, corpus 0627)."""
    assert "工作重点" in rules.TASK_SECTION_KEYWORDS
    text = "\n".join([
        "三、工作要求",
        "（三）建立健全统一领导、部门分工负责的保护知识产权工作机制。进一步加强各级政府执法协调机制建设。",
        "四、工作重点",
        "（四）著作权保护工作要以继续推进软件正版化工作为重点，探索建立著作权管理的长效机制。",
        "（五）各级专利管理部门要继续加大专利行政执法力度，严厉打击专利违法行为。",
        "五、主要措施",
        "（六）充分发挥行业协会和知识产权中介组织的作用。",
    ])
    assert _task_paths(text) == [("（四）", "四、工作重点"), ("（五）", "四、工作重点"), ("（六）", "五、主要措施")]
    assert _task_paths(text, _rules_without("task_section_keywords", "工作重点")) == [("（六）", "五、主要措施")]


def test_reform_and_building_tasks_are_task_sections():
    """"二、建设与改革任务" holds the work (corpus 0571, 塞罕坝机械林场“二次创业”实施意见 2024, review r18b 02): its items
    without a note of their own are tasks beside those with one; "四、建设任务" (corpus 1050) likewise."""
    assert {"改革任务", "建设任务"} <= set(rules.TASK_SECTION_KEYWORDS)
    text = "\n".join([
        "一、总体要求",
        "坚持生态优先。",
        "二、建设与改革任务",
        "（一）实施精神铸魂工程。",
        "1.加强精神研究阐释。组建生态文明领域专家智库。（责任单位：省委党校、省林业和草原局）",
        "2.拓展展览馆宣传教育功能。提升展览馆展陈水平。",
        "3.推进精神进校园。组织青少年开展研学活动。",
    ])
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "3"]
    assert [t.number for t in policy_extract.parse_text(text, rules=_rules_without("task_section_keywords", "改革任务")).tasks] == ["1"]

def test_campaign_and_pilot_tasks_are_task_sections():
    """"三、整治任务" (高庄镇 环境卫生大整治 2021, jhxc.xixianxinqu.gov.cn, review s1d 02) holds the work though a later
    "四、责任分工" has notes; "四、试点任务" (corpus 0089, 1114) over "二、试点时间"/"三、试点范围", which are none;
    "任务举措" (corpus 1007)."""
    assert {"整治任务", "试点任务", "任务举措"} <= set(rules.TASK_SECTION_KEYWORDS)
    text = "\n".join([
        "三、整治任务:",
        "1.清理整治村庄内外“三堆”、清理阴阳沟漂浮垃圾;",
        "四、责任分工:",
        "1.由保洁公司负责组织各村保洁人员,按区域及分工开展整治工作,安排协调好生活垃圾清运工作;",
    ])
    assert _task_paths(text) == [("1", "三、整治任务:"), ("1", "四、责任分工:")]
    assert _task_paths(text, _rules_without("task_section_keywords", "整治任务")) == [("1", "四、责任分工:")]
    pilot = "二、试点时间\n2019年6月至11月。\n三、试点任务\n（一）确定告知承诺适用对象。社会保险参保人员适用6项经办业务。\n"
    assert _task_paths(pilot) == [("（一）", "三、试点任务")]


def test_a_part_named_for_the_division_of_work_is_the_task_section():
    """"四、工作分工" (上海市不动产登记领域证明事项告知承诺制实施方案 2022, zhiyao87/Shanghai-Gov-Docs-Index
    docs/规划与土地, review am03): its items are the work; "一、适用告知承诺制的证明事项" lists certificates and
    "二、适用条件和程序" says who may apply, neither a task."""
    assert "工作分工" in rules.TASK_SECTION_KEYWORDS
    text = "\n".join([
        "一、适用告知承诺制的证明事项",
        "（一）房地产的法定继承人、遗嘱继承人死亡证明",
        "适用于未经公证不动产继承（遗赠）转移登记。",
        "二、适用条件和程序",
        "各登记事务机构在办理上述申请时，发现登记申请人缺少相关的证明材料的，应当告知申请人。",
        "四、工作分工",
        "（一）制度配套",
        "根据不动产登记类别制作告知承诺书格式文本，修改不动产登记办事指南。",
        "（二）信息化配套",
        "根据制度和不动产登记类别改造政务服务事项办理系统，增加告知承诺流程。",
    ])
    assert _task_paths(text) == [("（一）", "四、工作分工"), ("（二）", "四、工作分工")]
    assert len(policy_extract.parse_text(text, rules=_rules_without("task_section_keywords", "工作分工")).tasks) > 2


def test_a_campaigns_span_is_no_task():
    # 平潭 2016 “碧海”专项行动 (changwu/pingtan-gov-zwgk-archive, review ay01): "二、行动时间 自发文之日起至11月30日。" is the span of
    # the whole campaign, no work item (rules.NON_TASK_SECTION_NAMES); its 三、行动任务 holds the work
    assert {"行动时间", "活动时间"} <= set(rules.NON_TASK_SECTION_NAMES)
    text = ("二、行动时间\n自发文之日起至11月30日。\n三、行动任务\n（一）海洋工程建设项目方面。联合开展检查。\n"
            "（二）海洋倾废查处整顿方面。开展海上执法巡查。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）", "（二）"]
    assert "二" in [t.number for t in policy_extract.parse_text(text, rules=_rules_without("non_task_section_names", "行动时间")).tasks]


def test_an_activitys_contents_and_work_measures_are_task_sections():
    """"三、活动内容" (corpus 0285, 0127, 0993: an activity plan's 时间/主题/对象 are no tasks) and "工作举措" (corpus 0010)
    hold the work (review c12-2)."""
    assert {"活动内容", "工作举措"} <= set(rules.TASK_SECTION_KEYWORDS)
    text = "\n".join([
        "一、活动主题", "就业帮扶，真情相助。", "二、活动时间", "2019年1月2日至1月30日。",
        "三、援助对象", "（一）就业困难人员；", "（二）零就业家庭成员。",
        "四、活动内容", "（一）开展摸底调查。全面摸清困难群众就业需求。", "（二）落实就业帮扶。为困难群众提供岗位信息。",
    ])
    assert _task_paths(text) == [("（一）", "四、活动内容"), ("（二）", "四、活动内容")]
    assert len(policy_extract.parse_text(text, rules=_rules_without("task_section_keywords", "活动内容")).tasks) > 2  # 主题, 时间 … too


def test_a_short_title_that_announces_the_items_below_it_names_a_task_section():
    """"二、着重做好以下工作:" (哈尔滨 2021 政府工作报告, a news outline, hlj.sina.com.cn, review s5c 08): its items are the
    work, titles alone though they are; a part whose title is a sentence ("十一、符合条件的新型研发机构，可适用以下政策措施。",
    corpus 0671) names none."""
    text = "二、着重做好以下工作:\n(一)创新驱动高质量发展,切实增强产业竞争力\n1、以创新做强和催生更多市场主体\n2、以数字经济带动工业强市\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2"]
    long = "十一、符合条件的新型研发机构，可适用以下政策措施。\n（一）按照规定组织或参与职称评审工作。\n十二、鼓励设立科技类新型研发机构。\n"
    assert [t.number for t in policy_extract.parse_text(long).tasks] == ["（一）", "十二"]


NON_TASK_HEADINGS = [
    (STD2023, "一、总体要求"),
    (STD2023, "三、保障措施"),
    (EFF2025, "三、工作要求"),
    (YANTA, "一、发展现状与形势"),
    (YANTA, "二、总体要求"),
    (YANTA, "四、保障措施"),
    (YANTA, "(一)指导思想"),
    (YANTA, "(二)基本原则"),
    (YANTA, "(三)发展目标"),
    (YANTA, "(四)实现路径"),
    (YANTA, "名词解释"),
]


@pytest.mark.parametrize("stem,heading", NON_TASK_HEADINGS, ids=[h for _, h in NON_TASK_HEADINGS])
def test_non_task_section_keywords(stem, heading):
    quote(stem, heading)
    assert any(k in heading for k in rules.NON_TASK_SECTION_KEYWORDS)
    for task in document(stem).tasks:
        assert heading.replace(" ", "") not in [p.replace(" ", "") for p in task.path]


def test_a_requirements_part_of_any_wording_is_no_task_section():
    # "有关要求", "其他要求" are 工作要求 worded otherwise (corpus 1034 河北 营养改善计划 提标扩面方案 "六、有关要求（一）提高政治站位。",
    # 0217 "四、其他要求（一）高度重视…", review c-rev b): requirements on how to work, not the work; a unit note still makes a task there
    assert {"有关要求", "其他要求", "相关要求"} <= set(rules.NON_TASK_SECTION_NAMES)  # the part's whole name: a work heading may say
    # "（二）严格落实中央生态环境保护督察有关要求" over its items (diffreview-s23's probe)
    inside = "二、重点任务\n（一）严格落实中央生态环境保护督察有关要求\n1.抓好督察反馈问题整改。\n2.强化整改成效评估。\n"
    assert [t.number for t in policy_extract.parse_text(inside).tasks] == ["1", "2"]
    text = ("五、提标扩面\n（一）扩大覆盖范围。将17个县全部纳入营养改善计划。\n六、有关要求\n（一）提高政治站位。各级教育部门要精心组织。\n"
            "（二）强化监督检查。各地要建立问责制度。\n")
    assert [(t.number, t.path) for t in policy_extract.parse_text(text).tasks] == [("（一）", ["五、提标扩面"])]
    without = _rules_without("non_task_section_names", "有关要求", "其他要求", "相关要求")
    assert [t.number for t in policy_extract.parse_text(text, rules=without).tasks] == ["（一）", "（一）", "（二）"]
    noted = text.replace("问责制度。", "问责制度。（省教育厅负责）").replace("精心组织。", "精心组织。（省委宣传部负责）")
    assert [(t.number, t.path[0]) for t in policy_extract.parse_text(noted).tasks] == [("（一）", "六、有关要求"), ("（二）", "六、有关要求")]


def test_a_note_over_a_non_task_sections_items_gives_them_work():
    # the contract: a note on a group heading gives its units to each item below it, and a note assigns work in any section;
    # a note closing the last of items none of which has its own is the list's (运城市 2017, test_segment), here 保障措施's
    text = ("一、主要任务\n（一）严厉打击制售假劣药品。依法查处违法犯罪分子。\n二、保障措施\n（一）加强组织领导。建立联席会议制度。\n"
            "（二）加强督查。建立督查通报制度。\n（省药监局负责）\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.path[0], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("（一）", "一、主要任务", []), ("（一）", "二、保障措施", ["省药监局"]), ("（二）", "二、保障措施", ["省药监局"])]
    # a part by its name alone, whatever its number: "（二）主要任务" over 1.–3., the note at the end of 3.'s line 3.'s (diffreview-g2 p23)
    parts = ("（一）工作目标\n到2024年底，辖区生活垃圾分类覆盖率达到100%。\n（二）主要任务\n1.开展垃圾分类宣传进社区活动。\n2.完善垃圾分类投放点设施。\n"
             "3.推进垃圾分类示范小区创建。（街道城管办牵头，各社区居委会配合）\n")
    assert [[u.name for u in t.lead_units] for t in policy_extract.parse_text(parts).tasks] == [[], [], ["街道城管办"]]
    # a group's title holding a section's words is no part: the note closing its last item's run is the list's (diffreview-g1 probe 02, flat)
    group = ("三、重点任务（一）强化工作措施（1）全面开展村庄清洁行动。（2）建立健全村庄保洁长效机制。（3）推行垃圾分类减量。"
             "（责任单位：县农业农村局、各乡镇人民政府）（二）加快农村户厕改造。（县农业农村局牵头）\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(group).tasks][:3] == [["县农业农村局", "各乡镇人民政府"]] * 3
    # at the end of (二)'s own line, the note is (二)'s: (一) of 保障措施 no task (diffreview-f1 probe 05)
    own = text.replace("。\n（省药监局负责）", "。（省药监局负责）")
    assert [(t.number, t.path[0]) for t in policy_extract.parse_text(own).tasks] == [("（一）", "一、主要任务"), ("（二）", "二、保障措施")]


def test_a_targets_part_is_no_task_section():
    # 福州市鼓樓區職業技能提升行動實施方案(2019—2021年) (news.depuw.cn …/11999.html, review s8c 08): "一、目標要求"
    # (its targets, 2019年至2021年) over the parts of work
    assert "目标要求" in rules.NON_TASK_SECTION_KEYWORDS
    text = "\n".join([
        "一、目标要求", "2019年至2021年,全区开展各类补贴性职业技能培训1.5万人次。",
        "二、开展有针对性的职业技能培训", "(一)发挥企业培训主体作用。鼓励企业制定职工培训计划。", "(二)加强培训基础建设。",
    ])
    assert _task_paths(text) == [("(一)", "二、开展有针对性的职业技能培训"), ("(二)", "二、开展有针对性的职业技能培训")]


def test_an_inspection_plans_purpose_and_method_are_no_task_sections():
    # 区管委会办公室 专项督查 (tianjinjuncheng.com …post_2061608.html, review r20b 09, simplified): "一、督查目的" (prose) and
    # "四、督查方式" had come out as tasks; corpus 0175 (督查工作方案 2017) lists its methods 听取汇报/座谈调研/实地走访 under it
    assert {"督查目的", "督查方式", "目的意义"} <= set(rules.NON_TASK_SECTION_KEYWORDS)
    text = "\n".join([
        "一、督查目的", "围绕市委、市政府工作部署，确保年初的各项目标任务落地生根、见到成效。",
        "二、督查安排", "（一）2018年1月4日上午听取汇报。", "（二）2018年1月4日下午实地督查。",
        "三、督查方式", "（一）听取汇报。认真听取各市工作情况汇报。", "（二）座谈调研。与政府有关部门、企业进行座谈。",
    ])
    assert [p for _, p in _task_paths(text)] == ["二、督查安排", "二、督查安排"]
    # 静安区 轨道交通“四长联动”工作方案 (zhiyao87/Shanghai-Gov-Docs-Index, review ai07): "一、工作目的" over one paragraph had been a task
    assert "工作目的" in rules.NON_TASK_SECTION_KEYWORDS
    text = ("一、工作目的\n为进一步加强轨道交通站点周边综合治理，建立“四长联动”工作机制，特制定本方案。\n二、联动机制\n"
            "（一）建立联席会议制度。每季度召开一次联席会议。\n（二）开展联合整治。每月开展一次联合整治。\n")
    assert [p for _, p in _task_paths(text)] == ["二、联动机制", "二、联动机制"]


def test_a_plans_guiding_principles_and_aims_are_no_task_section():
    # 河北省残疾人事业发展“十二五”规划 (corpus 0592, review c24-3): "二、指导原则和奋斗目标" over （一）指导原则 and
    # （二）主要目标 had given two tasks in a plan whose parts of work name no task-section word
    assert {"指导原则", "奋斗目标"} <= set(rules.NON_TASK_SECTION_KEYWORDS)
    text = "\n".join([
        "二、指导原则和奋斗目标", "（一）指导原则。", "以邓小平理论和“三个代表”重要思想为指导，深入贯彻科学发展观。",
        "（二）主要目标。", "基本建立残疾人医疗康复体系。残疾人医疗康复保障和服务网络基本建立。",
        "三、实施重点发展战略", "（一）实施“万名贫困聋人复听工程”。动员企业、社会慈善机构和人士参与，为全省1万名贫困轻度聋人安装助听器。",
    ])
    assert _task_paths(text) == [("（一）", "三、实施重点发展战略")]
    # corpus 1006, 0996 (河北 特岗计划 2018, 2019): "二、特岗计划的实施原则" over four principles
    assert "实施原则" in rules.NON_TASK_SECTION_KEYWORDS
    text = "\n".join(["二、特岗计划的实施原则", "（一）特岗计划采取公开招聘的方式，招聘工作由省教育厅具体负责。",
                     "（二）实施特岗计划要与中小学教师编制管理相结合。", "三、实施重点发展战略", "（一）实施“万名贫困聋人复听工程”。为全省1万名贫困轻度聋人安装助听器。"])
    assert _task_paths(text) == [("（一）", "三、实施重点发展战略")]


@pytest.mark.parametrize("heading, items", [
    # corpus 1006 (河北 2018 特岗计划, review c24-3: 0996 of 2019 alike): who may apply, not work to do
    ("三、特岗计划的招聘对象和条件", ["（一）招聘对象。", "1.全日制普通高校2018年应届和往届本科及以上毕业生。", "2.具有河北省户籍（或生源）的全日制普通高校2018年应届和往届师范类专业专科毕业生。"]),
    ("三、招聘条件", ["（一）招聘对象", "1.普通高等学校本科及以上毕业生，以师范类专业为主。"]),  # corpus 0959
    ("三、申报条件", ["（一）经营证照齐全，公司章程、各项管理制度健全，有开展业务必备的固定场所。"]),  # corpus 0186 (诚信服务示范机构评选)
    ("一、申报对象和条件", ["（一）申报对象：河北省内获得国内和国际知名工业设计奖项的单位。"]),  # corpus 0926
    ("二、评选条件", ["（一）热爱教育事业，具有良好的职业道德。"]),  # corpus 1002 (评选中小学和幼儿园骨干教师)
    ("五、奖项设置", ["（一）部级奖项", "1.全国赛团体奖项。特等奖1名、一等奖5名、二等奖10名、三等奖16名。"]),  # corpus 0096
    # corpus 0349, 0220 (河北 事业单位工作人员年度考核 2021, 2016; review c25-1, c24-3): whom the appraisal covers and what a grade
    # brings, not work to do
    ("二、考核范围和内容及等次标准", ["（一）考核范围。省直事业单位工作人员年度考核工作，在处级及其以下人员中进行。"]),
    ("四、考核结果的使用", ["(一)被确定为合格及以上等次的人员", "1．按照有关规定晋升薪级工资；"]),
])
def test_who_may_apply_and_the_prizes_are_no_task_section(heading, items):
    assert any(k in heading for k in rules.NON_TASK_SECTION_KEYWORDS)
    text = "\n".join([heading, *items, "四、申报程序", "（一）各地要认真组织推荐，确保工作顺利开展。", "（二）各地要于6月底前报送推荐材料。"])
    assert [(t.number, t.path) for t in policy_extract.parse_text(text).tasks] == [("（一）", ["四、申报程序"]), ("（二）", ["四、申报程序"])]


def test_a_section_word_a_sentence_goes_on_from_names_no_section():
    # corpus 0022 (河北 技师考评, 2003): "五、报名考试技师考核由省人事考试中心负责，凡符合技师申报条件的工人，填写技师报名表" is work
    text = "\n".join(["四、申报条件", "（一）正常申报。高级工满5年且工作年限20年及以上。",
                     "五、报名考试技师考核由省人事考试中心负责，凡符合技师申报条件的工人，填写技师报名表，经单位推荐报考。"])
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["五"]
    # corpus 0213 (人社厅发〔2017〕133号 flattened, review s1): a section's word inside a condition that 的 closes ("…已启动组织实施鉴定工作的，")
    text = ("一、各地区要严格按照《目录》组织开展职业技能鉴定。二、对于未列入《目录》但已启动组织实施鉴定工作的，各地区、各有关部门要抓紧做好后续工作。"
            "三、有关行业技能鉴定机构要在《目录》规定的范围内组织开展鉴定工作。")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一", "二", "三"]
    assert [t.number for t in policy_extract.parse_text("二、组织实施\n（一）各地要抓紧落实。\n三、重点任务\n（一）推进鉴定。\n").tasks] == ["（一）"]


def test_a_part_on_the_significance_of_the_work_is_no_task():
    # corpus 0702 (国科发高〔2015〕3号, review r23c 04): "一、推动科技型中小企业创新发展的重要意义" — a definition and the
    # background, no work; so 0701's and 1068's "一、充分认识…的重要意义"
    assert "重要意义" in rules.NON_TASK_SECTION_KEYWORDS
    text = ("一、推动科技型中小企业创新发展的重要意义\n科技型中小企业是指从事高新技术产品研发、生产和服务的中小企业群体。\n"
            "二、加大政策支持力度\n（一）完善财税政策。落实研发费用加计扣除政策。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]
    assert [t.number for t in policy_extract.parse_text(text, rules=_rules_without("non_task_section_keywords", "重要意义")).tasks] == ["一", "（一）"]
    # corpus 0115 (冀政发 深化“放管服”改革, review r27a 10): "一、充分认识深化“放管服”改革的重大意义" over four （一）–（四）;
    # corpus 0758 (review r27a 08): "一、总体思路" (a paragraph) and "六、强化实施保障" over （一）–（三）
    assert {"重大意义", "总体思路", "实施保障"} <= set(rules.NON_TASK_SECTION_KEYWORDS)
    plan = ("一、总体思路\n以习近平新时代中国特色社会主义思想为指导，到2020年，基本建立适应创新驱动发展要求的评价制度。\n"
            "二、深化项目评审改革\n（一）优化科技计划项目评审。完善项目评审机制。\n六、强化实施保障\n（一）加强组织领导。建立协调机制。\n")
    assert [t.id for t in policy_extract.parse_text(plan).tasks] == ["2.1"]


def test_the_standing_duties_of_a_body_are_no_tasks():
    # corpus 0631 (河北省政府办公厅 组建安全生产监察队伍 2005, review r24c 01): "二、主要职责" lists the duties of the 支队 set
    # up, "（一）负责对各生产经营单位…的日常执法监察；" — no work to track; "工作职责" stays a task word (0145 "(二)明确工作职责"
    # over "1.加强劳动争议预防。…")
    assert "主要职责" in rules.NON_TASK_SECTION_KEYWORDS and "工作职责" not in rules.NON_TASK_SECTION_KEYWORDS
    text = ("一、名称和规格\n组建市安全生产监察支队，为副处级机构。\n二、主要职责\n（一）负责对各生产经营单位安全生产的日常执法监察；\n"
            "（二）负责对企业的安全生产条件进行监察执法；\n三、时间要求\n各设区市要在2005年12月31日前组建完成。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一", "三"]
    assert [t.number for t in policy_extract.parse_text(text, rules=_rules_without("non_task_section_keywords", "主要职责")).tasks] == ["一", "（一）", "（二）", "三"]


def test_non_task_section_keywords_decide():
    # synthetic order of real headings, no task-section keyword and no notes: every
    # section's items are tasks except those under 总体要求 and 保障措施
    text = "\n".join(
        [
            quote(STD2023, "一、总体要求"),
            "（一）指导思想。以习近平新时代中国特色社会主义思想为指导。",
            quote(HANZHONG, "二、不断完善高效协同监管体系"),
            "1.深化跨部门综合监管。加强行业监管。",
            "2.加快社会信用体系建设。健全政府诚信履约机制。",
            quote(STD2023, "三、保障措施"),
            quote(STD2023, "（一）强化组织领导。"),
        ]
    )
    assert _task_paths(text) == [("1", "二、不断完善高效协同监管体系"), ("2", "二、不断完善高效协同监管体系")]
    assert [p for _, p in _task_paths(text, DEFAULT_RULES.replace(non_task_section_keywords=()))] == ["一、总体要求", "二、不断完善高效协同监管体系", "二、不断完善高效协同监管体系", "三、保障措施"]


def test_non_task_sections_of_a_call_for_nominations():
    # corpus 0314 (全国技术能手 推荐, review s9): "二、推荐名额各地可推荐…共1名", "三、推荐条件推荐对象须…", "五、奖励办法"; 0325 (继续教育基地
    # 申报, s9): "一、申报范围…", "四、申报材料" over "1.《…申报表》一式三份；" — who may be put forward, what to hand in, what a winner
    # gets; "四、推荐程序" is the work
    assert {"推荐条件", "推荐名额", "申报范围", "奖励办法", "申报材料"} <= set(rules.NON_TASK_SECTION_NAMES)
    text = ("一、申报范围国家级专业技术人员继续教育基地主要从高等院校、科研院所中遴选。\n二、推荐名额各地可推荐候选人共1名。\n"
            "三、推荐条件\n（一）中华技能大奖。来自生产服务一线，从事本职业10年以上。\n四、推荐程序\n（一）各地要广泛宣传发动，自下而上逐级审核推荐。\n"
            "（二）各地组织初审，成立评审委员会进行评审。\n五、申报材料\n1.《国家级专业技术人员继续教育基地申报表》一式三份；\n2.法人登记证书复印件。\n"
            "六、奖励办法\n（一）全国技术能手：人力资源社会保障部授予全国技术能手称号。\n")
    assert [p for _, p in _task_paths(text)] == ["四、推荐程序", "四、推荐程序"]
    lax = _rules_without("non_task_section_names", "推荐条件", "推荐名额", "申报范围", "奖励办法").replace(qualifying_section_endings=())
    assert len(policy_extract.parse_text(text, rules=lax).tasks) > 2
    # the words naming work on them are no such part (diffreview-v): "一、完善科技奖励办法", "一、合理分配推荐名额，严格推荐程序"
    work = ("一、完善科技奖励办法\n（一）修订省科学技术奖励办法，2022年底前报省政府审定。\n二、合理分配推荐名额，严格推荐程序\n"
            "（一）各市要根据人才规模合理分配推荐名额，5月底前报省厅备案。\n")
    assert len(policy_extract.parse_text(work).tasks) == 2
    # a part naming what to hand in and a procedure is the procedure's ("四、申报材料和选拔程序", corpus 0216)
    both = "四、申报材料和选拔程序\n（一）复核汇总。省人社厅对申报材料进行复核。\n（二）专家评审。省人社厅组织专家评审。\n"
    assert len(_task_paths(both)) == 2


def test_parts_named_for_the_means_of_the_work_give_no_tasks():
    # 嘉定区违法用地综合整治三年行动 工作方案 (zhiyao87/Shanghai-Gov-Docs-Index, review af01): "六、工作保障" over （一）–（三） without notes;
    # 虹口区 电动自行车集中充电场所 消防为民办实事项目实施方案 (review z06): "五、经费保障" and its funding sentence — as 保障措施 is
    assert {"工作保障", "经费保障"} <= set(rules.NON_TASK_SECTION_NAMES)
    text = ("五、整治步骤\n（一）开展全面排查。各街镇于2024年6月底前完成排查。\n（二）推进分类处置。各街镇于2025年底前完成处置。\n六、工作保障\n"
            "（一）加强组织领导。成立区违法用地综合整治工作领导小组。\n（二）强化督查考核。将整治工作纳入年度绩效考核。\n")
    assert [p for _, p in _task_paths(text)] == ["五、整治步骤", "五、整治步骤"]
    funding = "四、实施步骤\n（一）第一季度：做好项目立项工作。\n五、经费保障\n经初步匡算，共需经费约400万元，由区级财政承担。\n"
    assert all(not t.path or t.path[0] != "五、经费保障" for t in policy_extract.parse_text(funding).tasks) and all(t.number != "五" for t in policy_extract.parse_text(funding).tasks)
    # work on a system that funds it is no such part ("七、完善流动人员人事档案基本公共服务经费保障制度。…", corpus 0301)
    work = "六、规范档案转递\n（一）各地要规范转递。\n七、完善流动人员人事档案基本公共服务经费保障制度。自2015年1月1日起，取消收取档案保管费。\n"
    assert "七" in [t.number for t in policy_extract.parse_text(work).tasks]


def test_non_task_section_keywords_of_a_review():
    # corpus 1038 (河北省教育厅 2015 全面改薄 检查 通报, review c18-2): "一、主要成效和经验", "二、存在的主要问题" report and find,
    # they give no work (gold 001: a review of past work is no task); corpus 0587 (河北 2019 履行教育职责 自查自评): "二、工作成效",
    # "三、经验做法", "四、存在的主要问题"
    assert {"主要成效", "工作成效", "经验做法", "存在的问题", "主要问题"} <= set(rules.NON_TASK_SECTION_OPENINGS)
    text = ("一、主要成效和经验\n（一）领导重视，组织机构健全。各县都成立了领导小组。\n二、存在的主要问题\n（一）项目进度慢。部分县开工率低。\n"
            "三、经验做法\n（一）统筹推进。各地建立了工作台账。\n四、下一步工作\n（一）加快项目建设。各县要倒排工期。\n")
    assert [p for _, p in _task_paths(text)] == ["四、下一步工作"]
    assert len(_task_paths(text, _rules_without("non_task_section_openings", "主要成效", "存在的主要问题", "主要问题", "经验做法"))) == 4
    # opening the title only, and not with a task section's word: work on problems and a rectification plan's parts stay
    # (review diffreview-s19: "一、着力解决群众反映强烈的主要问题", "二、存在的问题及整改措施")
    text = "一、着力解决群众反映强烈的主要问题\n（一）整治农村人居环境。开展村庄清洁行动。\n二、加强组织领导\n（一）健全工作机制。\n"
    assert [p for _, p in _task_paths(text)] == ["一、着力解决群众反映强烈的主要问题"]
    text = "一、基本情况\n二、存在的问题及整改措施\n（一）理论学习不够深入。整改措施：制定年度学习计划。\n"
    assert [p for _, p in _task_paths(text)] == ["二、存在的问题及整改措施"]


def test_a_group_naming_a_task_word_among_parallel_groups_is_no_task_section():
    # 2022年武汉交通运输工作要点 (review s20a 04): "(二)落实好省级交通强国试点任务" holds 试点任务, a task-section word; it had
    # made its group the notice's only task section, and the items of (一) and (三) were lost
    text = ("(一)统筹好全市交通强国战略实施\n1.紧紧围绕上级赋予武汉的战略任务,谋划推进全市一盘棋的工作机制。\n2.全面实施武汉综合交通运输“十四五”等4个规划。\n"
            "(二)落实好省级交通强国试点任务\n3.紧盯交通运输部批复我省交通强国建设试点目标,确保各方面任务按期完成。\n"
            "(三)推动交通基础设施建设\n4.加快推进武汉枢纽直通线建设。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "3", "4"]
    # a section named by the word at its title's start stays the one ("二、重点任务" among "一、总体要求", "三、保障措施")
    text = "一、总体要求\n(一)指导思想。坚持系统观念。\n二、重点任务\n(一)推进项目建设。加快开工。\n三、保障措施\n(一)加强组织领导。\n"
    assert [t.path[0] for t in policy_extract.parse_text(text).tasks] == ["二、重点任务"]


def test_an_item_that_says_when_the_notice_takes_effect_is_no_task():
    # corpus 0636 (财政部等 科技创新专项担保计划 2024, review c18-2): "（三）本专项担保计划自印发后执行。执行中如有问题，请及时报告。";
    # corpus 0288 "十五、本通知自2014年10月1日起施行。", 0545 "37.本办法自公布之日起施行。"
    text = ("四、监督管理\n（一）财政部加强对融担基金风险补偿资金监督管理，确保资金安全高效使用。\n"
            "（二）本专项担保计划自印发后执行。执行中如有问题，请及时报告。\n（三）本办法自公布之日起施行。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]
    # work that names the notice stays ("（四）本方案实施中各单位要加强协调配合。")
    assert [t.number for t in policy_extract.parse_text(text + "（四）本方案实施中各单位要加强协调配合。\n").tasks] == ["（一）", "（四）"]
    # corpus 0822 (河北省实验室建设工作指引, review c29-1): under a short title, "七、其他" over "本工作指引自公布之日起施行，有效期3年。"
    text = "六、考核评估\n（三）开展长效评估。省科技厅委托第三方机构进行绩效评估。\n七、其他\n本工作指引自公布之日起施行，有效期3年。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（三）"]
    # but work after the clause keeps the item (diffreview-s22's probe)
    text = text.replace("有效期3年。", "有效期3年。各县区要于3月底前制定具体实施方案。（各县区政府负责）")
    assert "七" in [t.number for t in policy_extract.parse_text(text).tasks]
    # corpus 0288, 0289 (人社部 总后勤部 2015, review c31-1, c31-2): "十六、本通知由人力资源社会保障部、总后勤部负责解释。", an annex list under it
    text = ("十四、中国人民武装警察职业年金转移接续有关问题执行本通知。十五、本通知自2014年10月1日起施行。十六、本通知由人力资源社会保障部、"
            "总后勤部负责解释。附件：1．军人职业年金缴费凭证2．军人退休（供养）证明\n")
    assert [(t.number, t.responsible_units) for t in policy_extract.parse_text(text).tasks] == [("十四", [])]
    # the same clause run on into the one that says when it holds: "（二）本工作细则由临港新片区管委会负责解释，自印发之日起施行。" (临港新片区
    # 2021 民防工程 实施意见, zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防, review cb08) had been a task with 临港新片区管委会 responsible
    text = "五、其他\n（一）民防配建要求须严格按规划落实。\n（二）本工作细则由临港新片区管委会负责解释，自印发之日起施行。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]
    # but work after the comma keeps the item (diffreview-ah's probe)
    text = "五、其他\n（一）民防配建要求须严格按规划落实。\n（二）本方案由市发改委负责解释，各县区要于6月底前制定实施细则报市发改委备案。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）", "（二）"]
    # corpus 0808 (冀科政〔2013〕15号, review c28-2): "十二、本实施办法自印发之日起实行。"
    text = "十一、省内高校、科研院所和国有企事业单位要加强领导，大力支持鼓励所属的科技人员创办科技型企业。十二、本实施办法自印发之日起实行。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["十一"]
    # 上海 街镇 实施意见 (zhiyao87/Shanghai-Gov-Docs-Index docs/街镇级发文, reviews an06, an07, ao03): "1、本实施意见自发文之日起试行；",
    # "（二）本意见如与国家和上海市的有关法律、法规及上级文件精神有抵触的，以法律、法规及上级文件精神为准。" — when it holds and what prevails
    text = ("六、其他事项\n（一）各部门要加强协调配合，确保各项工作落到实处。\n"
            "（二）本意见如与国家和上海市的有关法律、法规及上级文件精神有抵触的，以法律、法规及上级文件精神为准。\n（三）本实施意见自发文之日起试行。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]
    # but not a sentence of work that names 本区 or a conflict to settle, nor a pilot it starts (diffreview-aa's probes)
    work = ("平潭综合实验区管委会关于印发2023年XX工作方案的通知\n各乡镇人民政府，区直各单位：\n现将《2023年XX工作方案》印发给你们，请认真贯彻执行。\n"
            "平潭综合实验区管委会\n2023年3月1日\n"
            "2023年XX工作方案\n二、重点任务\n（一）本区与周边区域建立联防联控机制，协调解决跨区域执法中的冲突问题。（责任单位：区生态环境局）\n"
            "（二）本市同国家部委加强对接，及时清理与上位法不一致的规定。\n（三）本区自2023年7月起试行垃圾分类积分制度，逐步推广至全区。\n")
    assert [t.number for t in policy_extract.parse_text(work).tasks] == ["（一）", "（二）", "（三）"]
    # while the clauses of other kinds of notice, and 试行 with its term, still hold no work (diffreview-ab's probes)
    for clause in ("本暂行办法如与国家有关规定不一致的，以国家规定为准。", "本若干措施与上级政策不符的，按上级政策执行。", "本办法自2023年1月1日起试行一年。",
                   "本细则自印发之日起试行（试行期两年）。"):
        assert [t.number for t in policy_extract.parse_text("六、其他事项\n（一）各部门要加强协调配合。\n（二）" + clause + "\n").tasks] == ["（一）"]


# corpus 0946 (河北省电子信息产业重点攻坚行动计划（2020-2022年）, review c20-1), as the crawler stored it: a group's noted
# paragraph, then two side panels run on after its note, the second listing bases 1.–2.
PANELS_0946 = (
    "二、重点任务\n（一）产业特色聚集发展行动\n围绕全产业链布局、全创新链协同，形成“1+5+8”产业发展格局。（责任单位：有关市政府，雄安新区管委会，"
    "省工业和信息化厅）专栏1：雄安研发创新及成果转化引领区以建设国家数字经济创新发展试验区为契机，形成研发成果的输出高地。"
    "专栏2：国家新型工业化产业示范基地（5家）1.承德新型工业化产业示范基地（大数据）。推动大数据产业聚集，打造中国“数据山庄”。"
    "2022年，在线运营服务器规模突破20万台。2.张家口（张北、怀来）新型工业化产业示范基地（大数据）。2022年，在线运营服务器规模突破100万台。\n"
    "（二）重点产业集群化与创新发展行动\n现代通信产业链集群化发展行动。2022年，通信导航产业主营业务收入超400亿元。（责任单位：省工业和信息化厅）"
    "专栏4“大数据+”工程“大数据+”智能制造。促进钢铁、装备制造等传统产业大数据应用。\n"
)


def test_side_panel_words():
    # the boxes a plan prints beside its text (gold 001: "The three 专栏 boxes are side panels of their groups, not numbered
    # tasks"): the panel's items gave two tasks with （一）'s units, （一） itself was lost, and panel text ran into （二）
    assert "专栏" in rules.SIDE_PANEL_WORDS
    tasks = policy_extract.parse_text(PANELS_0946).tasks
    assert [t.number for t in tasks] == ["（一）", "（二）"]
    assert tasks[0].text.endswith("产业发展格局。") and tasks[0].deadline is None
    assert [u.name for u in tasks[0].responsible_units] == ["有关市政府", "雄安新区管委会", "省工业和信息化厅"]
    assert tasks[1].text.endswith("超400亿元。") and tasks[1].deadline.date == "2022-12-31"
    without = policy_extract.parse_text(PANELS_0946, rules=_rules_without("side_panel_words", "专栏")).tasks
    assert [t.number for t in without] == ["1", "2", "（二）"]


def test_non_task_section_openings():
    # corpus 0125 (河北 规范性文件公开审查 通知): "一、充分认识…的重要性" explains, no work is given; corpus 0667 (教育部 科技部
    # 2020, review c17-1): "一、准确理解SCI论文及相关指标", "二、深刻认识论文“SCI至上”的影响" define and describe, 三 is the work
    assert {"充分认识", "准确理解", "深刻认识"} <= set(rules.NON_TASK_SECTION_OPENINGS)
    text = ("一、充分认识建立规范性文件公开的审查和督促约束机制的重要性\n规范性文件是行政机关依法履行管理职能的重要方式和手段。\n"
            "二、严格落实规范性文件公开审查的各项要求\n（一）准确认定规范性文件。对每个文件先作出准确认定。\n"
            "三、深刻认识论文“SCI至上”的影响\nSCI论文相关指标已成为学术评价的核心指标。\n四、建立健全分类评价体系\n对不同类型的科研工作应分别建立评价路径。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）", "四"]
    assert [t.number for t in policy_extract.parse_text(text, rules=_rules_without("non_task_section_openings", "充分认识", "深刻认识")).tasks] == [
        "一", "（一）", "三", "四"]
    # inside a sentence the words give no title (corpus 0140: "五、各地…考试机构要充分认识…的重要性和复杂性，切实加强领导，…")
    item = "五、各地人力资源社会保障部门及考试机构要充分认识翻译专业资格考试的重要性和复杂性，切实加强领导，严格按照有关规定做好考务工作。\n"
    assert [t.number for t in policy_extract.parse_text("四、做好报名工作。各地要做好报名。\n" + item).tasks] == ["四", "五"]
    # a title of its own that opens with a part's name is no such part ("三、基本情况摸底。各县要于2023年6月底前完成摸底。", diffreview-w)
    own = "一、做好宣传。各地要广泛宣传。\n二、基本情况摸底。各县（市、区）要于2023年6月底前完成摸底，建立工作台账。\n"
    assert [t.number for t in policy_extract.parse_text(own).tasks] == ["一", "二"]
    # a part so opened whose second phrase is work and which sets a time limit is work ("一、统一思想，加强领导。各市要成立…工作专班，4月底前
    # 制定实施方案报省厅备案。", diffreview-v)
    work = "一、统一思想，加强领导。各市要成立工作专班，4月底前制定实施方案报省厅备案。\n二、明确任务。各市要建立台账。\n"
    assert [t.number for t in policy_extract.parse_text(work).tasks] == ["一", "二"]
    # corpus 0686 (财科教〔2017〕6号, review s10) "一、提高思想认识，强化责任担当", 0208 "一、提高思想认识。就业补助资金使用信息公开是…", 0262
    # "一、统一思想,提高认识": a part on how to see the work ("一、提高认识，精心组织。…于5月6日前报…", corpus 0097, is the work: not listed)
    assert {"提高思想认识", "统一思想"} <= set(rules.NON_TASK_SECTION_OPENINGS) and "提高认识" not in rules.NON_TASK_SECTION_OPENINGS
    text = ("一、提高思想认识，强化责任担当\n各部门要充分认识改革的重大意义。\n二、抓紧完善相关制度\n（一）加快出台配套制度。各部门要抓紧制定。\n"
            "（二）加强监督检查。各部门要加强检查。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）", "（二）"]


def test_awareness_endings():
    # 上海 轨道交通 notices 2023, 2025 (zhiyao87/Shanghai-Gov-Docs-Index docs/轨道交通, reviews ao06, ao07): "一、提高政治站位，充分认识保护工作的
    # 重要性" is such a part by its second phrase (rules.AWARENESS_ENDINGS); "一、提高思想认识，规范办理轨道交通安全保护区内作业审批" gives work
    assert "重要性" in rules.AWARENESS_ENDINGS
    text = ("一、提高政治站位，充分认识保护工作的重要性\n轨道交通是城市的生命线。\n二、提高思想认识，规范办理轨道交通安全保护区内作业审批\n"
            "各区建设、交通行政管理部门要督促建设单位依法办理作业审批。\n三、加强现场监管\n各区要加强巡查。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["二", "三"]
    assert [t.number for t in policy_extract.parse_text(text, rules=_rules_without("awareness_endings", "重要性")).tasks] == ["一", "二", "三"]


def test_background_words_name_a_part_only_as_it_opens():
    # corpus 0744 (河北 创新型河北建设): "一、发展基础和面临机遇" says where things stand; corpus 0197 (冀人社 2023, review s6): "六、夯实人力资源服务
    # 发展基础" over "（十九）加强行业人才队伍建设。…" is work, and 0002 "七、夯实行业发展基础", "八、营造良好发展环境" too — their items had been dropped
    assert {"发展现状", "发展基础", "发展环境"} <= set(rules.NON_TASK_SECTION_OPENINGS)
    assert not {"发展现状", "发展基础", "发展环境"} & set(rules.NON_TASK_SECTION_KEYWORDS)
    text = ("一、发展基础\n全省人力资源服务业规模持续扩大。\n二、壮大市场主体\n（一）培育骨干企业。支持企业做大做强。\n"
            "三、夯实人力资源服务发展基础\n（二）加强行业人才队伍建设。实施领军人才培养计划。\n（三）提升公共服务效能。推广信息系统。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）", "（二）", "（三）"]


def test_qualifying_section_endings():
    # corpus 0310 (职称评审条件, "二、基本条件" over 36 items), 0968 "二、生源范围", 0156 "二、培训对象", 0986 (review s15) "（二）救助额度及条件":
    # who or what the work is for and the bar it sets, no work; "三、合理确定招生范围" is work on it, and an item titled so and closed by a
    # stop is the item's own ("1.准确把握政策条件。符合上述条件人员…", 0189)
    assert {"条件", "对象", "范围"} <= set(rules.QUALIFYING_SECTION_ENDINGS) and {"确定", "合理"} <= set(rules.IMPROVING_VERBS)
    text = ("一、基本条件\n（一）遵守宪法和法律法规。\n（二）具有良好的职业道德。\n二、生源范围\n1.河北省民族自治地方的考生。\n"
            "三、合理确定招生范围\n（一）扩大招生规模。各校要增加计划。\n四、抓好政策落实\n1.准确把握政策条件。符合上述条件人员只能享受一次。\n2.做好宣传。各地要宣传。\n")
    assert [p for _, p in _task_paths(text)] == ["三、合理确定招生范围", "四、抓好政策落实", "四、抓好政策落实"]
    with using(_rules_without("qualifying_section_endings", "条件", "范围")):
        assert len(_task_paths(text)) == 6
    # the bar set in amounts ("二、调整办法和标准" over "1.退休退职人员每人每月增加32元。", corpus 0030; "三、申报标准", 0156, review s17); a
    # heading of two phrases or naming work on the standard is work ("（二）坚持科学评价，完善评价标准", 0345; "构建职业教育国家标准", 1060)
    assert "标准" in rules.QUALIFYING_SECTION_ENDINGS
    amounts = ("一、调整范围\n（一）2023年底前已退休的人员。\n二、调整办法和标准\n1.退休退职人员每人每月增加32元。\n2.按缴费年限每满一年每月增加1元。\n"
               "三、完善评价标准\n（一）建立分类评价体系。各地要健全标准。\n四、坚持科学评价，完善评价标准\n（一）推行代表作制度。各地要落实。\n")
    assert [p for _, p in _task_paths(amounts)] == ["三、完善评价标准", "四、坚持科学评价，完善评价标准"]
    # flattened, the name of four run on into its body: "二、工作范围我市范围内依法登记的宗教活动场所（寺观教堂）。宗教院校由…" (上海 2022
    # 宗教活动场所消防安全, zhiyao87/Shanghai-Gov-Docs-Index, review cb02; corpus 0022 "一、考评范围本次技师考评对象为…") reads as lined; not a
    # phrase that opens so ("十一、符合条件的新型研发机构，可适用以下政策措施。", corpus 0671)
    flat = ("一、工作目标按照属地管理原则，落实管理责任。二、工作范围我市范围内依法登记的宗教活动场所（寺观教堂）。宗教院校参照方案抓好落实。"
            "三、加强自查各场所要对照标准自查。四、符合条件的新型研发机构，可适用以下政策措施。\n")
    assert [t.number for t in policy_extract.parse_text(flat).tasks] == ["三", "四"]
    with using(_rules_without("qualifying_section_endings", "范围")):
        assert [t.number for t in policy_extract.parse_text(flat).tasks] == ["二", "三", "四"]
    # nor one that sets a due date for the work (diffreview-ah's probe); a date the scope names is none (corpus 0022)
    dated = "一、检查对象各区要对辖区内所有加油站开展全面检查，9月底前完成。二、检查内容重点检查消防设施。\n"
    assert [t.number for t in policy_extract.parse_text(dated).tasks] == ["一", "二"]
    named = "一、考评范围本次考评对象为在编在岗人员，任职资格年限的计算截止日期为2024年7月31日。二、加强组织各地要加强领导。\n"
    assert [t.number for t in policy_extract.parse_text(named).tasks] == ["二"]


def test_bar_work_verbs():
    # diffreview-w: a qualifying heading that opens with work on the bar or the group is work ("（四）提高补助标准", "三、降低准入条件",
    # "二、统一执法标准" over unnoted items), as is a task section that also names the bar ("二、主要任务和标准")
    assert {"提高", "降低", "统一", "精准"} <= set(rules.BAR_WORK_VERBS) and not {"调整", "认定"} & set(rules.BAR_WORK_VERBS)
    text = ("一、提高补助标准\n（一）城乡低保标准每年提高5%。\n（二）特困人员供养标准同步提高。\n二、降低准入条件\n（一）取消注册资本限制。\n"
            "三、调整标准\n（一）退休人员每人每月增加32元。\n")
    assert [p for _, p in _task_paths(text)] == ["一、提高补助标准", "一、提高补助标准", "二、降低准入条件"]
    with using(_rules_without("bar_work_verbs", "提高", "降低")):
        assert _task_paths(text) == []
    assert len(_task_paths("一、总体要求\n（一）指导思想。\n二、主要任务和标准\n（一）建设标准化厂房。\n（二）完善配套设施。\n")) == 2


def test_object_making_verbs():
    # a section word that a clause makes or places is the work's object: "5、制定年度总体目标,细化年度计划任务…" (河长制 工作要求,
    # review br06) and "⒋将创建平安畅通县(市、口岸)活动纳入安全生产考核范围。" (道路交通安全 方案, review bq05) are items of work
    assert {"制定", "纳入", "列入"} <= set(rules.OBJECT_MAKING_VERBS)
    text = ("1、健全组织体系,设立村级河道专管员。\n2、各级河长开展巡查。\n3、制定年度总体目标,细化年度计划任务、治理项目清单。\n"
            "4、将创建平安畅通县活动纳入安全生产考核范围。\n5、逐级开展年度考核。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "3", "4", "5"]
    with using(_rules_without("object_making_verbs", "制定", "纳入")):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "5"]
    assert len(_task_paths("一、总体目标\n（一）到2025年建成体系。\n二、主要任务\n（一）建设标准化厂房。\n")) == 1  # the part's name still
    # not a verb a 和 puts apart from the word, nor 编制 before a background (diffreview-ae's probes)
    for head in ("一、编制背景和指导思想\n（一）编制背景。近年来发展很快。\n（二）指导思想。以新发展理念为指导。\n",
                 "一、制定依据和适用范围\n（一）依据《社会救助暂行办法》制定本方案。\n（二）适用于全县。\n"):
        assert [t.number for t in policy_extract.parse_text(head + "二、主要任务\n（一）做好工作。\n").tasks] == ["（一）"]


def test_heading_adverbs():
    # corpus 1071 "六、持续改善农机作业基础条件" (its items unnoted, diffreview-w), "进一步扩大覆盖范围": the verb after the adverb decides
    assert {"持续", "进一步", "切实"} <= set(rules.HEADING_ADVERBS)
    text = "六、持续改善农机作业基础条件\n（十四）提高农机作业便利程度。\n（十五）改善农机作业配套设施条件。\n"
    assert len(_task_paths(text)) == 2
    with using(_rules_without("heading_adverbs", "持续")):
        assert _task_paths(text) == []


def test_background_section_endings():
    # a plan's background part named with its period or field before the words (diffreview-u's probes: "一、“十三五”时期发展基础",
    # "一、产业发展现状") says where things stand; opened by work on it, it is work ("六、夯实人力资源服务发展基础", corpus 0197)
    assert {"发展现状", "发展基础", "发展环境"} <= set(rules.BACKGROUND_SECTION_ENDINGS)
    assert {"夯实", "营造", "优化"} <= set(rules.IMPROVING_VERBS)
    body = "\n（一）产业规模持续扩大。2020年全市实现产值1200亿元。\n二、壮大市场主体\n（二）培育骨干企业。支持企业做大做强。\n（三）提升服务效能。推广系统。\n"
    assert [t.number for t in policy_extract.parse_text("一、“十三五”时期发展基础" + body).tasks] == ["（二）", "（三）"]
    assert [t.number for t in policy_extract.parse_text("一、产业发展现状" + body).tasks] == ["（二）", "（三）"]
    assert [t.number for t in policy_extract.parse_text("一、营造良好发展环境" + body).tasks] == ["（一）", "（二）", "（三）"]


def test_improving_verbs():
    # corpus 0002 (冀人社 人力资源服务业): "八、营造良好发展环境" over "（十六）加大支持力度。…" — work on the environment, not a background part
    body = "\n（一）加大支持力度。落实各项政策。\n二、壮大市场主体\n（二）培育骨干企业。支持企业做大做强。\n"
    assert [t.number for t in policy_extract.parse_text("一、营造良好发展环境" + body).tasks] == ["（一）", "（二）"]
    without = _rules_without("improving_verbs", "营造")
    assert [t.number for t in policy_extract.parse_text("一、营造良好发展环境" + body, rules=without).tasks] == ["（二）"]


def test_target_section_names():
    # 菏泽高新区 推广清洁煤炭 实施方案 2016 (taoyu-china.com/w/a3/4054.html, review gk 07, simplified here): "二、目标任务" over its targets
    # alone had been a task; over items, those stay the tasks
    assert "目标任务" in rules.TARGET_SECTION_NAMES
    text = ("一、总体要求\n按照政府引导、市场运作的原则,明确工作责任。\n二、目标任务\n2016年冬季,在市高新区推广清洁型煤、兰炭等清洁煤炭。\n"
            "三、工作步骤\n(一)宣传发动阶段。\n1.高新区成立煤炭清洁利用工作班子,制定任务目标,落实工作责任。\n2.及时召开动员会议,引导群众理解支持。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2"]
    with using(_rules_without("target_section_names", "目标任务")):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["二", "1", "2"]
    over = "二、目标任务\n1.新建幼儿园5所,增加学位1000个。(县教育局负责)\n2.改造农村公路50公里。(县交通局负责)\n"
    assert [t.number for t in policy_extract.parse_text(over).tasks] == ["1", "2"]


def test_non_task_section_names():
    # a report of the state of things is no work: "一、进展情况截至2019年2月18日，…" (a 县 督查通报 2019, review s22a 06
    # flattened), "一、总体情况" over ranked lists (corpus 0577), "基本情况" (corpus 0588: 2018年6月23日至30日，国务院教育督导…);
    # the part after it ("二、下步工作…") is ours, the work the report goes on to
    assert {"总体情况", "基本情况", "进展情况", "申报主体", "项目条件"} <= set(rules.NON_TASK_SECTION_NAMES)
    text = ("现就具体情况通报如下。一、进展情况截至2019年2月18日，全县城乡居民基本医疗保险实际参保缴费267924人，全县民政救助对象有758人未参保缴费。"
            "二、下步工作（一）加大征缴力度。各乡镇要于2月底前完成征缴。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]
    without = _rules_without("non_task_section_names", "总体情况", "基本情况", "进展情况")
    assert [t.number for t in policy_extract.parse_text(text, rules=without).tasks] == ["一", "（一）"]
    # corpus 0928, 0911 (河北 工业设计 项目申报, review c29-1): who may apply and what a project must have
    text = "\n".join(["一、申报主体", "依法在河北省登记注册、具有独立法人资格、运行管理规范的制造企业和设计企业。", "二、项目条件",
                     "（一）项目以设计为主导，产品设计水平先进。", "（二）项目总投资不少于300万元人民币。", "三、申报程序", "（一）各地要认真组织推荐。"])
    assert [(t.number, t.path) for t in policy_extract.parse_text(text).tasks] == [("（一）", ["三、申报程序"])]
    # a title that goes on from the name with words of its own names work ("一、基本情况摸底", "三、项目条件保障": diffreview-s22's probes)
    text = "一、基本情况摸底\n（一）各乡镇要于3月底前完成摸底。\n三、项目条件保障\n（一）各地要落实建设用地。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）", "（一）"]
    # an activity's purpose, who may take part and where to send things (review c-rev b): "一、活动目的将练兵比武活动作为常态化…" (corpus
    # 0096), "一、征集对象全省大中型企业…" (0246), "一、评估对象及范围" (0217); the steps after them stay work
    text = "一、活动目的\n将练兵比武活动作为常态化工作。\n二、征集对象\n全省大中型企业。\n三、工作步骤\n（一）各市于5月底前完成初赛。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]
    assert {"活动目的", "征集对象", "参加范围", "评估对象及范围", "报送地点", "其他有关要求"} <= set(rules.NON_TASK_SECTION_NAMES)
    # an 整改 report's problem as fed back and its aim (益阳市大通湖区 2020 整改情况, stored web page, review cf06): the measures are the work
    assert {"反馈问题", "整改目标"} <= set(rules.NON_TASK_SECTION_NAMES)
    text = ("一、反馈问题\n2013年相比，洞庭湖水质有所下降。\n二、整改目标\n进一步完善洞庭湖生态经济区建设。\n三、整改措施及完成情况\n"
            "一是开展专项整治；二是积极推行河长制。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["三"]
    with using(_rules_without("non_task_section_names", "反馈问题", "整改目标")):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一", "二", "三"]
    # an overview of the plan (a 2024 防汛抗旱工作实施方案, stored web page, review cg06: "____年防汛抗旱工作实施方案 一、总体概述")
    assert {"总体概述", "概述"} <= set(rules.NON_TASK_SECTION_NAMES)
    text = "一、总体概述\n我县地处山区，汛期降雨集中。\n二、主要措施\n1.完善预案。\n2.加强值守。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2"]
    # a 纲要's preamble, its paragraphs numbered straight through (江苏省知识产权战略纲要 2009, stored web page, review ci09)
    assert {"序言", "前言"} <= set(rules.NON_TASK_SECTION_NAMES)
    text = "一、序言\n1. 知识产权制度是开发和利用知识资源的基本制度。\n2. 改革开放以来，我省知识产权事业发展迅速。\n二、主要任务\n3. 完善知识产权制度。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["3"]
    # a name run on into its body's first words stays no task ("一、基本情况近年来，我县大力推进…", diffreview-ak's probe)
    text = "一、基本情况近年来，我县大力推进环境整治，累计投入资金2.3亿元。二、压实属地责任，各镇要落实整治任务。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["二"]
    # who to call: "五、联系人及方式联系人：朱文贾长春联系电话：010-84216442（兼传真）…" (人社部办公厅 2015, corpus 0287 flattened)
    text = "四、进度要求各省级人社部门应于2015年10月30日前将扩大试点工作方案报送我部社保中心。五、联系人及方式联系人：朱文贾长春联系电话：010-84216442（兼传真）,010-84222158\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["四"]
    assert [t.number for t in policy_extract.parse_text(text.replace("联系人及方式", "联系人及联系方式")).tasks] == ["四"]  # (corpus 1014's name)
    without = _rules_without("non_task_section_names", "联系人及方式")
    assert [t.number for t in policy_extract.parse_text(text, rules=without).tasks] == ["四", "五"]


def test_unnumbered_section_titles():
    # yanta: the glossary "名词解释" after 四、保障措施 is a part of its own
    quote(YANTA, "名词解释")
    assert "名词解释" in rules.UNNUMBERED_SECTION_TITLES
    assert [c.title for c in outline(YANTA).children if c.kind == "unnumbered"] == ["名词解释"]
    without = _rules_without("unnumbered_section_titles", "名词解释")
    assert [o.kind for o in policy_extract.parse(sample_path(YANTA), rules=without).outline] == ["cn", "cn", "cn", "cn"]


def test_regulation_title_endings():
    # xian-2025 names rules to be issued: "…管理办法", "…实施细则"; xian-2022 "…实施细则(试行)"
    for stem, title in (
        (EFF2025, "西安市惠企利民政策全生命周期管理办法"),
        (EFF2025, "西安市促进知识产权创新发展实施细则"),
        (TABLE, "西安市建设项目“市政通”集成改革实施细则(试行)"),
    ):
        quote(stem, title)
        assert extract.is_regulation(title)
    for stem in (HANZHONG, TABLE, STD2023, EFF2025, YANTA):  # the samples are plans, not rules
        assert not extract.is_regulation(document(stem).meta.title)
    # synthetic rules under a real title: its 条 are provisions; only the one with a unit note is a task
    text = "\n".join(
        [
            "西安市惠企利民政策全生命周期管理办法",
            "第一条 为规范惠企利民政策全生命周期管理，制定本办法。",
            "第二条 本办法适用于本市行政区域内惠企利民政策的制定和兑现。",
            "第三条 建立惠企利民政策分类管理机制。（市发改委牵头，市财政局配合）",
        ]
    )
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["第三条"]
    with using(_rules_without("regulation_title_endings", "办法")):
        assert not extract.is_regulation("西安市惠企利民政策全生命周期管理办法")


def test_no_work_title_words():
    # 国办发〔2018〕108号 (corpus 1110, review c24-3): a 通报 praising 130 practices lists them 1.–130. in its annex; 河北人社
    # 2021 练兵比武获奖情况的通报 (corpus 0347) lists prize winners; neither list is work to do
    for title in ("国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报",
                  "河北省人力资源和社会保障厅关于2021年度全省人社窗口单位业务技能练兵比武获奖情况的通报",
                  "关于表彰河北省模范检察院、模范检察官和模范检察干部的决定"):  # corpus 0146
        assert extract.names_no_work(title)
    # a notice organising an award names the award, not the commended (corpus 0314, 0981)
    assert not extract.names_no_work("河北省人力资源和社会保障厅关于做好第十六届高技能人才评选活动的通知")
    assert not extract.names_no_work("关于做好第十六届高技能人才评选表彰申报材料报送工作的通知")
    # a notice (通知) about the commending is work (review diffreview-s21): only a 通报 or a 决定 commends
    assert not extract.names_no_work("关于表彰奖励工作有关事项的通知")
    assert not extract.names_no_work("关于报送2023年度教学成果获奖情况的通知")
    # and a 通知 whose subject opens by commending commends (corpus 0980, review diffreview-s21b)
    assert extract.names_no_work("关于表彰河北省海外同胞慈善基金会第二十七次颁奖活动获奖师生的通知")
    text = ("国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报\n"
            "经国务院同意，对北京市大力推进外国人来华工作许可制度改革等130项地方典型经验做法予以通报表扬。\n"
            "1.北京市大力推进外国人来华工作许可制度改革。\n2.北京市西城区推进“三纵两横一平台”紧密型医联体建设。\n"
            "3.天津市推动“一制三化”审批制度改革。\n")
    assert policy_extract.parse_text(text).tasks == []
    with using(_rules_without("no_work_title_words", "表扬")):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "3"]
    # 科学技术部令第17号 (corpus 0711): the 1. 2. … of its annex name the rules and documents it repeals
    assert extract.names_no_work("科技部关于对部分规章和文件予以废止的决定")
    assert extract.names_no_work("科学技术部关于对部分规范性文件予以废止或宣布失效的决定")  # corpus 0714


# --- unit notes --------------------------------------------------------------------------

NOTE_2023 = "牵头单位：市行政审批局；责任单位：有政务服务事项的市级部门"


def test_lead_labels():
    # 文化遗产日 活动安排 (review ho 01): "(主辦:文化部、財政部、文物局;承辦:國家博物館、中國文物信息咨詢中心)" — the bare 主办 leads, 承办 carries it out
    assert "主办" in rules.LEAD_LABELS and "承办" in rules.RESPONSIBLE_LABELS
    note = notes.parse_note("主办:文化部、财政部、文物局;承办:国家博物馆、中国文物信息咨询中心")
    assert (note.lead, note.responsible) == (["文化部", "财政部", "文物局"], ["国家博物馆", "中国文物信息咨询中心"])
    with using(_rules_without("lead_labels", "主办")):
        assert "文化部" not in getattr(notes.parse_note("主办:文化部;承办:国家图书馆"), "lead", [])
    quote(STD2023, NOTE_2023)
    assert "牵头单位" in rules.LEAD_LABELS
    assert notes.parse_note(NOTE_2023).lead == ["市行政审批局"]
    # The table decides over the head words: "牵头领导单位" (synthetic) names a unit although
    # 领导 is a person's head word; taken out of the table, the head words read it as a person.
    assert notes.parse_note("牵头领导单位：市发改委").lead == ["市发改委"]
    # 琼中县 2022 为民办实事通报 (qiongzhong.hainan.gov.cn …t20221008_3278167.html, review r28b 06): "(一)适龄女生HPV疫苗接种牵头责任部门:
    # 县卫生健康委员会" — the label had been cut after 牵头 (责任部门 read alone), 牵头 left in the item's text and no lead read
    assert "牵头责任部门" in rules.LEAD_LABELS
    tasks = policy_extract.parse_text("一、进展情况\n(一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会\n(二)新生儿先天性心脏病筛查牵头责任部门:县卫生健康委员会\n").tasks
    assert [(t.text, [u.name for u in t.lead_units]) for t in tasks] == [("适龄女生HPV疫苗接种", ["县卫生健康委员会"]), ("新生儿先天性心脏病筛查", ["县卫生健康委员会"])]
    # 大兴区 2023 分工方案 (www.bjdx.gov.cn): "主要责任单位:区财政局" then "配合单位:区税务局" — the main
    # responsible unit leads (主责, the contract's lead word), its partners take part
    note = notes.parse_note("牵头领导:常务副区长主要责任单位:区财政局配合单位:区税务局")
    assert (note.lead, note.responsible, note.leaders) == (["区财政局"], ["区税务局"], ["常务副区长"])
    with using(_rules_without("lead_labels", "牵头领导单位")):
        assert notes.parse_note("牵头领导单位：市发改委").lead == []


def test_responsible_labels():
    assert "责任单位" in rules.RESPONSIBLE_LABELS
    # 松江区 城市更新 2025 (review w07) prints "支撑单位"; "支持单位", "保障单位" are listed, so that "支持主体：在本市注册的规上工业企业"
    # (diffreview-u) and "保障人员：张三" (people) are not read as units by the head words 支持, 保障
    assert {"支持单位", "保障单位"} <= set(rules.RESPONSIBLE_LABELS)
    # 湖南 2016 重点处理代表建议 督办 (a news page's table "序号 | 建议标题 | … | 主办单位 | 会办单位 |", review go 05): 会办 joins the 主办
    assert "会办单位" in rules.RESPONSIBLE_LABELS
    assert notes.parse_note("主办单位:省教育厅;会办单位:省财政厅").responsible == ["省财政厅"]
    assert notes.parse_note("牵头单位：区经委；保障单位：区财政局").responsible == ["区财政局"]
    # 杨浦区 内部道路整治实施方案 (zhiyao87/Shanghai-Gov-Docs-Index, review ae05): each item closes with "相关部门：…" on its own line
    assert {"相关部门", "相关单位"} <= set(rules.RESPONSIBLE_LABELS)  # ("（牵头单位：区房管局；相关单位：区财政局、各街道）", diffreview-y)
    assert notes.parse_note("牵头单位：区房管局；相关单位：区财政局、各街道").responsible == ["区财政局", "各街道"]
    # (diffreview-z) a request after the label names no unit: "相关单位：请于每月5日前将工作进展报送区发展改革委。"
    text = "二、主要任务\n（一）及时报送信息。认真梳理本单位信息。\n相关单位：请于每月5日前将工作进展报送区发展改革委。\n"
    assert [t.responsible_units for t in policy_extract.parse_text(text).tasks] == [[]]
    text = ("三、主要任务\n（二）分类施策，精细治理\n因地制宜制定“一路一方案”。\n相关部门：属地街道、区建设管理委、区绿容局、区规划资源局、区公安分局等。\n")
    assert [u.name for u in policy_extract.parse_text(text).tasks[0].responsible_units] == ["属地街道", "区建设管理委", "区绿容局", "区规划资源局", "区公安分局"]
    assert notes.label_role("保障人员") == notes.label_role("重点支持地区") == "none"
    assert notes.label_role("责任单位") == "responsible"
    assert notes.parse_note(NOTE_2023).responsible == ["有政务服务事项的市级部门"]
    # h07 (安徽省重点工作及责任分解, ../shared/realworld): "协同责任单位:" lines
    assert notes.parse_note("牵头责任单位:省商务厅。协同责任单位:省发展改革委、省财政厅").responsible == ["省发展改革委", "省财政厅"]
    # 区建委城市环境整治方案 (gwyoo.com/article/xzgaoshou/gongzhuo/201205/519559.html, review r19b 03): "牵头单位:区建委" over
    # "成员单位:区执法局、区园林局、…": the group's members do the work; flattened, the list runs on into the next sentence
    assert "成员单位" in rules.RESPONSIBLE_LABELS
    note = notes.parse_note("牵头单位:区建委成员单位:区执法局、区园林局、区交警大队和路街道办事处以解放路以北的路三个街道办事处区域为重点,主要解决“八乱”问题")
    assert (note.lead, note.responsible) == (["区建委"], ["区执法局", "区园林局"])
    with using(_rules_without("responsible_labels", "成员单位")):
        assert notes.parse_note("牵头单位:区建委成员单位:区执法局、区园林局").responsible == []
    # corpus 0943 (河北省食盐供应应急预案（试行）, review r23b 10): a working group's "牵头部门：…，组成部门：…"
    text = "牵头部门：省工业和信息化厅，组成部门：省发展改革委（省粮食和物资储备局）、省商务厅"
    assert notes.parse_note(text).responsible == ["省发展改革委（省粮食和物资储备局）", "省商务厅"]
    with using(_rules_without("responsible_labels", "组成部门")):
        assert notes.parse_note(text).responsible == []


def test_leader_labels():
    # h07 (安徽省重点工作及责任分解): "牵头负责领导:刘惠。" is a person, though it says 牵头
    assert "牵头负责领导" in rules.LEADER_LABELS
    note = notes.parse_note("牵头负责领导:刘惠。牵头责任单位:省发展改革委")
    assert (note.lead, note.leaders) == (["省发展改革委"], ["刘惠"])
    # 抚顺 2008 政府工作报告 任务分解 (ask.fsou.com/html/text/lar/170563/17056391_5.html, review fd02): a line of its own under the
    # item, or glued after the person before it; the line had stayed in the task's text and cut 长 off the leader before it
    text = "1. 坚持科学规划城市。统一实施管线埋设。\n责任人:奚克路副市长\n协调人:朱红市长助理、王飞副秘书长\n责任单位:市规划局。\n"
    task = policy_extract.parse_text(text).tasks[0]
    assert (task.text, task.leaders, [u.name for u in task.responsible_units]) == (
        "坚持科学规划城市。统一实施管线埋设。", ["奚克路副市长", "朱红市长助理", "王飞副秘书长"], ["市规划局"])
    note = notes.parse_note("责任人:张三副区长督办人:李四副秘书长责任单位:区住建局")
    assert (note.leaders, note.responsible) == (["张三副区长", "李四副秘书长"], ["区住建局"])


def test_office_ranks():
    # 海盐县 2022 重点工作责任分解 (haiyan.gov.cn art_1229436874_59379425): "二、曹惠明常务副县长牵头重点工作"
    from policy_extract.grammar import current

    m = current().leader_heading.match("曹惠明常务副县长牵头重点工作")
    assert m and (m.group("name"), m.group("office")) == ("曹惠明", "常务副县长")
    assert current().leader_heading.match("于会游副市长主抓重点工作").group("office") == "副市长"
    with using(_rules_without("office_ranks", "常务副")):
        assert current().leader_heading.match("曹惠明常务副县长牵头重点工作") is None
    # 海曙区 2024 海政发〔2024〕4号 (haishu.gov.cn …art_1229564959_1785429.html, review r15b 07): "二、张盈军区政府党组成员牵头重点工作"
    m = current().leader_heading.match("张盈军区政府党组成员牵头重点工作")
    assert m and (m.group("name"), m.group("office")) == ("张盈军", "区政府党组成员")


def test_unit_leadership_words():
    # 昆明 2009 消防部队应急救援能力建设 责任分解 (review s7a 01): "责任单位及责任人:…、市公安消防支队主要领导"
    from policy_extract.units import people_apart, unit_of_leadership

    assert {"主要领导", "主要负责同志"} <= set(rules.UNIT_LEADERSHIP_WORDS)
    assert unit_of_leadership("市公安消防支队主要领导") == "市公安消防支队"
    assert unit_of_leadership("盘龙区政府主要领导") == "盘龙区政府"
    assert unit_of_leadership("省政府分管领导同志") is None and unit_of_leadership("主要领导") is None
    assert people_apart(["市发改委", "市公安消防支队主要领导"]) == (["市发改委", "市公安消防支队"], ["市公安消防支队主要领导"])


def test_person_titles():
    # corpus 0597 (河北 科技教育领导小组 名单): "沈小平（省发改委主任）", "李　靖（省政府副秘书长）";
    # corpus 0604: "郭庚茂（常务副省长）"; realworld h06 (辽宁): "牵头领导:省政府分管领导同志"
    from policy_extract.cell_units import roles_from_cells
    from policy_extract.units import titled_person

    assert {"主任", "秘书长", "省长", "同志"} <= set(rules.PERSON_TITLES)
    assert all(titled_person(p) for p in ("省发改委主任", "常务副省长", "省政府分管领导同志"))
    assert roles_from_cells("", "沈小平（省发改委主任）") == ([], [], ["沈小平（省发改委主任）"])
    assert roles_from_cells("", "省财政厅、李　靖（省政府副秘书长）") == ([], ["省财政厅"], ["李靖（省政府副秘书长）"])
    # synthetic note around the h06 leader: a unit list never holds the person
    note = notes.parse_note("牵头单位：省发展改革委、省政府分管领导同志")
    assert (note.lead, note.leaders) == (["省发展改革委"], ["省政府分管领导同志"])
    with using(_rules_without("person_titles", "主任")):
        assert roles_from_cells("", "沈小平（省发改委主任）") == ([], ["沈小平（省发改委主任）"], [])
    with using(_rules_without("person_titles", "同志", "领导")):
        assert notes.parse_note("牵头单位：省发展改革委、省政府分管领导同志").lead == ["省发展改革委", "省政府分管领导同志"]
    # a sports meeting's people (diffreview-f1 p39: "…的安全由各队领队负责;…由各项目裁判长负责"): no units
    assert titled_person("各队领队") and titled_person("各项目裁判长")
    meeting = "运动会安排\n1.加强安全管理。各参赛队的安全由各队领队负责;场地器材的管理由各项目裁判长负责。\n2.做好医疗保障。校医务室设立医疗点。\n"
    assert all(t.responsible_units == [] for t in policy_extract.parse_text(meeting).tasks)


def test_person_surnames():
    # realworld h03 (霍山 开发区 责任清单): the 责任领导 "叶林" and the 责任单位 "招商工作部、安商工作部"
    # of one row; printed in one cell (synthetic arrangement of the real words) the person comes out
    from policy_extract.cell_units import roles_from_cells

    assert {"叶", "马", "张"} <= set(rules.PERSON_SURNAMES)
    assert roles_from_cells("", "招商工作部、安商工作部 叶林") == ([], ["招商工作部", "安商工作部"], ["叶林"])
    assert roles_from_cells("招商工作部（叶林）", "改革办 马振明") == (["招商工作部"], ["改革办"], ["叶林", "马振明"])
    # realworld h11 (武汉): district names open with surnames too (江), but a place-level unit
    # completes their run: they stay units
    note = notes.parse_note("牵头单位:市文旅局;责任单位:市自然资源规划局、市房管局,江岸、江汉、汉阳、武昌区人民政府,武汉文旅集团")
    assert note.responsible == ["市自然资源规划局", "市房管局", "江岸", "江汉", "汉阳", "武昌区人民政府", "武汉文旅集团"]
    assert note.leaders == []
    with using(_rules_without("person_surnames", "叶")):
        assert roles_from_cells("", "招商工作部、安商工作部 叶林") == ([], ["招商工作部", "安商工作部叶林"], [])


def test_place_unit_endings():
    # realworld h11 (武汉): "江岸、江汉、汉阳、武昌区人民政府" is four district governments; 江岸 and
    # 江汉 open with a surname, but the place-level unit after the run makes them places
    assert "区人民政府" in rules.PLACE_UNIT_ENDINGS
    value = "责任单位:市房管局,江岸、江汉、武昌区人民政府"
    assert notes.parse_note(value).responsible == ["市房管局", "江岸", "江汉", "武昌区人民政府"]
    with using(_rules_without("place_unit_endings", "区人民政府")):
        assert notes.parse_note(value).leaders == ["江岸", "江汉"]
    # 四川 “十二五”节能减排 分工 (review s12b 03, from a PDF): "各市(州) 人民政府" — a government without its place after a space
    # is the place's, no unit of its own
    assert notes.split_units("四川电监办, 各市(州) 人民政府") == ["四川电监办", "各市(州)人民政府"]
    with using(_rules_without("place_unit_endings", "州人民政府", "区人民政府", "县人民政府", "市人民政府", "旗人民政府")):
        assert notes.split_units("四川电监办, 各市(州) 人民政府") == ["四川电监办", "各市(州)", "人民政府"]


# corpus 1130 (江西省市场监管局 …重点工作责任分工 的通知): the notice's own items say how to carry
# the plan out; corpus 1045 (河北省学校语言文字工作达标建设实施方案): the attached plan, "附件" then
# its title on the next line. Joined here as one notice, as 通知 and 通告 print them.
NOTICE_WITH_ATTACHED_PLAN = """江西省市场监管局关于印发落实工作方案的通知
省药监局，机关各处（室、局）、各直属单位：
现将《河北省学校语言文字工作达标建设实施方案》印发给你们，并就有关事项通知如下：
一、提高政治站位。要进一步提高政治站位，深化思想认识，全力抓好目标任务的贯彻落实。
二、开展调度检查。局办将每季度对工作进展情况展开调度，并适时对落实情况进行督促检查。
江西省市场监管局办公室
2020年2月24日
附件
河北省学校语言文字工作达标建设实施方案
一、指导思想
深入学习党的十九大精神，以习近平新时代中国特色社会主义思想为指导，认真贯彻党和国家的语言文字工作方针政策。
二、实施要求
（一）抓好统筹协调。雄安新区管委会及市县两级相关部门要将学校语言文字工作达标建设与语言文字工作督导评估结合起来。
（二）加强组织领导。各高等学校、雄安新区管委会、市县两级教育行政部门和语言文字工作部门要高度重视。
三、奖励与问责
学校语言文字工作达标建设的结果，已由教育督导部门列入对各级政府履行教育职责的评价体系。
"""


def test_annex_plan_title_endings():
    assert "方案" in rules.ANNEX_PLAN_TITLE_ENDINGS and "清单" in rules.ANNEX_PLAN_TITLE_ENDINGS
    tasks = policy_extract.parse_text(NOTICE_WITH_ATTACHED_PLAN).tasks
    # the plan's items, not the notice's instructions; its 指导思想 is no task either
    assert [(t.number, t.path) for t in tasks] == [("（一）", ["二、实施要求"]), ("（二）", ["二、实施要求"]), ("三", [])]
    assert all(t.source.start_line > 8 for t in tasks)  # after "附件" (line 8)
    # corpus 1067 prints the title on the label's line: "附件：第二批支持创新相关改革举措推广清单"
    inline = NOTICE_WITH_ATTACHED_PLAN.replace("附件\n河北省学校语言文字工作达标建设实施方案", "附件1：河北省学校语言文字工作达标建设实施方案")
    assert [t.number for t in policy_extract.parse_text(inline).tasks] == ["（一）", "（二）", "三"]
    with using(_rules_without("annex_plan_title_endings", "方案")):
        assert [t.number for t in policy_extract.parse_text(NOTICE_WITH_ATTACHED_PLAN).tasks][:2] == ["一", "二"]
    # 银川市兴庆区 2018 (www.xqq.gov.cn/…/t20180819_980141.html): a page that lists its 分解表 as annexes
    # and does not print them; the notice's own 一、二、三 say how to carry them out, and no task is there
    listed = (
        "关于做好2018年政府工作报告主要目标任务和为民办实事的通知\n各乡镇人民政府、街道办事处:\n"
        "一、落实责任,确保质量\n各责任单位要严格遵循“年初公布、年中检查、年底兑现、接受监督”的原则,按时完成各项任务。\n"
        "二、密切配合,各负其责\n牵头责任单位要切实担负起第一责任人的责任,牵头抓总,积极组织实施。\n"
        "附件:1.2018年《政府工作报告》主要工作目标任务分解表\n2.2018年民生十件实事任务分解表\n"
        "银川市兴庆区人民政府办公室\n2018年8月16日\n(此件公开发布)\n"
    )
    assert "分解表" in rules.ANNEX_PLAN_TITLE_ENDINGS
    assert policy_extract.parse_text(listed).tasks == []
    # 武汉市 2022 (whht.org.cn/news/info/id/3207.html): the plan printed right under the signature, with
    # no annex label; the notice's 一、二、三 say how to carry it out
    under = (
        "各区人民政府,市人民政府各部门:\n《2022年市〈政府工作报告〉目标任务责任分解方案》已经市人民政府同意,现印发给你们。\n"
        "一、加强工作统筹,科学制订办理方案。各责任单位要对承办的责任事项逐个研究。\n"
        "二、层层压实责任,积极推进办理工作。各责任单位要按照“一把手”负总责的要求落实。\n"
        "武汉市人民政府办公厅\n2022年1月22日\n2022年市《政府工作报告》目标任务\n责任分解方案\n一、经济社会发展主要预期目标\n"
        "(一)地区生产总值增长7.5%。\n(二)一般公共预算收入增长7%。\n"
    )
    assert [t.number for t in policy_extract.parse_text(under).tasks] == ["(一)", "(二)"]
    with using(_rules_without("annex_plan_title_endings", "分解表")):
        assert [t.number for t in policy_extract.parse_text(listed).tasks] == ["一", "二"]


# corpus 0979 (河北省教育厅 幼儿园建设工程实施方案 的通知): the notice lists its annexes under its
# body ("附件：1、…方案 / 2、工作专班名单"), then prints the plan after "附件1"
NOTICE_0979 = """各市（含定州、辛集市）教育局、财政局，雄安新区公共服务局：
现将《幼儿园建设工程实施方案》印发你们，请认真组织实施。
各市（含定州、辛集市）、雄安新区要将本地实施方案和工作专班名单，于2月20日前报我厅基础教育处，将电子版发送至66005105@163.com
附件：1、幼儿园建设工程实施方案
2、工作专班名单
河北省教育厅河北省财政厅
2019年1月30日
附件1
幼儿园建设工程实施方案
一、工作思路
贯彻落实《中共河北省委河北省人民政府关于学前教育深化改革规范发展的实施意见》，大力加强公办幼儿园建设。
二、重点任务和分工
（一）重点任务
1、合理布局科学规划。各市、县（市、区）要与本地城乡总体规划相衔接，合理确定幼儿园发展数量和区域布局。
2、加快乡村幼儿园建设。在学前教育资源短缺的乡村，集中新建、改扩建一批安全适用、办园规范的农村幼儿园。
"""


def test_an_annex_list_is_no_part_of_the_body():
    # "附件：" after a line that stops without punctuation (an e-mail address) opens the annex part:
    # its "1、 2、" are the list of annexes, so the plan's 1、 2、 stay under its (一)
    tasks = policy_extract.parse_text(NOTICE_0979).tasks
    assert [(t.number, t.path[-1]) for t in tasks] == [("1", "（一）重点任务"), ("2", "（一）重点任务")]
    # corpus 0910 (工业设计 申报指南 的通知): the annex list names documents, none is a task
    text = "一、申报主体\n国内外知名设计机构在河北设立的工业设计分支机构。\n二、相关要求\n请各市工业和信息化局做好本地区项目的宣传动员和申报指导。\n附件：\n1.2021年河北省资助国内外知名设计机构（大师工作室）引进项目申报书.doc\n2.2021年河北省资助国内外知名设计机构（大师工作室）引进项目推荐汇总表.doc\n"
    # (一、申报主体: who may apply, no work; 二、相关要求: requirements, no task section either, but read as one the list stays out of it)
    assert [t.number for t in policy_extract.parse_text(text, rules=_rules_without("non_task_section_names", "相关要求")).tasks] == ["二"]
    assert policy_extract.parse_text(text).tasks == []
    # 新乡市 2008 节能工作专项检查 (fsou.net/html/text/lar/170270/17027028_1.html, review hn 07): the list closed by a full stop
    text = ("五、检查时间和方法\n(一)自2008年9月初至11月底,市监察局、市节能办组成联合检查组进行检查;\n(二)检查主要采取听取汇报、现场检查等方法;\n"
            "附件:1.各县(市)、区2008年度万元GDP能耗降低指标;\n2.县(市)、区人民政府节能目标责任考核计分表;\n6.新乡市节能工作专项检查领导小组。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["(一)", "(二)"]
    # but work items each a sentence under it stay tasks (diffreview-h1 p29)
    text = ("请各乡镇、各有关单位重点抓好以下工作。\n附件:\n1.落实粮食播种面积25万亩以上;\n2.完成高标准农田建设2万亩;\n"
            "3.开展春季动物疫病集中免疫,应免畜禽免疫密度达到100%。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "3"]
    # 许昌 督办通知〔2017〕22号 (安全生产重点领域信息公开 page, review hq 06): after the signature the annex printed under its label, its
    # title and a site's line with its note over the problems found there, each closed by ";" — no list of annex names: no task had come back
    text = ("请你们针对督查组发现的问题和隐患(具体见附件),制定具体整改措施,迅速进行整改。\n附件:国务院安委会安全生产大检查第十二综合督查组\n"
            "莅许督查发现的问题和隐患\n2017年9月14日\n附件:\n国务院安委会安全生产大检查第十二综合督查组莅许督查发现的问题和隐患\n"
            "胖东来时代广场(责任单位:魏都区,市消防支队)\n1.进门地面无荧光标识;\n2.防火卷帘门下无提示;\n3.疏散图无所在位置;\n6.动火证内容不详细。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [(n, ["魏都区", "市消防支队"]) for n in ("1", "2", "3", "6")]


def test_a_list_annexed_to_rules_is_no_task():
    # corpus 0641 (科技伦理审查办法（试行）): the rules' annex lists activities, provisions not work
    text = "科技伦理审查办法（试行）\n第一条 为规范科学研究、技术开发等科技活动的科技伦理审查工作，制定本办法。\n第二条 开展以下科技活动应依照本办法进行科技伦理审查。\n第三条 本办法自2023年12月1日起施行。\n附件\n需要开展伦理审查复核的科技活动清单\n1.对人类生命健康、价值理念、生态环境等具有重大影响的新物种合成研究。\n2.侵入式脑机接口用于神经、精神类疾病治疗的临床研究。\n"
    assert policy_extract.parse_text(text).tasks == []


def test_a_part_titled_by_a_label_naming_no_one_is_no_task():
    # corpus 0928 (工业设计中心 认定 通知): "八、联系方式" then the office's telephone and address
    text = "一、申报条件\n企业设立工业设计中心一年以上，具备完善的工业设计管理制度。\n二、申报程序\n各市工业和信息化局组织企业申报，审核后推荐。\n八、联系方式\n电话：0311－87803218地址：河北省石家庄市和平西路402号（050051）\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["二"]  # (一、申报条件: who may apply, no work)
    with using(_rules_without("not_unit_labels", "联系方式")):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["二", "八"]


def test_not_unit_labels():
    # xian-2022 table notice: "（联系人：田博 电话/传真：86789314）" names nobody doing the work
    phrase = quote(TABLE, "联系人：田博")
    assert "联系人" in rules.NOT_UNIT_LABELS and notes.label_role("联系人") == "none"
    assert notes.parse_note(phrase + " 电话/传真：86789314") is None
    # review fd's probe after 抚顺 2008 (review fd02): "经办人" names who handles the papers, no unit and no leader; the 长 before it stays
    note = notes.parse_note("责任人:张三副区长经办人:李四副秘书长责任单位:区住建局")
    assert (note.leaders, note.responsible) == (["张三副区长"], ["区住建局"])
    # and a line of its own under the item's units is a contact's, no part of the task's text (diffreview-ba's probes P12, P34)
    text = "二、重点任务\n1.开展价格监测分析。\n责任单位:县价格认证中心\n经办人:陈静\n2.加强价格监管。\n责任单位:县发改局\n经办人:王芳\n"
    assert [t.text for t in policy_extract.parse_text(text).tasks] == ["开展价格监测分析。", "加强价格监管。"]


ROLE_HEAD_WORD_LABELS = [
    # corpus 1134 (包头市2022年数字政府建设考评办法): "（持续推进，牵头考核单位：市审批服务局）"
    ("牵头考核单位", "lead"),
    # issue 12's list of invented labels
    ("协作单位", "responsible"),
    ("参加单位", "responsible"),
    ("负责部门", "responsible"),
    ("配合实施单位", "responsible"),
    # 国办发〔2018〕126号 附件 (corpus 1067): "序号 | 改革举措 | 主 要 内 容 | 指导部门 | 推广范围"
    ("指导部门", "responsible"),
    # as column names: "主管部门", "执行部门", "推进单位" name the units doing the work
    ("主管部门", "responsible"),
    ("执行部门", "responsible"),
    ("推进单位", "responsible"),
    # a county 交通运输局 2010 整改方案 (98523.com …/160171_2.html, review s8a 02): "责任领导:*涉项部门:财务科、公路科、农管所、运管所、海事处"
    ("涉项部门", "responsible"),
    ("涉及单位", "responsible"),
    # 松江区 城市更新 2025 (zhiyao87/Shanghai-Gov-Docs-Index, review w07): "（牵头单位：经济技术开发区、九里亭街道，支撑单位：区规划资源局、…）"
    ("支撑单位", "responsible"),
    # 博州 就业创业 实施办法 (xjboz.gov.cn/info/1040/32008.htm, review cw01): "(牵头单位:州人社局、各县市人民政府;协助单位:州财政局、发改委)"
    # had lost the helpers; "协助部门" alike
    ("协助单位", "responsible"),
    ("协助部门", "responsible"),
    # corpus: "联系单位：" under the notices of 河北 人社厅 is a contact, not a unit
    ("联系单位", "none"),
    ("分管市领导", "person"),
]


@pytest.mark.parametrize("label, role", ROLE_HEAD_WORD_LABELS)
def test_role_head_words(label, role):
    assert label not in rules.LEAD_LABELS + rules.RESPONSIBLE_LABELS + rules.LEADER_LABELS + rules.NOT_UNIT_LABELS
    assert notes.label_role(label) == role
    if role in ("lead", "responsible"):  # a table's column of that name is a unit column by the same head words
        assert tables.column_of(label) == role


def test_an_unlisted_time_limit_label_glued_after_a_units_name_or_a_clause():
    # a county 城乡环境卫生专项整治 plan (review web-p 04): "责任单位:各乡镇政府、各撤乡并村善后工作组整治时限:…" — 整治时限 is a label by
    # its head word (时限), from right after the unit's ending (组), not "工作组整治"; after a clause's "；" too
    note = notes.parse_note("牵头单位:县住建局责任单位:各乡镇政府、各撤乡并村善后工作组整治时限:2024年6月30日前")
    assert (note.lead, note.responsible, note.deadline) == (["县住建局"], ["各乡镇政府", "各撤乡并村善后工作组"], "2024年6月30日前")
    note = notes.parse_note("责任单位:县城管局；整治时限:2024年6月30日前")
    assert (note.responsible, note.deadline) == (["县城管局"], "2024年6月30日前")
    # a city's 2009 电子政务 工作要点 (review ht 03), flattened: "…、市农业综合开发办公室完成时限:2009年10月底" — the label is the listed
    # 完成时限, not "公室完成时限" from inside 办公室 (the name had come out as 市农业综合开发办)
    note = notes.parse_note("牵头单位:市信息化办责任单位:市金融服务办公室、市农业综合开发办公室完成时限:2009年10月底")
    assert (note.responsible, note.deadline) == (["市金融服务办公室", "市农业综合开发办公室"], "2009年10月底")
    assert "办公室" in rules.UNIT_SUFFIXES


def test_a_placeholder_names_no_leader():
    # a county 交通运输局 2010 整改方案 (98523.com …/160171_2.html, review s8a 02): "责任领导:*" then the units
    note = notes.parse_note("责任领导:*涉项部门:财务科、公路科、农管所、运管所、海事处完成时限:2010年")
    assert (note.leaders, note.responsible) == ([], ["财务科", "公路科", "农管所", "运管所", "海事处"])
    assert note.deadline == "2010年"
    # a template's person to be named ("责任人:XXX" under each item of a 乡镇防汛工作方案, review cg04) is someone: the items had vanished
    text = ("二、明确任务，突出重点\n今年的防汛工作要继续坚持方针。\n1、范沟水塘防汛期间限制水位应低于溢洪道2米。\n责任人:XXX\n"
            "2、郭峪小学遇到洪水要及时让师生安全撤离。\n责任人:XXX\n3、古村水塘在汛期要24小时监控。\n责任人:XXX\n各单位要认真排查一遍。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [t.number for t in tasks] == ["1", "2", "3"] and tasks[0].leaders == tasks[1].leaders == ["XXX"]


def test_label_tails():
    # corpus 1134: an unlisted label is found by a role word and a tail, and glues into no unit
    assert "单位" in rules.LABEL_TAILS
    note = notes.parse_note("持续推进，牵头考核单位：市审批服务局")
    assert (note.lead, note.deadline) == (["市审批服务局"], "持续推进")
    # labelled lines run together: each part to its role (lishan h01: "牵头单位:区发改局" then "责任单位:…")
    note = notes.parse_note("牵头单位:区发改局协作单位:立山经济开发区")
    assert (note.lead, note.responsible) == (["区发改局"], ["立山经济开发区"])
    # a county bureau's sections are 股室 (XX自治县教育局 2024年工作要点, maok.cn …id=254562, web review k 05: "(牵头股室: 办 协办股室:办公室)")
    assert "股室" in rules.LABEL_TAILS
    note = notes.parse_note("牵头股室:基础教育股;协办股室:办公室、计财股")
    assert (note.lead, note.responsible) == (["基础教育股"], ["办公室", "计财股"])
    assert notes.parse_note("责任股室:基教股、计财股").responsible == ["基教股", "计财股"]
    # 华容县 2021 (huarong.gov.cn/…/content_1800955.html, stored pages): two kinds of person in one
    # note; "具体责任人" is one label, not 具体 (a person) and then 责任人
    note = notes.parse_note("牵头责任人:涂娟,具体责任人:王勇、张伟、蒋丽")
    assert note.leaders == ["涂娟", "王勇", "张伟", "蒋丽"]
    # 某市 2022年政务公开工作要点 (jianbiaow.cn): a time limit's label with a role word before it
    # opens the note; it is one label, and the deadline's, not 时限 after a unit named 责任
    assert {"时限", "期限"} <= set(rules.LABEL_TAILS)
    note = notes.parse_note("责任时限:2022 年底前,牵头单位:市财政局、市工业和信息化局、市能源局,责任单位:各县(区)政府,市政府各部门")
    assert (note.lead, note.responsible, note.deadline) == (["市财政局", "市工业和信息化局", "市能源局"], ["各县(区)政府", "市政府各部门"], "2022 年底前")
    with using(DEFAULT_RULES.replace(label_tails=_without(rules.LABEL_TAILS, "时限"))):
        assert notes.parse_note("责任时限:2022 年底前,牵头单位:市财政局").deadline == "责任时限:2022 年底前"  # the label kept
    # 大连市 2025 营商环境 方案 (m.myvicius.com/policy/362121.htm, review r32b 04): "(牵头单位:市发展改革委;责任地区:各区市县
    # 政府、先导区管委会)" — the places that do the work, by the label's head word 责任
    assert "地区" in rules.LABEL_TAILS
    note = notes.parse_note("牵头单位:市发展改革委;责任地区:各区市县政府、先导区管委会")
    assert (note.lead, note.responsible) == (["市发展改革委"], ["各区市县政府", "先导区管委会"])
    with using(DEFAULT_RULES.replace(label_tails=_without(rules.LABEL_TAILS, "地区"))):
        assert notes.parse_note("牵头单位:市发展改革委;责任地区:各区市县政府、先导区管委会").responsible == []
    # a leader's value run into the next label (realworld h06, 辽宁省 2023 分工方案, its line
    # breaks lost): the glued label is 牵头单位, not 领导同志牵头单位 read as a leader label
    note = notes.parse_note("牵头领导:省政府分管领导同志牵头单位:省发展改革委责任单位:省工业和信息化厅、省农业农村厅、省商务厅等,各市人民政府")
    assert note.leaders == ["省政府分管领导同志"]
    assert note.lead == ["省发展改革委"]
    assert note.responsible == ["省工业和信息化厅", "省农业农村厅", "省商务厅", "各市人民政府"]


def test_deadline_labels():
    # "完成时限" is the 2022 table's column; as a note label (synthetic) it gives the note's time limit
    quote(TABLE, "完成时限")
    assert "完成时限" in rules.DEADLINE_LABELS
    assert notes.parse_note("牵头单位：市发改委；完成时限：2023年底前").deadline == "2023年底前"
    # "主办单位:市人社局" / "工作时限:2013年底前", a label line each under the item (the form held-out round ie reported, 人社 工作要点)
    text = "一、重点任务\n(一)推进就业服务标准化建设。\n主办单位:市人社局\n工作时限:2013年底前\n"
    assert "工作时限" in rules.DEADLINE_LABELS
    assert str(policy_extract.parse_text(text).tasks[0].deadline.date) == "2013-12-31"
    # 郑州 2012 十大实事 任务分解 (sebasdess.com/news/xwtj/sysn/201203/t20120313_21855.html, review r18a 07): each item's
    # "进度安排:6月底前基本完成基建任务;12月底前全部落实,实现招生。" under its units
    assert "进度安排" in rules.DEADLINE_LABELS
    assert notes.parse_note("进度安排:2012年6月底前基本完成基建任务").deadline == "2012年6月底前基本完成基建任务"
    with using(_rules_without("deadline_labels", "进度安排")):
        assert notes.parse_note("进度安排:2012年6月底前基本完成基建任务") is None
    # an 整改 list's time limit (review cf01, 生态环境 问题整改 方案): "整改时限:立行立改,长期坚持" under its measure had stayed in its text
    assert {"整改时限", "整改期限"} <= set(rules.DEADLINE_LABELS)
    text = "一、整改措施\n（一）加强学习。深入学习贯彻生态文明思想。\n整改时限:立行立改,长期坚持\n（二）加强宣传。开展宣传教育。\n责任单位：市委宣传部\n整改时限：2024年6月底\n"
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.deadline.ongoing, t.deadline.date) for t in tasks] == [(True, None), (False, "2024-06-30")]
    assert "整改时限" not in tasks[0].text


def test_lead_verbs():
    # corpus 0175 (督查工作方案 2017, review r18b 07): "…省工商局牵头组织实施，…" — 牵头组织 names the lead as 牵头 does
    assert "牵头组织" in rules.LEAD_VERBS
    assert notes.parse_note("省工商局牵头组织，省编委办、省人社厅配合").lead == ["省工商局"]
    # “十四五”城市排水防涝体系建设行动计划 (gzanxun2008.com.cn/baike/86022.html, review s9a 08): "(住房和城乡建设部牵头指导,…)"
    assert "牵头指导" in rules.LEAD_VERBS
    note = notes.parse_note("住房和城乡建设部牵头指导，城市人民政府负责落实")
    assert (note.lead, note.responsible) == (["住房和城乡建设部"], ["城市人民政府"])
    # 舟山市贯彻《浙江省政务公开五年行动计划》实施方案 (sxqzlawfirm.com …art_1229664147_59030251, review s9b 08): after a
    # lead, names with no verb of their own take part in its work
    note = notes.parse_note("市大数据局牵头，市委网信办、市公安局")
    assert (note.lead, note.responsible) == (["市大数据局"], ["市委网信办", "市公安局"])
    assert notes.parse_note("市委网信办、市公安局") is None  # no verb at all: an aside, not a note
    # 浙江省大气污染防治行动计划重点工作部门分工方案 (浙政办发〔2014〕89号, zj.gov.cn/art/2014/7/25/art_1229621702_2419032.html, review hn 01):
    # "一、加快调整能源结构(省发改委总牵头)" — the part's overall lead, given to each item with the lead its own list's first name is
    assert "总牵头" in rules.LEAD_VERBS
    assert notes.parse_note("省发改委总牵头").lead == ["省发改委"]
    text = ("一、加快调整能源结构(省发改委总牵头)\n(一)制订实施全省煤炭消费总量控制方案。\n"
            "1.制订煤炭消费总量中长期控制目标,实现煤炭消费总量负增长。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)\n"
            "2.逐步降低煤炭消费比重。\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(text).tasks] == [
        (["省经信委", "省发改委"], ["省发改委(省能源局)"]), (["省发改委"], [])]
    with using(_rules_without("lead_verbs", "总牵头")):
        assert notes.parse_note("省发改委总牵头") is None
    # 潮州市 打赢蓝天保卫战 (cntfj.com/news/12190.html, review cm01): "(市生态环境局、发展和改革局、工业和信息化局牵头督导,市公安局、…参与)"
    # had named no unit and stayed in the text; 牵头协调 / 牵头统筹 / 牵头抓总 as corpus 0937, 0580, 0151 print them
    assert {"牵头督导", "牵头协调", "牵头统筹", "牵头抓总", "牵头督办", "牵头督促"} <= set(rules.LEAD_VERBS)
    note = notes.parse_note("市生态环境局、发展和改革局、工业和信息化局牵头督导,市公安局、自然资源局参与")
    assert (note.lead, note.responsible) == (["市生态环境局", "发展和改革局", "工业和信息化局"], ["市公安局", "自然资源局"])
    assert notes.parse_note("省制造强省建设领导小组牵头协调，省直有关部门配合").lead == ["省制造强省建设领导小组"]
    assert notes.parse_note("省委组织部牵头抓总，省直有关部门配合").lead == ["省委组织部"]
    with using(_rules_without("lead_verbs", "牵头督导")):
        assert notes.parse_note("市生态环境局牵头督导,市公安局参与") is None  # no note: it stays in the text
    # corpus 0634 (河北 2003 整顿和规范市场经济秩序, review c30-2): "以省公安厅为主，省农业、工商、质监等部门配合，联合行动…"
    assert "为主" in rules.LEAD_VERBS
    text = "三、专项整治步骤及措施\n4、以省公安厅为主，省农业、工商、质监等部门配合，联合行动，严厉查处制售假冒伪劣农资的不法行为。\n"
    assert [u.name for u in policy_extract.parse_text(text).tasks[0].lead_units] == ["省公安厅"]
    with using(_rules_without("lead_verbs", "为主")):
        assert policy_extract.parse_text(text).tasks[0].lead_units == []
    # corpus 0145 (河北 劳动人事争议调解, 2020): "人力资源社会保障部门负责牵头推进仲裁院调解中心建设" — leads, as 牵头负责 does
    assert "负责牵头" in rules.LEAD_VERBS
    lead_text = "二、主要任务\n（一）设立仲裁院调解中心。人力资源社会保障部门负责牵头推进仲裁院调解中心建设。\n"
    assert [u.name for u in policy_extract.parse_text(lead_text).tasks[0].lead_units] == ["人力资源社会保障部门"]
    with using(_rules_without("lead_verbs", "负责牵头")):
        assert policy_extract.parse_text(lead_text).tasks[0].lead_units == []
    # after the item's title sentence too, as "由X牵头，Y配合" is read (diffreview-s22's probe, ours)
    task = policy_extract.parse_text("一、重点任务\n（一）加强农资监管。以省农业厅为主，省质监局、省工商局配合，全面加强农资监管。\n").tasks[0]
    assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (["省农业厅"], ["省质监局", "省工商局"])
    # hanzhong: "X牵头" and "X、Y分别牵头"
    assert {"牵头", "分别牵头"} <= set(rules.LEAD_VERBS)
    one = notes.parse_note(quote(HANZHONG, "市行政审批服务局牵头,市级有关部门和各县(区)政府、各园区按职责分工负责"))
    two = notes.parse_note(quote(HANZHONG, "市市场监督管理局、市司法局分别牵头,市级有关部门和各县(区)政府、各园区按职责分工负责"))
    assert one.lead == ["市行政审批服务局"]
    assert two.lead == ["市市场监督管理局", "市司法局"]  # not "市司法局分别"
    # 黑龙江 2013 意见 (wisor.cc/policy/show.php?…itemid=100941, review r13a 03): "(省财政厅主办,省国税局、地税局协办)" —
    # 主办 names the lead as 牵头 does (the contract); "省财政厅主办" had been a responsible unit's name
    assert "主办" in rules.LEAD_VERBS
    note = notes.parse_note("省财政厅主办,省国税局、地税局协办")
    assert (note.lead, note.responsible) == (["省财政厅"], ["省国税局", "地税局"])
    # 苍南县 2023 若干政策 (review s5b 01): "一、扩大有效投资政策(由县发改局牵头实施)" over its items
    assert "牵头实施" in rules.LEAD_VERBS
    assert notes.parse_note("由县发改局牵头实施").lead == ["县发改局"]
    text = "一、扩大有效投资政策(由县发改局牵头实施)\n1.加大财政支持力度。重点支持重大项目建设。\n2.加强资金要素争取。开展专项债项目储备。\n"
    assert [[u.name for u in t.lead_units] for t in policy_extract.parse_text(text).tasks] == [["县发改局"], ["县发改局"]]


def test_responsible_verbs():
    assert "按职责分工负责" in rules.RESPONSIBLE_VERBS and "配合" in rules.RESPONSIBLE_VERBS
    # 泗县财政局 2023 政务公开工作要点 (review s13a 03): "(税政条法股牵头,各相关股室分工落实)" had given "各相关股室分工"
    assert "分工落实" in rules.RESPONSIBLE_VERBS
    assert notes.parse_note("税政条法股牵头,各相关股室分工落实").responsible == ["各相关股室"]
    # 数字德州 实施方案 (stored web page, review bz03): "(市档案局牵头,市大数据局配合,市档案馆具体实施)" was no note, and the item's two
    # note-closed runs were one task with the second note's units
    assert "具体实施" in rules.RESPONSIBLE_VERBS
    # a 镇 环境卫生综合整治 工作方案 (stored page, review cy08): "水利所和各村(社区)负责具体实施。" had given "各村(社区)负责";
    # ("负责组织" is no closing verb: "街道安监办负责组织开展抽查" goes on with its object, diffreview-ar)
    assert {"负责具体实施", "负责组织实施"} <= set(rules.RESPONSIBLE_VERBS) and "负责组织" not in rules.RESPONSIBLE_VERBS
    assert notes.parse_note("水利所和各村(社区)负责具体实施").responsible == ["水利所", "各村(社区)"]
    assert notes.parse_note("市档案局牵头,市大数据局配合,市档案馆具体实施").responsible == ["市大数据局", "市档案馆"]
    # 某市 耕地保护 整治方案 (004km.cn/a5/e8880b8c2fa244e2.html, review fj03): "市自然資源局牽頭,農業農村局、交通局、各鄉(辦)聯動,進行…"
    assert "联动" in rules.RESPONSIBLE_VERBS
    # a 依法行政 plan on a law mirror (review hx 07): "(市政府法制办牵头,市政府办公厅、市信息办及相关部门各负其责)" had given "相关部门各负其责)"
    assert "各负其责" in rules.RESPONSIBLE_VERBS
    assert notes.parse_note("市政府法制办牵头,市政府办公厅、市信息办及相关部门各负其责").responsible == ["市政府办公厅", "市信息办", "相关部门"]
    # 某市 深化行政审批制度改革 工作方案 (fsou.com/html/text/lar/172166/17216626_1.html, review gj 08): "(市法制局牵头,具体职能部门负责起草)"
    # had been no note, the bullet it closes no task
    assert "负责起草" in rules.RESPONSIBLE_VERBS
    assert (notes.parse_note("市法制局牵头,具体职能部门负责起草").lead, notes.parse_note("市法制局牵头,具体职能部门负责起草").responsible) == (["市法制局"], ["具体职能部门"])
    # a city's 依法行政 task list (fymate.com …17023373_1.html, review gr 03): "(市法制局会同市政府有关部门办理)" had been no note
    assert "办理" in rules.RESPONSIBLE_VERBS
    assert notes.parse_note("市法制局会同市政府有关部门办理").responsible == ["市法制局", "市政府有关部门"]
    text = "二、重点任务\n1.开展排查。市自然资源局牵头,农业农村局、交通局、各乡(办)联动,进行一次全面起底。\n2.加强巡查。\n"
    task = policy_extract.parse_text(text).tasks[0]
    assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (["市自然资源局"], ["农业农村局", "交通局", "各乡(办)"])
    assert policy_extract.parse_text("一、重点任务\n（一）加强宣传。（各单位结合实际具体落实）\n").tasks[0].responsible_units[0].name == "各单位"  # diffreview-ah
    with using(_rules_without("responsible_verbs", "具体实施")):
        assert notes.parse_note("市档案局牵头,市大数据局配合,市档案馆具体实施") is None
    with using(_rules_without("responsible_verbs", "分工落实")):
        assert notes.parse_note("税政条法股牵头,各相关股室分工落实").responsible == ["各相关股室分工"]
    # 平潭 苏平片区自建房安全专项整治实施方案 2023 (changwu/pingtan-gov-zwgk-archive, review bc06): "…筹建组负责配合。" had
    # kept 负责配合 in the last name
    assert "负责配合" in rules.RESPONSIBLE_VERBS
    note = notes.parse_note("责任单位：各村及包村工作队、派驻片区综合执法队筹建组负责配合。")
    assert note.responsible[-1] == "派驻片区综合执法队筹建组"
    # 平潭 新污染物治理工作方案 2023 (changwu/pingtan-gov-zwgk-archive, review be01): "（区资源生态局牵头负责;各片区负责配合落实，…）"
    # had given "各片区负责"
    assert "负责配合落实" in rules.RESPONSIBLE_VERBS
    assert notes.parse_note("区资源生态局牵头负责;各片区负责配合落实").responsible == ["各片区"]
    note = notes.parse_note(quote(HANZHONG, "市发展改革委牵头,市级有关部门和各县(区)政府、各园区按职责分工负责"))
    assert note.responsible == ["市级有关部门", "各县(区)政府", "各园区"]  # not "各园区按职责分工"
    assert notes.parse_note("市发改委牵头，市财政局配合").responsible == ["市财政局"]  # synthetic
    # corpus 0787 (河北 大众创业万众创新 实施意见, review r25b 06): "…等部门按职能分别负责" had given a unit "部门按职能"
    assert "按职能分别负责" in rules.RESPONSIBLE_VERBS
    assert notes.parse_note("省发展改革委、省财政厅等部门按职能分别负责").responsible == ["省发展改革委", "省财政厅"]
    # corpus 1137 (安徽 改革开放新高地): "…工作专班成员单位按职责分工配合"
    note = notes.parse_note("省商务厅牵头，省十大新兴产业推进组工作专班成员单位按职责分工配合")
    assert note.responsible == ["省十大新兴产业推进组工作专班成员单位"]
    # 西平县 2020年度法治政府建设工作安排 (xiping.gov.cn …1606553978297842.htm, review r11a 08): "…各有关部门,乡镇人民政府
    # 按职责分工分别负责" — 分别负责 alone had left "乡镇人民政府按职责分工"
    assert "按职责分工分别负责" in rules.RESPONSIBLE_VERBS
    # 惠州 2022 政务公开任务分工 (huizhou.gov.cn …post_4680672.html): "市直其他单位按职能分工落实"
    assert notes.parse_note("市政府办公室、市司法局牵头,市直其他单位按职能分工落实").responsible == ["市直其他单位"]
    # x市 2022 食品安全重点工作安排 (taowenge.com/p-11575940.html, review r12a 05): "(市食安办牵头,市食安委各有关成员单位协作)"
    assert "协作" in rules.RESPONSIBLE_VERBS
    assert notes.parse_note("市食安办牵头,市食安委各有关成员单位协作").responsible == ["市食安委各有关成员单位"]
    note = notes.parse_note("责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责")
    assert note.responsible == ["县政府办公室", "县司法局", "各有关部门", "乡镇人民政府"]
    # corpus 1064 (国办发〔2018〕128号 “无废城市”建设试点工作方案): "（自然资源部、工业和信息化部指导）" closes each run; "（科技部、
    # 财政部负责指导）" (corpus 0657): the units guide the work, they do it (responsible, the contract's "every other unit")
    assert {"指导", "负责指导"} <= set(rules.RESPONSIBLE_VERBS)
    assert notes.parse_note("自然资源部、工业和信息化部指导").responsible == ["自然资源部", "工业和信息化部"]
    assert notes.parse_note("科技部、财政部负责指导").responsible == ["科技部", "财政部"]
    with using(_rules_without("responsible_verbs", "指导")):
        assert notes.parse_note("自然资源部、工业和信息化部指导") is None
    # corpus 0592 (河北省残疾人事业发展“十二五”规划): "图书（残疾人写、写残疾人或为残疾人提供服务指导）" names no unit: an aside
    # (one false note had made it the plan's only task, 89 -> 1)
    assert notes.parse_note("残疾人写、写残疾人或为残疾人提供服务指导") is None
    # a 、 between two clauses, each with its verb ("市住建局牵头、市财政局配合")
    note = notes.parse_note("市住建局牵头、市财政局配合")
    assert (note.lead, note.responsible) == (["市住建局"], ["市财政局"])


def test_sole_owner_verbs():
    # synthetic: "（市发改委负责）" names who does the work but no lead (the contract): responsible
    assert "负责" in rules.SOLE_OWNER_VERBS
    # 北京市2018年政务公开工作要点 (eshian.com/laws/41910.html): "（…市人力社保局、市教委分别负责）"; corpus 0907
    # "…有关市政府分别负责落实": no 分别 left on a name
    assert notes.parse_note("市人力社保局、市教委分别负责").responsible == ["市人力社保局", "市教委"]
    assert notes.parse_note("省科技厅、有关市政府分别负责落实").responsible == ["省科技厅", "有关市政府"]
    # 金乡县农业农村局 2021 清单 (jinxiang.gov.cn art_75741_2724091): "(责任单位:县扶贫开发办牵头,有关部门参加,各镇街落实)"
    note = notes.parse_note("责任单位:县扶贫开发办牵头,有关部门参加,各镇街落实")
    assert (note.lead, note.responsible) == (["县扶贫开发办"], ["有关部门", "各镇街"])
    # 杭州 2022 (review r9b 07): "市文明办牵头,团市委配合落实" — no 配合 left on 团市委
    assert notes.parse_note("市文明办牵头,团市委配合落实").responsible == ["团市委"]
    note = notes.parse_note("市发改委负责")
    assert (note.lead, note.responsible) == ([], ["市发改委"])
    # "X、Y等负责", "X负责落实": no 负责 left inside a name
    assert notes.parse_note("市发改委、市财政局等负责").responsible == ["市发改委", "市财政局"]
    assert notes.parse_note("市发改委负责落实").responsible == ["市发改委"]
    # 嘉定区工程建设项目审批审查中心优化实体化运作工作方案 2021 (zhiyao87/Shanghai-Gov-Docs-Index docs/工程建设管理, review ac04): "…办公经费，由各进驻部门自行负责" had given "各进驻部门自行"
    assert "自行负责" in rules.SOLE_OWNER_VERBS
    assert notes.parse_note("各进驻部门自行负责").responsible == ["各进驻部门"]


def test_unit_conjunctions():
    # hanzhong: "市级有关部门和各县(区)政府" is two units; "市工业和信息化局" is one
    phrase = quote(HANZHONG, "市级有关部门和各县(区)政府")
    assert "和" in rules.UNIT_CONJUNCTIONS
    assert notes.split_units(phrase) == ["市级有关部门", "各县(区)政府"]
    assert notes.split_units(quote(HANZHONG, "市工业和信息化局")) == ["市工业和信息化局"]
    # corpus 0225 (河北 支持农民工等人员返乡创业 实施意见, review r25a 05): "有关部门和团省委" — a three-character unit after 和
    assert notes.split_units("有关部门和团省委") == ["有关部门", "团省委"]
    with using(_rules_without("unit_conjunctions", "和")):
        assert notes.split_units(phrase) == [phrase]
    # corpus 0212 (河北 事业单位公开招聘): "资格审查工作由用人单位或主管部门负责" names two units
    assert "或" in rules.UNIT_CONJUNCTIONS
    assert notes.split_units("用人单位或主管部门") == ["用人单位", "主管部门"]
    # corpus 0258, 0657, 0121 (国务院/河北 notices): "（国家发展改革委会同有关部门负责）", "（财政部、科技部会同有关部门负责落实）",
    # "（省商务厅、省邮政局会同省有关部门，各市政府，雄安新区管委会负责）": 会同 joins two units ("together with"); it had
    # stayed inside a name ("国家发展改革委会同有关部门"). Neither leads: only 牵头/主办 name a lead (the contract).
    assert "会同" in rules.UNIT_CONJUNCTIONS
    note = notes.parse_note("财政部、科技部会同有关部门负责落实")
    assert (note.lead, note.responsible) == ([], ["财政部", "科技部", "有关部门"])
    assert notes.split_units("省邮政局会同省有关部门") == ["省邮政局", "省有关部门"]
    with using(_rules_without("unit_conjunctions", "会同")):
        assert notes.split_units("省邮政局会同省有关部门") == ["省邮政局会同省有关部门"]


def test_unit_suffixes():
    # xian-2022: "市行政审批局 市司法局" is two names (…局 ends a unit); "西咸新 区管委会" is one
    assert "局" in rules.UNIT_SUFFIXES
    assert notes.split_units(quote(TABLE, "市行政审批局 市司法局")) == ["市行政审批局", "市司法局"]
    assert notes.split_units("西咸新 区管委会") == ["西咸新区管委会"]
    # 怀远县农业农村局 2023 (ahhy.gov.cn …51230677): a bureau's sections "农田建设管理股", "乡村产业发展股"
    assert {"股", "科"} <= set(rules.UNIT_SUFFIXES)
    # 增城市 创建全国文明城市宣传工作方案 (review hi 06): "由各镇街及相关部门负责" — 镇街 (towns and street offices) a unit, 及 then another
    assert "镇街" in rules.UNIT_SUFFIXES and notes.split_units("各镇街及相关部门") == ["各镇街", "相关部门"]
    assert notes.split_units("农业股 乡村产业发展股") == ["农业股", "乡村产业发展股"]
    # 淮南市 机关事务管理局 (jgswglj.huainan.gov.cn/public/118319873/1260711128.html, review r28b 03): a cell
    # "市委社会工作部 市广播电视台 市地震局" gave '市广播电视台市地震局'
    assert "电视台" in rules.UNIT_SUFFIXES
    assert notes.split_units("市委社会工作部 市广播电视台 市地震局") == ["市委社会工作部", "市广播电视台", "市地震局"]
    # 安徽省气象局 2013年度科技创新工作计划 (m.bdocx.com/doc/8341197.html, review gl 03): "责任单位:" over "科研所、省气象台" on the next
    # line had been no unit line, and the item lost both units
    assert "气象台" in rules.UNIT_SUFFIXES
    text = "一、加强科研能力建设\n2.加强省级重点实验室建设\n加强大气科学与卫星遥感重点实验室建设,组织制定年度工作计划。\n责任单位:\n科研所、省气象台\n"
    assert [u.name for u in policy_extract.parse_text(text).tasks[0].responsible_units] == ["科研所", "省气象台"]
    # 嘉定区 盘活低效用地 行动方案 (zhiyao87/Shanghai-Gov-Docs-Index, review aj02): "（各街镇、区属国企）", "（区属国企）" — the
    # district's state companies; the note had been read as no note, 各街镇 lost with it
    assert "国企" in rules.UNIT_SUFFIXES
    text = "三、主要任务\n（二）推动存量盘活\n4.引进一批优质项目。（各街镇、区属国企）\n5.打造国企存量土地统筹开发利用样板典范。（区属国企）\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [["各街镇", "区属国企"], ["区属国企"]]
    with using(_rules_without("unit_suffixes", "局")):
        assert notes.split_units("市行政审批局 市司法局") == ["市行政审批局市司法局"]


def test_unit_prefixes():
    # hanzhong: after 和, "各县(区)政府" starts a unit (各…)
    assert "各" in rules.UNIT_PREFIXES
    phrase = quote(HANZHONG, "市级有关部门和各县(区)政府")
    assert len(notes.split_units(phrase)) == 2
    # Where the part after 和 is too short to be judged by its ending, the prefix decides
    # (synthetic: "市财政局和各区").
    assert notes.split_units("市财政局和各区") == ["市财政局", "各区"]
    with using(_rules_without("unit_prefixes", "各")):
        assert notes.split_units("市财政局和各区") == ["市财政局和各区"]
    # 北仑区 2024 主要任务分解, flattened (review r32b 03): "…历史文化街区。开发区开发建设综合局区城市建设投资集团有限公司,
    # 大碶街道" — the lead's name opens with 开发区, not with the 区 inside it
    assert {"开发区", "高新区"} <= set(rules.UNIT_PREFIXES)
    from policy_extract.flat_tables import _unit_cells_start
    row = "高标准建设庐南片,匠心打造庐南历史文化街区。开发区开发建设综合局区城市建设投资集团有限公司,大碶街道"
    assert row[_unit_cells_start(row) :].startswith("开发区开发建设综合局")
    with using(_rules_without("unit_prefixes", "开发区")):
        assert row[_unit_cells_start(row) :].startswith("区开发建设综合局")


def test_generic_after_etc():
    # "X等部门" names X only (synthetic: no sample has a unit list ending so); a named
    # collective after 等 stays a unit: xian-2022 "市行政审批局等市级相关单位"
    assert "部门" in rules.GENERIC_AFTER_ETC
    assert "市级相关单位" not in rules.GENERIC_AFTER_ETC
    assert notes.split_units("市发改委、市财政局等部门") == ["市发改委", "市财政局"]
    assert notes.split_units(quote(TABLE, "市行政审批局等市级相关单位")) == ["市行政审批局", "市级相关单位"]
    # corpus 0645 (review r21a 07): "（最高人民法院、…、市场监管总局等部门和单位按职责分工负责）": the generic words after 等
    assert "部门和单位" in rules.GENERIC_AFTER_ETC
    assert notes.split_units("公安部、市场监管总局等部门和单位") == ["公安部", "市场监管总局"]
    # corpus 0921 (河北 产业集群, review c12-3), 1062 (c12-4): "省工业和信息化厅、省科技厅等有关部门" — a collective after
    # 等 is a unit, as the contract's "X、Y等市级相关单位" gives 市级相关单位
    assert "有关部门" not in rules.GENERIC_AFTER_ETC
    assert notes.split_units("省工业和信息化厅、省科技厅等有关部门") == ["省工业和信息化厅", "省科技厅", "有关部门"]
    with using(_rules_without("generic_after_etc", "部门")):
        assert notes.split_units("市发改委、市财政局等部门") == ["市发改委", "市财政局", "部门"]
    # 宁波北仑区 2024 主要任务分解 (bl.gov.cn …art_1229439031_4375408.html, review r32b 03): "…区国有资产管理中心等部门、
    # 单位,大碶街道" — the kinds after 等, one generic tail, no unit "单位"
    assert "部门、单位" in rules.GENERIC_AFTER_ETC
    listed = "区公共项目建设管理中心、区国有资产管理中心等部门、单位,大碶街道"
    assert notes.split_units(listed) == ["区公共项目建设管理中心", "区国有资产管理中心", "大碶街道"]
    with using(_rules_without("generic_after_etc", "部门、单位")):
        assert "部门、单位" in notes.split_units(listed)


def test_no_unit_cells():
    # xian-2022 measures (53) and (80)–(82): 责任单位 "/"
    quote(TABLE, "市司法局\t/\t2022年12月底")
    assert "/" in rules.NO_UNIT_CELLS
    assert notes.split_units("/") == []
    t80 = next(t for t in document(TABLE).tasks if t.number == "(80)")
    assert ([u.name for u in t80.lead_units], t80.responsible_units) == (["市法院"], [])
    with using(_rules_without("no_unit_cells", "/")):
        assert notes.split_units("/") == ["/"]


# --- deadlines ---------------------------------------------------------------------------


def test_ongoing_phrases():
    quote(TABLE, "\t持续推进\t")
    assert "持续推进" in rules.ONGOING_PHRASES
    assert deadlines.parse_time_limit("持续推进", 2022).ongoing
    # a 民政 廉租住房 plan (review hz 02): "…,长年实施。" as the item's time limit
    assert "长年实施" in rules.ONGOING_PHRASES and deadlines.parse_time_limit("长年实施", 2008).ongoing
    with using(_rules_without("ongoing_phrases", "持续推进")):  # (the other phrases' opening 持续 still says it)
        assert deadlines.parse_time_limit("持续推进", 2022).ongoing
    with using(_rules_without("ongoing_phrases", *[p for p in rules.ONGOING_PHRASES if p.startswith("持续")])):
        assert not deadlines.parse_time_limit("持续推进", 2022).ongoing


def test_range_joiners():
    # 汕尾 2025 防溺水 办法 (review hu 08): "在每年3月至11月周末和暑假期间…播放…" and 河北 2022 稳农业 措施 (corpus 0741): "对在每年3—5月进行
    # 生鲜乳喷粉的乳企…": the range's last month recurs with its first, no due date
    assert {"至", "—"} <= set(rules.RANGE_JOINERS)
    for text in ("利用好线上线下媒介,在每年3月至11月周末和暑假期间播放宣传教育片。", "对在每年3—5月进行生鲜乳喷粉的乳企每吨补助500元。"):
        assert deadlines.deadline_in_text(text, 2025) is None
        with using(_rules_without("range_joiners", "至", "—")):
            assert deadlines.deadline_in_text(text, 2025) is not None
    assert deadlines.deadline_in_text("2025年3月至11月底前完成改造。", 2025).date == "2025-11-30"  # no rhythm before it: due
    # spaced and with hours (a 乡镇 防汛 制度 page, review ii 04): "汛期值班时间为每年 4 月 1 日 8 时至 9 月 30 日 18 时"
    assert deadlines.deadline_in_text("汛期值班时间为每年 4 月 1 日 8 时至 9 月 30 日 18 时,交接班时间为每天上午 8 时。", 2024) is None


def test_since_words():
    # 工信部 2018 关键业绩指标 (review im 02): "从2016年开始,我部每年都公开有关重点工作的关键业绩指标…根据工作安排,2018年,我们继续制定和公开
    # 相关指标" over a table whose 完成时限 cells say "6月", "12月" and whose 备注 cells say "“十三五”规划预期2020年…" twice: the months are 2018's
    assert {"从", "自"} <= set(rules.SINCE_WORDS)
    text = ("为加强信息公开,从2016年开始,我部每年都公开有关重点工作的关键业绩指标。根据工作安排,2018年,我们继续制定和公开相关指标。\n"
            "序号 | 指标名称 | 预期效果 | 完成时限 | 牵头负责司局 | 备注 |\n1 | 通光纤行政村比例 | 98% | 12月 | 信息通信发展司 | “十三五”规划预期2020年行政村通光纤比例达到98%。 |\n"
            "2 | 移动宽带用户普及率 | 85% | 6月 | 信息通信发展司 | “十三五”规划预期2020年移动宽带用户普及率达到85%。 |\n")
    assert [t.deadline.date for t in policy_extract.parse_text(text).tasks] == ["2018-12-31", "2018-06-30"]
    with using(_rules_without("since_words", "从", "自")):
        assert [t.deadline.date for t in policy_extract.parse_text(text).tasks] != ["2018-12-31", "2018-06-30"]


def test_stage_words():
    # 冶金机械等行业安全生产专项整治 方案 on one line (review im 07): "(二)企业自查自整阶段(7月) 全市冶金机械等行业企业制定…", "(五)全面总结阶段(12月)
    # …" — the months a stage's title gives are its time limit, as "(6月底前)" and "(7~9月)" beside them are read; not a bracket elsewhere
    assert "阶段" in rules.STAGE_WORDS
    text = ("2019年冶金机械等行业安全生产专项整治方案\n(一)安排部署阶段(6月底前) 各县(市、区)政府制定实施方案。\n(二)企业自查自整阶段(7月) 全市冶金机械等行业企业制定自查自整方案。\n"
            "(三)全面总结阶段(12月) 各县(市、区)政府认真总结专项整治工作。\n")
    assert [t.deadline.date for t in policy_extract.parse_text(text).tasks] == ["2019-06-30", "2019-07-31", "2019-12-31"]
    assert deadlines.titled_period("组织召开座谈会(7月) 听取意见。", 2019) is None  # no stage's title
    with using(_rules_without("stage_words", "阶段")):
        assert [t.deadline for t in policy_extract.parse_text(text).tasks][1:] == [None, None]

def test_recurring_phrases():
    # xian-2025: "于每季度末最后一个月15日前报市政府办公厅"
    phrase = quote(EFF2025, "于每季度末最后一个月15日前报市政府办公厅")
    assert "每季度" in rules.RECURRING_PHRASES
    assert deadlines.recurrence_of(phrase) == "每季度"
    with using(_rules_without("recurring_phrases", "每季度")):
        assert deadlines.recurrence_of(phrase) is None
    # 洪江市 2013 (contacsealstone.com …8433188.html, review r30b 04): "实行一季度一督查、半年一考核、一年一考评" is a
    # rhythm, not work due at the end of the first quarter; corpus 0960: "县区一季度一复核"
    rhythm = "目标完成情况实行一季度一督查、半年一考核、一年一考评。"
    assert deadlines.deadline_in_text(rhythm, 2013) is None
    assert deadlines.deadline_in_text("一季度完成方案编制。", 2013).date == "2013-03-31"
    with using(_rules_without("recurring_phrases", "一季度一", "半年一")):
        assert deadlines.deadline_in_text(rhythm, 2013) is not None
    # a yearly date after 每年 recurs: corpus 0962 (河北 中高职贯通 2023, review r31b 09) "应于每年4月上旬完成",
    # corpus 1061 (三级公立医院绩效考核 2019): "在2019年9月底前，完成…2020年起，每年1月底前完成上述工作"
    assert deadlines.deadline_in_text("由联办高校或各相关高校组织，应于每年4月上旬完成。", 2023) is None
    assert deadlines.deadline_in_text("在2019年9月底前，完成分析评估。2020年起，每年1月底前完成上述工作。", 2019).date == "2019-09-30"
    with using(_rules_without("recurring_phrases", "每年")):
        assert deadlines.deadline_in_text("由联办高校或各相关高校组织，应于每年4月上旬完成。", 2023) is not None
    # 每年 run into the date's 年: "每年底，由市交通委牵头，会同申通地铁集团…" (上海 轨道交通安全保护区管理工作机制 2025,
    # zhiyao87/Shanghai-Gov-Docs-Index, review ao08) is every year's end, not the notice's
    every_year_end = "每年底，由市交通委牵头，会同申通地铁集团开展评估。"
    assert deadlines.deadline_in_text(every_year_end, 2025) is None
    assert deadlines.deadline_in_text("年底，由市交通委牵头开展评估。", 2025).date == "2025-12-31"
    with using(_rules_without("recurring_phrases", "每年")):
        assert deadlines.deadline_in_text(every_year_end, 2025) is not None


# --- tables ------------------------------------------------------------------------------


def test_table_columns():
    # 淮南市林业局 2021年《政府工作报告》主要任务第一季度落实情况 (a mirror page, review fo 05): the report's status, its reasons
    # and next steps are progress, no measure of the task ("措施" in 下步措施 had made its cells the task's text)
    assert tables.header_columns(["序号", "主要任务", "牵头单位", "协同单位", "工作进度", "落实情况", "进度滞后原因及下步措施", "联系人 联系电话"]) == {
        "number": 0, "task": 1, "lead": 2, "responsible": 3, "progress": 5, "note": 7}
    # 上虞区文广旅游局 2024年二季度重点工作任务执行和落实情况 (forbiddentreatments.com/art/2024/7/30/art_1229463486_59157069.html, a mirror
    # in traditional characters, review ft 06): "具体分解" is each
    # row's task, "形象进度" ("55%") its progress; the table had no task column and gave no task
    assert tables.header_columns(["具体分解", "年份", "季度", "当前工作进度", "形象进度", "进度状态", "责任区领导", "具体责任单位"]) == {
        "measure": 0, "progress": 4, "leader": 6, "responsible": 7}
    # 中小学校食品安全管理 部门职责 (review gu 07): "序号 涉及部门 职责分工" — the duties are each row's task, the unit column before them
    assert tables.header_columns(["序号", "涉及部门", "职责分工"]) == {"number": 0, "responsible": 1, "task": 2}
    # the same header with its separators lost ("…序号涉及部门职责分工1市教育局…", diffreview-f1 p44): read as three names
    from policy_extract.column_names import split_glued_header

    assert split_glued_header("序号涉及部门职责分工1市教育局负责校园食品安全管理工作。")[0] == ["序号", "涉及部门", "职责分工"]
    assert tables.header_columns(["序号", "责任单位", "工作职责"])["task"] == 2
    # 烈山区 2023 重点工作任务进展情况 (review gg 06): a role word inside a text column's name, "重点工作及责任分解内容", names no unit column
    assert tables.header_columns(["序号", "重点工作及责任分解内容", "牵头责任单位", "前三季度进展情况"]) == {"number": 0, "task": 1, "lead": 2, "progress": 3}
    # 恩平 供水 2007 (a law-text copy's box-drawn table, review gc 03): "完成年限" ("2007年-2010年") is the time limit
    assert tables.header_columns(["序号", "地区", "项目名称", "建设规模及主要建设内容", "责任单位", "完成年限"])["deadline"] == 5
    # diffreview-c1 p09, p10: a schedule "工作进度安排" is the time limit, a rectification plan's "下一步措施" its measure
    assert tables.header_columns(["序号", "工作任务", "责任单位", "工作进度安排"])["deadline"] == 3
    assert tables.header_columns(["序号", "存在问题", "下一步措施", "责任单位", "完成时限"])["measure"] == 2
    # 2022上半年重点工作进展情况统计表 (gongwk.com/doc/489008.jhtml, review fv 06): "完成状态" ("序时推进") is the report's status
    assert tables.header_columns(["序号", "承担的重点工作", "完成状态", "工作进展情况", "牵头责任单位"]) == {
        "number": 0, "task": 1, "progress": 2, "lead": 4}
    # 谯城区 2025年度区民政局重点工作任务分解 (bzqc.gov.cn/XxgkContent/show/2842103.html, review cr03): "分月序时进度" is the months'
    # schedule (its 序 had made it the number column), "考核指标" the row's text, "监督方式" a contact, never units
    assert tables.header_columns(["序号", "责任单位", "考核指标", "分月序时进度", "监督方式", "实施部门", "实施步骤", "完成时限"]) == {
        "number": 0, "responsible": 1, "task": 2, "progress": 3, "note": 4, "more_responsible": 5, "deadline": 7}
    # 上城区 2019 目标任务分解表 (www.hzsc.gov.cn art_1229231327_1983682): "序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 |…"
    assert tables.header_columns(["序号", "任 务 名 称", "指 标 要 求", "牵 头 部 门", "配 合 部 门"]) == {
        "number": 0, "task": 1, "target": 2, "lead": 3, "responsible": 4}
    # 苍南县 2022 民生实事进度表 (cncn.gov.cn art_1229664772_59047997), flattened: "…当前进度牵头单位备注" — two names
    assert column_names.split_glued_header("序号项目内容当前进度牵头单位备注1新建公办园5所。")[0] == ["序号", "项目内容", "当前进度", "牵头单位", "备注"]
    # 江门市土地储备中心 政务公开任务 (sd-xs.com …post_2452685.html): "工作任务 | 具体要求 | 责任部门 |" — the requirement is the measure
    assert tables.header_columns(["工作任务", "具体要求", "责任部门"]) == {"task": 0, "measure": 1, "responsible": 2}
    # 天津市工业和信息化局 人工智能三年行动计划2020年重点工作分工表 (bizlaba.com/post/6157.html, review gt 02): "单位名称" names the unit doing
    # each row's work; a row's second task ("发挥海河… | ||") takes the number and unit merged from the row above
    assert tables.header_columns(["序号", "单位名称", "2020年重点工作任务"]) == {"number": 0, "responsible": 1, "measure": 2}
    text = ("附件\n2020年重点工作分工表\n序号 | 单位名称 | 2020年重点工作任务 |\n1 | 市发展改革委 | 推动曙光国家先进计算产业创新中心全面开工建设,培育一批龙头企业。 |\n"
            "发挥海河产业基金作用,培育一批龙头企业,将我市建设成为全国领先的智能科技产业创新中心。 | ||\n2 | 市教委 | 支持南开大学、天津大学等高校加强人工智能学科建设。 |\n")
    assert [(t.number, t.text[:6], [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(text).tasks] == [
        ("1", "推动曙光国家", ["市发展改革委"]), ("1", "发挥海河产业", ["市发展改革委"]), ("2", "支持南开大学", ["市教委"])]
    # a county bureau's 政务公开工作要点 (a mirror, redwoodcoonhounds.com/public/15401/105053833.html, review s5b 02): "重点任务 |
    # 工作内容 | 负责科室 |" with no number column — the first names each row's group, the second its task
    assert tables.header_columns(["重点任务", "工作内容", "负责科室"]) == {"group": 0, "task": 1, "responsible": 2}
    # with a number column too, a 名称 column before the content names the row's project (review gi 02, test_name_column_endings)
    assert tables.header_columns(["序号", "项目名称", "主要内容", "牵头单位"]) == {"number": 0, "group": 1, "task": 2, "lead": 3}
    assert tables.header_columns(["序号", "重点工作", "工作内容", "牵头单位"]) == {"number": 0, "task": 1, "lead": 3}  # not a name: the first stays
    # 上高县市场监督管理局 2023 双随机抽查工作计划 (mywgg.com …80b73b7d….shtml, review r12a 07): "…| 计划开展时间 | 股室 |"
    assert tables.header_columns(["序号", "检查内容", "计划开展时间", "股室", "抽查比例"])["responsible"] == 3
    # 祁门县 民生工程 进度 (ahqimen.gov.cn …9266452.html): "…| 牵头单位 | 目标任务 | 累计完成 | 累计进度 | 备注"
    assert tables.header_columns(["序号", "类别", "项目名称", "牵头单位", "累计完成", "累计进度", "备注"]) == {
        "number": 0, "group": 1, "task": 2, "lead": 3, "progress": 4, "note": 6}
    # 静安区 2023 城市更新行动重点任务清单 (zhiyao87/Shanghai-Gov-Docs-Index, review w04): "任务类型 | 序号 | 工作任务 | 推进单位" — the
    # type's cells ("旧区改造") group the rows; its head word 类型 decides over 任务
    assert tables.header_columns(["任务类型", "序号", "工作任务", "推进单位"]) == {"group": 0, "number": 1, "task": 2, "responsible": 3}
    # 广东省卫生健康委 2021 台账 (m.hqtbz.com …post_3974223): "细化分工" refines the 工作任务 merged over it
    assert tables.header_columns(["序号", "工作任务", "细化分工", "责任处室", "完成时限", "备注"]) == {
        "number": 0, "task": 1, "measure": 2, "responsible": 3, "deadline": 4, "note": 5}
    # 平潭 2016 省政府“立项挂牌办理”任务分解表 (changwu/pingtan-gov-zwgk-archive qgwhbgswj/201603/3915, review bk03): a
    # rectification table, its problem merged over the measures answering it; with no measure, the problem is the task
    assert tables.header_columns(["存在问题", "整改目标和措施", "责任单位"]) == {"group": 0, "measure": 1, "responsible": 2}
    assert tables.header_columns(["序号", "存在问题", "责任单位", "整改时限"]) == {"number": 0, "task": 1, "responsible": 2, "deadline": 3}
    # a project's or indicator's table with a problem column keeps its first column as the task; 问题 alone names no column (diffreview-ae)
    assert tables.header_columns(["序号", "重点项目", "存在问题", "责任单位", "完成时限"])["task"] == 1
    assert tables.header_columns(["序号", "发现问题数", "责任单位"]).get("group") is None
    # a page's info line over a table is no header: a group's column is no task ("发布机构: … 主题分类: 综合政务" over "序号 重点工作任务
    # 主要责任单位 协同配合单位", 谯城区 2025 重点工作任务分解表, review web-d 02: the info lines had become the table's rows, the title lost)
    assert "task" not in tables.header_columns(["发布机构", "谯城区政府(办公室)", "主题分类", "综合政务"])
    page = ("发布机构: 谯城区政府(办公室) 主题分类: 综合政务\n名称: 谯城区2025年政府工作报告重点工作任务分解表 文号:\n发布日期: 2025-03-28\n"
            "谯城区2025年政府工作报告重点工作任务分解表\n发布时间:2025-03-28 16:00 信息来源:谯城区委督查考核办 浏览次数: 字体:[ ]\n"
            "序号 重点工作任务 主要责任单位 协同配合单位\n一、2025年经济社会发展的主要预期目标\n1 地区生产总值增长6.5%左右。 区发改委 区政府各部门\n"
            "2 一般公共预算收入增长5%左右。 区财政局 区政府有关部门\n")
    assert policy_extract.parse_text(page).meta.title == "谯城区2025年政府工作报告重点工作任务分解表"
    doc = policy_extract.parse_text("2016年省政府“立项挂牌办理”任务分解表\n存在问题\t整改目标和措施\t责任单位\n"
                                    "投资增长动力不足\t出台2016年度扩大有效投资的实施意见，细分投资领域。\t区经发局牵头，区交建局、环土局\n"
                                    "\t创新应用各种投融资方式，总结推广PPP等建设运营模式。\t区财金局、经发局牵头，区环土局\n")
    assert [(t.path, t.text[:8], [u.name for u in t.lead_units]) for t in doc.tasks] == [
        (["投资增长动力不足"], "出台2016年度", ["区经发局"]), (["投资增长动力不足"], "创新应用各种投融", ["区财金局", "经发局"])]
    header = quote(TABLE, "序号\t陕西省《工作要点》部署任务\t西安市落实措施\t牵头单位\t责任单位\t完成时限\t备注").split("\t")
    assert tables.header_columns(header) == {"number": 0, "task": 1, "measure": 2, "lead": 3, "responsible": 4, "deadline": 5, "note": 6}
    # a column whose header says its first-listed unit leads ("责任单位（排第一位的为牵头单位）", the legend notes print):
    # the first of each cell leads, the rest take part; its phone column ("监督电话") no unit's (济南市中区 2025, review r34a 02)
    doc = policy_extract.parse_text("序号\t重点任务\t责任单位（排第一位的为牵头单位）\t监督电话\n1\t推进数字政府建设。\t市政务服务局、市发改委、市财政局\t"
                                    "区发展改革局产业发展科51806562\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [(["市政务服务局"], ["市发改委", "市财政局"])]
    # "西安市落实措施" is the measure because measure is checked before task
    fields = [f for f, _ in rules.TABLE_COLUMNS]
    assert fields.index("measure") < fields.index("task")
    # a lead column is named by the table's words and by the lead note labels alike
    columns_only = DEFAULT_RULES.replace(table_columns=tuple((f, _without(a, "牵头单位", "牵头")) for f, a in rules.TABLE_COLUMNS))
    with using(columns_only):
        assert tables.header_columns(header)["lead"] == 3  # 牵头单位 is still a lead label
    with using(columns_only.replace(lead_labels=_without(rules.LEAD_LABELS, "牵头单位"))):
        assert tables.header_columns(header)["lead"] == 3  # and by the head word of a label no list holds
    no_head_word = tuple((r, _without(ws, "牵头")) for r, ws in rules.ROLE_HEAD_WORDS)
    with using(columns_only.replace(lead_labels=_without(rules.LEAD_LABELS, "牵头单位"), role_head_words=no_head_word)):
        assert "lead" not in tables.header_columns(header)
    # 南陵县 2024 分解表 (www.nlx.gov.cn, stored pages), one cell per line: "分 管 县领导" names the leader
    # column, "牵头责任单位" the lead; the table had given no task
    assert tables.header_columns(["序号", "目标与任务", "分 管 县领导", "牵头责任单位", "责任单位"]) == {
        "number": 0, "task": 1, "leader": 2, "lead": 3, "responsible": 4}
    text = "序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n80 |\n加大普惠性托育供给,新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
    task = policy_extract.parse_text(text).tasks[0]
    assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units], task.leaders) == (["县教育局"], ["县各有关单位"], ["俞悦"])
    # 大竹县 2016年民生实事目标任务分解表 (www.dazhu.gov.cn/xxgk-show-947.html): "民生实事" heads the
    # task column; 常州 2021年重大民生实事项目 责任分解表 (1wenmi.com/doc/507125.html): "项目名称"
    assert tables.header_columns(["序号", "民生实事", "责任单位", "完成时限"]) == {"number": 0, "task": 1, "responsible": 2, "deadline": 3}
    # ("项目名称 | 主要内容 | 区政府分管领导 | 牵头单位 | 配合单位": the content is each row's task, the name its path)
    assert tables.header_columns(["序号", "项目名称", "主要内容", "牵头单位"])["task"] == 2
    # 2017年西藏自治区“互联网+政务服务”工作任务进度表 (a mirror, iruorou, review dy09): "序号 | 工作任务 | 阶段目标" — each row's work by
    # quarter ("第一季度:…第四季度:…"), its time limits; the table had given no task
    assert tables.header_columns(["序号", "工作任务", "阶段目标"]) == {"number": 0, "task": 1, "deadline": 2}
    # beside a 完成时限 column or a unit column, 阶段目标 is the task's target (diffreview-az p34, p35)
    assert tables.header_columns(["序号", "重点任务", "阶段目标", "责任单位", "完成时限"]) == {
        "number": 0, "task": 1, "target": 2, "responsible": 3, "deadline": 4}
    assert tables.header_columns(["序号", "重点任务", "阶段目标", "责任单位"]) == {"number": 0, "task": 1, "target": 2, "responsible": 3}
    # a long cell naming a time column first is no column, and nothing fails on it (seed 004 with its lines joined by spaces)
    assert tables.header_columns(["序号", "工作任务", "完成时限按照省委省政府部署要求于年底前全部完成各项工作", "责任单位"]) == {
        "number": 0, "task": 1, "responsible": 3}
    without = DEFAULT_RULES.replace(table_columns=tuple((f, _without(a, "实事")) for f, a in rules.TABLE_COLUMNS))
    assert tables.header_columns(["序号", "责任单位", "民生实事"])["task"] == 2
    with using(without):
        assert "task" not in tables.header_columns(["序号", "责任单位", "民生实事"])


# --- metadata ----------------------------------------------------------------------------


def test_report_verbs():
    # hanzhong "…及时报送市政府办公室", xian-2022 / xian-2025 "…前报市政府办公厅"
    assert {"报送", "报"} <= set(rules.REPORT_VERBS)
    assert meta.find_reporting_requirement([quote(HANZHONG, "请将进展情况、发现问题和意见建议及时报送市政府办公室")]) is not None
    assert meta.find_reporting_requirement([quote(TABLE, "各单位工作落实情况请于每月23日前报市政府办公厅")]) is not None


def test_report_verbs_decide():
    # synthetic verb "呈送": adding it to the table should let meta read such a request
    sentence = "请各单位于每月23日前将工作进展呈送市政府办公厅。"
    assert meta.find_reporting_requirement([sentence]) is None
    with using(DEFAULT_RULES.extend({"report_verbs": ["呈送"]})):
        found = meta.find_reporting_requirement([sentence])
    assert found is not None and "呈送市政府办公厅" in found


def test_annex_form_endings():
    # review r29a 12 (河北省教育厅 2020, flattened): "…附件：1.…个人信息统计表2.…总体情况统计表河北省教育厅2020年8月21日"
    assert "表" in rules.ANNEX_FORM_ENDINGS
    assert {"指南", "指引"} <= set(rules.ANNEX_FORM_ENDINGS)  # "附件：线下招聘活动疫情防控工作指南人力资源社会保障部办公厅2020年5月29日" (corpus 0018, test_meta)
    text = ("各高校：一、做好统计工作。请于9月10日前报送。附件：1.河北省普通高等学校思想政治理论课教师个人信息统计表"
            "2.河北省普通高等学校思想政治理论课教师总体情况统计表河北省教育厅2020年8月21日\n")
    assert (policy_extract.parse_text(text).meta.issue_date, policy_extract.parse_text(text).meta.issuer) == ("2020-08-21", "河北省教育厅")
    with using(_rules_without("annex_form_endings", "表")):
        assert policy_extract.parse_text(text).meta.issue_date is None
    # corpus 1020 (河北省教育厅 2018, flattened): the list of annexes run on after the last item's text, the signature
    # after its last title ("…推荐表通知及附件下载河北省教育厅2018年8月2日"): no title of it is a task, the signature stays
    text = ("各市教育局：一、论文要求（一）请严格按照规定样式报送论文。（二）于2018年11月1日前报送。二、表彰奖励本次论文报告会设一、二、三等奖，"
            "颁发证书。三、未尽事项另行通知附件：1.河北省第二十届学校体育科研论文报告会论文样式2.河北省第二十届学校体育科研论文报告会参评论文推荐表"
            "通知及附件下载河北省教育厅2018年8月2日\n")
    doc = policy_extract.parse_text(text)
    assert [t.number for t in doc.tasks] == ["（一）", "（二）", "二"] and doc.meta.issue_date == "2018-08-02"


# --- every table has its test ------------------------------------------------------------


def test_every_rule_table_has_a_test_here():
    names = [n for n in vars(rules) if n.isupper() and isinstance(getattr(rules, n), tuple) and not isinstance(getattr(rules, n), rules.Rules)]
    source = Path(__file__).read_text(encoding="utf-8")
    missing = [n for n in names if f"def test_{n.lower()}(" not in source]
    assert names and missing == []


def test_responsible_openings():
    # corpus 0620 (河北 2004 农业产业化 建议办理, review c16-1): "此项工作由省科技厅牵头，会同…研究提出意见" — the units after 会同
    # had been lost (19 units over the notice), or kept as "会同省农业厅"
    from policy_extract.notes import parse_note

    assert "会同" in rules.RESPONSIBLE_OPENINGS
    text = "由省科技厅牵头，会同省农业产业化办公室、省农业厅、省中小企业局、省林业局、省畜牧局、省水产局研究提出意见"
    note = parse_note(text)
    assert (note.lead, note.responsible) == (["省科技厅"], ["省农业产业化办公室", "省农业厅", "省中小企业局", "省林业局", "省畜牧局", "省水产局"])
    with using(_rules_without("responsible_openings", "会同")):
        assert parse_note(text) is None
    # without a lead before it, 会同 joins two names ("X会同Y负责": both responsible, as before)
    assert parse_note("省科技厅会同省农业厅负责").responsible == ["省科技厅", "省农业厅"]



def test_work_verbs():
    # what the units after 会同 are to do starts at one of these verbs; the names end before it, not at the longest
    # ending of a unit ("会同省农业厅组织开展专项检查" had given "省农业厅组", review of the change)
    from policy_extract.notes import parse_note

    assert {"研究", "组织", "制定"} <= set(rules.WORK_VERBS)
    assert parse_note("省科技厅牵头，会同省农业厅组织开展专项检查").responsible == ["省农业厅"]
    assert parse_note("市发改委牵头，会同市公安局交通管理支队研究提出意见").responsible == ["市公安局交通管理支队"]
    # corpus 0620 item 四: "…牵头，会同省财政厅和省直农口部门统筹研究制定发展规划"
    assert parse_note("省法制办、省委农办牵头，会同省财政厅和省直农口部门统筹研究制定发展规划").responsible == ["省财政厅", "省直农口部门"]
    with using(_rules_without("work_verbs", "组织")):
        assert parse_note("省科技厅牵头，会同省农业厅组织开展专项检查") is None
    # a role verb, then only the work it takes on: the clause's role is the verb's (review web-m 07: 粤府办〔2023〕5号 as a copy
    # printed it, "(省生长改造委牵头卖力)", probed with the work spelt out, "(省发展改革委牵头组织实施)", which gave no unit)
    assert (parse_note("省发展改革委牵头组织实施").lead, parse_note("省发展改革委牵头组织实施").responsible) == (["省发展改革委"], [])
    assert parse_note("省工业和信息化厅牵头研究制定，省财政厅配合").lead == ["省工业和信息化厅"]
    assert parse_note("市教育局负责组织实施").responsible == ["市教育局"]
    assert parse_note("市发改委负责落实").responsible == ["市发改委"]  # (a role verb of its own, read as before)
    with using(_rules_without("work_verbs", "实施")):
        assert parse_note("省发展改革委牵头组织实施") is None
    # 南昌市 安全生产月 活动方案 (review gy 03): "此项工作由市委宣传部新闻处、市安监局综合处负责组织协调。" — 协调 the work taken on
    assert parse_note("市委宣传部新闻处、市安监局综合处负责组织协调").responsible == ["市委宣传部新闻处", "市安监局综合处"]
    with using(_rules_without("work_verbs", "协调")):
        assert parse_note("市委宣传部新闻处、市安监局综合处负责组织协调") is None


def test_first_listed_leads_phrases():
    # lishui fixture (tests/fixtures/real): "(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)"
    from policy_extract.extract import says_first_listed_leads

    phrase = "(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)"
    assert says_first_listed_leads(phrase)
    # "(市农业农村局、市市场监管局、市卫健委等负责位列第一的为牵头部门或单位,下同)" (diffreview-h2 p25, after 钦州 2015 食品安全, review hj 02)
    assert "位列第一" in rules.FIRST_LISTED_LEADS_PHRASES and says_first_listed_leads("(市农业农村局等负责位列第一的为牵头部门或单位,下同)")
    with using(_rules_without("first_listed_leads_phrases", "列第一位", "第一位为牵头")):
        assert not says_first_listed_leads(phrase)
    assert not says_first_listed_leads("列第一位的是2023年的数据")  # no 牵头 near it
    # 海盐县 2022 重点工作责任分解 (haiyan.gov.cn art_1229436874_59379425): "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局"
    assert says_first_listed_leads("责任单位:县发改局(首位单位为牵头单位,下同)、县财政局")
    # 厦门 厦府办〔2019〕10号 (xm.gov.cn/zfgb/6240, review r11a 05): "责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)"
    assert says_first_listed_leads("责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)")
    # 广东省推进粤港澳大湾区建设三年行动计划 (big5.locpg.gov.cn …c_1210180213.htm, review r16b 03): "(列在任务分工首位的为牵头单位,…)"
    assert says_first_listed_leads("(列在任务分工首位的为牵头单位,其他为主要参加单位)")
    # corpus 0111 (河北省 技能强省 实施意见, review r23a 03): "…河北银保监局。列在第一位的为牵头部门，下同。）"
    assert says_first_listed_leads("（省人力资源社会保障厅、省财政厅、河北银保监局。列在第一位的为牵头部门，下同。）")
    with using(_rules_without("first_listed_leads_phrases", "列在第一位")):
        assert not says_first_listed_leads("（省人力资源社会保障厅、省财政厅、河北银保监局。列在第一位的为牵头部门，下同。）")
    # 肥城市土壤污染防治工作方案 肥政发〔2017〕17号 (feicheng.gov.cn info/contents/344/62128.html, review s7b 03)
    note = "(责任单位:市环保局、市国土资源局,市财政局、市农业局,各镇街区。以下均需各镇街区落实,不再列出。排在前位为牵头部门,下同。)"
    assert says_first_listed_leads(note)
    assert [u.name for u in policy_extract.parse_text(f"二、主要任务\n1.深入开展土壤环境质量调查。{note}\n").tasks[0].lead_units] == ["市环保局"]
    # 三明 2024 卫生健康 任务分解表 (review s7c 01): "列在首位的为牵头单位, 其他单位按职责分工负责,下同"
    assert says_first_listed_leads("市卫健委、发改委、农业农村局。列在首位的为牵头单位,其他单位按职责分工负责,下同")


def test_assisting_verbs():
    # 江苏省政府 落实十一五规划纲要 任务工作分工的通知 (fymate.net …16894519_1.html, review gm 05): "(省人事厅配合省委有关部门落实)" had given one unit
    # "省人事厅配合省委有关部门"; the unit assisting and the one assisted both do the work
    assert "配合" in rules.ASSISTING_VERBS
    assert notes.parse_note("省人事厅配合省委有关部门落实").responsible == ["省人事厅", "省委有关部门"]
    assert notes.parse_note("市公安局牵头,市交通局配合").responsible == ["市交通局"]  # the verb closing its clause: as before
    with using(_rules_without("assisting_verbs", "配合")):
        assert notes.parse_note("省人事厅配合省委有关部门落实").responsible == ["省人事厅配合省委有关部门"]


def test_verb_objects_with_person():
    # 湖北 第六次人口普查 成员单位职责分工 2010 (review gp 03): "省统计局负责人口普查的日常工作" — 负责 and its object 人口普查, no 负责人
    assert "人口" in rules.VERB_OBJECTS_WITH_PERSON
    from policy_extract.subjects import subject_note

    assert subject_note("省统计局负责人口普查的日常工作。").responsible == ["省统计局"]
    assert subject_note("县林业局负责人要带队检查。") is None  # a person's title, as before
    with using(_rules_without("verb_objects_with_person", "人口")):
        assert subject_note("省统计局负责人口普查的日常工作。") is None


def test_a_proposals_number_before_its_note():
    # 广东省人民政府办公厅关于印发2013年重点督办建议提案的通知 (粤办函〔2013〕146号, a mirror, review go 01): "(第1389号。牵头单位:省邮政局;
    # 协办单位:广东银监局、广州市政府)" — the proposal's number before the labels had made the bracket no note
    note = notes.parse_note("第1389号。牵头单位:省邮政局;协办单位:广东银监局、广州市政府")
    assert (note.lead, note.responsible) == (["省邮政局"], ["广东银监局", "广州市政府"])
    assert notes.parse_note("第1389号") is None
    assert notes.parse_note("第20130334号。主办单位:省商务厅;会办单位:省农业厅、省邮政局").responsible == ["省农业厅", "省邮政局"]  # (diffreview-e1 p31)


def test_organisation_section_words():
    # corpus 0569 (河北省重污染天气应急预案): "二、组织机构与职责" over its bodies' duties, each "X负责…"/"X：负责…": the plan's standing
    # organisation, no tasks (tests/test_segment.py test_duties_run_on_in_a_numbered_items_body_stay_in_it); "一、职责分工" divides them
    from policy_extract.segment_breaks import _divides_duties

    assert "组织机构" in rules.ORGANISATION_SECTION_WORDS
    assert _divides_duties("职责分工") and not _divides_duties("组织机构与职责") and not _divides_duties("应急指挥部及职责")
    with using(_rules_without("organisation_section_words", "组织机构")):
        assert _divides_duties("组织机构与职责")


def test_duty_list_leads():
    # 湖北 第六次人口普查 成员单位职责分工 (review gp 03, flattened): "具体分工如下:" leads in to one duty a sentence; 婚育新风进万家活动的
    # 意见 (gp 07): "并履行好以下职责:"
    from policy_extract.duty_runs import split_duty_lists
    from policy_extract.pieces import Piece

    assert {"分工如下", "以下职责"} <= set(rules.DUTY_LIST_LEADS)
    text = "按照各部门的工作职能,具体分工如下:省统计局负责日常工作。省公安厅负责户口整顿工作。省财政厅负责经费保障工作。"
    piece = Piece("para", text, 1, 1)
    assert [p.text[:4] for p in split_duty_lists([piece])] == ["按照各部", "省统计局", "省公安厅", "省财政厅"]
    assert len(split_duty_lists([Piece("para", text.replace("具体分工如下", "以下职责"), 1, 1)])) == 4
    with using(_rules_without("duty_list_leads", "分工如下")):
        assert split_duty_lists([piece]) == [piece]
    # 区 村庄环境整治 各单位任务 (m.zuowen5.net/fanwen/bangong/30810.html, review hi 04, flattened): "…任务作如下明确:区住建局负责…"
    assert "如下明确" in rules.DUTY_LIST_LEADS
    text = ("现将区各有各单位在村庄环境整治工作中的任务作如下明确:区住建局负责全区村庄环境整治总协调工作。区委农办要结合全区“三新”建设任务,"
            "负责指导督查新社区按康居示范村标准建设新社区。区财政局负责村庄环境整治专项经费的落实。")
    piece = Piece("para", text, 1, 1)
    assert [p.text[:4] for p in split_duty_lists([piece])] == ["现将区各", "区住建局", "区委农办", "区财政局"]
    with using(_rules_without("duty_list_leads", "如下明确")):
        assert split_duty_lists([piece]) == [piece]


def test_duty_lead_openings():
    # "牛皮癣"广告 停机 方案 (review gv 06): "(一)城市管理执法部门职责:负责牵头组织实施…" — the unit leads; "市供电公司:为主会场…提供电力保障"
    # opens with 为主 of 为主会场, no lead (diffreview-f1 p36)
    from policy_extract.subjects import titled_unit

    assert "负责牵头" in rules.DUTY_LEAD_OPENINGS
    assert titled_unit("城市管理执法部门职责:负责牵头组织实施本次专项行动工作。").lead == ["城市管理执法部门"]
    assert titled_unit("市供电公司:为主会场和各比赛场馆提供电力保障。").responsible == ["市供电公司"]
    with using(_rules_without("duty_lead_openings", "负责牵头")):
        assert titled_unit("城市管理执法部门职责:负责牵头组织实施本次专项行动工作。").lead == []


def test_several_units_words():
    # 咸宁市 十三五规划纲要 主要目标和任务分工 (xianning.gov.cn …t20160927_505220.shtml, review gm 06): "由多个单位负责的,排在第一位的为
    # 牵头单位": a note naming one unit ("(市教育局)") names no lead
    from policy_extract.extract import says_first_listed_leads

    assert "多个单位" in rules.SEVERAL_UNITS_WORDS
    rule = "由多个单位负责的,排在第一位的为牵头单位;"
    assert says_first_listed_leads(rule) == "several"
    text = f"二、主要指标分工\n{rule}\n(一)约束性指标。\n1.户籍人口城镇化率达到40%。(市公安局、市统计局)\n2.劳动年龄人口平均受教育年限达到11.1年。(市教育局)\n"
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(text).tasks] == [
        (["市公安局"], ["市统计局"]), ([], ["市教育局"])]
    with using(_rules_without("several_units_words", "多个单位")):
        assert says_first_listed_leads(rule) is True



def test_one_unit_words():
    # said of several and of one unit both, or stating no case: first-listed leads everywhere (diffreview-e1 p38, p22)
    from policy_extract.extract import says_first_listed_leads

    assert "一个部门" in rules.ONE_UNIT_WORDS
    assert says_first_listed_leads("(涉及多个部门的,排在第一位的为牵头部门;只列一个部门的,该部门为牵头部门)") is True
    assert says_first_listed_leads("(本方案各项任务涉及多个部门,列第一位者为牵头单位,下同)") is True
    with using(_rules_without("one_unit_words", "一个部门")):
        assert says_first_listed_leads("(涉及多个部门的,排在第一位的为牵头部门;只列一个部门的,该部门为牵头部门)") == "several"


def test_comma_leads_phrases():
    # 自贡市 2022 政务公开工作要点分工方案 (credit.zg.gov.cn/373/736.html, review r38a 03): "(责任单位:市发展改革委、…、市税务局,
    # 各区县政府、高新区管委会。逗号前为牵头单位,多个牵头单位的按职责分别牵头,下同)"; a city's 脱贫攻坚 要点 (cailiaogo.com
    # …detail_id/4183.html, review r10b 04): "〔责任单位:市脱贫攻坚办,各县(市、区)、市级各部门(逗号前的单位为牵头单位,下同)〕"
    assert "逗号前" in rules.COMMA_LEADS_PHRASES
    text = ("一、强化重点领域信息公开\n(一)加强稳增长信息公开。及时发布相关政策。(责任单位:市发展改革委、市商务局,各区县政府、高新区管委会。"
            "逗号前为牵头单位,多个牵头单位的按职责分别牵头,下同)\n(二)加强调结构信息公开。及时发布相关规划。(责任单位:市经济和信息化局,各区县政府)\n")
    units = lambda doc: [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks]  # noqa: E731
    assert units(policy_extract.parse_text(text)) == [
        (["市发展改革委", "市商务局"], ["各区县政府", "高新区管委会"]), (["市经济和信息化局"], ["各区县政府"])]
    with using(_rules_without("comma_leads_phrases", "逗号前")):
        assert units(policy_extract.parse_text(text))[1] == ([], ["市经济和信息化局", "各区县政府"])


def test_cited_article_after():
    # corpus 0699 (股权激励 notice, diffreview-s25): "…不同时满足第一条第（二）款规定的全部条件的…" cites an article; a regulation's own
    # first article after its title ("…管理办法第一条为了规范…", corpus 0026) opens one
    from policy_extract.paragraphs import Sequence, split_items

    assert {"第", "规定", "所称"} <= set(rules.CITED_ARTICLE_AFTER)
    cited = "（四）股权激励计划所列内容不同时满足第一条第（二）款规定的全部条件的，不得实施。"
    assert split_items(cited, Sequence()) == [cited]
    assert split_items("管理办法第一条为了规范服务，制定本办法。第二条本办法适用于全省。", Sequence())[1].startswith("第一条为了")
    with using(_rules_without("cited_article_after", "第")):
        assert len(split_items(cited, Sequence())) == 2


@pytest.mark.parametrize("text, due", [
    # 平潭 苏平片区 2022年安全生产工作要点 (changwu/pingtan-gov-zwgk-archive bmwj/202206/35200, review bc05): the day an instruction was given
    ("深入学习贯彻习近平总书记关于安全生产重要论述和3月24日对安全生产工作作出的重要指示精神，推动各项措施落实。", None),
    ("学习贯彻总书记4月13日在海南考察时发表的重要讲话精神，12月底前完成专题学习。", "2022-12-31"),
    ("6月30日前对排查情况作出书面报告。", "2022-06-30"),  # due, and what is to be done
    ("6月30日对排查情况作出书面报告。", "2022-06-30"),  # 作出 with no 的: the work, on that day
    # 青浦区 加强建筑垃圾全程管理 实施意见 2019 (zhiyao87/Shanghai-Gov-Docs-Index, review bj03): the day a cited document was issued
    ("根据2015年12月28日上海市住房和城乡建设管理委员会等9部门联合印发的《关于印发…的通知》，做好建筑垃圾管理。", None),
    ("6月30日完成省政府印发的《方案》规定的任务。", "2022-06-30"),  # work done by that day first
    # diffreview-ac's probes: a due month, or work finished in the clause after the mark
    ("2022年12月底按照市政府印发的《实施方案》要求完成验收。", "2022-12-31"),
    ("6月30日对照省委作出的部署完成自查工作。", "2022-06-30"),
])
def test_said_on_marks(text, due):
    assert "作出的" in rules.SAID_ON_MARKS and "发表的" in rules.SAID_ON_MARKS
    year = None if "2015年" in text else 2022  # (a notice whose year is not known: no date is too early)
    found = deadlines.deadline_in_text(text, year)
    assert (found.date if found else None) == due
    if due is None:
        with using(_rules_without("said_on_marks", *rules.SAID_ON_MARKS)):
            assert deadlines.deadline_in_text(text, year) is not None


def test_done_after():
    # corpus 1074 (国办发〔2018〕124号, review c25-1): which enterprises qualify, work done before the date, not due by it
    assert "已" in rules.DONE_AFTER
    text = "经营性文化事业单位转制为企业后，五年内免征企业所得税。2018年12月31日之前已完成转制的企业，自2019年1月1日起可继续免征五年企业所得税。"
    assert deadlines.deadline_in_text(text, 2018) is None
    with using(_rules_without("done_after", "已")):
        assert deadlines.deadline_in_text(text, 2018).date == "2018-12-31"


def test_baseline_openings():
    # diffreview-aa's probe: "到2025年底相比2020年单位GDP能耗下降13.5%" is a target by 2025; only a date a comparison opens
    # ("与2021年底相比", review at07) is the base
    assert "与" in rules.BASELINE_OPENINGS
    target = "推进节能降碳。到2025年底相比2020年单位GDP能耗下降13.5%。"
    assert deadlines.deadline_in_text(target, 2022).date == "2025-12-31"
    assert deadlines.deadline_in_text("提升自主创新能力。与2021年底相比，研发投入强度增长率不得低于50%。", 2022) is None
    with using(_rules_without("baseline_openings", "与")):
        assert deadlines.deadline_in_text("提升自主创新能力。与2021年底相比，研发投入强度增长率不得低于50%。", 2022) is not None


def _subject_units(*items: str) -> list[list[str]]:
    """The units of each item of a small task list, its items given without numbers."""
    text = "二、重点任务\n" + "".join(f"（{'一二三四五六'[k]}）{item}\n" for k, item in enumerate(items))
    return [[u.name for u in t.lead_units + t.responsible_units] for t in policy_extract.parse_text(text).tasks]


def test_duty_modals():
    # review dd10 (zqwdw.com, 县 创建工作责任分解细则): "4、农委、畜牧局要加强循环经济试点建设。" — the units the item opens with
    # are the subject of its work, no note printed: responsible (a two-character name in a list of names)
    assert {"要", "应当", "须"} <= set(rules.DUTY_MODALS)
    item = "农委、畜牧局要加强循环经济试点建设。"
    assert _subject_units(item, "县组织部要加强干部培训。") == [["农委", "畜牧局"], ["县组织部"]]  # (not "县" of 县组织部)
    with using(_rules_without("duty_modals", "要")):
        assert _subject_units(item) == [[]]


def test_duty_openings():
    # review dc10 (xp.gov.cn, 均坪镇 隐患排查整治): "镇派出所强化执法力度" — a verb of work right after the unit
    assert "强化" in rules.DUTY_OPENINGS
    item = "镇派出所强化执法力度，依法查处违法行为。"
    assert _subject_units(item) == [["镇派出所"]]
    with using(_rules_without("duty_openings", "强化")):
        assert _subject_units(item) == [[]]
    # review fl05 (客运出租汽车 清理整顿, fsou.net 16887978): "市工商局依法组织对客运出租汽车行业…的登记与监管"
    assert "依法" in rules.DUTY_OPENINGS
    lawful = "市工商局依法组织对客运出租汽车行业各类市场主体的登记与监管。"
    assert _subject_units(lawful) == [["市工商局"]]
    with using(_rules_without("duty_openings", "依法")):
        assert _subject_units(lawful) == [[]]
    # 广州 穗港 招商 会议 分工 (review ij 01): "1.市科技局、交委、规划局、金融办、参与会议互动对话环节" — 参与 names who takes part
    assert "参与" in rules.DUTY_OPENINGS
    taking_part = "市科技局、交委、规划局、金融办、参与会议互动对话环节,回答相关问题;"
    assert _subject_units(taking_part) == [["市科技局", "交委", "规划局", "金融办"]]
    with using(_rules_without("duty_openings", "参与")):
        assert _subject_units(taking_part) == [[]]
    # 石泉县 防空警报试鸣 通知 (review is 04): "2.县供电分公司保障防空警报设施供电需要", "1.县国动办、县文旅广电局确保应急广播终端…"
    assert {"确保", "保障"} <= set(rules.DUTY_OPENINGS)
    power = "县供电分公司保障防空警报设施供电需要;"
    assert _subject_units(power) == [["县供电分公司"]]
    with using(_rules_without("duty_openings", "保障")):
        assert _subject_units(power) == [[]]
    # review fs 05 (株洲市 参加第四届“珠洽会”工作方案, fymate.net/html/text/lar/170017/17001761_3.html): the members' share
    assert "主要做好" in rules.DUTY_OPENINGS
    share = "市农办、市建设局、市规划局、市旅游局主要做好市内招商合作项目的产业政策前期审查等工作。"
    assert _subject_units(share) == [["市农办", "市建设局", "市规划局", "市旅游局"]]
    with using(_rules_without("duty_openings", "主要做好")):
        assert _subject_units(share) == [[]]
    assert _subject_units("县级医院主要提供县域内常见病、多发病诊疗。") == [[]]  # corpus 0228: what a hospital does, no duty set
    # the item as printed names eight (39 characters before 主要做好: a subject is read up to 60)
    whole = "市农办、市建设局、市规划局、市环保局、市国土资源局、市交通局、市房产局、市旅游局主要做好市内招商合作项目的产业政策前期审查等工作。"
    assert _subject_units(whole) == [["市农办", "市建设局", "市规划局", "市环保局", "市国土资源局", "市交通局", "市房产局", "市旅游局"]]
    # review dc08 (诸暨 防汛检查, zhuji.gov.cn): the unit, then 于 and its time limit ("国家卫生健康委于每年…", corpus 1061), or the limit
    assert "于" in rules.DUTY_OPENINGS
    assert _subject_units("县水利局于4月30日前完成复查。", "县住建局今年底前完成改造。") == [["县水利局"], ["县住建局"]]
    # under a lead's heading, the subject is the item's responsible unit (diffreview-av)
    led = policy_extract.parse_text("二、县市场监管局牵头的工作\n1.各乡镇要加强农村集体聚餐备案管理。\n2.加强食品抽检。\n").tasks[0]
    assert ([u.name for u in led.lead_units], [u.name for u in led.responsible_units]) == (["县市场监管局"], ["各乡镇"])


def test_duty_unit_endings():
    # 绍兴 森林防火 应急预案's 成员单位职责 (review hs 02): "(12)绍兴军分区:指挥、督促各县(市、区)人武部…", a body named by a place with no 市/县
    assert {"军分区", "警备区"} <= set(rules.DUTY_UNIT_ENDINGS) and "指挥" in rules.COLON_WORK_OPENINGS
    from policy_extract.unit_labels import colon_units as read_colon
    assert read_colon("绍兴军分区:指挥、督促各县(市、区)人武部、民兵预备役部队参加扑救。") == ["绍兴军分区"]
    # a county 防汛 预警 page (review ii 05): "县电视台要在第一时间插播预警信息" — a broadcaster is a body
    assert "电视台" in rules.DUTY_UNIT_ENDINGS
    from policy_extract.subjects import duty_subject
    assert duty_subject("县电视台要在第一时间插播预警信息。").responsible == ["县电视台"]
    with using(_rules_without("duty_unit_endings", "电视台")):
        assert duty_subject("县电视台要在第一时间插播预警信息。") is None
    # 马鞍山 突发气象灾害预警信号发布规定 (review is 07): "(四)…,市气象台要实行24小时值班制", "市广播电台…应在15分钟内…播发"
    assert {"气象台", "电台"} <= set(rules.DUTY_UNIT_ENDINGS)
    # 南通 粮食应急预案 page 3 (review iq 03, read after its held-out score was taken): "农发行南通市分行:负责落实采购、加工、调拨、供应应急粮食所需贷款。"
    # closing a run of "市X局:负责…" lines before "3.2 …": a bank's branch is a body, so the run holds
    from policy_extract.unit_labels import colon_units
    assert {"分行", "支行"} <= set(rules.DUTY_UNIT_ENDINGS)
    assert colon_units("农发行南通市分行:负责落实采购、加工、调拨、供应应急粮食所需贷款。") == ["农发行南通市分行"]
    with using(_rules_without("duty_unit_endings", "分行")):
        assert colon_units("农发行南通市分行:负责落实采购、加工、调拨、供应应急粮食所需贷款。") == []
    assert duty_subject("市气象台要实行24小时值班制,严密跟踪灾害性天气变化情况。").responsible == ["市气象台"]
    with using(_rules_without("duty_unit_endings", "气象台")):
        assert duty_subject("市气象台要实行24小时值班制,严密跟踪灾害性天气变化情况。") is None
    # review de07 (国办 城镇老旧小区改造 通知, page 3): "(二十三)建立考评机制。住房城乡建设部要会同相关部门…" — the subject after the
    # item's title; a region is no body ("西部地区要指导重点帮扶县…", 人社部 东西部协作 通知, corpus 0011)
    assert "部" in rules.DUTY_UNIT_ENDINGS and "地区" not in rules.DUTY_UNIT_ENDINGS
    items = ("建立考评机制。住房城乡建设部要会同相关部门建立考评机制。", "创新协作方式。西部地区要指导重点帮扶县加强工作对接。")
    assert _subject_units(*items) == [["住房城乡建设部", "相关部门"], []]  # (and whom it works with: test_partner_stops)
    with using(_rules_without("duty_unit_endings", "部")):
        assert _subject_units(items[0]) == [[]]
    # the party a rule regulates is no subject doing the work (用人单位, 项目申请单位, 培训机构: corpus 0049, 0710, 0978, judged
    # against the readings before this stop); a public body that ends alike is one ("各级公共就业服务机构要…", corpus 0040)
    assert {"用人单位", "培训机构"} <= set(rules.DUTY_NOT_ENDINGS)
    assert _subject_units("用人单位应采取设置育婴室等措施。", "各级公共就业服务机构要开展专项服务。") == [[], ["各级公共就业服务机构"]]
    # 国有企业退休人员社会化管理工作的实施方案 (whdslt.com, review dp03): "各区县应按照统一标准做好…接收工作"
    assert _subject_units("各区县应按照统一标准做好退休人员档案接收工作。") == [["各区县"]]
    # 毒鼠强专项整治 工作方案 (review hj 06): "市爱卫会:对城区杀鼠剂经营单位进行资格核准…" — a committee's short name
    from policy_extract.unit_labels import colon_units

    assert colon_units("市爱卫会:对城区杀鼠剂经营单位进行资格核准,做好有关经营的指导工作。") == ["市爱卫会"]


def test_placed_duty_unit_endings():
    # 毒鼠强专项整治 工作方案 (review hj 06): "市爱卫会:对城区杀鼠剂经营单位进行资格核准…" — a committee's short name, a body's where it opens
    # as a unit's does; not "参加红十字会组织的应急救护培训…" (diffreview-h1 p16: 参加红十字会 had been a unit)
    from policy_extract.unit_labels import body_name, colon_units

    assert {"爱卫会", "红十字会"} <= set(rules.PLACED_DUTY_UNIT_ENDINGS)
    assert body_name("县红十字会") and not body_name("参加红十字会") and not body_name("动员社会力量参与红十字会")
    assert body_name("红十字会")  # the bare name ("(三)红十字会:负责派出持证救护培训师资", diffreview-h2 p24)
    assert colon_units("市爱卫会:对城区杀鼠剂经营单位进行资格核准,做好有关经营的指导工作。") == ["市爱卫会"]
    with using(_rules_without("placed_duty_unit_endings", "爱卫会")):
        assert colon_units("市爱卫会:对城区杀鼠剂经营单位进行资格核准,做好有关经营的指导工作。") == []
    # 衢州 清欠农民工工资 (a traditional-script copy, review ie 06): unnumbered duties one paragraph each, "各级工会负责指导、帮助企业建立和
    # 完成工会组织…" among "公安部门负责…", "建设部门负责…", "财政部门负责…" — a mass organisation's name is a body's where it opens as a unit's
    assert {"工会", "妇联", "残联", "科协", "文联"} <= set(rules.PLACED_DUTY_UNIT_ENDINGS)  # ("会同县文联举办…", diffreview-k3 p14)
    assert body_name("各级工会") and body_name("市妇联") and not body_name("加入工会")
    duties = "建设部门负责进一步规范建筑市场秩序。\n各级工会负责指导、帮助企业建立和完善工会组织。\n财政部门负责对大型公共建设项目的工程款发放进行监督检查。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(duties).tasks] == [["建设部门"], ["各级工会"], ["财政部门"]]
    with using(_rules_without("placed_duty_unit_endings", "工会")):
        assert policy_extract.parse_text(duties).tasks == []


def test_duty_not_openings():
    # 河北 工伤预防 (corpus 0246): "为用人单位开展工伤事故和职业病风险辨识管控…提供培训" — 为 opens a phrase, the units are whom it serves
    assert "为" in rules.DUTY_NOT_OPENINGS
    item = "为县直各部门开展工伤事故和职业病风险辨识管控及隐患排查治理，提供培训、指导等服务；"
    assert _subject_units(item) == [[]]
    with using(_rules_without("duty_not_openings", "为")):
        assert _subject_units(item) == [["为县直各部门"]]


def test_body_name_openings():
    # 广州 穗港 招商 会议 分工 (review ij 01): "4.市建委、交委、经贸委、科技局、…、各区、县级市外经贸局负责协助做好客商的邀请工作" — 经贸委
    # opens as "经市政府批准" does (rules.DUTY_NOT_OPENINGS) and is a body all the same
    from policy_extract.unit_labels import body_name

    assert "经贸" in rules.BODY_NAME_OPENINGS
    assert body_name("经贸委", 2) and body_name("经信局") and not body_name("经市政府批准")
    with using(_rules_without("body_name_openings", "经贸")):
        assert not body_name("经贸委", 2)


def test_duty_not_inside():
    # 人社 补贴性培训 排查 (corpus 0188): "重点排查培训机构开展的政府补贴性培训项目" — what is checked, no subject; and
    # "申请机构向自由贸易试验区相关职能部门提出申请" (corpus 0082): the body applied to
    assert {"向", "排查"} <= set(rules.DUTY_NOT_INSIDE)
    item = "重点排查民办医院开展政府补贴性诊疗项目、参保人员情况。"
    assert _subject_units(item, "申请人向自由贸易试验区职能部门提出申请。") == [[], []]
    with using(_rules_without("duty_not_inside", "排查")):
        assert _subject_units(item) == [["重点排查民办医院"]]
    # 阜阳 根治欠薪 (review dg08): "施工总承包单位或者分包单位应当依法进行用工实名登记" had given "者分包单位"
    assert _subject_units("施工总承包单位或者分包单位应当依法进行用工实名登记。") == [[]]


def test_duty_not_endings():
    # diffreview-au p15, p21 (phrasing from chinainc.org.cn): "领导干部要以身作则", "充电基础设施布局要…": people and things
    # whose names end as a body's do (部, 局) are no subject
    assert {"干部", "布局"} <= set(rules.DUTY_NOT_ENDINGS)
    items = ("领导干部要以身作则，带头落实。", "优化网点布局。充电基础设施布局要与城市规划衔接。")
    assert _subject_units(*items) == [[], []]
    with using(_rules_without("duty_not_endings", "干部")):
        assert _subject_units(items[0]) == [["领导干部"]]
    # rooms end as a body does (室) and are none: "各班教室要每日开窗通风" (diffreview-av); a city's government opening with 本 is one
    assert _subject_units("各班教室要每日开窗通风。", "本溪市人民政府要加强组织领导。") == [[], ["本溪市人民政府"]]


def test_duty_not_modals():
    # diffreview-au p14, p10: "市教育局要求各中小学于9月底前完成…" names who is asked, not who does it; "区政府应急办要完善…" is one
    # name (the longest opening before a word of duty: "县政府研究室要加强…调查研究", p09, not 县政府 before 研究)
    assert {"要求", "应急"} <= set(rules.DUTY_NOT_MODALS)
    items = ("市教育局要求各中小学于9月底前完成校舍安全排查。", "区政府应急办要完善防汛应急预案。", "县政府研究室要加强对重大问题的调查研究。")
    assert _subject_units(*items) == [[], ["区政府应急办"], ["县政府研究室"]]
    with using(_rules_without("duty_not_modals", "要求")):
        assert _subject_units(items[0]) == [["市教育局"]]
    # a word of duty that merely opens like another word is one (diffreview-av: "各包联单位要点对点开展…", "县财政局应用足用好…");
    # without one, the shortest opening: "县应急局督促乡镇开展…" is 县应急局's, "市商务局联合市场监管局开展…" 市商务局's
    more = ("各包联单位要点对点开展帮扶。", "县财政局应用足用好专项债券资金。", "县应急局督促乡镇开展隐患排查。", "市商务局联合市场监管局开展检查。")
    assert _subject_units(*more) == [["各包联单位"], ["县财政局"], ["县应急局"], ["市商务局"]]


def test_duty_title_endings():
    # 县宗教工作主体责任制度 (renrendoc.com, review dj07): "二、职责分工(一)县委职责1.贯彻落实…" — the group's title names the unit
    # of its items; "(一)县信访局:" (信访 长效机制, review dj02) under 三、主要任务, closed by a colon, too
    assert "职责" in rules.DUTY_TITLE_ENDINGS
    text = "二、职责分工\n（一）县委职责\n1.贯彻落实党中央关于宗教工作的决策部署。\n2.加强对宗教工作的领导。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [["县委"], ["县委"]]
    colon = "三、主要任务\n（一）县信访局:\n1、认真阅批群众来信。\n2、承办上级机关交办的信访事项。\n（二）各乡镇、各单位(系统):\n1、做好本辖区信访工作。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(colon).tasks] == [["县信访局"], ["县信访局"], ["各乡镇", "各单位(系统)"]]
    # one such group alone, the page cut before the next (XX镇 信访工作长效机制, review gh 02): its colon says so, no sibling needed
    alone = "三、主要任务\n（一）县信访局:\n1、认真阅批群众来信,热情接待群众来访。\n2、承办上级机关交办的信访事项。\n3、对承办信访事项的单位,要定期催办。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(alone).tasks] == [["县信访局"]] * 3
    checked = "二、排查重点\n（一）中小学校：\n1、排查校舍安全隐患。\n2、排查食堂卫生。\n"  # what is checked is no unit (diffreview-av)
    # 学校幼儿园及周边治安综合治理 方案 (review hu 01): "(七)卫生部门职责、任务" over 1.–6., "(八)工商部门职责、任务" over 1.–2.; titled
    # "…主要职责" the group is a unit's duties, not an organisation's standing ones (it had given no task at all)
    for ending in ("职责、任务", "职责和任务", "主要职责"):
        duties = f"四、部门职责\n(七)卫生部门{ending}\n1.加强对学校幼儿园食堂的监督管理。\n2.依法对食堂从业人员进行定期体检。\n(八)工商部门{ending}\n1.加强学校周边市场的监督管理。\n"
        assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(duties).tasks] == [["卫生部门"], ["卫生部门"], ["工商部门"]], ending
    assert policy_extract.parse_text("一、主要职责\n(一)负责全县安全生产综合监督管理。\n(二)负责组织协调应急救援。\n").tasks == []  # (a body's standing duties)
    # 九江 城市居民最低生活保障 实施细则 (法搜网 copy, review hz 03): "1、市民政部门主要职责是:" over its duties (1)…
    said = "二、职责分工\n1、市民政部门主要职责是:\n(1)负责制定最低生活保障工作规划。\n(2)负责指导各县区保障制度的具体实施。\n2、市财政部门主要职责是:\n(1)负责保障资金的筹集。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(said).tasks] == [["市民政部门"], ["市民政部门"], ["市财政部门"]]
    assert [t.responsible_units for t in policy_extract.parse_text(checked).tasks] == [[], []]
    # "(二)乡(镇)人民政府的工作职责" over "1、负责辖区道路的交通安全管理工作…" (县 道路交通安全 创建 分工, review gc 06)
    assert {"的工作职责", "的主要职责"} <= set(rules.DUTY_TITLE_ENDINGS)
    of = "三、职责分工\n(二)乡(镇)人民政府的工作职责\n1、负责辖区道路的交通安全管理工作。\n2、建立机动车、驾驶人等信息台帐。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(of).tasks] == [["乡(镇)人民政府"], ["乡(镇)人民政府"]]
    # flattened, the part's title run on into the group's is no unit ("职责分工(二)乡(镇)人民政府", diffreview-d1)
    flat = policy_extract.parse_text(of.replace("\n", ""), name="flat.txt").tasks
    assert not any("职责分工" in u.name for t in flat for u in t.responsible_units)
    with using(_rules_without("duty_title_endings", "的工作职责", "的主要职责")):
        assert [t.responsible_units for t in policy_extract.parse_text(of).tasks][1] == []
    # an item naming its own unit keeps it (国家粮食应急预案, corpus 1096: "（二）…成员单位职责" over "(6)农业部负责…"); a title is no unit
    # ("（二）认真履行职责。厅属有关单位要…", corpus 0110)
    own = "二、组织体系\n（二）指挥部成员单位职责\n（1）农业部负责根据粮食生产情况提出建议。\n（2）完成国务院交办的其他事项。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(own).tasks] == [["农业部"], ["指挥部成员单位"]]
    # a title that is a verb and a body is none ("（一）转变政府职能", diffreview-av), nor a label ("（一）牵头单位职责"); a colon title
    # under a part naming what is checked is none ("二、排查重点" / "（一）中小学校：")
    for title in ("（一）转变政府职能", "（一）牵头单位职责"):
        assert [t.responsible_units for t in policy_extract.parse_text(f"二、职责分工\n{title}\n1.推进简政放权。\n2.优化服务。\n").tasks] == [[], []]
    checked = "二、排查重点\n（一）中小学校：\n1.消防通道是否畅通。\n2.灭火器材是否有效。\n"
    assert [t.responsible_units for t in policy_extract.parse_text(checked).tasks] == [[], []]
    # an item with a time note of its own still takes its group's unit (diffreview-av p09, the bt02 form)
    timed = "四、职责分工\n（一）区交通委\n1.制定实施细则。（2024年6月底前）\n2.推进停车共享。\n（二）区公安分局\n1.加强执法。（长期坚持）\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(timed).tasks] == [["区交通委"], ["区交通委"], ["区公安分局"]]
    with using(_rules_without("duty_title_endings", "职责")):
        assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [[], []]
    # 县 大气污染综合整治 (lygzb.net/html/text/lar/173099/17309958_5.html, review fb01): "(九)县公安局主要工作任务:" over 1、–3、 and
    # the helpers under them ("协助单位:交通局、县城管监察大队。"), which had taken the group's unit's place; its items had no unit
    tasks = ("(八)县经济局主要工作任务:\n1、鼓励和引导淘汰落后产能。\n2、大力推进清洁生产。\n(九)县公安局主要工作任务:\n"
             "1、依法整治尾气排放年检不合格的机动车辆。\n2、依法整治运输车辆的扬尘污染。\n协助单位:交通局、县城管监察大队。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(tasks).tasks] == [
        ["县经济局"], ["县经济局"], ["县公安局", "交通局", "县城管监察大队"], ["县公安局", "交通局", "县城管监察大队"]]
    # 七台河市 大气污染防治 (fymate.net/html/text/lar/169824/16982453_2.html, review fb06): "4、茄子河区政府负责:" over (1)…
    said = "6、市建设局负责:\n(1)组织实施城市供热管网建设。\n(2)加强项目环保工程质量管理。\n7、市行政执法局负责:\n(1)取缔城区露天烧烤。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(said).tasks] == [["市建设局"], ["市建设局"], ["市行政执法局"]]
    for title in ("（二）重点工作任务:", "（二）年度主要任务:"):  # a title naming no body
        assert [t.responsible_units for t in policy_extract.parse_text(f"二、工作安排\n{title}\n1.推进简政放权。\n2.优化服务。\n").tasks] == [[], []]


def test_field_time_endings():
    # diffreview-av: "1.第一季度任务：…3月底前…" / "2.第二季度任务：…6月底前…" are items, not an item's fields (no time field among them);
    # "1.教育部门：负责…" / "2.公安部门：…" neither (a body's name before the colon)
    assert "时间" in rules.FIELD_TIME_ENDINGS
    quarters = "二、重点任务\n（一）推进项目建设\n1.第一季度任务：完成立项，3月底前完成。\n2.第二季度任务：开工建设，6月底前完成。\n"
    assert [t.deadline.date for t in policy_extract.parse_text("2024年工作要点\n" + quarters).tasks] == ["2024-03-31", "2024-06-30"]
    units = "二、职责分工\n（一）校园安全\n1.教育部门：负责校园安全。\n2.公安部门：负责校园周边治安。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(units).tasks] == [["教育部门"], ["公安部门"]]
    fields = "二、活动内容\n（一）开展警示教育周活动\n1.活动时间:6月1日至6月7日。\n2.活动内容:观看警示教育片。\n"
    assert len(policy_extract.parse_text(fields).tasks) == 1
    with using(_rules_without("field_time_endings", "时间")):
        assert len(policy_extract.parse_text(fields).tasks) == 2


def test_field_item_endings():
    # diffreview-aw p31: an activity's fields with no time among them ("1.活动主题：…" / "2.活动内容：…" / "3.活动对象：…" / "4.组织单位：…")
    # are its lines; "1.工作目标：…" / "2.工作任务：…" / "3.保障措施：…" are items
    assert {"任务", "措施"} <= set(rules.FIELD_ITEM_ENDINGS)
    fields = "二、活动安排\n（一）开展宣传月活动\n1.活动主题：安全生产月。\n2.活动内容：开展宣传咨询。\n3.活动对象：全县企业职工。\n4.组织单位：县应急局。\n"
    assert [t.number for t in policy_extract.parse_text(fields).tasks] == ["（一）"]
    items = "二、重点任务\n（一）推进改革\n1.工作目标：建成平台。\n2.工作任务：完成改造。\n3.保障措施：落实经费。\n"
    assert [t.number for t in policy_extract.parse_text(items).tasks] == ["1", "2", "3"]
    with using(_rules_without("field_item_endings", "任务", "措施", "目标")):
        assert [t.number for t in policy_extract.parse_text(items).tasks] == ["（一）"]


def test_colon_work_openings():
    # diffreview-ax p39 (a 乡镇 应急预案's 职责分工): "计生办：主要负责…" / "派出所：具体负责…" / "民政所：承担…" — bodies whose names open
    # as no place's, their work after the colon; "县公安局：依法严厉打击…" (p18) opens as a place's body does
    assert {"主要", "具体", "承担"} <= set(rules.COLON_WORK_OPENINGS)
    text = "三、职责分工\n计生办：主要负责公共卫生事件的应急工作。\n派出所：具体负责烟花爆竹事故的应急处置。\n民政所：承担灾情统计报告工作。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [["计生办"], ["派出所"], ["民政所"]]
    with using(_rules_without("colon_work_openings", "主要", "具体", "承担")):
        assert [t.responsible_units for t in policy_extract.parse_text(text).tasks] == [[]]
    # 农村道路交通安全管理 职责 (a law-text copy, review gc 04): "交通部门:结合实际,…"; a 应急预案's 职责 (review gc 05):
    # "(二)派出所:一是加强车站等人员密集场所的治安管理;二是…"
    assert {"结合", "一是"} <= set(rules.COLON_WORK_OPENINGS)
    duties = ("乡镇政府:建立由主管道路交通安全的乡(镇)长任站长的乡镇交通安全管理站。\n交通部门:结合实际,采取政策优惠、市场化运作等方式,制定农村道路客运网络的相关政策。\n"
              "安监部门:定期组织交通、交警、农机、教育等部门,督促检查危险路段治理。\n公安交警部门:指导、协调全市农村道路交通安全管理工作机制的建设工作。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(duties).tasks] == [["乡镇政府"], ["交通部门"], ["安监部门"], ["公安交警部门"]]
    items = "三、职责分工\n(一)交警中队:一是加强对无证驾驶、超速、超载等违章行为查处;二是加强道路交通安全宣传。\n(二)派出所:一是加强车站等人员密集场所的治安管理;二是组织警力投入抢险救灾工作。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(items).tasks] == [["交警中队"], ["派出所"]]
    # (names that can only be a body's are read whatever their duty opens with, rules.TITLE_UNIT_ENDINGS: taken out too, to see these words decide)
    bare = DEFAULT_RULES.replace(colon_work_openings=_without(rules.COLON_WORK_OPENINGS, "结合", "一是"),
                                 title_unit_endings=_without(rules.TITLE_UNIT_ENDINGS, "部门", "中队", "派出所"))
    with using(bare):
        assert policy_extract.parse_text(duties).tasks == []
        assert [t.responsible_units for t in policy_extract.parse_text(items).tasks] == [[], []]

    # 汕尾市预防中小学生溺水管理暂行办法 (汕府办〔2025〕9号, review hu 08): a regulation's 第五条 over its units' duties, each opening with
    # its unit and a colon, the first with 将: "(一)政法部门:将防溺水工作纳入平安建设考核内容;…" — each a task of its unit
    assert "将" in rules.COLON_WORK_OPENINGS
    rule = ("汕尾市预防中小学生溺水管理暂行办法\n第二章 管理职责\n第五条 各级各部门在本级政府的领导下,承担预防中小学生溺水工作职责。\n"
            "(一)政法部门:将防溺水工作纳入平安建设考核内容;配合推动学生防溺水工作,参与检查指导。\n(二)宣传部门:统筹整合各类资源,利用好线上线下媒介。\n"
            "(三)网信部门:加强对学生溺水事故的舆情监测,及时处置涉学生溺水事故负面舆情。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(rule).tasks] == [["政法部门"], ["宣传部门"], ["网信部门"]]
    with using(DEFAULT_RULES.replace(colon_work_openings=_without(rules.COLON_WORK_OPENINGS, "将"), title_unit_endings=_without(rules.TITLE_UNIT_ENDINGS, "部门"))):
        assert [t.number for t in policy_extract.parse_text(rule).tasks] == ["(二)", "(三)"]  # (部门 names a body alone too: taken out to see 将 decide)



def test_headcount_words():
    # diffreview-k1 p17 (a meeting's 参会人员 by unit): "市总工会：分管副主席1名；" / "团市委：分管副书记1名；" — how many people each sends, no duty
    from policy_extract.unit_labels import colon_units

    assert {"名", "人"} <= set(rules.HEADCOUNT_WORDS)
    assert colon_units("市总工会：分管副主席1名；") == [] and colon_units("市科学技术局：3名；") == []
    assert colon_units("市总工会：负责组织职工参加培训。") == ["市总工会"]
    with using(_rules_without("headcount_words", "名")):
        assert colon_units("市总工会：分管副主席1名；") == ["市总工会"]


def test_requiring_leads():
    # 五峰 民宗局 news page (review io 05): "会议要求,一是抓好…参赛工作,力争取得好的成绩。" over "二是…" … "十是…"; 城步 移民局 (review ii 08):
    # "…该局要求库区村认真落实相关防汛措施:一是全面开展汛前隐患排查,…;二是…;三是…;四是…" — the required points are the work; not a list of
    # what is checked "按照“四个最严”的要求，重点检查：一是…" (corpus 1129: 要求 a noun there)
    assert {"要求", "强调"} <= set(rules.REQUIRING_LEADS)
    meeting = ("8月15日,县民宗局组织全体机关干部认真传达学习会议精神。\n会议要求,一是抓好全省少数民族传统体育运动会的参赛工作,力争取得好的成绩。"
               "二是深入推进全国民族团结进步示范县创建活动。三是加快少数民族资金项目实施进度。\n")
    water = ("为确保库区安全防汛责任落实,该局要求库区村认真落实相关防汛措施:一是全面开展汛前隐患排查,对已发现的地质灾害点要及时除险或警示;"
             "二是加强地质灾害隐患点的监测;三是加强汛情、险情报告制度;四是落实汛期值班制度,及时组织转移移民群众。\n")
    assert [t.number for t in policy_extract.parse_text(meeting).tasks] == ["一是", "二是", "三是"]
    assert [t.number for t in policy_extract.parse_text(water).tasks] == ["一是", "二是", "三是", "四是"]
    checks = "按照“四个最严”的要求，重点检查：一是从业人员是否佩戴手套、口罩;二是餐饮单位是否每天消毒;三是加工制作食品是否做到烧熟煮透。\n"
    assert policy_extract.parse_text(checks).tasks == []
    # 贵港 地质灾害 防治 news (review in 07, read after its held-out score was taken): "會議要求,一要落實主體責任,…。二要加強協作配合,…"
    must = "會議要求,一要落實主體責任,各縣自然資源局要把預防地質災害作為當前的一項重要工作來抓。二要加強協作配合。三要提前謀劃部署。\n"
    assert [t.number for t in policy_extract.parse_text(must).tasks] == ["一要", "二要", "三要"]
    with using(_rules_without("requiring_leads", "要求")):
        assert policy_extract.parse_text(water).tasks == []
        assert "一是" not in [t.number for t in policy_extract.parse_text(meeting).tasks]

def test_colon_not_work_openings():
    # diffreview-d1 p03: a 通报's results by unit ("市人力资源社会保障局：截至6月底，全市城镇新增就业2.8万人…") are no duties; p02: nor a
    # contact list ("市教育局：王明，0719-8221234。")
    assert {"截至", "累计"} <= set(rules.COLON_NOT_WORK_OPENINGS)
    # diffreview-k3 p26 (a meeting's news): "惠州海事局：已通知辖区船舶回港避风，出动巡逻艇12艘次" — what was done
    from policy_extract.unit_labels import colon_units

    assert "已" in rules.COLON_NOT_WORK_OPENINGS and colon_units("惠州海事局：已督促港口企业停止装卸作业。") == []
    with using(_rules_without("colon_not_work_openings", "已")):
        assert colon_units("惠州海事局：已督促港口企业停止装卸作业。") == ["惠州海事局"]
    report = ("关于2024年上半年民生实事办理情况的通报\n各县（市、区）人民政府：\n现将有关情况通报如下。\n"
              "市人力资源社会保障局：截至6月底，全市城镇新增就业2.8万人，完成年度目标的56%。\n市医疗保障局：截至6月底，全市基本医疗保险参保率稳定在95%以上。\n"
              "市民政局：累计发放城乡低保金1.2亿元，惠及困难群众3.5万人。\n某市人民政府办公室\n")
    assert policy_extract.parse_text(report).tasks == []
    with using(_rules_without("colon_not_work_openings", "截至", "累计")):
        assert len(policy_extract.parse_text(report).tasks) == 3
    contacts = "联系方式如下：\n市教育局：王明，0719-8221234。\n市卫生健康委：李华，0719-8225678。\n市民政局：张强，0719-8229012。\n"
    assert policy_extract.parse_text(contacts).tasks == []
    assert policy_extract.parse_text(contacts.replace("\n", ""), name="flat.txt").tasks == []


def test_title_unit_endings():
    # 牡东政发〔2021〕9号 东安区城市黑臭水体防治工作实施方案 (review gc 01): each item's title is the body doing its work
    assert {"局", "办事处"} <= set(rules.TITLE_UNIT_ENDINGS)
    text = ("四、职责分工\n1、区住建局。排查生活污水直排污染源,发现违法排放生活污水问题,则立即向市住建局报告。\n"
            "2、生态局东安分局。排查工业污水排放污染源,启动湖泡水系水质监测,按时上报监测数据。\n"
            "3、新安街道办事处。加强环境保护宣传力度,引导1-2泡周边商户居民自觉规范污水排放。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [["区住建局"], ["生态局东安分局"], ["新安街道办事处"]]
    # 流浪乞讨人员救助保护集中活动 (法搜网 page 2, review hz 04): "(二)公安部门。协助民政部门做好街头救助工作,…"; corpus 0033 "（二）人社部门。对…"
    assert "部门" in rules.TITLE_UNIT_ENDINGS
    dept = "四、部门职责\n(二)公安部门。协助民政部门做好街头救助工作。\n(三)城管部门。依法处置流浪乞讨人员随处涂画等行为。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(dept).tasks] == [["公安部门"], ["城管部门"]]
    # or its title a line of its own over its duty (广州 穗港 招商 会议 分工, review ij 01: "(五)市府研究室" / "负责张广宁市长主题演讲稿…的审核。")
    lines = "(五)市府研究室\n负责市长主题演讲稿及有关重要文稿的审核。\n(六)市委统战部\n负责相关客商的邀请工作。\n(七)市侨办\n负责邀请香港的广州市荣誉市民。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(lines).tasks] == [["市府研究室"], ["市委统战部"], ["市侨办"]]
    # a unit's colon line whose name can only be a body's, its city's name before it and its duty opening with no verb the tables list
    # (惠州 防御台风 预案 page, review is 08: "惠州海事局:根据三防指挥部的要求,协助…", "惠州供电局:确保…"): that body's duty
    from policy_extract.unit_labels import colon_units

    assert colon_units("惠州海事局:根据三防指挥部的要求,协助组织救助力量搜救海上遇险船只。") == ["惠州海事局"]
    with using(_rules_without("title_unit_endings", "局")):
        assert colon_units("惠州海事局:根据三防指挥部的要求,协助组织救助力量搜救海上遇险船只。") == []
    # a title naming what is set up or described is no body doing the work (corpus 0785, 0952)
    built = "二、主要任务\n（四）组建省科技创新专家咨询委员会。省科技创新专家咨询委员会由省内外科技界的高层次专家组成。\n（五）行政大厅。行政服务大厅是政务公开和便民服务窗口。\n"
    assert [t.responsible_units for t in policy_extract.parse_text(built).tasks] == [[], []]
    # nor a body set up, nor a word ending as one ("大局"), diffreview-d1 p18, p20
    set_up = "二、主要任务\n（一）设立县乡村振兴局。将县扶贫开发办公室职责整合划入。\n（二）服务全市发展大局。主动融入都市圈建设。\n"
    assert [t.responsible_units for t in policy_extract.parse_text(set_up).tasks] == [[], []]
    with using(_rules_without("title_unit_endings", "局", "办事处")):
        assert [t.responsible_units for t in policy_extract.parse_text(text).tasks] == [[], [], []]


def test_a_subject_is_never_a_first_listed_lead():
    # 内江 就业创业意见 (review dg03): under "（列第一位者为牵头单位，下同）" the subject "银行业金融机构要…" had become the lead
    text = ("二、重点任务\n（一）加强就业服务。做好就业服务。（市人社局、市财政局负责，列第一位者为牵头单位，下同）\n"
            "（二）支持小微企业。市金融工作局要针对小微企业特点推动开发产品。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [u.name for u in tasks[0].lead_units] == ["市人社局"]
    assert ([u.name for u in tasks[1].lead_units], [u.name for u in tasks[1].responsible_units]) == ([], ["市金融工作局"])


def test_field_label_endings():
    # 望江县 安全生产月活动方案 (yuwenmi.com, review dc09): "（一）开展安全生产事故警示教育周活动" over "1.活动时间:6月1日至6月7日。",
    # "2.活动内容:…", "3.组织单位:…" — the fields are the activity's lines, not three tasks; its time is read from them
    assert {"时间", "内容", "单位"} <= set(rules.FIELD_LABEL_ENDINGS)
    text = ("望江县2024年安全生产月活动方案\n二、活动内容\n（一）开展安全生产事故警示教育周活动\n1.活动时间:6月1日至6月7日。\n"
            "2.活动内容:组织观看警示教育片。\n3.组织单位:各乡镇人民政府。\n（二）开展安全宣传咨询日活动\n活动时间:6月16日。\n活动内容:设置咨询台。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.deadline.date if t.deadline else None) for t in tasks] == [("（一）", "2024-06-07"), ("（二）", None)]
    assert "活动时间:6月1日至6月7日。" in tasks[0].text and "活动时间:6月16日。" in tasks[1].text
    with using(_rules_without("field_label_endings", "时间")):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "3", "（二）"]


def test_setting_up_verbs():
    # diffreview-aa's probe: "（一）成立工作领导小组。负责统筹协调…" — the title sets a body up, it names no unit doing the work
    # (an item titled by its unit, "（三）区房管局。负责定期牵头召开…", review ap03, names one)
    assert "成立" in rules.SETTING_UP_VERBS
    text = ("二、重点任务\n（一）成立工作领导小组。负责统筹协调全区老旧小区改造工作。\n（二）区房管局。负责定期牵头召开联席会议。\n"
            "（三）组织部门。负责干部队伍建设。\n")  # (a unit whose name opens like a verb of work names one, diffreview-ab)
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [[], ["区房管局"], ["组织部门"]]
    with using(_rules_without("setting_up_verbs", "成立")):
        assert policy_extract.parse_text(text).tasks[0].responsible_units != []


_SUPERVISION_NOTICE = (  # 四平市铁西区人民政府督查通知单 四铁西政督字〔2019〕7号 (review hq 04): the time limit in the cover text, the list annexed
    "关于对城区环境卫生综合整治工作检查情况的整改通知\n仁兴街道办事处、区住建局:\n5月15日清晨,区委、区政府主要领导对城区环境卫生综合整治工作进行检查,"
    "共梳理出3条问题,请各事涉部门对存在的问题立即进行整改,并于5月20日前将问题整改完成,整改情况报区政府督查室。\n附件:存在问题\n"
    "铁西区人民政府督查室\n2019年5月15日\n附件:\n存在问题:\n1.春江医院附近北侧胡同内垃圾。(责任单位:英雄街道)\n"
    "2.天桥下王力防盗安全门门前路面破损。(责任单位:住建局)\n3.夜难眠麻辣烫西侧胡同内乱堆乱放。(责任单位:执法局)\n")


def test_rectified_words():
    # the notice's one time limit for putting right every problem it lists is each problem's, where none sets its own
    assert {"整改完成", "整改完毕"} <= set(rules.RECTIFIED_WORDS)
    tasks = policy_extract.parse_text(_SUPERVISION_NOTICE).tasks
    assert [(t.number, t.deadline.date) for t in tasks] == [("1", "2019-05-20"), ("2", "2019-05-20"), ("3", "2019-05-20")]
    flat = policy_extract.parse_text(_SUPERVISION_NOTICE.replace("\n", ""), name="flat.txt").tasks  # (its lines lost: all on one line)
    assert [t.deadline.date for t in flat] == ["2019-05-20"] * 3
    # 濮阳 卫生城市复审 督导组 交办 (review hq 03): after the list, "上述责任单位要高度重视…对存在的问题务必于4月19日前整改完毕。"
    text = ("现将检查发现的问题交办如下:\n1.行政南小区内无防鼠灭鼠设施。责任单位:华龙区人民办。\n2.锦绣花园小区内防鼠灭鼠设施不足。责任单位:华龙区建设办。\n"
            "今年是我市国家卫生城市复审年,上述责任单位要高度重视,对存在的问题务必于2019年4月19日前整改完毕。\n")
    assert [t.deadline.date for t in policy_extract.parse_text(text).tasks] == ["2019-04-19", "2019-04-19"]
    # not where an item sets its own, nor a report's date ("请于6月30日前报送整改情况")
    own = text.replace("防鼠灭鼠设施不足。", "防鼠灭鼠设施不足,2019年4月30日前完成。")
    assert [t.deadline and t.deadline.date for t in policy_extract.parse_text(own).tasks] == [None, "2019-04-30"]
    done = text.replace("对存在的问题务必于2019年4月19日前整改完毕", "今年5月底前2个问题已整改到位")  # a report of what was put right (corpus 0587)
    assert [t.deadline for t in policy_extract.parse_text(done).tasks] == [None, None]
    report = text.replace("对存在的问题务必于2019年4月19日前整改完毕", "请于2019年6月30日前报送工作情况")
    assert [t.deadline for t in policy_extract.parse_text(report).tasks] == [None, None]


def test_list_back_words():
    # after the list, a time limit for putting problems right is the list's only where the sentence points back at it ("上述…", review
    # hq 03); not under a later part on how work is checked, about problems a later inspection finds (diffreview-i2 p01)
    assert "上述" in rules.LIST_BACK_WORDS
    text = ("某县2024年城乡环境卫生长效管理工作方案\n一、重点任务\n（一）建立环境卫生长效保洁机制。（责任单位：县住建局、各乡镇）\n"
            "（二）加强农村生活垃圾收运体系建设。（责任单位：县农业农村局）\n二、工作要求\n县委督查室将定期开展暗访督查，对督查发现的问题，"
            "各责任单位要于2024年6月30日前整改到位。\n")
    assert [t.deadline for t in policy_extract.parse_text(text).tasks] == [None, None]
    back = text.replace("县委督查室将定期开展暗访督查，对督查发现的问题", "上述责任单位要高度重视，对存在的问题")
    assert [t.deadline.date for t in policy_extract.parse_text(back).tasks] == ["2024-06-30", "2024-06-30"]


def test_problem_words():
    # what is put right: the problems or hidden dangers (隐患) a 督查 found; "将工作整改完成" names none
    assert {"问题", "隐患"} <= set(rules.PROBLEM_WORDS)
    text = _SUPERVISION_NOTICE.replace("并于5月20日前将问题整改完成", "并于5月20日前将工作总结报送")
    assert [t.deadline for t in policy_extract.parse_text(text).tasks] == [None, None, None]


_STANDING_DUTIES = (  # 常州天宁区 行政审批局 职责 page (review hx 08): the body named once, leading in to its duties
    "区行政审批局负责贯彻落实中央关于政务服务管理工作的方针政策和省、市、区委决策部署。主要职责是:\n(一)负责指导推进全区行政审批制度改革工作。\n"
    "(二)负责全区政务服务综合管理、业务指导。\n(五)组织实施全区政务服务信息化建设发展规划,开展全区政务服务一体化平台的数据归集。\n"
    "(八)完成区委、区政府交办的其他任务。\n")


def test_keyword_object_openings():
    # "(五)组织实施全区政务服务信息化建设发展规划…": 组织实施 the item's verb, its object after it; the item had been dropped as a part
    # on organising the work ("五、组织实施")
    assert "全区" in rules.KEYWORD_OBJECT_OPENINGS
    assert [t.number for t in policy_extract.parse_text(_STANDING_DUTIES).tasks] == ["(一)", "(二)", "(五)", "(八)"]
    assert [t.path for t in policy_extract.parse_text("一、重点任务\n(一)推进改革。\n五、组织实施\n(一)加强领导。\n").tasks] == [["一、重点任务"]]  # (the part still none)
    # a 镇 环境卫生整治 plan (review hy 06): "10.组织实施“中国公民健康素养促进行动”…。卫生院、文教办、宣传办负责组织。" had been dropped
    campaign = ("9. 组织开展清理户外小广告行动。\n10. 组织实施“中国公民健康素养促进行动”和“健康生活方式促进行动”。开展健康教育和健康"
                "促进工作。\n11. 组织一次全镇范围内的大扫除。\n")
    assert [t.number for t in policy_extract.parse_text(campaign).tasks] == ["9", "10", "11"]


def test_duty_list_leads_name_the_units_of_the_duties_after_them():
    # the body the lead-in paragraph names as its subject does each duty after it ("…主要职责是:", rules.DUTY_LIST_LEADS)
    assert "主要职责是" in rules.DUTY_LIST_LEADS
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(_STANDING_DUTIES).tasks] == [["区行政审批局"]] * 4


def test_scheduled_openings():
    # a month-by-month 动物防疫 schedule (review hp 08): "1月:开展春节期间畜禽产品市场检查" is due at the month's end; a 工作总结's
    # "3月：全县共免疫牲畜12万头" reports (diffreview-i1 p06)
    assert {"开展", "召开"} <= set(rules.SCHEDULED_OPENINGS)
    assert deadlines.deadline_in_text("1月:开展春节期间畜禽产品市场检查。", 2024).date == "2024-01-31"
    assert deadlines.deadline_in_text("3月：全县共免疫牲畜12万头，免疫密度达100%。", 2024) is None


def test_quoted_unit_endings():
    # 防灾减灾日宣传周活动方案 (review hr 01): "(六)“三防办”:负责三防知识的宣传" — an office's short name in quotes; a campaign's is none
    assert "办" in rules.QUOTED_UNIT_ENDINGS
    assert [u.name for u in policy_extract.parse_text("三、职责分工\n(六)“三防办”:负责三防知识的宣传。\n").tasks[0].responsible_units] == ["三防办"]
    assert policy_extract.parse_text("二、重点任务\n（一）“智慧社区”：推进社区服务数字化。\n").tasks[0].responsible_units == []


def test_roles_before_names():
    # 平利 双创巡查 (review hq 05): "整改要求:由包片单位县气象局负责清除" — the role printed before the unit's name is no unit
    assert "包片单位" in rules.ROLES_BEFORE_NAMES
    assert units.split_units("包片单位县气象局") == ["县气象局"]
    assert units.split_units("项目业主单位县交通运输局") == ["项目业主单位", "县交通运输局"]  # (a kind of unit, then a unit: diffreview-i1 p39)


def test_place_column_endings():
    # a 督查 table "序号 | 点位 | 存在问题 | 责任单位" (diffreview-i1 p21): the place is what the row is about, the problem the task; "序号 |
    # 重点项目 | 存在问题" keeps the project as the task (diffreview-ae)
    assert "点位" in rules.PLACE_COLUMN_ENDINGS
    assert tables.header_columns(["序号", "点位", "存在问题", "责任单位"])["task"] == 2
    assert tables.header_columns(["序号", "重点项目", "存在问题", "责任单位"])["task"] == 1


def test_aims_with_tasks():
    # 安康市2017年国卫巩固提升和健康城市建设目标任务 (review hv 07): "一、各县区主要目标任务" over a county's name on its own line and its
    # numbered work — no aims section (主要目标): the items had given no task; the name alone over them is their unit
    assert "目标任务" in rules.AIMS_WITH_TASKS
    text = ("安康市2017年国卫巩固提升和健康城市建设目标任务\n一、各县区主要目标任务\n汉滨区政府\n1、加强城区垃圾站台和垃圾收集房扩容改造,5月底前新增"
            "垃圾收集房20个。\n2、2月底前完成中心城区旱厕摸底调查。\n")
    assert [(t.number, [u.name for u in t.responsible_units], t.deadline.date) for t in policy_extract.parse_text(text).tasks] == [
        ("1", ["汉滨区政府"], "2017-05-31"), ("2", ["汉滨区政府"], "2017-02-28")]
    assert policy_extract.parse_text("某县方案\n二、主要目标\n1、到2025年,全县森林覆盖率达到60%。\n三、重点任务\n(一)加强造林。\n").tasks[0].number == "(一)"


def test_finish_verbs():
    # 平潭综合实验区2016年旅游工作要点 (changwu/pingtan-gov-zwgk-archive, reviews au02, av06): "及时修改并召开评审会，争取6月完成。" —
    # a bare month with the verb of finishing is the month the work is due; "6月召开评审会" says when, not by when
    assert "完成" in rules.FINISH_VERBS
    text = "编制旅游发展总体规划。及时修改并召开评审会，争取6月完成。"
    assert deadlines.deadline_in_text(text, 2016).date == "2016-06-30"
    assert deadlines.deadline_in_text("6月召开评审会。", 2016) is None
    assert deadlines.deadline_in_text("于次年5月完成年度汇算清缴。", 2016) is None  # the next year's month (diffreview-aa)
    assert deadlines.deadline_in_text("力争今年6月完成。", 2016).date == "2016-06-30"  # this year's (diffreview-ab)
    with using(_rules_without("finish_verbs", "完成")):
        assert deadlines.deadline_in_text(text, 2016) is None


def test_next_year_words():
    # diffreview-aa's probe "于次年5月完成年度汇算清缴": a month of the year after, not this year's
    assert "次年" in rules.NEXT_YEAR_WORDS
    with using(_rules_without("next_year_words", "次年")):
        assert deadlines.deadline_in_text("于次年5月完成年度汇算清缴。", 2016) is not None


def test_next_year_words_date_a_month_the_year_after():
    # "次年3月底前" as a time limit of a 2024 plan is March 2025; "当年7月1日至次年6月30日" (河北 引黄 调度, corpus 0363)
    assert deadlines.find_dates("引黄水量调度年度为当年7月1日至次年6月30日。", 2021)[-1][:2] == ("次年6月30日", "2022-06-30")
    limit = deadlines.parse_time_limit("次年3月底前", 2024)
    assert (limit.text, limit.date) == ("次年3月底前", "2025-03-31")
    with using(_rules_without("next_year_words", "次年")):
        assert deadlines.parse_time_limit("次年3月底前", 2024).date == "2024-03-31"


def test_year_word_not_after():
    # diffreview-au p42: "…并书面说明年底前不能完成的原因" — 说明, then 年底前: no "明年底" (2025); "到明年底完成" is one
    assert "说" in rules.YEAR_WORD_NOT_AFTER
    assert [p for p, _, _ in deadlines.find_dates("并书面说明年底前不能完成的原因", 2024)] == ["年底前"]
    assert deadlines.find_dates("到明年底完成", 2024)[0][:2] == ("明年底", "2025-12-31")
    assert deadlines.find_dates("以明年底为时间节点", 2024)[0][:2] == ("明年底", "2025-12-31")  # (以 is no word's end here, diffreview-av)
    with using(_rules_without("year_word_not_after", "说")):
        assert [p for p, _, _ in deadlines.find_dates("并书面说明年底前不能完成的原因", 2024)] == ["明年底前"]


def test_not_unit_endings():
    # 深化产教融合 重点任务分工 (sdshxy.cn …/20180920/27144.html, review dt02): "2 | 统筹职业教育与区域发展布局。 | 教育部、… |" — a task ending
    # in 布局 had fit the unit column as 市…局 does; "公共场所", "工作岗位" end as 所, 位 do
    assert {"布局", "场所", "岗位"} <= set(rules.NOT_UNIT_ENDINGS)
    assert not units.ends_like_unit("统筹职业教育与区域发展布局") and not units.ends_like_unit("公共场所")
    assert units.ends_like_unit("市国家安全局") and units.ends_like_unit("县教育局") and units.ends_like_unit("镇派出所")
    assert not units.ends_like_unit("新建城区小学1所")  # a count (diffreview-az p44)
    with using(_rules_without("not_unit_endings", "布局")):
        assert units.ends_like_unit("统筹职业教育与区域发展布局")


def test_speaker_year_words():
    # 河北 全省"安全生产示范乡镇"活动方案 2004 (corpus 0625): "２００４年８月至２００５年６月，…争取今年底有５０家左右的乡镇，明年６月底…":
    # 今年 and 明年 count from the notice's year (2004), not from the 2005 printed last
    assert {"今年", "明年"} <= set(rules.SPEAKER_YEAR_WORDS)
    text = "２００４年８月至２００５年６月，通过扎实有效的工作，实现基本目标。争取今年底有５０家左右的乡镇，明年６月底其他乡镇达到基本要求。"
    found = [(phrase, date) for phrase, date, _ in deadlines.find_dates(text, 2004)]
    assert found[-2:] == [("今年底", "2004-12-31"), ("明年６月底", "2005-06-30")]
    with using(_rules_without("speaker_year_words", "今年")):
        assert ("今年底", "2004-12-31") not in [(p, d) for p, d, _ in deadlines.find_dates(text, 2004)]


def test_baseline_after():
    # 平潭综合实验区 2022 “国企改革攻坚年”行动实施方案 (changwu/pingtan-gov-zwgk-archive, review at07): "与2021年底相比，研发投入强度
    # 增长率不得低于50%" — the base a target is measured from; 2021-12-31 had been the task's deadline
    assert "相比" in rules.BASELINE_AFTER
    text = "提升自主创新能力。与2021年底相比，研发投入强度增长率不得低于50%。"
    assert deadlines.deadline_in_text(text, 2022) is None
    with using(_rules_without("baseline_after", "相比")):
        assert deadlines.deadline_in_text(text, 2022).date == "2021-12-31"


def test_validity_words():
    # corpus 1074 (国办发〔2018〕124号, review c25-1): "上述政策适用于所有文化企业，执行期限为2019年1月1日至2023年12月31日。" — how long the
    # policies hold, no due date of the item it closes
    assert "执行期限" in rules.VALIDITY_WORDS
    text = "允许投资人以知识产权等无形资产评估作价出资组建文化企业。上述政策适用于所有文化企业，执行期限为2019年1月1日至2023年12月31日。"
    assert deadlines.deadline_in_text(text, 2018) is None
    with using(_rules_without("validity_words", "执行期限", "执行期")):
        assert deadlines.deadline_in_text(text, 2018).date == "2023-12-31"
    assert deadlines.deadline_in_text("2023年3月1日至5月31日，开展专项整治行动。", 2023).date == "2023-05-31"  # a stage's end is due
    # the word governs the date only through 为/至 and a period's start (review diffreview-s21): a time limit after it stays
    for text, date in (("对有效期即将届满的许可证，须于2024年6月30日前提交延续申请。", "2024-06-30"),
                       ("在项目执行期内，项目承担单位须于2024年9月30日前完成中期评估。", "2024-09-30"),
                       ("政策执行期限至2024年12月31日。", None), ("实施期限延长至2021年4月30日。", None),
                       # corpus 0741 (review diffreview-s21b): "执行期限暂定至2022年底", and 有效期限
                       ("政策执行期限暂定至2022年底。", None), ("有效期限为2020年1月1日至2022年12月31日。", None),
                       # 东莞 東府〔2021〕54號 (web review j 08): "原階段性下調工傷保險費率政策實施至2021年4月30日" — a policy's period
                       ("原阶段性下调工伤保险费率政策实施至2021年4月30日，2021年5月1日起按照行业基准费率标准执行。", None),
                       ("各项政策实施前，于2024年6月30日前完成备案。", "2024-06-30"),
                       ("推进减税降费政策实施，2024年6月底前完成政策兑现。", "2024-06-30")):  # (diffreview-s23: 政策实施 only before 至)
        limit = deadlines.deadline_in_text(text, 2024 if date else 2020)
        assert (limit.date if limit else None) == date


def test_plan_period_end_words():
    # corpus 0302 (河北 人社 2012 劳动人事争议调解, review c-rev m): "到“十二五”末，实现全省规模以上企业…全部建立…调解组织" — the 12th
    # five-year plan ends in 2015; 0002 "到“十四五”末建成30家左右国家级人力资源服务产业园", 0259 "争取到“十三五”期末，建立…数据库"
    assert {"末", "期末"} <= set(rules.PLAN_PERIOD_END_WORDS)
    for text, date in (("到“十二五”末，实现全省规模以上企业全部建立规范化的劳动人事争议调解组织。", "2015-12-31"),
                       ("到“十四五”末建成30家左右国家级人力资源服务产业园。", "2025-12-31"), ("争取到“十三五”期末，建立数据库。", "2020-12-31")):
        assert deadlines.deadline_in_text(text, 2012).date == date
    # the plan's end as a reference value is no time limit (0741: "不高于全省“十四五”末目标值的"), nor its whole period; only after a
    # word that sets it due (到/力争/确保/争取): not a baseline or a tally (diffreview-s24's probes)
    assert deadlines.deadline_in_text("新建项目能耗强度不高于全省“十四五”末目标值的，一律不受能耗增量指标限制。", 2023) is None
    for text in ("全市PM2.5平均浓度较“十三五”末下降5%。", "截至“十三五”末，全市已完成钢铁企业超低排放改造12家。", "巩固“十三五”期末清洁取暖改造成果。"):
        assert deadlines.deadline_in_text(text, 2023) is None
    assert deadlines.deadline_in_text("“十四五”期间，推进改革。", 2021) is None
    # 至 sets it due as 到 does (档案 “十四五” 规划, review co05; 青浦 市容 2016, review bt03), not 截至
    assert deadlines.deadline_in_text("至“十四五”末,市县两级馆(室)藏传统载体档案实现文件级电子目录全覆盖。", 2021).date == "2025-12-31"
    assert deadlines.deadline_in_text("至“十三五”期末基本消除跨门营业和占道设摊。", 2016).date == "2020-12-31"
    assert deadlines.deadline_in_text("截止至“十三五”末，全市已累计建成农村公路1200公里。", 2021) is None  # a tally (diffreview-am)
    with using(_rules_without("plan_period_end_words", "末", "期末", "末期")):
        assert deadlines.deadline_in_text("到“十二五”末，实现全省规模以上企业全部建立规范化的劳动人事争议调解组织。", 2012) is None


def test_story_marks():
    # 河北 人社 2022 民营企业招聘月 (corpus 0280, review c30-3 and diffreview-s22's probe): "4月，以民营企业为重点对象…" schedules
    # the month; "9月，省政府出台了加快发展的若干措施。" tells what was done
    assert "了" in rules.STORY_MARKS
    assert deadlines.deadline_in_text("9月，省政府出台了加快发展的若干措施。", 2023) is None
    assert deadlines.deadline_in_text("招聘月。4月，以民营企业为重点对象开展招聘。", 2023).date == "2023-04-30"
    with using(_rules_without("story_marks", "了")):
        assert deadlines.deadline_in_text("9月，省政府出台了加快发展的若干措施。", 2023).date == "2023-09-30"
    # 县 环保督察整改 讲话 (yihaowenku, review dk08): "6月，国土局联合环保局已组织…" tells what was done too
    assert "已" in rules.STORY_MARKS
    assert deadlines.deadline_in_text("6月，国土局联合环保局已组织开展专项整治。", 2023) is None


def test_repeal_words():
    # corpus 0706 (河北 2019 工业设计 办法): "七、附则" — "本办法自发布之日起执行。…同时废止。": the effective clause and what it repeals, no work
    assert {"废止", "失效"} <= set(rules.REPEAL_WORDS)
    text = "一、推进设计创新。各地要加快工业设计中心建设。\n七、其他\n本办法自发布之日起执行。《河北省工业设计中心认定管理办法》同时废止。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一"]
    with using(_rules_without("repeal_words", "废止", "失效")):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一", "七"]


def test_not_deadline_after():
    # corpus 0216 (河北 人社厅 招聘): "年龄一般在45岁以下（1972年1月1日以后出生）" is an age limit
    assert "以后" in rules.NOT_DEADLINE_AFTER
    assert deadlines.deadline_in_text("身体健康，年龄一般在45岁以下（1972年1月1日以后出生）。", 2016) is None
    # corpus 0362 (省科学技术奖励办法): "本办法自2022年4月1日起施行"
    assert deadlines.deadline_in_text("本办法自2022年4月1日起施行。", 2022) is None
    assert deadlines.deadline_in_text("2022年4月1日前完成系统上线。", 2022).date == "2022-04-01"
    # corpus 0918 (河北 加快推进企业复工复产若干措施 2021, review r23b 07): a window loans fall due in, not a time limit
    assert {"期间", "至"} <= set(rules.NOT_DEADLINE_AFTER)
    assert deadlines.deadline_in_text("对地方法人银行发放的2021年1月1日至3月31日期间到期的普惠小微企业贷款，给予延期。", 2021) is None
    assert deadlines.deadline_in_text("2023年3月1日至5月31日，开展专项整治行动。", 2023).date == "2023-05-31"  # the end of a stage
    # corpus 0981 (河北省 教学成果奖 2017, flattened) and 0226 (养老保险制度改革 实施意见 2015, review r31a 08): cut-off dates
    assert {"及以后", "及之后"} <= set(rules.NOT_DEADLINE_AFTER)
    assert deadlines.deadline_in_text("申请本届教学成果奖的项目限定为2016年12月31日及以后完成的成果。", 2017) is None
    assert deadlines.deadline_in_text("对2014年10月1日及以后参加工作的人员实行。", 2014) is None
    # and up to a date, the day included (0226, review c28-2; 0030 "1943年12月31日及以前出生的每人每月增加…")
    assert {"及以前", "及之前"} <= set(rules.NOT_DEADLINE_AFTER)
    assert deadlines.deadline_in_text("2014年9月30日及以前（以下简称改革前）参加工作、改革后退休的人员，按规定计发养老金。", 2015) is None
    assert deadlines.deadline_in_text("1943年12月31日及以前出生的每人每月增加45元。", 2018) is None


def test_not_deadline_before():
    # corpus 0711 (国家科委文件目录): "发文单位：国家科委发文时间：1987年6月20日" dates a cited document
    # 平潭 2023 第五次全国经济普查 通知 (changwu/pingtan-gov-zwgk-archive, review aw07): "普查标准时点为2023年12月31日" is the point the
    # census describes, no work due
    assert "时点为" in rules.NOT_DEADLINE_BEFORE
    census = "普查内容和时间。普查标准时点为2023年12月31日，普查时期资料为2023年年度资料。"
    assert deadlines.deadline_in_text(census, 2023) is None
    with using(_rules_without("not_deadline_before", "时点为")):
        assert deadlines.deadline_in_text(census, 2023) is not None
    assert "时间：" in rules.NOT_DEADLINE_BEFORE
    assert deadlines.deadline_in_text("发文单位：国家科委发文时间：1987年6月20日文号：（87）国科发条字0", None) is None
    # corpus 0918 (review r23b 07): "证书有效期顺延至2021年12月31日" extends a certificate, no work falls due
    assert {"顺延至", "延续至"} <= set(rules.NOT_DEADLINE_BEFORE)
    assert deadlines.deadline_in_text("省级住房城乡建设部门负责的行政许可审批事项，证书有效期顺延至2021年12月31日。", 2021) is None
    # corpus 0295 (河北 2015 就业创业证, review s3): "现已印制的《就业失业登记证》可继续发放至2015年底" lets old cards be issued until then
    assert {"继续发放至", "继续使用至", "继续执行至"} <= set(rules.NOT_DEADLINE_BEFORE)
    assert deadlines.deadline_in_text("现已印制的《就业失业登记证》可继续发放至2015年底。", 2015) is None
    assert deadlines.deadline_in_text("各地要于2015年底前发放完毕。", 2015).date == "2015-12-31"
    # 随县 2021 (suixian.gov.cn, review r30b 07): "原则上半年调整一次" — 原则上 + 半年, not 上半年
    assert "原则" in rules.NOT_DEADLINE_BEFORE
    assert deadlines.deadline_in_text("县级领导分包联系点原则上半年调整一次。", 2021) is None
    assert deadlines.deadline_in_text("上半年完成调整。", 2021).date == "2021-06-30"
    with using(_rules_without("not_deadline_before", "原则")):
        assert deadlines.deadline_in_text("县级领导分包联系点原则上半年调整一次。", 2021) is not None
    # 截至 dates a count or a policy's term, no work: "截至4月底" (corpus 1038, review c18-2), "政策实施期限截至2023年12月31日"
    # (corpus 0196), "截至2022年12月31日，退休退职人员…" (0192); 截止…前 still is a time limit
    assert "截至" in rules.NOT_DEADLINE_BEFORE
    assert deadlines.deadline_in_text("截至4月底，全省已开工项目120个。", 2015) is None
    assert deadlines.deadline_in_text("一次性吸纳就业补贴，政策实施期限截至2023年12月31日。", 2023) is None
    assert deadlines.deadline_in_text("截止2024年6月底前完成申报。", 2024).date == "2024-06-30"
    with using(_rules_without("not_deadline_before", "截至")):
        assert deadlines.deadline_in_text("截至4月底，全省已开工项目120个。", 2015) is not None
    # a past year's date qualifies, it sets no work: "推动当年投产（或上年第四季度投产）…的新建投产企业…申报入统" (corpus 0941, review c20-2)
    assert {"上年", "去年"} <= set(rules.NOT_DEADLINE_BEFORE)
    past = "发展改革部门负责推动当年投产（或上年第四季度投产）、主营业务收入达到2000万元的新建投产企业按月度及时申报入统。"
    assert deadlines.deadline_in_text(past, 2022) is None
    assert deadlines.deadline_in_text("第四季度完成申报入统。", 2022).date == "2022-12-31"
    with using(_rules_without("not_deadline_before", "上年")):
        assert deadlines.deadline_in_text(past, 2022) is not None
    # a period's start before 至 is none either ("参保人数300人（2022年1月至出现中高风险地区当月月均参保人数）", corpus 0318)
    assert deadlines.deadline_in_text("参保人数300人（2022年1月至出现中高风险地区当月月均参保人数）及以上的社会团体", 2022) is None
    assert deadlines.deadline_in_text("2024年3月至2024年6月底前完成排查整治。", 2024).date == "2024-06-30"
    assert deadlines.deadline_in_text("于2019年7月29日到指定地点申请复核。", 2019).date == "2019-07-29"
    # corpus 0042 (河北 政务公开专区 2022, review r31a 02): a standard already published is no work due
    assert "已于" in rules.NOT_DEADLINE_BEFORE
    published = "《政务公开专区建设指南》（DB13/T5480-2022）已于2022年2月28日由省市场监管局发布"
    assert deadlines.deadline_in_text(published, 2022) is None
    with using(_rules_without("not_deadline_before", "已于")):
        assert deadlines.deadline_in_text(published, 2022) is not None


def test_web_chrome_lines():
    # realworld h11 (武汉 目标任务责任分解方案, an aggregator page) opens with "导航菜单";
    # h12 (云南 e-paper) with "分享按钮": neither is the title, a task or a unit
    assert {"导航菜单", "分享按钮"} <= set(rules.WEB_CHROME_LINES)
    # 甘肃 2023 为民实事 (freewechat.com …2651404044/1), a reprint site's link above the news: "查看原文"
    assert "查看原文" in rules.WEB_CHROME_LINES
    # 2021年宁夏 防止耕地“非粮化” 工作方案 on a sharing shop (gongwk.com/doc/359021.jhtml, review cp07): "购物车" / "我的足迹" / the
    # collection's headline "…工作方案汇编(7篇)" / "加入Vip免费下载 立即下载" had been joined into the title
    assert {"购物车", "我的足迹", "立即下载", "加入Vip"} <= set(rules.WEB_CHROME_LINES)
    lines = ["购物车", "", "我的足迹", "", "2021年关于稳定粮食生产的工作方案汇编(7篇)", "", "加入Vip免费下载 立即下载", "",
             "2021年宁夏回族自治区防止耕地“非粮化”稳定粮食生产工作方案   为贯彻落实好中央部署,制定本方案。", "一、主要任务", "(一)稳定粮食面积。(责任单位:自治区农业农村厅)"]
    # the collection's name, as a 汇编's own (web review k 05); the plan's heading run into its body is not found
    assert policy_extract.parse_text("\n".join(lines) + "\n").meta.title == "2021年关于稳定粮食生产的工作方案汇编(7篇)"
    # a 范文 site's headline over its pieces and the piece's number after the heading (阿拉题库, m.alatiku.com …/v43n6y.html, review cz07)
    lines = ["关于推进“一件事一次办”改革工作具体实施方案3篇", "【写作参考】网友为您精选的实施方案范文。", "推进“一件事一次办”改革工作实施方案1",
             "根据省政府办公厅有关文件精神,结合我市实际,制定本方案。", "一、改革内容", "(一)梳理事项清单。〔牵头单位:市政务服务中心;责任单位:市直各部门〕"]
    assert policy_extract.parse_text("\n".join(lines) + "\n").meta.title == "推进“一件事一次办”改革工作实施方案"
    from policy_extract.chrome import strip_web_chrome

    assert strip_web_chrome("查看原文") == ""
    # 池州 2017 实施意见 (jindifashion.com/html/402881e5…ul7r.html, review web-n 06): the site's 政务微信 / 政务微博 / × / × over the
    # title had been the title ("政务微信政务微博"), flattened the issuer ("政务微信政务微博××池州市人民政府"); 上海 2017
    # (sh-italent.cn/Article/201710/201710250014.shtml, web-n 08): the menu "首页 人才政策一网通查 上海有哪些人才政策"
    assert {"政务微信", "政务微博", "首页 "} <= set(rules.WEB_CHROME_LINES)
    head = "政务微信\n政务微博\n×\n×\n池州市人民政府关于创优“四最”营商环境的实施意见(池政〔2017〕101号)\n一、持续减少审批事项\n"
    for joiner in ("\n", ""):
        got = policy_extract.parse_text(head.replace("\n", joiner) + "\n").meta
        assert (got.title, got.issuer) == ("池州市人民政府关于创优“四最”营商环境的实施意见", "池州市人民政府")
    assert strip_web_chrome("首页 人才政策一网通查 上海有哪些人才政策") == ""
    assert strip_web_chrome("首页推荐的十项措施已全部落实，群众满意度明显提升。") != ""  # (a sentence that opens with the word)
    # a mobile site's link over the title ("手机版" / "手机版" / "《广东省妇女发展规划…》目标责任分解书", review web-t 01)
    assert "手机版" in rules.WEB_CHROME_LINES and strip_web_chrome("手机版") == ""
    # a news page's "新闻详情" over the title (云南 2022 乡村振兴 实施意见, review br04), a site's "网站导航" (br08) and its
    # "扫描二维码随身看资讯" (丁湖镇 巡河 要求, br07): the site's, never the title
    assert {"新闻详情", "网站导航", "扫描二维码随身看"} <= set(rules.WEB_CHROME_LINES)
    head = "新闻详情\n中共云南省委 云南省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见\n2022-05-19 14:17\n一、坚决扛牢粮食安全政治责任\n"
    for joiner in ("\n", ""):
        assert policy_extract.parse_text(head.replace("\n", joiner) + "\n").meta.title == "中共云南省委云南省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见"
    assert strip_web_chrome("扫描二维码随身看资讯") == ""
    # not a sentence or a line of the text that opens with the words (diffreview-ae's probes)
    assert strip_web_chrome("网站导航是否清晰，链接是否有效。") != "" and strip_web_chrome("扫描二维码即可在线办理") != ""
    # the site's footer run on after a flattened page's signature ("…高庄镇人民政府2021年6月23日陕公网安备61042302000131号", 高庄镇 2021,
    # review web-t 04): cut with its province's letter, so the signature is read and its date is no item's time limit
    page = ("三、整治任务（三）加强督导检查。乡村振兴办公室做好组织协调工作,对各村整治情况进行检查,确保整治成效。"
            "高庄镇人民政府2021年6月23日陕公网安备61042302000131号\n")
    doc = policy_extract.parse_text(page)
    assert (doc.meta.issuer, doc.meta.issue_date, doc.tasks[-1].deadline) == ("高庄镇人民政府", "2021-06-23", None)
    # nor a wrapped line's start (diffreview-s25's probe: "…各单位要在门户网站" / "首页显著位置开设政务公开专栏。")
    wrapped = policy_extract.parse_text("一、加强平台建设。各单位要在门户网站\n首页显著位置开设政务公开专栏。\n")
    assert wrapped.tasks[-1].text.endswith("门户网站首页显著位置开设政务公开专栏。")
    # 2021年区政府主要工作目标任务分解落实方案 (a template site's copy, ddjlg.com/zhi/cehua/v202r4.html, review r33a 09):
    # "位置:首页 > 职场 > 活动策划", a trail after a colon, had been joined to the plan's title under it
    assert {"位置:", "位置："} <= set(rules.WEB_CHROME_LINES)
    assert strip_web_chrome("位置:首页 > 职场 > 活动策划") == ""
    assert strip_web_chrome("位置优越，交通便利。") == "位置优越，交通便利。"
    # corpus 1002, 1021, 1056 (河北省教育厅 site): the download button under the annex list, before the signature;
    # flattened, the issuer had been read as "通知及附件下载河北省教育厅" (1023)
    assert {"通知及附件下载", "附件下载"} <= set(rules.WEB_CHROME_LINES)
    assert strip_web_chrome("通知及附件下载") == ""
    assert strip_web_chrome("4.河北省中小学和幼儿园骨干教师评审表通知及附件下载") == "4.河北省中小学和幼儿园骨干教师评审表"
    # 金华 2018 金政办发〔2018〕23号 (jinhua.gov.cn …t20180423_2272974_1.html, review r13a 07): the trail joined the title
    # and its number, and the number was not found
    assert strip_web_chrome("您所在的位置: 首页 > 政务公开 > 重点实事") == ""
    text = "导航菜单\n\n(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案\n\n  84.推动有条件的老旧住宅加装电梯。(牵头单位:市自然资源规划局;责任单位:各区人民政府)\n"
    doc = policy_extract.parse(text)
    assert doc.meta.title == "(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案"
    assert [t.number for t in doc.tasks] == ["84"]
    # corpus 0001 … (360 notices of the 河北人社 site, stored one line each): the site's line run on at the end,
    # after the signature ("人力资源社会保障部2023年11月30日更多信息请关注官方微信“河北人社”"): no part of the last
    # task, and the signature before it is read
    assert "更多信息请关注" in rules.WEB_CHROME_LINES
    assert strip_web_chrome("单位为县级以上文联、市级以上文艺家协会。更多信息请关注官方微信“河北人社”") == "单位为县级以上文联、市级以上文艺家协会。"
    assert strip_web_chrome("…发布相关新闻，正确引导舆论。") == "…发布相关新闻，正确引导舆论。"  # a short word inside a sentence (corpus 1096)
    text = ("各省人力资源社会保障厅：现就有关事项通知如下：一、加强组织领导。各地要抓好落实。二、强化督促检查。各地要定期调度。"
            "人力资源社会保障部2023年11月30日更多信息请关注官方微信“河北人社”\n")
    doc = policy_extract.parse(text)
    assert (doc.tasks[-1].text, doc.meta.issuer, doc.meta.issue_date) == ("强化督促检查。各地要定期调度。", "人力资源社会保障部", "2023-11-30")
    without = policy_extract.parse_text(text, rules=_rules_without("web_chrome_lines", "更多信息请关注"))
    assert without.meta.issue_date is None
    # 市文化体育广播电视局信访工作制度 and a 县 信访工作计划 on document-sharing sites (review s13c 07, 04): "相关推荐" / "猜你喜欢"
    # under the last item, and the site's cut notice "(未完,全文共1900字,当前显示618字)" after it
    assert {"相关推荐", "猜你喜欢", "(未完,全文共"} <= set(rules.WEB_CHROME_LINES)
    items = "（三）主办单位要明确专人，负责信访件的处理，不得无故拖延。\n相关推荐\n猜你喜欢\n"
    assert policy_extract.parse_text(items).tasks[-1].text == "主办单位要明确专人，负责信访件的处理，不得无故拖延。"
    assert strip_web_chrome("9.严守信访秘密，维护信访人的合法权益。(未完,全文共1900字,当前显示618字)") == "9.严守信访秘密，维护信访人的合法权益。"
    # a 镇 安全生产 plan on a sharing site (review s15b 01): its paywall line under the last item; and a 区林业局 规划's
    # buttons "VIP专免" / "侵权投诉" (s15d 02, test_meta)
    assert {"(阅读全部图文内容", "（阅读全部图文内容", "VIP专免", "侵权投诉"} <= set(rules.WEB_CHROME_LINES)
    items = "3.强化部门监管责任。建立齐抓共管工作机制。\n(阅读全部图文内容,您需要先登录!)\n"
    assert policy_extract.parse_text(items).tasks[-1].text == "强化部门监管责任。建立齐抓共管工作机制。"
    assert strip_web_chrome("3.强化部门监管责任。建立齐抓共管工作机制。(阅读全部图文内容,您需要先登录!)") == "3.强化部门监管责任。建立齐抓共管工作机制。"
    # a 市 农村人居环境 plan on a sharing site (review s17b 06): "仅展示665字,全文共3671字" under the last item
    items = "1.集中力量打造一批美丽宜居型村庄,让美丽生态宜居智慧成为乡村的“底色”。\n仅展示665字,全文共3671字\n"
    assert policy_extract.parse_text(items).tasks[-1].text == "集中力量打造一批美丽宜居型村庄,让美丽生态宜居智慧成为乡村的“底色”。"
    # 镇2025年度环境综合整治专项行动工作实施方案 (huaboedu.com/news/140567.html, review s19a 03): a sharing site's line under the
    # excerpt, "预览结束,免费获取全文或定制代笔此类文章,请扫码联系老师!", lined or run on at the end of the last item
    assert {"预览结束,免费获取全文", "预览结束，免费获取全文"} <= set(rules.WEB_CHROME_LINES)
    items = "2. “保两洁、治七乱”方面常态保持环境整洁和水体清洁。针对违......\n预览结束,免费获取全文或定制代笔此类文章,请扫码联系老师!\n"
    for form in (items, items.replace("\n", "")):
        assert policy_extract.parse_text(form).tasks[-1].text == "“保两洁、治七乱”方面常态保持环境整洁和水体清洁。针对违......"
    # 创建省级卫生县城工作实施方案 (nepao.com/show-103-7767-1.html, review s18a 06): the page's footer under the last item
    # ("浏览次数:  更新时间:…", "上一篇:…", "网友评论《…》", "评论功能已关闭") had been run into its text; a chrome label's
    # value after its colon is the site's too
    assert {"网友评论", "评论功能已关闭"} <= set(rules.WEB_CHROME_LINES) and "更新时间" in rules.PAGE_INFO_LABELS
    footer = ["浏览次数:  更新时间:2012-07-18 11:23:36", "上一篇:乡镇在创先争优活动中开展基层组织建设年工作方案",
              "下一篇:林业局三问三解活动实施方案", "网友评论《创建省级卫生县城工作实施方案 》", "评论功能已关闭"]
    assert [strip_web_chrome(line) for line in footer] == [""] * 5
    items = "1、卫生县城管理体系。县爱卫会负责指导全县创建卫生县城工作。\n" + "\n".join(footer) + "\n"
    assert policy_extract.parse_text(items).tasks[-1].text == "卫生县城管理体系。县爱卫会负责指导全县创建卫生县城工作。"


def test_page_field_labels():
    # corpus 0594/0630 (河北 省政府办公厅文件 pages): the site's disclosure fields after the last item
    assert "公开程序" in rules.PAGE_FIELD_LABELS
    text = "某市人民政府：\n一、落实责任。省政府定期对各地落实情况进行督查。　　公开程序：本单位审核后公开　　责任部门：省政府办公厅秘书一处\n"
    # (the item's subject, 省政府, is its unit: subjects.duty_subject; never the page's 责任部门 field)
    assert [u.name for u in policy_extract.parse_text(text).tasks[0].responsible_units] == ["省政府"]
    without = [u.name for u in policy_extract.parse_text(text, rules=_rules_without("page_field_labels", "公开程序")).tasks[0].responsible_units]
    assert without == ["省政府办公厅秘书一处"]  # what the page's field gave before


def test_doc_number_labels():
    # realworld h02 (蔡甸区, a page's metadata table): "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号"
    assert "文号" in rules.DOC_NUMBER_LABELS
    from policy_extract.normalize import Piece

    line = "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号"
    assert meta.find_doc_number([Piece("para", line, 1, 1)]) == "蔡政办〔2023〕1号"
    # h04 (连云港): the number bracketed on its own line
    assert meta.find_doc_number([Piece("para", "(连政办发〔2011〕78号)", 2, 2)]) == "连政办发〔2011〕78号"
    # a number cited inside a sentence is not the notice's own
    assert meta.find_doc_number([Piece("para", "根据《关于做好工作的通知》(临政发〔2020〕4号)文件", 3, 3)]) is None
    # 大兴区 2023 (www.bjdx.gov.cn): a bulleted info list "• 发文序号:京兴政办发〔2023〕1 号"
    assert meta.find_doc_number([Piece("para", "• 发文序号:京兴政办发〔2023〕1 号", 1, 1)]) == "京兴政办发〔2023〕1号"


@pytest.mark.parametrize(
    "head, number",
    [
        # realworld h01 (鞍山市立山区), line breaks lost: the red header's 文件, then the number
        ("鞍山市立山区人民政府文件鞍立政发〔2023〕2号立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知立山经济开发区,各街道办事处:", "鞍立政发〔2023〕2号"),
        # realworld h04 (连云港), line breaks lost: the number bracketed after the title
        ("连云港市政府办公室关于印发连云港市创建全国文明城市加强城市管理工作实施方案的通知(连政办发〔2011〕78号)各区人民政府,市各委、办、局,市各直属单位:", "连政办发〔2011〕78号"),
        # corpus 0723: the title, the number, the recipients, run together
        ("科技部关于印发技术市场“十二五”发展规划的通知国科发高〔2013〕110号各省、自治区、直辖市以及计划单列市科技厅（委、局）：", "国科发高〔2013〕110号"),
        # corpus 0919 (review r26b 07) and 0760: a 意见 or 措施 titled notice, its number and date run on
        ("河北省人民政府关于加快推进奶业振兴的实施意见冀政字〔2019〕31号2019年7月1日　　各市（含定州、辛集市）人民政府：", "冀政字〔2019〕31号"),
        ("关于加快推进科技创新的若干措施冀政办发〔2017〕5号　　为深入贯彻习近平总书记系列重要讲话精神", "冀政办发〔2017〕5号"),
        # corpus 0114: a cited decision after the first sentence is not the notice's own number
        ("现将清理结果公布如下：二、河北省人民政府关于振兴中医药事业的决定（冀政〔2011〕99号）1.将“四、壮大中药产业”", None),
    ],
)
def test_doc_number_after(head, number):
    from policy_extract.normalize import Piece

    assert "文件" in rules.DOC_NUMBER_AFTER and "的通知" in rules.DOC_NUMBER_AFTER
    assert meta.find_doc_number([Piece("para", head, 1, 1)]) == number


def test_plan_title_endings():
    """A date before the plan's title is the signature's date."""
    # realworld h04 (连云港), line breaks lost and no issuer printed above the date
    from policy_extract.normalize import Piece

    assert "方案" in rules.PLAN_TITLE_ENDINGS
    # corpus 0569 (review s18): "…同时废止。河北省人民政府办公厅2024年3月7日河北省重污染天气应急预案一、总则…" — a 预案 is a plan
    assert "预案" in rules.PLAN_TITLE_ENDINGS
    flat = ("各市（含定州、辛集市）人民政府：《河北省重污染天气应急预案》已经省政府同意，现印发给你们，请认真组织实施。河北省人民政府办公厅2024年3月7日"
            "河北省重污染天气应急预案一、总则（一）编制目的。完善重污染天气应急响应机制。\n")
    read = policy_extract.parse_text(flat).meta
    assert (read.issuer, read.issue_date) == ("河北省人民政府办公厅", "2024-03-07")
    # corpus 0608 (河北省政府办公厅 2004, review r23c 10): "附：全省政府系统电子政务工作２００４年度建设任务书　　二〇〇四年四月七日"
    # — the annex's title, then the signer-less date: the date had been joined to the title and lost, and the
    # cited "中办发〔２００２〕１７号" had given 2002 as the year of ten "年内" deadlines
    assert "任务书" in rules.PLAN_TITLE_ENDINGS and "任务书" in rules.ANNEX_PLAN_TITLE_ENDINGS
    text = ("各设区市人民政府：根据中办发〔２００２〕１７号文件要求，现将有关事项通知如下。　　附：全省政府系统电子政务工作２００４年度建设任务书"
            "　　二〇〇四年四月七日　　一、年度目标　　二、主要任务　　（一）内网建设。年内完成省直部门内网建设。\n")
    doc = policy_extract.parse_text(text)
    assert (doc.meta.issue_date, doc.tasks[0].deadline.date) == ("2004-04-07", "2004-12-31")
    without = _rules_without("plan_title_endings", "任务书")._replace(annex_plan_title_endings=tuple(w for w in rules.ANNEX_PLAN_TITLE_ENDINGS if w != "任务书"),
                                                                  annex_form_endings=tuple(w for w in rules.ANNEX_FORM_ENDINGS if w != "书"))
    run_on = text.replace("\u3000\u3000", "")  # its line breaks lost: the date found between the title and the plan
    assert policy_extract.parse_text(run_on).meta.issue_date == "2004-04-07"
    with using(without):
        assert policy_extract.parse_text(run_on).meta.issue_date is None
    text = "请认真组织实施。二〇一一年五月三日连云港市创建全国文明城市加强城市管理工作实施方案一、总体目标以创建全国文明城市为总抓手"
    assert meta.find_signature([Piece("para", text, 1, 1)]) == (None, "2011-05-03")
    # the same split at its no-break spaces: the date opens a paragraph (h04 flattened with U+00A0)
    assert meta.find_signature([Piece("para", "二〇一一年五月三日 连云港市创建全国文明城市加强城市管理工作实施方案", 1, 1)]) == (None, "2011-05-03")
    # 济南市钢城区 2021 重点任务分工方案 (kuaibao.lzzcloud.net/news_info/820521.html) flattened: the
    # signature run on into a plan title that holds its year in figures
    text = "请认真组织实施。济南市钢城区人民政府办公室2021年4月10日深化“放管服”改革优化营商环境2021年重点任务分工方案为加快推进政府职能转变"
    assert meta.find_signature([Piece("para", text, 1, 1)]) == ("济南市钢城区人民政府办公室", "2021-04-10")
    # corpus 0886 and 0640: the date glued to the plan's title, or to 此件主动公开
    assert meta.find_signature([Piece("para", "2021年8月20日推动企业上市“蝶变计划”工作方案", 1, 1)]) == (None, "2021-08-20")
    assert meta.find_signature([Piece("para", "2023年12月6日（此件主动公开）", 1, 1)]) == (None, "2023-12-06")
    # a sentence opening with a date is no signature (synthetic, after corpus 0722's 1990年7月6日)
    body = "请遵照执行。1990年7月6日原国家科委发布的《技术合同认定登记管理办法》同时废止。"
    assert meta.find_signature([Piece("para", body, 1, 1)]) == (None, None)


def test_cited_rules_and_lease_terms_are_not_time_limits():
    # corpus 0474 (河北省捐资助学 办法): the date an earlier rule was published
    assert deadlines.deadline_in_text("本办法自2004年4月1日起施行。1988年11月24日省人民政府公布的《河北省捐资助学表彰奖励办法》同时废止。", None) is None
    # corpus 1099 (国务院 深圳湾口岸): a lease term, "至2047年6月30日止"
    assert deadlines.deadline_in_text("土地使用期限自口岸启用之日起至2047年6月30日止。", 2006) is None
    assert {"公布", "止"} <= set(rules.NOT_DEADLINE_AFTER)


def test_reading_convention_words():
    # corpus 0903: "，排名第1为牵头单位，下同" inside a 责任单位 value; corpus 0568: a note's second
    # sentence "以下任务均需各市县政府和雄安新区管委会负责，不再列出"
    assert {"下同", "以下", "不再列出"} <= set(rules.READING_CONVENTION_WORDS)
    assert notes.parse_note("责任单位：省科技厅、省工业和信息化厅，排名第1为牵头单位，下同").responsible == ["省科技厅", "省工业和信息化厅"]
    note = notes.parse_note("省民政厅按职责分工负责。以下任务均需各市县政府负责，不再列出")
    assert note.responsible == ["省民政厅"]
    # corpus 0117 (河北 全科医生 实施意见, review r25a 02): "…负责，排在第一位的为牵头单位，其他为协助配合单位，下同" — the
    # clause on the others was read as units, the note was no note, and two tasks ran together
    assert {"其他为", "其余为"} <= set(rules.READING_CONVENTION_WORDS)
    text = "省教育厅、省卫生计生委、省中医药管理局负责，排在第一位的为牵头单位，其他为协助配合单位，下同"
    assert notes.parse_note(text).responsible == ["省教育厅", "省卫生计生委", "省中医药管理局"]
    # corpus 0049 (河北 医疗卫生行业综合监管 2019, review c21-1): a clause defining the note's word, "分工负责为各部门按职责分别
    # 牵头，下同"; the note had been no note, its ten units lost and left in the task's text
    assert "分工负责为" in rules.READING_CONVENTION_WORDS
    defined = "省卫生健康委、省发展改革委按职责分工负责，省人力资源社会保障厅、省商务厅配合，分工负责为各部门按职责分别牵头，下同"
    assert notes.parse_note(defined).responsible == ["省卫生健康委", "省发展改革委", "省人力资源社会保障厅", "省商务厅"]
    with using(_rules_without("reading_convention_words", "分工负责为")):
        assert notes.parse_note(defined) is None
    with using(_rules_without("reading_convention_words", "其他为")):
        assert notes.parse_note(text) is None


def test_measure_words():
    # realworld h12 (云南 e-paper table, every separator lost): the next row starts at "22",
    # never at a count ("22个"); synthetic row text around the real unit clause
    assert "个" in rules.MEASURE_WORDS
    from policy_extract.normalize import Piece, unglue_tables

    text = "序号工作任务责任单位21树立婚育新风。省委宣传部、省妇联牵头;省民政厅配合22个州市联合开展。省卫生健康委牵头22根据经济社会发展水平调整。省财政厅牵头"

    def row_22():
        rows = [p.cells for p in unglue_tables([Piece("para", text, 1, 1)]) if p.kind == "row"]
        return next(r for r in rows if r[0] == "22")[1]

    assert row_22().startswith("根据")
    with using(_rules_without("measure_words", "个")):
        assert row_22().startswith("个州市")


def test_not_in_unit_names():
    # "各部门要加强配合" (the docstring of notes.bare_note) is a sentence: no unit line
    assert {"要", "加强"} <= set(rules.NOT_IN_UNIT_NAMES)
    assert notes.bare_note("进一步加强市场监管局配合") is None
    # "积极争取省发改委、省财政厅等部门,负责项目的资金支持" is a sentence (diffreview-ar's probe): 积极, 争取 are in no unit's name
    assert {"积极", "争取"} <= set(rules.NOT_IN_UNIT_NAMES)
    with using(_rules_without("not_in_unit_names", "进一步", "加强")):
        assert notes.bare_note("进一步加强市场监管局配合").responsible == ["进一步加强市场监管局"]
    # 平潭 2017 “谁执法谁普法”责任制 实施意见 (changwu/pingtan-gov-zwgk-archive, review bi05): "各普法责任主体应详细梳理本部门本单位
    # 负责执行的法律法规" is a sentence, 本部门/本单位 no unit's name ("this department"): no subject before 负责
    assert "本单位" in rules.NOT_IN_UNIT_NAMES
    item = "一、主要任务\n（一）建立责任清单。各普法责任主体应详细梳理本部门本单位负责执行的法律法规，制定普法责任清单。\n"
    assert policy_extract.parse_text(item).tasks[0].responsible_units == []
    with using(_rules_without("not_in_unit_names", "本单位")):
        assert [u.name for u in policy_extract.parse_text(item).tasks[0].responsible_units] == ["各普法责任主体应详细梳理本部门本单位"]


def test_phrase_openings():
    # 上海市青浦区 公共排水设施一体化运维 实施方案 (zhiyao87/Shanghai-Gov-Docs-Index, review bm03): "原则按照市水务局牵头制定的…办法"
    # gave a lead "原则按照市水务局"; a closing clause keeps its units and leaves the text ("区公安局、区金融办依照职责负责", diffreview-ad)
    assert {"按照", "根据", "依据", "依照"} <= set(rules.PHRASE_OPENINGS)
    cited = "一、主要任务\n（一）明确考核制度要求。原则按照市水务局牵头制定的一体化运维管理绩效考核办法，可根据我区实际细化。\n"
    assert policy_extract.parse_text(cited).tasks[0].lead_units == []
    with using(_rules_without("phrase_openings", "按照")):
        assert [u.name for u in policy_extract.parse_text(cited).tasks[0].lead_units] == ["原则按照市水务局"]
    closing = policy_extract.parse_text("一、主要任务\n1.严厉打击非法集资。区公安局、区金融办依照职责负责。\n").tasks[0]
    assert closing.text == "严厉打击非法集资。" and [u.name for u in closing.responsible_units] == ["区公安局", "区金融办"]


def test_list_end_words():
    # 平潭 海坛片区 2020 安全隐患大排查大整治 (changwu/pingtan-gov-zwgk-archive, review bh03), flattened: the labelled list runs into
    # the sentence after it, "…各片区管理局对于其他领域，各有关部门…"; the name before 对于 is the list's last
    assert "对于" in rules.LIST_END_WORDS and "对于" in rules.NOT_IN_UNIT_NAMES
    note = notes.parse_note("责任单位:区交建局、国网平潭电力分公司，各片区管理局对于其他领域")
    assert note.responsible == ["区交建局", "国网平潭电力分公司", "各片区管理局"]
    with using(_rules_without("list_end_words", "对于")):
        assert notes.parse_note("责任单位:区交建局、国网平潭电力分公司，各片区管理局对于其他领域").responsible == ["区交建局", "国网平潭电力分公司"]
    # not any word that is no name's: "各部门的工作要形成合力" is a sentence after the list (diffreview-ac)
    assert notes.parse_note("责任单位：区民政局、区残联，各部门的工作要形成合力").responsible == ["区民政局", "区残联"]


def test_title_remarks():
    # xian-2022: "西安市建设项目“市政通”集成改革实施细则(试行)" is a regulation's title
    title = quote(TABLE, "西安市建设项目“市政通”集成改革实施细则(试行)")
    assert "试行" in rules.TITLE_REMARKS and extract.is_regulation(title)
    with using(_rules_without("title_remarks", "试行")):
        assert not extract.is_regulation(title)


# --- the rules as one value ----------------------------------------------------------------


def test_every_rule_table_is_a_field_of_rules():
    names = [n for n in vars(rules) if n.isupper() and isinstance(getattr(rules, n), tuple) and not isinstance(getattr(rules, n), rules.Rules)]
    assert sorted(n.lower() for n in names) == sorted(DEFAULT_RULES._fields)
    assert all(getattr(DEFAULT_RULES, n.lower()) == getattr(rules, n) for n in names)


OFFICE_NOTICE = "某区2025年重点工作督办方案\n二、重点任务\n1.推进清单标准化。（牵头督办单位：区行政审批局；协管单位：区财政局）\n"


def test_parse_path_with_an_added_label(tmp_path):
    # an office's own labels (synthetic "协管单位"): not a role word of the defaults, so its
    # unit is lost until the office adds the label to its rules, without editing the package
    path = tmp_path / "notice.txt"
    path.write_text(OFFICE_NOTICE, encoding="utf-8")
    plain = policy_extract.parse(path).tasks[0]
    assert ([u.name for u in plain.lead_units], plain.responsible_units) == (["区行政审批局"], [])
    extended = policy_extract.parse(path, rules={"responsible_labels": ["协管单位"]}).tasks[0]
    assert [u.name for u in extended.responsible_units] == ["区财政局"]
    # the same words as a Rules value, from a YAML file a user keeps
    (tmp_path / "rules.yaml").write_text("responsible_labels: [协管单位]\n", encoding="utf-8")
    from_file = policy_extract.Rules.from_file(tmp_path / "rules.yaml")
    assert [u.name for u in policy_extract.parse(path, rules=from_file).tasks[0].responsible_units] == ["区财政局"]
    # and the defaults are untouched afterwards
    assert policy_extract.parse(path).tasks[0].responsible_units == []


def test_an_added_label_is_a_table_column_too():
    # a label added for notes names a table column of the same role
    header = ["序号", "工作任务", "协管单位", "完成时限"]
    assert "responsible" not in tables.header_columns(header)
    with using(DEFAULT_RULES.extend({"responsible_labels": ["协管单位"]})):
        assert tables.header_columns(header)["responsible"] == 2


def test_extending_pairs_by_key():
    extended = DEFAULT_RULES.extend({"role_head_words": {"responsible": ["协管"]}, "lead_labels": ["牵头督办单位"]})
    assert "协管" in dict(extended.role_head_words)["responsible"]
    assert extended.lead_labels[: len(rules.LEAD_LABELS)] == rules.LEAD_LABELS and extended.lead_labels[-1] == "牵头督办单位"
    with using(extended):
        assert notes.label_role("协管单位") == "responsible"
    assert notes.label_role("协管单位") == "none"


@pytest.mark.parametrize(
    "more, says",
    [
        ({"lead_label": ["x"]}, "unknown entry 'lead_label'"),
        ({"lead_labels": "牵头督办单位"}, "lead_labels takes a list of non-empty words"),
        ({"lead_labels": [""]}, "lead_labels takes a list"),
        ({"table_columns": ["协管单位"]}, "table_columns takes a mapping"),
        ({"table_columns": {"协管": ["协管单位"]}}, "table_columns has no '协管'; its keys are: progress, number"),
        (["lead_labels"], "mapping of field -> words"),
    ],
)
def test_bad_rules_say_what_is_wrong(more, says):
    with pytest.raises(policy_extract.InputError, match=says):
        policy_extract.parse_text(OFFICE_NOTICE, rules=more)


def test_bad_rules_file(tmp_path):
    bad = tmp_path / "rules.yaml"
    bad.write_text("lead_labels: [unclosed\n", encoding="utf-8")
    with pytest.raises(policy_extract.InputError, match="not valid YAML"):
        policy_extract.Rules.from_file(bad)
    with pytest.raises(policy_extract.InputError, match="cannot read the rules file"):
        policy_extract.Rules.from_file(tmp_path / "missing.yaml")


CARRY_NOTICE = (  # corpus 0750 (河北 科技创新), two items; the first note names units for every later one
    "某省实施方案\n二、重点任务\n"
    "1.强化企业创新主体地位。支持企业牵头组建创新联合体。（省科技厅、省发展改革委按职责分工负责，各市县政府、雄安新区管委会负责。"
    "以下均需各市县政府、雄安新区管委会负责，不再列出）\n"
    "2.建设高水平创新平台。推进国家级创新平台建设。（省科技厅负责）\n"
)


def test_carry_forward_words():
    # corpus 0750 "…以下均需各市县政府、雄安新区管委会负责，不再列出"; the sichuan fixture
    # "具体任务均涉及相关市(州)人民政府,不再做分工,下同"
    assert {"不再列出", "下同", "不再做分工"} <= set(rules.CARRY_FORWARD_WORDS)
    second = policy_extract.parse_text(CARRY_NOTICE).tasks[1]
    assert [u.name for u in second.responsible_units] == ["省科技厅", "各市县政府", "雄安新区管委会"]
    without = _rules_without("carry_forward_words", "不再列出")
    assert [u.name for u in policy_extract.parse_text(CARRY_NOTICE, rules=without).tasks[1].responsible_units] == ["省科技厅"]
    # 淮安 2022 纾困解难 具体实施细则 (m.jxyuer.com/news/jiaodian/166873.html): "…不再单独列出"
    note = notes.parse_note("责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出")
    assert note.carried == ["各县区人民政府", "园区管委会"]
    # corpus 0741 (河北 扎实稳定经济运行 1+N, review r30d 05): the next document of the page, its numbering from 一、
    # again, is no later task of the note's ("…以下均需各市政府、雄安新区管委会落实,不再列出" had reached eight more)
    bundle = CARRY_NOTICE.replace("二、重点任务", "一、重点任务") + "某省另一方案\n一、重点任务\n1.推进农业发展。稳定粮食生产。（省农业农村厅负责）\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(bundle).tasks][1:] == [
        ["省科技厅", "各市县政府", "雄安新区管委会"], ["省农业农村厅"]]
    # and the note's own item, which names the unit with a remark in brackets, does not get it twice (0741, 0747)
    own = "某方案\n一、重点任务\n1.强化企业创新。（省科技厅负责，各市(含定州、辛集市,下同)政府负责。以下均需各市政府落实,不再列出）\n2.建设创新平台。（省发展改革委负责）\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(own).tasks] == [
        ["省科技厅", "各市(含定州、辛集市)政府"], ["省发展改革委", "各市政府"]]


def test_carried_unit_words():
    assert {"均需", "均涉及", "均含"} <= set(rules.CARRIED_UNIT_WORDS)
    note = notes.parse_note("责任单位:省发展改革委、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。")
    assert (note.responsible, note.carried) == (["省发展改革委", "省大数据中心"], ["相关市(州)人民政府"])
    with using(_rules_without("carried_unit_words", "均涉及")):
        assert notes.parse_note("责任单位:省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。").carried == []
    # corpus 0571 (塞罕坝机械林场“二次创业”实施意见, 2024, review r18b 02): after a comma, "以下均含X、Y,不再单独列出"
    note = notes.parse_note("责任单位：省委党校、省林业和草原局，机械林场,以下均含省林业和草原局、机械林场,不再单独列出")
    assert (note.responsible, note.carried) == (["省委党校", "省林业和草原局", "机械林场"], ["省林业和草原局", "机械林场"])
    text = ("二、建设与改革任务\n（一）实施精神铸魂工程。\n1.加强精神研究阐释。组建专家智库。（责任单位：省委党校、省林业和草原局，机械林场,"
            "以下均含省林业和草原局、机械林场,不再单独列出）\n3.打造生态文明教育基地。推出一批优秀文化精品力作。（责任单位：省委党校、省生态环境厅）\n")
    assert [u.name for u in policy_extract.parse_text(text).tasks[1].responsible_units] == ["省委党校", "省生态环境厅", "省林业和草原局", "机械林场"]
    with using(_rules_without("carried_unit_words", "均含")):
        assert [u.name for u in policy_extract.parse_text(text).tasks[1].responsible_units] == ["省委党校", "省生态环境厅"]


def test_document_title_endings():
    # realworld h10 (临湘市 2020年民生实事 公示, a mirror site) with its line breaks lost: the title
    # runs into the body's first sentence
    from policy_extract.normalize import Piece

    assert "公示" in rules.DOCUMENT_TITLE_ENDINGS
    head = "临湘市教育体育局2020年重点民生实事项目任务完成情况公示根据岳阳市实事办《2020年省市重点民生实事项目验收标准》文件，现将情况公示如下："
    paras = [Piece("para", head, 1, 1), Piece("para", "1、省实事工程：扩大公办学前教育资源。", 1, 1)]
    assert meta.find_title(paras) == "临湘市教育体育局2020年重点民生实事项目任务完成情况公示"
    with using(_rules_without("document_title_endings", "公示")):
        assert meta.find_title(paras) is None
    # a sentence whose opening word follows a plan's word is no title: "…通知为…" needs its ending
    # before the opening word, and a clause with a comma is none (corpus 0001's head, run on)
    body = "民营经济是推进中国式现代化的生力军，为深入贯彻党中央、国务院关于促进民营经济发展壮大的决策部署"
    assert meta.find_title([Piece("para", body, 1, 1)]) is None


def test_sentence_openings():
    # corpus 0019: "为贯彻落实《中共中央办公厅国务院办公厅关于…》…" is a sentence, not an issuer
    from policy_extract.normalize import Piece

    assert "为" in rules.SENTENCE_OPENINGS
    paras = [Piece("para", "为贯彻落实国务院办公厅关于推进政务公开的要求，现将有关事项通知如下。", 1, 1)]
    assert meta.find_issuer_fallback(paras) is None
    with using(_rules_without("sentence_openings", "为")):
        assert meta.find_issuer_fallback(paras) == "为贯彻落实国务院办公厅"


def test_a_grammar_remembers_unit_names_per_rules_value():
    """The names of a list item are split once per grammar (市财政局 recurs in forty rows);
    a grammar of other rules does not see them, and forget() drops them."""
    from policy_extract import units
    from policy_extract.grammar import compile_rules, current

    calls = []

    def names(text):
        calls.append(text)
        return (text + "!",)

    g = current()
    assert g.remember(names, "市财政局") == ("市财政局!",)
    assert g.remember(names, "市财政局") == ("市财政局!",)
    assert calls == ["市财政局"]
    other = compile_rules(DEFAULT_RULES.extend({"unit_suffixes": ["专班"]}))
    assert other is not g
    other.remember(names, "市财政局")
    assert calls == ["市财政局", "市财政局"]
    g.forget()
    g.remember(names, "市财政局")
    assert len(calls) == 3
    # the real splitter through it: the same names on a first and a remembered reading
    cell = "市发改委和市财政局等市级相关单位"
    g.forget()
    first = units.split_units(cell)
    assert first == units.split_units(cell) == ["市发改委", "市财政局", "市级相关单位"]


def test_work_subject_endings():
    # 上海 2023 地下水资源调查 方案 (zhiyao87/Shanghai-Gov-Docs-Index, review by03): "本市水资源基础调查工作由市规划资源局牵头，市水务局及
    # 其他相关部门配合。" — the lead had been "本市水资源基础调查工作由市规划资源局"; not a sentence's other subject ("…研究经费由申报学校负责落实", 1052)
    assert {"工作", "任务"} <= set(rules.WORK_SUBJECT_ENDINGS)
    assert units.clean_unit("本市水资源基础调查工作由市规划资源局") == "市规划资源局"
    assert units.clean_unit("非省属高校立项项目的研究经费由申报学校") == "非省属高校立项项目的研究经费由申报学校"
    assert units.clean_unit("此项工作由分管副区长") == "此项工作由分管副区长"  # no unit after 由 (diffreview-af)
    with using(_rules_without("work_subject_endings", "工作")):
        assert units.clean_unit("本市水资源基础调查工作由市规划资源局") == "本市水资源基础调查工作由市规划资源局"
    # 民政部 2021 政务公开工作要点及任务分工 (shui5.cn, review ea04): "〔规章由政策法规司牵头、规范性文件由制发司(局)牵头,…配合〕" — the
    # lead had been "规章由政策法规司"
    assert {"规章", "文件", "项目"} <= set(rules.WORK_SUBJECT_ENDINGS)
    assert notes.parse_note("规章由政策法规司牵头、规范性文件由制发司(局)牵头,各有关司(局)、信息中心配合").lead == ["政策法规司", "制发司(局)"]


def test_owned_body_names():
    # 上海 2026 “15分钟社区生活圈”实施行动指南 (review bu04): "上海市全面推进“15分钟社区生活圈”行动" / "联席会议办公室" / (代章) / date — one signer
    assert {"联席会议", "领导小组"} <= set(rules.OWNED_BODY_NAMES)
    text = "各有关单位:\n现予以印发。\n上海市全面推进“15分钟社区生活圈”行动\n联席会议办公室\n（上海市规划和自然资源局代章）\n2026年3月23日\n"
    assert policy_extract.parse_text(text).meta.issuer == "上海市全面推进“15分钟社区生活圈”行动联席会议办公室"
    with using(_rules_without("owned_body_names", "联席会议")):
        assert policy_extract.parse_text(text).meta.issuer == "联席会议办公室"
    # other coordinating bodies so wrapped (diffreview-ag's probes)
    for place, body in (("上海市长三角一体化发展", "协调小组办公室"), ("上海市深化“一网通办”改革", "工作推进小组办公室")):
        wrapped = f"各有关单位:\n现予以印发。\n{place}\n{body}\n2023年3月1日\n"
        assert policy_extract.parse_text(wrapped).meta.issuer == place + body


def test_coordinating_body_kinds():
    # 国务院推进政府职能转变和“放管服”改革协调小组办公室 signs the national 放管服 task lists; its city namesakes (西安市…) sign theirs:
    # its task, between place and kind, holds a name's ending (推进政府) and had made two signers of one
    assert {"协调小组", "领导小组", "联席会议"} <= set(rules.COORDINATING_BODY_KINDS)
    text = "各有关单位：\n现将《2026年工作要点》予以印发，请按照执行。\n西安市推进政府职能转变和“放管服”改革协调小组办公室\n2026年3月23日\n"
    assert policy_extract.parse_text(text).meta.issuer == "西安市推进政府职能转变和“放管服”改革协调小组办公室"
    with using(_rules_without("coordinating_body_kinds", "协调小组")):
        assert policy_extract.parse_text(text).meta.issuer is None
    # a department over a group of its own place still signs with it (corpus 0099's group, a second signer before it): no one issuer
    joint = text.replace("西安市推进政府职能转变和“放管服”改革协调小组办公室", "河北省人力资源和社会保障厅河北省就业工作领导小组办公室")
    assert policy_extract.parse_text(joint).meta.issuer is None
    # 部际 ends no name: "国务院知识产权战略实施工作部际联席会议办公室" / "（国家知识产权局代章）" (2021 知识产权强国建设 推进计划, stored web page,
    # review ci06) had been two signers, "…工作部" a ministry's name
    sealed = "各省：\n现印发给你们，请认真贯彻执行。\n国务院知识产权战略实施工作部际联席会议办公室\n（国家知识产权局代章）\n2021年12月27日\n"
    assert policy_extract.parse_text(sealed).meta.issuer == "国务院知识产权战略实施工作部际联席会议办公室"
    # nor a group of a place named by one character ("省防汛抗旱指挥部", diffreview-ah's probe)
    assert policy_extract.parse_text(text.replace("西安市推进政府职能转变和“放管服”改革协调小组办公室", "河北省财政厅省防汛抗旱指挥部办公室")).meta.issuer is None


def test_corps_kinds():
    # 上海 2022 淘汰含PFOS泡沫产品 (zhiyao87/Shanghai-Gov-Docs-Index, review cb03): "上海市生态环境局 上海市消防救援总队" run together after a
    # contact line — two signers; a corps of the body, named without a place, is one with it (diffreview-y)
    assert {"总队", "支队"} <= set(rules.CORPS_KINDS)
    text = "现印发给你们。\n联系人：王某 电话：24011550\n\n上海市生态环境局         上海市消防救援总队\n\n2022年11月9日\n"
    assert policy_extract.parse_text(text).meta.issuer is None
    one = "一、加强设备巡检。各所6月底前完成巡检。\n上海市公安局交通警察总队\n2024年5月6日\n"
    assert policy_extract.parse_text(one).meta.issuer == "上海市公安局交通警察总队"
    with using(_rules_without("corps_kinds", "总队")):
        assert policy_extract.parse_text(one).meta.issuer is None
    # 部队 is no name's end before its corps (diffreview-ah's probes)
    for signer in ("中国人民武装警察部队上海市总队", "中国人民武装警察部队福建省总队平潭支队"):
        assert policy_extract.parse_text(one.replace("上海市公安局交通警察总队", signer)).meta.issuer == signer


def test_duty_section_words():
    # 松江区 2017 停车资源共享利用 (review bt02): "四、职责分工" over groups titled by units, their items those units' tasks
    assert {"职责", "分工"} <= set(rules.DUTY_SECTION_WORDS)
    text = ("某区方案\n一、工作内容\n（一）挖掘停车资源。\n二、职责分工\n（一）区交通委\n1．制定操作流程。\n（二）区公安分局\n负责停车秩序管理。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）", "1", "（二）"]
    without = _rules_without("duty_section_words", "职责", "分工")  # (and no task section's name: 职责分工 is one, test_task_section_keywords)
    with using(without.replace(task_section_keywords=_without(without.task_section_keywords, "职责分工"))):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]
    # a part that divides the tasks by unit under other words (diffreview-ag's probes): 任务分解, 责任落实
    for title in ("任务分解", "责任落实"):
        assert [t.number for t in policy_extract.parse_text(text.replace("职责分工", title)).tasks] == ["（一）", "1", "（二）"], title
    # 打击非法营运出租汽车专项治理 (ask.fsou.com …/17264315_1.html, review fl06): "四、工作责任" over "(一)交通部门:负责…", each item a
    # unit's work, beside "五、工作重点"; the six had been no task
    duties = ("某市专项治理方案\n四、工作责任\n(一)交通部门:负责组织协调开展打击非法营运出租汽车工作。\n"
              "(二)公安部门:负责协助打击非法营运出租汽车工作。\n五、工作重点\n(一)查处从事非法出租、营运的小轿车。\n")
    assert "工作责任" in rules.DUTY_SECTION_WORDS
    doc = policy_extract.parse_text(duties)
    assert [(t.path[0], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("四、工作责任", ["交通部门"]), ("四、工作责任", ["公安部门"]), ("五、工作重点", [])]
    with using(_rules_without("duty_section_words", "工作责任")):
        assert [t.path[0] for t in policy_extract.parse_text(duties).tasks] == ["五、工作重点"]


def test_target_verbs():
    # 上海 可再生能源 方案 (zhiyao87/Shanghai-Gov-Docs-Index, review by01): a year opening its sentence, its subject, then the target it
    # sets — a milestone, the latest of several years; not a past year's figure (corpus 0591 成就回顾, 1081), nor a quarter's work, nor
    # after a comma (xian-2022's "…便利度,2022年企业银税贷款较上一年度实现翻倍", tests/test_deadlines.py)
    assert {"达到", "超过", "下降"} <= set(rules.TARGET_VERBS)
    cases = [("2025、2030年全市风电装机力争分别超过262、500万千瓦。", "2030-12-31"), ("加快推进。2025年全市生物质发电装机达到84万千瓦。", "2025-12-31"),
             ("2025年全市加氢站数量力争达到70座。", "2025-12-31"), ("2020年全市GDP达到1万亿元。", None),
             ("相关监管作业场地于2023年一季度建设完成并投入使用。", "2023-03-31"),
             # nor a season's work or a year's quota (diffreview-af's probes; corpus 0216)
             ("2024年春节期间全市完成重要民生商品储备投放。", None), ("2023年选拔人数控制在60名左右。", None),
             # but 节 and 期 inside the subject's words leave it a milestone (diffreview-ag's probes)
             ("2025年全市节能环保产业产值突破1000亿元。", "2025-12-31"), ("2024年二期工程完成主体建设。", "2024-12-31"),
             ("2025年全市长期护理保险参保人数达到50万人。", "2025-12-31"), ("2025年全市已有建筑节能改造完成200万平方米。", "2025-12-31"),
             ("2023年已完成改造50个。", None),
             # a season of the year dates the work before its end (diffreview-ah's probes)
             ("2024年暑期完成全部校舍维修。", None), ("2024年汛期完成病险水库除险加固。", None)]
    for text, date in cases:
        limit = deadlines.deadline_in_text("（一）做好工作。" + text, 2023)
        assert (limit.date if limit else None) == date, text
    with using(_rules_without("target_verbs", "超过")):
        assert deadlines.deadline_in_text("（一）做好工作。2025、2030年全市风电装机力争分别超过262、500万千瓦。", 2023) is None


def test_handing_over_closings():
    # 平潭 2021 加快金融业发展…若干措施 (changwu/pingtan-gov-zwgk-archive qgwhbgswj/202201/30288, review bv04): the sentence that hands the
    # notice over lost its stop ("…现印发给你们，请认真组织实施"), lined, crawled with a blank, and run together — the date had been lost
    assert {"组织实施", "贯彻执行", "遵照执行"} <= set(rules.HANDING_OVER_CLOSINGS)
    text = ("各片区管理局：\n《若干措施》已经研究同意，现印发给你们，请认真组织实施\n平潭综合实验区管委会办公室\n2021 年 7 月 14 日\n"
            "平潭综合实验区加快金融业发展的若干措施\n一、加强领导\n（一）做好工作。\n")
    for joiner in ("\n", " ", ""):
        meta = policy_extract.parse_text(text.replace("\n", joiner) + "\n").meta
        assert (meta.issuer, meta.issue_date) == ("平潭综合实验区管委会办公室", "2021-07-14"), joiner
    with using(_rules_without("handing_over_closings", "组织实施")):
        assert policy_extract.parse_text(text).meta.issue_date is None


def test_page_field_values():
    # 金乡县 2021 重要工作事项责任分工 (review bo02, flattened): "有效性 失效金政发〔2021〕1号关于印发…"; 大竹县 2016 (web-h 03): "点击数:人次竹府办…"
    assert {"失效", "有效", "人次"} <= set(rules.PAGE_FIELD_VALUES)
    text = "有效性 失效金政发〔2021〕1号关于印发某方案的通知各镇人民政府:现印发给你们。\n"
    assert policy_extract.parse_text(text).meta.doc_number == "金政发〔2021〕1号"
    with using(_rules_without("page_field_values", "失效")):
        assert policy_extract.parse_text(text).meta.doc_number == "失效金政发〔2021〕1号"


def test_page_info_labels():
    # realworld h09 (海门 为民办实事), line breaks lost: the title runs into the page's info line
    from policy_extract.normalize import Piece

    assert {"来源", "发布时间"} <= set(rules.PAGE_INFO_LABELS)
    head = "教育体育局2020年为民办实事来源: 教育体育局 发布时间:2020-03-02 15:00 累计次数: 字体:[ ]"
    assert meta.find_title([Piece("para", head, 1, 1)]) == "教育体育局2020年为民办实事"
    # 青山湖区 site's copy of 南昌市 2021 民生实事 (ncqsh.nc.gov.cn …/9034be82bc8447b3a4dbead0580851a2.shtml, review r33b 08):
    # "文件编号: 有效性: 有效" and "公开范围: 面向全社会 公开方式: 主动公开" had been joined to the title line under them,
    # so the issuer was the site's 发布机构 (青山湖区人民政府), not the title line's 南昌市人民政府
    assert {"文件编号", "公开范围", "公开方式"} <= set(rules.PAGE_INFO_LABELS)
    assert "浏览" in rules.PAGE_INFO_LABELS  # "该信息已被浏览:木环组发〔2019〕1号各乡镇党委" (木兰县 2020, review bp05)
    assert "浏览量" in rules.PAGE_INFO_LABELS  # "2021-03-02 14:44浏览量:1 | | | |湘阴发〔2019〕4号…" (湘阴县 2019, review web-n 09)
    # fields the site left empty over the heading: "存放位置   公开日期  2020-07-08" (临沂市交通运输局 2020, jt.linyi.gov.cn/info/1439/10609.htm, review
    # ca01), "内容概述" / "时        效" (江苏省交通运输厅 2019, review ca07) — they had been the title, or joined to it
    assert {"存放位置", "内容概述", "时效"} <= set(rules.PAGE_INFO_LABELS)
    page = ("索  引  号 014000810/2019-00559 分        类 年度计划及总结\n发布机构 江苏省交通运输厅 发文日期 2019-02-22\n"
            "标        题 2019年全省交通运输重点工作\n文        号 主  题  词\n内容概述\n时        效\n2019年全省交通运输重点工作\n\n"
            "2019年全省交通运输重点抓好以下十个方面的工作:\n(一)深化完善综合运输发展规划。\n(二)加快推进重大项目建设。\n")
    assert policy_extract.parse_text(page).meta.title == "2019年全省交通运输重点工作"
    with using(_rules_without("page_info_labels", "内容概述", "时效")):
        assert policy_extract.parse_text(page).meta.title != "2019年全省交通运输重点工作"
    # the Shanghai sites' table, one field a line, under the heading: "关于开展2024年本市海绵城市建设工作的函" / "" / "索取号" / "3589258689/…"
    # (zhiyao87/Shanghai-Gov-Docs-Index docs/绿色低碳与节能, review cb01) — 索取号 had been joined to the title
    assert {"索取号", "载体类型", "记录形式"} <= set(rules.PAGE_INFO_LABELS)
    page = ("关于开展2024年本市海绵城市建设工作的函\n\n索取号\n3589258689/2024-00028\n载体类型\n发布机构\n上海市住房和城乡建设管理委员会\n"
            "各区人民政府：\n有关要求通知如下：\n一、工作目标\n（一）推进海绵城市建设。\n")
    assert policy_extract.parse_text(page).meta.title == "关于开展2024年本市海绵城市建设工作的函"
    with using(_rules_without("page_info_labels", "索取号")):
        assert policy_extract.parse_text(page).meta.title != "关于开展2024年本市海绵城市建设工作的函"
    assert meta.find_title([Piece("para", "湘阴县进一步优化营商环境的若干规定浏览量:12", 1, 1)]) == "湘阴县进一步优化营商环境的若干规定"
    page = ("发布机构: 青山湖区人民政府 生成日期: 2021-04-22\n文件编号: 有效性: 有效\n公开范围: 面向全社会 公开方式: 主动公开\n"
            "南昌市人民政府关于印发2021年南昌市民生实事工程安排意见的通知\n各县(区)人民政府:\n"
            "经市委、市政府研究同意,现将《2021年南昌市民生实事工程安排意见》印发给你们,请认真贯彻实施。\n2021年4月22日\n")
    assert policy_extract.parse_text(page).meta.issuer == "南昌市人民政府"
    # 符离镇 2022年农村人居环境工作计划 (szyq.gov.cn/public/6623501/157132691.html, review s19a 04): the site's fields over the plan
    # had been read as one task's card ("内容分类:" a task column, "废止时间:" a time column), and the plan's items gave way to it
    assert {"内容分类", "废止时间"} <= set(rules.PAGE_INFO_LABELS)
    page = (" 内容分类: 其他,其它,个人 发布机构: 符离镇人民政府\n 废止时间: 暂无  词:\n"
            "(一)进一步压实工作责任。健全党政一把手亲自抓的工作机制,深入开展农村人居环境整治。\n(二)进一步突出重点任务。全面推进农村改厕。\n")
    assert [t.number for t in policy_extract.parse_text(page).tasks] == ["(一)", "(二)"]
    # a sentence before a 来源 label is no title (synthetic)
    sentence = "各地要加强宣传，数据来源：省统计局"
    assert meta.find_title([Piece("para", sentence, 1, 1)]) is None


def test_a_title_named_in_quotes_takes_the_quotes_its_heading_prints():
    # realworld h06 (辽宁, line breaks lost): 印发《2023年省〈政府工作报告〉…方案》 and the plan's
    # heading printed as 2023年省《政府工作报告》…方案 further on
    from policy_extract.normalize import Piece

    head = "辽宁省人民政府关于印发《2023年省〈政府工作报告〉任务分解和责任分工方案》的通知各市人民政府:"
    heading = "现印发给你们,请认真贯彻,抓好落实。辽宁省人民政府2023年1月19日(此件公开发布) 2023年省《政府工作报告》任务分解 和责任分工方案 为全面贯彻党的二十大精神"
    assert meta.find_title([Piece("para", head + heading, 1, 1)]) == "2023年省《政府工作报告》任务分解和责任分工方案"
    assert meta.find_title([Piece("para", head, 1, 1)]) == "2023年省〈政府工作报告〉任务分解和责任分工方案"
    # seed 004 (西安 2022) flattened: the plan's heading keeps the markdown marks it was printed with
    text = (
        "各区、县人民政府，市人民政府各工作部门、各直属机构：《西安市贯彻落实陕西省〈2022年深化“放管服”改革优化营商环境工作要点〉"
        "分工方案》已经市政府同意，现印发给你们，请认真贯彻执行。西安市人民政府办公厅2022年7月27日（此件公开发布）"
        "# 西安市贯彻落实陕西省## 《2022年深化“放管服”改革优化营商环境工作要点》分工方案"
    )
    assert meta.find_title([Piece("para", text, 1, 1)]) == "西安市贯彻落实陕西省《2022年深化“放管服”改革优化营商环境工作要点》分工方案"


def test_a_slogan_between_items_is_not_part_of_the_title():
    # realworld h11 (武汉, split at U+3000): the items are no paragraphs, so the title and
    # "——不断增强城市功能" stand side by side in the paragraph list
    from policy_extract.normalize import Piece

    paras = [Piece("para", "(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案", 1, 1), Piece("para", "——不断增强城市功能", 1, 1)]
    assert meta.find_title(paras) == "(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案"


@pytest.mark.parametrize(
    "paras, title",
    [
        # 谯城区 2020 (www.bzqc.gov.cn/XxgkContent/show/1465541.html): the report cited before the
        # plan that 现将 names
        (["2019年12月30日,区委副书记、区长在区十七届人民代表大会第四次次会议所作的《政府工作报告》安排部署了今年谯城区经济社会发展的主要工作任务。"
          "为进一步明确职责、推动落实,经区政府研究同意,现将《谯城区2020年度政府工作报告重点工作任务分解表》印发给你们,请按照要求,结合实际认真抓好落实。"],
         "谯城区2020年度政府工作报告重点工作任务分解表"),
        # 菏泽 2023 (菏政办字〔2023〕1号, stored pages): the sentence cites a 关于印发…的通知 before 现将 names the plan
        (["为深入贯彻落实 《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》(国发 〔2022〕18号)和 《山东省人民政府办公厅关于印发 < 国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见>分工落实方案的通知》(鲁政办字 〔2022〕128号),"
          "巩固深化新旧动能转换成果,经市政府同意,现将 《菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案》(以下简称 《方案》)印发给你们,请认真贯彻实施。"],
         "菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案"),
        # 运城 2017 (tests/fixtures/real/yuncheng…): 现将 names the short name of the plan cited first
        (["根据《运城市突发事件应急体系建设“十三五”规划》(运政办发〔2016〕76号)精神,现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行责任分解。"],
         "运城市突发事件应急体系建设“十三五”规划"),
        # 济南市长清区 2021 (www.jncq.gov.cn): quotes inside the title stay balanced
        (["济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知"], "《政府工作报告》重点工作任务分工"),
        # 江汉区 2020 (a page's metadata table): spaces the page put around the numbers go
        (["标 题 | 江政办〔2020〕2 号 区人民政府办公室关于印发 2020 年区政府工作报告确定的主要目标任务责任分解方案的通知 |"],
         "2020年区政府工作报告确定的主要目标任务责任分解方案"),
    ],
)
def test_the_title_an_issuing_sentence_names(paras, title):
    from policy_extract.normalize import Piece

    assert meta.find_title([Piece("para", text, i, i) for i, text in enumerate(paras, 1)]) == title


def test_page_fields():
    # 广东省卫生健康委 2021 台账 (m.hqtbz.com …post_3974223), 周村区农业农村局 2023 (zhoucun.gov.cn doc_649e80e3…),
    # 南漳镇 2023 (zhangzi.gov.cn t20221229_2689474): the site's information table gives the meta the notice lacks
    from policy_extract.page_fields import page_fields
    from policy_extract.pieces import Piece

    lines = [Piece("para", "发布机构: 广东省卫生健康委员会", 1, 1),
             Piece("para", "名 称: 广东省卫生健康委2021年政务公开工作重点任务台账分 类: 其他;通知;卫生、体育", 2, 2),
             Piece("para", "发文日期: 2021年03月16日", 3, 3)]
    assert page_fields(lines) == {"issuer": "广东省卫生健康委员会", "title": "广东省卫生健康委2021年政务公开工作重点任务台账", "issue_date": "2021-03-16"}
    row = ["发文日期:", "2023-06-30", "发布机构:", "周村区农业农村局"]
    assert page_fields([Piece("row", "\t".join(row), 1, 1, None, row)]) == {"issue_date": "2023-06-30", "issuer": "周村区农业农村局"}
    cells = ["标题:南漳镇人民政府2023年工作计划", ""]
    assert page_fields([Piece("row", "\t".join(cells), 1, 1, None, cells)]) == {"title": "南漳镇人民政府2023年工作计划"}
    with using(DEFAULT_RULES.replace(page_fields=tuple((f, _without(w, "标题")) for f, w in rules.PAGE_FIELDS))):
        assert page_fields([Piece("row", "\t".join(cells), 1, 1, None, cells)]) == {}
    # corpus 0714: a list of cited documents, each with its 发文时间 — no page's field
    cited = [Piece("para", "发文时间：1987年11月2日", 1, 1), Piece("para", "发文时间：1990年3月5日", 2, 2)]
    assert page_fields(cited) == {}
    # 靖边县 2025 靖政发〔2025〕17号 (jingbian.gov.cn …t20250310_1976991.html, review r12b 07): labels in brackets, spaced,
    # no colon ("[ 发布机构 ] | … |"); the title filed with its number before it
    rows = [["[ 发布机构 ]", "靖边县人民政府办公室", "[ 发文日期 ]", "2025-02-28"], ["[ 效力状态 ]", "有效", "[ 文 号 ]", "靖政发〔2025〕17号"],
            ["[ 名 称 ]", "靖政发〔2025〕17号 靖边县人民政府 关于建立重点工作调度机制的通知"]]
    assert page_fields([Piece("row", "\t".join(r), k, k, None, r) for k, r in enumerate(rows, 1)]) == {
        "issuer": "靖边县人民政府办公室", "issue_date": "2025-02-28", "doc_number": "靖政发〔2025〕17号",
        "title": "靖边县人民政府关于建立重点工作调度机制的通知"}


def test_making_verbs():
    # review diffreview-s20: "按照要求制定了《永年区2023年优化营商环境实施方案》。现印发给你们" — 按照 governs 要求, and the
    # name 制定了 makes is the one issued; without the word it reads as cited
    from policy_extract.issued import issued_title

    assert "制定了" in rules.MAKING_VERBS
    text = "按照要求制定了《永年区2023年优化营商环境实施方案》。现印发给你们，请认真贯彻执行。"
    assert issued_title(text) == "永年区2023年优化营商环境实施方案"
    with using(_rules_without("making_verbs", "制定了", "制定")):
        assert issued_title(text) is None


def test_citing_words():
    # 天津 2020 (tj.sina.com.cn …iivhvpwy0543021): "…印发通知,落实国务院《政府工作报告》" cites the report
    from policy_extract.issued import issue_object_name

    text = "刚刚,天津市人民政府印发通知,落实国务院《政府工作报告》。"
    assert "落实" in rules.CITING_WORDS
    assert issue_object_name(text) is None
    with using(_rules_without("citing_words", "落实")):
        assert issue_object_name(text) == "政府工作报告"
    # 内蒙古日报 2022-09-12 (szb.northnews.cn …content_38614_190502.htm, review r11a 10): "为深入贯彻落实党中央、国务院
    # 印发的《法治政府建设实施纲要(2021—2025年)》精神" — a document another body issued; the page prints no title
    text = "为深入贯彻落实党中央、国务院印发的《法治政府建设实施纲要(2021—2025年)》精神,结合自治区实际,制定本方案。\n一、健全政府机构职能体系\n"
    assert "印发的" in rules.CITING_WORDS
    assert policy_extract.parse_text(text).meta.title is None
    with using(_rules_without("citing_words", "落实", "印发的")):
        assert policy_extract.parse_text(text).meta.title == "法治政府建设实施纲要(2021—2025年)"
    # a rule stored without its title names the rules it repeals or is made under (corpus 0400, 0487, review c28-3)
    assert "发布的" in rules.CITING_WORDS
    # (the first is also told as past, a date before it: grammar.dated_event)
    assert policy_extract.parse_text("本办法自2021年2月1日起施行。1997年3月31日河北省人民政府发布的《河北省蓄滞洪区管理办法》同时废止。\n").meta.title is None
    text = "为加强城市节约用水管理，根据国务院批准、建设部发布的《城市节约用水管理规定》，结合本省实际，制定本办法。\n"
    assert policy_extract.parse_text(text).meta.title is None
    with using(_rules_without("citing_words", "发布的")):
        assert policy_extract.parse_text(text).meta.title == "城市节约用水管理规定"


def test_site_name_endings():
    # 湖南省人民政府门户网站 (review r8b 03): "…部门分工的意见-湖南省人民政府门户网站" is the page's title, not the notice's
    from policy_extract.grammar import current

    assert "门户网站" in rules.SITE_NAME_ENDINGS
    assert current().site_name_suffix.sub("", "关于落实《政府工作报告》的意见-湖南省人民政府门户网站") == "关于落实《政府工作报告》的意见"
    with using(_rules_without("site_name_endings", "门户网站", "网站")):
        assert current().site_name_suffix.search("关于落实《政府工作报告》的意见-湖南省人民政府门户网站") is None


def test_definition_title_endings():
    # corpus 0774 (河北省科技型中小企业成长计划(2016-2020年)): under "(一)实施苗圃工程" the items "1.培育对象。新注册的…" and
    # "2.培育目标。…到2020年新办…" define the work that "3.培育措施。" lists — no tasks (and no 2020 time limit); 0216 "（一）推荐范围。",
    # 0957 "（三）资格条件。", 0186 "（二）推荐名额。", 0321 "二、实施期限。"
    text = ("（一）实施苗圃工程，加速企业数量扩张。\n1.培育对象。新注册的种子期和初创期科技型中小企业、创客项目。\n"
            "2.培育目标。提高创客项目和种子期企业创意转化率。到2020年新办科技型中小企业3万家以上。\n3.培育措施。\n"
            "(1)创业无偿资助。各市县设立科技型中小企业发展专项资金。\n(2)创业投资支持。逐年扩大省天使投资引导基金。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["(1)", "(2)"]
    assert {"对象", "目标", "范围", "条件", "期限", "名额"} <= set(rules.DEFINITION_TITLE_ENDINGS)
    # a unit note makes it work ("2.培育目标。…（省科技厅负责）")
    noted = text.replace("3万家以上。", "3万家以上。（省科技厅负责）")
    assert "2" in [t.number for t in policy_extract.parse_text(noted).tasks]
    # among items that list no work below a sibling, such a title is the work ("1.完成目标。", "（一）放宽条件。", diffreview-u)
    plain = "一、重点任务\n1.完成目标。确保全年完成新建住房2000套。\n2.放宽条件。将灵活就业人员纳入保障范围。\n3.推进改造。完成老旧小区改造。\n"
    assert [t.number for t in policy_extract.parse_text(plain).tasks] == ["1", "2", "3"]
    with using(_rules_without("definition_title_endings", "对象", "目标")):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "(1)", "(2)"]


def test_defining_words():
    # corpus 0705: "7.本通知所称高新技术企业，是指…。" (a signature run on after it) and "2.本通知所称技术，包括专利…。其中，专利是指…" define; an item
    # that goes on to work after its definition is work ("本方案所称重点企业，是指….各地要建立重点企业名录，2022年6月底前完成首批认定。", diffreview-v)
    assert {"所称", "是指", "包括"} <= set(rules.DEFINING_WORDS)
    head = "一、主要任务\n（一）加强组织领导。各地要建立台账。\n"
    work = head + "（二）本方案所称重点企业，是指年营业收入5亿元以上的工业企业。各地要建立重点企业名录，2022年6月底前完成首批认定。\n"
    assert [t.number for t in policy_extract.parse_text(work).tasks] == ["（一）", "（二）"]
    defines = head + "（二）本通知所称技术，包括专利、计算机软件著作权。其中，专利是指法律授予独占权的发明。\n财政部　国家税务总局\n2015年10月23日\n"
    assert [t.number for t in policy_extract.parse_text(defines).tasks] == ["（一）"]
    with using(_rules_without("defining_words", "包括", "是指")):
        assert [t.number for t in policy_extract.parse_text(defines).tasks] == ["（一）", "（二）"]
    # a heading worded as a definition over its items takes none of them with it ("一、本方案所指重点任务")
    heading = "一、本方案所指重点任务\n（一）加强组织领导，建立工作台账。\n（二）完善政策体系，2022年底前出台配套措施。\n"
    assert len(policy_extract.parse_text(heading).tasks) == 2


def test_a_definition_of_the_notices_words_is_no_task():
    # corpus 0705 (财税〔2015〕116号-like notice of tax rules, review s10): "5.本通知所称相关技术人员，是指…以下两类人员：" over
    # "（1）对企业科技成果研发…" — neither the definition nor the points it lists are work; 0356 "一、本通知所称农民工工资专用账户资金…，是指…"
    text = ("一、关于股权奖励\n1.自2016年1月1日起，全国范围内的高新技术企业转化科技成果，给予本企业相关技术人员的股权奖励，个人可分期缴纳。\n"
            "2.本通知所称股权奖励，是指企业无偿授予相关技术人员一定份额的股权或一定数量的股份。\n"
            "3.本通知所称相关技术人员，是指经公司董事会和股东大会决议批准获得股权奖励的以下两类人员：\n"
            "（1）对企业科技成果研发和产业化作出突出贡献的技术人员。\n（2）对企业发展作出突出贡献的经营管理人员。\n"
            "4.各级税务机关要加强政策宣传，确保优惠政策落实到位。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "4"]
    # with a note of its own it is work
    noted = text.replace("一定数量的股份。", "一定数量的股份。（省税务局负责）")
    assert "2" in [t.number for t in policy_extract.parse_text(noted).tasks]


def test_site_column_endings():
    # 门头沟 2023 (bjmtg.gov.cn, stored pages, web review u07) and 丽水 2023 (lishui.gov.cn …art_1229738349_57348087.html, web-s 01),
    # flattened: the breadcrumb's last step glued to the title; 芜湖 2019 (weda.wuhu.gov.cn/zwgk/zcfg/8214999.html, web-q 03)
    from policy_extract.chrome import strip_web_chrome

    page = "您现在的位置:首页 > 政务公开 > 工作动态 > 门头沟工作动态区领导部署调度采空棚户区改造和环境整治12个地块项目各项工作  • 日期:2023-05-25 10:06"
    assert strip_web_chrome(page).startswith("区领导部署调度")
    archived = "当前位置:首页>> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)市政府工作报告重点工作责任分解(2023年)时间:2023-07-11 17:01 浏览次数:"
    assert strip_web_chrome(archived).startswith("市政府工作报告重点工作责任分解(2023年)")
    assert {"动态", "公告", "(已归档)"} <= set(rules.SITE_COLUMN_ENDINGS)
    # the step before names the column's kind: a title after "通知公告 >" keeps its words ("政府信息…", "…公告", diffreview-u)
    for title in ("政府信息公开工作年度报告", "市场监管信息化建设三年行动方案", "XX市人民政府公告"):
        assert strip_web_chrome(f"您现在的位置:首页 > 政务公开 > 通知公告 > {title}发布时间:2024-03-01 来源:市政府 各县区人民政府:").startswith(title)
    # a title's own words are never a step: "关于印发…计划" holds 关于
    assert strip_web_chrome("首页 > 政务公开 > 关于印发2023年工作计划的通知各镇人民政府:现将《计划》印发给你们,请认真贯彻落实。").startswith("关于印发")
    with using(_rules_without("site_column_endings", "动态")):
        assert strip_web_chrome(page).startswith("门头沟工作动态")


def test_site_footer_words():
    # 甘谷县 2020 15件民生实事 (gangu.gov.cn/info/1481/326551.htm): the footer "甘公网安备62052302000005号" had been the title
    from policy_extract.chrome import strip_web_chrome

    assert "公网安备" in rules.SITE_FOOTER_WORDS
    assert strip_web_chrome("甘公网安备62052302000005号") == ""
    with using(_rules_without("site_footer_words", "公网安备")):
        assert strip_web_chrome("甘公网安备62052302000005号") != ""
    # 巴中市 就业创业 实施意见 2018 on a reposting site (dbsrcw.com/article/296.html, review s18b 05): a template's unfilled
    # field "总站 {{item.sitename}}" over the title had been joined to it
    assert "{{" in rules.SITE_FOOTER_WORDS and strip_web_chrome("总站 {{item.sitename}}") == ""
    # 西宁 2017 流通业 实施意见 on a policy site (zc6580.com …/id/8130, web review j 06): its menu "国内政策【切换】 国际政策" over
    # the title had been joined to it ("国内政策【切换】国际政策加快西宁市流通业发展实施意见")
    assert strip_web_chrome("国内政策【切换】 国际政策") == ""
    text = "国内政策【切换】 国际政策\n您现在的位置: 首页 > 政策前沿\n加快西宁市流通业发展实施意见\n发布时间:2017-11-24 10:12:15\n一、主要工作目标\n"
    assert policy_extract.parse_text(text).meta.title == "加快西宁市流通业发展实施意见"
    page = "总站 {{item.sitename}}\n\n巴中市人民政府关于进一步做好当前和今后一段时期就业创业工作的实施意见\n\n一、把稳定和扩大就业作为优先目标\n"
    assert policy_extract.parse_text(page).meta.title == "巴中市人民政府关于进一步做好当前和今后一段时期就业创业工作的实施意见"



def test_a_rule_drawn_around_a_word_is_no_title():
    # the Pingtan pages as their crawler stored them (changwu/pingtan-gov-zwgk-archive, reviews au04, av01, av03): its header, then
    # "==================== 正文 ====================" over the page — the line had been the notice's title
    from policy_extract.chrome import strip_web_chrome

    assert strip_web_chrome("==================== 正文 ====================") == ""
    page = ("标题: 平潭综合实验区管委会关于平潭综合实验区生态红线规划调整工作分工方案的通知\n==================== 正文 ====================\n"
            "当前位置： 首页政务公开 各片区管理局：现将分工方案印发给你们。\n一、主要任务\n（一）做好生态红线调整。（责任单位：区环境与国土资源局）\n")
    assert "=" not in (policy_extract.parse_text(page).meta.title or "")


def test_the_pages_source_line_run_on_at_the_end():
    # 平潭综合实验区苏平片区 2020 普法依法治理工作要点 as the crawler stored it (changwu/pingtan-gov-zwgk-archive, zwgk/zxwj/bmwj,
    # review ar05): "…得到有效落实。 来源：平潭综合实验区苏平片区管理局 附件下载" — the page's line, had been the last task's
    # text; "…完成时限：常态化实施 来源：…" (aq08) after a space; not a field of the page's table ("索引号: | … | 成文日期: | 2022-10-08 |")
    from policy_extract.chrome import strip_web_chrome

    assert "来源" in rules.PAGE_INFO_LABELS
    last = "（二十一）加强普法依法治理队伍建设，举办普法依法治理、宣传工作业务培训班。确保普法依法治理各项工作得到有效落实。"
    assert strip_web_chrome(last + " 来源：平潭综合实验区苏平片区管理局 附件下载") == last
    timed = "牵头单位：平潭海关配合单位：区经发局、口岸办完成时限：常态化实施 来源：平潭综合实验区管委会办公室 附件下载"
    assert strip_web_chrome(timed) == "牵头单位：平潭海关配合单位：区经发局、口岸办完成时限：常态化实施"
    table = "索引号: | 113706850042672474/2022-04772 | 发布机构: | 教育体育局 | 成文日期: | 2022-10-08 |"
    assert strip_web_chrome(table) == table
    with using(_rules_without("page_info_labels", "来源")):
        assert strip_web_chrome(last + " 来源：平潭综合实验区苏平片区管理局 附件下载") != last


def test_a_signature_after_the_last_unit_list_and_a_space():
    # 平潭综合实验区苏平片区 农村人居环境整治提升五年行动 2023 (changwu/pingtan-gov-zwgk-archive, review au04 crawled): "…责任单位：
    # 社会事业处、经济发展处 平潭综合实验区苏平片区管理局 2023年3月16日 来源：…" — the signer and date had been the last unit, no issue date
    text = ("一、重点任务 （十）强化技术支撑。开展农村人居环境整治提升关键技术研发。 责任单位：社会事业处、经济发展处 "
            "平潭综合实验区苏平片区管理局 2023年3月16日 来源：平潭综合实验区苏平片区管理局 附件下载")
    doc = policy_extract.parse_text(text)
    assert (doc.meta.issuer, doc.meta.issue_date) == ("平潭综合实验区苏平片区管理局", "2023-03-16")
    assert [u.name for u in doc.tasks[-1].responsible_units] == ["社会事业处", "经济发展处"]
    # not a table row's last cells, a unit and its time limit (diffreview-aa's probe)
    # a long unit list before it, a signer opening with 中共 (diffreview-ab's probes)
    many = ("一、重点任务 （十）强化技术支撑。开展关键技术研发。 责任单位：区民政局、区财政局、区住建局、区交通与建设局、区农业农村局、区文化和旅游局、"
            "区卫生健康局、区应急管理局、区市场监管局、区城管局、区供电公司、区水务集团 平潭综合实验区苏平片区管理局 2023年3月16日")
    assert policy_extract.parse_text(many).meta.issue_date == "2023-03-16"
    party = "一、重点任务 （十）强化技术支撑。开展关键技术研发。 责任单位：社会事业处、经济发展处 中共平潭综合实验区苏平片区工作委员会 2023年3月16日"
    assert policy_extract.parse_text(party).tasks[-1].responsible_units[-1].name == "经济发展处"
    row = ("2023年XX工作方案\n一、重点任务\n（一）推进老旧小区改造，完成30个小区改造，新增停车位500个，加装电梯20部，改造管网10公里。"
           "责任单位：区水务局、区住建局 区财政局 2023年10月31日\n（二）加快养老设施建设，新建养老服务站5个。（责任单位：区民政局）\n")
    doc = policy_extract.parse_text(row)
    assert (doc.meta.issuer, doc.meta.issue_date) == (None, None)


def test_print_line_verbs():
    # 平潭综合实验区 “十三五”社区居家养老服务补短板实施方案 2016 (changwu/pingtan-gov-zwgk-archive, review aq05): the print line
    # "平潭综合实验区管委会办公室 2016年9月21日印发" under the last item's "责任单位：区直有关单位，各乡镇人民政府" had been joined to
    # it (lined) or run on after it (crawled), its date the task's deadline; 2019 质量 实施意见 (ar04, flattened): after the list of recipients
    assert "印发" in rules.PRINT_LINE_VERBS
    item = "（四）完善工作机制。督促各项任务落到实处。"
    foot = "平潭综合实验区管委会办公室 2016年9月21日印发"
    for text in ("一、主要任务\n" + item + "\n责任单位：区直有关单位，各乡镇人民政府\n" + foot + "\n",
                 "一、主要任务" + item + " 责任单位：区直有关单位，各乡镇人民政府 " + foot):
        task = policy_extract.parse_text(text).tasks[-1]
        assert ([u.name for u in task.responsible_units], task.deadline) == (["区直有关单位", "各乡镇人民政府"], None)
    flat = "一、主要任务（十九）加强质量宣传。做好质量月活动。各有关单位：区法院。区党工委、总工会、团区委会，各乡镇。平潭综合实验区党工委办公室 2019年4月11日印发"
    assert "2019年4月11日" not in policy_extract.parse_text(flat).tasks[-1].text  # (the recipients' list before it stays: left for now)
    with using(_rules_without("print_line_verbs", "印发")):
        assert policy_extract.parse_text(flat).tasks[-1].text.endswith("印发")


def test_closing_run_on_after_last_note():
    # corpus 0258 (国办发〔2016〕82号, stored on one line; review c13-4): the notice's closing paragraph run on after the
    # last item's note had been the item's text, and its "于2016年11月底前报" the item's time limit
    text = ("二十三、对推进重大政策措施落实成效明显的地方，予以表扬。（国务院办公厅负责）"
            "二十四、对落实重大政策措施成效明显的市（州）、县（市、区），在下一年度实地督查中实行“免督查”。（国务院办公厅负责）"
            "对真抓实干、相关工作成效明显的地方加大激励支持力度，是建立健全督查激励长效机制的重要举措，具有重要意义。"
            "各有关部门要认真落实激励措施，加强组织实施，做好督查激励工作，并于2016年11月底前报国务院办公厅。")
    last = policy_extract.parse_text(text).tasks[-1]
    assert last.text.endswith("实行“免督查”。") and last.deadline is None
    assert [u.name for u in last.responsible_units] == ["国务院办公厅"]
    # a sentence after the note that opens no closing stays with the item (the contract's run rule)
    kept = text.replace("各有关部门要认真落实激励措施", "认真落实激励措施")
    assert "2016年11月底前" in policy_extract.parse_text(kept).tasks[-1].text
    # the same run-on after an item that is not the last stays: the next item follows it
    middle = text + "二十五、加强督查。（国务院办公厅负责）"
    assert "各有关部门要认真落实" in policy_extract.parse_text(middle).tasks[-2].text


def test_section_keyword_run_into_its_body():
    # corpus 0224 (河北 医疗卫生与养老服务相结合实施意见) and 0220 (事业单位工作人员考核), stored with a part's title and its
    # first sentence on one line: the title is the section word, so the part is the non-task section it names
    goals = "一、总体目标到2017年，实现医疗和养老资源的有效融合。全省所有医疗机构开设为老年人就医提供便利服务的绿色通道。\n二、重点任务\n（一）建立合作机制。推动医疗机构与养老机构开展合作。\n"
    root = _segment(goals)
    assert [c.title for c in root.children] == ["总体目标", "重点任务"]
    guide = ("一、指导思想以党的十八大精神为指导，结合“两学一做”学习教育，严格按照岗位职责和所承担的工作任务，对工作人员的表现进行考核。\n"
             "二、考核方法及步骤\n(一)动员部署。各单位召开全体工作人员大会进行动员，明确年度考核的内容、标准、方法和要求。\n"
             "三、其他有关事项机关工勤人员年度考核工作参照事业单位工作人员的年度考核办法执行。\n")
    assert [t.id for t in policy_extract.parse_text(guide).tasks] == ["2.1", "3"]  # the sentence's 工作任务 named no task section
    # corpus 0723 (科技部 技术市场“十二五”发展规划, review c13-3): the part's line holds its opening paragraph; its items' paths
    # name the part, not the paragraph
    plan = ("三、重点任务“十二五”时期，技术市场建设和发展的重点任务是深入推进国家技术转移促进行动，进一步强化市场机制和需求导向。具体任务如下。\n"
            "（一）加强技术市场制度化建设，营造有利于技术转移的良好环境。\n1.制订技术市场和技术转移法规。\n")
    assert {t.path[0] for t in policy_extract.parse_text(plan).tasks} == {"三、重点任务"}
    # a title printed as a sentence of its own stays whole (corpus 0938: "（四）政策措施不断完善，发展环境不断优化。先后出台…")
    assert _segment("（四）政策措施不断完善，发展环境不断优化。先后出台了一批实施意见和管理办法。\n").children[0].title == "政策措施不断完善，发展环境不断优化"


def test_section_words_as_verbs():
    # corpus 0403 (生态环境监测站 职责): "（一）组织实施环境要素的监测和环境质量的预测、预报，…" — 组织实施 is the sentence's verb,
    # no part titled 组织实施 (corpus 0337 "（二）组织实施阶段（2022年3月至2025年9月）…" names a phase)
    assert "组织实施" in rules.SECTION_WORDS_AS_VERBS
    duty = "（一）组织实施环境要素的监测和环境质量的预测、预报，向当地人民政府和生态环境主管部门提供发展趋势。\n（二）承担监测任务。\n"
    assert _segment(duty).children[0].title == "组织实施环境要素的监测和环境质量的预测、预报，向当地人民政府和生态环境主管部门提供发展趋势"
    with using(_rules_without("section_words_as_verbs", "组织实施")):
        assert _segment(duty).children[0].title == "组织实施"


def _segment(text):
    from policy_extract.load import load_string
    from policy_extract.normalize import normalize
    from policy_extract.segment import segment

    return segment(normalize(load_string(text).lines))


def test_units_named_by_a_label_after_wei():
    # a 镇 2023年度防范化解重大风险工作实施方案 (review s12d 02): "由郭小红、秦定英同志牵头,统宣办、派出所为牵头部门,负责对…" — the
    # units a lead label names after 为 lead; the people over them (同志 is both names' title) are leaders, no units
    assert "牵头部门" in rules.LEAD_LABELS
    note = notes.parse_note("由郭小红、秦定英同志牵头,统宣办、派出所为牵头部门")
    assert (note.lead, note.responsible, note.leaders) == (["统宣办", "派出所"], [], ["郭小红", "秦定英同志"])
    item = "（一）分类化解\n1.政治安全风险。由郭小红、秦定英同志牵头,统宣办、派出所为牵头部门,负责对全镇政治安全领域风险问题进行排查梳理和防范化解。\n"
    task = policy_extract.parse_text(item).tasks[0]
    assert ([u.name for u in task.lead_units], task.leaders) == (["统宣办", "派出所"], ["郭小红", "秦定英同志"])
    assert notes.parse_note("市发改委为牵头单位，市财政局为配合单位").responsible == ["市财政局"]
    with using(_rules_without("lead_labels", "牵头部门")):
        assert notes.parse_note("统宣办、派出所为牵头部门") is None
    # a clause on how to read the lists names no unit ("县发改局(首位单位为牵头单位,下同)", 余干县 2023, review s6c 06)
    assert notes.parse_note("首位单位为牵头单位") is None
    assert notes.split_units("县发改局(首位单位为牵头单位,下同)、县财政局") == ["县发改局", "县财政局"]


def test_a_parts_title_run_into_the_sentence_that_addresses_units():
    # 佛坪县 2024 建议提案办理 (review s12d 04, flattened): "一、严格办理程序各承办单位要严格按照…" — the title ends before the
    # units its sentence addresses (grammar closing_exhortation: 各…要), in the items' paths too
    text = ("一、严格办理程序各承办单位要严格按照代表建议和政协提案办理法定程序,切实做好办理工作。(一)任务交办。各承办单位收到建议提案后,"
            "主办单位要及时邀请相关部门,召开会议对交办建议提案进行认真研究梳理。(二)认真办理。各承办单位要认真研究。")
    assert {t.path[0] for t in policy_extract.parse_text(text).tasks} == {"一、严格办理程序"}
    # not inside a subject ("十二、国务院及各部门要加快政府职能转变", corpus 0711) or after a preposition ("…主体责任在各设区市政府")
    assert _segment("十二、国务院及各部门要加快政府职能转变，切实履行经济调节、市场监管职能。\n").children[0].title.startswith("国务院及各部门要")
    assert _segment("（五）小学教师培养的主体责任在各设区市政府，各地要积极探索。\n").children[0].title.startswith("小学教师培养的主体责任在各设区市")


def test_the_section_a_user_names_is_the_work_whatever_its_title():
    # --task-section names a part the rules read as no work (保障措施, 有关要求): the user's word decides
    text = ("一、主要任务\n（一）严厉打击制售假劣药品。依法查处违法犯罪分子。\n二、保障措施\n（一）加强组织领导。建立联席会议制度。\n"
            "（二）加强督查。建立督查通报制度。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]
    assert [(t.number, t.path) for t in policy_extract.parse_text(text, task_section="保障措施").tasks] == [
        ("（一）", ["二、保障措施"]), ("（二）", ["二、保障措施"])]


def test_page_link_labels():
    # 平潭 2023 民营经济发展壮大若干措施 (changwu/pingtan-gov-zwgk-archive qgwhwj/202310/81873, review be05 crawled): the page's
    # link to its H5 reading run on after the last unit, "经济发展局" had been lost with it
    assert "H5解读" in rules.PAGE_LINK_LABELS
    text = ("二、主要措施\n28.加强党的全面领导。确保各项措施落地生根。责任单位：区党工委党群工作部、经济发展局"
            "H5解读：https://q.eqxiu.com/s/Ms43msjj?eip=true\n")
    assert [u.name for u in policy_extract.parse_text(text).tasks[-1].responsible_units] == ["区党工委党群工作部", "经济发展局"]
    # a notice's own address after 网址 stays its text (diffreview-ac)
    own = "一、主要任务\n（一）推进网上申报。企业登录申报系统进行申报，申报系统网址：https://sb.example.gov.cn/apply\n"
    assert policy_extract.parse_text(own).tasks[0].text.endswith("https://sb.example.gov.cn/apply")
    with using(_rules_without("page_link_labels", *rules.PAGE_LINK_LABELS)):
        assert [u.name for u in policy_extract.parse_text(text).tasks[-1].responsible_units] == ["区党工委党群工作部"]
    # not an address with the signer run on after it ("网址：www.hbrc.com.cn河北省人力资源和社会保障厅2024年3月8日", corpus 0148)
    signed = "七、联系方式\n联系人：徐乐 网址：www.hbrc.com.cn河北省人力资源和社会保障厅2024年3月8日\n"
    assert policy_extract.parse_text("关于举办招聘活动的通知\n" + signed).meta.issue_date == "2024-03-08"



def test_site_channel_names():
    # 天水市 2020 深化国有企业改革 (tianshui.gov.cn/sgzw/info/1503/32302.htm, review ck09): "政府信息公开" alone on the line over the
    # title had been run into it; a title with those words keeps them
    page = "政府信息公开\n\n中共天水市委 天水市人民政府关于深化国有企业改革的实施意见\n\n各县区党委和人民政府:\n\n为认真贯彻落实省委部署,结合我市实际,制定以下实施意见。\n"
    assert "政府信息公开" in rules.SITE_CHANNEL_NAMES
    assert policy_extract.parse_text(page).meta.title == "中共天水市委天水市人民政府关于深化国有企业改革的实施意见"
    assert policy_extract.parse_text("天水市政府信息公开工作要点\n\n一、重点任务\n").meta.title == "天水市政府信息公开工作要点"
    with using(_rules_without("site_channel_names", "政府信息公开")):
        assert policy_extract.parse_text(page).meta.title.startswith("政府信息公开")


def test_existed_before_verbs():
    # 档案 工作要点 (review co04) and its reviewer's probes: "2000年前建成的老旧小区", "1990年前建设的人防工程" name which things are
    # meant, no due date; a due date whose verb makes no 的 stays ("2023年底前建成城市书房10个")
    assert {"形成", "建成", "建设"} <= set(rules.EXISTED_BEFORE_VERBS)
    def due(sentence):
        t = policy_extract.parse_text("一、重点任务\n（一）" + sentence + "\n").tasks[0]
        return t.deadline.date if t.deadline else None
    assert due("推进2000年前建成的老旧小区改造。") is None and due("完成1990年前建设的人防工程普查。") is None
    assert due("2023年底前建成城市书房10个。") == "2023-12-31"
    # the verb right before its 的 only: an adjective of its object leaves the date due (diffreview-am's probes; so co04's "1994年前
    # 形成档案的" stays a date, as it was)
    for sentence, date in (("2025年前建成完善的城乡供水保障体系。", "2025-12-31"), ("2022年底前形成可复制的经验做法。", "2022-12-31"),
                           ("2022年6月底前建设新的市民服务中心。", "2022-06-30"), ("2023年底前建成县级的应急指挥平台。", "2023-12-31")):
        assert due(sentence) == date
    with using(_rules_without("existed_before_verbs", "建成")):
        assert due("推进2000年前建成的老旧小区改造。") == "2000-12-31"


def test_web_chrome_lines_run_on_after_a_note():
    # a 充电设施 paragraph on a mirror (elecalpower.com …324c774de29c418fb8159c093a8ba86f.shtml, review gk 05 flattened, simplified here):
    # the QR widget's line run on after the note had kept the paragraph from closing with it, and the task was lost
    assert "扫一扫在手机打开当前页" in rules.WEB_CHROME_LINES
    text = ("开展老旧小区充电设施改造工程,加快布设老旧小区公共充电桩。(责任单位:市供电公司、市发展改革委,完成时限:2023年9月)"
            "扫一扫在手机打开当前页")
    tasks = policy_extract.parse_text(text).tasks
    assert [([u.name for u in t.responsible_units], t.deadline.date) for t in tasks] == [(["市供电公司", "市发展改革委"], "2023-09-30")]
    with using(_rules_without("web_chrome_lines", "扫一扫在手机打开当前页")):
        assert policy_extract.parse_text(text).tasks == []


def test_web_chrome_lines_where_the_page_stands():
    # 苏州市体育局 2021年6月工作要点 (stored page, review cn05): "您当前所在位置: 首页 > 信息公开 > 重点工作" over the title had been
    # joined to it, and the title lost
    assert "您当前所在位置" in rules.WEB_CHROME_LINES
    page = ("您当前所在位置: 首页 > 信息公开 > 重点工作\n\n2021年6月工作要点\n\n来源:体育信息中心 发布日期:2021-05-28 16:05 访问量:\n\n"
            "1.群众体育。完成全民健身“十四五”规划初稿。\n\n2.竞技体育。各训练单位继续做好疫情防控期间训练安排。\n")
    assert policy_extract.parse_text(page).meta.title == "2021年6月工作要点"
    from policy_extract.chrome import strip_web_chrome

    assert strip_web_chrome("您当前所在位置: 首页 > 信息公开 > 重点工作") == ""
    with using(_rules_without("web_chrome_lines", "您当前所在位置")):
        assert strip_web_chrome("您当前所在位置: 首页 > 信息公开 > 重点工作") != ""
    # 淮北民生 民生工程沿革 2010年 (fgw.huaibei.gov.cn, review ea09): "您当前所在的位置:网站首页 > … > 2010年" over "三十一、光荣院建设"
    # had been joined to the item's heading: no outline, no task
    assert "您当前所在的位置" in rules.WEB_CHROME_LINES
    page = "您当前所在的位置:网站首页 > 淮北民生 > 民生工程沿革 > 2010年\n\n三十一、光荣院建设\n\n建设1所标准化光荣院,安置床位100张。\n\n责任单位:市民政局\n"
    assert [(t.number, [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(page).tasks] == [("三十一", ["市民政局"])]


def test_following_words():
    # diffreview-am's probes: "对照《X》，…制定了…方案，现印发给你们" follows X as "根据《X》" does; X is no title
    assert {"对照", "对标", "结合"} <= set(rules.FOLLOWING_WORDS)
    sign = "\nXX县人民政府办公室\n2023年5月10日\n"
    text = "对照《优化营商环境条例》，市发展改革委制定了营商环境提升行动方案，现印发给你们，请认真执行。" + sign
    assert policy_extract.parse_text(text).meta.title != "优化营商环境条例"
    with using(_rules_without("following_words", "对照")):
        assert policy_extract.parse_text(text).meta.title == "优化营商环境条例"


def test_contents_labels():
    # 国家粮食应急预案 (国办函〔2005〕57号, corpus 1096): "目　　录" over "1　总则" / "1.1　编制目的及依据" …, printed again below; and
    # 全省民办养老机构消防安全达标提升工程方案 on a 文秘 site (wm114.cn/wen/241/481949.html, review cr10): "目录/提纲:……" over headings
    # whose stage dates had made four false tasks, its title under the list
    from policy_extract.load import load_string
    from policy_extract.page_copy import drop_contents

    assert {"目录", "提纲", "目录/提纲"} <= set(rules.CONTENTS_LABELS)
    heads = ["1　总则", "　　1.1　编制目的及依据", "2　组织机构和职责", "3　预警监测"]
    text = "\n".join(["国家粮食应急预案", "目　　录", *heads, "1　总则", "1.1　编制目的及依据", "为了有效监测和控制国内粮食市场异常波动，制定本预案。"])
    assert [ln.text for ln in drop_contents(load_string(text + "\n", "x.txt").lines)][:3] == ["国家粮食应急预案", "1　总则", "1.1　编制目的及依据"]
    stages = ["目录/提纲:……", "一、总体要求", "四、主要任务及时间安排", "(一)2024年2月底前,调查摸底阶段", "(二)2024年3月底前,制定方案措施阶段", "……",
              "全省民办养老机构消防安全达标提升工程方案", "一、总体要求", "从2024年起，在全省范围内引导存量民办养老机构配置消防设施。",
              "四、主要任务及时间安排", "(一)2024年2月底前,调查摸底阶段。县(区)民政局要全面摸清辖区内的民办养老机构消防安全状况。"]
    doc = policy_extract.parse_text("\n".join(stages) + "\n")
    assert doc.meta.title == "全省民办养老机构消防安全达标提升工程方案"
    assert [t.text[:9] for t in doc.tasks] == ["2024年2月底前"]
    # diffreview-aq's probes: a 目录 whose headings are never printed again is the document's own; dot leaders and page numbers,
    # and the other bracket width, still name the heading printed below
    own = ["目录", "1.加快推进城市更新(牵头单位:市住建局)", "2.加强历史文化保护(牵头单位:市文广旅局)", "3.完善城市基础设施(牵头单位:市城投集团)"]
    assert [t.number for t in policy_extract.parse_text("\n".join(own) + "\n").tasks] == ["1", "2", "3"]
    led = ["丽水市防汛防台应急预案", "目　录", "一、总则……………………1", "二、组织体系………………3", "三、预防预警………………5", "丽水市防汛防台应急预案",
           "一、总则", "为做好防汛防台工作,制定本预案。", "二、组织体系", "市防指负责组织、协调、指导全市防汛防台工作。", "三、预防预警", "加强监测。"]
    assert [n.marker for n in policy_extract.parse_text("\n".join(led) + "\n").outline] == ["一、", "二、", "三、"]
    widths = ["提　纲", "（一）总体要求", "（二）重点任务", "（三）保障措施", "(一)总体要求", "坚持稳中求进。", "(二)重点任务", "加强监管。", "(三)保障措施", "加强领导。"]
    assert [n.marker for n in policy_extract.parse_text("\n".join(widths) + "\n").outline] == ["(一)", "(二)", "(三)"]
    # a label over fewer than three headings, or over sentences, is no contents list
    kept = ["目录", "本办法所称目录，是指政府集中采购目录。", "一、采购范围", "二、采购方式"]
    assert [ln.text for ln in drop_contents(load_string("\n".join(kept), "x.txt").lines)] == kept


def test_glued_field_labels():
    # 阜阳市 根治拖欠农民工工资 实施意见 on a law database (055110.com/law/2/38225.html, review cw04): its fields one a line, each label run
    # into its value; "时效性现行有效" had been the title
    assert {"发文机关", "时效性", "效力级别", "发文字号", "施行日期"} <= set(rules.GLUED_FIELD_LABELS)
    head = ["发文机关阜阳市人民政府", "发文日期2023年08月18日", "时效性现行有效", "发文字号阜政办〔2023〕11号", "施行日期2023年08月18日", "效力级别地方规范性文件",
            "各县、市、区人民政府,市政府各部门:", "为巩固提升根治欠薪工作成果,现提出如下实施意见。", "一、强化措施", "(一)加强劳动合同管理。(责任单位:市人力资源社会保障局)"]
    doc = policy_extract.parse_text("\n".join(head) + "\n")
    assert doc.meta.title is None and [t.number for t in doc.tasks] == ["(一)"]
    # a label and its value a space apart that end as a title does is the field still (diffreview-as's probe)
    head = ["法规类别 应急预案", "效力级别 地方工作文件", "发文机关 县人民政府办公室", "县森林火灾应急预案", "一、主要任务", "(一)完善森林防火设施。(责任单位:县林业局)"]
    assert policy_extract.parse_text("\n".join(head) + "\n").meta.title == "县森林火灾应急预案"
    # short titles so opened too (diffreview-at's probes)
    for title in ("时效性清理工作方案", "时效性评估办法"):
        assert policy_extract.parse_text(title + "\n一、主要任务\n(一)开展时效性清理。(牵头单位:市司法局)\n").meta.title == title
    # a title that opens with such a word is a title still: "时效性评估工作实施方案" (diffreview-ar's probe)
    assert policy_extract.parse_text("时效性评估工作实施方案\n一、主要任务\n(一)开展规章时效性评估。(牵头单位:市司法局)\n").meta.title == "时效性评估工作实施方案"


def test_doc_number_after_a_title_of_several_measures():
    # 湖北省人民政府关于进一步优化营商环境的若干意见 (鄂政发〔2018〕26号, chaincenturyfinance.com/tzgg/2421.html, review cz10 flat): the
    # title run into its number; "的若干意见" had not closed it, and the notice had no title
    assert {"的若干意见", "的若干措施"} <= set(rules.DOC_NUMBER_AFTER)
    head = "省人民政府关于进一步优化营商环境的若干意见鄂政发〔2018〕26号各市、州、县人民政府,省政府各部门:为深入贯彻重要指示精神,现提出如下意见。一、加快审批\n"
    doc = policy_extract.parse_text(head)
    assert (doc.meta.title, doc.meta.doc_number) == ("省人民政府关于进一步优化营商环境的若干意见", "鄂政发〔2018〕26号")


def test_next_step_words():
    # diffreview-c2 p07: "下步措施" after a progress column is the report's next steps; a rectification plan's "下一步措施" (no progress
    # column before it, diffreview-c1 p10) stays the measure
    assert "下步" in rules.NEXT_STEP_WORDS
    assert tables.header_columns(["序号", "重点任务", "责任单位", "完成情况", "下步措施"]) == {"number": 0, "task": 1, "responsible": 2, "progress": 3}
    with using(_rules_without("next_step_words", "下步", "下一步")):
        assert tables.header_columns(["序号", "重点任务", "责任单位", "完成情况", "下步措施"])["measure"] == 4


def test_event_organiser_labels():
    # diffreview-c1 p18: an event notice's paragraph over 主办单位/承办单位 lines is no task; a 实施单位 line under one gives it its unit
    # (淮北 民生工程沿革 2012 文化站, review ft 07, with its label as diffreview-c2 p19 printed it)
    assert "主办单位" in rules.EVENT_ORGANISER_LABELS
    event = ("关于举办2023年全市广场舞展演活动的通知\n各县(区)文化和旅游局:\n为丰富群众精神文化生活,定于2023年6月10日在市民广场举办"
             "全市广场舞展演活动。请各县(区)认真组织队伍参加。\n主办单位:市文化和旅游局\n承办单位:市群众艺术馆\n")
    assert policy_extract.parse_text(event).tasks == []
    with using(_rules_without("event_organiser_labels", *rules.EVENT_ORGANISER_LABELS)):
        assert len(policy_extract.parse_text(event).tasks) == 1
    station = "乡镇综合文化站建设\n到2012年,实现全市所有乡镇基本建有具备综合服务功能的文化站目标。功能结构主要包括书报刊阅览室等。\n实施单位: 市文广新局\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(station).tasks] == [["市文广新局"]]


def test_target_column_endings():
    # 广州 2017 重点工作 督办卡片 任务205 (a mirror of gz.gov.cn's card, review go 04): "年度阶段性主要工作目标:" holds 主要工作, yet names the
    # targets; read as a second task column it had made the card's targets its task and 重点工作 their group
    assert "目标" in rules.TARGET_COLUMN_ENDINGS
    assert tables.column_of("年度阶段性主要工作目标") == "target" and tables.column_of("主要工作") == "task"
    card = ("重点工作: 严格遵守宪法和法律,依法接受市人大及其常委会的监督。\n牵头单位: 市府办公厅\n年度阶段性主要工作目标:\n"
            "年度目标:1.对今年市政府拟报市人大常委会的13项立法项目进行梳理分工。\n进展落实情况:\n已完成。\n")
    assert [(t.text[:8], [u.name for u in t.lead_units]) for t in policy_extract.parse_text(card).tasks] == [("严格遵守宪法和法", ["市府办公厅"])]
    with using(_rules_without("target_column_endings", "目标")):
        assert tables.column_of("年度阶段性主要工作目标") == "task"


def test_name_column_endings():
    # 平湖市 2024 民生实事项目进展情况 (pinghu.gov.cn/art/2024/4/12/art_1229664580_5289562.html, review gi 02): "项目名称" beside
    # "项目内容" names each row's project: the task is the name and the content (the name merged over the rows after), the name its path
    assert "名称" in rules.NAME_COLUMN_ENDINGS
    text = ("平湖市2024年民生实事项目进展情况\n序号 | 项 目 名 称 | 项 目 内 容 | 进展情况 | 牵头单位 |\n"
            "1 | 城市空间开发利用项目 | 1.完成10处以上城市退红线区域的移交和改造; | 确定今年移交和改造的退红线区域 | 建设局 |\n"
            "2 | 2.完成平湖市公路桥梁桥下空间利用规划方案,先行实施5个以上桥下空间开发改造。 | 完成规划方案初稿编撰 | 交通运输局 |\n"
            "3 | “一老一小”暖心关爱项目 | 1.新增社区老年食堂3家; | 社区食堂施工推进中 | 民政局 |\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.text, t.path, [u.name for u in t.lead_units]) for t in tasks] == [
        ("城市空间开发利用项目：1.完成10处以上城市退红线区域的移交和改造;", ["城市空间开发利用项目"], ["建设局"]),
        ("城市空间开发利用项目：2.完成平湖市公路桥梁桥下空间利用规划方案,先行实施5个以上桥下空间开发改造。", ["城市空间开发利用项目"], ["交通运输局"]),
        ("“一老一小”暖心关爱项目：1.新增社区老年食堂3家;", ["“一老一小”暖心关爱项目"], ["民政局"])]
    assert tables.header_columns(["序号", "项目名称", "项目内容", "牵头单位"]) == {"number": 0, "group": 1, "task": 2, "lead": 3}
    with using(_rules_without("name_column_endings", "名称")):
        assert tables.header_columns(["序号", "项目名称", "项目内容", "牵头单位"]) == {"number": 0, "task": 1, "lead": 3}


def test_time_field_labels():
    # 晋江 庆祝“八一建军节”系列活动方案 (pages corpus, review hb 04): each item closes with "时间:…" then its unit label, glued or
    # spaced ("…组织开展支前保障实务演练活动。时间:待定 责任单位:市支前办", "…离退休干部时间:7月下旬责任单位:市民政局")
    assert "时间" in rules.TIME_FIELD_LABELS
    text = ("一、开展支前保障实务演练活动 结合部队海训活动,组织开展支前保障实务演练活动。时间:待定 责任单位:市支前办 "
            "二、开展“关爱功臣”行动 军地分管领导走访慰问重点优抚对象和军队离退休干部时间:2024年7月下旬责任单位:市民政局 "
            "三、举办第九届军地篮球友谊赛时间:7月份 牵头单位:市双拥办承办单位:市移动公司\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        ([], ["市支前办"]), ([], ["市民政局"]), (["市双拥办"], ["市移动公司"])]
    # "待定" sets no limit; glued to a numbered title's last word ("三、举办第九届军地篮球友谊赛时间:7月份", diffreview-g2 p14) the field is
    # the item's too ("…离退休干部时间:", within a title's length of its number); glued to a word after a comma it stays the text
    assert [t.deadline.text if t.deadline else None for t in tasks] == [None, "2024年7月下旬", "7月份"]
    assert ["时间" in t.text for t in tasks] == [False, False, False]
    # glued to a word before it, the field is another label's end, its text the item's: "…，开放时间：每年5月至10月 责任单位：…" (diffreview-g1 p37)
    task = policy_extract.parse_text("二、主要任务\n（二）实行景区夜间错峰开放，开放时间：每年5月至10月 责任单位：市文旅局、各县区人民政府\n").tasks[0]
    assert task.text.endswith("开放时间：每年5月至10月") and [u.name for u in task.responsible_units] == ["市文旅局", "各县区人民政府"]
    # alone, a time field is no note: a meeting's "时间：2018年10月19日至21日" (corpus 1021) stays text, and without the table no field is read
    assert notes.find_notes("召开培训会议。\n时间：2018年10月19日至21日，19日报到。") == []
    with using(_rules_without("time_field_labels", "时间")):
        assert [u.name for t in policy_extract.parse_text(text).tasks for u in t.responsible_units] == []


def test_sector_names():
    # 2011年杭州楼宇总部经济工作要点 (www.5sw.com/news/html/f1/19158.html, review hc 06): "此项工作由市发改委(楼宇办)、经合办牵头,市建委、国土、规划、财政和
    # 有关城区政府配合。" — bureaus named by their field beside full names; the sentence had named no unit
    assert {"国土", "规划", "财政", "公安", "质监"} <= set(rules.SECTOR_NAMES)
    text = ("一、主要任务\n（二）打造总部基地。重点规划5个左右总部企业集聚区。此项工作由市发改委(楼宇办)、经合办牵头,市建委、国土、规划、"
            "财政和有关城区政府配合。\n")
    task = policy_extract.parse_text(text).tasks[0]
    assert [u.name for u in task.lead_units] == ["市发改委(楼宇办)", "经合办"]
    assert [u.name for u in task.responsible_units] == ["市建委", "国土", "规划", "财政", "有关城区政府"]
    # corpus 0634 (河北 2004 汽车市场 专项整治): "以交通部门为主，工商、质监、公安等部门配合" — 公安 before 等部门 is the last name
    assert units.split_units("工商、质监、公安等部门") == ["工商", "质监", "公安"]
    # and 和 after one opens a name only before a collective: "规划和国土资源委员会" is one body's name (diffreview-g1 probe 25)
    assert units.split_units("规划和国土资源委员会、市统计局") == ["规划和国土资源委员会", "市统计局"]
    assert units.split_units("财政和市税务局") == ["财政", "市税务局"]  # a place's unit after it (diffreview-g2 probe 21)
    with using(_rules_without("sector_names", "国土", "规划", "财政")):
        assert policy_extract.parse_text(text).tasks[0].responsible_units == []
    # 规范出租汽车行业管理专项治理 实施意见 (review ib 08): "监察、纠风部门:负责查处…" — a field's name before a body sharing its word, each
    # as printed (the contract's split on 、); the line had been read as no unit's
    from policy_extract.unit_labels import colon_units

    assert {"监察", "纠风"} <= set(rules.SECTOR_NAMES)
    assert colon_units("监察、纠风部门:负责查处政府公务人员徇私舞弊等违法违纪行为。") == ["监察", "纠风部门"]
    assert colon_units("教育、卫生:重点排查消防通道。") == []  # (fields alone, no body after them: no unit)


def test_content_column_endings():
    # 台州市 城镇污水管网 重点工作任务表 (minyi.zjzwfw.gov.cn/dczjnewls/dczj/idea/topic_12571.html, review hh 01): "工作内容" right of
    # "重点工作任务和保障措施" holds the work; "年度目标任务" or "任务来源" there does not (diffreview-g2 p10, p11)
    assert "内容" in rules.CONTENT_COLUMN_ENDINGS
    row = "1 | 科学完善顶层设计 | 坚持目标导向和问题导向相结合,科学完善城镇污水专项规划。 | 市建设局 |\n"
    text = "序号 | 重点工作任务和保障措施 | 工作内容 | 牵头部门 |\n" + row
    assert policy_extract.parse_text(text).tasks[0].text.startswith("坚持目标导向")
    target = "序号 | 重点工作任务 | 年度目标任务 | 牵头部门 |\n1 | 加快推进高标准农田建设，提升耕地质量。 | 新建高标准农田2万亩 | 市农业农村局 |\n"
    assert policy_extract.parse_text(target).tasks[0].text.startswith("加快推进高标准农田建设")
    with using(_rules_without("content_column_endings", "内容")):
        assert policy_extract.parse_text(text).tasks[0].text.startswith("科学完善顶层设计")


def test_unroled_column_names():
    # review hw 01 (2021年嵊泗县乡村振兴任务清单, flattened): "…考核内容单位年度目标责任部门评分部门1…" — 单位 and 年度目标 are read as
    # names so the glued header goes on to its unit column; no table reader gives them a role
    from policy_extract.column_names import split_glued_header

    header = "序号考核指标考核内容单位年度目标责任部门评分部门1确保"
    assert "单位" in rules.UNROLED_COLUMN_NAMES and "年度目标" in rules.UNROLED_COLUMN_NAMES
    assert split_glued_header(header)[0][:6] == ["序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门"]
    assert tables.column_of("单位") is None and tables.column_of("年度目标") is None
    with using(_rules_without("unroled_column_names", "单位", "年度目标", "计量单位")):
        assert split_glued_header(header)[0] == ["序号", "考核指标", "考核内容"]


def test_measure_count_words():
    # a county's news page (review ic 05): "…县教体局采取四项措施,加强食品安全宣传教育与管理…。一是举办…。二是…" — the lead-in counts the
    # measures its points give, the first point right after it: the points are cut apart and read as items
    from policy_extract.item_heads import split_points

    text = ("为开展好“食品安全宣传周”活动,县教体局采取四项措施,加强食品安全宣传教育与管理。一是举办学校食品安全管理人员培训班。"
            "二是开展食品安全相关法律法规宣传。三是强化食品安全知识教育。")
    assert "项措施" in rules.MEASURE_COUNT_WORDS
    assert [p[:4] for p in split_points(text)] == ["为开展好", "一是举办", "二是开展", "三是强化"]
    with using(_rules_without("measure_count_words", "项措施")):
        assert split_points(text) == [text]
    # a numeral counts the measures: not "各项工作", nor a report's shortcomings ("存在三个方面的短板", diffreview-j2 p02, p03)
    for lead in ("今年以来,县民政局扎实推进各项工作。", "全县食品安全形势总体平稳,但仍存在三个方面的短板。"):
        shortcomings = lead + "一是基层监管力量薄弱。二是小作坊管理不规范。三是群众参与度不高。"
        assert split_points(shortcomings) == [shortcomings]
    # a list of problems after its lead-in is none (corpus 1035: "现将有关问题通报如下"), whatever it counts
    problems = "现将四个方面的问题通报如下。一是个别食堂外包经营。二是资金管理不严格。三是过程监管不严密。"
    assert split_points(problems) == [problems]


def test_shared_duty_closings():
    # 全国红色旅游发展规划纲要 quoted on a Q&A page (review id 07): "…中央和国家机关有关部门之间要加强沟通、密切合作、明确分工、各司其职。
    # 宣传部门负责…;发展改革部门负责…;…" — the sentence closing on 各司其职 leads in to the duties, each its units' task, lined or flattened
    lines = ["(一)加强组织领导,明确责任分工", "要加强对发展红色旅游工作的领导和组织协调。成立全国红色旅游工作协调小组,检查、督促规划纲要的实施。",
             "中央和国家机关有关部门之间要加强沟通、密切合作、明确分工、各司其职。宣传部门负责审定重大宣传报道和陈列内容;发展改革部门负责"
             "组织协调红色旅游基础设施建设;旅游部门负责红色旅游发展中旅游工作的组织协调;财政部门负责从现有财政渠道组织协调相关经费;"
             "民政部门负责组织落实烈士陵园、纪念馆建设改造的有关项目计划。"]
    want = [["宣传部门"], ["发展改革部门"], ["旅游部门"], ["财政部门"], ["民政部门"]]
    assert "各司其职" in rules.SHARED_DUTY_CLOSINGS
    for text in ("\n".join(lines) + "\n", "".join(lines) + "\n"):
        assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == want, text[:10]
    four = "\n".join(lines).replace("民政部门负责组织落实烈士陵园、纪念馆建设改造的有关项目计划。", "") + "\n"  # (five "X负责" need no lead-in)
    assert len(policy_extract.parse_text(four).tasks) == 4
    with using(_rules_without("shared_duty_closings", "各司其职")):
        assert [t.number for t in policy_extract.parse_text(four).tasks] == ["(一)"]
    # a regulation's sentence naming duties is no such lead-in (corpus 0370: "县级以上人民政府有关部门应当按照各自职责,支持、协助…")
    article = ("县级以上人民政府有关部门应当按照各自职责,支持、协助税务机关依法开展税收征管工作。乡镇人民政府应当协助税务机关做好涉税数据采集。"
               "税务机关应当依法开展税收征管工作。财政部门应当加强预算管理。审计机关应当依法审计。公安机关应当依法打击涉税犯罪。\n")
    assert policy_extract.parse_text("某省税收征管条例\n第五条 " + article).tasks == []


def test_role_adverbs():
    # 蓝田县 2013 关于落实各级文物保护单位安全管理责任的通知 (review id 08): "1、蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责文物保护单位的
    # 安全管理工作。" — 全面 between the name and 负责, then the work: the units had been none
    text = ("二、明确文物安全管责任\n1、蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责文物保护单位的安全管理工作。\n"
            "2、锡水洞遗址,由蓝田县辋川溶洞管理处全面负责文物保护单位的安全管理工作。\n3、蔡文姬墓,由蓝田县蔡文姬纪念馆全面负责文物保护单位的安全管理工作。\n")
    assert "全面" in rules.ROLE_ADVERBS and {"管理处", "纪念馆"} <= set(rules.DUTY_UNIT_ENDINGS)
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [
        ["蓝田县猿人遗址文管所"], ["蓝田县辋川溶洞管理处"], ["蓝田县蔡文姬纪念馆"]]
    with using(_rules_without("role_adverbs", "全面")):
        assert [t.responsible_units for t in policy_extract.parse_text(text).tasks][0] == []
    # a person after the verb is none (corpus 0358: "…,由河北省人力资源和社会保障厅负责同志任组委会主任")
    person = "（二）活动组委会设立活动组委会,负责活动的组织领导,由河北省人力资源和社会保障厅负责同志任组委会主任。\n"
    assert [t.responsible_units for t in policy_extract.parse_text("一、组织领导\n" + person).tasks] in ([[]], [])


def test_measure_labels():
    # 楚雄州贯彻落实省委、省政府环境保护督察反馈意见问题整改措施清单 (an essay-site copy, review ia 07): the problem (一) labels its measures
    # "整改措施:" over 1. and 2.; they are the tasks, sharing its 责任单位 (the problem had been the one task)
    text = ("一、认识不深\n(一)部分领导干部对辖区内环境质量盲目乐观,没有危机感。整改目标:牢固树立绿色发展意识。责任单位:州委办公室、州政府办公室"
            "整改时限:立行立改,长期坚持整改措施:筑牢全州各级领导干部绿色发展理念。\n1.深入学习贯彻习近平总书记关于生态环境保护重大战略思想。\n"
            "2.把绿色发展纳入党委(党组)中心组学习内容。\n")
    assert "整改措施" in rules.MEASURE_LABELS
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("1", ["州委办公室", "州政府办公室"]), ("2", ["州委办公室", "州政府办公室"])]
    with using(_rules_without("measure_labels", "整改措施")):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["(一)"]


def test_points_title_endings():
    # diffreview-j2 p28 (a township's page, flattened): "…来源:县林业局。青木川镇2024年春季森林防火工作安排一是严格火源管控…。二是…" — a plan's
    # words of work ahead end the title glued to its first point; a report's "主要做法" does not (diffreview-j1 p23)
    from policy_extract.item_heads import split_points

    page = "来源:县林业局。青木川镇2024年春季森林防火工作安排一是严格火源管控。二是加强巡山护林。三是做好应急准备。"
    assert "安排" in rules.POINTS_TITLE_ENDINGS
    assert len(split_points(page)) == 5
    with using(_rules_without("points_title_endings", "安排")):
        assert split_points(page) == [page]


def test_counted_not_measures():
    # a numeral before a count word leads in to measures ("采取多项措施", "重点抓好三项工作", "从四个方面推进", diffreview-j3 p13–p16), but not a
    # lead-in listing what is found or included ("仍存在三个方面的短板", "检查重点包括三个方面内容", diffreview-j2 p02, p38)
    from policy_extract.item_heads import split_points

    points = "一是开展校园食品安全专项检查。二是加强农村集体聚餐管理。三是强化食品抽检。"
    for lead in ("今年以来,县市场监管局采取多项措施,扎实推进食品安全工作。", "今年县农业农村局重点抓好三项工作。", "县卫健局从四个方面推进医共体建设。"):
        assert len(split_points(lead + points)) == 4, lead
    assert {"存在", "包括"} <= set(rules.COUNTED_NOT_MEASURES)
    for lead in ("全县食品安全形势总体平稳,但仍存在三个方面的短板。", "检查重点包括三个方面内容。"):
        assert split_points(lead + points) == [lead + points], lead
    with using(_rules_without("counted_not_measures", "包括")):
        assert len(split_points("检查重点包括三个方面内容。" + points)) == 4



def test_partner_stops():
    # a 家电下乡 实施方案 (review ij 03): "县市商务局会同县市财政局对销售人员进行业务培训", "县市商务局要会同财政部门,通过…"; 商务部 展览会 管理
    # (ij 04): "归口管理单位会同有关司局根据《…》…" — whom the subject works with takes part, named before a preposition or a comma
    from policy_extract.subjects import duty_subject

    assert {"，", ",", "根据"} <= set(rules.PARTNER_STOPS)
    assert duty_subject("县市商务局会同县市财政局对销售人员进行业务培训。").responsible == ["县市商务局", "县市财政局"]
    assert duty_subject("县市商务局要会同财政部门,通过多种形式广泛宣传。").responsible == ["县市商务局", "财政部门"]
    assert duty_subject("归口管理单位会同有关司局根据《办法》进行评估。").responsible == ["归口管理单位", "有关司局"]
    # not a clause after the partner ("要会同宣传部门及时总结驻冀院所在…方面的好典型", corpus 0763: no "时总结驻冀院所")
    assert duty_subject("各地科技部门要会同宣传部门及时总结驻冀院所在科技创新创业方面的好典型，做好宣传表彰。").responsible == ["各地科技部门", "宣传部门"]
    # (a name holding 和 is read up to a stop only: "会同县发展和改革局、县财政局,通过…")
    assert duty_subject("县商务局要会同县发展和改革局、县财政局,通过多种形式广泛宣传。").responsible == ["县商务局", "县发展和改革局", "县财政局"]
    with using(_rules_without("partner_stops", "，", ",", "根据", "通过")):
        assert duty_subject("县商务局要会同县发展和改革局、县财政局,通过多种形式广泛宣传。").responsible == ["县商务局"]


def test_partners_after_a_lead_by_由():
    # 镇平县 残疾人 实事 (review io 04): "二、扶持残疾人发展生产。由残联牵头,会同扶贫部门扶持12户贫困残疾人发展生产…" — whom the lead works
    # with takes part, named before a verb no table lists; 河北 2004 (corpus 0620): "此项工作由省法制办牵头，会同省委农办、省农业厅…"
    from policy_extract.subjects import unit_sentences

    [note] = unit_sentences("扶持残疾人发展生产。由残联牵头,会同扶贫部门扶持12户贫困残疾人发展生产和自主创业。")
    assert (note.lead, note.responsible) == (["残联"], ["扶贫部门"])
    [note] = unit_sentences("建立平台。由省科技厅牵头,会同宣传部门及时总结好典型。")  # (a name listed with 、 only: not "时总结…")
    assert note.responsible == ["宣传部门"]
    with using(_rules_without("responsible_openings", "会同")):
        assert unit_sentences("扶持残疾人发展生产。由残联牵头,会同扶贫部门扶持12户贫困残疾人发展生产和自主创业。")[0].responsible == []


def test_partner_prefixes():
    # 株洲 招商 分工 (review ij 02): "市外侨办、市台办、市贸促会、市工商联负责并会同有关部门…" — 会同 after 负责并
    from policy_extract.subjects import duty_subject

    assert "负责并" in rules.PARTNER_PREFIXES
    assert duty_subject("市外侨办负责并会同有关部门做好客商邀请工作。").responsible == ["市外侨办", "有关部门"]
    with using(_rules_without("partner_prefixes", "负责并")):
        assert duty_subject("市外侨办负责并会同有关部门做好客商邀请工作。").responsible == ["市外侨办"]


def test_time_openings():
    # a 镇 防汛防旱 工作方案 of 2014 (review ii 06): "(四)加强防汛值班。汛期各单位要保证日夜有人值班…" — the season is no part of the subject;
    # 国务院办公厅 放假安排 (corpus 1094): "节假日期间，各地区、各部门要妥善安排好值班…"
    from policy_extract.subjects import duty_subject

    assert {"汛期", "节假日期间"} <= set(rules.TIME_OPENINGS)
    assert duty_subject("汛期各单位要保证日夜有人值班。").responsible == ["各单位"]
    assert duty_subject("节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。").responsible == ["各地区", "各部门"]
    with using(_rules_without("time_openings", "汛期")):
        assert duty_subject("汛期各单位要保证日夜有人值班。").responsible == ["汛期各单位"]


def test_regulated_party_endings():
    # diffreview-k2 p16 (建筑施工安全 通知): "建设单位要…。施工单位要严格落实安全生产责任制…。监理单位要加强…旁站监理。" — the parties a notice
    # regulates, in its later sentences, are no units; p26: "县住建局要会同施工单位、监理单位，对在建工地…" names none beside 县住建局
    from policy_extract.sentence_units import sentence_subjects
    from policy_extract.subjects import duty_subject

    assert {"施工单位", "监理单位"} <= set(rules.REGULATED_PARTY_ENDINGS)
    later = "落实企业主体责任。施工单位要严格落实安全生产责任制。监理单位要加强对危大工程的旁站监理。县住建局要加强监管。"
    assert sentence_subjects(later) == ["县住建局"]
    assert duty_subject("县住建局要会同施工单位、监理单位，对在建工地开展排查。").responsible == ["县住建局"]
    with using(_rules_without("regulated_party_endings", "施工单位", "监理单位")):
        assert sentence_subjects(later) == ["施工单位", "监理单位", "县住建局"]


def test_note_heading_endings():
    # diffreview-k2 p03f: "…每月5日前报县政府。填表说明1、本表由项目所在镇（街道）填写。2、…" — notes on a form, no list of work under a heading
    from policy_extract.item_heads import short_heading_before

    assert "说明" in rules.NOTE_HEADING_ENDINGS
    text = "3、各单位要于7月10日前报送上半年项目进展情况。填表说明1、本表由项目所在镇填写。"
    assert short_heading_before(text, text.index("1、")) is None
    with using(_rules_without("note_heading_endings", "说明")):
        assert short_heading_before(text, text.index("1、")) == text.index("填表说明")


def test_when_clause_endings():
    # 马鞍山 突发气象灾害预警信号发布规定 (review is 07): "(四)自启动预警信号制作流程起,市气象台要实行24小时值班制,…" — the subject after a
    # clause saying from when
    from policy_extract.sentence_units import sentence_subjects

    assert {"起", "期间"} <= set(rules.WHEN_CLAUSE_ENDINGS)
    text = "自启动预警信号制作流程起,市气象台要实行24小时值班制,严密跟踪灾害性天气变化情况。"
    assert sentence_subjects(text) == ["市气象台"]
    with using(_rules_without("when_clause_endings", "起")):
        assert sentence_subjects(text) == []


def test_nouns_opening_as_duties():
    # diffreview-k4 p03: "3.市政府保障房建设项目要于10月底前…" — 保障房 a noun, 市政府 no subject before a duty
    from policy_extract.subjects import duty_subject

    assert "保障房建设" in rules.NOUNS_OPENING_AS_DUTIES
    assert duty_subject("市政府保障房建设项目要于10月底前完成主体工程。") is None
    assert duty_subject("市自然资源局保障房地产开发用地供应。").responsible == ["市自然资源局"]  # (a verb there, diffreview-k5 p09)
    with using(_rules_without("nouns_opening_as_duties", "保障房建设")):
        assert duty_subject("市政府保障房建设项目要于10月底前完成主体工程。") is not None


def test_target_year_words():
    # 工信部 2018 关键业绩指标 (review im 02): "从2016年开始…2018年,我们继续制定…" over 备注 cells "“十三五”规划预期2020年…" twice: 2018, not 2020
    from policy_extract.meta import context_year
    from policy_extract.pieces import Piece

    assert "预期" in rules.TARGET_YEAR_WORDS
    paras = [Piece("para", "从2016年开始,我部每年都公开指标。根据工作安排,2018年,我们继续制定和公开相关指标。", 1, 1),
             Piece("row", "8\t通光纤行政村比例\t“十三五”规划预期2020年行政村通光纤比例达到98%。", 2, 2),
             Piece("row", "9\t移动宽带用户普及率\t“十三五”规划预期2020年移动宽带用户普及率达到85%。", 3, 3)]
    assert context_year(None, None, None, paras) == 2018
    with using(_rules_without("target_year_words", "预期")):
        assert context_year(None, None, None, paras) == 2020

def test_subject_prepositions():
    # a 信访 安置帮教 procedure (review ih 04 form, an independent round): "(3)各地级以上市安帮办对本地的安置帮教情况要进行检查" — the subject, a
    # preposition and its object, then the word of duty; corpus 1068: "各项目管理部门对科研项目要由重过程管理向…转变"
    from policy_extract.subjects import duty_subject

    assert "对" in rules.SUBJECT_PREPOSITIONS
    assert duty_subject("各地级以上市安帮办对本地的安置帮教情况要进行检查。").responsible == ["各地级以上市安帮办"]
    assert duty_subject("县财政局按规定要及时拨付资金。").responsible == ["县财政局"]
    # no word of duty in the clause ("重要", "要求" are none), no title run on before the name (corpus 0593)
    assert duty_subject("县政府对重要工作高度重视。") is None
    assert duty_subject("会议评估委员会按照评估材料提供要求审阅材料。") is None
    assert duty_subject("检查验收办法设区市政府对所辖县要逐一检查验收。") is None
    # an item's text only: paragraphs so opened are not cut apart as duties of their own (diffreview-j4 p26: "（二）加强部门协作。" / "市公安局对…要…" /
    # "市交通运输局对…要…" / "市城管局对…要…" / "（市交通安全委员会办公室牵头）" stays one task with all its text)
    item = ("（二）加强部门协作。\n市公安局对酒驾醉驾行为要保持高压态势。\n市交通运输局对客运企业要加强安全监管。\n市城管局对占道经营要加大整治力度。\n"
            "（市交通安全委员会办公室牵头）\n")
    tasks = policy_extract.parse_text(item).tasks
    assert len(tasks) == 1 and "市交通运输局对客运企业" in tasks[0].text
    with using(_rules_without("subject_prepositions", "对")):
        assert duty_subject("各地级以上市安帮办对本地的安置帮教情况要进行检查。") is None
