"""pattern_store.py: compiled patterns kept between runs. A pattern built from the store must
be the pattern re.compile builds (Pattern.__eq__ compares flags, text and compiled code),
the store must never raise, and the grammar must build the same pattern text in every
process, or the store would only grow."""
from __future__ import annotations

import json
import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from policy_extract import pattern_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "hanzhong-2024-function-transformation.txt"

pytestmark = pytest.mark.skipif(not pattern_store._SUPPORTED, reason="this Python compiles its patterns as usual")

# patterns of the kinds the grammar writes: CJK ranges, named groups, lookbehind, flags
KINDS = [
    (r"[\u4e00-\u9fff]{2,}(?:局|委|办)", 0),
    (r"(?P<lead>牵头单位)[:：]\s*(?P<units>[^；;。]+)", 0),
    (r"(?<![重主])要(?![求点素])", 0),
    (r"^\s*[（(]\s*\d+\s*[）)]", re.M),
    (r"html?|PDF|附件", re.I),
    (r"(a)|(b)(?P<c>c)。", re.S),
]


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """An empty store in tmp_path, writable whatever the environment says about bytecode."""
    monkeypatch.setattr(pattern_store, "_stored", {})
    monkeypatch.setattr(re, "_cache", dict(list(re._cache.items())[:50]))  # room to load into, whatever the suite compiled
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    return str(tmp_path / "__pycache__" / "patterns.marshal")


def _forget(patterns):
    for pattern, flags in patterns:
        re._cache.pop((str, pattern, int(flags)), None)


def test_a_stored_pattern_is_the_pattern_re_compiles(fresh, monkeypatch):
    for pattern, flags in KINDS:
        re.compile(pattern, flags)
    assert pattern_store.save(fresh) >= len(KINDS)
    _forget(KINDS)
    monkeypatch.setattr(pattern_store, "_stored", {})
    assert pattern_store.load(fresh) >= len(KINDS)
    for pattern, flags in KINDS:
        built = re._cache[str, pattern, int(flags)]
        fresh_compiled = re._compiler.compile(pattern, flags)
        assert built == fresh_compiled
        assert (built.flags, built.groups, dict(built.groupindex)) == (fresh_compiled.flags, fresh_compiled.groups, dict(fresh_compiled.groupindex))
    assert re.compile(KINDS[1][0]).search("（牵头单位：市发改委；责任单位：市财政局）").group("units") == "市发改委"


def _command_store(tmp_path, *args) -> tuple[Path, list]:
    """Run the command in a fresh process whose bytecode (and so its store) goes to tmp_path."""
    env = {"PYTHONPYCACHEPREFIX": str(tmp_path / "cache"), "PATH": ""}
    done = subprocess.run([sys.executable, "-m", "policy_extract", *args], env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    stores = list((tmp_path / "cache").glob("**/patterns.*.marshal"))
    assert len(stores) == 1
    with open(stores[0], "rb") as f:
        stamp, entries = marshal.loads(f.read())
    assert stamp == pattern_store._STAMP
    return stores[0], entries


def test_the_command_stores_each_pattern_as_re_compiles_it(tmp_path):
    out = tmp_path / "out.json"
    _, entries = _command_store(tmp_path, "parse", str(SAMPLE), "-o", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["tasks"]
    assert len(entries) > 50
    import _sre
    from array import array

    for pattern, flags, final_flags, code, groups, groupindex, indexgroup in entries:
        built = _sre.compile(pattern, final_flags, array(pattern_store._CODE, code).tolist(), groups, groupindex, indexgroup)
        assert built == re._compiler.compile(pattern, flags), pattern[:80]


def test_the_next_run_compiles_nothing_the_store_holds(tmp_path):
    store, entries = _command_store(tmp_path, "parse", str(SAMPLE), "-o", str(tmp_path / "1.json"))
    written = store.stat().st_mtime_ns
    _, again = _command_store(tmp_path, "parse", str(SAMPLE), "-o", str(tmp_path / "2.json"))
    assert store.stat().st_mtime_ns == written and len(again) == len(entries)  # nothing new: not written again
    assert (tmp_path / "1.json").read_bytes() == (tmp_path / "2.json").read_bytes()


def test_what_is_wrong_with_a_store_means_compiling_as_usual(fresh, tmp_path, monkeypatch):
    re.compile(KINDS[0][0])
    assert pattern_store.load(str(tmp_path / "missing.marshal")) == 0
    Path(fresh).parent.mkdir(parents=True)
    Path(fresh).write_bytes(b"\x00not marshal data")
    assert pattern_store.load(fresh) == 0
    Path(fresh).write_bytes(marshal.dumps((("another python",), [])))
    assert pattern_store.load(fresh) == 0
    Path(fresh).write_bytes(marshal.dumps((pattern_store._STAMP, [("x", 0)])))  # an entry of the wrong shape
    assert pattern_store.load(fresh) == 0


def test_plain_ascii_patterns_are_not_stored(fresh):
    plain = r"[ \f\t]*(#[^\r\n]*)x{2,3}"  # like tokenize's, whose alternatives come in a new order in every process
    re.compile(plain)
    re.compile("附件[:：]")
    pattern_store.save(fresh)
    stored = {pattern for pattern, _ in pattern_store._stored}
    assert "附件[:：]" in stored and plain not in stored


def test_a_store_that_cannot_be_written_is_left_alone(fresh, tmp_path, monkeypatch):
    re.compile(KINDS[0][0])
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert pattern_store.save(str(blocker / "patterns.marshal")) == 0  # its folder is a file
    assert not list(tmp_path.glob("**/*.tmp"))
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    assert pattern_store.save(fresh) == 0
    assert not Path(fresh).exists()


def test_the_grammar_writes_the_same_patterns_in_every_process(tmp_path):
    """Sets iterate in an order that changes with the hash seed; a pattern built from one
    (an alternation of label words, a class of last characters) must not."""
    probe = (
        "import re, policy_extract\n"
        f"policy_extract.parse({str(SAMPLE)!r})\n"
        f"policy_extract.parse({str(ROOT / 'samples' / 'xian-2022-fangguanfu-division-table.txt')!r})\n"
        "print('\\n'.join(sorted(repr(p) for (k, p, f) in re._cache if k is str and not p.isascii())))\n"
    )
    seen = []
    for seed in ("1", "2", "3"):
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                             env={"PYTHONHASHSEED": seed, "PYTHONPYCACHEPREFIX": str(tmp_path), "PATH": ""}, cwd=ROOT)  # no store to load
        seen.append(out.stdout)
    assert seen[0].count("\n") > 100
    assert seen[0] == seen[1] == seen[2]
