"""Metadata: title, authors, dates, language, site and the rest, each with its source.

Every field is filled by a cascade of small strategies, most trusted first: JSON-LD,
OpenGraph and Twitter cards, ``<meta>`` names, ``<time>``, microdata and markup attributes,
then the page text (bylines and date lines under the headline) and the URL. A strategy
returns a `_Hit` (value, origin, raw string) or None; the winning hit becomes the field's
`Source` in `Metadata.provenance`, so users can audit and override any value.

How the page is read, cheaply:

- `_collect` walks the tree once for ``<meta>``, ``<link>``, JSON-LD ``<script>``,
  ``<title>``, ``<h1>`` and ``<time>`` (lxml's tag-filtered iteration, no XPath scan) and
  keeps plain values in a `_Page`.
- The title is voted on by those sources (`_title`); the element showing it anchors the
  story (`_Story`): the short texts right after it and the byline-classed elements around
  it are computed only when head metadata lacks an author or a date, at most once a page.
- Bylines are parsed into persons, agencies, roles and dates (`_byline_parts`), from word
  lists in `data/meta_words.py`; agency names are shared with the credits stage.
- Dates: ISO 8601 and epochs directly; dates in words through our month tables (en, fr, de,
  es, it, pt, nl); dateparser (imported lazily) only for other languages, with the page's
  language, when `Options.free_text_dates` allows it. A date more than a day later than
  another source's is skipped; dates in related lists, asides and footers are never read.
- Language: markup first, else script detection and stop-word profiles
  (`data/meta_stopwords.py`).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cached_property
from itertools import islice
from typing import Any, Generic, TypeVar
from urllib.parse import SplitResult, urljoin, urlsplit

import lxml.html
from lxml import etree

from newsextract.data.agencies import AGENCIES
from newsextract.data.meta_markup import (
    ARTICLE_TYPES,
    AUTHOR_KEYS,
    CANONICAL_KEYS,
    DESCRIPTION_KEYS,
    FREE_KEYS,
    IMAGE_KEYS,
    LANGUAGE_KEYS,
    MODIFIED_KEYS,
    PAGE_TYPES,
    PUBLISHED_KEYS,
    SECTION_KEYS,
    SITE_KEYS,
    SITE_TYPES,
    TAG_KEYS,
    TITLE_KEYS,
)
from newsextract.data.meta_stopwords import SCRIPT_LANGUAGES, STOPWORDS
from newsextract.data.meta_words import (
    BYLINE_PREFIXES,
    CHROME_WORDS,
    COAUTHOR_MARKERS,
    CREDIT_PREFIXES,
    DATELINE_WORDS,
    DESK_WORDS,
    MEDIA_HINTS,
    MONTHS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NATIVE_DATE_LANGUAGES,
    ORG_WORDS,
    RELATED_HINTS,
    RELATED_TAGS,
    ROLE_WORDS,
    TIMEZONES,
    UPDATE_PREFIXES,
    WEEKDAYS,
)
from newsextract.model import Source
from newsextract.options import Options

__all__ = [
    "Metadata",
    "guess_language",
    "html_metadata",
    "looks_like_dateline",
    "parse_byline",
    "text_metadata",
]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about the article, with the source of every value set."""

    title: str | None = None
    standfirst: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None  # timezone-aware; UTC when the source has no zone
    modified: datetime | None = None
    language: str | None = None  # lower-case primary tag: "en", "fr"
    site_name: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None  # absolute URL; never fetched
    accessible_for_free: bool | None = None
    page_type: str | None = None  # og:type / JSON-LD @type, lower case
    agencies: tuple[str, ...] = ()  # agencies named in author/byline metadata
    provenance: tuple[Source, ...] = ()


@dataclass(frozen=True, slots=True)
class _Hit(Generic[T]):
    """A value found by one strategy, with where it came from."""

    value: T
    origin: str
    raw: str


# --- thresholds -------------------------------------------------------------------------

#: A byline or date line longer than this is prose, not a byline (longest real bylines in the
#: readability and scrapinghub dev pages, with roles and dates, are under 120 characters).
MAX_BYLINE_CHARS = 160
#: A person's name has at most this many words besides particles ("Eleanor Ainge Roy").
MAX_NAME_WORDS = 4
#: Date lines are short: "Published 3:04 PM ET, Tue November 19, 2019" has 9 tokens.
MAX_DATELINE_TOKENS = 16
#: How many short text elements after the first <h1> are searched for a byline or date line
#: (bylines sit within the first few elements under the headline on the dev pages).
NEAR_TITLE_ELEMENTS = 12
#: Without an <article> or <main>, bylines are looked for this many levels above the <h1>
#: (the byline and headline share a header wrapper at most three levels up on the dev pages).
SCOPE_LEVELS = 3
#: Plain-text input: lines read for a byline (the text stage passes the lines from the
#: headline on), and how far from the byline a date line may sit (bylines and date lines
#: are adjacent in the scrapinghub-text dumps, or one line apart around a handle).
MAX_TEXT_LINES = 200
DATE_LINES_AROUND_BYLINE = 3
#: At most this many elements after the headline are looked at, with text or not.
MAX_NEAR_TITLE_SCAN = 60
#: An element after the headline with more descendants than this, blocks among them, is a
#: container whose text is not read whole (date and byline boxes have a handful).
MAX_SMALL_CONTAINER = 8
#: At most this many <time> or byline-like elements are checked (each climbs to <body>; real
#: pages have a handful, hostile ones thousands).
MAX_CANDIDATE_ELEMENTS = 50
#: Elements longer than this after the headline are body text, not bylines.
MAX_NEAR_TITLE_CHARS = 200
#: A published date may exceed the earliest other published date by this much (time zones).
DATE_TOLERANCE = timedelta(days=1)
#: Dates before this year are placeholders ("0000-00-00", "1970-01-01" epochs), not news.
MIN_YEAR = 1990
#: Language guess: at least this many stop-word hits, and the winner at least this share of
#: all hits (calibrated on the readability dev pages without a lang attribute).
MIN_STOPWORD_HITS = 5
MIN_STOPWORD_SHARE = 0.4
#: Characters of paragraph text used to guess the language.
LANGUAGE_SAMPLE_CHARS = 3000
#: A title agreeing with a longer one must hold at least this share of its characters
#: ("Title" vs "Title | Some Site"); below it the shorter one is a kicker or a section name.
MIN_HEAD_SHARE = 0.4
#: Only the first few <h1> are headline candidates (the rest are widgets on the dev pages).
MAX_H1 = 3
#: When no <h1> shows the headline, this many <h2> are tried (enough for the page header).
MAX_H2 = 20
#: An <h1> longer than this is not a headline.
MAX_TITLE_CHARS = 300
#: A title segment of at most this many words may name the site by containment
#: ("Guardian" in "The Guardian"); longer segments must equal the site name.
MAX_SITE_WORDS = 4
#: An agency or site name trailing a byline name has at most this many words.
MAX_OUTLET_WORDS = 4
MONTHS_IN_YEAR = 12
#: Texts sent to dateparser are at most this long and hold a year and a day number: a date
#: written in a language our month tables lack, not a sentence that mentions a year.
MAX_FOREIGN_DATE_CHARS = 60
MIN_DATE_NUMBERS = 2
MAX_FOREIGN_DATE_WORDS = 4
#: Site names shorter than this are not looked for at the start of a byline's tail.
MIN_SITE_KEY = 4
#: A role or desk in a byline ("Senior Political Correspondent") has at most this many words.
MAX_ROLE_WORDS = 6
#: Agency aliases this short ("AP", "PA") are ordinary words in some language: exact case only.
MAX_EXACT_CASE_ALIAS = 3
#: Provenance keeps at most this much of a raw string.
MAX_RAW_CHARS = 500
#: JSON-LD is searched this deep through lists, @graph and mainEntity.
MAX_LD_DEPTH = 4
#: Tags and keywords kept, at most (some pages list hundreds of SEO keywords).
MAX_TAGS = 30
MAX_TAG_CHARS = 60

# --- markup vocabularies ----------------------------------------------------------------

#: Bylines may sit in an <aside> beside the story, never in a footer or nav.
_NOT_BYLINE_TAGS = frozenset({"footer", "nav"})
#: Title sources that are copies of one another count once when sources vote on a title
#: (CMSs fill og:title and twitter:title from the same "social headline" field).
_FAMILY = {"opengraph": "social", "twitter": "social"}
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})
_BLOCK_TAGS = frozenset(
    {"div", "p", "section", "article", "ul", "ol", "li", "table", "header", "footer", "aside"}
)
_NOT_NEAR_TITLE_TAGS = RELATED_TAGS | {"figure", "figcaption"}
_NOT_NEAR_TITLE_HINTS = RELATED_HINTS | MEDIA_HINTS
_ROLES = ROLE_WORDS | DESK_WORDS
_NOT_NAME_WORDS = _ROLES | ORG_WORDS | CHROME_WORDS
#: Author sources whose values are names by construction (not text that may be a byline).
_STRUCTURED = frozenset({"json-ld", "meta", "opengraph", "twitter"})
_BRAND = re.compile(r"[a-z][A-Z]{2}")  # "WebMD", "TheStreetTV": brands, never names
_GLUE_WORDS = WEEKDAYS | _ROLES | CHROME_WORDS | frozenset(MONTHS)
_HEADING_MARKS = " ¶#§"  # permalink marks documentation generators append to headings
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_SCRIPT_WRAPPERS = ("<!--", "-->", "<![CDATA[", "]]>", "//", "/*", "*/")

# Tags read in the single pass over the tree (`_collect`).
_COLLECTED_TAGS = ("meta", "link", "script", "title", "h1", "time")
# Byline-like elements, looked up only when head metadata names no author.
_BYLINE_ELEMENTS = etree.XPath(
    "descendant-or-self::*[@rel='author' or @itemprop='author' or self::address"
    " or contains(@class,'byline') or contains(@class,'author')]"
)
_ITEM_NAME = etree.XPath(".//*[@itemprop='name']")
#: Elements after the headline whose text may be a byline or a date line.
_NEAR_TITLE_TAGS = ("p", "div", "span", "address", "time", "li", "a", "section", "cite", "em")

# --- text patterns (compiled once from the data tables) ----------------------------------


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so prefixes do not shadow."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _by_first_letter(fragments: Sequence[str]) -> str:
    """An alternation of regex fragments (each starting with a letter) grouped by first
    letter, their order kept within a group: a scan then tries one group at each word, not
    every fragment (3x faster for the date-start words)."""
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        groups.setdefault(fragment[0].lower(), []).append(fragment[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


_LETTERS = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile("[^\x00-\u036f]")  # past Latin: where SCRIPT_LANGUAGES' scripts are
#: Stop word -> the languages whose profile holds it.
_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in STOPWORDS.items() if word in words)
    for word in set().union(*STOPWORDS.values())
}
_WORD_OR_DIGITS = re.compile(r"[^\W_]+")
_HINT_SPLIT = re.compile(r"[^a-z0-9]+")
_INVERTED = re.compile(
    r"^(?P<family>[^\W\d_][\w'’\-]+),\s*(?P<given>[^\W\d_][\w.'’\-]*(?:\s+[\w.'’\-]+){0,2})$"
)
_DC_PREFIX = re.compile(r"^(dc|dcterms):")  # "dc:creator" is written "DC.creator" too
#: Agency aliases (data/agencies.py, shared with credits.py) -> short names.
_AGENCY_EXACT = {alias: short for short, aliases in AGENCIES.items() for alias in aliases}
_AGENCY_FOLDED = {
    alias.casefold(): short
    for short, aliases in AGENCIES.items()
    for alias in aliases
    if len(alias) > MAX_EXACT_CASE_ALIAS
}
#: Last words of every agency alias, as written and folded: no tail can name an agency
#: without ending with one of them.
_AGENCY_LAST = frozenset(
    alias.split()[-1] for alias in [*_AGENCY_EXACT, *_AGENCY_FOLDED] if alias.split()
)
_MONTH = rf"(?P<month>{_alternation(MONTHS)})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DMY_WORDS = re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b", re.I)
#: "November 20, 2019", and "November 20 15:23 2019" with the time before the year.
_MDY_WORDS = re.compile(
    rf"\b{_MONTH}\s+{_DAY},?\s+(?:(?P<clock>[0-2]?\d:[0-5]\d)\s+)?{_YEAR}\b", re.I
)
_ANY_MONTH = re.compile(rf"\b{_alternation(MONTHS)}\b", re.I)
#: "2016年10月14日" (Chinese, Japanese) and "2016년 10월 14일" (Korean).
_CJK_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<cmonth>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"
)
_NUMERIC_DATE = re.compile(
    r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b"
)
_ISO_IN_TEXT = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d\S*)?")
_TIME = re.compile(
    rf"\b(?P<hour>[0-2]?\d)[:h.](?P<minute>[0-5]\d)(?::[0-5]\d)?(?!\d)"
    rf"\s*(?P<ampm>[ap])?\.?(?:m\b\.?)?"
    rf"\s*(?P<tz>\b(?:{_alternation(TIMEZONES)})\b|[+-][01]\d:?[0-5]\d)?",
    re.I,
)
_ISO = re.compile(
    r"^\s*(?P<year>\d{4})(?P<sep>[-/.]?)(?P<month>\d\d)(?P=sep)(?P<day>\d\d)"
    r"(?:(?:T|\s+)(?P<hour>\d\d):?(?P<minute>\d\d)(?::?(?P<second>\d\d))?(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d\d(?::?\d\d)?)?\s*$",
    re.I,
)
_UPDATED = re.compile(rf"^\W*(?:{_alternation(UPDATE_PREFIXES)})\b", re.I)
_YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,4}(?!\d)")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?P<sep>[/-]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?:[/_.-]|$)"
)
_URL_WORD_DATE = re.compile(rf"/{_YEAR}/{_MONTH}/(?P<day>[0-3]?\d)/", re.I)
_CREDIT_PREFIX = re.compile(rf"^(?:{_alternation(CREDIT_PREFIXES)})\s*:?\s+", re.I)
_BYLINE_PREFIX = re.compile(rf"^(?:{_alternation(BYLINE_PREFIXES)})\s*[:\-–]?\s+", re.I)
_CONTACT = re.compile(r"(?:https?:)?//\S+|\bwww\.\S+|\S+@\S+")
_SEGMENT_SPLIT = re.compile(r"\s*[|•·/\n;]\s*|\s+[-–—]\s+")
_PART_SPLIT = re.compile(r"\s*,\s*|\s*\(\s*|\s*\)\s*|(?<=[^\W\d_]{2})\.\s+")
_JOINER_SPLIT = re.compile(rf"\s+(?:{_alternation(NAME_JOINERS)})\s+", re.I)
_COAUTHOR = re.compile(rf"^(?:{_alternation(COAUTHOR_MARKERS)})\s+", re.I)
_DATE_START_WORDS = (
    r"updated|published|posted|mis à jour|publié|aktualisiert|veröffentlicht|"
    r"actualizado|publicado|atualizado|aggiornato|pubblicato|gepubliceerd|publiziert|am|le|el|on|"
    + _alternation(w for w in WEEKDAYS if len(w) > 3)
).split("|")
_DATE_START = re.compile(rf"\b(?:{_by_first_letter(_DATE_START_WORDS)})\b|\d", re.I)
#: A word glued to the one before it by markup without spaces ("Jeff FoustMonday").
_GLUED = re.compile(r"(?<=[a-z])([A-Z][a-z]{2,})\b")
_TOKEN = re.compile(r"[^\W_]+\.?|[|•·/\-–—]", re.U)
_NUMBERISH = re.compile(r"^\d{1,4}(?:st|nd|rd|th|er|e|h\d{0,2}|º|°)?\.?$")
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»«/]{1,2}\s+")
_NAME_TOKEN = re.compile(r"^[\"'“‘(]*[^\W\d_][\w.'’\-]*$")
_WORD = re.compile(r"[^\W\d_]+")
_LANG_TAG = re.compile(r"^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$")


# --- the collected page ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Page:
    """What the strategies read, gathered in one pass over the tree.

    Private to this module: besides plain values it keeps the root and the <time> elements,
    for the fallbacks (bylines in the text, related-list checks) that run only when needed.
    """

    root: lxml.html.HtmlElement
    meta: Mapping[str, tuple[str, ...]]  # <meta> name/property/itemprop, lower case
    articles: tuple[Mapping[str, Any], ...]  # JSON-LD article-like objects
    others: tuple[Mapping[str, Any], ...]  # other typed JSON-LD objects (WebPage, WebSite...)
    title: str | None  # <title>
    h1: tuple[lxml.html.HtmlElement, ...]
    h1_text: tuple[str, ...]
    canonical: str | None  # <link rel=canonical>
    image_link: str | None  # <link rel=image_src>
    times: tuple[lxml.html.HtmlElement, ...]  # <time> elements, in document order
    url: str | None


def html_metadata(root: lxml.html.HtmlElement, *, url: str | None, options: Options) -> Metadata:
    """Extract the metadata of an HTML page, every field from its most trusted source."""
    page = _collect(root, url)
    site = _site_name(page)
    canonical = _canonical(page)
    sites = _site_keys(page, site)
    title = _title(page, sites)
    story = _Story(root, _headline_element(page, title.value if title else None))
    names, agencies = _authors(page, site, sites, story)
    language = _language(page) or _guess_language_hit(_sample_text(root))
    rules = _DateRules(options.free_text_dates, language.value if language else None)
    published, modified = _dates(page, story, rules)
    hits: dict[str, _Hit[Any] | None] = {
        "title": _strip_author_tail(title, names.value if names else ()),
        "standfirst": _ld_text(page.articles, "description", "json-ld")
        or _meta_first(page, DESCRIPTION_KEYS),
        "authors": names,
        "published": published,
        "modified": modified,
        "language": language,
        "site_name": site,
        "canonical_url": canonical,
        "section": _section(page),
        "tags": _tags(page),
        "image": _image(page, url or (canonical.value if canonical else None)),
        "accessible_for_free": _accessible_for_free(page),
        "page_type": _page_type(page),
        "agencies": agencies,
    }
    return _build(hits)


def text_metadata(lines: Sequence[str], *, url: str | None, options: Options) -> Metadata:
    """Metadata of a plain-text page: what a byline, a date line beside it and the URL give.

    `lines` are best given from the headline on (the text stage knows which line it is; the
    title is left to it). The first byline among them is read; the date comes from a date line
    next to that byline, else from the first lines, else from the URL: a date line elsewhere
    in a text dump is as often today's date in the page header as the article's.
    """
    kept = [line.strip() for line in lines[:MAX_TEXT_LINES] if line.strip()]
    at, names, agencies = _byline_hits(kept, "text")
    url_date = _url_date(url)
    language = _guess_language_hit(" ".join(kept)[:LANGUAGE_SAMPLE_CHARS])
    rules = _DateRules(options.free_text_dates, language.value if language else None)
    first = kept[:NEAR_TITLE_ELEMENTS]
    near = kept[max(at - DATE_LINES_AROUND_BYLINE, 0) : at + DATE_LINES_AROUND_BYLINE + 1]
    places = [near, first] if at >= 0 else [first]  # beside the byline, else the head lines
    others = [url_date] if url_date else []
    published = (
        next(
            (
                found
                for lines in places
                if (found := _first_valid_date(_text_dates(lines, rules), others))
            ),
            None,
        )
        or url_date
        or _first_valid_date(_text_dates(places[0], rules, updates=True), ())
    )
    hits: dict[str, _Hit[Any] | None] = {
        "authors": names,
        "published": published,
        "language": language,
        "agencies": agencies,
    }
    return _build(hits)


def _build(hits: Mapping[str, _Hit[Any] | None]) -> Metadata:
    """The Metadata of the winning hits, with one provenance entry per field set."""
    values = {name: hit.value for name, hit in hits.items() if hit is not None}
    provenance = tuple(
        Source(field=name, origin=hit.origin, raw=hit.raw[:MAX_RAW_CHARS])
        for name, hit in hits.items()
        if hit is not None
    )
    return Metadata(**values, provenance=provenance)


# --- collection ----------------------------------------------------------------------------


def _collect(root: lxml.html.HtmlElement, url: str | None) -> _Page:
    """Read the head metadata, JSON-LD, <title>, <h1> and <time> in one pass over the tree."""
    meta: dict[str, list[str]] = {}
    ld_items: list[Mapping[str, Any]] = []
    title: str | None = None
    h1: list[lxml.html.HtmlElement] = []
    h1_text: list[str] = []
    links: dict[str, str] = {}
    times: list[lxml.html.HtmlElement] = []
    for el in root.iter(*_COLLECTED_TAGS):
        tag = el.tag
        if tag == "meta":
            _collect_meta(el, meta)
        elif tag == "link":
            for rel in (el.get("rel") or "").lower().split():
                links.setdefault(rel, el.get("href") or "")
        elif tag == "script":
            if (el.get("type") or "").strip().lower() == "application/ld+json":
                ld_items.extend(_json_ld_items(el.text or ""))
        elif tag == "title":
            title = title or _clean(el.text_content()) or None
        elif tag == "h1":
            text = _heading_text(el)
            if text:
                h1.append(el)
                h1_text.append(text)
        else:
            times.append(el)
    return _Page(
        root=root,
        meta={key: tuple(values) for key, values in meta.items()},
        articles=tuple(i for i in ld_items if _ld_types(i) & ARTICLE_TYPES),
        others=tuple(i for i in ld_items if not _ld_types(i) & ARTICLE_TYPES),
        title=title,
        h1=tuple(h1),
        h1_text=tuple(h1_text),
        canonical=links.get("canonical") or None,
        image_link=links.get("image_src") or None,
        times=tuple(times),
        url=url,
    )


def _collect_meta(el: lxml.html.HtmlElement, meta: dict[str, list[str]]) -> None:
    """Record a <meta> under each of its keys (property, name, itemprop, http-equiv)."""
    content = (el.get("content") or el.get("value") or "").strip()
    if not content:
        return
    for attr in ("property", "name", "itemprop", "http-equiv"):
        key = el.get(attr)
        if key:
            for one in key.lower().split():
                meta.setdefault(_DC_PREFIX.sub(r"\1.", one), []).append(content)


def _elements(query: etree.XPath, node: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The HTML elements an XPath query selects under `node`."""
    result = query(node)
    return (
        [el for el in result if isinstance(el, lxml.html.HtmlElement)]
        if isinstance(result, list)
        else []
    )


def _in_related(
    el: lxml.html.HtmlElement,
    tags: frozenset[str] = RELATED_TAGS,
    hints: frozenset[str] = RELATED_HINTS,
) -> bool:
    """Whether an element sits in one of `tags` or a related/recommended list.

    The climb stops at <body>, whose classes describe the page layout, not a list.
    """
    for node in el.iterancestors():
        if node.tag == "body":
            return False
        if _marked(node, tags, hints):
            return True
    return False


def _marked(node: lxml.html.HtmlElement, tags: frozenset[str], hints: frozenset[str]) -> bool:
    """Whether an element is one of `tags` or has a class or id naming one of `hints`."""
    if node.tag in tags:
        return True
    names = f"{node.get('class') or ''} {node.get('id') or ''}".lower().split()
    return any(_names_hint(name, hints) for name in names)


def _names_hint(name: str, hints: frozenset[str]) -> bool:
    """A class or id names a hint by its first or last word: "related-posts", "read-more",
    "sidebar"; not "content__header--no-promo" (a modifier saying the opposite)."""
    words = [w for w in _HINT_SPLIT.split(name) if w]
    if not words:
        return False
    last_negated = len(words) > 1 and words[-2] == "no"
    return words[0] in hints or (words[-1] in hints and not last_negated)


def _unwrap_script(text: str) -> str:
    """JSON-LD text without the comment and CDATA wrappers pages put around it."""
    text = text.strip()
    changed = True
    while changed:
        changed = False
        for token in _SCRIPT_WRAPPERS:
            if text.startswith(token):
                text, changed = text[len(token) :].strip(), True
            if text.endswith(token):
                text, changed = text[: -len(token)].strip(), True
    return text


def _json_ld_items(text: str) -> list[Mapping[str, Any]]:
    """The typed objects of one JSON-LD script: top-level, lists, @graph and mainEntity."""
    text = _unwrap_script(text)
    if not text:
        return []
    try:
        data = json.loads(text, strict=False)
    except json.JSONDecodeError:
        return []  # broken JSON-LD is common; the other sources still apply
    return list(_ld_walk(data, depth=0))


def _ld_walk(data: Any, depth: int) -> Iterator[Mapping[str, Any]]:
    """Yield typed JSON-LD objects through lists, @graph and mainEntity (not deeper)."""
    if depth > MAX_LD_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_walk(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _ld_walk(data[key], depth + 1)


def _ld_types(item: Mapping[str, Any]) -> frozenset[str]:
    """The lower-cased @type names of a JSON-LD object (a string or a list)."""
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return frozenset(k.lower().rsplit("/", 1)[-1] for k in kinds if isinstance(k, str))


# --- small helpers ---------------------------------------------------------------------------


def _clean(text: str | None) -> str:
    """Whitespace collapsed and trimmed."""
    return " ".join(text.split()) if text else ""


def _cleaned_prefix_exceeds(text: str, limit: int) -> bool:
    """Whether a prefix of `text` is already longer than `limit` once cleaned, so `_clean(text)`
    is too (a prefix's cleaned form begins the text's); False says nothing about the rest.

    The prefix is a quarter longer than `limit`: prose keeps its length when cleaned, so a
    paragraph is told from its first characters however long it is.
    """
    return len(text) > limit and len(_clean(text[: limit + limit // 4])) > limit


def _norm(text: str) -> str:
    """A comparison key: lower-case words only."""
    return " ".join(_WORD.findall(text.lower()))


def _meta_first(page: _Page, keys: Sequence[str]) -> _Hit[str] | None:
    """The first non-empty <meta> value among `keys`, in key order."""
    for key in keys:
        for value in page.meta.get(key, ()):
            text = _clean(value)
            if text:
                return _Hit(text, _meta_origin(key), value)
    return None


def _meta_origin(key: str) -> str:
    """Provenance origin of a <meta> key."""
    if key.startswith(("og:", "article:")):
        return "opengraph"
    if key.startswith("twitter:"):
        return "twitter"
    return "meta"


def _ld_value(item: Mapping[str, Any], key: str) -> Any:
    """A JSON-LD property, unwrapping one-element lists and {"@value": ...}."""
    value = item.get(key)
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, dict) and "@value" in value:
        value = value["@value"]
    return value


def _ld_text(items: Iterable[Mapping[str, Any]], key: str, origin: str) -> _Hit[str] | None:
    """The first string value of `key` among JSON-LD objects."""
    for item in items:
        value = _ld_value(item, key)
        if isinstance(value, str) and _clean(value):
            return _Hit(_clean(value), origin, value)
    return None


# --- title and site ----------------------------------------------------------------------


def _site_name(page: _Page) -> _Hit[str] | None:
    """The outlet's name: JSON-LD publisher or WebSite, og:site_name, application-name.

    The JSON-LD publisher goes first: og:site_name is the platform on hosted blogs ("Medium")
    and often carries a tagline ("Aktuálně.cz - Víte, co se právě děje").
    """
    for hit in _site_candidates(page):
        if hit.value and not hit.value.startswith("@") and not _looks_like_url(hit.value):
            return hit
    return None


def _site_candidates(page: _Page) -> Iterator[_Hit[str]]:
    """Site names: the article's JSON-LD publisher, the WebSite object, then <meta> keys."""
    for item in page.articles:
        publisher = _ld_value(item, "publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            yield _Hit(_clean(publisher["name"]), "json-ld", publisher["name"])
    for item in page.others:
        if "website" in _ld_types(item) and isinstance(item.get("name"), str):
            yield _Hit(_clean(item["name"]), "json-ld", item["name"])
    for key in SITE_KEYS:
        for value in page.meta.get(key, ())[:1]:
            yield _Hit(_clean(value), _meta_origin(key), value)


def _title(page: _Page, sites: frozenset[str]) -> _Hit[str] | None:
    """The headline: the title most sources agree on, without a site-name tail.

    Candidates are the JSON-LD headline, og:title and the other <meta> titles, the <h1>s and
    the <title>, each with its site-name segment cut. The one that most other sources agree
    with (same words, or the same words followed by a tail) wins, the most trusted on a tie;
    when one agreeing candidate is the head of another, the shorter one is the headline. On
    a tie, the group holding an <h1> wins: the headline as shown beats a social or SEO one.
    """
    candidates = [
        _Hit(_strip_site(hit.value, sites), hit.origin, hit.raw)
        for hit in _title_candidates(page, sites)
    ]
    if not candidates:
        return None
    keys = [_norm(c.value) for c in candidates]
    shown = [key for c, key in zip(candidates, keys, strict=True) if c.origin == "h1"]
    best, best_rank = 0, (-1, False)
    for i, key in enumerate(keys):
        support = len(
            {
                _family(candidates[j].origin)
                for j, other in enumerate(keys)
                if _family(candidates[j].origin) != _family(candidates[i].origin)
                and _agrees(key, other)
            }
        )
        rank = (support, support > 0 and any(_agrees(key, h) for h in shown))
        if rank > best_rank:
            best, best_rank = i, rank
    chosen = candidates[best]
    heads = [
        c for c, key in zip(candidates, keys, strict=True) if key and _is_head(key, keys[best])
    ]
    if heads:
        shortest = min(heads, key=lambda c: len(c.value))
        return _Hit(shortest.value, shortest.origin, shortest.raw)
    return chosen


def _strip_author_tail(title: _Hit[str] | None, authors: Sequence[str]) -> _Hit[str] | None:
    """Cut a " | Author Name" tail off the title (blogs and columns put it there)."""
    if title is None or not authors:
        return title
    cut = _strip_site(title.value, frozenset(_norm(name) for name in authors))
    return _Hit(cut, title.origin, title.raw) if cut else title


def _heading_text(el: lxml.html.HtmlElement) -> str:
    """A heading's text without the permalink marks documentation generators append."""
    return _clean(el.text_content()).rstrip(_HEADING_MARKS)


def _headline_element(page: _Page, title: str | None) -> lxml.html.HtmlElement | None:
    """The element showing the headline: an <h1> (else an <h2>) with the title's words."""
    if title is None:
        return page.h1[0] if page.h1 else None
    key = _norm(title)
    for el, text in zip(page.h1, page.h1_text, strict=True):
        if _agrees(_norm(text), key):
            return el
    for index, el in enumerate(page.root.iter("h2")):
        if index >= MAX_H2 or _agrees(_norm(_heading_text(el)), key):
            return el if index < MAX_H2 else None
    return None


def _title_candidates(page: _Page, sites: frozenset[str]) -> Iterator[_Hit[str]]:
    """Every title the page states, most trusted first."""
    for item in page.articles:
        for key in ("headline", "name"):
            value = _ld_value(item, key)
            if isinstance(value, str) and _clean(value):
                yield _Hit(_clean(value), "json-ld", value)
                break
    for key in TITLE_KEYS:
        for value in page.meta.get(key, ())[:1]:
            if _clean(value):
                yield _Hit(_clean(value), _meta_origin(key), value)
    if page.title:
        yield _Hit(page.title, "title", page.title)
    for text in page.h1_text[:MAX_H1]:
        if len(text) <= MAX_TITLE_CHARS and not _is_site(text, sites):
            yield _Hit(text, "h1", text)


def _family(origin: str) -> str:
    return _FAMILY.get(origin, origin)


def _agrees(key: str, other: str) -> bool:
    """Two normalized titles say the same thing (one may carry an extra tail)."""
    return bool(key) and (key == other or _is_head(key, other) or _is_head(other, key))


def _is_head(key: str, other: str) -> bool:
    """`key` is `other` without a tail segment ("Title" vs "Title Site Name")."""
    return len(other) > len(key) >= MIN_HEAD_SHARE * len(other) and other.startswith(key + " ")


def _site_keys(page: _Page, site: _Hit[str] | None) -> frozenset[str]:
    """Normalized names that count as the site's name in a title tail."""
    names = {site.value} if site else set()
    for key in SITE_KEYS:
        names.update(page.meta.get(key, ()))
    parts = _split(page.canonical or page.url)
    host = (parts.hostname or "") if parts else ""
    if host:
        names.add(host.removeprefix("www."))
        names.add(_domain_label(host))
    keys = {_norm(n) for n in names} | {_squash(n) for n in names}
    return frozenset(k for k in keys if k)


def _domain_label(host: str) -> str:
    """The registered name in a host: "en.wikipedia.org" -> "wikipedia", "bbc.co.uk" -> "bbc"."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def _strip_site(title: str, sites: frozenset[str]) -> str:
    """Cut " | Site" (or "Site | ") segments that name the site off a title."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2 or _norm(title) in sites:
        return title
    seps = _TITLE_SEPARATOR.findall(title)
    if _is_site(parts[-1], sites):
        return _strip_site(title[: title.rfind(seps[-1])], sites)
    if _norm(parts[0]) in sites:
        return _strip_site(title[title.find(seps[0]) + len(seps[0]) :], sites)
    return title


def _is_site(segment: str, sites: frozenset[str]) -> bool:
    """Whether a title segment names the site ("The Guardian" ~ "guardian", "theguardian")."""
    key = _norm(segment)
    if not key:
        return False
    squashed = key.replace(" ", "")
    short = len(key.split()) <= MAX_SITE_WORDS
    return any(
        key == s
        or squashed == s.replace(" ", "")
        or (short and len(key) > 3 and (key in s or s in key))
        for s in sites
    )


# --- authors ---------------------------------------------------------------------------------


def _authors(
    page: _Page, site: _Hit[str] | None, sites: frozenset[str], story: _Story
) -> tuple[_Hit[tuple[str, ...]] | None, _Hit[tuple[str, ...]] | None]:
    """Person names and agencies, from the first source that names a person.

    Agencies are kept from the first source that names any, even when a later source gives
    the persons ("Reuters" in JSON-LD, "By Jane Doe" in the text).
    """
    site_key = _norm(site.value) if site else ""
    agencies: _Hit[tuple[str, ...]] | None = None
    for origin, raws in _author_sources(page, story):
        names: list[str] = []
        found: list[str] = []
        used: list[str] = []
        for raw in raws:
            parsed = (
                None
                if _norm(raw) == site_key
                else _byline_parts(
                    _uninvert(raw) if origin in _STRUCTURED else raw,
                    require_cue=origin == "text",
                    sites=sites,
                )
            )
            if not parsed or not (parsed[0] or parsed[1]):
                if origin == "byline" and names:
                    break  # past the byline: an author box, a bio, a gear list
                continue
            if origin == "text" and names and parsed[0]:
                continue  # the first byline under the headline; later names are credits
            used.append(raw)
            names.extend(n for n in parsed[0] if not _repeats(n, names))
            found.extend(a for a in parsed[1] if a not in found)
        if found and agencies is None:
            agencies = _Hit(tuple(found), origin, " / ".join(used))
        if names:
            hit = _Hit(tuple(names), origin, " / ".join(used))
            return (_fuller_byline(hit, story, sites) if origin in _STRUCTURED else hit), agencies
    return None, agencies


def _fuller_byline(
    hit: _Hit[tuple[str, ...]], story: _Story, sites: frozenset[str]
) -> _Hit[tuple[str, ...]]:
    """The byline under the headline when it names the metadata's authors and more.

    CMSs often put only the first author in JSON-LD or <meta> while the page shows "By A, B
    and C"; a byline that repeats every metadata name is the fuller list.
    """
    _, shown, _ = _byline_hits(story.near_title, "text", sites)
    if shown is None or len(shown.value) <= len(hit.value):
        return hit
    keys = {_norm(name) for name in shown.value}
    return shown if all(_norm(name) in keys for name in hit.value) else hit


def _uninvert(value: str) -> str:
    """A citation-style author field, "Jong, Michiel de", in reading order: "Michiel de Jong".

    Only for metadata fields (a byline's "Jane Doe, Reuters" is a name and an agency), and
    only when the part before the comma is one capitalized word and no part is a role.
    """
    match = _INVERTED.match(value.strip())
    if not match or _agency(match["given"]) or _agency(match["family"]):
        return value
    given = match["given"].split()
    if any(w.lower() in _NOT_NAME_WORDS for w in [*given, match["family"]]):
        return value
    return f"{match['given']} {match['family']}"


def _repeats(name: str, names: Sequence[str]) -> bool:
    """`name` is already listed, maybe glued to a widget's text ("Anna MeninShare")."""
    return any(name.startswith(n) or n.startswith(name) for n in names)


def _author_sources(page: _Page, story: _Story) -> Iterator[tuple[str, list[str]]]:
    """Raw author strings per source, most trusted first; the text ones only when reached.

    A byline line right under the headline ("By Jane Doe") is read before the byline-classed
    elements: it is as reliable (it must open with a byline word or carry a role or date)
    and much cheaper than searching the page for classes.
    """
    yield "json-ld", [name for item in page.articles for name in _ld_names(item.get("author"))]
    for key in AUTHOR_KEYS:
        values = [v for v in page.meta.get(key, ()) if not _looks_like_url(v)]
        if values:
            yield _meta_origin(key), values
    yield "text", list(story.near_title)
    yield "byline", list(story.bylines)


def _ld_names(value: Any) -> list[str]:
    """Author names from JSON-LD: strings, Person objects, or lists of them.

    An Organization counts only when it is an agency (a site's own name is not an author).
    """
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [name for one in value for name in _ld_names(one)]
    if isinstance(value, dict):
        name = value.get("name")
        names = [name] if isinstance(name, str) else []
        if _ld_types(value) & SITE_TYPES:
            return [n for n in names if _agency(n)]
        return names
    return []


def _looks_like_url(text: str) -> bool:
    """A URL or a path, not a name ("https://facebook.com/x", "/authors/jane-doe")."""
    text = text.strip()
    return text.startswith(("http://", "https://", "//", "www.")) or (
        "/" in text.strip("/") and " " not in text
    )


class _Story:
    """The headline element and the short texts around it, each computed on first use.

    Most pages name their authors and dates in the head, so the byline lookups in the body
    run only on the pages that need them, and at most once per page.
    """

    def __init__(self, root: lxml.html.HtmlElement, headline: lxml.html.HtmlElement | None):
        self.root = root
        self.headline = headline

    @cached_property
    def bylines(self) -> tuple[str, ...]:
        """Texts of byline-like elements (rel=author, itemprop=author, .byline, .author).

        Searched around the headline (`scope`); elements in footers, navs and related lists
        are skipped, their names belong to other articles.
        """
        texts: list[str] = []
        for found in _elements(_BYLINE_ELEMENTS, self.scope)[:MAX_CANDIDATE_ELEMENTS]:
            if _in_related(found, _NOT_BYLINE_TAGS):
                continue
            named = _elements(_ITEM_NAME, found) if found.get("itemprop") else []
            el = named[0] if named else found
            text = el.get("content") if el.tag == "meta" else _clean(el.text_content())
            if text and len(text) <= MAX_BYLINE_CHARS and text not in texts:
                texts.append(text)
        return tuple(texts)

    @property
    def scope(self) -> lxml.html.HtmlElement:
        """The part of the page around the headline where its byline sits.

        The nearest <article> or <main> around the headline, else its container a few levels
        up; the whole page when no element shows the headline.
        """
        if self.headline is None:
            return self.root
        scope = self.headline
        for level, node in enumerate(self.headline.iterancestors()):
            if node.tag in ("article", "main"):
                return node
            if level < SCOPE_LEVELS:
                scope = node
        return scope

    @cached_property
    def near_title(self) -> tuple[str, ...]:
        """Short texts of the first elements after the headline, in document order.

        Texts inside asides, footers, related lists and figures are left out: a teaser's
        byline is not the story's, and "Jane Doe / Reuters" under a photo is its credit.
        """
        lines: list[str] = []
        node = self.headline
        seen = scanned = 0
        tags, hints = _NOT_NEAR_TITLE_TAGS, _NOT_NEAR_TITLE_HINTS
        inside = _marked_wrappers(node, tags, hints) if node is not None else frozenset()
        while node is not None:
            parent = node.getparent()
            if parent is not None and parent in inside:
                node = parent  # the headline's own wrapper is a related list or a figure
                continue
            for sibling in node.itersiblings():
                if _marked(sibling, tags, hints):
                    continue
                for el in sibling.iter(*_NEAR_TITLE_TAGS):
                    scanned += 1
                    # a big container gives only its own words; its blocks come next
                    text = _clean(el.text if _is_big_container(el) else el.text_content())
                    seen += bool(text)  # share buttons and icons have no text: not counted
                    if (
                        text
                        and len(text) <= MAX_NEAR_TITLE_CHARS
                        and text not in lines
                        and not _marked_below(el, sibling, tags, hints)
                    ):
                        lines.append(text)
                    if seen >= NEAR_TITLE_ELEMENTS or scanned >= MAX_NEAR_TITLE_SCAN:
                        return tuple(lines)
            node = node.getparent()
        return tuple(lines)


def _marked_wrappers(
    el: lxml.html.HtmlElement, tags: frozenset[str], hints: frozenset[str]
) -> frozenset[lxml.html.HtmlElement]:
    """The ancestors of `el` that are marked or inside a marked one (below <body>), found in
    one climb however deep the page.

    The elements themselves are kept, not their `id()`: an lxml element object lives only
    while referenced, and a later `getparent()` may get a freed one's address for another
    element, which would then pass for a marked wrapper.
    """
    chain = []
    for node in el.iterancestors():
        if node.tag == "body":
            break
        chain.append(node)
    marked: list[lxml.html.HtmlElement] = []
    inside = False
    for node in reversed(chain):
        inside = inside or _marked(node, tags, hints)
        if inside:
            marked.append(node)
    return frozenset(marked)


def _marked_below(
    el: lxml.html.HtmlElement,
    top: lxml.html.HtmlElement,
    tags: frozenset[str],
    hints: frozenset[str],
) -> bool:
    """Whether an ancestor of `el` below `top` (checked already) is marked."""
    for node in el.iterancestors():
        if node is top:
            return False
        if _marked(node, tags, hints):
            return True
    return False


def _is_big_container(el: lxml.html.HtmlElement) -> bool:
    """An element holding blocks and more than a few elements: a story or a section, whose
    whole text is not worth copying to look for a byline (a date box of three <div>s is not).
    """
    if not any(child.tag in _BLOCK_TAGS for child in el):
        return False
    return next(islice(el.iterdescendants(), MAX_SMALL_CONTAINER, None), None) is not None


def _byline_hits(
    lines: Sequence[str], origin: str, sites: frozenset[str] = frozenset()
) -> tuple[int, _Hit[tuple[str, ...]] | None, _Hit[tuple[str, ...]] | None]:
    """The index of the first line that is a byline naming someone, its names and agencies
    (-1 and None when there is none)."""
    for index, line in enumerate(lines):
        parsed = _byline_parts(line, require_cue=True, sites=sites)
        if parsed and (parsed[0] or parsed[1]):
            names = _Hit(parsed[0], origin, line) if parsed[0] else None
            agencies = _Hit(parsed[1], origin, line) if parsed[1] else None
            return index, names, agencies
    return -1, None, None


def parse_byline(text: str) -> tuple[str, ...] | None:
    """The person names of a byline line, or None if `text` is not a byline.

    "By Jane Doe and John Roe, Reuters" gives ("Jane Doe", "John Roe"); "Par Marie Dupont",
    "Von Hans Müller", "Por Ana García | 12 de mayo de 2020" and "Jane Doe | Staff writer"
    are bylines too. A byline naming only an agency or a desk gives an empty tuple. A line
    counts as a byline when it opens with a byline word ("By", "Par", "Von", "Por"...) or pairs
    a name with a role, an agency or a date, and every part of it is one of those.
    """
    parsed = _byline_parts(text, require_cue=True)
    return parsed[0] if parsed else None


def _byline_parts(
    text: str, *, require_cue: bool, sites: frozenset[str] = frozenset()
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(names, agencies) of a byline, or None when some part is neither name, role nor date.

    With `require_cue`, a line without a byline word must also hold a role, agency or date
    next to the names (a bare "Jane Doe" line is not taken for a byline). `sites` are
    normalized site names, dropped where they trail a name ("Kevin McCoy USA TODAY").
    """
    if _cleaned_prefix_exceeds(text, MAX_BYLINE_CHARS):
        return None
    text = _clean(text)
    if not text or len(text) > MAX_BYLINE_CHARS:
        return None
    if text.startswith("(") and text.endswith(")") and ")" not in text[1:-1]:
        text = text[1:-1]  # a credit line in parentheses: "(Reporting by A; Editing by B)"
    if "//" in text or "www." in text or "@" in text:  # what every contact holds
        text = _CONTACT.sub("", text)  # URLs and e-mail addresses beside the name
    text = _GLUED.sub(_unglue, text)
    cue = opened = False  # opened: a byline word ("By", "Par") or a credit word starts it
    names: list[str] = []
    agencies: list[str] = []
    for raw_segment in _SEGMENT_SPLIT.split(text):
        credit = _CREDIT_PREFIX.match(raw_segment) is not None
        if credit:
            opened = cue = True  # "Reviewed by ...", "Photos by ...": credits, not authors
            continue
        prefix = _BYLINE_PREFIX.match(raw_segment)
        opened = opened or prefix is not None or credit
        cue = cue or opened
        segment = raw_segment[prefix.end() :] if prefix else raw_segment
        cut = _date_start(segment)
        if cut is not None:
            cue = True
            segment = segment[:cut].strip(" ,")
        for part in _PART_SPLIT.split(segment):
            bare = part.strip(" .,:")
            coauthors = _COAUTHOR.match(bare)
            if coauthors:
                cue, bare = True, bare[coauthors.end() :]  # "(avec Damien Leloup)"
            if not bare:
                continue
            kind = _classify_part(bare, names, agencies, sites)
            if kind is None:
                return None
            cue = cue or kind != "name"
    if require_cue and not cue:
        return None
    if not names and not agencies and not opened:
        return None  # a desk or a date alone ("Climate Change News") is not a byline
    return tuple(names), tuple(agencies)


def _unglue(match: re.Match[str]) -> str:
    """Set a date or chrome word glued to a name apart: "FoustMonday" -> "Foust | Monday"."""
    word = match.group(1)
    return f" | {word}" if word.lower() in _GLUE_WORDS else word


def _date_start(segment: str) -> int | None:
    """Where a date line begins inside a byline segment ("Jane Doe March 11, 2015"), if any.

    The earliest date-like word from which the rest is a date line: "Le" in "Marine Le Pen"
    starts no date, "Updated" in "Jane Doe Updated 3:04 PM" does.
    """
    starts = {m.start() for m in _DATE_START.finditer(segment)}
    if "19" in segment or "20" in segment:  # the year of a date in words; two cheap searches
        starts.update(
            m.start() for m in (_MDY_WORDS.search(segment), _DMY_WORDS.search(segment)) if m
        )
    for start in sorted(starts):
        if looks_like_dateline(segment[start:]):
            return start
    return None


def _classify_part(
    part: str, names: list[str], agencies: list[str], sites: frozenset[str]
) -> str | None:
    """Sort one comma-separated byline part into names/agencies; its kind or None if unknown."""
    part = _undouble(part)
    agency = _agency(part)
    if agency:
        if agency not in agencies:
            agencies.append(agency)
        return "agency"
    if sites and _squash(part) in sites:
        return "site"
    head, tail = _split_outlet_tail(part, sites)
    if tail:
        _classify_part(tail, names, agencies, sites)
        kind = _classify_part(head, names, agencies, sites)
        return "agency" if kind == "name" else kind
    pieces = _JOINER_SPLIT.split(part)
    if all(_is_person_name(p) for p in pieces):
        names.extend(p for p in pieces if p not in names)
        return "name"
    if len(pieces) > 1 and _is_person_name(part):  # one piece is `part`, tested above
        names.append(part)
        return "name"
    words = [w.strip(".,") for w in part.lower().split()]
    name_words = _role_tail_head(part)
    if name_words:
        names.append(" ".join(part.split()[:name_words]))
        return "role"  # "Jane Doe Staff Writer", "Kelli Miller WebMD Health News"
    if all(w in NAME_SUFFIXES for w in words):
        return "suffix"
    if len(words) <= MAX_ROLE_WORDS and (words[0] in _ROLES or words[-1] in _ROLES):
        return "role"
    if "@" in part or _looks_like_url(part):
        return "contact"
    return None


def _role_tail_head(part: str) -> int:
    """How many leading words of a byline part are a name followed by a role ("Jane Doe
    Staff Writer" -> 2, "Kelli Miller WebMD Health News" -> 2); 0 when not shaped so.

    The role is role words, maybe after a brand ("WebMD"), whose mixed case no name has.
    """
    words = part.split()
    if not words or words[-1].lower().strip(".,") not in _ROLES:
        return 0  # every role tail ends with a role or desk word (exactly the loop's test)
    for size in range(min(MAX_ROLE_WORDS, len(words) - 2), 0, -1):
        tail = words[-size:]
        brand = _BRAND.search(tail[0]) is not None
        bare = [w.lower().strip(".,") for w in tail[brand:]]
        roles = bool(bare) and all(w in ROLE_WORDS or w in DESK_WORDS for w in bare)
        person = bare[-1] in ROLE_WORDS if bare else False
        if roles and (person or brand) and _is_person_name(" ".join(words[:-size])):
            return len(words) - size
    return 0


def _split_outlet_tail(part: str, sites: frozenset[str]) -> tuple[str, str]:
    """Split an agency or the outlet off the end of a byline part ("Jane Doe Reuters",
    "Kevin McCoy USA TODAY", "Kelli Miller WebMD Health News")."""
    words = part.split()
    if (
        not sites
        and words
        and words[-1] not in _AGENCY_LAST
        and (words[-1].casefold() not in _AGENCY_LAST)
    ):
        return part, ""  # a tail naming an agency ends with the last word of its name
    for size in range(min(MAX_OUTLET_WORDS, len(words) - 1), 0, -1):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        squashed = _squash(tail)
        if _agency(tail) or squashed in sites:
            return head, tail
        if any(len(s) >= MIN_SITE_KEY and squashed.startswith(s) for s in sites):
            return head, tail  # the outlet's name and its desk: "WebMD Health News"
    return part, ""


def _squash(text: str) -> str:
    """Lower-case letters and digits only: "USA TODAY" -> "usatoday"."""
    return "".join(_WORD_OR_DIGITS.findall(text.lower()))


def _agency(text: str) -> str | None:
    """The short name of the agency `text` names, if it names one.

    Short aliases ("AP", "PA") match in the listed case only; longer ones in any case.
    """
    text = text.strip()
    return _AGENCY_EXACT.get(text) or _AGENCY_FOLDED.get(text.casefold())


def _undouble(text: str) -> str:
    """ "Sean Martin Sean Martin" (a name and its link text) -> "Sean Martin"."""
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def _is_person_name(text: str) -> bool:
    """Two to four capitalized words (particles aside), no digits, roles, e-mails or agencies."""
    words = text.split()
    core = [w for w in words if w.lower() not in NAME_PARTICLES]
    if not 2 <= len(core) <= MAX_NAME_WORDS or len(text) > 60:
        return False
    if _agency(text):
        return False
    for word in core:
        if not _NAME_TOKEN.match(word) or not word.lstrip("\"'“‘(")[:1].isupper():
            return False
        if _BRAND.search(word):
            return False
        bare = word.lower().strip(".,")
        if bare in _NOT_NAME_WORDS or (len(bare) > 3 and bare in WEEKDAYS):
            return False
    return True


# --- dates ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _DateRules:
    """How dates written in words may be read: dateparser only if allowed and the page's
    language is known (guessing among all of dateparser's languages costs ~50 ms a call)."""

    free_text: bool
    language: str | None


def _dates(
    page: _Page, story: _Story, rules: _DateRules
) -> tuple[_Hit[datetime] | None, _Hit[datetime] | None]:
    """Published and modified dates.

    Every structured source is parsed; the most trusted published date wins unless it is
    more than a day later than another source's (a re-publication stamp, a "related" widget
    that slipped through), in which case the next one is tried. Bylines and date lines in the
    text are read only when no structured source has a date; the URL date is a last resort
    and a check on the others.
    """
    url_date = _url_date(page.url) or _url_date(page.canonical)
    others = [url_date] if url_date else []
    published = _first_valid_date(list(_published_candidates(page, rules)), others)
    if published is None:
        published = (
            _first_valid_date(_text_dates(story.near_title, rules), others)
            or _first_valid_date(_text_dates(story.bylines, rules), others)
            or url_date
            or _first_valid_date(_text_dates(story.near_title, rules, updates=True), ())
        )
    modified = _first_valid_date(list(_modified_candidates(page, rules)), ())
    if modified and published and modified.value < published.value - DATE_TOLERANCE:
        modified = None
    return published, modified


def _published_candidates(page: _Page, rules: _DateRules) -> Iterator[_Hit[datetime]]:
    """Published dates from JSON-LD, <meta>, microdata and <time>, most trusted first."""
    for key in ("datePublished", "dateCreated", "uploadDate"):
        yield from _ld_dates(page.articles, key, rules)
    for key in PUBLISHED_KEYS:
        yield from _meta_dates(page, key, rules)
    time_hit = _time_date(page.times, rules)
    if time_hit:
        yield time_hit
    yield from _ld_dates(page.others, "datePublished", rules)


def _time_date(times: Sequence[lxml.html.HtmlElement], rules: _DateRules) -> _Hit[datetime] | None:
    """The article's <time>: one marked as the publication date, else the first one.

    <time> elements in related lists, asides and footers date other articles and are skipped.
    """
    marked = [
        el
        for el in times
        if el.get("pubdate") is not None
        or (el.get("itemprop") or "").lower() == "datepublished"
        or "publish" in (el.get("class") or "").lower()
    ]
    for el in (*marked[:MAX_CANDIDATE_ELEMENTS], *times[:MAX_CANDIDATE_ELEMENTS]):
        if _in_related(el):
            continue
        raw = el.get("datetime") or _clean(el.text_content())
        value = _parse_date(raw, rules) if raw else None
        if value:
            return _Hit(value, "time", raw)
        if not marked:
            return None
    return None


def _modified_candidates(page: _Page, rules: _DateRules) -> Iterator[_Hit[datetime]]:
    """Modified dates from JSON-LD and <meta>, most trusted first."""
    yield from _ld_dates(page.articles, "dateModified", rules)
    for key in MODIFIED_KEYS:
        yield from _meta_dates(page, key, rules)
    yield from _ld_dates(page.others, "dateModified", rules)


def _ld_dates(
    items: Iterable[Mapping[str, Any]], key: str, rules: _DateRules
) -> Iterator[_Hit[datetime]]:
    for item in items:
        raw = _ld_value(item, key)
        if isinstance(raw, str):
            value = _parse_date(raw, rules)
            if value:
                yield _Hit(value, "json-ld", raw)


def _meta_dates(page: _Page, key: str, rules: _DateRules) -> Iterator[_Hit[datetime]]:
    for raw in page.meta.get(key, ())[:1]:
        value = _parse_date(raw, rules)
        if value:
            yield _Hit(value, _meta_origin(key), raw)


def _text_dates(
    lines: Iterable[str], rules: _DateRules, *, updates: bool = False
) -> list[_Hit[datetime]]:
    """Publication dates of the date lines (or bylines carrying a date) among `lines`.

    A line that opens with "Updated" (or "Mis à jour", "Aktualisiert"...) gives the date of
    an update, not of publication: such lines are read only with `updates`, as a last resort.
    """
    found = []
    for line in lines:
        if len(line) > MAX_BYLINE_CHARS or not _YEAR_NUMBER.search(line):
            continue
        if bool(_UPDATED.match(line)) != updates:
            continue
        value = _parse_free_date(line, rules)
        if value:
            found.append(_Hit(value, "text", line))
    return found


def _first_valid_date(
    candidates: Sequence[_Hit[datetime]], others: Sequence[_Hit[datetime]]
) -> _Hit[datetime] | None:
    """The first candidate not later than every other date by more than DATE_TOLERANCE.

    Dates compare as the calendar days they were written as (a URL's /2019/11/18/ is a whole
    day in the outlet's zone, so 2019-11-19T02:34Z from the same page is no conflict).

    When another source states the same instant in the outlet's own time zone, that one is
    kept: "2017-02-23T17:18-08:00" is the date readers saw, "2017-02-24T01:18Z" is not.
    """
    everything = [*candidates, *others]
    if not everything:
        return None
    earliest = min(hit.value.date() for hit in everything)  # calendar days, as written
    for hit in candidates:
        if hit.value.date() <= earliest + DATE_TOLERANCE:
            if hit.value.utcoffset():
                return hit
            local = [c for c in candidates if c.value == hit.value and c.value.utcoffset()]
            return local[0] if local else hit
    return None


def _url_date(url: str | None) -> _Hit[datetime] | None:
    """A date written in a URL path: /2019/11/19/, /2019-11-19, /20191119/, /2019/nov/19/."""
    if not url:
        return None
    parts = _split(url)
    if parts is None:
        return None
    path = parts.path
    match = _URL_DATE.search(path)
    if match:
        value = _make_date(int(match["year"]), int(match["month"]), int(match["day"]))
        return _Hit(value, "url", match.group(0)) if value else None
    match = _URL_WORD_DATE.search(path)
    if match:
        month = MONTHS[match["month"].lower()]
        value = _make_date(int(match["year"]), month, int(match["day"]))
        return _Hit(value, "url", match.group(0)) if value else None
    return None


def _parse_date(raw: str, rules: _DateRules) -> datetime | None:
    """A datetime from ISO 8601, an epoch, or words ("Tue, 19 Nov 2019 14:02:00 GMT")."""
    text = raw.strip()
    if not text:
        return None
    return (
        _parse_iso(text)
        or _parse_epoch(text)
        or (_parse_free_date(text, rules) if len(text) <= MAX_BYLINE_CHARS else None)
    )


def _parse_iso(text: str) -> datetime | None:
    match = _ISO.match(text)
    if not match:
        return None
    tz = _offset(match["tz"])
    return _make_date(
        int(match["year"]),
        int(match["month"]),
        int(match["day"]),
        hour=int(match["hour"] or 0),
        minute=int(match["minute"] or 0),
        second=int(match["second"] or 0),
        tz=tz,
    )


def _parse_epoch(text: str) -> datetime | None:
    if not _EPOCH.match(text):
        return None
    seconds = int(text[:10])
    value = datetime.fromtimestamp(seconds, tz=timezone.utc)
    return value if value.year >= MIN_YEAR else None


def _parse_free_date(text: str, rules: _DateRules) -> datetime | None:
    """A date written in words or digits inside a short line ("Mis à jour le 3 mars 2020")."""
    iso = _ISO_IN_TEXT.search(text)
    if iso:
        return _parse_iso(iso.group(0))
    found = _date_in_text(text)
    if found is None:
        if (
            rules.free_text
            and rules.language
            and rules.language not in NATIVE_DATE_LANGUAGES
            and _maybe_foreign_date(text)
        ):
            return _dateparser(text, rules.language)
        return None
    (year, month, day), (start, end), clock = found
    hour, minute, tz = _time_of_day(f"{text[:start]} {clock} {text[end:]}")
    return _make_date(year, month, day, hour=hour, minute=minute, tz=tz)


def _maybe_foreign_date(text: str) -> bool:
    """A short text with a year and a day number but no month name we know: "19 listopada
    2019", "2019年11月19日". Only these go to dateparser (slow, and imported on first use)."""
    return (
        len(text) <= MAX_FOREIGN_DATE_CHARS
        and not _ANY_MONTH.search(text)
        and bool(_YEAR_NUMBER.search(text))
        and len(_DAY_NUMBER.findall(text)) >= MIN_DATE_NUMBERS
        and len(_WORD.findall(text)) <= MAX_FOREIGN_DATE_WORDS
    )


def _date_in_text(text: str) -> tuple[tuple[int, int, int], tuple[int, int], str] | None:
    """The first (year, month, day) written in a line, where it is, and a time of day written
    inside it ("November 20 15:23 2019"; "" when none)."""
    matches = [
        m
        for m in (
            _MDY_WORDS.search(text),
            _DMY_WORDS.search(text),
            _NUMERIC_DATE.search(text),
            _CJK_DATE.search(text),
        )
        if m is not None
    ]
    if not matches:
        return None
    match = min(matches, key=lambda m: m.start())
    groups = match.groupdict()
    if "month" in groups:
        ymd = int(match["year"]), MONTHS[match["month"].lower()], int(match["day"])
    elif "cmonth" in groups:
        ymd = int(match["year"]), int(match["cmonth"]), int(match["day"])
    else:
        ymd = _numeric_order(int(match["a"]), int(match["b"]), int(match["year"]), match["sep"])
    return ymd, match.span(), groups.get("clock") or ""


def _numeric_order(a: int, b: int, year: int, sep: str) -> tuple[int, int, int]:
    """19.11.2019 and 19-11-2019 are day first; 11/19/2019 is month first unless it cannot be."""
    if a > MONTHS_IN_YEAR or (sep != "/" and b <= MONTHS_IN_YEAR):
        return year, b, a
    return year, a, b


def _time_of_day(text: str) -> tuple[int, int, timezone]:
    """The time and zone of a date line (midnight UTC when none)."""
    match = _TIME.search(text)
    if not match:
        return 0, 0, timezone.utc
    hour, minute = int(match["hour"]), int(match["minute"])
    ampm = (match["ampm"] or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    zone = match["tz"] or "utc"
    if zone[0] in "+-":
        return (hour if hour < 24 else 0), minute, _offset(zone)
    minutes = TIMEZONES.get(zone.lower(), 0)
    return (hour if hour < 24 else 0), minute, timezone(timedelta(minutes=minutes))


def _dateparser(text: str, language: str) -> datetime | None:
    """A date in words of `language`, through dateparser (imported only here, lazily)."""
    import dateparser
    from dateparser.data.languages_info import language_order

    if language not in language_order:
        return None  # dateparser refuses languages it has no data for
    value = dateparser.parse(
        text,
        languages=[language],
        settings={
            "RETURN_AS_TIMEZONE_AWARE": True,
            "TIMEZONE": "UTC",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["custom-formats", "absolute-time"],
        },
    )
    if not isinstance(value, datetime) or value.year < MIN_YEAR:
        return None
    return value


def _offset(tz: str | None) -> timezone:
    """A fixed offset from "Z", "UTC", "+01:00", "+0100" or "-05"."""
    if not tz or tz.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    return timezone(sign * timedelta(minutes=minutes)) if minutes < 24 * 60 else timezone.utc


def _make_date(
    year: int,
    month: int,
    day: int,
    *,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    tz: timezone = timezone.utc,
) -> datetime | None:
    """A datetime if the parts form a real date after MIN_YEAR, else None."""
    if not (MIN_YEAR <= year <= 9999 and 1 <= month <= 12):
        return None
    if not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 61):
        return None
    return datetime(year, month, day, hour, minute, min(second, 59), tzinfo=tz)


def looks_like_dateline(text: str) -> bool:
    """Whether a short line is essentially a date/time stamp.

    "Published 3:04 PM ET, Tue November 19, 2019", "Updated: 19.11.2019 14:02" and "Mis à jour
    le 3 mars 2020" are; a sentence that mentions a date is not: every word must be a number,
    a month or weekday name, a time zone or one of the few words of date lines.
    """
    if _cleaned_prefix_exceeds(text, MAX_BYLINE_CHARS):
        return False  # a paragraph: told from its start, without cleaning all of it
    text = _clean(text)
    if not text or len(text) > MAX_BYLINE_CHARS:
        return False
    if _ISO.match(text):
        return True  # "2019-11-18T23:30:00Z"
    tokens = _TOKEN.findall(text.lower())
    if not tokens or len(tokens) > MAX_DATELINE_TOKENS:
        return False
    evidence = False
    for token in tokens:
        bare = token.rstrip(".")
        if _NUMBERISH.match(token):
            continue
        if bare in MONTHS:
            evidence = True
            continue
        if bare in WEEKDAYS or bare in DATELINE_WORDS or bare in TIMEZONES:
            continue
        if bare in ("a", "p", "m") or token in DATELINE_WORDS:
            continue
        return False
    return evidence or bool(_NUMERIC_DATE.search(text) or _TIME.search(text))


# --- language --------------------------------------------------------------------------------


def _language(page: _Page) -> _Hit[str] | None:
    """The language declared in markup: <html lang>, content-language, og:locale, JSON-LD."""
    declared = page.root.get("lang") or page.root.get(_XML_LANG)
    if declared:
        tag = _primary_tag(declared)
        if tag:
            return _Hit(tag, "html-lang", declared)
    for key in LANGUAGE_KEYS:
        for raw in page.meta.get(key, ())[:1]:
            tag = _primary_tag(raw)
            if tag:
                return _Hit(tag, _meta_origin(key), raw)
    hit = _ld_text(page.articles, "inLanguage", "json-ld")
    if hit:
        tag = _primary_tag(hit.value)
        if tag:
            return _Hit(tag, hit.origin, hit.raw)
    return None


def _primary_tag(raw: str) -> str | None:
    """ "en-GB" -> "en"; None for "x-default", "und", "mul" or junk."""
    match = _LANG_TAG.match(raw.split(",", maxsplit=1)[0])
    if not match:
        return None
    tag = match.group(1).lower()
    return None if tag in ("und", "mul", "zxx", "xx") else tag


def _sample_text(root: lxml.html.HtmlElement) -> str:
    """Up to LANGUAGE_SAMPLE_CHARS of paragraph text, for guessing the language."""
    pieces: list[str] = []
    size = 0
    for p in root.iter("p"):
        text = p.text_content()
        pieces.append(text)
        size += len(text)
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
    return " ".join(pieces)


def _guess_language_hit(text: str) -> _Hit[str] | None:
    guess = guess_language(text)
    return _Hit(guess, "text", text[:80]) if guess else None


def guess_language(text: str) -> str | None:
    """The language of a text from its script, or from stop-word counts for Latin scripts."""
    script = _script_language(text)
    if script:
        return script
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in _WORD.findall(text[:LANGUAGE_SAMPLE_CHARS].lower()):
        for lang in _STOPWORD_LANGS.get(word, ()):
            counts[lang] += 1
    total = sum(counts.values())
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] < MIN_STOPWORD_HITS or counts[best] < MIN_STOPWORD_SHARE * total:
        return None
    return best


def _script_language(text: str) -> str | None:
    """A language given away by its script, when most letters are in that script."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    letters = len(_LETTERS.findall(sample))
    if not letters:
        return None
    counts: dict[str, int] = {}
    for char in _NON_LATIN.findall(sample):
        code = ord(char)
        for first, last, lang in SCRIPT_LANGUAGES:
            if first <= code <= last:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts:
        return None
    if counts.get("ja", 0) * 10 >= letters:
        return "ja"  # kana amid kanji: Japanese, not Chinese
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] * 2 >= letters else None


# --- the other fields ------------------------------------------------------------------------


def _canonical(page: _Page) -> _Hit[str] | None:
    """<link rel=canonical>, else og:url, made absolute against the page URL."""
    if page.canonical and page.canonical.strip():
        return _absolute(page.canonical.strip(), page.url, "link")
    hit = _meta_first(page, CANONICAL_KEYS)
    return _absolute(hit.value, page.url, hit.origin) if hit else None


def _absolute(value: str, base: str | None, origin: str) -> _Hit[str] | None:
    """`value` as an absolute http(s) URL, or None if it cannot be made one."""
    if value.startswith(("https://", "http://")):
        return _Hit(value, origin, value)
    base_parts = _split(base)
    if value.startswith("//"):
        scheme = base_parts.scheme if base_parts else ""
        return _Hit(f"{scheme if scheme in ('http', 'https') else 'https'}:{value}", origin, value)
    joined = urljoin(base, value) if base and base_parts else value
    joined_parts = _split(joined)
    if joined_parts and joined_parts.scheme in ("http", "https") and joined_parts.netloc:
        return _Hit(joined, origin, value)
    return None


def _split(url: str | None) -> SplitResult | None:
    """`url` split into its parts, or None when it is missing or malformed ("http://[::1")."""
    if not url:
        return None
    try:
        return urlsplit(url)
    except ValueError:  # urllib's only signal for a malformed URL; pages are full of them
        return None


def _image(page: _Page, base: str | None) -> _Hit[str] | None:
    """The lead image URL: og:image, twitter:image, JSON-LD image, <link rel=image_src>."""
    hit = _meta_first(page, IMAGE_KEYS[:5])
    if hit is None:
        for item in page.articles:
            raw = _ld_image(item.get("image"))
            if raw:
                hit = _Hit(raw, "json-ld", raw)
                break
    hit = hit or _meta_first(page, IMAGE_KEYS[5:])
    if hit is None and page.image_link:
        hit = _Hit(page.image_link, "link", page.image_link)
    return _absolute(hit.value, base, hit.origin) if hit else None


def _ld_image(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        return _ld_image(value[0])
    if isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl")
        return url if isinstance(url, str) else None
    return None


def _section(page: _Page) -> _Hit[str] | None:
    for item in page.articles:
        value = _ld_value(item, "articleSection")
        if isinstance(value, list) and value and isinstance(value[0], str):
            value = value[0]
        if isinstance(value, str) and _clean(value):
            return _Hit(_clean(value), "json-ld", value)
    hit = _meta_first(page, SECTION_KEYS)
    return hit if hit and not _looks_like_url(hit.value) else None


def _tags(page: _Page) -> _Hit[tuple[str, ...]] | None:
    """Keywords from JSON-LD, article:tag, news_keywords or keywords (the first that has any)."""
    sources: list[tuple[str, list[str]]] = []
    for item in page.articles:
        value = item.get("keywords")
        if isinstance(value, str):
            sources.append(("json-ld", value.split(",")))
        elif isinstance(value, list):
            sources.append(("json-ld", [v for v in value if isinstance(v, str)]))
    for key in TAG_KEYS:
        values = page.meta.get(key, ())
        if values:
            split = [t for v in values for t in (v.split(",") if key != "article:tag" else [v])]
            sources.append((_meta_origin(key), split))
    for origin, raw in sources:
        tags = _unique(_clean(t) for t in raw if 0 < len(_clean(t)) <= MAX_TAG_CHARS)
        if tags:
            return _Hit(tags[:MAX_TAGS], origin, ",".join(raw)[:500])
    return None


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    """Values without case-insensitive duplicates, order kept."""
    seen: set[str] = set()
    kept = []
    for value in values:
        if value.lower() not in seen:
            seen.add(value.lower())
            kept.append(value)
    return tuple(kept)


def _accessible_for_free(page: _Page) -> _Hit[bool] | None:
    """isAccessibleForFree from JSON-LD or microdata; article:content_tier from OpenGraph."""
    for item in page.articles:
        value = _ld_value(item, "isAccessibleForFree")
        flag = _as_bool(value)
        if flag is not None:
            return _Hit(flag, "json-ld", str(value))
    for key in FREE_KEYS:
        for raw in page.meta.get(key, ())[:1]:
            flag = _as_bool(raw)
            if flag is not None:
                return _Hit(flag, _meta_origin(key), raw)
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower()
        if word in ("true", "yes", "1", "free"):
            return True
        if word in ("false", "no", "0", "locked", "metered", "premium"):
            return False
    return None


def _page_type(page: _Page) -> _Hit[str] | None:
    """og:type, else the @type of the JSON-LD article or page object, lower case."""
    hit = _meta_first(page, ("og:type",))
    if hit:
        return _Hit(hit.value.lower(), hit.origin, hit.raw)
    for item in (*page.articles, *page.others):
        kinds = _ld_types(item) & (ARTICLE_TYPES | PAGE_TYPES)
        if kinds:
            return _Hit(sorted(kinds)[0], "json-ld", str(item.get("@type")))
    return None
