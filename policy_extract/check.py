"""Check manifests: the task counts a CI job holds a set of notices to.

    documents:
      - path: hanzhong-2024-function-transformation.txt   # relative to the manifest's folder
        tasks: 16
        task_section: 重点工作                  # optional: the same overrides as `parse`
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError


@dataclass
class Entry:
    path: str
    expected: int
    task_section: str | None = None
    task_level: int | None = None


@dataclass
class Result:
    entry: Entry
    found: int | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.found == self.entry.expected


def read_manifest(path: Path) -> tuple[dict, list[Entry]]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such manifest; check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read ({exc}); give a UTF-8 YAML manifest") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(f"{path}: is not valid YAML{where}; fix the manifest") from None
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise InputError(f"{path}: a manifest needs a 'documents:' list of {{path, tasks}} entries")
    entries = []
    for i, item in enumerate(data["documents"], 1):
        if not isinstance(item, dict) or not isinstance(item.get("path"), str) or not isinstance(item.get("tasks"), int) or isinstance(item.get("tasks"), bool):
            raise InputError(f"{path}: document {i} needs 'path' (text) and 'tasks' (a whole number)")
        level, section = item.get("task_level"), item.get("task_section")
        if level is not None and (not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 9):
            raise InputError(f"{path}: document {i}: 'task_level' must be a whole number from 1 to 9")
        if section is not None and not isinstance(section, str):
            raise InputError(f"{path}: document {i}: 'task_section' must be text (a keyword such as 重点工作)")
        entries.append(Entry(item["path"], item["tasks"], item.get("task_section"), level))
    return data, entries


def run_check(manifest: Path) -> list[Result]:
    from .pipeline import parse

    _, entries = read_manifest(manifest)
    results = []
    for entry in entries:
        try:
            doc = parse(manifest.parent / entry.path, task_section=entry.task_section, task_level=entry.task_level)
        except InputError as exc:
            results.append(Result(entry, None, str(exc)))
            continue
        results.append(Result(entry, len(doc.tasks)))
    return results


def update_manifest(manifest: Path, results: list[Result]) -> None:
    """Rewrite the counts with what was found (for a change that is intended)."""
    import yaml

    from .output import write_atomically

    data, _ = read_manifest(manifest)
    from itertools import takewhile

    lines = manifest.read_text(encoding="utf-8").splitlines()
    header = "".join(line + "\n" for line in takewhile(lambda line: line.startswith("#"), lines))
    for item, result in zip(data["documents"], results):
        if result.found is not None:
            item["tasks"] = result.found
    write_atomically(manifest, header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
