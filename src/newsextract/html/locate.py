"""Main-content location: pick the element that holds the article.

Each candidate block carries *good* mass (prose: sentences, few links, no chrome mark) or
*bad* mass (link lists, text under chrome marks, short fragments). Masses add up the
ancestor chain, and the main container is the element with the largest ``good - bad``: it
must hold most of the prose while leaving out the menus, teasers and comment threads that a
larger container would drag in. No site rule is involved; the method is described in
docs/design.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from newsextract.blocks import Candidate, Role
from newsextract.data.markup import CHROME_MARKS
from newsextract.settings import (
    DEFAULT_SETTINGS,
    BylineSettings,
    ConsentSettings,
    DateSettings,
    LocateSettings,
    ShapeSettings,
)
from newsextract.signals.byline import parse_byline
from newsextract.signals.consent import consent_cues, is_consent_text
from newsextract.signals.dates import is_stamp_line, undated
from newsextract.signals.language import stop_word_share
from newsextract.signals.shape import is_prose
from newsextract.signals.strings import content_words, stems, words_key

#: Roles whose text can be the story's prose: paragraphs, quotes, list items, and table rows
#: (an article laid out in a table writes its paragraphs straight into the cells).
_PROSE_ROLES = frozenset({Role.BODY, Role.BLOCKQUOTE, Role.LIST_ITEM, Role.TABLE})
#: Roles a comment's stamp line has: not a quote (an embedded post); a heading may be one
#: ("<h4>on October 27, 2012 at 3:19 am</h4>" under each comment).
_STAMP_ROLES = frozenset(
    {Role.BODY, Role.LIST_ITEM, Role.TABLE, Role.CAPTION, Role.CREDIT, Role.HEADING}
)
#: The chrome mark of a comment thread told by its shape (`_comment_threads`) inside the
#: main container: a blog's flat template sets the post and its comments in one element.
_THREAD_MARK = "comments"


@dataclass(frozen=True, slots=True)
class Located:
    """The main container and, per candidate, whether it is inside and which mark applies."""

    container: int | None
    inside: frozenset[int]  # candidate indices inside the container
    chrome: dict[int, str]  # candidate index -> chrome mark set by an element inside the container
    good_chars: int  # prose characters inside the container
    prose_in: dict[int, int]  # element id -> prose characters under it


def locate(
    candidates: Sequence[Candidate],
    settings: LocateSettings = DEFAULT_SETTINGS.locate,
    shape: ShapeSettings = DEFAULT_SETTINGS.shape,
    consent: ConsentSettings = DEFAULT_SETTINGS.consent,
    dates: DateSettings = DEFAULT_SETTINGS.dates,
    *,
    byline: BylineSettings = DEFAULT_SETTINGS.byline,
    headline: str | None = None,
) -> Located:
    """Choose the main-content container of an HTML page's candidates (prose, consent
    notices and comment stamps told by `shape`, `consent` and `dates`; `headline` is the
    page's title from its metadata, when known)."""
    raw_prose = [prose_chars(c, settings, shape, consent) for c in candidates]
    raw_in = _sum_by_element(candidates, raw_prose)
    seen = _without_consent_box(
        candidates,
        _without_gallery_captions(candidates, raw_prose, raw_in, settings),
        settings,
        consent,
    )
    threads = _comment_threads(candidates, seen, settings, dates, byline=byline, shape=shape)
    prose = _without_widget_columns(
        candidates,
        [0 if i in threads else value for i, value in enumerate(seen)] if threads else seen,
        settings,
    )
    prose_in = raw_in if prose is raw_prose else _sum_by_element(candidates, prose)
    total_prose = sum(prose)
    mislabelled = _mislabelled_names(candidates, prose, total_prose, settings)
    folds = _folds(candidates, prose, settings)
    chrome_at = [
        _chrome_mark(
            c, prose_in, total_prose, mislabelled=mislabelled, folds=folds, settings=settings
        )
        for c in candidates
    ]
    masses = [
        _mass(c, prose[c.index], chrome_at[c.index] is not None, settings, shape)
        for c in candidates
    ]
    score: dict[int, float] = {}
    for c, delta in zip(candidates, masses, strict=True):
        if delta:
            for element, weight in zip(
                c.ancestors,
                _reach(len(c.ancestors), settings.full_reach, settings.reach_decay),
                strict=True,
            ):
                score[element] = score.get(element, 0.0) + delta * weight
    if not candidates or not candidates[0].ancestors:
        return Located(None, frozenset(), {}, 0, prose_in)
    best = max(score.values(), default=0.0)
    head = _headline_heading(candidates, headline)
    if best > 0:
        container = _headline_story(
            candidates,
            prose,
            score,
            _deepest([e for e, value in score.items() if value == best], candidates),
            settings,
            head=head,
        )
    else:
        # No prose anywhere (a stub, a test page, a caption-only page): keep the whole page
        # and let labelling strip what is chrome.
        container = candidates[0].ancestors[0]
    container, inside = _with_siblings(candidates, container, masses, settings)
    container, inside = _upper_story(
        candidates, container, inside, masses, settings=settings, head=head
    )
    chrome: dict[int, str] = {}
    for index in inside:
        found = chrome_at[index]
        ancestors = candidates[index].ancestors
        if found is not None and ancestors.index(found[0]) >= ancestors.index(container):
            chrome[index] = found[1]
        elif index in threads:
            chrome[index] = _THREAD_MARK
    good = sum(prose[i] for i in inside if i not in chrome)
    return Located(container, inside, chrome, good, prose_in)


def _headline_story(
    candidates: Sequence[Candidate],
    prose: Sequence[int],
    score: Mapping[int, float],
    container: int,
    settings: LocateSettings,
    *,
    head: Candidate | None,
) -> int:
    """The container, or the element holding the story that follows the page's headline
    when the container is prose after it that shares fewer of the headline's words.

    A story of two paragraphs loses by mass to a longer block further down the page (a
    customer-service notice, a publisher's "About us" box, a blog's disclaimer) once no tag
    or class names either (`<footer>`, itemprop="articleBody"). Readability-style, the story
    is where the headline is: its paragraphs follow the headline's heading (`head`, from
    `_headline_heading`) and share its words, where a notice written for every page shares
    none, or one by chance (a disclaimer naming the maker the headline names, "no affiliation
    with Nikon"). The story's element is the best-scoring element around the prose between
    the heading and the container that does not hold the container (the deepest on a tie),
    when that prose holds `headline_story_min_blocks` blocks; it wins when its prose shares
    more distinct headline words than the container's and weighs `headline_story_min_share`
    of the container's. Not when the container holds the first prose after the heading, nor
    without one.
    """
    if head is None or container in head.ancestors:
        return container
    held = [c for c in candidates if container in c.ancestors and prose[c.index]]
    after = [c for c in candidates[head.index + 1 :] if prose[c.index]]
    if not held or not after or held[0].index <= after[0].index:
        return container
    words = stems(content_words(head.text), settings.headline_stem_chars)
    shared = _shared_words(held, words, settings.headline_stem_chars)
    if len(shared) >= len(words):
        return container
    between = [c for c in after if c.index < held[0].index]
    if len(between) < settings.headline_story_min_blocks:
        return container
    outside = frozenset(held[0].ancestors)
    around = {e: depth for c in between for depth, e in enumerate(c.ancestors) if e not in outside}
    if not around:
        return container
    story = max(around, key=lambda e: (score.get(e, 0.0), around[e]))
    if score.get(story, 0.0) <= 0:
        return container
    own = [c for c in after if story in c.ancestors]
    if len(_shared_words(own, words, settings.headline_stem_chars)) <= len(shared):
        return container
    mass = sum(prose[c.index] for c in own)
    if mass < settings.headline_story_min_share * sum(prose[c.index] for c in held):
        return container
    return story


def _headline_heading(candidates: Sequence[Candidate], headline: str | None) -> Candidate | None:
    """The heading that shows the page's headline: the first whose words are the
    `headline`'s (a blog names itself in its one `<h1>` and its post in an `<h3>`), else the
    page's one `<h1>`; none on a page of several `<h1>`s (a front page's, a logo's)."""
    key = words_key(headline) if headline else ""
    heads: list[Candidate] = []
    for c in candidates:
        if c.heading_level and key and words_key(c.text) == key:
            return c
        if c.heading_level == 1:
            heads.append(c)
    return heads[0] if len(heads) == 1 else None


def _shared_words(blocks: Sequence[Candidate], words: frozenset[str], chars: int) -> frozenset[str]:
    """The `words` (stems of `chars` characters) that some block shares."""
    return frozenset().union(*(words & stems(content_words(c.text), chars) for c in blocks))


def _with_siblings(
    candidates: Sequence[Candidate],
    container: int,
    masses: Sequence[float],
    settings: LocateSettings,
) -> tuple[int, frozenset[int]]:
    """The container and the candidates inside it, with the prose siblings that carry no
    chrome of their own (Readability's sibling pass).

    A story whose first paragraphs, closing lines or verdict box sit beside the best-scoring
    element, and whose common parent also holds a comment thread or a teaser rail, loses
    them: the parent's bad mass outweighs them. A sibling branch joins the article when its
    blocks carry prose and nothing negative (no chrome mark, no link list, no fragment);
    the container becomes the parent, and its other branches stay outside.

    When the container is wrapped in elements that hold nothing else (a page builder's
    text widget: widget > wrap > text), the story's other widgets sit beside the outermost
    wrapper, not beside the container; there a branch joins only when each of its prose
    blocks is set as one of the story's is, in a setting that names a class
    (`Candidate.style`), as Readability favours a sibling with the top candidate's class: a
    notice or a pitch beside a wrapper is set otherwise (round 22 let any prose join there,
    and one-sentence boxes did).

    When nothing joins and the best element is one block's own element, its parent is the
    container with all it holds (`_around_one_block`).
    """
    inside = [c.index for c in candidates if container in c.ancestors]
    chain = candidates[inside[0]].ancestors if inside else ()
    level = chain.index(container) if container in chain else 0
    if level == 0:
        return container, frozenset(inside)
    outer = _outer_wrapper(candidates, chain, inside)
    if 0 < outer < level:
        styles = frozenset(
            candidates[i].style
            for i in inside
            if masses[i] > 0 and _names_a_class(candidates[i].style)
        )
        joined = (
            _sibling_branches(candidates, chain, outer, masses, settings, styles=styles)
            if styles
            else []
        )
        if joined:
            return chain[outer - 1], frozenset((*inside, *joined))
    joined = _sibling_branches(candidates, chain, level, masses, settings, styles=None)
    if joined:
        return chain[level - 1], frozenset((*inside, *joined))
    if len(inside) == 1 and chain[-1] == container:
        return _around_one_block(candidates, chain[level - 1])
    return container, frozenset(inside)


def _upper_story(
    candidates: Sequence[Candidate],
    container: int,
    inside: frozenset[int],
    masses: Sequence[float],
    *,
    settings: LocateSettings,
    head: Candidate | None,
) -> tuple[int, frozenset[int]]:
    """The container and its inside, with the story's upper half when it sits in a branch
    beside an ancestor of the container, between the page's headline and the container.

    The sibling pass (`_with_siblings`) reads the container's own siblings, and beside an
    outer wrapper only prose set in a class-named style; a blog template that prints a
    post's first paragraphs in its body element and the rest in the fold beside it, each
    wrapped in quotes or divisions of its own, leaves the upper half in a branch beside an
    ancestor of the container. Readability-style, the blocks right before the container
    join it, nearest first, while each carries nothing negative, each prose block is set as
    one of the story's kept prose blocks are (`Candidate.style`), and each meets the
    container's ancestor chain at most `upper_story_max_levels` above the container; the
    run stops at the headline's heading (`_headline_heading`), at the first block of
    chrome, and without a heading nothing joins. The joined run needs
    `sibling_min_chars` of prose; the container becomes the nearest element holding both.
    """
    if head is None or not inside:
        return container, inside
    first = min(inside)
    chain = candidates[first].ancestors
    if container not in chain or head.index >= first:
        return container, inside
    level = chain.index(container)
    styles = frozenset(candidates[i].style for i in inside if masses[i] > 0)
    run: list[int] = []
    meet = level
    for c in reversed(candidates[head.index + 1 : first]):
        mass = masses[c.index]
        depth = _shared_depth(c.ancestors, chain)
        if mass < 0 or (mass > 0 and c.style not in styles):
            break
        if depth < max(1, level - settings.upper_story_max_levels):
            break
        run.append(c.index)
        meet = min(meet, depth)
    while run and masses[run[-1]] == 0:
        run.pop()
    if not run or sum(masses[i] for i in run) < settings.sibling_min_chars:
        return container, inside
    return chain[meet - 1], inside | frozenset(run)


def _around_one_block(candidates: Sequence[Candidate], parent: int) -> tuple[int, frozenset[int]]:
    """The parent of a story found as one block (the best element is a paragraph itself),
    with every candidate in it: Readability's candidates are the parents of paragraphs,
    never a paragraph, so a one-paragraph post keeps what its post element holds beside
    it (a track list, a photo's description, a "Read more at" line, a gallery's slides),
    and labelling removes the chrome there (titles, bylines, link lists, the fragments
    after the story) as in any container."""
    return parent, frozenset(c.index for c in candidates if parent in c.ancestors)


def _outer_wrapper(candidates: Sequence[Candidate], chain: Sequence[int], inside: list[int]) -> int:
    """The level in `chain` of the outermost element around the container that holds no
    candidate outside it: the container's own level when its parent holds more, 0 when the
    whole page is the container's.

    An element's candidates are a run in document order, so an element around the
    container's run holds an outside candidate exactly when it holds the one just before
    or just after that run.
    """
    shared = 0
    for neighbour in (inside[0] - 1, inside[-1] + 1):
        if 0 <= neighbour < len(candidates):
            shared = max(shared, _shared_depth(candidates[neighbour].ancestors, chain))
    return shared


def _shared_depth(one: Sequence[int], other: Sequence[int]) -> int:
    """How many outermost ancestors two ancestor chains share."""
    depth = 0
    for own, theirs in zip(one, other, strict=False):
        if own != theirs:
            break
        depth += 1
    return depth


def _signature_headings(
    candidates: Sequence[Candidate],
    found: Sequence[Candidate],
    settings: LocateSettings,
    dates: DateSettings,
) -> frozenset[int]:
    """The headings that sign a comment with its stamp: set right before a stamp line and
    read with it still a stamp line ("Chris Gosling says:" over "on October 27, 2012 at
    3:19 am"), a thread's signature split in two headings, not an entry's title."""
    return frozenset(
        before.index
        for c in found
        if c.index
        and (before := candidates[c.index - 1]).role is Role.HEADING
        and is_stamp_line(f"{before.text} {c.text}", settings.stamp_max_words, dates)
    )


def _common_ancestors(found: Sequence[Candidate]) -> tuple[int, ...]:
    """The ancestors all of `found` share, outermost first: the last is the nearest element
    around them all."""
    shared = found[0].ancestors
    for c in found[1:]:
        shared = shared[: _shared_depth(c.ancestors, shared)]
    return shared


def _names_a_class(style: str) -> bool:
    """Whether a block's style (`Candidate.style`: "div.text>p.") names a class, on the
    block or on its parent: a bare "div.>p." is how any text is set, a story's or not."""
    bare = style.removesuffix("+b").removesuffix("+i")
    return any(part.partition(".")[2].strip() for part in bare.split(">"))


def _sibling_branches(
    candidates: Sequence[Candidate],
    chain: Sequence[int],
    level: int,
    masses: Sequence[float],
    settings: LocateSettings,
    *,
    styles: frozenset[str] | None,
) -> list[int]:
    """The candidates of the branches beside `chain[level]`, under its parent, that carry
    prose and nothing negative; with `styles`, only branches whose prose blocks are all set
    in one of them."""
    parent, branch_root = chain[level - 1], chain[level]
    good: dict[int, float] = {}
    bad: set[int] = set()
    members: dict[int, list[int]] = {}
    for c in candidates:
        ancestors = c.ancestors
        if len(ancestors) <= level or ancestors[level - 1] != parent:
            continue
        if ancestors[level] == branch_root:
            continue
        branch = ancestors[level] if len(ancestors) > level + 1 else -1 - c.index
        members.setdefault(branch, []).append(c.index)
        mass = masses[c.index]
        if mass < 0 or (mass > 0 and styles is not None and c.style not in styles):
            bad.add(branch)
        elif mass > 0:
            good[branch] = good.get(branch, 0.0) + mass
    return [
        index
        for branch, indices in members.items()
        if branch not in bad and good.get(branch, 0.0) >= settings.sibling_min_chars
        for index in indices
    ]


def prose_chars(
    candidate: Candidate,
    settings: LocateSettings,
    shape: ShapeSettings,
    consent: ConsentSettings,
) -> int:
    """Characters of prose a candidate holds, whatever its marks say (0 for non-prose), but
    for a consent dialog (a consent platform's markup, or consent wording): its notice,
    purposes and vendor notes read like prose and, beside a short story or one whose
    markup is mislabelled, would outweigh it.

    Link text is discounted: a paragraph with a few inline links keeps most of its weight,
    a digest item with a linked headline about half. A preformatted block is prose when its
    words are a language's (`_is_plain_text`): a post or a release note printed as plain
    text, not a code listing.
    """
    density = candidate.link_density
    if (
        (candidate.role in _PROSE_ROLES or _is_plain_text(candidate, settings))
        and density <= settings.link_heavy_density
        and is_prose(candidate.text, shape)
        and not any(mark.name == "consent" for mark in candidate.marks)
        and not is_consent_text(candidate.text, consent)
    ):
        return int(len(candidate.text) * (1.0 - density))
    return 0


def _is_plain_text(candidate: Candidate, settings: LocateSettings) -> bool:
    """Whether a preformatted block (`<pre>`) holds writing rather than code: as many stop
    words of one language as prose has (`LocateSettings.code_prose_min_stop_share`)."""
    return (
        candidate.role is Role.CODE
        and stop_word_share(candidate.text) >= settings.code_prose_min_stop_share
    )


def _without_gallery_captions(
    candidates: Sequence[Candidate],
    prose: list[int],
    prose_in: dict[int, int],
    settings: LocateSettings,
) -> list[int]:
    """Prose with the text of photo galleries set to zero: a slideshow's slides are captions.

    A 50-slide gallery embedded in a short story can hold more sentences than the story
    itself; counted as prose it would win the page. A gallery is recognised by its name and
    its shape: one caption per slide, never `gallery_max_shared` or more prose blocks under
    one parent (an article whose class says "format-gallery" has paragraphs side by side).
    A gallery that holds nearly all of the page's prose (`wrapper_share`) is the page itself
    (a photo essay) and keeps its weight. Returns `prose` itself when nothing changes.
    """
    total = sum(prose)
    if not total:
        return prose
    named = {
        mark.element
        for c in candidates
        if prose[c.index]
        for mark in c.marks
        if mark.name == "gallery"
        and prose_in.get(mark.element, 0) <= settings.wrapper_share * total
    }
    if not named:
        return prose
    per_parent: Counter[tuple[int, int]] = Counter()
    for c in candidates:
        if prose[c.index] and len(c.ancestors) > 1:
            for mark in c.marks:
                if mark.element in named:
                    per_parent[mark.element, c.ancestors[-2]] += 1
    storied = {
        gallery
        for (gallery, _), count in per_parent.items()
        if count >= settings.gallery_max_shared
    }
    galleries = named - storied
    if not galleries:
        return prose
    return [
        0 if value and any(element in galleries for element in c.ancestors) else value
        for c, value in zip(candidates, prose, strict=True)
    ]


def _without_consent_box(
    candidates: Sequence[Candidate],
    prose: list[int],
    settings: LocateSettings,
    consent: ConsentSettings,
) -> list[int]:
    """Prose with the text of a consent dialog found by its wording set to zero.

    `prose_chars` drops the blocks that read as consent text, but a dialog's other
    paragraphs (a state law's opt-out notice, what each kind of cookie does) read as prose,
    and a long dialog whose element names nothing (a CSS-in-JS class) outweighs a short
    story. The dialog is the nearest element around every consent-text block of the page
    (two at least): when blocks with any consent cue hold `consent_box_min_share` of its
    text, it is the dialog; when the consent blocks sit far apart (a banner at the top and
    a notice at the foot), that element is the page, which they do not fill, and nothing
    changes. A box holding an `<h1>` holds the page's headline: it is a story about consent
    (a ruling on cookie banners quoting two of them), not a dialog. Returns `prose` itself
    when nothing changes.
    """
    found = [c for c in candidates if c.ancestors and is_consent_text(c.text, consent)]
    if len(found) < 2:
        return prose
    shared = _common_ancestors(found)
    if not shared:
        return prose
    box = shared[-1]
    inside = [c for c in candidates if box in c.ancestors]
    if any(c.heading_level == 1 for c in inside):
        return prose
    cued = sum(len(c.text) for c in inside if consent_cues(c.text) != (0, 0))
    if cued < settings.consent_box_min_share * sum(len(c.text) for c in inside):
        return prose
    return [
        0 if value and box in c.ancestors else value
        for c, value in zip(candidates, prose, strict=True)
    ]


def _comment_threads(
    candidates: Sequence[Candidate],
    prose: Sequence[int],
    settings: LocateSettings,
    dates: DateSettings,
    *,
    byline: BylineSettings = DEFAULT_SETTINGS.byline,
    shape: ShapeSettings = DEFAULT_SETTINGS.shape,
) -> frozenset[int]:
    """The blocks of the comment threads told by their shape: their prose weighs nothing,
    and inside the main container they are chrome (`_THREAD_MARK`).

    A reader-comment thread is kept out by its class word ("comments", "disqus"), but a
    page whose classes say nothing (CSS modules, hashed names, a site's own words) shows
    only its shape: every comment carries a short line with a date or a time (its
    author's name and when it was posted, a reply link), set the same way under each
    comment, and the comments' prose sits between those lines. A thread longer than the
    post it follows wins the page, and the post is lost.

    The thread is the nearest element around `thread_min_items` or more stamp lines
    (`signals.dates.is_stamp_line`, no prose themselves, not in a quote, where an embedded
    post signs itself) set alike (`_stamp_setting`, naming a class: a template's, not a
    story's plain paragraphs; or none, a comment's small `<footer>` read whole into one
    block, "Reader 1 · March 3, 2017 at 12:20 AM", but not a byline, "Posted by Ann Lee on
    ...", the footer of a live blog's or a front page's entry), whose prose the stamps
    part into runs (`_thread_blocks`). A stamp set alike that reads as prose (a long name
    beside a linked date: "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:")
    tells no thread, but its comment is one of the thread's items.
    """
    stamps: dict[str, list[Candidate]] = {}
    for c in candidates:
        if (
            c.ancestors
            and c.role in _STAMP_ROLES
            and is_stamp_line(c.text, settings.stamp_max_words, dates)
            and (
                _names_a_class(c.style)
                or not (c.style or parse_byline(c.text, settings=byline, dates=dates))
            )
        ):
            stamps.setdefault(_stamp_setting(c.style), []).append(c)
    threads = [
        (found, signed)
        for signed in stamps.values()
        if len(found := [c for c in signed if _tells_thread(c, prose[c.index], shape)])
        >= settings.thread_min_items
    ]
    if not threads:
        return frozenset()
    members = _members(candidates)
    muted: set[int] = set()
    for found, signed in threads:
        named = _signature_headings(candidates, found, settings, dates)
        muted.update(_thread_blocks(members, prose, found, signed, settings, named=named))
    return frozenset(muted)


def _without_widget_columns(
    candidates: Sequence[Candidate], prose: list[int], settings: LocateSettings
) -> list[int]:
    """Prose with the text of a sidebar told by its shape set to zero.

    A sidebar is kept out by its class word ("sidebar", "widget"), but a page whose classes
    say nothing shows only its shape: a column of boxes, each opened by its own heading
    ("About Me", "Blog Archive", "Links", "Disclaimer"), most of them link lists. The one
    box that holds prose (the blogger's bio, a site's disclaimer: a single long paragraph)
    outweighs a short post of several paragraphs with a "Read more" link between them.

    A widget is an element that a heading (h2-h6) opens (its first candidate); a column
    is an element with `column_min_widgets` or more widgets as its children. When at most
    `column_max_prose_share` of its widgets hold prose, at least `column_min_link_lists`
    of them are link lists or empty boxes (`_Boxes`), the column holds no `<h1>`, and
    their prose is less than `column_max_page_share` of the page's, the widgets' prose
    weighs nothing, unless they hold more than `column_max_blocks` prose blocks (a story set
    as a box beside its comment boxes). A story set in headed sections whose few prose ones
    sit among photos, answers or fact lists (a live blog, an FAQ, a listicle) has few link
    lists. Returns `prose` itself when nothing changes.
    """
    headings = [c for c in candidates if c.role is Role.HEADING and len(c.ancestors) > 2]
    if len(headings) < settings.column_min_widgets:
        return prose
    columns: dict[int, set[int]] = {}
    for c in headings:
        # the heading opens the element at `level` when the candidate before it lies outside
        # it: paths are root-first, so an element both lie in sits at the same depth in both
        before = candidates[c.index - 1].ancestors if c.index else ()
        level = len(c.ancestors) - 2
        while level > 0 and (level >= len(before) or before[level] != c.ancestors[level]):
            columns.setdefault(c.ancestors[level - 1], set()).add(c.ancestors[level])
            level -= 1
    if not columns:
        return prose
    total = sum(prose)
    boxes = _tally_boxes(candidates, prose, set().union(*columns.values()), settings)
    muted: set[int] = set()
    for column, widgets in columns.items():
        storied = [w for w in widgets if boxes.prose.get(w, 0)]
        if (
            len(widgets) >= settings.column_min_widgets
            and storied
            and len(storied) <= settings.column_max_prose_share * len(widgets)
            and len(widgets & boxes.link_lists) >= settings.column_min_link_lists * len(widgets)
            and sum(boxes.prose[w] for w in storied) < settings.column_max_page_share * total
            and sum(boxes.blocks.get(w, 0) for w in storied) <= settings.column_max_blocks
            and column not in boxes.under_h1
        ):
            muted.update(storied)
    if not muted:
        return prose
    return [
        0 if value and any(e in muted for e in c.ancestors) else value
        for c, value in zip(candidates, prose, strict=True)
    ]


class _Boxes(NamedTuple):
    """What the widgets of a page's columns hold (`_without_widget_columns`), tallied in one
    pass over the candidates, not one per column (a page of a thousand columns stays
    linear)."""

    #: prose blocks per widget (a column's widgets are siblings: their counts add up)
    blocks: dict[int, int]
    #: prose per widget (the located prose of its blocks)
    prose: dict[int, int]
    #: the widgets that are link lists or empty boxes: the text under their heading is at
    #: least `column_link_list_density` link text ("Blog Archive", "Labels"), or there is
    #: none (a form, an embed, a script's box): no caption, answer or fact of a story
    link_lists: frozenset[int]
    #: the elements that hold an `<h1>`
    under_h1: frozenset[int]


def _tally_boxes(
    candidates: Sequence[Candidate],
    prose: Sequence[int],
    widgets: set[int],
    settings: LocateSettings,
) -> _Boxes:
    """The `_Boxes` of `widgets`."""
    blocks: dict[int, int] = {}
    prose_in: dict[int, int] = {}
    chars: dict[int, int] = {}
    links: dict[int, int] = {}
    under_h1: set[int] = set()
    for c in candidates:
        if c.heading_level == 1:
            under_h1.update(c.ancestors)
        text = c.role is not Role.HEADING
        for element in c.ancestors:
            if element in widgets:
                if prose[c.index]:
                    blocks[element] = blocks.get(element, 0) + 1
                    prose_in[element] = prose_in.get(element, 0) + prose[c.index]
                if text:
                    chars[element] = chars.get(element, 0) + len(c.text)
                    links[element] = links.get(element, 0) + c.link_chars
    density = settings.column_link_list_density
    return _Boxes(
        blocks,
        prose_in,
        frozenset(w for w in widgets if links.get(w, 0) >= density * chars.get(w, 0)),
        frozenset(under_h1),
    )


def _tells_thread(stamp: Candidate, prose: int, shape: ShapeSettings) -> bool:
    """Whether a stamp line tells a thread: no prose, or prose only by its date's commas
    ("posted on Wednesday, October 24, 2012 at 7:26 PM by Darren"), read whatever language
    names the month (`signals.dates.undated`)."""
    return not prose or not is_prose(undated(stamp.text), shape)


def _stamp_setting(style: str) -> str:
    """How a stamp line is set, for telling a thread's stamps alike: its style without its
    parent's class and with its own first class only, the one that names the element
    (`<dt class="comment even thread-even depth-1">`): comment systems vary the others per
    comment ("even", "byuser", "comment-author-jane")."""
    parent, _, own = style.partition(">")
    bare = own.removesuffix("+b").removesuffix("+i")
    tag, _, classes = bare.partition(".")
    first = classes.split(maxsplit=1)[0] if classes.strip() else ""
    return f"{parent.partition('.')[0]}>{tag}.{first}{own[len(bare) :]}"


def _members(candidates: Sequence[Candidate]) -> dict[int, list[Candidate]]:
    """The candidates inside each element, in page order: read once for all of a page's
    stamp settings, where scanning the page for each would take time in their number
    times the page's length."""
    members: dict[int, list[Candidate]] = {}
    for c in candidates:
        for element in c.ancestors:
            members.setdefault(element, []).append(c)
    return members


def _thread_blocks(
    members: Mapping[int, Sequence[Candidate]],
    prose: Sequence[int],
    found: Sequence[Candidate],
    signed: Sequence[Candidate],
    settings: LocateSettings,
    *,
    named: frozenset[int],
) -> list[int]:
    """The blocks of the comment thread whose stamp lines are `found` (none when the
    stamps do not part prose as a thread's do: fewer runs than `thread_min_items` or than
    `thread_min_run_share` of the stamps). Not a thread: a box holding the `<h1>` (the
    story), unless the story is told before the first stamp (`_story_before`: then the box
    is read and muted from that stamp on, flat), nor one with `thread_max_heading_share`
    headings per stamp (a live blog's entries, a front page's posts), counting no heading
    that is a stamp or `named`, a signature's name over its stamp (`_signature_headings`).

    Comments set as items (an element per comment, its stamp inside: `thread_min_item_share`
    such elements per stamp) are muted whole, their text before or after their stamp, with
    the items the thread's `signed` lines (its stamps, prose or not) sign;
    comments set flat (stamp lines and paragraphs side by side in one element, a `<dl>`'s
    `<dt>` and `<dd>`) from the first stamp on.
    """
    shared = _common_ancestors(found)
    if not shared:
        return []
    box, level = shared[-1], len(shared)
    inside = members[box]
    titled = any(c.heading_level == 1 for c in inside)
    if titled:
        if not _story_before(inside, found[0], prose):
            return []
        inside = [c for c in inside if c.index >= found[0].index]
    marked = {c.index for c in found}
    runs = _prose_runs([c for c in inside if c.index >= found[0].index], prose, marked)
    headings = sum(
        (c.role is Role.HEADING or c.role is Role.TITLE)
        and c.index not in marked
        and c.index not in named
        for c in inside
    )
    if (
        headings >= settings.thread_max_heading_share * len(found)
        or runs < settings.thread_min_items
        or runs < settings.thread_min_run_share * len(found)
    ):
        return []
    items = {c.ancestors[level] for c in found if len(c.ancestors) > level + 1}
    if not titled and len(items) >= settings.thread_min_item_share * len(found):
        items.update(
            c.ancestors[level]
            for c in signed
            if len(c.ancestors) > level + 1 and c.ancestors[level - 1] == box
        )
        itemized = [
            c.index for c in inside if len(c.ancestors) > level and c.ancestors[level] in items
        ]
        if any(prose[i] for i in itemized):
            return itemized
    return [c.index for c in inside if c.index >= found[0].index]


def _story_before(inside: Sequence[Candidate], first: Candidate, prose: Sequence[int]) -> bool:
    """Whether a box holding an `<h1>` tells its story before the stamp line `first`: every
    `<h1>` of the box comes before it, and prose between the last one and it (a flat blog
    template's post, its headline and then its comments in one element). A box whose `<h1>`
    follows a stamp, or whose first stamp follows its `<h1>` with no prose between (the
    post signed under its headline as its comments are), is the story's own."""
    last_head = max(c.index for c in inside if c.heading_level == 1)
    # prose between the last <h1> and the stamp puts every <h1> before it
    return any(prose[c.index] for c in inside if last_head < c.index < first.index)


def _prose_runs(inside: Sequence[Candidate], prose: Sequence[int], stamps: set[int]) -> int:
    """How many runs of prose blocks the stamp lines part a box's candidates into, counting
    only prose set otherwise than the stamps (a list of dated references is no thread)."""
    runs, open_run = 0, False
    style = next(c.style for c in inside if c.index in stamps)
    for c in inside:
        if c.index in stamps:
            open_run = False
        elif prose[c.index] and c.style != style and not open_run:
            runs, open_run = runs + 1, True
    return runs


def _sum_by_element(candidates: Sequence[Candidate], values: Sequence[int]) -> dict[int, int]:
    totals: dict[int, int] = {}
    for c in candidates:
        value = values[c.index]
        if value:
            for element in c.ancestors:
                totals[element] = totals.get(element, 0) + value
    return totals


def _mislabelled_names(
    candidates: Sequence[Candidate], prose: Sequence[int], total: int, settings: LocateSettings
) -> frozenset[str]:
    """Chrome class marks that paragraphs carry themselves and that cover most of the page's
    prose together: one class on every `<p>` (`<p class="paywall">`, the part of the story
    behind a paywall) names what the paragraphs are; a paragraph is no page component."""
    covered: Counter[str] = Counter()
    for c in candidates:
        value = prose[c.index]
        if value and c.tag == "p":
            own = c.ancestors[-1]
            for name in {
                m.name
                for m in c.marks
                if m.element == own and not m.semantic and m.name in CHROME_MARKS
            }:
                covered[name] += value
    return frozenset(
        name for name, value in covered.items() if value > settings.mislabel_share * total
    )


def _folds(
    candidates: Sequence[Candidate], prose: Sequence[int], settings: LocateSettings
) -> frozenset[int]:
    """Elements named "related" or "more" whose prose is paragraphs side by side in one
    parent, nearly free of links: the folded rest of a story ("entry-more", "read-more").
    A box of teasers sets each blurb in an item of its own, or links its headline. Text
    set loose in the paragraphs' parent, before or between them (a blog's "more" part
    opening without a <p>), lies in that parent as they do (`_loose_in`)."""
    parents: dict[int, set[tuple[int, ...]]] = {}
    blocks: Counter[int] = Counter()
    linked: Counter[int] = Counter()
    chars: Counter[int] = Counter()
    marked = [
        c
        for c in candidates
        if prose[c.index] and any(m.name == "related" and not m.semantic for m in c.marks)
    ]
    holders = _loose_in(candidates) if marked else frozenset()
    for c in marked:
        parent = c.ancestors if c.ancestors[-1] in holders else c.ancestors[:-1]
        for mark in c.marks:
            if mark.name == "related" and not mark.semantic:
                parents.setdefault(mark.element, set()).add(parent)
                blocks[mark.element] += 1
                linked[mark.element] += c.link_chars
                chars[mark.element] += len(c.text)
    return frozenset(
        element
        for element, shared in parents.items()
        if len(shared) == 1
        and blocks[element] > 1
        and linked[element] <= settings.fold_max_link_share * chars[element]
    )


def _loose_in(candidates: Sequence[Candidate]) -> frozenset[int]:
    """The elements that hold other blocks' elements: a block whose own element is one of
    them is text set loose beside those blocks, not a paragraph of its own."""
    return frozenset(element for c in candidates for element in c.ancestors[:-1])


def _chrome_mark(
    candidate: Candidate,
    prose_in: dict[int, int],
    total_prose: int,
    *,
    mislabelled: frozenset[str],
    folds: frozenset[int],
    settings: LocateSettings,
) -> tuple[int, str] | None:
    """The outermost trustworthy chrome mark over a candidate: (marking element, mark).

    Class names are noisy (WordPress puts "tag-..." and "category-..." classes on the
    article itself), so a class mark on an element holding most of the page's prose is
    ignored. Tags and ARIA roles (<footer>, role="navigation") are deliberate and trusted,
    and so are the unambiguous class marks (footer, nav, cookie, ad) repeated down the chain
    (footer-wrap > footer-text), except on an element that holds nearly all the prose: that
    is a page wrapper; a sidebar or comments name is trusted so even once
    (`LocateSettings.single_marks`). "related", "more" or "share" names are too ambiguous for that
    ("read-more" is often the collapsed rest of the story).
    """
    names = [mark.name for mark in candidate.marks]
    for mark in candidate.marks:
        if (
            mark.name not in CHROME_MARKS
            or (mark.name in mislabelled and mark.element == candidate.ancestors[-1])
            or mark.element in folds
        ):
            continue
        share = prose_in.get(mark.element, 0) / total_prose if total_prose else 0.0
        deliberate = mark.semantic or (
            mark.name in settings.single_marks
            or (mark.name in settings.unambiguous_marks and names.count(mark.name) > 1)
        )
        if share <= settings.mislabel_share or (deliberate and share <= settings.wrapper_share):
            return mark.element, mark.name
    return None


def _mass(
    candidate: Candidate, prose: int, chrome: bool, settings: LocateSettings, shape: ShapeSettings
) -> float:
    """Good mass (prose) is positive, bad mass (chrome, links, fragments) negative.

    Prose under a credit name ("copyright", "credits") weighs nothing: there a site prints its
    legal notice, in sentences often longer than a short story, and photo credits; never the
    story itself.
    """
    length = len(candidate.text)
    if chrome:
        return -settings.bad_weight * length
    if candidate.link_density > settings.link_heavy_density:
        if candidate.tag == "p" and is_prose(candidate.text, shape):
            return 0.0  # a sentence dense with links (inline "hover cards"): neither way
        return -settings.bad_weight * length
    if prose > 0:
        if any(mark.name == "credit" for mark in candidate.marks):
            return 0.0
        if any(mark.name == "content" for mark in candidate.marks):
            return settings.content_boost * prose
        return float(prose)
    if candidate.role is Role.BODY and length < settings.fragment_chars:
        return -settings.bad_weight * length / 2
    return 0.0


@lru_cache(maxsize=512)
def _reach(depth: int, full_reach: int, decay: float) -> tuple[float, ...]:
    """How much of a block's mass reaches each ancestor, outermost first.

    Full weight up to `full_reach` levels above the block, then decaying by `decay`
    per level: a story's paragraphs share a close parent, while teasers scattered through
    a page reach their common ancestor from far below, and count less there.
    """
    return tuple(
        1.0 if distance <= full_reach else decay ** (distance - full_reach)
        for distance in range(depth - 1, -1, -1)
    )


def _deepest(tied: list[int], candidates: Sequence[Candidate]) -> int:
    """The deepest of the elements tied for the best score (the first of them when some are
    as deep). The depths are counted only for a tie: most pages have one best element."""
    if len(tied) == 1:
        return tied[0]
    depth: dict[int, int] = {}
    for c in candidates:
        for level, element in enumerate(c.ancestors):
            depth[element] = level
    return max(tied, key=lambda e: depth.get(e, 0))
