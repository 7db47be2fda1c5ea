"""Builders of hostile inputs and of normal pages of a given size, shared by the hostile
and property tests. Everything is generated: no test reads files outside tests/."""

from __future__ import annotations

import re

ARTICLE_SENTENCE = "The council approved the new budget after a long debate on Tuesday evening."

_PARAGRAPHS = (
    "The city council voted on Tuesday to approve a budget that raises spending on schools "
    "and public transport, after a debate that lasted well into the evening.",
    '"We listened to every neighbourhood," the mayor said after the vote. "This budget is '
    'the result of months of meetings."',
    "Opposition members argued that the plan relies on optimistic revenue forecasts and "
    "warned that property taxes could rise again next year if growth slows.",
    "The transport department will receive 12 million euros to extend two tram lines and "
    "to buy thirty electric buses, according to documents seen by reporters.",
    "Parents' associations welcomed the extra money for schools, which will pay for new "
    "teachers and the repair of several buildings damaged by last winter's storms.",
)


def normal_page(size: int) -> str:
    """A plausible news page of about `size` characters: chrome, one article, a sidebar,
    scripts. Big sizes repeat the article's paragraphs, as a long live blog would."""
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Council approves budget | The Daily Example</title>"
        "<meta property='og:title' content='Council approves budget'>"
        "<script>window.dataLayer = window.dataLayer || []; var a = 1 < 2;</script>"
        "<style>body { font-family: serif } .nav a { color: #333 }</style></head><body>"
        "<header><nav class='nav'><ul>"
        + "".join(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(12))
        + "</ul></nav></header><main><article class='story'>"
        "<h1>Council approves budget after long debate</h1>"
        "<p class='byline'>By Jane Doe, 12 March 2024</p>"
        "<figure><img src='/img/council.jpg' alt=''><figcaption>The council chamber. "
        "Photo: John Smith/AFP</figcaption></figure>"
        f"<p>{ARTICLE_SENTENCE}</p>"
    )
    tail = (
        "</article><aside class='related'><h2>Related</h2><ul>"
        + "".join(f"<li><a href='/news/{i}'>Another story number {i}</a></li>" for i in range(8))
        + "</ul></aside></main><footer><p>© 2024 The Daily Example. All rights reserved.</p>"
        "</footer><script src='/app.js'></script></body></html>"
    )
    body: list[str] = []
    length = len(head) + len(tail)
    index = 0
    while length < size:
        paragraph = f"<p>{_PARAGRAPHS[index % len(_PARAGRAPHS)]}</p>\n"
        if index % 12 == 11:
            paragraph = f"<h2>Part {index // 12 + 1} of the debate</h2>\n" + paragraph
        body.append(paragraph)
        length += len(paragraph)
        index += 1
    return head + "".join(body) + tail


def normal_text(size: int) -> str:
    """The normal page's paragraphs as scraped text of about `size` characters."""
    paragraphs = re.findall(r"<p>(.*?)</p>", normal_page(size))
    return "\n\n".join(paragraphs)


def with_article(prefix: str, suffix: str = "") -> str:
    """A small article page with hostile markup before (and after) its text."""
    article = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        "<html><head><title>Council approves budget</title></head><body>"
        f"{prefix}<article><h1>Council approves budget</h1><p>{ARTICLE_SENTENCE}</p>"
        f"{article}</article>{suffix}</body></html>"
    )


def deep_nesting(levels: int) -> str:
    """The article under `levels` nested divs (libxml2 alone loses it past 256)."""
    return with_article("<div>" * levels, "</div>" * levels)


def wide_tree(siblings: int, tag: str = "li") -> str:
    """The article after a list of `siblings` items (or `<br>` when tag is "br")."""
    if tag == "br":
        return with_article("<p>" + "<br>" * siblings + "</p>")
    return with_article(f"<ul>{f'<{tag}>item' * siblings}</ul>")


def long_line(chars: int) -> str:
    """The article after one line of `chars` characters without a space."""
    return with_article("<p>" + "x" * chars + "</p>")


def attribute_bomb(attributes: int) -> str:
    """The article after one tag with `attributes` attributes (libxml2 is quadratic)."""
    names = " ".join(f"a{i}" for i in range(attributes))
    return with_article(f"<div {names}>x</div>")


def data_uri(chars: int) -> str:
    """The article beside an image whose src is a `chars`-character data: URI."""
    return with_article(f"<p><img src='data:image/png;base64,{'A' * chars}'></p>")


def big_page(size: int) -> str:
    """A normal page of `size` characters (an alias kept for the isolated runner)."""
    return normal_page(size)


#: Runs of characters that trap careless regexes (nested quantifiers over quotes, dashes,
#: dots, attributions), as (name, unit). Each is repeated to the wanted size.
REGEX_TRAPS: tuple[tuple[str, str], ...] = (
    ("double quotes", '"'),
    ("spaced quotes", '" '),
    ("quote-word", '"a '),
    ("curly quotes", "“”"),
    ("guillemets", "« "),
    ("dashes", "-"),
    ("em dashes", "— "),
    ("dots", "."),
    ("ellipses", "… "),
    ("abbreviations", "Mr. "),
    ("said", '"Yes," said '),
    ("commas", ", "),
    ("parentheses", "("),
    ("colons", ": "),
    ("credits", "Photo: AFP / "),
    ("mixed", "\"'-.… «»—(" * 3 + " "),
)


def regex_trap(unit: str, size: int, html: bool) -> str:
    """`unit` repeated to `size` characters, as one paragraph of a page or as text."""
    run = unit * (size // len(unit))
    if html:
        return with_article(f"<p>{run}</p>")
    return f"{ARTICLE_SENTENCE}\n\n{run}\n\n{ARTICLE_SENTENCE}\n"
