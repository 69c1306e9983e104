"""Pinyin a mirror site printed after characters: read without it, printed with it."""
from __future__ import annotations

import policy_extract
from policy_extract.load.base import SourceLine
from policy_extract.ruby import strip_pinyin

# 绛县 2023 (绛政办发〔2023〕14号, a mirror page in the stored web pages, www.lysjjx.com): the head
# as the mirror printed it; the two items are built on the plan's own headings
JIANGXIAN = """絳縣人民政府辦公室關于印發(fā)絳縣促進專業(yè)鎮(zhèn)高質量發(fā)展實施方案的通知
絳政辦發(fā)〔2023〕14號
各鄉(xiāng)(鎮(zhèn))人民政府,絳縣經濟開發(fā)區(qū)管委會,縣直各有關單位:
《絳縣促進專業(yè)鎮(zhèn)高質量發(fā)展實施方案》已經縣人民政府同意,現(xiàn)印發(fā)給你們,請認真組織實施。
絳縣人民政府辦公室
2023年9月1日
絳縣促進專業(yè)鎮(zhèn)高質量發(fā)展實施方案
一、重點(diǎn)任務(wù)
(一)培育壯大專業(yè)鎮(zhèn)主導產業(yè)。2023年底前完成專業(yè)鎮(zhèn)規劃編制。(責(zé)任單位:縣發(fā)改局、縣工信局,完成時(shí)限:2023年12月底)
(二)強化要素保障。統籌用地指標。(牽頭單位:縣自然資源局;配合單位:縣財政局)
"""


def test_labels_and_units_are_read_through_the_pinyin_and_printed_with_it():
    doc = policy_extract.parse_text(JIANGXIAN)
    assert [t.number for t in doc.tasks] == ["(一)", "(二)"]
    first = doc.tasks[0]
    assert [u.name for u in first.responsible_units] == ["縣發(fā)改局", "縣工信局"]
    assert first.deadline.date == "2023-12-31"
    assert first.text.startswith("培育壯大專業(yè)鎮(zhèn)主導產業(yè)")
    assert doc.meta.title == "絳縣促進專業(yè)鎮(zhèn)高質量發(fā)展實施方案"
    assert doc.meta.doc_number == "絳政辦發(fā)〔2023〕14號"
    assert doc.meta.recipients[0] == "各鄉(xiāng)(鎮(zhèn))人民政府"


def test_a_notice_without_pinyin_is_read_as_it_is():
    lines = [SourceLine("市发改委(牵头)负责", 1), SourceLine("(一)加强领导", 2)]
    assert strip_pinyin(lines) == (lines, None)
    # one bracket with a tone mark is not enough to take the notice for a mirror's copy
    one = [SourceLine("重點(diǎn)工作", 1)]
    assert strip_pinyin(one)[1] is None


def test_a_string_joined_over_lines_gets_its_pinyin_back():
    # realworld h10 (臨湘, a mirror's copy): the title wraps over two lines
    lines = [SourceLine("臨湘市教育體育局2020年重點(diǎn)民生實事", 1), SourceLine("項(xiàng)目任務(wù)完成情況公示", 2),
             SourceLine("各學(xué)校:", 3)]
    reading, ruby = strip_pinyin(lines)
    assert reading[0].text == "臨湘市教育體育局2020年重點民生實事"
    assert ruby.restore("重點民生實事項目任務") == "重點(diǎn)民生實事項(xiàng)目任務(wù)"
    assert ruby.restore("不在文中") == "不在文中"
