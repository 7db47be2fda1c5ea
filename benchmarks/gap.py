"""Where the body F1 goes: newsextract's misses and extras on the HTML dev sets, by class.

    python benchmarks/gap.py                          # every HTML set, both halves
    python benchmarks/gap.py --sets dragnet --examples outside-after,extra-after
    python benchmarks/gap.py --json benchmarks/out/gap.json

Every page is extracted as ``newsextract.extract`` does it (the same stage functions, so the
blocks' decisions are at hand), and scored with the shared scorer's shingles. Each gold
shingle the output lacks is charged to the gold line it starts in (or, for a shingle that
spans lines, to the first of them the output lacks), and that line gets a class from what
became of its text on the page:

Gold convention (``Article.text`` leaves these out by contract; they are in other fields):

- ``headline``: the line is the article's title (token-set F1 >= 0.8), an ``<h1>`` removed
  as the title, or a short line (at most 20 tokens, no sentence end) among the gold's first
  three (dragnet golds start with the post's title, often not the page's);
- ``byline``: a byline or date line (``parse_byline``, ``looks_like_dateline``, a block
  removed as a byline, a short line naming an author, or one among the gold's first six
  with a date, a time or "by", "posted", "written"...);
- ``standfirst``: the line is ``Article.standfirst`` or a block typed STANDFIRST;
- ``caption``: a caption or credit block (``Article.captions``, CREDIT lines);
- ``comments``: a block inside a reader-comment component (a ``comments`` class mark below
  the page wrappers): some dragnet golds keep the comment thread, most do not.

Gold quirks (no extractor is expected to match them; the page is charged whole, and fixing
it takes the page out of the figure):

- ``gold-broken``: the gold is mojibake (the NUL bytes of UTF-16 read as single bytes) or
  under half of its shingles appear anywhere in the page's text.

Real misses (what newsextract could have kept):

- ``wrong-region``: outside the located container, on a page where the output shares under
  20% of the gold's shingles;
- ``outside-before`` / ``outside-after``: outside the container, above / below the story's
  part we kept (the container too small);
- ``cut``: removed as after the story or in a related box (the story cut too early);
- ``labelled-<reason>``: inside the container but removed for a reason (link list, a chrome
  phrase or mark, duplicate...);
- ``unseen``: no candidate block holds the line (hidden element, script data, an attribute);
- ``boundary``: the line is kept, the shingle lost across a block boundary.

Each output shingle the gold lacks is charged to the output block it starts in:
``extra-comments`` (a block of a reader-comment component), ``extra-wrong-region`` (as
above), ``extra-before`` / ``extra-after`` (above the first / below the last block that
shares text with the gold: menus, teasers, comments, related lists), ``extra-inside``
(between them: chrome inside the story, or text the gold dropped).

For each class the table gives the share of the gold's (misses) or output's (extras)
shingles it holds, averaged over pages, and the set F1 if that class alone were fixed:
misses of a convention class dropped from the gold (a gold that follows the contract), real
misses added to the output, extras dropped from the output. ``all convention`` and ``all
real`` fix the classes of each group together. Data: ``../shared/bench``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from _data import HALVES, HTML_SETS, Page, half, load_module, load_pages, shared_dir
from newsextract.assemble import assemble
from newsextract.blocks import Decision
from newsextract.input.page import NoPage, prepare
from newsextract.metadata import html_metadata
from newsextract.model import BODY_KINDS, Article, BlockKind, RemovalReason
from newsextract.options import Options
from newsextract.pipeline import html_blocks, html_labels, run
from newsextract.settings import DEFAULT_SETTINGS
from newsextract.signals.byline import parse_byline
from newsextract.signals.dates import looks_like_dateline

_WORD = re.compile(r"\w+")
SIZE = 4
CONVENTION = ("headline", "byline", "standfirst", "caption", "comments")
QUIRKS = ("gold-broken",)
_WRONG_REGION = 0.2
_BYLINE_MAX_TOKENS = 25


def tokens(text: str) -> list[str]:
    return _WORD.findall(text or "")


def _set_f1(a: Iterable[str], b: Iterable[str]) -> float:
    x, y = {t.lower() for t in a}, {t.lower() for t in b}
    if not x or not y:
        return 0.0
    common = len(x & y)
    return 2 * common / (len(x) + len(y))


@dataclass
class PageGap:
    """One page's shingle counts, with its misses and extras by class."""

    id: str
    half: int
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: Counter[str] = field(default_factory=Counter)
    extra: Counter[str] = field(default_factory=Counter)
    quirk: str | None = None
    lines: list[tuple[str, str]] = field(default_factory=list)  # (class, gold line) missed
    extras: list[tuple[str, str]] = field(default_factory=list)  # (class, block) extra

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def output(self) -> int:
        return self.tp + self.fp


def _positions(words: Sequence[str]) -> list[tuple[str, ...]]:
    """The page's shingles in order (a text under SIZE tokens is one shingle)."""
    if not words:
        return []
    if len(words) < SIZE:
        return [tuple(words)]
    return [tuple(words[i : i + SIZE]) for i in range(len(words) - SIZE + 1)]


def _lines_tokens(lines: Sequence[str]) -> tuple[list[str], list[int]]:
    words: list[str] = []
    owner: list[int] = []
    for number, line in enumerate(lines):
        found = tokens(line)
        words.extend(found)
        owner.extend([number] * len(found))
    return words, owner


def _unmatched(mine: list[tuple[str, ...]], theirs: Counter[tuple[str, ...]]) -> list[int]:
    """Positions of `mine` whose shingle the other bag lacks (bag matching, in order)."""
    left = Counter(theirs)
    out = []
    for position, shingle in enumerate(mine):
        if left[shingle] > 0:
            left[shingle] -= 1
        else:
            out.append(position)
    return out


def _extract(page: Page) -> tuple[Article, list[Decision], frozenset[int]]:
    """The Article as `newsextract.extract` builds it, the decisions behind it, and the
    blocks that sit in a reader-comment component (a "comments" class mark below the page
    wrappers around the located container)."""
    options = Options()
    settings = DEFAULT_SETTINGS
    prepared = prepare(page.content, url=page.url, kind="html", options=options, settings=settings)
    if isinstance(prepared, NoPage) or prepared.html is None:
        article = run(page.content, url=page.url, kind="html", options=options)
        return article, [], frozenset()
    metadata = html_metadata(
        prepared.html.root, url=prepared.url, options=options, settings=settings
    )
    found = html_blocks(prepared, options, settings)
    decisions = list(html_labels(found, options, settings, metadata.title))
    article = assemble(
        decisions,
        metadata,
        url=prepared.url,
        title=None,
        warnings=(),
        settings=settings,
    )
    container = found.located.container
    wrappers: set[int] = set()
    for c in found.candidates:
        if container in c.ancestors:
            wrappers.update(c.ancestors[: c.ancestors.index(container) + 1])
            break
    comments = frozenset(
        c.index
        for c in found.candidates
        if any(m.name == "comments" and m.element not in wrappers for m in c.marks)
    )
    return article, decisions, comments


def _page_text(markup: str) -> str:
    """All text of the page but scripts and styles (where else could gold come from)."""
    try:
        root = etree.fromstring(markup.encode("utf-8", "replace"), etree.HTMLParser())
    except (etree.ParserError, ValueError):
        return ""
    if root is None:
        return ""
    etree.strip_elements(root, "script", "style", with_tail=False)
    return " ".join(root.itertext())


class _DecisionIndex:
    """Find the block decision that holds a gold line's text."""

    def __init__(self, decisions: Sequence[Decision]) -> None:
        self.decisions = decisions
        self.words = [tokens(d.text) for d in decisions]
        self.by_shingle: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for number, words in enumerate(self.words):
            for shingle in set(_positions(words)):
                self.by_shingle[shingle].append(number)
        self.joined = [" ".join(w) for w in self.words]

    def find(self, line_words: Sequence[str]) -> Decision | None:
        if not line_words:
            return None
        if len(line_words) >= SIZE:
            votes: Counter[int] = Counter()
            for shingle in set(_positions(line_words)):
                for number in self.by_shingle.get(shingle, ()):
                    votes[number] += 1
            if votes:
                return self.decisions[votes.most_common(1)[0][0]]
            return None
        needle = " ".join(line_words)
        best = None
        for number, joined in enumerate(self.joined):
            if joined == needle:
                return self.decisions[number]
            if best is None and f" {needle} " in f" {joined} ":
                best = number
        return self.decisions[best] if best is not None else None


_REMOVED_CUT = frozenset({RemovalReason.AFTER_STORY, RemovalReason.RELATED})


_BYLINE_WORDS = frozenset({"by", "posted", "written", "published", "updated", "von", "par", "por"})
_DATE_LIKE = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d\d\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)
#: Gold lines this near the top, short and without a sentence end, head the story.
_HEAD_LINES = 3
_HEAD_MAX_TOKENS = 20
#: Byline and date lines sit among the first lines of a gold.
_BYLINE_LINES = 6


@dataclass(frozen=True)
class LineContext:
    """What the classes of a page's gold lines are judged against."""

    article: Article
    kept: frozenset[str]  # the output's blocks
    first_kept: int  # decision index of the first output block that shares text with the gold
    wrong_region: bool
    comments: frozenset[int]


def _is_byline_line(text: str, words: Sequence[str], number: int, article: Article) -> bool:
    if len(words) > _BYLINE_MAX_TOKENS:
        return False
    if looks_like_dateline(text) or parse_byline(text):
        return True
    lowered = {w.lower() for w in words}
    named = any(
        all(part.lower() in lowered for part in tokens(author)) for author in article.authors
    )
    near_top = number < _BYLINE_LINES
    dated = _DATE_LIKE.search(text) is not None
    return named or (near_top and (dated or bool(lowered & _BYLINE_WORDS)))


def _is_headline_line(text: str, words: Sequence[str], number: int, article: Article) -> bool:
    if article.title and _set_f1(words, tokens(article.title)) >= 0.8:
        return True
    stripped = text.rstrip()
    return (
        number < _HEAD_LINES
        and 0 < len(words) <= _HEAD_MAX_TOKENS
        and not stripped.endswith((".", "!", "?", ":", ";"))
    )


def _line_class(text: str, number: int, decision: Decision | None, context: LineContext) -> str:
    """What became of one gold line's text (see the module docstring)."""
    words = tokens(text)
    article = context.article
    if decision is not None and decision.text in context.kept:
        return "boundary"
    if (decision is not None and decision.reason is RemovalReason.TITLE) or _is_headline_line(
        text, words, number, article
    ):
        return "headline"
    if (decision is not None and decision.reason is RemovalReason.BYLINE) or _is_byline_line(
        text, words, number, article
    ):
        return "byline"
    if (article.standfirst and _set_f1(words, tokens(article.standfirst)) >= 0.8) or (
        decision is not None and decision.kind is BlockKind.STANDFIRST
    ):
        return "standfirst"
    if decision is not None and decision.kind in (BlockKind.CAPTION, BlockKind.CREDIT):
        return "caption"
    if any(_set_f1(words, tokens(c.text or c.credit or "")) >= 0.8 for c in article.captions):
        return "caption"
    if decision is None:
        return "unseen"
    if decision.index in context.comments:
        return "comments"
    if decision.reason is RemovalReason.OUTSIDE_MAIN:
        if context.wrong_region:
            return "wrong-region"
        return "outside-before" if decision.index < context.first_kept else "outside-after"
    if decision.reason in _REMOVED_CUT:
        return "cut"
    if decision.reason is not None:
        return f"labelled-{decision.reason.value}"
    return "boundary"  # kept in a kind outside the body text (a table left out...)


def analyse(page: Page, scorer: Any) -> PageGap:
    """One page's misses and extras, by class."""
    article, decisions, comments = _extract(page)
    gold_text = page.gold.get("body") or ""
    gap = PageGap(page.id, half(page.id))
    gold_lines = [line for line in gold_text.split("\n") if line.strip()]
    body_blocks = [b.text for b in article.blocks if b.kind in BODY_KINDS]
    gold_words, gold_owner = _lines_tokens(gold_lines)
    out_words, out_owner = _lines_tokens(body_blocks)
    gold_sh, out_sh = _positions(gold_words), _positions(out_words)
    assert Counter(gold_sh) == scorer.shingles(gold_text), page.id
    missed = _unmatched(gold_sh, Counter(out_sh))
    extra = _unmatched(out_sh, Counter(gold_sh))
    gap.fn, gap.fp = len(missed), len(extra)
    gap.tp = len(gold_sh) - gap.fn
    if not gold_sh:
        return gap
    quirk = _quirk(gold_text, gold_sh, page)
    if quirk is not None:
        gap.quirk = quirk
        gap.missed[quirk] += gap.fn
        gap.extra[quirk] += gap.fp
        return gap
    wrong_region = gap.tp < _WRONG_REGION * len(gold_sh)
    kept = set(body_blocks)
    index = _DecisionIndex(decisions)
    by_text = {d.text: d.index for d in decisions}
    shared_blocks = sorted(
        {out_owner[p] for p in range(len(out_sh))} - {out_owner[p] for p in extra}
    )
    kept_indices = [by_text.get(body_blocks[b], -1) for b in shared_blocks]
    first_kept = min(kept_indices, default=len(decisions))
    context = LineContext(article, frozenset(kept), first_kept, wrong_region, comments)
    classes = [
        _line_class(line, number, index.find(tokens(line)), context)
        for number, line in enumerate(gold_lines)
    ]
    for position in missed:
        last = min(position + SIZE - 1, len(gold_words) - 1)
        spanned = range(gold_owner[position], gold_owner[last] + 1)
        line = next((n for n in spanned if classes[n] != "boundary"), gold_owner[position])
        gap.missed[classes[line]] += 1
    gap.lines = sorted(
        {(classes[n], gold_lines[n]) for n in range(len(gold_lines)) if classes[n] != "boundary"}
        & {(classes[gold_owner[p]], gold_lines[gold_owner[p]]) for p in missed}
    )
    first_shared = min(shared_blocks, default=len(body_blocks))
    last_shared = max(shared_blocks, default=-1)
    for position in extra:
        block = out_owner[position]
        if by_text.get(body_blocks[block], -1) in comments:
            name = "extra-comments"
        elif wrong_region:
            name = "extra-wrong-region"
        elif block < first_shared:
            name = "extra-before"
        elif block > last_shared:
            name = "extra-after"
        else:
            name = "extra-inside"
        gap.extra[name] += 1
        gap.extras.append((name, body_blocks[block]))
    return gap


def _quirk(gold_text: str, gold_sh: Sequence[tuple[str, ...]], page: Page) -> str | None:
    """Why no extractor could match this gold, or None."""
    if "\x00" in gold_text:
        return "gold-broken"
    shown = Counter(_positions(tokens(_page_text(page.content))))
    present = sum(1 for s in gold_sh if shown[s] > 0)
    if present < 0.5 * len(gold_sh):
        return "gold-broken"
    return None


def _f1(scorer: Any, counts: Sequence[tuple[float, float, float]]) -> float:
    return float(scorer._aggregate(counts)["f1"]) if counts else 0.0


def _fixed(gap: PageGap, classes: frozenset[str]) -> tuple[float, float, float]:
    """(tp, fp, fn) with the given classes fixed (see the module docstring)."""
    tp, fp, fn = gap.tp, gap.fp, gap.fn
    for name, count in gap.missed.items():
        if name not in classes:
            continue
        fn -= count
        if name not in CONVENTION and name not in QUIRKS:
            tp += count
    for name, count in gap.extra.items():
        if name in classes:
            fp -= count
    if gap.quirk in classes:
        return 0.0, 0.0, 0.0  # the page leaves the figure
    return float(tp), float(fp), float(fn)


def report(name: str, gaps: Sequence[PageGap], scorer: Any) -> dict[str, Any]:
    """The per-class table of one set, whole and per half."""
    parts = {"all": gaps, **{h: [g for g in gaps if HALVES[g.half] == h] for h in HALVES}}
    names = sorted({n for g in gaps for n in (*g.missed, *g.extra)})
    convention = frozenset(n for n in names if n in CONVENTION)
    quirks = frozenset(n for n in names if n in QUIRKS)
    real = frozenset(names) - convention - quirks
    groups = {
        **{n: frozenset({n}) for n in names},
        "all convention": convention,
        "all quirks": quirks,
        "convention+quirks": convention | quirks,
        "all real": real,
        "everything": frozenset(names),
    }
    out: dict[str, Any] = {"set": name, "pages": {k: len(v) for k, v in parts.items()}}
    base = {
        k: _f1(scorer, [(float(g.tp), float(g.fp), float(g.fn)) for g in v if v])
        for k, v in parts.items()
    }
    out["base"] = base
    rows = {}
    for label, classes in groups.items():
        fixed = {
            k: _f1(scorer, [c for c in (_fixed(g, classes) for g in v) if any(c)])
            for k, v in parts.items()
        }
        share_gold = statistics.mean(
            [sum(g.missed[n] for n in classes) / g.gold for g in gaps if g.gold]
        )
        share_out = statistics.mean(
            [sum(g.extra[n] for n in classes) / g.output for g in gaps if g.output]
        )
        pages = sum(1 for g in gaps if any(g.missed[n] or g.extra[n] for n in classes))
        rows[label] = {
            "fixed": fixed,
            "share_gold": share_gold,
            "share_out": share_out,
            "pages": pages,
        }
    out["rows"] = rows
    print(f"\n== {name}: {len(gaps)} pages (A {len(parts['A'])} / B {len(parts['B'])})")
    print(f"base F1 {base['all']:.3f} (A {base['A']:.3f} / B {base['B']:.3f})")
    print(
        f"{'class':24s} {'pages':>5s} {'%gold':>6s} {'%out':>6s}  {'F1 fixed':>8s}"
        f"  {'dF1':>6s} {'dA':>6s} {'dB':>6s}"
    )
    for label, row in rows.items():
        fixed = row["fixed"]
        print(
            f"{label:24s} {row['pages']:5d} {100 * row['share_gold']:6.2f}"
            f" {100 * row['share_out']:6.2f}"
            f"  {fixed['all']:8.3f}  {fixed['all'] - base['all']:+6.3f}"
            f" {fixed['A'] - base['A']:+6.3f} {fixed['B'] - base['B']:+6.3f}"
        )
    return out


def _examples(gaps: Sequence[PageGap], wanted: Sequence[str], count: int) -> None:
    for name in wanted:
        worst = sorted(gaps, key=lambda g: -(g.missed[name] + g.extra[name]) / max(g.gold, 1))
        print(f"\n-- {name}: worst pages")
        for g in worst[:count]:
            lost = g.missed[name] + g.extra[name]
            if not lost:
                break
            print(f"  {g.id} ({HALVES[g.half]}): {lost} shingles of {g.gold} gold / {g.output} out")
            for label, text in [*g.lines, *g.extras]:
                if label == name:
                    print(f"      {text[:140]!r}")
                    break


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(HTML_SETS))
    parser.add_argument("--shared", default=None)
    parser.add_argument("--examples", default="", help="classes whose worst pages to list")
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    bench = shared_dir(args.shared) / "bench"
    if not bench.is_dir():
        print(f"no dev data at {bench}; nothing to analyse")
        return 0
    scorer = load_module(bench / "score.py", "bench_score")
    results = []
    for name in args.sets.split(","):
        gaps = [analyse(page, scorer) for page in load_pages(bench / name)]
        results.append(report(name, gaps, scorer))
        if args.examples:
            _examples(gaps, args.examples.split(","), args.count)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
