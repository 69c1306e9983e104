"""The grammar of notices, compiled: every pattern that holds Chinese words, built once
per rules value (rules.py) and only when first used.

Stages ask for the grammar in effect with `current()`; `using(rules)` puts a user's
extended rules in effect for one parse (a context variable, so threads and nested
parses keep their own):

    with using(DEFAULT_RULES.extend({"lead_labels": ["牵头督办单位"]})):
        ...

Numbering marks (一、 （一） 1. ①) are the other grammar module, markers.py.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cached_property, lru_cache

from .grammar_base import HAN, _alt, _AtTextStart, _Lazy
from .grammar_meta import MetadataPatterns
from .grammar_pages import PagePatterns
from .grammar_subjects import SubjectPatterns
from .grammar_tables import TablePatterns
from .markers import CN_DIGIT
from .markers import forget as forget_markers
from .rules import DEFAULT_RULES, Rules

_MISSING = object()
_LABEL_QUALIFIER = r"(?:\s*(?:[（(][^（）()：:]{1,6}[）)]|〔[^〔〕：:]{1,6}〕))?"  # ("责任处室〔单位〕:", 贵州 教育精准脱贫, review fx 04)


class Grammar(MetadataPatterns, PagePatterns, TablePatterns, SubjectPatterns):
    """Patterns compiled from one `Rules` value. Attributes are compiled on first use."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self._roles: dict[str, str] = {}
        self._columns: dict[str, str | None] = {}
        self._remembered: dict = {}

    def remember(self, fn, text: str):
        """fn(text) under this grammar, computed once: unit names recur across a notice's cells and
        notes (市财政局 in forty rows) and across a batch's notices. Bounded."""
        key = (fn, text)
        value = self._remembered.get(key, _MISSING)
        if value is _MISSING:
            value = fn(text)
            if len(self._remembered) >= 16384:
                self._remembered.clear()
            self._remembered[key] = value
        return value

    def forget(self) -> None:
        """Drop what `remember` kept (a benchmark timing a first reading)."""
        self._remembered.clear()
        forget_markers()

    # --- unit notes ------------------------------------------------------------
    @cached_property
    def label_tables(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        r = self.rules
        return (("lead", r.lead_labels), ("responsible", r.responsible_labels), ("person", r.leader_labels),
                ("deadline", r.deadline_labels), ("clauses", r.clause_labels), ("none", r.not_unit_labels))

    @cached_property
    def listed_labels(self) -> frozenset[str]:
        return frozenset(w for _, words in self.label_tables for w in words)

    @cached_property
    def label(self) -> str:
        """A label: one the tables list; an unlisted one built of a role word and a tail ("牵头考核单位"); or, glued
        to the value before it ("区发改局协作单位:"), one that starts with its role word. A glued label holds one role
        word: in "牵头领导：省政府分管领导同志牵头单位：省发改委" the second is 牵头单位, not 领导同志牵头单位."""
        r = self.rules
        listed = [w for _, words in self.label_tables for w in words]
        head = _alt(w for _, words in r.role_head_words for w in words if w not in ("情况", "来源"))
        tail = _alt(r.label_tails)
        duty = _alt(w for w in listed if w.startswith(("责任", "负责")))
        mod = f"(?:{_alt(r.label_modifiers)})?"  # "主要协作单位": a qualifier stays with its label, glued or not
        sep = "(?:(?<=^)|(?<=[\\s；;，,。（(〔【\\[]))"
        # after a space, one character before the role word is a spaced name's second half
        # ("牵头领导:王 健牵头单位:", 辽宁 2024 flattened), not the label's
        opening = f"(?:(?:(?<=^)|(?<=[；;，,。（(〔【\\[])){HAN}{{0,4}}?|(?<=\\s)(?:{HAN}{{2,4}}?)?)"
        ends = "".join(sorted({w[-1] for w in r.unit_suffixes}))  # (and what goes on a name's ending after one: "公室" after 办公室's 办)
        inside = f"(?!{_alt({w[i:] for w in r.unit_suffixes for i in range(1, len(w)) if w[i - 1] in ends})})"
        return (  # "省…领导小组各成员单位：" addresses the recipients: after 各, no label (corpus 0840)
            f"(?<!各){mod}{_alt(listed)}"
            + f"|{opening}{head}{HAN}{{0,4}}?{tail}"
            + f"|{sep}{HAN}{{2}}{duty}"  # "具体责任人", "直接责任单位"
            + f"|{sep}{HAN}{{1,4}}?{_alt(r.person_label_endings)}"  # "分管省领导"
            + f"|{mod}{head}(?:(?!{head}){HAN}){{0,4}}?{tail}"
            + f"|(?:(?<=\\s)|(?<=[{ends}；;，,（(〔【])){inside}{HAN}{{1,4}}?(?<![{ends}]){_alt(dict(r.role_head_words)['deadline'])}"  # "…馆 整改时限:", glued after a
        )  # unit's name ("…、各撤乡并村善后工作组整治时限:", review web-p 04); not inside its ending ("…开发办公室完成时限:", review ht 03)

    @cached_property
    def number_before_label(self) -> re.Pattern:
        """A sharing site's page number glued between a sentence's end and a listed label ("…比例明显增加。14牵头单位:群体司",
        体育总局 全民健身计划 分工, wenku copy, review dh05): no part of the notice."""
        listed = [w for _, words in self.label_tables for w in words]
        return re.compile(rf"(?<=[。；;])\s*\d{{1,3}}\s*(?=(?:{_alt(listed)}){_LABEL_QUALIFIER}\s*[:：])")

    @cached_property
    def label_said_with_for(self) -> re.Pattern:
        """A lead or responsible label said with 为 after a comma ("…增长8%,责任单位为区经信局;", review dn04): group 1 the label."""
        labels = self.rules.lead_labels + self.rules.responsible_labels + self.rules.deadline_labels  # ("，完成时限为：2024年11月底前", diffreview-aw p41)
        return re.compile(rf"(?<=[，,])(\s*(?:{_alt(labels)}))(?:均|分别)?为(?:(?=[^\W\d_a-zA-Z])|(?=[:：])())")

    @cached_property
    def label_re(self) -> re.Pattern:
        # a qualifier in brackets between label and colon: "责任科室(单位):", "牵头单位（部门）："
        return re.compile(r"(" + self.label + r")" + _LABEL_QUALIFIER + r"\s*[:：]\s*")

    @cached_property
    def label_line(self) -> "_AtTextStart":
        """A text that opens with a label (after blanks): label_re tried there, not compiled again."""
        return _AtTextStart(self.label_re)

    def label_role(self, label: str) -> str:
        """The role (lead, responsible, person, deadline, none) of a label: by its table, else its head words."""
        role = self._roles.get(label)
        if role is None:
            role = next((role for role, table in self.label_tables if label in table), None)
            if role is None:
                role = self._compound_role(label)
            if role is None:
                role = next((role for role, words in self.rules.role_head_words if any(w in label for w in words)), "none")
            self._roles = self._roles if len(self._roles) < 8192 else {}  # labels are few; bounded all the same
            self._roles[label] = role
        return role

    def _compound_role(self, label: str) -> str | None:
        """A label naming units and their people at once ("责任单位及责任人:呈贡县政府、…、市公安消防支队主要领导",
        昆明 2009, review s7a 01) gives its units' role: the people in its value are read apart from them."""
        parts = [p for p in re.split(r"[及和与、/／]", label) if p]
        if len(parts) != 2:
            return None
        roles = [self.label_role(p) for p in parts]
        unit_roles = [r for r in roles if r in ("lead", "responsible")]
        return unit_roles[0] if len(unit_roles) == 1 and "person" in roles else None

    @cached_property
    def unit_label_at(self) -> re.Pattern:
        """A listed lead or responsible label with its colon (the labels that name units)."""
        return re.compile(_alt(self.rules.lead_labels + self.rules.responsible_labels) + _LABEL_QUALIFIER + r"\s*[:：]")  # "责任科室(单位):" (r41a 01)

    @cached_property
    def label_sentence(self) -> re.Pattern:  # a sentence "该目标责任单位为市经委" (郑州 2007 目标管理, review r18a 10)
        return re.compile(r"^(?:该|此|本)[^，,。；;：:]{0,6}?(" + _alt(self.rules.lead_labels + self.rules.responsible_labels) + r")(?:均|分别)?为(?=\S)")

    # the first name of a label's value: up to the first separator or bracket
    value_head = _Lazy(r"[^，,、；;。（(〔【\[\s]{2,30}")

    @cached_property
    def complete_note(self) -> re.Pattern:
        """A unit clause between a sentence end and the next text, closed by a verb phrase that takes no object ("牵头落实",
        "按职责分工负责"): "。X牵头落实" + text; one space may stand on either side (cells joined with spaces), or open a paragraph."""
        return re.compile(rf"(?:(?<=。)|^) ?(?P<note>[^。；;，, ][^。；;，,]{{1,79}}?{self.complete_verb.pattern})(?= ?{HAN})")

    @cached_property
    def complete_verb(self) -> re.Pattern:
        return re.compile(_alt(v for v in self.role_words if len(v) >= 4 and (v.endswith("落实") or v.startswith("按"))))

    @cached_property
    def lead_verb(self) -> re.Pattern:
        return re.compile("(" + _alt(self.rules.lead_verbs) + ")$")

    @cached_property
    def responsible_verb(self) -> re.Pattern:
        return re.compile("(" + _alt(self.rules.responsible_verbs) + ")$")

    @cached_property
    def sole_verb(self) -> re.Pattern:
        return re.compile("(" + _alt(self.rules.sole_owner_verbs) + ")$")

    # a year or a span of years alone ("(2021—2023年)" after a plan's name): no time limit of a task's
    bare_years = _Lazy(r"^\d{4}\s*年?(?:\s*[-—–~至到]\s*\d{4}\s*年?)?$")

    @cached_property
    def role_words(self) -> tuple[str, ...]:
        """Verbs that name a role; a cell or value holding one names roles itself."""
        r = self.rules
        return r.lead_verbs + r.responsible_verbs + r.sole_owner_verbs

    @cached_property
    def role_word(self) -> re.Pattern:
        return re.compile(_alt(self.role_words))

    @cached_property
    def convention_clause(self) -> re.Pattern:
        """"，排名第1为牵头单位，下同": a clause saying how to read the notice. It stops at a name's own brackets, so the
        name keeps them ("各区人民政府〈含开发区管委会,下同〉", 武汉 2021, review s17b 03: the 〉 had gone with the clause)."""
        return re.compile(r"[，,；;][^，,；;（(）)〈〉]*" + _alt(self.rules.reading_convention_words) + r"[^，,；;（(）)〈〉]*")

    @cached_property
    def convention_word(self) -> re.Pattern:
        return re.compile(_alt(self.rules.reading_convention_words))

    @cached_property
    def carries_forward(self) -> re.Pattern:
        """A sentence that says it holds for the tasks after it: 下同, 不再列出."""
        return re.compile(_alt(self.rules.carry_forward_words))

    @cached_property
    def carried_units(self) -> re.Pattern:
        """The units such a sentence names: "均需X负责", "均涉及X"."""
        verbs = _alt(self.rules.responsible_verbs + self.rules.sole_owner_verbs)  # "…均需各区、市政府负责落实" (青岛 2023)
        # (the verb's object may follow it: "以下均需各乡镇(园区)落实属地管理责任,不再重复列出", 县安委会 2021 工作要点, review fp 05)
        return re.compile(_alt(self.rules.carried_unit_words) + r"(?P<units>[^，,；;。]{2,80}?)(?:(?:" + verbs + r")[^，,；;。]{0,16})?(?=[，,；;。]|$)")

    @cached_property
    def not_a_name(self) -> re.Pattern:
        return re.compile(_alt(self.rules.not_in_unit_names))

    # "X等5个部门": a counted group is one name
    counted_group = _Lazy(r"等\s*[0-9一二三四五六七八九十两]+\s*个")
    counted_title = _Lazy(r"[（(]\s*共?\s*\d+\s*项\s*[）)]$")  # a group's title with its count: "经济社会发展主要预期目标分解(15项)"
    # "(除标注…外，列第一位为牵头单位，下同)" after a name is a remark, not an alias
    remark = _Lazy(r"[（(](?=[^（）()]{4,}[）)]$)[^（）()]*(?:下同|牵头|负责|除|注|为准|以上|第一位|汇总)[^（）()]*[）)]$")
    # a bracket that speaks of who does the work, read as a note or not ("(责任时限:…,牵头单位:…)")
    role_bracket = _Lazy(r"[（(〔【][^。（）()〔〕【】]{0,80}?(?:单位|部门|牵头|负责|配合)")
    # "经开区管委会(以下统称各县(区)政府)": a name given to the whole list, no part of the last unit's
    group_alias = _Lazy(r"[（(]\s*(?:以下|下文|下)?\s*(?:统称|合称)(?:[^（）()]|[（(][^（）()]*[）)])*[）)]$")
    # "各市（含定州、辛集市，下同）政府": 下同 instructs, it is no part of the name
    same_below = _Lazy(r"[，,；;]\s*下同(?=[）)])|[（(]\s*下同\s*[）)]$")  # ("区税务局（下同）" closing a labelled line: diffreview-aa)
    # "市发改委（牵头）": a list marking its lead
    lead_mark = _Lazy(r"(?:[（(]\s*(?:牵头|牵头单位|主责)\s*[）)]|\s*[*＊★☆])$|^[▲★☆*＊]\s*")  # "市发改委（牵头）", "区财政局*" (龙湾区 2023), "▲发改局" (诸暨 2023), "*市建设局" (嘉兴, review fv 04), "☆经信局" (review gt 01)
    # "，适用范围：…" ends a unit list
    other_label = _Lazy(rf"[，,；;]\s*{HAN}{{2,6}}[：:]")
    # "由X负责", "请Y": words before a name that are no part of it; after it, how it does the work ("各单位按照职能分别落实", review r36b 03)
    name_opening = _Lazy(r"^(?:(?:具体|统一)?由|请|以及|以(?=[^及]\S{2})|及|和|等(?=\S{3}))")  # "、等区政府有关部门" (谯城区 2023, s7d 01)
    manner_tail = _Lazy(r"(?:(?:按照?|根据|依据|依照)[^，,；;、。（(]{1,8}|分别|各自|共同|参照|全力|积极|密切|主动|结合实际)$")  # ("潭城镇人民政府全力配合", aq02; "各单位结合实际具体落实", diffreview-ah)

    # --- time limits ---------------------------------------------------------------
    @cached_property
    def date_phrases(self) -> tuple[tuple[str, re.Pattern], ...]:
        """Dated phrases, in the order they win at one position."""
        year = rf"(?P<year>\d{{4}}|{CN_DIGIT}{{4}})\s*年\s*"
        small = "[一二三四五六七八九十]{1,3}"
        month = rf"(?P<month>\d{{1,2}}|{small})\s*月"
        day = rf"(?P<day>\d{{1,2}}|{small})\s*[日号]"
        before = r"(?:之?前(?![一二三四五六七八九十两\d]{1,3}\s*个?(?:季度|月|年|天|周|名|位))|以前)?"  # not "2015年前三季度" (c12-1 0290)
        return (
            ("range", re.compile(rf"(?P<y1>\d{{4}})\s*年?\s*(?:至|到|—|–|－|-|~|～)\s*(?P<year>\d{{4}})\s*年(?:底|末)?{before}")),
            # "2017年8月15日-22日": the range's last day (corpus 0175)
            ("day", re.compile(rf"(?:{year})?{month}\s*{day}(?:\s*(?:至|到|—|–|－|-|~|～)\s*(?P<day2>\d{{1,2}}|{small})\s*[日号])?{before}")),
            ("month", re.compile(rf"(?:{year})?{month}(?P<mark>底|末|份|中旬|下旬|上旬|初)?{before}")),  # (月初 as 上旬: "2008年4月初之前", review cy05)
            ("quarter", re.compile(rf"(?:{year})?第?(?P<q>[一二三四1-4])\s*季度(?![末底]?\s*(?:季报|报表|数据))(?:末|底)?{before}")),  # not "2020年第一季度季报" (a report's name)
            ("half", re.compile(rf"(?:{year})?(?P<half>上半年|下半年)(?:末|底)?{before}")),
            ("year_end", re.compile(rf"(?:{year}|(?<![0-9０-９〇零半一二三四五六七八九十两几少青老成童幼晚学])(?=年))(?:年底|年末|年内|底|末|内(?![蒙地外部容]))(?P<before>{before})")),
            ("whole_year", re.compile(rf"(?:{year})?全年(?:内)?")),
            ("year", re.compile(rf"{year}(?P<before>{before})")),
        )

    # What each phrase cannot do without: a pattern is searched only in a text holding one.
    date_phrase_needs = (
        ("range", ("年",)), ("day", ("日", "号")), ("month", ("月",)), ("quarter", ("季度",)), ("half", ("半年",)),
        ("year_end", ("底", "末", "年内")), ("whole_year", ("全年",)), ("year", ("年",)),
    )
    date_need_chars = _Lazy("[" + "".join(sorted({w[0] for _, words in date_phrase_needs for w in words})) + "]")  # any of the needs' first characters
    year_range = _Lazy(r"\d{4}年?(?:至|到|—|–|－|-|~|～)\d{4}(?:年|(?=[）)]))")  # ("三年行动计划（2019—2021）", review z01)
    # what may stand between a validity word and the date it governs: "执行期限为2019年1月1日至", "实施期限延长至" (rules.VALIDITY_WORDS)
    validity_gap = _Lazy(r"(?:为|是|至|到|暂定|从|自|延长|延续|截至|截止|[:：，,\s]|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:至|到|—|－|-))*")
    # A milestone: a year opening a sentence ("2023年，…"), or a clause with 到/至/力争 ("…活动，到2025年，…", corpus 0940; "…模式，至2025年至少
    # 建成2条…", review aj06; not the end of a period, "自2023年起，至2025年止", "…，至2043年到期", "…，至2023年已建成…", diffreview-x).
    @cached_property
    def milestone(self) -> re.Pattern:
        return re.compile(
            r"(?:(?:^|(?<=[。；;\n]))\s*(?P<p>到|至|(?:力争|确保)(?:到|于)?|截至)?|(?<=[，,])\s*(?P<q>到|(?<!起[，,])至(?!\d{4}\s*年(?:止|到期|期满|已|共))|(?:力争|确保)(?:到|于)?)?|(?:^|(?<=[，,；;。\n])|(?<=[于在])(?<![对关属等由基至]于)(?<![存现正所实]在)|(?<=[于到争，,；;。\n]\d{4}年[和、及]))\s*(?P<v>)(?=\d{4}\s*年(?:[和、及]\d{4}\s*年)*(?:要|将|分别)?(?:" + _alt(self.rules.finish_verbs + ("达到", "实现", "创建", "新增", "形成")) + r")(?!的)(?![^，,；;。]{0,20}的基础上))|(?:^|(?<=[。；;\n])|(?<=[。；;\n]\d{4}、))\s*(?P<g>)(?=\d{4}\s*年(?:[和、及]\d{4}\s*年)*[，,]?(?:(?!期间|[暑汛寒雨旱冬春夏秋]期|节[日前后期假]|已(?!有))[^，,。；;：:\d月季半底末前内日旬]){1,12}?(?:要|将|分别|力争)?(?:" + _alt(self.rules.target_verbs) + r")(?!的)))\s*" r"(?P<text>(?:\d{4}\s*年?\s*(?:至|到|—|–|－|-)\s*)?\d{4}\s*年(?:底前|底|末)?)"
        rf"(?:\s*[，,]|(?<=年)(?![底末内的度以起前后]|[上下]半年|第?[一二三四]季度)(?={HAN}|、)(?(p)|(?(q)|(?(v)|(?(g)|(?!))))))"  # "力争2022年形成产业优势" (corpus 0756): 到/力争, no comma;
        )  # (not a half or a quarter of the year, which dates the work itself: "力争2023年上半年投入试生产", review bz01)
        # or a target verb right after the year ("，2028年达到60%以上", corpus 0562), or, opening its sentence, after the
        # year and its subject ("2025年全市生物质发电装机达到…", "2025、2030年全市风电装机力争分别超过…", review by01; not after a comma, "…便利度,
        # 2022年企业银税贷款较上一年度实现翻倍", xian-2022)
    # A phrase that sets a due date ends like one: 年底前, 6月底, 第三季度, 上半年, 5日.
    due_ending = _Lazy(r"(?:底|末|前|内|季度|半年|日|月|旬)$")  # "7月上旬按程序报审" (corpus 0748)
    # what a bare month or day describes, not when work is due: "按照本人2021年12月发放的月基本养老金的1.09%" (corpus 0315, review s2)
    dated_attribute = _Lazy(rf"{HAN}{{0,3}}?的(?!\s*\d{{1,2}}\s*[时点:：])")  # (not a clock time: "…6月30日的17时前报送", diffreview-s25)
    year_of = _Lazy(r"(\d{4})\s*年")
    year_label = _Lazy(r"^\s*((?:19|20)\d{2})\s*年\s*[:：](?=\S)")  # a timetable's row: "2008年:投入资金2.53亿元,排除…" (review hu 07)
    year_alone = _Lazy(r"(?:19|20)\d{2}\s*年(?:度|内|全年)?")
    # where a row's time limit begins after its unit names ("…指挥部12月底前", "…委持续推进")
    time_opening = _Lazy(r"\d{4}\s*年|\d{1,2}\s*月|持续|长期|每[年月季周]|年底|年内|全年|[一二三四]季度|[上下]半年")
    # words a wrap space cut apart before a colon ("(责任 单位:省税务局)"): label_runs.squeeze_spaced_labels
    spaced_words = _Lazy(rf"{HAN}+(?:[ \u3000]+{HAN}+){{1,3}}(?=\s*[:：])")
    # a label printed with spaces between its characters at a line's start ("联 系 人:孙学明")
    spaced_label = _Lazy(rf"^(\s*)((?:{HAN} +){{1,4}}{HAN})(\s*[:：])")
    # a table cell that opens with its month: "9月投入使用", "2024年6月完成"
    month_first = _Lazy(r"^(?:\d{4}\s*年)?\s*(?P<month>\d{1,2})\s*月")

    # a part's title naming the lead unit of its tasks: "县示范区管委会牵头工作(8项)" (沁县 2025 任务清单), "省审计厅牵头的工作" run into its text
    lead_heading = _Lazy(r"^(?P<units>[^，,。；;：:]{2,40}?)牵头(?P<of>的)?(?:工作|任务|事项)\s*(?:[（(]\s*(?:共)?\s*\d+\s*项\s*[）)])?(?:$|(?(of)(?=[^（(\s])|(?!)))")

    @cached_property
    def glued_name_end(self) -> re.Pattern:
        """Where one unit name ends and the next begins when nothing is printed between them:
        after a body's ending (局, 委, 中心 …, not a place's), before a place or 各."""
        r = self.rules
        endings = _alt(w for w in r.unit_suffixes if w not in r.place_words)
        return re.compile(rf"{endings}(?=[各{''.join(r.place_words)}])")

    @cached_property
    def leader_heading(self) -> re.Pattern:
        """A part's title opening with the leader over its tasks: "于会游市长主抓重点工作", "李丹常委、常务副区长牵头重点工作"; the office first: "区长陈兴立牵头重点工作" (鄞州区 2024)."""
        office = rf"(?:{_alt(self.rules.office_ranks)})?(?:{_alt(self.rules.person_titles)})"
        return re.compile(rf"^(?:(?P<name>{HAN}{{2,3}}?)(?P<office>{office}(?:、{office})*)|(?P<office_first>{office})(?P<name_after>{HAN}{{2,3}}))(?:同志)?(?:{_alt(self.rules.leader_heading_verbs)})")

    @cached_property
    def section_title_start(self) -> re.Pattern:
        """A part's title at the start of a text its body ran into: a section keyword
        ("重点任务", "指导思想"; group "keyword") or a four-character title ending like one ("活动内容")."""
        r = self.rules
        words = _alt(r.task_section_keywords + r.task_section_opening_words + r.non_task_section_keywords + r.non_task_section_names)
        return re.compile(rf"^(?:(?P<keyword>{words})|{HAN}{{2}}(?:内容|任务|要求|目标|措施|原则|步骤|安排|保障))")

    @cached_property
    def non_task_keyword(self) -> re.Pattern:  # any word naming a part that gives no tasks: most titles hold none
        return re.compile(_alt(self.rules.non_task_section_keywords))

    # --- layout ------------------------------------------------------------------------
    # a site's breadcrumb trail: short names between > or » ("首页 > 政务公开 > 通知公告",
    # ">> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)"), two steps at least or one after a
    # leading mark; no sentence inside
    breadcrumb = _Lazy(
        r"^(?:[>»›＞]+\s*[^>»›＞。；;，,：:]{1,30}(?:\s*[>»›＞]+\s*[^>»›＞。；;，,：:]{1,30})+"
        r"|[^>»›＞。；;，,：:]{1,20}(?:\s*[>»›＞]+\s*[^>»›＞。；;，,：:]{1,30}){2,})\s*[>»›＞]*\s*$"
    )
    @cached_property
    def definition_title(self) -> re.Pattern:
        """An item's short title naming what the work is for or about ("培育对象。", "推荐范围："): a definition, no work."""
        return re.compile(rf"^\s*{HAN}{{1,3}}(?:{_alt(self.rules.definition_title_endings)})[。：:]")

    # "本通知所称技术，包括专利…", "本通知所称中小高新技术企业，是指…" (corpus 0705, review s10): what a word means, no work
    definition_clause = _Lazy(r"^\s*本[^。，,；;：:所]{1,8}?(?:中)?所(?:称|指)")
    annex_reference = _Lazy(r"[（(]\s*(?:见)?附(?:件|表)[\s\d一二三四五六七八九十、，,和及-]*[）)]$")  # "…办事流程（附件1、2）": its detail in the annex
    # what a body issued on a date, told as past ("2018年11月，党中央、国务院印发《…》，提出…", corpus 1063): a citation, no issuing
    dated_event = _Lazy(r"\d{4}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?\s*[，,]?[^。；;！？，,《》现特兹]{0,20}$")  # (not a year in the name, nor 现/特将)
    numerals = _Lazy(r"[0-9０-９〇零一二三四五六七八九十]+")  # the years and counts a name holds ("2023年第二批")
    years_left_open = _Lazy(r"(?P<opener>[（(])[^（）()]*\d{4}年?$")  # "《…成长计划(2016-2020年》": the span's bracket left open (0774)
    # spaces between two CJK characters, or a number and a CJK character, are wrap or justification debris
    digit_space = _Lazy(rf"(?<=\d)[ \t\u3000]+(?={HAN})|(?<={HAN})[ \t\u3000]+(?=\d)")
    @cached_property
    def title_before_stamp(self) -> re.Pattern:
        """A title run into the page's date or view count ("…行动实施方案2024-12-2639.42KB5 页…", "…工作方案*90 人阅读 2022-05-22",
        document-sharing pages flattened, review web-p 02, 09)."""
        ends = _alt(self.rules.plan_title_endings + self.rules.document_title_endings)
        return re.compile(rf"^\s*(?P<title>[^。；;：:，,！？]{{4,60}}?{ends})\s*\*?\s*(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d+\s*人阅读)")

    page_of_pages = _Lazy(r"^\s*第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页\s*")  # a document-sharing page's "第1页共4页" (review web-p 03)
    # the problems met while carrying the notice out, to be reported ("职称制度改革推进过程中遇到的重要问题及时向人力资源社会保障部报告",
    # corpus 0003; "工作中遇到的新情况新问题，请及时反馈省人社厅…", 0166): a notice's closing words, no work of an item
    problems_reported = _Lazy(r"中(?:遇到|出现|发现|存在)?的?[^。；;]{0,16}?问题[，,]?\s*(?:请|要|应)?及时(?:向[^。；;，,]{2,40}?)?(?:报告|反馈|反映)")
    count_then_text = _Lazy(r"[:：]\s*\d+\s*(?=[^\W\d_a-zA-Z]{2})(?!次|人次)")  # a counter's value, then text: "浏览次数:1各市…" (web-q 01)
    cjk_space = _Lazy(rf"(?=[ \t\u3000])(?<={HAN}|[\u3000-\u303f\uff00-\uffef])[ \t\u3000]+(?={HAN}|[\u3000-\u303f\uff00-\uffef])")

    # "3推进…": a number glued to its item's first word, not to a measure ("3个", "2024年")
    bare_number = _Lazy(rf"^([0-9]{{1,2}})(?={HAN})(?![0-9]*[年月日号个项次万亿元])")


@lru_cache(maxsize=16)
def compile_rules(rules: Rules) -> Grammar:
    """The grammar of one rules value; the same value gives the same (cached) grammar."""
    return Grammar(rules)


_ACTIVE: ContextVar[Grammar | None] = ContextVar("policy_extract_grammar", default=None)


_DEFAULT: list[Grammar] = []  # the default rules' grammar, once built (hashing a Rules value is not free)


def current() -> Grammar:
    """The grammar in effect: the one `using` set, else the default rules'."""
    grammar = _ACTIVE.get()
    if grammar is not None:
        return grammar
    if not _DEFAULT:
        _DEFAULT.append(compile_rules(DEFAULT_RULES))
    return _DEFAULT[0]


@contextmanager
def using(rules: Rules | dict | None):
    """Put `rules` (a Rules value, or a mapping of words that extends the defaults) in
    effect inside the block; None keeps the grammar in effect."""
    if rules is None:
        yield current()
        return
    if not isinstance(rules, Rules):
        rules = DEFAULT_RULES.extend(rules)
    token = _ACTIVE.set(compile_rules(rules))
    try:
        yield _ACTIVE.get()
    finally:
        _ACTIVE.reset(token)
