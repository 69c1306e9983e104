"""Units an item's running text names as doing its work where the item prints no note: the subject that opens its
text or the sentence after its title ("县应急管理局负责…", "由X牵头，Y配合"), a sentence assigning the work ("此项工作由…负责"),
an item titled by its unit ("区房管局。负责…"). X负责 names a responsible unit, X牵头 a lead (the contract's words for notes)."""
from __future__ import annotations

import re
from dataclasses import replace

from .bracket_lists import Note
from .dates import find_dates
from .deadlines import looks_like_time_limit
from .grammar import current as _grammar
from .notes import bare_note, parse_note
from .unit_labels import body_name, bracketed_role, colon_units
from .units import ends_like_unit, ends_with_role_verb, is_collective, split_units, starts_like_unit, titled_person

_SHORT_LABEL = re.compile(r"^\s*([^，,。；;：:\s]{2,6})[：:]\s*")  # "整改要求:", "处理意见：" opening a sentence


def subject_note(text: str) -> Note | None:
    """The units an item's text opens with as the subject of its work, where it has no note ("1.县应急管理局负责尾矿库…
    隐患排查治理工作。", 枞阳县 2023 任务分工), or the one agent it names with 由 ("医疗卫生人员由县卫健局负责组织"): X负责 names
    a responsible unit, X牵头 a lead (the contract's words for notes). Every name must end like a unit."""
    g = _grammar()
    m = g.subject_units.match(text.strip())
    head, _, below = text.strip().partition("\n")  # or under a title on its own line ("五、材料报送" / "各市、各省属中职学校牵头，请…", 0967),
    sub = g.subject_units.match(below) if m is None and below and not any(ch in head for ch in "。；;，,") else None  # a list of units
    m = sub if sub and all(is_collective(n) or starts_like_unit(n) for n in split_units(sub.group("units"))) else m  # (not "上述赛事…组委会负责", 0966)
    if m is None and (titled := _after_title(text)) is not None:  # the title its own sentence: "（九）不断完善保护区应急管理机制。市交通委牵头及时修订…"
        m = g.subject_units.match(titled)  # (review ao08); not a mechanism to set up ("建立人社部门牵头负责，…的工作机制", corpus 0287) or 以X为主 (0003)
        m = m if m is not None and m.group("lead") != "为主" and not m.group("units").startswith(g.rules.work_verbs) else None
    if m is None:
        first = text.split("。", 1)[0]
        found = [a for a in g.agent_units.finditer(first) if first.count("“", 0, a.start()) <= first.count("”", 0, a.start())] if "由" in first else []  # not in a quoted article
        m = found[0] if len(found) == 1 else None  # "…人员由县卫健局负责组织": one agent in the first sentence
    if m is None and "由" in text:  # "整改要求:由县环卫站负责清除…" under the problem (平利县 双创巡查, review r34a 07)
        after = [s[k.end() :] for s in re.split(r"[。；;\n]", text) if (k := _SHORT_LABEL.match(s)) and g.label_role(k.group(1)) == "none"]
        found = [a for a in (g.subject_units.match(s) for s in after if s.startswith("由")) if a is not None]
        m = found[0] if len(found) == 1 else None
    if m is None or g.not_a_name.search(m.group("units")) or g.role_word.search(m.group("units")) or any(w in m.group("units") for w in g.rules.phrase_openings):
        return None  # "主办承办主办：…", "X会同Y负责": no plain list of units
    names = split_units(m.group("units"))
    kinds = g.bracketed_kinds  # (a bracket naming a kind is an alternative, no alias: "…处室（单位）", corpus 0842)
    if not names or not all((len(n) >= 3 or is_collective(n)) and ends_like_unit(n) and not n.endswith(kinds) for n in names):
        return None
    if (wider := _with_partners(m.string[m.start() :], bool(m.group("lead")))) is not None and len(wider.lead + wider.responsible) > len(names):
        return wider  # ("市工商局负责,市经贸委、市农业局配合,严格实施…": the partners too, 莆田 食品安全 工作要点, review ic 02)
    return Note(0, 0, names if m.group("lead") else [], [] if m.group("lead") else names)


def opens_with_lead(sentence: str) -> bool:
    """A sentence opening with its lead units and 牵头, then its work ("县环保局牵头,督促乡镇生活污水设施建设…", a county's 河长制 news item,
    review hs 03)."""
    note = subject_note(sentence)
    return note is not None and bool(note.lead) and not note.responsible


def opening_subject(text: str) -> Note | None:
    """The units the item's text itself opens with, before a colon or as the subject of its role verb ("市委宣传部、文广新局:负责…",
    "县水务局负责…"); not an agent named with 由 inside a sentence ("建立由县政府牵头…的联席会议制度", diffreview-i1 p25)."""
    units = _grammar().subject_units  # (or the sentence after its title: "（一）强化禁毒宣传教育。县委宣传部负责组织…", diffreview-i2 p16)
    opens = units.match(text.strip()) or ((titled := _after_title(text)) is not None and units.match(titled))
    return titled_unit(text) or (subject_note(text) if opens else None)


def duty_subject(text: str, prepositions: bool = True) -> Note | None:
    """The units that open an item's text (or its sentence after a title of its own) as the subject of its work with no
    role verb: "农委、畜牧局要加强循环经济试点建设" (review dd10), "住房城乡建设部要会同相关部门…" (review de07), "镇派出所强化执法力度"
    (review dc10). Of the openings whose names all end like units and that a word of duty (要, 应当) or of work (rules.duty_modals,
    work_verbs, duty_openings) or a time limit follows: the longest before a word of duty ("县政府研究室要…", not 县政府 before 研究,
    diffreview-au p09), else the shortest ("县应急局督促乡镇开展…" is 县应急局's, diffreview-av). Responsible: no name is said to lead."""
    g = _grammar()
    rules = g.rules
    for sentence in (text.strip(), _after_title(text)):
        when = next((w for w in rules.time_openings if sentence and sentence.startswith(w)), "")  # ("汛期各单位要保证…", review ii 06)
        sentence = sentence[len(when) :].lstrip("，, ") if when and starts_like_unit(sentence[len(when) :].lstrip("，, ")) else sentence  # (not "节日期间内…", k3 p13)
        if not sentence or sentence.startswith(rules.work_verbs + rules.duty_openings + rules.setting_up_verbs + rules.duty_not_openings):
            continue  # (not "以上单位要…", which split_units would read as "上单位", diffreview-e1 p30)
        head = _SUBJECT_HEAD.match(sentence)
        if head is None or g.condition_clause.match(sentence):
            continue  # (nor the case a clause closed by 的 names: "仲裁委员会依法裁决先予执行的，应向…移送", corpus 0210)
        due = _due_starts(sentence[: len(head.group(0)) + _DUE_FIRST])
        found = []  # (names, what follows them, a word of duty there)
        # (no opening past a word that makes it none: "施工总承包单位或者分包单位应当…", review dg08: split inside 或者)
        inside = min((sentence.find(w) + len(w) for w in rules.duty_not_inside if w in sentence), default=len(sentence) + 1)
        for k in range(3, min(len(head.group(0)), inside - 1) + 1):
            after = sentence[k:]
            modal = next((w for w in rules.duty_modals if after.startswith(w) and not after.startswith(rules.duty_not_modals)), "")
            if not modal and (not after.startswith(rules.work_verbs + rules.duty_openings) or after.startswith(rules.nouns_opening_as_duties)) and k not in due \
                    and not (prepositions and _object_then_modal(after) and not any(w in sentence[:k] for w in rules.plan_title_endings)):
                continue  # (a preposition and its object before the word of duty: an item's own text only, `prepositions`, no paragraph cut as
                # a duty of its own, diffreview-j4 p26; no title run on before the name, "检查验收办法设区市政府对所辖县…要…", corpus 0593)
            if after[len(modal) :].startswith(rules.sole_owner_verbs) and not g.sole_verb_ahead.match(after, len(modal)):
                continue  # "县林业局负责人要带队检查": a person
            names = split_units(sentence[:k])
            short = 2 if len(names) >= 2 else 3  # a two-character name in a list of names ("农委、畜牧局")
            if names and all(body_name(n, short) or (n is not names[-1] and _places_of_each(n)) or _collective_places(n) for n in names):
                found.append((names, after[len(modal) :], bool(modal)))
        if found:  # ("X要牵头…": subject_note's, read with its role; "X会同Y负责…" both responsible, corpus 1056)
            # (the shortest, past a partner named with 会同: "省公安厅会同省人社厅组织…" names both, corpus 0034)
            plain = [f for f in found if not f[1].startswith(rules.responsible_openings)] or found
            names, rest, _ = next((f for f in reversed(found) if f[2]), plain[0])
            if rest.startswith(rules.lead_verbs):
                return None
            partners = _partners(next((rest[len(w) :] for w in rules.partner_prefixes if rest.startswith(w)), rest), loose=True)
            return Note(0, 0, [], names + [p for p in partners if p not in names])  # (and whom it works with: "县市商务局会同县市财政局对…", ij 03)
    return None


def _object_then_modal(after: str) -> bool:
    """After a subject, a preposition and its object, then the word of duty in the same clause ("各地级以上市安帮办对本地的…情况要进行检查",
    a 信访 procedure; rules.SUBJECT_PREPOSITIONS)."""
    rules = _grammar().rules
    if not after.startswith(rules.subject_prepositions):
        return False
    clause = after[: min((k for k in (after.find("，"), after.find(","), after.find("。")) if k > 0), default=len(after))]
    return any(k > 1 and clause[k - 1] not in _NOT_BEFORE_MODAL and clause[k + 1 : k + 2] not in _NOT_AFTER_MODAL
               for w in rules.duty_modals if w not in _BARE_MODALS for k in _finds(clause, w, 1))


_NOT_AFTER_MODAL = "求素点件闻"  # ("提供要求", "要素", "要点": no word of duty)
_BARE_MODALS = ("应",)  # ("应用", "相应": no word of duty alone inside a clause)
_NOT_BEFORE_MODAL = "重主需纪摘只概必求"  # ("重要", "主要", "需要": no word of duty)


def _collective_places(name: str) -> bool:
    """Places 各 stands over, their kinds in brackets ("各县(区)", "各县(市、区)"): a collective's name, the governments there."""
    return name.startswith("各") and name.endswith((")", "）")) and len(name) <= _COLLECTIVE_PLACES and name[1:2] in _grammar().rules.place_words


_COLLECTIVE_PLACES = 10


def _places_of_each(name: str) -> bool:
    """A place printed as a unit of its own before the body that closes the list ("各市、县人民政府要…": 各市, corpus 0627; "各县(市)、区…")."""
    bare = name.split("(", 1)[0].split("（", 1)[0]  # (and the places after it: "各省、自治区、直辖市人民政府要…", "各县、特区、区人民政府", diffreview-j1 p01, p02)
    return len(bare) <= 3 and bare.endswith(_grammar().rules.place_words)


def _due_starts(text: str) -> set[int]:
    """Where a time limit starts in a sentence's head: after its subject, "各镇乡6月底前完成整改", "县住建局今年底前完成…" (review dc08)."""
    due_ending = _grammar().due_ending
    return {start for phrase, _, start in find_dates(text, 2000) if due_ending.search(phrase)}


_DUE_FIRST = 14


# the words a subject may be: up to the first comma, figure or bracket other than a name's own ("各县(区)要…", review ic 08)
_SUBJECT_HEAD = re.compile(r"(?:[^，,。；;：:（(《“”\n\s\d]|[（(][^（）()，,。\d]{1,8}[）)]){3,60}")


def _with_partners(text: str, lead: bool = True) -> Note | None:
    """A lead's clause and the clauses after it naming who works with it, up to the last closed by a role verb:
    "区社会事业局牵头，区财政金融局配合，修订课后服务实施办法…" (平潭 双减实施意见 2021, review ba04) gives 区财政金融局 as
    responsible too; after a responsible unit's clause ("X负责,Y配合,…", `lead` false) its partners are responsible too. Every name must
    end like a unit."""
    clauses = re.split(r"[，,]", text.split("。", 1)[0])
    bad = _grammar().not_a_name  # (not a sentence: "区交通委牵头，各部门要加强配合", "…，加强与区卫健委配合", diffreview-ac)
    for k in range(min(len(clauses), 4), 1, -1):
        if not ends_with_role_verb(clauses[k - 1]):
            continue
        note = parse_note("，".join(clauses[:k]))
        if note is not None and (note.lead or not lead) and note.responsible and all(ends_like_unit(n) and not bad.search(n) for n in note.lead + note.responsible):
            return note
    return None


def _after_title(text: str) -> str | None:
    """The item's text after its title where the title is a sentence of its own, short and with no clause in it
    ("不断完善保护区应急管理机制。市交通委牵头…", 上海 轨道交通安全保护区管理工作机制 2025, review ao08), else None."""
    title, dot, rest = text.strip().partition("。")
    # (a title: one line, no clause, no role of its own; not "赛事安排" / "上述赛事活动均组建竞赛组委会负责…。", corpus 0966)
    rules = _grammar().rules
    plain = not any(ch in title for ch in "，,；;：:（(\n") and not any(v in title for v in rules.lead_verbs + rules.sole_owner_verbs)
    return rest.lstrip() if dot and rest.strip() and len(title) <= 30 and plain else None


def _mid_clause_lead(sentence: str) -> Note | None:
    """A clause of the sentence, between two others, that is only units and a lead's verb ("区建管委牵头", 奉贤区 共享单车 2017,
    review bm04); no date or figure in a name ("4月20日至6月30日以省卫生厅为主", corpus 0634)."""
    g = _grammar()
    for clause in re.split(r"[，,]", sentence)[1:-1]:
        if g.by_inside.search(clause):
            continue  # a body it describes, led by the units: "建立由政府牵头,以消防部队为主体,…参加的抢险救援组织" (消防 方案, review bq08)
        verb = next((v for v in g.rules.lead_verbs if clause.endswith(v)), "") if len(clause) <= _MID_CLAUSE else ""
        names = split_units(clause[: -len(verb)]) if verb else []
        if names and all(len(n) >= 3 and ends_like_unit(n) and not any(ch.isdigit() for ch in n) and not g.not_a_name.search(n) for n in names):
            return Note(0, 0, names, [])
    return None


_MID_CLAUSE = 20


def titled_unit(text: str) -> Note | None:
    """An item whose title is a unit and whose text says what it does: "（三）区房管局。负责定期牵头召开全区…" (虹口区 2017
    历史风貌区, review ap03) — the bare X负责 of the contract, the unit responsible."""
    if names := colon_units(text.strip()):  # or its units before a colon: "市公安局:负责查处违规设点…" (review dh07)
        head, _, duty = re.split(r"([：:])", text.strip(), maxsplit=1)  # the lead where its duty opens so: "城市管理执法部门职责:负责牵头组织实施…",
        role = bracketed_role(head)  # or its role in brackets says so: "市文明办（牵头）：负责…" (diffreview-f1 p25)
        lead = duty.lstrip().startswith(_grammar().rules.duty_lead_openings) or role in _grammar().rules.lead_verbs
        partners = _partners(duty.lstrip())  # and those it works with: "10.市商务局:会同市发展改革委负责…" (避难场所 职责, review hr 03)
        return Note(0, 0, names, partners) if lead else Note(0, 0, [], names + [p for p in partners if p not in names])
    title, dot, rest = text.strip().partition("。")
    verbs = _grammar().rules.sole_owner_verbs
    first, line_end, after = text.strip().partition("\n")  # or the title a line of its own over its duty ("(五)市府研究室" / "负责…", review ij 01)
    if line_end and "。" not in first and after.lstrip().startswith(verbs):
        title, dot, rest = first, line_end, after
    rules = _grammar().rules  # (not a body set up, "（一）设立县乡村振兴局。", nor "服务全市发展大局。", diffreview-d1 p18, p20)
    if dot and rest.strip() and len(title) <= 20 and not rest.lstrip().startswith(verbs) and not title.startswith(rules.setting_up_verbs) \
            and (names := split_units(title)) and all(body_name(n) and n.endswith(rules.title_unit_endings) and not n.endswith(rules.not_unit_endings) for n in names):
        return Note(0, 0, [], names)  # a title that can only be a body's name, its work after it: "1、区住建局。排查生活污水直排污染源,…"
        # (牡东政发〔2021〕9号 黑臭水体防治, review gc 01)
    if not dot or not rest.lstrip().startswith(verbs) or len(title) > 20:
        return None
    names = split_units(title)  # (not a body to set up: "（一）成立工作领导小组。负责统筹协调…", diffreview-aa)
    if not names or title.startswith(rules.setting_up_verbs):
        return None
    return Note(0, 0, [], names) if all(len(n) >= 3 and ends_like_unit(n) for n in names) else None


def _clause_with(text: str, openings: tuple[str, ...]) -> int:  # where the first clause after a comma opening with one of `openings` starts
    return min((k + 1 for k in range(len(text) - 1) if text[k] in "，," and text.startswith(openings, k + 1)), default=-1)


def _partners(duty: str, loose: bool = False) -> list[str]:
    """The units a duty opening with 会同 names before its verb ("会同市发展改革委负责…", "会同县财政局、县审计局做好…"), or none;
    `loose`, before a preposition or a comma too ("会同县市财政局对销售人员进行培训", "会同有关部门,…", a 家电下乡 方案, review ij 03)."""
    rules = _grammar().rules
    opening = next((w for w in rules.responsible_openings if duty.startswith(w)), None)
    if opening is None:
        return []
    after = rules.subject_prepositions + rules.partner_stops if loose else ()
    names, _ = _names_before_verb(duty, len(opening), rules.sole_owner_verbs + rules.work_verbs + after)
    names = names or (_bodies_opening(duty[len(opening) :]) if loose else [])
    return [n for n in names if not n.endswith(rules.regulated_party_endings)] if loose else names  # ("会同施工单位、监理单位", k2 p26)


def _bodies_opening(text: str) -> list[str]:
    """The longest run of bodies' names opening `text` before a verb no table names ("扶贫部门扶持12户…" -> 扶贫部门), listed with 、 only
    ("宣传部门及时总结…" is 宣传部门's, not 时总结…); [] else."""
    rules = _grammar().rules
    inside = rules.duty_not_inside + rules.subject_prepositions

    def read(k: int) -> list[str]:
        names = split_units(text[:k]) if text[k - 1] not in "，,、" and not any(ch in text[:k] for ch in "的和及与（(") else []
        return names if names and all(body_name(n, 2 if len(names) > 1 else 3) and len(n) <= 12 and not any(w in n for w in inside) for n in names) else []

    long_endings = tuple(w for w in rules.duty_unit_endings if len(w) > 1)
    for k in range(min(len(text), 30), 1, -1):
        if names := read(k):  # (a shorter name a verb's first character after it: "县文联" before 举办, "县林业局" before 所在, k3 p14, p17;
            shorter = None if text[:k].endswith(long_endings) else next((j for j in (k - 1, k - 2) if read(j)), None)  # not 扶贫部 before 门)
            return read(shorter) if shorter else names
    return []


def _names_before_verb(text: str, start: int, verbs: tuple[str, ...]) -> tuple[list[str], str]:
    """The longest run of unit names from `start` up to one of `verbs` ("县委组织部、县财政局" before 做好, not 县委 before the 组织 of its
    name; "县政府研究室" before 研究提出, diffreview-i1 p26, p28), each a body's name with no preposition in it ("城区向各乡镇", p30); and the verb."""
    inside = _grammar().rules.duty_not_inside
    ends = sorted({(i, v) for v in verbs for i in _finds(text, v, start + 1)}, reverse=True)
    for end, verb in ends:
        names = split_units(text[start:end])
        if names and all(body_name(n, 2 if len(names) > 1 else 3) and "的" not in n and not any(w in n for w in inside) for n in names):
            return names, text[end:]
    return [], ""


def _finds(text: str, word: str, start: int) -> list[int]:
    out, i = [], text.find(word, start)
    while 0 <= i < start + _NAMES_BEFORE_VERB:
        out.append(i)
        i = text.find(word, i + 1)
    return out


_NAMES_BEFORE_VERB = 200  # (a list of nine bodies after 由, diffreview-i2 p18)


def unit_sentences(text: str) -> list[Note]:
    """Sentences of the item that assign its work, as a note would: "此项工作由省法制办牵头，会同…", "此三项工作由省农业产业化办公室
    负责", "由省发展改革委牵头，省农业产业化办公室配合，…参加" (corpus 0620, 河北 2004), "该目标责任单位为市经委" (郑州 2007). The sentence
    after 由 must read as a note, or its first clause; every name must end like a unit or be a collective."""
    g = _grammar()
    found = []
    sentences = [s.strip() for s in re.split(r"[。；;\n]", text) if s.strip()]
    first = 1 if _after_title(text) is not None else 0  # the sentence after a title of its own is the item's first
    for k, sentence in enumerate(sentences):
        sentence, after_comma = g.field_before_agent.sub("", sentence), False
        m = g.unit_sentence.match(sentence)
        titled = m is not None and m.group("title")  # the item's title run on (its line break lost): its first sentence only
        if titled and k > 0:
            m = None
        labelled = g.label_sentence.match(sentence) if m is None else None
        if m is not None:
            rest = sentence[m.end() :]
        elif labelled is not None:  # "该目标责任单位为市经委": the label and its units, 为 for the colon
            rest = labelled.group(1) + "：" + sentence[labelled.end() :]
        elif k <= first and (j := max(sentence.rfind("，由"), sentence.rfind(",由"))) > 0:
            rest, after_comma = sentence[j + 2 :], True  # its first sentence's last clause: "关于…的问题,由国土资源部会同农业部等部门负责落实" (国办函〔2014〕31号, s9d 03),
            # after its title: "7.积极推进消防水源建设。将市政消火栓建设列为区政府实事项目，由区交通委牵头，区发改委…配合。" (金山区 消防, review bd04)
        elif (j := max(sentence.find("，由"), sentence.find(",由"))) > 0 and looks_like_time_limit(sentence[:j]):
            rest = sentence[j + 2 :]  # after the time it is done by: "每年底，由市交通委牵头，会同申通地铁集团…" (review ao08)
        elif (j := max(sentence.rfind("，此"), sentence.rfind(",此"))) > 0 and (m := g.unit_sentence.match(sentence[j + 1 :])) and not m.group("title"):
            rest = sentence[j + 1 + m.end() :]  # or any sentence's: "二要把粮食加工企业列入…统计的范围，此项工作由省统计局负责" (corpus 0620, c16-1)
        elif k == first and (mid := _mid_clause_lead(sentence)) is not None:
            found.append(mid)  # a lead's clause between two of its first sentence's: "3.落实临时停放调蓄点，区建管委牵头，针对…" (review bm04)
            continue
        elif k == len(sentences) - 1 and k > 0 and "由" not in sentence and (bare := bare_note(sentence.lstrip("（("))) is not None:
            # the item's last sentence a unit clause alone: "省水利厅牵头,省发改委…等单位配合。" (黑龙江 2009); its units only
            found += [replace(bare, deadline=None)] if all(len(n) <= 25 for n in bare.lead + bare.responsible) else []
            continue
        else:
            continue
        note = parse_note(rest)
        clauses = re.split(r"[，,]", rest)
        for k in range(min(len(clauses), 4), 0, -1) if note is None else ():
            # its first clauses: "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…" (兰州 2009, review r27b 08), up to the
            # last closed by a role verb ("由省经贸委负责,省农业厅、环保局…配合,加快…", 福建 餐桌污染治理, review s8b 02)
            if 1 < k < len(clauses) and not ends_with_role_verb(clauses[k - 1]) and not ((own := parse_note(clauses[k - 1])) and (own.lead or own.responsible)):
                continue  # (or a clause that is a note of its own: "由郭小红、秦定英同志牵头,统宣办、派出所为牵头部门,负责…", s12d 02)
            note = parse_note("，".join(clauses[:k]))
            if note is not None and (note.lead or note.responsible):
                break
        if (note is None or not (note.lead or note.responsible)) and after_comma:
            note = _responsible_before_object(rest)  # "1、蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责文物保护单位的安全管理工作。" (review id 08)
        if (note is None or not (note.lead or note.responsible)) and m is not None and not titled:
            note = _agent(rest)  # 由 and its units, then the work they do: "由县公安局组织清理", "由县住建局督促商户更换" (review hq 08)
        if note is not None and note.lead and (j := _clause_with(rest, _grammar().rules.responsible_openings)) > 0:  # and those it works with:
            partners = [p for p in _partners(rest[j:], loose=True) if p not in note.lead + note.responsible]  # "由残联牵头,会同扶贫部门扶持…" (io 04)
            note = replace(note, responsible=note.responsible + partners) if partners else note
        names = (note.lead + note.responsible) if note is not None else []
        if titled and (note is None or sum(map(bool, (note.lead, note.responsible, note.leaders))) < 2):
            continue  # after a title, the clauses of a note ("X负责,Y牵头,Z配合"), not one subject ("…工作一般由主管部门负责", corpus 0220)
        if _unit_names(names):
            found.append(note)
    return found + [note for note in _parcelled(sentences) if note not in found]


def _responsible_before_object(rest: str) -> Note | None:
    """The units a clause after 由 names before 负责 and the work it takes on, an adverb between them or none ("由X全面负责…的安全管理工作")."""
    g = _grammar()
    names, after = _names_before_verb(rest, 0, tuple(a + v for a in ("",) + g.rules.role_adverbs for v in g.rules.sole_owner_verbs))
    verb = after[next((len(a) for a in g.rules.role_adverbs if after.startswith(a)), 0) :]
    return Note(0, 0, [], names) if names and g.sole_verb_ahead.match(verb) else None  # (no person: "由…厅负责同志任组委会主任", corpus 0358)


def _agent(rest: str) -> Note | None:
    """The units a sentence names with 由 before a work verb after them, each a body's name."""
    names, after = _names_before_verb(rest, 0, _grammar().rules.work_verbs)
    if not names or "的" in after[:_VERB_OF]:
        return None  # (nor what the work is done to: "由两个以上单位共同承办的人大代表建议…", corpus 0560)
    return Note(0, 0, [], names)


_VERB_OF = 5


def _parcelled(sentences: list[str]) -> list[Note]:
    """Two sentences or more of one item, each some work and the units doing it ("区直机关职工运动会等相关活动由区体育局、区总工会负责;
    社区运动会由各街道负责;…", 全民健身 系列活动方案, review gx 08): the work parcelled out among units, each responsible as named —
    unlike one sentence so, which may only say who does such work ("…工作一般由主管部门负责", corpus 0220)."""
    g = _grammar()
    notes = []
    # or its clauses, each such ("宣传单张、画报和宣传手册的设计制作由市创建办负责,宣传单张、画报、发放、张贴、维护工作由各镇街及相关部门负责",
    # 增城市 创建全国文明城市宣传工作方案, review hi 06)
    clauses = [c.strip() for sentence in sentences for c in _parcels(sentence) if c.strip()]
    for sentence in clauses:
        m = (g.unit_sentence.match(sentence) or g.parcel_clause.match(sentence)) if "由" in sentence else None
        note = parse_note(sentence[m.end() :]) if m is not None and m.group("title") else None
        names = (note.lead + note.responsible) if note is not None else []  # (no people: "…由各队领队负责;…由各班班主任负责", diffreview-f1 p39)
        if _unit_names(names) and not any(titled_person(n) for n in names):
            notes.append(note)
    return notes if len(notes) >= 2 else []


def _parcels(sentence: str) -> list[str]:
    """The sentence's clauses where each is a work and the units doing it (two 由 at least); else the sentence whole (not "目前…由县环卫所负责,
    …由县园林所负责,职责交叉…", a problem described, diffreview-h2 p18)."""
    clauses = re.split(r"[，,]", sentence) if sentence.count("由") >= 2 else []
    return clauses if clauses and all(_grammar().parcel_clause.match(c.strip()) for c in clauses if c.strip()) else [sentence]


def _unit_names(names: list[str]) -> bool:
    """Names that all end like a unit or are a short collective ("各乡镇"), or beside such names a bureau by its field ("市建委、国土、规划")."""
    sectors = _grammar().rules.sector_names
    return bool(names) and all(ends_like_unit(n) or (is_collective(n) and len(n) <= 10) or (n in sectors and any(map(ends_like_unit, names))) for n in names)
