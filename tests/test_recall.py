"""Recall: the whole story, wherever the page puts it (issue "most accurate on pages nobody
tuned on"). Each test is a small page built like the real pages of one loss class."""

from __future__ import annotations

import json

import newsextract
from newsextract import PageKind
from newsextract.signals.shape import is_prose

SENTENCES = [
    "The council approved the new budget on Tuesday after a long debate about road repairs.",
    "Residents had asked for more money for the bridges, which were last repaired in 1998.",
    "The mayor said the plan would be reviewed again in the spring, once the audit is done.",
    "Opposition members voted against it, arguing that the tax rise was larger than needed.",
    "A final vote on the school building programme is expected at the next monthly meeting.",
    "Officials said the first works on the northern bridge could start before the summer.",
]


def _paragraphs(sentences: list[str], attributes: str = "") -> str:
    return "".join(f"<p{attributes}>{s}</p>" for s in sentences)


def _page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Council budget</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"{body}<footer><a href='/about'>About us</a> <a href='/jobs'>Jobs</a></footer>"
        "</body></html>"
    )


def _comments(count: int) -> str:
    return (
        "<div class='comments'>"
        + "".join(
            f"<div class='comment'><p>Reader {i} thinks the council should have spent far more "
            f"on the bridges and far less on the new offices downtown, frankly.</p></div>"
            for i in range(count)
        )
        + "</div>"
    )


PAYWALL = ' class="paywall"'


def test_a_paywall_class_on_every_paragraph_names_the_paragraphs() -> None:
    # Condé Nast-style pages mark each paragraph behind the paywall <p class="paywall">.
    body = (
        "<article><div class='body__inner-container'>"
        f"<p>{SENTENCES[0]}</p>{_paragraphs(SENTENCES[1:], PAYWALL)}"
        "</div></article>"
    )
    article = newsextract.extract(_page(body))
    assert all(s in article.text for s in SENTENCES)


def test_a_component_inside_the_body_named_after_it_stays_chrome() -> None:
    body = (
        "<div class='article-body'>"
        f"{_paragraphs(SENTENCES)}"
        "<div class='article-body__newsletter'><p>Sign up to our newsletter, and get the "
        "best of the week's stories in your inbox every single morning, for free.</p></div>"
        "</div>"
    )
    article = newsextract.extract(_page(body))
    assert all(s in article.text for s in SENTENCES)
    assert "newsletter" not in article.text


def test_class_words_on_the_article_say_what_it_is_not_that_it_is_chrome() -> None:
    # WordPress puts category and state classes on the article; the body is called its
    # content, and Reuters calls its body wrapper "paywall-article".
    body = (
        "<article class='post category-newsletter tag-related'>"
        f"<div class='article-body__content paywall-article'>{_paragraphs(SENTENCES)}</div>"
        "</article><aside class='related'><a href='/x'>Another story about roads</a></aside>"
    )
    article = newsextract.extract(_page(body))
    assert all(s in article.text for s in SENTENCES)


def test_hidden_and_skip_mark_only_as_whole_class_words() -> None:
    # Drupal wraps whole bodies in "field--label-hidden"; a skip link targets <main id=...>.
    body = (
        "<main id='skip-main'><div class='field field--name-body field--label-hidden'>"
        f"{_paragraphs(SENTENCES)}</div></main>"
        "<div class='hidden'><p>This paragraph is hidden by the page's stylesheet and is "
        "never shown to a reader of the story, whatever it says.</p></div>"
    )
    article = newsextract.extract(_page(body))
    assert all(s in article.text for s in SENTENCES)
    assert "hidden by the page" not in article.text


def test_prose_siblings_of_the_container_join_the_story() -> None:
    # A blog post whose first paragraphs sit beside the best-scoring element, in a parent
    # that also holds the comment thread (so the parent itself scores worse).
    body = (
        "<div id='post'>"
        f"<p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p>"
        f"<div class='entry'>{_paragraphs(SENTENCES[2:])}</div>"
        f"{_comments(12)}"
        "</div>"
    )
    article = newsextract.extract(_page(body))
    assert all(s in article.text for s in SENTENCES)
    assert "Reader 3" not in article.text


def test_a_related_box_ends_the_story_only_when_no_story_follows_it() -> None:
    # Nine-style markup: every paragraph is a branch of its own, "READ MORE" boxes between.
    def branch(text: str) -> str:
        return f"<div class='block'><div class='text'>{text}</div></div>"

    box = (
        "<div class='block'><div class='text'><a href='/other'>READ MORE: A different "
        "story about a flood in another town</a></div></div>"
    )
    body = (
        "<div class='article__body'>"
        + "".join(branch(s) for s in SENTENCES[:3])
        + box
        + "".join(branch(s) for s in SENTENCES[3:])
        + "</div>"
    )
    article = newsextract.extract(_page(body))
    assert all(s in article.text for s in SENTENCES)
    assert "flood" not in article.text


def test_body_only_in_json_ld_article_body() -> None:
    # A paywalled page shows its first paragraph and keeps the story in JSON-LD.
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council budget",
        "articleBody": " ".join(SENTENCES),
    }
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    body = f"<article><h1>Council budget</h1><p>{SENTENCES[0]}</p><p>Subscribe to read more.</p>"
    article = newsextract.extract(_page(body + "</article>", head))
    assert all(s in article.text for s in SENTENCES)
    assert article.text.count(SENTENCES[0]) == 1
    assert any(s.field == "body" and s.origin == "json-ld" for s in article.provenance)
    assert any("json-ld" in w for w in article.warnings)


def test_body_only_in_next_data() -> None:
    state = {
        "props": {
            "pageProps": {
                "story": {
                    "title": "Council budget",
                    "content": [{"type": "paragraph", "text": s} for s in SENTENCES],
                },
            }
        }
    }
    body = (
        "<div id='__next'><div class='spinner'>Loading</div></div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
    )
    article = newsextract.extract(_page(body))
    assert article.text.split("\n\n") == SENTENCES
    assert any(s.field == "body" and s.origin == "app-state" for s in article.provenance)


def test_body_only_in_window_state() -> None:
    html_body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    state = {"article": {"headline": "Council budget", "body": html_body}}
    body = f"<div id='app'></div><script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    article = newsextract.extract(_page(body))
    assert article.text.split("\n\n") == SENTENCES


def test_a_script_shell_with_no_article_is_empty_with_a_warning() -> None:
    body = (
        "<div id='__next'><div class='spinner'>Loading</div></div>"
        "<script id='__NEXT_DATA__' type='application/json'>"
        '{"props": {"pageProps": {"id": 42, "locale": "en"}}}</script>'
    )
    article = newsextract.extract(_page(body))
    assert article.text == ""
    assert article.page_kind is PageKind.EMPTY
    assert any("no article text" in w for w in article.warnings)


def test_a_near_empty_body_warns() -> None:
    article = newsextract.extract(_page("<article><p>The council met on Tuesday.</p></article>"))
    assert article.text
    assert any("words long" in w for w in article.warnings)


def test_chinese_and_japanese_sentences_are_prose() -> None:
    assert is_prose("北京时间今天上午，国家统计局发布了最新的经济数据，显示经济增长保持稳定。")
    assert is_prose("東京都は今日、新しい感染対策を発表し、来週から実施すると明らかにしました。")
    # under 50 characters once weighted: a headline, not a sentence
    assert not is_prose("「核の恐怖、伝えられた」 被団協理事、松山で報告会")
    assert not is_prose("首页 新闻 体育 娱乐 财经")


def test_a_chinese_story_wins_over_a_short_comment_box() -> None:
    story = [
        "北京时间今天上午，国家统计局发布了最新的经济数据，显示经济增长保持稳定。",
        "数据显示，第一季度国内生产总值同比增长百分之五，高于市场此前的预期。",
        "分析人士认为，消费的回升和出口的增长是经济保持稳定的主要原因之一。",
    ]
    comments = "".join(
        f"<li class='c'>Great article number {i}, thanks for sharing this with all of us!</li>"
        for i in range(3)
    )
    body = f"<div class='main'>{_paragraphs(story)}</div><ul class='box'>{comments}</ul>"
    article = newsextract.extract(_page(body))
    assert all(s in article.text for s in story)


def test_math_is_read_as_text() -> None:
    formula = (
        "<math><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn>"
        "</msup></mrow><annotation encoding='application/x-tex'>E=mc^2</annotation>"
        "</semantics></math>"
    )
    body = (
        f"<article>{_paragraphs(SENTENCES[:3])}<p>The famous relation {formula} links mass "
        "and energy, as every physics student learns in the first year.</p></article>"
    )
    article = newsextract.extract(_page(body))
    assert "The famous relation E=mc2 links mass and energy" in article.text
    assert "mc^2" not in article.text
