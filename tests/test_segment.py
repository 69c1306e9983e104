"""Stage 3b (segment): the outline of each sample — top-level sections, group headings,
numbering that restarts or runs on, the glossary as its own part, unit notes on their
own paragraph kept with their item — and numbering warnings."""
from __future__ import annotations

from pathlib import Path

import pytest

import policy_extract
from conftest import ALL_SAMPLES, EFF2025, HANZHONG, STD2023, TABLE, YANTA, outline, quote, section
from policy_extract.load import load_string
from policy_extract.normalize import normalize, squeeze_cjk_spaces
from policy_extract.segment import numbering_warnings, segment


def _segment_text(text):
    return segment(normalize(load_string(text).lines))


# --- top level ---------------------------------------------------------------------------

TOP_LEVEL = {
    HANZHONG: ["一、持续深化行政审批制度改革", "二、不断完善高效协同监管体系", "三、加快推进政府数字化转型", "四、深入推动政务服务迭代升级", "五、聚力推动营商环境优化提升"],
    STD2023: ["一、总体要求", "二、重点任务", "三、保障措施"],
    EFF2025: ["一、总体要求", "二、重点任务", "三、工作要求"],
    YANTA: ["一、发展现状与形势", "二、总体要求", "三、主要任务", "四、保障措施", "名词解释"],
    TABLE: [],  # everything is in the task table
}


@pytest.mark.parametrize("stem", ALL_SAMPLES)
def test_top_level_sections(stem):
    root = outline(stem)
    headings = [c.heading for c in root.children]
    assert headings == [quote(stem, h) if h != "三、保障措施" else h for h in TOP_LEVEL[stem]]
    assert all(c.level == 1 for c in root.children)


def test_table_sample_is_one_table_at_the_root():
    root = outline(TABLE)
    assert root.children == []
    assert len(root.tables) == 1
    assert root.tables[0][0].start_line == 27  # the header row
    assert root.tables[0][-1].start_line == 197  # measure (117)


# --- groups under the task section -------------------------------------------------------


def test_groups_of_the_2023_task_section():
    groups = section(outline(STD2023), "二、").children
    assert [g.heading for g in groups] == [
        "（一）全面推进政务服务标准化",
        "（二）扎实推进政务服务规范化",
        "（三）大力推进政务服务便利化",
        "（四）加快推进政务服务数字化",
        "（五）聚力推进政务服务协同化",
    ]
    assert [len(g.children) for g in groups] == [5, 10, 14, 5, 4]
    assert [c.value for g in groups for c in g.children] == list(range(1, 39))  # 1.–38. run on


def test_yanta_numbering_restarts_in_each_group():
    groups = section(outline(YANTA), "三、").children
    assert [g.heading for g in groups] == [
        "(一)推进政务服务标准化建设",
        "(二)加强政务服务规范化建设",
        "(三)加强政务服务智能化建设",
        "(四)加强政务服务便利化建设",
        "(五)加强政务服务专业化建设",
    ]
    assert [[c.value for c in g.children] for g in groups] == [list(range(1, n + 1)) for n in (4, 6, 4, 9, 6)]
    assert all(c.kind == "arabic" and c.level == 3 for g in groups for c in g.children)
    first = groups[1].children[0]
    assert first.title == quote(YANTA, "规范政务服务组织体系")
    assert first.parent is groups[1]


def test_2025_numbering_runs_on_across_groups():
    groups = section(outline(EFF2025), "二、").children
    assert [g.marker for g in groups] == ["(一)", "(二)", "(三)", "(四)", "(五)", "(六)"]
    assert groups[0].heading == quote(EFF2025, "(一)更大力度推进“高效办成一件事”改革,持续提升行政效能")
    assert [[c.value for c in g.children] for g in groups] == [
        [1, 2, 3, 4, 5, 6],
        [7, 8, 9, 10, 11],
        [12, 13, 14, 15, 16, 17],
        [18, 19, 20, 21, 22, 23, 24],
        [25, 26, 27, 28, 29, 30],
        [31, 32, 33, 34],
    ]
    assert numbering_warnings(outline(EFF2025)) == []


def test_2025_requirements_are_items_without_children():
    reqs = section(outline(EFF2025), "三、").children
    assert [r.title for r in reqs] == ["加快职能转变", "强化工作协同", "聚力深化改革", "扎实解决问题", "狠抓工作落实"]
    assert all(not r.children for r in reqs)


def test_hanzhong_items_sit_under_their_parts():
    parts = outline(HANZHONG).children
    assert [[c.marker for c in p.children] for p in parts] == [
        ["1.", "2.", "3.", "4.", "5."], ["6.", "7.", "8."], ["9.", "10.", "11."], ["12.", "13."], ["14.", "15.", "16."]
    ]


def test_item_title_is_its_first_sentence():
    item = section(outline(HANZHONG), "一、").children[0]
    assert item.title == "开展“高效办成一件事”改革"
    assert item.first_text.startswith("开展“高效办成一件事”改革。按照迭代优化")
    assert (item.start_line, item.end_line) == (21, 21)


# --- glossary ----------------------------------------------------------------------------


def test_glossary_is_its_own_unnumbered_section():
    root = outline(YANTA)
    glossary = root.children[-1]
    assert (glossary.kind, glossary.title, glossary.level, glossary.marker) == ("unnumbered", quote(YANTA, "名词解释"), 1, "")
    assert [c.marker for c in glossary.children] == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert glossary.children[0].first_text.startswith(quote(YANTA, "四级四同:指政务服务事项目录"))
    # 四、保障措施 keeps only its own (一)–(五)
    assert [c.marker for c in section(root, "四、").children] == ["(一)", "(二)", "(三)", "(四)", "(五)"]


def test_a_numbered_part_after_a_glossary_starts_at_the_top():
    # synthetic: 一、 after 名词解释 opens a new part instead of nesting under the glossary
    root = _segment_text("一、主要任务\n1.推进政务服务标准化。\n名词解释\n1.四级四同:指政务服务事项目录。\n二、保障措施\n（一）加强组织领导。\n")
    assert [(c.kind, c.heading) for c in root.children] == [("cn", "一、主要任务"), ("unnumbered", "名词解释"), ("cn", "二、保障措施")]


# --- unit notes on their own paragraph ---------------------------------------------------


def test_unit_note_paragraph_is_attached_to_the_preceding_item():
    # xian-2023 item 27 (lines 126–128) and its note alone on line 130
    groups = section(outline(STD2023), "二、").children
    item27 = next(c for c in groups[2].children if c.marker == "27.")
    assert [(p.start_line, p.end_line) for p in item27.paras] == [(126, 128), (130, 130)]
    assert item27.paras[1].text == quote(STD2023, "（牵头单位：市行政审批局；责任单位：各区县政府、西咸新区管委会、各开发区管委会）")
    assert item27.end_line == 130
    assert item27.own_text.endswith("推动项目尽早开工建设。\n（牵头单位：市行政审批局；责任单位：各区县政府、西咸新区管委会、各开发区管委会）")
    # item 36 (line 156) and "(牵头单位：…)" on line 158
    item36 = next(c for c in groups[4].children if c.marker == "36.")
    assert [p.start_line for p in item36.paras] == [156, 158]
    assert all(p.start_line not in (130, 158) for p in outline(STD2023).paras)


def test_a_closing_paragraph_after_the_last_noted_task_goes_to_the_root():
    # hanzhong line 61: the closing request after task 16 is not part of task 16
    root = outline(HANZHONG)
    last = section(root, "五、").children[-1]
    assert last.marker == "16."
    assert [p.start_line for p in last.paras] == [59]
    assert any(p.start_line == 61 and p.text.startswith(quote(HANZHONG, "各县(区)、各部门要全面落实")) for p in root.paras)


def test_the_points_under_the_last_noted_item_stay_its_own():
    # 北海市2017年壮族“三月三”活动方案 (m.xuewenya.com/fangan/1472712.html, review hm 04): the item's title carries its note, its points
    # follow it; the points had gone to the notice as a closing paragraph would, and the task's text was its title alone
    text = ("三、活动的主要内容\n(一)开展“民族团结进步宣传月”活动(由市民宗局牵头协调,县区党委政府和各有关单位配合)。\n"
            "一是深入宣传党的民族政策、法律法规和民族基本知识。二是进一步加强各族群众的交往交流交融。\n")
    task = policy_extract.parse_text(text).tasks[0]
    assert task.text.endswith("二是进一步加强各族群众的交往交流交融。") and [u.name for u in task.lead_units] == ["市民宗局"]
    # a closing paragraph after it still goes to the notice
    closing = policy_extract.parse_text(text.replace("一是深入宣传党的民族政策、法律法规和民族基本知识。二是", "各单位要"))
    assert closing.tasks[0].text == "开展“民族团结进步宣传月”活动。"


def test_labelled_note_line_is_attached_to_its_item():
    # synthetic: a "牵头单位：X" line under a numbered item
    root = _segment_text("一、重点任务\n1.推进政务服务事项清单标准化。\n牵头单位：市行政审批局\n2.规范审批服务行为。\n")
    items = root.children[0].children
    assert [p.text for p in items[0].paras] == ["1.推进政务服务事项清单标准化。", "牵头单位：市行政审批局"]
    assert len(items[1].paras) == 1


# --- articles and chapters (synthetic) ---------------------------------------------------


def test_chapters_and_articles_nest():
    root = _segment_text("第一章 总则\n第一条 为规范政务服务，制定本办法。\n第二条 本办法适用于全市。\n第二章 附则\n第三条 本办法自印发之日起施行。\n")
    assert [(c.marker, [a.marker for a in c.children]) for c in root.children] == [("第一章", ["第一条", "第二条"]), ("第二章", ["第三条"])]


# --- numbering warnings ------------------------------------------------------------------


@pytest.mark.parametrize("stem", ALL_SAMPLES)
def test_samples_number_without_gaps(stem):
    assert numbering_warnings(outline(stem)) == []


def test_gap_and_duplicate_are_warned():
    # synthetic: 1., 2., 4., 4. under 一、
    root = _segment_text("一、重点任务\n1.第一项工作。\n2.第二项工作。\n4.第四项工作。\n4.又一项工作。\n二、保障措施\n")
    assert [(w.code, w.message, w.line) for w in numbering_warnings(root)] == [
        ("numbering-gap", "4. follows number 2", 4),
        ("numbering-duplicate", "4. is repeated", 5),
    ]


def test_top_level_gap_is_warned():
    # synthetic: 一、 二、 四、
    root = _segment_text("一、总体要求\n二、重点任务\n四、保障措施\n")
    assert [(w.code, w.message, w.line) for w in numbering_warnings(root)] == [("numbering-gap", "四、 follows number 2", 3)]


def test_restart_and_run_on_are_both_fine():
    # synthetic: the yanta layout (restart) and the 2025 layout (run on)
    restart = _segment_text("一、主要任务\n（一）甲组\n1.第一项。\n2.第二项。\n（二）乙组\n1.第三项。\n")
    run_on = _segment_text("一、重点任务\n（一）甲组\n1.第一项。\n2.第二项。\n（二）乙组\n3.第三项。\n")
    assert numbering_warnings(restart) == [] and numbering_warnings(run_on) == []


def test_a_group_that_opens_with_a_wrong_number_is_warned():
    # synthetic: （二） opens with 5. after 1., 2.
    root = _segment_text("一、重点任务\n（一）甲组\n1.第一项。\n2.第二项。\n（二）乙组\n5.第五项。\n")
    assert [(w.code, w.message, w.line) for w in numbering_warnings(root)] == [("numbering-gap", "5. opens its group", 6)]


def test_squeeze_cjk_spaces_removes_wrap_spaces():
    # xian-2023 line 20 and xian-2022 line 141: wrap spaces between Chinese characters
    assert squeeze_cjk_spaces(quote(STD2023, "西安市加快推进政务服务 标准化规范化便利化工作实施方案")) == "西安市加快推进政务服务标准化规范化便利化工作实施方案"
    assert squeeze_cjk_spaces(quote(TABLE, "(二十) 建立完善 企业破产 工作协调 推进机制。")) == "(二十) 建立完善企业破产工作协调推进机制。"  # the space after the marker stays
    assert squeeze_cjk_spaces("应用 5G、AR (增强现实)") == "应用 5G、AR (增强现实)"


def test_decimal_outline_with_bare_top_numbers():
    # yishui fixture (tests/fixtures/real): "1总则" / "1.1适用范围" … "2风险评估" / "3组织指挥体系" / "3.1.1指挥部组成及职责"
    from policy_extract import parse

    doc = parse(Path(__file__).parent / "fixtures" / "real" / "yishui-2023-decimal-outline.txt")
    assert [(n.marker, n.title) for n in doc.outline] == [("1", "总则"), ("2", "风险评估"), ("3", "组织指挥体系"), ("4", "运行机制")]
    assert [c.marker for c in doc.outline[0].children] == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert [c.marker for c in doc.outline[2].children[0].children] == ["3.1.1", "3.1.2", "3.1.3"]
    # "5月底前完成" or "3个工作日" opening a paragraph is not a number of the outline
    text = "某方案\n一、重点任务\n1.推进审批改革。\n5月底前完成系统对接。\n3个工作日内办结。\n"
    assert [t.number for t in parse(text).tasks] == ["1"]


def test_an_article_text_without_its_title_is_read_as_provisions():
    # corpus 1024 (河北省学校安全条例, stored without its title): 第X条 and the points inside
    # them are provisions, not tasks, when no unit note names who does them
    import policy_extract

    text = (
        "（2019年9月28日河北省第十三届人民代表大会常务委员会第十二次会议通过）\n第一章　总则\n"
        "第一条　为了加强学校安全管理，保护学生、教职工的人身、财产安全，制定本条例。\n"
        "第二条　本省行政区域内学校的安全管理适用本条例。\n"
        "第三条　县级以上人民政府教育行政部门履行下列职责：\n（一）建立健全学校安全管理和预防控制机制；\n（二）对学校安全工作进行检查。\n"
    )
    assert policy_extract.parse(text).tasks == []


# corpus 0500 (河北省车船税实施办法) as the crawler stored it: no title, no 第X条, one line
CAR_TAX = (
    "根据《中华人民共和国车船税法》，结合本省实际，制定本办法。本省行政区域内《车船税法》所列征税的车辆、船舶，均应缴纳车船税。"
    "下列车船免征车船税：（一）捕捞、养殖渔船；（二）军队、武装警察部队专用的车船；（三）警用车船；"
    "（四）农村居民拥有并主要在农村地区使用的摩托车、三轮汽车和低速载货汽车；（五）公共交通车船。本办法自2012年1月1日起施行。\n"
)


def test_a_rule_that_enacts_itself_lists_conditions_not_tasks():
    # "…结合本省实际，制定本办法。": the text is a rule; the points its sentences list, each a phrase closed by a
    # semicolon, are the terms of a provision (review c28-3: 0500, 0480; c28-2: 0427, 0472; c28-1: 0494)
    import policy_extract

    assert policy_extract.parse(CAR_TAX).tasks == []
    # the same list in a notice that enacts nothing stays as it was read (a plan's list of work)
    assert len(policy_extract.parse(CAR_TAX.replace("制定本办法。", "现通知如下。")).tasks) == 5
    # a list of two points, one closed by its semicolon (corpus 0414, 河北省气象灾害防御办法 stored without its title, review c29-1)
    fog = ("为了防御气象灾害，结合本省实际，制定本办法。第四节大雾预警和应急响应根据能见度大小，大雾预警分为二级：（一）橙色预警(Ⅱ级)："
           "预计未来24小时出现能见度小于二百米的雾；（二）红色预警(Ⅰ级)：预计未来24小时出现能见度小于五十米的雾。\n")
    assert policy_extract.parse(fog).tasks == []


def test_a_rule_keeps_its_measures_and_its_noted_points():
    # a rule whose points are measures in sentences (corpus 1074, 文化体制改革中经营性文化事业单位转制为企业的规定) keeps them,
    # and a point of a semicolon list that names its unit in a note is a task
    import policy_extract

    measures = (
        "为推进经营性文化事业单位转制，制定本规定。\n一、关于公司制股份制改革\n"
        "（一）经营性文化事业单位转制为企业，要依法登记为有限责任公司或股份有限公司。\n"
        "（二）完善法人治理结构。公司党委（党组）领导班子成员依法定程序进入董事会。\n"
    )
    assert [t.number for t in policy_extract.parse(measures).tasks] == ["（一）", "（二）"]
    noted = CAR_TAX.replace("（三）警用车船；", "（三）警用车船（省公安厅负责）；")
    assert [t.number for t in policy_extract.parse(noted).tasks] == ["（三）"]
    # (diffreview-s22's probes) a 实施细则 whose task section lists its work with semicolons, and a rule's duty points that open
    # naming who does them, keep their points as tasks
    plan = ("某市优化营商环境实施细则\n一、工作任务\n（一）全面推行证明事项告知承诺制，2024年6月底前完成；\n"
            "（二）推进政务服务“一网通办”，2024年9月底前完成；\n（三）建立企业诉求快速响应机制。\n")
    assert [t.number for t in policy_extract.parse(plan).tasks] == ["（一）", "（二）", "（三）"]
    duties = ("为规范人力资源市场，结合本市实际，制定本办法。有关部门按下列分工负责：（一）市人社局负责人力资源市场的综合管理；"
              "（二）市市场监管局负责查处无照经营；（三）其他部门按职责做好相关工作。\n")
    assert [t.number for t in policy_extract.parse(duties).tasks] == ["（一）", "（二）", "（三）"]


@pytest.mark.parametrize("text", [
    # corpus 0022 (河北人社 2024 技师考评, review c30-1): the item names what to submit
    "六、单位推荐参评人员的推荐由各单位负责，择优推荐。被推荐的参评人员需填报《河北省机关事业单位工人技师评审表》（详见附件3），"
    "提交以下材料：1.近5年年度考核情况；2.高级工证书复印件；3.取得高级工以来的获奖证书等有关证书的复印件等材料。"
    "以上材料须经推荐单位人事处审核后签字盖章。\n",
    # corpus 0681 (科技部 社会力量设立科学技术奖, lined): the conditions it sets
    "二、设立和运行\n（一）社会力量设立科学技术奖应当按照公益性原则，具备下列条件：\n1.设奖者具备完全民事行为能力；\n2.承办机构是独立法人；\n"
    "3.资金来源合法稳定；\n4.规章制度科学完备；\n5.评审组织权威公正。\n",
])
def test_the_materials_or_conditions_an_item_lists_are_its_text(text):
    import policy_extract

    tasks = policy_extract.parse(text).tasks
    assert len(tasks) == 1 and tasks[0].number in ("六", "（一）")
    assert "2." in tasks[0].text  # the points stay in the item's text


def test_the_files_a_page_offers_are_no_tasks():
    # corpus 0106 (河北人社 2024, one line, review c29-3): the page's files after the signature, numbered
    import policy_extract

    text = ("一、加强协议管理。各地要及时签订补充协议。二、做好结算服务。如有新情况、新问题，及时与省联系。"
            "河北省人力资源和社会保障厅2024年3月28日（此件主动公开）1.工伤保险跨省异地就医直接结算住院医疗服务补充协议范本.docx"
            "2.工伤保险跨省异地就医直接结算住院康复服务补充协议范本.docx3.工伤保险跨省异地就医直接结算辅助器具配置服务补充协议范本.docx\n")
    assert not any(t.text.endswith(".docx") for t in policy_extract.parse(text).tasks)
    # a task that names a file's type in a clause stays (diffreview-s22's probe, ours)
    work = "一、规范报送。各县区报送材料须使用统一模板，格式统一为.xlsx\n二、加强审核。各县区要认真审核。\n"
    assert [t.number for t in policy_extract.parse(work).tasks] == ["一", "二"]


def test_unnumbered_paragraphs_each_closed_by_a_note_stay_with_their_part():
    # corpus 1136 (安徽 支持工业互联网发展若干政策): under "一、" several unnumbered measures, each
    # closed by its own 责任单位 note; each is a task (one per note-closed run), none is dropped
    import policy_extract

    text = (
        "一、支持工业互联网平台建设\n"
        "培育各类工业互联网平台。对跨行业跨领域工业互联网平台省级给予奖补。（责任单位：省经济和信息化厅、省财政厅）\n"
        "推动企业上云上平台。建立安徽省工业互联网（云）服务商资源池。（责任单位：省经济和信息化厅、省通信管理局）\n"
    )
    tasks = policy_extract.parse(text).tasks
    assert len(tasks) == 2
    assert "推动企业上云上平台" in tasks[1].text
    assert [u.name for u in tasks[1].responsible_units] == ["省经济和信息化厅", "省通信管理局"]


def test_a_leaf_item_that_names_a_task_keyword_is_not_a_task_section():
    # corpus 0337 (河北 人社 八五普法规划, crawled: each item's title runs into its body):
    # "（四）…与促进就业创业…等重点工作结合起来" names 重点工作 in its text; it holds no items,
    # so it is an item, and the items of 二、重点内容 are the tasks
    import policy_extract

    text = (
        "河北省人力资源社会保障系统法治宣传教育第八个五年规划\n一、总体要求\n（一）指导思想坚持以习近平新时代中国特色社会主义思想为指导。\n"
        "二、重点内容\n（一）深入学习宣传习近平法治思想各级人社部门要把习近平法治思想作为学习重点。\n"
        "（二）深入学习宣传人力资源社会保障法律法规坚持把法治宣传教育与促进就业创业、构建和谐劳动关系等重点工作结合起来。\n"
        "三、组织实施和保障\n（一）加强普法宣传教育的组织领导各级人力资源社会保障部门要高度重视。\n"
    )
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.path[0]) for t in doc.tasks] == [("（一）", "二、重点内容"), ("（二）", "二、重点内容")]


def test_a_heading_run_into_its_body_still_heads_the_items_on_its_line():
    # corpus 0993 (河北 师德师风建设巩固年活动方案) with its line breaks lost: "三、活动内容" runs into
    # its first sentence, and its items follow on the same line; lined, 三 and （一） only title them
    text = (
        "三、活动内容在2019年开展师德师风建设提升年活动基础上，推动师德师风建设常态化、长效化。"
        "（一）抓好经验总结“十三五”期间，各地形成了一批好经验、好做法。各地教育行政部门要重点从以下四个方面做好总结提炼。"
        "1.加强教师队伍思想政治建设方面：重点总结引导教师带头践行社会主义核心价值观的经验做法。"
        "2.提升教师职业道德素养方面：重点总结引导广大教师守好讲台主阵地的经验做法。"
        "（二）抓好成果巩固多年来，我省出台了一系列师德师风制度规定。1.坚持思想铸魂。持续推进进培训教材、进培训课堂。"
        "2.坚持师德教育。定期开展主题教育活动。\n"
    )
    lined = (
        "三、活动内容\n在2019年开展师德师风建设提升年活动基础上，推动师德师风建设常态化、长效化。\n"
        "（一）抓好经验总结\n“十三五”期间，各地形成了一批好经验、好做法。各地教育行政部门要重点从以下四个方面做好总结提炼。\n"
        "1.加强教师队伍思想政治建设方面：重点总结引导教师带头践行社会主义核心价值观的经验做法。\n"
        "2.提升教师职业道德素养方面：重点总结引导广大教师守好讲台主阵地的经验做法。\n"
        "（二）抓好成果巩固\n多年来，我省出台了一系列师德师风制度规定。\n1.坚持思想铸魂。持续推进进培训教材、进培训课堂。\n"
        "2.坚持师德教育。定期开展主题教育活动。\n"
    )
    # lined, 三 and （一）/（二） only title their items
    assert [t.number for t in policy_extract.parse_text(lined).tasks] == ["1", "2", "1", "2"]
    # flattened, 三 still heads its part (its title 活动内容 reads as a part's title), so its items are
    # read; （一） heads its items too, its last sentence announcing them ("…从以下四个方面做好总结提炼。"),
    # and （二） ("抓好成果巩固多年来，…制度规定。", a short title and one sentence): as lined
    numbers = [t.number for t in policy_extract.parse_text(text).tasks]
    assert numbers == ["1", "2", "1", "2"]


def test_a_group_run_into_its_introduction_heads_items_that_are_each_a_title_and_sentences():
    # 上海市市场监管局 城镇燃气安全排查整治实施方案 (zhiyao87/Shanghai-Gov-Docs-Index, review ae02) flattened: "（一）着力落实…" runs into
    # an introduction too long for a title, and its items 1.–3. are each a title and sentences; lined they are the tasks, and so flattened
    # (1. and 2. had been lost, the group taken for an item whose sub-point 3. carries the note)
    text = ("二、工作任务（一）着力落实燃气管道使用单位主体责任，夯实强化属地监管和法定检验工作各区市场监管局和市市场监管局执法总队（以下简称“各单位”）"
            "要充分吸取经验教训，夯实强化燃气管道安全监察工作和法定检验工作。"
            "1．要重点压实燃气管道使用单位主体责任。督促各燃气管道使用单位健全完善特种设备安全管理制度，排查设备底数，落实燃气管道日常巡检制度。"
            "2．要强化法定检验职责。各检验机构要严格按照安全技术规范要求，开展新安装燃气管道监督检验和在用燃气管道定期检验，切实做到“应检必检、应检尽检”,"
            "确保燃气管道法定检验覆盖率100％，坚决杜绝超期未检情况的发生。"
            "3．要落实属地监管职责。各单位要对辖区内使用单位的燃气管道进行全面排摸和隐患排查治理，摸清辖区内在用燃气管道底数。"
            "（市局特种设备安全监察处牵头，各单位按职责分工负责）三、进度安排")
    assert [t.number for t in policy_extract.parse_text(text + "\n").tasks] == ["1", "2", "3"]


def test_the_plan_after_the_notices_list_of_annexes_is_not_the_lists_last_entry():
    # 关于推进奉贤区文物建筑消防安全标准化建设工作的实施方案 (zhiyao87/Shanghai-Gov-Docs-Index, review ai01): "附件：1.…实施方案" /
    # "2.…考核评分细则表(试行)", then the plan — its title, preamble and parts had nested under "2.", and the scoring lines of the
    # annex's table under them became 41 tasks; with no title line, its 一、 opens a part as well
    text = ("现将《关于推进奉贤区文物建筑消防安全标准化建设工作的实施方案》印发给你们，请认真贯彻执行。\n特此通知。\n"
            "附件：1.关于推进奉贤区文物建筑消防安全标准化建设工作的实施方案\n2.上海市文物建筑消防安全标准化考核评分细则表(试行)\n"
            "关于推进奉贤区文物建筑消防安全标准化建设工作的实施方案\n为全面落实消防安全监管责任，制定本方案。\n"
            "一、工作步骤\n（一）动员部署阶段。4月召开全区工作会议。\n（二）集中整改阶段。8月31日前全部整改到位。\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.path[-1]) for t in doc.tasks] == [("（一）", "一、工作步骤"), ("（二）", "一、工作步骤")]
    assert not any("附件：" in t.path for t in doc.tasks)
    untitled = policy_extract.parse_text(text.replace("关于推进奉贤区文物建筑消防安全标准化建设工作的实施方案\n为", "为"))
    assert [t.path for t in untitled.tasks if t.number in ("（一）", "（二）")] == [["一、工作步骤"], ["一、工作步骤"]]


def test_a_top_level_part_run_into_its_body_heads_its_items():
    # corpus 1069 (国办发〔2018〕118号) with its line breaks lost: "二、全面推行行政执法公示制度" runs into its
    # first sentence; lined, its items （四）–（六） are the tasks, and so they are flattened
    text = (
        "二、全面推行行政执法公示制度行政执法公示是保障行政相对人和社会公众知情权、参与权、表达权、监督权的重要措施。"
        "行政执法机关要按照“谁执法谁公示”的原则，明确公示内容的采集、传递、审核、发布职责。"
        "（四）强化事前公开。行政执法机关要统筹推进行政执法事前公开与政府信息公开、权责清单公布等工作。"
        "（五）规范事中公示。行政执法人员在进行监督检查、调查取证等执法活动时，必须主动出示执法证件。"
        "（六）加强事后公开。行政执法机关要在执法决定作出之日起20个工作日内，向社会公布执法机关、执法对象等信息。\n"
    )
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（四）", "（五）", "（六）"]


def test_a_section_word_in_the_body_run_into_a_title_does_not_make_a_task_section():
    # corpus 1051 (河北省教育厅 2018年度高等学校科学研究项目申报, flattened): "一、申报类别和范围"
    # runs into its body, which names 重点项目 (a task-section word) in a list of project kinds;
    # lined, no part is a task section and the items of every part are the tasks, and so flattened
    text = (
        "一、申报类别和范围自然科学分为重点项目、青年基金项目和指导项目等三类。"
        "（一）重点项目：自然科学重点项目支持服务于我省产业转型升级的高新技术研发项目。"
        "（二）青年基金项目：主要支持符合我省经济社会发展需求的基础研究。"
        "二、申报要求（一）各高校要认真贯彻国家、教育部以及我省中长期科技、教育发展规划纲要精神。"
        "（二）各高校要按照“公正、公开、择优”的原则，认真做好项目的评选和推荐工作。\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [t.id for t in tasks] == ["1.1", "1.2", "2.1", "2.2"]
    # a title of a heading's length is the part's own, wherever its section word stands: corpus 0710
    # (国务院 改进加强中央财政科研项目和资金管理的若干意见), its (一) printed on the same line
    text = (
        "一、改进加强科研项目和资金管理的总体要求（一）总体目标。通过深化改革，加快建立科研项目和资金管理机制。"
        "（二）基本原则。坚持遵循规律。\n二、重点任务\n（三）优化整合各类科技计划（专项、基金等）。科技计划要聚焦国家重大战略任务。\n"
    )
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（三）"]


YUNCHENG_GROUP = (  # 运城市 突发事件应急体系建设“十三五”规划责任分解 (2017, as pkulaw.com prints it)
    "1.完善应急预案体系\n"
    "(1)加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作,增强应急预案的针对性、实用性和可操作性。\n"
    "(2)推进政府及其部门应急预案“精编化”,及时修订完善现有应急预案,促进单位和基层应急预案编制全覆盖。\n"
    "(3)加强应急预案演练,完善演练管理制度,推进“双盲”演练,强化针对性、实战性。\n"
    "(4)加强应急预案的培训宣传,扩大应急预案发布范围,提高全社会对应急预案的知晓率。\n"
    "(责任单位:市直各有关单位、各县(市、区)人民政府、各开发区管委会)\n"
    "2.健全应急管理体制和运行机制\n"
    "(1)深入推进市、县、乡三级政府应急管理办事机构建设。\n"
    "(2)加强应急平台建设。\n"
    "(责任单位:市应急办)\n"
)


@pytest.mark.parametrize("joined", ["\n", "", "same line"])
def test_a_note_after_the_last_sub_item_is_the_whole_lists(joined):
    # printed on its own line, the note after (4) is the list's; run on into (4) (the page flattened,
    # or the note printed at the end of (4)'s line) it is the list's too, as none of (1)-(3) has one
    lines = YUNCHENG_GROUP.splitlines()
    text = "\n".join(lines).replace("\n(责任单位", "(责任单位") if joined == "same line" else joined.join(lines)
    tasks = policy_extract.parse_text(text + "\n").tasks
    units = [[u.name for u in t.responsible_units] for t in tasks]
    assert [t.number for t in tasks] == ["(1)", "(2)", "(3)", "(4)", "(1)", "(2)"]
    assert units == [["市直各有关单位", "各县(市、区)人民政府", "各开发区管委会"]] * 4 + [["市应急办"]] * 2
    assert all("责任单位" not in t.text for t in tasks)
    # a sibling's line that names no unit (a time limit, a contact) leaves the closing note the list's (diffreview-ai's probes)
    for label in ("完成时限：2024年6月底前", "联系人：张三"):
        flat = ("1.完善应急预案体系（1）修订总体应急预案，完善专项预案。" + label + "（2）加强基层预案管理，推动乡镇编制预案。"
                "（3）开展预案演练，提高群众知晓率。（责任单位：市应急局、市直各有关单位）2.加强队伍建设（1）组建综合救援队伍。\n")
        tasks = policy_extract.parse_text(flat).tasks
        assert [[u.name for u in t.responsible_units] for t in tasks[:3]] == [["市应急局", "市直各有关单位"]] * 3, label
    # sub-items with time limits of their own under their lines, the list's note after the last: the list's units for each, and no
    # unit of the next item's (diffreview-ak's probe)
    text = ("1.完善应急预案体系\n（1）修订总体应急预案。\n完成时限：2024年6月底前\n（2）修订专项应急预案。\n完成时限：2024年9月底前\n"
            "（3）加强应急预案的培训宣传，提高知晓率。（责任单位：市应急局、市直各有关单位）\n2.加强应急队伍建设。组建综合救援队伍。（责任单位：市消防救援支队）\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks[:3]] == [["市应急局", "市直各有关单位"]] * 3


def test_a_note_after_sub_items_a_sentence_introduces_is_the_items():
    # 平潭综合实验区 2021 国企提升发展年 (changwu/pingtan-gov-zwgk-archive, review as02): "1.明确年度经营目标。…控制在85%以下。
    # 其中：（1）公益类企业…（3）商业一类企业…" then "责任单位：各区属国企" — the note is item 1's; (3) had been the task, its
    # text alone, and (1), (2) and item 1's own sentences were lost
    text = (
        "二、主要任务\n（一）经营效益提升\n1.明确年度经营目标。力争2021年区属国企营业总收入同比增长10%。其中：（1）公益类企业（区城投集团、交通集团）"
        "的营业总收入同比增长10%以上；（2）商业二类企业（区土开集团、旅游集团）营业总收入同比增长10%以上；（3）商业一类企业（区金控集团）的营业总收入"
        "同比增长10%以上。\n责任单位：各区属国企\n（二）产业化水平提升\n2.聚焦国企主业发展。围绕区国资局核定的主业方向。\n责任单位：区国资局\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("1", ["各区属国企"]), ("2", ["区国资局"])]
    assert "公益类企业" in tasks[0].text and "商业一类企业" in tasks[0].text


def test_a_block_of_labelled_lines_after_the_last_sub_item_is_the_whole_lists():
    # 平潭综合实验区 撤并乡镇行政区划调整 风险应对 2021 (changwu/pingtan-gov-zwgk-archive, reviews aw02, ax04): under "（一）群众反映办事
    # 不方便引发的风险应对措施：", items 1.–3., then "完成期限：持续推进" / "牵头单位：区行政审批局" / "责任单位：…" — the first line had
    # gone to the list (every item ongoing), the unit lines to item 3 alone
    text = ("三、风险点应对\n（一）群众反映办事不方便引发的风险应对措施：\n1.建设和完善行政服务中心、分中心、便民服务点三级政务服务体系。\n"
            "2.过渡期内，有条件的镇街在原乡镇保留办事处。\n3.完善公交线路布局。\n完成期限：持续推进\n牵头单位：区行政审批局\n"
            "责任单位：区党群工作部，区交通建设局\n（二）新设街道群众对优质教育资源诉求的风险应对措施：全力推进教育事业发展。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline.ongoing if t.deadline else None)
            for t in tasks[:3]] == [(n, ["区行政审批局"], ["区党群工作部", "区交通建设局"], True) for n in ("1", "2", "3")]


def test_a_note_line_under_an_item_its_next_sibling_follows_is_the_items_own():
    # an 整改 plan's measures (review cf02's layout): the first prints no note, the second a labelled line, the third a bracketed note —
    # the second's line had gone to the whole list (every item 市委宣传部), then the third's note to all three
    text = ("一、整改措施\n（一）加强学习。深入学习贯彻生态文明思想。\n（二）加强宣传。开展宣传教育。\n责任单位：市委宣传部\n"
            "（三）加强培训。开展培训。（责任单位：市人社局；完成时限：2024年9月底前）\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units], t.deadline.date if t.deadline else None) for t in tasks] == [
        ("（一）", [], None), ("（二）", ["市委宣传部"], None), ("（三）", ["市人社局"], "2024-09-30")]


def test_a_note_on_the_last_sub_item_stays_its_own_where_a_sibling_has_one_not_read():
    # a sibling's note whose labels are not all read still makes each note its item's (某市 2022年
    # 政务公开工作要点: "(责任时限:…,牵头单位:…)" before its labels were read)
    text = (
        "一、聚焦重点领域,提升政务公开质量\n(一)标准财政资金领域信息公开。推进预决算公开。(考核要求:年底前,牵头单位:市财政局,责任单位:各县(区)政府,市政府各部门)\n"
        "(二)推进重大建设项目信息公开。(牵头单位:市发展改革委)\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [u.name for u in tasks[-1].lead_units] == ["市发展改革委"]
    assert all(t.number != "(一)" or [u.name for u in t.lead_units] != ["市发展改革委"] for t in tasks)


def test_a_note_on_the_last_sub_item_stays_its_own_where_a_sibling_has_one():
    text = (
        "1.完善应急预案体系\n(1)加强应急预案管理。(市应急办负责)\n(2)推进应急预案“精编化”。\n"
        "(3)加强应急预案演练。(市应急局负责)\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    # (2), between two items with notes, is a task of its own, without (3)'s units
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("(1)", ["市应急办"]), ("(2)", []), ("(3)", ["市应急局"])]


def test_a_remark_closing_a_labelled_line_leaves_the_note_its_items():
    # 桐乡市 2020年政府工作报告主要工作责任分解 (nbxinxi.com): the first unit line ends with a remark
    # "(列第一位者为牵头或汇总单位,下同)"; item 1 has its own note all the same, so item 2's note
    # line is item 2's, not the whole list's, and item 3, printed without one, has no units
    text = (
        "一、于会游市长主抓重点工作\n1.制定出台高质量发展政策体系。\n"
        "责任单位:财政局、发改局、工商联(列第一位者为牵头或汇总单位,下同)\n"
        "2.全面落实各级“五减”系列政策。\n责任单位:发改局、经信局\n3.坚持政府过“紧日子”,全面实施财政绩效管理。\n"
        "4.加快推进项目建设。\n责任单位:建设局\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    units = [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks]
    assert units == [(["财政局"], ["发改局", "工商联"]), (["发改局"], ["经信局"]), ([], []), (["建设局"], [])]


def test_a_short_title_with_one_sentence_on_its_items_is_their_heading():
    # 广州市黄埔区 广州开发区 2022 营商环境行动方案 (hp.gov.cn …post_8337267.html, review r12b 01): "(一)企业开办、经营及退出。
    # 在市场准入…方便企业和群众办事创业。" over "1.开展“一证多址”改革。…" — the items had been folded into one (一) task
    text = ("一、进一步推进营商环境评价指标系统化提升\n"
            "(一)企业开办、经营及退出。在市场准入、准营和退出等方面深入推进改革,方便企业和群众办事创业。\n"
            "1.开展“一证多址”改革。对部分高频经营许可证,企业作出承诺后免于再次办理相关许可。\n"
            "2.开展企业住所(经营场所)标准化登记。建立健全住所登记负面清单管理制度。\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.path) for t in doc.tasks] == [
        ("1", ["一、进一步推进营商环境评价指标系统化提升", "(一)企业开办、经营及退出"]),
        ("2", ["一、进一步推进营商环境评价指标系统化提升", "(一)企业开办、经营及退出"]),
    ]
    # an item whose first sentence is its own work ("…，方便…" in its title) keeps its points inside it
    doc = policy_extract.parse_text(text.replace("(一)企业开办、经营及退出。", "(一)深化企业开办改革,压减办理时间。"))
    assert [t.number for t in doc.tasks] == ["(一)"]


@pytest.mark.parametrize("signature", [
    "苍溪县人民政府办公室\n2019年11月25日\n",
    "苍溪县人民政府办公室 2019年11月25日\n",
    "中共苍溪县委办公室\n苍溪县人民政府办公室\n2019年11月25日\n",
])
def test_the_signature_under_the_last_item_is_no_part_of_its_text(signature):
    # 苍溪县 苍府办函〔2019〕43号 (cncx.gov.cn/gongkai/show/20191128094358285.html, review r12b 04): the last item
    # "三、严肃追责问责。…" had kept the issuer and the date printed under it
    text = "各部门：\n一、加强统筹协调。各部门要加强配合。\n二、严肃追责问责。对工作不力的严肃追责。\n" + signature
    doc = policy_extract.parse_text(text)
    assert doc.tasks[-1].text == "严肃追责问责。对工作不力的严肃追责。"
    assert doc.meta.issue_date == "2019-11-25"


def test_a_page_that_opens_mid_way_keeps_its_next_part_a_part():
    # 浙江省 2023年政府工作报告重点工作责任分解, page 7 of a paged copy (zhishi5.com …283085_7.html, review r14b 09):
    # "责任单位:…" then "3.加强食品药品…" then "四、卢山副省长牵头重点工作" over 1.–7. — 3. had been glued to the label line
    # before it, and 四、 taken for 3.'s sub-item: no path, no leader on the seven tasks
    text = ("责任单位:省市场监管局、省委网信办、省通信管理局\n3.加强食品药品全链条闭环监管。\n"
            "责任单位:省市场监管局、省药监局\n四、卢山副省长牵头重点工作\n"
            "1.优化企业发展环境,力争全年为市场主体减负2500亿元以上。\n责任单位:省经信厅、省财政厅\n"
            "2.加快推进重大产业项目建设。\n责任单位:省经信厅、省发展改革委\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.path, t.leaders, [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("3", [], [], ["省市场监管局", "省药监局"]),
        ("1", ["四、卢山副省长牵头重点工作"], ["卢山副省长"], ["省经信厅", "省财政厅"]),
        ("2", ["四、卢山副省长牵头重点工作"], ["卢山副省长"], ["省经信厅", "省发展改革委"]),
    ]


def test_a_text_that_numbers_nothing_but_lists_its_points_yi_shi_er_shi():
    # 乡镇 2020年下半年工作计划 (zhaozongjie.com/gongzuojihua/47239.html, review r14a 06): each point opens its line with
    # "一是…", "二是…" and nothing is numbered: no task had come out
    text = ("乡镇2020年下半年工作计划\n下半年，我镇将重点抓好以下工作：\n一是做好巡察反馈问题整改，把牢发展方向。\n"
            "二是继续加强党的建设，争取年底销号15个村。\n三是提升招商质量，加强招商队伍建设。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一是", "二是", "三是"]
    # inside a numbered item they stay its text ("一是/二是 stays inside its item")
    doc = policy_extract.parse_text("一、推进产业发展\n一是做大茶产业。\n二是培育新业态。\n二、改善人居环境\n一是整治村容村貌。\n")
    assert [t.number for t in doc.tasks] == ["一", "二"]


def test_a_text_that_numbers_nothing_but_lists_its_points_yi_yao_er_yao():
    # 乡镇工作安排 2014 (1mishu.com/article/gongzuojihua/gongzuoanpai/201407/765445.html, review r18a 04): "一要…", "二要…"
    text = ("乡镇工作安排\n2014年经济社会发展的任务是：“突出一个重点、加快三个建设、迈上五个台阶”。\n"
            "一要全力进行招商引资。千方百计抓招商选资，把引投资、上项目作为干部的第一责任。\n"
            "二要积极推进项目建设。在招引项目的同时，要抓好已签约项目的落地开工。\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.text[:8]) for t in doc.tasks] == [("一要", "全力进行招商引资"), ("二要", "积极推进项目建设")]
    # one "一要" alone lists nothing
    assert policy_extract.parse_text("乡镇工作安排\n一要全力进行招商引资。千方百计抓招商选资。\n").tasks == []


def test_items_over_their_unit_lines_whose_numbers_are_glued_to_their_text():
    # a city's 推进依法行政 document (ask.fsou.com …17099146_1.html, review gr 07): "6坚持重大行政决策…。" over "责任单位:…", the page
    # opening at item 6 — read as blocks 1, 2, 3 with the digit left in the text
    text = ("6坚持重大行政决策合法性审查和集体决定制度。政府及其部门做出重大行政决策前,要提前10日送法制机构审查。\n"
            "责任单位:市政府办公厅、市政府法制办及市政府有关部门\n7建立重大行政决策实施情况后评价制度。政府及其部门要跟踪决策的实施情况。\n"
            "责任单位:市政府各部门\n8建立行政决策责任追究制度。政府及其部门要按照“谁决策、谁负责”的原则,严格落实行政决策责任。\n"
            "责任单位:市监察局、市人事局\n")
    assert [(t.number, t.text[:4], [u.name for u in t.responsible_units][:1]) for t in policy_extract.parse_text(text).tasks] == [
        ("6", "坚持重大", ["市政府办公厅"]), ("7", "建立重大", ["市政府各部门"]), ("8", "建立行政", ["市监察局"])]


def test_unnumbered_items_each_over_its_labelled_lines():
    # 郑州 2012 十大实事 任务分解 (sebasdess.com/news/xwtj/sysn/201203/t20120313_21855.html, review r18a 07, characters
    # simplified): nothing is numbered; each item is a paragraph over its 主管领导/责任单位/主要责任人/进度安排 lines
    text = ("2012年十大实事任务分解\n关键词 教育\n市区新增优质中小学招生学位2.36万个。\n主管领导:刘东\n责任单位:市教育局\n主要责任人:毛杰\n"
            "进度安排:6月底前基本完成基建任务;12月底前全部落实,实现招生。\n"
            "市区新建、改扩建中小学校30所,六县(市)城区新建、改扩建中小学校10所以上。\n主管领导:刘东\n责任单位:市教育局\n主要责任人:毛杰\n"
            "进度安排:6月底前,争取在市区开工10所;12月底前全部开工。\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.text[:8], [u.name for u in t.responsible_units], t.leaders, t.deadline.date) for t in doc.tasks] == [
        ("1", "市区新增优质中小", ["市教育局"], ["刘东", "毛杰"], "2012-12-31"),
        ("2", "市区新建、改扩建", ["市教育局"], ["刘东", "毛杰"], "2012-12-31"),
    ]
    # one such item alone is a task too, where its line names units (淮北 民生工程沿革 2012 乡镇综合文化站建设,
    # fgw.huaibei.gov.cn/hbms/msgcyg/2012n/7790691.html, review ft 07: the contract's item with a note); a contact line is no note
    alone = policy_extract.parse_text("乡镇综合文化站建设\n到2012年,实现全市所有乡镇基本建有具备综合服务功能的文化站目标。功能结构主要包括"
                                      "书报刊阅览室、文化科技培训室等。\n责任单位: 市文广新局\n").tasks
    assert [(t.text[:9], [u.name for u in t.responsible_units], t.deadline.date) for t in alone] == [("到2012年,实现", ["市文广新局"], "2012-12-31")]
    assert policy_extract.parse_text("关于报送材料的通知\n请各单位于2016年6月20日前报送推荐材料,逾期不予受理。\n联系人：张三\n").tasks == []


def test_unnumbered_paragraphs_each_closed_by_its_note_are_tasks():
    # a county 政府工作报告's 民生实事 list quoted on a forum (106.14.199.10 forum.php tid=110950, review fu 08): nothing numbered,
    # each project a paragraph closed by its lead in brackets
    text = ("今年政府工作报告民生实事:\n对府东新村、光明北村等7个老旧小区进行基础性改造,选择3个小区进行宜居住区提升性改造(住建局牵头)\n"
            "马厂七期6栋396套安置房完成主体工程(三水街道牵头)\n兴梁公寓9栋312套安置房主体工程完成正负零(梁徐街道牵头)\n")
    assert [(t.text[:6], [u.name for u in t.lead_units]) for t in policy_extract.parse_text(text).tasks] == [
        ("对府东新村、", ["住建局"]), ("马厂七期6栋", ["三水街道"]), ("兴梁公寓9栋", ["梁徐街道"])]
    # one such paragraph alone is a task too (the contract's item with its own note): a plan's paragraph a news page quotes
    # (黑龙江省“十四五”节能减排综合工作实施方案, m.bjx.com.cn/mnews/20220402/1215021.shtml, review gk 03)
    quoted = ("北极星能源网获悉,3月31日,黑龙江省人民政府发布实施方案的通知。方案中提出要实施煤炭清洁高效利用工程。\n"
              "制定能源领域碳达峰实施方案,严格合理控制煤炭消费增长,逐步降低煤炭消费比重。到2025年,非化石能源消费比重达到13.2%。"
              "(省发改委、省工信厅、省生态环境厅等按职责分工负责)\n原文如下:\n")
    tasks = policy_extract.parse_text(quoted).tasks
    assert [(t.text[:6], [u.name for u in t.responsible_units], t.deadline.date) for t in tasks] == [
        ("制定能源领域", ["省发改委", "省工信厅", "省生态环境厅"], "2025-12-31")]
    # not a whole page run together whose outline the splitter could not cut (六安 文旅 2024 工作要点 flattened, review gg 03): no task
    # rather than the page as one
    page = ("关于印发《2024年全市文化和旅游工作要点》的通知浏览次数:信息来源:市文旅局力争全年接待游客6500万人次一、推进全面从严治党"
            "1.深入学习贯彻习近平文化思想。切实把学习成果转化为推动文旅强市工作的思路和动力。(机关党委牵头,各科室、直属单位按职责分工负责)\n")
    assert [t.text[:6] for t in policy_extract.parse_text(page).tasks] != ["关于印发《2"]
    # a unit alone in brackets after a report is its source, no note naming work (diffreview-e1 p11); a "一、" inside a word and a
    # "附件1、" after a clause are no outline run together (p36)
    report = ("我市老旧小区改造工作取得阶段性成效\n发布时间:2024-07-05 来源:市住建局\n今年以来,我市统筹推进基础设施改造,截至6月底,"
              "全市已开工改造老旧小区86个,完成年度目标任务的72%。(市住建局)\n")
    assert policy_extract.parse_text(report).tasks == []
    survey = ("关于开展2024年度企业研发投入统计调查的通知\n各县区科技局:\n为建立统一、规范的企业研发投入统计制度,请各地组织规上工业企业如实填报"
              "附件1、附件2,并于2024年6月30日前将汇总表报送市科技局。(市科技局牵头,市统计局配合)\n某市科学技术局\n2024年5月20日\n")
    assert [[u.name for u in t.lead_units] for t in policy_extract.parse_text(survey).tasks] == [["市科技局"]]
    # its runs each closed by a note give one task each (台州 2009 组织工作要点, review gj 01)
    runs = ("深化干部教育培训工作。深入实施“领导干部能力提升工程”。(牵头单位:市委组织部,配合单位:市委宣传部、市委党校)"
            "创新基层思想政治工作。开展新一轮解放思想大讨论活动。(牵头单位:市委宣传部)\n")
    assert [(t.number, [u.name for u in t.lead_units]) for t in policy_extract.parse_text(runs).tasks] == [("1", ["市委组织部"]), ("1-2", ["市委宣传部"])]


def test_a_group_after_the_items_of_a_page_that_opens_mid_way():
    # 生态环境 工作方案 on a 范文 page (sucai198.com/jihuafangan/2022/12/42500_11.html, review r19b 01): the page opens at
    # item "6." and "(二)生态环境质量改善" follows it: a group over 7. and 8., not 6.'s sub-item; flattened, it had
    # become the task, the items its path
    lines = ["牵头单位:市生态环境局", "6.依法开展规划环境影响评价。严格执行国家环境影响评价法律法规。", "牵头单位:市生态环境局",
             "(二)生态环境质量改善", "7.环境空气质量。完善网格化监管网络,扎实推进减污降碳。", "牵头单位:市生态环境局", "配合单位:市工信局、市住建局",
             "8.水环境质量。到2023年底,全面消除城市建成区黑臭水体。", "牵头单位:市生态环境局", "配合单位:市工信局、市住建局", "(三)生态系统保护",
             "9.生态环境状况指数。持续保持全市生物多样性优势。"]
    for text in ("\n".join(lines) + "\n", "".join(lines) + "\n"):
        doc = policy_extract.parse_text(text)
        assert [(t.number, t.path, t.text[:6]) for t in doc.tasks[:3]] == [
            ("6", [], "依法开展规划"), ("7", ["(二)生态环境质量改善"], "环境空气质量"), ("8", ["(二)生态环境质量改善"], "水环境质量。")]
        assert doc.tasks[2].deadline.date == "2023-12-31"
    # a group (一) that opens under an item stays its sub-item
    doc = policy_extract.parse_text("1.推进改革。\n(一)简化审批。\n(二)优化服务。\n")
    assert [t.path for t in doc.tasks] == [["1.推进改革。"], ["1.推进改革。"]]


def test_an_item_among_noted_siblings_is_a_task_though_its_note_was_not_read():
    # corpus 0169 (河北 2017 就业创业): "（一）促进高校毕业生就业。…见习补贴可提高10%。（省人力资源社" — the crawl cut its note;
    # its three siblings carry theirs. Outside a task section only noted items had been tasks, so (一) was dropped
    text = ("四、加强重点群体就业\n（一）促进高校毕业生就业。鼓励高校毕业生到城乡基层、小微企业就业。（省人力资源社\n"
            "（二）积极稳妥安置去产能企业职工。支持去产能企业通过内部挖潜。（省发展改革委、省财政厅负责）\n"
            "（三）促进农村劳动力就业。大力发展特色县域经济。（省农业厅、省扶贫办负责）\n"
            "（四）促进其他群体就业。大力扶持自主择业军队转业干部就业。（省民政厅、省残联负责）\n"
            "五、强化组织保障\n（一）加强组织领导。各地要高度重视。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）", "（二）", "（三）", "（四）"]
    # two noted items of three: not enough to call the third a task
    text2 = text.replace("（省农业厅、省扶贫办负责）", "")
    assert [t.number for t in policy_extract.parse_text(text2).tasks] == ["（二）", "（四）"]
    # a longer list, more than half its items noted, four at least (a town's 爱卫 整治 plan, review du10: items 7 and 11 print no unit
    # clause, the town's offices organising them as the noted ones are)
    items = ["组织开展全镇镇村结合部综合环境的治理行动。清除各类积存垃圾,疏通沟渠。由环卫公司、公用事业办和各村(社区)负责具体实施。",
             "组织开展全镇内江河道的环境卫生治理行动。清理河道上的各种漂浮物和垃圾。水利所和各村(社区)负责具体实施。",
             "组织开展全镇中小学校周边垃圾杂草的清理行动。对学校周边的垃圾堆、杂草进行全面清理。各中小学校负责具体实施。",
             "组织开展厂矿企业(含油站)厂区范围环境卫生整治行动。清理厂矿企业厂区内和周边的垃圾杂草。",
             "组织开展镇在建、闲置建筑工地环境卫生的清理行动。清理工地内各种建筑垃圾和杂草。村建所、环卫公司和各村(社区)负责实施。",
             "组织开展清理乱张贴、乱涂写户外小广告行动。城监队、公用事业办负责实施。",
             "组织实施“健康生活方式促进行动”。开展健康教育和健康促进工作,倡导科学文明的生活生产方式。",
             "组织一次全镇范围内的大扫除。具体责任区见附件2。"]
    text3 = "（二）集中整治阶段\n" + "".join(f"{k}. {item}\n" for k, item in enumerate(items, 4)) + "（三）检查、监督、巩固提高阶段\n"
    assert [t.number for t in policy_extract.parse_text(text3).tasks] == ["4", "5", "6", "7", "8", "9", "10", "11"]
    # (not an item defining the plan's words among them, diffreview-ay p22)
    defined = text3.replace("组织实施“健康生活方式促进行动”。开展健康教育和健康促进工作,倡导科学文明的生活生产方式。", "本方案所称“四害”,是指老鼠、蚊子、苍蝇、蟑螂。")
    assert "10" not in [t.number for t in policy_extract.parse_text(defined).tasks]
    # (half of them noted: only those)
    assert [t.number for t in policy_extract.parse_text(text3.replace("城监队、公用事业办负责实施。", "")).tasks] == ["4", "5", "6", "8"]


def test_a_run_on_group_title_whose_last_sentence_announces_its_items():
    # corpus 0993 (河北省教育厅 2021 师德师风建设巩固年活动方案, review r22a 02), flattened: "（一）抓好经验总结“十三五”期间，…
    # 各地教育行政部门要重点从以下四个方面做好总结提炼。1.加强…" — the group's title ran into its introduction; its
    # items had been merged into one task (the lined copy gives them apart)
    lines = ["三、活动内容", "（一）抓好经验总结", "“十三五”期间，各地形成了一批有特色、有效果的好经验、好做法。各地教育行政部门要重点从以下四个方面做好总结提炼。",
             "1.加强教师队伍思想政治建设方面：重点总结引导教师带头践行社会主义核心价值观的经验做法。",
             "2.提升教师职业道德素养方面：重点总结引导广大教师守好讲台主阵地的经验做法。"]
    for text in ("\n".join(lines), "".join(lines)):
        assert [t.number for t in policy_extract.parse_text(text + "\n").tasks] == ["1", "2"]
    # what announces work, not conditions or materials ("具备下列条件之一的，可破格申报…", corpus 0022; "并附以下申报材料：", 0108)
    from policy_extract.grammar import current

    announces = current().announces_items
    assert announces.search("各地教育行政部门要重点从以下四个方面做好总结提炼") is not None
    assert announces.search("具备下列条件之一的，可破格申报技师的晋级考评") is None
    assert announces.search("于4月20日前向所在地部门提交申请，并附以下申报材料：") is None


def test_a_group_whose_items_number_on_from_the_group_before_heads_them():
    # 河北省教师教育振兴行动计划（2018—2022年） (corpus 1000): "（二）教师培养层次提升行动。主动适应…" has
    # sentences of its own, but its 6. and 7. number on from the 1.–5. under （一）: it heads them as （一） does;
    # 6. and 7. had been folded into one （二） task
    text = ("三、主要措施\n（一）师德养成教育全面推进行动。将师德教育摆在首要位置，强化党建引领。\n"
            "1.加强师德教育。扎实推进思想政治工作。\n2.强化师德宣传。发掘、树立、宣传正面典型。\n"
            "（二）教师培养层次提升行动。主动适应国家经济社会发展和教育改革的总体要求。支持师范院校扩大特殊教育专业招生规模，"
            "加大特殊教育领域教育硕士培养力度，全面提高师范生的综合素养与能力水平。\n"
            "3.优化师范院校和师范专业布局。2022年前，争取升格设立一所本科层次的幼儿师范学院。\n"
            "4.调整师范专业人才培养结构。为幼儿园侧重培养专科层次幼儿教师。\n")
    doc = policy_extract.parse_text(text)
    assert [t.number for t in doc.tasks] == ["1", "2", "3", "4"]
    assert doc.tasks[2].path == ["三、主要措施", "（二）教师培养层次提升行动"]
    # numbered afresh, they are its items still: the group before it heads items of their kind (corpus 0352)
    doc = policy_extract.parse_text(text.replace("3.优化", "1.优化").replace("4.调整", "2.调整"))
    assert [t.number for t in doc.tasks] == ["1", "2", "1", "2"]
    # under no such group, an item whose long first sentences are its own keeps its points inside it
    alone = text.replace("（一）师德养成教育全面推进行动。将师德教育摆在首要位置，强化党建引领。\n1.加强师德教育。扎实推进思想政治工作。\n"
                         "2.强化师德宣传。发掘、树立、宣传正面典型。\n", "")
    doc = policy_extract.parse_text(alone.replace("3.优化", "1.优化").replace("4.调整", "2.调整"))
    assert [t.number for t in doc.tasks] == ["（二）"]


@pytest.mark.parametrize("text, path", [
    # 河北省 社会公益事业建设领域政府信息公开 实施意见 (corpus 0120): a group's short title, then its body
    ("二、工作任务\n(二)社会救助和社会福利领域。积极宣传相关政策措施；全面公开被救助人员的申请程序。\n"
     "1.公开救助政策。（责任单位：省民政厅）\n2.公开审批结果。（责任单位：省民政厅）\n",
     ["二、工作任务", "(二)社会救助和社会福利领域"]),
    # the same notice stored without line breaks: the part's title ran into its body and its first group
    ("二、工作任务各级政府和省政府各部门要以社会公益事业为重点，着力推进脱贫攻坚等领域政府信息公开。（一）脱贫攻坚领域"
     "1.公开扶贫政策。（责任单位：省扶贫办）2.公开扶贫项目。（责任单位：省扶贫办）",
     ["二、工作任务", "（一）脱贫攻坚领域"]),
    # a title that goes on past its keyword keeps its body (corpus 0186: "六、时间步骤和工作安排评选工作分为…")
    ("六、时间步骤和工作安排评选工作分为材料申报、各市推荐、专家评估等环节，具体步骤如下：（一）材料申报"
     "1.报送材料。（责任单位：各市人社局）2.审核材料。（责任单位：省人社厅）",
     ["六、时间步骤和工作安排评选工作分为材料申报、各市推荐、专家评估等环节，具体步骤如下：", "（一）材料申报"]),
])
def test_a_heading_in_a_path_is_its_title_not_its_body(text, path):
    doc = policy_extract.parse_text(text)
    assert [t.path for t in doc.tasks] == [path, path]


@pytest.mark.parametrize("tail", [
    # corpus 0778 (冀发〔2015〕14号, review r23c 03): the closing paragraph, then the date alone — it had become the deadline
    "各地各部门要明确责任、分解任务，制定配套细则和操作规程，确保重大举措落地生根。\n2015年9月30日\n",
    # corpus 0702 (国科发高〔2015〕3号, review r23c 04) and 1068: the signature with its publication remark
    "科技部\n2015年1月10日\n（此件主动公开）\n",
    # corpus 0976 (河北省教育厅 2020, review r23c 07): the notice's reporting request is no deadline of the last item
    "各市（含定州、辛集市）教育局，雄安新区公共服务局要结合各自实际，研究制定具体办法，于2020年3月底前报省教育厅基础教育处备案。\n"
    "河北省教育厅\n2020年1月19日\n",
    # corpus 1033 (河北省教育厅 2018, review c14-1): the reporting request, then a paragraph of the issuer's own, over the signature
    "各民办高校要加强自查自纠，对本校招生工作进行一次全面检查。自查自纠情况要形成书面报告，请于2018年9月底前报送省教育厅政策法规处。\n"
    "招生期间，我厅将加强网络监管，对民办高校的网络招生宣传进行监督，并不定期进校检查。\n河北省教育厅\n2018年6月26日\n",
])
def test_the_notices_closing_and_signature_are_no_part_of_the_last_item(tail):
    text = "各市教育局：\n一、加强组织领导。各地要建立工作机制。\n二、加强宣传引导。\n做好政策解读，确保社会稳定。\n" + tail
    doc = policy_extract.parse_text(text)
    assert doc.tasks[-1].text == "加强宣传引导。\n做好政策解读，确保社会稳定。"
    assert doc.tasks[-1].deadline is None


def test_a_last_item_about_reports_keeps_its_own_report_requests():
    # the review of this stop's change: over a signature, a last item on reporting keeps its paragraph that asks for reports
    text = ("各市教育局：\n一、加强组织领导。各地要建立工作机制。\n二、做好信息报送。\n"
            "各单位要于每月5日前报送工作进展，请于12月10日前报送年度总结。\n报送时注明联系人。\n河北省教育厅\n2018年6月26日\n")
    assert policy_extract.parse_text(text).tasks[-1].text.endswith("报送时注明联系人。")


def test_an_items_only_body_addressing_the_recipients_stays_its_own():
    # corpus 0631 (河北省政府办公厅 2005): "四、时间要求" over "各设区市要…在２００５年１２月３１日前组建完成…" — the item's work
    text = ("各设区市人民政府：\n一、名称和规格。组建市安全生产监察支队。\n二、时间要求\n"
            "各设区市要高度重视，市级安全生产监察队伍要在2005年12月31日前组建完成。\n二〇〇五年十二月二十日\n")
    task = policy_extract.parse_text(text).tasks[-1]
    assert (task.text, task.deadline.date) == ("时间要求\n各设区市要高度重视，市级安全生产监察队伍要在2005年12月31日前组建完成。", "2005-12-31")


def test_a_group_with_items_like_the_group_before_it_heads_them():
    # corpus 0352 (河北 深化卫生专业技术人员职称制度改革, review r28a 04), stored without line breaks: "（二）坚持科学评价，完善评价标准
    # 按照破除“四唯”要求，…提高评价的科学性。1.注重医德医风。…" after "（一）坚持动态调整，健全评价体系" over 1.–4.; its six
    # items had been one task, its sentence of its own taken for an item's first sentence
    text = ("二、主要任务（一）坚持动态调整，健全评价体系1.明确各级别职称名称。卫生专业技术人员职称设初级、中级、高级。"
            "2.动态调整专业设置。围绕卫生健康事业发展需要调整专业。（二）坚持科学评价，完善评价标准按照破除“四唯”要求，坚持重品德、"
            "重能力、重业绩，提高评价的科学性。1.注重医德医风。将医德医风作为评价的首要条件。2.注重临床执业能力。将工作量作为申报条件。\n")
    assert [t.id for t in policy_extract.parse_text(text).tasks] == ["2.1.1", "2.1.2", "2.2.1", "2.2.2"]


def test_two_clauses_after_an_item_in_sentences_are_a_task():
    # 灵璧县 2021 卫健委 政府工作报告任务分解 (review s1a 06): item 2 printed without its full stop
    import policy_extract

    text = ("1.落实积极应对人口老龄化国家战略,加快发展健康、养老、育幼、家政等服务业,推动生活性服务业向高品质和多样化升级。\n"
            "2.加强重大公共卫生安全风险源头防控,切实保障人民群众生命安全\n"
            "3.毫不放松抓好新冠肺炎疫情常态化防控工作,完善疾病预防控制体系和平战结合的疫情防控救治体系。\n")
    assert [t.number for t in policy_extract.parse(text).tasks] == ["1", "2", "3"]
    # a clause that opens a list (corpus 0311 "取得…职称后，具备下列条件：") or a title alone is still none
    listed = "1.推进审批改革，全面提速增效。\n2.取得四级职称后，具备下列条件：\n3.指挥部组成及职责\n"
    assert [t.number for t in policy_extract.parse(listed).tasks] == ["1"]


def test_lines_without_a_stop_between_items_in_sentences_are_items_of_the_list():
    # 河长制 考核 2017 (review s15d 01): an assessment list whose table columns were lost; items 4 and 13-14 are
    # printed without a full stop between items in sentences
    text = ("3、河长办开展综合协调、政策研究、督导考核等;协调组织执法检查、监测发布和相关突出问题的清理整治等。\n"
            "4、河道专管员开展日常巡查与信息反馈等工作\n"
            "5、逐级开展年度考核,考核结果直接与资金分配、项目安排挂钩。\n"
            "12、通报、挂牌督办问题以及上级河长办批办事项及时得到解决、落实。\n"
            "13、乡镇生活污水处理设施建设\n14、河道治理\n"
            "20、主要农作物化肥、农药使用量控制,化肥、农药利用率。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["3", "4", "5", "12", "13", "14", "20"]
    # lines after the last sentence item (an attachment list) or parts titled alone (二、活动主题…) stay out
    listed = text + "21、职业技能等级认定机构申请表.docx\n"
    assert [t.number for t in policy_extract.parse_text(listed).tasks][-1] == "20"
    parts = "一、活动时间。2023年5月至6月。\n二、活动主题练兵比武强技能\n三、活动内容。开展练兵。\n四、活动要求。认真组织。\n"
    assert [t.number for t in policy_extract.parse_text(parts).tasks] == ["三", "四"]  # (the span, 一、活动时间, is no work either: review ay01)


def test_an_item_without_a_note_between_two_with_notes_is_a_task():
    # 淮安 2022 纾困解难 实施细则 (review s2b 05): item 3 has no note of its own; item 1's says that later items are
    # carried out by 各县区人民政府、园区管委会 too, so item 3 is a task with those units
    import policy_extract

    text = ("一、落实财税支持政策\n"
            "1.积极争取省级专项资金,支持中小微企业。(责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。"
            "以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)\n"
            "2.成立“智改数转”工作专班,积极争取省工业企业“智改数转”专项资金。(责任单位:市工信局、市财政局)\n"
            "3.认真落实小规模纳税人免征增值税政策。\n")
    doc = policy_extract.parse(text)
    assert [(t.number, [u.name for u in t.responsible_units]) for t in doc.tasks][2] == ("3", ["各县区人民政府", "园区管委会"])
    # one item with a note among three says nothing of its siblings
    one = "一、深化改革\n1.推进改革。(市发改委负责)\n2.开展宣传。\n3.加强调度。\n"
    assert [t.number for t in policy_extract.parse(one).tasks] == ["1"]


def test_a_labelled_measure_under_a_noted_item_stays_with_it():
    # 昭化区射箭乡 2018 脱贫攻坚考核反馈问题整改实施方案 (cnzh.gov.cn/gongkai/show/20180905224007-23980-00-000.html,
    # review s2d 02): the problem, its note, then "整改措施:…" — the item's own measure, not a closing paragraph
    import policy_extract

    text = ("1.专项整改问题\n(1)将脱贫人口指标集中安排给当年计划退出村。(牵头单位:扶贫办;责任单位:各村支部)\n"
            "整改措施:继续坚持采取“自下而上、自上而下”的方式,科学确定脱贫人口指标。\n")
    (task,) = policy_extract.parse(text).tasks
    assert task.text.endswith("整改措施:继续坚持采取“自下而上、自上而下”的方式,科学确定脱贫人口指标。")
    # a closing paragraph after the last task still belongs to none
    closing = "一、重点任务\n1.推进改革。(市发改委负责)\n各单位要高度重视,认真抓好落实。\n"
    assert policy_extract.parse(closing).tasks[0].text == "推进改革。"


def test_items_after_a_note_that_gives_its_units_to_later_items_are_tasks():
    # 数字威海建设2023年工作要点 (e-gov.org.cn/article-186199.html, review s6d 03): the only note says the later items are carried out by 各区市政府、开发区管委 too
    import policy_extract

    text = ("1.深化政务服务“网上办”。全面提升线上线下融合服务能力。(牵头单位:市行政审批服务局;责任单位:市直有关部门,各区市政府、"
            "开发区管委。以下任务均需各区市政府、开发区管委落实,不再一一列出)\n2.优化“掌上办”功能。持续推进移动端政务服务渠道整合迁移。\n")
    tasks = policy_extract.parse(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks][1] == ("2", ["各区市政府", "开发区管委"])


def test_a_section_word_deep_in_a_work_items_sentence_does_not_exclude_it():
    # 深圳某街道 安全生产 工作方案 (review s7a 07): (一) names 工作要求 in its first sentence, as what the
    # units follow; it is a work item like (二), not a 工作要求 section
    text = (
        "(一)街道安委会各成员单位要按照“一岗双责”的工作要求,加强各自辖区、各自领域的安全监管工作,把安全管理工作职责落到实处。\n"
        "(二)做好各类专业批发市场、大型综合商场、娱乐场所等人员密集场所的安全检查。\n"
    )
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["(一)", "(二)"]
    # a heading that names the section still is one: its items are no tasks
    text = "一、重点任务\n（一）做好安全检查。\n（二）做好隐患排查。\n二、工作要求\n（一）各成员单位要高度重视。\n（二）及时报送信息。\n"
    assert [t.path[0] for t in policy_extract.parse_text(text).tasks] == ["一、重点任务", "一、重点任务"]


def test_items_numbered_with_one_character_parenthesised_digits():
    # 苍溪县 2022 招商引资 "开门红" (m.muncard.com govop 20220221043249, review s7d 07): ⑴⑵⑶ (U+2474…) number the items, lined or run together
    lined = (
        "⑴强化招商意识。科学合理下达经济合作工作“开门红”目标任务,优化考核细则。\n"
        "⑵抢抓合作机遇。持续开展制造业招商引资“百日攻坚”活动,聚焦主导产业。\n"
        "⑶优化营商环境。实施“责任制+清单制”,持续落实“一企一策”跟踪服务机制。\n"
    )
    for text in (lined, lined.replace("\n", "")):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["⑴", "⑵", "⑶"]


def test_a_sentence_between_a_noted_item_and_the_next_stays_with_the_item():
    # 上海宝山区 2008年政府工作目标任务分解 宝府办〔2008〕18号 (xxgk.shbsq.gov.cn, review s10b 01): the item's target
    # under its note ("▲增加值可比增长14%左右,…") is the item's, lined as flattened; a heading there is not
    text = (
        "一、促进经济又好又快发展。\n1、加强经济运行分析,确保完成主要指标。(牵头单位:发改委、统计局)\n"
        "▲增加值可比增长14%左右,其中,第三产业增长15%。\n2、加快项目建设。(牵头单位:发改委)\n"
    )
    for form in (text, text.replace("\n", "")):
        tasks = policy_extract.parse_text(form).tasks
        assert [t.number for t in tasks] == ["1", "2"] and tasks[0].text.endswith("第三产业增长15%。")
    # realworld h11 (武汉 2023): "——不断增强城市功能" over the next items stays out of the item before it
    text = "1、加强古城保护性利用。(牵头单位:市文旅局)\n——不断增强城市功能\n2、完善城市基础设施。(牵头单位:市住建局)\n"
    assert policy_extract.parse_text(text).tasks[0].text == "加强古城保护性利用。"


def test_a_paragraph_over_a_note_of_its_own_after_a_noted_run_is_the_items_next_run():
    # 城乡清洁工程 任务 (ask.fsou.com …/17363764_3.html, review s19a 02): each paragraph of item 1 closed by a "主要责任单位:" line;
    # the second paragraph had gone to the notice's closing (lost from every task) and its units to the first run
    text = ("1.完善城乡环境卫生管理长效机制。\n加强城市道路日常保洁。开展城市道路全天候保洁。\n主要责任单位:各县(市、区)人民政府、街道办。\n"
            "推进乡镇、村屯及城中村综合整治工作。完善基础设施。\n主要责任单位:各县(市、区)人民政府,各县(市、区)住房城乡建设局。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.text.split("\n")[-1], [u.name for u in t.lead_units]) for t in tasks] == [
        ("1", "加强城市道路日常保洁。开展城市道路全天候保洁。", ["各县(市、区)人民政府", "街道办"]),
        ("1-2", "推进乡镇、村屯及城中村综合整治工作。完善基础设施。", ["各县(市、区)人民政府", "各县(市、区)住房城乡建设局"])]


def test_a_paragraph_holding_a_note_with_a_sentence_after_it_is_the_items_next_run():
    # corpus 0946 (河北 电子信息产业 2020, review c20-1): the group's second paragraph is closed by its note, and a sentence
    # runs on after it; the paragraph had gone to the notice's closing, its task and six units lost
    text = ("（二）重点产业集群化与创新发展行动\n大数据产业创新发展提升行动。2022年，培育引进10家大数据骨干企业。"
            "（责任单位：省工业和信息化厅，雄安新区管委会）\n创新发展软件和信息技术服务业。2022年，软件与信息技术服务业主营业务收入超800亿元。"
            "（责任单位：省工业和信息化厅、省商务厅，各市政府）应用软件。抓住移动互联网发展的机遇，推动电子政务等业务发展。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("（二）", ["省工业和信息化厅", "雄安新区管委会"]), ("（二）-2", ["省工业和信息化厅", "省商务厅", "各市政府"])]
    assert tasks[1].text.endswith("推动电子政务等业务发展。")  # the sentence after the last note stays with the run before it


def test_the_one_item_of_a_list_without_a_note_is_a_task():
    # 咸阳 优化营商环境 (review s7d 06) and three rounds after it: "1.全面實施…。(市政府辦公室…牽頭,…負責)" then
    # "2.持續深化相對集中行政許可權改革。…" with no note; the one un-noted item of a noted list is a task too
    text = (
        "一、坚持系统集成，推动审批全链条最优化\n"
        "1.全面实施行政许可事项清单管理。加强与工程建设项目审批事项清单的衔接。(市政府办公室牵头,市级各有关部门按职责分工负责)\n"
        "2.持续深化相对集中行政许可权改革。对取消和下放审批的事项要同步落实监管责任和措施。\n"
    )
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2"]
    # two items without a note beside one with a note are not taken for tasks on its word
    text += "3.加强审批服务标准化。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1"]
    # 蔡甸区 2023 政府工作报告 任务分解 (review s14d 02): a list of targets, each a short line without a full stop; the last,
    # its note cut off by the page, is a task as its noted siblings are, not a title
    targets = "一、主要预期目标\n(三)固定资产投资增长10%以上\n责任单位:区发展和改革局\n(四)工业投资增长12%以上\n"
    assert [t.number for t in policy_extract.parse_text(targets).tasks] == ["(三)", "(四)"]
    # beside an item in sentences a short line stays a title ("3.1.1指挥部组成及职责")
    worded = targets.replace("(三)固定资产投资增长10%以上", "(三)固定资产投资增长10%以上。加快推进重大项目建设。")
    assert [t.number for t in policy_extract.parse_text(worded).tasks] == ["(三)"]


def test_a_few_notes_in_a_long_list_leave_its_other_items_tasks():
    # corpus 0779 (河北省深化科技体制改革实施方案, review c-rev g): 119 numbered reforms under parts no task word names,
    # two with a note ("（省财政厅、省科技厅牵头，持续推进）"): the note had made them the only tasks, the others dropped
    items = ["1.建立高层次、常态化的企业技术创新对话、咨询制度。", "2.完善研发费用加计扣除政策。", "3.建立企业研发准备金制度。",
             "4.完善高新技术企业认定办法。（省财政厅、省科技厅牵头，持续推进）", "5.推进国有企业创新考核。", "6.建设产业技术研究院。"]
    text = "二、建立技术创新市场导向机制\n（一）完善企业为主体的产业技术创新机制\n" + "\n".join(items) + "\n"
    tasks = policy_extract.parse_text(text).tasks
    assert [t.number for t in tasks] == ["1", "2", "3", "4", "5", "6"]
    assert [u.name for u in tasks[3].lead_units] == ["省财政厅", "省科技厅"] and tasks[0].lead_units == []
    # notes on items of another level (a plan's 保障措施) leave a list elsewhere as it was read (corpus 0921: clusters listed
    # under 二、(一), the notes on 三、保障措施 (一)-(三))
    other = ("一、重点支持的产业集群\n" + "\n".join(f"{k}.石家庄生物医药产业集群。以高新区为核心承载区。" for k in range(1, 10)) +
             "\n二、保障措施\n（一）加强统筹协调。加大支持。（省发展改革委负责）\n（二）强化要素保障。加大支持。（省财政厅负责）\n"
             "（三）精准招商引资。开展招商。（省商务厅负责）\n")
    assert [t.number for t in policy_extract.parse_text(other).tasks] == ["（一）", "（二）", "（三）"]
    # nor where the noted items are their list's every item: criteria listed beside a procedure whose steps carry the notes stay out
    # (corpus 0358 寻找最美农民工 and diffreview-s23's probe: "一、推荐标准（一）爱岗敬业。…" beside "二、推荐程序（一）组织推荐。…（各县区人社局负责）")
    criteria = ("一、推荐标准\n" + "\n".join(f"（{n}）爱岗敬业。在本职岗位上勤奋工作，业绩突出。" for n in "一二三四五六") +
                "\n二、推荐程序\n（一）组织推荐。各县区按名额推荐候选人。（各县区人社局负责）\n（二）审核公示。对候选人进行审核并公示。（市人社局负责）\n")
    assert [t.path[0] for t in policy_extract.parse_text(criteria).tasks] == ["二、推荐程序", "二、推荐程序"]


def test_an_item_run_into_the_notices_annex_list_is_still_a_task():
    # corpus 0573 (河北 2024 人大代表建议政协提案办理, review c12-1): "八、…报送省政府办公厅。附件：1.…责任分解表2.…" — the
    # annex titles are no tasks and no sub-items: 八 is the task, its text without the list
    text = (
        "七、加强督导落实各承办单位要将承办工作纳入督查工作重要内容，全力抓好办理落实。\n"
        "八、做好宣传总结各承办单位要认真做好年度承办工作总结。本年度承办工作总结于2024年11月15日前报送省政府办公厅。"
        "附件：1.人大代表建议政协提案办理责任分解表2.重点处理人大代表建议政协提案登记表3.走访代表委员专用卡\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [t.number for t in tasks] == ["七", "八"]
    assert tasks[1].text.endswith("报送省政府办公厅。") and tasks[1].deadline.date == "2024-11-15"
    # a contact part run into its lines is no task (corpus 0148, 1016 flattened)
    text = "一、活动内容\n（一）开展招聘。组织用人单位进场招聘。\n七、联系方式联系人：徐乐电话：0311-87802079\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]



def test_groups_titled_by_bodies_one_after_another_give_their_items_those_bodies():
    # 双牌工业集中区 2019 部室年度任务 (admin.yzcity.gov.cn, review ec04): "(一)综合办公室(党群工作部、监察室、督查室、财务室)" / "(1)年度主要任务与
    # 要求:" / "①…;②…", then "(二)招商合作局(…)", "(三)工程建设管理局(…)": each office's items its work; 17 items had no unit
    text = ("(一)综合办公室(党群工作部、监察室、督查室、财务室)\n(1)年度主要任务与要求:\n①积极宣传推介园区,完成上稿8篇;②积极协调落实单位“三定方案”。\n"
            "(二)招商合作局(行政审批局、政务服务中心)\n(1)年度主要任务与要求:\n①制作和更新园区招商手册;②积极主动服务企业,落实行政审批。\n"
            "(三)工程建设管理局(安全生产监督局)\n(1)年度主要任务与要求:\n①年内完成园区调区扩区前期工作;②年底前完成标准厂房建设。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks][::2] == [
        ["综合办公室(党群工作部、监察室、督查室、财务室)"], ["招商合作局(行政审批局、政务服务中心)"], ["工程建设管理局(安全生产监督局)"]]
    # kinds of body over lists, no body's name (corpus 0320: "一、协议医疗服务机构" over hospitals), and two such groups only: none
    kinds = text.replace("综合办公室(党群工作部、监察室、督查室、财务室)", "协议医疗服务机构")
    assert not any(t.responsible_units for t in policy_extract.parse_text(kinds).tasks)
    two = text[: text.index("(三)")]
    assert not any(t.responsible_units for t in policy_extract.parse_text(two).tasks)
    # nor units over their contacts or last year's results: only a part on duties (diffreview-af's probes)
    for part in ("二、联系方式\n（一）市发展改革委\n1.联系人：张三\n2.联系电话：123\n（二）市财政局\n1.联系人：李四\n",
                 "二、上年度工作完成情况\n（一）市交通委\n1.完成道路改造12公里。\n（二）市水务局\n1.完成河道整治3条。\n"):
        assert [t.number for t in policy_extract.parse_text("某区方案\n一、主要任务\n（一）做好工作。\n" + part).tasks] == ["（一）"]


def test_a_closing_paragraph_asking_for_reports_with_a_note_inside_stays_the_notice_s():
    # review diffreview-s20: after the last noted item, "…请于每季度末报送…（联系单位：…，牵头单位：…）请各单位认真贯彻执行。" is the
    # notice's closing, not the item's next run
    text = ("一、重点任务\n（一）推进审批改革。加快工作。（责任单位：市行政审批局）\n（二）推进数据共享。加快工作。（责任单位：市行政审批局）\n"
            "各项任务进展情况请于每季度末报送市政府办公室。（联系单位：市政府办公室，牵头单位：市政府督查室）请各单位认真贯彻执行。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）", "（二）"]


def test_the_next_documents_title_under_the_last_item_opens_a_part_of_its_own():
    # 国办发〔2018〕124号 (corpus 1074, review c25-1) issues two 规定: the second's title and preamble had become the first's
    # last item's text
    text = ("九、关于党的建设\n（三十一）转制企业要认真学习贯彻习近平新时代中国特色社会主义思想，坚持正确政治方向。\n"
            "进一步支持文化企业发展的规定\n为进一步深化文化体制改革，促进文化企业发展，特制定以下规定：\n"
            "一、关于财政税收\n（一）在文化产业发展专项资金中安排资金，支持文化企业发展。\n")
    doc = policy_extract.parse_text(text)
    assert [t.text for t in doc.tasks] == ["转制企业要认真学习贯彻习近平新时代中国特色社会主义思想，坚持正确政治方向。",
                                           "在文化产业发展专项资金中安排资金，支持文化企业发展。"]
    assert doc.tasks[1].path == ["一、关于财政税收"]
    # the title over the line saying when it was adopted (review diffreview-s21b)
    text = text.replace("进一步支持文化企业发展的规定\n", "进一步支持文化企业发展的规定\n（2018年12月18日国务院常务会议通过）\n")
    assert policy_extract.parse_text(text).tasks[0].text.endswith("坚持正确政治方向。")
    # a figure's caption between the items of a list goes on with it (corpus 1092, 应急救援车辆号牌: "图1 汽车号牌编码规则")
    text = ("一、号牌编码规则\n1.汽车号牌。字符共8位，依次为省汉字简称、所属救援队伍代号、四位序号和汉字“应急”组成。\n图1 汽车号牌编码规则\n"
            "2.摩托车号牌。字符共7位，依次为汉字“应急”、省汉字简称、三位序号和所属救援队伍代号。\n")
    assert [t.id for t in policy_extract.parse_text(text).tasks] == ["1.1", "1.2"]
    # an item naming the documents to draft, one a line, over its note keeps them and the note (review diffreview-s21)
    text = "二、重点任务\n（一）编制专项规划。年内完成以下规划编制：\n城市更新专项规划\n老旧小区改造实施方案\n（责任单位：市住建局）\n"
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("（一）", ["市住建局"])]
    assert tasks[0].text.endswith("老旧小区改造实施方案")


def test_the_notices_closing_paragraph_under_its_last_item_is_the_notices():
    # corpus 0700 (中共中央 国务院 深化体制机制改革 加快实施创新驱动发展战略, review c26-2): the closing exhortation, and
    # "（此件公开发布）", under the last item with no signature between
    item = ("九、加强创新政策统筹协调\n（三十）推进全面创新改革试验\n遵循创新区域高度集聚的规律，在有条件的省（自治区、直辖市）系统推进全面创新改革试验，"
            "促进创新驱动发展战略的深入实施。\n")
    closing = "各级党委和政府要高度重视，加强领导，认真抓好落实。有关方面要密切配合，分解改革任务，明确时间表和路线图，确定责任部门和责任人。\n"
    for text in (item + closing, item + "（此件公开发布）\n", item + closing + "要加强对创新文化的宣传和舆论引导，为创新营造良好的社会环境。\n"):
        assert policy_extract.parse_text(text).tasks[-1].text.endswith("促进创新驱动发展战略的深入实施。")
    # an item of a title and a body in its exhortation keeps it (the body is the item's); and so does a last item when numbered
    # items follow before the signature
    text = "二、重点任务\n（三）加强督查考核。\n各地要将工作落实情况纳入年度考核，定期通报进展。\n"
    assert policy_extract.parse_text(text).tasks[-1].text.endswith("定期通报进展。")
    text = item + closing + "十、其他\n（三十一）本意见自印发之日起施行。\n"
    assert "各级党委和政府" in policy_extract.parse_text(text).tasks[0].text


def test_the_notices_request_for_reports_under_its_last_item_is_the_notices():
    # corpus 0983 (河北省教育厅 2015 教辅材料, review c-rev m): the request to all its units after the last item, then the signature;
    # its date had been the last task's time limit
    text = ("五、加强发行监管\n各出版发行单位要严格按照省颁教辅推荐目录组织发行。具备资质的发行单位所编制的征订单经我厅审核后方可印发。\n"
            "各设区市、省直管县（市）2015—2016学年教辅材料推荐结果请于7月15日前报我厅备案。\n河北省教育厅\n2015年6月11日\n")
    task = policy_extract.parse_text(text).tasks[-1]
    assert task.text.endswith("审核后方可印发。") and task.deadline is None
    # an item about reports keeps its own request ("五、做好信息报送")
    own = text.replace("五、加强发行监管", "五、做好信息报送")
    assert policy_extract.parse_text(own).tasks[-1].deadline is not None
    # (diffreview-s24's probes) a last item's own work that opens with 各/请 stays: '请各县（市、区）在9月底前组织开展专题宣传报道' (报道 is no
    # report), '各县（市、区）于11月底前完成自查评估，形成评估报告，于12月10日前报送…' (no 请: the item's steps)
    for line, date in (("请各县（市、区）在9月底前组织开展专题宣传报道，营造良好氛围。", "2024-09-30"),
                       ("各县（市、区）于11月底前完成自查评估，形成评估报告，于12月10日前报送市应急管理局。", "2024-12-10")):
        item = f"二、开展总结评估\n检查结束后要认真总结。\n{line}\n市应急管理局\n2024年3月1日\n"
        assert policy_extract.parse_text(item).tasks[-1].deadline.date == date
    # corpus 0998 (河北省 师德师风提升年 2019): an item whose body speaks of reports ("…在每季度末上报工作进展情况…") is no item about
    # reports: its title ("完善工作机制") is read, and the notice's request under it is the notice's
    text = ("（四） 完善工作机制。省教育厅建立活动通报制度。各市教育局要确定一名联络员，在每季度末上报工作进展情况及典型案例，6月底前上报整改报告，"
            "年终上报活动总结。\n请各市教育局于3月28日前，将联络员名单、联络方式报省教育厅师范教育处。\n河北省教育厅\n2019年3月13日\n")
    task = policy_extract.parse_text(text).tasks[-1]
    assert task.text.endswith("年终上报活动总结。") and task.deadline.date == "2019-06-30"


WUHAN_2022 = (  # 武汉 2022 分解方案 (whht.org.cn/news/info/id/3207.html, review web-r 10) flattened: the notice's own 一、二、三, its
    # signature run into the plan's title, and the plan's first part, where the page's copy was cut
    "各区人民政府,市人民政府各部门,各有关单位:《2022年市〈政府工作报告〉目标任务责任分解方案》已经市人民政府同意,现印发给你们,并就有关事项通知如下,请一并贯彻执行。一、加强工作统筹,科学制订办理方案。各责任单位要对承"
    "办的责任事项逐个进行研究,制订具体细化的工作方案,明确每个责任事项的具体工作内容、完成时间节点、分管负责同志以及责任部门。特别是牵头单位,要强化责任担当,统筹相关责任单位科学制订工作方案,确保全年目标任务落实落细。各责任"
    "单位要于2022年2月15日前,将制订的办理方案报送市人民政府督查室(报送式样详见附表1)。二、层层压实责任,积极推进办理工作。各责任单位要按照“一把手”负总责的要求,主要负责同志亲自抓、分管负责同志具体抓,明确专门责任"
    "部门和具体责任人,办公室抓综合督办协调。对于一些办理难度大、涉及面广的责任事项,相关责任单位要及时报告推进落实过程中存在的困难和问题,提请市人民政府分管负责同志研究协调解决。三、精准高效督办,确保完成目标任务。市《政府工"
    "作报告》目标任务纳入市级绩效目标管理考核体系,精准优化绩效指标设置;各责任单位要将办理工作纳入本单位绩效目标,高效管理。对责任事项落实不力、影响工作进度和成效的人和事,市人民政府督查室将予以通报。各牵头单位从2022年第"
    "二季度起,要在每个季度第1个月的20日前,将上季度的责任事项完成情况报市人民政府督查室(报送式样详见附表2)。武汉市人民政府办公厅2022年1月22日2022年市《政府工作报告》目标任务责任分解方案一、经济社会发展主要预"
    "期目标"
)


def test_the_notices_own_parts_before_its_signature_run_into_the_plans_title_are_no_tasks():
    # the flattened copy had given the notice's three instructions as tasks, one due 2022-02-15; the lined copy none
    assert policy_extract.parse_text(WUHAN_2022 + "\n").tasks == []
    plan = WUHAN_2022 + "1.地区生产总值增长6%以上。(牵头单位:市发改委)2.城镇新增就业20万人。(牵头单位:市人社局)\n"
    assert [(t.number, [u.name for u in t.lead_units]) for t in policy_extract.parse_text(plan).tasks] == [("1", ["市发改委"]), ("2", ["市人社局"])]
    # a date that sets a time limit before a plan's word is no signature ("。2024年6月30日前完成整改方案", lined or run together)
    text = "各县区人民政府：\n一、加强排查。各地要全面排查风险隐患。2024年6月30日前完成整改方案\n二、强化督导。建立督导机制。\n"
    for joiner in ("\n", ""):
        assert [t.number for t in policy_extract.parse_text(text.replace("\n", joiner)).tasks] == ["一", "二"]


QINXIAN = [  # 沁县 2025 (m.ltwz.net/news/DPweP9gqoV.html, web review d 05): a notice's own instructions, the plans it issues listed, then the first
    "县示范区管委会,各乡、镇人民政府,县直各有关单位:", "经县政府同意,现将《2025年县<政府工作报告>任务分解》印发给你们。请各单位认真对照,抓好落实。",
    "一、责任到人,闭环管理。各责任单位需严格对照任务清单,逐项细化职责。", "二、节点管控,动态调度。各单位要紧盯目标任务、关键指标、序时进度。",
    "附件:1.2025年县《政府工作报告》任务清单", "沁县人民政府办公室", "2025年5月18日", "(此件公开发布)", "附件1", "2025年县政府工作报告任务清单",
    "一、县示范区管委会牵头工作(8项)", "1.投资3000万元建设南美白对虾工厂化循环水养殖基地。", "2.打造食用菌酵素生产基地。",
]


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_the_plan_printed_after_the_notices_annex_label_holds_the_tasks_on_one_line_too(joiner):
    # flattened, every paragraph stands on one line: the plan's items are the ones after its annex label in reading order, the
    # label set apart from the remark before it ("…(此件公开发布)附件12025年…清单": the title's year glued to the annex's number)
    tasks = policy_extract.parse_text(joiner.join(QINXIAN) + "\n").tasks
    assert [(t.number, [u.name for u in t.lead_units]) for t in tasks] == [("1", ["县示范区管委会"]), ("2", ["县示范区管委会"])]
    from policy_extract.chrome import chrome_apart
    from policy_extract.grammar import current

    assert chrome_apart("3.2025年县政府重点工作备忘录任务分解沁县人民政府办公室2025年5月18日(此件公开发布)附件12025年县政府工作报告任务清单")[1:] == [
        "附件12025年县政府工作报告任务清单"]
    assert current().annex_heading.match("附件12025年县政府工作报告任务清单").group("title") == "2025年县政府工作报告任务清单"


def test_a_work_item_whose_detail_is_the_annexs_is_a_task():
    # corpus 0167 (河北省人社厅 2017 劳务派遣, review s8): "四、优化劳务派遣经营许可经办和办事流程（附件1、2）" between items with text
    text = ("一、优化许可时间。许可机关应当自受理之日起15个工作日内作出决定。\n二、优化延续许可时间。劳务派遣单位应当在有效期届满30日前申请。\n"
            "三、推进信息化建设。2017年底前，各市要全部实现网上办理。\n四、优化劳务派遣经营许可经办和办事流程（附件1、2）\n"
            "五、建立全省信息平台。省人社厅信息中心负责研制信息平台。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一", "二", "三", "四", "五"]
    # a form's name pointing to its annex is no work ("1.《…验收总结报告》（附件3）", corpus 1055)
    forms = "三、验收资料\n1.《建设项目验收总结报告》（附件3）\n2.《主要任务完成情况简表》（附件4）\n"
    assert policy_extract.parse_text(forms).tasks == []
    # nor is one without 《》 (diffreview-v: "1.河北省技能大师工作室推荐表（附件1）")
    forms = "二、报送材料\n1.河北省技能大师工作室推荐表（附件1）\n2.推荐人选汇总表（附件2）\n"
    assert policy_extract.parse_text(forms).tasks == []
    # work that makes one is work ("3.组织开展自查并形成自查报告（附件2）", "2.编制本地区整改工作报告（附件1）", diffreview-w)
    work = "1.全面排查问题隐患，建立整改台账。\n2.编制本地区整改工作报告（附件1）\n3.组织开展自查并形成自查报告（附件2）\n"
    assert [t.number for t in policy_extract.parse_text(work).tasks] == ["1", "2", "3"]


def test_a_notice_whose_issued_plan_the_copy_left_out_has_no_task():
    # corpus 1130 (江西省市场监管局 2020, review s16): "现将《…重点工作责任分工》印发给你们，并就有关事项通知如下：" over 一、–四、 on
    # carrying the plan out, the signature, then "附件：" with nothing after it (as realworld h02's notice paragraphs are no tasks)
    head = "省药监局，机关各处（室、局）：\n为全面落实2020年省政府工作报告部署，现将《江西省市场监管局落实2020年省政府工作报告重点工作责任分工》印发给你们，并就有关事项通知如下：\n"
    body = ("一、提高政治站位。要进一步提高政治站位，全力抓好目标任务的贯彻落实。\n二、分类落实责任。各责任部门要承担起落实重点工作的主体责任。\n"
            "三、强化协调配合。各牵头部门要积极统筹，抓好协调。\n江西省市场监管局办公室\n2020年2月24日\n（此件主动公开）\n")
    assert policy_extract.parse_text(head + body + "附件：\n").tasks == []
    # without the label, the notice's own items are what there is
    assert len(policy_extract.parse_text(head + body).tasks) == 3


def test_a_group_whose_first_item_titles_items_of_its_own_is_a_heading_when_flattened():
    # 平潭综合实验区房屋安全隐患排查整治专项行动方案 2019 (changwu/pingtan-gov-zwgk-archive qgwhbgswj/201903/13086, review ba01):
    # lined, "（二）部门职责" stands alone and each unit's duties are tasks; flattened, its introduction ran into its title and
    # the group had been one task of 824 characters
    lined = ("四、工作安排\n（一）组织部署。各乡镇要制定方案。\n（二）部门职责\n各部门要各司其职，建立横向到边、纵向到底的工作网络。\n"
             "1.区交通与建设局：\n（1）负责提供技术指导服务；\n（2）与省住建厅对接。\n2.区环境与国土资源局：\n（1）指导各乡镇认定用地地类；\n"
             "（2）提供卫片数据。\n3.区公安局：配合做好户籍信息对接。\n五、保障措施\n")
    flat = lined.replace("\n", "")
    read = [[(t.number, t.text[:8]) for t in policy_extract.parse_text(text).tasks] for text in (lined, flat)]
    assert read[0] == read[1] and len(read[1]) == 6 and read[1][1] == ("（1）", "负责提供技术指导")
    # not an item's own sentences over its material list (corpus 0842: "4.省科技厅在线批复验收申请。…（1）所需材料①…")
    items = ("三、验收程序（二）在线填写验收申请1.项目负责人提交验收申请。登录项目平台填写。2.省科技厅在线批复验收申请。项目主管处室负责批复。"
             "（1）所需材料①项目验收大纲；②项目任务书；（2）验收形式①专项资金10万元及以下的项目可申请自主验收；②其他项目由省科技厅组织。四、其他")
    assert [t.number for t in policy_extract.parse_text(items).tasks] == ["1", "2"]
    # a group with a note of its own stays the task (diffreview-ad: "（一）申报阶段。…（责任单位：区工信局）。1.申报条件（1）…")
    noted = ("一、工作安排（一）申报阶段。各企业于2022年5月31日前提交申报材料（责任单位：区工信局）。1.申报条件（1）在本区注册；（2）依法经营。"
             "2.申报材料（1）申请表；（2）营业执照。（二）评审阶段。区工信局组织专家评审。二、工作要求")
    first = policy_extract.parse_text(noted).tasks[0]
    assert (first.number, [u.name for u in first.responsible_units], first.deadline.date) == ("（一）", ["区工信局"], "2022-05-31")



def test_a_division_of_duties_by_unit_beside_the_task_section():
    # 松江区 2017 停车资源共享利用 实施方案 (zhiyao87/Shanghai-Gov-Docs-Index, review bt02): "四、职责分工" names a unit over each group,
    # items under the first, a paragraph under the others — the units responsible for that work; 13 tasks had been lost
    text = ("某区停车资源共享利用实施方案\n一、工作目标\n到2018年完成。\n二、工作内容\n（一）主要任务\n1.挖掘停车资源。\n2.鼓励共享。\n"
            "三、职责分工\n（一）区交通委\n1．制定具体操作流程，建立协调制度。\n2．制定年度目标，负责协调推进。\n"
            "（二）区公安分局\n负责停车秩序管理，依法查处违法停车行为。\n（三）相关街镇\n负责辖区内停车资源的梳理和协调。\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("1", []), ("2", []), ("1", ["区交通委"]), ("2", ["区交通委"]), ("（二）", ["区公安分局"]), ("（三）", ["相关街镇"])]
    # not a group named by a body with no place (an organisation's members and office), nor a title that is a sentence
    text = ("某区工作方案\n一、主要任务\n（一）推进建设。\n二、组织机构\n（一）领导小组\n组长：张三，副组长：李四。\n（二）办公室\n领导小组下设办公室。\n"
            "三、职责\n（一）各级党委和政府要履行领导责任\n加强领导。\n（二）各行业主管部门要履行管理责任\n加强管理。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]


def test_a_parts_introduction_over_items_each_a_title_and_sentences_heads_them():
    # 市城乡水务局2024年度工作要点 (tizhiren.com, review eh10 lined): "一、聚焦水系美,大力实施现代水网建设工程。联动…" over "1、北沙河段工程。
    # 重点实施…" / "2、界河段工程。…": the part had been the one task, its items inside it
    text = ("一、聚焦水系美,大力实施现代水网建设工程。联动水利工程建设指挥部成员单位,加快推动6条主要河流“水连路通”工程。\n"
            "1、北沙河段工程。重点实施马河水库18公里环库路硬化及绿化提升工程,确保5月底前环库路建成通车,9月份全面完成绿化景观节点打造。\n"
            "2、界河段工程。规划实施8座闸坝建设,年内完成主体工程。市林业事业发展中心实施104国道下游右岸道路建设。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2"]


def test_a_page_opening_mid_way_in_sub_items_then_an_item_over_its_own():
    # 七台河市 大气污染防治 分工 (fymate.net/html/text/lar/169824/16982453_2.html, review fb06): the stored page opens at item 3's "(4)"–"(9)";
    # "4、茄子河区政府负责:" after them is an item over its "(1)"–"(9)", not (9)'s sub-item
    text = ("(8)加强农村环境保护。\n(9)群众环境信访处理率100%,杜绝上省进京访。\n4、茄子河区政府负责:\n(1)对杨扬大街两侧锅炉进行集中整治。\n"
            "(2)组织吉伟煤焦公司完成煤气初冷工艺改造。\n5、市经委负责:对焦化、钢铁等企业实施相应管理。\n")
    root = segment(normalize(load_string(text, "x.txt").lines))
    assert [(n.marker, [c.marker for c in n.children]) for n in root.children] == [("(8)", []), ("(9)", []), ("4、", ["(1)", "(2)"]), ("5、", [])]


# 《四川省环境污染防治“三大战役”实施方案》责任分工方案 (中国水网 repost, fdnqa.com/wacs/11010.html, review fo 03):
# 一、 has a body and a "责任单位:" line of its own above (一), (二), which carry theirs
SICHUAN_SANDA = (
    "《四川省环境污染防治“三大战役”实施方案》责任分工方案\n一、奋斗目标\n"
    "精心组织实施大气、水、土壤污染防治“三大战役”,力争通过五年的努力,基本解决突出环境问题,全省环境质量明显提升。\n"
    "责任单位:省大气水土壤污染防治“三大战役”领导小组成员单位,各市(州)负责落实(排在首位的为牵头单位,下同;以下均需各市(州)落实,不再列出)。\n"
    "(一)大气环境质量明显提升。\n在现有5个城市空气质量达标的基础上,力争雅安、巴中市达标。\n"
    "责任单位:省大气水土壤污染防治“三大战役”领导小组成员单位。\n"
    "(二)水环境质量全面改善。\n全面完成岷江、沱江、嘉陵江干流及其24条污染严重一级支流综合整治。\n责任单位:省环境保护厅、省住房城乡建设厅。\n"
)


def test_an_item_with_a_body_and_a_note_of_its_own_over_noted_items_is_a_task_too():
    doc = policy_extract.parse_text(SICHUAN_SANDA)
    members = "省大气水土壤污染防治“三大战役”领导小组成员单位"
    got = [(t.number, t.text.split("\n")[-1][:6], [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks]
    assert got == [
        ("一", "精心组织实施", [members], ["各市(州)"]),  # its own text only, not its items'
        ("(一)", "在现有5个城", [members], ["各市(州)"]),
        ("(二)", "全面完成岷江", ["省环境保护厅"], ["省住房城乡建设厅", "各市(州)"]),
    ]
    # a title with a note and no body of its own shares the note with its items (the contract's group note)
    shared = policy_extract.parse_text("某方案\n一、重点任务\n（一）加强组织领导。（牵头单位：市发改委）\n1.建立工作机制。（责任单位：市财政局）\n"
                                       "2.完善考核办法。（责任单位：市人社局）\n")
    assert [(t.number, [u.name for u in t.lead_units]) for t in shared.tasks] == [("1", ["市发改委"]), ("2", ["市发改委"])]


def test_a_measure_with_its_note_over_noted_sub_measures_is_a_task_too():
    # 国办发〔2019〕39号 放管服 重点任务分工方案 (review gd 03; the years its mirror dropped put back): the (一) is itself a measure in
    # clauses, its note its own, "具体措施:" leading into 1. 2. that carry theirs — a task at its level, the lead-in no part of it
    text = ("全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案\n一、推动简政放权向纵深发展,进一步放出活力\n"
            "(一)进一步放宽市场准入,缩减市场准入负面清单事项,清单之外不得另设门槛和隐性限制。(发展改革委、商务部牵头,国务院相关部门及各地区按职责分工负责)\n"
            "具体措施:\n1.2019年9月底前修订形成新版市场准入负面清单,缩减清单事项。(发展改革委、商务部负责)\n"
            "2.2019年修订《公平竞争审查制度实施细则(暂行)》,组织各地区、各部门完成存量文件专项清理。(市场监管总局牵头,各地区、各部门负责)\n")
    for layout in (text, text.replace("\n", "")):
        tasks = policy_extract.parse_text(layout, name="t.txt").tasks
        assert [t.number for t in tasks] == ["(一)", "1", "2"]
        assert tasks[0].text == "进一步放宽市场准入,缩减市场准入负面清单事项,清单之外不得另设门槛和隐性限制。"
        assert [u.name for u in tasks[0].lead_units] == ["发展改革委", "商务部"]
        assert [u.name for u in tasks[0].responsible_units] == ["国务院相关部门", "各地区"]
    # a heading in clauses with no sentence of its own keeps its note for its items (the contract's group note, diffreview-d1 p36)
    group = ("某市政务服务效能提升行动方案\n一、持续优化营商环境，全面提升政务服务效能（牵头单位：市政务服务和大数据局）\n"
             "（一）推行政务服务事项“一网通办”。（责任单位：市直各部门）\n（二）深化“一件事一次办”改革。（责任单位：市司法局）\n")
    assert [(t.number, [u.name for u in t.lead_units]) for t in policy_extract.parse_text(group).tasks] == [
        ("（一）", ["市政务服务和大数据局"]), ("（二）", ["市政务服务和大数据局"])]


def test_unnumbered_lines_each_opening_with_its_unit_and_a_colon_are_its_duties():
    # 粤府办[1999]94号 转发 卫生部等有关部门血吸虫病防治工作职责 (yanshiren.com/gkmlpt/content/0/136/post_136958.html, a mirror, review fx 08,
    # characters simplified): nothing numbered;
    # each department's duty a line of its own, "省教育厅:负责…"
    text = ("各市、县、自治县人民政府,省府直属有关单位:\n现将有关通知转发给你们。我省已于1985年达到了消灭血吸虫病标准。\n"
            "省卫生厅:根据全国血防工作方针、政策和防治规划,负责组织制定全省血防监测工作计划。\n"
            "省教育厅:负责组织开展原疫区中、小学校血防知识宣传教育活动。\n省科委:负责把血防监测科研项目列入省重点攻关计划。\n"
            "省财政厅:负责安排应由省财政解决的血吸虫病防治监测经费。\n广东省人民政府办公厅\n一九九九年十月二十八日\n")
    doc = policy_extract.parse_text(text)
    assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [["省卫生厅"], ["省教育厅"], ["省科委"], ["省财政厅"]]
    # two such lines are no list of duties
    assert policy_extract.parse_text("有关事项通知\n省教育厅:负责组织宣传教育活动。\n省科委:负责列入省重点攻关计划。\n").tasks == []
    # the same notice with its line breaks lost (review fx 08 flattened): one sentence after another, the same duties
    flat = policy_extract.parse_text(text.replace("\n", ""), name="flat.txt")
    assert [[u.name for u in t.responsible_units] for t in flat.tasks] == [["省卫生厅"], ["省教育厅"], ["省科委"], ["省财政厅"]]
    assert flat.tasks[1].text == "省教育厅:负责组织开展原疫区中、小学校血防知识宣传教育活动。"


def test_two_duties_on_one_line_among_duties_a_line_each():
    # 毒鼠强专项整治 工作方案 (lygzb.net/html/text/lar/168502/16850216_1.html, review hj 06): "…负责全市重大案件的挂牌督办。市经委:依法
    # 对…" — the second duty run on in the first's line, other duties a line each; 市经委's had been 市公安局's; "市爱卫会:" a body's name
    text = ("市公安局:依法严厉打击生产、销售毒鼠强的违法行为;负责全市重大案件的挂牌督办。市经委:依法对全市杀鼠剂等化工生产企业进行全面核查。\n"
            "市工商局:负责对杀鼠剂经营企业(点)进行排查。\n市爱卫会:对城区杀鼠剂经营单位进行资格核准,做好有关经营的指导工作。\n"
            "市财政局:加大对专项整治的支持力度,落实专项经费。\n")
    doc = policy_extract.parse_text(text)
    assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [["市公安局"], ["市经委"], ["市工商局"], ["市爱卫会"], ["市财政局"]]
    # a line of two such duties alone is no run of them
    assert policy_extract.parse_text("有关事项通知\n" + text.splitlines()[0] + "\n").tasks == []


def test_duties_run_on_in_a_numbered_items_body_stay_in_it():
    # 河北省重污染天气应急预案 (corpus 0569, flattened): "二、组织机构与职责" and a paragraph before its departments' duties, read
    # as the same lines printed one to a line — the item's body, not three tasks
    lines = ("河北省重污染天气应急预案\n一、总则\n（一）编制目的。完善河北省重污染天气预报预警和应急响应机制。\n二、组织机构与职责\n"
             "省大气污染防治工作领导小组负责统一指挥、组织、协调全省重污染天气预测预警、应急响应、检查评估等工作。\n"
             "省发展改革委：负责联合国家能源局华北监管局河北业务办落实应急响应期间的能源和电力保障工作。\n"
             "省科技厅：负责支持相关部门加强环境空气质量、气象条件预测预报等相关领域研究。\n"
             "省公安厅：负责统筹制定应急响应期间车辆限行措施，督导各地公安部门按照当地政府要求及时采取应急响应措施。\n"
             "三、监测与会商\n（一）监测。省生态环境厅和省气象局分别负责环境空气质量监测和气象条件观测。\n")
    lined = [(t.number, t.text.replace("\n", "")[:12]) for t in policy_extract.parse_text(lines).tasks]
    assert not any(text.startswith(("省发展改革委", "省科技厅", "省公安厅")) for _, text in lined)
    assert [(t.number, t.text.replace("\n", "")[:12]) for t in policy_extract.parse_text(lines.replace("\n", ""), name="flat.txt").tasks] == lined


def test_an_events_organisers_under_its_paragraph_are_no_task():
    # diffreview-c1 p18: one paragraph over 主办单位/承办单位 lines, an event's organisers, not a unit note giving work
    text = ("关于举办2023年全市广场舞展演活动的通知\n各县(区)文化和旅游局,市直有关单位:\n"
            "为丰富群众精神文化生活,定于2023年6月10日在市民广场举办全市广场舞展演活动。请各县(区)认真组织队伍参加。\n"
            "主办单位:市文化和旅游局\n承办单位:市群众艺术馆\n某市文化和旅游局\n2023年5月8日\n")
    assert policy_extract.parse_text(text).tasks == []


def test_bulleted_paragraphs_each_closed_by_a_note_are_items():
    # 深圳市促进先进制造业利用外资三年行动方案 (a sharing site's preview, review ge 02): "二、主要目标", a sentence of targets, then
    # "——" paragraphs each closed by its note: the first had been glued into task 二 and the second numbered 二-2
    text = ("二、主要目标\n制造业利用外资规模保持每年增长20%左右,三年制造业实际利用外资累计超过35亿美元。\n"
            "——建立重点招商项目库。市区联动,建立两级外商投资先进制造业重点招商项目库。(市商务委牵头,市发展改革委、各区政府配合)\n"
            "——促进项目签约落地。坚持市区联动、协同推进重点项目签约落地。(市商务委牵头,市科技创新委、各区政府配合)\n仅展示626字,全文共4796字\n")
    for layout in (text, text.replace("\n", "")):  # flattened, the sharing site's count run on after the last note
        tasks = policy_extract.parse_text(layout, name="t.txt").tasks
        assert [(t.number, t.path, t.text[:8], [u.name for u in t.lead_units]) for t in tasks] == [
            ("1", ["二、主要目标"], "建立重点招商项目", ["市商务委"]), ("2", ["二、主要目标"], "促进项目签约落地", ["市商务委"])]
        assert [u.name for u in tasks[1].responsible_units] == ["市科技创新委", "各区政府"]
    # 某市 深化行政审批制度改革 工作方案 (fsou.com/html/text/lar/172166/17216626_1.html, review gj 08): the dash typed as two hyphens, the
    # page opening mid-way on the bullets (the notice's own paragraphs) and under "(三)…"; lined and flattened
    dashed = ("--配合“市行政审批和公共服务综合信息系统”建设,抓紧研究制订相关配套管理制度。(市法制局牵头,具体职能部门负责起草)\n"
              "--开展优化审批流程。在市直部门开展优化审批流程工作,进一步公开审批信息。(市发改局、监察局、法制局牵头,相关单位负责)\n"
              "(三)深入开展行政审批专项配套清理\n--清理市政府规章和规范性文件。(市审改办牵头,各相关单位参加)\n"
              "--进一步规范培训、考核行为。开展与行政审批相关的培训、考核活动的清理。(市人力资源和社会保障局牵头)\n")
    expected = [("1", [], "配合“市行政", ["市法制局"]), ("2", [], "开展优化审批", ["市发改局", "监察局", "法制局"]),
                ("1", ["(三)深入开展行政审批专项配套清理"], "清理市政府规", ["市审改办"]),
                ("2", ["(三)深入开展行政审批专项配套清理"], "进一步规范培", ["市人力资源和社会保障局"])]
    assert [(t.number, t.path, t.text[:6], [u.name for u in t.lead_units]) for t in policy_extract.parse_text(dashed).tasks] == expected
    flat = [(t.text[:6], [u.name for u in t.lead_units]) for t in policy_extract.parse_text(dashed.replace("\n", "")).tasks]
    assert flat[:2] == [(e[2], e[3]) for e in expected[:2]] and flat[-1] == (expected[-1][2], expected[-1][3])
    # flattened, the first bullet run on right after its part's heading is cut there too (diffreview-e1 p35)
    heading = ("某市深化行政审批制度改革工作方案\n(二)深化行政审批流程改革\n——开展优化审批流程。进一步压缩审批时限。(市发改局、监察局牵头,相关单位负责)\n"
               "——推进建立并联审批制度。抓紧研究并联审批办法。(市发改局牵头,各有关部门配合)\n——规范行政审批中介服务。清理中介服务事项。(市法制局牵头)\n")
    assert [t.text[:4] for t in policy_extract.parse_text(heading.replace("\n", "")).tasks] == ["开展优化", "推进建立", "规范行政"]
    # bullets without their own notes stay the item's body
    plain = "二、主要目标\n到2025年:\n——经济实力明显增强。\n——创新能力显著提升。\n三、重点任务\n(一)加强统筹。(市发改委负责)\n"
    assert [t.number for t in policy_extract.parse_text(plain).tasks] == ["(一)"]



def test_a_first_number_glued_to_its_title_over_its_unit_label():
    # 连云港 关于十大重点民生工程50件实事推进落实情况的督查报告 2017 (review gi 07): "1优化就业创业服务" over "牵头单位:市人社局" — a number
    # with no dot opened nothing before a "2…" had been read, and the item was lost; "2加快…" after a line with no sentence end had
    # been joined to that line as its wrapped end (normalize.join_wrapped keeps the next glued number a title of its own)
    text = ("一、就业创业致富工程\n\n1优化就业创业服务\n\n牵头单位:市人社局\n\n完成情况:达到序时进度\n\n"
            "2加快市场主体培育\n\n牵头单位:市工商局\n\n完成情况:达到序时进度\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.text[:8], [u.name for u in t.lead_units]) for t in tasks] == [
        ("1", "优化就业创业服务", ["市人社局"]), ("2", "加快市场主体培育", ["市工商局"])]
    # a title with a figure and no label under it is no item ("1总则" waits for "1.1…", as before)
    assert [t.number for t in policy_extract.parse_text("一、工作目标\n1年内完成全部改造任务\n2023年底前全面完成\n").tasks] != ["1"]


def test_numbering_that_starts_again_under_a_title_is_that_titles_list():
    # 宁夏 工业和信息化厅 督察整改 验收销号公示 (gxt.nx.gov.cn/zwgk/fdzdgknr/glfw/gsgg/202601/t20260105_5126383_zzb.html, review he 05): "(三)整改措施" then "(一)加强目标管理。…" … "(三)…": the measures
    # are (三)'s items, not (一)整改问题 and (二)整改目标 over again; all six had been tasks side by side
    text = ("三、公示内容\n(一)整改问题\n2020年宁夏一般工业固体废物综合利用率仅为42%。\n(二)整改目标\n全区综合利用率达到规划目标值。\n(三)整改措施\n"
            "(一)加强目标管理。2022年12月底前,制定工作方案。\n(二)加强源头管理。强化环评约束。\n(三)加强综合利用。落实工业固废综合利用政策措施。\n")
    for joined in (text, text.replace("\n", "")):  # printed, and with its line breaks lost (the list cut apart after the short title)
        tasks = policy_extract.parse_text(joined + "\n").tasks
        assert [(t.number, t.path[-1], t.text[:6]) for t in tasks] == [
            ("(一)", "(三)整改措施", "加强目标管理"), ("(二)", "(三)整改措施", "加强源头管理"), ("(三)", "(三)整改措施", "加强综合利用")]
    # a table of contents' last title over the body's first chapter is no list of its own (corpus 0724); nor is a list of titles
    contents = "(一)总则\n(二)项目管理\n(三)附则\n(一)总则。为规范项目管理，制定本办法。\n(二)项目管理。项目实行分级管理。\n"
    root = segment(normalize(load_string(contents, "a.txt").lines))
    assert [c.marker for c in root.children] == ["(一)", "(二)", "(三)", "(一)", "(二)"]


def test_an_item_that_gives_its_work_to_units_in_words_is_a_task_whatever_its_title():
    # 2011年杭州楼宇总部经济工作要点 (www.5sw.com/news/html/f1/19158.html, review hc 06): "一、确定经济总体目标任务。" names a target, but its
    # "此项工作由各区楼宇办负责牵头,…各区财政、国税地税局和街道配合。" gives it to units as a note would: a task (the contract: an item
    # that carries its own unit note is a task wherever it stands); it had been dropped as a part naming the targets
    text = ("为进一步推动我市楼宇(总部)经济发展,2011年重点抓好以下工作。\n一、确定经济总体目标任务。\n"
            "2011年楼宇(总部)经济总体建议目标为:全市规模以上投入使用楼宇达到250幢。此项工作由各区楼宇办负责牵头,做好楼宇相关基础数据统计上报,"
            "各区财政局和街道配合。\n二、打造总部基地。\n2011年要贯彻落实好省政府对杭州市提出的打造总部基地的要求。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.lead_units]) for t in tasks] == [("一", ["各区楼宇办"]), ("二", [])]
    # without the sentence the part names its targets: no task
    plain = text.replace("此项工作由各区楼宇办负责牵头,做好楼宇相关基础数据统计上报,各区财政局和街道配合。", "")
    assert [t.number for t in policy_extract.parse_text(plain).tasks] == ["二"]


def test_an_item_whose_text_leads_in_with_a_colon_to_its_units_duties_is_their_heading():
    # 仁和区统计局 关于进一步明确经济普查工作职责细化工作任务的通知 (www.screnhe.gov.cn/zwgk/jbxxgk/bmwj/1277355.shtml, review hc 02) with its line breaks lost: "(一)区级部门各行业管理部门
    # 要…。部门职责和任务(将经济普查底册资料按国民经济行业分类划分到部门):1.区经济信息化和科学技术局负责…;2.区住建局负责…" — the
    # duties 1. and 2. are the tasks, as where "(一)区级部门" is printed on a line of its own; (一) had been the one task
    text = ("一、职责和任务(一)区级部门各行业管理部门要按照职责分工深入现场指导,充分利用部门行政登记资料做好普查登记指导。部门职责和任务"
            "(将经济普查底册资料按国民经济行业分类划分到部门):1.区经济信息化和科学技术局负责工业和科技方面普查数据审核等工作;主要任务:全部工业等行业"
            "的普查相关工作;2.区住建局负责建筑业和房地产业单位普查数据审核等工作;主要任务:建筑业等行业的普查相关工作。二、工作要求(一)加强领导。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("1", ["区经济信息化和科学技术局"]), ("2", ["区住建局"])]
    # a colon over materials or conditions leaves the item the task (corpus 0108: "…提交以下材料:1.《审批表》…;2.基地运行情况报告…")
    materials = ("三、申报程序(一)申报。符合条件的创业孵化基地于4月20日前向所在市人社局提出申请,并提交以下材料:1.《河北省省级创业孵化基地审批表》;"
                 "2.基地运行情况报告;3.《运营团队成员名册》。(二)审核。各市人社局对申报材料进行审核。\n")
    assert [t.number for t in policy_extract.parse_text(materials).tasks] == ["(一)", "(二)"]


def test_the_outer_list_goes_on_after_a_list_restarted_under_a_title():
    # diffreview-g1 probe 30: "（三）整改措施" over a restarted （一）（二）, then "（四）整改成效" and "（五）下一步工作…（县生态环境局负责）" continue
    # the outer list: （四） no task, （五） not under 整改措施
    text = ("一、整改落实情况\n（一）整改问题\n部分乡镇垃圾中转站渗滤液收集处理设施不完善。\n（二）整改目标\n2024年底前全部规范收集处理。\n（三）整改措施\n"
            "（一）开展排查。对全县乡镇垃圾中转站逐一排查。（县城管局负责）\n（二）完善设施。新建渗滤液收集池12座。（各乡镇人民政府负责）\n"
            "（四）整改成效\n截至目前，已完成8座收集池建设。\n（五）下一步工作\n持续加强日常监管，建立长效机制。（县生态环境局负责）\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.path[-1]) for t in tasks] == [("（一）", "（三）整改措施"), ("（二）", "（三）整改措施"), ("（五）", "一、整改落实情况")]


def test_a_body_named_by_its_kind_over_its_duties_beside_colon_duties():
    # 动物疫情 应急预案 (review hp 05): under "(二)部门职责", "1.农业部门。" over its duties (1)–(10), then "2.财政部门:负责…" — the
    # group's title names the unit doing each duty below it
    text = ("(二)部门职责\n1.农业部门。\n(1)做好疫情的监测、报告,开展流行病学调查。\n(2)调集动物防疫人员参加疫情的控制和扑灭工作。\n"
            "2.财政部门:负责筹集、划拨紧急防疫储备金。\n3.计划部门:负责紧急防疫物资储备、调运等基础设施建设的计划安排。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("(1)", ["农业部门"]), ("(2)", ["农业部门"]), ("2", ["财政部门"]), ("3", ["计划部门"])]


def test_groups_titled_by_departments_over_items_or_a_paragraph_of_their_own():
    # 治理超限超载 部门职责 (review ib 03), a page opening inside the list: "(二)公安部门" over 1.–4., "(三)发展改革部门" over 1.–2.,
    # "(四)工商部门" / "(五)质监部门" each over a paragraph on the next line — each department's work; the units had been none
    text = ("(二)公安部门\n1.加强车辆登记管理,禁止非法和违规车辆登记使用;\n2.配合维护治超检测站点的交通及治安秩序。\n"
            "(三)发展改革部门\n1.加强车辆生产企业及产品公告管理;\n2.指导和监督超限超载治理相关收费政策的执行。\n"
            "(四)工商部门\n查处非法拼装、改装汽车及非法买卖拼装、改装汽车行为。\n(五)质监部门\n对治超工作所需的检测设备依法实施计量检定。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [
        ["公安部门"], ["公安部门"], ["发展改革部门"], ["发展改革部门"], ["工商部门"], ["质监部门"]]
    # a long body's name among them (diffreview-j2 p22: "(三)中国铁塔股份有限公司汉中市分公司"); a part of contacts is none (p23)
    towers = text.replace("(五)质监部门", "(五)中国铁塔股份有限公司汉中市分公司")
    assert [u.name for u in policy_extract.parse_text(towers).tasks[-1].responsible_units] == ["中国铁塔股份有限公司汉中市分公司"]
    contacts = "三、联系方式\n(一)县教体局\n联系人:王明,电话:0916-1234567\n(二)县卫健局\n联系人:李华,电话:0916-2345678\n(三)县市场监管局\n联系人:张强,电话:0916-3456789\n"
    assert policy_extract.parse_text(contacts).tasks == []
    # not kinds of body counted over their names (corpus 1008: "二、限期整改学校（5所）" / "丰宁满族自治县职业技术教育中心" …)
    names = ("一、具备办学资质学校（43所）\n石家庄市学前教育中等专业学校\n二、限期整改学校（5所）\n张家口市职业技术教育中心\n"
             "三、终止办学学校（4所）\n宣化科技职业学院\n")
    assert all(t.responsible_units == [] for t in policy_extract.parse_text(names).tasks)


def test_a_units_duties_inside_rules_are_tasks():
    # 九江市城市居民最低生活保障办法实施细则 (法搜网 copy, review hz 03): "1、市民政部门设立办事机构,其职责是:" over ⑴–⑽ — a 细则, whose
    # provisions are no tasks, still gives each body its duties; the title names the body that sets up the office
    text = ("九江市人民政府关于印发《九江市城市居民最低生活保障办法实施细则》的通知\n1、市民政部门设立办事机构,其职责是:\n"
            "⑴组织调查研究,制定城市居民最低生活保障制度规范性文件和具体政策;\n⑵负责制定城市居民最低生活保障工作发展规划和计划;\n"
            "2、街道办事处或乡(镇)人民政府成立审核小组,配备低保工作专职管理员,其职责是:\n⑴负责保障对象的调查摸底和审核上报;\n⑵负责监督保障金的发放和管理。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["市民政部门"], ["市民政部门"], ["街道办事处", "乡(镇)人民政府"], ["街道办事处", "乡(镇)人民政府"]]
    # a 规定's article titled with a body's duties (道路交通安全责任 规定, review ib 06: "第十二条 监察机关职责" over (一)–(二))
    rules_text = ("某县道路交通安全责任规定\n第十二条 监察机关职责\n(一)负责对行政监察对象履行道路交通安全监督管理职责实施监察;\n"
                  "(二)督促有关职能部门积极开展交通事故施救、善后处理工作。\n第十三条 本规定自发布之日起施行。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(rules_text).tasks] == [["监察机关"], ["监察机关"]]
    # no chapter's title names a body (corpus 0800: "第二章评估指标及机构职责" over "第四条各类国合基地评估的主要指标为：" (一)…)
    chapter = ("某省评估办法\n第二章 评估指标及机构职责\n第四条 各类基地评估的主要指标为:\n(一)国际创新园评估指标为区域产业创新力量集聚能力;\n"
               "(二)国际联合研究中心评估指标为研发能力与贡献。\n")
    assert policy_extract.parse_text(chapter).tasks == []


def test_a_page_opening_inside_a_decimal_section():
    # a county 自然灾害救助应急预案, page 3 of a law-site copy (review hz 05): "4.1.1 …" / "4.1.2 …" then "4.2 物资准备" over "4.2.1 …" — the page
    # opens inside 4.1, so 4.2 is a sibling's heading, not a sub-item of 4.1.2 (the outline had been upside down and no measure a task)
    text = ("4.1.1 县政府应确保救灾经费投入,将救灾资金列入当年财政预算。\n4.1.2 实行救灾资金专户储存、专户管理,保证救灾资金快速拨付。\n"
            "4.2 物资准备\n4.2.1 有关部门根据职责范围储备适量的救灾物资。\n4.2.2 水务部门负责储备抗洪、排涝所需抢险救灾设备和物资。\n"
            "4.3 人力资源准备\n4.3.1 加快民政系统灾害管理人员队伍建设,加强人员培训。\n")
    doc = policy_extract.parse_text(text)
    assert [n.marker for n in doc.outline] == ["4.1.1", "4.1.2", "4.2", "4.3"]
    assert [t.number for t in doc.tasks] == ["4.1.1", "4.1.2", "4.2.1", "4.2.2", "4.3.1"]



def test_a_page_opening_inside_an_articles_list():
    # 鞍山市城市居民最低生活保障办法, page 7 of a law-site copy (review hz 08): "(一)…" – "(九)负责本地区低保信息网络的管理工作等。" (the end of
    # 第三十四条) then "第三十五条 县(市)、区民政局主要职责是:" over "(一)…" – "(八)…": the article is no point of (九), and its points are its
    # body's duties (a level of places before the body: 县(市), 区民政局); the 第三十五条 had been (九)'s sub-item and its points a new list
    text = ("鞍山市城市居民最低生活保障办法\n(八)制定本地区城市低保工作人员培训计划并组织开展培训工作;\n(九)负责本地区低保信息网络的管理工作等。\n"
            "第三十五条 县(市)、区民政局主要职责是:\n(一)制定本地区实施城市低保的方案、工作计划并组织实施;\n(二)负责城市低保待遇的审核、审批工作;\n"
            "第三十六条 街道办事处主要职责是:\n(一)负责申请城市居民最低生活保障金待遇的审核工作;\n(二)负责本街道城市低保对象保障金的管理、发放工作;\n")
    doc = policy_extract.parse_text(text)
    assert [n.marker for n in doc.outline] == ["(八)", "(九)", "第三十五条", "第三十六条"]
    assert [(t.path[-1][:5], [u.name for u in t.responsible_units]) for t in doc.tasks] == [("第三十五条", ["县(市)", "区民政局"])] * 2 + [("第三十六条", ["街道办事处"])] * 2
    # an item quoting the article it amends keeps it ("(一)将第五条修改为:" over "第五条 …")
    amends = "关于修改某办法的决定\n(一)增加一条,作为第二条:\n第二条 本办法适用于全市。\n(二)将第五条修改为:\n第五条 市民政局负责组织实施。\n"
    assert [n.marker for n in policy_extract.parse_text(amends).outline] == ["(一)", "(二)"]


def test_unnumbered_duties_with_a_preposition_after_the_subject():
    # 衢州 清欠农民工工资 (review ie 06): a run of unnumbered duties, one paragraph each, where one puts a preposition and its object
    # between its unit and the word of duty ("人民法院对拖欠农民工工资的案件要开启绿色通道…" after "交通部门要狠抓重点…"): a duty of its
    # own in the run, not the paragraph before it going on; alone, no run (diffreview-j4 p26 kept such lines inside an item)
    text = ("监察部门要按照有关法律法规的规定严肃追究责任。\n交通部门要狠抓重点,对重点交通建设项目进行严密监控。\n"
            "人民法院对拖欠农民工工资的案件要开启绿色通道,以最快的速度立案、审理、结案、执行。\n公安部门负责调查处理拖欠农民工工资并涉嫌逃逸的刑事案件。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [["监察部门"], ["交通部门"], ["人民法院"], ["公安部门"]]
    assert policy_extract.parse_text("人民法院对拖欠农民工工资的案件要开启绿色通道,以最快的速度立案、审理。\n").tasks == []



def test_a_part_or_a_chapter_after_items_is_no_items():
    # 商务部举办展览会内部管理办法 on a law site, page opening inside 第三部分 (review ij 04): "二十三、支持引导类展览会由…负责…。" then "第四部分
    # 评价与监督" over "二十四、…": the part is the page's next division, not 二十三's sub-item; likewise a chapter after articles (corpus 0848:
    # "第八条 …" then "第二章 组织架构及职责")
    text = ("二十二、支持引导类展览会由牵头主办单位负责指导展览会方案的制定。\n二十三、归口管理单位负责统筹协调。\n第四部分 评价与监督\n"
            "二十四、牵头主办单位应在展览会结束1个月内将总结报告报部领导。\n二十五、部纪检部门负责对举办展览会的有关情况进行监督。\n")
    assert [n.marker for n in policy_extract.parse_text(text).outline] == ["二十二、", "二十三、", "第四部分"]

def test_a_short_line_over_a_list_starting_again_titles_it():
    # a 乡镇 防汛 制度 page (review ii 04): "…6、重大情况须及时向上级报告。" then "防汛办主要职责" over "1、贯彻实施…" – "9、…", then "防汛值班制度"
    # over "1、…": each short line titles the list that starts again under it (and a title naming a body's duties gives it the items),
    # beside the title before it; on one line ("…报告。防汛办主要职责1、贯彻…。2、…") the same. Points cited are no list ("按照前款(一)、(二)项…", 0383).
    text = ("乡镇防汛行政首长负责制\n1、乡(镇)长为本辖区防汛第一行政责任人,负责做好有关防汛法规、政策的宣传工作。\n2、组织乡镇技术人员制订水库度汛方案。\n"
            "3、重大情况须及时向上级报告。\n防汛办主要职责\n1、贯彻实施有关防汛工作的法律、法规和政策。\n2、制定本级防洪工程度汛方案和防洪应急抢险预案。\n"
            "3、督促、检查防汛准备工作。\n防汛值班制度\n1、汛期实行24小时由乡镇领导带班、工作人员值班相结合的防汛值班制度。\n2、汛期,乡镇主要领导的手机必须24小时开机。\n")
    for layout in (text, "".join(line.strip() for line in text.splitlines()) + "\n"):
        doc = policy_extract.parse_text(layout)
        assert [n.title for n in doc.outline if not n.marker] == ["防汛办主要职责", "防汛值班制度"]
        assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [[]] * 3 + [["防汛办"]] * 3 + [[]] * 2
    cited = ("第二十条 下列费用可以从劳动者工资中扣除:(一)依法签订的劳动合同中明确规定的费用;(二)用人单位依法制定的厂规中明确规定的费用;"
             "(三)用人单位与劳动者协商一致的费用。按照前款(一)、(二)项规定扣除后的工资余额不得低于当地最低工资标准。\n")
    assert not [n for n in policy_extract.parse_text(cited).outline if not n.marker]

def test_an_items_note_over_what_it_inspects_keeps_it_the_task():
    # diffreview-j3 p03: "3.开展安全生产大排查（责任单位：…；完成时限：…）。工作措施：组织对以下重点行业领域开展全覆盖排查：" over "（1）危险化学品企业；"
    # … — names listed, no measures: the item is the task (its "工作措施:" label had made it a heading over three names)
    text = ("二、重点任务\n3.开展安全生产大排查（责任单位：县应急局、县住建局；完成时限：2024年6月底前）。工作措施：组织对以下重点行业领域开展全覆盖排查：\n"
            "（1）危险化学品企业；\n（2）非煤矿山；\n（3）建筑施工工地。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["3"]


def test_a_line_naming_whose_duties_the_items_below_are():
    # a 物业管理 plan (the form held-out round if reported, read after its score was taken): "各街道办事处主要职责:" on a line of its own over
    # 1.–3. — each item the body's; the units had been none. A line that is no body's duties names none ("主要任务:")
    text = "二、工作职责\n各街道办事处主要职责:\n1.负责辖区内物业管理活动的指导和监督。\n2.协调处理物业管理纠纷。\n3.组织成立业主大会。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [["各街道办事处"]] * 3
    other = text.replace("各街道办事处主要职责:", "主要任务:")
    assert all(t.responsible_units == [] for t in policy_extract.parse_text(other).tasks)
    # up to the next such line (diffreview-j4 p31: "市教育局主要职责：" over 1.–2., then "市卫生健康委主要职责：" over its own 1.–2.)
    two = ("三、职责分工\n市教育局主要职责：\n1.负责组织开展校园安全隐患排查。\n2.指导学校完善安全管理制度。\n市卫生健康委主要职责：\n"
           "1.负责指导学校传染病防控工作。\n2.开展学生健康监测。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(two).tasks] == [["市教育局"]] * 2 + [["市卫生健康委"]] * 2
