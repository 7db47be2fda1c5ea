"""Text mode's prose test in the languages whose stop words it does not read: what a
threshold on their stop-word share would do, fitted on half A, checked on half B.

Text mode tells a prose line from a chrome line partly by its share of the page language's
stop words (`lines.line_shape`, `TextSettings.prose_min_stop_share`), but only for the
languages that threshold was fitted on (`data.stopwords.LINE_SHAPE_LANGUAGES`); the other
listed languages (ru, tr, id, cs...) go by length and punctuation alone. For the text twins
whose language (guessed on the normalized dump, as text mode's labelling guesses it) is one
of those others, this prints (1) the stop-word share of the dump's lines that are gold
paragraphs against the other lines of 8 words or more, per language, and (2) body F1 of
half A / half B per style and per language when text mode reads their lists with each
threshold tried (``--shares``: "none" = as shipped, the list unread; "N" = the threshold
N; "sN" = N judging only the lines that do not end a sentence, a sentence-ending line
worded like prose whatever its share). The lists are read by replacing `stop_words_of` in
the two text stages that ask it (and `classify_shape` for "sN"), the threshold by
`dataclasses.replace`, for these pages only: what a threshold for these languages would
do. Run from a worktree root with ``PYTHONPATH=src``::

    python benchmarks/proselang.py --sets fundus-dev,scrapinghub --shares none,0.02,0.05,0.1
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from _data import DEFAULT_DUMPS, DUMP_STYLES, Page, bench_dir, half, load_module, load_pages
from newsextract.data.stopwords import LINE_SHAPE_LANGUAGES, STOP_WORDS
from newsextract.options import Options
from newsextract.pipeline import run
from newsextract.settings import DEFAULT_SETTINGS, Settings, ShapeSettings, TextSettings
from newsextract.signals.language import guess_language
from newsextract.text import label, lines, normalize

_SPACES = re.compile(r"\s+")
_MIN_WORDS = 8  # lines this long or longer enter the share table


@contextmanager
def every_list_read(*, sentences_wordy: bool) -> Iterator[None]:
    """Text mode reading the stop words of every listed language while inside; with
    `sentences_wordy`, a line ending a sentence reads as worded like prose whatever its
    share (the share judges only the lines that do not: menus, link lists)."""

    def every_list(language: str | None) -> frozenset[str] | None:
        return STOP_WORDS.get(language) if language else None

    shipped = lines.classify_shape

    def sentences_kept(
        shape: lines.LineShape, settings: TextSettings, prose: ShapeSettings
    ) -> lines.LineClass:
        return shipped(
            dataclasses.replace(shape, stop_share=None) if shape.sentence else shape,
            settings,
            prose,
        )

    saved: list[tuple[Any, str, Callable[..., Any]]] = [
        (label, "stop_words_of", getattr(label, "stop_words_of")),  # noqa: B009
        (normalize, "stop_words_of", getattr(normalize, "stop_words_of")),  # noqa: B009
        (lines, "classify_shape", shipped),
    ]
    setattr(label, "stop_words_of", every_list)  # noqa: B010 (not exported: set by name)
    setattr(normalize, "stop_words_of", every_list)  # noqa: B010
    if sentences_wordy:
        lines.classify_shape = sentences_kept
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)


def unfitted_language(page: Page) -> str | None:
    """The page's language as text mode's labelling guesses it (on the normalized dump's
    pieces), when it has a list text mode does not read."""
    dump = normalize.normalize(page.content, DEFAULT_SETTINGS, Options().max_blocks)
    language = guess_language("\n".join(piece.text for piece in dump.pieces))
    if language in STOP_WORDS and language not in LINE_SHAPE_LANGUAGES:
        return language
    return None


def share_table(pages: dict[str, list[tuple[str, Page]]]) -> None:
    """Per language, the stop-word shares of gold-paragraph lines and of the other long lines."""
    print(
        f"{'lang':5} {'pages':>5} {'gold lines':>10} {'median':>6} {'<.05':>5} {'<.10':>5}"
        f" {'<.15':>5} | {'other':>5} {'median':>6} {'<.05':>5} {'<.10':>5} {'<.15':>5}"
    )
    for language, items in sorted(pages.items()):
        gold_shares: list[float] = []
        other_shares: list[float] = []
        for _, page in items:
            gold = {_SPACES.sub(" ", p).strip() for p in page.gold["body"].split("\n")}
            for raw in page.content.splitlines():
                text = _SPACES.sub(" ", raw).strip()
                shape = lines.line_shape(text, STOP_WORDS[language])
                if shape.words < _MIN_WORDS or shape.stop_share is None:
                    continue
                (gold_shares if text in gold else other_shares).append(shape.stop_share)
        print(
            f"{language:5} {len(items):5} "
            + " | ".join(
                f"{len(s):10} {statistics.median(s) if s else 0:6.3f} "
                + " ".join(f"{sum(x < t for x in s):5}" for t in (0.05, 0.10, 0.15))
                for s in (gold_shares, other_shares)
            )
        )


def scores(
    scorer: Any, pages: dict[str, list[tuple[str, Page]]], value: str
) -> dict[tuple[str, str, int], list[tuple[float, float, float]]]:
    """Shingle counts per (language, style, half) with the lists read at the share `value`
    ("none": as shipped; "s0.1": 0.1, sentence-ending lines exempt)."""
    out: dict[tuple[str, str, int], list[tuple[float, float, float]]] = defaultdict(list)
    settings: Settings = DEFAULT_SETTINGS
    if value != "none":
        share = float(value.removeprefix("s"))
        text = dataclasses.replace(DEFAULT_SETTINGS.text, prose_min_stop_share=share)
        settings = dataclasses.replace(DEFAULT_SETTINGS, text=text)
    options = Options()
    reading = (
        every_list_read(sentences_wordy=value.startswith("s")) if value != "none" else _nothing()
    )
    with reading:
        for language, items in pages.items():
            for style, page in items:
                article = run(
                    page.content, url=page.url, kind="text", options=options, settings=settings
                )
                counts = scorer.shingle_counts(page.gold["body"], article.text)
                out[(language, style, half(page.id))].append(counts)
    return out


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=None)
    parser.add_argument("--dumps", type=Path, default=DEFAULT_DUMPS)
    parser.add_argument("--sets", default="fundus-dev,scrapinghub,dragnet")
    parser.add_argument("--styles", default=",".join(DUMP_STYLES))
    parser.add_argument("--shares", default="none,0,0.03,0.05,0.08,0.1,0.15,s0.05,s0.1,s0.15")
    args = parser.parse_args()
    bench = bench_dir(args.shared)
    if bench is None:
        return
    scorer = load_module(bench / "score.py", "bench_score")
    pages: dict[str, list[tuple[str, Page]]] = defaultdict(list)
    for name in args.sets.split(","):
        for style in args.styles.split(","):
            for page in load_pages(args.dumps / name / style):
                language = unfitted_language(page)
                if language:
                    pages[language].append((f"{name}:{style}", page))
    for language, items in sorted(pages.items()):
        ids = sorted({(page.id, half(page.id)) for _, page in items})
        print(f"{language}: " + ", ".join(f"{i} ({'AB'[h]})" for i, h in ids))
    share_table(pages)
    styles = sorted({style for items in pages.values() for style, _ in items})
    languages = sorted(pages)
    print(f"\n{'share':6} " + " ".join(f"{key:>13}" for key in [*styles, *languages, "all"]))
    for value in args.shares.split(","):
        counts = scores(scorer, pages, value)
        cells = [_cell(scorer, counts, 1, want) for want in styles]
        cells += [_cell(scorer, counts, 0, want) for want in languages]
        cells.append(_cell(scorer, counts, 2, None))
        print(f"{value:6} " + " ".join(f"{cell:>13}" for cell in cells), flush=True)


def _cell(
    scorer: Any,
    counts: dict[tuple[str, str, int], list[tuple[float, float, float]]],
    part: int,
    want: str | None,
) -> str:
    """F1 of half A / half B over the pages whose key holds `want` at `part` (0 language,
    1 style; `want` None: every page)."""
    halves = []
    for side in (0, 1):
        pooled = [
            c
            for key, cs in counts.items()
            if (want is None or key[part] == want) and key[2] == side
            for c in cs
        ]
        halves.append(f"{scorer._aggregate(pooled)['f1']:.3f}" if pooled else "  -  ")
    return "/".join(halves)


if __name__ == "__main__":
    main()
