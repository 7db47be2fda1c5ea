"""Candidate blocks: the plain-data form of a page that every later stage works on.

The HTML path (`html/candidates.py`) and the text path (`text/lines.py`) both turn their input
into a tuple of `Candidate`; from there on no stage touches lxml. A candidate carries the
features the classifiers need: its text, the tag and semantic role it came from, its class/id
hints, how much of it is link text, and the ids of its ancestor containers (for content
location).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from newsextract.model import BlockKind, RemovalReason


@dataclass(frozen=True, slots=True)
class Mark:
    """A hint an enclosing element gives: "nav", "caption", "related"... (see data/markup.py).

    `semantic` marks come from the tag or the ARIA role (<footer>, role="navigation") and are
    deliberate; the others come from class and id names, which are noisier.
    """

    element: int
    name: str
    semantic: bool


class Role(str, Enum):
    """The semantic role markup (or a text cue) gives a candidate."""

    BODY = "body"  # ordinary block text
    HEADING = "heading"  # h2-h6 (or a heading-like line in text)
    TITLE = "title"  # h1 (or the headline line in text)
    CAPTION = "caption"  # figcaption, caption classes
    CREDIT = "credit"  # photo-credit classes
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list_item"
    TABLE = "table"
    CODE = "code"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One block of a page, with the features used to classify it."""

    index: int  # position in the page, 0-based
    text: str  # whitespace-normalized text
    role: Role = Role.BODY
    tag: str = "p"  # the element it came from ("line" for plain text)
    link_chars: int = 0  # characters of the text inside links
    ancestors: tuple[int, ...] = ()  # ids of the enclosing elements, outermost first
    marks: tuple[Mark, ...] = ()  # marks of the enclosing elements, outermost first
    heading_level: int = 0  # 1-6 for h1-h6, else 0
    gap_before: int = 0  # blank lines before this line (text input only)
    near_image: bool = False  # an image sits right before or after it, or in its figure

    @property
    def link_density(self) -> float:
        """Share of the text that sits inside links."""
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(frozen=True, slots=True)
class Decision:
    """What became of one candidate: a body block of some kind, or removed for a reason."""

    index: int
    text: str
    kind: BlockKind | None = None  # None when removed
    reason: RemovalReason | None = None  # set when removed
    photo_credit: bool = False  # a credit line that belongs to the neighbouring caption
    source: str | None = None  # the input's own text, when `text` was normalized from it
