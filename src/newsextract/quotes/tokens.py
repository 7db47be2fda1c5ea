"""A block as attribution reads it: the words outside its quotes, and its sentences.

Attribution must never read inside a quote ("I never said that," she said: the first "said"
is quoted speech, not a speech verb), so each block's quoted characters are masked first: a
placeholder of the same length keeps every offset valid. The masked text is cut into tokens
(words with their offsets, original and lowercase forms: parallel tuples) and into
sentences. A sentence ends at ".", "!", "?" or "…" followed by a capital, a digit or an
opening mark, unless the full stop ends an abbreviation ("Dr.", "Sen.") or an initial; a
quote ending in a full stop ends its sentence too. Clauses never span a quotation mark: the
marks' offsets are kept as barriers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newsextract.data import speech
from newsextract.quotes.marks import DOUBLE_MARKS, SINGLE_MARKS, SPACES, QuotedSpan
from newsextract.settings import QuoteSettings

#: Stands in for quoted words, so attribution never reads inside quotes.
MASK = "\x00"
_TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*")
_SENTENCE_STOP_RE = re.compile(r"[.!?\u2026]+[)\]\"”’»]*\s+")
_NEXT_WORD_RE = re.compile(r"\s+(\S)")
_OPENING_CHARS = "\"“„«»‘‚'¿¡(["


@dataclass(frozen=True, slots=True)
class MaskedBlock:
    """One context block prepared for attribution: quotes masked, tokens, sentences.

    Token k is the word `words[k]` (`lowers[k]` lowercased, "’" read as "'") from offset
    `starts[k]` to `ends[k]`. Four tuples a block rather than a record a word: the garbage
    collector counts every tuple allocated, and a record a word was half of a page's."""

    index: int
    masked: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    lowers: tuple[str, ...]
    sentence_starts: tuple[int, ...]
    barriers: tuple[int, ...]  # positions of quotation marks: a clause never spans them

    def sentence_start(self, position: int) -> int:
        return self.sentence_starts[bisect_right(self.sentence_starts, position) - 1]

    def sentence_end(self, position: int) -> int:
        """Start of the sentence after `position` (or the end of the text)."""
        following = bisect_right(self.sentence_starts, position)
        if following < len(self.sentence_starts):
            return self.sentence_starts[following]
        return len(self.masked)

    def first_token_at(self, position: int) -> int:
        """Index of the first token starting at or after `position`."""
        return bisect_right(self.starts, position - 1)

    def gap(self, k: int) -> str:
        """The text between token k-1 and token k."""
        start = self.ends[k - 1] if k > 0 else 0
        return self.masked[start : self.starts[k]]

    def barrier_before(self, position: int) -> int:
        """Where a clause ending at `position` may start: after the last quotation mark."""
        index = bisect_right(self.barriers, position) - 1
        return self.barriers[index] + 1 if index >= 0 else 0


def _masked(text: str, spans: Sequence[QuotedSpan]) -> str:
    pieces: list[str] = []
    last = 0
    for span in spans:
        end = span.close if span.close is not None else len(text)
        pieces.append(text[last : span.open + 1])
        pieces.append(MASK * (end - span.open - 1))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _is_abbreviation(masked: str, dot: int, window: int) -> bool:
    """Whether the full stop at `dot` ends an abbreviation or an initial, not a sentence."""
    word = re.search(r"\w+$", masked[max(0, dot - window) : dot])
    return word is not None and (
        word.group().lower() in speech.ABBREVIATIONS
        or (len(word.group()) == 1 and word.group().isupper())
    )


def _sentence_starts(
    text: str, masked: str, spans: Sequence[QuotedSpan], abbreviation_chars: int
) -> tuple[int, ...]:
    """Where sentences start, reading outside quotes; a quote ending in "." ends one too."""
    starts = {0}
    for match in _SENTENCE_STOP_RE.finditer(masked):
        following = masked[match.end() : match.end() + 1]
        if not following or not (
            following.isupper() or following.isdigit() or following in _OPENING_CHARS
        ):
            continue
        if masked[match.start()] == "." and _is_abbreviation(
            masked, match.start(), abbreviation_chars
        ):
            continue
        starts.add(match.end())
    for span in spans:
        if span.close is None:
            continue
        inner = text[span.open + 1 : span.close].rstrip(SPACES + DOUBLE_MARKS + SINGLE_MARKS)
        word = _NEXT_WORD_RE.match(text, span.close + 1)
        if (
            inner.endswith(".")
            and word is not None
            and (word.group(1).isupper() or word.group(1) in _OPENING_CHARS)
        ):
            starts.add(word.start(1))
    return tuple(sorted(starts))


def _token_spans(masked: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of a block's words."""
    spans = [match.span() for match in _TOKEN_RE.finditer(masked)]
    if not spans:
        return (), ()
    starts, ends = zip(*spans, strict=True)
    return starts, ends


def mask_block(
    block: int, text: str, spans: Sequence[QuotedSpan], settings: QuoteSettings
) -> MaskedBlock:
    """Block `block` (its `text` and quoted `spans`) prepared for attribution."""
    masked = _masked(text, spans)
    lowered = masked.lower().replace("’", "'")
    if len(lowered) != len(masked):  # a few letters change length in lowercase ("İ")
        lowered = "".join(c.lower()[:1] for c in masked).replace("’", "'")
    starts, ends = _token_spans(masked)
    barriers = sorted(
        {span.open for span in spans} | {span.close for span in spans if span.close is not None}
    )
    return MaskedBlock(
        block,
        masked,
        starts,
        ends,
        tuple(map(masked.__getitem__, map(slice, starts, ends))),
        tuple(map(lowered.__getitem__, map(slice, starts, ends))),
        _sentence_starts(text, masked, spans, settings.abbreviation_chars),
        tuple(barriers),
    )
