"""The text-shape cues: the fast forms agree with their plain definitions."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.signals.shape import (
    clause_marks,
    ends_sentence,
    has_words,
    is_prose,
    prose_length,
    sentence_count,
    word_count,
)

#: Letters, CJK, Hangul, Thai, sentence and clause punctuation, closing quotes and several
#: kinds of space.
_ALPHABET = "ab .,;:!?…。，”’»)]中文한글สภ \n\t\u00a0\u2009\u3000\x1c"
_THAI = re.compile("[\u0e00-\u0e7f]")
_TEXTS = st.text(alphabet=_ALPHABET, max_size=120)


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.integers(min_value=1, max_value=15))
def test_has_words_is_a_word_count_threshold(text: str, minimum: int) -> None:
    assert has_words(text, minimum) == (word_count(text) >= minimum)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_ends_sentence_is_the_last_non_space_character(text: str) -> None:
    pattern = re.compile(r"[.!?…。！？؟।:;\"'”’»)\]]\s*$")
    assert ends_sentence(text) == (pattern.search(text) is not None)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_is_prose_definition(text: str) -> None:
    thai_phrases = text.count(" ") >= 2 and 2 * len(_THAI.findall(text)) >= len(text)
    expected = (
        prose_length(text) >= 50
        and word_count(text) >= 10
        and (ends_sentence(text) or clause_marks(text) >= 2 or thai_phrases)
    )
    assert is_prose(text) == expected


def test_is_prose_examples() -> None:
    assert is_prose(
        "The council approved the budget on Monday after a long debate, officials said."
    )
    assert not is_prose("Home | World | Politics | Business | Technology | Science | Health")


def test_per_text_caches_skip_long_texts() -> None:
    """`norm_key`, `word_count` and `split_caption` remember short texts only: a text over
    `MEMO_MAX_CHARS` is computed without going through the cache (which would hold a
    hostile page's huge strings after it), with the same result."""
    from newsextract.signals import credits, shape, strings

    long_text = "Jane Doe / Reuters " * (strings.MEMO_MAX_CHARS // 10)
    caches = (strings._remembered_key, shape._short_word_count, credits._remembered_split)
    before = [cache.cache_info().misses for cache in caches]
    assert strings.norm_key(long_text) == strings._key(long_text)
    assert shape.word_count(long_text) == len(long_text.split())
    assert credits.split_caption(long_text) == credits._split_caption(
        long_text, credits.DEFAULT_SETTINGS.credits
    )
    assert [cache.cache_info().misses for cache in caches] == before
    calls = strings._remembered_key.cache_info()
    strings.norm_key("Jane Doe")  # a short one goes through the cache
    after = strings._remembered_key.cache_info()
    assert after.hits + after.misses == calls.hits + calls.misses + 1


def test_sentence_count_reads_abbreviations_and_scripts() -> None:
    assert sentence_count("Er kam. Sie ging. Dann regnete es.") == 3
    assert sentence_count('He said: "Go home." Then he left.') == 2
    assert sentence_count("Sen. Ann Lee met Dr. Roe in the U.S. capital on Nov. 18.") == 1
    assert sentence_count("Es war der Einsatz von Niemiec (21). Kaum eingewechselt, traf er.") == 2
    assert sentence_count("東京で会談した。大阪に戻った。") == 2
    assert sentence_count("Stay tuned... more soon") == 1


def test_sentence_count_is_linear_on_runs_of_stops_and_spaces() -> None:
    import time

    started = time.process_time()
    for text in ("." * 200_000, "." + " " * 200_000, '."' * 100_000, ". " * 100_000):
        sentence_count(text)
    assert time.process_time() - started < 2.0


def test_sentence_count_is_linear_on_many_sentences() -> None:
    import time

    started = time.process_time()
    assert sentence_count("It was late. " * 50_000) == 50_000
    assert time.process_time() - started < 2.0
    assert sentence_count("It was late . Then Ann left .") == 2  # spaces before the stop
