"""Scale benchmark: extract_many's speed-up on 2 workers, and flat memory over long streams.

    python benchmarks/scale.py                     # both parts, 10,000-document streams
    python benchmarks/scale.py --stream 2000 --parts speed

Data: the scrapinghub pages of ``../shared/bench`` (``--shared PATH`` for the folder
holding ``bench/``); when they are absent the script says so and exits 0.

- **speed**: docs/s of ``extract_many`` with ``workers=1`` (in-process) and ``workers=2``
  (spawned worker processes) over the pages (as ``Path`` items, read and gunzipped by the
  workers), repeated ``--repeat`` times. Wall time of consuming every result, pool
  start-up included. Acceptance (issue 6): 2 workers >= 1.6x the docs/s of 1.
- **memory**: a stream of ``--stream`` documents (the pages repeated, from a generator) through
  ``extract_many(workers=2)`` in this process, then through the CLI
  (``newsextract DIR --format jsonl -o FILE --workers 2`` over a directory of symlinks).
  RSS (VmRSS from /proc, Linux only) of the parent alone and of the parent plus its workers,
  sampled every 50 documents (extract_many) or every 0.2 s (CLI): the value after 500
  documents and the peak after that. Acceptance: peak <= 1.5x the value after 500.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from _data import shared_dir
from newsextract.scale.batch import extract_many

#: Acceptance bounds of issue 6.
MIN_SPEEDUP = 1.6
MAX_RSS_GROWTH = 1.5
#: Memory is compared with its value after this many documents (issue 6).
BASELINE_DOCS = 500
SAMPLE_EVERY_DOCS = 50
SAMPLE_EVERY_SECONDS = 0.2


@dataclass(frozen=True, slots=True)
class Memory:
    """RSS in MiB after the baseline documents and the peak after them."""

    parent_baseline: float
    parent_peak: float
    total_baseline: float
    total_peak: float

    def lines(self, label: str) -> list[str]:
        def row(name: str, base: float, peak: float) -> str:
            ratio = peak / base
            verdict = "ok" if ratio <= MAX_RSS_GROWTH else "OVER"
            return (
                f"{label:<12} {name:<17} after {BASELINE_DOCS}: {base:7.1f} MiB   "
                f"peak: {peak:7.1f} MiB   x{ratio:.2f} ({verdict}, bound {MAX_RSS_GROWTH})"
            )

        return [
            row("parent", self.parent_baseline, self.parent_peak),
            row("parent+workers", self.total_baseline, self.total_peak),
        ]


def rss_mib(pid: int) -> float:
    """A process's resident set size in MiB (0 when it has exited)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def children(pid: int) -> list[int]:
    """Direct children of a process (from /proc/<pid>/task/*/children)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def tree_rss(pid: int) -> tuple[float, float]:
    """(RSS of the process, RSS of the process plus its children and grandchildren)."""
    own = rss_mib(pid)
    total = own
    for child in children(pid):
        total += rss_mib(child) + sum(rss_mib(g) for g in children(child))
    return own, total


def bench_pages(shared: Path) -> list[Path]:
    return sorted((shared / "bench" / "scrapinghub" / "html").glob("*.html.gz"))


def speed(pages: list[Path], repeat: int) -> dict[int, float]:
    """docs/s per worker count over the pages repeated `repeat` times.

    Two rates: over the whole call (pool start-up and each worker's first, import-heavy
    page included) and steady (from the first result to the last). CPU seconds of this
    process and of its (joined) workers are printed too: on a machine busy with other work
    the wall-clock rates say more about the neighbours than about the pool (Linux groups a
    session's processes for CPU fairness, so extra workers do not get extra CPU), while the
    CPU per document shows what the pool itself costs.
    """
    items = pages * repeat
    rates = {}
    steady = {}
    cpu = {}
    for workers in (1, 2):
        own, kids = time.process_time(), children_cpu()
        start = time.perf_counter()
        first = 0.0
        failed = 0
        for result in extract_many(items, workers=workers, progress=False):
            first = first or time.perf_counter()
            failed += not result.ok
        elapsed = time.perf_counter() - start
        parent_cpu, worker_cpu = time.process_time() - own, children_cpu() - kids
        cpu[workers] = parent_cpu + worker_cpu
        rates[workers] = len(items) / elapsed
        steady[workers] = (len(items) - 1) / (start + elapsed - first)
        print(
            f"workers={workers}: {len(items)} docs in {elapsed:6.1f} s = "
            f"{rates[workers]:6.1f} docs/s overall, {steady[workers]:6.1f} docs/s steady; "
            f"CPU {parent_cpu:.1f} s here + {worker_cpu:.1f} s in workers ({failed} failed)"
        )
    for name, measured in (("overall", rates), ("steady", steady)):
        ratio = measured[2] / measured[1]
        verdict = "ok" if ratio >= MIN_SPEEDUP else "UNDER"
        print(f"speed-up 2 vs 1 worker, {name}: x{ratio:.2f} ({verdict}, bound {MIN_SPEEDUP})")
    overhead = cpu[2] / cpu[1]
    print(
        f"CPU per document, 2 workers vs 1: x{overhead:.2f}; with two idle cores the "
        f"speed-up is at most x{2 / overhead:.2f}"
    )
    return rates


def children_cpu() -> float:
    """CPU seconds used so far by this process's finished (joined) child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stream_of(pages: list[Path], count: int) -> Iterator[Path]:
    return itertools.islice(itertools.cycle(pages), count)


def memory_in_process(pages: list[Path], count: int) -> Memory:
    """Track RSS while `count` documents stream through extract_many(workers=2)."""
    me = os.getpid()
    base = (0.0, 0.0)
    peak = [0.0, 0.0]
    start = time.perf_counter()
    results = extract_many(stream_of(pages, count), workers=2, progress=False)
    for done, _ in enumerate(results, start=1):
        if done % SAMPLE_EVERY_DOCS:
            continue
        sample = tree_rss(me)
        if done == BASELINE_DOCS:
            base = sample
        elif done > BASELINE_DOCS:
            peak = [max(peak[0], sample[0]), max(peak[1], sample[1])]
    print(f"extract_many: {count} docs in {time.perf_counter() - start:.1f} s")
    return Memory(base[0], peak[0], base[1], peak[1])


def memory_cli(pages: list[Path], count: int) -> Memory:
    """Track the CLI's RSS over a directory of `count` symlinked pages."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        pages_dir = root / "pages"
        pages_dir.mkdir()
        for n, page in enumerate(stream_of(pages, count)):
            (pages_dir / f"{n:06d}.html.gz").symlink_to(page)
        out = root / "out.jsonl"
        command = [sys.executable, "-m", "newsextract", str(pages_dir), "--format", "jsonl"]
        command += ["-o", str(out), "--workers", "2", "--no-progress"]
        start = time.perf_counter()
        process = subprocess.Popen(command)
        base = (0.0, 0.0)
        peak = [0.0, 0.0]
        while process.poll() is None:
            time.sleep(SAMPLE_EVERY_SECONDS)
            sample = tree_rss(process.pid)
            done = count_lines(out)
            if done < BASELINE_DOCS:
                base = sample
            else:
                peak = [max(peak[0], sample[0]), max(peak[1], sample[1])]
        written = count_lines(out)
        print(
            f"CLI: {written} of {count} docs written in {time.perf_counter() - start:.1f} s, "
            f"exit code {process.returncode}"
        )
    return Memory(base[0], peak[0], base[1], peak[1])


def count_lines(path: Path) -> int:
    try:
        with path.open("rb") as stream:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
    except OSError:
        return 0


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared", help="folder holding bench/ (default: ../shared beside the repo)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="speed: passes over the pages")
    parser.add_argument("--stream", type=int, default=10_000, help="memory: documents per stream")
    parser.add_argument("--parts", default="speed,memory", help="speed, memory or both")
    return parser.parse_args(argv)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    pages = bench_pages(shared_dir(args.shared))
    if not pages:
        print("benchmark pages not found (bench/scrapinghub/html); nothing to run")
        return 0
    parts = set(args.parts.split(","))
    load = os.getloadavg()[0]
    print(f"{len(pages)} scrapinghub pages, {os.cpu_count()} CPUs, load average {load:.1f}")
    if "speed" in parts:
        speed(pages, args.repeat)
    if "memory" in parts:
        if not Path("/proc/self/status").exists():
            print("memory: needs /proc (Linux); skipped")
            return 0
        for line in memory_in_process(pages, args.stream).lines("extract_many"):
            print(line)
        for line in memory_cli(pages, args.stream).lines("CLI"):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
