"""The document an issuing sentence names (its verb's object, issued_title; the 《X》 after 现将,
issue_object_name): "为贯彻落实《国务院…意见》，…制定了《河北省…实施方案》，
现印发给你们" issues the 实施方案, not the 意见 it cites (meta reads the title with it).
Plain strings in, a name out."""
from __future__ import annotations

from .grammar import current as _grammar


def balanced_title(text: str) -> str | None:
    """The name in the first 《…》 of an issuing sentence, nested 〈〉 kept."""
    start = text.find("《")
    if start < 0:
        return None
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "《":
            depth += 1
        elif text[i] == "》":
            depth -= 1
            if depth == 0:
                return text[start + 1 : i]
    return None


def issued_title(text: str) -> str | None:
    """The 《》 an issuing sentence issues: its verb's object in the same clause ("根据《…法》，现公布
    修订后的《X》"), else the last before the verb ("为贯彻落实《…意见》，…制定了《X》，现印发给你们")
    or in the sentence before, else the first after it; never a verb inside 《》 or in the
    关于印发…的通知 title; an alias after 简称 read back to its full name."""
    for verb in _issuing_verbs(text):
        v = verb.start()
        end = min((k for k in (text.find(ch, v) for ch in "。；;") if k >= 0), default=len(text))
        clause = min((k for k in (text.find(ch, v) for ch in "，,。；;") if k >= 0), default=len(text))
        obj = names_in(text, v, clause)
        issued = [name for name in obj if not _cited_after(text, verb.end(), name)]
        if obj and not issued:
            return None  # "国务院发布关于落实《政府工作报告》重点工作部门分工的意见": what it issues is unquoted, the name its title cites (review cp01)
        if issued:
            return full_name(text, issued[0])
        start = max(text.rfind(ch, 0, v) for ch in "。；;：:") + 1  # nor before the recipients' colon
        names = names_in(text, start, v)
        if not names and start > 0:  # (not one it cites: "严格依照《…保守国家秘密法》…。建立信息发布三审机制", corpus 0053, review c20-1)
            names = [n for n in names_in(text, max(text.rfind(ch, 0, start - 1) for ch in "。；;") + 1, start) if not _cited(text, n)]
        if names and _unnamed_before(text, v):
            return None  # "根据《…》、《…》要求,…制定了全市2022年政务公开任务分解责任清单,现印发给你们" (荆州 2022, review cj01): cited, not issued
        if names:
            name = full_name(text, names[-1])
            close = text.rfind("》", 0, v)
            tail = _grammar().issued_tail.match(text, close + 1) if names[-1] == name and close >= 0 else None
            return name + tail.group("tail") if tail and tail.end() == verb.end() and len(name) > 6 else name
        after = [name for name in names_in(text, v, end) if not _cited(text, name) and not _listed(text, name)]
        if after:
            return after[0]
    return None


def _issuing_verbs(text: str):
    """The issuing verbs of this notice in a sentence: not inside 《》 or its 关于印发…的通知 title, no page's label, not another body's
    issuing the clause cites."""
    spans = [m.span() for m in _grammar().about_issuing.finditer(text)]
    for verb in _grammar().issuing_verb.finditer(text):
        v = verb.start()
        if any(a <= v < b for a, b in spans) or text.count("《", 0, v) > text.count("》", 0, v) or text.startswith(("的", "、"), verb.end()) or text.endswith("关于", 0, v):
            continue  # "…省人民政府公布的《X》同时废止", "关于发布《X》的公告", "政策发布、解读" (和平区 2022, r39a 07): not issuing
        if any(text.startswith(label, v) for label in _grammar().page_info_labels) or text.startswith((":", "："), verb.end()):
            continue  # "发布机构 区人民政府办公室", "发布:2019-04-17": a page's info label, not a verb (realworld h02 flattened)
        if _cited_issuing(text, v, verb.end()):
            continue  # another body's issuing the clause cites: "为深入贯彻实施国家发改委…于2020年10月14日联合印发《近期扩内需促消费的工作方案》
            # （…）的文件精神，…特制定《平潭综合实验区近期…方案》。现印发给你们" (平潭 2020, review bv05)
        yield verb


def issues_unnamed(text: str) -> bool:
    """The sentence issues a document it makes without 《》, after naming others it follows (`_makes_unnamed`): the clause of the
    last name cites it ("根据…《…》及…《…》要求"), not "《X》已经市政府同意，为便于各地制定配套措施，现印发给你们" nor "县政府制定了《X》，
    并编制了配套工作台账，现一并印发" (diffreview-al)."""
    return any(_unnamed_before(text, verb.start()) for verb in _issuing_verbs(text))


def _unnamed_before(text: str, v: int) -> bool:
    """The last name before the issuing verb at `v` is cited, and a document made without 《》 stands between them."""
    close = text.rfind("》", 0, v)
    return close >= 0 and _follows_cited(text, close) and _makes_unnamed(text, close + 1, v)


def _follows_cited(text: str, close: int) -> bool:
    """The name closed at `close` is cited: its clause opens with a citing word, or its spirit or requirements follow it."""
    opened = max(text.rfind(ch, 0, close) for ch in "，,。；;：:") + 1
    rules = _grammar().rules
    if any(w in _outside_titles(text[opened:close]) for w in rules.citing_words + rules.following_words if not w.endswith("的")):
        return True
    return _spirit_after(text, close)


def _spirit_after(text: str, close: int) -> bool:
    """The name closed at `close` is followed, its number in brackets aside, by the words of its spirit or requirements
    ("…《X》（闽环保评〔2018〕10号）文件精神", "…《X》要求", "…《X》有关要求")."""
    rest = text[close + 1 :].lstrip()
    if rest[:1] in ("（", "(") and (shut := min((j for j in (rest.find("）"), rest.find(")")) if j >= 0), default=-1)) > 0:
        rest = rest[shut + 1 :]
    return rest.startswith(("的", "精神", "文件", "要求", "有关要求", "规定", "部署", "等文件"))


def _makes_unnamed(text: str, start: int, v: int) -> bool:
    """Between the last 《》 and the issuing verb a making verb makes a document printed without 《》 ("…要求,为进一步明确普法责任,
    市局制定了普法责任清单,现正式印发给你们", 上海市司法局 2018, review cj08): the names before are what it follows, not what it issues.
    Its object a name of four characters at least, not a word of the issuing ("…》经修订,现印发", "…》修订印发")."""
    between = text[start:v]
    for verb in _grammar().rules.making_verbs:
        k = between.find(verb)
        if k < 0:
            continue
        rest = between[k + len(verb) :]
        obj = rest[: min((j for j in (rest.find(ch) for ch in "，,。；;") if j >= 0), default=len(rest))]
        if len(obj) >= 4 and "《" not in obj:
            return True
    return False


def full_name(text: str, name: str) -> str:
    """"《赋予…试点实施方案》（以下简称《实施方案》）…现将《实施方案》印发": the full name."""
    k = text.find("简称")
    while k >= 0 and not text[k + 2 :].lstrip(" \u3000").startswith("《" + name + "》"):
        k = text.find("简称", k + 2)
    if k < 0:
        return name
    before = text.rfind("》", 0, k)
    opening = text.rfind("《", 0, before)
    return text[opening + 1 : before] if 0 <= opening < before and k - before <= 8 else name


def _cited_issuing(text: str, v: int, after: int) -> bool:
    """The issuing verb at `v` is another body's that the clause cites: a citing word before it, outside any 《》 (not "现将《某某县贯彻落实
    …方案》印发给你们"), and its object's name followed by the words of its spirit (的, 精神, 文件, 要求 …: "联合印发《X》（发改综合〔2020〕
    1565号）的文件精神") or by another name the sentence goes on to make (not "按照县委县政府部署印发《X》", diffreview-ae, -af)."""
    opened = max(text.rfind(ch, 0, v) for ch in "，,。；;：:") + 1
    before = _outside_titles(text[opened:v])
    if not any(w in before for w in _grammar().rules.citing_words if not w.endswith("的")):
        return False
    clause = min((k for k in (text.find(ch, after) for ch in "，,。；;") if k >= 0), default=len(text))
    k = text.find("《", after, clause)  # its object, its issuer's name before it or none ("转发环境保护部《X》")
    name = next(iter(names_in(text, k, min(len(text), k + 200))), None) if k >= 0 else None
    # its spirit or requirements ("…转发环境保护部《X》（闽环保评〔2018〕10号）文件精神", review ay06), or another name the sentence makes after
    # it with a making verb ("为贯彻落实国务院印发《X》，我区制定了《Y》。", diffreview-af)
    sentence_end = min((j for j in (text.find(ch, k) for ch in "。；;") if j >= 0), default=len(text))
    later = text[k + len(name) + 2 : sentence_end] if name is not None else ""  # (made, not named beside it: "印发《A》和《B》", diffreview-ag)
    made = later.find("《") > 0 and any(w in later[: later.find("《")] for w in _grammar().rules.making_verbs)
    return (name is not None and _spirit_after(text, k + len(name) + 1)) or made


def _outside_titles(text: str) -> str:
    """The text without the names in 《》 it holds."""
    out, depth = [], 0
    for ch in text:
        depth += ch == "《"
        if depth == 0:
            out.append(ch)
        depth -= ch == "》" and depth > 0
    return "".join(out)


def names_in(text: str, start: int, end: int) -> list[str]:
    names, i = [], start
    while True:
        k = text.find("《", i, end)
        name = balanced_title(text[k:end]) if k >= 0 else None
        if name is None:
            return names
        if not text[max(0, k - 4) : k].rstrip(" \u3000").endswith(("简称", "简称为", "称")):
            names.append(name)
        i = k + len(name) + 2


def issue_object_name(text: str) -> str | None:
    """The name in 《》 that an issuing sentence issues: the one 现将 names ("…所作的《政府工作
    报告》安排部署…现将《谯城区2020年度…分解表》印发给你们") unless it is a short name, else
    the first."""
    named = _grammar().issue_object.search(text)
    name = balanced_title(text[named.end() - 1 :]) if named else None
    first = balanced_title(text)
    if name and len(name) <= 6 and first and first != name and first.endswith(name):
        return first  # "根据《…“十三五”规划》…现将《规划》中…": the short name stands for the first
    after = named.end() + len(name) + 1 if name else 0
    if name and not _grammar().issued_whole.match(text, after):
        tail = _grammar().issued_tail.match(text, after)
        if tail and len(name) > 6:
            return name + tail.group("tail")  # "现将《…“十三五”规划》责任分解印发" issues the 规划责任分解
        return None  # "现将《政府工作报告》2023年6个方面243项工作任务予以分解印发": the report is not what it issues
    if name and len(name) > 6:
        return name
    if not named and first and (_cited(text, first) or _listed(text, first)):
        return None  # "…印发通知,落实国务院《政府工作报告》": a document cited, not the one issued; one a list names
    if not named and first and text.startswith(("发布的", "印发的", "公布的"), text.find("《" + first + "》") + len(first) + 2):
        return None  # "在《人民日报》发布的…榜单中": the name issues something, it is not issued (东莞 xx镇 2019, review r18a 05)
    return first  # "现将《实施方案》印发…": a short name defined before


def unwrapped(title: str) -> str:
    """《X》 -> X where the quotes wrap the whole title; a quote left open by a cut is dropped;
    "《政府工作报告》重点工作任务分工" stays."""
    if title.startswith("《") and balanced_title(title) == title[1:-1]:
        return title[1:-1]
    if title.startswith("《") and "》" not in title:
        return title[1:]
    return title


def issued_together(text: str, name: str) -> list[str]:
    """The names printed beside `name` in one run ("现将《A》《B》印发给你们", "《A》和《B》"): the
    documents one sentence issues together, in order; [name] where it stands alone."""
    k = text.find("《" + name + "》")
    if k < 0:
        return [name]
    start, end = k, k + len(name) + 2
    while True:  # back over the names before it
        before = text[:start].rstrip("和及、与 ")
        if not before.endswith("》"):
            break
        opening = before.rfind("《")
        if opening < 0 or balanced_title(before[opening:]) is None:
            break
        start = opening
    while True:  # on over the names after it
        after = len(text[end:]) - len(text[end:].lstrip("和及、与 "))
        nxt = balanced_title(text[end + after :]) if text.startswith("《", end + after) else None
        if nxt is None:
            break
        end = end + after + len(nxt) + 2
    return names_in(text, start, end) or [name]


def _listed(text: str, name: str) -> bool:
    """A name in a list of the laws a sentence speaks of ("…劳动合同法、《保障农民工工资支付条例》等相关法律法规宣传",
    corpus 0237, review c21-2): after 、 or before 等, not the document an issuing word further back issues."""
    k = _quoted_at(text, name)
    return k >= 0 and (text[k - 1 : k] == "、" or text.startswith("等", k + len(name) + 2))


def _cited(text: str, name: str) -> bool:
    """A name after 落实, 贯彻, 根据, 按照 … is a document the sentence cites, not one it issues
    ("…印发通知,落实国务院《政府工作报告》", 天津 2020 news page); not one a verb right before it makes ("按照要求制定了《X》")."""
    k = _quoted_at(text, name)
    return k >= 0 and cited_before(text, k) and not text.endswith(_grammar().rules.making_verbs, max(0, k - 3), k)


def _cited_after(text: str, verb_end: int, name: str) -> bool:
    """A name its issuing verb's object cites: a citing word between the verb and the name ("发布关于落实《X》…的意见")."""
    k = _quoted_at(text, name)
    return k > verb_end and cited_before(text[:k], k, min(8, k - verb_end))


def _quoted_at(text: str, name: str) -> int:
    return text.find("《" + name + "》")


def cited_before(text: str, pos: int, span: int = 8) -> bool:
    """A citing word (rules.CITING_WORDS) within `span` characters before `pos`."""
    return any(w in text[max(0, pos - span) : pos] for w in _grammar().rules.citing_words)
