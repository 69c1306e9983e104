"""The grammar of a notice's metadata (doc number, dates, signature, title, recipients,
reporting), compiled per rules value: a part of `grammar.Grammar`, which holds the rules."""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

from .grammar_base import HAN, _alt, _Lazy
from .markers import CN_DIGIT, CN_NUMERAL

# a character of a signer's name run into the text: a letter, a bracket, or a slogan in quotes as one ("国务院推进政府职能转变和“放管服”
# 改革协调小组办公室", "上海市全面推进“15分钟社区生活圈”行动联席会议办公室", review bu04 flattened)
_SIGNER_CHAR = rf"(?:{HAN}|[（）()]|“[^“”。！？；;]{{1,20}}”)"
_CONTACT_LABELS = "(?:联系单位|联系人|经办人|联系电话|联系方式|电话|传真|邮箱|电子信箱|地址|邮编|邮政编码)"  # the fields of who to call and where to send


class MetadataPatterns:
    """Metadata patterns; `self.rules` is the Rules value of the Grammar they are part of."""
    # --- metadata --------------------------------------------------------------------
    # "市政办函〔2022〕72号"; an order's or an announcement's: "河北省人民政府令〔2019〕第1号", "中华人民共和国国务院令第535号",
    # "国家税务总局公告2015年第76号" (corpus 0061, 0807: review r31a 11, r31b 13)
    doc_number = _Lazy(rf"{HAN}{{1,14}}\s*[〔\[［【(（﹝]\s*(?:\d{{4}}|{CN_DIGIT}{{4}})\s*[〕\]］】)）﹞]\s*第?\s*\d{{1,4}}\s*号"
                       rf"|(?<![^\W\d_a-zA-Z]){HAN}{{0,30}}(?:令|公告)\s*(?:(?:\d{{4}}|{CN_DIGIT}{{4}})\s*年(?:度)?\s*)?第\s*\d{{1,4}}\s*号")
    bracket_year = _Lazy(r"[〔\[［【(（﹝]\s*(\d{4})\s*[〕\]］】)）﹞]\s*\d{1,4}\s*号")
    _date = rf"(?P<y>\d{{4}}|{CN_DIGIT}(?:[ \u3000]?{CN_DIGIT}){{3}})\s*年\s*(?P<m>\d{{1,2}}|{CN_NUMERAL}{{1,3}})\s*月\s*(?P<d>\d{{1,2}}|{CN_NUMERAL}{{1,3}})\s*日"
    date = _Lazy(_date)
    # what after a year's 年 makes it a time, not the name of a thing that year ("（2000年底前建成）", "2021年度", "2018年以来": meta.context_year)
    year_as_time = _Lazy(r"[底前内末上下度第\d]|以来")
    # a clause before a month that says which things ("对今年4月份完成验收的项目…"), and one after it that reports ("1—3月份完成情况": deadlines)
    things_before_month = _Lazy(r"对")
    report_after_month = _Lazy(r"情况")
    standalone_date = _Lazy(rf"^\s*{_date}\s*$")
    # a sentence that announces the items below it ("各地教育行政部门要重点从以下四个方面做好总结提炼。", corpus 0993)
    # (a full stop: after a colon come conditions or materials, "…并附以下申报材料：", corpus 0108)
    # (work, not "下列条件之一的，可破格申报…", corpus 0022)
    # the sentence that says what the notice is about ("现就统筹开展全省2023年公共就业服务专项活动有关事项通知如下", corpus 0280)
    subject_sentence = _Lazy(r"现就[^。；;]{0,80}?(?:通知|安排|部署|要求)如下")
    announces_items = _Lazy(r"(?:以下|如下|下列)[^。；;：:，,]{0,6}(?:方面|工作|任务|措施|重点|事项)[^。；;：:]{0,16}。?$")
    # the date in brackets over the doc number, a 上海 page's head ("(二OO八年二月二十六日)" / "宝府办〔2008〕18号", 宝山区 2008)
    date_over_number = _Lazy(rf"^\s*[（(]\s*{_date}\s*[）)]\s*(?=$|{HAN}{{1,14}}\s*[〔\[［【(（﹝]\s*\d{{4}})")
    # a notice's closing paragraph, between its last item and its signature: it opens addressing the
    # recipients ("各地各部门要明确责任、分解任务…" corpus 0778; "各市（含定州、辛集市）教育局，雄安新区公共服务局要…" 0976)
    closing_exhortation = _Lazy(r"^\s*各[^。；！？]{0,40}?(?<![重主])要(?![求点素])")
    # the formula that closes a notice's body, over its signature ("特此公示！", 铁东区 2019, review s2d 07)
    closing_formula = _Lazy(r"(?:^|(?<=[。！!；;\n]))\s*特此(?:通知|公告|公示|通报|函告|批复)\s*[。！!]?\s*(?:\n|$)")
    # what a signature's date closing a text may have after it: "（此件公开发布）"
    # or "（本文有删减）" (国办 letters, corpus 1078, 1102); a contact after it, "（此件主动公开）（联系单位：事业单位人事管理处）" (corpus 0220)
    publication_remark = _Lazy(r"[（(](?:此件[^（()）]{2,8}|本文有删减)[）)](?:\s*[（(]联系[^（()）:：]{0,3}[:：][^（()）]{1,40}[）)])*\s*$")
    # the remark run on into the annex that follows the signature ("…2025年5月18日(此件公开发布)附件12025年县政府工作报告任务清单", 沁县 2025 flattened)
    # or an annex's numbered label run on before its title (normalize reads where: after a unit's cell or a signature's date)
    annex_number_run_on = _Lazy(rf"附件\s*\d{{1,2}}(?=\s*(?:(?:19|20)\d{{2}}年|{HAN}))")
    remark_then_annex = _Lazy(r"[（(]此件[^（()）]{2,8}[）)](?=\s*附[件表])")
    seal_remark = _Lazy(r"^\s*[（(](?:[^（()）]{0,30}(?:代章|代印|盖章)|代)[）)]\s*$")  # "（国家知识产权局代章）" under the signer, over the date
    signature_date_at_end = _Lazy(rf"{_date}\s*$")
    # a site's link to the notice's interpretation, run on at its end: everything after "政策解读：《",
    # or "《…》解读" closing it ("…良好社会氛围。《关于劳务品牌建设的实施意见》解读", corpus 0357)
    # (a link's title without 《》 is a headline: no sentence mark, no assignment, "政策解读：河北省如何加快…", corpus 0907)
    interpretation_link = _Lazy(r"(?:(?:政策|相关)解读\s*[:：]\s*(?:《.*|[^。；;！？，,由要应须需]{6,60})|《[^《》]{4,120}》\s*的?(?:政策)?解读)\s*$")
    org_then_date = _Lazy(rf"^(?P<org>(?:{HAN}|[（）()]){{4,40}}?)\s+{_date}\s*$")

    def is_foot_line(self, text: str) -> bool:
        """A signer and date on one line, or the print line ("…办公室 2016年9月21日印发"): no wrapped sentence's end."""
        return "日" in text[-6:] and (self.org_then_date.match(text) is not None or self.is_print_line(text))

    def is_print_line(self, text: str) -> bool:
        """A line that is the print line: "平潭综合实验区管委会办公室 2016年9月21日印发" (review aq05)."""
        return text.rstrip().endswith(self.print_line_endings) and self.print_line.match(text) is not None

    @cached_property
    def print_line_endings(self) -> tuple[str, ...]:
        """How a print line ends: its date's 日, then the verb ("…2016年9月21日印发")."""
        return tuple("日" + v for v in self.rules.print_line_verbs)

    @cached_property
    def signature_after_space(self) -> re.Pattern:
        """A signer and date closing a long line after a space, its line breaks lost: "…责任单位：社会事业处、经济发展处
        平潭综合实验区苏平片区管理局 2023年3月16日" (review au04 crawled)."""
        return re.compile(rf"(?<=\s)(?P<org>{HAN}{{4,40}}?)\s*{self._date}\s*$")

    @cached_property
    def print_line(self) -> re.Pattern:
        """The print line at a notice's foot, its office, date and verb ("平潭综合实验区管委会办公室 2016年9月21日印发", review aq05);
        `match` a line that is one, `search` one run on after a sentence or a space."""
        return re.compile(rf"(?:^|(?<=[。！？）)])|\s)\s*(?P<org>(?:{HAN}|[（）()]){{4,40}}?)\s*{self._date}\s*{_alt(self.rules.print_line_verbs)}\s*$")
    # "…认真贯彻落实。立山区人民政府2023年3月28日(此件公开发布)…": a signature run into the text,
    # after a sentence and before a bracket, the next document's year or the end

    @cached_property
    def page_field_value(self) -> re.Pattern:
        """A page field and its value, the line breaks lost: "有效性 失效金政发〔2021〕1号" (review bo02), "点击数:人次" (web-h 03)."""
        return re.compile(rf"(?:{_alt(self.rules.page_info_labels)})\s*[:：]?\s*(?:{_alt(self.rules.page_field_values)})")

    @cached_property
    def signature_in_text(self) -> re.Pattern:
        """The org and date of a signature run into the text (tried at sentence starts: `at_sentence_starts`): after a sentence, before a
        bracket, the next document's year, the page's info line ("…办公厅2020年5月20日来源:"), the plan's first sentence ("…河北省人民政府办公厅
        2024年4月28日为加快推进…", corpus 0568), the signer again (a page's source), the files the page offers ("…2024年3月26日1.…审批表.docx", 0108) or the end."""
        info = _alt(self.rules.page_info_labels)
        return re.compile(rf"\s*(?P<org>{_SIGNER_CHAR}{{3,60}}?)\s*{self._date}(?=\s*$|\s*[（(]|\s*\d{{4}}\s*年|\s*{info}\s*[:：]|\s*附件|为|根据|按照|\s*关于|\s*(?P=org)|(?![前起至以之])[^。]{{0,80}}?\.(?:docx?|xlsx?|pdf|wps|ofd|zip|rar)(?![A-Za-z]))")

    @cached_property
    def _signature_opening(self) -> re.Pattern:
        """Where a signature may open in a text run together: after a sentence end or a note's
        closing bracket ("…按职责分工负责）河北省人民政府2020年9月30日"), or after the title an annex list names ("…附件:2020年《政府工作报告》主要目标任务分解方案徐州市人民
        政府2020年1月18日(此件公开发布)…")."""
        r = self.rules
        # or after a link's file name or a mail address ("链接：我省出台新规扶持小微企业健康发展.html河北省人民政府2015年4月24日",
        # corpus 0893; "电子邮箱：jyysyc@126.com河北省人力资源和社会保障厅2023年4月23日", 0244), or a phone number
        # ("联系人：…赵轩66908781河北省就业工作领导小组办公室2024年3月29日", 0099), a postcode ("邮编：050051河北省…", 0250) or a house or room number ("…118号河北省…", 0216; "…108房间河北省…", 0101)
        # or after the closing formula with no stop ("…特此通报河北省语言文字工作委员会2020年3月31日", corpus 1044 flattened, c29-3), or
        # the handing-over sentence's last words and a blank ("…请认真组织实施 平潭综合实验区管委会办公室2021 年 7 月 14 日", review bv04)
        return re.compile(rf"[。！？）)]|附件[:：]|特此(?:通知|通报|公告|公示|函告|批复)(?=\s*{HAN})|(?:{_alt(r.handing_over_closings)})(?=\s*{HAN})|(?:{_alt(r.annex_plan_title_endings + r.plan_title_endings + r.annex_form_endings + r.regulation_title_endings)}》?|\.(?:s?html?|pdf|docx?|xlsx?|wps|com|cn|net|org)|\d{{7}}|[:：]\s*\d{{6}}|\d{{1,5}}(?:号|房间|室))(?=\s*{HAN})")

    def at_sentence_starts(self, pattern: re.Pattern, text: str):
        """The matches of `pattern` at the text's start and where a signature may open
        (_signature_opening), in order: how the signature patterns below are tried. (Written
        as a lookbehind inside the pattern, the engine would try them at every character.)
        After a bracket or a title, not a sentence end, the signer's name must open with its
        place ("…分解方案徐州市人民政府", not "…计划生育委员会"'s "生育委员会"), and of the
        openings before one date the last such is taken."""
        sentence = {0: True}
        titled = set()  # openings after a title's kind word: a longer place may open the name there ("…绿色矿山建设工作方案平潭综合实验区
        for m in self._signature_opening.finditer(text):  # 环境与国土资源局2018年4月18日", review as06 crawled); not after a bracket, inside a name
            sentence[m.end()] = sentence.get(m.end(), False) or m.group(0) in "。！？" or m.group(0).startswith("特此")  # ("中国（上海）自由贸易
            if m.group(0)[-1:] not in "。！？）)" or text[m.start() - 1 : m.start()] == "号":  # 试验区…管理委员会", review al02 flattened)
                titled.add(m.end())  # (or a doc number's bracket closing the annex list: "…（闽政办〔2012〕99号）平潭综合实验区管委会办公室2012年7月18日", review ce02)
        found = []
        for start in sorted(sentence):
            m = pattern.match(text, start)
            if m is None:
                continue
            org = m.groupdict().get("org")
            if sentence[start] or "org" not in pattern.groupindex or (org is not None and self._opens_with_place(org.strip(), reach=8 if start in titled else 5)):
                found.append(m)
        yield from (m for k, m in enumerate(found) if not (k + 1 < len(found) and found[k + 1].end() == m.end()))

    def _opens_with_place(self, org: str, short_ministry: bool = True, reach: int = 5) -> bool:
        """"徐州市人民政府", "河北省教育厅": a place word (省, 市, 县 …) among the name's first characters; or a central body, which names
        no place ("…发展规划科技部2013年2月5日", corpus 1079, review r24b 01; "国务院办公厅"; "全国就业工作领导小组办公室"), first of joint signers ("人力资源社会保障部民政部中国残联", 0008)."""
        return any(ch in self.rules.place_words for ch in org[1:reach]) or org.startswith(("国务院", "国家", "中共中央", "全国")) or (
            short_ministry and len(org) <= 12 and org.endswith(("部", "部办公厅"))) or (  # ("人力资源社会保障部办公厅", 0081; not after 省委: its 组织部)
            short_ministry and (first := self.org_name.match(org)) is not None and first.end() < len(org) and self._opens_with_place(first.group(0)))

    # one organisation's name: up to its kind of body, with its 办公厅/办公室 ("国务院办公厅",
    # "河北省人力资源和社会保障厅"); two run together do not match as a whole
    # (a school or a hospital, "…专修学院", is not an office: corpus 1031's list of schools before its signer; "福建银保监局平潭监管组",
    # "平潭综合实验区供销合作社联合社" among nine signers, 平潭 2020 农民专业合作社规范提升行动, review bb02)
    org_name = _Lazy(r"(?:(?!办公厅|办公室).)+?(?:委员会|管委会|检察院|法院|联合会|工会|协会|领导小组|政府|厅|部(?![队际])|局|委|(?<![学医])院|办|小组|银行|分行|支行|中心|总队|支队|妇联|残联|科协|侨联|文联|工商联|联合社|监管组|工作组)(?:办公厅|办公室)?")
    # not a page's "发布:2019-04-17", nor the remark "（此件公开发布）" (国办发〔2018〕108号 flattened, corpus 1110, review c24-3)
    issue_sentence = _Lazy(r"(?:印发|现将|转发|批转|(?<!此件公开)发布|现公布)(?![:：]|后|之后|以后|以来|之日|前|之前|工作)")
    # an order publishing what it names first: "《事业单位人事管理条例》已经…通过，现予公布" (corpus 0057, 0711), not a list a cited rule made
    order_publishes = _Lazy(r"(?<!根据)(?<!依据)(?<!按照)(?<!依照)《(?P<name>[^《》]{4,80})》(?:已经|已于|已由|经)[^。]*?。?现予(?:公布|发布|印发)")
    forwarded_here = _Lazy(r"》\s*(?:[（(][^（）()]*[）)]\s*)?(?:转发|批转|印发)给")  # "现将…《关于印发X的通知》转发给你们": forwarded, not cited
    issue_object = _Lazy(r"(?:现将|现把)\s*《")  # "现将《X》印发给你们": X is what the notice issues
    # what follows 现将《X》 when X is the whole of what is issued: its short name, then the verb
    issued_whole = _Lazy(r"\s*(?:[（(][^）)]*[）)]\s*)?(?:予以)?(?:印发|转发|批转|发布|下发|公布|公示|下达|颁布|通报|[，,。、和及])")
    # "现将《X规划》责任分解印发给你们": a few words after 》 that go on naming what is issued
    issued_tail = _Lazy(rf"(?!予以)(?P<tail>{HAN}{{2,10}}?)(?:予以)?(?:印发|转发|批转|下发|下达)")  # (not "》予以印发" itself)
    issuing_verb = _Lazy(r"印发|转发|批转|发布|公布")  # the verb of the sentence that issues a document
    about_issuing = _Lazy(r"关于(?:印发|转发|批转|发布)(?P<title>.+?)的通知")  # ("关于批转区文化局《…》的通知", 静安区 2018, review bg06)
    contact = _Lazy(r"[（(][^（）()]*(?:联系人|电话|联系方式|邮箱)[^（）()]*[）)]")
    # contact lines closing an item ("联系人:孙学明" "联系电话:3236601"): who to call, not the task
    contact_lines = _Lazy(rf"(?:\n\s*{HAN}{{0,6}}?{_CONTACT_LABELS}\s*[:：][^\n]*)+\s*$")  # ("公共服务大厅电话：…", corpus 0250)
    # and run on after the item's last sentence, its line breaks lost ("…发送至联系邮箱。公共服务大厅联系电话：0311-…报送地址：…", corpus 0248)
    # or with no label, names and numbers ("…联系。职业能力建设司李莉010-84208448职业技能鉴定中心张焕志010-84661125", 0143; "…技术处：胡新红（010）84661035", 0269)
    contact_run = _Lazy(rf"(?:{HAN}{{0,6}}?{_CONTACT_LABELS}\s*[:：]|(?={HAN}{{2,16}}\d{{3,4}}-\d{{7,8}})|(?={HAN}{{2,30}}[:：]{HAN}{{2,4}}[（(]\d{{3,4}}[）)]\d{{7,8}}))[^。！？]*$")
    annex_label = _Lazy(r"^(?:附件|附表|附录)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$")
    # an item's sentence that runs into the list of what it asks for ("被推荐的参评人员需填报…，提交以下材料：1.近5年年度考核情况；2.…",
    # corpus 0022, 0330, review c30-1): the list is the item's, no tasks of its own
    terms_list_opening = _Lazy(r"(?:以下|下列|如下)[^。；;：:，,]{0,6}?(?:材料|资料|证件|条件|情形)[^。；;：:，,]{0,4}[:：]\s*$")
    annex_list_opening = _Lazy(r"(?:附件|附表)\s*[:：]\s*$")  # "…三、未尽事项另行通知附件：" with its list run on after it
    # "附件1：X方案": label, title; "附：全省政府系统电子政务工作２００４年度建设任务书" (corpus 0608)
    # (or the title's year glued to the number, its line break lost: "附件12025年县政府工作报告任务清单", 沁县 2025 flattened)
    annex_heading = _Lazy(r"^(?:附件|附表|附(?=\s*[:：]))\s*[0-9０-９一二三四五六七八九十]*\s*(?:(?:[:：．.、\s]\s*|(?=(?:19|20)\d{2}年))(?P<title>\S.*))?$")
    year_prefix = _Lazy(rf"(?:\d{{4}}|{CN_DIGIT}{{4}})年(?:度)?")  # "2023年" before a name in 《》
    joint_issuers = _Lazy(r"[、，,]|等\s*[0-9一二三四五六七八九十]+\s*(?:个)?(?:部门|单位)")

    # a notice's own title inside a run-on head: its issuer, 关于…, then the kind of document
    # ("嘉政办发〔2021〕5号县人民政府办公室关于对县《政府工作报告》…进行责任分解的通知各镇人民政府,…")
    @cached_property
    def notice_title(self) -> re.Pattern:
        kinds = _alt(w for w in self.rules.doc_number_after if w.startswith("的"))
        # the recipients (after 各, or any names up to the salutation's colon: "…专项督查的通知市直相关部门、各乡、镇(场)人民政府:",
        # 扶余市 督查室, review s22a 01 flattened), the doc number, an end, a site's name after a dash
        names = rf"[^。；;：:！？]{{2,80}}?{_alt(self.rules.unit_suffixes)}[：:]"
        after = rf"(?=各|\s|$|[（(〔，,。：:\-—_|]|{HAN}{{1,8}}\s*[〔\[［(（﹝]\s*\d{{4}}|{names})"
        return re.compile(rf"(?P<title>(?:{HAN}|[（）()]){{0,30}}?关于[^。；;：:！？，,]{{4,100}}?{kinds}){after}")

    def is_number_line(self, text: str) -> bool:
        """A doc number on a line of its own: no wrap of the title over it, nor of the recipients' line under it
        ("…工作要點》的通知" / "渝府發(fā)〔2025〕1號" / "各區(qū)縣(自治縣)人民政府,…", 重庆 2025, review s15b 02)."""
        return text.rstrip().endswith("号") and len(text) <= 40 and self.doc_number.fullmatch(text.strip()) is not None

    @cached_property
    def title_endings(self) -> tuple[str, ...]:
        """How a whole title ends: a plan's or a document's word ("…实施方案", "…的通知")."""
        return tuple(self.rules.plan_title_endings + self.rules.document_title_endings)

    def ends_like_title(self, text: str) -> bool:
        return text.rstrip().endswith(self.title_endings)

    @cached_property
    def title_before_body(self) -> re.Pattern:
        """A title run into the body's first sentence: "…项目任务完成情况公示根据岳阳市…", "汪清县“十五五”规划
        编制工作实施方案按照国家、省、州统一部署,…" (汪清县 2025, review s6a 02: quotes inside a title)."""
        r = self.rules
        ends = _alt(r.plan_title_endings + r.document_title_endings)
        # or a part's number in brackets after it, and the year's opening sentence ("…重点工作分工方案(一)2025年是“十四五”规划的收官之年",
        # 辽宁 2025 flattened, review s4b 05); printed in 《》 ("《关于…的具体实施细则》为深入贯彻…", 淮安 2022 flattened, web-n 04)
        # its date in brackets after it is no part of it ("镇2025年度环境综合整治专项行动工作实施方案(2025年04月08日)为扎实推进…", review cd08 flattened),
        # a period or an edition is ("…行动方案（2023年—2025年）", "…实施细则（2024年修订）", diffreview-ai)
        # a month or a day, its issuing verb after it or not ("(2025年4月8日印发)", diffreview-aj); not "（2024年1月修订）", "（2024年3月-6月）" (ak)
        day = r"[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:印发|发布|印制)?\s*[）)]"
        return re.compile(rf"^\s*(?P<title>(?P<open>《)?[^。；;：:，,！？]{{4,60}}?{ends}(?(open)》)(?:(?!{day})[（(][^（）()]{{1,12}}[）)])?)"
                          rf"(?:\s*{day})?\s*(?={_alt(r.sentence_openings)}|\d{{4}}年是)")

    @cached_property
    def title_end(self) -> re.Pattern:
        """Where a notice's title ends ("…的通知", "…的复函"; "的通 知" wrapped), for a recipients'
        line the title runs into."""
        ends = (r"\s*".join(map(re.escape, w[1:])) for w in self.rules.doc_number_after if w.startswith("的"))
        return re.compile(rf"的(?:\s*{HAN}){{0,4}}?\s*(?:" + "|".join(ends) + ")")  # "…的实施意见", "的 通 知" too

    @cached_property
    def plan_period_end(self) -> re.Pattern:
        """A five-year plan's end as a time limit: "“十二五”末", "十四五期末", after 到 or 至 ("至“十四五”末,…实现文件级电子目录全覆盖", review co05; not 截至) (rules.PLAN_PERIOD_END_WORDS); `n` its ordinal."""
        return re.compile(rf"(?:到|(?<!截)(?<!截止)至|力争|确保|争取)\s*(?P<text>[“\"]?(?P<n>十[一二三四五六七八九])五[”\"]?(?:规划)?(?:时期)?{_alt(self.rules.plan_period_end_words)})(?!目标|水平|的|数)")  # (a due word before it: not "较“十三五”末下降", "截至…", 0741's value)

    @cached_property
    def annex_title_run_on(self) -> re.Pattern:
        """An annex's label and its plan's title run on into its first sentence ("附件1幼儿园建设工程实施方案按照全省…", 0979 flattened)."""
        endings = self.rules.plan_title_endings + self.rules.annex_plan_title_endings
        return re.compile(rf"附件\s*\d{{0,2}}\s*(?:{HAN}|[《》〈〉“”（）()、0-9—-]){{4,60}}?{_alt(endings)}(?=[为按根依坚以深全近当着贯]{HAN})")

    @cached_property
    def signature_before_plan(self) -> re.Pattern:
        """A signature run into the text and on into the plan's title ("…抓好贯彻落实。西安市雁塔区
        行政审批服务局2022年3月8日西安市雁塔区“十四五”政务服务体系发展规划良好…"), or into an annex's
        title ("…考核评价标准河北省人民政府办公厅2015年10月30日河北省双向转诊暂行规定为建立…", corpus 0228)."""
        endings = self.rules.plan_title_endings + self.rules.annex_plan_title_endings + self.rules.regulation_title_endings + self.rules.annex_form_endings
        # "…营商环境2021年重点任务分工方案"; a slogan in quotes may hold a comma ("…开展“收好官,开好局”专项行动实施方案", 海西州 2020)
        title = rf"(?:{HAN}|[《》〈〉（）()、\s0-9]|\.(?=\d)|“[^“”。]{{1,40}}”){{4,80}}?{_alt(endings)}"  # ("…市营商环境7.0版方案…", review ac07)
        # not a date a cited document was issued on ("财政部2013年8月27日印发的《会计人员继续教育规定》…同时废止", corpus 0141)
        event = _alt(w for w in self.rules.not_deadline_after if not w.endswith(("政府", "国务院")))  # (a plan's title may open with 市政府)
        return re.compile(rf"\s*(?P<org>{_SIGNER_CHAR}{{3,45}}?)\s*{self._date}(?!\s*(?:(?:以|之)?前(?![海滩])|{event}))(?=\s*{title})")  # (nor a due date: "对本县2000年12月31日前竣工的…", ah05; 前海 a place)

    @cached_property
    def signature_before_body(self) -> re.Pattern:
        """A signature run on into any short title that the plan's first sentence follows ("…办公厅2021年9月2日支持工业互联网
        发展若干政策为充分运用…", corpus 1136 flattened): meta takes it only right after the sentence that hands the notice over."""
        return re.compile(rf"\s*(?P<org>{_SIGNER_CHAR}{{3,45}}?)\s*{self._date}(?!(?:以|之)?前(?![海滩]))(?=\s*{HAN}{{4,30}}?(?:为|根据|按照|{CN_NUMERAL}{{1,2}}、))")

    @cached_property
    def date_before_plan(self) -> re.Pattern:
        """A date between a sentence end and the plan's title or 此件公开发布, in a text run
        together: the signature's date ("。二〇一一年五月三日连云港市…实施方案一、总体目标")."""
        title = rf"(?:{HAN}|[《》〈〉“”（）()、\s0-9]){{4,80}}?{_alt(self.rules.plan_title_endings + self.rules.annex_plan_title_endings)}"
        # "…责任分解2018年的主要预期目标是:"; "…数字河北行动方案（2023-2027年）" (corpus 0940)
        follows = rf"\s*(?:[（(]试行[）)])?\s*(?:{CN_NUMERAL}{{1,3}}\s*、|为|根据|按照|\d{{4}}\s*年|[（(]\s*\d{{4}}|$)"
        # or the text's end ("…分解表二○○七年四月十三日|"), or a bracket closing it that holds the forwarded
        # document's signer ("二〇〇四年八月三日（河北省工商行政管理局　二〇〇四年七月二十二日）", corpus 0618)
        return re.compile(rf"\s*{self._date}(?=\s*[（(]此件|\s*(?P<plan>{title}){follows}|\s*\|?\s*$|\s*[（(][^（）()]{{2,40}}[）)]\s*$)")

    # a date right after the sentence that hands the notice over: its signature's date, the signer's
    # name lost in the copy ("现印发给你们，请结合本地、本部门实际认真贯彻执行。二〇〇六年八月十四日（…",
    # corpus 0627; "现转发给你们，请认真抓好落实。二〇〇六年二月七日（河北省发展和改革委员会）", corpus 0629)
    # - not a date that opens a sentence of its own ("。2023年12月4日是第十个国家宪法日", corpus 0963;
    #   "。1990年7月27日原国家科委印发的《…》同时废止", corpus 0721)
    date_after_handing_over = _Lazy(
        rf"(?:印发|转发|批转)给你们[^。]{{0,60}}。\s*{_date}(?!\s*(?:是|起|至|前|以来|召开|举行))(?![^。，；]{{0,40}}?(?:印发|发布|出台|颁布|制定)的)"
    )

    @cached_property
    def report_verb(self) -> str:
        return "(?<![填预申])" + _alt(self.rules.report_verbs)  # 填报 is filling in

    # "本方案自印发之日起施行", "本专项担保计划自印发后执行": when the notice takes effect, no work (corpus 0636, review c18-2)
    # "本通知由人力资源社会保障部、总后勤部负责解释": who reads the notice, no work (corpus 0288, 0289, review c31-1, c31-2)
    # ("本工作细则由临港新片区管委会负责解释，自印发之日起施行。", 临港新片区 2021 民防工程, review cb08)
    interpretation_clause = _Lazy(r"^本[^。，,；;]{1,20}?由[^。；;]{2,80}?负责解释(?:[。；;]|$|[，,]\s*(?:自|从)[^。；;]{0,20}?(?:起|后)[^。；;]{0,6}?(?:施行|执行|实施|实行|生效|试行))")
    effective_clause = _Lazy(r"^本[^。，,；;]{1,20}?(?:自|从)[^。；;]{0,20}?(?:起|后)[^。；;]{0,6}?(?:施行|执行|实施|实行|生效|试行(?=\s*(?:[。；;，,（(0-9一二两三至期]|$)))")  # ("…自发文之日起
    # 试行；", an07; not "本区自2023年起试行河湖长制积分考核", diffreview-aa)
    # what holds where the notice and a higher rule differ: "本意见如与国家和上海市的有关法律、法规及上级文件精神不一致的，以…为准" (reviews an06, ao03)
    conflict_clause = _Lazy(r"^本[^。，,；;与同]{0,4}?(?:意见|方案|通知|办法|规定|细则|计划|决定|规划|要点|措施|政策|通告|公告|条例|指引)[^。，,；;]{0,6}?(?:如|若|凡)?(?:与|同)[^。]{2,80}?(?:不一致|不符|相抵触|抵触|冲突)")  # (the notice
    # itself: not "本区与周边区域建立联防联控机制，协调解决…冲突问题", diffreview-aa)

    @cached_property
    def enacting_clause(self) -> re.Pattern:
        """A rule's text enacting itself: "…结合本省实际，制定本办法。" (corpus 0500, 0480, 0427: a 办法 or 规定 whose
        title and 第X条 the crawler left out)."""
        return re.compile("制定本(?:实施)?" + _alt(self.rules.regulation_title_endings) + "[。；;，,]")

    @cached_property
    def self_reference(self) -> re.Pattern:
        """The notice acting on itself: "本意见颁布后", "本通知自…起", "对本意见执行情况…" (not "按照本方案要求…", "本规划期内")."""
        return re.compile("本" + _alt(self.rules.plan_title_endings + self.rules.document_title_endings) + "(?:颁布|印发|发布|自|未|执行|实施|施行|由)")

    @cached_property
    def side_panel_title(self) -> re.Pattern:
        """A side panel's title and number: "专栏2：", "专栏4现代通信…", "专栏4“大数据+”工程", "专栏1" alone (not "专栏3个")."""
        number = rf"(?:[0-9０-９]{{1,2}}|{CN_NUMERAL}{{1,3}})"
        return re.compile(_alt(self.rules.side_panel_words) + rf"\s*{number}(?:\s*[：:]|\s+|\s*$|[“《「（(]|(?!{_alt(self.rules.measure_words)}){HAN})")

    @cached_property
    def report_word(self) -> re.Pattern:
        """A sentence that may ask for reports holds 报 or one of the report verbs."""
        return re.compile(_alt(("报",) + self.rules.report_verbs))

    @cached_property
    def report_at(self) -> re.Pattern:
        """"于每月5日前报送…": a reporting sentence with its date."""
        return re.compile(rf"(?<![关对属基由等用位处在善勇敢乐易便利至终])于(?=[^。；]{{0,60}}?(?:前|及时|每|定期|按时|底|末))[^。；]{{0,60}}?(?:{self.report_verb})[^。；]{{0,60}}")

    report_upward = _Lazy(r"报送|上报|报告?(?:我|省|市|县|区)")  # a report sent upward ("报我厅", "报告我部"), not 报道 or 举报

    @cached_property
    def report_please(self) -> re.Pattern:
        """"请各单位…报送…"."""
        return re.compile(rf"(?<![申邀提聘恳敬吁])请[^。；]{{0,80}}?(?:{self.report_verb})(?:给|至|到)?[^。；]{{0,60}}")

    @cached_property
    def title_remark(self) -> re.Pattern:
        return re.compile(r"[（(]" + _alt(self.rules.title_remarks) + r"[）)]$")

    # --- unit words and patterns that grammar.py has no room for ----------------------------
    @cached_property
    def place_bodies(self) -> frozenset[str]:
        """The bodies of the place-unit endings without their place: 人民政府, 政府, 管委会, 党委 (units.py)."""
        r = self.rules
        return frozenset(e[1:] for e in r.place_unit_endings if len(e) > 2 and e[0] in r.place_words)

    @cached_property
    def enterprise_name(self) -> re.Pattern:
        """An enterprise's, a hospital's or a school's name by its ending, which a bracket after its kind names as what the item counts
        ("支持骨干企业做大做强(市钢铁集团公司、市城投公司)", "推进两所医院改扩建(县人民医院、县中医院)", diffreview-ba), not who does the work."""
        return re.compile("(?:" + _alt(("公司", "集团", "医院", "学校", "中学", "小学", "幼儿园", "银行", "厂", "社")) + ")$")

    @cached_property
    def units_as_label(self) -> re.Pattern:
        """"统宣办、派出所为牵头部门" (review s12d 02), "市财政局为配合单位": a lead or responsible label after 为;
        not a clause on how to read the lists ("首位单位为牵头单位", "其他为配合单位")."""
        labels = _alt(self.rules.lead_labels + self.rules.responsible_labels)
        return re.compile(rf"(?![^，,；;]*?(?:首|第[一1]|排|列|其[他余]))(?P<units>[^，,；;]+?)(?:均|都|分别)?(?:作为|为)(?P<label>{labels})")  # ("X、Y均为责任单位", review gt 05)


# --- page furniture, read by the loaders (fixed, not part of a Rules value) -----------------
@lru_cache(maxsize=None)
def page_number_line() -> re.Pattern:
    """A whole line that is only a page number: "— 3 —", "— — — 3 —", "-3-", "第3页", "第3页 共12页", "5 页", "3/12",
    "3". PDF pages print them; text copied from a PDF keeps them."""
    return re.compile(
        r"^\s*(?:(?:[-—–－~～‒―]\s*)+\d{1,4}\s*(?:[-—–－~～‒―]\s*)+"
        r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共?\s*\d{1,4}\s*页"  # a sharing page's count ("5 页", web-p 02)
        r"|(?:page\s*)?\d{1,4}\s*(?:/|of)\s*\d{1,4}"
        r"|\d{1,4})\s*$",
        re.I,
    )


@lru_cache(maxsize=None)
def browser_header() -> re.Pattern:
    """The date and time a browser prints atop a saved page ("2023/5/6 上午10:21")."""
    return re.compile(r"^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,，]?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?")
