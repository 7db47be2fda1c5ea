"""Fit newsextract's numeric settings on the dev sets: a coordinate search over settings.

    python benchmarks/fit.py locate.sibling_min_chars=1,100,200,400
    python benchmarks/fit.py locate.reach_decay=0.8,0.9 shape.prose_min_chars=40,50 --sets dragnet
    python benchmarks/fit.py text.thread_min_stamps=2,3,4 --sets dragnet:html_text,scrapinghub-text
    python benchmarks/fit.py metadata.max_crumb_climb=0,1,2,3,5 --score title --sets fundus-dev

A set is an HTML set, ``scrapinghub-text``, or a text twin ``SET:STYLE`` read from the dump
cache of ``run.py`` (``--dumps``; make the twins with ``run.py`` first); each page is read
with the ``kind`` its manifest gives.

Each argument names one settings field (``STAGE.FIELD``, a field of a stage class of
``newsextract.settings.Settings``) and the values to try. The fields are searched one after
another (coordinate search): every value of the first is tried with the others at their current
best, the best kept, then the next field. "Best" is the mean F1 over the chosen sets on half A
only (calibrate); half B (check) is printed beside it, and a value is kept only when it does
not lower the mean of the B halves either. The default settings are always scored first.

Pages are loaded once and run in-process through ``newsextract.pipeline.run`` with
``settings=dataclasses.replace(...)``, scored with the shared scorer (``bench/score.py``), as
``run.py`` scores them. Data: ``../shared/bench`` (``--shared`` for another folder).

``--score title`` scores the title instead of the body: the share of pages whose gold has a
title where the title matches it (``fields.title_matches``, the fundus-dev title rule and the
text-mode headline rate), for a metadata setting.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import newsextract
from _data import DEFAULT_DUMPS, HTML_SETS, Page, half, load_module, load_pages, shared_dir
from fields import title_matches
from newsextract.options import Options
from newsextract.pipeline import run
from newsextract.settings import DEFAULT_SETTINGS, Settings


def _parse(spec: str) -> tuple[str, str, list[Any]]:
    name, _, values = spec.partition("=")
    stage, _, field = name.partition(".")
    current = getattr(getattr(DEFAULT_SETTINGS, stage), field)
    kind = type(current)
    return stage, field, [kind(v) for v in values.split(",")]


def _folder(bench: Path, dumps: Path, name: str) -> Path:
    """A set's folder: ``bench/SET``, or ``dumps/SET/STYLE`` for a text twin ``SET:STYLE``."""
    source, _, style = name.partition(":")
    return dumps / source / style if style else bench / name


def _with(settings: Settings, stage: str, field: str, value: Any) -> Settings:
    part = dataclasses.replace(getattr(settings, stage), **{field: value})
    return dataclasses.replace(settings, **{stage: part})


def _scores(
    scorer: Any, sets: dict[str, list[Page]], settings: Settings, score: str = "body"
) -> dict[str, tuple[float, float]]:
    """F1 of half A and half B per set (`score` "body"), or the title match rate ("title")."""
    options = Options()
    out: dict[str, tuple[float, float]] = {}
    for name, pages in sets.items():
        counts: tuple[list[Any], list[Any]] = ([], [])
        for page in pages:
            if score == "title" and not page.gold.get("title"):
                continue
            kind = "text" if page.kind == "text" else "html"
            article = run(page.content, url=page.url, kind=kind, options=options, settings=settings)
            counts[half(page.id)].append(
                title_matches(page.gold["title"], article.title)
                if score == "title"
                else scorer.shingle_counts(page.gold["body"], article.text)
            )
        if score == "title":
            a, b = (sum(c) / len(c) if c else 0.0 for c in counts)
        else:
            a, b = (scorer._aggregate(c)["f1"] if c else 0.0 for c in counts)
        out[name] = (a, b)
    return out


def _line(label: str, scores: dict[str, tuple[float, float]]) -> str:
    cells = " ".join(f"{a:.4f}/{b:.4f}" for a, b in scores.values())
    return f"{label:40s} {cells}  mean A {_mean(scores, 0):.4f} B {_mean(scores, 1):.4f}"


def _mean(scores: dict[str, tuple[float, float]], index: int) -> float:
    return sum(pair[index] for pair in scores.values()) / len(scores)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fields", nargs="+", help="STAGE.FIELD=v1,v2,...")
    parser.add_argument("--sets", default=",".join(HTML_SETS))
    parser.add_argument("--shared", default=None)
    parser.add_argument("--dumps", default=str(DEFAULT_DUMPS), help="text-twin cache")
    parser.add_argument("--score", choices=("body", "title"), default="body")
    args = parser.parse_args(argv)
    bench = shared_dir(args.shared) / "bench"
    if not bench.is_dir():
        print(f"no dev data at {bench}; nothing to fit")
        return 0
    scorer = load_module(bench / "score.py", "bench_score")
    sets = {
        name: load_pages(_folder(bench, Path(args.dumps), name), halves=(0, 1))
        for name in args.sets.split(",")
    }
    print(f"newsextract {newsextract.__version__}; sets (A/B): {' '.join(sets)}")
    best = DEFAULT_SETTINGS
    best_scores = _scores(scorer, sets, best, args.score)
    print(_line("defaults", best_scores))
    for spec in args.fields:
        stage, field, values = _parse(spec)
        for value in values:
            try:
                trial = _with(best, stage, field, value)
            except ValueError as refused:  # out of the field's declared range
                print(f"{stage}.{field}={value} refused: {refused}", flush=True)
                continue
            if trial == best:
                continue
            scores = _scores(scorer, sets, trial, args.score)
            print(_line(f"{stage}.{field}={value}", scores), flush=True)
            if _mean(scores, 0) > _mean(best_scores, 0) and _mean(scores, 1) >= _mean(
                best_scores, 1
            ):
                best, best_scores = trial, scores
        print(f"kept {stage}.{field}={getattr(getattr(best, stage), field)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
