"""HTML pages end to end: which element is the story, and what each of its blocks is."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import newsextract
from newsextract import pipeline
from newsextract.blocks import Candidate, Decision, Role
from newsextract.html.label import _tail_list_items
from newsextract.model import BlockKind, RemovalReason
from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_an_embedded_gallery_does_not_outweigh_the_story() -> None:
    # The gallery's eight slides hold more sentences than the five-paragraph story around them.
    article = newsextract.extract(_page("embedded-gallery.html"))
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Hotel guests should not")
    assert paragraphs[-1].startswith("The managers also said")
    assert "Dock workers" not in article.text
    # the slides are typed as captions, with their credits, not lost
    assert any(c.text.startswith("Dock workers walked out") for c in article.captions)
    assert all(c.credit == "Photo agency" for c in article.captions)


def test_a_gallery_that_is_the_whole_page_is_its_text() -> None:
    article = newsextract.extract(_page("photo-essay.html"))
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("Dock workers walked out")
    assert article.subheads[-1] == "8/8 Tech start-up raises funds"


def test_the_pages_own_address_printed_in_it_is_not_text() -> None:
    url = "https://courier.example/business/hotel-secrets"
    article = newsextract.extract(_page("embedded-gallery.html"), url=url)
    assert url not in article.text
    assert any(r.text == url and r.reason is RemovalReason.PAGE_URL for r in article.boilerplate)
    # the canonical link alone is enough to recognise it
    assert url not in newsextract.extract(_page("embedded-gallery.html")).text


def test_a_code_listing_of_markup_is_kept() -> None:
    listing = '&lt;script src="vendor/blanket.js" data-cover="1"&gt;&lt;/script&gt;'
    prose = " ".join(["Coverage tools record which statements your test suite has run."] * 4)
    page = f"<html><body><article><p>{prose}</p><pre><code>{listing}</code></pre><p>{prose}</p>"
    article = newsextract.extract(page + "</article></body></html>")
    code = [b.text for b in article.blocks if b.kind is BlockKind.CODE]
    assert code == ['<script src="vendor/blanket.js" data-cover="1"></script>']


def test_an_h1_after_the_story_starts_is_a_subhead() -> None:
    prose = " ".join(["Profiling tells you where a program spends its time on the CPU."] * 3)
    page = (
        "<html><body><article><h1>CPU profiling on demand</h1>"
        f"<p>{prose}</p><h1>Why monitoring matters</h1><p>{prose}</p>"
        f"<section><h1>What about existing tools?</h1><p>{prose}</p></section>"
        "</article></body></html>"
    )
    article = newsextract.extract(page)
    assert article.title == "CPU profiling on demand"
    assert article.subheads == ("Why monitoring matters", "What about existing tools?")
    assert "CPU profiling on demand" not in article.text


def test_a_question_heading_of_twenty_words_is_a_subhead() -> None:
    """An HTML heading of up to `LabelSettings.subhead_max_words` (25) words between the
    story's paragraphs is a subhead: National Post (fundus-dev) heads a section with "How
    did Kamala Harris end up living on the top floor of a Westmount Victorian in the
    1970s and 80s?" (19 words, a gold subhead). Round 29 lowered the text mode's limit to
    17 (`TextSettings.subhead_max_words`); the HTML path's had changed with it."""
    prose = " ".join(["Harris spent her formative teenage years in Montreal with her mother."] * 3)
    question = (
        "How did Kamala Harris end up living on the top floor of a Westmount Victorian "
        "in the 1970s and 80s?"
    )
    page = (
        "<html><body><article><h1>Kamala Harris's Montreal years</h1>"
        f"<p>{prose}</p><h2>{question}</h2><p>{prose}</p><h2>Where did Harris live?</h2>"
        f"<p>{prose}</p></article></body></html>"
    )
    assert newsextract.extract(page).subheads == (question, "Where did Harris live?")


@pytest.mark.parametrize(
    "dateline",
    [
        "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC",
        "Publié le 6 déc. 2024, 10:00, mis à jour le 7 déc. 2024, 12:43",
    ],
)
def test_a_date_line_inside_the_article_is_not_a_paragraph(dateline: str) -> None:
    prose = " ".join(["Protesters gathered outside the parliament late into the night."] * 3)
    page = f"<html><body><article><p>{dateline}</p><p>{prose}</p><p>{prose}</p></article></body>"
    article = newsextract.extract(page + "</html>")
    assert dateline not in article.text
    assert any(r.text == dateline and r.reason is RemovalReason.BYLINE for r in article.boilerplate)


def test_paragraphs_dense_with_inline_link_cards_do_not_split_the_story() -> None:
    # Two paragraphs carry a person's "hover card" of headline links inline: mostly link text,
    # still sentences of the story, and the story's container must keep its first paragraphs.
    article = newsextract.extract(_page("inline-link-cards.html"))
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) == 8
    assert paragraphs[1].startswith("The man who made the calls")
    assert paragraphs[-1].startswith("Sentencing is set for February")


def test_an_article_classed_as_a_gallery_post_keeps_its_paragraphs() -> None:
    # WordPress marks gallery-format posts "format-gallery" on the <article> itself; with an
    # "about us" box beside it, the article holds less than 90% of the page's prose.
    story = [
        f"Paragraph {n} of the story tells how the harbour was rebuilt after the storm, "
        "and why the work took three years longer than the city had promised."
        for n in range(1, 7)
    ]
    about = [
        "The Harbour Courier is an independent weekly founded in 1952 by a group of fishermen, "
        "teachers and dock workers who wanted a paper of their own.",
        "It is owned by a cooperative of its readers and staff, and it has published every "
        "week since then, including during the long strike of 1984.",
    ]
    body = "".join(f"<p>{t}</p>" for t in story)
    box = "".join(f"<p>{t}</p>" for t in about)
    page = (
        "<html><body><article class='post type-post format-gallery'>"
        f"<h1>The harbour, rebuilt</h1><div class='entry'>{body}</div></article>"
        f"<div class='colophon'>{box}</div></body></html>"
    )
    article = newsextract.extract(page)
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert paragraphs[: len(story)] == story
    assert not article.captions


def test_a_stray_cell_outside_a_table_row_adds_no_separator() -> None:
    # found by hypothesis (test_properties): "|" is only the separator of a table row's cells
    assert newsextract.extract("<html><body><div>The<td>The").text == "The The"


def test_the_authors_biographies_closing_the_story_are_bylines() -> None:
    prose = " ".join(["The museum reopened on Monday after a two-year renovation."] * 3)
    bio = "Jane Doe is a correspondent based in Tunis. She previously covered the Gulf."
    page = (
        "<html><head><meta name='author' content='Jane Doe'></head><body><article>"
        f"<p>{prose}</p><p>{prose}</p><p>Jane Doe visited the museum on Monday.</p><p>{bio}</p>"
        "</article></body></html>"
    )
    article = newsextract.extract(page)
    assert article.authors == ("Jane Doe",)
    assert bio not in article.text
    assert "Jane Doe visited the museum on Monday." in article.text  # a story about her stays
    assert any(r.text == bio and r.reason is RemovalReason.BYLINE for r in article.boilerplate)


def test_a_list_of_links_inside_the_story_is_kept() -> None:
    # A blog post's list of fixed bugs is links, and the story goes on after it; a link list
    # after the story's last paragraph is a teaser list and goes.
    prose = " ".join(["This week the team fixed a long list of bugs in the browser."] * 3)
    bugs = [
        "Bug 1677080 – Fullscreen window is affected by switching video source",
        "Bug 1678390 – Prevent windows from opening on top of one another",
    ]
    teasers = ["How to opt out of sites that sell your data", "What the buyout means for you"]
    # each item links its first half (link density ~0.45): more than prose, less than a menu
    items = "".join(f"<li><a href='/b/{n}'>{t[:32]}</a>{t[32:]}</li>" for n, t in enumerate(bugs))
    tail = "".join(f"<li><a href='/t/{n}'>{t[:24]}</a>{t[24:]}</li>" for n, t in enumerate(teasers))
    page = (
        f"<html><body><article><p>{prose}</p><p>{prose}</p><ul>{items}</ul><p>{prose}</p>"
        f"<p>{prose}</p><ul>{tail}</ul></article></body></html>"
    )
    article = newsextract.extract(page)
    kept = [b.text for b in article.blocks if b.kind is BlockKind.LIST_ITEM]
    assert kept == bugs


def _linked_list(items: list[tuple[str, str, str]]) -> str:
    """A <ul> of items, each its (text before, linked text, text after)."""
    return (
        "<ul>"
        + "".join(f"<li>{a}<a href='/{n}'>{b}</a>{c}</li>" for n, (a, b, c) in enumerate(items))
        + "</ul>"
    )


def test_a_mostly_linked_list_inside_the_story_is_kept_when_its_items_add_words() -> None:
    # A post lists the papers of a special issue, each title linked and its authors after it
    # (dragnet R135): most of each item is link text, but the item says more than its link.
    # Between the paragraphs, a list of links alone (a "more on this" box) and in-story
    # teasers whose only words outside the link are their kicker (T-Online's) still go.
    papers = [
        ("", "“Socially Mediated Publicness: An Introduction”", " by Nancy Baym and danah boyd"),
        ("", "“Secretly Political: Civic Engagement in Online Publics”", " by Irina Shklovski"),
    ]
    teasers = [
        ("", "How to opt out of sites that sell your data", ""),
        ("Newsblog: ", "Alle aktuellen Nachrichten zu Donald Trump und den USA", ""),
        ("Neue Allianz? ", "Europäer reagieren auf Trumps Drohung vom Nato-Austritt", ""),
    ]
    paragraph = (
        "<p>" + " ".join(["The journal has a special issue on publics online."] * 3) + "</p>"
    )
    lists = [_linked_list(papers), _linked_list(teasers[:1]), _linked_list(teasers[1:])]
    story = f"{paragraph}{paragraph.join(lists)}{paragraph}"
    page = f"<html><body><article>{story}</article></body></html>"
    article = newsextract.extract(page)
    kept = [b.text for b in article.blocks if b.kind is BlockKind.LIST_ITEM]
    assert kept == ["".join(item) for item in papers]
    removed = {r.text: r.reason for r in article.boilerplate}
    assert all(removed.get("".join(item)) is RemovalReason.LINK_LIST for item in teasers)


def test_every_removal_gets_the_reason_that_is_true() -> None:
    prose = " ".join(["The council voted on Tuesday to close the old bridge to cars."] * 3)
    quote = "We will not let this bridge fall into the river"
    page = (
        f"<html><body><article><h1>Bridge closes</h1><p>{prose}</p>"
        f"<p class='pullquote'>{quote}</p><p>{prose} More to come.</p>"
        "<table><tr><td>Cars a day</td><td>12,000</td></tr></table>"
        f"<p>{prose} It will reopen in May.</p><p class='pullquote'>{quote}</p>"
        "<h3>Topics</h3><p>Bridges</p></article></body></html>"
    )
    reasons = {r.text: r.reason for r in newsextract.extract(page).boilerplate}
    assert reasons[quote] is RemovalReason.DUPLICATE  # the pull quote printed again at the end
    assert reasons["Topics"] is RemovalReason.AFTER_STORY
    assert reasons["Bridges"] is RemovalReason.AFTER_STORY
    assert "Cars a day | 12,000" not in reasons
    without_tables = newsextract.extract(page, options=newsextract.Options(tables=False))
    removed = {r.text: r.reason for r in without_tables.boilerplate}
    assert removed["Cars a day | 12,000"] is RemovalReason.TABLE


def test_a_list_the_story_announces_after_its_last_paragraph_is_kept() -> None:
    # A recipe post (built like dragnet's chili recipe): the ingredients follow the last
    # paragraph, announced by a phrase ending in a colon; each reads as an unpunctuated
    # fragment, as a tags line does. A spec sheet's field label announces nothing, and a
    # links header ("Related posts:") announces no story.
    prose = " ".join(["The key is not to overcook the chicken when you sear it first."] * 3)
    ingredients = ["2 tsp vegetable oil", "1 large onion", "4 cloves garlic", "1 tsp cumin"]
    listed = "".join(f"<p class='ingredient'>{item}</p>" for item in ingredients)
    page = (
        f"<html><body><article><h1>White chili</h1><p>{prose}</p><p>{prose}</p>"
        f"<p>Ingredients for 4 portions:</p>{listed}"
        "<p>Front Facing Camera:</p><p class='spec'>8 MP sensor</p>"
        "<p>Related posts from this week:</p><p class='teaser'>Ten soups for winter</p>"
        "</article></body></html>"
    )
    article = newsextract.extract(page)
    assert all(item in article.text for item in ingredients)
    reasons = {r.text: r.reason for r in article.boilerplate}
    assert reasons["8 MP sensor"] is RemovalReason.AFTER_STORY
    assert "Ten soups for winter" in reasons


@pytest.mark.parametrize(
    ("announcer", "items"),
    [
        ("Topics in this article:", ["Budget", "City council", "Harbour"]),
        ("Get in touch with the newsroom:", ["Phone 555 0100", "Fax 555 0101 for us"]),
        ("Für Rückfragen wenden Sie sich an den Kontakt:", ["Anna Weber", "Telefon 555 0100"]),
    ],
)
def test_a_tags_or_contact_block_after_the_story_is_not_announced_by_it(
    announcer: str, items: list[str]
) -> None:
    # A colon line after the story's last paragraph announces a list of the story
    # ("Ingredients for 4 portions:") unless it names the page's tags or a contact: a news
    # site's "Topics in this article:" over its tag links, a press release's "please
    # contact:" over phone lines (dragnet T98), which the story's end still cuts.
    article = newsextract.extract(_story_then_list(announcer, items))
    assert not any(item in article.text for item in items)


def test_a_german_list_for_a_day_is_announced() -> None:
    # "Tag" is German for a day, not a page's tag: "Das brauchen Sie für einen Tag:" after
    # the story's last paragraph announces the story's own list (the tags word of the
    # round-33 second review, "tag", cut it).
    items = ["2 Liter Wasser", "eine warme Jacke", "feste Schuhe", "ein Erste-Hilfe-Set"]
    article = newsextract.extract(_story_then_list("Das brauchen Sie für einen Tag:", items))
    assert all(item in article.text for item in items)


def test_a_sentence_with_a_links_word_announces_the_story_list() -> None:
    # A word of the links headers ("also", "more", "share") in a whole sentence ending in a
    # colon is the story's ("We also made numerous product improvements during the beta
    # test including:", dragnet's Google blog posts): its list is kept. A short line with
    # the same word is a links header ("Also on this site:"), whose items the end cuts.
    items = ["faster sync of large folders", "a new sharing dialog", "fewer crashes on start"]
    announcer = "We also made numerous product improvements during the beta test including:"
    article = newsextract.extract(_story_then_list(announcer, items))
    assert all(item in article.text for item in items)
    header = newsextract.extract(_story_then_list("Also on this site:", items))
    assert not any(item in header.text for item in items)


def test_the_links_header_length_a_caller_sets_decides_the_story_list() -> None:
    # `BoilerplateSettings.links_intro_max_words` tells a short colon line holding a links
    # word ("more") from a sentence announcing the story's list. The HTML label stage read
    # the default whatever the caller set (round-36 review): a setting of 2 words makes the
    # 6-word line below an announcement, whose items stay.
    items = ["faster sync of large folders", "a new sharing dialog", "fewer crashes on start"]
    page = _story_then_list("Here are more changes we made:", items)
    short = replace(
        DEFAULT_SETTINGS, boilerplate=replace(DEFAULT_SETTINGS.boilerplate, links_intro_max_words=2)
    )
    for settings, kept in ((DEFAULT_SETTINGS, False), (short, True)):
        article = pipeline.run(page, url=None, kind="html", options=Options(), settings=settings)
        assert all((item in article.text) is kept for item in items)


def _story_then_list(announcer: str, items: list[str]) -> str:
    """A page: a story of two paragraphs, then a colon line and its short items."""
    prose = " ".join(["The council agreed the harbour budget after a long night of talks."] * 3)
    listed = "".join(f"<p class='item'>{item}</p>" for item in items)
    return (
        f"<html><body><article><h1>Budget agreed</h1><p>{prose}</p><p>{prose}</p>"
        f"<p>{announcer}</p>{listed}</article></body></html>"
    )


def test_an_ad_slot_label_printed_between_paragraphs_is_not_text() -> None:
    # Postmedia's pages (fundus-dev: Ottawa Citizen, National Post) print "Article content"
    # over each ad slot, dozens of times between the story's paragraphs; the slot's ad class
    # word removes them, and with hashed classes every one was kept (round 33). A short
    # line printed three times or more is the page's; a speaker's name over each answer
    # (ending in a colon) and a refrain of more words are the story's.
    paragraphs = [
        f"The council voted on Tuesday to close bridge number {i} to cars for the winter."
        for i in range(5)
    ]
    slot = "<div class='k7q'><p class='k2x'>Article content</p></div>"
    refrain = "<p>And still the river runs</p>"
    interview = "".join(f"<p>MAYOR:</p><p>{p}</p>" for p in paragraphs[:3])
    story = slot.join(f"<p>{p}</p>{refrain}" for p in paragraphs) + interview
    page = f"<html><body><div class='k1a'><h1>Bridges close</h1>{story}</div></body></html>"
    article = newsextract.extract(page)
    assert "Article content" not in article.text
    assert article.text.count("And still the river runs") == 5
    assert article.text.count("MAYOR:") == 3
    removed = {r.text: r.reason for r in article.boilerplate}
    assert removed["Article content"] is RemovalReason.DUPLICATE


class _CountedReads(list[Candidate]):
    """Candidates that count how often they are read."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        self.reads += 1
        return super().__getitem__(index)


def test_announced_lists_are_searched_in_one_pass() -> None:
    # Review of round 33: a run of items that all end in a colon ("step 3 of the recipe:")
    # each announced the rest of the run, which was read again for every one of them: 8,000
    # such items took 11.6 s against 1.9 s before the rule. Each line is read about once.
    count = 2000
    candidates = _CountedReads(
        Candidate(i, f"step {i} of the recipe:", Role.BODY, "li", style="ul|li")
        for i in range(count)
    )
    decisions = [Decision(i, c.text, kind=BlockKind.LIST_ITEM) for i, c in enumerate(candidates)]
    listed = _tail_list_items(decisions, candidates, 0, DEFAULT_SETTINGS)
    assert listed == frozenset(range(1, count))
    assert candidates.reads <= 2 * count


def test_an_interview_speakers_names_over_their_answers_are_kept() -> None:
    # A transcript names its speakers in capitals on a line of their own, no colon
    # ("MARTIN", "HOFFMANN"), each several times between prose answers: like an ad slot's
    # label, a short line repeated beside paragraphs, but several distinct names taking
    # turns, none printed beside another. A slot's labels are one string, or two printed
    # together ("Advertisement" over "Article content"), and stay removed.
    answers = [
        f"We talked about the harbour plan for a long time, and point {i} came up again."
        for i in range(6)
    ]
    turns = "".join(
        f"<p>{name}</p><p>{a}</p>"
        for name, a in zip(["MARTIN", "HOFFMANN"] * 3, answers, strict=True)
    )
    slot = "<p>Advertisement</p><p>Article content</p>"
    story = slot.join(f"<p>{a}</p>" for a in answers[:4])
    page = "<html><body><div class='k1a'><h1>Harbour plan</h1>{}</div></body></html>"
    interview = newsextract.extract(page.format(turns)).text
    assert (interview.count("MARTIN"), interview.count("HOFFMANN")) == (3, 3)
    slotted = newsextract.extract(page.format(story)).text
    assert "Advertisement" not in slotted
    assert "Article content" not in slotted
