"""Writing results: the bytes of each output format, and files that are never half-written.

`write_output` is where `-o` lands: "-" is stdout; a pipe, a terminal or a character
device (/dev/null, /dev/stdout) is written to as it is, never replaced by a file; a
symlink is written through to its target; a regular file is replaced atomically
(temporary file and rename) keeping its permissions; and an input of the same run is
never written over.
"""
from __future__ import annotations

import os
import stat
import sys
from contextlib import contextmanager
from pathlib import Path

_UMASK = os.umask(0)
os.umask(_UMASK)


def render_output(doc, fmt: str) -> bytes:
    """A task list (a `models.Document`, or the same as plain data from
    `pipeline.parse_plain`) as the bytes of one output format."""
    if fmt in ("xlsx", "csv"):
        from .ledger import to_csv, to_xlsx

        if isinstance(doc, dict):
            from .models import Document

            doc = Document.model_validate(doc)
        return to_xlsx([doc]) if fmt == "xlsx" else to_csv([doc])
    from .export import render

    return render(doc, fmt).encode("utf-8")


@contextmanager
def atomic_file(path: Path, mode: int | None = None):
    """A binary file written through a temporary name (".NAME.ab12cd34.tmp", which an
    interrupted batch's next run removes) and renamed when complete, so a crash never leaves
    half a file. `mode`: the permissions to give it (default: the usual ones under the umask)."""
    import tempfile  # here, not at import: `parse` to stdout never needs it

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        os.chmod(tmp, (0o666 & ~_UMASK) if mode is None else mode)  # mkstemp makes 0600
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_atomically(path: Path, text: str | bytes, mode: int | None = None) -> None:
    """Write a whole file through atomic_file."""
    with atomic_file(path, mode) as fh:
        fh.write(text.encode("utf-8") if isinstance(text, str) else text)


# Our own standard streams by the names a shell user gives them.
_STREAM_NAMES = {"/dev/stdout": 1, "/dev/fd/1": 1, "/proc/self/fd/1": 1, "/dev/stderr": 2, "/dev/fd/2": 2, "/proc/self/fd/2": 2}


def _same_file(a: os.stat_result, path) -> bool:
    try:
        return os.path.samestat(a, os.stat(path))
    except (OSError, ValueError):
        return False


def write_output(path: str | Path, data: bytes, inputs: tuple = ()) -> None:
    """Write `data` to `path` (see the module's docstring). Raises OutputError with a
    one-line reason when the place must not or cannot be written."""
    from .errors import OutputError

    name = str(path)
    if name == "-" or _STREAM_NAMES.get(name) == 1:
        _write_all(sys.stdout.buffer, data)
        return
    if _STREAM_NAMES.get(name) == 2:
        _write_all(sys.stderr.buffer, data)
        return
    try:
        info = os.stat(path)  # follows symlinks: what would be written is the target
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"{name}: cannot be written ({exc.strerror}); check the path") from None
    if info is not None:
        for source in inputs:
            if source is not None and str(source) != "-" and _same_file(info, source):
                raise OutputError(f"{name}: is the input of this run ({source}); writing there would destroy the notice — give another output file")
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{name}: is a folder; give a file name, e.g. {os.path.join(name, 'tasks.json')}")
        if stat.S_ISBLK(info.st_mode):
            raise OutputError(f"{name}: is a block device (a disk); refusing to write a task list there")
        if not stat.S_ISREG(info.st_mode):
            _write_in_place(name, data)  # a pipe, terminal or device: written to, never replaced
            return
    target = Path(os.path.realpath(path))  # through symlinks (a dangling one: its target is made)
    try:
        write_atomically(target, data, stat.S_IMODE(info.st_mode) if info is not None else None)
    except OSError as exc:
        raise OutputError(f"{name}: cannot be written ({exc.strerror}); check the folder and free space") from None


def _write_all(stream, data: bytes) -> None:
    stream.write(data)
    stream.flush()


def _write_in_place(name: str, data: bytes) -> None:
    from .errors import OutputError

    try:
        fd = os.open(name, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise OutputError(f"{name}: cannot be opened for writing ({exc.strerror})") from None
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"{name}: cannot be written ({exc.strerror}); check the device or choose a file") from None
    finally:
        os.close(fd)
