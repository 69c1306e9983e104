"""The words of a notice's titles and signatures: what cites another body's document rather than issues
one, how the sentence that hands the notice over ends, and how a signing body is named. Part of the rules
(rules.py imports each table as a field of `Rules`); each entry names the real phrase it serves in its test
(tests/test_rules.py)."""
from __future__ import annotations

# Words that open a sentence, never an issuer's name: the text before 关于 that starts so is
# not who issued the notice ("为贯彻落实《国务院办公厅关于…》", "根据《人力资源社会保障部…").
SENTENCE_OPENINGS = ("根据", "为", "按照", "经", "现")
# Words before a 《》 name that cite the document rather than issue it ("…印发通知,落实国务院《政府工作报告》").
CITING_WORDS = ("落实", "贯彻", "根据", "按照", "依据", "依照", "印发的", "出台的", "颁布的", "发布的")
# Words before a document a sentence measures its own work by, beside CITING_WORDS ("对照《优化营商环境条例》，市发展改革委制定了…行动方案，
# 现印发给你们", diffreview-am): the named document is followed, not issued.
FOLLOWING_WORDS = ("对照", "结合", "对标", "参照")
MAKING_VERBS = ("制定了", "制定", "制订了", "制订", "修订了", "修订", "编制了", "编制", "起草了", "起草", "拟定了", "拟定", "出台了", "形成了", "编写了", "编写", "完善了")  # right before 《X》 they make X, whatever cites nearby ("按照要求制定了《X》")
# ("党中央、国务院印发的《…纲要》": a document another body issued, cited.)
# The last words of a handing-over sentence, its stop lost, before the signature ("…请认真组织实施 平潭…管委会办公室2021 年 7 月 14 日", bv04).
HANDING_OVER_CLOSINGS = ("组织实施", "贯彻执行", "遵照执行", "贯彻落实", "抓好落实", "认真执行")
# A signer's body named without its owner, whose place and task the line above prints ("…“15分钟社区生活圈”行动" / "联席会议办公室", bu04)
# ("上海市长三角一体化发展" / "协调小组办公室", "上海市深化“一网通办”改革" / "工作推进小组办公室", diffreview-ag)
OWNED_BODY_NAMES = ("联席会议", "领导小组", "工作领导小组", "协调小组", "推进小组", "工作推进小组", "工作小组", "指挥部", "工作指挥部", "工作专班", "委员会", "办公室")
# A coordinating body's kind: the words between its place and its kind are its task, not another signer
# ("国务院推进政府职能转变和“放管服”改革协调小组办公室", "西安市推进政府职能转变和“放管服”改革协调小组办公室").
COORDINATING_BODY_KINDS = ("领导小组", "协调小组", "推进小组", "工作小组", "联席会议", "指挥部", "工作专班")
# A corps, named after the body it belongs to without a place of its own: one signer with it ("上海市公安局交通警察总队",
# "上海市消防救援总队浦东支队"), where one that opens with its place is a second signer ("上海市民政局 上海市消防救援总队", review am04, cb03).
CORPS_KINDS = ("总队", "支队")
