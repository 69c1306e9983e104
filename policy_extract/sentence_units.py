"""The units each sentence of an item names as the subject doing its work (subjects.duty_subject, sentence by sentence), read where
the item carries no note: the contract's units named as doing the work, beyond the one opening the item."""
from __future__ import annotations

import re

from .grammar import current as _grammar
from .subjects import duty_subject


def sentence_subjects(text: str) -> list[str]:
    """The units each sentence of an item's text names as its subject doing the work, in order ("组织落实。镇成立防汛防旱工作领导小组,
    各单位要…。" / "…。县财政局要…。"): the contract's units named as doing the work, read where the item carries no note."""
    rules = _grammar().rules
    words = rules.duty_modals + rules.sole_owner_verbs
    names: list[str] = []
    for sentence in _SENTENCES.split(text):
        sentence = sentence.strip()
        if len(sentence) < _LEAST_SENTENCE or not any(w in sentence[:_SUBJECT_REACH] for w in words):
            continue
        note = duty_subject(sentence + "。", prepositions=False)
        first, comma, rest = sentence.replace(",", "，").partition("，")  # (or after a clause of when: "自启动预警信号制作流程起,市气象台要…", is 07)
        note = note or (duty_subject(rest + "。", prepositions=False) if comma and first.endswith(rules.when_clause_endings) else None)
        names += [n for n in (note.responsible if note else []) if n not in names and not n.endswith(rules.regulated_party_endings)]
    return names  # (not the parties a notice regulates: "施工单位要严格落实…", "参保单位要按时足额…", diffreview-k2 p16, p18)


_SENTENCES, _LEAST_SENTENCE, _SUBJECT_REACH = re.compile(r"[。；;！？\n]"), 6, 30
