"""Speed of newsextract against peers, timed page by page in turn (interleaved).

    python benchmarks/speedpair.py                               # scrapinghub, vs trafilatura
    python benchmarks/speedpair.py --set fundus-dev --tools newsextract,trafilatura,lxml --rounds 5

``run.py`` times each tool in its own pass over a set, one after the other. On a shared
machine whose speed drifts within minutes (another job starts, the clock changes), the tools
then run at different speeds and their ratio moves by a third between runs of the same code
(docs/benchmarks.md). Here every page is given to each tool in turn, the order of the tools
rotating from page to page, so a slow minute costs every tool alike. Times are CPU seconds
(``time.process_time``) of the calls only, after a warm-up pass; each round is one pass over
the pages. The report gives each peer's CPU time over newsextract's (above 1: newsextract is
faster) for every round, their median and the pooled ratio. Data: ``../shared/bench``
beside the repository (``--shared PATH``); absent, it says so and exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import sys
import time
from collections.abc import Sequence

from _data import add_set_options, set_pages
from run import WARMUP_PAGES, Call, build_tools


def interleaved_cpu(
    calls: dict[str, Call], sources: Sequence[tuple[str, str | None]], rounds: int
) -> list[dict[str, float]]:
    """CPU seconds per tool for each round, the tools taking each page in rotating order."""
    names = list(calls)
    per_round: list[dict[str, float]] = []
    for _ in range(rounds):
        spent = dict.fromkeys(names, 0.0)
        gc.collect()
        for i, (source, url) in enumerate(sources):
            shift = i % len(names)
            for name in names[shift:] + names[:shift]:
                start = time.process_time()
                with contextlib.suppress(Exception):  # run.py counts errors; here only time
                    calls[name](source, url, "auto")
                spent[name] += time.process_time() - start
        per_round.append(spent)
    return per_round


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_set_options(parser)
    parser.add_argument("--tools", default="newsextract,trafilatura")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    pages = set_pages(args)
    if pages is None:
        return 0
    tools = build_tools(args.tools.split(","))
    if len(tools) < 2:
        print(f"need two installed tools of {args.tools}")
        return 0
    calls = {tool.name: tool.call for tool in tools}
    sources = [(page.content, page.url) for page in pages]
    interleaved_cpu(calls, sources[:WARMUP_PAGES], 1)
    rounds = interleaved_cpu(calls, sources, args.rounds)
    first, *others = calls
    print(f"{args.set}: {len(pages)} pages, {args.rounds} rounds, CPU ms a page (interleaved)")
    for name in calls:
        per_page = [r[name] / len(pages) * 1000 for r in rounds]
        print(f"  {name:24} " + " ".join(f"{ms:7.2f}" for ms in per_page))
    for other in others:
        ratios = [r[other] / r[first] for r in rounds]
        pooled = sum(r[other] for r in rounds) / sum(r[first] for r in rounds)
        rounds_text = " ".join(f"{x:.2f}" for x in ratios)
        print(
            f"  {other} CPU / {first} CPU: {rounds_text}; "
            f"median {statistics.median(ratios):.2f}, pooled {pooled:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
