"""Properties over generated notices and mutated samples (hypothesis, a fixed small
budget, derandomized so CI runs the same examples every time): no exception other than
InputError, the same output twice, line numbers inside the document, unique task ids.
scripts/fuzz.py runs the same idea over 10,000+ mutants outside CI."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is in the test extra: pip install -e '.[test]'")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import policy_extract  # noqa: E402
from conftest import ALL_SAMPLES, sample_text  # noqa: E402
from policy_extract.errors import InputError  # noqa: E402

BUDGET = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

MARKERS = ["一、", "二、", "三、", "（一）", "（二）", "(三)", "1.", "2.", "3．", "（1）", "(2)", "①", "②", "第一章", "第二条", "1.1", "一是"]
HEADINGS = ["总体要求", "重点任务", "主要任务", "保障措施", "工作目标", "重点工作", "组织实施", "名词解释"]
NOTES = ["（牵头单位：市行政审批局；责任单位：各区县政府）", "〔市发改委牵头，市财政局按职责分工负责〕", "（责任单位：市公安局；完成时限：2023年底前）", "（牵头单位：）", "（持续推进）", "（市大数据局、市政务服务中心分别牵头）"]
WORDS = ["推进政务服务标准化", "优化营商环境", "2024年6月底前完成", "每季度", "建立健全", "西咸新 区管委会", "市住房和城乡建设局", "等", "、", "，", "。", "；", "\t", "|", " ", "　"]
ODD = st.sampled_from(["\x00", "\x0b", "\x0c", "\r", "\u2028", "\ufeff", "\u200b", "\u0301", "😀", "\ufffd", "<p>", "&nbsp;", "\\"])

line = st.one_of(
    st.builds(lambda m, h: m + h, st.sampled_from(MARKERS), st.sampled_from(HEADINGS)),
    st.builds(lambda m, ws, n: m + "".join(ws) + n, st.sampled_from(MARKERS), st.lists(st.sampled_from(WORDS), max_size=6), st.sampled_from(NOTES + [""])),
    st.builds("".join, st.lists(st.sampled_from(WORDS) | ODD, max_size=8)),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Lo", "Nd", "Po", "Ps", "Pe", "Zs", "Cc"]), max_size=40),
)
notices = st.lists(line, min_size=0, max_size=40).map("\n".join)


@st.composite
def mutated_samples(draw) -> str:
    text = sample_text(draw(st.sampled_from(ALL_SAMPLES)))
    for _ in range(draw(st.integers(1, 4))):
        a = draw(st.integers(0, len(text)))
        b = min(len(text), a + draw(st.sampled_from([0, 1, 10, 200, 3000])))
        what = draw(st.sampled_from(["delete", "insert", "duplicate", "one-line"]))
        if what == "delete":
            text = text[:a] + text[b:]
        elif what == "insert":
            text = text[:a] + draw(line) + "\n" * draw(st.integers(0, 1)) + text[a:]
        elif what == "duplicate":
            text = text[:b] + text[a:b] + text[b:]
        else:
            text = text[:a] + text[a:b].replace("\n", "") + text[b:]
    return text


def _check(doc, line_count: int) -> None:
    ids = [t.id for t in doc.tasks]
    assert len(ids) == len(set(ids)), f"repeated ids: {ids}"
    for task in doc.tasks:
        s = task.source
        assert 1 <= s.start_line <= s.end_line <= line_count, (task.id, s)
    stack = list(doc.outline)
    while stack:
        node = stack.pop()
        assert 1 <= node.source.start_line <= node.source.end_line <= line_count, node.source
        stack.extend(node.children)
    for warning in doc.warnings:
        assert warning.line is None or 1 <= warning.line <= line_count, warning


def _line_count(text: str) -> int:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").count("\n") + 1


def _parse_text_twice(text: str):
    try:
        first = policy_extract.parse_text(text)
    except InputError:
        return None
    second = policy_extract.parse_text(text)
    assert first.to_json() == second.to_json(), "the same text gave different output"
    return first


@BUDGET
@given(notices)
def test_generated_notices(text):
    doc = _parse_text_twice(text)
    if doc is not None:
        _check(doc, _line_count(text))


@settings(BUDGET, max_examples=15)
@given(mutated_samples())
def test_mutated_samples(text):
    doc = _parse_text_twice(text)
    if doc is not None:
        _check(doc, _line_count(text))


@settings(BUDGET, max_examples=25)
@given(st.sampled_from(ALL_SAMPLES), st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=4)), min_size=1, max_size=5), st.sampled_from(["utf-8", "gb18030", "utf-16-le", "utf-8-sig"]), st.floats(0.05, 1))
def test_mutated_bytes_through_the_file_loader(stem, edits, encoding, keep):
    """Bytes as a file holds them: odd bytes spliced in, another encoding, cut short."""
    data = bytearray(sample_text(stem)[:3000].encode(encoding))
    for where, insert in edits:
        at = int(where * len(data))
        data[at : at + len(insert)] = insert
    data = bytes(data[: max(1, int(keep * len(data)))])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notice.txt"
        path.write_bytes(data)
        try:
            first = policy_extract.parse(path)
        except InputError as exc:
            assert "\n" not in str(exc)
            return
        second = policy_extract.parse(path)
        assert first.to_json() == second.to_json()
        from policy_extract.load import load

        _check(first, len(load(path).lines))
