"""Writing results: the bytes of each output format, and files that are never half-written."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

_UMASK = os.umask(0)
os.umask(_UMASK)


def render_output(doc, fmt: str) -> bytes:
    """A task list as the bytes of one output format."""
    if fmt in ("xlsx", "csv"):
        from .ledger import to_csv, to_xlsx

        return to_xlsx([doc]) if fmt == "xlsx" else to_csv([doc])
    from .export import render

    return render(doc, fmt).encode("utf-8")


def write_atomically(path: Path, text: str | bytes) -> None:
    """Write through a temporary file and rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8") if isinstance(text, str) else text)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
