"""The shape of a piece of text: is it prose, a heading, a fragment? Language-agnostic cues.

Used by content location (HTML) and by line classification (text), so both paths judge text
the same way.
"""

from __future__ import annotations

import re

from newsextract.settings import DEFAULT_SETTINGS, ShapeSettings

#: Sentence-final punctuation in Latin, CJK, Arabic, Devanagari and Armenian scripts, and
#: the closing quotes and brackets that may follow it.
_SENTENCE_END_CHARS = frozenset(".!?…。！？؟।:;\"'”’»)]")
#: Quotes and brackets that may close a sentence or a heading, and spaces.
_TRAILING_MARKS = "\"'”’»“‘«)] "
_CLAUSE_MARK = re.compile(r"[,.;:!?，。、；：！？،]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: Chinese and Japanese characters: scripts written without spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def word_count(text: str) -> int:
    """Space-separated words, counting two CJK characters as one word (they are written
    without spaces). Splitting on spaces is several times faster than a word regex and
    differs only on glued tokens ("U.S.-China"), which no threshold here depends on."""
    if text.isascii():
        return len(text.split())
    return len(text.split()) + len(_CJK.findall(text)) // 2


def prose_length(text: str, settings: ShapeSettings = DEFAULT_SETTINGS.shape) -> int:
    """The length of a text in Latin-script characters: a Chinese or Japanese character,
    written without spaces and holding about a word, counts `unspaced_char_weight`
    characters, so that a sentence is as long in any script."""
    if text.isascii():
        return len(text)
    unspaced = len(_UNSPACED.findall(text))
    return len(text) + unspaced * (settings.unspaced_char_weight - 1)


def has_words(text: str, minimum: int) -> bool:
    """Whether `word_count(text)` is at least `minimum` (at least 1), splitting the text no
    further than that: prose paragraphs run to hundreds of words, thresholds ask for ten."""
    return len(text.split(None, minimum - 1)) >= minimum or word_count(text) >= minimum


def ends_sentence(text: str) -> bool:
    """Whether the text ends like a sentence (or a quotation closing one), trailing
    whitespace aside (`str.rstrip` strips what a regex's \\s matches, without a scan)."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in _SENTENCE_END_CHARS


def final_char(text: str) -> str:
    """The last character before any closing quotes, brackets and spaces ("" for none):
    what tells a sentence ("...end.”") from a heading ("‘Parallel universe’")."""
    return text.rstrip(_TRAILING_MARKS)[-1:]


def clause_marks(text: str) -> int:
    """Commas, full stops and other clause punctuation: prose has many, menus none."""
    return len(_CLAUSE_MARK.findall(text))


def is_prose(text: str, settings: ShapeSettings = DEFAULT_SETTINGS.shape) -> bool:
    """Running text with sentences, as opposed to menus, labels and titles: the one
    definition of prose every stage uses (text mode refines it with stop words)."""
    if len(text) < settings.prose_min_chars and (
        text.isascii() or prose_length(text, settings) < settings.prose_min_chars
    ):
        return False
    if not has_words(text, settings.prose_min_words):
        return False
    if ends_sentence(text):
        return True
    first = _CLAUSE_MARK.search(text)  # two clause marks at least, found without counting all
    return first is not None and _CLAUSE_MARK.search(text, first.end()) is not None
