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
