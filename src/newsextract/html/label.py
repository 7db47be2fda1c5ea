"""Typed blocks for an HTML page: what each candidate is, or why it was removed.

Runs after `locate`: candidates outside the main container are removed (but for the headline,
a standfirst and a lead-photo caption placed above the article), and those inside are labelled
from their markup role and their text: subheads, captions and photo credits, block quotes,
lists, tables, credit lines, bylines, chrome phrases, error-page text, duplicates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from newsextract.blocks import Candidate, Decision, Role
from newsextract.data.markup import CHROME_MARKS
from newsextract.html.locate import Located
from newsextract.model import BlockKind, RemovalReason
from newsextract.options import Options
from newsextract.settings import (
    DEFAULT_SETTINGS,
    BoilerplateSettings,
    ConsentSettings,
    CreditSettings,
    LabelSettings,
    Settings,
    ShapeSettings,
)
from newsextract.signals.boilerplate import (
    MEDIA_WIDGET,
    introduces_links,
    mark_reason,
    names_tags_or_contact,
    phrase_reason,
)
from newsextract.signals.byline import parse_byline
from newsextract.signals.consent import is_consent_text
from newsextract.signals.credits import (
    is_credit_line,
    looks_like_photo_credit,
    names_its_source,
    split_caption,
)
from newsextract.signals.dates import looks_like_dateline
from newsextract.signals.errorpage import is_error_text
from newsextract.signals.shape import (
    SENTENCE_STOPS,
    ends_sentence,
    final_char,
    has_words,
    is_prose,
    word_count,
)
from newsextract.signals.strings import is_web_address

_WORDS = re.compile(r"\w+")
#: Kinds whose prose carries the story (the article ends with the last of them).
_STORY_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE})
#: Kinds whose verbatim repeats are page furniture rather than writing.
_DUPLICATE_PRONE = frozenset({BlockKind.QUOTE, BlockKind.CAPTION})

#: Marks of figures and their captions: a standfirst mark above them names a lead photo.
_MEDIA_MARKS = frozenset({"caption", "credit", "figure", "gallery"})

#: Marks stripped before asking whether a heading ends with a full stop (then it is a
#: paragraph styled big). German-style closing marks (“ ‘ «) are not among them: a heading
#: quoting a sentence, „Ich wusste es nicht.“, is a subhead.
_HEADING_CLOSERS = "\"'”’»)] "
#: A teaser's kicker before its headline: the text up to the first colon or question mark
#: followed by a space (`_kicker_only`).
_KICKER = re.compile(r"[^:?]+[:?]\s")
_HEADING_ROLES = frozenset({Role.TITLE, Role.HEADING})
#: Roles of a block that may be a plain paragraph: body text, or a heading ending a sentence.
_TEXT_ROLES = frozenset({Role.BODY, *_HEADING_ROLES})

#: Style suffixes of a block one emphasis span holds whole (`Candidate.style`): bold, italic.
_BOLD = "+b"
_EMPHASES = (_BOLD, "+i")
#: A number ending a class name in a block's style ("p.par1", "div.col-8>").
_CLASS_NUMBER = re.compile(r"(?<=[A-Za-z_-])\d+(?![\w-])")
#: Enum members the per-block labelling compares with, bound once (docs/design.md, "Enum
#: members"): Python 3.11 reads `Enum.MEMBER` through a slow attribute hook.
_TITLE_ROLE, _TABLE_ROLE, _CAPTION_ROLE = Role.TITLE, Role.TABLE, Role.CAPTION
_PARAGRAPH, _SUBHEAD, _TABLE, _LIST_ITEM = (
    BlockKind.PARAGRAPH,
    BlockKind.SUBHEAD,
    BlockKind.TABLE,
    BlockKind.LIST_ITEM,
)
_OUTSIDE_MAIN = RemovalReason.OUTSIDE_MAIN
#: Kinds a heading above the story may have been given (`_dek_headings`).
_HEADING_KINDS = frozenset({BlockKind.SUBHEAD, BlockKind.PARAGRAPH})
#: Kinds that end the story only when they end a sentence (`_trim_tail`).
_ITEM_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})

_ROLE_KINDS = {
    Role.BODY: BlockKind.PARAGRAPH,
    Role.BLOCKQUOTE: BlockKind.QUOTE,
    Role.LIST_ITEM: BlockKind.LIST_ITEM,
    Role.TABLE: BlockKind.TABLE,
    Role.CODE: BlockKind.CODE,
    Role.CAPTION: BlockKind.CAPTION,
    Role.HEADING: BlockKind.SUBHEAD,
    Role.TITLE: BlockKind.SUBHEAD,  # an <h1> inside the story (see `_label_inside`)
}


def label_html(
    candidates: Sequence[Candidate],
    located: Located,
    options: Options,
    settings: Settings = DEFAULT_SETTINGS,
    headline: str | None = None,
    *,
    cells: frozenset[int] = frozenset(),
) -> tuple[Decision, ...]:
    """One decision per candidate, in document order, then trimmed and de-duplicated.

    `headline` is the page's title from its metadata, when known: a heading saying it again
    is no dek; `cells` are the ids of the page's <td> and <th> elements (`Walk.cells`). The
    labels read `settings.label`, the signals their own parts of `settings`."""
    label = settings.label
    data_cells = _data_cells(candidates, located, cells, settings.shape)
    first_inside = min(located.inside, default=len(candidates))
    wrappers = _wrappers(candidates, located)
    prose_inside = _without_consent_edges(
        frozenset(i for i in located.inside if _is_body_prose(candidates[i], settings)),
        candidates,
        settings.consent,
    )
    related = _related_blocks(candidates, located, prose_inside, settings)
    headings_only = all(candidates[i].role in _HEADING_ROLES for i in prose_inside)
    # the story starts with its first prose outside chrome (a share box's "report an error"
    # sentence above the headline does not start it)
    story_prose = prose_inside.difference(located.chrome)
    first_prose = min(story_prose, default=len(candidates))
    thread = _comment_thread_start(candidates, located, first_prose, settings.boilerplate)
    # ... and its first paragraph is the first such prose that no standfirst mark sets apart
    first_paragraph = min(
        (i for i in story_prose if all(m.name != "standfirst" for m in candidates[i].marks)),
        default=len(candidates),
    )
    last_prose = max((i for i in prose_inside if i < thread), default=-1)
    decisions = [
        Decision(c.index, c.text, BlockKind.PARAGRAPH)
        if headings_only and _swallowing_heading(c, settings)
        else _label_outside(
            c,
            located,
            before_article=c.index < first_inside
            or (c.index < first_paragraph and _lead_figure_caption(c)),
            wrappers=wrappers,
            settings=settings,
        )
        if c.index not in located.inside
        else Decision(c.index, c.text, reason=RemovalReason.COMMENTS)
        if c.index >= thread
        else Decision(c.index, c.text, reason=RemovalReason.RELATED)
        if c.index in related
        else _label_inside(
            c,
            located,
            options,
            settings,
            # a dek of several paragraphs goes on past the first prose
            story_started=c.index > first_prose
            and not (c.index < first_paragraph and _dek_elements(c, located, label)),
            story_goes_on=c.index < last_prose,
            data_cell=c.index in data_cells,
        )
        for c in candidates
    ]
    decisions = _dek_headings(decisions, candidates, first_prose, headline, label)
    # blocks above the container that may caption its lead picture: in no chrome, and no
    # more linked than prose (a menu's teaser headlines are links)
    above = frozenset(
        c.index
        for c in candidates[:first_inside]
        if not _in_chrome(c, wrappers, named=True)
        and c.link_density <= label.prose_max_link_density
    )
    decisions = _photo_story(
        _credited_pictures(decisions, candidates, settings, above), located, settings
    )
    return _drop_duplicates(
        _trim_tail(
            _without_slot_labels(_paragraph_runs(decisions, candidates), settings),
            candidates,
            settings,
        ),
        label,
    )


def _photo_story(decisions: list[Decision], located: Located, settings: Settings) -> list[Decision]:
    """The captions of a photo post are its story: when the story's own prose is short (an
    intro of at most `photo_intro_max_chars`, or none) and its captions inside the
    container hold more (a gallery page whose one text is the slide's caption, a blogger's
    photos each described in a sentence or two), those that read as prose are paragraphs.
    Beside a story of any length a caption describes a picture and stays out of its text."""
    # enum members read once, not per block (docs/design.md, "Enum members")
    caption = BlockKind.CAPTION
    captions = [
        i
        for i, d in enumerate(decisions)
        if d.kind is caption
        and not d.photo_credit
        and d.index in located.inside
        and is_prose(d.text, settings.shape)
    ]
    if not captions:
        return decisions
    caption_chars = sum(len(decisions[i].text) for i in captions)
    story_chars = sum(
        len(d.text)
        for d in decisions
        if d.kind in _STORY_KINDS and is_prose(d.text, settings.shape)
    )
    if story_chars >= caption_chars or story_chars > settings.label.photo_intro_max_chars:
        return decisions
    out = list(decisions)
    for i in captions:
        out[i] = out[i]._replace(kind=BlockKind.PARAGRAPH)
    return out


def _paragraph_runs(decisions: list[Decision], candidates: Sequence[Candidate]) -> list[Decision]:
    """Flag each paragraph set like the next paragraph (`Decision.in_run`): the story's
    plain run. A lead the page sets apart (another class, all in bold) is not flagged, and
    only such a lead can be the dek the page's description repeats; one set like the next
    paragraph but all in bold is flagged as such (`Decision.bold_lead`). Likewise a dek's
    paragraph set like the next dek paragraph: the dek goes on in it. Numbers ending a
    class name say nothing of the setting ("par1", "par2": the story's paragraphs
    numbered)."""
    out = list(decisions)
    following = {BlockKind.PARAGRAPH: "", BlockKind.STANDFIRST: ""}
    for i in range(len(decisions) - 1, -1, -1):
        d = decisions[i]
        if d.kind not in following:
            continue
        style = _CLASS_NUMBER.sub("", candidates[d.index].style)
        after = following[d.kind]
        if style and style == after:
            out[i] = d._replace(in_run=True)
        elif after and not after.endswith(_EMPHASES) and style == after + _BOLD:
            out[i] = d._replace(bold_lead=True)
        following[d.kind] = style
    return out


def _dek_headings(
    decisions: list[Decision],
    candidates: Sequence[Candidate],
    first_prose: int,
    headline: str | None,
    settings: LabelSettings,
) -> list[Decision]:
    """Headings up to the story's first prose, against the headline: one that says it again
    (half its words or more are the `headline`'s or an earlier <h1>'s: a kicker and the
    headline repeated in the story's header, the headline shown in an <h2>) is the
    headline, removed as such (at least `repeated_headline_min_words` words: a shorter one
    is a section label); one worded otherwise and as long as a dek (at least
    `dek_heading_min_words`) is the dek set as a heading (an <h2> under the <h1>). With no
    headline known, both stay as they are."""
    out = list(decisions)
    titles = set(_WORDS.findall(headline.casefold())) if headline else set()
    # enum members read once, not per block (docs/design.md, "Enum members")
    title, heading = Role.TITLE, Role.HEADING
    for i, d in enumerate(decisions):
        candidate = candidates[d.index]
        if d.index > first_prose:
            break
        if candidate.role is title:
            titles.update(_WORDS.findall(candidate.text.casefold()))
        elif (
            titles
            and d.kind in _HEADING_KINDS
            and candidate.role is heading
            and candidate.link_density < settings.link_list_density
        ):
            words = _WORDS.findall(candidate.text.casefold())  # only the headings are read
            if 2 * sum(word in titles for word in words) >= len(words):
                if len(words) >= settings.repeated_headline_min_words:
                    out[i] = Decision(d.index, d.text, reason=RemovalReason.TITLE)
            elif word_count(d.text) >= settings.dek_heading_min_words:
                out[i] = Decision(d.index, d.text, BlockKind.STANDFIRST)
    return out


def _credited_pictures(
    decisions: list[Decision],
    candidates: Sequence[Candidate],
    settings: Settings,
    above: frozenset[int],
) -> list[Decision]:
    """A paragraph right beside a picture and followed by a bare photo credit ("Image:
    Fouzia Van Der Fort", "Foto: dpa") is that picture's caption, the credit its credit:
    a caption set as two plain paragraphs, with no caption markup (a heading set as a
    paragraph, ending a sentence, too: a caption in an <h1>). So is one followed by a
    credit the markup names, unless a caption follows that credit (a credit printed above
    its own caption). So is the lead picture's text above the main container (`above`,
    removed as outside the story) when a bare credit naming its source follows it
    ("Friedrich Merz", then "Foto: REUTERS/Nadja Wohlleben"): above the story a line
    merely shaped like a credit may be a weather box's or an author box's."""
    out = list(decisions)
    # enum members read once, not per block (docs/design.md, "Enum members")
    paragraph, body = BlockKind.PARAGRAPH, Role.BODY
    for i in range(len(out) - 1):
        d, after = out[i], out[i + 1]
        candidate = candidates[d.index]
        if (
            candidate.near_image
            and word_count(d.text) <= settings.label.image_caption_max_words
            and (
                (d.kind is paragraph and candidate.role in _TEXT_ROLES)
                or (_outside(d, above) and candidate.role is body)
            )
            and (
                (after.kind is paragraph and _bare_credit(after.text, settings.credits))
                or (
                    _outside(after, above)
                    and _bare_credit(after.text, settings.credits)
                    and names_its_source(after.text)
                )
                or (after.photo_credit and not _caption_at(out, i + 2))
            )
        ):
            out[i] = Decision(d.index, d.text, BlockKind.CAPTION)
            out[i + 1] = Decision(after.index, after.text, BlockKind.CAPTION, photo_credit=True)
    return out


def _outside(decision: Decision, above: frozenset[int]) -> bool:
    """Whether a block of `above` (above the main container, in no chrome, hardly linked)
    was removed only for lying outside the container."""
    return decision.reason is _OUTSIDE_MAIN and decision.index in above


def _caption_at(decisions: Sequence[Decision], at: int) -> bool:
    """Whether the decision at `at` is a caption's text (not its credit)."""
    return (
        at < len(decisions)
        and decisions[at].kind is BlockKind.CAPTION
        and not decisions[at].photo_credit
    )


def _bare_credit(text: str, settings: CreditSettings) -> bool:
    """Whether a line is a photo credit and nothing else ("Image: Fouzia Van Der Fort")."""
    caption, credit = split_caption(text, settings)
    return not caption and credit is not None


def _comment_thread_start(
    candidates: Sequence[Candidate],
    located: Located,
    first_prose: int,
    settings: BoilerplateSettings,
) -> int:
    """Where the readers' comments begin inside the container: at the first heading after
    the story's first paragraph that is worded as a comments header ("Comments", "12
    Comments", "Leave a Reply"). Flat blog templates put the thread in the story's own
    element, so no mark tells it apart; the header does. A header followed by headings of
    its level worded otherwise in the same parent element is one section of the story among
    others (an essay's "Comment", "Briefing", "Access"). Past the end when there is none."""
    headings = [
        (i, (candidates[i].heading_level, candidates[i].ancestors[:-1]))
        for i in sorted(located.inside)
        if i > first_prose and candidates[i].role in _HEADING_ROLES
    ]
    for n, (i, place) in enumerate(headings):
        if _is_comments_header(candidates[i], settings) and not any(
            other == place and not _is_comments_header(candidates[j], settings)
            for j, other in headings[n + 1 :]
        ):
            return i
    return len(candidates)


def _is_comments_header(candidate: Candidate, settings: BoilerplateSettings) -> bool:
    return phrase_reason(candidate.text, settings) is RemovalReason.COMMENTS


def _related_blocks(
    candidates: Sequence[Candidate],
    located: Located,
    prose_inside: frozenset[int],
    settings: Settings,
) -> frozenset[int]:
    """Blocks that a "Related" / "Read more" header heads, inside the main container.

    When the header opens a branch of the container other than the story's, the box it
    heads is the element holding it just below where it parts from the story's last
    paragraph above it. When the story goes on after the box, in any branch (a story whose
    every paragraph is a branch of its own goes on in the next one; `_story_goes_on`), only
    the box goes, and the headers after it are judged too if the box holds no prose (a
    teaser box in one of the wrappers a page sets its paragraphs in, a few to each); when
    it does not, everything from the header on goes. A header among
    the story's own blocks ("Lire aussi : ..." between paragraphs) is removed alone, by its
    wording, and what follows it is judged block by block, unless the header opens a box of
    its own there (an element below where it parts from the story's last paragraph, holding
    more than the header) with no prose in it: then the box goes whole, since its teaser
    headlines may read as sentences ("More on this" over three linked headlines between two
    paragraphs, as a CMS inserts them). Off the story's branch, the box leaves out the
    paragraphs set as the story's are (`_box_without_story`): a box in a section of the
    story, not the section.
    """
    container = located.container
    if container is None:
        return frozenset()
    inside = sorted(located.inside)
    prose = {i: len(candidates[i].text) for i in inside if i in prose_inside}
    branches = {i: _branch(candidates[i], container) for i in inside}
    before: dict[int, int] = {}
    last_prose = -1
    boxes: set[int] = set()
    for position, index in enumerate(inside):
        if index in prose:
            before[branches[index]] = before.get(branches[index], 0) + prose[index]
            last_prose = index
            continue
        text = candidates[index].text
        if (
            not before
            or index in located.chrome
            or word_count(text) > settings.label.subhead_max_words
            or phrase_reason(text, settings.boilerplate) is not RemovalReason.RELATED
        ):
            continue
        story = max(before, key=before.__getitem__)
        rest = inside[position:]
        box = _box(candidates[index], candidates[last_prose])
        elsewhere = branches[index] != story
        styles = _prose_styles(candidates, inside[:position], prose) if elsewhere else set()
        if elsewhere:
            box = _box_without_story(candidates, index, box, rest, prose=prose, styles=styles)
        in_box = {i for i in rest if box in candidates[i].ancestors or i == index}
        teasers = len(in_box) > 1 and not any(i in prose for i in in_box)
        after = [i for i in rest if i not in in_box]
        if elsewhere and not _story_goes_on(candidates, after, prose, styles, settings):
            return frozenset(boxes.union(rest))
        if elsewhere and not teasers:
            return frozenset(boxes.union(in_box))
        if teasers:
            boxes.update(in_box)  # a box of teasers between the story's paragraphs
    return frozenset(boxes)


def _story_goes_on(
    candidates: Sequence[Candidate],
    after: Sequence[int],
    prose: Mapping[int, int],
    styles: set[str],
    settings: Settings,
) -> bool:
    """Whether the story goes on after a related box: a prose block follows it, or a block
    set as the story's prose above is (`styles`, `_prose_styles`) and no more linked than
    prose (a closing line, a signature under the last box)."""
    return any(
        i in prose
        or (
            candidates[i].style in styles
            and candidates[i].link_density <= settings.label.prose_max_link_density
        )
        for i in after
    )


def _prose_styles(
    candidates: Sequence[Candidate], above: Sequence[int], prose: Mapping[int, int]
) -> set[str]:
    """How the story's prose among `above` is set (`Candidate.style`)."""
    return {candidates[i].style for i in above if i in prose}


def _box(header: Candidate, story: Candidate) -> int:
    """The element holding a header just below its deepest common ancestor with a block of
    the story (the header's own element when they share its parent)."""
    depth = 0
    for mine, theirs in zip(header.ancestors, story.ancestors, strict=False):
        if mine != theirs:
            break
        depth += 1
    return header.ancestors[min(depth, len(header.ancestors) - 1)]


def _box_without_story(
    candidates: Sequence[Candidate],
    header: int,
    box: int,
    rest: Sequence[int],
    *,
    prose: Mapping[int, int],
    styles: set[str],
) -> int:
    """The box a related header heads, narrowed to leave out the story's paragraphs: the
    outermost element around the header, from `box` down, holding no prose after it that is
    set as the story's prose above it is (`styles`, `_prose_styles`). A page that sets its story in
    several sections and its "Most read" rail inside one of them (the rail's `<aside>` or
    role, once its only name, gone) has the rest of that section in the rail's box by the
    tree alone; the paragraphs' setting tells them apart. An element holding nothing after
    the header but the header is no rail: a related box whose teasers' blurbs are set as
    the story's paragraphs (a page of plain `<div><p>`s) keeps its box."""
    holding = {
        element
        for i in rest
        if i in prose and candidates[i].style in styles
        for element in candidates[i].ancestors
    }
    if box not in holding:
        return box
    ancestors = candidates[header].ancestors
    below = ancestors[ancestors.index(box) + 1 :]
    narrowed = next((element for element in below if element not in holding), box)
    rail = any(narrowed in candidates[i].ancestors for i in rest if i != header)
    return narrowed if rail else box


def _branch(candidate: Candidate, container: int) -> int:
    """The child of the container that wraps a candidate (the container for its own children)."""
    ancestors = candidate.ancestors
    depth = ancestors.index(container)
    return ancestors[depth + 1] if depth + 2 < len(ancestors) else container


def _swallowing_heading(candidate: Candidate, settings: Settings) -> bool:
    """A heading that holds the story: an `<h1>` never closed takes in all the text after
    it (browsers show it as one big heading). Only asked when the body prose found is all
    in headings."""
    return (
        candidate.role in _HEADING_ROLES
        and has_words(candidate.text, settings.label.heading_max_words + 1)
        and is_prose(candidate.text, settings.shape)
    )


def _is_body_prose(candidate: Candidate, settings: Settings) -> bool:
    return candidate.link_density <= settings.label.prose_max_link_density and is_prose(
        candidate.text, settings.shape
    )


def _without_consent_edges(
    prose: frozenset[int], candidates: Sequence[Candidate], settings: ConsentSettings
) -> frozenset[int]:
    """The story's prose blocks but a consent banner's wording before or after them: however
    sentence-like, it neither starts nor ends the story."""
    ordered = sorted(prose)
    start, end = 0, len(ordered)
    while start < end and is_consent_text(candidates[ordered[start]].text, settings):
        start += 1
    while end > start and is_consent_text(candidates[ordered[end - 1]].text, settings):
        end -= 1
    return prose if (start, end) == (0, len(ordered)) else frozenset(ordered[start:end])


def _marks_of(candidate: Candidate, settings: LabelSettings, located: Located) -> frozenset[str]:
    """Mark names over a candidate that speak about it.

    Inside the main container, only marks set from the container down count (class names on
    page-wide wrappers say nothing about one block), and only on elements that hold at most
    `small_mark_share` of the container's prose: a "caption" or "byline" element that holds
    a good part of the story is misnamed.
    """
    if located.container not in candidate.ancestors:
        return frozenset(mark.name for mark in candidate.marks)
    depth = candidate.ancestors.index(located.container)
    below = frozenset(candidate.ancestors[depth:])
    limit = settings.small_mark_share * located.good_chars
    return frozenset(
        mark.name
        for mark in candidate.marks
        if mark.element in below and located.prose_in.get(mark.element, 0) <= limit
    )


def _wrappers(candidates: Sequence[Candidate], located: Located) -> frozenset[int]:
    """The main container and the elements around it: their marks say nothing about the
    blocks beside the article (a page wrapped in <nav> still has a headline)."""
    if not located.inside:
        return frozenset()
    ancestors = candidates[min(located.inside)].ancestors
    return frozenset(ancestors[: ancestors.index(located.container) + 1])


def _label_outside(
    candidate: Candidate,
    located: Located,
    *,
    before_article: bool,
    wrappers: frozenset[int],
    settings: Settings,
) -> Decision:
    """Outside the main container only the headline, a standfirst and a lead caption count."""
    text = candidate.text
    if candidate.role is _TITLE_ROLE:
        return Decision(candidate.index, text, reason=RemovalReason.TITLE)
    if _in_consent_dialog(candidate) or (
        is_prose(text, settings.shape) and is_consent_text(text, settings.consent)
    ):
        return Decision(candidate.index, text, reason=RemovalReason.COOKIE)
    removed = Decision(candidate.index, text, reason=_OUTSIDE_MAIN)
    if not before_article or _in_chrome(candidate, wrappers):
        return removed
    # the wrappers' class names speak of the whole page, not of this block (a page-wide
    # "gallery" class does not make the dek under the headline a caption)
    marks = frozenset(m.name for m in candidate.marks if m.element not in wrappers)
    if _is_standfirst(candidate, marks, located, settings.label):
        return Decision(candidate.index, text, BlockKind.STANDFIRST)
    if (
        candidate.role is _CAPTION_ROLE
        or ("caption" in marks and _beside_a_picture(candidate, marks, settings))
        or _image_caption(candidate, settings)
    ):
        return _caption(candidate.index, text, settings)
    return removed


def _in_chrome(candidate: Candidate, wrappers: frozenset[int], *, named: bool = False) -> bool:
    """Whether a block outside the container sits in a <nav>, <aside>, <footer>... of its
    own (not one wrapping the whole article); with `named`, also in an element a class
    name calls so (a "sidebar", a "related" box)."""
    return any(
        (named or m.semantic) and m.name in CHROME_MARKS and m.element not in wrappers
        for m in candidate.marks
    )


def _lead_figure_caption(candidate: Candidate) -> bool:
    """The caption of a picture's <figure>: set outside the main container but before the
    story's first paragraph (after a headline block and a dek the container holds), it
    captions the lead photo as one above the container does."""
    return candidate.role is Role.CAPTION and any(m.name == "figure" for m in candidate.marks)


def _beside_a_picture(candidate: Candidate, marks: frozenset[str], settings: Settings) -> bool:
    """Whether a block a class calls a caption, above the story, captions a picture: one
    beside it or in its figure, or a sentence or a photo credit (the lead picture may be
    drawn by script); an account menu styled with the caption class is none of these."""
    return (
        candidate.near_image
        or "figure" in marks
        or is_prose(candidate.text, settings.shape)
        or looks_like_photo_credit(candidate.text, settings.credits)
    )


def _is_standfirst(
    candidate: Candidate, marks: frozenset[str], located: Located, settings: LabelSettings
) -> bool:
    """A dek: a sentence-long text under a standfirst mark ("dek", "lead", "intro",
    "summary"...) set by an element that holds no other prose (a header classed "intro"
    holds the headline, a kicker and the dek), not a caption in it (a "lead-image" holds the
    lead photo's caption) and not a list of links."""
    return (
        bool(_dek_elements(candidate, located, settings))
        and candidate.role in (Role.BODY, Role.HEADING)
        and not marks & _MEDIA_MARKS
        and candidate.link_density < settings.link_list_density
        and word_count(candidate.text) >= settings.standfirst_min_words
    )


def _dek_elements(
    candidate: Candidate, located: Located, settings: LabelSettings
) -> frozenset[int]:
    """The elements around a block that set it apart as a dek: under a standfirst mark
    ("dek", "intro", "summary"...), holding no more prose than the block itself or, for a
    paragraph ending a sentence (not a date or a byline there), than a dek of a few short
    paragraphs (`standfirst_max_chars`). A header classed "intro" holds the headline, a
    kicker and the dek; an "entry-summary" may hold the whole story."""
    own = len(candidate.text)
    several = candidate.role is Role.BODY and final_char(candidate.text) in SENTENCE_STOPS
    limit = max(own, settings.standfirst_max_chars) if several else own
    return frozenset(
        m.element
        for m in candidate.marks
        if m.name == "standfirst" and located.prose_in.get(m.element, 0) <= limit
    )


def _image_caption(candidate: Candidate, settings: Settings, *, bare: bool = False) -> bool:
    """Short text right under an image that carries a photo credit: a caption without markup.
    Inside the story (`bare`), a short label beside a picture is one even without a credit."""
    if not candidate.near_image or candidate.role is not Role.BODY:
        return False
    words, label = word_count(candidate.text), settings.label
    return words <= label.image_caption_max_words and (
        split_caption(candidate.text, settings.credits)[1] is not None
        or (
            # a label under a picture: no sentence, no link ("Chelsea beat Tottenham on
            # Thursday night" in a <div> after the <img>, its credit in the next one)
            bare
            and label.caption_min_words <= words <= label.bare_caption_max_words
            and len(candidate.text.split()) >= label.caption_min_words  # not a CJK step
            and not ends_sentence(candidate.text)
            and candidate.link_density == 0
        )
    )


def _label_inside(
    candidate: Candidate,
    located: Located,
    options: Options,
    settings: Settings,
    *,
    story_started: bool,
    story_goes_on: bool,
    data_cell: bool,
) -> Decision:
    """Label a block inside the main container. An <h1> after the story's first paragraph
    heads a section of it (pages that give every section an <h1>), not the page; a partly
    linked list item between the story's paragraphs belongs to it, and so does a link
    printed as its own address (a source the story cites: menus and teasers name their
    targets in words), and a linked cell of a data table's row (`data_cell`, see
    `_data_cells`)."""
    text, index = candidate.text, candidate.index
    label, shape, credits = settings.label, settings.shape, settings.credits
    marks = _marks_of(candidate, label, located)
    chrome = located.chrome.get(index)
    if chrome is not None:
        return Decision(index, text, reason=mark_reason(chrome))
    if _in_consent_dialog(candidate):
        return Decision(index, text, reason=RemovalReason.COOKIE)
    if candidate.role is _TITLE_ROLE and not story_started:
        return Decision(index, text, reason=RemovalReason.TITLE)
    if not story_started and _is_standfirst(candidate, marks, located, label):
        return Decision(index, text, BlockKind.STANDFIRST)
    in_table = candidate.role is _TABLE_ROLE or "table" in marks
    if candidate.role is _CAPTION_ROLE and in_table:
        # the caption of a table's <figure> (WordPress "wp-block-table") titles the table
        kind = _TABLE if options.tables else None
        return Decision(index, text, kind, reason=None if kind else RemovalReason.TABLE)
    if "credit" in marks and not in_table and _marked_credit(text, settings):
        return Decision(index, text, BlockKind.CAPTION, photo_credit=True)
    if candidate.role is _CAPTION_ROLE or ("caption" in marks and not in_table):
        pictured = candidate.role is _CAPTION_ROLE and candidate.near_image
        return _caption(index, text, settings, pictured=pictured)
    # a table's rows are rows, below, even inside a <figure>
    if not in_table and (
        "credit" in marks or ("figure" in marks and looks_like_photo_credit(text, credits))
    ):
        return Decision(index, text, BlockKind.CAPTION, photo_credit=True)
    if "gallery" in marks and candidate.link_density <= label.prose_max_link_density:
        # a slide of a photo gallery: its text describes a photo, its heading names the slide
        if candidate.role in (Role.HEADING, _TITLE_ROLE):
            return Decision(index, text, reason=RemovalReason.MEDIA_LABEL)
        return _caption(index, text, settings)
    if is_error_text(text, settings.errorpage):
        return Decision(index, text, reason=RemovalReason.ERROR_PAGE)
    reason = phrase_reason(text, settings.boilerplate)
    if reason is not None:
        return Decision(index, text, reason=reason)
    if text in options.template_lines:
        return Decision(index, text, reason=RemovalReason.TEMPLATE)
    if (
        looks_like_dateline(text, settings.dates)
        or ("byline" in marks and ("content" not in marks or not is_prose(text, shape)))
        or (not is_prose(text, shape) and _is_byline(text, settings))
    ):
        # a date line is all dates, times and their few words, however sentence-like its
        # punctuation ("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC")
        return Decision(index, text, reason=RemovalReason.BYLINE)
    if is_credit_line(text, credits):
        return Decision(index, text, BlockKind.CREDIT)
    if ("figure" in marks or candidate.near_image) and _is_widget(text, shape):
        return Decision(index, text, reason=RemovalReason.MEDIA_LABEL)
    if candidate.role is not _TABLE_ROLE and (
        ("figure" in marks and not is_prose(text, shape) and not in_table)
        or _image_caption(candidate, settings, bare=story_started)
    ):  # a table in a <figure> (WordPress's wp-block-table) is a table, not a caption
        return _caption(index, text, settings)
    in_story = story_started and story_goes_on
    if (
        candidate.link_density > label.link_list_density
        and not is_prose(text, shape)
        and not is_web_address(text)
        and not data_cell
        and not (in_story and _story_item(candidate, label, own_words=True))
    ):
        return Decision(index, text, reason=RemovalReason.LINK_LIST)
    kind = _ROLE_KINDS.get(candidate.role, _PARAGRAPH)
    if kind is _SUBHEAD and (
        word_count(text) > label.subhead_max_words or text.rstrip(_HEADING_CLOSERS).endswith(".")
    ):
        kind = _PARAGRAPH
    if kind is _TABLE and not options.tables:
        return Decision(index, text, reason=RemovalReason.TABLE)
    if (
        kind is _LIST_ITEM
        and candidate.link_density > label.prose_max_link_density
        and not is_prose(text, shape)
        and not is_web_address(text)
        and not data_cell
        and not (in_story and _story_item(candidate, label, own_words=False))
    ):
        return Decision(index, text, reason=RemovalReason.LINK_LIST)
    return Decision(index, text, kind)


def _data_cells(
    candidates: Sequence[Candidate],
    located: Located,
    cells: frozenset[int],
    shape: ShapeSettings,
) -> frozenset[int]:
    """Linked blocks inside the container that sit in a table cell whose row also holds a
    cell of text without links, and no prose: a data table's row (an app's linked name
    beside its sizes, a country beside its capital) set with a block element in each cell
    (<td><div>...</div></td>, as document editors and wikis write them), whose cells the
    walk reads as blocks of their own. Its linked cell, one block (a value), is data, not a
    link list; a layout table's row, whose other cell holds the story's paragraphs, is no
    such row, and a menu's column of linked blocks beside a label or a date in a layout
    row is no value."""
    if not cells:
        return frozenset()
    rows: dict[int, list[tuple[int, Candidate]]] = {}
    for index in located.inside:
        candidate = candidates[index]
        ancestors = candidate.ancestors
        # the innermost cell around it, and that cell's row (the element just above it)
        depth = next((at for at in range(len(ancestors) - 1, 0, -1) if ancestors[at] in cells), 0)
        if depth:
            rows.setdefault(ancestors[depth - 1], []).append((ancestors[depth], candidate))
    found: set[int] = set()
    for members in rows.values():
        if any(is_prose(c.text, shape) for _, c in members):
            continue
        plain = {cell for cell, c in members if c.link_chars == 0}
        blocks = Counter(cell for cell, _ in members)
        found.update(
            c.index for cell, c in members if plain and cell not in plain and blocks[cell] == 1
        )
    return frozenset(found)


def _story_item(candidate: Candidate, settings: LabelSettings, *, own_words: bool) -> bool:
    """Whether a linked list item between the story's paragraphs is one of its own (a
    post's list of fixed bugs, of papers with their authors, of links each with a remark):
    at least `linked_item_min_words` words, and, when `own_words` (mostly linked), some
    text outside its links (`linked_item_min_own_chars`); a menu or a teaser list links
    each item whole."""
    if candidate.role is not Role.LIST_ITEM:
        return False
    if word_count(candidate.text) < settings.linked_item_min_words:
        return False
    if not own_words:
        return True
    own = len(candidate.text) - candidate.link_chars
    return own >= settings.linked_item_min_own_chars and not _kicker_only(
        candidate.text, own, settings
    )


def _kicker_only(text: str, own: int, settings: LabelSettings) -> bool:
    """Whether the words outside an item's link are only its kicker: a teaser's label
    before its linked headline ("Newsblog: Alle aktuellen Nachrichten ...", "Neue Allianz?
    Europäer reagieren ..."), its text up to the first colon or question mark and the space
    after it, give or take `kicker_slack_chars` (`own` characters lie outside the link)."""
    match = _KICKER.match(text)
    return match is not None and abs(own - match.end()) <= settings.kicker_slack_chars


def _is_widget(text: str, shape: ShapeSettings) -> bool:
    """A gallery's or a player's label laid over a picture ("View 3 Images"): no caption.
    A label, not prose: a paragraph by a picture that opens with the same words ("Watch
    the video of the meeting, in which ...") is the story's."""
    return not is_prose(text, shape) and MEDIA_WIDGET.match(text) is not None


def _in_consent_dialog(candidate: Candidate) -> bool:
    """Whether a block sits in a consent platform's dialog (a "consent" mark, see
    `data/consent.py`), even when that dialog holds all the page's text (a consent wall)."""
    return any(mark.name == "consent" for mark in candidate.marks)


def _caption(index: int, text: str, settings: Settings, *, pictured: bool = False) -> Decision:
    """A caption, unless it is too short to describe anything: a player or image label
    ("Live", "Gallery", "Watch video") in a caption slot; or a byline or date line in one
    (an author's portrait captioned with the byline and the time of publication). A credit
    line in one ("Source: China Statistical Yearbook", a chart's) is the figure's credit.
    The caption of a picture's own <figcaption> (`pictured`) may be shorter: a name."""
    credit = looks_like_photo_credit(text, settings.credits)
    if looks_like_dateline(text, settings.dates) or (
        not is_prose(text, settings.shape) and not credit and _is_byline(text, settings)
    ):
        return Decision(index, text, reason=RemovalReason.BYLINE)
    label = settings.label
    fewest = label.figure_caption_min_words if pictured else label.caption_min_words
    if word_count(text) < fewest and not credit:
        return Decision(index, text, reason=RemovalReason.MEDIA_LABEL)
    if not credit and is_credit_line(text, settings.credits):
        return Decision(index, text, BlockKind.CAPTION, photo_credit=True)
    return Decision(index, text, BlockKind.CAPTION)


def _is_byline(text: str, settings: Settings) -> bool:
    """Whether a line parses as a byline, by the byline and date settings."""
    return bool(parse_byline(text, settings=settings.byline, dates=settings.dates))


def _marked_credit(text: str, settings: Settings) -> bool:
    """Whether the text of a credit element is a photo credit too long or too odd to look
    like one ("Photo by Handout/English Montreal School Board/AFP via Getty Images"): no
    sentence, at least `credit_element_min_words` words. A text that reads as a credit is
    split as one where the caption is put together; a piece of one ("(", "Image:") stays a
    piece."""
    return (
        word_count(text) >= settings.label.credit_element_min_words
        and not ends_sentence(text)
        and split_caption(text, settings.credits)[1] is None
    )


def _trim_tail(
    decisions: list[Decision], candidates: Sequence[Candidate], settings: Settings
) -> list[Decision]:
    """Remove subheads and unpunctuated fragments after the article's last paragraph: they
    are what follows the story (tags, prompts, teaser headings), or repeat a block of it (a
    pull quote printed again at the end). A line of a sentence's length
    (`LabelSettings.tail_sentence_min_words`) is no fragment: the story's closing sentence
    without its full stop; nor is a web address, the source the story ends by citing; nor
    an item of a list the story announces (`_tail_list_items`): a recipe's ingredients under
    "Ingredients for 4 portions:"."""
    last_prose = max(
        (
            i
            for i, d in enumerate(decisions)
            if d.kind in _STORY_KINDS and is_prose(d.text, settings.shape)
        ),
        default=-1,
    )
    trimmed = list(decisions)
    if last_prose < 0:
        return trimmed  # no prose at all: nothing marks where a story would end
    story = {d.text for d in decisions[: last_prose + 1] if d.kind is not None}
    listed = _tail_list_items(decisions, candidates, last_prose, settings)
    # enum members read once, not per block (docs/design.md, "Enum members")
    subhead = BlockKind.SUBHEAD
    for i in range(last_prose + 1, len(trimmed)):
        d = trimmed[i]
        if i not in listed and (
            d.kind is subhead
            or (
                d.kind in _ITEM_KINDS
                and not ends_sentence(d.text)
                and word_count(d.text) < settings.label.tail_sentence_min_words
                and not is_web_address(d.text)
            )
        ):
            reason = RemovalReason.DUPLICATE if d.text in story else RemovalReason.AFTER_STORY
            trimmed[i] = Decision(d.index, d.text, reason=reason)
    return trimmed


def _tail_list_items(
    decisions: Sequence[Decision],
    candidates: Sequence[Candidate],
    last_prose: int,
    settings: Settings,
) -> frozenset[int]:
    """Positions of the items, after the story's last paragraph, of a list that a kept line
    announces (`_announces_a_list`): the paragraphs and items right after it that are set
    alike (`Candidate.style`); a line set otherwise (a sign-off, a tags line) ends it.
    The search goes on from a list's last item: an item before it announces no more than
    the rest of its own list, so each line is read once (a run of thousands of items
    ending in colons stays linear)."""
    found: set[int] = set()
    i = last_prose
    while i < len(decisions) - 1:
        d = decisions[i]
        if d.kind not in _ITEM_KINDS or not _announces_a_list(d.text, settings):
            i += 1
            continue
        style = candidates[decisions[i + 1].index].style
        j = i + 1
        while (
            j < len(decisions)
            and decisions[j].kind in _ITEM_KINDS
            and candidates[decisions[j].index].style == style
        ):
            found.add(j)
            j += 1
        i = max(i + 1, j - 1)
    return frozenset(found)


def _announces_a_list(text: str, settings: Settings) -> bool:
    """Whether a kept line announces the list after it: a phrase of `announce_min_words`
    words or more ending in a colon, with a word in lower case, and no links header
    ("Ingredients for 4 portions:"; not "Related coverage:", nor a spec sheet's field
    label in title case, "Front Facing Camera:"), nor the page's tags or a contact
    ("Topics in this article:", "please contact:")."""
    return (
        text.endswith(":")
        and has_words(text, settings.label.announce_min_words)
        and any(word[:1].islower() for word in _WORDS.findall(text))
        and not introduces_links(text, settings.boilerplate)
        and not names_tags_or_contact(text)
    )


def _without_slot_labels(decisions: list[Decision], settings: Settings) -> list[Decision]:
    """Remove the short lines a page prints again and again between the story's paragraphs:
    the label of each ad slot ("Advertisement", "Article content", "Anzeige", "Story
    continues below"), kept out by its ad class word on a page whose classes say
    something, and kept by its kind on one whose classes say nothing. A kept paragraph of at
    most `LabelSettings.slot_label_max_words` words, no prose, holding a letter (not a
    rule "___"), opening with no lower-case letter (a label or a date, not a line of a
    command listing: "and add") and not ending in a colon (a
    speaker's name over each answer of an interview), printed right beside a paragraph of
    prose `slot_label_min_repeats` times or more, is every time the page's, not the story's
    (a supplement plan's product names repeat among short lines, not between paragraphs).
    Several such lines in capitals are labels only where printed together
    (`_labels_printed_together`): speakers' names with no colon take turns."""
    label, shape = settings.label, settings.shape
    beside: dict[str, int] = {}
    at: dict[int, str] = {}
    for i, d in enumerate(decisions):
        if (
            d.kind is _PARAGRAPH
            and not d.text[:1].islower()
            and any(ch.isalpha() for ch in d.text)
            and word_count(d.text) <= label.slot_label_max_words
            and not d.text.endswith(":")
            and any(
                0 <= j < len(decisions)
                and decisions[j].kind is _PARAGRAPH
                and is_prose(decisions[j].text, shape)
                for j in (i - 1, i + 1)
            )
        ):
            beside[d.text] = beside.get(d.text, 0) + 1
            at[i] = d.text
    slots = {
        text
        for text, count in beside.items()
        if count >= label.slot_label_min_repeats and not is_prose(text, shape)
    }
    if len(slots) > 1:
        slots = _labels_printed_together(slots, at)
    if not slots:
        return decisions
    return [
        Decision(d.index, d.text, reason=RemovalReason.DUPLICATE)
        if d.kind is _PARAGRAPH and d.text in slots
        else d
        for d in decisions
    ]


def _labels_printed_together(slots: set[str], at: dict[int, str]) -> set[str]:
    """Of several distinct short lines each repeated beside paragraphs (`slots`; `at`: each
    such line's position), those that are no speaker's name: an interview's speakers are
    set in capitals ("MARTIN", "HOFFMANN", "Q") and take turns, each alone between two
    answers, while an ad slot's labels come together ("Advertisement" over "Article
    content") or hold a lower-case letter ("Czytaj więcej", a teaser's link)."""
    return {
        text
        for i, text in at.items()
        if text in slots
        and (any(ch.islower() for ch in text) or at.get(i - 1) in slots or at.get(i + 1) in slots)
    }


def _drop_duplicates(decisions: list[Decision], settings: LabelSettings) -> tuple[Decision, ...]:
    """A block repeated verbatim in another kind is kept once: a pull quote repeating a
    paragraph, a caption printed twice. The same paragraph twice is left alone (a refrain,
    a repeated question): only the kind of the copy tells a duplicate from the writing."""
    kinds: dict[str, BlockKind] = {}
    out: list[Decision] = []
    # enum members read once, not per block (docs/design.md, "Enum members")
    credit = BlockKind.CREDIT
    for d in decisions:
        if (
            d.kind is None
            or d.kind is credit
            or d.photo_credit  # one photographer's credit under each of her pictures
            or not has_words(d.text, settings.dedupe_min_words)
        ):
            out.append(d)
            continue
        first = kinds.get(d.text)
        if first is None:
            kinds[d.text] = d.kind
            out.append(d)
        elif first is not d.kind or d.kind in _DUPLICATE_PRONE:
            out.append(Decision(d.index, d.text, reason=RemovalReason.DUPLICATE))
        else:
            out.append(d)
    return tuple(out)
