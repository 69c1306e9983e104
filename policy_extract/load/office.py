"""Word 97-2003 (.doc), WPS (.wps), OpenDocument (.odt) and RTF notices: converted to
.docx by LibreOffice in headless mode, then read by the DOCX loader.

Each conversion runs in a temporary folder of its own with a private LibreOffice
profile (so it neither meets nor changes the user's LibreOffice, and conversions can
run in parallel), under a time limit, and the folder is removed afterwards."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError
from .base import LoadedDocument, read_bytes, sha256_of

# seconds one conversion may take (LibreOffice starts in about 1-2 s; big files take longer)
TIMEOUT = float(os.environ.get("POLICY_EXTRACT_SOFFICE_TIMEOUT", "180"))
INSTALL_HINT = "install LibreOffice (Debian/Ubuntu: `apt-get install libreoffice-writer-nogui`; others: https://www.libreoffice.org) so that `soffice` is on the PATH"
LABELS = {"doc": "Word 97-2003 .doc", "wps": "WPS .wps", "odt": "OpenDocument .odt", "rtf": "RTF"}
# the import filter for each format: LibreOffice is told what the file is (a file it
# cannot read then fails, instead of being imported as plain text), and the name the
# temporary copy gets
_FILTER = {"doc": "MS Word 97", "wps": "MS Word 97", "odt": "writer8", "rtf": "Rich Text Format"}
_SUFFIX = {"doc": ".doc", "wps": ".doc", "odt": ".odt", "rtf": ".rtf"}
_WORD_STREAM = "WordDocument".encode("utf-16-le")  # the main stream of a Word 97-2003 / WPS file


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def load_office(path: Path, fmt: str) -> LoadedDocument:
    """fmt: doc | wps | odt | rtf (what the file is, by its bytes or else its extension)."""
    path = Path(path)
    data = read_bytes(path)
    label = LABELS.get(fmt, fmt)
    if fmt in ("doc", "wps") and _WORD_STREAM not in data:
        raise InputError(f"{path}: is an OLE2 file with no Word document in it (an Excel or PowerPoint file, or damaged); give the notice as .doc/.docx, or open it and save it as .docx")
    soffice = find_soffice()
    if soffice is None:
        raise InputError(f"{path}: reading a {label} file needs LibreOffice: {INSTALL_HINT}; or open it in Word/WPS and save it as .docx")
    from .docx import load_docx

    with tempfile.TemporaryDirectory(prefix="policy-extract-", ignore_cleanup_errors=True) as tmp:
        tmpdir = Path(tmp)
        src = tmpdir / ("in" + _SUFFIX[fmt])
        src.write_bytes(data)
        outdir = tmpdir / "out"
        cmd = [
            soffice,
            f"-env:UserInstallation={(tmpdir / 'profile').as_uri()}",
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            f"--infilter={_FILTER[fmt]}", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir), str(src),
        ]
        _run(path, cmd, tmpdir)
        result = outdir / "in.docx"
        if not result.is_file() or result.stat().st_size == 0:
            raise InputError(f"{path}: LibreOffice could not convert this {label} file (damaged, password-protected or not a {label} file); open it in Word/WPS and save it as .docx")
        try:
            loaded = load_docx(result)
        except InputError as exc:
            # the message names the temporary file: say it about the input instead
            reason = str(exc).split(": ", 1)[-1]
            raise InputError(f"{path}: after conversion by LibreOffice: {reason}") from None
    return LoadedDocument(path=str(path), format=fmt, sha256=sha256_of(data), lines=loaded.lines)


def _run(path: Path, cmd: list[str], tmpdir: Path) -> None:
    env = dict(os.environ, HOME=str(tmpdir))  # nothing written to the user's home
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                cwd=str(tmpdir), env=env, start_new_session=True)
    except OSError as exc:
        raise InputError(f"{path}: LibreOffice (soffice) could not be started ({exc.strerror}); {INSTALL_HINT}") from None
    try:
        proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise InputError(f"{path}: LibreOffice took more than {TIMEOUT:g} s to convert it and was stopped; open it in Word/WPS and save it as .docx") from None
    except BaseException:  # Ctrl-C: leave no LibreOffice behind
        _kill_group(proc)
        raise


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
