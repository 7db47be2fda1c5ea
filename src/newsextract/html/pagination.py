"""The next page of a story split in pages, from the pagination anchors the walk met.

An anchor names the next page when it stands in pagination markup (it, or an element
around it, has a class or id saying "pag..." (pagination, pager, paginacion) or a class
saying "next"; or it has rel=next) and its text says so: "Next page", "Nächste Seite",
"Página siguiente" anywhere in that markup; "Next", "Weiter", "Siguiente" (or any text
with rel=next) within three levels of a "pag..." element; "Page 2", "Seite 2"; or a bare
"2" within three levels of a "pag..." element. The address must be another page of the
same story (`signals.pages.same_story`). Nothing is fetched.

Reading every anchor's text and ancestors costs about 1 ms a page. The walk already has
the visible text of every link it entered (between span markers in its blocks) and of the
link texts of the navigation, footers and asides it read whole; one regex over those picks
the few anchors whose text could name a next page, and only those are read. A link whose
visible text says nothing of the sort (its words hidden for screen readers only, or an
image) counts only with rel=next in the walked part of the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from operator import itemgetter

from lxml.html import HtmlElement

from newsextract.blocks import BR_MARK, EMPHASIS_OPEN, LINK_OPEN, SPAN_CLOSE
from newsextract.data.meta_words import NEXT_PAGE_PHRASES, NEXT_WORDS, PAGE_WORDS
from newsextract.html.candidates import Marked, Walk
from newsextract.settings import DEFAULT_SETTINGS, PartsSettings
from newsextract.signals.pages import (
    PAGINATION_ARROWS,
    bare_url,
    current_page,
    names_page,
    next_page_text,
    rel_says_next,
    says_next,
    says_next_page,
    story_page_url,
)
from newsextract.signals.strings import by_first_letter

#: Every word of a text that may name a next page, or a page number: a link whose visible
#: text is made of these alone is read (its words may be split by markup or hidden parts).
_WORDS = {w for p in NEXT_PAGE_PHRASES for w in p.split()} | NEXT_WORDS | PAGE_WORDS
_WORD = f"(?:{by_first_letter([re.escape(w) for w in sorted(_WORDS, key=lambda w: (-len(w), w))])}"
_WORD += r"|\d{1,3})"
#: Their first characters: most links fail this one test.
_FIRST = "(?=[" + "".join(sorted({w[0] for w in _WORDS})) + r"\d])"
_ARROW = "[" + re.escape(PAGINATION_ARROWS.replace(" ", "")) + "]"
_MARKERS = re.escape(EMPHASIS_OPEN + SPAN_CLOSE + BR_MARK)  # nested emphasis and <br> marks
_first, _third = itemgetter(0), itemgetter(2)
#: A link in a block's span-marked text whose visible text is such words (and arrows); the
#: blocks' texts are searched at once first, joined by a span close (links open to the end
#: of a block end there).
_LINK_TEXT = re.compile(
    f"{re.escape(LINK_OPEN)}(?:[\\s{_MARKERS}]|{_ARROW})*{_FIRST}{_WORD}(?:[\\s{_MARKERS}]+{_WORD})*"
    f"(?:[\\s{_MARKERS}]|{_ARROW})*(?:{re.escape(SPAN_CLOSE)}|$)",
    re.IGNORECASE,
)
#: A link text piece of chrome read whole (pieces joined by NUL, one put first): such
#: words, or an arrow alone ("›", the sign of many rel=next links).
_PIECE = re.compile(
    f"\\x00(?:\\s|{_ARROW})*(?:{_ARROW}|{_FIRST}{_WORD})(?:(?:\\s|{_ARROW})*{_WORD})*(?:\\s|{_ARROW})*"
    "(?=\\x00|$)",
    re.IGNORECASE,
)


def next_page_url(
    walk: Walk,
    base: str | None,
    own: Sequence[str | None],
    settings: PartsSettings = DEFAULT_SETTINGS.parts,
) -> str | None:
    """The next page's address from the page's pagination anchors, or None.

    `base` is the page's address (URLs are resolved against it), `own` its other names (its
    canonical URL): a link to the page itself is not a next page. A "next" anchor wins;
    else the first anchor naming the next page's number.
    """
    anchors = _maybe_pagination(walk)
    if not anchors:
        return None  # most pages
    wanted = str(current_page(base or "") + 1)
    mine = {bare_url(u) for u in (*own, base) if u}
    by_number: str | None = None
    for anchor in anchors:
        text = next_page_text(anchor.text_content())
        rel_next = rel_says_next(anchor.get("rel"))
        says = says_next_page(text) or says_next(text) or rel_next
        if (
            len(text) > settings.pagination_max_chars
            or not (says or names_page(text, wanted) or text.split() == [wanted])
            or not _in_pagination_markup(anchor)
        ):
            continue
        href = anchor.get("href") or ""
        if says_next_page(text) or ((says_next(text) or rel_next) and _near_pagination(anchor)):
            found = story_page_url(href, base, mine, base)
            if found:
                return found
        elif by_number is None and _names_number(text, wanted, anchor):
            by_number = story_page_url(href, base, mine, base)
    return by_number


def _maybe_pagination(walk: Walk) -> list[HtmlElement]:
    """The anchors whose visible text could name a next page (or with rel=next), and every
    anchor of the chrome read whole whose link texts could, in document order."""
    hrefs = _named_hrefs(walk.spans)
    found = [(node, 0, anchor) for node, anchor in walk.next_links]  # (id, order in it, <a>)
    if hrefs:
        found.extend((node, 0, anchor) for node, anchor, href in walk.anchors if href in hrefs)
    collapsed = walk.collapsed
    if collapsed and _PIECE.search("\x00" + "\x00".join(map(_third, collapsed))):
        for node, element, linked in collapsed:
            if linked and _PIECE.search("\x00" + linked):
                found.extend((node, order, a) for order, a in enumerate(_links(element), 1))
    by_place = {(node, order): anchor for node, order, anchor in found}  # each once
    return [by_place[place] for place in sorted(by_place)]


def _named_hrefs(spans: Mapping[int, Marked]) -> set[str]:
    """The targets of the links whose visible text could name a next page."""
    if not spans or not _LINK_TEXT.search(SPAN_CLOSE.join(map(_first, spans.values()))):
        return set()
    hrefs: set[str] = set()
    for text, targets in spans.values():
        for link in _LINK_TEXT.finditer(text):
            start = link.start()
            opened = text.count(LINK_OPEN, 0, start) + text.count(EMPHASIS_OPEN, 0, start)
            if opened < len(targets):
                hrefs.add(targets[opened])
    return hrefs


def _links(element: HtmlElement) -> Iterator[HtmlElement]:
    return (a for a in element.iter("a") if a.get("href") is not None)


def _in_pagination_markup(anchor: HtmlElement) -> bool:
    """An anchor with rel=next or a class saying "next" or "pag...", or inside an element
    whose class or id says "pag..." or whose class says "next"."""
    own = anchor.get("class") or ""
    if rel_says_next(anchor.get("rel")) or "next" in own or "pag" in own:
        return True
    for element in anchor.iterancestors():
        names = element.get("class") or ""
        if "pag" in names or "next" in names or "pag" in (element.get("id") or ""):
            return True
    return False


def _near_pagination(anchor: HtmlElement) -> bool:
    """Whether an anchor or one of its three closest ancestors is named "pag..."."""
    return any(
        "pag" in f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        for el in (anchor, *list(anchor.iterancestors())[:3])
    )


def _names_number(text: str, wanted: str, anchor: HtmlElement) -> bool:
    """ "Page 2", "Seite 2"; a bare "2" near a "pag..." element."""
    return names_page(text, wanted) or (text.split() == [wanted] and _near_pagination(anchor))
