"""HTML tree -> candidate blocks, in one iterative walk (deep trees never recurse).

Every block-level element starts a new block; inline text (links, emphasis, spans) joins the
block it sits in. Each block records the ids of its enclosing elements and the marks that tags,
ARIA roles and class/id names put on them (see `data/markup.py`), so that content location can
work on plain data afterwards.

The module is long because the walk is one algorithm: one loop over the tree's events with
its per-element helpers (marks from attributes, inline spans, flushing a block), kept
together and partly inlined since it is the pipeline's hottest code; splitting it would
spread one state machine over several files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from lxml import etree
from lxml.html import HtmlElement

from newsextract.blocks import (
    BR_MARK,
    EMPHASIS_OPEN,
    LINK_OPEN,
    SPAN_CLOSE,
    Candidate,
    Mark,
    PlayerRef,
    Role,
    TimeRef,
)
from newsextract.data.consent import CMP_NAMES
from newsextract.data.markup import (
    BLOCK_TAGS,
    CHROME_MARKS,
    CLASS_TOKEN_MARKS,
    CONTENT_COMPOUNDS,
    CONTENT_ITEMPROPS,
    CONTENT_TAGS,
    EMBED_TOKENS,
    HIDDEN_COMPOUNDS,
    ITEM_PROPERTY_WORD,
    ROLE_MARKS,
    SKIP_TAGS,
    TAG_MARKS,
    TAXONOMY_WORD,
    WHOLE_WORD_TOKENS,
)
from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS, CandidateSettings
from newsextract.signals.pages import rel_says_next
from newsextract.signals.shape import ends_sentence, is_prose, word_count
from newsextract.signals.strings import literal_trie

#: Chrome marks that name a component, overruled by a word naming the article body; "hidden"
#: names a state (display: none), whatever else the element is.
_COMPONENT_CHROME = CHROME_MARKS - {"hidden"}
_SKIPPED = -1  # frame marker of an element whose subtree the walk skipped
_DROPPED = -2  # frame marker of a non-text element (script, style...): no block, no id
_SKIP_TAGS = frozenset(SKIP_TAGS)
#: Semantic chrome read as one block each (see `CandidateSettings.collapse_max_share`).
COLLAPSED_TAGS = frozenset({"nav", "footer", "aside"})
Marks = tuple[tuple[str, bool], ...]
#: What an element's attributes say: hidden or not, the marks it puts on its subtree, and
#: whether it is a link to the next page (<a rel=next>).
Verdict = tuple[bool, Marks, bool]
# Plain strings: lxml's "smart" results (which know their parent element) cost more to build.
_STRING = etree.XPath("string()", smart_strings=False)
_STRING_LENGTH = etree.XPath("string-length()")
_LINK_TEXTS = etree.XPath(".//a[@href]//text()", smart_strings=False)
_TAG_ONLY: dict[str, Verdict] = {
    tag: (False, ((mark, True),), False) for tag, mark in TAG_MARKS.items()
}
_NOTHING: Verdict = (False, (), False)
#: The attributes that hide an element or mark it; the others are never read.
_RELEVANT_ATTRIBUTES = frozenset(
    {"class", "id", "role", "itemprop", "rel", "hidden", "aria-hidden", "style"}
)
#: Markers inside a block's raw text besides `BR_MARK` (a <br>). Control characters, because
#: decoding removes them from every input (a private-use character could come from the page
#: and become a fake break).
_CELL = "\x01"  # the start of a table cell
_CELL_TAGS = frozenset({"td", "th"})
#: Where a cell's own text stops (`_lays_out_text`): a nested table holds cells of its own.
_OWN_CONTENT_ENDS = _SKIP_TAGS | {"table"} | _CELL_TAGS
_PARAGRAPH_BREAK = re.compile(BR_MARK + r"\s*" + BR_MARK + r"[\s" + BR_MARK + r"]*")
#: The same breaks in text that holds span markers (which fall between them too), captured;
#: a span opening after the last <br> opens the next part (a subhead's bold, a link).
_SPANS = LINK_OPEN + EMPHASIS_OPEN + SPAN_CLOSE
_MARKED_BREAK = re.compile(
    f"({BR_MARK}[\\s{_SPANS}]*{BR_MARK}(?:[\\s{_SPANS}]*{BR_MARK})*[\\s{SPAN_CLOSE}]*)"
)
#: Inline elements whose text is emphasis, and its style.
_EMPHASIS_TAGS = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic"}
_LINK, _EMPHASIS = 1, 2  # what an inline element opened (frame codes)
#: Skipped elements that are media players (recorded for video and audio pages).
_PLAYER_TAGS = frozenset({"video", "audio", "iframe"})
#: Text that is itself markup (tags a page printed inside <noscript> or a raw-text element);
#: in a code block it is the listing.
_MARKUP_TEXT = re.compile(r"<[a-zA-Z!/][^<>]{0,500}>")
#: The word tokens of a lowercased class word: its runs of ASCII letters and digits.
_CLASS_TOKEN = re.compile(r"[a-z0-9]+")
_CONTENT_NAME = re.compile(literal_trie(CONTENT_COMPOUNDS))
#: A token of `CLASS_TOKEN_MARKS` as a whole token (bounded like `_CLASS_TOKEN`'s runs).
_MARK_TOKEN = re.compile(rf"(?<![a-z0-9])(?:{literal_trie(CLASS_TOKEN_MARKS)})(?![a-z0-9])")
#: A screen-reader-only compound in a class word ("sr-only", "visually-hidden").
_HIDDEN_NAME = re.compile(literal_trie(HIDDEN_COMPOUNDS))
#: A modifier saying how a field shows its label: Drupal's "field--label-visually_hidden"
#: hides a field's "Image" label, not its picture (a BEM label element hidden itself,
#: "form__label--visually-hidden" or "form-label--visually-hidden", has its own modifier
#: after two hyphens).
_LABEL_MODIFIER = re.compile(r"-label-(?!-)\S*")
_TAXONOMY_WORD = re.compile(TAXONOMY_WORD)
_ITEM_PROPERTY_WORD = re.compile(ITEM_PROPERTY_WORD)
_CONSENT_NAME = re.compile(literal_trie(CMP_NAMES))
#: Either kind of compound: a class word holding none (most) needs no search of each kind.
_COMPOUND_NAME = re.compile(literal_trie((*CONTENT_COMPOUNDS, *CMP_NAMES)))
#: Elements whose class names describe the page's state, not a part of it: consent
#: platforms flag <html> and <body> while their dialog is open ("sp-message-open").
_PAGE_ELEMENTS = frozenset({"html", "body"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_IMAGE_TAGS = frozenset({"img", "picture", "figure", "video"})
#: Inline elements that add to their block (a link, emphasis, a break, a cell, an image).
_INLINE_EFFECTS = frozenset({"a", *_EMPHASIS_TAGS, "br", *_CELL_TAGS, *_IMAGE_TAGS})
#: Inline elements that become blocks of their own when a class names them a caption or credit.
_PROMOTED_INLINE = frozenset({"span", "small", "cite", "em", "i", "p"})
_PROMOTING_MARKS = frozenset({"caption", "credit"})
#: Roles `_flush` compares with, bound once (docs/design.md, "Enum members").
_ROW_ROLE, _CODE_ROLE, _BODY_ROLE, _HEADING_ROLE = Role.TABLE, Role.CODE, Role.BODY, Role.HEADING
#: Builds a named tuple from its fields in C (`_flush`'s candidates).
_NEW_TUPLE = tuple.__new__
_NO_HEADS: frozenset[int] = frozenset()


class ImageRef(NamedTuple):
    """An <img> met by the walk: where it sits. Its attributes (address, alt, size) are read
    later, for the few images a body may keep. (A tuple: pages hold dozens of images.)"""

    element: HtmlElement
    position: int  # the index of the next candidate emitted after it
    ancestors: tuple[int, ...]  # ids of its enclosing elements, outermost first
    marks: tuple[Mark, ...]  # marks of its enclosing elements


#: A block's raw text with span markers (links, emphasis), and the target of each opening
#: marker in order: its href or its style ("bold", "italic").
Marked = tuple[str, tuple[str, ...]]
#: A table row's cells (empty ones kept).
Row = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Walk:
    """What one walk over an HTML tree gives: the candidates, and the media, times, links
    and whole-read chrome met on the way (for the page's parts).

    Kept beside the candidates, keyed by candidate index, so that a candidate stays as
    cheap to build as the classifiers need: `spans` for the blocks that hold links or
    emphasis, `rows` for the table rows (`tables` holds the ids of the <table> elements,
    `cells` those of the <td> and <th> elements).
    """

    candidates: tuple[Candidate, ...]
    spans: dict[int, Marked] = field(default_factory=dict)
    rows: dict[int, Row] = field(default_factory=dict)
    tables: frozenset[int] = frozenset()
    cells: frozenset[int] = frozenset()
    images: tuple[ImageRef, ...] = ()
    times: tuple[TimeRef, ...] = ()
    players: tuple[PlayerRef, ...] = ()
    anchors: tuple[tuple[int, HtmlElement, str], ...] = ()  # (element id, <a>, href) per link
    next_links: tuple[tuple[int, HtmlElement], ...] = ()  # those with rel=next
    #: (element id, element, its link texts joined by NUL) of each nav/footer/aside read whole
    collapsed: tuple[tuple[int, HtmlElement, str], ...] = ()


@dataclass(slots=True)
class _Open:
    """A block being filled during the walk (mutable scratch, never leaves this module)."""

    tag: str
    role: Role
    heading_level: int
    # read for its style when a candidate is emitted; given by position, as the fields
    # before it: a call with keywords builds a dict (a page opens a few hundred blocks)
    element: HtmlElement | None
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    near_image: bool = False
    targets: list[str] | None = None  # hrefs/styles of the span markers opened in `pieces`


def html_candidates(
    root: HtmlElement,
    options: Options,
    settings: CandidateSettings = DEFAULT_SETTINGS.candidates,
) -> tuple[Candidate, ...]:
    """The page's text as candidate blocks in document order (see `html_walk`)."""
    return html_walk(root, options, settings).candidates


def html_walk(  # noqa: PLR0915 - one pass whose state stays in locals, for speed
    root: HtmlElement,
    options: Options,
    settings: CandidateSettings = DEFAULT_SETTINGS.candidates,
) -> Walk:
    """The page's text as candidate blocks in document order, and the images, <time>
    elements and media players met on the way.

    The tree is only read. Scripts, styles, forms' widgets and the like (`SKIP_TAGS`) are
    skipped, keeping the words around them apart ("The<button>x</button>The" reads "The
    The"); comments and processing instructions are skipped, their tails read. Links and
    emphasis leave markers in a block's raw text (`Walk.spans`), read only for the
    blocks an article keeps.
    """
    out: list[Candidate] = []
    ancestors: list[int] = []
    marks: list[Mark] = []
    frames: list[tuple[int, bool, int]] = []  # per open element: (marks pushed, block?, span)
    opened: list[_Open] = [_Open("body", Role.BODY, 0, None)]
    images: list[ImageRef] = []
    times: list[TimeRef] = []
    players: list[PlayerRef] = []
    anchors: list[tuple[int, HtmlElement, str]] = []
    next_links: list[tuple[int, HtmlElement]] = []
    read_whole: list[tuple[int, HtmlElement, str]] = []
    hrefs: list[str] = []  # the links open around the walk's position, innermost last
    link_depth = 0
    nodes = 0
    after_image = False  # an image came since the last text was emitted
    # Whether a nav, footer or aside is read whole: the page's text read so far, a lower
    # bound of its length while no non-text element is walked; the length once counted.
    seen = 0
    bounded = True
    total = 0
    max_share = settings.collapse_max_share
    max_out, max_nodes = settings.overflow_factor * options.max_blocks, options.max_nodes
    slug_hyphens = settings.slug_min_hyphens
    spans: dict[int, Marked] = {}
    rows: dict[int, Row] = {}
    tables: set[int] = set()
    cells: set[int] = set()
    sink = _Sink(out, spans, rows, options, settings)  # what `_flush` fills
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event == "end":  # an element closes (its tag is not read)
            pushed, is_block, link = frames.pop()
            if pushed == _DROPPED:
                _add_text(opened[-1], " " + (element.tail or ""), link_depth)
                continue
            if is_block:
                block = opened.pop()
                if (
                    block.pieces
                    # whitespace alone emits nothing (`_flush`), and the block is done
                    and not _is_blank(block)
                    and _flush(block, sink, ancestors, marks, after_image)
                ):
                    after_image = False
            if link:
                block = opened[-1]
                if block.targets:  # else the span opened in text flushed before: nothing to close
                    block.pieces.append(SPAN_CLOSE)
                if link == _LINK:
                    link_depth -= 1
                    hrefs.pop()
            ancestors.pop()
            if pushed > 0:
                del marks[len(marks) - pushed :]
            tail = element.tail
            if tail:  # _add_text, inlined
                block = opened[-1]
                block.pieces.append(tail)
                seen += len(tail)
                if link_depth:
                    block.link_chars += len(tail.strip())
        elif event == "start":
            if len(out) >= max_out:
                break
            tag = element.tag  # libxml2's HTML parser writes every tag in lowercase
            if tag in _SKIP_TAGS:
                if not (tag == "button" and _opens_a_picture(element)):
                    walker.skip_subtree()
                    frames.append((_DROPPED, False, 0))
                    if tag in _PLAYER_TAGS:
                        players.append(PlayerRef(tag, tuple(ancestors), element.get("src") or ""))
                    continue
                bounded = False  # its text is read, but counts as one character of the page's
            nodes += 1
            # whether hidden, the (mark, semantic) pairs put on the subtree, whether <a
            # rel=next>: only the attributes that matter are read, in one call, and the
            # verdict is memoized on them (pages repeat their class, id and role combinations)
            relevant = []  # a loop: a comprehension is a function made and called (Python 3.11)
            for item in element.items():
                if item[0] in _RELEVANT_ATTRIBUTES:
                    relevant.append(item)
            hidden, new_marks, next_link = (
                _attribute_verdict(tag, tuple(relevant), slug_hyphens)
                if relevant
                else _TAG_ONLY.get(tag, _NOTHING)
            )
            content = None
            # chrome shown is read whole unless it holds much of the page's text
            if tag in COLLAPSED_TAGS and not hidden:
                raw, links, linked = _visible_content(element)
                chars = len(raw)
                # at most that share of the text read so far (with its own) is at most that
                # share of the page's; else the page's length is counted, once
                small = bounded and chars <= max_share * (seen + chars)
                if not small:
                    total = total or _page_length(root) or 1
                    small = chars <= max_share * total
                if small:
                    content = (" ".join(raw.split()), links, linked)
                    seen += chars
            if hidden or nodes > max_nodes or content is not None:
                ancestors.append(nodes)
                walker.skip_subtree()
                frames.append((_SKIPPED, False, 0))
                opened[-1].pieces.append(" ")  # the words around a hidden element stay apart
                if content is not None:
                    read_whole.append((nodes, element, content[2]))
                    _flush(opened[-1], sink, ancestors[:-1], marks, after_image)
                    own = [Mark(nodes, name, semantic) for name, semantic in new_marks]
                    out.append(
                        _collapsed_candidate(
                            tag,
                            content,
                            index=len(out),
                            ancestors=ancestors,
                            marks=[*marks, *own],
                            max_chars=options.max_block_chars,
                        )
                    )
                continue
            is_block = (
                tag in BLOCK_TAGS
                or (
                    tag in _PROMOTED_INLINE
                    and new_marks != ()  # most spans name nothing: no generator made for them
                    and any(name in _PROMOTING_MARKS for name, _ in new_marks)
                )
                or (tag in _CELL_TAGS and _lays_out_text(element))
            )
            block = opened[-1]
            if is_block and block.pieces:  # most blocks open right after another: no text
                if _is_blank(block):
                    block.pieces.clear()  # the whitespace between two blocks (`_flush`, inlined)
                    block.link_chars = 0
                    block.near_image = False
                elif _flush(block, sink, ancestors, marks, after_image):
                    after_image = False
            ancestors.append(nodes)  # after the flush: the text before belongs to the parent
            if new_marks:
                for name, semantic in new_marks:  # a loop, not a generator (as `relevant`)
                    marks.append(Mark(nodes, name, semantic))
            link = 0
            if is_block:
                opened.append(
                    _Open(tag, _role_of(tag, opened[-1].role), _HEADING_LEVEL.get(tag, 0), element)
                )
                if link_depth:  # a block inside a link (<a><h3>...</h3></a>): linked whole
                    opened[-1].pieces.append(LINK_OPEN)
                    opened[-1].targets = [hrefs[-1]]
                if tag == "table":
                    tables.add(nodes)
            elif tag in _INLINE_EFFECTS:  # most inline elements (span...) add nothing
                link = _open_inline(opened[-1], tag, element, hrefs)
                if tag in _CELL_TAGS:
                    cells.add(nodes)
                if link == _LINK:
                    link_depth += 1
                    anchors.append((nodes, element, hrefs[-1]))
                    if next_link:
                        next_links.append((nodes, element))
                elif tag == "img":
                    images.append(ImageRef(element, len(out), tuple(ancestors), tuple(marks)))
                after_image = after_image or tag in _IMAGE_TAGS
            elif tag == "time":
                times.append(_time_ref(element, ancestors))
            frames.append((len(new_marks), is_block, link))
            text = element.text
            if text:  # _add_text, inlined: the walk's commonest step
                block = opened[-1]
                block.pieces.append(text)
                seen += len(text)
                if link_depth:
                    block.link_chars += len(text.strip())
        elif element.tail:  # a comment or processing instruction: only its tail
            _add_text(opened[-1], element.tail, link_depth)
            seen += len(element.tail)
    _flush(opened[0], sink, [], [], after_image)
    if len(out) > max_out:  # cut: the parts of the blocks past the cut go too
        spans = {i: found for i, found in spans.items() if i < max_out}
        rows = {i: found for i, found in rows.items() if i < max_out}
    return Walk(
        tuple(out[:max_out]),
        spans,
        rows,
        frozenset(tables),
        frozenset(cells),
        tuple(images),
        tuple(times),
        tuple(players),
        tuple(anchors),
        tuple(next_links),
        tuple(read_whole),
    )


def _time_ref(element: HtmlElement, ancestors: list[int]) -> TimeRef:
    """A <time>: its datetime attribute, else its text."""
    value = element.get("datetime") or " ".join(str(_STRING(element)).split())
    return TimeRef(tuple(ancestors), value.strip())


def _page_length(root: HtmlElement) -> int:
    """`_visible_length` of the root, counted child by child: a non-text child (<head>, with
    its scripts, styles and <meta>) is one character, and its text is never read."""
    if root.tag in _SKIP_TAGS:
        return 1
    length = len(root.text or "")
    for child in root:
        if isinstance(child.tag, str):
            length += 1 if child.tag in _SKIP_TAGS else _visible_length(child)
        length += len(child.tail or "")
    return length


def _visible_length(element: HtmlElement) -> int:
    """The length of the text under an element as the walk reads it, counted by libxml2:
    the text of each outermost non-text element (script, style...) gives way to one space."""
    hidden = 0
    nested = 0  # non-text elements left inside the last one counted
    for skipped in element.iter(*SKIP_TAGS):  # in document order: the nested ones next
        if nested:
            nested -= 1
            continue
        if len(skipped):
            hidden += _length(skipped) - 1
            nested = sum(1 for _ in skipped.iterdescendants(*SKIP_TAGS))
        else:  # a script or style holds one text: its length costs less than an XPath call
            hidden += len(skipped.text or "") - 1
    return _length(element) - hidden


def _length(element: HtmlElement) -> int:
    """The length of an element's text, measured by libxml2 without building a Python str."""
    length = _STRING_LENGTH(element)
    return int(length) if isinstance(length, float) else 0


def _visible_content(element: HtmlElement) -> tuple[str, int, str]:
    """The text under an element as the walk reads it (non-text elements give way to a
    space), the characters of its link text other than spaces, and the text pieces of its
    links joined by NUL (which no decoded text holds).

    Joined by libxml2 when the element holds no non-text element (most navigation and
    footers); else gathered in one walk that skips them.
    """
    if next(element.iter(*SKIP_TAGS), None) is None:
        texts = _LINK_TEXTS(element)
        linked = "\x00".join(map(str, texts)) if isinstance(texts, list) else ""
        spaces = linked.count(" ") + linked.count("\x00")
        return str(_STRING(element)), len(linked) - spaces, linked
    pieces = [element.text or ""]
    link_pieces: list[str] = []
    links = depth = 0
    walker = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if node is element:
            continue
        if event == "start":  # its tag read once, and no tail
            tag = node.tag
            if tag in _SKIP_TAGS:
                walker.skip_subtree()
                continue
            if tag == "a" and node.get("href") is not None:
                depth += 1
            text = node.text or ""
            pieces.append(text)
            if depth:
                links += len(text) - text.count(" ")
                link_pieces.append(text)
            continue
        tail = node.tail or ""
        if event != "end":  # a comment or processing instruction: only its tail
            pieces.append(tail)
        elif (tag := node.tag) in _SKIP_TAGS:
            pieces.append(" " + tail)
        else:
            depth -= tag == "a" and node.get("href") is not None
            pieces.append(tail)
        if depth:
            links += len(tail) - tail.count(" ")
            link_pieces.append(tail)
    return "".join(pieces), links, "\x00".join(link_pieces)


def _collapsed_candidate(
    tag: str,
    content: tuple[str, int, str],
    *,
    index: int,
    ancestors: list[int],
    marks: list[Mark],
    max_chars: int,
) -> Candidate:
    """The one block a collapsed navigation, footer or aside becomes."""
    text, links, _ = content
    text = text[:max_chars]
    return Candidate(
        index=index,
        text=text,
        role=Role.BODY,
        tag=tag,
        link_chars=min(links, len(text)),
        ancestors=tuple(ancestors),
        marks=tuple(marks),
    )


def _open_inline(block: _Open, tag: str, element: HtmlElement, hrefs: list[str]) -> int:
    """Record what an inline element adds to its block; `_LINK` when it opens a link,
    `_EMPHASIS` when it opens emphasis, else 0.

    An anchor without a destination (no href, or a javascript: one) is not a link: its
    text is read like any other.
    """
    if tag == "a":
        href = (element.get("href") or "").strip()
        if not href or href.lower().startswith("javascript:"):
            return 0
        block.pieces.append(LINK_OPEN)
        if block.targets is None:
            block.targets = [href]
        else:
            block.targets.append(href)
        hrefs.append(href)
        return _LINK
    style = _EMPHASIS_TAGS.get(tag)
    if style is not None:
        block.pieces.append(EMPHASIS_OPEN)
        if block.targets is None:
            block.targets = [style]
        else:
            block.targets.append(style)
        return _EMPHASIS
    if tag == "br":
        block.pieces.append(BR_MARK)
    elif tag in _CELL_TAGS:
        block.pieces.append(_CELL)
    elif tag in _IMAGE_TAGS:
        block.near_image = True
    return 0


def _add_text(block: _Open, text: str, link_depth: int) -> None:
    block.pieces.append(text)
    if link_depth > 0:
        block.link_chars += len(text.strip())


def _is_blank(block: _Open) -> bool:
    """Whether a block holds only the whitespace between two elements: flushing it would
    emit nothing (the walk checks this before calling `_flush`, its commonest case)."""
    pieces = block.pieces
    return len(pieces) == 1 and block.targets is None and pieces[0].isspace()


class _Sink(NamedTuple):
    """Where `_flush` puts the candidates it emits, and their limits: the walk's fixed state
    in one argument (a `partial` binding it by keyword merged two dicts at every call)."""

    out: list[Candidate]
    spans: dict[int, Marked]
    rows: dict[int, Row]
    options: Options
    settings: CandidateSettings


def _flush(
    block: _Open, sink: _Sink, ancestors: list[int], marks: list[Mark], after_image: bool
) -> bool:
    """Emit the text gathered so far in `block` (one candidate per <br><br>-separated part),
    with its spans and table cells; True when something was emitted."""
    if not block.pieces:
        return False
    out, spans, rows, options, settings = sink
    emitted = len(out)
    raw = "".join(block.pieces)
    block.pieces.clear()
    targets = block.targets
    if targets is None:
        if raw.isspace():  # the whitespace between two blocks: most flushes
            block.link_chars = 0
            block.near_image = False
            return False
        spanned = None
    else:  # span markers are only written into a text that opens some
        block.targets = None
        spanned = raw
        raw = _unmarked(raw)
        if not raw or raw.isspace():
            block.link_chars = 0
            block.near_image = False
            return False
    parts, marked, heads = _parts(
        raw, spanned, targets, block.role is _BODY_ROLE, settings.bold_head_max_words
    )
    total = sum(map(len, parts)) or 1
    for number, part in enumerate(parts):
        role = _HEADING_ROLE if number in heads else block.role
        text = " ".join(part.replace(BR_MARK, " ").split())
        cells: tuple[str, ...] = ()
        if _CELL in text:
            cells = _cells(text)
            # cells of a table row are set apart by " | "; a stray cell outside a row is text
            joiner = " | " if role is _ROW_ROLE else " "
            text = joiner.join(cell.strip() for cell in text.split(_CELL) if cell.strip())
        if not text or (role is not _CODE_ROLE and _MARKUP_TEXT.match(text)):
            continue
        if len(out) >= options.max_blocks and len(text.split()) < settings.overflow_min_words:
            continue  # past the block budget only sentences count: item lists are junk here
        if len(text) > options.max_block_chars:
            text = text[: options.max_block_chars]
        if marked and marked[number][1]:
            spans[len(out)] = marked[number]
        if role is _ROW_ROLE and block.tag != "caption":  # a <caption> titles, no row
            rows[len(out)] = cells or (text,)
        out.append(
            # the fields in order, built by `tuple.__new__` in C: the named tuple's own
            # `__new__` is Python code taking keywords, and a page emits a hundred of them
            _NEW_TUPLE(
                Candidate,
                (
                    len(out),  # index
                    text,
                    role,
                    block.tag,
                    min(len(text), block.link_chars * len(part) // total),  # link_chars
                    tuple(ancestors),
                    tuple(marks),
                    block.heading_level,
                    0,  # gap_before: text input only
                    block.near_image or (after_image and len(out) == emitted),  # near_image
                    _style(block.element) + _whole_emphasis(spans.get(len(out))),  # style
                ),
            )
        )
    block.link_chars = 0
    block.near_image = False
    return len(out) > emitted


def _parts(
    raw: str, spanned: str | None, targets: list[str] | None, body: bool, max_words: int
) -> tuple[list[str], list[Marked], frozenset[int]]:
    """A block's text cut at its paragraph breaks; each part's marked text, when the text
    holds span markers (else none); and, in body text, the parts that are bold heads set
    apart from the text under them (`_with_bold_heads`)."""
    if BR_MARK not in raw:
        return [raw], [] if spanned is None else [(spanned, tuple(targets or ()))], _NO_HEADS
    parts = _PARAGRAPH_BREAK.split(raw)
    if spanned is None:
        return parts, [], _NO_HEADS
    marked = _marked_parts(spanned, targets or [])
    if len(marked) != len(parts):
        return parts, [], _NO_HEADS
    found = _with_bold_heads(marked, max_words) if body else None
    if found is None:
        return parts, marked, _NO_HEADS
    return [_unmarked(text) for text, _ in found[0]], found[0], found[1]


def _style(element: HtmlElement | None) -> str:
    """How a block element is set: its parent's tag and class, then its own."""
    if element is None:
        return ""
    parent = element.getparent()
    around = f"{parent.tag}.{parent.get('class') or ''}" if parent is not None else ""
    return f"{around}>{element.tag}.{element.get('class') or ''}"


def _lays_out_text(cell: HtmlElement) -> bool:
    """Whether a table cell holds a paragraph break (``<br><br>``) and prose
    (`signals.shape.is_prose`) in a run between its breaks: an old page's layout cell with
    the story's text written straight into it, a block of its own whose paragraphs are the
    story's, not a data cell read as a part of its row (whose text, the row's block's,
    would put the story in the row with the menus and rails of the cells beside it). A data
    cell broken the same way ("12 Pier Road", ``<br><br>``, "555-0101") holds no prose and
    stays in its row. Only the cell's own content is read, each node once: a nested table's
    cells are judged when the walk reaches them."""
    walker = etree.iterwalk(cell, events=("start", "end"))
    run: list[str] = [cell.text or ""]
    broken = prose = False
    for event, element in walker:
        tag = element.tag
        if element is cell:
            continue  # its text opens the run, its tail is its row's
        if event == "end":
            run.append(element.tail or "")
        elif not isinstance(tag, str) or tag in _OWN_CONTENT_ENDS:
            walker.skip_subtree()  # a comment's text, a nested table, a script: not the cell's
        elif tag == "br" and _breaks_paragraph(element):
            broken = True
            prose = prose or is_prose(" ".join("".join(run).split()))
            run.clear()
        else:
            run.append(element.text or "")
        if broken and prose:
            return True
    return broken and is_prose(" ".join("".join(run).split()))


def _breaks_paragraph(br: HtmlElement) -> bool:
    """Whether a `<br>` is the first of a paragraph break: another `<br>` right after it,
    only white space between."""
    following = br.getnext()
    return following is not None and following.tag == "br" and not (br.tail and br.tail.strip())


def _opens_a_picture(button: HtmlElement) -> bool:
    """Whether a <button> wraps a captioned picture (a click enlarges it or opens a slide
    viewer): its figure and caption are the page's, not a widget's label."""
    return next(button.iter("figcaption"), None) is not None


def _whole_emphasis(marked: Marked | None) -> str:
    """A block's style suffix: "+b" or "+i" when one bold or italic span holds its whole
    text (a lead paragraph set in <strong>), else nothing."""
    if marked is None:
        return ""
    raw, targets = marked
    raw = raw.strip()
    if not raw.startswith(EMPHASIS_OPEN) or not raw.endswith(SPAN_CLOSE):
        return ""
    if _spans_open_at_end(raw) is None:
        return ""  # the first span closes before the text ends
    return "+" + targets[0][0]


def _spans_opened(raw: str) -> int:
    """How many spans (links, emphasis) a marked text opens: the number of targets it uses."""
    return raw.count(LINK_OPEN) + raw.count(EMPHASIS_OPEN)


def _spans_open_at_end(raw: str) -> int | None:
    """How many spans are still open at the end of a marked text that a span opens; None
    when that first span closes before the text ends (it holds a part of the text only)."""
    depth = 0
    last = len(raw) - 1
    for at, char in enumerate(raw):
        if char in (LINK_OPEN, EMPHASIS_OPEN):
            depth += 1
        elif char == SPAN_CLOSE:
            depth -= 1
            if depth == 0 and at < last:
                return None
    return depth


def _marked_parts(raw: str, targets: list[str]) -> list[Marked]:
    """The <br><br>-separated parts of a raw text holding span markers, each with the
    targets of the markers it opens (markers that fall between parts are skipped)."""
    pieces = _MARKED_BREAK.split(raw) if BR_MARK in raw else [raw]
    parts: list[Marked] = []
    used = 0
    for number, piece in enumerate(pieces):
        opens = _spans_opened(piece)
        if number % 2 == 0:
            parts.append((piece, tuple(targets[used : used + opens])))
        used += opens
    return parts


def _unmarked(text: str) -> str:
    """A marked text without its span markers."""
    return text.replace(LINK_OPEN, "").replace(EMPHASIS_OPEN, "").replace(SPAN_CLOSE, "")


def _with_bold_heads(
    parts: list[Marked], max_words: int
) -> tuple[list[Marked], frozenset[int]] | None:
    """The <br><br>-separated parts with each bold head (`_bold_head`) set apart from its
    text, and the positions of the heads among them; None when no part opens with one."""
    out: list[Marked] = []
    heads: set[int] = set()
    for part in parts:
        rest = part
        split = _bold_head(rest, max_words)
        if split is not None:
            while split is not None:  # a headline, then a bold byline or subhead under it
                heads.add(len(out))
                out.append(split[0])
                rest = split[1]
                split = _bold_head(rest, max_words)
            line = _short_line(rest, max_words)  # a plain byline or date line under it
            if line is not None:
                out.append(line[0])
                rest = line[1]
        out.append(rest)
    return (out, frozenset(heads)) if heads else None


def _short_line(part: Marked, max_words: int) -> tuple[Marked, Marked] | None:
    """A part's first line set off by one <br> as (line, rest), when it is a heading's
    length and ends no sentence (under a bold head: "By Jane Doe<br>The council ...", read
    as a byline or not by the labels); None when a span runs on past its <br>."""
    raw, targets = part
    br = raw.find(BR_MARK)
    if br < 0:
        return None
    line, rest = raw[:br], raw[br + 1 :]
    opens = _spans_opened(line)
    text = _unmarked(line)
    if opens != line.count(SPAN_CLOSE) or not text.strip() or not _heads(text, rest, max_words):
        return None
    return (line, targets[:opens]), (rest, targets[opens:])


def _heads(line: str, rest: str, max_words: int) -> bool:
    """Whether a line set off by one <br> reads as the heading of the marked text under it:
    a heading's length (at most `max_words`), ending no sentence, with text under it."""
    return (
        bool(_unmarked(rest).strip()) and not ends_sentence(line) and word_count(line) <= max_words
    )


def _bold_head(part: Marked, max_words: int) -> tuple[Marked, Marked] | None:
    """A part opening with a line that one bold span holds whole, set off from the text
    under it by one <br> (``<b>Subhead</b><br>text``, ``<font size=4><b>Headline</b>
    </font><br>By ...``): on pages of 2005-2012 the way subheads and headlines were set.
    Split as (head, rest) when the line is a heading's length (at most `max_words`) and
    ends no sentence; a bold phrase opening the text on its line (``<b>Washington</b> --
    The Senate``, ``<b>Update:</b> the``) is the paragraph's lead-in, no head."""
    raw, targets = part
    if not targets or targets[0] != "bold" or not raw.lstrip().startswith(EMPHASIS_OPEN):
        return None
    br = raw.find(BR_MARK)
    if br < 0:
        return None
    line = raw[:br].rstrip()
    depth = _spans_open_at_end(line)
    if depth is None:
        return None  # the bold span closes before the line ends
    opens = _spans_opened(line)
    rest = raw[br + 1 :].lstrip()
    if not rest.startswith(SPAN_CLOSE * depth):  # the span goes on past the <br>
        return None
    rest = rest[depth:]
    head = _unmarked(line)
    if not _heads(head, rest, max_words):
        return None
    return (line + SPAN_CLOSE * depth, targets[:opens]), (rest, targets[opens:])


def _cells(text: str) -> tuple[str, ...]:
    """The cells of a table row's text, empty ones kept (they hold a column's place)."""
    pieces = text.split(_CELL)
    cells = pieces[1:] if not pieces[0].strip() else pieces
    return tuple(cell.strip() for cell in cells)


@lru_cache(maxsize=1024)
def _role_of(tag: str, enclosing: Role) -> Role:
    """The role a block element gives its own text (inherited inside quotes and lists)."""
    if tag == "h1":
        return Role.TITLE
    if tag in _HEADING_LEVEL:
        return Role.HEADING
    if tag == "figcaption":
        return Role.CAPTION
    if tag == "caption":  # a table's title, read with its table: no photo caption
        return Role.TABLE
    if tag in ("li", "dd", "dt"):
        return Role.LIST_ITEM
    if tag == "blockquote":
        return Role.BLOCKQUOTE
    if tag == "pre":
        return Role.CODE
    if tag == "tr":
        return Role.TABLE
    if enclosing in (Role.BLOCKQUOTE, Role.CAPTION, Role.CODE):
        return enclosing
    return Role.BODY


@lru_cache(maxsize=16384)
def _attribute_verdict(
    tag: str, attributes: tuple[tuple[str, str], ...], slug_hyphens: int
) -> Verdict:
    get = dict(attributes).get
    marks = _element_marks(tag, get, slug_hyphens)
    caption = tag == "figcaption" or (
        marks != () and any(name in _PROMOTING_MARKS for name, _ in marks)
    )
    next_link = tag == "a" and rel_says_next(get("rel"))
    return _is_hidden(get, caption=caption, figcaption=tag == "figcaption"), marks, next_link


def _is_hidden(
    get: Callable[[str], str | None], *, caption: bool = False, figcaption: bool = False
) -> bool:
    """Hidden by markup: the `hidden` attribute, aria-hidden, an inline display:none, or a
    screen-reader-only class ("off-screen", "sr-only", "visually-hidden"). A caption
    hidden from screen readers only (aria-hidden: its picture's alt text says it to them)
    is shown, and so is a picture's own <figcaption> for screen readers only (it says what
    the picture shows); a caption's or credit's label for them ("Image source, ") is not."""
    if get("hidden") is not None or (get("aria-hidden") == "true" and not caption):
        return True
    style = get("style")
    if style and _HIDDEN_STYLE.search(style.lower()) is not None:
        return True
    class_names = get("class")
    return bool(class_names) and not figcaption and _is_screen_reader_only(class_names)


def _element_marks(tag: str, get: Callable[[str], str | None], slug_hyphens: int) -> Marks:
    """(mark, semantic) pairs an element puts on its subtree."""
    found: list[tuple[str, bool]] = []
    tag_mark = TAG_MARKS.get(tag)
    if tag_mark:
        found.append((tag_mark, True))
    aria = get("role")
    if aria and aria in ROLE_MARKS:
        found.append((ROLE_MARKS[aria], True))
    class_names, element_id = get("class"), get("id")
    if element_id and element_id.count("-") >= slug_hyphens:
        element_id = None  # a slug of a heading ("sharing-with-a-single-developer"), not a name
    if class_names or element_id:
        named = _class_marks(f"{class_names or ''} {element_id or ''}", tag in CONTENT_TAGS)
        if named:
            found.extend(
                (name, False) for name in named if name != "consent" or tag not in _PAGE_ELEMENTS
            )
    itemprop = get("itemprop")
    if itemprop and itemprop.lower() in CONTENT_ITEMPROPS:
        found.append(("content", True))
    if tag == "a" and "author" in (get("rel") or ""):
        found.append(("byline", True))
    return tuple(found)


@lru_cache(maxsize=4096)
def _is_screen_reader_only(class_names: str) -> bool:
    """Class names of text kept for screen readers only (memoized like `_class_marks`); a
    class word saying it of the element's label ("field--label-visually_hidden") is not.

    >>> _is_screen_reader_only("sr-only"), _is_screen_reader_only("field--label-visually_hidden")
    (True, False)
    >>> _is_screen_reader_only("form__label--visually-hidden")
    True
    >>> _is_screen_reader_only("form-label--visually-hidden")
    True
    """
    names = class_names.lower()
    if "-label-" in names:  # a label modifier is rare: no substitution run for the others
        names = _LABEL_MODIFIER.sub("", names)
    return _HIDDEN_NAME.search(_without_joiners(names)) is not None


def _without_joiners(name: str) -> str:
    """A class name with its hyphens and underscores removed ("sr-only" -> "sronly")."""
    return name.replace("-", "").replace("_", "")


def _class_marks(names: str, content_tag: bool) -> tuple[str, ...]:
    """Marks named by the words of class and id attributes, each word's marks once.

    On the article itself (`<article>`, `<main>`) or an element one of whose words names it
    the article body, the other words say what the article is ("category-newsletter",
    "paywall-article"), not that it is chrome; a chrome token in the body's own word
    ("article-body__newsletter") names a component inside the body, and counts. An element
    carrying a taxonomy word ("category-travel") among other property words ("type-post",
    "entry-author-jane") is a post item: those words name the post's values and give no
    mark at all (one such word alone may be a component: "widget_tag_cloud").
    """
    words = names.split()
    item = _is_post_item(names, words)
    if item:
        words = [word for word in words if not _is_property_word(word)]
    per_word = list(map(_word_marks, words))
    if not any(per_word):  # most class and id names name no mark
        return ()
    content = content_tag or item or any("content" in marks for marks in per_word)
    found: list[str] = []
    for marks in per_word:
        overruled = content and "content" not in marks
        for mark in marks:
            if mark not in found and not (overruled and mark in _COMPONENT_CHROME):
                found.append(mark)
    return tuple(found)


def _is_post_item(names: str, words: list[str]) -> bool:
    """Whether class words name a post item: a taxonomy word among other property words.
    Every taxonomy word holds "tag" or "categor", so names holding neither (most) are none,
    and their words are not matched one by one."""
    lowered = names.lower()
    if "tag" not in lowered and "categor" not in lowered:
        return False
    properties = [word for word in words if _is_property_word(word)]
    return len(properties) > 1 and any(_TAXONOMY_WORD.match(w.lower()) for w in properties)


def _is_property_word(word: str) -> bool:
    """A class word naming a post's property ("category-travel", "entry-author-jane"); such a
    word joins two parts, so a word without a hyphen or underscore is none (no regex run)."""
    return ("-" in word or "_" in word) and _ITEM_PROPERTY_WORD.match(word.lower()) is not None


@lru_cache(maxsize=16384)
def _word_marks(word: str) -> tuple[str, ...]:
    """Marks of one class or id word (memoized: sites reuse their class words everywhere)."""
    lowered = word.lower()
    found: list[str] = []
    joined = _without_joiners(lowered)
    if _COMPOUND_NAME.search(joined):  # one search for both lists: most words hold neither
        if _CONTENT_NAME.search(joined):
            found.append("content")
        if _CONSENT_NAME.search(joined):
            found.append("consent")
    if _MARK_TOKEN.search(lowered) is None:  # most words have no token naming a mark
        return tuple(found)
    tokens = _CLASS_TOKEN.findall(lowered)
    embedded = not EMBED_TOKENS.isdisjoint(tokens)
    for token in tokens:
        mark = CLASS_TOKEN_MARKS.get(token)
        if token in WHOLE_WORD_TOKENS and len(tokens) > 1:
            continue
        if mark == "share" and embedded:
            continue  # an embedded post from a social network ("social-media-embed")
        if mark and mark not in found:
            found.append(mark)
    return tuple(found)
