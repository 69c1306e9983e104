"""Side panels (panels.py): a plan's 专栏 boxes are left out of the reading, and end where the text goes on."""
from __future__ import annotations

import pytest

import policy_extract
from policy_extract.panels import panel_at, without_panels
from policy_extract.pieces import Piece

# corpus 0744 (河北省科技创新"十四五"规划 excerpt), one paragraph a line as a page prints it: a group's text,
# its panel's title and the panel's numbered directions, then the next group
LINED_0744 = (
    "六、打好关键核心技术攻坚战\n"
    "（一）推进传统产业技术升级。聚焦钢铁、石化等传统产业，组织实施一批重点技术改造项目，持续提升企业技术水平和产品质量。\n"
    "专栏1：传统产业技术升级重点攻关方向\n"
    "1.钢铁领域。加强关键共性技术攻关，加快钢铁产业绿色化、智能化改造。\n"
    "2.石化领域。着力发展高性能树脂、高性能橡胶及弹性体。\n"
    "（二）提升战略性新兴产业竞争力。以信息智能、高端装备制造等高新技术产业为重点，突破瓶颈制约。\n"
    "专栏2：战略性新兴产业技术竞争力提升重点攻关方向\n"
    "1.太阳能光伏领域。重点突破新型太阳能电池宽谱吸收高效光电转化材料和设计技术。\n"
    "七、加强乡村振兴科技支撑\n"
    "（一）强化种子安全科技保障。加强农业种质资源保护与开发利用。\n"
)


def test_a_panel_and_its_items_are_left_out_and_the_text_goes_on_after_it():
    tasks = policy_extract.parse_text(LINED_0744).tasks
    assert [(t.number, t.path) for t in tasks] == [
        ("（一）", ["六、打好关键核心技术攻坚战"]), ("（二）", ["六、打好关键核心技术攻坚战"]), ("（一）", ["七、加强乡村振兴科技支撑"])]
    assert tasks[0].text.endswith("产品质量。") and tasks[1].text.endswith("瓶颈制约。")
    assert not any("专栏" in t.text or "领域" in t.text for t in tasks)


@pytest.mark.parametrize("joiner", ["", "\u3000\u3000"], ids=["nothing", "ideographic"])
def test_a_panel_run_on_after_a_sentence_opens_a_paragraph(joiner):
    # the same text as crawled: its paragraphs joined into one line
    flat = joiner.join(LINED_0744.split("\n"))
    lined = [(t.number, t.text) for t in policy_extract.parse_text(LINED_0744).tasks]
    assert [(t.number, t.text) for t in policy_extract.parse_text(flat + "\n").tasks] == lined


def test_a_noted_paragraph_after_a_panel_is_the_text_s_next_run():
    # corpus 0946: a panel, then the group's next paragraph closed by its own note (the item's second run)
    text = ("（二）重点产业集群化与创新发展行动\n现代通信产业链集群化发展行动。实施“固基提芯引端”工程。（责任单位：省工业和信息化厅）\n"
            "专栏4现代通信产业链“固基提芯引端”工程硅基材料。提升4英寸碳化硅晶片质量品质。\n"
            "新型显示产业链集群化发展行动。实施“固基强屏建端”工程。（责任单位：省发展改革委）\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.text) for t in tasks] == [
        ("（二）", "重点产业集群化与创新发展行动\n现代通信产业链集群化发展行动。实施“固基提芯引端”工程。"),
        ("（二）-2", "新型显示产业链集群化发展行动。实施“固基强屏建端”工程。")]
    assert [u.name for u in tasks[1].responsible_units] == ["省发展改革委"]


def test_a_panel_item_with_a_note_of_its_own_is_a_task():
    # the contract: an item that carries its own unit note is a task wherever it stands
    text = ("一、重点任务\n（一）推进项目建设\n专栏1：重大工程\n1.建设数据中心。2023年底前建成。（责任单位：市大数据局）\n"
            "2.建设算力平台。2024年底前建成。\n")
    tasks = policy_extract.parse_text(text).tasks
    # (the noted item ends the panel: a box that names who does the work lists tasks, and its next item is one too)
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("1", ["市大数据局"]), ("2", [])]


def test_a_signature_under_a_panel_is_not_the_panel_s():
    text = ("一、重点任务\n（一）推进传统产业技术升级。组织实施一批重点技术改造项目。\n专栏1：重点攻关方向\n1.钢铁领域。加快绿色化改造。\n"
            "河北省人民政府办公厅\n2021年11月3日\n")
    doc = policy_extract.parse_text(text)
    assert [t.number for t in doc.tasks] == ["（一）"]
    assert doc.meta.issue_date == "2021-11-03"


@pytest.mark.parametrize("text, is_panel", [
    ("专栏2：国家新型工业化产业示范基地（5家）", True),  # corpus 0946
    ("专栏4现代通信产业链“固基提芯引端”工程", True),  # corpus 0946
    ("专栏4“大数据+”工程“大数据+”智能制造。", True),  # corpus 0949
    ("专栏1  工业互联网网络互联互通工程", True),  # corpus 1136
    ("专栏1太阳能光伏产品", True),  # corpus 0899
    ("专栏1", True),  # corpus 1136 flattened: "专栏1  工业互联网…" cut at its two blanks (review c22-1)
    ("专栏3个，及时发布政策解读。", False),  # a count of a site's columns
    ("专栏信息公开。", False),  # a site's column, no number
])
def test_panel_titles(text, is_panel):
    assert panel_at(text) is is_panel


def test_pieces_without_panels_untouched_when_there_is_none():
    pieces = [Piece("para", "（一）推进。加快建设。", 1, 1), Piece("para", "1.钢铁领域。加快改造。", 2, 2)]
    assert without_panels(pieces) is pieces


def test_a_panel_takes_no_item_of_the_text():
    # review diffreview-s20: a panel before a part's first （一） had taken （一）（二）（三） for its own list; a panel numbered
    # 1. 2. as the text is had taken the text's 3. and 4.
    before_first = ("二、重点任务\n专栏1：重点工程\n数据中心项目。建设算力平台。\n（一）推进建设。加快工作。\n（二）推进共享。加快工作。\n"
                    "（三）深化改革。加快工作。\n三、保障措施\n")
    assert [t.number for t in policy_extract.parse_text(before_first).tasks] == ["（一）", "（二）", "（三）"]
    same_kind = ("二、重点任务\n1.推进建设。加快工作。\n2.推进共享。加快工作。\n专栏1：重点工程\n1.数据中心项目。建设平台。\n"
                 "2.算力项目。建设平台。\n3.深化改革。加快工作。\n4.优化服务。加快工作。\n三、保障措施\n")
    assert [t.text for t in policy_extract.parse_text(same_kind).tasks] == ["推进建设。加快工作。", "推进共享。加快工作。", "深化改革。加快工作。", "优化服务。加快工作。"]


# 平潭综合实验区"十四五"残疾人保障和发展规划 (岚综管综〔2022〕26号, changwu/pingtan-gov-zwgk-archive, review aw06), shortened:
# panels with groups of their own ("（一）资金类："), a panel number the text's list takes next ("8."), and a panel whose
# items, titled "X项目：", go on past the text's last number
LINED_AW06 = (
    "三、主要任务\n"
    "（一）提高社会保障水平\n"
    "1.巩固拓展残疾人脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制。\n"
    "2.强化残疾人社会救助保障。完善残疾人群体救助帮扶政策。\n"
    "专栏2残疾人社会保障重点项目\n"
    "（一）资金类：\n"
    "1.最低生活保障：确保将符合条件的残疾人家庭全部纳入最低生活保障范围。\n"
    "2.困难残疾人生活补贴：落实困难残疾人生活补贴。\n"
    "3.残疾人家庭无障碍改造补贴：落实残疾人家庭无障碍改造补贴政策。\n"
    "（二）服务类：\n"
    "1.困难残疾人走访探视服务：村（居）委会对困难残疾人经常开展走访探视。\n"
    "3.落实残疾军人和伤残人民警察抚恤优待政策。构建科学化残疾评鉴机制。\n"
    "（二）促进残疾人就业创业\n"
    "1.落实残疾人就业支持政策。保障残疾人就业培训、奖励补贴。\n"
    "2.多措并举促进残疾人就业增收。落实残疾人按比例就业制度。\n"
    "专栏5残疾人健康和康复服务重点项目\n"
    "1.残疾人精准康复服务行动：开展残疾人康复需求调查评估。\n"
    "2.残疾儿童康复救助：完善残疾儿童康复救助制度。\n"
    "3.康复专业人才培养项目：加强康复人才队伍建设。\n"
    "（三）健全残疾人教育体系\n"
    "1.扩大残疾人受教育机会。坚持立德树人。\n"
    "四、支持条件\n"
)
AW06_TASKS = [("（一）", "1"), ("（一）", "2"), ("（一）", "3"), ("（二）", "1"), ("（二）", "2"), ("（三）", "1")]


@pytest.mark.parametrize("layout", ["lined", "flat"])
def test_a_panel_s_own_groups_and_numbers_stay_in_the_panel(layout):
    # before: the panel's （一）资金类： ended the panel, its items became tasks under it, and its "3." was the text's 3.;
    # flattened, the text's "3.落实残疾军人…" after the panel's "1." was no item at all (64 and 42 tasks for 28)
    text = LINED_AW06 if layout == "lined" else LINED_AW06.replace("\n", "")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.path[-1][:3], t.number) for t in tasks] == AW06_TASKS
    assert [t.text[:6] for t in tasks] == ["巩固拓展残疾", "强化残疾人社", "落实残疾军人", "落实残疾人就", "多措并举促进", "扩大残疾人受"]


def test_a_panel_item_shaped_as_the_text_s_items_is_the_text_s_next():
    # 专栏4 of the same plan: the panel's projects (titled "X项目：") run 1.–4. after the text's 4., then the text's
    # "5.加强残疾人就业权益维护。…", a sentence as the text's items are, goes on with the text
    text = ("（二）促进残疾人就业创业\n1.落实残疾人就业支持政策。保障就业培训。\n2.多措并举促进残疾人就业增收。落实按比例就业制度。\n"
            "专栏4残疾人就业服务重点项目\n1.残疾人新就业形态扶持项目：鼓励互联网平台企业吸纳残疾人。\n"
            "2.残疾人辅助性就业推进项目：加强残疾人辅助性就业机构建设。\n"
            "3.加强残疾人就业权益维护。在能够正常履行职责的基础上，合理确定职业资格。\n（三）强化残疾预防与康复\n")
    assert [t.text[:6] for t in policy_extract.parse_text(text).tasks] == ["落实残疾人就", "多措并举促进", "加强残疾人就"]


def test_the_text_s_next_group_and_its_titled_items_end_a_panel():
    # diffreview-ac's probes: a panel with one group of its own ("（一）资金类："), then the text's "（二）就业创业：", a short label
    # too, with no other （二） after it; and the text's items titled "X：…" as the panel's are, going on after it
    groups = ("一、主要任务\n（一）加强社会保障\n1.完善救助制度。加大救助力度。\n2.落实补贴制度。提高补贴标准。\n专栏1 残疾人社会保障重点项目\n"
              "（一）资金类：\n1.困难残疾人生活补贴：确保应补尽补。\n2.重度残疾人护理补贴：确保应补尽补。\n（二）就业创业：\n"
              "1.促进按比例就业。落实按比例安排残疾人就业制度。\n2.扶持自主创业。加大创业扶持力度。\n二、保障措施\n")
    assert [t.text[:6] for t in policy_extract.parse_text(groups).tasks] == ["完善救助制度", "落实补贴制度", "促进按比例就", "扶持自主创业"]
    titled = ("一、主要任务\n（一）加强基本公共服务\n1.社会救助：完善救助制度，加大救助力度。\n2.托养服务：扩大托养服务覆盖面。\n专栏1 重点项目\n"
              "1.残疾人生活补贴项目：确保应补尽补。\n2.残疾人护理补贴项目：确保应补尽补。\n3.康复服务：完善康复服务网络。\n4.特殊教育：提高特殊教育水平。\n"
              "（二）促进就业创业\n1.按比例就业：落实按比例就业制度。\n二、保障措施\n")
    assert [t.text[:4] for t in policy_extract.parse_text(titled).tasks] == ["社会救助", "托养服务", "康复服务", "特殊教育", "按比例就"]

