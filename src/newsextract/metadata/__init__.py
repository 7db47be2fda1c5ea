"""Metadata: title, authors, dates, language, site and the rest, each with its source.

Every field is filled by a cascade of small strategies, most trusted first: JSON-LD,
OpenGraph and Twitter cards, ``<meta>`` names, ``<time>``, microdata and markup attributes,
then the page text (bylines and date lines under the headline) and the URL. A strategy
returns a `Hit` (value, origin, raw string) or None; the winning hit becomes the field's
`Source` in `Metadata.provenance`, so users can audit and override any value.

The modules, in the order `html_metadata` runs them:

- `page`: one pass over the tree for ``<meta>``, ``<link>``, JSON-LD, ``<title>``, ``<h1>``
  and ``<time>``, kept as plain values (`PageSources`).
- `title`: the sources vote on the headline, site-name tails cut; an og:title worded
  otherwise than the winner is the title instead, unless the page's <h1> is a breadcrumb's
  last item and the heading after it displays a stated title. The vote's winner, the
  headline as shown, anchors the story.
- `story`: the element showing the headline and the short texts around it (`StoryHead`),
  computed only when head metadata lacks an author or a date, at most once a page.
- `authors`: the first source naming a person; and, once blocks are labelled,
  `decide_authors`, the article's one decision over metadata, bylines and credit lines.
- `dates`: published and modified dates from the structured sources, the text, the URL.
- `fields`: language, canonical URL, image, section, tags, free access, page type.
- `media`: a live blog's updates, the video or audio a page is about, the declared next
  page (`<link rel=next>`).

What strings mean (is this a byline, a date, an agency, which language) is decided in
`newsextract.signals`, shared with the labellers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import lxml.html

from newsextract.metadata.authors import (
    bare_byline_hit,
    byline_hits,
    next_authors,
    page_authors,
    rejoined_bylines,
)
from newsextract.metadata.dates import (
    as_published,
    first_valid_date,
    page_dates,
    text_dates,
    url_date_hit,
)
from newsextract.metadata.fields import (
    accessible_for_free,
    canonical,
    declared_language,
    descriptions,
    given_language,
    guessed_language,
    lead_image,
    page_type,
    sample_text,
    section,
    standfirst,
    tags,
)
from newsextract.metadata.media import LiveBlog, Media, live_blog, next_page, page_media
from newsextract.metadata.page import Hit, collect_sources, ld_text
from newsextract.metadata.story import StoryHead
from newsextract.metadata.title import (
    displayed_title,
    headline_element,
    site_keys,
    site_name,
    social_title,
    strip_author_tail,
    vote_title,
)
from newsextract.model import Source
from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS, Settings, ShapeSettings
from newsextract.signals.agencies import agencies_as_written
from newsextract.signals.dates import (
    DateRules,
    glued_dateline,
    looks_like_dateline,
    opens_with_dateline_cue,
)
from newsextract.signals.shape import is_prose
from newsextract.signals.strings import plain_text

__all__ = ["Metadata", "html_metadata", "text_metadata"]

#: Sources that state the article's own title (a <title> or an <h1> may be the site's).
_STATED = frozenset({"json-ld", "opengraph", "twitter"})


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about the article, with the source of every value set."""

    title: str | None = None
    standfirst: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None  # aware when the page states a zone, else naive
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
    live: LiveBlog | None = None  # the page's LiveBlogPosting JSON-LD
    media: Media | None = None  # the video or audio the page describes
    next_page_url: str | None = None  # the story's next page, <link rel=next> (never fetched)
    #: The article's titles its structured data states (JSON-LD, social tags): the title
    #: chosen, the shown headline's vote and the JSON-LD headline, each once; a dek is
    #: looked for under them.
    stated_titles: tuple[str, ...] = ()
    #: Every description the page states, most trusted first (`standfirst` is the first):
    #: the standfirst is the first of them the page shows other than as a caption.
    descriptions: tuple[str, ...] = ()
    #: The agencies the author data credits, else the outlet naming itself, when it names
    #: no person: the authors when the page names no one else either.
    credited: tuple[str, ...] = ()


def html_metadata(
    root: lxml.html.HtmlElement,
    *,
    url: str | None,
    options: Options,
    settings: Settings = DEFAULT_SETTINGS,
    json_ld: Sequence[Any] | None = None,
) -> Metadata:
    """Extract the metadata of an HTML page, every field from its most trusted source.

    `json_ld` is the page's parsed JSON-LD (`Page.json_ld`), read from `root` when None.

    Takes the whole `Settings`: metadata reads bylines, dates and language too, each with its
    own settings class.
    """
    own = settings.metadata
    page = collect_sources(root, url, own, settings.json, json_ld)
    site = site_name(page)
    canonical_hit = canonical(page)
    sites = site_keys(page, site)
    shown = vote_title(page, sites, own)
    headline = headline_element(page, shown.value if shown else None, own)
    title = displayed_title(page, sites, own) or social_title(page, shown, sites, own) or shown
    story = StoryHead(root, headline, settings)
    found = page_authors(page, site, sites, story, settings)
    names, agencies = found.names, found.agencies
    language = (
        given_language(options)
        or declared_language(page)
        or guessed_language(sample_text(root, settings.language), settings.language)
    )
    rules = DateRules(options.free_text_dates, language.value if language else None, settings.dates)
    published, modified = page_dates(page, story, rules, own)
    media = page_media(page, rules)
    if published is None and media is not None and media.main and media.published:
        published = Hit(media.published, "json-ld", media.published.isoformat())
    base = url or (canonical_hit.value if canonical_hit else None)
    hits: dict[str, Hit[Any] | None] = {
        "title": strip_author_tail(title, names.value if names else (), own),
        "standfirst": standfirst(page),
        "authors": names,
        "published": published,
        "modified": modified,
        "language": language,
        "site_name": site,
        "canonical_url": canonical_hit,
        "section": section(page),
        "tags": tags(page, own),
        "image": lead_image(page, base),
        "accessible_for_free": accessible_for_free(page),
        "page_type": page_type(page),
        "agencies": agencies,
    }
    stated = (hits["title"], shown, ld_text(page.articles, "headline", "json-ld"))
    return replace(
        _build(hits, own.max_raw_chars),
        live=live_blog(page, rules),
        media=media,
        next_page_url=next_page(page, base),
        stated_titles=tuple(
            dict.fromkeys(h.value for h in stated if h is not None and h.origin in _STATED)
        ),
        descriptions=descriptions(page),
        credited=found.credited,
    )


def text_metadata(
    lines: Sequence[str],
    *,
    url: str | None,
    options: Options,
    settings: Settings = DEFAULT_SETTINGS,
    headline: int = -1,
    story: int = -1,
    teasers: int = -1,
) -> Metadata:
    """Metadata of a plain-text page: what a byline, a date line beside it and the URL give.

    `lines` are best given from the headline on (the text stage knows which line it is; the
    title is left to it). The first byline among them is read; the date comes from a date line
    next to that byline, else from the first lines, else from the URL: a date line elsewhere
    in a text dump is as often today's date in the page header as the article's. Without a
    byline, bare names on a line right under the `headline` (its index in `lines`), or
    between it and the story's first paragraph (at `story`), are read. A byline naming
    agencies and no person ("By Associated Press", "Von dpa 30.04.2024") credits them as
    written, the authors when the page names no one else (`Metadata.credited`). When the
    lines start above an earlier showing of the headline (`headline` more than
    `metadata_above_headline` lines down), the first lines read for a date reach as far
    under the `headline` as they would without it. Bylines are looked for above `teasers`
    (a related-stories header under the story: a byline below it is a teaser's).
    """
    own = settings.metadata
    kept = [line.strip() for line in lines[: own.max_text_lines] if line.strip()]
    # a byline the dump broke at its links, joined again under the headline: above the
    # story, and in it up to the teasers (a byline printed under the story's first lines)
    head = max(headline + 1, 0)
    story = story if head <= story <= len(kept) else len(kept)
    end = teasers if teasers >= story else len(kept)
    joined = rejoined_bylines(kept[head:story])
    inside = rejoined_bylines(kept[story:end])
    kept = [*kept[:head], *joined, *inside, *kept[end:]]
    story = head + len(joined)
    teasers = story + len(inside) if teasers >= 0 else -1
    searched = kept[:teasers] if teasers >= story else kept
    at, names, agencies = byline_hits(searched, "text", settings=settings)
    if names is None and agencies is None and headline >= 0:
        at, names = bare_byline_hit(kept, headline, story, settings)
    if names is not None:
        names = next_authors(kept, at, names, settings)
    # the date line a dump glued to the end of the headline line ("… by John on July 15, 2012")
    glued = glued_dateline(kept[headline], settings.dates) if 0 <= headline < len(kept) else None
    if names is None and agencies is None and glued and opens_with_dateline_cue(glued):
        names = byline_hits([glued], "text", settings=settings)[1]
    from_url = url_date_hit(url, settings.dates)
    language = given_language(options) or guessed_language(" ".join(kept), settings.language)
    rules = DateRules(options.free_text_dates, language.value if language else None, settings.dates)
    # the head lines reach as far under the headline taken when the lines start above an
    # earlier showing of it (`headline_repeat_reach`)
    repeat = max(headline - settings.text.metadata_above_headline, 0)
    first = kept[: own.near_title_elements + repeat]
    around = own.date_lines_around_byline
    near = kept[max(at - around, 0) : at + around + 1]
    # beside the byline, else the head lines, else under an author box below the byline
    box = _past_author_box(kept[at + around + 1 :], own.near_title_elements, settings.shape)
    places = [near, first, box] if at >= 0 else [first]
    # last, the glued date line
    tail = [glued] if glued else []
    others = [from_url] if from_url else []
    tolerance = settings.dates.tolerance
    published = (
        next(
            (
                found
                for lines in (*places, tail)
                if (found := first_valid_date(text_dates(lines, rules), others, tolerance))
            ),
            None,
        )
        or from_url
    )
    modified = first_valid_date(text_dates([*places[0], *tail], rules, updates=True), (), tolerance)
    published = published or as_published(modified)
    if modified and published and modified.value.date() < published.value.date():
        modified = None
    hits: dict[str, Hit[Any] | None] = {
        "authors": names,
        "published": published,
        "modified": modified,
        "language": language,
        "agencies": agencies,
    }
    credited = _agency_byline(kept, at, settings) if agencies and names is None else ()
    return replace(_build(hits, own.max_raw_chars), credited=credited)


def _past_author_box(lines: Sequence[str], most: int, prose: ShapeSettings) -> list[str]:
    """The first `most` lines up to the story's first sentence-long line: past the lines
    beside a byline, a date set under an author box ("By Paul Fitzgerald" / the author's
    name, links and latest headlines / "August 26, 2024" / the story)."""
    box = []
    for line in lines[:most]:
        if is_prose(line, prose):
            break
        box.append(line)
    return box


def _agency_byline(lines: Sequence[str], at: int, settings: Settings) -> tuple[str, ...]:
    """The agencies the byline at `at` names, as written, when it says it is a byline: a
    byline word or a date beside them ("By Associated Press", "Von dpa 30.04.2024"), or a
    date line right above or under a line holding the agency alone ("dpa" over "25.10.2025 -
    15:26 Uhr"). An agency alone between other lines is as often a photo's credit the dump
    set apart ("REUTERS" under a caption)."""
    written = agencies_as_written(lines[at])
    rest = lines[at]
    for name in written:
        rest = rest.replace(name, " ")
    if any(ch.isalnum() for ch in rest):
        return written
    beside = [*lines[max(at - 1, 0) : at], *lines[at + 1 : at + 2]]
    return written if any(looks_like_dateline(line, settings.dates) for line in beside) else ()


def _plain(value: Any) -> Any:
    """Strings, and tuples of strings, as they are meant to read (`plain_text`)."""
    if isinstance(value, str):
        return plain_text(value)
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return tuple(p for p in (plain_text(v) for v in value) if p)
    return value


def _build(hits: Mapping[str, Hit[Any] | None], max_raw_chars: int) -> Metadata:
    """The Metadata of the winning hits, with one provenance entry per field set."""
    values = {name: _plain(hit.value) for name, hit in hits.items() if hit is not None}
    provenance = tuple(
        Source(field=name, origin=hit.origin, raw=hit.raw[:max_raw_chars])
        for name, hit in hits.items()
        if hit is not None
    )
    return Metadata(**values, provenance=provenance)
