"""Where a block's links and emphasis fall in its text, from the markers the HTML walk left.

The walk writes a marker where a link or an emphasis opens and closes (`blocks.LINK_OPEN`,
`EMPHASIS_OPEN`, `SPAN_CLOSE`) into a block's raw text; the block's text is that raw text
without the markers, its whitespace collapsed. Here the markers become offsets in the final
text. Only the blocks an article keeps are read, so the walk itself stays cheap.
"""

from __future__ import annotations

import re

from newsextract.blocks import BR_MARK, EMPHASIS_OPEN, LINK_OPEN, SPAN_CLOSE

_MARKERS = re.compile(f"([{LINK_OPEN}{EMPHASIS_OPEN}{SPAN_CLOSE}])")


def marked_spans(
    marked: str, targets: tuple[str, ...], text: str
) -> list[tuple[int, int, str, bool]]:
    """``(start, end, target, is_link)`` of each non-empty span, in opening order.

    `text` is the block's final text; spans past its end (a block cut at
    `Options.max_block_chars`) are clipped to it.
    """
    spans: list[tuple[int, int, str, bool]] = []
    open_spans: list[tuple[int, int, bool]] = []  # (target index, start, is_link)
    position = 0
    pending = False  # whitespace seen since the last visible character
    opened = 0
    # whitespace runs made single spaces first, as in the text: a piece's words are then
    # its characters less the spaces at its ends
    for piece in _MARKERS.split(" ".join(marked.replace(BR_MARK, " ").split())):
        if piece in (LINK_OPEN, EMPHASIS_OPEN):
            start = position + 1 if pending and position else position
            open_spans.append((opened, start, piece == LINK_OPEN))
            opened += 1
        elif piece == SPAN_CLOSE:
            if open_spans:
                index, start, is_link = open_spans.pop()
                spans.append((start, position, _target(targets, index), is_link))
        elif piece:
            words = piece.strip(" ")
            if not words:
                pending = True
                continue
            if position and (pending or piece[0] == " "):
                position += 1
            position += len(words)
            pending = piece[-1] == " "
    for index, start, is_link in open_spans:  # open to the end of the block
        spans.append((start, position, _target(targets, index), is_link))
    size = len(text)
    found = [
        (start, min(end, size), target, is_link)
        for start, end, target, is_link in spans
        if target and start < min(end, size)
    ]
    return sorted(found, key=lambda span: (span[0], -span[1]))


def _target(targets: tuple[str, ...], index: int) -> str:
    return targets[index] if index < len(targets) else ""
