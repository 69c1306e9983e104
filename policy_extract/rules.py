"""The rules people extend, kept as data in one place (with rules_sections.py: which parts hold tasks,
rules_pages.py: the words of the web page around a notice, and rules_meta.py: the words of its titles and signatures,
imported here; every table is a field of `Rules` below).

Each entry names the real phrase it serves in its test (tests/test_rules.py). Code in
the stages reads these tables; it does not repeat the words.
"""
from __future__ import annotations

from collections import namedtuple

from .rules_dates import (
    BASELINE_AFTER,
    BASELINE_OPENINGS,
    DONE_AFTER,
    EXISTED_BEFORE_VERBS,
    FINISH_VERBS,
    NEXT_YEAR_WORDS,
    NOT_DEADLINE_AFTER,
    NOT_DEADLINE_BEFORE,
    ONGOING_PHRASES,
    PLAN_PERIOD_END_WORDS,
    RECURRING_PHRASES,
    SAID_ON_MARKS,
    SPEAKER_YEAR_WORDS,
    STORY_MARKS,
    TARGET_VERBS,
    VALIDITY_WORDS,
    YEAR_WORD_NOT_AFTER,
)
from .rules_meta import (
    CITING_WORDS,
    COORDINATING_BODY_KINDS,
    CORPS_KINDS,
    FOLLOWING_WORDS,
    HANDING_OVER_CLOSINGS,
    MAKING_VERBS,
    OWNED_BODY_NAMES,
    SENTENCE_OPENINGS,
)
from .rules_pages import (
    CONTENTS_LABELS,
    GLUED_FIELD_LABELS,
    PAGE_FIELD_LABELS,
    PAGE_FIELD_VALUES,
    PAGE_FIELDS,
    PAGE_INFO_LABELS,
    PAGE_LINK_LABELS,
    SITE_CHANNEL_NAMES,
    SITE_COLUMN_ENDINGS,
    SITE_FOOTER_WORDS,
    SITE_NAME_ENDINGS,
    WEB_CHROME_LINES,
)
from .rules_sections import (
    ANNEX_PLAN_TITLE_ENDINGS,
    AWARENESS_ENDINGS,
    BACKGROUND_SECTION_ENDINGS,
    BAR_WORK_VERBS,
    COLON_WORK_OPENINGS,
    DEFINING_WORDS,
    DEFINITION_TITLE_ENDINGS,
    DUTY_MODALS,
    DUTY_NOT_ENDINGS,
    DUTY_NOT_INSIDE,
    DUTY_NOT_MODALS,
    DUTY_NOT_OPENINGS,
    DUTY_OPENINGS,
    DUTY_SECTION_WORDS,
    DUTY_TITLE_ENDINGS,
    DUTY_UNIT_ENDINGS,
    FIELD_ITEM_ENDINGS,
    FIELD_LABEL_ENDINGS,
    FIELD_TIME_ENDINGS,
    HEADING_ADVERBS,
    IMPROVING_VERBS,
    NO_WORK_TITLE_WORDS,
    NON_TASK_SECTION_KEYWORDS,
    NON_TASK_SECTION_NAMES,
    NON_TASK_SECTION_OPENINGS,
    NOT_UNIT_ENDINGS,
    OBJECT_MAKING_VERBS,
    QUALIFYING_SECTION_ENDINGS,
    REGULATION_TITLE_ENDINGS,
    SECTION_WORDS_AS_VERBS,
    SIDE_PANEL_WORDS,
    TASK_SECTION_KEYWORDS,
    TASK_SECTION_OPENING_WORDS,
    UNNUMBERED_SECTION_TITLES,
)

# --- unit notes --------------------------------------------------------------
# Labels of labelled unit notes, "牵头单位：…；责任单位：…", by the role they give.
LEAD_LABELS = ("牵头单位", "牵头部门", "主责单位", "主责部门", "牵头责任单位", "牵头责任部门", "牵头领导单位", "牵头负责单位", "主办单位", "牵头处室", "牵头科室", "主办处室",
               "主要责任单位", "主要责任部门")
RESPONSIBLE_LABELS = (
    "责任单位", "责任部门", "配合单位", "配合部门", "参与单位", "参与部门", "协办单位", "协办部门",
    "协同单位", "协同部门", "实施单位", "落实单位", "协同责任单位", "配合责任单位", "参与部门", "协办",
    "责任处室", "配合处室", "参与处室", "协办处室", "责任科室", "配合科室", "责任主体", "成员单位", "组成部门", "组成单位",
    "支持单位", "保障单位", "相关部门", "相关单位",  # (listed: by its head word 支持主体, 保障人员 would name the supported, not who does the work)
)
# A part's title that names the leader over its tasks: a name and office, then one of these ("一、于会游市长主抓重点工作", 桐乡市 2020年政府工作报告主要工作责任分解).
LEADER_HEADING_VERBS = ("主抓", "分管", "牵头", "负责", "联系", "领衔", "包抓", "重点工作")  # "一、徐国龙副市长重点工作" (绍兴 2021)
# Ranks and the government printed before an office in a leader's heading ("曹惠明常务副县长牵头重点工作").
OFFICE_RANKS = ("常务副", "副", "省政府", "市政府", "区政府", "县政府")  # "张盈军区政府党组成员牵头重点工作" (海曙区 2024)
# Words that qualify a label and stay with it wherever it stands, glued to the value before it ("牵头责任单位:县卫健委主要协作单位:县民政局", 灵璧县 2021 flattened): 主要协作单位 is one label.
LABEL_MODIFIERS = ("主要", "具体", "直接", "实际")
# How a label that names a person ends, whatever the words before it ("分管省领导:林克庆", 广东 粤府〔2021〕22号; "包联县领导:"): a person label even where no table lists it.
PERSON_LABEL_ENDINGS = ("领导", "责任人", "负责人")
# Labels whose value names the roles itself, by their verbs ("部门分工:省发展改革委牵头,各地、各部门 配合", 广东 粤府〔2021〕22号): the value is read as unit clauses.
CLAUSE_LABELS = ("部门分工", "责任分工", "任务分工", "职责分工", "分工")
LEADER_LABELS = ("责任领导", "牵头领导", "分管领导", "联系领导", "包抓领导", "牵头负责领导", "负责领导", "牵头市领导", "责任人", "协调人", "督办人")  # "协调人:朱红市长助理" (抚顺 2008, review fd02)
DEADLINE_LABELS = ("完成时限", "完成时间", "时间节点", "时限要求", "时限", "完成期限", "进度安排", "整改时限", "整改期限")
# Labels that name no unit at all: their value is neither a unit nor a person.
NOT_UNIT_LABELS = ("联系人", "联系电话", "联系方式", "备注", "数据来源", "说明", "进展情况", "完成情况", "经办人")

# A label the tables above do not list ("牵头考核单位", "协作单位", "负责部门") is read by its head words, in this order (so 牵头负责领导 is a person before 牵头 makes it a lead).
ROLE_HEAD_WORDS = (
    ("none", ("联系", "电话", "备注", "来源", "进展", "情况", "人员")),  # "参加人员：…", "壮大指导人员：新培训…200名" (diffreview-ax): no unit
    ("person", ("领导", "责任人", "负责人")),
    ("deadline", ("时限", "期限", "完成时间", "时间节点")),
    ("lead", ("牵头", "主办", "主责")),
    ("responsible", ("责任", "配合", "协办", "协作", "协同", "协助", "参与", "参加", "共同", "负责", "实施", "落实", "承办", "主体", "执行", "推进", "指导", "主管", "涉及", "涉项", "支撑")),
)
# What an unlisted label ends with: a role word somewhere before one of these.
LABEL_TAILS = ("单位", "部门", "处室", "科室", "股室", "领导", "责任人", "负责人", "联系人", "主体", "人员", "时限", "期限", "地区")

# A notice that says its first-listed unit leads ("列第一位为牵头或汇总单位，下同"): in its lists without a lead, the first unit is the lead. The sentence must also say 牵头.
FIRST_LISTED_LEADS_PHRASES = ("排名第1", "排在第1位", "列第1位", "列第一位", "列在第一位", "列在第1位", "排在第一位", "排第一位", "排名第一", "列首位", "排在首位", "排名首位", "排序第一", "列在首位", "排在前位", "第一位为牵头", "首位为牵头", "首位的为牵头", "首位单位为牵头", "第一责任单位为牵头")
COMMA_LEADS_PHRASES = ("逗号前", "分号前")  # "（…。逗号前为牵头单位,…下同）": the names before a note's first comma lead (自贡 2022, review r38a 03)
# Words of a clause or sentence inside a note that says how to read the notice, not who does the work ("，排名第1为牵头单位，下同", "。以下任务均需各市县政府负责，不再列出").
READING_CONVENTION_WORDS = ("下同", "为牵头", "为主办", "以下", "不再列出", "不再做分工", "不再分工", "均需", "均由", "其他为", "其余为", "分工负责为")
# A note's later sentence that holds for every task after it ("…不再列出", "…下同") and the words before the units it names
# ("以下任务均需各市县政府和雄安新区管委会负责，不再列出", "具体任务均涉及相关市(州)人民政府,不再做分工,下同"): those units take part in the later tasks.
CARRY_FORWARD_WORDS = ("下同", "不再列出", "不再单独列出", "不再一一列出", "不再逐一列出", "不再重复列出", "不再做分工", "不再分工")
CARRIED_UNIT_WORDS = ("均需要", "均需", "均涉及", "均由", "均含")
# Verb phrases closing an unlabelled clause "X牵头", "Y按职责分工负责", longest first.
LEAD_VERBS = ("分别牵头负责", "共同牵头负责", "分别牵头落实", "共同牵头落实", "牵头负责", "负责牵头", "牵头落实", "牵头组织", "牵头实施", "牵头指导", "牵头推进", "牵头督导", "牵头督办", "牵头督促", "牵头协调", "牵头统筹", "牵头抓总", "分别牵头", "共同牵头", "牵头", "主办", "为主")
RESPONSIBLE_VERBS = (
    "按职责分工分别负责", "按照职责分工分别负责", "按职能分别负责", "按职责分别负责", "按职责分工负责", "按照职责分工负责", "按职能分工负责", "按职能分工落实", "按职责分工落实", "按职责分工配合", "按职责配合", "按职责负责",
    "按职责落实", "分工负责", "分工落实", "分别负责落实", "负责配合落实", "负责配合", "配合落实", "结合实际落实", "负责落实", "负责具体实施", "负责组织实施", "负责实施", "负责推进", "负责指导", "具体负责", "具体实施", "具体落实", "配合", "参与", "参加", "协助", "协同", "协作", "协办", "指导", "落实", "联动",
)
SOLE_OWNER_VERBS = ("分别负责", "自行负责", "负责")  # "X负责" on its own names a unit doing the work, not a lead (the contract): responsible
RESPONSIBLE_OPENINGS = ("会同",)  # after a lead, "会同Y、Z研究提出意见": Y and Z take part (河北 2004, corpus 0620, review c16-1)
# Verbs that set a body up, opening an item's title ("（一）成立工作领导小组。负责统筹协调…"): the title names no unit doing the work.
SETTING_UP_VERBS = ("成立", "组建", "设立", "组成", "建立健全")
# In a 分工 label's clauses, what may follow the unit doing the work besides a work verb ("嘉源公司作为业主单位", "区交通与建设局业务检查指导
#并协助…", "潭城镇人民政府全力配合": 平潭 2015 宜居环境, review aq02)
CLAUSE_WORK_OPENINGS = ("作为", "业务", "全力", "具体", "协助", "负责")
WORK_VERBS = ("研究", "统筹", "制定", "组织", "开展", "提出", "做好", "抓好", "推动", "推进", "落实", "加强", "完善", "建立", "指导", "督促", "共同", "实施")  # what they are to do

# --- people beside units -------------------------------------------------------
# People are never units (the contract): a name beside a unit in a cell or note ("市发改委（张三）", "招商工作部 叶林",
# "沈小平（省发改委主任）") goes to the leaders. A token ending in one of these names a person by office ("常务副省长").
PERSON_TITLES = (
    "同志", "领导", "负责人", "书记", "省长", "市长", "州长", "县长", "区长", "镇长", "乡长", "主任", "局长", "部长", "厅长", "处长", "科长",
    "秘书长", "主席", "组长", "院长", "校长", "所长", "站长", "队长", "会长", "总经理", "董事长", "巡视员", "调研员", "党组成员", "常委",
)
# A unit's leadership standing for the unit in a list ("市公安消防支队主要领导", 昆明 2009): unit and leader both.
UNIT_LEADERSHIP_WORDS = ("主要领导", "主要负责人", "主要负责同志", "分管领导", "主要负责领导")
# A bare name is 2-3 characters opening with a common surname; it is read as a person only
# where it stands beside a unit: in brackets after one ("市发改委（张三）"), or alone after one
# in a list ("招商工作部 叶林"), never in a run of short names ("江岸、江汉、汉阳、武昌区人民政府" are districts). Place names that open with a surname are why the run rule exists.
# How a place-level unit ends: one after a run of short names completes them as places
# ("江岸、江汉、汉阳、武昌区人民政府": four district governments, no people).
PLACE_UNIT_ENDINGS = (
    "区人民政府", "县人民政府", "市人民政府", "州人民政府", "旗人民政府", "区政府", "县政府", "市政府", "州政府",
    "区管委会", "区党委", "县委", "区委", "区", "县", "市", "州", "旗", "镇", "乡", "街道",
)
PERSON_SURNAMES = (
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
    "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
    "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "傅", "方",
    "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "阎", "段", "雷", "侯", "龙", "史", "陶",
    "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤",
    "常", "温", "康", "施", "牛", "樊", "葛", "邢", "齐", "乔", "伍", "庞", "颜", "倪", "聂", "章", "鲁",
    "岳", "翟", "殷", "詹", "耿", "焦", "俞", "柳", "祝", "舒", "阮", "柯", "梅", "童", "凌", "毕", "裴",
    "霍", "涂", "苗", "盛", "翁", "冉", "骆", "靳", "柴", "鲍", "喻", "祁", "滕", "饶", "尤", "穆", "卓",
)

# Joining words that separate units only where a new unit name follows.
UNIT_CONJUNCTIONS = ("以及", "和", "及", "与", "或", "会同")
# How a unit name ends (…局, …委员会, …政府); used to tell a separator from wrap debris.
UNIT_SUFFIXES = (
    "局", "委", "办", "厅", "府", "会", "院", "部", "心", "司", "行", "队", "所", "站", "团", "馆",
    "社", "处", "室", "组", "关", "署", "位", "门", "区", "县", "市", "省", "镇", "街道", "集团", "联", "协",
    "中心", "公司", "银行", "法院", "检察院", "支队", "总队", "管委会", "联社", "协会", "学校", "大学", "办事处",
    "科", "股", "电视台", "电台", "国企", "党校",  # a bureau's sections ("农田建设管理股", "就业科"); "市广播电视台" (not 平台)
)
# Words that name a place, not a body that does the work: a list of them is no unit note ("(市、县)"), 各 before one stands over the places after it ("各州、市人民政府"), and a name glued to the one before it opens with one ("县水务局县住建局").
PLACE_WORDS = ("省", "市", "县", "区", "州", "乡", "镇")
# How a unit name starts, after a separator.
UNIT_PREFIXES = ("市", "省", "区", "县", "各", "国", "中", "全", "有关", "相关", "自治", "镇", "乡", "街道", "西", "东", "南", "北", "开发区", "高新区")
# Words after 等 that only say "and others" ("Y等部门配合"); a collective is a unit (市级相关单位, the contract; 有关部门, c12-3).
GENERIC_AFTER_ETC = ("部门", "单位", "部门单位", "单位部门", "部门和单位", "部门、单位", "机构")
# Words that name a kind of unit but no unit: after 、 they share the name before them and join
# it ("市直有关部门、单位", "各区、县级市": one entry each, 青岛 2014 / 广州 2012 notices).
BARE_UNIT_KINDS = ("单位", "部门", "机构", "县级市", "县区", "乡镇", "镇街", "街道", "社区", "园区")
# Collective names kept as printed even after 等 ("X、Y等市级相关单位" -> X, Y, 市级相关单位).
NO_UNIT_CELLS = ("/", "无", "-", "—", "——", "--", "／", "无。", "暂无")  # "——": 重庆高新区 2021 分解表 (review r38a 01)

# --- notices' feet (the words of time limits are in rules_dates.py) ----------
# The verb of the print line at a notice's foot, after its office and date ("平潭综合实验区党工委办公室 2019年4月11日印发"): the line, run on after the last item, is no part of it.
PRINT_LINE_VERBS = ("印发", "印制")
# Words of a sentence that repeals documents: after an effective clause, its only content ("本办法自发布之日起执行。《…》同时废止。", 0706): no work.
REPEAL_WORDS = ("废止", "失效")

# --- tables ------------------------------------------------------------------
# Header names of task-table columns, by the field they fill. Checked in this order, so "西安市落实措施" is a measure before "部署任务" is a task.
TABLE_COLUMNS = (
    ("progress", ("进展情况", "完成情况", "落实情况", "推进情况", "完成进度", "当前进度", "目前进度", "累计完成", "累计进度", "进展", "序时进度")),  # before 序 (cr03)
    ("number", ("序号", "编号", "序")),
    ("note", ("备注", "说明", "评分", "电话", "联系方式", "监督方式")),  # 评分部门: who scores the work; "监督科室 监督电话" (济南市中区 2025, review r34a 02)
    ("measure", ("落实措施", "具体措施", "工作措施", "主要工作举措", "工作举措", "主要举措", "措施", "举措", "具体任务", "工作任务细化", "任务分解", "细化任务", "重点工作任务", "细化分工", "具体分工", "具体要求")),
    ("leader", ("责任领导", "牵头领导", "分管领导", "联系领导", "县领导", "市领导", "区领导", "责任人", "负责人", "联系人")),
    ("lead", ("牵头单位", "牵头部门", "主责单位", "牵头处室", "牵头科室", "牵头")),
    ("responsible", ("责任单位", "责任部门", "配合单位", "配合部门", "参与单位", "协办单位", "协同单位", "协作单位", "责任主体", "责任处室", "配合处室", "责任", "配合", "协同", "协作", "参与", "股室", "科室", "处室")),
    ("deadline", ("完成时限", "完成时间", "完成期限", "时间节点", "时限", "期限", "进度安排", "阶段目标", "时间")),
    ("task", ("部署任务", "重点任务", "主要任务", "工作任务", "重点工作", "主要工作", "具体工作", "工作事项", "任务", "工作内容", "主要内容", "内容", "事项", "工作要点", "要点", "实事", "项目名称")),
    ("group", ("类别", "大类", "领域", "方面", "板块", "分类")),
    # a rectification table's problem: the group of the measures answering it ("存在问题 | 整改目标和措施 | 责任单位", 平潭 2016, review bk03), the
    # task where no column names one ("序号 | 存在问题 | 责任单位 | 整改时限"); not 问题 alone ("发现问题数", diffreview-ae)
    ("problem", ("存在问题", "存在的问题", "主要问题", "突出问题", "问题清单", "问题描述")),
    # the figure a target table sets beside each task ("地区生产总值 | 增长5.5%(市下达指标)"): part of its text
    ("target", ("指标要求", "目标要求", "预期目标", "目标值", "指标值", "量化指标", "考核指标")),
)

# --- metadata ----------------------------------------------------------------
# Labels a page's metadata table puts before the doc number ("文    号 蔡政办〔2023〕1号").
DOC_NUMBER_LABELS = ("文号", "发文字号", "发文编号", "文件编号", "发文序号")
# What the notice's own number follows in a head whose line breaks were lost: the red header "鞍山市立山区人民政府文件鞍立政发〔2023〕2号" (realworld h01) or the title
# "…实施方案的通知(连政办发〔2011〕78号)" (realworld h04), before any sentence or colon.
DOC_NUMBER_AFTER = ("文件", "的通知", "的意见", "的若干意见", "的若干措施", "的指导意见", "的实施意见", "的决定", "的通报", "的批复", "的复函", "意见", "措施", "方案", "办法", "要点", "规划")
# What the title of the plan a notice prints after its signature ends with: in a text run together a date between a sentence end and such a title is the signature's date, its issuer
# missing ("…请认真组织实施。二〇一一年五月三日连云港市…工作实施方案一、总体目标", realworld h04).
PLAN_TITLE_ENDINGS = ("方案", "要点", "意见", "规划", "计划", "措施", "清单", "细则", "办法", "任务书", "预案")
# What a document's own title ends with, besides a plan's (PLAN_TITLE_ENDINGS): in a text run together a title so ended and followed by a sentence's opening word is the title, its body
# after it ("…2020年重点民生实事项目任务完成情况公示根据岳阳市实事办《…》…", realworld h10 flattened).
DOCUMENT_TITLE_ENDINGS = ("通知", "通告", "公告", "公示", "通报", "决定", "批复", "复函", "报告")
# Words a reporting sentence uses for sending progress upward.
REPORT_VERBS = ("报送", "报告", "上报", "报")
# Numbers printed after a counted word are measures, not item numbers ("3个", "5家", "10%"). What follows an article's number where a sentence cites it ("满足第一条第（二）款规定的…", "第一条所称…", corpus 0699): no regulation's first article opens there.
CITED_ARTICLE_AFTER = ("第", "规定", "所称", "所列", "的", "款", "项", "中", "之", "、", "和", "至")
MEASURE_WORDS = ("个", "项", "家", "所", "条", "次", "年", "月", "日", "号", "元", "万", "亿", "%", "％", "名", "人", "座", "批", "处", "亩", "吨", "米")
# How the work a sentence assigns ends before 由 and its units, no part of their names ("本市水资源基础调查工作由市规划资源局牵头", by03).
WORK_SUBJECT_ENDINGS = ("工作", "任务", "事项", "规章", "文件", "项目")
# Words in a sentence, never in a unit's name ("各部门要加强配合" is a sentence, not a unit list).
NOT_IN_UNIT_NAMES = ("要", "应当", "的", "把", "将", "进一步", "加强", "推进", "会同", "对于", "本单位", "积极", "争取")
# ... and of these, the words that open the sentence a labelled list runs into, its line break lost ("责任单位:区交建局、…，各片区
# 管理局对于其他领域，各有关部门…", 平潭 2020, review bh03): the name before one is the list's last
LIST_END_WORDS = ("对于",)
# Words that open a phrase of the sentence before its verb, never part of its subject ("原则按照市水务局牵头制定的…办法", 青浦区
# 2021, review bm03; "指导各街道按照国家和本市地方标准大力发展…", review bd02): no unit opens the item's text there. (Not words
# a unit's clause may hold: "区公安局、区金融办依照职责负责", diffreview-ad.)
PHRASE_OPENINGS = ("按照", "根据", "依据", "依照")
# Remarks after a title that do not change what the document is: "（试行）", "（征求意见稿）".
TITLE_REMARKS = ("试行", "暂行", "修订", "征求意见稿")
# An annex's title a signature runs on after, lines lost ("…统计表河北省教育厅2020年8月21日", "…附件下载河北省…",
# "附件：线下招聘活动疫情防控工作指南人力资源社会保障部办公厅2020年5月29日", corpus 0018).
ANNEX_FORM_ENDINGS = ("表", "书", "样式", "名单", "目录", "下载", "标准", "指南", "指引")

# --- the rules as one value --------------------------------------------------
# Every table above is a field of `Rules` (its name in lower case). `parse(..., rules=...)`
# and `policy-extract --rules FILE` take a value extended with a user's own words:
#
#     rules = DEFAULT_RULES.extend({"lead_labels": ["牵头督办单位"], "task_section_keywords": ["攻坚行动"]})
#
# Fields that pair a key with words (role_head_words, table_columns) are extended by key:
#     DEFAULT_RULES.extend({"table_columns": {"responsible": ["协管单位"]}})

Words = tuple[str, ...]
Pairs = tuple[tuple[str, Words], ...]

_rule_fields = (
    ("task_section_keywords", TASK_SECTION_KEYWORDS), ("task_section_opening_words", TASK_SECTION_OPENING_WORDS),
    ("non_task_section_keywords", NON_TASK_SECTION_KEYWORDS), ("non_task_section_openings", NON_TASK_SECTION_OPENINGS), ("awareness_endings", AWARENESS_ENDINGS),
    ("background_section_endings", BACKGROUND_SECTION_ENDINGS), ("qualifying_section_endings", QUALIFYING_SECTION_ENDINGS), ("improving_verbs", IMPROVING_VERBS),
    ("bar_work_verbs", BAR_WORK_VERBS), ("duty_modals", DUTY_MODALS), ("duty_openings", DUTY_OPENINGS), ("colon_work_openings", COLON_WORK_OPENINGS), ("duty_unit_endings", DUTY_UNIT_ENDINGS), ("duty_not_openings", DUTY_NOT_OPENINGS), ("duty_not_inside", DUTY_NOT_INSIDE), ("duty_not_endings", DUTY_NOT_ENDINGS), ("duty_not_modals", DUTY_NOT_MODALS), ("field_label_endings", FIELD_LABEL_ENDINGS), ("field_time_endings", FIELD_TIME_ENDINGS), ("field_item_endings", FIELD_ITEM_ENDINGS), ("heading_adverbs", HEADING_ADVERBS), ("object_making_verbs", OBJECT_MAKING_VERBS),
    ("non_task_section_names", NON_TASK_SECTION_NAMES),
    ("section_words_as_verbs", SECTION_WORDS_AS_VERBS), ("side_panel_words", SIDE_PANEL_WORDS),
    ("regulation_title_endings", REGULATION_TITLE_ENDINGS), ("unnumbered_section_titles", UNNUMBERED_SECTION_TITLES),
    ("no_work_title_words", NO_WORK_TITLE_WORDS),
    ("annex_plan_title_endings", ANNEX_PLAN_TITLE_ENDINGS), ("annex_form_endings", ANNEX_FORM_ENDINGS),
    ("lead_labels", LEAD_LABELS), ("responsible_labels", RESPONSIBLE_LABELS),
    ("leader_labels", LEADER_LABELS), ("clause_labels", CLAUSE_LABELS),
    ("person_label_endings", PERSON_LABEL_ENDINGS), ("label_modifiers", LABEL_MODIFIERS),
    ("leader_heading_verbs", LEADER_HEADING_VERBS), ("office_ranks", OFFICE_RANKS),
    ("deadline_labels", DEADLINE_LABELS), ("not_unit_labels", NOT_UNIT_LABELS),
    ("role_head_words", ROLE_HEAD_WORDS), ("label_tails", LABEL_TAILS),
    ("first_listed_leads_phrases", FIRST_LISTED_LEADS_PHRASES),
    ("comma_leads_phrases", COMMA_LEADS_PHRASES),
    ("reading_convention_words", READING_CONVENTION_WORDS),
    ("carry_forward_words", CARRY_FORWARD_WORDS),
    ("carried_unit_words", CARRIED_UNIT_WORDS),
    ("lead_verbs", LEAD_VERBS), ("responsible_verbs", RESPONSIBLE_VERBS),
    ("sole_owner_verbs", SOLE_OWNER_VERBS), ("responsible_openings", RESPONSIBLE_OPENINGS), ("work_verbs", WORK_VERBS),
    ("person_titles", PERSON_TITLES),
    ("unit_leadership_words", UNIT_LEADERSHIP_WORDS),
    ("person_surnames", PERSON_SURNAMES),
    ("place_unit_endings", PLACE_UNIT_ENDINGS),
    ("unit_conjunctions", UNIT_CONJUNCTIONS),
    ("unit_suffixes", UNIT_SUFFIXES), ("not_unit_endings", NOT_UNIT_ENDINGS),
    ("bare_unit_kinds", BARE_UNIT_KINDS),
    ("place_words", PLACE_WORDS),
    ("unit_prefixes", UNIT_PREFIXES),
    ("generic_after_etc", GENERIC_AFTER_ETC),
    ("no_unit_cells", NO_UNIT_CELLS),
    ("ongoing_phrases", ONGOING_PHRASES),
    ("not_deadline_after", NOT_DEADLINE_AFTER), ("print_line_verbs", PRINT_LINE_VERBS), ("not_deadline_before", NOT_DEADLINE_BEFORE), ("done_after", DONE_AFTER), ("existed_before_verbs", EXISTED_BEFORE_VERBS), ("said_on_marks", SAID_ON_MARKS), ("setting_up_verbs", SETTING_UP_VERBS), ("finish_verbs", FINISH_VERBS), ("target_verbs", TARGET_VERBS), ("next_year_words", NEXT_YEAR_WORDS), ("speaker_year_words", SPEAKER_YEAR_WORDS), ("year_word_not_after", YEAR_WORD_NOT_AFTER), ("clause_work_openings", CLAUSE_WORK_OPENINGS), ("baseline_after", BASELINE_AFTER), ("baseline_openings", BASELINE_OPENINGS), ("cited_article_after", CITED_ARTICLE_AFTER),
    ("validity_words", VALIDITY_WORDS), ("plan_period_end_words", PLAN_PERIOD_END_WORDS),
    ("story_marks", STORY_MARKS), ("repeal_words", REPEAL_WORDS), ("definition_title_endings", DEFINITION_TITLE_ENDINGS), ("defining_words", DEFINING_WORDS),
    ("recurring_phrases", RECURRING_PHRASES),
    ("table_columns", TABLE_COLUMNS),
    ("web_chrome_lines", WEB_CHROME_LINES),
    ("page_info_labels", PAGE_INFO_LABELS), ("page_link_labels", PAGE_LINK_LABELS),
    ("site_footer_words", SITE_FOOTER_WORDS), ("site_channel_names", SITE_CHANNEL_NAMES),
    ("site_name_endings", SITE_NAME_ENDINGS), ("page_field_values", PAGE_FIELD_VALUES), ("site_column_endings", SITE_COLUMN_ENDINGS), ("contents_labels", CONTENTS_LABELS), ("glued_field_labels", GLUED_FIELD_LABELS),
    ("page_fields", PAGE_FIELDS), ("page_field_labels", PAGE_FIELD_LABELS),
    ("doc_number_labels", DOC_NUMBER_LABELS), ("doc_number_after", DOC_NUMBER_AFTER),
    ("plan_title_endings", PLAN_TITLE_ENDINGS), ("report_verbs", REPORT_VERBS),
    ("sentence_openings", SENTENCE_OPENINGS), ("work_subject_endings", WORK_SUBJECT_ENDINGS), ("owned_body_names", OWNED_BODY_NAMES), ("coordinating_body_kinds", COORDINATING_BODY_KINDS), ("corps_kinds", CORPS_KINDS), ("duty_section_words", DUTY_SECTION_WORDS), ("duty_title_endings", DUTY_TITLE_ENDINGS), ("handing_over_closings", HANDING_OVER_CLOSINGS),
    ("citing_words", CITING_WORDS), ("following_words", FOLLOWING_WORDS), ("making_verbs", MAKING_VERBS),
    ("document_title_endings", DOCUMENT_TITLE_ENDINGS),
    ("measure_words", MEASURE_WORDS), ("not_in_unit_names", NOT_IN_UNIT_NAMES), ("list_end_words", LIST_END_WORDS), ("phrase_openings", PHRASE_OPENINGS),
    ("title_remarks", TITLE_REMARKS),
)


class Rules(namedtuple("Rules", [name for name, _ in _rule_fields], defaults=[words for _, words in _rule_fields])):
    """The grammar's words, as one hashable value, compiled once per value (grammar.py); a named
    tuple, whose class is built in a tenth of a dataclass's time on every command's start-up."""

    __slots__ = ()

    def replace(self, **changes) -> "Rules":
        """A copy with whole fields replaced: `DEFAULT_RULES.replace(lead_labels=(…))`."""
        return self._replace(**changes)

    def extend(self, more) -> "Rules":
        """A copy with `more`'s words added: {"lead_labels": ["牵头督办单位"], …}. Words
        already there are not repeated; an unknown name or a value that is not a list of
        words raises InputError saying which."""
        from .errors import InputError
        if not hasattr(more, "items"):
            raise InputError(f"rules must be a Rules value or a mapping of field -> words, not {type(more).__name__}")
        known = set(self._fields)
        changes: dict = {}
        for name, words in more.items():
            if name not in known:
                raise InputError(f"rules: unknown entry {name!r}; the entries are: {', '.join(known)}")
            current = getattr(self, name)
            if current and isinstance(current[0], tuple):  # pairs: extended key by key
                if not hasattr(words, "items"):
                    raise InputError(f"rules: {name} takes a mapping of key -> words, e.g. {{{current[0][0]!r}: [...]}}")
                merged = dict(current)
                for key, extra in words.items():
                    if key not in merged:  # a key names a role or a column field the readers know
                        raise InputError(f"rules: {name} has no {key!r}; its keys are: {', '.join(merged)}")
                    merged[key] = _add(merged.get(key, ()), _words(f"{name}.{key}", extra))
                changes[name] = tuple(merged.items())
            else:
                changes[name] = _add(current, _words(name, words))
        return self._replace(**changes)

    @classmethod
    def from_file(cls, path) -> "Rules":
        """The default rules extended by a YAML or JSON file of entries (see `extend`)."""
        from pathlib import Path

        from .errors import InputError

        try:
            text = (path := Path(path)).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the rules file ({exc}); give a UTF-8 YAML or JSON file") from None
        import yaml

        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise InputError(f"{path}: not valid YAML/JSON ({str(exc).splitlines()[0]}); fix the rules file") from None
        try:
            return DEFAULT_RULES.extend(data)
        except InputError as exc:
            raise InputError(f"{path}: {exc}") from None


def _words(name: str, words) -> Words:
    from .errors import InputError
    if isinstance(words, str) or not isinstance(words, (list, tuple)) or not all(isinstance(w, str) and w.strip() for w in words):
        raise InputError(f"rules: {name} takes a list of non-empty words, not {words!r:.60}")
    return tuple(w.strip() for w in words)


def _add(current: Words, extra: Words) -> Words:
    return tuple(dict.fromkeys(tuple(current) + extra))


DEFAULT_RULES = Rules()
