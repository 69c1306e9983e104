"""Where an item's text ends: not in the notice's signature under the last item (on lines of its own
or run on, its line breaks lost), the annex list and the annex's title after it, or a progress
report under the item (完成情况:…). build.py cuts each item's text with these."""
from __future__ import annotations

from .bracket_lists import Note
from .grammar import current as _grammar
from .signers import looks_like_org, signers_before
from .tables import column_of


def without_signature(body: str) -> str:
    """The notice's signature under its last item is no part of the item ("…严肃追责问责。" then
    "苍溪县人民政府办公室", "2019年11月25日", 苍府办函〔2019〕43号): its lines are cut, joint
    signers' too."""
    g = _grammar()
    lines = body.rstrip().split("\n")
    # what follows the signature is the annex's, not the item's ("石泉县人民政府办公室", "2021年4月23日", "石泉县2021年
    # 政务公开工作任务分解一览表", "序号", …: 石政办函〔2021〕12号, review r30b 06)
    signed = next((j for j in range(2, len(lines)) if g.standalone_date.match(lines[j].strip()) and looks_like_org(lines[j - 1]) and len(lines[j - 1].strip()) <= 30), None)
    lines = lines if signed is None else lines[: signed + 1]
    if len(lines) >= 3 and len(lines[-1].strip()) <= 4 and g.standalone_date.match(lines[-2].strip()):
        lines = lines[:-1]  # a page's button under the date ("2026年5月15日" / "收藏", its 打印本页 and 关闭窗口 dropped as chrome, review ad08)
    k = len(lines)
    if k >= 2 and g.publication_remark.match(lines[-1].strip()):
        k -= 1  # "科技部" / "2015年1月10日" / "（此件主动公开）" (corpus 0702)
    last = lines[k - 1].strip()
    # (or glued: "河北省教育厅2018年6月28日", a signature that chrome_apart set apart from a run-on page, corpus 1023 flattened)
    m = g.org_then_date.match(last) or ((glued := g.signature_in_text.match(last)) and glued.end() == len(last) and glued) or None
    if m and looks_like_org(m.group("org")):
        k -= 1
    elif k >= 2 and g.standalone_date.match(last) and looks_like_org(lines[k - 2]):
        k -= 2
    elif k >= 2 and g.standalone_date.match(last):
        k -= 1  # the date alone, no signer printed ("…落地生根。" / "2015年9月30日", corpus 0778)
    else:
        return body
    while k > 1 and looks_like_org(lines[k - 1]) and len(lines[k - 1].strip()) <= 20:
        k -= 1  # "中共嵊泗县委办公室" over "嵊泗县人民政府办公室"
    if k > 1 and (g.closing_exhortation.match(lines[k - 1]) or g.self_reference.match(lines[k - 1].strip())) and "。" in "".join(lines[: k - 1]):
        k -= 1  # (not an item's only body) the notice's closing paragraph over its signature: "各地各部门要明确责任、分解任务，…落地生根。",
        # or one naming the notice: "本意见颁布后，各级科学技术行政管理部门要…" (科技部 2017, corpus 0681, review c17-2)
    # or the closing paragraphs: the first that addresses all the notice's units and asks them to report back ("各民办高校要
    # 加强自查自纠，…请于2018年9月底前报送省教育厅政策法规处。" then "招生期间，我厅将…", 河北省教育厅 2018, corpus 1033)
    # (not where the item is itself about reports: "五、做好信息报送" over "各单位要于每月5日前报送…")
    k = next((j for j in range(1, k) if g.closing_exhortation.match(lines[j]) and (g.report_at.search(lines[j]) or g.report_please.search(lines[j]))
              and "。" in "".join(lines[:j])), k) if not g.report_word.search(lines[0]) else k
    return "\n".join(lines[:k]).rstrip()


def without_closing_run_on(text: str, notes: list[Note]) -> str:
    """The notice's closing paragraph run on after the last item's unit note, its line break lost
    ("…实行“免督查”。（国务院办公厅负责）对真抓实干…具有重要意义。各有关部门要认真落实激励措施，…于2016年11月底前
    报…", 国办发〔2016〕82号, corpus 0258): the item ends with its note when a sentence after the note opens as a
    notice's closing does ("各地区、各部门要…", "各有关部门要…"). A sentence after the note that is no
    closing stays (the contract's run rule)."""
    units = [n for n in notes if n.lead or n.responsible]
    if not units or any(n.start >= units[-1].end for n in notes):
        return text
    end = units[-1].end
    rest = text[end:]
    if "\n" in rest.strip() or len(rest.strip()) < 20:
        return text
    exhortation = _grammar().closing_exhortation
    starts = [0] + [k + 1 for k, ch in enumerate(rest) if ch in "。！？"]
    return text[:end] if any(exhortation.match(rest[k:]) for k in starts) else text


def without_effective_clause(text: str, notes: list[Note] = ()) -> str:
    """When the notice takes effect, run on after its last item's sentences or note, is no part of the item, nor what follows it
    ("…下载专区。本通知自发布之日起予以实施。河北省人力资源和社会保障厅2017年9月13日", corpus 0167; "…（责任单位：省税务局、省科技厅）
    本措施自发布之日起实施，有效期3年，…", 0581, review s8, s9), nor who interprets it ("本办法由…负责解释。", 0487). The item's first
    sentence stays, work the place or the campaign sets going stays ("本市自2023年1月1日起实行生活垃圾强制分类，…", diffreview-v), and so
    does a clause a unit note follows ("本办法自…起施行后，…各地要于6月底前完成清理。（省司法厅负责）")."""
    if "本" not in text[1:]:
        return text
    g = _grammar()
    starts = [k + 1 for k, ch in enumerate(text) if ch in "。！？）)" and k + 1 < len(text)]
    first = next((k for k, ch in enumerate(text) if ch in "。！？"), len(text))
    last_note = max((n.start for n in notes), default=-1)
    return next((text[:k].rstrip() for k in starts if k > first and k > last_note and _names_the_notice(text[k : k + 12])
                 and (g.effective_clause.match(text[k : k + 60]) or g.interpretation_clause.match(text[k : k + 120]))), text)


def _names_the_notice(text: str) -> bool:
    """"本通知…", "本实施办法…", "本工作指引…": the notice (or the rules it issues) naming itself; not "本市", "本次"."""
    rules = _grammar().rules
    name = text[1:].removeprefix("实施").removeprefix("工作")
    return text.startswith("本") and name.startswith(rules.plan_title_endings + rules.regulation_title_endings + rules.document_title_endings + ("指引", "指南"))


def without_offered_files(body: str) -> str:
    """The files the page offers under the notice's last item ("…（此件主动公开）（联系单位：职业能力建设处）" then
    "1.河北省机关事业单位工人技师考核考务工作安排.docx", corpus 0022, review c30-1) are no part of the item."""
    lines = body.rstrip().split("\n")
    k = len(lines)
    while k > 1 and _grammar().is_offered_file(lines[k - 1]):
        k -= 1
    return "\n".join(lines[:k]) if k < len(lines) else body


def without_progress(body: str) -> str:
    """A progress report under the item is no part of its work ("1.持续深入推进…建设。" / "责任单位:市人社局" /
    "完成情况:全市开展各类职业技能培训10万人次…", 漯河市 2024 民生实事完成情况, review r33a 07): the text ends before
    the first line that opens with a progress column's name and a colon."""
    lines = body.split("\n")
    for k, line in enumerate(lines[1:], 1):
        head = line.lstrip()[:8]
        colon = max(head.find(":"), head.find("："))
        if colon >= 2 and column_of(head[:colon]) == "progress":
            return "\n".join(lines[:k]).rstrip()
    return body


def without_closing_formula(body: str) -> str:
    """The notice's closing formula under its last item, and what follows it, are no part of the
    item ("2、每月调度预警，…解决问题难题。" / "特此公示!" / "公示时间:2019年12月13日至2019年12月19日…",
    铁东区 2019 环保整改公示, review s2d 07: the 公示 period had been the item's time limit)."""
    m = _grammar().closing_formula.search(body) if "特此" in body else None
    return body[: m.start()].rstrip() if m is not None and m.start() > 0 else body


def without_signature_over_annex(body: str) -> str:
    """The signature run on into the title of an annex after it, with the annex list before it
    ("…就近就诊。附件：1.河北省双向转诊暂行规定2.…考核评价标准河北省人民政府办公厅2015年10月30日
    河北省双向转诊暂行规定为建立…", corpus 0228, review r31a 09): the item ends before both."""
    g = _grammar()
    body = without_annex_list(without_offered_files(body))
    if "日" not in body or g.date.search(body) is None:  # (a full date first: the pattern below is compiled only then)
        return body
    signed = next((m for m in g.at_sentence_starts(g.signature_before_plan, body) if looks_like_org(m.group("org"))), None)
    if signed is None:
        return body
    text = body[: signed.start()].rstrip()
    annex = text.rfind("附件")
    return text[:annex].rstrip() if annex > 0 and text[annex - 1] in "。；;\n" else text


def without_annex_list(body: str) -> str:
    """The annex list closing the notice, run on after the last item's last sentence, its line breaks lost ("…营造良好社会氛围。
    附件：上海市加强城市地质安全风险防控主要目标", review af03 flattened; "…不得认定为样板区域。附件2生活垃圾精细化分类样板区域信息序号…",
    af04): what follows the label holds no sentence, its label closed by a colon or its title ending like a plan's or a form's; not an item's own "…详见附件"."""
    k = body.find("附", 1)
    while k > 0:
        rest = body[k:]
        m = _grammar().annex_heading.match(rest) if body[k - 1] in "。；;）)" and len(rest) <= 200 and "。" not in rest and "\n" not in rest else None
        if m and m.group("title") and (rest[: m.start("title")].rstrip().endswith((":", "：")) or rest.endswith(_grammar().rules.annex_plan_title_endings + _grammar().rules.annex_form_endings)):
            return body[:k].rstrip()  # (not "附件1、2中的数据须经单位负责人签字确认", diffreview-x)
        k = body.find("附", k + 1)
    return body


def without_run_on_signature(body: str, last: bool = False) -> str:
    """The signature run on at the end of the last item, its line breaks lost ("…各地要定期调度。
    人力资源社会保障部2023年11月30日", the 河北人社 site's one-line notices): cut."""
    g = _grammar()
    text = body.rstrip(" |")
    remark = g.publication_remark.search(text, max(0, len(text) - 60)) if text.endswith(("）", ")")) else None
    text = text[: remark.start()].rstrip() if remark else text  # "…国务院办公厅2016年11月12日（此件公开发布）" (corpus 0258)
    ending = next((e for e in g.print_line_endings if text.endswith(e)), None)
    text = text[: 1 - len(ending)] if ending else text  # the print line at the notice's foot, its date and the verb ("…各乡镇。平潭综合实验区
    # 党工委办公室 2019年4月11日印发", review ar04 crawled): its signer and date are cut as a signature's
    found = [m for m in g.at_sentence_starts(g.signature_in_text, text) if m.end() == len(text) and looks_like_org(m.group("org"))]
    if found:  # a list's last entry run into the signature ("3.予以修改的…文件河北省人民政府2022年12月5日") stays
        text = text[: found[-1].start()].rstrip()
        text = without_contact_run(text)
        label = text[:-3] if text.endswith(("附件：", "附件:")) else text  # the annex's label, its list left out of the crawl (corpus 0182)
        return _without_run_on_closing(label if label.endswith(("。", "！", "？")) else text) or body
    last_date = g.signature_date_at_end.search(text, max(0, len(text) - 40)) if "日" in text[-40:] else None
    signers = signers_before(text, last_date.start()) if last_date else None
    if signers:  # many signers run together (corpus 0013: 20 departments)
        return without_contact_run(text[:signers].rstrip()) or body
    # the date alone after the annex's list: "…汇报。附件:…分解表二○○七年四月十三日|" (三水区 2007, review r20b 08)
    dated = [m for m in g.at_sentence_starts(g.date_before_plan, text) if m.end() == len(text)]
    annex = text.rfind("附件", 0, dated[-1].start()) if dated else -1
    if annex > 0 and text[annex - 1] in "。；;":
        return text[:annex].rstrip()
    # or right after the last sentence, its year in Chinese numerals as signatures print it, never a time limit
    # ("…各１人组成。二○○三年十月二十四日", 河北 2003 经营性土地 检查, corpus 0593, review c15-1)
    start = dated[-1].start() if dated else 0
    # (in digits only a whole date closing the notice's last item: "…落地生根。2015年9月30日", corpus 0778 flattened, review c27-1)
    signed = not text[start:].lstrip()[:1].isdigit() or (last and g.standalone_date.match(text[start:]) is not None)
    return text[:start].rstrip() if start and text[start - 1] in "。！？" and signed else body


def _without_run_on_closing(text: str) -> str:
    """The notice's closing paragraphs run on before a run-on signature: from the last sentence (never the one after the item's
    title) that addresses all units (two 各 before 要) or has the notice act on itself, when what follows from it has the notice
    act on itself or asks for reports ("…内生动力。各地区、各部门要充分认识…。财政部要会同…，对本意见执行情况进行督促检查…。
    国务院办公厅2019年1月22日", 国办发〔2019〕6号 flattened, corpus 1059)."""
    g = _grammar()
    starts = [k + 1 for k, ch in enumerate(text) if ch in "。！？" and k + 1 < len(text)][1:]  # not right after the item's title
    for k in reversed(starts):  # the last such sentence: an item's own "各级财政部门要…" before it stays
        tail = text[k:]
        sentence = tail[: tail.find("。") + 1 or len(tail)]
        m = g.closing_exhortation.match(sentence)  # all the notice's units ("各地区、各部门要"), or the notice acting ("各地要…本通知自…")
        if m and (m.group(0).count("各") >= 2 or g.self_reference.search(sentence)) and (g.self_reference.search(tail) or g.report_at.search(tail) or g.report_please.search(tail)
                                                                                  or g.problems_reported.search(tail)):
            return text[:k]
    return text


def without_contact_run(text: str) -> str:
    """Who to call and where to send, run on after an item's last sentence with its line breaks lost ("…发送至联系邮箱。
    公共服务大厅联系电话：0311-66908222…报送地址：石家庄市维明北大街118号附件：", corpus 0248), in one sentence or
    several ("…提供数据依据。…技术处：胡新红（010）84661035；谈宇德（010）84661036。…预警处：刘明陆（010）84207332。", 0269):
    no part of the item. The item's first sentence stays."""
    g = _grammar()
    contact, keep, stop = g.contact_run, len(text), len(text)
    for end in reversed([k for k, ch in enumerate(text) if ch in "。！？"]):
        sentence = text[end + 1 : stop]
        if sentence.strip() and (contact.match(sentence) is None or (stop < len(text) and any(v in sentence for v in g.rules.lead_verbs + g.rules.sole_owner_verbs))):
            break  # (a finished sentence that gives work is the item's: "…发放地址：各乡镇便民服务中心，由各乡镇负责发放到户。", diffreview-s25)
        keep = end + 1 if sentence.strip() else keep
        stop = end
    return text[:keep]
