"""Plain text (a page a scraper already dumped) -> candidate lines -> labelled blocks.

A text dump has no markup, so every judgement comes from the lines themselves and their
neighbours: prose lines carry weight, chrome phrases and short menu-like runs cost weight, and
the article is the run of lines with the largest total (a maximum-sum segment). Around it, the
headline is the last heading-like line above the run, captions are recognised by their credit
("Name, AGENCY | caption", "Photo: ..."), subheads are short unpunctuated lines between
paragraphs, and credit lines and error-page text after the run are typed or removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsextract.boilerplate import phrase_reason
from newsextract.candidates import Candidate, Decision, Role
from newsextract.credits import is_credit_line, split_caption
from newsextract.errorpage import is_error_text
from newsextract.metadata import looks_like_dateline, parse_byline
from newsextract.model import BlockKind, RemovalReason
from newsextract.options import Options
from newsextract.textshape import is_prose, word_count

#: Weight of a line that is neither prose nor chrome, per character (menus cost a little).
FRAGMENT_WEIGHT = -0.5
#: Weight of a chrome line, per character.
CHROME_WEIGHT = -2.0
#: Headings have at most this many words.
HEADING_MAX_WORDS = 20
#: How many lines above the article the headline may sit.
TITLE_LOOKBACK = 12

_CLOSING_QUOTES = "\"'”’»“‘«"
_SENTENCE_STOP = re.compile(r"[.!?…。！？]$")


@dataclass(frozen=True, slots=True)
class TextLabels:
    """Decisions for every line, and which line is the headline (if any)."""

    decisions: tuple[Decision, ...]
    title: str | None


def text_candidates(text: str, options: Options) -> tuple[Candidate, ...]:
    """One candidate per non-empty line, with the number of blank lines above it."""
    out: list[Candidate] = []
    gap = 0
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            gap += 1
            continue
        if len(line) > options.max_block_chars:
            line = line[: options.max_block_chars]
        out.append(Candidate(index=len(out), text=line, role=Role.BODY, tag="line", gap_before=gap))
        gap = 0
    return tuple(out)


def is_heading_like(text: str) -> bool:
    """A short line that does not end a sentence: a headline or a subhead."""
    stripped = text.rstrip(_CLOSING_QUOTES + " ")
    return (
        0 < word_count(text) <= HEADING_MAX_WORDS
        and _SENTENCE_STOP.search(stripped) is None
        and not stripped.endswith((",", ";", ":"))
    )


def label_text(candidates: Sequence[Candidate], options: Options) -> TextLabels:
    """Label every line of a text dump: article blocks, or removed with a reason."""
    reasons = [_chrome_reason(c.text, options) for c in candidates]
    start, end = _article_run(candidates, reasons)
    title_index = _title_index(candidates, reasons, start)
    decisions: list[Decision] = []
    for c, reason in zip(candidates, reasons, strict=True):
        if c.index == title_index:
            decisions.append(Decision(c.index, c.text, reason=RemovalReason.TITLE))
        elif reason is not None:
            decisions.append(Decision(c.index, c.text, reason=reason))
        elif start <= c.index <= end or (title_index is not None and title_index < c.index < start):
            decisions.append(_label_line(c, candidates))
        elif c.index > end and is_credit_line(c.text):
            decisions.append(Decision(c.index, c.text, BlockKind.CREDIT))
        else:
            decisions.append(Decision(c.index, c.text, reason=RemovalReason.OUTSIDE_MAIN))
    return TextLabels(_mark_standfirst(decisions, candidates), _text_at(candidates, title_index))


def _chrome_reason(text: str, options: Options) -> RemovalReason | None:
    if text in options.template_lines:
        return RemovalReason.TEMPLATE
    if is_error_text(text):
        return RemovalReason.ERROR_PAGE
    reason = phrase_reason(text)
    if reason is not None:
        return reason
    if not is_prose(text) and (parse_byline(text) is not None or looks_like_dateline(text)):
        return RemovalReason.BYLINE
    return None


def _line_weight(candidate: Candidate, reason: RemovalReason | None) -> float:
    length = len(candidate.text)
    if reason is not None:
        return CHROME_WEIGHT * length
    if is_prose(candidate.text):
        return float(length)
    return FRAGMENT_WEIGHT * length


def _article_run(
    candidates: Sequence[Candidate], reasons: Sequence[RemovalReason | None]
) -> tuple[int, int]:
    """The maximum-sum run of lines (Kadane): the article's first and last line indices."""
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    for c, reason in zip(candidates, reasons, strict=True):
        weight = _line_weight(c, reason)
        if total <= 0:
            total, start = weight, c.index
        else:
            total += weight
        if total > best:
            best, best_start, best_end = total, start, c.index
    return best_start, best_end


def _title_index(
    candidates: Sequence[Candidate], reasons: Sequence[RemovalReason | None], start: int
) -> int | None:
    """The last heading-like, non-chrome line above the article (skipping captions)."""
    for index in range(start - 1, max(-1, start - 1 - TITLE_LOOKBACK), -1):
        text = candidates[index].text
        if (
            reasons[index] is None
            and is_heading_like(text)
            and word_count(text) >= 3
            and split_caption(text)[1] is None
        ):
            return index
    return None


def _text_at(candidates: Sequence[Candidate], index: int | None) -> str | None:
    return candidates[index].text if index is not None else None


def _label_line(candidate: Candidate, candidates: Sequence[Candidate]) -> Decision:
    text, index = candidate.text, candidate.index
    caption, credit = split_caption(text)
    if credit is not None and caption:
        return Decision(index, text, BlockKind.CAPTION)
    if is_credit_line(text):
        return Decision(index, text, BlockKind.CREDIT)
    if is_heading_like(text) and _between_prose(index, candidates):
        return Decision(index, text, BlockKind.SUBHEAD)
    return Decision(index, text, BlockKind.PARAGRAPH)


def _between_prose(index: int, candidates: Sequence[Candidate]) -> bool:
    after = index + 1 < len(candidates) and is_prose(candidates[index + 1].text)
    before = index > 0 and is_prose(candidates[index - 1].text)
    return after and before


def _mark_standfirst(
    decisions: list[Decision], candidates: Sequence[Candidate]
) -> tuple[Decision, ...]:
    """The first paragraph is a standfirst when a wider gap than usual sets it apart."""
    paragraphs = [d.index for d in decisions if d.kind is BlockKind.PARAGRAPH]
    if len(paragraphs) < 3:
        return tuple(decisions)
    first, second = paragraphs[0], paragraphs[1]
    gaps = sorted(candidates[i].gap_before for i in paragraphs[2:])
    usual = gaps[len(gaps) // 2]
    if candidates[second].gap_before > usual and is_prose(candidates[first].text):
        decisions[first] = Decision(first, decisions[first].text, BlockKind.STANDFIRST)
    return tuple(decisions)
