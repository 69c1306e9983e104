"""Stage 2: loader lines -> clean pieces (paragraphs and table rows) that keep their line numbers.

What is removed here is what converters and page layout add to a notice: markdown heading marks,
HTML tags, `---` rules, blank lines from page breaks, and the wrap of a paragraph (or a unit note)
that a page break or a narrow column split in two."""
from __future__ import annotations

import re

from .bar_cells import bar_rows, bare_bar_lines, double_bar_rows, empty_cell_bars, join_bar_cells
from .box_tables import read_box_tables
from .cell_blocks import join_wrapped_cells
from .cell_lines import plain_cell_lines, regroup_cell_lines
from .chrome import chrome_apart, footer_label, is_footer, strip_web_chrome, trail_steps
from .duty_runs import join_name_lines, split_bullet_runs, split_duty_lists, split_duty_runs
from .flat_tables import split_header_run, split_tab_runs, unglue_tables
from .grammar import current as _grammar
from .item_heads import split_points
from .joined_lines import join_number_lines, unjoin_lines
from .label_cards import labelled_cards
from .label_lines import join_label_values, label_lines_as_labels, repair_labels, sentence_after_units
from .load.base import SourceLine, glue, is_page_number
from .markers import match_marker, separator
from .note_breaks import ends_with_labelled_units, starts_with_label
from .notes import bare_note
from .numbering import bare_title
from .page_copy import drop_chunk_numbers, drop_contents, drop_page_fields, drop_piece_marks, drop_repeated_copy, split_row_runs
from .panels import without_panels
from .paragraphs import Sequence, after_signature, split_gaps, split_items
from .part_breaks import opens_part, run_on_parts
from .pieces import Piece
from .pipe_runs import prose_around_pipes, prose_row, read_ragged_rows, split_wide_rows, table_start
from .rewrap import fold_span, unfold
from .row_joins import join_broken_rows, join_header_halves
from .space_rows import split_space_rows, split_spaced_header_lines
from .tables import is_header_row, split_row
from .unit_labels import colon_units
from .units import ends_like_unit

_HTML_TAG = re.compile(r"</?(?:b|strong|i|em|u|span|font|p|div|br|sup|sub|a|td|tr|th|table|tbody|thead)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_MD_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_EMPHASIS = re.compile(r"(?<![*_])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_])")  # in pairs: not "〔20__〕", "20__年", "***村", "贯彻***总书记…学习***总书记" (s12c, s13b, s13d, s17a)
_TERMINAL = set("。；;！!？?：:…")
_CLOSERS = {"）": "（", ")": "(", "〕": "〔", "】": "【", "]": "["}
_INTERNAL_PUNCT = re.compile(r"[，,。；;：:、]")
_ASCII_WORD = re.compile(r"^[A-Za-z0-9 .+\-]+$")
_LOST_CHARACTERS = re.compile(r"[?\ufffd\s]*[?\ufffd]{2,}$|\s*\ufffd+$")
_PAGE_MARK = re.compile(r"\s*(?:—\s*)*—\s+\d{1,3}\s+—\s*")  # a PDF's page number "— 2 —" run on into the text its copy lost the line of


def squeeze_cjk_spaces(text: str) -> str:
    """Remove line-wrap spaces between Chinese characters ("政务服务 标准化")."""
    if " " not in text and "\t" not in text and "\u3000" not in text:
        return text.strip()  # (no space to look at: most cells and paragraphs)
    return _grammar().cjk_space.sub("", text).strip()


def clean_line(text: str) -> str:
    """Drop what converters leave around the words: tags, heading marks, emphasis, a hyphen bulleting a label."""
    if "-" in text or "－" in text:
        text = _grammar().dash_before_label.sub("", text)
    if "<" in text:
        text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
        text = _HTML_TAG.sub("", text)
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = _MD_HEADING.sub("", text)
    if "*" in text or "__" in text:
        text = _MD_EMPHASIS.sub(r"\2", text)
    text = text.replace("\u3000", " ").replace("\xa0", " ").rstrip(" \r")
    text = _PAGE_MARK.sub("", text) if "—" in text and not is_page_number(text) else text  # "— 1 —2023 年度…实施方案", "…市交— 2 —办重大风险" (review s12d 02)
    if text.endswith(("??", "\ufffd")):
        text = _LOST_CHARACTERS.sub("", text)  # "2021年11月22日????????": characters a copy could not encode (监利市 2022)
    if " " in text[:12]:
        text = _squeeze_spaced_label(text)
    text = repair_labels(text)  # "…明显增加。14牵头单位:群体司", ",责任单位为区经信局;" (reviews dh05, dn04)
    return _grammar().page_of_pages.sub("", text) if "共" in text[:12] else text  # "第1页共4页卫生院…实施方案为…"


def _squeeze_spaced_label(text: str) -> str:
    """"联 系 人:孙学明" -> "联系人:孙学明", where the squeezed words are a label (notes read it)."""
    g = _grammar()
    m = g.spaced_label.match(text)
    if m is None:
        return text
    label = m.group(2).replace(" ", "")
    if not g.label_re.fullmatch(label + m.group(3).strip()):
        return text
    return m.group(1) + label + m.group(3) + text[m.end() :]


def _items_run_together(text: str) -> bool:
    """A line closed by " |" that is a whole list of items run together, no table's one cell
    ("分别是: (1)加快建设…。 (2)开工新建…。 … (15)…免费体检。 |", 甘谷县 2020 news page)."""
    if not text.rstrip().endswith("|") or "\t" in text:
        return False
    body = text.strip().strip("|").strip()
    if len(body) < 200 or "|" in body:
        return False
    return len(split_items(body, Sequence())) >= 3


def _after_cell_line(lines: list[SourceLine], k: int) -> bool:
    """The line before (blank lines skipped) is one short cell closed by " |": a table copied one cell a line, whose cell holding
    a list run together ("①1-3月份,…;②4-6月份,…;③…;④… |", 谯城区 2025 民政局 分解, review cr03) is its cell still."""
    before = [ln.text.strip() for ln in lines[max(0, k - 8) : k] if ln.text.strip()][-2:]  # (and the one before it: a run of cells, not a
    # page's one line "发布时间：2020-03-05 |" over a list, diffreview-ap)
    return len(before) == 2 and all(t.endswith("|") and len(t) <= 400 and t.count("|") <= 2 for t in before) and len(before[-1]) <= 80


def is_table_line(text: str) -> bool:
    if "\t" in text:
        return len(text.split("\t")) >= 3 or sum(1 for c in text.split("\t") if c.strip()) >= 2
    stripped = text.strip()
    if stripped.startswith("|") or stripped.endswith(" |"):
        return True
    pipes = stripped.count(" | ") or (stripped.count(" |") if stripped.count(" |") >= 3 else 0)  # "序号 |类别 |…" (cells joined after " |")
    return pipes >= 1 and len(stripped) <= 150 * (pipes + 1)  # not a whole notice holding a table

_URL_END = re.compile(r"(?:https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$", re.ASCII)  # a web or mail address


def ends_in_link(text: str) -> bool:
    """A line ending in a web or mail address ("原文链接：https://www.pkulaw.com/lar/….html", "邮箱：jyt8704@126.com"): no sentence runs on."""
    return _URL_END.search(text.strip()) is not None


def is_open_paragraph(text: str) -> bool:
    """True when a paragraph stops mid-sentence: its next piece continues it."""
    text = text.rstrip()
    last = text[-1] if text else ""
    if not last or last in _TERMINAL:
        return False
    if last in _CLOSERS:
        opener = _CLOSERS[last]
        inner = text[text.rfind(opener) + 1 : -1] if opener in text else ""  # (none: a note's end, its opening on a line before or cut
        if opener not in text or not _ASCII_WORD.match(inner or "-"):  # off, "头,各 有关部门配合)" / "(三)…", review ee10)
            return False  # a note or an aside closes the paragraph; "(CIM)" does not
    if not _INTERNAL_PUNCT.search(text):
        return False  # a heading, a title, a signature or a date line
    if _grammar().is_page_info(text):
        return False  # "发布时间:2020-05-29 14:36:23": a page's info line
    if ends_in_link(text):
        return False  # a link's line does not run on (corpus 1137)
    if match_marker(text) and "。" not in text[:-1] and len(text) <= 50:
        return False  # a numbered heading
    return True


def _cut_at_width(text: str, width: int | None) -> bool:
    """In a hard-wrapped copy, a line as long as the wrap width that stops mid-sentence
    goes on, even when it starts with a number (a long task item, not a heading)."""
    return width is not None and abs(len(text) - width) <= 2 and text[-1] not in _TERMINAL


def lines_to_pieces(lines: list[SourceLine]) -> list[Piece]:
    """One piece per paragraph or table row. A line that holds several paragraphs (wide
    gaps, items run together: paragraphs.py) gives one piece each, on the same line."""
    pieces: list[Piece] = []
    sequence = Sequence()
    lines = _gap_table_lines(lines)
    cell_lines = plain_cell_lines(lines)
    empty_cells = empty_cell_bars(lines)
    after_footer = False
    channel: tuple[frozenset[str], int] | None = None
    for k, src in enumerate(lines):
        if k in cell_lines:  # a table copied one cell per line: its row numbers are no page numbers
            text = strip_web_chrome(clean_line(src.text)).strip()
            if not text:
                continue
            pieces.append(Piece("row", text, src.order, src.order, src.page, [text], src.table))
            continue
        before, raw, after = prose_around_pipes(src.text.strip("\r\n"))  # a page joined into one line
        cut = table_start(raw) if "\t" in raw else table_start(raw, "|") if " | " in raw and len(raw) > 300 else 0  # prose run into a table's header
        parts = (split_gaps(before) if before else []) + (split_gaps(raw[:cut]) if cut else []) + ([raw[cut:]] if "\t" in raw or cut else split_gaps(raw))  # a table's row keeps its cells
        parts += split_gaps(after) if after else []
        cursor = 0  # a line joined from a fixed-width cut (rewrap.unfold): where its next paragraph is looked for
        for part, text in [(part, text) for part in parts for text in chrome_apart(clean_line(part))]:
            if not text.strip() and (steps := trail_steps(part)):  # a breadcrumb trail: its channel's name printed alone over it or under it
                channel = (steps, src.order)
                if pieces and pieces[-1].kind == "para" and src.order - pieces[-1].end_line <= 2 and pieces[-1].text.strip() in steps:
                    pieces.pop()
            if channel and src.order - channel[1] <= 2 and text.strip() in channel[0]:
                continue
            if not text.strip() and is_footer(part):
                after_footer = True
                while pieces and pieces[-1].kind == "para" and src.order - pieces[-1].start_line <= 3 and footer_label(pieces[-1].text):
                    pieces.pop()  # the footer's lines above it ("主办单位: 剑阁县人民政府办公室", "建设与维护:…", 剑阁县 2018)
            if after_footer and footer_label(text):
                continue  # under the site's footer line, "主办单位:中共监利市委 …", "承办单位:…" (监利县 2017)
            if not text.strip() or _MD_RULE.match(text) or is_page_number(text):
                continue  # a page number copied with the text, a site's menus: not part of the notice
            cells = split_row(text) if is_table_line(text) and (_after_cell_line(lines, k) or not _items_run_together(text)) else None
            if cells is not None and not prose_row(cells):
                if _MD_TABLE_SEPARATOR.match(text):
                    continue
                filled = [c.strip() for c in cells if c.strip()] if len(cells) <= 3 else cells
                if len(filled) == 1 and _grammar().annex_label.match(filled[0]):
                    pieces.append(Piece("para", filled[0], src.order, src.order, src.page))  # "附件1 |": the annex's label, no row
                    continue
                if any(c.strip() for c in cells):
                    pieces.append(Piece("row", text, src.order, src.order, src.page, cells, src.table))
                elif k in empty_cells:
                    # an empty cell printed as a bar alone among cells closed by their bars ("规划司 |" / "|": 工信部 2018 关键业绩指标,
                    # review cv01): a cell of its row still, or the row's cells shift
                    pieces.append(Piece("row", "|", src.order, src.order, src.page, [""], src.table))
                continue
            if cells is not None:  # a pipe or two around a whole notice (甘谷县 2020, review r10a 05): its paragraphs
                text = " ".join(c.strip() for c in cells if c.strip())
            for chunk in split_header_run(text.strip()):  # a flattened header without a 序号 column
                for para in (point for part in split_items(chunk, sequence, opens_part, run_on_parts) for point in split_points(part)):
                    first = last = src.order
                    if src.folds:
                        first, last, cursor = fold_span(src, para, cursor)
                    pieces.append(Piece("para", para, first, last, src.page))
    return pieces


def _gap_table_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """A table copied one cell per line whose line breaks became wide gaps ("…附件1　　…分解表　　序号　　2022年预期目标　　责任单位　　1　　
    地区生产总值增长5.5%左右　　区发展改革委　　2　　…", 沙坪坝区 2022 with its lines joined by U+3000): the line as the lines it was, on
    its own line number, where they hold such a table (plain_cell_lines); every other line as it is."""
    out: list[SourceLine] = []
    units = tuple(w + "\u3000\u3000" for name, words in _grammar().column_words if name in ("lead", "responsible") for w in words)
    for src in lines:  # (a unit column's name a cell of its own: the header is there)
        table = src.text.count("\u3000\u3000") >= 6 and "\t" not in src.text and any(w in src.text for w in units)
        parts = split_gaps(src.text) if table else ()
        parted = [SourceLine(p, src.line, src.page, src.table, src.row, src.box, src.order) for p in parts] if len(parts) >= 8 else []
        out += parted if parted and plain_cell_lines(parted) else [src]
    return out


def wrap_width(pieces: list[Piece]) -> int | None:
    """The width a hard-wrapped copy was cut at (text copied from a PDF): the commonest
    length of lines that stop mid-sentence, when many lines do."""
    from collections import Counter

    paras = [p.text for p in pieces if p.kind == "para"]
    # each line once: a label line printed the same under many items is no wrap ("责任单位：各处室（中心）、东庠办事处、各村（居）" four
    # times, 平潭 君山片区 2023 防范处置非法集资 要点, review bl02)
    open_lengths = Counter(len(t) for t in set(paras) if t[-1] not in _TERMINAL and len(t) >= 15)
    if not open_lengths:
        return None
    width, count = max(open_lengths.items(), key=lambda kv: (kv[1], kv[0]))
    near = sum(c for length, c in open_lengths.items() if abs(length - width) <= 2)
    return width if near >= 5 and near >= 0.2 * len(paras) else None


def join_wrapped(pieces: list[Piece]) -> list[Piece]:
    """Join a paragraph that a page break or a line wrap split in two."""
    width = wrap_width(pieces)
    out: list[Piece] = []
    last_number: dict = {}  # the last number (and its separator) read of each marker kind; "bare": of a title glued to its number
    for k, piece in enumerate(pieces):
        prev = out[-1] if out else None
        marker = match_marker(piece.text) if piece.kind == "para" else None
        bare = int(m.group(1)) if marker is None and piece.kind == "para" and piece.text[:1].isdigit() and (m := bare_title(piece.text)) else None
        if (
            prev is not None and not (bare is not None and bare == last_number.get("bare", 0) + 1 > 1)  # "2加快…" after "1优化…" (gi 07)
            and piece.kind == "para"
            and prev.kind == "para"
            and (is_open_paragraph(prev.text) or (_cut_at_width(prev.text, width) and not _title_over_item(prev, piece, marker)))
            and (marker is None or not _plausible_next(marker, last_number, len(out)))
            and not (marker is not None and piece.start_line == prev.end_line and _restarts(marker, last_number, prev.text))
            and not starts_with_label(piece.text) and not (piece.end_line > piece.start_line and colon_units(piece.text))  # a row "units：work" (join_name_lines)
            # "责任单位:…" then "3.加强…" (浙江 2023, a page opening mid-way); a line too short for a wrapped sentence, of no clause: "时间: 加入收藏" (s8d 02)
            and not (marker is not None and (starts_with_label(prev.text) or ends_with_labelled_units(prev.text) or ("。" in piece.text and len(prev.text.strip()) <= 20 and not re.search("[，,。；;]", prev.text))))
            and not _grammar().is_page_info(piece.text) and not any(map(_grammar().is_number_line, (prev.text, piece.text)))  # "发布日期: …", "渝府发〔2025〕1号"
            and not _grammar().dated_info_line.match(prev.text)  # nor is the title below it part of "时间 : 2021-05-14 … 来源 : 本网原创稿"
            and not (bare_note(prev.text) is None and starts_with_label(prev.text) and _grammar().info_head.match(piece.text))  # a labelled line, then another field ("监督方式:0557-…")
            and bare_note(prev.text) is None  # "X、Y分别牵头落实" on its own line closes its row
            and not (_grammar().annex_label.match(piece.text.strip()) or _grammar().annex_heading.match(piece.text.strip()))  # "附件：X表" opens the annex
            and not _annex_line(prev.text, piece.text)  # "附件:2016年民生实事目标任务分解表", then the signature
            and not _signs_above_date(prev, piece, pieces[k + 1] if k + 1 < len(pieces) else None)  # "…请认真组织实施" / "平潭…办公室" / "2021 年 7 月 14 日"
            and not _grammar().is_foot_line(piece.text)  # "责任单位：区直有关单位，各乡镇人民政府" / "平潭…管委会办公室 2016年9月21日印发" (aq05)
            and not (_grammar().label_line.match(prev.text) and _titled_run(piece.text))  # "…配合单位：区党群工作部、通管办" / "“互联网+”医疗卫生：…" (au05)
            # a text of one paragraph a line: a labelled line ends where its line does before a paragraph of sentences, unless a list's
            # comma ends it ("配合单位：区环土局房地产交易中心" / "各相关单位要高度重视…。", 平潭 2016 房地产 扩大投资 实施意见, review bi02;
            # not the names of a contact list, one a line: "联系人：教育厅人事处张本0311-…" / "教育厅信息中心姜延凯0311-…", corpus 0992)
            and not (width is None and _grammar().label_line.match(prev.text) and prev.text.rstrip()[-1:] not in "、，,；;"
                     and (len(piece.text) > _SENTENCE_RUN and "。" in piece.text or sentence_after_units(prev.text, piece.text)))
        ):
            prev.text = glue(prev.text, piece.text)  # the one wrap join, shared with the PDF steps
            prev.end_line = piece.end_line
            continue
        last_number["bare"] = bare if bare is not None else last_number.get("bare", 0)
        if marker is not None:
            last_number[marker.kind] = marker.value
            last_number[marker.kind + ":sep"] = separator(marker)
            last_number[marker.kind + ":at"] = len(out)  # where it was read: a kind met since is its parent
        out.append(piece)
    return out


_SENTENCE_RUN = 30  # a paragraph this long with a full stop holds sentences, no wrapped list's names


def _signs_above_date(prev: Piece, piece: Piece, after: Piece | None) -> bool:
    """An organisation's name alone over a date line, under the sentence that hands the notice over left without its full stop
    ("…现印发给你们，请认真组织实施" / "平潭综合实验区管委会办公室" / "2021 年 7 月 14 日", 平潭 2021 金融业若干措施, review bv04): the
    signature, no wrap of that sentence."""
    g = _grammar()
    text = piece.text.strip()
    return after is not None and prev.text.rstrip().endswith(g.rules.handing_over_closings) and len(text) <= 40 \
        and g.org_name.fullmatch(text) is not None and g.standalone_date.match(after.text.strip()) is not None


def _titled_run(text: str) -> bool:
    """A paragraph that opens with a short title and a colon ("“互联网+”医疗卫生：积极利用…"): a run of its own, no list's wrap."""
    k = max(text.find("：", 0, 17), text.find(":", 0, 17))
    if k < 2:
        return False
    opened = text.count("（", 0, k) + text.count("(", 0, k) - text.count("）", 0, k) - text.count(")", 0, k)  # (not "区自然资源局（联系人：张三）",
    return opened <= 0 and not any(ch in text[:k] for ch in "，,、；;。 ")  # diffreview-aa; "数字乡村（智慧农业）：…" is a run, ab)


def _title_over_item(prev: Piece, piece: Piece, marker) -> bool:
    """A line of no clause mark, then a blank line and a numbered item: a title over the item, however long the wrap
    width ("(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案" / "" / "84.推动…", realworld h11 hard-wrapped at 33)."""
    return marker is not None and piece.start_line > prev.end_line + 1 and not _INTERNAL_PUNCT.search(prev.text)


def _annex_line(text: str, after: str) -> bool:
    """An annex's title on a line of its own: "附件：…实施方案", or any title over a signer ("…考核指标" / "国务院办公厅", corpus 1061)."""
    g, after = _grammar(), after.strip()
    title = (m.group("title") or "").strip() if (m := g.annex_heading.match(text.strip())) else ""
    signer = len(after) <= 30 and (ends_like_unit(after) or after.endswith(g.rules.unit_conjunctions + ("、", "的")) or bool(g.standalone_date.match(after)))
    return bool(title) and (title.endswith(g.rules.annex_plan_title_endings + g.rules.annex_form_endings) or signer)  # or a signer's name wrapped


_RESTARTING_ITEMS = ("arabic", "paren_arabic", "arabic_rparen", "circled")


def _plausible_next(marker, last_number: dict[str, int], len_out: int = 0) -> bool:
    """After a line cut mid-sentence, a number opens an item only if it is the next of its kind (or the first of a kind
    not met yet). A line that a wrap began with "345，有事找政府" (from 12345) or "一、扁平、高效" (from 统一、扁平) goes on instead."""
    last = last_number.get(marker.kind)
    if last is not None and separator(marker) != last_number.get(marker.kind + ":sep"):
        return False  # "5," after items printed "4." is the tail of 12345, not item 5
    if marker.value == 1 and last is not None and marker.kind in _RESTARTING_ITEMS:
        # a 1 restarts its kind right under a heading of another kind ("（三）做精做优，全面加强食堂管理" then
        # "1.细化运行管理。…" after the 1.–2. under （二）, corpus 1011, review r24b 04); not a 一、 ("…统" / "一、扁平")
        heading_at = len_out - 1
        return any(key.endswith(":at") and key != marker.kind + ":at" and value == heading_at for key, value in last_number.items())
    return marker.value == (last + 1 if last is not None else 1)


def _restarts(marker, last_number: dict, before: str) -> bool:
    """A 一、 that split_items cut from the line it shares with the part before, restarting
    a run that reached 三、 (the next document on a page, paragraphs.Sequence.restarts), or
    any run after a signature's date (the plan under the notice, paragraphs.after_signature)."""
    last = last_number.get(marker.kind)
    if marker.kind != "cn" or marker.value != 1 or last is None:
        return False
    return (last >= 3 and separator(marker) == last_number.get("cn:sep")) or after_signature(before, len(before))


def drop_repeated_headers(pieces: list[Piece]) -> list[Piece]:
    """A table header printed again on every page is read once (within one run of rows)."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for piece in pieces:
        if piece.kind != "row":
            seen.clear()  # a paragraph ends the table; the next one keeps its header
        elif piece.cells[0] and is_header_row(piece.cells):
            key = tuple(re.sub(r"\s+", "", c) for c in piece.cells if c.strip())
            if key in seen:
                continue
            seen.add(key)
        out.append(piece)
    return out


def absorb_table_headings(pieces: list[Piece]) -> list[Piece]:
    """A group title printed as a bare line between two rows of a table ("（一）加强监管"
    in a tab-separated list) is a row of that table, not a paragraph that ends it."""
    out = list(pieces)
    for i in range(1, len(out) - 1):
        piece, before, after = out[i], out[i - 1], out[i + 1]
        if piece.kind == "para" and before.kind == "row" and after.kind == "row" and len(piece.text) <= 40 and "。" not in piece.text.rstrip("。") \
                and not _card_row(before) and not _card_row(after):  # (labelled lines' cards: an item's heading between them opens the next, aq02)
            width = max(len(before.cells), len(after.cells))
            out[i] = Piece("row", piece.text, piece.start_line, piece.end_line, piece.page, [piece.text] + [""] * (width - 1), before.table)
    return out


def _card_row(piece: Piece) -> bool:
    """A row of a card of labelled lines ("责任分工:" | its value: label_cards.labelled_cards)."""
    return len(piece.cells) == 2 and piece.cells[0].endswith(":")


def normalize(lines: list[SourceLine]) -> list[Piece]:
    lines = unfold(double_bar_rows(join_bar_cells(bar_rows(bare_bar_lines(join_number_lines(split_row_runs(drop_page_fields(drop_chunk_numbers(drop_contents(drop_piece_marks(drop_repeated_copy(join_wrapped_cells(read_box_tables(split_spaced_header_lines(unjoin_lines(lines))))))))))))))))
    pieces = labelled_cards(label_lines_as_labels(join_label_values(join_broken_rows(join_header_halves(lines_to_pieces(lines))))))
    pieces = unglue_tables(split_tab_runs(read_ragged_rows(split_wide_rows(regroup_cell_lines(split_bullet_runs(split_duty_lists(split_duty_runs(join_wrapped(join_name_lines(split_space_rows(pieces)))))))))))
    return without_panels(drop_repeated_headers(absorb_table_headings(pieces)))
