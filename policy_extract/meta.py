"""Document metadata: title, doc number, issuer, issue date, recipients, reporting requirement.

A notice prints these in a house style that is the same across offices: the doc number
on a line of its own under the masthead, the recipients ending with a colon, the issuer
above the date at the signature, the title of the issued plan as a heading above its
body (named in 《》 in the 印发 sentence).
"""
from __future__ import annotations

import re
import unicodedata

from .grammar import current as _grammar
from .issued import issue_object_name, issued_title, unwrapped
from .markers import cn_to_int, match_marker
from .normalize import Piece, squeeze_cjk_spaces
from .notes import bare_note
from .tables import column_of
from .units import ends_like_unit

_HEADING_PUNCT = re.compile(r"[，,。；;：:！!？?]")
_SENTENCE = re.compile(r"[^。；;\n]+")


def _date_to_iso(m: re.Match) -> str | None:
    y, mo, d = (int(g) if g.isdigit() else cn_to_int(g) for g in (m.group("y"), m.group("m"), m.group("d")))
    if not (y and mo and d) or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _looks_like_org(text: str) -> bool:
    text = re.sub(r"\s+", "", text)
    return 3 <= len(text) <= 40 and not _HEADING_PUNCT.search(text) and text.endswith(_grammar().rules.unit_suffixes + ("室", "厅", "办公厅", "办公室"))


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text).replace("〈", "《").replace("〉", "》")


def _heading_like(text: str) -> bool:
    t = text.strip()
    return (
        2 <= len(t) <= 80
        and not _grammar().annex_label.match(t)
        and not _HEADING_PUNCT.search(t)
        and match_marker(t) is None
        and not _grammar().date.search(t)
        and not (t.startswith(("（", "(", "【")) and t.endswith(("）", ")", "】")))  # "(此件公开发布)", "【目标任务】"
        and not _grammar().doc_number.fullmatch(re.sub(r"\s+", "", t).strip("（()）"))  # "国办函〔2004〕80号" under the title
    )


def find_title(paras: list[Piece]) -> str | None:
    title = _find_title(paras)
    if not title:
        return title
    title = _grammar().digit_space.sub("", title.strip())  # "关于印发 2020 年区…": spaces around numbers
    title = title.strip().rstrip("•·●◆■▪").rstrip()  # "…落实的通知•": a menu's bullet from the next line
    title = unwrapped(title)  # a heading printed in 《》 ("《关于…的具体实施细则》", 淮安 2022)
    title = _grammar().site_tag.sub("", title)  # "【市政府重点工作及责任分解】滁州市人民政府关于…": the site's column
    number = re.search(r"[（(]([^（）()]+)[）)]$", title)
    if number and len(title) - len(number.group(0)) >= 6 and _grammar().doc_number.fullmatch(number.group(1).strip()):
        title = title[: number.start()].rstrip()  # "…的通知(南经管发〔2020〕81号)": the number is meta's own field
    return _as_printed_alone(title, paras)


def _find_title(paras: list[Piece]) -> str | None:
    candidate = None
    for p in paras[:15]:
        g = _grammar()
        # the 关于印发…的通知 line names a plan too; a sentence that also cites one ("为深入贯彻落实
        # 《…关于印发…的通知》…，现将《X》印发给你们") still names X
        if "现将" in p.text and not g.issue_object.search(p.text):
            continue  # "根据《X》…文件，现将…情况公示如下": what it issues is not in 《》
        if not any(ch in p.text for ch in "，,。"):
            continue  # a title wrapped over lines ("关于印发2022年《政府工作报告》"), not a sentence
        if g.issue_sentence.search(p.text) and "《" in p.text:
            # where 现将《 names it, that name (or none); else the name the issuing verb issues ("为贯彻
            # 落实《…意见》，…制定了《X》，现印发给你们"); else the first, without a 关于印发…的通知 line
            if g.issue_object.search(p.text):
                candidate = issue_object_name(p.text)
            else:
                candidate = issued_title(p.text) or (None if g.about_issuing.search(p.text) else issue_object_name(p.text))
            if candidate:
                break
    blocks: list[str] = []
    run: list[str] = []
    fuller: dict[int, int] = {}  # a block -> the fuller whole title printed right after it
    g = _grammar()
    for p in paras[:40]:
        if _heading_like(p.text) and not g.is_file_name(p.text):  # "潍坊…实施方案.docx": a sharing site's file name
            text = squeeze_cjk_spaces(p.text)
            after_whole = bool(run) and bool(g.ends_like_title(run[-1]))
            whole_after_whole = after_whole and bool(g.ends_like_title(text))
            if run and (p.text.lstrip().startswith("——") or whole_after_whole or (after_whole and (column_of(text) or len(text) <= 4))):
                # a slogan between items ("——不断增强城市功能", h11); after a whole title, another
                # ("潍坊政务公开工作要点实施方案" then "潍坊市2017年政务公开工作要点实施方案", h05) or
                # a table's header under it, one short name a line ("目标"/"任务"/"主要内容"…)
                blocks.append("".join(run))
                run = []
                if whole_after_whole and len(text) > len(blocks[-1]) and text.endswith(blocks[-1][-2:]):
                    fuller[len(blocks) - 1] = len(blocks)  # the fuller of the two names the document
            run.append(text)
            continue
        if run:
            blocks.append("".join(run))
            run = []
    if run:
        blocks.append("".join(run))
    if candidate:
        want = _key(candidate)
        for block in blocks:
            if _key(block) == want or _key(block).endswith(want):
                prefix = _key(block)[: len(_key(block)) - len(want)]
                # "2023年" + the name printed in 《》: the heading is the fuller title
                return block if _key(block) == want or _grammar().year_prefix.fullmatch(prefix) else candidate
        for p in paras[:10]:  # "关于印发2023年区《政府工作报告》…方案的通知" names it in full
            m = _grammar().about_issuing.search(squeeze_cjk_spaces(p.text))
            if m and len(_key(m.group("title"))) > len(want) and _key(m.group("title")).endswith(want):
                return m.group("title")
        return squeeze_cjk_spaces(candidate)
    for p in paras[:10]:
        text = squeeze_cjk_spaces(p.text)
        m = _grammar().about_issuing.search(text)
        if m and text.count("《", 0, m.start()) > text.count("》", 0, m.start()) and any(_whole_title_block(b) for b in blocks):
            continue  # "根据…省政府《关于印发…的通知》等文件精神" cited under the plan's own heading (西宁 2017)
        if m:
            inner = unwrapped(m.group("title"))
            for block in blocks:
                if _key(block) == _key(inner):
                    return block
            return inner
    for i, block in enumerate(blocks):
        if _looks_like_org(block) or "文件" in block or "此件公开发布" in block or "附件" in block:
            continue  # a signature, the red header, a note on publishing, a list of annexes
        if _grammar().doc_number.fullmatch(block) or not 6 <= len(block) <= 80 or bare_note(block) is not None:
            continue  # "冀教师〔2018〕17号" alone, a fragment, a run of names, a unit clause ("市发改委牵头落实")
        return blocks[fuller[i]] if i in fuller and fuller[i] < len(blocks) else block
    if paras:  # a page whose line breaks were lost: the title before the page's info labels, or its body
        for pattern in (_grammar().title_before_page_info, _grammar().title_before_body):
            m = pattern.match(paras[0].text)
            if m and _heading_like(m.group("title")):
                return squeeze_cjk_spaces(m.group("title"))
    for p in paras[:3]:  # a head run on: the notice's own 关于…的通知 line, after its number if glued to it
        text = squeeze_cjk_spaces(p.text[:400])  # the head: the title stands within it
        number = g.doc_number.search(text)
        about = text.find("关于")
        start = number.end() if number and number.start() < 40 and number.end() <= about else 0
        m = g.notice_title.search(text, start)
        if m and m.start() - start <= 40 and text.count("《", 0, m.start()) == text.count("》", 0, m.start()):
            title = m.group("title")
            k = title.find("号")  # "…〔2021〕5号县人民政府办公室关于…": a number before it, not glued to the issuer
            if 0 <= k < title.find("关于") and g.doc_number.search(title[: k + 1]):
                title = title[k + 1 :]
            issuer = title[: title.find("关于")]
            if not issuer or _looks_like_org(issuer):  # not "…安徽省人民政府发布关于…的通知" (a news story)
                return title
    for p in paras[:15]:  # nothing else: the name of the file the page offers ("…政策指引.pdf")
        if g.is_file_name(p.text):
            name = g.file_name.sub("", p.text).strip()
            if _heading_like(name) and len(name) >= 6:
                return squeeze_cjk_spaces(name)
    return None


def _whole_title_block(block: str) -> bool:
    """A heading that ends as a whole title does and could be one (not a signature or the red header)."""
    return _grammar().ends_like_title(block) and 6 <= len(block) <= 80 and not _looks_like_org(block) and "文件" not in block


def _as_printed_alone(title: str, paras: list[Piece]) -> str:
    """A title named inside 《》 prints its own quotes as 〈〉 ("印发《2023年省〈政府工作报告〉…
    方案》的通知"); where the plan's heading prints them as 《》, the heading's form."""
    if "〈" not in title:
        return title
    alone = title.replace("〈", "《").replace("〉", "》")
    bare = "".join(alone.split())
    return alone if any(bare in "".join(p.text.replace("#", " ").split()) for p in paras[:40]) else title  # "陕西省## 《…》" (markdown marks mid-line)


def find_doc_number(paras: list[Piece]) -> str | None:
    """The notice's own number: on a line of its own (or bracketed there, "(连政办发〔2011〕78号)"),
    or after a 文号 label in a web page's metadata table."""
    rules = _grammar().rules
    in_head = True  # no sentence or recipients' colon read yet
    for p in paras[:20]:
        head = p.text[:200]
        if "号" not in head:
            in_head = in_head and _still_head(p.text)
            continue
        for m in _grammar().doc_number.finditer(head):
            before = re.sub(r"\s+", "", head[: m.start()])
            number = _without_issuer(re.sub(r"\s+", "", m.group(0)))
            if not before.strip("(（") or before.rstrip(":：").endswith(rules.doc_number_labels):
                return number
            closing = before.endswith(("(", "（")) and p.text[m.end() :].strip() in (")", "）") and not before.rstrip("(（").endswith("》")
            if in_head and closing and not any(ch in before for ch in _SENTENCE_OR_COLON):
                return number  # "2021年县政府重点工作任务(华政发〔2021〕2号)": the title line's own number
            if in_head and _looks_like_org(before.strip("#")) and not before.strip("#").startswith(("关于",)):
                return number  # "# 西安市人民政府办公厅 市政办函〔2022〕72号": the red header's issuer, then the number
            glued = _after_header_or_title(before, number, rules.doc_number_after) if in_head else None
            if glued:
                return glued
        in_head = in_head and _still_head(p.text)
    return None


def _still_head(text: str) -> bool:
    """No sentence or colon read yet, a page's info lines ("• 索引号:…", "发布日期: …") aside."""
    return not any(ch in text for ch in _SENTENCE_OR_COLON) or _grammar().is_page_info(text)


_SENTENCE_OR_COLON = "。：:；;"
_LEADING_REMARK = re.compile(r"^[（(][^（）()]*[）)]")


def _without_issuer(number: str) -> str:
    """The red header's issuer run into the number ("西安市人民政府办公厅市政办函〔2022〕72号", its line
    break lost) is no part of it: a whole organisation's name (5 characters or more) before a
    prefix of 2 or more is cut off; "国办发", "冀政办字" are prefixes themselves."""
    prefix = number[: min((number.find(ch) for ch in "〔[［【(（﹝" if ch in number), default=len(number))]
    org = _grammar().org_name.match(prefix)
    if org is not None and org.end() >= 5 and len(prefix) - org.end() >= 2:
        return number[org.end() :]
    return number


def _after_header_or_title(before: str, number: str, after: tuple[str, ...]) -> str | None:
    """The number printed right after the red header's 文件 or the notice's title, in a head
    run together: "…人民政府文件鞍立政发〔2023〕2号…", "…的通知(连政办发〔2011〕78号)各区…".
    Never after a sentence or the recipients' colon (a cited notice's number)."""
    cut = max((number.rfind(word) + len(word) for word in after if word in number), default=0)
    before, number = before + number[:cut], number[cut:]
    if not number or any(ch in before for ch in _SENTENCE_OR_COLON):
        return None
    return number if before.rstrip("(（").endswith(after) else None


JOINT = ""  # the issuer of a notice signed jointly: none, and no guess from elsewhere


def find_signature(paras: list[Piece]) -> tuple[str | None, str | None]:
    """(issuer, issue date) from the signature: an organisation above a date line; JOINT
    when several signed."""
    for i, p in enumerate(paras):
        text = p.text.strip()
        m = _grammar().standalone_date.match(text)
        if m:
            prev = paras[i - 1].text.strip() if i else ""
            if _looks_like_org(prev):
                above = paras[i - 2].text.strip() if i >= 2 else ""
                if _looks_like_org(above) and len(above) <= 20:
                    return None, _date_to_iso(m)  # signed jointly: no one issuer (not the last signer)
                return re.sub(r"\s+", "", prev), _date_to_iso(m)
            continue
        m = _grammar().org_then_date.match(text)
        if m and _looks_like_org(m.group("org")):
            return m.group("org"), _date_to_iso(m)
    for p in paras:  # the signature run into the text (crawled text that lost its line breaks)
        for m in _grammar().signature_in_text.finditer(p.text):
            if _looks_like_org(m.group("org")):
                # signed jointly ("河北省人力资源和社会保障厅河北省财政厅"): no one issuer
                return (JOINT if _joint(m.group("org")) else m.group("org")), _date_to_iso(m)
    for p in paras:  # the same, run on into the plan's title
        for m in _grammar().signature_before_plan.finditer(p.text):
            org = _LEADING_REMARK.sub("", m.group("org"))  # "（此件主动公开）河北省人力资源和社会保障厅"
            if _looks_like_org(org):
                return (JOINT if _joint(org) else org), _date_to_iso(m)
    for p in paras:  # a date line without an issuer above it
        m = _grammar().standalone_date.match(p.text.strip())
        if m:
            return None, _date_to_iso(m)
    for p in paras:  # the same run into the text, the plan's title after it
        m = _grammar().date_before_plan.search(p.text)
        if m:
            return None, _date_to_iso(m)
    return None, None


def _joint(org: str) -> bool:
    """Two organisations' names run together: the first name ends before the text does and
    the rest is a name too ("河北省人力资源和社会保障厅河北省财政厅", "科技部财政部")."""
    name = _grammar().org_name
    first = name.match(org)
    if first is None or first.end() >= len(org):
        return False
    rest = name.match(org, first.end())
    return rest is not None and len(org) - first.end() >= 3


def find_issuer_fallback(paras: list[Piece]) -> str | None:
    for p in paras[:10]:
        text = squeeze_cjk_spaces(p.text)
        if "关于" in text:
            org = text.split("关于", 1)[0].strip()
            if "号" in org:  # the doc number printed before the issuer ("冀科企〔2013〕13号河北省科学技术厅")
                org = org.rsplit("号", 1)[1].strip()
            org = re.sub(r"^【[^】]*】", "", org)  # a page's column label ("【市政府重点工作及责任分解】")
            if any(ch in org for ch in "〔〕《》【】") or org.startswith(_grammar().rules.sentence_openings):
                continue  # a sentence or a cited document before 关于, not an issuer
            if _joint(org):
                return None
            if _grammar().joint_issuers.search(org):
                return None  # "人力资源社会保障部、国家发展改革委等20部门关于…": issued jointly
            if _looks_like_org(org):
                return org
        if text.endswith("文件") and _looks_like_org(text[:-2]):
            return text[:-2]
    return None


def find_recipients(paras: list[Piece]) -> list[str]:
    """The recipients' line ("各区人民政府，市政府各部门："): on a line of its own, or, in a
    text run together, before the body that follows its colon — then every part must read
    as a unit ("各市（含定州、辛集市）人民政府，雄安新区管委会，省政府各部门：按照…"). What
    stands before them on the line (a page's link, the title, the doc number) is not theirs."""
    for p in paras[:12]:
        text = p.text.strip()
        start = 0
        for colon in [m.start() for m in _COLON.finditer(text)][:16]:
            parts = _recipients_before(text, start, colon)
            if parts:
                return parts
            start = colon + 1
    return []


_COLON = re.compile(r"(?<!\d)[：:]|[：:](?!\d)")  # not the colon of a time (14:36:23)
_INFO_VALUE = re.compile(r"^[^:：]*[:：][\d\s:/.-]*")  # a page info label and its date or time


def _recipients_before(text: str, start: int, colon: int) -> list[str]:
    g = _grammar()
    ends = [m.end() for m in g.title_end.finditer(text, start, colon)]
    head = text[ends[-1] if ends else start : colon].strip()  # "…关于印发《X》的通知各市（含定州、辛集市）财政局、…："
    if g.is_page_info(head):  # "发布时间:2020-05-29 14:36:23各区、县(市)人民政府,…"
        head = _INFO_VALUE.sub("", head, count=1)
    if start:
        head = head.lstrip("0123456789-/:.| ")  # the tail of a page's time or table before them ("…14:36:23各区…")
    number = g.doc_number.match(head)
    if number:
        head = head[number.end() :].strip()  # "国科发监〔2022〕221号各有关单位："
    if head.startswith(g.rules.sentence_openings + ("》", "（", "(")) or any(ch in head for ch in "《》。"):
        return []  # "根据《…》文件，现将…公示如下：" is a sentence, not a list of recipients
    if len(head) >= 200 or not ("各" in head or "、" in head) or match_marker(head) is not None or any(ch.isdigit() for ch in head):
        return []
    label = g.label_re.search(text, start, colon + 1)  # ending at the colon: its trailing blanks are cut off
    if label is not None and label.end() == colon + 1:
        return []  # "…牵头，责任单位：": a unit note's label, not the recipients
    parts = [r.strip() for r in re.split(r"[，,；;]", head) if r.strip()]
    alone = start == 0 and colon == len(text) - 1  # the line is theirs to its end
    if alone:
        return parts
    unit_like = all((ends_like_unit(part) or part.startswith("各")) and not g.not_a_name.search(part) for part in parts)
    return parts if unit_like else []  # not "各地要做到以下几点：一是…"


def find_reporting_requirement(texts: list[str]) -> str | None:
    g = _grammar()
    word = g.report_word
    sentences = [s for text in texts if word.search(text) for s in _SENTENCE.findall(text) if word.search(s)]
    for pattern in (g.report_at, g.report_please):
        for text in sentences:
            m = pattern.search(text)
            if m:
                found = g.contact.sub("", m.group(0)).strip().rstrip("。，,；;")
                if len(found) <= 120:
                    return found
    return None


def context_year(title: str | None, issue_date: str | None, doc_number: str | None = None, paras: list[Piece] | None = None) -> int | None:
    """The year a phrase like "年底前" means: the notice's own year, from its title, its
    date, its doc number, or else the first doc number it cites (昆政发〔2016〕13号)."""
    if title:
        m = _grammar().year_of.search(title)
        if m:
            return int(m.group(1))
    if issue_date:
        return int(issue_date[:4])
    for text in [doc_number or ""] + [p.text for p in (paras or [])[:20]]:
        m = _grammar().bracket_year.search(text)
        if m:
            return int(m.group(1))
    return None


def extract_meta(paras: list[Piece]) -> dict:
    issuer, issue_date = find_signature(paras)
    title = find_title(paras)
    return {
        "title": title,
        "doc_number": find_doc_number(paras),
        "issuer": find_issuer_fallback(paras) if issuer is None else (issuer or None),
        "issue_date": issue_date,
        "recipients": find_recipients(paras),
        "reporting_requirement": find_reporting_requirement([p.text for p in paras]),
    }
