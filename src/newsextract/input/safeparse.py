"""Parse untrusted HTML with lxml, after bounding what breaks libxml2.

libxml2 is fast and forgiving, but some inputs defeat it (measured under lxml 6.1 /
libxml2 2.14, see docs/guarantees.md):

* one tag with 100,000 attributes takes ~13 s (the duplicate check is quadratic);
* past 256 levels of nesting it stops with a fatal error and the rest of the page is lost;
* in a document over 10 MB, text runs or scripts over ~50,000 characters make it stop
  ("Buffer size limit exceeded") unless ``huge_tree`` is on;
* an XML declaration in a str makes lxml raise; a DOCTYPE internal subset (billion laughs,
  external entities) leaks its tail as text; numeric references like ``&#1;`` put control
  characters in the tree.

So `safe_parse` first runs the linear pre-pass of `prepass.py` (`scan_markup`), which
rewrites only what is dangerous. Deep nesting is flattened (container tags past a depth
dropped, their text kept) only when the parse reports it or the tree is deeper than
`Options.max_depth`, so normal pages pay for one pass only. ``huge_tree`` is switched on only
for long documents, where the pass has already bounded attributes and the depth check
bounds nesting.

The parser never loads anything: lxml's HTMLParser runs with ``no_network=True``; libxml2's
HTML parser has no DTD loading and no entity resolution at all (HTMLParser takes no
``load_dtd``/``resolve_entities`` options because there is nothing to switch off), and
XInclude is never called.

Pages that never close an element lose nothing either. When a construct left open (an
unclosed <title>, <script>, comment or quote) would swallow the rest of the page and markup
with it, the pass runs again in its recovering mode, which closes that construct instead
(HTML5 would show an empty page); when an element whose content is never text (<noscript>,
<svg>, <select>...) was left open around the story, its tags are taken out and the page
parsed again.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from newsextract.input.prepass import TAG_OPEN, scan_markup
from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS, ParseSettings

#: libxml2 aborts past this element depth (without huge_tree), dropping the rest of the page.
LIBXML2_MAX_DEPTH = 256
#: Elements whose content is never page text, which a page that leaves them open loses.
_SWALLOWING_TAGS = ("noscript", "template", "svg", "math", "select")
#: Elements of a story: found inside one of those, the story was swallowed.
_STORY_TAGS = ("p", "h1", "h2", "h3", "article")


@dataclass(frozen=True, slots=True)
class ParsedHtml:
    """A page's bounded markup and the tree libxml2 built from it."""

    #: The markup libxml2 parsed: the input text itself when the pre-pass changed nothing,
    #: else its bounded (and, when nesting required it, flattened) copy.
    markup: str
    #: The root <html> element. Later stages read it and never change it.
    root: lxml.html.HtmlElement


def safe_parse(
    text: str,
    options: Options,
    *,
    utf8: bytes | None = None,
    settings: ParseSettings = DEFAULT_SETTINGS.parse,
) -> ParsedHtml | None:
    """`text` parsed safely: its bounded markup and root element; None when nothing parses.

    Parsing is retried with nesting flattened when libxml2 hits a limit or the tree is
    deeper than `options.max_depth` (or libxml2's 255), and with every container tag dropped
    as a last resort, so the text of a page survives whatever its nesting. `utf8` is `text`
    encoded in UTF-8, if the caller has it: when the markup needs no rewriting libxml2 reads
    those bytes, ~12% faster than the text, which it would convert first (same tree).

    A second parser of the same page (readability-lxml in `html/fallback.py`) should read
    `markup`, never the raw text: it is bounded, and costs no second pre-pass.
    """
    parsed = _parse_bounded(text, options, utf8, settings)
    swallowing = (
        _swallowing(parsed.root, settings.swallowing_share) if parsed is not None else frozenset()
    )
    if not swallowing:
        return parsed
    if "select" in swallowing:  # its options are no text either
        swallowing |= {"option", "optgroup"}
    unwrapped = _tags_of(swallowing).sub("", text)
    return _parse_bounded(unwrapped, options, None, settings) or parsed


def _parse_bounded(
    text: str, options: Options, utf8: bytes | None, settings: ParseSettings
) -> ParsedHtml | None:
    """`safe_parse` but for the check of swallowing elements."""
    limit = min(options.max_depth, LIBXML2_MAX_DEPTH - 1)
    flatten = min(settings.flatten_depth, max(1, limit // 2))
    parsed = None
    recover = False
    for depth in (None, flatten, 0):
        scanned = scan_markup(
            text, options, flatten_depth=depth, settings=settings, recover=recover
        )
        if _swallowed_markup(text, scanned.runaway):
            recover = True  # this depth again, and the next ones, recovering
            scanned = scan_markup(
                text, options, flatten_depth=depth, settings=settings, recover=True
            )
        markup = scanned.markup
        huge = len(markup) > settings.huge_tree_chars
        root, hit_limit = _parse(utf8 if markup is text and utf8 else markup, huge=huge)
        parsed = None if root is None else ParsedHtml(markup, root)
        # without huge_tree libxml2 itself refuses depth 256, so only a lower limit is checked
        check_depth = huge or limit < LIBXML2_MAX_DEPTH - 1
        if not hit_limit and not (check_depth and _deeper_than(root, limit)):
            break
    return parsed


def _swallowing(root: lxml.html.HtmlElement, share: float) -> frozenset[str]:
    """Elements whose content is never page text (`noscript`, `svg`, `select`...) that hold a
    paragraph or a heading and more than `share` of the page's text: left open, they took
    in the story after them (libxml2 nests everything that follows in them; HTML5 breaks
    out of `svg` and `math` at a `<p>`). A `<noscript>` asking for JavaScript is no story."""
    found = [
        el for el in root.iter(*_SWALLOWING_TAGS) if next(el.iter(*_STORY_TAGS), None) is not None
    ]
    if not found:
        return frozenset()
    total = len(root.text_content())
    return frozenset(el.tag for el in found if len(el.text_content()) > share * total)


@functools.lru_cache(maxsize=32)
def _tags_of(names: frozenset[str]) -> re.Pattern[str]:
    """Start and end tags of the elements `names`, to take them out of the markup."""
    alternation = "|".join(sorted(names))
    return re.compile(rf"</?(?:{alternation})(?=[\t\n\f\r /> ])[^>]*>", re.IGNORECASE | re.ASCII)


def _swallowed_markup(text: str, runaway: int) -> bool:
    """Whether a construct left open (`Scanned.runaway`) swallowed markup: an unclosed
    <title> or comment before the story, not a tag cut at the end of a truncated page."""
    return runaway >= 0 and TAG_OPEN.search(text, runaway + 1) is not None


def parse_html(
    text: str,
    options: Options,
    *,
    utf8: bytes | None = None,
    settings: ParseSettings = DEFAULT_SETTINGS.parse,
) -> lxml.html.HtmlElement | None:
    """The root <html> element of `text`, parsed safely (`safe_parse`); None when nothing
    parses. For callers that need the tree only."""
    parsed = safe_parse(text, options, utf8=utf8, settings=settings)
    return None if parsed is None else parsed.root


def _parse(markup: str | bytes, *, huge: bool) -> tuple[lxml.html.HtmlElement | None, bool]:
    """Parse with lxml (bytes are UTF-8); the flag says libxml2 stopped at one of its
    resource limits."""
    parser = lxml.html.HTMLParser(
        encoding="utf-8" if isinstance(markup, bytes) else None,
        no_network=True,  # never fetch anything (libxml2's HTML parser has no DTD/entity loading)
        huge_tree=huge,  # only for big documents, which `bound_markup` has bounded
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )
    # Every element an HtmlElement, chosen in C: lxml.html's own lookup is a Python method
    # called for each element object created (its form and input classes are never used).
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except etree.ParserError:  # "Document is empty"
        return None, False
    last = parser.error_log.last_error
    hit_limit = last is not None and last.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT
    return root, hit_limit


def _deeper_than(root: lxml.html.HtmlElement | None, depth: int) -> bool:
    """Whether an element sits more than `depth` levels down (one XPath walk, in C)."""
    if root is None:
        return False
    return bool(root.xpath("/" + "/".join(["*"] * (depth + 1))))
