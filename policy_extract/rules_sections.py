"""The words that say which parts of a notice hold its tasks and which give none: task sections, parts on
requirements, background, awareness, and the qualifying parts of a call for applications; and the words by which
an item's text names the units doing its work as its subject (DUTY_*, subjects.duty_subject). Part of the
rules (rules.py imports each table as a field of `Rules`); each entry names the real phrase it serves in
its test (tests/test_rules.py)."""
from __future__ import annotations

# --- sections ----------------------------------------------------------------
# A numbered section whose title contains one of these holds the tasks.
TASK_SECTION_KEYWORDS = (
    "重点任务", "主要任务", "工作任务", "重点工作", "主要措施", "具体措施", "工作措施", "重点举措", "主要举措", "具体举措", "任务举措", "工作举措",
    "任务分工", "责任分工", "工作分工", "职责分工", "行动内容", "活动内容", "主要内容", "工作内容", "实施内容", "工作重点", "改革任务", "建设任务", "整治任务", "试点任务", "整改措施",
)
# ... or whose title opens with one of these, which name what the work is about rather than the work: "三、重点领域"
# is a task section, "三、深化重点领域信息公开，以公开促落实" a part like its siblings (河北 2019 政务公开工作要点, corpus 0051).
TASK_SECTION_OPENING_WORDS = ("重点领域", "重点项目", "政策措施", "重要任务", "重点工程")
# ... and never inside one whose title contains one of these.
NON_TASK_SECTION_KEYWORDS = (
    "总体要求", "指导思想", "基本原则", "工作原则", "工作目标", "主要目标", "发展目标", "总体目标", "现状与形势", "面临形势", "新形势", "保障措施", "工作要求", "组织实施", "组织保障",
    "组织领导", "目标要求", "实施步骤", "步骤安排", "时间安排", "进度安排", "名词解释", "附则", "总则", "实现路径", "适用范围", "编制依据", "背景", "目的意义", "工作目的", "重要意义", "重大意义", "督查目的", "督查方式", "主要职责",
    "总体思路", "实施保障", "指导原则", "奋斗目标", "招聘对象", "招聘条件", "申报对象", "申报条件", "评选条件", "奖项设置", "实施原则", "考核范围", "考核结果的使用")
# ... or whose whole title is one of these, or one of these and its body run on: who may apply and what a project must have (corpus 0911,
# 0928, c29-1), where things stand (0577, s22a), who to call (0287), what to hand in, who may be put forward and what a winner gets
# (0314, 0325, s9); not "基本情况摸底", "申报材料和选拔程序" (0216), "完善科技奖励办法", "合理分配推荐名额，严格推荐程序" (diffreview-v);
# an 整改 report's problem as fed back and its aim ("一、反馈问题" / "二、整改目标", 大通湖区 2020 整改情况, review cf06); an overview of the
# plan ("一、总体概述", a 2024 防汛抗旱工作实施方案, review cg06), its preamble ("一、序言" over numbered paragraphs of background, 江苏省知识产权
# 战略纲要 2009, review ci09)
NON_TASK_SECTION_NAMES = ("申报主体", "项目条件", "总体情况", "基本情况", "进展情况", "联系人及方式", "联系人及联系方式", "有关要求", "其他要求", "相关要求",
                          "其他有关要求", "活动目的", "参加范围", "参赛范围", "征集对象", "评估对象及范围", "报送地点", "申报材料",
                          "推荐条件", "推荐名额", "申报范围", "奖励办法", "工作保障", "经费保障",
                          "行动时间", "活动时间", "实施时间", "整治时间",  # (the span of the whole campaign: "二、行动时间 自发文之日起至11月30日。", review ay01; not "完善…经费保障制度", corpus 0301)
                          "反馈问题", "整改目标", "总体概述", "概述", "序言", "前言")
# ... or, over no item, whose whole title is one of these: the targets the work is to reach ("二、目標任務" / "2016 年冬季,在市高新區推廣
# 清潔型煤…", 菏泽高新区 推广清洁煤炭 实施方案 2016, taoyu-china.com, review gk 07); over items, those are the tasks
TARGET_SECTION_NAMES = ("目标任务", "任务目标")
# ... or whose title opens with one of these: a part on how to see the work ("一、充分认识…的重要性", corpus 0125, 0606), not the
# work; inside a sentence they are no title ("各地…要充分认识…的重要性和复杂性", 0140); a task section's word keeps it ("存在的问题及整改措施").
NON_TASK_SECTION_OPENINGS = ("充分认识", "深刻认识", "正确认识", "提高思想认识", "统一思想", "准确理解", "深刻理解", "主要成效", "工作成效", "取得的成效", "存在的问题", "存在问题",
                             "存在的主要问题", "主要问题", "工作回顾", "经验做法",  # and a review (gold 001; corpus 1038), not "一、着力解决…主要问题"
                             # where a plan stands, as its part opens ("一、发展基础和面临机遇", corpus 0744)
                             "发展现状", "发展基础", "发展环境")
# ... or whose later phrase is such an opening and ends with one of these: "一、提高政治站位，充分认识保护工作的重要性" (上海 轨道交通 燃气施工
# 2025, review ao06), a part on how to see the work
AWARENESS_ENDINGS = ("重要性", "必要性", "紧迫性", "重要意义", "重大意义")
# ... or whose title ends with one of these ("一、“十三五”时期发展基础", "一、产业发展现状"), unless it opens with work on it
# ("六、夯实人力资源服务发展基础", corpus 0197; "八、营造良好发展环境", 0002): one of IMPROVING_VERBS.
BACKGROUND_SECTION_ENDINGS = ("发展现状", "发展基础", "发展环境")
# ... or whose short title ends with one of these: who or what the work is for and the bar it sets ("基本条件", "生源范围", "培训对象",
# corpus 0310, 0968, 0156, review s15), unless it opens with work on them ("合理确定招生范围", 0960; "放宽申报条件"): one of IMPROVING_VERBS.
QUALIFYING_SECTION_ENDINGS = ("条件", "对象", "范围", "类别", "名额", "标准", "奖励办法")  # ("申报范围和类别", 1056; "评审和奖励办法", 1020; not "完善科技奖励办法")
IMPROVING_VERBS = ("夯实", "营造", "优化", "改善", "打造", "筑牢", "巩固", "厚植", "提升", "强化", "加强", "完善", "创新", "推动", "构建", "净化", "创优", "改进", "确定", "明确", "扩大", "放宽", "拓展", "合理")
# ... and, for a qualifying heading, the verbs of work on a bar or a group ("（四）提高补助标准", "三、降低准入条件", "（一）精准识别帮扶对象",
# "二、统一执法标准", diffreview-w), after the adverbs that may stand before any of them ("六、持续改善农机作业基础条件", corpus 1071;
# "进一步扩大覆盖范围"). Not 调整 or 认定: "二、调整标准" (0162), "认定条件" name the bar.
BAR_WORK_VERBS = ("提高", "降低", "统一", "严格", "规范", "细化", "落实", "创造", "健全", "建立", "制定", "修订", "执行", "推行", "简化", "缩小", "增加",
                  "精准", "科学", "动态", "分类", "界定", "识别", "聚焦", "加大", "加快", "保障", "提供", "组织", "开展")
HEADING_ADVERBS = ("进一步", "切实", "持续", "不断", "逐步", "着力", "大力", "全面", "积极", "稳步", "加快", "努力", "继续")
# Verbs that make or place what a section word names: in a clause of one of them the word is the work's object, not the
# part's name ("5、制定年度总体目标,细化年度计划任务…", 河长制 年度工作要求, review br06; "⒋将创建平安畅通县…活动纳入安全生产考核范围。",
# 道路交通安全 方案, review bq05)
# What follows a section keyword that opens a title when the keyword is the item's verb, not the part's name: "(五)组织实施全区政务服务信息化建设
# 发展规划,…" (常州天宁区 行政审批局 职责, review hx 08) is work, "五、组织实施" a part.
KEYWORD_OBJECT_OPENINGS = ("全区", "全市", "全县", "全省", "全国", "全镇", "全乡", "本区", "本市", "本县", "好", "“", "《")  # "组织实施“中国公民健康素养促进行动”" (review hy 06)
OBJECT_MAKING_VERBS = ("制定", "纳入", "列入")  # (not 编制: "一、编制背景和指导思想" names a background, diffreview-ae)

# Section keywords that also open a sentence as its verb: no title that a body ran into ("（一）组织实施环境要素的
# 监测…", corpus 0403; "（二）组织实施阶段（2022年3月至2025年9月）", corpus 0337), unlike "一、总体目标到2017年，…".
SECTION_WORDS_AS_VERBS = ("组织实施", "组织领导")
SIDE_PANEL_WORDS = ("专栏",)  # "专栏2：国家新型工业化产业示范基地（5家）1.承德…": a box beside the text, no items of it (gold 001; corpus 0744, 0946)
REGULATION_TITLE_ENDINGS = ("条例", "办法", "规定", "细则", "规则", "章程", "准则")  # rules, not plans: 第X条 are tasks only with a unit
# a notice that commends ("关于表彰…的决定", "…给予表扬的通报") or repeals ("…予以废止的决定"): its lists name the commended, the repealed
NO_WORK_TITLE_WORDS = ("表彰", "表扬", "嘉奖", "获奖情况", "获奖名单", "优秀等次单位", "废止", "宣布失效")
UNNUMBERED_SECTION_TITLES = ("名词解释", "附件", "附表", "附录", "名词说明", "有关说明")  # open a part of their own (a glossary, an annex)
# How the title of an attached plan ends ("附件\n河北省学校语言文字工作达标建设实施方案", "附件：第二批支持创新相关改革举措推广清单"):
# a notice (通知, 通告) whose own items only say how to carry the plan out gives the plan's items as its tasks.
ANNEX_PLAN_TITLE_ENDINGS = ("方案", "要点", "清单", "计划", "措施", "任务", "分工", "规划", "安排", "分解", "分解表", "任务表", "责任表", "台账", "任务书")
# How the short title of an item that defines the work rather than doing it ends ("1.培育对象。新注册的种子期…", "2.培育
# 目标。…到2020年…", corpus 0774; "（一）推荐范围。", 0216): without a unit note of its own, no task.
DEFINITION_TITLE_ENDINGS = ("对象", "目标", "范围", "条件", "期限", "名额")
# Words every sentence of an item that defines the notice's words holds ("本通知所称技术，包括专利…。其中，专利是指…", corpus 0705): an item
# with a sentence of no such word goes on to work ("本方案所称重点企业，是指….各地要建立重点企业名录…", diffreview-v).
DEFINING_WORDS = ("所称", "是指", "包括", "系指", "指的是")
# What the title of a part that divides the duties by unit holds ("四、职责分工" over "（一）区交通委" …, 松江区 2017, review bt02; "三、部门职责",
# "四、各单位按以下职能分工"; "二、任务分解", "二、责任落实", "二、各部门工作任务", diffreview-ag): its groups titled by units give their items
# as those units' tasks (headings.unit_heading).
# An aim's word with tasks after it, in a part's title, names tasks, no aims ("一、各县区主要目标任务" over each county's numbered work, 安康
# 2017 国卫巩固提升 目标任务, review hv 07; not "二、主要目标" alone)
AIMS_WITH_TASKS = ("目标任务", "目标和任务", "目标及任务")
# How a title glued to its first point "一是" ends beside a plan's title words (rules.PLAN_TITLE_ENDINGS): "…2024年工作安排一是…", "下一步工作
# 打算一是…" (diffreview-j2 p28); after a sentence of page chrome the points are cut apart (item_heads.split_points).
POINTS_TITLE_ENDINGS = ("安排", "打算", "思路", "任务")
# Labels in a problem's text over the numbered measures below it (a 督察 整改措施清单: "…整改时限:立行立改,长期坚持整改措施:筑牢…。" / "1.深入
# 学习…" / "2.把绿色发展纳入…", 楚雄州, review ia 07): the problem heads its measures, which are the tasks.
MEASURE_LABELS = ("整改措施", "具体措施", "主要措施", "工作措施")
# Words of a lead-in sentence that counts the measures its points "一是…。二是…" then give, the first point right after it on its
# line ("…县教体局采取四项措施,加强食品安全宣传教育与管理…。一是举办…", a county news page, review ic 05): the points are cut apart.
MEASURE_COUNT_WORDS = ("项措施", "条措施", "项举措", "条举措", "大举措", "项行动", "项工作", "个方面")  # after a numeral: "三项工作", "从四个方面"
# ... but not a lead-in that lists what is found or included ("仍存在三个方面的短板", "检查重点包括三个方面内容", diffreview-j2 p02, p38)
COUNTED_NOT_MEASURES = ("存在", "包括", "短板", "不足")
DUTY_SECTION_WORDS = ("职责", "分工", "职能", "分解", "责任落实", "工作责任", "各部门", "各单位",  # 工作责任: review fl06
                      "部门合作", "部门协作", "部门配合")  # "(三)加强部门合作。" over "计划部门要…" / "财政部门要…" (结核病防治 规划, review hv 08)
# How a sentence closes that says each unit does its part, the duties one sentence each after it ("中央和国家机关有关部门之间要加强沟通、
# 密切合作、明确分工、各司其职。宣传部门负责…;发展改革部门负责…", 全国红色旅游发展规划纲要 on a Q&A page, review id 07); not any sentence naming
# duties ("县级以上人民政府有关部门应当按照各自职责,支持…", a regulation, corpus 0370)
SHARED_DUTY_CLOSINGS = ("各司其职", "各负其责", "各尽其责", "各尽其职")
# ... but not one on how the work is organised: an emergency plan's "二、组织机构与职责" over its bodies' standing duties (corpus 0569)
# (an emergency plan's "二、应急指挥部及职责", diffreview-e1 p28)
ORGANISATION_SECTION_WORDS = ("组织机构", "组织体系", "组织架构", "指挥机构", "指挥体系", "指挥部", "机构设置", "领导机构")
# How a sentence closed by a colon ends that introduces the units' duties one sentence each ("按照各部门的工作职能,具体分工如下:省统计局
# 负责人口普查的日常工作…。省公安厅负责户口整顿工作…", 湖北 第六次人口普查 成员单位职责分工, review gp 03; "…密切配合,形成合力,并履行好以下
# 职责:党委宣传部门要将…", 婚育新风进万家活动的意见, gp 07): with the line breaks lost, each duty is cut apart (duty_runs.split_duty_lists).
DUTY_LIST_LEADS = ("分工如下", "职责如下", "以下职责", "以下分工", "分工是", "如下明确", "明确如下", "主要职责是", "职责是")  # ("区行政审批局负责…。主要职责是:", review hx 08)  # "…在村庄环境整治工作中的任务作如下明确:" (review hi 04)
# ... and a group's title that names its unit, then these ("(一)县委职责" over 1.–4., 县宗教工作主体责任制度, review dj07; "(一)盟发改委职责",
# 锡林郭勒盟 招商引资工作机制, di07): the unit's; so is one closed by a colon ("(一)县信访局:" over its items, 信访 长效机制, dj02).
DUTY_TITLE_ENDINGS = ("职责、任务", "职责和任务", "职责任务", "的任务",  # "(七)卫生部门职责、任务" over its duties 1.–6. (学校幼儿园 安全 方案, review hu 01)
                      "的主要职责", "的工作职责", "主要职责", "工作职责", "的职责", "职责",  # (not 职能: "（一）优化政府职能", diffreview-ax)
                      "主要工作任务", "工作任务", "主要任务", "负责")  # "(八)县经济局主要工作任务:", "4、茄子河区政府负责:" (reviews fb01, fb06)
# An item's text opening with its units as the subject of the work, no role verb and no note: the units, then one of
# these words of duty ("4、农委、畜牧局要加强循环经济试点建设。", 县 创建工作责任分解细则, review dd10; "住房城乡建设部要会同相关
# 部门…", 国办 老旧小区 通知, review de07) or a verb of work (WORK_VERBS, or one of DUTY_OPENINGS: "2、水务局加强新城…", dd10;
# "镇派出所强化执法力度", review dc10; "县水利局于4月30日前完成复查", dc08) or its time limit: the units are responsible (the contract: named as doing the work, not as leading).
DUTY_MODALS = ("必须", "应当", "要", "须", "应")
DUTY_OPENINGS = ("于", "会同", "汇同", "联合", "强化", "加快", "认真", "切实", "积极", "严格", "负责", "全面", "进一步", "及时", "定期", "继续", "大力", "配合", "协助", "依法",
                 "主要做好", "主要抓好", "参与", "确保", "保障")  # ("1.县国动办、县文旅广电局确保应急广播终端…", "2.县供电分公司保障防空警报
# 设施供电需要", 石泉县 防空警报试鸣 通知, review is 04)  # "(六)市农办、市建设局、…、市旅游局主要做好市内招商合作项目的…审查等工作。" (招商 成员单位职责,
# review fs 05; not 主要 alone: "县级医院主要提供…诊疗", "省人社厅主要职责为：", "…机关主要负责人是…", corpus 0228, 0028, 0112)
# ... where each name ends as a body does (not a region or a place: "西部地区要指导…", "服务场所要加大…", corpus 0011, 0018) or is a
# collective ("各地区", "有关部门"), and opens with no preposition or verb ("为用人单位开展…", "对驻冀院所联合…", "鼓励社会组织…", 0246, 0763, 0232)
DUTY_UNIT_ENDINGS = ("局", "委", "厅", "办", "部", "院", "室", "队", "所", "站", "党校", "区县", "县区", "政府", "中心", "公司", "集团", "单位", "部门", "机关", "机构", "管委会", "办事处", "街道", "委员会", "联合会",
                     "协会", "派出所", "学校", "医院", "银行", "社区", "村委会", "居委会", "乡镇", "专班", "领导小组",
                     "军分区", "警备区", "人武部",  # ("(12)绍兴军分区:指挥、督促各县(市、区)人武部…", 绍兴 森林防火 预案, review hs 02)
                     "管理处", "纪念馆", "博物馆", "图书馆", "文化馆",
                     "电视台", "电台", "气象台", "分行", "支行")  # ("县电视台要在第一时间插播预警信息", a county 防汛 预警 page, review ii 05; "市气象台要实行24小时
# 值班制", 马鞍山 预警信号 发布规定, review is 07)  # ("由蓝田县辋川溶洞管理处全面负责…", "由蓝田县蔡文姬纪念馆…", review id 08)
# ... and a committee's short name, where the name opens as a unit's does ("市爱卫会:对城区杀鼠剂经营单位进行资格核准…", 毒鼠强专项整治
# 工作方案, review hj 06; not "参加红十字会组织的应急救护培训…", diffreview-h1 p16)
PLACED_DUTY_UNIT_ENDINGS = ("爱卫会", "红十字会", "工会", "工会组织", "妇联", "残联", "科协", "工商联", "共青团", "文联", "侨联", "社科联")
# ... though a body's name may open like one of those words ("经贸委", "经信局": "市建委、交委、经贸委、…负责协助做好客商的邀请工作",
# 广州 穗港 招商 分工, review ij 01; not "经市政府批准…")
BODY_NAME_OPENINGS = ("经贸", "经信", "经济", "经开", "经发")
DUTY_NOT_OPENINGS = ("为", "对", "依托", "上述", "以上", "所在", "本单位", "本部门", "本地", "本级", "本系统", "该", "新建", "明确", "明晰", "压实", "履行", "全面",
                     "转变", "依法", "厘清", "细化", "夯实", "坚持", "规范", "理顺", "划清", "第一", "强化", "调整", "整合", "本次", "本项目", "主办", "承办", "鼓励", "支持", "引导", "其", "你", "由", "在", "从", "向", "与", "按照", "根据", "通过", "凡", "经",
                     "充分", "发挥")  # ("充分发挥政府协调机制作用,…" is no body named 充分发挥政府, corpus 0354)
# ("以上单位要明确1名分管领导…" closing a list of duties refers back to them, diffreview-e1 p30)
# ... nor a person or a thing ("领导干部要以身作则", "企业内部要…", "充电基础设施布局要…", "企业开办要…", diffreview-au p15-p23)
DUTY_NOT_ENDINGS = ("干部", "内部", "外部", "全部", "常委", "委员", "布局", "开办", "庭院", "格局", "结局", "主次街道", "教室", "会议室", "活动室", "阅览室", "场所", "车站", "网站", "厕所", "住所", "基站", "中转站", "转运站", "加油站", "充电站", "收费站", "避难所", "梯队",
                    # (the party a rule regulates or an applicant, not a body a plan sets to work: "用人单位应采取…", "项目申请单位应当…编制预算",
                    # "培训机构必须…", corpus 0049, 0710, 0978; judged against the readings before this stop)
                    "用人单位", "用工单位", "申报单位", "申请单位", "承担单位", "申请机构", "培训机构", "评价机构", "派遣单位", "金融机构", "研发机构")
# Words that open like a word of duty and are none ("市教育局要求各中小学…", "区政府要素保障专班", "区政府应急办", diffreview-au p14, p13, p10)
DUTY_NOT_MODALS = ("要求", "要素", "应急", "须知")  # (not 要点, 应对, 应用: "各包联单位要点对点…", diffreview-av)
DUTY_NOT_INSIDE = ("向", "在", "每年", "可根据", "排查", "为单位", "或", "通过", "由", "履行")  # "举办者向自由贸易试验区相关职能部门提出申请" (corpus 0082), "重点排查培训机构开展的…" (0188)
# What the labels of an activity's fields end with, printed as numbered lines under it ("（一）开展安全生产事故警示教育周活动" /
# "1.活动时间:6月1日至6月7日。" / "2.活动内容:…" / "3.组织单位:各乡镇人民政府,…", 望江县 安全生产月, review dc09; "1、主要任务:…2、工作内容:…
# 3、完成时间:6月中旬。", review de05): where every sub-item is such a field, they are the activity's lines, and it is the task.
# ... one of them at least a time ("活动时间", "完成时间"): not "1.第一季度任务：…" / "2.第二季度任务：…", nor "1.教育部门：负责…" (a body's
# name is no field), which are items (diffreview-av)
FIELD_TIME_ENDINGS = ("时间", "时限", "期限")
# ... or, with no time among them, none an item's own ("活动主题:" / "活动内容:" / "活动对象:" / "组织单位:", diffreview-aw p31, fold; "第一季度任务:",
# "财政支持措施:", "工作目标:" are items)
FIELD_ITEM_ENDINGS = ("任务", "措施", "目标", "要求", "标准")
FIELD_LABEL_ENDINGS = ("时间", "内容", "单位", "地点", "对象", "方式", "任务", "目标", "要求", "主题", "形式", "范围", "部门", "措施", "标准", "安排", "主体", "时限", "人员")
# After a unit and its colon, besides a verb of work, these open its work ("计生办：主要负责…", "派出所：具体负责…", "民政所：承担…",
# "县公安局：依法严厉打击…", diffreview-ax p18, p39): the unit's paragraph (unit_labels.colon_units)
# An item's title that is a body's name and nothing else when it ends so, its work after it: "1、区住建局。排查生活污水直排污染源",
# "2、生态局东安分局。…", "3、新安街道办事处。加强环境保护宣传力度" (牡东政发〔2021〕9号 黑臭水体防治, review gc 01); not "组建…委员会。",
# "设立…调解中心。", "行政大厅。" (corpus 0785, 0145, 0952), which name what is set up or described (subjects.titled_unit)
TITLE_UNIT_ENDINGS = ("局", "办事处", "人民政府", "管委会", "派出所", "中队", "大队", "部门")  # 部门: "(二)公安部门。协助民政部门…" (救助 集中活动, review hz 04)
# ... and these after the colon say what the unit did, a report's figures, not its work ("市人力资源社会保障局：截至6月底，全市城镇新增
# 就业2.8万人", a 通报 of 民生实事, diffreview-d1 p03)
COLON_NOT_WORK_OPENINGS = ("截至", "截止", "累计", "目前", "已", "共")  # ("惠州海事局：已通知…，出动巡逻艇12艘次", a meeting's news, diffreview-k3 p26)
# ... nor how many people a unit sends, a count closing the clause ("市总工会：分管副主席1名；", a meeting's 参会人员, diffreview-k1 p17)
HEADCOUNT_WORDS = ("名", "人")
# Words of a clause saying the points after it are required ("会议要求,一是抓好…。二是…", a 民宗局 news page, review io 05; "该局要求库区村认真落实
# 相关防汛措施:一是…", 城步 移民局, ii 08): the points are the work, cut apart (item_heads.split_points)
REQUIRING_LEADS = ("要求", "强调", "部署")
COLON_WORK_OPENINGS = ("主要", "具体", "承担", "依法", "加大", "按照", "协调", "保障", "参与", "对", "结合", "一是", "指挥", "将")
# Words that end as a body's name does (…局, …部, …所, …行, …位) and name none: "统筹职业教育与区域发展布局" (深化产教融合 分工, review dt02), "…全部",
# "公共场所", "推进实行", "工作岗位" — never a unit list, nor a cell the unit column fits
NOT_UNIT_ENDINGS = ("布局", "格局", "大局", "开局", "全部", "内部", "外部", "场所", "住所", "厕所", "网站", "团队", "社会", "机会", "执行",
                    "进行", "运行", "推行", "实行", "试行", "施行", "先行", "核心", "信心", "决心", "重心", "初心", "专门", "误区", "盲区", "有关", "相关",
                    "难关", "攻关", "把关", "岗位", "到位", "地位", "定位", "首位", "部位", "之处", "好处", "到处", "教室", "会议室", "活动室", "阅览室")
