"""Markdown, plain text and notebook HTML renderings of an Article (newsextract.output.render)."""

from __future__ import annotations

import doctest
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsextract
from newsextract import (
    Article,
    Block,
    BlockKind,
    Caption,
    Emphasis,
    Link,
    Quote,
    RemovalReason,
    Removed,
    show,
    to_frame,
    to_html,
    to_markdown,
    to_text,
)
from newsextract.output import render

SEED = Path(__file__).parent / "fixtures" / "france24-aleppo.txt"
HOSTILE = '<script>alert("x")</script>'
#: The only tags the notebook renderer writes itself.
RENDERER_TAGS = frozenset(
    "div p span em strong blockquote ul ol li pre code details summary".split()
)


@pytest.fixture(scope="module")
def seed() -> Article:
    return newsextract.extract(SEED.read_text(encoding="utf-8"))


def hostile_article() -> Article:
    """An article whose every text field carries a script tag."""
    paragraph = f'He said "{HOSTILE} is here" today.'
    start = paragraph.index(HOSTILE)
    return Article(
        title=HOSTILE,
        standfirst=HOSTILE,
        authors=(HOSTILE,),
        site_name=HOSTILE,
        url=f"javascript:{HOSTILE}",
        language=HOSTILE,
        agencies=(HOSTILE,),
        blocks=(
            Block(BlockKind.CAPTION, f"{HOSTILE} caption"),
            Block(BlockKind.PARAGRAPH, paragraph),
            Block(BlockKind.QUOTE, f"{HOSTILE} block quote"),
            Block(BlockKind.SUBHEAD, HOSTILE),
            Block(BlockKind.LIST_ITEM, HOSTILE),
            Block(BlockKind.TABLE, HOSTILE),
            Block(BlockKind.CODE, HOSTILE),
            Block(BlockKind.CREDIT, HOSTILE),
        ),
        captions=(Caption(text=f"{HOSTILE} caption", credit=HOSTILE, block=0),),
        quotes=(
            Quote(text=f"{HOSTILE} is here", speaker=HOSTILE, block=1, start=start, end=start + 36),
        ),
        boilerplate=(Removed(HOSTILE, RemovalReason.NAVIGATION),),
        warnings=(HOSTILE,),
    )


# ----- Markdown -----------------------------------------------------------------------------


def test_markdown_structure_on_seed(seed: Article) -> None:
    md = to_markdown(seed)
    paragraphs = md.split("\n\n")
    assert paragraphs[0] == "# Kerry and Lavrov trade blame as air strikes pound Aleppo"
    assert paragraphs[1] == f"**{seed.standfirst}**"
    subheads = [p.removeprefix("## ") for p in paragraphs if p.startswith("## ")]
    assert subheads == list(seed.subheads)
    caption = seed.captions[0]
    assert f"*{caption.text}* — Ameer Alhalbi, AFP" in paragraphs
    assert paragraphs[-1] == "(FRANCE 24 with AFP)"
    assert md.count(seed.standfirst or "") == 1  # the standfirst block is not repeated
    assert "Skip to main content" not in md and "This page is not available" not in md


def test_markdown_keeps_every_body_paragraph_in_order(seed: Article) -> None:
    md = to_markdown(seed)
    positions = [md.index(b.text) for b in seed.blocks if b.kind == BlockKind.PARAGRAPH]
    assert positions == sorted(positions)


def test_markdown_block_kinds() -> None:
    article = Article(
        title="T",
        blocks=(
            Block(BlockKind.QUOTE, "A pull quote."),
            Block(BlockKind.LIST_ITEM, "one"),
            Block(BlockKind.LIST_ITEM, "two"),
            Block(BlockKind.TABLE, "a | b"),
            Block(BlockKind.TABLE, "c | d"),
            Block(BlockKind.CODE, "x = `y`"),
            Block(BlockKind.CREDIT, "(Reuters)"),
            Block(BlockKind.PARAGRAPH, "Last."),
        ),
    )
    assert to_markdown(article).split("\n\n") == [
        "# T",
        "> A pull quote.",
        "- one\n- two",
        "a | b\\\nc | d",
        "```\nx = `y`\n```",
        "Last.",
        "(Reuters)",
    ]


def test_markdown_escapes_markup_in_page_text() -> None:
    article = Article(
        title="Score #1",
        blocks=(
            Block(BlockKind.PARAGRAPH, "- not a list"),
            Block(BlockKind.PARAGRAPH, "1. not a list either"),
            Block(BlockKind.PARAGRAPH, f"{HOSTILE} *bold* [link](x) &amp;"),
        ),
    )
    md = to_markdown(article)
    assert md.split("\n\n") == [
        "# Score \\#1",
        "\\- not a list",
        "1\\. not a list either",
        '&lt;script>alert("x")&lt;/script> \\*bold\\* \\[link\\](x) &amp;amp;',
    ]
    assert show(article)._repr_markdown_() == md


def test_markdown_with_links_escapes_block_markers_too() -> None:
    """Written with its links, a line opening like a list or a heading is still text; one
    opening with a link opens with "[", which starts no block."""
    article = Article(
        blocks=(
            Block(BlockKind.PARAGRAPH, "1. see the map", links=(Link(11, 14, "https://m.test/"),)),
            Block(BlockKind.PARAGRAPH, "# one", emphasis=(Emphasis(2, 5, "bold"),)),
            Block(BlockKind.PARAGRAPH, "- map first", links=(Link(0, 5, "https://m.test/"),)),
        )
    )
    assert to_markdown(article, links=True).split("\n\n") == [
        "1\\. see the [map](https://m.test/)",
        "\\# **one**",
        "[- map](https://m.test/) first",
    ]


def test_markdown_renders_no_page_markup() -> None:
    """Rendered by Python-Markdown (not CommonMark), page text still gives no tag or link."""
    markdown = pytest.importorskip("markdown")
    article = Article(
        title=HOSTILE,
        blocks=(
            Block(BlockKind.PARAGRAPH, f"{HOSTILE} [x](javascript:alert(1)) <b>b</b>"),
            Block(BlockKind.LIST_ITEM, HOSTILE),
            Block(BlockKind.QUOTE, HOSTILE),
        ),
    )
    rendered = markdown.markdown(to_markdown(article))
    assert "<script" not in rendered and "<b>" not in rendered and "<a" not in rendered


def test_standfirst_repeating_the_first_paragraph_is_shown_once() -> None:
    lead = "A powerful storm hit the coast on Saturday, cutting power to thousands of homes."
    echo = Article(
        title="T",
        standfirst="A powerful storm hit the coast on Saturday, cutting power to…",
        blocks=(Block(BlockKind.PARAGRAPH, lead),),
    )
    assert to_text(echo) == f"T\n\n{lead}"
    assert to_markdown(echo) == f"# T\n\n{lead}"
    assert "<strong>" not in to_html(echo)
    summary = Article(title="T", standfirst="Power is out.", blocks=(echo.blocks[0],))
    assert to_text(summary) == f"T\n\nPower is out.\n\n{lead}"


def test_markdown_of_empty_article_is_empty() -> None:
    assert to_markdown(Article()) == ""
    assert to_text(Article()) == ""


def test_caption_without_caption_record_uses_block_text() -> None:
    article = Article(blocks=(Block(BlockKind.CAPTION, "A street."),))
    assert to_markdown(article) == "*A street.*"


# ----- plain text ---------------------------------------------------------------------------


def test_text_on_seed(seed: Article) -> None:
    text = to_text(seed)
    assert text == "\n\n".join(
        [seed.title or "", seed.standfirst or "", seed.text, "(FRANCE 24 with AFP)"]
    )
    assert "A Syrian man carries a baby" not in text  # captions are left out


# ----- notebook HTML ------------------------------------------------------------------------


def test_html_escapes_hostile_text_everywhere() -> None:
    fragment = to_html(hostile_article())
    assert "<script" not in fragment.lower()
    assert "&lt;script&gt;" in fragment
    assert "href" not in fragment  # no URL from the page becomes a link
    assert set(re.findall(r"</?([^\s>]*)", fragment)) <= RENDERER_TAGS


@given(st.text())
def test_html_never_passes_a_tag_through(text: str) -> None:
    article = Article(
        title=text,
        blocks=(Block(BlockKind.CAPTION, text), Block(BlockKind.QUOTE, text)),
        captions=(Caption(text=text, credit=text, block=0),),
        quotes=(Quote(text=text, speaker=text, block=1, start=0, end=len(text)),),
    )
    fragment = render.to_html(article)
    assert set(re.findall(r"</?([^\s>]*)", fragment)) <= RENDERER_TAGS


def test_html_shows_typed_blocks_quotes_and_removed(seed: Article) -> None:
    fragment = to_html(seed)
    assert fragment.startswith('<div class="newsextract-article"')
    assert "Ameer Alhalbi, AFP" in fragment
    assert fragment.count('title="said by ') == len(seed.quotes)
    assert "<summary>Quotes (10)</summary>" in fragment
    assert "<strong>Sergei Lavrov</strong>" in fragment
    removed = fragment.split("<summary>Removed boilerplate (4)</summary>")[1]
    assert "<code>error_page</code> This page is not available" in removed
    assert "<details><summary>Removed" in fragment  # folded: no `open`


def test_html_ignores_quote_offsets_out_of_range() -> None:
    article = Article(
        blocks=(Block(BlockKind.PARAGRAPH, "short"),),
        quotes=(Quote(text="x", speaker="A", block=0, start=3, end=99),),
    )
    assert "<p>short</p>" in to_html(article)


# ----- many articles ------------------------------------------------------------------------


def test_table_of_articles(seed: Article) -> None:
    articles = [seed, Article(title=HOSTILE), Article(title="x" * 200)]
    table = render.articles_table_html(articles)
    assert table.count("<tr>") == 4
    assert "<script" not in table
    assert "x" * (render.TABLE_TITLE_CHARS - 1) + "…" in table
    assert ">FRANCE 24, AFP<" in table
    shown = render.show(articles)
    assert shown._repr_html_() == table
    md = shown._repr_markdown_().splitlines()
    assert len(md) == 2 + len(articles)
    assert md[2].startswith(f"| 0 | {seed.title} |")
    assert "&lt;script>" in md[3]


def test_module_doctests() -> None:
    result = doctest.testmod(render)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("render", [to_markdown, to_text, to_html])
def test_a_page_not_yet_extracted_is_refused_by_name(render: Callable[[Any], str]) -> None:
    with pytest.raises(TypeError, match=rf"^{render.__name__} takes an Article, not str \("):
        render("<html><body><p>A page.</p></body></html>")


@pytest.mark.parametrize("helper", [show, to_frame])
def test_helpers_taking_many_articles_say_what_they_got(helper: Callable[[Any], object]) -> None:
    pytest.importorskip("pandas")
    name = helper.__name__
    # a str iterates (show made a table of its characters)
    with pytest.raises(TypeError, match=rf"^{name} takes a list of Articles, not str$"):
        helper("<p>A page.</p>")
    with pytest.raises(TypeError, match=rf"^{name} takes an Article, not bytes \("):
        helper([Article(title="One"), b"<p>A page.</p>"])


def test_to_frame_of_one_article_says_to_pass_a_list() -> None:
    pytest.importorskip("pandas")
    with pytest.raises(
        TypeError, match=r"^to_frame takes a list, not one Article: pass \[article\]$"
    ):
        to_frame(Article(title="One"))  # type: ignore[arg-type]
