"""The stage order, readable on one screen.

source --prepare--> Page: decoded text (+ for HTML: bounded markup and a read-only tree)
  HTML: metadata, candidates -> locate (-> readability fallback) -> label
  text: candidate lines -> label (line classification) -> metadata from the lines around it
  --> assemble (captions, credits, quotes, authors, agencies, error-page verdict) -> Article

`html_blocks` and `text_blocks` are the first half of each path (blocks and where the story
is); `newsextract.learn_template` runs them too, so a template is learned from the blocks
`extract` sees. Every stage gets its own settings from one `Settings` object.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsextract.assemble import assemble, empty_article
from newsextract.blocks import Candidate, Decision
from newsextract.html.candidates import Walk, html_walk
from newsextract.html.fallback import readability_located
from newsextract.html.label import label_html
from newsextract.html.locate import Located, locate
from newsextract.html.parts import page_parts
from newsextract.input.page import NoPage, Page, prepare
from newsextract.metadata import Metadata, html_metadata, text_metadata
from newsextract.model import Article, RemovalReason
from newsextract.options import Kind, Options
from newsextract.settings import DEFAULT_SETTINGS, Settings
from newsextract.text.label import TextLabels, label_text, text_candidates

#: Lines above a text page's headline searched too (a date line often sits over it).
TEXT_METADATA_ABOVE_TITLE = 2
#: Lines above a text page's first article line searched for a byline and a date when no
#: headline was found.
TEXT_METADATA_LEAD = 5


def run(
    source: str | bytes,
    *,
    url: str | None,
    kind: Kind,
    options: Options,
    settings: Settings = DEFAULT_SETTINGS,
) -> Article:
    """Extract one article; `source` and the arguments are already validated."""
    page = prepare(source, url=url, kind=kind, options=options, settings=settings)
    if isinstance(page, NoPage):
        removed = (f"<{page.binary} data>", RemovalReason.BINARY) if page.binary else None
        return empty_article(url, page.warnings, removed=removed)
    if page.kind == "html":
        return _from_html(page, options, settings)
    return _from_text(page, options, settings)


@dataclass(frozen=True, slots=True)
class HtmlBlocks:
    """The first half of the HTML path: the page's blocks and where its story is."""

    candidates: tuple[Candidate, ...]
    located: Located
    warnings: tuple[str, ...]  # what finding them had to do (a fallback, a cut)
    walk: Walk  # the candidates with the images, times and players met by the walk


def html_blocks(page: Page, options: Options, settings: Settings = DEFAULT_SETTINGS) -> HtmlBlocks:
    """Candidate blocks of an HTML page and the located main content; readability-lxml
    locates it instead when newsextract's own scoring finds no prose."""
    assert page.html is not None, "html_blocks takes an HTML page"
    walk = html_walk(page.html.root, options, settings.candidates)
    candidates = walk.candidates
    located = locate(candidates, settings.locate)
    warnings = _cut_warning(candidates, options)
    if located.good_chars == 0 and options.readability_fallback:
        fallback = readability_located(page.html.markup, candidates, options, settings.fallback)
        if fallback is not None:
            located = fallback
            warnings = ("no prose found: main content located by readability-lxml", *warnings)
    return HtmlBlocks(candidates, located, warnings, walk)


def text_blocks(
    page: Page, options: Options, settings: Settings = DEFAULT_SETTINGS
) -> tuple[tuple[Candidate, ...], TextLabels]:
    """The lines of a text page and their labels (the article run among them)."""
    candidates = text_candidates(page.text, options)
    return candidates, label_text(candidates, options)


def _from_html(page: Page, options: Options, settings: Settings) -> Article:
    assert page.html is not None
    metadata = (
        html_metadata(page.html.root, url=page.url, options=options, settings=settings)
        if options.metadata
        else Metadata()
    )
    found = html_blocks(page, options, settings)
    decisions = label_html(found.candidates, found.located, options, settings.label)
    base = page.url or metadata.canonical_url
    return assemble(
        decisions,
        metadata,
        url=page.url,
        title=None,
        warnings=(*page.warnings, *found.warnings),
        settings=settings.assemble,
        quotes=settings.quotes,
        parts=page_parts(
            found.walk,
            found.located,
            decisions,
            base,
            settings.parts,
            own=(page.url, metadata.canonical_url),
            next_page=options.metadata and metadata.next_page_url is None,
        ),
        kinds=settings.parts,
        dates=settings.dates,
    )


def _cut_warning(candidates: Sequence[Candidate], options: Options) -> tuple[str, ...]:
    if len(candidates) < options.max_blocks:
        return ()
    return (
        f"over {options.max_blocks} blocks (Options.max_blocks): short blocks past them "
        "were dropped, and the page was cut at twice that many",
    )


def _headline_at(decisions: Sequence[Decision]) -> int:
    """Where a text page's metadata lines start: just above its headline, else a little
    above the article (bylines and dates sit right around the headline, menus far above)."""
    for d in decisions:
        if d.reason is RemovalReason.TITLE:
            return max(d.index - TEXT_METADATA_ABOVE_TITLE, 0)
    first = next((d.index for d in decisions if d.kind is not None), 0)
    return max(first - TEXT_METADATA_LEAD, 0)


def _from_text(page: Page, options: Options, settings: Settings) -> Article:
    candidates, labels = text_blocks(page, options, settings)
    start = _headline_at(labels.decisions)
    end = max((d.index for d in labels.decisions if d.kind is not None), default=len(candidates))
    lines = [c.text for c in candidates[start : end + 1]]
    metadata = (
        text_metadata(lines, url=page.url, options=options, settings=settings)
        if options.metadata
        else Metadata()
    )
    return assemble(
        labels.decisions,
        metadata,
        url=page.url,
        title=labels.title,
        warnings=(*page.warnings, *_cut_warning(candidates, options)),
        settings=settings.assemble,
        quotes=settings.quotes,
        kinds=settings.parts,
        dates=settings.dates,
    )
