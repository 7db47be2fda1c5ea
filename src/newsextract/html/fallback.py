"""readability-lxml as a fallback, asked only when newsextract's own scoring finds no prose.

Pages without a single prose block (lyrics, lists of short lines, stubs) give the scorer in
`locate.py` nothing to weigh, and it then keeps the whole page. readability-lxml scores
containers differently (paragraph counts, comma counts, class weights) and often still
isolates the content there. Its choice is used as a signal only: newsextract keeps its own
candidate blocks that lie in the text readability-lxml returns, so nothing is invented (it
drops hidden elements without a space, for one). It is slow (about 30x lxml's parse) and
imported only on this branch.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsextract.blocks import Candidate
from newsextract.html.locate import Located
from newsextract.input.safeparse import parse_html
from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS, FallbackSettings


def readability_located(
    markup: str,
    candidates: Sequence[Candidate],
    options: Options,
    settings: FallbackSettings = DEFAULT_SETTINGS.fallback,
) -> Located | None:
    """The candidates inside the content readability-lxml finds in `markup`, or None.

    `markup` is the page as newsextract's safe parse bounded it (`ParsedHtml.markup`:
    flattened, stripped of entity declarations and attribute bombs), never the raw input;
    readability-lxml parses it into a tree of its own, which it may change.
    """
    if (
        len(markup) > settings.readability_max_chars
        or markup.count("<") > settings.readability_max_tags
    ):
        return None
    from readability import Document
    from readability.readability import Unparseable

    try:
        summary = Document(markup).summary(html_partial=True)
    except Unparseable:
        return None
    chosen_root = parse_html(summary, options)
    if chosen_root is None:
        return None
    chosen = "".join(chosen_root.text_content().split())
    inside = [c for c in candidates if c.ancestors and "".join(c.text.split()) in chosen]
    if not inside:
        return None
    return Located(
        container=_common_ancestor(inside),
        inside=frozenset(c.index for c in inside),
        chrome={},
        good_chars=0,
        prose_in={},
    )


def _common_ancestor(candidates: Sequence[Candidate]) -> int:
    """The deepest element that encloses every candidate."""
    shared = candidates[0].ancestors
    for candidate in candidates[1:]:
        depth = 0
        for mine, theirs in zip(shared, candidate.ancestors, strict=False):
            if mine != theirs:
                break
            depth += 1
        shared = shared[:depth]
    return shared[-1] if shared else candidates[0].ancestors[0]
