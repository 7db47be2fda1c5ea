"""Settings are checked when built: a nonsense value fails at construction, naming its field
and what it may be, instead of giving a silently wrong result deep inside a stage."""

from __future__ import annotations

import math
from dataclasses import fields, replace
from datetime import timedelta
from typing import Annotated, Any, get_args, get_origin, get_type_hints

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsextract.data.stopwords import STOP_WORDS
from newsextract.options import Options
from newsextract.pipeline import run
from newsextract.settings import (
    DEFAULT_SETTINGS,
    Bounds,
    Settings,
    ShapeSettings,
    _max_twin,
    check_fields,
)
from newsextract.text.lines import first_look
from newsextract.text.run import line_weights

PARTS = [f.name for f in fields(Settings)]


def test_every_default_setting_validates() -> None:
    check_fields(DEFAULT_SETTINGS)
    for name in PARTS:
        part = getattr(DEFAULT_SETTINGS, name)
        check_fields(part)
        assert type(part)() == part


#: (stage, changed fields, error, what the message says): a negative count, a count given as
#: a bool or a float, a number as a string or not finite, a share out of 0-1, a minimum over
#: its maximum, the standfirst's floor of three, a negative or untyped time span, a set of
#: words holding no strings or given as a list.
NONSENSE = [
    ("shape", {"prose_min_words": -1}, ValueError, "an int at least 0, got -1"),
    ("shape", {"prose_min_words": True}, TypeError, "an int, not bool"),
    ("shape", {"prose_min_words": 10.5}, TypeError, "an int, not float"),
    ("shape", {"hangul_char_weight": "1.5"}, TypeError, "a number, not str"),
    ("shape", {"hangul_char_weight": float("nan")}, ValueError, "a number at least 0, got nan"),
    ("locate", {"reach_decay": 1.5}, ValueError, "a number between 0 and 1, got 1.5"),
    ("label", {"link_list_density": -0.1}, ValueError, "a number between 0 and 1, got -0.1"),
    ("text", {"dek_min_words": 81}, ValueError, "at most TextSettings.dek_max_words (80), got 81"),
    ("byline", {"max_name_words": 1}, ValueError, "at most BylineSettings.max_name_words (1)"),
    ("text", {"standfirst_min_paragraphs": 2}, ValueError, "an int at least 3, got 2"),
    ("dates", {"tolerance": timedelta(hours=-1)}, ValueError, "not be negative"),
    ("dates", {"tolerance": 3600}, TypeError, "a timedelta, not int"),
    ("locate", {"single_marks": frozenset({1})}, TypeError, "a frozenset of strings"),
    ("locate", {"single_marks": ["aside"]}, TypeError, "a frozenset of strings"),
    ("locate", {"bad_weight": -1.0}, ValueError, "a number at least 0, got -1.0"),
    ("text", {"heading_cost": -15.0}, ValueError, "a number at least 0, got -15.0"),
    ("text", {"repeated_weight": float("-inf")}, ValueError, "a number of any sign, got -inf"),
]


@pytest.mark.parametrize(("part", "changes", "error", "message"), NONSENSE)
def test_a_nonsense_value_fails_at_construction_naming_the_field_and_its_range(
    part: str, changes: dict[str, Any], error: type[Exception], message: str
) -> None:
    stage = getattr(DEFAULT_SETTINGS, part)
    with pytest.raises(error) as raised:
        replace(stage, **changes)
    field = "min_name_words" if "max_name_words" in changes else next(iter(changes))
    assert str(raised.value).startswith(f"{type(stage).__name__}.{field} must ")
    assert message in str(raised.value)


def test_a_stage_given_the_settings_of_another_stage_fails_at_construction() -> None:
    with pytest.raises(TypeError, match=r"Settings\.text must be a TextSettings, not Shape"):
        Settings(text=ShapeSettings())  # type: ignore[arg-type]


def test_the_standfirst_floor_of_three_is_the_settings_not_the_stages() -> None:
    """The usual gap between paragraphs is read after the second: a floor under three is
    refused when built (`NONSENSE`), so the stage no longer clamps it, and a two-paragraph
    dump is read at the lowest floor that can be set (round 36 raised an IndexError)."""
    dump = (
        "Council votes to rebuild the old harbour bridge\n\n"
        "The city council voted on Tuesday to rebuild the harbour bridge, closed since the storm.\n"
        "Work is to start in the spring and last two years, the mayor's office said on Tuesday.\n"
    )
    article = run(dump, url=None, kind="text", options=Options(), settings=DEFAULT_SETTINGS)
    assert article.text.startswith("The city council voted")


def _numeric_fields(part: Any) -> list[str]:
    hints = get_type_hints(type(part), include_extras=True)
    return [name for name, hint in hints.items() if _base(hint) in (int, float)]


def _base(hint: Any) -> Any:
    return get_args(hint)[0] if get_origin(hint) is Annotated else hint


def _bounds(hint: Any) -> Bounds:
    extras = get_args(hint)[1:] if get_origin(hint) is Annotated else ()
    return next((b for b in extras if isinstance(b, Bounds)), Bounds())


@given(st.data())
def test_any_value_within_a_fields_declared_range_constructs(data: st.DataObject) -> None:
    part = getattr(DEFAULT_SETTINGS, data.draw(st.sampled_from(PARTS)))
    name = data.draw(st.sampled_from(_numeric_fields(part)))
    hint = get_type_hints(type(part), include_extras=True)[name]
    bounds = _bounds(hint)
    least = max(bounds.least, -(10**7))
    most = bounds.most if bounds.most is not None else 10**7
    twins = {f.name: getattr(part, f.name) for f in fields(part)}
    if _max_twin(name) != name and _max_twin(name) in twins:
        most = min(most, twins[_max_twin(name)])
    least = max([least, *(v for n, v in twins.items() if n != name and _max_twin(n) == name)])
    if _base(hint) is int:
        value: float = data.draw(st.integers(int(least), int(most)))
    else:
        value = data.draw(st.floats(least, most, allow_nan=False))
    assert getattr(replace(part, **{name: value}), name) == value


def test_building_settings_reads_no_type_hints(monkeypatch: pytest.MonkeyPatch) -> None:
    """The declared types are read once, when each class is defined: resolving them on every
    construction made `Settings()` cost milliseconds (benchmark variants build hundreds)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("get_type_hints called while building settings")

    monkeypatch.setattr("newsextract.settings.get_type_hints", refuse)
    monkeypatch.setattr("typing.get_type_hints", refuse)
    assert Settings() == DEFAULT_SETTINGS
    with pytest.raises(ValueError, match=r"ShapeSettings\.prose_min_words"):
        ShapeSettings(prose_min_words=-1)
    assert ShapeSettings.field_hints == get_type_hints(ShapeSettings, include_extras=True)


def _signed_fields() -> set[str]:
    """Every ``Stage.field`` declared `Signed` (its bounds open below)."""
    found = set()
    for name in PARTS:
        part = getattr(DEFAULT_SETTINGS, name)
        hints = get_type_hints(type(part), include_extras=True)
        found |= {
            f"{type(part).__name__}.{field}"
            for field, hint in hints.items()
            if _base(hint) in (int, float) and _bounds(hint).least == -math.inf
        }
    return found


def test_only_levels_on_a_signed_scale_take_negatives() -> None:
    """A text line's weight is signed (prose above 0, chrome below): the level capping a
    repeated line's weight may be negative, so that a repeated line costs; counts, costs,
    bonuses and weights multiplying a mass stay at least 0 (`NONSENSE`)."""
    assert _signed_fields() == {"TextSettings.repeated_weight"}
    promo = "Our readers can get the stories they liked best this week in their inbox, for free."
    story = (
        "The city council voted on Tuesday to rebuild the harbour bridge, closed since the storm."
    )
    lines = [
        first_look(text, STOP_WORDS["en"], Options(), DEFAULT_SETTINGS)
        for text in (promo, story, story + " It reopens in two years.", promo)
    ]
    for level, repeated in ((0.0, 0.0), (-50.0, -50.0)):
        text = replace(DEFAULT_SETTINGS.text, repeated_weight=level)
        weights = line_weights(lines, [], text)
        assert (weights[0], weights[3]) == (repeated, repeated)  # a prose promotion, twice
        assert weights[1] == len(story)  # a line printed once keeps its weight
