"""The words of unit notes: the labels that give a role, the verbs that lead or take part, how a
person and a unit are named and told apart. Part of the rules (rules.py imports each table as a field of
`Rules`); each entry names the real phrase it serves in its test (tests/test_rules.py)."""
from __future__ import annotations

# --- unit notes --------------------------------------------------------------
# Labels of labelled unit notes, "牵头单位：…；责任单位：…", by the role they give.
LEAD_LABELS = ("牵头单位", "牵头部门", "主责单位", "主责部门", "牵头责任单位", "牵头责任部门", "牵头领导单位", "牵头负责单位", "主办单位", "牵头处室", "牵头科室", "主办处室",
               "主要责任单位", "主要责任部门", "主办")  # "(主办:文化部、财政部、文物局;承办:国家博物馆…)" (文化遗产日 活动安排, review ho 01)
# ("会办单位": the bodies joining the 主办 in answering a proposal, 湖南 2016 重点处理代表建议 督办, review go 05)
RESPONSIBLE_LABELS = (
    "责任单位", "责任部门", "配合单位", "配合部门", "参与单位", "参与部门", "协办单位", "协办部门",
    "协同单位", "协同部门", "实施单位", "落实单位", "协同责任单位", "配合责任单位", "参与部门", "协办",
    "责任处室", "配合处室", "参与处室", "协办处室", "责任科室", "配合科室", "责任主体", "成员单位", "组成部门", "组成单位",
    "支持单位", "保障单位", "相关部门", "相关单位", "会办单位", "承办",  # (listed: by its head word 支持主体, 保障人员 would name the supported, not who does the work)
)
# A part's title that names the leader over its tasks: a name and office, then one of these ("一、于会游市长主抓重点工作", 桐乡市 2020年政府工作报告主要工作责任分解).
LEADER_HEADING_VERBS = ("主抓", "分管", "牵头", "负责", "联系", "领衔", "包抓", "重点工作")  # "一、徐国龙副市长重点工作" (绍兴 2021)
# Ranks and the government printed before an office in a leader's heading ("曹惠明常务副县长牵头重点工作").
OFFICE_RANKS = ("常务副", "副", "省政府", "市政府", "区政府", "县政府")  # "张盈军区政府党组成员牵头重点工作" (海曙区 2024)
# Words that qualify a label and stay with it wherever it stands, glued to the value before it ("牵头责任单位:县卫健委主要协作单位:县民政局", 灵璧县 2021 flattened): 主要协作单位 is one label.
LABEL_MODIFIERS = ("主要", "具体", "直接", "实际", "重点")
# How a label that names a person ends, whatever the words before it ("分管省领导:林克庆", 广东 粤府〔2021〕22号; "包联县领导:"): a person label even where no table lists it.
PERSON_LABEL_ENDINGS = ("领导", "责任人", "负责人")
# Labels whose value names the roles itself, by their verbs ("部门分工:省发展改革委牵头,各地、各部门 配合", 广东 粤府〔2021〕22号): the value is read as unit clauses.
CLAUSE_LABELS = ("部门分工", "责任分工", "任务分工", "职责分工", "分工")
LEADER_LABELS = ("责任领导", "牵头领导", "分管领导", "联系领导", "包抓领导", "牵头负责领导", "负责领导", "牵头市领导", "责任人", "协调人", "督办人")  # "协调人:朱红市长助理" (抚顺 2008, review fd02)
DEADLINE_LABELS = ("完成时限", "完成时间", "时间节点", "时限要求", "时限", "完成期限", "进度安排", "整改时限", "整改期限",
                   "工作时限", "落实时限")  # ("工作時限:2013年底前" on its own line, the form held-out round ie reported)
# A bureau named by its field alone inside a list of units ("此项工作由市发改委(楼宇办)、经合办牵头,市建委、国土、规划、财政和有关城区政府配合",
# 2011年杭州楼宇总部经济工作要点, review hc 06): a unit there beside names that end like one, and 和 after it opens the next name.
SECTOR_NAMES = ("发改", "财政", "国土", "规划", "住建", "建设", "交通", "水利", "农业", "商务", "文旅", "卫健", "卫生", "公安", "民政", "人社",
                "税务", "国税", "地税", "统计", "工商", "质监", "环保", "审计", "教育", "科技", "工信", "经信", "城管", "林业", "司法", "物价", "人防",
                "监察", "纠风")  # ("监察、纠风部门:负责查处…", review ib 08)
# A field of when an item is done that is its time limit only beside a unit label after it ("…演练活动。时间:待定 责任单位:市支前办",
# 晋江 庆祝八一建军节系列活动方案, review hb 04): alone ("时间：2018年10月19日至21日" of a meeting, "（时间：9月中旬）") it is no note.
TIME_FIELD_LABELS = ("时间",)  # (not "活动时间": glued after an item's text, "…联谊活动时间:8月份" keeps its 活动)
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
FIRST_LISTED_LEADS_PHRASES = ("排名第1", "排在第1位", "列第1位", "列第一位", "列在第一位", "列在第1位", "排在第一位", "排第一位", "排名第一", "列首位", "排在首位", "排名首位", "排序第一", "列在首位", "排在前位", "第一位为牵头", "首位为牵头", "首位的为牵头", "首位单位为牵头", "第一责任单位为牵头", "位列第一")
# ... said of lists of several units only ("由多个单位负责的,排在第一位的为牵头单位", 咸宁 十三五 规划纲要 任务分工, review gm 06): a
# lone unit there names no lead, it is responsible
SEVERAL_UNITS_WORDS = ("多个单位", "多个部门", "多家单位", "多个责任单位", "两个以上单位", "两个及以上单位")
ONE_UNIT_WORDS = ("一个部门", "一个单位", "单个部门", "单个单位")  # ... unless it says so of one unit too ("只列一个部门的,该部门为牵头部门")
COMMA_LEADS_PHRASES = ("逗号前", "分号前")  # "（…。逗号前为牵头单位,…下同）": the names before a note's first comma lead (自贡 2022, review r38a 03)
# Words of a clause or sentence inside a note that says how to read the notice, not who does the work ("，排名第1为牵头单位，下同", "。以下任务均需各市县政府负责，不再列出").
READING_CONVENTION_WORDS = ("下同", "为牵头", "为主办", "以下", "不再列出", "不再做分工", "不再分工", "均需", "均由", "其他为", "其余为", "分工负责为")
# A note's later sentence that holds for every task after it ("…不再列出", "…下同") and the words before the units it names
# ("以下任务均需各市县政府和雄安新区管委会负责，不再列出", "具体任务均涉及相关市(州)人民政府,不再做分工,下同"): those units take part in the later tasks.
CARRY_FORWARD_WORDS = ("下同", "不再列出", "不再单独列出", "不再一一列出", "不再逐一列出", "不再重复列出", "不再做分工", "不再分工")
CARRIED_UNIT_WORDS = ("均需要", "均需", "均涉及", "均由", "均含")
# Verb phrases closing an unlabelled clause "X牵头", "Y按职责分工负责", longest first.
LEAD_VERBS = ("分别牵头负责", "共同牵头负责", "分别牵头落实", "共同牵头落实", "牵头负责", "负责牵头", "牵头落实", "牵头组织", "牵头实施", "牵头指导", "牵头推进", "牵头督导", "牵头督办", "牵头督促", "牵头协调", "牵头统筹", "牵头抓总", "分别牵头", "共同牵头", "总牵头", "牵头", "主办", "为主")
# How a unit's duty opens after its name and a colon when the unit leads the work ("城市管理执法部门职责:负责牵头组织实施本次专项行动
# 工作", "牛皮癣"广告 停机 方案, review gv 06); not every lead verb: "市供电公司:为主会场…提供电力保障" (为主会场, diffreview-f1 p36)
DUTY_LEAD_OPENINGS = ("负责牵头", "牵头")
# ("(市法制局牵头,具体职能部门负责起草)": 某市 深化行政审批制度改革 工作方案, fsou.com, review gj 08; "(市法制局会同市政府有关部门办理)", a
# city's 依法行政 工作要点 on a law site, review gr 03)
RESPONSIBLE_VERBS = (
    "按职责分工分别负责", "按照职责分工分别负责", "按职能分别负责", "按职责分别负责", "按职责分工负责", "按照职责分工负责", "按职能分工负责", "按职能分工落实", "按职责分工落实", "按职责分工配合", "按职责配合", "按职责负责",
    "按职责落实", "分工负责", "分工落实", "分别负责落实", "负责配合落实", "负责配合", "配合落实", "结合实际落实", "负责落实", "负责具体实施", "负责组织实施", "负责实施", "负责推进", "负责指导", "负责起草", "办理", "具体负责", "具体实施", "具体落实", "配合", "参与", "参加", "协助", "协同", "协作", "协办", "指导", "落实", "联动", "各负其责", "各司其职",
)
# Between two units before the closing verb, the first assisting the second: both take part ("(省人事厅配合省委有关部门落实)", 江苏 十一五
# 规划纲要 任务分工, review gm 05)
ASSISTING_VERBS = ("配合", "协助")
# Objects of 负责 that open with 人, no person's title (负责人): "省统计局负责人口普查的日常工作" (湖北 第六次人口普查 成员单位职责分工 2010,
# review gp 03)
VERB_OBJECTS_WITH_PERSON = ("人口", "人才", "人事", "人民", "人防")
# Prepositions after a subject's name, its object, then the word of duty later in the clause ("(3)各地级以上市安帮办对本地的…情况要进行检查",
# a 信访 procedure, review ih 04 form): the subject is the unit responsible.
SUBJECT_PREPOSITIONS = ("对", "将", "把", "向", "按")
# Adverbs between a unit's name and its role verb ("1、蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责文物保护单位的安全管理工作。", 蓝田县
# 2013 文物安全责任 通知, review id 08): the name ends before them.
ROLE_ADVERBS = ("全面", "统一", "直接", "共同")
SOLE_OWNER_VERBS = ("分别负责", "自行负责", "负责")  # "X负责" on its own names a unit doing the work, not a lead (the contract): responsible
RESPONSIBLE_OPENINGS = ("会同",)  # after a lead, "会同Y、Z研究提出意见": Y and Z take part (河北 2004, corpus 0620, review c16-1)
# After a subject, words before its 会同 ("市外侨办、市台办…负责并会同有关部门…", 株洲 招商 分工, review ij 02), and what may close the partner's
# name other than a verb ("县市商务局要会同财政部门,…", "…会同有关司局根据《…》…", ij 03, 04)
PARTNER_PREFIXES = ("负责并", "并")
# Parties a notice regulates or calls on, named as a later sentence's subject or beside a 会同, no units it gives work to (diffreview-k2
# p16, p18, p26: "施工单位要严格落实安全生产责任制", "参保单位要按时足额缴纳…", "县住建局要会同施工单位、监理单位,…")
REGULATED_PARTY_ENDINGS = ("代表队", "参赛队", "施工单位", "总承包单位", "分包单位", "监理单位", "建设单位", "参保单位", "被督查单位", "人力资源服务机构", "第三方技术服务机构", "第三方机构", "中介服务机构", "中介机构",
                           "生产经营单位", "经营单位", "企业")  # (not a public "各级公共就业和人才服务机构", corpus 0168)
# Headings over notes on a form, no list of work ("…报县政府。填表说明1、本表由…", diffreview-k2 p03f)
NOTE_HEADING_ENDINGS = ("说明", "注释", "备注")
# How a clause saying when ends, before the sentence's subject after its comma ("自启动预警信号制作流程起,市气象台要实行24小时值班制", 马鞍山
# 预警信号 发布规定, review is 07; "…期间,各镇要…")
WHEN_CLAUSE_ENDINGS = ("起", "时", "后", "期间")
# Nouns that open as a word of duty does ("市政府保障房建设项目要…", "县政府保障性住房小区…", diffreview-k4 p03): no duty after the subject
NOUNS_OPENING_AS_DUTIES = ("保障房建设", "保障房项目", "保障房小区", "保障性住房", "保障性租赁")  # (not "保障房地产开发用地", "保障房屋安全", k5 p09)
# A time before a sentence's subject, no part of its name ("汛期各单位要保证日夜有人值班", a 镇 防汛 方案, review ii 06; "节日期间各景区要…")
TIME_OPENINGS = ("汛期", "汛前", "汛后", "节日期间", "节假日期间", "节前", "节后", "近期", "同时")
PARTNER_STOPS = ("，", ",", "根据", "依据", "通过")
# Verbs that set a body up, opening an item's title ("（一）成立工作领导小组。负责统筹协调…"): the title names no unit doing the work.
SETTING_UP_VERBS = ("成立", "组建", "设立", "组成", "建立健全")
# In a 分工 label's clauses, what may follow the unit doing the work besides a work verb ("嘉源公司作为业主单位", "区交通与建设局业务检查指导
#并协助…", "潭城镇人民政府全力配合": 平潭 2015 宜居环境, review aq02)
CLAUSE_WORK_OPENINGS = ("作为", "业务", "全力", "具体", "协助", "负责")
WORK_VERBS = ("研究", "统筹", "制定", "组织", "开展", "提出", "做好", "抓好", "推动", "推进", "落实", "加强", "完善", "建立", "指导", "督促", "共同", "实施", "协调")  # what they are to do ("…负责组织协调", 南昌 安全生产月, review gy 03)

# --- people beside units -------------------------------------------------------
# People are never units (the contract): a name beside a unit in a cell or note ("市发改委（张三）", "招商工作部 叶林",
# "沈小平（省发改委主任）") goes to the leaders. A token ending in one of these names a person by office ("常务副省长").
PERSON_TITLES = (
    "同志", "领导", "负责人", "书记", "省长", "市长", "州长", "县长", "区长", "镇长", "乡长", "主任", "局长", "部长", "厅长", "处长", "科长",
    "秘书长", "主席", "组长", "院长", "校长", "所长", "站长", "队长", "会长", "总经理", "董事长", "巡视员", "调研员", "党组成员", "常委",
    "领队", "裁判长",  # a sports meeting's people ("…由各队领队负责;…由各项目裁判长负责", diffreview-f1 p39)
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
# A unit's role printed right before its name, no unit itself: the body in charge of a patch, a village, a site ("由包片单位县气象局负责清除",
# "由陈家坝沿线包片单位县职教中心、县消防大队负责…", 平利 双创巡查, review hq 05); not a kind of unit listed beside one ("项目业主单位" then
# "县交通运输局" a line each: two, diffreview-i1 p39).
ROLES_BEFORE_NAMES = ("包片单位", "包联单位", "包保单位", "包村单位", "包点单位", "包抓单位", "挂点单位", "帮扶单位", "包片部门", "包联部门")
# How an office's short name printed in quotes before its duty's colon ends ("(六)“三防办”:负责三防知识的宣传", 防灾减灾日 方案, review hr 01);
# a campaign's name in quotes is none ("“清廉机关”：推进机关廉洁文化建设", "“平安医院”：…", diffreview-i1 p27).
QUOTED_UNIT_ENDINGS = ("办", "办公室", "委", "局", "组", "队", "站", "中心", "指挥部")
UNIT_SUFFIXES = (
    "局", "委", "办", "厅", "府", "会", "院", "部", "心", "司", "行", "队", "所", "站", "团", "馆",
    "社", "处", "室", "组", "关", "署", "位", "门", "区", "县", "市", "省", "镇", "街道", "集团", "联", "协",
    "中心", "公司", "银行", "法院", "检察院", "支队", "总队", "管委会", "联社", "协会", "学校", "大学", "办事处", "办公室",
    "科", "股", "电视台", "电台", "气象台", "国企", "党校", "镇街",  # 镇街: towns and street offices ("由各镇街及相关部门负责", 增城市, review hi 06); a bureau's sections ("农田建设管理股", "就业科"); "市广播电视台" (not 平台);
    # "省气象台" (安徽省气象局 2013年度科技创新工作计划, m.bdocx.com/doc/8341197.html, review gl 03)
)
# Words that name a place, not a body that does the work: a list of them is no unit note ("(市、县)"), 各 before one stands over the places after it ("各州、市人民政府"), and a name glued to the one before it opens with one ("县水务局县住建局").
PLACE_WORDS = ("省", "市", "县", "区", "州", "乡", "镇")
# How a unit name starts, after a separator.
UNIT_PREFIXES = ("市", "省", "区", "县", "各", "国", "中", "全", "有关", "相关", "自治", "镇", "乡", "街道", "西", "东", "南", "北", "开发区", "高新区")
# Words after 等 that only say "and others" ("Y等部门配合"); a collective is a unit (市级相关单位, the contract; 有关部门, c12-3).
GENERIC_AFTER_ETC = ("部门", "单位", "部门单位", "单位部门", "部门和单位", "部门、单位", "机构")
# Words that name a kind of unit but no unit: after 、 they share the name before them and join
# it ("市直有关部门、单位", "各区、县级市": one entry each, 青岛 2014 / 广州 2012 notices).
BARE_UNIT_KINDS = ("单位", "部门", "机构", "乡镇", "镇街", "街道", "社区", "园区")
# Collective names kept as printed even after 等 ("X、Y等市级相关单位" -> X, Y, 市级相关单位).
NO_UNIT_CELLS = ("/", "无", "-", "—", "——", "--", "／", "无。", "暂无")  # "——": 重庆高新区 2021 分解表 (review r38a 01)
