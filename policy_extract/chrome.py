"""Web-page chrome in a loaded line: a site's menus, breadcrumbs, share buttons, footer and
download links are not the notice; a chrome phrase run on at a line's end is cut off, and what
it stood between (a signature, an annex's label and title) is set apart as paragraphs."""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import current as _grammar
from .markers import match_marker
from .units import ends_like_unit

_RULE_MARKS = "=＝-*＊_#~"  # a rule drawn with them
_TRAIL_MARKS = ">»›＞"  # what a breadcrumb trail puts between its steps (grammar.breadcrumb)


def _full_signer(org: str) -> bool:
    """An organisation's whole name as a signature prints it: a place's name before its body ("平潭综合实验区苏平片区管理局")."""
    g = _grammar()
    return len(org) >= 7 and g.org_name.fullmatch(org) is not None and g._opens_with_place(org, short_ministry=False, reach=10)  # ("中共平潭综合实验区…")


def strip_web_chrome(text: str) -> str:
    """"导航菜单", "您当前的位置：首页 > 政务公开", "【字体：大 中 小】", "浏览次数：120" and a
    breadcrumb trail (">> 专题专栏 >> 归档专题 >> 2023市政府重点工作") are dropped; a chrome word of
    four characters or more run on into the notice ("分享按钮重点任务分工清单") is cut off."""
    return "".join(chrome_apart(text))


def chrome_apart(text: str) -> list[str]:
    """The text without its web chrome (strip_web_chrome), as the paragraphs the chrome stood between: a signature run
    on after a download link's words is a paragraph of its own ("…申报汇总表2017年就业创业专项课题申报通知及附件下载
    河北省教育厅2017年9月18日", corpus 1056 flattened, review c28-1: no sentence end sets it apart from the annex list)."""
    stripped = text.strip().lstrip("•·●◆■▪× ")  # a menu's bullets ("• 无障碍"), a panel's close buttons ("××", web-n 06)
    if not stripped:
        return [text]
    rules = _grammar().rules
    if len(stripped) <= 80 and not stripped[:3].strip(_RULE_MARKS) and not stripped[-3:].strip(_RULE_MARKS):
        return [""]  # a crawler's or a page's rule around a word: "==================== 正文 ====================" (reviews au04, av01)
    if is_footer(stripped) or _grammar().is_image_name(stripped) or len(stripped) <= 40 and _grammar().comment_count.match(stripped):
        return [""]  # "甘公网安备62052302000005号": the site's footer; "640.webp.jpg" (宁波 2025, review r33b 05)
    if stripped.endswith("字") and (count := _grammar().preview_count.search(stripped, max(0, len(stripped) - 24))) is not None:
        return chrome_apart(stripped[: count.start()]) if count.start() > 0 else [""]
    if stripped.endswith("评论") and (count := _grammar().comment_count.search(stripped, max(0, len(stripped) - 16))) and count.start() > 0:
        return chrome_apart(stripped[: count.start()])  # a comment count run on at the end: "主要责任单位:市民防局共有3条评论" (diffreview-c1 p23)
    footer = max(stripped.rfind(w, len(stripped) - 60) for w in _grammar().rules.site_footer_words) if len(stripped) > 80 else -1
    if footer > 20:  # run on at a long line's end, its province's letter before it ("…人民政府2021年6月23日陕公网安备61042302000131号", web-t 04)
        return chrome_apart(stripped[: footer - 1 if not stripped[footer - 1].isascii() and stripped[footer - 1].isalpha() else footer])
    tail_info = stripped.find("：", len(stripped) - 50) >= 0 or stripped.find(":", len(stripped) - 50) >= 0 if len(stripped) > 50 else False
    info = _grammar().page_info_at_end.search(stripped, len(stripped) - 50) if tail_info else None
    if info is not None:  # "…得到有效落实。 来源：平潭综合实验区苏平片区管理局 附件下载" (review ar05 crawled): the page's line
        return chrome_apart(stripped[: info.start()])
    linked = _grammar().page_link_at_end.search(stripped, len(stripped) - 120) if "://" in stripped[-110:] or "www." in stripped[-110:] else None
    if linked is not None:
        return chrome_apart(stripped[: linked.start()])
    link = max(stripped.rfind(" "), stripped.rfind("\u3000")) if len(stripped) > 20 and _grammar().is_file_name(stripped) else -1
    if link > 0 and len(stripped) - link <= 40 and "。" not in stripped[link:] and not _grammar().is_file_name(stripped[:link]):  # (not a list of files)  # "…责任单位：省教育厅、人社厅 文件下载.pdf" (the page's
        return chrome_apart(stripped[:link])  # download link before its info line, 平潭 2023 转发 大学生创新创业若干措施, review be02 crawled)
    signed = _grammar().signature_after_space.search(stripped, len(stripped) - 60) if stripped.endswith("日") and len(stripped) > 60 else None
    head = stripped[: signed.start()].rstrip() if signed is not None else ""  # (after a unit label's list, a signer's full name: not a table
    if signed is not None and head[-1:] not in "：:。！？" and _full_signer(signed.group("org")) and _grammar().label_re.search(head):  # row's
        # last cells "…改造供水管网10公里 区住建局 2023年12月31日", diffreview-aa)
        return chrome_apart(stripped[: signed.start()]) + [stripped[signed.start() :].strip()]  # the signature a line of its own (au04)
    printed = _grammar().print_line.search(stripped, len(stripped) - 60) if stripped.endswith(_grammar().print_line_endings) and len(stripped) > 60 else None
    if printed is not None and printed.start() > 0:  # "责任单位：区直有关单位，各乡镇人民政府 平潭综合实验区管委会办公室 2016年9月21日印发"
        return chrome_apart(stripped[: printed.start()]) + [stripped[printed.start() :].strip()]  # (review aq05 crawled): a line of its own
    chrome = rules.web_chrome_lines  # a menu's items apart by 丨 ("丨 网站无障碍 丨 关怀版", 和平区 2022, review r39a 07)
    if "丨" in stripped and len(stripped) <= 60 and any(w in part for part in stripped.split("丨") if len(part.strip()) <= 8 for w in chrome):
        return [""]
    tail = stripped[-40:]
    m = _run_on_chrome(chrome).search(tail)
    if m is not None and m.start() > 0:  # a chrome phrase run on at the end: "…文艺家协会。更多信息请关注官方微信“河北人社”" (corpus 0175, 0229)
        # but the signature after "…通知及附件下载" stays (review r24b 03), after the links' words too
        # ("…通知及附件下载（word）通知PDF下载河北省教育厅2019年8月6日", corpus 0981 flattened, review c24-3)
        rest = tail[m.end() :]
        signed = next(_grammar().at_sentence_starts(_grammar().signature_in_text, rest), None)
        return chrome_apart(stripped[: len(stripped) - len(tail) + m.start()]) + ([rest[signed.start() :]] if signed else [])
    if "此件" in stripped and (remark := _grammar().remark_then_annex.search(stripped)) is not None:  # the annex opens a paragraph
        return chrome_apart(stripped[: remark.end()]) + chrome_apart(stripped[remark.end() :])
    annex = next((m for m in _grammar().annex_number_run_on.finditer(stripped, 10) if _annex_may_open(stripped, m.start())), None) if "附件" in stripped[10:] else None
    if annex is not None:  # so it does after a unit's cell, and its plan's first sentence after its title
        head = _grammar().annex_title_run_on.match(stripped, annex.start())
        cut = [annex.start(), annex.end(), head.end()] if head else [annex.start()]  # ("附件1" / its title / its first sentence, as lined)
        return chrome_apart(stripped[: cut[0]]) + [stripped[a:b] for a, b in zip(cut, cut[1:] + [len(stripped)])]
    ending = next((w for w in chrome if stripped.endswith((w + ":", w + "：")) and len(stripped) > len(w) + 10), None) if stripped[-1:] in ":：" else None
    ending = None if ending is None or match_marker(stripped) is not None else ending  # (not a heading's "（五）推进公共服务场所无障碍：")
    if ending is not None:  # a site's label left with nothing after it, run on at the end: "…城区再新建1个农贸市场。县商务局12月底前分享到:" (大竹县 2016)
        return chrome_apart(stripped[: -len(ending) - 1])
    if "解读" in stripped[-300:]:
        link = _grammar().interpretation_link.search(stripped, max(0, len(stripped) - 300))
        item = link is not None and (m := match_marker(stripped[: link.start()])) is not None and m.end >= link.start()  # "（一）《X》的解读": an item
        if link is not None and not item and (link.start() == 0 or stripped[link.start() - 1] in "。！？）)日"):
            return chrome_apart(stripped[: link.start()]) if link.start() else [""]
    if not stripped.startswith(chrome):
        trail = any(mark in stripped for mark in _TRAIL_MARKS)  # the pattern is compiled only for a page that has one
        return [""] if trail and _grammar().breadcrumb.match(stripped) else [text]
    word = next(w for w in chrome if stripped.startswith(w))
    rest = stripped[len(word) :].strip().lstrip("•·●◆■▪× ")
    trail_end = max(rest.rfind(mark, 0, 200) for mark in _TRAIL_MARKS)
    if trail_end >= 0 and len(rest) - trail_end > 40:
        before = re.split(f"[{_TRAIL_MARKS}]", rest[:trail_end].rstrip(_TRAIL_MARKS + " "))[-1].strip()  # the step before the last mark
        return [_without_last_step(rest[trail_end + 1 :].strip(), before)]  # a whole page run together: the notice after the trail
    count = _grammar().count_then_text.match(rest) if trail_end < 0 else None
    if count is not None:  # a counter's value, then the notice ("浏览次数:1各市(地)人民政府(行署),…:", 黑龙江 2013 flattened, web-q 01)
        return chrome_apart(rest[count.end() :])
    labelled = stripped[len(word) : len(word) + 1] in (":", "：")
    if not labelled and trail_end < 0 and len(rest) <= 60 and any(ch in rest for ch in "。，；？"):
        return [text]  # a sentence that opens with the word ("网站导航是否清晰，链接是否有效。", diffreview-ae)
    if len(rest) <= 20 or trail_end >= 0 or (labelled and len(rest) <= 60):
        return [""]  # (a label's value is the site's too: "上一篇:乡镇…工作方案", "浏览次数:  更新时间:2012-07-18 11:23:36")
    if len(word) < 4:
        return [text]  # "无障碍环境建设有关主管部门…": a short word opens a sentence as well as a menu
    return chrome_apart(rest) if rest.startswith(chrome) else [rest]  # ("政务微信政务微博××池州市…", web-n 06 flattened)


def trail_steps(text: str) -> frozenset[str]:
    """The steps of a breadcrumb trail line but its last ("首页 > 实习就业 > 正文" -> 首页, 实习就业): the channel's name a page also prints as a
    line of its own over the trail or under it ("实习就业", 南阳医专 copy of 豫政〔2015〕59号, review ca08) is the site's, not the title's."""
    if not any(mark in text for mark in _TRAIL_MARKS):
        return frozenset()
    steps = [s.strip() for s in re.split(f"[{_TRAIL_MARKS}]+", text.split("：")[-1].split(":")[-1])]
    return frozenset(s for s in steps[:-1] if 0 < len(s) <= 12)  # (not the last step: it may be the notice's own title, diffreview-ah)


@lru_cache(maxsize=8)
def _annex_may_open(text: str, k: int) -> bool:
    """After a unit's cell ("…区发展改革委附件2…", 沙坪坝区 2022) or a signature's date ("…省财政厅2019年1月30日附件1", 0979), not "须于…5月10日附件3…"."""
    dated = _grammar().signature_date_at_end.search(text[:k]) if text[k - 1] == "日" else None
    return ends_like_unit(text[: dated.start() if dated else k]) and text[k - 1] not in "）)〕"


@lru_cache(maxsize=4)
def _run_on_chrome(words: tuple[str, ...]) -> re.Pattern:
    """The chrome words of six characters or more, chrome wherever they stand (not "相关新闻": "…发布相关新闻，…", corpus 1096)."""
    return re.compile("|".join(re.escape(w) for w in sorted((w for w in words if len(w) >= 6), key=len, reverse=True)) or "(?!)")


def footer_label(text: str) -> bool:
    """A short label line of a site's footer block ("承办单位:监利市融媒体中心")."""
    return len(text.strip()) <= 60 and (":" in text or "：" in text)


def _without_last_step(text: str, before: str) -> str:
    """The notice after a breadcrumb trail without the trail's last step glued to its title: the shortest opening of 16
    characters at most that ends as the step before it does, a site's column ("工作动态 > 门头沟工作动态区领导部署调度…", 门头沟
    2023, web review u07), or with an archive's remark ("2023市政府重点工作(已归档)市政府工作报告…", 丽水 2023, web-s 01); never a
    title's own words ("通知公告 > 政府信息公开工作年度报告", "…> XX市人民政府公告发布时间:…", diffreview-u)."""
    endings = _grammar().rules.site_column_endings
    remarks = tuple(w for w in endings if w[:1] in "(（")  # an ending in brackets ends a step whatever the step before
    kind = next((w for w in endings if before.endswith(w)), None)
    for end in range(2, min(17, len(text) - 10)):
        step = text[:end]
        if (step.endswith(remarks) or (kind and step.endswith(kind))) and text[end] not in "的之和与及" and not any(w in step for w in ("关于", "印发")) \
                and not _grammar().is_page_info(text[end:]):
            return text[end:]
    return text


def is_footer(text: str) -> bool:
    """The site's footer line ("鄂ICP备17019740号-1", "网站标识码:4210230004")."""
    return len(stripped := text.strip()) <= 80 and any(w in stripped for w in _grammar().rules.site_footer_words)
