"""Quotation marks: which words of a block are quoted.

Marks come in families: double (“ ” " „), guillemets (« » and the German »…«),
single-guillemets (‹ ›) and single (‘ ’ ' ‚). The scanner walks a block's runs of marks left
to right. Outside a quote, a mark opens one when it sits between a space (or an opening
bracket, a dash) and a word; single marks open only before a letter, so the apostrophes of
"’90s" or "the Russians' favourite" never do. Inside a quote only the closers of its own
family count, so nested ‘…’ stay part of the outer quote; a closer closes when it follows a
word, and guillemets close whatever their neighbours (their direction is in the glyph).
Reading direction from neighbours rather than from the glyph pairs up “…”, „…“, "…", ”…"
and mixed “…" alike.

Spanish, Portuguese, Italian and French also write speech as dialogue: a paragraph opening
with a dash ("— Vamos a ganar —dijo Ana." or "— Vamos a ganar, dijo Ana."). Such a paragraph
is a quote up to the dash or comma followed by a speech verb of those languages, and the
words after the attribution's closing dash ("—dijo Ana—. Nunca lo haré.") are a quote too.
Without a speech verb after a dash or comma, a paragraph opening with a dash is no quote
(a signature, a list).

A quote still open at the end of a paragraph is kept only when the next body paragraph opens
with a quotation mark: the news convention for a quote running over several paragraphs, each
paragraph its own entry. Quoted words then become quotations unless they are scare quotes
(fewer than `QuoteSettings.min_words`), a title ("Takin' It To The Streets": Title Case, no
final punctuation) or an untyped heading that ends in a quote.

The scanner visits each run of marks once; the regex is linear-time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from typing import NamedTuple

from newsextract.data import speech
from newsextract.model import Block, BlockKind
from newsextract.settings import QuoteSettings

#: Blocks whose quotes are reported.
QUOTABLE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM})
#: Untyped crossheads arrive as these kinds (a heading inside <li>, a line of plain text).
_HEADING_PRONE = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
#: Blocks read for the people a story introduces (the standfirst often names them first).
_CONTEXT_KINDS = QUOTABLE_KINDS | {BlockKind.STANDFIRST}

_PUNCTUATION_AROUND_WORDS = "\"'“”‘’«»„()[],.;:!?-–—"
_SENTENCE_PUNCTUATION = (".", "!", "?", "\u2026", ",", ";", ":")

DOUBLE_MARKS = '\u201c\u201d\u201e\u201f"'  # “ ” „ ‟ "
GUILLEMET_MARKS = "\u00ab\u00bb"  # « »
_SINGLE_GUILLEMET_MARKS = "\u2039\u203a"  # ‹ ›
SINGLE_MARKS = "\u2018\u2019\u201a\u201b'"  # ‘ ’ ‚ ‛ '
_SINGLE_OPENERS = "\u2018\u201a\u201b'"
MARKS_RE = re.compile(
    f"[{re.escape(DOUBLE_MARKS + GUILLEMET_MARKS + _SINGLE_GUILLEMET_MARKS + SINGLE_MARKS)}]+"
)
#: Spaces around quotation marks, the narrow and no-break ones of French typography included.
SPACES = " \t\n\r\u00a0\u2009\u202f"
#: Dashes opening dialogue, and closing it before its attribution (with the comma).
DIALOGUE_DASHES = "\u2014\u2015\u2013"  # — ― –
_DIALOGUE_CLOSERS_RE = re.compile(f"[{DIALOGUE_DASHES},][ \u00a0]*(\\w+)(?:[ \u00a0]+(\\w+))?")
#: The words an attribution after dialogue starts with ("—dijo", "—afirmou", "—ha detto").
_DIALOGUE_VERBS = frozenset().union(*(speech.SPEECH_VERBS[x] for x in speech.DIALOGUE_LANGUAGES))
_DIALOGUE_AUXILIARIES = frozenset().union(
    *(speech.AUXILIARIES[x] for x in speech.DIALOGUE_LANGUAGES)
)
_DIALOGUE_PARTICIPLES = frozenset().union(
    *(speech.SPEECH_PARTICIPLES[x] for x in speech.DIALOGUE_LANGUAGES)
)
_FINAL_PUNCTUATION = ".!?\u2026"
_RESUME_PUNCTUATION_RE = re.compile(r"[\s.,;:]*")
_OPEN_CONTEXT = "([{<\u2014\u2013-/:;\u2026"
_CLOSE_CONTEXT = ".,;:!?)]}>\u2014\u2013-/\u2026"


class QuotedSpan(NamedTuple):
    """A quoted span found by the scanner, in one block (a named tuple: cheap to make)."""

    block: int
    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None when the quote runs to block end


class MarkFamily(Enum):
    """A family of quotation marks (its value: the marks): a quote closes in its own family."""

    DOUBLE = DOUBLE_MARKS
    GUILLEMET = GUILLEMET_MARKS
    SINGLE_GUILLEMET = _SINGLE_GUILLEMET_MARKS
    SINGLE = SINGLE_MARKS


_FAMILY_OF = {mark: family for family in MarkFamily for mark in family.value}
#: Families whose glyph tells its direction: they close a quote whatever their neighbours.
_DIRECTIONAL = (MarkFamily.GUILLEMET, MarkFamily.SINGLE_GUILLEMET)
#: The marks that close a quote, per opening mark. Guillemets close with the other glyph,
#: whichever way round the language uses them («…» in French, »…« in German).
_CLOSING_MARKS = {
    **{mark: frozenset(DOUBLE_MARKS) for mark in DOUBLE_MARKS},
    **{mark: frozenset(GUILLEMET_MARKS) - {mark} for mark in GUILLEMET_MARKS},
    **{mark: frozenset(_SINGLE_GUILLEMET_MARKS) - {mark} for mark in _SINGLE_GUILLEMET_MARKS},
    **{mark: frozenset(SINGLE_MARKS) - {"\u201a"} for mark in SINGLE_MARKS},
}


def _after_opening(text: str, end: int, guillemet: bool) -> str | None:
    """The character after an opening mark; French guillemets skip their inner space."""
    if guillemet and end < len(text) and text[end] in "\u00a0\u202f\u2009 ":
        end += 1
    return text[end] if end < len(text) else None


def _can_open(before: str | None, after: str | None) -> bool:
    return (
        after is not None
        and after not in SPACES
        and (before is None or before in SPACES or before in _OPEN_CONTEXT)
    )


def _can_close(before: str | None, after: str | None) -> bool:
    return (
        before is not None
        and before not in SPACES
        and (after is None or after in SPACES or after in _CLOSE_CONTEXT)
    )


def _closing(family: MarkFamily, before: str | None, after: str | None) -> bool:
    """Whether a closer of the open quote's family, between these neighbours, closes it.

    Guillemets always close (their direction is in the glyph); other marks close when they
    follow a word, or when nothing else makes sense ("recall,”he" with a missing space).
    """
    if family in _DIRECTIONAL or _can_close(before, after):
        return True
    return before is not None and before not in SPACES and not _can_open(before, after)


def _opens(mark: str, before: str | None, after: str | None) -> bool:
    """Whether `mark` opens a quote between these neighbours.

    Single marks open only before a letter, so the apostrophes of "’90s" or "the Russians'
    favourite" never open a quote.
    """
    if mark in SINGLE_MARKS and (
        mark not in _SINGLE_OPENERS or after is None or not after.isalpha()
    ):
        return False
    return _can_open(before, after)


def scan_marks(text: str, block: int) -> list[QuotedSpan]:
    """Every quoted span of one block, outermost only, in order."""
    spans: list[QuotedSpan] = []
    family: MarkFamily | None = None
    closers: frozenset[str] = frozenset()
    open_at = 0
    for match in MARKS_RE.finditer(text):
        run, start, end = match.group(), match.start(), match.end()
        before = text[start - 1] if start else None
        if family is None:
            mark = run[0]
            opening = _FAMILY_OF[mark]
            if _opens(mark, before, _after_opening(text, end, opening in _DIRECTIONAL)):
                family, closers, open_at = opening, _CLOSING_MARKS[mark], start
            continue
        closer = next((i for i, mark in enumerate(run) if mark in closers), None)
        after = text[end] if end < len(text) else None
        if closer is not None and _closing(family, before, after):
            spans.append(QuotedSpan(block, open_at, start + closer))
            family = None
    if family is not None:
        spans.append(QuotedSpan(block, open_at, None))
    return spans


def dialogue_spans(text: str, block: int) -> list[QuotedSpan]:
    """The quoted spans of a paragraph written as dialogue ("— Vamos a ganar —dijo Ana."),
    or none.

    The first span runs from the opening dash to the dash or comma before a speech verb;
    words after a further dash closing the attribution are a second span, up to the final
    punctuation.
    """
    opening = len(text) - len(text.lstrip(SPACES))
    if opening >= len(text) or text[opening] not in DIALOGUE_DASHES:
        return []
    close = next(
        (
            match.start()
            for match in _DIALOGUE_CLOSERS_RE.finditer(text, opening + 1)
            if match.group(1) in _DIALOGUE_VERBS
            or (
                match.group(1) in _DIALOGUE_AUXILIARIES
                and (match.group(2) or "") in _DIALOGUE_PARTICIPLES
            )
        ),
        None,
    )
    if close is None:
        return []
    spans = [QuotedSpan(block, opening, close)]
    resume = next((i for i in range(close + 1, len(text)) if text[i] in DIALOGUE_DASHES), None)
    end = len(text.rstrip(SPACES))
    if resume is not None and any(c.isalnum() for c in text[resume + 1 : end]):
        # the punctuation after the attribution's dash ("—dijo Ana—, pero…") is no speech
        skipped = _RESUME_PUNCTUATION_RE.match(text, resume + 1)
        resume = (skipped.end() if skipped else resume + 1) - 1
        spans.append(
            QuotedSpan(block, resume, end - 1 if text[end - 1] in _FINAL_PUNCTUATION else end)
        )
    return spans


def _block_spans(text: str, block: int) -> list[QuotedSpan]:
    """A block's quoted spans: its dialogue, and the quotation marks outside it."""
    dialogue = dialogue_spans(text, block)
    marks = scan_marks(text, block)
    if not dialogue:
        return marks
    outside = [
        span
        for span in marks
        if not any(
            span.open <= (d.close if d.close is not None else len(text))
            and d.open <= (span.close or len(text))
            for d in dialogue
        )
    ]
    return sorted(dialogue + outside)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the quoted words: outer spaces and a trailing comma dropped (as the gold)."""
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and (text[end - 1] in SPACES or text[end - 1] == ","):
        end -= 1
    return start, end


def _has_alnum_words(text: str, count: int) -> bool:
    """Whether `text` holds at least `count` words (space-separated, with a letter or digit)."""
    found = 0
    for word in text.split():
        if any(c.isalnum() for c in word):
            found += 1
            if found >= count:
                return True
    return False


def _is_heading(text: str, span: QuotedSpan, settings: QuoteSettings) -> bool:
    """Whether a short line ending in a quote is an untyped heading or caption.

    ('3. "Not some irregular channel"', 'Tim Morrison on "the Gordon problem"'): body
    paragraphs end with punctuation, quoted speech too; a short line ending with an
    unpunctuated quote is a crosshead or a video title quoting the story.
    """
    if (
        span.close is None
        or len(text) - span.close > settings.heading_tail_chars
        or text[span.close + 1 :].strip(SPACES)
        or _has_alnum_words(text[: span.close], settings.max_heading_words + 1)
    ):
        return False
    return not text[: span.close].rstrip(SPACES).endswith(_SENTENCE_PUNCTUATION)


def _is_title(quoted: str, small_word: int) -> bool:
    """Whether quoted words are a title ("Takin' It To The Streets"), not speech.

    Titles of songs, books, shows and series are quoted in Title Case, without punctuation
    at the end; speech is written as a sentence.
    """
    if quoted.rstrip(SPACES).endswith(_SENTENCE_PUNCTUATION):
        return False
    title_cased = False
    for word in quoted.split():
        letters = word.strip(_PUNCTUATION_AROUND_WORDS)
        if not letters or not letters[0].isalpha():
            continue
        if letters[0].islower() and len(letters) > small_word:
            return False
        title_cased = title_cased or (letters[0].isupper() and letters[1:2].islower())
    return title_cased and quoted[:1].isupper()


def _opens_with_quote(text: str) -> bool:
    stripped = text.lstrip(SPACES)
    return bool(stripped) and MARKS_RE.match(stripped) is not None


def quoted_spans(
    blocks: Sequence[Block], body: Sequence[int]
) -> tuple[dict[int, list[QuotedSpan]], list[QuotedSpan]]:
    """All spans per context block, and the spans that are quotations of the body.

    A span left open at the end of its paragraph is kept only when the next body paragraph
    opens with a quotation mark (the quote runs on); otherwise the mark was stray.
    """
    context = [i for i, block in enumerate(blocks) if block.kind in _CONTEXT_KINDS]
    spans = {i: _block_spans(blocks[i].text, i) for i in context}
    kept: list[QuotedSpan] = []
    for position, index in enumerate(body):
        following = body[position + 1] if position + 1 < len(body) else None
        for span in spans[index]:
            if span.close is None and (
                following is None or not _opens_with_quote(blocks[following].text)
            ):
                continue
            kept.append(span)
    return spans, kept


def quoted_words(block: Block, span: QuotedSpan, settings: QuoteSettings) -> tuple[int, int] | None:
    """Offsets of a span's quoted words in its block, or None when they are not a quotation.

    Scare quotes ("profound doubt"), titles and quoted headings are not quotations.
    """
    text = block.text
    start, end = _trimmed(text, span.open + 1, len(text) if span.close is None else span.close)
    if (
        _has_alnum_words(text[start:end], settings.min_words)
        and not _is_title(text[start:end], settings.title_small_word)
        and not (block.kind in _HEADING_PRONE and _is_heading(text, span, settings))
    ):
        return start, end
    return None
