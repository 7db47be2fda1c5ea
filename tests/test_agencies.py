"""Agencies: one table, one case rule, for whole names and for names inside a line."""

from __future__ import annotations

import re

import pytest

from newsextract.data.agencies import AGENCIES
from newsextract.signals.agencies import (
    AGENCY_ALTERNATION,
    agencies_as_written,
    agency_named,
    normalize_agency,
)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Associated Press", "AP"),
        ("associated press", "AP"),
        (" Reuters ", "Reuters"),
        ("REUTERS", "Reuters"),
        ("AP", "AP"),
        ("ap", None),  # short aliases are words in some language: listed case only
        ("Pa", None),
        ("SIPA", "Sipa"),
        ("Jane Doe", None),
    ],
)
def test_agency_named(text: str, short: str | None) -> None:
    assert agency_named(text) == short


def test_the_regex_finds_every_name_the_lookup_knows_in_the_same_case_rule() -> None:
    pattern = re.compile(rf"(?:{AGENCY_ALTERNATION})")
    for short, aliases in AGENCIES.items():
        for alias in (short, *aliases):
            assert pattern.fullmatch(alias)
            assert agency_named(alias) == short
            assert bool(pattern.fullmatch(alias.lower())) == (agency_named(alias.lower()) == short)


def test_normalize_agency_reads_credit_forms() -> None:
    assert normalize_agency("(By AP)") == "AP"
    assert normalize_agency("Reuters staff") == "Reuters"
    assert normalize_agency("The Canadian Press") == "CP"
    assert normalize_agency("the associated press") == "AP"
    assert normalize_agency("Jerusalem Post") is None


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("By Associated Press", ("Associated Press",)),
        ("Von dpa 30.04.2024, 18:58", ("dpa",)),
        ("The Associated Press", ("The Associated Press",)),
        ("Adam Vidler and AP, AP", ("AP",)),
        ("Von Jane Doe, Mapa", ()),  # "AP" inside a word is no agency
    ],
)
def test_agencies_as_written(line: str, written: tuple[str, ...]) -> None:
    assert agencies_as_written(line) == written
