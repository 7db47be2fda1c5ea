"""Parse untrusted HTML with lxml, after bounding what breaks libxml2.

libxml2 is fast and forgiving, but some inputs defeat it (measured under lxml 6.1 /
libxml2 2.14, see FACTS.md):

* one tag with 100,000 attributes takes ~13 s (the duplicate check is quadratic);
* past 256 levels of nesting it stops with a fatal error and the rest of the page is lost;
* a text node or attribute value over 10,000,000 UTF-8 bytes (a giant ``data:`` URI, a
  10 MB line) is a fatal error too;
* an XML declaration in a str makes lxml raise; a DOCTYPE internal subset (billion laughs,
  external entities) leaks its tail as text; numeric references like ``&#1;`` put control
  characters in the tree.

So `parse_html` first runs `bound_markup`, one linear pass over the markup that follows
HTML5 tokenization closely enough to see every tag, comment and raw-text element, and
rewrites only what is dangerous: attributes of over-attributed tags, giant attribute values,
long text runs (split, not cut), DOCTYPE internal subsets, processing instructions, comments,
elements past `Options.max_nodes`. Deep nesting is flattened (container tags past a depth
dropped, their text kept) only when the parse reports it or the tree is deeper than
`Options.max_depth`, so normal pages pay for one pass only.

The parser never loads anything: lxml's HTMLParser runs with ``no_network=True``; libxml2's
HTML parser has no DTD loading and no entity resolution at all (HTMLParser takes no
``load_dtd``/``resolve_entities`` options because there is nothing to switch off), XInclude is
never called, and ``huge_tree`` stays off because the pre-pass keeps the document within
libxml2's default limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from newsextract.options import Options

#: libxml2 aborts past this element depth (without huge_tree), dropping the rest of the page.
LIBXML2_MAX_DEPTH = 256
#: Depth kept when flattening for libxml2: our tag counting does not see implied elements
#: (html, body, tbody) and keeps p/h1-h6 past the depth, so stay well under 256.
FLATTEN_DEPTH = 200
#: libxml2 refuses a text node or attribute value over 10,000,000 UTF-8 bytes; at four bytes
#: per character at worst, 2,000,000 characters stays under it.
MAX_TEXT_RUN_CHARS = 2_000_000
#: `data:` URIs longer than this are emptied: they are inline images or fonts, never text,
#: and megabyte ones made peers lose the article (FACTS.md). Real inline icons are < 4 KB.
MAX_DATA_URI_CHARS = 4096
#: Longest tag name read as a name; anything longer is garbage that HTML5 reads as attributes.
MAX_TAG_NAME_CHARS = 64
#: End tags are matched against this many innermost open elements only (keeps the pass
#: linear); a stray end tag deeper than that is left for libxml2 to resolve.
END_TAG_SEARCH = 8

#: Elements libxml2 treats as empty (they never contain anything). Measured on libxml2 2.14:
#: embed, source, track and wbr are *not* among them and nest.
_VOID = frozenset(
    {"area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex",
     "link", "meta", "param"}
)
#: Elements whose content libxml2 reads as raw text up to their end tag (measured).
_RAW_TEXT = frozenset(
    {"script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext", "textarea", "title"}
)
#: Block elements kept when flattening: they cannot nest in HTML (a new one closes the open
#: one), so keeping them past the depth costs one level and keeps paragraph breaks.
_FLAT_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements a new element of the same name implicitly closes (li closes li, td closes td...).
_SELF_CLOSING_SIBLINGS = frozenset(
    {"p", "li", "dt", "dd", "option", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
)
_SPLIT_TEXT = "<span></span>"  # an element boundary that splits a text node and adds no text

_TAG_NAME = re.compile(rf"[a-zA-Z][^\s/>]{{0,{MAX_TAG_NAME_CHARS - 1}}}")
#: Attribute parts as HTML5 tokenizes them: a name runs to whitespace, "/", ">" or "=" (a
#: leading quote or "=" is part of it); quoted values are bounded so that an unclosed quote
#: costs a bounded scan, after which the value reads as unquoted.
_NAME = r"""[^\s/>=][^\s/>=]*"""
_QUOTED_MAX = f"{{0,{MAX_TEXT_RUN_CHARS}}}"
_VALUE = rf"""(?:"[^"]{_QUOTED_MAX}"|'[^']{_QUOTED_MAX}'|[^\s>]*)"""
_ATTRIBUTE_TEXT = _NAME + r"(?:\s*=\s*" + _VALUE + ")?"
#: The attribute section of a tag: stops only at ">" or the end of input. Its alternatives
#: start with disjoint characters, so the match is one pass without backtracking.
_ATTRIBUTE_SECTION = re.compile(r"(?:[\s/]+|=[^\s/>=]*|" + _ATTRIBUTE_TEXT + ")*")
#: One attribute (name and optional value), for counting and rewriting long sections.
_ATTRIBUTE = re.compile(_ATTRIBUTE_TEXT)
#: Attribute names longer than this are junk (libxml2 refuses names over 50,000 bytes).
MAX_ATTRIBUTE_NAME_CHARS = 1000
_DATA_URI = re.compile(rf"""(["']?)\s*data:[^"'\s>]{{{MAX_DATA_URI_CHARS},}}""", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!doctype", re.IGNORECASE)
_RAW_TEXT_END = {
    name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in _RAW_TEXT - {"plaintext"}
}
#: Numeric references to characters no text may hold: C0 controls but tab and newline,
#: DEL, U+FFFE and U+FFFF (libxml2 keeps them verbatim). No nested quantifiers.
_BAD_CHAR_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|1[1-9]|2[0-9]|3[01]|127|6553[45])(?![0-9])"
    r"|[xX]0*(?:[0-8b-fB-F]|1[0-9a-fA-F]|7[fF]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?"
)


def parse_html(text: str, options: Options) -> lxml.html.HtmlElement | None:
    """The root <html> element of `text`, parsed safely; None when nothing parses.

    Parsing is retried with nesting flattened when libxml2 hits its depth limit or the tree
    is deeper than `options.max_depth`, and with every container tag dropped as a last
    resort, so the text of a page survives whatever its nesting.
    """
    markup = bound_markup(text, options)
    root, hit_limit = _parse(markup)
    if not hit_limit and not _deeper_than(root, options.max_depth):
        return root
    depth = min(FLATTEN_DEPTH, max(1, options.max_depth // 2))
    root, hit_limit = _parse(bound_markup(text, options, flatten_depth=depth))
    if not hit_limit and not _deeper_than(root, options.max_depth):
        return root
    root, _ = _parse(bound_markup(text, options, flatten_depth=0))
    return root


def _parse(markup: str) -> tuple[lxml.html.HtmlElement | None, bool]:
    """Parse with lxml; the flag says libxml2 stopped at one of its resource limits."""
    parser = lxml.html.HTMLParser(
        no_network=True,  # never fetch anything (libxml2's HTML parser has no DTD/entity loading)
        huge_tree=False,  # keep libxml2's own limits as a second line of defence
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except etree.ParserError:  # "Document is empty"
        return None, False
    last = parser.error_log.last_error
    hit_limit = last is not None and last.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT
    return root, hit_limit


def _deeper_than(root: lxml.html.HtmlElement | None, depth: int) -> bool:
    """Whether an element sits more than `depth` levels down. Only checked when `depth` is
    under libxml2's own limit, which otherwise bounds the tree already."""
    if root is None or depth >= LIBXML2_MAX_DEPTH:
        return False
    return bool(root.xpath("/" + "/".join(["*"] * (depth + 1))))


def bound_markup(text: str, options: Options, *, flatten_depth: int | None = None) -> str:
    """`text` with everything that breaks libxml2 bounded (see the module docstring).

    With `flatten_depth`, start and end tags of elements nested deeper than that are
    dropped (their content kept), except p, h1-h6 and br. Returns `text` itself when
    nothing needed rewriting.
    """
    if "&#" in text:
        text = _BAD_CHAR_REFERENCE.sub("", text)
    scan = _Scanner(text, options, flatten_depth)
    scan.run()
    return scan.result()


@dataclass(slots=True)
class _Scanner:
    """One left-to-right pass over markup, emitting a rewritten copy only where needed.

    The pass is linear: every step consumes input and never looks back; each `find` or
    regex match either consumes what it scans or ends the pass (an unclosed construct
    runs to the end of the input, as in HTML5).
    """

    text: str
    options: Options
    flatten_depth: int | None
    pos: int = 0  # next unread character
    copied: int = 0  # input before this index is already in `out`
    out: list[str] = field(default_factory=list)
    text_run: int = 0  # characters of text since the last element boundary kept
    nodes: int = 0  # start tags kept
    stack: list[tuple[str, bool]] = field(default_factory=list)  # (name, kept), flattening only
    kept_depth: int = 0

    def result(self) -> str:
        if not self.out:
            return self.text
        self.out.append(self.text[self.copied :])
        return "".join(self.out)

    def run(self) -> None:
        text = self.text
        while True:
            start = text.find("<", self.pos)
            self._text_until(len(text) if start < 0 else start)
            if start < 0:
                return
            follower = text[start + 1 : start + 2]
            if follower.isascii() and follower.isalpha():
                done = self._start_tag(start)
            elif follower == "/":
                done = self._end_tag(start)
            elif follower == "!":
                done = self._markup_declaration(start)
            elif follower == "?":
                done = self._drop_until(start, ">", start + 2)
            else:  # a lone "<" is text
                self.pos = start + 1
                self.text_run += 1
                continue
            if done:
                return

    # -- text ----------------------------------------------------------------------------

    def _text_until(self, end: int) -> None:
        """Account for text up to `end`, splitting runs libxml2 would refuse."""
        length = end - self.pos
        while self.text_run + length > MAX_TEXT_RUN_CHARS:
            cut = self.pos + (MAX_TEXT_RUN_CHARS - self.text_run)
            self._replace(cut, cut, _SPLIT_TEXT)
            length -= cut - self.pos
            self.pos = cut
            self.text_run = 0
        self.text_run += length
        self.pos = end

    # -- tags ----------------------------------------------------------------------------

    def _start_tag(self, start: int) -> bool:
        name_match = _TAG_NAME.match(self.text, start + 1)
        assert name_match is not None  # the caller checked for a letter
        name = name_match.group().lower()
        section = _ATTRIBUTE_SECTION.match(self.text, name_match.end())
        assert section is not None  # the pattern matches the empty string
        end = section.end()
        if end >= len(self.text):  # unclosed tag: HTML5 drops it with the rest of the input
            self._replace(start, len(self.text), "")
            return True
        keep = self._keep_start(name)
        if not keep:
            self._replace(start, end + 1, "")
        else:
            self.text_run = 0
            if end - section.start() >= self._long_section():
                rewritten = self._bound_attributes(section.group())
                if rewritten is not None:
                    self._replace(section.start(), end, rewritten)
        self.pos = end + 1
        if name in _RAW_TEXT:
            return self._raw_text(name, keep=keep)
        return False

    def _keep_start(self, name: str) -> bool:
        """Whether to keep a start tag; tracks the open elements when flattening."""
        if self.nodes >= self.options.max_nodes:
            return False
        if self.flatten_depth is not None and name not in _VOID and name not in _RAW_TEXT:
            if name in _SELF_CLOSING_SIBLINGS:
                self._close_to(name, search=3)
            keep = self.kept_depth < self.flatten_depth or name in _FLAT_BLOCKS
            self.stack.append((name, keep))
            self.kept_depth += keep
            if not keep:
                return False
        self.nodes += 1
        return True

    def _end_tag(self, start: int) -> bool:
        name_match = _TAG_NAME.match(self.text, start + 2)
        if name_match is None:  # "</>" or "</ ...>": a bogus comment
            return self._drop_until(start, ">", start + 2)
        section = _ATTRIBUTE_SECTION.match(self.text, name_match.end())
        assert section is not None
        end = section.end()
        if end >= len(self.text):
            self._replace(start, len(self.text), "")
            return True
        keep = self.nodes < self.options.max_nodes
        if keep and self.flatten_depth is not None:
            kept = self._close_to(name_match.group().lower(), search=END_TAG_SEARCH)
            keep = kept is not False
        if keep:
            self.text_run = 0
            if end - section.start() >= self._long_section():  # end tag attributes are junk
                self._replace(section.start(), end, "")
        else:
            self._replace(start, end + 1, "")
        self.pos = end + 1
        return False

    def _close_to(self, name: str, *, search: int) -> bool | None:
        """Pop the innermost open `name` (within `search` levels) and what it encloses.

        Returns whether that element was kept, or None when it is not open.
        """
        stack = self.stack
        for index in range(len(stack) - 1, max(-1, len(stack) - 1 - search), -1):
            if stack[index][0] == name:
                kept = stack[index][1]
                self.kept_depth -= sum(entry[1] for entry in stack[index:])
                del stack[index:]
                return kept
        return None

    def _long_section(self) -> int:
        """Attribute sections shorter than this cannot hold a problem: too few characters for
        `max_attributes` attributes (two each at least) or for a giant data: URI."""
        return min(2 * self.options.max_attributes, MAX_DATA_URI_CHARS)

    def _bound_attributes(self, section: str) -> str | None:
        """The attribute section without its attributes when there are too many, with giant
        values emptied; None when it is fine as it is."""
        count = sum(1 for _ in _ATTRIBUTE.finditer(section))
        if count > self.options.max_attributes:
            return ""
        bounded = _DATA_URI.sub(r"\1data:,", section)
        bounded = _ATTRIBUTE.sub(_bound_value, bounded)
        return None if bounded == section else bounded

    def _raw_text(self, name: str, *, keep: bool) -> bool:
        """Skip script/style/title... content up to its end tag. The content goes with a
        dropped start tag (else script would turn into text) and when libxml2 would refuse
        its length (it is junk either way)."""
        pattern = _RAW_TEXT_END.get(name)
        close = pattern.search(self.text, self.pos) if pattern is not None else None
        end = close.start() if close is not None else len(self.text)
        if not keep or end - self.pos > MAX_TEXT_RUN_CHARS:
            self._replace(self.pos, end, "")
        self.pos = end
        self.text_run = 0
        return close is None

    # -- comments, doctypes, processing instructions ---------------------------------------

    def _markup_declaration(self, start: int) -> bool:
        text = self.text
        if text.startswith("<!--", start):
            if text.startswith(("<!-->", "<!--->"), start):
                return self._drop_until(start, ">", start + 2)
            return self._drop_until(start, "-->", start + 4)
        if _DOCTYPE.match(text, start):
            close = text.find(">", start)
            subset = text.find("[", start, close if close >= 0 else len(text))
            if subset < 0:
                self.pos = len(text) if close < 0 else close + 1
                return close < 0
            subset_end = text.find("]", subset)
            if subset_end < 0:
                self._replace(start, len(text), "")
                return True
            return self._drop_until(start, ">", subset_end)
        return self._drop_until(start, ">", start + 2)  # CDATA and bogus comments

    def _drop_until(self, start: int, closer: str, search_from: int) -> bool:
        """Drop from `start` through the next `closer`; to the end when there is none."""
        close = self.text.find(closer, search_from)
        end = len(self.text) if close < 0 else close + len(closer)
        self._replace(start, end, "")
        self.pos = end
        return close < 0

    def _replace(self, start: int, end: int, replacement: str) -> None:
        """Emit input up to `start`, then `replacement` instead of input[start:end]."""
        self.out.append(self.text[self.copied : start])
        if replacement:
            self.out.append(replacement)
        self.copied = end


def _bound_value(match: re.Match[str]) -> str:
    """An attribute with a junk name goes; one with a value libxml2 would refuse loses it."""
    attribute = match.group()
    name = attribute.partition("=")[0].rstrip()
    if len(name) > MAX_ATTRIBUTE_NAME_CHARS:
        return ""
    return attribute if len(attribute) <= MAX_TEXT_RUN_CHARS else name
