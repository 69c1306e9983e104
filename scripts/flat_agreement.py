#!/usr/bin/env python3
"""How far a notice read with its line breaks lost agrees with the same notice read as stored.

For every Nth text of a corpus folder (default ../shared/corpus/texts, every 3rd) whose stored
reading gives at least five tasks, the text is flattened (each line stripped, then joined with
nothing, as crawlers leave pages) and read again; a stored task counts as found when a task of
the flattened reading starts with (or holds near its start) the stored task's first 15
characters. Prints the share found over all tasks and the notices that agree least.

    python scripts/flat_agreement.py            # every 3rd notice
    python scripts/flat_agreement.py 1 DIR      # every notice of DIR

Not a test: it needs the corpus beside the repository, and it measures agreement, not truth.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policy_extract.load import load_string  # noqa: E402
from policy_extract.pipeline import parse_plain  # noqa: E402


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def main(argv: list[str]) -> int:
    step = int(argv[0]) if argv else 3
    folder = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "corpus" / "texts"
    found = total = 0
    rows = []
    for path in sorted(folder.glob("*.txt"))[::step]:
        text = path.read_text(encoding="utf-8", errors="replace")
        stored = [_bare(t["text"])[:15] for t in parse_plain(load_string(text, path.name))["tasks"]]
        if len(stored) < 5:
            continue
        flat = "".join(line.strip() for line in text.split("\n") if line.strip())
        read = [_bare(t["text"]) for t in parse_plain(load_string(flat, path.name))["tasks"]]
        hit = sum(1 for s in stored if any(r.startswith(s) or s in r[:40] for r in read))
        found, total = found + hit, total + len(stored)
        rows.append((hit / len(stored), path.stem, len(stored), len(read)))
    print(f"tasks found flattened: {found}/{total} = {found / max(total, 1):.3f} over {len(rows)} notices")
    for share, stem, n_stored, n_read in sorted(rows)[:10]:
        print(f"  {stem}: {share:.2f} ({n_stored} stored, {n_read} flattened)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
