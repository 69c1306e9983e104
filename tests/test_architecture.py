"""The shape of the package, read from its source with `ast` (nothing is imported):

(a) no import cycle among the package's modules;
(b) imports point one way along the pipeline's layers (LAYERS below): a module imports
    modules of its own layer or of earlier ones, never of later ones;
(c) no module over MAX_LINES lines;
(d) no regex literal holding Chinese characters outside the grammar modules (GRAMMAR_MODULES):
    the notice's words live in rules.py, compiled in grammar.py, the numbering in markers.py;
    the stages use them from there;
(e) the README's module map names every module there is, and none that is not;
(f) warnings are made by errors.warning() only, not written as {"code": …, "message": …} dicts.

Imports inside functions count: a lazy import still points a direction. Each rule has a
KNOWN list of what breaks it today. The lists may only shrink: a break not listed fails,
and so does a listed one that no longer occurs (remove it from the list when it is fixed).
"""
from __future__ import annotations

import ast
import re
from collections import Counter
from fnmatch import fnmatchcase
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "policy_extract"

# Modules are named by their dotted path inside the package ("load.ofd.pages"); the
# package's own __init__.py is "__init__", a subpackage's is the subpackage ("load").
# Layers, first to last: a module may import its own layer and the layers before it.
LAYERS: list[tuple[str, list[str]]] = [
    # the notice's grammar and the errors every stage raises
    ("grammar", ["errors", "pattern_store", "rules_dates", "rules_pages", "rules_sections", "rules_meta", "rules_units", "rules", "grammar_base", "grammar_meta", "grammar_pages", "grammar_tables", "grammar_subjects", "grammar", "markers", "brackets"]),
    # readers of phrases and cells: plain strings in, plain values out (a unit note, a unit
    # list, a time limit, a table header); every stage after them may ask them
    ("phrases", ["units", "carried", "label_runs", "clause_units", "bracket_lists", "notes", "note_spans", "cell_units", "cell_kinds", "note_breaks", "unit_labels", "dates", "deadlines", "subjects", "sentence_units", "merged_rows", "cell_items", "tables", "issued"]),
    # one loader per format -> lines that remember page and line
    ("load", ["load", "load.*"]),
    # lines -> paragraphs and table rows; variants makes the simplified working copy of
    # the loaded lines (it takes load.base.SourceLine), so it sits after load
    ("normalize", ["variants", "ruby", "pieces", "joined_lines", "page_copy", "rewrap", "column_names", "cell_grid", "cell_blocks", "cell_lines", "box_tables", "bar_cells", "row_joins", "pipe_runs", "glued_cells", "flat_tables", "label_cards", "label_lines", "space_rows", "duty_runs", "panels", "part_breaks", "chrome", "normalize", "numbering", "item_heads", "paragraphs"]),
    # pieces -> the outline tree
    ("segment", ["outline", "outline_turns", "segment_breaks", "note_places", "segment"]),
    # which items are tasks, and what is read from them and from the notice
    ("readers", ["signers", "attached", "extract", "item_kinds", "sections", "build", "item_ends", "headings", "title_repeats", "titles", "page_fields", "recipients", "doc_numbers", "meta"]),
    # the schema: pydantic models of the output contract
    ("models", ["models", "shape"]),
    # the model written out or shown
    ("outputs", ["output", "export", "ledger", "ledger_*", "show", "diff", "filters", "schema"]),
    # the stages run in order; the Python API
    ("api", ["pipeline", "__init__"]),
    # the commands on top
    ("commands", ["cli", "cli_*", "cli.*", "batch", "batch_*", "batch.*", "lock", "workers", "corpus", "dask_runner", "check", "__main__"]),
]

# (a) Cycles, each as the set of modules that import each other (a strongly connected
# component of the import graph).
KNOWN_CYCLES: list[frozenset[str]] = [
]

# (b) Imports against the layers, as (importer, imported).
# Not listed because it does not break the direction, though issue 10 names it:
# pipeline -> extract helpers (all_paragraphs, is_regulation, is_article_text) imports
# an earlier layer.
KNOWN_VIOLATIONS: set[tuple[str, str]] = set()
# (normalize -> notes/tables and segment -> notes were listed here; notes, units,
# deadlines and tables are phrase readers now, a layer of their own before load.)


# (c) Module length.
MAX_LINES = 400
KNOWN_LONG: set[str] = set()  # none now

# (d) Regexes with Chinese characters, counted by module and owner: the module-level (or
# class-level) name the pattern is assigned to, or the function it is written in. A
# character class range such as [\u4e00-\u9fff] (any Han character) is not a word and is
# not counted.
GRAMMAR_MODULES = {"rules", "rules_dates", "rules_pages", "rules_sections", "rules_meta", "rules_units", "grammar", "grammar_base", "grammar_meta", "grammar_pages", "grammar_tables", "grammar_subjects", "markers"}
KNOWN_CHINESE_REGEX: dict[str, int] = {}  # none left: page furniture is grammar.py's, item starts markers.py's

_RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_HAN_RANGE = re.compile(f"[^{_HAN}]-[{_HAN}]|[{_HAN}]-.")  # a class range with a Han end: [\u3000-\u9fff]
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})")


# --- reading the package --------------------------------------------------------------


def _module_files() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts.pop()
        modules[".".join(parts)] = path
    return modules


MODULES = _module_files()
TREES = {name: ast.parse(path.read_text(encoding="utf-8"), filename=str(path)) for name, path in MODULES.items()}


def _rel(name: str) -> str:
    return str(MODULES[name].relative_to(PACKAGE))


def _package_of(name: str) -> list[str]:
    """The package a module's relative imports start from."""
    if name == "__init__":
        return []
    parts = name.split(".")
    return parts if MODULES[name].name == "__init__.py" else parts[:-1]


def _as_module(parts: list[str]) -> str | None:
    name = ".".join(parts) if parts else "__init__"
    return name if name in MODULES else None


def imports_of(name: str) -> list[tuple[str, int]]:
    """(module imported, line) for every import of a package module, at any depth."""
    found = []
    for node in ast.walk(TREES[name]):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "policy_extract" or alias.name.startswith("policy_extract."):
                    target = _as_module(alias.name.split(".")[1:])
                    if target:
                        found.append((target, node.lineno))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package_of(name)
                base = base[: len(base) - (node.level - 1)] + (node.module.split(".") if node.module else [])
            elif node.module and (node.module == "policy_extract" or node.module.startswith("policy_extract.")):
                base = node.module.split(".")[1:]
            else:
                continue
            for alias in node.names:
                # `from . import ocr` imports the module load.ocr; `from .pdf import _Char` the module load.pdf
                target = _as_module(base + [alias.name]) or _as_module(base)
                if target and target != name:
                    found.append((target, node.lineno))
    return found


GRAPH = {name: imports_of(name) for name in MODULES}


def layer_of(name: str) -> list[int]:
    return [i for i, (_, patterns) in enumerate(LAYERS) if any(fnmatchcase(name, p) for p in patterns)]


def _strongly_connected(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Tarjan's algorithm, iterative."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1 or node in graph[node]:
                        found.append(frozenset(component))
    return found


def _report(title: str, new: list[str], stale: list[str], how: str) -> str:
    lines = []
    if new:
        lines.append(f"{title}:")
        lines += [f"  {item}" for item in new]
        lines.append(f"  ({how})")
    if stale:
        lines.append("listed as known in tests/test_architecture.py but fixed (remove them from the list):")
        lines += [f"  {item}" for item in stale]
    return "\n".join(lines)


# --- (a) cycles -----------------------------------------------------------------------------


def test_the_import_graph_is_read():
    """The reading itself: modules found, relative and lazy imports resolved."""
    assert {"__init__", "pipeline", "load", "load.base", "models", "export"} <= set(MODULES)
    assert "load.base" in {t for t, _ in GRAPH["normalize"]}  # a relative import into a subpackage
    assert "pipeline" in {t for t, _ in GRAPH["__init__"]}  # imported inside a function
    assert "load.text" in {t for t, _ in GRAPH["load"]}  # lazy, from inside the subpackage
    assert "__init__" in {t for t, _ in GRAPH["batch"]}  # `from . import __version__`
    assert "load.pdf" in {t for t, _ in GRAPH["load.ofd.pages"]}  # `from ..pdf import …` inside a function
    assert "load.ocr" in {t for t, _ in GRAPH["load.ofd.pages"]}  # `from .. import ocr`: the module


def test_no_import_cycle():
    graph = {name: {t for t, _ in edges} for name, edges in GRAPH.items()}
    cycles = _strongly_connected(graph)
    new = []
    for cycle in cycles:
        if cycle in KNOWN_CYCLES:
            continue
        edges = [f"{_rel(a)}:{line} imports {b}" for a in sorted(cycle) for b, line in GRAPH[a] if b in cycle]
        new.append(" <-> ".join(sorted(cycle)) + "\n    " + "\n    ".join(edges))
    stale = [" <-> ".join(sorted(c)) for c in KNOWN_CYCLES if c not in cycles]
    assert not new and not stale, _report(
        "import cycles", new, stale, "make the later module take what it needs as data, or move the shared part to an earlier module"
    )


# --- (b) layers -----------------------------------------------------------------------------


def test_every_module_has_one_layer():
    misplaced = [f"{_rel(name)} ({name}): in {len(layer_of(name))} layers" for name in MODULES if len(layer_of(name)) != 1]
    assert not misplaced, "modules not placed in exactly one layer; add each to LAYERS in tests/test_architecture.py:\n  " + "\n  ".join(misplaced)


def test_imports_point_one_way_along_the_layers():
    names = [n for n, _ in LAYERS]
    seen: dict[tuple[str, str], list[str]] = {}
    for name, edges in GRAPH.items():
        if len(layer_of(name)) != 1:
            continue  # said by test_every_module_has_one_layer
        (mine,) = layer_of(name)
        for target, line in edges:
            if len(layer_of(target)) != 1:
                continue
            (theirs,) = layer_of(target)
            if theirs > mine:
                seen.setdefault((name, target), []).append(f"{_rel(name)}:{line} ({names[mine]}) imports {target} ({names[theirs]})")
    new = [where for pair, wheres in sorted(seen.items()) if pair not in KNOWN_VIOLATIONS for where in wheres]
    stale = [f"{a} -> {b}" for a, b in sorted(KNOWN_VIOLATIONS) if (a, b) not in seen]
    assert not new and not stale, _report(
        "imports from an earlier layer into a later one (layers: " + " -> ".join(names) + ")",
        new, stale, "pass the value in from the caller, or move what is shared into the earlier layer",
    )


# --- (c) size -------------------------------------------------------------------------------


def test_no_module_over_the_line_limit():
    sizes = {_rel(name): len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    long = {rel for rel, n in sizes.items() if n > MAX_LINES}
    new = [f"{rel}: {sizes[rel]} lines" for rel in sorted(long - KNOWN_LONG)]
    stale = [f"{rel}" + (f" ({sizes[rel]} lines)" if rel in sizes else " (no such module now)") for rel in sorted(KNOWN_LONG - long)]
    assert not new and not stale, _report(
        f"modules over {MAX_LINES} lines", new, stale, "split each into modules that do one step each"
    )


# --- (d) Chinese in regexes -----------------------------------------------------------------


def _module_constants(tree: ast.Module) -> dict[str, ast.AST]:
    """Module-level NAME = <expression> assignments, to follow a pattern written in pieces."""
    out = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            out[stmt.targets[0].id] = stmt.value
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            out[stmt.target.id] = stmt.value
    return out


def _strings_in(node: ast.AST, constants: dict[str, ast.AST], seen: frozenset[str] = frozenset()) -> list[str]:
    """The string literals a pattern expression is made of, following module-level names."""
    out = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            out.append(sub.value)
        elif isinstance(sub, ast.Name) and sub.id in constants and sub.id not in seen:
            out += _strings_in(constants[sub.id], constants, seen | {sub.id})
    return out


def has_chinese(pattern: str) -> bool:
    """Han characters in a pattern as `re` reads it (\\uXXXX escapes decoded), ranges of a
    character class ([\\u4e00-\\u9fff]: any Han character) left out."""
    decoded = _ESCAPE.sub(lambda m: chr(int(next(g for g in m.groups() if g), 16)), pattern)
    return bool(_HAN_CHAR.search(_HAN_RANGE.sub("", decoded)))


class _RegexFinder(ast.NodeVisitor):
    def __init__(self, constants: dict[str, ast.AST]):
        self.constants = constants
        self.scope: list[str] = []
        self.in_function = 0
        self.target: str | None = None
        self.found: Counter[str] = Counter()

    def _scoped(self, node, is_function: bool) -> None:
        self.scope.append(node.name)
        self.in_function += is_function
        saved, self.target = self.target, None
        self.generic_visit(node)
        self.target = saved
        self.in_function -= is_function
        self.scope.pop()

    def visit_FunctionDef(self, node):
        self._scoped(node, True)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self._scoped(node, False)

    def _assigned(self, node, targets) -> None:
        if self.in_function:
            self.generic_visit(node)
            return
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        saved, self.target = self.target, (names[0] if names else None)
        self.generic_visit(node)
        self.target = saved

    def visit_Assign(self, node):
        self._assigned(node, node.targets)

    def visit_AnnAssign(self, node):
        self._assigned(node, [node.target])

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "re" and func.attr in _RE_FUNCTIONS:
            pattern = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "pattern"), None)
            if pattern is not None and any(has_chinese(s) for s in _strings_in(pattern, self.constants)):
                owner = ".".join(self.scope + ([self.target] if self.target and not self.in_function else []))
                self.found[owner or "<module>"] += 1
        self.generic_visit(node)


def chinese_regexes() -> Counter[str]:
    found: Counter[str] = Counter()
    for name, tree in TREES.items():
        if name in GRAMMAR_MODULES:
            continue
        finder = _RegexFinder(_module_constants(tree))
        finder.visit(tree)
        for owner, count in finder.found.items():
            found[f"{name}:{owner}"] += count
    return found


def test_the_regex_finder_sees_what_it_should():
    tree = ast.parse(
        'import re\n'
        '_NUM = "[一二三]"\n'
        '_A = re.compile(rf"{_NUM}、")\n'
        '_B = re.compile(r"\\u7b2c")\n'
        '_C = re.compile(r"[\\u4e00-\\u9fff]+") or re.compile("(?<=[\\u3000-\\u9fff])\\\\s")\n'
        'class K:\n    _D = re.compile("牵头")\n'
        'def f(s):\n    return re.sub("负责", "", s) + re.search(pattern="x", string=s)\n'
    )
    finder = _RegexFinder(_module_constants(tree))
    finder.visit(tree)
    assert finder.found == Counter({"_A": 1, "_B": 1, "K._D": 1, "f": 1})


def test_no_chinese_regex_outside_the_grammar_modules():
    found = chinese_regexes()
    new = [f"{key}: {n} regex(es) with Chinese characters" + (f" (known: {KNOWN_CHINESE_REGEX[key]})" if key in KNOWN_CHINESE_REGEX else "")
           for key, n in sorted(found.items()) if n > KNOWN_CHINESE_REGEX.get(key, 0)]
    stale = [f"{key}: {KNOWN_CHINESE_REGEX[key]} listed, {found.get(key, 0)} now" for key in sorted(KNOWN_CHINESE_REGEX)
             if found.get(key, 0) < KNOWN_CHINESE_REGEX[key]]
    assert not new and not stale, _report(
        "regexes holding Chinese words outside " + ", ".join(sorted(m + ".py" for m in GRAMMAR_MODULES)),
        new, stale, "put the words in rules.py and the pattern in grammar.py (the numbering in markers.py)",
    )


# --- (e) the README's module map ----------------------------------------------------------


def test_the_readme_module_map_matches_the_tree():
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## How it works"):]
    block = section[section.index("```\npolicy_extract/") : section.index("```", section.index("```") + 3)]
    # file names, and folder names standing alone ("load/ ", "ofd/ ("; not "xlsx/csv")
    named = set(re.findall(r"[A-Za-z_]\w*\.py|(?<![\w/.])[a-z_]\w*/(?=[\s(])", block)) - {"policy_extract/"}
    there = set()
    for path in MODULES.values():
        rel = path.relative_to(PACKAGE)
        there.add(f"{rel.parent.name}/" if rel.name == "__init__.py" and rel.parent.parts else rel.name)
    missing = sorted(there - named)
    unknown = sorted(named - there)
    assert not missing and not unknown, (
        "README.md's module map (## How it works) and the tree differ:"
        + (f"\n  modules not in the map: {', '.join(missing)}" if missing else "")
        + (f"\n  named in the map, not in policy_extract/: {', '.join(unknown)}" if unknown else "")
    )


# --- (f) one warning type -----------------------------------------------------------------


def test_warnings_are_made_by_the_one_constructor():
    """A dict literal with "code" and "message" keys is a warning built by hand; errors.py
    (DocumentWarning.as_dict, the model's form) is the one place that writes one."""
    by_hand = []
    for name, tree in TREES.items():
        if name == "errors":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
                if {"code", "message"} <= keys:
                    by_hand.append(f"{_rel(name)}:{node.lineno}")
    assert not by_hand, "warnings built as dicts; use errors.warning(code, message, line):\n  " + "\n  ".join(by_hand)
