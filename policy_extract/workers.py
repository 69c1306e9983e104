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
    """One worker and the jobs sent to it, the first of them running since `started`."""

    __slots__ = ("process", "conn", "jobs", "started")

    def __init__(self, process, conn):
        self.process, self.conn, self.jobs, self.started = process, conn, deque(), 0.0


def _context():
    import multiprocessing as mp
    import threading

    if not sys.platform.startswith("linux"):
        return mp.get_context("spawn")
    if threading.active_count() == 1:
        return mp.get_context("fork")  # warm and fast: workers start from this process
    # another thread runs here (the progress bar): forking a threaded process can deadlock
    # the child, so workers are forked from a clean server process instead
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["policy_extract.pipeline", "policy_extract.batch", "policy_extract.export", "pydantic_core"])
    return ctx


class WorkerPool:
    # Jobs sent ahead to each worker, so that it never waits for the parent between two
    # short documents; the time limit counts from when the one before it finished.
    DEPTH = 2

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

    @staticmethod
    def _stop(slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()

    def _drop(self, slot: _Slot, pending: deque) -> None:
        """Stop a worker; the jobs it had not started go back to the front of the queue;
        a new worker takes its place while jobs remain."""
        self._stop(slot)
        pending.extendleft(reversed(slot.jobs))
        slot.jobs.clear()
        if pending:
            self.slots[self.slots.index(slot)] = self._start()
        else:
            self.slots.remove(slot)

    def run(self, jobs, on_result) -> None:
        """Run every (key, args) job; on_result(key, result) as each finishes, in the
        order they finish."""
        from multiprocessing.connection import wait

        pending = deque(jobs)
        while len(self.slots) < min(self.count, len(pending)):
            self.slots.append(self._start())
        try:
            self._run(pending, on_result, wait)
        except KeyboardInterrupt:
            self._drain(on_result)  # results already sent are kept
            raise

    def _drain(self, on_result) -> None:
        for slot in self.slots:
            try:
                while slot.jobs and slot.conn.poll():
                    _, result, _ = slot.conn.recv()
                    on_result(slot.jobs.popleft()[0], result)
            except (EOFError, OSError):
                continue

    def _run(self, pending: deque, on_result, wait) -> None:
        hard_limit = self.limits.seconds + self.limits.grace_seconds if self.limits.seconds else None
        while True:
            for slot in list(self.slots):
                while pending and len(slot.jobs) < self.DEPTH:
                    job = pending.popleft()
                    try:
                        slot.conn.send(job)
                    except OSError:  # the worker is gone: a new one takes the jobs
                        pending.appendleft(job)
                        self._drop(slot, pending)
                        break
                    if not slot.jobs:
                        slot.started = time.monotonic()
                    slot.jobs.append(job)
            busy = [s for s in self.slots if s.jobs]
            if not busy:
                if pending:
                    continue
                return
            timeout = None
            if hard_limit:
                timeout = max(0.05, min(s.started + hard_limit for s in busy) - time.monotonic())
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)
            for slot in busy:
                if slot.conn in ready or (slot.process.sentinel in ready and slot.conn.poll()):
                    key = slot.jobs[0][0]
                    try:
                        _, result, leaving = slot.conn.recv()
                    except (EOFError, OSError):
                        result, leaving = self._death(slot), True
                    slot.jobs.popleft()
                    slot.started = time.monotonic()
                    on_result(key, result)
                    if leaving:
                        self._drop(slot, pending)
                elif slot.process.sentinel in ready:
                    key = slot.jobs.popleft()[0]
                    on_result(key, self._death(slot))
                    self._drop(slot, pending)
                elif hard_limit and time.monotonic() - slot.started > hard_limit:
                    key = slot.jobs.popleft()[0]
                    self._drop(slot, pending)
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

    def close(self) -> None:
        """Stop every worker: idle ones are asked to leave, busy ones are killed."""
        for slot in self.slots:
            if not slot.jobs and slot.process.is_alive():
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
        deadline = time.monotonic() + 2
        for slot in self.slots:
            if slot.jobs:
                slot.process.kill()
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(5)
            slot.conn.close()
        self.slots = []
