"""What stands right after or before a numbering marker met inside running text, where a paragraph's line breaks were lost: a short
part title over its first group or item, a section's heading with no number, a unit's name whose numeral the marker only looks like.
paragraphs.split_items asks these before it cuts a line at the marker."""
from __future__ import annotations

import re
from dataclasses import replace

from .grammar import current as _grammar
from .markers import Marker, candidates, first_point_after_title, match_marker, ordinal_shi, points_after_stops
from .unit_labels import colon_units
from .units import ends_like_unit

HEADING_MAX = 40  # a heading run on into its first item is at most this long
OPENING_MAX = 300  # a part's title and its opening sentences before its first item run on
NAME_AFTER = 12  # a unit's name after a marker's numeral is this long at most ("二大队")


def names_on(text: str, start: int) -> bool:
    """What follows a marker at `start` is a unit's name, short and ending as one does, up to the next marker or sentence end ("二大队5.开展…")."""
    stop = next((m.start() for m in candidates().finditer(text, start, start + NAME_AFTER + 1) if match_marker(text[m.start() : m.start() + 20])), None)
    head = re.split(r"[。；;，,：:]", text[start : stop if stop is not None else start + NAME_AFTER + 1])[0]
    return len(head) <= NAME_AFTER and ends_like_unit(head)


def section_over_first(text: str, start: int) -> bool:
    """From `start`, a short title naming a section (工作任务, 保障措施 …), then the first item under it ("（一）", "1."); or the title run on
    into its opening sentences, the first item after them ("…辅助除运雪。三、职责分工市除雪指挥部负责…工作。(一)市除运雪指挥部办公室负责…",
    a page opening inside 二、's (三), 某市 社会化除运雪 方案 flattened, review gv 04)."""
    words = (r := _grammar().rules).task_section_keywords + r.non_task_section_keywords + r.duty_section_words
    if duty_title_end(text, start) is not None:
        return True  # its title over the units' duties each after its name and a colon ("…报市政府。五、职责分工市旅游局:负责…", 宜昌 2013 flattened, review id 06)
    for m in candidates().finditer(text, start, min(len(text), start + OPENING_MAX)):
        if (first := match_marker(text[m.start() : m.start() + 60])) is not None and first.kind != "cn":
            title = text[start : m.start()].strip()
            return first.value == 1 and (len(title) <= 16 and title.endswith(words) or text[m.start() - 1] in "。；;" and title.startswith(words))
    return False


def duty_title_end(text: str, start: int) -> int | None:
    """Where a short title from `start` naming a division of work by unit (rules.DUTY_SECTION_WORDS) ends, a unit's name, its colon
    and its duty glued after it ("职责分工市旅游局:负责专项整治工作的组织协调…", 宜昌 2013 flattened, review id 06); None else."""
    words = _grammar().rules.duty_section_words
    ends = [k for k in range(start + 2, min(len(text), start + _DUTY_TITLE + 1)) if text[start:k].endswith(words) and colon_units(text[k : k + 80])]
    return ends[-1] if ends and not re.search(r"[。；;，,：:！？]", text[start : ends[-1]]) else None  # the longest: "职责分工", not 职责


_DUTY_TITLE = 16


def part_over_first_group(text: str, start: int) -> bool:
    """From `start`, a part's short title, no sentence in it, then its first group's "(一)"."""
    m = next(candidates().finditer(text, start, min(len(text), start + HEADING_MAX)), None)
    first = match_marker(text[m.start() : m.start() + 60]) if m is not None else None
    return first is not None and first.kind == "paren_cn" and first.value == 1 and len(text[start : m.start()]) >= 4 and not re.search(r"[。；;！？：:]", text[start : m.start()])


def _words_before(text: str, i: int) -> tuple[int, str]:
    """Where the words between the last sentence end before `i` and `i` start (0: no sentence end), and the words."""
    start = max(text.rfind(ch, 0, i) for ch in "。；;！？") + 1
    return (start + len(text[start:i]) - len(text[start:i].lstrip()) if start else 0), text[start:i].strip()


def section_heading_before(text: str, i: int) -> int | None:
    """Where a section's heading with no number starts, alone between the last sentence end and `i` ("活动内容", "保障措施"); None else."""
    start, head = _words_before(text, i)
    rules = _grammar().rules
    name = next((k for k in rules.task_section_keywords + rules.non_task_section_keywords if head.endswith(k)), None)  # (not a lead-in's words:
    return start if start and name and len(head) <= len(name) + 2 else None  # "各村要抓好以下重点工作", diffreview-f2 p15)


def short_heading_before(text: str, i: int) -> int | None:
    """Where a short heading of words alone starts between the last sentence end and `i` ("…报告。防汛办主要职责1、…"); None else."""
    start, head = _words_before(text, i)
    if not start or not 2 <= len(head) <= _SHORT_HEADING or any(ch in head for ch in _NOT_IN_HEADING) or head.endswith(_grammar().rules.note_heading_endings):
        return None  # (not notes on a form: "…报县政府。填表说明1、本表由…", diffreview-k2 p03f)
    return start


_SHORT_HEADING = 16
_NOT_IN_HEADING = "，,：:、（）()《》“”|"


def split_points(text: str) -> list[str]:
    """A paragraph that opens with "一是" and runs on "二是", "三是" after its sentence ends, cut before each next point
    ("一是坚持节日期间停止炼山用火审批,…。二是要求各乡镇…;…三是…;四是…", a 安福县 森林防火 news item stored on one line, review
    hs 07): its points are paragraphs, as they are where each has its line (segment reads them as items where nothing is numbered)."""
    first = ordinal_shi(text)
    if first is None and (at := first_point_after_title(text)) is not None and len(points := split_points(text[at:])) > 1:
        return [text[:at]] + points  # its title glued before it: "…社会救助工作计划一是积极推进…。二是…" (review hz 07)
    if first is None and match_marker(text) is None and (stop := _last_stop_before_first_point(text)):
        rest = split_points(text[stop:])  # the title after a sentence of page chrome: "…请在taowenge.com…上搜索。民政局…计划一是…" (hz 07 flattened)
        return [text[:stop]] + rest if len(rest) > 2 else [text]
    if first is None and match_marker(text) is None and (at := _point_after_requirement(text)) is not None:
        rest = split_points(text[at:])  # the points after a clause saying they are required: "会议要求,一是抓好…。二是…" (review io 05)
        return [text[:at]] + rest if len(rest) > 2 else [text]
    if first is None or first.value != 1 or _reports(text):
        return [text]
    parts, start, expected = [], 0, 2
    for m in points_after_stops(text):
        point = ordinal_shi(text[m.end() : m.end() + 5])
        if point is not None and point.value == expected:
            parts.append(text[start : m.start()])
            start, expected = m.end(), expected + 1
    return parts + [text[start:]]


def _last_stop_before_first_point(text: str) -> int | None:
    """Where the sentence before the first point "一是" ends, the point right after it or after a short title glued to it
    (first_point_after_title); None else."""
    point = text.find("一是")
    stop = max(text.rfind(ch, 0, point) for ch in "。！？") + 1 if point > 0 else 0
    if not stop:
        return None
    rules = _grammar().rules
    # or the first point right after the lead-in's sentence ("…县教体局采取四项措施,加强…。一是举办…。二是…", a county's news page, review ic 05)
    if stop == point:  # (not a list of problems: "现将有关问题通报如下", corpus 1035; nor a measure's own points, 1129)
        lead = text[max(text.rfind(ch, 0, stop - 1) for ch in "。！？") + 1 : stop]
        counted = any(lead[k - 1 : k] in _NUMERALS for w in rules.measure_count_words for k in _finds(lead, w))  # "采取四项措施"
        return stop if counted and not any(w in lead for w in rules.problem_words + rules.counted_not_measures) else None
    at = first_point_after_title(text[stop:])  # a plan's title, no report's "主要做法" (diffreview-j1 p23), or "…工作安排" (j2 p28)
    return stop if at is not None and text[stop : stop + at].endswith(rules.plan_title_endings + rules.points_title_endings) else None


def _point_after_requirement(text: str) -> int | None:
    """Where "一是" stands right after a clause, closed by a comma or a colon, that says what follows is required ("会议要求,一是…", a 民宗局
    news page, review io 05; "该局要求库区村认真落实相关防汛措施:一是…", 城步 移民局, ii 08; rules.REQUIRING_LEADS); None else."""
    # (or "会议要求,一要落实主体责任,…。二要…", review in 07), right after a comma or a colon (not "第一要务", "统一要求", diffreview-k5 p02)
    point = next((k for k in range(1, len(text) - 1) if text.startswith(("一是", "一要"), k) and text[k - 1] in "，,：:"), -1)
    if point <= 0:
        return None
    lead = text[max(text.rfind(ch, 0, point) for ch in "。！？；;") + 1 : point]  # (a verb, not a noun: "按照“四个最严”的要求，重点检查：", corpus 1129;
    rules = _grammar().rules  # nor a basis, "按照县安委会工作要求，", diffreview-k2 p23)
    return point if any(0 < k and lead[k - 1] != "的" and not lead[max(lead.rfind("，", 0, k), lead.rfind(",", 0, k)) + 1 :].startswith(rules.sentence_openings)
                        for w in rules.requiring_leads for k in _finds(lead, w)) else None


def required_point(text: str) -> Marker | None:
    """The first point "一是" after a clause requiring it, in a paragraph of its own ("会议要求,一是抓好…。" over "二是…", review io 05): the point's
    mark, its text after it; None else."""
    at = _point_after_requirement(text) if match_marker(text) is None else None
    point = ordinal_shi(text[at:]) if at is not None and not _reports(text[at:]) else None  # (not "按照…要求，一是开展了…", k2 p23)
    return replace(point, end=at + point.end) if point is not None and point.value == 1 else None


_NUMERALS = "一二三四五六七八九十两多几0123456789"  # ("采取多项措施", diffreview-j3 p13)


def _finds(text: str, word: str) -> list[int]:
    return [k for k in range(len(text)) if text.startswith(word, k)]


def _reports(text: str) -> bool:
    """Points that tell what was done: a 了 after a verb ("调整充实了县安委会组成人员", a 工作总结, diffreview-i1 p36), not 为了, 了解."""
    return any(text[i - 1 : i] not in ("为", "不", "了") and text[i + 1 : i + 2] not in ("解", "了") for i in range(1, len(text)) if text[i] == "了")  # (nor "不了了之", diffreview-i2 p15)

