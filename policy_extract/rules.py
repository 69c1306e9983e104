"""The rules people extend, kept as data in one place (with rules_sections.py: which parts hold tasks,
rules_pages.py: the words of the web page around a notice, rules_meta.py: the words of its titles and signatures,
rules_units.py: the words of unit notes, and rules_dates.py: of time limits, imported here; every table is a
field of `Rules` below).

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
    LIST_BACK_WORDS,
    NEXT_YEAR_WORDS,
    NOT_DEADLINE_AFTER,
    NOT_DEADLINE_BEFORE,
    ONGOING_PHRASES,
    PLAN_PERIOD_END_WORDS,
    PROBLEM_WORDS,
    RANGE_JOINERS,
    RECTIFIED_WORDS,
    RECURRING_PHRASES,
    SAID_ON_MARKS,
    SCHEDULED_OPENINGS,
    SINCE_WORDS,
    SPEAKER_YEAR_WORDS,
    STAGE_WORDS,
    STORY_MARKS,
    TARGET_VERBS,
    TARGET_YEAR_WORDS,
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
    AIMS_WITH_TASKS,
    ANNEX_PLAN_TITLE_ENDINGS,
    AWARENESS_ENDINGS,
    BACKGROUND_SECTION_ENDINGS,
    BAR_WORK_VERBS,
    BODY_NAME_OPENINGS,
    COLON_NOT_WORK_OPENINGS,
    COLON_WORK_OPENINGS,
    COUNTED_NOT_MEASURES,
    DEFINING_WORDS,
    DEFINITION_TITLE_ENDINGS,
    DUTY_LIST_LEADS,
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
    HEADCOUNT_WORDS,
    HEADING_ADVERBS,
    IMPROVING_VERBS,
    KEYWORD_OBJECT_OPENINGS,
    MEASURE_COUNT_WORDS,
    MEASURE_LABELS,
    NO_WORK_TITLE_WORDS,
    NON_TASK_SECTION_KEYWORDS,
    NON_TASK_SECTION_NAMES,
    NON_TASK_SECTION_OPENINGS,
    NOT_UNIT_ENDINGS,
    OBJECT_MAKING_VERBS,
    ORGANISATION_SECTION_WORDS,
    PLACED_DUTY_UNIT_ENDINGS,
    POINTS_TITLE_ENDINGS,
    QUALIFYING_SECTION_ENDINGS,
    REGULATION_TITLE_ENDINGS,
    REQUIRING_LEADS,
    SECTION_WORDS_AS_VERBS,
    SHARED_DUTY_CLOSINGS,
    SIDE_PANEL_WORDS,
    TARGET_SECTION_NAMES,
    TASK_SECTION_KEYWORDS,
    TASK_SECTION_OPENING_WORDS,
    TITLE_UNIT_ENDINGS,
    UNNUMBERED_SECTION_TITLES,
)
from .rules_units import (
    ASSISTING_VERBS,
    BARE_UNIT_KINDS,
    CARRIED_UNIT_WORDS,
    CARRY_FORWARD_WORDS,
    CLAUSE_LABELS,
    CLAUSE_WORK_OPENINGS,
    COMMA_LEADS_PHRASES,
    DEADLINE_LABELS,
    DUTY_LEAD_OPENINGS,
    FIRST_LISTED_LEADS_PHRASES,
    GENERIC_AFTER_ETC,
    LABEL_MODIFIERS,
    LABEL_TAILS,
    LEAD_LABELS,
    LEAD_VERBS,
    LEADER_HEADING_VERBS,
    LEADER_LABELS,
    NO_UNIT_CELLS,
    NOT_UNIT_LABELS,
    NOTE_HEADING_ENDINGS,
    NOUNS_OPENING_AS_DUTIES,
    OFFICE_RANKS,
    ONE_UNIT_WORDS,
    PARTNER_PREFIXES,
    PARTNER_STOPS,
    PERSON_LABEL_ENDINGS,
    PERSON_SURNAMES,
    PERSON_TITLES,
    PLACE_UNIT_ENDINGS,
    PLACE_WORDS,
    QUOTED_UNIT_ENDINGS,
    READING_CONVENTION_WORDS,
    REGULATED_PARTY_ENDINGS,
    RESPONSIBLE_LABELS,
    RESPONSIBLE_OPENINGS,
    RESPONSIBLE_VERBS,
    ROLE_ADVERBS,
    ROLE_HEAD_WORDS,
    ROLES_BEFORE_NAMES,
    SECTOR_NAMES,
    SETTING_UP_VERBS,
    SEVERAL_UNITS_WORDS,
    SOLE_OWNER_VERBS,
    SUBJECT_PREPOSITIONS,
    TIME_FIELD_LABELS,
    TIME_OPENINGS,
    UNIT_CONJUNCTIONS,
    UNIT_LEADERSHIP_WORDS,
    UNIT_PREFIXES,
    UNIT_SUFFIXES,
    VERB_OBJECTS_WITH_PERSON,
    WHEN_CLAUSE_ENDINGS,
    WORK_VERBS,
)

# --- notices' feet (the words of time limits are in rules_dates.py) ----------
# The verb of the print line at a notice's foot, after its office and date ("平潭综合实验区党工委办公室 2019年4月11日印发"): the line, run on after the last item, is no part of it.
PRINT_LINE_VERBS = ("印发", "印制")
# Words of a sentence that repeals documents: after an effective clause, its only content ("本办法自发布之日起执行。《…》同时废止。", 0706): no work.
REPEAL_WORDS = ("废止", "失效")

# --- tables ------------------------------------------------------------------
# Header names of task-table columns, by the field they fill. Checked in this order, so "西安市落实措施" is a measure before "部署任务" is a task.
TABLE_COLUMNS = (
    ("progress", ("进展情况", "完成情况", "落实情况", "推进情况", "完成进度", "当前进度", "目前进度", "累计完成", "累计进度", "进展", "序时进度",  # before 序 (cr03)
                  # a report's "… | 进度滞后原因及下步措施 |" (淮南 林业局 2021, review fo 05; not 下一步措施 alone, a rectification plan's
                  # measure, nor 工作进度, in 工作进度安排 a time limit: diffreview-c1 p09, p10), its status "完成状态 | 序时推进" (fv 06)
                  "滞后原因", "完成状态", "进度状态", "形象进度")),
    ("number", ("序号", "编号", "序")),
    ("note", ("备注", "说明", "评分", "电话", "联系方式", "监督方式")),  # 评分部门: who scores the work; "监督科室 监督电话" (济南市中区 2025, review r34a 02)
    ("measure", ("落实措施", "具体措施", "工作措施", "主要工作举措", "工作举措", "主要举措", "措施", "举措", "具体任务", "工作任务细化", "任务分解", "具体分解", "细化任务", "重点工作任务", "细化分工", "具体分工", "具体要求")),
    ("leader", ("责任领导", "牵头领导", "分管领导", "联系领导", "县领导", "市领导", "区领导", "责任人", "负责人", "联系人")),
    ("lead", ("牵头单位", "牵头部门", "主责单位", "牵头处室", "牵头科室", "牵头")),
    ("responsible", ("责任单位", "单位名称", "责任部门", "涉及部门", "配合单位", "配合部门", "参与单位", "协办单位", "协同单位", "协作单位", "责任主体", "责任处室", "配合处室", "责任", "配合", "协同", "协作", "参与", "股室", "科室", "处室")),
    # ("序号 | 单位名称 | 2020年重点工作任务 |": the unit doing each row's work, 天津 工信局 人工智能 三年行动计划 2020 分工表, review gt 02)
    ("deadline", ("完成时限", "完成时间", "完成期限", "时间节点", "时限", "期限", "年限", "进度安排", "阶段目标", "时间")),  # 完成年限: 恩平 供水 2007 (gc 03)
    ("task", ("部署任务", "重点任务", "主要任务", "工作任务", "重点工作", "主要工作", "具体工作", "工作事项", "任务", "工作内容", "主要内容", "内容", "事项", "工作要点", "要点", "实事", "项目名称",
              "职责分工", "工作职责", "主要职责")),  # "序号 涉及部门 职责分工" a cell a line (中小学校食品安全管理, review gu 07)
    ("group", ("类别", "大类", "领域", "方面", "板块", "分类")),
    # a rectification table's problem: the group of the measures answering it ("存在问题 | 整改目标和措施 | 责任单位", 平潭 2016, review bk03), the
    # task where no column names one ("序号 | 存在问题 | 责任单位 | 整改时限"); not 问题 alone ("发现问题数", diffreview-ae)
    ("problem", ("存在问题", "存在的问题", "主要问题", "突出问题", "问题清单", "问题描述")),
    # the figure a target table sets beside each task ("地区生产总值 | 增长5.5%(市下达指标)"): part of its text
    ("target", ("指标要求", "目标要求", "预期目标", "目标值", "指标值", "量化指标", "考核指标")),
)

# A text column's name ending so names the item, not its work: beside a content column ("序号 | 项目名称 | 项目内容 | 进展情况 |
# 牵头单位 |", 平湖市 2024 民生实事, review gi 02) it heads the row, the content is the task.
NAME_COLUMN_ENDINGS = ("名称",)
# ... or a place the row's problem was found at ("序号 | 点位 | 存在问题 | 责任单位", a 督查 table, diffreview-i1 p21): beside a problem column, the
# problem is the task
PLACE_COLUMN_ENDINGS = ("点位", "路段", "地点", "位置", "场所", "区域", "对象", "企业")  # "序号 | 检查对象 | 存在问题" (diffreview-i2 p12, p13)

# A text column's name ending so describes the work itself: right of a measure column whose name names tasks too ("重点工作任务和保障措施 |
# 工作内容 |", 台州市 城镇污水管网 重点工作任务表, review hh 01) it holds the tasks' text, the measure column their group.
CONTENT_COLUMN_ENDINGS = ("内容",)

# A text column's name ending so names the targets of the work, whatever task word it holds ("年度阶段性主要工作目标", 广州 2017
# 重点工作 督办卡片 任务205, review go 04)
TARGET_COLUMN_ENDINGS = ("目标",)

# A measure column's words that name a report's next steps where the table reports progress ("序号 | 重点任务 | 责任单位 | 完成情况 |
# 下步措施 |", diffreview-c2 p07): no task's text there; a rectification plan's "存在问题 | 下一步措施 | 责任单位" keeps it as the measure.
NEXT_STEP_WORDS = ("下步", "下一步")
# Column names of no role that a table's header prints between its role columns: read as names where the header lost its
# separators, so the header's end is found ("序号考核指标考核内容单位年度目标责任部门评分部门1确保…", 2021年嵊泗县乡村振兴任务清单
# flattened, review hw 01: 单位 is the figure's measure, 年度目标 its value); a column of no role to every table reader.
UNROLED_COLUMN_NAMES = ("计量单位", "单位", "年度目标")
# Labels that name an event's organisers, not who does a plan's work ("主办单位:市文化和旅游局" / "承办单位:市群众艺术馆" under an event
# notice's paragraph, diffreview-c1 p18): such lines alone make no paragraph a task.
EVENT_ORGANISER_LABELS = ("主办单位", "承办单位", "协办单位", "指导单位", "支持单位", "主办", "承办")

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
    ("bar_work_verbs", BAR_WORK_VERBS), ("duty_modals", DUTY_MODALS), ("duty_openings", DUTY_OPENINGS), ("colon_work_openings", COLON_WORK_OPENINGS), ("colon_not_work_openings", COLON_NOT_WORK_OPENINGS), ("headcount_words", HEADCOUNT_WORDS), ("requiring_leads", REQUIRING_LEADS), ("title_unit_endings", TITLE_UNIT_ENDINGS), ("duty_unit_endings", DUTY_UNIT_ENDINGS), ("placed_duty_unit_endings", PLACED_DUTY_UNIT_ENDINGS), ("duty_not_openings", DUTY_NOT_OPENINGS), ("body_name_openings", BODY_NAME_OPENINGS), ("duty_not_inside", DUTY_NOT_INSIDE), ("duty_not_endings", DUTY_NOT_ENDINGS), ("duty_not_modals", DUTY_NOT_MODALS), ("field_label_endings", FIELD_LABEL_ENDINGS), ("field_time_endings", FIELD_TIME_ENDINGS), ("field_item_endings", FIELD_ITEM_ENDINGS), ("heading_adverbs", HEADING_ADVERBS), ("object_making_verbs", OBJECT_MAKING_VERBS), ("keyword_object_openings", KEYWORD_OBJECT_OPENINGS),
    ("non_task_section_names", NON_TASK_SECTION_NAMES),
    ("section_words_as_verbs", SECTION_WORDS_AS_VERBS), ("side_panel_words", SIDE_PANEL_WORDS),
    ("regulation_title_endings", REGULATION_TITLE_ENDINGS), ("unnumbered_section_titles", UNNUMBERED_SECTION_TITLES),
    ("no_work_title_words", NO_WORK_TITLE_WORDS),
    ("annex_plan_title_endings", ANNEX_PLAN_TITLE_ENDINGS), ("annex_form_endings", ANNEX_FORM_ENDINGS),
    ("lead_labels", LEAD_LABELS), ("responsible_labels", RESPONSIBLE_LABELS),
    ("leader_labels", LEADER_LABELS), ("clause_labels", CLAUSE_LABELS),
    ("person_label_endings", PERSON_LABEL_ENDINGS), ("label_modifiers", LABEL_MODIFIERS),
    ("leader_heading_verbs", LEADER_HEADING_VERBS), ("office_ranks", OFFICE_RANKS),
    ("deadline_labels", DEADLINE_LABELS), ("not_unit_labels", NOT_UNIT_LABELS), ("time_field_labels", TIME_FIELD_LABELS), ("sector_names", SECTOR_NAMES),
    ("role_head_words", ROLE_HEAD_WORDS), ("label_tails", LABEL_TAILS),
    ("first_listed_leads_phrases", FIRST_LISTED_LEADS_PHRASES), ("several_units_words", SEVERAL_UNITS_WORDS), ("one_unit_words", ONE_UNIT_WORDS), ("target_section_names", TARGET_SECTION_NAMES), ("assisting_verbs", ASSISTING_VERBS), ("verb_objects_with_person", VERB_OBJECTS_WITH_PERSON),
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
    ("unit_suffixes", UNIT_SUFFIXES), ("quoted_unit_endings", QUOTED_UNIT_ENDINGS), ("roles_before_names", ROLES_BEFORE_NAMES), ("not_unit_endings", NOT_UNIT_ENDINGS),
    ("bare_unit_kinds", BARE_UNIT_KINDS),
    ("place_words", PLACE_WORDS),
    ("unit_prefixes", UNIT_PREFIXES),
    ("generic_after_etc", GENERIC_AFTER_ETC),
    ("no_unit_cells", NO_UNIT_CELLS),
    ("ongoing_phrases", ONGOING_PHRASES),
    ("not_deadline_after", NOT_DEADLINE_AFTER), ("print_line_verbs", PRINT_LINE_VERBS), ("not_deadline_before", NOT_DEADLINE_BEFORE), ("done_after", DONE_AFTER), ("existed_before_verbs", EXISTED_BEFORE_VERBS), ("said_on_marks", SAID_ON_MARKS), ("setting_up_verbs", SETTING_UP_VERBS), ("finish_verbs", FINISH_VERBS), ("scheduled_openings", SCHEDULED_OPENINGS), ("rectified_words", RECTIFIED_WORDS), ("problem_words", PROBLEM_WORDS), ("list_back_words", LIST_BACK_WORDS), ("target_verbs", TARGET_VERBS), ("next_year_words", NEXT_YEAR_WORDS), ("speaker_year_words", SPEAKER_YEAR_WORDS), ("year_word_not_after", YEAR_WORD_NOT_AFTER), ("clause_work_openings", CLAUSE_WORK_OPENINGS), ("baseline_after", BASELINE_AFTER), ("baseline_openings", BASELINE_OPENINGS), ("cited_article_after", CITED_ARTICLE_AFTER),
    ("validity_words", VALIDITY_WORDS), ("plan_period_end_words", PLAN_PERIOD_END_WORDS),
    ("story_marks", STORY_MARKS), ("repeal_words", REPEAL_WORDS), ("definition_title_endings", DEFINITION_TITLE_ENDINGS), ("defining_words", DEFINING_WORDS),
    ("recurring_phrases", RECURRING_PHRASES), ("since_words", SINCE_WORDS), ("target_year_words", TARGET_YEAR_WORDS), ("stage_words", STAGE_WORDS), ("range_joiners", RANGE_JOINERS),
    ("table_columns", TABLE_COLUMNS), ("next_step_words", NEXT_STEP_WORDS), ("unroled_column_names", UNROLED_COLUMN_NAMES), ("name_column_endings", NAME_COLUMN_ENDINGS), ("place_column_endings", PLACE_COLUMN_ENDINGS), ("content_column_endings", CONTENT_COLUMN_ENDINGS), ("target_column_endings", TARGET_COLUMN_ENDINGS), ("event_organiser_labels", EVENT_ORGANISER_LABELS),
    ("web_chrome_lines", WEB_CHROME_LINES),
    ("page_info_labels", PAGE_INFO_LABELS), ("page_link_labels", PAGE_LINK_LABELS),
    ("site_footer_words", SITE_FOOTER_WORDS), ("site_channel_names", SITE_CHANNEL_NAMES),
    ("site_name_endings", SITE_NAME_ENDINGS), ("page_field_values", PAGE_FIELD_VALUES), ("site_column_endings", SITE_COLUMN_ENDINGS), ("contents_labels", CONTENTS_LABELS), ("glued_field_labels", GLUED_FIELD_LABELS),
    ("page_fields", PAGE_FIELDS), ("page_field_labels", PAGE_FIELD_LABELS),
    ("doc_number_labels", DOC_NUMBER_LABELS), ("doc_number_after", DOC_NUMBER_AFTER),
    ("plan_title_endings", PLAN_TITLE_ENDINGS), ("report_verbs", REPORT_VERBS),
    ("sentence_openings", SENTENCE_OPENINGS), ("work_subject_endings", WORK_SUBJECT_ENDINGS), ("owned_body_names", OWNED_BODY_NAMES), ("coordinating_body_kinds", COORDINATING_BODY_KINDS), ("corps_kinds", CORPS_KINDS), ("duty_section_words", DUTY_SECTION_WORDS), ("aims_with_tasks", AIMS_WITH_TASKS), ("measure_count_words", MEASURE_COUNT_WORDS), ("counted_not_measures", COUNTED_NOT_MEASURES), ("measure_labels", MEASURE_LABELS), ("points_title_endings", POINTS_TITLE_ENDINGS), ("role_adverbs", ROLE_ADVERBS), ("subject_prepositions", SUBJECT_PREPOSITIONS), ("partner_prefixes", PARTNER_PREFIXES), ("partner_stops", PARTNER_STOPS), ("time_openings", TIME_OPENINGS), ("nouns_opening_as_duties", NOUNS_OPENING_AS_DUTIES), ("when_clause_endings", WHEN_CLAUSE_ENDINGS), ("regulated_party_endings", REGULATED_PARTY_ENDINGS), ("note_heading_endings", NOTE_HEADING_ENDINGS), ("shared_duty_closings", SHARED_DUTY_CLOSINGS), ("organisation_section_words", ORGANISATION_SECTION_WORDS), ("duty_list_leads", DUTY_LIST_LEADS), ("duty_lead_openings", DUTY_LEAD_OPENINGS), ("duty_title_endings", DUTY_TITLE_ENDINGS), ("handing_over_closings", HANDING_OVER_CLOSINGS),
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
