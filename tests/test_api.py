"""The public entry point: argument checks and bad input that must not raise."""

from __future__ import annotations

import pickle
import re
import zlib
from pathlib import Path

import pytest

import newsextract
from newsextract import Article, Options, PageKind
from newsextract.input.page import URL_NOT_PAGE
from newsextract.options import Kind

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89" + b"\x00\x00\x00\nIDATx\x9c" + zlib.compress(b"\x00\x00\x00\x00\x00")
)
PAGE = (
    "<html><head><title>Storm hits coast | Daily News</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<article><h1>Storm hits coast</h1>"
    "<p>A powerful storm hit the coast on Tuesday, cutting power to thousands of homes and "
    "forcing the closure of schools across the region, officials said.</p>"
    "<p>Emergency crews worked through the night to clear fallen trees from roads, and the "
    "national weather service warned that more rain was expected later in the week.</p>"
    "</article><footer>© 2024 Daily News. All rights reserved.</footer></body></html>"
)


@pytest.mark.parametrize("source", ["", b"", "   \n\t ", b"  \r\n "])
def test_empty_input_gives_an_empty_article(source: str | bytes) -> None:
    article = newsextract.extract(source)
    assert article.text == ""
    assert article.blocks == ()
    assert article.page_kind is PageKind.EMPTY
    assert article.warnings


@pytest.mark.parametrize("source", [PNG, bytes(range(256)) * 8, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"])
def test_binary_input_gives_an_empty_article(source: bytes) -> None:
    article = newsextract.extract(source)
    assert article.text == ""
    assert article.page_kind is PageKind.EMPTY


def test_png_is_named_in_the_warnings() -> None:
    article = newsextract.extract(PNG)
    assert any("png" in warning for warning in article.warnings)


@pytest.mark.parametrize("source", [None, 42, ["<p>x</p>"], {"html": ""}])
def test_wrong_type_raises_type_error(source: object) -> None:
    with pytest.raises(TypeError):
        newsextract.extract(source)  # type: ignore[arg-type]


def test_a_path_is_refused_with_what_to_do() -> None:
    with pytest.raises(TypeError, match=r"not PosixPath: extract reads no file; pass path"):
        newsextract.extract(Path("page.html"))  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["auto", "html", "text"])
@pytest.mark.parametrize(
    "source", ["https://www.example.com/news/2024/storm", b" www.example.org/a?b=1\n"]
)
def test_a_web_address_alone_says_it_is_not_fetched(source: str | bytes, kind: Kind) -> None:
    article = newsextract.extract(source, kind=kind)
    assert article.page_kind is PageKind.EMPTY
    assert article.warnings == (URL_NOT_PAGE,)


CAFE = (
    "<html><head><title>Le café rouvre</title></head><body><article><h1>Le café rouvre</h1><p>"
    + "Le café a rouvert ses portes lundi matin, après des mois de travaux à Montréal. " * 4
    + "</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("data", "encoding", "warning"),
    [
        # requests' default for text/html without a charset, on a UTF-8 page
        (CAFE.encode(), "ISO-8859-1", "declared charset 'cp1252' ignored: content is UTF-8"),
        (
            CAFE.encode("cp1252"),
            "utf-8",
            "declared charset 'utf-8' ignored: content does not decode",
        ),
        (
            CAFE.encode("cp1252"),
            "koi8-r",
            "declared charset 'koi8-r' ignored: the text reads as mojibake",
        ),
        (CAFE.encode(), "utf-7", "charset 'utf-7' ignored: unknown or unusable"),
        (CAFE.encode("cp1252"), "windows-1252", None),
    ],
)
def test_the_transports_encoding_is_doubted_like_a_meta_charset(
    data: bytes, encoding: str, warning: str | None
) -> None:
    article = newsextract.extract(data, encoding=encoding)
    assert article.title == "Le café rouvre"
    assert "après des mois de travaux à Montréal" in article.text
    assert article.warnings == ((warning,) if warning else ())


def test_the_transports_encoding_outranks_the_meta_charset() -> None:
    page = (
        "<html><head><meta charset='windows-1251'></head><body><article><h1>Кафе открылось</h1>"
        + "<p>"
        + "Кафе снова открыло свои двери в понедельник утром после ремонта. " * 4
        + "</p></article></body></html>"
    )
    article = newsextract.extract(page.encode("koi8-r"), encoding="koi8-r")
    assert article.title == "Кафе открылось"
    assert not [warning for warning in article.warnings if "charset" in warning]


def test_wrong_argument_types() -> None:
    with pytest.raises(TypeError):
        newsextract.extract("x", url=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        newsextract.extract("x", options={"tables": False})  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        newsextract.extract("x", kind="pdf")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="encoding must be a str or None, not bytes"):
        newsextract.extract(b"<p>x</p>", encoding=b"utf-8")  # type: ignore[arg-type]


def test_bad_option_values() -> None:
    with pytest.raises(TypeError):
        Options(tables="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Options(max_input_bytes=0)
    with pytest.raises(ValueError):
        Options(oversize="drop")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="language tag"):
        Options(language="und")  # names no language
    with pytest.raises(TypeError):
        Options(language=["de"])  # type: ignore[arg-type]


def test_the_callers_language_outranks_the_pages() -> None:
    """A Spanish story on a site declaring English everywhere: the caller's language is the
    article's, in HTML and in text mode, and the quotes' Spanish speech verbs are read."""
    story = (
        "<p>«Es un día histórico para la ciudad», dijo la alcaldesa Marta Ruiz en la "
        "inauguración. El tranvía volverá a circular por el centro después de veinte años "
        "de obras, retrasos y tres concursos públicos anulados por los tribunales.</p>"
    )
    head = '<html lang="en"><body><article><h1>Vuelve el tranvía</h1>'
    page = f"{head}{story}</article></body></html>"
    declared = newsextract.extract(page)
    assert declared.language == "en" and declared.quotes[0].speaker is None
    given = newsextract.extract(page, options=Options(language="es-419"))
    assert given.language == "es"
    assert given.quotes[0].speaker == "Marta Ruiz"
    assert ("language", "option") in {(s.field, s.origin) for s in given.provenance}
    dump = newsextract.extract(
        "Vuelve el tranvía\n" + story[3:-4], kind="text", options=Options(language="pt")
    )
    assert dump.language == "pt"


def test_undecodable_bytes_are_decoded_with_replacement() -> None:
    page = PAGE.replace("Tuesday", "Tuesday \udcff").encode("utf-8", "surrogateescape")
    page = page.replace(b"<head>", b'<head><meta charset="utf-8">')
    article = newsextract.extract(page)
    assert "powerful storm" in article.text
    assert "\udcff" not in article.text


def test_html_page(tmp_path: object) -> None:
    article = newsextract.extract(PAGE, url="https://news.example/storm")
    assert article.title == "Storm hits coast"
    assert article.text.startswith("A powerful storm hit the coast")
    assert "Emergency crews" in article.text
    assert "Home" not in article.text
    assert "All rights reserved" not in article.text
    assert article.url == "https://news.example/storm"


def test_bytes_and_str_agree() -> None:
    assert newsextract.extract(PAGE.encode("utf-8")) == newsextract.extract(PAGE)


def test_article_pickles_and_round_trips() -> None:
    article = newsextract.extract(PAGE)
    assert pickle.loads(pickle.dumps(article)) == article
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article
    assert Article.from_json(article.to_json(indent=2).encode()) == article


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            '{"title": "One"}',
            "from_dict takes a dict, not str: JSON text is read by Article.from_json",
        ),
        (None, "from_dict takes a dict, not NoneType"),
    ],
)
def test_from_dict_says_what_it_takes(data: object, message: str) -> None:
    with pytest.raises(TypeError, match=f"^{re.escape(message)}$"):
        Article.from_dict(data)  # type: ignore[arg-type]


def test_article_is_frozen() -> None:
    article = newsextract.extract(PAGE)
    with pytest.raises(AttributeError):
        article.title = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    "source",
    [
        "<html><body><p>The<button>council</button>The</p>",
        "<html><body><p><span><span>The<button>council</span>The</p>",
    ],
)
def test_words_around_a_dropped_element_stay_apart(source: str) -> None:
    assert "TheThe" not in newsextract.extract(source).text


SHORT_SENTENCES_PAGE = (
    "<html><body><div class=top><p>Weather in town 12 degrees</p>"
    "<p>Markets closed higher today</p></div><div class=story>"
    + "".join(f"<p>Rain fell, roads closed, schools shut early, day {i}.</p>" for i in range(15))
    + "</div><div class=box><p>Tickets for the summer concert</p>"
    "<p>Opening hours of the museum</p></div></body></html>"
)


def test_readability_fallback_isolates_content_without_prose() -> None:
    article = newsextract.extract(SHORT_SENTENCES_PAGE)
    assert "day 0." in article.text
    assert "day 14." in article.text
    assert "Weather in town" not in article.text
    assert "Tickets for the summer concert" not in article.text
    assert any("readability-lxml" in warning for warning in article.warnings)


def test_without_the_fallback_a_page_without_prose_is_kept_whole() -> None:
    article = newsextract.extract(SHORT_SENTENCES_PAGE, options=Options(readability_fallback=False))
    assert "Weather in town" in article.text
    assert "day 14." in article.text
    assert not article.warnings


def test_words_around_a_hidden_element_stay_apart() -> None:
    source = '<html><body><p>The<span hidden="hidden">council</span>The</p>'
    assert "TheThe" not in newsextract.extract(source).text


def test_bad_option_values_are_named_in_the_error() -> None:
    """The message says which option was wrong and what it was given."""
    with pytest.raises(TypeError, match=r"template_lines.*not str"):
        Options(template_lines="a line")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="only strings, not NoneType"):
        Options(template_lines=frozenset({"a line", None}))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="only strings, not int"):
        Options(template_lines=["a line", 3])  # type: ignore[list-item]
    assert Options(template_lines=["a line"]).template_lines == frozenset({"a line"})
    with pytest.raises(ValueError, match=r"oversize.*'drop'"):
        Options(oversize="drop")  # type: ignore[arg-type]


#: A short post split into sibling blocks with an ad slot between (the reshaping probe's
#: `split` of dragnet R183), in an element named the article body ("post-content", too far
#: up for readability-lxml's class weight), beside a wordy sidebar that readability-lxml
#: scores higher than either block.
SPLIT_POST_PAGE = (
    "<html><body><div class=post-content><div class=box-a><h1>New lens in stock</h1>"
    "<div><p>The new 35-100mm lens is in stock at two shops in the US today, "
    "for the first time since its launch.</p></div>"
    '<div class=ad><span>Advertisement</span><iframe width="300" height="250"></iframe>'
    "</div><div><p>A list of camera kits is sold there as well, with a bag and a card.</p>"
    "</div></div></div><div id=sidebar class=sidebar><div class=col><div class=padder>"
    "<p>Disclaimer: this site has no affiliation with any of the makers, shops or brands, "
    "and the news, rumors and views here are ours, not theirs, unless we say so.</p>"
    "<p>A rumor, according to the dictionary, is talk or opinion widely spread, with no "
    "known source, or a statement, story or report current without known authority.</p>"
    "<p>If you want to use any image from this site, you have to ask first, and name us, "
    "with a link, in a place where readers can see it, or we will ask you to remove it.</p>"
    "</div></div></div></body></html>"
)


def test_readability_fallback_never_takes_a_sidebar_over_a_short_post() -> None:
    assert newsextract.extract(SPLIT_POST_PAGE).text == (
        "The new 35-100mm lens is in stock at two shops in the US today, for the first time "
        "since its launch.\n\nA list of camera kits is sold there as well, with a bag and a card."
    )
