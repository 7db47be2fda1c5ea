"""Invariants of `extract` over random HTML-ish and text inputs (hypothesis).

For any str or bytes: `extract` returns an Article (the only documented error, oversize
input with oversize="raise", cannot happen with the default limits); the Article
round-trips through `to_dict`/`from_dict` and JSON; its strings are clean Unicode; and every
word of its `text` occurs in the input's visible text: nothing is invented.
"""

from __future__ import annotations

import contextlib
import html
import json
import re

import lxml.html
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsextract
from newsextract import Article, Options
from newsextract.input.decode import clean_text
from test_hostile import assert_clean

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

TAGS = (
    "p", "div", "span", "a", "b", "i", "em", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr",
    "td", "blockquote", "figure", "figcaption", "article", "section", "nav", "header",
    "footer", "aside", "main", "br", "img", "script", "style", "noscript", "pre", "code",
    "q", "time", "address", "form", "button", "svg", "iframe", "template", "title", "meta",
)  # fmt: skip
ATTRIBUTES = ("class", "id", "href", "src", "alt", "title", "role", "itemprop", "hidden")
HINTS = ("article", "story", "content", "nav", "menu", "share", "related", "caption",
         "byline", "author", "footer", "ad", "cookie", "comment", "credit", "body")  # fmt: skip

#: Text with everything that makes trouble: any Unicode (surrogates included), quotes,
#: dashes, markup characters, entities, whitespace of every kind, controls.
WORDS = st.sampled_from(
    ["The", "council", "approved", "budget", "said", "Mr.", "AFP", "Reuters", "«", "»", "“",
     "”", '"', "'", "—", "-", "...", "…", "&amp;", "&nbsp;", "&#8217;", "&lt;", "<", ">", "&",
     "\n", "\t", " ", "\u00a0", "\u200b", "中文", "עברית", "عربي", "😀", "Photo:", "(", ")",
     "Advertisement", "Share", "404", "Copyright", "©", "2024", "12:30"]
)  # fmt: skip
FREE_TEXT = st.text(st.characters(codec=None), max_size=40)
TEXT = st.lists(st.one_of(WORDS, FREE_TEXT), max_size=30).map(" ".join)


def _attributes() -> st.SearchStrategy[str]:
    pair = st.tuples(st.sampled_from(ATTRIBUTES), st.one_of(st.sampled_from(HINTS), FREE_TEXT))
    return st.lists(pair, max_size=3).map(
        lambda pairs: "".join(f' {name}="{html.escape(value)}"' for name, value in pairs)
    )


def _element(children: st.SearchStrategy[str], glue: str) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, attributes, inner, closed: (
            f"<{tag}{attributes}>{inner}" + (f"</{tag}>" if closed else "")
        ),
        st.sampled_from(TAGS),
        _attributes(),
        st.lists(children, max_size=5).map(glue.join),
        st.booleans(),
    )


def _page(glue: str) -> st.SearchStrategy[str]:
    tree = st.recursive(TEXT, lambda children: _element(children, glue), max_leaves=40)
    return tree.map(lambda body: f"<html><body>{body}")


#: Random pages, with and without whitespace between sibling elements.
HTML = _page("")
SPACED_HTML = _page("\n")
RAW = st.one_of(st.text(max_size=300), st.binary(max_size=300))


def _visible_texts(source: str) -> list[str]:
    """The input's text as markup strippers see it, whitespace squeezed out: the words of
    the article must be substrings of one of them."""
    cleaned = clean_text(source)
    stripped = html.unescape(re.sub(r"<[^>]*>", "", cleaned))
    # the source with its entities read: a stray "<" before one ("< &#8217;") makes the
    # tag-stripping regex swallow it, while a parser reads "<" and the character as text
    # HTML5 reads "<" not followed by a letter or "/" and a letter as text ("<</br>The":
    # "<" and "The"), where the strip above swallows it with the tag
    tagless = html.unescape(re.sub(r"</?[A-Za-z][^>]*>", "", cleaned))
    texts = [cleaned, stripped, html.unescape(cleaned), tagless]
    if cleaned.strip():
        with contextlib.suppress(lxml.etree.ParserError, ValueError):
            texts.append(lxml.html.document_fromstring(cleaned).text_content())
    return [re.sub(r"\s+", "", clean_text(text)) for text in texts]


def _assert_nothing_invented(article: Article, source: str) -> None:
    visible = _visible_texts(source)
    for word in article.text.split():
        assert any(word in text for text in visible), word


def _check(source: str | bytes, **kwargs: object) -> Article:
    article = newsextract.extract(source, **kwargs)  # type: ignore[arg-type]
    assert_clean(article)
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_dict(json.loads(article.to_json())) == article
    return article


@SETTINGS
@given(st.one_of(HTML, SPACED_HTML))
@example("<html><body><p><script><p>< &#8217;</p>")  # found by hypothesis: an oracle gap
@example("<html><body><script><br><</br>The")  # found by hypothesis: an oracle gap
def test_nothing_invented_from_html(source: str) -> None:
    article = _check(source)
    _assert_nothing_invented(article, source)


def test_removed_inline_element_keeps_words_apart() -> None:
    source = "<html><body><p>The<button>council</button>The"
    _assert_nothing_invented(newsextract.extract(source), source)


@SETTINGS
@given(HTML, st.sampled_from(["utf-8", "utf-16", "cp1252", "gb18030"]))
def test_random_html_as_bytes(source: str, encoding: str) -> None:
    data = (
        source.encode(encoding, "replace")
        if encoding != "utf-8"
        else source.encode("utf-8", "surrogatepass")
    )
    _check(data)


@SETTINGS
@given(TEXT)
def test_random_text(source: str) -> None:
    article = _check(source, kind="text")
    _assert_nothing_invented(article, source)


@SETTINGS
@given(RAW, st.sampled_from(["auto", "html", "text"]))
def test_random_junk(source: str | bytes, kind: str) -> None:
    _check(source, kind=kind)


@SETTINGS
@given(HTML, st.integers(min_value=1, max_value=300), st.integers(min_value=1, max_value=50))
def test_tight_limits(source: str, max_bytes: int, limit: int) -> None:
    options = Options(
        max_input_bytes=max_bytes,
        max_nodes=limit,
        max_depth=limit,
        max_attributes=limit,
        max_block_chars=limit,
    )
    _check(source, options=options)
    _check(source.encode("utf-8", "surrogatepass"), options=options)
