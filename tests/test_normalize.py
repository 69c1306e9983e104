"""Stage 2 (normalize): converter debris removed, paragraphs split by page breaks and wraps
joined with their first and last line kept, repeated table headers read once."""
from __future__ import annotations

import pytest

import policy_extract
from conftest import EFF2025, HANZHONG, STD2023, TABLE, YANTA, piece_at, pieces, quote, sample_line, sample_text
from policy_extract.chrome import strip_web_chrome
from policy_extract.load import load_string
from policy_extract.load.base import SourceLine
from policy_extract.normalize import clean_line, is_open_paragraph, join_wrapped, lines_to_pieces, normalize
from policy_extract.page_copy import drop_page_fields, drop_repeated_copy
from policy_extract.tables import is_header_row

# --- debris ------------------------------------------------------------------------------


def test_markdown_heading_marks_are_removed():
    # xian-2023: "## 一、总体要求", "### （一）全面推进政务服务标准化", "#### （四）加快推进政务服务数字化"
    assert sample_line(STD2023, 24) == "## 一、总体要求"
    assert piece_at(STD2023, 24).text == "一、总体要求"
    assert sample_line(STD2023, 38) == "### （一）全面推进政务服务标准化"
    assert piece_at(STD2023, 38).text == "（一）全面推进政务服务标准化"
    assert sample_line(STD2023, 136) == "#### （四）加快推进政务服务数字化"
    assert piece_at(STD2023, 136).text == "（四）加快推进政务服务数字化"
    assert not any(p.text.startswith("#") for p in pieces(STD2023))


def test_clean_line_drops_heading_marks_and_bold_tags():
    assert clean_line(quote(TABLE, "## 《2022年深化“放管服”改革优化营商环境工作要点》分工方案")) == "《2022年深化“放管服”改革优化营商环境工作要点》分工方案"
    assert clean_line(quote(TABLE, "<b>二、全过程公正监管</b>")) == "二、全过程公正监管"


def test_a_sharing_pages_page_count_is_page_furniture():
    # a county 百日攻坚“净化”行动实施方案 on a document-sharing page (8686.com.cn/doc/38630.html, review web-p 02): "5 页" under the file's
    # date and size had opened a group numbered 5, its (一) a task; "第1页共4页" glued before a title (web-p 03) is cut off
    from policy_extract.load.base import is_page_number

    assert is_page_number("5 页") and is_page_number("共4页") and not is_page_number("5项")
    text = ("某县城乡环境综合整治百日攻坚净化行动实施方案\n2024-12-26\n39.42KB\n5 页\n侵权投诉\n一、总体目标\n全面提升城乡环境。\n二、重点任务\n"
            "(一)市容环境整治\n1.加强城区街巷、公园广场环境卫生治理。\n2.完善城区环卫设施。\n")
    doc = policy_extract.parse_text(text)
    assert [t.number for t in doc.tasks] == ["1", "2"] and not doc.warnings
    assert clean_line("第1页共4页卫生院环境卫生综合整治实施方案") == "卫生院环境卫生综合整治实施方案"


def test_a_pdfs_page_number_run_on_into_the_text_is_dropped():
    # a 镇 2023年度防范化解重大风险工作实施方案 copied from a PDF (review s12d 02): the page number "— 1 —" before the title on
    # its line, "— 2 —" inside a sentence the copy ran across pages; a page number alone stays a line to drop
    assert clean_line("— 1 —2023 年度防范化解重大风险工作实施方案") == "2023 年度防范化解重大风险工作实施方案"
    assert clean_line("其中化解类 8 个;市交— 2 —办重大风险 17 个") == "其中化解类 8 个;市交办重大风险 17 个"
    # 石景山区 2019 (review s5d 01, flattened): "— — — 3 —" between two names of a list
    assert clean_line("园区党工委、各街道党工委— — — 3 —区民政局") == "园区党工委、各街道党工委区民政局"
    assert clean_line("— — — 2 —") == "— — — 2 —"
    assert clean_line("2021年—2025年") == "2021年—2025年"


def test_markdown_emphasis_comes_off_in_pairs_only():
    # blanks a form leaves to fill are no emphasis: "〔20__〕" (review s12c 01), "20__年" (review s13b 03), "挂牌“***实验室”"
    # (corpus 0822, review s13d: it had become "“*实验室”")
    assert [clean_line(t) for t in ("〔20__〕", "20__年", "挂牌“***实验室”")] == ["〔20__〕", "20__年", "挂牌“***实验室”"]
    # two names masked in one line (a 区安委会 2024 工作要点 on a template site, review s17a 03): no pair of "**" between them
    masked = "将传达学习贯彻***总书记关于安全生产重要指示批示精神作为党委(党组)会议第一议题,将学习***总书记关于安全生产重要论述作为党委宣传工作重点"
    assert clean_line(masked) == masked
    assert [clean_line(t) for t in ("**一、总体要求**", "__重点__工作", "**加强**和**改进**")] == ["一、总体要求", "重点工作", "加强和改进"]


def test_bold_tags_are_removed_from_table_rows():
    # xian-2022 line 28: "<b>一、全链条优化审批</b>" followed by six tabs
    assert sample_line(TABLE, 28).startswith("<b>一、全链条优化审批</b>")
    row = piece_at(TABLE, 28)
    assert row.kind == "row"
    assert row.cells[0] == "一、全链条优化审批"
    assert not any("<b>" in p.text or "</b>" in p.text for p in pieces(TABLE))


def test_horizontal_rules_are_dropped():
    # xian-2023 lines 180 and 186 are "---"
    assert sample_line(STD2023, 180) == sample_line(STD2023, 186) == "---"
    assert all(not (p.start_line <= 180 <= p.end_line or p.start_line <= 186 <= p.end_line) for p in pieces(STD2023))
    assert piece_at(STD2023, 182).text.startswith("抄送：市委各部门")


# --- joins -------------------------------------------------------------------------------


def test_paragraph_split_by_a_page_break_is_joined_with_its_lines():
    # xian-2023 lines 28–30: "…2023年底前，市、区县（开发区）、街道" / blank / "（镇）、社区（村）…"
    quote(STD2023, "（二）工作目标。2023年底前，市、区县（开发区）、街道\n\n（镇）、社区（村）四级政务服务能力和水平显著提升。")
    piece = piece_at(STD2023, 28)
    assert (piece.kind, piece.start_line, piece.end_line) == ("para", 28, 30)
    assert "2023年底前，市、区县（开发区）、街道（镇）、社区（村）四级政务服务能力和水平显著提升。" in piece.text
    assert piece_at(STD2023, 30) is None


def test_join_over_three_blank_lines():
    # xian-2023 lines 70–74: "…可分领域设置同标准、" / 3 blank lines / "无差别的部门综合窗口。…"
    piece = piece_at(STD2023, 70)
    assert (piece.start_line, piece.end_line) == (70, 74)
    assert "可分领域设置同标准、无差别的部门综合窗口。" in piece.text


def test_cim_wrap_is_joined_without_a_space():
    # xian-2025 lines 35–36: "21.打造数字城市“一张底图”。建成城市信息模型(CIM)" / "平台,充分利用…"
    assert sample_line(EFF2025, 35).endswith("建成城市信息模型(CIM)")
    assert sample_line(EFF2025, 36).startswith("平台,充分利用新型基础测绘工作成果")
    piece = piece_at(EFF2025, 35)
    assert (piece.start_line, piece.end_line) == (35, 36)
    assert "建成城市信息模型(CIM)平台,充分利用新型基础测绘工作成果" in piece.text


def test_note_split_by_a_page_break_is_joined():
    # xian-2023 lines 94–96: "（牵头单位：市行政审批局；责任单位：有政务服务事项" / "的市级部门，…管委会)"
    piece = piece_at(STD2023, 94)
    assert (piece.start_line, piece.end_line) == (94, 96)
    assert piece.text.endswith("（牵头单位：市行政审批局；责任单位：有政务服务事项的市级部门，各区县政府、西咸新区管委会、各开发区管委会)")


def test_wrapped_goal_paragraph_is_joined():
    # yanta lines 33–35: "…服务质量实现全程闭环化管理,改革" / "更具系统性、…建成全" / "省领先、全国一流政务服务体系。"
    piece = piece_at(YANTA, 33)
    assert (piece.start_line, piece.end_line) == (33, 35)
    assert "全程闭环化管理,改革更具系统性、突破性" in piece.text
    assert piece.text.endswith("建成全省领先、全国一流政务服务体系。")


def test_unit_note_on_its_own_paragraph_is_not_joined_into_the_task():
    # xian-2023 item 27 (lines 126–128) and its note on line 130, after a blank line
    note = quote(STD2023, "（牵头单位：市行政审批局；责任单位：各区县政府、西咸新区管委会、各开发区管委会）")
    task = piece_at(STD2023, 126)
    assert (task.start_line, task.end_line) == (126, 128)
    assert task.text.endswith("推动项目尽早开工建设。")
    assert "牵头单位" not in task.text
    alone = piece_at(STD2023, 130)
    assert (alone.kind, alone.text, alone.end_line) == ("para", note, 130)
    # item 36 (line 156) and "(牵头单位：…)" on line 158, opened with a half-width bracket
    assert "牵头单位" not in piece_at(STD2023, 156).text
    assert piece_at(STD2023, 158).text.startswith("(牵头单位：市行政审批局、市大数据局；")


def test_headings_and_signature_lines_are_not_joined():
    # hanzhong: the issuer (line 8, with trailing spaces) and the date (line 10) stay apart
    assert piece_at(HANZHONG, 8).text == "汉中市人民政府办公室"
    assert piece_at(HANZHONG, 10).text == "2024年5月28日"
    assert piece_at(HANZHONG, 19).text == "一、持续深化行政审批制度改革"
    assert piece_at(HANZHONG, 21).text.startswith("1.开展“高效办成一件事”改革。")


def test_is_open_paragraph_on_real_lines():
    assert is_open_paragraph(quote(STD2023, "（二）工作目标。2023年底前，市、区县（开发区）、街道"))
    assert is_open_paragraph(quote(EFF2025, "21.打造数字城市“一张底图”。建成城市信息模型(CIM)"))
    assert not is_open_paragraph(quote(STD2023, "（牵头单位：市行政审批局；责任单位：各区县政府、西咸新区管委会、各开发区管委会）"))
    assert not is_open_paragraph(quote(EFF2025, "二、重点任务"))
    assert not is_open_paragraph(quote(HANZHONG, "2024年5月28日"))
    # a passage opening with a note's end, its opening cut off (某某市法治政府建设“十三五”规划 page 4, 32336.cn, review ee10): "头,各 有关部门配合)"
    # had run into "(三)加强依法行政工作考核。…", and (三) was lost
    assert not is_open_paragraph("头,各 有关部门配合)")
    text = "头,各 有关部门配合)\n\n(三)加强依法行政工作考核。制定考核办法。(市法制局牵头,市监察局配合)\n\n(四)加强法制机构建设。(市编委办牵头)\n"
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["(三)", "(四)"]


def test_every_sample_keeps_its_line_order():
    for stem in (HANZHONG, TABLE, STD2023, EFF2025, YANTA):
        starts = [p.start_line for p in pieces(stem)]
        assert starts == sorted(starts)
        assert all(p.start_line <= p.end_line for p in pieces(stem))


# --- tables ------------------------------------------------------------------------------


def test_repeated_header_rows_are_read_once():
    header = quote(TABLE, "序号\t陕西省《工作要点》部署任务\t西安市落实措施\t牵头单位\t责任单位\t完成时限\t备注")
    printed = [i for i, line in enumerate(sample_text(TABLE).split("\n"), 1) if line == header]
    assert len(printed) == 23  # once per page
    kept = [p for p in pieces(TABLE) if p.kind == "row" and is_header_row(p.cells)]
    assert [p.start_line for p in kept] == [27]
    assert all(piece_at(TABLE, line) is None for line in printed[1:])


def test_a_row_ending_with_tabs_stays_a_row():
    # xian-2022 line 153: "\t60.建立破产重整企业信用修复机制,…\t\t\t\t\t" — a provincial task without measure
    assert sample_line(TABLE, 153).endswith("\t\t\t\t\t")
    row = piece_at(TABLE, 153)
    assert row.kind == "row"
    assert len(row.cells) == 7
    assert row.cells[0] == ""
    assert row.cells[1].startswith("60.建立破产重整企业信用修复机制")
    assert all(c == "" for c in row.cells[2:])


def test_table_rows_keep_their_line():
    row = piece_at(TABLE, 65)  # the measure (29) row that lost a cell
    assert row.kind == "row" and row.end_line == 65
    assert row.cells[0].startswith("(29) 深化“交房即交证”改革成果应用")


def test_markdown_pipe_table_rows_are_rows():
    # yanta line 42: "| 指标类别 | 指标名称 | 2025年 |"
    row = piece_at(YANTA, 42)
    assert row.kind == "row"
    assert row.cells == ["指标类别", "指标名称", "2025年"]


def test_a_paragraph_between_tables_ends_the_header_run():
    # synthetic layout: the same header before and after a real paragraph (xian-2022 line 11)
    header = "序号\t部署任务\t落实措施\t牵头单位\t责任单位\t完成时限"
    sentence = sample_line(TABLE, 11)
    assert sentence.startswith("《西安市贯彻落实陕西省〈2022年深化“放管服”改革优化营商环境工作要点〉分工方案》已经市政府同意")
    text = "\n".join([header, "1\t任务\t(1) 措施。\t市发改委\t市财政局\t2022年9月底", sentence, header, "2\t任务\t(2) 措施。\t市发改委\t市财政局\t2022年9月底"])
    rows = [p for p in normalize(load_string(text).lines) if p.kind == "row" and is_header_row(p.cells)]
    assert [p.start_line for p in rows] == [1, 4]


def test_digits_split_by_a_wrap_join_without_a_space():
    # found by tests/test_layout_variants.py: "…。2" + "023年底前…" must read as 2023年底前
    from policy_extract import parse

    doc = parse("某方案\n二、重点任务\n1.推进清单标准化。2\n023年底前完成。（牵头单位：市行政审批局）\n")
    assert doc.tasks[0].deadline.date == "2023-12-31"
    joined = parse("某方案\n二、重点任务\n1.推进政务数据开放。加快建设Open\nData平台。（牵头单位：市大数据局）\n").tasks[0].text
    assert "Open Data" in joined


def test_a_table_with_every_separator_lost_is_read_by_its_header():
    # realworld h12 (云南 重点任务分工清单 in a newspaper e-paper), rows 21–22 as printed
    import policy_extract

    text = (
        "重点任务分工清单\n序号工作任务责任单位21树立婚育新风。充分发挥传统媒体和新媒体作用。构建新型婚育文化。"
        "省委宣传部、省民政厅、省卫生健康委、省妇联牵头;省总工会、团省委、省广电局、省农业农村厅配合;各州(市)党委和政府落实"
        "22根据经济社会发展水平等因素,实行特别扶助制度扶助标准动态调整机制。省财政厅、省卫生健康委牵头;"
        "省优化生育政策工作部门联席会议成员单位配合;各州(市)党委和政府落实\n"
    )
    tasks = policy_extract.parse(text).tasks
    assert [t.number for t in tasks] == ["21", "22"]
    assert [u.name for u in tasks[0].lead_units] == ["省委宣传部", "省民政厅", "省卫生健康委", "省妇联"]
    assert [u.name for u in tasks[1].responsible_units] == ["省优化生育政策工作部门联席会议成员单位", "各州(市)党委和政府"]
    assert tasks[1].text.startswith("根据经济社会发展水平") and "牵头" not in tasks[1].text


# corpus 0627-style pages (河北 省政府办公厅文件, gerry0208/spider_project row 876 is 0634): the
# crawler stored the page's text twice, the second copy right after the first
_PAGE = ("各设区市人民政府，省政府各部门：现将《实施方案》印发给你们，请认真贯彻执行。二〇〇三年六月五日"
         "一、工作措施（一）加强领导。（省药监局负责）（二）强化督查。（省监察厅负责）公开程序：本单位审核后公开责任部门：省政府办公厅秘书一处")


_LINED = "\n".join(_PAGE.replace("（一）", "\n（一）").replace("（二）", "\n（二）").split("。"))


@pytest.mark.parametrize("single, stored", [(_PAGE, _PAGE + _PAGE), (_PAGE, _PAGE + "\xa0" + _PAGE), (_PAGE, _PAGE + "\n\n\n" + _PAGE),
                                            (_LINED, _LINED + "\n" + _LINED)], ids=["glued", "nbsp", "blank-lines", "every-line-twice"])
def test_a_page_stored_twice_is_read_once(single, stored):
    once = policy_extract.parse_text(single + "\n")
    twice = policy_extract.parse_text(stored + "\n")
    assert [(t.number, t.text) for t in twice.tasks] == [(t.number, t.text) for t in once.tasks]
    assert [(t.number, [u.name for u in t.responsible_units]) for t in twice.tasks] == [("（一）", ["省药监局"]), ("（二）", ["省监察厅"])]
    assert "各设区市" not in twice.tasks[-1].text  # the second copy is not read into the last task


def test_a_notice_that_repeats_a_passage_is_not_cut():
    lines = [SourceLine("一、加强领导。", 1), SourceLine("二、强化督查。", 2), SourceLine("一、加强领导。", 3)]
    assert drop_repeated_copy(lines) is lines
    half = [SourceLine("一、加强领导，落实责任，确保各项工作按时完成。" * 3, 1)]
    assert drop_repeated_copy(half + [SourceLine(half[0].text + "（省药监局负责）", 2)]) == half + [SourceLine(half[0].text + "（省药监局负责）", 2)]


# corpus 0594/0630 (河北 省政府办公厅文件 pages, gerry0208/spider_project): the site's disclosure
# fields after the notice's last item; 责任部门 there is the page's editor, not a unit
@pytest.mark.parametrize("tail", ["　　公开程序：本单位审核后公开　　责任部门：省政府办公厅秘书一处",
                                  "公开程序：本单位审核后公开责任部门：省政府办公厅秘书一处",
                                  "\n公开程序：本单位审核后公开\n责任部门：省政府办公厅秘书一处\n"])
def test_a_sites_disclosure_fields_are_not_the_notices(tail):
    body = "某市人民政府：\n一、加强领导。各地要定期督查。\n二、落实责任。省政府组成检查组，定期对各地落实食品放心工程的情况进行督查。"
    doc = policy_extract.parse_text(body + tail + "\n")
    assert [t.number for t in doc.tasks] == ["一", "二"]
    assert all(not t.responsible_units and not t.lead_units for t in doc.tasks)
    assert doc.tasks[-1].text.endswith("进行督查。")
    lines = [SourceLine("一、加强领导。", 1), SourceLine("二、公开程序：本单位审核后公开的事项要及时更新，确保信息准确、完整、及时，方便群众查询和监督，" * 2, 2)]
    assert drop_page_fields(lines) == lines  # the words inside a long sentence are the notice's


def test_label_lines_under_the_sites_footer_are_chrome():
    # 监利县 2017 重点项目 通知 (jianli.gov.cn …t20171229_410998.shtml, review r13b 10): "鄂ICP备…", then "主办单位:中共监利市委
    # 监利市人民政府", "承办单位:…", "协办单位:…" — read as the last item's note, they had made it the only task
    text = ("一、认真搞好2017年工作总结。各单位要对照年初目标认真总结。\n二、制定2018年建设计划。要明确建设内容。\n"
            "三、报送要求。于12月25日前报送县重点项目办。\n县重点项目办\n2017年12月7日\n网站标识码:4210230004\n鄂ICP备17019740号-1\n"
            "主办单位:中共监利市委 监利市人民政府\n承办单位:监利市融媒体中心\n协办单位: 监利市电视台\n")
    doc = policy_extract.parse_text(text)
    # (item 一's subject, 各单位, is its unit: subjects.duty_subject; never the site's 主办单位)
    assert [(t.number, t.lead_units, [u.name for u in t.responsible_units]) for t in doc.tasks] == [("一", [], ["各单位"]), ("二", [], []), ("三", [], [])]


def test_label_lines_of_the_sites_footer_above_its_footer_line_are_chrome():
    # 剑阁县 2018 东西部扶贫协作 (cnjg.gov.cn/new/detail/4a01477d…, review r16b 09): "主办单位: 剑阁县人民政府办公室", "建设与维护:…" above "蜀ICP备…" — the
    # last item had taken the site's owner as its lead
    text = ("(1)组建一支规划队伍。抽调业务骨干25人组成项目编制工作组。\n(2)严明三条规划要求。在2018年11月底前完成项目编制工作。\n"
            "主办单位: 剑阁县人民政府办公室\n建设与维护:广元市电子政务外网运营中心\n蜀ICP备06003751号-1 川公网安备 51082302000134号\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.lead_units, t.responsible_units) for t in doc.tasks] == [("(1)", [], []), ("(2)", [], [])]


def test_a_pages_count_of_comments_under_the_last_item_is_chrome_not_its_units():
    # 北京市2014年重要民生实事 (416w.cn/2014/0207/757598_2.shtml, page 2 of a mirror, review fu 07): "已有0人发表了评论" under
    # item 10's "主要责任单位:" line had been glued to its unit ("市民防局已有0人发表了评论")
    text = ("9.进一步改善群众出行条件,完成30条无灯道路的路灯建设。\n主要责任单位:市市政市容委\n"
            "10.缓解停车难,利用人防工程为社会提供1.8万个停车位。\n主要责任单位:市民防局\n已有0人发表了评论\n")
    assert [[u.name for u in t.lead_units] for t in policy_extract.parse_text(text).tasks] == [["市市政市容委"], ["市民防局"]]


def test_characters_a_copy_could_not_encode_at_a_lines_end_are_dropped():
    # 监利市 2022 分解落实《政府工作报告》 (artfolios.org …t20220114_688893.shtml, review r16a 02): "2021年11月22日????????" under the
    # issuer — the date line was no date, and issuer and date were lost
    assert clean_line("2021年11月22日????????") == "2021年11月22日"
    assert clean_line("市政府各部门：\ufffd\ufffd") == "市政府各部门："
    assert clean_line("是否达到序时进度？") == "是否达到序时进度？"  # one question mark is the text's
    doc = policy_extract.parse_text("各部门：\n一、加强组织领导。\n监利市人民政府办公室\n2021年11月22日????????\n")
    assert (doc.meta.issuer, doc.meta.issue_date) == ("监利市人民政府办公室", "2021-11-22")


def test_a_links_line_does_not_run_on_into_the_lines_below():
    # corpus 1137 (pkulaw copy of 皖开放办〔2022〕6号, review r21a 01): "原文链接：https://www.pkulaw.com/lar/….html" stops
    # with no full stop; the title and the number's line "（皖开放办〔2022〕6号）" were joined to it and the number lost
    text = ("【法宝引证码】 CLI.12.6476457\n原文链接：https://www.pkulaw.com/lar/2f52e167e6b73e8162d6f1fa1499e24dbdfb.html\n"
            "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发安徽省扎实推进高水平开放实施意见的通知\n"
            "（皖开放办〔2022〕6号）\n省有关单位：\n现印发给你们，请认真贯彻执行。\n")
    assert policy_extract.parse_text(text).meta.doc_number == "皖开放办〔2022〕6号"


@pytest.mark.parametrize("line, kept", [
    # corpus 0333 (河北省“十四五”职业技能培训规划): the site's link to the plan's interpretation run on at its end
    ("优化有利于技能劳动者成长成才的良好环境。《河北省“十四五”职业技能培训规划》政策解读", "优化有利于技能劳动者成长成才的良好环境。"),
    # corpus 0882: everything after "政策解读：《" is links ("文字解读图解|河北出台27条措施…")
    ("总结推广各地好经验好做法。政策解读：《关于促进民营经济发展壮大的若干措施》文字解读图解|河北出台27条措施促进民营经济发展持续做大做优做强",
     "总结推广各地好经验好做法。"),
    # corpus 0916: after the signature's date
    ("2021年4月29日政策解读：《建立健全绿色低碳循环发展经济体系的实施意见》", "2021年4月29日"),
    # corpus 0907 (review c16-2) and 0942: the link's title printed without 《》, after the last item's note
    ("为个性定制、智能生产、网络协同、服务延伸等新模式应用提供支撑。（省工业和信息化厅、省科技厅、省发展改革委、省国资委，有关市政府分别负责）"
     "政策解读：河北省如何加快推进钢铁产业高质量发展",
     "为个性定制、智能生产、网络协同、服务延伸等新模式应用提供支撑。（省工业和信息化厅、省科技厅、省发展改革委、省国资委，有关市政府分别负责）"),
    # a line that is the link alone
    ("《关于印发〈提升就业服务质量工程实施方案〉的通知》解读", ""),
    # an item whose title is an interpretation to make stays (diffreview-s22's probe, ours)
    ("（一）《中华人民共和国民法典》的解读", "（一）《中华人民共和国民法典》的解读"),
    # corpus 0341 (河北人社 2022, review c29-2): "…2022年1月7日《关于开展2022年全省公共就业服务专项活动的通知》的解读"
    ("河北省人力资源和社会保障厅2022年1月7日《关于开展2022年全省公共就业服务专项活动的通知》的解读", "河北省人力资源和社会保障厅2022年1月7日"),
    # a sentence on an interpretation is the notice's own
    ("各地要做好《条例》解读", "各地要做好《条例》解读"),
    # and so is one that says who interprets (the review of this stop's change)
    ("完成公开。政策解读：发布后三日内由起草部门负责", "完成公开。政策解读：发布后三日内由起草部门负责"),
])
def test_a_link_to_the_notices_interpretation_is_page_chrome(line, kept):
    assert strip_web_chrome(line) == kept


def test_a_1_under_the_next_heading_opens_an_item_not_a_wrapped_line():
    # corpus 1011 (河北省教育系统“制止餐饮浪费培养节约习惯”行动方案, review r24b 04): "（三）做精做优，全面加强食堂管理"
    # (no stop) over "1.细化运行管理。…" after the 1.–2. under （二）: the 1. had been joined to the heading as its
    # wrapped line, and （三）'s four items came out as one task
    text = ("二、工作安排\n（二）弘文浸润，大力培育校园节约文化\n1.广泛开展宣传引导。充分发挥环境育人功能。\n"
            "2.积极组织实践活动。各级各类学校要科学制定方案。\n（三）做精做优，全面加强食堂管理\n"
            "1.细化运行管理。加强学校食堂源头管理。\n2.优化供餐服务。坚持学生健康成长服务方向。\n")
    assert [t.id for t in policy_extract.parse_text(text).tasks] == ["2.2.1", "2.2.2", "2.3.1", "2.3.2"]


def test_a_line_ending_in_a_mail_address_does_not_run_on():
    # corpus 1002 (冀教师〔2018〕17号, review r24b 07): "邮箱：jyt87042261@126.com" then the annex list and the signature
    # "河北省教育厅" / "2018年10月24日" had all been joined into one paragraph; no issuer or date was read
    from policy_extract.normalize import ends_in_link

    assert ends_in_link("邮箱：jyt87042261@126.com")
    assert not ends_in_link("请于6月30日前发送至邮箱。")
    text = ("各市教育局：\n一、做好推荐工作。\n联系电话：0311—66005160\n邮箱：jyt87042261@126.com\n\n"
            "附件：1.河北省中小学和幼儿园骨干教师推荐指标分配表\n\n通知及附件下载\n\n河北省教育厅\n2018年10月24日\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("河北省教育厅", "2018-10-24")


def test_a_whole_notice_between_two_pipes_is_prose_not_a_row():
    # 甘谷县 2020 民生实事 (review r10a 05) stored without line breaks: "|5月10日上午,…分别是: (1)加快建设…。 (2)开工新建…。
    # …|政府信息公开…|甘公网安备…" — the page's pipes made the whole notice one table row, and no item was found
    items = " ".join(f"({n})完成第{n}件民生实事，新建改造一批基础设施项目，确保按期投入使用。" for n in range(1, 9))
    text = ("|5月10日上午,甘谷县第十七届人民代表大会第五次会议隆重开幕,县长吴健向大会作《政府工作报告》。《报告》指出,"
            "县政府将继续优先保障民生投入,重点抓好15件大事和民生实事。县政府将加大投入,确保各项实事落地见效。分别是: " + items
            + "|政府信息公开【直击两会】甘谷县政府2020年民生实事|甘公网安备62052302000005号\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == [f"({n})" for n in range(1, 9)]
    # a table's row with a long cell is a row ("1|加强…。…。…。|县教育局")
    row = "1 | " + "加强学校建设，完善配套设施，提升办学条件。" * 12 + " | 县教育局"
    assert policy_extract.parse_text("序号 | 任务 | 责任单位\n" + row + "\n").tasks[0].responsible_units[0].name == "县教育局"


def test_an_annex_line_with_its_title_is_not_joined_to_the_line_before():
    # corpus 1012 (河北省教育厅 2020, review r28a 09): "邮寄地址：…1321房间" / "附件：河北省高等学校劳动教育教学指导委员会委员推荐表" /
    # "河北省教育厅" / "2020年8月25日" had been joined into one paragraph: no issuer or date
    text = ("各高等学校：\n一、推荐专家\n每校推荐专家1名。\n邮寄地址：石家庄市中山西路449号省教育厅1321房间\n"
            "附件：河北省高等学校劳动教育教学指导委员会委员推荐表\n\n河北省教育厅\n2020年8月25日\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("河北省教育厅", "2020-08-25")
    # corpus 0964: the annexes listed run together are forms, not a plan whose items would be the tasks
    listed = text.replace("附件：河北省高等学校劳动教育教学指导委员会委员推荐表", "附件：1.平台填报须知及指标内涵说明2.年报文本编写说明3.年报合规审核要点")
    assert [t.number for t in policy_extract.parse_text(listed).tasks] == ["一"]


def test_a_numbered_item_is_not_glued_to_a_short_line_of_chrome_before_it():
    # 县治理农村移风易俗重点领域突出问题…专项行动实施方案 (guanshanwenku.com …/70382_2.html, review s8d 02): the site's chrome over item 2
    text = (
        "时间: 加入收藏\n\n"
        "2.加大社会宣传力度。形成广泛参与、共同推进的良好局面。〔责任主体:各乡(镇)党委;责任单位:自治县文明办、总工会〕\n\n"
        "3.注重典型示范引领。引导农民群众崇德向善、见贤思齐。〔责任主体:各乡(镇)党委;责任单位:自治县文明办、农业农村局〕\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [t.number for t in tasks] == ["2", "3"]
    assert [u.name for u in tasks[0].responsible_units] == ["各乡(镇)党委", "自治县文明办", "总工会"]


def test_a_title_as_long_as_the_wrap_width_over_a_numbered_item():
    # realworld h11 (武汉 2023 分解方案, bx2200.com/tjnianjian/huazhong/7737_5.html, a page from item 84) hard-wrapped at 33:
    # the title line happens to be as long as the wrap width, and had been joined to item 84 across the blank line after it,
    # so item 84 was lost into the title
    lined = H11_HEAD
    wrapped = "\n".join("\n".join(p[i : i + 33] for i in range(0, max(len(p), 1), 33)) for p in lined.split("\n"))
    assert [t.number for t in policy_extract.parse_text(wrapped).tasks] == [t.number for t in policy_extract.parse_text(lined).tasks]
    assert policy_extract.parse_text(wrapped).tasks[0].number == "84"


H11_HEAD = (
    "导航菜单\n"
    "\n"
    "(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案\n"
    "\n"
    "  84.推动有条件的老旧住宅加装电梯。(牵头单位:市自然资源规划局;责任单位:市财政局、市城建局、市房管局、市市场监管局、市园林林业局,各区人民政府)\n"
    "\n"
    "  85.完成居家适老化改造2000户以上。(牵头单位:市民政局;责任单位:各区人民政府)\n"
    "\n"
    "  86.完成困难残疾人家庭无障碍改造2600户以上。(牵头单位:市残联;责任单位:各区人民政府)\n"
    "\n"
    "  87.加强汉口历史文化风貌区、武昌古城、汉阳古城保护性利用,加大老建筑、老里弄保护修缮力度,让城市更有历史感、文化味。(牵头单位:市文旅局;责任单位:市自然资源规划局、市房管局,江岸、江汉、汉阳、武昌区人民政府,武汉文旅集团)\n"
    "\n"
    "  ——不断增强城市功能\n"
    "\n"
    "  88.完工友谊大道北段、和平大道南延线、白沙洲大道快速化改造、高新二路示范段等15条重点道路。(牵头单位:市城建局;责任单位:各区人民政府,市城投公司、武汉城建集团)\n"
    "\n"
    "  89.开工富强大街、高新八路、通顺大道南延线等12个重点项目。(牵头单位:市城建局;责任单位:各区人民政府)\n"
    "\n"
    "  90.推进二七过江通道、江汉十桥建设,改造范湖立交、常青立交等12个路网重要节点。(牵头单位:市城建局;责任单位:各区人民政府)\n"
    "\n"
)


def test_a_sites_label_run_on_at_the_end_with_nothing_after_it_is_chrome():
    # 大竹县 2016年民生实事目标任务分解表 (www.dazhu.gov.cn/xxgk-show-947.html, web review h 03) flattened: the last row's
    # 完成时限 cell and then the page's "分享到:"; the row had lost its unit and its time limit
    from policy_extract.chrome import chrome_apart

    assert chrome_apart("10城区再新建1个农贸市场。县商务局12月底前分享到:") == ["10城区再新建1个农贸市场。县商务局12月底前"]
    text = "序号民生实事责任单位完成时限1新建2座人行天桥。县住建局9月投入使用2城区再新建1个农贸市场。县商务局12月底前分享到:\n"
    last = policy_extract.parse_text(text).tasks[-1]
    assert ([u.name for u in last.responsible_units], last.deadline.text) == (["县商务局"], "12月底前")
    # a sentence that ends with the word, no label after it, is kept
    assert chrome_apart("请各单位及时更新信息，方便群众扫一扫") == ["请各单位及时更新信息，方便群众扫一扫"]
    # a heading that ends with such a word and its colon is no chrome (diffreview-s23's probe)
    assert chrome_apart("（五）推进公共服务场所无障碍：") == ["（五）推进公共服务场所无障碍："]


def test_an_annex_label_run_on_after_the_signatures_date_opens_its_paragraph_and_its_title_its_own():
    # corpus 0979 (河北省教育厅 2019 幼儿园建设工程) flattened: the annex list's last entry, the signature, then "附件1", the plan's title
    # and its first sentence, as the lined copy prints them on lines of their own
    from policy_extract.chrome import chrome_apart

    text = "2、工作专班名单河北省教育厅河北省财政厅2019年1月30日附件1幼儿园建设工程实施方案按照全省“双创双服”活动总体部署，特制定本方案。"
    assert chrome_apart(text) == ["2、工作专班名单河北省教育厅河北省财政厅2019年1月30日", "附件1", "幼儿园建设工程实施方案",
                                  "按照全省“双创双服”活动总体部署，特制定本方案。"]
    # "附件2" inside a sentence after a date is no label ("请于5月10日附件2所列…" names the annex, it opens nothing), only after a signature's
    assert len(chrome_apart("请各地于5月10日前按附件2格式报送，附件2表格须加盖公章。")) == 1
    assert len(chrome_apart("各县（市、区）须于2024年5月10日附件3中的内容完成整改方案按照要求报送市农业农村局。")) == 1  # (diffreview-s24)


def test_a_run_under_its_own_title_does_not_go_on_a_labelled_unit_line():
    # 平潭综合实验区积极推进“互联网+”行动实施方案 2016 (changwu/pingtan-gov-zwgk-archive, review au05): "牵头单位：区行政审批局、
    # 社会事业局，配合单位：区党群工作部、通管办" / "“互联网+”医疗卫生：积极利用互联网提供预约诊疗…" — the next run had been joined to
    # the unit list, its words read as units ("通管办“互联网+”医疗卫生：积极利用互联网提供预约诊疗")
    text = ("牵头单位：区行政审批局、社会事业局，配合单位：区党群工作部、通管办\n"
            "“互联网+”医疗卫生：积极利用互联网提供预约诊疗、个人健康档案查询等便捷服务。\n")
    paras = [p.text for p in normalize(load_string(text, "x.txt").lines)]
    assert paras[0].endswith("通管办") and paras[1].startswith("“互联网+”医疗卫生：")
    wrapped = "责任单位：区规划局、区交通与建\n设局、区林业局\n"
    assert [p.text for p in normalize(load_string(wrapped, "x.txt").lines)] == ["责任单位：区规划局、区交通与建设局、区林业局"]
    contact = "责任单位：区住建局、区财政局、\n区自然资源局（联系人：张三）\n"  # a colon in brackets opens no run (diffreview-aa)
    assert len(normalize(load_string(contact, "x.txt").lines)) == 1
    bracketed = "配合单位：区党群工作部、通管办\n数字乡村（智慧农业）：积极利用物联网技术发展智慧农业。\n"  # a title's own brackets (diffreview-ab)
    assert len(normalize(load_string(bracketed, "x.txt").lines)) == 2


def test_a_download_link_after_the_last_unit_is_the_page_s():
    # 平潭 转发 福建省进一步支持大学生创新创业若干措施 2023 (changwu/pingtan-gov-zwgk-archive, review be02 crawled): "…责任单位：
    # 省教育厅、人社厅 文件下载.pdf 来源：平潭综合实验区管委会办公室 附件下载" gave a unit "人社厅文件下载.pdf"
    from policy_extract.chrome import chrome_apart

    line = "十、加强宣传引导。及时总结推广。 责任单位：省教育厅、人社厅 文件下载.pdf 来源：平潭综合实验区管委会办公室 附件下载"
    assert chrome_apart(line) == ["十、加强宣传引导。及时总结推广。 责任单位：省教育厅、人社厅"]
    # a line of two annex files stays whole (corpus 0832: "…鉴定函.doc 7-1.复核企业研发项目鉴定列表.doc")
    files = "7.关于复核企业研发费用加计扣除项目鉴定函.doc 7-1.复核企业研发项目鉴定列表.doc"
    assert chrome_apart(files) == [files]


def test_a_labelled_line_ends_where_its_line_does_before_a_paragraph_of_sentences():
    # 平潭综合实验区管委会关于2016年度房地产业积极扩大有效投资的实施意见 (changwu/pingtan-gov-zwgk-archive, review bi02), one
    # paragraph a line: "配合单位：区环土局房地产交易中心" had taken the closing paragraph under it into its last name
    text = ("二、主要措施\n（一）降低预售门槛，加强信贷支持。\n（二）鼓励开发建设绿色建筑和精装修商品房。\n责任单位：区交建局住房发展处、城市建设处\n"
            "配合单位：区环土局房地产交易中心\n各相关单位要高度重视扩大有效投资的重要性和紧迫性，全力以赴加快项目实施；要密切配合，形成合力。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [u.name for u in tasks[-1].responsible_units] == ["区交建局住房发展处", "城市建设处", "区环土局房地产交易中心"]
    # the names of a contact list stay one line each under their label (corpus 0992: "联系人：教育厅人事处张本0311-66005050" /
    # "教育厅信息中心姜延凯0311-66005759"): no sentence follows, the lines join as before
    contact = "联系人：教育厅人事处张本0311-66005050\n教育厅信息中心姜延凯0311-66005759\n"
    assert [p.text for p in join_wrapped(lines_to_pieces(load_string(contact, "x.txt").lines))] == [contact.replace("\n", "", 1).strip()]


def test_a_label_line_printed_the_same_under_many_items_is_no_wrap_width():
    # 平潭 君山片区 2023 防范处置非法集资工作要点 (changwu/pingtan-gov-zwgk-archive, review bl02): "责任单位：各处室（中心）、东庠办事处、
    # 各村（居）" (24 characters) under four items had been taken for a hard wrap at 24, so the last label line, as long, took the
    # closing paragraph under it into its units ("各村（居）请各有关部门", "从端到链")
    label = "责任单位：各处室（中心）、东庠办事处、各村（居）"
    items = "".join(f"（{n}）开展第{n}项工作，加强风险研判，及时向社会公众公布风险提示。\n{label}\n" for n in "一二三四")
    text = ("一、主要任务\n" + items + "（五）明确工作人员。各处室要指定专人负责。\n责任单位：各处室（中心），东庠办事处，各村（居）\n"
            "请各有关部门、各村（居）认真履职，推动防非处非工作由点及面、从端到链，维护经济秩序和社会稳定。\n")
    assert [u.name for u in policy_extract.parse_text(text).tasks[-1].responsible_units] == ["各处室（中心）", "东庠办事处", "各村（居）"]


def test_a_sharing_sites_chunk_numbers_are_no_item_numbers():
    # a 镇 forest-fire plan on a document-sharing site (review cg08; cg03, cd04, bz03 alike): each stored chunk a long line the site numbered
    # "1、" "2、", cut mid-word ("…认真落实" / "2、责任,检查森林经营单位责任制…") — "2" had been an item and (二) was lost
    chunk1 = ("1、XX区自然资源和规划局2023年森林防火工作方案为切实做好今冬明春森林防火工作，有效预防和遏制森林火灾发生，结合我区实际，特制定本方案。"
              "一、工作措施(一)全面落实责任。森林防火实行各级人民政府行政首长负责制，各镇街要层层签订森林防火目标责任书，把责任落实到山头地块，"
              "做到山有人管、林有人护、火有人防、责有人负，确保各项防火措施落实到位，认真落实")
    chunk2 = ("2、责任,检查森林经营单位责任制落实情况，对责任不落实的单位要限期整改。(二)强化防火宣传教育。今冬明春是森林防火的关键时期，各镇街要"
              "充分利用广播、电视、标语等多种形式，广泛开展森林防火宣传，提高群众的防火意识，做到家喻户晓、人人皆知。")
    tasks = policy_extract.parse_text(chunk1 + "\n" + chunk2 + "\n").tasks
    assert [t.number for t in tasks] == ["(一)", "(二)"]
    assert "限期整改" in tasks[0].text and "2、" not in tasks[0].text  # the chunk's rest is (一)'s, its number gone
    # the word the cut split is one again, and a unit list running over the cut is read whole (丽水 2023 无障碍环境,
    # m.bdocx.com/down/18547881.html, review cr02: "…教育局、文" / "2、体旅局、…" had given the unit 教育局、文 and lost the rest)
    head = ("1、三、主要任务(一)全面排查建档由市住建局、残联牵头,各责任单位具体负责,立即组织对城市已建成的各类公共建筑和公共服务场所的无障碍设施开展全面"
            "检查,特别是养老机构、残疾人特殊服务建筑,各类服务窗口、医疗康复建筑和机关办公、教育、体育、文化等重要公共建筑,摸清各类设施应建未建、"
            "建设不规范不到位或缺损情况,在9月25日前建立台账并报市住建局汇总。牵头单位:市住建局、残联责任单位:市城市管理局、卫健局、教育局、文")
    tail = "2、体旅局、行政服务中心管委会、菁城街道办事处等无障碍设施所有权人或管理人。(二)编制改造计划由市住建局、残联牵头,按照“谁主管、谁负责”的原则编制改造计划。"
    tasks = policy_extract.parse_text(head + "\n" + tail + "\n").tasks
    assert [t.number for t in tasks] == ["(一)", "(二)"]
    assert [u.name for u in tasks[0].responsible_units] == ["市城市管理局", "卫健局", "教育局", "文体旅局", "行政服务中心管委会", "菁城街道办事处",
                                                           "无障碍设施所有权人或管理人"]
    assert (tasks[0].source.start_line, tasks[0].source.end_line, tasks[1].source.start_line) == (1, 2, 2)  # each chunk's own line
    # a page counter between the chunks (diffreview-aj's probe)
    assert [t.number for t in policy_extract.parse_text(chunk1 + "\n第 1 页 共 2 页\n" + chunk2 + "\n").tasks] == ["(一)", "(二)"]
    # but a line of the item's own between two items ends the run (diffreview-ak's probe)
    listed = ("一、重点任务\n1、" + "各镇要建立健全工作机制，明确责任分工，加强统筹协调，确保各项工作落到实处。" * 3 + "具体要求如下：（一）开展全面排查，发现问题要\n"
              "立即整改到位。\n2、县直各有关部门要加强联合执法，具体要求如下：（一）加强联合执法。（责任单位：县生态环境局）\n3、加强宣传。\n")
    assert "3" in [t.number for t in policy_extract.parse_text(listed).tasks]
    # a list of long items, each closed by its stop, keeps its numbers
    items = "一、重点任务\n" + "\n".join(f"{n}、" + "加强森林防火宣传教育，各镇街要充分利用广播、电视、标语等形式广泛开展宣传。" * 3 for n in (1, 2, 3)) + "\n"
    assert [t.number for t in policy_extract.parse_text(items).tasks] == ["1", "2", "3"]
    # nor do long items that end without a stop, on a unit's label or a time limit (diffreview-ai's probes): each holds no part of its own
    long = "加强组织领导，建立健全工作机制，明确各部门职责分工，形成上下联动、齐抓共管的工作格局，确保各项任务落到实处，" * 3
    for ending in ("。牵头单位：市发改委", "，2024年6月底前完成"):
        text = "二、重点任务\n" + "\n".join(f"{n}、{long}{ending}" for n in (1, 2, 3)) + "\n"
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "3"], ending



def test_a_sharing_sites_chunk_numbers_in_a_copy_run_into_one_line():
    # 加快推进5G网络建设实施方案 (taowenge.com/p-30856749.html, review dy04) with its line breaks lost: "…上搜索。1、文本为Word版本,…" and
    # the next chunks' numbers glued inside the words ("…市工业和信息化局2、、市自然资源和规划局…", "…(责任单位:市通3、信发展办…") — task 2
    # had been numbered 1-2, its units 市工业和信息化局2 and 市通
    fill = "各县(市、区)要对应明确主管部门和职责分工,做好本地区5G网络站址规划编制审批工作,规划审批完成后及时向社会进行公示。" * 2
    text = ("加快推进5G网络建设实施方案.docx请在淘文阁网站上搜索。1、文本为Word版本,下载可任意编辑加快推进5G网络建设实施方案 (一)加快5G网络规划建设。 "
            f"1.加快5G站址规划的审批工作。{fill}(责任单位:市通信发展办、市工业和信息化局2、、市自然资源和规划局)"
            f"2.全面推进5G基站及配套工程建设。{fill}同步设计、同步施工、同步验收。(责任单位:市通3、信发展办、市工业和信息化局){fill}")
    tasks = policy_extract.parse_text(text + "\n").tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", ["市通信发展办", "市工业和信息化局", "市自然资源和规划局"]), ("2", ["市通信发展办", "市工业和信息化局"])]
    # a list's own items run together after their notes and blanks keep their numbers (corpus 0914: "…雄安新区管委会]　　2、加快建设…")
    item = "培育企业级、专业型工业互联网平台。支持省内行业龙头企业建设平台,推动平台在重点行业的应用,形成一批示范案例。" * 2
    run = "二、重点任务（一）打造工业互联网平台体系　　" + "　　".join(f"{n}、{item}（责任单位：省工业和信息化厅）" for n in (1, 2, 3, 4))
    assert [t.number for t in policy_extract.parse_text(run + "\n").tasks] == ["1", "2", "3", "4"]


def test_a_labelled_line_ends_before_a_sentence_that_opens_with_no_name():
    # 遂宁 2019 "群众最不满意的10件事" (p2.ttnews.xyz/a/5cb70b86dc9b5e75aaad4c37, review ff05): the last item's "主责单位:市交通运输局",
    # then the page's headline and its next story; they had run into the unit ("市交通运输局来啦!遂宁2019年度…据了解")
    text = ("1、城区占道经营问题。\n\n主责单位:市公安局\n\n2、出租车拒载问题。\n\n主责单位:市交通运输局\n\n"
            "来啦!遂宁2019年度“群众最不满意的10件事”出炉\n\n据了解,此次整治工作将持续推进。\n")
    assert [[u.name for u in t.lead_units] for t in policy_extract.parse_text(text).tasks] == [["市公安局"], ["市交通运输局"]]
    # a list the line wrapped inside a name goes on ("责任单位:市公安局、市交" / "通运输局,各县区政府")
    wrapped = "1、城区占道经营问题。\n责任单位:市公安局、市交\n通运输局,各县区政府\n"
    assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(wrapped).tasks] == [["市公安局", "市交通运输局", "各县区政府"]]
    # also where the part before the wrap looks whole ("市卫生健康委" / "员会，…", "团市" / "委，…": diffreview-bb's probes R1b, R1c)
    for text, names in (("1.加强医疗机构监管。\n责任单位：市卫生健康委\n员会，各县（区）人民政府\n", ["市卫生健康委员会", "各县（区）人民政府"]),
                        ("1.开展宣传。\n配合单位：市委宣传部、团市\n委，各县区政府\n", ["市委宣传部", "团市委", "各县区政府"])):
        assert [[u.name for u in t.responsible_units] for t in policy_extract.parse_text(text).tasks] == [names]


def test_a_comment_count_run_on_after_the_last_unit_and_a_figure_of_commentators():
    # diffreview-c1 p23 (the count run on at the line's end, flattened) and p24b ("300人评论员队伍…" is work, no count)
    doc = policy_extract.parse_text("10.缓解停车难,利用人防工程提供1.8万个停车位。主要责任单位:市民防局共有3条评论\n")
    assert [[u.name for u in t.lead_units] for t in doc.tasks] == [["市民防局"]]
    doc = policy_extract.parse_text("某市网络安全工作要点\n1.加强网络评论引导。\n300人评论员队伍年底前组建到位(市委网信办牵头)\n")
    assert "300人评论员队伍" in " ".join(t.text for t in doc.tasks)


def test_a_hyphen_bulleting_a_label_is_dropped():
    # 乡镇开展爱国卫生工作实施方案 (a user upload, review gf 07): each step's fields bulleted by "-", its 责任单位 among them — the steps
    # had no unit and the goals and analysis lists above them had become the tasks
    assert clean_line("1.宣传动员-时间安排:在方案实施的第一周,开展动员大会。-责任单位:乡镇政府、社区卫生服务中心。") == \
        "1.宣传动员-时间安排:在方案实施的第一周,开展动员大会。责任单位:乡镇政府、社区卫生服务中心。"
    assert clean_line("完成时限:2021-2023年") == "完成时限:2021-2023年"  # a range's dash stays
    text = ("乡镇开展爱国卫生工作实施方案\n一、方案目标\n1.提高公众卫生意识。\n2.加强卫生基础设施建设。\n三、实施步骤\n"
            "1.宣传动员-时间安排:在方案实施的第一周,开展动员大会。-责任单位:乡镇政府、社区卫生服务中心。\n"
            "2.卫生设施建设-设施布局:在每个居民区设置至少1个垃圾桶。-责任单位:乡镇建设部门。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.path, [u.name for u in t.responsible_units]) for t in tasks] == [
        (["三、实施步骤"], ["乡镇政府", "社区卫生服务中心"]), (["三、实施步骤"], ["乡镇建设部门"])]
