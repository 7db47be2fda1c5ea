"""Who wrote the article: the page's author sources, and the one decision over all of them.

`page_authors` reads the page's sources, most trusted first (JSON-LD, <meta> author keys,
the byline under the headline, byline-classed elements) and keeps the first that names a
person; a fuller byline under the headline completes a structured source that names only
the first author. `decide_authors` makes the article's final call once the blocks are
labelled: those metadata authors, else the bylines removed around the article, else the
reporters of its credit lines; and it finds the authors' biographies closing the story.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newsextract.blocks import Decision
from newsextract.data.meta_markup import AUTHOR_KEYS, SITE_TYPES
from newsextract.data.meta_words import BIO_VERBS
from newsextract.metadata.page import Hit, PageSources, ld_types, meta_origin
from newsextract.metadata.story import StoryHead
from newsextract.model import BlockKind, RemovalReason
from newsextract.settings import (
    DEFAULT_SETTINGS,
    AuthorSettings,
    BylineSettings,
    DateSettings,
    Settings,
)
from newsextract.signals.agencies import agency_named
from newsextract.signals.byline import byline_parts, parse_byline, uninvert
from newsextract.signals.strings import looks_like_url, norm_key

#: Author sources whose values are names by construction (not text that may be a byline).
STRUCTURED_ORIGINS = frozenset({"json-ld", "meta", "opengraph", "twitter"})


def page_authors(
    page: PageSources,
    site: Hit[str] | None,
    sites: frozenset[str],
    story: StoryHead,
    settings: Settings = DEFAULT_SETTINGS,
) -> tuple[Hit[tuple[str, ...]] | None, Hit[tuple[str, ...]] | None]:
    """Person names and agencies, from the first source that names a person.

    Agencies are kept from the first source that names any, even when a later source gives
    the persons ("Reuters" in JSON-LD, "By Jane Doe" in the text).
    """
    site_key = norm_key(site.value) if site else ""
    agencies: Hit[tuple[str, ...]] | None = None
    for origin, raws in _author_sources(page, story):
        names: list[str] = []
        found: list[str] = []
        used: list[str] = []
        for raw in raws:
            parsed = (
                None
                if norm_key(raw) == site_key
                else byline_parts(
                    uninvert(raw) if origin in STRUCTURED_ORIGINS else raw,
                    require_cue=origin == "text",
                    sites=sites,
                    settings=settings.byline,
                    dates=settings.dates,
                )
            )
            if not parsed or not (parsed[0] or parsed[1]):
                if origin == "byline" and names:
                    break  # past the byline: an author box, a bio, a gear list
                continue
            if origin == "text" and names and parsed[0]:
                continue  # the first byline under the headline; later names are credits
            used.append(raw)
            names.extend(n for n in parsed[0] if not repeats_name(n, names))
            found.extend(a for a in parsed[1] if a not in found)
        if found and agencies is None:
            agencies = Hit(tuple(found), origin, " / ".join(used))
        if names:
            hit = Hit(tuple(names), origin, " / ".join(used))
            if origin in STRUCTURED_ORIGINS:
                hit = _fuller_byline(hit, story, sites, settings)
            return hit, agencies
    return None, agencies


def _fuller_byline(
    hit: Hit[tuple[str, ...]], story: StoryHead, sites: frozenset[str], settings: Settings
) -> Hit[tuple[str, ...]]:
    """The byline under the headline when it names the metadata's authors and more.

    CMSs often put only the first author in JSON-LD or <meta> while the page shows "By A, B
    and C"; a byline that repeats every metadata name is the fuller list.
    """
    _, shown, _ = byline_hits(story.near_title, "text", sites, settings)
    if shown is None or len(shown.value) <= len(hit.value):
        return hit
    keys = {norm_key(name) for name in shown.value}
    return shown if all(norm_key(name) in keys for name in hit.value) else hit


def repeats_name(name: str, names: Sequence[str]) -> bool:
    """`name` is already listed, maybe glued to a widget's text ("Anna MeninShare")."""
    return any(name.startswith(n) or n.startswith(name) for n in names)


def _author_sources(page: PageSources, story: StoryHead) -> Iterator[tuple[str, list[str]]]:
    """Raw author strings per source, most trusted first; the text ones only when reached.

    A byline line right under the headline ("By Jane Doe") is read before the byline-classed
    elements: it is as reliable (it must open with a byline word or carry a role or date)
    and much cheaper than searching the page for classes.
    """
    yield "json-ld", [name for item in page.articles for name in _ld_names(item.get("author"))]
    for key in AUTHOR_KEYS:
        values = [v for v in page.meta.get(key, ()) if not looks_like_url(v)]
        if values:
            yield meta_origin(key), values
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
        if ld_types(value) & SITE_TYPES:
            return [n for n in names if agency_named(n)]
        return names
    return []


def byline_hits(
    lines: Sequence[str],
    origin: str,
    sites: frozenset[str] = frozenset(),
    settings: Settings = DEFAULT_SETTINGS,
) -> tuple[int, Hit[tuple[str, ...]] | None, Hit[tuple[str, ...]] | None]:
    """The index of the first line that is a byline naming someone, its names and agencies
    (-1 and None when there is none)."""
    for index, line in enumerate(lines):
        parsed = byline_parts(
            line, require_cue=True, sites=sites, settings=settings.byline, dates=settings.dates
        )
        if parsed and (parsed[0] or parsed[1]):
            names = Hit(parsed[0], origin, line) if parsed[0] else None
            agencies = Hit(parsed[1], origin, line) if parsed[1] else None
            return index, names, agencies
    return -1, None, None


@dataclass(frozen=True, slots=True)
class Authorship:
    """The article's authors, the byline blocks they may come from, and the biographies."""

    authors: tuple[str, ...]
    bylines: tuple[str, ...]  # byline blocks removed around the article (agencies read them)
    bios: frozenset[int]  # positions, among the kept blocks, of the authors' biographies


def decide_authors(
    metadata_authors: Sequence[str],
    decisions: Sequence[Decision],
    kept: Sequence[Decision],
    *,
    settings: AuthorSettings = DEFAULT_SETTINGS.authors,
    byline: BylineSettings = DEFAULT_SETTINGS.byline,
    dates: DateSettings = DEFAULT_SETTINGS.dates,
) -> Authorship:
    """The article's authors, decided once: the page's metadata names them, else the byline
    blocks removed around the article do, else its closing credit lines ("(Reporting by Will
    Dunham; Editing by Tom Brown)" gives Will Dunham).

    `kept` are the article's blocks in order, `decisions` every block of the page.
    """
    bylines = _bylines_near(decisions, kept, settings)
    credits = [d.text for d in kept if d.kind is BlockKind.CREDIT]
    authors = (
        tuple(metadata_authors)
        or _byline_authors(bylines, byline, dates)
        or _byline_authors(credits, byline, dates)
    )
    return Authorship(authors, bylines, _author_bios(kept, authors, settings))


def _bylines_near(
    decisions: Sequence[Decision], kept: Sequence[Decision], settings: AuthorSettings
) -> tuple[str, ...]:
    """Byline blocks removed around the article (not a ticker's "By REUTERS" far above it)."""
    if not kept:
        return ()
    first = kept[0].index - settings.byline_reach_before
    last = kept[-1].index + settings.byline_reach_after
    return tuple(
        d.text for d in decisions if d.reason is RemovalReason.BYLINE and first <= d.index <= last
    )


def _byline_authors(
    bylines: Sequence[str], settings: BylineSettings, dates: DateSettings
) -> tuple[str, ...]:
    """Authors named by byline lines, in order, once each."""
    names: list[str] = []
    for line in bylines:
        for name in parse_byline(line, settings=settings, dates=dates) or ():
            if name not in names:
                names.append(name)
    return tuple(names)


def _author_bios(
    kept: Sequence[Decision], authors: Sequence[str], settings: AuthorSettings
) -> frozenset[int]:
    """Positions of the paragraphs closing the story that are its authors' biographies
    ("Jane Doe is a correspondent based in Cairo. She previously covered...")."""
    bios: set[int] = set()
    for position in range(len(kept) - 1, max(len(kept) - 1 - settings.bio_reach, -1), -1):
        d = kept[position]
        if d.kind is not BlockKind.PARAGRAPH:
            continue
        if not any(_opens_bio(d.text, name) for name in authors):
            break
        bios.add(position)
    return frozenset(bios)


def _opens_bio(text: str, name: str) -> bool:
    """Whether `text` opens with `name` and a biography verb ("Jane Doe is a ...")."""
    if not text.startswith(name):
        return False
    rest = text[len(name) :].lstrip(" ,").split(maxsplit=1)
    return bool(rest) and rest[0] in BIO_VERBS
