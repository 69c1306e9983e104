"""Patterns of the web page around a notice: its info line and information table, a site's name and column tag,
the files it offers. A part of `grammar.Grammar`, which holds the rules (rules_pages.py has their words)."""
from __future__ import annotations

import re
from functools import cached_property

from .grammar_base import HAN, _alt, _Lazy, longest_first


class PagePatterns:
    """The web-page patterns of `Grammar` (a mixin: `self.rules` is the grammar's `Rules`)."""

    @cached_property
    def page_info_at_end(self) -> re.Pattern:
        """The page's info line run on at the end of the notice's last sentence, its line breaks lost: "…得到有效落实。 来源：
        平潭综合实验区苏平片区管理局 附件下载" (changwu/pingtan-gov-zwgk-archive, review ar05 crawled), "…完成时限：常态化实施 来源：…" (aq08)."""
        labels = _alt(self.rules.page_info_labels)
        # (after a sentence, a note, or a space; not a field of the page's information table: "索引号: | … | 成文日期: | 2022-10-08 |", web-r 06)
        return re.compile(rf"(?:(?<=[。！？）)])\s*|(?<=[^\s|｜])\s+){labels}\s*[:：][^。！？：:|｜]{{0,40}}$")

    @cached_property
    def page_link_at_end(self) -> re.Pattern:
        """A link's label and its address run on at the end of a line: "…经济发展局H5解读：https://q.eqxiu.com/s/…" (review be05)."""
        return re.compile(rf"{_alt(self.rules.page_link_labels)}\s*[:：]\s*(?:https?://|www\.)[!-~]*\s*$", re.I)

    @cached_property
    def title_before_page_info(self) -> re.Pattern:
        """A title run into the page's info line: "教育体育局2020年为民办实事来源: 教育体育局"."""
        labels = _alt(self.rules.page_info_labels + ("时间", "日期"))  # "…(2023年)时间:2023-07-11 17:01" too, "…各项工作  • 日期:2023-05-25" (u07)
        return re.compile(rf"^\s*(?P<title>[^。；;：:，,！？•·]{{4,60}}?)\s*[•·]?\s*{labels}\s*[:：]")

    @cached_property
    def site_name_suffix(self) -> re.Pattern:
        """A site's name after the title its page prints ("…的意见-湖南省人民政府门户网站")."""
        return re.compile(rf"\s*[-_|—–]+\s*[^-_|—–]{{2,30}}?{_alt(self.rules.site_name_endings)}\s*$")

    @cached_property
    def site_name_line(self) -> re.Pattern:
        """A line that is only a site's name ("中国政府网", "湖南省人民政府门户网站"), or two of a law site's
        banner ("法搜网--中国法律信息搜索网", review r30c 04)."""
        name = r"[^，,。；;：:\s]"
        return re.compile(rf"^\s*(?:{name}{{0,16}}?{_alt(self.rules.site_name_endings)}|{name}{{1,12}}网\s*[-—_|]{{1,2}}\s*{name}{{1,20}}网)\s*$")

    # a site's column tag before a title ("【市政府重点工作及责任分解】滁州市人民政府关于…的通知")
    site_tag = _Lazy(r"^【[^】]{2,20}】\s*(?=\S{6})")
    # a page's count of its readers' comments: "已有0人发表了评论" under the notice (北京 2014 重要民生实事 mirror, review fu 07)
    # a sharing site's preview count run on at the end: "…各区政府配合)仅展示626字,全文共4796字" (review ge 02 flattened)
    preview_count = _Lazy(r"仅展示\s*\d+\s*字[，,]?\s*全文共\s*\d+\s*字\s*$")
    comment_count = _Lazy(r"(?:^|(?:已有|共有))\s*\d+\s*(?:人|条)(?:发表了?|参与了?)?评论\s*$")  # (not "300人评论员队伍…", diffreview-c1 p24b)
    # a 范文 site's headline over the pieces it collects ("…改革工作具体实施方案3篇", "…实施方案范文(精选4篇)", "…范文 文档1": reviews cz07, cv09)
    # (not a 汇编's own name, "教育局2024年工作要点汇编(6篇)": the compilation is the document, web review k 05)
    collection_headline = _Lazy(r"^(?!.*汇编).*(?:[0-9一二三四五六七八九十]+篇[）)]?|范文\s*文档\s*\d+)$")
    # a 范文 site's mark of each piece it collects, before the piece's title ("篇一:2025年防汛抗旱指揮部工作要點", review cq01)
    piece_mark = _Lazy(r"^篇[一二三四五六七八九十]{1,3}(?:\s*[:：]|\s)\s*(?=\S{6})")  # (or a space: "篇一 2025年…", diffreview-ar)
    # a file's name as a document-sharing site prints it above the text ("潍坊…实施方案.docx")
    file_name = _Lazy(r"\.(?:[dD][oO][cC][xX]?|[pP][dD][fF]|[wW][pP][sS]|[tT][xX][tT]|[xX][lL][sS][xX]?|[oO][fF][dD])\s*$")

    image_file = _Lazy(r"(?i)[\w.\-]{1,80}\.(?:jpe?g|png|gif|webp|bmp)")

    def is_image_name(self, text: str) -> bool:
        """A line that is only an image's file name ("640.webp.jpg", a picture a WeChat copy left as its name)."""
        return text[-4:].lower().endswith(("jpg", "jpeg", "png", "gif", "webp", "bmp")) and self.image_file.fullmatch(text) is not None

    def is_file_name(self, text: str) -> bool:
        """"潍坊…实施方案.docx": a file's name (the pattern is tried only where a dot ends the text)."""
        tail = text.rstrip()[-6:]
        return "." in tail and self.file_name.search(tail) is not None

    def is_offered_file(self, line: str) -> bool:
        """A line that is only a file the page offers ("1.工伤保险…补充协议范本.docx", corpus 0106, 0022): a file's name,
        no sentence or clause in it ("…格式统一为.xlsx，…" is work)."""
        return "。" not in line and "，" not in line and len(line.strip()) <= 80 and self.is_file_name(line)

    file_size = _Lazy(r"\d\s*[KM]B(?![A-Za-z])")

    def is_file_line(self, text: str) -> bool:
        """A file's name, or a sharing site's line about the file with its size ("2024-02-08 999+ 11.89KB 4 页 海报",
        区林业局 2024, review s15d 02): no part of a title."""
        return self.is_file_name(text) or ("B" in text and self.file_size.search(text) is not None)

    @cached_property
    def page_info_labels(self) -> frozenset:
        return frozenset(self.rules.page_info_labels)

    # "来源: 教育体育局", "• 公开范围:…", "2024年03月15日来源:沈河区人民政府办公室" (the page's date first)
    info_head = _Lazy(rf"^\s*(?P<bullet>[•·●◆■▪]\s*)?(?:\d{{4}}\s*[-年./]\s*\d{{1,2}}\s*[-月./]\s*\d{{1,2}}\s*日?\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*)?)?(?P<label>{HAN}{{2,6}}?)\s*[:：]")

    # "时间 : 2021-05-14 22:01:43 来源 : 本网原创稿": a page's dated info line, whatever labels follow
    dated_info_line = _Lazy(r"^\s*(?:时间|日期)\s*[:：]\s*\d{4}\s*[-年./]\s*\d{1,2}")

    def is_page_info(self, text: str) -> bool:
        """A page's info line, whole in itself: "发布时间:2020-05-29 14:36:23", "来源: 教育体育局",
        and any "• 公开范围:全部公开" of a bulleted list. (A label looked up, not an alternation of
        every label compiled: this runs on every paragraph of every notice.)"""
        m = self.info_head.match(text)
        return m is not None and (bool(m.group("bullet")) or m.group("label") in self.page_info_labels)

    @cached_property
    def page_field(self) -> re.Pattern:
        """A field of a site's information table with its colon, the label's characters perhaps
        spaced apart ("名 称:", "发文日期:"): group 1 the label as printed."""
        labels = longest_first(w for _, words in self.rules.page_fields for w in words)
        return re.compile("(" + "|".join(r"\s*".join(map(re.escape, w)) for w in labels) + r")\s*[:：]")

    @cached_property
    def info_label_in_value(self) -> re.Pattern:
        """Another label of a site's table run on after a value ("…台账分 类: 其他"): a page
        info label or a page field's, perhaps spaced, with its colon; or without one, an empty
        field before the next label ("…提案办理工作的通知文号主题分类:建议提案", 魏县 2024, review s12d 08)."""
        labels = longest_first(set(self.rules.page_info_labels) | {w for _, ws in self.rules.page_fields for w in ws} | {"分类"})
        alternatives = "(?:" + "|".join(r"\s*".join(map(re.escape, w)) for w in labels) + ")"
        return re.compile(rf"{alternatives}\s*(?:[:：]|(?={alternatives}\s*[:：]))")

    @cached_property
    def site_field_labels(self) -> frozenset[str]:
        """Every label of a site's information table: page info labels and page field labels."""
        return frozenset(self.page_info_labels | self.page_field_of.keys())

    def is_law_field(self, text: str) -> bool:
        """A law database's field, its label and value on a line ("时效性现行有效", "法规类别 应急预案": rules.GLUED_FIELD_LABELS), not
        a title opening with the word ("时效性评估工作实施方案", diffreview-ar)."""
        label = next((w for w in self.rules.glued_field_labels if text.startswith(w)), None)
        return label is not None and (not self.ends_like_title(text) or text[len(label) : len(label) + 1].isspace())

    def opens_with_site_label(self, text: str) -> bool:
        """A line of the site's information table printed without colons: its first words (their
        characters perhaps spaced apart: "索  引  号 1137…") are one of its labels. Only the first
        words are split: this runs on every paragraph."""
        head = text.split(None, 4)[:4]
        return any("".join(head[:k]) in self.site_field_labels for k in range(1, len(head) + 1))

    @cached_property
    def page_field_of(self) -> dict[str, str]:
        return {w: field for field, words in self.rules.page_fields for w in words}
