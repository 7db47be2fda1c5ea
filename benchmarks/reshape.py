"""Generalization probe: the HTML dev pages rewritten into page shapes other sites use.

    python benchmarks/reshape.py --tools newsextract,trafilatura,readability-lxml
    python benchmarks/reshape.py --sets scrapinghub --modes split,teasers --halves A
    python benchmarks/reshape.py --sets fundus-dev --halves A --per-page losses.tsv

The held-out sets of issue #13 show the story laid out in shapes the dev pages seldom use:
split into sibling blocks with ad slots between them, cut by a related-links box, written
as ``<div>`` paragraphs or as ``<br><br>`` runs. A tool whose locate step leans on one
container full of ``<p>`` loses recall there. This rewrites each HTML dev page into such a
shape while keeping every word of the story visible and in order (so the gold still holds),
and scores every tool on each with ``run.py``'s loading, tools and scorer (the loop of
``classblind.py``).

The story's paragraphs are the ``<p>`` elements whose words (lowercased ``\\w+`` runs, at
least ``MIN_WORDS``) occur in that order in the page's gold body; a *run* is a stretch of
such paragraphs that are consecutive siblings. Every page is parsed with lxml and
reserialized, also in ``normal``, so the modes differ from ``normal`` by the rewrite alone:

- ``normal``: the page parsed and reserialized, nothing else.
- ``split``: each run cut into groups of ``GROUP`` paragraphs (a last group of one joins
  the one before), each group in its own ``<div>``, with an ad slot between groups: a
  ``<div>`` holding a small "Advertisement" label and an empty 300x250 ``<iframe>`` (the
  block layouts of Next.js and headless CMS pages).
- ``teasers``: after every ``TEASER_EVERY``-th story paragraph a related box: a ``<div>``
  with the heading "More on this" and a list of up to three links whose texts and targets
  are links found elsewhere on the same page (headline-like: ``TEASER_WORDS`` words, not in
  the gold), so no word is invented and the gold is unchanged: a tool must skip the box,
  not stop at it. Pages without such links are left as they are.
- ``divsoup``: every story ``<p>`` renamed ``<div>`` (attributes kept).
- ``brsoup``: every run of two or more joined into one ``<div>``, its paragraphs' contents
  separated by ``<br><br>``.

The added text ("Advertisement", "More on this", the links) is chrome the gold does not
have. Prints per set the F1 (whole, A, B) per tool and mode with the drop from ``normal``;
``--per-page FILE`` writes newsextract's per-page F1 in each mode, largest loss first.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import Page
from classblind import parse_args, probe

MODES = ("normal", "split", "teasers", "divsoup", "brsoup")
#: A paragraph is the story's when it has at least this many words, all in the gold in order.
MIN_WORDS = 4
#: Paragraphs per wrapper in ``split`` (the brief's 2-4; a last group of one joins the previous).
GROUP = 3
#: ``teasers`` puts a related box after every this many story paragraphs.
TEASER_EVERY = 4
#: Word counts of a link text that reads as a headline (``teasers``).
TEASER_WORDS = range(4, 17)
TEASER_HEADING = "More on this"
AD_LABEL = "Advertisement"

_WORD = re.compile(r"\w+")


def words(text: str) -> str:
    """Text as its lowercased ``\\w+`` runs joined by single spaces, padded with one space.

    >>> words("Hello,  World!")
    ' hello world '
    """
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def parse(source: str) -> etree._ElementTree:
    """The page parsed as lxml.html parses it (bytes when the text declares an encoding)."""
    try:
        root = lxml_html.document_fromstring(source)
    except ValueError:  # a str holding an XML encoding declaration
        parser = lxml_html.HTMLParser(encoding="utf-8")
        root = lxml_html.document_fromstring(source.encode("utf-8"), parser=parser)
    return root.getroottree()


def serialize(tree: etree._ElementTree) -> str:
    """The tree as HTML text, its doctype kept."""
    doctype = tree.docinfo.doctype or None
    return str(lxml_html.tostring(tree, encoding="unicode", doctype=doctype))


def story_paragraphs(root: etree._Element, gold: str) -> list[etree._Element]:
    """The ``<p>`` elements whose words occur, in order, in the gold body (document order)."""
    wanted = words(gold)
    found = []
    for p in root.iter("p"):
        text = words(p.text_content())
        if text.count(" ") - 1 >= MIN_WORDS and text in wanted:
            found.append(p)
    return found


def runs(paragraphs: Sequence[etree._Element]) -> list[list[etree._Element]]:
    """The paragraphs in stretches of consecutive siblings (document order kept)."""
    out: list[list[etree._Element]] = []
    for p in paragraphs:
        if out and out[-1][-1].getnext() is p:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def groups(run: Sequence[etree._Element]) -> list[list[etree._Element]]:
    """A run cut into groups of ``GROUP``; a last group of one joins the one before.

    >>> [len(g) for g in groups(list(range(7)))]
    [3, 4]
    >>> [len(g) for g in groups(list(range(2)))]
    [2]
    """
    out = [list(run[i : i + GROUP]) for i in range(0, len(run), GROUP)]
    if len(out) > 1 and len(out[-1]) == 1:
        out[-2].extend(out.pop())
    return out


def _ad_slot() -> etree._Element:
    slot = lxml_html.Element("div", {"aria-label": AD_LABEL})
    label = etree.SubElement(slot, "span")
    label.text = AD_LABEL
    etree.SubElement(slot, "iframe", {"src": "about:blank", "width": "300", "height": "250"})
    return slot


def split(root: etree._Element, story: Sequence[etree._Element]) -> None:
    """Each run's groups wrapped in their own ``<div>``, an ad slot between groups."""
    for run in runs(story):
        for index, group in enumerate(groups(run)):
            if index:
                group[0].addprevious(_ad_slot())
            wrapper = lxml_html.Element("div")
            group[0].addprevious(wrapper)
            wrapper.extend(group)


def teaser_links(
    root: etree._Element, story: Sequence[etree._Element], gold: str
) -> list[tuple[str, str]]:
    """Headline-like links of the page outside the story: (text, href), first seen first."""
    inside = {a for p in story for a in p.iter("a")}
    wanted = words(gold)
    seen: set[str] = set()
    links = []
    for a in root.iter("a"):
        text = " ".join(a.text_content().split())
        key = words(text)
        if a in inside or key in seen or key in wanted:
            continue
        if len(text.split()) in TEASER_WORDS:
            seen.add(key)
            links.append((text, a.get("href") or "#"))
    return links


def _teaser_box(links: Sequence[tuple[str, str]]) -> etree._Element:
    box = lxml_html.Element("div")
    heading = etree.SubElement(box, "h3")
    heading.text = TEASER_HEADING
    items = etree.SubElement(box, "ul")
    for text, href in links:
        link = etree.SubElement(etree.SubElement(items, "li"), "a", {"href": href})
        link.text = text
    return box


def _cycle(links: Sequence[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    """Successive slices of `size` links, wrapping around."""
    start = 0
    while True:
        yield [links[(start + i) % len(links)] for i in range(min(size, len(links)))]
        start += size


def teasers(root: etree._Element, story: Sequence[etree._Element], gold: str) -> None:
    """A related box after every ``TEASER_EVERY``-th story paragraph (but the last)."""
    links = teaser_links(root, story, gold)
    if not links:
        return
    boxes = _cycle(links, 3)
    for p in story[TEASER_EVERY - 1 : -1 : TEASER_EVERY]:
        box = _teaser_box(next(boxes))
        box.tail, p.tail = p.tail, None
        p.addnext(box)


def divsoup(root: etree._Element, story: Sequence[etree._Element]) -> None:
    """Every story ``<p>`` renamed ``<div>``."""
    for p in story:
        p.tag = "div"


def brsoup(root: etree._Element, story: Sequence[etree._Element]) -> None:
    """Each run of two or more story paragraphs joined into one ``<div>``, ``<br><br>`` apart."""
    for run in runs(story):
        if len(run) < 2:
            continue
        block = lxml_html.Element("div")
        run[0].addprevious(block)
        for index, p in enumerate(run):
            if index:
                etree.SubElement(block, "br")
                etree.SubElement(block, "br")
            block.append(p)
            p.drop_tag()


def reshape(source: str, gold: str, mode: str) -> str:
    """The page rewritten into `mode`'s shape (``normal``: parsed and reserialized only)."""
    tree = parse(source)
    root = tree.getroot()
    if mode != "normal":
        story = story_paragraphs(root, gold)
        rewrites: dict[str, Callable[[], None]] = {
            "split": lambda: split(root, story),
            "teasers": lambda: teasers(root, story, gold),
            "divsoup": lambda: divsoup(root, story),
            "brsoup": lambda: brsoup(root, story),
        }
        rewrites[mode]()
    return serialize(tree)


def _reshaped(page: Page, mode: str) -> str:
    return reshape(page.content, str(page.gold.get("body") or ""), mode)


def main(argv: Sequence[str]) -> int:
    return probe(parse_args(argv, MODES, __doc__), _reshaped)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
