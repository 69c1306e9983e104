"""A batch's documents converted on a Dask cluster (`policy-extract batch DIR -o OUT --dask ADDRESS`).

The workers run the same `batch.convert_one` as the local pool and write each task list
themselves, so they must see DIR and OUT at the same paths as this machine (a shared file
system) and run the same version of policy-extract. Everything else stays here: finding
the inputs, --resume by sha256, the journal, index.json, the combined ledger and the
corpus tables, so the results are the same bytes as a local batch's.

dask.distributed is imported only when --dask is given (the `dask` extra).
"""
from __future__ import annotations

import os

from .errors import InputError

CONNECT_TIMEOUT = 10  # seconds to reach the scheduler and to wait for a first worker


def _worker_state(folder: str) -> tuple[str, bool]:
    """Runs on each worker: its policy-extract version, and whether it sees the input folder."""
    from . import __version__

    return __version__, os.path.isdir(folder)


class DaskRunner:
    """A connection to a Dask scheduler that converts a batch's documents on its workers."""

    def __init__(self, client, window: int):
        self.client = client
        self.window = window  # documents in flight at once, so the scheduler holds few tasks

    def run(self, jobs: list[tuple], finish, **options) -> None:
        """For each (key, args) job, convert_one(*args) on a worker; finish(key, result) as
        each ends, in the order they end."""
        from distributed import as_completed

        from .batch import convert_one

        cwd = os.getcwd()  # relative paths are read from here on every worker
        pending = iter(jobs)
        running: dict = {}
        done = as_completed(loop=self.client.loop)

        def submit_next() -> None:
            for key, args in pending:
                future = self.client.submit(convert_one, *args, cwd=cwd, pure=False, **options)
                running[future.key] = (key, future)
                done.add(future)
                return

        for _ in range(self.window):
            submit_next()
        try:
            for future in done:
                key, _ = running.pop(future.key)
                try:
                    result = future.result()
                except Exception as exc:  # a worker that died or a task the cluster gave up on
                    result = {"status": "failed", "error": f"worker failed: {type(exc).__name__}"}
                future.release()
                finish(key, result)
                submit_next()
        except KeyboardInterrupt:
            self.client.cancel([f for _, f in running.values()])
            raise

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "DaskRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def connect(address: str, folder: str) -> DaskRunner:
    """Connect to the scheduler at address and check its workers before anything is
    converted: at least one is there, each runs this version and sees `folder`.
    Raises InputError with what to do otherwise."""
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--dask needs dask.distributed; install it with `pip install 'policy-extract[dask]'` (or `pip install 'dask[distributed]'`)") from None
    from distributed.comm.addressing import parse_address, parse_host_port

    from . import __version__

    try:
        parse_host_port(parse_address(address)[1])
    except ValueError as exc:
        raise InputError(f"{address}: not a scheduler address ({exc}); give it as `dask scheduler` prints it, e.g. tcp://HOST:8786") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"{address}: no Dask scheduler answers ({exc}); start one with `dask scheduler` and give its address (tcp://HOST:8786)") from None
    try:
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (TimeoutError, OSError):
            raise InputError(f"{address}: the scheduler has no workers; start some with `dask worker {address}`") from None
        absolute = os.path.abspath(folder)
        try:
            states = client.run(_worker_state, absolute)
        except Exception as exc:
            raise InputError(f"{address}: the workers cannot run policy-extract ({type(exc).__name__}: {exc}); install policy-extract {__version__} in every worker's environment") from None
        for worker, (version, sees) in sorted(states.items()):
            if version != __version__:
                raise InputError(f"worker {worker} runs policy-extract {version}, this machine {__version__}; install the same version on every worker")
            if not sees:
                raise InputError(f"worker {worker} does not see {absolute}; the workers need DIR and OUT at the same paths (a shared file system)")
        threads = sum(client.nthreads().values())
    except BaseException:
        client.close()
        raise
    return DaskRunner(client, window=max(16, 4 * threads))
