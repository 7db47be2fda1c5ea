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
from dataclasses import dataclass, replace

from newsextract.assemble import assemble, empty_article, without_metadata
from newsextract.blocks import Candidate, Decision
from newsextract.html.candidates import Walk, html_walk
from newsextract.html.embedded import EmbeddedBody, app_state_body, json_ld_body
from newsextract.html.fallback import embedded_located, readability_located
from newsextract.html.label import label_html
from newsextract.html.locate import Located, locate
from newsextract.html.parts import page_parts
from newsextract.input.decode import clean_text
from newsextract.input.page import NoPage, Page, prepare
from newsextract.metadata import html_metadata, text_metadata
from newsextract.model import Article, BlockKind, RemovalReason, Source
from newsextract.options import Kind, Options
from newsextract.settings import DEFAULT_SETTINGS, Settings, TextSettings
from newsextract.text.label import TextLabels, label_text
from newsextract.text.lines import text_candidates
from newsextract.text.normalize import normalize

#: Characters of a fallback body's first block kept as its provenance's `raw`.
_SOURCE_RAW_CHARS = 200


def run(
    source: str | bytes,
    *,
    url: str | None,
    kind: Kind,
    options: Options,
    settings: Settings = DEFAULT_SETTINGS,
    title: str | None = None,
    encoding: str | None = None,
) -> Article:
    """Extract one article; `source` and the arguments are already validated. `title` is
    the caller's headline hint: text mode anchors the story on it; in HTML mode it is the
    headline only when the page shows none. `encoding` is the charset the transport
    declared for bytes. The URL is recorded clean like every string of the result (no lone
    surrogate, no control)."""
    url = None if url is None else clean_text(url)
    page = prepare(
        source, url=url, kind=kind, options=options, settings=settings, encoding=encoding
    )
    title = _hint(title, settings.text)
    if isinstance(page, NoPage):
        removed = (f"<{page.binary} data>", RemovalReason.BINARY) if page.binary else None
        return empty_article(url, page.warnings, removed=removed)
    if page.kind == "html":
        article = _from_html(page, options, settings)
        if article.title is None and title:
            article = replace(article, title=title)
    else:
        article = _from_text(page, options, settings, title)
    # the body's stages read the metadata either way (the headline tells where a story
    # starts): `Options.metadata` only says whether the Article shows it
    return article if options.metadata else without_metadata(article)


def _hint(title: str | None, settings: TextSettings) -> str | None:
    """The caller's title cleaned like page text, spaces squeezed, bounded; None if blank."""
    if not title:
        return None
    return " ".join(clean_text(title[: settings.hint_max_chars]).split()) or None


@dataclass(frozen=True, slots=True)
class HtmlBlocks:
    """The first half of the HTML path: the page's blocks and where its story is."""

    candidates: tuple[Candidate, ...]
    located: Located
    warnings: tuple[str, ...]  # what finding them had to do (a fallback, a cut)
    walk: Walk  # the candidates with the spans, rows, images, times and players the walk met
    origin: str = "html"  # where the body came from: "html", "json-ld", "app-state", "readability"


def html_blocks(
    page: Page, options: Options, settings: Settings = DEFAULT_SETTINGS, headline: str | None = None
) -> HtmlBlocks:
    """Candidate blocks of an HTML page and the located main content, with the fallbacks in
    order when the markup gives little: an embedded body much longer than the located one
    (JSON-LD `articleBody`, then app state), then readability-lxml when the located prose is
    shorter than a paragraph or two (`FallbackSettings.readability_below_chars`).
    `headline` is the page's title from its metadata, when known (`locate` finds the story
    under the heading that shows it)."""
    assert page.html is not None, "html_blocks takes an HTML page"
    walk = html_walk(page.html.root, options, settings.candidates)
    candidates = walk.candidates
    located = locate(
        candidates,
        settings.locate,
        settings.shape,
        settings.consent,
        settings.dates,
        byline=settings.byline,
        headline=headline,
    )
    warnings = _cut_warning(candidates, options)
    if not options.readability_fallback:
        return HtmlBlocks(candidates, located, warnings, walk)
    embedded = _embedded_body(page, located.good_chars, settings)
    if embedded is not None:
        shown = located.good_chars
        candidates, located = embedded_located(candidates, embedded)
        walk = replace(walk, candidates=candidates)  # the added blocks' indices follow the page's
        warnings = (
            f"body taken from the page's {embedded.origin} data ({embedded.chars} characters; "
            f"the visible markup held {shown} characters of prose)",
            *warnings,
        )
        return HtmlBlocks(candidates, located, warnings, walk, embedded.origin)
    if located.good_chars < settings.fallback.readability_below_chars:
        fallback = readability_located(page.html.markup, candidates, options, located, settings)
        if fallback is not None:
            warnings = (
                f"little prose found ({located.good_chars} characters): main content located "
                "by readability-lxml",
                *warnings,
            )
            return HtmlBlocks(candidates, fallback, warnings, walk, "readability")
    return HtmlBlocks(candidates, located, warnings, walk)


def html_labels(
    found: HtmlBlocks, options: Options, settings: Settings, headline: str | None
) -> tuple[Decision, ...]:
    """The decisions on the located blocks, which read the page's table cells from the walk."""
    return label_html(
        found.candidates, found.located, options, settings, headline, cells=found.walk.cells
    )


def _embedded_body(page: Page, shown: int, settings: Settings) -> EmbeddedBody | None:
    """The first embedded body, in order of trust, much longer than the located prose."""
    assert page.html is not None
    fallback = settings.fallback
    wanted = max(fallback.embedded_ratio * shown, fallback.embedded_min_chars)
    body = json_ld_body(page.json_ld, settings.shape)
    if body is not None and body.chars >= wanted:
        return body
    if shown >= fallback.app_state_max_chars:
        return None
    body = app_state_body(page.html.root, fallback, settings.json, settings.shape)
    return body if body is not None and body.chars >= wanted else None


def text_blocks(
    page: Page,
    options: Options,
    settings: Settings = DEFAULT_SETTINGS,
    title: str | None = None,
) -> tuple[tuple[Candidate, ...], TextLabels]:
    """The lines of a text page (normalized: `text/normalize.py`) and their labels (the
    article run among them); `title` is the caller's headline hint."""
    dump = normalize(page.text, settings, options.max_blocks, language=options.language)
    candidates = text_candidates(dump, options)
    labels = label_text(candidates, dump, options, settings, url=page.url, hint=title)
    return candidates, labels


def _from_html(page: Page, options: Options, settings: Settings) -> Article:
    assert page.html is not None
    metadata = html_metadata(
        page.html.root, url=page.url, options=options, settings=settings, json_ld=page.json_ld
    )
    found = html_blocks(page, options, settings, metadata.title)
    decisions = html_labels(found, options, settings, metadata.title)
    base = page.url or metadata.canonical_url
    return assemble(
        decisions,
        metadata,
        url=page.url,
        title=None,
        warnings=(*page.warnings, *found.warnings),
        settings=settings,
        parts=page_parts(
            found.walk,
            found.located,
            decisions,
            base,
            settings.parts,
            own=(page.url, metadata.canonical_url),
            next_page=metadata.next_page_url is None,
        ),
        body_source=_body_source(found),
    )


def _body_source(found: HtmlBlocks) -> Source | None:
    """Provenance of a body that did not come from the page's markup scoring."""
    if found.origin == "html":
        return None
    first = min(found.located.inside, default=None)
    raw = found.candidates[first].text[:_SOURCE_RAW_CHARS] if first is not None else ""
    return Source(field="body", origin=found.origin, raw=raw)


def _cut_warning(candidates: Sequence[Candidate], options: Options) -> tuple[str, ...]:
    if len(candidates) < options.max_blocks:
        return ()
    return (
        f"over {options.max_blocks} blocks (Options.max_blocks): short blocks past them "
        "were dropped, and the page was cut at twice that many",
    )


def _headline_at(decisions: Sequence[Decision], settings: TextSettings) -> int:
    """Where a text page's metadata lines start: just above its headline (above its first
    showing when it is shown twice a few lines apart), else a little above the article
    (bylines and dates sit right around the headline, menus far above)."""
    for d in decisions:
        if d.reason is RemovalReason.TITLE:
            return max(_first_showing(decisions, d, settings) - settings.metadata_above_headline, 0)
    first = next((d.index for d in decisions if d.kind is not None), 0)
    return max(first - settings.metadata_lead_lines, 0)


def _first_showing(decisions: Sequence[Decision], title: Decision, settings: TextSettings) -> int:
    """The index of the headline's first showing: the same line at most
    `headline_repeat_reach` lines above the one taken (a share box or a sticky header
    repeating it), else the headline's own."""
    reach = decisions[max(title.index - settings.headline_repeat_reach, 0) : title.index]
    text = title.text.strip()
    return next((d.index for d in reach if d.text.strip() == text), title.index)


def _story_at(decisions: Sequence[Decision]) -> int:
    """The index of a text page's first paragraph (the number of lines when it has none:
    then every line is above the story)."""
    return next((d.index for d in decisions if d.kind is BlockKind.PARAGRAPH), len(decisions))


def _teasers_at(decisions: Sequence[Decision], settings: TextSettings) -> int:
    """The index of the related-stories header closing a text page's story (a byline under
    it is a teaser's): the first one with `teaser_paragraphs` of the story's paragraphs
    above it; -1 when there is none."""
    paragraphs = 0
    for d in decisions:
        if d.kind is BlockKind.PARAGRAPH:
            paragraphs += 1
        elif d.reason is RemovalReason.RELATED and paragraphs >= settings.teaser_paragraphs:
            return d.index
    return -1


def _from_text(page: Page, options: Options, settings: Settings, title: str | None) -> Article:
    candidates, labels = text_blocks(page, options, settings, title)
    start = _headline_at(labels.decisions, settings.text)
    end = max((d.index for d in labels.decisions if d.kind is not None), default=len(candidates))
    lines = [c.text for c in candidates[start : end + 1]]
    title_at = next((d.index for d in labels.decisions if d.reason is RemovalReason.TITLE), -1)
    story_at = _story_at(labels.decisions)
    teasers_at = _teasers_at(labels.decisions, settings.text)
    metadata = text_metadata(
        lines,
        url=page.url,
        options=options,
        settings=settings,
        headline=title_at - start if title_at >= 0 else -1,
        story=story_at - start,
        teasers=teasers_at - start if teasers_at >= 0 else -1,
    )
    return assemble(
        labels.decisions,
        metadata,
        url=page.url,
        title=labels.title,
        warnings=(*page.warnings, *_cut_warning(candidates, options)),
        settings=settings,
    )
