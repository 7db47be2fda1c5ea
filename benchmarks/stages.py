"""Where a page's CPU goes: the CPU of each stage of the HTML path, summed over a set.

    python benchmarks/stages.py                          # scrapinghub, best of 3 passes
    python benchmarks/stages.py --set fundus-dev --passes 5

Each stage's entry function is replaced, under the name its caller looks it up by, with a
stand-in adding the `time.process_time` its call takes to the stage's total (`timed_stages`);
the originals are put back afterwards. The pages are extracted once to warm the memos and
lazy imports, then `--passes` times; the pass with the least CPU is reported. A stage nested
in another (decoding inside `prepare`, the quotes inside `assemble`) is indented under it and
counted in both; what a parent spends outside its listed children is not listed. `extract`
is the whole call, trees freed and the API's own work included. cProfile's cumulative times
over-weigh code making many small calls (each call pays the profiler); here a stage pays one
timer call per call of its entry (about 1 us). Outputs are the library's own: only time is
recorded.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from _data import add_set_options, set_pages


@dataclass(frozen=True)
class Stage:
    """A stage: its label, the module its caller reads the entry from, the entry's name and
    its depth in the table (0: a stage of `pipeline`)."""

    label: str
    module: str
    name: str
    depth: int = 0


#: Each stage: its label (two more spaces of indent for each level of nesting) and where
#: its caller reads its entry function ("module:name").
_TABLE = """
prepare                     newsextract.pipeline:prepare
  decode                    newsextract.input.page:decode
  sniff kind                newsextract.input.page:sniff_kind
  pre-pass                  newsextract.input.safeparse:scan_markup
  parse (libxml2)           newsextract.input.safeparse:_parse
  JSON-LD scripts           newsextract.input.page:json_ld_scripts
metadata                    newsextract.pipeline:html_metadata
  sources                   newsextract.metadata:collect_sources
  title vote                newsextract.metadata:vote_title
  authors                   newsextract.metadata:page_authors
  language sample           newsextract.metadata:sample_text
  language guess            newsextract.metadata:guessed_language
  dates                     newsextract.metadata:page_dates
walk                        newsextract.pipeline:html_walk
locate                      newsextract.pipeline:locate
embedded body               newsextract.pipeline:_embedded_body
readability fallback        newsextract.pipeline:readability_located
label                       newsextract.pipeline:label_html
parts                       newsextract.pipeline:page_parts
assemble                    newsextract.pipeline:assemble
  error page                newsextract.assemble:_is_error_page
  authors                   newsextract.assemble:decide_authors
  blocks, captions          newsextract.assemble:_blocks_and_captions
  story kind                newsextract.assemble:read_story
  quotes                    newsextract.assemble:find_quotes
"""


def _stages(table: str) -> tuple[Stage, ...]:
    """The stages of a table written as `_TABLE` is."""
    stages = []
    for line in table.strip("\n").splitlines():
        label, _, where = line.rstrip().rpartition(" ")
        module, _, name = where.partition(":")
        depth = (len(line) - len(line.lstrip())) // 2
        stages.append(Stage(label.strip(), module, name, depth))
    return tuple(stages)


STAGES = _stages(_TABLE)


def _timed(function: Callable[..., Any], spent: dict[Stage, float], stage: Stage) -> Any:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] += time.process_time() - start

    return timed


@contextmanager
def timed_stages(stages: Sequence[Stage] = STAGES) -> Iterator[dict[Stage, float]]:
    """Inside the block, the CPU seconds each stage's calls take add up in the dict yielded;
    every entry is put back on leaving it."""
    spent = dict.fromkeys(stages, 0.0)
    originals = []
    for stage in stages:
        module = importlib.import_module(stage.module)
        original = getattr(module, stage.name)
        originals.append((module, stage.name, original))
        setattr(module, stage.name, _timed(original, spent, stage))
    try:
        yield spent
    finally:
        for module, name, original in reversed(originals):
            setattr(module, name, original)


def stage_table(
    sources: Sequence[tuple[str, str | None]], passes: int, stages: Sequence[Stage] = STAGES
) -> tuple[float, dict[Stage, float]]:
    """The CPU seconds of the cheapest of `passes` passes over `sources` (after a warm-up
    pass) and each stage's share of it."""
    import newsextract

    best: tuple[float, dict[Stage, float]] | None = None
    with timed_stages(stages) as spent:
        for source, url in sources:
            newsextract.extract(source, url=url)
        for _ in range(passes):
            spent.update(dict.fromkeys(spent, 0.0))
            start = time.process_time()
            for source, url in sources:
                newsextract.extract(source, url=url)
            total = time.process_time() - start
            if best is None or total < best[0]:
                best = (total, dict(spent))
    assert best is not None, "at least one pass"
    return best


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_set_options(parser)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)
    pages = set_pages(args)
    if pages is None:
        return 0
    total, spent = stage_table([(p.content, p.url) for p in pages], max(args.passes, 1))
    print(f"{args.set}: {len(pages)} pages, best of {args.passes} passes (CPU)")
    print(f"  {'extract':<28} {total * 1000:8.0f} ms  100.0%")
    for stage, seconds in spent.items():
        label = "  " * stage.depth + stage.label
        print(f"  {label:<28} {seconds * 1000:8.0f} ms  {100 * seconds / total:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
