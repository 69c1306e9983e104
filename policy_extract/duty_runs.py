"""Duties run together: a paragraph holding three sentences or more that each open with a
unit's name and a colon ("…请一并贯彻执行。省卫生厅:负责…。省计委:负责…。省教育厅:负责…",
粤府办[1999]94号 with its line breaks lost, review fx 08 flattened) is those units' duties,
one paragraph each, as the notice printed them on lines of their own."""
from __future__ import annotations

import re
from dataclasses import replace

from .deadlines import deadline_in_text
from .grammar import current as _grammar
from .item_heads import duty_title_end
from .markers import BULLETS, match_marker
from .note_spans import ends_with_note
from .pieces import Piece
from .subjects import duty_subject, opens_with_lead
from .unit_labels import NAMES_ALONE, colon_units, names_alone
from .units import ends_like_unit

_SENTENCE_ENDS = "。；;！？"
_SENTENCE = re.compile(f"[^{_SENTENCE_ENDS}]+[{_SENTENCE_ENDS}]?")
_LEAST = 3  # sentences opening with a unit and a colon, in one paragraph
_SHORTEST = 60  # a paragraph holding three duties is longer than this


def duty_starts(text: str) -> list[int]:
    """Where sentences opening with their units and a colon start in `text` (after a sentence end)."""
    starts = []
    for i, ch in enumerate(text[:-1]):
        if ch in _SENTENCE_ENDS and colon_units(text[i + 1 : i + 1 + _HEAD]):
            starts.append(i + 1)
    return starts


_HEAD = 80  # a unit's name, its colon and the words opening its work lie within this (unit_labels.colon_units)


def split_duty_runs(pieces: list[Piece]) -> list[Piece]:
    """Each unnumbered paragraph of three duty sentences or more split before each duty; the text before the first stays
    a paragraph of its own (the notice's opening). Every part keeps the paragraph's lines. A numbered item's body keeps
    its duties (an item over its units' duties is read as printed on lines: segment_breaks.unit_paragraphs)."""
    out: list[Piece] = []
    for k, piece in enumerate(pieces):
        text = piece.text
        marker = match_marker(text) if piece.kind == "para" else None
        titled = duty_title_end(text, marker.end) if marker is not None else None  # "五、职责分工市旅游局:负责…。市公安局:负责…" (id 06 flattened)
        if piece.kind != "para" or len(text) < _SHORTEST or text.count("：") + text.count(":") < 2 or (marker is not None and titled is None):
            out.append(piece)
            continue
        starts = ([titled] if titled else []) + duty_starts(text)
        # or two, the paragraph one of a run of duties a line each: "市公安局:…负责全市重大案件的挂牌督办。市经委:依法对…" over
        # "市工商局:负责…" (毒鼠强专项整治 工作方案, review hj 06)
        opens = bool(colon_units(text))
        if len(starts) + opens < _LEAST and not (starts and opens and _beside_duty(pieces, k)):
            out.append(piece)
            continue
        out += _cut(piece, starts)
    return out


def _beside_duty(pieces: list[Piece], k: int) -> bool:
    """The paragraph before or after the k-th opens with its units and a colon."""
    return any(colon_units(pieces[j].text) for j in (k - 1, k + 1) if 0 <= j < len(pieces) and pieces[j].kind == "para")


def split_duty_lists(pieces: list[Piece]) -> list[Piece]:
    """A paragraph where a sentence closed by a colon introduces the units' duties, three at least, each a sentence opening with its
    units as the subject ("…具体分工如下:省统计局负责人口普查的日常工作…。省公安厅负责户口整顿工作…。省人口计生委负责…", 湖北 人口普查
    成员单位职责分工 2010 with its line breaks lost, review gp 03; "…并履行好以下职责:党委宣传部门要将…。协调报刊…。精神文明建设部门要…",
    gp 07): cut after the colon and before each duty, as the notice printed them on lines; a sentence opening with no unit stays with
    the duty before it. Every part keeps the paragraph's lines."""
    out: list[Piece] = []
    lead = _grammar().duty_list_lead
    for k, piece in enumerate(pieces):
        found = lead.search(piece.text) if piece.kind == "para" and _may_hold_duty_list(piece.text) else None
        starts = _duty_list_starts(piece.text, found.end()) if found else []
        if found is None and piece.kind == "para" and (cuts := _duties_after_lead(piece.text) or (_duties_only(piece.text) if not _under_title(pieces, k) else [])):
            out += _cut(piece, cuts)  # no colon: a group titled for the units' work, or a sentence saying it is divided, their duties after it
            continue
        if found is None or not starts or starts[0] != found.end():
            out.append(piece)
            continue
        after = 0  # the duties on the lines after ("…并履行好以下职责:党委宣传部门要将…" / "精神文明建设部门要将…", gp 07 as printed)
        while len(starts) + after < _LEAST and k + 1 + after < len(pieces) and _opens_duty(pieces[k + 1 + after]):
            after += 1
        out += _cut(piece, [found.end()] + starts[1:]) if len(starts) + after >= _LEAST else [piece]
    return out


def _may_hold_duty_list(text: str) -> bool:
    """Unnumbered, or a numbered part whose title divides the duties ("一、职责分工人口普查是…具体分工如下:…", gp 03 flattened); not an
    item whose own work is shared out inside it ("(一)开展占道经营专项整治。…具体分工如下:区城管执法局负责…", diffreview-f1 p05)."""
    marker = match_marker(text)  # (a part of the notice, whatever its title: "三、协作配合为确保…具体分工如下:…", diffreview-f2 p21)
    return marker is None or marker.kind == "cn" or any(w in text[marker.end : marker.end + _TITLE] for w in _grammar().rules.duty_section_words)


_TITLE = 12


def _duties_after_lead(text: str) -> list[int]:
    """Where four duties or more start, each a sentence opening with its units as the subject, right after a sentence that names a
    division of work by unit: a numbered group's title naming it (rules.DUTY_SECTION_WORDS) ("(三)加强部门合作。各部门要密切配合…。计划部门要…。
    财政部门要…", 结核病防治 规划 flattened, review hv 08) or a sentence that closes on each unit doing its part
    (rules.SHARED_DUTY_CLOSINGS: "…中央和国家机关有关部门之间要加强
    沟通、密切合作、明确分工、各司其职。宣传部门负责…;发展改革部门负责…;…", 全国红色旅游发展规划纲要, review id 07); [] else."""
    rules = _grammar().rules
    if sum(map(text.count, _SENTENCE_ENDS)) <= _LEAST or ends_with_note(text):
        return []  # the item's own note closing it is all the duties' ("(二)加强部门协作。…(X牵头,Y配合)", diffreview-j1 p26)
    marker = match_marker(text)
    at = first = marker.end if marker else 0
    owned = sum(text.count(v) for v in _owner_verbs()) >= _OWNED  # (read only where it may hold them: most paragraphs do not)
    every: list[int] | None = None  # where each duty starts from the first sentence on, read once
    while at < _LEAD_REACH:
        stop = text.find("。", at, _LEAD_REACH)
        if stop < 0:
            break
        title = marker is not None and at == marker.end and stop - at <= _TITLE  # (a title says so; a sentence closes on its word: not "…按照各自职责,
        said = (title and any(w in text[at:stop] for w in rules.duty_section_words)) or text[at:stop].endswith(rules.shared_duty_closings)  # 支持…", 0370)
        if said or owned:
            every = _duty_list_starts(text, first) if every is None else every
            starts = [k for k in every if k > stop]
            if starts and starts[0] == stop + 1 and said and len(starts) > _LEAST:
                return starts
            after = _SENTENCE.match(text, stop + 1)  # (one sentence whose units are not read may stand first: "乡(镇)政府负责…;", ib 02)
            if owned and starts and (starts[0] == stop + 1 or after and starts[0] == after.end()) and _owned_run(text, starts):
                return starts
        at = stop + 1
    return []


def _duties_only(text: str) -> list[int]:
    """Where each duty starts in an unnumbered paragraph that holds nothing but duties, five at least, each a sentence opening with its
    units as the subject ("各安全生产监管部门要及时向…通报预警信息。 县气象局要密切关注天气…。 县水利局要加强…", a county 防汛 预警 page
    on one line, review ii 05): two sentences in three so opened, the first too (the others go on the duty before them); [] else."""
    if len(text) < _OWNED * _SHORTEST // 2 or match_marker(text) is not None or sum(map(text.count, _SENTENCE_ENDS)) < _OWNED or ends_with_note(text):
        return []  # (an item's body closed by its note is the item's, diffreview-k1 p33)
    starts = _duty_list_starts(text, 0)
    rules = _grammar().rules  # (half with a word of duty or a time limit: not a report of what each did, "县气象局及时发布…12期。", k1 p31;
    # "县林业局于10月15日前完成…。县气象局加强…" is work, k2 p14)
    words = rules.duty_modals + rules.sole_owner_verbs
    dutiful = sum(1 for k, end in zip(starts, starts[1:] + [len(text)]) if any(w in text[k : k + _OWNER_AT + 8] for w in words) or deadline_in_text(text[k:end], 2000))
    if dutiful * 2 < len(starts):
        return []
    sentences = sum(1 for m in _SENTENCE.finditer(text) if m.group(0).strip(" |\u3000"))  # (not a page's " |" closing the line)
    return starts[1:] if len(starts) >= _OWNED and starts[0] == 0 and len(starts) * 3 >= sentences * 2 else []


def _under_title(pieces: list[Piece], k: int) -> bool:
    """The paragraph before is a numbered title alone ("(一)加强监测预警" over its body, diffreview-k1 p33)."""
    before = pieces[k - 1].text.strip() if k else ""
    return bool(before) and match_marker(before) is not None and not any(ch in before for ch in _SENTENCE_ENDS)


def _owner_verbs() -> tuple[str, ...]:
    return _grammar().rules.sole_owner_verbs + _grammar().rules.lead_verbs  # (or 牵头: "县交委牵头,组织开展…", hs 03)


_LEAD_REACH = 400  # the sentence that leads in to the duties stands this near the paragraph's start
_OWNED = 5  # duties in a row, each "X负责…", that need no sentence saying they follow


def _owned_run(text: str, starts: list[int]) -> bool:
    """Five duties or more, each its units and 负责 (no 应当 of a rule's provision): "…责任体系。乡(镇)政府负责自用船舶登记…;安监部门负责…;
    交通部门负责…;水利部门负责…;旅游部门负责…", 水上交通安全 意见 flattened, review ib 02 — as the lines print them."""
    verbs = _owner_verbs()
    return len(starts) >= _OWNED and all(any(0 < text.find(v, k, k + _OWNER_AT) for v in verbs) for k in starts)


_OWNER_AT = 16  # 负责 stands this near a duty's start, after its units


def _opens_duty(piece: Piece) -> bool:
    """A paragraph whose first sentence opens with its units as the subject of a duty."""
    return piece.kind == "para" and bool(_duty_list_starts(piece.text.partition("。")[0], 0))


def _duty_list_starts(text: str, at: int) -> list[int]:
    """Where the sentences from `at` on that open with their units as the subject of a duty start, or that are the units' names
    alone before the sentence of their duty ("…职责如下:县环保局。负责对全县秸秆禁烧工作实施统一监督…。县交通局、公路局。负责…",
    a county 秸秆禁烧 plan on a document-sharing page, review hw 07)."""
    verbs = _grammar().rules.sole_owner_verbs
    return [m.start() for m in _SENTENCE.finditer(text, at) if duty_subject(m.group(0).rstrip("；;") + "。", prepositions=False) is not None
            or text.startswith(verbs, m.end()) and names_alone(m.group(0).rstrip("。")) or opens_with_lead(m.group(0)) or colon_units(m.group(0).lstrip())]
    # (or its units and a colon: "…相关职能部门分工如下:交通部门:负责…。公安部门:协助…。", 出租汽车 专项治理 flattened, review ib 08)


def _cut(piece: Piece, starts: list[int]) -> list[Piece]:
    """The paragraph cut before each start, every part on the paragraph's lines."""
    cuts = [0] + starts + [len(piece.text)]
    return [replace(piece, text=piece.text[a:b].strip()) for a, b in zip(cuts, cuts[1:]) if piece.text[a:b].strip()]


def split_bullet_runs(pieces: list[Piece]) -> list[Piece]:
    """A paragraph whose bulleted items ran together ("…增长20%以上。——建立重点招商项目库。…(市商务委牵头,…配合)——促进项目签约落地。…",
    review ge 02 flattened) cut before each bullet that follows a sentence end or a closing bracket, two such at least, so
    segment reads them as the lines did. Every part keeps the paragraph's lines."""
    out: list[Piece] = []
    for piece in pieces:
        text = piece.text
        bullet = next((b for b in BULLETS if b in text), None) if piece.kind == "para" else None
        if bullet is None:
            out.append(piece)
            continue
        starts, first = [], text.find(bullet, 1)
        at = first
        while at > 0:
            if text[at - 1] in _BULLET_AFTER and text[at + len(bullet) : at + len(bullet) + 1] not in _DASHES:
                starts.append(at)
            at = text.find(bullet, at + len(bullet))
        if len(starts) < 2:
            out.append(piece)
            continue
        # the first bullet right after its part's heading ("(二)深化行政审批流程改革——开展优化…", diffreview-e1 p35)
        if first < starts[0] and first <= _HEADING and not any(ch in text[:first] for ch in "。；;！？，,：:"):
            starts.insert(0, first)
        out += _cut(piece, starts)
    return out


_HEADING = 40  # a part's heading before its first bullet is no longer than this
_BULLET_AFTER = "。；;！？）)"
_DASHES = "—-－"  # a longer rule than the bullet is none ("------")


def join_name_lines(pieces: list[Piece]) -> list[Piece]:
    """A two-column table of units and their duties copied one cell a paragraph, with no number ("相关部门" / "职责分工" / "区公安分局" /
    "维护考点周边安全、…。" / "区教育局" / "负责高考、中考的具体组织…", a 责任清单 page of 职责边界, review hu 03): three rows at least in a
    row, each a paragraph of units' names alone over one of their work; each row one paragraph "units：work", as the notice would print
    a unit's duty, on both paragraphs' lines."""
    pairs = [k for k in range(len(pieces) - 1) if _pair(pieces[k], pieces[k + 1])]
    runs: list[list[int]] = []
    for k in pairs:
        if runs and k == runs[-1][-1] + 2:
            runs[-1].append(k)
        else:
            runs.append([k])
    starts = {k for run in runs if len(run) >= _LEAST for k in run}
    if not starts:
        return pieces
    out: list[Piece] = []
    k = 0
    while k < len(pieces):
        if k in starts:
            name, work = pieces[k], pieces[k + 1]
            out.append(Piece("para", name.text.strip() + "：" + work.text.strip(), name.start_line, work.end_line, name.page))
            k += 2
        else:
            out.append(pieces[k])
            k += 1
    return out


def _pair(name: Piece, work: Piece) -> bool:
    head = name.text.strip()  # (the cheap tests first: most paragraphs are no name alone)
    return name.kind == work.kind == "para" and len(head) <= NAMES_ALONE and len(work.text.strip()) >= _WORK and not any(ch in head for ch in "：:。，,；;") \
        and ends_like_unit(head) and names_alone(head) and match_marker(head) is None and match_marker(work.text) is None and not names_alone(work.text)


_WORK = 8

