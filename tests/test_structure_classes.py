"""The structure and metadata classes of modern news pages (issue 15), each on a small page
built like the real ones it stands for: deks, descriptions the page never shows, escaped
entities, captions, bylines, dates and quote speakers, in the languages named."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.model import Article, Block, BlockKind, Caption
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


def test_a_dek_set_as_a_heading_under_the_headline_is_the_standfirst() -> None:
    # Taipei Times: the <h1>, then an <h2> holding the dek (a kicker in capitals opening it),
    # then the story, all in one container
    dek = (
        "CHINESE AGGRESSION: Manila accused Beijing's 'maritime militia' of sideswiping a"
        " Philippine civilian patrol boat, which sustained minor damage"
    )
    top = f"<h1>US, Manila launch war games after PRC's Taiwan drills</h1><h2>{dek}</h2>"
    article = newsextract.extract(_page("", "", top + _PARAGRAPHS))
    assert article.standfirst == dek
    assert article.subheads == ()
    assert "CHINESE" not in article.text


def test_a_heading_repeating_the_headline_or_a_short_one_is_no_dek() -> None:
    # Tages-Anzeiger: the story's header repeats the headline under its kicker in an <h2>;
    # it is the headline again, neither the dek nor a subhead
    headline = "Chiesa ruft zum politischen Widerstand gegen die Schweizer Asylpolitik auf"
    top = f"<h1>{headline}</h1><h2>SVP-Sonderparteitag zur Migration {headline}</h2>"
    article = newsextract.extract(_page("", "", top + _PARAGRAPHS, lang="de"))
    assert article.standfirst is None
    assert article.subheads == ()
    assert "SVP-Sonderparteitag" not in article.text
    # a section heading opening the story is a subhead
    top = "<h1>Council approves budget</h1><h2>What the council decided</h2>"
    article = newsextract.extract(_page("", "", top + _PARAGRAPHS))
    assert article.standfirst is None
    assert article.subheads == ("What the council decided",)


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


def test_a_dek_of_several_short_paragraphs_is_the_standfirst() -> None:
    # Expressen: <div class="article__preamble"> holds three short paragraphs; Aftonbladet:
    # the three dek paragraphs sit in <header class="article-intro"> after the headline,
    # a kicker heading, the byline and the lead photo
    lines = (
        "Students broke into the dormitory at night and beat other pupils, the charge says.",
        "They hit their schoolmates with belts.",
        "Now five students are charged with assault.",
    )
    dek = "".join(f"<p>{line}</p>" for line in lines)
    for header in (
        f'<h1>Students charged with assault</h1><div class="article__preamble">{dek}</div>',
        '<header class="article-intro"><h1>Students charged with assault</h1>'
        '<h2>School may lose its licence</h2><div class="author">Jane Doe</div>'
        '<figure><img src="a.jpg"><figcaption>The school seen from the lake on Monday.'
        " Photo: AP</figcaption></figure>"
        + "".join(f'<p class="lead">{line}</p>' for line in lines)
        + "</header>",
    ):
        article = newsextract.extract(_page("", header, lang="sv"))
        assert article.standfirst == "\n".join(lines), header
        assert "belts" not in article.text
        assert "Paragraph 0" in article.text
    # The Guardian: the byline set like the dek in the same "standfirst" element is no part
    # of it
    header = (
        '<h1>Whales stranded</h1><div class="standfirst"><p>Whale whisperers worry that'
        " changes in the ocean are behind the spike in beachings</p><p>by Jane Doe"
        " (reporting) and John Roe (photography)</p></div>"
    )
    article = newsextract.extract(_page("", header))
    assert article.standfirst == (
        "Whale whisperers worry that changes in the ocean are behind the spike in beachings"
    )


def test_a_standfirst_mark_around_the_whole_story_sets_no_dek_apart() -> None:
    # WordPress "entry-summary" around every paragraph of the story: no dek
    story = f'<div class="summary">{_PARAGRAPHS}</div>'
    html = _page("", "<h1>Council approves budget</h1>", story)
    article = newsextract.extract(html)
    assert article.standfirst is None
    assert "Paragraph 0" in article.text


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


def test_a_description_the_page_shows_in_other_words_order_is_the_standfirst() -> None:
    # the same words, repeated ones included, in another order: a dek the page rewords
    # (the description's bag of words against each block's, `MetadataSettings`'s overlap)
    described = (
        "The mayor said the budget is the one the town needs, and the council voted for the"
        " budget on Monday."
    )
    shown = (
        "On Monday the council voted for the budget, and the mayor said the budget is the one"
        " the town needs."
    )
    html = _page(
        f'<meta property="og:description" content="{described}">',
        f"<h1>Council approves budget</h1><p>{shown}</p>",
    )
    assert newsextract.extract(html).standfirst == described


def test_a_description_that_is_the_lead_photo_caption_is_not_a_standfirst() -> None:
    caption = "Firefighters at work in Lichterfelde on Friday afternoon, seen from a balcony."
    header = (
        f"<h1>Fire in Lichterfelde</h1><figure><img src='a.jpg'><figcaption>{caption}"
        "</figcaption></figure>"
    )
    html = _page(f'<meta name="description" content="{caption}">', header)
    assert newsextract.extract(html).standfirst is None


def test_a_german_meta_description_is_the_dek_when_the_json_ld_one_is_the_caption() -> None:
    # Berliner Morgenpost: the JSON-LD description is the lead photo's caption, the <meta>
    # description the dek the page prints as its first paragraph after a dateline, set
    # apart from the story's paragraphs by its class
    caption = "Kräfte der Berliner Feuerwehr sind in Lichterfelde bei einem Brand im Einsatz."
    dek = (
        "Die Feuerwehr kämpft gegen einen Brand in Lichterfelde. Bürger sollen das Gebiet"
        " meiden. Laut Warnmeldung besteht „extreme Gefahr“."
    )
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Brand in'
        f' Lichterfelde", "description": "{caption}"}}</script>'
        f'<meta name="description" content="{dek}">'
    )
    header = (
        f"<h1>Brand in Lichterfelde</h1><figure><img src='a.jpg'><figcaption>{caption}"
        "</figcaption></figure>"
    )
    body = f'<p class="font-sans font-medium"><span>Berlin.</span> {dek}</p>' + _PARAGRAPHS
    article = newsextract.extract(_page(head, header, body, lang="de"))
    assert article.standfirst == dek
    assert [c.text for c in article.captions] == [caption]


def test_a_description_that_is_the_storys_plain_first_paragraph_is_no_dek() -> None:
    # Malay Mail, The Japan News, TimesLive: the description repeats the story's lead, set
    # like every paragraph after it; the page shows no dek
    lead = (
        "PUTRAJAYA, Nov 22 — Private companies did not pay for the Prime Minister's recent"
        " travels abroad, the Communications Minister said today."
    )
    head = f'<meta name="description" content="{lead}">'
    header = "<h1>Companies did not pay for PM's trips</h1>"
    article = newsextract.extract(_page(head, header, f"<p>{lead}</p>" + _PARAGRAPHS))
    assert article.standfirst is None
    assert article.text.startswith(lead)


@pytest.mark.parametrize(
    "lead_markup",
    [
        '<p class="einleitung small">{}</p>',  # WDR: a class of its own
        '<p class="font-sans font-medium">{}</p>',  # Hamburger Abendblatt
        "<p><strong>{}</strong></p>",  # The Namibian: all of it in bold
    ],
)
def test_a_description_shown_as_a_first_paragraph_set_apart_is_the_dek(
    lead_markup: str,
) -> None:
    lead = "The council voted on Monday after a long night of debate over the new budget."
    head = f'<meta name="description" content="{lead}">'
    body = lead_markup.format(lead) + _PARAGRAPHS
    article = newsextract.extract(_page(head, "<h1>Council approves budget</h1>", body))
    assert article.standfirst == lead


def test_a_german_first_paragraph_set_apart_in_bold_is_the_dek() -> None:
    # Die Neue Südtiroler Tageszeitung: the lead is a paragraph all in <strong> under the
    # lead photo, set like the story's paragraphs otherwise; the page's description is a
    # kicker it never shows. The lead stays in the body, as a lead the description repeats.
    lead = (
        "Die Südtiroler Gesellschaft für Allgemeinmedizin hat in Klausen ihr 30-jähriges"
        " Bestehen gefeiert."
    )
    head = '<meta property="og:description" content="SÜGAM-Vollversammlung">'
    body = f"<p><strong>{lead}</strong></p>" + _PARAGRAPHS
    article = newsextract.extract(_page(head, "<h1>30 Jahre SÜGAM</h1>", body, lang="de"))
    assert article.standfirst == lead
    assert article.text.startswith(lead)


@pytest.mark.parametrize(
    "first",
    [
        "<p><strong>Mohloai Mpesi</strong></p>",  # Lesotho Times: the reporter's name in bold
        "<p><strong>MTHOBISI SITHOLE</strong></p>",  # Ilanga
        "<p><strong>I cannot give what I do not have.</strong></p>",  # a post's first line
        "<p><em>The council voted on Monday after a long night of debate.</em></p>",  # a note
    ],
)
def test_a_name_a_short_line_or_an_italic_one_opening_the_story_is_no_dek(first: str) -> None:
    body = first + _PARAGRAPHS
    article = newsextract.extract(_page("", "<h1>Council approves budget</h1>", body))
    assert article.standfirst is None


def test_a_story_all_in_bold_sets_no_first_paragraph_apart() -> None:
    body = _PARAGRAPHS.replace("<p>", "<p><strong>").replace("</p>", "</strong></p>")
    article = newsextract.extract(_page("", "<h1>Council approves budget</h1>", body))
    assert article.standfirst is None


def test_a_japanese_description_repeating_the_first_of_numbered_paragraphs_is_no_dek() -> None:
    # Yomiuri Shimbun: the story's paragraphs are classed "par1", "par2", "par3"; the
    # description repeats the first, which the numbers do not set apart
    lead = "【ソウル＝小池和樹】韓国の大統領は３日夜、緊急談話を出し、「非常戒厳」を宣言した。"
    rest = [
        "尹氏は野党が政府高官や検事らへの弾劾訴追案を提出している点などを挙げ、反国家行為だと指摘した。",
        "韓国憲法は第７７条で、大統領は国家緊急事態の場合に戒厳令を宣布することができると定めている。",
        "戒厳令の宣布は１９７９年以来で、野党は強く反発している。国会は解除を求める決議を可決した。",
    ]
    body = "".join(f'<p class="par{i}">{t}</p>' for i, t in enumerate([lead, *rest], 1))
    head = f'<meta name="description" content="{lead}">'
    article = newsextract.extract(_page(head, "<h1>韓国が戒厳令</h1>", body, lang="ja"))
    assert article.standfirst is None
    assert article.text.startswith(lead)


def test_a_page_wide_gallery_class_does_not_make_the_dek_a_caption() -> None:
    # Rolling Stone: a "gallery" class on a wrapper of the whole page; the dek under the
    # headline, outside the story's container, is still the dek
    dek = "She is a very talented woman, she said of her son's girlfriend on Thursday"
    html = (
        '<html><head></head><body><div class="gallery-wrapper"><header class="site">'
        '<a href="/">Home</a></header><div class="article"><header class="article-header">'
        f'<h1>Mother praises the new album</h1><p class="article-excerpt">{dek}</p></header>'
        f'<div class="article-body">{_PARAGRAPHS}</div></div></div></body></html>'
    )
    article = newsextract.extract(html)
    assert article.standfirst == dek
    assert dek not in [c.text for c in article.captions]


# --- title ----------------------------------------------------------------------------------


def test_the_og_title_worded_otherwise_than_the_shown_headline_is_the_title() -> None:
    # n-tv: the <h1> carries a kicker ("Neue Leipziger Schule: …"), the og:title does not
    head = '<meta property="og:title" content="Judy Lybke, ganz und gar nicht eigenartig">'
    header = "<h1>Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig</h1>"
    article = newsextract.extract(_page(head, header, lang="de"))
    assert article.title == "Judy Lybke, ganz und gar nicht eigenartig"


def test_a_title_cut_short_of_the_headline_shown_whole_is_not_the_title() -> None:
    # National Post: the <title> stops at the headline's first clause; the <h1>, the og:title
    # and the JSON-LD headline give it whole
    headline = "India fires missiles into Pakistani-controlled territory, killing at least 26"
    head = (
        "<title>India fires missiles into Pakistani-controlled territory</title>"
        f'<meta property="og:title" content="{headline}">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline":'
        f' "{headline}"}}</script>'
    )
    assert newsextract.extract(_page(head, f"<h1>{headline}</h1>")).title == headline


def test_a_section_tail_the_title_and_the_h1_carry_is_cut() -> None:
    # Globalnews: the og:title and the <title> carry a section tail, the JSON-LD headline
    # and the <h1> do not
    headline = "Russia hits Kyiv with ballistic missile, damages buildings and schools"
    head = (
        f"<title>{headline} - National</title>"
        f'<meta property="og:title" content="{headline} - National">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline":'
        f' "{headline}"}}</script>'
    )
    assert newsextract.extract(_page(head, f"<h1>{headline}</h1>")).title == headline


def test_an_og_title_that_is_the_headline_with_a_section_leaves_the_vote_alone() -> None:
    head = (
        '<meta property="og:title" content="Opinion | Is Football Violence a Crime?">'
        "<title>Is Football Violence a Crime? - The Daily Example</title>"
    )
    article = newsextract.extract(_page(head, "<h1>Is Football Violence a Crime?</h1>"))
    assert article.title == "Is Football Violence a Crime?"


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


def _sole_caption(figure: str) -> tuple[Article, Caption]:
    """The article of a story with `figure` in its middle, and its one caption."""
    article = newsextract.extract(_story_with(figure))
    (caption,) = article.captions
    return article, caption


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
    _, caption = _sole_caption(figure)
    assert caption.text.startswith("Der Parteipräsident der SVP Schweiz")
    assert caption.credit == "Urs Flueeler (Keystone)"


def test_a_paragraph_under_a_picture_followed_by_a_bare_credit_is_its_caption() -> None:
    # Durban Local (IOL): an image widget holding the picture, a plain <p> describing it and
    # a plain <p> "Image: Name"; no figure, no caption class
    figure = (
        '<div class="image_image-widget"><img src="a.jpg" alt="">'
        "<p>Pictured right, is reader Nicole Bresler, speaking to romance novelist Shameez"
        " Patel at Exclusive Books Waterfront.</p><p>Image: Fouzia Van Der Fort</p></div>"
    )
    article, caption = _sole_caption(figure)
    assert caption.text.startswith("Pictured right, is reader Nicole Bresler")
    assert caption.credit == "Fouzia Van Der Fort"
    assert "Pictured" not in article.text
    assert "Fouzia" not in article.text
    # without the credit line the paragraph is the story's (a picture beside prose)
    bare = figure.replace("<p>Image: Fouzia Van Der Fort</p>", "")
    assert newsextract.extract(_story_with(bare)).captions == ()


def test_a_german_paragraph_under_a_picture_before_its_credit_element_is_its_caption() -> None:
    # Freie Presse: the picture's description in a plain <div>, the credit in a span the
    # markup names ("detail-img__copyright"); no figure, no caption class
    figure = (
        '<div class="detail-img"><img src="a.jpg" alt=""><div class="detail-img__description">'
        "<div>Diese Pyramide zeigt den angedachten Ablauf der einzelnen Phasen zum Ampel-Aus."
        ' <span class="detail-img__copyright">Bild: Screenshot: fdp.de</span></div></div></div>'
    )
    article, caption = _sole_caption(figure)
    assert (
        caption.text
        == "Diese Pyramide zeigt den angedachten Ablauf der einzelnen Phasen zum Ampel-Aus."
    )
    assert caption.credit is not None and caption.credit.endswith("Screenshot: fdp.de")
    assert "Pyramide" not in article.text


def test_a_paragraph_beside_a_picture_before_a_credit_printed_above_its_caption_stays() -> None:
    # ABC News: the story's paragraph beside the picture, then the photo's credit element
    # printed above the photo's own caption: the credit is that caption's
    figure = (
        '<img src="a.jpg" alt=""><p>The actor is commenting online about his arrest, and'
        ' says the incident was much more harmless than reported.</p><div class="credit">'
        "Matt Sayles/AP Photo</div><figure><figcaption>The actor arrives at a gala in Los"
        " Angeles in this April 26, 2011 file photo.</figcaption></figure>"
    )
    article, caption = _sole_caption(figure)
    assert caption.text.startswith("The actor arrives at a gala")
    assert "commenting online" in article.text


def _lead_picture_page(lead: str) -> str:
    """A page whose headline and lead picture (`lead`) sit above the story's element."""
    return (
        '<html lang="pl"><body><nav><a href="/">Start</a></nav><div class="top">'
        "<h1>Niemcy. Stałe zamknięcie granic jedynie kwestią czasu</h1>"
        f'<div class="blog--image"><picture><img src="a.jpg" alt=""></picture>{lead}</div>'
        '</div><div class="article--content"><div class="articleBody">'
        + "".join(
            f"<p>Akapit {i}: Friedrich Merz, lider CDU, udowadniał w Bundestagu, że"
            " zamknięcie granic dla nowych przybyszów jest konieczne i możliwe.</p>"
            for i in range(6)
        )
        + "</div></div></body></html>"
    )


def test_the_lead_pictures_text_above_the_story_before_its_credit_is_its_caption() -> None:
    # Rzeczpospolita: above the story's element, the lead picture, a plain paragraph naming
    # who is pictured and a plain paragraph crediting the photo ("Foto: REUTERS/..."); Freie
    # Presse's lead picture likewise ("Bild: .../dpa")
    lead = (
        '<p class="article--media--lead">Friedrich Merz</p>'
        '<p class="image--author">Foto: REUTERS/Nadja Wohlleben</p>'
    )
    article = newsextract.extract(_lead_picture_page(lead))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Friedrich Merz", "REUTERS/Nadja Wohlleben")
    ]
    assert "Friedrich Merz\n" not in article.text


def test_the_lead_pictures_credit_may_name_its_source_by_a_c_in_brackets() -> None:
    # "(c)" is a copyright sign like "©": the credit says it is one, though it names no
    # agency and has no credit keyword
    page = _lead_picture_page("<p>Friedrich Merz</p><p>(c) Nadja Wohlleben / Agentur Focus</p>")
    (caption,) = newsextract.extract(page).captions
    assert (caption.text, caption.credit) == (
        "Friedrich Merz",
        "(c) Nadja Wohlleben / Agentur Focus",
    )


def test_a_line_above_the_story_only_shaped_like_a_credit_makes_no_caption() -> None:
    # a weather box beside its icon ("27° / 11°" has a credit's slash); an author's box
    # ("We report from Oslo/Paris" under a portrait): no credit keyword, agency or ©
    for lead in (
        "<p>Pochmurno i deszczowo</p><p>27° / 11°</p>",
        "<p>Anders Skjerdingstad</p><p>Vi rapporterer fra Oslo/Paris</p>",
    ):
        assert newsextract.extract(_lead_picture_page(lead)).captions == (), lead
    # and a credited picture in a sidebar or a menu above the story captions nothing there
    sidebar = (
        '<div class="sidebar"><p>You are welcome to link to this blog with one picture.</p>'
        "<p>© 2006–2012 Jessica Jones</p></div>"
    )
    assert newsextract.extract(_lead_picture_page(sidebar)).captions == ()


def test_a_caption_set_in_a_heading_beside_its_picture_before_its_credit_is_one() -> None:
    # Taipei Times: the photo's caption in an <h1> (a sentence), its credit in a <p>
    caption = (
        "Philippine Marine Corps Commandant Major-General Arturo Rojas, second left, takes"
        " part in the opening ceremony of the annual Kamandag exercises in Manila yesterday."
    )
    figure = (
        f'<div class="imgboxa"><img src="a.jpg" alt=""><h1>{caption}</h1><p>Photo: AFP</p></div>'
    )
    article, found = _sole_caption(figure)
    assert (found.text, found.credit) == (caption, "AFP")
    assert "Kamandag" not in article.text


def test_a_charts_source_line_in_a_caption_slot_is_no_caption() -> None:
    # Nature: a chart's figcaption holds only where its data come from
    chart = (
        '<figure><picture><img src="chart.png" alt="A stacked area chart"><figcaption>'
        '<p class="figure__caption"><span>Source: China Statistical Yearbook, China'
        " Electricity Council &amp; Natl Energy Administration</span></p></figcaption>"
        "</picture></figure>"
    )
    assert newsextract.extract(_story_with(chart)).captions == ()
    photo = chart.replace("Source: China Statistical Yearbook,", "Solar panels built by the")
    assert len(newsextract.extract(_story_with(photo)).captions) == 1


def test_a_long_credit_element_in_a_figcaption_credits_each_picture() -> None:
    # National Post: the credit element holds a credit too long to look like one, and the
    # same credit is printed under two pictures
    credit = (
        "Photo by Handout/English Montreal School Board/Westmount High School/AFP via Getty Images"
    )
    figures = [
        f'<figure><img src="{n}.jpg"><figcaption><p>{text}</p><p class="credit">{credit}</p>'
        "</figcaption></figure>"
        for n, text in (
            ("a", "Kamala Harris poses with classmates in a photo from the 1981 yearbook."),
            ("b", "Kamala Harris's photo from the 1981 Westmount High School yearbook."),
        )
    ]
    half = _PARAGRAPHS[: len(_PARAGRAPHS) // 2]
    html = _page("", "<h1>Harris's Montreal years</h1>", figures[0] + half + figures[1] + half)
    article = newsextract.extract(html)
    assert [c.credit for c in article.captions] == [credit, credit]
    assert [c.text[:13] for c in article.captions] == ["Kamala Harris"] * 2


def test_a_german_lead_figure_between_the_dek_and_the_story_keeps_its_caption() -> None:
    # Correctiv: the article's <header> (headline, a long dek) joins the story's element as
    # a prose sibling; the byline, the date and the lead <figure> between them do not
    caption = "Erneut wurden zwei Deutsche wegen mutmaßlicher Spionage festgenommen."
    teasers = "".join(
        f'<li><a href="/artikel/{i}">Weitere Recherche Nummer {i} aus unserem Archiv</a></li>'
        for i in range(12)
    )
    html = (
        '<html lang="de"><body><nav><a href="/">Start</a></nav><main><div class="post">'
        '<header><h1>Im Netz der Agenten</h1><p class="excerpt">China hat ein'
        " Spionagenetzwerk über deutsche Hochschulen ausgerollt, um militärisches Wissen"
        " abzuziehen. Lange Zeit sahen die Behörden dem Treiben zu, doch nun greifen sie"
        ' durch.</p></header><p class="byline">von Till Eckert</p><div>21. Mai 2026</div>'
        f'<figure><img src="a.jpg"><figcaption>{caption} (Foto: picture alliance/dpa)'
        '</figcaption></figure><div class="content">'
        + "".join(
            f"<p>Absatz {i}: Selten sind Ermittler so massiv gegen Spione an deutschen"
            " Universitäten vorgegangen, heißt es aus den Behörden am Mittwoch.</p>"
            for i in range(8)
        )
        + f'</div><ul class="more">{teasers}</ul></div></main></body></html>'
    )
    article = newsextract.extract(html)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "picture alliance/dpa")]


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
    assert with_tables.blocks[3:5] == (  # the caption titles the table; one block per table
        Block(BlockKind.TABLE, "Budget by department, 2025"),
        Block(
            BlockKind.TABLE,
            "Schools | 12 m\n\nRoads | 8 m",
            rows=(("Schools", "12 m"), ("Roads", "8 m")),
        ),
    )


def test_a_caption_hidden_from_screen_readers_only_is_shown() -> None:
    # Aftonbladet: the picture's alt says the caption; the visible one is aria-hidden
    figure = (
        '<figure><img src="a.jpg" alt="Polisen och hemvärnet deltar i sökandet.">'
        '<figcaption><span class="image-caption" aria-hidden="true">Polisen och hemvärnet'
        ' deltar i sökandet.</span><span class="image-byline"> Foto: Rescue Photo</span>'
        "</figcaption></figure>"
    )
    article = newsextract.extract(_story_with(figure))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Polisen och hemvärnet deltar i sökandet.", "Rescue Photo")
    ]


def test_a_caption_for_screen_readers_only_is_the_pictures_caption() -> None:
    # Aftonbladet's gallery: the slide's <figcaption> has a screen-reader-only class
    figure = (
        '<figure><img src="a.jpg"><figcaption class="_srOnly_j51b3_1">Efterdyningarna efter'
        " Rysslands senaste attack mot Kiev. <cite>Foto: Efrem Lukatsky/AP</cite>"
        "</figcaption></figure>"
    )
    _, caption = _sole_caption(figure)
    assert (caption.text, caption.credit) == (
        "Efterdyningarna efter Rysslands senaste attack mot Kiev.",
        "Efrem Lukatsky/AP",
    )


def test_a_field_whose_label_alone_is_for_screen_readers_shows_its_picture() -> None:
    # AFP Faktencheck (Drupal): "field--label-visually_hidden" hides the field's "Image"
    # label, not the picture; the caption under it is the picture's
    caption = (
        "Entgegen Falschbehauptungen in sozialen Medien ist Hantavirus keine Nebenwirkung"
        " der Covid-19-Impfstoffe von Pfizer"
    )
    figure = (
        '<div class="wrapper-image"><div class="field field--label-visually_hidden">'
        '<div class="field__label visually-hidden">Image</div><div class="field__item">'
        '<img src="a.jpg"></div></div>'
        f'<span class="legend">{caption} (AFP / ISHARA S. KODIKARA)</span></div>'
    )
    article, found = _sole_caption(figure)
    assert (found.text, found.credit) == (caption, "AFP / ISHARA S. KODIKARA")
    assert "Image" not in article.text


@pytest.mark.parametrize("label_class", ["caption-label sr-only", "caption__label--sr-only"])
def test_a_caption_label_for_screen_readers_only_stays_hidden(label_class: str) -> None:
    # a label inside the caption for screen readers ("Image caption, ", as BBC pages print
    # it) is no caption of its own: only the picture's own <figcaption> is shown; a BEM
    # label element's modifier hides the label itself (unlike Drupal's "field--label-…")
    figure = (
        f'<figure><img src="a.jpg"><figcaption><span class="{label_class}">Image'
        " caption, </span>The mayor at the council meeting on Tuesday.</figcaption></figure>"
    )
    _, caption = _sole_caption(figure)
    assert caption.text == "The mayor at the council meeting on Tuesday."


def test_a_picture_in_a_slide_viewer_button_keeps_its_caption() -> None:
    # The Mirror: a <button> opening the slide viewer wraps the figure, its "View 3 Images"
    # label and its caption
    caption = "Gary Heidnik is led into a courtroom for the murder of women in his home"
    figure = (
        '<button class="SlideViewerButton"><div class="ImageEmbed"><figure><img src="a.jpg">'
        '<div class="ImageCountLabel"><span>View 3 Images</span></div></figure>'
        f'<figcaption><span class="caption-title">{caption}</span></figcaption></div>'
        "</button>"
    )
    article, found = _sole_caption(figure)
    assert found.text == caption
    assert "View 3 Images" not in article.text


def test_a_paragraph_by_a_picture_opening_like_a_player_label_is_the_storys() -> None:
    # a player's words ("Watch the video") opening a sentence under a picture: no label
    paragraph = (
        "Watch the video of the council meeting, in which the mayor explains why the new"
        " bridge will cost twice as much as planned and who will pay for it."
    )
    article = newsextract.extract(
        _story_with(f'<figure><img src="a.jpg"></figure><p>{paragraph}</p>')
    )
    assert paragraph in article.text


@pytest.mark.parametrize(
    ("figcaption", "expected"),
    [
        ("<figcaption>Peter Katjavivi</figcaption>", ("Peter Katjavivi", None)),  # The Namibian
        (  # Expressen: the caption and the credit in two <div>s of the figcaption
            '<figcaption><div class="rich-image__description">Internatskolan Lundsberg.</div>'
            ' <div class="rich-image__credit">Foto: LISA MATTISSON</div></figcaption>',
            ("Internatskolan Lundsberg.", "LISA MATTISSON"),
        ),
    ],
)
def test_a_name_in_a_pictures_figcaption_is_its_caption(
    figcaption: str, expected: tuple[str, str | None]
) -> None:
    _, caption = _sole_caption(f'<figure><img src="a.jpg">{figcaption}</figure>')
    assert (caption.text, caption.credit) == expected


def test_a_one_word_label_in_a_figcaption_is_no_caption() -> None:
    article = newsextract.extract(
        _story_with('<figure><img src="a.jpg"><figcaption>Video</figcaption></figure>')
    )
    assert article.captions == ()


def test_a_byline_and_date_in_the_authors_portrait_caption_are_no_captions() -> None:
    # Berliner Morgenpost / Hamburger Abendblatt: the author's picture is a <figure> whose
    # <figcaption> holds the byline and the time of publication
    header = (
        "<h1>Die EZB steht vor dem nächsten Zinsentscheid</h1>"
        '<figure><img src="author.jpg"><figcaption><address>Von <a href="/autoren/x/">'
        "Hannah Ritzmann</a>, Redakteurin für Finanzen</address>"
        '<time datetime="2025-09-09T13:15:00.000Z">09.09.2025, 15:15 Uhr</time>'
        "</figcaption></figure>"
    )
    article = newsextract.extract(_page("", header, lang="de"))
    assert article.captions == ()
    assert article.authors == ("Hannah Ritzmann",)


def test_a_caption_class_far_from_any_picture_above_the_story_is_no_caption() -> None:
    # an account menu styled with the site's caption class, above the article
    menu = (
        '<div class="account"><div class="text-caption">Sie sind angemeldet als: user</div>'
        '<div class="text-caption">Ihre Daten finden Sie in Ihrem Konto</div></div>'
    )
    html = _page("", "<h1>Die EZB steht vor dem nächsten Zinsentscheid</h1>", lang="de")
    html = html.replace("<main>", menu + "<main>")
    assert newsextract.extract(html).captions == ()


def test_a_lead_caption_above_the_story_without_its_picture_is_kept() -> None:
    lead = (
        '<div class="photo-caption">Astronaut Sally Ride monitors control panels from the'
        " pilot's chair on the flight deck of the space shuttle Challenger.</div>"
    )
    html = _page("", "<h1>Sally Ride dies at 61</h1>").replace("<main>", lead + "<main>")
    assert [c.text for c in newsextract.extract(html).captions] == [
        "Astronaut Sally Ride monitors control panels from the pilot's chair on the flight"
        " deck of the space shuttle Challenger."
    ]


# --- the dek under a headline no markup names ----------------------------------------------


def _unmarked_dek_page(og_title: str, headline: str, dek: str, lang: str) -> str:
    head = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    return (
        f'<html lang="{lang}"><head>{head}</head><body><div class="top"><hgroup><h2>'
        f'{headline}</h2></hgroup><div class="copy-lg"><span>{dek}</span></div></div>'
        f'<article><div class="article-body">{_PARAGRAPHS}</div></article></body></html>'
    )


@pytest.mark.parametrize(
    ("headline", "dek", "lang"),
    [
        (
            "EZB-Zinsentscheid am Donnerstag: Sinkt der Leitzins?",
            "Die EZB steht vor dem nächsten Zinsentscheid. Kommt eine weitere Senkung? Profis"
            " bewerten die Folgen für Bauzinsen, Tagesgeld und Festgeld.",
            "de",
        ),
        (
            "A Heat Shield for the Most Important Ice on Earth",
            "Engineers might be able to protect Arctic ice by coating it with tiny glass"
            " bubbles. Should they?",
            "en",
        ),
    ],
)
def test_the_sentences_under_the_stated_headline_are_the_dek(
    headline: str, dek: str, lang: str
) -> None:
    article = newsextract.extract(_unmarked_dek_page(headline, headline, dek, lang))
    assert article.standfirst == dek


def test_the_dek_under_the_json_ld_headline_when_the_og_title_is_another() -> None:
    # Hamburger Abendblatt: og:title is a rewrite, the breadcrumb repeats it, the shown
    # <h2> is the JSON-LD headline and the dek follows it
    shown = "Baerbock zur UN: Nur eine Etappe zum nächsten Karriereschritt?"
    og = "Annalena Baerbock: Jetzt Top-Job in New York – folgt schon bald der Nächste?"
    dek = (
        "Berlin. Die Ex-Außenministerin tritt heute ihren Job als Präsidentin der"
        " UN-Vollversammlung an. Aber hat sie ein ganz anderes Karriereziel?"
    )
    ld = (
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "{shown}"}}</script>'
    )
    page = _unmarked_dek_page(og, shown, dek, "de").replace("</head>", ld + "</head>")
    crumbs = f'<nav><a href="/">Home</a> <a href="/politik">Politik</a> <span>{og}</span></nav>'
    page = page.replace('<div class="top">', f'<div class="top">{crumbs}')
    article = newsextract.extract(page)
    assert article.title == og
    assert article.standfirst == dek


def test_a_blog_tagline_under_its_name_is_no_dek() -> None:
    # no structured title: the <h2> may be the blog's name and the sentence its tagline
    tagline = "Every day I write about life in healthcare IT, and what I learn from it."
    page = _unmarked_dek_page("", "Life as a Healthcare CIO", tagline, "en")
    assert newsextract.extract(page).standfirst is None


def test_a_date_line_under_the_headline_is_no_dek() -> None:
    headline = "EZB-Zinsentscheid am Donnerstag: Sinkt der Leitzins?"
    page = _unmarked_dek_page(
        headline, headline, "Aktualisiert am 28. April 2023, 20:22 Uhr.", "de"
    )
    assert newsextract.extract(page).standfirst is None


# --- authors ------------------------------------------------------------------------------


def test_update_stamps_and_photo_copyrights_in_byline_slots_name_no_author() -> None:
    # NTV Türkiye: "Son Güncelleme" (last update) in the author slot; Euronews: the lead
    # photo's "Copyright Fredrik Persson" in a byline-classed element
    for slot in ("Son Güncelleme", "Copyright Fredrik Persson"):
        header = f'<h1>Council approves budget</h1><div class="author">{slot}</div>'
        assert newsextract.extract(_page("", header)).authors == (), slot
    header = '<h1>Council approves budget</h1><div class="author">Jane Doe</div>'
    assert newsextract.extract(_page("", header)).authors == ("Jane Doe",)


def _ld(author: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council'
        f' approves budget", "author": {author}}}</script>'
    )


def test_json_ld_persons_with_given_and_family_names() -> None:
    # Der Standard: Person objects without "name"
    people = (
        '[{"@type": "Person", "givenName": "Birgit", "familyName": "Baumann"},'
        ' {"@type": "Person", "givenName": "Anna Giulia", "familyName": "Fink"}]'
    )
    article = newsextract.extract(_page(_ld(people), "<h1>Council approves budget</h1>"))
    assert article.authors == ("Birgit Baumann", "Anna Giulia Fink")


def test_the_outlet_as_author_gives_way_to_the_person_the_page_names() -> None:
    # DW: <meta name="author"> repeats the publisher; the byline names the reporter
    head = (
        '<meta name="publisher" content="Deutsche Welle (www.dw.com)">'
        '<meta name="author" content="Deutsche Welle (www.dw.com)">'
    )
    header = "<h1>Council approves budget</h1><p>Von Roman Goncharenko</p>"
    assert newsextract.extract(_page(head, header, lang="de")).authors == ("Roman Goncharenko",)


def test_an_agency_the_author_data_lists_beside_a_person_is_an_author_too() -> None:
    # Tages-Anzeiger: JSON-LD credits the reporter and the Swiss agency; 20 Minuten spells
    # the agency out ("Deutsche Presse-Agentur"): kept as written
    for agency, short in (("SDA", "SDA"), ("Deutsche Presse-Agentur", "dpa")):
        author = (
            '[{"@type": "Person", "name": "Paula Steiger"},'
            f' {{"@type": "Organization", "name": "{agency}"}}]'
        )
        article = newsextract.extract(_page(_ld(author), "<h1>Council approves budget</h1>"))
        assert article.authors == ("Paula Steiger", agency)
        assert article.agencies == (short,)


def test_an_agency_alone_in_the_author_data_is_the_author_when_no_one_else_is_named() -> None:
    # Stuttgarter Zeitung: JSON-LD names only the agency, the page shows no byline
    author = '[{"@type": "Organization", "name": "dpa"}]'
    page = _page(_ld(author), "<h1>Council approves budget</h1>", lang="de")
    assert newsextract.extract(page).authors == ("dpa",)
    # a reporter named in a closing credit line is the author before the agency
    credit = "<p>(Reporting by Will Dunham; Editing by Tom Brown)</p>"
    page = _page(_ld(author), "<h1>Council approves budget</h1>", _PARAGRAPHS + credit)
    assert newsextract.extract(page).authors == ("Will Dunham",)


def test_the_outlet_crediting_itself_is_the_author_when_no_one_else_is_named() -> None:
    # Der Spiegel: the JSON-LD author is the publisher itself and no byline names a person
    head = '<meta property="og:site_name" content="DER SPIEGEL">' + _ld(
        '{"@type": "Organization", "name": "DER SPIEGEL"}'
    )
    article = newsextract.extract(_page(head, "<h1>Council approves budget</h1>", lang="de"))
    assert article.authors == ("DER SPIEGEL",)
    assert article.agencies == ()
    # with a byline the reporter is the author, not the outlet
    header = "<h1>Council approves budget</h1><p>Von Roman Goncharenko</p>"
    assert newsextract.extract(_page(head, header, lang="de")).authors == ("Roman Goncharenko",)


def test_the_cms_account_named_after_the_site_is_no_author() -> None:
    # Ilanga: JSON-LD and the byline name the ".../author/admin/" account "Ilanga D"; the
    # reporter's name opens the story as a paragraph of its own
    head = '<meta property="og:site_name" content="Ilanga News">' + _ld(
        '{"@id": "https://ilanga.example/author/admin/", "name": "Ilanga D"}'
    )
    header = (
        '<h1>Council approves budget</h1><p>by <span class="author vcard">'
        '<a href="https://ilanga.example/author/admin/" rel="author">Ilanga D</a></span></p>'
    )
    article = newsextract.extract(_page(head, header, "<p>MTHOBISI SITHOLE</p>" + _PARAGRAPHS))
    assert article.authors == ("MTHOBISI SITHOLE",)
    assert "SITHOLE" not in article.text


@pytest.mark.parametrize(
    ("byline", "lang", "names"),
    [
        ("05.08.2024, 20:59 Uhr Von Seb Dumitru, Lille", "de", ("Seb Dumitru",)),
        ("Von Anna Martel und Lea Wagner, Nairobi", "de", ("Anna Martel", "Lea Wagner")),
        ("By Jane Doe, John Roe, and Ann Lee", "en", ("Jane Doe", "John Roe", "Ann Lee")),
        ("Por Ana García y Luis Pérez", "es", ("Ana García", "Luis Pérez")),
        ("Par Marie Dupont et Jean Martin", "fr", ("Marie Dupont", "Jean Martin")),
        ("Автор: Иван Петров", "ru", ("Иван Петров",)),
        ("作者：张三", "zh", ("张三",)),
        ("记者 李四", "zh", ("李四",)),
        ("بقلم: محمد علي", "ar", ("محمد علي",)),
    ],
)
def test_bylines_under_the_headline_in_many_forms(
    byline: str, lang: str, names: tuple[str, ...]
) -> None:
    header = f"<h1>Council approves budget</h1><p>{byline}</p>"
    assert newsextract.extract(_page("", header, lang=lang)).authors == names


def test_a_byline_with_links_to_its_author_and_the_author_box() -> None:
    header = (
        '<h1>Council approves budget</h1><div class="byline">By Jane Doe '
        '<a href="mailto:jd@example.com">Email the author</a> '
        '<a href="https://x.com/janedoe">Follow @janedoe</a></div>'
    )
    box = (
        "<p>Jane Doe is a reporter covering the town council since 2019.</p>"
        "<p>You can email Jane Doe here, and follow her on X.</p>"
    )
    article = newsextract.extract(_page("", header, _PARAGRAPHS + box))
    assert article.authors == ("Jane Doe",)
    assert "Jane Doe" not in article.text


def test_cjk_names_in_structured_metadata() -> None:
    for author, lang in (("大渡 美咲", "ja"), ("신현주 기자", "ko")):
        head = f'<meta name="author" content="{author}">'
        article = newsextract.extract(_page(head, "<h1>Council approves budget</h1>", lang=lang))
        assert article.authors == (author.removesuffix(" 기자"),)


# --- dates --------------------------------------------------------------------------------

_HEADLINE = "<h1>Council approves budget</h1>"


def _day(value: object) -> str | None:
    return value.date().isoformat() if value is not None else None  # type: ignore[attr-defined]


def test_a_related_widget_does_not_date_the_story() -> None:
    related = (
        '<aside class="related-articles"><ul><li><a href="/a">Older story</a>'
        '<time datetime="2023-01-05T10:00:00+01:00">5 January 2023</time></li></ul></aside>'
    )
    header = _HEADLINE + "<p>Published 3 May 2024, 10:15</p>"
    article = newsextract.extract(_page("", header, _PARAGRAPHS + related))
    assert _day(article.published) == "2024-05-03"


def test_a_caption_ending_in_a_date_does_not_date_the_story() -> None:
    # DW: the lead photo's caption, "…, 24. April 2023", right under the headline
    header = (
        _HEADLINE + '<div class="media"><img src="a.jpg"><div class="text">Ukrainische '
        "Kriegstechnik bei den Kämpfen um Bachmut, 24. April 2023</div></div>"
    )
    assert newsextract.extract(_page("", header, lang="de")).published is None
    header += "<p>Veröffentlicht am 28.04.2023</p>"
    assert _day(newsextract.extract(_page("", header, lang="de")).published) == "2023-04-28"


def test_the_copyright_line_does_not_date_the_story() -> None:
    header = _HEADLINE + "<p>Copyright © 3 May 2020 The Daily Example</p>"
    assert newsextract.extract(_page("", header)).published is None


@pytest.mark.parametrize(
    ("published", "updated", "lang"),
    [
        ("Published 3 May 2024, 10:15", "Updated 5 May 2024, 08:00", "en"),
        ("Publié le 3 mai 2024 à 10h15", "Mis à jour le 5 mai 2024 à 08h00", "fr"),
        ("Veröffentlicht am 03.05.2024, 10:15 Uhr", "Aktualisiert am 05.05.2024, 08:00 Uhr", "de"),
        ("Publicado el 03/05/2024 10:15", "Actualizado el 05/05/2024 08:00", "es"),
    ],
)
def test_an_updated_line_gives_the_modified_date_not_the_published_one(
    published: str, updated: str, lang: str
) -> None:
    for lines in ((published, updated), (updated, published)):
        header = _HEADLINE + "".join(f"<p>{line}</p>" for line in lines)
        article = newsextract.extract(_page("", header, lang=lang))
        assert _day(article.published) == "2024-05-03", lines
        assert _day(article.modified) == "2024-05-05", lines


def test_published_and_updated_on_one_line() -> None:
    header = _HEADLINE + "<p>Publié le 3 mai 2024 à 10h15, modifié le 5 mai 2024 à 08h00</p>"
    article = newsextract.extract(_page("", header, lang="fr"))
    assert (_day(article.published), _day(article.modified)) == ("2024-05-03", "2024-05-05")


def test_only_an_updated_line_stands_in_for_the_published_date_and_says_so() -> None:
    header = _HEADLINE + "<p>Updated 5 May 2024, 08:00</p>"
    article = newsextract.extract(_page("", header))
    assert _day(article.published) == _day(article.modified) == "2024-05-05"
    (source,) = [s for s in article.provenance if s.field == "published"]
    assert source.origin == "text, updated"


def test_a_text_dump_reads_the_updated_line_as_the_modified_date() -> None:
    story = "\n\n".join(
        f"Paragraph {i} of the story tells what happened in the town council on Monday, and"
        " why the vote matters for the residents who came to the meeting."
        for i in range(5)
    )
    dump = (
        "Council approves budget\n\nBy Jane Doe\nPublished 3 May 2024, 10:15\n"
        f"Updated 5 May 2024, 08:00\n\n{story}"
    )
    article = newsextract.extract(dump, kind="text")
    assert (_day(article.published), _day(article.modified)) == ("2024-05-03", "2024-05-05")


def test_a_url_date_does_not_override_the_json_ld_date() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council'
        ' approves budget", "datePublished": "2024-05-03T10:15:00+02:00"}</script>'
    )
    html = _page(head, _HEADLINE)
    article = newsextract.extract(html, url="https://example.com/news/2024/04/20/council-budget")
    assert _day(article.published) == "2024-05-03"


# --- quote speakers -----------------------------------------------------------------------


def _story_page(paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _page("", "<h1>Sturm über Norddeutschland</h1>", body, lang=lang)


def test_a_german_page_gives_its_quotes_to_people_not_to_laut() -> None:
    html = _story_page(
        [
            "Laut Deutschem Wetterdienst wird es am Wochenende an der Küste stürmisch, mit "
            "Böen in Orkanstärke und Sturmfluten an der Nordsee.",
            "„Wir rechnen mit Orkanböen bis 120 Kilometern pro Stunde“, sagte Meteorologin "
            "Anna Schmidt am Freitag in Offenbach.",
            "Innenministerin Nancy Faeser besuchte am Nachmittag das Lagezentrum in Bonn. "
            "„Wir sind gut vorbereitet, die Einsatzkräfte stehen bereit“, sagte sie.",
        ],
        "de",
    )
    article = newsextract.extract(html)
    assert [q.speaker for q in article.quotes] == ["Anna Schmidt", "Nancy Faeser"]


def test_a_spanish_page_finds_dash_dialogue_and_dropped_pronouns() -> None:
    html = _story_page(
        [
            "El entrenador Carlo Ancelotti compareció tras el partido en el Bernabéu, "
            "visiblemente afectado por la derrota ante el Barcelona.",
            "—Es un día muy triste para todos nosotros —declaró el técnico italiano.",
            "«No vamos a buscar excusas por lo que ha pasado hoy», añadió.",
        ],
        "es",
    )
    article = newsextract.extract(html)
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("Es un día muy triste para todos nosotros", "Carlo Ancelotti"),
        ("No vamos a buscar excusas por lo que ha pasado hoy", "Carlo Ancelotti"),
    ]


_KNUTH = '<meta name="author" content="Johannes Knuth">'
_MARATHON_DEK = (
    "Beim Berlin-Marathon überrascht die zweite Reihe mit cleverer Taktik. Wie ein Läufer"
    " Familie, Studium und Sport vereint."
)


@pytest.mark.parametrize(
    "byline",
    [
        "<p>Von Johannes Knuth</p>",  # Süddeutsche Zeitung
        "<p>Kolumne von Johannes Knuth</p>",  # a column's byline
        '<ul><li>von</li></ul><a href="/autor/knuth">Johannes Knuth</a>',  # 20 Minuten
    ],
)
def test_a_german_first_paragraph_set_apart_over_the_byline_is_the_dek(byline: str) -> None:
    # Süddeutsche Zeitung: headline, a dek in a <p> of its own (hashed) class, the byline,
    # then the story's paragraphs; no class word names the dek, the description is another
    # text. The dek leaves the body.
    body = f'<p class="css-1485smx">{_MARATHON_DEK}</p>{byline}' + _PARAGRAPHS
    page = _page(_KNUTH, "<h1>Im harten Läuferalltag weit nach vorne</h1>", body, lang="de")
    article = newsextract.extract(page)
    assert article.standfirst == _MARATHON_DEK
    assert _MARATHON_DEK not in article.text


@pytest.mark.parametrize(
    ("first", "after"),
    [
        # set like the story's next paragraph: the story's lead, whatever follows it
        ("<p>{}</p>", "<p>Von Johannes Knuth</p>"),
        # set apart, but a date line under it, no byline: a blog post's opening paragraph
        ('<p class="css-1485smx">{}</p>', "<p>Donnerstag, 18. Oktober 2012</p>"),
    ],
)
def test_a_first_paragraph_not_set_apart_over_a_byline_is_no_dek(first: str, after: str) -> None:
    body = first.format(_MARATHON_DEK) + after + _PARAGRAPHS
    page = _page(_KNUTH, "<h1>Im harten Läuferalltag weit nach vorne</h1>", body, lang="de")
    article = newsextract.extract(page)
    assert article.standfirst is None
    assert article.text.startswith(_MARATHON_DEK)
