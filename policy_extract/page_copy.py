"""A page's copy, line by line, before its paragraphs are read: a page a crawler stored twice
is read once, the disclosure fields a site prints under the notice are cut off, a sharing
site's numbers of its stored chunks are no item numbers, a contents list is left out, and a
pipe table's rows run together bar to bar are lines again."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .cell_kinds import bare_group_number
from .grammar import current as _grammar
from .load.base import SourceLine, is_page_number
from .markers import candidates, match_marker
from .tables import column_of


def drop_repeated_copy(lines: list[SourceLine]) -> list[SourceLine]:
    """A page a crawler stored twice, the second copy right after the first (a whole notice
    on one line, "…秘书一处各设区市人民政府，…秘书一处"; or every line twice): read once.
    No notice is two identical halves; the copies may differ only in the blanks between."""
    total = sum(len(ln.text) for ln in lines) + len(lines)
    if total < 120:
        return lines
    text = "\n".join(ln.text for ln in lines)
    body = text.strip()
    n, lead = len(body), len(text) - len(text.lstrip())
    head = body[:40]
    k = body.find(head, max(40, n // 3))
    while 0 < k <= 2 * n // 3:
        if body[:k].rstrip() == body[k:]:
            cut = lead + k  # where the second copy starts in the joined text
            out, start = [], 0
            for ln in lines:
                if start >= cut:
                    break
                out.append(ln if start + len(ln.text) <= cut else replace(ln, text=ln.text[: cut - start]))
                start += len(ln.text) + 1
            return out
        k = body.find(head, k + 1)
    return lines


def drop_page_fields(lines: list[SourceLine]) -> list[SourceLine]:
    """The disclosure fields a site prints under the notice, run on after its last sentence or
    on lines of their own ("…定期督查。　　公开程序：本单位审核后公开　　责任部门：省政府办公厅
    秘书一处"): cut off, with the short "label：value" fields after them; 责任部门 there names
    the page's editor, not a unit doing the work."""
    labels = _grammar().rules.page_field_labels
    if not any(label in ln.text for ln in lines[-8:] for label in labels):
        return lines
    out, dropping = [], False
    for ln in lines:
        text = ln.text
        if dropping and len(text.strip()) <= 40 and ("：" in text or ":" in text or not text.strip()):
            continue
        dropping = False
        k = min((i for i in (text.find(label + c) for label in labels for c in "：:") if i >= 0), default=-1)
        if k >= 0 and len(text) - k <= 120 and not any(ch in text[k:] for ch in "，。；,;"):  # fields, not a sentence
            dropping = True
            if not text[:k].strip():
                continue
            ln = replace(ln, text=text[:k].rstrip())
        out.append(ln)
    return out


_CHUNK_MIN = 150  # a sharing site's stored chunk is a long run of text; an item's line under a heading is rarely so long
_STOPS = "。；;！!？?：:）)”」"


def drop_chunk_numbers(lines: list[SourceLine]) -> list[SourceLine]:
    """The chunk numbers of a sharing site's copy (_drop_chunk_numbers), also where the copy lost its line breaks and its chunks
    run together on one line ("…请在淘文阁…上搜索。1、文本为Word版本,…市工业和信息化局2、、市自然资源和规划局…市通3、信发展办…",
    加快推进5G网络建设实施方案, review dy04 flattened): the line cut at "1、", "2、", … in order, each a chunk's length after the one
    before, and read so; the line as it was where that finds no chunks."""
    out: list[SourceLine] = []
    for ln in lines:
        parts = _flat_chunks(ln.text) if len(ln.text) > 3 * _CHUNK_MIN else None
        if parts is None:
            out.append(ln)
            continue
        chunked = [replace(ln, text=part) for part in parts]
        read = _drop_chunk_numbers(chunked)
        out += [ln] if read is chunked else read
    return _drop_chunk_numbers(out)


def _flat_chunks(text: str) -> list[str] | None:
    """The line cut before "1、" and each next number's "N、" found a chunk's length further on, three at least; None if fewer."""
    starts, at, n = [], text.find("1、"), 1
    while at >= 0 and (n > 1 or not text[at - 1 : at].isdigit()):
        starts.append(at)
        n += 1
        at = text.find(f"{n}、", at + _CHUNK_MIN)
        at = at if at < 0 or not text[at - 1 : at].isdigit() else -1
    # (each number glued inside the words, after a character, mostly: the chunks were cut wherever they ended; not a list's items
    # run together after their stops, brackets or blanks, "…雄安新区管委会]　　2、加快建设…", corpus 0914)
    glued = sum(1 for a in starts[1:] if text[a - 1].isalpha() and not text[a - 1].isascii())
    if len(starts) < 3 or glued * 2 <= len(starts) - 1:
        return None
    return [text[: starts[0]]] * bool(text[: starts[0]].strip()) + [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]


def _drop_chunk_numbers(lines: list[SourceLine]) -> list[SourceLine]:
    """A document-sharing site's copy stored in chunks, each a long line its site numbered "1、" "2、" "3、", cut wherever the
    chunk ended ("…在边排查边治理的基础上，…耕地抛" / "2、荒治理政策,…", review cg03; cg08, cd04, bz03): the numbers cut off, each
    chunk's line as it is. Only a run of such lines numbered 1, 2, … in order, each long, one at least ending mid-sentence."""
    numbered = []
    for k, ln in enumerate(lines):
        text = ln.text.strip()
        if not text:
            continue
        m = match_marker(text) if text[:1].isdigit() else None
        if m is not None and m.kind == "arabic" and m.printed.endswith("、") and m.value == len(numbered) + 1:
            numbered.append((k, m.end))
        elif numbered and not is_page_number(text):
            break  # the chunks are the copy's lines, one after another (not a list's 1、 in one part and 2、 in the next, diffreview-ai;
            # a page counter between them, "第 1 页 共 2 页", is no line of the notice's: diffreview-aj)
    # each chunk long but the last, where the copy ends; one at least cut mid-sentence; and holding the notice's own numbered
    # paragraphs run together ("…特制定本方案。一、工作措施(一)全面落实责任。…"), which one long item does not (diffreview-ai)
    if len(numbered) < 2 or any(len(lines[k].text.strip()) < _CHUNK_MIN for k, _ in numbered[:-1]) \
            or not any(lines[k].text.rstrip()[-1:] not in _STOPS for k, _ in numbered[:-1]) \
            or not any(_holds_parts(lines[k].text.strip()[cut:]) for k, cut in numbered):
        return lines
    cut = dict(numbered)
    out: list[SourceLine] = []
    last = -1  # where the chunk before is in out
    for k, ln in enumerate(lines):
        if k not in cut:
            out.append(ln)
            continue
        text = ln.text.strip()[cut[k] :]
        before = out[last] if last >= 0 else None
        if before is not None and before.text[-1:] not in _STOPS:
            # a chunk cut mid-sentence, often mid-word ("…教育局、文" / "2、体旅局、…", 丽水 2023 无障碍, review cr02): the text
            # goes on in the next one; the joined line's folds say where each chunk began
            folds = before.folds or ((0, before.order),)
            out[last] = replace(before, text=before.text + text, folds=folds + ((len(before.text), ln.order),))
            continue
        out.append(replace(ln, text=text))
        last = len(out) - 1
    return out


def _holds_parts(text: str) -> bool:
    """The text holds an outline's part, group or article opening after a stop, a colon or a blank: "。一、" "：(一)" " 第二条"."""
    for m in candidates().finditer(text, 1):
        if text[m.start() - 1] in "。；;！？：: \u3000" and (marker := match_marker(text[m.start() : m.start() + 40])) is not None \
                and marker.kind in ("cn", "paren_cn", "article"):
            return True
    return False


def drop_contents(lines: list[SourceLine]) -> list[SourceLine]:
    """A contents list (rules.CONTENTS_LABELS over short headings: "目　　录" / "1　总则" / "1.1　编制目的及依据" …, corpus 1096;
    "目录/提纲:……" / "一、总体要求" / "(一)2024年2月底前,调查摸底阶段" … "……", review cr10) left out: its headings are printed again
    over their text below, where they had made false tasks and a second outline. The list ends where its first heading is printed
    again, at a line of dots, or at the first line no heading (long, or holding a sentence's stop); three headings at least, most
    of them numbered, the first printed again below (a 目录 that is the document's own content stays: diffreview-aq). Headings
    are compared without their dot leaders, page numbers and bracket widths ("一、总则……1" is 一、总则, "（一）" is "(一)")."""
    labels = _grammar().rules.contents_labels
    for k, ln in enumerate(lines[:200]):
        if len(ln.text) > 40 or not any(w[-1] in ln.text for w in labels):
            continue  # (a label's line is short: most lines are passed over without a copy)
        if _heading_key(ln.text).rstrip(":：") not in labels:
            continue
        entries: list[str] = []
        numbered = 0
        end = k + 1
        for j in range(k + 1, min(len(lines), k + 80)):
            text = "".join(lines[j].text.split())
            if not text:
                continue
            if set(text) <= set(".…·"):
                end = j + 1  # "……": the list's end, dropped with it
                break
            key = _heading_key(text)
            if len(key) > 40 or any(ch in key for ch in "。；;") or (entries and key == entries[0]):
                end = j
                break
            entries.append(key)
            numbered += match_marker(lines[j].text.strip()) is not None
            end = j + 1
        again = bool(entries) and any(_heading_key(later.text) == entries[0] for later in lines[end : end + 400])
        return lines[:k] + lines[end:] if len(entries) >= 3 and numbered * 2 > len(entries) and again else lines
    return lines


def _heading_key(text: str) -> str:
    """A heading as a contents list and the body both print it: no spaces, dot leaders or page number, brackets of one width."""
    return _LEADER.sub("", unicodedata.normalize("NFKC", "".join(text.split())))


_LEADER = re.compile(r"[.…·]{2,}\d*$|(?<=[^\d])\d{1,3}$")

_ROW_BREAK = re.compile(r"\|\|+")  # a row's closing bar run into the next one's opening bar ("| |" is an empty cell)


def split_row_runs(lines: list[SourceLine]) -> list[SourceLine]:
    """A pipe table whose line breaks were lost, each row's closing bar run into the next row's opening one ("…| 责任单位 | 完成时限
    || 一、加大食品安全突出问题治理力度 | (一)强化源头治理 | 1.加强… | …分局牵头,… | 2025年11月底前,并长期坚持 || 2.持续开展… |",
    2025年县食品安全重点工作任务清单, review ct06): a line for each row, on the line number it was printed on, the page's words before
    the first bar a line of their own. Only where the cells before the first "||" are a header's: three names or more, one unknown at most."""
    out: list[SourceLine] = []
    for ln in lines:
        text = ln.text
        if text.count("||") < 2:
            out.append(ln)
            continue
        parts = _ROW_BREAK.split(text.strip())
        first = parts[0].find("|")
        names = [c.strip() for c in parts[0][first + 1 :].split("|") if c.strip()] if first >= 0 else []
        # (nor a header with a group's number alone after it, "序号 |工作内容 |牵头部门 |完成时间 |一 |主要任务 |||(一) |…", review fa01 flattened:
        # its group rows' empty cells ran on)
        if len(names) < 3 or any(len(name) > 12 or match_marker(name) or bare_group_number(name) for name in names) \
                or sum(not column_of(name) for name in names) > 1:
            out.append(ln)  # (a header's short names, one unknown at most: not a table one cell a line whose empty cells ran on, "一、… | ||")
            continue
        if parts[0][:first].strip():
            out.append(replace(ln, text=parts[0][:first].strip()))
        out.extend(replace(ln, text="| " + part.strip().strip("|").strip() + " |") for part in [parts[0][first:], *parts[1:]] if part.strip().strip("|").strip())
    return out


def drop_piece_marks(lines: list[SourceLine]) -> list[SourceLine]:
    """A 范文 site's mark of each piece it collects cut off the piece's title ("篇一:2025年防汛抗旱指挥部工作要点", review cq01)."""
    out = lines
    for k, ln in enumerate(lines):
        rest = ln.text.strip()
        mark = _grammar().piece_mark.match(rest) if rest.startswith("篇") else None
        # over a title only, the line's end or a part's number after it (flat: "篇一:2025年…工作要点一、重点任务…", diffreview-as); not a
        # reading list's item ("篇一:《…纲要》第一章…", "篇一 党的二十大报告全文,…", "篇一:…的意见要求,6月底前完成。", diffreview-ar, -at)
        if mark and not rest.startswith("《", mark.end()) and _titled(rest, mark.end()):
            out = out if out is not lines else list(lines)
            out[k] = replace(ln, text=ln.text.lstrip()[mark.end() :])
    return out


def _titled(text: str, start: int) -> bool:
    """A title's words from `start`, no stop or comma in them, its last word closing the line or followed by a part's number."""
    for word in _grammar().title_endings:
        at = text.find(word, start, start + 60)
        end = at + len(word)
        if at >= 0 and not any(ch in text[start:end] for ch in "，,。；;：:") and (end == len(text) or match_marker(text[end : end + 8]) is not None):
            return True
    return False
