"""part_breaks.py: where a paragraph opens in a line whose breaks were lost, beyond numbered items."""
from __future__ import annotations

import pytest

import policy_extract
from policy_extract.part_breaks import opens_part, run_on_parts

# 包头 2022 数字政府建设考评办法 (corpus 1134) as pkulaw.com's page gave it, its line breaks lost
HEAD_1134 = ("【法宝引证码】 CLI.12.5115678原文链接：https://www.pkulaw.com/lar/ea5258e56c60aba96802bb670d6bf530bdfb.html"
             "包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知包府办发〔2022〕43号"
             "各旗、县、区人民政府，稀土高新区管委会，市直有关部门、单位：")


def test_a_web_address_run_into_the_notice_ends_its_paragraph():
    cut = HEAD_1134.index("包头市人民政府办公室")
    assert cut in run_on_parts(HEAD_1134)
    meta = policy_extract.parse_text(HEAD_1134 + "\n").meta
    assert (meta.issuer, meta.doc_number) == ("包头市人民政府办公室", "包府办发〔2022〕43号")  # (both had been lost)


@pytest.mark.parametrize("text, cut_after", [
    ("作品上传网址：https://www.qingsuyun.com/h5/194860/18081624640/本次征集活动解释权属省人社厅。", "18081624640/"),  # corpus 0275
    ("原文链接：http://www.gov.cn/zhengce/content/2018-12/29/content_5353376.htm国务院办公厅关于推广…的通知", "5353376.htm"),
])
def test_where_a_web_address_ends(text, cut_after):
    assert run_on_parts(text) == {text.index(cut_after) + len(cut_after)}


def test_a_web_address_within_a_sentence_or_at_its_end_is_no_break():
    assert run_on_parts("登录http://www.hebei.gov.cn查询。") == set()  # no page name or slash before the words
    # nor one not labelled, inside a sentence (review diffreview-s20)
    assert run_on_parts("登录http://zwfw.hebei.gov.cn/index.html进行网上申报，") == set()
    assert run_on_parts("原文链接：https://www.pkulaw.com/lar/ea5258e5.html") == set()


def test_opens_part_after_a_sentence_end():
    text = "…形成“1+5+8”产业发展格局。（责任单位：省工业和信息化厅）专栏1：雄安研发创新及成果转化引领区。牵头单位：省发展改革委"
    assert opens_part(text, text.index("专栏1")) and opens_part(text, text.index("牵头单位"))
    assert not opens_part(text, text.index("雄安"))


def test_a_leader_label_glued_to_an_items_title_opens_its_note_block():
    # 平潭 海坛片区 2020 安全隐患大排查大整治 (changwu/pingtan-gov-zwgk-archive aqsc_1/aqjc/202003/24190, review bh04), flattened:
    # each sub-item's title runs into its labelled lines; the three had been headings with the labels in their titles, no task
    text = ("二、突出排查整治重点（八）自然灾害。包括台风、山洪、地质灾害隐患点等。1.台风、山洪及森林火灾牵头领导:周训岚牵头处室:政法综治处"
            "责任处室（单位）:各村居2.地质灾害隐患点牵头领导:林述佳牵头处室:资源生态处责任处室（单位）:各村居三、压紧压实工作责任")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.text, [u.name for u in t.lead_units], [u.name for u in t.responsible_units]) for t in tasks] == [
        ("台风、山洪及森林火灾", ["政法综治处"], ["各村居"]), ("地质灾害隐患点", ["资源生态处"], ["各村居"])]
    assert all(t.leaders for t in tasks)
    # the labels open at the line's start too, and the longest label is read ("牵头负责领导"); a label inside a word with a sentence
    # after it is none ("各级河长为第一责任人：负责组织领导。牵头单位：区水利局", diffreview-ad)
    start = "牵头领导:周训岚牵头处室:政法综治处2.地质灾害隐患点牵头负责领导:林某牵头处室:自然资源处"
    assert run_on_parts(start) >= {start.index("牵头负责领导")}
    river = "一、主要任务\n1.全面落实河长制，各级河长为第一责任人：负责组织领导。牵头单位：区水利局。\n"
    assert policy_extract.parse_text(river).tasks[0].text == "全面落实河长制，各级河长为第一责任人：负责组织领导。"
    # a leader's label with no unit label after it opens nothing ("…负责人:张三。")
    assert run_on_parts("1.开展排查负责人:张三，电话:123") == set()


def test_the_items_next_point_after_a_note_run_on_into_it_is_a_run_of_its_own():
    # 平潭综合实验区“十三五”规划纲要系列宣传报道责任分工 2016 (changwu/pingtan-gov-zwgk-archive qgwhbgswj/201608/5702, review bk02):
    # each point "一是…二是…" of an item is closed by its own 责任单位 and 时间要求; the points after the first had been lost in the
    # note's line and all the units given to one task
    text = ("平潭综合实验区管委会办公室\n2016年8月1日\n三、专题分工\n（一）回眸“十二五”\n1.基础设施建设专题：一是交通设施巨大变化。宣传要点：对外交通变化等。责任单位：区交建局。"
            "时间要求：平潭时报，8月15日；平潭网，8月10日。二是市政设施日趋完善。宣传要点：供电保障能力等。责任单位：区水务局。"
            "时间要求：平潭时报，8月16日；平潭网，8月10日。三是生态环境日益改善。宣传要点：大绿化工程等。责任单位：区农发局、环土局。"
            "时间要求：平潭时报，8月17日；平潭网，8月10日。\n2.社会事业发展专题：一是民生保障水平。宣传要点：社保等。责任单位：区社会事业局。\n")
    tasks = policy_extract.parse_text(text).tasks
    assert [(t.number, [u.name for u in t.responsible_units]) for t in tasks] == [
        ("1", ["区交建局"]), ("1-2", ["区水务局"]), ("1-3", ["区农发局", "环土局"]), ("2", ["区社会事业局"])]
    assert tasks[1].text.startswith("二是市政设施日趋完善。")
    # each run's time limit is its 时间要求's latest date, not the last one printed (平潭网，8月10日)
    assert [t.deadline.date for t in tasks[:3]] == ["2016-08-15", "2016-08-16", "2016-08-17"]
    # after a note whose sentences go on with other words than labels, a later 二是 opens nothing
    other = "1.开展排查。责任单位：区交建局。请各单位认真落实。二是加强宣传。"
    assert other.index("二是") not in run_on_parts(other)
    labelled = "1.开展排查。一是摸底。责任单位：区交建局。时间要求：8月10日。二是加强宣传。"
    assert labelled.index("二是") in run_on_parts(labelled)
    # a sentence of another label after the note is no part of it ("具体要求：一是…", diffreview-ad)
    asked = "（一）加强组织领导。牵头单位：区委办。具体要求：一是建立联席会议制度。二是定期会商。"
    assert asked.index("二是") not in run_on_parts(asked)
