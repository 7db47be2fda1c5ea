"""Stories split in pages: which page number a URL names, whether an address is another
page of the same story, and which link texts name the next page ("Next page", "Seite 2").

String-level only: the metadata stage reads ``<link rel=next>`` with these, the HTML stage
the pagination anchors.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag

from newsextract.data.meta_words import NEXT_PAGE_PHRASES, NEXT_WORDS, PAGE_WORDS
from newsextract.signals.strings import join_url, split_url

#: A page number or an extension ending a path ("/2", "/page/2", "-2", ".html").
_PAGE_SUFFIX = re.compile(r"(?:/(?:page|seite|pagina)/\d+|[/_-]\d{1,2})?(?:\.\w{2,5})?$")
_PAGE_NUMBER = re.compile(r"(?:^|[/?&_-])(?:page|seite|pagina|p|pg)[/=-]?(\d{1,3})(?:[/&.]|$)")
#: Characters a pagination anchor's text may start or end with ("Next »", "‹ 2 ›").
PAGINATION_ARROWS = " »›>→…:"


def rel_says_next(rel: str | None) -> bool:
    """Whether a link's ``rel`` attribute names the next page (``rel="next"``, any case,
    among other link types)."""
    return rel is not None and "next" in rel.lower().split()


def current_page(url: str) -> int:
    """The page number a URL names (".../page/3/", "?page=3"), else 1."""
    found = _PAGE_NUMBER.search(url.lower())
    return int(found.group(1)) if found else 1


def same_story(found: str, here: str | None) -> bool:
    """Whether an address is another page of this story: its path starts with this page's
    path (less a page number and extension), or only its query differs. A "next" link to
    another story (blogs link the next post with rel=next) does not; with no address for
    this page, a next page must name its number."""
    if not here:
        return _PAGE_NUMBER.search(found.lower()) is not None
    mine, theirs = split_url(here), split_url(found)
    if mine is None or theirs is None or mine.netloc != theirs.netloc:
        return False
    stem = _PAGE_SUFFIX.sub("", mine.path.rstrip("/"))
    return bool(stem) and theirs.path.startswith(stem)


def bare_url(url: str) -> str:
    """An address without its fragment and trailing slash (to compare it with another)."""
    return urldefrag(url)[0].rstrip("/")


def story_page_url(href: str, base: str | None, own: set[str], here: str | None) -> str | None:
    """The address `href` names when it is another page of the story at `here`
    (`same_story`): resolved against the page's URL `base` when there is one (then only an
    http(s) address counts), not the page's own (`own`: bare addresses); None for a
    malformed address ("http://[::1"), which urllib refuses."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    joined = join_url(base, href) if base else href
    parts = split_url(joined)
    if joined is None or parts is None:
        return None
    if base and (parts.scheme not in ("http", "https") or not parts.netloc):
        return None
    if bare_url(joined) in own or not same_story(joined, here):
        return None
    return joined


def next_page_text(text: str) -> str:
    """An anchor's text as the rules below read it: spaces collapsed, lower case, arrows off."""
    return " ".join(text.split()).lower().strip(PAGINATION_ARROWS)


def says_next_page(text: str) -> bool:
    """ "Next page", "Nächste Seite", "Página siguiente": a next page wherever it stands."""
    return text in NEXT_PAGE_PHRASES


def says_next(text: str) -> bool:
    """ "Next", "Weiter", "Siguiente": a next page only inside pagination markup (elsewhere
    it is often the next article)."""
    return text in NEXT_WORDS


def names_page(text: str, wanted: str) -> bool:
    """ "Page 2", "Seite 2", "Página 2" (`wanted`: the next page's number)."""
    words = text.split()
    return len(words) == 2 and words[0] in PAGE_WORDS and words[1] == wanted
