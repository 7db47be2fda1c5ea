"""The pre-pass reads markup the way libxml2 does, checked against libxml2 itself.

`bound_markup` bounds what it believes libxml2 will read: the attributes of every start tag
it sees, the elements it counts against `max_nodes`, the depth it flattens; it skips the
content of raw-text elements (script, style, title, textarea...) and of comments as text. If
an lxml upgrade brought a libxml2 that tokenized raw-text elements, comments or attributes
differently, tags the pass never saw would reach the parser unbounded. So on every fixture
page (and `tests/fixtures/tokenizer/edge-cases.html`, which holds the tricky cases: script
escapes, "--!>", "<!-->", bogus comments, quoted ">", duplicate and odd attribute names,
raw-text elements holding tags) the sequence of start tags the scanner sees, each with its
number of distinct attribute names, must equal the sequence of elements libxml2 builds
from the same raw markup, each with its number of attributes. A tag read where libxml2 sees
text (or the reverse), or an attribute split differently, changes the sequence.

What the comparison takes from libxml2 as it is (lxml 6.2, libxml2 2.14), each pinned by a
test below so that a change shows up here too: html, head and body are implied or merged,
so they are left out on both sides; duplicate attributes keep the first, so the scanner
counts distinct names; and libxml2 drops everything after the `</html>` end tag that closes
the document, so `</html>` is renamed on both sides before comparing (the rename changes no
tokenizing: it stays an end tag, or text inside raw text, comments and attribute values).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

import newsextract
from newsextract.input.decode import decode
from newsextract.input.prepass import (
    _ATTRIBUTE,
    _FAST_RUN,
    _NAME,
    _TAG_NAME,
    _Scanner,
    _section_pattern,
    scan_markup,
)
from newsextract.input.safeparse import _parse
from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(path for path in FIXTURES.rglob("*") if path.name.endswith((".html", ".html.gz")))
#: No element dropped for the node budget: every tag counts.
OPTIONS = Options(max_nodes=10**9)
#: Elements libxml2 implies or merges: where they appear says nothing about tokenizing.
_IMPLIED = frozenset({"html", "head", "body"})
_ATTRIBUTE_NAME = re.compile(_NAME)
_HTML_END_TAG = re.compile(r"</(html)(?=[\t\n\f\r />])", re.IGNORECASE)

Tag = tuple[str, int]


class _Recorder(_Scanner):
    """The scanner, tag by tag (no fast path), noting each start tag it keeps."""

    seen: list[Tag]

    def __post_init__(self) -> None:
        _Scanner.__post_init__(self)
        self.fast = False
        self.seen = []

    def _start_tag(self, start: int) -> bool:
        name_match = _TAG_NAME.match(self.text, start + 1)
        assert name_match is not None
        name = name_match.group().lower()
        section = _section_pattern(self.options.max_attributes).match(self.text, name_match.end())
        assert section is not None
        names = {
            _ATTRIBUTE_NAME.match(attribute.group()).group().lower()  # type: ignore[union-attr]
            for attribute in _ATTRIBUTE.finditer(section.group())
        }
        done = _Scanner._start_tag(self, start)
        if not done and name not in _IMPLIED:
            self.seen.append((name, len(names)))
        return done


def scanner_view(markup: str) -> list[Tag]:
    scan = _Recorder(markup, OPTIONS, DEFAULT_SETTINGS.parse, None)
    scan.run()
    return scan.seen


def libxml2_view(markup: str) -> list[Tag]:
    root, _ = _parse(markup.encode("utf-8"), huge=False)
    if root is None:
        return []
    return [
        (element.tag, len(element.attrib))
        for element in root.iter()
        if isinstance(element.tag, str) and element.tag not in _IMPLIED
    ]


def _text_of(page: Path) -> str:
    return decode(page.read_bytes(), OPTIONS).text


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(FIXTURES)))
def test_prepass_sees_the_elements_libxml2_builds(page: Path) -> None:
    text = _HTML_END_TAG.sub("</htmx", _text_of(page))
    assert scanner_view(text) == libxml2_view(text)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(FIXTURES)))
def test_fast_path_agrees_with_the_exact_path(page: Path) -> None:
    """The fast path skips runs of ordinary tags (and comments, which it leaves to the
    parser) in one regex match; it must read the markup as the tag-by-tag scan does, so
    libxml2 builds the same tree from what either pass returns."""
    text = _text_of(page)
    trees = []
    for fast in (True, False):
        scan = _Scanner(text, OPTIONS, DEFAULT_SETTINGS.parse, None)
        scan.fast = fast
        scan.run()
        root, _ = _parse(scan.result().encode("utf-8"), huge=False)
        assert root is not None
        trees.append(etree.tostring(root, encoding="unicode"))
    assert trees[0] == trees[1]


def test_the_edge_cases_page_is_there() -> None:
    edges = FIXTURES / "tokenizer" / "edge-cases.html"
    assert edges in PAGES
    assert len(scanner_view(edges.read_text(encoding="utf-8"))) > 40


def test_libxml2_merges_duplicate_attributes_and_implies_html_and_body() -> None:
    markup = "<html><body><p a=1 A=2 b=3>x</p></body></html>"
    assert libxml2_view(markup) == scanner_view(markup) == [("p", 2)]


def test_libxml2_drops_what_follows_the_closing_html_tag() -> None:
    """HTML5 would put the div in the body; libxml2 2.14 drops it (and text after it)."""
    markup = "<p>a</p></html><div>lost</div>"
    assert libxml2_view(markup) == [("p", 0)]
    assert scanner_view(markup) == [("p", 0), ("div", 0)]
    renamed = _HTML_END_TAG.sub("</htmx", markup)
    assert libxml2_view(renamed) == scanner_view(renamed)


def test_an_unclosed_opener_dropped_when_recovering_still_parts_the_words_around_it() -> None:
    # found by the property tests: "0</0" became "00", a word the page never shows
    scanned = scan_markup("<html><body><? 0</0", Options(), recover=True)
    assert scanned.markup.split()[-2:] == ["0", "0"]
    assert scanned.runaway >= 0


def test_an_end_tag_of_br_is_a_line_break_as_in_html5() -> None:
    """HTML5 reads "</br>" as "<br>"; libxml2 drops it and glues the words on both sides
    ("you?</br>Get" read "you?Get" on dragnet pages). Both paths rewrite it."""
    markup = "<html><body><p>Interested?</br>Get in touch</BR >today</p>"
    for fast in (True, False):
        scan = _Scanner(markup, OPTIONS, DEFAULT_SETTINGS.parse, None)
        scan.fast = fast
        scan.run()
        assert scan.result() == "<html><body><p>Interested?<br>Get in touch<br>today</p>"
    article = newsextract.extract(markup)
    assert article.text.split() == ["Interested?", "Get", "in", "touch", "today"]


def test_the_fast_path_reads_quoted_values_holding_angle_brackets_as_the_exact_path() -> None:
    """A quoted attribute value runs to its closing quote, "<" and ">" included (HTML5, and
    the exact path's `_VALUE`): the fast path takes such tags in its one match instead of
    handing them to the tag-by-tag scan, and both read the tags libxml2 builds."""
    markup = (
        "<div title=\"a > b\" data-y='<p>not a tag</p>'><p>One</p></div>"
        '<a href="/x?q=<b>" class="c">Two</a><p>Three</p>'
    )
    match = _FAST_RUN.match(markup)
    assert match is not None and match.end() == len(markup)
    for fast in (True, False):
        scan = _Scanner(markup, OPTIONS, DEFAULT_SETTINGS.parse, None)
        scan.fast = fast
        scan.run()
        assert scan.result() == markup
    assert (
        scanner_view(markup) == libxml2_view(markup) == [("div", 2), ("p", 0), ("a", 2), ("p", 0)]
    )
