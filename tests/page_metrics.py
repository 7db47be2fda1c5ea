"""Scores for the real-page tests: the body metric and the metadata field matches.

Body (the scrapinghub article-extraction benchmark's metric, as the bench README defines it):
tokens are runs of word characters (``\\w+``), case kept; a text is a bag (multiset) of its
4-token windows, and a text of fewer than 4 tokens is one short window. Per page, the shared
windows are true positives, the predicted ones not in the gold false positives, the gold ones
not predicted false negatives. A page where prediction and gold agree completely (no false
positive and no false negative, including both empty) scores 1. Over a set, precision is
averaged over the pages that output anything, recall over the pages whose gold is not empty,
and the set's F1 is the harmonic mean of the two averages; ``mean_f1`` is the plain mean of the
per-page F1.

Metadata (the rules of ``benchmarks/run.py``, so the figures compare with the benchmark's):

- title: the token sets (NFKC, casefolded ``\\w+`` runs) overlap with F1 >= 0.8;
- authors: F1 of the name tokens (filler words such as "by", "and", "von", tokens with digits
  and one-letter tokens dropped) of the gold byline or author list and of all predicted authors;
- published: the same calendar day, as written (no time-zone conversion) or in UTC;
- standfirst: as the title; subheads: F1 of the sets of subheads (token-normalized).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

SHINGLE = 4
TITLE_MIN_F1 = 0.8
NAME_FILLER = frozenset({"by", "and", "with", "par", "et", "avec", "von", "und", "mit", "por", "y"})

_WORD = re.compile(r"\w+")
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"  # the day as written
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"  # time, offset
)


# ----------------------------------------------------------------------------- body
def words(text: str | None) -> list[str]:
    return _WORD.findall(text or "")


def shingle_bag(text: str | None) -> Counter[tuple[str, ...]]:
    tokens = words(text)
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(zip(*(tokens[i:] for i in range(SHINGLE)), strict=False))


@dataclass(frozen=True, slots=True)
class BodyScore:
    """One page's shingle counts and the precision, recall and F1 they give."""

    tp: int
    fp: int
    fn: int

    @property
    def has_output(self) -> bool:
        return self.tp + self.fp > 0

    @property
    def has_gold(self) -> bool:
        return self.tp + self.fn > 0

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.has_output else 0.0

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.has_gold else 0.0

    @property
    def f1(self) -> float:
        return harmonic(self.precision, self.recall)


def harmonic(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b else 0.0


def body_score(gold: str | None, predicted: str | None) -> BodyScore:
    expected, got = shingle_bag(gold), shingle_bag(predicted)
    shared = sum((expected & got).values())
    return BodyScore(shared, sum(got.values()) - shared, sum(expected.values()) - shared)


def body_figures(scores: Sequence[BodyScore]) -> dict[str, float]:
    """Set precision, recall, F1 (of the averages) and the mean per-page F1."""
    precision = _mean(s.precision for s in scores if s.has_output)
    recall = _mean(s.recall for s in scores if s.has_gold)
    return {
        "precision": precision,
        "recall": recall,
        "f1": harmonic(precision, recall),
        "mean_f1": _mean(s.f1 for s in scores),
    }


def _mean(values: Iterable[float]) -> float:
    listed = list(values)
    return statistics.fmean(listed) if listed else 0.0


# ----------------------------------------------------------------------------- metadata
def norm_tokens(text: str | None) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())


def set_f1(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def title_matches(gold: str, predicted: str | None) -> bool:
    return set_f1(set(norm_tokens(gold)), set(norm_tokens(predicted))) >= TITLE_MIN_F1


def name_tokens(names: str | Sequence[str]) -> set[str]:
    text = names if isinstance(names, str) else " ".join(names)
    return {
        t
        for t in norm_tokens(text)
        if len(t) > 1 and t not in NAME_FILLER and not any(c.isdigit() for c in t)
    }


def authors_f1(gold: str | Sequence[str], predicted: Sequence[str]) -> float:
    return set_f1(name_tokens(gold), name_tokens(predicted))


def _days(value: str | datetime) -> tuple[date, date | None] | None:
    """The calendar day as written, and the day in UTC when the time and offset are known."""
    if isinstance(value, datetime):
        moment = value
    else:
        match = _DATE_TIME.search(value)
        if not match:
            return None
        year, month, day, hour, minute, second, offset = match.groups()
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
        moment = moment.replace(second=int(second or 0))
        if hour and offset:
            moment = moment.replace(tzinfo=_offset(offset))
    in_utc = moment.astimezone(timezone.utc).date() if moment.tzinfo is not None else None
    return moment.date(), in_utc


def _offset(text: str) -> timezone:
    if text == "Z":
        return timezone.utc
    digits = text[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return timezone(-delta if text.startswith("-") else delta)


def same_day(gold: str, predicted: datetime | None) -> bool:
    """Whether a predicted date falls on the gold's day, as written or in UTC."""
    expected = _days(gold)
    got = _days(predicted) if predicted is not None else None
    if expected is None or got is None:
        return False
    return expected[0] == got[0] or (expected[1] is not None and expected[1] == got[1])


def subheads_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    def key(items: Sequence[str]) -> set[str]:
        return {" ".join(norm_tokens(item)) for item in items} - {""}

    return set_f1(key(gold), key(predicted))
