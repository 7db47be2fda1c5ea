"""Hostile inputs against the time and memory contract of docs/guarantees.md.

    python benchmarks/hostile.py              # every case of tests/hostile_inputs.py
    python benchmarks/hostile.py gzip trap    # the cases whose id holds one of the words

Each case is built and extracted in a fresh interpreter (after a warm-up extract, so that
imports are not counted): the time of `extract` and the growth of the peak resident size
(which counts libxml2's memory and the input itself), beside the contract's budget for the
input's size: 2 s + 0.6 s per MB, and 50 times the input size with 256 MB at least. The
builders live in `tests/hostile_inputs.py`, shared with `tests/test_hostile.py`, which
asserts the same bounds on the same cases (marked heavy).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.insert(0, str(TESTS))

from hostile_inputs import CONTRACT_CASES, contract_budget  # noqa: E402

_RUNNER = """
import json, resource, sys, time
sys.path.insert(0, {tests!r})
import hostile_inputs, newsextract
newsextract.extract(hostile_inputs.normal_page(20_000))
newsextract.extract(hostile_inputs.gzip_bomb("warm", 2_000_000))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
source = getattr(hostile_inputs, {builder!r})(*{args!r})
start = time.perf_counter()
article = newsextract.extract(source)
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"elapsed": elapsed, "memory": (peak - base) * 1024, "size": len(source),
    "kind": article.page_kind.value, "chars": len(article.text),
    "found": hostile_inputs.ARTICLE_SENTENCE in article.text}}))
"""


def measure(builder: str, args: tuple[object, ...], timeout: float = 120) -> dict[str, object]:
    """One case in a fresh interpreter: time, memory growth, size, page kind."""
    code = _RUNNER.format(tests=str(TESTS), builder=builder, args=args)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr else "failed"}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(words: list[str]) -> int:
    print(f"{'case':28} {'input':>10} {'time':>7} {'budget':>7} {'memory':>9} {'budget':>9}  kind")
    over = 0
    for name, builder, args in CONTRACT_CASES:
        if words and not any(word in name for word in words):
            continue
        result = measure(builder, args)
        if "error" in result:
            print(f"{name:28} ERROR {result['error']}")
            over += 1
            continue
        size = int(str(result["size"]))
        seconds, memory = contract_budget(size)
        elapsed, grown = float(str(result["elapsed"])), int(str(result["memory"]))
        flag = "" if elapsed <= seconds and grown <= memory else "  OVER"
        over += bool(flag)
        print(
            f"{name:28} {size / 1e6:9.2f}M {elapsed:6.2f}s {seconds:6.1f}s "
            f"{grown / 1e6:8.0f}M {memory / 1e6:8.0f}M  {result['kind']}{flag}"
        )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
