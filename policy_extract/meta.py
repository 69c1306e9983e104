"""Document metadata: title, doc number, issuer, issue date, recipients, reporting requirement.

A notice prints these in a house style that is the same across offices: the doc number
on a line of its own under the masthead, the recipients ending with a colon, the issuer
above the date at the signature, the title of the issued plan as a heading above its
body (named in 《》 in the 印发 sentence).
"""
from __future__ import annotations

import re

from .brackets import pairs
from .dates import days_in_month
from .doc_numbers import find_doc_number
from .grammar import current as _grammar
from .markers import cn_to_int, match_marker
from .normalize import Piece, squeeze_cjk_spaces
from .recipients import find_recipients, find_reporting_requirement
from .signers import looks_like_org, org_chain, signers_before
from .titles import find_title, plan_issued


def _date_to_iso(m: re.Match) -> str | None:
    y, mo, d = (int(g) if g.isdigit() else cn_to_int(g) for g in (m.group("y"), m.group("m"), m.group("d")))
    if not (y and mo and d) or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


_LEADING_REMARK = re.compile(r"^[（(][^（）()]*[）)]")


JOINT = ""  # the issuer of a notice signed jointly: none, and no guess from elsewhere


_DAMAGED_DATE = re.compile(r"(20\d{2})(\d{2,4})\D?")  # "2022429", "2023331日"


def _damaged_date(m: re.Match) -> str | None:
    """The one month and day the digits after the year can be ("429" -> 4-29; "1111" -> 11-11 or 1-111: none)."""
    year, rest = int(m.group(1)), m.group(2)
    days = [(int(rest[:k]), int(rest[k:])) for k in (1, 2) if k < len(rest) and rest[k] != "0"]
    valid = [(mo, d) for mo, d in days if 1 <= mo <= 12 and 1 <= d <= days_in_month(year, mo)]
    return f"{year:04d}-{valid[0][0]:02d}-{valid[0][1]:02d}" if len(valid) == 1 else None


def find_signature(paras: list[Piece]) -> tuple[str | None, str | None]:
    """(issuer, issue date) from the signature: an organisation above a date line; JOINT
    when several signed."""
    g = _grammar()
    for i, p in enumerate(paras):
        text = p.text.strip()
        # a date line, or a date run on into the plan's title ("2023年1月20日加快建设数字河北行动方案（2023-2027年）",
        # "2023年12月6日（此件主动公开）": corpus 0940, 0640)
        m = g.standalone_date.match(text) or (g.date_before_plan.match(text) if i and text[:1] and text[0] in "0123456789一二" else None)
        prev = paras[i - 1].text.strip() if i else ""
        sealed = i >= 2 and g.seal_remark.match(prev) is not None  # "…部际联席会议办公室" / "（国家知识产权局代章）" / date
        prev = paras[i - 2].text.strip() if sealed else prev
        prev = _without_remarks(prev) if prev.endswith(("）", ")")) else prev  # the seal on the signer's line ("…联席会议办公室（…局代章）", review bu04)
        if m is None and i and text[:1] in "0123456789一二" and looks_like_org(prev):
            # under the signer, the date run on into whatever follows ("河北省人民政府办公厅" / "2022年2月26日河北省加快
            # 推进钢铁产业高质量发展的若干措施省工业和信息化厅…", corpus 0907, review r25b 10)
            m = g.date.match(text)
        if m is None and i and looks_like_org(prev) and (damaged := _DAMAGED_DATE.fullmatch(text)):
            # "重庆高新区管委会办公室" / "202164": the signature date a page lost its 年月日 from (review r38a 01, r37b 06)
            return (None if _joint(re.sub(r"\s+", "", prev)) else re.sub(r"\s+", "", prev)), _damaged_date(damaged)
        if m:
            if looks_like_org(prev):
                above = paras[i - 2 - sealed].text.strip() if i >= 2 + sealed else ""
                wrapped_name = len(above) <= 30 and not looks_like_org(above) and not any(ch in above for ch in "，,。；;：:") \
                    and g._opens_with_place(above, short_ministry=False) and prev.startswith(g.rules.owned_body_names) and not g.ends_like_title(above) \
                    and not any(w in above for w in g.rules.not_unit_labels)  # (a body that needs its owner's name; no title or contact line, diffreview-af)
                if (above.endswith(g.rules.unit_conjunctions + ("、", "的")) and len(above) <= 30) or wrapped_name:  # the signer's name wrapped: "…港澳台侨和" /
                    prev, above = above + prev, paras[i - 3 - sealed].text.strip() if i >= 3 + sealed else ""  # "外事委员会" (corpus 0980); "上海市
                    # 全面推进“15分钟社区生活圈”行动" / "联席会议办公室" (its place and task over the body's kind, review bu04)
                joint_above = looks_like_org(above) and (len(above) <= 20 or _joint(re.sub(r"\s+", "", above)))  # corpus 0900
                wrapped = prev.startswith(("委员会", "办公室", "办公厅"))  # "…中国银行保险监督管理" / "委员会河北监管局" (0902)
                spaced = [x for x in re.split(r"\s{2,}|\u3000", prev.strip()) if x]  # "上海市民政局         上海市消防救援总队" (review am04)
                if joint_above or wrapped or _joint(re.sub(r"\s+", "", prev)) or (len(spaced) >= 2 and all(looks_like_org(x) and len(x) >= 5 for x in spaced)):  # (not "中共上海市委      宣传部")
                    return None, _date_to_iso(m)  # signed jointly: no one issuer (not the last signer)
                return re.sub(r"\s+", "", prev), _date_to_iso(m)
            continue
        m = g.org_then_date.match(text)
        if m and looks_like_org(m.group("org")):
            return m.group("org"), _date_to_iso(m)
    dated = [p for p in paras if "日" in p.text]  # every pattern below ends its date with 日
    squeezed = [squeeze_cjk_spaces(p.text) for p in dated]  # joint signers spaced apart ("上海市交通委员会 上海海事局2023年4月17日…", review y01)
    for text in squeezed:  # the signature run into the text (crawled text that lost its line breaks): the first a paragraph holds
        found = _run_together_signature(text)
        if found is not None:
            return found
    for i, p in enumerate(paras):  # a date line without an issuer above it, not a page field's value ("发布时间:" over it, 南昌 2019)
        m = g.standalone_date.match(p.text.strip()) if "日" in p.text else None
        if m and not (i and paras[i - 1].text.rstrip().endswith((":", "："))):
            return None, _date_to_iso(m)
    for p in dated:  # the same run into the text, the plan's title after it
        m = next(g.at_sentence_starts(g.date_before_plan, p.text), None)
        if m:
            return None, _date_to_iso(m)
    for p in dated[:3]:  # the date in brackets over the doc number at the head (宝山区 2008, review r18a 02)
        m = g.date_over_number.match(p.text)
        if m and p.start_line <= paras[0].start_line + 5:
            return None, _date_to_iso(m)
    for p in dated:  # the date under the sentence that hands the notice over, its signer lost
        m = g.date_after_handing_over.search(p.text)
        if m:
            return None, _date_to_iso(m)
    return None, None


def _run_together_signature(text: str) -> tuple[str | None, str | None] | None:
    """(issuer, date) of the first signature run into a paragraph, whichever form it takes: before a bracket, a sentence or the end
    ("中共安徽省委教育工委      安徽省教育厅2015年3月3日", spaces squeezed out, web review v07); on into the plan's title; into a short
    title right after the sentence that hands the notice over; else many signers run together. The first in the text is the covering
    notice's: a plan signed again at its foot ("…请认真按照执行。上海市宝山区人民政府办公室2021年7月30日关于…实施方案为…宝山区国有资产
    监督管理委员会2021年7月14日", review ad04 flattened) keeps the notice's date."""
    g, found = _grammar(), []
    for m in g.at_sentence_starts(g.signature_in_text, text):
        org = _signer_after_address(_without_remarks(m.group("org")))  # "（农业部等负责）国务院办公厅…" (corpus 0255)
        if _signer(org):
            found.append((m.start("org"), _issuer(org), _date_to_iso(m)))  # signed jointly ("河北省人力资源和社会保障厅河北省财政厅"): no one issuer
            break
    for m in g.at_sentence_starts(g.signature_before_plan, text):
        org = _without_remarks(m.group("org"))  # "（此件主动公开）河北省人力资源和社会保障厅"
        if _signer(org):
            found.append((m.start("org"), _issuer(org), _date_to_iso(m)))
            break
    for m in g.at_sentence_starts(g.signature_before_body, text):  # ("…现印发给你们，请认真抓好落实。")
        before = text[: m.start()].rstrip()[:-1]
        if _signer(m.group("org")) and g.issue_sentence.search(before[max(before.rfind(ch) for ch in "。！？") + 1 :]):
            found.append((m.start("org"), _issuer(m.group("org")), _date_to_iso(m)))
            break
    if found:
        return min(found, key=lambda f: f[0])[1:]
    for m in g.date.finditer(text):  # or many signers run together before the date, too long for the patterns above
        if signers_before(text, m.start()) is not None:
            return JOINT, _date_to_iso(m)
    return None


def _without_remarks(org: str) -> str:
    """A signer's name without the remark before it and the seal's after it ("…发展和改革委员会（代章）", review ac06 flattened)."""
    org = _LEADING_REMARK.sub("", org)
    k = max(org.rfind("（"), org.rfind("("))
    return org[:k] if k > 0 and _grammar().seal_remark.match(org[k:]) else org


def _signer(org: str) -> bool:
    """An organisation's name, or several run together ("上海市宝山区生态环境局上海市宝山区绿化和市容管理局…", four, review ae03)."""
    return looks_like_org(org) or org_chain(org) >= 2


def _issuer(org: str) -> str:
    return JOINT if _joint(org) or org_chain(org) >= 3 else org


def _signer_after_address(org: str) -> str:
    """The signer after the office an address names, both in one run ("地址：中山西路449号河北省教育厅科技处河北省教育厅2017年8月14日",
    corpus 1057; "…118号河北省人力资源和社会保障厅工伤保险处河北省人力资源和社会保障厅…", 0154): the name that opens and closes it."""
    return next((org[k:] for k in range(1, len(org) - 3) if org.startswith(org[k:])), org)


def _joint(org: str) -> bool:
    """Two organisations' names run together: the first name ends before the text does and
    the rest is a name too ("河北省人力资源和社会保障厅河北省财政厅", "科技部财政部")."""
    name = _grammar().org_name
    first = name.match(org)
    if first is None or first.end() >= len(org):
        return False
    end = first.end()
    if first.group(0).endswith(("省委", "市委", "县委", "区委", "州委", "领导小组", "人民政府", "管委会")):
        # a body of the party committee or of the group, named without a place, is part of it:
        # "中共河北省委教育工委" (corpus 1046), "…建设领导小组改革开放新高地执行小组办公室" (1137);
        # not "中共河北省委组织部" + "河北省人力资源和社会保障厅" (0150)
        # (its departments are named short, as a ministry is: "中共河北省委组织部" is one signer, corpus 0349, review c25-1);
        # a government's or a zone's body, named without its place: "上海市宝山区人民政府吴淞街道办事处" (review bj01),
        # "平潭综合实验区管委会安全生产委员会" (review bh03); not "河北省人民政府河北省军区"
        inner = name.match(org, end)  # (the party's committee after the zone's is a second signer: "…管委会中共…工委", diffreview-ac)
        if inner is not None and not _grammar()._opens_with_place(org[end:], short_ministry=False) and not org.startswith("中共", end):
            end = inner.end()
    tail = org[end:]  # an office of the body, named short: "平潭综合实验区金井片区管理局党政办公室" (review at02 crawled) is one
    if tail.endswith(("监管组", "工作组")) and org_chain(tail) == 1:
        return False  # a group of the body: "福建银保监局平潭监管组", "某某区住建局房屋安全隐患排查整治工作组" (diffreview-ad)
    body = tail[:-3] if tail.endswith(("办公室", "办公厅")) else tail
    if body.endswith(_grammar().rules.coordinating_body_kinds + _grammar().rules.corps_kinds) and not _grammar()._opens_with_place(tail) \
            and tail[:1] not in _grammar().rules.place_words:  # ("河北省财政厅省防汛抗旱指挥部办公室": two, diffreview-ah)
        return False  # a coordinating body after its place, its task between: "西安市推进政府职能转变和“放管服”改革协调小组办公室"; a corps
        # of the body ("上海市公安局交通警察总队"), not another place's ("上海市民政局上海市消防救援总队", review am04)
    if len(tail) <= 6 and tail.endswith(("办公室", "办公厅")) and not name.fullmatch(tail[:-3]) and not _grammar()._opens_with_place(tail, short_ministry=False):
        return False  # (not "人力资源社会保障部办公厅财政部办公厅": two, corpus 0019)
    rest = name.match(org, end) if end < len(org) else None
    return rest is not None and len(org) - end >= 3


def find_issuer_fallback(paras: list[Piece]) -> str | None:
    for p in paras[:10]:
        text = squeeze_cjk_spaces(p.text)
        if "关于" in text:
            org = text.split("关于", 1)[0].strip()
            if "号" in org:  # the doc number printed before the issuer ("冀科企〔2013〕13号河北省科学技术厅")
                org = org.rsplit("号", 1)[1].strip()
            org = re.sub(r"^【[^】]*】", "", org)  # a page's column label ("【市政府重点工作及责任分解】")
            org = re.split(r"[•●◆■▪×]", org)[-1].strip()  # a page's menu run into it ("• 设为首页• 加入收藏• 长者版区人民政府办公室", 下陆区 2023;
            # "政务微信政务微博××池州市人民政府关于…", its close buttons, web-n 06 flattened)
            org = org[len(next((w for w in _grammar().rules.web_chrome_lines if org.startswith(w)), "")) :]
            if any(ch in org for ch in "〔〕《》【】") or org.startswith(_grammar().rules.sentence_openings) or match_marker(org) is not None:
                continue  # a sentence or a cited document before 关于, not an issuer; nor an item ("1.及时传达学习党中央和上级党委关于…", review cl06)
            if _joint(org) or _grammar().joint_issuers.search(org):
                # "人力资源社会保障部、国家发展改革委等20部门关于…": issued jointly; where the words before 关于 are only names, no guess
                # from the page's 发布机构 either ("中共天水市委 天水市人民政府关于…实施意见" under "发布机构: 市政府国资委", review ck09;
                # not a page's fields run together, "…发文机关: 国务院办公厅成文日期: …标题: 国务院办公厅关于…", cg02, nor a sentence)
                return JOINT if len(org) <= 60 and not any(ch in org for ch in ":：，,。；;") and _names_only(org) else None
            if looks_like_org(org):
                return org
        if text.endswith("文件") and looks_like_org(text[:-2]):
            return text[:-2]
    for k, (p, nxt) in enumerate(zip(paras[:10], paras[1:11])):  # the red header's name alone over the title
        text = squeeze_cjk_spaces(p.text)  # (梁平区 2021: "重庆市梁平区人民政府办公室" / "关于印发…")
        if squeeze_cjk_spaces(nxt.text).startswith("关于") and looks_like_org(text) and not _joint(text):
            joint = k > 0 and looks_like_org(squeeze_cjk_spaces(paras[k - 1].text))  # "河北省科学技术厅" / "河北省财政厅" / "关于…"
            return None if joint else text
    return None


def _names_only(org: str) -> bool:
    """Several issuers' names before 关于, each its own (diffreview-al): not a 转发's bodies after the issuer ("…办公厅转发省发展改革委、
    省财政厅关于…"), nor a site's name before the issuer it begins ("XX市人民政府 XX市人民政府办公室关于…")."""
    if "转发" in org:
        return False
    names = org.split()
    return not any(b.startswith(a) for a, b in zip(names, names[1:]))


def context_year(title: str | None, issue_date: str | None, doc_number: str | None = None, paras: list[Piece] | None = None) -> int | None:
    """The year a phrase like "年底前" means: the notice's own year, from its title, its
    date, its doc number, or else the first doc number it cites (昆政发〔2016〕13号), or else
    the year it names most often."""
    if title:
        span = _grammar().year_range.search(title)  # "行动方案（2023-2027年）": the plan starts in 2023 (corpus 0922)
        m = _grammar().year_of.search(title)
        if span and not span.group(0).endswith("年") and m and m.start() > span.end():
            span = None  # a span printed without 年 gives way to a year the title names after it ("（2018—2020）中期评估及2019年工作安排", diffreview-x)
        if span or m:
            return int(span.group(0)[:4]) if span and (not m or span.start() <= m.start()) else int(m.group(1))
        if title[:4].isdigit() and 1990 <= int(title[:4]) <= 2040 and not title[4:5].isdigit() and (title[4:5] not in _grammar().rules.measure_words or title[4:5] in "元日"):  # ("2000亩…", k4 p05;
            # not "2024元旦…", "2024日照…", k5 p11, p12)
            return int(title[:4])  # a year opening the title without 年 ("2016八一建军节部队的活动方案", review io 07)
    if issue_date:
        return int(issue_date[:4])
    for text in [doc_number or ""] + [p.text for p in (paras or [])[:20]]:
        m = _grammar().bracket_year.search(text)
        if m:
            return int(m.group(1))
    # else the earliest year the text names twice or more ("对2021年1月1日至3月31日期间到期…", corpus 0918: no
    # title year, no date, no doc number; its "3月10日前" and "年底前" had no year): a plan names its target
    # years more often than its own, and a year named once may be a cited document's; its table's cells count too
    # ("2021年11月26日" in a row of 云浮 2021 体育 工作计划, review fe04); or the one year it names, outside 《》 and 〔〕
    # ("1.2013年国际长距离铁人三项世界杯赛…" over "…5月底前完成", 2013 体育工作计划, review fe05)
    # (not a year a practice started from, "从2016年开始,我部每年都公开…", nor a target's, "“十三五”规划预期2020年…", 工信部 2018 关键业绩指标,
    # review im 02; where no other year is named, those count: "自2024年5月起在全县开展…", diffreview-k3 p04)
    skipped = _grammar().rules.since_words + _grammar().rules.target_year_words  # (every paragraph and row alike: a cited meeting's year in the
    return _year_named(paras or [], skipped) or _year_named(paras or [], ())  # prose gives way to the table's, diffreview-k3 p05)


def _year_named(paras: list[Piece], skipped: tuple[str, ...]) -> int | None:
    counts: dict[int, int] = {}
    uncited: set[int] = set()
    named: set[int] = set()  # (once, and naming a thing, not a time: not "（2000年底前建成）", diffreview-x; nor what was done then, "对2020年已达标的…", review fl)
    done, time_words = _grammar().rules.done_after, _grammar().year_as_time  # ("2018年以来出台的…", diffreview-bb)
    for p in paras:
        cited = [(a, b) for a, b, opener in pairs(p.text) if opener in "《〔"] if "《" in p.text or "〔" in p.text else []
        for m in _grammar().year_of.finditer(p.text):
            if 1990 <= int(m.group(1)) <= 2040 and not (skipped and p.text[: m.start()].endswith(skipped)):
                counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
                if not any(a < m.start() < b for a, b in cited):
                    uncited.add(int(m.group(1)))
                    named |= {int(m.group(1))} if not time_words.match(p.text, m.end()) and not p.text.startswith(done, m.end()) else set()
    return min((y for y, n in counts.items() if n >= 2), default=next(iter(uncited)) if len(uncited) == 1 and uncited == named else None)


def next_year_planned(title: str | None, issue_date: str | None, paras: list[Piece]) -> bool:
    """A notice without a year in its title, signed in one year about the next: the sentence saying what it is about names the
    next year and not its own ("现就统筹开展全省2023年公共就业服务专项活动有关事项通知如下", signed 2022年12月15日, corpus 0280)."""
    if not issue_date or (title and _grammar().year_of.search(title)):
        return False
    about = next((m.group(0) for p in paras[:8] for m in [_grammar().subject_sentence.search(p.text)] if m), "")
    named = {int(y) for y in _grammar().year_of.findall(about)}
    return int(issue_date[:4]) + 1 in named and int(issue_date[:4]) not in named


def _dated_number(paras: list[Piece]) -> str | None:
    """No signature's date: the date printed on the doc number's line, as a gazette heads its documents ("川府发〔2011〕8号
    二○一一年三月十七日", 四川 2011, review web-q 07)."""
    g = _grammar()
    for p in paras[:10]:
        m = g.doc_number.search(p.text) if "号" in p.text else None
        date = g.standalone_date.match(p.text[m.end() :]) if m and m.start() <= 2 else None
        if date:
            return _date_to_iso(date)
    return None


def extract_meta(paras: list[Piece], fields: dict[str, str] | None = None) -> dict:
    """The notice's meta from its own text; where the text does not print a field, the
    site's information table's (`fields`, page_fields.py): 成文日期, 发布机构, 标题, 文号."""
    issuer, issue_date = find_signature(paras)
    title = find_title(paras)
    fields = fields or {}
    if issuer is None:
        issuer = find_issuer_fallback(paras)
    if issuer is None and looks_like_org(fields.get("issuer", "")):
        issuer = fields["issuer"]
    elif issuer and len(fields.get("issuer", "")) > len(issuer) and fields["issuer"].endswith(issuer) and looks_like_org(fields["issuer"]):
        issuer = fields["issuer"]  # "县人民政府办公室关于印发…" under "发文单位: 嘉鱼县人民政府办公室" (嘉鱼县 2024, review r32a 08)
    if title is None and fields.get("title"):
        title = plan_issued(fields["title"])
    return {
        "title": title,
        "doc_number": find_doc_number(paras) or fields.get("doc_number"),
        "issuer": issuer or None,
        "issue_date": issue_date or _dated_number(paras) or fields.get("issue_date"),
        "recipients": find_recipients(paras),
        "reporting_requirement": find_reporting_requirement([p.text for p in paras]),
    }
