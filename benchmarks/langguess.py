"""The language guess (`signals.language.guess_language`) against each page's declared
language (`<html lang>`, primary subtag; "nb"/"nn" read as "no"), per declared language.

For each HTML dev page declaring a language, the guess is made on the text of its `<p>`
elements (what the metadata guesses from when markup is silent) and on its html_text dump
(what text mode guesses from). Prints, per declared language, pages, the guesses agreeing
on each, and the guesses that differ; then the time per guess. Run from a worktree root
with ``PYTHONPATH=src`` to measure that worktree's lists::

    python benchmarks/langguess.py --shared /work/shared --dumps benchmarks/out/dumps
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from pathlib import Path

import lxml.html

from _data import bench_dir, load_pages
from newsextract.signals.language import guess_language

_SETS = ("scrapinghub", "readability", "fundus-dev", "dragnet")
_SAME = {"nb": "no", "nn": "no"}


def declared(markup: str) -> tuple[str | None, str]:
    """The page's declared language (primary subtag, lowercase) and its paragraphs' text."""
    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return None, ""
    lang = (root.get("lang") or root.get("xml:lang") or "").split("-")[0].split("_")[0].lower()
    text = "\n".join(p.text_content() for p in root.iter("p"))
    return (_SAME.get(lang, lang) or None), text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=None)
    parser.add_argument("--dumps", type=Path, required=True)
    parser.add_argument("--sets", default=",".join(_SETS))
    args = parser.parse_args()
    bench = bench_dir(args.shared)
    if bench is None:
        return
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: dict[str, Counter[str]] = defaultdict(Counter)
    spent, calls = 0.0, 0
    for name in args.sets.split(","):
        folder = args.dumps / name / "html_text"
        dumps = {p.id: p.content for p in load_pages(folder)} if folder.is_dir() else {}
        for page in load_pages(bench / name):
            lang, paragraphs = declared(page.content)
            if not lang:
                continue
            texts = {"paragraphs": paragraphs}
            if page.id in dumps:
                texts["dump"] = dumps[page.id]
            rows[lang]["pages"] += 1
            for source, text in texts.items():
                start = time.perf_counter()
                guess = guess_language(text)
                spent += time.perf_counter() - start
                calls += 1
                rows[lang][f"{source} ok"] += guess == lang
                if guess != lang:
                    wrong[lang][f"{source}:{guess}"] += 1
    for lang, row in sorted(rows.items(), key=lambda item: -item[1]["pages"]):
        differ = ", ".join(f"{key} x{n}" for key, n in wrong[lang].most_common())
        print(
            f"{lang:4} pages {row['pages']:4}  paragraphs {row['paragraphs ok']:4}"
            f"  dump {row['dump ok']:4}  {differ}"
        )
    print(f"{calls} guesses, {1e6 * spent / max(calls, 1):.0f} us each")


if __name__ == "__main__":
    main()
