"""Text read in the wrong charset: how much of a decoded text looks like mojibake.

A page that declares a charset it is not written in (a template's `<meta charset>` kept
when the text was pasted from elsewhere, a server default) decodes without error whenever
the declared charset is single-byte: every byte is some character. The result is mojibake,
and it has a shape real text never has, whatever its language:

- one word mixing scripts: "approuvй" (French read as windows-1251), "汯ﾒﾉﾑ" (KOI8-R read
  as Shift_JIS), "d硊giej" (Polish read as GB18030), but for the ASCII words CJK text glues
  to its characters ("PCを");
- Latin-1 symbols and C1 controls inside words: "¼­¿ï½Ã" (Korean read as windows-1252),
  "d³ugiej" (Polish read as windows-1252);
- a lowercase letter followed by an uppercase one inside a word: "лЩПХЪ" (windows-1251
  read as KOI8-R, which swaps the cases);
- words mostly made of accented Latin letters: "Ìýðèÿ" (Russian read as windows-1252);
- half-width katakana standing alone (single-byte text read as Shift_JIS);
- mostly uppercase letters outside ASCII (KOI8-R read as windows-1251 and back);
- Han characters separated by spaces: Chinese is written without them, Korean with them,
  so Korean read as GB18030 gives "辑匡矫 拳夸老".

`misread_share` measures these on a sample, from 0 (reads as text) to 1 (all mojibake). The
charset reader asks it only when a declared legacy charset decodes, and compares the
declaration's reading with the detector's.
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsextract.settings import DEFAULT_SETTINGS, DecodeSettings

#: Letters of each script, as regex character-class contents. Han and kana are one class:
#: Japanese mixes them in every word.
_SCRIPTS = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",  # Latin
    "\u0400-\u04ff",  # Cyrillic
    "\u0370-\u03ff\u1f00-\u1fff",  # Greek
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",  # Han and kana
    "\uff66-\uff9f",  # half-width katakana
    "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f",  # Hangul
    "\u0600-\u06ff",  # Arabic
    "\u0590-\u05ff",  # Hebrew
    "\u0e00-\u0e7f",  # Thai
)
_SCRIPT_RES = tuple(re.compile(f"[{letters}]") for letters in _SCRIPTS)
_LATIN, _HAN_KANA, _HALF_WIDTH_KANA, _HANGUL = (_SCRIPT_RES[i] for i in (0, 3, 4, 5))
#: Scripts written without spaces around embedded ASCII words ("PCをCtrl", "PC를").
_GLUED_TO_ASCII = (_HAN_KANA, _HANGUL)
#: A word holding at least one non-ASCII character other than a space: a run without
#: whitespace, ASCII punctuation or digits. Each run is one match, so the scan is linear.
_WORD = re.compile(r"[^\s!-@\[-`{-~]*[^\s\x00-\x7f][^\s!-@\[-`{-~]*")
#: C1 controls, the Latin-1 symbols real text hardly uses (not the quotes, degree, ordinal,
#: currency, legal and Spanish marks, the soft hyphen or the fractions people do write),
#: the multiplication and division signs, box drawing and block shapes (KOI8-R's upper
#: half), U+FFFD. Most bytes of a multi-byte charset read as a single-byte one are these or
#: accented letters.
_ODD_CHAR = re.compile(
    "[\u0080-\u009f\u00a4\u00a6\u00a8\u00ac\u00af\u00b1\u00b5\u00b6\u00b8\u00b9\u00be"
    "\u00d7\u00f7\u2320\u2321\u2500-\u25ff\ufffd]"
)
#: A Latin-1 symbol between two letters: real text writes "m²" and "¿Qué", never "d³u".
#: Not the soft hyphen (a hyphenation hint), the acute accent (typed for an apostrophe:
#: "rx´d") or the middle dot (Catalan "l·l").
_SYMBOL_IN_WORD = re.compile(
    r"(?<=[^\W\d_])[\u00a1-\u00ac\u00ae-\u00b3\u00b5\u00b6\u00b8-\u00bf\u00d7\u00f7](?=[^\W\d_])"
)
#: A CJK character inside a lowercase Latin word: CJK text glues whole ASCII words to its
#: characters ("iPhone手机"), never splits one.
_CJK_IN_LATIN_WORD = re.compile("[a-z][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][a-z]")
_NON_ASCII_LATIN = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_HAN = re.compile("[\u4e00-\u9fff]")
_SPACED_HAN = re.compile("[\u4e00-\u9fff] [\u4e00-\u9fff]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_FIRST_NON_ASCII = re.compile("[^\x00-\x7f]")


def misread_share(text: str, settings: DecodeSettings = DEFAULT_SETTINGS.decode) -> float:
    """The share of the characters of non-ASCII words, in a sample of `text`, that belong to
    mojibake-shaped words (0-1), raised by the text-wide signs (uppercase letters, spaced
    Han) when they say more; 0 when the sample holds too few such characters to tell."""
    sample = _sample(text, settings.misread_sample_chars)
    words = _WORD.findall(sample)
    total = sum(len(word) for word in words)
    if total < settings.misread_min_chars:
        return 0.0
    share = sum(len(word) for word in words if _misread_word(word)) / total
    letters = _NON_ASCII_LETTER.findall(sample)
    if len(letters) >= settings.misread_min_cased:
        upper = sum(1 for letter in letters if letter.isupper()) / len(letters)
        if upper > settings.misread_max_upper:
            share = 1.0
    han = len(_HAN.findall(sample))
    if han >= settings.misread_min_chars:
        share = max(share, min(1.0, 2 * len(_SPACED_HAN.findall(sample)) / han))
    return share


def _sample(text: str, size: int) -> str:
    """`size` characters from the first non-ASCII one: the markup before says nothing."""
    first = _FIRST_NON_ASCII.search(text)
    start = first.start() if first else 0
    return text[start : start + size]


def _misread_word(word: str) -> bool:
    """Whether one word has a shape only mojibake has (see the module docstring)."""
    scripts = [script for script in _SCRIPT_RES if script.search(word)]
    if (
        len(scripts) == 2
        and scripts[0] is _LATIN
        and scripts[1] in _GLUED_TO_ASCII
        and _NON_ASCII_LATIN.search(word) is None
    ):
        scripts = scripts[1:]
    if len(scripts) > 1 or _case_flip(word):
        return True
    if scripts and _ODD_CHAR.search(word):  # symbols alone ("▼", ASCII art) are no words
        return True
    if _SYMBOL_IN_WORD.search(word):  # "d³ugiej", "bud¿et": Polish read as windows-1252
        return True
    if _CJK_IN_LATIN_WORD.search(word):  # "d硊giej": Polish read as GB18030
        return True
    if scripts == [_HALF_WIDTH_KANA]:
        return True
    accented = len(_NON_ASCII_LATIN.findall(word))
    return accented >= 2 and 2 * accented > len(word)


def _case_flip(word: str) -> bool:
    """A lowercase letter directly followed by an uppercase one, one of them non-ASCII
    ("лЩПХЪ"; ASCII camel case, "YouTube", is a name)."""
    return any(
        a.islower() and b.isupper() and not (a.isascii() and b.isascii()) for a, b in pairwise(word)
    )
