"""The structure and metadata classes of modern news pages (issue 15), each on a small page
built like the real ones it stands for: deks, descriptions the page never shows, escaped
entities, captions, bylines, dates and quote speakers, in the languages named."""

from __future__ import annotations

import newsextract
from newsextract.model import Block, BlockKind
from newsextract.options import Options
from newsextract.signals.strings import plain_text

_PARAGRAPHS = "".join(
    f"<p>Paragraph {i} of the story tells what happened in the town council on Monday, "
    "and why the vote matters for the residents who came to the meeting.</p>"
    for i in range(6)
)


def _page(head: str, header: str, body: str = _PARAGRAPHS, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head>{head}</head><body><nav><a href="/">Home</a>'
        f'<a href="/news">News</a></nav><main><article><header>{header}</header>'
        f'<div class="article-body">{body}</div></article></main>'
        "<footer><p>© 2025 The Daily Example</p></footer></body></html>"
    )


# --- standfirst -------------------------------------------------------------------------

_DESCRIPTION = (
    '<meta name="description" content="The council voted on Monday; read everything about'
    ' the vote, the budget and the reactions here.">'
)


def test_the_dek_under_the_headline_beats_the_meta_description() -> None:
    for dek_markup in (
        '<p class="dek">{}</p>',
        '<p class="article-excerpt">{}</p>',  # Rolling Stone
        '<div class="intro"><p>{}</p></div>',  # Stern
        '<div class="leadIn"><p>{}</p></div>',  # Focus
        '<h2 class="doc_header__subheader">{}</h2>',  # Kommersant
        '<p class="article-subtitle">{}</p>',  # Financial Post
    ):
        dek = "The council approved the budget after a long night, and the mayor promised more."
        html = _page(_DESCRIPTION, "<h1>Council approves budget</h1>" + dek_markup.format(dek))
        article = newsextract.extract(html)
        assert article.standfirst == dek, dek_markup
        assert dek not in article.text  # a dek is not the story's first paragraph


def test_a_standfirst_mark_on_the_whole_header_does_not_make_its_heading_a_dek() -> None:
    # Aftonbladet: <header class="article-intro"> holds the headline, a kicker heading,
    # the byline and the three dek paragraphs
    header = (
        '<header class="article-intro"><h1>Council approves budget</h1>'
        "<h2>Mayor may have changed course</h2>"
        '<p class="dek">The council approved the budget after a long night of debate.</p>'
        "</header>"
    )
    article = newsextract.extract(_page("", header))
    assert article.standfirst == "The council approved the budget after a long night of debate."


def test_a_lead_image_caption_is_not_a_dek() -> None:
    header = (
        "<h1>Council approves budget</h1>"
        '<div class="lead-image"><figure><img src="a.jpg"><figcaption>The mayor speaks to'
        " reporters outside the town hall on Monday. Photo: Jane Doe/AP</figcaption>"
        "</figure></div>"
    )
    article = newsextract.extract(_page("", header))
    assert article.standfirst is None
    assert [c.text for c in article.captions] == [
        "The mayor speaks to reporters outside the town hall on Monday."
    ]


def test_a_description_the_page_never_shows_is_not_a_standfirst() -> None:
    html = _page(_DESCRIPTION, "<h1>Council approves budget</h1>")
    article = newsextract.extract(html)
    assert article.standfirst is None


def test_a_description_the_page_shows_above_the_story_is_the_standfirst() -> None:
    shown = "The council voted on Monday after a long night of debate over the new budget."
    html = _page(
        f'<meta property="og:description" content="{shown}">',
        f"<h1>Council approves budget</h1><p>{shown}</p>",
    )
    assert newsextract.extract(html).standfirst == shown


def test_a_description_that_is_the_lead_photo_caption_is_not_a_standfirst() -> None:
    caption = "Firefighters at work in Lichterfelde on Friday afternoon, seen from a balcony."
    header = (
        f"<h1>Fire in Lichterfelde</h1><figure><img src='a.jpg'><figcaption>{caption}"
        "</figcaption></figure>"
    )
    html = _page(f'<meta name="description" content="{caption}">', header)
    assert newsextract.extract(html).standfirst is None


# --- escaped entities in metadata strings -------------------------------------------------


def test_entities_escaped_twice_are_decoded_in_metadata() -> None:
    head = (
        "<title>Surviving Roommate Agrees to Interview with Kohberger&amp;#8217;s Lawyers"
        "</title>"
        '<meta property="og:title" content="Surviving Roommate Agrees to Interview with'
        ' Kohberger&amp;#8217;s Lawyers">'
        '<meta property="og:description" content="&amp;lt;p&amp;gt;Here&amp;amp;#x27;s'
        ' what we know about the vote.&amp;lt;/p&amp;gt;">'
    )
    shown = "<p>Here's what we know about the vote.</p>"
    article = newsextract.extract(_page(head, shown))
    assert article.title == "Surviving Roommate Agrees to Interview with Kohberger’s Lawyers"
    assert article.standfirst == "Here's what we know about the vote."


def test_plain_text_decodes_strips_and_keeps_a_repeated_text_once() -> None:
    assert plain_text("Die Sprengung der K&amp;uuml;hlt&amp;uuml;rme") == (
        "Die Sprengung der Kühltürme"
    )
    assert plain_text("&lt;p&gt;Here&amp;#x27;s why&lt;/p&gt;") == "Here's why"
    assert plain_text("War can uproot lives. War can uproot lives.") == "War can uproot lives."
    assert plain_text("AT&T and R&D stay as they are") == "AT&T and R&D stay as they are"
    assert plain_text("a < b and c > d") == "a < b and c > d"


# --- captions -----------------------------------------------------------------------------


def _story_with(figure: str) -> str:
    half = _PARAGRAPHS[: len(_PARAGRAPHS) // 2]
    return _page("", "<h1>Council approves budget</h1>", half + figure + half)


def test_a_label_beside_a_picture_without_figcaption_is_a_caption() -> None:
    # Evening Standard: <picture> then a <div> caption and a <div> credit, no <figure>
    figure = (
        '<div class="sc-1"><picture><img src="a.jpg"></picture>'
        '<div class="sc-2">Chelsea beat Tottenham on Thursday night</div>'
        "</div>"
    )
    article = newsextract.extract(_story_with(figure))
    assert [c.text for c in article.captions] == ["Chelsea beat Tottenham on Thursday night"]
    assert "Chelsea" not in article.text


def test_a_german_credit_line_after_its_caption_joins_it() -> None:
    # Tages-Anzeiger: the caption, then "Foto: Name (Agency)" in its own element
    figure = (
        "<figure><img src='a.jpg'><figcaption><span>Der Parteipräsident der SVP Schweiz,"
        " Marco Chiesa, bei seiner Rede in Küssnacht am Rigi.</span>"
        '<span class="credit">Foto: Urs Flueeler (Keystone)</span></figcaption></figure>'
    )
    article = newsextract.extract(_story_with(figure))
    (caption,) = article.captions
    assert caption.text.startswith("Der Parteipräsident der SVP Schweiz")
    assert caption.credit == "Urs Flueeler (Keystone)"


def test_a_credit_without_a_caption_is_no_caption() -> None:
    figure = "<figure><img src='a.jpg'><figcaption>© BART DEWAELE</figcaption></figure>"
    assert newsextract.extract(_story_with(figure)).captions == ()


def test_a_table_caption_is_not_a_photo_caption() -> None:
    table = (
        '<figure class="wp-block-table"><table><caption>Budget by department, 2025</caption>'
        "<tr><td>Schools</td><td>12 m</td></tr><tr><td>Roads</td><td>8 m</td></tr></table>"
        "<figcaption>Source: the town council's budget report</figcaption></figure>"
    )
    article = newsextract.extract(_story_with(table))
    assert article.captions == ()
    with_tables = newsextract.extract(_story_with(table), options=Options(tables=True))
    assert with_tables.blocks[3:6] == (
        Block(BlockKind.TABLE, "Budget by department, 2025"),
        Block(BlockKind.TABLE, "Schools | 12 m"),
        Block(BlockKind.TABLE, "Roads | 8 m"),
    )


# --- authors ------------------------------------------------------------------------------


def test_update_stamps_and_photo_copyrights_in_byline_slots_name_no_author() -> None:
    # NTV Türkiye: "Son Güncelleme" (last update) in the author slot; Euronews: the lead
    # photo's "Copyright Fredrik Persson" in a byline-classed element
    for slot in ("Son Güncelleme", "Copyright Fredrik Persson"):
        header = f'<h1>Council approves budget</h1><div class="author">{slot}</div>'
        assert newsextract.extract(_page("", header)).authors == (), slot
    header = '<h1>Council approves budget</h1><div class="author">Jane Doe</div>'
    assert newsextract.extract(_page("", header)).authors == ("Jane Doe",)
