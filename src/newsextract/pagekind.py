"""What kind of story a page tells beyond a plain article, decided from its blocks, its
parts and its metadata: a live blog (and its entries and dates), a video or audio page (and
its body when the page shows none), a section front (and its teasers).

Plain data in, plain data out; `assemble` calls `read_story` once the blocks are built.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from newsextract.blocks import PageParts
from newsextract.data.markup import LIVE_URL_WORDS
from newsextract.data.meta_words import TRANSCRIPT_STEMS
from newsextract.metadata import Metadata
from newsextract.metadata.media import LiveBlog, Media
from newsextract.model import BODY_KINDS, Block, BlockKind, LiveEntry, PageKind, Source, Teaser
from newsextract.settings import DEFAULT_SETTINGS, DateSettings, PartsSettings, ShapeSettings
from newsextract.signals.dates import DateRules, parse_date
from newsextract.signals.shape import is_prose, word_count
from newsextract.signals.strings import split_url

#: Blocks that can name a transcript below them: a subhead, or a label line of its own.
_LABEL_KINDS = frozenset({BlockKind.SUBHEAD, BlockKind.PARAGRAPH})
#: A clock time alone ("10:32", "9.05am", "14h05"): an entry time whose day is the blog's.
_CLOCK = re.compile(r"^(\d{1,2})[:.h](\d{2})\s*([ap]\.?m\.?)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Story:
    """What `read_story` decided; None fields leave the article's own value alone."""

    kind: PageKind | None = None
    entries: tuple[LiveEntry, ...] = ()
    teasers: tuple[Teaser, ...] = ()
    blocks: tuple[Block, ...] | None = None  # a body read from structured data
    published: datetime | None = None
    modified: datetime | None = None
    sources: tuple[Source, ...] = ()  # provenance of the values set here
    warnings: tuple[str, ...] = ()


def read_story(  # noqa: PLR0917 - the article's parts, as assemble has them
    blocks: Sequence[Block],
    at: Mapping[int, int],
    parts: PageParts | None,
    metadata: Metadata,
    url: str | None,
    settings: PartsSettings = DEFAULT_SETTINGS.parts,
    dates: DateSettings = DEFAULT_SETTINGS.dates,
    shape: ShapeSettings = DEFAULT_SETTINGS.shape,
) -> Story:
    """A live blog, a video or audio page, or a section front; else an empty `Story`.

    `at` maps a candidate index to the index of its block in `blocks`; `shape` tells prose.
    """
    entries = _live_entries(blocks, at, parts, metadata, url, settings, dates)
    if entries is not None:
        return _live_story(entries, metadata)
    players = parts.players if parts else frozenset()
    if metadata.media is not None or players:  # most pages have neither: nothing to count
        words = sum(word_count(b.text) for b in blocks if b.kind in BODY_KINDS)
        prose = sum(1 for b in blocks if b.kind is BlockKind.PARAGRAPH and is_prose(b.text, shape))
        transcript = shows_transcript(blocks, settings) if metadata.media else False
        media = media_kind(
            metadata.media, players, words, settings, prose=prose, transcript=transcript
        )
        if media is not None:
            described = media_blocks(metadata.media)
            body = described if words < sum(word_count(b.text) for b in described) else None
            warning = "body read from the page's media description and transcript"
            if not body and not words:  # only a blurb under the player, labelled a standfirst
                body = _blurb(blocks)
                warning = "body read from the blurb beside the page's player"
            return Story(kind=media, blocks=body, warnings=(warning,) if body else ())
    if parts and is_section_front(
        parts.teasers, parts.teaser_places, blocks, at, settings, shape=shape
    ):
        return Story(kind=PageKind.LISTING, teasers=parts.teasers)
    return Story()


# --------------------------------------------------------------------------------------------
# Live blogs
# --------------------------------------------------------------------------------------------


def _live_entries(  # noqa: PLR0917 - read_story's arguments
    blocks: Sequence[Block],
    at: Mapping[int, int],
    parts: PageParts | None,
    metadata: Metadata,
    url: str | None,
    settings: PartsSettings,
    dates: DateSettings,
) -> tuple[LiveEntry, ...] | None:
    """The entries of a live blog, or None when the page is not one.

    Markup entries (timestamped containers) count when the page says it is live (JSON-LD
    LiveBlogPosting, a "liveblog" class, a /live/ URL) and they hold most of the body;
    else the JSON-LD updates are the entries. A LiveBlogPosting with neither is still a
    live blog, with no entries.
    """
    live = metadata.live
    found = parts.entries if parts else ()
    if live is None and len(found) < settings.live_min_entries:
        return None  # most pages
    rules = DateRules(False, metadata.language, dates)
    day = metadata.published
    hinted = live is not None or any(e.live_marked for e in found) or is_live_url(url)
    if len(found) >= settings.live_min_entries and hinted:
        entries = [_markup_entry(e.time, e.candidates, blocks, at, rules, day) for e in found]
        total = sum(word_count(b.text) for b in blocks if b.kind in BODY_KINDS) or 1
        inside = sum(word_count(b.text) for e in entries for b in e.blocks if b.kind in BODY_KINDS)
        if inside >= settings.live_min_share * total:
            return tuple(e for e in entries if e.blocks or e.title)
    if live is None:
        return None
    return tuple(
        LiveEntry(
            u.time,
            u.title,
            tuple(Block(BlockKind.PARAGRAPH, p) for p in (u.body or "").split("\n\n") if p),
        )
        for u in live.updates
    )


def is_live_url(url: str | None) -> bool:
    """A URL whose path names a live page: /live/, live-updates, liveblog, en-direct."""
    parts = split_url(url)
    if parts is None:
        return False
    for segment in parts.path.lower().split("/"):
        if segment in LIVE_URL_WORDS or segment.startswith("live-") or "-live-" in segment:
            return True
        if segment.endswith(("-live", "-liveblog")):
            return True
    return False


def _markup_entry(  # noqa: PLR0917 - one entry and where its blocks went
    time: str,
    candidates: Sequence[int],
    blocks: Sequence[Block],
    at: Mapping[int, int],
    rules: DateRules,
    day: datetime | None,
) -> LiveEntry:
    """An entry's blocks (its first subhead is its title) and its time."""
    indices: list[int] = []
    for candidate in candidates:
        block = at.get(candidate)
        if block is not None and block not in indices:
            indices.append(block)
    own = [blocks[i] for i in indices]
    title = next((b.text for b in own if b.kind is BlockKind.SUBHEAD), None)
    if title is not None:
        own.remove(next(b for b in own if b.kind is BlockKind.SUBHEAD))
    return LiveEntry(entry_time(time, rules, day), title, tuple(own))


def entry_time(raw: str, rules: DateRules, day: datetime | None) -> datetime | None:
    """An entry's time: a full date, or a clock time on the blog's day."""
    found = parse_date(raw, rules) if raw else None
    if found is not None:
        return found
    clock = _CLOCK.match(raw.strip())
    if clock is None or day is None:
        return None
    hour, minute = int(clock.group(1)), int(clock.group(2))
    meridiem = (clock.group(3) or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0)


def _live_story(entries: tuple[LiveEntry, ...], metadata: Metadata) -> Story:
    """A live blog: published when it started, modified at its last entry."""
    live: LiveBlog | None = metadata.live
    times = [e.time for e in entries if e.time is not None]
    start = live.start if live is not None and live.start is not None else None
    published, modified = metadata.published, metadata.modified
    sources: list[Source] = []
    first = start or (min(times, key=_instant) if times else None)
    if first is not None and (published is None or _instant(first) < _instant(published)):
        published = first
        origin = "json-ld" if start is not None else "entries"
        sources.append(Source("published", origin, first.isoformat()))
    if times:
        last = max(times, key=_instant)
        if modified is None or _instant(last) > _instant(modified):
            modified = last
            sources.append(Source("modified", "entries", last.isoformat()))
    return Story(
        kind=PageKind.LIVE_BLOG,
        entries=entries,
        published=published,
        modified=modified,
        sources=tuple(sources),
    )


def _instant(value: datetime) -> float:
    """A comparable instant (naive times are read as UTC, as the metadata stage does)."""
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).timestamp()


# --------------------------------------------------------------------------------------------
# Video and audio pages, section fronts
# --------------------------------------------------------------------------------------------


def media_kind(
    media: Media | None,
    players: frozenset[str],
    words: int,
    settings: PartsSettings,
    *,
    prose: int = 0,
    transcript: bool = False,
) -> PageKind | None:
    """VIDEO or AUDIO: a short text beside what the page says it is about (og:type video or
    music, a media object or an og:audio/og:video file with no article beside it) or beside
    a player in its main content; whatever the length, a page about its media that holds a
    transcript (in its JSON-LD, or under a heading: `transcript`), and an audio episode its
    JSON-LD declares as the page's object (show notes run long; no article sits beside).

    A long text is an article about a video, even on pages that call themselves one."""
    if media is not None and media.main and (media.transcript or transcript):
        return PageKind.VIDEO if media.kind == "video" else PageKind.AUDIO
    if media is not None and media.main and media.structured and media.kind == "audio":
        return PageKind.AUDIO
    if words >= settings.media_max_body_words:
        return None
    if media is not None and media.main:
        return PageKind.VIDEO if media.kind == "video" else PageKind.AUDIO
    if media is not None and media.kind in players:
        return PageKind.VIDEO if media.kind == "video" else PageKind.AUDIO
    if prose > settings.media_max_paragraphs:
        return None  # a short article embedding a clip
    if "video" in players:
        return PageKind.VIDEO
    return PageKind.AUDIO if "audio" in players else None


def shows_transcript(blocks: Sequence[Block], settings: PartsSettings) -> bool:
    """A short heading or label line naming a transcript ("Transcript", "Transkript:")."""
    most = settings.media_transcript_heading_words
    return any(
        block.kind in _LABEL_KINDS
        and len(words := block.text.lower().split()) <= most
        and any(word.startswith(TRANSCRIPT_STEMS) for word in words)
        for block in blocks
    )


def media_blocks(media: Media | None) -> tuple[Block, ...]:
    """The description and the transcript as paragraphs."""
    if media is None:
        return ()
    texts = (media.description or "", media.transcript or "")
    return tuple(Block(BlockKind.PARAGRAPH, p) for text in texts for p in text.split("\n\n") if p)


def _blurb(blocks: Sequence[Block]) -> tuple[Block, ...] | None:
    """The standfirst of a page with no other text, as its body: on a video or audio page
    the dek under the player is all the page says about it."""
    blurb = tuple(
        Block(BlockKind.PARAGRAPH, b.text) for b in blocks if b.kind is BlockKind.STANDFIRST
    )
    return blurb or None


def is_section_front(
    teasers: Sequence[Teaser],
    places: Sequence[int],
    blocks: Sequence[Block],
    at: Mapping[int, int],
    settings: PartsSettings,
    *,
    shape: ShapeSettings,
) -> bool:
    """Many linked headlines in the main content, about one prose blurb each at most, and
    the prose among them: a front's blurbs sit beside their headlines, while an article
    followed (or preceded) by a box of headlines has its prose outside them.

    `places` are the teasers' candidate indices, `at` maps a candidate index to its block.
    """
    if len(teasers) < settings.listing_min_teasers or not places:
        return False
    prose = {
        i for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH and is_prose(b.text, shape)
    }
    if len(prose) > settings.listing_max_paragraphs_per_teaser * len(teasers):
        return False
    first, last = min(places), max(places)
    outside = {block for index, block in at.items() if not first <= index <= last}
    return len(prose & outside) <= settings.listing_max_prose_outside
