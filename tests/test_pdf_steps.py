"""The PDF loader's steps as plain data: the grid finder (grid.py) checked against
pdfplumber's own table functions on the PDF fixtures, its settings validated, the one
wrap join shared by the PDF steps and normalize."""
from __future__ import annotations

from pathlib import Path

import pytest

pdfplumber = pytest.importorskip("pdfplumber", reason="the PDF extra (pdfplumber) is not installed")
pdfium = pytest.importorskip("pypdfium2", reason="the PDF extra (pypdfium2) is not installed")

from pdfplumber import table as plumber_table  # noqa: E402
from pdfplumber import utils as plumber_utils  # noqa: E402

from policy_extract.load.pdf import grid  # noqa: E402
from policy_extract.load.pdf.grid import GridSettings  # noqa: E402
from policy_extract.load.pdf.reader import page_objects  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "format-defects"
CORE_PDFS = sorted(p for p in (ROOT / "tests" / "fixtures").rglob("*.pdf") if not p.name.startswith("broken-"))
SHARED_PDFS = sorted(SHARED.glob("*.pdf")) if SHARED.is_dir() else []
# pdfplumber's default "lines" table settings, as grid.GridSettings mirrors them
LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
PLUMBER_ONLY = GridSettings(close_cut_rows=False, split_stacked=False)


def _params(paths):
    return [pytest.param(p, id=p.name) for p in paths]


ALL_PDFS = _params(CORE_PDFS) + [pytest.param(p, id=f"shared-{p.name}") for p in SHARED_PDFS]


def _r(values, nd: int = 1):
    return tuple(round(v, nd) for v in values)


def _to_ours(edges: list[dict]) -> tuple[list, list]:
    """pdfplumber's edge dicts as grid.py's (pos, start, end) tuples."""
    hs = [(e["top"], e["x0"], e["x1"]) for e in edges if e["orientation"] == "h"]
    vs = [(e["x0"], e["top"], e["bottom"]) for e in edges if e["orientation"] == "v"]
    return hs, vs


def _plumber_steps(edges: list[dict]):
    """pdfplumber's TableFinder steps on given edges, with its default settings."""
    s = plumber_table.TableSettings.resolve(LINES)
    edges = plumber_table.merge_edges(edges, s.snap_x_tolerance, s.snap_y_tolerance, s.join_x_tolerance, s.join_y_tolerance)
    edges = plumber_utils.filter_edges(edges, min_length=s.edge_min_length)
    inter = plumber_table.edges_to_intersections(edges, s.intersection_x_tolerance, s.intersection_y_tolerance)
    cells = plumber_table.intersections_to_cells(inter)
    return edges, inter, cells, plumber_table.cells_to_tables(cells)


def _our_steps(hs: list, vs: list, settings: GridSettings = PLUMBER_ONLY):
    hs, vs = grid.snap_join(hs, settings), grid.snap_join(vs, settings)
    inter = grid.edges_to_intersections(hs, vs, settings)
    cells = grid.intersections_to_cells(inter)
    return hs, vs, inter, cells, [t for t in grid.cells_to_tables(cells) if len(t) > 1]


def _prefiltered(page) -> list[dict]:
    return [e for o in "hv" for e in plumber_utils.filter_edges(page.edges, o, min_length=PLUMBER_ONLY.edge_min_length_prefilter)]


@pytest.mark.parametrize("path", ALL_PDFS)
def test_grid_steps_answer_as_pdfplumbers_on_the_same_edges(path):
    """The same edges (pdfplumber's of each page) through grid.py's steps and through
    pdfplumber's merge_edges / edges_to_intersections / intersections_to_cells /
    cells_to_tables give the same edges, intersections, cells and tables."""
    ruled = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            edges = _prefiltered(page)
            p_edges, p_inter, p_cells, p_tables = _plumber_steps(edges)
            hs, vs, inter, cells, tables = _our_steps(*_to_ours(edges))
            where = f"{path.name} page {page.page_number}"
            assert sorted(_r(e) for e in hs) == sorted(_r((e["top"], e["x0"], e["x1"])) for e in p_edges if e["orientation"] == "h"), where
            assert sorted(_r(e) for e in vs) == sorted(_r((e["x0"], e["top"], e["bottom"])) for e in p_edges if e["orientation"] == "v"), where
            assert sorted(_r(p) for p in inter) == sorted(_r(p) for p in p_inter), where
            assert sorted(_r(c) for c in cells) == sorted(_r(c) for c in p_cells), where
            assert [sorted(_r(c) for c in t) for t in tables] == [sorted(_r(c) for c in t) for t in p_tables], where
            ruled += bool(p_tables)
    if path.name.startswith(("xian-2022", "office-table", "m1_", "m2_")):
        assert ruled, f"{path.name}: a table notice with no ruled table found"


def _pdfium_grids(path: Path, settings: GridSettings) -> dict[int, list]:
    """grid.find_grids on the edges the loader takes from pdfium's path objects, per page."""
    import pypdfium2.raw as raw

    out = {}
    doc = pdfium.PdfDocument(path)
    try:
        for index in range(len(doc)):
            page = doc[index]
            _, height = page.get_size()
            paths, _ = page_objects(page, page.get_textpage(), raw)
            out[index + 1] = grid.find_grids(*grid.edges_from_paths(paths, height, raw, settings), settings=settings) if paths else []
    finally:
        doc.close()
    return out


@pytest.mark.parametrize("path", ALL_PDFS)
def test_grid_from_pdfium_paths_matches_pdfplumbers_table_finder(path):
    """From the file: the grids found on pdfium's path objects (this loader's own additions
    turned off) have the cells of pdfplumber's TableFinder ("lines" strategy) on every page."""
    ours = _pdfium_grids(path, PLUMBER_ONLY)
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            theirs = plumber_table.TableFinder(page, LINES).tables
            got = [sorted(g.cells) for g in ours[page.page_number]]
            want = [sorted(t.cells) for t in theirs]
            where = f"{path.name} page {page.page_number}"
            assert [len(t) for t in got] == [len(t) for t in want], where
            for a, b in zip(got, want):  # pdfium's and pdfminer's floats differ in the last places
                assert all(abs(x - y) <= 0.05 for ca, cb in zip(a, b) for x, y in zip(ca, cb)), where


def test_grid_settings_are_checked():
    assert GridSettings().snap_tolerance == plumber_table.DEFAULT_SNAP_TOLERANCE
    assert GridSettings().join_tolerance == plumber_table.DEFAULT_JOIN_TOLERANCE
    plumber = plumber_table.TableSettings()
    assert (GridSettings().edge_min_length, GridSettings().edge_min_length_prefilter) == (plumber.edge_min_length, plumber.edge_min_length_prefilter)
    assert GridSettings().intersection_tolerance == plumber.intersection_tolerance
    for bad in ({"snap_tolerance": -1}, {"join_tolerance": "3"}, {"edge_min_length": True}, {"min_table_paths": 2.5}):
        with pytest.raises(ValueError, match="GridSettings"):
            GridSettings(**bad)


def test_a_missing_rule_makes_a_merged_cell():
    """Two rows, three columns, the rule between the first row's last two cells missing:
    five cells, the merged one spanning two columns."""
    hs = [(0.0, 0.0, 90.0), (20.0, 0.0, 90.0), (40.0, 0.0, 90.0)]
    vs = [(0.0, 0.0, 40.0), (30.0, 0.0, 40.0), (60.0, 20.0, 40.0), (90.0, 0.0, 40.0)]
    (table,) = grid.find_grids(hs, vs)
    assert sorted(table.cells) == [(0.0, 0.0, 30.0, 20.0), (0.0, 20.0, 30.0, 40.0), (30.0, 0.0, 90.0, 20.0),
                                   (30.0, 20.0, 60.0, 40.0), (60.0, 20.0, 90.0, 40.0)]
    assert table.bbox == (0.0, 0.0, 90.0, 40.0)


def test_one_wrap_join_for_pdf_and_text():
    """The PDF steps and normalize join a wrapped paragraph with the same function."""
    from policy_extract import normalize
    from policy_extract.load import base
    from policy_extract.load.pdf import cells, text

    assert normalize.glue is base.glue and text.glue is base.glue and cells.glue is base.glue
    assert base.glue("推进政务服务", "标准化建设") == "推进政务服务标准化建设"
    assert base.glue("截至20", "23年底") == "截至2023年底"
    assert base.glue("the State", "Council") == "the State Council"
    assert base.glue("A ", "B") == "A B" and base.glue("", "x") == "x" and base.glue("x", "") == "x"


def _overprinted_pdf(path: Path) -> Path:
    """A page of ASCII lines, one of them printed twice 0.3 pt apart (fake bold, as office
    suites print bold for fonts without a bold face): pdfium keeps one copy of its glyphs."""
    import ctypes

    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument.new()
    page = doc.new_page(595, 842)

    def text(s: str, x: float, y: float) -> None:
        obj = raw.FPDFPageObj_NewTextObj(doc.raw, b"Helvetica", 12)
        buf = ctypes.create_string_buffer((s + "\0").encode("utf-16-le"))
        raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
        raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        raw.FPDFPage_InsertObject(page.raw, obj)

    for k in range(12):
        text(f"{k + 1}. Line {k + 1} of the notice, with some words.", 72, 780 - 20 * k)
        if k == 3:  # printed again right after itself
            text(f"{k + 1}. Line {k + 1} of the notice, with some words.", 72.3, 780 - 20 * k)
    raw.FPDFPage_GenerateContent(page.raw)
    doc.save(str(path))
    return path


def test_an_overprinted_bold_line_is_read_without_pdfplumber(tmp_path, monkeypatch):
    """pdfium drops the glyphs of a text object printed over the same glyphs; nothing is
    lost, so the page is not read again by pdfplumber (a whole pdfminer pass)."""
    import pypdfium2.raw as raw

    from policy_extract.load.pdf.reader import read_pages

    path = _overprinted_pdf(tmp_path / "bold.pdf")
    doc = pdfium.PdfDocument(str(path))
    page = doc[0]
    textpage = page.get_textpage()
    emptied = [o for o in page.get_objects() if o.type == raw.FPDF_PAGEOBJ_TEXT and raw.FPDFTextObj_GetText(o.raw, textpage.raw, None, 0) <= 2]
    assert len(emptied) == 1, "pdfium de-duplicates the overprinted line"
    assert page_objects(page, textpage, raw) == ([], 0)
    doc.close()
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: pytest.fail("pdfplumber opened for a page that lost nothing"))
    (p,) = read_pages(path, path.read_bytes())
    texts = [it.text for it in p.items]
    assert texts[3] == "4. Line 4 of the notice, with some words." and len(texts) == 12


@pytest.mark.parametrize("path", ALL_PDFS)
def test_text_objects_with_text_are_told_from_the_glyphs(path):
    """chars_from_textpage tells which text objects have text on the text page (so
    page_objects asks pdfium nothing about them): exactly the objects whose
    FPDFTextObj_GetText is not empty, on every page of the fixtures (overprinted bold
    and browser's empty text objects among them)."""
    import ctypes

    import pypdfium2.raw as raw

    from policy_extract.load.pdf.chars import chars_from_textpage

    doc = pdfium.PdfDocument(path)
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            texts: set = set()
            chars_from_textpage(textpage, page.get_size()[1], raw, texts)
            truth = {ctypes.cast(o.raw, ctypes.c_void_p).value for o in page.get_objects(max_depth=2)
                     if raw.FPDFTextObj_GetText(o.raw, textpage.raw, None, 0) > 2}
            assert texts == truth, f"page {index + 1}"
    finally:
        doc.close()


def test_text_objects_told_on_an_overprinted_page(tmp_path):
    """The overprinted line's second copy has no glyph on the text page: it is not among
    the objects with text, its first copy and the other lines are."""
    import ctypes

    import pypdfium2.raw as raw

    from policy_extract.load.pdf.chars import chars_from_textpage

    doc = pdfium.PdfDocument(str(_overprinted_pdf(tmp_path / "bold.pdf")))
    page = doc[0]
    textpage = page.get_textpage()
    texts: set = set()
    chars = chars_from_textpage(textpage, 842, raw, texts)
    objects = [ctypes.cast(o.raw, ctypes.c_void_p).value for o in page.get_objects()]
    assert len(objects) == 13 and texts == set(objects) - {objects[4]}
    assert "".join(c.text for c in chars).count("4. Line 4") == 1
    doc.close()


def _brute_locate(cells, chars):
    """locate_chars by its definition: the first cell (in list order) holding the glyph's
    middle, each cell widened by 0.5 pt; the table's box widened by 1 pt."""
    x0, top = min(c[0] for c in cells) - 1, min(c[1] for c in cells) - 1
    x1, bottom = max(c[2] for c in cells) + 1, max(c[3] for c in cells) + 1
    by_cell = {c: [] for c in cells}
    lost, outside = [], []
    for ch in chars:
        cx, cy = (ch.x0 + ch.x1) / 2, (ch.top + ch.bottom) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            outside.append(ch)
            continue
        hit = next((c for c in cells if c[0] - 0.5 <= cx <= c[2] + 0.5 and c[1] - 0.5 <= cy <= c[3] + 0.5), None)
        (lost if hit is None else by_cell[hit]).append(ch)
    return by_cell, lost, outside


def test_glyphs_are_located_in_cells_as_by_a_scan():
    """locate_chars (bisection over the cells' columns and rows) answers as a scan of every
    cell does: on grids with merged cells, overlapping cells (not rising), glyphs on the
    cell edges, between cells and outside the table."""
    import random

    from policy_extract.load.pdf.cells import cells_overlap, locate_chars
    from policy_extract.load.pdf.chars import Char
    from policy_extract.load.pdf.grid import Grid

    rng = random.Random(17)
    for trial in range(300):
        xs = sorted(rng.sample(range(40, 560, 4), rng.randint(2, 7)))
        ys = sorted(rng.sample(range(40, 800, 4), rng.randint(2, 9)))
        cells = [(float(a), float(t), float(b), float(u)) for a, b in zip(xs, xs[1:]) for t, u in zip(ys, ys[1:])]
        for _ in range(rng.randint(0, 3)):  # merged (or stray, overlapping) cells
            i, j = sorted(rng.sample(range(len(xs)), 2))
            k, m = sorted(rng.sample(range(len(ys)), 2))
            cells.insert(rng.randrange(len(cells) + 1), (float(xs[i]), float(ys[k]), float(xs[j]), float(ys[m])))
        if trial % 3 == 0:
            rng.shuffle(cells)
        cells = list(dict.fromkeys(cells))
        points = [float(v) + d for v in xs for d in (-1.5, -0.5, 0.0, 0.5, 1.0)] + [rng.uniform(20, 580) for _ in range(20)]
        rows = [float(v) + d for v in ys for d in (-1.5, -0.5, 0.0, 0.5, 1.0)] + [rng.uniform(20, 820) for _ in range(20)]
        chars = []
        for _ in range(150):
            cx, cy, w, h = rng.choice(points), rng.choice(rows), rng.choice((0.0, 2.0, 6.0)), rng.choice((0.0, 4.0, 10.0))
            chars.append(Char("字", cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2))
        grid = Grid(cells)
        assert locate_chars(grid, chars) == _brute_locate(cells, chars), trial
        brute = any(min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1
                    for i, a in enumerate(cells) for b in cells[i + 1:])
        assert cells_overlap(cells) == brute, trial
    for trial in range(2000):  # cells overlapping by about 1 pt
        cells = [(x, y, x + rng.choice((1.5, 2.0, 3.0, 10.0)), y + rng.choice((1.5, 2.0, 3.0, 10.0)))
                 for x, y in ((rng.uniform(0, 12), rng.uniform(0, 12)) for _ in range(rng.randint(2, 6)))]
        brute = any(min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1
                    for i, a in enumerate(cells) for b in cells[i + 1:])
        assert cells_overlap(cells) == brute, cells


def _bands_by_definition(chars):
    """group_lines's bands by its definition, glyph by glyph: a glyph joins the first of
    the last three lines (last first) whose middle is within 0.45 of the taller of its
    height and the line's; the line's band grows to hold it."""
    lines, bands = [], []
    for c in sorted(chars, key=lambda c: ((c.top + c.bottom) / 2, c.x0)):
        cy, h = (c.top + c.bottom) / 2, max(c.bottom - c.top, 1.0)
        for k in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
            top, bottom = bands[k]
            if abs(cy - (top + bottom) / 2) <= max(bottom - top, h) * 0.45:
                lines[k].append(c)
                bands[k] = [min(top, c.top), max(bottom, c.bottom)]
                break
        else:
            lines.append([c])
            bands.append([c.top, c.bottom])
    return [[id(c) for c in sorted(cs, key=lambda c: c.x0)] for cs in lines if not all(c.text.isspace() for c in cs)]


def test_glyphs_sharing_top_and_bottom_join_lines_as_each_would_alone():
    """group_lines lets a glyph with the top and bottom of the one before join that one's
    line without trying the bands again: the lines are those of trying every glyph, on
    lines of mixed sizes, superscripts, overlapping bands and glyphs in any order."""
    import random

    from policy_extract.load.pdf.chars import Char
    from policy_extract.load.pdf.lines import group_lines

    rng = random.Random(5)
    for trial in range(400):
        chars = []
        for line in range(rng.randint(1, 6)):
            base = 100 + line * rng.choice((4.0, 8.0, 12.0, 14.0))
            for k in range(rng.randint(1, 12)):
                size = rng.choice((10.0, 10.0, 10.0, 12.0, 6.0, 0.5))
                rise = rng.choice((0.0, 0.0, 0.0, -3.0, 2.5))
                x = 50 + 11 * k + rng.choice((0.0, 0.0, 0.3))
                if rng.random() < 0.3:  # a box of its own, its top or bottom shared with others
                    bottom = base + rng.choice((-1.0, 1.5, 2.0, 6.0))
                    top = rng.choice((base - 9.0, base - 8.5, base - 2.0, bottom - 0.2))
                    chars.append(Char(rng.choice("字一 1"), x, x + 10, top, bottom))
                else:
                    chars.append(Char(rng.choice("字一 1"), x, x + 10, base + rise - size * 0.85, base + rise + size * 0.15))
        rng.shuffle(chars)
        got = [tuple(id(c) for c in ln.chars) for ln in group_lines(chars)]
        assert sorted(got) == sorted(map(tuple, _bands_by_definition(chars))), trial


def test_line_bands_pass_over_lines_like_the_one_before_as_each_would_alone():
    """line_bands lets a line with the top and bottom of the line before (which left its
    band as it was) go without trying the bands: the bands are those of trying every
    line, on table rows of cells sharing baselines, taller lines and lines between."""
    import random
    from types import SimpleNamespace

    from policy_extract.load.pdf.lines import line_bands

    def by_definition(lines):
        bands = []
        for ln in sorted(lines, key=lambda ln: (ln.top + ln.bottom) / 2):
            cy, h = (ln.top + ln.bottom) / 2, max(ln.bottom - ln.top, 1.0)
            for k in range(len(bands) - 1, max(len(bands) - 4, -1), -1):
                top, bottom = bands[k]
                if abs(cy - (top + bottom) / 2) <= max(bottom - top, h) * 0.45:
                    bands[k] = [min(top, ln.top), max(bottom, ln.bottom)]
                    break
            else:
                bands.append([ln.top, ln.bottom])
        return sorted((b[0] + b[1]) / 2 for b in bands)

    rng = random.Random(11)
    for trial in range(500):
        lines = []
        for row in range(rng.randint(1, 8)):
            base = 100 + row * rng.choice((6.0, 12.0, 15.0))
            for _ in range(rng.randint(1, 5)):
                top = base + rng.choice((0.0, 0.0, 0.0, -1.0, 3.0, 5.5, 9.8))
                bottom = rng.choice((base + 10.0, base + 10.0, top + 0.2, base + 14.0, base + 30.0))
                if bottom <= top:
                    bottom = top + 0.5
                lines.append(SimpleNamespace(top=top, bottom=bottom))
        rng.shuffle(lines)
        assert line_bands(lines) == by_definition(lines), trial


def test_a_pypdfium2_without_the_glyphs_text_object_call_says_what_to_install(monkeypatch):
    """The loader asks pdfium for each glyph's text object (FPDFText_GetTextObject, pdfium
    6721+, pypdfium2 4.30.1+); an older pypdfium2 gets one line saying what to install,
    not a traceback or a 'damaged PDF'."""
    import pypdfium2.raw as raw

    from policy_extract.errors import InputError
    from policy_extract.load.pdf.reader import load_pdf

    path = CORE_PDFS[0]
    monkeypatch.delattr(raw, "FPDFText_GetTextObject")
    with pytest.raises(InputError, match=r"pypdfium2 is too old.*pip install -U 'pypdfium2>=4\.30\.1'"):
        load_pdf(path)


def test_unit_break_reads_the_names_at_the_cut_as_splitting_the_texts_would():
    """unit_break finds the last name before the cut and the first after it with one
    search each; the answer is that of splitting both texts at every separator."""
    import random
    import re

    from policy_extract.load.pdf.cells import unit_break
    from policy_extract.rules import UNIT_PREFIXES, UNIT_SUFFIXES

    seps = re.compile(r"[，,、；;：:\s]")

    def by_splitting(before, after):
        before, after = before.rstrip(), after.lstrip()
        if not before or not after or "。" in before:
            return False
        tail, head = seps.split(before)[-1], seps.split(after)[0]
        return (len(tail) >= 3 and len(head) >= 3 and (tail.endswith(UNIT_SUFFIXES) or tail[-1] in "）)")
                and head.startswith(UNIT_PREFIXES) and (head.endswith(UNIT_SUFFIXES) or head[-1] in "）)"))

    pieces = ["市", "区", "行政审批", "司法", "局", "委", "办公厅", "人民政府", "（市审改办）", ")", "、", "，", ";", ":", " ",
              "\u3000", "。", "各", "县", "负责", "西咸新", "管委会", "1", "a"]
    rng = random.Random(3)
    for _ in range(20000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        after = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert unit_break(before, after) == by_splitting(before, after), (before, after)


def test_a_glyph_pdfium_measures_as_nothing_sends_its_page_to_pdfplumber():
    """The table fixture prints its cells in STSong-Light, a font it does not embed. Where no CJK
    font is installed, pdfium gives the lone "会" that wraps out of "各开发区管委会" (page 4, rows
    (12) and (13)) a box of no size and leaves it out of the text page: the page counts it as a
    lost glyph, so pdfplumber reads the page and the unit stays whole. With a CJK font pdfium
    keeps the glyph itself; the unit is whole either way."""
    import pypdfium2.raw as raw

    from policy_extract.load import load

    doc = pdfium.PdfDocument(str(ROOT / "tests" / "fixtures" / "pdf" / "xian-2022-fangguanfu-division-table.pdf"))
    try:
        page = doc[3]
        textpage = page.get_textpage()
        with pdfplumber.open(str(ROOT / "tests" / "fixtures" / "pdf" / "xian-2022-fangguanfu-division-table.pdf")) as plumber:
            drawn = sum(c["text"] == "会" for c in plumber.pages[3].chars)
        if textpage.get_text_range().count("会") < drawn:  # a glyph left out of the text page (no CJK font here)
            assert page_objects(page, textpage, raw)[1] >= 1
    finally:
        doc.close()
    text = "\n".join(line.text for line in load(ROOT / "tests" / "fixtures" / "pdf" / "xian-2022-fangguanfu-division-table.pdf").lines)
    assert "各开发区管委\t" not in text and text.count("各开发区管委会") >= 6
