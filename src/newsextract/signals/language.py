"""The language of a text when markup does not say: its script, else its stop words.

Scripts that belong to one language (kana, hangul, Greek...) give it away; a script several
languages write (Cyrillic: Russian, Ukrainian, Bulgarian, Serbian; Arabic and Persian) goes
to the one of them whose stop words the text uses most. Latin-script texts go to the
language whose stop words (`data/stopwords.py`) they use most, when those are frequent
enough to be that language's prose and not a few shared words. Texts are read composed
(NFC), as the lists are written. The HTML metadata, the text metadata and the text path's
line shapes all ask this one guess, and the text path takes the same table's words for the
language (`stop_words_of`, for the languages its line shapes were measured on).
"""

from __future__ import annotations

import re
from collections import Counter

from newsextract.data.stopwords import (
    LINE_SHAPE_LANGUAGES,
    SCRIPT_KIN,
    SCRIPT_LANGUAGES,
    STOP_WORDS,
)
from newsextract.settings import DEFAULT_SETTINGS, LanguageSettings
from newsextract.signals.strings import LETTER_RUN, WEB_ADDRESS, composed

_LETTERS = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile("[^\x00-\u036f]")  # past Latin: where SCRIPT_LANGUAGES' scripts are
#: Stop word -> the languages whose list holds it.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in STOP_WORDS.items() if word in words)
    for word in set().union(*STOP_WORDS.values())
}


def guess_language(text: str, settings: LanguageSettings = DEFAULT_SETTINGS.language) -> str | None:
    """The language of a text from its script, or from its stop words in Latin scripts;
    None when neither is telling."""
    sample = composed(_sample(text, settings))
    script = _script_language(sample, settings)
    if script and script not in SCRIPT_KIN:
        return script
    words = LETTER_RUN.findall(sample.lower())
    hits = _stop_word_hits(words)
    if script:
        return max(SCRIPT_KIN[script], key=hits.__getitem__)  # the first on a tie
    best = max(hits, key=hits.__getitem__)
    if hits[best] < settings.min_hits or hits[best] < settings.min_word_share * len(words):
        return None
    return best


def _sample(text: str, settings: LanguageSettings) -> str:
    """The text's first `sample_chars` characters, web addresses left out: a Markdown dump's
    link targets ("https://www.example.com/...") are no language's words, and their "com",
    "a", "i" read as Catalan stop words (130 of dragnet's 1,381 Markdown twins were "ca")."""
    reach = settings.sample_chars * settings.address_reach
    if "://" not in text[:reach] and "www." not in text[:reach]:
        return text[: settings.sample_chars]
    return WEB_ADDRESS.sub(" ", text[:reach])[: settings.sample_chars]


def stop_word_share(text: str) -> float:
    """The largest share of a text's words (runs of letters) that are stop words of one
    language (0 for a text without words): prose holds 0.3-0.5, code and lists little.

    >>> round(stop_word_share("We thank all of you who tested it and sent reports."), 2)
    0.64
    >>> stop_word_share("response.json().then(render);")
    0.25
    """
    words = LETTER_RUN.findall(composed(text).lower())
    if not words:
        return 0.0
    return max(_stop_word_hits(words).values()) / len(words)


def _stop_word_hits(words: list[str]) -> dict[str, int]:
    """How many of the (lowercased) words are stop words, per language."""
    hits = dict.fromkeys(STOP_WORDS, 0)
    for word, count in Counter(words).items():
        for lang in _LANGUAGES_OF.get(word, ()):
            hits[lang] += count
    return hits


def is_stop_word(word: str) -> bool:
    """Whether the word is a stop word of some language ("The", "die", "le").

    >>> is_stop_word("The"), is_stop_word("Becky")
    (True, False)
    """
    return word_key(word) in _LANGUAGES_OF


def word_key(word: str) -> str:
    """A word as the stop-word lists hold it: composed (NFC) and casefolded.

    >>> word_key("Cu\u0309a")
    'của'
    """
    return composed(word).casefold()


def stop_words_of(language: str | None) -> frozenset[str] | None:
    """The stop words of a language for text mode's line shapes, or None when there is no
    list for it or its prose was not measured against them (`LINE_SHAPE_LANGUAGES`)."""
    return STOP_WORDS[language] if language and language in LINE_SHAPE_LANGUAGES else None


def _script_language(sample: str, settings: LanguageSettings) -> str | None:
    """A language given away by its script, when most letters are in that script."""
    counts: dict[str, int] = {}
    for char in _NON_LATIN.findall(sample):
        code = ord(char)
        for first, last, lang in SCRIPT_LANGUAGES:
            if first <= code <= last:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts:
        return None
    letters = len(_LETTERS.findall(sample))
    if not letters:
        return None  # marks and digits of those scripts, no letter
    if counts.get("ja", 0) / letters >= settings.min_kana_share:
        return "ja"  # kana amid kanji: Japanese, not Chinese
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] / letters >= settings.min_script_share else None
