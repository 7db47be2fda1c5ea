"""The result types: an `Article` and its parts.

Every type here is a frozen, slotted dataclass holding only plain Python values (no lxml
objects), so results pickle, compare by value and convert to JSON without loss:
``Article.from_dict(article.to_dict()) == article`` always holds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum
from typing import Any


class BlockKind(str, Enum):
    """What a body block is, in the story's reading order."""

    PARAGRAPH = "paragraph"
    STANDFIRST = "standfirst"
    SUBHEAD = "subhead"
    QUOTE = "quote"  # a block quotation (pull quote, quoted tweet, <blockquote>)
    CAPTION = "caption"
    CREDIT = "credit"  # an agency or contribution credit line, e.g. "(FRANCE 24 with AFP)"
    LIST_ITEM = "list_item"
    TABLE = "table"
    CODE = "code"


#: Block kinds whose text belongs to the plain body `Article.text`.
BODY_KINDS = frozenset(
    {
        BlockKind.PARAGRAPH,
        BlockKind.SUBHEAD,
        BlockKind.QUOTE,
        BlockKind.LIST_ITEM,
        BlockKind.TABLE,
        BlockKind.CODE,
    }
)


class RemovalReason(str, Enum):
    """Why a piece of the page was left out of the article."""

    NAVIGATION = "navigation"  # skip links, menus, breadcrumbs
    SHARE = "share"  # share bars, "follow us"
    SUBSCRIBE = "subscribe"  # newsletter and subscription prompts
    COOKIE = "cookie"  # cookie and consent notices
    ADVERTISEMENT = "advertisement"
    RELATED = "related"  # related / recommended / read-more links
    COMMENTS = "comments"  # comment prompts and threads
    ERROR_PAGE = "error_page"  # text of an error (404 / soft 404) page
    COPYRIGHT = "copyright"  # copyright and legal lines
    BYLINE = "byline"  # author and date lines, kept as metadata
    TITLE = "title"  # the headline, kept as `Article.title`
    DUPLICATE = "duplicate"  # a block repeated verbatim
    TEMPLATE = "template"  # repeats across pages of the same site (learned template)
    OUTSIDE_MAIN = "outside_main"  # outside the located main content
    AFTER_STORY = "after_story"  # headings and fragments after the story's last paragraph
    PAGE_URL = "page_url"  # the page's own address printed on it (print-only markup)
    TABLE = "table"  # a table, left out with Options(tables=False)
    LINK_LIST = "link_list"  # text made mostly of links
    MEDIA_LABEL = "media_label"  # player and image labels in caption slots ("Live", "Gallery")
    SCRIPT = "script"  # script or style code a text dump kept
    BINARY = "binary"  # input that is not text at all
    TRUNCATED = "truncated"  # input cut at a size limit


class PageKind(str, Enum):
    """What kind of page the input is, as a whole."""

    ARTICLE = "article"
    LISTING = "listing"  # a section front or index of links
    ERROR = "error"  # a 404 / soft 404 / removed-content page
    EMPTY = "empty"  # nothing usable: empty, junk or binary input
    LIVE_BLOG = "live_blog"  # a live blog: timestamped entries, see `Article.entries`
    VIDEO = "video"  # a video page: the body is its description and transcript
    AUDIO = "audio"  # a podcast or audio page: the body is its description and transcript
    CONSENT = "consent"  # a cookie or consent wall: the page shows a consent dialog, no article


@dataclass(frozen=True, slots=True)
class Link:
    """A link in a block: `start` and `end` are offsets in the block's text; `href` is
    absolute when the page's URL is known (never fetched)."""

    start: int
    end: int
    href: str


@dataclass(frozen=True, slots=True)
class Emphasis:
    """Emphasized text in a block (offsets in its text); `style` is "bold" or "italic"."""

    start: int
    end: int
    style: str


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the body: its kind and its text, the links and emphasis in it, and for
    a table its cells (`rows`, one tuple of cell texts per row).

    A table is one TABLE block; its text is its rows (cells joined by " | ") separated by
    blank lines.
    """

    kind: BlockKind
    text: str
    links: tuple[Link, ...] = ()
    emphasis: tuple[Emphasis, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        """Rebuild a Block from its `Article.to_dict()` form."""
        return cls(
            kind=BlockKind(data["kind"]),
            text=data["text"],
            links=tuple(Link(**link) for link in data.get("links") or ()),
            emphasis=tuple(Emphasis(**span) for span in data.get("emphasis") or ()),
            rows=tuple(tuple(row) for row in data.get("rows") or ()),
        )


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo or video caption and its credit (photographer and/or agency), if any."""

    text: str
    credit: str | None = None
    block: int | None = None  # index of the caption's block in `Article.blocks`


@dataclass(frozen=True, slots=True)
class Image:
    """An image in the body: its absolute URL (never fetched), alt text, caption and credit
    when it has them, and the index in `Article.blocks` of the block it sits beside."""

    url: str
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    block: int | None = None


@dataclass(frozen=True, slots=True)
class LiveEntry:
    """One entry of a live blog, in page order: its time, its title and its blocks."""

    time: datetime | None
    title: str | None = None
    blocks: tuple[Block, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LiveEntry:
        """Rebuild a LiveEntry from its `Article.to_dict()` form."""
        return cls(
            time=_parse_datetime(data.get("time")),
            title=data.get("title"),
            blocks=tuple(Block.from_dict(b) for b in data.get("blocks") or ()),
        )


@dataclass(frozen=True, slots=True)
class Teaser:
    """A teaser on a section front (a listing page): its headline and where it links."""

    title: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation in the body, its speaker and where it sits.

    `start` and `end` are character offsets of the quoted words (without the quotation
    marks) in ``article.blocks[block].text``.
    """

    text: str
    speaker: str | None
    block: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the page left out of the article, and why."""

    text: str
    reason: RemovalReason


@dataclass(frozen=True, slots=True)
class Source:
    """Where a metadata value came from: the field, the source and the raw string."""

    field: str  # "published", "title", ...
    origin: str  # "json-ld", "opengraph", "meta", "time", "text", "url", ...
    raw: str


#: The Article's fields `Options(metadata=False)` leaves empty: what describes the page
#: rather than telling its story (the headline, the standfirst and the body stay).
METADATA_FIELDS: tuple[str, ...] = (
    "authors",
    "published",
    "modified",
    "language",
    "site_name",
    "canonical_url",
    "section",
    "tags",
    "image",
    "accessible_for_free",
)


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class Article:
    """A news article extracted from one page.

    `blocks` is the body in reading order, typed; `text` joins the body blocks (paragraphs,
    subheads, block quotes, list items, tables) with blank lines, leaving out captions,
    credits and the standfirst. `boilerplate` lists everything removed, with the reason.
    `images` are the body's images; `entries` a live blog's entries; `teasers` the
    headlines a listing page links to; `next_page_url` the next page of a story split in
    pages (never fetched).

    >>> article = Article(title="Storm hits coast", text="A storm hit the coast on Tuesday.")
    >>> Article.from_dict(article.to_dict()) == article
    True
    """

    title: str | None = None
    standfirst: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    language: str | None = None
    site_name: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    accessible_for_free: bool | None = None
    page_kind: PageKind = PageKind.ARTICLE
    blocks: tuple[Block, ...] = ()
    text: str = ""
    subheads: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    quotes: tuple[Quote, ...] = ()
    agencies: tuple[str, ...] = ()
    boilerplate: tuple[Removed, ...] = ()
    is_error_page: bool = False
    provenance: tuple[Source, ...] = ()
    images: tuple[Image, ...] = ()
    entries: tuple[LiveEntry, ...] = ()
    teasers: tuple[Teaser, ...] = ()
    next_page_url: str | None = None
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON- and Arrow-friendly values: str, int, bool, None, lists and dicts."""
        return {f.name: _to_plain(getattr(self, f.name)) for f in fields(self)}

    def to_json(self, *, indent: int | None = None) -> str:
        """The article as JSON text (`to_dict()` serialized, Unicode kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def __repr__(self) -> str:
        """A one-line summary: the fields would fill a screen (notebooks: `newsextract.show`)."""
        title = self.title if self.title is None or len(self.title) <= 60 else self.title[:59] + "…"
        published = self.published.isoformat() if self.published else None
        return (
            f"Article(title={title!r}, page_kind={self.page_kind.value!r}, "
            f"published={published!r}, blocks={len(self.blocks)}, quotes={len(self.quotes)}, "
            f"removed={len(self.boilerplate)})"
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """Rebuild an Article from `to_json()` output."""
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from `to_dict()` output (or parsed `to_json()` output)."""
        if not isinstance(data, Mapping):
            hint = ": JSON text is read by Article.from_json" if isinstance(data, str) else ""
            raise TypeError(f"from_dict takes a dict, not {type(data).__name__}{hint}")
        return cls(
            title=data.get("title"),
            standfirst=data.get("standfirst"),
            authors=tuple(data.get("authors") or ()),
            published=_parse_datetime(data.get("published")),
            modified=_parse_datetime(data.get("modified")),
            language=data.get("language"),
            site_name=data.get("site_name"),
            url=data.get("url"),
            canonical_url=data.get("canonical_url"),
            section=data.get("section"),
            tags=tuple(data.get("tags") or ()),
            image=data.get("image"),
            accessible_for_free=data.get("accessible_for_free"),
            page_kind=PageKind(data.get("page_kind", PageKind.ARTICLE.value)),
            blocks=tuple(Block.from_dict(b) for b in data.get("blocks") or ()),
            text=data.get("text") or "",
            subheads=tuple(data.get("subheads") or ()),
            captions=tuple(Caption(**c) for c in data.get("captions") or ()),
            quotes=tuple(Quote(**q) for q in data.get("quotes") or ()),
            agencies=tuple(data.get("agencies") or ()),
            boilerplate=tuple(
                Removed(text=r["text"], reason=RemovalReason(r["reason"]))
                for r in data.get("boilerplate") or ()
            ),
            is_error_page=bool(data.get("is_error_page", False)),
            provenance=tuple(Source(**s) for s in data.get("provenance") or ()),
            images=tuple(Image(**i) for i in data.get("images") or ()),
            entries=tuple(LiveEntry.from_dict(e) for e in data.get("entries") or ()),
            teasers=tuple(Teaser(**t) for t in data.get("teasers") or ()),
            next_page_url=data.get("next_page_url"),
            warnings=tuple(data.get("warnings") or ()),
        )


def _to_plain(value: Any) -> Any:
    """Convert a field value to JSON-friendly data (enums to values, datetimes to ISO)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_to_plain(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _to_plain(getattr(value, f.name)) for f in fields(value)}
    return value


def _parse_datetime(value: str | None) -> datetime | None:
    """A datetime back from `_to_plain`'s ISO string (None stays None)."""
    return datetime.fromisoformat(value) if value else None
