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
