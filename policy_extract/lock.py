"""One batch at a time per output folder (a lock), and stop signals handled as Ctrl-C is."""
from __future__ import annotations

import os
from pathlib import Path

LOCK_NAME = ".policy-extract.lock"


class BatchBusy(Exception):
    """Another batch is writing into the output folder."""


class OutputLock:
    """One batch at a time per output folder: an exclusive lock on OUTDIR/.policy-extract.lock,
    held for the run (released by the system if the process dies) and removed at the end,
    so the folder is left as it was. The file is removed while still locked, and a batch
    that locked a file removed meanwhile tries again with the new one."""

    def __init__(self, outdir: Path):
        self.path = outdir / LOCK_NAME
        self.fh = None

    def __enter__(self):
        try:
            import fcntl
        except ImportError:  # no advisory locks here
            return self
        while True:
            fh = open(self.path, "a+", encoding="utf-8")
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                fh.seek(0)
                holder = fh.read().strip() or "?"
                fh.close()
                raise BatchBusy(f"another batch (process {holder}) is writing into {self.path.parent}; wait for it to finish or give another output folder") from None
            try:
                if os.path.samestat(os.fstat(fh.fileno()), os.stat(self.path)):
                    break
            except FileNotFoundError:
                pass
            fh.close()  # the holder before removed it as we opened it: lock the new one
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self.fh = fh
        return self

    def __exit__(self, *exc):
        if self.fh is not None:
            try:
                os.unlink(self.path)
            except OSError:
                pass
            self.fh.close()


class Interrupted(KeyboardInterrupt):
    """SIGTERM (or another stop signal) during a batch, handled as Ctrl-C is."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def stop_on_signals(signums=None):
    """Make SIGTERM (and SIGHUP) stop a batch as SIGINT does: raise Interrupted in the
    main thread, so the index is written and the workers are stopped."""
    import signal

    def handler(signum, frame):
        raise Interrupted(signum)

    for name in signums or ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None:
            signal.signal(signum, handler)
