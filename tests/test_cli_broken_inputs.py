"""Broken inputs through the command line: one line on stderr, exit 2, no traceback."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BROKEN = {
    "pdf/broken-scanned.pdf": "OCR",
    "pdf/broken-encrypted.pdf": "password",
    "pdf/broken-truncated.pdf": "damaged",
    "docx/broken-renamed-text.docx": "not a Word",
    "docx/broken-truncated.docx": "damaged",
}


@pytest.mark.parametrize("name,reason", sorted(BROKEN.items()))
def test_parse_refuses_with_one_line(name, reason):
    result = run_cli("parse", str(FIXTURES / name))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert reason in result.stderr
