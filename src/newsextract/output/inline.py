"""Inline markup for the renderings: a block's links and emphasis (and, in HTML, its quotes)
written around the right words, and tables written as tables.

Spans come from the page, so they are checked before use: out of range, empty, or crossing
another span (which neither Markdown nor HTML can nest) they are dropped, the text kept.
Only http(s) and mailto links become links; any other address (``javascript:``...) leaves
its words as plain text.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from newsextract.model import Block

#: Link schemes written as links; the others stay text.
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of inline markup around text[start:end]: what opens and closes it."""

    start: int
    end: int
    opening: str
    closing: str


def nested(spans: Sequence[Span], size: int) -> list[Span]:
    """The spans that fit in the text and nest (outer first); crossing ones are dropped."""
    kept: list[Span] = []
    stack: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not 0 <= span.start < span.end <= size:
            continue
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            continue  # crosses the span it starts in
        stack.append(span)
        kept.append(span)
    return kept


def written(text: str, spans: Sequence[Span], escape: Callable[[str], str]) -> str:
    """The text escaped, with the (nested) spans' markup around their words."""
    events: list[tuple[int, int, str]] = []  # (offset, order, markup): closings first
    for depth, span in enumerate(spans):
        events.append((span.start, 1 + depth, span.opening))
        events.append((span.end, -depth - len(spans), span.closing))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[str] = []
    position = 0
    for offset, _, markup in events:
        out.append(escape(text[position:offset]))
        out.append(markup)
        position = offset
    out.append(escape(text[position:]))
    return "".join(out)


def safe_href(href: str) -> str | None:
    """The address when it is an http(s) or mailto link, else None."""
    return href if href.strip().lower().startswith(_SAFE_SCHEMES) else None


def markdown_spans(block: Block) -> list[Span]:
    """A block's links (``[text](url)``) and emphasis (``**bold**``, ``*italic*``)."""
    spans = [
        Span(link.start, link.end, "[", f"]({_md_url(href)})")
        for link in block.links
        if (href := safe_href(link.href))
    ]
    for emphasis in block.emphasis:
        mark = "**" if emphasis.style == "bold" else "*"
        spans.append(Span(emphasis.start, emphasis.end, mark, mark))
    return nested(spans, len(block.text))


def html_spans(block: Block) -> list[Span]:
    """A block's links (``<a>``, http(s) and mailto only) and emphasis (``<strong>``, ``<em>``)."""
    spans = [
        Span(
            link.start,
            link.end,
            f'<a href="{html.escape(href, quote=True)}" rel="nofollow noopener">',
            "</a>",
        )
        for link in block.links
        if (href := safe_href(link.href))
    ]
    for emphasis in block.emphasis:
        tag = "strong" if emphasis.style == "bold" else "em"
        spans.append(Span(emphasis.start, emphasis.end, f"<{tag}>", f"</{tag}>"))
    return spans


def _md_url(href: str) -> str:
    """A URL safe inside Markdown's ``(...)``: spaces, parentheses and angle brackets escaped."""
    return quote(href, safe="/:?#[]@!$&'*+,;=%~-._")


def padded_rows(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """Rows with as many cells each as the widest row (a table's columns line up)."""
    width = max((len(row) for row in rows), default=0)
    return [[*row, *([""] * (width - len(row)))] for row in rows]


def markdown_table(rows: Sequence[Sequence[str]], escape: Callable[[str], str]) -> str:
    """A GFM table: the first row is the header."""
    lines = []
    for number, row in enumerate(padded_rows(rows)):
        cells = [escape(" ".join(cell.split())).replace("|", "\\|") for cell in row]
        lines.append("| " + " | ".join(cells) + " |")
        if number == 0:
            lines.append("|" + "---|" * len(row))
    return "\n".join(lines)


def html_table(rows: Sequence[Sequence[str]]) -> str:
    """An HTML table, the first row as its header; every cell escaped."""
    out = []
    for number, row in enumerate(padded_rows(rows)):
        tag = "th" if number == 0 else "td"
        cells = "".join(f"<{tag}>{html.escape(cell, quote=True)}</{tag}>" for cell in row)
        out.append(f"<tr>{cells}</tr>")
    return '<table style="border-collapse:collapse;margin:0 0 1em">' + "".join(out) + "</table>"
