"""The last stage: labelled blocks + metadata -> a frozen `Article`.

Captions get their credits, quotes their speakers, credit lines their agencies; the page as a
whole gets its error-page verdict and its kind. Nothing here looks at markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from newsextract.blocks import Decision, PageParts
from newsextract.metadata import Metadata
from newsextract.metadata.authors import decide_authors
from newsextract.metadata.fields import decide_standfirst
from newsextract.model import (
    BODY_KINDS,
    METADATA_FIELDS,
    Article,
    Block,
    BlockKind,
    Caption,
    Image,
    PageKind,
    RemovalReason,
    Removed,
    Source,
)
from newsextract.pagekind import read_story
from newsextract.quotes import find_quotes
from newsextract.settings import (
    DEFAULT_SETTINGS,
    AssembleSettings,
    ConsentSettings,
    CreditSettings,
    Settings,
    ShapeSettings,
)
from newsextract.signals.byline import parse_byline
from newsextract.signals.consent import is_consent_text
from newsextract.signals.credits import find_agencies, split_caption
from newsextract.signals.dates import looks_like_dateline
from newsextract.signals.errorpage import is_error_page, is_error_text
from newsextract.signals.shape import SENTENCE_STOPS, final_char, is_prose, word_count
from newsextract.signals.strings import norm_key


def empty_article(
    url: str | None,
    warnings: tuple[str, ...],
    removed: tuple[str, RemovalReason] | None = None,
) -> Article:
    """The Article of an input that holds no page at all (empty, junk, binary)."""
    return Article(
        url=url,
        page_kind=PageKind.EMPTY,
        boilerplate=(Removed(*removed),) if removed else (),
        warnings=warnings,
    )


def assemble(
    decisions: Sequence[Decision],
    metadata: Metadata,
    *,
    url: str | None,
    title: str | None,
    warnings: tuple[str, ...],
    settings: Settings = DEFAULT_SETTINGS,
    parts: PageParts | None = None,
    body_source: Source | None = None,
) -> Article:
    """Build the Article from the labelled blocks and the page's metadata (and, for an HTML
    page, its parts: links, tables, images, live entries, teasers); `body_source` says where
    the body came from when not from the page's visible markup. Every signal reads its part
    of `settings`."""
    decisions = _without_own_address(decisions, (url, metadata.canonical_url))
    kept = [d for d in decisions if d.kind is not None]
    removed = [Removed(d.source or d.text, d.reason) for d in decisions if d.reason is not None]
    headline = metadata.title or title or _first_title(decisions)
    error_page = _is_error_page(decisions, headline, settings)
    if error_page:
        removed.extend(Removed(d.text, RemovalReason.ERROR_PAGE) for d in kept)
        kept = []
    consent = _consent(kept, removed, decisions, settings)
    kept = consent.kept
    removed.extend(consent.removed)
    authorship = decide_authors(
        metadata.authors,
        decisions,
        kept,
        credited=metadata.credited,
        settings=settings.authors,
        byline=settings.byline,
        dates=settings.dates,
    )
    removed.extend(Removed(kept[i].text, RemovalReason.BYLINE) for i in authorship.bios)
    kept = [d for i, d in enumerate(kept) if i not in authorship.bios]
    kept = _dek_over_byline(kept, decisions, authorship.authors, settings)
    blocks, captions, at = _blocks_and_captions(kept, parts, settings.credits)
    images = _images(parts, at, captions)
    story = read_story(
        blocks, at, parts, metadata, url, settings.parts, settings.dates, settings.shape
    )
    if story.blocks is not None and not error_page:
        blocks, captions, images = story.blocks, (), ()
    page_kind = (
        PageKind.ERROR
        if error_page
        else PageKind.CONSENT
        if consent.wall
        else story.kind or _page_kind(error_page, blocks, removed, settings)
    )
    teasers = story.teasers or (parts.teasers if parts and page_kind is PageKind.LISTING else ())
    # a body read from the page's media (its blurb, its description) has no dek of its own
    standfirsts = _dek_paragraphs(kept) if story.blocks is None else ()
    quoted = _quote_window(blocks, settings.assemble)
    text = "\n\n".join(b.text for b in blocks if b.kind in BODY_KINDS)
    return Article(
        title=headline,
        standfirst="\n".join(standfirsts)
        if standfirsts
        else decide_standfirst(
            (metadata.standfirst, *metadata.descriptions), decisions, settings.metadata
        )
        or _dek_under_headline(decisions, metadata.stated_titles, settings)
        or _bold_lead(decisions, settings),
        authors=authorship.authors,
        published=story.published or metadata.published,
        modified=story.modified or metadata.modified,
        language=metadata.language,
        site_name=metadata.site_name,
        url=url,
        canonical_url=metadata.canonical_url,
        section=metadata.section,
        tags=metadata.tags,
        image=metadata.image or (images[0].url if images else None),
        accessible_for_free=metadata.accessible_for_free,
        page_kind=page_kind,
        blocks=blocks,
        text=text,
        subheads=tuple(b.text for b in blocks if b.kind is BlockKind.SUBHEAD),
        captions=tuple(c for c in captions if c.text),
        quotes=find_quotes(quoted, language=metadata.language, settings=settings.quotes),
        agencies=find_agencies(blocks, (*authorship.bylines, *metadata.agencies), settings.credits),
        boilerplate=tuple(removed),
        is_error_page=error_page,
        provenance=(
            *_provenance(metadata.provenance, story.sources),
            *((body_source,) if body_source else ()),
        ),
        images=images,
        entries=story.entries if page_kind is PageKind.LIVE_BLOG else (),
        teasers=teasers,
        next_page_url=metadata.next_page_url or (parts.next_page_url if parts else None),
        warnings=(
            *warnings,
            *story.warnings,
            *consent.warnings,
            *_quote_budget_warning(len(quoted), len(blocks)),
            *_short_body_warning(page_kind, blocks, settings.assemble),
            *_empty_body_warning(text, page_kind),
        ),
    )


def without_metadata(article: Article) -> Article:
    """The Article with its `METADATA_FIELDS` empty, and their provenance: what
    ``Options(metadata=False)`` returns. The body was found with the metadata's help as
    always (the headline tells where a story starts, the canonical address which links are
    the page's own), so it is the same either way."""
    empty = Article()
    return replace(
        article,
        **{name: getattr(empty, name) for name in METADATA_FIELDS},
        provenance=tuple(s for s in article.provenance if s.field not in METADATA_FIELDS),
    )


def _provenance(found: tuple[Source, ...], changed: tuple[Source, ...]) -> tuple[Source, ...]:
    """The metadata's sources, those of the fields set again later replaced."""
    fields = {source.field for source in changed}
    return (*(s for s in found if s.field not in fields), *changed)


def _images(
    parts: PageParts | None, at: Mapping[int, int], captions: Sequence[Caption]
) -> tuple[Image, ...]:
    """The body's images, each with the caption and credit of the caption block beside it."""
    if parts is None:
        return ()
    by_block = {c.block: c for c in captions if c.block is not None}
    images: list[Image] = []
    for found in parts.images:
        block = at.get(found.beside) if found.beside is not None else None
        caption = by_block.get(block) if block is not None else None
        images.append(
            Image(
                found.url,
                found.alt,
                (caption.text or None) if caption else None,
                caption.credit if caption else None,
                block,
            )
        )
    return tuple(images)


def _short_body_warning(
    kind: PageKind, blocks: Sequence[Block], settings: AssembleSettings
) -> tuple[str, ...]:
    """Never fail silently: an article page with no body, or one only a few words long,
    says so (an error page or a listing says why by its kind)."""
    if kind in (PageKind.ERROR, PageKind.LISTING, PageKind.CONSENT):
        return ()
    words = sum(word_count(b.text) for b in blocks if b.kind in BODY_KINDS)
    if words == 0:
        return ("no article text found on the page (not in its markup, nor in its embedded data)",)
    if words < settings.short_body_words:
        return (f"the body is only {words} words long: the article may be elsewhere",)
    return ()


@dataclass(frozen=True, slots=True)
class _Consent:
    """The body once consent-dialog text is out of it, and whether the page is a wall."""

    kept: list[Decision]
    removed: list[Removed]
    wall: bool = False
    warnings: tuple[str, ...] = ()


def _consent(
    kept: list[Decision],
    removed: Sequence[Removed],
    decisions: Sequence[Decision],
    settings: Settings,
) -> _Consent:
    """Take consent-dialog wording out of the body, and tell a consent wall.

    Consent text at the start or the end of the body (a banner the main container took in)
    goes. A wall is a page whose text is a consent dialog: at least `consent_min_words` of
    consent text (blocks removed as cookie notices, by wording or under a consent platform's
    markup, and body blocks worded as consent text, each text once), beside fewer words of
    other prose than `consent_max_body_words` and than `consent_body_share` of the consent
    text, in the body or anywhere outside it (a story the main container missed is still a
    story). Its body is emptied; on any other page the article stays.
    """
    consent, shape, limits = settings.consent, settings.shape, settings.assemble
    start = 0
    while start < len(kept) and _is_consent_block(kept[start], consent):
        start += 1
    end = len(kept)
    while end > start and _is_consent_block(kept[end - 1], consent):
        end -= 1
    story = kept[start:end]
    edges = [Removed(d.text, RemovalReason.COOKIE) for d in (*kept[:start], *kept[end:])]
    enough = limits.consent_max_body_words
    other = _prose_words((d for d in story if not _is_consent_block(d, consent)), enough, shape)
    if other >= enough:  # an article: the cheap answer, most pages
        return _Consent(story, edges)
    dialog = {d.text for d in kept if _is_consent_block(d, consent)}
    dialog.update(r.text for r in removed if r.reason is RemovalReason.COOKIE)
    consent_words = sum(word_count(text) for text in dialog)  # a banner twice counts once
    if consent_words < limits.consent_min_words:
        return _Consent(story, edges)
    other += _prose_words(
        (
            d
            for d in decisions
            if d.reason is RemovalReason.OUTSIDE_MAIN and not is_consent_text(d.text, consent)
        ),
        enough,
        shape,
    )
    if other >= min(limits.consent_max_body_words, consent_words * limits.consent_body_share):
        return _Consent(story, edges)
    warning = (
        f"consent wall: {consent_words} words of a cookie or consent dialog and no article; "
        "body left empty"
    )
    gone = [Removed(d.text, RemovalReason.COOKIE) for d in kept]
    return _Consent([], gone, wall=True, warnings=(warning,))


def _is_consent_block(decision: Decision, settings: ConsentSettings) -> bool:
    return decision.kind in BODY_KINDS and is_consent_text(decision.text, settings)


def _prose_words(decisions: Iterable[Decision], enough: int, shape: ShapeSettings) -> int:
    """Words of the prose paragraphs (and prose removed as outside the main content) among
    `decisions`, counted until there are `enough`."""
    words = 0
    for d in decisions:
        if (d.kind is BlockKind.PARAGRAPH or d.reason is RemovalReason.OUTSIDE_MAIN) and is_prose(
            d.text, shape
        ):
            words += word_count(d.text)
            if words >= enough:
                break
    return words


def _quote_window(blocks: Sequence[Block], settings: AssembleSettings) -> Sequence[Block]:
    """The blocks quotes are looked for in: the first `quote_block_budget`, and of those the
    ones before the block that crosses `quote_char_budget` characters."""
    window = blocks[: settings.quote_block_budget]
    chars = 0
    for index, block in enumerate(window):
        chars += len(block.text)
        if chars > settings.quote_char_budget:
            return window[:index]
    return window


def _quote_budget_warning(quoted: int, blocks: int) -> tuple[str, ...]:
    if quoted == blocks:
        return ()
    return (f"quotes were looked for in the first {quoted} blocks only",)


#: Removals that split the body into runs (see `is_error_page`): what stands between the
#: teasers of a list of stories, not what interrupts a story (an ad slot, a share bar).
_RUN_BREAKS = frozenset(
    {
        RemovalReason.LINK_LIST,
        RemovalReason.RELATED,
        RemovalReason.OUTSIDE_MAIN,
        RemovalReason.TITLE,
        RemovalReason.AFTER_STORY,
        RemovalReason.NAVIGATION,
    }
)


def _is_error_page(decisions: Sequence[Decision], headline: str | None, settings: Settings) -> bool:
    """The error-page verdict, from every error signal of the page: its title and `<h1>`s,
    error text in the body, and error text just before it (a soft 404 whose message sits
    above the recommended stories it is padded with, which the main content took for the
    page's), with the body split into runs."""
    # enum members read once, not per block (docs/design.md, "Enum members")
    title, error = RemovalReason.TITLE, RemovalReason.ERROR_PAGE
    outside, subhead = RemovalReason.OUTSIDE_MAIN, BlockKind.SUBHEAD
    titles = [headline] if headline else []
    titles += [d.text for d in decisions if d.reason is title]
    first_kept = next((i for i, d in enumerate(decisions) if d.kind is not None), len(decisions))
    above = decisions[max(0, first_kept - settings.assemble.error_text_reach) : first_kept]
    errors = [d.text for d in decisions if d.reason is error]
    errors += [
        d.text for d in above if d.reason is outside and is_error_text(d.text, settings.errorpage)
    ]
    body: list[str | None] = []
    for d in decisions:
        if d.kind is subhead or d.reason in _RUN_BREAKS:
            body.append(None)
        elif d.kind in BODY_KINDS:
            body.append(d.text)
    return is_error_page(titles, body, errors, settings.errorpage)


def _dek_paragraphs(kept: Sequence[Decision]) -> tuple[str, ...]:
    """The texts of the first standfirst block and of the standfirst paragraphs set like it
    right after it (a dek of several paragraphs, `Decision.in_run`)."""
    start = next((i for i, d in enumerate(kept) if d.kind is BlockKind.STANDFIRST), len(kept))
    end = start + 1
    while (
        end < len(kept)
        and kept[end].kind is BlockKind.STANDFIRST
        and kept[end - 1].in_run
        and final_char(kept[end].text) in SENTENCE_STOPS  # not a byline set like the dek
    ):
        end += 1
    return tuple(d.text for d in kept[start:end])


def _first_title(decisions: Sequence[Decision]) -> str | None:
    for d in decisions:
        if d.reason is RemovalReason.TITLE:
            return d.text
    return None


def _without_own_address(
    decisions: Sequence[Decision], addresses: tuple[str | None, ...]
) -> list[Decision]:
    """The page's own address printed as a block (print-only markup, a "share this" target)
    is not article text."""
    own = {address.rstrip("/") for address in addresses if address}
    return [
        Decision(d.index, d.text, reason=RemovalReason.PAGE_URL)
        if d.kind is not None and d.text.strip().rstrip("/") in own
        else d
        for d in decisions
    ]


def _is_headline(text: str, headline: str, settings: AssembleSettings) -> bool:
    """Whether a block shows the headline: the same words, or one holding the other with
    little more (a kicker, the site's name)."""
    shown, title = norm_key(text), norm_key(headline)
    if not shown or not title:
        return False
    short, long_ = sorted((shown, title), key=len)
    return f" {short} " in f" {long_} " and len(short) >= settings.dek_headline_share * len(long_)


def _dek_under_headline(
    decisions: Sequence[Decision], headlines: Sequence[str], settings: Settings
) -> str | None:
    """The sentences right under the shown headline, before the story and outside it, the
    story following within a few blocks: the dek of a page that marks neither (a headline
    in an unmarked <h2>, its dek in a <div>). A date, a byline or a label there is no
    dek."""
    if not headlines:
        return None
    limits = settings.assemble
    for i, d in enumerate(decisions):
        if d.kind in BODY_KINDS:
            return None  # the story started: what follows a headline there is no dek
        if not any(_is_headline(d.text, headline, limits) for headline in headlines):
            continue
        at = next((j for j in range(i + 1, len(decisions)) if decisions[j].text.strip()), None)
        if at is None:
            return None
        following = decisions[at]
        text = following.text
        if (
            following.reason is RemovalReason.OUTSIDE_MAIN
            and _story_within(decisions, at, limits.dek_reach)
            and limits.dek_min_words <= word_count(text) <= limits.dek_max_words
            and is_prose(text, settings.shape)
            and final_char(text) in ".!?"
            and not _dateline_or_byline(text, settings)
        ):
            return text
    return None


def _dek_over_byline(
    kept: list[Decision],
    decisions: Sequence[Decision],
    authors: Sequence[str],
    settings: Settings,
) -> list[Decision]:
    """The story's first paragraph is its dek when the page sets it apart from the next
    paragraph (`Decision.in_run` unset) and the byline stands between them: headline, dek,
    byline, story (a dek in a `<p>` of another class, over "Von Johannes Knuth"). It leaves
    the body. Sentences of a dek's length only (`dek_min_words` to `dek_max_words`), and the
    story's next paragraph within `dek_reach` blocks; none when the page marks a dek, and
    none where no paragraph is set like the next (a text page's lines have no setting)."""
    if any(d.kind is BlockKind.STANDFIRST for d in kept) or not any(d.in_run for d in kept):
        return kept
    shape = settings.shape
    at = next(
        (i for i, d in enumerate(kept) if d.kind in BODY_KINDS and is_prose(d.text, shape)), None
    )
    if at is None:
        return kept
    lead = kept[at]
    text = lead.text
    if (
        lead.kind is not BlockKind.PARAGRAPH
        or lead.in_run
        or not _reads_as_dek(text, settings.assemble.dek_min_words, settings)
    ):
        return kept
    start = next((i + 1 for i, d in enumerate(decisions) if d.index == lead.index), len(decisions))
    between: list[str] = []
    for d in decisions[start : start + settings.assemble.dek_reach + 1]:
        if d.kind is BlockKind.PARAGRAPH and is_prose(d.text, shape):
            if not any(_names_the_byline(t, authors, shape) for t in between):
                return kept
            out = list(kept)
            out[at] = lead._replace(kind=BlockKind.STANDFIRST)
            return out
        if d.text.strip():
            between.append(d.text)
    return kept


def _names_the_byline(text: str, authors: Sequence[str], shape: ShapeSettings) -> bool:
    """A short line naming one of the page's authors: a byline ("Von Johannes Knuth",
    "Kolumne von Lars Brunckhorst", a linked name under a bare "von"), not a date line."""
    key = f" {norm_key(text)} "
    return not is_prose(text, shape) and any(
        f" {norm_key(name)} " in key for name in authors if name
    )


def _bold_lead(decisions: Sequence[Decision], settings: Settings) -> str | None:
    """The story's first paragraph set apart in bold (`Decision.bold_lead`), when it is
    sentences of a dek's length (`bold_lead_min_words` to `dek_max_words`): the dek of a
    page that marks it only so (a lead in `<strong>` opening a blog-built story), kept in
    the body as a dek the description repeats is. A name, a date line or a post's short
    opening line set in bold there is no dek."""
    first = next((d for d in decisions if d.kind in BODY_KINDS), None)
    if first is None or not first.bold_lead:
        return None
    text = first.text
    return text if _reads_as_dek(text, settings.assemble.bold_lead_min_words, settings) else None


def _reads_as_dek(text: str, min_words: int, settings: Settings) -> bool:
    """Sentences of a dek's length (`min_words` to `dek_max_words`), not a date line or a
    byline."""
    return (
        min_words <= word_count(text) <= settings.assemble.dek_max_words
        and final_char(text) in SENTENCE_STOPS
        and not _dateline_or_byline(text, settings)
    )


def _dateline_or_byline(text: str, settings: Settings) -> bool:
    """A date line or a byline, each told by its settings."""
    return looks_like_dateline(text, settings.dates) or bool(
        parse_byline(text, settings=settings.byline, dates=settings.dates)
    )


def _story_within(decisions: Sequence[Decision], start: int, reach: int) -> bool:
    """Whether a shown block of the story, or the page's end, comes at most `reach` blocks
    after `start`."""
    return len(decisions) - start <= reach or any(
        decisions[j].kind in BODY_KINDS and decisions[j].text.strip()
        for j in range(start, min(start + reach + 1, len(decisions)))
    )


def _blocks_and_captions(
    kept: Sequence[Decision], parts: PageParts | None, settings: CreditSettings
) -> tuple[tuple[Block, ...], tuple[Caption, ...], dict[int, int]]:
    """Blocks in order; a photo-credit line joins the caption next to it, the rows of one
    table make one TABLE block. Also returns where each candidate's text went: candidate
    index -> block index."""
    blocks: list[Block] = []
    captions: list[Caption] = []
    at: dict[int, int] = {}
    table = 0  # the <table> of the last block, when it is a TABLE block
    # enum members read once, not per block (docs/design.md, "Enum members")
    caption, table_kind = BlockKind.CAPTION, BlockKind.TABLE
    for d in kept:
        # a caption block that is nothing but a credit is a photo credit too
        credit_only = d.kind is caption and not split_caption(d.text, settings)[0]
        row_table = parts.tables.get(d.index, 0) if parts and d.kind is table_kind else 0
        if d.photo_credit or credit_only:
            if blocks and blocks[-1].kind is caption and captions[-1].credit is None:
                previous = captions[-1]
                merged = f"{blocks[-1].text} {d.text}"
                blocks[-1] = replace(blocks[-1], text=merged)
                credit = split_caption(d.text, settings)[1] if credit_only else None
                captions[-1] = Caption(previous.text, credit or d.text, previous.block)
                at[d.index] = len(blocks) - 1
                continue
            at[d.index] = len(blocks)
            blocks.append(_block(caption, d, parts))
            captions.append(Caption("", d.text, len(blocks) - 1))
            continue
        if d.kind is caption:
            text, credit = split_caption(d.text, settings)
            if credit is None and captions and not captions[-1].text and blocks[-1].kind is caption:
                # a photo credit printed before its caption
                lone = captions[-1]
                own = _block(caption, d, parts)
                blocks[-1] = replace(own, text=f"{d.text} {lone.credit}")
                captions[-1] = Caption(text, lone.credit, lone.block)
                at[d.index] = len(blocks) - 1
                continue
            at[d.index] = len(blocks)
            blocks.append(_block(caption, d, parts))
            captions.append(Caption(text, credit, len(blocks) - 1))
            continue
        assert d.kind is not None
        if row_table and row_table == table and blocks and blocks[-1].kind is table_kind:
            last = blocks[-1]
            row = parts.cells.get(d.index, (d.text,)) if parts else (d.text,)
            blocks[-1] = replace(last, text=f"{last.text}\n\n{d.text}", rows=(*last.rows, row))
            at[d.index] = len(blocks) - 1
            continue
        table = row_table
        at[d.index] = len(blocks)
        blocks.append(_block(d.kind, d, parts))
    return tuple(blocks), tuple(captions), at


def _block(kind: BlockKind, d: Decision, parts: PageParts | None) -> Block:
    """A block of a decision, with its links, emphasis and table cells when known."""
    if parts is None:
        return Block(kind, d.text)
    rows = (parts.cells[d.index],) if kind is BlockKind.TABLE and d.index in parts.cells else ()
    return Block(
        kind,
        d.text,
        links=parts.links.get(d.index, ()),
        emphasis=parts.emphasis.get(d.index, ()),
        rows=rows,
    )


#: Why an error page or a listing has no body (`_short_body_warning` says it for the others,
#: a consent wall in its own warning).
_EMPTY_BODY_REASONS = {
    PageKind.ERROR: "error page (not found, removed or soft 404): no article body",
    PageKind.LISTING: "no article body: the page's text is links, menus and boilerplate",
}


def _empty_body_warning(text: str, kind: PageKind) -> tuple[str, ...]:
    """A page without a body always says why, whatever its kind."""
    reason = _EMPTY_BODY_REASONS.get(kind)
    return (reason,) if not text and reason else ()


def _page_kind(
    error_page: bool,
    blocks: Sequence[Block],
    removed: Sequence[Removed],
    settings: Settings,
) -> PageKind:
    """The page's kind; never an article without body text (captions or a standfirst
    alone make no article)."""
    if error_page:
        return PageKind.ERROR
    # enum members read once, not per block (docs/design.md, "Enum members")
    link_list, limits = RemovalReason.LINK_LIST, settings.assemble
    link_lists = sum(1 for r in removed if r.reason is link_list)
    if not any(b.kind in BODY_KINDS for b in blocks):
        # no body kept: a section front when it removed lists of links, else an empty page
        # (a script-rendered shell with no article anywhere is not a listing)
        listing = link_lists >= limits.listing_min_link_lists
        return PageKind.LISTING if listing else PageKind.EMPTY
    if (  # cheapest test first: most pages remove few link lists
        link_lists >= limits.listing_min_link_lists
        and not any(
            is_prose(b.text, settings.shape) for b in blocks if b.kind is BlockKind.PARAGRAPH
        )
        and sum(word_count(b.text) for b in blocks if b.kind in BODY_KINDS)
        < limits.listing_max_body_words
    ):
        return PageKind.LISTING
    return PageKind.ARTICLE
