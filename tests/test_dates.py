"""Dates in strings: date lines, ISO 8601, dates in words and digits, URL dates."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsextract.settings import DateSettings
from newsextract.signals.dates import (
    DateRules,
    is_stamp_line,
    looks_like_dateline,
    parse_date,
    parse_iso,
    undated,
    url_date,
)

# --- date lines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Published 3:04 PM ET, Tue November 19, 2019",
        "Updated: 19.11.2019 14:02",
        "Mis à jour le 3 mars 2020",
        "Publié le 3 mars 2020 à 14h05",
        "Aktualisiert am 19.11.2019 um 14:02 Uhr",
        "Actualizado el 12 de mayo de 2020",
        "March 11, 2015 3:46 PM",
        "2 June 2020",
        "Nov 18, 2019 at 9:24 pm ET • 2 min read",
        "2019-11-18T23:30:00Z",
        # issue 15: a time counted back from now is a byline's stamp
        "5 hours ago",
        "Published 4 months ago",
        "vor 3 Stunden",
        "il y a 2 jours",
        "hace 4 horas",
        # date lines labelled in more languages, or dated "today"
        "Aktualizacja: 02.02.2025 23:49 Publikacja: 02.02.2025 21:52",
        "Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57",
        "Publisert 05.08.2024, kl. 13.05 Oppdatert 05.08.2024, kl. 13.52",
        "Publiziert heute um 12:19 Uhr",
        "Vandaag om 20:07",
    ],
)
def test_looks_like_dateline(line: str) -> None:
    assert looks_like_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "The meeting was held on March 11, 2015 in Brussels.",
        "By Jane Doe",
        "Published by Example Press",
        "Share this article",
        "19 people were injured",
        "5 min read",
        "3 days",
        "Das war vor 3 Tagen",
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert not looks_like_dateline(line)


@given(st.text(max_size=300))
def test_looks_like_dateline_never_fails(text: str) -> None:
    assert looks_like_dateline(text) in (True, False)


# --- ISO 8601 and other structured forms --------------------------------------------------

UTC = timezone.utc


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2019-11-19T14:02:00Z", datetime(2019, 11, 19, 14, 2, tzinfo=UTC)),
        ("2019-11-19T14:02:00.1234567Z", datetime(2019, 11, 19, 14, 2, tzinfo=UTC)),
        (
            "2019-11-19T14:02:00+01:00",
            datetime(2019, 11, 19, 14, 2, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            "2019-11-19T14:02:00-0500",
            datetime(2019, 11, 19, 14, 2, tzinfo=timezone(timedelta(hours=-5))),
        ),
        ("2019-11-19 14:02:00", datetime(2019, 11, 19, 14, 2)),  # no zone: naive
        ("2019-11-19 14:02", datetime(2019, 11, 19, 14, 2)),
        ("2019-11-19", datetime(2019, 11, 19)),
        ("20191119", datetime(2019, 11, 19)),
        # forms pages write that ISO 8601 does not: slashes, a spaced zone, " UTC"
        ("2012/07/24T14:41:54+00:00", datetime(2012, 7, 24, 14, 41, 54, tzinfo=UTC)),
        ("2016.12.01", datetime(2016, 12, 1)),
        ("2019-11-19 02:24:00 UTC", datetime(2019, 11, 19, 2, 24, tzinfo=UTC)),
        (
            "2015-07-10 09:53:00 -0400",
            datetime(2015, 7, 10, 9, 53, tzinfo=timezone(timedelta(hours=-4))),
        ),
        (
            "2019-11-19 +05:30",  # a date with a zone is midnight there, not 05:30
            datetime(2019, 11, 19, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        ("0001-01-01T00:00:00Z", None),  # a placeholder, before DateSettings.min_year
        ("2019-13-45", None),
        ("2019-W47-2", None),  # week dates are not written on news pages
        ("November 19, 2019", None),
    ],
)
def test_parse_iso(raw: str, expected: datetime | None) -> None:
    value = parse_iso(raw)
    assert value == expected
    if expected is not None:
        assert value is not None
        assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1574172000", datetime(2019, 11, 19, 14, 0, tzinfo=UTC)),
        ("1574172000000", datetime(2019, 11, 19, 14, 0, tzinfo=UTC)),
        ("Tue, 19 Nov 2019 14:02:00 GMT", datetime(2019, 11, 19, 14, 2, tzinfo=UTC)),
        ("19.11.2019 14:02", datetime(2019, 11, 19, 14, 2)),
        ("2016年10月14日", datetime(2016, 10, 14)),
        ("2024.03.05 14:22", datetime(2024, 3, 5, 14, 22)),  # a Korean page's date line
        ("2023/11/02", datetime(2023, 11, 2)),  # year first: never day or month first
        ("2024.13.05", None),
        ("0", None),
    ],
)
def test_parse_date_reads_epochs_and_words(raw: str, expected: datetime | None) -> None:
    assert parse_date(raw, DateRules(free_text=False, language="en")) == expected


@pytest.mark.parametrize(
    ("raw", "hours", "minutes"),
    [
        ("Tue, 19 Nov 2019 14:02 GMT+2", 2, 0),
        ("Nov 19, 2019 2:02 PM UTC+5:30", 5, 30),
        ("Nov 19, 2019 2:02 PM GMT+0530", 5, 30),
        # an offset's hour of one digit before its minutes, no colon: not hours 53 or 23
        ("Tue, 19 Nov 2019 14:02 GMT+530", 5, 30),
        ("Nov 19, 2019 2:02 PM GMT-330", -3, -30),
    ],
)
def test_an_offset_after_gmt_is_the_zone(raw: str, hours: int, minutes: int) -> None:
    value = parse_date(raw, DateRules(free_text=False, language="en"))
    assert value is not None
    assert value.utcoffset() == timedelta(hours=hours, minutes=minutes)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://example.com/news/2019/11/19/storm",
            (datetime(2019, 11, 19), "/2019/11/19/"),
        ),
        (
            "https://example.com/2019-11-19-storm",
            (datetime(2019, 11, 19), "/2019-11-19-"),
        ),
        (
            "https://example.com/world/2019/nov/19/storm",
            (datetime(2019, 11, 19), "/2019/nov/19/"),
        ),
        ("https://example.com/2019/13/45/storm", None),
        ("http://[::1", None),
        (None, None),
    ],
)
def test_url_date(url: str | None, expected: tuple[datetime, str] | None) -> None:
    assert url_date(url) == expected


def test_date_settings_are_read() -> None:
    assert parse_iso("2019-11-19", DateSettings(min_year=2020)) is None
    assert not looks_like_dateline(
        "Published 3:04 PM ET, Tue November 19, 2019", DateSettings(max_dateline_tokens=4)
    )


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("12 septembrie 2019", "ro", datetime(2019, 9, 12)),  # "sept" opens the word only
        ("3 Mayıs 2019", "tr", datetime(2019, 5, 3)),  # "may" opens the word only
    ],
)
def test_a_month_inside_a_word_leaves_the_date_to_dateparser(
    raw: str, language: str, expected: datetime
) -> None:
    """A month name we know counts only as a whole word: a month of a language our tables
    lack that opens with one ("septembrie", "Mayıs") is a foreign date all the same."""
    assert parse_date(raw, DateRules(free_text=True, language=language)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Juma alisema Jumatano, 7 Novemba 2012 saa 7:26",  # Swahili: month after the day
        "ni Maria noong Miyerkules, Nobyembre 7, 2012",  # Tagalog: month before the day
    ],
)
def test_a_stamp_dated_in_a_month_no_table_names_dates_its_comment(line: str) -> None:
    """A comment's stamp dates it to a day whatever language names the month (issue 13,
    round 36): "Novemba" and "Nobyembre" are in no month table, and without reading them
    the line held no date and no thread was told on a page in those languages. What the
    stamp says beside its date keeps no comma of the date's."""
    assert is_stamp_line(line, 8)
    assert "2012" not in undated(line) and undated(line).count(",") == 1


#: Pieces of comment stamps, for the property below: a date in each form `undated` takes out,
#: counts before a unit, words, figures and separators, put together in any order.
_STAMP_PIECES = st.sampled_from(
    [
        *("November 7, 2012", "7 Novemba 2012", "6 de mayo de 2020", "07.15.12", "11.06.2012"),
        *("10/28/12", "2024.03.05", "2012-11-07 14:02", "2016年10月14日", "5 hours ago"),
        *("vor 3 Stunden", "1 day ago", "Jane", "at", "2012", "19", "3", "12:55 PM"),
        *(" ", "", ", ", ".", "/", "-", "\u00a0", "5", "x"),
    ]
)


@given(st.lists(_STAMP_PIECES, max_size=14).map("".join))
def test_undated_takes_out_what_every_day_part_would_without_its_gates(line: str) -> None:
    """`undated` runs a group of date patterns only when the text holds what each of their
    matches holds (a year, "figure separator figure", "figure space"), issue 13 round 38:
    each gate holds wherever one of its patterns matches, and the result is what the eight
    substitutions give in order without the gates."""
    from newsextract.signals.dates import _DAY_PARTS

    expected = line
    for gate, patterns in _DAY_PARTS:
        for pattern in patterns:
            if pattern.search(expected):
                assert gate.search(expected), (pattern.pattern, expected)
            expected = pattern.sub(" ", expected)
    assert undated(line) == expected
