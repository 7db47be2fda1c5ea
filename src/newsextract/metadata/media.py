"""What kind of story a page tells beyond a plain article: a live blog's updates, a video's
or a podcast's description and transcript, and the next page of a story split in pages.

All of it is read from the page's own statements: ``LiveBlogPosting`` JSON-LD (its
``coverageStartTime`` and ``liveBlogUpdate`` entries), ``VideoObject`` / ``PodcastEpisode``
/ ``AudioObject`` JSON-LD, ``og:type`` and ``og:audio`` / ``og:video``, ``<link rel=next>``.
Nothing is fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsextract.metadata.page import PageSources, ld_types, ld_value
from newsextract.signals.dates import DateRules, parse_date
from newsextract.signals.pages import bare_url, story_page_url
from newsextract.signals.strings import collapse_spaces

#: JSON-LD types of the media object a video or audio page is about.
VIDEO_TYPES = frozenset({"videoobject", "clip", "movie", "tvepisode", "broadcastevent"})
AUDIO_TYPES = frozenset({"podcastepisode", "audioobject", "radioepisode", "podcastseries"})
#: OpenGraph properties naming the media file a page carries, by kind.
OG_MEDIA_KEYS = (
    ("audio", ("og:audio", "og:audio:url", "og:audio:secure_url")),
    ("video", ("og:video", "og:video:url", "og:video:secure_url")),
)


@dataclass(frozen=True, slots=True)
class LiveUpdate:
    """One ``liveBlogUpdate`` of a LiveBlogPosting: its time, headline and text."""

    time: datetime | None
    title: str | None
    body: str | None


@dataclass(frozen=True, slots=True)
class LiveBlog:
    """A page's LiveBlogPosting: when its coverage started, and its updates in page order."""

    start: datetime | None
    updates: tuple[LiveUpdate, ...]


@dataclass(frozen=True, slots=True)
class Media:
    """The video or audio a page is about, as its JSON-LD or OpenGraph describes it.

    `main` is True when the page says it is about the media itself (og:type video.* or
    music.*, or a media object or an ``og:audio``/``og:video`` file with no article object
    beside it), not an article that embeds one. `structured` says a JSON-LD object declares
    it (not OpenGraph alone).
    """

    kind: str  # "video" or "audio"
    main: bool
    published: datetime | None  # uploadDate, else datePublished
    description: str | None
    transcript: str | None
    structured: bool = False


def live_blog(page: PageSources, rules: DateRules) -> LiveBlog | None:
    """The page's LiveBlogPosting JSON-LD, when it has one."""
    for item in page.articles:
        if "liveblogposting" not in ld_types(item):
            continue
        start = ld_value(item, "coverageStartTime")
        updates = item.get("liveBlogUpdate")
        if isinstance(updates, dict):
            updates = [updates]
        return LiveBlog(
            _date(start, rules),
            tuple(_live_updates(updates if isinstance(updates, list) else [], rules)),
        )
    return None


def _live_updates(updates: list[Any], rules: DateRules) -> Iterator[LiveUpdate]:
    for update in updates:
        if not isinstance(update, Mapping):
            continue
        time = ld_value(update, "datePublished") or ld_value(update, "dateCreated")
        yield LiveUpdate(
            _date(time, rules),
            _text(ld_value(update, "headline")),
            _text(ld_value(update, "articleBody"), keep_lines=True),
        )


def page_media(page: PageSources, rules: DateRules) -> Media | None:
    """The video or audio the page describes (JSON-LD media object, og:type video/music)."""
    og_type = next(iter(page.meta.get("og:type", ())), "").strip().lower()
    og_kind = (
        "video" if og_type.startswith("video") else "audio" if og_type.startswith("music") else None
    )
    for item in page.others:
        types = ld_types(item)
        kind = "video" if types & VIDEO_TYPES else "audio" if types & AUDIO_TYPES else None
        if kind is None:
            continue
        time = ld_value(item, "uploadDate") or ld_value(item, "datePublished")
        return Media(
            kind,
            main=og_kind == kind or (not page.articles and og_type in ("", "website", kind)),
            published=_date(time, rules),
            description=_text(ld_value(item, "description"), keep_lines=True),
            transcript=_text(ld_value(item, "transcript"), keep_lines=True),
            structured=True,
        )
    if og_kind:
        return Media(og_kind, main=True, published=None, description=None, transcript=None)
    for kind, keys in OG_MEDIA_KEYS:
        if any(page.meta.get(key) for key in keys):
            main = not page.articles and og_type in ("", "website")
            return Media(kind, main=main, published=None, description=None, transcript=None)
    return None


def next_page(page: PageSources, base: str | None) -> str | None:
    """The next page of a story split in pages as the page declares it, ``<link rel=next>``,
    when it is another page of the same story (blogs link the next post so). Pagination
    anchors are read by the HTML stage (`html.pagination`). Never fetched."""
    if not page.next_link:
        return None
    own = {bare_url(u) for u in (page.url, page.canonical, base) if u}
    return story_page_url(page.next_link, base, own, page.url or base)


def _date(value: Any, rules: DateRules) -> datetime | None:
    return parse_date(value, rules) if isinstance(value, str) else None


def _text(value: Any, *, keep_lines: bool = False) -> str | None:
    """A JSON-LD string, its whitespace collapsed (paragraph breaks kept when asked)."""
    if not isinstance(value, str):
        return None
    if keep_lines:
        lines = (collapse_spaces(line) for line in re.split(r"\n\s*\n|\r\n\s*\r\n", value))
        text = "\n\n".join(line for line in lines if line)
    else:
        text = collapse_spaces(value)
    return text or None
