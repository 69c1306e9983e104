"""Output of every sample and fixture, before and after a change, compared.

    python scripts/compare_outputs.py dump OUTDIR           # parse every input, write OUTDIR/<name>.json
    python scripts/compare_outputs.py compare OLD NEW [--ignore-source]

`--ignore-source` leaves out the provenance fields (every `source` dict of tasks and outline
nodes, and warnings' `line`), so that a change of provenance can be shown to change nothing
else: task counts, texts, units, deadlines, outline and meta byte for byte. Inputs: samples/,
tests/fixtures/ (every format) and, when it is beside the checkout, ../shared (format-defects,
realworld texts, seeds; with --corpus the crawled corpus too)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUFFIXES = {".txt", ".md", ".pdf", ".docx", ".html", ".htm", ".ofd"}


def inputs() -> list[Path]:
    roots = [ROOT / "samples", ROOT / "tests" / "fixtures"]
    roots += [SHARED / "format-defects", SHARED / "realworld" / "texts", SHARED / "seeds"]
    if "--corpus" in sys.argv:  # the 1,129 crawled notices (text only): slower
        roots.append(SHARED / "corpus" / "texts")
    out = []
    for r in roots:
        if r.is_dir():
            out += [p for p in sorted(r.rglob("*")) if p.suffix.lower() in SUFFIXES and p.is_file()]
    return out


def key(path: Path) -> str:
    for base in (ROOT, SHARED.parent):
        try:
            return str(path.relative_to(base)).replace("/", "__")
        except ValueError:
            pass
    return path.name


def dump(outdir: Path) -> None:
    import policy_extract
    from policy_extract.errors import InputError

    outdir.mkdir(parents=True, exist_ok=True)
    for path in inputs():
        try:
            text = policy_extract.parse(path, ocr="never").to_json()
        except InputError as exc:
            text = json.dumps({"error": str(exc).replace(str(path), "PATH")}, ensure_ascii=False)
        (outdir / (key(path) + ".json")).write_text(text, encoding="utf-8")


def _strip(value):
    if isinstance(value, dict):
        return {k: ("…" if k == "source" and isinstance(v, dict) and "start_line" in v else _strip(v))
                for k, v in value.items() if not (k == "line" and "code" in value)}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def compare(old: Path, new: Path, ignore_source: bool) -> int:
    names = sorted({p.name for p in old.glob("*.json")} | {p.name for p in new.glob("*.json")})
    differ = 0
    for name in names:
        a, b = old / name, new / name
        if not a.exists() or not b.exists():
            print(f"only in one: {name}")
            differ += 1
            continue
        ja, jb = json.loads(a.read_text(encoding="utf-8")), json.loads(b.read_text(encoding="utf-8"))
        for j in (ja, jb):  # the file is named by the output's name; checkouts differ in where they are
            if isinstance(j.get("source"), dict):
                j["source"].pop("path", None)
        if ignore_source:
            ja, jb = _strip(ja), _strip(jb)
        if ja != jb:
            print(f"differs: {name}")
            differ += 1
    print(f"{len(names)} outputs compared, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        dump(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["compare"]:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3]), "--ignore-source" in sys.argv))
    else:
        sys.exit(__doc__)
