"""documents/s of a 1,000-notice batch, locally and through a two-worker local Dask cluster.

    python scripts/benchmark_cluster.py            # 1,000 copies of samples/*.txt, 3 rounds
    python scripts/benchmark_cluster.py 2000 5     # documents, rounds

The local batch uses the process pool (two workers); the Dask batch a LocalCluster of two
worker processes with one thread each, started before the clock runs (as a standing
cluster would be). Rounds alternate local and Dask, so a busy minute on a shared machine
hits both. Each Dask output folder is checked byte-identical to the local one. Needs the
`dask` extra.
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def main() -> None:
    from distributed import LocalCluster

    from policy_extract.batch import run_batch
    from policy_extract.dask_runner import connect

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    samples = sorted((ROOT / "samples").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for i in range(count):
            shutil.copy(samples[i % len(samples)], src / f"n{i:04d}.txt")
        start = time.perf_counter()
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", host="127.0.0.1") as cluster:
            print(f"cluster of 2 worker processes started in {time.perf_counter() - start:.1f} s")
            rates: dict[str, list[float]] = {"local pool, 2 workers": [], "Dask, 2 workers": []}
            for r in range(rounds):
                local = Path(tmp) / f"local{r}"
                start = time.perf_counter()
                rows, _ = run_batch(src, local, workers=2, tables="jsonl")
                rates["local pool, 2 workers"].append(count / (time.perf_counter() - start))
                assert all(row.status == "ok" for row in rows)
                remote = Path(tmp) / f"dask{r}"
                with connect(cluster.scheduler_address, str(src)) as runner:
                    start = time.perf_counter()
                    run_batch(src, remote, tables="jsonl", runner=runner)
                    rates["Dask, 2 workers"].append(count / (time.perf_counter() - start))
                assert files(remote) == files(local), "a Dask batch gives the bytes of a local batch"
                shutil.rmtree(local)
                shutil.rmtree(remote)
    print(f"\n{count} notices (copies of samples/*.txt), --format jsonl, {rounds} rounds\n")
    print("| run | documents/s, each round | median |")
    print("|---|---|---:|")
    for name, values in rates.items():
        print(f"| {name} | {', '.join(f'{v:.0f}' for v in values)} | {statistics.median(values):.0f} |")


if __name__ == "__main__":
    main()
