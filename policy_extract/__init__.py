"""policy-extract: Chinese government policy notices -> normalized task lists.

    >>> import policy_extract
    >>> doc = policy_extract.parse("samples/hanzhong-2024-function-transformation.txt")
    >>> len(doc.tasks), doc.tasks[0].lead_units[0].name
    (16, '市行政审批服务局')
"""
from __future__ import annotations

__version__ = "0.1.0"


def parse(source, *, task_section=None, task_level=None, simplified=False, ocr="auto"):
    """Parse a notice (path or text) into a `policy_extract.models.Document`.

    task_section / task_level override which items are tasks; simplified=True prints a
    notice in traditional characters in simplified ones; ocr ("auto", "always", "never")
    says when scanned pages are read by OCR (the [ocr] extra)."""
    from .pipeline import parse as _parse

    return _parse(source, task_section=task_section, task_level=task_level, simplified=simplified, ocr=ocr)


__all__ = ["parse", "__version__"]
