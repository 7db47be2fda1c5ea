"""Metadata disagreement probe: newsextract's bylines and dates beside trafilatura's.

The older dev pages (dragnet 2012, scrapinghub, readability) have no author or date gold, so
bylines and published dates are judged by disagreement (issue #15, rounds 30, 31 and 34): the
pages where newsextract and trafilatura (``bare_extraction`` with metadata; its dates are
htmldate's) disagree are listed, a sample is judged by hand from the page source, and the
classes where newsextract is wrong are fixed.

    python benchmarks/metadis.py --shared ../shared peer OUT.json          # trafilatura, once
    python benchmarks/metadis.py --shared ../shared table SNAP OUT.json [--list FILE]
        [--judged FILE] [--sample 40]

`peer` runs trafilatura on every page of the sets and stores its date and authors per page
(the peer does not change between runs, so it is run once). `table` reads a snapshot written
by `snapshot.py write` (newsextract's `Article.to_dict()` per page) and prints, per set and
half, the pages with a value from each tool, from both, and the share of those that agree;
`--list` writes every disagreement as TSV (field, set, half, id, url, newsextract's value,
trafilatura's, the stand-in gold); `--sample N` prints a fixed random sample of N
disagreements per field and half (ordered by a hash of the page id, so the same pages come
up in every run whatever changed; `--fresh` leaves out the pages judged already);
`--judged` reads a JSON file ``{field: {page_id: verdict}}`` (verdict: the right value as a
day ``YYYY-MM-DD`` or a ``;``-separated name list, ``""`` for none) and prints how often
each tool gives the judged value on those pages; its ``"round"`` entry ``{field: {page_id:
N}}`` says which round judged a page (unmarked: round 34), and `--round N` scores only
those.

Agreement rules: dates agree on the calendar day as each tool writes it (newsextract's local
day, trafilatura's day); authors agree when their sets of name keys (`fields.key`) are equal
(trafilatura's "A; B" is split at semicolons). Stand-in gold (dragnet only): the gold body's
first line when it is a dateline or a "By/Posted by" byline (round 30).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import half, load_pages, shared_dir
from fields import key

#: The sets with older pages and no author or date gold.
SETS = ("dragnet", "scrapinghub", "readability")
FIELDS_PROBED = ("published", "authors")
#: The round of a judged page the judged file does not mark (the first sample's).
_FIRST_JUDGED_ROUND = 34
_STANDIN = re.compile(r"^(?:(?:posted )?by\b|\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4})", re.I)


def _peer_values(html: str, url: str | None) -> dict[str, Any]:
    """trafilatura's published day and authors for one page (empty on failure)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception:
        return {"published": None, "authors": []}
    if doc is None:
        return {"published": None, "authors": []}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    author = data.get("author") or ""
    return {
        "published": (data.get("date") or None),
        "authors": [name.strip() for name in author.split(";") if name.strip()],
    }


def peer(shared: Path, out: Path) -> int:
    """Run trafilatura on every page of `SETS` and write its values per page to `out`."""
    result: dict[str, dict[str, Any]] = {}
    for name in SETS:
        pages = load_pages(shared / "bench" / name)
        result[name] = {page.id: _peer_values(page.content, page.url) for page in pages}
        print(f"{name}: {len(pages)} pages", file=sys.stderr)
    out.write_text(json.dumps(result, indent=0, sort_keys=True), encoding="utf-8")
    return 0


def _day(value: str | None) -> str:
    return (value or "")[:10]


def _names(values: Sequence[str]) -> frozenset[str]:
    return frozenset(k for k in (key(v) for v in values) if k)


def _sample_order(page_id: str) -> str:
    return hashlib.sha1(("metadis:" + page_id).encode()).hexdigest()


def _standin(gold: dict[str, Any]) -> str:
    first = (gold.get("body") or "").strip().split("\n", 1)[0].strip()
    return first[:120] if _STANDIN.match(first) else ""


def _values(field: str, article: dict[str, Any], other: dict[str, Any]) -> tuple[str, str]:
    if field == "published":
        return _day(article.get("published")), _day(other.get("published"))
    return "; ".join(article.get("authors") or []), "; ".join(other.get("authors") or [])


def _agree(field: str, ours: str, theirs: str) -> bool:
    if field == "published":
        return ours == theirs
    return _names(ours.split("; ")) == _names(theirs.split("; "))


def _read_snapshot(path: Path) -> dict[str, dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {row["id"]: row["article"] for row in map(json.loads, handle)}


def _judged_right(field: str, value: str, verdict: str) -> bool:
    if field == "published":
        return value == verdict
    return _names(value.split("; ")) == _names(verdict.split(";"))


def table(
    shared: Path,
    snap: Path,
    peer_file: Path,
    *,
    listing: Path | None,
    judged_file: Path | None,
    sample: int,
    judged_round: int | None = None,
    fresh: bool = False,
) -> int:
    """Print the agreement table; write the disagreements; score the judged pages."""
    peers = json.loads(peer_file.read_text(encoding="utf-8"))
    judged = json.loads(judged_file.read_text(encoding="utf-8")) if judged_file else {}
    rounds = judged.get("round", {})
    rows: list[list[str]] = []
    tally: dict[tuple[str, str, str], list[int]] = {}
    score: dict[tuple[str, str], list[int]] = {}
    for name in SETS:
        ours_all = _read_snapshot(snap / f"{name}.jsonl.gz")
        golds = {p.id: p for p in load_pages(shared / "bench" / name)} if name == "dragnet" else {}
        for page_id, article in ours_all.items():
            other = peers[name].get(page_id)
            if other is None:
                continue
            part = "AB"[half(page_id)]
            for field in FIELDS_PROBED:
                ours, theirs = _values(field, article, other)
                counts = tally.setdefault((field, name, part), [0, 0, 0, 0, 0])
                counts[0] += 1
                counts[1] += bool(ours)
                counts[2] += bool(theirs)
                counts[3] += bool(ours and theirs)
                counts[4] += bool(ours and theirs and _agree(field, ours, theirs))
                verdict = judged.get(field, {}).get(page_id)
                marked = rounds.get(field, {}).get(page_id, _FIRST_JUDGED_ROUND)
                if verdict is not None and judged_round in (None, marked):
                    right = score.setdefault((field, part), [0, 0, 0])
                    right[0] += 1
                    right[1] += _judged_right(field, ours, verdict)
                    right[2] += _judged_right(field, theirs, verdict)
                if (ours or theirs) and not _agree(field, ours, theirs):
                    page = golds.get(page_id)
                    standin = _standin(page.gold) if page else ""
                    url = article.get("url") or ""
                    rows.append([field, name, part, page_id, url, ours, theirs, standin])
    print("field      set          half pages  ne  traf  both  agree  rate  disagree")
    for (field, name, part), (n, ne, tr, both, agree) in sorted(tally.items()):
        rate = agree / both if both else 0.0
        disagree = sum(1 for r in rows if r[0] == field and r[1] == name and r[2] == part)
        print(
            f"{field:10} {name:12} {part:4} {n:5} {ne:4} {tr:5} {both:5} {agree:6}"
            f" {rate:5.2f} {disagree:9}"
        )
    for (field, part), (n, ne_right, tr_right) in sorted(score.items()):
        print(
            f"judged {field} half {part}: {n} pages, newsextract {ne_right}, trafilatura {tr_right}"
        )
    if listing:
        listing.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    if sample:
        for field in FIELDS_PROBED:
            for part in "AB":
                chosen = sorted(
                    (
                        r
                        for r in rows
                        if r[0] == field
                        and r[2] == part
                        and not (fresh and r[3] in judged.get(field, {}))
                    ),
                    key=lambda r: _sample_order(r[3]),
                )[:sample]
                print(f"\n# sample {field} half {part}")
                for row in chosen:
                    print("\t".join(row[1:]))
    return 0


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=None, help="the shared data folder")
    sub = parser.add_subparsers(dest="command", required=True)
    run_peer = sub.add_parser("peer", help="run trafilatura once, store its values")
    run_peer.add_argument("out", type=Path)
    show = sub.add_parser("table", help="agreement table of a snapshot against the peer")
    show.add_argument("snap", type=Path)
    show.add_argument("peer", type=Path)
    show.add_argument("--list", type=Path, default=None)
    show.add_argument("--judged", type=Path, default=None)
    show.add_argument("--sample", type=int, default=0)
    show.add_argument("--fresh", action="store_true", help="sample only pages not yet judged")
    show.add_argument("--round", type=int, default=None, help="score one round's judgments")
    args = parser.parse_args(argv)
    shared = shared_dir(args.shared)
    if not (shared / "bench").is_dir():
        print(f"benchmark data not found at {shared / 'bench'}; nothing to run")
        return 0
    if args.command == "peer":
        return peer(shared, args.out)
    return table(
        shared,
        args.snap,
        args.peer,
        listing=args.list,
        judged_file=args.judged,
        sample=args.sample,
        judged_round=args.round,
        fresh=args.fresh,
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
