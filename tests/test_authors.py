"""Authors of the article: one decision over the metadata, the bylines and the credit lines."""

from __future__ import annotations

from newsextract.blocks import Decision
from newsextract.metadata.authors import decide_authors
from newsextract.model import BlockKind, RemovalReason

STORY = "The council voted on Tuesday to approve a new bridge over the river, officials said."


def _story(*extra: Decision, start: int = 10) -> tuple[list[Decision], list[Decision]]:
    """Every decision of a page (a story of three paragraphs from `start`, plus `extra`),
    and the kept ones."""
    paragraphs = [Decision(start + i, f"{STORY} ({i})", BlockKind.PARAGRAPH) for i in range(3)]
    decisions = sorted([*paragraphs, *extra], key=lambda d: d.index)
    return decisions, [d for d in decisions if d.kind is not None]


def test_the_metadata_authors_come_first() -> None:
    decisions, kept = _story(Decision(9, "By John Roe", reason=RemovalReason.BYLINE))
    authorship = decide_authors(("Jane Doe",), decisions, kept)
    assert authorship.authors == ("Jane Doe",)
    assert authorship.bylines == ("By John Roe",)  # still read for agencies


def test_bylines_removed_around_the_article_name_the_authors() -> None:
    decisions, kept = _story(
        Decision(0, "By REUTERS", reason=RemovalReason.BYLINE),  # a ticker far above
        Decision(9, "By Jane Doe and John Roe", reason=RemovalReason.BYLINE),
    )
    authorship = decide_authors((), decisions, kept)
    assert authorship.authors == ("Jane Doe", "John Roe")
    assert authorship.bylines == ("By Jane Doe and John Roe",)


def test_a_closing_credit_line_names_the_reporters() -> None:
    decisions, kept = _story(
        Decision(13, "(Reporting by Will Dunham; Editing by Tom Brown)", BlockKind.CREDIT)
    )
    assert decide_authors((), decisions, kept).authors == ("Will Dunham",)


def test_the_authors_biographies_closing_the_story_are_found() -> None:
    bio = "Jane Doe is a correspondent based in Cairo. She previously covered Lebanon."
    decisions, kept = _story(Decision(13, bio, BlockKind.PARAGRAPH))
    authorship = decide_authors(("Jane Doe",), decisions, kept)
    assert authorship.bios == frozenset({3})
    assert decide_authors(("John Roe",), decisions, kept).bios == frozenset()


def test_no_article_no_authors_from_the_page() -> None:
    decisions = [Decision(0, "By Jane Doe", reason=RemovalReason.BYLINE)]
    authorship = decide_authors((), decisions, [])
    assert authorship.authors == ()
    assert authorship.bylines == ()


def test_a_paragraph_of_names_opening_the_story_is_its_byline() -> None:
    # Lesotho Times: "<p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>" after a
    # two-line dek, before the first paragraph
    dek = Decision(8, "…as communities cry foul over lost livelihoods", BlockKind.PARAGRAPH)
    names = Decision(9, "Mathatisi Sebusi/Mohalenyane Phakela", BlockKind.PARAGRAPH)
    decisions, kept = _story(dek, names)
    authorship = decide_authors((), decisions, kept)
    assert authorship.authors == ("Mathatisi Sebusi", "Mohalenyane Phakela")
    assert authorship.bios == frozenset({1})  # the line leaves the text


def test_a_capitalized_pair_the_story_goes_on_to_use_is_no_byline() -> None:
    # the story's subject ("Harata HeiQuiti") or a label ("Toffee Bars") opening it
    subject = Decision(9, "Harata Heiquiti", BlockKind.PARAGRAPH)
    later = Decision(13, "Heiquiti worked on the magazine for ten years.", BlockKind.PARAGRAPH)
    decisions, kept = _story(subject, later)
    authorship = decide_authors((), decisions, kept)
    assert authorship.authors == ()
    assert authorship.bios == frozenset()


def test_the_author_box_closing_the_story_leaves_it() -> None:
    # The Gateway Pundit: a bio, then a line of links to the author
    bio = Decision(13, "Paul Serran is a Brazilian writer and musician.", BlockKind.PARAGRAPH)
    links = Decision(
        14,
        "You can email Paul Serran here, and read more of Paul Serran's articles here.",
        BlockKind.PARAGRAPH,
    )
    decisions, kept = _story(bio, links)
    assert decide_authors(("Paul Serran",), decisions, kept).bios == frozenset({3, 4})
