"""Text mode: the headline of dumps that print no <title> line (browser innerText, html2text
Markdown) or print marks on lines of their own (BeautifulSoup).

Each dump is built like the twins of real fundus-dev and dragnet pages (round 26): a menu
label as the dump's first line, a kicker set apart from the <title> printed again by a line
holding only a mark, and a story whose run opens on its headline or whose headline sits
over a byline without sharing words with the story.
"""

from __future__ import annotations

from pathlib import Path

import newsextract
from newsextract.settings import DEFAULT_SETTINGS
from newsextract.text.headline import naming
from test_text_headline import STORY_HAMAS, TITLE_HAMAS, _dump

TEXT = DEFAULT_SETTINGS.text
FIXTURES = Path(__file__).parent / "fixtures" / "text"

STORY_AKW = [
    "Die Sprengung der 160 Meter hohen Kühltürme des ehemaligen Kernkraftwerks markiert das "
    "Ende einer Ära und macht Platz für neue Energieanlagen am Standort.",
    "Gundremmingen - Die beiden jeweils 160 Meter hohen Kühltürme des früheren Kraftwerks in "
    "Schwaben sind knapp vier Jahre nach dem Abschalten gesprengt worden.",
    "Etwa 30.000 Schaulustige verfolgten nach Angaben der Polizei die spektakuläre Sprengung "
    "aus sicherer Entfernung an den Absperrungen rund um das Gelände.",
]


def test_a_short_first_line_is_no_title() -> None:
    # a browser's innerText opens on a menu label, not on the page's <title>
    for label in ("Digitale Zeitung", "Home", "ABO"):
        assert naming([label, "Politik"], None, None, TEXT).title is None
    title = "Kühltürme gesprengt | Stuttgarter Zeitung"
    assert naming([title, "Politik"], None, None, TEXT).title == title.casefold()
    # a CJK <title> has no spaces, and names the story
    cjk = "東京女子医大元理事長、大学に不正に"
    assert naming([cjk], None, None, TEXT).title == cjk
    # but a CJK menu label (Yomiuri's innerText opens on "朝刊記事", "morning edition";
    # Tokyo Shimbun's on "本文へ移動", "skip to the text"; Hankook Ilbo's on "뒤로가기",
    # "back") is no title: two CJK characters count as a word
    for label in ("朝刊記事", "本文へ移動", "뒤로가기", "トップ"):
        assert naming([label, "社説"], None, None, TEXT).title is None
    # the caller's title is taken however short
    assert naming(["Home"], "Suicide Bots", None, TEXT).title == "suicide bots"


def test_menu_lines_holding_a_short_first_line_do_not_anchor_the_story() -> None:
    # fundus-dev's Stuttgarter Zeitung (2025) as innerText: "Digitale Zeitung" first, the
    # menu's "Digitale Zeitung als App" below held it and anchored the story in the menu.
    headline = "Kühltürme von AKW Gundremmingen gesprengt"
    dump = _dump(
        "Digitale Zeitung",
        "Sport",
        "Digitale Zeitung im Web",
        "Digitale Zeitung als App",
        "Rätsel",
        "Politik",
        headline,
        "25.10.2025 - 15:26 Uhr",
        *STORY_AKW,
    )
    assert newsextract.extract(dump, kind="text").title == headline


def test_a_mark_on_its_own_line_does_not_hide_the_kicker_and_headline() -> None:
    # fundus-dev's Tages-Anzeiger (2026): the <title> printed again above the page's kicker
    # and headline; BeautifulSoup prints the kicker's dash on a line of its own, html2text
    # an empty "##" heading above the kicker.
    headline = "„Dem Teufel begegnet“: Deutsche Hamas-Geisel erlebte sexuellen Missbrauch"
    kicker = "Emotionales Interview"
    soup = _dump(TITLE_HAMAS, "Home", "|", "Politik", TITLE_HAMAS, kicker, "–", headline)
    assert newsextract.extract(_dump(soup, *STORY_HAMAS), kind="text").title == headline
    blocks = [f"# {TITLE_HAMAS}", "Home | Politik |", f"# {TITLE_HAMAS}", "##", kicker, headline]
    markdown = "\n\n".join([*blocks, *STORY_HAMAS])
    assert newsextract.extract(markdown, kind="text").title == headline


def test_the_run_opening_on_its_headline_gives_the_headline() -> None:
    # fundus-dev's Postillon (2024) as innerText: no <title> line; the story's run opens on
    # its headline, an exclamation, over the date line.
    headline = (
        "Bekiffte Geografen warnen: Ostsee in Wahrheit riesiges Krokodil, das Finnland "
        "fressen will!"
    )
    story = (
        "Kiel (dpo) - Finnland ist in Gefahr! Denn laut einer Warnung mehrerer bekiffter "
        "Geografen der Universität Kiel handelt es sich bei der Ostsee um ein Krokodil.",
        "Die Forscher hatten die Umrisse des Meeres auf einer Karte betrachtet und waren "
        "dabei zu einem erschreckenden Ergebnis gekommen, das sie nun veröffentlichten.",
    )
    menu = ("Startseite", "Politik", "Wirtschaft", "Sport", "Newsticker")
    for under in (("25.4.24",), ()):  # over its date line, or sharing words with the story
        dump = _dump(*menu, headline, *under, *story)
        assert newsextract.extract(dump, kind="text").title == headline


def test_a_headline_over_its_byline_is_found_without_shared_words() -> None:
    # dragnet's New York Times blog post (2012) as innerText: the headline shares no word
    # of four letters with the story's opening, but sits right over the byline.
    headline = "The End of Men, Revisited"
    story = (
        "Nancy Folbre is an economics professor at the University of Massachusetts, Amherst. "
        "She recently edited a book on the care economy.",
        "The title of a new book now serves as shorthand for a slightly less apocalyptic "
        "event: the decline in the relative earnings of many workers.",
        "Economists have long debated what the numbers show, and the debate has only grown "
        "louder since the last recession ended.",
    )
    dump = _dump(
        "Home Page",
        "Business",
        "Autos",
        "October 29, 2012, 6:00 am",
        headline,
        "By NANCY FOLBRE",
        *story,
    )
    assert newsextract.extract(dump, kind="text").title == headline
    # a blog's links to the posts beside it, over the date line, are no headline
    nav = "« Yet another discouraging GDP report | Main"
    dump = _dump("Home Page", "Business", nav, "October 29, 2012, 6:00 am", *story)
    assert newsextract.extract(dump, kind="text").title is None
    # a plain paragraph under the menu, with no byline under it, is no headline
    dump = _dump("Home Page", "Business", "Autos", *story)
    assert newsextract.extract(dump, kind="text").title is None


# --- round 27: the URL's slug ----------------------------------------

STORY_VETERANS = [
    "Jährlich legt der US-Präsident einen Blumenkranz auf dem riesigen Soldatenfriedhof in "
    "Arlington nieder; was als Gedenktag begann, ist längst ein Feiertag des Militärs.",
    "Die eigenen Soldaten umfassend wertschätzen will künftig auch die Bundesrepublik. Am "
    "Donnerstag hat der Bundestag einen Antrag der Koalition und der Union angenommen.",
    "Die Parlamentsdebatte wurde von gegenseitigem Lob für die überparteiliche "
    "Zusammenarbeit dominiert, ebenso von der Verklärung von Kampfeinsätzen.",
]
URL_VETERANS = (
    "https://www.example.de/artikel/474126.nationaler-veteranentag-orden-f%C3%BCrs-morden.html"
)


def test_a_page_file_extension_is_no_slug_word() -> None:
    # fundus-dev's Junge Welt (2024): ".html" ended the slug's last word; counted as a word
    # of the slug, the headline spelling three of its five words fell under the share.
    assert naming(["Home"], None, URL_VETERANS, TEXT).slug == {
        "nationaler",
        "veteranentag",
        "orden",
        "fürs",
        "morden",
    }


def test_the_kicker_the_slug_spells_is_printed_with_the_headline() -> None:
    # fundus-dev's Junge Welt (2024) as innerText: the kicker and a short headline on lines
    # of their own, the dek under them; the slug spells the kicker and the headline.
    head = ["Gegründet 1947 Freitag, 26. April 2024, Nr. 98", "Menü", "Inland", "Ausland"]
    dek = "Deutsches Parlament beschließt nationalen Gedenktag für Bundeswehr-Veteranen am 15. Juni"
    lines = ["Nationaler Veteranentag", "Orden fürs Morden", dek, "Von Karim Natour"]
    dump = _dump(*head, *lines, *STORY_VETERANS)
    title = newsextract.extract(dump, kind="text", url=URL_VETERANS).title
    assert title == "Nationaler Veteranentag: Orden fürs Morden"
    # a section label over the headline is no kicker: the slug does not spell it
    dump = _dump(*head, "Inland", *lines[1:], *STORY_VETERANS)
    title = newsextract.extract(dump, kind="text", url=URL_VETERANS).title
    assert title == "Orden fürs Morden"


def test_a_one_line_page_names_its_headline_by_printing_it_twice() -> None:
    """A page flattened onto one line (every text node joined by a space) has no <title>
    line to anchor the headline: its first sentence is the menu's, no <title>. The headline
    printed twice, a kicker between the copies ("Füchse Berlin mit Machtdemonstration ...
    Jetzt wartet Kiel Füchse Berlin mit Machtdemonstration ...", Berliner Morgenpost on
    fundus-dev), is cut out of the line and anchors the story; before, a menu's sentence
    was the headline. A menu printed twice (a desktop's and a phone's) shares no word with
    the story, and anchors nothing."""
    headline = "Füchse Berlin mit Machtdemonstration und Erleichterung um Andersson"
    menu = "Mein Konto Abmelden Mein Bezirk Bezirke Charlottenburg Friedrichshain Lichtenberg"
    story = " ".join(
        f"Im Spiel Nummer {n} trafen die Füchse {n + 20} Mal gegen den ThSV Eisenach, und "
        f"Mathias Gidsel warf in der {n + 30}. Minute das Tor zur Entscheidung."
        for n in range(1, 30)
    )
    page = (
        f"Abo testen E-Paper lesen Anmelden {menu} Startseite Sport {menu} Alba Füchse "
        f"Startseite Sport Füchse {headline} Jetzt wartet Kiel {headline} Berlin. {story}"
    )
    assert len(page) > TEXT.long_line_chars
    assert newsextract.extract(page, kind="text").title == headline


def test_a_headline_glued_to_its_dek_is_the_headline() -> None:
    """`text_content()` puts nothing between a headline and the dek and caption under it
    when the page has no line break between their elements: the story's first line then
    opens "...innerhalb von 48 StundenEine halbe Hundertschaft ...", and no line is a
    headline (Mallorca Zeitung's `text_content` dump on fundus-dev; built here from the
    excerpt of its html_text twin, `tests/fixtures/text/es-mallorcazeitung-dek.txt`, MIT:
    `tests/fixtures/text/LICENSE-fundus`, the menu glued as the dump glues it). The stretch
    before the line's first glued join, headline-shaped and naming the story, is the
    headline."""
    lines = (FIXTURES / "es-mallorcazeitung-dek.txt").read_text("utf-8").splitlines()
    menu = "Mallorca ZeitungAktuellesPolitikWirtschaftImmobilienUmweltPanorama"
    glued = ["".join(lines[1:4]), "".join(lines[4:7]), *lines[7:]]
    assert newsextract.extract(_dump(menu, lines[0], *glued), kind="text").title == lines[1]
    # a stretch naming nothing of the story is no headline: a brand's inner capital
    # ("YouTube") cuts a promotion's line, not a headline
    story = [line for line in lines[6:] if line.endswith(".")]
    promo = "Abonnieren Sie unseren Kanal auf YouTube für mehr Videos aus der Redaktion"
    dump = _dump(menu, lines[0], f"{promo} {story[0]}", *story[1:])
    assert newsextract.extract(dump, kind="text").title is None


def test_a_capital_inside_a_word_cuts_no_headline_where_no_blocks_are_glued() -> None:
    """On a dump whose lines are whole (no block texts glued elsewhere on the page), a
    capital inside a word is a brand's: a story opening "Nike's VP ... said at GigaOM
    RoadMap ..." has no headline "... at GigaOM Road" (dragnet's Markdown twins)."""
    story = [
        "Nike's VP, digital sport Stefan Olander said Monday at GigaOM RoadMap that Nike "
        "wants its digital sport products to be as simple as its shoes.",
        "Olander said the Nike FuelBand and Nike+ apps now have millions of members, and that "
        "Nike will open its digital sport platform to other developers this year.",
        "He added that the company measures the success of digital sport by how often members "
        "come back, not by how many devices Nike sells to them.",
    ]
    assert newsextract.extract(_dump("Home", "Tech", *story), kind="text").title is None


def test_a_share_prompt_names_the_headline_of_a_dump_without_title() -> None:
    """A browser's innerText prints no <title> line, but a share widget's prompt often
    spells the title after its colon ("Share this Story : <title>"): National Post's
    innerText twin on fundus-dev (its first 100 lines,
    `tests/fixtures/text/ca-nationalpost-share-prompt.txt`, MIT:
    `tests/fixtures/text/LICENSE-fundus`), whose run opens in a subscription box under the
    story's first paragraph. The line the prompt's title names is the headline, not the
    box's "Manage Print Subscription"; the prompt itself is never the headline."""
    text = (FIXTURES / "ca-nationalpost-share-prompt.txt").read_text("utf-8")
    url = "https://nationalpost.com/news/canada/kamala-harris-childhood-montreal-canada"
    headline = "Kamala Harris' Canadian connections: What we know about her childhood in Montreal"
    for given in (url, None):
        assert newsextract.extract(text, url=given, kind="text").title == headline


def test_a_share_prompt_naming_no_line_anchors_nothing() -> None:
    # a share bar's prompt followed by its networks names no line of the page
    dump = _dump("Home", "Share: Email Facebook Twitter Print", "Facebook Twitter", *STORY_AKW)
    assert newsextract.extract(dump, kind="text").title is None


def test_a_share_bar_printing_its_networks_again_names_no_headline() -> None:
    # the bar's prompt lists its networks, and the bar prints them again under the story's
    # first paragraphs: that line is no headline
    headline = "Kühltürme in Gundremmingen gesprengt"
    networks = "Facebook Twitter Email"
    above = ["Home", f"Share: {networks}", headline, "Von Anna Schmidt"]
    dump = _dump(*above, *STORY_AKW[:2], networks, *STORY_AKW[2:])
    assert newsextract.extract(dump, kind="text").title != networks


#: A blog post as html2text prints it: the post's headline a heading linking to the post's
#: own page (WordPress's and Blogger's `<h2><a href=permalink>`), its date and byline under
#: it (built like dragnet's Markdown twins of Blogger posts, R537 among them).
BLOG_POST_MD = [
    "skip to main | skip to sidebar",
    "",
    "###  [Improving news search with expandable",
    "results](http://newsblog.example.com/2012/10/improving-news-search-with-expandable.html)",
    "",
    "#### Monday, October 22, 2012 3:29 PM",
    "",
    "Posted by Rudy Galfi, Product Manager",
    "",
    "Last year we updated our news search to make it easier for you to scan the results and "
    "find the stories that are interesting to you, with fewer clicks than before.",
    "",
    "Over the next few days we will roll out expandable results: each cluster of news results "
    "is collapsed to one result, and a click expands it to the other sources.",
    "",
    "You can try the new search results by looking for any topic in the news section, and we "
    "look forward to hearing what you think of them.",
]


def test_a_markdown_heading_linking_to_its_post_is_the_headline() -> None:
    """html2text prints a post's headline that links to the post's own page as a heading
    made of one link, which reads as a link list; it is still the headline (dragnet's
    Markdown twins: about 175 posts got their headline, most of them from none)."""
    headline = "Improving news search with expandable results"
    assert newsextract.extract("\n".join(BLOG_POST_MD), kind="text").title == headline


def test_a_markdown_heading_linking_to_its_post_anchors_by_the_slug() -> None:
    """The same heading spelling the URL's slug anchors the story and is its headline, with
    nothing but the story under it (scrapinghub's Markdown twin of a Nigerian news site: a
    date line and a "Tweet" link between the lead photo and the headline); without the URL
    it is the heading-shaped line above the story sharing most of its words."""
    url = (
        "http://news.example.com/2018/10/09/lawan-moves-motion-for-senate-adjournment-over-deaths/"
    )
    headline = "Lawan moves motion for Senate adjournment over deaths"
    dump = [
        "  * [Politics](http://news.example.com/category/politics/)",
        "  * [Sport](http://news.example.com/category/sport/)",
        "",
        "October 9, 2018 at 4:02 pm",
        "",
        "[Tweet](http://twitter.com/share)",
        "",
        f'#  [{headline}]({url} "Permalink to {headline}")',
        "",
        "The senator representing the northern district moved a motion on Tuesday for the "
        "adjournment of the first plenary session after the Senate resumed from its recess.",
        "",
        "He raised the motion after the Senate President read the letters that the chamber "
        "received during the recess, and the senators observed a minute of silence.",
    ]
    for given in (url, None):
        assert newsextract.extract("\n".join(dump), url=given, kind="text").title == headline


def test_a_markdown_heading_linking_home_gets_no_heading_bonus() -> None:
    # a blog's name is a level-1 heading linking to its home page, and shares words with
    # the story ("news", "search"): as a link it gets no heading bonus, and the post's own
    # linked headline, sharing more, wins (with the bonus, "The White House Blog" and the
    # like were taken on 20 dragnet Markdown twins where the post's headline had been found)
    home = "http://newsblog.example.com/"
    menu = [f"  * [{item}]({home}{item.lower()}/)" for item in ("About", "Archive", "Contact")]
    dump = [f"#  [Inside News Search]({home})", "", *menu, "", *BLOG_POST_MD[2:]]
    headline = "Improving news search with expandable results"
    assert newsextract.extract("\n".join(dump), kind="text").title == headline


def test_a_line_over_a_cued_byline_beats_a_menu_label_sharing_a_word() -> None:
    # dragnet's NJ.com post (2012) as innerText, no <title> line and no URL: a sports menu's
    # "All High School Sports »" shares "school" with the story and, nearer the top of the
    # lookback, took the headline; the headline sits right over "By <name>/<outlet>".
    headline = "Morris County school closings Thursday and beyond"
    story = (
        "An empty classroom at Union City High School. Most public schools in the county "
        "canceled classes for the rest of the week after the storm.",
        "Officials said the buildings were without power on Wednesday and that crews would "
        "not reach every school district before the weekend.",
        "Parents were asked to check the district's website for updates on Friday.",
    )
    menu = ("Home", "News", "Featured", "All High School Sports »", "More ...", "comments")
    byline = ("By Justin Zaremba/NJ.com", "on October 31, 2012 at 5:00 PM")
    dump = _dump(*menu, headline, *byline, *story)
    assert newsextract.extract(dump, kind="text").title == headline
    # without the byline under it, the label sharing as large a share of its words wins
    # as before (the bonus is the byline's, not the line's)
    dump = _dump(*menu, headline, byline[1], *story)
    assert newsextract.extract(dump, kind="text").title != headline


def test_a_photo_credit_under_a_caption_is_no_byline() -> None:
    # "Photo by <name>" opens like a byline ("<word> by <Name>"), but under a caption it
    # names the photographer: the caption nearer the story takes no byline bonus and the
    # headline sharing more of the story's words stays the headline (second review of
    # round 32: the caption won).
    headline = "Council votes to close old harbor bridge for repairs"
    caption = "Workers on the harbor bridge last week"
    story = (
        "The city council voted on Tuesday to close the old harbor bridge for two years of "
        "repairs, after engineers found cracks in its steel supports last month.",
        "Drivers will be sent over the new ring road, which the council says can carry the "
        "extra traffic while the works go on.",
        "A final vote on the bridge's budget is expected at the next monthly meeting.",
    )
    dump = _dump("Home", "News", "Sport", headline, caption, "Photo by Jane Doe", *story)
    assert newsextract.extract(dump, kind="text").title == headline
