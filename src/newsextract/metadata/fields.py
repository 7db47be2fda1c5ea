"""The other fields: language, canonical URL, lead image, section, tags, free access, page
type and standfirst, each from the page's most trusted source that states it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import lxml.html
from lxml import etree

from newsextract.blocks import Decision
from newsextract.data.meta_markup import (
    ARTICLE_TYPES,
    CANONICAL_KEYS,
    DESCRIPTION_KEYS,
    FREE_KEYS,
    IMAGE_KEYS,
    LANGUAGE_KEYS,
    PAGE_TYPES,
    SECTION_KEYS,
    TAG_KEYS,
)
from newsextract.metadata.page import (
    Hit,
    PageSources,
    ld_text,
    ld_types,
    ld_value,
    meta_first,
    meta_origin,
)
from newsextract.model import BlockKind
from newsextract.options import Options, primary_language
from newsextract.settings import DEFAULT_SETTINGS, LanguageSettings, MetadataSettings
from newsextract.signals.language import guess_language
from newsextract.signals.strings import (
    collapse_spaces,
    join_url,
    looks_like_url,
    norm_key,
    split_url,
)

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_TEXT_SHOWN = etree.XPath(".//text()[not(ancestor::script or ancestor::style)]")


def given_language(options: Options) -> Hit[str] | None:
    """The language the caller gave (`Options.language`), which outranks the page's."""
    return Hit(options.language, "option", options.language) if options.language else None


def declared_language(page: PageSources) -> Hit[str] | None:
    """The language declared in markup: <html lang>, content-language, og:locale, JSON-LD."""
    declared = page.root.get("lang") or page.root.get(_XML_LANG)
    if declared:
        tag = primary_language(declared)
        if tag:
            return Hit(tag, "html-lang", declared)
    for key in LANGUAGE_KEYS:
        for raw in page.meta.get(key, ())[:1]:
            tag = primary_language(raw)
            if tag:
                return Hit(tag, meta_origin(key), raw)
    hit = ld_text(page.articles, "inLanguage", "json-ld")
    if hit:
        tag = primary_language(hit.value)
        if tag:
            return Hit(tag, hit.origin, hit.raw)
    return None


def sample_text(
    root: lxml.html.HtmlElement, settings: LanguageSettings = DEFAULT_SETTINGS.language
) -> str:
    """Paragraph text, at least the sample a language guess reads, if the page has it."""
    pieces: list[str] = []
    size = 0
    for p in root.iter("p"):
        text = _words_shown(p)
        pieces.append(text)
        size += len(text)
        if size >= settings.sample_chars:
            break
    return " ".join(pieces)


def _words_shown(el: lxml.html.HtmlElement) -> str:
    """An element's text without the code of the scripts and styles it holds (a paragraph
    that wraps a video player's script is 25,000 characters of JavaScript and CSS)."""
    if next(el.iter("script", "style"), None) is None:
        return str(el.text_content())
    found = _TEXT_SHOWN(el)
    return "".join(t for t in found if isinstance(t, str)) if isinstance(found, list) else ""


def guessed_language(
    text: str, settings: LanguageSettings = DEFAULT_SETTINGS.language
) -> Hit[str] | None:
    """The language guessed from a text, as a hit of origin "text"."""
    guess = guess_language(text, settings)
    return Hit(guess, "text", text[:80]) if guess else None


def canonical(page: PageSources) -> Hit[str] | None:
    """<link rel=canonical>, else og:url, made absolute against the page URL."""
    if page.canonical and page.canonical.strip():
        return _absolute(page.canonical.strip(), page.url, "link")
    hit = meta_first(page, CANONICAL_KEYS)
    return _absolute(hit.value, page.url, hit.origin) if hit else None


def _absolute(value: str, base: str | None, origin: str) -> Hit[str] | None:
    """`value` as an absolute http(s) URL, or None if it cannot be made one."""
    if value.startswith(("https://", "http://")):
        return Hit(value, origin, value)
    base_parts = split_url(base)
    if value.startswith("//"):
        scheme = base_parts.scheme if base_parts else ""
        return Hit(f"{scheme if scheme in ('http', 'https') else 'https'}:{value}", origin, value)
    joined = join_url(base, value) if base and base_parts else value
    joined_parts = split_url(joined)
    if joined and joined_parts and joined_parts.scheme in ("http", "https") and joined_parts.netloc:
        return Hit(joined, origin, value)
    return None


def lead_image(page: PageSources, base: str | None) -> Hit[str] | None:
    """The lead image URL: og:image, twitter:image, JSON-LD image, <link rel=image_src>."""
    hit = meta_first(page, IMAGE_KEYS[:5])
    if hit is None:
        for item in page.articles:
            raw = _ld_image(item.get("image"))
            if raw:
                hit = Hit(raw, "json-ld", raw)
                break
    hit = hit or meta_first(page, IMAGE_KEYS[5:])
    if hit is None and page.image_link:
        hit = Hit(page.image_link, "link", page.image_link)
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


def section(page: PageSources) -> Hit[str] | None:
    for item in page.articles:
        value = ld_value(item, "articleSection")
        if isinstance(value, list) and value and isinstance(value[0], str):
            value = value[0]
        if isinstance(value, str) and collapse_spaces(value):
            return Hit(collapse_spaces(value), "json-ld", value)
    hit = meta_first(page, SECTION_KEYS)
    return hit if hit and not looks_like_url(hit.value) else None


def tags(
    page: PageSources, settings: MetadataSettings = DEFAULT_SETTINGS.metadata
) -> Hit[tuple[str, ...]] | None:
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
            sources.append((meta_origin(key), split))
    for origin, raw in sources:
        cleaned = (collapse_spaces(t) for t in raw)
        found = _unique(t for t in cleaned if 0 < len(t) <= settings.max_tag_chars)
        if found:
            return Hit(found[: settings.max_tags], origin, ",".join(raw)[: settings.max_raw_chars])
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


def accessible_for_free(page: PageSources) -> Hit[bool] | None:
    """isAccessibleForFree from JSON-LD or microdata; article:content_tier from OpenGraph."""
    for item in page.articles:
        value = ld_value(item, "isAccessibleForFree")
        flag = _as_bool(value)
        if flag is not None:
            return Hit(flag, "json-ld", str(value))
    for key in FREE_KEYS:
        for raw in page.meta.get(key, ())[:1]:
            flag = _as_bool(raw)
            if flag is not None:
                return Hit(flag, meta_origin(key), raw)
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


def page_type(page: PageSources) -> Hit[str] | None:
    """og:type, else the @type of the JSON-LD article or page object, lower case."""
    hit = meta_first(page, ("og:type",))
    if hit:
        return Hit(hit.value.lower(), hit.origin, hit.raw)
    for item in (*page.articles, *page.others):
        kinds = ld_types(item) & (ARTICLE_TYPES | PAGE_TYPES)
        if kinds:
            return Hit(sorted(kinds)[0], "json-ld", str(item.get("@type")))
    return None


def standfirst(page: PageSources) -> Hit[str] | None:
    """The article's summary: the JSON-LD description, else the <meta> descriptions."""
    return ld_text(page.articles, "description", "json-ld") or meta_first(page, DESCRIPTION_KEYS)


def descriptions(page: PageSources) -> tuple[str, ...]:
    """Every description the page states, most trusted first, each once: the JSON-LD
    article's, then the <meta> ones (`standfirst` is the first of them)."""
    found = [
        collapse_spaces(value)
        for item in page.articles
        if isinstance(value := ld_value(item, "description"), str)
    ]
    found += [collapse_spaces(v) for key in DESCRIPTION_KEYS for v in page.meta.get(key, ())]
    return tuple(dict.fromkeys(text for text in found if text))


def decide_standfirst(
    described: Sequence[str | None],
    decisions: Sequence[Decision],
    settings: MetadataSettings = DEFAULT_SETTINGS.metadata,
) -> str | None:
    """The page's most trusted description, kept as the standfirst only when the page
    shows it.

    A description no block repeats is a search-engine summary, not a dek; one the page shows
    as a paragraph set like the paragraph after it (`Decision.in_run`) is a run of the
    story, its lead, not a dek; one the page shows as a photo caption is that caption, and
    the next description is tried (a JSON-LD description may be the lead photo's caption
    while the <meta> one is the dek). Called once the blocks are labelled, when none of
    them is a standfirst.
    """
    for text in dict.fromkeys(d for d in described if d):
        shown = _shown_by(text, decisions, settings)
        if shown is None or shown.in_run:
            return None
        if shown.kind is not BlockKind.CAPTION:
            return text
    return None


def _shown_by(
    described: str, decisions: Sequence[Decision], settings: MetadataSettings
) -> Decision | None:
    """The first block saying what a description says (None when no block of the page,
    kept or removed, says it)."""
    words = Counter(norm_key(described).split())
    size = sum(words.values())
    if not size:
        return None
    overlap = settings.shown_description_overlap
    for d in decisions:
        if not size // 2 <= len(d.text) // 5 <= size * 2:  # ~5 characters a word: far off
            continue
        said = norm_key(d.text).split()
        wanted = overlap * (size + len(said))
        # the words in common are at most the description's count of the words both hold:
        # most blocks share too few to be worth counting in bags
        if 2 * sum(words[word] for word in words.keys() & said) < wanted:
            continue
        if 2 * sum((words & Counter(said)).values()) >= wanted:
            return d
    return None
