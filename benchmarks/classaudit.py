"""Audit of the class and id words: what each entry decides on the HTML dev pages, by ablation.

    python benchmarks/classaudit.py --out /tmp/classaudit.tsv --rows /tmp/classaudit.jsonl
    python benchmarks/classaudit.py --sets fundus-dev --entries teaser,hidden --variant whole

The class/id vocabulary the HTML walk reads (`data/markup.py`'s `CLASS_TOKEN_MARKS`,
`CONTENT_COMPOUNDS` and `HIDDEN_COMPOUNDS`, `data/consent.py`'s `CMP_NAMES`) puts marks on
elements (chrome, caption, byline, content...) whose effect runs through locate and label, so
it cannot be read off one removal as `wordaudit.py` reads a word list's. Each entry is
measured instead by taking it away: each set runs in a child process that extracts every page
once (its per-page shingle counts against the gold, and, from a logging wrapper of the walk's
`_class_marks` and `_is_screen_reader_only`, the entries whose words gave a mark on an element
of the page), then, entry by entry, extracts again the pages where that entry fired with the
entry taken out of its list (``--variant drop``), or, for a class token, trusted only as a
whole class word as `WHOLE_WORD_TOKENS` are (``--variant whole``: only the pages where it
fired inside a compound word). The library's code is not changed; the child patches its own
copy of the lists and clears the walk's memos between entries.

What the entry decides on a page is the difference of the two outputs' 4-token shingles (the
benchmark's metric): shingles the entry removes (in the output without it, not with it) are
*help* when not in the gold body and *harm* when in it; shingles it brings in (by steering the
located container) are help when in the gold and harm when not. Both are counted per hash
half (`_data.half`), with the pages and the distinct URL hosts where it changed the output,
and the help's hosts apart (a token whose help comes from one site is a site rule in effect).
The F1 each set and half would have without the entry (`score.py`'s aggregate with that
entry's pages replaced) is printed beside the base. Data: ``../shared/bench`` (``--shared``);
exits cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import HALVES, HTML_SETS, Page, bench_dir, half, load_module, load_pages
from wordaudit import candidate

#: The audited lists, named as in their data module.
LISTS = (
    "markup.CLASS_TOKEN_MARKS",
    "markup.CONTENT_COMPOUNDS",
    "markup.HIDDEN_COMPOUNDS",
    "consent.CMP_NAMES",
)
VARIANTS = ("drop", "whole")
#: Shingles of text shown as an example of harm.
EXAMPLE_SHINGLES = 4
#: Counts of a page's output against its gold: (tp, fp, fn) as `score.shingle_counts` gives.
Counts = tuple[float, float, float]


#: A page's own address in its source, for pages listed without a URL (dragnet's).
_OWN_URL = re.compile(
    r"""<(?:link[^>]+rel=["']?canonical|meta[^>]+property=["']og:url)[^>]+"""
    r"""(?:href|content)=["']?(https?://[^"'\s>]+)""",
    re.IGNORECASE,
)


def site(page: Page) -> str:
    """The site of a page: the host of its URL, else of the canonical or og:url address its
    source gives, without "www." ("" when neither is known)."""
    url = page.url
    if not url:
        found = _OWN_URL.search(page.content)
        url = found.group(1) if found else ""
    name = urlsplit(url).hostname or ""
    return name.removeprefix("www.")


# --- the child process: the library patched in place ---------------------------------


def _walk_module() -> Any:
    from newsextract.html import candidates

    return candidates


def _fired_entries(
    walk: Any, names: str, marks: tuple[str, ...]
) -> Iterator[tuple[str, str, bool]]:
    """The (list, entry, inside a compound word) whose words gave one of `marks`."""
    for word in names.split():
        lowered = word.lower()
        joined = walk._without_joiners(lowered)
        if "content" in marks:
            for name in walk.CONTENT_COMPOUNDS:
                if name in joined:
                    yield LISTS[1], name, True
        if "consent" in marks:
            for name in walk.CMP_NAMES:
                if name in joined:
                    yield LISTS[3], name, True
        own = walk._word_marks(word)
        tokens = walk._CLASS_TOKEN.findall(lowered)
        for token in tokens:
            mark = walk.CLASS_TOKEN_MARKS.get(token)
            if mark not in marks or mark not in own:
                continue  # no mark, or one the element's other words or rules overrule
            if token in walk.WHOLE_WORD_TOKENS and len(tokens) > 1:
                continue
            if mark == "share" and not walk.EMBED_TOKENS.isdisjoint(tokens):
                continue
            yield LISTS[0], token, len(tokens) > 1


def _logging(walk: Any, fired: set[tuple[str, str, bool]]) -> Callable[[], None]:
    """Wrap the walk's class readers to add the entries that fire to `fired`; returns the
    function that unwraps them."""
    class_marks, screen_reader_only = walk._class_marks, walk._is_screen_reader_only

    def logged_marks(names: str, content_tag: bool) -> tuple[str, ...]:
        marks: tuple[str, ...] = class_marks(names, content_tag)
        if marks:
            fired.update(_fired_entries(walk, names, marks))
        return marks

    def logged_hidden(class_names: str) -> bool:
        found: bool = screen_reader_only.__wrapped__(class_names)
        if found:
            joined = walk._without_joiners(walk._LABEL_MODIFIER.sub("", class_names.lower()))
            fired.update((LISTS[2], n, True) for n in walk.HIDDEN_COMPOUNDS if n in joined)
        return found

    walk._class_marks, walk._is_screen_reader_only = logged_marks, logged_hidden

    def unwrap() -> None:
        walk._class_marks, walk._is_screen_reader_only = class_marks, screen_reader_only

    return unwrap


def _clear(walk: Any) -> None:
    for memo in (walk._attribute_verdict, walk._word_marks, walk._is_screen_reader_only):
        if hasattr(memo, "cache_clear"):
            memo.cache_clear()


#: The walk's patterns built from the compound lists.
_PATTERNS = ("_CONTENT_NAME", "_CONSENT_NAME", "_COMPOUND_NAME", "_HIDDEN_NAME")


def _ablated(walk: Any, list_name: str, entry: str, variant: str) -> Callable[[], None]:
    """Take `entry` out of its list (or, `whole`, trust the token only as a whole class word)
    in the walk's copy; returns the function that puts it back."""
    from newsextract.signals.strings import literal_trie

    saved = {name: getattr(walk, name) for name in ("WHOLE_WORD_TOKENS", *_PATTERNS)}
    mark = walk.CLASS_TOKEN_MARKS.get(entry)
    if list_name == LISTS[0] and variant == "whole":
        walk.WHOLE_WORD_TOKENS = walk.WHOLE_WORD_TOKENS | {entry}
    elif list_name == LISTS[0]:
        del walk.CLASS_TOKEN_MARKS[entry]
    else:
        content = [n for n in walk.CONTENT_COMPOUNDS if (LISTS[1], n) != (list_name, entry)]
        cmp = [n for n in walk.CMP_NAMES if (LISTS[3], n) != (list_name, entry)]
        hidden = [n for n in walk.HIDDEN_COMPOUNDS if (LISTS[2], n) != (list_name, entry)]
        walk._CONTENT_NAME = re.compile(literal_trie(content))
        walk._CONSENT_NAME = re.compile(literal_trie(cmp))
        walk._COMPOUND_NAME = re.compile(literal_trie((*content, *cmp)))
        walk._HIDDEN_NAME = re.compile(literal_trie(hidden))
    _clear(walk)

    def restore() -> None:
        for name, value in saved.items():
            setattr(walk, name, value)
        if mark is not None:
            walk.CLASS_TOKEN_MARKS[entry] = mark
        _clear(walk)

    return restore


def _decided(scorer: Any, gold: str, normal: str, without: str) -> tuple[int, int, list[str]]:
    """Help and harm shingles of the entry on one page, and a few of the harm's shingles."""
    g, n, x = scorer.shingles(gold), scorer.shingles(normal), scorer.shingles(without)
    removed, added = x - n, n - x  # what the entry takes out of the output, and brings in
    harm = (removed & g) + (added - g)
    help_ = (removed - g) + (added & g)
    examples = [" ".join(s) for s in list((removed & g).elements())[:EXAMPLE_SHINGLES]]
    return sum(help_.values()), sum(harm.values()), examples


def _child(args: argparse.Namespace, bench: Path) -> int:
    """Extract one set normally and without each entry; print JSON lines."""
    import newsextract

    walk = _walk_module()
    scorer = load_module(bench / "score.py", "bench_score")
    name = args.sets[0]
    pages = load_pages(bench / name, args.limit)
    normal: list[str] = []
    fired_on: dict[tuple[str, str], list[int]] = defaultdict(list)
    fired: set[tuple[str, str, bool]] = set()
    unwrap = _logging(walk, fired)
    for index, page in enumerate(pages):
        fired.clear()
        _clear(walk)
        text = newsextract.extract(page.content, url=page.url, kind=page.kind).text
        normal.append(text)
        counts = scorer.shingle_counts(page.gold["body"], text)
        print(json.dumps({"page": page.id, "half": HALVES[half(page.id)], "counts": counts}))
        for list_name, entry, compound in fired:
            wanted = not args.entries or entry in args.entries
            if wanted and (args.variant == "drop" or (compound and list_name == LISTS[0])):
                fired_on[(list_name, entry)].append(index)
    unwrap()
    for (list_name, entry), indices in sorted(fired_on.items()):
        restore = _ablated(walk, list_name, entry, args.variant)
        for index in sorted(set(indices)):
            page = pages[index]
            text = newsextract.extract(page.content, url=page.url, kind=page.kind).text
            gold = page.gold["body"]
            help_, harm, examples = _decided(scorer, gold, normal[index], text)
            row = {"list": list_name, "entry": entry, "page": page.id, "host": site(page)}
            row |= {"half": HALVES[half(page.id)], "help": help_, "harm": harm}
            row |= {"counts": scorer.shingle_counts(gold, text), "harm_texts": examples}
            print(json.dumps(row))
        restore()
    return 0


# --- the parent: tables ---------------------------------------------------------------


def _run_set(args: argparse.Namespace, name: str) -> list[dict[str, Any]]:
    command = [sys.executable, __file__, "--child", "--sets", name, "--variant", args.variant]
    command += ["--shared", args.shared] if args.shared else []
    command += ["--limit", str(args.limit)] if args.limit is not None else []
    command += ["--entries", ",".join(args.entries)] if args.entries else []
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def set_f1(scorer: Any, counts: dict[str, Counts], halves: dict[str, str]) -> dict[str, float]:
    """A set's F1 whole and per half from its pages' counts (`score._aggregate`)."""
    out = {"all": scorer._aggregate(list(counts.values()))["f1"]}
    for label in HALVES:
        part = [c for page, c in counts.items() if halves[page] == label]
        out[label] = scorer._aggregate(part)["f1"] if part else float("nan")
    return out


def table(
    scorer: Any,
    base: dict[str, dict[str, Counts]],
    halves: dict[str, str],
    rows: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Per entry: help/harm per half, pages and hosts it changed, hosts of its help, and
    each set's F1 change without it (whole, A, B)."""
    by_entry: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_entry[(row["list"], row["entry"])].append(row)
    stats = []
    for (list_name, entry), found in by_entry.items():
        changed = [r for r in found if r["help"] or r["harm"]]
        s: dict[str, Any] = defaultdict(int)
        for r in changed:
            s["help_" + r["half"]] += r["help"]
            s["harm_" + r["half"]] += r["harm"]
        s |= {"list": list_name, "entry": entry, "fired": len(found), "pages": len(changed)}
        s["hosts"] = len({r["host"] for r in changed})
        s["help_hosts"] = len({r["host"] for r in changed if r["help"] > r["harm"]})
        s["harm_texts"] = [
            f"{r['set']}/{r['page'][:8]} {r['host']}: {t}"
            for r in changed
            for t in r["harm_texts"][:1]
        ]
        deltas = {}
        for set_name in sorted({r["set"] for r in changed}):
            counts = dict(base[set_name])
            counts |= {r["page"]: tuple(r["counts"]) for r in changed if r["set"] == set_name}
            before = set_f1(scorer, base[set_name], halves)
            after = set_f1(scorer, counts, halves)
            deltas[set_name] = {k: after[k] - before[k] for k in before}
        s["delta"] = deltas
        stats.append(s)
    return stats


def _with_sites(bench: Path, rows: list[dict[str, Any]]) -> None:
    """Give rows of a run before `site` read canonical addresses their pages' sites."""
    for name in sorted({r["set"] for r in rows if r.get("host") == ""}):
        sites = {page.id: site(page) for page in load_pages(bench / name)}
        for row in rows:
            if row["set"] == name and row.get("host") == "":
                row["host"] = sites[row["page"]]


def _delta_text(deltas: dict[str, dict[str, float]]) -> str:
    """Each set's F1 change without the entry: 'set A/B' in thousandths."""
    return " ".join(
        f"{name[:5]} {d['A'] * 1000:+.1f}/{d['B'] * 1000:+.1f}" for name, d in deltas.items()
    )


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", help="folder holding bench/ (default: ../shared)")
    parser.add_argument("--sets", default=",".join(HTML_SETS), help="default: %(default)s")
    parser.add_argument("--variant", choices=VARIANTS, default="drop", help="default: drop")
    parser.add_argument("--entries", help="only these entries (comma-separated)")
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--out", type=Path, help="the per-entry table (TSV)")
    parser.add_argument(
        "--rows", type=Path, help="each page's counts and each page an entry fired on (JSON lines)"
    )
    parser.add_argument("--from-rows", type=Path, help="tabulate a --rows file, run nothing")
    parser.add_argument("--top", type=int, default=20, help="entries shown by help and by harm")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    args.entries = {e.strip() for e in (args.entries or "").split(",") if e.strip()}
    return args


COLUMNS = ("help_A", "harm_A", "help_B", "harm_B", "fired", "pages", "hosts", "help_hosts")


def _line(s: dict[str, Any]) -> str:
    values = "\t".join(str(s.get(c, 0)) for c in COLUMNS)
    return f"{s['list'].split('.')[-1]}\t{s['entry']}\t{values}\t{_delta_text(s['delta'])}"


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    bench = bench_dir(args.shared)
    if bench is None:
        return 0
    if args.child:
        return _child(args, bench)
    scorer = load_module(bench / "score.py", "bench_score")
    found: list[dict[str, Any]] = []
    if args.from_rows:
        found = [json.loads(line) for line in args.from_rows.read_text().splitlines() if line]
    for name in [] if args.from_rows else args.sets:
        started = time.monotonic()
        print(f"  {name} ...", file=sys.stderr, flush=True)
        found += [row | {"set": name} for row in _run_set(args, name)]
        print(f"  {name}: {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
        if args.rows:  # written as each set ends: a long run keeps what it measured
            args.rows.write_text("".join(json.dumps(r) + "\n" for r in found), encoding="utf-8")
    _with_sites(bench, found)
    base: dict[str, dict[str, Counts]] = defaultdict(dict)
    halves: dict[str, str] = {}
    rows: list[dict[str, Any]] = []
    for row in found:
        if "entry" in row:
            rows.append(row)
        else:
            base[row["set"]][row["page"]] = tuple(row["counts"])
            halves[row["page"]] = row["half"]
    stats = table(scorer, base, halves, rows)
    header = "list\tentry\t" + "\t".join(COLUMNS) + "\tF1 change without it (A/B, x1000)"
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            out.write(header + "\tharm examples\n")
            for s in sorted(stats, key=lambda s: (s["list"], s["entry"])):
                out.write(_line(s) + "\t" + " | ".join(s["harm_texts"][:5]) + "\n")
    print(f"variant: {args.variant}; entries that fired: {len(stats)}")
    for title, key in (("help", "help"), ("harm", "harm")):
        print(f"\ntop {args.top} by {title} (A + B):\n{header}")
        ranked = sorted(stats, key=lambda s: -(s.get(key + "_A", 0) + s.get(key + "_B", 0)))
        for s in ranked[: args.top]:
            print(_line(s))
    print(f"\ncandidates (A harm >= help, or harm only):\n{header}")
    for s in stats:
        if candidate(s):
            print(_line(s))
            for example in s["harm_texts"][:3]:
                print(f"\t\t{example}")
    print(f"\nhelp from one site only (a site rule in effect):\n{header}")
    for s in stats:
        if s["help_hosts"] == 1 and s.get("help_A", 0) + s.get("help_B", 0) > 0:
            print(_line(s))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
