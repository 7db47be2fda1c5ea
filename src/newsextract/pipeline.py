"""The stage order, readable on one screen.

source --decode--> text --sniff--> HTML: parse -> metadata -> candidates -> locate -> label
                                   text: candidates -> label (line classification)
       --> assemble (captions, credits, quotes, agencies, error-page verdict) -> Article
"""

from __future__ import annotations

from collections.abc import Sequence

from newsextract.assemble import assemble, empty_article
from newsextract.blocks import Candidate, Decision
from newsextract.html.candidates import html_candidates
from newsextract.html.fallback import readability_located
from newsextract.html.label import label_html
from newsextract.html.locate import locate
from newsextract.input.decode import decode
from newsextract.input.safeparse import parse_html
from newsextract.input.sniff import sniff_kind
from newsextract.metadata import Metadata, html_metadata, text_metadata
from newsextract.model import Article, RemovalReason
from newsextract.options import Kind, Options
from newsextract.text.label import label_text, text_candidates

#: Lines above a text page's headline searched too (a date line often sits over it).
TEXT_METADATA_ABOVE_TITLE = 2
#: Lines above a text page's first article line searched for a byline and a date when no
#: headline was found.
TEXT_METADATA_LEAD = 5


def run(source: str | bytes, *, url: str | None, kind: Kind, options: Options) -> Article:
    """Extract one article; `source` and the arguments are already validated."""
    decoded = decode(source, options)
    if decoded.binary is not None:
        return empty_article(
            url,
            (*decoded.warnings, f"binary input ({decoded.binary}), not a page"),
            removed=(f"<{decoded.binary} data>", RemovalReason.BINARY),
        )
    if not decoded.text.strip():
        return empty_article(url, (*decoded.warnings, "empty input"))
    chosen = sniff_kind(decoded.text) if kind == "auto" else kind
    if chosen == "html":
        return _from_html(decoded.text, url, options, decoded.warnings, utf8=decoded.utf8)
    return _from_text(decoded.text, url, options, decoded.warnings)


def _from_html(
    text: str,
    url: str | None,
    options: Options,
    warnings: tuple[str, ...],
    *,
    utf8: bytes | None = None,
) -> Article:
    root = parse_html(text, options, utf8=utf8)
    if root is None:
        return empty_article(url, (*warnings, "no HTML content could be parsed"))
    metadata = html_metadata(root, url=url, options=options) if options.metadata else Metadata()
    candidates = html_candidates(root, options)
    located = locate(candidates)
    if located.good_chars == 0 and options.readability_fallback:
        fallback = readability_located(text, candidates, options)
        if fallback is not None:
            located = fallback
            warnings = (*warnings, "no prose found: main content located by readability-lxml")
    decisions = label_html(candidates, located, options)
    warnings = (*warnings, *_cut_warning(candidates, options))
    return assemble(decisions, metadata, url=url, title=None, warnings=warnings)


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


def _from_text(text: str, url: str | None, options: Options, warnings: tuple[str, ...]) -> Article:
    candidates = text_candidates(text, options)
    labels = label_text(candidates, options)
    warnings = (*warnings, *_cut_warning(candidates, options))
    start = _headline_at(labels.decisions)
    end = max((d.index for d in labels.decisions if d.kind is not None), default=len(candidates))
    metadata = (
        text_metadata([c.text for c in candidates[start : end + 1]], url=url, options=options)
        if options.metadata
        else Metadata()
    )
    return assemble(labels.decisions, metadata, url=url, title=labels.title, warnings=warnings)
