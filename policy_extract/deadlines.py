"""Time limits: "2023年底前", "2022年9月底", "6月底前", "第三季度", "持续推进", yearly milestones.

Which of the dated phrases a task prints (dates.py finds them and the day each names) is its time
limit, and the phrases that make work ongoing, recurring or a milestone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .brackets import pairs
from .dates import CLAUSE_END, end_of_month, find_dates
from .grammar import current as _grammar
from .markers import cn_to_int
from .units import ends_like_unit, split_units


@dataclass
class TimeLimit:
    text: str
    date: str | None
    ongoing: bool = False
    recurrence: str | None = None
    milestones: list[dict] = field(default_factory=list)

    def record(self) -> dict:
        """The task's deadline field as the output writes it."""
        return {"text": self.text, "date": self.date, "ongoing": self.ongoing, "recurrence": self.recurrence}


def find_milestones(text: str, default_year: int | None) -> list[dict]:
    """Each milestone once, in order: a measure naming "到2017年，" for each of its aims has one 2017 milestone
    (河北 科技服务业 2016, corpus 0784, review c24-2)."""
    out: list[dict] = []
    for m in _grammar().milestone.finditer(text):
        phrase = re.sub(r"\s+", "", m.group("text"))
        last_year = max(int(y) for y in re.findall(r"\d{4}", phrase))
        bare = not (m.group("p") or m.group("q")) and text[: m.start("text")].rstrip()[-1:] in ("，", ",")
        if ((bare or m.group("g") is not None) and last_year < (default_year or 9999)
                or m.group("v") is not None and text[: m.start("text")].rstrip().endswith("在") and default_year is not None and last_year < default_year):
            continue  # a past year after a comma reports what was done ("…项目建设，2019年，在线运营服务器规模突破…"); a later one is a
            # target ("有序开展业务系统建设，2024年，完成消防办公自动化…", 平潭 消防 规划, review aw05); so does a past year's figure
            # ("2010年全省国内生产总值达到20197亿元", corpus 0591's 成就回顾; "2003年全国城市污水处理率达到42%", 1081), or a past fact after
            # 在/于 ("巩固在2020年实现全面脱贫的成果", "已在2021年建成" in a 2023 plan, diffreview-c1 p04)
        milestone = {"text": phrase, "date": end_of_month(last_year, 12)}
        if milestone not in out:
            out.append(milestone)
    return out


def is_ongoing(text: str) -> bool:
    return any(p in text for p in _grammar().rules.ongoing_phrases)


def recurrence_of(text: str) -> str | None:
    return next((p for p in _grammar().rules.recurring_phrases if p in text), None)


def looks_like_time_limit(text: str) -> bool:
    """A clause that is only a time limit, inside a unit note: "2023年底前完成", "长期坚持"."""
    text = text.strip()
    if len(text) > 40:  # (but one that opens with its due date: "2016年3月前根据《…的通知》（财税〔2015〕119号）修订《…办法》", corpus 0779)
        return len(text) <= 120 and (due := find_dates(text[:14], 2000)) != [] and due[0][2] == 0 and due[0][0].endswith("前")
    # (a rhythm that opens the clause, "每月5日前报送", not one inside a sentence of work: "对各地…开展情况定期进行评价通报", corpus 0892)
    if is_ongoing(text) or ((rhythm := recurrence_of(text)) and (text.startswith(rhythm) or len(text) <= 12)):
        return True
    if len(text) <= 6 and text.startswith(_ongoing_openings(_grammar().rules.ongoing_phrases)):
        return True  # "（持续优化，牵头考核单位：市住建局）" (包头 2022 考评指标, corpus 1134, review c21-1), as parse_time_limit reads it
    # or a clause that opens with its month: "11月取得明显成效" (包头 2022 考评指标, corpus 1134)
    return bool(find_dates(text, 2000)) or (len(text) <= 20 and _grammar().month_first.match(text) is not None)


def bracketed_time_limit(title: str, year: int | None) -> "TimeLimit | None":
    """The time limit a heading closes with, in brackets, for the items under it ("（一）全面部署（2020年12月9日前）" over "⒈建立工作小组。…",
    review ad02; "(一)第一阶段(2024年第三季度前完成)", ad01); not a plan's period ("（2021—2025年）"): a due date alone."""
    title = title.rstrip()
    if not title.endswith(("）", ")")):
        return None
    inner = title[max(title.rfind("（"), title.rfind("(")) + 1 : -1]
    due = find_dates(inner, year or 2000) if len(inner) <= 20 and looks_like_time_limit(inner) else []
    # the due date and a verb of finishing at most, in the notice's years; not a scope ("（2000年底前建成）", "（2018年前取得许可的企业）",
    # diffreview-x), where "（2024年底前完成验收）" is one (diffreview-y)
    rest = inner[len(due[0][0]) :] if due else ""  # (not "（2023年底前建成的住宅）", "（2024年6月底前开工项目）": a scope, diffreview-z)
    done = rest in ("", "完成", "全面完成", "全部完成") or (len(rest) <= 4 and rest.endswith(("完成", "建成", "到位", "验收", "投用")) and year is not None and int(due[0][1][:4]) >= year - 1)
    alone = len(due) == 1 and due[0][0].endswith("前") and inner.startswith(due[0][0]) and done
    return parse_time_limit(inner, year) if alone else None


def titled_period(text: str, year: int | None) -> "TimeLimit | None":
    """The months a stage's title gives in brackets, the item's time ("(三)市县政府督查阶段(7月) 市及各县…", "(五)全面总结阶段(12月)", 冶金机械
    专项整治 方案, review im 07): the bracket right after a short title with no clause mark, holding only months; None else."""
    opening = min((k for k in (text.find("("), text.find("（")) if k > 0), default=-1)
    close = text.find(")" if text[opening : opening + 1] == "(" else "）", opening) if 0 < opening <= _STAGE_TITLE else -1
    inner = text[opening + 1 : close] if close > 0 else ""
    if not inner or any(ch in text[:opening] for ch in "。；;，,：:") or not text[:opening].endswith(_grammar().rules.stage_words):
        return None
    months = inner.replace("份", "").split("月")
    return parse_time_limit(inner, year) if months[-1] == "" and all(m.strip("~～-—至到").isdigit() for m in months[:-1]) else None


_STAGE_TITLE = 30


_BARE_YEARS = re.compile(r"((?:19|20)\d{2})(?:[-—~～]((?:19|20)\d{2}))?(?:[.．/-](\d{1,2}))?")


def parse_time_limit(text: str, default_year: int | None) -> TimeLimit | None:
    """A time limit as printed where it stands as one (a 完成时限 cell, a note): the
    latest date named, ongoing when it says 持续推进 and the like."""
    clean = re.sub(r"\s+", "", text or "")
    if not clean or clean in _grammar().rules.no_unit_cells:
        return None  # "/", "无", "暂无": no time limit
    dates = find_dates(clean, default_year)
    ongoing = is_ongoing(clean)
    recurrence = recurrence_of(clean)
    if not dates:  # "2024年" standing as the time limit is due at the end of that year
        years = [int(y) for y in _grammar().year_of.findall(clean)]
        if years:
            dates = [("", end_of_month(max(years), 12), 0)]
        elif (m := _BARE_YEARS.fullmatch(clean)) and 1 <= int(m.group(3) or 12) <= 12:
            # a cell of figures only: "2024" (洋县 2024 民生实事 建设时间, review s6c 03), "2023-2024", "2024.12"
            dates = [("", end_of_month(int(m.group(2) or m.group(1)), int(m.group(3) or 12)), 0)]
    if not dates and default_year and (m := _grammar().month_first.match(clean)):
        # a time limit that opens with its month ("9月投入使用", 大竹县 2016 分解表) is due at its end
        month = int(m.group("month"))
        date = end_of_month(default_year, month) if 1 <= month <= 12 else None
        dates = [("", date, 0)] if date else []
    if not dates and not ongoing and not recurrence and clean.startswith(_ongoing_openings(_grammar().rules.ongoing_phrases)):
        ongoing = True  # "持续巩固提升" where a time limit stands (驻马店 2022 营商环境, review r38b 07): the phrases' openings
    if not dates and not ongoing and not recurrence:
        return TimeLimit(clean, None)
    date = max((d for _, d, _ in dates), default=None)
    if recurrence and not dates:
        ongoing = True  # work repeated every month or quarter has no end date
    return TimeLimit(clean, date, ongoing=ongoing, recurrence=recurrence if not dates else None)


@lru_cache(maxsize=8)
def _ongoing_openings(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """持续, 长期, 常态: how the ongoing phrases open, once per rules value."""
    return tuple({p[:2] for p in phrases if len(p) >= 4})


@lru_cache(maxsize=8)
def _period_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words before a date that make it a period's start or end ("自", "延续至"), not the
    labels among them ("时间：9月中旬" is a stage's time limit); once per rules value."""
    return tuple(w for w in words if not w.endswith((":", "：")))


def _dated_event(text: str, start: int, end: int) -> bool:
    """The date marks an event, not a time limit: what follows or precedes it says so."""
    after = text[end : end + 8].lstrip()
    before = text[max(0, start - 6) : start].rstrip()
    rules = _grammar().rules
    return after.startswith(rules.not_deadline_after) or before.endswith(rules.not_deadline_before)




def _said_on(after: str) -> bool:
    """The clause after a day says something was said or issued that day ("对安全生产工作作出的重要指示精神", "上海市住房和
    城乡建设管理委员会等9部门联合印发的《…》"), with no work finished in it ("完成省政府印发的《…》规定的任务", "对照省委作出的部署
    完成自查工作", diffreview-ac)."""
    rules = _grammar().rules
    clause = CLAUSE_END.split(after, 1)[0].split("，")[0]
    return any(w in clause for w in rules.said_on_marks) and not any(v in clause for v in rules.finish_verbs)


def _rhythm_at(text: str, start: int, rhythms: tuple[str, ...]) -> bool:
    """A rhythm that opens the date, stands right before it ("每年4月上旬", corpus 0962) or runs into its words ("每年底，由市交通委
    牵头…": 每年 over 年底; 上海 轨道交通安全保护区管理工作机制 2025, review ao08): a date that recurs, no due date."""
    start = _range_start(text, start)
    while start and text[start - 1] == " ":
        start -= 1  # ("每年 4 月 1 日": spaced digits)
    return any(text.startswith(r, start - k) for r in rhythms for k in range(len(r) + 1) if start >= k)


def _range_start(text: str, start: int) -> int:
    """Where a range whose last end stands at start opens: "3月至11月" -> its 3 (a month or a day and a joiner before it); start else."""
    k = start
    while k and text[k - 1] == " ":
        k -= 1
    if k and text[k - 1] in _grammar().rules.range_joiners:
        k -= 1
        end = k
        while k and (text[k - 1].isdigit() or text[k - 1] in "月份日号时点 "):  # ("每年 4 月 1 日 8 时至 9 月 30 日 18 时", review ii 04)
            k -= 1
        while k < end and text[k] == " ":
            k += 1
        if any(ch.isdigit() for ch in text[k:end]):
            return k
    return start


def _finishing(text: str, start: int, phrase: str) -> bool:
    """A month of 月份 with a verb of finishing after it that says by when ("明年6月份竣工验收", 阜阳 2008, review fd07; "4—6月份完成全面
    排查整治"), not which things the clause is about ("对今年4月份完成验收的项目…", "对11月份建成投用的停车场…") or a report's period
    ("1—3月份完成情况", diffreview-ba)."""
    g = _grammar()
    return not g.things_before_month.search(CLAUSE_END.split(text[:start])[-1]) and not g.report_after_month.search(CLAUSE_END.split(text[start + len(phrase) :], 1)[0])


def _labels_row(text: str, start: int, end: int) -> bool:
    """A month that labels a schedule's row ("1月份：开展…", "2-3月份:…") or is all its item's title ("1月份。开展…")."""
    at_open = all(ch in "0123456789-—–~～至到" for ch in text[:start])
    after = text[end : end + 1]
    opens_work = text[end + 1 :].lstrip().startswith(_grammar().rules.scheduled_openings)  # (not a report's "3月份：全县共免疫…")
    return opens_work and (after in ("：", ":") and (at_open or text[start - 1] in "。；;\n") or at_open and after == "。")


def deadline_in_text(text: str, default_year: int | None) -> TimeLimit | None:
    """The time limit printed inside a task's own text: the latest explicit due phrase
    ("2023年底前", "6月底前") or yearly milestone ("2025年，…"). Bare years elsewhere in a
    sentence ("2024年版清单") are not time limits."""
    g = _grammar()
    milestones = find_milestones(text, default_year)
    candidates: list[tuple[str, str]] = []
    # a signature run into the item's text ("…完成好各项工作任务。河北省人民政府办公厅2018年6月1日")
    # dates the notice, not the work
    signed = {m.start("y") for m in g.at_sentence_starts(g.signature_in_text, text)} if "日" in text else set()
    cited = [(a, b) for a, b, opener in pairs(text) if opener in "《〈"] if "《" in text or "〈" in text else []
    starts = _period_words(g.rules.not_deadline_before)
    for phrase, date, start in find_dates(text, default_year):
        if start in signed or any(a < start < b for a, b in cited):
            continue  # the notice's signature; a cited document's title ("《…规划（2021—2025年）》")
        finished = phrase.endswith("月份") and text.startswith(g.rules.finish_verbs, start + len(phrase)) and _finishing(text, start, phrase)
        # (or a month that labels its row of a schedule, "1月份：开展…", or is its item's whole title, "（一）1月份。开展…", review hp 08)
        finished = finished or phrase.endswith("月份") and _labels_row(text, start, start + len(phrase))
        if not (g.due_ending.search(phrase) or finished or g.year_range.fullmatch(phrase)) or _rhythm_at(text, start, g.rules.recurring_phrases):
            continue  # not due; or a rhythm ("实行一季度一督查、半年一考核", 洪江市 2013; "每年4月上旬", corpus 0962)
        if g.year_range.fullmatch(phrase) and (text[start - 1 : start] in "（(" and text[: start - 1].endswith(g.rules.plan_title_endings)
                                                or text.startswith("的", end := start + len(phrase)) and any(w in text[end : end + 12] for w in g.rules.plan_title_endings)):
            continue  # "…新三年行动计划(2025—2027年)" (review r41a 08), "制定基础研究2021—2035年的总体规划" (corpus 0664): a plan's period
        if phrase.endswith(("日", "号")) and _dated_event(text, start, start + len(phrase)):
            continue  # a birth date, a date a rule took effect, a cited document's date
        if text.startswith(g.rules.done_after, start + len(phrase)) or (text.startswith(g.rules.baseline_after, start + len(phrase))
                                                                         and text[:start].endswith(g.rules.baseline_openings)):
            continue  # work done by then: "2018年12月31日之前已完成转制的企业" (corpus 1074); a base: "与2021年底相比" (review at07)
        if phrase.endswith(("日", "号")) and _said_on(text[start + len(phrase) : start + len(phrase) + 40]):
            continue  # the day something was said or issued: "3月24日对安全生产工作作出的重要指示精神" (review bc05)
        if phrase[-1:] in "月日号底" and g.dated_attribute.match(text, start + len(phrase)):  # ("按年底制定的…监督检测计划", review av04)
            continue  # what the date describes: "按照本人2021年12月发放的月基本养老金" (corpus 0315)
        after = start + len(phrase)  # a verb of what came to exist by then and its 的: which things are meant, no due date
        if phrase.endswith("前") and any(text.startswith(v + "的", after) for v in g.rules.existed_before_verbs):
            continue  # "2000年前建成的老旧小区"; not "2022年底前形成可复制的经验做法", a due date (diffreview-am)
        clause = CLAUSE_END.split(text[max(0, start - 24) : start])[-1]
        governs = max((clause.rfind(w) + len(w) for w in g.rules.validity_words if w in clause), default=-1)
        if governs >= 0 and g.validity_gap.fullmatch(clause[governs:]):
            continue  # how long a policy holds: "执行期限为2019年1月1日至2023年12月31日" (corpus 1074); not "有效期届满的…须于6月30日前"
        if text[start + len(phrase) : start + len(phrase) + 1] in ("至", "—", "－", "~", "～") and not phrase.endswith("前"):  # (not 到: "于7月29日到指定地点")
            continue  # a period's start: "（2022年1月至出现中高风险地区当月月均参保人数）" (corpus 0318)
        if text[max(0, start - 6) : start].rstrip().endswith(starts):
            continue  # a period's start or a policy's extension ("补贴政策延续至2022年底", corpus 0010)
        if default_year and int(date[:4]) < default_year - 1:
            continue  # work is not due years before the notice that sets it
        candidates.append((phrase, date))
    candidates += [(m["text"], m["date"]) for m in milestones if m["date"]]  # "6963年，" names no real year
    if (label := g.year_label.match(text)) is not None and not any(w in CLAUSE_END.split(text[label.end() :], 1)[0] for w in g.rules.story_marks) \
            and int(label.group(1)) >= (default_year or 0):  # (not a past year's row: "2023年：全市新增…" in a 2024 plan reports)
        candidates.append((label.group(0).strip().rstrip(":："), end_of_month(int(label.group(1)), 12)))  # "2008年:投入资金…" (not "2008年:已完成…")
    if "五" in text:  # a five-year plan's end: the Nth plan ends in 1955 + 5N ("“十二五”末": 2015)
        candidates += [(m.group("text"), f"{1955 + 5 * cn_to_int(m.group('n'))}-12-31") for m in g.plan_period_end.finditer(text)]
    if not candidates:
        # a notice naming no year anywhere ("县水利局于4月30日前完成复查。", a page cut from its head, review dc09): the phrase,
        # read as any year's, with no date
        undated = deadline_in_text(text, _ANY_YEAR) if default_year is None else None
        return TimeLimit(undated.text, None) if undated is not None and _ANY_YEAR_TEXT not in undated.text else None
    phrase, date = max(candidates, key=lambda c: c[1])
    # Keep milestones only when they are a yearly plan (bare years), not one 年底前 phrase.
    kept = [m for m in milestones if not m["text"].endswith(("底前", "底", "末"))]
    return TimeLimit(phrase, date, milestones=kept)


_ANY_YEAR = 1904  # a year no notice sets work for (a leap year: "2月29日前" is a day), so a phrase printing it is never read under it
_ANY_YEAR_TEXT = str(_ANY_YEAR)
_LIMIT_END_CHARS = frozenset("0123456789０１２３４５６７８９年月日号季度旬底前末内")  # what a date closing a text ends with


def units_then_limit(text: str, found: tuple[int, str, str] | None = None) -> tuple[int, list[str], str] | None:
    """A text's last sentence that is only units and then their time limit, run together where a
    table's cells lost their separators ("…进展情况进行督办。市行政审批局市司法局市级相关单位,各区县政府、西咸新区管委会
    2022年9月底", 西安 2022 放管服 分工 flattened, review s12c 07): (where it starts, the units, the time limit). `found`: limit_at_end's."""
    if (found := found or limit_at_end(text)) is None:
        return None
    start, head, limit = found
    g = _grammar()
    names = split_units(head.strip(" ，,、"))
    if not names or not all(len(n) >= 3 and ends_like_unit(n) and not any(w in n for w in g.rules.not_in_unit_names + ("于",)) for n in names):
        return None
    return start, names, limit


def limit_at_end(text: str) -> tuple[int, str, str] | None:
    """A text's last sentence that ends with a time limit alone after what comes before it, run together where a table's cells
    lost their separators: (where the sentence starts, its words before the limit, the limit)."""
    stripped = text.rstrip(" 。")
    if not any(ch in _LIMIT_END_CHARS for ch in stripped[-6:]) and not any(p in stripped[-12:] for p in _grammar().rules.ongoing_phrases):
        return None  # (most texts: the limit's end stands within the last characters, and there is none)
    start = stripped.rfind("。", 0, len(stripped) - 1) + 1
    tail = stripped[start:]
    if not 6 <= len(tail) <= 120 or "\n" in tail:
        return None
    g = _grammar()
    dates = find_dates(tail, 2000)
    ongoing = [(k, p) for p in g.rules.ongoing_phrases if (k := tail.find(p)) > 0]
    k, phrase = min([(d[2], d[0]) for d in dates] + ongoing, default=(-1, ""))
    day = g.date.search(tail, k)
    # the limit alone after the units ("2022年9月底", "2023年6月底前完成"), not a sentence ("5月6日前报省人社厅"), nor a
    # signer's full date ("…部2022年12月5日（此件主动公开）": the notice's signature)
    if k < 3 or len(tail) - k - len(phrase) > 4 or (day is not None and not tail[day.end() :].lstrip().startswith(("前", "以前"))):
        return None
    return start, tail[:k], tail[k:].strip()


def time_limit_after(value: str) -> tuple[str, str | None]:
    """A unit list's last clause that is a time limit, taken off it ("…,湘西经开区管委会,6月底完成",
    湘西州 2020 工作计划): (the list, the time limit or None)."""
    k = max(value.rfind(c) for c in "，,；;")
    dot = value.rfind("。", 0, k) if k > 0 else -1  # or a labelled sentence after the list, the whole of it ("区交建局。时间要求：
    colon = max(value.find("：", dot), value.find(":", dot)) if dot > 0 else -1  # 平潭时报，8月15日；…；平潭网，8月10日", review bk02)
    if 0 < colon - dot <= _TIME_LABEL_CHARS + 1 and looks_like_time_limit(whole := value[colon + 1 :].strip()):
        return value[:dot].rstrip(), whole
    last = value[k + 1 :].strip()
    if k > 0 and looks_like_time_limit(last) and not ends_like_unit(last):
        return value[:k].rstrip(), last
    return value, None


_TIME_LABEL_CHARS = 6


def roll_past_dates(task: dict, issued: str) -> dict:
    """A task of a notice about the next year (meta.next_year_planned): a time limit printed without its year ("1-3月")
    that would fall before the notice was signed is the next year's ("3月" in a notice signed 2022-12-15: 2023-03-31)."""
    def rolled(limit: dict | None) -> dict | None:
        if not limit or not limit.get("date") or _grammar().year_of.search(limit.get("text") or ""):
            return limit
        if limit["date"] >= issued and not _period_from_before(task.get("text") or "", limit.get("text") or "", issued):
            return limit
        return {**limit, "date": str(int(limit["date"][:4]) + 1) + limit["date"][4:]}

    return {**task, "deadline": rolled(task.get("deadline")), "milestones": [rolled(m) for m in task.get("milestones") or []]}


def _period_from_before(text: str, phrase: str, issued: str) -> bool:
    """The time limit ends a period of months whose first month falls before the signing ("7-12月" in a notice signed
    2022-12-15 about 2023, corpus 0280): the whole period is the next year's."""
    at = text.find(phrase) if phrase else -1
    before = text[:at].rstrip() if at > 0 else ""
    first = re.search(r"(\d{1,2})\s*$", before[:-1]) if before[-1:] and before[-1] in "-—–~～至到－" else None
    return first is not None and 1 <= int(first.group(1)) < int(issued[5:7])


def list_deadline(tasks: list[dict], paragraphs: list, year: int | None) -> dict | None:
    """The one time limit a notice sets outside its items for putting right every problem it lists, where no item sets its own:
    "请各事涉部门对存在的问题立即进行整改,并于5月20日前将问题整改完成" over an annexed list (四平市铁西区 督查通知单), "上述责任单位…对存在的
    问题务必于4月19日前整改完毕" after it (濮阳 卫生城市复审 交办, review hq 04, 03). Only a sentence naming problems (rules.PROBLEM_WORDS)
    and their putting right (rules.RECTIFIED_WORDS) outside every task's text; a deadline as build_prose_task writes one, or None."""
    if not tasks or any(t.get("deadline") for t in tasks):
        return None
    rules = _grammar().rules
    if not any(w in p.text for p in paragraphs for w in rules.rectified_words):
        return None  # (most notices: no need to tell their paragraphs from their tasks)
    texts = [t["text"] for t in tasks]  # (by text, not lines: a page on one line holds every paragraph on its line)
    heads = [t.strip()[:_HEAD] for t in texts if t.strip()]
    inside = [any(h in p.text for h in heads) or any(p.text.strip()[:_HEAD] in t for t in texts) for p in paragraphs]
    first = inside.index(True) if True in inside else len(paragraphs)
    for k, para in enumerate(paragraphs):
        if not any(w in para.text for w in rules.rectified_words) or inside[k]:
            continue
        if k > first and not any(w in para.text for w in rules.list_back_words):
            continue  # after the list, only a sentence pointing back at it ("上述…"), not a part on how work is checked (diffreview-i2 p01)
        for sentence in re.split(r"[。；;\n]", para.text):
            if any(w in sentence for w in rules.rectified_words) and any(w in sentence for w in rules.problem_words) \
                    and not any(w in sentence for w in rules.story_marks):  # (not a report: "今年5月底前2个问题已整改到位", corpus 0587)
                limit = deadline_in_text(sentence, year)
                if limit is not None:
                    return limit.record()
    return None


_HEAD = 12
