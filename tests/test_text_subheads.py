"""Text mode's subheads (issue #15, round 29): lines between paragraphs that are no subheads.

`de-krautreporter-interview.txt` is an excerpt (lines 1, 24, 29-34, 41-48 and 54-58, counted
from 1) of the `html_text` dump of de/Krautreporter_2024_08_22 in fundus-dev
(`benchmarks/out/dumps/fundus-dev/html_text/`), MIT: `tests/fixtures/text/LICENSE-fundus`.
The other pages are built like the dumps they stand for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract.model import BlockKind
from newsextract.settings import DEFAULT_SETTINGS

FIXTURES = Path(__file__).parent / "fixtures" / "text"

_HARBOUR = [
    "Harbour expansion approved after long debate",
    *(
        f"The council voted on day {n} to expand the harbour, a plan that has divided the town "
        "for years and that opponents say will cost far more than the budget allows."
        for n in range(4)
    ),
]


def _subheads(*between: str) -> tuple[str, ...]:
    """The subheads of a story with `between` set among its paragraphs."""
    lines = [*_HARBOUR, *between, *_HARBOUR[1:]]
    return newsextract.extract("\n".join(lines), kind="text").subheads


def test_an_interviews_questions_are_paragraphs() -> None:
    """Questions each answered by a quotation ("„Nein.“", "Liat: „Nicht besonders. ...")
    are the interview's paragraphs, not subheads."""
    text = (FIXTURES / "de-krautreporter-interview.txt").read_text(encoding="utf-8")
    article = newsextract.extract(text, kind="text")
    assert article.subheads == ()
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds["Was ging dir durch den Kopf?"] is BlockKind.PARAGRAPH


def test_a_lone_question_over_a_quotation_stays_a_subhead() -> None:
    """One question subhead over a paragraph opening with a quotation is no interview."""
    question = "What happens to the old pier?"
    answer = '"We will keep what we can," the mayor said on Monday, before the vote was taken.'
    assert _subheads(question, answer) == (question,)


def test_a_name_printed_in_the_paragraph_next_to_it_is_no_subhead() -> None:
    """A line of people's names that the paragraph above or below prints is their photo's
    caption or an author's box; a heading read as a name but printed nowhere around stays."""
    above = "Jane Doe, 43, admitted a single charge of using threatening words in the square."
    below = "Meanwhile John Roe, 37, admitted possessing a hammer, the court heard on Monday."
    assert _subheads(above, "Jane Doe and John Roe", below) == ()
    assert _subheads("Negative Folgen") == ("Negative Folgen",)


@pytest.mark.parametrize(
    "line",
    [
        "Are protests breaking out in your area? Get in touch at news@example.com",
        "https://x.com/harbourtown/status/1810478997442101422",
        "-- Lindsay Lohan (@lindsaylohan) October 29, 2012",
    ],
)
def test_a_line_holding_an_address_is_no_subhead(line: str) -> None:
    """A line with an e-mail or web address is a contact or an embedded post's link; one
    with a social handle is an embedded post's attribution (dragnet's Markdown twins)."""
    assert _subheads(line) == ()


def test_a_sign_up_boxs_title_is_no_subhead() -> None:
    """The title over a newsletter's sign-up wording is the box's, not a subhead; the same
    heading over the story's prose is one."""
    title = "Get daily local news"
    pitch = "Get daily local news delivered to your inbox so you'll never miss a story."
    assert _subheads(title, pitch) == ()
    assert _subheads(title) == (title,)


def test_a_teasers_long_headline_is_no_subhead() -> None:
    """A heading-shaped line of more than `subhead_max_words` words between paragraphs is a
    teaser's headline; one of as many words is a subhead."""
    words = (
        "Ferry operators warn that fares will rise again next spring as fuel costs climb".split()
    )
    longest = " ".join([*words, "along", "the", "coast"][: DEFAULT_SETTINGS.text.subhead_max_words])
    longer = f"{longest} and the harbour"
    assert _subheads(longest) == (longest,)
    assert _subheads(longer) == ()
