"""The shape probe's rewrites (`benchmarks/reshape.py`) keep the story's visible text.

Small pages built like a news page: a navigation with headline links, a story of five
paragraphs (one with inline markup, one too short to count) and a footer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import reshape
from _data import html_to_text

STORY = (
    "The council voted on Tuesday to close the old bridge to traffic.",
    "Engineers said the <b>steel beams</b> had rusted beyond repair last winter.",
    "Residents will have to drive twenty minutes to the next crossing.",
    "A new bridge is planned, but work will not start before 2028.",
    "The mayor said the city would pay for a shuttle bus in the meantime.",
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Bridge closes</title></head><body>"
    '<nav><a href="/a">Schools reopen after the long summer break</a> '
    '<a href="/b">Local team wins the regional cup final</a> <a href="/c">Home</a></nav>'
    '<article><h1>Bridge closes</h1><p>By A. Writer</p><div class="body">'
    + "\n".join(f"<p>{s}</p>" for s in STORY)
    + "\n</div></article><footer><p>All rights reserved by the publisher.</p></footer>"
    "</body></html>"
)
GOLD = " ".join(lxml_html.fromstring(s).text_content() for s in STORY)


def _text(page: str) -> str:
    """The page's visible words, block boundaries apart (as run.py reads HTML output)."""
    return reshape.words(html_to_text(page))


def test_story_paragraphs_are_the_ones_whose_words_are_in_the_gold() -> None:
    root = reshape.parse(PAGE).getroot()
    story = reshape.story_paragraphs(root, GOLD)
    assert [p.text_content()[:12] for p in story] == [
        lxml_html.fromstring(s).text_content()[:12] for s in STORY
    ]
    assert [len(r) for r in reshape.runs(story)] == [5]


@pytest.mark.parametrize("mode", ["divsoup", "brsoup"])
def test_soup_modes_keep_the_text_and_drop_the_paragraphs(mode: str) -> None:
    out = reshape.reshape(PAGE, GOLD, mode)
    assert _text(out) == _text(reshape.reshape(PAGE, GOLD, "normal"))
    body = lxml_html.document_fromstring(out).find(".//div[@class='body']")
    assert body is not None and not body.findall(".//p")
    if mode == "brsoup":
        assert len(body.findall(".//br")) == 8  # two between each of the five
    else:
        assert len(body.findall("div")) == 5


def test_split_wraps_groups_and_puts_an_ad_slot_between() -> None:
    out = reshape.reshape(PAGE, GOLD, "split")
    body = lxml_html.document_fromstring(out).find(".//div[@class='body']")
    assert body is not None
    wrappers = body.findall("div")
    assert [len(w.findall("p")) for w in wrappers] == [3, 0, 2]
    assert wrappers[1].findall("iframe")
    normal = _text(reshape.reshape(PAGE, GOLD, "normal"))
    assert _text(out).replace(" advertisement ", " ") == normal


def test_teasers_box_uses_the_pages_own_headline_links() -> None:
    out = reshape.reshape(PAGE, GOLD, "teasers")
    root = lxml_html.document_fromstring(out)
    boxes = [h.getparent() for h in root.iter("h3") if h.text == reshape.TEASER_HEADING]
    assert len(boxes) == 1  # after the 4th paragraph; none after the last
    links = [a.text_content() for a in boxes[0].iter("a")]
    assert links == [
        "Schools reopen after the long summer break",
        "Local team wins the regional cup final",
    ]
    box = boxes[0]
    assert box.getprevious() is not None and "2028" in box.getprevious().text_content()
    box.drop_tree()
    assert _text(lxml_html.tostring(root, encoding="unicode")) == _text(
        reshape.reshape(PAGE, GOLD, "normal")
    )


def test_teasers_leave_a_page_without_headline_links_alone() -> None:
    page = PAGE.replace("<nav>", "<!--").replace("</nav>", "-->")
    assert reshape.reshape(page, GOLD, "teasers") == reshape.reshape(page, GOLD, "normal")


def test_a_page_declaring_its_encoding_parses() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>' + PAGE
    assert "2028" in reshape.reshape(page, GOLD, "divsoup")


def _path_up(element: lxml_html.HtmlElement) -> list[str]:
    return [a.tag for a in element.iterancestors()]


def test_tables_put_the_story_box_in_a_cell_of_nested_tables() -> None:
    # the story's article beside a rail, in a wrapper, between a menu and a footer
    page = PAGE.replace("<article>", '<div class="main"><article>').replace(
        "</article>", "</article><aside><p>Sign up for the morning newsletter.</p></aside></div>"
    )
    out = reshape.reshape(page, GOLD, "tables")
    assert _text(out) == _text(reshape.reshape(page, GOLD, "normal"))
    root = lxml_html.document_fromstring(out)
    box = root.find(".//div[@class='body']")
    assert box is not None and len(box.findall("p")) == 5  # the box itself is kept
    cells = ["td", "tr", "table"]
    assert _path_up(box) == [*cells, *cells, *cells, "body", "html"]
    assert not root.findall(".//article") and not root.findall(".//div[@class='main']")
    rail = root.find(".//aside")
    assert rail is not None and rail.getparent().getprevious() is not None  # a cell beside
    assert rail.getparent().getprevious().find(".//div[@class='body']") is not None
    outer = root.find("body/table")
    assert outer is not None and len(outer.findall("tr")) == 3  # menu, story, footer rows


def test_fontsoup_leaves_an_old_cms_story_cell() -> None:
    page = PAGE.replace('<div class="body">', '<div class="body"><h2>Closed</h2>')
    out = reshape.reshape(page, GOLD, "fontsoup")
    assert _text(out) == _text(reshape.reshape(page, GOLD, "normal"))
    root = lxml_html.document_fromstring(out)
    font = root.find(".//font")
    assert font is not None and font.get("size") == "2"
    assert len(font.findall("br")) == 8 and "2028" in font.text_content()
    story_path = list(font.iterancestors())
    assert all(a.get("class") is None and a.get("id") is None for a in story_path)
    assert "article" not in [a.tag for a in story_path]
    heading = font.getprevious()  # the subhead a bold line: <b>Closed</b><br>
    assert heading is not None and heading.tag == "br"
    assert heading.getprevious().tag == "b" and heading.getprevious().text == "Closed"
    assert not root.findall(".//h2")


def test_fontsoup_parts_a_run_from_inline_text_around_it() -> None:
    page = PAGE.replace('<div class="body">', '<div class="body">Updated at noon').replace(
        "\n</div></article>", "Filed from the town hall</div></article>"
    )
    out = reshape.reshape(page, GOLD, "fontsoup")
    assert "noon<br><font" in out and "</font><br><br>Filed" in out
    assert _text(out) == _text(reshape.reshape(page, GOLD, "normal"))


def test_old_is_fontsoup_in_tables() -> None:
    out = reshape.reshape(PAGE, GOLD, "old")
    assert _text(out) == _text(reshape.reshape(PAGE, GOLD, "normal"))
    root = lxml_html.document_fromstring(out)
    font = root.find(".//font")
    assert font is not None and _path_up(font)[:3] == ["td", "tr", "table"]
    assert not root.findall(".//p[@class]") and root.find(".//div[@class]") is None


def test_tables_leave_a_page_without_story_alone() -> None:
    for mode in ("tables", "fontsoup", "old"):
        assert reshape.reshape(PAGE, "", mode) == reshape.reshape(PAGE, "", "normal")
