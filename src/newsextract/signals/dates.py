"""Dates in strings: ISO 8601, epochs, dates in words and digits, CJK dates, URL dates, time
zones, and whether a short line is a date line.

Dates in words are read with our own month tables (`data/meta_words.py`: en, fr, de, es, it,
pt, nl), which are fast and exact; dateparser, imported lazily, reads only short texts in
other languages, with the page's language, when the caller's `DateRules` allow it (guessing
among all of dateparser's languages costs ~50 ms a call). A date is timezone-aware when
the text names its zone (or is an epoch, UTC by definition), naive when it names none: the
outlet's local time, which a UTC stamp would shift by hours and sometimes by a day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from dateutil.parser import isoparse

from newsextract.data.meta_words import (
    AGO_UNITS,
    AGO_WORDS,
    BYLINE_PREFIXES,
    COPYRIGHT_MARKS,
    DATELINE_WORDS,
    INNER_UPDATE_WORDS,
    MONTHS,
    NATIVE_DATE_LANGUAGES,
    PUBLICATION_WORDS,
    READING_TIME_UNITS,
    READING_TIME_WORDS,
    ROLE_WORDS,
    SINCE_UNITS,
    SINCE_WORDS,
    TIMEZONES,
    UPDATE_PREFIXES,
    WEEKDAY_NUMBERS,
    WEEKDAYS,
)
from newsextract.settings import DEFAULT_SETTINGS, DateSettings
from newsextract.signals.strings import (
    LETTER_RUN,
    alternation,
    by_first_letter,
    cleaned_prefix_exceeds,
    collapse_spaces,
    split_url,
)

_MONTHS_IN_YEAR = 12

#: The month names longest first, grouped by first letter ("m(?:aggio|arzo|...|ay|ar|ei)"):
#: at each word a search tries the names of its letter, not all 99 of them, and the same
#: names match as in the plain alternation (5x faster on the short lines of comment stamps).
_MONTH_NAMES = by_first_letter(alternation(MONTHS).split("|"))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: A word standing where a month name stands, in a language `MONTHS` may not know ("Apr",
#: "listopada", "Marraskuu."): read only to tell that a stamp dates itself to a day.
_MONTH_WORD = r"(?P<month>[^\W\d_]{3,12})\.?"


def _day_month_year(month: str) -> re.Pattern[str]:
    """A date written with its month as a word, day first ("6 de mayo de 2012", "6. Mai 2012")."""
    return re.compile(rf"\b{_DAY}\s+(?:de\s+)?{month},?\s+(?:de\s+)?{_YEAR}\b", re.I)


def _month_day_year(month: str) -> re.Pattern[str]:
    """A date written with its month as a word, month first: "November 20, 2019", and
    "November 20 15:23 2019" with the time before the year."""
    return re.compile(rf"\b{month}\s+{_DAY},?\s+(?:(?P<clock>[0-2]?\d:[0-5]\d)\s+)?{_YEAR}\b", re.I)


_DMY_WORDS = _day_month_year(_MONTH)
_MDY_WORDS = _month_day_year(_MONTH)
#: A month name as a whole word: the alternation grouped, so that both word bounds hold for
#: every name (ungrouped, they held only for the first and the last branch: "sep" was found
#: in "Josep", "may" in "Mayor").
_ANY_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES})\b", re.I)
#: "2016年10月14日" (Chinese, Japanese) and "2016년 10월 14일" (Korean).
_CJK_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<ymonth>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"
)
_NUMERIC_DATE = re.compile(
    r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b"
)
#: "2024.03.05" and "2024/03/05" (Korean, Japanese and Chinese pages): year first, then month.
_YEAR_FIRST_DATE = re.compile(
    r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?P<sep>[./])(?P<ymonth>[01]?\d)(?P=sep)"
    r"(?P<day>[0-3]?\d)(?![\d.]?\d)"
)
#: A weekday named as a whole word right before or right after a numeric date, at most three
#: spaces, commas, full stops or brackets between ("Tuesday, 11.06.2012", "11.06.2012
#: (Tue)"): it tells the date's order. A weekday name elsewhere in the line is no weekday of
#: the date ("Posted by Larry Sabato on 06.03.2012", "Jane sat down").
_WEEKDAY_NAMES = alternation(WEEKDAY_NUMBERS)
_WEEKDAY_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<name>{_WEEKDAY_NAMES})[\s,.(]{{0,3}}\Z", re.I)
_WEEKDAY_AFTER = re.compile(rf"[\s,.(]{{0,3}}(?P<name>{_WEEKDAY_NAMES})(?![^\W\d_])", re.I)
#: How far before a date `_WEEKDAY_BEFORE` looks: the longest name and its separators.
_WEEKDAY_REACH = max(map(len, WEEKDAY_NUMBERS)) + 3
_ISO_IN_TEXT = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d\S*)?")
_TIME = re.compile(
    rf"\b(?P<hour>[0-2]?\d)[:h.](?P<minute>[0-5]\d)(?::[0-5]\d)?(?!\d)"
    rf"\s*(?P<ampm>[ap])?\.?(?:m\b\.?)?"
    rf"\s*(?P<tz>\b(?:gmt|utc)[+-][01]?\d(?::?[0-5]\d)?(?!\d)"
    rf"|\b(?:{alternation(TIMEZONES)})(?:\b|(?-i:(?=[A-Z][a-z])))|[+-][01]\d:?[0-5]\d)?",
    re.I,
)
#: The shape of ISO 8601 dates as pages write them: a full date (dashes, slashes, dots or
#: nothing between its parts), maybe a time after "T" or spaces, maybe a zone ("Z", "UTC",
#: "+01:00", "+0100", "-05"). Only the shape: `isoparse` reads the parts.
_ISO = re.compile(
    r"^\s*(?P<date>\d{4}(?P<sep>[-/.]?)\d\d(?P=sep)\d\d)"
    r"(?:(?:T|\s+)(?P<time>\d\d:?\d\d(?::?\d\d)?(?:[.,]\d+)?))?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d\d(?::?\d\d)?)?\s*$",
    re.I,
)
#: A time counted back from now ("5 hours ago", "vor 3 Stunden"): a stamp, not a date.
_AGO = re.compile(
    rf"\b\d{{1,3}}\s+(?:{alternation(AGO_UNITS)})\s+(?:{alternation(AGO_WORDS)})\b"
    rf"|\b(?:{alternation(SINCE_WORDS)})\s+\d{{1,3}}\s+(?:{alternation(SINCE_UNITS)})\b",
    re.I,
)
_AGO_TOKENS = (
    AGO_UNITS | AGO_WORDS | SINCE_UNITS | frozenset(w for p in SINCE_WORDS for w in p.split())
)
#: A reading time alone on its line, its words before or after the minutes ("3 Min
#: Lesezeit", "Lesedauer: 4 Min.", "4 min read").
_READING_WORDS = alternation(READING_TIME_WORDS)
_READING_TIME = re.compile(
    rf"^\W*(?:(?P<before>{_READING_WORDS})\s*[:•·|-]?\s*)?(?:ca\.?\s*)?\d{{1,3}}\s*"
    rf"(?:{alternation(READING_TIME_UNITS)})\.?(?:\s+(?P<after>{_READING_WORDS}))?\W*$",
    re.I,
)
#: A line opening with an update word, maybe glued to the time by markup ("Updated20:49").
_UPDATED = re.compile(rf"^\W*(?:{alternation(UPDATE_PREFIXES)})(?![^\W\d_])", re.I)
#: A word opening a line glued to the figure after it ("Publiziert17. Dezember 2024").
_GLUED_WORD = re.compile(r"^(\W*)([^\W\d_]{2,})(?=\d)")
#: A year glued to the time after it ("April 25, 20232:26 PM": innerText of inline elements).
_GLUED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=[0-2]?\d:[0-5]\d(?!\d))")
#: A capitalised word glued to the lowercase word before it and followed by a figure ("2
#: minute readApril 25"): a month name when `MONTHS` holds it.
_GLUED_CAPITAL = re.compile(r"(?<=[a-z])([A-Z][a-z]{2,8})(?=\.?\s*\d)")
#: An update word alone on its line ("Updated", "Last updated:", "Aktualizacja:"): the date
#: on the next line is the update's.
_LONE_UPDATE = re.compile(rf"^\W*(?:{alternation(UPDATE_PREFIXES)})(?:\s+on)?\s*[:：]?$", re.I)
_INNER_PUBLISHED = re.compile(rf"\b(?:{alternation(PUBLICATION_WORDS)})\b", re.I)
_INNER_UPDATE = re.compile(
    rf"[,;|/·•(–—-]\s*(?:last\s+)?(?:{alternation(INNER_UPDATE_WORDS)})\b:?", re.I
)
_BYLINE_WORDS = frozenset(p for p in BYLINE_PREFIXES if " " not in p)
#: A word opening a date line inside a longer line: a byline word, a publication or an
#: update word ("… by John on July 15, 2012", "… updated 3:06 PM EST, Wed November 7, 2012").
_DATELINE_CUE = re.compile(
    rf"\b(?:{alternation(sorted(_BYLINE_WORDS | PUBLICATION_WORDS | INNER_UPDATE_WORDS))})\b", re.I
)
_COPYRIGHT = re.compile(rf"(?:{alternation(COPYRIGHT_MARKS)})", re.I)
#: "07.15.12": a numeric date with a two-digit year, as comment systems print it; not the
#: tail of a longer number or id ("1.07.15.12", "id-07-15-12", "v2.07.15.12").
_SHORT_NUMERIC_DATE = re.compile(
    r"(?<![\d./-])\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<yy>\d\d)\b(?![./-]\d)"
)
#: A date named by its weekday, month and day without a year ("on Tuesday July 24,
#: @07:29AM", "Sunday, September 9", "dimanche 9 septembre"): the weekday tells its year.
_WEEKDAY_NO_YEAR = re.compile(
    rf"(?<![^\W\d_])(?P<name>{_WEEKDAY_NAMES})\.?,?\s+(?:{_MONTH}\s+{_DAY}|"
    rf"{_DAY.replace('<day>', '<dday>')}\s+(?:de\s+)?{_MONTH.replace('<month>', '<dmonth>')})"
    r"(?![^\W_]|\s*(?:,\s*)?\d{4})",
    re.I,
)
#: What a match of each of the `_DAY_PARTS` holds, looked for before its patterns: a year
#: (the written-out, numeric, CJK and ISO dates), a figure, a separator and a figure (the
#: short numeric date "07.15.12"), a figure and a space (the count of "5 hours ago", "vor 3
#: Stunden"). A line of a comment thread holds a digit (`is_stamp_line`'s test) but seldom
#: a year: most lines are out at one search instead of eight substitutions.
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_HAS_NUMERIC_SEPARATOR = re.compile(r"\d[./-]\d")
_HAS_COUNT = re.compile(r"\d\s")
#: The date classes blog themes (Sandbox and its heirs) give a post's element: "hentry post
#: y2012 m10 d02 h11" (the day and hour in UTC).
_POST_CLASS_DATE = re.compile(
    r"(?<!\S)y(?P<year>(?:19|20)\d\d)\s+m(?P<month>[01]\d)\s+d(?P<day>[0-3]\d)(?!\S)"
)
#: The parts of a line that date it (to a day, or days back), for `is_stamp_line`: a date
#: written out is read with any word as its month, so that a thread dated in a language the
#: month names do not cover is still told by its stamps. Taken out in this order, each
#: group only when its gate (above) finds what every match of its patterns holds.
_DAY_PARTS = (
    (_HAS_YEAR, (_month_day_year(_MONTH_WORD), _day_month_year(_MONTH_WORD), _NUMERIC_DATE)),
    (_HAS_NUMERIC_SEPARATOR, (_SHORT_NUMERIC_DATE,)),
    (_HAS_YEAR, (_CJK_DATE, _YEAR_FIRST_DATE, _ISO_IN_TEXT)),
    (_HAS_COUNT, (_AGO,)),
)
#: A name glued to the date after it by a dump or a template ("ElizabethOctober 29, 2012",
#: "Karl Fisch10/28/12", "Chloé10/28/12", "Иван29.10.2012"): a lowercase letter (Latin,
#: accented or Cyrillic: names end in "é", "ë", "я") right before a capital or a digit.
_GLUED_NAME = re.compile(r"(?<=[a-zß-öø-ÿа-яё])(?=[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])")
_A_DIGIT = re.compile(r"\d")
_YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,4}(?!\d)")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?P<sep>[/-]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?:[/_.-]|$)"
)
#: A span of years, as copyright notices write them ("2009-2012", "2009 – 2012").
_YEAR_SPAN = re.compile(r"(?<!\d)(?P<first>(?:19|20)\d\d)\s*[-–]\s*(?P<last>(?:19|20)\d\d)(?!\d)")
_URL_MONTH = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[01]\d)/")
_URL_WORD_DATE = re.compile(rf"/{_YEAR}/{_MONTH}/(?P<day>[0-3]?\d)/", re.I)
_DATE_START_WORDS = (
    r"updated|published|posted|mis à jour|publié|aktualisiert|veröffentlicht|"
    r"actualizado|publicado|atualizado|aggiornato|pubblicato|gepubliceerd|publiziert|am|le|el|on|"
    + alternation(w for w in WEEKDAYS if len(w) > 3)
).split("|")
_DATE_START = re.compile(rf"\b(?:{by_first_letter(_DATE_START_WORDS)})\b|\d", re.I)
_TOKEN = re.compile(r"[^\W_]+\.?|[|•·/\-–—]", re.U)
_NUMBERISH = re.compile(r"^\d{1,4}(?:st|nd|rd|th|er|e|h\d{0,2}|º|°|am|pm)?\.?$")  # "4:30am"


@dataclass(frozen=True, slots=True)
class DateRules:
    """How dates written in words may be read: dateparser only if allowed and the page's
    language is known (guessing among all of dateparser's languages costs ~50 ms a call)."""

    free_text: bool
    language: str | None
    settings: DateSettings = DEFAULT_SETTINGS.dates


def url_date(
    url: str | None, settings: DateSettings = DEFAULT_SETTINGS.dates
) -> tuple[datetime, str] | None:
    """A date written in a URL path: /2019/11/19/, /2019-11-19, /20191119/, /2019/nov/19/,
    with the part of the path that says it."""
    if not url:
        return None
    parts = split_url(url)
    if parts is None:
        return None
    path = parts.path
    match = _URL_DATE.search(path)
    if match:
        value = _make_date(
            int(match["year"]), int(match["month"]), int(match["day"]), settings.min_year
        )
        return (value, match.group(0)) if value else None
    match = _URL_WORD_DATE.search(path)
    if match:
        month = _named_number(MONTHS, match["month"]) or 0
        value = _make_date(int(match["year"]), month, int(match["day"]), settings.min_year)
        return (value, match.group(0)) if value else None
    return None


def url_month(url: str | None) -> tuple[int, int] | None:
    """The year and month a URL's path names (/2012/11/slug), as WordPress permalinks do."""
    parts = split_url(url) if url else None
    match = _URL_MONTH.search(parts.path) if parts else None
    if match is None or not 1 <= int(match["month"]) <= _MONTHS_IN_YEAR:
        return None
    return int(match["year"]), int(match["month"])


def parse_date(raw: str, rules: DateRules) -> datetime | None:
    """A datetime from ISO 8601, an epoch, or words ("Tue, 19 Nov 2019 14:02:00 GMT")."""
    text = raw.strip()
    if not text:
        return None
    return (
        parse_iso(text, rules.settings)
        or _parse_epoch(text, rules.settings)
        or (parse_free_date(text, rules) if len(text) <= rules.settings.max_line_chars else None)
    )


def parse_iso(text: str, settings: DateSettings = DEFAULT_SETTINGS.dates) -> datetime | None:
    """A datetime from an ISO 8601 string ("2019-11-19T14:02:00+01:00", "20191119"), read
    by dateutil's `isoparse` (Python 3.10's `datetime.fromisoformat` reads no "Z" nor
    "+0100"), to the second; naive when the string names no zone."""
    match = _ISO.match(text)
    if not match:
        return None
    try:
        value: datetime = isoparse(_standard_iso(match))
    except ValueError:  # isoparse's only signal: a shape with impossible parts (month 13)
        return None
    if value.year < settings.min_year:
        return None
    offset = value.utcoffset()  # dateutil's zone objects become the standard library's
    zone = timezone(offset) if offset is not None else None
    return value.replace(microsecond=0, tzinfo=zone)


def _standard_iso(match: re.Match[str]) -> str:
    """The date, time and zone of an ISO-shaped string as ISO 8601 proper: "2012/07/24" and
    "2016.12.01" dashed, one "T" before the time, " UTC" or " GMT" as "Z", no space before
    the zone, a time of midnight for a date with a zone."""
    date = match["date"].replace(match["sep"], "-") if match["sep"] in ("/", ".") else match["date"]
    zone = match["tz"] or ""
    if zone.upper() in ("UTC", "GMT"):
        zone = "Z"
    clock = match["time"] or ("00:00" if zone else "")
    return f"{date}T{clock}{zone}" if clock else date


def _parse_epoch(text: str, settings: DateSettings) -> datetime | None:
    """A datetime from a Unix epoch in seconds or milliseconds."""
    if not _EPOCH.match(text):
        return None
    seconds = int(text[:10])
    value = datetime.fromtimestamp(seconds, tz=timezone.utc)
    return value if value.year >= settings.min_year else None


def parse_free_date(text: str, rules: DateRules) -> datetime | None:
    """A date written in words or digits inside a short line ("Mis à jour le 3 mars 2020")."""
    iso = _ISO_IN_TEXT.search(text)
    if iso:
        return parse_iso(iso.group(0), rules.settings)
    found = _date_in_text(text, month_first=rules.language in (None, "en"))
    if found is None:
        if (
            rules.free_text
            and rules.language
            and rules.language not in NATIVE_DATE_LANGUAGES
            and _maybe_foreign_date(text, rules.settings)
        ):
            return _dateparser(text, rules.language, rules.settings.min_year)
        return None
    (year, month, day), (start, end), clock = found
    hour, minute, tz = _time_of_day(f"{text[:start]} {clock} {text[end:]}")
    return _make_date(year, month, day, rules.settings.min_year, hour=hour, minute=minute, tz=tz)


def _maybe_foreign_date(text: str, settings: DateSettings) -> bool:
    """A short text with a year and a day number but no month name we know: "19 listopada
    2019", "2019年11月19日". Only these go to dateparser (slow, and imported on first use)."""
    return (
        len(text) <= settings.max_foreign_chars
        and not _ANY_MONTH.search(text)
        and bool(_YEAR_NUMBER.search(text))
        and len(_DAY_NUMBER.findall(text)) >= settings.min_foreign_numbers
        and len(LETTER_RUN.findall(text)) <= settings.max_foreign_words
    )


def _date_in_text(
    text: str, *, month_first: bool = True
) -> tuple[tuple[int, int, int], tuple[int, int], str] | None:
    """The first (year, month, day) written in a line, where it is, and a time of day written
    inside it ("November 20 15:23 2019"; "" when none). `month_first`: "03/05/2024" is
    March 5 (English pages), else May 3."""
    matches = [
        m
        for m in (
            _MDY_WORDS.search(text),
            _DMY_WORDS.search(text),
            _NUMERIC_DATE.search(text),
            _CJK_DATE.search(text),
            _YEAR_FIRST_DATE.search(text),
        )
        if m is not None
    ]
    if not matches:
        return None
    match = min(matches, key=lambda m: m.start())
    groups = match.groupdict()
    if "month" in groups:
        ymd = int(match["year"]), _named_number(MONTHS, match["month"]) or 0, int(match["day"])
    elif "ymonth" in groups:  # year first: CJK and dotted or slashed numbers
        ymd = int(match["year"]), int(match["ymonth"]), int(match["day"])
    else:
        ymd = _numeric_order(
            int(match["a"]), int(match["b"]), int(match["year"]), match["sep"], month_first
        )
        ymd = _weekday_order(ymd, _weekday_beside(text, *match.span()))
    return ymd, match.span(), groups.get("clock") or ""


def short_year_date(
    text: str,
    address_month: tuple[int, int] | None,
    page_years: Iterable[int] = (),
    settings: DateSettings = DEFAULT_SETTINGS.dates,
) -> datetime | None:
    """The date of a two-digit-year stamp ("24/10/12", "11.05.12") in a date box, when its
    order can be told: a part above 12 is the day; else the year and month of the page's
    own address (/2012/11/) name one of the two readings. Unknown (None) otherwise: US
    blogs write "11.05.12" month first, European ones day first. The year is in the
    century `full_year` gives it by the years the page tells (`page_years`)."""
    match = _SHORT_NUMERIC_DATE.search(text)
    if match is None:
        return None
    a, b = int(match["a"]), int(match["b"])
    year = full_year(int(match["yy"]), page_years, settings)
    readings = {
        value
        for month, day in ((a, b), (b, a))
        if (value := _make_date(year, month, day, settings.min_year)) is not None
    }
    if len(readings) > 1 and address_month is not None:
        readings = {r for r in readings if (r.year, r.month) == address_month}
    return readings.pop() if len(readings) == 1 else None


def full_year(
    short: int, page_years: Iterable[int], settings: DateSettings = DEFAULT_SETTINGS.dates
) -> int:
    """A two-digit year in full: 20xx, unless that is later than the latest plausible year
    of the page (the latest year its copyright notices and address tell, plus
    `DateSettings.short_year_lead`), then 19xx ("03.11.97" on a page © 2012 is 1997). A
    page telling no year reads 20xx.

    >>> full_year(12, [2012]), full_year(97, [2012]), full_year(97, [])
    (2012, 1997, 2097)
    """
    year = 2000 + short
    latest = max(page_years, default=None)
    if latest is not None and year > latest + settings.short_year_lead:
        return year - 100
    return year


def weekday_year_date(
    text: str, years: Iterable[int], settings: DateSettings = DEFAULT_SETTINGS.dates
) -> datetime | None:
    """The date of a stamp line naming a weekday, a month and a day but no year ("on Tuesday
    July 24, @07:29AM"), in the one year among `years` (the page's copyright and address
    years) whose calendar puts that day on that weekday; None when no year or several do,
    or when the line is no stamp (a caption's "Angriffe wie am Freitag, 28. April")."""
    match = _WEEKDAY_NO_YEAR.search(text) if looks_like_dateline(text, settings) else None
    if match is None:
        return None
    weekday = _named_number(WEEKDAY_NUMBERS, match["name"])
    month = _named_number(MONTHS, match["month"] or match["dmonth"]) or 0
    day = int(match["day"] or match["dday"])
    fitting = {y for y in years if _weekday(y, month, day) == weekday}
    if len(fitting) != 1:
        return None
    hour, minute, tz = _time_of_day(text[match.end() :])
    return _make_date(fitting.pop(), month, day, settings.min_year, hour=hour, minute=minute, tz=tz)


def post_class_date(
    classes: str, settings: DateSettings = DEFAULT_SETTINGS.dates
) -> datetime | None:
    """The day a post's date classes name ("hentry post y2012 m10 d02 h11": 2 October 2012),
    None when its classes name none. Only the day: the hour is UTC's, the page's zone
    unknown (the UTC day itself is a day off where the post was filed late or early).

    >>> post_class_date("hentry p1 post publish y2012 m10 d02 h11")
    datetime.datetime(2012, 10, 2, 0, 0)
    """
    match = _POST_CLASS_DATE.search(classes)
    if match is None:
        return None
    return _make_date(int(match["year"]), int(match["month"]), int(match["day"]), settings.min_year)


def copyright_years(line: str) -> list[int]:
    """The years a copyright notice names, a span's every year ("© 2009-2012 Example": 2009
    to 2012); none for a line that is no copyright notice."""
    if not is_copyright_line(line):
        return []
    years = [int(y) for y in _YEAR_NUMBER.findall(line)]
    for span in _YEAR_SPAN.finditer(line):
        years.extend(range(int(span["first"]) + 1, int(span["last"])))
    return years


def _numeric_order(a: int, b: int, year: int, sep: str, month_first: bool) -> tuple[int, int, int]:
    """19.11.2019 and 19-11-2019 are day first; 11/19/2019 is month first on English pages
    unless it cannot be, day first on others ("03/05/2024" is 3 May in Spain)."""
    if a > _MONTHS_IN_YEAR or ((sep != "/" or not month_first) and b <= _MONTHS_IN_YEAR):
        return year, b, a
    return year, a, b


def _weekday_beside(text: str, start: int, end: int) -> int | None:
    """The number of the weekday named right before or right after the date at `start`:`end`
    of `text` (`_WEEKDAY_BEFORE`, `_WEEKDAY_AFTER`), None when none is."""
    before = _WEEKDAY_BEFORE.search(text, max(0, start - _WEEKDAY_REACH), start)
    named = before or _WEEKDAY_AFTER.match(text, end)
    return None if named is None else _named_number(WEEKDAY_NUMBERS, named["name"])


def _weekday_order(ymd: tuple[int, int, int], weekday: int | None) -> tuple[int, int, int]:
    """A numeric date's day and month swapped when the other order is the day of the week
    named beside it and this one is not: "Tuesday, 11.06.2012" is 6 November 2012 (a
    Tuesday; 11 June was a Monday) on a US site whose dotted dates are month first. As it
    is when no weekday is named, when the swap is no date or when both orders fit none."""
    year, month, day = ymd
    if weekday is None or month == day or day > _MONTHS_IN_YEAR:
        return ymd
    if _weekday(year, month, day) != weekday and _weekday(year, day, month) == weekday:
        return year, day, month
    return ymd


def _weekday(year: int, month: int, day: int) -> int | None:
    """The day of the week of a date (Monday 0), None when the parts form no date (month or
    day 0: "Tuesday, 00.06.2012")."""
    if not (1 <= month <= _MONTHS_IN_YEAR and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return calendar.weekday(year, month, day)


def _named_number(table: Mapping[str, int], word: str) -> int | None:
    """The number of a month or weekday name as a case-blind regex found it. `re.I` equates
    letters that `str.lower` keeps apart ("ſ" with "s", "İ" with "i": "Auguſt", "FRİDAY"),
    so a name missed in lower case is looked up by the same case-blind match (no KeyError)."""
    number = table.get(word.lower())
    if number is None:
        matches = (n for name, n in table.items() if re.fullmatch(re.escape(name), word, re.I))
        number = next(matches, None)
    return number


def _time_of_day(text: str) -> tuple[int, int, timezone | None]:
    """The time and zone of a date line (midnight when none; no zone when it names none)."""
    match = _TIME.search(text)
    if not match:
        return 0, 0, None
    hour, minute = int(match["hour"]), int(match["minute"])
    ampm = (match["ampm"] or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    zone = match["tz"]
    if not zone:
        return (hour if hour < 24 else 0), minute, None
    if len(zone) > 3 and zone[3] in "+-":  # "GMT+2", "UTC-05:00": the offset from it
        zone = zone[3:]
    if zone[0] in "+-":
        return (hour if hour < 24 else 0), minute, _offset(zone)
    minutes = TIMEZONES.get(zone.lower(), 0)
    return (hour if hour < 24 else 0), minute, timezone(timedelta(minutes=minutes))


def _dateparser(text: str, language: str, min_year: int) -> datetime | None:
    """A date in words of `language`, through dateparser (imported only here, lazily)."""
    import dateparser
    from dateparser.data.languages_info import language_order

    if language not in language_order:
        return None  # dateparser refuses languages it has no data for
    value = dateparser.parse(
        text,
        languages=[language],
        settings={
            "RETURN_AS_TIMEZONE_AWARE": False,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["custom-formats", "absolute-time"],
        },
    )
    if not isinstance(value, datetime) or value.year < min_year:
        return None
    return value


def _offset(tz: str | None) -> timezone:
    """A fixed offset from "Z", "UTC", "+01:00", "+0100", "-05", "+2", "+5:30" or "+530"."""
    if not tz or tz.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if tz[0] == "-" else 1
    hours, _, rest = tz[1:].partition(":")
    if not rest and len(hours) > 2:  # "+0100", "+530": the minutes are the last two digits
        hours, rest = hours[:-2], hours[-2:]
    minutes = int(hours) * 60 + int(rest[:2] or 0)
    return timezone(sign * timedelta(minutes=minutes)) if minutes < 24 * 60 else timezone.utc


def _make_date(
    year: int,
    month: int,
    day: int,
    min_year: int,
    *,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    tz: timezone | None = None,
) -> datetime | None:
    """A datetime if the parts form a real date from `min_year` on, else None; naive
    unless `tz` is given (a date written without a zone is the outlet's local time)."""
    if not (min_year <= year <= 9999 and 1 <= month <= 12):
        return None
    if not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 61):
        return None
    return datetime(year, month, day, hour, minute, min(second, 59), tzinfo=tz)


def looks_like_dateline(text: str, settings: DateSettings = DEFAULT_SETTINGS.dates) -> bool:
    """Whether a short line is essentially a date/time stamp.

    "Published 3:04 PM ET, Tue November 19, 2019", "Updated: 19.11.2019 14:02" and "Mis à jour
    le 3 mars 2020" are; a sentence that mentions a date is not: every word must be a number,
    a month or weekday name, a time zone or one of the few words of date lines.
    """
    if cleaned_prefix_exceeds(text, settings.max_line_chars):
        return False  # a paragraph: told from its start, without cleaning all of it
    text = collapse_spaces(text)
    if not text or len(text) > settings.max_line_chars:
        return False
    if _ISO.match(text):
        return True  # "2019-11-18T23:30:00Z"
    tokens = _TOKEN.findall(text.lower())
    if not tokens or len(tokens) > settings.max_dateline_tokens:
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
        if bare in ("a", "p", "m") or token in DATELINE_WORDS or bare in _AGO_TOKENS:
            continue
        return False
    return evidence or bool(
        _NUMERIC_DATE.search(text)
        or _YEAR_FIRST_DATE.search(text)
        or _TIME.search(text)
        or _AGO.search(text)
    )


def is_reading_time(text: str, settings: DateSettings = DEFAULT_SETTINGS.dates) -> bool:
    """Whether a line is only the story's reading time, as byline boxes print it.

    >>> [is_reading_time(t) for t in ("3 Min Lesezeit", "Lesedauer: 4 Min.", "6 minute read")]
    [True, True, True]
    >>> is_reading_time("3 Min"), is_reading_time("Read 3 more stories")
    (False, False)
    """
    if len(text) > settings.max_line_chars:
        return False
    match = _READING_TIME.match(text)
    return match is not None and bool(match.group("before") or match.group("after"))


def dateline_start(segment: str, settings: DateSettings = DEFAULT_SETTINGS.dates) -> int | None:
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
        if looks_like_dateline(segment[start:], settings):
            return start
    return None


def is_copyright_line(line: str) -> bool:
    """Whether a line is a copyright notice ("© 2024 Example Media", "Copyright 3 May 2024"):
    its year is not the article's date."""
    return _COPYRIGHT.search(line) is not None


def is_lone_update_word(line: str) -> bool:
    """Whether a line is only an update word ("Updated", "Last updated:", "Aktualizacja:"), as
    a dump breaking lines at inline elements prints it over the update's date.

    >>> is_lone_update_word("Last updated:"), is_lone_update_word("Updated 5 Aug 2024")
    (True, False)
    """
    return _LONE_UPDATE.match(line.strip()) is not None


def update_part(line: str) -> str | None:
    """The part of a date line giving an update's date: the whole line when it opens with
    "Updated" ("Mis à jour", "Aktualisiert"...), else what follows such a word inside it
    ("Published 3 May 2024, updated 4 May 2024"); None when it has none."""
    if _UPDATED.match(line):
        return line
    inner = _INNER_UPDATE.search(line)
    return line[inner.end() :] if inner else None


def publication_part(line: str) -> str | None:
    """The part of a date line giving the publication date: the line up to an update word
    inside it; when the line opens with "Updated", what follows a publication word inside it
    ("Aktualizacja: 02.02.2025 23:49 Publikacja: 02.02.2025 21:52"), else None (the date of
    an update only)."""
    if _UPDATED.match(line):
        published = _INNER_PUBLISHED.search(line)
        return line[published.start() :] if published else None
    inner = _INNER_UPDATE.search(line)
    return line[: inner.start()] if inner else line


def unglued_date(line: str) -> str:
    """The line with the parts of a date line that markup glued together set apart: a
    label and its date ("Publiziert17. Dezember 2024, 12:17" -> "Publiziert 17. Dezember
    2024, 12:17"), a word and the month after it, a year and the time after it ("2 minute
    readApril 25, 20232:26 PM" -> "2 minute read April 25, 2023 2:26 PM"); any other line as
    it is.

    >>> unglued_date("Publiziert17. Dezember 2024, 12:17")
    'Publiziert 17. Dezember 2024, 12:17'
    >>> unglued_date("2 minute readApril 25, 20232:26 PM GMT+2")
    '2 minute read April 25, 2023 2:26 PM GMT+2'
    >>> unglued_date("MP3s for 2024"), unglued_date("McDonald 5")
    ('MP3s for 2024', 'McDonald 5')
    """
    match = _GLUED_WORD.match(line)
    if match is not None and match.group(2).lower() in DATELINE_WORDS:
        line = f"{line[: match.end()]} {line[match.end() :]}"
    line = _GLUED_CAPITAL.sub(lambda m: f" {m[1]}" if m[1].lower() in MONTHS else m[1], line)
    return _GLUED_YEAR.sub(r"\1 ", line) if ":" in line else line


def prose_before_date(text: str, most: int) -> bool:
    """Whether the words before a line's date read as a sentence ("Ukrainische
    Kriegstechnik bei den Kämpfen um Bachmut, 24. April 2023": a caption): more than `most`
    lowercase words that are not a date line's label ("Veröffentlicht am", "Published on"),
    a role or a byline word and the name after it ("by randfish on")."""
    found = _date_in_text(text)
    iso = _ISO_IN_TEXT.search(text)
    starts = [found[1][0]] if found else []
    starts += [iso.start()] if iso else []
    words = LETTER_RUN.findall(text[: min(starts)] if starts else text)
    lower = [
        w
        for k, w in enumerate(words)
        if w.islower()
        and w not in DATELINE_WORDS
        and w not in ROLE_WORDS
        and w not in _BYLINE_WORDS
        and not (k and words[k - 1].lower() in _BYLINE_WORDS)  # "by randfish on …"
    ]
    return len(lower) > most


def glued_dateline(line: str, settings: DateSettings = DEFAULT_SETTINGS.dates) -> str | None:
    """The date line a text dump glued to the end of a headline, from the last byline,
    publication or update word before its date (from the date when there is none); None when
    the line holds no date or more than `max_words_after_glued_date` words besides times,
    zones and date words follow it (a date inside the headline's sentence).

    >>> glued_dateline("Ancient understanding of tides by John on July 15, 2012")
    'by John on July 15, 2012'
    >>> glued_dateline("Where Obama goes from here updated 3:06 PM EST, Wed November 7, 2012")
    'updated 3:06 PM EST, Wed November 7, 2012'
    >>> glued_dateline("Arsenal wallpapers for iPhone and iPad. 28 October, 2011")
    '28 October, 2011'
    >>> glued_dateline("What happened on July 15, 2012 changed how we vote in this town") is None
    True
    """
    found = _date_in_text(line)
    if found is None:
        return None
    start, end = found[1]
    after = LETTER_RUN.findall(_TIME.sub(" ", line[end:]))
    if sum(w.lower() not in DATELINE_WORDS for w in after) > settings.max_words_after_glued_date:
        return None
    cues = [m.start() for m in _DATELINE_CUE.finditer(line, 0, start)]
    return line[cues[-1] if cues else start :]


def opens_with_dateline_cue(text: str) -> bool:
    """Whether a text opens with a byline, publication or update word ("by John on July 15,
    2012", "Posted on Nov 06, 2012"), unlike a bare date ("6 November 2012").

    >>> opens_with_dateline_cue("by John on July 15, 2012"), opens_with_dateline_cue("6 May 2012")
    (True, False)
    """
    return _DATELINE_CUE.match(text) is not None


def is_stamp_line(
    text: str, most_words: int, settings: DateSettings = DEFAULT_SETTINGS.dates
) -> bool:
    """Whether a short line carries a date, maybe a clock time, and at most `most_words`
    other words: the line a comment system sets over or under each comment ("Jane on May
    3, 2012 at 9:14 pm", "#1 - Tue Jul 24, 2012 10:14 AM EDT", "by jovox on Aug 9, 2012
    reply"), not a sentence that mentions a time ("12:55 PM – Can't shake this determined
    challenger, who ..."), nor a live blog's entry time: a comment dates itself to a day
    or days back ("May 3, 2012", "10/28/12", "1 day ago"), a live blog's entries are
    timed within a day ("12:55 PM").

    >>> is_stamp_line("Chris Nahr 07.15.12 at 11:59", 8), is_stamp_line("Jane Doe says:", 8)
    (True, False)
    >>> is_stamp_line("Updated 12:55 PM", 8), is_stamp_line("Karl Fisch10/28/12 5:33 PM", 8)
    (False, True)
    """
    if len(text) > settings.max_line_chars or _A_DIGIT.search(text) is None:
        return False  # every date part holds a digit: most lines are out at this test
    spaced = _GLUED_NAME.sub(" ", text)
    rest = undated(spaced)
    if rest == spaced:
        return False
    return len(LETTER_RUN.findall(_TIME.sub(" ", rest))) <= most_words


def undated(text: str) -> str:
    """A line with the parts that date it to a day taken out (each left as a space): what a
    stamp says beside its date, whose commas ("Wednesday, October 24, 2012") are no clauses.

    >>> undated("posted on Wednesday, October 24, 2012 at 7:26 PM by Darren")
    'posted on Wednesday,   at 7:26 PM by Darren'
    """
    for gate, patterns in _DAY_PARTS:
        if gate.search(text) is not None:  # else none of the patterns can match
            for pattern in patterns:
                text = pattern.sub(" ", text)
    return text


def has_year(text: str) -> bool:
    """Whether a text holds a year (1900-2099) standing alone: a cheap test before parsing."""
    return _YEAR_NUMBER.search(text) is not None
