"""Main-text and metadata benchmark: newsextract beside its peers, in one process and one run.

    python benchmarks/run.py                      # everything installed, every dev set
    python benchmarks/run.py --limit 20 --tools newsextract,trafilatura,lxml
    python benchmarks/run.py --datasets html --halves A      # HTML sets, calibrate half only
    python benchmarks/run.py --datasets fundus-dev,fundus-dev:text --styles html_text,markdown
    python benchmarks/run.py --markdown --json out.json --per-page worst.tsv

Data: ``../shared/bench`` beside the repository (``--shared PATH`` for the folder holding
``bench/``); when it is absent the script says so and exits 0. Datasets (``--datasets``):

- HTML (``html`` selects the four): ``scrapinghub`` (181 news pages, hand-checked bodies),
  ``readability`` (Mozilla Readability test pages, dev half, with metadata gold), ``dragnet``
  (1,381 news and blog pages of 2012; the gold usually starts with headline and byline),
  ``fundus-dev`` (127 news pages of 2023-2026 with body and field gold).
- Text (``text`` selects them all): ``scrapinghub-text`` (the scrapinghub pages as shipped
  whole-page dumps, one block per line) and the text twins ``SET:STYLE`` of scrapinghub,
  dragnet and fundus-dev in each dump style of ``bench/dumpstyles.py`` (html_text,
  bs_newline, innertext, wrap80, markdown; ``--styles`` picks some; ``SET:text`` is every
  chosen style of SET). Twins are made on demand by running ``bench/dumpstyles.py`` into
  ``--dumps`` (default ``benchmarks/out/dumps/<set>/<style>/``) when that folder has no
  manifest yet, and skipped with a note when html-text or html2text is not installed.
  newsextract reads a dump with ``kind="text"``; the peers, which only read HTML, get each
  line wrapped in a ``<p>`` of a minimal HTML document; ``input`` (the dump returned
  unchanged) is the floor. On text sets only ``lxml``, ``newsextract``, ``justext`` and
  ``input`` run unless ``--tools`` is given: trafilatura (both), readability-lxml,
  newspaper4k and goose3 together take about 80 ms per dump (scrapinghub-text), some 12
  more minutes over the 8,626 dumps of the 16 text sets.

Hash halves: every page is in half A (calibrate) or B (check) by
``int(sha1(HALF_SALT + page_id).hexdigest(), 16) % 2`` (``_data.half``; the salt because
readability's dev half was itself chosen by the bare ids' SHA-1); every F1 is given for the
whole set and for each half. ``--halves A`` loads only the pages of half A.

Tools (peers come from the ``bench`` extra; a missing one is skipped with a note):

- ``newsextract``: ``newsextract.extract(source, url=url)`` (``kind="text"`` in text mode),
  its ``.text``; metadata from the same call.
- ``trafilatura``: ``bare_extraction(html, url=url, with_metadata=True,
  include_comments=False)``: the pipeline ``trafilatura.extract(..., with_metadata=True)`` runs,
  minus its txt formatting, which would put a YAML metadata header into the body (F1 0.87
  instead of 0.96 on scrapinghub). Reader comments are left out, since no gold body has them
  (with them: 0.953). Metadata from the same call.
- ``trafilatura-precision``: the same with ``favor_precision=True``.
- ``readability-lxml``: ``Document(html, url=url).summary(html_partial=True)``, turned into
  text one line per block element.
- ``newspaper4k``: ``Article(url).download(input_html=html).parse()``, ``.text``; image
  fetching off (it would go to the network). Metadata from the same call.
- ``goose3``: ``Goose().extract(raw_html=html)`` (no ``url``: goose3 would fetch it),
  ``.cleaned_text``. Metadata from the same call.
- ``justext``: the union of all its stoplists (the pages are in several languages; the
  English stoplist alone scores 0.792 on scrapinghub, 0.722 on readability), the
  non-boilerplate paragraphs joined by newlines.
- ``lxml``: ``lxml.html.document_fromstring(html)`` only: the timing baseline, not scored.
- ``input``: text mode only, the input returned unchanged (the floor).

Columns of the body tables:

- P, R, F1, exact: the scrapinghub benchmark's metric, computed by the functions of
  ``bench/score.py`` imported from the shared folder (so the figures are that scorer's):
  bags of 4-token shingles per page, P and R averaged over pages, F1 of the two averages;
  exact = share of pages whose token sequence equals the gold.
- docs/s: pages divided by the summed wall time of the extraction calls only
  (``time.perf_counter`` around each call; one process; tools run one after another, each
  warmed up on the first 3 pages, untimed). ms/page is its inverse; cpu ms is the process
  CPU time per page (``time.process_time``), steadier than wall time on a busy machine.
- x lxml: the tool's CPU time over lxml's bare parse of the same pages (CPU time, so that
  other jobs on a shared machine do not move it; on an idle machine wall time gives the same
  ratio). In text mode lxml parses the ``<p>``-wrapped documents the peers get.
- errors: pages where the tool raised or ran over 30 s; they count as empty output.
- A, B: F1 over the pages of half A and half B alone (same scorer).
- title (text mode): the headline rate, the share of pages whose gold has a title where the
  tool's title matches it (``fields.title_matches``: equal after normalization, or one
  contains the other and is at least 80% of its length); ``-`` when the gold has no titles
  or the tool returns none.

Summary tables, at the end: per tool, F1 (whole, A, B) on each HTML set and the mean over
the HTML sets run, with speed pooled over those sets (docs/s = all pages / all call time;
x lxml = summed CPU time over lxml's on the same pages), then newsextract's docs/s on
scrapinghub as a multiple of trafilatura's (with metadata) in the same run. For text mode
one row per text set (F1 whole, A, B per tool and the headline rate) and a mean row, then
the pooled speed of each tool over the text sets.

fundus-dev fields (HTML, and text mode on the html_text twin): per field P, R, F1 (whole, A,
B) of title, authors, published, standfirst, subheads, captions and caption credits, with
the rules of ``benchmarks/fields.py`` (its docstring); trafilatura, newspaper4k and goose3
are scored on the fields they return (title, authors, published).

Readability metadata table (readability pages; gold from each page's expected-metadata.json,
as copied into the manifest). Accuracy of a field = matching pages / pages whose gold has that
field; an empty prediction never matches. The same rules for every tool:

- title: token-set F1 >= 0.8 (tokens: NFKC, casefolded ``\\w+`` runs) — the structure
  scorer's item threshold; tolerates a short " | Site" tail on either side, not a wrong
  headline.
- authors: the byline's name tokens (filler words such as "by", "and", "par", "von",
  tokens with digits — some gold bylines hold a date — and one-letter tokens dropped) against
  all predicted authors' name tokens: token-set F1 >= 0.5, i.e. the names largely overlap (one
  author of three does not match).
- published: the same YYYY-MM-DD (the date as written, no time-zone conversion).
- site name: equal after NFKC, casefolding, collapsing whitespace and dropping a leading "the".
- language: the same primary subtag ("en-US" = "en").

Disputed gold: ``benchmarks/gold_disputes.json`` lists readability pages whose metadata gold
contradicts the page (a title kept with its site tail, a site's generic title, a headline
other than the visible one), each with what the page shows. The metadata table is printed
twice, for every tool alike: over all pages, and over the undisputed ones.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import platform
import re
import signal
import statistics
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import metadata as importlib_metadata
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, Literal

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import (
    DEFAULT_DUMPS,
    DUMP_STYLES,
    HALVES,
    HTML_SETS,
    TEXT_SETS,
    TWIN_SOURCES,
    Page,
    bench_dir,
    ensure_dumps,
    half,
    html_to_text,
    load_module,
    load_pages,
    text_to_html,
)
from fields import FIELDS, Fields, page_counts, prf, title_matches

#: Names --datasets takes besides single sets: every HTML set, every text set.
GROUPS = ("html", "text")
TOOLS = (
    "lxml",
    "newsextract",
    "trafilatura",
    "trafilatura-precision",
    "readability-lxml",
    "newspaper4k",
    "goose3",
    "justext",
    "input",
)
#: Tools run on text sets unless --tools names others explicitly (the slow peers are left out).
TEXT_TOOLS = frozenset({"lxml", "newsextract", "justext", "input"})
#: The tools the fundus-dev field table scores, and the fields each returns.
FIELD_TOOLS = {
    "newsextract": FIELDS,
    "trafilatura": ("title", "authors", "published"),
    "newspaper4k": ("title", "authors", "published"),
    "goose3": ("title", "authors", "published"),
}
#: The dump style whose fundus-dev twin gets the text-mode field table.
FIELD_TEXT_STYLE = "html_text"
#: Pages each tool extracts untimed before its timed pass (imports, caches, lazy tables).
WARMUP_PAGES = 3
#: A call running longer than this is abandoned and counted as an error with empty output.
CALL_TIMEOUT_S = 30
#: Metadata match thresholds; see the module docstring for the rules.
TITLE_MIN_F1 = 0.8
BYLINE_MIN_F1 = 0.5
BYLINE_FILLER = frozenset(
    {"by", "and", "with", "par", "et", "avec", "von", "und", "mit", "por", "y"}
)
META_FIELDS = ("title", "authors", "published", "site_name", "language")
#: Gold keys in the readability manifest for each metadata field.
META_GOLD_KEYS = {
    "title": "title",
    "authors": "byline",
    "published": "published",
    "site_name": "site_name",
    "language": "lang",
}
#: Pages whose metadata gold is disputed, per field (see the module docstring).
GOLD_DISPUTES = Path(__file__).with_name("gold_disputes.json")
ERROR_SAMPLES = 5
#: newsextract's `kind` argument: "auto" for the HTML datasets, "text" for the text dumps.
Kind = Literal["auto", "html", "text"]

_WORD = re.compile(r"\w+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Meta:
    """Metadata a tool returned, as plain strings (authors joined with "; ")."""

    title: str | None = None
    authors: str | None = None
    published: str | None = None
    site_name: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Output:
    """What one call returned: body text (None for the timing baseline) and metadata.

    `meta` feeds the readability metadata table, `fields` the fundus-dev field table.
    """

    text: str | None
    meta: Meta | None = None
    fields: Fields | None = None


#: A tool's call: (input, url, newsextract kind) -> Output.
Call = Callable[[str, "str | None", Kind], Output]


@dataclass(frozen=True, slots=True)
class Tool:
    """A tool under test: its call, its version, and which inputs it reads."""

    name: str
    version: str
    call: Call
    reads_text: bool = False  # text mode: gets the raw dump, not the <p>-wrapped HTML
    html_datasets: bool = True  # runs on the HTML datasets too


@dataclass(frozen=True, slots=True)
class Dataset:
    """One set to run: an HTML set, the shipped text set, or a text twin ``SET:STYLE``."""

    name: str
    source: str  # the bench folder the pages (or, for a twin, the HTML) come from
    style: str | None = None  # the dump style of a text twin

    @property
    def text(self) -> bool:
        return self.style is not None or self.name in TEXT_SETS


@dataclass(slots=True)
class ToolRun:
    """One tool's pass over one dataset."""

    outputs: list[Output | None] = field(default_factory=list)
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SetResult:
    """The figures kept of one dataset after its pages are dropped."""

    dataset: Dataset
    pages: int
    halves: tuple[int, int]  # pages in half A, in half B
    tools: dict[str, dict[str, Any]]


class CallTimeoutError(Exception):
    """A tool's call ran past CALL_TIMEOUT_S."""


# ----------------------------------------------------------------------------- tools
def _version(dist: str) -> str:
    try:
        return importlib_metadata.version(dist)
    except importlib_metadata.PackageNotFoundError:
        return "?"


def _day(value: object) -> str | None:
    """A date-like value as YYYY-MM-DD when it starts with one, else its string or None."""
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    match = _ISO_DATE.match(text)
    return match.group(0) if match else text


def _joined(names: Sequence[str] | str | None) -> str | None:
    if isinstance(names, str):
        return names or None
    return "; ".join(n for n in names or () if n) or None


def _iso(value: object) -> str | None:
    """A date-like value as ISO text, time and offset kept when there are any."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if value is None:
        return None
    return str(value).strip() or None


def _names(value: Sequence[str] | str | None) -> tuple[str, ...]:
    """Author names as a tuple; a string is split on ";" (trafilatura joins names so)."""
    if isinstance(value, str):
        value = value.split(";")
    return tuple(n.strip() for n in value or () if n and n.strip())


def _newsextract() -> Tool | None:
    import newsextract

    if not hasattr(newsextract, "extract"):
        print("note: newsextract.extract does not exist yet; newsextract skipped")
        return None
    extract = newsextract.extract

    def call(source: str, url: str | None, kind: Kind) -> Output:
        article = extract(source, url=url, kind=kind)
        meta = Meta(
            title=article.title,
            authors=_joined(article.authors),
            published=_day(article.published),
            site_name=article.site_name,
            language=article.language,
        )
        fields = Fields(
            title=article.title,
            authors=tuple(article.authors),
            published=_iso(article.published),
            standfirst=article.standfirst,
            subheads=tuple(article.subheads),
            captions=tuple((c.text, c.credit) for c in article.captions),
        )
        return Output(article.text, meta, fields)

    return Tool("newsextract", newsextract.__version__, call, reads_text=True)


def _trafilatura(favor_precision: bool) -> Tool | None:
    from trafilatura import bare_extraction

    def call(source: str, url: str | None, kind: Kind) -> Output:
        doc: Any = bare_extraction(
            source,
            url=url,
            with_metadata=True,
            include_comments=False,
            favor_precision=favor_precision,
        )
        if doc is None:
            return Output("")
        if favor_precision:  # same metadata code path; one row is enough
            return Output(doc.text)
        meta = Meta(doc.title, doc.author, _day(doc.date), doc.sitename, doc.language)
        fields = Fields(title=doc.title, authors=_names(doc.author), published=_iso(doc.date))
        return Output(doc.text, meta, fields)

    name = "trafilatura-precision" if favor_precision else "trafilatura"
    return Tool(name, _version("trafilatura"), call)


def _readability() -> Tool | None:
    from readability import Document

    def call(source: str, url: str | None, kind: Kind) -> Output:
        return Output(html_to_text(Document(source, url=url).summary(html_partial=True)))

    return Tool("readability-lxml", _version("readability-lxml"), call)


def _newspaper() -> Tool | None:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # would download every image of the page

    def call(source: str, url: str | None, kind: Kind) -> Output:
        art = newspaper.Article(url or "", config=config)
        art.download(input_html=source)
        art.parse()
        meta = Meta(
            title=art.title,
            authors=_joined(art.authors),
            published=_day(art.publish_date),
            site_name=art.meta_site_name,
            language=art.meta_lang,
        )
        fields = Fields(
            title=art.title, authors=_names(art.authors), published=_iso(art.publish_date)
        )
        return Output(art.text, meta, fields)

    return Tool("newspaper4k", _version("newspaper4k"), call)


def _goose() -> Tool | None:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False})

    def call(source: str, url: str | None, kind: Kind) -> Output:
        art = goose.extract(raw_html=source)
        meta = Meta(
            title=art.title,
            authors=_joined(art.authors),
            published=_day(art.publish_date),
            site_name=(art.opengraph or {}).get("site_name"),
            language=art.meta_lang,
        )
        fields = Fields(
            title=art.title, authors=_names(art.authors), published=_iso(art.publish_date)
        )
        return Output(art.cleaned_text, meta, fields)

    return Tool("goose3", _version("goose3"), call)


def _justext() -> Tool | None:
    import justext

    stoplist = frozenset().union(*(justext.get_stoplist(n) for n in justext.get_stoplists()))

    def call(source: str, url: str | None, kind: Kind) -> Output:
        paragraphs = justext.justext(source, stoplist)
        return Output("\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return Tool("justext", _version("justext"), call)


def _lxml() -> Tool | None:
    from lxml import html as lxml_html

    def call(source: str, url: str | None, kind: Kind) -> Output:
        lxml_html.document_fromstring(source)
        return Output(None)

    return Tool("lxml", _version("lxml"), call)


def _input() -> Tool | None:
    def call(source: str, url: str | None, kind: Kind) -> Output:
        return Output(source)

    return Tool("input", "-", call, reads_text=True, html_datasets=False)


BUILDERS: dict[str, Callable[[], Tool | None]] = {
    "lxml": _lxml,
    "newsextract": _newsextract,
    "trafilatura": lambda: _trafilatura(favor_precision=False),
    "trafilatura-precision": lambda: _trafilatura(favor_precision=True),
    "readability-lxml": _readability,
    "newspaper4k": _newspaper,
    "goose3": _goose,
    "justext": _justext,
    "input": _input,
}


def build_tools(names: Sequence[str]) -> list[Tool]:
    """The requested tools that are installed, in the order given."""
    tools = []
    for name in names:
        try:
            tool = BUILDERS[name]()
        except ImportError as exc:
            print(f"note: {name} cannot be imported ({exc}); skipped (pip install -e '.[bench]')")
            continue
        if tool is not None:
            tools.append(tool)
    return tools


# ----------------------------------------------------------------------------- running
def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise CallTimeoutError(f"over {CALL_TIMEOUT_S} s")


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    """Raise CallTimeoutError in the block after `seconds` (SIGALRM; main thread, POSIX)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_tool(tool: Tool, pages: Sequence[Page], inputs: Sequence[str]) -> ToolRun:
    """Warm the tool up, then time each call; a raising or hanging call gives no output."""
    kind: Kind = "text" if pages and pages[0].kind == "text" else "auto"
    for source, page in list(zip(inputs, pages, strict=True))[:WARMUP_PAGES]:
        try:
            with _deadline(CALL_TIMEOUT_S):
                tool.call(source, page.url, kind)
        except Exception:  # errors are counted in the timed pass
            pass
    gc.collect()
    run = ToolRun()
    for source, page in zip(inputs, pages, strict=True):
        output: Output | None = None
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            with _deadline(CALL_TIMEOUT_S):
                output = tool.call(source, page.url, kind)
        except Exception as exc:
            message = " ".join(str(exc).split())[:120]  # one line, even in a markdown table
            run.errors.append(f"{page.id[:16]}: {type(exc).__name__}: {message}")
        run.seconds += time.perf_counter() - start
        run.cpu_seconds += time.process_time() - start_cpu
        run.outputs.append(output)
    return run


def tool_inputs(tool: Tool, pages: Sequence[Page], wrapped: Sequence[str]) -> list[str]:
    """What the tool reads: the page itself, or in text mode the <p>-wrapped dump for peers."""
    if tool.reads_text or not pages or pages[0].kind != "text":
        return [p.content for p in pages]
    return list(wrapped)


# ----------------------------------------------------------------------------- scoring
def _half_values(
    values: Sequence[Any], halves: Sequence[int], score: Callable[[list[Any]], float]
) -> dict[str, float | None]:
    """`score` over the values of each half (None for a half with no page)."""
    out: dict[str, float | None] = {}
    for index, label in enumerate(HALVES):
        part = [v for v, h in zip(values, halves, strict=True) if h == index]
        out[label] = score(part) if part else None
    return out


def body_scores(
    scorer: ModuleType, pages: Sequence[Page], run: ToolRun, halves: Sequence[int]
) -> dict[str, float | None]:
    """P, R, F1, exact-match accuracy, and F1 per half, with the shared scorer's functions."""
    counts, exact = [], []
    for page, output in zip(pages, run.outputs, strict=True):
        pred = output.text if output else None
        gold = page.gold["body"]
        counts.append(scorer.shingle_counts(gold, pred))
        exact.append(float(scorer.tokens(gold) == scorer.tokens(pred)))
    scores: dict[str, float | None] = dict(scorer._aggregate(counts))
    scores["exact"] = statistics.mean(exact) if exact else 0.0
    by_half = _half_values(counts, halves, lambda c: scorer._aggregate(c)["f1"])
    scores |= {f"f1_{label}": value for label, value in by_half.items()}
    return scores


def title_rate(
    pages: Sequence[Page], run: ToolRun, halves: Sequence[int]
) -> dict[str, float | int | None] | None:
    """Headline rate: share of pages with a gold title whose predicted title matches it.

    None when no page's gold has a title or the tool returns no title on any page.
    """
    if not any(o and o.fields and o.fields.title for o in run.outputs):
        return None
    hits, kept = [], []
    for page, output, h in zip(pages, run.outputs, halves, strict=True):
        if page.gold.get("title"):
            pred = output.fields.title if output and output.fields else None
            hits.append(float(title_matches(page.gold["title"], pred)))
            kept.append(h)
    if not hits:
        return None
    rate: dict[str, float | int | None] = {"rate": statistics.mean(hits), "n": len(hits)}
    rate |= _half_values(hits, kept, statistics.mean)
    return rate


def field_scores(
    pages: Sequence[Page], run: ToolRun, halves: Sequence[int], names: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """fundus-dev field P/R/F1 (whole set, F1 per half) of the fields `names`."""
    fields_out = [o.fields if o else None for o in run.outputs]
    per_page = [page_counts(p.gold, f) for p, f in zip(pages, fields_out, strict=True)]
    scores: dict[str, dict[str, Any]] = {}
    for name in names:
        counts = [c[name] for c in per_page]
        row = prf(counts)
        for label, value in _half_values(counts, halves, lambda c: prf(c)["f1"]).items():
            row[f"f1_{label}"] = value
        scores[name] = row
    return scores


def _tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _set_f1(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _name_tokens(text: str) -> set[str]:
    """Tokens that can be part of a name: no filler word, no digit, more than one letter."""
    return {
        t
        for t in _tokens(text)
        if len(t) > 1 and t not in BYLINE_FILLER and not any(c.isdigit() for c in t)
    }


def _site_key(text: str) -> str:
    key = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return key.removeprefix("the ")


def _lang_key(text: str) -> str:
    return re.split(r"[-_]", text.strip().casefold())[0]


def field_matches(name: str, gold: str, pred: str | None) -> bool:
    """Whether a predicted metadata value matches the gold one (rules: module docstring)."""
    if not pred or not pred.strip():
        return False
    if name == "title":
        return _set_f1(set(_tokens(gold)), set(_tokens(pred))) >= TITLE_MIN_F1
    if name == "authors":
        return _set_f1(_name_tokens(gold), _name_tokens(pred)) >= BYLINE_MIN_F1
    if name == "published":
        return _day(gold) == _day(pred)
    if name == "site_name":
        return _site_key(gold) == _site_key(pred)
    return _lang_key(gold) == _lang_key(pred)


def load_disputes(path: Path = GOLD_DISPUTES) -> dict[str, frozenset[str]]:
    """Field -> ids of the pages whose gold for that field is disputed."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {field: frozenset(pages) for field, pages in data.items() if field in META_FIELDS}


def metadata_scores(
    pages: Sequence[Page], run: ToolRun, skip: dict[str, frozenset[str]] | None = None
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Per-field accuracy over pages whose gold has the field, and every comparison made.

    The accuracy is None when the tool returned the field for no page at all (it does not
    extract it), so the table can say so rather than print 0. Pages listed in `skip` for a
    field are left out of that field's accuracy.
    """
    scores: dict[str, dict[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    for name in META_FIELDS:
        correct = total = 0
        supported = any(o and o.meta and getattr(o.meta, name) for o in run.outputs)
        skipped = (skip or {}).get(name, frozenset())
        for page, output in zip(pages, run.outputs, strict=True):
            gold = page.gold.get(META_GOLD_KEYS[name])
            if not gold or page.id in skipped:
                continue
            pred = getattr(output.meta, name) if output and output.meta else None
            ok = field_matches(name, gold, pred)
            total += 1
            correct += ok
            rows.append({"id": page.id, "field": name, "gold": gold, "pred": pred, "ok": ok})
        accuracy = correct / total if total and supported else None
        scores[name] = {"correct": correct, "n": total, "accuracy": accuracy}
    return scores, rows


# ----------------------------------------------------------------------------- output
def render(headers: Sequence[str], rows: Sequence[Sequence[str]], markdown: bool) -> str:
    """A table as markdown or as aligned plain text (first column left, the rest right)."""
    if markdown:
        lines = ["| " + " | ".join(headers) + " |"]
        lines.append("|" + "|".join(["---"] + ["---:"] * (len(headers) - 1)) + "|")
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join([first, *rest])

    return "\n".join([line(headers), *(line(r) for r in rows)])


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def heading(text: str, markdown: bool) -> str:
    return f"\n{'### ' if markdown else '== '}{text}\n"


def body_table(results: dict[str, dict[str, Any]], markdown: bool, text_mode: bool) -> str:
    headers = ["tool", "version", "P", "R", "F1", "A", "B", "exact"]
    headers += ["title"] if text_mode else []
    headers += ["docs/s", "ms/page", "cpu ms", "x lxml", "errors"]
    rows = []
    for name, r in results.items():
        row = [name, r["version"]]
        row += [_fmt(r.get(k)) for k in ("precision", "recall", "f1", "f1_A", "f1_B", "exact")]
        if text_mode:
            row.append(_fmt((r.get("title") or {}).get("rate")))
        row += [
            _fmt(r["docs_per_s"], 1),
            _fmt(r["ms_per_page"], 2),
            _fmt(r["cpu_ms_per_page"], 2),
            _fmt(r["x_lxml"], 1),
            str(r["errors"]),
        ]
        rows.append(row)
    return render(headers, rows, markdown)


def metadata_table(results: dict[str, dict[str, dict[str, Any]]], markdown: bool) -> str:
    """Per-field accuracy; "-" where the tool does not return the field."""
    first = next(iter(results.values()))
    headers = ["tool"] + [f"{f} (n={int(first[f]['n'])})" for f in META_FIELDS]
    rows = [
        [name] + [_fmt(scores[f]["accuracy"], 2) for f in META_FIELDS]
        for name, scores in results.items()
    ]
    return render(headers, rows, markdown)


def field_table(results: dict[str, dict[str, dict[str, Any]]], markdown: bool) -> str:
    """One row per (field, tool): item counts, P, R, F1 and F1 per half."""
    headers = ["field", "tool", "gold", "pred", "correct", "P", "R", "F1", "A", "B"]
    rows = []
    for name in FIELDS:
        for tool, scores in results.items():
            if name not in scores:
                continue
            r = scores[name]
            rows.append(
                [name, tool, str(r["n_gold"]), str(r["n_pred"]), str(r["correct"])]
                + [_fmt(r[k]) for k in ("precision", "recall", "f1", "f1_A", "f1_B")]
            )
    return render(headers, rows, markdown)


def _mean(values: Sequence[float | None]) -> float | None:
    """Mean of the values, None if any is missing (a mean over fewer sets would mislead)."""
    if not values or any(v is None for v in values):
        return None
    return statistics.mean(v for v in values if v is not None)


def pooled_speed(sets: Sequence[SetResult]) -> dict[str, dict[str, float | None]]:
    """Per tool, speed over all its pages of these sets; x lxml over the sets both ran."""
    speed: dict[str, dict[str, float | None]] = {}
    names = dict.fromkeys(n for s in sets for n in s.tools)
    for name in names:
        ran = [s for s in sets if name in s.tools]
        pages = sum(s.pages for s in ran)
        seconds = sum(s.tools[name]["seconds"] for s in ran)
        cpu = sum(s.tools[name]["cpu_seconds"] for s in ran)
        both = [s for s in ran if "lxml" in s.tools]
        base = sum(s.tools["lxml"]["cpu_seconds"] for s in both)
        mine = sum(s.tools[name]["cpu_seconds"] for s in both)
        speed[name] = {
            "pages": pages,
            "docs_per_s": pages / seconds if seconds else None,
            "cpu_ms_per_page": 1000 * cpu / pages if pages else None,
            "x_lxml": mine / base if base else None,
        }
    return speed


def paired(sets: Sequence[SetResult]) -> list[SetResult]:
    """The sets with pages in both halves (all of them unless `--limit` or a tiny set
    empties one): the half means are taken over these only."""
    return [s for s in sets if all(s.halves)]


def html_summary(sets: Sequence[SetResult]) -> dict[str, dict[str, Any]]:
    """Per tool: F1 (whole, A, B) per HTML set, their means, and pooled speed.

    The mean of the whole-set F1s is over every set; the means of the half F1s over the
    sets with pages in both halves, so that A and B are means over the same sets.
    """
    speed = pooled_speed(sets)
    both = {s.dataset.name for s in paired(sets)}
    summary: dict[str, dict[str, Any]] = {}
    for name, pace in speed.items():
        row: dict[str, Any] = {"sets": {}, **pace}
        for s in sets:
            r = s.tools.get(name, {})
            row["sets"][s.dataset.name] = {k: r.get(k) for k in ("f1", "f1_A", "f1_B")}
        row["mean_f1"] = _mean([v["f1"] for v in row["sets"].values()])
        for key in ("f1_A", "f1_B"):
            row[f"mean_{key}"] = _mean([v[key] for n, v in row["sets"].items() if n in both])
        row["half_mean_sets"] = sorted(both)
        summary[name] = row
    return summary


def html_summary_table(
    summary: dict[str, dict[str, Any]], sets: Sequence[SetResult], markdown: bool
) -> str:
    headers = ["tool"]
    for s in sets:
        headers += [s.dataset.name, "A", "B"]
    n_both = len(paired(sets))
    halves = ["A", "B"] if n_both == len(sets) else [f"A of {n_both}", f"B of {n_both}"]
    headers += [f"mean of {len(sets)}", *halves, "docs/s", "cpu ms", "x lxml"]
    rows = []
    for name, r in summary.items():
        row = [name]
        for s in sets:
            row += [_fmt(r["sets"][s.dataset.name][k]) for k in ("f1", "f1_A", "f1_B")]
        row += [_fmt(r[f"mean_{k}"]) for k in ("f1", "f1_A", "f1_B")]
        row += [
            _fmt(r["docs_per_s"], 1),
            _fmt(r["cpu_ms_per_page"], 2),
            _fmt(r["x_lxml"], 1),
        ]
        rows.append(row)
    return render(headers, rows, markdown)


def speed_ratio(sets: Sequence[SetResult]) -> dict[str, float] | None:
    """newsextract's docs/s on scrapinghub over trafilatura's (with metadata), same run."""
    for s in sets:
        if s.dataset.name == "scrapinghub":
            ours = s.tools.get("newsextract", {}).get("docs_per_s")
            theirs = s.tools.get("trafilatura", {}).get("docs_per_s")
            if ours and theirs:
                return {"newsextract": ours, "trafilatura": theirs, "ratio": ours / theirs}
    return None


def text_summary_table(sets: Sequence[SetResult], markdown: bool) -> str:
    """One row per text set: F1 (whole, A, B) per scored tool, headline rates; a mean row."""
    scored = list(
        dict.fromkeys(n for s in sets for n, r in s.tools.items() if r.get("f1") is not None)
    )
    titled = list(dict.fromkeys(n for s in sets for n, r in s.tools.items() if r.get("title")))
    headers = ["set", "style"]
    for name in scored:
        headers += [name, "A", "B"]
    headers += [f"title {name}" for name in titled]
    rows, columns = [], []
    for s in sets:
        values: list[float | None] = []
        for name in scored:
            r = s.tools.get(name, {})
            values += [r.get("f1"), r.get("f1_A"), r.get("f1_B")]
        values += [(s.tools.get(n, {}).get("title") or {}).get("rate") for n in titled]
        columns.append(values)
        source, _, style = s.dataset.name.partition(":")
        rows.append([source, style or "(shipped)", *(_fmt(v) for v in values)])
    means = []
    for index in range(len(headers) - 2):
        present = [c[index] for c in columns if c[index] is not None]
        # titles exist only on some sets: their mean is over the sets that have them
        is_title = index >= 3 * len(scored)
        means.append(
            (statistics.mean(present) if present else None)
            if is_title
            else _mean([c[index] for c in columns])
        )
    rows.append([f"mean of {len(sets)}", "", *(_fmt(v) for v in means)])
    return render(headers, rows, markdown)


def speed_table(speed: dict[str, dict[str, float | None]], markdown: bool) -> str:
    headers = ["tool", "pages", "docs/s", "cpu ms", "x lxml"]
    rows = [
        [
            name,
            str(r["pages"]),
            _fmt(r["docs_per_s"], 1),
            _fmt(r["cpu_ms_per_page"], 2),
            _fmt(r["x_lxml"], 1),
        ]
        for name, r in speed.items()
    ]
    return render(headers, rows, markdown)


def environment() -> dict[str, str]:
    return {
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


# ----------------------------------------------------------------------------- main
def run_dataset(
    dataset: Dataset,
    pages: list[Page],
    tools: Sequence[Tool],
    scorer: ModuleType,
    text_tools: frozenset[str] | None,
) -> tuple[dict[str, dict[str, Any]], dict[str, ToolRun]]:
    """Every tool over the dataset's pages, one after another; summary rows and raw runs.

    On a text set only the tools in `text_tools` run (None: every tool).
    """
    wrapped = [text_to_html(p.content) for p in pages] if dataset.text else []
    halves = [half(p.id) for p in pages]
    runs: dict[str, ToolRun] = {}
    results: dict[str, dict[str, Any]] = {}
    for tool in tools:
        if not dataset.text and not tool.html_datasets:
            continue
        if dataset.text and text_tools is not None and tool.name not in text_tools:
            continue
        print(f"  {dataset.name}: {tool.name} ...", file=sys.stderr, flush=True)
        run = run_tool(tool, pages, tool_inputs(tool, pages, wrapped))
        runs[tool.name] = run
        row: dict[str, Any] = {"version": tool.version}
        if run.outputs and any(o is not None and o.text is not None for o in run.outputs):
            row |= body_scores(scorer, pages, run, halves)
        if dataset.text:
            row["title"] = title_rate(pages, run, halves)
        row["seconds"] = run.seconds
        row["cpu_seconds"] = run.cpu_seconds
        row["docs_per_s"] = len(pages) / run.seconds if run.seconds else None
        row["ms_per_page"] = 1000 * run.seconds / len(pages) if pages else None
        row["cpu_ms_per_page"] = 1000 * run.cpu_seconds / len(pages) if pages else None
        row["errors"] = len(run.errors)
        row["error_samples"] = run.errors[:ERROR_SAMPLES]
        results[tool.name] = row
    base = results.get("lxml", {}).get("cpu_seconds")
    for row in results.values():
        row["x_lxml"] = row["cpu_seconds"] / base if base else None
    return results, runs


def per_page_rows(
    dataset: str, pages: Sequence[Page], run: ToolRun, scorer: ModuleType
) -> list[dict[str, Any]]:
    rows = []
    for page, output in zip(pages, run.outputs, strict=True):
        scores = scorer.doc_shingle_scores(page.gold["body"], output.text if output else None)
        rows.append(
            {
                "dataset": dataset,
                "id": page.id,
                "f1": scores["f1"],
                "precision": scores["precision"],
                "recall": scores["recall"],
                "half": HALVES[half(page.id)],
                "url": page.url or "",
            }
        )
    return rows


def write_per_page(path: Path, rows: list[dict[str, Any]]) -> None:
    """newsextract's per-page scores as TSV, worst F1 first."""
    rows = sorted(rows, key=lambda r: (r["f1"], r["dataset"], r["id"]))
    lines = ["dataset\tid\tf1\tprecision\trecall\thalf\turl"]
    lines += [
        f"{r['dataset']}\t{r['id']}\t{r['f1']:.3f}\t{r['precision']:.3f}\t{r['recall']:.3f}"
        f"\t{r['half']}\t{r['url']}"
        for r in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def save_predictions(
    folder: Path, dataset: Dataset, pages: Sequence[Page], runs: dict[str, ToolRun]
) -> None:
    """Each tool's outputs in bench/score.py's input format, to re-score them independently.

    A text twin ``SET:STYLE`` goes to ``folder/SET/STYLE/`` (the layout of the dump cache).
    """
    target = folder / dataset.source / dataset.style if dataset.style else folder / dataset.name
    target.mkdir(parents=True, exist_ok=True)
    for name, run in runs.items():
        preds = {p.id: (o.text if o else None) for p, o in zip(pages, run.outputs, strict=True)}
        if any(v is not None for v in preds.values()):
            (target / f"{name}.json").write_text(
                json.dumps(preds, ensure_ascii=False), encoding="utf-8"
            )


def report_metadata(
    report: dict[str, Any], pages: Sequence[Page], runs: dict[str, ToolRun], markdown: bool
) -> None:
    """Score, store and print the metadata of the tools that return any."""
    meta_runs = {n: r for n, r in runs.items() if any(o and o.meta for o in r.outputs)}
    if not meta_runs:
        return
    scored = {n: metadata_scores(pages, r) for n, r in meta_runs.items()}
    report["metadata"] = {n: s for n, (s, _) in scored.items()}
    report["metadata_pages"] = {n: rows for n, (_, rows) in scored.items()}
    text = f"readability metadata ({len(pages)} pages): accuracy over pages whose gold has it"
    print(heading(text, markdown))
    print(metadata_table(report["metadata"], markdown))
    disputes = load_disputes()
    undisputed = {n: metadata_scores(pages, r, disputes)[0] for n, r in meta_runs.items()}
    report["metadata_undisputed"] = undisputed
    listed = "; ".join(f"{f}: {', '.join(sorted(ids))}" for f, ids in disputes.items())
    text = f"the same, without the pages whose gold is disputed ({listed})"
    print(heading(text, markdown))
    print(metadata_table(undisputed, markdown))


def report_fields(
    report: dict[str, Any],
    dataset: Dataset,
    pages: Sequence[Page],
    runs: dict[str, ToolRun],
    markdown: bool,
) -> None:
    """Score, store and print the fundus-dev field table of the tools that return fields."""
    halves = [half(p.id) for p in pages]
    scored = {
        name: field_scores(pages, run, halves, FIELD_TOOLS[name])
        for name, run in runs.items()
        if name in FIELD_TOOLS
    }
    if not scored:
        return
    mode = "text" if dataset.text else "html"
    report.setdefault("fields", {})[mode] = {"dataset": dataset.name, "tools": scored}
    n_a = halves.count(0)
    text = (
        f"{dataset.name} fields ({len(pages)} pages, A {n_a} / B {len(pages) - n_a}): "
        "P, R, F1 over items (rules: benchmarks/fields.py)"
    )
    print(heading(text, markdown))
    print(field_table(scored, markdown))


def report_summary(report: dict[str, Any], sets: Sequence[SetResult], markdown: bool) -> None:
    """The HTML summary with the speed ratio line, then the text summary and text speed."""
    html_sets = [s for s in sets if not s.dataset.text]
    text_sets = [s for s in sets if s.dataset.text]
    summary: dict[str, Any] = {}
    if html_sets:
        rows = html_summary(html_sets)
        summary["html"] = rows
        names = ", ".join(s.dataset.name for s in html_sets)
        print(heading(f"summary, HTML ({names}): F1 whole, A, B; speed over all pages", markdown))
        print(html_summary_table(rows, html_sets, markdown))
        ratio = speed_ratio(html_sets)
        summary["speed_ratio"] = ratio
        if ratio:
            print(
                f"\nnewsextract on scrapinghub: {ratio['ratio']:.2f}x trafilatura's docs/s "
                f"({ratio['newsextract']:.1f} vs {ratio['trafilatura']:.1f}), same run"
            )
    if text_sets:
        print(heading(f"summary, text mode ({len(text_sets)} sets): F1 whole, A, B", markdown))
        print(text_summary_table(text_sets, markdown))
        speed = pooled_speed(text_sets)
        summary["text_speed"] = speed
        print(heading(f"speed, text mode (over the {len(text_sets)} text sets)", markdown))
        print(speed_table(speed, markdown))
    report["summary"] = summary


def select_datasets(
    parser: argparse.ArgumentParser, names: Sequence[str], styles: Sequence[str]
) -> list[Dataset]:
    """The datasets named (sets, groups, SET:STYLE, SET:text), in canonical order."""
    chosen: dict[str, Dataset] = {}
    for name in names:
        if name == "html" or name in HTML_SETS:
            for source in HTML_SETS if name == "html" else (name,):
                chosen[source] = Dataset(source, source)
        elif name == "text" or name in TEXT_SETS:
            for source in TEXT_SETS:
                chosen[source] = Dataset(source, source)
            for source in TWIN_SOURCES if name == "text" else ():
                for style in styles:
                    chosen[f"{source}:{style}"] = Dataset(f"{source}:{style}", source, style)
        elif name.partition(":")[0] in HTML_SETS and name.partition(":")[2] in (
            "text",
            *DUMP_STYLES,
        ):
            source, _, style = name.partition(":")
            for one in styles if style == "text" else (style,):
                chosen[f"{source}:{one}"] = Dataset(f"{source}:{one}", source, one)
        else:
            parser.error(
                f"unknown dataset {name!r} (choose from {', '.join(GROUPS + HTML_SETS)}, "
                f"{', '.join(TEXT_SETS)}, SET:STYLE or SET:text with SET an HTML set "
                f"and STYLE one of {', '.join(DUMP_STYLES)})"
            )
    order = [*HTML_SETS, *TEXT_SETS]
    order += [f"{src}:{style}" for src in HTML_SETS for style in DUMP_STYLES]
    return [chosen[n] for n in order if n in chosen]


def _listed(
    parser: argparse.ArgumentParser, option: str, value: str, allowed: Sequence[str]
) -> list[str]:
    chosen = [x.strip() for x in value.split(",") if x.strip()]
    unknown = sorted(set(chosen) - set(allowed))
    if unknown:
        parser.error(f"unknown {option}: {', '.join(unknown)} (choose from {', '.join(allowed)})")
    return chosen


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared", help="folder holding bench/ (default: ../shared beside the repo)"
    )
    parser.add_argument(
        "--tools",
        help="comma-separated (default: all; on text sets only lxml, newsextract, justext, "
        "input unless this is given)",
    )
    parser.add_argument(
        "--datasets",
        default="html,text",
        help="comma-separated sets, groups (html, text), SET:STYLE or SET:text (default: all)",
    )
    parser.add_argument(
        "--styles",
        default=",".join(DUMP_STYLES),
        help=f"dump styles of the text twins (default: all: {', '.join(DUMP_STYLES)})",
    )
    parser.add_argument(
        "--halves", default="A,B", help="A (calibrate), B (check) or both (default)"
    )
    parser.add_argument(
        "--dumps", type=Path, default=DEFAULT_DUMPS, help="text-twin cache (default: %(default)s)"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages of each dataset")
    parser.add_argument("--json", type=Path, help="write every figure to this JSON file")
    parser.add_argument("--markdown", action="store_true", help="print the tables as markdown")
    parser.add_argument(
        "--per-page", type=Path, help="write newsextract's per-page F1 (TSV, worst first)"
    )
    parser.add_argument(
        "--save-predictions", type=Path, help="write each tool's outputs (score.py format) here"
    )
    args = parser.parse_args(argv)
    args.explicit_tools = args.tools is not None
    args.tools = _listed(parser, "tools", args.tools or ",".join(TOOLS), TOOLS)
    args.styles = _listed(parser, "styles", args.styles, DUMP_STYLES)
    args.halves = [HALVES.index(h) for h in _listed(parser, "halves", args.halves, HALVES)]
    if not args.halves:
        parser.error("--halves needs A, B or both")
    names = [x.strip() for x in args.datasets.split(",") if x.strip()]
    args.datasets = select_datasets(parser, names, args.styles)
    return args


def load_dataset(
    dataset: Dataset, bench: Path, args: argparse.Namespace, made: dict[str, dict[str, Any]]
) -> list[Page] | None:
    """The dataset's pages; a text twin is made first if missing (None if it cannot be)."""
    if dataset.style is None:
        return load_pages(bench / dataset.source, args.limit, args.halves)
    if dataset.source not in made:  # every chosen style of this source in one go
        styles = [d.style for d in args.datasets if d.source == dataset.source and d.style]
        made[dataset.source] = ensure_dumps(bench, dataset.source, styles, args.dumps)
    folder = made[dataset.source].get(dataset.style)
    if folder is None:
        return None
    return load_pages(folder, args.limit, args.halves)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    bench = bench_dir(args.shared)
    if bench is None:
        return 0
    started = time.perf_counter()
    logging.disable(logging.CRITICAL)  # peers log every discarded page
    warnings.simplefilter("ignore")
    scorer = load_module(bench / "score.py", "bench_score")
    tools = build_tools(args.tools)
    text_tools = None if args.explicit_tools else TEXT_TOOLS
    report: dict[str, Any] = {"environment": environment(), "datasets": {}, "metadata": {}}
    report["options"] = {"argv": list(argv), "halves": [HALVES[h] for h in args.halves]}
    per_page: list[dict[str, Any]] = []
    sets: list[SetResult] = []
    made: dict[str, dict[str, Any]] = {}
    for dataset in args.datasets:
        pages = load_dataset(dataset, bench, args, made)
        if pages is None:
            continue
        results, runs = run_dataset(dataset, pages, tools, scorer, text_tools)
        n_a = sum(half(p.id) == 0 for p in pages)
        sets.append(SetResult(dataset, len(pages), (n_a, len(pages) - n_a), results))
        report["datasets"][dataset.name] = {
            "pages": len(pages),
            "pages_A": n_a,
            "pages_B": len(pages) - n_a,
            "tools": results,
        }
        title = f"{dataset.name}: {len(pages)} pages (A {n_a} / B {len(pages) - n_a})"
        print(heading(title + (" (text mode)" if dataset.text else ""), args.markdown))
        print(body_table(results, args.markdown, dataset.text))
        for name, row in results.items():
            for sample in row["error_samples"]:
                print(f"  error {name} {sample}")
        if "newsextract" in runs:
            per_page += per_page_rows(dataset.name, pages, runs["newsextract"], scorer)
        if args.save_predictions:
            save_predictions(args.save_predictions, dataset, pages, runs)
        if dataset.name == "readability":
            report_metadata(report, pages, runs, args.markdown)
        if dataset.source == "fundus-dev" and dataset.style in (None, FIELD_TEXT_STYLE):
            report_fields(report, dataset, pages, runs, args.markdown)
        sys.stdout.flush()
    report_summary(report, sets, args.markdown)
    report["run_seconds"] = time.perf_counter() - started
    print(f"\nrun time: {report['run_seconds']:.0f} s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(report, indent=1, ensure_ascii=False, default=str), encoding="utf-8"
        )
    if args.per_page and per_page:
        args.per_page.parent.mkdir(parents=True, exist_ok=True)
        write_per_page(args.per_page, per_page)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
