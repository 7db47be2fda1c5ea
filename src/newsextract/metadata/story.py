"""The headline's surroundings: the element showing the headline, the short texts right
after it and the byline-like elements around it, where bylines and date lines sit when the
page's head metadata lacks them.

The texts are computed on first use, at most once a page. Texts inside asides, footers,
related lists and figures are left out: a teaser's byline is not the story's, and "Jane Doe /
Reuters" under a photo is its credit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import cached_property
from itertools import islice, takewhile
from typing import NamedTuple

import lxml.html
from lxml import etree

from newsextract.data.meta_words import (
    CMS_ACCOUNTS,
    COPYRIGHT_MARKS,
    DATE_HINTS,
    DATE_ITEMPROPS,
    DATE_STAMP_ATTRIBUTES,
    MEDIA_HINTS,
    NOT_POST_DATE_HINTS,
    POST_FOOTER_NAMES,
    RELATED_HINTS,
    RELATED_TAGS,
)
from newsextract.settings import DEFAULT_SETTINGS, DateSettings, Settings
from newsextract.signals.dates import (
    copyright_years,
    has_year,
    looks_like_dateline,
    opens_with_dateline_cue,
    post_class_date,
)
from newsextract.signals.strings import collapse_spaces, literal_trie


class ClassHints(NamedTuple):
    """Class and id words that mark an element when they open or close one of its names
    (`_names_hint`), with the search that finds any of them as a whole word of a class and
    id string. A name opening or closing with a hint holds it so, so a string the search
    misses names none: most elements are passed with one search, no name split into words.
    """

    words: frozenset[str]
    search: Callable[[str], re.Match[str] | None]


def class_hints(words: frozenset[str]) -> ClassHints:
    """The hints of `words`, their search compiled once (a trie: one first letter tried at
    each position; a word of a name is a run of `[a-z0-9]`, as `_HINT_SPLIT` cuts it)."""
    trie = literal_trie(words)
    return ClassHints(words, re.compile(rf"(?<![a-z0-9]){trie}(?![a-z0-9])").search)


_RELATED = class_hints(RELATED_HINTS)
_DATES = class_hints(DATE_HINTS)
_NOT_POST_DATE = class_hints(NOT_POST_DATE_HINTS)
#: Bylines may sit in an <aside> beside the story, never in a footer or nav.
_NOT_BYLINE_TAGS = frozenset({"footer", "nav"})
#: A footer, by its tag or a class or id naming one: a post's own may hold its byline.
_FOOTER = frozenset({"footer"})
_FOOTER_HINTS = class_hints(_FOOTER)
_BLOCK_TAGS = frozenset(
    {"div", "p", "section", "article", "ul", "ol", "li", "table", "header", "footer", "aside"}
)
_NOT_NEAR_TITLE_TAGS = RELATED_TAGS | {"figure", "figcaption"}
_NOT_NEAR_TITLE_HINTS = class_hints(RELATED_HINTS | MEDIA_HINTS)
_ITEM_NAME = etree.XPath(".//*[@itemprop='name']")


#: The characters `str.split` reads as whitespace that an XML text can hold.
_XML_SPACES = (
    " \t\n\r\x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + ("\u2028\u2029\u202f\u205f\u3000")
)


def _own_text_holding(marks: Iterable[str]) -> etree.XPath:
    """The query for the elements under `<body>` whose own text holds one of `marks` (lower
    case), whatever the case of its letters (XPath 1.0 has no lower-case: `translate` maps
    the capitals of the marks' letters), in a text of at most `$most` characters besides its
    spaces: each mark's test folds the whole text, and a text longer than a notice (a 10 MB
    paragraph) would be folded once for every mark."""
    lower = sorted({c for mark in marks for c in mark if c.upper() != c and len(c.upper()) == 1})
    folded = f"translate(., '{''.join(c.upper() for c in lower)}', '{''.join(lower)}')"
    tests = " or ".join(f"contains({folded}, '{mark}')" for mark in marks)
    short = f"string-length(translate(., '{_XML_SPACES}', '')) <= $most"
    return etree.XPath(f"//body//*[text()[({_holds_one_letter(marks)}) and {short} and ({tests})]]")


def _holds_one_letter(marks: Iterable[str]) -> str:
    """An XPath test that a text holds, in either case, a letter of each mark (the rarest
    ones that cover them all: "r" and "c" for the words and "(c)", "©" itself): a scan of
    the text, cheaper than folding it once a mark."""
    letters: list[str] = []
    for mark in sorted(marks, key=len):
        if not any(letter in mark for letter in letters):
            letters.append(next((c for c in "rc" if c in mark), mark[0]))
    variants = sorted({v for letter in letters for v in (letter, letter.upper())})
    return " or ".join(f"contains(., '{v}')" for v in variants)


#: The elements whose classes may name a year ("y2012": `post_class_date`).
_CLASS_YEAR_ELEMENTS = etree.XPath("//body//*[contains(@class, 'y19') or contains(@class, 'y20')]")
#: The elements whose own text holds a copyright sign or words (`COPYRIGHT_MARKS`).
_COPYRIGHT_ELEMENTS = _own_text_holding(COPYRIGHT_MARKS)
#: Headings after the headline are read only when they are date lines (a company blog's
#: date heading opening the post's body, under its title), not subheads.
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_ALL_HEADINGS = _HEADINGS | {"h1"}
#: Elements after the headline whose text may be a byline or a date line.
_NEAR_TITLE_TAGS = ("p", "div", "span", "address", "time", "li", "a", "section", "cite", "em")
_HINT_SPLIT = re.compile(r"[^a-z0-9]+")


class StoryHead:
    """The headline element and the short texts around it, each computed on first use.

    Most pages name their authors and dates in the head, so the byline lookups in the body
    run only on the pages that need them, and at most once per page.
    """

    def __init__(
        self,
        root: lxml.html.HtmlElement,
        headline: lxml.html.HtmlElement | None,
        settings: Settings = DEFAULT_SETTINGS,
    ):
        self.root = root
        self.headline = headline
        self.settings = settings.metadata
        self.max_byline_chars = settings.byline.max_chars
        self.dates = settings.dates

    @cached_property
    def post_footer_dates(self) -> tuple[str, ...]:
        """The short texts holding a year in the page's first post footer that has any
        (`_is_post_footer`: TypePad's `div.entry-footer`, Blogger's `div.post-footer`,
        HubSpot's `p.postfoot`, an `<article>`'s `<footer>`), outside comments
        (`NOT_POST_DATE_HINTS`), each text as the markup parts it ("11/09/2012 in" before
        the category links): where a blog prints its post's date under it, read when
        nothing else dates the page (no headline found, so `footer_dates` has no post)."""
        most = self.settings.max_near_title_chars
        footers = (
            el
            for el in self.root.iter(etree.Element)
            if _is_post_footer(el) and not _in_comment_thread(el)
        )
        for footer in footers:
            texts = [collapse_spaces(t) for t in _text_chunks(footer)]
            dated = [t for t in texts if t and len(t) <= most and has_year(t)]
            if dated:
                return tuple(dict.fromkeys(dated))
        return ()

    @cached_property
    def own_byline_elements(self) -> tuple[tuple[str, bool], ...]:
        """`byline_elements` but those of a comment thread, the element itself or a wrapper
        at any size (`NOT_POST_DATE_HINTS`): a reader's "by Jane Doe July 24, 2012 4:32 AM
        EDT" in CBS's `div#commentWrapper`, or WordPress.com's `li.comment.comment-author-x`
        "Reblogged this on …", names and dates a comment, not the story."""
        return self._texts(
            found for found in self._byline_found(in_footer=False) if not _in_comment_thread(found)
        )

    @cached_property
    def byline_elements(self) -> tuple[tuple[str, bool], ...]:
        """Texts of byline-like elements (rel=author, itemprop=author, .byline, .author).

        Searched around the headline (`scope`); elements in footers, navs and related lists
        are skipped, their names belong to other articles. Each text is paired with whether
        the element links to a CMS account (".../author/admin/"): the account that posted,
        which may be named after the site rather than a person.
        """
        return self._byline_texts(in_footer=False)

    @cached_property
    def footer_bylines(self) -> tuple[tuple[str, bool], ...]:
        """Texts of byline-like elements in the post's own footer (`_post_footer`), paired
        as in `byline_elements`: "Posted by Jane Doe" under a blog post (Blogger's
        `span.post-author.vcard`, TypePad's `p.entry-footer-info`, an `<article>`'s
        `<footer class="byline">`). When none is found beside the headline (none found, or
        the blog's name taken for it), those in the page's post footers (`_is_post_footer`)
        when they all give one text: a post whose title no element shows ("Posted by Jane
        Doe at 10:32 AM" under a Blogger post); posts by several authors give none."""
        own = self._byline_texts(in_footer=True) if self.headline is not None else ()
        if own:
            return own
        found = islice(_byline_like(self.root), self.settings.max_candidate_elements)
        texts = self._texts(
            el
            for el in found
            if any(_is_post_footer(node) for node in el.iterancestors())
            and not _in_comment_thread(el)
        )
        return texts if len(texts) == 1 else ()

    @cached_property
    def footer_dates(self) -> tuple[str, ...]:
        """The post's own footer lines that carry a byline and a year, in document order:
        "Posted by Jane Doe on July 12, 2012" (TypePad's `p.entry-footer-info`, WordPress's
        `p.postmetadata`), where the byline-like element is the name's link alone. Each is
        the text of the byline element's nearest wrapper, up to the footer, holding a year
        and at most `max_near_title_chars` long. None without a headline."""
        if self.headline is None:
            return ()
        lines: list[str] = []
        for found in self._byline_found(in_footer=True):
            for node in (found, *found.iterancestors()):
                text = collapse_spaces(node.text_content())
                if len(text) > self.settings.max_near_title_chars:
                    break
                if has_year(text):
                    lines.append(text)
                    break
                if _is_marked(node, _FOOTER, _FOOTER_HINTS):
                    break
        return tuple(dict.fromkeys(lines))

    @cached_property
    def _scope_bylines(self) -> tuple[tuple[lxml.html.HtmlElement, bool], ...]:
        """The first `max_candidate_elements` byline-like elements in `scope`, each with
        whether it sits in a footer, nav or related list: the story's bylines, its own and
        its footer's all filter this one walk of the scope."""
        most = self.settings.max_candidate_elements
        return tuple(
            (found, in_related(found, _NOT_BYLINE_TAGS))
            for found in islice(_byline_like(self.scope), most)
        )

    def _byline_found(self, *, in_footer: bool) -> Iterator[lxml.html.HtmlElement]:
        """The byline-like elements in `scope` outside footers, navs and related lists, or
        (`in_footer`) those in the post's own footer."""
        headline = self.headline if self.headline is not None else self.root
        wrapper_most = self.settings.max_marked_wrapper_elements
        for found, related in self._scope_bylines:
            if related == in_footer and (
                not in_footer or _post_footer(found, headline, wrapper_most)
            ):
                yield found

    def _byline_texts(self, *, in_footer: bool) -> tuple[tuple[str, bool], ...]:
        """Texts of the byline-like elements in `scope` outside footers, navs and related
        lists, or (`in_footer`) those in the post's own footer, each once."""
        return self._texts(self._byline_found(in_footer=in_footer))

    def _texts(self, elements: Iterable[lxml.html.HtmlElement]) -> tuple[tuple[str, bool], ...]:
        """The texts of byline-like elements (an author's `itemprop="name"`, a `<meta>`'s
        content), each once and at most `max_byline_chars` long, each with whether the
        element links to a CMS account."""
        texts: list[tuple[str, bool]] = []
        for found in elements:
            named = _elements(_ITEM_NAME, found) if found.get("itemprop") else []
            el = named[0] if named else found
            text = el.get("content") if el.tag == "meta" else collapse_spaces(el.text_content())
            if text and len(text) <= self.max_byline_chars and text not in (t for t, _ in texts):
                texts.append((text, _links_cms_account(found)))
        return tuple(texts)

    @property
    def scope(self) -> lxml.html.HtmlElement:
        """The part of the page around the headline where its byline sits.

        The nearest <article> or <main> around the headline, else its container a few levels
        up; the whole page when no element shows the headline.
        """
        if self.headline is None:
            return self.root
        scope = self.headline
        for level, node in enumerate(self.headline.iterancestors()):
            if node.tag in ("article", "main"):
                return node
            if level < self.settings.scope_levels:
                scope = node
        return scope

    @cached_property
    def copyright_years(self) -> frozenset[int]:
        """The years the page's copyright notices name ("© 2012 Example"): the year a
        page printing dates without one was served in, read only when a date lacks it."""
        return frozenset(
            year
            for el in _elements(
                _COPYRIGHT_ELEMENTS, self.root, most=self.settings.max_near_title_chars
            )
            if len(text := collapse_spaces(el.text_content())) <= self.settings.max_near_title_chars
            for year in copyright_years(text)
        )

    @cached_property
    def near_title(self) -> tuple[str, ...]:
        """Short texts of the first elements after the headline, in document order.

        Texts inside asides, footers, related lists and figures are left out: a teaser's
        byline is not the story's, and "Jane Doe / Reuters" under a photo is its credit.
        """
        settings = self.settings
        lines: list[str] = []
        seen = 0
        wrappers = settings.max_marked_wrapper_elements
        after = _after_headline(self.headline, wrappers)
        for scanned, (el, top) in enumerate(after, start=1):
            if el.tag in _HEADINGS and not _dated_heading(
                collapse_spaces(el.text_content()), self.dates
            ):
                continue
            # a big container gives only its own words; its blocks come next
            text = collapse_spaces(
                el.text
                if _is_big_container(el, settings.max_small_container)
                else el.text_content()
            )
            seen += bool(text)  # share buttons and icons have no text: not counted
            if (
                text
                and len(text) <= settings.max_near_title_chars
                and text not in lines
                and not _marked_below(el, top, _NOT_NEAR_TITLE_TAGS, _NOT_NEAR_TITLE_HINTS)
            ):
                lines.append(text)
            if seen >= settings.near_title_elements or scanned >= settings.max_near_title_scan:
                break
        return tuple(lines)

    @cached_property
    def above_title(self) -> str | None:
        """The text printed right above the headline, when it is short: the first element
        before the headline (its siblings, then its wrappers' siblings, nearest first) that
        holds any text, unless it is a related list, an aside or a footer. A blog's
        date heading over its post's title ("Saturday, October 27, 2012", Blogger's
        `h2.date-header`, TypePad's) is printed there."""
        if self.headline is None:
            return None
        for el in _before_headline(self.headline):
            text = collapse_spaces(el.text_content())
            if text:
                short = len(text) <= self.settings.max_near_title_chars
                related = _is_marked(el, RELATED_TAGS, _RELATED)
                return text if short and not related else None
        return None

    @cached_property
    def date_heading(self) -> str | None:
        """The page's one date heading: the text of the only <h2> to <h6> that is a date
        line ("Friday, October 26, 2012", Blogger's and TypePad's `h2.date-header`) or a
        byline or publication word's line holding a year (`_dated_heading`: Blogger's
        "Posted by Jane Doe - Friday, October 26, 2012 at 5:15:00 PM") among
        the page's first `max_date_headings`, outside related lists, asides and footers
        (`_marked_wrappers`: a wrapper named so by its class or id counts only when small;
        Blogger's `div.widget.Blog` holds the whole post). A page with two such headings
        lists posts of several days and gives none."""
        found: set[str] = set()
        wrappers = self.settings.max_marked_wrapper_elements
        for el in islice(self.root.iter(*_HEADINGS), self.settings.max_date_headings):
            text = collapse_spaces(el.text_content())
            if _dated_heading(text, self.dates) and not _marked_wrappers(
                el, RELATED_TAGS, _RELATED, wrappers
            ):
                found.add(text)
        return found.pop() if len(found) == 1 else None

    @cached_property
    def post_class_day(self) -> tuple[datetime, str] | None:
        """The day a blog theme's date classes on the post's element name ("hentry post y2012
        m10 d02 h11": `post_class_date`) and those classes: the posts holding the headline's
        when they name one day, else the page's posts' when they all name one day (a list of
        posts of several days: none). The `<body>`'s own date classes are the day the page
        was served, not the post's."""
        headline = () if self.headline is None else (self.headline, *_below_body(self.headline))
        for nodes in (headline, _elements(_CLASS_YEAR_ELEMENTS, self.root)):
            found = [
                (day, classes)
                for node in nodes
                if (day := post_class_date(classes := node.get("class") or "", self.dates))
            ]
            if found:
                return found[0] if len({day for day, _ in found}) == 1 else None
        return None

    @cached_property
    def date_elements(self) -> tuple[str, ...]:
        """Short texts of the page's first `max_date_elements` elements named like a date
        box by their class or id ("post-date", "posted-on", "entry-meta", Drupal's
        "submitted": `DATE_HINTS`), in document order, outside related lists, asides,
        footers and comments (a wrapper named so by its class alone counts only when small,
        as for the date heading, but a comment thread's at any size), not a masthead's day
        ("current-date", "todays-date": `NOT_POST_DATE_HINTS`), neither headings nor in one
        (a teaser's heading carrying its story's date: "Der schwierige Rückzug aus Russland
        26.04.2023"; date headings are read by `date_heading`, which gives none on a blog's
        front page of several days), or marked as the story's date by microdata
        (`itemprop="datePublished"`, `DATE_ITEMPROPS`, a heading too). Each gives its
        machine-readable stamp first (`_date_texts`); the boxes' texts as their elements
        part them come after all others (`_parted_text`: "Oct 19 2012" from three glued
        `<span>`s; read last, a box printing the date whole with its time is read first).
        Where no element shows the headline (a blog post whose title sits in a `<span>`, a
        `<div>` or a link), the post's date is printed there."""
        found: list[str] = []
        parted: list[str] = []
        wrappers = self.settings.max_marked_wrapper_elements
        named = (
            el
            for el in self.root.iter(etree.Element)
            if (_is_marked(el, frozenset(), _DATES) or el.get("itemprop") in DATE_ITEMPROPS)
            and not _is_marked(el, RELATED_TAGS, _RELATED)
        )
        for el in islice(named, self.settings.max_date_elements):
            texts = [t for t in _date_texts(el) if len(t) <= self.settings.max_near_title_chars]
            if (
                texts
                and (
                    el.get("itemprop") in DATE_ITEMPROPS
                    or not any(node.tag in _ALL_HEADINGS for node in (el, *el.iterancestors()))
                )
                and not _marked_wrappers(el, RELATED_TAGS, _RELATED, wrappers)
                and not _in_comment_thread(el)
            ):
                found.extend(t for t in dict.fromkeys(texts) if t not in found)
                parted.append(_parted_text(el) or "")
        return (*found, *(t for t in dict.fromkeys(parted) if t and t not in found))


def _is_post_footer(el: lxml.html.HtmlElement) -> bool:
    """Whether an element is a post's own footer: a class or id named so
    (`POST_FOOTER_NAMES`: "entry-footer", "postfoot"), or a `<footer>` inside an
    `<article>` (the page's footer is outside it)."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().replace("_", "-").split()
    if any(name in POST_FOOTER_NAMES for name in names):
        return True
    return el.tag == "footer" and any(node.tag == "article" for node in el.iterancestors())


def _text_chunks(el: lxml.html.HtmlElement) -> Iterator[str]:
    """The texts of `el` as the markup parts them (each element's text and tail), scripts
    and styles left out: "11/09/2012 in" before the category links of a TypePad footer."""
    for node in el.iter(etree.Element):
        if node.tag not in ("script", "style") and node.text:
            yield node.text
        if node is not el and node.tail:
            yield node.tail


def _dated_heading(text: str, dates: DateSettings) -> bool:
    """Whether a heading under the headline is read as a line that may date the story: a
    date line ("Friday, October 26, 2012": a company blog opens the post with it), or a
    line opening with a byline, publication or update word and holding a year ("Posted by
    Shari August 9th, 2012 |", "Posted on November 5, 2012 in News": a blog's meta line set
    as an `<h2>`-`<h4>`). Other headings are subheads: "PubCon Las Vegas 2012, Thursday,
    October 18th" is no byline."""
    return looks_like_dateline(text, dates) or (opens_with_dateline_cue(text) and has_year(text))


def _date_texts(el: lxml.html.HtmlElement) -> list[str]:
    """A date box's machine-readable stamp, then its text: hAtom's `<abbr class="published"
    title="2012-10-29T06:35:00-04:00">6:35 AM</abbr>` and microdata's `<h6
    itemprop="datePublished" content="2012-11-06T17:00:00">Published 7 hours ago</h6>`
    print a time or "11Oct12" that no reader of dates parses, and keep the date in an
    attribute (`DATE_STAMP_ATTRIBUTES`). Then its paragraphs and list items, for a box too
    long to read whole: WordPress's `div#postMeta` holds "Posted on November 5th, 2012 - By
    Staff" in a `<p>` beside a share bar."""
    stamps = (collapse_spaces(el.get(name) or "") for name in DATE_STAMP_ATTRIBUTES)
    lines = (collapse_spaces(p.text_content()) for p in el.iter("p", "li"))
    return [t for t in (*stamps, collapse_spaces(el.text_content()), *lines) if t]


def _parted_text(el: lxml.html.HtmlElement) -> str | None:
    """A date box's text as its elements part it, when they print no space between them:
    `<span class="month">Oct</span><span class="date">19</span><span
    class="year">2012</span>` reads "Oct192012" as one text, "Oct 19 2012" parted. None
    when the parts add no space."""
    parted = collapse_spaces(" ".join(_text_chunks(el)))
    return parted if parted != collapse_spaces(el.text_content()) else None


def _below_body(el: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The ancestors of `el` below <body>, nearest first."""
    return takewhile(lambda node: node.tag != "body", el.iterancestors())


def _in_comment_thread(el: lxml.html.HtmlElement) -> bool:
    """Whether `el` or a wrapper of it below <body>, at any size, is a comment thread's
    (`NOT_POST_DATE_HINTS`): its bylines and dates are readers', not the story's."""
    return any(_is_marked(node, frozenset(), _NOT_POST_DATE) for node in (el, *_below_body(el)))


def _before_headline(headline: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The elements before the headline, nearest first: its earlier siblings, then those
    of each wrapper up to <body>."""
    node = headline
    while node is not None and node.tag != "body":
        yield from node.itersiblings(etree.Element, preceding=True)
        node = node.getparent()


def _links_cms_account(el: lxml.html.HtmlElement) -> bool:
    """Whether a byline element is (or holds) a link to a CMS account: ".../author/admin/"."""
    link = el if el.tag == "a" else next(el.iter("a"), None)
    href = (link.get("href") or "") if link is not None else ""
    return href.rstrip("/").rsplit("/", 1)[-1].lower() in CMS_ACCOUNTS if href else False


def _after_headline(
    headline: lxml.html.HtmlElement | None, most: int
) -> Iterator[tuple[lxml.html.HtmlElement, lxml.html.HtmlElement]]:
    """The elements after the headline whose text may be a byline, in document order, each
    with the unmarked element following the headline's chain that holds it.

    The climb from the headline goes past its own wrappers when they are marked (the headline
    sits in a figure or a related list), and skips marked siblings on the way. A wrapper
    marked only by its class or id and holding more than `most` elements is the page's
    layout, not a list the headline sits in (`_small_if_hinted`).
    """
    tags, hints = _NOT_NEAR_TITLE_TAGS, _NOT_NEAR_TITLE_HINTS
    inside = _marked_wrappers(headline, tags, hints, most) if headline is not None else frozenset()
    node = headline
    while node is not None:
        parent = node.getparent()
        if parent is not None and parent in inside:
            node = parent
            continue
        for sibling in node.itersiblings():
            if not _is_marked(sibling, tags, hints):
                for el in sibling.iter(*_NEAR_TITLE_TAGS, *_HEADINGS):
                    yield el, sibling
        node = parent


def _marked_wrappers(
    el: lxml.html.HtmlElement, tags: frozenset[str], hints: ClassHints, most: int
) -> frozenset[lxml.html.HtmlElement]:
    """The ancestors of `el` that are marked or inside a marked one (below <body>), found in
    one climb however deep the page.

    The elements themselves are kept, not their `id()`: an lxml element object lives only
    while referenced, and a later `getparent()` may get a freed one's address for another
    element, which would then pass for a marked wrapper.
    """
    marked: list[lxml.html.HtmlElement] = []
    inside = False
    for node in reversed(list(_below_body(el))):
        inside = inside or (_is_marked(node, tags, hints) and _small_if_hinted(node, tags, most))
        if inside:
            marked.append(node)
    return frozenset(marked)


def _small_if_hinted(node: lxml.html.HtmlElement, tags: frozenset[str], most: int) -> bool:
    """Whether a marked wrapper of the headline is marked by its tag, or holds at most `most`
    elements: a wrapper named "widget", "sidebar" or "next" holding the whole story (Blogger's
    `div.widget.Blog`, Next.js's `div#__next`, a "has-sidebar" layout) is no related list."""
    return node.tag in tags or next(islice(node.iterdescendants(), most, None), None) is None


def _marked_below(
    el: lxml.html.HtmlElement,
    top: lxml.html.HtmlElement,
    tags: frozenset[str],
    hints: ClassHints,
) -> bool:
    """Whether an ancestor of `el` below `top` (checked already; `el` itself or above it)
    is marked."""
    if el is top:
        return False
    for node in el.iterancestors():
        if node is top:
            return False
        if _is_marked(node, tags, hints):
            return True
    return False


def _is_big_container(el: lxml.html.HtmlElement, max_small: int) -> bool:
    """An element holding blocks and more than a few elements: a story or a section, whose
    whole text is not worth copying to look for a byline (a date box of three <div>s is not).
    """
    if not any(child.tag in _BLOCK_TAGS for child in el):
        return False
    return next(islice(el.iterdescendants(), max_small, None), None) is not None


def _byline_like(node: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The byline-like elements under `node` (itself included) in document order: rel or
    itemprop "author", <address>, or a class naming a byline or an author. Read with `get`
    in one walk, 40% cheaper than libxml2 evaluating the same predicate as XPath."""
    for el in node.iter(etree.Element):
        get = el.get
        if (
            el.tag == "address"
            or "author" in (get("rel") or "").split()
            or get("itemprop") == "author"
        ):
            yield el
            continue
        classes = get("class")
        if classes is not None and ("byline" in classes or "author" in classes):
            yield el


def _post_footer(el: lxml.html.HtmlElement, headline: lxml.html.HtmlElement, most: int) -> bool:
    """Whether the first marked element around `el` is a footer (a `<footer>`, or a class
    or id naming one: "post-footer", "entry-footer") beside the headline's post: its parent
    holds the headline and is no <body>, and no wrapper above it is marked but one named by
    its class alone and holding more than `most` elements (Blogger's `div.widget.Blog`: the
    whole page, as for the lines under the headline). A comment's footer ("Posted by:
    Reader | DATE") sits in a marked comment list; a page's footer holds no headline."""
    marked = (n for n in el.iterancestors() if _is_marked(n, _NOT_BYLINE_TAGS, _RELATED))
    footer = next(marked, None)
    if footer is None or not _is_marked(footer, _FOOTER, _FOOTER_HINTS):
        return False
    parent = footer.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return False  # the page's own footer
    if not any(node is parent for node in headline.iterancestors()):
        return False
    return not _marked_wrappers(footer, _NOT_BYLINE_TAGS, _RELATED, most)


def _elements(
    query: etree.XPath, node: lxml.html.HtmlElement, **variables: int
) -> list[lxml.html.HtmlElement]:
    """The HTML elements an XPath query selects under `node` (its `$variables` given)."""
    result = query(node, **variables)
    return (
        [el for el in result if isinstance(el, lxml.html.HtmlElement)]
        if isinstance(result, list)
        else []
    )


def in_related(
    el: lxml.html.HtmlElement,
    tags: frozenset[str] = RELATED_TAGS,
    hints: ClassHints = _RELATED,
) -> bool:
    """Whether an element sits in one of `tags` or a related/recommended list.

    The climb stops at <body>, whose classes describe the page layout, not a list; and at a
    container holding the page's <h1>: the story's own header ("audio-teaser",
    "article-teaser" on some CMSs) is named like a teaser but lists no other story.
    """
    for node in el.iterancestors():
        if node.tag == "body":
            return False
        if _is_marked(node, tags, hints):
            return node.tag in tags or next(node.iter("h1"), None) is None
    return False


def _is_marked(node: lxml.html.HtmlElement, tags: frozenset[str], hints: ClassHints) -> bool:
    """Whether an element is one of `tags` or has a class or id naming one of `hints`."""
    if node.tag in tags:
        return True
    names = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
    if hints.search(names) is None:
        return False  # no hint as a whole word: none opens or closes a name
    return any(_names_hint(name, hints.words) for name in names.split())


def _names_hint(name: str, hints: frozenset[str]) -> bool:
    """A class or id names a hint by its first or last word: "related-posts", "read-more",
    "sidebar"; not "content__header--no-promo" (a modifier saying the opposite)."""
    words = [w for w in _HINT_SPLIT.split(name) if w]
    if not words:
        return False
    last_negated = len(words) > 1 and words[-2] == "no"
    return words[0] in hints or (words[-1] in hints and not last_negated)
