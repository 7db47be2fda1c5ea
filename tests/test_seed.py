"""The example newsextract was born from: a France 24 article dumped as text by a scraper."""

from __future__ import annotations

import pytest

import newsextract
from newsextract import Article, BlockKind, RemovalReason

TITLE = "Kerry and Lavrov trade blame as air strikes pound Aleppo"
ERROR_LINES = (
    "This page is not available",
    "The page no longer exists or did not exist at all. Please check the address or use the "
    "links below to access the requested content.",
)
SUBHEADS = (
    "Thursday meeting 'make or break' for collapsing ceasefire",
    "'Parallel universe'",
    "Lavrov: 'We need to refrain from emotional reactions'",
)


@pytest.fixture(scope="module")
def article(seed_text: str) -> Article:
    return newsextract.extract(seed_text)


def test_text_mode_is_sniffed(seed_text: str, article: Article) -> None:
    assert newsextract.extract(seed_text, kind="text") == article


def test_title(article: Article) -> None:
    assert article.title == TITLE


def test_chrome_and_error_text_removed_with_reasons(article: Article) -> None:
    reasons = {r.text: r.reason for r in article.boilerplate}
    assert reasons["Skip to main content"] is RemovalReason.NAVIGATION
    for line in ERROR_LINES:
        assert reasons[line] is RemovalReason.ERROR_PAGE
        assert line not in article.text
    assert "Skip to main content" not in article.text


def test_caption_with_its_credit(article: Article) -> None:
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.credit == "Ameer Alhalbi, AFP"
    assert caption.text.startswith("A Syrian man carries a baby")
    assert caption.text.endswith("on September 21, 2016.")
    assert article.blocks[caption.block].kind is BlockKind.CAPTION
    assert "A Syrian man carries a baby" not in article.text


def test_standfirst(article: Article) -> None:
    assert article.standfirst is not None
    assert article.standfirst.startswith("Russia and the United States clashed over the carnage")
    assert not article.text.startswith("Russia and the United States clashed")


def test_subheads_in_order(article: Article) -> None:
    assert article.subheads == SUBHEADS


def test_agencies_from_credit_line(article: Article) -> None:
    assert article.agencies == ("FRANCE 24", "AFP")
    credits = [b.text for b in article.blocks if b.kind is BlockKind.CREDIT]
    assert credits == ["(FRANCE 24 with AFP)"]
    assert "(FRANCE 24 with AFP)" not in article.text


def test_body_paragraphs_in_order_and_nothing_else(seed_text: str, article: Article) -> None:
    lines = [" ".join(line.split()) for line in seed_text.splitlines() if line.strip()]
    start = lines.index(
        "An angry US Secretary of State John Kerry demanded that Russia force Syria to ground "
        "its air force, which Washington blames for a deadly attack on an aid convoy earlier "
        "this week."
    )
    end = lines.index("(FRANCE 24 with AFP)")
    expected = [line for line in lines[start:end] if line not in SUBHEADS]
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert paragraphs == expected
    body = [b.text for b in article.blocks if b.kind in newsextract.model.BODY_KINDS]
    assert article.text == "\n\n".join(body)
    assert article.text.startswith(expected[0])
    assert article.text.endswith(expected[-1])


def test_not_an_error_page(article: Article) -> None:
    assert article.is_error_page is False
    assert article.page_kind is newsextract.PageKind.ARTICLE


def test_quotes_with_speakers(article: Article) -> None:
    found = {q.text: q.speaker for q in article.quotes}
    expected = {
        "We are at a make or break moment": "Ban Ki-moon",
        "negotiate a way out of the hell in which they are trapped": "Ban Ki-moon",
        "it's going to be difficult. We'll see what people are willing to do": "John Kerry",
        "no more unilateral pauses": "Sergei Lavrov",
        "sort of in a parallel universe": "John Kerry",
        "refrain from emotional reactions": "Sergei Lavrov",
    }
    for text, speaker in expected.items():
        matches = [t for t in found if text in t]
        assert matches, f"quote not found: {text}"
        assert found[matches[0]] is not None
        assert speaker.split()[-1] in (found[matches[0]] or "")
    for quote in article.quotes:
        assert article.blocks[quote.block].text[quote.start : quote.end] == quote.text


def test_round_trip(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article
