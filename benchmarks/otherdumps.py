"""Text mode on dump styles the dev twins do not cover: a check on other tools' output.

    python benchmarks/otherdumps.py --sets fundus-dev,scrapinghub
    python benchmarks/otherdumps.py --sets fundus-dev --styles text_content --halves A
    python benchmarks/otherdumps.py --sets fundus-dev --halves A --per-page pages.tsv

``bench/dumpstyles.py`` writes the five styles ``run.py`` scores; users hand newsextract
what other tools write too. This makes, in memory and with lxml only, the whole page (menus,
footer and all) in two more styles, and scores text mode's body on them as ``run.py`` does
(the shared scorer), with the headline rate where the set has gold titles:

- ``text_content``: ``lxml``'s ``text_content()`` of ``<body>`` (BeautifulSoup's ``get_text()``
  with no separator writes the same), scripts and styles left out, blank lines dropped: the
  source's own line breaks, and nothing between elements the source writes side by side
  ("...hemfridsbrott.Viktor HedlundLyssna på artikel").
- ``one_line``: every text node of ``<body>`` joined by one space on a single line (a page
  flattened into one field of a CSV or a JSON record).

Prints per style: P, R, F1 (whole, half A, half B), headline rate, docs/s; ``--per-page FILE``
writes each page's F1, P, R, half, and gold and found title (TSV, worst F1 first). Data:
``../shared/bench`` (``--shared``); exits cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import lxml.html

from _data import HALVES, half, load_module, load_pages, shared_dir
from fields import title_matches
from newsextract import extract

_DROPPED = "//script|//style|//noscript|//template"
#: An XML declaration, which lxml refuses in a decoded string (some dragnet pages are XHTML).
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def _body(page: str) -> lxml.html.HtmlElement:
    """The page's ``<body>`` (the whole tree when it has none), scripts and styles dropped."""
    tree = lxml.html.fromstring(_XML_DECLARATION.sub("", page) or "<body></body>")
    for element in tree.xpath(_DROPPED):
        element.drop_tree()
    body = tree.find("body")
    return tree if body is None else body


def text_content(page: str) -> str:
    """``text_content()`` of the body, blank lines dropped."""
    lines = (line.strip() for line in _body(page).text_content().splitlines())
    return "\n".join(line for line in lines if line)


def one_line(page: str) -> str:
    """Every text node of the body, joined by one space on one line."""
    return " ".join(" ".join(_body(page).itertext()).split())


STYLES: dict[str, Callable[[str], str]] = {"text_content": text_content, "one_line": one_line}


def _score(
    scorer: ModuleType,
    name: str,
    style: str,
    pages: Sequence[tuple[str, str, str, str | None]],
    rows: list[str],
) -> str:
    """One row: the style's P, R, F1 (whole, A, B), headline rate and docs/s over the pages
    (id, dump, gold body, gold title); each page's scores and titles appended to `rows`."""
    counts: list[tuple[float, float, float]] = []
    by_half: tuple[list[tuple[float, float, float]], ...] = ([], [])
    titles: list[bool] = []
    seconds = 0.0
    for page_id, dump, body, title in pages:
        started = time.perf_counter()
        article = extract(dump, kind="text")
        seconds += time.perf_counter() - started
        count = scorer.shingle_counts(body, article.text)
        counts.append(count)
        by_half[half(page_id)].append(count)
        found = title_matches(title, article.title) if title else None
        if found is not None:
            titles.append(found)
        page = scorer.doc_shingle_scores(body, article.text)
        rows.append(
            f"{page['f1']:.3f}\t{name}\t{style}\t{page_id}\t{HALVES[half(page_id)]}"
            f"\t{page['precision']:.3f}\t{page['recall']:.3f}"
            f"\t{'-' if found is None else int(found)}"
            f"\t{_cell(title)}\t{_cell(article.title)}"
        )
    whole = scorer._aggregate(counts)
    halves = "/".join(f"{scorer._aggregate(c)['f1']:.4f}" if c else "-" for c in by_half)
    rate = f"{sum(titles) / len(titles):.3f}" if titles else "-"
    return (
        f"{name:12s} {style:13s} P {whole['precision']:.4f} R {whole['recall']:.4f} "
        f"F1 {whole['f1']:.4f} ({'/'.join(HALVES)} {halves})  headline {rate}  "
        f"{len(pages) / seconds if seconds else 0:.1f} docs/s"
    )


def _cell(text: str | None) -> str:
    """A text as one TSV cell."""
    return " ".join((text or "").split())


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared data folder (default: ../shared)")
    parser.add_argument("--sets", default="scrapinghub,dragnet,fundus-dev")
    parser.add_argument("--styles", default=",".join(STYLES))
    parser.add_argument("--halves", choices=("A", "B", "AB"), default="AB")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--per-page", type=Path, help="write per-page P/R/F1 and titles (TSV, worst F1 first)"
    )
    args = parser.parse_args(argv)
    bench = shared_dir(args.shared) / "bench"
    if not bench.is_dir():
        print(f"note: {bench} is absent; nothing to measure")
        return 0
    styles = [s for s in args.styles.split(",") if s]
    unknown = [s for s in styles if s not in STYLES]
    if unknown:
        parser.error(f"unknown style(s) {', '.join(unknown)} (known: {', '.join(STYLES)})")
    wanted = tuple(HALVES.index(h) for h in args.halves)
    scorer = load_module(bench / "score.py", "score")
    rows: list[str] = []
    for name in (s for s in args.sets.split(",") if s):
        pages = load_pages(bench / name, args.limit, wanted)
        for style in styles:
            dumps = [
                (p.id, STYLES[style](p.content), p.gold["body"], p.gold.get("title")) for p in pages
            ]
            print(_score(scorer, name, style, dumps, rows), flush=True)
    if args.per_page:
        header = "f1\tset\tstyle\tid\thalf\tprecision\trecall\ttitle_found\tgold_title\ttitle"
        lines = sorted(rows, key=lambda row: float(row.split("\t", 1)[0]))
        args.per_page.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
