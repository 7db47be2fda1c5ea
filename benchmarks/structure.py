"""Structure benchmark: newsextract's predictions in the gold schema, scored by the gold scorer.

    python benchmarks/structure.py                   # both modes, the scorer's tables
    python benchmarks/structure.py --explain 359fee228518 --modes text

For every document of ``../shared/gold/dev`` (``--shared PATH`` for the folder holding
``gold/`` and ``bench/``), newsextract extracts the page and its Article is written in the gold
schema: title, authors, published (ISO, or null), standfirst, subheads, captions
[{text, credit}], quotes [{text, speaker}], agencies, error_page. Two modes:

- ``html``: the page's HTML (the gold's ``file`` inside ``bench/scrapinghub``).
- ``text``: the whole-page text dump of the same page (``bench/scrapinghub-text``), read with
  ``kind="text"``.

The seed document is plain text only; it is read as text in both runs. Each mode's
predictions are written to ``--out`` (default ``benchmarks/out/``) and scored with
``gold/score.py`` (imported from the shared folder, so these are its figures); ``--explain ID``
prints that scorer's list of missed, spurious and misattributed items for one document.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import REPO_ROOT, load_module, read_input, shared_dir

MODES = ("html", "text")


def article_prediction(article: Any) -> dict[str, Any]:
    """An Article in the gold schema (the fields the gold scorer reads, plus the standfirst)."""
    return {
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published.isoformat() if article.published else None,
        "standfirst": article.standfirst,
        "subheads": list(article.subheads),
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in article.quotes],
        "agencies": list(article.agencies),
        "error_page": article.is_error_page,
    }


def text_dump_paths(bench: Path) -> dict[str, Path]:
    """scrapinghub page id -> its whole-page text dump, from the scrapinghub-text manifest."""
    folder = bench / "scrapinghub-text"
    paths = {}
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            paths[record["id"]] = folder / record["input"]
    return paths


def page_input(
    doc: dict[str, Any], mode: str, shared: Path, dumps: dict[str, Path]
) -> tuple[Path, str]:
    """The input file and newsextract kind of one gold document in one mode."""
    if doc.get("source") == "seed":
        return shared / doc["file"], "text"
    html_path = shared / "bench" / "scrapinghub" / doc["file"]
    if mode == "html":
        return html_path, "html"
    page_id = html_path.name.split(".")[0]
    return dumps[page_id], "text"


def predict(
    golds: dict[str, dict[str, Any]], mode: str, shared: Path, extract: Any
) -> dict[str, dict[str, Any]]:
    """Every gold document's prediction in one mode; a page that raises predicts nothing."""
    dumps = text_dump_paths(shared / "bench")
    preds: dict[str, dict[str, Any]] = {}
    for doc_id, doc in golds.items():
        path, kind = page_input(doc, mode, shared, dumps)
        try:
            article = extract(read_input(path), url=doc.get("url"), kind=kind)
        except Exception as exc:  # report and go on: one broken page must not hide the rest
            print(f"  error {mode} {doc_id}: {type(exc).__name__}: {exc}")
            continue
        preds[doc_id] = article_prediction(article)
    return preds


def run_mode(
    scorer: ModuleType,
    golds: dict[str, dict[str, Any]],
    mode: str,
    *,
    extract: Any,
    shared: Path,
    out: Path,
    explain: str | None,
) -> None:
    """Predict, save and score one mode; or predict and explain only the document `explain`."""
    if explain:
        print(f"\n== {mode} mode\n")
        chosen = {explain: golds[explain]} if explain in golds else {}
        scorer.explain(golds, predict(chosen, mode, shared, extract), explain)
        return
    preds = predict(golds, mode, shared, extract)
    path = out / f"structure-{mode}.json"
    path.write_text(json.dumps(preds, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\n== {mode} mode ({len(preds)} documents; predictions in {path})\n")
    scorer.table(scorer.score_all(golds, preds))


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", help="folder holding gold/ and bench/ (default: ../shared)")
    parser.add_argument("--modes", default=",".join(MODES), help="html, text or both (default)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "benchmarks" / "out")
    parser.add_argument("--explain", metavar="ID", help="the scorer's explanation for one document")
    args = parser.parse_args(argv)
    args.modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if set(args.modes) - set(MODES) or not args.modes:
        parser.error(f"--modes takes {', '.join(MODES)}")
    return args


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    shared = shared_dir(args.shared)
    gold_dir = shared / "gold" / "dev"
    if not gold_dir.is_dir() or not (shared / "bench" / "scrapinghub-text").is_dir():
        print(f"structure gold or bench data not found under {shared}; nothing to run")
        return 0
    try:
        from newsextract import extract
    except ImportError as exc:
        print(f"newsextract cannot be imported: {exc}")
        return 1
    scorer = load_module(shared / "gold" / "score.py", "gold_score")
    golds = scorer.load_gold(str(gold_dir))
    args.out.mkdir(parents=True, exist_ok=True)
    for mode in args.modes:
        run_mode(
            scorer, golds, mode, extract=extract, shared=shared, out=args.out, explain=args.explain
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
