"""A flattened copy folded at a fixed width (rewrap.unfold): its cut lines read as the one line they were, each paragraph
keeping the lines it was printed on. The text is 武汉市2023年《政府工作报告》目标任务责任分解方案 (its items 84-89, as the
city's page prints them; ../shared/realworld h11), joined with nothing and cut every 41 characters or 80 columns."""
from __future__ import annotations

from policy_extract.load import load_string
from policy_extract.load.base import SourceLine
from policy_extract.pipeline import parse_loaded
from policy_extract.rewrap import display_width, unfold

WUHAN = (
    "(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案"
    "84.推动有条件的老旧住宅加装电梯。(牵头单位:市自然资源规划局;责任单位:市财政局、市城建局、市房管局、市市场监管局、市园林林业局,各区人民政府)"
    "85.完成居家适老化改造2000户以上。(牵头单位:市民政局;责任单位:各区人民政府)"
    "86.完成困难残疾人家庭无障碍改造2600户以上。(牵头单位:市残联;责任单位:各区人民政府)"
    "87.加强汉口历史文化风貌区、武昌古城、汉阳古城保护性利用,加大老建筑、老里弄保护修缮力度,让城市更有历史感、文化味。"
    "(牵头单位:市文旅局;责任单位:市自然资源规划局、市房管局,江岸、江汉、汉阳、武昌区人民政府,武汉文旅集团)"
    "88.完工友谊大道北段、和平大道南延线、白沙洲大道快速化改造、高新二路示范段等15条重点道路。(牵头单位:市城建局;责任单位:各区人民政府,市城投公司、武汉城建集团)"
    "89.开工富强大街、高新八路、通顺大道南延线等12个重点项目。(牵头单位:市城建局;责任单位:各区人民政府)"
)


def fold(text: str, width: int) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def fold_columns(text: str, columns: int) -> str:
    """Cut where the next character would pass `columns` terminal columns (a wide character counts two)."""
    lines, line = [], ""
    for ch in text:
        if display_width(line + ch) > columns:
            lines.append(line)
            line = ""
        line += ch
    return "\n".join(lines + [line])


def tasks(text: str):
    return parse_loaded(load_string(text, "wuhan.txt")).tasks


def test_a_folded_flattened_copy_gives_the_items_of_the_flattened_one():
    flat = tasks(WUHAN)
    for folded in (fold(WUHAN, 41), fold_columns(WUHAN, 80)):
        got = tasks(folded)
        assert [t.number for t in got] == [t.number for t in flat] == ["84", "85", "86", "87", "88", "89"]
        assert [[u.name for u in t.lead_units] for t in got] == [[u.name for u in t.lead_units] for t in flat]
        assert [[u.name for u in t.responsible_units] for t in got] == [[u.name for u in t.responsible_units] for t in flat]
        assert [t.text for t in got] == [t.text for t in flat]


def test_each_item_keeps_the_cut_lines_it_was_printed_on():
    folded = fold(WUHAN, 41)
    lines = folded.split("\n")
    for t in tasks(folded):
        first, last = t.source.start_line, t.source.end_line
        assert f"{t.number}." in lines[first - 1] or lines[first - 1].endswith(t.number[0])  # the item opens on its first line
        assert first <= last
    got = {t.number: (t.source.start_line, t.source.end_line) for t in tasks(folded)}
    # "84.推动有" ends line 1; its note ends "…,各区人民政府)" on line 3, where "85.完成居家适老化改造20" opens
    assert got["84"] == (1, 3) and got["85"][0] == 3


def _lines(texts: list[str]) -> list[SourceLine]:
    return [SourceLine(t, k) for k, t in enumerate(texts, 1)]


def test_a_paragraph_copy_cut_at_a_width_is_left_to_the_wrap_joining():
    # a copy with a line per paragraph, cut at 41: runs of at most a few cut lines, each closed by a shorter one
    paragraphs = [WUHAN[k : k + 70] + "。" for k in range(0, 420, 70)]
    text = "\n".join(line for p in paragraphs for line in fold(p, 41).split("\n"))
    lines = _lines(text.split("\n"))
    assert unfold(lines) == lines


def test_a_list_of_sentences_of_one_length_is_no_fold():
    # six 责任 sentences of one length, each ending its sentence: typed so, not cut
    sentences = [f"{name}负责本辖区内老旧住宅加装电梯的组织实施和资金保障工作。" for name in ("江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "青山区")]
    lines = _lines(sentences)
    assert unfold(lines) == lines


def test_a_run_too_short_is_no_fold():
    lines = _lines(fold(WUHAN[:200], 41).split("\n"))  # four cut lines and the rest
    assert unfold(lines) == lines


def _padded(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


PLAN = [("推进城区老旧小区改造", "县住建局", "2023年6月底"), ("新建改建农村公路120公里", "县交通运输局", "2023年12月底"),
        ("完成县人民医院门诊楼主体工程建设", "县卫健委", "2023年10月底"), ("实施义务教育学校扩容提质工程", "县教育局", "2023年8月底"),
        ("建设城乡供水一体化项目", "县水利局", "2023年12月底"), ("开展农村人居环境整治提升行动", "县农业农村局", "2023年11月底"),
        ("新增城镇就业岗位3000个", "县人社局", "2023年12月底"), ("完成棚户区改造500户", "县住建局", "2023年9月底")]


def test_a_table_padded_to_one_width_is_no_fold():
    # diffreview-al's probes: a 民生实事 分解表 whose rows are padded with spaces, or between bars, to one display width, had been
    # joined into one line (0 tasks, or 3 of "------")
    rows = [_padded("序号", 6) + _padded("工作任务", 36) + _padded("牵头单位", 16) + "完成时限"]
    rows += [_padded(str(k), 6) + _padded(task, 36) + _padded(unit, 16) + limit for k, (task, unit, limit) in enumerate(PLAN, 1)]
    bars = ["| 序号 | " + _padded("工作任务", 34) + " | " + _padded("牵头单位", 14) + " | " + _padded("完成时限", 12) + " |",
            "|------|" + "-" * 36 + "|" + "-" * 16 + "|" + "-" * 14 + "|"]
    bars += ["| " + _padded(str(k), 4) + " | " + _padded(task, 34) + " | " + _padded(unit, 14) + " | " + _padded(limit, 12) + " |"
             for k, (task, unit, limit) in enumerate(PLAN, 1)]
    for table in (rows, bars):
        got = tasks("XX县2023年民生实事任务分解表\n\n" + "\n".join(table) + "\n")
        assert [(t.number, [u.name for u in t.lead_units]) for t in got] == [(str(k), [unit]) for k, (_, unit, _) in enumerate(PLAN, 1)]


def test_a_word_cut_by_the_fold_is_joined_as_it_was():
    # corpus 1137 (安徽 RCEP 行动方案) folded at 41 (diffreview-al): "RC" / "EP" had become "RC EP", a wrap's space between Latin words
    items = "".join(f"（{n}）推进RCEP第{k}项规则落地，支持企业用好RCEP原产地累积规则扩大出口。（责任单位：市商务局）" for k, n in enumerate("一二三四五六七八", 1))
    flat = "XX市推进RCEP高水平实施行动方案一、重点任务" + items
    assert [t.text for t in tasks(fold(flat, 41))] == [t.text for t in tasks(flat)]
    assert all("RC EP" not in t.text and "RCE P" not in t.text for t in tasks(fold(flat, 41)))


def test_indented_paragraphs_of_one_width_are_no_fold():
    # corpus 1008 (河北 幼儿教育类专业办学资质学校名单): "　　滦平县职业技术教育中心" / "　　宣化职业技术教育中心" … one a line, each
    # indented, of one width: lines of a list, not a cut (they had been joined into one name)
    names = ["滦平县职业技术教育中心", "宣化职业技术教育中心", "阳原县职业技术教育中心", "张北县职业技术教育中心", "怀来县职业技术教育中心",
             "万全区职业技术教育中心", "涞水县职业技术教育中心", "蠡县启发职业技术教育中心"]
    lines = _lines(["\u3000\u3000" + n for n in names])
    assert unfold(lines) == lines
