"""The real-page tests' scorer (page_metrics) on small cases worked out by hand."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from page_metrics import (
    authors_f1,
    body_figures,
    body_score,
    same_day,
    shingle_bag,
    subheads_f1,
    title_matches,
)


def test_shingles_are_four_token_windows_of_word_runs_with_case_kept() -> None:
    bag = shingle_bag("The cat, the cat sat.")
    assert bag == {
        ("The", "cat", "the", "cat"): 1,
        ("cat", "the", "cat", "sat"): 1,
    }
    assert shingle_bag("Only three words") == {("Only", "three", "words"): 1}
    assert not shingle_bag("  ...  ")


def test_body_score_counts_a_bag_not_a_set() -> None:
    gold = "a b c d a b c d"  # windows: abcd, bcda, cdab, dabc, abcd
    score = body_score(gold, "a b c d")  # one abcd of the two
    assert (score.tp, score.fp, score.fn) == (1, 0, 4)
    assert score.precision == 1.0
    assert score.recall == pytest.approx(0.2)
    assert score.f1 == pytest.approx(2 * 0.2 / 1.2)


def test_body_score_edge_cases() -> None:
    assert body_score("", "").f1 == 1.0  # nothing expected, nothing given
    assert body_score("Same short", "Same short").f1 == 1.0
    assert body_score("one two three four", "").recall == 0.0
    assert body_score("", "one two three four").precision == 0.0
    assert body_score("one two three four", "One two three four").f1 == 0.0  # case counts


def test_set_figures_average_precision_over_outputs_and_recall_over_gold() -> None:
    full = body_score("w x y z", "w x y z")
    empty_output = body_score("a b c d", "")
    figures = body_figures([full, empty_output])
    assert figures["precision"] == 1.0  # the page with no output is left out
    assert figures["recall"] == 0.5
    assert figures["f1"] == pytest.approx(2 / 3)
    assert figures["mean_f1"] == 0.5


def test_field_matches() -> None:
    assert title_matches("Storm hits the coast", "Storm hits the coast | Daily News")
    assert not title_matches("Storm hits the coast", "Daily News")
    assert not title_matches("Storm hits the coast", None)
    assert authors_f1("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]) == 1.0
    assert authors_f1(["Jane Doe", "John Roe"], ["Jane Doe"]) == pytest.approx(2 / 3)
    assert authors_f1(["Jane Doe"], []) == 0.0
    assert subheads_f1(["What  happened?", "Next"], ["what happened", "Other"]) == 0.5


def test_same_day_as_written_or_in_utc() -> None:
    paris = timezone(timedelta(hours=1))
    assert same_day("2021-11-01T10:52:50+0100", datetime(2021, 11, 1, 23, 0, tzinfo=paris))
    assert same_day("2021-11-01", datetime(2021, 11, 1))
    # 00:30 in Paris is the evening before in UTC: matches either way of writing it
    assert same_day("2021-10-31 23:30:00+00:00", datetime(2021, 11, 1, 0, 30, tzinfo=paris))
    assert not same_day("2021-11-01", datetime(2021, 11, 2, 9, 0))
    assert not same_day("2021-11-01", None)
    assert not same_day("no date", datetime(2021, 11, 1))
