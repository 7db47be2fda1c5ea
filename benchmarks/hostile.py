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

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.insert(0, str(TESTS))

from hostile_inputs import (  # noqa: E402
    CONTRACT_CASES,
    contract_budget,
    measure_contract_case,
)


def main(words: list[str]) -> int:
    print(f"{'case':28} {'input':>10} {'time':>7} {'budget':>7} {'memory':>9} {'budget':>9}  kind")
    over = 0
    for name, builder, args in CONTRACT_CASES:
        if words and not any(word in name for word in words):
            continue
        try:
            result = measure_contract_case(builder, args)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            print(f"{name:28} ERROR {str(error).strip().splitlines()[-1]}")
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
