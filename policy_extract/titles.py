"""The title of a notice: the plan it issues (named in 《》 by its 印发 sentence, or its heading
above the body), else the notice's own line; in text whose line breaks were lost, the title run
into what follows it. meta.py reads the other fields."""
from __future__ import annotations

import re
import unicodedata

from .column_names import glued_header_names
from .grammar import current as _grammar
from .issued import issue_object_name, issued_title, issued_together, issues_unnamed, unwrapped
from .markers import match_marker
from .normalize import Piece, squeeze_cjk_spaces
from .notes import bare_note
from .signers import looks_like_org
from .tables import column_of
from .title_repeats import printed_twice, said_once

_HEADING_PUNCT = re.compile(r"[，,。；;：:！!？?]")


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text).translate(_INNER_QUOTES)  # "现将《贯彻落实<…规划>实施方案》印发你们" (corpus 0336, review c31-2)


_INNER_QUOTES = str.maketrans("〈〉<>‹›", "《》《》《》")
_ANGLE_QUOTES = str.maketrans("<>‹›", "《》《》")


def _heading_like(text: str) -> bool:
    t = text.strip()
    return (
        2 <= len(t) <= 80
        and not _grammar().annex_label.match(t)
        and not _HEADING_PUNCT.search(t)
        and match_marker(t) is None
        and not _grammar().date.search(t)
        and not (t.startswith(("（", "(", "【")) and t.endswith(("）", ")", "】")))  # "(此件公开发布)", "【目标任务】"
        and sum(1 for ch in t if "\u4e00" <= ch <= "\u9fff") >= 2  # "11330922090963010M/2023-31395": a site's index number
        and not any("\u2500" <= ch <= "\u257f" for ch in t)  # "│ 工 作 任 务 │分管领│…": a box-drawn table's row
        and not _grammar().opens_with_site_label(t) and not _grammar().is_law_field(t)  # "索  引  号 1137…", "发布机构 金乡县农业农村局 …", "有效性": the site's fields
        and not (">" in t and _grammar().breadcrumb.match(t))  # "首页 > 法律法规 > 正文阅览目录", cut from a page run together
        and not _grammar().doc_number.fullmatch(re.sub(r"\s+", "", t).strip("（()）"))  # "国办函〔2004〕80号" under the title
        and not _grammar().collection_headline.search(t)  # a 范文 site's headline over its pieces ("…实施方案3篇", reviews cz07, cv09)
        and not t.endswith(("——", "—"))  # "这25项实事的主要内容是——": a sentence leading into a list (福建 2017, review r33b 06)
    )


_PUBLISHED = re.compile(r"\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


def find_title(paras: list[Piece]) -> str | None:
    title = _find_title(paras)
    if not title:
        return title
    title = _as_printed_heading(title, paras)
    title = _grammar().digit_space.sub("", title.strip())  # "关于印发 2020 年区…": spaces around numbers
    title = title.strip().rstrip("•·●◆■▪").rstrip()  # "…落实的通知•": a menu's bullet from the next line
    title = unwrapped(title)  # a heading printed in 《》 ("《关于…的具体实施细则》", 淮安 2022)
    title = _grammar().site_tag.sub("", title)  # "【市政府重点工作及责任分解】滁州市人民政府关于…": the site's column
    title = _grammar().site_name_suffix.sub("", title) or title  # "…的意见-湖南省人民政府门户网站": the site's name
    title = _PUBLISHED.sub("", title) or title  # "2023年区委、区政府重点工作任务 2023-09-19" (杨浦区 2023): the page's date
    title = said_once(title)  # the page's title and the heading run together, a source's name between them or not
    bare = title.rstrip("0123456789")
    title = bare if len(title) - len(bare) <= 2 and len(bare) >= 6 and _grammar().ends_like_title(bare) else title  # "…实施方案1": a 范文 site's piece number (cz07)
    number = re.search(r"[（(]([^（）()]+)[）)]$", title)
    if number and len(title) - len(number.group(0)) >= 6 and _grammar().doc_number.fullmatch(number.group(1).strip()):
        title = title[: number.start()].rstrip()  # "…的通知(南经管发〔2020〕81号)": the number is meta's own field
    if title.endswith("号"):  # "…部分条款的通知冀科企函〔2017〕23号": the number run on after the title is meta's (corpus 0795 printed to PDF)
        title = next((title[:k] for k in range(max(6, len(title) - 24), len(title) - 5) if _grammar().ends_like_title(title[:k])
                      and _grammar().doc_number.fullmatch(title[k:])), title)
    if (lead := _grammar().doc_number.match(title)) is not None and title.startswith("关于", lead.end()):
        title = title[lead.end() :]  # "冀人社函〔2017〕33号关于做好…的通知" (corpus 0217, its body run on after it): the number is meta's
    if (left_open := _grammar().years_left_open.search(title)) is not None:  # a span of years its 《》 left open (corpus 0774)
        title += ")" if left_open.group("opener") == "(" else "）"
    return _as_printed_alone(title, paras)


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]$")


def _loose(text: str) -> str:
    return _BRACKETED.sub("", _key(text)).replace("的", "")


def _as_printed_heading(title: str, paras: list[Piece]) -> str:
    """The heading printed above the plan's body where it words the name its 印发 sentence cites a
    little differently (a 的 more or less, a bracketed span of years): "《九江市支持大南昌都市圈发展的
    行动方案》" over the heading "九江市支持大南昌都市圈发展行动方案" (九江 2019, review r32a 01); "《…五年
    行动方案(2021-2025)》" over "…五年行动方案" (赣州 2021, r32a 06). The contract's title is the heading."""
    # a notice issued as "《关于X的通知》" over X's own heading ("持续深化政务公开 做好当前重点工作的任务分解", 大连 2023, review r36b 06)
    inner = title[2:-3] if title.startswith("关于") and title.endswith("的通知") and len(title) > 10 else title
    for name in dict.fromkeys((title, inner)):
        loose = _loose(name)
        for n, p in enumerate(paras[:60]):
            text = p.text.lstrip()
            # (or run on after the signature's date: "2021年10月14日河北省中小企业创新发展“专利护航”行动计划（2021-2025）", corpus 0885)
            dated = _grammar().date.match(text) if text[:1].isdigit() and text[:1] != name[:1] else None
            text = text[dated.end() :] if dated else text
            if len(text) > len(name) + 14 and (tail := _heading_at_end(text, name)) is not None and _key(tail) != _key(title):
                return tail  # run on after the signature's date, its line breaks lost ("…2018年3月26日 平潭…督查考核工作计划", ar03 flattened)
            if not (len(loose) - 2 <= len(text) <= len(name) + 14) or text[:1] != name[:1]:
                continue  # (the words and their first character must agree before they are compared)
            text = squeeze_cjk_spaces(text)
            if len(text) >= 6 and _alike(_loose(text), loose) and _key(text) != _key(title) and _heading_like(text):
                after = paras[n + 1].text.lstrip() if n + 1 < len(paras) else ""
                return title if after.startswith(("（", "(")) else text  # "…行动计划" over "（2018—2022年）": the heading wrapped
    return title


def _heading_at_end(text: str, name: str) -> str | None:
    """The heading the name cites, closing a paragraph after a date or a sentence (a text run together), else None."""
    squeezed = squeeze_cjk_spaces(text.rstrip())
    tail = squeezed[-len(name) :]
    before = squeezed[-len(name) - 1 : -len(name)]
    return tail if before in ("日", "。", "！") and tail[:1] == name[:1] and _alike(_loose(tail), _loose(name)) and _heading_like(tail) else None


def _alike(heading: str, name: str) -> bool:
    """The same words, or a word more or less inside them: "…2023年重点工作任务" heading the plan its 印发 sentence
    cites as "《…2023年重点任务》" (滕政办发〔2023〕30号, web review u01). Start and kind word agree."""
    if heading == name:
        return True
    kinds = _grammar().rules.plan_title_endings  # the kind word alone differs: the heading "…督查考核工作计划" under "《…督查考核
    if len(name) >= 12 and heading[:-2] == name[:-2] and heading.endswith(kinds) and name.endswith(kinds):  # 工作方案》" (平潭 2018, ar03)
        return True
    if heading[:8] != name[:8] or heading[-2:] != name[-2:] or abs(len(heading) - len(name)) > 4 or len(name) < 12:
        return False
    if _grammar().numerals.findall(heading) != _grammar().numerals.findall(name):
        return False  # another year's or batch's plan ("…2023年第三批…" under "《…2023年第二批…》", diffreview-u)
    from difflib import SequenceMatcher  # (only for a near match; most notices print the name as cited)

    return SequenceMatcher(None, heading, name, autojunk=False).ratio() >= 0.9


_MENU_BULLETS = ("•", "▪", "►")  # a site's menu entry (灵璧县 2021, review s1a 06); no title opens with one


def _find_title(paras: list[Piece]) -> str | None:
    candidate = None
    forwarded = False
    together: list[str] = []
    for p in paras[:15]:
        g = _grammar()
        if (published := g.order_publishes.search(p.text)) is not None:
            candidate = published.group("name")
            break
        # the 关于印发…的通知 line names a plan too; a sentence that also cites one ("为深入贯彻落实
        # 《…关于印发…的通知》…，现将《X》印发给你们") still names X
        if "现将" in p.text and not g.issue_object.search(p.text):
            continue  # "根据《X》…文件，现将…情况公示如下": what it issues is not in 《》
        if not any(ch in p.text for ch in "，,。"):
            continue  # a title wrapped over lines ("关于印发2022年《政府工作报告》"), not a sentence
        if "《" in p.text and not g.issue_object.search(p.text) and issues_unnamed(p.text):
            break  # "根据《…》要求,…制定了普法责任清单,现正式印发给你们": what it issues has no 《》, the names are what it follows (review cj08)
        if "《" in p.text and (match_marker(p.text) is None or g.issue_object.search(p.text)) and any(_issues_here(p.text, m.start()) for m in g.issue_sentence.finditer(p.text)):
            # where 现将《 names it, that name (or none); else the name the issuing verb issues ("为贯彻
            # 落实《…意见》，…制定了《X》，现印发给你们"); else the first, without a 关于印发…的通知 line
            forwarded = bool(g.issue_object.search(p.text))  # "现将《…的通知》转发给你们": that notice is what is issued
            if forwarded:
                candidate = issue_object_name(p.text)
            else:
                candidate = issued_title(p.text) or (None if g.about_issuing.search(p.text) else issue_object_name(p.text))
            if candidate:
                together = issued_together(p.text, candidate)
                break
    blocks: list[str] = []
    run: list[str] = []
    fuller: dict[int, int] = {}  # a block -> the fuller whole title printed right after it
    annexed: set[int] = set()  # blocks printed right under an annex's label ("附件" then "…分解表")
    after_annex = False
    g = _grammar()
    for n, p in enumerate(paras[:40]):
        # (or under the signature's date: "2021年11月22日" then "《政府工作报告》2022年重点工作" / "及民生实事项目任务分解方案", 监利 2022)
        if g.annex_label.match(p.text.strip()) or _date_or_remark_line(p.text):
            after_annex = True
        if g.site_name_line.match(p.text) or p.text.lstrip().startswith(_MENU_BULLETS) or _channel_over_title(run, p, paras[n + 1 : n + 2]):
            continue  # "中国政府网" between the page's title and the heading, "• 政府信息公开" (a menu), "政府信息公开" alone: no part of either
        if _heading_like(p.text) and not g.is_file_line(p.text) and "".join(p.text.split()) != "目录":  # (a contents' label closes the title, 汇编 on maok.cn)
            # "潍坊…实施方案.docx": a sharing site's file name, or its size
            text = g.site_name_suffix.sub("", squeeze_cjk_spaces(p.text)) or p.text  # "…的意见-湖南省人民政府门户网站"
            if not run and after_annex:
                annexed.add(len(blocks))
                after_annex = False
            after_whole = bool(run) and bool(g.ends_like_title(run[-1]))
            whole_after_whole = after_whole and bool(g.ends_like_title(text))
            joined = text.startswith(("及", "和", "与", "暨"))  # "吉林省2020年政务公开工作要点" / "及重点任务分工" (review r36b 03)
            if run and not joined and (p.text.lstrip().startswith("——") or whole_after_whole or (after_whole and (column_of(text) or len(text) <= 4))):
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
        if not g.annex_label.match(p.text.strip()) and not _date_or_remark_line(p.text):
            after_annex = False
    if run:
        blocks.append("".join(run))
    if candidate and forwarded and candidate.endswith("通知") and (line := _forwarding_line(paras, candidate)):
        return line  # what it forwards is itself a 通知: the notice's own line, run on into its body or not (corpus 0300, 0295, review s3)
    if candidate:
        if not forwarded:
            candidate = plan_issued(candidate)  # "发布了《…关于印发银川都市圈建设2019年工作计划的通知》": the plan
        if len(together) > 1:  # "现将《A》《B》印发给你们": the one whose heading is printed first below
            heading = next((b for b in blocks if any(_key(b) == _key(name) for name in together)), None)
            heading = heading or _printed_first(together, paras)
            if heading:
                return heading
        want = _key(candidate)
        for block in blocks:
            if _key(block).startswith("《" + want + "》") and len(block) <= 80 and not looks_like_org(block):
                return block  # "《政府工作报告》2018年目标任务责任分解": the cited report's name opens the heading (台州 2018)
            if _key(block) == want or _key(block).endswith(want):
                prefix = _key(block)[: len(_key(block)) - len(want)]
                # "2023年" + the name printed in 《》: the heading is the fuller title
                return block if _key(block) == want or _grammar().year_prefix.fullmatch(prefix) else candidate
        for p in paras[:10]:  # "关于印发2023年区《政府工作报告》…方案的通知" names it in full
            m = _grammar().about_issuing.search(squeeze_cjk_spaces(p.text))
            if m and len(_key(m.group("title"))) > len(want) and _key(m.group("title")).endswith(want):
                return m.group("title")
        printed = candidate.translate(_ANGLE_QUOTES)  # the heading printed under it, run on, with the inner quotes as 《》 (0336)
        return squeeze_cjk_spaces(printed if printed != candidate and any(printed in p.text for p in paras[:15]) else candidate)
    for p in paras[:10]:
        text = squeeze_cjk_spaces(p.text)
        m = _grammar().about_issuing.search(text)
        quoted = m is not None and text.count("《", 0, m.start()) > text.count("》", 0, m.start()) and text.startswith("》", m.end()) and not g.forwarded_here.match(text, m.end())
        if quoted:
            continue  # "根据…省政府《关于印发…的通知》等文件精神" cited under the plan's own heading (西宁 2017), "为贯彻落实《…》"
        if m:
            inner = unwrapped(m.group("title"))
            for block in blocks:
                if _key(block) == _key(inner):
                    return block
            return inner
    for i, block in enumerate(blocks):
        if looks_like_org(block) or ("文件" in block and not ("关于" in block and g.ends_like_title(block))) or "此件公开发布" in block or "附件" in block:
            continue  # a signature, the red header (not "国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见", corpus 1091), a note on publishing, a list of annexes
        if _grammar().doc_number.fullmatch(block) or not 6 <= len(block) <= 80 or bare_note(block) is not None:
            continue  # "冀教师〔2018〕17号" alone, a fragment, a run of names, a unit clause ("市发改委牵头落实")
        if "关于" in block and block.endswith("的通知"):
            # the notice's own line, and the plan it issues printed under 附件 (郧阳区 2023: "附件" then
            # "2023年区政府工作目标任务落实责任分解表"): the plan's heading is the title
            # (its remark in brackets after the kind word: "…实施方案 (征求意见稿)", "…(试行)", 奉化市 2015, review ck07)
            plan = next((blocks[j] for j in sorted(annexed) if j > i and _BRACKETED.sub("", _key(blocks[j])).endswith(g.rules.annex_plan_title_endings)
                         and 6 <= len(blocks[j]) <= 80), None)
            if plan:
                return plan
            # the notice's own line wrapped over lines ("辽宁省人民政府关于印发《2023年" / "省〈政府工作报告〉任务分解" /
            # "和责任分工方案》的通知", realworld h06 with its 印发 sentence wrapped too): the plan it issues, as the lines above do
            if (m := g.about_issuing.search(block)) and "印发" in m.group(0)[:4]:  # (a 转发's notice is itself a 通知: its line whole)
                inner = unwrapped(m.group("title"))
                return next((b for b in blocks[i + 1 :] if _key(b) == _key(inner)), inner)
        if not block.endswith(g.title_endings + g.rules.annex_plan_title_endings):
            # a site's lines above the notice ("电脑桌面添加文秘网到电脑桌面…"), a whole title below them
            later = next((b for b in blocks[i + 1 :] if _whole_title_block(b) and not b.endswith("的通知")), None)
            if later is not None:
                return later
        return blocks[fuller[i]] if i in fuller and fuller[i] < len(blocks) else block
    if paras:  # a page whose line breaks were lost: the title before the page's info labels, or its body
        for pattern in (_grammar().title_before_page_info, _grammar().title_before_stamp, _grammar().title_before_body):
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
            if not issuer or (looks_like_org(issuer) and not issuer.startswith(g.rules.sentence_openings)):  # not "…安徽省人民政府发布关于…
                # 的通知" (a news story), nor a cited one: "根据市政府关于做好…工作的通知各单位：" (diffreview-s22's probe)
                return title
    for p in paras[:10]:  # a page run together: the plan's title right after the signature's date
        if "日" in p.text:
            m = next(g.at_sentence_starts(g.date_before_plan, p.text), None)
            if m and m.group("plan") and _heading_like(m.group("plan")):
                return squeeze_cjk_spaces(m.group("plan"))
    over_header = _title_over_glued_header(paras[:3])
    if over_header:
        return over_header
    for p in paras[:15]:  # nothing else: the name of the file the page offers ("…政策指引.pdf")
        if g.is_file_name(p.text):
            name = g.file_name.sub("", p.text).strip()
            if _heading_like(name) and len(name) >= 6:
                return squeeze_cjk_spaces(name)
    return next((title for p in paras[:3] if (title := printed_twice(p.text[:400], _heading_like))), None)


def _channel_over_title(run: list[str], p: Piece, after: list[Piece]) -> bool:
    """A site's channel alone on the line over a whole title ("政府信息公开" / "中共天水市委 天水市人民政府关于…实施意见", review ck09);
    not a line of a title wrapped over lines ("XX县2023年度" / "政务公开" / "工作要点", diffreview-al)."""
    if run or "".join(p.text.split()) not in _grammar().rules.site_channel_names or not after:
        return False
    title = squeeze_cjk_spaces(after[0].text)  # (its period in brackets after the kind word: "…行动方案（2023—2025年）", diffreview-am)
    bare = _BRACKETED.sub("", title)  # (its length without the bracket: "工作实施方案（2023年修订）" is the wrapped title's rest, diffreview-an)
    return len(bare) >= 8 and _grammar().ends_like_title(bare) and _heading_like(title)


def _issues_here(text: str, pos: int) -> bool:
    """The issuing verb at `pos` is this notice's: outside every 《》 ("为了进一步做好《…办公厅印发<…若干意见>的通知》贯彻落实工作",
    corpus 0686), not a citing word ("…等9部门联合发布的《…》", 0037), not told as past ("2018年11月，党中央、国务院印发《…》", 1063);
    nor is one inside a numbered item ("（二）…在…专栏发布，…落实…《…备忘录》", 0935)."""
    g = _grammar()
    return text.count("《", 0, pos) <= text.count("》", 0, pos) and not text.startswith(g.rules.citing_words, pos) and g.dated_event.search(text, max(0, pos - 40), pos) is None


def _forwarding_line(paras: list[Piece], forwarded: str) -> str | None:
    """The notice's "关于转发《X》的通知" line, its issuer before it, at the head of the text: "关于转发《人力资源社会保障部办公厅关于…
    的通知》的通知现将《…》转发给你们。" (corpus 0300 flattened)."""
    for p in paras[:3]:
        text = squeeze_cjk_spaces(p.text)
        k = text.find("关于转发《")
        end = text.find("》", k) if 0 <= k <= 40 else -1
        if end > 0 and _key(text[k + 5 : end]) == _key(forwarded) and text.startswith(("的通知", "现将"), end + 1):
            return text[: end + 4] if text.startswith("的通知", end + 1) else text[: end + 1]  # ("关于转发《…的通知》现将…", 0295)
    return None


def _date_or_remark_line(text: str) -> bool:
    """A short line under the signature: its date ("2021年11月22日", trailing debris and all) or "(此件公开发布)"."""
    text = text.strip()
    return len(text) <= 24 and (_grammar().date.match(text) is not None or "此件" in text)


def _title_over_glued_header(paras: list[Piece]) -> str | None:
    """A page run together, its title right before a table header that lost its separators: "…请在冰豆网上搜索。潍坊政务公开工作要点
    实施方案潍坊市2017年政务公开工作要点实施方案目标任务主要内容责任单位" (realworld h05 flattened); of two names run together, the fuller."""
    endings = _grammar().rules.plan_title_endings
    for p in paras:
        text = squeeze_cjk_spaces(p.text)
        tail = text[max(text.rfind(ch) for ch in "。！？") + 1 :]
        if len(tail) > 160:
            continue  # a title and a header are short: no scan of a page's run of text (it would be quadratic)
        head = next((k for k in range(6, len(tail) - 3) if _header_only(tail[k:])), None)
        if head is None:
            continue
        ends = [k for k in range(6, head + 1) if tail[:k].endswith(endings) and head - k <= 4]  # (a name the vocabulary lacks before it)
        if not ends:
            continue
        whole = tail[: ends[-1]]
        cuts = [k for k in range(6, len(whole) - 5) if whole[:k].endswith(endings) and len(whole) - k >= 6]
        names = [whole[: cuts[-1]], whole[cuts[-1] :]] if cuts and whole.endswith(whole[cuts[-1] - 2 : cuts[-1]]) else [whole]  # one kind twice
        best = max(names, key=len)
        return best if _heading_like(best) and len(best) <= 60 else None
    return None


def _header_only(text: str) -> bool:
    names, end = glued_header_names(text)
    return end == len(text) and len(names) >= 2 and any(column_of(n) in ("lead", "responsible") for n in names)


def plan_issued(name: str) -> str:
    """"…关于印发X的通知" -> X, the document a notice so named issues (the contract's title);
    any other name as it is."""
    issued = _grammar().about_issuing.search(name)
    return unwrapped(issued.group("title")) if issued and name.endswith("的通知") else name


def _printed_first(names: list[str], paras: list[Piece]) -> str | None:
    """Of documents issued together, the one whose name is printed first outside 《》 (its
    heading run into the text of a page that lost its line breaks: "…(此件公开发布)关于解决…的
    指导意见根据《…》…")."""
    best = None
    for n, p in enumerate(paras[:40]):
        for name in names:
            k = p.text.find(name)
            while k > 0 and p.text[k - 1] == "《":
                k = p.text.find(name, k + 1)
            if k >= 0 and (best is None or (n, k) < best[0]):
                best = ((n, k), name)
    return best[1] if best else None


def _whole_title_block(block: str) -> bool:
    """A heading that ends as a whole title does and could be one (not a signature or the red header)."""
    return _grammar().ends_like_title(block) and 6 <= len(block) <= 80 and not looks_like_org(block) and "文件" not in block


def _as_printed_alone(title: str, paras: list[Piece]) -> str:
    """A title named inside 《》 prints its own quotes as 〈〉 ("印发《2023年省〈政府工作报告〉…
    方案》的通知"); where the plan's heading prints them as 《》, the heading's form."""
    if "〈" not in title:
        return title
    alone = title.replace("〈", "《").replace("〉", "》")
    bare = "".join(alone.split())
    return alone if any(bare in "".join(p.text.replace("#", " ").split()) for p in paras[:40]) else title  # "陕西省## 《…》" (markdown marks mid-line)
