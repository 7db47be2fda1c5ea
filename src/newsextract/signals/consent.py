"""Consent text: is a block a cookie or consent dialog's wording, in any of seven languages?

A block is consent text when it holds at least `min_cues` distinct cues of
`data/consent.py`, one of them a strong cue (the site speaking as "we and our partners", or
to the reader: "your consent", "by clicking Accept"). One cookie word is not enough: news
about cookies names them too, in the third person. The cues of every language are tried at
once, in one pass, and only on blocks holding one of the gate words (a substring search:
a regex over every block of every page cost more than the rest of the consent work).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.data.consent import GATE_WORDS, STRONG_CUES, TOPIC_CUES
from newsextract.settings import DEFAULT_SETTINGS, ConsentSettings

__all__ = ["consent_cues", "is_consent_text"]

_STRONG = tuple(cue for cues in STRONG_CUES.values() for cue in cues)
_TOPIC = tuple(cue for cues in TOPIC_CUES.values() for cue in cues)


def _closing_paren(pattern: str, start: int) -> int:
    """Index of the ")" closing the group opened at `start`."""
    depth = 0
    for index in range(start, len(pattern)):
        char = pattern[index]
        if char == "\\":
            continue
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return index
    raise ValueError(f"unbalanced group in {pattern!r}")


def _split_top(alternation: str) -> list[str]:
    """The alternatives of a group's content, split at its own "|" only."""
    parts, depth, begin = [], 0, 0
    for index, char in enumerate(alternation):
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append(alternation[begin:index])
            begin = index + 1
    return [*parts, alternation[begin:]]


def _variants(cue: str) -> list[str]:
    """`cue` with its leading alternation spelled out, so that every variant starts with a
    literal character: "(?:we|our site) use cookies" -> "we use cookies", "our site use..."."""
    if not cue.startswith("(?:"):
        return [cue]
    close = _closing_paren(cue, 0)
    if cue[close + 1 : close + 2] in ("?", "*", "+", "{"):
        raise ValueError(f"a cue may not start with an optional group: {cue!r}")
    rest = cue[close + 1 :]
    return [v for alternative in _split_top(cue[3:close]) for v in _variants(alternative + rest)]


def _cue_pattern() -> re.Pattern[str]:
    """Every cue variant as a named group ("s3_0": strong cue 3, its first variant), grouped
    by first character: at a word start the regex tries the few variants that begin with its
    letter, not all of them (an alternation of 150 cues tried everywhere cost 5 ms a block).
    The word-start assertion comes first, once: inside a word nothing is tried."""
    by_first: dict[str, list[str]] = {}
    for prefix, cues in (("s", _STRONG), ("t", _TOPIC)):
        for number, cue in enumerate(cues):
            for variant_number, variant in enumerate(_variants(cue)):
                group = f"(?P<{prefix}{number}_{variant_number}>{variant[1:]})"
                by_first.setdefault(variant[0], []).append(group)
    branches = [f"{re.escape(first)}(?:{'|'.join(groups)})" for first, groups in by_first.items()]
    return re.compile("(?<!\\w)(?:" + "|".join(branches) + ")(?!\\w)")


_CUES = _cue_pattern()


def consent_cues(text: str) -> tuple[int, int]:
    """The distinct strong and topic cues `text` holds (remembered: locate, label and
    assemble ask about the same blocks)."""
    return _consent_cues(text)


@lru_cache(maxsize=4096)
def _consent_cues(text: str) -> tuple[int, int]:
    lowered = text.lower()
    if not any(word in lowered for word in GATE_WORDS):
        return 0, 0
    folded = " ".join(lowered.split())
    found = {(match.lastgroup or "").partition("_")[0] for match in _CUES.finditer(folded)}
    strong = sum(1 for name in found if name.startswith("s"))
    return strong, len(found) - strong


def is_consent_text(text: str, settings: ConsentSettings = DEFAULT_SETTINGS.consent) -> bool:
    """Whether a block is the wording of a cookie or consent dialog."""
    strong, topic = consent_cues(text)
    return strong >= 1 and strong + topic >= settings.min_cues
