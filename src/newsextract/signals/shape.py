"""The shape of a piece of text: is it prose, a heading, a fragment? Language-agnostic cues.

Used by content location (HTML) and by line classification (text), so both paths judge text
the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.settings import DEFAULT_SETTINGS, ShapeSettings
from newsextract.signals.strings import CJK_CHAR, MEMO_MAX_CHARS

#: The marks that stop a sentence in Latin, CJK and Arabic scripts (what a line cut
#: mid-sentence does not end on).
SENTENCE_STOPS = frozenset(".!?…。！？؟")
#: Sentence-final punctuation in Latin, CJK, Arabic, Devanagari and Armenian scripts, and
#: the closing quotes and brackets that may follow it.
_SENTENCE_END_CHARS = SENTENCE_STOPS | frozenset("।:;\"'”’»)]")
#: Quotes and brackets that may close a sentence or a heading, and spaces.
_TRAILING_MARKS = "\"'”’»“‘«)] "
_CLAUSE_MARK = re.compile(r"[,.;:!?，。、；：！？،]")
#: Chinese and Japanese characters: scripts written without spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
#: Thai, Lao, Myanmar and Khmer letters: scripts that put no space between words, a space
#: between phrases, and no full stop at the end of a sentence.
_PHRASE_SPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: Letters of those scripts per word, on average (Thai words run 4-6 letters with marks).
_PHRASED_LETTERS_PER_WORD = 5
#: Hangul syllables: Korean spaces its words, each syllable holding more than a letter.
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def word_count(text: str) -> int:
    """Space-separated words, counting two CJK characters as one word and five Thai, Lao,
    Khmer or Myanmar letters as one (these scripts are written without spaces between
    words). Splitting on spaces is several times faster than a word regex and differs only
    on glued tokens ("U.S.-China"), which no threshold here depends on.

    Remembered per text: locating, labelling and assembling count the same block's words
    three times on average. Texts over `MEMO_MAX_CHARS` have a small cache of their own, so
    that the cache never holds many long texts. A string lxml made (which knows its
    element) is remembered as a plain copy, so that no cache keeps a page's tree alive."""
    text = str(text)
    if len(text) > MEMO_MAX_CHARS:
        return _long_word_count(text)
    return _short_word_count(text)


def _count_words(text: str) -> int:
    """`word_count`, not remembered."""
    words = len(text.split())
    if text.isascii():
        return words
    words += len(CJK_CHAR.findall(text)) // 2
    phrased = _PHRASE_SPACED.search(text)
    if phrased is not None:
        words += len(_PHRASE_SPACED.findall(text, phrased.start())) // _PHRASED_LETTERS_PER_WORD
    return words


#: Long texts are remembered too, a few of them: counting CJK characters costs ~0.15 us each
#: (a 100,000-character block of them, 15 ms a time).
_long_word_count = lru_cache(maxsize=64)(_count_words)
#: A page's blocks fit (a page asks about ~30 distinct texts).
_short_word_count = lru_cache(maxsize=1024)(_count_words)


def prose_length(text: str, settings: ShapeSettings = DEFAULT_SETTINGS.shape) -> int:
    """The length of a text in Latin-script characters: a Chinese or Japanese character,
    written without spaces and holding about a word, counts `unspaced_char_weight`
    characters, a Hangul syllable `hangul_char_weight`, so that a sentence is as long in
    any script."""
    if text.isascii():
        return len(text)
    unspaced = len(_UNSPACED.findall(text))
    hangul = len(_HANGUL.findall(text))
    weighted = unspaced * (settings.unspaced_char_weight - 1)
    return len(text) + weighted + int(hangul * (settings.hangul_char_weight - 1))


#: A stop (the last of a run), the quotes closing it, spaces, and the next sentence's first
#: letter (maybe behind an opening quote or bracket); or a CJK stop with something after it.
#: Each run is matched whole, never retried from inside (`(?!...)` after it): linear time
#: on runs of dots or spaces.
_STOP_THEN_LETTER = re.compile(
    r"(?P<stop>[.!?…])(?![.!?…])[\"'”’»)\]]*(?![\"'”’»)\]])\s+(?!\s)"
    r"[\"'“„«‘(]?(?P<next>[^\W\d_])|[。！？](?=\S)"
)
#: The word a full stop ends: an abbreviation when capitalized and this short ("Mr.",
#: "Gov.", "Capt.") or dotted inside ("U.S."), an initial when one letter.
_ABBREVIATION_MAX_CHARS = 4


def sentence_count(text: str) -> int:
    """How many sentences a paragraph holds: its sentence breaks plus one. A stop followed
    by a lower-case letter, a digit or a dash is no break ("e.g. this", "Nov. 18",
    "PLYMOUTH, Mich. - Matt"), nor a full stop after an initial or an abbreviation ("Gov.
    Gavin Newsom", "the U.S. Senate").

    >>> sentence_count("Mitte Mai kommen die Eisheiligen. Aber was steckt dahinter?")
    2
    >>> sentence_count("PLYMOUTH, Mich. - Gov. Ann Lee said on Nov. 18 the U.S. Army had left.")
    1
    """
    breaks = 0
    for match in _STOP_THEN_LETTER.finditer(text):
        following = match.group("next")
        if following is None:
            breaks += 1  # a CJK stop
        elif following.isupper() and (
            match.group("stop") != "." or not _abbreviation(_word_before(text, match.start()))
        ):
            breaks += 1
    return breaks + 1


def _word_before(text: str, end: int) -> str:
    """The last word of `text[:end]` (spaces after it aside), read back from `end` alone: a
    long paragraph is not copied once per sentence break (that was quadratic)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _abbreviation(word: str) -> bool:
    """Whether the word (a full stop follows it) is an initial or an abbreviation: one
    letter, a short capitalized word, or dotted inside ("U.S")."""
    word = word.lstrip("\"'“„«‘(")
    return (
        len(word) <= 1
        or "." in word
        or (word[:1].isupper() and word.isalpha() and len(word) <= _ABBREVIATION_MAX_CHARS)
    )


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


@lru_cache(maxsize=1024)
def is_prose(text: str, settings: ShapeSettings = DEFAULT_SETTINGS.shape) -> bool:
    """Running text with sentences, as opposed to menus, labels and titles: the one
    definition of prose every stage uses (text mode refines it with stop words).

    Memoized (a page's few hundred blocks fit): locating, labelling and assembling ask it of
    the same block three times on average."""
    if len(text) < settings.prose_min_chars and (
        text.isascii() or prose_length(text, settings) < settings.prose_min_chars
    ):
        return False
    if not has_words(text, settings.prose_min_words):
        return False
    if ends_sentence(text):
        return True
    first = _CLAUSE_MARK.search(text)  # two clause marks at least, found without counting all
    if first is not None and _CLAUSE_MARK.search(text, first.end()) is not None:
        return True
    return _phrases_of_unspaced_script(text)


def _phrases_of_unspaced_script(text: str) -> bool:
    """Thai (Lao, Khmer, Myanmar) prose: mostly letters of those scripts, phrases parted by
    spaces, as other scripts part clauses by commas; it ends with no punctuation."""
    if text.isascii() or _PHRASE_SPACED.search(text) is None:
        return False
    return text.count(" ") >= 2 and 2 * len(_PHRASE_SPACED.findall(text)) >= len(text)
