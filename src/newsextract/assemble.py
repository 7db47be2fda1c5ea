"""The last stage: labelled blocks + metadata -> a frozen `Article`.

Captions get their credits, quotes their speakers, credit lines their agencies; the page as a
whole gets its error-page verdict and its kind. Nothing here looks at markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsextract.blocks import Decision, PageParts
from newsextract.metadata import Metadata
from newsextract.metadata.authors import decide_authors
from newsextract.model import (
    BODY_KINDS,
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
    DateSettings,
    PartsSettings,
    QuoteSettings,
)
from newsextract.signals.credits import find_agencies, split_caption
from newsextract.signals.errorpage import is_error_page
from newsextract.signals.shape import is_prose, word_count


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
    settings: AssembleSettings = DEFAULT_SETTINGS.assemble,
    quotes: QuoteSettings = DEFAULT_SETTINGS.quotes,
    parts: PageParts | None = None,
    kinds: PartsSettings = DEFAULT_SETTINGS.parts,
    dates: DateSettings = DEFAULT_SETTINGS.dates,
) -> Article:
    """Build the Article from the labelled blocks and the page's metadata (and, for an HTML
    page, its parts: links, tables, images, live entries, teasers)."""
    decisions = _without_own_address(decisions, (url, metadata.canonical_url))
    kept = [d for d in decisions if d.kind is not None]
    removed = [Removed(d.text, d.reason) for d in decisions if d.reason is not None]
    headline = metadata.title or title or _first_title(decisions)
    error_texts = [r.text for r in removed if r.reason is RemovalReason.ERROR_PAGE]
    body_texts = [d.text for d in kept if d.kind in BODY_KINDS]
    error_page = is_error_page(headline, body_texts, error_texts)
    if error_page:
        removed.extend(Removed(d.text, RemovalReason.ERROR_PAGE) for d in kept)
        kept = []
    authorship = decide_authors(metadata.authors, decisions, kept)
    removed.extend(Removed(kept[i].text, RemovalReason.BYLINE) for i in authorship.bios)
    kept = [d for i, d in enumerate(kept) if i not in authorship.bios]
    blocks, captions, at = _blocks_and_captions(kept, parts)
    images = _images(parts, at, captions)
    story = read_story(blocks, at, parts, metadata, url, kinds, dates)
    if story.blocks is not None and not error_page:
        blocks, captions, images = story.blocks, (), ()
    page_kind = (
        PageKind.ERROR
        if error_page
        else story.kind or _page_kind(error_page, blocks, removed, settings)
    )
    teasers = story.teasers or (parts.teasers if parts and page_kind is PageKind.LISTING else ())
    standfirsts = [b.text for b in blocks if b.kind is BlockKind.STANDFIRST]
    return Article(
        title=headline,
        standfirst=standfirsts[0] if standfirsts else metadata.standfirst,
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
        text="\n\n".join(b.text for b in blocks if b.kind in BODY_KINDS),
        subheads=tuple(b.text for b in blocks if b.kind is BlockKind.SUBHEAD),
        captions=captions,
        quotes=find_quotes(
            blocks[: settings.quote_block_budget], language=metadata.language, settings=quotes
        ),
        agencies=find_agencies(blocks, (*authorship.bylines, *metadata.agencies)),
        boilerplate=tuple(removed),
        is_error_page=error_page,
        provenance=_provenance(metadata.provenance, story.sources),
        images=images,
        entries=story.entries if page_kind is PageKind.LIVE_BLOG else (),
        teasers=teasers,
        next_page_url=metadata.next_page_url or (parts.next_page_url if parts else None),
        warnings=(
            *warnings,
            *story.warnings,
            *_quote_budget_warning(blocks, settings.quote_block_budget),
        ),
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


def _quote_budget_warning(blocks: Sequence[Block], budget: int) -> tuple[str, ...]:
    if len(blocks) <= budget:
        return ()
    return (f"quotes were looked for in the first {budget} blocks only",)


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


def _blocks_and_captions(
    kept: Sequence[Decision], parts: PageParts | None = None
) -> tuple[tuple[Block, ...], tuple[Caption, ...], dict[int, int]]:
    """Blocks in order; a photo-credit line joins the caption next to it, the rows of one
    table make one TABLE block. Also returns where each candidate's text went: candidate
    index -> block index."""
    blocks: list[Block] = []
    captions: list[Caption] = []
    at: dict[int, int] = {}
    table = 0  # the <table> of the last block, when it is a TABLE block
    for d in kept:
        # a caption block that is nothing but a credit is a photo credit too
        credit_only = d.kind is BlockKind.CAPTION and not split_caption(d.text)[0]
        row_table = parts.tables.get(d.index, 0) if parts and d.kind is BlockKind.TABLE else 0
        if d.photo_credit or credit_only:
            if blocks and blocks[-1].kind is BlockKind.CAPTION and captions[-1].credit is None:
                previous = captions[-1]
                merged = f"{blocks[-1].text} {d.text}"
                blocks[-1] = replace(blocks[-1], text=merged)
                captions[-1] = Caption(previous.text, d.text, previous.block)
                at[d.index] = len(blocks) - 1
                continue
            at[d.index] = len(blocks)
            blocks.append(_block(BlockKind.CAPTION, d, parts))
            captions.append(Caption("", d.text, len(blocks) - 1))
            continue
        if d.kind is BlockKind.CAPTION:
            text, credit = split_caption(d.text)
            if (
                credit is None
                and captions
                and not captions[-1].text
                and blocks[-1].kind is (BlockKind.CAPTION)
            ):
                # a photo credit printed before its caption
                lone = captions[-1]
                own = _block(BlockKind.CAPTION, d, parts)
                blocks[-1] = replace(own, text=f"{d.text} {lone.credit}")
                captions[-1] = Caption(text, lone.credit, lone.block)
                at[d.index] = len(blocks) - 1
                continue
            at[d.index] = len(blocks)
            blocks.append(_block(BlockKind.CAPTION, d, parts))
            captions.append(Caption(text, credit, len(blocks) - 1))
            continue
        assert d.kind is not None
        if row_table and row_table == table and blocks and blocks[-1].kind is BlockKind.TABLE:
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


def _page_kind(
    error_page: bool,
    blocks: Sequence[Block],
    removed: Sequence[Removed],
    settings: AssembleSettings,
) -> PageKind:
    if error_page:
        return PageKind.ERROR
    if not blocks:
        return PageKind.EMPTY if not removed else PageKind.LISTING
    link_lists = sum(1 for r in removed if r.reason is RemovalReason.LINK_LIST)
    if (  # cheapest test first: most pages remove few link lists
        link_lists >= settings.listing_min_link_lists
        and not any(is_prose(b.text) for b in blocks if b.kind is BlockKind.PARAGRAPH)
        and sum(word_count(b.text) for b in blocks if b.kind in BODY_KINDS)
        < settings.listing_max_body_words
    ):
        return PageKind.LISTING
    return PageKind.ARTICLE
