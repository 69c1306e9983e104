"""Stage 4a (notes): unit notes in every printed form, the asides that are not notes, and
unit lists split into one name per unit."""
from __future__ import annotations

import pytest

import policy_extract
from conftest import EFF2025, HANZHONG, STD2023, TABLE, YANTA, piece_at, pieces, quote, task_count
from policy_extract import rules
from policy_extract.cell_units import roles_from_cells
from policy_extract.grammar import current, using
from policy_extract.note_spans import ends_with_note, is_note_paragraph, remove_notes
from policy_extract.notes import (
    bare_note,
    find_notes,
    label_role,
    parse_note,
    split_roles,
    split_units,
    squeeze_spaced_labels,
)
from policy_extract.rules import DEFAULT_RULES


def units_from_cells(lead_cell: str, responsible_cell: str) -> tuple[list[str], list[str]]:
    """The lead and responsible units a table row's two cells give (roles_from_cells without the people)."""
    lead, responsible, _ = roles_from_cells(lead_cell, responsible_cell)
    return lead, responsible


def _roles(text):
    notes = find_notes(text)
    assert len(notes) == 1, notes
    n = notes[0]
    return n.lead, n.responsible


# --- bracketed notes from the samples ----------------------------------------------------

HANZHONG_STANDARD = ["市级有关部门", "各县(区)政府", "各园区"]
STD2023_AREAS = ["各区县政府", "西咸新区管委会", "各开发区管委会"]

REAL_NOTES = [
    # hanzhong: 〔X牵头，Y按职责分工负责〕 with half-width commas
    (HANZHONG, "〔市行政审批服务局牵头,市级有关部门和各县(区)政府、各园区按职责分工负责〕", ["市行政审批服务局"], HANZHONG_STANDARD),
    (HANZHONG, "〔市工业和信息化局牵头,市级有关部门和各县(区)政府、各园区按职责分工负责〕", ["市工业和信息化局"], HANZHONG_STANDARD),
    # hanzhong: "X、Y分别牵头" gives two leads
    (HANZHONG, "〔市市场监督管理局、市司法局分别牵头,市级有关部门和各县(区)政府、各园区按职责分工负责〕", ["市市场监督管理局", "市司法局"], HANZHONG_STANDARD),
    (HANZHONG, "〔市数据局、市行政审批服务局分别牵头,市级有关部门和各县(区)政府、各园区按职责分工负责〕", ["市数据局", "市行政审批服务局"], HANZHONG_STANDARD),
    # hanzhong: a list ending "…等市级有关部门和各县(区)政府"
    (
        HANZHONG,
        "〔市住房城乡建设局牵头,市发展改革委、市自然资源局、市生态环境局、市城市管理局、市交通运输局、市水利局、市行政审批服务局等市级有关部门和各县(区)政府、各园区按职责分工负责〕",
        ["市住房城乡建设局"],
        ["市发展改革委", "市自然资源局", "市生态环境局", "市城市管理局", "市交通运输局", "市水利局", "市行政审批服务局"] + HANZHONG_STANDARD,
    ),
    # xian-2023: labelled, full-width colons and semicolons
    (STD2023, "（牵头单位：市行政审批局；责任单位：有政务服务事项的市级部门，各区县政府、西咸新区管委会、各开发区管委会）", ["市行政审批局"], ["有政务服务事项的市级部门"] + STD2023_AREAS),
    (STD2023, "（牵头单位：市行政审批局；责任单位：有政务服务事项的市级部门）", ["市行政审批局"], ["有政务服务事项的市级部门"]),
    (STD2023, "（牵头单位：市大数据局；责任单位：市公安局、市卫生健康委、市消防救援支队）", ["市大数据局"], ["市公安局", "市卫生健康委", "市消防救援支队"]),
    # xian-2023: three leads, one of them a company
    (
        STD2023,
        "（牵头单位：市行政审批局、市大数据局、西安城投集团；责任单位：有政务服务事项的市级部门，各区县政府、西咸新区管委会、各开发区管委会）",
        ["市行政审批局", "市大数据局", "西安城投集团"],
        ["有政务服务事项的市级部门"] + STD2023_AREAS,
    ),
    # xian-2023 line 78: labelled with half-width colons and semicolons
    (STD2023, "(牵头单位:市行政审批局;责任单位:各区县政府、西咸新区管委会、各开发区管委会)", ["市行政审批局"], STD2023_AREAS),
    # xian-2023 line 158: half-width brackets, full-width colons
    (STD2023, "(牵头单位：市行政审批局、市大数据局；责任单位：有政务服务事项的市级部门，各区县政府、西咸新区管委会、各开发区管委会)", ["市行政审批局", "市大数据局"], ["有政务服务事项的市级部门"] + STD2023_AREAS),
    # xian-2023 line 148: a trailing 等 is dropped
    (
        STD2023,
        "（牵头单位：市行政审批局、市大数据局；责任单位：市卫生健康委、市医疗保障局、市人社局、市住建局、市民政局、市体育局、市教育局、市文化旅游局、市交通局、市退役军人局、市金融工作局、市邮政管理局等，各区县政府、西咸新区管委会、各开发区管委会）",
        ["市行政审批局", "市大数据局"],
        ["市卫生健康委", "市医疗保障局", "市人社局", "市住建局", "市民政局", "市体育局", "市教育局", "市文化旅游局", "市交通局", "市退役军人局", "市金融工作局", "市邮政管理局"] + STD2023_AREAS,
    ),
    # xian-2023 line 58: three leads; "有…的市级部门" kept whole
    (
        STD2023,
        "（牵头单位：市政府办公厅、市市场监管局、市行政审批局；责任单位：市大数据局、有政务服务事项和监管职责的市级部门，各区县政府、西咸新区管委会、各开发区管委会）",
        ["市政府办公厅", "市市场监管局", "市行政审批局"],
        ["市大数据局", "有政务服务事项和监管职责的市级部门"] + STD2023_AREAS,
    ),
]


@pytest.mark.parametrize("source,note,lead,responsible", REAL_NOTES, ids=[f"{s[:8]}:{n[1:14]}" for s, n, _, _ in REAL_NOTES])

def test_real_notes(source, note, lead, responsible):
    quote(source, note)
    assert _roles(note) == (lead, responsible)
    assert is_note_paragraph(note)


def test_a_stray_etc_before_a_name_is_no_part_of_it():
    # 谯城区 2023 重点工作任务分解表 (bzqc.gov.cn XxgkContent/show/2309560.html, review s7d 01): "、等区政府有关部门"
    assert split_units("区发改委、区经信局、区农业农村局、等区政府有关部门,区农投公司") == [
        "区发改委", "区经信局", "区农业农村局", "区政府有关部门", "区农投公司"]


def test_a_label_naming_units_and_their_people():
    # 昆明 2009 消防部队应急救援能力建设 责任分解 (review s7a 01): "责任单位及责任人" names units, and a
    # unit's 主要领导 stands for it: the unit among the units, the words among the leaders
    note = parse_note("责任单位及责任人:呈贡县政府、市发改委、市财政局、市公安消防支队主要领导。")
    assert note.responsible == ["呈贡县政府", "市发改委", "市财政局", "市公安消防支队"] and note.lead == []
    assert note.leaders == ["市公安消防支队主要领导"]
    note = parse_note("责任单位及责任人:盘龙区政府主要领导。")
    assert (note.responsible, note.leaders) == (["盘龙区政府"], ["盘龙区政府主要领导"])
    assert label_role("牵头单位及责任人") == "lead" and label_role("责任单位和责任人") == "responsible"
    assert label_role("责任领导") == "person" and label_role("联系人及电话") == "none"


def test_note_with_mixed_width_brackets_after_a_page_break():
    # xian-2023 lines 94–96: "（牵头单位：…有政务服务事项" / "的市级部门，…管委会)" — opened full width, closed half width
    quote(STD2023, "（牵头单位：市行政审批局；责任单位：有政务服务事项\n\n的市级部门，各区县政府、西咸新区管委会、各开发区管委会)")
    text = piece_at(STD2023, 94).text
    notes = find_notes(text)
    assert len(notes) == 1
    assert (notes[0].lead, notes[0].responsible) == (["市行政审批局"], ["有政务服务事项的市级部门"] + STD2023_AREAS)
    assert text[notes[0].start] == "（" and text[notes[0].end - 1] == ")"
    assert notes[0].end == len(text)
    assert remove_notes(text, notes).endswith("推进西安市全程网办事项“跨省通办、跨市通办”。")


def test_note_with_mixed_width_brackets_split_mid_name():
    # xian-2023 lines 152–154: "…各区县政府、西咸新区" / "管委会、各开发区管委会)"
    text = piece_at(STD2023, 152).text
    assert piece_at(STD2023, 152).end_line == 154
    assert text.endswith("有政务服务事项的市级部门，各区县政府、西咸新区管委会、各开发区管委会)")
    assert _roles(text) == (["市行政审批局"], ["有政务服务事项的市级部门"] + STD2023_AREAS)


@pytest.mark.parametrize("stem,count", [(HANZHONG, task_count(HANZHONG)), (STD2023, task_count(STD2023)), (TABLE, 0), (EFF2025, 0), (YANTA, 0)])
def test_each_sample_has_one_note_per_task_and_no_false_notes(stem, count):
    found = sum(len(find_notes(p.text)) for p in pieces(stem) if p.kind == "para")
    assert found == count


# --- the other common forms (synthetic, as the contract lists them) -------------------------

SYNTHETIC_NOTES = [
    ("（市发改委牵头，市财政局配合）", ["市发改委"], ["市财政局"]),
    ("（市发改委负责）", [], ["市发改委"]),  # a bare "X负责" names no lead (the contract)
    ("（责任单位：市发改委、市财政局）", [], ["市发改委", "市财政局"]),
    ("（牵头单位：市发改委；配合单位：市财政局、市审计局）", ["市发改委"], ["市财政局", "市审计局"]),
    ("（市发改委、市财政局共同牵头，各区县政府参与）", ["市发改委", "市财政局"], ["各区县政府"]),
    ("【市发改委牵头，市财政局按职责分工负责】", ["市发改委"], ["市财政局"]),
]


@pytest.mark.parametrize("note,lead,responsible", SYNTHETIC_NOTES, ids=[n for n, _, _ in SYNTHETIC_NOTES])
def test_other_note_forms(note, lead, responsible):
    assert _roles("推进政务服务标准化。" + note) == (lead, responsible)


def test_labelled_note_line():
    # synthetic: "牵头单位：X" as a line of its own
    text = "推进政务服务事项清单标准化。\n牵头单位：市发改委\n"
    assert _roles(text) == (["市发改委"], [])
    assert is_note_paragraph("牵头单位：市发改委")
    assert is_note_paragraph("牵头单位:市发改委；责任单位:市财政局")


def test_leaders_and_time_limit_labels():
    # synthetic: 责任领导 is a person, never a unit; 完成时限 is the note's time limit
    note = parse_note("牵头单位：市发改委；责任领导：张三；完成时限：2023年底前")
    assert (note.lead, note.responsible, note.leaders, note.deadline) == (["市发改委"], [], ["张三"], "2023年底前")
    unlabelled = parse_note("市发改委牵头，2023年底前完成")
    assert (unlabelled.lead, unlabelled.deadline) == (["市发改委"], "2023年底前完成")


# People beside units (issue #12): a person printed in a unit cell or note goes to the
# leaders; the visible corpus prints people only in leader labels/columns (h03, h06, h07) and
# in member lists (corpus 0597 "沈小平（省发改委主任）"), so the notes below put those real
# names beside real units in the forms other notices print.
PEOPLE_BESIDE_UNITS = [
    ("牵头单位：市发改委（张三）；责任单位：市财政局", ["市发改委"], ["市财政局"], ["张三"]),
    ("市发展改革委（金力副市长）牵头，市财政局配合", ["市发展改革委"], ["市财政局"], ["金力副市长"]),
    ("牵头单位：市财政局，责任人：王五", ["市财政局"], [], ["王五"]),
    ("责任单位：招商工作部 叶林", [], ["招商工作部"], ["叶林"]),
    ("责任单位：市发改委、市教育局 李四、市财政局 王五", [], ["市发改委", "市教育局", "市财政局"], ["李四", "王五"]),
    ("牵头单位：市发改委（责任人：刘惠）", ["市发改委"], [], ["刘惠"]),
    ("牵头单位：省发展改革委、刘惠同志", ["省发展改革委"], [], ["刘惠同志"]),
    ("分管副市长牵头，市发改委负责", [], ["市发改委"], ["分管副市长"]),
    ("牵头单位：市发改委（责任人：张云峰，电话：0311-66908752）", ["市发改委"], [], ["张云峰"]),
    ("牵头单位：市发改委（张云峰、马振明）", ["市发改委"], [], ["张云峰", "马振明"]),
    ("责任单位：市发改委 张云峰 市财政局 马振明", [], ["市发改委", "市财政局"], ["张云峰", "马振明"]),
    ("责任单位：市发改委（分管领导：张云峰）", [], ["市发改委"], ["张云峰"]),
    ("牵头单位：市发改委（联系人：薛飞）", ["市发改委"], [], []),  # a contact (corpus 0033 联系人：薛飞) is no leader
]


@pytest.mark.parametrize("note,lead,responsible,people", PEOPLE_BESIDE_UNITS, ids=[c[0] for c in PEOPLE_BESIDE_UNITS])
def test_people_beside_units_are_leaders(note, lead, responsible, people):
    found = parse_note(note)
    assert (found.lead, found.responsible, found.leaders) == (lead, responsible, people)


def test_a_time_limit_closing_a_labelled_unit_list_is_the_notes_deadline():
    # 湘西州 2020年深化“放管服”改革优化营商环境工作计划 (m.bgbf.com.cn, a mirror of the 州政府 page)
    note = parse_note("牵头单位:州行政审批服务局;责任单位:州司法局、州委编办及州直相关单位,各县市人民政府、湘西经开区管委会,6月底完成")
    assert note.responsible == ["州司法局", "州委编办", "州直相关单位", "各县市人民政府", "湘西经开区管委会"]
    assert note.deadline == "6月底完成"
    # a unit that ends the list is no time limit
    assert parse_note("牵头单位:州行政审批服务局;责任单位:州司法局,湘西经开区管委会").deadline is None


def test_a_name_given_to_the_whole_list_is_no_part_of_its_last_unit():
    # 某市 2022年政务公开工作要点 (jianbiaow.cn): "(以下统称各县(区)政府)" names the three units before it
    note = parse_note("牵头单位:市财政局,责任单位:各县(区)政府、各管理区管委会、经开区管委会(以下统称各县(区)政府),市政府各部门")
    assert note.responsible == ["各县(区)政府", "各管理区管委会", "经开区管委会", "市政府各部门"]
    # an alias of one unit stays with it
    assert parse_note("责任单位：市发展和改革委员会(以下简称市发改委)").responsible == ["市发展和改革委员会(以下简称市发改委)"]


def test_people_apart_keeps_aliases_and_short_units():
    # an alias in brackets (contract: 市行政审批局(市审改办)) and short units are units
    assert parse_note("责任单位：市行政审批局(市审改办)、省科协、团省委").responsible == ["市行政审批局(市审改办)", "省科协", "团省委"]
    # a bare name alone (a 责任领导 cell, h03 "叶林") is what the column says, not moved
    assert roles_from_cells("", "叶林") == ([], ["叶林"], [])
    # "联系人" names no one doing the work: neither a unit nor a leader
    assert roles_from_cells("市财政局，联系人：薛飞", "") == (["市财政局"], [], [])
    # 乡镇2021年创建全国文明城市工作方案 on a template site (gwydvip.com/article/7471.html, review cy06): "(责任单位:拆违控违办、各村、社区;
    # 责任人;xx)" — the person's label typed without its colon had become a unit, and its person too
    note = parse_note("责任单位:拆违控违办、各村、社区;责任人;xx")
    assert (note.responsible, note.leaders) == (["拆违控违办", "各村、社区"], ["xx"])
    # only the name after the label is its person: a unit labelled after that is a unit still (diffreview-as's probe)
    note = parse_note("责任单位:市场监管所、中心学校;责任人;张xx;配合单位:派出所")
    assert (note.responsible, note.leaders) == (["市场监管所", "中心学校", "派出所"], ["张xx"])
    # several people after the label, a unit list after them (diffreview-at's probes)
    note = parse_note("责任单位:镇综治办;责任领导;李明、王强;配合单位:镇派出所、司法所")
    assert (note.responsible, note.leaders) == (["镇综治办", "镇派出所", "司法所"], ["李明", "王强"])


def test_unit_cells_that_name_their_roles_with_verbs():
    # 广州市 2021 政务公开工作要点分工 (www.wuxingjieneng.com/hyyw/info_4183.aspx?itemid=4629, review r35a 01): a cell's
    # verbs give its roles and a name with none is the column's; no verb is left inside a name
    assert units_from_cells("", "市财政局牵头,市直各单位落实;各区政府") == (["市财政局"], ["市直各单位", "各区政府"])
    # a second unit column's verbs hold for its own names only: "市里落实单位 | 局内负责处室"
    text = ("工作任务 | 具体要求 | 市里落实单位 | 局内负责 处室 |\n"
            "(一)持续加强重大政策发布解读。 | 5. 重点围绕做好“六稳”工作,切实加强重大政策实施的发布解读。 | 市直各单位;各区政府 | 水资源与供水处牵头,调研处配合 |\n")
    task = policy_extract.parse_text(text).tasks[0]
    assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (["水资源与供水处"], ["市直各单位", "各区政府", "调研处"])


@pytest.mark.parametrize("note,lead,responsible", [
    # 吉林省 2020 政务公开工作要点 (xxgk.jl.gov.cn …t20200903_7449367.html, review r36b 03): how the units do the work
    # is no part of their names
    ("各单位按照职能分别落实", [], ["各单位"]),
    # a city's 重点工作 分解 (www.fymate.net/html/text/lar/169591/16959105_1.html, review r37a 07): "(A、B、C按职责牵头负责)"
    ("市农业局、发改委、财政局按职责牵头负责", ["市农业局", "发改委", "财政局"], []),
    # corpus 0634 (河北 2003 建材市场专项整治): "…由质监部门牵头，各有关部门分别按照各自职责积极配合"
    ("质监部门牵头，各有关部门分别按照各自职责积极配合", ["质监部门"], ["各有关部门"]),
    # 上海市安委会 城镇燃气安全专项整治实施方案 (zhiyao87/Shanghai-Gov-Docs-Index, review aa 01, 43 of its 48 notes):
    # "各区政府组织落实" had given the unit "各区政府组织"
    ("市住房城乡建设管理委牵头负责，各区政府组织落实", ["市住房城乡建设管理委"], ["各区政府"]),
    # 上海市加强城市地质安全风险防控 实施方案 (zhiyao87/Shanghai-Gov-Docs-Index, review af03, 6 of its 17 notes): "结合实际" had
    # stayed in the name, "各区有关部门结合实际"
    ("市规划资源局牵头，各区有关部门结合实际落实", ["市规划资源局"], ["各区有关部门"]),
    # (diffreview-x) a name's own 组织 stays: "各基层党组织落实", "各类社会组织落实"
    ("区财政局牵头，各基层党组织落实", ["区财政局"], ["各基层党组织"]),
    ("区民政局牵头，各类社会组织落实", ["区民政局"], ["各类社会组织"]),
])
def test_how_units_do_the_work_is_no_part_of_their_names(note, lead, responsible):
    assert _roles_of(note) == (lead, responsible)
    # corpus 0049 (河北 2019): a legend, "分工负责为各部门按职责分别牵头", names no unit
    assert parse_note("分工负责为各部门按职责分别牵头") is None or not parse_note("分工负责为各部门按职责分别牵头").lead


def _roles_of(note):
    n = parse_note(note)
    return n.lead, n.responsible


def test_people_in_a_task_table_row_are_leaders():
    # h03-like pipe table (../shared/realworld/texts/h03_huoshan_table_2025.txt) with the person
    # printed in the 责任单位 cell instead of a 责任领导 column
    text = "2025年开发区重点工作及责任清单\n| 序号 | 重点工作 | 责任单位 | 完成时限 |\n| 1 | 全力推进开发区“空间再造”。 | 改革办（马振明） | 全年 |\n| 2 | 持续提升园区承载能力。 | 规划建设局 张云峰 | 全年 |\n"
    tasks = policy_extract.parse_text(text).tasks
    assert [([u.name for u in t.responsible_units], t.leaders) for t in tasks] == [(["改革办"], ["马振明"]), (["规划建设局"], ["张云峰"])]


def test_lead_marked_inside_a_responsible_list():
    # synthetic: "市发改委（牵头）、市财政局"
    assert split_roles("市发改委（牵头）、市财政局") == (["市发改委"], ["市财政局"])
    # 温州市龙湾区 2023 重点工作责任分解 (longwan.gov.cn …art_1229536979_58972142.html, review r26c 09): the lead starred
    assert split_roles("区政府办公室*、区财政局") == (["区政府办公室"], ["区财政局"])
    assert split_roles("区财政局＊、区科技局、区投促中心") == (["区财政局"], ["区科技局", "区投促中心"])
    assert _roles("（责任单位：市发改委（牵头）、市财政局）") == (["市发改委"], ["市财政局"])
    # 诸暨市 2023 主要目标任务分解清单 (zhuji.gov.cn/art/2023/2/9/art_1229079889_1881272.html, review r33b 02): the lead
    # marked by a triangle before it, "▲发改局,各部门,各镇乡(街道)"
    assert split_roles("▲发改局,各部门,各镇乡(街道)") == (["发改局"], ["各部门", "各镇乡(街道)"])
    assert split_roles("经信局,相关部门,各镇乡(街道)") == ([], ["经信局", "相关部门", "各镇乡(街道)"])
    # 嘉兴 主要工作任务责任分解表 (a mirror page, review fv 04): the star before the lead's name, no part of it
    assert split_roles("*市委组织部(市委人才办)、 市人力社保局") == (["市委组织部(市委人才办)"], ["市人力社保局"])
    assert split_roles("*市建设局、嘉源集团") == (["市建设局"], ["嘉源集团"])
    # an “人工智能+” 行动计划 (浙江, a mirror, review gt 01): "(责任单位:☆经信局、科技局。标☆的为牵头单位,下同。)" — the hollow star
    assert _roles("（责任单位:☆经信局、科技局。标☆的为牵头单位,下同。）") == (["经信局"], ["科技局"])
    # 湖南 2024年数据和政务服务管理工作要点 (湘政办发〔2024〕17号, a mirror, review gt 05): "X、Y均为责任单位" had left 均 on the last name
    assert parse_note("省数据局、各市州人民政府均为责任单位").responsible == ["省数据局", "各市州人民政府"]


# --- asides that are not notes -----------------------------------------------------------

ASIDES = [
    (YANTA, "以书面形式(含电子文本)将证明义务"),
    ("synthetic", "以书面形式（含电子文本）将证明义务"),
    (YANTA, "《雁塔区相对集中许可权事项审批与监管协调联动工作制度(试行)》"),
    ("synthetic", "出台破产案件审理规程（试行）"),
    (STD2023, "《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国发〔2022〕5号）"),
    (TABLE, "《西安市推行“亩均论英雄”综合改革实施方案》(市政发〔2022〕11号)"),
    (STD2023, "（此件公开发布）"),
    (TABLE, "（联系人：田博 电话/传真：86789314）"),
    (EFF2025, "(联系人:张家耀,电话:86786183)"),
    (EFF2025, "建成城市信息模型(CIM)"),
    (STD2023, "市、区县（开发区）、街道"),
    (TABLE, "已将债权债务清偿完结的市场主体(上市公司除外)"),
    (TABLE, "“三零”(零上门、零审批、零投资)"),
]


@pytest.mark.parametrize("source,text", ASIDES, ids=[t[:16] for _, t in ASIDES])
def test_asides_are_not_notes(source, text):
    if source != "synthetic":
        quote(source, text)
    assert find_notes(text) == []
    assert not ends_with_note(text)


def test_ends_with_note_on_real_tasks():
    task = piece_at(HANZHONG, 21).text
    assert ends_with_note(task)
    assert not ends_with_note(piece_at(HANZHONG, 61).text)  # the closing request
    assert ends_with_note(piece_at(STD2023, 76).text)  # item 12, its note on line 78


def test_remove_notes_keeps_the_task_text():
    text = piece_at(HANZHONG, 37).text  # task 8, "分别牵头"
    body = remove_notes(text, find_notes(text))
    assert body.startswith("8.优化监管执法方式。")
    assert body.endswith("强化制止滥用行政权力排除限制竞争的反垄断执法。")
    assert "牵头" not in body and "〔" not in body


# --- split_units: the output contract's cases --------------------------------------------


@pytest.mark.parametrize(
    "source,cell,names",
    [
        # spaces inside a list with explicit separators are line-wrap debris
        (TABLE, "市级相关单位，各 区县政府、西咸新 区管委会", ["市级相关单位", "各区县政府", "西咸新区管委会"]),
        (TABLE, "市级相关单位,各 区县政府、西咸新 区管委会、各开发 区管委会", ["市级相关单位", "各区县政府", "西咸新区管委会", "各开发区管委会"]),
        # spaces between whole names separate units
        (TABLE, "市行政审批局 市司法局", ["市行政审批局", "市司法局"]),
        (TABLE, "市市场监管局 市行政审批局 市司法局 市商务局", ["市市场监管局", "市行政审批局", "市司法局", "市商务局"]),
        (TABLE, "市行政审批局 (市审改办) 市政府办公厅", ["市行政审批局(市审改办)", "市政府办公厅"]),
        # 和 between two units, not inside one
        (HANZHONG, "市级有关部门和各县(区)政府", ["市级有关部门", "各县(区)政府"]),
        ("synthetic", "市住房和城乡建设局", ["市住房和城乡建设局"]),
        (HANZHONG, "市工业和信息化局", ["市工业和信息化局"]),
        # "X、Y等市级相关单位" -> X, Y, 市级相关单位
        (TABLE, "市政府办公厅、市 发改委、市住建局 等市级相关单位， 各区政府、西咸新 区管委会、各开发 区管委会",
         ["市政府办公厅", "市发改委", "市住建局", "市级相关单位", "各区政府", "西咸新区管委会", "各开发区管委会"]),
        (TABLE, "市行政审批局等市级相关单位", ["市行政审批局", "市级相关单位"]),
        (TABLE, "市商务局、市司法局等市级相关单位,各区政府、西咸新区管委会、各开发区管委会",
         ["市商务局", "市司法局", "市级相关单位", "各区政府", "西咸新区管委会", "各开发区管委会"]),
        # a trailing 等 is dropped
        (STD2023, "市邮政管理局等", ["市邮政管理局"]),
        # a unit named with quotes is one unit, its 、 inside the quotes notwithstanding
        (TABLE, "市“双随机、一公开”联席会议各成员单位，各区县政府、西咸新区管委会、各开发区管委会",
         ["市“双随机、一公开”联席会议各成员单位", "各区县政府", "西咸新区管委会", "各开发区管委会"]),
        # brackets inside names
        (TABLE, "市委宣传部(市版权局), 市法院、市检察院, 市司法局、市农业农村局、市文化旅游局, 关中海关",
         ["市委宣传部(市版权局)", "市法院", "市检察院", "市司法局", "市农业农村局", "市文化旅游局", "关中海关"]),
        (TABLE, "市财政局，关中海关，阎良区（航空基地）政府、西咸新区管委会", ["市财政局", "关中海关", "阎良区（航空基地）政府", "西咸新区管委会"]),
        # wrap spaces after separators, mixed commas
        (TABLE, "市住建局、市资源 规划局、市城管局、 市公安局、市生态 环境局、市文物局、 市市场监管局,国 网西安供电公司、 国网西咸供电公司, 各区县政府、 西咸新区管委会、 各开发区管委会",
         ["市住建局", "市资源规划局", "市城管局", "市公安局", "市生态环境局", "市文物局", "市市场监管局", "国网西安供电公司", "国网西咸供电公司", "各区县政府", "西咸新区管委会", "各开发区管委会"]),
        # no unit
        (TABLE, "/", []),
        ("synthetic", "无", []),
        ("synthetic", "", []),
        # a counted group is kept as printed
        ("synthetic", "市发改委等5个部门", ["市发改委等5个部门"]),
        ("synthetic", "市发改委等五个部门", ["市发改委等五个部门"]),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None,
)
def test_split_units(source, cell, names):
    if source != "synthetic":
        quote(source, cell)
    assert split_units(cell) == names


def test_split_units_drops_duplicates_and_full_stops():
    assert split_units("市发改委、市财政局、市发改委。") == ["市发改委", "市财政局"]


def test_a_place_kind_after_a_collective_body_is_a_unit_of_its_own():
    # 区政府 2022 重点工作分解 (hlgyp.cn …/2022/0419/11114.html, review r40b 03): "(…主办,区相关部门、街道、板块协办)" —
    # 街道 names the streets, not a kind of the departments; "各有关部门、单位" still one (单位 the departments' kind)
    assert split_units("区相关部门、街道、板块") == ["区相关部门", "街道", "板块"]
    assert split_units("各有关部门、单位") == ["各有关部门、单位"]
    assert split_units("各乡镇、街道") == ["各乡镇、街道"]


def test_unit_names_glued_by_a_lost_break_are_apart():
    # 黄石港区 2023 (review r33a 01): "(责任单位:区财政局区税务局)"; 谯城区 2025 flattened (review r17a 03): a wrapped
    # lead cell "区人社局" / "区农业农村局" / "区发改委" run together
    assert split_units("区财政局区税务局") == ["区财政局", "区税务局"]
    assert split_units("区人社局区农业农村局区发改委") == ["区人社局", "区农业农村局", "区发改委"]
    # one name stays one: a body inside a government, a collective's members (corpus 0741, 0762)
    assert split_units("区发展和改革委员会") == ["区发展和改革委员会"]
    assert split_units("省企业上市工作领导小组各成员单位") == ["省企业上市工作领导小组各成员单位"]
    assert split_units("省人民政府各部门") == ["省人民政府各部门"]


def test_spaces_inside_a_bracket_do_not_cut_a_name():
    # 南平市 2022 政务公开工作要点 落实情况 (np.gov.cn/cms/html/npszf/2022-03-02/932743328.html, review r37b 04):
    # "| 市发改委 市自然资源局 | 各县 (市、 区 ) 政府 |" — the wrap spaces inside the bracket are no name's end
    assert split_units("各县 (市、 区 ) 政府") == ["各县(市、区)政府"]
    assert split_units("市财政局、各县 (市、 区 ) 政府") == ["市财政局", "各县(市、区)政府"]
    assert split_units("市发改委 市自然资源局") == ["市发改委", "市自然资源局"]


# --- task-table cells --------------------------------------------------------------------


def test_units_from_table_cells():
    # xian-2022 measure (8): lead cell with a bracketed alias, responsible cell with 等
    lead = quote(TABLE, "市行政审批局 (市审改办) 市政府办公厅")
    responsible = quote(TABLE, "市市场监管局等市级相关单位,各区政府、西咸新区管委会、各开发区管委会")
    assert units_from_cells(lead, responsible) == (
        ["市行政审批局(市审改办)", "市政府办公厅"],
        ["市市场监管局", "市级相关单位", "各区政府", "西咸新区管委会", "各开发区管委会"],
    )
    # xian-2022 measure (53): 责任单位 "/"
    assert units_from_cells("市司法局", "/") == (["市司法局"], [])
    # xian-2022 measure (107): a collective lead-holder name
    assert units_from_cells("市政府办公厅", quote(TABLE, "各指标市级牵头单位")) == (["市政府办公厅"], ["各指标市级牵头单位"])


def test_a_stray_opener_does_not_hide_the_note_after_it():
    # synthetic: an unclosed “ earlier in the task (a typo real notices have)
    notes = find_notes("推进“放管服改革工作。（市发改委牵头，市财政局配合）")
    assert [(n.lead, n.responsible) for n in notes] == [(["市发改委"], ["市财政局"])]
    assert split_units("市人力资源和社会保障局、各区县政府及开发区管委会") == ["市人力资源和社会保障局", "各区县政府", "开发区管委会"]


# Real phrases of issue 12's note forms (sources: ../shared/realworld, ../shared/corpus).
BARE_NOTES = [
    # h05 (潍坊 政务公开工作要点实施方案, a table copied one cell per line)
    ("市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实", ["市金融办", "人民银行潍坊市中心支行", "潍坊银监分局"], []),
    # h12 (云南 重点任务分工清单, newspaper e-paper)
    ("省财政厅、省卫生健康委牵头;省优化生育政策工作部门联席会议成员单位配合;各州(市)党委和政府落实",
     ["省财政厅", "省卫生健康委"], ["省优化生育政策工作部门联席会议成员单位", "各州(市)党委和政府"]),
    # 深圳 创建国家卫生城市 (fymate.net/html/text/lar/168245/16824582_1.html, review fb10): "(9)…车窗玻璃干净明亮。市交通局为责任单位。"
    ("市交通局为责任单位。", [], ["市交通局"]),
]


@pytest.mark.parametrize("line, lead, responsible", BARE_NOTES)
def test_bare_unit_lines_are_notes(line, lead, responsible):
    from policy_extract.notes import bare_note

    note = bare_note(line)
    assert (note.lead, note.responsible) == (lead, responsible)


@pytest.mark.parametrize("sentence", ["各部门要加强配合", "省应急管理厅要加强统筹推进", "首位单位为牵头单位"])
def test_sentences_are_not_bare_notes(sentence):
    from policy_extract.notes import bare_note

    assert bare_note(sentence) is None


def test_labelled_value_ends_at_another_label():
    # corpus 1111 (国务院 自由贸易试验区 若干措施): "（负责部门：海关总署，适用范围：福建自贸试验区）"
    note = parse_note("负责部门：海关总署，适用范围：福建自贸试验区")
    assert (note.lead, note.responsible) == ([], ["海关总署"])


def test_units_after_the_last_verb_take_the_labels_role():
    # corpus 0741 (扎实稳定全省经济运行的一揽子措施)
    note = parse_note("责任单位:省商务厅、省文化和旅游厅、省体育局、省供销社等有关部门按职责分工负责,各市政府,雄安新区管委会")
    assert note.responsible == ["省商务厅", "省文化和旅游厅", "省体育局", "省供销社", "有关部门", "各市政府", "雄安新区管委会"]  # a collective after 等 is one


def test_same_below_is_not_part_of_a_name():
    # corpus 0049 (深化医药卫生体制改革): "各市（含定州、辛集市，下同）政府"
    assert split_units("各市（含定州、辛集市，下同）政府、省卫生健康委") == ["各市（含定州、辛集市）政府", "省卫生健康委"]
    # a bracketed 下同 closing a labelled line is no part of the last name (diffreview-aa's probe)
    assert parse_note("牵头单位：区住建局；配合单位：区财政局、区税务局（下同）").responsible == ["区财政局", "区税务局"]


def test_a_convention_clause_is_not_a_unit():
    # corpus 0903 (河北 铸造产业): "（责任单位：省科技厅、省工业和信息化厅，排名第1为牵头单位，下同）"
    import policy_extract

    note = parse_note("责任单位：省科技厅、省工业和信息化厅，排名第1为牵头单位，下同")
    assert note.responsible == ["省科技厅", "省工业和信息化厅"]
    text = "一、重点任务\n（一）推进技术创新。推行企业研发投入后补助制度。（责任单位：省科技厅、省工业和信息化厅，排名第1为牵头单位，下同）\n"
    task = policy_extract.parse(text).tasks[0]
    assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (["省科技厅"], ["省工业和信息化厅"])


def test_a_note_under_a_non_task_section_still_assigns_work():
    # the contract: "a note under 保障措施 assigns work too"; a synthetic plan in the form of
    # corpus 0634 (河北 整顿和规范市场经济秩序 实施方案: "五、组织领导…牵头部门：省药监局配合部门：…")
    import policy_extract

    text = (
        "一、主要任务\n（一）严厉打击制售假劣药品。依法查处违法犯罪分子。\n"
        "二、保障措施\n（一）加强组织领导。建立联席会议制度。（牵头单位：省药监局；责任单位：省卫生厅、省公安厅）\n"
    )
    tasks = policy_extract.parse(text).tasks
    assert [t.path[0] for t in tasks] == ["一、主要任务", "二、保障措施"]
    assert [u.name for u in tasks[1].lead_units] == ["省药监局"]


@pytest.mark.parametrize("note, lead", [
    # corpus 1134 (包头市2022年数字政府建设考评办法): the expected progress opens the note
    ("11月取得明显成效，牵头考核单位：市工信局", ["市工信局"]),
    ("按进度推进，牵头考核单位：市发改委", ["市发改委"]),
])
def test_a_progress_phrase_before_the_label(note, lead):
    assert parse_note(note).lead == lead


def test_a_note_whose_second_sentence_says_how_to_read_later_items():
    # corpus 0568 (河北省支持康养产业发展若干措施): the first sentence names the units
    note = parse_note(
        "省发展改革委、省民政厅按职责分工负责，各市县政府和雄安新区管委会负责。以下任务均需各市县政府和雄安新区管委会负责，不再列出"
    )
    assert note.responsible == ["省发展改革委", "省民政厅", "各市县政府", "雄安新区管委会"]
    # a sentence that is not such a convention keeps the bracket from being a note
    assert parse_note("市发改委负责。具体做法另行通知") is None


def test_a_contact_line_is_no_unit_note():
    # corpus 0107 (河北 人社厅 通知): "联系人：张星仑电话：0311-66908107" under the last item. A label
    # that names no one doing the work is no note, so that item does not become the notice's only
    # task (an item with a note is a task and the items without one would give way to it)
    text = (
        "一、提高认识。各地要高度重视，精心组织实施。\n"
        "二、加强宣传。各地要充分运用网站、电视等各类媒体平台开展宣传。\n"
        "三、及时报送。从2025年开始，每年1月初报送本年度活动安排。\n联系人：张星仑电话：0311-66908107\n"
    )
    assert find_notes("及时报送。\n联系人：张星仑电话：0311-66908107") == []
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一", "二", "三"]


def test_a_lead_mark_under_a_lead_label_is_no_part_of_the_name():
    # synthetic, after the 西安 2022 table's "市发改委（牵头）" cells: under a 牵头单位 label the mark
    # only repeats the label
    assert parse_note("牵头单位：市发改委（牵头）；责任单位：市财政局").lead == ["市发改委"]
    assert parse_note("牵头单位：市委组织部（市委人才办）").lead == ["市委组织部（市委人才办）"]


def test_a_label_spaced_out_and_contact_lines_under_an_item():
    # 河北日报 2024-08-21 (epaper.hbnews.net/…/content_169791.html): "联 系 人" printed with spaces, and
    # the contact lines under the item's unit line; the unit is 市市场监督管理局, the contact no task text
    text = (
        "一、重点任务\n1.开展放心满意消费培育活动，培育市级放心消费单位不少于40个。\n"
        "责任单位:市市场监督管理局\n联 系 人:孙学明\n联系电话:3236601\n"
    )
    task = policy_extract.parse_text(text).tasks[0]
    assert [u.name for u in task.responsible_units] == ["市市场监督管理局"]
    assert task.text == "开展放心满意消费培育活动，培育市级放心消费单位不少于40个。"
    # words spaced out that make no label stay as printed
    from policy_extract.normalize import clean_line
    assert clean_line("文 化 馆:开放") == "文 化 馆:开放"
    assert clean_line("联 系 人：孙学明") == "联系人：孙学明"


def test_a_bracket_that_only_lists_units_after_a_sentence_is_the_items_note():
    # 黑龙江 2022 工业振兴措施 (qqhr.zwfw.hlj.gov.cn, a copy of the 省政府办公厅 page): units named without a verb;
    # "各市(地)、县(市)政府(行署)" one entry, as "各县、市、区政府" is (the contract)
    notes = find_notes("由各市(地)研究政策给予支持。〔省工信厅、省财政厅, 各市(地)、县(市)政府(行署)〕")
    assert [(n.lead, n.responsible) for n in notes] == [([], ["省工信厅", "省财政厅", "各市(地)", "县(市)政府(行署)"])]
    # corpus 0048 (河北 2020 民营经济): "…融资。（省地方金融监管局、省工业和信息化厅、…）"
    assert find_notes("释放资金重点支持民营企业和小微企业融资。（省地方金融监管局、省财政厅、河北银保监局）")[0].responsible == [
        "省地方金融监管局", "省财政厅", "河北银保监局"]
    # not a bracket inside a sentence, nor places, nor another name for a body (corpus 0910, 0625)
    assert find_notes("将申报材料报我厅（科技处）。") == []
    assert find_notes("建立安全生产委员会（或安全生产领导小组）；") == []
    assert find_notes("各市（含定州、辛集市）要加强领导。") == []
    assert find_notes("做好统筹。（市、县）") == []
    assert find_notes("在两市开展试点。（石家庄市、唐山市）") == []
    # 深圳 2022 “三农”工作 (xczxhxzjlj.sz.gov.cn …/post_10002336.html, review s3c 06): beside a body, a zone ending in 区 is a unit
    assert find_notes("组织“三农”工作人员开阔视野。(市乡村振兴和协作交流局、各区(新区)、深汕特别合作区)")[0].responsible == [
        "市乡村振兴和协作交流局", "各区(新区)", "深汕特别合作区"]


def test_a_places_other_body_after_and_is_no_unit_of_its_own():
    # 平顶山市 2017 水污染防治 (slj.pds.gov.cn/contents/18886/30663.html, review cq05): "党委和人民政府", "党工委和管委会" are one
    # place's two bodies (as realworld h12's "各州(市)党委和政府"); 和 before a unit with its own place still separates
    assert split_units("各县(市、区)党委和人民政府") == ["各县(市、区)党委和人民政府"]
    assert split_units("高新区党工委和管委会") == ["高新区党工委和管委会"]
    assert split_units("市级有关部门和各县(区)政府") == ["市级有关部门", "各县(区)政府"]


def test_places_listed_after_each_are_units_as_printed():
    # The contract splits lists on 、 and gives names as printed: realworld h11 (武汉 2023) reads "江岸、江汉、汉阳、武昌区人民政府" as
    # 江岸, 江汉, 汉阳 and 武昌区人民政府, and three review rounds read "各区、县级市政府" (广州, ic 06, ie 07) and "各县、区人民政府(管委会)"
    # (ia 06) so. 各 no longer joins the places after it: corpus 0120 (河北省人民政府) "各市、县政府"; 云南 2017 稳增长意见 "各州、市人民政府"
    assert split_units("省发展改革委、各市、县政府") == ["省发展改革委", "各市", "县政府"]
    assert split_units("各州、市人民政府") == ["各州", "市人民政府"]
    assert split_units("各区、县级市政府") == ["各区", "县级市政府"]
    assert split_units("各县、各部门") == ["各县", "各部门"]
    # 政府工作报告重点工作分解 (360online.cn/167154.html, review r29c 08): "各县(市)、区人民政府"; 无锡 2011 (review r20b 06): "各市(县)、区政府"
    assert split_units("市财政局、农业局,各县(市)、区人民政府") == ["市财政局", "农业局", "各县(市)", "区人民政府"]
    assert split_units("各市(县)、区政府") == ["各市(县)", "区政府"]
    # 深圳 2022 “三农”工作 (xczxhxzjlj.sz.gov.cn …/post_10002336.html, review s3c 06)
    assert split_units("市乡村振兴和协作交流局、各区(新区)、深汕特别合作区") == ["市乡村振兴和协作交流局", "各区(新区)", "深汕特别合作区"]
    assert split_units("各县(市、区)、市民政局") == ["各县(市、区)", "市民政局"]
    # corpus 0257 (国务院): "各省、自治区、直辖市人民政府"; 0307: "各市、县人社局、民政局、残联"
    assert split_units("各省、自治区、直辖市人民政府") == ["各省", "自治区", "直辖市人民政府"]
    assert split_units("各市、县人社局、民政局、残联") == ["各市", "县人社局", "民政局", "残联"]
    # as a sentence's subject, every place before the body (diffreview-j1 p01, p02: "各省、自治区、直辖市人民政府要…", "各县、特区、区人民政府要…")
    for subject, names in (("各省、自治区、直辖市人民政府", ["各省", "自治区", "直辖市人民政府"]), ("各县、特区、区人民政府", ["各县", "特区", "区人民政府"])):
        text = f"一、重点任务\n(一)落实地方政府主体责任。{subject}要把稳就业摆在突出位置。\n"
        assert [u.name for u in policy_extract.parse_text(text).tasks[0].responsible_units] == names
    # a one-character part is no name of its own: it joins its neighbours ("各县、市、区政府")
    assert split_units("各县、市、区政府") == ["各县、市、区政府"]


def test_a_field_under_a_unit_line_is_not_joined_to_it():
    # 灵璧县卫健委 2021 任务分解 (www.lingbi.gov.cn/public/6626531/154359391.html): the page's footer field
    # under the last unit line; the unit is 有关直属单位, not "有关直属单位监督方式:0557-6031710"
    text = "5.树立全周期健康管理理念,推广家庭医生签约服务。\n牵头责任单位:县卫健委\n主要协作单位:各乡镇人民政府、有关直属单位\n监督方式:0557-6031710\n"
    task = policy_extract.parse_text(text).tasks[0]
    assert [u.name for u in task.responsible_units] == ["各乡镇人民政府", "有关直属单位"]


def test_unit_names_printed_with_nothing_between_them():
    # 大竹县 2016 分解表 flattened: "县水务局县住建局县护城河指挥部"; a body's name is never cut inside
    from policy_extract.units import split_glued_names

    assert split_glued_names("县水务局县住建局县护城河指挥部") == ["县水务局", "县住建局", "县护城河指挥部"]
    assert split_glued_names("市委宣传部") == ["市委宣传部"]
    assert split_glued_names("县政府办公室") == ["县政府办公室"]
    assert split_glued_names("各市县政府") == ["各市县政府"]


def test_a_spaced_name_before_a_glued_label_stays_whole():
    # 辽宁省 2024年省《政府工作报告》重点工作分工方案 (辽政发〔2024〕3号, lctxcc.com …/2024021811042573211), flattened:
    # "牵头领导:王 健" then the next label glued on — "健牵头单位" is no label, 健 is the name's
    text = ("1.一般公共预算收入增长5%。牵头领导:王 健牵头单位:省财政厅责任单位:省税务局,各市人民政府"
            "2.规模以上工业增加值增长5.5%。牵头领导:王利波牵头单位:省工业和信息化厅\n")
    doc = policy_extract.parse_text(text)
    assert [(t.leaders, [u.name for u in t.lead_units]) for t in doc.tasks] == [(["王健"], ["省财政厅"]), (["王利波"], ["省工业和信息化厅"])]


def test_a_bare_note_that_also_says_how_to_read_the_lists():
    # 天津 医疗联合体 (tj.pkulaw.com …3978bdfb): "（市卫生计生委、市人力社保局负责,排在第一位的为牵头部门,下同）" —
    # the convention clause had made the whole note unreadable and item 1 no task; corpus 1062 the same
    doc = policy_extract.parse_text(
        "1.实行医疗联合体网格化管理。制定本市医疗联合体布局规划。(市卫生计生委、市人力社保局负责,排在第一位的为牵头部门,下同)\n"
        "2.落实不同医疗机构功能定位。加强人才和学科建设。(市卫生计生委负责)\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        (["市卫生计生委"], ["市人力社保局"]), (["市卫生计生委"], [])]
    # corpus 0049: "…按职责分工负责，…配合，分工负责为各部门按职责分别牵头，下同" defines a word: no unit "分工负责为各部门按职责"
    note = parse_note("省卫生健康委、省发展改革委按职责分工负责，省商务厅配合，分工负责为各部门按职责分别牵头，下同")
    assert note is None or "分工负责为各部门按职责" not in note.lead


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_a_first_listed_leads_convention_with_xia_tong_holds_from_its_item_down(joiner):
    # 海曙区 2024 政府工作报告 任务分解 (review s16c 02; 丽水 2023 the same, s17a/b/c 01): the convention is first printed in
    # item 2's note, "下同": item 1's lone 责任单位 stays responsible, as printed
    lines = ["1.推动临空经济示范区建设,力争完成旅客吞吐量1370万人次、货邮吞吐量15.5万吨。", "责任单位:临空航空口岸局",
             "2.全力保障宁波枢纽空铁一体主体工程、国际智造中心和航空物流中心等项目建设,完成60万平方米征拆任务。",
             "责任单位:区房屋征收中心、区发改局、海曙自然资源规划分局、古林镇、石碶街道(列第一位者为牵头或汇总单位,下同)"]
    doc = policy_extract.parse_text(joiner.join(lines) + "\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ([], ["临空航空口岸局"]),
        (["区房屋征收中心"], ["区发改局", "海曙自然资源规划分局", "古林镇", "石碶街道"]),
    ]
    # said once before the items (a legend under the title), it holds for every item
    legend = policy_extract.parse_text("(列第一位者为牵头或汇总单位,下同)\n" + "\n".join(lines) + "\n")
    assert [u.name for u in legend.tasks[0].lead_units] == ["临空航空口岸局"]


def test_a_label_cut_by_a_wrap_space():
    # 山西省促进工业经济平稳增长行动方案 2022 (junyug.hcxc.net/plus/view.php?aid=6938): "(责任 单位:省税务局)" —
    # the item had no note and was no task; a space before a whole label stays
    doc = policy_extract.parse_text("1.继续实施新能源汽车车船税减免优惠政策。(责任 单位:省税务局)\n")
    assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [["省税务局"]]
    assert squeeze_spaced_labels("省财政厅 责任单位:市财政局") == "省财政厅 责任单位:市财政局"


def test_units_carried_forward_after_a_comma():
    # 辽宁 营商环境 征求意见稿 (echinagov.com/policy/367064.htm): "（…按职责分工负责,各项政策措施均需各市政府、省沈抚示范区管委会落实,
    # 以下不再列出）" — the clause after a comma, not a full stop, carries its units to this item and the later ones
    note = parse_note("省发展改革委、省财政厅按职责分工负责,各项政策措施均需各市政府、省沈抚示范区管委会落实,以下不再列出")
    assert (note.responsible, note.carried) == (["省发展改革委", "省财政厅"], ["各市政府", "省沈抚示范区管委会"])
    # 上海市市场监管局 燃气安全排查整治实施方案 (zhiyao87/Shanghai-Gov-Docs-Index, review ae02): "均需要" had left "要各单位"
    note = parse_note("市局特种设备安全监察处牵头，各单位按职责分工负责，以下各项工作均需要各单位负责，不再单独列出")
    assert (note.lead, note.carried) == (["市局特种设备安全监察处"], ["各单位"])
    # 阜阳市 根治欠薪 意见 (055110.com/law/2/38225.html, review cw04): a comma between kinds of body inside the carried list, up to its verb
    note = parse_note("牵头单位:市人社局;责任单位:市住建局。以下均需各县市区人民政府,阜阳经开区、阜合园区管委会负责落实,不再列出")
    assert note.carried == ["各县市区人民政府", "阜阳经开区", "阜合园区管委会"]
    # diffreview-aq's probes: a clause of its own after the comma carries nothing; a manner word before the verb is no name's
    assert parse_note("牵头单位:市人社局。以下均需各县区人民政府负责,其中涉及企业的由市工信局负责,不再列出").carried == ["各县区人民政府"]
    assert parse_note("牵头单位:市人社局。以下均需各县区人民政府,各有关单位积极配合,不再列出").carried == ["各县区人民政府", "各有关单位"]
    # a clause after the comma that names no units carries nothing more
    assert parse_note("牵头单位:市人社局。以下均需各县市区人民政府负责,确保按时完成,不再列出").carried == ["各县市区人民政府"]


def test_a_closing_unit_sentence_opened_by_by():
    # a 镇 环境卫生综合整治 工作方案 (stored page, review cy08): "…加大清扫保洁力度。由环卫公司、公用事业办和各村(社区)负责具体实施。" — the
    # item's closing sentence names its units as the sentence without 由 does; the item had been no task
    text = "4. 组织开展镇村结合部综合环境的治理行动。加大清扫保洁力度。由环卫公司、公用事业办和各村(社区)负责具体实施。"
    assert [(n.responsible) for n in find_notes(text)] == [["环卫公司", "公用事业办", "各村(社区)"]]
    assert find_notes("4. 组织开展治理行动。本项工作由县财政局负责。") == []  # (a subject before 由: not a bare clause)
    # the same town's plan as another page stored it (review du10): a remark in brackets after the clause
    text = "6. 组织开展全镇中小学校周边垃圾杂草的清理行动。对学校周边的垃圾堆、杂草进行全面清理。各中小学校负责具体实施(各小学由中心小学统筹组织)。"
    assert [(n.responsible) for n in find_notes(text)] == [["各中小学校"]]
    assert find_notes("4. 组织开展治理行动。各村要加强宣传(由镇政府统一印发材料)。") == []  # (a remark after a sentence of no units' clause)
    # diffreview-ay p10, p17: a date in the remark is the note's; a remark of no date stays in the task's text
    doc = policy_extract.parse_text("二、重点任务\n1.开展农贸市场环境卫生专项整治。规范摊位设置。市场监管所负责具体实施(6月30日前完成)。\n"
                                    "2.开展村庄保洁。清扫村内道路。各村(社区)负责具体实施(每月开展一次集中清扫)。\n")
    assert [([u.name for u in t.responsible_units], t.deadline and t.deadline.text) for t in doc.tasks] == [
        (["市场监管所"], "6月30日前完成"), (["各村(社区)"], None)]
    assert doc.tasks[1].text.endswith("(每月开展一次集中清扫)。")


def test_a_labelled_line_whose_next_label_a_page_spaced_out():
    # 河北日报 2024 放心消费 (epaper.hbnews.net …content_169791.html, review ct03 flat): "责任单位:市市场监督管理局联 系 人:孙学明" — the
    # spaced 联系人 had made the units 市市场监督管理局联 and 系人:孙学明
    doc = policy_extract.parse_text("【推进措施】1.开展放心消费培育活动。2.鼓励各县区出台放心消费培育奖补政策。责任单位:市市场监督管理局联 系 人:孙学明联系电话:3236601\n")
    assert [u.name for u in doc.tasks[-1].responsible_units] == ["市市场监督管理局"]


def test_units_carried_forward_by_a_clause_before_another_sentence():
    # 粤办函〔2022〕234号 农业农村部 广东省人民政府共同推进广东乡村振兴战略实施2022年度工作要点 (gd.gov.cn, stored page, web
    # review v01): "(…牵头;…按职责分工负责;广东省各地级以上市人民政府落实,以下各项工作均需市人民政府落实,不再列出。以下分工中,
    # 广东省、农业农村部分别简称省、部)" — the sentence after the clause had hidden it: later items had no 市人民政府
    text = (
        "1.稳定全年粮食播种面积和产量。确保完成目标任务。(广东省农业农村厅牵头;广东省发展改革委、自然资源厅等按职责分工负责;"
        "广东省各地级以上市人民政府落实,以下各项工作均需市人民政府落实,不再列出。以下分工中,广东省、农业农村部分别简称省、部)\n"
        "2.保障“菜篮子”产品供应。稳定生猪生产。(省农业农村厅牵头;省发展改革委按职责分工负责)\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    # item 1 names the same unit in full: not again by the statement's short name
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["广东省发展改革委", "自然资源厅", "广东省各地级以上市人民政府"],
                                                                      ["省发展改革委", "市人民政府"]]


def test_a_label_with_a_bracketed_qualifier():
    # 莆田市人社局 2022 补短板专项攻坚方案 (chacewang.com/newsdetail/news148178.html): "责任科室(单位):就业科、能建科、
    # 人才中心、就业中心分别牵头" — the qualifier had made the label part of the first name
    note = parse_note("责任科室(单位):就业科、能建科、人才中心、就业中心分别牵头")
    assert note.lead == ["就业科", "能建科", "人才中心", "就业中心"]
    assert parse_note("牵头单位（部门）：市发改委；责任单位（部门）：市财政局").responsible == ["市财政局"]


def test_items_numbered_with_a_full_stop_after_the_number():
    # 天津 2020 任务分工 (tj.sina.com.cn …iivhvpwy0543021), a news page: "1。在以…收官。(市政府各部门分别负责,年内持续推进)"
    doc = policy_extract.parse_text("1。在以习近平同志为核心的党中央坚强领导下,实现“十三五”规划圆满收官。(市政府各部门分别负责,年内持续推进)\n"
                                    "2。加大宏观政策实施力度。(市发展改革委负责)\n")
    assert [(t.number, [u.name for u in t.responsible_units]) for t in doc.tasks] == [("1", ["市政府各部门"]), ("2", ["市发展改革委"])]
    assert doc.tasks[0].deadline.ongoing


def test_a_label_after_the_items_text_and_a_comma():
    # 六安市民生办 2017 进度通报 (wxrb.luaninfo.com/p/a.aspx?id=11118): "1、农村道路畅通工程,牵头部门:市交通局。…" —
    # the lead stayed in the text; a second label after a comma is the same note's ("牵头单位:X,责任单位:Y")
    doc = policy_extract.parse_text("1、农村道路畅通工程,牵头部门:市交通局。已完成投资3.2亿元。\n"
                                    "2、农村饮水安全巩固提升工程,牵头单位:市水利局,责任单位:各县区政府。\n")
    assert [(t.text, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks][0][:2] == (
        "农村道路畅通工程", ["市交通局"])
    assert [u.name for u in doc.tasks[1].responsible_units] == ["各县区政府"]


def test_a_labelled_note_carries_its_units_forward_after_a_comma():
    # 临夏州 优化营商环境工作方案 (linxia.gov.cn …/bmwj/index.html, review r11b 08): "(责任单位:州政务服务中心,各县市
    # 人民政府、州直相关行业部门按职责分工负责,以下各任务均需各县市人民政府、州直相关行业部门落实,不再一一列出)" — the
    # label had swallowed the clause: "…按职责分工负责" and "不再一一列出" were units
    note = parse_note(
        "责任单位:州政务服务中心,各县市人民政府、州直相关行业部门按职责分工负责,以下各任务均需各县市人民政府、州直相关行业部门落实,不再一一列出"
    )
    assert note.responsible == ["州政务服务中心", "各县市人民政府", "州直相关行业部门"]
    assert note.carried == ["各县市人民政府", "州直相关行业部门"]


def test_a_progress_report_under_an_item_is_no_part_of_its_text():
    # 漯河市2024年民生实事完成情况 (97877a.com/nl201/20253516.html, review r33a 07): each item, its 责任单位 line, then
    # "完成情况:…" — the report ran into the task's text
    text = ("一、省重点民生实事完成情况\n(一)开展职业技能培训和评价取证\n"
            "1.持续深入推进“人人持证、技能河南”建设,全年开展职业技能培训4.7万人次以上。\n责任单位:市人力资源和社会保障局\n"
            "完成情况:全市开展各类职业技能培训10万人次,新增技能人才5.9万人。\n")
    task = policy_extract.parse_text(text).tasks[0]
    assert task.text == "持续深入推进“人人持证、技能河南”建设,全年开展职业技能培训4.7万人次以上。"
    assert [u.name for u in task.responsible_units] == ["市人力资源和社会保障局"]


def test_a_note_whose_closing_bracket_was_lost():
    # 黄石港区 2023年区政府重点工作分解意见 (huangshigang.gov.cn/tzgg/202312/t20231206_1076128.html, review r33a 02):
    # "6.服务业增加值增长7.5%以上。(责任单位:区发改局、区商务办" — the item was no task, its units lost
    text = ("一、主要预期目标\n5.规模以上工业增加值增长8%以上。(责任单位:区经信局)\n6.服务业增加值增长7.5%以上。(责任单位:区发改局、区商务办\n"
            "7.社会消费品零售总额增长10%以上。(责任单位:区商务办)\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.text, [u.name for u in t.responsible_units]) for t in tasks][1] == ("6", "服务业增加值增长7.5%以上。", ["区发改局", "区商务办"])
    # a page cut inside the note's last name gives no note ("(牵头单位:市", an excerpt's end)
    assert find_notes("高新技术产业增加值占GDP比重达到12%。(牵头单位:市") == []
    # nor does it lose the note when the cut falls right after a 、 (鄂政发〔2018〕26号 on a mirror, chaincenturyfinance.com,
    # review s5b 06: "(牵头单位:省发展改革委;责任单位:省编办、…、省住建厅、")
    (note,) = find_notes("推进审批改革。(牵头单位:省发展改革委;责任单位:省编办、省住建厅、")
    assert (note.lead, note.responsible) == (["省发展改革委"], ["省编办", "省住建厅"])
    # or inside the last of several names, which alone is lost (萧县 2023 民生实事, review s6c 08: "(牵頭單位:總工會、政")
    (note,) = find_notes("为职工提供服务。(牵头单位:总工会、政")
    assert note.lead == ["总工会"]
    # an unlabelled note after a sentence, cut by the page (天津 2020 优化营商环境, review s19b 04): its units had been read by the
    # item's last-clause rule and the note left in the text
    text = "(1)加快推进“一网通办”。全面推行经营范围自主申报制度。(市市场监管委牵头,市政务服务办、市委网信办、市公安局、市税务局\n"
    task = policy_extract.parse_text(text).tasks[0]
    assert (task.text, [u.name for u in task.lead_units], len(task.responsible_units)) == (
        "加快推进“一网通办”。全面推行经营范围自主申报制度。", ["市市场监管委"], 4)
    # a 〔 bracket, with a name's own closed bracket inside the open note (巴中市 就业创业 实施意见 2018, dbsrcw.com/article/296.html,
    # review s18b 05: the excerpt ends inside the note, which had stayed in the task's text)
    text = "(一)在稳增长中保就业。实现经济增长与扩大就业联动。〔牵头单位:市发展改革委;责任单位:市财政局、人行巴中市中心支行,各县(区)人民政府、巴中\n"
    task = policy_extract.parse_text(text).tasks[0]
    assert (task.text, [u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (
        "在稳增长中保就业。实现经济增长与扩大就业联动。", ["市发展改革委"], ["市财政局", "人行巴中市中心支行", "各县(区)人民政府"])


def test_a_bracket_after_a_unit_carries_it_to_the_later_items():
    # 芜湖市 林业保护发展“十四五”规划任务分工方案 (wanzhi.gov.cn/openness/public/6604341/34246231.html, review r32b 06):
    # "配合单位:局相关业务科室,各县(市、区)林业主管部门(以下均需各县(市、区)林业主管部门配合,不再列出)。"
    text = ("1.森林覆盖率达到 27.30%。\n牵头责任单位:森林资源管理和林长制工作科;配合单位:局相关业务科室,各县(市、区)林业主管部门"
            "(以下均需各县(市、区)林业主管部门配合,不再列出)。\n2.森林蓄积量达到 850立方米。\n牵头责任单位:森林资源管理和林长制工作科;"
            "配合单位:局相关业务科室。\n3.天然林保有量超过 1.57 万公顷。\n责任单位:森林资源管理和林长制工作科。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [
        ["局相关业务科室", "各县(市、区)林业主管部门"],
        ["局相关业务科室", "各县(市、区)林业主管部门"],
        ["森林资源管理和林长制工作科", "各县(市、区)林业主管部门"],
    ]
    # the same statement as a note of its own after the item's text
    assert parse_note("以下均需各县(市、区)林业主管部门配合,不再列出").carried == ["各县(市、区)林业主管部门"]
    # after the labelled line's units, a sentence of its own (平潭综合实验区 土壤污染防治 工作方案, changwu/pingtan-gov-zwgk-archive,
    # review av07): "责任单位：区环境与国土资源局牵头，区农村发展局等参与，各乡镇人民政府负责落实。以下均需各乡镇人民政府落实，不再列出"
    text = ("1.开展土壤污染状况详查。2018年底前完成。\n责任单位：区环境与国土资源局牵头，区农村发展局等参与，各乡镇人民政府负责落实。"
            "以下均需各乡镇人民政府落实，不再列出\n2.建立土壤环境监测体系。结合试点项目建设，配备一批土壤快速检测设备。\n责任单位：区环境与国土资源局牵头\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["区农村发展局", "各乡镇人民政府"], ["各乡镇人民政府"]]


def test_a_bracketed_list_with_a_reading_convention():
    # 株洲市 全面落实粮食安全省长责任制的实施意见 (newton.com.tw wiki copy, review r11a 02): "(市发改委、市农委、
    # 市商务粮食局、各县市区人民政府、…。排名第一的为牵头单位,下同)" — the convention after 。 had hidden the list
    doc = policy_extract.parse_text(
        "一、强化粮食安全意识\n（一）切实加强粮食生产能力建设。稳定粮食播种面积。"
        "（市发改委、市农委、市商务粮食局、各县市区人民政府。排名第一的为牵头单位，下同）\n"
        "（二）切实保护种粮积极性。落实补贴政策。（市农委、市财政局）\n"
    )
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        (["市发改委"], ["市农委", "市商务粮食局", "各县市区人民政府"]),
        (["市农委"], ["市财政局"]),
    ]
    assert doc.tasks[0].text == "切实加强粮食生产能力建设。稳定粮食播种面积。"
    # 嘉兴市 2023 促进民间投资 (a sharing site's copy, review s16b 01): the convention, then a sentence carrying units to later items
    doc = policy_extract.parse_text(
        "（一）落实税费优惠政策。符合条件行业企业研发费用税前加计扣除比例提高至100%,作为制度性安排长期实施。(市税务局、市财政局、市科技局、"
        "市人力社保局、市退役军人事务局,各县市、区政府,列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出)\n"
        "（二）加强产业基金支持。发挥产业基金引领作用。(市财政局、市发展改革委)\n"
    )
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        (["市税务局"], ["市财政局", "市科技局", "市人力社保局", "市退役军人事务局", "各县市", "区政府"]),
        (["市财政局"], ["市发展改革委", "各县市", "区政府"]),
    ]
    assert doc.tasks[0].text.endswith("作为制度性安排长期实施。")
    # 武汉 2021 促进消费 (review s17b 03): a 下同 inside a name's own brackets is no convention clause of the list
    note = parse_note("牵头单位:市发展改革委、市商务局;责任单位:市经济和信息化局、市市场监管局,市工商联,各区人民政府〈含开发区管委会,下同〉")
    assert note.responsible == ["市经济和信息化局", "市市场监管局", "市工商联", "各区人民政府〈含开发区管委会〉"]


def test_units_carried_forward_skip_the_runs_of_the_item_before_the_note():
    # corpus 1064 (国办发〔2018〕128号 “无废城市” 试点, review c25-1): the item's second run says 以下均需试点城市政府落实; its
    # first run, before the note, does not take the units
    text = ("二、主要任务\n（一）强化顶层设计引领，发挥政府宏观指导作用。建立“无废城市”建设指标体系，发挥导向引领作用。（生态环境部牵头，国家发展改革委、"
            "工业和信息化部参与）\n优化固体废物管理体制机制，强化部门分工协作。建立部门责任清单。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）\n"
            "（二）实施工业绿色生产，推动大宗工业固体废物贮存处置总量趋零增长。全面实施绿色开采。（工业和信息化部、自然资源部、生态环境部指导）\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("（一）", ["国家发展改革委", "工业和信息化部"]), ("（一）-2", ["生态环境部", "试点城市政府"]),
        ("（二）", ["工业和信息化部", "自然资源部", "生态环境部", "试点城市政府"])]


def test_units_carried_forward_lose_their_compound_verb():
    # 青岛 2023 基本养老服务体系 实施意见 (mirror facial-palsy.com …t20231228_7750739.shtml, review r12b 02): "(市民政局牵头,
    # 各区、市政府负责落实。以下各项工作均需各区、市政府负责落实,不再一一列出。)" — "各区、市政府负责" had been carried
    note = parse_note("市民政局牵头,各区、市政府负责落实。以下各项工作均需各区、市政府负责落实,不再一一列出。")
    assert (note.lead, note.responsible, note.carried) == (["市民政局"], ["各区", "市政府"], ["各区", "市政府"])


def test_units_that_open_an_items_text_as_its_subject():
    # 枞阳县 安全生产大排查大整治 任务分工 (zongyang.gov.cn …/show/682509.html, review r12b 03): "1.县应急管理局负责尾矿库…" —
    # the item names the unit doing the work but prints no note; X负责 names a responsible unit, X牵头 a lead
    doc = policy_extract.parse_text(
        "三、任务分工\n1.县应急管理局负责尾矿库、危险化学品等行业领域隐患排查治理工作。\n2.县公安局、县交通运输局负责道路交通安全隐患排查治理。\n"
        "3.由县发改局牵头,会同县财政局做好项目立项审批。\n4.各地要加强组织领导。\n5.县林业局负责人要带队检查。\n"
    )
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ([], ["县应急管理局"]), ([], ["县公安局", "县交通运输局"]), (["县发改局"], ["县财政局"]), ([], []), ([], []),
    ]
    # 2003 区防治非典型肺炎 应急预案 on a law database (fymate.net …/17413597_4.html, review cx07): a list closed by 等部门, a comma, then
    # 负责 — no unit had been read; a comma after a unit without 等部门 still ends the subject (no subject list there)
    doc = policy_extract.parse_text("一、应急保障\n(四)区计委、区商委、区药监分局等部门,负责储备药械和应急救援物资。\n"
                                    "(五)区卫生局,区教育局负责开展健康教育。\n")
    assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [["区计委", "区商委", "区药监分局"], []]
    # but a sentence before the comma names no unit (diffreview-ar's probe)
    assert policy_extract.parse_text("一、重点任务\n(一)争取上级资金。积极争取省发改委、省财政厅等部门,负责项目的资金支持。\n").tasks[0].responsible_units == []
    # names that open with no place are names still (diffreview-as's probe)
    doc = policy_extract.parse_text("一、重点任务\n(一)开展暑期关爱行动。团县委、县妇联等部门,负责组织志愿者开展暑期陪伴活动。\n")
    assert [u.name for u in doc.tasks[0].responsible_units] == ["团县委", "县妇联"]
    # corpus 0967 (河北 贯通培养 申报 通知, review c17-2): under a title on its own line, "各市、各省属中职学校牵头，请在规定时间内…";
    # a sentence whose subject is no list of units gives none (corpus 0966: "上述赛事活动均组建竞赛组委会负责竞赛组织领导工作。")
    doc = policy_extract.parse_text(
        "四、申报要求\n各地要严格把关。\n五、材料报送\n各市、各省属中职学校牵头，请在规定时间内将申报及备案材料报至省教育厅电子邮箱。\n"
        "六、赛事安排\n上述赛事活动均组建竞赛组委会负责竞赛组织领导工作。组委会秘书处负责具体组织协调工作。\n")
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("四", [], []), ("五", ["各市", "各省属中职学校"], []), ("六", [], [])]


def test_the_units_opening_an_item_stand_beside_those_its_closing_note_adds():
    # 防灾减灾日宣传周活动方案 (a document-sharing page, review hr 01): "(一)市委宣传部、文广新局:负责协调…。市有关部门配合。" — the
    # closing 配合 sentence had been the item's only units; the units its label opens with do the work too
    doc = policy_extract.parse_text(
        "三、职责分工\n(一)市委宣传部、文广新局:负责协调市、镇新闻媒体开展防灾减灾知识宣传。市有关部门配合。\n"
        "(二)县水务局负责河道清理。(县环保局配合)\n(三)县应急管理局牵头,加强安全检查。县消防救援大队配合。\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ([], ["市委宣传部", "文广新局", "市有关部门"]), ([], ["县水务局", "县环保局"]), (["县应急管理局"], ["县消防救援大队"])]
    # and the same 方案's "(六)“三防办”:负责三防知识的宣传" — a unit in quotes before its colon, no unit had been read; a 应急避难场所
    # 职责 list (review hr 03): "10.市商务局:会同市发展改革委负责…" — the partner named with 会同 works on it too
    doc = policy_extract.parse_text("三、职责分工\n(六)“三防办”:负责三防知识的宣传,并提供相关材料给其他部门。\n"
                                    "(七)市商务局:会同市发展改革委负责应急避难场所所需物资供应点的建设。\n(八)市财政局:会同各方面力量开展工作。\n")
    assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [["三防办"], ["市商务局", "市发展改革委"], ["市财政局"]]


def test_units_named_with_you_before_the_work_they_do():
    # 平利县 11月8日市容环境综合整治情况的通报 (review hq 08): "整改措施:由县住建局督促商户更换。" — 由 names who does the work though no
    # role verb follows; and 平利 巡查 (hq 05): "由包片单位县气象局负责清除" — 包片单位 says which unit that is, no unit of its own
    doc = policy_extract.parse_text(
        "一、整改任务\n1、广伟商城户外宣传广告破损。\n整改措施:由县住建局督促商户更换。\n2、河滨南路住户晾晒衣物。\n"
        "整改措施:由包片单位县文广局督促住户移走晾晒的衣物。\n3、东街垃圾乱堆。整改要求:由包片单位县气象局负责清除。\n")
    assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [["县住建局"], ["县文广局"], ["县气象局"]]
    assert split_units("陈家坝沿线包片单位县职教中心、县消防大队") == ["县职教中心", "县消防大队"]
    # corpus 0620 (河北 2004 农业产业化 建议 答复): "此项工作由省农业银行、省农业发展银行提出意见。"
    assert [u.name for u in policy_extract.parse_text("一、重点工作\n(一)设立专项贷款。此项工作由省农业银行、省农业发展银行提出意见。\n").tasks[0].responsible_units] == [
        "省农业银行", "省农业发展银行"]
    # not what the work is done to, nor a count of units (corpus 0560: "由两个以上单位共同承办的人大代表建议和政协提案，会办单位应当…")
    assert policy_extract.parse_text("一、重点工作\n(一)做好会办。由两个以上单位共同承办的人大代表建议和政协提案,会办单位应当按时送达意见。\n").tasks[0].responsible_units == []


def test_the_subject_after_an_items_title_sentence():
    # 上海 轨道交通安全保护区管理工作机制 2025 (zhiyao87/Shanghai-Gov-Docs-Index docs/轨道交通, review ao08): the unit opens the
    # sentence after the title ("（九）不断完善保护区应急管理机制。市交通委牵头及时修订…"), or is named with 由 after the time the
    # work is done by ("每年底，由市交通委牵头，会同申通地铁集团…"); 虹口区 2017 历史风貌区 防灾及风险排查 (docs/城市更新与历史保护,
    # review ap03): an item titled by its unit, "（一）区房管局。负责定期牵头召开…" — the bare X负责, responsible.
    # Not a mechanism the item sets up ("建立人社部门牵头负责，…的工作机制", corpus 0287), nor 以X为主体 (0003)
    doc = policy_extract.parse_text(
        "一、工作机制\n（一）及时划定轨道交通保护区范围。每年底，由市交通委牵头，会同申通地铁集团依据法律法规开展评估。\n"
        "（二）不断完善保护区应急管理机制。市交通委牵头及时修订完善应急预案。\n"
        "（三）区房管局。负责定期牵头召开全区历史风貌区防灾及风险排查工作例会。\n"
        "（四）工作组织方式、人员和资金保障。建立人社部门牵头负责，社保经办部门具体承办的工作机制。\n"
        "（五）开展好职称定向评价。以国家乡村振兴重点帮扶县为主体，在县以下基层开展职称评价。\n"
    )
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        (["市交通委"], ["申通地铁集团"]), (["市交通委"], []), ([], ["区房管局"]), ([], []), ([], []),
    ]  # (会同 before a long clause of work names who takes part: "会同申通地铁集团依据法律法规开展评估", review io 04's form)
    # a modal between the unit and its verb: "环境监察支队要负责本行政区建设项目的随机抽查工作" (平潭 2018 环评 事中事后监管, review ay06)
    modal = policy_extract.parse_text("三、主要任务\n（二）开展双随机抽查。环境监察支队要负责本行政区建设项目的随机抽查工作。\n").tasks[0]
    assert [u.name for u in modal.responsible_units] == ["环境监察支队"]


def test_the_partners_after_a_lead_in_an_items_text():
    # 平潭 双减实施意见 2021 (changwu/pingtan-gov-zwgk-archive qgwhbgswj/202109/28601, review ba04): "区财政金融局配合" after the
    # lead was dropped; 金山区 消防 (zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防, review bd04): "由X牵头，Y配合" closing the
    # sentence after the item's title gave no unit; corpus 0280 (人社部 2024 招聘服务): "…，由各级人力资源社会保障部门牵头开展"
    doc = policy_extract.parse_text(
        "五、措施保障\n"
        "（一）保障学校课后服务条件。区社会事业局牵头，区财政金融局配合，修订课后服务实施办法，完善经费保障办法。\n"
        "（二）积极推进消防水源建设。将市政消火栓建设列为区政府实事项目，由区交通委牵头，区发改委、区水务局配合。属地政府要强化取水码头建设。\n"
        "（三）百日千万网络招聘专项行动。5-8月，以高校毕业生为重点对象，由各级人力资源社会保障部门牵头开展，搭建网络招聘平台。\n"
        "（四）推进建设。区民政局牵头开展摸底，完成后报送。\n"
    )
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        (["区社会事业局"], ["区财政金融局"]), (["区交通委"], ["区发改委", "区水务局"]), (["各级人力资源社会保障部门"], []), (["区民政局"], []),
    ]
    # after a responsible unit's clause too: 莆田 食品安全 工作要点 (review ic 02), "8.市工商局负责,市经贸委、市农业局配合,严格实施…" had
    # dropped the 配合 units; one unit alone ("9.市城管执法局负责,取缔…") stays the one
    doc = policy_extract.parse_text("三、重点工作\n8.市工商局负责,市经贸委、市农业局配合,严格实施城区集贸市场肉品销售“两证”公示制度。\n"
                                    "9.市城管执法局负责,取缔县以上城区无照经营食品小摊点。\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ([], ["市工商局", "市经贸委", "市农业局"]), ([], ["市城管执法局"])]
    # a lead's clause between two of the first sentence's (奉贤区 规范共享单车发展 2017, zhiyao87/Shanghai-Gov-Docs-Index, review bm04);
    # not a time's clause that names a unit with another verb ("4月20日至6月30日以省卫生厅为主", corpus 0634)
    for text, lead in (("（一）落实临时停放调蓄点，区建管委牵头，针对共享单车“潮汐”现象设置调蓄点。", ["区建管委"]),
                       ("（一）根据谁投放谁管理的原则，区市政办、各街道办事处牵头，积极引导企业规范停放。", ["区市政办", "各街道办事处"]),
                       ("（一）开展集中整治，4月20日至6月30日以省卫生厅为主，组织专项检查。", []),
                       # nor a body the item sets up, led by the units (消防 工作意见, fymate.net …17040392_3.html, review bq08)
                       ("（四）建立完善社会应急抢险救援机制。针对事故，建立由政府牵头，以消防部队为主体，公安、交通等部门参加的抢险救援组织。", [])):
        assert [u.name for u in policy_extract.parse_text("一、主要任务\n" + text + "\n").tasks[0].lead_units] == lead
    # not a sentence after the lead (diffreview-ac): "各部门要加强配合", "加强与区卫健委配合"
    for text in ("（一）推进停车治理。区交通委牵头，各部门要加强配合，形成工作合力。", "（一）推进医教融合。区交通委牵头，加强与区卫健委配合，开展学生健康监测。"):
        task = policy_extract.parse_text("一、主要任务\n" + text + "\n").tasks[0]
        assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (["区交通委"], [])


def test_the_one_agent_an_items_first_sentence_names_with_you():
    # 县 新冠疫苗 重点人群接种 方案 (huatianclub.com …/11682.html, review r15a 04): "1.医疗卫生人员由县卫健局负责组织;" — the
    # agent named with 由 in the sentence; not one inside a quoted article; two clauses each a work and its agent give both (as two
    # sentences so do: 增城市 创建全国文明城市宣传工作方案, review hi 06)
    doc = policy_extract.parse_text(
        "一、接种人群\n1.医疗卫生人员由县卫健局负责组织;\n2.公安、消防、监所相关人员由县公安局负责组织;\n"
        "3.将第十条“水资源税由地方税务机关负责征收。”修改为“水资源税由税务机关负责征收。”\n"
        "4.城区学校由县教育局负责,乡镇学校由各乡镇政府负责。\n"
    )
    assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [["县卫健局"], ["县公安局"], [], ["县教育局", "各乡镇政府"]]


def test_a_bracket_closing_a_sentence_that_holds_only_its_time_limit():
    # 天津 2021 落实国务院《政府工作报告》任务分工 征求意见 (tj.sina.com.cn …ikmyaawc3624295, review r15b 02): "…统筹安排在公办
    # 学校就读。(年内持续推进)" — the time limit was lost and the bracket stayed in the text; "(2021—2023年)" after a name stays
    notes = find_notes("保障符合条件的随迁子女统筹安排在公办学校就读。(年内持续推进)")
    assert [(n.lead, n.responsible, n.deadline) for n in notes] == [([], [], "年内持续推进")]
    assert find_notes("制定三年行动计划。(2021—2023年)") == []
    doc = policy_extract.parse_text("01 教育\n1.保障随迁子女统筹安排在公办学校就读。(年内持续推进)\n")
    assert (doc.tasks[0].text, doc.tasks[0].deadline.ongoing) == ("保障随迁子女统筹安排在公办学校就读。", True)


def test_a_bracketed_list_ending_with_a_collective_of_cities():
    # 广东省推进粤港澳大湾区建设三年行动计划 (big5.locpg.gov.cn …c_1210180213.htm, review r16b 03): "(省发展改革委,省工业和信息化厅、
    # 省交通运输厅,大湾区内地各市)" — "…各市" ends like a place, but names the cities' governments; "(含定州、辛集市)" stays text
    notes = find_notes("加快推进基础设施互联互通。(省发展改革委,省工业和信息化厅、省交通运输厅,大湾区内地各市)")
    assert notes[0].responsible == ["省发展改革委", "省工业和信息化厅", "省交通运输厅", "大湾区内地各市"]
    assert find_notes("覆盖全省各市。(含定州、辛集市)") == []


def test_a_note_of_several_sentences_each_naming_units():
    # 玉林市 "十四五" 降碳目标工作实施方案 (sthjj.yulin.gov.cn …t18242758.shtml, review r16b 05): "〔市生态环境局、…等按职责分工负责。
    # 责任单位:各县(市、区)人民政府、各开发园区管委。以下均需…落实,不再列出。〕" — no unit was read and the note stayed in the text
    note = parse_note("市生态环境局、发展改革委等按职责分工负责。责任单位:各县(市、区)人民政府、各开发园区管委。"
                      "以下均需各县(市、区)人民政府、各开发园区管委落实,不再列出。")
    assert note.responsible == ["市生态环境局", "发展改革委", "各县(市、区)人民政府", "各开发园区管委"]
    assert note.carried == ["各县(市、区)人民政府", "各开发园区管委"]
    assert parse_note("市生态环境局负责。请于每月5日前报送进展情况。") is None  # a sentence that is no note: none


def test_sentences_that_assign_the_items_work():
    # corpus 0620 (河北省政府办公厅 2004, 落实省政协建议): each point closed by "此三项工作由省农业产业化办公室负责", "此项工作由
    # 省科技厅牵头，会同…研究提出意见" — no note in brackets, and every item had no unit
    doc = policy_extract.parse_text(
        "一、关于培育龙头企业的建议。一是尽快出台扶持意见。此三项工作由省农业产业化办公室负责。\n"
        "二、关于完善科技推广体系的建议。此项工作由省科技厅牵头，会同省农业厅、省林业局研究提出意见。\n"
        "三、关于规划调整的建议。由省发展改革委牵头，省农业产业化办公室配合。\n"
        "四、关于做好宣传的建议。各地要由易到难推进。\n"
    )
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ([], ["省农业产业化办公室"]), (["省科技厅"], ["省农业厅", "省林业局"]), (["省发展改革委"], ["省农业产业化办公室"]), ([], []),
    ]
    # the same notice: the second point's unit sentence is the last clause of its sentence (review c16-1)
    doc = policy_extract.parse_text(
        "二、关于把粮食加工转化行业做成一个大产业的建议。一要把粮食产业作为农业产业化发展的重点，做大做强一批粮食加工企业。"
        "此项工作由省农业产业化办公室负责。二要把粮食加工企业列入农业产业化统计的范围，此项工作由省统计局负责。\n")
    assert [u.name for u in doc.tasks[0].responsible_units] == ["省农业产业化办公室", "省统计局"]
    # 兰州市 2009 重点工作 (fsou.com …17218205_4.html, review r27b 08): "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…" —
    # the leader, the lead and the others in the sentence's first clauses, the work after them
    doc = policy_extract.parse_text("1、在兰州设立综合配套改革试验区事宜\n由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n"
                                    "2、兰州城市轨道交通项目\n由吴继德副市长负责,市建设局牵头,市发改委配合,进一步修改完善项目建设方案。\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.leaders) for t in doc.tasks] == [
        (["市发改委"], ["相关部门"], ["杨志武副市长"]), (["市建设局"], ["市发改委"], ["吴继德副市长"])]
    # the same page flattened (review r34b 02): each title runs on into its 由 sentence, the note's clauses still read
    flat = policy_extract.parse_text("1、在兰州设立综合配套改革试验区事宜由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。"
                                     "2、兰州城市轨道交通项目由吴继德副市长负责,市建设局牵头,市发改委配合,进一步修改完善项目建设方案。\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.leaders) for t in flat.tasks] == [
        (["市发改委"], ["相关部门"], ["杨志武副市长"]), (["市建设局"], ["市发改委"], ["吴继德副市长"])]


def test_a_requirement_line_that_names_its_unit_with_you():
    # 平利县 双创巡查问题 (www.pingli.gov.cn/Content-1108651.html, review r34a 07): each problem, then
    # "整改要求:由县环卫站负责清除…" — the unit the requirement names with 由, lined and flattened
    text = ("1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。\n整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。\n"
            "2、迎宾大道南侧沿线部分居户旱厕外露。\n整改要求:由城关镇负责按照国家卫生县城复审的要求组织拆除旱厕。\n"
            "3、商户出店占道经营问题较为突出。\n整改要求:加强劝阻教育。\n")
    for form in (text, text.replace("\n", "")):
        doc = policy_extract.parse_text(form)
        assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [["县环卫站"], ["城关镇"], []]


def test_an_items_last_sentence_that_is_a_unit_clause_alone():
    # 黑龙江省 十大工程推进工作方案 (黑政办发〔2009〕17号, fsou.com …17082848.html, review r29c 06): each item closes with
    # "省水利厅牵头,省发改委、农垦总局、国土资源厅、环保厅等单位配合。", no bracket, no label
    doc = policy_extract.parse_text(
        "一、千亿斤粮食产能工程\n1.水利化工程:突出抓好尼尔基引嫩扩建一期等灌区4个渠首续建工程。新增水田面积100万亩。"
        "省水利厅牵头,省发改委、农垦总局、国土资源厅、环保厅等单位配合。\n2.农机化工程:启动水稻生产全程机械化。省农委牵头。\n")
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        (["省水利厅"], ["省发改委", "农垦总局", "国土资源厅", "环保厅"]), (["省农委"], [])]
    # corpus 0349 (考核办法): a sentence saying who does a step with 由 is no such clause
    doc = policy_extract.parse_text("一、考核程序\n1.考核审核。考核初审及统计工作一般由主管部门（一级局）负责。\n2.考核公示。结果在网站公示。\n")
    assert [u.name for t in doc.tasks for u in t.lead_units + t.responsible_units] == []
    # corpus 0220: the same sentence opening its item is a subject before 由, no title run on into a note's clauses
    doc = policy_extract.parse_text("六、考核审核及统计工作\n（一）考核初审及统计工作一般由主管部门（一级局）负责。\n（二）考核统计工作使用软件上传数据。\n")
    assert [u.name for t in doc.tasks for u in t.lead_units + t.responsible_units] == []


def test_a_sentence_that_names_the_items_unit_with_a_label_and_wei():
    # 2007年郑州市人民政府目标管理工作方案 (m.createhappy.cn/article/1001001664/1001001645/1730/0.html, review r18a 10):
    # "该目标责任单位为市经委。" on the line under the item
    doc = policy_extract.parse_text(
        "一、关于目标体系设置\n5.规模以上工业销售收入达到3000亿元;\n该目标责任单位为市经委。\n"
        "6.地方财政收入净增50亿元;\n该项工作的牵头单位为市财政局。\n7.实际利用外商直接投资达到8亿美元;\n该目标的完成情况为优秀。\n"
    )
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ([], ["市经委"]), (["市财政局"], []), ([], []),
    ]


@pytest.mark.parametrize("content, lead, responsible", [
    # corpus 0741 (河北 2022 稳经济 措施): the clause after the lead's value closes with its own verb
    ("牵头部门:省生态环境厅,省税务局、各市(含定州、辛集市)政府、雄安新区管委会配合", ["省生态环境厅"],
     ["省税务局", "各市(含定州、辛集市)政府", "雄安新区管委会"]),
    ("牵头部门:省生态环境厅,省政务服务办配合", ["省生态环境厅"], ["省政务服务办"]),
    # variants of the same form: a semicolon, a responsible label
    ("牵头单位：市发改委；市财政局、市商务局按职责分工负责", ["市发改委"], ["市财政局", "市商务局"]),
    ("责任单位：市发改委，市财政局、市商务局按职责分工负责", [], ["市发改委", "市财政局", "市商务局"]),
    # no verb after the comma: every name is the label's
    ("牵头单位：市发改委、市财政局，市商务局", ["市发改委", "市财政局", "市商务局"], []),
])
def test_a_clause_after_a_labelled_value_keeps_its_own_role(content, lead, responsible):
    note = parse_note(content)
    assert (note.lead, note.responsible) == (lead, responsible)


def test_a_bracket_after_an_exclamation_is_no_unit_list():
    # a 秘书文库 page (review r19a 06): its slogan and link "秘书文库--青年干部的网络秘书,职场精英的智慧文库![了解我站]"
    # had given the unit 了解我站, and with it every numbered item without a note was dropped
    assert find_notes("职场精英的智慧文库![了解我站]") == []
    text = "乡政府2018年为民办实事工程情况报告\n一、乡村“万盏灯光”工程\n全乡共有23个村上报亮化项目。\n二、六个行政村垦造耕地项目\n上半年垦造耕地力度空前。\n秘书文库--青年干部的网络秘书,职场精英的智慧文库![了解我站]\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一", "二"]
    # after a full stop a bracket of units still closes its sentence
    assert [n.responsible for n in find_notes("加强技术改造。（省工信厅、省财政厅）")] == [["省工信厅", "省财政厅"]]


def test_the_annex_line_and_date_run_on_at_the_last_items_end_are_cut():
    # 佛山三水区 2007 (jxtv3.com …20120810_3827283.html, review r20b 08), flattened: the last item had kept
    # "附件:2007年三水区政府工作主要任务分解表二○○七年四月十三日|", and the date had been its deadline
    text = ("一、各牵头单位要按照分解表的要求,于4月20日前上报。二、各部门各单位要在每季度末(分别在6月、9月和12月底)报区督查组,"
            "由区督查组综合后向区政府汇报。附件:2007年三水区政府工作主要任务分解表二○○七年四月十三日|\n")
    last = policy_extract.parse_text(text).tasks[-1]
    assert last.text.endswith("由区督查组综合后向区政府汇报。")
    assert last.deadline.date == "2007-12-31"
    # corpus 0606 (河北 2004 消防, one line): the signature's date alone, no signer, right after the last sentence; and its
    # arabic twin, a whole date alone there too (corpus 0778, 0279, 0340 flattened, review c27-1)
    text = "五、加强消防宣传工作，普及消防知识。引导全社会共同参与，做好消防安全工作。二〇〇四年三月五日\n"
    last = policy_extract.parse_text(text).tasks[-1]
    assert (last.text, last.deadline) == ("加强消防宣传工作，普及消防知识。引导全社会共同参与，做好消防安全工作。", None)
    assert policy_extract.parse_text(text.replace("二〇〇四年三月五日", "2004年3月5日")).tasks[-1].text.endswith("做好消防安全工作。")
    # but only under the notice's last item: an item before it keeps its date (review diffreview-s21b)
    text = "一、做好项目谋划。各地要抓紧谋划一批项目。2024年3月31日\n二、加快项目建设。各地要加快推进项目建设。2024年6月30日前完成。\n"
    assert [t.deadline.date for t in policy_extract.parse_text(text).tasks] == ["2024-03-31", "2024-06-30"]


def test_the_time_note_on_a_group_heading_is_each_item_s_below():
    # corpus 0191 (河北 2023 "查风险强协商保支付促和谐"专项行动, review r20a 04): "（一）开展风险摸排…。（7月中旬前）1.…（牵头单位：…）"
    text = ("2023年专项行动方案\n二、主要措施\n（一）开展风险摸排各级协调劳动关系三方机制全面梳理排查欠薪风险隐患。（2023年7月中旬前）\n"
            "1.借助劳动关系协调员开展排查。（牵头单位：各级人社部门、工会，责任单位：各级企协、工商联、企联）\n"
            "2.结合部门间共享的数据信息综合分析。（牵头单位：各级人社部门，责任单位：各级工会）\n"
            "（二）开展协商要约。\n1.基层工会要主动开展“要约行动”。（牵头单位：各级工会）（2023年8月底前）\n")
    doc = policy_extract.parse_text(text)
    assert [(t.id, t.deadline.date if t.deadline else None) for t in doc.tasks] == [("2.1.1", "2023-07-20"), ("2.1.2", "2023-07-20"), ("2.2.1", "2023-08-31")]
    # 奉贤区 农村房屋安全隐患排查整治 工作方案 (zhiyao87/Shanghai-Gov-Docs-Index, review ad02): the time limit in the heading's own
    # brackets, "（一）全面部署（2020年12月9日前）" over "⒈建立工作小组。…"; a plan's period in brackets ("（三）整治工作（3年内）",
    # "…行动方案（2021—2025年）") is no such limit
    text = ("四、工作任务\n（一）全面部署（2020年12月9日前）\n⒈建立工作小组。各乡镇建立工作小组。\n⒉制订工作方案。制订符合实际的工作方案。\n"
            "（二）整治工作（3年内）\n1.整治流程。分两个阶段开展。\n2.整治内容。组织安全性评估。\n")
    doc = policy_extract.parse_text(text)
    assert [t.deadline.date if t.deadline else None for t in doc.tasks] == ["2020-12-09", "2020-12-09", None, None]
    # a bracket that sets the scope, not the time, is none (diffreview-x): "（一）老旧住宅改造（2000年底前建成）"
    text = "四、工作任务\n（一）老旧住宅改造（2000年底前建成）\n1.开展排查。各街镇全面排查。\n2.实施改造。各街镇组织实施。\n"
    assert [t.deadline for t in policy_extract.parse_text(text).tasks] == [None, None]
    # (diffreview-y) and a due date with the work's own verb is the items' ("（一）推进老旧小区改造（2024年底前完成验收）", in a 2024 plan)
    text = "2024年重点工作\n四、工作任务\n（一）推进老旧小区改造（2024年底前完成验收）\n1.完成屋面修缮。\n2.完成管线改造。\n"
    assert [t.deadline.date for t in policy_extract.parse_text(text).tasks] == ["2024-12-31", "2024-12-31"]
    # (diffreview-z) a scope with a noun after its date is none ("（2023年底前建成的住宅）", "（2024年6月底前开工项目）"); with no year
    # known, "（2025年底前全面完成）" is still the items' limit
    for scope in ("（2023年底前建成的住宅）", "（2024年6月底前开工项目）"):
        assert [t.deadline for t in policy_extract.parse_text(text.replace("（2024年底前完成验收）", scope)).tasks] == [None, None]
    text = "四、工作任务\n（一）推进老旧小区改造（2025年底前全面完成）\n1.完成屋面修缮。\n2.完成管线改造。\n"
    assert [t.deadline.date for t in policy_extract.parse_text(text).tasks] == ["2025-12-31", "2025-12-31"]


@pytest.mark.parametrize("text, responsible", [
    # 扶余市 督查 notice (fy58.com/archiver/tid-23118.html, review r20b 05): a semicolon typed for the label's colon
    ("5.实施改厨、改厕、改圈等工程,提升村屯人居环境质量和水平。(责任单位;住建局、畜牧局、各乡镇场)", ["住建局", "畜牧局", "各乡镇场"]),
    # 无锡 2011 重点工作分解 (law1.110.com/law_376041.html, review r20b 06): a short name (农委) among longer ones;
    # "各市(县)、区政府" as printed: 各市(县) and 区政府 (the contract splits on 、)
    ("4、城镇居民人均可支配收入和农民人均纯收入均增长12%。(市发改委、农委、人保局,各市(县)、区政府)", ["市发改委", "农委", "人保局", "各市(县)", "区政府"]),
])
def test_notes_with_a_typed_semicolon_or_a_short_name(text, responsible):
    assert [n.responsible for n in find_notes(text)] == [responsible]
    assert find_notes("做好统筹。（农委）") == []  # one short name alone is no list


def test_ascii_angle_brackets_inside_a_unit_name_keep_their_list():
    # corpus 0276 (河北 春暖农民工 2023, review r26a 07): "各市<含定州、辛集市>人力资源社会保障局" — the 、 inside the
    # brackets had split the name into "各市<含定州" and "辛集市>人力资源社会保障局" in all seven tasks
    from policy_extract.units import split_units

    assert split_units("各市<含定州、辛集市>人力资源社会保障局、总工会") == ["各市<含定州、辛集市>人力资源社会保障局", "总工会"]


def test_a_time_limit_label_with_a_word_before_its_head_word_after_a_space():
    # 荆州 创文 问题清单 (jingzhou.cjyun.org/p/263877.html, review r30a 01): "问题整改责任单位:市科技馆 整改时限:3天" —
    # "整改" had stayed after the unit as a unit of its own
    note = parse_note("问题整改责任单位:市科技馆 整改时限:3天")
    assert (note.responsible, note.deadline) == (["市科技馆"], "3天")
    note = parse_note("牵头单位：市教育局 办结时限：2024年12月")
    assert (note.lead, note.deadline) == (["市教育局"], "2024年12月")
    # a unit's name before the head word is a unit, not the label's ("市财政局完成时间"), and a period of
    # validity after a mark is no label (corpus 0239: "（五）有效期限：纳入目录的培训机构…")
    assert parse_note("牵头单位：市教育局 市财政局完成时间：2024年").lead == ["市教育局", "市财政局"]
    assert current().label_re.search("（五）有效期限：纳入目录的培训机构和评价机构有效期限均为3年") is None


def test_a_note_whose_time_limit_opens_with_its_month():
    # 包头市2022年数字政府建设考评指标 (corpus 1134, review r30d 09): "（11月取得明显成效，牵头考核单位：市工信局）" — the
    # month and what is due then; "12月取得明显成效并持续推进" had been read, "11月取得明显成效" not
    note = parse_note("11月取得明显成效，牵头考核单位：市工信局")
    assert (note.lead, note.deadline) == (["市工信局"], "11月取得明显成效")
    doc = policy_extract.parse_text("包头市2022年数字政府建设考评指标\n39.建设城市实时感知平台。（3分）（11月取得明显成效，牵头考核单位：市工信局）\n")
    assert doc.tasks[0].deadline.date == "2022-11-30"


def test_an_items_last_clause_of_names_before_any_role_verb_unbracketed_or_unclosed():
    # 2021年区政府主要工作目标任务分解落实方案 (ddjlg.com/zhi/cehua/v202r4.html, review r40b 04, r33a 09): most items close
    # with "(X主办,Y协办)", some with the same clause unbracketed or its bracket never closed — items 3-6 had been lost
    text = ("一、关于完善创新生态,打造转型升级新引擎\n"
            "1.重视科技转化,确保全年新增硅巷10万平方米以上。(区科技局、高新区管委会主办,区相关部门协办)\n"
            "2.持续拓展百校对接成果,确保新增科技企业孵化器3家。区科技局主办,各街道、板块协办\n"
            "3.深入实施小升高计划,全年新增培育独角兽、瞪羚企业3家。(区发改委主办,区科技局协办\n"
            "4.积极开展新研机构提质增效行动,助推先进技术加快市场化进程。高新区管委会、区科技局主办\n")
    doc = policy_extract.parse_text(text)
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        (["区科技局", "高新区管委会"], ["区相关部门"]), (["区科技局"], ["各街道", "板块"]), (["区发改委"], ["区科技局"]),
        (["高新区管委会", "区科技局"], [])]
    assert doc.tasks[3].text.endswith("加快市场化进程。")
    # corpus 0349: a subject before 由 closing an item is no such clause
    assert policy_extract.parse_text("1.考核审核。考核初审及统计工作一般由主管部门（一级局）负责。\n2.考核公示。结果在网站公示。\n").tasks[0].lead_units == []


def test_the_closing_formula_and_what_follows_it_are_no_part_of_the_last_item():
    # 铁东区 2019 督察整改情况公示 (tdq.siping.gov.cn/zw/tzgg/201912/t20191213_341203.html, review s2d 07): the 公示
    # period under "特此公示!" had been item 2's text and time limit; corpus 0647 "本公告自…起执行。" / "特此公告。"
    text = ("整改完成情况:\n1、区委区政府及各乡镇针对环保整改问题不定期召开任务推进会议,压实责任。\n"
            "2、每月调度预警,强化督查督办,及时召开任务推进会议解决问题难题。\n特此公示!\n"
            "公示时间:2019年12月13日至2019年12月19日,共7天。公示期间如有异议,请联系铁东区河湖管理中心\n")
    last = policy_extract.parse_text(text).tasks[-1]
    assert (last.text, last.deadline) == ("每月调度预警,强化督查督办,及时召开任务推进会议解决问题难题。", None)
    # not inside a sentence: "特此通知各单位" is no formula closing a line
    kept = policy_extract.parse_text("某方案\n一、重点任务\n1.做好衔接。特此通知各单位按时报送材料。\n").tasks[0]
    assert kept.text == "做好衔接。特此通知各单位按时报送材料。"


def test_the_work_a_note_gives_before_its_unit_is_no_part_of_the_name():
    # 民政部 2022 政务公开工作要点及任务分工 (a wiki copy, newton.com.tw, review s3d 07): "〔规范性文件公开由制发司(局)牵头,…;执法事项清单由政策法规司牵头,…〕"; corpus
    # 0091/1060 "（技工院校内由人力资源社会保障行政部门负责）"
    note = parse_note("规范性文件公开由制发司(局)牵头,各有关司(局)、信息中心配合;执法事项清单由政策法规司牵头,相关司(局)配合")
    assert (note.lead, note.responsible) == (["制发司(局)", "政策法规司"], ["各有关司(局)", "信息中心", "相关司(局)"])
    assert parse_note("技工院校内由人力资源社会保障行政部门负责").responsible == ["人力资源社会保障行政部门"]
    assert parse_note("江苏南京自由贸易试验区管委会牵头").lead == ["江苏南京自由贸易试验区管委会"]  # 自由 is no 由
    # a bare sentence is no note for it (corpus 1052: "非省属高校立项项目的研究经费由申报学校负责落实。")
    assert bare_note("非省属高校立项项目的研究经费由申报学校负责落实") is None


def test_a_name_closed_by_a_tortoise_shell_bracket_ends_like_a_unit():
    # 许昌市 2026 政府工作报告重点工作任务分解 (a 大河财立方 repost on eastmoney.com, review s4b 04): "(…,各县〔市、区〕政府〔管委会〕
    # 按职责分工负责)" had been no note, its units lost
    note = parse_note("市发展和改革委员会、市工业和信息化局,各县〔市、区〕政府〔管委会〕按职责分工负责")
    assert note.responsible == ["市发展和改革委员会", "市工业和信息化局", "各县〔市、区〕政府〔管委会〕"]


def test_a_collectives_words_alone_before_a_wrap_space_are_no_name():
    # 武汉市改善空气质量2022年工作方案 (a document site's preview, m.taowenge.com/p-94541318.html, review s5a 03):
    # "各相关 区人民政府" had given 各相关 and 区人民政府
    assert split_units("各相关 区人民政府") == ["各相关区人民政府"]
    assert split_units("市发改委 各有关 部门") == ["市发改委", "各有关部门"]
    assert split_units("市财政局 市税务局") == ["市财政局", "市税务局"]  # two names stay two


def test_a_short_remark_before_a_notes_labels():
    # 荆门市 十四五规划纲要任务分工方案 (jingmen.gov.cn/art/2021/12/31/art_6607_9593.html, review s5d 08): "(预期性指标,
    # 牵头单位:市发改委;责任单位:市政府有关部门,各县市区…)" — the indicator's kind before the labels had made it no note
    note = parse_note("预期性指标,牵头单位:市发改委;责任单位:市政府有关部门,各县市区")
    assert (note.lead, note.responsible, note.deadline) == (["市发改委"], ["市政府有关部门", "各县市区"], None)
    # a time limit in that place is the note's (corpus 1134: "(持续推进，牵头单位：市审批服务局)")
    assert parse_note("持续推进，牵头单位：市审批服务局").deadline == "持续推进"
    # a sentence before a label is none ("…要加强统筹,牵头单位:…" is no note of one remark)
    assert parse_note("各地要结合实际加强统筹调度,牵头单位:市发改委") is None


def test_an_items_opening_clauses_after_you_assign_all_their_units():
    # 福建 省治理“餐桌污染”…工作实施方案 (gwyoo.com …/200711/101854.html, review s8b 02): "(一)由省经贸委负责,省农业厅、环保局、…配合,加快…": the 配合
    # clause's units are the item's too, not the first subject's alone
    text = (
        "一、治理畜牧业产品污染\n"
        "(一)由省经贸委负责,省农业厅、环保局、福建出入境检验检疫局、厦门出入境检验检疫局配合,加快省级无公害畜禽基地建设。\n"
        "(二)由省农业厅负责,省环保局配合,强化饲料监管。\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [sorted(u.name for u in t.responsible_units) for t in tasks] == [
        sorted(["省经贸委", "省农业厅", "环保局", "福建出入境检验检疫局", "厦门出入境检验检疫局"]), sorted(["省农业厅", "省环保局"])]
    assert all(not t.lead_units for t in tasks)


def test_an_items_one_sentence_closing_with_who_does_it():
    # 国办函〔2014〕31号 (big5.www.gov.cn …/2014-03/10/content_8705.htm, review s9d 03): "(二)关於“…”的問題,由國土資源部會同農業部等部門負責落實。"
    text = "一、工作分工\n(二)关于“严守耕地保护红线,划定永久基本农田”的问题,由国土资源部会同农业部等部门负责落实。\n"
    task = policy_extract.parse_text(text).tasks[0]
    assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == ([], ["国土资源部", "农业部"])
    # a later sentence saying who bears a cost assigns no work (corpus 0095, 河北 技工院校 学生资助)
    text = "（二）明确工作职责，按时申报审批。资助资金缺口，由相关地市和技工院校自行负责。\n（三）加强数据比对。\n"
    assert all(not t.responsible_units for t in policy_extract.parse_text(text).tasks)


def test_units_named_as_a_labels_subject_hold_for_later_tasks():
    # XX县地下水超采综合治理实施方案 (xiexiebang.com/a1/f6a886636f7aa56c.html, review s9a 05): "…。相关乡镇政府为
    # 责任主体,以下不再列出" inside item 1's note
    text = (
        "1.强化节水宣传教育。研究制定节水宣传教育实施方案。(牵头部门:县水利局;配合部门:县委宣传部,县教育局。相关乡镇政府为责任主体,以下不再列出)\n"
        "2.实施农业节水增效。大力推广农业节水措施。(牵头部门:县农业农村局、县水利局;配合部门:县自然资源和规划局)\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [
        ["县委宣传部", "县教育局", "相关乡镇政府"], ["县自然资源和规划局", "相关乡镇政府"]]


def test_a_notes_last_clause_said_to_hold_later_carries_its_units():
    # 重庆市促进残疾人就业三年行动(2025—2027年)重点任务分工方案 (rongchang.gov.cn …/t20260205_15383119.html, review s10d 01): "(…,责任单位:市委编办、市残联,各区县人民政府残疾人工作委员会
    # 成员单位按职责分工负责落实,不再列出)": the last clause's units take part in the later items too
    text = (
        "1.开展机关、事业单位带头安排残疾人就业政策培训宣传。(牵头单位:市委组织部、市人力社保局,责任单位:市委编办、市残联,"
        "各区县人民政府残疾人工作委员会成员单位按职责分工负责落实,不再列出)\n"
        "2.机关和事业单位安排残疾人就业未达到规定比例的,应当制定工作计划。(牵头单位:市委组织部、市人力社保局,责任单位:市委编办、市残联)\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["市委编办", "市残联", "各区县人民政府残疾人工作委员会成员单位"]] * 2
    assert parse_note("责任单位:市委编办、市残联").carried == []  # nothing said to hold later: nothing carried


def test_units_after_wei_a_label_in_a_labelled_note_and_carried_by_xia_tong():
    # 上海市市场监管局 电动自行车 综合治理 (zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防, review bd01): "（牵头指导处室：市局产品
    # 质量安全监督管理处，各区市场监管局、临港新片区市场监管局、机场分局为实施单位，下同）" had given five leads, "机场分局为实施单位"
    # and "下同" among them; the 实施单位 do the work of every later item
    text = ("1.强化产品质量监督。持续开展流通领域抽查。（牵头指导处室：市局产品质量安全监督管理处，各区市场监管局、临港新片区市场监管局、"
            "机场分局为实施单位，下同）\n2.强化标准规范。及时跟踪国家标准。（牵头指导处室：市局标准创新处）\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.lead_units] for t in tasks] == [["市局产品质量安全监督管理处"], ["市局标准创新处"]]
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["各区市场监管局", "临港新片区市场监管局", "机场分局"]] * 2
    assert parse_note("牵头单位：市发改委，市财政局、市税务局为配合单位").carried == []  # no 下同: nothing carried


def test_a_bracketed_road_section_is_no_unit_list():
    # 殷都区交通运输局 营商环境 工作计划 (tuozhan024.com …/87259.html, review s11a 08): "(1)安林路综合整治。(南水北调——许家沟超限站)"
    # names the stretch of road, from one place to another
    assert find_notes("安林路综合整治。(南水北调——许家沟超限站)") == []
    assert [u for n in find_notes("安林路综合整治。(区交通运输局、区公路事业发展中心)") for u in n.responsible] == ["区交通运输局", "区公路事业发展中心"]



def test_units_after_a_sole_or_responsible_verb_clause_take_part():
    # 镇江市 关于稳定和扩大就业若干政策措施 (镇办〔2022〕51号, idachang.com mirror, review s18b 06): "X、Y、Z等按职责分工负责;" then the places and zones,
    # with no verb of their own; the whole note had been dropped and left in the task's text
    note = parse_note("市财政局、市人社局、市税务局等按职责分工负责;各市、区人民政府,镇江新区、高新区管委会")
    assert (note.lead, note.responsible) == ([], ["市财政局", "市人社局", "市税务局", "各市", "区人民政府", "镇江新区", "高新区管委会"])
    item = "(一)加大税费减免力度。按国家和省规定执行。(市财政局、市人社局、市税务局负责;各市、区人民政府)\n"
    task = policy_extract.parse_text(item).tasks[0]
    assert task.text == "加大税费减免力度。按国家和省规定执行。" and [u.name for u in task.responsible_units][-2:] == ["各市", "区人民政府"]
    # units without any verb stay an aside, no note; after X负责 a clause that only ends like a unit is no name (review diffreview-s19)
    assert parse_note("各市、区人民政府,镇江新区、高新区管委会") is None
    assert parse_note("县教育局负责，新建乡镇寄宿制学校") is None and parse_note("市国资委负责，组建市属国有投资公司") is None


def test_a_groups_lead_note_goes_to_items_whose_own_notes_name_no_lead():
    # 金乡县 2020 农村人居环境整治 分工方案 (review s19a 01): "(…牵头)" on the group's heading, "(责任单位:…)" on each item; the
    # items had no lead. The group's lead joins each item's own responsible units (its time, if any, stays the item's own)
    text = ("一、整治提升村容村貌(县委农办、县农业农村局、县市容环境卫生服务中心牵头)\n"
            "1.提升村庄公共环境。把村庄公共空间环境整治好。(责任单位:县委农办、县农业农村局、县市容环境卫生服务中心)\n"
            "2.加强乡村建筑风貌引导。加快改造农村危房。(责任单位:县住房和城乡建设局;完成时限:2020年底)\n3.推进农村生活垃圾治理。健全收运体系。\n")
    lead = ["县委农办", "县农业农村局", "县市容环境卫生服务中心"]
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline and t.deadline.date) for t in policy_extract.parse_text(text).tasks] == [
        (lead, lead, None), (lead, ["县住房和城乡建设局"], "2020-12-31"), (lead, [], None)]


def test_a_labelled_list_run_on_into_the_pages_next_label_ends_before_it():
    # 灵璧县卫健委 2021年政府工作报告任务分解 (www.lingbi.gov.cn/public/6626531/154359391.html, web review e 02) flattened:
    # the last task's 主要协作单位 runs into the page's "监督方式:0557-6031710扫一扫在手机打开"
    note = parse_note("牵头责任单位:县卫健委主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位监督方式:0557-6031710扫一扫在手机打")
    assert (note.lead, note.responsible) == (["县卫健委"], ["各乡镇人民政府", "经济开发区管委会", "县政府有关部门", "有关直属单位"])
    # a colon inside the unit's own bracket is the bracket's ("市发改委（责任人：张三）": a person, as before)
    assert (parse_note("责任单位：市发改委（责任人：张三）").responsible, parse_note("责任单位：市发改委（责任人：张三）").leaders) == (["市发改委"], ["张三"])


def test_a_notes_time_clause_that_opens_with_its_due_date_may_name_the_work():
    # corpus 0779 (河北省深化科技体制改革实施方案, review c-rev g): the time clause goes on to say what is due, citing a document
    content = ("省财政厅、省国税局、省地税局、省科技厅牵头，2016年3月前根据《财政部国家税务总局科技部关于完善研究开发费用税前加计扣除政策的通知》"
               "（财税〔2015〕119号）修订《河北省企业研究开发费用税前加计扣除项目鉴定办法》")
    note = parse_note(content)
    assert note.lead == ["省财政厅", "省国税局", "省地税局", "省科技厅"] and note.deadline.startswith("2016年3月前根据")
    task = policy_extract.parse_text("（一）完善机制\n2.落实国家修订的企业所得税加计扣除政策，鼓励企业增加研发投入。（" + content + "）\n").tasks[0]
    assert task.text == "落实国家修订的企业所得税加计扣除政策，鼓励企业增加研发投入。" and task.deadline.date == "2016-03-31"
    # a long clause with a date further in is a sentence, no time limit: no note
    assert parse_note("省财政厅牵头，根据《财政部国家税务总局科技部关于完善研究开发费用税前加计扣除政策的通知》要求于2016年3月前修订完成相关办法") is None


def test_a_bracket_of_units_then_their_time_limit():
    # 平潭综合实验区 整合建立统一的公共资源交易平台实施方案 2016 (changwu/pingtan-gov-zwgk-archive gzdt/201604/60376, review bf02):
    # "（区管委会，2016年4月底前完成）" gave no unit and the whole as its time limit; "（区行政审批局、经济发展局，…， 2016年9月底前完成）"
    # a lead "（区行政审批局" with its bracket; with the legend after it ("。列第一位的为牵头单位，下同") or "，持续推进" no unit at all
    text = ("一、整合平台\n（一）整合范围\n1.对现有各类公共资源交易平台进行整合。（区管委会，2016年4月底前完成）\n"
            "2.制定区公共资源交易整合平台建设方案。（区行政审批局、区管委会办公室、经济发展局，2016年4月底前完成。列第一位的为牵头单位，下同）\n"
            "3.加快推进各类公共资源项目进入统一的平台进行交易。（区行政审批局、经济发展局、财政金融局， 2016年9月底前完成）\n"
            "4.建立健全违法违规行为查处机制。（区行政审批局、综合执法局，2016年底前完成，持续推进）\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        ([], ["区管委会"]), (["区行政审批局"], ["区管委会办公室", "经济发展局"]), (["区行政审批局"], ["经济发展局", "财政金融局"]),
        (["区行政审批局"], ["综合执法局"])]
    assert [(t.deadline.date, t.deadline.ongoing) for t in tasks] == [("2016-04-30", False)] * 2 + [("2016-09-30", False), ("2016-12-31", True)]
    assert tasks[1].text == "制定区公共资源交易整合平台建设方案。"



def test_the_text_after_a_labelled_list_that_closes_with_a_role_verb_and_a_blank():
    # 平潭 2016 土壤污染防治工作方案 (changwu/pingtan-gov-zwgk-archive qgwhwj/201612/6414, reviews bw03, av07 crawled): the page's line
    # break after "…等参与" lost to a blank — the next paragraph and its own note had become the list's names ("参与鼓励农民增施有机肥")
    text = ("一、主要任务\n（二）防治农业面源污染\n3.强化畜禽养殖污染防治。2017年明确全区畜禽养殖空间布局。"
            "责任单位：区农村发展局牵头，区环境与国土资源局等参与 鼓励农民增施有机肥，减少化肥使用量，推广绿肥种植。责任单位：区农村发展局负责\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("3", ["区农村发展局"], ["区环境与国土资源局"]), ("3-2", [], ["区农村发展局"])]
    assert doc.tasks[1].text.startswith("鼓励农民增施有机肥")


def test_a_labelled_note_after_the_items_last_clause_closed_by_a_semicolon():
    # 苏平 2023 创建文明城市工作方案 (changwu/pingtan-gov-zwgk-archive bmwj 47335, review bx02 crawled): "…做好商铺内垃圾分类;牵头处室：
    # 交通与建设处配合单位：…" — the note had stayed in the text, the item without units; a note's own labels after a ；stay one note
    for sep in ("；", ";"):
        text = f"一、重点任务\n（二）加强垃圾分类。督促商铺经营者及时做好商铺内垃圾分类{sep}牵头处室：交通与建设处配合单位：经济发展处，资源生态处\n"
        task = policy_extract.parse_text(text).tasks[0]
        assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (["交通与建设处"], ["经济发展处", "资源生态处"])
    task = policy_extract.parse_text("一、重点任务\n（一）做好工作。（牵头单位：市发改委；责任单位：市财政局）\n").tasks[0]
    assert ([u.name for u in task.lead_units], [u.name for u in task.responsible_units]) == (["市发改委"], ["市财政局"])


def test_a_sentence_naming_who_does_it_with_ju_ti_you():
    # 88縣 民族團結進步 宣傳活動方案 (gwyoo.com, review cl04, simplified): "…每天由一個黨委組織展演一臺文藝晚會。具體由縣文體局負責。"
    # had named no unit ("具体由" is no part of the name, as "由" and "此项工作由" are not)
    assert bare_note("具体由县文体局负责").responsible == ["县文体局"]
    acts = ["（一）对外宣传\n重点推出系列专题报道。由县委宣传部具体负责。", "（二）举办民族团结进步工作模范成果展\n在县政府门口两侧布置展版。",
            "（三）制作民族团结进步模范光荣榜\n按标准展板制作光荣榜。", "（四）举办百日文化广场展演活动\n每天由一个党委组织展演一台文艺晚会。具体由县文体局负责。",
            "（五）举办民族团结运动会\n于5月下旬举办运动会。", "（六）举办十佳新闻人物评选颁奖晚会\n联合组织举办评选活动。"]
    tasks = policy_extract.parse_text("一、活动主题\n求团结促进步\n" + "\n".join(acts) + "\n三、宣传活动所需经费\n").tasks
    assert [t.number for t in tasks] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
    assert [u.name for u in tasks[3].responsible_units] == ["县文体局"]


def test_a_sentence_naming_who_does_it_with_ju_ti_gong_zuo_you():
    # 建军89周年纪念活动方案 (78911.com.cn/DongTaiXinWen/594169-2.html, review hb 02): each item closed by "具体工作由X负责,Y配合。"
    # named no unit (as "具体由" and "此项工作由" do)
    text = ("二、活动安排\n5、八一期间,举办女青年与部队官兵的联谊活动。具体工作由区妇联负责,双拥办配合。\n"
            "6、7月8日,组织第十三期“区少年军校”活动。具体工作由团区委负责,民政局配合。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [sorted(u.name for u in t.responsible_units) for t in tasks] == [["区妇联", "双拥办"], ["团区委", "民政局"]]
    assert [t.lead_units for t in tasks] == [[], []]


def test_paragraphs_opening_with_their_units_and_a_colon_are_items():
    # 宜昌市 三峡大坝及周边旅游市场秩序专项整治工作方案 (法搜网 copy, review dh07): "五、职责分工" over unnumbered paragraphs
    # "市旅游局:负责…", "市公安局:负责…" — had been one task "五、职责分工" with no unit; each is an item, its units before the colon
    text = ("五、职责分工\n市旅游局:负责专项整治工作的组织协调,审核旅游经营点资质。\n市公安局:负责查处违规设点和拦车拉客等行为。\n"
            "秭归县、夷陵区、西陵区、伍家岗区政府和宜昌开发区管委会:负责本辖区内专项整治工作。\n六、工作要求\n（一）要形成整治合力。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks[:3]] == [
        ["市旅游局"], ["市公安局"], ["秭归县", "夷陵区", "西陵区", "伍家岗区政府", "宜昌开发区管委会"]]
    # what is checked or built, or was done, before a colon is no unit: its work opens with no verb of work (diffreview-aw p03-p05)
    checked = "二、排查重点\n中小学校：重点排查消防通道。\n医疗机构：重点排查用电安全。\n"
    assert all(t.responsible_units == [] for t in policy_extract.parse_text(checked).tasks)
    # a label or a field before its colon is no unit ("责任单位:…" is a note; "活动时间:…" a field)
    labelled = "二、重点任务\n（一）开展整治。\n责任单位:市公安局\n完成时间:6月底前\n"
    assert [(t.number, [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(labelled).tasks] == [("（一）", ["市公安局"])]


def test_paragraphs_opening_with_their_units_as_the_subject_of_a_duty_are_items():
    # 湖北省人民政府第六次人口普查领导小组成员单位职责分工和工作方式 (鄂人普组字[2010]5号, a law site's copy, review gp 03): "一、职责分工"
    # over a paragraph on why, then one paragraph a unit, each "X负责…": the part had been one task with no unit
    text = ("一、职责分工\n人口普查是一项重大的国情国力调查,涉及到每个人,与多个部门的工作有直接关系。\n"
            "省统计局负责人口普查的日常工作,并全面负责专业技术工作。\n省公安厅负责户口整顿工作,以及协助配合人口普查登记阶段相关工作。\n"
            "省财政厅负责人口普查经费的协调保障工作。\n二、工作方式\n(一)领导小组实行成员单位联络员制度。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.path, t.text[:5], [u.name for u in t.responsible_units]) for t in tasks[:3]] == [
        (["一、职责分工"], "省统计局负", ["省统计局"]), (["一、职责分工"], "省公安厅负", ["省公安厅"]), (["一、职责分工"], "省财政厅负", ["省财政厅"])]
    # "负责人口普查" is the verb and its object, no person's title (负责人)
    assert "人口" in rules.VERB_OBJECTS_WITH_PERSON
    with using(DEFAULT_RULES.replace(verb_objects_with_person=())):
        assert [u.name for u in policy_extract.parse_text(text).tasks[0].responsible_units] != ["省统计局"]
    # a closing word to them all runs on ("以上单位要…", no unit "上单位"); an emergency plan's organisation is no division of duties
    # (diffreview-e1 p30, p28)
    closing = text.replace("二、工作方式", "以上单位要明确1名分管领导和1名联络员。\n二、工作方式")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(closing).tasks[:3]] == [["省统计局"], ["省公安厅"], ["省财政厅"]]
    plan = text.replace("一、职责分工", "二、应急指挥部及职责")
    assert [t.number for t in policy_extract.parse_text(plan).tasks if t.path == ["二、应急指挥部及职责"]] == []
    # two such paragraphs are an item's body, as before (three at least, every one after the opening)
    two = "一、职责分工\n人口普查与多个部门的工作有直接关系。\n省统计局负责人口普查的日常工作。\n省公安厅负责户口整顿工作。\n"
    assert [t.number for t in policy_extract.parse_text(two).tasks] == ["一"]


def test_unnumbered_paragraphs_each_opening_with_its_units_as_a_duty_subject_are_items():
    # 关于广泛深入开展婚育新风进万家活动的意见 (page 2 on a mirror, freekaoyan.com, review gp 07): nothing numbered, one paragraph a body,
    # "X部门要…" — three or more in a row are their units' work, as unit-and-colon lines are
    text = ("关于广泛深入开展婚育新风进万家活动的意见第2页\n精神文明建设部门要将婚育新风进万家活动纳入精神文明建设的总体规划。\n"
            "计划生育部门要协助党委宣传部门和精神文明建设部门,制定婚育新风进万家活动方案。\n教育部门要在大中专院校开设人口理论讲座。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["精神文明建设部门"], ["计划生育部门"], ["教育部门"]]
    # two such paragraphs are a notice's prose, as before
    assert policy_extract.parse_text("\n".join(text.split("\n")[:3]) + "\n").tasks == []


def test_a_colon_leading_in_to_the_units_duties_cuts_them_apart_when_the_line_breaks_are_lost():
    # 湖北 第六次人口普查 成员单位职责分工 (鄂人普组字[2010]5号, review gp 03) with its line breaks lost: "…具体分工如下:省统计局负责…。
    # 省公安厅负责…。…" — each sentence opening with its unit a duty, as the lines printed them; they had been one task
    lined = ("一、职责分工\n按照各部门的工作职能,具体分工如下:\n省统计局负责人口普查的日常工作,并全面负责专业技术工作。\n"
             "省公安厅负责户口整顿工作,以及协助配合人口普查登记阶段相关工作。\n省财政厅负责人口普查经费的协调保障工作。\n二、工作方式\n"
             "(一)领导小组实行成员单位联络员制度。\n")
    flat = lined.replace("\n", "")
    for text in (lined, flat):
        tasks = policy_extract.parse_text(text).tasks
        assert [(t.text[:5], [u.name for u in t.responsible_units]) for t in tasks[:3]] == [
            ("省统计局负", ["省统计局"]), ("省公安厅负", ["省公安厅"]), ("省财政厅负", ["省财政厅"])], text[:20]
    # 婚育新风进万家活动的意见 (review gp 07): "…并履行好以下职责:党委宣传部门要将…" — the lead-in no task, a sentence with no unit stays
    # with the duty before it; printed on lines, the first duty glued to the lead-in's line
    page = ("有关部门要根据各自的工作特点,密切配合,并履行好以下职责:党委宣传部门要将婚育新风进万家活动纳入宣传工作计划。协调报刊办好专题栏目。"
            "\n精神文明建设部门要将婚育新风进万家活动纳入精神文明建设的总体规划。\n计划生育部门要协助党委宣传部门制定活动方案。\n")
    for text in (page, page.replace("\n", "")):
        tasks = policy_extract.parse_text(text).tasks
        assert [(t.text[:6], [u.name for u in t.responsible_units]) for t in tasks] == [
            ("党委宣传部门", ["党委宣传部门"]), ("精神文明建设", ["精神文明建设部门"]), ("计划生育部门", ["计划生育部门"])], text[-20:]
        assert tasks[0].text.endswith("协调报刊办好专题栏目。")
    # two duties after the lead-in are a paragraph's prose, as before
    two = "某县方案\n按照各部门的工作职能,具体分工如下:省统计局负责日常工作。省公安厅负责户口整顿工作。"
    assert policy_extract.parse_text(two).tasks == []


def test_a_group_titled_for_the_units_work_over_their_duty_sentences_run_together():
    # 结核病防治规划 (review hv 08; corpus 0635 is the same part as another copy printed it), its lines lost: "(三)加强部门合作。各部门要密切
    # 配合…。计划部门要…。财政部门要…" — no colon introduces the duties; the group's title names the units' work. Each duty is the task of
    # its units, as on the lines; the group itself had been one task of 各部门
    lines = ["(三)加强部门合作。", "各部门要密切配合,各司其职,协同作战,共同做好结核病防治工作。",
             "计划部门要把结核病防治工作列入本地区国民经济和社会发展计划项目。", "财政部门要把结核病防治经费纳入财政预算,实行项目管理。",
             "卫生部门要将结核病防治工作纳入卫生发展总体规划。", "民政部门要对符合救济条件的肺结核病患者家庭给予适当生活救济。"]
    for text in ("\n".join(lines) + "\n", "".join(lines) + "\n"):
        tasks = policy_extract.parse_text(text).tasks
        assert [[u.name for u in t.responsible_units] for t in tasks] == [["计划部门"], ["财政部门"], ["卫生部门"], ["民政部门"]], text[:12]
    # three sentences at most after such a title stay the group's prose, as do duties under a title that names no division of work
    three = "".join(lines[:4]) + "\n"
    assert [t.number for t in policy_extract.parse_text(three).tasks] == ["(三)"]
    other = "(三)加强能力建设。" + "".join(lines[1:]) + "\n"
    assert [t.number for t in policy_extract.parse_text(other).tasks] == ["(三)"]


def test_a_part_titled_for_the_units_work_glued_to_the_first_units_colon():
    # 宜昌 三峡大坝及周边旅游市场秩序专项整治工作方案 (法搜网 copy, review id 06) flattened: "…报市政府。五、职责分工市旅游局:负责…。
    # 市公安局:负责…" — the page opens inside 四、, so 五、 continues nothing; its title names the division of work and a unit's colon
    # follows it. The campaign's stages (二), (三) had been the tasks and "职责分工市旅游局" a unit
    text = ("(三)总结阶段(10月16日至31日)。总结整治工作情况,巩固整治成果。活动结束后,整治专班要及时将整治工作书面总结材料报市政府。"
            "五、职责分工市旅游局:负责专项整治工作的组织协调。市公安局:负责查处违规设点和拦车拉客等行为。"
            "市交通运输局:负责查处“黑车”违规经营以及出租车中转游客等行为。市城管局:负责查处、没收和拆除违规设立广告牌等行为。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["市旅游局"], ["市公安局"], ["市交通运输局"], ["市城管局"]]
    # a part's title that names no division of work opens nothing glued to a name and a colon ("…报市政府。五、工作要求市旅游局:…")
    other = text.replace("五、职责分工", "五、工作要求")
    assert [t.number for t in policy_extract.parse_text(other).tasks] == ["(三)"]


def test_a_group_over_duty_sentences_closed_by_its_own_note_stays_one_task():
    # diffreview-j1 p26: "（二）加强部门协作。各部门要密切配合…。县发改局要…。县财政局要…。县教育局要…。县医保局要…。（县卫健局牵头，…配合）" — the
    # note closing the item is all the duties'; the group had been cut into blocks "1"–"4", the note on the last alone
    text = ("二、重点任务\n（二）加强部门协作。各部门要密切配合，形成工作合力。县发改局要将结核病防治纳入经济社会发展规划。县财政局要落实防治经费。"
            "县教育局要做好学校结核病防控工作。县医保局要落实患者医疗保障政策。（县卫健局牵头，县发改局、县财政局、县教育局、县医保局配合）\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.lead_units]) for t in tasks] == [("（二）", ["县卫健局"])]


def test_an_items_own_target_before_its_units_duties_keeps_it_one_task():
    # diffreview-j2 p29: "(二)加强汛期安全防范。" / "2024年汛期全县不发生因灾亡人事件。" / "县水利局要…" / "县自然资源局要…" / … — the item's own
    # target before the duties: one task, its target and the units named in it (they had been blocks "1"–"4", the target lost)
    text = ("二、重点任务\n（二）加强汛期安全防范。\n2024年汛期全县不发生因灾亡人事件。\n县水利局要加强水库、河道巡查。\n"
            "县自然资源局要加强地质灾害隐患点监测。\n县交通运输局要做好公路水毁抢修。\n县住建局要加强城区排涝设施检修。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [t.number for t in tasks] == ["（二）"] and "2024年汛期" in tasks[0].text
    # a lead-in with a year is no target (diffreview-j3 p17: "根据…县防汛抗旱指挥部2024年工作安排,各成员单位要各司其职、密切配合。")
    lead = ("三、重点任务\n（二）加强汛期安全防范\n根据县防汛抗旱指挥部2024年工作安排,各成员单位要各司其职、密切配合。\n"
            "县水利局负责水库、河道巡查。\n县应急局负责防汛抢险救援队伍和物资的统筹调度。\n县气象局负责灾害性天气监测预报预警。\n"
            "县自然资源局负责地质灾害隐患点的排查和监测。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(lead).tasks] == [["县水利局"], ["县应急局"], ["县气象局"], ["县自然资源局"]]


def test_duty_paragraphs_after_an_item_that_assigns_work_of_its_own():
    # 水上交通安全 管理意见 on a law mirror (review ib 02): "(二)水上交通安全管理的主体责任由乡镇政府和相关部门负责。…" over lines "安监部门负责…;",
    # "交通部门负责…;" … — the item is a task and so is each department's line; the lines had been the item's text
    text = ("(二)水上交通安全管理的主体责任由乡镇政府和相关部门负责。各地要建立健全乡镇船舶安全管理责任体系。\n"
            "安监部门负责乡镇船舶安全管理的监督指导和综合协调工作;\n交通部门负责主管水上交通安全工作;\n水利部门负责渔业船舶检验、登记;\n"
            "旅游部门负责非通航水域内游乐船舶的登记和日常安全管理;\n公安部门负责渡口、码头、船舶的治安管理工作。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [
        ["乡镇政府", "相关部门"], ["安监部门"], ["交通部门"], ["水利部门"], ["旅游部门"], ["公安部门"]]
    # its lines lost, five duties or more each "X负责…" are cut apart with no word saying they follow (a rule's "X应当…" are not)
    flat = [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text.replace("\n", "") + "\n").tasks]
    assert flat[-5:] == [["安监部门"], ["交通部门"], ["水利部门"], ["旅游部门"], ["公安部门"]]
    provisions = text.replace("负责", "应当").replace("\n", "") + "\n"
    assert len(policy_extract.parse_text(provisions).tasks) <= 1




def test_units_named_as_the_subject_of_any_sentence_of_an_item_are_its_units():
    # 河北 人社 银发经济 (corpus 0020): "九、压实工作责任，营造银发经济发展壮大良好氛围。各级人力资源社会保障部门要进一步提高政治站位，…" — the title
    # has a comma, so the subject stands in the item's second sentence: the unit named as doing the work (the contract), read where the item
    # carries no note; a later sentence's subject too ("…。县财政局要…"), a report's "X及时发布…" (no word of duty) none
    text = ("九、压实工作责任，营造银发经济发展壮大良好氛围。各级人力资源社会保障部门要进一步提高政治站位，将支持银发经济发展作为重要政治任务。"
            "要进一步便利涉企服务。\n十、强化经费保障，确保工作顺利开展。各地要统筹安排工作经费。县财政局要及时足额拨付资金。\n"
            "十一、总结经验，持续改进。县气象局及时发布暴雨预警信息12期，发送预警短信3万余条。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["各级人力资源社会保障部门"], ["县财政局"], []]

def test_a_paragraph_of_nothing_but_duties_is_cut_into_them():
    # a county 防汛 预警 page on one line (review ii 05): "各安全生产监管部门要及时向…通报预警信息,各企业要做好防范工作。 县气象局要密切关注
    # 天气…。 县水利局要加强…。 …" — every sentence (but one or two) opens with its units and 要: each unit's duty, as the lines would print
    # them; a sentence that opens with no unit goes on the duty before it. Fewer than five such sentences stay one paragraph.
    text = ("各安全生产监管部门要及时向危险化学品等高危行业企业通报预警信息,各企业要做好防范工作。 县气象局要密切关注天气、雨汛情发展变化,加强预测预报,精准预报预警。 县水利局要加强对河道水工程进行巡查,发现险情,采取有效处置措施。 县河务局要加强卫"
            "南运河水情监测和上游水库水情动态,及时发布水情预报和预警信息。 县住建局要加强对主城区防汛排涝检查,检查市政公用设施、在建建筑工程、城市危旧房屋、低洼地带等部位的防涝准备工作,加强对建筑工地、燃气企业、广告牌、各类悬挂物的安全防范措施。 县"
            "社区筹建办要提醒广大城区居民管理好阳台杂物,严防大风导致人身伤害事故和财产损失。 县自然资源和规划局要加强森林防火巡护,做好森林防火宣传,严防森林火灾发生。 县农业农村局要提早提醒广大农民群众做好农业生产的防灾减灾,减少灾害损失。 县电视台"
            "要在第一时间插播预警信息,并利用各种媒体进行广泛播报。 县消防救援大队保持待命状态,及时开展抢险救灾工作。 各乡镇、园区,各有关部门要将预警信息第一时间通报给所辖所属企事业单位和广大群众,同时要严格落实值班值守制度,确保遇有突发情况能够第一"
            "时间处置。 |" "\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["各安全生产监管部门"], ["县气象局"], ["县水利局"], ["县河务局"], ["县住建局"],
                                                                      ["县社区筹建办"], ["县自然资源和规划局"], ["县农业农村局"], ["县电视台"]]
    assert "县消防救援大队保持待命状态" in tasks[-1].text  # (as the last sentence: their subjects not read)
    short = "县气象局要密切关注天气。 县水利局要加强巡查。 县河务局要加强水情监测。 县住建局要加强防汛排涝检查。 防汛形势依然严峻。\n"
    assert len(policy_extract.parse_text(short).tasks) <= 1



def test_colon_duties_after_a_sentence_saying_the_division_follows_run_together():
    # 出租汽车 专项治理 (review ib 08) with its lines lost: "三、组织机构和职责分工市政府成立…协调小组…。相关职能部门分工如下:交通部门:负责…。
    # 公安部门:协助…。监察、纠风部门:负责…。" — each unit's duty after the lead-in, as the lines print them
    text = ("三、组织机构和职责分工市政府成立全市专项治理工作协调小组,协调小组办公室设在市运管处。各县(区)人民政府要建立相应的协调机构。相关职能部门分工如下:"
            "交通部门:负责城市出租汽车行业“黑车”非法营运专项整治工作。公安部门:协助有关部门开展打击“黑车”专项整治工作。"
            "监察、纠风部门:负责查处政府公务人员私养“黑车”等违法违纪行为。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks][-3:] == [["交通部门"], ["公安部门"], ["监察", "纠风部门"]]

def test_units_named_alone_before_the_sentence_of_their_duty_are_items():
    # a county 秸秆禁烧工作实施方案 on a document-sharing page (review hw 07), its lines lost: "…各组成单位及其职责如下:县环保局。负责对全县
    # 秸秆禁烧工作实施统一监督…。县交通局、公路局。负责对…" — the part's title had been the only task
    text = ("三、组织领导及职责分工为切实加强对秸秆禁烧工作的领导,县政府成立县农作物秸秆禁烧工作领导小组。各组成单位及其职责如下:"
            "县环保局。负责对全县秸秆禁烧工作实施统一监督,并承担县禁烧办的日常工作。加强现场执法检查。县交通局、公路局。负责对全县辖区内"
            "国道两侧燃烧秸秆情况的巡查。县农委。负责全县农作物秸秆综合利用工作的督导。")
    doc = policy_extract.parse_text(text)
    assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [["县环保局"], ["县交通局", "公路局"], ["县农委"]]
    assert doc.tasks[0].text.endswith("加强现场执法检查。")  # a sentence opening with no unit stays with the duty before it


def test_a_group_titled_by_a_body_over_items_opening_with_its_duty_verb_gives_them_the_body():
    # 运动会各部门工作安排 (a school's 田径运动会 plan on a 范文 site, review gx 07): "一、学院办公室" / "联系人:郑大远" / "(一)负责起草校领导的
    # 开幕词。" — X负责 split between the group's title and its items: the body responsible for each; the items had named no unit
    text = ("运动会各部门工作安排\n一、学院办公室\n联系人:郑大远\n(一)负责起草校领导的开幕词。\n(二)负责开幕式主席台校领导座位安排事宜。\n"
            "二、学工部\n(一)负责看台的人员分布。\n(二)负责开幕式及闭幕式的广播工作。\n(三)协助体育部安排比赛期间的校车接送。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("(一)", ["学院办公室"]), ("(二)", ["学院办公室"]), ("(一)", ["学工部"]), ("(二)", ["学工部"]), ("(三)", ["学工部"])]
    # a title that is no body's name, or items that do not open with the duty's verb, give none
    for changed in (text.replace("学院办公室", "做好会务"), text.replace("(一)负责起草", "(一)起草").replace("(二)负责开幕式主席台", "(二)安排主席台")):
        assert policy_extract.parse_text(changed).tasks[0].responsible_units == []


def test_a_page_number_glued_before_a_label_is_dropped():
    # 落实《全民健身计划(2011—2015年)》国家体育总局相关单位职责分工 (wenku365 copy, review dh05): "…比例明显增加。14牵头单位:
    # 群体司责任单位:科教司、体科所" — the sharing site's page number hid the label: the item had lost its units
    text = ("一、重点任务\n（一）广泛开展全民健身活动。经常参加体育锻炼人数比例明显增加。14牵头单位:群体司责任单位:科教司、体科所\n"
            "（二）加强场地建设。新建一批健身设施。牵头单位:经济司\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        (["群体司"], ["科教司", "体科所"]), (["经济司"], [])]
    # a figure that is the sentence's own stays ("…完成。3个牵头单位:…" is no label's page number: 个 follows the figure)
    assert "3个" in policy_extract.parse_text("一、重点任务\n（一）开展试点。确定3个试点县。\n").tasks[0].text


def test_a_label_after_a_comma_closes_its_item_whatever_colon_stands_before_it():
    # 县域经济考核指标目标任务情况汇报 (gwyoo.com, review dn04): "规模以上工业增加值:增长8%(…),责任单位为区经信局;" — the colon
    # before it an indicator's, the label said with 为: no item had its unit, and the last item's note went to all
    text = ("一、8项区人代会考核指标设置情况\n1.规模以上工业增加值:增长8%(依据区人代会目标设置),责任单位为区经信局;\n"
            "2.全社会固定资产投资:增长15%,责任单位为区发改局;\n3.地方一般公共预算收入:增长7%,责任单位:区财政局;\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [([u.name for u in t.responsible_units], t.text) for t in tasks] == [
        (["区经信局"], "规模以上工业增加值:增长8%(依据区人代会目标设置)"), (["区发改局"], "全社会固定资产投资:增长15%"),
        (["区财政局"], "地方一般公共预算收入:增长7%")]
    # a label's word said with 为 inside a sentence is no label ("…,以责任单位为主体…"), nor one whose value is no list of units closing
    # the item (diffreview-aw p37, p38, p44); "责任单位为：区住建局" is one (p47)
    assert policy_extract.parse_text("一、重点任务\n1.落实责任，以责任单位为主体开展自查。\n").tasks[0].responsible_units == []
    prose = ("一、重点任务\n1.建立任务台账，牵头单位为第一责任单位，对任务完成情况负总责。\n2.强化服务，责任单位为企业和群众提供全程帮办代办服务。\n"
             "3.开展安全生产大检查，责任单位为行业主管部门，属地为乡镇。\n4.推进老旧小区改造，11月底前完成，责任单位为：区住建局。\n")
    tasks = policy_extract.parse_text(prose).tasks
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [([], []), ([], []), ([], ["行业主管部门"]), ([], ["区住建局"])]
    # a value closed by a comma (diffreview-ax p01, p03): the note goes on only into a clause of its own (the next label, a time limit,
    # units closed by their role), not into the work of another ("…，县发改局做好项目审批服务")
    more = ("一、重点任务\n1.实施老旧小区改造，牵头单位为县住建局，责任单位为各乡镇，2024年11月底前完成。\n"
            "2.开展集体经济“清零”行动，牵头单位为县农业农村局，县财政局、县委组织部配合。\n3.建设冷链物流中心，责任单位为县商务局，县发改局做好项目审批服务。\n")
    read = policy_extract.parse_text(more).tasks
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in read] == [
        (["县住建局"], ["各乡镇"]), (["县农业农村局"], ["县财政局", "县委组织部"]), ([], ["县商务局"])]
    assert read[0].deadline.text.startswith("2024年11月底前")
    assert tasks[0].text == "建立任务台账，牵头单位为第一责任单位，对任务完成情况负总责。"
    timed = policy_extract.parse_text("一、重点任务\n1.老旧小区改造：完成改造15个，责任单位为：区住建局，完成时限为：2024年11月底前。\n").tasks[0]
    assert ([u.name for u in timed.responsible_units], timed.deadline.date) == (["区住建局"], "2024-11-30")
    # an ongoing limit said so is one too (diffreview-ax p11: "，时间节点为：长期坚持。"), a service's processing time none
    ongoing = policy_extract.parse_text("一、重点任务\n1.推进河湖清四乱，责任单位为：各乡镇，时间节点为：长期坚持。\n").tasks[0]
    assert (ongoing.deadline.text, ongoing.deadline.ongoing) == ("长期坚持", True)
    served = policy_extract.parse_text("一、重点任务\n1.推行即来即办，责任单位为：县行政审批局，时限为：1个工作日。\n").tasks[0]
    assert served.deadline is None


def test_a_unit_label_closing_its_line_takes_the_units_on_the_next():
    # a 街道 食品安全 工作计划 (tudiao.com/a/2005/642903.html, review dz08): "…创建启动仪式。时间:20xx年x月,参与单位:" / "" /
    # "街道各科室、各社区。" — three of six items had no unit and were no task; (一) had even taken (二)'s units
    text = ("一、参加区组织的省级食品安全示范区创建活动启动仪式。\n\n结合专项整治行动,街道组织科室、各社区参加区举办的创建启动仪式。"
            "时间:20xx年x月,参与单位:\n\n街道各科室、各社区。\n\n二、参加区组织的食品安全创建活动现场会。\n\n"
            "组织各社区和有关单位到街道办事处进行参观交流。时间:20xx年x月,参与单位:各社区、有关单位。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("一", ["街道各科室", "各社区"]), ("二", ["各社区", "有关单位"])]
    # the next line no list of bodies (a sentence of work): the label stays as it was, its line no note
    text = "一、开展宣传活动。组织宣传。责任单位:\n\n各社区要组织居民参加宣传活动,发放宣传资料。\n"
    assert [t.responsible_units for t in policy_extract.parse_text(text).tasks] == [[]]
    # nor the notice's signer over its date after a blank label (diffreview-az p05)
    text = "二、重点任务\n（一）开展应急演练周活动。各单位结合实际组织开展应急疏散演练。责任单位：\n\n某县人民政府办公室\n\n2024年5月20日\n"
    assert [t.responsible_units for t in policy_extract.parse_text(text).tasks] == [[]]


def test_a_bracket_listing_units_that_closes_the_item_before_its_full_stop():
    # 荆州市 2009 政府工作报告 目标分解 (lsbar.com/law/50223, review fh06): "1、地区生产总值增长11%(市发改委,市政府相关部门,…)。" — the
    # bracket glued to the goal, before the 。; the items had been no tasks, their brackets left in their text
    text = ("一、主要工作目标\n1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。\n"
            "2、固定资产投资增长25%(市发改委,各县市区政府,荆州开发区)。\n")
    assert [(t.text, [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(text).tasks] == [
        ("地区生产总值增长11%。", ["市发改委", "市政府相关部门", "各县市区政府", "荆州开发区"]),
        ("固定资产投资增长25%。", ["市发改委", "各县市区政府", "荆州开发区"])]
    # a name's alias or alternative before the 。 is no note (corpus 0320 "…人民医院（原冀中能源井陉矿业集团有限公司总医院）", 0625
    # "…安全生产委员会（或安全生产领导小组）"), nor one name alone ("…建设市民中心(市体育馆)。")
    for line in ("石家庄市井陉矿区人民医院（原冀中能源井陉矿业集团有限公司总医院）。", "建立安全生产委员会（或安全生产领导小组）；",
                 "加快建设市民中心(市体育馆)。", "石家庄市人民医院（石家庄市第一医院、石家庄市第二医院）。",
                 # nor the enterprises, hospitals and co-operatives an item counts (diffreview-ba's probe P32)
                 "支持骨干企业做大做强(市钢铁集团公司、市城投公司)。", "推进两所医院改扩建(县人民医院、县中医院)。", "培育一批农业产业化龙头企业(市农发集团、市供销社)。"):
        assert find_notes(line) == []
    # a court's, a procuratorate's, a trade union's, a women's federation's, a centre's are bodies that work (diffreview-bb's probes R4b, R4c)
    for line, names in (("广泛开展职工技能竞赛活动(市总工会、团市委、市妇联)。", ["市总工会", "团市委", "市妇联"]),
                        ("依法打击非法集资犯罪(市中级人民法院、市人民检察院、市公安局)。", ["市中级人民法院", "市人民检察院", "市公安局"]),
                        ("加强传染病监测预警(市卫生健康委、市疾控中心)。", ["市卫生健康委", "市疾控中心"])):
        assert [n.responsible for n in find_notes(line)] == [names]


@pytest.mark.parametrize("text, responsible", [
    # 市安委会安全生产督查方案 (法搜网 fsou.net 16994109, review fa09): each group's unit sends one leader and two
    # specialists; the counts had stayed in the names ("市煤炭工业局1名县级领导带队", "2名专业人员")
    ("由市煤炭工业局1名县级领导带队,2名专业人员参加", ["市煤炭工业局"]),
    ("由市公安消防支队一名县级领导带队，两名专业人员参加。", ["市公安消防支队"]),
])
def test_a_count_of_people_ends_a_unit_name_and_names_no_unit(text, responsible):
    note = parse_note(text)
    assert note is not None and (note.lead, note.responsible) == ([], responsible)



@pytest.mark.parametrize("item, responsible", [
    # 资阳 整治道路客运市场秩序 (ask.fsou.com …/17261820_2.html, review fl04): the units, 职责 and a colon open the item; no unit had been read
    ("(九)工商部门职责:依法确认道路客运行业的各类市场主体经营资格,依法取缔无照经营。", ["工商部门"]),
    ("(十三)广电局、资阳日报社职责:负责整顿工作的宣传报道,公开曝光非法营运车辆。", ["广电局", "资阳日报社"]),
])
def test_an_item_opening_with_its_units_duties_and_a_colon(item, responsible):
    doc = policy_extract.parse_text("某市整治方案\n二、职责分工\n" + item + "\n(十)城管部门职责:负责对乱停乱放的车辆管理。\n")
    assert [u.name for u in doc.tasks[0].responsible_units] == responsible and doc.tasks[0].lead_units == []


def test_a_unit_with_its_other_name_in_brackets_before_a_colon_opens_its_duty():
    # 城管局关于餐厨废弃物处置工作方案 (天天文库 19657122, review gv 08): "市委宣传部(文明办):组织实施…" — the bracket had hidden the
    # unit and its colon; the name keeps its other name, as printed
    text = "某市方案\n三、明确职责\n市委宣传部(文明办):组织实施全市性餐厨废弃物管理的宣传活动。\n市发改委:推进餐厨废弃物资源化利用设施建设。\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [["市委宣传部(文明办)"], ["市发改委"]]
    # a bracket that is no other name of a body is no unit's ("二、主要任务(2024年):…" opens no duty)
    from policy_extract.unit_labels import colon_units

    assert colon_units("重点工作(2024年):推进设施建设。") == []


def test_a_duty_heading_naming_bodies_of_a_kind_and_a_duty_opening_with_a_lead_verb():
    # "牛皮癣"广告联系电话停机 工作方案 (a law mirror's later page, review gv 06): "(三)移动、电信、联通等通信部门职责:按照…" names the
    # three bodies and their kind (X、Y等Z: each); "(一)城市管理执法部门职责:负责牵头组织实施…" names its unit leading the work
    text = ("某市方案\n三、职责分工\n(一)城市管理执法部门职责:负责牵头组织实施本次专项行动工作。\n(二)公安部门职责:负责办证类广告的甄别和处理工作。\n"
            "(三)移动、电信、联通等通信部门职责:按照市政府的要求,对甄别后的广告联系电话予以停机。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        (["城市管理执法部门"], []), ([], ["公安部门"]), ([], ["移动", "电信", "联通", "通信部门"])]


def test_work_parcelled_out_among_units_in_sentences_of_one_item():
    # 全民健身 系列活动 方案 (review gx 08): "2.明确责任分工。区直机关职工运动会等相关活动由区体育局、区总工会负责;社区运动会由各街道负责;…" —
    # each sentence some work and the units doing it: all of them responsible; the item had named none
    text = ("某区活动方案\n七、活动要求\n1.提高思想认识。各单位要高度重视。\n2.明确责任分工。区直机关职工运动会等相关活动由区体育局、区总工会负责;"
            "社区运动会由各街道负责;农民运动会由各乡镇负责。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [u.name for u in tasks[-1].responsible_units] == ["区体育局", "区总工会", "各街道", "各乡镇"]
    # one such sentence only says who does such work (corpus 0220): no unit
    one = text.replace(";社区运动会由各街道负责;农民运动会由各乡镇负责", "")
    assert policy_extract.parse_text(one).tasks[-1].responsible_units == []


def test_lines_of_units_listed_before_a_colon_on_a_page_that_opens_mid_way_before_its_next_part():
    # 关爱女孩行动 实施方案 (page 3 on a mirror, review gp 04): "教育、科技、…、扶贫开发等部门:在制订有关政策时…" / "公安部门:…" /
    # "人事部门:…" / "工会、共青团、妇联和计生协会等单位:…" then "五、加强组织领导": each line its units' duty; the page had given none
    text = ("教育、科技、民政、财政、扶贫开发等部门:在制订有关政策时落实对女孩及计划生育女儿户的同等优先原则。\n"
            "公安部门:依法严厉查处“两非”、溺弃女婴的违法犯罪行为。\n人事部门:进一步做好培养选拔女性人才工作。\n"
            "工会、共青团、妇联和计生协会等单位:发动群众积极参与关爱女孩行动。\n五、加强组织领导\n(一)加强领导,齐抓共管。省里建立领导工作机制。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [
        ["教育", "科技", "民政", "财政", "扶贫开发"], ["公安部门"], ["人事部门"], ["工会", "共青团", "妇联", "计生协会"]]
    # two such lines are the notice's prose before its parts, as before; two names before 等单位 are what is checked, no units
    two = "\n".join(text.split("\n")[2:])
    assert policy_extract.parse_text(two).tasks == []
    from policy_extract.unit_labels import colon_units

    assert colon_units("中小学校、幼儿园等单位:重点排查消防隐患。") == []


def test_diffreview_f1_probes_of_this_stops_rules_read_as_before():
    # diffreview-f1 (probes written before running; each had changed with one of this stop's rules)
    from policy_extract.unit_labels import colon_units

    # p34, p47: 等 inside a word (中等职业学校) is no "X、Y等<kind>"
    assert colon_units("市教育局、各中等职业学校：负责开展职业生涯规划教育。") == ["市教育局", "各中等职业学校"]
    # p45: a task cell opening with its short title and a colon, right after its row's number, does not end the table
    table = ("XX县城乡环境整治任务分工\n序号\n工作任务\n责任单位\n完成时限\n1\n强化源头管控：\n全面排查农村生活垃圾收运体系。\n县住建局\n2024年6月底\n"
             "2\n整治河道“四乱”：\n开展河湖“清四乱”专项行动。\n县水利局\n2024年9月底\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(table).tasks] == [["县住建局"], ["县水利局"]]
    # p43 flattened: another part's name with its first sentence run on ("三、保障措施各部门按职责分工抓好落实…") is no task section
    plan = ("某县方案\n二、重点任务\n（一）推进职业教育改革。（县教育局牵头，县财政局配合）\n三、保障措施\n各部门按职责分工抓好落实，确保各项任务完成。\n"
            "（一）加强组织领导。\n（二）强化督促检查。\n")
    assert [t.number for t in policy_extract.parse_text(plan.replace("\n", "")).tasks] == ["（一）"]
    # p46: under 职责分工, the lead-in closed by a colon is no duty of its own
    duties = ("某市方案\n三、职责分工\n各成员单位要密切配合，形成合力，并履行好以下职责：\n市发展改革委要将建设纳入年度计划。\n"
              "市财政局要做好建设运行经费保障工作。\n各区政府要抓好本区政务服务事项上网办理工作。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(duties).tasks] == [["市发展改革委"], ["市财政局"], ["各区政府"]]
    # p25: a role in brackets before the colon ("市文明办（牵头）：") is no other name: the unit, leading as it says
    roles = "某市方案\n四、职责分工\n市文明办（牵头）：负责创建工作的统筹协调。\n市城管局（配合）：负责市容环境卫生整治。\n市交通运输局（配合）：负责公交站点管理。\n"
    assert [([u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(roles).tasks] == [
        (["市文明办"], []), ([], ["市城管局"]), ([], ["市交通运输局"])]
    # p05: an item whose own work is shared out after 分工如下 stays one task, its text on one line
    item = ("某区重点工作\n一、主要任务\n（一）开展占道经营专项整治。具体分工如下：区城管执法局负责查处占道经营行为；区市场监管局负责督促入场经营；"
            "各街道办事处负责落实门前三包责任制。\n（二）推进垃圾分类示范片区建设。（区城管执法局牵头，2024年10月底前）\n")
    tasks = policy_extract.parse_text(item.replace("\n（二）", "（二）")).tasks
    assert [t.number for t in tasks] == ["（一）", "（二）"] and "\n" not in tasks[0].text


def test_diffreview_f2_probes_of_this_stops_rules_read_as_before():
    # diffreview-f2 (probes written before running; each had changed with one of this stop's later rules)
    from policy_extract.markers import match_marker
    from policy_extract.unit_labels import colon_units

    # p03, p04: a report's lines and a consultation's replies before 一、 name units but give them no work: no tasks
    for lines in (("市住建局：检查在建工地12个，发现问题隐患35处，已整改31处。", "市交通运输局：检查客运站点8个，发现问题隐患12处。",
                   "市市场监管局：检查商超15家，发现问题隐患20处。"), ("市财政局：无修改意见。", "市自然资源和规划局：无修改意见。", "市生态环境局：无修改意见。")):
        text = "某市督查情况通报\n" + "\n".join(lines) + "\n一、下一步工作\n（一）加强督查。（市安委办牵头）\n"
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（一）"]
    # p05: places listed before a colon are what is checked, no units
    assert colon_units("学校、医院、养老院等单位：重点检查消防通道、安全出口。") == []
    # p17: an item whose text opens with a range or a time limit from the next day ("1、2日至4日…", "3、4日前…") is the item
    assert match_marker("1、2日至4日，各中小学开展自查。").value == 1 and match_marker("3、4日前，各学校报送自查报告。").value == 3
    # p21: a part whose opening paragraph says the duties follow ("…具体分工如下：") gives one task a duty, printed and flattened
    text = ("某市方案\n三、协作配合\n为确保人口普查工作顺利开展，各成员单位要密切配合，具体分工如下：\n市统计局负责人口普查的日常工作。\n"
            "市公安局负责户口整顿工作，提供户籍人口资料。\n市财政局负责落实人口普查经费。\n四、工作要求\n各成员单位要高度重视。\n")
    for layout in (text, text.replace("\n", "")):
        assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(layout).tasks] == [["市统计局"], ["市公安局"], ["市财政局"]]
    # p15, p34 flattened: a lead-in sentence ending with a section's words ("各村要抓好以下重点工作") is no section's heading
    item = ("某镇方案\n一、工作目标\n（1）农村生活垃圾收运处置体系覆盖所有行政村。\n（2）农村卫生厕所普及率达到95%以上。\n二、工作任务\n"
            "（一）开展村庄清洁行动。组织各村开展“三清一改”（镇农业服务中心负责）。\n（二）推进厕所革命。2024年10月底前完成户厕改造300户（镇规划建设办负责）。\n"
            "（三）加强长效管护。各村要建立健全长效管护机制，抓好以下重点工作\n（1）建立村级保洁队伍；（2）落实门前三包责任制。（各村委会负责）\n")
    assert [(t.number, [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(item.replace("\n", "")).tasks] == [
        ("（一）", ["镇农业服务中心"]), ("（二）", ["镇规划建设办"]), ("（三）", ["各村委会"])]


def test_a_labels_duties_name_no_unit():
    # "牵头单位职责:" (a label, not a body) before a colon: no unit of that name
    doc = policy_extract.parse_text("某市方案\n二、职责分工\n(一)牵头单位职责:负责统筹协调整治工作。\n(二)配合单位职责:负责配合整治工作。\n")
    assert all(u.name not in ("牵头单位", "配合单位") for t in doc.tasks for u in t.responsible_units + t.lead_units)


@pytest.mark.parametrize("item, responsible", [
    # 客运出租汽车 清理整顿 联席会议成员单位职责 (www.fsou.net …/16887978_1.html, review fl05): a name's bracket before 负责, and 依法 before the
    # work; the heading's "联席会议成员单位" had been given instead
    ("(六)市监察局(纠风办)负责对各部门贯彻落实国务院国办发〔2004〕81号文件情况进行监督检查。", ["市监察局(纠风办)"]),
    ("(八)市工商局依法组织对客运出租汽车行业各类市场主体的登记与监管,参与打击非法营运行为。", ["市工商局"]),
])
def test_a_subject_with_a_bracket_in_its_name_or_依法_before_its_work(item, responsible):
    doc = policy_extract.parse_text("某市方案\n四、联席会议成员单位职责\n(五)市公安局负责打击非法营运。\n" + item + "\n")
    assert [u.name for u in doc.tasks[-1].responsible_units] == responsible


def test_a_clause_closed_by_的_names_a_case_not_the_subject():
    # 诉讼与仲裁衔接 (corpus 0210): "仲裁委员会依法裁决先予执行的，应向有执行权的人民法院移送" — the case, not the unit doing the work
    doc = policy_extract.parse_text("某市意见\n二、主要任务\n（三）规范执行程序衔接。仲裁委员会依法裁决先予执行的，应向有执行权的人民法院移送先予执行申请。\n"
                                    "（四）加强协作。市中级人民法院负责指导。\n")
    assert doc.tasks[0].responsible_units == []


def test_a_bracket_naming_a_kind_of_unit_is_no_subjects_alias():
    # corpus 0842 (省科技计划项目验收): "省科技厅项目主管处室（单位）负责批复项目验收申请" — （单位） an alternative kind, no name of a body
    doc = policy_extract.parse_text("某省办法\n二、验收程序\n4.省科技厅在线批复验收申请。省科技厅项目主管处室（单位）负责批复项目验收申请。\n5.组织验收。\n")
    assert [u.name for t in doc.tasks for u in t.responsible_units] == []


def test_a_bracket_saying_how_to_read_the_lists_closes_a_labelled_line_and_is_no_unit():
    # 四川 三大战役 责任分工方案 (fdnqa.com/wacs/11010.html, review fo 03): the bracket's ； splits no list, its 以下均需… carries
    note = parse_note("责任单位:省大气水土壤污染防治“三大战役”领导小组成员单位,各市(州)负责落实(排在首位的为牵头单位,下同;以下均需各市(州)落实,不再列出)")
    assert (note.responsible, note.carried) == (["省大气水土壤污染防治“三大战役”领导小组成员单位", "各市(州)"], ["各市(州)"])
    assert parse_note("责任单位:省领导小组成员单位,各市(州)负责落实(排在首位的为牵头单位,下同)").responsible == ["省领导小组成员单位", "各市(州)"]


def test_units_carried_to_later_items_before_their_verbs_object():
    # 县安委会 2021 工作要点 (gwyoo.com repost, review fp 05): "落实属地管理责任" is what 各乡镇(园区) do, no part of the name
    note = parse_note("牵头责任单位:县委宣传部、县应急管理局,协同责任单位:县安委会各成员单位。各镇(园区)落实属地管理责任,"
                      "以下均需各乡镇(园区)落实属地管理责任,不再重复列出")
    assert (note.lead, note.carried) == (["县委宣传部", "县应急管理局"], ["各乡镇(园区)"])


def test_a_labels_qualifier_in_tortoise_shell_brackets():
    # 贵州省教育厅 教育精准脱贫 实施方案 (m.010zaixian.com/gongwen/huiyifangan/483294_2.htm, an aggregator's page 2, review fx 04):
    # "责任处室〔单位〕:" had been no label, its units lost and the lead's note read for the whole
    note = parse_note("牵头处室:财务处、审计处;责任处室〔单位〕:各相关处室<单位>")
    assert (note.lead, note.responsible) == (["财务处", "审计处"], ["各相关处室<单位>"])


def test_units_carried_to_later_items_whose_name_holds_a_verb():
    # diffreview-c1 p06 (style of corpus 0740): 协作 inside 市扶贫协作办 is no verb before an object
    note = parse_note("市商务局、市发展改革委负责。以下均需市扶贫协作办、各县(区)政府落实,不再列出")
    assert note.carried == ["市扶贫协作办", "各县(区)政府"]


def test_units_carried_to_later_items_with_a_list_in_the_verbs_object():
    # diffreview-c2 p25, p27: "落实属地、行业监管责任" and "落实“党政同责、一岗双责”" are the object, no names
    assert parse_note("协同责任单位:县安委会各成员单位。以下均需各乡镇(园区)落实属地、行业监管责任,不再重复列出").carried == ["各乡镇(园区)"]
    assert parse_note("责任单位:县应急管理局。以下均需各乡镇(园区)落实“党政同责、一岗双责”,不再列出").carried == ["各乡镇(园区)"]


def test_a_reading_convention_glued_to_the_notes_verb_and_roles_in_printed_order():
    # 钦州市 2015年全市食品安全重点工作安排 (钦政办〔2015〕77号, qq94.com/fjx/Tu4wP1.html, review hj 02): "(…、安监局等负责排首位的为牵头
    # 部门或单位,下同)" — no comma before the convention, the note had been no note and the next sentence ran into the task; "X、Y分别负责,
    # Z配合" — the units as printed, the first of them the one the notice's convention makes lead (Z, the helper, had been)
    note = parse_note("市农业局、水产畜牧兽医局、工商局、质监局、安监局等负责排首位的为牵头部门或单位,下同")
    assert (note.lead, note.responsible) == ([], ["市农业局", "水产畜牧兽医局", "工商局", "质监局", "安监局"])
    assert parse_note("市农业局、水产畜牧兽医局分别负责,食品药品监管局配合").responsible == ["市农业局", "水产畜牧兽医局", "食品药品监管局"]
    # not 负责 of 负责人 before a convention's word (diffreview-h1 p19: "(施工单位负责人均需持证上岗)" is no note)
    assert parse_note("施工单位负责人均需持证上岗") is None and parse_note("项目单位负责人以下人员不得擅自离岗") is None
    text = ("(一)加强食用农产品质量安全监管。严厉打击添加有毒有害物质违法行为(市农业局、水产畜牧兽医局分别负责,食品药品监管局配合)。"
            "严格农业投入品监管(市农业局、工商局、质监局等负责排首位的为牵头部门或单位,下同)。大力推进“菜篮子”标准化示范基地(场)建设"
            "(市农业局、水产畜牧兽医局分别负责)。\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("(一)", ["市农业局"], ["水产畜牧兽医局", "食品药品监管局"]), ("(一)-2", ["市农业局"], ["工商局", "质监局"]),
        ("(一)-3", ["市农业局"], ["水产畜牧兽医局"])]


def test_a_bracket_listing_units_then_units_carried_after_a_comma():
    # 杭州 大学生创新创业三年行动计划 (fx.sanyau.edu.cn/2024/0320/c2131a373025/page.htm, review hl 06): "[市人力社保局、市委人才办、市教育局,
    # 各区、县(市)政府,以下均需各区、县(市)政府落实,不再列出]" — a comma, no full stop, before the clause that carries the governments to the
    # later items; its name had kept "(市)政府" of the clause ("各区、县(市)政府(市)政府") and item 2 had not taken them
    text = ("1.拓宽聚才引才渠道。通过举办海外招才引智活动,全力搭建高校毕业生与用人单位供需对接平台。[市人力社保局、市委人才办、市教育局,"
            "各区、县(市)政府,以下均需各区、县(市)政府落实,不再列出]\n2.鼓励大学生来杭实习见习。深入开展大学生就业见习工作。[市人力社保局、市委人才办]\n")
    doc = policy_extract.parse_text(text)
    assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [
        ["市人力社保局", "市委人才办", "市教育局", "各区", "县(市)政府"], ["市人力社保局", "市委人才办", "各区", "县(市)政府"]]


def test_a_time_field_stops_at_its_sentence_end_and_at_a_glued_unit_label():
    # 巩固卫生城市成果实施方案 (biganzidoc.com …f669c1e751b702da.html, review hi 08): "完成时间:5月10日前责任单位。已开展保洁的区域,…由环卫处
    # 负责" — the label's colon typed as a full stop; the deadline's text had run on over the whole block (114 characters)
    note = parse_note("完成时间:5月10日前责任单位。已开展保洁的区域,垃圾清运工作由环卫处负责,铁路沿线的垃圾清运由铁路的相关单位负责")
    assert note.deadline == "5月10日前"
    assert parse_note("牵头单位:市城管局;完成时限:2024年6月底。").deadline == "2024年6月底"


def test_work_parcelled_out_in_the_clauses_of_one_sentence():
    # 增城市 创建全国文明城市宣传工作方案 (biganzidoc.com …0f5e8ff28e21c7c1.html, review hi 06): "…的设计制作由市创建办负责,宣传单张、画报、
    # 发放、张贴、维护工作由各镇街及相关部门负责。" — two clauses of one sentence, each a work and the units doing it; 镇街 ends a unit's name
    assert "镇街" in rules.UNIT_SUFFIXES
    text = ("二、主要任务\n(一)社会宣传\n1.制作宣传品。制定《增城市创建全国文明城市宣传手册》,用于指导各单位制作宣传栏。宣传单张、画报和宣传手册的设计制作由"
            "市创建办负责,宣传单张、画报、发放、张贴、维护工作由各镇街及相关部门负责。\n")
    task = policy_extract.parse_text(text).tasks[0]
    assert [u.name for u in task.responsible_units] == ["市创建办", "各镇街", "相关部门"]
    # one clause so says only who does such work: no note
    assert policy_extract.parse_text(text.replace(",宣传单张、画报、发放、张贴、维护工作由各镇街及相关部门负责", "")).tasks[0].responsible_units == []


@pytest.mark.parametrize("content, deadline", [
    # diffreview-h2 p14, p15, p16: a time's later sentence stays ("…完成。长期坚持"); a label word inside the time's own clause is no
    # glued label ("各责任单位于…", "由牵头单位于…")
    ("牵头单位:市市场监管局;完成时限:2024年6月底前完成。长期坚持。", "2024年6月底前完成。长期坚持"),
    ("牵头单位:区民政局;完成时限:各责任单位于2024年10月底前完成", "各责任单位于2024年10月底前完成"),
    ("牵头单位:县公安局;完成时限:由牵头单位于2024年8月31日前报送", "由牵头单位于2024年8月31日前报送"),
])
def test_a_time_fields_own_clauses_stay_its_text(content, deadline):
    assert parse_note(content).deadline.rstrip("。") == deadline


def test_clauses_describing_how_work_is_split_today_are_no_parcels():
    # diffreview-h2 p18, p34: "目前…由县环卫所负责,…由县园林所负责,职责交叉…" (the problem to fix), "…原由县城管局负责,现调整为由…负责"
    text = ("二、主要任务\n(一)整合城市管理职能。目前城区道路清扫保洁由县环卫所负责,园林绿化管护由县园林所负责,职责交叉、标准不一的问题较为突出。"
            "2024年底前整合组建县城市管理综合服务中心。\n")
    assert policy_extract.parse_text(text).tasks[0].responsible_units == []
    # nor is a note whose convention follows its verb after another word (diffreview-h2 p25: "…等负责位列第一的为牵头部门或单位,下同")
    note = parse_note("市农业农村局、市市场监管局、市卫健委等负责位列第一的为牵头部门或单位,下同")
    assert note is not None and note.responsible == ["市农业农村局", "市市场监管局", "市卫健委"]


def _read(text: str) -> list[tuple]:
    return [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in policy_extract.parse_text(text).tasks]


def test_diffreview_i1_probes_of_this_stops_rules_read_as_before():
    # the review of this stop's first ten commits (diffreview-i1): what each new rule must leave alone
    # p01: points "一）…；二）…" inside an item's sentence are no group marks (the lost-bracket form goes on only from "一)")
    p01 = ("一、重点任务\n（一）加强队伍建设。重点抓好三项工作：一）开展业务培训；二）完善考核机制；三）落实激励措施。（牵头单位：市人社局；责任单位：各县区）\n"
           "（二）强化经费保障。将所需经费纳入年度预算。（责任单位：市财政局）\n")
    assert _read(p01) == [("（一）", ["市人社局"], ["各县区"]), ("（二）", [], ["市财政局"])]
    assert _read(p01.replace("\n", "")) == _read(p01)
    # p02: a bracket wrapped onto the next line, "（见附件\n二）逐项排查…", is no group (二)
    p02 = ("一、工作任务\n（一）开展安全隐患排查。各单位按照《安全隐患排查清单》（见附件\n二）逐项排查，建立问题台账。（责任单位：各乡镇、县应急局）\n"
           "（二）加强督导检查。组织督查组开展督导。（责任单位：县安委办）\n")
    assert _read(p02) == [("（一）", [], ["各乡镇", "县应急局"]), ("（二）", [], ["县安委办"])]
    # p06: a report's month labels over its figures set no time limit
    p06 = ("县农业农村局2024年上半年动物防疫工作总结\n一、工作开展情况\n（一）春季集中免疫。3月：全县共免疫牲畜12万头，免疫密度达100%。\n"
           "（二）监测预警。5月：采集血清样品600份，抗体合格率92%。\n")
    assert [t.deadline for t in policy_extract.parse_text(p06).tasks] == [None] * len(policy_extract.parse_text(p06).tasks)
    # p23: under "排在第一位的为牵头单位", the note's first unit leads, not the subject the item opens its sentence with
    p23 = ("（责任单位排在第一位的为牵头单位。）\n一、重点任务\n（一）落实校园安全责任。各中小学校负责落实安全管理主体责任。（责任单位：县教育局、县公安局）\n")
    assert _read(p23)[0][1] == ["县教育局"]
    # p25: a body to set up "由县政府牵头…" names no unit doing the item's work
    p25 = "二、重点任务\n（一）建立由县政府牵头、各相关部门参与的联席会议制度，定期研究解决重大问题。（责任单位：县发改局、县财政局）\n"
    assert _read(p25) == [("（一）", [], ["县发改局", "县财政局"])]
    # p26, p28, p30: the partners and agents named before a verb are whole names, with no preposition in them
    p26 = "三、职责分工\n（一）县人社局：会同县委组织部、县财政局做好人才引进工作。\n（二）县发改局：会同县政府研究室研究起草发展规划。\n"
    assert _read(p26) == [("（一）", [], ["县人社局", "县委组织部", "县财政局"]), ("（二）", [], ["县发改局", "县政府研究室"])]
    p28 = "二、主要任务\n（一）政策研究。由县政府研究室研究提出支持民营经济发展的政策措施。\n（二）全面推开。由城区向各乡镇推进，逐步实现全覆盖。\n"
    assert _read(p28) == [("（一）", [], ["县政府研究室"]), ("（二）", [], [])]
    # p27: a campaign's name in quotes before a colon is no unit
    p27 = "二、重点任务\n（一）“清廉机关”：推进机关廉洁文化建设。（责任单位：县纪委监委）\n（二）“平安医院”：加强医疗机构安全防范。\n"
    assert _read(p27) == [("（一）", [], ["县纪委监委"]), ("（二）", [], [])]
    # p36: a 工作总结's points telling what was done ("调整充实了…") are no items
    p36 = ("县应急管理局2023年安全生产工作总结\n今年以来，全县安全生产形势总体平稳。\n一是强化组织领导，调整充实了县安委会组成人员。二是开展专项整治，"
           "全年检查企业360家次。三是加强宣传教育，开展活动20余场次。\n")
    assert policy_extract.parse_text(p36).tasks == []
    # p39: a kind of unit on its own line before a unit's name is a unit of the list
    p39 = "某县任务清单\n1.开展农村公路安全隐患排查\n责任单位：项目业主单位\n县交通运输局\n完成时限：2024年6月底\n"
    assert _read(p39) == [("1", [], ["项目业主单位", "县交通运输局"])]


def test_paragraphs_of_each_departments_duty_under_an_item_on_their_cooperation():
    # 结核病防治 规划 (review hv 08): "(三)加强部门合作。" over "各部门要密切配合,…" (all of them, the opening) and one paragraph per
    # department opening with it as the subject of its duty; one whose subject is not read ("新闻宣传、广电部门要…") goes with the one before
    text = ("二、防治措施\n(三)加强部门合作。\n各部门要密切配合,各司其职,共同做好结核病防治工作。\n计划部门要把结核病防治工作列入发展计划项目。\n"
            "财政部门要把结核病防治经费纳入财政预算。\n卫生部门要将结核病防治工作纳入卫生发展总体规划。\n新闻宣传、广电部门要开展结核病防治工作的公益性宣传。\n"
            "民政部门要对符合救济条件的肺结核病患者家庭给予适当生活救济。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [
        ["计划部门"], ["财政部门"], ["卫生部门"], ["民政部门"]]
    assert "新闻宣传、广电部门" in policy_extract.parse_text(text).tasks[2].text


def test_a_page_opening_on_units_duties_one_of_which_opens_otherwise():
    # 潍坊 扬尘污染防治 方案, a page opening mid-way on the units' duties (review hy 03): "市城管执法局:采取有效措施,…" among "市X局:负责…"
    # lines had cut the run, and no duty was read
    text = ("市经贸委:负责抓好市区内市属企业炉外脱硫工程调度。\n市规划局:负责白浪河河道整治等工程的扬尘污染防治。\n"
            "市城管执法局:采取有效措施,及时制止和查处露天烧烤。\n市公安局:负责对尾气污染严重的车辆强制安排尾气检测。\n"
            "五、标准要求\n(一)扬尘污染防治。\n1、建筑施工扬尘防治。施工现场要洒水并压实。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks[:4]] == [["市经贸委"], ["市规划局"], ["市城管执法局"], ["市公安局"]]


def test_a_two_column_table_of_units_and_duties_one_cell_a_paragraph():
    # 医药高新区(高港区) 责任清单 "与相关部门的职责边界" (review hu 03): "相关部门 / 职责分工" over unit cells and duty cells, no number
    text = ("管理事项 中考、高考保障\n\n相关部门\n\n职责分工\n\n区公安分局\n\n维护考点周边安全、网上不良信息检查、试卷运送保管安全保障。\n\n"
            "区教育局\n\n负责高考、中考的具体组织、实施和协调工作。\n\n区市场监管局\n\n考点周边宾馆及服务业、餐饮卫生检查。\n")
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [["区公安分局"], ["区教育局"], ["区市场监管局"]]
    # two such rows are too few to tell a table from headings over their paragraphs: read as before
    two = "区公安分局\n\n维护考点周边安全。\n\n区教育局\n\n负责高考、中考的具体组织。\n"
    assert policy_extract.parse_text(two).tasks == []


def test_diffreview_i2_probes_of_this_stops_rules_read_as_before():
    # the review of this stop's later commits (diffreview-i2): what each new rule must leave alone
    # p07: a body's standing duties under a part on how the work is organised are no tasks
    p07 = "某县防汛抗旱应急预案\n二、组织指挥体系及职责\n（一）县防汛抗旱指挥部主要职责\n1.贯彻落实防汛抗旱工作方针政策。\n2.组织指挥全县防汛抗旱工作。\n"
    assert policy_extract.parse_text(p07).tasks == []
    # p12: an inspected body's column beside the problem column: the problem is the task
    p12 = ("某县2024年食品安全专项检查问题整改清单\n| 序号 | 检查对象 | 存在问题 | 责任单位 | 整改时限 |\n| --- | --- | --- | --- | --- |\n"
           "| 1 | 县第一中学食堂 | 从业人员健康证过期 | 县市场监管局 | 2024年5月31日 |\n")
    assert [t.text for t in policy_extract.parse_text(p12).tasks] == ["从业人员健康证过期"]
    # p14: a schedule's month labels over work opening with its object or subject keep their time limits
    p14 = "某县2024年动物防疫工作要点\n一、重点工作安排\n（一）1月：对全县规模养殖场开展春节前防疫检查。\n（二）3月：各乡镇全面启动春季集中免疫。\n"
    assert [t.deadline.date for t in policy_extract.parse_text(p14).tasks] == ["2024-01-31", "2024-03-31"]
    # p15: "不了了之" tells nothing done: the points are cut
    p15 = "一是成立化解专班，逐案明确包案领导。二是建立问题清单，坚决杜绝推诿扯皮、不了了之。三是强化督查问责。"
    assert [t.number for t in policy_extract.parse_text(p15).tasks] == ["一是", "二是", "三是"]
    # p16: the unit opening the sentence after the item's title stands beside its note's
    p16 = "一、重点任务\n（一）强化禁毒宣传教育。县委宣传部负责组织开展禁毒宣传进社区活动。（县教育局、县司法局配合）\n"
    assert _read(p16) == [("（一）", [], ["县委宣传部", "县教育局", "县司法局"])]
    # p20: "二）" with its opening bracket lost goes on from "（一）" on a line of its own
    p20 = ("二、工作措施\n（一）加强源头治理。开展专项检查。（县公安局牵头，县应急局配合）\n二）深化宣传教育。开展禁毒宣传进校园活动。（县教育局负责）\n"
           "（三）强化戒毒康复。落实社区戒毒措施。（县司法局负责）\n")
    assert [t.number for t in policy_extract.parse_text(p20).tasks] == ["（一）", "二）", "（三）"]
    # p22: "各乡镇人民政府负责…", the first of the duties, is one of them, not their opening
    p22 = ("三、职责分工\n各乡镇人民政府负责本辖区秸秆禁烧工作。\n县农业农村局负责秸秆综合利用技术指导。\n县生态环境局负责秸秆焚烧火点的监测。\n"
           "县公安局负责查处秸秆焚烧违法行为。\n")
    assert [r[2] for r in _read(p22)] == [["各乡镇人民政府"], ["县农业农村局"], ["县生态环境局"], ["县公安局"]]
    # p24, p25: "5、6月底前…", "7、8月上旬…" are items only where the list runs up to them
    p25 = "一、重点任务\n1、修订完善防汛应急预案。（责任单位：县水利局）\n2、开展汛前安全隐患排查。（责任单位：县应急局）\n7、8月上旬是主汛期，各乡镇要严格落实值班制度。\n"
    assert [t.number for t in policy_extract.parse_text(p25).tasks] == ["1", "2"]
    # p27, p28: a name alone on its line names the items up to the next such line; a notice's signer over its first items names none
    p27 = "一、重点任务\n市城管局\n1、开展城区占道经营专项整治。\n2、推进城市道路“白改黑”工程。\n市住建局\n3、完成老旧小区改造30个。\n"
    assert [r[2] for r in _read(p27)] == [["市城管局"], ["市城管局"], ["市住建局"]]
    p28 = "关于印发《某县2024年防汛工作要点》的通知\n各乡镇人民政府：\n现将要点印发给你们，请认真贯彻落实。\n某县防汛抗旱指挥部办公室\n1、修订完善防汛应急预案。\n2、开展汛前安全检查。\n"
    assert [r[2] for r in _read(p28)] == [[], []]
    # p30: "二、三月份集中开展排查" lists months, no part
    p30 = "三、工作措施\n（三）强化排查整治。对全县在建工地开展全覆盖排查。二、三月份集中开展排查，四月份开展整治。\n（四）加强督查考核。\n"
    assert [t.number for t in policy_extract.parse_text(p30.replace("\n", "")).tasks] == ["（三）", "（四）"]


def test_a_closing_sentence_giving_the_items_work_run_on_in_it():
    # 深圳 交通综合治理 (review ib 05) flattened: "(一)…使其与本地车辆承担同等的责任和义务。以上工作由市公安交警局负责。(二)…" — on its own
    # line the sentence gives the item above its units; run on inside the item it does too
    lines = ["(一)对长期在我市行驶的外地车辆,按规定办理转籍手续或核发长期通行证。", "以上工作由市公安交警局负责。",
             "(二)继续严厉查处和打击长期在我市非法营运的外地出租车。", "以上工作由市交通局负责,各有关部门配合。"]
    for text in ("\n".join(lines) + "\n", "".join(lines) + "\n"):
        assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [
            ["市公安交警局"], ["市交通局", "各有关部门"]], text[:6]


def test_duties_after_a_lead_in_that_is_the_parts_second_paragraph():
    # 规范出租汽车行业管理专项治理 实施意见 (review ib 08): "三、组织机构和职责分工" / "市政府成立…协调小组…" / "相关职能部门分工如下:" /
    # "交通部门:负责…" / "公安部门:协助…" … — the lead-in saying the duties follow stands second; the part had been one task with no unit
    text = ("三、组织机构和职责分工\n市政府成立全市规范出租汽车行业管理专项治理工作协调小组,协调小组办公室设在市运管处。\n相关职能部门分工如下:\n"
            "交通部门:负责城市出租汽车行业“黑车”非法营运专项整治工作。\n公安部门:协助有关部门开展打击“黑车”专项整治工作。\n"
            "工商行政管理部门:依法确认道路客运行业的各类市场主体资格。\n四、时间安排\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.responsible_units] for t in tasks] == [["交通部门"], ["公安部门"], ["工商行政管理部门"]]
    # with no such lead-in, a part on how the work is organised keeps its bodies' standing duties in its text (corpus 0569)
    plain = text.replace("相关职能部门分工如下:\n", "")
    assert [t.number for t in policy_extract.parse_text(plain).tasks] in (["三"], [])


def test_lead_units_opening_each_action_run_together_in_a_news_item():
    # a county's 河长制 news item (review hs 03): "…要求县级部门牵头实施好八大行动。即县水务局牵头,组织开展…。县环保局牵头,督促…。县交委牵头,
    # 组织开展…。…" — each action its lead's, run together in one paragraph with no number; the item had given no task
    text = ("本网讯 近日,记者从县政府获悉全县全面推行河长制工作。\n同时,要求县级部门牵头实施好五大行动。县水务局牵头,组织开展县级河流打击非法采砂专项行动。"
            "县环保局牵头,督促乡镇生活污水设施建设。县交委牵头,组织开展打击非法码头专项行动。县城管局牵头,组织开展长江、大宁河集中清漂。"
            "县移民局牵头,做好长江、大宁河消落区域库岸治理;县林业局牵头,做好沿江、沿河创面植被恢复。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [[u.name for u in t.lead_units] for t in tasks] == [["县水务局"], ["县环保局"], ["县交委"], ["县城管局"], ["县移民局"], ["县林业局"]]


def test_a_subject_whose_name_holds_a_bracket():
    # 食品安全 工作要点 (review ic 08): "各县(区)要…" — the places 各 stands over, their kinds in brackets, as the subject; corpus 0684, 0144:
    # "各省（区、市）人民政府要…", "各省（自治区、直辖市）人力资源社会保障部门要…" had named no unit
    for subject in ("各县(区)", "各县(市、区)", "各省(区、市)人民政府", "各省(自治区、直辖市)人力资源社会保障部门"):
        text = f"一、重点任务\n(一)加强食品安全监管。{subject}要建立健全食品安全工作台账。\n"
        assert [u.name for u in policy_extract.parse_text(text).tasks[0].responsible_units] == [subject], subject
    # no bracket of another kind: "加强(重点)检查" names none
    assert policy_extract.parse_text("一、重点任务\n(一)加强监管。加强(重点)区域检查。\n").tasks[0].responsible_units == []
