"""Stage 5 (meta): title, doc number, issuer, issue date, recipients and reporting
requirement of each sample as samples/expected/*.yaml gives them."""
from __future__ import annotations

import pytest

import policy_extract
from conftest import ALL_SAMPLES, EFF2025, HANZHONG, STD2023, TABLE, YANTA, document, expected, quote
from policy_extract.issued import issued_title
from policy_extract.meta import context_year, find_doc_number, find_signature, find_title
from policy_extract.normalize import Piece
from policy_extract.recipients import find_recipients, find_reporting_requirement

FIELDS = ("title", "doc_number", "issuer", "issue_date", "reporting_requirement")


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("stem", ALL_SAMPLES)
def test_meta_as_expected(stem, field):
    assert getattr(document(stem).meta, field) == expected(stem)[field]


@pytest.mark.parametrize(
    "stem,issuer,date",
    [
        (HANZHONG, "汉中市人民政府办公室", "2024年5月28日"),
        (TABLE, "西安市人民政府办公厅", "2022年7月27日"),
        (STD2023, "西安市人民政府办公厅", "2023年8月26日"),
        (EFF2025, "西安市人民政府办公厅", "2025年4月25日"),
        (YANTA, "西安市雁塔区行政审批服务局", "2022年3月8日"),
    ],
)
def test_issuer_and_date_are_printed_at_the_signature(stem, issuer, date):
    quote(stem, issuer)
    quote(stem, date)
    meta = document(stem).meta
    y, rest = date.split("年")
    m, d = rest.rstrip("日").split("月")
    assert (meta.issuer, meta.issue_date) == (issuer, f"{int(y):04d}-{int(m):02d}-{int(d):02d}")


def test_printing_date_does_not_replace_the_signature_date():
    # xian-2023 ends with "2023年8月31日印发"; the notice is dated 2023年8月26日
    quote(STD2023, "2023年8月31日印发")
    assert document(STD2023).meta.issue_date == "2023-08-26"


# --- Chinese-numeral dates (synthetic) ---------------------------------------------------


def _p(text, line):
    return Piece("para", text, line, line)


def test_chinese_numeral_date_under_an_issuer():
    # synthetic: the 2023 signature written with Chinese numerals
    paras = [_p("西安市人民政府办公厅", 15), _p("二〇二三年八月二十六日", 16)]
    assert find_signature(paras) == ("西安市人民政府办公厅", "2023-08-26")
    # 盐城市 2007 行政中心办公楼节能管理 (stored page, review co02): the year spaced out, a Latin O for 〇; issuer and date had been lost
    paras = [_p("鹽城市人民政府辦公室", 5), _p("二 OO 七年七月九日", 6)]
    assert find_signature(paras) == ("鹽城市人民政府辦公室", "2007-07-09")


def test_issuer_and_chinese_date_on_one_line():
    # synthetic
    assert find_signature([_p("西安市人民政府办公厅 二〇二三年八月二十六日", 15)]) == ("西安市人民政府办公厅", "2023-08-26")


def test_chinese_numeral_date_through_the_pipeline():
    # synthetic notice made of the 2023 sample's own lines, its date in Chinese numerals
    text = "\n".join(
        [
            quote(STD2023, "市政办发〔2023〕13号"),
            quote(STD2023, "各区、县人民政府，市人民政府各工作部门、各直属机构："),
            quote(STD2023, "《西安市加快推进政务服务标准化规范化便利化工作实施方案》已经市政府同意，现印发给你们，请认真贯彻落实。"),
            "西安市人民政府办公厅",
            "二〇二三年八月二十六日",
            "西安市加快推进政务服务标准化规范化便利化工作实施方案",
            quote(STD2023, "二、重点任务"),
            "1. 推进政务服务事项清单标准化。",
        ]
    )
    meta = policy_extract.parse(text).meta
    assert (meta.title, meta.doc_number, meta.issuer, meta.issue_date) == (
        "西安市加快推进政务服务标准化规范化便利化工作实施方案",
        "市政办发〔2023〕13号",
        "西安市人民政府办公厅",
        "2023-08-26",
    )


def test_a_date_without_an_issuer_above_it():
    # synthetic: the date is kept, the issuer is unknown
    assert find_signature([_p("为贯彻落实有关要求，制定本方案。", 1), _p("2023年8月26日", 2)]) == (None, "2023-08-26")


# --- doc number --------------------------------------------------------------------------


def test_doc_number_is_the_masthead_line_only():
    assert find_doc_number([_p(quote(TABLE, "市政办函〔2022〕72号"), 5)]) == "市政办函〔2022〕72号"
    # xian-2023 line 22 cites "（国发〔2022〕5号）" inside a sentence: not the notice's number
    cited = quote(STD2023, "为贯彻落实《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国发〔2022〕5号）")
    assert find_doc_number([_p(cited, 22)]) is None


# --- recipients --------------------------------------------------------------------------


def test_recipients():
    assert document(HANZHONG).meta.recipients == ["各县(区)人民政府", "汉中经济技术开发区、兴汉新区、航空经济技术开发区管委会", "市人民政府各工作部门、直属事业单位"]
    assert document(STD2023).meta.recipients == ["各区、县人民政府", "市人民政府各工作部门、各直属机构"]
    assert document(YANTA).meta.recipients == ["区级各相关部门、各街道"]
    line = quote(EFF2025, "各区、县人民政府,市人民政府各工作部门、各直属机构:")
    assert find_recipients([_p(line, 1)]) == ["各区、县人民政府", "市人民政府各工作部门、各直属机构"]


@pytest.mark.parametrize(
    "text, recipients",
    [
        # corpus 0575, line breaks lost: the recipients, their colon, then the body
        ("各市（含定州、辛集市）人民政府，雄安新区管委会，省政府各部门：按照《河北省依法行政考核办法》和《2023年度依法行政考核方案》，省司法厅组织开展了2023年度依法行政考核。",
         ["各市（含定州、辛集市）人民政府", "雄安新区管委会", "省政府各部门"]),
        # corpus 0805: the title run into the recipients' line
        ("河北省财政厅河北省科学技术厅关于印发《中央引导地方科技发展专项资金管理使用实施细则（试行）》的通知 各市（含定州、辛集市）财政局、科技局，省财政直管县财政局、科技局，省直有关部门：",
         ["各市（含定州、辛集市）财政局、科技局", "省财政直管县财政局、科技局", "省直有关部门"]),
        # corpus 0649: the title and the doc number before them
        ("科技部等二十二部门关于印发《科研失信行为调查处理规则》的通知国科发监〔2022〕221号各有关单位：", ["各有关单位"]),
        # realworld h10 and corpus 0322: a sentence that ends in a colon is no list of recipients
        ("根据岳阳市实事办《2020年省市重点民生实事项目验收标准》(岳实办发〔2020〕2号)文件,现将教育体育局2020年民生实事项目建设情况公示如下:", []),
        ("为充分发挥失业保险保生活、防失业、促就业功能作用，助力稳就业保民生，结合我省实际，经省政府同意，现就有关事项通知如下：", []),
        # a sentence before a colon whose parts are no units (synthetic)
        ("各地要做到以下几点：一是加强领导", []),
    ],
)
def test_recipients_run_together_or_not_there(text, recipients):
    assert find_recipients([_p(text, 1)]) == recipients


# --- reporting requirement ---------------------------------------------------------------


@pytest.mark.parametrize(
    "stem,sentence,requirement",
    [
        (HANZHONG, "工作落实中,请将进展情况、发现问题和意见建议及时报送市政府办公室。", "请将进展情况、发现问题和意见建议及时报送市政府办公室"),
        (TABLE, "各单位工作落实情况请于每月23日前报市政府办公厅（市职转办、市营商办）。", "于每月23日前报市政府办公厅（市职转办、市营商办）"),
        (EFF2025, "请市级各相关单位将工作落实情况、存在问题和意见建议,于每季度末最后一个月15日前报市政府办公厅(联系人:张家耀,电话:86786183)。", "于每季度末最后一个月15日前报市政府办公厅"),
    ],
)
def test_reporting_requirement(stem, sentence, requirement):
    quote(stem, sentence)
    assert find_reporting_requirement([sentence]) == requirement
    assert document(stem).meta.reporting_requirement == requirement == expected(stem)["reporting_requirement"]


@pytest.mark.parametrize("stem", [STD2023, YANTA])
def test_no_reporting_requirement(stem):
    assert document(stem).meta.reporting_requirement is None


def test_sentences_about_reporting_that_are_not_requirements():
    # xian-2022 measure (43): "…并报送省市场监管局。" is a task step, not a request to the recipients
    assert find_reporting_requirement([quote(TABLE, "及时收集案件线索，并报送省市场监管局。")]) is None


# --- context year ------------------------------------------------------------------------


def test_context_year():
    assert context_year(expected(EFF2025)["title"], "2025-04-25") == 2025
    assert context_year(expected(TABLE)["title"], "2022-07-27") == 2022
    assert context_year(expected(YANTA)["title"], "2022-03-08") == 2022  # no year in the title
    assert context_year(None, None) is None


def test_the_year_of_a_notice_that_prints_its_year_in_a_table_cell_or_once():
    # 云浮市 2021 文化广电旅游体育 重点工作 (dsbftdc.com …post_1526504.html, review fe04): the year only in the table's cells
    # ("2021年11月26日"), its 进度安排 "计划5月底完成。";珠海市 2013 体育工作计划 (gwyoo.com …201312/562581.html, review fe05): the
    # year once, in item 1 ("1.2013年国际长距离铁人三项世界杯赛…"), under "…9月底前完成" — the limits had had no date
    table = ("重点工作安排\n序号\t工作任务\t责任科室\t进度安排\n1\t完成2021年11月26日前的户户通运维\t公共服务科\t计划5月底完成。\n"
             "2\t广东省2021年度广播电视户户通工程运行维护服务\t公共服务科\t计划7月底完成。\n")
    assert [t.deadline.date for t in policy_extract.parse_text(table).tasks] == ["2021-05-31", "2021-07-31"]
    once = "一、竞技体育\n1.2013年国际长距离铁人三项世界杯赛。9月底前完成。\n2.全国帆船冠军赛。7月底前完成。\n"
    assert [t.deadline.date for t in policy_extract.parse_text(once).tasks] == ["2013-09-30", "2013-07-31"]
    # a year named once in a cited document's name is no year of the notice's (item 2; item 1 dates by the year before its limit)
    cited = "一、竞技体育\n1.落实《2013年全民健身计划》。9月底前完成。\n2.全国帆船冠军赛。7月底前完成。\n"
    assert [t.deadline.date for t in policy_extract.parse_text(cited).tasks][1] is None
    # nor a year that names what was done then (魅力文明城市创建行动方案, review fl's re-run of fd06: "对2020年已达标的部分…街(镇)进行提档升级")
    done = "一、重点任务\n1.加大违建整治力度。12月底前全市无违建街(镇)达到80%。对2020年已达标的部分街(镇)进行提档升级。\n2.加快老旧小区整治改造。12月底前开工建设电梯200部。\n"
    assert [t.deadline.date for t in policy_extract.parse_text(done).tasks] == [None, None]
    # nor the year a period opens ("全面梳理2018年以来出台的涉企政策措施", diffreview-bb's probe R2b)
    since = "一、工作任务\n1.全面梳理2018年以来出台的涉企政策措施。9月底前完成。\n2.对不符合要求的文件及时修订或废止。11月底前完成。\n"
    assert [t.deadline.date for t in policy_extract.parse_text(since).tasks] == [None, None]


def test_a_notice_issued_jointly_names_no_single_issuer():
    # corpus 0013: "人力资源社会保障部、国家发展改革委等20部门关于劳务品牌建设的指导意见"
    from policy_extract.meta import JOINT, extract_meta, find_issuer_fallback, find_signature
    from policy_extract.normalize import Piece

    title = Piece("para", "人力资源社会保障部、国家发展改革委等20部门关于劳务品牌建设的指导意见", 1, 1)
    assert find_issuer_fallback([title]) == JOINT  # issued jointly: none, and no guess from elsewhere
    # 天水市 2020 深化国有企业改革 (tianshui.gov.cn/sgzw/info/1503/32302.htm, review ck09): the title names two issuers; the page's 发布机构 (市政府国资委,
    # the site's publisher) had been taken for the issuer; "政府信息公开" alone over the title is the site's channel
    page = ("政府信息公开\n\n中共天水市委 天水市人民政府关于深化国有企业改革的实施意见\n索引号: 20230628-112137-065\n发布机构: 市政府国资委\n"
            "公开日期: 2020-08-26\n\n各县区党委和人民政府,市委有关部门:\n\n为认真贯彻落实省委、省政府《关于深化国有企业改革的实施意见》,结合我市实际,"
            "制定以下实施意见。\n\n一、总体要求\n")
    meta_read = policy_extract.parse_text(page).meta
    assert (meta_read.issuer, meta_read.title) == (None, "中共天水市委天水市人民政府关于深化国有企业改革的实施意见")
    # not a page's fields run together before the title (國務院辦公廳 2014 on gov.cn, review cg02): its 发文机关 stands
    fields = ("索引号: 000014349/2014-00023 发文机关: 国务院办公厅 成文日期: 2014年02月23日 标题: 国务院办公厅关于落实中共中央国务院关于全面深化农村改革"
              "加快推进农业现代化若干意见有关政策措施分工的通知\n发文字号: 国办函〔2014〕31号\n")
    assert policy_extract.parse_text(fields + "国务院各部委、各直属机构：\n现将有关事项通知如下。\n").meta.issuer == "国务院办公厅"
    # two signers stacked above the date (synthetic, in the form joint notices print)
    lines = ["各市人民政府：", "现将有关事项通知如下。", "省发展改革委", "省财政厅", "2023年5月8日"]
    paras = [Piece("para", t, i, i) for i, t in enumerate(lines, 1)]
    assert find_signature(paras) == (None, "2023-05-08")
    assert extract_meta(paras)["issuer"] is None  # and no issuer guessed from elsewhere
    assert find_signature(paras[:2] + paras[3:]) == ("省财政厅", "2023-05-08")
    # corpus 0349 (河北 2021 年度考核, review c25-1): a party committee's department is one signer; with a department of
    # the government under it, two
    lines = ["各设区市委组织部：", "现将有关事项通知如下。", "中共河北省委组织部", "河北省人力资源和社会保障厅", "2021年12月3日"]
    paras = [Piece("para", t, i, i) for i, t in enumerate(lines, 1)]
    assert find_signature(paras) == (None, "2021-12-03")
    assert find_signature(paras[:2] + paras[3:]) == ("河北省人力资源和社会保障厅", "2021-12-03")
    assert find_signature(paras[:3] + paras[4:]) == ("中共河北省委组织部", "2021-12-03")


def test_a_signature_run_into_the_text():
    # realworld h01 / h06 with their line breaks lost: "…认真贯彻落实。立山区人民政府2023年3月28日(此件公开发布)…"
    from policy_extract.meta import JOINT, extract_meta, find_signature
    from policy_extract.normalize import Piece

    text = "现将《方案》印发给你们,请结合实际,认真贯彻落实。立山区人民政府2023年3月28日(此件公开发布)立山区政府2023年重点工作任务分解方案"
    assert find_signature([Piece("para", text, 1, 1)]) == ("立山区人民政府", "2023-03-28")
    # corpus 0030 (河北 人社厅 and 财政厅): two names run together sign jointly
    joint = "请认真贯彻执行。河北省人力资源和社会保障厅河北省财政厅2024年6月26日"
    assert find_signature([Piece("para", joint, 1, 1)]) == (JOINT, "2024-06-26")
    assert extract_meta([Piece("para", joint, 1, 1)])["issuer"] is None
    # an organisation that opens a sentence with a date is not a signature: the date must end the run
    event = "各地要抓好落实。市发改委2023年6月30日组织召开推进会。"
    assert find_signature([Piece("para", event, 1, 1)]) == (None, None)


@pytest.mark.parametrize("tail, signed", [
    # corpus 0081 (人社部办公厅 2020, flattened): after a fax number's bracket, a ministry's office of 12 characters
    ("各地在推动工作中的典型做法和成效，请及时报告我部。联系单位：人力资源社会保障部人力资源流动管理司联系电话：010-84208247/010-84208244（传）"
     "人力资源社会保障部办公厅2020年4月3日", ("人力资源社会保障部办公厅", "2020-04-03")),
    # corpus 0250 (河北省人社厅 2023, flattened): after a postcode
    ("确保优秀申报项目能够推荐上来。公共服务大厅电话:0311-66908222邮箱：hbrst602@163.com地址：石家庄市新华区维明北大街118号邮编：050051"
     "河北省人力资源和社会保障厅2023年3月21日（此件主动公开）", ("河北省人力资源和社会保障厅", "2023-03-21")),
], ids=["after-a-fax-bracket", "after-a-postcode"])
def test_a_signature_run_on_after_the_contact_lines(tail, signed):
    from policy_extract.meta import find_signature

    assert find_signature([Piece("para", tail, 1, 1)]) == signed
    # the last item ends with its last sentence: neither the contacts nor the signature, nor its date as a time limit
    task = policy_extract.parse_text("一、重点工作\n（一）重点倾斜。各地要" + tail + "\n").tasks[-1]
    assert task.text.endswith(("请及时报告我部。", "推荐上来。")) and task.deadline is None


@pytest.mark.parametrize("text, end", [
    # corpus 0248 (河北省人社厅 2023, flattened): labelled fields and an annex's empty label before the signature
    ("（三）落实工作要求。请各地于5月10日前将申报材料报送至省人力资源社会保障厅，电子版发送至联系邮箱。公共服务大厅联系电话：0311-66908222"
     "电子邮箱：hbsrstzjzcc@163.com报送地址：石家庄市维明北大街118号附件：河北省人力资源和社会保障厅2023年4月6日", "电子版发送至联系邮箱。"),
    # corpus 0143 (人社部办公厅 2018, flattened): names and numbers with no label
    ("（七）规范证书发放。工作中如有问题建议，请及时与我部职业能力建设司联系。职业能力建设司李莉010-84208448职业技能鉴定中心张焕志010-84661125"
     "人力资源社会保障部办公厅2018年5月3日（此件主动公开）", "请及时与我部职业能力建设司联系。"),
    # corpus 0269 (人社失业司便函〔2015〕19号, flattened, review s2): offices over names and numbers, in several sentences, then
    # the joint signers
    ("3.各地要充分利用现有软件提供的数据分析和处理功能，为研判就业失业形势和科学决策提供数据依据。中国就业培训技术指导中心就业服务技术处："
     "胡新红（010）84661035；谈宇德（010）84661036。失业保险司失业预警处：刘明陆（010）84207332。人力资源和社会保障部失业保险司"
     "中国就业培训技术指导中心2015年12月14日", "科学决策提供数据依据。"),
], ids=["labelled", "names-and-numbers", "offices-over-names"])
def test_contacts_run_on_after_the_last_items_sentence_are_no_part_of_it(text, end):
    task = policy_extract.parse_text("一、重点工作\n" + text + "\n").tasks[-1]
    assert task.text.endswith(end)
    # a number inside the item's own sentence stays ("…拨打12345-1234567…。" is the item's)
    own = policy_extract.parse_text("一、重点工作\n（一）畅通渠道。开通热线0311-66908222受理群众诉求。\n").tasks[-1]
    assert own.text.endswith("受理群众诉求。")
    own = policy_extract.parse_text("一、重点工作\n（一）畅通渠道。各地要公布投诉方式。开通热线（0311）66908222。\n").tasks[-1]
    assert own.text.endswith("开通热线（0311）66908222。")  # (a number in brackets after work's words, no office's label over a name)
    # (diffreview-s23's probes) a sentence that gives a number in brackets is the item's, its time limit too; a line of work that names a
    # hotline is no contact line
    asked = policy_extract.parse_text("一、重点工作\n（三）做好材料报送。请各地于2023年6月30日前将汇总表报送省人社厅（联系电话：0311-66908222）"
                                      "河北省人力资源和社会保障厅2023年5月4日\n").tasks[-1]
    assert asked.text.endswith("报送省人社厅（联系电话：0311-66908222）") and asked.deadline.date == "2023-06-30"
    hotline = policy_extract.parse_text("一、重点任务\n（一）畅通诉求渠道。\n各县区要健全企业诉求响应机制。\n设立营商环境投诉电话：12345，做到件件有回音。\n").tasks[-1]
    assert hotline.text.endswith("做到件件有回音。")
    # a contact line with a full stop inside is a contact line all the same (diffreview-s24's probe)
    last = policy_extract.parse_text("一、重点工作\n（三）按时报送\n请各地于2024年6月30日前将改善计划报送省教育厅。\n联系人：王明（电话：0311-66001234）。材料请发送至：jcjy@163.com\n").tasks[-1]
    assert last.text.endswith("报送省教育厅。")


# --- page heads from real sites (the stored web pages) -----------------------------------

JINGXIAN = (  # 泾县 2023 (ahjx.gov.cn/OpennessContent/show/2668526.html)
    "• 无障碍\n  • 长辈版\n您现在所在的位置: 网站首页> 政府信息公开首页 > 泾县人民政府办公室> 年度重点工作任务分解、执行及落实情况\n"
    "索引号: 11341729003257952H/202301-00044 组配分类: 年度重点工作任务分解、执行及落实情况\n"
    "发布机构: 泾县人民政府(办公室) 主题分类: 综合政务 / 其他 / 通知\n"
    "名称: 泾县人民政府关于分解落实政府工作报告目标任务的通知 文号: 泾政〔2023〕1号\n发布日期: 2023-01-30 08:56\n"
    "泾县人民政府关于分解落实政府工作报告目标任务的通知\n发布时间:2023-01-30 08:56 来源:泾县人民政府(办公室) 浏览次数: 字体:[ ]\n\n"
    "各乡镇人民政府,县政府各部门、各直属机构:\n\n"
    "《政府工作报告》已经县十八届人民代表大会第二次会议审议通过,明确了2023年全县经济社会发展的主要目标和工作任务。"
    "经研究,现将《政府工作报告》2023年6个方面243项工作任务予以分解印发。\n"
)
HUARONG = (  # 华容 2021 (huarong.gov.cn/…/content_1801120.html)
    "  • 索引号:6735597301/2021-1801120\n  • 发布机构:县人民政府办公室\n  • 公开范围:全部公开\n  • 生成日期:2021-03-23\n"
    "2021年县政府重点工作任务(华政发〔2021〕2号)\n来源:华容县政府   2021-03-23 10:56\n\n各乡镇人民政府、县直各单位:\n\n"
    "《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。\n"
)
EWENKE = (  # 鄂温克族自治旗 2022 (www.ewenke.gov.cn/OpennessContent/show/273144.html)
    "鄂温克族自治旗人民政府办公室\n关于印发2022年《政府工作报告》\n重点任务责任落实分工的通知\n"
    "各苏木乡镇人民政府,旗政府各部门,驻鄂温克族自治旗有关单位:\n"
    "经旗人民政府同意,现将《2022年<政府工作报告>重点任务责任落实分工》印发给你们,请结合实际,认真贯彻落实。\n"
)


def test_a_page_head_with_menus_info_lines_and_a_report_that_is_not_issued():
    meta = policy_extract.parse_text(JINGXIAN).meta
    assert meta.title == "泾县人民政府关于分解落实政府工作报告目标任务的通知"  # the report is cited, not issued
    assert meta.doc_number == "泾政〔2023〕1号"
    assert meta.recipients == ["各乡镇人民政府", "县政府各部门、各直属机构"]


def test_a_bulleted_info_list_and_the_number_after_the_title_line():
    meta = policy_extract.parse_text(HUARONG).meta
    assert meta.doc_number == "华政发〔2021〕2号"
    assert meta.title == "2021年县政府重点工作任务分解"
    assert meta.recipients == ["各乡镇人民政府、县直各单位"]


def test_a_title_wrapped_over_lines_is_no_issuing_sentence():
    meta = policy_extract.parse_text(EWENKE).meta
    assert meta.title == "2022年<政府工作报告>重点任务责任落实分工"


@pytest.mark.parametrize("head, title", [
    # corpus 1066 flattened (国办发〔2018〕129号, review c14-1): an 意见 of the State Council, its number and recipients run on
    ("国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见国办发〔2018〕129号各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
     "国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见"),
    # corpus 0809 flattened (冀政〔2013〕43号)
    ("河北省人民政府关于支持科技型中小企业发展的实施意见冀政〔2013〕43号各设区市人民政府，各县（市、区）人民政府，省政府各部门：",
     "河北省人民政府关于支持科技型中小企业发展的实施意见"),
])
def test_a_guiding_or_implementing_opinions_title_run_into_its_number(head, title):
    text = head + "为深入贯彻落实党中央决策部署，现提出以下意见。一、加强组织。各地要抓好落实。\n"
    assert policy_extract.parse_text(text).meta.title == title


@pytest.mark.parametrize("head, title", [
    # 科学技术部令第17号 (corpus 0711): a minister's order publishes the decision it names
    ("科学技术部令第17号《科技部关于对部分规章和文件予以废止的决定》\n《科技部关于对部分规章和文件予以废止的决定》已经科学技术部2016年第21次部务会议审议通过，现予公布，自公布之日起施行。\n",
     "科技部关于对部分规章和文件予以废止的决定"),
    # corpus 0057 (国务院令第652号): a State Council order publishes its 条例
    ("《事业单位人事管理条例》已经2014年2月26日国务院第40次常务会议通过，现予公布，自2014年7月1日起施行。\n", "事业单位人事管理条例"),
])
def test_an_order_publishes_what_it_names(head, title):
    assert policy_extract.parse_text(head + "第一条 为了规范事业单位的人事管理，制定本条例。\n").meta.title == title


def test_a_list_published_under_a_cited_rule_is_no_order():
    # review diffreview-s21b: the rule the list was made by is cited, not published; corpus 0884: a 公告 publishing its 条例 ("已由")
    text = ("关于公布2023年度XX企业名单的通知\n各市：\n根据《河北省XX企业认定管理办法》，经专家评审，认定XX公司等10家企业为XX企业，现予公布。\n"
            "一、做好服务。各地要加强指导。\n")
    assert policy_extract.parse_text(text).meta.title == "关于公布2023年度XX企业名单的通知"
    text = "河北省第十三届人民代表大会常务委员会公告\n《河北省中小企业促进条例》已由河北省第十三届人民代表大会常务委员会第三十次会议于2022年5月27日通过，现予公布，自2022年7月1日起施行。\n"
    assert policy_extract.parse_text(text).meta.title == "河北省中小企业促进条例"


def test_the_remark_that_the_notice_is_published_issues_nothing():
    # corpus 1110 flattened (国办发〔2018〕108号, review c24-3): "（此件公开发布）" ran on after a sentence citing
    # 《政府工作报告》, which had become the title
    text = ("国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报国办发〔2018〕108号各省、自治区、直辖市人民政府，"
            "国务院各部委、各直属机构：为进一步推动党中央、国务院重大决策部署贯彻落实，认真落实中央经济工作会议部署和《政府工作报告》提出的任务要求，"
            "实现了经济社会持续健康发展。附件：国务院第五次大督查发现的典型经验做法（共130项）国务院办公厅2018年11月19日（此件公开发布）\n")
    assert policy_extract.parse_text(text).meta.title == "国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报"
    # but 公开发布 issues what it names (review diffreview-s21)
    text = "XX市人民政府关于公布2024年民生实事项目的通知\n各县区人民政府：\n经市政府研究，现公开发布《XX市2024年民生实事项目清单》，请认真组织实施。\n一、做好项目实施。各县区要抓好落实。\n"
    assert policy_extract.parse_text(text).meta.title == "XX市2024年民生实事项目清单"


def test_a_doc_number_on_its_own_line_is_no_wrap_of_the_title_over_it():
    # 重庆市 2025 安全生产…工作要点 (渝府发〔2025〕1号, review s15b 02, printed with pinyin readings) and corpus 1095 (国发〔1981〕88号):
    # the number under a wrapped title had been joined to it and to the recipients' line, so no number was read
    text = ("(來源:重慶市人民政府)\n重慶市人民政府關于\n印發(fā)《2025年全市安全生產(chǎn)、\n防災減災救災和消防工作要點》的通知\n"
            "渝府發(fā)〔2025〕1號\n各區(qū)縣(自治縣)人民政府,市政府各部門,有關單位:\n")
    meta = policy_extract.parse_text(text).meta
    assert meta.doc_number == "渝府發(fā)〔2025〕1號"
    assert meta.recipients == ["各區(qū)縣(自治縣)人民政府", "市政府各部門", "有關單位"]
    old = "国务院关于棉粮、糖粮挂钩奖售粮\n\n几 个 问 题 的 通 知\n\n国发〔1981〕88号\n\n各省、市、自治区人民政府，国务院有关部委、直属机构：\n"
    assert policy_extract.parse_text(old).meta.doc_number == "国发〔1981〕88号"


def test_a_document_sharing_sites_file_name_is_not_the_title():
    # realworld h05 (潍坊市 2017 政务公开工作要点实施方案 on a document-sharing site): the file's name,
    # the site's fields, then the document's own head: its short name, its full title, its table
    head = (
        "潍坊政务公开工作要点实施方案.docx\n- 文档编号:5328372\n- 上传时间:2022-12-15\n潍坊政务公开工作要点实施方案.docx\n"
        "《潍坊政务公开工作要点实施方案.docx》由会员分享,可在线阅读,更多相关《潍坊政务公开工作要点实施方案.docx(31页珍藏版)》请在冰豆网上搜索。\n"
        "潍坊政务公开工作要点实施方案\n潍坊市2017年政务公开工作要点实施方案\n目标\n任务\n主要内容\n责任单位\n"
    )
    assert policy_extract.parse_text(head).meta.title == "潍坊市2017年政务公开工作要点实施方案"
    # with nothing else to go by, the file's name without its extension (corpus 0638, a 税务总局 指引 page)
    assert policy_extract.parse_text("我国支持科技创新主要税费优惠政策指引.pdf\n为使社会各界更加全面知悉科技创新税费优惠政策，特编写本指引。\n").meta.title == "我国支持科技创新主要税费优惠政策指引"
    # a title wrapped after a word that could end one goes on ("…专项计划" then "2021—2022学年选派教师计划表")
    assert policy_extract.parse_text("附件\n“三区”人才支持计划教师专项计划\n2021—2022学年选派教师计划表\n").meta.title == "“三区”人才支持计划教师专项计划2021—2022学年选派教师计划表"
    # 区林业局2024年林业工作规划 on a document-sharing site (review s15d 02): the site's line about the file, with its size,
    # and its "VIP专免" / "侵权投诉" buttons between the page's title and the heading are no wrap of either
    shared = "区林业局2024年林业工作规划\n\nVIP专免\n2024-02-08 999+ 11.89KB 4 页 海报\n侵权投诉\n区林业局 2024 年林业工作规划\n"
    assert policy_extract.parse_text(shared).meta.title == "区林业局2024年林业工作规划"


def test_a_plans_heading_before_a_cited_notice_and_a_posters_line():
    # 加快西宁市流通业发展实施意见 (zc6580.com, 2017): the page's "发布人:" line, then a sentence that
    # cites 《国务院关于…意见》 and 省政府《关于印发…的通知》; the heading above is the title
    text = (
        "加快西宁市流通业发展实施意见\n\n发布人:春秋智谷  /  发布时间:2017-11-24 10:12:15  \n\n"
        "为进一步深化流通业改革,根据《国务院关于深化流通体制改革加快流通产业发展的意见》(国发〔2012〕39号)、"
        "省政府《关于印发青海省加快流通业发展政策措施的通知》(青政〔2014〕36号)等文件精神,结合实际,现制定我市加快流通业发展实施意见。\n"
        "一、主要工作目标\n到2020年,我市商贸流通业实力显著提升。\n"
    )
    assert policy_extract.parse_text(text).meta.title == "加快西宁市流通业发展实施意见"
    # a 转发 notice whose own line is missing still names what the cited 关于印发 issued (corpus 0108 and the like)
    cited = "各设区市人民政府：现将省政府办公厅《关于印发河北省2024年民生工程实施方案的通知》转发给你们，请认真贯彻落实。\n"
    assert policy_extract.parse_text(cited).meta.title == "河北省2024年民生工程实施方案"


def test_a_sites_column_tag_and_a_block_label_are_no_title():
    # 滁州市 2020 (www.chuzhou.gov.cn/public/152523227/567017766.html): the site's column in 【】 before
    # the title; 河北日报 2024-08-21 (epaper.hbnews.net): 【目标任务】 labels a block of the page
    text = "【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n发布时间:2020-02-03 17:29\n"
    assert policy_extract.parse_text(text).meta.title == "滁州市人民政府关于2020年市政府重点工作及责任分解的通知"
    block = "【目标任务】\n深入开展放心消费行动,培育市级放心消费单位不少于40个。\n【推进措施】\n1.开展放心满意消费培育活动。\n"
    assert policy_extract.parse_text(block).meta.title is None


def test_a_notices_own_title_in_a_head_run_on():
    # 嘉鱼县 2021 (jiayu.gov.cn/…/t20210722_2364261.shtml) flattened: the number, the title, the recipients
    head = ("嘉政办发〔2021〕5号县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及嘉鱼的重点事项进行责任分解的通知"
            "各镇人民政府,县政府各部门,嘉鱼经济开发区:经县人民政府同意,现将…责任分解给你们,请你们对照目标任务狠抓工作落实。\n")
    assert policy_extract.parse_text(head).meta.title == (
        "县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及嘉鱼的重点事项进行责任分解的通知")
    # 河南省 2023 (a copy at yijiuyanglao.com/article-185-1.html): the page stored on one line, spaced
    head = "河南省人民政府 关于明确政府工作报告提出的2023年 重点工作责任单位的通知 豫政〔2023〕5号 现将《政府工作报告》提出的2023年重点工作任务予以分解并明确责任单位。\n"
    assert policy_extract.parse_text(head).meta.title == "河南省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知"
    # 扶余市 督查室 (review s22a 01) flattened: recipients that do not open with 各, up to the salutation's colon
    head = ("扶余市人民政府督查室关于对全市开展农村人居环境综合整治工作专项督查的通知市直相关部门、各乡、镇(场)人民政府: "
            "为有效推进市政府重点工作,市政府督查室将对全市农村人居环境综合整治情况进行了全面督查。\n")
    assert policy_extract.parse_text(head).meta.title == "扶余市人民政府督查室关于对全市开展农村人居环境综合整治工作专项督查的通知"
    # a notice it cites names no title either (diffreview-s22's probe, ours)
    assert policy_extract.parse_text("根据市政府关于做好2024年安全生产工作的通知各单位：为做好全年安全生产工作，现将有关事项通知如下：\n").meta.title is None
    # a news story that tells of a notice names no title (realworld h07, 新安晚报)
    news = "新安晚报安徽网大皖新闻讯据安徽省人民政府网消息,近日,安徽省人民政府发布关于年重点工作及责任分解的通知。\n"
    assert policy_extract.parse_text(news).meta.title is None


def test_a_doc_number_in_brackets_after_the_title_is_not_part_of_it():
    # 南宁经开区 2020 (nnwxxq.gxzf.gov.cn/…/t19624212.shtml): the title line ends with its number in brackets
    text = "关于南宁经济技术开发区落实政府工作报告2020年重点工作任务分工方案的通知(南经管发〔2020〕81号)\n各部门:\n"
    meta = policy_extract.parse_text(text).meta
    assert (meta.title, meta.doc_number) == ("关于南宁经济技术开发区落实政府工作报告2020年重点工作任务分工方案的通知", "南经管发〔2020〕81号")


def test_a_doc_number_run_on_after_a_title_that_opens_with_its_issuer():
    # corpus 1068 (国办发〔2018〕127号, flattened; review c18-1): the title's end had been read as part of the number, the
    # issuer before 关于 taken for the red header's; corpus 1094 (国办发明电〔2018〕15号, flattened) lost its 国办 so
    for head, number in (("国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知国办发〔2018〕127号", "国办发〔2018〕127号"),
                         ("国务院办公厅关于2019年部分节假日安排的通知国办发明电〔2018〕15号", "国办发明电〔2018〕15号")):
        assert policy_extract.parse_text(head + "各省、自治区、直辖市人民政府：一、元旦放假。\n").meta.doc_number == number
    # 上海市规划和自然资源局 关于印发《2026年上海市城市更新规划资源行动方案》的通知 (zhiyao87/Shanghai-Gov-Docs-Index, review ab04
    # flattened): the number's own prefix holds a title's word, 规划 — it had been cut after it, "资源更〔2026〕83号"
    head = "关于印发《2026年上海市城市更新规划资源行动方案》的通知沪规划资源更〔2026〕83号各区规划资源局、各有关单位:现将《2026年上海市城市更新规划资源行动方案》印发给你们。"
    assert policy_extract.parse_text(head + "\n").meta.doc_number == "沪规划资源更〔2026〕83号"


def test_a_sites_banner_run_into_the_title_is_cut_off():
    # 咸阳市 2022 (www.xianyang.gov.cn/…/t20220429_635863.html): the site's banner printed before the title
    text = "本站支持IPV6咸阳市人民政府关于落实《政府工作报告》重点工作部门分工的意见\n咸政发〔2022〕4号\n各县市区人民政府:\n"
    assert policy_extract.parse_text(text).meta.title == "咸阳市人民政府关于落实《政府工作报告》重点工作部门分工的意见"


def _nfkc_squeezed(text: str | None) -> str | None:
    import unicodedata

    return None if text is None else "".join(unicodedata.normalize("NFKC", text).split())


def test_the_plan_printed_under_the_annex_label_is_the_title():
    # 郧阳区 2023 (yunyang.shiyan.gov.cn/…/t20230213_4182632.shtml): the notice's own line, its text, then
    # "附件" and the plan it issues; the contract takes the plan's heading, not the 关于…的通知 line
    text = (
        "郧阳区人民政府关于分解落实2023年区政府工作目标任务的通知\n各乡镇人民政府,区政府各部门:\n"
        "各乡镇、各部门要切实履行职责,进一步量化细化目标任务,逐项列出时间表。\n"
        "附件:2023年区政府工作目标任务落实责任分解表\n2023年1月30日\n附件\n2023年区政府工作目标任务落实责任分解表\n"
    )
    assert policy_extract.parse_text(text).meta.title == "2023年区政府工作目标任务落实责任分解表"
    # 奉化市 2015 国资国企 (review ck07): the draft under the signature, its remark in brackets after the kind word
    text = ("关于征求《市属国有企业整合重组及管理体制改革实施方案(征求意见稿)》意见的通知\n各有关部门、市属国有企业:\n"
            "现请各单位提出修改意见,并于2015年7月31日前反馈至市国资局办公室。\n奉化市国有资产管理局\n2015年7月24日\n"
            "奉化市市属国有企业整合重组 及管理体制改革实施方案 (征求意见稿)\n一、整合重组的总体思路\n")
    assert _nfkc_squeezed(policy_extract.parse_text(text).meta.title) == "奉化市市属国有企业整合重组及管理体制改革实施方案(征求意见稿)"
    for remark in ("(试行)", "(2015—2017年)"):
        dated = text.replace(" (征求意见稿)\n一、", remark + "\n一、")
        assert _nfkc_squeezed(policy_extract.parse_text(dated).meta.title) == "奉化市市属国有企业整合重组及管理体制改革实施方案" + remark
    # a notice that attaches no plan keeps its own line
    own = "河北省科学技术厅关于公布部门规范性文件清理结果的通知\n各市科技局:\n现将清理结果公布如下。\n附件\n联系人名单\n"
    assert policy_extract.parse_text(own).meta.title == "河北省科学技术厅关于公布部门规范性文件清理结果的通知"


def test_a_contents_label_is_no_part_of_the_title():
    # a 汇编 on a sharing site (maok.cn …id=254562, web review k 05): its name printed twice, then "目录" over the list of contents
    text = "教育局2024年工作要点汇编(6篇)\n\n教育局2024年工作要点汇编(6篇)\n\n目录\n\n1.XX自治县教育局2024年工作要点2\n\n2.区教育局2024年工作要点15\n"
    assert policy_extract.parse_text(text).meta.title == "教育局2024年工作要点汇编(6篇)"


def test_the_plan_printed_under_the_signatures_date_is_the_title():
    # 监利 2022 (artfolios.org 's copy of jianli.gov.cn …/t20220114_688893.shtml, web review j 07): "关于分解落实…的通知", the date,
    # then the plan's heading over two lines; the contract takes the plan's heading, as under an annex's label
    text = ("监利市人民政府办公室关于分解落实《政府工作报告》2022年重点工作及民生实事项目的通知\n各乡、镇人民政府:\n"
            "经市政府同意,现将《政府工作报告》2022年重点工作任务及民生实事项目进行责任分解并印发给你们,请认真抓好贯彻落实。\n"
            "2021年11月22日\n(此件公开发布)\n《政府工作报告》2022年重点工作\n及民生实事项目任务分解方案\n一、2022年主要预期目标\n")
    assert policy_extract.parse_text(text).meta.title == "《政府工作报告》2022年重点工作及民生实事项目任务分解方案"


def test_a_wrapped_forwarding_notices_line_stays_whole():
    # diffreview-s23's probe: a 转发 notice's own line wrapped over three lines; what it forwards is itself a 通知, so the line is the title
    text = ("XX市人民政府办公室关于转发省人力资源和社会\n保障厅关于做好2024年高校毕业生就业创业\n工作的通知的通知\n各县（区）人民政府，市政府各部门：\n"
            "现将省人力资源和社会保障厅《关于做好2024年高校毕业生就业创业工作的通知》转发给你们，请结合实际认真贯彻执行。\nXX市人民政府办公室\n2024年4月2日\n")
    assert policy_extract.parse_text(text).meta.title.endswith("工作的通知的通知")
    # and run on into its body, its line breaks lost (corpus 0300, 0295, review s3): the line as printed, with 的通知 or without
    text = ("关于转发《人力资源社会保障部办公厅关于台湾香港澳门居民办理失业登记的通知》的通知现将《人力资源社会保障部办公厅关于台湾香港澳门居民办理"
            "失业登记的通知》（人社厅发〔2013〕117号）转发给你们。结合工作实际，提出以下意见，请一并贯彻执行。一、要严格按照规定办理失业登记。\n")
    assert policy_extract.parse_text(text).meta.title == "关于转发《人力资源社会保障部办公厅关于台湾香港澳门居民办理失业登记的通知》的通知"
    text = ("关于转发《人力资源社会保障部关于进一步完善就业失业登记管理办法的通知》现将《人力资源社会保障部关于进一步完善就业失业登记管理办法的通知》"
            "转发给你们，请认真贯彻执行。一、做好就业失业登记工作。\n")
    assert policy_extract.parse_text(text).meta.title == "关于转发《人力资源社会保障部关于进一步完善就业失业登记管理办法的通知》"


def test_a_wrapped_issuing_title_names_the_plan_when_its_sentence_is_wrapped_too():
    # realworld h06 (辽政发〔2023〕2号) with its 印发 sentence hard-wrapped as a PDF copy wraps it: the notice's own line,
    # wrapped over three lines, names the plan, and the plan's heading below (wrapped too) is the title
    text = (
        "辽政发〔2023〕2号\n辽宁省人民政府关于印发《2023年\n省〈政府工作报告〉任务分解\n和责任分工方案》的通知\n"
        "各市人民政府,省政府各厅委、各直属机构:\n"
        "  《2023年省〈政府工作报告〉任务分解和责任分工方案》已经省政府十四届一次全体\n(扩大)会议审议通过,现印发给你们,请认真贯彻,抓好落实。\n"
        "辽宁省人民政府\n2023年1月19日\n2023年省《政府工作报告》任务分解\n和责任分工方案\n一、主要目标\n"
    )
    assert policy_extract.parse_text(text).meta.title == "2023年省《政府工作报告》任务分解和责任分工方案"
    # corpus 0847 (河北省科学技术厅 2020): the same with no heading printed below: the name the line cites
    cited = "河北省科学技术厅关于印发《河北省企业重点实验室建设与\n运行管理办法》的通知\n各市科技局:\n为加强…管理,特制定本办法。\n"
    assert policy_extract.parse_text(cited).meta.title == "河北省企业重点实验室建设与运行管理办法"


def test_a_title_printed_in_quotes_is_given_without_them():
    # 淮安 2022 (m.jxyuer.com/news/jiaodian/166873.html): the heading line is the title in 《》
    text = (
        "《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》\n"
        "为深入贯彻落实省政府《关于进一步帮助市场主体纾困解难着力稳定经济增长的若干政策措施》精神，制定如下实施细则。\n"
        "一、落实财税支持政策\n1.积极争取省级专项资金。(责任单位:市工信局、市财政局)\n"
    )
    assert policy_extract.parse_text(text).meta.title == "关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则"


def test_a_regulation_published_by_decree_is_its_title():
    # corpus 1089 (国务院令第707号): 现公布修订后的《…》 names the regulation, not the decision cited below it
    text = "中华人民共和国国务院令\n\n第707号\n\n现公布修订后的《中华人民共和国个人所得税法实施条例》，自2019年1月1日起施行。\n\n总理　　李克强\n\n2018年12月18日\n"
    assert policy_extract.parse_text(text).meta.title == "中华人民共和国个人所得税法实施条例"


def test_recipients_after_the_page_time_and_a_number_in_small_brackets():
    # 杭州 2020 (z.hangzhou.com.cn) with its line breaks lost: the page's time, then the recipients
    head = "杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知发布时间:2020-05-29 14:36:23各区、县(市)人民政府,市政府各部门、各直属单位:《2020年政府工作报告重点工作责任分解》已经市政府同意"
    assert find_recipients([_p(head, 1)]) == ["各区、县(市)人民政府", "市政府各部门、各直属单位"]
    # corpus 0783: a doc number in ﹝﹞ before them; it is the notice's number too
    line = "冀政发﹝2015﹞16号各设区市人民政府，各县（市、区）人民政府，省政府各部门："
    assert find_recipients([_p(line, 1)]) == ["各设区市人民政府", "各县（市、区）人民政府", "省政府各部门"]
    assert find_doc_number([_p(line, 1)]) == "冀政发﹝2015﹞16号"
    # corpus 0024: the colon before a year is the recipients' colon, not a time's
    text = "津人社局函〔2024〕38号北京市、天津市、河北省各区（市）人力资源和社会保障局，各普通高校、职业院校（含技工院校），有关单位：2024年是京津冀协同发展重大战略实施十周年。"
    assert find_recipients([_p(text, 1)])[-1] == "有关单位"


# The 《》 an issuing sentence issues, in notices whose line breaks were lost (corpus, 河北 pages
# crawled by gerry0208/spider_project; 0634-style pages hold the 通知 and its 方案 on one line).
@pytest.mark.parametrize("text, title", [
    # 运城市 2017 (pkulaw.com): the words after 》 go on naming what is issued, then the verb
    ("经市人民政府同意，现将《运城市突发事件应急体系建设“十三五”规划》责任分解印发给你们，请认真组织实施。",
     "运城市突发事件应急体系建设“十三五”规划责任分解"),
    # corpus 0033: a cited 意见 first, the issued 方案 just before 印发
    ("为扎实做好保卫管理员职业技能等级认定工作，根据公安部办公厅、人力资源和社会保障部办公厅《关于加快推进保卫管理员职业技能等级认定的实施意见》，"
     "省公安厅、省人力资源和社会保障厅研究制定了《河北省保卫管理员职业技能等级认定实施方案》，现印发给你们，请认真抓好贯彻落实。", "河北省保卫管理员职业技能等级认定实施方案"),
    # corpus 0018: the name in the sentence before, with its short alias after it
    ("为指引各地在开展线下招聘活动时，做好疫情防控工作，我们制定了《线下招聘活动疫情防控工作指南》（以下简称《指南》）。现印发给你们，请参照执行。",
     "线下招聘活动疫情防控工作指南"),
    # corpus 0663: the alias is what the issuing sentence names
    ("《赋予科研人员职务科技成果所有权或长期使用权试点实施方案》（以下简称《实施方案》）已经中央全面深化改革委员会审议通过。现将《实施方案》印发给你们，请认真贯彻执行。",
     "赋予科研人员职务科技成果所有权或长期使用权试点实施方案"),
    # corpus 0119: a 关于印发…的通知 inside the cited 《》 is not the sentence's verb
    ("为贯彻落实《国务院办公厅关于印发2018年政务公开工作要点的通知》（国办发〔2018〕23号），经省政府同意，现将《河北省2018年政务公开工作任务分工方案》印发给你们。",
     "河北省2018年政务公开工作任务分工方案"),
    # 上海交通领域光伏推广应用实施方案 (zhiyao87/Shanghai-Gov-Docs-Index, review ab 05): "予以" is the verb's, not words naming the
    # document ("…实施方案予以" had been the title)
    ("为推进本市交通领域光伏发展，经研究，现制定《上海交通领域光伏推广应用实施方案》予以印发，请认真遵照执行。", "上海交通领域光伏推广应用实施方案"),
], ids=["yuncheng-words-after-quotes", "0033-cited-then-issued", "0018-sentence-before", "0663-alias", "0119-verb-inside-quotes", "ab05-yuyi"])
def test_the_issued_document_is_named_by_its_issuing_sentence(text, title):
    assert issued_title(text) == title
    assert policy_extract.parse_text("各设区市人民政府：" + text + "\n").meta.title == title


def test_the_verbs_object_in_its_clause_is_what_is_issued():
    # corpus 0712 (科学技术部、国家保密局令第16号): the laws cited before the verb are not its object
    text = ("根据《中华人民共和国保守国家秘密法》《中华人民共和国科学技术进步法》和《中华人民共和国保守国家秘密法实施条例》，"
            "现公布修订后的《科学技术保密规定》，自公布之日起施行。")
    assert issued_title(text) == "科学技术保密规定"
    # corpus 0777: a cited 关于发布《X》的公告 is a title's verb, not the sentence's
    assert issued_title("根据关于发布《企业所得税优惠政策事项办理办法》的公告精神，结合本省实际制定。") is None


def test_a_document_named_as_published_earlier_is_not_issued():
    # corpus 0823/0400: "…省人民政府公布的《X》同时废止" cites the document the new one replaces
    assert issued_title("本办法自2023年1月1日起施行。1995年9月4日省人民政府公布的《河北省蓄滞洪区管理办法》同时废止。") is None
    # corpus 0053 (河北 政务新媒体 2019, review c20-1): "信息发布" is a noun; the law the sentence before cites is not issued
    text = "建立健全信息发布审查制度，严格依照《中华人民共和国保守国家秘密法》以及其他法律、法规和国家规定，先审后发。建立信息发布三审机制，"
    assert issued_title(text) is None and policy_extract.parse_text(text + "\n").meta.title is None
    # corpus 0237 (河北 2023 薪暖农民工, review c21-2): 印发 has its own object, and the 《》 further on is one of a list of laws
    text = ("在零工市场、招聘活动现场，通过印发宣传册，发放张贴维权“二维码”，广泛开展劳动法、劳动合同法、《保障农民工工资支付条例》"
            "等相关法律法规宣传。")
    assert issued_title(text) is None and policy_extract.parse_text(text + "\n").meta.title is None
    # the name a 制定了 right before 《 makes is issued, whatever citing word is near ("按照要求制定了《X》", review diffreview-s20)
    assert issued_title("按照要求制定了《永年区2023年优化营商环境实施方案》。现印发给你们，请认真贯彻执行。") == "永年区2023年优化营商环境实施方案"
    # another body's issuing that the sentence's clause cites (平潭 2020 扩内需促消费, changwu/pingtan-gov-zwgk-archive bmwj/202011/23773,
    # review bv05): the title had been the national plan's, without 平潭综合实验区
    text = ("为深入贯彻实施国家发改委、市场监管总局等14个部委于2020年10月14日联合印发《近期扩内需促消费的工作方案》（发改综合〔2020〕1565号）的文件精神，"
            "推动实验区经济供需循环畅通，特制定《平潭综合实验区近期扩内需促消费的工作方案》。现印发给你们，请认真抓好贯彻落实。")
    assert issued_title(text) == "平潭综合实验区近期扩内需促消费的工作方案"
    # a citing word inside the name issued, or a sentence that issues after its reason (diffreview-ae's probes); another body's
    # document forwarded and cited for its 文件精神 (平潭 2018 环评 事中事后监管, review ay06)
    assert issued_title("现将《某某县贯彻落实乡村振兴战略实施方案》印发给你们，请认真执行。") == "某某县贯彻落实乡村振兴战略实施方案"
    assert issued_title("按照县委县政府部署印发《某某县2023年重点工作任务分工方案》，请认真执行。") == "某某县2023年重点工作任务分工方案"
    text = "为贯彻落实国务院印发《关于加快推进城市更新的意见》，我区制定了《某某区城市更新实施方案》。现印发给你们，请认真执行。"
    assert issued_title(text) == "某某区城市更新实施方案"  # (diffreview-af's probe: another name the sentence makes after it)
    text = ("平潭综合实验区环境与国土资源局关于印发建设项目环境影响评价事中事后监管实施方案的通知 岚环土综〔2018〕55号 各环保相关处室： "
            "根据福建省环保厅转发环境保护部《关于强化建设项目环境影响评价事中事后监管的实施意见的通知》（闽环保评〔2018〕10号）文件精神，"
            "结合我区实际，制定我区《建设项目环境影响评价事中事后监管实施方案》， 请认真组织实施。\n")
    assert issued_title(text) is None and policy_extract.parse_text(text).meta.title == "建设项目环境影响评价事中事后监管实施方案"
    # corpus 0559 (a 办法's penalty clause): "按照《…军事设施保护法》的有关规定予以处罚。本办法自发布之日起施行。"
    assert issued_title("违反本办法的，按照《中华人民共和国军事设施保护法》的有关规定予以处罚。本办法自发布之日起施行。") is None


@pytest.mark.parametrize("text, number", [
    # corpus 0807 (国家税务总局 2015, review r31b 13): an announcement's number, the issuer its part
    ("\u3000\u3000国家税务总局公告2015年第76号\u3000\u3000为转变政府职能，优化纳税服务，国家税务总局制定了《企业所得税优惠政策事项办理办法》，现予以发布。\n",
     "国家税务总局公告2015年第76号"),
    # corpus 1112 (专利代理条例 2018): an order's number on the line under its issuer
    ("中华人民共和国国务院令\n\n第706号\n\n《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现将修订后的《专利代理条例》公布。\n",
     "中华人民共和国国务院令第706号"),
    # corpus 0819 (河北省人民政府 2007): a provincial order's, its year bracketed
    ("河北省人民政府令〔2007〕第5号按照国务院关于加强对规章和规范性文件实施情况进行评估的要求，省政府对现行有效的省政府规章进行了全面清理评估。\n",
     "河北省人民政府令〔2007〕第5号"),
    # corpus 0207 (企业年金办法 2017): a joint order names both issuers
    ("中华人民共和国人力资源和社会保障部中华人民共和国财政部令第36号《企业年金办法》已经2016年12月20日人力资源社会保障部第114次部务会审议通过。\n",
     "中华人民共和国人力资源和社会保障部中华人民共和国财政部令第36号"),
])
def test_an_orders_or_announcements_number(text, number):
    meta = policy_extract.parse_text(text).meta
    assert meta.doc_number == number
    assert meta.title != number


def test_a_doc_number_line_is_not_part_of_the_title():
    # corpus 1002 (河北省教育厅): the number printed under the masthead, no 印发 sentence
    doc = policy_extract.parse_text("冀教师〔2018〕17号\n关于评选中小学和幼儿园骨干教师的通知\n各市教育局：\n一、评选范围\n")
    assert doc.meta.title == "关于评选中小学和幼儿园骨干教师的通知"


def test_a_page_info_label_is_no_issuing_verb():
    # realworld h02 (蔡甸区, a page's metadata table) with its line breaks lost: 发布机构 holds 发布,
    # and the 《政府工作报告》 of the title before it was taken for the issued plan
    head = (
        "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知2023-01-05 10:00 区人民政府办公室"
        "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号"
        "各街道办事处、乡人民政府,区人民政府各部门、各直属机构:2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》"
        "已报经区人民政府同意,现印发给你们,并就有关事项通知如下:"
    )
    assert find_title([_p(head, 1)]) == "2023年区《政府工作报告》确定的主要目标任务责任分解方案"


def test_an_empty_field_of_the_sites_table_ends_the_value_before_it():
    # 魏县 2024 建议提案办理 (review s12d 08, flattened): "名称:…的通知文号主题分类:建议提案" — 文号 printed with no value and no
    # colon before the next label; the title is the 名称 value up to it
    from policy_extract.page_fields import page_fields
    from policy_extract.pieces import Piece

    text = "名称:魏县人民政府办公室关于做好2024年人大代表建议政协提案办理工作的通知文号主题分类:建议提案"
    assert page_fields([Piece("para", text, 1, 1)])["title"] == "魏县人民政府办公室关于做好2024年人大代表建议政协提案办理工作的通知"


def test_a_unit_clause_on_its_own_is_no_title():
    # realworld h05 (潍坊 2017 table) with its line breaks lost: a row's unit clause stands alone
    assert find_title([_p("市发改委牵头落实", 1)]) is None


def test_the_red_header_run_into_the_number_is_no_part_of_it():
    # seed 004 (西安 2022) with its line breaks lost: "西安市人民政府办公厅" then "市政办函〔2022〕72号"
    assert find_doc_number([_p("西安市人民政府办公厅市政办函〔2022〕72号西安市人民政府办公厅 关于印发…的通知", 1)]) == "市政办函〔2022〕72号"
    assert find_doc_number([_p("国办发〔2018〕118号", 1)]) == "国办发〔2018〕118号"  # a prefix, not an issuer


def test_a_signature_run_on_into_the_plan_title():
    # seed 001 (西安市雁塔区 2022) with its line breaks lost
    text = ("现将《西安市雁塔区“十四五”政务服务体系发展规划》印发给你们,请认真研究学习,结合各自职能抓好贯彻落实。"
            "西安市雁塔区行政审批服务局2022年3月8日西安市雁塔区“十四五”政务服务体系发展规划良好政务服务环境是激发市场活力的重要保障")
    assert find_signature([_p(text, 1)]) == ("西安市雁塔区行政审批服务局", "2022-03-08")
    # corpus 0328: the 此件主动公开 remark before the signer is not part of its name
    text = "请认真贯彻执行。（此件主动公开）河北省人力资源和社会保障厅办公室2022年4月27日河北省技工院校工作实施方案一、总体要求"
    assert find_signature([_p(text, 1)]) == ("河北省人力资源和社会保障厅办公室", "2022-04-27")


def test_run_together_heads_joined_with_spaces():
    # seed 004 flattened with spaces: the red header's issuer, a space, then the number
    assert find_doc_number([_p("# 西安市人民政府办公厅 市政办函〔2022〕72号 ## 西安市人民政府办公厅 关于印发…的通知", 1)]) == "市政办函〔2022〕72号"
    # seed 001 flattened with no-break spaces: the signature opens the paragraph
    text = "西安市雁塔区行政审批服务局 2022年3月8日 西安市雁塔区“十四五”政务服务体系发展规划 良好政务服务环境是激发市场活力的重要保障"
    assert find_signature([_p(text, 1)]) == ("西安市雁塔区行政审批服务局", "2022-03-08")


@pytest.mark.parametrize(
    "text, issuer, date",
    [
        # 徐州市 2020 (js.010b.com/policy/detail/33341.html), flattened: the signature after the annex list's title
        ("…全面完成《政府工作报告》确立的各项主要目标任务。附件:2020年《政府工作报告》主要目标任务分解方案徐州市人民政府2020年1月18日(此件公开发布)附件2020年",
         "徐州市人民政府", "2020-01-18"),
        # 赤壁市 2021 (chibi.gov.cn t20210707_2352957), flattened: the annex label right after the date
        ("…并向市政府报告。附件:《政府工作报告》确定的2021年重点工作责任分解赤壁市人民政府办公室2021年1月27日附件《政府工作报告》确定的",
         "赤壁市人民政府办公室", "2021-01-27"),
        # corpus 0750 (冀政字〔2020〕52号): the signature after a note's closing bracket
        ("暂停省级高新区资格。（省开发区改革发展领导小组成员单位按职责分工负责）河北省人民政府　　2020年9月30日", "河北省人民政府", "2020-09-30"),
        # 黄石市下陆区 2020 (xialuqu.gov.cn t20201222_742409), flattened: a date alone before the plan's title, which
        # ends in 分解; corpus 0280: "…附表：2023年…专项活动安排河北省人力资源和社会保障厅2022年12月15日附表…"
        ("…请认真抓好落实。2020年6月28日2020年区政府重点工作责任分解根据区十届人大四次会议通过的《区政府工作报告》", None, "2020-06-28"),
        ("附表：2023年河北省公共就业服务专项活动安排河北省人力资源和社会保障厅2022年12月15日附表2023年河北省公共就业服务专项活动安排",
         "河北省人力资源和社会保障厅", "2022-12-15"),
    ],
)
def test_a_signature_run_into_an_annex_list_or_a_note(text, issuer, date):
    assert find_signature([Piece("para", text, 1, 1)]) == (issuer, date)


def test_no_signer_cut_out_of_a_name_at_a_plan_word():
    # corpus 0871 (冀科…2017): "…工作指引.docx 河北省科学技术厅河北省卫生和计划生育委员会 2017年9月21日" — 计划 ends
    # no title there: "生育委员会" is no signer (a name after a plan word must open with its place)
    text = "附件：河北省临床医学研究中心工作指引.docx河北省科学技术厅河北省卫生和计划生育委员会2017年9月21日"
    assert find_signature([Piece("para", text, 1, 1)])[0] in (None, "")  # signed jointly: no one issuer


def test_a_notice_named_in_a_news_sentence_gives_the_plan_it_issues():
    # 宁夏 2019 (line3.com.cn/finance/2019/0408/2972.html), a news repost in traditional script: the plan has no
    # heading of its own, only the 通知's name in 《》; the contract's title is the plan's, not the 通知 line
    text = ("北測教的最新消息:今天,寧夏回族自治區人民政府網站發布了《自治區人民政府辦公廳關于印發銀川都市圈建設2019年工作計劃的通知》,"
            "明確了銀川都市圈建設2019年工作計劃。\n一、基礎設施互聯互通\n")
    assert policy_extract.parse_text(text).meta.title == "銀川都市圈建設2019年工作計劃"
    # corpus 0355: "现将《…关于印发<…办法>的通知》转发给你们" — the forwarded notice is what this one issues
    forwarded = "现将《人力资源社会保障部等十部门关于印发<工程建设领域农民工工资专用账户管理暂行办法>的通知》转发给你们，抓好贯彻落实。\n"
    assert policy_extract.parse_text(forwarded).meta.title.endswith("的通知")


def test_meta_the_notice_lacks_comes_from_the_sites_information_table():
    # 涟水县 涟政办发〔2021〕12号 (lianshui.gov.cn …1631180429388XupT5aBl): "文 号 | 涟政办发〔2021〕12号 |" in the
    # portal's table, no number printed in the notice; 南漳镇 2023: title, issuer and date only in the table
    doc = policy_extract.parse_text("文 号 | 涟政办发〔2021〕12号 | 发布机构 | 涟水县人民政府办公室 |\n各乡镇人民政府：\n现将《实施方案》印发给你们。\n")
    assert doc.meta.doc_number == "涟政办发〔2021〕12号"
    doc = policy_extract.parse_text(
        "| 发文字号: | 发文时间:2023-01-05 |\n| 发文机关:南漳镇人民政府 | 主题词:工作计划 |\n| 标题:南漳镇人民政府2023年工作计划 | |\n"
        "一是扎实推进产业强镇。\n(一)中药材种植产业园项目:预计2023年5月竣工。\n")
    assert (doc.meta.title, doc.meta.issuer, doc.meta.issue_date) == ("南漳镇人民政府2023年工作计划", "南漳镇人民政府", "2023-01-05")


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lined", "flattened"])
def test_documents_issued_together_give_the_one_printed_first(joiner):
    # 涟水县 涟政办发〔2021〕12号 (lianshui.gov.cn …1631180429388XupT5aBl): "《A》《B》…印发给你们", then A's heading and
    # body; the title had been B, the last name of the list. Corpus 1136 (皖政办秘〔2021〕82号) alike.
    lines = ["各镇人民政府、街道办事处:", "《关于解决工业厂房“不动产权证”办理遗留问题的指导意见》《涟水县存量土地资源盘活利用实施方案(试行)》"
             "已经县政府同意,现印发给你们,请认真贯彻执行。", "涟水县人民政府办公室", "2021年8月1日", "(此件公开发布)",
             "关于解决工业厂房“不动产权证”办理遗留问题的指导意见", "根据《淮安市政府办公室关于…的指导意见》,结合我县实际,提出如下意见。", "一、总体要求"]
    assert policy_extract.parse_text(joiner.join(lines) + "\n").meta.title == "关于解决工业厂房“不动产权证”办理遗留问题的指导意见"


def test_a_breadcrumb_or_a_reprint_sites_link_is_no_title():
    # 天津 医疗联合体 (tj.pkulaw.com …3978bdfb), flattened: "首页 > 法律法规 > 正文阅览目录1.实行…"; 甘肃 2023 为民实事
    # (freewechat.com …2651404044/1): "查看原文" / "其他" over the news
    flat = "首页 > 法律法规 > 正文阅览目录1.实行医疗联合体网格化管理。制定本市医疗联合体布局规划。(市卫生计生委负责)\n"
    assert policy_extract.parse_text(flat).meta.title is None
    assert policy_extract.parse_text("查看原文\n其他\n\n一、目标任务\n（一）新建学生宿舍。\n").meta.title is None


def test_a_sites_index_number_is_no_title_and_a_field_may_print_its_value_below():
    # 嵊泗县 2023年政府工作报告重点工作责任分解 (shengsi.gov.cn art_1229760847_59042791): "• 信息索引号:" then the
    # number on its own line had been the title; "• 发布机构:" then the issuer below it
    text = ("  • 信息索引号:\n\n    11330922090963010M/2023-31395\n\n  • 发布机构:\n\n    嵊泗县人民政府办公室\n\n"
            "  • 成文日期:\n\n    2023-02-22\n\n2023年政府工作报告重点工作责任分解\n\n一、杨松县长牵头重点工作\n\n"
            "1.确保9月底前海钓船投入运行。\n\n责任单位:县海洋经济发展局\n")
    doc = policy_extract.parse_text(text)
    assert (doc.meta.title, doc.meta.issuer, doc.meta.issue_date) == ("2023年政府工作报告重点工作责任分解", "嵊泗县人民政府办公室", "2023-02-22")
    assert doc.tasks[0].deadline.date == "2023-09-30"  # the year from the title, no longer lost


def test_a_sharing_sites_lines_and_its_upload_date_give_no_title():
    # 石景山区 2019 任务分解方案 (wenmi123.com/article/312836.html): the site's "电脑桌面 / 添加文秘网到电脑桌面" lines and
    # "…栏目:策划方案发布:2019-04-17" above the heading, which wraps over two lines; its page footer "— — — 2 —"
    text = ("电脑桌面\n添加文秘网到电脑桌面\n安装后可以在桌面快捷访问\n\n"
            "贯彻落实《关于加强新时代街道工作的意见》的任务分解方�\n\n栏目:策划方案发布:2019-04-17浏览:3013下载230次收藏\n认真贯彻执行。\n"
            "中共北京市石景山区委办公室\n北京市石景山区人民政府办公室\n2019 年 4 月 16 日\n— — — 2 —\n"
            "石景山区贯彻落实《关于加强新时代\n街道工作的意见》的任务分解方案\n为贯彻落实北京市街道工作会议精神,制定如下任务分解方案。\n"
            "一、提高城市基层党建工作水平\n1.完善街道党工委对地区治理重大工作的领导体制机制。\n牵头单位:区委组织部\n协办单位:区委编办、各街道党工委\n— — — 3 —\n")
    doc = policy_extract.parse_text(text)
    assert doc.meta.title == "石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案"
    assert [u.name for u in doc.tasks[0].responsible_units] == ["区委编办", "各街道党工委"]  # no "— — — 3 —" glued on


def test_a_document_the_notice_cites_is_not_its_title():
    # 天津 2020 (tj.sina.com.cn …iivhvpwy0543021): "天津市人民政府印发通知,落实国务院《政府工作报告》。" over the heading
    # "关于落实国务院《政府工作报告》/重点工作的任务分工"; corpus 0108: "按照省政府办公厅《关于印发河北省2024年民生工程
    # 实施方案的通知》要求" — a notice it follows, not its own title
    text = "刚刚,天津市人民政府印发通知,落实国务院《政府工作报告》。\n\n关于落实国务院《政府工作报告》\n\n重点工作的任务分工\n\n1。加大宏观政策实施力度。(市发展改革委负责)\n"
    assert policy_extract.parse_text(text).meta.title == "关于落实国务院《政府工作报告》重点工作的任务分工"
    cited = "各市人力资源和社会保障局：按照省政府办公厅《关于印发河北省2024年民生工程实施方案的通知》（冀政办发〔2023〕8号）要求，现就有关事宜通知如下：一、工作目标\n"
    assert policy_extract.parse_text(cited).meta.title is None  # the notice prints no title of its own


def test_a_sites_name_after_the_title_and_its_dated_info_line():
    # 湖南 湘政发〔2019〕1号 (review r8b 03): the page's title "…的意见-湖南省人民政府门户网站" over the heading;
    # 广东 粤府〔2021〕22号 (review r8b 01): "时间 : 2021-05-14 22:01:43 来源 : 本网原创稿" had taken the title and
    # the number under it into its line
    text = ("湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见-湖南省人民政府门户网站\n\n"
            "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n\n湘政发〔2019〕1号\n")
    assert policy_extract.parse_text(text).meta.title == "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见"
    text = ("时间 : 2021-05-14 22:01:43 来源 : 本网原创稿\n【打印】 【字体:\n\n广东省人民政府关于印发2021年\n\n"
            "省《政府工作报告》重点任务\n\n分工方案的通知\n\n粤府〔2021〕22号\n\n各地级以上市人民政府:\n")
    assert policy_extract.parse_text(text).meta.doc_number == "粤府〔2021〕22号"


def test_a_page_run_together_gives_the_plans_title_after_the_date_and_the_notices_before_a_dash():
    # 湖北省 2018 《政府工作报告》重点工作责任分解 (review r8b 02), flattened: "…报省政府。…追责问责。2018年1月29日
    # 《政府工作报告》重点工作责任分解2018年的主要预期目标是:…"; 湖南 湘政发〔2019〕1号 flattened: the page's title
    # "…部门分工的意见-湖南省人民政府门户网站…" opens the line
    doc = policy_extract.parse_text("省政府将对贯彻落实情况进行督查,对落实不力的进行追责问责。2018年1月29日《政府工作报告》重点工作责任分解"
                                    "2018年的主要预期目标是:地区生产总值增长7.5%。一、坚决打好三大攻坚战\n")
    assert (doc.meta.title, doc.meta.issue_date) == ("《政府工作报告》重点工作责任分解", "2018-01-29")
    doc = policy_extract.parse_text("湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见-湖南省人民政府门户网站湖南省人民政府关于落实"
                                    "《政府工作报告》重点工作部门分工的意见湖南省人民政府门户网站 www.hunan.gov.cn 发布时间: 2019-02-20 11:02\n")
    assert doc.meta.title == "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见"


def test_a_sites_upload_line_or_font_size_control_above_the_number_and_a_title_printed_twice():
    # 齐齐哈尔 齐政办文〔2020〕5号 (review r9a 03): "上载日期: 2020-07-22 来源: 市人民政府办公室" above the number;
    # 哈尔滨 哈政办发〔2024〕29号 (r9a 07): "字号: 大 中 小"; corpus 0817 / r9b 10 flattened: the page's title and the
    # heading run together ("河北省民营科技企业管理条例河北省民营科技企业管理条例")
    assert policy_extract.parse_text("上载日期: 2020-07-22 来源: 市人民政府办公室\n齐政办文〔2020〕5号\n各区县人民政府:\n").meta.doc_number == "齐政办文〔2020〕5号"
    assert policy_extract.parse_text("字号: 大 中 小\n哈政办发〔2024〕29号\n各区、县(市)人民政府:\n").meta.doc_number == "哈政办发〔2024〕29号"
    assert policy_extract.parse_text("魅力文明城市创建行动方案魅力文明城市创建行动方案为全面提升城市文明程度,制定本方案。\n").meta.title == "魅力文明城市创建行动方案"


def test_the_red_headers_name_over_the_title_is_the_issuer_when_no_signature_names_one():
    # 重庆市梁平区 梁平府办发〔2021〕12号 (cqlp.gov.cn t20210312_8992579): the excerpt ends before the signature;
    # corpus 0776: two names over the title are a joint header (no issuer, not the last one)
    doc = policy_extract.parse_text("梁平府办发〔2021〕12号\n重庆市梁平区人民政府办公室\n关于印发2021年区政府工作报告目标任务分解方案的通知\n各乡镇人民政府:\n")
    assert doc.meta.issuer == "重庆市梁平区人民政府办公室"
    doc = policy_extract.parse_text("河北省科学技术厅\n河北省财政厅\n关于印发《河北省科技创新券实施细则（试行）》的通知\n冀科计〔2016〕22号\n")
    assert doc.meta.issuer is None


def test_a_line_that_is_only_a_sites_name_between_two_titles():
    # 国发〔2020〕6号 on a mirror (cs.com.cn/xwzx/hg/202006/t20200611_6066561.html): "国务院关于…的意见" / "中国政府网" / the same title again had given the
    # three run together
    text = ("返回首页\n\n国务院关于落实《政府工作报告》重点工作部门分工的意见\n\n中国政府网\n\n"
            "  国务院关于落实《政府工作报告》重点工作部门分工的意见\n\n国发〔2020〕6号\n")
    assert policy_extract.parse_text(text).meta.title == "国务院关于落实《政府工作报告》重点工作部门分工的意见"


def test_a_menu_entry_is_no_part_of_the_title():
    # 灵璧县 2021 县卫健委政府工作报告任务分解 (lingbi.gov.cn/public/6626531/154359391.html, review s1a 06): the site's menu
    # entry "• 政府信息公开" had been the title, or run together with it
    text = ("• 政府信息公开\n县卫健委2021年政府工作报告任务分解\n"
            "1.落实积极应对人口老龄化国家战略,加快发展健康、养老、育幼、家政等服务业。\n牵头责任单位:县卫健委、县民政局\n")
    assert policy_extract.parse_text(text).meta.title == "县卫健委2021年政府工作报告任务分解"


def test_the_sites_fields_printed_without_colons():
    # 金乡县农业农村局 2021年全县乡村振兴工作重点任务清单 (jinxiang.gov.cn/art/2021/4/20/art_75741_2724091.html):
    # "索  引  号 1137…", "发布机构 金乡县农业农村局 …", "成文日期 2021-04-20 废止日期", "有效性" over the title — they had
    # been gathered with the title into one block too long to be a title
    text = ("索  引  号 11370828004313434W/2021-05704 公开方式 主动公开\n发布机构 金乡县农业农村局 组配分类 政策和解读\n"
            "成文日期 2021-04-20 废止日期\n有效性\n2021年全县乡村振兴工作重点任务清单\n发布日期:2021-04-20 14:54 信息来源:金乡县农业农村局\n\n"
            "2021年全县乡村振兴工作总的要求是:坚持以习近平新时代中国特色社会主义思想为指导。\n")
    doc = policy_extract.parse_text(text)
    assert (doc.meta.title, doc.meta.issuer, doc.meta.issue_date) == ("2021年全县乡村振兴工作重点任务清单", "金乡县农业农村局", "2021-04-20")


@pytest.mark.parametrize("head,number", [
    # corpus 1134 (包头市 2022, a pkulaw copy): the source's link line, then the title run into its number
    ("原文链接：https://www.pkulaw.com/lar/ea5258e56c60aba96802bb670d6bf530bdfb.html\n"
     "包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知包府办发〔2022〕43号", "包府办发〔2022〕43号"),
    # the recipients' colon, then a sentence citing a notice and its number: not the notice's own
    ("各旗、县、区人民政府，市直有关部门：按照自治区人民政府关于做好数字政府建设的通知内政发〔2021〕7号", None),
])
def test_a_number_after_the_title_with_the_pages_short_fields_before_it(head, number):
    doc = policy_extract.parse_text(head + "\n一、总体要求\n二、主要任务\n")
    assert doc.meta.doc_number == number


def test_a_pages_menu_run_into_the_issuer_before_about():
    # 下陆区 2023 重点任务分解 (xialuqu.gov.cn …t20230112_981880.html, review r15b 03), flattened: "• 设为首页• 加入收藏• 无障碍阅读•
    # 长者版区人民政府办公室关于印发…" — the menu had become part of the issuer
    text = "• 设为首页• 加入收藏• 无障碍阅读• 长者版区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知\n一、总体要求\n"
    assert policy_extract.parse_text(text).meta.issuer == "区人民政府办公室"


def test_a_signature_date_written_with_a_latin_o_for_zero():
    # corpus 0594, 0595 (河北省政府办公厅 2004/2005): "二OO四年四月二十二日" — no issue date was read, and 0595 took the
    # date line for its title
    doc = policy_extract.parse_text("各市人民政府：\n一、加强组织领导。\n河北省人民政府办公厅\n二OO四年四月二十二日\n")
    assert (doc.meta.issuer, doc.meta.issue_date) == ("河北省人民政府办公厅", "2004-04-22")


def test_a_signature_run_on_after_the_last_items_note():
    # corpus 0255 (国办发〔2016〕84号 as a provincial site stored it): "…营造良好氛围。（农业部等负责）国务院办公厅2016年11月18日
    # （此件公开发布）" — the note had been read as part of the issuer's name, and the issuer was taken for a joint one
    text = "各省、自治区、直辖市人民政府：一、加强组织领导。（农业部负责）二、营造良好氛围。（农业部等负责）国务院办公厅2016年11月18日（此件公开发布）\n"
    doc = policy_extract.parse_text(text)
    assert (doc.meta.issuer, doc.meta.issue_date) == ("国务院办公厅", "2016-11-18")


def test_a_title_line_ending_in_the_pages_publication_date():
    # 杨浦区 2023 区委、区政府重点工作任务 (shyp.gov.cn …8a0171d1…, review r15b 08): "2023 年区委、区政府重点工作任务 2023-09-19"
    doc = policy_extract.parse_text("2023 年区委、区政府重点工作任务 2023-09-19\n1.深入学习贯彻党的二十大精神。\n2.推动经济高质量发展。\n")
    assert doc.meta.title == "2023年区委、区政府重点工作任务"


@pytest.mark.parametrize("text, date", [
    # corpus 0627 (河北省保护知识产权行动纲要, 2006): the crawl dropped the signer and the plan's title
    ("各设区市人民政府，省政府各部门：《河北省保护知识产权行动纲要（２００６-２０００７年）》已经省政府同意，现印发给你们，"
     "请结合本地、本部门实际认真贯彻执行。二〇〇六年八月十四日（２００６-２００７年）为认真贯彻落实…一、指导思想（一）坚持…。\n", "2006-08-14"),
    # corpus 0629 (2006): the signer in brackets after the date
    ("各设区市人民政府，省政府有关部门：省发展改革委《关于…的意见》已经省政府同意，现转发给你们，请认真抓好落实。"
     "二〇〇六年二月七日（河北省发展和改革委员会）２００６年是“十一五”开局之年。一、加强运行调节（一）…。\n", "2006-02-07"),
    # corpus 0721 (1990): the date opens a sentence on another document, no signature
    ("现将《技术合同认定登记管理办法》印发给你们，请遵照执行。1990年7月27日原国家科委印发的《技术合同认定规则（试行）》同时废止。\n", None),
    # corpus 0963 flattened: the date is the subject of the next sentence
    ("现将有关事项通知如下，印发给你们，请按照教育部通知要求，认真组织好系列宣传活动。2023年12月4日是第十个国家宪法日，教育部将组织开展活动。\n", None),
])
def test_the_date_under_the_sentence_that_hands_the_notice_over(text, date):
    assert policy_extract.parse_text(text).meta.issue_date == date


def test_the_forwarding_notices_date_over_the_forwarded_documents_signature_in_brackets():
    # corpus 0618 (河北省政府办公厅 2004, review r24c 09): "现转发给你们，请认真贯彻执行。　　二〇〇四年八月三日（河北省工商行政管理局
    # 　二〇〇四年七月二十二日）　　为切实保护…": no issue date had been read
    text = ("各设区市人民政府：　　省工商局《关于推广建立消费者投诉站的意见》已经省政府同意，现转发给你们，请认真贯彻执行。"
            "　　二〇〇四年八月三日（河北省工商行政管理局　二〇〇四年七月二十二日）　　为切实保护农村消费者权益，提出如下意见。\n")
    assert policy_extract.parse_text(text).meta.issue_date == "2004-08-03"


@pytest.mark.parametrize("text, issuer, date", [
    # corpus 0568 (2024): the signature run into the plan's first sentence
    ("各市人民政府：《河北省支持康养产业发展若干措施》已经省政府同意，现印发给你们，请认真贯彻落实。河北省人民政府办公厅2024年4月28日"
     "为加快推进京津养老项目向河北延伸布局，助力我省康养产业高质量发展，制定如下措施。一、…\n", "河北省人民政府办公厅", "2024-04-28"),
    # corpus 0940 (2023), apart by two U+3000: the signer, then its date run on into the plan's title and years
    ("现印发给你们，请结合实际认真贯彻执行。　　河北省人民政府办公厅　　2023年1月20日加快建设数字河北行动方案（2023-2027年）　　为全面贯彻…\n",
     "河北省人民政府办公厅", "2023-01-20"),
    # corpus 0640 (2023): the date and 此件主动公开 on the line under the signer
    ("现印发给你们，请遵照执行。　　　　科技部　　2023年12月6日（此件主动公开）　　国家科学技术奖提名办法第一章总则\n", "科技部", "2023-12-06"),
    # the Pingtan pages as their crawler stored them (changwu/pingtan-gov-zwgk-archive): after the annex's title, the signer's place
    # a longer name ("平潭综合实验区…", review as06); the plan's title after the date opening with 关于 (as01); a quoted slogan of 24
    # characters in it (at05); an office of the body named short (at02); a contact after the date (aq02)
    ("现将《平潭综合实验区绿色矿山建设工作方案》印发给你们，请结合实际，认真组织实施。 附件：平潭综合实验区绿色矿山建设工作方案 平潭综合实验区环境与国土资源局 "
     "2018年4月18日 附件： 平潭综合实验区绿色矿山建设工作方案 为了进一步推进我区绿色矿山建设工作。\n", "平潭综合实验区环境与国土资源局", "2018-04-18"),
    ("现印发给你们，请认真贯彻执行。 平潭综合实验区管委会办公室 2020年5月6日 关于进一步支持5G网络规划建设和产业 发展实施方案 为深入贯彻落实。\n",
     "平潭综合实验区管委会办公室", "2020-05-06"),
    ("现将《…工作方案》印发给你们，请各处室各单位结合实际，细化分解任务，抓好贯彻落实。 平潭综合实验区苏平片区管理局 2022年8月10日苏平片区“打好安全检查百日大会战"
     "坚决防范化解重大安全风险”工作方案为认真学习贯彻。\n", "平潭综合实验区苏平片区管理局", "2022-08-10"),
    ("现印发给你们，请认真贯彻落实。 平潭综合实验区金井片区管理局党政办公室 2020年5月25日 平潭综合实验区金井片区社会救助兜底脱贫行动实施方案 为进一步。\n",
     "平潭综合实验区金井片区管理局党政办公室", "2020-05-25"),
    ("现予以印发，请认真遵照执行。附件：《2015年平潭综合实验区宜居环境建设项目一览表》平潭综合实验区管委会办公室2015年4月17日(联系人:陈香，联系电话:24203388)"
     "平潭综合实验区2015年宜居环境建设行动计划实施方案按照省政府关于宜居环境建设行动的统一部署。\n", "平潭综合实验区管委会办公室", "2015-04-17"),
])
def test_a_signer_then_its_date_run_on_into_what_follows(text, issuer, date):
    doc = policy_extract.parse_text(text)
    assert (doc.meta.issuer, doc.meta.issue_date) == (issuer, date)


@pytest.mark.parametrize("signers, issuer", [
    # signed jointly: no one issuer (the contract), however the names wrap
    ("河北省工业和信息化厅中国人民银行河北省分行", None),  # corpus 0894: a bank's name ends in 分行
    ("河北省工业和信息化厅河北省发展和改革委员会　　河北省生态环境厅", None),  # 0900: two names above the last, one line
    ("河北省教育厅河北省科学技术厅　　中国人民银行石家庄中心支行中国银行保险监督管理　　委员会河北监管局", None),  # 0902: a name wrapped
    ("中共河北省委组织部河北省人力资源和社会保障厅", None),  # 0150
    # one body: a department of the party committee, an office of a group's sub-group
    ("中共河北省委教育工委", "中共河北省委教育工委"),  # corpus 1046
    ("安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室", "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室"),  # 1137
    # a 管委会's office: one signer, not "…管委" and "会办" (changwu/pingtan-gov-zwgk-archive, 平潭综合实验区 殡葬专项整治 2016, review aq04)
    ("平潭综合实验区管委会办公室", "平潭综合实验区管委会办公室"),
    # a government's or a zone's body named after it without its place: one signer (上海市宝山区人民政府吴淞街道办事处 2024, zhiyao87/
    # Shanghai-Gov-Docs-Index index/11-街镇级发文, review bj01; 平潭 2020 安全生产 方案, changwu/pingtan-gov-zwgk-archive, review bh03)
    ("上海市宝山区人民政府吴淞街道办事处", "上海市宝山区人民政府吴淞街道办事处"),
    ("平潭综合实验区管委会安全生产委员会", "平潭综合实验区管委会安全生产委员会"),
    ("平潭综合实验区管委会安全生产委员会办公室", "平潭综合实验区管委会安全生产委员会办公室"),
    ("上海市宝山区人民政府上海市宝山区生态环境局", None),  # each named with its place: two
    ("平潭综合实验区管委会中共平潭综合实验区工委", None),  # the party's committee after the zone's: two (diffreview-ac)
    ("福建银保监局平潭监管组", "福建银保监局平潭监管组"),  # a group of the body, named after it: one (diffreview-ad)
    # nine signers, a supervision group and a cooperatives' union among them (平潭 2020 农民专业合作社规范提升行动, changwu/
    # pingtan-gov-zwgk-archive bmwj/202004/21193, review bb02): the date had been lost with them
    ("平潭综合实验区农业农村局 平潭综合实验区经济发展局平潭综合实验区财政金融局 平潭综合实验区行政审批局国家税务总局平潭综合实验区税务局 "
     "福建银保监局平潭监管组 平潭综合实验区供销合作社联合社", None),
])
def test_joint_signers_leave_the_issuer_empty(signers, issuer):
    text = f"现印发给你们，请认真贯彻落实。　　{signers}　　2023年3月22日河北省工业领域碳达峰实施方案　　工业是我省节能降碳的重点领域。\n"
    doc = policy_extract.parse_text(text)
    assert (doc.meta.issuer or None, doc.meta.issue_date) == (issuer, "2023-03-22")


@pytest.mark.parametrize("text, date", [
    # 宝山区 2008 目标任务分解 (xxgk.shbsq.gov.cn …0a3b4bac…, review r18a 02): a 上海 page's head, lined and flattened
    ("(二OO八年二月二十六日)\n宝府办〔2008〕18号\n各镇人民政府,各街道办事处:\n现将《2008年政府工作目标任务分解》印发给你们。\n", "2008-02-26"),
    ("(二OO八年二月二十六日)宝府办〔2008〕18号各镇人民政府,各街道办事处:现将《2008年政府工作目标任务分解》印发给你们。\n", "2008-02-26"),
    # corpus 0700 (中发〔2015〕8号): the date under the title, over the number
    ("中共中央国务院关于深化体制机制改革　　加快实施创新驱动发展战略的若干意见　　(2015年3月13日)　　中发〔2015〕8号　　创新是推动发展的重要力量。\n", "2015-03-13"),
    # a bracketed date in the text is no issue date
    ("各镇人民政府：\n一、做好春耕（2008年2月26日）准备工作。\n", None),
])
def test_the_date_in_brackets_over_the_doc_number(text, date):
    meta = policy_extract.parse_text(text).meta
    assert meta.issue_date == date
    if "宝府办" in text:  # the number after the date, on its own line or run on (flattened)
        assert meta.doc_number == "宝府办〔2008〕18号"


def test_a_name_in_quotes_that_publishes_something_is_not_the_title():
    # 镇政府2019年重点工作计划 (bofaninfo.com/article/12516.html, review r18a 05): "在《人民日报》发布的“2018年全国综合实力
    # 千强镇”榜单中名列第25位" had made the title 人民日报
    text = ("镇政府2019年重点工作计划\n1月22日,东莞市xx镇召开了十六届人大第七次会议,镇长李刚向大会作政府工作报告。\n"
            "村组集体经营性总收入x亿元,增长x%。在《人民日报》发布的“2018年全国综合实力千强镇”榜单中名列第25位。\n"
            "(一)提升城市空间品质,全面增强城市承载力。全方位优化拓展城市生产、生活和生态空间。\n")
    assert policy_extract.parse_text(text).meta.title == "镇政府2019年重点工作计划"


@pytest.mark.parametrize("line, recipients", [
    # corpus 0876 (河北省科技厅 2021): the last recipient ends in a label's words
    ("各设区市科技局，定州、辛集市科技局，各联盟成员单位：", ["各设区市科技局", "定州、辛集市科技局", "各联盟成员单位"]),
    # corpus 0840
    ("省科技创新工作领导小组各成员单位：", ["省科技创新工作领导小组各成员单位"]),
])
def test_recipients_that_end_in_a_labels_words(line, recipients):
    paras = [Piece("para", "关于印发技术合同认定登记培训班的通知", 1, 1), Piece("para", line, 2, 2), Piece("para", "为加强技术市场管理，现将有关事项通知如下。", 3, 3)]
    assert find_recipients(paras) == recipients


def test_without_a_signature_the_date_on_the_doc_numbers_line_is_the_issue_date():
    # 四川 2011 (川府发〔2011〕8号 on a gazette mirror, m.pouringspot.com …d20e4ffa….shtml, review web-q 07): the gazette heads the
    # document with its number and date on one line and prints no signature
    text = ("四川省人民政府\n关于落实《政府工作报告》重点工作\n部门分工的意见\n川府发〔2011〕8号 二○一一年三月十七日\n省政府各部门、各直属机构:\n"
            "根据省委2010年工作部署,现就重点工作部门分工提出如下意见:\n一、努力扩大内需,促进经济平稳较快发展\n认真落实中央积极的财政政策。(财政厅负责)\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.doc_number, meta.issue_date) == ("川府发〔2011〕8号", "2011-03-17")
    signed = text + "四川省人民政府\n2011年3月20日\n"
    assert policy_extract.parse_text(signed).meta.issue_date == "2011-03-20"  # (a signature's date first)


def test_a_doc_number_after_the_pages_publisher_field():
    # 湖州市卫生健康委 2023 工作要点 (review r19a 03), flattened: "…• 时间:2023-05-04 08:58:16• 发布:湖州卫生健康委湖卫健发〔2023〕1号
    # 湖州市卫生健康委关于印发…的通知各区县卫生健康局…:" — the lined copy gave the number, the flattened one none
    text = ("当前位置: 首页>政务频道 >政务公开 >本局文件湖州市卫生健康委关于印发 2023年全市卫生健康工作要点的通知• 时间:2023-05-04 08:58:16"
            "• 发布:湖州卫生健康委湖卫健发〔2023〕1号湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知各区县卫生健康局,委属各单位:"
            "现将《2023年全市卫生健康工作要点》下发给你们,请认真贯彻执行。湖州市卫生健康委员会2023年4月26日\n")
    assert policy_extract.parse_text(text).meta.doc_number == "湖卫健发〔2023〕1号"


def test_a_doc_number_right_before_the_recipients_is_the_notices_whatever_the_page_printed_before_it():
    # 湘阴县 2019 (xiangyin.gov.cn/31951/58041/58042/content_1795915.html, review web-n 09), flattened: the page's time, view count and
    # share buttons, then the number and the recipients; the row of pipes had hidden the notice's opening (no number, no recipients)
    text = ("关于印发《湘阴县进一步优化营商环境的若干规定》的通知来源:湘阴县人民政府   2021-03-02 14:44浏览量:1 | | | |湘阴发〔2019〕4号"
            "各乡镇党委、乡镇人民政府,各街道党工委、街道办事处(拟设),工业园区、金龙新区、漕溪港临港产业新区,横岭湖(青山岛)省级自然保护区、"
            "鹅形山森林公园管理处,县直及驻县各单位:现将《湘阴县进一步优化营商环境的若干规定》印发给你们,"
            "请认真遵照执行。中共湘阴县委        湘阴县人民政府2019年2月18日湘阴县进一步优化营商环境的若干规定第一章  总  则第一条  为全面"
            "提升行政效能,特制定本规定。第二章  推进“最多跑一次”改革高效落地第二条  推进“一件事”一窗办。\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.doc_number, meta.recipients[0]) == ("湘阴发〔2019〕4号", "各乡镇党委、乡镇人民政府")
    # without the value of a page field glued before it ("点击数:人次竹府办〔2016〕20号", 大竹县 2016 flattened, web-h 03: the counter's
    # unit, its figure not stored; "有效性 失效金政发〔2021〕1号", 金乡县 2021, review bo02), after a counter's label ("该信息已被浏览:木环组发
    # 〔2019〕1号各乡镇党委", 木兰县 2020, review bp05); nor one a regulation's history cites ("(2000年10月26日劳动和社会保障部令第8号公布
    # 根据…《人力资源社会保障部关于修改部分规章的决定》…", corpus 0068)
    text = ("大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知来源:信息公开办发布日期:2016-03-01点击数:人次竹府办〔2016〕20号"
            "各乡镇人民政府、街道办事处,县级各部门:为让人民群众生活得更有保障,现将有关事项通知如下。\n")
    assert policy_extract.parse_text(text).meta.doc_number == "竹府办〔2016〕20号"
    for text, number in (("主题分类: 综合政务 有效性 失效金政发〔2021〕1号关于印发2021年金乡县政府重要工作事项责任分工的通知各镇人民政府:现印发给你们。\n",
                          "金政发〔2021〕1号"),
                         ("关于印发《木兰县优化营商环境工作方案》的通知发表日期: 2020-11-18 来源:木兰县营商局 作者:胡艳玲 该信息已被浏览:木环组发〔2019〕1号"
                          "各乡镇党委、政府,县委、县政府各有关部门:现将《木兰县优化营商环境工作方案》印发给你们。\n", "木环组发〔2019〕1号"),
                         # further into a news page's text, between the notice's title and its recipients (苍南县 2023, review bp01 flattened)
                         ("日前,苍南县人民政府印发关于推动经济高质量发展若干政策的通知。" + "文件指出,持续做好抽水蓄能等项目前期。" * 12 + "文件原文如下:"
                          "苍南县人民政府印发关于推动经济高质量发展若干政策的通知苍政发〔2023〕22号各乡镇人民政府,县直属各单位:现印发给你们。\n",
                          "苍政发〔2023〕22号")):
        assert policy_extract.parse_text(text).meta.doc_number == number
    # not a forwarded notice's, under the forwarding notice's signature date (diffreview-ae's probe)
    text = ("各乡镇：现将《河南省人民政府办公厅关于做好某某工作的通知》转发给你们，请认真贯彻执行。某某县人民政府办公室2023年3月1日"
            "河南省人民政府办公厅关于做好某某工作的通知豫政办〔2023〕5号各省辖市人民政府，省人民政府各部门：现就有关事项通知如下。\n")
    assert policy_extract.parse_text(text).meta.doc_number is None
    text = ("失业保险金申领发放办法(2000年10月26日劳动和社会保障部令第8号公布根据2018年12月14日《人力资源社会保障部关于修改部分规章的决定》"
            "第一次修订)第一条为了保证失业人员及时获得失业保险金，制定本办法。\n")
    assert policy_extract.parse_text(text).meta.doc_number is None
    from policy_extract.pipe_runs import prose_row

    assert prose_row(["2021-03-02 14:44浏览量:1", "", "", "", text]) and not prose_row(["专栏1", text])  # (a panel's one long cell is its own)
    # (diffreview-s25's probe) nor a number a list of documents gives, whatever follows it: a repeal's list, lined or run together
    text = ("湖南省人民政府关于废止部分规范性文件的决定\n各市州人民政府，省政府各厅委、各直属机构：\n经清理，省人民政府决定废止以下规范性文件：\n"
            "1. 湘政发〔2015〕4号 湖南省人民政府关于加快发展养老服务业的意见\n2. 湘政发〔2016〕3号 湖南省人民政府关于印发某某方案的通知\n")
    for joiner in ("\n", ""):
        assert policy_extract.parse_text(text.replace("\n", joiner) + "\n").meta.doc_number is None


GUANGDONG_2021 = (  # 粤府〔2021〕22号 as a reprint site printed it (foodmate, review web-q 04), flattened: the page's head, its info table, the notice
    "广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知 (粤府〔2021〕22号)时间: 2023-02-21来源: 广东省人民政府核心提示:《2021年省〈政府工作报告〉重点任务分"
    "工方案》已经省政府全体会议审议通过,现印发给你们,请认真贯彻执行。执行过程中遇到的问题,请径向省政府办公厅反映。《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们"
    ",请认真贯彻执行。执行过程中遇到的问题,请径向省政府办公厅反映。发布单位 |广东省人民政府|发布文号 | 粤府〔2021〕22号 |发布日期 | 2021-03-29 | 生效日期 | 2021-03"
    "-29 |有效性状态 | 阶段性文件 | 废止日期 | 暂无 |属性 | 专业属性 | 其他 | |备注 |各地级以上市人民政府,省政府各部门、各直属机构:《2021年省〈政府工作报告〉重点任务分工方"
    "案》已经省政府全体会议审议通过,现印发给你们,请认真贯彻执行。执行过程中遇到的问题,请径向省政府办公厅反映。广东省人民政府2021年3月21日2021年省《政府工作报告》重点任务分工方案为贯彻落实全国"
    "两会精神,全面落实省第十三届人民代表大会第四次会议通过的省《政府工作报告》部署,做好今年全省政府工作,努力实现经济社会发展目标任务,现将2021年省《政府工作报告》确定的主要预期目标和十大重点工作任务"
    ",对应分解为出台政策文件、制定工作方案、组织重大活动、召开部署推进会议等具体举措,并逐项明确分管省领导和部门分工。一、2021年经济社会发展主要预期目标1.地区生产总值增长6%以上。分管省领导:林克庆"
    "部门分工:省发展改革委牵头,各地、各部门配合。"
)


def test_the_pages_head_over_its_info_table_with_the_notice_after_it():
    # the head (title, time, source, the summary's sentences) had been the info table's first cell: no title, no number; and the
    # recipients' "省政府各部门、各直属机构" reads name by name ("各直属机构": 各 over it)
    meta = policy_extract.parse_text(GUANGDONG_2021 + "\n").meta
    assert (meta.title, meta.doc_number, meta.issue_date) == ("2021年省《政府工作报告》重点任务分工方案", "粤府〔2021〕22号", "2021-03-21")
    assert meta.recipients == ["各地级以上市人民政府", "省政府各部门、各直属机构"]


@pytest.mark.parametrize("text, date", [
    # 佛山三水区 2007 (jxtv3.com …20120810_3827283.html, review r20b 08), flattened: the date after the annex's title, a stray "|"
    ("一、各牵头单位要按照分解表的要求落实。二、各部门各单位要在每季度末报区督查组。附件:2007年三水区政府工作主要任务分解表二○○七年四月十三日|\n",
     "2007-04-13"),
    # 徐州 2010 (review r20b 04), flattened: the date between the annex list and the plan it issues
    ("全面完成《政府工作报告》确立的各项主要目标任务。特此通知。附件:2010年《政府工作报告》主要目标任务分解方案二〇一〇年三月十三日"
     "2010年《政府工作报告》主要目标任务分解方案一、目标分解1.地区生产总值增长12%。\n", "2010-03-13"),
    # corpus 0809 (2013): the date closes the text, no signer
    ("各市要根据本实施意见要求，结合本地实际，制定出台促进科技型中小企业发展的具体措施。2013年7月25日\n", "2013-07-25"),
])
def test_a_signature_date_with_no_signer_run_on(text, date):
    assert policy_extract.parse_text(text).meta.issue_date == date


@pytest.mark.parametrize("text, date", [
    # corpus 0297 (中组部等5部门 2014): "…服务水平和质量。中共中央组织部人力资源社会保障部国家发展和改革委员会财政部国家档案局2014年12月10日":
    # the five names (35 characters) had been too long for a signer; the date was lost, and no issuer is right (joint)
    ("各省、自治区、直辖市党委组织部：一、加强组织领导。不断提升服务水平和质量。"
     "中共中央组织部人力资源社会保障部国家发展和改革委员会财政部国家档案局2014年12月10日\n", "2014-12-10"),
    # corpus 0277 (河北省重点群体创业推进行动工作方案, review r25a 06): right after the contact line's number, "…联系电话：
    # 0311-87908801河北省人力资源和社会保障厅河北省发展和改革委员会…2022年12月30日（此件主动公开）河北省重点群体创业推进行动工作方案根据…"
    ("各市人力资源社会保障局：现将工作方案印发给你们，请认真贯彻落实。联系电话：0311-87908801河北省人力资源和社会保障厅"
     "河北省发展和改革委员会河北省教育厅河北省财政厅2022年12月30日（此件主动公开）河北省重点群体创业推进行动工作方案一、工作目标\n", "2022-12-30"),
])
def test_joint_signers_run_together_longer_than_one_name(text, date):
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer or None, meta.issue_date) == (None, date)


def test_a_plans_years_in_its_title_start_its_context_year():
    # corpus 0922 (河北省质量强省建设行动方案（2023-2027年）, review r21a 10): the year "年底前" means is the plan's first,
    # not its last; "到2023年底推动…全覆盖" had been dropped as years before the notice
    assert context_year("河北省质量强省建设行动方案（2023-2027年）", "2023-03-24") == 2023
    assert context_year("2024年全市卫生健康工作要点", None) == 2024
    # 静安区消防救援发展三年行动计划（2019—2021） (zhiyao87/Shanghai-Gov-Docs-Index, review z01): the span printed without 年, no date
    # signed — the year had been the cited 中办发〔2018〕50号's
    assert context_year("静安区消防救援发展三年行动计划（2019—2021）", None, None, [Piece("para", "根据《意见》（中办发〔2018〕50号）", 1, 1)]) == 2019
    # (diffreview-x) a year the title names after such a span is the year: "…（2018—2020）中期评估及2019年工作安排"
    assert context_year("上海市三年行动计划（2018—2020）中期评估及2019年工作安排", None) == 2019
    text = "河北省质量强省建设行动方案（2023-2027年）\n（一）推广先进质量管理方法。推行企业首席质量官制度，到2023年底推动全省规模以上工业企业首席质量官全覆盖。\n"
    assert policy_extract.parse_text(text).tasks[0].deadline.date == "2023-12-31"


@pytest.mark.parametrize("signers, tail, date", [
    # corpus 0013 (人社部等20部门 2021, review r23a 01): twenty names run together, 123 characters, closing the text
    ("国家发展改革委教育部科技部工业和信息化部民政部财政部人力资源社会保障部自然资源部住房城乡建设部农业农村部商务部文化和旅游部"
     "国家卫生健康委中国人民银行市场监管总局国家广电总局中国银保监会中国证监会国家知识产权局国家乡村振兴局", "", "2021-08-24"),
    # corpus 0357 (河北省人社厅等19部门 2021, review r23a 10): nineteen names, then the site's link to the notice's interpretation
    ("河北省人力资源和社会保障厅河北省发展和改革委员会河北省教育厅河北省科学技术厅河北省工业和信息化厅河北省民政厅河北省财政厅"
     "河北省自然资源厅中国人民银行石家庄中心支行河北省市场监督管理局中国银行保险监督管理委员会河北监管局河北省乡村振兴局",
     "《关于劳务品牌建设的实施意见》解读", "2021-11-15"),
    # corpus 0014 (人社部等8部门 2021, review c29-2): the last signer 全国总工会, then the publication remark
    ("人力资源社会保障部国家发展改革委交通运输部应急部市场监管总局国家医保局最高人民法院全国总工会", "（此件主动公开）", "2021-07-16"),
])
def test_many_signers_run_together_at_the_end_are_cut_from_the_last_task(signers, tail, date):
    text = ("各省、自治区、直辖市人力资源社会保障厅（局）：一、加强组织领导。各地要建立工作机制。二、营造良好氛围。各地要讲好劳务品牌故事，形成浓厚氛围。"
            f"{signers}{date[:4]}年{int(date[5:7])}月{int(date[8:])}日{tail}\n")
    doc = policy_extract.parse_text(text)
    assert doc.tasks[-1].text == "营造良好氛围。各地要讲好劳务品牌故事，形成浓厚氛围。"
    assert doc.tasks[-1].deadline is None
    assert (doc.meta.issuer or None, doc.meta.issue_date) == (None, date)  # signed jointly: no one issuer


def test_a_list_of_schools_before_the_signer_is_no_joint_signature():
    # corpus 1031 flattened (河北省教育厅 2020): "…责任令整改的民办学校（4所）河北同仁科技专修学院河北翻译培训学院…河北省教育厅2020年9月8日":
    # the schools are the item's list, the last name the signer
    text = ("各市教育局：一、加强民办学校管理。二、责令整改的民办学校（4所）河北同仁科技专修学院河北翻译培训学院河北中外文化交流专修学院"
            "河北网络培训专修学院河北省教育厅2020年9月8日\n")
    doc = policy_extract.parse_text(text)
    assert doc.tasks[-1].text.startswith("责令整改的民办学校（4所）河北同仁科技专修学院")


def test_signers_a_date_and_an_annex_list_after_the_last_item_are_no_part_of_it():
    # 虹口区 加装电梯 工作方案 (zhiyao87/Shanghai-Gov-Docs-Index, review ad07) flattened: five signers spaced apart, the date after
    # them — they had stayed in the last task, their date its time limit
    text = ("（四）加强结果运用。区房管局定期将检查与处罚情况进行汇总，以加装电梯工作简报形式通报。虹口区住房保障和房屋管理局      虹口区建设和管理委员会"
            "虹口区应急管理局        虹口区市场监督管理局虹口区城市管理行政执法局2023年6月12日\n")
    doc = policy_extract.parse_text(text)
    assert (doc.tasks[-1].text, doc.tasks[-1].deadline) == ("加强结果运用。区房管局定期将检查与处罚情况进行汇总，以加装电梯工作简报形式通报。", None)
    # 上海市加强城市地质安全风险防控 实施方案 (review af03) flattened: the annex list after the last item's note; corpus 0175 (河北
    # 督查 2017): "…严格落实中央八项规定精神。附件1：督查组分组名单" — no part of the item (an item's own "详见附件" stays)
    text = ("（三）加强城市地质调查成果宣传。为地质安全风险防控营造良好社会氛围。（市规划资源局、市应急局等按职责分工负责）"
            "附件：上海市加强城市地质安全风险防控主要目标\n")
    assert policy_extract.parse_text(text).tasks[-1].text == "加强城市地质调查成果宣传。为地质安全风险防控营造良好社会氛围。"
    text = "六、工作要求\n（三）严肃工作纪律。实地督查期间，督查组要严格落实中央八项规定精神。附件1：督查组分组名单\n"
    assert policy_extract.parse_text(text, task_section="工作要求").tasks[-1].text == "严肃工作纪律。实地督查期间，督查组要严格落实中央八项规定精神。"
    text = "二、重点任务\n（一）规范申报。各单位按要求填报，详见附件：申报表\n"
    assert policy_extract.parse_text(text).tasks[-1].text.endswith("详见附件：申报表")
    # (diffreview-x) nor an instruction on the annexes' data: "附件1、2中的数据须经单位负责人签字确认"
    text = "二、重点任务\n（一）规范申报。各单位于6月底前报送。附件1、2中的数据须经单位负责人签字确认\n"
    assert policy_extract.parse_text(text).tasks[-1].text.endswith("须经单位负责人签字确认")
    # (diffreview-x) a wrapped line that opens with 收藏 is the item's ("…各级文物" / "收藏单位要建立藏品档案。")
    text = "二、重点任务\n（一）加强文物保护。各级文物\n收藏单位要建立藏品档案。\n"
    assert policy_extract.parse_text(text).tasks[-1].text.endswith("收藏单位要建立藏品档案。")
    # 上海市住房和城乡建设管理委员会 关于做好2026年玻璃幕墙安全排查整治工作的通知 (review ad08): the date, then the page's "收藏",
    # "打印本页", "关闭窗口" on lines of their own
    text = "四、紧盯隐患闭环\n由属地建设行政管理部门依法依规实施行政处罚。\n2026年5月15日\n收藏\n打印本页\n关闭窗口\n"
    doc = policy_extract.parse_text(text)
    assert (doc.tasks[-1].text, doc.tasks[-1].deadline, doc.meta.issue_date) == ("紧盯隐患闭环\n由属地建设行政管理部门依法依规实施行政处罚。", None, "2026-05-15")


def test_the_publication_remark_after_a_run_on_signature_is_cut_with_it():
    # corpus 0258 (国办发〔2016〕82号, review r23a 08): "…开展相关表扬激励工作。国务院办公厅2016年11月12日（此件公开发布）"
    text = "各省、自治区、直辖市人民政府：一、加强督查激励。二、防止增加地方负担。国务院办公厅将统筹组织开展相关表扬激励工作。国务院办公厅2016年11月12日（此件公开发布）\n"
    doc = policy_extract.parse_text(text)
    assert doc.tasks[-1].text == "防止增加地方负担。国务院办公厅将统筹组织开展相关表扬激励工作。"
    assert (doc.meta.issuer, doc.meta.issue_date) == ("国务院办公厅", "2016-11-12")
    # corpus 1078 (国办函 四川 2004) flattened (review fv-s6): a letter as the gazette prints it, "（本文有删减）" under the date
    text = "十一、关于水淹区贫困群众生产生活问题。请你省有关部门指导广安市按《汇报》的意见办理。国务院办公厅二〇〇四年十月十五日（本文有删减）\n"
    assert policy_extract.parse_text(text).tasks[-1].text == "关于水淹区贫困群众生产生活问题。请你省有关部门指导广安市按《汇报》的意见办理。"
    # corpus 0220 (河北人社 2016 年度考核, review c24-3): the remark, then the contact's office in brackets
    text = ("七、有关要求。各单位要认真组织。八、其他有关事项机关工勤人员年度考核工作参照事业单位工作人员的年度考核工作实施。"
            "河北省人力资源和社会保障厅2016年11月16日（此件主动公开）（联系单位：事业单位人事管理处）\n")
    doc = policy_extract.parse_text(text)
    assert doc.tasks[-1].text == "其他有关事项机关工勤人员年度考核工作参照事业单位工作人员的年度考核工作实施。"
    assert (doc.meta.issuer, doc.meta.issue_date) == ("河北省人力资源和社会保障厅", "2016-11-16")
    # corpus 0022 (河北人社 2024 技师考评, review c30-1): two contact brackets, then the files the page offers
    text = ("九、有关要求\n（三）强化纪律意识。驻冀中直单位参照执行，按属地管理。河北省人力资源和社会保障厅2024年8月10日（此件主动公开）"
            "（联系单位：职业能力建设处）（联系电话：0311-66908218）1.河北省机关事业单位工人技师考核考务工作安排.docx"
            "2.河北省机关事业单位工人技师评审一览表.doc3.河北省机关事业单位工人技师评审表.doc\n")
    doc = policy_extract.parse_text(text, task_section="有关要求")  # (its requirements, read as the work here)
    assert doc.tasks[-1].text == "强化纪律意识。驻冀中直单位参照执行，按属地管理。"
    assert (doc.meta.issuer, doc.meta.issue_date) == ("河北省人力资源和社会保障厅", "2024-08-10")
    # corpus 0182 (河北人社 2023): the annex's label before the signature, its list not in the crawl, goes with it
    text = ("一、加强组织。各地要认真组织。二、做好公布。各地要及时在当地人力资源市场公布，为用人单位和劳动者做好查询服务工作。附件："
            "河北省人力资源和社会保障厅2023年9月27日（此件主动公开）（联系单位：劳动关系处）\n")
    assert policy_extract.parse_text(text).tasks[-1].text == "做好公布。各地要及时在当地人力资源市场公布，为用人单位和劳动者做好查询服务工作。"
    # corpus 0778 flattened (河北 深化科技体制改革 2015, review c27-1): a date alone in digits after the last sentence is the
    # signature's, no time limit of the last item
    text = "一、加强组织。各地要认真组织。二、完善考核。各地各部门要明确责任、分解任务，确保重大举措和政策措施落地生根。2015年9月30日\n"
    doc = policy_extract.parse_text(text)
    assert (doc.tasks[-1].text, doc.tasks[-1].deadline) == ("完善考核。各地各部门要明确责任、分解任务，确保重大举措和政策措施落地生根。", None)
    assert doc.meta.issue_date == "2015-09-30"


def test_a_closing_paragraph_naming_the_notice_over_its_signature_is_no_part_of_the_last_item():
    # corpus 0681 (科技部 关于进一步鼓励和规范社会力量设立科学技术奖的指导意见 2017, review c17-2): "本意见颁布后，…" under the last item
    text = ("（四）建立社会科技奖励规范化和常态化的宣传报道机制，提高社会科技奖励的整体水平。\u3000\u3000本意见颁布后，各级科学技术行政管理部门要"
            "结合实际，因地制宜制订相关规定。新设立的奖励要严格按照本意见执行。\u3000\u3000科技部\u3000\u30002017年7月7日\n")
    doc = policy_extract.parse_text(text)
    assert doc.tasks[-1].text == "建立社会科技奖励规范化和常态化的宣传报道机制，提高社会科技奖励的整体水平。"
    assert (doc.meta.issuer, doc.meta.issue_date) == ("科技部", "2017-07-07")
    # "本规划期内，…" opens the item's own paragraph, no closing (review diffreview-s19)
    text = "（二）加大资金投入。市财政每年安排专项资金。\n本规划期内，各县区财政要按1:1比例落实配套资金。\n邯郸市人民政府\n2023年5月6日\n"
    assert policy_extract.parse_text(text).tasks[-1].text.endswith("按1:1比例落实配套资金。")


@pytest.mark.parametrize("before, item, tail, ends", [
    # corpus 0167 (河北省人社厅 2017 劳务派遣, review s8): the effective clause and the signature run on after the last item
    ("四、做好宣传。各地要广泛宣传。", "五、加强信息化建设。同时加载劳务派遣经营许可法律法规政策规定和相关表格、流程和样本等下载专区。",
     "本通知自发布之日起予以实施。河北省人力资源和社会保障厅2017年9月13日（此件主动公开)（联系单位：劳动关系处）", "下载专区。"),
    # corpus 0581 (review s9): after the last item's note, and a term of validity after it
    ("（十七）做好宣传。各地要广泛宣传。（责任单位：省委宣传部）", "（十八）强化政策落实。最大限度释放研发费用加计扣除政策效应。（责任单位：省税务局、省科技厅）",
     "本措施自发布之日起实施，有效期3年，根据有关政策变化适时进行调整。", "政策效应。"),
])
def test_when_the_notice_takes_effect_is_no_part_of_the_last_item(before, item, tail, ends):
    task = policy_extract.parse_text(before + "\n" + item + tail + "\n").tasks[-1]
    assert task.text.endswith(ends) and task.number == item[: item.index("、") + 1 if "、" in item[:3] else item.index("）") + 1].rstrip("、")
    assert tail[:4] not in task.text


@pytest.mark.parametrize("item", [
    # work the place or the campaign sets going is the item's (diffreview-v), and a clause a unit note follows
    "（二）推行垃圾分类。各地要加快分类设施建设。本市自2023年1月1日起实行生活垃圾强制分类，2023年底前实现全覆盖。（市城管局牵头）",
    "（二）开展专项整治。聚焦重点领域开展整治。本次专项行动自2022年4月起实施，至2022年10月底结束。（省市场监管局牵头）",
    "（二）做好新旧政策衔接。各地要做好宣传解读。本办法自2022年5月1日起施行后，原办法同时废止，各地要于2022年6月底前完成清理。（省司法厅负责）",
])
def test_an_effective_clause_that_is_the_items_work_stays(item):
    task = policy_extract.parse_text("一、主要任务\n（一）加强组织领导。（省发改委牵头）\n" + item + "\n河北省人民政府办公厅\n2022年3月1日\n").tasks[-1]
    assert task.text.endswith("。") and task.text[-8:] in item and task.deadline is not None and (task.lead_units or task.responsible_units)


def test_the_closing_paragraphs_run_on_before_a_run_on_signature_are_cut():
    # corpus 1059 (国办发〔2019〕6号 政府性融资担保, flattened; review c17-1): after the last item, "各地区、各部门要…" and "财政部要
    # 会同…，对本意见执行情况进行督促检查…" ran on into the item
    item = ("（二十七）完善绩效评价体系。各级财政部门要会同有关方面研究制定绩效考核办法，激发其开展支小支农担保业务的内生动力。")
    closing = ("各地区、各部门要充分认识规范政府性融资担保机构运作的重要意义，抓好组织实施。财政部要会同发展改革委等部门，加强统筹协调，"
               "对本意见执行情况进行督促检查和跟踪分析，重大事项及时向国务院报告。国务院办公厅2019年1月22日（此件公开发布）")
    doc = policy_extract.parse_text(item + closing + "\n")
    assert doc.tasks[-1].text == item[len("（二十七）"):] and doc.meta.issuer == "国务院办公厅"
    # corpus 0003 (人社厅发 2022 职称评审破“四唯”, flattened; review s3): the closing asks only that problems met be reported
    # ("…遇到的重要问题及时向人力资源社会保障部报告"); its dates ("2023年底前，系统梳理…") had been item 九's time limit
    # (diffreview-s25's probe) a finished sentence that gives work is the item's, a contact label in it or not
    text = "一、重点工作\n（一）做好宣传。各地要广泛宣传。宣传材料发放地址：各乡镇便民服务中心，由各乡镇负责发放到户。石家庄市人民政府办公室2024年3月1日\n"
    assert policy_extract.parse_text(text).tasks[-1].text.endswith("由各乡镇负责发放到户。")
    item = "九、优化职称评审服务。进一步畅通外籍人才职称申报渠道。营造风清气正的职称评审环境。"
    closing = ("各地各有关单位要以习近平新时代中国特色社会主义思想为指导，切实采取管用有效的措施推动改革任务落实落地落细。2023年6月底前完成各系列评审"
               "标准修订工作。2023年底前，系统梳理本地区设置的职称评审专业，向社会公布。职称制度改革推进过程中遇到的重要问题及时向人力资源社会保障部报告。"
               "人力资源社会保障部办公厅2022年11月30日")
    task = policy_extract.parse_text(item + closing + "\n").tasks[-1]
    assert task.text == item[len("九、"):] and task.deadline is None
    # the notice acting on itself, not an instruction naming it: "各乡镇、各部门要按照本方案要求细化工作措施。" and the item's
    # sentence after it stay (review diffreview-s19)
    item = ("（二）强化督查考核。建立工作专班。各乡镇、各部门要按照本方案要求细化工作措施。县政府督查室每季度开展一次专项督查，"
            "对工作不力的予以通报问责。磁县人民政府办公室2023年5月6日\n")
    assert policy_extract.parse_text(item).tasks[-1].text.endswith("对工作不力的予以通报问责。")
    # an item's own sentences stay: the closing must address all units or name the notice (corpus 0261, 0198), and never
    # leaves the item its title alone (corpus 0309: "（六）做好培训宣传，强化服务意识。各地、各部门要…本通知未作明确事宜，…")
    item = ("（六）做好培训宣传，强化服务意识。各地、各部门要牢固树立以人民为中心的服务理念。各评委会组建单位要组织评审专家培训。"
            "本通知未作明确事宜，按国家和我省现行有关政策规定执行。河北省人力资源和社会保障厅2021年6月1日\n")
    assert policy_extract.parse_text(item).tasks[-1].text.startswith("做好培训宣传，强化服务意识。各地、各部门要牢固树立")


def test_a_signature_run_on_into_an_annexs_title_closes_the_last_item():
    # corpus 0228 (河北省 分级诊疗制度 实施意见 2015, review r31a 09): the annex list, the signature and the first
    # annex's title and first sentence, all run on after the last item
    text = ("各市人民政府：二、完善分级诊疗服务体系（一）合理配置医疗资源。通过行政管理、财政投入、绩效考核和医保支付等激励约束措施，控制三级综合医院数量和规模。"
            "三、建立健全分级诊疗保障机制（一）进一步改革医保支付制度。合理提高基层医疗机构的医保慢性病门诊报销比例。"
            "（二）完善医疗服务价格形成机制。合理制定和调整医疗服务价格。（三）推进基层签约服务制度。规范签约服务收费。"
            "（四）建立慢性病分级诊治管理机制。针对高血压、糖尿病、肿瘤、心脑血管疾病等慢性病患者以及结核病患者的诊疗、康复和管理需求"
            "，建立基层医疗机构与综合（专科）医院的分工协作机制。由三级医院的专科医师、基层医疗机构的全科医师和健康管理人员组成团队，"
            "为签约服务的慢性病患者提供连续性诊疗与健康管理服务。医保机构要合理确定基层门诊费用总额控制指标，支持慢性病患者的基层用药"
            "品种和诊疗项目，积极探索对慢性病实行按病种打包付费。慢性病患者可由签约医师开具慢性病长期药品处方，探索多种形式满足患者治"
            "疗用药需求。各级政府和相关部门要切实加强组织领导，将分级诊疗工作作为核心任务纳入深化医药卫生体制改革工作的总体安排。卫生"
            "计生部门要加强对医疗机构监管，明确双向转诊制度，优化转诊流程。机构编制部门要做好基层医疗卫生机构人员编制的合理调整，督促"
            "乡镇卫生院、社区卫生服务中心落实人员编制。财政部门要落实财政补助政策。发展改革、价格部门要完善医药价格政策，落实分级定价"
            "措施，建立医疗服务价格动态体制机制。人力资源社会保障部门和卫生计生部门要完善医保支付政策，推进医保支付方式改革，完善绩效"
            "工资分配机制。2015年唐山和邯郸两个国家公立医院改革试点城市要率先推进分级诊疗试点工作，同时鼓励有条件的地区开展局部试"
            "点。2017年全省分级诊疗工作全面铺开。要加强宣传，引导群众改变就医观念和习惯，就近、优先选择具备服务能力的基层医疗机构"
            "就诊。附件：1.河北省双向转诊暂行规定2.河北省分级诊疗试点工作考核评价标准河北省人民政府办公厅2015年10月30日河"
            "北省双向转诊暂行规定为建立分级诊疗制度，引导群众有序就医，促进医疗资源合理利用，制定本规定。\n")
    doc = policy_extract.parse_text(text)
    assert (doc.meta.issuer, doc.meta.issue_date) == ("河北省人民政府办公厅", "2015-10-30")
    assert [t.id for t in doc.tasks] == ["2.1", "3.1", "3.2", "3.3", "3.4"]
    assert doc.tasks[-1].text.endswith("优先选择具备服务能力的基层医疗机构就诊。")
    assert doc.tasks[-1].deadline is None  # the signature's date is the notice's, not the work's


def test_a_signature_run_on_into_a_short_title_and_its_first_sentence():
    # corpus 1136 flattened (安徽 支持工业互联网发展若干政策 2021, review c22-1): the title ends with no plan word, but the
    # plan's first sentence opens after it
    text = ("…现将《支持工业互联网发展若干政策》印发给你们，请认真抓好落实。安徽省人民政府办公厅2021年9月2日支持工业互联网发展若干政策"
            "为充分运用市场的逻辑、资本的力量，更好发挥政府作用，加快我省工业互联网发展，制定如下政策。\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("安徽省人民政府办公厅", "2021-09-02")
    # only after the sentence that hands the notice over: a meeting held on a day is no signature (review diffreview-s20)
    item = "（一）推进民生实事。市政府办公室2023年3月1日召开专题会议研究部署为民办实事工作，各单位要抓好落实。（责任单位：市发改委）\n"
    doc = policy_extract.parse_text(item)
    assert (doc.meta.issuer, doc.meta.issue_date) == (None, None) and doc.tasks[0].text.endswith("各单位要抓好落实。")


def test_a_doc_number_glued_to_its_label_without_a_colon():
    # 黄石市 2022 (huangshi.gov.cn, review r33a 06): the page's field "发文字号黄政办发〔2022〕1号" after another field
    text = ("关于印发2022年市政府重点工作和十件实事责任分解的通知\n"
            "发文单位黄石市人民政府办公室 发文字号黄政办发〔2022〕1号\n大冶市、阳新县、各区人民政府,市政府各部门:\n"
            "现将《2022年市政府重点工作和十件实事责任分解》印发给你们,请结合工作实际,认真贯彻落实。\n")
    assert policy_extract.parse_text(text).meta.doc_number == "黄政办发〔2022〕1号"
    # 上海市住房城乡建设管理委 2025 海绵城市建设工作要求 (zhiyao87/Shanghai-Gov-Docs-Index, review bu03 flattened): the page's fields run
    # together, an issuer's name glued before the label ("…发布机构上海市住房和城乡建设管理委员会文件编号沪建综规〔2025〕69 号记录形式…")
    text = ("上海市住房和城乡建设管理委员会关于发布2025年本市海绵城市建设工作要求的通知索取号3589258689/2025-00030载体类型发布机构"
            "上海市住房和城乡建设管理委员会文件编号沪建综规〔2025〕69 号记录形式公开类别主动公开各区建设管理（交通）委：现就有关要求通知如下：\n")
    assert policy_extract.parse_text(text).meta.doc_number == "沪建综规〔2025〕69号"
    # not a label's words inside the notice's title (diffreview-ae's probe)
    text = "某县人民政府办公室关于规范行政规范性文件编号管理的通知某政〔2023〕3号各乡镇人民政府，县直各单位：现印发。\n"
    assert policy_extract.parse_text(text).meta.doc_number == "某政〔2023〕3号"


def test_a_signature_run_on_into_a_plans_title_that_quotes_a_slogan():
    # 海西州 2020 (review r32a 05, flattened): "…请认真贯彻落实,抓紧推进各项工作。海西州人民政府办公室2020年10月30日关于在全州
    # 开展“收好官,开好局”专项行动实施方案第四季度是全年工作的收官阶段…" — the slogan's comma inside its quotes
    text = ("《关于在全州开展“收好官,开好局”专项行动实施方案》已经州政府研究同意,现印发给你们,请认真贯彻落实,抓紧推进各项工作。"
            "海西州人民政府办公室2020年10月30日关于在全州开展“收好官,开好局”专项行动实施方案第四季度是全年工作的收官阶段。\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("海西州人民政府办公室", "2020-10-30")


def test_a_page_fields_date_on_its_own_line_is_no_signature_date():
    # 南昌市 2019年民生实事工程安排意见 (a repost, chexzq.109.jx71.com/html/zczc/sjcz/540.html, review r33b 07): the site's
    # "发布时间:" over "2019年08月08日", and the notice's date under it, its signer not printed
    text = ("发布时间:\n2019年08月08日\n南昌市人民政府关于印发2019年南昌市民生实事工程安排意见的通知\n各县(区)人民政府:\n"
            "《2019年南昌市民生实事工程安排意见》已经市政府审议通过,现印发给你们,请认真贯彻实施。\n2019年7月9日\n(此件主动公开)\n")
    assert policy_extract.parse_text(text).meta.issue_date == "2019-07-09"


def test_a_heading_that_opens_with_the_cited_reports_name():
    # 台州市 2018 (zjtz.gov.cn/art/2022/6/21/art_1229658132_59059890.html, review r33b 10): the sentence cites
    # "《政府工作报告》2018年目标任务责任分解"; the title was the report's name alone
    text = ("台州市人民政府关于印发《政府工作报告》2018年目标任务责任分解的通知\n各县(市、区)人民政府,市政府直属各单位:\n"
            "《政府工作报告》2018年目标任务责任分解已经市政府第21次常务会议研究同意,现印发给你们,请认真贯彻执行。\n"
            "台州市人民政府\n2018年 2月5日\n(此件公开发布)\n附件\n《政府工作报告》2018年目标任务责任分解\n")
    assert policy_extract.parse_text(text).meta.title == "《政府工作报告》2018年目标任务责任分解"


def test_a_sentence_leading_into_a_list_with_a_dash_is_no_title():
    # 福建 2017 为民办实事 (a news repost, cttsys.com/a/news/5546.html, review r33b 06): "这25项实事的主要内容是——"
    text = "今年省委省政府确定为民办实事项目25项。\n这25项实事的主要内容是——\n一、实施城乡居民基本医疗保险。提高财政补助标准。\n"
    assert policy_extract.parse_text(text).meta.title is None


def test_the_pages_fuller_issuer_over_the_title_lines_short_one():
    # 嘉鱼县 2024 (jiayu.gov.cn/xxgk/zc/qtzdgkwj/202403/t20240318_3512224.shtml, review r32a 08): the title line's issuer
    # "县人民政府办公室" is the page's "发文单位: 嘉鱼县人民政府办公室" without its place
    text = ("县人民政府办公室关于印发2024年县《政府工作报告》确定的重点工作责任分解方案的通知\n"
            "索引号 : 01105619X/2024-07672 文       号 : 嘉政办发〔2024〕1号\n主题分类: 政务督查 发文单位: 嘉鱼县人民政府办公室\n"
            "有效性: 有效 发文日期: 2024年02月22日\n各镇人民政府,县政府各部门,嘉鱼开发区管委会:\n"
            "《2024年县〈政府工作报告〉确定的重点工作责任分解方案》和《2024年市〈政府工作报告〉涉及嘉鱼重点事项责任分解方案》已经县人民政府同意,现印发给你们,并就有关事项通知如下。\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date, meta.doc_number) == ("嘉鱼县人民政府办公室", "2024-02-22", "嘉政办发〔2024〕1号")
    # the same page with its line breaks lost: the date field's value runs on into the recipients
    flat = "".join(line.strip() for line in text.splitlines()) + "\n"
    assert policy_extract.parse_text(flat).meta.issue_date == "2024-02-22"


@pytest.mark.parametrize("text, title", [
    # 九江 2019 (jjzjw.org …/t20191109_2141991, review r32a 01): the 印发 sentence's name has a 的 the heading lacks
    ("各县（市、区）人民政府：\n《九江市支持大南昌都市圈发展的行动方案》已经市政府研究同意,现印发给你们,请认真贯彻执行。\n2019年6月19日\n"
     "九江市支持大南昌都市圈发展行动方案\n为加快融入大南昌都市圈,制定本方案。\n", "九江市支持大南昌都市圈发展行动方案"),
    # 赣州 2021 (mugbar.net …/df02975615a64e4bb87c2ad8d584f9a4.shtml, review r32a 06): the cited name adds its years
    ("经市政府同意,现将《赣州市美丽乡镇建设五年行动方案(2021-2025)》印发给你们,请结合实际,认真贯彻执行。\n2021年8月16日\n"
     "赣州市美丽乡镇建设五年行动方案\n为深入贯彻落实省委、省政府部署要求,建设美丽乡镇,制定本方案。\n", "赣州市美丽乡镇建设五年行动方案"),
    # corpus 1000 (河北省教师教育振兴行动计划): the heading wrapped, its years on the next line — the cited name stays
    ("现将《河北省教师教育振兴行动计划（2018—2022年）》印发给你们，请认真贯彻落实。\n河北省教师教育振兴行动计划\n（2018—2022年）\n"
     "为深入贯彻落实全国教育大会精神，制定本计划。\n", "河北省教师教育振兴行动计划（2018—2022年）"),
    # 平潭 2018 危险废物 督查考核 (changwu/pingtan-gov-zwgk-archive, zwgk/zxwj/bmwj, review ar03): the kind word alone differs
    # ("《…督查考核工作方案》" over the heading "…督查考核工作计划"), lined and run together after the signature's date
    ("我局制定了《平潭综合实验区2018年度危险废物规范化管理督查考核工作方案》。现印发给你们，请认真贯彻执行。\n"
     "平潭综合实验区环境与国土资源局 2018年3月26日\n平潭综合实验区2018年度危险废物规范化管理督查考核工作计划\n一、工作目标\n",
     "平潭综合实验区2018年度危险废物规范化管理督查考核工作计划"),
    ("我局制定了《平潭综合实验区2018年度危险废物规范化管理督查考核工作方案》。现印发给你们，请认真贯彻执行。 "
     "平潭综合实验区环境与国土资源局 2018年3月26日 平潭综合实验区2018年度危险废物规范化管理督查考核工作计划 一、工作目标 为加强危险废物污染防治。\n",
     "平潭综合实验区2018年度危险废物规范化管理督查考核工作计划"),
])
def test_the_printed_heading_over_the_name_its_issuing_sentence_cites(text, title):
    assert policy_extract.parse_text(text).meta.title == title


@pytest.mark.parametrize("text", [
    # corpus 0141 (会计专业技术人员继续教育规定 2018): "…本规定自2018年7月1日起施行。财政部2013年8月27日印发的《会计人员继续教育规定》
    # （财会〔2013〕18号）同时废止。" — a cited rule's date, no signature
    "第二十七条本规定自2018年7月1日起施行。财政部2013年8月27日印发的《会计人员继续教育规定》（财会〔2013〕18号）同时废止。\n",
    # corpus 0443 (河北省 地图编制出版管理办法 2018)
    "本办法自2018年2月1日起施行。河北省人民政府1997年2月12日公布的《河北省地图编制出版管理办法》同时废止。\n",
])
def test_a_cited_documents_date_is_no_signature(text):
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == (None, None)


def test_a_notice_that_prints_no_year_of_its_own_takes_the_earliest_year_it_names_twice():
    # corpus 0918 (河北 加快推进企业复工复产若干措施, review r23b 07): no title year, no date, no doc number; its
    # "3月10日前" and "年底前" had no year. The year named once (a cited document's) does not count.
    paras = [Piece("para", "对2021年1月1日至3月31日期间到期的贷款给予延期。", 1, 1),
             Piece("para", "2021年起实施新标准，参照《2019年版目录》执行。", 2, 2)]
    assert context_year(None, None, None, paras) == 2021
    assert context_year(None, None, None, [Piece("para", "参照《2019年版目录》执行。", 2, 2)]) is None
    assert context_year(None, None, None, paras[1:]) == 2021  # the one year named outside 《》 (review fe05's rule)
    text = ("各市：\n一、对2021年1月1日至3月31日期间到期的贷款给予延期。\n二、落实《2021年复工复产工作指南》。\n"
            "三、做好复工服务。3月10日前完成企业摸底，年底前建立服务台账。\n")
    assert policy_extract.parse_text(text).tasks[2].deadline.date == "2021-12-31"


@pytest.mark.parametrize("link", ["链接：我省出台新规扶持小微企业健康发展.html", "附件：1.申报书模板.doc",
                                  "联系人：齐曦联系电话：0311-66908853电子邮箱：jyysyc@126.com",  # corpus 0244 (review r26a 06)
                                  "联系人：闫文豪66908523卜一峰66908731赵轩66908781",  # corpus 0099 (review r28a 06): a phone number
                                  # review r29a 12 (河北省教育厅 2020, flattened): a form's title; r24b 03: "通知及附件下载"
                                  "附件：1.河北省普通高等学校思想政治理论课教师个人信息统计表2.…教师总体情况统计表",
                                  "附件：1.论文样式2.参评论文推荐表通知及附件下载",
                                  # corpus 0981 flattened (河北省教育厅 2019, review c24-3): the links' words after it
                                  "5.河北省基础教育教学成果奖推荐单位信息表通知及附件下载（word）通知PDF下载",
                                  # corpus 1056 flattened (河北省教育厅 2017, review c28-1): the link's title before its words
                                  "附件：1.河北省高等学校就业创业研究项目申报指南2.河北省高等学校就业创业研究项目申报汇总表"
                                  "2017年就业创业专项课题申报通知及附件下载"])
def test_a_signature_run_on_after_a_links_file_name_a_mail_address_or_a_phone_number(link):
    # corpus 0893 (河北 扶持小型微型企业 实施意见, review r25b 07): "…确保各项政策落实到位。链接：我省出台新规扶持小微企业健康
    # 发展.html河北省人民政府2015年4月24日"; the 河北省科学技术厅 site's pages end their annex list with a file name the same way
    text = "各设区市人民政府：一、加大财税支持。确保各项政策落实到位。" + link + "河北省人民政府2015年4月24日\n"
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("河北省人民政府", "2015-04-24")


def test_a_signature_after_the_last_item_and_before_the_sites_chrome_is_no_part_of_the_item():
    # corpus 0274 (河北人社 2023, one line): "…创新发展。\u3000河北省人力资源和社会保障厅2023年1月10日更多信息请关注官方微信“河北人社”"
    text = ("四、加强指导服务。各地、各有关部门要高度重视，压实责任。加强对新设基地的事中事后监管，不断推动我省博士后工作创新发展。"
            "\u3000河北省人力资源和社会保障厅2023年1月10日更多信息请关注官方微信“河北人社”\n")
    document = policy_extract.parse_text(text)
    assert document.tasks[-1].text.endswith("不断推动我省博士后工作创新发展。")
    assert (document.meta.issuer, document.meta.issue_date) == ("河北省人力资源和社会保障厅", "2023-01-10")


def test_a_signature_run_on_after_the_closing_formula():
    # corpus 1044 flattened (河北省语言文字工作委员会 2020 通报, review c29-3): "…特此通报河北省语言文字工作委员会2020年3月31日"
    text = "一、加强督查。各地要认真整改。特此通报河北省语言文字工作委员会2020年3月31日\n"
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("河北省语言文字工作委员会", "2020-03-31")


def test_a_notice_signed_late_about_the_next_year_dates_its_months_in_that_year():
    # corpus 0280 (河北人社 2023年公共就业服务专项活动, signed 2022年12月15日, review c30-3): "1-3月" is 2023's
    text = ("为促进高质量充分就业，现就统筹开展全省2023年公共就业服务专项活动有关事项通知如下：一、活动安排"
            "（一）春风行动暨就业援助月。1-3月，以辖区内农村劳动力、困难人员以及用工企业为服务对象开展。"
            "（二）职引未来——全国人力资源市场高校毕业生就业服务周。11月下旬至12月上旬，以2024届高校毕业生为重点开展。"
            "（三）离校未就业高校毕业生服务攻坚行动。7-12月，以2023届离校未就业高校毕业生为重点对象开展。"
            "河北省人力资源和社会保障厅2022年12月15日\n")
    tasks = policy_extract.parse_text(text).tasks
    # ("7-12月" ends after the signing, but the period opens before it: the next year's too)
    assert [t.deadline.date for t in tasks] == ["2023-03-31", "2023-12-10", "2023-12-31"]
    # signed in its own year, or naming its own year, the months stay that year's
    assert policy_extract.parse_text(text.replace("2022年12月15日", "2023年1月5日")).tasks[0].deadline.date == "2023-03-31"
    assert policy_extract.parse_text(text.replace("全省2023年", "全省2022年")).tasks[0].deadline.date == "2022-03-31"


def test_a_title_quoted_inside_with_angle_brackets_is_the_heading_printed():
    # corpus 0336 (河北人社 2022, review c31-2): the issuing sentence prints the inner quotes as <>, the heading as 《》
    heading = "贯彻落实《河北省巩固拓展脱贫攻坚成果同乡村振兴有效衔接“十四五”规划》实施方案"
    for between in ("\n", "河北省人力资源和社会保障厅2022年2月12日（此件主动公开）（联系单位：农民工工作处）"):
        text = ("现将《贯彻落实<河北省巩固拓展脱贫攻坚成果同乡村振兴有效衔接“十四五”规划>实施方案》印发你们，请结合实际，认真组织实施。"
                f"{between}{heading}\n（一）落实防止返贫动态监测和帮扶机制。共享监测对象务工就业状况等数据。（责任单位：省就业服务中心）\n")
        assert policy_extract.parse_text(text).meta.title == heading


@pytest.mark.parametrize("text", [
    # corpus 0748 (河北 2021, review c31-1): "…待“十四五”国家科技创新规划印发后按程序报审" — a time, not an issuing
    "高标准、高质量编制《河北省科技创新“十四五”规划》，持续强化资金和政策保障，待“十四五”国家科技创新规划印发后按程序报审。\n",
    # corpus 0542 (a 规定 stored without its title, review c31-1): "本规定自发布之日起施行"
    "收购废旧石油生产专用器材，必须取得公安机关核发的《特种行业许可证》，并向工商行政管理部门登记注册。本规定自发布之日起施行。\n",
])
def test_an_issuing_verb_that_tells_a_time_issues_nothing(text):
    assert policy_extract.parse_text(text).meta.title is None


def test_a_short_number_before_a_name_opens_no_signature():
    # corpus 0101: "…河北省职业技能鉴定中心108房间河北省人力资源和社会保障厅2024年4月7日" — a room number: no signer "房间河北省…"
    text = "各市人社局：一、做好报名工作。报送地址：石家庄市合作路81号河北省职业技能鉴定中心108房间河北省人力资源和社会保障厅2024年4月7日\n"
    assert policy_extract.parse_text(text).meta.issuer != "房间河北省人力资源和社会保障厅"


SIGNATURES_UNDER_AN_ANNEX_LINE = [
    # 国办发〔2019〕4号 (corpus 1061): the annex's title line, then the signer and the date, blank lines between
    ("附件：三级公立医院绩效考核指标\n\n国务院办公厅\n\n2019年1月16日\n\n（此件公开发布）\n", ("国务院办公厅", "2019-01-16")),
    # corpus 0980 (河北省教育厅 2019): two signers on one line, wrapped after 和
    ("附件：河北省海外同胞慈善基金会第二十七次颁奖活动获奖师生名单\n\n河北省教育厅河北省政协港澳台侨和\n\n外事委员会\n\n2019年9月6日\n",
     (None, "2019-09-06")),
    # 泰安市 2007 (泰政发[2007]23号, review r30b 09): the date alone under the annex's line, no signer
    ("附件: 《2007年政府工作报告任务目标分解落实一览表》\n二OO七年四月二十四日\n", (None, "2007-04-24")),
    # corpus 1003 (河北省教育厅 2018): the annex's title itself wrapped onto the next line, then the signer
    ("附件：中共教育部党组关于学习贯彻习近平总书记给中\n央美术学院老教授重要回信精神的通知\n\n河北省教育厅\n2018年9月3日\n",
     ("河北省教育厅", "2018-09-03")),
]


@pytest.mark.parametrize("tail, signed", SIGNATURES_UNDER_AN_ANNEX_LINE, ids=["signer-under-annex", "joint-signers-wrapped", "date-under-annex", "annex-title-wrapped"])
def test_the_signature_under_the_line_that_lists_an_annex(tail, signed):
    body = "各省、自治区、直辖市人民政府：\n\n一、总体要求\n\n（一）加强组织领导。各地要高度重视。\n\n（二）做好督导总结宣传。各地要及时总结。\n\n"
    meta = policy_extract.parse_text(body + tail).meta
    assert (meta.issuer, meta.issue_date) == signed


def test_a_signature_after_an_empty_annex_label_and_before_the_signer_again():
    # 武政发〔2013〕37号 (wj.gov.cn …55273.html, review r30b 01), flattened: "…全过程督办。附件:常州市武进区人民政府
    # 2013年3月4日常州市武进区人民政府" — the annex label empty, the page's source (the signer again) after the date
    text = "各镇人民政府：1.建立督查制度。2.加强推进工作督办。区政府将对履责情况进行全过程督办。附件:常州市武进区人民政府2013年3月4日常州市武进区人民政府\n"
    doc = policy_extract.parse_text(text)
    assert (doc.meta.issuer, doc.meta.issue_date, doc.tasks[-1].deadline) == ("常州市武进区人民政府", "2013-03-04", None)


def test_the_lines_after_the_signature_under_the_last_item_are_not_its_text():
    # 石政办函〔2021〕12号 (shiquan.gov.cn/Content-2305111.html, review r30b 06): the signature, then the annex's title and
    # its table's header cells one per line; the last item had kept them all and taken the signing date as its deadline
    text = ("各镇人民政府，县政府各工作部门：\n一、提高思想认识。各单位要高度重视。\n二、明确工作任务。各单位要按照分解表抓好落实。\n"
            "三、跟踪督导，严格奖惩。县政府办要将政务公开工作纳入年度目标责任考核。\n石泉县人民政府办公室\n2021年4月23日\n"
            "石泉县2021年政务公开工作任务分解一览表\n序号\n一级指标\n二级指标\n")
    task = policy_extract.parse_text(text).tasks[-1]
    assert (task.text, task.deadline) == ("跟踪督导，严格奖惩。县政府办要将政务公开工作纳入年度目标责任考核。", None)


def test_a_law_sites_banner_over_the_title_is_no_part_of_it():
    # 苏府〔2011〕57号 as a law site copied it (fsou.com …17282645.html, review r30c 04): "法搜网--中国法律信息搜索网" had
    # been joined to the title under it
    text = ("法搜网--中国法律信息搜索网\n苏州市人民政府关于下达2011年政府工作任务的通知\n\n"
            "(苏府〔2011〕57号)\n各市、区人民政府:\n一、加强组织领导。各地要高度重视。\n")
    assert policy_extract.parse_text(text).meta.title == "苏州市人民政府关于下达2011年政府工作任务的通知"


def test_a_seal_line_between_the_signer_and_the_date():
    # 国务院知识产权战略实施工作部际联席会议办公室 2021 (review r30c 03): "（国家知识产权局代章）" between the signer and the
    # date; a synthetic office of one name in the same layout shows the signer read over the seal line
    text = "各部门：\n一、加强保护。各地要落实。\n特此通知。\n河北省知识产权局\n（河北省市场监督管理局代章）\n2021年12月27日\n"
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("河北省知识产权局", "2021-12-27")
    # 枞阳县 2024 信用示范县 实施方案 (lbtc.cn/zcnews/11195.html, review ck06): "(代)" closes the signer's line; the page's 发布机构
    # (the county's 发改委) had been taken for the issuer
    text = ("索引号:11340722/2024-00001\n发布机构:枞阳县发展和改革委员会\n县直各有关单位:\n现将《枞阳县创建安徽省社会信用体系建设示范县实施方案》印发给你们,"
            "请认真贯彻执行。\n枞阳县社会信用体系建设领导小组办公室(代)\n2024年4月17日\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("枞阳县社会信用体系建设领导小组办公室", "2024-04-17")


@pytest.mark.parametrize("text,title", [
    # 和平区 2022 年政务公开工作要点 (www.tjhp.gov.cn …t20220704_5925419.html, review r39a 07): "按照《天津市2022年政务公开
    # 工作要点》的部署要求,…不断提升政策发布、解读、回应质量" — 发布 a noun in a list, the city's plan cited, not issued;
    # "丨 网站无障碍 丨 关怀版" above the heading is the site's menu
    ("丨 网站无障碍 丨 关怀版\n\n和平区 2022 年政务公开工作要点\n\n发布日期:2022-06-30    发布者:和平区人民政府办公室\n\n"
     "2022 年我区政务公开工作的总体要求是:按照《天津市2022年政务公开工作要点》的部署要求,不断提升政策发布、解读、回应质量。\n\n"
     "一、聚焦经济领域,以公开促落实\n\n(一)加强涉及优化营商环境的信息公开。(区发展改革委、区商务局等负责落实)\n", "和平区2022年政务公开工作要点"),
    # 吉林省 2020年政务公开工作要点及重点任务分工 (xxgk.jl.gov.cn …t20200903_7449367.html, review r36b 03): the heading
    # wrapped before "及", whose line names a table's column word (重点任务) — no table's header under a title
    ("吉林省2020年政务公开工作要点\n及重点任务分工\n深入贯彻党中央国务院关于政务公开工作决策部署,全面落实有关要求。\n"
     "(一)加强权力配置信息公开。各地各部门全面梳理本机关依法行使的行政权力。(各地各部门按照职能分别落实)\n", "吉林省2020年政务公开工作要点及重点任务分工"),
    # 大连市 2023 (大政公开办〔2023〕2号, tyj.dl.gov.cn art_3374_2091374, review r36b 06): "现将《关于持续深化政务公开做好当前
    # 重点工作任务分解的通知》印发给你们" over the heading "持续深化政务公开 做好当前重点工作的任务分解": the printed heading
    ("大政公开办〔2023〕2号\n各区市县人民政府:\n现将《关于持续深化政务公开做好当前重点工作任务分解的通知》印发给你们,请结合实际认真贯彻落实。\n"
     "大连市政务公开领导小组办公室\n2023年7月17日\n持续深化政务公开 做好当前重点工作的任务分解\n"
     "一、立足职责定位,努力提升政策文件公开水平\n1.全面公开现行有效行政规范性文件。(市司法局牵头,各地区各部门负责)\n", "持续深化政务公开做好当前重点工作的任务分解"),
], ids=["cited-plan-and-menu", "wrapped-before-ji", "about-line-over-heading"])
def test_the_title_is_the_printed_heading(text, title):
    assert policy_extract.parse_text(text).meta.title == title


@pytest.mark.parametrize("signed,issuer,date", [
    # 中山市横栏 2022 (review r37b 09): "中山市横栏党政综合办公室" / "2022728" — the page lost the date's 年月日
    ("中山市横栏党政综合办公室\n2022728", "中山市横栏党政综合办公室", "2022-07-28"),
    # 上海市杨浦区 2021 (review r39a 03): "2021222" reads only as 2 月 22 日
    ("上海市杨浦区人民政府办公室\n2021222", "上海市杨浦区人民政府办公室", "2021-02-22"),
    # 繁昌区 2023 (review r42a 01): "2023331日"
    ("繁昌区人民政府办公室\n2023331日", "繁昌区人民政府办公室", "2023-03-31"),
    # synthetic: "2021111" is 1 月 11 日 or 11 月 1 日 — the signer, no date
    ("上海市杨浦区人民政府办公室\n2021111", "上海市杨浦区人民政府办公室", None),
])
def test_a_signature_date_that_lost_its_characters(signed, issuer, date):
    text = f"各街道:\n现将《重点工作任务分解》印发给你们,请认真贯彻落实。\n{signed}\n重点工作任务分解\n一、重点任务\n1.推进规划公开。(牵头单位:区发改委)\n"
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == (issuer, date)


@pytest.mark.parametrize("text,issuer,date", [
    # 绍兴 市政府2021年重点工作责任分工 (zhejiang.010b.com/policy/detail/102270.html, review r33b 09, stored flattened):
    # "…投资项目责任分工 绍兴市人民政府办公室 2021年2月5日 市政府2021年重点工作责任分工一、…" — '市政府' after the date is
    # the plan's title, not a cited document's issuer
    (("重点工作完成情况将作为年度工作目标责任制考核的重要内容。 附件:2021年市级政府(市直国有企业)投资项目责任分工 "
     "绍兴市人民政府办公室 2021年2月5日 市政府2021年重点工作责任分工一、徐国龙副市长重点工作\n"),
     "绍兴市人民政府办公室", "2021-02-05"),
    # corpus 0723 (国科发高〔2013〕110号, review r24b 01): "…做好落实工作。特此通知。附件：技术市场“十二五”发展规划科技部
    # 2013年2月5日附件技术市场…" — a ministry names no place, and after a title only a placed name had been a signer
    (("各省、自治区、直辖市科技厅（委、局）：现将《技术市场“十二五”发展规划》印发你们，请做好落实工作。特此通知。"
     "附件：技术市场“十二五”发展规划科技部2013年2月5日附件技术市场“十二五”发展规划一、发展现状\n"),
     "科技部", "2013-02-05"),
    # corpus 0907 (冀政办字〔2022〕28号, review r25b 10): "河北省人民政府办公厅" / "2022年2月26日河北省加快推进钢铁产业高质量发展的
    # 若干措施省工业和信息化厅　省发展改革委…" — the plan's title and its drafting departments run on after the date
    (("各市人民政府：\n《河北省加快推进钢铁产业高质量发展的若干措施》已经省政府同意，现印发给你们，请认真贯彻落实。\n"
     "河北省人民政府办公厅\n2022年2月26日河北省加快推进钢铁产业高质量发展的若干措施省工业和信息化厅　省发展改革委\n"
     "一、推进产业结构调整。\n"),
     "河北省人民政府办公厅", "2022-02-26"),
], ids=["plan-title-opens-with-the-government", "central-body-after-annex-title", "date-run-on-under-the-signer"])
def test_a_signature_run_on_into_the_text_around_it(text, issuer, date):
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == (issuer, date)


def test_a_title_with_quotes_run_into_the_bodys_first_sentence():
    # 汪清县“十五五”规划编制工作实施方案 (a page the search corpus stored without its address, review s6a 02) flattened:
    # the title, its quotes and all, then "按照国家、省、州统一部署,…" — the title had been lost
    text = "汪清县“十五五”规划编制工作实施方案按照国家、省、州统一部署,结合我县实际,制定本方案。一、总体要求(一)指导思想坚持以习近平新时代中国特色社会主义思想为指导。\n"
    assert policy_extract.parse_text(text).meta.title == "汪清县“十五五”规划编制工作实施方案"
    # 淮安 2022 (m.jxyuer.com/news/jiaodian/166873.html, review web-n 04) flattened: the title in 《》, then the preamble
    text = ("《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》为深入贯彻落实省政府《关于进一步帮助市场主体纾困解难着力稳定经济增长的"
            "若干政策措施》(苏政发〔2022〕1号)精神,结合淮安实际,制定如下实施细则。一、落实财税支持政策1.积极争取省级专项资金,支持中小微企业。\n")
    assert policy_extract.parse_text(text).meta.title == "关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则"
    # a town's plan copied by a sharing site (review cd08) flattened: its date in brackets after the title, then the preamble
    text = ("镇2025年度环境综合整治专项行动工作实施方案(2025年04月08日)为扎实推进X镇2025年度环境综合整治专项行动,确保各项工作任务高效落实,"
            "特制定本方案。一、工作目标通过开展专项行动,全面塑造新面貌。二、重点任务(一)开展净城行动。(二)开展净村行动。\n")
    assert policy_extract.parse_text(text).meta.title == "镇2025年度环境综合整治专项行动工作实施方案"
    # but a period or an edition in brackets is the title's (diffreview-ai's probes)
    for bracket in ("（2023年—2025年）", "（2024年修订）", "（2024年）", "（2024年1月修订）", "（2024年3月-6月）"):  # (ak's probes; a day or month
        # with its issuing verb is not: below)
        text = f"某某市新能源汽车产业发展行动方案{bracket}为加快推进新能源汽车产业高质量发展，制定本方案。一、工作目标到2025年产量达到10万辆。二、重点任务（一）加快项目建设。\n"
        assert policy_extract.parse_text(text).meta.title == "某某市新能源汽车产业发展行动方案" + bracket
    for bracket in ("（2025年4月8日印发）", "（2025年4月）"):  # diffreview-aj's probes: the title had been lost
        text = f"某某市新能源汽车产业发展行动方案{bracket}为加快推进新能源汽车产业高质量发展，制定本方案。一、工作目标到2025年产量达到10万辆。\n"
        assert policy_extract.parse_text(text).meta.title == "某某市新能源汽车产业发展行动方案", bracket


@pytest.mark.parametrize("text, title", [
    # document-sharing pages flattened (review web-p): the file's title, then its date and size, or its view count
    ("某县城乡环境综合整治百日攻坚净化行动实施方案2024-12-2639.42KB5 页侵权投诉某县城乡环境综合整治百日攻坚“净化”行动实施方案为进一步推进我县"
     "城乡环境综合整治工作,巩固整治成果,制定本方案。一、工作目标", "某县城乡环境综合整治百日攻坚净化行动实施方案"),  # web-p 02
    ("乡镇2021年创建全国文明城市工作方案*90 人阅读 2022-05-22 9.00元(299 积分) 免费试读(仅供学习参考,切勿通篇使用)xx镇2021年创建全国文明"
     "城市工作方案公共文明是衡量城市文明的重要标尺。", "乡镇2021年创建全国文明城市工作方案"),  # web-p 09
    # and its page counter glued before the title ("第1页共4页卫生院…实施方案为进一步…", web-p 03)
    ("第1页共4页卫生院环境卫生综合整治实施方案为进一步加强城市管理,创造清洁、优美、有序的人居环境,制定本方案。", "卫生院环境卫生综合整治实施方案"),
], ids=["date-and-size", "view-count", "page-counter"])
def test_a_title_run_into_a_sharing_pages_stamp(text, title):
    assert policy_extract.parse_text(text + "\n").meta.title == title


def test_a_title_with_its_years_in_brackets_run_into_the_bodys_first_sentence():
    # 鄂州市法治政府建设规划(2016—2020年) (review s12a 05, flattened): "…规划(2016—2020年)为深入推进依法行政,…" — the
    # bracket holds the plan's years; the title had been lost
    text = ("鄂州市法治政府建设规划(2016—2020年)为深入推进依法行政,加快建设法治政府,现结合我市实际,制定本规划。"
            "一、总体要求(一)指导思想。坚持依法行政。\n")
    assert policy_extract.parse_text(text).meta.title == "鄂州市法治政府建设规划(2016—2020年)"


def test_a_title_with_its_parts_number_run_into_the_years_opening_sentence():
    # 2025年省《政府工作报告》重点工作分工方案(一) (辽宁, zwcm.itez.com.cn …/ZZX4V0RD06F61SYCEH, review s4b 05) flattened:
    # "…分工方案(一)2025年是“十四五”规划的收官之年,…" — the title had been lost
    text = ("2025年省《政府工作报告》重点工作分工方案(一)2025年是“十四五”规划的收官之年,是全面振兴新突破三年行动的决胜之年。"
            "现制定分工方案如下。一、主要任务1.推进改革。(省发展改革委负责)\n")
    assert policy_extract.parse_text(text).meta.title == "2025年省《政府工作报告》重点工作分工方案(一)"


def test_a_title_run_into_a_glued_table_header():
    # realworld h05 (潍坊 2017 政务公开 from a document-sharing page) flattened: the page's name and the fuller title run into the
    # table's header, its separators lost
    text = ("潍坊政务公开工作要点实施方案.docx- 文档编号:5328372- 格式:DOCX- 页数:31《潍坊政务公开工作要点实施方案.docx(31页珍藏版)》请在冰豆网上搜索。"
            "潍坊政务公开工作要点实施方案潍坊市2017年政务公开工作要点实施方案目标任务主要内容责任单位一、以政务公开助力稳增长"
            "(一)加强预期引导围绕我市经济社会发展形势，及时宣传解读。市发改委牵头落实\n")
    assert policy_extract.parse_text(text).meta.title == "潍坊市2017年政务公开工作要点实施方案"
    # one title of two plan words stays whole
    from policy_extract.titles import _title_over_glued_header
    piece = Piece("para", "请在网上搜索。关于加快发展的实施意见重点任务分工方案目标任务主要内容责任单位", 1, 1)
    assert _title_over_glued_header([piece]) == "关于加快发展的实施意见重点任务分工方案"


def test_joint_signers_spaced_apart_and_run_into_the_date():
    # 中共安徽省委教育工委 安徽省教育厅 关于印发2015年工作要点的通知 (a 继教园区 page, stored pages, web review v07): the page
    # joined its lines, "中共安徽省委教育工委      安徽省教育厅" and "2015年3月3日" — the spaces had hidden the date
    text = ("中共安徽省委教育工委  安徽省教育厅关于印发2015年工作要点的通知\n各市、省直管县教育局:\n"
            "现将《中共安徽省委教育工委安徽省教育厅2015年工作要点》印发给你们,请结合实际,认真贯彻落实。\n"
            "中共安徽省委教育工委      安徽省教育厅2015年3月3日\n(此件主动公开)\n"
            "中共安徽省委教育工委安徽省教育厅2015年工作要点\n一、加强教育系统党的建设。\n1.认真学习宣传贯彻讲话精神。\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == (None, "2015-03-03")  # signed jointly: no one issuer
    # 关于加强养老机构消防安全标准化管理的实施意见 (zhiyao87/Shanghai-Gov-Docs-Index, review am04): a fire brigade's 总队 second on the
    # line — the two had been one issuer, "上海市民政局上海市消防救援总队"
    text = "现印发给你们，请认真贯彻执行。\n上海市民政局         上海市消防救援总队\n2023年8月16日\n"
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == (None, "2023-08-16")
    # (diffreview-y) one signer whose name holds two organisations' endings stays the issuer
    for signer in ("上海市公安局交通警察总队", "上海市消防救援总队浦东支队", "国网上海市电力公司浦东供电公司", "中国石油天然气股份有限公司河北销售分公司"):
        assert policy_extract.parse_text("一、加强设备巡检。各所6月底前完成巡检。\n" + signer + "\n2024年5月6日\n").meta.issuer == signer
    # (diffreview-z) a parent body and its department printed apart on one line are one signer
    assert policy_extract.parse_text("一、加强宣传。各区做好宣传。\n中共上海市委      宣传部\n2024年5月6日\n").meta.issuer == "中共上海市委宣传部"
    # 上海市交通委员会 上海海事局 关于印发《上海港提高靠港船舶岸电使用率实施方案（2023年）》的通知 (zhiyao87/Shanghai-Gov-Docs-Index, review y01),
    # flattened: the spaced signers and their date run on into the plan's title, not into a bracket or a sentence — the date had been lost
    text = ("…现印发给你们，请贯彻执行。上海市交通委员会 上海海事局2023年4月17日上海港提高靠港船舶岸电使用率实施方案（2023年）"
            "根据《中华人民共和国长江保护法》，制定本方案。一、工作目标")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == (None, "2023-04-17")


@pytest.mark.parametrize("text, issuer, date", [
    # 宝山区 关于进一步加强房屋征收监管工作的实施方案 (zhiyao87/Shanghai-Gov-Docs-Index, review ad04 flattened): the plan is signed again
    # at its foot; the covering notice's signature, the first in the text, had lost to the foot's, which ends the text
    ("区国资委制订的《关于进一步加强房屋征收监管工作的实施方案》已经区政府同意，现转发给你们，请认真按照执行。上海市宝山区人民政府办公室"
     "2021年7月30日关于进一步加强房屋征收监管工作的实施方案为加强对我区房屋征收补偿工作的监督与管理，制定本方案。一、工作目标。"
     "上海市宝山区国有资产监督管理委员会2021年7月14日", "上海市宝山区人民政府办公室", "2021-07-30"),
    # 宝山区海洋垃圾清理行动方案 (review ae03 flattened): four signers spaced apart, too long for one organisation's name
    ("现予印发，请认真贯彻落实。上海市宝山区生态环境局   上海市宝山区绿化和市容管理局上海市宝山区水务局       上海市宝山区农业农村委员会"
     "2025年4月1日宝山区海洋垃圾清理行动方案为贯彻落实《中华人民共和国海洋环境保护法》，制定本方案。", None, "2025-04-01"),
    # 金山区坚持对标改革持续优化营商环境行动方案 (review ac06 flattened): the seal's remark after the signers
    ("请认真按照执行。特此通知。附件：金山区坚持对标改革持续优化营商环境行动方案金山区优化营商环境联席会议办公室金山区发展和改革委员会（代章）"
     "2024年3月22日附件金山区坚持对标改革持续优化营商环境行动方案营造良好的营商环境是推动金山区转型塑形的重要支撑。", None, "2024-03-22"),
    # 静安区…创建营商环境特色品牌的工作方案 (review ac07 flattened): a version number in the plan's title
    ("现印发给你们，请遵照执行。上海市静安区优化营商环境工作联席会议办公室2024年3月11日静安区全面落实市营商环境7.0版方案要求创建营商环境"
     "特色品牌的工作方案为贯彻落实《上海市坚持对标改革持续打造国际一流营商环境行动方案》，制定本方案。",
     "上海市静安区优化营商环境工作联席会议办公室", "2024-03-11"),
    # corpus 0318 (河北 2022 扩大实施缓缴政策): four signers run together after the annex's name, before the bracket
    ("各市要及时报告。附件：扩大实施缓缴政策的困难行业名单河北省人力资源和社会保障厅河北省发展和改革委员会河北省财政厅国家税务总局河北省税务局"
     "2022年6月6日（此件主动公开）附件扩大实施缓缴政策的困难行业名单农副食品加工业纺织业", None, "2022-06-06"),
    # 新型城镇化 实施方案 任务分工方案 (review ag04 flattened): the office, then the seal's remark naming the sealing body
    ("现将《<上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案>任务分工方案》印发给你们，请认真贯彻执行。上海市区域高质量发展领导小组办公室"
     "（上海市发展和改革委员会代章）2025年1月13日《上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案》任务分工方案认真贯彻落实。",
     "上海市区域高质量发展领导小组办公室", "2025-01-13"),
    # 嘉定区盘活低效用地 提升产业能级行动方案 (review aj02 flattened): the signer after the annex list's 《…方案》
    ("现将《嘉定区盘活低效用地 提升产业能级行动方案》印发给你们，请认真按照执行。附件:《嘉定区盘活低效用地 提升产业能级行动方案》上海市嘉定区人民政府"
     "2022年10月11日嘉定区盘活低效用地 提升产业能级行动方案为进一步推动产业用地高质量利用，制定本方案。", "上海市嘉定区人民政府", "2022-10-11"),
    # 静安区持续优化生活垃圾全程分类体系工作方案 (review aj06 flattened): an office and the sealing bureau, 44 characters
    ("现印发给你们，请认真落实执行。上海市静安区生活垃圾分类减量工作推进领导小组办公室静安区绿化和市容管理局（代章）2024年4月12日"
     "静安区持续优化生活垃圾全程分类体系工作方案垃圾分类工作是贯彻落实习近平生态文明思想的重要举措。", None, "2024-04-12"),
    # 奉贤区开展“诚信经营示范街区(商圈)”建设工作的实施方案(试行) (review ag06 flattened): no signer, the plan's title and its (试行)
    ("现将《奉贤区开展“诚信经营示范街区(商圈)”建设工作的实施方案(试行)》印发给你们，请遵照执行。特此通知。2025年4月14日"
     "奉贤区开展“诚信经营示范街区(商圈)”建设工作的实施方案(试行)为弘扬中华民族诚信传统美德，制定本方案。", None, "2025-04-14"),
], ids=["ad04-first-signature", "ae03-four-spaced", "ac06-seal-remark", "ac07-version-number", "0318-four-before-bracket",
        "ag04-seal-naming", "aj02-after-annex-title", "aj06-long-office", "ag06-trial"])
def test_the_covering_notices_signature_run_into_the_text(text, issuer, date):
    meta = policy_extract.parse_text(text + "\n").meta
    assert (meta.issuer, meta.issue_date) == (issuer, date)


def test_a_due_date_inside_an_item_is_no_signature_run_into_the_text():
    # 崇明县加强住宅小区综合治理三年行动计划 (zhiyao87/Shanghai-Gov-Docs-Index, review ah05): a due date inside an item is no
    # signature run into the text ("对本县2000年12月31日前竣工的…" had been the issuer 对本县 and the date), nor the item's end
    text = ("县住房保障房屋管理局制定的《崇明县加强住宅小区综合治理三年行动计划（2015—2017年）》已经县政府同意，现转发给你们，请认真按照执行。\n"
            "2015年9月14日\n崇明县加强住宅小区综合治理三年行动计划（2015—2017年）\n二、主要任务\n（四）实施设施改造\n"
            "1.推进老旧住宅小区电力设施改造。对本县2000年12月31日前竣工的住宅的电表扩容至8000瓦，电表更新改造工作到2016年全面完成。\n")
    doc = policy_extract.parse_text(text)
    assert doc.meta.issue_date == "2015-09-14" and doc.meta.issuer != "对本县" and doc.tasks[0].text.endswith("到2016年全面完成。")
    # (diffreview-x) a plan's title that opens with 前 is no due date: "…办公厅2021年3月1日前海深港现代服务业合作区建设实施方案为…"
    text = ("现印发给你们，请认真贯彻执行。深圳市人民政府办公厅2021年3月1日前海深港现代服务业合作区建设实施方案为加快合作区建设，制定本方案。"
            "一、重点任务（一）推进规划建设。年底前完成规划编制。")
    doc = policy_extract.parse_text(text + "\n")
    assert (doc.meta.issuer, doc.meta.issue_date) == ("深圳市人民政府办公厅", "2021-03-01")


def test_a_red_headers_word_between_issuer_and_number_run_together():
    # 吉林省教育厅 关于印发《吉林省教育厅2015年工作要点》的通知 (stored page, web review v02), flattened: "吉林省教育厅文件吉教发[2015]1号
    # 关于印发…" — the number had kept the red header's 文件
    text = ("吉林省教育厅文件吉教发[2015]1号关于印发《吉林省教育厅2015年工作要点》的通知各市(州)教育局,各高等学校:现将《吉林省教育厅2015年工作要点》"
            "印发给你们,请结合实际,认真抓好贯彻落实。 吉林省教育厅 2015年3月10日")
    assert policy_extract.parse_text(text).meta.doc_number == "吉教发[2015]1号"


def test_the_heading_that_words_the_cited_name_with_a_word_more():
    # 滕政办发〔2023〕30号 (tengzhou.gov.cn, stored pages, web review u01): the 印发 sentence cites "《滕州市深化新旧动能转换推动绿色低碳
    # 高质量发展2023年重点任务》", the heading over the body reads "…2023年重点工作任务" — the contract's title is the heading
    text = ("滕州市人民政府办公室关于印发《滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务》的通知\n滕政办发〔2023〕30号\n各镇人民政府:\n"
            "《滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务》已经市政府同意,现印发给你们,请认真贯彻落实。\n"
            "滕州市人民政府办公室\n2023年8月15日\n滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务\n"
            "一、深入实施创新驱动发展战略\n1.完善实验室体系。持续强化与高等院校的合作。\n")
    assert policy_extract.parse_text(text).meta.title == "滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务"
    # a heading that names another plan is not the cited one's
    other = text.replace("2023年重点工作任务\n一、", "2023年工作总结和2024年工作计划\n一、")
    assert policy_extract.parse_text(other).meta.title == "滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务"
    # nor is another year's (diffreview-u)
    year = text.replace("2023年重点工作任务\n一、", "2024年重点工作任务\n一、")
    assert policy_extract.parse_text(year).meta.title == "滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务"


def test_the_plans_heading_run_on_after_the_signatures_date_keeps_its_years():
    # corpus 0885 (河北省工业和信息化厅 2021, flattened): "…河北省工业和信息化厅　　2021年10月14日河北省中小企业创新发展“专利护航”
    # 行动计划（2021-2025）　　创新是…" — the heading's span of years had been lost to the cited name's "《…行动计划》"
    text = ("河北省工业和信息化厅关于印发《河北省中小企业创新发展“专利护航”行动计划》的通知各市工业和信息化局：　　省厅制定了"
            "《河北省中小企业创新发展“专利护航”行动计划》，现予以印发，请认真组织实施。　　河北省工业和信息化厅　　"
            "2021年10月14日河北省中小企业创新发展“专利护航”行动计划（2021-2025）　　创新是企业发展的灵魂和不竭动力。　　"
            "一、重点任务　　（一）开展专利导航。组织服务机构为企业提供专利分析。")
    assert policy_extract.parse_text(text).meta.title == "河北省中小企业创新发展“专利护航”行动计划（2021-2025）"


def test_a_cited_name_whose_span_of_years_was_left_open():
    # corpus 0774 (冀办发〔2016〕55号): "《河北省科技型中小企业成长计划(2016-2020年》已经省委、省政府领导同意，现印发给你们" — its bracket closed
    text = ("各市党委和人民政府：　　《河北省科技型中小企业成长计划(2016-2020年》已经省委、省政府领导同意，现印发给你们，请结合实际认真贯彻落实。"
            "　　一、重点任务　　（一）培育科技型中小企业。加大支持力度。")
    assert policy_extract.parse_text(text).meta.title == "河北省科技型中小企业成长计划(2016-2020年)"
    assert policy_extract.parse_text(text.replace("(2016-2020年》", "(试行》")).meta.title == "河北省科技型中小企业成长计划(试行"


def test_a_title_run_into_the_pages_bulleted_date():
    # 门头沟 2023 (bjmtg.gov.cn, stored pages, web review u07), flattened: "…12个地块项目各项工作  • 日期:2023-05-25 10:06  • 来源:…"
    text = ("区领导部署调度采空棚户区改造和环境整治12个地块项目各项工作  • 日期:2023-05-25 10:06  • 来源:北京市规划和自然资源委员会门头沟分局"
            "  • 字号:  • 分享:区委副书记、区长吕晨飞听取了汇报。1.定机制,明目标。区政府相关单位制定工作机制。2.落计划,督执行。确保各项工作按时完成。")
    assert policy_extract.parse_text(text).meta.title == "区领导部署调度采空棚户区改造和环境整治12个地块项目各项工作"


@pytest.mark.parametrize("tail, issuer, date", [
    # corpus 0216 (冀人社函〔2017〕36号, review s5): the address's house number, then the signature, no stop between
    ("联系电话：88616775邮箱:879092601@163.com地址：石家庄市新华区维明北大街118号河北省人力资源和社会保障厅2017年2月16日", "河北省人力资源和社会保障厅", "2017-02-16"),
    # corpus 1057 (河北省教育厅 2017): the address names the signer's office, then the signer
    ("邮箱：kjc821@163.com地址：中山西路449号河北省教育厅科技处河北省教育厅2017年8月14日", "河北省教育厅", "2017-08-14"),
    # corpus 0290 (人社失业司便函〔2015〕10号): a fax number, then a ministry's department, which names no place
    ("联系人：荆永胜李燕虹联系电话：（010）8420736784207338传真：（010）8420833884207334人力资源社会保障部失业保险司2015年7月3日",
     "人力资源社会保障部失业保险司", "2015-07-03"),
    # corpus 0008 (review s8): an annex's remark, then central bodies signing jointly — no one issuer, the date
    ("附件：就业援助“暖心活动”情况统计表（略）人力资源社会保障部民政部中国残联2022年7月19日更多信息请关注官方微信“河北人社”", None, "2022-07-19"),
    # corpus 0018 (review s8): the annex's title a 指南, the signature, the annex again
    ("附件：线下招聘活动疫情防控工作指南人力资源社会保障部办公厅2020年5月29日附件线下招聘活动疫情防控工作指南为贯彻落实党中央决策部署",
     "人力资源社会保障部办公厅", "2020-05-29"),
    # corpus 0339 (review s9): a mail address, then eight signers run together — joint, the date
    ("电子信箱：hbsflfzb@163.com河北省人力资源和社会保障厅河北省工业和信息化厅河北省民政厅河北省交通运输厅河北省乡村振兴局河北省总工会"
     "共青团河北省委河北省妇女联合会2022年1月20日更多信息请关注官方微信“河北人社”", None, "2022-01-20"),
    # corpus 0021 (review s19) and 0278: joint signers ending with the women's and the disabled persons' federations, 省妇联 and 省残联
    ("联系人：王明0311-66908603河北省商务厅河北省教育厅河北省农业农村厅河北省总工会河北省妇联2024年8月26日（此件主动公开）", None, "2024-08-26"),
    ("电子邮箱：hbcjrjyfwzx@163.com省人力资源社会保障厅省工业和信息化厅省民政厅省总工会共青团省委省妇联省残联2022年12月28日", None, "2022-12-28"),
    # corpus 0101 (review s11): a room number, then the signature
    ("地址：石家庄市合作路81号河北省职业技能鉴定中心108房间河北省人力资源和社会保障厅2024年4月7日（此件主动公开）1.职业技能等级认定机构申请表.docx",
     "河北省人力资源和社会保障厅", "2024-04-07"),
    # corpus 0108, 0152 (review s11): the files the page offers run on after the date
    ("邮箱：jycfhjd@163.com河北省人力资源和社会保障厅河北省财政厅2024年3月26日1.河北省省级创业孵化基地审批表.docx2.运营团队成员名册.docx"
     "3.创业孵化基地入驻实体名册.docx4.河北省省级创业孵化基地考评计分表.docx5.优化升级创业孵化基地推荐任务表.docx", None, "2024-03-26"),
    ("天津：李淑丽022-28237492lishuli@tj.gov.cn河北省人力资源和社会保障厅天津市人力资源和社会保障局2024年2月27日“消防安全开学第一课”观看方式.docx",
     None, "2024-02-27"),
])
def test_a_signature_run_on_after_an_address(tail, issuer, date):
    text = "各市人力资源和社会保障局：　　一、工作任务　　（一）做好申报。请于2017年4月30日前将申报材料报送我厅。" + tail
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == (issuer, date)


def test_a_due_date_before_a_file_name_is_no_signatures():
    # diffreview-v: "请各市于2024年4月10日前将汇总表（附件2.xlsx）报送…" — the files a page offers follow a signature's date, never a due date
    text = ("一、做好推荐工作。各市要加强组织领导。\n二、报送材料。请各市于2024年4月10日前将汇总表（附件2.xlsx）报送至省厅邮箱。\n"
            "河北省人力资源和社会保障厅\n2024年3月26日\n")
    assert policy_extract.parse_text(text).tasks[-1].deadline.date == "2024-04-10"


@pytest.mark.parametrize("text, title", [
    # corpus 0686 (财科教〔2017〕6号, review s10): the heading wrapped at a wide gap, then a sentence citing a notice whose
    # 印发 stands inside the 《》 — the sentence issues nothing of its own
    ("　　关于进一步做好中央财政科研项目资金管理等　　政策贯彻落实工作的通知　　财科教〔2017〕6号　　为了进一步做好《中共中央办公厅"
     "国务院办公厅印发<关于进一步完善中央财政科研项目资金管理等政策的若干意见>的通知》(以下简称《若干意见》)贯彻落实工作，现就有关问题通知如下："
     "　　一、提高思想认识，强化责任担当　　（一）加快出台配套制度。各部门要抓紧制定。", "关于进一步做好中央财政科研项目资金管理等政策贯彻落实工作的通知"),
    # corpus 0085 (人社厅发〔2019〕94号, review s8): a 《…关于转发…的通知》 cited in an item names no title of this notice
    ("人社厅发〔2019〕94号为加强人社系统行风建设，现就进一步做好职工基本养老保险关系转移接续工作有关问题补充通知如下：一、参保人员跨省转移接续"
     "基本养老保险关系时，转出地社会保险经办机构应当核实。二、本通知所称转移接续，按照《国务院办公厅关于转发人力资源社会保障部财政部城镇企业"
     "职工基本养老保险关系转移接续暂行办法的通知》（国办发〔2009〕66号）执行。", None),
    # corpus 0193 (河北省人社厅 2023, review s8): "…要严格执行《关于发布夏季高温津贴试行标准的通知》（冀人社发〔2015〕46号）"
    ("为进一步加强高温天气作业劳动者权益保障工作，现就有关事项通知如下:一、切实执行省夏季高温津贴试行标准。夏季高温津贴标准要严格执行"
     "《关于发布夏季高温津贴试行标准的通知》（冀人社发〔2015〕46号）的有关规定。二、加强监督检查。各地要开展专项检查。", None),
    # corpus 0217 (冀人社函〔2017〕33号): the notice's own line after its number, its body run on — the number is meta's field
    ("冀人社函〔2017〕33号关于做好2017年社会保险基金安全评估工作的通知按照《河北省人力资源和社会保障厅关于印发<河北省社会保险基金安全评估"
     "工作实施方案>的通知》(冀人社发〔2014〕37号)要求，现将有关事项通知如下：一、评估对象及范围　　1.基金险种。各项基金。",
     "关于做好2017年社会保险基金安全评估工作的通知"),
])
def test_a_notice_cited_in_quotes_is_not_the_title(text, title):
    assert policy_extract.parse_text(text).meta.title == title


def test_a_doc_number_run_on_after_the_title_is_no_part_of_it():
    # corpus 0760 (冀政办发〔2017〕5号), and 0795 printed to PDF: "…部分条款的通知冀科企函〔2017〕23号" on one line
    text = ("河北省科学技术厅关于修订《河北省科技型中小企业认定管理办法》部分条款的通知冀科企函〔2017〕23号\n各市科技局：\n"
            "一、修订内容\n（一）调整认定条件。各地要按新条件认定。\n")
    meta = policy_extract.parse_text(text).meta
    assert meta.title == "河北省科学技术厅关于修订《河北省科技型中小企业认定管理办法》部分条款的通知" and meta.doc_number == "冀科企函〔2017〕23号"


@pytest.mark.parametrize("text, title", [
    # corpus 0086 (review s11): "《…关于工伤保险基金省级统筹的指导意见》（人社部发〔2017〕60号）印发以来，…" — since it was issued
    ("《人力资源社会保障部财政部关于工伤保险基金省级统筹的指导意见》（人社部发〔2017〕60号，以下简称《指导意见》）印发以来，各地认真贯彻落实。"
     "现就有关事项通知如下：一、加快推进省级统筹。各地要按时完成。二、加强基金管理。各地要规范管理。", None),
    # corpus 0037: "…等9部门联合发布的《关于改善节假日旅游出行环境…》" — what others issued; "学习《劳动法》" names no title
    ("为落实人力资源社会保障部、全国总工会等9部门联合发布的《关于改善节假日旅游出行环境的通知》，组织职工学习《劳动法》《劳动合同法》，"
     "现就有关事项通知如下：一、开展学习宣传。各地要组织学习。二、加强检查。各地要开展检查。", None),
    # corpus 0377 (review s13): "依法做好有关信息发布工作" — 发布 as a noun issues nothing; "应当遵守《中华人民共和国行政强制法》"
    ("食盐定点生产企业应当建立生产销售记录制度。在发生突发事件时协调、保障食盐供应，依法做好有关信息发布工作。实施监督检查应当遵守"
     "《中华人民共和国行政强制法》的规定。一、加强监督检查。各地要加强检查。二、做好供应保障。各地要保障供应。", None),
    # corpus 1063 (国办发〔2019〕3号, review s16): "2018年11月，党中央、国务院印发《…若干意见》，提出…" is told as past: the notice's own heading
    ("国务院办公厅关于开展\n\n城镇小区配套幼儿园治理工作的通知\n\n国办发〔2019〕3号\n\n各省、自治区、直辖市人民政府：\n\n"
     "城镇小区配套建设幼儿园是城镇公共服务设施建设的重要内容。2018年11月，党中央、国务院印发《关于学前教育深化改革规范发展的若干意见》，"
     "提出规范小区配套幼儿园建设使用。\n一、总体要求\n二、重点任务\n（一）摸底排查。各地要全面摸排。\n",
     "国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知"),
    # corpus 0935 (review s15): an item that publishes on a site and cites a 《…备忘录》 issues nothing
    ("为抢抓京津冀协同发展机遇，制定如下工作方案。　　一、工作思路　　以习近平新时代中国特色社会主义思想为指导。　　二、主要任务　　"
     "（一）完善协调机制。落实三地经（工）信部门《进一步加强产业协同发展备忘录》，在“产业疏解与对接服务平台”和厅网站专栏发布，做好对接。"
     "（二）搭建交流平台。联合北京共同搭建服务平台。", None),
    # a year inside the issued name is no date the issuing was told after ("特将《河北省2022年就业工作要点》印发给你们", diffreview-v)
    ("各市人民政府：\n特将《河北省2022年就业工作要点》印发给你们，请认真贯彻执行。\n一、稳定就业\n（一）做好宣传。各地要宣传。\n",
     "河北省2022年就业工作要点"),
    # corpus 1091 (国办发〔2018〕115号): the heading wrapped over two lines holds 文件, no red header
    ("国务院办公厅关于全面推行行政规范性文件\n\n合法性审核机制的指导意见\n\n国办发〔2018〕115号\n\n各省、自治区、直辖市人民政府：\n\n"
     "为贯彻落实《中共中央关于全面深化改革若干重大问题的决定》，现提出以下意见。\n一、总体要求\n二、重点任务\n（一）严格审核。各地要严格审核。\n",
     "国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见"),
])
def test_a_document_the_notice_cites_or_mentions_is_not_the_title(text, title):
    assert policy_extract.parse_text(text).meta.title == title


@pytest.mark.parametrize("layout", ["lined", "flat"])
def test_a_pizhuan_notice_is_titled_by_what_it_approves_and_forwards(layout):
    # 上海市静安区人民政府关于批转区文化局《关于进一步加强静安区文物保护工作的实施意见》的通知 (zhiyao87/Shanghai-Gov-Docs-Index
    # docs/城市更新与历史保护, review bg06): 批转 hands the bureau's document down as 转发 does; the notice's own line had been the title
    text = ("上海市静安区人民政府关于批转区文化局《关于进一步加强静安区文物保护工作的实施意见》的通知\n区政府各委、办、局，各街道办事处：\n"
            "区文化局《关于进一步加强静安区文物保护工作的实施意见》已经区政府第73次常务会议通过，现批转给你们，请遵照执行。\n"
            "关于进一步加强静安区文物保护工作的\n实施意见\n一、主要任务\n（一）开展文物普查。全面摸清底数。\n")
    text = text if layout == "lined" else text.replace("\n", "")
    assert policy_extract.parse_text(text).meta.title == "关于进一步加强静安区文物保护工作的实施意见"


def test_nine_signers_with_a_supervision_group_and_a_union_date_the_notice():
    # 平潭 2020 农民专业合作社规范提升行动 (changwu/pingtan-gov-zwgk-archive bmwj/202004/21193, review bb02), flattened: the signers
    # run together before the date had not been read as such ("…监管组", "…联合社" ended no name), so the date was lost
    text = ("现将《平潭综合实验区农民专业合作社规范提升行动实施方案》印发给你们，请结合工作实际，按要求认真贯彻落实。平潭综合实验区农业农村局 "
            "平潭综合实验区经济发展局平潭综合实验区财政金融局 平潭综合实验区行政审批局国家税务总局平潭综合实验区税务局 福建银保监局平潭监管组 "
            "平潭综合实验区供销合作社联合社 2020年4月14日（此件主动公开）平潭综合实验区农民专业合作社规范提升行动实施方案 为贯彻落实有关部署。\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == (None, "2020-04-14")


def test_a_signers_name_wrapped_after_its_place_and_task():
    # 上海 2026 “15分钟社区生活圈”实施行动指南 (zhiyao87/Shanghai-Gov-Docs-Index, review bu04): the joint meeting's office signs over two
    # lines, its seal's remark below; the issuer had been "联席会议办公室" alone
    text = ("各有关单位:\n现将《2026年上海市“15分钟社区生活圈”实施行动指南》予以印发，请按照执行。\n上海市全面推进“15分钟社区生活圈”行动\n"
            "联席会议办公室\n（上海市规划和自然资源局代章）\n2026年3月23日\n")
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("上海市全面推进“15分钟社区生活圈”行动联席会议办公室", "2026-03-23")
    # not a signer whose own name opens with its place, under a line that is no name ("请认真贯彻执行" has its stop; a date line above)
    text = "各区：\n现印发给你们。\n上海市住房和城乡建设管理委员会\n2025年1月27日\n"
    assert policy_extract.parse_text(text).meta.issuer == "上海市住房和城乡建设管理委员会"
    # nor a title or a contact line over a signer that opens with no place (diffreview-af's probes)
    for above, signer in (("附件\n上海市2023年度重点项目清单", "市发展改革委"), ("上海市推进城市更新行动方案", "区建设管理委"), ("上海市浦东新区联系人张三", "区建设管理委")):
        assert policy_extract.parse_text(f"各区：\n现印发给你们。\n{above}\n{signer}\n2023年3月1日\n").meta.issuer == signer


@pytest.mark.parametrize("joiner", ["\n", ""])
def test_a_signer_whose_name_holds_a_slogan_in_quotes(joiner):
    # 上海 2026 “15分钟社区生活圈”实施行动指南 (zhiyao87/Shanghai-Gov-Docs-Index, review bu04 flattened): the quoted slogan had ended the
    # signer's name run into the text, and issuer and date were lost
    lines = ["沪规划资源更〔2026〕95号", "各有关单位:", "现将《2026年上海市“15分钟社区生活圈”实施行动指南》予以印发，请按照执行。",
             "上海市全面推进“15分钟社区生活圈”行动联席会议办公室（上海市规划和自然资源局代章）", "2026年3月23日",
             "2026年上海市“15分钟社区生活圈”实施行动指南", "为深入践行人民城市理念，着力解决群众急难愁盼。", "一、加强组织", "（一）开展评估工作。"]
    meta = policy_extract.parse_text(joiner.join(lines)).meta
    assert (meta.issuer, meta.issue_date) == ("上海市全面推进“15分钟社区生活圈”行动联席会议办公室", "2026-03-23")


@pytest.mark.parametrize("sentence, title", [
    # diffreview-ag's probes: a notice's own issuing after a cited law, with a second 《》 beside what it issues — only a name the
    # sentence goes on to make (制定了《Y》) makes the first issuing another body's
    ("根据《中华人民共和国安全生产法》制定并印发《某某区安全生产专项整治实施方案》和《某某区消防安全整治方案》，请认真贯彻执行。", "某某区安全生产专项整治实施方案"),
    ("按照《某某市城市更新条例》印发《某某区城市更新实施方案》，原《某某区旧区改造方案》同时废止。", "某某区城市更新实施方案"),
    ("为贯彻落实国务院印发《关于加快推进城市更新的意见》，我区制定了《某某区城市更新实施方案》。现印发给你们，请认真执行。", "某某区城市更新实施方案"),
    # other making verbs (diffreview-ah's probes)
    ("为贯彻落实省政府印发《关于加强安全生产的意见》，我区制订了《某某区安全生产实施方案》，现印发给你们。", "某某区安全生产实施方案"),
    ("为贯彻落实省政府印发《关于加强安全生产的意见》，我区研究起草《某某区安全生产实施方案》，现印发给你们。", "某某区安全生产实施方案"),
])
def test_an_issuing_beside_a_second_name_is_the_notices_own(sentence, title):
    assert policy_extract.parse_text("关于印发方案的通知\n各街镇：\n" + sentence + "\n").meta.title == title


@pytest.mark.parametrize("joiner", ["\n", ""])
def test_two_signers_one_a_fire_brigade_corps_after_a_contact_line(joiner):
    # 上海市生态环境局 上海市消防救援总队 2022 淘汰含PFOS泡沫产品 (zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防, review cb03): the contact line
    # ran on into the two signers, and 总队 ended no name — one issuer had been made of two
    lines = ["关于推动本市消防行业淘汰含PFOS泡沫产品的通知", "各有关单位：", "现将有关事项通知如下。", "联系人：王某 电话：24011550",
             "", "上海市生态环境局         上海市消防救援总队", "", "2022年11月9日"]
    meta = policy_extract.parse_text(joiner.join(lines)).meta
    assert (meta.issuer, meta.issue_date) == (None, "2022-11-09")


@pytest.mark.parametrize("tail", ["", " 来源：中国平潭 附件下载"])
def test_a_signer_after_the_doc_number_that_closes_the_annex_list(tail):
    # 平潭 2012 政府信息公开重点工作安排 (changwu/pingtan-gov-zwgk-archive qgwhbgswj/201511/2528, review ce02 crawled and flattened): the
    # annex list's last document closed by its number's bracket, the signer right after — a place that opens further in than 5 characters
    text = ("平潭综合实验区管委会办公室关于2012年政府信息公开重点工作安排的通知各片区管理局，区直各单位：现将有关事项通知如下。"
            "一、加强组织领导。二、做好信息公开。附件：《福建省人民政府办公厅转发国务院办公厅关于2012年政府信息公开重点工作安排的通知》"
            "（闽政办〔2012〕99号）平潭综合实验区管委会办公室2012年7月18日" + tail)
    meta = policy_extract.parse_text(text).meta
    assert (meta.issuer, meta.issue_date) == ("平潭综合实验区管委会办公室", "2012-07-18")


def test_a_document_made_without_quotes_is_issued_not_the_ones_it_follows():
    # 上海市司法局 2018 普法责任清单 (review cj08): the names in 《》 are what it follows; the title is the heading over the list
    text = ("根据中共上海市委办公厅、上海市人民政府办公厅《关于实行国家机关“谁执法谁普法”普法责任制的实施意见》及上海市司法局"
            "《上海司法行政系统落实“谁执法谁普法”普法责任制实施方案》要求,为进一步明确普法责任,市局制定了普法责任清单,现正式印发给你们,请遵照执行。")
    assert issued_title(text) is None
    notice = "市局各单位、各部门,各区局:\n" + text + "\n特此通知。\n上海市司法局\n2018年4月12日\n上海市司法局普法责任清单\n一、市局机关\n"
    assert policy_extract.parse_text(notice).meta.title == "上海市司法局普法责任清单"
    # 平潭 2017 生态环境损害赔偿 (changwu/pingtan-gov-zwgk-archive, review bh06): "制定本工作方案" after the cited 实施意见
    text = ("平潭综合实验区管委会关于印发《有序推进生态环境损害赔偿工作实施方案》的通知\n各片区项目建设指挥部，区直各单位：为探索生态环境损害赔偿制度，"
            "根据中共福建省委办公厅、福建省人民政府办公厅印发《关于有序推进生态环境损害赔偿工作的实施意见》（闽委办发〔2016〕45号），结合我区实际，"
            "制定本工作方案，经管委会研究同意，现印发给你们，请认真贯彻执行。\n")
    assert policy_extract.parse_text(text).meta.title == "有序推进生态环境损害赔偿工作实施方案"
    # a word of the name, no verb: "《…实施办法（试行）》2019年修订版已经…同意，现印发给你们" (corpus 0669) still issues the 办法
    text = "《国家科学技术奖提名制实施办法(试行)》2019年修订版已经第五届国家科学技术奖励委员会第三次会议同意，现印发给你们，请认真贯彻落实。"
    assert issued_title(text) == "国家科学技术奖提名制实施办法(试行)"
    # "…》经修订，现印发给你们": the verb makes nothing new (a clause too short to be a name)
    assert issued_title("《某某市政务公开工作规范》经修订，现印发给你们，请遵照执行。") == "某某市政务公开工作规范"


def test_a_name_cited_inside_the_unquoted_document_a_verb_issues_is_not_issued():
    # 南阳生态文明促进会 2018 news page (http://www.nystwmcjh.com/a/617.html, review cp01): the 意见 it publishes is unquoted,
    # 《政府工作报告》 is what that 意见 carries out — the title had been "政府工作报告"
    text = "近日,国务院发布关于落实《政府工作报告》重点工作部门分工的意见,就《政府工作报告》确定的重点工作,提出部门分工。"
    assert issued_title(text) is None
    assert issued_title("省政府印发关于贯彻落实《XX省优化营商环境条例》的实施意见，对全省工作作出部署。") is None
    # a citing word before the verb cites nothing it issues
    assert issued_title("根据工作要求，现印发《XX县2023年政务公开工作要点》，请认真贯彻执行。") == "XX县2023年政务公开工作要点"


def test_names_before_an_unnamed_document_are_cited_ones_only():
    # diffreview-al's probes: a making verb after the name that is itself issued, or that others are to use, leaves it the title
    sign = "\nXX县人民政府办公室\n2023年5月10日\n"
    for text, title in [
        ("《XX市营商环境优化提升行动方案》已经市政府同意，为便于各地制定配套措施，现印发给你们，请认真贯彻执行。", "XX市营商环境优化提升行动方案"),
        ("《XX县农村集体资产管理办法》已根据机构改革情况修订有关内容，现重新印发给你们，请遵照执行。", "XX县农村集体资产管理办法"),
        ("为贯彻落实《XX省生活垃圾管理条例》，县政府制定了《XX县生活垃圾分类实施细则》，并编制了配套工作台账，现一并印发给你们，请认真抓好落实。",
         "XX县生活垃圾分类实施细则"),
        ("《XX区城乡环境综合整治实施方案》已经区委、区政府研究同意，并结合各部门意见修订完善有关条款，现印发给你们，请认真组织实施。",
         "XX区城乡环境综合整治实施方案"),
    ]:
        assert policy_extract.parse_text(text + sign).meta.title == title
    # the names the sentence follows, its requirements after them: the list it makes is issued (no title from them)
    text = "根据《XX市政务公开工作要点》要求，结合我县实际，县政府办公室制定了全县政务公开重点任务分工清单，现印发给你们，请认真落实。"
    assert policy_extract.parse_text(text + sign).meta.title is None


def test_issuers_before_about_that_are_no_joint_signature():
    # diffreview-al's probes: a 转发's bodies after the issuer, a site's name before the issuer it begins; the page's 发布机构 stands
    fields = "发布机构：{pub}\n成文日期：2023-04-01\n"
    body = "\n各乡镇人民政府，县直各部门：\n现将有关事项通知如下。\n"
    forwarded = fields.format(pub="XX省人民政府办公厅") + "XX省人民政府办公厅转发省发展改革委、省财政厅关于做好2023年价格工作意见的通知" + body
    assert policy_extract.parse_text(forwarded).meta.issuer == "XX省人民政府办公厅"
    site = fields.format(pub="XX市人民政府办公室") + "XX市人民政府 XX市人民政府办公室关于印发XX市2023年重点工作方案的通知" + body
    assert policy_extract.parse_text(site).meta.issuer == "XX市人民政府办公室"
    # a title wrapped over lines keeps a line that names a site's channel ("政务公开"): it is the title's own
    assert policy_extract.parse_text("XX县2023年度\n政务公开\n工作要点\n一、重点任务\n（一）推进政务公开标准化。（牵头单位：县政府办）\n").meta.title \
        == "XX县2023年度政务公开工作要点"
    # a bracketed line under the signer that is no seal ("（新时代）") leaves the signer over it unread as such
    from policy_extract.grammar import current

    assert current().seal_remark.match("（代）") and current().seal_remark.match("（XX县林业局代章）") and not current().seal_remark.match("（新时代）")
    # a body's seal under another signer ("国家知识产权局办公室" / "（XX市财政局盖章）", diffreview-am): the signer over it stands
    sealed = "各部门：\n一、加强保护。各地要落实。\n特此通知。\n国家知识产权局办公室\n（XX市财政局盖章）\n2022年3月1日\n"
    assert policy_extract.parse_text(sealed).meta.issuer == "国家知识产权局办公室"
    # a channel over a title that ends with its period in brackets (diffreview-am)
    assert policy_extract.parse_text("政策文件\nXX市推进数字经济高质量发展行动方案（2023—2025年）\n一、重点任务\n（一）做好工作。\n").meta.title \
        == "XX市推进数字经济高质量发展行动方案（2023—2025年）"
    # a trail's step glued to a title that opens with its year stays glued: a site's section ("新闻中心", "办事大厅") and an issuer
    # ("教育局", "全民健身…") look alike there (diffreview-am, -an, -ao: the cut was withdrawn); the title keeps its own words
    page = "您当前所在位置: 首页 > 通知公告 > 教育局2022年工作要点发布日期:2022-03-01 一、重点任务（一）开展主题教育。（责任单位：局机关各处室）"
    assert policy_extract.parse_text(page).meta.title == "教育局2022年工作要点"
    # a wrapped title whose first line names a channel keeps it, its rest short before its bracket (diffreview-an)
    assert policy_extract.parse_text("政务公开\n工作实施方案（2023年修订）\n\n一、重点任务\n（一）做好工作。\n").meta.title == "政务公开工作实施方案（2023年修订）"


def test_an_item_citing_a_body_is_no_issuer():
    # 意识形态风险排查清单 (stored page, review cl06): "1.及时传达学习党中央和上级党委关于意识形态工作的决策部署…" had given the issuer
    # "1.及时传达学习党中央和上级党委"; the page prints no signature
    text = ("意识形态风险排查清单\n一、主要内容\n(一)党委(党支部)主体责任清单\n"
            "1.及时传达学习党中央和上级党委关于意识形态工作的决策部署和指示精神,结合实际抓好贯彻落实。\n2.牢牢掌握意识形态工作的领导权。\n")
    assert policy_extract.parse_text(text).meta.issuer is None


def test_a_heading_a_page_run_together_prints_twice():
    # 武汉市农业农村局 2020年工作要点 (nyncj.wuhan.gov.cn …/t20200602_1353196.html, review cp02) flattened: the page's title and the
    # heading, the same words, between the breadcrumb and the page's date — no title had been read; corpus 0726 (科学技术部令第1号) alike
    head = ("中国政府网 | 武汉市人民政府网当前位置: 首页>政府信息公开>法定主动公开内容>规划信息>年度计划 > 2020年市农业农村局工作要点"
            "2020年市农业农村局工作要点发布日期: 2020-06-02 09:28 来源: 发布单位: 武汉市农业农村局2020年全市农业农村工作总的要求是:以习近平"
            "新时代中国特色社会主义思想为指导,全面贯彻党的十九大和党的十九届二中、三中、四中全会精神,认真落实《中国共产党农村工作条例》和中央、"
            "省委、市委农村工作会议精神,坚持新发展理念,坚持稳中求进工作总基调。一、重点任务(一)稳定粮食生产。全年粮食播种面积稳定在400万亩以上。"
            + "落实粮食安全党政同责,严格耕地保护,加快高标准农田建设,确保粮食产量稳定。" * 4)
    assert policy_extract.parse_text(head + "\n").meta.title == "2020年市农业农村局工作要点"
    # a news page: the headline, its source's name, then the heading (国发〔2020〕6号 on cs.com.cn, review cw10 flat)
    text = ("国务院关于落实《政府工作报告》重点工作部门分工的意见中国政府网国务院关于落实《政府工作报告》重点工作部门分工的意见国发〔2020〕6号"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：为做好今年政府工作，现就落实重点工作提出如下分工意见：一、落实2020年发展主要目标")
    assert policy_extract.parse_text(text + "\n").meta.title == "国务院关于落实《政府工作报告》重点工作部门分工的意见"


def test_a_collecting_sites_piece_mark_is_no_part_of_the_title():
    # 2025年防汛抗旱指挥部工作要点 on a 范文 site (green-energy-services.com/wendang/39895625.html, review cq01): "篇一:" before the title had
    # left the notice without a title, so "4月底前完成" had no year
    text = ("防汛抗旱工作对于保障国家安全具有重要意义。\n篇一:2025年防汛抗旱指挥部工作要点\n为认真贯彻落实省、市防指工作要求,现制定本要点。\n"
            "一、提升组织指挥能力\n1、充实防汛抗旱组织指挥机构。完善县、乡两级防汛抗旱指挥体系,4月底前完成(责任单位:县防办、各乡镇)\n")
    doc = policy_extract.parse_text(text)
    assert doc.meta.title == "2025年防汛抗旱指挥部工作要点"
    assert doc.tasks[0].deadline.date == "2025-04-30"
    # run on into the notice's first part, its line breaks lost (diffreview-as's probe)
    flat = policy_extract.parse_text("篇一:2025年防汛抗旱指挥部工作要点一、重点任务(一)修订完善防汛应急预案。5月底前完成。(责任单位:县水利局)\n")
    assert (flat.meta.title, flat.tasks[0].deadline.date) == ("2025年防汛抗旱指挥部工作要点", "2025-05-31")
    # a reading list's item whose words run on past a title's word keeps its mark (diffreview-at's probes)
    for item in ("篇一 党的二十大报告全文,各支部要结合学习计划组织研讨,3月底前完成。", "篇一:习近平文化思想专题辅导,讲授宣传思想文化工作的意见要求,6月底前完成。"):
        doc = policy_extract.parse_text("一、学习内容\n" + item + "(机关党支部负责)\n")
        assert item.replace(" ", "")[:6] in doc.tasks[0].text.replace(" ", "")
    # the mark and a space, no colon (diffreview-ar's probe)
    assert policy_extract.parse_text(text.replace("篇一:", "篇一 ")).meta.title == "2025年防汛抗旱指挥部工作要点"
    # a reading list's "篇一:《…》…完成学习。" keeps its words (diffreview-ar's probe)
    doc = policy_extract.parse_text("一、学习篇目\n篇一:《中国共产党纪律处分条例》全文,6月底前完成学习。(机关党支部负责)\n")
    assert "篇一:《中国共产党纪律处分条例》" in doc.tasks[0].text


def test_a_year_opening_a_title_without_年_is_the_notices():
    # a 2016 八一 慰问 plan on a template site (review io 07): title "2016八一建军节部队的活动方案一", "…要在8月1日前召开座谈会" — 2016's 1 August
    from policy_extract.meta import context_year

    assert context_year("2016八一建军节部队的活动方案一", None) == 2016
    assert context_year("12345工作方案", None) is None  # (no year: a number)
    text = "2016八一建军节部队的活动方案\n二、慰问安排\n1、各街道要在8月1日前召开座谈会,听取意见。\n"
    assert policy_extract.parse_text(text).tasks[0].deadline.date == "2016-08-01"
