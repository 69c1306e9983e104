"""Build the two PDFs the PDF speed figures are measured on (not committed: they are
made again from files in the repository and ../shared):

  table.pdf  the task-table notice (tests/fixtures/docx/xian-2022-fangguanfu-division-table.docx)
             set landscape, about 30 pages
  text.pdf   a text notice (../shared/seeds, the yanta-2022 plan, or samples/ without ../shared)
             in 16 pt type, about 26 pages

by LibreOffice (`soffice --headless --convert-to pdf`, a private profile), as offices make
them.  Usage: python scripts/make_bench_pdfs.py OUTDIR"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _docx_table(src: Path, out: Path) -> None:
    """The table notice in landscape with its columns widened to the page (the fixture's
    columns are narrow, which makes it 114 pages)."""
    import docx
    from docx.enum.section import WD_ORIENT

    d = docx.Document(str(src))
    for s in d.sections:
        if s.orientation != WD_ORIENT.LANDSCAPE:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = s.page_height, s.page_width
    s = d.sections[0]
    usable = s.page_width - s.left_margin - s.right_margin
    shares = [0.06, 0.16, 0.38, 0.13, 0.13, 0.09, 0.05]
    from docx.oxml.ns import qn

    for table in d.tables:
        for col, share in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), shares):
            col.set(qn("w:w"), str(int(usable * share / 635)))  # twips
        for row in table.rows:
            for cell, share in zip(row.cells, shares):
                cell.width = int(usable * share)
    from docx.shared import Pt

    d.styles["Normal"].font.size = Pt(10.5)  # 五号, as such tables are printed
    d.save(str(out))


def _docx_text(text: str, out: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.size = Pt(16)
    style.paragraph_format.first_line_indent = Pt(32)
    style.paragraph_format.line_spacing = 1.5
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            d.add_paragraph(line)
    d.save(str(out))


def build(outdir: Path) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) is not on the PATH: apt-get install libreoffice-writer-nogui")
    outdir.mkdir(parents=True, exist_ok=True)
    seed = SHARED / "seeds" / "001_09ba2e05d90360ed.txt"
    text = seed.read_text(encoding="utf-8") if seed.exists() else (ROOT / "samples" / "yanta-2022-gov-services-plan.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        _docx_table(ROOT / "tests" / "fixtures" / "docx" / "xian-2022-fangguanfu-division-table.docx", tmp / "table.docx")
        _docx_text(text, tmp / "text.docx")
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(tmp / "table.docx"), str(tmp / "text.docx")],
                       check=True, capture_output=True, timeout=600)
    return [outdir / "table.pdf", outdir / "text.pdf"]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    import pypdfium2 as pdfium

    for p in build(Path(sys.argv[1])):
        print(p, len(pdfium.PdfDocument(str(p))), "pages")
