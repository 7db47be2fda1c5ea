"""The pre-parse pass: one linear scan that bounds, in the markup itself, what libxml2 handles
badly, before `safeparse.py` lets libxml2 parse it.

The scan follows HTML5 tokenization as libxml2 2.14 implements it (quoted ">" in
attributes, "<!-->", "--!>", escaped and double-escaped script content, raw-text elements,
HTML5 whitespace), so that what it bounds is exactly what libxml2 will read
(`tests/test_prepass.py` checks that agreement against libxml2 itself). It rewrites only
what is dangerous: tags with more than `Options.max_attributes` attributes (rewritten
as a bare tag), giant ``data:`` URIs and junk attribute names, DOCTYPE internal subsets
(billion laughs, external entities), processing instructions and XML declarations,
comments, numeric references to control characters, elements past `Options.max_nodes`,
and, when asked, container tags past a depth. An unclosed tag, comment or quote at the
end drops the rest, as HTML5 does; the pass says where (`Scanned.runaway`), and when that
swallowed markup `safeparse.py` runs it again in its recovering mode (`scan_markup`).

The tokenizer is one algorithm and stays in one module: its regular expressions, the fast
path that must agree with them, and the scanner that walks the markup are written against
each other. Most of a normal page goes through the fast path, one regex match in C for a
whole run of text and ordinary tags; every other step consumes input and never looks back,
so the pass is linear whatever the markup.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS, ParseSettings

#: Longest tag name read as a name; anything longer is garbage that HTML5 reads as attributes.
MAX_TAG_NAME_CHARS = 64

#: Elements HTML5 says are empty but libxml2 2.14 lets nest (measured): an unclosed <embed>
#: before the story swallowed it. The pre-pass closes them right after their start tag.
_CLOSED_HERE = frozenset({"embed", "source", "track", "wbr", "keygen"})
#: Elements libxml2 treats as empty (they never contain anything), with those we close.
_LIBXML2_VOID = frozenset(
    {
        "area",
        "base",
        "basefont",
        "br",
        "col",
        "frame",
        "hr",
        "img",
        "input",
        "isindex",
        "link",
        "meta",
        "param",
    }
)
_VOID = _LIBXML2_VOID | _CLOSED_HERE
#: Elements whose content libxml2 reads as raw text up to their end tag (measured).
_RAW_TEXT = frozenset(
    {"script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext", "textarea", "title"}
)
#: Raw-text elements whose content is text (HTML5's RCDATA): kept when recovering.
_RCDATA = frozenset({"title", "textarea"})
#: Block elements kept when flattening: they cannot nest in HTML (a new one closes the open
#: one), so keeping them past the depth costs one level and keeps paragraph breaks.
_FLAT_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements a new element of the same name implicitly closes (li closes li, td closes td...).
_SELF_CLOSING_SIBLINGS = frozenset(
    {"p", "li", "dt", "dd", "option", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
)

#: HTML5's whitespace; Python's \s also matches no-break and other spaces, which HTML5 (and
#: libxml2, measured) read as part of tag and attribute names.
_WS = "\\t\\n\\f\\r "
_TAG_NAME = re.compile(rf"[a-zA-Z][^{_WS}/>]{{0,{MAX_TAG_NAME_CHARS - 1}}}")
#: Attribute parts exactly as HTML5 tokenizes them: a name runs to whitespace, "/", ">" or
#: "=" (a leading "=" or quote is part of it); a value after "=" is quoted (an unclosed quote
#: runs to the end of input), unquoted (to whitespace or ">") or empty before ">".
_NAME = rf"[^{_WS}/>][^{_WS}/>=]*"
_VALUE = rf"""(?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z)|[^{_WS}"'>][^{_WS}>]*|(?=>)|\Z)"""
_ATTRIBUTE_TEXT = rf"{_NAME}(?:[{_WS}]*=[{_WS}]*{_VALUE})?"
_SEPARATORS = rf"[{_WS}/]*"
TAG_OPEN = re.compile(r"<[a-zA-Z/!?]")
#: Tag names are case-insensitive in ASCII only: Unicode case folding would also read "ſ"
#: (long s) as "s" and "K" (Kelvin sign) as "k", so that "<ſcript>", which HTML5 and libxml2
#: read as text, would hide the markup after it from this pass as script content.
_ASCII_NOCASE = re.IGNORECASE | re.ASCII
#: One attribute (name and optional value), for counting and rewriting long sections.
_ATTRIBUTE = re.compile(_ATTRIBUTE_TEXT)
_DOCTYPE = re.compile(r"<!doctype", _ASCII_NOCASE)
_RAW_TEXT_END = {
    name: re.compile(rf"</{name}[{_WS}/>]", _ASCII_NOCASE)
    for name in _RAW_TEXT - {"plaintext", "script"}
}
_SCRIPT_END = re.compile(rf"</script[{_WS}/>]", _ASCII_NOCASE)
#: `_Scanner.absent` key of a script that found no end (a key no closer string can be).
_RUNAWAY_SCRIPT = "\x00script"
#: A script start or end tag inside an escaped script ("/" in group 1 for the end tag).
_SCRIPT_TAG = re.compile(rf"<(/?)script[{_WS}/>]", _ASCII_NOCASE)

# The fast path: runs of text and ordinary tags, matched in C without any Python per tag.
# It must agree with the exact tokenization above wherever it matches; its restrictions (no
# "<" in a name or an unquoted value, bounded names and values, no raw-text element) make
# it fail, never disagree. A quoted value runs to its closing quote whatever it holds, as
# in `_VALUE` ("<" and ">" included): one excluded character is a count in C, three a
# character-set test per character, and values are most of a tag (the pass twice as fast).
# Bounded counts keep every tag it accepts harmless. Names, values and whitespace runs end
# in a lookahead or a quote so that none can be split between two iterations: a failing tag
# then backtracks in linear, not exponential, time.
#: Attributes (and name pieces) a fast-path tag may hold; the fast path is used only when
#: `Options.max_attributes` is at least this.
FAST_TAG_ITEMS = 200
#: Longest attribute value on the fast path (longer ones go through the exact path, which
#: empties giant data: URIs).
FAST_VALUE_CHARS = 1000
_FAST_NAME = rf"[^{_WS}/><][^{_WS}/>=<]{{0,{MAX_TAG_NAME_CHARS}}}(?![^{_WS}/>=<])"
_FAST_VALUE = (
    rf"""(?:"[^"]{{0,{FAST_VALUE_CHARS}}}"|'[^']{{0,{FAST_VALUE_CHARS}}}'"""
    rf"""|[^{_WS}"'><][^{_WS}><]{{0,{FAST_VALUE_CHARS}}}(?![^{_WS}>]))"""
)
_FAST_ATTRIBUTE = rf"{_FAST_NAME}(?:[{_WS}]*=[{_WS}]*{_FAST_VALUE}|(?![{_WS}]*=))"
#: Possessive (no backtracking kept): no iteration can end where ">" stands, so giving one
#: back could never let the tag close; dropping that bookkeeping makes the scan ~5% faster.
_FAST_ATTRIBUTES = rf"(?:[{_WS}/]+(?![{_WS}/])|{_FAST_ATTRIBUTE}){{0,{FAST_TAG_ITEMS}}}+"
_FAST_TAG_NAME = rf"[a-zA-Z][^{_WS}/><]{{0,{MAX_TAG_NAME_CHARS - 1}}}(?![^{_WS}/>])"


def _by_first_letter(names: frozenset[str]) -> str:
    """An alternation of `names` grouped by first letter ("s(?:cript|tyle)|t(?:itle|rack)"):
    at each tag the regex tries the one group of its first letter, not every name."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"


_FAST_START_TAG = (
    rf"<(?!{_by_first_letter(_RAW_TEXT | _CLOSED_HERE)}[{_WS}/>]){_FAST_TAG_NAME}"
    rf"{_FAST_ATTRIBUTES}>"
)
#: Not "</br>", which HTML5 reads as a <br> and libxml2 drops (see `_Scanner._end_tag`).
_FAST_END_TAG = rf"</(?!br[{_WS}/>]){_FAST_TAG_NAME}[{_WS}]*>"
#: A comment ending at the first "-->" with no "--!>" before it (HTML5 ends it there too).
_FAST_COMMENT = r"<!--(?!-?>)[^-]*(?:-(?!-!?>)[^-]*)*-->"
#: Script and style elements whole: the body runs to the first end tag; a script body with
#: "<!--" (HTML5's escaped states) goes through the exact path.
_FAST_SCRIPT = (
    rf"<script(?![^{_WS}/>]){_FAST_ATTRIBUTES}>[^<]*(?:<(?!/script[{_WS}/>]|!--)[^<]*)*"
    rf"</script[{_WS}]*>"
)
_FAST_STYLE = (
    rf"<style(?![^{_WS}/>]){_FAST_ATTRIBUTES}>[^<]*(?:<(?!/style[{_WS}/>])[^<]*)*</style[{_WS}]*>"
)
#: The alternatives start differently ("</", "<" and a letter, "<!--"; script and style are
#: not start tags), so their order changes speed only: end tags, nearly half of all tags, first.
_FAST_RUN = re.compile(
    rf"(?:[^<]*+(?:{_FAST_END_TAG}|{_FAST_START_TAG}|{_FAST_COMMENT}|{_FAST_SCRIPT}|{_FAST_STYLE}))*",
    _ASCII_NOCASE,
)
#: Past `Options.max_nodes` every end tag and every start tag but a paragraph's or a
#: heading's is dropped: a run of text and such tags (fast-path tags, no raw-text element,
#: no p or h1-h6) is matched in C, and its tags removed in C (a million `<br>` past the
#: budget cost 3 s of Python one by one).
_DROPPED_START_TAG = (
    rf"<(?!{_by_first_letter(_RAW_TEXT | _CLOSED_HERE | _FLAT_BLOCKS)}[{_WS}/>])"
    rf"{_FAST_TAG_NAME}{_FAST_ATTRIBUTES}>"
)
_DROPPED_RUN = re.compile(rf"(?:[^<]*+(?:{_FAST_END_TAG}|{_DROPPED_START_TAG}))*", _ASCII_NOCASE)
_DROPPED_TAG = re.compile(rf"{_FAST_END_TAG}|{_DROPPED_START_TAG}", _ASCII_NOCASE)
#: Numeric references to characters no text may hold: C0 controls but tab and newline,
#: DEL, U+FFFE and U+FFFF (libxml2 keeps them verbatim). No nested quantifiers.
_BAD_CHAR_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|1[1-9]|2[0-9]|3[01]|127|6553[45])(?![0-9])"
    r"|[xX]0*(?:[0-8b-fB-F]|1[0-9a-fA-F]|7[fF]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?"
)


def bound_markup(
    text: str,
    options: Options,
    *,
    flatten_depth: int | None = None,
    settings: ParseSettings = DEFAULT_SETTINGS.parse,
) -> str:
    """`text` with everything that breaks libxml2 bounded (see the module docstring).

    With `flatten_depth`, start and end tags of elements nested deeper than that are
    dropped (their content kept), except p, h1-h6 and br. Returns `text` itself when
    nothing needed rewriting.
    """
    return scan_markup(text, options, flatten_depth=flatten_depth, settings=settings).markup


@dataclass(frozen=True, slots=True)
class Scanned:
    """Bounded markup, and where a construct left open ran to the end of the input."""

    markup: str
    #: Index in the input where an unclosed tag, quote, comment or raw-text element (an
    #: unclosed <title> or <script>) started and swallowed the rest; -1 when none did.
    runaway: int = -1


def scan_markup(
    text: str,
    options: Options,
    *,
    flatten_depth: int | None = None,
    settings: ParseSettings = DEFAULT_SETTINGS.parse,
    recover: bool = False,
) -> Scanned:
    """`bound_markup`, and where the input ran away (see `Scanned`).

    With `recover`, a construct left open to the end swallows nothing: an unclosed comment,
    processing instruction or DOCTYPE loses its opener only, a tag whose quote never closes
    ends at its next ">" (its attributes dropped), an unclosed raw-text element (<title>,
    <script>, <textarea>...) ends at the next tag, <plaintext> is ignored. HTML5 would
    swallow the rest of the page; a page that never closes its <title> still has a story.
    """
    text = _BAD_CHAR_REFERENCE.sub("", text)  # one scan, cheaper than looking for "&#" first
    scan = _Scanner(text, options, settings, flatten_depth, recover=recover)
    scan.run()
    return Scanned(scan.result(), scan.runaway)


@dataclass(slots=True)
class _Scanner:
    """One left-to-right pass over markup, emitting a rewritten copy only where needed.

    The pass is linear: every step consumes input and never looks back; each `find` or
    regex match either consumes what it scans or ends the pass (an unclosed construct
    runs to the end of the input, as in HTML5).
    """

    text: str
    options: Options
    settings: ParseSettings
    flatten_depth: int | None
    recover: bool = False  # close constructs left open instead of swallowing the rest
    runaway: int = -1  # where the first construct left open to the end started
    pos: int = 0  # next unread character
    copied: int = 0  # input before this index is already in `out`
    out: list[str] = field(default_factory=list)
    nodes: int = 0  # start tags kept
    stack: list[tuple[str, bool]] = field(default_factory=list)  # (name, kept), flattening only
    kept_depth: int = 0
    fast: bool = False  # use the fast path (set in __post_init__)
    drop_fast: bool = False  # past the node budget, drop tags in runs (set in __post_init__)
    count_nodes: bool = True  # the node limit can be reached (set in __post_init__)
    bang_close: int = -1  # next "--!>" (which also ends a comment) at or after pos; -2: none
    #: closer -> an index from which it is known not to occur: when recovering, the scan
    #: goes on after a construct left open, and must not search the rest for it again.
    absent: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.fast = self.flatten_depth is None and self.options.max_attributes >= FAST_TAG_ITEMS
        self.drop_fast = self.fast
        # every element needs a "<": with fewer of them than max_nodes nothing to count
        limit = self.options.max_nodes
        self.count_nodes = len(self.text) > limit and self.text.count("<") > limit

    def result(self) -> str:
        if not self.out and self.copied == 0:  # nothing replaced
            return self.text
        self.out.append(self.text[self.copied :])
        return "".join(self.out)

    def run(self) -> None:
        text = self.text
        while True:
            if self.fast:
                self._fast_forward()
            if self.nodes >= self.options.max_nodes and self.drop_fast:
                self._drop_forward()
            opening = TAG_OPEN.search(text, self.pos)  # a "<" not followed by these is text
            if opening is None:
                return
            start = opening.start()
            follower = text[start + 1]
            if follower not in "/!?":
                done = self._start_tag(start)
            elif follower == "/":
                done = self._end_tag(start)
            elif follower == "!":
                done = self._markup_declaration(start)
            else:
                done = self._drop_until(start, ">", start + 2)
            if done:
                return

    def _drop_forward(self) -> None:
        """Past the node budget: drop the tags of a run of text and droppable tags at once."""
        match = _DROPPED_RUN.match(self.text, self.pos)
        assert match is not None  # the pattern matches the empty string
        end = match.end()
        if end > self.pos:
            self._replace(self.pos, end, _DROPPED_TAG.sub("", match.group()))
            self.pos = end

    def _fast_forward(self) -> None:
        """Skip a run of text and ordinary tags in one regex match, counting start tags."""
        match = _FAST_RUN.match(self.text, self.pos)
        assert match is not None  # the pattern matches the empty string
        end = match.end()
        if end == self.pos:
            return
        if self.count_nodes:
            tags = self.text.count("<", self.pos, end)
            starts = tags - self.text.count("</", self.pos, end)
            if self.nodes + starts > self.options.max_nodes:
                self.fast = False  # near the node limit: count tag by tag from here
                return
            self.nodes += starts
        self.pos = end

    # -- tags ----------------------------------------------------------------------------

    def _start_tag(self, start: int) -> bool:
        name_match = _TAG_NAME.match(self.text, start + 1)
        assert name_match is not None  # the caller checked for a letter
        name = name_match.group()
        end = self._tag_end(start, name_match.end(), f"<{name}>")
        if end < 0:
            return end == -1
        lowered = name.lower()
        if self.recover and lowered == "plaintext":  # it would make the rest text
            self._replace(start, end + 1, "")
            self.pos = end + 1
            return False
        keep = self._keep_start(lowered, end)
        if not keep:
            self._replace(start, end + 1, "")
        elif lowered in _CLOSED_HERE:
            self._replace(end + 1, end + 1, f"</{name}>")
        self.pos = end + 1
        if lowered in _RAW_TEXT:
            return self._raw_text(lowered, start, keep=keep)
        return False

    def _tag_end(self, start: int, name_end: int, bare: str) -> int:
        """The index of the ">" closing the tag at `start`, or -1 when it never closes (then
        the rest of the input is dropped, as HTML5 does). When recovering, a tag whose quote
        never closes ends at the next ">" as `bare`; with no ">" left its "<" is text (-2:
        the scan goes on after it).

        The attribute section is matched exactly but for `max_attributes` attributes at
        most: a tag with more is rewritten as `bare` (its name alone), closed at the next
        ">", so that libxml2 reads exactly what this pass read. A long section has its giant
        data: URIs and junk attribute names removed.
        """
        text = self.text
        section = _section_pattern(self.options.max_attributes).match(text, name_end)
        assert section is not None  # the pattern matches the empty string
        end = section.end()
        if end >= len(text):
            return self._unclosed_tag(start, name_end, bare)
        if text[end] != ">":  # too many attributes
            close = self._find(">", end)
            if close < 0:
                return self._unclosed_tag(start, name_end, bare)
            self._replace(start, close + 1, bare)
            return close
        if end - name_end >= self.settings.max_data_uri_chars:
            bounded = _bound_attributes(section.group(), self.settings)
            if bounded is not None:
                self._replace(name_end, end, bounded)
        return end

    def _unclosed_tag(self, start: int, name_end: int, bare: str) -> int:
        """A tag that runs to the end of the input: dropped with the rest (-1), or when
        recovering ended at the next ">" (its index) or, with none, read as text (-2)."""
        self._ran_away(start)
        if not self.recover:
            self._replace(start, len(self.text), "")
            return -1
        close = self._find(">", name_end)
        if close >= 0:
            self._replace(start, close + 1, bare)
            return close
        self._replace(start, start + 1, "&lt;")
        self.pos = start + 1
        return -2

    def _find(self, closer: str, start: int, end: int | None = None) -> int:
        """`text.find(closer, start, end)`, remembering where a search to the end failed."""
        if start >= self.absent.get(closer, len(self.text) + 1):
            return -1
        found = self.text.find(closer, start, end)
        if found < 0 and end is None:
            self.absent[closer] = start
        return found

    def _search(self, key: str, pattern: re.Pattern[str], start: int) -> int:
        """Where `pattern` next matches from `start` (-1: nowhere), remembered like `_find`."""
        if start >= self.absent.get(key, len(self.text) + 1):
            return -1
        match = pattern.search(self.text, start)
        if match is None:
            self.absent[key] = start
            return -1
        return match.start()

    def _ran_away(self, start: int) -> None:
        """Note a construct left open to the end. When recovering the scan goes on after it,
        on the exact path only: the fast path would read to the end again at every one."""
        if self.runaway < 0:
            self.runaway = start
        if self.recover:
            self.fast = False

    def _keep_start(self, name: str, end: int) -> bool:
        """Whether to keep a start tag; tracks the open elements when flattening.

        Past `max_nodes` only paragraphs and headings that open on a sentence-long text are
        kept (up to twice the budget), so that a story after a million list items keeps
        its paragraphs; they need no end tag, as the next one closes them.
        """
        if self.nodes >= self.options.max_nodes and not (
            name in _FLAT_BLOCKS
            and self.nodes < 2 * self.options.max_nodes
            and "<" not in self.text[end + 1 : end + 1 + self.settings.sentence_chars]
            and len(self.text) > end + self.settings.sentence_chars
        ):
            return False
        if self.flatten_depth is not None and name not in _VOID and name not in _RAW_TEXT:
            if name in _SELF_CLOSING_SIBLINGS:
                self._close_to(name, search=self.settings.sibling_close_search)
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
        name = name_match.group()
        end = self._tag_end(start, name_match.end(), f"</{name}>")
        if end < 0:
            return end == -1
        if name.lower() == "br":  # HTML5 reads "</br>" as "<br>"; libxml2 would glue the
            keep = self._keep_start("br", end)  # words on both sides ("one</br>two")
            self._replace(start, end + 1, "<br>" if keep else "")
            self.pos = end + 1
            return False
        keep = self.nodes < self.options.max_nodes
        if keep and self.flatten_depth is not None:
            keep = self._close_to(name.lower(), search=self.settings.end_tag_search) is not False
        if not keep:
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

    def _raw_text(self, name: str, start: int, *, keep: bool) -> bool:
        """Skip script/style/title... content up to its end tag; the content goes with a
        dropped start tag (else a script would turn into text). Left open to the end (the
        element started at `start`), it ends at the next tag when recovering."""
        if name == "script":
            end = self._script_end()
            close_found = end < len(self.text)
        else:
            pattern = _RAW_TEXT_END.get(name)
            close = -1 if pattern is None else self._search(name, pattern, self.pos)
            close_found = close >= 0
            end = close if close_found else len(self.text)
        if not close_found:
            self._ran_away(start)
            if self.recover:
                tag = TAG_OPEN.search(self.text, self.pos)
                if tag is not None:
                    end, close_found = tag.start(), True
                    # code is never text (and libxml2 reads no "<!--<script" past our end tag)
                    content = self.text[self.pos : end] if name in _RCDATA and keep else ""
                    self._replace(self.pos, end, f"{content}</{name}>")
                    self.pos = end
                    return False
        if not keep:
            self._replace(self.pos, end, "")
        self.pos = end
        return not close_found

    def _script_end(self) -> int:
        """Where the "</script" that ends the script at `pos` starts (or the input's end).

        HTML5's escaped script states (libxml2 2.14 implements them, measured): after "<!--",
        "<script" enters a double-escaped state in which "</script" does not end the script;
        "-->" leaves both. Most scripts hold no "<!--" and cost one search.
        """
        text = self.text
        if self.pos >= self.absent.get(_RUNAWAY_SCRIPT, len(text) + 1):
            return len(text)  # recovering: a script before this one found no end either
        end = self._unescaped_script_end()
        if end == len(text):
            self.absent[_RUNAWAY_SCRIPT] = self.pos
        return end

    def _unescaped_script_end(self) -> int:
        """`_script_end`, read through the escaped states."""
        text = self.text
        pos = self.pos
        next_close = -1  # the next "-->" at or after pos, memoized so each byte is read once
        while True:
            end = self._search("script", _SCRIPT_END, pos)
            end = len(text) if end < 0 else end
            escape = text.find("<!--", pos, end) if end < len(text) else self._find("<!--", pos)
            if escape < 0:
                return end
            pos = escape + 2  # in "<!-->" the "--" also starts a "-->"
            double = False
            while True:  # escaped (double=False) or double-escaped script data
                if 0 <= next_close < pos or next_close == -1:
                    next_close = self._find("-->", pos)
                    next_close = len(text) if next_close < 0 else next_close
                tag = _SCRIPT_TAG.search(text, pos, next_close)
                if tag is None:
                    break  # "-->" (or the end) comes first: back to script data
                if tag.group(1) and not double:
                    return tag.start()
                double = not tag.group(1)
                pos = tag.end() - 1  # the character after the name is script data again
            if next_close >= len(text):
                return len(text)
            pos = next_close + 3

    # -- comments, doctypes, processing instructions ---------------------------------------

    def _markup_declaration(self, start: int) -> bool:
        text = self.text
        if text.startswith("<!--", start):
            if text.startswith(("<!-->", "<!--->"), start):
                return self._drop_until(start, ">", start + 2)
            return self._comment(start)
        if _DOCTYPE.match(text, start):
            close = self._find(">", start)
            subset = text.find("[", start, close) if close >= 0 else self._find("[", start)
            if subset < 0:
                if close < 0:
                    return self._unclosed_declaration(start, start + 2)
                self.pos = close + 1
                return False
            subset_end = self._find("]", subset)
            if subset_end < 0:
                return self._unclosed_declaration(start, start + 2)
            return self._drop_until(start, ">", subset_end)
        return self._drop_until(start, ">", start + 2)  # CDATA and bogus comments

    def _comment(self, start: int) -> bool:
        """Drop a comment: it ends at the first "-->" or "--!>" (HTML5; libxml2 agrees)."""
        close = self._find("-->", start + 4)
        if self.bang_close != -2 and self.bang_close < start + 4:
            self.bang_close = self.text.find("--!>", start + 4)
            if self.bang_close < 0:
                self.bang_close = -2  # none left: never search again (keeps the pass linear)
        if self.bang_close >= 0 and (close < 0 or self.bang_close < close):
            return self._drop_until(start, "--!>", self.bang_close)
        return self._drop_until(start, "-->", start + 4)

    def _drop_until(self, start: int, closer: str, search_from: int) -> bool:
        """Drop from `start` through the next `closer`; to the end when there is none (when
        recovering, only the opener before `search_from`)."""
        close = self._find(closer, search_from)
        if close < 0:
            return self._unclosed_declaration(start, search_from)
        end = close + len(closer)
        self._replace(start, end, "")
        self.pos = end
        return False

    def _unclosed_declaration(self, start: int, opener_end: int) -> bool:
        """A comment, DOCTYPE or processing instruction left open to the end: it swallows
        the rest (True: the scan ends), or when recovering loses its opener only, which
        still parts the words around it ("0</0" reads "0 0", not "00")."""
        self._ran_away(start)
        if self.recover:
            self._replace(start, opener_end, " ")
            self.pos = opener_end
            return False
        self._replace(start, len(self.text), "")
        self.pos = len(self.text)
        return True

    def _replace(self, start: int, end: int, replacement: str) -> None:
        """Emit input up to `start`, then `replacement` instead of input[start:end]."""
        if start > self.copied:
            self.out.append(self.text[self.copied : start])
        if replacement:
            self.out.append(replacement)
        self.copied = end


@functools.lru_cache(maxsize=8)
def _section_pattern(max_attributes: int) -> re.Pattern[str]:
    """The attribute section of a tag, up to `max_attributes` attributes: it stops at ">",
    at the end of input, or after that many attributes. Its parts start with disjoint
    characters and a value always matches once "=" is seen, so the match is a single pass
    without backtracking (linear time)."""
    return re.compile(rf"{_SEPARATORS}(?:{_ATTRIBUTE_TEXT}{_SEPARATORS}){{0,{max_attributes}}}")


def _bound_attributes(section: str, settings: ParseSettings) -> str | None:
    """The attribute section with giant data: URIs emptied and junk attribute names
    dropped; None when it is fine as it is."""
    bounded = _data_uri_pattern(settings.max_data_uri_chars).sub(r"\1data:,", section)
    bounded = _ATTRIBUTE.sub(
        functools.partial(_without_junk_name, limit=settings.max_attribute_name_chars), bounded
    )
    return None if bounded == section else bounded


@functools.lru_cache(maxsize=8)
def _data_uri_pattern(min_chars: int) -> re.Pattern[str]:
    """A `data:` URI of at least `min_chars` characters, with its opening quote if any."""
    return re.compile(rf"""(["']?)[{_WS}]*data:[^"'{_WS}>]{{{min_chars},}}""", _ASCII_NOCASE)


def _without_junk_name(match: re.Match[str], *, limit: int) -> str:
    """An attribute whose name is over `limit` characters goes (libxml2 refuses names
    over 50,000 bytes)."""
    attribute = match.group()
    name = attribute.partition("=")[0].rstrip()
    return "" if len(name) > limit else attribute
