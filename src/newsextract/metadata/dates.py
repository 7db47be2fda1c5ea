"""The page's dates: published and modified, from its structured sources first, then the
date lines under the headline, then its URL, then boxes named like a date.

A date more than a day later than another source's is skipped (a re-publication stamp, a
related widget that slipped through); dates in related lists, asides and footers are never
read. Parsing the strings is `signals/dates.py`'s job.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

import lxml.html

from newsextract.data.meta_markup import MODIFIED_KEYS, PUBLISHED_KEYS
from newsextract.metadata.page import Hit, PageSources, ld_value, meta_origin
from newsextract.metadata.story import StoryHead, in_related
from newsextract.settings import DEFAULT_SETTINGS, DateSettings, MetadataSettings
from newsextract.signals.dates import (
    DateRules,
    has_year,
    is_copyright_line,
    is_lone_update_word,
    parse_date,
    parse_free_date,
    prose_before_date,
    publication_part,
    short_year_date,
    unglued_date,
    update_part,
    url_date,
    url_month,
    weekday_year_date,
)
from newsextract.signals.strings import collapse_spaces

#: The UTC offsets of the world's time zones, from UTC-12 to UTC+14.
_UTC_OFFSET_RANGE = (timedelta(hours=-12), timedelta(hours=14))


def page_dates(
    page: PageSources,
    story: StoryHead,
    rules: DateRules,
    settings: MetadataSettings = DEFAULT_SETTINGS.metadata,
) -> tuple[Hit[datetime] | None, Hit[datetime] | None]:
    """Published and modified dates.

    Every structured source is parsed; the most trusted published date wins unless it is
    more than a day later than another source's (a re-publication stamp, a "related" widget
    that slipped through), in which case the next one is tried; a URL's date checks the
    other sources but never sets aside the JSON-LD's (a story's address keeps the day its
    first version was filed). Bylines and date lines in the text are read only when no
    structured source has a date (a comment thread's bylines never), then a date printed
    right above the headline (a blog's date heading), then the URL, then the first date in
    a box named like one ("post-date", "posted-on": `StoryHead.date_elements`), then the
    post's own footer (its byline line, then its first dated text: "11/09/2012 in Crafts",
    `StoryHead.post_footer_dates`), then a stamp only the page's address or copyright
    years read (`_told_by_page`), then a blog theme's date classes on the post's element
    (`StoryHead.post_class_day`). An "Updated …" line gives the modified date
    when no structured source does; it stands in for the published date only when nothing
    else dates the page (its origin then says "text, updated": on the scrapinghub text
    dumps such a line is the publication's day 8 times in 12).
    """
    tolerance = rules.settings.tolerance
    from_url = url_date_hit(page.url, rules.settings) or url_date_hit(
        page.canonical, rules.settings
    )
    others = [from_url] if from_url else []
    stated = list(_published_candidates(page, rules, settings))
    published = first_valid_date(stated, others, tolerance)
    if published is None or published.origin != "json-ld":
        unchecked = first_valid_date(stated, (), tolerance)
        if unchecked is not None and unchecked.origin == "json-ld":
            published = unchecked
    updated = first_valid_date(text_dates(story.near_title, rules, updates=True), (), tolerance)
    if published is None:
        published = (
            first_valid_date(text_dates(story.near_title, rules), others, tolerance)
            or first_valid_date(
                text_dates((text for text, _ in story.own_byline_elements), rules),
                others,
                tolerance,
            )
            or first_valid_date(text_dates(_lines(story.above_title), rules), others, tolerance)
            or first_valid_date(text_dates(_lines(story.date_heading), rules), others, tolerance)
            or from_url
            or next(iter(text_dates(story.date_elements, rules)), None)
            or next(iter(text_dates(story.footer_dates, rules)), None)
            or next(iter(text_dates(story.post_footer_dates, rules)), None)
            or _told_by_page(page, story, rules.settings)
            or _post_class_hit(story)
            or as_published(updated)
        )
    modified_candidates = list(_modified_candidates(page, rules))
    modified = first_valid_date(modified_candidates, (), tolerance) or updated
    if (
        modified
        and published
        and wall_time(modified.value) < wall_time(published.value) - tolerance
    ):
        modified = None
    zones = [h.value for h in (*stated, *modified_candidates, *_zoned(published, modified))]
    return with_page_offset(published, zones), with_page_offset(modified, zones)


def _told_by_page(
    page: PageSources, story: StoryHead, settings: DateSettings
) -> Hit[datetime] | None:
    """A date box's stamp whose order or year only the page tells: a two-digit year's
    "11.05.12" read by the month of the page's address (/2012/11/), then a line naming a
    weekday but no year ("on Tuesday July 24, @07:29AM") dated in the year of the page's
    copyright notice or address where that day is that weekday. Only a line's publication
    part is read: "Updated Tuesday July 24" dates an update, not the post."""
    addresses = (page.url, page.canonical, *page.meta.get("og:url", ())[:1])
    months = [month for month in map(url_month, addresses) if month]
    years = story.copyright_years | {year for year, _ in months}
    for text in story.date_elements:
        part = publication_part(text)
        month = months[0] if months else None
        value = short_year_date(part, month, years, settings) if part else None
        if value:
            return Hit(value, "text", text)
    for text in (*story.near_title, *_lines(story.date_heading), *story.date_elements):
        part = publication_part(text)
        value = weekday_year_date(part, years, settings) if part else None
        if value:
            return Hit(value, "text", text)
    return None


def _post_class_hit(story: StoryHead) -> Hit[datetime] | None:
    """The day a blog theme's date classes on the post's element name ("y2012 m10 d02")."""
    found = story.post_class_day
    return None if found is None else Hit(found[0], "class", found[1])


def _lines(text: str | None) -> tuple[str, ...]:
    return (text,) if text else ()


def as_published(updated: Hit[datetime] | None) -> Hit[datetime] | None:
    """An update's date standing in for the publication date, its origin saying so."""
    return (
        None if updated is None else Hit(updated.value, f"{updated.origin}, updated", updated.raw)
    )


def _zoned(*hits: Hit[datetime] | None) -> list[Hit[datetime]]:
    return [h for h in hits if h is not None and h.value.tzinfo is not None]


def wall_time(value: datetime) -> datetime:
    """The date and time as written, zone dropped: how dates with and without a zone compare."""
    return value.replace(tzinfo=None)


def with_page_offset(hit: Hit[datetime] | None, stamps: Sequence[datetime]) -> Hit[datetime] | None:
    """A date written without a zone, given the UTC offset of the page's other dates when
    they state one (the outlet's zone), its origin saying so ("text, page offset"); kept
    naive when none does. A date with a zone is left as it is."""
    if hit is None or hit.value.tzinfo is not None:
        return hit
    zone = next((s.tzinfo for s in stamps if s.tzinfo is not None and s.utcoffset()), None)
    if zone is None:
        return hit
    return Hit(hit.value.replace(tzinfo=zone), f"{hit.origin}, page offset", hit.raw)


def _published_candidates(
    page: PageSources, rules: DateRules, settings: MetadataSettings
) -> Iterator[Hit[datetime]]:
    """Published dates from JSON-LD, <meta>, microdata and <time>, most trusted first."""
    for key in ("datePublished", "dateCreated", "uploadDate"):
        yield from _ld_dates(page.articles, key, rules)
    for key in PUBLISHED_KEYS:
        yield from _meta_dates(page, key, rules)
    time_hit = _time_date(page.times, rules, settings.max_candidate_elements)
    if time_hit:
        yield time_hit
    yield from _ld_dates(page.others, "datePublished", rules)


def _time_date(
    times: Sequence[lxml.html.HtmlElement], rules: DateRules, most: int
) -> Hit[datetime] | None:
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
    for el in (*marked[:most], *times[:most]):
        if in_related(el):
            continue
        shown = collapse_spaces(el.text_content())
        raw = el.get("datetime") or shown
        value = parse_date(raw, rules) if raw else None
        if value:
            hit = Hit(value, "time", raw)
            text = parse_free_date(shown, rules) if shown and shown != raw else None
            return (_shown_local(hit, [Hit(text, "time", shown)]) if text else None) or hit
        if not marked:
            return None
    return None


def _modified_candidates(page: PageSources, rules: DateRules) -> Iterator[Hit[datetime]]:
    """Modified dates from JSON-LD and <meta>, most trusted first."""
    yield from _ld_dates(page.articles, "dateModified", rules)
    for key in MODIFIED_KEYS:
        yield from _meta_dates(page, key, rules)
    yield from _ld_dates(page.others, "dateModified", rules)


def _ld_dates(
    items: Iterable[Mapping[str, Any]], key: str, rules: DateRules
) -> Iterator[Hit[datetime]]:
    for item in items:
        raw = ld_value(item, key)
        if isinstance(raw, str):
            value = parse_date(raw, rules)
            if value:
                yield Hit(value, "json-ld", raw)


def _meta_dates(page: PageSources, key: str, rules: DateRules) -> Iterator[Hit[datetime]]:
    for raw in page.meta.get(key, ())[:1]:
        value = parse_date(raw, rules)
        if value:
            yield Hit(value, meta_origin(key), raw)


def text_dates(
    lines: Iterable[str], rules: DateRules, *, updates: bool = False
) -> list[Hit[datetime]]:
    """Publication dates of the date lines (or bylines carrying a date) among `lines`, or
    with `updates` the dates of their updates ("Updated …", "Mis à jour …", "…, aktualisiert
    am …").

    A line opening with an update word gives no publication date, nor does the line under an
    update word alone ("Updated" / "20:49, 5 Aug 2024"); a copyright line ("© 3 May 2024
    Example Media") and a sentence ending in a date (a caption: "Soldiers near Bakhmut on
    the front, 24 April 2023") give none either.
    """
    found = []
    label = ""
    for line in lines:
        text = label + unglued_date(line)  # "Publiziert17. Dezember 2024": set apart by markup
        label = f"{line} " if is_lone_update_word(line) else ""
        if len(text) > rules.settings.max_line_chars or not has_year(text):
            continue
        if is_copyright_line(text):
            continue
        part = update_part(text) if updates else publication_part(text)
        if part is None or (
            not updates and prose_before_date(part, rules.settings.max_words_before_date)
        ):
            continue
        value = parse_free_date(part, rules)
        if value:
            found.append(Hit(value, "text", line))
    return found


def first_valid_date(
    candidates: Sequence[Hit[datetime]],
    others: Sequence[Hit[datetime]],
    tolerance: timedelta,
) -> Hit[datetime] | None:
    """The first candidate not later than every other date by more than `tolerance`.

    Dates compare as the calendar days they were written as (a URL's /2019/11/18/ is a whole
    day in the outlet's zone, so 2019-11-19T02:34Z from the same page is no conflict).

    When another source states the same instant (to the minute) in the outlet's own time
    zone, that one is kept: "2017-02-23T17:18-08:00" is the date readers saw,
    "2017-02-24T01:18Z" is not.
    """
    everything = [*candidates, *others]
    if not everything:
        return None
    earliest = min(hit.value.date() for hit in everything)  # calendar days, as written
    for hit in candidates:
        if hit.value.date() <= earliest + tolerance:
            if hit.value.utcoffset():
                return hit
            local = [c for c in candidates if c.value.utcoffset() and _same_minute(c, hit)]
            return local[0] if local else hit
    return None


def _same_minute(one: Hit[datetime], other: Hit[datetime]) -> bool:
    """Whether two zoned dates are one instant to the minute (a page's `<time>` text shows
    no seconds where its head's stamp does)."""
    return other.value.tzinfo is not None and abs(one.value - other.value) < timedelta(minutes=1)


def _shown_local(hit: Hit[datetime], candidates: Sequence[Hit[datetime]]) -> Hit[datetime] | None:
    """The date the page shows for a UTC instant, when another source writes it without a
    zone at the same minute of another hour: "2019-11-19T07:03:25+00:00" in the head and
    "November 18, 2019 11:03 PM" in the byline's `<time>` are one instant, the second in the
    outlet's zone (UTC-8), whose day readers saw. Given that offset, its origin saying so
    ("time, page offset"). None when the instant is not in UTC or no source shows it so; a
    source showing a day without a time ("27/09/2018", read as midnight) shows no instant."""
    if hit.value.tzinfo is None or hit.value.utcoffset():
        return None
    utc = wall_time(hit.value)
    for other in candidates:
        shown = other.value.tzinfo is None and bool(other.value.hour + other.value.minute)
        shift = other.value - utc if shown else None
        if shift is not None and _UTC_OFFSET_RANGE[0] <= shift <= _UTC_OFFSET_RANGE[1]:
            offset = timedelta(minutes=round(shift.total_seconds() / 1800) * 30)
            if offset and abs(shift - offset) < timedelta(minutes=1):
                zoned = hit.value.astimezone(timezone(offset))
                return Hit(zoned, f"{other.origin}, page offset", other.raw)
    return None


def url_date_hit(
    url: str | None, settings: DateSettings = DEFAULT_SETTINGS.dates
) -> Hit[datetime] | None:
    """The date written in a URL's path, as a hit of origin "url"."""
    found = url_date(url, settings)
    return Hit(found[0], "url", found[1]) if found else None
