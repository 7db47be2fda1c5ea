"""The stages' contract with each other: the parsed tree is read-only, so their order is free."""

from __future__ import annotations

import gzip
from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsextract.blocks import Candidate
from newsextract.html.candidates import _page_length, _visible_length, html_candidates, html_walk
from newsextract.html.label import label_html
from newsextract.html.locate import _deepest, locate
from newsextract.input.page import Page, prepare
from newsextract.input.safeparse import parse_html
from newsextract.metadata import html_metadata
from newsextract.model import Article, PageKind
from newsextract.options import DEFAULT_OPTIONS
from newsextract.pipeline import html_blocks, run
from newsextract.settings import DEFAULT_SETTINGS, Settings

PAGES = sorted(
    (Path(__file__).parent / "fixtures" / "pages" / "scrapinghub" / "html").glob("*.gz")
)[:6]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name[:12])
def test_candidates_leave_the_tree_as_parsed(path: Path) -> None:
    root = parse_html(gzip.decompress(path.read_bytes()).decode("utf-8"), DEFAULT_OPTIONS)
    assert root is not None
    before = lxml.html.tostring(root)
    html_candidates(root, DEFAULT_OPTIONS)
    assert lxml.html.tostring(root) == before


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name[:12])
def test_metadata_does_not_depend_on_running_first(path: Path) -> None:
    markup = gzip.decompress(path.read_bytes()).decode("utf-8")
    first, second = parse_html(markup, DEFAULT_OPTIONS), parse_html(markup, DEFAULT_OPTIONS)
    assert first is not None and second is not None
    html_candidates(second, DEFAULT_OPTIONS)
    url = "https://example.com/news/story"
    assert html_metadata(second, url=url, options=DEFAULT_OPTIONS) == html_metadata(
        first, url=url, options=DEFAULT_OPTIONS
    )


def test_words_around_skipped_elements_stay_apart_and_comment_tails_are_read() -> None:
    root = parse_html(
        "<html><body><p>The<button>x</button>The <!-- note -->end<script>var a;</script>"
        "ing, and <a href='/x'>a link<svg><title>icon</title></svg> here</a>.</p></body></html>",
        DEFAULT_OPTIONS,
    )
    assert root is not None
    (paragraph,) = html_candidates(root, DEFAULT_OPTIONS)
    assert paragraph.text == "The The end ing, and a link here."
    assert paragraph.link_chars == len("a link") + len("here")  # the svg's title is not text


@pytest.mark.parametrize("path", PAGES[:2], ids=lambda p: p.name[:12])
def test_candidates_and_decisions_are_immutable_values(path: Path) -> None:
    # named tuples since round 23 (for speed): still read-only, hashable and equal by value
    root = parse_html(gzip.decompress(path.read_bytes()).decode("utf-8"), DEFAULT_OPTIONS)
    assert root is not None
    candidates = html_candidates(root, DEFAULT_OPTIONS)
    decisions = label_html(candidates, locate(candidates), DEFAULT_OPTIONS)
    for value in (candidates[0], decisions[0]):
        with pytest.raises(AttributeError):
            value.text = "changed"  # type: ignore[misc]
        assert value == value._replace(index=value.index)
        assert hash(value) == hash(value._replace(index=value.index))
    assert html_candidates(root, DEFAULT_OPTIONS) == candidates


def test_chrome_is_read_whole_unless_it_wraps_much_of_the_page() -> None:
    # the menu opens the page (too little text read to bound its share: the page's length
    # is counted), the footer follows the story (its share of the text read so far bounds
    # it), the aside holds most of the page's text (a wrapper: walked)
    story = "<p>" + "A sentence of the story that runs on for a while. " * 20 + "</p>"
    root = parse_html(
        "<html><head><title>Page</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/a'>World</a> <a href='/b'>Business</a></nav>"
        f"<main>{story}</main><footer>Contact us</footer><aside>{story * 3}</aside>"
        "</body></html>",
        DEFAULT_OPTIONS,
    )
    assert root is not None
    walk = html_walk(root, DEFAULT_OPTIONS)
    assert [element.tag for _, element, _ in walk.collapsed] == ["nav", "footer"]
    assert [c.tag for c in walk.candidates] == ["nav", "p", "footer", "p", "p", "p"]
    assert walk.candidates[0].text == "World Business"


def test_hidden_chrome_is_skipped_not_read_whole() -> None:
    # a menu hidden by markup is skipped like any hidden element, however small
    story = "<p>" + "A sentence of the story that runs on for a while. " * 20 + "</p>"
    root = parse_html(
        "<html><body><nav hidden><a href='/a'>World</a></nav>"
        "<aside style='display:none'>Sign in</aside>"
        f"<main>{story}</main><footer aria-hidden='true'>Contact us</footer></body></html>",
        DEFAULT_OPTIONS,
    )
    assert root is not None
    walk = html_walk(root, DEFAULT_OPTIONS)
    assert walk.collapsed == ()
    assert [c.tag for c in walk.candidates] == ["p"]


@pytest.mark.parametrize("path", PAGES[:3], ids=lambda p: p.name[:12])
def test_the_page_length_skips_the_head_unread(path: Path) -> None:
    root = parse_html(gzip.decompress(path.read_bytes()).decode("utf-8"), DEFAULT_OPTIONS)
    assert root is not None
    assert _page_length(root) == _visible_length(root)


def test_the_story_is_located_with_the_callers_prose_settings() -> None:
    """Locating weighs prose by the settings the pipeline runs with: when no block of the page
    is long enough to be prose, no container holds any (it read the default floor)."""
    markup = gzip.decompress(PAGES[0].read_bytes())
    found = []
    for words in (DEFAULT_SETTINGS.shape.prose_min_words, 10_000):
        settings = replace(
            DEFAULT_SETTINGS, shape=replace(DEFAULT_SETTINGS.shape, prose_min_words=words)
        )
        page = prepare(markup, url=None, kind="html", options=DEFAULT_OPTIONS, settings=settings)
        assert isinstance(page, Page)
        found.append(html_blocks(page, DEFAULT_OPTIONS, settings).located.prose_in)
    assert sum(found[0].values()) > 0
    assert sum(found[1].values()) == 0


def test_the_error_page_verdict_reads_the_callers_settings() -> None:
    """Assembling judges the page with the settings `pipeline.run` was given: a soft 404
    whose apology runs to 50 words is an article by the default `min_article_words` (40), an
    error page when the caller asks for more (it read the defaults before round 30)."""
    apology = (
        "The page you are looking for has moved. Our newsroom archive keeps every story we "
        "published since the paper went online, and the search box above finds them by "
        "headline, by author or by date. "
    )
    markup = (
        "<html><head><title>Page not found</title></head><body><main><h1>Page not found</h1>"
        f"<p>{apology}</p><p>Try the search or start again from the home page, where the "
        "latest news is.</p></main></body></html>"
    )
    errorpage = DEFAULT_SETTINGS.errorpage
    stricter = replace(errorpage, min_article_words=1_000)
    default, strict = (
        _run_html(markup, replace(DEFAULT_SETTINGS, errorpage=part))
        for part in (errorpage, stricter)
    )
    assert (default.page_kind, strict.page_kind) == (PageKind.ARTICLE, PageKind.ERROR)
    assert default.text and not strict.text


def test_labelling_reads_the_callers_chrome_wording_settings() -> None:
    """Labelling tells chrome by its wording with the settings `pipeline.run` was given: a
    copyright line in the story goes by the default `copyright_max_words` (30), and stays
    when the caller allows two words (it read the defaults before round 30)."""
    story = (
        "The council voted on Tuesday to keep the old library open for another year, after "
        "residents filled the hall to speak for it. "
    )
    notice = "Copyright 2024 The Town Gazette. All rights reserved."
    markup = (
        "<html><head><title>Library stays open</title></head><body><article>"
        f"<h1>Library stays open</h1><p>{story * 2}</p><p>{notice}</p><p>{story}</p>"
        "</article></body></html>"
    )
    boilerplate = DEFAULT_SETTINGS.boilerplate
    shorter = replace(boilerplate, copyright_max_words=2)
    kept = [
        notice in _run_html(markup, replace(DEFAULT_SETTINGS, boilerplate=part)).text
        for part in (boilerplate, shorter)
    ]
    assert kept == [False, True]


def _run_html(markup: str, settings: Settings) -> Article:
    return run(markup, url=None, kind="html", options=DEFAULT_OPTIONS, settings=settings)


def test_of_the_elements_tied_for_the_best_score_the_deepest_holds_the_story() -> None:
    # the story's paragraphs in a wrapper in a wrapper: both get all their prose at full
    # weight; the inner one, closest to the paragraphs, is the container
    story = "".join(
        f"<p>Paragraph {i} of the story tells what the council decided on Monday, and why "
        "the residents who came to the meeting cared about the vote.</p>"
        for i in range(3)
    )
    root = parse_html(
        f"<html><body><div class='page'><div class='story'>{story}</div></div></body></html>",
        DEFAULT_OPTIONS,
    )
    assert root is not None
    candidates = html_candidates(root, DEFAULT_OPTIONS)
    *_, outer, inner, _own = candidates[0].ancestors
    located = locate(candidates)
    assert located.prose_in[outer] == located.prose_in[inner] > 0
    assert located.container == inner


def test_the_tie_break_takes_the_first_of_the_deepest_as_the_old_search_did() -> None:
    # ties at three depths and two elements as deep as each other: the round-30 search,
    # which counts depths only for a tie, picks what max over (score, depth) picked
    candidates = [
        Candidate(0, "a", ancestors=(1, 2, 3, 4)),
        Candidate(1, "b", ancestors=(1, 2, 5, 6)),
        Candidate(2, "c", ancestors=(1, 7)),
    ]
    depth = {e: level for c in candidates for level, e in enumerate(c.ancestors)}
    for score in (
        {2: 1.0, 6: 1.0, 4: 1.0, 7: 1.0, 3: 0.5},
        {4: 2.0, 6: 2.0, 1: 2.0},
        {7: 1.0, 5: 1.0, 2: 1.0},
        {3: 1.0},
    ):
        best = max(score.values())
        tied = [e for e, value in score.items() if value == best]
        old = max(score, key=lambda e: (score[e], depth.get(e, 0)))
        assert _deepest(tied, candidates) == old


_POST_CLASS_PARTS = ["category", "Categories", "tag", "TAGS", "author", "type", "travel", "x", "2"]


@given(
    st.lists(
        st.tuples(st.sampled_from(["", "-", "_", " ", "--"]), st.sampled_from(_POST_CLASS_PARTS)),
        max_size=7,
    ).map(lambda pairs: "".join(sep + word for sep, word in pairs))
)
def test_the_post_item_gate_never_changes_the_answer(names: str) -> None:
    # `_is_post_item` looks for "tag" or "categor" before matching each class word: a post
    # item ("category-travel tag-x type-post") is found as when every word was matched
    from newsextract.html.candidates import _TAXONOMY_WORD, _is_post_item, _is_property_word

    words = names.split()
    properties = [word for word in words if _is_property_word(word)]
    item = len(properties) > 1 and any(_TAXONOMY_WORD.match(w.lower()) for w in properties)
    assert _is_post_item(names, words) == item


_CLASS_WORD_PARTS = [
    "nav",
    "navbar",
    "share",
    "ad",
    "ads",
    "head",
    "Footer",
    "x2",
    "articlebody",
    "onetrust",
    "é",
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "-", "_", "--", ".", "1"]), st.sampled_from(_CLASS_WORD_PARTS)
        ),
        max_size=5,
    ).map(lambda pairs: "".join(sep + part for sep, part in pairs))
)
def test_the_class_word_searches_find_every_word_that_names_a_mark(word: str) -> None:
    # `_word_marks` reads a word's tokens only when `_MARK_TOKEN` finds one naming a mark,
    # and runs the content and consent searches only when `_COMPOUND_NAME` finds either
    from newsextract.data.markup import CLASS_TOKEN_MARKS
    from newsextract.html.candidates import (
        _CLASS_TOKEN,
        _COMPOUND_NAME,
        _CONSENT_NAME,
        _CONTENT_NAME,
        _MARK_TOKEN,
        _without_joiners,
    )

    lowered = word.lower()
    named = any(token in CLASS_TOKEN_MARKS for token in _CLASS_TOKEN.findall(lowered))
    assert (_MARK_TOKEN.search(lowered) is not None) == named
    joined = _without_joiners(lowered)
    either = _CONTENT_NAME.search(joined) or _CONSENT_NAME.search(joined)
    assert (_COMPOUND_NAME.search(joined) is not None) == bool(either)
