"""Text mode's story parts (issue #15): captions and subheads on excerpts of real dumps.

The fixtures are excerpts (consecutive lines, the headline kept) of two fundus-dev pages'
`html_text` dumps (`benchmarks/out/dumps/fundus-dev/html_text/`), MIT:
`tests/fixtures/text/LICENSE-fundus`. `de-morgenpost-gallery.txt` is lines 158-197 of
de/BerlinerMorgenpost_2024_05_03; `en-mirror-liveblog.txt` lines 44-45, 58-80 and 95-123 of
uk/TheMirror_2024_08_05; `de-zeit-embed.txt` lines 70-96 of de/DieZeit_2023_04_28;
`pl-rzeczpospolita-dek.txt` lines 10-17, 26-27 and 30-32 of pl/Rzeczpospolita_2026_04_19;
`pl-rzeczpospolita-lead-photo.txt` lines 1, 13-24, 26, 30-32 and 36 of the `html_text` dump
of pl/Rzeczpospolita_2025_02_02;
`ch-tagesanzeiger-byline.txt` lines 221-226, 229-230, 236-237 and 242-243 of
ch/TagesAnzeiger_2026_05_18; `en-mirror-captions.txt` lines 44 and 107-163 of
uk/TheMirror_2024_08_05;
`es-mallorcazeitung-dek.txt` lines 79-92 of
es/MallorcaZeitung_2025_04_16; `jp-sankei-byline.txt` lines 85-97 of
jp/SankeiShimbun_2025_01_21; `en-citizen-labels.txt` lines 154-155, 163-165 and 198-223 of
ca/OttawaCitizen_2026_05_26; `de-stuttgarter-agency-byline.txt` lines 225-237 (counted from
1; the last paragraph cut after its first sentence) of de/StuttgarterZeitung_2025_10_25;
`de-gamestar-dek.txt` lines 49-75 (counted from 1) of de/Gamestar_2024_04_28;
`dk-jyllandsposten-dek.txt` lines 1 and 66-78 of dk/JyllandsPosten_2025_02_02;
`en-voa-repeated-headline.txt` lines 31-46 (counted from 1) of us/VoiceOfAmerica_2024_04_28;
`en-taipeitimes-teaser-byline.txt` lines 1, 14-22, 37-39 and 51-66 (counted from 1) of
tw/TaipeiTimes_2024_10_15; `de-ruhrnachrichten-photo-dek.txt` lines 1 and 87-102 (counted
from 1) of de/RuhrNachrichten_2024_05_03; `be-nieuwsblad-word-subheads.txt` lines 229-248
(counted from 1) of be/Nieuwsblad_2025_02_02; `de-ruhrnachrichten-list-photo.txt` lines 1
and 87-115 (counted from 1) of de/RuhrNachrichten_2024_05_03; `de-stern-copyright-dek.txt`
lines 1 and 191-206 (counted from 1) of de/Stern_2024_11_05; `de-tonline-teasers-over-subhead.txt`
lines 1 and 177-198 (counted from 1) of de/TOnline_2026_01_07;
`en-dailymail-retold-captions.txt` lines 1 and 47-80 (counted from 1) of
uk/DailyMail_2024_04_27; `en-mirror-gallery-caption.txt` lines 1 and 53-70 (counted from 1)
of uk/TheMirror_2026_01_06; `en-standard-agency-credit.txt` lines 1 and 6-28 (counted from
1) of uk/EveningStandard_2024_05_02; `en-wired-dek-over-credit.txt` lines 1 and 34-48
(counted from 1) of us/Wired_2024_04_28.
From the dumps of other styles
(`benchmarks/out/dumps/fundus-dev/STYLE/`), counted from 1: `en-mirror-split-byline.txt`
lines 1, 111-112 and 133-150 of the `bs_newline` dump of uk/TheMirror_2024_08_05;
`de-freiepresse-split-byline.txt` lines 1 and 166-189 of the `bs_newline` dump of
de/FreiePresse_2024_11_29; `ch-20min-markdown-byline.md` lines 84-130 of the `markdown` dump
of ch/ZwanzigMinuten_2024_12_17; `en-reuters-glued-date.txt` lines 1 and 15-23 of the
`innertext` dump of us/Reuters_2023_05_16; `de-dw-split-authors.txt` lines 1 and 33-42 of
the `bs_newline` dump of de/DW_2023_06_13; `en-taipeitimes-kicker.txt` lines 1 and 25-31 of
the `bs_newline` dump of tw/TaipeiTimes_2024_10_15; `de-morgenpost-copyright-credits.txt`
lines 1 and 163-231 of the `bs_newline` dump of de/BerlinerMorgenpost_2024_05_03;
`de-vogue-blurb-over-headline.txt` lines 1-31 of the `innertext` dump of
de/VogueDE_2024_04_30.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsextract
from newsextract.blocks import Decision
from newsextract.model import BlockKind, RemovalReason
from newsextract.pipeline import _teasers_at
from newsextract.settings import DEFAULT_SETTINGS
from newsextract.text.label import speaks_as_a_person

FIXTURES = Path(__file__).parent / "fixtures" / "text"


def _extract(name: str) -> newsextract.Article:
    return newsextract.extract((FIXTURES / name).read_text(encoding="utf-8"), kind="text")


def test_gallery_slides_with_credits_are_captions() -> None:
    """Twelve slides of a gallery, one a line with its credit, are captions, not a link list."""
    article = _extract("de-morgenpost-gallery.txt")
    captions = {c.text: c.credit for c in article.captions}
    assert captions["Rund 170 Feuerwehrleute sind vor Ort."] == "DPA Images | Christoph Soeder"
    assert captions["Eine Drohne der Berliner Feuerwehr ist im Einsatz."] == (
        "DPA Images | Christoph Soeder"
    )
    assert len(captions) >= 14  # the two photos in the text and the gallery's twelve


def test_live_entry_titles_are_subheads() -> None:
    """The line under a live blog's entry time ("21:00 Jane Doe", "20:42 KEY EVENT") is the
    entry's title; the time line itself is not."""
    article = _extract("en-mirror-liveblog.txt")
    assert "Plymouth MP warns protesters they will face 'full force of the law'" in (
        article.subheads
    )
    assert "Large group of anti-racism activists ready in Plymouth" in article.subheads
    assert "Crutch among items thrown as Plymouth scenes continue to fester" in article.subheads
    assert not any(s.startswith(("20:", "19:")) for s in article.subheads)


def test_a_credit_closing_the_bracket_on_the_next_line_joins_its_caption() -> None:
    """A caption whose credit the dump set on lines of its own inside the bracket ("Riot
    police in Plymouth (" / "Image:" / "Getty Images)") is one caption with that credit."""
    captions = {c.text: c.credit for c in _extract("en-mirror-captions.txt").captions}
    assert captions["Anti-racism activists in Plymouth tonight"] == "Anadolu via Getty Images"
    assert captions["Southport locals mourn the victims at a pink-themed vigil"] == "Getty Images"


def test_an_entry_time_glued_to_its_author_opens_an_entry() -> None:
    """innerText glues a live blog's entry time to the name after it ("19:55Antony
    Clements-Thrower"): that line is no subhead, the title under it is."""
    text = (FIXTURES / "en-mirror-captions.txt").read_text(encoding="utf-8")
    glued = re.sub(r"^(\d\d:\d\d) ", r"\1", text, flags=re.MULTILINE)
    subheads = newsextract.extract(glued, kind="text").subheads
    assert "Tensions escalate in Plymouth" in subheads
    assert "Muslim graves desecrated in Burnley" in subheads
    assert not any(s[:1].isdigit() for s in subheads)


def _live_page(time_line: str) -> str:
    """A long story with `time_line` and a short title line in its middle (the lines a run's
    ends are checked for bylines and datelines are far from it)."""
    paragraph = (
        "Die Regierung hat am {} neue Regeln beschlossen, die ab dem kommenden Jahr für "
        "alle Betriebe im Land gelten sollen, wie ein Sprecher in Berlin mitteilte."
    )
    days = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag")
    before = [paragraph.format(f"{day} der Woche {n}") for n in (1, 2) for day in days]
    after = [paragraph.format(f"{day} der Woche {n}") for n in (3, 4) for day in days]
    title = ["Neue Regeln für Betriebe beschlossen"]
    return "\n".join([*title, *before, time_line, "Putin stärkt Maduro", *after])


def test_a_video_length_opens_no_entry() -> None:
    """A clock-like video length ("01:43 min") is no entry time: the line under it is no
    subhead, the line under an entry time ("01:43 Jana Schmidt") is."""
    assert (
        "Putin stärkt Maduro"
        in newsextract.extract(_live_page("01:43 Jana Schmidt"), kind="text").subheads
    )
    assert not newsextract.extract(_live_page("01:43 min"), kind="text").subheads


def test_an_embed_placeholder_is_no_subhead() -> None:
    """The placeholder of an embed the reader has not allowed ("Empfohlener redaktioneller
    Inhalt", "Externer Inhalt Datenschutzerklärung") is a media label, not a subhead."""
    article = _extract("de-zeit-embed.txt")
    assert article.subheads == ("Disqualifizierende Fouls gegen mehr als 20 Spieler",)
    reasons = {r.text: r.reason for r in article.boilerplate}
    assert reasons["Empfohlener redaktioneller Inhalt"] is RemovalReason.MEDIA_LABEL


def test_chrome_wording_is_no_subhead() -> None:
    """Furniture lines between paragraphs: a "show more" toggle, an advertisement's "scroll
    to continue", a trial offer."""
    paragraph = (
        "The council voted on Monday to expand the harbour, a plan that has divided the town "
        "for years and that opponents say will cost far more than the budget allows."
    )
    lines = ["Harbour expansion approved after long debate"]
    for n, label in enumerate(
        ("Vis mer", "Advertisement · Scroll to continue", "2 Wochen kostenlos testen")
    ):
        lines += [paragraph.replace("Monday", f"Monday {n}"), label]
    lines += [paragraph.replace("Monday", "Friday"), paragraph.replace("Monday", "Sunday")]
    article = newsextract.extract("\n".join(lines), kind="text")
    assert article.subheads == ()


def test_authors_named_one_a_line_are_all_read() -> None:
    """Two bylines with their roles and two bare names, one a line under "By": four
    authors (issue 15)."""
    article = _extract("en-mirror-liveblog.txt")
    assert article.authors == ("Lucy Thornton", "Tim Hanlon", "Phoebe Tonks", "Joseph Gamp")


def test_roles_on_lines_of_their_own_do_not_end_the_authors() -> None:
    """A dump that breaks lines at inline elements prints each author's role under the name
    ("Lucy Thornton" / "News Reporter" / "Tim Hanlon"): the four authors are read."""
    article = _extract("en-mirror-split-byline.txt")
    assert article.authors == ("Lucy Thornton", "Tim Hanlon", "Phoebe Tonks", "Joseph Gamp")


def test_a_desk_name_under_an_author_is_no_role_line() -> None:
    """A desk's name alone under the last author ("Sports", a menu's entry, then "Supreme
    Court") is no role the list goes on past: the next capitalized line is no author."""
    page = (FIXTURES / "en-mirror-split-byline.txt").read_text(encoding="utf-8")
    page = page.replace("Phoebe Tonks\nJoseph Gamp\n", "Phoebe Tonks\nSports\nSupreme Court\n")
    article = newsextract.extract(page, kind="text")
    assert article.authors == ("Lucy Thornton", "Tim Hanlon", "Phoebe Tonks")


def test_a_byline_broken_at_its_link_under_the_story_start_is_read() -> None:
    """ "Von" / "Patrick Hyslop" under a repeated headline, the captions above it taken for
    the story's start: the byline is joined again and read, and its date line above it."""
    article = _extract("de-freiepresse-split-byline.txt")
    assert article.authors == ("Patrick Hyslop",)
    assert article.published is not None and article.published.date().isoformat() == "2024-11-29"


def test_markdown_byline_with_a_link_over_blank_lines_and_a_glued_date_label() -> None:
    """html2text breaks a link over blank lines ("[    Konstantin Furrer" / "" / ",](/autoren/
    ...)"): the opening bracket goes, the byline names its author; "Publiziert17. Dezember
    2024, 12:17" (the label glued to its date by markup) gives the published date."""
    article = _extract("ch-20min-markdown-byline.md")
    assert article.authors == ("Konstantin Furrer",)
    assert article.published is not None
    assert article.published.isoformat(timespec="minutes") == "2024-12-17T12:17"


def test_dek_over_a_date_line_in_polish_is_the_standfirst() -> None:
    """The dek, then "Aktualizacja: ... Publikacja: ..." (a date line with Polish labels),
    a photo's caption and credit, and the author's name: the dek is the standfirst, the
    date line is removed as a byline, the name over the credit stays the caption."""
    article = _extract("pl-rzeczpospolita-dek.txt")
    assert article.standfirst is not None
    assert article.standfirst.startswith("Irańska agencja informacyjna IRNA twierdzi")
    assert "Aktualizacja" not in article.text
    assert article.authors == ("Ada Michalak",)
    assert [c.text for c in article.captions] == ["Donald Trump"]


def test_line_over_a_photo_credit_under_the_headline_is_its_caption() -> None:
    """Between the headline and the story, a line right over a photo credit that names its
    source ("Friedrich Merz" / "Foto: REUTERS/Nadja Wohlleben", a name the dump does not
    read as prose) is the lead photo's caption, the credit its credit."""
    article = _extract("pl-rzeczpospolita-lead-photo.txt")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Friedrich Merz", "REUTERS/Nadja Wohlleben")
    ]
    assert article.authors == ("Piotr Jendroszczyk",)
    assert article.standfirst is not None
    assert article.standfirst.startswith("Friedrich Merz, najpoważniejszy kandydat")


def _head_with(*lines: str) -> str:
    """A headline, a byline and a date line, `lines`, then six paragraphs."""
    paragraph = (
        "The council voted on Monday to expand the harbour, a plan that has divided the town "
        "for years and that opponents say will cost far more than the budget allows."
    )
    body = [paragraph.replace("Monday", f"day {n}") for n in range(6)]
    head = ["Harbour expansion approved after long debate", "By John Smith", "May 07, 2025"]
    return "\n".join([*head, *lines, *body])


def test_head_photo_credit_takes_the_line_over_it_unless_a_label() -> None:
    """Under the headline, a line over "Getty Images" or "Foto: REUTERS/Jane Doe" is the
    lead photo's caption; a label closing on a colon ("Foto:" over "Jane Doe / AP") is
    none, and a credit with a year ("Reuters 02/12/2024") is a date line, no credit."""
    caption = "Harbour workers celebrate the vote on Thursday night"
    for credit, given in (
        ("Getty Images", "Getty Images"),
        ("Foto: REUTERS/Jane Doe", "REUTERS/Jane Doe"),
    ):
        article = newsextract.extract(_head_with(caption, credit), kind="text")
        assert [(c.text, c.credit) for c in article.captions] == [(caption, given)]
    assert newsextract.extract(_head_with("Foto:", "Jane Doe / AP"), kind="text").captions == ()
    dated = newsextract.extract(_head_with(caption, "Reuters 02/12/2024"), kind="text")
    assert dated.captions == ()


def test_name_beside_its_date_line_is_a_byline() -> None:
    """A name alone on its line over "Publiziert heute um 12:19 Uhr" is the byline printed
    in two pieces: both leave the story, and the dek above them is the standfirst."""
    article = _extract("ch-tagesanzeiger-byline.txt")
    removed = {r.text: r.reason for r in article.boilerplate}
    assert removed["Edgar Schuler"] is RemovalReason.BYLINE
    assert removed["Publiziert heute um 12:19 Uhr"] is RemovalReason.BYLINE
    assert article.subheads == ()
    assert article.standfirst is not None
    assert article.standfirst.startswith("Der US-Präsident will den Rasen")


def test_german_dek_with_its_capitalized_nouns_is_the_standfirst() -> None:
    """A German dek under the headline capitalizes its nouns ("Eine halbe Hundertschaft der
    Nationalpolizei war am Mittwochmorgen ..."): that is no teaser's Title Case."""
    article = _extract("es-mallorcazeitung-dek.txt")
    assert article.standfirst == (
        "Eine halbe Hundertschaft der Nationalpolizei war am Mittwochmorgen (12.3.) im "
        "Problemviertel Son Gotleu im Einsatz"
    )


def test_cjk_name_beside_its_date_is_the_author_not_the_section_labels() -> None:
    """A reporter's name ("大渡 美咲") under the date line is the byline; the one-word
    section labels under it ("社会", "反応") are not names."""
    article = _extract("jp-sankei-byline.txt")
    assert article.authors == ("大渡 美咲",)
    removed = {r.text: r.reason for r in article.boilerplate}
    assert removed["大渡 美咲"] is RemovalReason.BYLINE
    assert removed["社会"] is not RemovalReason.BYLINE


def test_a_repeated_label_does_not_hide_a_subhead() -> None:
    """A label the page prints between its paragraphs ("Article content", again and again)
    stands between a paragraph and a subhead: the subhead is still one, the label is not."""
    article = _extract("en-citizen-labels.txt")
    assert article.subheads == ("Return-to-office forcing pivot on plan to shed space",)


def test_a_label_printed_once_opens_no_subhead() -> None:
    """A label printed once ("Politics") is a box's title: the heading under it, followed by
    a teaser's text, is no subhead; printed between paragraphs again, it hides nothing."""
    paragraph = (
        "The council voted on Monday to expand the harbour, a plan that has divided the town "
        "for years and that opponents say will cost far more than the budget allows."
    )
    body = [paragraph.replace("Monday", f"day {n}") for n in range(6)]
    teaser = ["Politics", "Mayor promises new ferry link", paragraph.replace("Monday", "noon")]
    once = ["Harbour expansion approved after long debate", *body, *teaser, *body[:2]]
    assert newsextract.extract("\n".join(once), kind="text").subheads == ()
    twice = [*once[:3], "Politics", *once[3:]]
    assert newsextract.extract("\n".join(twice), kind="text").subheads == (
        "Mayor promises new ferry link",
    )


def test_byline_naming_only_an_agency_credits_it() -> None:
    """A byline line naming an agency and no person ("dpa" over its date line) makes the
    agency, as written, the author; the photo credit's "dpa" above it does not count."""
    article = _extract("de-stuttgarter-agency-byline.txt")
    assert article.authors == ("dpa",)
    assert article.agencies == ("dpa",)


def test_a_dek_right_over_the_byline_needs_few_stop_words() -> None:
    """The line between the headline and the byline is the dek though few of its words are
    stop words ("Das nächste Samsung Galaxy Unpacked-Event soll dieses Jahr früher
    stattfinden.": product names)."""
    article = _extract("de-gamestar-dek.txt")
    assert article.standfirst == (
        "Das nächste Samsung Galaxy Unpacked-Event soll dieses Jahr früher stattfinden."
    )
    assert article.authors == ("Duy Linh Dinh",)


def test_a_related_story_byline_under_the_story_start_is_not_the_authors() -> None:
    """A "Mehr zum Thema" teaser's byline ("von Alana Friedrichs") deep in the story does not
    beat the bare name beside the date line under the headline ("Duy Linh Dinh" /
    "28.04.2024 | 09:36 Uhr"), though it is the first line with a byline word."""
    article = _extract("de-gamestar-dek.txt")
    assert article.authors == ("Duy Linh Dinh",)
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-04-28"


def test_a_byline_under_a_related_stories_header_is_a_teasers() -> None:
    """ "You might also like" under the story, a teaser's headline, date, summary and byline:
    the byline is not the article's, nor is the teaser's date its date."""
    url = "https://www.taipeitimes.com/News/front/archives/2024/10/16/2003825372"
    text = (FIXTURES / "en-taipeitimes-teaser-byline.txt").read_text(encoding="utf-8")
    article = newsextract.extract(text, url=url, kind="text")
    assert article.authors == ()
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-10-16"


def test_danish_share_and_save_lines_set_the_dek_apart() -> None:
    """Danish "Del artiklen Del" (share) and "Gem på læseliste" (save to the reading list)
    are chrome, not a subhead and a paragraph: the paragraph over them is the dek."""
    article = _extract("dk-jyllandsposten-dek.txt")
    removed = {r.text: r.reason for r in article.boilerplate}
    assert removed["Del artiklen Del"] is RemovalReason.SHARE
    assert removed["Gem på læseliste"] is RemovalReason.MEDIA_LABEL
    assert article.standfirst is not None
    assert article.standfirst.startswith("Stine Eilertzen er altid nysgerrig")


def test_the_dek_under_the_lead_photo_is_the_standfirst() -> None:
    """Headline, byline, date, share bar, the lead photo's caption, then a paragraph of
    four short sentences: the dek the page prints under its photo, not the story's lead."""
    article = _extract("de-ruhrnachrichten-photo-dek.txt")
    assert article.standfirst == (
        "Mitte Mai kommen die Eisheiligen. Aber was steckt hinter dem Phänomen? Und wie ist "
        "die Wetter-Prognose? Die wichtigsten Infos zu den Eisheiligen 2024."
    )
    assert [b.kind.value for b in article.blocks[:3]] == ["caption", "standfirst", "paragraph"]
    assert article.blocks[2].text.startswith("Beim Stichwort „Eisheilige“")


def test_the_dek_under_a_photo_credited_by_a_copyright_line_is_the_standfirst() -> None:
    """Headline, byline, date, reading time, the lead photo's caption over its credit
    printed as a copyright line ("© ZUMA Press Wire / Imago Images", removed as one), a
    share link, then a paragraph of two short sentences: the dek under the photo, the
    caption with its credit (round 37) above it."""
    article = _extract("de-stern-copyright-dek.txt")
    assert article.standfirst is not None
    assert article.standfirst.startswith("Die Demokraten versuchen, Trump als unmoralisch")
    assert article.standfirst.endswith("nicht der beste Weg ist.")
    assert [b.kind.value for b in article.blocks[:3]] == ["caption", "standfirst", "paragraph"]
    assert article.blocks[2].text.startswith("Donald Trump hat unglaublich viel Glück")
    assert [c.text for c in article.captions] == ["Donald Trump bei einem Auftritt"]


def test_a_dek_speaking_to_the_reader_over_the_lead_photo_credit_is_the_standfirst() -> None:
    """Headline, then a line over the lead photo's credit ("Photograph: Scott Gilbertson;
    Getty Images"): a short line over a credit is read as the photo's caption, but this
    one speaks as "we" to "you" ("Whether you're climbing peaks ..., we've found the best
    sleeping bags"), which no caption does: it is the dek."""
    article = _extract("en-wired-dek-over-credit.txt")
    assert article.standfirst is not None
    assert article.standfirst.startswith("Whether you’re climbing peaks")
    assert article.blocks[0].kind is BlockKind.STANDFIRST
    assert not any(c.text.startswith("Whether") for c in article.captions)


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("Whether you’re climbing peaks, we’ve found the best sleeping bags.", True),
        ("Die besten Tipps für Ihren Garten, die wir getestet haben.", True),
        ("Voici ce que nous savons de l'attaque.", True),
        # captions: someone else's words in quotation marks, a country, a king's numeral
        ('"Wenn wir so auftreten, können wir jeden schlagen", sagt Daniel Theis.', False),
        ("«Wann immer wir eine solche Einmischung vermuten», sagt Ursula von der Leyen.", False),
        ("US President Joe Biden speaks at the White House.", False),
        ("A statue of King Charles I in London.", False),
    ],
)
def test_speaking_as_a_person(text: str, speaks: bool) -> None:
    assert speaks_as_a_person(text) is speaks


def test_a_rights_notice_under_the_lead_photo_is_no_dek() -> None:
    """A page's rights notice of two sentences where the dek would stand under the lead
    photo ("Copyright (C) 2002-2012 ... Some rights reserved. ... is a trademark ...", a
    blog's legal line over its first post) is never the standfirst."""
    page = (FIXTURES / "de-stern-copyright-dek.txt").read_text(encoding="utf-8").splitlines()
    dek = next(i for i, line in enumerate(page) if line.startswith("Die Demokraten"))
    page[dek] = (
        "Copyright (C) 2002-2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten. "
        "Beispiel ist eine Marke der Beispiel Verlag GmbH."
    )
    article = newsextract.extract("\n".join(page), kind="text")
    assert article.standfirst is None


def test_a_one_sentence_lead_under_the_lead_photo_stays_in_the_story() -> None:
    """A news lead is one sentence (a wire dateline's "Mich." and "Nov." end none): under
    the lead photo's caption it is the story's first paragraph, not a dek."""
    lead = (
        "PLYMOUTH, Mich. - Matt Mahalak made 36 saves on Nov. 18 to lead the Plymouth "
        "Whalers to a 4-1 victory over the Saginaw Spirit in league action on Tuesday."
    )
    more = (
        "The Whalers scored twice in the second period and held on through a late power "
        "play, their coach said after the game, which drew a crowd of more than 3,000."
    )
    page = "\n".join(
        [
            "Whalers beat Spirit behind Mahalak's 36 saves",
            "By Jane Doe",
            "November 19, 2013",
            "Matt Mahalak stops a shot in the first period. (Photo: John Roe / AP)",
            lead,
            *[more.replace("second", f"{n}th") for n in range(4, 8)],
        ]
    )
    article = newsextract.extract(page, kind="text")
    assert article.standfirst is None
    assert article.blocks[1].text == lead


def _story_with(between: str, *tail: str) -> str:
    """A headline, three paragraphs, `between`, three paragraphs and `tail`."""
    paragraph = (
        "The council voted on Monday to expand the harbour, a plan that has divided the town "
        "for years and that opponents say will cost far more than the budget allows."
    )
    body = [paragraph.replace("Monday", f"day {n}") for n in range(6)]
    lines = ["Harbour expansion approved after long debate", *body[:3], between, *body[3:]]
    return "\n".join([*lines, *tail])


def test_a_heading_printed_again_below_is_a_teaser() -> None:
    """A heading between paragraphs that the page prints again further down (in its box of
    related stories) is a teaser's headline, not a subhead; printed once, it is one."""
    heading = "Ferry operators warn of higher fares"
    assert newsextract.extract(_story_with(heading), kind="text").subheads == (heading,)
    teased = _story_with(heading, "Related Articles", heading, "Town hall elections next May")
    assert newsextract.extract(teased, kind="text").subheads == ()


def test_a_reading_time_is_no_subhead() -> None:
    """A reading time ("3 Min Lesezeit") between paragraphs is the byline box's, removed."""
    article = newsextract.extract(_story_with("3 Min Lesezeit"), kind="text")
    assert article.subheads == ()
    assert "Lesezeit" not in article.text


def test_a_line_placing_people_in_the_picture_is_a_caption() -> None:
    """Only a photo's caption says where people stand in it: "Sir Tony Blair (left) being
    interviewed", "Max Darj (l.) sichert den Ball", "Pictured from left, ..."."""
    for caption in (
        "Sir Tony Blair (left) being interviewed by Dylan Jones",
        "Füchse-Kapitän Max Darj (l.) sichert den Ball gegen Felix Aellen.",
        "Pictured from left, are the novelists Jo Watson and Lindsay Norman.",
        "Vorstandsmitglieder (von li nach re): Pia Ianniello, Pamela Visani, Pietro Murrali",
        # a long list of names, read as a link list until its position mark
        "Ehemalige Vorstandsmitglieder (li nach re): Alfred Psaier, Inge Müller, Hansjörg "
        "Gluderer, Dietmar Lobis, Adolf Engl, Klaus Widmann, Doris Gatterer, Karl Lintner",
    ):
        article = newsextract.extract(_story_with(caption), kind="text")
        assert [c.text for c in article.captions] == [caption]
        assert article.subheads == ()


def test_a_headline_shown_twice_keeps_the_byline_under_its_first_showing() -> None:
    """A share box repeating the headline a few lines down is where the headline is taken;
    the date line and the agency byline under the first showing are still read."""
    article = _extract("en-voa-repeated-headline.txt")
    assert article.authors == ("Associated Press",)
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-04-28"


def test_a_date_under_the_repeated_headline_is_still_read() -> None:
    """Lines starting above the headline's first showing still reach the date line as far
    under the headline taken (its copy) as they would without the repeat (a page built like
    a dragnet one: the author's box between the two showings, the date under the second)."""
    headline = "Six-Month Road Test: Infotainment Issues in the Hatchback"
    page = [
        "Home",
        "News",
        headline,
        "By Joel Feder",
        "Social Media Manager BIO",
        "Latest article",
        "924 articles contributed",
        "Follow Joel",
        headline,
        "We've mentioned before how the hatchback offers a lot of technology for little money.",
        "Enlarge Photo",
        "Also See",
        "Share this story",
        "Tweet",
        "133 views Nov 7, 2012",
        *[
            f"The infotainment system froze {n} times during the test, and every time the"
            " screen went dark for minutes before the car would let us choose a song again."
            for n in range(2, 7)
        ],
    ]
    article = newsextract.extract("\n".join(page), kind="text")
    assert article.authors == ("Joel Feder",)
    assert article.published is not None
    assert article.published.date().isoformat() == "2012-11-07"


def test_a_headline_under_a_notice_opening_the_run_is_found() -> None:
    """A browser's dump has no <title> line: the story's run opens on the site's affiliate
    notice (one paragraph foreign to the story), and the headline two lines into the run,
    over the story's dek, is the page's headline (none was found before)."""
    article = _extract("de-vogue-blurb-over-headline.txt")
    assert article.title == 'Kate Moss auf dem VOGUE-Cover: "Was ich nicht will: gewöhnlich sein"'


def test_a_subhead_under_the_story_opening_is_no_headline() -> None:
    """A heading-shaped line two lines into the run is the headline only under a blurb: under
    two paragraphs of the story (no headline above them), the subhead stays a subhead."""
    page = [
        "Home",
        "News",
        "The harbour authority approved the new ferry terminal on Tuesday after months of "
        "debate about its cost and the traffic it would bring to the old town.",
        "The terminal will open in spring, the authority said, and ferries to the islands will "
        "leave from it every hour during the summer season.",
        "What the terminal will cost",
        "The ferry terminal's budget grew twice while the harbour authority weighed the plans, "
        "and the town's council asked for the traffic study again.",
        "The harbour authority now puts the terminal's cost at 40 million, half of it paid by "
        "the ferry companies that will lease its berths.",
        "Critics of the terminal say the traffic study underrates the cars the ferries bring, "
        "and the town's council will vote on the access road in May.",
    ]
    assert newsextract.extract("\n".join(page), kind="text").title != page[4]


def test_prose_naming_left_and_right_is_no_caption() -> None:
    """Prose says "von links", "de gauche à droite" and "from left to right" too; only
    before the names a caption lists (a colon, a comma, a bracket) do they place people in
    a picture, so such a paragraph stays in the story."""
    for paragraph in (
        "Die Regierung steht unter Druck von links und rechts, seit der Haushalt im Frühjahr "
        "gekürzt wurde und die Opposition Neuwahlen fordert.",
        "Des élus de gauche à droite ont salué la décision du conseil municipal, qui met fin "
        "à des années de débat sur le port.",
        "The new signs in the harbour will read from left to right in both languages, the "
        "council said.",
    ):
        article = newsextract.extract(_story_with(paragraph), kind="text")
        assert article.captions == ()
        assert paragraph in article.text


def test_a_related_header_over_one_paragraph_leaves_the_byline_searched() -> None:
    """A related-stories header closes the lines searched for the byline only once two of
    the story's paragraphs stand above it: with one (a poll's question taken for the story's
    start over a "Question of the Day" box, as on a Washington Times twin) the story's
    start is in doubt and the byline further down is still read."""
    paragraph = "A paragraph of the story, long enough to read as one."
    related = Decision(3, "Question of the Day", reason=RemovalReason.RELATED)
    one = [
        Decision(0, "Headline", reason=RemovalReason.TITLE),
        Decision(1, paragraph, BlockKind.PARAGRAPH),
    ]
    assert _teasers_at([*one, related], DEFAULT_SETTINGS.text) == -1
    two = [*one, Decision(2, paragraph, BlockKind.PARAGRAPH)]
    assert _teasers_at([*two, related], DEFAULT_SETTINGS.text) == 3


def test_a_lone_word_between_paragraphs_is_a_subhead() -> None:
    """A capitalized word alone between a paragraph's end and the next paragraph heads a
    section ("Coronapandemie", "Overstromingen", "Chatbot"), though a subhead has two words
    or more otherwise."""
    article = _extract("be-nieuwsblad-word-subheads.txt")
    assert article.subheads == ("Coronapandemie", "Overstromingen", "Chatbot")


def test_a_word_set_apart_by_its_link_is_no_subhead() -> None:
    """A word a dump set apart (its link, a bold name) goes on with the sentence around it,
    or is a credit in brackets: no subhead."""
    paragraph = (
        "The council voted on Monday to expand the harbour, a plan that has divided the town "
        "for years and that opponents say will cost far more than the budget allows."
    )
    body = [paragraph.replace("Monday", f"day {n}") for n in range(4)]
    after = "Prosecutors said the case against the harbour board would go ahead next year."
    for above, word, below in (
        (paragraph, "The", "Harbour Board's report found that the costs were underestimated."),
        (paragraph, "Officials", "reported that the costs of the harbour were underestimated."),
        (paragraph, "(NPA)", after),
        (paragraph, "G20", after),
        (paragraph[:-1] + " according to", "Parliament", after),
    ):
        lines = ["Harbour expansion approved after long debate", *body, above, word, below, *body]
        assert newsextract.extract("\n".join(lines), kind="text").subheads == ()
    lines = ["Harbour expansion approved after long debate", *body, "Costs", *body]
    assert newsextract.extract("\n".join(lines), kind="text").subheads == ("Costs",)


def test_teasers_over_a_subhead_are_no_subheads() -> None:
    """Of heading-shaped lines in a row between two paragraphs, only the lowest heads the
    section: a link to a newsblog and a teaser's headline above a subhead are not subheads
    (the lowest, a question, still fails the test of the paragraph right above it)."""
    article = _extract("de-tonline-teasers-over-subhead.txt")
    assert article.subheads == ("Wie verlief die Flucht des Tankers?",)
    kinds = {b.text: b.kind for b in article.blocks}
    teaser = "Newsblog: Alle aktuellen Nachrichten zu Donald Trump und den USA"
    assert kinds[teaser] is BlockKind.PARAGRAPH


_HARBOUR = [
    "Harbour expansion approved after long debate",
    *(
        f"The council voted on day {n} to expand the harbour, a plan that has divided the town "
        "for years and that opponents say will cost far more than the budget allows."
        for n in range(4)
    ),
]


_HAFEN = [
    "Hafenausbau nach langer Debatte beschlossen",
    *(
        f"Der Stadtrat hat am Tag {n} den Ausbau des Hafens beschlossen, ein Plan, der die Stadt "
        "seit Jahren spaltet und der nach Ansicht der Gegner viel mehr kosten wird."
        for n in range(4)
    ),
]


@pytest.mark.parametrize(
    ("page", "subhead", "lower", "below"),
    [
        (
            _HAFEN,
            "Was ist über den Hafen bekannt?",
            "Bei dem",
            "Gebäude handelt es sich um den Hauptsitz des Hafenamts der Stadt.",
        ),
        (
            _HARBOUR,
            "What is known about the harbour?",
            "Owner of the site is a firm with offices in",
            "Istanbul . The company was sanctioned in 2024 and owns four more sites.",
        ),
    ],
)
def test_a_subhead_over_a_paragraph_split_at_a_link_stays(
    page: list[str], subhead: str, lower: str, below: str
) -> None:
    """A dump that prints each link on its own line splits a paragraph there: the words
    before the link are no heading that would take the section from the subhead above."""
    lines = [*page, subhead, lower, below, *page[1:]]
    assert subhead in newsextract.extract("\n".join(lines), kind="text").subheads


def test_a_quoted_subhead_over_its_caption_stays() -> None:
    """A subhead in quotation marks over its photo's caption (no credit) is the subhead;
    without the marks the upper line is taken for a teaser over the section's subhead."""
    caption = "Firefighters at work in the harbour"
    for subhead, expected in (
        ('"The costs were underestimated"', ('"The costs were underestimated"',)),
        ("The costs were underestimated", ()),
    ):
        lines = [*_HARBOUR, subhead, caption, *_HARBOUR[1:]]
        assert newsextract.extract("\n".join(lines), kind="text").subheads == expected


@pytest.mark.parametrize(
    ("subhead", "lower"),
    [
        ("2. The costs were underestimated", "Day 3: the harbour board's opening statement"),
        ("One chapter over, another barely begun", "Jane Doe, BBC diplomatic correspondent"),
    ],
)
def test_a_subhead_over_a_caption_or_byline_stays(subhead: str, lower: str) -> None:
    """A numbered heading is the story's own section, over a video's title; a line under a
    subhead that is a byline ("Name, role") is no heading that would take the section."""
    lines = [*_HARBOUR, subhead, lower, *_HARBOUR[1:]]
    assert newsextract.extract("\n".join(lines), kind="text").subheads == (subhead,)


def test_a_media_label_is_no_lone_word_subhead() -> None:
    """A media label alone between two paragraphs ("Video", "Foto") is the player's or the
    photo's, not a section's subhead."""
    for label in ("Video", "Foto", "Grafik"):
        lines = [*_HARBOUR, label, *_HARBOUR[1:]]
        assert newsextract.extract("\n".join(lines), kind="text").subheads == ()


def test_a_line_saying_the_photo_is_an_older_one_is_a_caption() -> None:
    """Only a photo's caption says the photo is a file or stock one: "(Archivbild)", "FILE -
    ...", "... File image"; prose naming a file photo stays a paragraph."""
    for caption in (
        '"Marinera", vormals "Bella 1" (Archivbild): Russland entsandte eigene Kräfte.',
        "FILE - Mike and Jane Roberts tend to their son, Dennis, at their home on March 1.",
        "Finance minister Enoch Godongwana with Sars commissioner Edward Kieswetter. File image",
    ):
        article = newsextract.extract(_story_with(caption), kind="text")
        assert [c.text for c in article.captions] == [caption]
        assert article.subheads == ()
    prose = "Police said the file photo was never released and the archive stays closed."
    article = newsextract.extract(_story_with(prose), kind="text")
    assert article.captions == ()
    assert prose in article.text


def test_a_credited_photo_among_list_items_is_a_caption() -> None:
    """A photo printed between the items of a list the story announces is a caption (its
    words end a sentence, its credit follows), not an item of the list."""
    article = _extract("de-ruhrnachrichten-list-photo.txt")
    captions = {c.text: c.credit for c in article.captions}
    caption = (
        "Um ihre Pflanzen vor dem Frost der Eisheiligen zu schützen, greifen manche "
        "Hobby-Gärtnerinnen und Hobby-Gärtner auf Schutzfolien zurück."
    )
    assert captions[caption] == "Karl-Josef Hildenbrand/dpa"
    items = [b.text for b in article.blocks if b.kind is BlockKind.LIST_ITEM]
    assert "Sophia (Märtyrerin, 15. Mai)" in items
    assert not any("Schutzfolien" in item for item in items)


def test_a_caption_retelling_a_story_sentence_is_a_caption() -> None:
    """A tabloid captions its photos with sentences of the story printed without their full
    stop: those lines are captions (in a paragraph's, a subhead's or a list item's place),
    the story's own sentences stay paragraphs."""
    article = _extract("en-dailymail-retold-captions.txt")
    retold = (
        "Only nine of these pairs have been matched, leaving millions of rare $1 bills out there"
    )
    captions = [c.text for c in article.captions]
    assert retold in captions
    assert len(captions) == 4
    assert all(not c.endswith(".") for c in captions)
    assert retold not in article.subheads
    assert f"{retold}." in [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]


def test_the_line_under_a_picture_control_is_its_caption() -> None:
    """A line ending no sentence under "View 3 Images" is the gallery's caption."""
    article = _extract("en-mirror-gallery-caption.txt")
    caption = (
        "Gary Heidnik and his lawyer attempted to get him declared legally insane at his trial"
    )
    assert [c.text for c in article.captions] == [caption]
    assert caption not in article.subheads
    sentence = "The council voted on day 9 to expand the harbour, against the budget."
    article = newsextract.extract(_story_with("Enlarge Photo", sentence), kind="text")
    assert article.captions == ()


def test_a_bare_agency_under_a_line_ending_no_sentence_credits_its_photo() -> None:
    """A line ending no sentence over "REUTERS" ("Chelsea fans produced a banner backing
    Conor Gallagher"): a caption and its photo's credit, not a paragraph and the story's
    agency; under a story's last sentence the agency stays the story's credit line."""
    article = _extract("en-standard-agency-credit.txt")
    caption = "Chelsea fans produced a banner backing Conor Gallagher"
    lead = ("Chelsea beat Tottenham on Thursday night", "Getty Images")  # (round 37)
    assert [(c.text, c.credit) for c in article.captions] == [lead, (caption, "REUTERS")]
    assert article.agencies == ()
    article = newsextract.extract(_story_with("The vote was close.", "AP"), kind="text")
    assert article.captions == ()
    assert article.agencies == ("AP",)


def test_a_line_dating_its_photo_as_news_photos_do_is_a_caption() -> None:
    """Voice of America's AP captions date the photo after a comma or before the place;
    prose dates its events with a preposition."""
    for caption in (
        "Adriane Burnett reads to her son Karter Robinson in Birmingham, Alabama, April 14, 2024.",
        "Adriane Burnett helps her son Josiah with his studies April 14, 2024, in Birmingham, Ala.",
    ):
        article = newsextract.extract(_story_with(caption), kind="text")
        assert [c.text for c in article.captions] == [caption]
    for prose in (
        "Police said the man was arrested on July 20, 2012, in Aurora, a suburb of Denver.",
        "The film about the harbour is set to reach cinemas February 13, 2013.",
    ):
        article = newsextract.extract(_story_with(prose), kind="text")
        assert article.captions == ()
        assert prose in article.text


def test_a_long_word_is_read_for_a_photo_date_in_linear_time() -> None:
    """A line of one long word (a `data:` image's base64 text in a dump, a minified
    script) is one word, short enough to be read as a caption: the search for a photo's
    date before its place starts at word starts only; it started at every character and
    read to the word's end from each (a 66 kB line took minutes)."""
    import time

    blob = "data:image/png;base64," + "iVBORw0KGgo" * 6000
    started = time.process_time()
    article = newsextract.extract(_story_with(blob), kind="text")
    assert time.process_time() - started < 3.0
    assert article.captions == ()


def test_a_date_line_glued_by_inner_text_is_read() -> None:
    """innerText joins a byline box's inline elements without spaces ("2 minute readApril 25,
    20232:26 PM GMT+2Last Updated 9 min ago"): the month, the year and the time are set
    apart again, and the zone's offset is read."""
    article = _extract("en-reuters-glued-date.txt")
    assert article.authors == ("Gopal Sharma",)
    assert article.published == datetime(2023, 4, 25, 14, 26, tzinfo=timezone(timedelta(hours=2)))


def test_an_update_word_alone_over_its_date_gives_no_publication_date() -> None:
    """ "Updated" / "20:49, 5 Aug 2024" (a dump breaking lines at inline elements) is the
    live blog's last update, not the day it opened."""
    assert _extract("en-mirror-split-byline.txt").published is None


def test_a_bar_alone_between_two_names_does_not_end_the_authors() -> None:
    """ "Julia Vergin" / "|" / "Clare Roth": the bar between the names is passed over."""
    assert _extract("de-dw-split-authors.txt").authors == ("Julia Vergin", "Clare Roth")


def test_a_kicker_closed_by_a_colon_is_no_bare_byline() -> None:
    """ "CHINESE AGGRESSION:" over its dek is a label, not two names under the headline."""
    assert _extract("en-taipeitimes-kicker.txt").authors == ()


def test_a_line_over_a_copyright_credit_is_its_photos_caption() -> None:
    """A dump that prints a caption and its "© Name | Name" credit on two lines (the
    credit removed as a copyright line): the line above is the photo's caption, not a
    paragraph, and the credit its credit."""
    article = _extract("de-morgenpost-copyright-credits.txt")
    captions = {c.text: c.credit or "" for c in article.captions}
    assert "Anett Seidler" in captions["Eine dunkle Rauchwolke zieht über Wohnhäuser."]
    assert "Eine dunkle Rauchwolke zieht über Wohnhäuser." not in article.text.split("\n")
    assert len(captions) >= 3


def test_a_sites_copyright_notice_credits_no_photo() -> None:
    """A copyright line with a year, or one of two in a row (a page's rights notice), under
    a paragraph credits no photo: the paragraph stays the story's; so does a quote over a
    photographer's credit (MSN prints the credit above its caption)."""
    sentence = "Tickets for the new ferry route go on sale next week at the harbour office."
    quote = '"I have not had any dizzy turns since recovering. My life is as it was before."'
    for line, tail in (
        (sentence, ("© 2023 Reuters",)),
        (sentence, ("© Licencja na publikację", "© Wszystkie prawa")),
        (quote, ("© Martin Taylor",)),
    ):
        article = newsextract.extract(_story_with("A quiet morning.", line, *tail), kind="text")
        assert article.captions == ()
        assert line in article.text
    article = newsextract.extract(
        _story_with("A quiet morning.", sentence, "© Jane Doe"), kind="text"
    )
    assert [c.text for c in article.captions] == [sentence]
