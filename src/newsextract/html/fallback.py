"""Fallbacks when the markup gives little: an embedded body (JSON-LD, app state), then
readability-lxml, asked only when newsextract's own scoring finds little or no prose.

An embedded body (`embedded.py`) replaces the located one when it is much longer: the page's
own blocks that it contains are kept, and the paragraphs the markup lacks are added as blocks.

Pages without a single prose block (lyrics, lists of short lines, stubs) give the scorer in
`locate.py` nothing to weigh, and it then keeps the whole page; on pages with a sentence or
two of prose (a photo post, a one-line story) the one block it finds is as often a site
blurb or a copyright line as the story. readability-lxml scores
containers differently (paragraph counts, comma counts, class weights) and often still
isolates the content there. Its choice is used as a signal only: newsextract keeps its own
candidate blocks that lie in the text readability-lxml returns, so nothing is invented (it
drops hidden elements without a space, for one). It is slow (about 30x lxml's parse) and
imported only on this branch.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsextract.blocks import Candidate, Role
from newsextract.html.embedded import EmbeddedBody
from newsextract.html.locate import Located, prose_chars
from newsextract.input.safeparse import parse_html
from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS, ConsentSettings, Settings
from newsextract.signals.consent import is_consent_text

#: Shortest page block matched against an embedded body (shorter ones match by chance).
_MATCH_MIN_CHARS = 20


def readability_located(
    markup: str,
    candidates: Sequence[Candidate],
    options: Options,
    own: Located,
    settings: Settings = DEFAULT_SETTINGS,
) -> Located | None:
    """The candidates inside the content readability-lxml finds in `markup`, or None.

    `markup` is the page as newsextract's safe parse bounded it (`ParsedHtml.markup`:
    flattened, stripped of entity declarations and attribute bombs), never the raw input;
    readability-lxml parses it into a tree of its own, which it may change. `own` is
    newsextract's own location: its prose per element still tells labelling which marks
    are misnamed (a "caption" element holding the whole story).
    """
    if (
        len(markup) > settings.fallback.readability_max_chars
        or markup.count("<") > settings.fallback.readability_max_tags
    ):
        return None
    from readability import Document
    from readability.readability import Unparseable

    try:
        summary = Document(markup).summary(html_partial=True)
    except Unparseable:
        return None
    chosen_root = parse_html(summary, options, settings=settings.parse)
    if chosen_root is None:
        return None
    chosen = "".join(chosen_root.text_content().split())
    inside = [
        c
        for c in candidates
        if c.ancestors
        and "".join(c.text.split()) in chosen
        and not _is_consent_notice(c, settings.consent)
    ]
    if not inside or _a_sidebar(inside, candidates, own, settings):
        return None
    return Located(
        container=_common_ancestor(inside),
        inside=frozenset(c.index for c in inside),
        chrome={},
        good_chars=sum(
            prose_chars(c, settings.locate, settings.shape, settings.consent) for c in inside
        ),
        prose_in=own.prose_in,
    )


def _is_consent_notice(candidate: Candidate, settings: ConsentSettings) -> bool:
    """A cookie or consent notice: readability-lxml may pick one, wordy and full of commas,
    over a short story, but it is never the content (labelling removes it)."""
    return any(m.name in ("cookie", "consent") for m in candidate.marks) or is_consent_text(
        candidate.text, settings
    )


def _a_sidebar(
    chosen: Sequence[Candidate],
    candidates: Sequence[Candidate],
    own: Located,
    settings: Settings,
) -> bool:
    """Whether readability-lxml chose a sidebar over a located story whose element names
    the article body: most of its choice (`FallbackSettings.sidebar_choice_share`) is text
    under a sidebar or comment-thread name that locate trusts as such
    (`LocateSettings.single_marks`, on an element holding at most `wrapper_share` of the
    page's prose), while locate's blocks sit in an element named the body ("post-content").
    Such names are rarely wrong (`content_boost`), and readability-lxml may prefer a wordy
    disclaimer or "about me" to a short post split into sibling blocks."""
    if not any(m.name == "content" for i in own.inside for m in candidates[i].marks):
        return False
    total = max(own.prose_in.values(), default=0)
    aside = sum(
        len(c.text)
        for c in chosen
        if any(
            m.name in settings.locate.single_marks
            and own.prose_in.get(m.element, 0) <= settings.locate.wrapper_share * total
            for m in c.marks
        )
    )
    return aside > settings.fallback.sidebar_choice_share * sum(len(c.text) for c in chosen)


def _unshown(paragraphs: Sequence[str], shown: Sequence[str]) -> list[str]:
    """The embedded paragraphs without the text the page's own blocks already show (a body
    given as one string holds the page's teaser paragraph at its start)."""
    out = []
    for paragraph in paragraphs:
        rest = paragraph
        for text in shown:
            if text in rest:
                rest = rest.replace(text, " ")
        rest = " ".join(rest.split())
        if len(rest) >= _MATCH_MIN_CHARS:
            out.append(rest)
    return out


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


def embedded_located(
    candidates: Sequence[Candidate], body: EmbeddedBody
) -> tuple[tuple[Candidate, ...], Located]:
    """The page's candidates with the embedded body's paragraphs the markup lacks added as
    blocks of their own (after the page's, in the body's order), and the located body:
    the page's own blocks whose text is part of the embedded body, then the added ones.

    A block the markup does show keeps its role (a subhead stays a subhead); only what the
    markup does not hold is taken from the embedded text, so nothing appears twice.
    """
    joined = " ".join(body.paragraphs)
    matched = [
        c
        for c in candidates
        if c.ancestors and len(c.text) >= _MATCH_MIN_CHARS and c.text in joined
    ]
    shown = [c.text for c in matched]
    root = candidates[0].ancestors[0] if candidates and candidates[0].ancestors else 0
    element = 1 + max((max(c.ancestors, default=0) for c in candidates), default=0)
    added = tuple(
        Candidate(
            index=len(candidates) + offset,
            text=text,
            role=Role.BODY,
            tag="p",
            link_chars=0,
            ancestors=(root, element + offset),
        )
        for offset, text in enumerate(_unshown(body.paragraphs, shown))
    )
    inside = frozenset((*(c.index for c in matched), *(c.index for c in added)))
    located = Located(
        container=root,
        inside=inside,
        chrome={},
        good_chars=body.chars,
        prose_in={},
    )
    return (*candidates, *added), located
