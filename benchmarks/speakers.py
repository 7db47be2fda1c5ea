"""Quote speakers on dev pages, judged by hand: list what newsextract finds, score judgments.

    python benchmarks/speakers.py --shared ../shared list dragnet --half A -o quotes.jsonl
    python benchmarks/speakers.py --shared ../shared list dragnet:html_text --half A \\
        --dumps benchmarks/out/dumps -o text.jsonl
    python benchmarks/speakers.py --shared ../shared score --dumps benchmarks/out/dumps

There is no quote gold beyond ``../shared/gold`` (11 pages); the dev sets' quotes are judged
by hand instead, and the judgments kept as data so a later change can be scored against
them. ``list`` runs newsextract on a set's pages (``SET`` for HTML, ``SET:STYLE`` for a text
twin from the dump cache), one half, and writes every quote it finds, a JSON line each:
set, page, half, mode (html/text), language, quote, speaker, and the quote's paragraph and
the body paragraph before it (what a judge reads). ``--sample N --seed S`` keeps a random N
of them; ``--languages``/``--not-languages`` filter by the Article's language;
``--unjudged`` keeps only pages no judged quote comes from (a fresh sample).

``score`` reads ``benchmarks/speakers_judged.json``: a list of records ``{"set", "page",
"half", "quote", "speaker", "round"}`` where ``speaker`` is the right speaker as the story
names them in full (alternatives joined by "|"), or ``"none"`` when no speaker is named
near the quote ("none|the exec": either is right); ``class`` names the error of the output
judged, when it was wrong. It extracts only the judged pages, in HTML and in each ``--styles`` text
twin, finds each judged quote among the Article's quotes (same text, spaces normalised;
else one holding it or held by it) and prints, per set, mode and half, the accuracy and the
errors by class: ``missed`` (no speaker given, one named), ``spurious`` (a speaker given,
none named), ``wrong`` (another speaker given), and ``not found`` (the quote is not found
in that mode: not counted in the accuracy). ``--rounds 36`` scores only the quotes judged
in those rounds (each round judges a fresh sample: a later round's sample is held out for
the rules fitted before it).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DEFAULT_DUMPS, HALVES, Page, half, load_pages, shared_dir

JUDGED = Path(__file__).resolve().parent / "speakers_judged.json"
#: Outcome classes of a judged quote, in print order.
OUTCOMES = ("right", "missed", "spurious", "wrong", "not found")


def _folder(shared: Path, dumps: Path, name: str) -> Path:
    source, _, style = name.partition(":")
    return dumps / source / style if style else shared / "bench" / name


def _normal(text: str) -> str:
    """Text compared: spaces normalised, case and full stops ignored ("Robert L. Gould")."""
    return " ".join(text.replace(".", " ").split()).casefold()


def _quote_rows(name: str, page: Page) -> list[dict[str, Any]]:
    """Every quote newsextract finds on one page, with the paragraphs a judge reads."""
    import newsextract

    article = newsextract.extract(page.content, url=page.url, kind=page.kind)  # type: ignore[arg-type]
    blocks = article.blocks
    rows = []
    for quote in article.quotes:
        previous = next(
            (b.text for b in reversed(blocks[: quote.block]) if b.kind.value == "paragraph"), ""
        )
        rows.append(
            {
                "set": name.partition(":")[0],
                "page": page.id,
                "half": HALVES[half(page.id)],
                "mode": "text" if ":" in name else "html",
                "language": article.language,
                "quote": quote.text,
                "speaker": quote.speaker,
                "paragraph": blocks[quote.block].text,
                "previous": previous,
            }
        )
    return rows


def list_quotes(args: argparse.Namespace) -> int:
    shared = shared_dir(args.shared)
    halves = [HALVES.index(h) for h in args.half.split(",")]
    pages = load_pages(_folder(shared, args.dumps, args.set), args.limit, halves)
    rows = [row for page in pages for row in _quote_rows(args.set, page)]
    if args.languages:
        rows = [r for r in rows if (r["language"] or "") in args.languages.split(",")]
    if args.not_languages:
        rows = [r for r in rows if (r["language"] or "") not in args.not_languages.split(",")]
    if args.unjudged:
        judged = json.loads(Path(args.judged).read_text(encoding="utf-8"))
        seen = {(j["set"], j["page"]) for j in judged}
        rows = [r for r in rows if (r["set"], r["page"]) not in seen]
    if args.sample is not None and args.sample < len(rows):
        rows = random.Random(args.seed).sample(rows, args.sample)
    with open(args.out, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{args.set} {args.half}: {len(pages)} pages, {len(rows)} quotes -> {args.out}")
    return 0


def _find(quotes: Sequence[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The quote of `quotes` with this text, else one holding it or held by it."""
    wanted = _normal(text)
    exact = next((q for q in quotes if _normal(q["quote"]) == wanted), None)
    return exact or next(
        (q for q in quotes if wanted in _normal(q["quote"]) or _normal(q["quote"]) in wanted),
        None,
    )


def outcome(judged: str, found: dict[str, Any] | None) -> str:
    """The class of one judged quote against the quote found for it (None: not found)."""
    if found is None:
        return "not found"
    given = found["speaker"]
    right = {_normal(name) for name in judged.split("|")}
    if given is None:
        return "right" if "none" in right else "missed"
    if _normal(given) in right:
        return "right"
    return "spurious" if right == {"none"} else "wrong"


def _pages(shared: Path, dumps: Path, name: str, ids: set[str]) -> Iterable[Page]:
    folder = _folder(shared, dumps, name)
    return (page for page in load_pages(folder) if page.id in ids)


def score(args: argparse.Namespace) -> int:
    shared = shared_dir(args.shared)
    judged: list[dict[str, Any]] = json.loads(Path(args.judged).read_text(encoding="utf-8"))
    if args.rounds:
        judged = [j for j in judged if str(j["round"]) in args.rounds.split(",")]
    names = [
        f"{source}{suffix}"
        for source in sorted({j["set"] for j in judged})
        for suffix in ["", *(f":{s}" for s in args.styles.split(",") if s)]
    ]
    tally: dict[tuple[str, str], Counter[str]] = {}
    classes: dict[str, Counter[str]] = {}
    for name in names:
        source = name.partition(":")[0]
        mine = [j for j in judged if j["set"] == source]
        found = {
            page.id: _quote_rows(name, page)
            for page in _pages(shared, args.dumps, name, {j["page"] for j in mine})
        }
        for record in mine:
            result = outcome(
                record["speaker"], _find(found.get(record["page"], []), record["quote"])
            )
            tally.setdefault((name, record["half"]), Counter())[result] += 1
            if "class" in record:
                key = f"{record['class']} ({name}, {record['half']})"
                classes.setdefault(key, Counter())[result] += 1
            if args.show and result not in ("right", "not found"):
                quote = _find(found.get(record["page"], []), record["quote"])
                given = quote["speaker"] if quote else None
                print(
                    f"  {name} {record['page']} {result}: {record['quote'][:60]!r} "
                    f"judged {record['speaker']!r}, given {given!r}"
                )
    print("| set | half | judged | accuracy | " + " | ".join(OUTCOMES[1:]) + " |")
    print("|---|---|---|---|" + "---|" * (len(OUTCOMES) - 1))
    for (name, half_name), counts in sorted(tally.items()):
        counted = sum(counts[o] for o in OUTCOMES[:-1])
        accuracy = counts["right"] / counted if counted else 0.0
        cells = " | ".join(str(counts[o]) for o in OUTCOMES[1:])
        print(f"| {name} | {half_name} | {counted} | {accuracy:.3f} | {cells} |")
    print("\nquotes judged wrong when judged, by class: outcome now")
    for key, counts in sorted(classes.items()):
        print(f"  {key}: " + ", ".join(f"{o} {counts[o]}" for o in OUTCOMES if counts[o]))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared data folder (default: ../shared)")
    sub = parser.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list", help="write every quote of a set's half as JSON lines")
    listing.add_argument("set", help="SET (HTML) or SET:STYLE (a text twin)")
    listing.add_argument("--half", default="A", help="A, B or A,B")
    listing.add_argument("--dumps", type=Path, default=DEFAULT_DUMPS, help="the text-twin cache")
    listing.add_argument("--limit", type=int)
    listing.add_argument("--languages", default="", help="keep only these (comma-separated)")
    listing.add_argument("--not-languages", default="", help="drop these (comma-separated)")
    listing.add_argument(
        "--unjudged", action="store_true", help="only pages no judged quote comes from"
    )
    listing.add_argument("--judged", default=str(JUDGED), help="the judgments --unjudged reads")
    listing.add_argument("--sample", type=int, help="keep a random sample of this many quotes")
    listing.add_argument("--seed", type=int, default=35)
    listing.add_argument("-o", "--out", default="-", help="the JSONL file written")
    scoring = sub.add_parser("score", help="score the judged quotes against current output")
    scoring.add_argument("--judged", default=str(JUDGED))
    scoring.add_argument("--dumps", type=Path, default=DEFAULT_DUMPS, help="the text-twin cache")
    scoring.add_argument("--styles", default="html_text", help="text twins scored too")
    scoring.add_argument("--show", action="store_true", help="print every error")
    scoring.add_argument("--rounds", default="", help="only the quotes judged in these rounds")
    args = parser.parse_args(argv)
    if args.command == "list":
        if args.out == "-":
            args.out = "/dev/stdout"
        return list_quotes(args)
    return score(args)


if __name__ == "__main__":
    raise SystemExit(main())
