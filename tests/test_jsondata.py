"""JSON read from pages: parsed within bounds, or not at all (never an exception)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import newsextract
from newsextract.input.decode import clean_text
from newsextract.input.jsondata import load_json, nesting_depth
from newsextract.settings import DEFAULT_SETTINGS, JsonSettings

#: Keys already clean: two keys that cleaning makes one ("\x1f" and "") leave whichever
#: comes last, in an order the two paths below need not share.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text().map(clean_text), inner, max_size=4)
    ),
    max_leaves=20,
)


def _cleaned(value: object) -> object:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    if isinstance(value, dict):
        return {_cleaned(key): _cleaned(item) for key, item in value.items()}
    return value


@given(JSON_VALUES)
def test_bounded_json_reads_what_json_reads(value: object) -> None:
    """What `json.loads` reads, its strings cleaned like the page's text (in which the JSON
    stands: escaped or not, no control character gets through)."""
    assert load_json(json.dumps(value)) == _cleaned(value)
    assert load_json(clean_text(json.dumps(value, ensure_ascii=False))) == _cleaned(value)


def test_escaped_control_characters_and_surrogates_are_cleaned() -> None:
    assert load_json('{"a\\u0001": ["x\\u0000y", "\\ud800z\\u0085", "\\uffff"]}') == {
        "a": ["xy", "z…", ""]
    }
    assert load_json('"tab\\tand\\nline"') == "tab\tand\nline"


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    assert nesting_depth('{"a": "[[[[{{{{", "b": [1, {"c": "\\"]]]"}]}') == 3


def test_deep_nesting_is_refused_not_a_crash() -> None:
    assert load_json("[" * 100_000 + "]" * 100_000) is None
    assert load_json('{"a":' * 20_000 + "1" + "}" * 20_000) is None
    shallow = JsonSettings(max_depth=3)
    assert load_json("[[[1]]]", shallow) == [[[1]]]
    assert load_json("[[[[1]]]]", shallow) is None


def test_long_broken_and_oversized_json_is_refused() -> None:
    assert load_json("[1, 2") is None
    assert load_json('{"a": 1,}') is None
    assert load_json("9" * 5_000) is None  # past Python's integer-string limit
    assert load_json("[" + "1," * 10 + "1]", JsonSettings(max_chars=10)) is None
    assert DEFAULT_SETTINGS.json.max_depth >= 30  # real app states nest ~20 levels


def test_a_page_with_bomb_json_ld_keeps_its_other_metadata() -> None:
    bomb = "[" * 100_000 + "]" * 100_000
    page = (
        "<html><head><title>Storm hits coast</title>"
        f'<script type="application/ld+json">{bomb}</script>'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"@type": "Person", "name": "Jane Doe"}}</script>'
        "</head><body><h1>Storm hits coast</h1><p>"
        + "The storm reached the coast on Tuesday night, officials said. " * 4
        + "</p></body></html>"
    )
    article = newsextract.extract(page)
    assert article.title == "Storm hits coast"
    assert article.authors == ("Jane Doe",)
