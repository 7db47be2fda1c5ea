"""safeparse: the bounding pre-pass and the safe lxml parse."""

from __future__ import annotations

import time

import pytest
from lxml import etree

from newsextract.input.prepass import bound_markup
from newsextract.input.safeparse import parse_html, safe_parse
from newsextract.options import Options

OPTIONS = Options()
ARTICLE = "<p>The article text survives here.</p>"


def text_of(markup: str, options: Options = OPTIONS) -> str:
    root = parse_html(markup, options)
    assert root is not None
    return str(root.text_content())


def depth_of(markup: str, options: Options = OPTIONS) -> int:
    root = parse_html(markup, options)
    assert root is not None
    return max(sum(1 for _ in element.iterancestors()) for element in root.iter())


@pytest.mark.parametrize("markup", ["", "   ", "\n", "<!-- only -->"])
def test_nothing_to_parse(markup: str) -> None:
    assert parse_html(markup, OPTIONS) is None


def test_normal_markup_is_untouched() -> None:
    markup = (
        '<html><head><title>T</title><script>if (a < b && c > "</p>") {}</script></head>'
        "<body><div class=\"a b\" data-x='1>2'><p>One &amp; two</p><img src=x alt=></div>"
        "<textarea><p>not a tag</p></textarea></body></html>"
    )
    assert bound_markup(markup, OPTIONS) is markup


def test_comments_pis_and_doctype_subsets_go() -> None:
    markup = (
        '<?xml version="1.0" encoding="utf-8"?><?xml-stylesheet href="x.xsl"?>'
        '<!DOCTYPE html [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><!-- c --><p>&b; x</p>'
    )
    bounded = bound_markup(markup, OPTIONS)
    assert "<?" not in bounded
    assert "ENTITY" not in bounded
    assert text_of(markup) == "&b; x"


def test_plain_doctype_is_kept() -> None:
    markup = "<!DOCTYPE html><p>x</p>"
    assert bound_markup(markup, OPTIONS) == markup


@pytest.mark.parametrize(
    ("reference", "kept"),
    [
        ("&#0;", ""),
        ("&#1;", ""),
        ("&#x1F;", ""),
        ("&#127;", ""),
        ("&#65535;", ""),
        ("&#x0d;", ""),
        ("&#9;", "&#9;"),
        ("&#10;", "&#10;"),
        ("&#32;", "&#32;"),
        ("&#x80;", "&#x80;"),
        ("&#8217;", "&#8217;"),
        ("&#0000065;", "&#0000065;"),
    ],
)
def test_control_character_references(reference: str, kept: str) -> None:
    assert bound_markup(f"<p>a{reference}b</p>", OPTIONS) == f"<p>a{kept}b</p>"


def test_attribute_bomb_is_stripped_fast() -> None:
    attributes = " ".join(f"a{i}" for i in range(100_000))
    markup = f"<div {attributes}>x</div>{ARTICLE}"
    start = time.process_time()
    bounded = bound_markup(markup, OPTIONS)
    assert time.process_time() - start < 1
    assert bounded == f"<div>x</div>{ARTICLE}"


@pytest.mark.parametrize("name", ["\u017fcript", "\u017ftyle", "\u212aeygen", "SCRIPT"])
@pytest.mark.parametrize("before", ["", "<script><!--"])
def test_attribute_bomb_behind_a_look_alike_raw_text_tag(name: str, before: str) -> None:
    """ "ſ" (long s) and "K" (Kelvin sign) fold to "s" and "k" in Unicode case-insensitive
    matching, but "<ſcript>" is text to HTML5 and libxml2 (also inside an escaped script,
    where "<script" would not let "</script>" end it): what follows is markup, bounded."""
    attributes = " ".join(f"a{i}" for i in range(1000))
    markup = f"{before}<{name}><div {attributes}>x</div></script></style>{ARTICLE}"
    root = parse_html(markup, OPTIONS)
    assert root is not None
    assert all(len(div.attrib) <= OPTIONS.max_attributes for div in root.iter("div"))


@pytest.mark.parametrize(
    "attribute",
    ['a{i}=">"', 'a{i}="x"', "a{i}/", "'a{i}'", "a{i}='<div>'", "=a{i}"],
)
def test_attribute_bomb_variants(attribute: str) -> None:
    attributes = " ".join(attribute.format(i=i) for i in range(5000))
    markup = f"<div {attributes}>x</div>{ARTICLE}"
    assert "article text survives" in text_of(markup)


def test_attributes_under_the_limit_are_kept() -> None:
    attributes = " ".join(f"a{i}" for i in range(50))
    markup = f"<div {attributes}>x</div>"
    assert bound_markup(markup, Options(max_attributes=50)) is markup
    assert bound_markup(markup, Options(max_attributes=49)) == "<div>x</div>"


def test_giant_data_uri_is_emptied() -> None:
    markup = f"<img alt='a' src='data:image/png;base64,{'A' * 100_000}'>{ARTICLE}"
    assert bound_markup(markup, OPTIONS) == f"<img alt='a' src='data:,'>{ARTICLE}"


def test_small_data_uri_is_kept() -> None:
    markup = "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
    assert bound_markup(markup, OPTIONS) is markup


def test_quoted_gt_does_not_end_a_tag() -> None:
    markup = "<div title=\"a > b\" data-x='<p>inside</p>'>" + ARTICLE + "</div>"
    assert text_of(markup) == "The article text survives here."


def test_script_escapes_follow_html5() -> None:
    # libxml2 2.14 keeps "</script>" inside "<!--<script>" as script text; so must we
    attributes = " ".join(f"a{i}" for i in range(20_000))
    markup = f"<script><!--<script></script><!--</script><div {attributes}>{ARTICLE}"
    start = time.process_time()
    assert "article text survives" in text_of(markup)
    assert time.process_time() - start < 1


def test_bang_comment_end() -> None:
    markup = f"<!-- a --!><div {' '.join(f'a{i}' for i in range(20_000))}>{ARTICLE}-->"
    assert bound_markup(markup, OPTIONS).startswith("<div>")


@pytest.mark.parametrize("levels", [300, 3000, 30_000])
def test_deep_nesting_keeps_text_and_bounds_depth(levels: int) -> None:
    markup = "<div><span>" * levels + ARTICLE + "</span></div>" * levels + "<p>AFTER</p>"
    text = text_of(markup)
    assert "article text survives" in text
    assert "AFTER" in text
    assert depth_of(markup) < 256


def test_deep_nesting_of_nesting_voids_and_tables() -> None:
    for unit in ("<embed>", "<wbr>", "<table><tr><td>", "<ul><li>", "<p><blockquote>"):
        markup = unit * 5000 + ARTICLE
        assert "article text survives" in text_of(markup), unit
        assert depth_of(markup) < 256, unit


def test_max_depth_option_is_honoured() -> None:
    markup = "<div>" * 100 + ARTICLE + "</div>" * 100
    assert depth_of(markup, Options(max_depth=30)) <= 30
    assert depth_of(markup) > 100


def test_scripts_past_the_depth_stay_scripts() -> None:
    markup = "<div>" * 1000 + "<script>var hidden = 1;</script>" + ARTICLE
    root = parse_html(markup, OPTIONS)
    assert root is not None
    scripts = root.findall(".//script")
    assert [script.text for script in scripts] == ["var hidden = 1;"]


def test_max_nodes_drops_elements_keeps_text() -> None:
    markup = "<ul>" + "<li>item" * 1000 + "</ul>" + ARTICLE
    root = parse_html(markup, Options(max_nodes=100))
    assert root is not None
    assert len(list(root.iter())) <= 103  # html and body are implied
    assert "article text survives" in root.text_content()


def test_paragraphs_past_max_nodes_are_kept() -> None:
    story = "<p>" + "A sentence of the story that runs long enough to be kept. " * 2 + "</p>"
    markup = "<ul>" + "<li>item" * 1000 + "</ul>" + story * 3 + "<p>short</p>"
    root = parse_html(markup, Options(max_nodes=100))
    assert root is not None
    paragraphs = root.findall(".//p")
    assert len(paragraphs) == 3
    assert all(p.text_content().startswith("A sentence") for p in paragraphs)


def test_unclosed_tag_drops_the_rest_like_html5() -> None:
    assert bound_markup("<p>a</p><div class='x", OPTIONS) == "<p>a</p>"
    assert bound_markup("<p>a</p><!-- open", OPTIONS) == "<p>a</p>"


def test_big_documents_with_long_runs_parse() -> None:
    # over 10 MB libxml2 needs huge_tree for runs of 50,000+ characters (measured)
    markup = "<p>" + ("x" * 100_000 + "</p><p>") * 30 + "AFTER</p>"
    assert "AFTER" in text_of(markup)


@pytest.mark.parametrize(
    "markup",
    [
        "<" * 100_000,
        "<a" * 100_000,
        "</" * 100_000,
        "<!--" * 100_000,
        '<a x="' * 100_000,
        "<a b " * 100_000,
        "<?" * 100_000,
        "<!" * 100_000,
        "&#" * 100_000,
        "<!DOCTYPE [" * 50_000,
        "<script><!--" + "<script></script>" * 20_000,
    ],
    ids=lambda markup: repr(markup[:12]),
)
def test_prepass_is_linear(markup: str) -> None:
    start = time.process_time()
    bound_markup(markup, OPTIONS)
    bound_markup(markup, OPTIONS, flatten_depth=10)
    assert time.process_time() - start < 1


def test_parser_never_resolves_entities_or_loads_anything() -> None:
    markup = '<!DOCTYPE x SYSTEM "file:///etc/passwd" [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e;</p>'
    root = parse_html(markup, OPTIONS)
    assert root is not None
    assert "root:" not in etree.tostring(root, encoding="unicode")


@pytest.mark.parametrize(
    "markup",
    [
        '<html><head><meta charset="iso-8859-1"></head><body><p>Café « ok » 中文</p></body></html>',
        "<p>a<!-- c --><div>b &#1; é</div>",  # rewritten first: the text is parsed
    ],
)
def test_utf8_bytes_parse_like_the_text(markup: str) -> None:
    from_text = parse_html(markup, OPTIONS)
    from_bytes = parse_html(markup, OPTIONS, utf8=markup.encode("utf-8"))
    assert from_text is not None and from_bytes is not None
    assert etree.tostring(from_bytes, encoding="unicode") == etree.tostring(
        from_text, encoding="unicode"
    )


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Nothing to bound here.</p>",
        f"<div {' '.join(f'a{i}' for i in range(1000))}>x</div>{ARTICLE}",
        "<div>" * 1000 + ARTICLE,
    ],
    ids=["untouched", "attribute bomb", "deep"],
)
def test_safe_parse_exposes_the_markup_it_parsed(markup: str) -> None:
    """The markup handed on (to readability-lxml) is the bounded copy libxml2 parsed, the
    input itself when nothing was bounded; parsing it again gives the same tree."""
    parsed = safe_parse(markup, OPTIONS)
    assert parsed is not None
    if markup.startswith("<p>"):
        assert parsed.markup is markup
    again = parse_html(parsed.markup, OPTIONS)
    assert again is not None
    assert etree.tostring(again) == etree.tostring(parsed.root)
    assert safe_parse("<!-- nothing -->", OPTIONS) is None
