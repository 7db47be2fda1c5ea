"""Where regex matching goes: CPU time per compiled pattern of the package, and per call site.

    python benchmarks/patterns.py                       # scrapinghub, the 30 costliest
    python benchmarks/patterns.py --set fundus-dev --top 50 --sites 40

Regex matching in C is about a quarter of newsextract's instructions (docs/design.md, the
speed sections), spread over some three hundred patterns; callgrind shows `_sre`'s functions,
not which pattern runs them. Here every compiled pattern a module of the package holds at
module level (alone, or in a tuple of patterns) is replaced by a stand-in that times each
call of a matching method (`search`, `match`, `fullmatch`, `sub`, `subn`, `findall`,
`finditer`, `split`) with `time.process_time_ns` and records the calling function. A
`finditer` is read whole inside the timing (its matches are made there), and its caller gets
an iterator over them. The pages are extracted once to warm the memos, then again under the
timing. Patterns held elsewhere (compiled in a function, inside a dataclass) are not seen.

The report gives, per pattern and per (pattern, method, caller): the CPU ms, the calls, the
characters of the strings passed (whole, whatever position a call starts at), and the ms of
*repeats*, calls whose pattern, method and arguments already came on the same page (work a
stage could pass on instead of redoing). A timer call costs about as much as a short match;
its cost, measured before the run, is taken off each call, so a pattern called very often on
short texts is shown with its matching, not its timing. Outputs are the library's own: only
time is recorded.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from _data import add_set_options, set_pages

METHODS = ("search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split")


@dataclass
class Tally:
    """What one pattern (or one pattern at one call site) cost."""

    calls: int = 0
    ns: int = 0
    chars: int = 0
    repeat_ns: int = 0


class Recorder:
    """The tallies of one run, and the calls seen on the current page."""

    def __init__(self, overhead_ns: int) -> None:
        self.overhead_ns = overhead_ns
        self.by_site: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
        self.page_calls: set[tuple[Any, ...]] = set()
        self.on = False

    def record(self, key: tuple[str, str, str], args: tuple[Any, ...], ns: int) -> None:
        tally = self.by_site[key]
        spent = max(ns - self.overhead_ns, 0)
        tally.calls += 1
        tally.ns += spent
        tally.chars += sum(len(a) for a in args if isinstance(a, str))
        try:
            seen = (key, *args)
            if seen in self.page_calls:
                tally.repeat_ns += spent
            else:
                self.page_calls.add(seen)
        except TypeError:  # an unhashable argument (a function given to `sub`)
            pass


def _timed(
    recorder: Recorder, name: str, method: str, bound: Callable[..., Any]
) -> Callable[..., Any]:
    """`bound` (a pattern's method), timed when the recorder is on."""
    clock = time.process_time_ns

    def call(*args: Any, **kwargs: Any) -> Any:
        if not recorder.on:
            return bound(*args, **kwargs)
        caller = sys._getframe(1).f_code.co_name
        start = clock()
        result = bound(*args, **kwargs)
        if method == "finditer":
            result = iter(list(result))
        recorder.record((name, method, caller), args, clock() - start)
        return result

    return call


class TimedPattern:
    """Stands in for a compiled pattern: its matching methods timed, the rest passed on."""

    def __init__(self, pattern: re.Pattern[str], name: str, recorder: Recorder) -> None:
        self._pattern = pattern
        for method in METHODS:
            setattr(self, method, _timed(recorder, name, method, getattr(pattern, method)))

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._pattern, attribute)


def _package_modules() -> Iterator[ModuleType]:
    import newsextract

    for info in pkgutil.walk_packages(newsextract.__path__, "newsextract."):
        yield importlib.import_module(info.name)


def wrap_patterns(recorder: Recorder) -> int:
    """Replace the module-level patterns of every module of the package; how many."""
    wrapped = 0
    for module in list(_package_modules()):
        short = module.__name__.removeprefix("newsextract.")
        for attribute, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                setattr(module, attribute, TimedPattern(value, f"{short}.{attribute}", recorder))
                wrapped += 1
            elif (
                isinstance(value, tuple)
                and value
                and all(isinstance(item, re.Pattern) for item in value)
            ):
                setattr(
                    module,
                    attribute,
                    tuple(
                        TimedPattern(item, f"{short}.{attribute}[{i}]", recorder)
                        for i, item in enumerate(value)
                    ),
                )
                wrapped += 1
    return wrapped


def timer_overhead_ns(samples: int = 20_000) -> int:
    """The median cost of two consecutive `process_time_ns` reads."""
    clock = time.process_time_ns
    costs = []
    for _ in range(samples):
        start = clock()
        costs.append(clock() - start)
    costs.sort()
    return costs[len(costs) // 2]


def _by_pattern(by_site: dict[tuple[str, str, str], Tally]) -> dict[str, Tally]:
    totals: dict[str, Tally] = defaultdict(Tally)
    for (name, _, _), tally in by_site.items():
        total = totals[name]
        total.calls += tally.calls
        total.ns += tally.ns
        total.chars += tally.chars
        total.repeat_ns += tally.repeat_ns
    return totals


def _rows(tallies: dict[Any, Tally], top: int) -> list[tuple[Any, Tally]]:
    return sorted(tallies.items(), key=lambda item: -item[1].ns)[:top]


def _line(label: str, tally: Tally) -> str:
    return (
        f"  {tally.ns / 1e6:8.1f} {tally.calls:8d} {tally.chars:11d} "
        f"{tally.repeat_ns / 1e6:8.1f}  {label}"
    )


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_set_options(parser)
    parser.add_argument("--top", type=int, default=30, help="patterns listed")
    parser.add_argument("--sites", type=int, default=30, help="(pattern, method, caller) listed")
    args = parser.parse_args(argv)
    pages = set_pages(args)
    if pages is None:
        return 0
    recorder = Recorder(timer_overhead_ns())
    wrapped = wrap_patterns(recorder)
    import newsextract

    for page in pages:  # warm-up: memos filled, lazy imports done
        newsextract.extract(page.content, url=page.url)
    recorder.on = True
    start = time.process_time()
    for page in pages:
        recorder.page_calls.clear()
        newsextract.extract(page.content, url=page.url)
    spent = time.process_time() - start
    recorder.on = False
    totals = _by_pattern(recorder.by_site)
    matching = sum(t.ns for t in totals.values()) / 1e6
    print(
        f"{args.set}: {len(pages)} pages, {wrapped} patterns wrapped; CPU {spent * 1000:.0f} ms "
        f"under the timing, {matching:.0f} ms of it matching (timer overhead "
        f"{recorder.overhead_ns} ns a call taken off)"
    )
    header = f"  {'ms':>8} {'calls':>8} {'chars':>11} {'repeats':>8}  "
    print("\nper pattern\n" + header + "pattern")
    for name, tally in _rows(totals, args.top):
        print(_line(name, tally))
    print("\nper call site\n" + header + "pattern  method  caller")
    for (name, method, caller), tally in _rows(recorder.by_site, args.sites):
        print(_line(f"{name}  {method}  {caller}", tally))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
