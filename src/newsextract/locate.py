"""Main-content location: pick the element that holds the article.

Each candidate block carries *good* mass (prose: sentences, few links, no chrome mark) or
*bad* mass (link lists, text under chrome marks, short fragments). Masses add up the
ancestor chain, and the main container is the element with the largest ``good - bad``: it
must hold most of the prose while leaving out the menus, teasers and comment threads that a
larger container would drag in. No site rule is involved; the method is described in
docs/design.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsextract.candidates import Candidate, Role
from newsextract.data.markup import CHROME_MARKS
from newsextract.textshape import is_prose

#: Link density above which a block counts as navigation rather than prose. Calibrated on
#: the scrapinghub dev pages: article paragraphs with inline links rarely pass 0.35.
PROSE_MAX_LINK_DENSITY = 0.35
#: Weight of bad mass against good mass when choosing the container (1.0 = one character of
#: chrome cancels one character of prose).
BAD_WEIGHT = 1.0
#: Share of a container's good mass above which a chrome mark inside it is distrusted: a
#: wrapper that holds most of the article is not a sidebar, whatever its class says.
MISLABEL_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Located:
    """The main container and, per candidate, whether it is inside and which mark applies."""

    container: int | None
    inside: frozenset[int]  # candidate indices inside the container
    chrome: dict[int, str]  # candidate index -> chrome mark set by an element inside the container
    good_chars: int  # prose characters inside the container


def locate(candidates: Sequence[Candidate]) -> Located:
    """Choose the main-content container of an HTML page's candidates."""
    good, bad = _masses(candidates)
    score: dict[int, float] = {}
    for candidate in candidates:
        g, b = good[candidate.index], bad[candidate.index]
        if not g and not b:
            continue
        delta = g - BAD_WEIGHT * b
        for element in candidate.ancestors:
            score[element] = score.get(element, 0.0) + delta
    if not score:
        return Located(None, frozenset(), {}, 0)
    depth = _depths(candidates)
    container = max(score, key=lambda e: (score[e], depth.get(e, 0)))
    inside = frozenset(c.index for c in candidates if container in c.ancestors)
    good_inside: dict[int, int] = {}
    for index in inside:
        for element in candidates[index].ancestors:
            good_inside[element] = good_inside.get(element, 0) + good[index]
    total_good = good_inside.get(container, 0)
    chrome: dict[int, str] = {}
    for index in inside:
        candidate = candidates[index]
        position = candidate.ancestors.index(container)
        below = set(candidate.ancestors[position:])
        for element, mark in candidate.marks:
            if (
                mark in CHROME_MARKS
                and element in below
                and good_inside.get(element, 0) <= MISLABEL_SHARE * total_good
            ):
                chrome[index] = mark
                break
    return Located(container, inside, chrome, total_good)


def _masses(candidates: Sequence[Candidate]) -> tuple[list[int], list[int]]:
    """Good (prose) and bad (chrome, links, fragments) characters per candidate."""
    good = [0] * len(candidates)
    bad = [0] * len(candidates)
    for c in candidates:
        length = len(c.text)
        chrome = any(mark in CHROME_MARKS for _, mark in c.marks)
        density = c.link_density
        if chrome or density > PROSE_MAX_LINK_DENSITY:
            bad[c.index] = length
        elif c.role in (Role.BODY, Role.BLOCKQUOTE, Role.LIST_ITEM) and is_prose(c.text):
            good[c.index] = int(length * (1.0 - density))
        elif c.role is Role.BODY and length < 40:
            bad[c.index] = length // 2
    return good, bad


def _depths(candidates: Sequence[Candidate]) -> dict[int, int]:
    depth: dict[int, int] = {}
    for c in candidates:
        for level, element in enumerate(c.ancestors):
            depth[element] = level
    return depth
