"""The article in a text dump as a run of lines: weights, the maximum-sum run, its trims.

Prose weighs its length, a short sentence half of it; every other line costs a fixed amount,
so a long menu costs a lot whatever its items' lengths (`line_weights`). The page's first
line is usually the dumped <title>: a later line it contains is the headline anchor, and the
first paragraph below it gets a bonus. The article is the maximum-sum run of lines
(`best_run`); no run crosses a wall, and what follows a wall that closes a substantial run
weighs less (readers' comments). The run then starts below the headline when what precedes
it is thin (`cut_head`), ends before a section header that little of the story follows
(`cut_tail`), and takes in the lists the story announces with a colon (`announced_items`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsextract.data import textcues
from newsextract.model import RemovalReason
from newsextract.settings import TextSettings
from newsextract.text.lines import BODY_CLASSES, Line, LineClass

_FOLD = str.maketrans("’‘“”«»–—", '\'\'""""--')
_LINKS_INTRO = re.compile(r"\b(?:{})\b".format("|".join(textcues.LINKS_INTRO)), re.IGNORECASE)
_SECTION_ENDS = frozenset(
    {RemovalReason.RELATED, RemovalReason.SUBSCRIBE, RemovalReason.COMMENTS, RemovalReason.SHARE}
)


def headline_anchors(texts: Sequence[str], settings: TextSettings) -> list[int]:
    """Lines the first line repeats: scrapers dump the page's <title> first, and the
    headline it holds ("Headline | Site") sits right above the article."""
    if not texts:
        return []
    page_title = fold(texts[0])
    shortest = max(settings.anchor_min_chars, settings.anchor_min_share * len(page_title))
    return [
        i
        for i in range(1, min(len(texts), settings.anchor_search_lines))
        if shortest <= len(texts[i]) <= len(page_title) and fold(texts[i]) in page_title
    ]


def fold(text: str) -> str:
    """Case, quotes and dashes folded, so "Don’t" in a headline matches "Don't" in <title>."""
    return text.casefold().translate(_FOLD)


def line_weights(
    lines: Sequence[Line], anchors: Sequence[int], settings: TextSettings
) -> list[float]:
    """Each line's weight; the first body line after the first headline anchor that has one
    within `anchor_reach` lines gets a bonus, if another body line follows it closely (a
    teaser repeating the headline has a single sentence)."""
    weights = [_weight(line, settings) for line in lines]
    for anchor in anchors:
        body = [
            i
            for i in range(anchor + 1, min(len(lines), anchor + 1 + settings.anchor_reach))
            if lines[i].cls in BODY_CLASSES
        ]
        if len(body) >= 2 and body[1] - body[0] <= settings.anchor_next_body:
            weights[body[0]] += settings.anchor_bonus
            return weights
    return weights


def _weight(line: Line, settings: TextSettings) -> float:
    if line.cls is LineClass.PROSE:
        return float(len(line.text))
    if line.cls is LineClass.SENTENCE:
        return settings.short_sentence_weight * len(line.text)
    if line.cls is LineClass.HEADING:
        return -settings.heading_cost
    if line.cls is LineClass.FRAGMENT or line.cls is LineClass.LIST:
        return -settings.fragment_cost
    if line.cls is LineClass.HEADER:
        return -settings.header_cost
    return -settings.chrome_cost


def best_run(
    weights: Sequence[float], lines: Sequence[Line], settings: TextSettings
) -> tuple[int, int]:
    """The maximum-sum run of lines (Kadane) that crosses no wall: first and last index.

    After a wall that ends a run weighing `wall_min_total`, lines weigh less
    (`after_wall_factor`). Returns (0, -1) when no run has a positive total.
    """
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    factor = 1.0
    for index, (raw, line) in enumerate(zip(weights, lines, strict=True)):
        if line.cls is LineClass.WALL:
            factor = settings.after_wall_factor if total >= settings.wall_min_total else factor
            total, start = 0.0, index + 1
            continue
        weight = raw * factor
        if total <= 0:
            total, start = weight, index
        else:
            total += weight
        if total > best:
            best, best_start, best_end = total, start, index
    return best_start, best_end


def check_lines(
    start: int, end: int, count: int, anchors: Sequence[int], settings: TextSettings
) -> list[int]:
    """The lines where bylines and error text sit: around the run's start and end (up to
    `check_margin` lines outside the run and `check_inside` lines inside it) and under the
    headline."""
    margin, inside = settings.check_margin, settings.check_inside
    head = range(max(0, start - margin), min(count, start + inside))
    tail_start = max(start + inside, end + 1 - inside)
    tail = range(tail_start, min(count, end + margin + 1))
    headline = [i for a in anchors[:1] for i in range(a + 1, min(count, a + 1 + margin))]
    return sorted({*head, *tail, *headline})


def cut_head(
    lines: Sequence[Line], start: int, end: int, anchors: Sequence[int], settings: TextSettings
) -> int:
    """The run's new start: right after the headline when the run holds it (the story does
    not begin above its own headline), enough prose follows it, and what comes before it
    is thin (menus and teasers, not a story with a recipe card or a box titled like it), or
    holds a teaser of this very story (its headline glued to a summary: a news ticker)."""
    if not anchors or not start < anchors[0] <= end:
        return start
    anchor = anchors[0]
    prose = [len(line.text) if line.cls is LineClass.PROSE else 0 for line in lines]
    after = sum(prose[anchor : end + 1])
    enough = after >= max(
        settings.head_cut_min_prose, settings.head_cut_share * sum(prose[start : end + 1])
    )
    body = sum(1 for line in lines[start:anchor] if line.cls in BODY_CLASSES)
    headline = fold(lines[anchor].text)
    teased = any(fold(line.text).startswith(headline) for line in lines[start:anchor])
    if not enough or (body >= settings.head_cut_max_density * (anchor - start) and not teased):
        return start
    return next((i for i in range(anchor + 1, end + 1) if lines[i].cls in BODY_CLASSES), start)


def cut_tail(lines: Sequence[Line], start: int, end: int, settings: TextSettings) -> int:
    """The run's new end: cut at the first section header (related, newsletter, comments,
    share) in the run's second half after which little of the run's prose follows."""
    is_prose = [line.cls is LineClass.PROSE for line in lines]
    total = sum(len(lines[i].text) for i in range(start, end + 1) if is_prose[i])
    after = total
    cut = end
    for i in range(start, end + 1):
        if is_prose[i]:
            after -= len(lines[i].text)
            continue
        if lines[i].reason not in _SECTION_ENDS or after > total - after:
            continue
        if after <= settings.tail_cut_share * total:
            cut = i - 1
            break
    while cut > start and lines[cut].cls not in BODY_CLASSES:
        cut -= 1
    return cut


def announced_items(
    lines: Sequence[Line], start: int, end: int, settings: TextSettings
) -> set[int]:
    """The items of lists the story announces with a colon ("The tour dates:", "Les dates :")
    inside the run or on the line right after it: the short lines that follow, up to the
    next chrome line or paragraph. They belong to the story however menu-like they look."""
    items: set[int] = set()
    for i in range(start, min(len(lines), end + 2)):
        line = lines[i]
        if line.reason is not None or not line.text.endswith(":") or _LINKS_INTRO.search(line.text):
            continue
        j = i + 1
        while (
            j < len(lines)
            and j - i <= settings.announced_list_max_items
            and lines[j].reason is None
            and lines[j].cls is not LineClass.PROSE
            and lines[j].cls is not LineClass.WALL
        ):
            items.add(j)
            j += 1
    return items
