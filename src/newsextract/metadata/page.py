"""The page's own statements, gathered in one pass: <meta>, <link>, JSON-LD, <title>, <h1>
and <time>, kept as plain values in `PageSources`; and `Hit`, a value with its origin.

lxml's tag-filtered iteration visits only those tags (no XPath scan). JSON-LD is read through
lists, ``@graph`` and ``mainEntity``; broken JSON-LD is skipped, the other sources still
apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import lxml.html

from newsextract.data.meta_markup import ARTICLE_TYPES
from newsextract.input.jsondata import json_ld_scripts
from newsextract.settings import DEFAULT_SETTINGS, JsonSettings, MetadataSettings
from newsextract.signals.strings import collapse_spaces

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    """A value found by one strategy, with where it came from."""

    value: T
    origin: str
    raw: str


_COLLECTED_TAGS = ("meta", "link", "title", "h1", "time")
_DC_PREFIX = re.compile(r"^(dc|dcterms):")  # "dc:creator" is written "DC.creator" too
#: An Open Graph key written as its full IRI (RDFa without a prefix declaration):
#: "http://ogp.me/ns#title" is "og:title", "http://ogp.me/ns/article#published_time" is
#: "article:published_time" (WordPress SEO plugins of 2012 wrote them so).
_OGP_IRI = re.compile(r"^https?://ogp\.me/ns(?:/(\w+))?#")
_HEADING_MARKS = " ¶#§"  # permalink marks documentation generators append to headings


@dataclass(frozen=True, slots=True)
class PageSources:
    """What the strategies read, gathered in one pass over the tree.

    Private to the metadata stage: besides plain values it keeps the root and the <time>
    elements, for the fallbacks (bylines in the text, related-list checks) that run only
    when needed.
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
    next_link: str | None  # <link rel=next>
    times: tuple[lxml.html.HtmlElement, ...]  # <time> elements, in document order
    url: str | None


def collect_sources(
    root: lxml.html.HtmlElement,
    url: str | None,
    settings: MetadataSettings = DEFAULT_SETTINGS.metadata,
    json_settings: JsonSettings = DEFAULT_SETTINGS.json,
    json_ld: Sequence[Any] | None = None,
) -> PageSources:
    """Read the head metadata, JSON-LD, <title>, <h1> and <time> in one pass over the tree.

    `json_ld` is the page's parsed JSON-LD (`Page.json_ld`); read from the tree when None.
    Broken, huge or deeply nested JSON-LD gives nothing: the other sources still apply.
    """
    meta: dict[str, list[str]] = {}
    scripts = json_ld_scripts(root, json_settings) if json_ld is None else json_ld
    ld_items = [item for data in scripts for item in _ld_walk(data, 0, settings.max_ld_depth)]
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
        elif tag == "title":
            title = title or collapse_spaces(el.text_content()) or None
        elif tag == "h1":
            text = heading_text(el)
            if text:
                h1.append(el)
                h1_text.append(text)
        else:
            times.append(el)
    return PageSources(
        root=root,
        meta={key: tuple(values) for key, values in meta.items()},
        articles=tuple(i for i in ld_items if ld_types(i) & ARTICLE_TYPES),
        others=tuple(i for i in ld_items if not ld_types(i) & ARTICLE_TYPES),
        title=title,
        h1=tuple(h1),
        h1_text=tuple(h1_text),
        canonical=links.get("canonical") or None,
        image_link=links.get("image_src") or None,
        next_link=links.get("next") or None,
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
                # only a key opening with "dc" is rewritten: no substitution for the rest
                name = _DC_PREFIX.sub(r"\1.", one) if one.startswith("dc") else one
                if name.startswith(("http://ogp.me/", "https://ogp.me/")):
                    name = _OGP_IRI.sub(_ogp_prefix, name)
                meta.setdefault(name, []).append(content)


def _ogp_prefix(match: re.Match[str]) -> str:
    """The prefix an Open Graph namespace IRI stands for: "og:" for the base one, else the
    vocabulary's name ("article:", "fb:")."""
    return f"{match[1] or 'og'}:"


def heading_text(el: lxml.html.HtmlElement) -> str:
    """A heading's text without the permalink marks documentation generators append."""
    return collapse_spaces(el.text_content()).rstrip(_HEADING_MARKS)


def _ld_walk(data: Any, depth: int, max_depth: int) -> Iterator[Mapping[str, Any]]:
    """Yield typed JSON-LD objects through lists, @graph and mainEntity (not deeper)."""
    if depth > max_depth:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_walk(item, depth + 1, max_depth)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _ld_walk(data[key], depth + 1, max_depth)


def ld_types(item: Mapping[str, Any]) -> frozenset[str]:
    """The lower-cased @type names of a JSON-LD object (a string or a list)."""
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return frozenset(k.lower().rsplit("/", 1)[-1] for k in kinds if isinstance(k, str))


def ld_value(item: Mapping[str, Any], key: str) -> Any:
    """A JSON-LD property, unwrapping one-element lists and {"@value": ...}."""
    value = item.get(key)
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, dict) and "@value" in value:
        value = value["@value"]
    return value


def ld_text(items: Iterable[Mapping[str, Any]], key: str, origin: str) -> Hit[str] | None:
    """The first string value of `key` among JSON-LD objects."""
    for item in items:
        value = ld_value(item, key)
        if isinstance(value, str) and collapse_spaces(value):
            return Hit(collapse_spaces(value), origin, value)
    return None


def meta_first(page: PageSources, keys: Sequence[str]) -> Hit[str] | None:
    """The first non-empty <meta> value among `keys`, in key order."""
    for key in keys:
        for value in page.meta.get(key, ()):
            text = collapse_spaces(value)
            if text:
                return Hit(text, meta_origin(key), value)
    return None


def meta_origin(key: str) -> str:
    """Provenance origin of a <meta> key."""
    if key.startswith(("og:", "article:")):
        return "opengraph"
    if key.startswith("twitter:"):
        return "twitter"
    return "meta"
