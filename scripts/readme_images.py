#!/usr/bin/env python3
"""Make the README's pictures: `show` as an 80-column terminal draws it (SVG, by rich),
and the ledger as LibreOffice Calc prints it (PNG; needs soffice with Calc, pdftoppm, a
Chinese font and Carlito, the Calibri-compatible font: without Carlito, LibreOffice
measures column widths in a wider font and the picture shows wider columns than Excel).

    python scripts/readme_images.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"

import policy_extract  # noqa: E402
from policy_extract.ledger import to_xlsx  # noqa: E402
from policy_extract.show import render  # noqa: E402


def show_svg(sample: str, name: str, tasks_only: bool) -> None:
    import io

    from rich.console import Console

    doc = policy_extract.parse(ROOT / "samples" / sample)
    console = Console(record=True, width=80, file=io.StringIO(), force_terminal=True, highlight=False)
    render(doc, tasks_only, console)
    title = f"policy-extract show {'--tasks ' if tasks_only else ''}samples/{sample}"
    (OUT / name).write_text(console.export_svg(title=title), encoding="utf-8")


def ledger_png(sample: str, name: str) -> None:
    if not (shutil.which("soffice") and shutil.which("pdftoppm")):
        print("soffice/pdftoppm not found: the ledger picture is not remade", file=sys.stderr)
        return
    doc = policy_extract.parse(ROOT / "samples" / sample)
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "ledger.xlsx"
        book.write_bytes(to_xlsx([doc]))
        profile = Path(tmp) / "profile"  # a throw-away LibreOffice profile, not the user's
        subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(book)], check=True, capture_output=True, timeout=180)
        if not (Path(tmp) / "ledger.pdf").exists():
            print("soffice made no PDF (is LibreOffice Calc installed?): the ledger picture is not remade", file=sys.stderr)
            return
        subprocess.run(["pdftoppm", "-r", "90", "-f", "1", "-l", "1", "-png", "-singlefile", str(Path(tmp) / "ledger.pdf"), str(OUT / name.removesuffix(".png"))], check=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    show_svg("hanzhong-2024-function-transformation.txt", "show-tree.svg", False)
    show_svg("hanzhong-2024-function-transformation.txt", "show-tasks.svg", True)
    ledger_png("xian-2023-gov-services-standardization.txt", "ledger.png")
