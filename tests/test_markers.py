"""Stage 3a (markers): numbering marks of every kind, full- and half-width, Chinese numerals;
and the look-alikes at the start of running text that are not marks."""
from __future__ import annotations

import pytest

import policy_extract
from conftest import EFF2025, HANZHONG, STD2023, TABLE, YANTA, quote
from policy_extract.markers import cn_to_int, match_marker, number_value, strip_marker_punct

# (sample or "synthetic", paragraph start, kind, printed marker, value, title starts with)
MARKED = [
    (HANZHONG, "一、持续深化行政审批制度改革", "cn", "一、", 1, "持续深化"),
    (TABLE, "三、全周期提升服务", "cn", "三、", 3, "全周期"),
    (STD2023, "（一）全面推进政务服务标准化", "paren_cn", "（一）", 1, "全面推进"),
    (EFF2025, "(一)更大力度推进“高效办成一件事”改革,持续提升行政效能", "paren_cn", "(一)", 1, "更大力度"),
    (TABLE, "(一) 全面实施行政许可事项清单管理。", "paren_cn", "(一)", 1, "全面实施"),
    (TABLE, "(二十九) 狠抓工作落实。", "paren_cn", "(二十九)", 29, "狠抓工作"),
    (TABLE, "(二十一)", "paren_cn", "(二十一)", 21, ""),
    (HANZHONG, "1.开展“高效办成一件事”改革。", "arabic", "1.", 1, "开展"),
    (HANZHONG, "16.加强改革创新示范。", "arabic", "16.", 16, "加强"),
    (STD2023, "1. 推进政务服务事项清单标准化。", "arabic", "1.", 1, "推进"),
    (YANTA, "2. “1+8+150+N”政务服务体系", "arabic", "2.", 2, "“1+8"),
    (TABLE, "60.建立破产重整企业信用修复机制", "arabic", "60.", 60, "建立破产"),
    ("synthetic", "1．推进政务服务事项清单标准化。", "arabic", "1．", 1, "推进"),
    ("synthetic", "1、推进政务服务事项清单标准化。", "arabic", "1、", 1, "推进"),
    ("synthetic", "１．推进政务服务事项清单标准化。", "arabic", "１．", 1, "推进"),
    (TABLE, "(1) 全面准确依法编制市、区（县）行政许可事项清单", "paren_arabic", "(1)", 1, "全面准确"),
    (TABLE, "(45)持续推进市、区县(开发区)两级随机抽查工作。", "paren_arabic", "(45)", 45, "持续推进"),
    (TABLE, "(117) 进一步加大“放管服”改革优化营商环境领域工作推动力度", "paren_arabic", "(117)", 117, "进一步"),
    ("synthetic", "（1）推进政务服务事项清单标准化。", "paren_arabic", "（1）", 1, "推进"),
    ("synthetic", "（１２）推进政务服务事项清单标准化。", "paren_arabic", "（１２）", 12, "推进"),
    ("synthetic", "第一章 总则", "chapter", "第一章", 1, "总则"),
    ("synthetic", "第二十章 附则", "chapter", "第二十章", 20, "附则"),
    ("synthetic", "第三条 为加快推进政务服务标准化规范化便利化，制定本办法。", "article", "第三条", 3, "为加快"),
    ("synthetic", "第一部分 总体要求", "part", "第一部分", 1, "总体要求"),
    ("synthetic", "第二节 重点任务", "section", "第二节", 2, "重点任务"),
    ("synthetic", "1.1 推进政务服务事项清单标准化", "decimal2", "1.1", 1, "推进"),
    ("synthetic", "2.3.4 推进政务服务事项清单标准化", "decimal3", "2.3.4", 4, "推进"),
    ("synthetic", "１．２ 推进政务服务事项清单标准化", "decimal2", "１．２", 2, "推进"),
    ("synthetic", "九十九、推进政务服务事项清单标准化", "cn", "九十九、", 99, "推进"),
    # realworld h07 (安徽省重点工作, news repost): U+FE52 SMALL FULL STOP after the number
    ("synthetic", "1﹒全省生产总值增长7%以上", "arabic", "1﹒", 1, "全省生产"),
    # issue 12: a number followed by a year is the item, not the decimal 3.2025
    ("synthetic", "3.2025年，全面实现政务服务事项网上可办", "arabic", "3.", 3, "2025年"),
    # 固原市原州区综合执法局 督查通报 (www.gysyzqnews.net/Article/detail/id/522.html, review r34a 05): a date after the 、
    ("synthetic", "1、10月9日督查发现,中山北街与六盘山东路十字路口一处幼儿园存在门前长期堆积生活垃圾", "arabic", "1、", 1, "10月9日"),
    # the same with the next month (the review of this stop's change: "6、7两月" must not take these for two numbers listed)
    ("synthetic", "9、10月15日前报送整改情况", "arabic", "9、", 9, "10月15日前"),
    # a school's 运动会 arrangements (a 范文 page, review gx 04): the item's text opens with a day ("7、11日1日是星期五,全校停课…"):
    # item 7, not "7、11日" (the 7th and the 11th); the items after it had been lost to a numbering gap
    ("synthetic", "7、11日1日是星期五,全校停课,停课通知由教务处负责落实。", "arabic", "7、", 7, "11日1日"),
    # 建军89周年纪念活动方案 (78911.com.cn/DongTaiXinWen/594169-2.html, review hb 02): the item's text opens with a month not after
    # its number ("7、7月中旬,依托…", "8、7月上旬,联合…"): items 7 and 8 (they had run into item 6)
    ("synthetic", "7、7月中旬,依托武警边防总队医院为全区重点优抚对象进行一次体检。", "arabic", "7、", 7, "7月中旬"),
    ("synthetic", "8、7月上旬,联合区科协、区党校组织农函大专家,举办培训班。", "arabic", "8、", 8, "7月上旬"),
    # the same page: "(—)负责看台的人员分布" — item (一) typed with a dash for 一
    ("synthetic", "(—)负责看台的人员分布(不含运动员)。", "paren_cn", "(—)", 1, "负责看台"),
    # an item opening with a number of its own after the 、: corpus 0593 (河北 2003 经营性土地 出让 检查, "２、２００２年７月１日以后，
    # 经营性用地已经…") and a 交通 整改 list (review s16d 02, "1、1路…")
    ("synthetic", "２、２００２年７月１日以后，经营性用地已经通过招标拍卖挂牌方式出让", "arabic", "２、", 2, "２００２年"),
    ("synthetic", "1、1路、2路公交车 - 未设置宣传思想道德建设、“文明健康有你有我”、诚信建设等公益广告等", "arabic", "1、", 1, "1路、2路"),
    # a 县城管局 扬尘治理 plan (review s17d 02): groups numbered in tortoise-shell brackets, its notes too ("〔责任部门:城管大队〕")
    ("synthetic", "〔一〕大力进展绿色交通。提倡绿色出行,推动公共自行车系统建设。", "paren_cn", "〔一〕", 1, "大力进展"),
    # 杭州 2021 市政府工作报告 责任分解 (ddjlg.com/zhi/gongzuo/xjqwdn.html, review s16a 03): a table row's number the page marks
    ("synthetic", "1*", "arabic", "1*", 1, ""),
    # corpus 0959 (河北 2024 特岗教师 招聘): "4.8月8日，各市教育局要…", "5.8月16日前，省教育厅将…"
    ("synthetic", "5.8月16日前，省教育厅将通过河北教师教育网“特岗教师招聘专栏”向社会公示", "arabic", "5.", 5, "8月16日前"),
    # corpus 0223 (河北 2016 集中参保登记, one line): "…进行审核。1、2016年1月1日后换发的…"
    ("synthetic", "1、2016年1月1日后换发的标注统一社会信用代码的机关机构代码证书", "arabic", "1、", 1, "2016年"),
    # 天津 2020 关于落实国务院《政府工作报告》重点工作的任务分工 (tj.sina.com.cn …iivhvpwy0543021): "1。在以…"
    ("synthetic", "1。在以习近平同志为核心的党中央坚强领导下", "arabic", "1。", 1, "在以"),
    ("synthetic", "Ⅱ、主要任务", "roman", "Ⅱ、", 2, "主要任务"),
    ("synthetic", "（一百零五）推进政务服务事项清单标准化", "paren_cn", "（一百零五）", 105, "推进"),
    # 社区 绿色社区 工作计划 (bigou.cc/article/132581.html, review r14a 03): (二) printed as one character, U+3221
    ("synthetic", "㈡目标任务", "paren_cn", "㈡", 2, "目标任务"),
    # 苍溪县 2022 招商引资 "开门红" (m.muncard.com govop 20220221043249, review s7d 07): (1)…(3) printed as one character each, U+2474…
    ("synthetic", "⑴强化招商意识。科学合理下达经济合作工作“开门红”目标任务", "paren_arabic", "⑴", 1, "强化招商"),
    ("synthetic", "⑿优化营商环境。", "paren_arabic", "⑿", 12, "优化营商"),
    # 1. as one character (U+2488…): the same font's other numbered form
    ("synthetic", "⒊推进项目建设", "arabic", "⒊", 3, "推进项目"),
    # 绿色社区 活动计划 (m.duyou8.com/yijimulu/118936.html, review r14a 05): a 、 after the bracket
    ("synthetic", "(二)、环境建设方面", "paren_cn", "(二)、", 2, "环境建设"),
    # an item followed by its due month (a 健康 plan, review hv 07; a 学校 plan, review hu): "4、5月底前完成…" is item 4, not April and May
    ("synthetic", "4、5月底前完成辖区学校卫生专项检查。", "arabic", "4、", 4, "5月底前"),
    ("synthetic", "2.3月底前完成校舍安全排查。", "arabic", "2.", 2, "3月底前"),
    # a 禁毒 work plan whose group marks lost their opening bracket on the page (review hj 08): "二)深化宣传教育。…"
    ("synthetic", "二)深化宣传教育。开展禁毒宣传进校园活动。", "paren_cn", "二)", 2, "深化宣传"),
    ("synthetic", "十一）强化督查考核", "paren_cn", "十一）", 11, "强化督查"),
]


def test_a_group_mark_that_lost_its_opening_bracket_continues_a_list_printed_so():
    # review hj 08 (a 禁毒 work plan), flattened: "…专项检查。二)深化宣传教育。…" had been left inside item 一), its note given to it;
    # it goes on from "一)" only, not from "(一)" (points "一）…；二）…" in an item's sentence, diffreview-i1 p01)
    from policy_extract.markers import separator
    from policy_extract.paragraphs import Sequence, split_items

    assert separator(match_marker("二)深化宣传教育")) == separator(match_marker("一)加强源头治理")) != separator(match_marker("（一）加强源头治理"))
    text = "一)加强源头治理。开展易制毒化学品专项检查。(县公安局牵头)二)深化宣传教育。开展禁毒宣传进校园活动。(县教育局负责)"
    assert split_items(text, Sequence()) == ["一)加强源头治理。开展易制毒化学品专项检查。(县公安局牵头)", "二)深化宣传教育。开展禁毒宣传进校园活动。(县教育局负责)"]


def test_a_comma_after_the_bracket_continues_the_brackets_sequence():
    # 绿色社区 活动计划 (m.duyou8.com/yijimulu/118936.html, review r14a 05), flattened: "(一)…6、…。(二)、环境建设方面1、…" —
    # "(二)、" had not continued "(一)" and its four items were folded into item 6 of (一)
    from policy_extract.markers import separator
    from policy_extract.paragraphs import Sequence, split_items

    assert separator(match_marker("(二)、环境建设方面")) == separator(match_marker("(一)环境管理方面")) == ")"
    text = "(一)环境管理方面1、建立环保制度。2、落实环保经费。(二)、环境建设方面1、杜绝噪声扰民现象。2、餐饮业达标排放。"
    assert split_items(text, Sequence())[3:] == ["(二)、环境建设方面", "1、杜绝噪声扰民现象。", "2、餐饮业达标排放。"]


@pytest.mark.parametrize("source,text,kind,printed,value,title", MARKED, ids=[f"{m[0][:8]}:{m[1][:12]}" for m in MARKED])
def test_marker_kinds(source, text, kind, printed, value, title):
    if source != "synthetic":
        quote(source, text)
    marker = match_marker(text)
    assert marker is not None
    assert (marker.kind, marker.printed, marker.value) == (kind, printed, value)
    assert text[marker.end :].startswith(title)


def test_full_and_half_width_forms_are_the_same_kind():
    pairs = [("（一）全面推进", "(一)全面推进"), ("1.推进", "1．推进"), ("1.推进", "１．推进"), ("（1）推进", "(1)推进")]
    for full, half in pairs:
        a, b = match_marker(full), match_marker(half)
        assert (a.kind, a.value, a.label) == (b.kind, b.value, b.label)


# The 2022 table numbers its groups up to (二十九): every one reads as its number.
GROUPS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七",
          "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九"]


def test_every_group_number_of_the_table_sample():
    for value, label in enumerate(GROUPS, 1):
        quote(TABLE, f"({label})")
        marker = match_marker(f"({label}) 标题")
        assert (marker.kind, marker.value, marker.label) == ("paren_cn", value, label)


@pytest.mark.parametrize(
    "text,value",
    [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十九", 29), ("四十五", 45), ("九十九", 99), ("一百零五", 105), ("一百", 100), ("二〇二三", 2023), ("二〇三五", 2035),
     ("二OO四", 2004)],  # corpus 0594 (河北 2004): "二OO四年四月二十二日", a Latin O for 〇
)
def test_chinese_numerals(text, value):
    assert cn_to_int(text) == value


def test_chinese_numerals_reject_other_characters():
    assert cn_to_int("") is None
    assert cn_to_int("十四五规划") is None


def test_number_value_of_labels():
    assert number_value("１２") == 12
    assert number_value("1.2") == 2
    assert number_value("二十九") == 29


@pytest.mark.parametrize(
    "text,value",
    [
        pytest.param("①推进政务服务事项清单标准化。", 1, id="circled-1"),
        pytest.param("⑨推进政务服务事项清单标准化。", 9, id="circled-9"),
        pytest.param("⑫推进政务服务事项清单标准化。", 12, id="circled-12"),
    ],
)
def test_circled_numbers(text, value):
    # synthetic: none of the samples uses circled numbers
    marker = match_marker(text)
    assert (marker.kind, marker.printed, marker.value) == ("circled", text[0], value)
    assert text[marker.end :].startswith("推进")


# --- not markers -------------------------------------------------------------------------

def test_an_item_naming_a_project_by_a_three_digit_number():
    # 广州 人才集聚工程 实施意见 2012 (a SQL dump of gz.gov.cn pages, review w01): "11.121人才梯队项目。重点培养…" had been read as no
    # marker and run on into item 10; corpus 0715: "4.863计划主题项目和重大专项管理主体主要职责"
    assert (match_marker("11.121人才梯队项目。重点培养").value, match_marker("11.121人才梯队项目。").kind) == (11, "arabic")
    assert match_marker("4.863计划主题项目和重大专项管理主体主要职责").value == 4
    for text in ("12.345公里", "3.125亿元", "3.200多家企业", "1.5亿元", "3.125分以上", "2.125岁", "3.235兆瓦", "11.125立方米", "6.125小时"):  # a decimal, its measure (diffreview-u)
        assert match_marker(text) is None


def test_a_codes_digits_open_no_item_inside_a_line():
    # 上海市交通领域精细化管理工作方案（2024-2026年） (zhiyao87/Shanghai-Gov-Docs-Index, review w03): "（22）推进浦东机场航站楼T1、T2及三纵三横
    # 卫生间改造。" had become item 1 "T2及三纵三横卫生间改造。"
    import policy_extract
    from policy_extract.markers import candidates

    line = "（22）推进浦东机场航站楼T1、T2及三纵三横卫生间改造。"
    assert [m.start() for m in candidates().finditer(line)] == [0]
    text = "（21）提升浦东机场航站楼整体形象。完成艺术点位改造。\n" + line + "开展卫生间装修改造工作前期研究。\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（21）", "（22）"]


NOT_MARKERS = [
    (YANTA, "2025年底前,全区政务服务标准化、规范化、智能化"),
    (STD2023, "2024年底前，政务服务全面实现“一网通办”"),
    (HANZHONG, "2024年汉中市推进政府职能转变工作要点"),
    (HANZHONG, "2024年5月28日"),
    (YANTA, "2.4万㎡智能政务中心建成投用"),
    (YANTA, "一是标准化建设方面"),
    (YANTA, "二是规范化建设方面"),
    (YANTA, "“十四五”时期"),
    ("synthetic", "十四五时期政务服务发展"),
    (YANTA, "12345政务服务便民热线"),
    (TABLE, "0.5个工作日办结"),
    ("synthetic", "二〇二三年八月二十六日"),
    ("synthetic", "一，"),
    (STD2023, "各区、县人民政府"),
    # realworld h09 (海门 为民办实事): "Ⅰ类标准" in a sentence
    ("synthetic", "Ⅰ类标准"),
    ("synthetic", "3.2万人次"),
    # 大兴区 2023 (www.bjdx.gov.cn, stored pages): "京兴政办发〔2023〕1 号", the number's tail
    ("synthetic", "1 号"),
    ("synthetic", "3 个工作日"),
    # realworld h10 (临湘 2020 民生实事 公示): "…建设公办幼儿园 1 所;②建成…", a count's tail
    ("synthetic", "1 所;"),
    ("synthetic", "2 栋乡镇中学教学楼"),
    # months listed, not an item followed by a date: "2、3月份" (January and February … March)
    ("synthetic", "2、3月份开展集中排查"),
    ("synthetic", "5、10月开展两次集中排查"),  # months listed, the later after the first
    # corpus 0634 (河北 2004 通信市场 专项整治): "七是在6、7两月对所有经营二手通信终端设备的个人进行登记" — two numbers listed
    ("synthetic", "6、7两月对所有经营二手通信终端设备的个人进行登记"),
    # two days listed, the second the first's next: "各县区于6月4、5日集中开展应急演练" wrapped so that "4、5日…" opens a line (diffreview-f1 p49)
    ("synthetic", "4、5日集中开展应急演练,重点企业全员参与。"),
    ("synthetic", "1.5亿元"),
    # 平利县 2015 "8月30日市容环境综合整治情况的通报" (www.pingli.gov.cn/Content-1108242.html): the day written 830 before a comma
    ("synthetic", "830,县双创办周末值班人员对新正街、正阳路进行了督查"),
    ("synthetic", "120，全市"),
]


@pytest.mark.parametrize("source,text", NOT_MARKERS, ids=[t for _, t in NOT_MARKERS])
def test_not_markers(source, text):
    if source != "synthetic":
        quote(source, text)
    assert match_marker(text) is None


@pytest.mark.parametrize("printed,number", [("1.", "1"), ("一、", "一"), ("16.", "16"), ("（一）", "（一）"), ("1．", "1"), ("1、", "1")])
def test_strip_marker_punct(printed, number):
    assert strip_marker_punct(printed) == number


# The numbering grammar both ways: what is printed reads back as the same number.
@pytest.mark.parametrize("n, printed", [
    (1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (29, "二十九"), (100, "一百"), (105, "一百〇五"),
    (110, "一百一十"), (1000, "一千"), (2023, "二千〇二十三"),
])
def test_int_to_cn_reads_back(n, printed):
    from policy_extract.markers import cn_to_int, int_to_cn

    assert int_to_cn(n) == printed
    assert cn_to_int(printed) == n


def test_numbers_round_trip_through_every_kind():
    from policy_extract.markers import int_to_circled, int_to_cn, int_to_cn_digits, int_to_roman, match_marker

    for n in range(1, 100):
        assert match_marker(f"{int_to_cn(n)}、标题").value == n
        assert match_marker(f"（{int_to_cn(n)}）标题").value == n
    for n in range(1, 36):
        assert match_marker(f"{int_to_circled(n)}推进").value == n
    for n in range(1, 13):
        assert match_marker(f"{int_to_roman(n)}、标题").value == n
    assert int_to_cn_digits(2023) == "二〇二三"


def test_a_reading_is_remembered_per_text_and_bounded():
    """match_marker remembers what it read (a table asks of the same cells row after row): a
    remembered reading equals a first one, forget() (the grammar's, for a benchmark's first
    reading) drops them, and the memory stays bounded over many texts."""
    from policy_extract import markers
    from policy_extract.grammar import current

    current().forget()
    assert markers._READ == {}
    first = markers.match_marker("（二十九）深化改革")
    assert "（二十九）深化改革" in markers._READ
    assert markers.match_marker("（二十九）深化改革") == first == markers._match_marker("（二十九）深化改革")
    assert markers.match_marker("市财政局") is None and "市财政局" in markers._READ
    for n in range(9000):
        markers.match_marker(f"{n}.推进")
    assert 0 < len(markers._READ) <= 8192
    current().forget()
    assert markers._READ == {}


def test_a_dotted_digit_goes_on_with_a_list_printed_with_a_full_stop():
    # 平潭综合实验区 污染物排海 分解方案 2019 (changwu/pingtan-gov-zwgk-archive qgwhbgswj/201902/12595, review bn05), flattened:
    # "1.强化海洋环境保护宣传教育。… 参加单位：区宣传部、财政金融局，相关乡镇 ⒉增强海洋保护公众参与。" — ⒉ (U+2489) is "2.", so the
    # item goes on the list; it had been the last unit's name ("相关乡镇⒉增强海洋保护公众参与")
    from policy_extract.markers import match_marker, separator

    assert separator(match_marker("⒉增强海洋保护公众参与。")) == separator(match_marker("1.强化宣传。")) == "."
    text = ("（八）提高社会海洋环境保护意识 1.强化海洋环境保护宣传教育。配合开展宣传教育活动。 牵头单位：区农村发展局 参加单位：区宣传部、财政金融局，"
            "相关乡镇 ⒉增强海洋保护公众参与。组织开展增殖放流公益捐资活动。 牵头单位：区农村发展局 参加单位：区宣传部、财政金融局，有关乡镇")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", ["区宣传部", "财政金融局", "相关乡镇"]), ("⒉", ["区宣传部", "财政金融局", "有关乡镇"])]
