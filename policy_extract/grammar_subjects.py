"""The grammar of units named in an item's own sentences, compiled per rules value: the subject that opens an item
("县应急管理局负责…", "由县发改局牵头,…"), the agent named with 由 inside it, a sentence that assigns the work, and a role
verb's clause; a field of when the work is done beside a unit label. A part of `grammar.Grammar`, which holds the rules and its role words."""
from __future__ import annotations

import re
from functools import cached_property

from .grammar_base import HAN, _alt, _Lazy

# how a sentence that gives the work to units opens before its 由: "此项工作由…", "此三项工作由…", "具体由…", "具体工作由…"
_ASSIGNING = r"此\S{0,3}工作|具体(?:\S{0,2}工作)?|(?:以上|上述)\S{0,3}工作"  # "…义务。以上工作由市公安交警局负责。" run on in its item (review ib 05 flattened)


class SubjectPatterns:
    """Patterns of units in an item's sentences; `self.rules` is the Rules value of the Grammar they are part of,
    `self.role_words` its role verbs."""

    @cached_property
    def time_field(self) -> re.Pattern:
        """A field of when the item is done right before a unit label ("时间:待定 责任单位:市支前办", review hb 04): group
        `value` its time limit; matched where a note may open."""
        return re.compile(rf"(?:{_alt(self.rules.time_field_labels)})\s*[:：]\s*(?P<value>[^:：。；;\n]{{1,20}}?)[\s，,；;]*(?={self.label_re.pattern})")

    @cached_property
    def role_then_work(self) -> re.Pattern:
        """A role verb, then only the work it takes on ("牵头组织实施", "负责研究制定"): the clause's role is the verb's."""
        return re.compile(rf"(?:{_alt(self.role_words)})(?P<work>(?:{_alt(self.rules.work_verbs)}){{1,3}})$")

    @cached_property
    def subject_units(self) -> re.Pattern:
        """Units that open an item's text as the subject of its work ("县应急管理局负责尾矿库…", "由县发改局牵头,…")."""
        return re.compile(r"^由?" + self._units_before_verb(r"|[（(][^（）()，,。；;：:]{1,12}[）)]"))

    @cached_property
    def agent_units(self) -> re.Pattern:
        """Units named with 由 inside an item's sentence ("医疗卫生人员由县卫健局负责组织")."""
        return re.compile(r"(?<=[^，,。；;：:（(《\n由])由" + self._units_before_verb(""))  # (no bracket: "由主管部门（一级局）负责", corpus 0220)

    by_inside = _Lazy(r"(?<=[^自])由")  # 由 after a clause's first word: "建立由政府牵头" describes a body (not 自由贸易试验区)
    # a sentence assigning the work: "此项工作由省法制办牵头，…", "由X牵头，Y配合", after a title run on ("…事宜由X负责,…", review r34b 02)
    unit_sentence = _Lazy(r"^(?:" + _ASSIGNING + r"|(?P<title>[^，,。；;：:、（(《“”\s由]{4,40}?))?(?:(?<!自)由|以(?=[^，,。；;]{2,30}为主[，,]))(?=\S)")  # not 自由贸易试验区's; 以X为主 (0634)

    # a sentence that gives the work to units as a note would ("此项工作由各区楼宇办负责牵头,…", "具体工作由区妇联负责,…")
    # a clause of a work of several things listed, then 由 and its units ("宣传单张、画报、发放、张贴、维护工作由各镇街及相关部门负责", review hi 06)
    parcel_clause = _Lazy(r"(?P<title>[^，,。；;：:（(《“”\s由]{4,40}?)(?<![自经理缘原改])由(?![于此衷])(?=\S)")
    # a field's label before the sentence that names its agent with 由: "整改措施:由县住建局督促商户更换" (平利 市容 通报, review hq 08)
    field_before_agent = _Lazy(r"^[^，,。；;：:\s]{2,6}[：:]\s*(?=由)")
    assigning_sentence = _Lazy(r"(?:^|[。；;\n])\s*(?:" + _ASSIGNING + r")由(?=\S)")
    # a note's first sentence that only cites what the item answers: a proposal's number ("(第1389号。牵头单位:省邮政局;协办单位:…)",
    # 广东 粤办函〔2013〕146号 重点督办建议提案, review go 01)
    reference_number = _Lazy(r"^\s*第?\s*[0-9０-９]{1,12}\s*号(?:建议|提案|议案)?\s*$")
    condition_clause = _Lazy(r"[^，,。；;]{4,40}的[，,]")  # a clause closed by 的 names a case: "仲裁委员会依法裁决先予执行的，应…" (corpus 0210)
    # a count of people a unit sends, which ends its name ("由市煤炭工业局1名县级领导带队,2名专业人员参加", 安全生产督查 (review fa09));
    # opening a name it names people, no unit
    people_count = _Lazy(r"(?:\d+|[一两二三四五六七八九十]{1,3})\s*(?:名|位)(?!称|单|义|录|额|次|列)")

    def _units_before_verb(self, bracket: str) -> str:  # group "lead" or "sole" says which verb; "…负责人", "…负责同志" are people
        verbs = rf"(?:(?P<lead>{_alt(self.rules.lead_verbs)})|(?P<sole>{_alt(self.rules.sole_owner_verbs)}))"
        # ("申通地铁集团应牵头做好…", review ao08; a comma after a list closed by 等部门: "区计委、区商委等部门,负责储备药械", 2003 非典 plan, review cx07;
        # opening the item, a name's bracket inside them: "市监察局(纠风办)负责…" (review fl05), "各县(市、区)政府负责…")
        return rf"(?P<units>(?:[^，,。；;：:（(《\n由]{bracket}){{3,60}}?)(?:(?<=等部门)[，,]|(?<=等单位)[，,])?(?:应当|应|须|要)?" + rf"(?:{_alt(self.rules.role_adverbs)})?" + verbs + self._no_person

    @cached_property
    def bracketed_kinds(self) -> tuple[str, ...]:
        """A kind of unit in brackets ending a name, an alternative and no alias: "省科技厅项目主管处室（单位）" (corpus 0842)."""
        return tuple(f"{o}{k}{c}" for k in self.rules.bare_unit_kinds for o, c in ("（）", "()"))

    @cached_property
    def role_then_blank(self) -> re.Pattern:
        """A labelled list's last role verb, a blank, then text: the page's line break (review bw03 crawled)."""
        return re.compile(rf"(?:{_alt(self.role_words)})[ \t\u3000]+(?={HAN})")

    @cached_property
    def field_line(self) -> re.Pattern:
        """A line that is one field of an activity: a short label ending as a field's does, and a colon ("活动时间:6月1日至6月7日。",
        "组织单位:各乡镇人民政府", review dc09)."""
        return re.compile(rf"^\s*{HAN}{{0,4}}(?:{_alt(self.rules.field_label_endings)})\s*[:：]")

    @cached_property
    def several_units_case(self) -> re.Pattern:
        """The case of lists of several units, a clause closed by 的 ("由多个单位负责的,排在第一位的为牵头单位", rules.SEVERAL_UNITS_WORDS)."""
        return re.compile(rf"(?:{_alt(self.rules.several_units_words)})[^，,；;。]*的")

    @cached_property
    def duty_list_lead(self) -> re.Pattern:
        """A sentence's close, then a colon, that introduces the units' duties one sentence each ("具体分工如下:", "履行好以下职责:",
        rules.DUTY_LIST_LEADS)."""
        return re.compile(rf"(?:{_alt(self.rules.duty_list_leads)})\s*[:：]")

    @cached_property
    def sole_verb_ahead(self) -> re.Pattern:
        """A sole owner's verb, not the head of a person's title ("负责人", "负责同志")."""
        return re.compile(rf"(?:{_alt(self.rules.sole_owner_verbs)})" + self._no_person)

    @cached_property
    def _no_person(self) -> str:
        """After a verb, not the rest of a person's title ("负责人", "负责同志"); an object opening with 人 is none ("负责人口普查的日常工作",
        rules.VERB_OBJECTS_WITH_PERSON)."""
        objects = "|".join(re.escape(w[1:]) for w in self.rules.verb_objects_with_person)
        return rf"(?!同|人(?!{objects}))" if objects else "(?![人同])"

    @cached_property
    def convention_bracket(self) -> re.Pattern:
        """A bracket closing a unit list that says how to read the notice, no alias of a name ("各市(州)负责落实(排在首位的为
        牵头单位,下同)", 四川 三大战役 责任分工方案, review fo 03); not a name's alias ("(以下简称市发改委)")."""
        return re.compile(r"[（(](?!\s*(?:以下|下文|下)?\s*(?:简称|统称|合称))[^（）()]*" + _alt(self.rules.reading_convention_words) + r"[^（）()]*[）)]\s*$")
