"""The parts of an HTML page beside its typed blocks: links and emphasis in the kept blocks,
table cells, the body's images, live-blog entries, teaser headlines and media players.

All of it is read from what the walk recorded (`html.candidates.Walk`) and where the story
is (`Located`); the tree is only read for the attributes of the images a body may keep. URLs
are resolved against the page's address, never fetched.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from urllib.parse import urljoin

from lxml.html import HtmlElement

from newsextract.blocks import (
    LINK_OPEN,
    BodyImage,
    Candidate,
    Decision,
    MarkupEntry,
    PageParts,
    PlayerRef,
    Role,
    TimeRef,
)
from newsextract.data.markup import CHROME_MARKS, PLAYER_HOSTS
from newsextract.html.candidates import ImageRef, Marked, Walk
from newsextract.html.locate import Located
from newsextract.html.pagination import next_page_url
from newsextract.model import BlockKind, Emphasis, Link, Teaser
from newsextract.settings import DEFAULT_SETTINGS, PartsSettings
from newsextract.signals.inline import marked_spans
from newsextract.signals.strings import split_url

#: Image marks that say the picture is not the story's: an author's portrait, chrome.
_NOT_BODY_MARKS = CHROME_MARKS | {"byline"}
#: The roles of a teaser's headline (`teasers`).
_TEASER_ROLES = frozenset({Role.HEADING, Role.TITLE})
_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)([wx])$")
#: An absolute http(s) address that urljoin returns as it is: a host (no brackets), a path
#: with no ";params" (urljoin rewrites those), a query and a fragment that are not empty
#: ("?" or "#" alone are dropped), no whitespace.
_PLAIN_ABSOLUTE = re.compile(r"https?://[^/?#\[\]\s]+(?:/[^?#;\s]*)?(?:\?[^#\s]+)?(?:#\S+)?\Z")
#: <img> attributes that may hold its address, in the order they are preferred.
_IMAGE_ATTRIBUTES = (
    "srcset",
    "data-srcset",
    "data-lazy-srcset",
    "data-lazy-src",
    "data-src",
    "data-original",
    "src",
)


def page_parts(
    walk: Walk,
    located: Located,
    decisions: Sequence[Decision],
    base: str | None,
    settings: PartsSettings = DEFAULT_SETTINGS.parts,
    *,
    own: Sequence[str | None] = (),
    next_page: bool = True,
) -> PageParts:
    """The links, emphasis and cells of the kept blocks, and the page's other parts.

    `base` is the page's address, `own` its other names (canonical URL); `next_page` False
    skips looking for pagination anchors (the page declared its next page, or metadata is
    off)."""
    candidates, spans = walk.candidates, walk.spans
    kept = [d.index for d in decisions if d.kind is not None]
    links: dict[int, tuple[Link, ...]] = {}
    emphasis: dict[int, tuple[Emphasis, ...]] = {}
    for index in kept:
        marked = spans.get(index)
        if marked is None or candidates[index].role is Role.TABLE:
            continue
        found = marked_spans(marked[0], marked[1], decisions[index].text)
        block_links = tuple(
            Link(start, end, _resolve(target, base)) for start, end, target, link in found if link
        )
        block_emphasis = tuple(
            Emphasis(start, end, target) for start, end, target, link in found if not link
        )
        if block_links:
            links[index] = block_links
        if block_emphasis:
            emphasis[index] = _merged(block_emphasis)
    rows = {i: cells for i, cells in walk.rows.items() if decisions[i].kind is not None}
    found_teasers = teasers(candidates, spans, located, base, settings)
    return PageParts(
        links=links,
        emphasis=emphasis,
        cells=rows,
        tables={i: _table(candidates[i], walk.tables) for i in rows},
        images=body_images(walk.images, candidates, located, decisions, kept, base, settings),
        entries=markup_entries(walk.times, candidates, settings),
        teasers=tuple(teaser for _, teaser in found_teasers),
        teaser_places=tuple(index for index, _ in found_teasers),
        players=_players(walk.players, located),
        next_page_url=next_page_url(walk, base, own, settings) if next_page else None,
    )


def _table(row: Candidate, tables: frozenset[int]) -> int:
    """The id of the <table> a row sits in (the innermost one)."""
    return next((element for element in reversed(row.ancestors) if element in tables), 0)


def _resolve(href: str, base: str | None) -> str:
    """An href made absolute against the page's address (kept as written without one)."""
    href = href.strip()
    if not base or _is_plain_absolute(href):
        return href
    try:
        return urljoin(base, href)
    except ValueError:  # a malformed address ("http://[::1") stays as written
        return href


def _is_plain_absolute(href: str) -> bool:
    """An absolute http(s) address that `urljoin` would return unchanged: most links, and
    urljoin costs a few microseconds each."""
    return href.isascii() and _PLAIN_ABSOLUTE.match(href) is not None


def _merged(spans: tuple[Emphasis, ...]) -> tuple[Emphasis, ...]:
    """Emphasis without repeats (<b><strong>x</strong></b> is bold once)."""
    return tuple(dict.fromkeys(spans))


# --------------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------------


def body_images(  # noqa: PLR0917 - the walk's parts and where the story is
    images: Sequence[ImageRef],
    candidates: Sequence[Candidate],
    located: Located,
    decisions: Sequence[Decision],
    kept: Sequence[int],
    base: str | None,
    settings: PartsSettings = DEFAULT_SETTINGS.parts,
) -> tuple[BodyImage, ...]:
    """The story's images, in page order, each once: those inside the main content (but
    for chrome and authors' portraits) and a lead photo above it, in a <figure> whose caption
    was kept and under no chrome or byline mark (an author's portrait is not the story's).

    `kept` are the indices of the kept candidates, in order."""
    container = located.container
    if container is None or not images:
        return ()
    caption = BlockKind.CAPTION
    captions = {i for i in kept if decisions[i].kind is caption}
    found: list[BodyImage] = []
    seen: set[str] = set()
    for image in images:  # where it sits first: most images are outside the story
        inside = container in image.ancestors
        if inside:
            if _chrome_image(image, container):
                continue
        elif (
            not captions
            or _figure(image) is None
            or any(m.name in _NOT_BODY_MARKS for m in image.marks)
        ):
            continue  # above the story, a photo only with its caption kept
        beside = _beside(image, candidates, kept, captions)
        if not inside and beside not in captions:
            continue
        element = image.element
        if _too_small(element, settings.image_min_pixels):
            continue
        url = image_url(image_sources(element), base)
        if url is None or url in seen:
            continue
        seen.add(url)
        alt = " ".join((element.get("alt") or "").split()) or None
        found.append(BodyImage(url, alt, beside))
    return tuple(found)


def image_sources(element: HtmlElement) -> tuple[tuple[str, str], ...]:
    """An <img>'s address attributes as found, the sources of its <picture> first."""
    sources = [(name, value) for name in _IMAGE_ATTRIBUTES if (value := element.get(name))]
    parent = element.getparent()
    if parent is not None and parent.tag == "picture":
        for source in parent.iter("source"):
            srcset = source.get("srcset") or source.get("data-srcset")
            if srcset:
                sources.insert(0, ("srcset", srcset))
    return tuple(sources)


def _too_small(element: HtmlElement, least: int) -> bool:
    """Icons, spacers and tracking pixels: a declared width or height under `least`."""
    sizes = (_dimension(element.get("width")), _dimension(element.get("height")))
    return any(size is not None and size < least for size in sizes)


def _dimension(value: str | None) -> int | None:
    """A width or height attribute as pixels ("640", "640px"), else None."""
    digits = (value or "").strip().removesuffix("px")
    return int(digits) if digits.isdigit() and len(digits) < 7 else None


def _chrome_image(image: ImageRef, container: int) -> bool:
    """An image under a chrome or byline mark set inside the main container."""
    depth = image.ancestors.index(container)
    below = frozenset(image.ancestors[depth:])
    return any(m.name in _NOT_BODY_MARKS and m.element in below for m in image.marks)


def _figure(image: ImageRef) -> int | None:
    """The id of the <figure> an image sits in, if any."""
    for mark in reversed(image.marks):
        if mark.name == "figure":
            return mark.element
    return None


def _beside(
    image: ImageRef, candidates: Sequence[Candidate], kept: Sequence[int], captions: set[int]
) -> int | None:
    """The kept block an image sits beside: its figure's caption, else the next kept block
    in the same figure or right after it, else the kept block before it."""
    figure = _figure(image)
    first_after = bisect_left(kept, image.position)
    if figure is not None:
        inside = [i for i in kept[first_after:] if figure in candidates[i].ancestors]
        caption = next((i for i in inside if i in captions), None)
        if inside:  # a caption is one of them
            return caption if caption is not None else inside[0]
    if first_after < len(kept) and kept[first_after] == image.position:
        return kept[first_after]
    if first_after:
        return kept[first_after - 1]
    return kept[first_after] if first_after < len(kept) else None


def image_url(sources: Sequence[tuple[str, str]], base: str | None) -> str | None:
    """The image's address: the largest candidate of a srcset (<picture> sources first),
    else a lazy-loading attribute, else src; data: URIs and placeholders are skipped."""
    for name, value in sources:
        if name.endswith("srcset"):
            best = _largest(value)
            if best:
                return _absolute_image(best, base)
    for _, value in sources:
        if not value.strip().startswith("data:"):
            found = _absolute_image(value.strip().split()[0] if value.strip() else "", base)
            if found:
                return found
    return None


def _largest(srcset: str) -> str | None:
    """The candidate of a srcset with the largest width (or density) descriptor."""
    best: tuple[float, str] | None = None
    for item in srcset.split(","):
        parts = item.split()
        if not parts or parts[0].startswith("data:"):
            continue
        size = 1.0
        if len(parts) > 1:
            found = _DESCRIPTOR.match(parts[1].lower())
            if found:
                size = float(found.group(1))
        if best is None or size > best[0]:
            best = (size, parts[0])
    return best[1] if best else None


def _absolute_image(value: str, base: str | None) -> str | None:
    if not value or value.startswith(("data:", "javascript:", "about:")):
        return None
    url = _resolve(value, base)
    if _is_plain_absolute(url):
        return url
    parts = split_url(url)
    if base and (parts is None or parts.scheme not in ("http", "https")):
        return None
    return url


# --------------------------------------------------------------------------------------------
# Live-blog entries, teasers, players
# --------------------------------------------------------------------------------------------


def markup_entries(
    times: Sequence[TimeRef],
    candidates: Sequence[Candidate],
    settings: PartsSettings = DEFAULT_SETTINGS.parts,
) -> tuple[MarkupEntry, ...]:
    """Timestamped entry containers: the children of one element that each hold a <time>,
    when there are at least `live_min_entries` of them (the element with most such
    children wins, the deeper one on a tie). Whether they make a live blog is decided
    with the page's other signals (see `assemble`)."""
    if len(times) < settings.live_min_entries:
        return ()
    children: dict[tuple[int, int], dict[int, TimeRef]] = {}
    for time in times:
        chain = time.ancestors
        for depth in range(len(chain) - 1):
            entries = children.setdefault((depth, chain[depth]), {})
            entries.setdefault(chain[depth + 1], time)
    (depth, parent), entries = max(children.items(), key=lambda item: (len(item[1]), item[0][0]))
    if len(entries) < settings.live_min_entries:
        return ()
    members: dict[int, list[int]] = {child: [] for child in entries}
    live = False
    for c in candidates:
        ancestors = c.ancestors
        if len(ancestors) > depth + 1 and ancestors[depth] == parent:
            group = members.get(ancestors[depth + 1])
            if group is not None:
                group.append(c.index)
                live = live or any(m.name == "live" for m in c.marks)
    return tuple(
        MarkupEntry(entries[child].value, tuple(members[child]), live)
        for child in entries
        if members[child]
    )


def teasers(
    candidates: Sequence[Candidate],
    spans: Mapping[int, Marked],
    located: Located,
    base: str | None,
    settings: PartsSettings = DEFAULT_SETTINGS.parts,
) -> tuple[tuple[int, Teaser], ...]:
    """Headlines linked whole inside the main content (outside chrome), each with its
    candidate index: a section front's teasers. A page is a listing or not by these and its
    prose (see `pagekind.is_section_front`)."""
    found: list[tuple[int, Teaser]] = []
    for index in sorted(located.inside):
        c = candidates[index]
        if c.role not in _TEASER_ROLES:
            continue
        marked = spans.get(index)
        if (
            marked is None
            or index in located.chrome
            or c.link_density < settings.teaser_min_link_density
        ):
            continue
        text, targets = marked
        href = next((t for t in targets if t and not t.startswith("#")), None)
        if href is not None and text.lstrip().startswith(LINK_OPEN):
            found.append((index, Teaser(c.text, _resolve(href, base))))
    return tuple(found)


def _players(players: Sequence[PlayerRef], located: Located) -> frozenset[str]:
    """The kinds of media players inside the main content (<video>, <audio>, embeds)."""
    container = located.container
    kinds: set[str] = set()
    for player in players:
        if container is None or container not in player.ancestors:
            continue
        if player.kind in ("video", "audio"):
            kinds.add(player.kind)
            continue
        src = player.src.lower()
        kinds.update(kind for kind, hosts in PLAYER_HOSTS.items() if any(h in src for h in hosts))
    return frozenset(kinds)
