"""The language of a text when markup does not say: its script, else stop-word counts.

Scripts that belong to one language (kana, hangul, Cyrillic taken as Russian, Greek...) give
it away; Latin-script texts are told apart by how many of their words fall in each language's
stop-word profile (`data/meta_stopwords.py`).
"""

from __future__ import annotations

import re

from newsextract.data.meta_stopwords import SCRIPT_LANGUAGES, STOPWORDS
from newsextract.settings import DEFAULT_SETTINGS, LanguageSettings

_WORD = re.compile(r"[^\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile("[^\x00-\u036f]")  # past Latin: where SCRIPT_LANGUAGES' scripts are
#: Stop word -> the languages whose profile holds it.
_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in STOPWORDS.items() if word in words)
    for word in set().union(*STOPWORDS.values())
}


def guess_language(text: str, settings: LanguageSettings = DEFAULT_SETTINGS.language) -> str | None:
    """The language of a text from its script, or from stop-word counts for Latin scripts."""
    sample = text[: settings.sample_chars]
    script = _script_language(sample, settings)
    if script:
        return script
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in _WORD.findall(sample.lower()):
        for lang in _STOPWORD_LANGS.get(word, ()):
            counts[lang] += 1
    total = sum(counts.values())
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] < settings.min_hits or counts[best] < settings.min_share * total:
        return None
    return best


def _script_language(sample: str, settings: LanguageSettings) -> str | None:
    """A language given away by its script, when most letters are in that script."""
    letters = len(_LETTERS.findall(sample))
    if not letters:
        return None
    counts: dict[str, int] = {}
    for char in _NON_LATIN.findall(sample):
        code = ord(char)
        for first, last, lang in SCRIPT_LANGUAGES:
            if first <= code <= last:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts:
        return None
    if counts.get("ja", 0) / letters >= settings.min_kana_share:
        return "ja"  # kana amid kanji: Japanese, not Chinese
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] / letters >= settings.min_script_share else None
