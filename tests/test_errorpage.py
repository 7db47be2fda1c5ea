"""Error pages: the block-level test (`is_error_text`) and the page verdict (`is_error_page`).

Unit tests work on made-up blocks and on the fixture pages in tests/fixtures/errorpages/
(error pages in 13 languages, HTML and text, an article with error text glued on, articles
about missing pages) split into blocks here without the pipeline; the end-to-end tests at
the bottom run `newsextract.extract` on the same files.
"""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from newsextract.data.errorpage import FOLD, LANGUAGES
from newsextract.model import Article, RemovalReason
from newsextract.settings import DEFAULT_SETTINGS
from newsextract.signals.errorpage import is_error_page, is_error_text

MAX_ERROR_CHARS = DEFAULT_SETTINGS.errorpage.max_error_chars
MIN_ARTICLE_WORDS = DEFAULT_SETTINGS.errorpage.min_article_words

FIXTURES = Path(__file__).parent / "fixtures" / "errorpages"
ERROR_PAGES = sorted(p.stem for p in FIXTURES.glob("*.html") if "article" not in p.stem)
ERROR_PAGE_LANGUAGES = {name.split("-")[0] for name in ERROR_PAGES}

# --- block level: error texts ----------------------------------------------------------------

ERROR_TEXTS = [
    # the brief's and the seed's examples
    "This page is not available",
    "The page no longer exists or did not exist at all. Please check the address or use the "
    "links below to access the requested content.",
    "404 - Page not found",
    "Sorry, we couldn't find that page",
    "Sorry, we couldn’t find that page.",
    "This article is no longer available",
    "The content you requested has been removed",
    "Error 404",
    "404",
    "404 Not Found",
    "Not Found",
    "HTTP 410 Gone",
    "The requested URL /news/2016/09/aleppo.html was not found on this server.",
    "The page you are looking for might have been removed, had its name changed, or is "
    "temporarily unavailable.",
    "Oops! We can't seem to find the page you're looking for.",
    "The link you followed may be broken, or the page may have been removed.",
    "This video is no longer available.",
    "500 Internal Server Error",
    "It looks like nothing was found at this location. Maybe try a search?",
    "Oops! That page can’t be found.",
    "Sorry, but the page you were trying to view does not exist.",
    "We're sorry, the page you requested could not be found.",
    "Sorry – we haven’t been able to serve the page you asked for.",
    "The story you are looking for is no longer available.",
    "This article has been archived.",
    "This video has expired.",
    "This content is not available in your region.",
    "We're sorry, but the page you were looking for doesn't exist. It may have been moved or "
    "deleted, or you may have mistyped the address. You can use the search box above to find "
    "what you're looking for, or browse our latest headlines below. If you think this is an "
    "error, please contact our newsroom at news@example.com.",
    "The page you requested could not be found. It may have been moved, renamed or deleted. "
    "Please use the navigation above or the search to find what you are looking for.",
    "This page has moved.",
    "Whoops, looks like this page doesn't exist.",
    "You've reached a page that doesn't exist.",
    "This link appears to be broken.",
    "Seems like this page went missing.",
    # fr
    "Cette page n'existe pas ou plus",
    "Page non trouvée",
    "Erreur 404 : page introuvable",
    "Désolé, la page que vous recherchez n’existe plus.",
    "Cet article n'est plus disponible.",
    "Le contenu que vous cherchez a été supprimé.",
    "Nous sommes désolés, mais la page que vous avez demandée est introuvable. Elle a "
    "peut-être été déplacée ou supprimée. Utilisez le moteur de recherche ou revenez à la "
    "page d'accueil.",
    "Cette page n’existe pas ou a été supprimée.",
    "Erreur 404 - La page que vous demandez est introuvable",
    "Oups ! Cette page est introuvable",
    # de
    "Seite nicht gefunden",
    "Die angeforderte Seite existiert nicht",
    "Die von Ihnen aufgerufene Seite wurde leider nicht gefunden.",
    "Dieser Artikel ist nicht mehr verfügbar.",
    "Fehler 404",
    "Diese Seite existiert leider nicht mehr.",
    "Der von Ihnen gewünschte Inhalt ist leider nicht verfügbar.",
    "Die Seite konnte nicht gefunden werden.",
    "Die gesuchte Seite konnte leider nicht gefunden werden. Möglicherweise wurde sie "
    "verschoben oder gelöscht. Bitte überprüfen Sie die Adresse oder nutzen Sie die "
    "Suchfunktion.",
    # es
    "Lo sentimos, la página que buscas no existe",
    "Página no encontrada",
    "Este artículo ya no está disponible.",
    "El contenido ha sido eliminado.",
    "Lo sentimos, no hemos encontrado la página que buscas.",
    # it
    "Questa pagina non esiste",
    "Pagina non trovata",
    "Ci dispiace, la pagina che stai cercando non è più disponibile.",
    # pt
    "Página não encontrada",
    "Desculpe, a página que você procura não existe.",
    "Esta notícia foi removida.",
    # nl
    "Pagina niet gevonden",
    "Helaas, deze pagina bestaat niet meer.",
    # pl
    "Nie znaleziono strony",
    "Strona, której szukasz, nie istnieje.",
    "Błąd 404",
    # ru
    "Страница не найдена",
    "Такой страницы не существует",
    "Извините, запрашиваемая страница была удалена.",
    "Запрашиваемая вами страница не найдена.",
    # tr (upper case exercises the dotted/dotless i folding)
    "Sayfa bulunamadı",
    "ARADIĞINIZ SAYFA BULUNAMADI",
    "Üzgünüz, bu içerik kaldırılmıştır.",
    # ja, zh, ko
    "ページが見つかりません",
    "お探しのページは見つかりませんでした。",
    "この記事は掲載期間が終了しました。",
    "抱歉，您访问的页面不存在",
    "找不到網頁",
    "요청하신 페이지를 찾을 수 없습니다.",
    # sv, da, nb, cs, uk, ro, hu, id, vi, ar
    "Sidan kunde inte hittas",
    "Tyvärr, sidan du söker finns inte längre.",
    "Siden blev ikke fundet",
    "Beklager, siden findes ikke.",
    "Siden finnes ikke",
    "Beklager, vi fant ikke siden du leter etter.",
    "Stránka nenalezena",
    "Omlouváme se, požadovaná stránka neexistuje.",
    "Сторінку не знайдено",
    "Вибачте, сторінка не існує або була видалена.",
    "Pagina nu a fost găsită",
    "Ne pare rău, pagina nu există.",
    "Az oldal nem található",
    "Sajnáljuk, a keresett oldal nem létezik.",
    "Halaman tidak ditemukan",
    "Maaf, halaman yang Anda cari tidak ditemukan.",
    "Không tìm thấy trang",
    "Xin lỗi, trang bạn yêu cầu không tồn tại.",
    "الصفحة غير موجودة",
    "عذراً، الصفحة التي تبحث عنها غير موجودة",
    "Cette page n\u02bcexiste pas",  # modifier-letter apostrophe
    "Pa\u0301gina no encontrada",  # decomposed accent (NFD input)
]

NOT_ERROR_TEXTS = [
    # articles that merely mention error wording
    "The court ruled that a 404 page not found error had been shown to users for weeks, "
    "the company said.",
    "The page was removed from the government website on Monday, officials said.",
    "The article was not available in print editions, according to the publisher.",
    "Flight 404 landed safely in Paris on Tuesday after a delay of two hours.",
    "Les internautes tombent sur une page introuvable depuis des semaines, selon l'association.",
    "Die Seite existiert nicht mehr, sagte ein Sprecher des Ministeriums am Dienstag.",
    "La página ya no existe, dijo el portavoz del ministerio.",
    "The page on the ministry site was not available yesterday.",
    "Die Seite ist seit Montag nicht mehr erreichbar.",
    "The video has not been available since March 2024.",
    "La página no está disponible desde el martes.",
    "Ein Artikel über die Reform ist nicht mehr verfügbar, weil der Verlag ihn zurückgezogen "
    "hat, wie die Zeitung am Montag mitteilte.",
    "Researchers found that more than a quarter of the pages cited in news stories no longer "
    "exist, and that government sites were the worst offenders over the decade studied.",
    # short lines that are not an error page's text
    "Page 2 of 3",
    "Not available in your country? Read more",
    "Oops!",
    "Hoppla!",
    "Vaya, qué partido",
    "Sidan 2 av 3",
    "Pagina 2 din 3",
    "Ne pare rău pentru întârziere, a spus ministrul.",
    "Halaman depan koran itu tidak ada fotonya, kata redaksi.",
    "Sorry",
    "Search",
    "Back to home page",
    "Error",
    "Gone",
    "Introuvable",
    "Read more: How to find the page you need",
    "Kerry and Lavrov trade blame as air strikes pound Aleppo",
    "S&P 500",
    "Page not found: the slow decay of the news web",
    "",
    "   ",
]


@pytest.mark.parametrize("text", ERROR_TEXTS)
def test_error_texts_are_recognised(text: str) -> None:
    assert is_error_text(text)


@pytest.mark.parametrize("text", NOT_ERROR_TEXTS)
def test_other_texts_are_not_error_text(text: str) -> None:
    assert not is_error_text(text)


@pytest.mark.parametrize("text", ERROR_TEXTS)
def test_case_and_spacing_do_not_matter(text: str) -> None:
    assert is_error_text(text.upper())
    assert is_error_text("  " + text.replace(" ", "\u00a0 ") + "\n")


def test_long_blocks_are_never_error_text() -> None:
    text = "Page not found. " * (MAX_ERROR_CHARS // 16 + 1)
    assert len(text) > MAX_ERROR_CHARS
    assert not is_error_text(text)


def test_error_texts_cover_many_languages() -> None:
    required = {"en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "tr", "ja", "zh"}
    assert required <= set(LANGUAGES)
    assert len(ERROR_PAGE_LANGUAGES) >= 6


# --- page level: made-up pages ---------------------------------------------------------------

ARTICLE_BODY = [
    "The harbour authority on Thursday approved a 400-million-euro expansion of the port, "
    "ending a two-year dispute with fishermen and environmental groups.",
    "The project will add two container berths on the northern pier and deepen the main "
    "channel so that the largest cargo ships can dock at low tide.",
    "Fishermen's associations said they would appeal. They argue that dredging the channel "
    "will destroy spawning grounds that the local fleet depends on.",
]


@pytest.mark.parametrize(
    "title",
    [
        "404 Not Found",
        "Page non trouvée",
        "Seite nicht gefunden - Stadtanzeiger",
        "Error 404 | Diario del Valle",
        "Oops!",
        "Página no encontrada – El Diario",
        "Ошибка 404 — Городские новости",
    ],
)
def test_an_error_title_with_no_body_is_an_error_page(title: str) -> None:
    assert is_error_page(title, [], [])
    assert is_error_page(title, ["Search", "Most read", "City council approves new tram line"], [])


@pytest.mark.parametrize(
    "title",
    [
        None,
        "",
        "Page 2 of 3 | City News",
        "The 404 bus route returns | City News",
        "Kerry and Lavrov trade blame as air strikes pound Aleppo",
    ],
)
def test_no_error_signal_no_error_page(title: str | None) -> None:
    assert not is_error_page(title, [], [])
    assert not is_error_page(title, ["Search", "Home"], [])


def test_error_blocks_and_no_article_make_an_error_page() -> None:
    assert is_error_page(None, [], ["Seite nicht gefunden"])
    assert is_error_page("Stadtanzeiger", ["Suche", "Meistgelesen"], ["Seite nicht gefunden"])


def test_error_text_glued_to_an_article_is_not_an_error_page() -> None:
    errors = ["This page is not available", "The page no longer exists or did not exist at all."]
    assert not is_error_page("Harbour authority approves expansion", ARTICLE_BODY, errors)
    assert not is_error_page("404 Not Found", ARTICLE_BODY, errors)


def test_error_blocks_left_in_the_body_do_not_count_as_article() -> None:
    body = ["Page not found", "Please check the address or go back to the home page."]
    assert is_error_page(None, body, ["Page not found"])


def test_link_lists_and_headlines_are_not_article_prose() -> None:
    headlines = [f"Headline number {i} about the city council and its budget" for i in range(30)]
    assert is_error_page("Page not found", headlines, [])


@settings(max_examples=50, deadline=None)
@given(
    title=st.one_of(st.none(), st.text(max_size=60)),
    errors=st.lists(st.text(max_size=80), max_size=4),
    extra=st.lists(st.text(max_size=200), max_size=6),
)
def test_a_page_with_enough_prose_is_never_an_error_page(
    title: str | None, errors: list[str], extra: list[str]
) -> None:
    body = ARTICLE_BODY * 2 + extra  # 6 prose paragraphs, well over MIN_ARTICLE_WORDS
    assert sum(len(b.split()) for b in ARTICLE_BODY * 2) >= MIN_ARTICLE_WORDS
    assert not is_error_page(title, body, errors)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600))
def test_is_error_text_takes_any_text(text: str) -> None:
    assert isinstance(is_error_text(text), bool)


# --- page level: fixture pages split into blocks without the pipeline -----------------------


def _text_blocks(name: str) -> list[str]:
    """Blocks of a text fixture: paragraphs split at blank lines, then at line breaks."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


_BLOCK_TAGS = ("h1", "h2", "h3", "p", "li", "label", "button")


def _html_title_and_blocks(name: str) -> tuple[str | None, list[str]]:
    root = lxml_html.fromstring((FIXTURES / name).read_bytes())
    title = root.findtext(".//title")
    texts = (" ".join("".join(map(str, el.itertext())).split()) for el in root.iter(*_BLOCK_TAGS))
    blocks = [text for text in texts if text]
    return title, blocks


def _verdict(title: str | None, blocks: list[str]) -> tuple[bool, list[str]]:
    errors = [b for b in blocks if is_error_text(b)]
    body = [b for b in blocks if b not in errors]
    return is_error_page(title, body, errors), errors


def test_fixture_error_pages_cover_six_languages_at_least() -> None:
    assert len(ERROR_PAGE_LANGUAGES) >= 6
    for name in ERROR_PAGES:
        assert (FIXTURES / f"{name}.txt").exists()


@pytest.mark.parametrize("name", ERROR_PAGES)
def test_fixture_error_page_text(name: str) -> None:
    blocks = _text_blocks(f"{name}.txt")
    verdict, errors = _verdict(None, blocks)
    assert errors, "the page's error message is recognised"
    assert verdict


@pytest.mark.parametrize("name", ERROR_PAGES)
def test_fixture_error_page_html(name: str) -> None:
    title, blocks = _html_title_and_blocks(f"{name}.html")
    verdict, errors = _verdict(title, blocks)
    assert errors
    assert verdict
    if name != "en-removed":  # its title is the site name only
        assert is_error_page(title, [b for b in blocks if b not in errors], [])  # title alone


@pytest.mark.parametrize("name", ["en-article-glued.txt", "es-article-glued.txt"])
def test_fixture_glued_error_text_is_removed_but_page_is_an_article(name: str) -> None:
    blocks = _text_blocks(name)
    verdict, errors = _verdict(blocks[0], blocks)
    assert errors == blocks[-2:]
    assert not verdict


def test_seed_error_paragraphs_and_verdict() -> None:
    """The seed: a France 24 article with an error page's two paragraphs glued at the end."""
    text = (FIXTURES.parent / "france24-aleppo.txt").read_text(encoding="utf-8")
    blocks = [line.strip() for line in text.splitlines() if line.strip()]
    verdict, errors = _verdict(blocks[1], blocks)
    assert errors == [
        "This page is not available",
        "The page no longer exists or did not exist at all. Please check the address or use "
        "the links below to access the requested content.",
    ]
    assert not verdict


def test_fixture_glued_error_text_html() -> None:
    title, blocks = _html_title_and_blocks("en-article-glued.html")
    verdict, errors = _verdict(title, blocks)
    assert errors == [
        "Sorry, this page is not available",
        "The page you requested may have been removed or never existed. Please check the "
        "address or go back to the home page.",
    ]
    assert not verdict


@pytest.mark.parametrize(
    "name", ["en-article-about-404.txt", "fr-article-about-404.txt", "en-article-about-404.html"]
)
def test_fixture_article_about_missing_pages_stays_an_article(name: str) -> None:
    if name.endswith(".html"):
        title, blocks = _html_title_and_blocks(name)
    else:
        blocks = _text_blocks(name)
        title = blocks[0]
    verdict, errors = _verdict(title, blocks)
    assert errors == []
    assert not verdict


# --- patterns: completeness of the cheap pre-check, linear time ------------------------------


def _fold_fragment(fragment: str) -> str:
    from newsextract.signals.errorpage import _FOLD_TABLE

    return fragment.translate(_FOLD_TABLE)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_every_subject_and_phrase_contains_a_keyword(code: str, data: st.DataObject) -> None:
    """A language's patterns are skipped when none of its keywords occurs in the block: that
    is only safe if every string its subjects and phrases match contains a keyword."""
    wording = LANGUAGES[code]
    keywords = [_fold_fragment(k) for k in wording.keywords.split()]
    for fragment in (*wording.subjects, *wording.phrases):
        sample = data.draw(st.from_regex(_fold_fragment(fragment), fullmatch=True))
        assert any(k in sample for k in keywords), (fragment, sample)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_fragments_have_no_capturing_groups(code: str) -> None:
    """The compiler's own groups mark subject and predicate; a fragment's group would shift
    them and make `_error_spans` count the wrong characters."""
    wording = LANGUAGES[code]
    for field in ("subjects", "predicates", "phrases", "cues", "narrative"):
        for fragment in getattr(wording, field):
            assert re.compile(_fold_fragment(fragment)).groups == 0, (field, fragment)


@pytest.mark.parametrize(
    "adversarial",
    [
        "page " * 4_000,
        "the page , , , , " * 1_000,
        "a." * 10_000,
        "ページ" * 6_000,
        "404 " * 5_000,
        "la página que que que que que " * 600,
        "the page " + "x" * 20_000 + " y" * 100,
    ],
)
def test_patterns_run_in_linear_time(adversarial: str) -> None:
    from newsextract.signals.errorpage import _CODE_RE, _CUE_RE, _NARRATIVE_RE, _STATEMENTS

    patterns = [_CODE_RE, _CUE_RE, _NARRATIVE_RE, *(s.pattern for s in _STATEMENTS)]
    start = time.process_time()
    for pattern in patterns:
        for _ in pattern.finditer(adversarial):
            pass
    # ~20k characters: about 0.1 s here; a quadratic pattern would take minutes
    assert time.process_time() - start < 3.0


def test_is_error_text_is_fast_on_article_paragraphs() -> None:
    """Calibration note: ~0.02 ms per block on the scrapinghub text dumps; the bound here is
    loose so a loaded machine does not fail it, but a slow regex would."""
    paragraphs = [*ARTICLE_BODY, *NOT_ERROR_TEXTS, *ERROR_TEXTS] * 5
    start = time.process_time()
    for paragraph in paragraphs:
        is_error_text(paragraph)
    per_block_ms = (time.process_time() - start) / len(paragraphs) * 1000
    assert per_block_ms < 1.0


def test_fold_handles_turkish_and_apostrophes() -> None:
    assert is_error_text("ARADIĞINIZ SAYFA BULUNAMADI")
    assert is_error_text("İÇERİK KALDIRILDI")
    assert re.search("n'existe", _fold_fragment("n’existe"))


# --- end to end: newsextract.extract on the fixture files -----------------------------------


def _extract(name: str) -> Article:
    from newsextract import extract

    path = FIXTURES / name
    kind = "html" if path.suffix == ".html" else "text"
    return extract(path.read_bytes(), kind=kind)


def _error_removed(article: Article) -> list[str]:
    return [r.text for r in article.boilerplate if r.reason is RemovalReason.ERROR_PAGE]


@pytest.mark.parametrize("suffix", [".html", ".txt"])
@pytest.mark.parametrize("name", ERROR_PAGES)
def test_extract_error_page(name: str, suffix: str) -> None:
    article = _extract(name + suffix)
    assert article.is_error_page
    assert article.text == ""
    assert _error_removed(article)


@pytest.mark.parametrize(
    "name", ["en-article-glued.html", "en-article-glued.txt", "es-article-glued.txt"]
)
def test_extract_article_with_glued_error_text(name: str) -> None:
    article = _extract(name)
    assert not article.is_error_page
    removed = _error_removed(article)
    assert len(removed) == 2
    assert removed[0] in {
        "Sorry, this page is not available",
        "Lo sentimos, la página que buscas no existe.",
    }
    for text in removed:
        assert text not in article.text
    assert len(article.text.split()) > MIN_ARTICLE_WORDS


@pytest.mark.parametrize(
    "name", ["en-article-about-404.html", "en-article-about-404.txt", "fr-article-about-404.txt"]
)
def test_extract_article_about_missing_pages(name: str) -> None:
    article = _extract(name)
    assert not article.is_error_page
    assert _error_removed(article) == []
    assert "404" in article.text or "n'existe pas ou plus" in article.text


@settings(max_examples=200, deadline=None)
@given(
    st.sets(st.text(alphabet="abcé", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="abcdé", max_size=10),
)
def test_keyword_trie_finds_exactly_the_substrings(words: set[str], text: str) -> None:
    from newsextract.signals.errorpage import _keyword_index

    assert _keyword_index(words).found_in(text) == {word for word in words if word in text}


# --- soft 404s padded with recommended stories; error wording only in the <h1> --------------

TEASER_RUNS: list[str | None] = [
    "A powerful storm swept across the region overnight, knocking down trees and power lines "
    "and leaving thousands of homes without electricity.",
    None,  # the next teaser's linked headline
    "The transport department said the long-delayed tram line would open to passengers next "
    "month, two years later than planned and well over budget.",
    None,
    "The club clinched its first league title in two decades with a narrow victory on "
    "Saturday, sparking celebrations late into the night.",
]


def test_teasers_in_runs_of_their_own_are_no_article() -> None:
    """A soft 404's recommended stories add up to more prose than `min_article_words`, but
    each teaser is a run of its own under its headline: no run reads as a story."""
    assert sum(len(t.split()) for t in TEASER_RUNS if t) >= MIN_ARTICLE_WORDS
    assert is_error_page("Page not found", TEASER_RUNS, [])
    assert is_error_page(None, TEASER_RUNS, ["Sorry, the page you requested does not exist."])
    assert not is_error_page(None, TEASER_RUNS, [])  # no error signal: no error page


def test_one_run_of_story_prose_is_an_article() -> None:
    assert not is_error_page("Page not found", [*ARTICLE_BODY, None, "Related"], [])
    long_paragraph = " ".join(ARTICLE_BODY * 2)  # one block, over min_single_block_words
    assert not is_error_page("Page not found", [None, long_paragraph, None], [])


def test_the_h1_is_a_title_too() -> None:
    """A soft 404 may say so in its <h1> only, its <title> being the site's name."""
    assert is_error_page(["The Daily Example", "Hoppla! Diese Seite gibt es nicht (mehr)"], [], [])
    assert not is_error_page(["The Daily Example", "Council approves budget"], [], [])


@pytest.mark.parametrize(
    ("heading", "message", "language"),
    [
        ("Page not found", "Sorry, the page you requested could not be found.", "en"),
        ("Oops!", "We can't find the page you're looking for.", "en"),
        ("Hoppla! Diese Seite gibt es nicht (mehr)", "", "de"),
        ("Seite nicht gefunden", "Die angeforderte Seite existiert nicht mehr.", "de"),
        ("Oups ! Cette page n’existe pas (ou plus)", "", "fr"),
        ("Página no encontrada", "Lo sentimos, la página que buscas no existe.", "es"),
        ("Pagina non trovata", "", "it"),
        ("Deze pagina bestaat niet (meer)", "", "nl"),
    ],
)
def test_extract_soft_404_padded_with_recommended_stories(
    heading: str, message: str, language: str
) -> None:
    from hostile_inputs import soft_404
    from newsextract import PageKind, extract

    article = extract(soft_404(heading, message).replace("<html>", f"<html lang='{language}'>"))
    assert article.is_error_page, language
    assert article.page_kind is PageKind.ERROR
    assert article.text == ""
    assert any("error page" in warning for warning in article.warnings)


def test_extract_article_with_a_related_list_and_a_stray_error_stays_an_article() -> None:
    """An article whose sidebar holds recommended stories and an unavailable video."""
    from hostile_inputs import ARTICLE_SENTENCE, TEASERS, with_article
    from newsextract import PageKind, extract

    sidebar = (
        "<aside><p>This video is no longer available.</p>"
        + "".join(
            f"<h3><a href='/n/{i}'>{h}</a></h3><p>{p}</p>" for i, (h, p) in enumerate(TEASERS)
        )
        + "</aside>"
    )
    article = extract(with_article("", sidebar))
    assert not article.is_error_page
    assert article.page_kind is PageKind.ARTICLE
    assert ARTICLE_SENTENCE in article.text


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(
            sorted({*"".join(FOLD), *"".join(FOLD.values()), "a", "I", "\u0130", " ", "\n"})
        ),
        max_size=40,
    )
)
def test_folding_replaces_like_the_translation_table(text: str) -> None:
    """`_fold` replaces the folded characters one after another: the same text as the
    translation table gives in one pass, whatever characters sit next to each other."""
    from newsextract.signals.errorpage import _FOLD_TABLE, _fold

    lowered = unicodedata.normalize("NFC", text).lower()
    assert _fold(text) == " ".join(lowered.translate(_FOLD_TABLE).split())
