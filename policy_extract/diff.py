"""What changed between two versions of a notice (`policy-extract diff OLD NEW`).

The tasks of the two task lists are paired, then each pair is compared:

1. Tasks whose text is the same (spaces aside) pair first, under any number.
2. The rest pair by similarity of their texts (difflib's SequenceMatcher ratio, 0 to 1):
   under the same number (the task id, "2.1.3") from SAME_NUMBER_RATIO up, under another
   number (renumbered or moved) from OTHER_NUMBER_RATIO up. The most similar pairs are
   taken first, a pair under the same number ranking SAME_NUMBER_BONUS higher.
3. Old tasks left over were removed; new tasks left over were added.

A pair is *changed* when its text, its units (lead or responsible: who was added, who
dropped) or its time limit differ; *renumbered* when only its number differs;
*unchanged* otherwise.
"""
from __future__ import annotations

import difflib
import re

SAME_NUMBER_RATIO = 0.5
OTHER_NUMBER_RATIO = 0.7
SAME_NUMBER_BONUS = 0.1
KINDS = ("added", "removed", "changed", "renumbered", "unchanged")

_SPACE = re.compile(r"\s+")


def _plain(text: str) -> str:
    return _SPACE.sub("", text)


def similarity(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, _plain(a), _plain(b), autojunk=False)
    if matcher.real_quick_ratio() < SAME_NUMBER_RATIO or matcher.quick_ratio() < SAME_NUMBER_RATIO:
        return 0.0  # an upper bound already below every threshold
    return matcher.ratio()


def pair_tasks(old: list, new: list) -> list[tuple[int, int, float]]:
    """(old index, new index, similarity) for each pair, in the old list's order."""
    pairs: list[tuple[int, int, float]] = []
    free_old, free_new = set(range(len(old))), set(range(len(new)))
    by_text: dict[str, list[int]] = {}
    for j, task in enumerate(new):
        by_text.setdefault(_plain(task.text), []).append(j)
    # 1. the same text: the same number first, else the first such task in order
    for i, task in enumerate(old):
        same = [j for j in by_text.get(_plain(task.text), []) if j in free_new]
        if same:
            j = next((j for j in same if new[j].id == task.id), same[0])
            pairs.append((i, j, 1.0))
            free_old.discard(i)
            free_new.discard(j)
    # 2. similar text, most similar first
    candidates = []
    for i in sorted(free_old):
        for j in sorted(free_new):
            same_number = old[i].id == new[j].id
            ratio = similarity(old[i].text, new[j].text)
            if ratio >= (SAME_NUMBER_RATIO if same_number else OTHER_NUMBER_RATIO):
                candidates.append((-(ratio + (SAME_NUMBER_BONUS if same_number else 0.0)), i, j, ratio))
    for _, i, j, ratio in sorted(candidates):
        if i in free_old and j in free_new:
            pairs.append((i, j, ratio))
            free_old.discard(i)
            free_new.discard(j)
    return sorted(pairs)


def _units(units) -> list[str]:
    return [u.name for u in units]


def _unit_change(old_units, new_units) -> dict | None:
    before, after = _units(old_units), _units(new_units)
    added = [u for u in after if u not in before]
    dropped = [u for u in before if u not in after]
    return {"added": added, "dropped": dropped} if added or dropped else None


def _deadline(task) -> dict | None:
    d = task.deadline
    return {"text": d.text, "date": d.date} if d else None


def task_summary(task) -> dict:
    return {
        "id": task.id,
        "text": task.text,
        "lead_units": _units(task.lead_units),
        "responsible_units": _units(task.responsible_units),
        "deadline": _deadline(task),
    }


def compare(old_task, new_task, ratio: float) -> dict:
    """What differs in one pair; every field is None when it did not change."""
    old_deadline, new_deadline = _deadline(old_task), _deadline(new_task)
    return {
        "old_id": old_task.id,
        "new_id": new_task.id,
        "similarity": round(ratio, 3),
        "text": {"old": old_task.text, "new": new_task.text} if old_task.text != new_task.text else None,
        "lead_units": _unit_change(old_task.lead_units, new_task.lead_units),
        "responsible_units": _unit_change(old_task.responsible_units, new_task.responsible_units),
        "deadline": {"old": old_deadline, "new": new_deadline} if old_deadline != new_deadline else None,
    }


def _document(doc) -> dict:
    return {
        "path": doc.source.path,
        "title": doc.meta.title,
        "doc_number": doc.meta.doc_number,
        "issue_date": doc.meta.issue_date,
        "tasks": len(doc.tasks),
    }


def diff_documents(old_doc, new_doc) -> dict:
    """The report: both documents, the thresholds, counts, and the lists of added,
    removed, changed and renumbered tasks (in the new, resp. old, document's order)."""
    old, new = old_doc.tasks, new_doc.tasks
    pairs = pair_tasks(old, new)
    paired_old = {i for i, _, _ in pairs}
    paired_new = {j for _, j, _ in pairs}
    changed, renumbered, unchanged = [], [], 0
    for i, j, ratio in sorted(pairs, key=lambda p: (p[1], p[0])):
        entry = compare(old[i], new[j], ratio)
        if any(entry[k] for k in ("text", "lead_units", "responsible_units", "deadline")):
            changed.append(entry)
        elif entry["old_id"] != entry["new_id"]:
            renumbered.append({"old_id": entry["old_id"], "new_id": entry["new_id"], "text": new[j].text})
        else:
            unchanged += 1
    added = [task_summary(t) for j, t in enumerate(new) if j not in paired_new]
    removed = [task_summary(t) for i, t in enumerate(old) if i not in paired_old]
    return {
        "old": _document(old_doc),
        "new": _document(new_doc),
        "thresholds": {"same_number": SAME_NUMBER_RATIO, "other_number": OTHER_NUMBER_RATIO},
        "summary": {"added": len(added), "removed": len(removed), "changed": len(changed), "renumbered": len(renumbered), "unchanged": unchanged},
        "added": added,
        "removed": removed,
        "changed": changed,
        "renumbered": renumbered,
    }


def has_changes(report: dict) -> bool:
    return any(report["summary"][k] for k in ("added", "removed", "changed", "renumbered"))


# ---- rendering ---------------------------------------------------------------------


def to_json(report: dict) -> bytes:
    import json

    return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_yaml(report: dict) -> bytes:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(report, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=4096).encode("utf-8")


def _deadline_text(d: dict | None) -> str:
    if not d:
        return "无"
    return f"{d['text']}（{d['date']}）" if d["date"] else d["text"]


def _inline_diff(old: str, new: str) -> str:
    """The new text with what was cut as ~~struck~~ and what was put in as **bold**."""
    out = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            out.append(new[b0:b1])
            continue
        if a1 > a0:
            out.append(f"~~{old[a0:a1]}~~")
        if b1 > b0:
            out.append(f"**{new[b0:b1]}**")
    return "".join(out)


def _unit_line(label: str, change: dict | None) -> str | None:
    if not change:
        return None
    parts = []
    if change["added"]:
        parts.append("增加 " + "、".join(change["added"]))
    if change["dropped"]:
        parts.append("减少 " + "、".join(change["dropped"]))
    return f"- {label}：" + "；".join(parts)


def _task_line(t: dict) -> str:
    units = []
    if t["lead_units"]:
        units.append("牵头：" + "、".join(t["lead_units"]))
    if t["responsible_units"]:
        units.append("责任：" + "、".join(t["responsible_units"]))
    if t["deadline"]:
        units.append("时限：" + _deadline_text(t["deadline"]))
    return f"- **{t['id']}** {t['text']}" + (f"（{'；'.join(units)}）" if units else "")


def to_markdown(report: dict) -> bytes:
    s = report["summary"]
    lines = [f"# 任务变化：{report['old']['path']} → {report['new']['path']}", ""]
    for key, label in (("old", "旧"), ("new", "新")):
        d = report[key]
        lines.append(f"- {label}：{d['title'] or d['path']}" + (f"（{d['doc_number']}）" if d["doc_number"] else "") + f"，{d['tasks']} 项任务")
    lines += ["", f"新增 {s['added']} · 删除 {s['removed']} · 修改 {s['changed']} · 仅编号变化 {s['renumbered']} · 未变 {s['unchanged']}", ""]
    if report["added"]:
        lines += ["## 新增任务", ""] + [_task_line(t) for t in report["added"]] + [""]
    if report["removed"]:
        lines += ["## 删除任务", ""] + [_task_line(t) for t in report["removed"]] + [""]
    if report["changed"]:
        lines += ["## 修改的任务", ""]
        for c in report["changed"]:
            number = c["new_id"] if c["old_id"] == c["new_id"] else f"{c['old_id']} → {c['new_id']}"
            lines += [f"### {number}（相似度 {c['similarity']:.2f}）", ""]
            if c["text"]:
                lines.append("- 内容：" + _inline_diff(c["text"]["old"], c["text"]["new"]))
            for line in (_unit_line("牵头单位", c["lead_units"]), _unit_line("责任单位", c["responsible_units"])):
                if line:
                    lines.append(line)
            if c["deadline"]:
                lines.append(f"- 完成时限：{_deadline_text(c['deadline']['old'])} → {_deadline_text(c['deadline']['new'])}")
            lines.append("")
    if report["renumbered"]:
        lines += ["## 仅编号变化", "", "| 旧编号 | 新编号 | 任务 |", "|---|---|---|"]
        lines += [f"| {r['old_id']} | {r['new_id']} | {r['text'][:40]}{'…' if len(r['text']) > 40 else ''} |" for r in report["renumbered"]]
        lines.append("")
    if not has_changes(report):
        lines += ["两个版本的任务相同。", ""]
    return "\n".join(lines).encode("utf-8")


XLSX_COLUMNS = ("变化", "旧编号", "新编号", "相似度", "旧任务内容", "新任务内容", "牵头单位增加", "牵头单位减少", "责任单位增加", "责任单位减少", "旧完成时限", "新完成时限")
XLSX_WIDTHS = (10, 9, 9, 8, 50, 50, 16, 16, 16, 16, 16, 16)


def _xlsx_rows(report: dict) -> list[list]:
    rows = []
    for t in report["added"]:
        rows.append(["新增", "", t["id"], "", "", t["text"], "、".join(t["lead_units"]), "", "、".join(t["responsible_units"]), "", "", _deadline_text(t["deadline"]) if t["deadline"] else ""])
    for t in report["removed"]:
        rows.append(["删除", t["id"], "", "", t["text"], "", "", "、".join(t["lead_units"]), "", "、".join(t["responsible_units"]), _deadline_text(t["deadline"]) if t["deadline"] else "", ""])
    for c in report["changed"]:
        lead, resp, text, deadline = c["lead_units"] or {}, c["responsible_units"] or {}, c["text"] or {}, c["deadline"]
        rows.append([
            "修改", c["old_id"], c["new_id"], c["similarity"], text.get("old", ""), text.get("new", ""),
            "、".join(lead.get("added", [])), "、".join(lead.get("dropped", [])),
            "、".join(resp.get("added", [])), "、".join(resp.get("dropped", [])),
            _deadline_text(deadline["old"]) if deadline else "", _deadline_text(deadline["new"]) if deadline else "",
        ])
    for r in report["renumbered"]:
        rows.append(["仅编号变化", r["old_id"], r["new_id"], 1.0, "", r["text"], "", "", "", "", "", ""])
    return rows


def to_xlsx(report: dict) -> bytes:
    """A sheet of changes, one row each, and a sheet with both documents and the counts.
    The creation date is fixed, so the same report gives the same bytes."""
    import datetime as dt
    import io

    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    book.set_properties({"created": dt.datetime(2000, 1, 1), "title": "任务变化", "comments": "policy-extract diff"})
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "vcenter", "align": "center"})
    wrap = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    sheet = book.add_worksheet("任务变化")
    for col, (name, width) in enumerate(zip(XLSX_COLUMNS, XLSX_WIDTHS)):
        sheet.write(0, col, name, head)
        sheet.set_column(col, col, width)
    rows = _xlsx_rows(report)
    for r, values in enumerate(rows, 1):
        for col, value in enumerate(values):
            if isinstance(value, float):
                sheet.write_number(r, col, value, wrap)
            elif value == "":
                sheet.write_blank(r, col, None, wrap)
            else:
                sheet.write_string(r, col, str(value), wrap)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(XLSX_COLUMNS) - 1)
    info = book.add_worksheet("概要")
    info.set_column(0, 0, 14)
    info.set_column(1, 2, 50)
    info.write_row(0, 0, ["", "旧", "新"], head)
    for r, (key, label) in enumerate((("path", "文件"), ("title", "标题"), ("doc_number", "文号"), ("issue_date", "成文日期"), ("tasks", "任务数")), 1):
        info.write_string(r, 0, label, head)
        info.write_string(r, 1, str(report["old"][key] or ""), wrap)
        info.write_string(r, 2, str(report["new"][key] or ""), wrap)
    r = 6
    for key, label in zip(KINDS, ("新增", "删除", "修改", "仅编号变化", "未变")):
        info.write_string(r, 0, label, head)
        info.write_number(r, 1, report["summary"][key], wrap)
        r += 1
    book.close()
    return out.getvalue()


RENDERERS = {"md": to_markdown, "json": to_json, "yaml": to_yaml, "xlsx": to_xlsx}


def render(report: dict, fmt: str) -> bytes:
    return RENDERERS[fmt](report)
