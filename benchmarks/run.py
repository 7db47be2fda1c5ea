"""Main-text and metadata benchmark: newsextract beside its peers, in one process and one run.

    python benchmarks/run.py                      # everything installed, all three datasets
    python benchmarks/run.py --limit 20 --tools newsextract,trafilatura,lxml
    python benchmarks/run.py --markdown --json out.json --per-page worst.tsv

Data: ``../shared/bench`` beside the repository (``--shared PATH`` for the folder holding
``bench/``); when it is absent the script says so and exits 0. Datasets:

- ``scrapinghub``: 181 news pages (HTML) with hand-checked bodies.
- ``readability``: Mozilla Readability test pages, dev half (HTML), with metadata gold.
- ``scrapinghub-text``: the same 181 pages as whole-page text dumps (one block per line).
  newsextract reads the dump with ``kind="text"``; the peers, which only read HTML, get each
  line wrapped in a ``<p>`` of a minimal HTML document; ``input`` (the dump returned
  unchanged) is the floor.

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

Metadata table (readability pages; gold from each page's expected-metadata.json, as copied
into the manifest). Accuracy of a field = matching pages / pages whose gold has that field;
an empty prediction never matches. The same rules for every tool:

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

from _data import Page, html_to_text, load_module, load_pages, shared_dir, text_to_html

DATASETS = ("scrapinghub", "readability", "scrapinghub-text")
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
    """What one call returned: body text (None for the timing baseline) and metadata."""

    text: str | None
    meta: Meta | None = None


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


@dataclass(slots=True)
class ToolRun:
    """One tool's pass over one dataset."""

    outputs: list[Output | None] = field(default_factory=list)
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


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
        return Output(article.text, meta)

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
        meta = None
        if not favor_precision:  # same metadata code path; one row is enough
            meta = Meta(doc.title, doc.author, _day(doc.date), doc.sitename, doc.language)
        return Output(doc.text, meta)

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
        return Output(art.text, meta)

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
        return Output(art.cleaned_text, meta)

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
            run.errors.append(f"{page.id[:16]}: {type(exc).__name__}: {str(exc)[:120]}")
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
def body_scores(scorer: ModuleType, pages: Sequence[Page], run: ToolRun) -> dict[str, float]:
    """P, R, F1 and exact-match accuracy with the shared scorer's own functions."""
    counts, exact = [], []
    for page, output in zip(pages, run.outputs, strict=True):
        pred = output.text if output else None
        gold = page.gold["body"]
        counts.append(scorer.shingle_counts(gold, pred))
        exact.append(float(scorer.tokens(gold) == scorer.tokens(pred)))
    scores: dict[str, float] = dict(scorer._aggregate(counts))
    scores["exact"] = statistics.mean(exact) if exact else 0.0
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


def body_table(results: dict[str, dict[str, Any]], markdown: bool) -> str:
    headers = [
        "tool",
        "version",
        "P",
        "R",
        "F1",
        "exact",
        "docs/s",
        "ms/page",
        "cpu ms",
        "x lxml",
        "errors",
    ]
    rows = []
    for name, r in results.items():
        rows.append(
            [
                name,
                r["version"],
                _fmt(r.get("precision")),
                _fmt(r.get("recall")),
                _fmt(r.get("f1")),
                _fmt(r.get("exact")),
                _fmt(r["docs_per_s"], 1),
                _fmt(r["ms_per_page"], 2),
                _fmt(r["cpu_ms_per_page"], 2),
                _fmt(r["x_lxml"], 1),
                str(r["errors"]),
            ]
        )
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


def environment() -> dict[str, str]:
    return {
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


# ----------------------------------------------------------------------------- main
def run_dataset(
    name: str, pages: list[Page], tools: Sequence[Tool], scorer: ModuleType
) -> tuple[dict[str, dict[str, Any]], dict[str, ToolRun]]:
    """Every tool over the dataset's pages, one after another; summary rows and raw runs."""
    text_mode = bool(pages) and pages[0].kind == "text"
    wrapped = [text_to_html(p.content) for p in pages] if text_mode else []
    runs: dict[str, ToolRun] = {}
    results: dict[str, dict[str, Any]] = {}
    for tool in tools:
        if not text_mode and not tool.html_datasets:
            continue
        print(f"  {name}: {tool.name} ...", file=sys.stderr, flush=True)
        run = run_tool(tool, pages, tool_inputs(tool, pages, wrapped))
        runs[tool.name] = run
        row: dict[str, Any] = {"version": tool.version}
        if run.outputs and any(o is not None and o.text is not None for o in run.outputs):
            row |= body_scores(scorer, pages, run)
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
                "url": page.url or "",
            }
        )
    return rows


def write_per_page(path: Path, rows: list[dict[str, Any]]) -> None:
    """newsextract's per-page scores as TSV, worst F1 first."""
    rows = sorted(rows, key=lambda r: (r["f1"], r["dataset"], r["id"]))
    lines = ["dataset\tid\tf1\tprecision\trecall\turl"]
    lines += [
        f"{r['dataset']}\t{r['id']}\t{r['f1']:.3f}\t{r['precision']:.3f}\t{r['recall']:.3f}\t{r['url']}"
        for r in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def save_predictions(
    folder: Path, dataset: str, pages: Sequence[Page], runs: dict[str, ToolRun]
) -> None:
    """Each tool's outputs in bench/score.py's input format, to re-score them independently."""
    target = folder / dataset
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
    heading = f"readability metadata ({len(pages)} pages): accuracy over pages whose gold has it"
    print(f"\n{'### ' if markdown else '== '}{heading}\n")
    print(metadata_table(report["metadata"], markdown))
    disputes = load_disputes()
    undisputed = {n: metadata_scores(pages, r, disputes)[0] for n, r in meta_runs.items()}
    report["metadata_undisputed"] = undisputed
    listed = "; ".join(f"{f}: {', '.join(sorted(ids))}" for f, ids in disputes.items())
    heading = f"the same, without the pages whose gold is disputed ({listed})"
    print(f"\n{'### ' if markdown else '== '}{heading}\n")
    print(metadata_table(undisputed, markdown))


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared", help="folder holding bench/ (default: ../shared beside the repo)"
    )
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated; default: all")
    parser.add_argument(
        "--datasets", default=",".join(DATASETS), help="comma-separated; default: all"
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
    for option, allowed in (("tools", TOOLS), ("datasets", DATASETS)):
        chosen = [x.strip() for x in getattr(args, option).split(",") if x.strip()]
        unknown = sorted(set(chosen) - set(allowed))
        if unknown:
            parser.error(
                f"unknown {option}: {', '.join(unknown)} (choose from {', '.join(allowed)})"
            )
        setattr(args, option, chosen)
    return args


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    bench = shared_dir(args.shared) / "bench"
    if not (bench / "score.py").is_file():
        print(f"benchmark data not found at {bench}; nothing to run (use --shared PATH)")
        return 0
    logging.disable(logging.CRITICAL)  # peers log every discarded page
    warnings.simplefilter("ignore")
    scorer = load_module(bench / "score.py", "bench_score")
    tools = build_tools(args.tools)
    report: dict[str, Any] = {"environment": environment(), "datasets": {}, "metadata": {}}
    per_page: list[dict[str, Any]] = []
    for dataset in args.datasets:
        pages = load_pages(bench / dataset, args.limit)
        results, runs = run_dataset(dataset, pages, tools, scorer)
        report["datasets"][dataset] = {"pages": len(pages), "tools": results}
        title = f"{dataset}: {len(pages)} pages" + (
            " (text mode)" if pages and pages[0].kind == "text" else ""
        )
        print(f"\n{'### ' if args.markdown else '== '}{title}\n")
        print(body_table(results, args.markdown))
        for name, row in results.items():
            for sample in row["error_samples"]:
                print(f"  error {name} {sample}")
        if "newsextract" in runs:
            per_page += per_page_rows(dataset, pages, runs["newsextract"], scorer)
        if args.save_predictions:
            save_predictions(args.save_predictions, dataset, pages, runs)
        if dataset == "readability":
            report_metadata(report, pages, runs, args.markdown)
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
