"""What kind of story a page tells beyond a plain article: a live blog's updates, a video's
or a podcast's description and transcript, and the next page of a story split in pages.

All of it is read from the page's own statements: ``LiveBlogPosting`` JSON-LD (its
``coverageStartTime`` and ``liveBlogUpdate`` entries), ``VideoObject`` / ``PodcastEpisode``
/ ``AudioObject`` JSON-LD and ``og:type``, ``<link rel=next>`` and pagination anchors ("Page
2", "Next page »", "Seite 2", "Página siguiente"). Nothing is fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urldefrag, urljoin

import lxml.html
from lxml import etree

from newsextract.data.meta_words import NEXT_PAGE_PHRASES, NEXT_WORDS, PAGE_WORDS
from newsextract.metadata.page import PageSources, ld_types, ld_value
from newsextract.settings import DEFAULT_SETTINGS, MetadataSettings
from newsextract.signals.dates import DateRules, parse_date
from newsextract.signals.strings import collapse_spaces, split_url

#: JSON-LD types of the media object a video or audio page is about.
VIDEO_TYPES = frozenset({"videoobject", "clip", "movie", "tvepisode", "broadcastevent"})
AUDIO_TYPES = frozenset({"podcastepisode", "audioobject", "radioepisode", "podcastseries"})

#: Anchors worth reading for pagination: rel=next, or inside (or themselves) an element
#: whose class or id says "pag..." (pagination, pager, paginacion) or "next". Attribute tests
#: only: reading every anchor's text costs libxml2 about 2 ms on a news page.
_PAGINATION_ANCHORS = etree.XPath(
    "//a[@href][contains(@rel, 'next') or contains(@class, 'next') or contains(@class, 'pag')]"
    " | //*[contains(@class, 'pag') or contains(@id, 'pag') or contains(@class, 'next')]"
    "//a[@href]",
    smart_strings=False,
)
#: A page number or an extension ending a path ("/2", "/page/2", "-2", ".html").
_PAGE_SUFFIX = re.compile(r"(?:/(?:page|seite|pagina)/\d+|[/_-]\d{1,2})?(?:\.\w{2,5})?$")
_ARROWS = " »›>→…:"
_PAGE_NUMBER = re.compile(r"(?:^|[/?&_-])(?:page|seite|pagina|p|pg)[/=-]?(\d{1,3})(?:[/&.]|$)")


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
    music.*, or a media object with no article object beside it), not an article that
    embeds one.
    """

    kind: str  # "video" or "audio"
    main: bool
    published: datetime | None  # uploadDate, else datePublished
    description: str | None
    transcript: str | None


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
        )
    if og_kind:
        return Media(og_kind, main=True, published=None, description=None, transcript=None)
    return None


def next_page(
    page: PageSources, base: str | None, settings: MetadataSettings = DEFAULT_SETTINGS.metadata
) -> str | None:
    """The next page of a story split in pages: ``<link rel=next>``, else an anchor with
    rel=next, else one in pagination markup (or named "next") whose text says "next page"
    or names the next page's number. Never fetched."""
    own = {_bare(u) for u in (page.url, page.canonical, base) if u}
    here = page.url or base
    found = _absolute(page.next_link, base, own) if page.next_link else None
    if found and _same_story(found, here):
        return found
    wanted = str(_current_page(page.url or base or "") + 1)
    by_number: str | None = None
    anchors = _PAGINATION_ANCHORS(page.root)
    for anchor in anchors if isinstance(anchors, list) else ():
        if not isinstance(anchor, lxml.html.HtmlElement):
            continue
        href = anchor.get("href") or ""
        text = collapse_spaces(anchor.text_content()).lower().strip(_ARROWS)
        if len(text) > settings.pagination_max_chars:
            continue
        if text in NEXT_PAGE_PHRASES or (
            (text in NEXT_WORDS or "next" in (anchor.get("rel") or "").lower().split())
            and _in_pagination(anchor)
        ):
            found = _absolute(href, base, own)
            if found and _same_story(found, here):
                return found
        elif by_number is None and _names_page(text.split(), wanted, anchor):
            found = _absolute(href, base, own)
            by_number = found if found and _same_story(found, here) else None
    return by_number


def _same_story(found: str, here: str | None) -> bool:
    """Whether an address is another page of this story: its path starts with this page's
    path (less a page number and extension), or only its query differs. A "next" link to
    another story (blogs link the next post with rel=next) does not; with no address for
    this page, a next page must name its number."""
    if not here:
        return _PAGE_NUMBER.search(found.lower()) is not None
    mine, theirs = split_url(here), split_url(found)
    if mine is None or theirs is None or mine.netloc != theirs.netloc:
        return False
    stem = _PAGE_SUFFIX.sub("", mine.path.rstrip("/"))
    return bool(stem) and theirs.path.startswith(stem)


def _names_page(words: list[str], wanted: str, anchor: etree._Element) -> bool:
    """ "Page 2", "Seite 2", "Página 2"; a bare "2" inside pagination markup."""
    if len(words) == 2 and words[0] in PAGE_WORDS and words[1] == wanted:
        return True
    return words == [wanted] and _in_pagination(anchor)


def _in_pagination(anchor: etree._Element) -> bool:
    """Whether an anchor or one of its three closest ancestors is named "pag..."."""
    return any(
        "pag" in f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        for el in (anchor, *list(anchor.iterancestors())[:3])
    )


def _current_page(url: str) -> int:
    """The page number a URL names (".../page/3/", "?page=3"), else 1."""
    found = _PAGE_NUMBER.search(url.lower())
    return int(found.group(1)) if found else 1


def _bare(url: str) -> str:
    return urldefrag(url)[0].rstrip("/")


def _absolute(href: str, base: str | None, own: set[str]) -> str | None:
    """An http(s) address other than the page's own, resolved against the page's URL."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    joined = urljoin(base, href) if base else href
    parts = split_url(joined)
    if parts is None or (base and (parts.scheme not in ("http", "https") or not parts.netloc)):
        return None
    return None if _bare(joined) in own else joined


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
