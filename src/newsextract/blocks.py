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
from typing import NamedTuple

from newsextract.model import BlockKind, Emphasis, Link, RemovalReason, Teaser


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


class Candidate(NamedTuple):
    """One block of a page, with the features used to classify it.

    A named tuple, like `Decision`: a page has a hundred of each, and a tuple is built in
    half the instructions of a frozen dataclass (whose every field is set through
    `object.__setattr__`); immutable all the same."""

    #: position in the page, 0-based (the field hides `tuple.index`, which no caller wants)
    index: int  # type: ignore[assignment]
    text: str  # whitespace-normalized text
    role: Role = Role.BODY
    tag: str = "p"  # the element it came from ("line" for plain text)
    link_chars: int = 0  # characters of the text inside links
    ancestors: tuple[int, ...] = ()  # ids of the enclosing elements, outermost first
    marks: tuple[Mark, ...] = ()  # marks of the enclosing elements, outermost first
    heading_level: int = 0  # 1-6 for h1-h6, else 0
    gap_before: int = 0  # blank lines before this line (text input only)
    near_image: bool = False  # an image sits right before or after it, or in its figure
    #: how it is set (HTML only): its element's parent's tag and class, its own, and "+b"
    #: or "+i" when one bold or italic span holds all its text; a story's paragraphs share one
    style: str = ""

    @property
    def link_density(self) -> float:
        """Share of the text that sits inside links."""
        return self.link_chars / len(self.text) if self.text else 0.0


#: Span markers inside a block's marked text (`html.candidates.Walk.spans`): control
#: characters, which decoding removes from every input, so a page cannot forge them. A link
#: or an emphasis opens; the last one open closes.
LINK_OPEN = "\x02"
EMPHASIS_OPEN = "\x03"
SPAN_CLOSE = "\x04"
#: A <br> in a block's marked text (NUL, which decoding also removes from every input): a
#: space in the block's text; two in a row end a paragraph.
BR_MARK = "\x00"


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A <time> element met by the walk: where it sits and what it says."""

    ancestors: tuple[int, ...]
    value: str  # its datetime attribute, else its text


@dataclass(frozen=True, slots=True)
class PlayerRef:
    """A media player met by the walk: <video>, <audio> or an <iframe> embed."""

    kind: str  # "video", "audio" or "iframe"
    ancestors: tuple[int, ...]
    src: str


class Decision(NamedTuple):
    """What became of one candidate: a body block of some kind, or removed for a reason
    (a named tuple, like `Candidate`)."""

    index: int  # type: ignore[assignment]  # the candidate's; hides `tuple.index`
    text: str
    kind: BlockKind | None = None  # None when removed
    reason: RemovalReason | None = None  # set when removed
    photo_credit: bool = False  # a credit line that belongs to the neighbouring caption
    #: a paragraph set like the story's next paragraph (`Candidate.style`): a run of the
    #: story, not a block set apart from it
    in_run: bool = False
    source: str | None = None  # the input's own text, when `text` was normalized from it
    #: a paragraph set like the story's next paragraph but for one bold span holding all its
    #: text (`Candidate.style`): a lead the page sets apart
    bold_lead: bool = False


@dataclass(frozen=True, slots=True)
class BodyImage:
    """An image of the body: its absolute URL, alt text and the candidate it sits beside."""

    url: str
    alt: str | None
    beside: int | None  # candidate index of the kept block beside it


@dataclass(frozen=True, slots=True)
class MarkupEntry:
    """A timestamped entry container of a live blog: its time as written and its blocks."""

    time: str
    candidates: tuple[int, ...]  # indices of the candidates inside it
    live_marked: bool  # the entries' markup names them live ("liveblog", "live-update")


@dataclass(frozen=True, slots=True)
class PageParts:
    """What the HTML path knows beside the decisions, keyed by candidate index: the links,
    emphasis and table cells of kept blocks, the body's images, live-blog entries, teaser
    headlines and the media players in the main content."""

    links: dict[int, tuple[Link, ...]]
    emphasis: dict[int, tuple[Emphasis, ...]]
    cells: dict[int, tuple[str, ...]]
    tables: dict[int, int]  # candidate index -> id of its <table>
    images: tuple[BodyImage, ...] = ()
    entries: tuple[MarkupEntry, ...] = ()
    teasers: tuple[Teaser, ...] = ()  # linked headlines in the main content
    teaser_places: tuple[int, ...] = ()  # their candidate indices
    players: frozenset[str] = frozenset()  # "video" / "audio" players in the main content
    next_page_url: str | None = None  # from the pagination anchors (see html/pagination.py)
