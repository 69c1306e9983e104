"""The words of time limits: phrases that make a date due, ongoing or recurring, and those that make it no time limit
(a birth date, a base, the day something was said). Part of the rules (rules.py imports each table as a field of
`Rules`); each entry names the real phrase it serves in its test (tests/test_rules.py)."""
from __future__ import annotations

# Phrases that mark work without an end date when they stand as the time limit.
ONGOING_PHRASES = ("长期坚持", "持续推进", "常态化推进", "长期推进", "持续开展", "长期开展", "常态化开展", "持续实施", "长期执行", "持续落实", "常态推进", "长期",
                   "滚动实施", "滚动推进", "长年实施", "常年实施", "常年开展", "长年坚持")  # a 完成时限 cell "2014-2017年滚动实施" (四川 52项重点任务分工及进度安排表, review fu 03)
# A date in a task's text is not its time limit when these follow it ("1972年1月1日以后出生",
# "自2022年4月1日起施行") or stand before it ("发文时间：1987年6月20日", NOT_DEADLINE_BEFORE).
NOT_DEADLINE_AFTER = (
    "以后", "之后", "及以后", "及之后", "及以前", "及之前", "后", "起", "止", "出生", "施行", "实施", "印发", "发布", "公布", "颁布", "制发", "通过", "批准", "生效", "以来", "成立", "期间", "至",
    "省人民政府", "省政府", "国务院", "市人民政府", "市政府",  # "1988年11月24日省人民政府公布的《…》同时废止"
)
# Verbs of finishing right after a bare month make it the month the work is due ("争取6月完成", 平潭 2016 旅游工作要点, review au02;
# "确保10月建成投用"), where "6月召开评审会" names when, not by when.
# Words for the year after the notice's, before a bare month ("于次年5月完成年度汇算清缴", diffreview-aa): that month is not this year's.
NEXT_YEAR_WORDS = ("次年", "翌年", "明年", "来年", "下一年", "下年度")
# Words naming a year from the notice's own, whatever year was printed last ("２００４年８月至２００５年６月，…争取今年底有５０家左右
# 的乡镇，明年６月底其他乡镇达到…", 河北 安全生产示范乡镇 2004, corpus 0625): 今年 is the notice's year, 明年 the one after.
SPEAKER_YEAR_WORDS = ("今年", "明年", "本年", "来年")
# What ends a word with the first character of a year word, where that word shares its 年 with 年底 ("说明年底前不能完成的原因",
# diffreview-au p42: 说明, then 年底前; "基本年度", "将来年底"): no year word there.
YEAR_WORD_NOT_AFTER = ("说", "证", "表", "声", "查", "阐", "注", "标", "写", "载", "指", "讲", "透", "文", "光", "清", "聪", "简", "发", "鲜", "失", "基", "成", "资", "原", "未")  # (not 以, 将: "以明年底为时间节点", diffreview-av)
FINISH_VERBS = ("完成", "建成", "完工", "竣工", "办结", "投用", "投产", "到位", "出台", "上线", "投入使用")  # ("…,并在2011年投入使用", 昆明 消防 应急救援能力建设 分解, review fp 02)
# Verbs that set a year's target after the year and its subject ("2025年全市生物质发电装机达到84万千瓦", "2025、2030年全市风电装机力争分别
# 超过262、500万千瓦", 上海 可再生能源 方案, review by01): the year, opening its sentence or clause, is a milestone.
TARGET_VERBS = ("达到", "实现", "建成", "完成", "创建", "新增", "形成", "超过", "下降", "提高到", "降低到", "突破")  # (not 控制在: a quota, 0216)
# After any date, the base a target is measured from, not a due date ("与2021年底相比，研发投入强度增长率不得低于50%", 平潭 2022 国企改革攻坚年, review at07)
BASELINE_AFTER = ("相比", "相较", "比较")
# ... where one of these opens the comparison before the date ("与2021年底相比"; not "到2025年底相比2020年…下降13.5%", a target, diffreview-aa)
BASELINE_OPENINGS = ("与", "同", "和", "较")
# In the clause after a date, what marks the day something was said, not a day work is due ("3月24日对安全生产工作作出的重要
# 指示精神", 平潭 苏平片区 2022 安全生产工作要点, review bc05; "…4月13日在海南考察时发表的重要讲话")
# or issued ("根据2015年12月28日上海市住房和城乡建设管理委员会等9部门联合印发的《…》", 青浦区 建筑垃圾 2019, review bj03)
SAID_ON_MARKS = ("作出的", "发表的", "重要讲话", "重要指示", "重要批示", "批示精神", "指示精神", "讲话精神", "印发的《", "发布的《", "颁布的《", "出台的《")
# After a date due "前", a verb of what came to exist then and its 的: which things are meant, no due date ("做好乡(镇)机关1994年前形成档案
# 的接收进馆工作", 档案 工作要点, review co04; "2000年前建成的老旧小区", "1990年前建设的人防工程")
EXISTED_BEFORE_VERBS = ("形成", "建成", "建设", "建造", "竣工", "成立", "设立", "登记", "注册", "出生", "出厂", "购置", "取得", "参加工作", "入职")
DONE_AFTER = ("已", "均已")  # after any date, work done by then, not due ("2018年12月31日之前已完成转制的企业", corpus 1074)
# A period these words open is how long a policy holds, its end no due date ("执行期限为2019年1月1日至2023年12月31日", corpus 1074)
# Words that make a clause after a month a story of what was done, not a schedule ("9月，省政府出台了…", review c30-3):
# the month stays no time limit.
STORY_MARKS = ("了", "已")  # "6月20日,国土局联合环保局已组织…" (县 环保督察整改, review dk08)
# What follows a five-year plan's name to mean its last year ("到“十二五”末，实现全省规模以上企业…", 河北 人社 2012, corpus 0302):
# "十二五" is the 12th plan, 2011–2015, so a time limit of 2015-12-31.
PLAN_PERIOD_END_WORDS = ("期末", "末期", "末")
# Words closing a stage's title before its months in brackets ("(三)市县政府督查阶段(7月)", 冶金机械 专项整治, review im 07): its time limit
STAGE_WORDS = ("阶段",)
# Words before a year that say a practice started then ("从2016年开始,我部每年都公开…", 工信部 2018 关键业绩指标, review im 02): no year of the notice's own
SINCE_WORDS = ("从", "自")
# ... nor a year a target is expected in ("“十三五”规划预期2020年行政村通光纤比例达到98%", im 02; not 到, a due year as often: corpus 0756)
TARGET_YEAR_WORDS = ("预期",)
VALIDITY_WORDS = ("执行期限", "执行期", "有效期限", "有效期", "实施期限", "政策期限", "政策实施至")  # "…费率政策实施至2021年4月30日" (东莞 2021)
NOT_DEADLINE_BEFORE = ("时间：", "时间:", "日期：", "日期:", "自", "从", "出生于", "顺延至", "延续至", "继续发放至", "继续使用至", "继续执行至", "原则", "已于", "截至", "截止到目前",
                       "上年", "上一年", "去年", "前一年", "时点为", "时点是")  # "当年投产（或上年第四季度投产）": a past year's, no due date (corpus 0941)
# Periods that recur: kept as recurrence, not a due date.
# Words joining a range's two ends ("每年3月至11月", 汕尾 2025 防溺水 办法, review hu 08): a rhythm before its first end recurs its last too.
RANGE_JOINERS = ("至", "到", "—", "－", "-", "~", "～")
RECURRING_PHRASES = ("每月", "每季度", "每半年", "每年", "每周", "每旬", "按月", "按季度", "按季", "按年度", "逐月", "定期", "一季度一", "半年一", "一年一")
# A notice's one time limit for putting right every problem it lists, outside its items ("并于5月20日前将问题整改完成", "对存在的问题务必于
# 4月19日前整改完毕", 督查通知单 and 交办 lists, review hq 04, 03): its words for the putting right, and for what is put right.
RECTIFIED_WORDS = ("整改完毕", "整改完成", "整改到位", "完成整改", "整改结束", "整改销号")
PROBLEM_WORDS = ("问题", "隐患")
# ... printed after the list, the sentence points back at it ("上述责任单位要…对存在的问题务必于4月19日前整改完毕", review hq 03); not "对督查发现的问题，
# 各责任单位要于…前整改到位" under a later part on how the work is checked (diffreview-i2 p01)
LIST_BACK_WORDS = ("上述", "以上")
# How the work a schedule's month label stands over opens ("1月:开展春节期间畜禽产品市场检查", "11月：召开动员部署会议", review hp 08): a label
# over a report's figures ("3月：全县共免疫牲畜12万头", a 工作总结, diffreview-i1 p06) sets no time limit.
SCHEDULED_OPENINGS = ("开展", "召开", "组织", "部署", "启动", "完成", "制定", "印发", "举办", "推进", "落实", "实施", "检查", "督查", "验收", "评估",
                      "培训", "宣传", "排查", "整治", "建立", "编制", "报送", "上报", "做好", "抓好", "全面", "集中", "总结", "巩固", "加强",
                      "对", "各", "迎接", "强化", "配合", "协助", "督促", "指导")  # ("1月：对全县规模养殖场开展…", "3月：各乡镇全面启动…", diffreview-i2 p14)

