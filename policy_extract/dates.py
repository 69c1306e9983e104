"""Dates in a phrase: each dated phrase a text prints ("2023年底前", "6月底前", "第三季度", "次年3月底前"),
the day it names (the end of the month, quarter, half or year), a phrase without its year taking the year
printed before it or the notice's. deadlines.py reads which of them is a task's time limit.
"""
from __future__ import annotations

import re

from .grammar import current as _grammar
from .markers import cn_to_int

CLAUSE_END = re.compile(r"[。；;！？]")


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    text = text.strip()
    if text.isdigit():
        return int(text)
    return cn_to_int(text)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The Gregorian month's length (calendar.monthrange's, without importing calendar, datetime
    and locale on every command's start: about 4 ms)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


def end_of_month(year: int, month: int) -> str | None:
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        return None
    return f"{year:04d}-{month:02d}-{days_in_month(year, month):02d}"


def _date_of(kind: str, m: re.Match, year: int | None) -> str | None:
    y = _int(m.groupdict().get("year")) or year
    if y is None:
        return None
    if kind in ("range", "year", "year_end", "whole_year"):
        return end_of_month(y, 12)
    if kind == "day":
        month, day = _int(m.group("month")), _int(m.group("day2") or m.group("day"))
        if month and day and 1 <= month <= 12 and 1 <= day <= days_in_month(y, month):
            return f"{y:04d}-{month:02d}-{day:02d}"
        return None
    if kind == "month":
        month = _int(m.group("month"))
        if m.group("mark") in ("中旬", "上旬", "初") and month:
            return f"{y:04d}-{month:02d}-{20 if m.group('mark') == '中旬' else 10:02d}"
        return end_of_month(y, month or 0)
    if kind == "quarter":
        q = _int(m.group("q")) or 0
        return end_of_month(y, q * 3) if 1 <= q <= 4 else None
    if kind == "half":
        return end_of_month(y, 6 if m.group("half") == "上半年" else 12)
    return None


_START_MARKS = ("起", "开始", "以来")
_SINCE = "以来"  # a period up to now: its year is no year for the dates after it


def _relative_year(text: str, m: re.Match, year: int | None, default_year: int | None) -> tuple[str, int | None]:
    """A date without its year named by a word before it: (the word as the phrase prints it, the date's year).
    "次年6月30日" is the year after the one last printed ("当年7月1日至次年6月30日"), "明年6月底" and "今年底" count
    from the notice's own year, whatever year was printed before them (河北 安全生产示范乡镇 2004, corpus 0625)."""
    rules = _grammar().rules
    words = rules.next_year_words + rules.speaker_year_words
    before = text[max(0, m.start() - 3) : m.start()]
    word = next((w for w in words if before.endswith(w)), None)
    glued = word is None and m.group(0).startswith("年")  # "今年底", "明年底": the match "年底" shares the word's 年
    if glued:  # (not the 明 of a word before: "说明年底前不能完成的原因", diffreview-au p42)
        word = next((w for w in words if (before + "年").endswith(w) and not before[:-1].endswith(rules.year_word_not_after)), None)
    if word is None:
        return "", year
    base = default_year if word in rules.speaker_year_words else year
    if base is None:
        return "", year
    return (word[:-1] if glued else word), base + (word in rules.next_year_words)


def find_dates(text: str, default_year: int | None) -> list[tuple[str, str, int]]:
    """Every dated phrase in a text: (phrase as printed, date, position). A phrase
    without a year takes the last year printed before it."""
    g = _grammar()
    if g.date_need_chars.search(text) is None:
        return []  # (most texts asked hold no date: no set of needs built for them)
    found = []
    year = default_year
    pos = 0
    ahead: dict[str, re.Match | None] = {}  # each pattern's next match, searched again only once passed
    present = {kind for kind, words in g.date_phrase_needs if any(w in text for w in words)}  # no search for a phrase that cannot be there

    def next_match(kind: str, pattern: re.Pattern) -> re.Match | None:
        if kind not in present:
            return None
        m = ahead.get(kind, False)
        if m is False or (m is not None and m.start() < pos):
            m = pattern.search(text, pos)
            while m is not None and not m.group(0).strip():
                m = pattern.search(text, m.start() + 1)
            ahead[kind] = m
        return m

    while pos < len(text):
        best = None
        for kind, pattern in g.date_phrases:
            m = next_match(kind, pattern)
            if m is not None and (best is None or m.start() < best[1].start()):
                best = (kind, m)
        if best is None:
            break
        kind, m = best
        if kind == "year" and not m.group("before"):
            explicit = _int(m.group("year"))
            if explicit and not text.startswith(_SINCE, m.end()):
                year = explicit  # a bare year is context, not a due date; not one a period up to now opens (below)
            pos = m.end()
            continue
        if text.startswith(_START_MARKS, m.end()):  # "从2022年3月起", "自2023年1月1日起施行": when work starts
            explicit = _int(m.groupdict().get("year"))
            # (a period up to now is no year for the dates after it: "开展2021年以来各项…排查…。核查工作要于9月25日前完成", corpus 0183)
            year = explicit if explicit and not text.startswith(_SINCE, m.end()) else year
            pos = m.end()
            continue
        after_range = m.start() > 0 and text[m.start() - 1] in "至到—–-~～－"
        # or a month that opens a sentence as its time ("民营企业招聘月。4月，以民营企业为重点对象…", corpus 0280, review c30-3)
        # or labels it ("1月:开展春节期间畜禽产品市场检查", a month-by-month 动物防疫 schedule, review hp 08)
        scheduled = (m.start() == 0 or text[m.start() - 1] in "。；;：:\n") and text[m.end() : m.end() + 1] in ("，", ",", "：", ":", "。" if m.start() == 0 else "，") \
            and not any(w in CLAUSE_END.split(text[m.end() :], 1)[0] for w in g.rules.story_marks) \
            and (text[m.end()] in "，," or text[m.end() + 1 :].lstrip().startswith(g.rules.scheduled_openings))  # (not a story: "9月，省政府出台了…";
        # a label, over the work to do then: not a report's "3月：全县共免疫牲畜12万头", diffreview-i1 p06)
        finished = text.startswith(g.rules.finish_verbs, m.end()) and not text[: m.start()].endswith(g.rules.next_year_words)  # "争取6月完成"
        # (review au02); not "于次年5月完成年度汇算清缴" (diffreview-aa): the next year is no year this reads ("今年6月完成" is)
        if kind == "month" and not (m.group("year") or m.group("mark") or m.group(0).endswith("前") or after_range or scheduled or finished):
            pos = m.end()
            continue  # "6月" alone is not a time limit
        explicit = _int(m.groupdict().get("year"))
        word, this_year = ("", year) if explicit else _relative_year(text, m, year, default_year)
        date = _date_of(kind, m, this_year)
        if explicit:
            year = explicit
        if date:
            found.append((word + re.sub(r"\s+", "", m.group(0)), date, m.start() - len(word)))
        pos = m.end()
    return found
