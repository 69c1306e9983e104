"""Worker processes for `batch`: each document runs under a time limit and a memory
ceiling; a worker that overruns is stopped and replaced, and the batch goes on.

    pool = WorkerPool(convert_one, workers=2, limits=Limits(seconds=120, memory_mb=2048))
    try:
        pool.run(jobs, on_result)       # jobs: (key, args); on_result(key, result dict)
    finally:
        pool.close()                    # on an interrupt too: no worker outlives the batch

Workers ignore SIGINT (Ctrl-C reaches the whole process group; the batch stops them
itself) and die with their parent (PR_SET_PDEATHSIG on Linux; elsewhere they exit at the
next job when the pipe to the parent closes). Inside a worker the time limit is a
SIGALRM that stops the document cleanly; the parent kills a worker that is still busy a
few seconds later (stuck in C code), so no document runs much past the limit.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    seconds: float | None = 120.0  # per document; None: no limit
    memory_mb: int | None = 2048  # address space of a worker; None: no limit
    grace_seconds: float = 5.0  # after the in-worker alarm, before the parent kills the worker


class _Overrun(BaseException):
    """The time limit inside a worker (a BaseException, so that code catching
    Exception does not swallow it)."""


def _on_alarm(signum, frame):
    raise _Overrun()


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _set_memory_limit(memory_mb: int | None) -> None:
    if not memory_mb:
        return
    try:
        import resource
    except ImportError:  # not on this system
        return
    limit = memory_mb * 1024 * 1024
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def time_limit_message(seconds: float) -> str:
    return f"took longer than {seconds:g} s (the --timeout limit); stopped — check the file, or raise --timeout"


def memory_limit_message(memory_mb: int | None) -> str:
    return f"needed more than {memory_mb} MB of memory (the --max-memory limit); stopped — check the file, or raise --max-memory"


def _worker_main(conn, fn, limits: Limits) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    _set_memory_limit(limits.memory_mb)
    alarm = hasattr(signal, "setitimer") and limits.seconds
    if alarm:
        signal.signal(signal.SIGALRM, _on_alarm)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        key, args = job
        recycle = False
        try:
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, limits.seconds)
            try:
                result = fn(*args)
            finally:
                if alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
        except _Overrun:
            result, recycle = {"status": "failed", "error": time_limit_message(limits.seconds)}, True
        except MemoryError:
            result, recycle = {"status": "failed", "error": memory_limit_message(limits.memory_mb)}, True
        except Exception as exc:  # a bug must not stop the batch
            result = {"status": "failed", "error": f"internal error: {type(exc).__name__}: {exc}"[:500]}
        try:
            conn.send((key, result, recycle))
        except (OSError, EOFError):
            return
        if recycle:  # memory may be fragmented or state half-changed: a fresh worker takes over
            return


class _Slot:
    __slots__ = ("process", "conn", "key", "started")

    def __init__(self, process, conn):
        self.process, self.conn, self.key, self.started = process, conn, None, 0.0


def _context():
    import multiprocessing as mp

    if sys.platform.startswith("linux"):
        # forkserver: workers are forked from a clean server process, never from this one
        # (which may run a progress-bar thread: forking a threaded process can deadlock)
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["policy_extract.pipeline", "policy_extract.batch"])
        return ctx
    return mp.get_context("spawn")


class WorkerPool:
    def __init__(self, fn, workers: int, limits: Limits | None = None):
        self.fn, self.count, self.limits = fn, max(1, workers), limits or Limits()
        self.ctx = _context()
        self.slots: list[_Slot] = []

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=_worker_main, args=(child, self.fn, self.limits), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def _replace(self, slot: _Slot) -> None:
        self._stop(slot)
        self.slots[self.slots.index(slot)] = self._start()

    def _retire(self, slot: _Slot) -> None:
        self._stop(slot)
        self.slots.remove(slot)

    @staticmethod
    def _stop(slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()

    def run(self, jobs, on_result) -> None:
        """Run every (key, args) job; on_result(key, result) as each finishes, in the
        order they finish."""
        from multiprocessing.connection import wait

        pending = deque(jobs)
        if not pending:
            return
        while len(self.slots) < min(self.count, len(pending)):
            self.slots.append(self._start())
        hard_limit = self.limits.seconds + self.limits.grace_seconds if self.limits.seconds else None
        while True:
            for slot in self.slots:
                if slot.key is None and pending:
                    key, args = pending.popleft()
                    try:
                        slot.conn.send((key, args))
                    except OSError:  # the worker is gone: a new one takes the job
                        pending.appendleft((key, args))
                        self._replace(slot)
                        continue
                    slot.key, slot.started = key, time.monotonic()
            busy = [s for s in self.slots if s.key is not None]
            if not busy:
                if pending:
                    continue  # a worker was replaced before it took its job
                return
            timeout = None
            if hard_limit:
                timeout = max(0.05, min(s.started + hard_limit for s in busy) - time.monotonic())
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)
            for slot in busy:
                key = slot.key
                if slot.conn in ready or (slot.process.sentinel in ready and slot.conn.poll()):
                    try:
                        _, result, leaving = slot.conn.recv()
                    except (EOFError, OSError):
                        result, leaving = self._death(slot), True
                    slot.key = None
                    on_result(key, result)
                    if leaving:
                        self._replace(slot) if pending else self._retire(slot)
                elif slot.process.sentinel in ready:
                    slot.key = None
                    on_result(key, self._death(slot))
                    self._replace(slot) if pending else self._retire(slot)
                elif hard_limit and time.monotonic() - slot.started > hard_limit:
                    slot.key = None
                    self._replace(slot) if pending else self._retire(slot)
                    on_result(key, {"status": "failed", "error": time_limit_message(self.limits.seconds)})

    def _death(self, slot: _Slot) -> dict:
        slot.process.join(1)
        code = slot.process.exitcode
        if code is not None and code < 0:
            try:
                how = f"killed by {signal.Signals(-code).name}"
            except ValueError:
                how = f"killed by signal {-code}"
        else:
            how = f"exit code {code}"
        hint = f" (memory ceiling {self.limits.memory_mb} MB?)" if self.limits.memory_mb else ""
        return {"status": "failed", "error": f"worker stopped ({how}){hint} while reading this document"}

    def close(self, wait_for_idle: bool = True) -> None:
        """Stop every worker: idle ones are asked to leave, busy ones are killed."""
        for slot in self.slots:
            if wait_for_idle and slot.key is None and slot.process.is_alive():
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
        deadline = time.monotonic() + 2
        for slot in self.slots:
            if slot.key is not None or not wait_for_idle:
                slot.process.kill()
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(5)
            slot.conn.close()
        self.slots = []
