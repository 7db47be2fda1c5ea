"""Generalization probe: the HTML dev pages rewritten into page shapes other sites use.

    python benchmarks/reshape.py --tools newsextract,trafilatura,readability-lxml
    python benchmarks/reshape.py --sets scrapinghub --modes split,teasers --halves A
    python benchmarks/reshape.py --sets fundus-dev --halves A --per-page losses.tsv
    python benchmarks/reshape.py --modes tables,fontsoup,old --sets dragnet --limit 400

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

Three old-page modes (the pages of 2005-2012 in Google News 2008 and trafilatura's
multilingual set). The story's *box* is the lowest common ancestor of its paragraphs'
parents; its *path* is the box and its ancestors:

- ``tables``: the layout rebuilt as tables. ``<body>``'s blocks become three rows of one
  table (the blocks before the one holding the story, that block, the blocks after); each
  container between it and the box becomes a nested ``<table>``: the siblings before the
  story's branch in a row above, then the branch and the siblings after it in two cells of
  one row (a rail beside the story); a ``<td>``, ``<li>`` or ``<blockquote>`` on the way
  gets the table inside, a table's own rows and inline elements stay as they are. The box
  keeps its tag and names.
- ``fontsoup``: every run of story paragraphs becomes one ``<font face=... size="2">``
  of text runs ``<br><br>`` apart (a ``<br>`` before it and ``<br><br>`` after it when
  inline content touches it), the box's headings become ``<b>`` (``<font size="4"><b>``
  for ``<h1>``) followed by a ``<br>``, and every element on the story paragraphs' way up
  loses its ``class`` and ``id``, ``<article>``, ``<main>`` and ``<section>`` there renamed
  ``<div>``: an old CMS's story cell.
- ``old``: ``fontsoup`` inside ``tables``, the box's ``<div>`` dissolved into its cell: the
  story's text runs straight in a ``<td>`` beside the cells of the menus and rails.

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

from _data import BLOCK_TAGS, Page
from classblind import parse_args, probe

MODES = ("normal", "split", "teasers", "divsoup", "brsoup", "tables", "fontsoup", "old")
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
#: Attributes of the layout tables and of the story's ``<font>`` in the old-page modes.
TABLE_ATTRS = {"width": "100%", "border": "0", "cellpadding": "0", "cellspacing": "0"}
CELL_ATTRS = {"valign": "top"}
FONT_ATTRS = {"face": "Verdana, Arial, Helvetica", "size": "2"}
#: Containers ``tables`` turns into a table on the story's way up; the table goes inside
#: the elements of `INSIDE_TAGS`; others (a table's rows, inline elements) stay as they are.
REPLACED_TAGS = frozenset(
    {"div", "section", "article", "main", "form", "center", "header", "footer", "aside", "nav"}
)
INSIDE_TAGS = frozenset({"body", "td", "th", "li", "dd", "blockquote", "figure"})
#: Tags ``fontsoup`` renames ``<div>`` on the story's path (old pages had none of them).
NEW_TAGS = frozenset({"article", "main", "section"})
#: Block-level tags: no ``<br>`` is needed to part a ``<font>`` run from them.
BLOCKS = BLOCK_TAGS | {"table", "center", "form", "font"}

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


def _joined(run: Sequence[etree._Element], block: etree._Element) -> None:
    """The run's paragraphs moved into `block` (put where the run was), ``<br><br>`` apart;
    what follows the last one stays after the block."""
    run[0].addprevious(block)
    block.tail, run[-1].tail = run[-1].tail, None
    for index, p in enumerate(run):
        if index:
            etree.SubElement(block, "br")
            etree.SubElement(block, "br")
        block.append(p)
        p.drop_tag()


def brsoup(root: etree._Element, story: Sequence[etree._Element]) -> None:
    """Each run of two or more story paragraphs joined into one ``<div>``, ``<br><br>`` apart."""
    for run in runs(story):
        if len(run) >= 2:
            _joined(run, lxml_html.Element("div"))


def story_box(story: Sequence[etree._Element]) -> etree._Element | None:
    """The lowest common ancestor of the story paragraphs' parents (None without a story)."""
    parents = [p.getparent() for p in story]
    if not story or None in parents:
        return None
    common = [parents[0], *parents[0].iterancestors()]
    for parent in parents[1:]:
        mine = {parent, *parent.iterancestors()}
        common = [a for a in common if a in mine]
    return common[0]


def _cell(row: etree._Element, items: Sequence[etree._Element], text: str | None) -> None:
    """A ``<td>`` of `row` holding `text` then `items` (their tails travel with them)."""
    if items or (text and text.strip()):
        cell = etree.SubElement(row, "td", CELL_ATTRS)
        cell.text = text
        cell.extend(items)


def _layout(level: etree._Element, branch: etree._Element, rows: bool) -> etree._Element:
    """`level`'s children as a table (returned, not yet placed): those before `branch` in a
    row above it, `branch` and those after it side by side in the next row (a rail beside the
    story), or each part in a row of its own when `rows` (a page's header, body, footer)."""
    children = list(level)
    at = children.index(branch)
    text, level.text = level.text, None
    table = lxml_html.Element("table", TABLE_ATTRS)
    _cell(etree.SubElement(table, "tr"), children[:at], text)
    row = etree.SubElement(table, "tr")
    _cell(row, [branch], None)
    _cell(etree.SubElement(table, "tr") if rows else row, children[at + 1 :], None)
    for empty in [r for r in table if not len(r)]:
        table.remove(empty)
    return table


def tables(root: etree._Element, box: etree._Element | None) -> None:
    """The story's way up rebuilt as nested layout tables (``<body>``'s blocks as rows)."""
    body = root.find("body")
    if box is None or body is None:
        return
    branch = box
    for level in box.iterancestors():
        if level is root:
            break
        if level.tag in REPLACED_TAGS:
            table = _layout(level, branch, rows=False)
            table.tail = level.tail
            parent = level.getparent()
            assert parent is not None
            parent.replace(level, table)
            branch = table
            continue
        if level.tag in INSIDE_TAGS:
            level.append(_layout(level, branch, rows=level is body))
        branch = level


def _inline_before(element: etree._Element) -> bool:
    """Whether inline content (text, an inline element) runs into `element` from before."""
    previous = element.getprevious()
    if previous is None:
        parent = element.getparent()
        return bool(parent is not None and parent.text and parent.text.strip())
    return bool(previous.tag not in BLOCKS or (previous.tail and previous.tail.strip()))


def _inline_after(element: etree._Element) -> bool:
    """Whether inline content runs on from `element` (its tail, an inline next element)."""
    following = element.getnext()
    own_tail = bool(element.tail and element.tail.strip())
    return own_tail or (following is not None and following.tag not in BLOCKS)


def _parted(element: etree._Element, before: int, after: int) -> None:
    """`element` parted from inline content around it by ``<br>``s (none where a block is)."""
    if _inline_before(element):
        for _ in range(before):
            element.addprevious(lxml_html.Element("br"))
    if _inline_after(element):
        for _ in range(after):
            br = lxml_html.Element("br")
            br.tail, element.tail = element.tail, None
            element.addnext(br)


def _bold(heading: etree._Element) -> etree._Element:
    """A heading made ``<b>`` (in a ``<font size="4">`` for ``<h1>``); returns the outer one."""
    top = heading.tag == "h1"
    heading.tag = "b"
    heading.attrib.clear()
    if not top:
        return heading
    font = lxml_html.Element("font", {"size": "4"})
    heading.addprevious(font)
    font.tail, heading.tail = heading.tail, None
    font.append(heading)
    return font


def fontsoup(root: etree._Element, story: Sequence[etree._Element]) -> None:
    """Story runs as ``<font>`` text ``<br><br>`` apart, the box's headings as ``<b>``, and
    the story's way up without class, id or HTML5 sectioning names."""
    box = story_box(story)
    if box is None:
        return
    path = {a for p in story for a in p.iterancestors()}
    for heading in list(box.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        _parted(_bold(heading), 1, 1)
    for run in runs(story):
        font = lxml_html.Element("font", FONT_ATTRS)
        _joined(run, font)
        _parted(font, 1, 2)
    for element in path:
        element.attrib.pop("class", None)
        element.attrib.pop("id", None)
        if element.tag in NEW_TAGS:
            element.tag = "div"


def _old(root: etree._Element, story: Sequence[etree._Element]) -> None:
    """``fontsoup`` inside ``tables``, the box's ``<div>`` dissolved into its cell (found
    before the paragraphs are)."""
    box = story_box(story)
    fontsoup(root, story)
    tables(root, box)
    parent = None if box is None else box.getparent()
    if box is not None and box.tag == "div" and parent is not None and parent.tag == "td":
        box.drop_tag()


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
            "tables": lambda: tables(root, story_box(story)),
            "fontsoup": lambda: fontsoup(root, story),
            "old": lambda: _old(root, story),
        }
        rewrites[mode]()
    return serialize(tree)


def _reshaped(page: Page, mode: str) -> str:
    return reshape(page.content, str(page.gold.get("body") or ""), mode)


def main(argv: Sequence[str]) -> int:
    return probe(parse_args(argv, MODES, __doc__), _reshaped)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
