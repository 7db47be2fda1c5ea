"""Live blogs, images, links and emphasis, tables, multi-page stories, video and podcast
pages, section fronts (issue 17), on pages built like real ones (tests/fixtures/features)."""

from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

import newsextract
from newsextract import (
    Article,
    Block,
    BlockKind,
    Emphasis,
    Image,
    Link,
    LiveEntry,
    PageKind,
    Teaser,
    pipeline,
    to_html,
    to_markdown,
)
from newsextract.options import DEFAULT_OPTIONS
from newsextract.scale.cli import main
from newsextract.settings import DEFAULT_SETTINGS

PAGES = Path(__file__).parent / "fixtures" / "features"
URLS = {
    "live-guardian": "https://www.example.com/world/live/2024/feb/09/storm-ciara-live",
    "live-ticker": "https://www.example.co.uk/news/live/election-2024",
    "live-json-only": "https://www.example.de/liveticker-bahnstreik-100.html",
    "images-lazy": "https://www.example.com/news/harbour-reopens",
    "images-newsroom": "https://www.valleycourier.example.com/news/dam-repairs",
    "tables-results": "https://www.kreisbote.example.de/lokales/gemeinderatswahl.html",
    "video-embed": "https://www.quotidienduport.example.fr/video/pont-levant",
    "tables-wordpress": "https://weatherdesk.example.org/2024/03/rain-this-week/",
    "paged-next-link": "https://longreads.example.com/features/lighthouse-keepers",
    "paged-seite": "https://www.example.de/wissen/woelfe-rueckkehr.html",
    "paged-siguiente": "https://www.example.es/sociedad/pueblo-corcho.html",
    "video-page": "https://www.example.com/video/rescue-hikers",
    "podcast-episode": "https://podcasts.example.com/history-hour/41",
    "podcast-radio": "https://www.kulturwelle.example.de/feature/faehrleute-elbe",
    "podcast-show-notes": "https://waterdeskpod.example.com/87/",
    "article-listen": "https://www.baysideledger.example.com/local/bus-lanes",
    "embedded-paywall": "https://www.diariodelvalle.example.es/local/presupuesto-2024.html",
    "embedded-nextjs": "https://www.stadtanzeiger.example.de/artikel/stadtwerke-busse-strom",
    "embedded-state": "https://www.journalduplateau.example.fr/environnement/secheresse-alerte",
    "embedded-shell": "https://www.stadtanzeiger.example.de/sport",
    "section-front": "https://www.example.com/business",
    "section-cards": "https://magazine.example.fr/climat",
}
UTC = timezone.utc


def page(name: str) -> Article:
    return newsextract.extract((PAGES / f"{name}.html").read_bytes(), url=URLS[name])


@pytest.fixture(scope="module")
def every_page() -> dict[str, Article]:
    return {name: page(name) for name in URLS}


# --- bodies only in embedded data ------------------------------------------------------


def body_origin(article: Article) -> str | None:
    return next((s.origin for s in article.provenance if s.field == "body"), None)


def test_a_paywalled_story_is_read_from_its_json_ld_article_body() -> None:
    article = page("embedded-paywall")  # one paragraph shown, a subscription box
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("El ayuntamiento aprobó el martes el presupuesto")
    assert "Suscríbete" not in article.text and "exclusivo para suscriptores" not in article.text
    assert body_origin(article) == "json-ld"
    assert any("json-ld" in w for w in article.warnings)
    assert article.authors == ("Lucía Fernández",)


@pytest.mark.parametrize(
    ("name", "first", "count"),
    [
        ("embedded-nextjs", "Die Stadtwerke wollen bis 2030 alle Busse", 4),
        ("embedded-state", "La préfecture a relevé lundi le niveau d'alerte", 3),
    ],
)
def test_a_script_rendered_story_is_read_from_its_app_state(
    name: str, first: str, count: int
) -> None:
    """An empty app shell (a loading skeleton, an empty root) and the story in the state a
    script renders it from: __NEXT_DATA__ rich-text nodes, or a window.__*__ assignment
    holding the body as an HTML string."""
    article = page(name)
    assert article.page_kind is PageKind.ARTICLE
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith(first) and len(paragraphs) == count
    assert "JavaScript" not in article.text
    assert body_origin(article) == "app-state"
    assert any("app-state" in w for w in article.warnings)


def test_the_app_state_is_read_with_the_callers_prose_settings() -> None:
    """The prose floor the pipeline runs with decides which app-state strings are the story:
    at 21 words, the story's last paragraph (20 words) is no longer prose, and is left out."""
    source = (PAGES / "embedded-nextjs.html").read_bytes()
    url = URLS["embedded-nextjs"]
    longer = replace(DEFAULT_SETTINGS, shape=replace(DEFAULT_SETTINGS.shape, prose_min_words=21))
    counts = []
    for settings in (DEFAULT_SETTINGS, longer):
        article = pipeline.run(
            source, url=url, kind="html", options=DEFAULT_OPTIONS, settings=settings
        )
        assert body_origin(article) == "app-state"
        counts.append([len(p.split()) for p in article.text.split("\n\n")])
    assert counts == [[26, 23, 22, 20], [26, 23, 22]]


def test_an_app_shell_with_no_article_in_its_state_is_empty_and_says_so() -> None:
    article = page("embedded-shell")
    assert (article.page_kind, article.text, article.teasers) == (PageKind.EMPTY, "", ())
    assert any("no article text" in w for w in article.warnings)


# --- live blogs ---------------------------------------------------------------------------


def test_live_blog_entries_from_markup_with_json_ld_dates() -> None:
    article = page("live-guardian")
    assert article.page_kind is PageKind.LIVE_BLOG
    assert [e.title for e in article.entries] == [
        "Ferries suspended",
        "Rail services cancelled",
        "Warning upgraded",
    ]
    assert article.entries[0].time == datetime(2024, 2, 9, 9, 5, tzinfo=UTC)
    assert article.entries[0].blocks[0].text.startswith("All ferry crossings")
    assert article.entries[0].blocks[0].links[0].href == "https://example.org/ferries"
    # published = the blog's start (coverageStartTime), modified = its last entry
    assert article.published == datetime(2024, 2, 9, 6, 0, tzinfo=UTC)
    assert article.modified == datetime(2024, 2, 9, 9, 5, tzinfo=UTC)


def test_live_blog_from_markup_alone_takes_clock_times_on_the_blog_day() -> None:
    article = page("live-ticker")
    assert article.page_kind is PageKind.LIVE_BLOG
    assert [e.title for e in article.entries] == [
        "First result declared",
        "Counting begins",
        "Polls close",
    ]
    times = [e.time for e in article.entries]
    assert all(t is not None and t.date().isoformat() == "2024-07-04" for t in times)
    assert [t.strftime("%H:%M") for t in times if t] == ["23:58", "22:41", "22:00"]
    assert article.modified is not None and article.modified.strftime("%H:%M") == "23:58"
    # the entry times are not lost as bylines: each entry keeps its own
    assert all(e.blocks for e in article.entries)


def test_live_blog_from_json_ld_updates_when_the_markup_has_none() -> None:
    article = page("live-json-only")
    assert article.page_kind is PageKind.LIVE_BLOG
    first, second = article.entries
    assert first.title == "Notfahrplan gilt"
    assert [b.text for b in first.blocks] == [
        "Die Bahn fährt nach einem Notfahrplan. Nur jeder fünfte Fernzug ist unterwegs.",
        "Reisende sollen ihre Fahrt verschieben.",
    ]
    assert article.modified == first.time
    assert article.published is not None and article.published < second.time  # type: ignore[operator]


def test_timestamped_teasers_are_not_a_live_blog(every_page: dict[str, Article]) -> None:
    assert every_page["section-front"].page_kind is not PageKind.LIVE_BLOG
    assert not every_page["section-front"].entries


# --- images ---------------------------------------------------------------------------------


def test_images_resolve_lazy_srcset_and_picture_sources() -> None:
    article = page("images-lazy")
    urls = [image.url for image in article.images]
    assert urls == [
        "https://www.example.com/img/harbour-1600.webp",  # the largest <picture> candidate
        "https://www.example.com/img/quay-wall.jpg",  # data-src over a data: placeholder
        "https://cdn.example.net/img/crowds.jpg",  # data-lazy-src
    ]
    lead = article.images[0]
    assert lead.caption == "Boats return to the rebuilt harbour on Saturday."
    assert lead.credit == "Ana Ruiz"  # the credit without its "Photo:" label
    assert lead.alt == "Boats in the rebuilt harbour"
    assert lead.block is not None and article.blocks[lead.block].kind is BlockKind.CAPTION
    # no og:image: the lead image falls back to the first in-body image
    assert article.image == lead.url


def test_images_from_plain_srcset_and_a_figure_with_a_credit_span() -> None:
    article = page("images-newsroom")
    assert [(image.url, image.alt) for image in article.images] == [
        # the widest srcset candidate, whatever the order of the list
        (
            "https://www.valleycourier.example.com/media/dam-1280.jpg",
            "The repaired dam wall at dusk",
        ),
        (
            "https://images.example-cdn.com/courier/reservoir-filling.jpg",
            "Water rising behind the dam",
        ),
    ]
    figure = article.images[1]
    assert figure.caption == "The reservoir began filling again on Wednesday morning."
    assert figure.credit == "Tom Ellis"
    assert article.images[0].caption is None
    assert article.image == article.images[0].url  # no og:image: the first body image
    urls = " ".join(image.url for image in article.images)
    assert "mia-hart" not in urls and "logo" not in urls and "twitter" not in urls


def test_portraits_logos_and_pixels_are_not_body_images() -> None:
    urls = " ".join(image.url for image in page("images-lazy").images)
    assert "tom-reed" not in urls and "logo" not in urls and "pixel" not in urls


# --- links, emphasis -----------------------------------------------------------------------


def test_links_and_emphasis_are_offsets_in_the_block_text() -> None:
    article = page("images-lazy")
    block = next(b for b in article.blocks if b.links)
    (link,) = block.links
    assert block.text[link.start : link.end] == "two-year rebuild"
    assert link.href == "https://www.example.com/news/2022/harbour-closed"
    (bold,) = block.emphasis
    assert (block.text[bold.start : bold.end], bold.style) == ("£40m", "bold")


def test_markdown_and_html_write_links_only_when_asked() -> None:
    article = page("tables-wordpress")
    plain, linked = to_markdown(article), to_markdown(article, links=True)
    assert "](https://example.org/stations)" not in plain
    assert "[the station network](https://example.org/stations)" in linked
    assert "the *wettest* week" in linked
    assert '<a href="https://example.org/stations" rel="nofollow noopener">' in to_html(article)


def test_unsafe_links_stay_text() -> None:
    block = Block(BlockKind.PARAGRAPH, "Click here now.", links=(Link(6, 10, "javascript:x()"),))
    article = Article(blocks=(block,), text=block.text)
    assert to_markdown(article, links=True) == "Click here now."
    assert "<a " not in to_html(article)


# --- tables ---------------------------------------------------------------------------------


def test_a_table_in_a_figure_is_a_table_with_its_cells() -> None:
    article = page("tables-wordpress")
    tables = [b for b in article.blocks if b.kind is BlockKind.TABLE]
    assert [bool(b.rows) for b in tables] == [True, False, True]
    assert tables[0].rows[0] == ("Station", "Rain (mm)", "Average (mm)")
    assert tables[0].rows[-1] == ("Crail", "77", "58")
    assert "Brora | 102 | 70" in article.text
    # the <figure>'s caption titles the table: a table block (without cells), not a caption
    assert tables[1].text == "Rainfall from Monday to Sunday, against the monthly average."
    assert not article.captions


def test_a_table_caption_titles_the_table_and_is_no_row() -> None:
    prose = "The council published the rainfall figures for the week, station by station. " * 3
    html = (
        f"<html><body><article><h1>Rain</h1><p>{prose}</p><table><caption>Rain this week"
        "</caption><tr><th>Day</th><th>mm</th></tr><tr><td>Mon</td><td>4</td></tr></table>"
        f"<p>{prose}</p></article></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example.com/rain.html")
    tables = [b for b in article.blocks if b.kind is BlockKind.TABLE]
    assert [(b.text, b.rows) for b in tables] == [
        ("Rain this week", ()),
        ("Day | mm\n\nMon | 4", (("Day", "mm"), ("Mon", "4"))),
    ]
    assert "Rain this week\n\n| Day | mm |\n|---|---|\n| Mon | 4 |" in to_markdown(article)


def test_a_bare_results_table_keeps_its_header_row_and_total() -> None:
    article = page("tables-results")
    tables = [b for b in article.blocks if b.kind is BlockKind.TABLE]
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0] == ("Liste", "Stimmen (%)", "Sitze")
    assert rows[1] == ("CDU", "31,2", "8")
    assert rows[-1] == ("Gesamt", "100", "26")
    kinds = [b.kind for b in article.blocks]
    assert kinds == [BlockKind.PARAGRAPH] * 2 + [BlockKind.TABLE] + [BlockKind.PARAGRAPH] * 2
    assert "| Freie Wähler | 19,5 | 5 |" in to_markdown(article)


def test_markdown_writes_tables_as_tables() -> None:
    markdown = to_markdown(page("tables-wordpress"))
    assert "| Station | Rain (mm) | Average (mm) |\n|---|---|---|\n| Ayr | 84 | 61 |" in markdown
    assert "<table" in to_html(page("tables-wordpress"))


def test_tables_can_still_be_left_out() -> None:
    options = newsextract.Options(tables=False)
    html = (PAGES / "tables-wordpress.html").read_bytes()
    article = newsextract.extract(html, options=options)
    assert not [b for b in article.blocks if b.kind is BlockKind.TABLE]


# --- multi-page stories ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("paged-next-link", "https://longreads.example.com/features/lighthouse-keepers/2"),
        ("paged-seite", "https://www.example.de/wissen/woelfe-rueckkehr-seite-2.html"),
        ("paged-siguiente", "https://www.example.es/sociedad/pueblo-corcho.html?pagina=2"),
    ],
)
def test_next_page_url(name: str, expected: str) -> None:
    assert page(name).next_page_url == expected


def test_a_link_to_the_next_story_is_not_a_next_page(every_page: dict[str, Article]) -> None:
    assert every_page["live-guardian"].next_page_url is None
    assert every_page["section-front"].next_page_url is None
    html = (PAGES / "paged-siguiente.html").read_text(encoding="utf-8")
    without_pager = html.replace('<a href="?pagina=2">Página siguiente</a>', "")
    article = newsextract.extract(without_pager, url=URLS["paged-siguiente"])
    assert article.next_page_url is None  # rel=next to "otra-historia" is another story


# --- video and podcast pages ---------------------------------------------------------------


def test_video_page_body_is_its_description_and_transcript() -> None:
    article = page("video-page")
    assert article.page_kind is PageKind.VIDEO
    assert article.published == datetime(2024, 5, 18, 16, 20, tzinfo=UTC)  # uploadDate
    assert article.text.startswith("Mountain rescue crews reached a group of hikers")
    assert "The team climbed for three hours" in article.text


def test_a_video_page_without_structured_data_reads_its_blurb_as_the_body() -> None:
    article = page("video-embed")  # an <iframe> player, og:type video, a dek under it
    assert article.page_kind is PageKind.VIDEO
    assert article.text.startswith("Après soixante ans de service, le pont levant")
    assert "Autres vidéos" not in article.text
    assert article.published == datetime.fromisoformat("2024-06-12T09:30:00+02:00")
    assert "body read from the blurb beside the page's player" in article.warnings
    assert article.standfirst is None  # the blurb is the body, not its standfirst too


def test_podcast_episode_is_an_audio_page() -> None:
    article = page("podcast-episode")
    assert article.page_kind is PageKind.AUDIO
    assert "How salt shaped the trade routes" in article.text


def test_a_radio_feature_with_its_transcript_is_an_audio_page() -> None:
    """og:audio on a page with no article object, an <audio> player, notes and a transcript
    under a "Transkript" heading: the transcript is the body, however long."""
    article = page("podcast-radio")
    assert article.page_kind is PageKind.AUDIO
    assert article.text.startswith("Zwischen Dresden und Hamburg setzen")
    # its <time> sits in the header the CMS names "audio-teaser", beside the <h1>
    assert article.published == datetime.fromisoformat("2024-04-14T20:05:00+02:00")
    assert "Morgens um sechs liegt Nebel" in article.text
    assert "Dann ist der Fluss hier einfach wieder eine Grenze." in article.text
    assert "Der letzte Leuchtturmwärter" not in article.text


def test_og_audio_makes_an_audio_page_without_a_player_element() -> None:
    html = (PAGES / "podcast-radio.html").read_text(encoding="utf-8")
    player = html[html.index("<audio controls") : html.index("</audio>") + len("</audio>")]
    scripted = newsextract.extract(html.replace(player, ""), url=URLS["podcast-radio"])
    assert scripted.page_kind is PageKind.AUDIO  # a script-built player: og:audio says it
    no_audio = html.replace(player, "").replace('property="og:audio"', 'property="og:x"')
    assert newsextract.extract(no_audio).page_kind is PageKind.ARTICLE


def test_without_a_transcript_a_long_text_beside_og_audio_is_an_article() -> None:
    html = (PAGES / "podcast-radio.html").read_text(encoding="utf-8")
    article = newsextract.extract(html.replace("<h2>Transkript</h2>", ""))
    assert article.page_kind is PageKind.ARTICLE


def test_podcast_show_notes_are_the_body_of_an_audio_page() -> None:
    """A PodcastEpisode declared as the page's object, an <iframe> player from a podcast
    host, show notes of 200+ words with chapters: an audio page, its notes the body."""
    article = page("podcast-show-notes")
    assert article.page_kind is PageKind.AUDIO
    assert article.published == datetime.fromisoformat("2024-02-20T05:00:00-05:00")
    assert article.text.startswith("Every drop of the Colorado River is spoken for")
    assert "00:27:30 – How a city buys water it cannot see" in article.text
    assert "Previous episode" not in article.text


def test_an_article_with_a_listen_player_stays_an_article() -> None:
    """A text-to-speech "Listen to this article" player (og:audio, <audio>) beside a short
    news story: the story is the page, the audio a reading of it."""
    article = page("article-listen")
    assert article.page_kind is PageKind.ARTICLE
    assert article.authors == ("Rosa Delgado",)
    assert article.text.startswith("The city council voted 6-3 on Tuesday")


def test_an_article_embedding_a_video_stays_an_article(every_page: dict[str, Article]) -> None:
    html = (
        (PAGES / "tables-wordpress.html")
        .read_text(encoding="utf-8")
        .replace(
            "<p>Forecasters",
            '<iframe src="https://www.youtube.com/embed/x"></iframe><p>Forecasters',
        )
    )
    assert newsextract.extract(html).page_kind is PageKind.ARTICLE


# --- section fronts -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["section-front", "section-cards"])
def test_section_fronts_are_listings_with_their_teasers(name: str) -> None:
    article = page(name)
    assert article.page_kind is PageKind.LISTING
    assert len(article.teasers) >= 5
    first = article.teasers[0]
    assert first.url is not None and first.url.startswith("https://")
    assert first.title in (
        "Port strike ends after pay deal",
        "Les glaciers des Alpes ont perdu 10 % de leur volume en deux ans",
    )


def test_an_article_with_a_box_of_headlines_is_no_listing() -> None:
    """A story whose main column ends with a "more stories" box of linked headlines (as
    portals print it) stays an article: its prose is outside the headlines, not among them."""
    story = "".join(
        f"<p>The harbour master said on day {n} that the repairs to the north pier would take "
        "longer than planned, because divers had found more damage under the waterline.</p>"
        for n in range(1, 9)
    )
    more = "".join(
        f'<li><h3><a href="https://news.example.com/story-{n}.html">Other story number {n} '
        "makes the news today</a></h3></li>"
        for n in range(1, 8)
    )
    html = (
        "<html><head><title>Pier repairs delayed</title></head><body><div id='content'>"
        f"<h1>Pier repairs delayed</h1>{story}<h2>More stories</h2><ul>{more}</ul>"
        "</div></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example.com/pier-repairs.html")
    assert article.page_kind is PageKind.ARTICLE
    assert not article.teasers
    assert article.text.count("harbour master") == 8


def test_articles_list_no_teasers(every_page: dict[str, Article]) -> None:
    for name in ("images-lazy", "tables-wordpress", "live-guardian"):
        assert not every_page[name].teasers


# --- the model ------------------------------------------------------------------------------


def test_every_new_field_round_trips_and_pickles(every_page: dict[str, Article]) -> None:
    for article in every_page.values():
        assert Article.from_dict(article.to_dict()) == article
        assert pickle.loads(pickle.dumps(article)) == article
    built = Article(
        blocks=(
            Block(
                BlockKind.TABLE,
                "a | b",
                links=(Link(0, 1, "https://x.test/"),),
                emphasis=(Emphasis(4, 5, "italic"),),
                rows=(("a", "b"),),
            ),
        ),
        images=(Image("https://x.test/a.jpg", "alt", "caption", "credit", 0),),
        entries=(
            LiveEntry(datetime(2024, 1, 1, tzinfo=UTC), "t", (Block(BlockKind.PARAGRAPH, "p"),)),
        ),
        teasers=(Teaser("headline", "https://x.test/story"),),
        next_page_url="https://x.test/story/2",
        page_kind=PageKind.LIVE_BLOG,
    )
    assert Article.from_dict(built.to_dict()) == built


def test_notebook_view_shows_entries_images_and_tables(every_page: dict[str, Article]) -> None:
    live = to_html(every_page["live-guardian"])
    assert "Live entries (3)" in live and "Ferries suspended" in live
    assert "Images (3)" in to_html(every_page["images-lazy"])
    assert "<th>Station</th>" in to_html(every_page["tables-wordpress"])


# --- the command line ---------------------------------------------------------------------


def test_cli_exposes_every_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "template.txt"
    template.write_text(
        "Forecasters expect drier weather next week, although showers are "
        "still likely in the west, where the ground is already saturated "
        "after the storms.\n",
        encoding="utf-8",
    )
    source = str(PAGES / "tables-wordpress.html")
    code = main([source, "--no-tables", "--template", str(template), "--format", "markdown"])
    out = capsys.readouterr().out
    assert code == 0
    assert "| Station |" not in out and "Forecasters expect" not in out
    assert main([source, "--format", "markdown", "--links"]) == 0
    assert "[the station network](https://example.org/stations)" in capsys.readouterr().out
    assert main([source, "--no-metadata", "--max-blocks", "50", "--format", "jsonl"]) == 0
    assert '"language": null' in capsys.readouterr().out  # metadata off: no language read


def test_cli_language_outranks_the_declared_one(capsys: pytest.CaptureFixture[str]) -> None:
    source = str(PAGES / "article-listen.html")  # declares lang="en"
    assert main([source, "--language", "en-US", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert '"language": "en"' in out and '"origin": "option"' in out
    assert main([source, "--format", "jsonl"]) == 0
    assert '"origin": "option"' not in capsys.readouterr().out
    with pytest.raises(SystemExit) as stop:
        main([source, "--language", "english"])
    assert stop.value.code == 2
    assert "must be a language tag" in capsys.readouterr().err


def test_cli_rejects_bad_option_values(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([str(PAGES / "video-page.html"), "--max-blocks", "0"])
    assert stop.value.code == 2
    with pytest.raises(SystemExit):
        main([str(PAGES / "video-page.html"), "--template", "/no/such/file"])
