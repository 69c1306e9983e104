"""Paragraphs from any separator: text whose line structure was lost on the way.

Crawlers store notices with their paragraphs separated by two ideographic spaces, by
no-break spaces, or by nothing at all (a whole notice on one line). Two cuts recover
the paragraphs, both keeping the line the words were printed on:

1. `split_gaps`: a wide gap inside a line (two or more U+3000 / U+00A0, or one after a
   sentence end) separates paragraphs, as a line break would.
2. `split_items`: a numbering marker inside a line opens a new paragraph when it
   continues the sequence of its kind (the next number with the same punctuation, or
   the first of a kind) and stands after a sentence end (。；！？：), a closing bracket
   (a unit note), or a short heading ("一、总体要求（一）指导思想。…"); never inside
   quotes, 《》 or brackets, never inside a number or a date (1.5亿元, 第1.2条).
"""
from __future__ import annotations

import re

from .brackets import Enclosed
from .grammar import current as _grammar
from .item_heads import HEADING_MAX, names_on, part_over_first_group, section_heading_before, section_over_first, short_heading_before
from .markers import CN_DIGITS, NOT_BEFORE_ITEM, WORDS_ENDING_IN_ONE, Marker, candidates, match_marker, ordinal_marker_ends, ordinal_shi, separator
from .note_breaks import ends_with_labelled_units
from .note_spans import ends_with_note
from .numbering import Sequence
from .units import ends_like_unit

# A gap of blanks holding an ideographic or no-break space, or of two blanks or more (parting paragraphs after a sentence end or before an item's marker: split_gaps).
_GAP = re.compile(r"(?=[ \t\u3000\xa0])(?:(?<=\S)[ \t\u3000\xa0]*[\u3000\xa0][ \t\u3000\xa0]*(?=\S)|(?<=\S)[ \t]{2,}(?=\S))")  # the lookahead: blanks first, fast
_SENTENCE_END = set("。；;！!？?：:")
_DATE_END = re.compile(r"(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")  # a date in figures ending right before a mark
_CLOSING = set("）)〕】」』]］")
_BLANKS_AFTER = set("。；！？;!?）)〕】")  # two blanks after these part paragraphs (not after a label's colon)
_RUN_ON = 200  # a line this long holds paragraphs run together
_PIPED = 6  # padded bars in a line that holds a table's rows


def split_gaps(text: str) -> list[str]:
    """Cut a line at the wide gaps that stand for paragraph breaks."""
    if "\u3000" not in text and "\xa0" not in text and "  " not in text:
        return [text]
    out, start, page = [], 0, len(text) >= _RUN_ON and text.count("  ") >= 10  # page: joined by blanks, not a table's long row
    piped = text.count("|      ") >= _PIPED  # a table's cells padded with long runs of blanks
    for m in _GAP.finditer(text):
        gap = m.group(0)
        if piped and (text[m.end()] == "|" or text[m.start() - 1] == "|"):
            continue  # a table cell's padding ("|              政策类型  |", a page's pipe table joined into one line, review hl 01)
        wide = sum(1 for ch in gap if ch in "\u3000\xa0")
        before = text[m.start() - 1]
        # a break: two U+3000; two blanks in a whole page run into one line (not a spaced heading's "第一章　总  则", corpus 1101:
        run_on = len(gap) >= 2 and page  # a blank one letter away); a marker after the gap; a sentence end
        spaced = text[m.start() - 2 : m.start() - 1].isspace() or text[m.end() + 1 : m.end() + 2].isspace() or ordinal_marker_ends(text, m.start())
        opens_item = (wide or len(gap) >= 2 and len(text) >= _RUN_ON) and (match_marker(text[m.end() : m.end() + 40]) is not None
                                                                         or ordinal_shi(text[m.end() : m.end() + 4]) is not None)  # (after a
        # lead-in's colon: "…要着力完成以下工作:  一是在2009年2月28日前完成…", 昌江 公共机构节能 实施方案, review hn 06 flattened)
        if wide >= 2 or run_on and not spaced or (before in _SENTENCE_END or before in _CLOSING) and (wide or before in _BLANKS_AFTER) or opens_item:
            out.append(text[start : m.start()])
            start = m.end()
    out.append(text[start:])
    return [part for part in out if part.strip()]


RESTARTING_KINDS = ("cn", "arabic", "paren_arabic")  # kinds whose 1 after a sentence end may start a new list when its 2 follows
_ARTICLE_HEADS = ("chapter", "section", "part")  # the headings an article opens under without a sentence end ("第一章 总则第一条 为了…")


# the usual order of marks, outermost first: a title with a comma heads a first item of a kind
# further down ("一、聚焦重点领域,提升政务公开质量 (一)…"), never a 一、 after a 1. ("7.…达到服务标识统一、…")
_USUAL_DEPTH = ("chapter", "part", "section", "cn", "paren_cn", "arabic", "paren_arabic", "arabic_rparen", "circled")


def _deeper(kind: str, than: str | None) -> bool:
    return than in _USUAL_DEPTH and kind in _USUAL_DEPTH and _USUAL_DEPTH.index(kind) > _USUAL_DEPTH.index(than)


def _confirmed(text: str, start: int, marker: Marker, more: int = 1, reach: int = 1) -> bool:
    """A number met first inside running text is an item when the next number of its kind
    follows later ("…分解方案84.推动…。85.完成…": a list that starts mid-way); with `more`,
    the next `more` numbers, each after the one before; with `reach`, a later one up to `reach` on (a department's share of a list)."""
    want = marker.value + 1
    for n, m in enumerate(candidates().finditer(text, start, min(len(text), start + 4000 * more))):
        if n > 300 * more:
            break
        nxt = match_marker(text[m.start() : m.start() + 60])
        if nxt is not None and nxt.kind == marker.kind and want <= nxt.value < want + reach and separator(nxt) == separator(marker):
            if nxt.value >= marker.value + more:
                return True
            want = nxt.value + 1
    return False


def _since_signature(text: str, i: int) -> int | None:
    """How many characters stand between the last full date (a signature's) and `i`, since the last sentence end before `i`."""
    window = (w := text[max(0, i - 200) : i])[w.rfind("。") + 1 :]
    ends = [m.end() for m in _grammar().date.finditer(window)] if "日" in window else []
    return len(window) - ends[-1] if ends else None


def after_signature(text: str, i: int) -> bool:
    """A full date (a signature's) since the last sentence end before `i`."""
    return _since_signature(text, i) is not None


def _title_after_signature(text: str, i: int) -> bool:
    """A signature's date, then a plan's title of four characters or more, before `i` ("…办公室
    2018年4月18日(此件公开发布)附件12018年…责任分解一、"), not a date just before it ("5月1日一、二级医院")."""
    return (_since_signature(text, i) or 0) >= 4


def split_items(text: str, sequence: Sequence, opens_part=None, run_on=None) -> list[str]:
    """Cut a paragraph before each numbered item run on into it; `sequence` carries the
    numbering from the paragraphs before and is updated with what this one opens.

    A mark after a sentence end, a closing bracket or a short heading opens an item when it continues its sequence. Without such a
    boundary (a notice whose line breaks were all lost: "…专班2.规模上…") only the very next number of a sequence already running does,
    or a first number whose successor follows. `opens_part(text, i)` names other places that open a paragraph after a sentence end
    (a 牵头单位： label); `run_on(text)` the places that open one wherever they stand (a note run on into the text)."""
    head = match_marker(text)
    if head is not None:
        sequence.take(head)
    g = _grammar()  # (a side panel's word first: most lines hold none)
    panels = [m.start() for m in g.side_panel_title.finditer(text) if _at_boundary(text, m.start())] if any(w in text for w in g.rules.side_panel_words) else []
    if panels and panels[0] == 0:
        sequence.enter_panel()  # a side panel's title opens the line ("专栏2残疾人社会保障重点项目（一）资金类：…")
        panels.pop(0)
    if len(text) < 8:
        return [text]
    cuts: list[int] = []
    contents = 0  # marks in a row each over a short title alone: a table of contents, run together
    inside: Enclosed | None = None
    title_start = head.end if head is not None else None  # its title, when it opens with a marker
    title_kind = head.kind if head is not None else None
    for m in candidates().finditer(text, 1):
        i = m.start()
        while panels and panels[0] < i:  # a side panel run on after a sentence: its own list starts (numbering.Sequence)
            sequence.enter_panel()
            panels.pop(0)
        k = i - 1
        while k >= 0 and (text[k] in " \t" or "\ue000" <= text[k] <= "\uf8ff"):  # (a crawler's private-use mark for a break: "…本条例。\ue004第二条", 0820)
            k -= 1
        if k < 0:
            continue
        last = text[k]
        if last in ":：" and k == i - 1 and k > 0 and text[k - 1].isdigit():
            continue  # a time or a ratio ("17:01", "1:1"), not a colon before an item
        boundary = last in _SENTENCE_END or last in _CLOSING or last in "#|"  # "…提升。## 二、…", "…| 100% |三、…" (markdown run on); or a phone
        # a stop typed as an ASCII full stop after a word ("…促进工作有效开展.六、定期召开…", a sharing site's copy, review cd10 flattened)
        # (or after a unit sign or a closing mark typed so: "…不少于300㎡.5.户外广告:…", review cl10 flattened; not a decimal's digit)
        boundary = boundary or (last == "." and k > 0 and not text[k - 1].isascii() and not text[k - 1].isdigit())
        boundary = boundary or (last.isdigit() and text[i] in "（(" and text[i + 1 : i + 2] in CN_DIGITS)  # number's end: "…18233155824（五）各单位…" (1020)
        boundary = boundary or (last.isdigit() and _DATE_END.search(text, max(0, k - 10), k + 1) is not None)  # a page's date: "发布时间 :2015-09-08一、…" (hs 08 flat)
        # A short numbered heading run on into its first item: "一、总体要求（一）…".
        title = text[title_start:i] if title_start is not None and i - title_start <= HEADING_MAX else None
        heading = title is not None and not re.search(r"[。；;，,：:！？]", title)
        # a title with a comma: "一、聚焦重点领域,提升政务公开质量 (一)…" heads its first item of
        # a kind further down (_deeper)
        comma_title = not heading and title is not None and not re.search(r"[。；;：:！？]", title)
        # (a percent closes a figure, no number goes on after it: "…增长6.8%2 规模工业增加值…", 霍邱县 2025 flattened, review r37a 10)
        in_word = not boundary and last in WORDS_ENDING_IN_ONE and text.startswith("一", i) and text[k - 1 : k + 1] not in ("系统", "传统")  # "统一、布局"
        if last == "第" or (not (boundary or heading or comma_title) and (last in NOT_BEFORE_ITEM or (last.isascii() and last != "%"))):
            continue  # "约3.5" a number; "…坚持质量第一、以用为本" an ordinal, even in a short heading
        marker = match_marker(text[i : i + 60])
        if marker is None or (marker.kind == "cn" and _counted_run(text, i, marker.end)) or (marker.kind == "arabic" and _annex_number(text, k)):
            continue  # (an annex's number: "…0311-66005126。附件1.教育部…的通知附件2.…", corpus 1048 flattened, review fv-s5)
        first = marker.value == 1 and "article" not in sequence.last and not text.startswith(_grammar().rules.cited_article_after, i + marker.end)  # a regulation's 第一条
        if marker.kind == "article" and not boundary and not (heading and title_kind in _ARTICLE_HEADS) and not first and (head or i > 2):  # ("则第六十条", 0054)
            continue  # an article cited in a sentence ("（一）删去第十一条。", "五、将第十条改为第十一条", corpus 0064, 1125), not one opening
        if not boundary and last in NOT_BEFORE_ITEM and marker.kind.startswith("decimal"):
            continue  # a quantity after a short title's verb: "2.城区道路路网密度达到5.1公里/平方公里" (通州区 2021, review r32b 08)
        if comma_title and marker.value == 1 and _deeper(marker.kind, title_kind):
            heading = True
        elif title is not None and not heading and re.search(r"[：:]", title) and not re.search(r"[。；;！？]", title) and marker.value == 1 \
                and _deeper(marker.kind, title_kind) and _confirmed(text, i + marker.end, marker):  # (not "（三）加强长效管护。…抓好以下工作（1）…", diffreview-f2 p34)
            heading = True  # a short title holding a label, over its first item and the next: "四、后勤集团联系人:王彪(一)保证…(二)…" (a school's 运动会 arrangements, review gx 07 flattened)
        elif comma_title and not boundary and (last in NOT_BEFORE_ITEM or last.isascii()) and not (_two_phrases(title) and sequence.is_next(marker)):
            continue  # (but a title of two phrases over the next of its list: "四、切实履行行政执法职责,规范行政执法行为(二十)…", review hx 07)
        unseen = marker.kind not in sequence.last
        if boundary or heading:
            ok = sequence.plausible(marker) or sequence.goes_on_outside(marker) or (unseen and _confirmed(text, i + marker.end, marker, reach=1 + 2 * heading))
        else:
            ok = sequence.is_next(marker) or sequence.goes_on_outside(marker) or (unseen and _confirmed(text, i + marker.end, marker))
        if not ok and sequence.restarts(marker, RESTARTING_KINDS if boundary else ("cn",)) and match_marker(text[i + marker.end : i + marker.end + 60]) is None:
            # "…石家庄海关一、专项整治目标…二、…": the next document on the page
            ok = _confirmed(text, i + marker.end, marker)
        if not ok and boundary and sequence.jumps(marker):
            # "…和志愿者18.实施…。19.统筹…。20.…" (corpus 1000: the store lost items 9.–17.): the list goes on from a later number, its next
            # two after it; or after the note closing the item before it, as a department's share of a list is numbered ("…配合单位:市发改委等。38.以市域…", s8a 03)
            ok = _confirmed(text, i + marker.end, marker, more=2) or bool(_grammar().label_re.search(text, cuts[-1] if cuts else 0, i)) \
                or (last in _CLOSING and ends_with_note(text[cuts[-1] if cuts else 0 : k + 1]))  # "…左右。 (工资处、就管中心)7.城镇…" (苏劳社[2007]18号, ga 02)
        if not ok and not boundary and sequence.jumps(marker) and marker.value <= sequence.last[marker.kind][0] + 3 and cuts \
                and _grammar().label_re.search(text, cuts[-1], i) and ends_like_unit(text[max(0, i - 12) : i]):
            # a unit label's list, then the next item with nothing between, items lost before it ("…责任科室(单位):县总医院、县妇幼保健院4.开展…", s13d 03)
            ok = True
        if not ok and not boundary and unseen and ends_like_unit(text[max(0, i - 12) : i]) and ends_with_labelled_units(text[max(0, i - 200) : i]) \
                and not names_on(text, i + marker.end):  # (not a numbered name's numeral: "责任单位:市公安局交警支队一、二大队", diffreview-h1 p07)
            ok = True  # the first of its kind after a unit label's list: "…责任单位:XX镇、各街道办事处(四)推动源头减量,…1.各类…" (a page
            # opening mid-way, flattened: 市城区生活垃圾分类行动实施方案 第2/3页, review hk 03)
        if not ok and contents >= 3 and sequence.restarts(marker, (marker.kind,)):
            ok = _confirmed(text, i + marker.end, marker)  # "…6.4　奖励和处罚7　附则1　总则1.1　编制目的…": the body after its contents (corpus 1096)
        if not ok and boundary and marker.kind == "cn" and (sequence.jumps(marker) or unseen) and section_over_first(text, i + marker.end):
            ok = True  # "…主次干道。四、工作任务(一)加强…" (a 扬尘治理 plan whose page lost 三、, flattened, review s17d 03)
        if not ok and boundary and unseen and marker.kind in ("cn", "paren_cn") and _heads_running_item(text, i + marker.end, sequence, marker.kind):
            # "…减少9.0%、6.9%。二、落实节能减排目标责任(三)合理分解…" (四川 节能减排, review s12b 03): an excerpt that
            # starts inside 一、, its 二、's short title over the next item of the list running before it
            ok = True
        if not ok and boundary and marker.kind == "cn" and marker.value == 1 and "cn" in sequence.last and part_over_first_group(text, i + marker.end):
            ok = True  # a second document's first part with its first group: "…《上海市促进残疾人就业三年行动方案》为贯彻…制定本行动方案。一、聚力开源拓岗,
            # 开展残疾人就业促进行动(一)组织…" (an article reprinting plans, flattened, review hl 07)
        ok = ok and not in_word
        if not ok and marker.kind == "cn" and marker.value == 1 and _annex_title_before(text, i):
            ok = True  # "…附件包头市数字政府建设考评指标一、政务服务…" (corpus 1134 flattened): the annex's own first part
        if not ok and marker.kind == "cn" and marker.value == 1 and not cuts and _plan_title_before(text, i):
            ok = True  # "海南省旅游和文化广电体育厅2021年工作计划一、坚持以政治建设为统领…": the plan's title, then its first part
        if not ok and marker.kind == "arabic" and marker.value == 1 and not cuts and _title_after_signature(text, i) and _plan_title_before(text, i):
            ok = True  # "…2021年3月24日(此件公开发布)政府工作报告“十四五”时期重点工作责任分解1.聚焦…" (衢州 2021 flattened, review fv 07)
        if not ok and marker.kind == "cn" and marker.value == 1 and _title_after_signature(text, i):
            # "…赤壁市人民政府办公室2021年1月27日附件《…》…责任分解一、…": the plan under the notice's signature, after
            # the notice's own 一、二、 or its list of annexes ("附件:1.…2.…金华市人民政府办公室2018年4月18日…", 金华 2018)
            ok = True
        if not ok and heading and marker.kind == title_kind and marker.value == 1 and marker.kind in RESTARTING_UNDER_TITLE and i - title_start <= RESTART_TITLE_CHARS \
                and _confirmed(text, i + marker.end, marker, more=2):
            ok = True  # the list starts again under a short title of its kind: "(三)整改措施(一)加强目标管理。…(二)…(三)…" (宁夏 督察整改 公示, review he 05 flat)
        heading_at = section_heading_before(text, i) if not ok and marker.value == 1 and marker.kind != "cn" else None
        if heading_at is None and not ok and sequence.restarts(marker, (marker.kind,)) and text[i + marker.end : i + marker.end + 1] not in _CITED_AFTER \
                and _confirmed(text, i + marker.end, marker):  # (not points cited: "…费用。按照前款(一)、(二)项规定扣除后…", corpus 0383)
            heading_at = short_heading_before(text, i)  # or any short one over a list starting again: "…报告。防汛办主要职责1、贯彻…。2、…" (ii 04)
        if heading_at is not None:
            ok = True  # "…等各种方式。活动内容(一)专栏宣传…": a part's heading with no number over its first item (县 防灾减灾日 方案, review gy 05 flattened)
            cuts.append(heading_at)
        if not ok:
            continue
        if inside is None:
            inside = Enclosed(text, stray_quotes=True)  # "…百校对接”“生根出访成果,…。4.推动…" (review r40b 04 flattened)
        if i in inside:
            continue
        cuts.append(i)
        sequence.take(marker)
        short = title_start is not None and 0 < i - title_start <= 16 and not any(ch in text[title_start:i] for ch in "。，,；;：:")
        contents = contents + 1 if short else 0
        title_start, title_kind = i + marker.end, marker.kind
    if opens_part is not None:
        cuts = sorted(set(cuts) | _part_openings(text, opens_part, cuts))
    if run_on is not None:
        extra = run_on(text)
        if extra:
            inside = inside or Enclosed(text)
            cuts = sorted(set(cuts) | {j for j in extra if 0 < j < len(text) and j not in inside})
    if not cuts:
        return [text]
    bounds = [0] + cuts + [len(text)]
    parts = [text[a:b].strip().rstrip("# ") for a, b in zip(bounds, bounds[1:])]
    return [part for part in parts if part]


# a list that starts again under a short title of its kind: its kinds and the title's length at most ("(三)整改措施(一)…"), here and in the
# outline (segment._restarts_under); not "1" over a body restarting "1 总则" after a contents list
RESTARTING_UNDER_TITLE, RESTART_TITLE_CHARS = ("paren_cn", "paren_arabic"), 12


_CITED_AFTER = "、，,项款条(（"  # after a point's number, it is cited ("(一)、(二)项"), not opened


def _at_boundary(text: str, i: int) -> bool:
    """Nothing but blanks, or a sentence end or a closing bracket, before `i`."""
    before = text[:i].rstrip()
    return not before or before[-1] in _SENTENCE_END or before[-1] in _CLOSING


def _heads_running_item(text: str, start: int, sequence: Sequence, kind: str = "cn") -> bool:
    """A short title from `start`, then the next number of a sequence already running, or its 1 (the part's first item: "…宣传。二、
    加强“法律七进”,深入推进社会矛盾化解。1、结合镇情,…", 镇 七五普法 flattened, s12a 08); no clause mark in it, or one sentence before a 1."""
    for m in candidates().finditer(text, start, min(len(text), start + HEADING_MAX)):
        nxt = match_marker(text[m.start() : m.start() + 60])
        if nxt is None or not _deeper(nxt.kind, kind):
            continue
        title = text[start : m.start()].strip()
        last = sequence.last.get(nxt.kind)
        if len(title) < 2 or last is None or separator(nxt) != last[1]:
            return False
        if nxt.value == last[0] + 1:  # (two phrases at most: "四、切实履行行政执法职责,规范行政执法行为(二十)加快…", 依法行政 plan, review hx 07)
            return not re.search(r"[。；;，,：:！？]", title) or _two_phrases(title)
        # or a title of phrases over its first item, the items before it those of the part before ("…交通安全工作。四、相关职能部门的工作职责(一)公安
        # 部门1、…", "…确保交通安全。三、加强宣传教育,强化监督管理(一)各级教育部门…": 道路交通安全 pages cut inside a part, review bq06, bq10)
        return nxt.value == 1 and last[0] >= 2 and not re.search(r"[。；;：:！？]", title.removesuffix("。"))
    return False


def _two_phrases(title: str) -> bool:
    """A heading of two phrases apart by a comma, each of four characters at least ("切实履行行政执法职责,规范行政执法行为"; not
    "落实，目标责任"), no other clause mark."""
    phrases = re.split(r"[，,]", title)
    return len(phrases) == 2 and min(map(len, phrases)) >= _PHRASE and not re.search(r"[。；;：:！？]", title)


_PHRASE = 4


def _plan_title_before(text: str, i: int) -> bool:
    """The text before `i`, or after the last sentence before it, is a plan's title alone: no clause mark, at most 80 characters, ending like a
    plan ("…2021年县委、县政府为民办实事工作计划一、人居环境提升工程(1)…", 连江县 2021 flattened, s2a 05) or a table of work an annex prints
    ("…2023年政府工作报告重点工作责任分解 一、朱伟县长牵头重点工作1.…", 长兴县 2023 flattened, web-r 08)."""
    head = text[:i]
    head = head[max(head.rfind(ch) for ch in "。！？!?") + 1 :].strip()
    endings = (g := _grammar()).rules.plan_title_endings + tuple(w for w in g.rules.annex_plan_title_endings if w not in ("任务", "安排"))
    return 6 <= len(head) <= 80 and head.endswith(endings) and not any(ch in head for ch in "。；;：:，,")


def _annex_title_before(text: str, i: int) -> bool:
    """An annex's label and its title right before `i`, run together: "附件包头市数字政府建设考评指标"."""
    labels = _grammar().rules.unnumbered_section_titles
    j = max(text.rfind(w, max(0, i - 60), i) for w in labels)
    if j < 0:
        return False
    title = text[j:i].lstrip("".join(labels) + "0123456789：: ")
    return len(title) >= 4 and not any(ch in title for ch in "。；;，,、")


def _annex_number(text: str, k: int) -> bool:  # the text up to `k` ends with 附件, 附表 or 附录
    return text.endswith(tuple(w for w in _grammar().rules.unnumbered_section_titles if w.startswith("附")), max(0, k - 3), k + 1)


def _counted_run(text: str, i: int, end: int) -> bool:
    """"一、二、三产业": numerals counted in a row, no markers ("16﹒加快一、二、三产业融通发展", 四川 2021,
    review r21a 09): a numeral and 、 right before this one or right after it, or a numeral and a counter
    after it ("设一、二等奖", "一、二季度", review r22a 07 flattened, review-fv-d)."""
    before, after = text[max(0, i - 2) : i], text[i + end : i + end + 2]
    # or one word over each numeral: "高一、高二" (grades, corpus 0972 flattened, review-fv-s4), "周一、周二"
    same_word = len(before) == 2 and len(after) == 2 and after[0] == before[1] and after[1] in CN_DIGITS and not before[1].isspace()
    return (len(before) == 2 and before[1] == "、" and before[0] in CN_DIGITS) or (len(after) == 2 and after[0] in CN_DIGITS and after[1] in "、等级类档批季期星") or same_word


_AFTER_SENTENCE = re.compile(r"[。）)](?=\s*\S)")  # not ；: labels after it are parts of one note
_AFTER_COMMA = re.compile(r"[，,](?=\s*\S)")


def _part_openings(text: str, opens_part, items: list[int] = ()) -> set[int]:
    out, inside = set(), None
    for m in _AFTER_SENTENCE.finditer(text):
        j = _after_blanks(text, m.end())
        if opens_part(text, j):
            inside = inside or Enclosed(text)
            if j not in inside:
                out.add(j)
    # after a comma, the first label right after an item's text ("1、农村道路畅通工程,牵头部门:市交通局。"): in each item
    # cut from the line (a whole page on one line: "…通报如下:1、…,牵头部门:市交通局。2、…", 六安 2017 flattened, review-fv-c),
    # only before its first colon (later labels are the same note's) and before any opening above
    bounds = [0, *items, len(text)]
    label = _grammar().label_re
    for a, b in zip(bounds, bounds[1:]):
        # or the item's first label wherever it stands, after a comma ("1.规模以上工业增加值:增长8%(…),责任单位为区经信局;", the colon before it
        # an indicator's, not a label's: 县域经济考核指标, review dn04)
        first = _first_label(text, a, b, label)
        j = first.start() if first is not None else -1
        if j > a and text[a:j].rstrip()[-1:] in "，," and opens_part(text, j) and j not in (inside := inside or Enclosed(text)):
            out.add(j)
            continue
        colons = [k for k in (text.find(":", a, b), text.find("：", a, b), min((o for o in out if a < o < b), default=-1)) if k >= 0]
        for m in _AFTER_COMMA.finditer(text, a, min(min(colons) if colons else a, a + 40 if a else len(text))):  # (an item's title: 40 characters)
            j = _after_blanks(text, m.end())
            if _colon_near(text, j) and opens_part(text, j):
                inside = inside or Enclosed(text)
                if j not in inside:
                    out.add(j)
                    break
    return out


def _first_label(text: str, a: int, b: int, label: re.Pattern):
    """The first label in text[a:b], looked for only just before each colon there (a label ends at its colon): the whole label
    pattern tried over every item of every paragraph had cost a tenth of the corpus's time."""
    for colon in _COLON.finditer(text, a, b):
        m = label.search(text, max(a, colon.start() - _LABEL_REACH), colon.end())
        if m is not None and m.end() > colon.start():
            return m
    return None


_COLON, _LABEL_REACH = re.compile(r"[:：]"), 16  # a label's words before its colon, with a qualifier in brackets


def _after_blanks(text: str, j: int) -> int:
    while j < len(text) and text[j] in " \t":
        j += 1
    return j


def _colon_near(text: str, j: int) -> bool:
    """A colon within a label's length of j (a cheap test before the label pattern is tried)."""
    window = text[j : j + 16]
    return ":" in window or "：" in window
