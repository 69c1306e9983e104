"""Paragraphs from any separator (paragraphs.py), as tables of real phrases.

Sources: the crawled corpus beside the project (../shared/corpus, from the public
repository gerry0208/spider_project, 河北 government sites: notice ids in each row), and
the issue's own examples. The phrases are quoted here so the tests do not need ../shared.
"""
from __future__ import annotations

import pytest

import policy_extract
from policy_extract.chrome import strip_web_chrome
from policy_extract.item_heads import split_points
from policy_extract.note_breaks import run_on_notes
from policy_extract.paragraphs import Sequence, split_gaps, split_items

GAPS = [
    # corpus 0741 (科学技术厅, 扎实稳定全省经济运行的一揽子措施): paragraphs joined by two U+3000
    ("一、1个总文件\u3000\u30001.关于扎实稳定全省经济运行的一揽子政策措施", ["一、1个总文件", "1.关于扎实稳定全省经济运行的一揽子政策措施"]),
    # corpus 0362 (省科学技术奖励办法): no-break spaces after a sentence end
    ("做出重要贡献的。\xa0\xa0 省科学技术奖实行提名制，不受理自荐。", ["做出重要贡献的。", "省科学技术奖实行提名制，不受理自荐。"]),
    # corpus 0363 (引黄工程运行管理规定): one no-break space after 。
    ("按照职责做好引黄工程运行管理相关工作。\xa0引黄工程沿线及受水区设区的市", ["按照职责做好引黄工程运行管理相关工作。", "引黄工程沿线及受水区设区的市"]),
    # a single no-break space inside a sentence is not a paragraph break
    ("到2025年\xa0年底前完成", ["到2025年\xa0年底前完成"]),
    # two plain spaces after a marker are not a break
    ("一、  总体要求", ["一、  总体要求"]),
    # a whole page joined by two blanks (潍坊市2017年政务公开工作要点实施方案, bdocx.com/doc/5328372.html, realworld h05 as
    # a crawler joining lines with "  " stores it): every gap of a line this long is a line break, the header's names too
    (_WEIFANG := "  ".join(_WEIFANG_LINES := [
        "潍坊市2017年政务公开工作要点实施方案", "目标", "任务", "主要内容", "责任单位", "一、以政务公开助力稳增长", "(一)加强预期引导",
        "围绕我市经济社会发展形势、国家宏观经济政策和全市相关经济政策执行落实情况,通过市政府例行新闻发布会、市政府新闻办新闻发布会、媒体采访、提供解读素材等形式及时宣传解读。",
        "市发改委牵头落实", "围绕出台促进就业规划、就业创业政策,加强就业创业政策信息公开,深入解读政策背景、依据、目标任务、涉及范围、落实情况等。", "市人社局牵头落实"]),
     _WEIFANG_LINES),
    # 昌江黎族自治县贯彻《公共机构节能条例》实施方案 (kleyou.com/html/text/lar/173202/17320244_4.html, review hn 06, its lines joined by two
    # blanks): "一是" after a lead-in's colon opens its paragraph as a numbered item does
    ("县机关事务管理局和各公共机构节能管理机构要着力完成以下工作:  一是在2009年2月28日前完成2005-2008年度各公共机构用能统计、汇总,建立用能"
     "数据台账。  二是会同县财政局、县审计局、县建设局、县工业经济与信息产业局等部门依据2005-2008年度用能统计总体结果,结合各公共机构实际情况"
     "初步测算各项能源消耗定额,经反复论证后制定能源消耗定额支出标准报县政府审批。  三是组织开展节能监督检查。",
     ["县机关事务管理局和各公共机构节能管理机构要着力完成以下工作:", "一是在2009年2月28日前完成2005-2008年度各公共机构用能统计、汇总,建立用能数据台账。",
      "二是会同县财政局、县审计局、县建设局、县工业经济与信息产业局等部门依据2005-2008年度用能统计总体结果,结合各公共机构实际情况"
      "初步测算各项能源消耗定额,经反复论证后制定能源消耗定额支出标准报县政府审批。", "三是组织开展节能监督检查。"]),
]


@pytest.mark.parametrize("line, parts", GAPS)
def test_wide_gaps_separate_paragraphs(line, parts):
    assert split_gaps(line) == parts


def test_two_blanks_part_only_a_whole_page_joined_by_them():
    # 国务院工作规则 (国发〔2004〕18号, corpus 1101) joined by two blanks: its lines come apart, the spaced heading "第一章　总  则" stays
    lines = ["国务院关于印发", "《国务院工作规则》的通知", "国发〔2004〕18号", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
             "《国务院工作规则》已经2004年6月16日召开的国务院第54次常务会议修订通过，现予印发。", "国务院", "二〇〇四年六月二十六日",
             "（二○○四年六月十六日国务院", "第54次常务会议修订通过）", "第一章　总  则",
             "一、第十届全国人民代表大会第一次会议产生的新一届中央人民政府，根据《中华人民共和国宪法》和《中华人民共和国国务院组织法》，制定本规则。"]
    assert split_gaps("  ".join(lines)) == lines
    # a long row of a table whose cells stand two blanks apart is no page (review diffreview-s19: the row had been cut into cells)
    row = "1  " + "加快推进城乡供水一体化建设，完善农村供水工程体系，推进规模化供水工程建设和小型工程标准化改造，" * 4 + "  市水利局  市财政局  2024年12月底前"
    assert split_gaps(row) == [row]
    # nor the gap after an article's number (湘阴县 优化营商环境 若干规定 2019, flattened, review s5d 03: its articles had lost their text)
    page = "  ".join(lines) + "第二条  推进“一件事”一窗办。对企业设立等43项“一件事”启动实施办理。"
    assert split_gaps(page)[-1].endswith("制定本规则。第二条  推进“一件事”一窗办。对企业设立等43项“一件事”启动实施办理。")


def test_a_page_joined_by_two_blanks_reads_as_its_lines():
    def read(text: str) -> list:
        return [(t.number, [u.name for u in t.lead_units]) for t in policy_extract.parse_text(text + "\n").tasks]

    assert read(_WEIFANG) == read("\n".join(_WEIFANG_LINES)) == [("(一)", ["市发改委"]), ("(一)-2", ["市人社局"])]


ITEMS = [  # (numbering read on earlier lines, the line, its paragraphs)
    # corpus 0001 (人社部 民营经济): a heading run on into its first item, after 通知如下：
    (
        "",
        "现将有关事项通知如下：一、扩大民营企业技术技能人才供给（一）加强民营企业技能人才培养。围绕制造强国。",
        ["现将有关事项通知如下：", "一、扩大民营企业技术技能人才供给", "（一）加强民营企业技能人才培养。围绕制造强国。"],
    ),
    # corpus 0015 (农民工就业创业): a note closes an item, the next part and item follow
    (
        "一、",
        "（三）支持返乡创业。鼓励农民工从事个体经营。（财政部、商务部等按职责分工负责）二、促进就地就近就业（四）发展乡村产业吸纳就业。结合农业生产特点。",
        ["（三）支持返乡创业。鼓励农民工从事个体经营。（财政部、商务部等按职责分工负责）", "二、促进就地就近就业", "（四）发展乡村产业吸纳就业。结合农业生产特点。"],
    ),
    # the issue's examples: items run together after a note
    ("一、", "（二）稳定增长。完成年度目标。（市发改委负责）（三）加快推进项目。", ["（二）稳定增长。完成年度目标。（市发改委负责）", "（三）加快推进项目。"]),
    ("一、", "3.做好服务。（市财政局等按职责分工负责）4.深化改革。", ["3.做好服务。（市财政局等按职责分工负责）", "4.深化改革。"]),
    # never inside a number, a date, or an article reference
    ("一、", "（一）投资1.5亿元。2.1万人受益，增长3.2%。", ["（一）投资1.5亿元。2.1万人受益，增长3.2%。"]),
    ("一、", "（一）依照第1.2条执行。", ["（一）依照第1.2条执行。"]),
    # never inside quotes or brackets
    ("一、", "（一）开展“一、二、三”行动。（二）做好“1.加强”工作。", ["（一）开展“一、二、三”行动。", "（二）做好“1.加强”工作。"]),
    # an ordinal is never a mark, even inside a short title the next mark could end: corpus 0012
    # (人社部 数字技术工程师培育项目) after 一、 二、 三、, and 0732 (科学技术奖励办法 修改决定)
    ("一、二、三、", "（三）培训和评价工作坚持质量第一、以用为本原则，坚持市场导向。", ["（三）培训和评价工作坚持质量第一、以用为本原则，坚持市场导向。"]),
    ("（一）", "三、删去第十二条第（二）项“在学术上处于国际领先或者先进水平”。", ["三、删去第十二条第（二）项“在学术上处于国际领先或者先进水平”。"]),
    # a 1. after a sentence end, once its kind reached 3, starts the next list when its 2. follows:
    # corpus 1121 (江西 促进3岁以下婴幼儿照护服务发展, its part headings lost by the crawler), flattened
    (
        "1.2.3.4.",
        "5.支持社会力量举办婴幼儿照护服务机构。1.实行婴幼儿照护服务机构登记和备案制度。举办非营利性机构的，依法登记。2.规范婴幼儿照护服务机构安全管理制度。",
        ["5.支持社会力量举办婴幼儿照护服务机构。", "1.实行婴幼儿照护服务机构登记和备案制度。举办非营利性机构的，依法登记。", "2.规范婴幼儿照护服务机构安全管理制度。"],
    ),
    # ... but not without its 2., nor before its kind reached 3, nor without a sentence end before it
    ("1.2.3.4.", "5.支持社会力量举办机构。1.实行登记和备案制度。", ["5.支持社会力量举办机构。1.实行登记和备案制度。"]),
    ("1.", "2.加强监管。1.实行登记。2.规范管理。", ["2.加强监管。1.实行登记。2.规范管理。"]),
    ("1.2.3.4.", "5.支持社会力量举办机构，1.实行登记，2.规范管理。", ["5.支持社会力量举办机构，1.实行登记，2.规范管理。"]),
    # a title with a comma heads its first item of a kind further down: 某市 2022年政务公开工作要点
    # (jianbiaow.cn, a copy of a real 工作要点), the item printed after the part's title on its line
    (
        "",
        "一、聚焦重点领域,提升政务公开质量 (一)标准财政资金领域信息公开。推进预决算公开。",
        ["一、聚焦重点领域,提升政务公开质量", "(一)标准财政资金领域信息公开。推进预决算公开。"],
    ),
    # ... never an outer kind (corpus 0242, 河北 和谐劳动关系单位评价认定: "7.…服务站点，达到服务标识统一、…")
    (
        "一、二、三、",
        "7.根据辖区内企业规模，合理布局劳动关系基层公共服务站点，达到服务标识统一、服务场所固定。",
        ["7.根据辖区内企业规模，合理布局劳动关系基层公共服务站点，达到服务标识统一、服务场所固定。"],
    ),
    # a number that does not continue the sequence is text: 5. after 1. is not item 5
    ("一、", "1.加强监管。5.提升服务水平。", ["1.加强监管。5.提升服务水平。"]),
    # a stop typed as an ASCII full stop after a word: 大凰山社区 文明创建 方案 (dy1993.cn/aVhG.html, review cd10 flattened); not in a figure
    ("一、二、三、四、", "五、定期召开领导小组会议,促进工作有效开展.六、定期召开动员大会。",
     ["五、定期召开领导小组会议,促进工作有效开展.", "六、定期召开动员大会。"]),
    ("一、", "1.完成投资2.5亿元。2.新建学校。", ["1.完成投资2.5亿元。", "2.新建学校。"]),
    # ... after a unit sign too: 青海省第三次全国经济普查宣传工作要求 (stored page, review cl10 flattened); a decimal or a version stays
    ("一、1.2.3.", "4.宣传栏:各市(州)政府所在地不少于300㎡.5.户外广告:每个社区不得少于2处。",
     ["4.宣传栏:各市(州)政府所在地不少于300㎡.", "5.户外广告:每个社区不得少于2处。"]),
    ("一、1.2.3.", "4.升级系统至v4.5.版本。5.开展培训。", ["4.升级系统至v4.5.版本。", "5.开展培训。"]),
]


@pytest.mark.parametrize("earlier, line, parts", ITEMS)
def test_items_run_together_are_separated(earlier, line, parts):
    sequence = Sequence()
    if earlier:
        split_items(earlier + "总体要求", sequence)
    assert split_items(line, sequence) == parts


def test_sequence_runs_across_paragraphs():
    """Numbering read in earlier paragraphs decides what continues it in a later one."""
    sequence = Sequence()
    assert split_items("1.加强监管。", sequence) == ["1.加强监管。"]
    assert split_items("2.提升服务。3.优化流程。", sequence) == ["2.提升服务。", "3.优化流程。"]
    # a restart of 1. is plausible only after another kind (its parent) was met
    assert split_items("4.简化手续，1.减少环节。", sequence) == ["4.简化手续，1.减少环节。"]
    assert split_items("（一）改革。1.减少环节。", sequence) == ["（一）改革。", "1.减少环节。"]


def test_a_list_goes_on_from_a_later_number_where_its_middle_was_lost():
    # corpus 1000 (河北省教师教育振兴行动计划, flattened): the store lost items 9.–17., so "18." stands after
    # "和志愿者" and 19., 20., 21. follow it; the rest of the list had all been item 8's
    sequence = Sequence()
    line = ("8.实施师范生顶岗实习支教计划，和志愿者18.实施新一周期职业院校教师素质提升计划。19.统筹规划新教师入职教育。"
            "20.深化教师培训模式改革。21.推进教师培训学分管理。")
    assert split_items(line, sequence) == [
        "8.实施师范生顶岗实习支教计划，和志愿者18.实施新一周期职业院校教师素质提升计划。", "19.统筹规划新教师入职教育。",
        "20.深化教师培训模式改革。", "21.推进教师培训学分管理。"]
    # a later number that no run of numbers follows stays in the item before it
    assert split_items("1.加强监管。2.提升服务。9.优化流程。", Sequence()) == ["1.加强监管。", "2.提升服务。9.优化流程。"]


def test_a_part_heading_over_the_next_item_of_a_running_list():
    # 四川 “十二五”节能减排 分工 (review s12b 03, a PDF's text flattened): the excerpt starts inside 一、 at (二), so 二、 is
    # the first 一、-kind mark met; its short title stands over (三), the next of the list running before it
    sequence = Sequence()
    line = "(二) 主要目标。比 2010 年 分别 减少9.0% 、6.9% 。二、落实节能减排目标责任(三) 合理分解节能减排指标。 综合考虑经济发展水平。"
    assert split_items(line, sequence) == ["(二) 主要目标。比 2010 年 分别 减少9.0% 、6.9% 。", "二、落实节能减排目标责任", "(三) 合理分解节能减排指标。 综合考虑经济发展水平。"]
    # not over a mark that continues nothing, nor after a title with a clause mark
    assert split_items("(二) 主要目标。减少6.9% 。二、落实目标责任(五) 合理分解指标。", Sequence()) == ["(二) 主要目标。减少6.9% 。二、落实目标责任(五) 合理分解指标。"]
    assert split_items("(二) 主要目标。减少6.9% 。二、落实，目标责任(三) 合理分解指标。", Sequence()) == ["(二) 主要目标。减少6.9% 。二、落实，目标责任", "(三) 合理分解指标。"]
    # a 依法行政 plan on a law mirror, a page starting inside 三、 (review hx 07 flattened): a title of two phrases over (二十), the next of (十九)
    line = "(十九)开展规章清理工作。(市政府法制办牵头,相关部门各负其责)四、切实履行行政执法职责,规范行政执法行为(二十)加快建立行政执法体制。(市编办负责)"
    assert split_items(line, Sequence()) == ["(十九)开展规章清理工作。(市政府法制办牵头,相关部门各负其责)", "四、切实履行行政执法职责,规范行政执法行为",
                                             "(二十)加快建立行政执法体制。(市编办负责)"]
    # a 镇 七五普法 plan (review s12a 08, flattened): the excerpt opens at 1、 of 一、; 二、's title is one sentence over
    # the 1、 that starts its own list
    line = ("4、深入开展促进经济发展的法律法规学习宣传。5、深入开展推进社会矛盾化解等法律法规的宣传。二、加强“法律七进”,深入推进社会矛盾化解。"
            "1、结合镇情,深化普法教育活动。2、组织“普法讲师团”成员重点开展普法法律知识宣讲。")
    assert split_items(line, Sequence()) == ["4、深入开展促进经济发展的法律法规学习宣传。", "5、深入开展推进社会矛盾化解等法律法规的宣传。",
                                             "二、加强“法律七进”,深入推进社会矛盾化解。", "1、结合镇情,深化普法教育活动。", "2、组织“普法讲师团”成员重点开展普法法律知识宣讲。"]
    # a title of two sentences is no heading: the 1、 stays where it is read
    two = line.replace("深入推进社会矛盾化解。1、", "深入推进社会矛盾化解。做好宣传。1、")
    assert "二、加强“法律七进”" in split_items(two, Sequence())[1]
    # 道路交通安全 pages cut inside a part (fymate.net law-text pages, reviews bq10, bq06, flattened): a title of phrases over the
    # first item of its own list, whichever level it stands at ("三、…(一)", "(二)…1、")
    line = "(三)交通运管部门要严格资质审查。三、加强宣传教育,强化监督管理(一)各级教育部门要加强交通安全教育。(二)加强监督检查。"
    assert split_items(line, Sequence()) == ["(三)交通运管部门要严格资质审查。", "三、加强宣传教育,强化监督管理", "(一)各级教育部门要加强交通安全教育。",
                                             "(二)加强监督检查。"]
    line = "5、研究制定优惠政策。6、设立创建活动办公室,负责协调工作。(二)乡(镇)人民政府的工作职责1、负责辖区道路的交通安全管理工作。2、建立信息台帐。"
    assert split_items(line, Sequence()) == ["5、研究制定优惠政策。", "6、设立创建活动办公室,负责协调工作。", "(二)乡(镇)人民政府的工作职责",
                                             "1、负责辖区道路的交通安全管理工作。", "2、建立信息台帐。"]


def test_a_later_part_titled_by_a_section_word_over_its_first_item():
    # a 扬尘治理 工作方案 on a sharing site (review s17d 03, flattened): the page lost 三、; 四、's title names the task section
    # and its (一) follows, so 四、 opens a part though 五、 and 六、 are not in the excerpt
    line = "二、工作目标在市建成区范围内开展扬尘治理施工工地标准化建设工作。全市所有地和乡道路,国省干线、主次干道。四、工作任务(一)加强建筑工地扬尘污染防治严格落实属地监管和部门监管职责。"
    assert split_items(line, Sequence())[1:] == ["四、工作任务", "(一)加强建筑工地扬尘污染防治严格落实属地监管和部门监管职责。"]
    # a later number over no first item stays in the sentence ("…四、五年内完成…" is no part)
    assert len(split_items("二、工作目标提高能力。四、工作任务加强监管。", Sequence())) == 1


def test_a_part_opening_an_excerpt_its_title_run_on_into_sentences_before_its_first_item():
    # 某市 社会化除运雪 方案 (a law site's later page, review gv 04, flattened): the page opens inside 二、's (三); "三、职责分工" runs on
    # into its opening sentences, then its (一) — 三、 opens a part though no 一、 or 二、 is on the page, and its (一)… are its own
    line = ("(三)社会化除运雪应采用人工除运雪为主,社会化除运雪街路不得使用融雪剂辅助除运雪。三、职责分工市除雪指挥部负责全市社会化除运雪的组织领导工作。"
            "市除运雪指挥部相关成员单位按各自分工,共同做好社会化除运雪工作。(一)市除运雪指挥部办公室负责指导、协调、监督、检查工作。(二)市委宣传部负责宣传。")
    parts = split_items(line, Sequence())
    assert [p[:6] for p in parts] == ["(三)社会化", "三、职责分工", "(一)市除运", "(二)市委宣"]
    # the first item after the sentences must be a 1: "…。三、…。(四)…" goes on with 二、's items
    assert [p[:6] for p in split_items(line.replace("(一)", "(四)").replace("(二)", "(五)"), Sequence())] == ["(三)社会化", "(四)市除运", "(五)市委宣"]
    # and the title a section's: "…。三、五年内完成…。(一)…" is no part
    assert not any(p.startswith("三、") for p in split_items(line.replace("职责分工", "五年内"), Sequence()))


def test_a_short_title_holding_a_label_over_its_first_item_and_the_next():
    # 运动会各部门工作安排 (review gx 07, flattened): "四、后勤集团联系人:王彪体育部:王昊(一)保证供应食品的卫生。(二)…" — the part's
    # title and its contact lines, then its items counting from (一) again; "(—)" typed for (一) under 二、
    line = ("(六)19日下午将名单交学工部。四、后勤集团联系人:王彪体育部:王昊(一)保证供应食品的卫生。(二)清理田径场周边的环境卫生。"
            "五、保卫处联系人:院合宽(—)制定安全保卫预案。(二)运动会期间安排8名保卫人员。")
    assert split_items(line, Sequence()) == ["(六)19日下午将名单交学工部。", "四、后勤集团联系人:王彪体育部:王昊", "(一)保证供应食品的卫生。",
                                             "(二)清理田径场周边的环境卫生。", "五、保卫处联系人:院合宽", "(—)制定安全保卫预案。", "(二)运动会期间安排8名保卫人员。"]
    # a 1 with no next after it stays in the title ("四、工作要求:主要是(一)个方面" is no list)
    assert not any(p.startswith("(一)") for p in split_items("(六)将名单交学工部。四、工作要求:做好(一)项工作。", Sequence()))


def test_a_section_heading_with_no_number_run_on_between_a_sentence_and_its_first_item():
    # 县 防灾减灾日 宣传活动方案 (a 范文 page, review gy 05, flattened): "…等各种方式。活动内容(一)专栏宣传在县广播电视台…" — the
    # heading its own paragraph, (一) the first item under it (the page's (一)(二) before were the 时间安排's stages)
    line = "(二)实施阶段:按照活动计划组织开展各项活动。四、主要形式宣传咨询、发放宣传资料等各种方式。活动内容(一)专栏宣传在县广播电视台开设专题专栏。"
    parts = split_items(line, Sequence())
    assert parts[-2:] == ["活动内容", "(一)专栏宣传在县广播电视台开设专题专栏。"]
    # no section's name before it: "…落实(一)项…" stays
    assert len(split_items("(二)实施阶段:按照活动计划组织开展各项活动。各单位要落实(一)项制度。", Sequence())) == 1


def test_an_item_right_after_a_labelled_unit_list_where_items_were_lost():
    # a 县 爱国卫生运动 plan (review s13d 03, stored on one line): the page lost items 2. and 3.; "4." follows the unit list of
    # a label with nothing between them
    line = ("1.开展市容环境整治(2)创建目标:对医院的公厕进行整治提升。(3)创建目标:针对各类公共场所的排队无序等问题开展整治。责任科室(单位):县总医院、县妇幼保健院"
            "4.开展城乡结合部环境整治创建目标:开展集中和定期相结合的爱卫活动。责任科室:局爱卫工作科")
    parts = split_items(line, Sequence())
    assert parts[-1] == "4.开展城乡结合部环境整治创建目标:开展集中和定期相结合的爱卫活动。责任科室:局爱卫工作科"
    # not after a name that no label lists, nor a number far ahead
    assert split_items(line.replace("责任科室(单位):", "由"), Sequence())[-1].startswith("(3)")
    assert split_items(line.replace("4.开展", "9.开展"), Sequence())[-1].startswith("(3)")


def test_a_page_opening_mid_way_with_a_labelled_unit_list_then_its_items():
    # 市城区生活垃圾分类行动实施方案 第2/3页 (a copy site's page, review hk 03, flattened): the page opens with item 3's notes, then "4."
    # and later "(四)" with nothing before them but a labelled unit list; both had run on into the unit list above them
    text = ("网友供稿 分享 时间: 加入收藏 共计12818个字,预计阅读时长43分钟牵头单位:区商务局责任单位:XX镇、各街道办事处"
            "4.确保有害垃圾妥善处理。优化有害垃圾处理设施布局。牵头单位:市生态环境局城区分局、区发改局责任单位:XX镇、各街道办事处"
            "5.规范大件垃圾和装修垃圾处理。建立规范的大件垃圾和装修垃圾定时定点预约收运管理制度。牵头单位:区城乡建设事务服务中心责任单位:XX镇、各街道办事处"
            "(四)推动源头减量,倡导绿色生产生活方式1.各类商品生产者和销售者应当减少包装材料的过度使用。2.商场、超市等经营者要设立便民回收点。"
            "牵头单位:区工信局、区市场监管局责任单位:XX镇、各街道办事处\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("4", ["市生态环境局城区分局", "区发改局"], ["XX镇", "各街道办事处"]), ("5", ["区城乡建设事务服务中心"], ["XX镇", "各街道办事处"]),
        ("1", ["区工信局", "区市场监管局"], ["XX镇", "各街道办事处"]), ("2", ["区工信局", "区市场监管局"], ["XX镇", "各街道办事处"])]
    assert doc.tasks[2].path == ["(四)推动源头减量,倡导绿色生产生活方式"]
    # but a numeral inside the list's last name is no item's (diffreview-h1 p07: "责任单位:市公安局交警支队一、二大队" then "5.开展…")
    text = ("XX市2024年道路交通安全整治工作方案(第2/3页)\n4.开展城区重点路段交通秩序整治。在城区主次干道设置固定执勤点。\n牵头单位:市公安局\n"
            "责任单位:市公安局交警支队一、二大队\n5.开展农村道路交通安全隐患排查。全面排查农村公路隐患路段。\n牵头单位:市交通运输局\n责任单位:各乡镇人民政府\n")
    for joined in (text, text.replace("\n", "")):
        tasks = policy_extract.parse_text(joined).tasks
        assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [("4", ["市公安局交警支队一", "二大队"]), ("5", ["各乡镇人民政府"])]


def test_the_first_part_of_an_annex_run_on_after_its_label_and_title():
    # corpus 1134 (包头市2022年数字政府建设考评办法, flattened): "…附件：包头市数字政府建设考评指标附件包头市数字政府建设考评
    # 指标一、政务服务…" — the annex's 一、 after the body's 四、; its parts had all been the body's 四、
    sequence = Sequence()
    split_items("三、考评程序按季度开展。", sequence)
    line = "四、考评结果应用考评结果全市通报。附件：包头市数字政府建设考评指标附件包头市数字政府建设考评指标一、政务服务“一网通办”（25分）"
    assert split_items(line, sequence)[-1] == "一、政务服务“一网通办”（25分）"
    # "详见附件一、二": no title between the label and the numeral
    assert split_items("四、考评结果应用。有关要求详见附件一、二。", Sequence()) == ["四、考评结果应用。有关要求详见附件一、二。"]


def test_the_first_item_of_a_plan_run_on_after_the_signature_and_the_plans_title():
    # 衢州 关于印发2021年政府工作报告重点工作责任分解的通知 (qz.gov.cn, review fv 07, flattened): the breakdown's title under the
    # signature, then its 1. with nothing between; the notice's whole text had been one task
    line = ("各地、各部门要高度重视,确保开好局、起好步。衢州市人民政府办公室2021年3月24日(此件公开发布)政府工作报告“十四五”时期"
            "重点工作责任分解1.聚焦不平衡不充分问题,实施提高居民收入富民行动。牵头市领导:汤飞帆责任单位:市发改委、市农业农村局、市文旅局")
    assert split_items(line, Sequence())[-1].startswith("1.聚焦不平衡不充分问题")
    # a date before a number in a sentence opens nothing
    assert len(split_items("衢州市人民政府办公室2021年3月24日印发的通知1.5万份已发放。", Sequence())) == 1


# Notices whose line breaks were all lost (realworld texts joined into one line, as crawlers store them).
RUN_ON = [
    # h01 (鞍山 立山区 分工方案): the next number follows a unit name, a label follows a sentence end
    (
        "1.努力实现地区生产总值增长6.2%左右。牵头单位:区发改局责任单位:立山经济开发区,全区经济运行各专班2.规模上工业增加值增长5%左右。",
        ["1.努力实现地区生产总值增长6.2%左右。", "牵头单位:区发改局责任单位:立山经济开发区,全区经济运行各专班", "2.规模上工业增加值增长5%左右。"],
    ),
    # h11 (武汉 目标任务责任分解方案, page 5): a list that starts mid-way, right after the title
    (
        "(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案84.推动有条件的老旧住宅加装电梯。(牵头单位:市自然资源规划局)85.完成居家适老化改造2000户以上。",
        ["(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案", "84.推动有条件的老旧住宅加装电梯。(牵头单位:市自然资源规划局)", "85.完成居家适老化改造2000户以上。"],
    ),
    # 苏劳社[2007]18号 (a 厅's share of the 省政府's 50 tasks, review ga 02 flattened): its share starts at 5. under a short heading and
    # skips 6.; 7. after the note closing 5. — both had stayed in the heading's text
    ("一、目标分解5.城镇居民人均可支配收入增长9%,农民人均纯收入增长8%左右。 (工资处、就管中心)7.城镇登记失业率控制在4%。 (就业处、就管中心)",
     ["一、目标分解", "5.城镇居民人均可支配收入增长9%,农民人均纯收入增长8%左右。 (工资处、就管中心)", "7.城镇登记失业率控制在4%。 (就业处、就管中心)"]),
    # h09 (海门 为民办实事): page chrome "字体:[ ]" then the list
    ("来源: 教育体育局 字体:[ ]1.实施校舍安全工程。2.完成东洲幼儿园改扩建项目。", ["来源: 教育体育局 字体:[ ]", "1.实施校舍安全工程。", "2.完成东洲幼儿园改扩建项目。"]),
    # 长兴县 2023 (www.zjcx.gov.cn/art/2023/2/24/art_1229562864_1670955.html, review web-r 08) flattened: the annex's table of work titled
    # "…责任分解", then its first part under the leader who leads it, then item 1: no task had been read
    ("2023年政府工作报告重点工作责任分解 一、朱伟县长牵头重点工作1.财政总收入和一般公共预算收入与经济增长基本同步。",
     ["2023年政府工作报告重点工作责任分解", "一、朱伟县长牵头重点工作", "1.财政总收入和一般公共预算收入与经济增长基本同步。"]),
    # a lone number that nothing continues is text: "增长2.…" is not item 2 of nothing
    ("全年计划完成项目投资。其中新建项目2.加快推进", ["全年计划完成项目投资。其中新建项目2.加快推进"]),
    # articles cited in a sentence open nothing, after a short item's title neither (corpus 0064 人社部令第43号, 0819 修改决定 flattened,
    # review s2: "（一）删去" had been a heading over an article "第十一条" of text "。")
    ("（一）删去第十一条。（二）将第十二条改为第十一条。", ["（一）删去第十一条。", "（二）将第十二条改为第十一条。"]),
    ("一、第七条修改为：“购置…按国家和本省有关规定办理。”二、删去第八条。", ["一、第七条修改为：“购置…按国家和本省有关规定办理。”", "二、删去第八条。"]),
    # a first article cited is no regulation's first article ("…满足第一条第（二）款规定的…", corpus 0699, diffreview-s25); an article after a
    # spaced chapter title cut at its gap opens as before ("第七章　附" / "则第六十条　本条例所称…", corpus 0054)
    ("（四）股权激励计划所列内容不同时满足第一条第（二）款规定的全部条件的，不得实施。", ["（四）股权激励计划所列内容不同时满足第一条第（二）款规定的全部条件的，不得实施。"]),
    ("则第六十条　本条例所称县级以上人民政府，包括市、县人民政府。第六十一条　本条例自2020年1月1日起施行。",
     ["则", "第六十条　本条例所称县级以上人民政府，包括市、县人民政府。", "第六十一条　本条例自2020年1月1日起施行。"]),
    # (corpus 0545 flattened): "…发现《特别规定》第八条第二款规定的…" is one sentence
    ("(2)排查中发现《特别规定》第八条第二款规定的重大隐患时，必须立即停止生产；(3)依照《特别规定》第九条第二款规定予以处罚。",
     ["(2)排查中发现《特别规定》第八条第二款规定的重大隐患时，必须立即停止生产；", "(3)依照《特别规定》第九条第二款规定予以处罚。"]),
    # a regulation's first article after its title, and an article after a chapter's title, open as before (corpus 0026, 0820);
    # a crawler's private-use mark between them is a break ("…适用本条例。\ue004第三条…", corpus 0820)
    ("金融机构参与人社公共服务管理办法第一条为了规范服务，制定本办法。第二条本办法适用于全省。",
     ["金融机构参与人社公共服务管理办法", "第一条为了规范服务，制定本办法。", "第二条本办法适用于全省。"]),
    ("第一章总则\ue004第一条为加强专利保护，制定本条例。第二条本条例适用于本省。\ue004第三条省人民政府负责专利管理。",
     ["第一章总则\ue004", "第一条为加强专利保护，制定本条例。", "第二条本条例适用于本省。\ue004", "第三条省人民政府负责专利管理。"]),
]


@pytest.mark.parametrize("line, parts", RUN_ON)
def test_items_without_any_separator(line, parts):
    from policy_extract.note_breaks import label_at

    assert split_items(line, Sequence(), label_at) == parts


def test_a_single_wide_space_before_a_marker_is_a_break():
    # h11 with its line breaks replaced by one no-break space each
    assert split_gaps("——不断增强城市功能\xa088.完工友谊大道北段") == ["——不断增强城市功能", "88.完工友谊大道北段"]


# Paragraphs joined by two blanks: two U+3000 that a copy turned into spaces (NFKC does).
YANTA_BLANKS = (  # seed 001 (西安市雁塔区“十四五”政务服务体系发展规划), every line joined by two blanks
    "政民互动 | 便捷 | |  行政效能监察 | 区、街道、社区、驿站四级监督管理体系 | 100% |  三、主要任务  (一)推进政务服务标准化建设  "
    "1.明确政务服务事项范围。政务服务事项包括依申请办理的行政权力事项和公共服务事项。所涉及的行政权力事项包括行政许可、行政确认、"
    "行政给付、行政奖励、行政备案等。公共教育、劳动就业、社会保险、医疗卫生、社会服务、住房保障、文化体育、残疾人服务等领域依申请"
    "办理的公共服务事项全部纳入政务服务事项范畴。  2.规范政务服务事项标准。"
)


def test_two_blanks_before_an_item_part_a_long_line():
    parts = split_gaps(YANTA_BLANKS)
    assert parts[0] == "政民互动 | 便捷 | |  行政效能监察 | 区、街道、社区、驿站四级监督管理体系 | 100% |"  # a cell's gap stays
    assert parts[1:3] == ["三、主要任务", "(一)推进政务服务标准化建设"]
    assert parts[3].startswith("1.明确政务服务事项范围。") and parts[3].endswith("范畴。")
    assert parts[4:] == ["2.规范政务服务事项标准。"]


@pytest.mark.parametrize("line", [
    # 长兴县 2023 (review r7a 02): a page's info line, label and value two blanks apart
    "索引号:  330522/2023-01775 发文时间:  2023-02-24",
    # 平顶山 2018 (review r8a 02): a table one space-set row a line, the row's number two blanks before its text
    "2  严守用水 效率控制 红线 落实万元国内生产总值水耗指标等用水效率评估体系,把节水目标任务完成情况纳入市、县级政府政绩考核内容。"
    "将再生水、雨水和循环水等非常规水源纳入水资源统一配置。到2020年,全市万元国内生产总值用水量、万元工业增加值用水量比2015年分别下降24%、25%以上。"
    " 市水利局 市发展改革委、工业和信息化委、住房和城乡建设局等",
])
def test_two_blanks_after_a_label_or_a_rows_number_part_nothing(line):
    assert split_gaps(line) == [line]


def test_a_quantity_after_a_short_items_verb_opens_no_item():
    # 北京通州区 十四五纲要区级任务分工方案 (bshjip.com …/new_detail/id/2099, review r32b 08): "2.城区道路路网密度达到
    # 5.1公里/平方公里。" — 5.1 is the target, not a sub-item under a title "城区道路路网密度达到"
    sequence = Sequence()
    split_items("1.城市绿化覆盖率达到50%。", sequence)
    assert split_items("2.城区道路路网密度达到5.1公里/平方公里。", sequence) == ["2.城区道路路网密度达到5.1公里/平方公里。"]


# Unit notes run on into a line whose breaks were lost (issue 11).
H02_FLAT = (  # realworld h02 (蔡甸区 责任分解方案), every line joined with nothing
    "一、2023年全区经济社会发展的主要预期目标(一)地区生产总值增长7%以上责任单位:区发展和改革局"
    "(二)规上工业增加值增长12%以上责任单位:区科技和经信局(三)固定资产投资增长10%以上责任单位:区发展和改革局"
)
H05_FLAT = (  # realworld h05 (潍坊 政务公开工作要点, a table copied one cell per line), joined
    "通过市政府例行新闻发布会等形式及时宣传解读。市发改委牵头落实围绕出台促进就业规划、就业创业政策,加强就业创业政策信息公开。"
    "市人社局牵头落实围绕稳健中性的货币政策,加强金融政策信息公开。市金融办、潍坊银监分局分别牵头落实"
)


def test_a_labelled_note_run_on_without_a_sentence_end_is_a_part():
    doc = policy_extract.parse_text("某区责任分解方案\n" + H02_FLAT + "\n")
    assert [(t.number, [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("(一)", ["区发展和改革局"]), ("(二)", ["区科技和经信局"]), ("(三)", ["区发展和改革局"])]


def test_a_label_after_an_items_title_and_a_semicolon_is_a_part():
    # 卢市镇 2021 两会安全生产大检查 (review s1d 01, flattened): each group's title, a semicolon, its units
    flat = "三、分组情况(一)第一检查督导组;责任单位:农办、供电所(二)第二检查督导组;责任单位:派出所、市场监督管理所"
    doc = policy_extract.parse_text("某镇通知\n" + flat + "\n")
    assert [(t.number, [u.name for u in t.responsible_units]) for t in doc.tasks] == [
        ("(一)", ["农办", "供电所"]), ("(二)", ["派出所", "市场监督管理所"])]
    # after another label's value the semicolon parts nothing ("（牵头单位：X；责任单位：Y" below)
    assert run_on_notes("(一)推进改革。牵头单位：市发改委；责任单位：市财政局") == set()


def test_bare_unit_clauses_between_sentences_close_their_items():
    parts = split_items(H05_FLAT, Sequence(), None, run_on_notes)
    assert parts[1:] == ["市发改委牵头落实", "围绕出台促进就业规划、就业创业政策,加强就业创业政策信息公开。", "市人社局牵头落实",
                         "围绕稳健中性的货币政策,加强金融政策信息公开。市金融办、潍坊银监分局分别牵头落实"]  # the last closes its own line


@pytest.mark.parametrize("text", [
    # corpus 0151 (河北 博士后): "X落实" with its object is a sentence, after ；
    "负责经费管理监督等工作；省财政厅落实省级财政经费投入，根据工作需要适时组织开展重点绩效评价；科技、教育部门配合。",
    # corpus 0677 (国家野外站): once, after 。, still a sentence
    "主管部门协调落实国家野外站发展政策和规章制度。依托单位落实国家野外站建设和运行所需相关条件，提升创新能力。",
    # corpus 0628 (a crawled page's fields): "公开责任部门：" is the site's field, not an item's note
    "各级人民政府要认真组织各有关部门抓好落实。公开程序：本单位审核后公开责任部门：省政府办公厅秘书一处各设区市人民政府",
    # xian-2023 line 94: the second label of one bracketed note whose bracket closes after a page break
    "（牵头单位：市行政审批局；责任单位：有政务服务事项",
    # corpus 0224: "（四）落实…" is an item's title, not a unit
    "做好敬老工作。（四）落实医疗卫生机构敬老优待政策。全省各级医疗机构要全面落实优待政策。",
])
def test_sentences_with_a_unit_subject_are_not_run_on_notes(text):
    assert run_on_notes(text) == set()


@pytest.mark.parametrize("line", [
    # 丽水 2023 (www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html): the page's time,
    # 17:01, is no colon before an item "01"
    "时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府",
    # a ratio (synthetic)
    "按照1:1比例配套资金",
])
def test_a_time_or_ratio_is_not_a_colon_before_an_item(line):
    assert split_items(line, Sequence()) == [line]


def test_an_images_file_name_left_as_a_line_is_no_item():
    # 宁波 2025 政府工作报告目标任务分解 (a news repost, review r33b 05): "640.webp.jpg", a picture left as its name, was
    # item 640 and put the plan's parts under it
    text = ("时间:2025-02-07 10:04\n来源:宁波市政府办公厅、宁波政务\n640.webp.jpg\n2025年政府工作报告目标任务分解清单\n"
            "一、汤飞帆市长牵头重点工作\n1.一般公共预算收入增长2%。\n责任单位:市财政局\n2.全社会研发投入增长10%。\n责任单位:市科技局\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.id, t.leaders) for t in tasks] == [("1.1", ["汤飞帆市长"]), ("1.2", ["汤飞帆市长"])]
    assert strip_web_chrome("640.webp.jpg") == "" and strip_web_chrome("通知.jpg") == ""


def test_a_breadcrumb_trail_is_not_the_title():
    # 丽水 2023 (same page): the trail under 当前位置 continues on its own line
    text = (
        "当前位置:首页\n>> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)\n市政府工作报告重点工作责任分解(2023年)\n"
        "时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府\n\n一、全市经济社会发展主要预期目标\n\n"
        "1.生产总值增长6%以上,高质量前提下能快则快。\n\n责任单位:市发改委\n\n2.规上工业增加值增长8%。\n\n责任单位:市经信局\n"
    )
    doc = policy_extract.parse_text(text)
    assert doc.meta.title == "市政府工作报告重点工作责任分解(2023年)"
    assert [(t.number, [u.name for u in t.lead_units + t.responsible_units]) for t in doc.tasks] == [("1", ["市发改委"]), ("2", ["市经信局"])]
    # a comparison in a sentence is no trail
    from policy_extract.chrome import strip_web_chrome

    assert strip_web_chrome("目标值>90%，完成率>80%") == "目标值>90%，完成率>80%"


@pytest.mark.parametrize("channel_at", ["over", "under"])
def test_a_channels_name_printed_by_its_breadcrumb_trail_is_not_the_title(channel_at):
    # 南阳医专's copy of 豫政〔2015〕59号 (stored web page, review ca08): "实习就业", the channel's name, over "首页 > 实习就业 > 正文" had been
    # joined to the title under it
    trail = "首页 > 实习就业 > 正文"
    head = ["欢迎访问南阳医专国际教育学院!", "", "实习就业", "", trail, ""] if channel_at == "over" else ["欢迎访问南阳医专国际教育学院!", "", trail, "", "实习就业", ""]
    text = "\n".join(head + ["河南省人民政府关于进一步做好新形势下就业创业工作的实施意见", "豫政〔2015〕59号",
                             "一、深入实施就业优先战略", "（一）发展吸纳就业能力强的产业。", "（二）发挥小微企业就业主渠道作用。"]) + "\n"
    assert policy_extract.parse_text(text).meta.title == "河南省人民政府关于进一步做好新形势下就业创业工作的实施意见"
    # the trail's last step is the notice's own title, printed again under it (diffreview-ah's probe)
    text = "当前位置：首页 > 通知公告 > 2024年工作要点\n2024年工作要点\n一、加强组织\n（一）健全机制。\n（二）压实责任。\n"
    assert policy_extract.parse_text(text).meta.title == "2024年工作要点"


def test_a_page_info_line_is_whole_in_itself():
    # 杭州 2020 (z.hangzhou.com.cn, stored pages): the trail, the title, the page's time and the
    # recipients' line were joined as one wrapped paragraph
    text = (
        "返 回\n所在位置: 杭州网 > 热点专题\n杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知\n"
        "发布时间:2020-05-29 14:36:23\n\n各区、县(市)人民政府,市政府各部门、各直属单位:\n\n"
        "《2020年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们,请结合以下要求认真贯彻执行。\n\n"
        "杭州市人民政府办公厅     \n\n2020年5月20日 \n"
    )
    doc = policy_extract.parse_text(text)
    assert doc.meta.recipients == ["各区、县(市)人民政府", "市政府各部门、各直属单位"]
    assert (doc.meta.issuer, doc.meta.issue_date) == ("杭州市人民政府办公厅", "2020-05-20")


def test_a_short_menu_word_drops_its_line_but_never_cuts_a_sentence():
    from policy_extract.chrome import strip_web_chrome

    # 泾县 2023 page's menu (ahjx.gov.cn): "• 无障碍", "• 长辈版"
    assert strip_web_chrome("• 无障碍") == "" and strip_web_chrome("  • 长辈版") == ""
    # corpus 0478 (河北省无障碍环境建设管理办法): the same word opens an article's sentence
    line = "无障碍环境建设有关主管部门的工作人员滥用职权、玩忽职守、徇私舞弊的，依法给予处分。"
    assert strip_web_chrome(line) == line


def test_a_view_counter_run_into_the_recipients_keeps_them():
    # 黑龙江 2013 重点工作责任分工 (wisor.cc/policy/show.php?from=client&itemid=100941, review web-q 01) flattened: the page's counter,
    # its value, then the recipients' line: the counter and its value are the site's, the recipients the notice's (they had been dropped)
    from policy_extract.chrome import chrome_apart

    assert chrome_apart("浏览次数:1各市(地)人民政府(行署),绥芬河市、抚远县人民政府,省政府各有关直属单位:") == [
        "各市(地)人民政府(行署),绥芬河市、抚远县人民政府,省政府各有关直属单位:"]
    assert chrome_apart("浏览次数:120") == chrome_apart("浏览次数:12人次") == [""]
    text = ("黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见发布日期:2013-03-27    浏览次数:1各市(地)人民政府(行署),"
            "绥芬河市、抚远县人民政府,省政府各有关直属单位:  按照省委经济工作会议的部署,现就重点工作任务提出责任分工意见如下:"
            "一、全省经济社会发展主要目标(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)\n")
    meta = policy_extract.parse_text(text).meta
    assert meta.recipients == ["各市(地)人民政府(行署)", "绥芬河市、抚远县人民政府", "省政府各有关直属单位"]


def test_a_whole_page_run_together_behind_its_trail_is_read():
    # 丽水 2023 (www.lishui.gov.cn) with every line break lost: the page opens with its trail, and
    # the trail's chrome word had dropped the whole notice with it
    text = (
        "当前位置:首页>> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)市政府工作报告重点工作责任分解(2023年)"
        "时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府一、全市经济社会发展主要预期目标"
        "1.生产总值增长6%以上,高质量前提下能快则快。责任单位:市发改委2.规上工业增加值增长8%。责任单位:市经信局"
        "3.研发投入强度达到2.3%。责任单位:市科技局\n"
    )
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.lead_units + t.responsible_units]) for t in doc.tasks] == [
        ("1", ["市发改委"]), ("2", ["市经信局"]), ("3", ["市科技局"])]
    assert doc.meta.title.endswith("市政府工作报告重点工作责任分解(2023年)")


# A page holding several documents whose line breaks were lost: each restarts its parts at 一、.
PLANS_0634 = (  # corpus 0634 (河北 "八个专项整治" 实施方案, gerry0208/spider_project row 876), shortened
    "一、专项整治目标坚持标本兼治的原则。二、专项整治重点以严厉打击制售假劣药品为重点。三、专项整治步骤分三个阶段。"
    "四、专项整治措施1、加强领导，建立专门组织机构。2、建立快速反应机制。"
    "五、组织领导负责省长：付双建牵头部门：省药监局配合部门：省卫生厅、石家庄海关"
    "一、专项整治目标今年，在全省开展食品专项整治。二、专项整治重点（一）重点地区：集贸市场。"
)
ANNEXES_0953 = (  # corpus 0953 (河北省战略性新兴产业发展三年行动计划 and its 附件 专项实施方案), shortened
    "一、总体要求（一）指导思想。深入贯彻党的十九大精神。二、重点任务（一）大力发展大数据产业。三、保障措施（一）加强组织领导。"
    "附件1大数据与物联网产业发展专项实施方案一、前景与基础大数据产业包括数据资源建设。二、重点任务（一）大力发展大数据产业。"
)


def test_a_part_one_after_part_three_or_more_opens_the_next_document():
    parts = split_items(PLANS_0634, Sequence())
    assert "一、专项整治目标今年，在全省开展食品专项整治。" in parts
    assert parts[parts.index("一、专项整治目标今年，在全省开展食品专项整治。") - 1].startswith("五、组织领导")
    assert "二、专项整治重点" in parts[-2]
    parts = split_items(ANNEXES_0953, Sequence())
    assert "一、前景与基础大数据产业包括数据资源建设。" in parts
    doc = policy_extract.parse_text("某某方案\n" + PLANS_0634 + "\n")
    assert [n.marker for n in doc.outline].count("一、") == 2


def test_numbers_listed_after_a_restarting_one_are_not_a_document():
    # corpus 0154 (工伤保险 宣传作品征集): "一、二、三等奖" names prizes, it opens nothing
    text = "一、征集时间二、征集范围三、评选办法四、奖项设置设一等奖、二等奖。一、二、三等奖及优秀作品将择优刊播。"
    assert not any(p.startswith("一、二、三等奖") for p in split_items(text, Sequence()))


def test_the_plans_first_part_after_the_notices_signature_is_its_own_paragraph():
    # 武汉市 2018 (zt.cjn.cn t4327000), flattened: the notice's 一、二、 then its signature, the plan's title and
    # the plan's 一、 on one line; its tasks had the notice's 二、 as their path
    text = ("二、请各牵头单位和责任单位于2018年3月9日前将各项工作落实措施报送市人民政府督查室。武汉市人民政府办公厅2018年2月14日"
            "2018年省《政府工作报告》涉及我市工作任务责任分解方案一、坚决打好三大攻坚战")
    sequence = Sequence()
    split_items("一、加强组织领导。", sequence)
    assert split_items(text, sequence)[-1] == "一、坚决打好三大攻坚战"
    doc = policy_extract.parse_text(text.replace("二、", "一、加强组织领导。二、") + "(一)打好防范化解重大风险攻坚战1.规范政府举债行为。(牵头单位:市财政局)\n")
    assert [(t.path, [u.name for u in t.lead_units]) for t in doc.tasks] == [(["一、坚决打好三大攻坚战", "(一)打好防范化解重大风险攻坚战"], ["市财政局"])]


def test_the_plans_first_part_after_a_list_of_annexes_and_the_signature():
    # 金华 2018 金政办发〔2018〕23号 (jinhua.gov.cn …t20180423_2272974_1.html, review r13a 07), flattened: "附件:1.…2.…" then
    # the signature, the annex's title and its 一、 on one line; no 一、 of the notice's own before — the plan's first
    # item had been buried in the annex list's item 2
    text = ("请认真抓好落实。附件:1.2018年政府工作报告重点工作责任分解2.2018年十方面民生实事责任分解金华市人民政府办公室2018年4月18日"
            "(此件公开发布)附件12018年政府工作报告重点工作责任分解一、尹学群市长牵头的重点工作1.全面完成年度目标。")
    parts = split_items(text, Sequence())
    assert parts[-2:] == ["一、尹学群市长牵头的重点工作", "1.全面完成年度目标。"]
    assert split_items("该区于2021年5月1日一、二级医院全部开通。", Sequence()) == ["该区于2021年5月1日一、二级医院全部开通。"]


def test_a_list_of_items_run_together_and_closed_by_a_pipe_is_no_table_cell():
    # 甘谷县 2020 15件民生实事 (gangu.gov.cn/info/1481/326551.htm): "分别是: (1)加快建设…。 (2)开工新建…。 … |" on one
    # line ending in " |" had been read as a table's one cell: no task
    items = " ".join(f"({n})完成第{n}项民生实事工程建设任务并投入使用，惠及群众一万人以上。" for n in range(1, 8))
    doc = policy_extract.parse_text("甘谷县政府2020年将为民办好15件大事,分别是: " + items + " |\n")
    assert [t.number for t in doc.tasks] == [f"({n})" for n in range(1, 8)]


def test_a_list_run_together_in_a_table_copied_one_cell_a_line_is_its_cell():
    # 谯城区 2025年度区民政局重点工作任务分解 (bzqc.gov.cn/XxgkContent/show/2842103.html, review cr03): each cell a line closed by
    # " |"; row 2's 分月序时进度 cell "①1-3月份,…;②…;③…;④…" had been read as items run together, ending the table there
    steps = ";".join(f"{c}{m}月份,督促各乡镇(街道)及时完成城乡低保的审核确认和动态管理工作,协调区财政局按月发放{m}月份低保金"
                     for c, m in zip("①②③④", ("1-3", "4-6", "7-9", "10-12"))) + "。 |"
    header = ["| 序号 |", "责任单位 |", "考核指标 |", "分月序时进度 |", "监督方式 |", "实施部门 |", "实施步骤 |", "完成时限 |"]
    def row(n, text):
        return [f"| {n} |", "区民政局 |", text + " |", steps, "谯城区民政局办公室0558-5130002 |", "低保中心 |", "按季度序时推进 |", "2025年12月底 |"]

    lines = header + row(1, "按月完成临时救助的审核确认工作,及时足额发放城乡困难居民临时救助金。") + row(2, "指导乡镇按月完成城乡低保对象的动态调整工作。")
    doc = policy_extract.parse_text("\n".join(lines) + "\n")
    assert [(t.number, t.text[:6], [u.name for u in t.responsible_units], t.deadline and t.deadline.date) for t in doc.tasks] == [
        ("1", "按月完成临时", ["区民政局", "低保中心"], "2025-12-31"), ("2", "指导乡镇按月", ["区民政局", "低保中心"], "2025-12-31")]
    # but a page's one line closed by "|" over a list closed by a pipe leaves it a list (diffreview-ap's probe)
    items = " ".join(f"({n})完成第{n}项民生实事工程建设任务并投入使用，惠及群众一万人以上。" for n in range(1, 8))
    doc = policy_extract.parse_text("发布时间：2020-03-05 |\n甘谷县政府2020年将为民办好15件大事,分别是: " + items + " |\n")
    assert [t.number for t in doc.tasks] == [f"({n})" for n in range(1, 8)]


@pytest.mark.parametrize("text, numbers", [
    # 四川 2021 (review r21a 09) and corpus 1136 (安徽 工业互联网): "16﹒加快一、二、三产业融通发展" is one item
    ("15.推进农业现代化。（责任单位：省农业农村厅）16﹒加快一、二、三产业融通发展。推进农村产业融合。（责任单位：省农业农村厅、省发展改革委）"
     "17.发展乡村旅游。（责任单位：省文化和旅游厅）", ["15", "16", "17"]),
    # corpus 0967 (河北 职业教育): "学生第四、五、六年身份为企业员工" counts years, no part opens
    ("一、招生培养\n1.学制。学制六年。\n2.培养模式。学生前三年在中职学校学习；学生第四、五、六年身份为企业员工；第五、六年高职与企业合作。\n二、保障措施",
     ["一", "1", "2", "二"]),
    # corpus 0981 (河北 科技奖励) and 0763: "1.实行一、二等奖候选项目成果报告制度" counts prize classes, no part opens
    ("一、改革完善评审机制\n1.实行一、二等奖候选项目成果报告制度。\n2.健全科技奖励诚信制度。\n二、加强组织领导", ["一", "1", "2", "二"]),
    # corpus 0972 (河北 2021 教学用书, review-fv-s4): "（一）普通高中高一、高二年级使用…" names grades, no part opens
    ("二、普通高中国家课程教学用书\n（一）普通高中高一、高二年级使用原选用版本教材。\n三、特殊教育学校教学用书", ["二", "（一）", "三"]),
])
def test_numerals_counted_in_a_row_open_no_items(text, numbers):
    doc = policy_extract.parse_text(text + "\n")
    walk = lambda nodes: [n for node in nodes for n in [node] + walk(node.children)]  # noqa: E731
    assert [n.marker.rstrip("、.﹒") for n in walk(doc.outline)] == numbers


def test_the_body_after_a_table_of_contents_run_together():
    # corpus 1096 (国办函〔2005〕57号 国家粮食应急预案, www.gov.cn content_5345459), flattened: its contents ran into its
    # body ("…6.4　奖励和处罚7　附则1　总则1.1　编制目的及依据为了…"); "1　总则" after "7　附则" was no cut, the body nested
    # under 附则 and no task came out. The opening of the text as the crawler stored it, joined:
    text = (
        "1　总则1.1　编制目的及依据1.2　等级划分1.3　适用范围1.4　工作原则2　组织机构和职责2.1　国家粮食应急工作指挥部2.2　地方粮食应急机构及其职责3　预警监测3.1　市场监测3.2　应急报"
        "告4　应急响应4.1　应急响应程序4.2　国家级(Ⅰ级)应急响应4.3　省级(Ⅱ级)应急响应4.4　应急终止5　应急保障5.1　粮食储备5.2　粮食应急保障系统5.3　应急设施建设和维护5.4　通信保"
        "障5.5　培训演练6　后期处置6.1　评估和改进6.2　应急经费和清算6.3　应急能力恢复6.4　奖励和处罚7　附则1　总则1.1　编制目的及依据为了有效监测和控制各类突发公共事件或者其他原因引起的国"
        "内粮食市场异常波动，确保粮食市场供应，保持粮食市场价格基本稳定，维护正常的社会秩序和社会稳定，根据《中华人民共和国价格法》、《粮食流通管理条例》、《中央储备粮管理条例》和《国家突发公共事件总体应急预案"
        "》等，制定本预案。1.2　等级划分本预案所称粮食应急状态，是指因各类突发公共事件或者其他原因，引起国内粮食供求关系突变，在较大地域范围内出现群众大量集中抢购、粮食脱销断档、价格大幅度上涨等粮食市场急剧"
        "波动的状况。按照在国家宏观调控下，省级人民政府对本地区粮食生产和流通全面负责的原则，本预案规定的粮食应急状态分为国家级（Ⅰ级）和省级（Ⅱ级）两级。1.2.1　国家级（Ⅰ级）：两个以上省、自治区、直辖市"
        "出现粮食应急状态，以及超过省级人民政府处置能力和国务院认为需要按照国家级粮食应急状态来对待的情况。1.2.2　省级（Ⅱ级）：在一个省、自治区、直辖市较大范围或省会等大中城市出现粮食应急状态，以及省级人"
        "民政府认为需要按照省级粮食应急状态来对待的情况。1.2.3　省级人民政府可以根据本地区实际情况，研究制订省级（Ⅱ级）以下粮食应急状态分级和应急处理办法。1.3　适用范围本预案适用于在粮食应急状态下，对"
        "原粮及成品粮（含食用油，下同）采购、调拨、加工、运输、供应和进出口等方面的应对工作。1.4　工作原则（1）统一领导、分级负责。在国务院统一领导下，对不同等级的粮食应急工作，由中央和省级人民政府按照中央"
        "和地方的粮食事权各负其责。（2）科学监测、预防为主。要提高防范突发公共事件的意识，加强对粮食市场的跟踪监测，出现前兆及时预报，提前做好应对准备，防患于未然。（3）反应及时、处置果断。出现粮食应急状态要"
        "立即做出反应，及时报告有关情况，并迅速采取相应措施，确保应急处置快速果断，取得实效。2　组织机构和职责2.1　国家粮食应急工作指挥部总指挥：国家发展改革委主要负责人。副总指挥：国家发展改革委分管负责人"
        "、国家粮食局主要负责人。成员：公安部、财政部、铁道部、交通部、农业部、商务部、工商总局、质检总局、国家统计局、国务院新闻办、中国农业发展银行、中国储备粮管理总公司有关负责人。2.1.1　国家粮食应急工"
        "作指挥部职责（1）掌握粮食市场形势，向国务院提出启动或终止实施应急措施的建议，经国务院同意后组织实施。（2）对省级人民政府和有关部门开展粮食应急工作进行督查和指导。（3）及时向国务院及有关部门报告（通"
        "报）事态发展变化情况，并根据需要向军队和武警部队通报有关情况。（4）完成国务院交办的其他事项。2.1.2　国家粮食应急工作指挥部办公室及其职责国家粮食应急工作指挥部下设办公室，负责日常工作。办公室设在"
        "国家粮食局，由国家粮食局主要负责人兼任办公室主任。办公室成员由国家发展改革委、财政部、铁道部、交通部、商务部、国务院新闻办、国家粮食局、中国农业发展银行、中国储备粮管理总公司有关人员组成。办公室承担以"
        "下职责：（1）根据应急状态下全国粮食市场动态，向国家粮食应急工作指挥部提出相应的行动建议。（2）根据国家粮食应急工作指挥部指示，联系指挥部成员单位和省级人民政府有关部门开展应急工作。（3）综合有关情况"
        "，起草有关文件和简报。（4）协助有关部门核定实施本预案应急行动的各项费用开支，提出对实施预案单位和个人的奖惩意见。（5）完成国家粮食应急工作指挥部交办的其他工作。2.1.3　国家粮食应急工作指挥部成员"
        "单位职责（1）国家发展改革委及国家粮食局负责应急工作的综合协调；做好粮食市场调控和供应工作；完善中央储备粮的管理和动用机制，及时提出动用中央储备粮的建议。国家发展改革委负责加强粮食市场价格的监督检查，"
        "依法查处价格违法行为，必要时采取相关价格干预措施。（2）国家发展改革委及国家粮食局、商务部按照各自职能分工，负责粮食市场应急供应工作，完善应急商品投放网络建设，组织协调应急粮食的进口工作。（3）公安部"
        "负责维护粮食供应场所的治安秩序，保证道路交通运输的通畅，配合有关部门及时打击扰乱市场秩序的犯罪活动。（4）财政部负责安排、审核实施本预案所需经费，专款专用，并及时足额拨付到位。（5）铁道部、交通部负责"
        "根据粮食应急工作的需要，及时安排落实应急粮食的运输。（6）农业部负责根据粮食生产及市场供求情况，采取有力措施增加粮食产量，促进产需的基本平衡，防止粮食生产大起大落。（7）工商总局负责对粮食市场以及流通"
        "环节粮油食品安全的监管，依法打击囤积居奇、欺行霸市等违法经营行为，维护市场秩序。（8）质检总局负责对粮食加工环节进行监管，严肃查处以假充真、以次充好、掺杂使假等违法行为。（9）国家统计局负责统计监测与"
        "应急工作相关的粮食生产和消费。（10）国务院新闻办会同国家发展改革委制订国家粮食应急新闻发布预案，负责组织发布相关新闻，加强互联网的管理监督和有害信息的封堵、删除工作，正确引导舆论。（11）中国农业发"
        "展银行负责落实采购、加工、调拨、供应应急粮食所需贷款。（12）中国储备粮管理总公司负责中央储备粮动用计划的执行。（13）其他有关部门在指挥部的统一领导下，做好相关配合工作。"
    )
    tasks = policy_extract.parse_text(text + "\n").tasks
    assert [(t.id, t.path) for t in tasks] == [("2.1", ["2 组织机构和职责"])]
    assert tasks[0].text.startswith("国家粮食应急工作指挥部总指挥：国家发展改革委主要负责人。")
    # a sentence closed by 指导 names no units ("…（2）对省级人民政府和有关部门开展粮食应急工作进行督查和指导。")
    from policy_extract.notes import parse_note

    assert parse_note("（2）对省级人民政府和有关部门开展粮食应急工作进行督查和指导") is None


def test_the_plans_title_run_into_its_first_part_is_cut_before_it():
    # 海南省旅游和文化广电体育厅2021年工作计划 (lwt.hainan.gov.cn …t20210804_3029563.html, review r24a 04) flattened:
    # "…体育厅2021年工作计划一、坚持以政治建设为统领,…(一)持续深入学习…" — no title, and the tasks had no 一、 over them
    text = ("海南省旅游和文化广电体育厅2021年工作计划一、坚持以政治建设为统领,坚决同党中央保持高度一致(一)持续深入学习贯彻习近平新时代"
            "中国特色社会主义思想。坚持把学习贯彻与工作结合起来。(二)开展党史学习教育。要印发实施党史学习教育方案。\n")
    doc = policy_extract.parse_text(text)
    assert doc.meta.title == "海南省旅游和文化广电体育厅2021年工作计划"
    assert [t.path for t in doc.tasks] == [["一、坚持以政治建设为统领,坚决同党中央保持高度一致"]] * 2


def test_the_plans_title_after_the_notices_last_sentence_is_cut_before_its_first_part():
    # 连江县 2021 为民办实事工作计划 (news.fznews.com.cn/fzsync/2021-02-18/1727032084535.shtml, review s2a 05) flattened: the notice's sentences, then the plan's title and its 一、
    text = ("现将《2021年县委、县政府为民办实事工作计划》印发给你们,请认真组织实施。各主办单位要科学安排进度。"
            "2021年县委、县政府为民办实事工作计划一、人居环境提升工程(1)实施老旧小区改造提升。改造凤园西侧片区老旧小区。"
            "主办单位:县城投公司,协办单位:住建局、凤城镇。(2)提升含光人行桥景观。美化亮化含光人行桥南北两岸绿地景观。"
            "主办单位:县建发公司,协办单位:住建局、水利局。\n")
    doc = policy_extract.parse_text(text)
    assert [(t.id, t.path) for t in doc.tasks] == [("1.1", ["一、人居环境提升工程"]), ("1.2", ["一、人居环境提升工程"])]


def test_a_row_number_after_a_percent_in_a_flattened_table():
    # 霍邱县 2025年县政府重点工作任务一季度完成情况 (whmrqb.cn/public/6596251/37921338.html, review r37a 10), rows joined
    # with spaces: "…增长6.8%2 规模工业增加值增长4.5%。 县工信局…" — a figure's % closes it, the next row's number follows
    text = ("序号 重点工作任务 牵头责任单位 一季度完成情况 1 地区生产总值增长6%以上。 县发改委 一季度增长6.8%"
            "2 规模工业增加值增长4.5%。 县工信局 一季度增长11.9%3 财政一般公共预算收入增长3.7%以上。 县财政局、县税务局 一季度增长4.8%"
            "4 固定资产投资增长4%以上。 县发改委 一季度增长5%\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.lead_units]) for t in doc.tasks] == [
        ("1", ["县发改委"]), ("2", ["县工信局"]), ("3", ["县财政局", "县税务局"]), ("4", ["县发改委"])]


def test_numbers_on_lines_of_their_own_over_their_items():
    # 龙岗区 2024年十大民生实事项目 (a WeChat post, freewechat.com/a/MzA5MjY3MDEwNA==/2654034481/1, review r41b 06):
    # "01" / "推动龙岗区第六人民医院二期工程…" / "02" / … — the notice gave no task
    text = ("龙岗2024年十大民生实事项目\n具体如下\n\n01\n\n推动龙岗区第六人民医院二期工程、第二中医院新建工程建设;\n\n02\n\n"
            "新建、改扩建16所公办义务教育学校,新增学位约3.8万座;\n\n03\n\n统筹推进一批街心公园、社区公园建设;\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, t.text[:6]) for t in doc.tasks] == [("01", "推动龙岗区第"), ("02", "新建、改扩建"), ("03", "统筹推进一批")]
    # a page number alone on its line (not zero-padded) stays one
    assert [t.number for t in policy_extract.parse_text("一、重点任务\n1.推进建设。\n3\n2.完善机制。\n").tasks] == ["1", "2"]
    # the same post flattened (review-fv-d): "…具体如下👇👇👇01推动…建设;02新建…;03统筹…"
    flat = policy_extract.parse_text("".join(line.strip() for line in text.split("\n")) + "\n")
    assert [(t.number, t.text[:6]) for t in flat.tasks] == [("01", "推动龙岗区第"), ("02", "新建、改扩建"), ("03", "统筹推进一批")]
    # a date's month and day stay a date ("2024年01月02日")
    assert policy_extract.parse_text("2024年01月02日印发。03月04日实施。05月06日检查。\n").tasks == []


def test_a_quote_a_crawler_left_unopened_hides_no_item():
    # 2021年区政府主要工作目标任务分解落实方案 flattened (ddjlg.com/zhi/cehua/v202r4.html, review r40b 04): the page lost the
    # “ before 百校对接, so "“生根出访" paired with item 4's "100N”" and items 4-6 ran into item 3
    text = ("1.持续拓展百校对接”“生根出访成果,集聚全球创新资源。区科技局主办,各街道、板块协办"
            "2.推动100N”的企业成长,健全梯次培育矩阵,力争高企突破600家。区科技局主办,各街道协办"
            "3.深入实施小升高”“高升规计划,全年新增培育独角兽企业3家。(区发改委主办,区科技局协办)\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "3"]
    # a quoted passage of a rule amended stays whole (corpus 0732: "第三十二条增加一款“…(一)…。(二)…”")
    quoted = "一、第三十二条增加一款“对于特别突出的项目，可以评为特等奖。（一）技术开发类。（二）社会公益类。”\n二、第三十六条增加一项。\n"
    assert [t.number for t in policy_extract.parse_text(quoted).tasks] == ["一", "二"]


def test_a_label_after_each_items_title_in_a_page_run_together():
    # 六安 2017 民生工程实施进度通报 (wxrb.luaninfo.com …id=11118, review r10a 04 flattened, review-fv-c): "…通报如下:…1、农村
    # 道路畅通工程,牵头部门:市交通局。建设进度…2、农村饮水安全巩固提升工程,牵头部门:市水利局。…" — the label after each item's
    # title was read only before the line's first colon (通报如下:), so no item had its lead
    text = ("现将1至7月民生工程实施进度通报如下:一、部分项目进展情况1、农村道路畅通工程,牵头部门:市交通局。建设进度较快。"
            "2、农村饮水安全巩固提升工程,牵头部门:市水利局。已完工。3、城市棚户区改造,牵头部门:市住建委。开工率90%。\n")
    doc = policy_extract.parse_text(text)
    assert [(t.number, [u.name for u in t.lead_units]) for t in doc.tasks] == [("1", ["市交通局"]), ("2", ["市水利局"]), ("3", ["市住建委"])]


def test_a_run_on_label_with_a_qualifier_in_brackets():
    # 爱国卫生运动实施方案 (51gongwen.com/doc/19029.html, review r41a 01, one line): "…整治提升责任科室(单位):县总医院、
    # 县妇幼保健院(3)…" — the label's bracketed qualifier, as label_re reads it, also where the note runs on into the text
    text = ("1.开展市容环境整治(2)开展医疗机构环境整治,做好院内环境卫生整治提升责任科室(单位):县总医院、县妇幼保健院"
            "(3)开展公共场所整治,设置健康提示标识。责任科室(单位):县卫健局、县市场监管局\n")
    doc = policy_extract.parse_text(text)
    assert [[u.name for u in t.responsible_units] for t in doc.tasks] == [["县总医院", "县妇幼保健院"], ["县卫健局", "县市场监管局"]]
    assert doc.tasks[0].text.endswith("整治提升")


def test_a_departments_share_of_a_citys_list_goes_on_after_each_note():
    # 2020年临沂市政府工作报告责任分工-市交通运输局 (jt.linyi.gov.cn/info/1439/10609.htm, review s8a 03), stored without line breaks: the items keep the
    # city list's numbers (36., 38.), and a note closes each
    text = (
        "36.构建“四纵五横”高速公路网,加快推进董梁高速前期工作。牵头单位:市交通运输局实施单位:市公路事业发展中心"
        "配合单位:市发改委、市自然资源和规划局等。38.以市域快速路网、城市快速路为骨架,构建快速路网体系。"
        "牵头单位:市交通运输局配合单位:市自然资源和规划局、市住建局\n"
    )
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.lead_units]) for t in tasks] == [("36", ["市交通运输局"]), ("38", ["市交通运输局"])]
    assert [u.name for u in tasks[1].responsible_units] == ["市自然资源和规划局", "市住建局"]


def test_yi_at_the_end_of_a_word_opens_no_part():
    # 内蒙古 2023 全区一体化政务大数据体系建设工作方案 (idachang.com mirror, review s19b 02, flattened): "标准统一、布局合理" had
    # opened part 一 in the preamble and every task's path was the preamble; corpus 0443 "（一）危害国家统一、主权和领土完整的",
    # 0545 "举报有下列情形之一、经核查属实的"
    text = ("为贯彻落实《国务院关于加强数字政府建设的指导意见》精神，整合构建标准统一、布局合理、管理协同的全区一体化政务大数据体系，制定本方案。"
            "一、推动统筹管理一体化（一）建立完善政务大数据管理体系。统筹、指导各部门的政务数据归集工作。（自治区政务服务局负责，持续推进）"
            "（二）建立健全政务数据共享协调机制。（自治区政务服务局负责）\n")
    assert [(t.number, t.path) for t in policy_extract.parse_text(text).tasks] == [
        ("（一）", ["一、推动统筹管理一体化"]), ("（二）", ["一、推动统筹管理一体化"])]
    assert split_items("（一）危害国家统一、主权和领土完整的；", Sequence()) == ["（一）危害国家统一、主权和领土完整的；"]
    # a title's last character before its part is no such word's: "…先进单位名单一、获奖个人" (corpus 0347), "…规划一、", "…融合一、"
    from policy_extract.markers import WORDS_ENDING_IN_ONE

    assert not {"单", "划", "合"} & WORDS_ENDING_IN_ONE
    text = "获奖个人和先进单位名单一、获奖个人（一）全国人社知识通（1名）任科英二、获奖单位优秀组织奖（3个）邢台市人力资源和社会保障局\n"
    assert [(o.marker, o.title) for o in policy_extract.parse_text(text).outline][0] == ("一、", "获奖个人")


def test_an_annex_label_s_number_opens_no_item():
    # corpus 1048 (河北 本科专业申报 2018) flattened (review fv-s5): the notice's list of annexes, run on after its last part,
    # had become two items of 七、联系方式, each a task
    text = ("六、各校要高度重视此项工作，确保申报专业提交材料准确无误。七、联系方式：石家庄市中山西路449号高等教育处，联系电话：0311-66005126。"
            "附件1.教育部高等教育司关于开展2018年度普通高等学校本科专业设置工作的通知附件2.河北省2017年就业率较低的本科专业和经济社会发展急需专业名单")
    assert split_items(text, Sequence()) == [text[: text.index("七、")], text[text.index("七、") :]]
    assert [t.number for t in policy_extract.parse_text(text + "\n").tasks] == ["六"]  # (七、联系方式: who to call, no work)
    assert "附件" not in policy_extract.parse_text(text + "\n").outline[-1].title
    # only 附件/附表/附录 before an Arabic number (review diffreview-s20): "见附表（二）…" and "名词解释1.…" still open items
    assert [t.number for t in policy_extract.parse_text("一、重点任务（一）推进园区建设，具体项目见附表（二）推进数据共享。（三）深化改革。\n").tasks] == [
        "（一）", "（二）", "（三）"]
    assert split_items("二、名词解释1.数字政府：指…。2.一网通办：指…。", Sequence()) == ["二、名词解释", "1.数字政府：指…。", "2.一网通办：指…。"]


def test_an_item_after_a_phone_number_opens():
    # corpus 1020 (河北 体育科学论文报告会 2018) flattened (review fv-s6): a contact line ends with a phone number and no stop,
    # and "（五）" after it had been read as part of it; （五） merged into （四）
    text = ("四、论文报送要求（四）于2018年11月1日前，将参评论文材料寄交河北师范大学体育学院，逾期不再受理。联系人：刘少强电话:0311-80787711，"
            "18233155824（五）各单位在报送论文前，请务必做好对报送论文的查重工作，否则取消该论文参评资格。\n")
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["（四）", "（五）"]
    assert split_items("全年增长2021（五）个百分点", Sequence()) == ["全年增长2021（五）个百分点"]  # no sequence runs: no item


def test_items_ending_with_a_stop_typed_as_a_dot_are_tasks():
    # diffreview-ao's probes: items split after "㎡." "％." "‰." or "）." ended with an ASCII "." and were each taken for a title,
    # so the flattened list gave no task at all; "." after a word or a sign is a stop (not in "2.5亿元", "v4.5")
    for text in ("各单位：现通知如下。1.乡镇不少于100㎡.2.县城不少于300㎡.3.户外广告:设置醒目标语.",
                 "各单位：现通知如下。1.覆盖率达到95％.2.合格率达到100％.3.加强督导检查.",
                 "各单位：现通知如下。1.加强组织（牵头单位：县教育局）.2.完善设施建设（县财政局负责）.3.加强督导检查."):
        assert [t.number for t in policy_extract.parse_text(text).tasks] == ["1", "2", "3"]


def test_items_marked_in_tortoise_brackets_run_together_are_cut():
    # 县 卫片执法工作方案 (wnwk copy, all one line, review dq04): "二、工作任务〔一〕准时核查卫片执法图斑。…〔二〕严峻查处违法行为…" —
    # the three items had been one task 二; a doc number's year in the same brackets stays ("〔2024〕8号")
    text = ("某县卫片执法工作方案\n二、工作任务〔一〕准时核查卫片执法图斑。按时完成核查任务。〔二〕严峻查处违法行为，限时催促整改。"
            "〔三〕严格开展约谈问责工作，依据甬自然资规发〔2024〕8号执行。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [t.number for t in tasks] == ["〔一〕", "〔二〕", "〔三〕"]
    assert tasks[2].text.endswith("〔2024〕8号执行。")


def test_a_reprinted_plans_first_part_after_the_articles_heading():
    # 上海市促进残疾人就业三年行动方案 as a 163.com article reprints it (163.com/dy/article/KL70KN340514OK78.html, review hl 07, flattened):
    # "一、《上海市…》" is the article's heading, the plan's own "一、聚力开源拓岗,…(一)…" follows its preamble; (一) had run into the heading's
    # text and its units had gone to a task "一"
    text = ("下文为上海、吉林、福建3地《促进残疾人就业三年行动实施方案(2025—2027年)》。一、《上海市促进残疾人就业三年行动方案》为贯彻落实国务院办公厅"
            "印发的《促进残疾人就业三年行动方案(2025-2027年)》,制定本行动方案。一、聚力开源拓岗,开展残疾人就业促进行动(一)组织机关、事业单位带头"
            "安排残疾人就业。机关、事业单位要按照国家要求带头落实残疾人就业各项任务。(市委组织部、市人力资源社会保障局、市残联按职责分工负责)")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, t.path, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("(一)", ["一、聚力开源拓岗,开展残疾人就业促进行动"], ["市委组织部", "市人力资源社会保障局", "市残联"])]


def test_points_run_on_after_a_first_point_are_paragraphs():
    # 安福县 元旦 森林防火 news item (review hs 07), stored on one line: four points 一是…四是, the later ones after "。" or ";"; the
    # notice numbers nothing else, so its points are its items (no task had come back)
    text = ("一是坚持节日期间停止炼山用火审批,全县国有、民营造林炼山用火一律安排到节后,并严格按程序进行。二是要求各乡镇、林场每天有1名"
            "主要领导坐镇,总揽林区稳定大局;每天有1名副职领导具体负责节日值班。三是全县村级防火员必须认真履行职责,严格防控祭祀用火;"
            "四是县乡(场)扑火队伍实行临战管理,严阵以待")
    assert [p[:3] for p in split_points(text)] == ["一是坚", "二是要", "三是全", "四是县"]
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一是", "二是", "三是", "四是"]
    # only where the paragraph opens with the first point, and only the next point in turn after a sentence's end
    assert split_points("加强宣传。一是开展培训。二是发放资料。") == ["加强宣传。一是开展培训。二是发放资料。"]
    assert split_points("一是开展培训,二是发放资料。三是加强督查。") == ["一是开展培训,二是发放资料。三是加强督查。"]  # (二是 after a comma)


def test_points_after_a_title_glued_to_the_first_of_them():
    # a 民政局 城乡低保和社会救助工作计划 on a mirror (review hz 07): "…工作计划一是积极推进…。二是建立和完善…。三是…" — the title glued to 一是
    text = ("民政局城乡低保和社会救助工作计划一是积极推进城乡新型社会救助体系建设。二是建立和完善城乡低保和社会救助工作定期制度。"
            "三是适时调整提高全市城乡最低生活保障标准。")
    assert [p[:4] for p in split_points(text)] == ["民政局城", "一是积极", "二是建立", "三是适时"]
    assert [t.number for t in policy_extract.parse_text(text).tasks] == ["一是", "二是", "三是"]
    assert split_points("民政局工作计划一是积极推进救助体系建设。") == ["民政局工作计划一是积极推进救助体系建设。"]  # (one point alone: no list)
    # the page's chrome sentence before the title, line breaks lost ("…请在taowenge.com…上搜索。民政局…计划一是…", hz 07 flattened)
    chrome = "《民政局城乡低保和社会救助工作计划.docx》由会员分享,可在线阅读。"
    assert [p[:4] for p in split_points(chrome + text)] == ["《民政局", "民政局城", "一是积极", "二是建立", "三是适时"]
    assert [t.number for t in policy_extract.parse_text(chrome + text).tasks] == ["一是", "二是", "三是"]
    # nor after a report's words ("…扎实推进社会救助各项工作。主要做法一是健全救助体系…", a county news item, diffreview-j1 p23): a plan's title only
    report = "今年以来,县民政局扎实推进社会救助各项工作。主要做法一是健全救助体系。二是强化动态管理。三是提升服务水平。"
    assert split_points(report) == [report]
    # a plan's words of work ahead end such a title too ("…2024年春季森林防火工作安排一是…", diffreview-j2 p28)
    page = "发布时间:2024-03-05 来源:县林业局。青木川镇2024年春季森林防火工作安排一是严格火源管控。二是加强巡山护林。三是做好应急准备。"
    assert [p[:4] for p in split_points(page)] == ["发布时间", "青木川镇", "一是严格", "二是加强", "三是做好"]
    # not inside a numbered item, whose 一是 stay its own ("(一)加强领导。各单位要高度重视一是…", #12: 一是/二是 stays inside its item)
    item = "(一)加强领导。各单位工作计划一是成立专班。二是建立台账。三是定期调度。"
    assert split_points(item) == [item]


def test_a_first_item_glued_to_the_pages_date():
    # a 森林防火 page (review hs 08) flattened: "…发布时间 :2015-09-08一、组织领导…" — the date's last figure before 一、 had kept the first part in the
    # page's header line
    text = "某县森林防火工作方案发布时间 :2015-09-08一、组织领导成立森林防火指挥部。二、工作措施(一)加强巡查。(县林业局负责)"
    assert [p[:6] for p in split_items(text, Sequence())] == ["某县森林防火", "一、组织领导", "二、工作措施", "(一)加强巡"]
    assert split_items("全年新增3.2万人一、二季度各新增1万人。", Sequence()) == ["全年新增3.2万人一、二季度各新增1万人。"]  # (no date: no cut)
