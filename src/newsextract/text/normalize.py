"""A text dump made readable line by line, whatever tool dumped it.

Text mode reads one block per line. Dumpers do not all write that: terminal browsers and
e-mail clients wrap paragraphs at a fixed width, HTML-to-Markdown converters add link and
image syntax and wrap too, `get_text("\\n")`-style dumps break a sentence at every link or
bold word, and some tools put a whole page on one line. Each repair runs only when the page
itself shows the need for it:

- **Markdown** (links, images or `#` headings in numbers): block markers are read (headings
  keep their level, list items, block quotes, rules), links become their text (their share
  of a line is kept as its link density), images are dropped but mark their neighbourhood
  (a caption is near), emphasis and backslash escapes are removed.
- **Hard wrapping** (most long lines end just short of one width): a line joins the next
  when the next one's first word would not have fitted on it.
- **Lines split at inline elements** (many lines continue the sentence of the line above:
  they start with closing punctuation or in lowercase after a line that ends no sentence,
  or follow a line ending on a comma or a stop word): such lines are joined, and so are
  names their links set on lines of their own inside or at the head of a sentence.
- **Very long lines** (a page or a story on one line): split into sentences, which the
  labeller weighs one by one and which are joined again when they end up in one block.

Every piece keeps the span of the input it came from, so the removal log can show the
user's own lines. Joining only ever puts a space (or nothing, after a hyphen that ended a
line) between the original lines: no word is dropped or made up, apart from Markdown syntax.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

from newsextract.blocks import Role
from newsextract.data import textcues
from newsextract.settings import Settings, TextSettings
from newsextract.signals.byline import is_name_mark, parse_byline
from newsextract.signals.credits import opens_with_copyright
from newsextract.signals.dates import dateline_start, looks_like_dateline
from newsextract.signals.language import guess_language, stop_words_of
from newsextract.signals.shape import SENTENCE_STOPS, final_char
from newsextract.signals.strings import cleaned_prefix_exceeds, composed

_MD_HEADING = re.compile(r"(#{1,6})[ \t]+(?=\S)")
_MD_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_MD_TABLE_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$"
)
_MD_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_MD_ITEM = re.compile(r"^([ \t]*)(?:[*+-]|\d{1,3}[.)])[ \t]+(?=\S)")
#: A heading inside a list item, after the item's nested markers: html2text writes a
#: teaser list's `<li><h3>` as "  * ### [Title](url)", a breadcrumb's as "3.   4. #  Title".
_MD_ITEM_HEADING = re.compile(r"(?:(?:[*+-]|\d{1,3}[.)])[ \t]+)*#{1,6}[ \t]+(?=\S)")
#: A number at the very start of a line is one the page printed ("1. William Kirk - August 8,
#: 2012" over a comment, its number a link; "1) Lego Star Wars ..." in a ranking): html2text
#: indents the numbers it writes for an `<ol>` ("  1. One") and escapes a page's own
#: ("1\. "), but not inside a link nor before a bracket. It stays in the item's text (a
#: converter writing an `<ol>`'s numbers at the margin keeps them so: words a reader sees).
_MD_PRINTED_NUMBER = re.compile(r"\d{1,3}[.)][ \t]+(?=\S)")
_MD_REFERENCE = re.compile(r"^[ \t]{0,3}\[[^\]]{1,500}\]:[ \t]*\S+(?:[ \t]+\"[^\"]*\")?[ \t]*$")
#: An image, possibly inside a link: `![alt](src "title")`, `[![alt](src)](href)`. Every
#: repeat is bounded, so that a failed match costs a bounded scan (hostile input stays linear).
_MD_IMAGE = re.compile(
    r"\[?!\[[^\]]{0,1000}\]\([^)\s]{0,2000}(?:\s+\"[^\"]{0,500}\")?\)(?:\]\([^)\s]{0,2000}\))?"
)
_MD_LINK = re.compile(
    r"\[([^\]]{0,1000})\]\([^)\s]{0,2000}(?:\s+\"[^\"]{0,500}\")?\)"
    r"|\[([^\]]{1,1000})\]\[[^\]]{0,100}\]"
)
#: The end of a link whose `[` opened in an earlier block (html2text breaks link text that
#: holds block elements, a teaser's time, title and summary, over blank lines).
_MD_LINK_TAIL = re.compile(r"^([^\[\]]{0,1000})\]\([^)\s]{0,2000}(?:\s+\"[^\"]{0,500}\")?\)")
#: The start of a link whose `]` closes in the next block ("[    Konstantin Furrer" / blank /
#: ",](/autoren/...)": html2text breaks link text over blank lines); a bracket opening a
#: citation ("[HR. At-Tirmidzi ...") is no link: the next block does not close one.
_MD_LINK_HEAD = re.compile(r"^\[(?!!)([^\[\]]{1,1000})$")
_MD_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]{1,2000})>")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^*]{1,500}?)(?<=\S)\*(?!\w)"
    r"|(?<!\w)_(?=\S)([^_]{1,500}?)(?<=\S)_(?!\w)"
)
#: Underscores at a word's edge that `_MD_EMPHASIS` found no partner for: html2text sets an
#: emphasis's marks outside the spaces its element began or ended with ('_" You can't build
#: ..., " _said plenty', "Photographer_"), writes "__" for an empty one, and an emphasis may
#: run past what `_MD_EMPHASIS` pairs. A word never starts or ends in underscores in prose,
#: and html2text leaves one inside a word as it is ("my_var", "@joe_doe": not touched); one
#: it escaped ("\_") is text. Each alternative holds an empty group: the marks are
#: replaced by nothing (`_unwrap`).
_MD_STRAY_UNDERSCORES = re.compile(
    r"(?<![\w\\])_{1,3}(?=[^\s_])()"  # opening a word, or a quotation: '_"You'
    r"|(?<=[^\s_\\])_{1,3}(?!\w)()"  # closing one
    r"|(?<!\S)_{1,3}(?!\S)()"  # alone
)
_MD_CODE = re.compile(r"`([^`]{1,500})`")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
#: What may start a line that continues the sentence above it: closing punctuation.
_CLOSING = frozenset(",.;:!?)]}%…、。，」』）】")
#: A line ending on one of these goes on (a clause, a bracket or quote that opens, a dash).
_OPEN_ENDINGS = frozenset(",(\u201c\u2018\u00ab[-\u2013\u2014/&+")
#: Quotation marks, opening or closing (the same mark does both across languages).
_QUOTATION_MARKS = "\"'\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb"
#: ... of which these may close a quotation at a line's start (guillemets also mark links:
#: "» Publicidade", a lone apostrophe starts a word, "' tis", and comment widgets open
#: quotes with “ and a space: "“ Hedwig and Cabaret for sure ... ”").
_CLOSING_QUOTES = '"\u201d\u2019'
#: Quotation marks and opening brackets, read past to find a line's first letter.
_OPENERS = _QUOTATION_MARKS + "("
#: ... but these marks close a quotation that their partner opened earlier on the line
#: (German „…“ and ‚…‘, German and Danish »…«): "Warnung vor Brandgasen – „Extreme Gefahr“".
_QUOTE_OPENERS = {"\u201c": "\u201e", "\u2018": "\u201a", "\u00ab": "\u00bb"}
#: A capitalized word of letters, as in a name (dots, hyphens and apostrophes inside).
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_LANGUAGE_PIECES = 200  # pieces read to guess the language again (the guess reads 5,000 chars)
_WORD_CORE = re.compile(r"^\W+|\W+$")  # punctuation around a word
_SPACED_WORD = re.compile(r"\S+")
_WORD_KEY = re.compile(r"\W+")  # what a word's key leaves out (`_repeats_apart`)
_CONTEXT_LINES = 3  # lines of a block read to tell whether the next line continues it
#: Kana and CJK ideographs: scripts written without spaces between words (not Hangul).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Chinese and Japanese punctuation between words: enumeration comma, comma, full stop,
#: quotation brackets ...
_UNSPACED_PROSE = frozenset("、，。「」")
#: ... of which these never end a sentence or a heading.
_UNSPACED_OPEN = frozenset("、，「")
#: Where two block texts meet with nothing between them: two lowercase letters (one is a
#: brand's or a noun class's prefix: "iPad", "uMduduzi"), a sentence's stop or a figure,
#: then a capitalized word ("ParisSiste", "NRK.Det", "00:00Ljuduppspelningen").
_GLUED_JOIN = re.compile(
    r"(?:(?<=[a-zß-öø-ÿа-яё][a-zß-öø-ÿа-яё])|(?<=\w[.!?])|(?<=\d))"
    r"(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё])"
)
#: A web address, a handle or a hashtag: its capitals join no blocks.
_NAME_OF_A_PLACE_ONLINE = re.compile(r"^[@#]|\.[a-z]|/")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+|(?<=[。！？])")
_SPACES = re.compile(r"\s+")

#: A stretch of a piece's text, `[start, end)`: the words of one link.
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Piece:
    """One line of the normalized dump: its text, and where it came from."""

    text: str  # whitespace squeezed, Markdown syntax removed
    start: int  # span of the input it was made from (its first and last lines)
    end: int
    gap_before: int = 0  # blank lines above it in the input
    role: Role = Role.BODY  # a Markdown heading, list item or block quote says so
    heading_level: int = 0
    link_chars: int = 0  # characters of its text that were link text (Markdown)
    near_image: bool = False  # a Markdown image sits in it or right above it
    continues: bool = False  # the rest of the line of the piece before it (a long line split)
    links: tuple[Span, ...] = ()  # where its link texts stand in `text` (Markdown)


#: The repair that rejoins lines an inline element broke (`Dump.repairs`).
INLINE_BREAKS = "inline breaks"
#: The repair that splits lines where block texts were glued without a space (`Dump.repairs`).
GLUED_BLOCKS = "glued blocks"


@dataclass(frozen=True, slots=True)
class Dump:
    """A text dump normalized: its pieces in order, and which repairs it needed."""

    source: str  # the input, as given
    pieces: tuple[Piece, ...]
    repairs: tuple[str, ...] = ()  # "markdown", "wrapped at N", "inline breaks", "glued
    # blocks", "long lines"

    def original(self, piece: Piece) -> str:
        """The input's own text of a piece (its lines, as the user gave them)."""
        return self.source[piece.start : piece.end].strip()


@dataclass(frozen=True, slots=True)
class _Line:
    """One non-blank line of the input, Markdown block markers read off."""

    start: int
    end: int
    text: str  # the line without its block marker, spaces at its ends kept
    width: int  # the line's length as written, trailing spaces aside
    gap_before: int
    role: Role = Role.BODY
    heading_level: int = 0
    opens: bool = False  # starts a block of its own (a marker, a heading, after a hard break)
    hard_break: bool = False  # ends with a Markdown hard break (two spaces)


def normalize(text: str, shared: Settings, max_pieces: int, *, language: str | None = None) -> Dump:
    """The dump's pieces, each repair applied only when the page shows the need for it.
    `shared` holds the text stage's settings (`shared.text`) and those of the signals it
    reads (bylines, dates, languages). `language` is the caller's (`Options.language`);
    else it is guessed from the text."""
    settings = shared.text
    read = language or guess_language(text, shared.language)
    unending = textcues.UNENDING_WORDS.get(read) if read else None
    markdown = _looks_like_markdown(text, settings)
    lines = _read_lines(text, markdown)
    width = _wrap_width(lines, settings)
    inline = _inline_breaks(lines, unending, shared)
    repairs = [
        name
        for name, needed in (
            ("markdown", markdown),
            (f"wrapped at {width}", width is not None),
            (INLINE_BREAKS, inline),
        )
        if needed
    ]
    if not repairs:
        pieces = [
            Piece(_squeeze(line.text), line.start, line.end, line.gap_before) for line in lines
        ]
    else:
        groups = _groups(lines, _Repairs(width, inline, markdown, unending), shared)
        pieces = _pieces(groups, markdown)
    unglued = _unglued(pieces, settings)
    if len(unglued) != len(pieces):
        repairs.append(GLUED_BLOCKS)
    split = _split_long(
        unglued, _long_chars(unglued, lines, settings), shared, max_pieces, language
    )
    if len(split) != len(unglued):
        repairs.append("long lines")
    return Dump(text, tuple(split[:max_pieces]), tuple(repairs))


# --- evidence ------------------------------------------------------------------------------


def _looks_like_markdown(text: str, settings: TextSettings) -> bool:
    """Links, images and `#` headings, counted (bounded: the first marks are enough)."""
    found = text.count("](")
    for _ in _MD_HEADING_LINE.finditer(text):
        if found >= settings.markdown_min_marks:
            break
        found += 1
    return found >= settings.markdown_min_marks


def _wrap_width(lines: Sequence[_Line], settings: TextSettings) -> int | None:
    """The width the dump was wrapped at, when its long lines show one: nearly none is
    longer, many end within `wrap_band` characters of it, and those rarely end a sentence
    (a wrapped line ends where the next word did not fit, a paragraph where its sentence
    does). Lines holding a token no wrapper can break (a URL) are left out."""
    long = [line for line in lines if _tells_width(line, settings)]
    if len(long) < settings.wrap_min_lines:
        return None
    widths = sorted(line.width for line in long)
    width = widths[int(len(widths) * (1 - settings.wrap_outlier_share)) - 1]
    if width > settings.wrap_max_width:
        return None
    near = [line for line in long if width - settings.wrap_band <= line.width <= width]
    ending = sum(1 for line in near if final_char(line.text) in SENTENCE_STOPS)
    if (
        len(near) < settings.wrap_min_share * len(long)
        or len({line.width for line in near}) < settings.wrap_min_widths
    ):
        return None
    return width if ending <= settings.wrap_max_sentence_share * len(near) else None


def _tells_width(line: _Line, settings: TextSettings) -> bool:
    """A line long enough, in words and characters, to show where wrapping broke it, and
    free of tokens no wrapper breaks."""
    if line.width < settings.wrap_min_chars:
        return False
    words = line.text.split()
    return len(words) >= settings.wrap_min_words and max(map(len, words)) <= settings.wrap_max_token


def _inline_breaks(
    lines: Sequence[_Line], unending: frozenset[str] | None, shared: Settings
) -> bool:
    """Whether many lines continue the sentence above them (a dump that broke lines at links
    and bold words), or many are a lone separator between two lines (`is_name_mark`: a menu's
    or a byline's links each on a line, where a page's sentences break only at names, which
    are no evidence)."""
    count = sum(
        1
        for above, line in pairwise(lines)
        if not line.gap_before and _continues(above.text, line.text, unending, shared)
    )
    settings = shared.text
    if count >= max(settings.inline_min_breaks, settings.inline_min_share * len(lines)):
        return True
    separators = sum(
        1
        for line, below in pairwise(lines[1:])
        if not line.gap_before and not below.gap_before and is_name_mark(line.text)
    )
    return separators >= settings.inline_min_separators


def _continues(
    above: str,
    line: str,
    unending: frozenset[str] | None,
    shared: Settings,
    after: Sequence[str] = (),
    *,
    joined: bool = False,
) -> bool:
    """Whether `line` goes on with the sentence of the line `above` it: it starts with
    closing punctuation or a closing quotation mark (`_closes_quotation`); or, after a line
    that ends no sentence and is no title-case heading (a block already `joined` from lines
    broken at inline elements is none), in lowercase, quotation marks and brackets before
    it aside, unless it is a dated byline or a date stamp of its own ("vor 14 Minuten")
    (the two, with the lowercase lines right `after` it, long enough not to be menu items;
    the line above of two words or more, or one capitalized word a drop cap set
    apart), or after a comma, an opening bracket or a word that never ends a sentence
    ("of", "the": `unending`); or it closes a bracket the line above left open
    (`_closes_bracket`). In Chinese and Japanese (no spaces, no case) a line goes on when
    the break falls between two of their characters mid-sentence (`_unspaced_goes_on`): a
    ruby or linked word set on a line of its own."""
    above, line = above.strip(), line.strip()
    if not above or not line:
        return False
    first = line[0]
    if first in _CLOSING and not line.startswith(".."):
        return True
    if _closes_quotation(line):
        return True
    if _closes_bracket(above, line):
        return True
    if final_char(above) in SENTENCE_STOPS or (not joined and _title_case(above)):
        return False
    if _unspaced_pair(above[-1], first):
        return _unspaced_goes_on(above.split(), first, shared.text)
    words = above.split()
    if _letter(line).islower() and not opens_with_copyright(line):  # "(c) 2012 ...": a notice
        if _byline_alone(line, after, shared) or looks_like_dateline(line, shared.dates):
            return False  # a byline or a stamp ("vor 14 Minuten") under the headline
        count = len(words) + len(line.split()) + _lowercase_words(after)
        lead_in = len(words) == 1 and _letter(words[0]).isupper()  # a drop cap's word set apart
        return (len(words) >= 2 or lead_in) and count >= shared.text.inline_join_min_words
    if above[-1] in _OPEN_ENDINGS and not _closes_quote(above):
        return len(words) >= 2
    return len(words) >= 3 and unending is not None and _unending(words, unending)


def _unending(words: Sequence[str], unending: frozenset[str]) -> bool:
    """Whether the last of the words never ends a sentence (`unending`), capitalized too
    when it opens a sentence of its own ("... from the Party. The" / "6 O'Clock This
    Morning" / "has ...": an article before a linked name)."""
    last = words[-1]
    opens = final_char(words[-2]) in SENTENCE_STOPS and last.casefold() in unending
    return last in unending or opens


def _byline_alone(line: str, after: Sequence[str], shared: Settings) -> bool:
    """Whether a line in lowercase is a byline of its own, not the rest of the line above
    ("Meinung Warum Kritik ... verpufft" / "von Jemima Kelly" / "05. November 2024"): a
    byline word and persons' names (`parse_byline`) dated on its own line ("by Paulo Coelho
    on June 25, 2012") or right over a date line. Without a date it is as often a teaser's
    headline and its byline ("... 60fps" / "by Lewis White" in a "Trending" box), which had
    better stay one line than repeat the story's headline."""
    if final_char(line) in SENTENCE_STOPS or cleaned_prefix_exceeds(line, shared.byline.max_chars):
        return False  # a sentence's end, or a paragraph: no byline (and no date searched in it)
    dated = dateline_start(line, shared.dates) is not None or (
        bool(after) and looks_like_dateline(after[0], shared.dates)
    )
    return dated and bool(parse_byline(line, settings=shared.byline, dates=shared.dates))


def _closes_quotation(line: str) -> bool:
    """Whether the line starts with a quotation mark that hugs no word on its right: it
    closes a quotation the line above opened ('"am anderen Ende' / '" möglich: ...',
    'Saint Seiya' / '” e la prima stagione', 'Pittsburgh Steelers' after 'Cleveland Browns' /
    '’ Week 11 game'). An opening mark is followed by the quoted word in every language;
    guillemets and “ are left out (`_CLOSING_QUOTES`: links and comment widgets).

    >>> _closes_quotation("” e la prima stagione")
    True
    >>> _closes_quotation("“Well, I am fully supportive of him”")
    False
    """
    return (
        len(line) >= 2 and line[0] in _CLOSING_QUOTES and (line[1].isspace() or line[1] in _CLOSING)
    )


def _letter(text: str) -> str:
    """The text's first character after any opening quotation mark or bracket (a quoted
    or bracketed phrase set on its own line by its link: '"die offensichtliche Praxisferne"')."""
    return text.lstrip(_OPENERS + " ")[:1]


def _lowercase_words(after: Sequence[str]) -> int:
    """The words of the lines `after` a line up to the first that does not start in
    lowercase: a sentence broken at several inline elements in a row ("The" / "airline" /
    "had said a flight ...") is counted whole, as one line of it would be."""
    words = 0
    for text in after:
        if not _letter(text).islower():
            break
        words += len(text.split())
    return words


def _closes_bracket(above: str, line: str) -> bool:
    """Whether the line closes a round bracket the line above opened and left open: a
    caption's credit set in its own element inside the bracket ("Riot police in Plymouth
    ( Image:" / "Getty Images)")."""
    return above.count("(") > above.count(")") and line.count(")") > line.count("(")


def _closes_quote(line: str) -> bool:
    """Whether the line's last mark closes a quotation its partner opened on the line
    (`_QUOTE_OPENERS`): the same mark opens an English or a French quotation.

    >>> _closes_quote("Warnung vor giftigen Brandgasen – „Extreme Gefahr“")
    True
    >>> _closes_quote("He said: “")
    False
    """
    opener = _QUOTE_OPENERS.get(line[-1])
    return opener is not None and opener in line[:-1]


def _unspaced_goes_on(lines: Sequence[str], first: str, settings: TextSettings) -> bool:
    """Whether a Chinese or Japanese line starting with `first` goes on with the `lines`
    above it: the last of them stops on a comma, an opening quotation mark or a particle,
    or the line starts with a particle (no sentence does), or the last is a word set on a
    line of its own (`unspaced_word_chars`) right after such a stop."""
    if first in textcues.UNENDING_PARTICLES or _stops_mid_sentence(lines[-1]):
        return True
    return (
        len(lines) >= 2
        and len(lines[-1]) <= settings.unspaced_word_chars
        and _stops_mid_sentence(lines[-2])
    )


def _stops_mid_sentence(line: str) -> bool:
    return line[-1] in _UNSPACED_OPEN or line[-1] in textcues.UNENDING_PARTICLES


def _unspaced_pair(before: str, after: str) -> bool:
    """Whether both characters are of a script written without spaces (Chinese, Japanese)
    or its punctuation."""
    return _unspaced(before) and _unspaced(after)


def _unspaced(char: str) -> bool:
    return char in _UNSPACED_PROSE or _UNSPACED.match(char) is not None


def _title_case(text: str) -> bool:
    """Most words capitalized: a heading or a menu entry, not a sentence cut short."""
    words = _WORD.findall(text)
    capitals = sum(1 for word in words if word[0].isupper())
    return len(words) >= 2 and capitals > 0.6 * len(words)


# --- lines and their groups ----------------------------------------------------------------


def _read_lines(text: str, markdown: bool) -> list[_Line]:
    """The non-blank lines with their offsets and the blank lines above each; in Markdown,
    block markers read off (rules, table rules and link definitions count as blank)."""
    out: list[_Line] = []
    gap = 0
    offset = 0
    for raw in text.splitlines(keepends=True):
        start = offset
        offset += len(raw)
        body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        if not body.strip():
            gap += 1
            continue
        end = start + len(body)
        if not markdown:
            out.append(_Line(start, end, body, len(body.rstrip()), gap))
            gap = 0
            continue
        line = _markdown_line(start, end, body, gap)
        if line is None:
            gap += 1
            continue
        out.append(line)
        gap = 0
    return out


def _markdown_line(start: int, end: int, body: str, gap: int) -> _Line | None:
    """A Markdown line with its block marker read off; None for a rule or a link definition."""
    if _MD_RULE.match(body) or _MD_TABLE_RULE.match(body) or _MD_REFERENCE.match(body):
        return None
    width = len(body.rstrip())
    hard_break = body.endswith("  ")
    heading = _MD_HEADING.match(body)
    if heading:
        level = len(heading.group(1))
        title = _without_closing_hashes(body[heading.end() :])
        return _Line(start, end, title, width, gap, Role.HEADING, level, True, hard_break)
    quote = _MD_QUOTE.match(body)
    if quote:
        rest = body[quote.end() :]
        if not rest.strip():
            return None
        return _Line(start, end, rest, width, gap, Role.BLOCKQUOTE, 0, False, hard_break)
    item = _MD_ITEM.match(body)
    if item:
        text = body[item.end() :]
        heading_marks = _MD_ITEM_HEADING.match(text)
        if heading_marks:  # the item's text is its heading's: marks and closing `#`s off
            text = _without_closing_hashes(text[heading_marks.end() :])
        elif _MD_PRINTED_NUMBER.match(body):  # the page's own number, its text
            text = body
        return _Line(start, end, text, width, gap, Role.LIST_ITEM, 0, True, hard_break)
    return _Line(start, end, body, width, gap, Role.BODY, 0, False, hard_break)


def _without_closing_hashes(text: str) -> str:
    """A heading's text without the optional closing `#`s ("## Title ##" -> "Title")."""
    text = text.rstrip()
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1] in " \t"):
        return bare.rstrip() or text
    return text


@dataclass(frozen=True, slots=True)
class _Repairs:
    """Which joins a page showed the need for."""

    width: int | None  # the width it was wrapped at
    inline: bool  # many lines broken at inline elements
    markdown: bool  # Markdown, whose paragraphs run on over single line breaks
    unending: frozenset[str] | None  # the words that never end a sentence in its language


def _groups(lines: Sequence[_Line], repairs: _Repairs, shared: Settings) -> list[list[_Line]]:
    """Consecutive lines that make one block: joined when wrapping broke them or, when the
    page showed many such breaks, when an inline element did."""
    groups: list[list[_Line]] = []
    for i, line in enumerate(lines):
        after = lines[i + 1 : i + 1 + _CONTEXT_LINES]
        if groups and _joins(groups[-1], line, after, repairs, shared):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _joins(
    group: Sequence[_Line],
    line: _Line,
    after: Sequence[_Line],
    repairs: _Repairs,
    shared: Settings,
) -> bool:
    """Whether `line` goes on with the block `group` above it: never across a blank line or
    a block marker; when the dump's layout broke the line above (`_laid_out`), unless the
    source did (a Markdown hard break, a `<br>`); or when an inline element broke the
    sentence (read on the group's last lines, so that a one-word line between two links
    does not end it; a `<br>` inside a sentence, "shares this easy fall leaf bunting" /
    "that would be a lovely addition to your", is read so too, as in the other dumps)."""
    settings = shared.text
    above = group[-1]
    if line.gap_before or line.opens:
        return False
    if (line.role is Role.BLOCKQUOTE) != (above.role is Role.BLOCKQUOTE):
        return False
    if not above.hard_break and _laid_out(group, line, repairs, settings):
        return True
    if not repairs.inline or above.role is Role.HEADING:
        return False
    text = " ".join(x.text for x in group[-_CONTEXT_LINES:])
    following = _without_gap(after)
    joined = len(group) > 1
    return _continues(
        text, line.text, repairs.unending, shared, following, joined=joined
    ) or _name_set_apart(text, line.text, following, settings, joined=joined)


def _laid_out(
    group: Sequence[_Line], line: _Line, repairs: _Repairs, settings: TextSettings
) -> bool:
    """Whether the dump's layout, not the source, broke the line above `line`: a Markdown
    paragraph going on over a single line break, a wrapped Markdown heading, or wrapping
    (the next word would not have fitted on the line above; headings too)."""
    above = group[-1]
    if repairs.markdown and (_soft_break(above, line) or _wrapped_heading(group, line, settings)):
        return True
    if repairs.width is None:
        return False
    word = line.text.split(maxsplit=1)[0]
    return above.width + 1 + len(word) > repairs.width - settings.wrap_slack


def _name_set_apart(
    above: str, line: str, after: Sequence[str], settings: TextSettings, *, joined: bool
) -> bool:
    """Whether a name its link set on a line of its own goes on with the sentence around it,
    on a page that breaks lines at inline elements (not evidence of such breaks: names and
    taglines under them, "Virtual Geek" / "an insider's perspective ...", are common in
    any dump). Either the line `above` (a single line, not `joined`) is the name and the
    `line` goes on in lowercase, long enough with the lowercase lines `after` it to be no
    menu item ("Nick Brewer" / "wrote in last week" / "asking for suggestions ..."); or
    the `line` is the name, the line above stops on a lowercase word and the line `after`
    the name goes on with closing punctuation or in lowercase words ("... l'Iran ha
    arrestato" / "Cecilia Sala" / ", che da allora ..."; not an icon's label: "Polisen ber
    om tips" / "Amanda Hällsten" / "chevron-right")."""
    above_words, words = above.split(), line.split()
    if not joined and _name_like(above_words, settings):
        count = len(words) + _lowercase_words(after)
        return _letter(line).islower() and count >= settings.inline_join_min_words
    if not after or not above_words[-1][0].islower() or not above_words[-1][-1].isalpha():
        return False
    going_on = after[0][0] in _CLOSING or (_letter(after[0]).islower() and " " in after[0])
    return (
        going_on
        and _name_like(words, settings)
        and len(above_words) + len(words) >= settings.inline_join_min_words
    )


def _name_like(words: Sequence[str], settings: TextSettings) -> bool:
    """Whether the words may be a name: two to `inline_name_words` capitalized words of
    letters ("Cecilia Sala", "LG Display", "J.R.R. Tolkien"; not "Posted by", "Hi Tim,",
    "Tuesday, November 13"). A lone word is left out: a lead-in ("In", "I"), a label
    ("Reply", "Below:") as often as a name."""
    return 2 <= len(words) <= settings.inline_name_words and all(
        word[0].isupper() and _NAME_WORD.fullmatch(word) for word in words
    )


def _without_gap(lines: Sequence[_Line]) -> list[str]:
    """The texts of the lines up to the first blank line or block marker."""
    out: list[str] = []
    for line in lines:
        if line.gap_before or line.opens:
            break
        out.append(line.text.strip())
    return out


def _soft_break(above: _Line, line: _Line) -> bool:
    """Whether a Markdown paragraph (or list item) goes on over a single line break, as
    Markdown reads it; never after a heading or into a table row."""
    return (
        above.role is not Role.HEADING
        and line.role is not Role.HEADING
        and "|" not in above.text
        and "|" not in line.text
    )


def _wrapped_heading(group: Sequence[_Line], line: _Line, settings: TextSettings) -> bool:
    """Whether a plain line right under a Markdown heading (no blank line between) goes on
    with it: html2text wraps headings as it wraps paragraphs ("# India fires missiles into
    Pakistani-controlled territory, killing at least" / "26") and leaves a blank line under
    every heading; the heading's line is long enough to have been wrapped."""
    return (
        len(group) == 1
        and group[0].role is Role.HEADING
        and line.role is Role.BODY
        and group[0].width >= settings.wrap_min_chars
    )


def _pieces(groups: Sequence[Sequence[_Line]], markdown: bool) -> list[Piece]:
    """One piece per group: its lines joined, Markdown inline syntax removed."""
    out: list[Piece] = []
    image_above = False
    texts = [_join_texts([line.text for line in group]) for group in groups]
    for index, group in enumerate(groups):
        first = group[0]
        joined = texts[index]
        links = 0
        spans: list[Span] = []
        image = False
        if markdown:
            closed = index + 1 < len(texts) and _MD_LINK_TAIL.match(texts[index + 1]) is not None
            joined, spans, links, image = _markdown_inline(joined, closed_below=closed)
        squeezed, spans = _unwrap(_SPACES, joined, spans)
        if not squeezed:
            image_above = image_above or image
            continue
        out.append(
            Piece(
                squeezed,
                first.start,
                group[-1].end,
                first.gap_before,
                first.role,
                first.heading_level,
                min(links, len(squeezed)),
                image or image_above,
                links=tuple(spans),
            )
        )
        image_above = False
    return out


def _join_texts(texts: Sequence[str]) -> str:
    """Lines of one block joined: a line ending in a hyphen after a letter is glued to the
    next (a word or compound the wrapper broke), and so are two lines of Chinese or Japanese
    (written without spaces); the others get a space."""
    out = texts[0].strip()
    for line in texts[1:]:
        text = line.strip()
        hyphen = len(out) > 1 and out[-1] == "-" and out[-2].isalpha()
        glue = "" if hyphen or (out and text and _unspaced_pair(out[-1], text[0])) else " "
        out = f"{out}{glue}{text}"
    return out


def _markdown_inline(text: str, *, closed_below: bool = False) -> tuple[str, list[Span], int, bool]:
    """Markdown inline syntax removed: the text, where its link texts stand in it, how many
    characters were link text, and whether an image was dropped; with `closed_below` (the
    next block closes a link, "](url)") a "[" opening the text and never closed in it opens
    that link (not counted as link text: a list's linked headings stay the list's)."""
    text, images = _MD_IMAGE.subn(" ", text)
    text, links = _unwrap(_MD_LINK, text, [], links=True)
    text, links = _unwrap(_MD_LINK_TAIL, text, links, links=True)
    link_chars = sum(end - start for start, end in links)
    steps = (_MD_AUTOLINK, _MD_STRONG, _MD_EMPHASIS, _MD_STRAY_UNDERSCORES, _MD_CODE, _MD_ESCAPE)
    for pattern in (_MD_LINK_HEAD, *steps) if closed_below else steps:
        text, links = _unwrap(pattern, text, links)
    return text, links, link_chars, images > 0


def _unwrap(
    pattern: re.Pattern[str], text: str, spans: Sequence[Span], *, links: bool = False
) -> tuple[str, list[Span]]:
    """The text with each match of `pattern` replaced by the last group that took part in it
    (a link by its words, "**x**" by "x"; a pattern without groups: a run of spaces by one
    space, none at the text's ends), and the `spans` of the text moved with their words;
    with `links`, each kept group's words (spaces around them aside) added as a span."""
    out: list[str] = []
    edits: list[tuple[int, int, int, int]] = []  # the match's and the kept part's bounds
    kept: list[Span] = []
    at = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        if match.lastindex is None:
            keep = (start, start) if start == 0 or end == len(text) else (start, start + 1)
            words = "" if keep[0] == keep[1] else " "
        else:
            keep = match.span(match.lastindex)
            words = match.group(match.lastindex)
            if links and (core := words.strip()):
                lead = len(words) - len(words.lstrip())
                kept.append((keep[0] + lead, keep[0] + lead + len(core)))
        out.extend((text[at:start], words))
        edits.append((start, end, *keep))
        at = end
    if not edits:
        return text, list(spans)
    out.append(text[at:])
    moved = _moved(sorted([*spans, *kept]), edits)
    return "".join(out), [(a, b) for a, b in moved if a < b]


def _moved(spans: Sequence[Span], edits: Sequence[tuple[int, int, int, int]]) -> list[Span]:
    """The spans' bounds after the edits (each replacing `text[start:end]` by the part
    `text[keep_start:keep_end]` inside it, in order): a bound in a removed part goes to the
    kept part's nearest end."""
    starts = [edit[0] for edit in edits]
    removed = list(accumulate(((e - s) - (ke - ks) for s, e, ks, ke in edits), initial=0))

    def move(at: int) -> int:
        i = bisect_right(starts, at) - 1
        if i < 0:
            return at
        start, end, keep_start, keep_end = edits[i]
        if at >= end:
            return at - removed[i + 1]
        return start - removed[i] + min(max(at, keep_start), keep_end) - keep_start

    return [(move(a), move(b)) for a, b in spans]


def _squeeze(text: str) -> str:
    return " ".join(text.split())


# --- glued blocks -------------------------------------------------------------------------


def _unglued(pieces: Sequence[Piece], settings: TextSettings) -> list[Piece]:
    """Pieces whose words are glued block texts split where one block ends and the next
    begins. `get_text()` with no separator and `text_content()` put nothing between two
    elements the source writes side by side ("OL i ParisSiste nyttOL-live...", "til
    NRK.Det var"); a menu or a schedule glued so reads as one long line of prose. Split
    only where such joins are a share of the line's words that prose never has (a brand
    name's inner capital, "YouTube", is one in many words); each part continues the one
    before it."""
    out: list[Piece] = []
    for piece in pieces:
        parts = _glued_parts(piece.text, settings)
        out.extend(_split_piece(piece, parts) if len(parts) > 1 else [piece])
    return out


def _glued_parts(text: str, settings: TextSettings) -> list[str]:
    """The text cut at its glued joins when it holds enough of them (`_unglued`), else the
    text whole."""
    joins = glued_joins(text)
    if len(joins) < settings.glued_min_joins or len(joins) < settings.glued_min_share * (
        text.count(" ") + 1
    ):
        return [text]
    bounds = [0, *joins, len(text)]
    return [part for a, b in pairwise(bounds) if (part := text[a:b].strip())]


def glued_joins(text: str) -> list[int]:
    """Where block texts meet in the text, a web address's or a hashtag's inner capitals
    aside ("SmallBizTrends.com", "#BlackLivesMatter", "@NYTimesWorld", "%20Obama" in a
    link's URL). Each word is read once, for its first join: a long word with many joins
    (a glued menu, a blob of code) costs its length, not its length times its joins."""
    out: list[int] = []
    end = -1  # the end of the word the last join was in
    online = False  # that word is a web address, a handle or a hashtag
    for match in _GLUED_JOIN.finditer(text):
        at = match.start()
        if at >= end:
            found = text.find(" ", at)
            end = found if found >= 0 else len(text)
            online = bool(_NAME_OF_A_PLACE_ONLINE.search(text[text.rfind(" ", 0, at) + 1 : end]))
        if not online:
            out.append(at)
    return out


# --- long lines ----------------------------------------------------------------------------


def _split_long(
    pieces: Sequence[Piece], long: int, shared: Settings, max_pieces: int, language: str | None
) -> list[Piece]:
    """Pieces longer than `long` characters (`_long_chars`) split into their sentences (a
    page or a story on one line), a sentence of glued block texts split where they meet
    (`_glued_parts`: a minified page's menu, headline and byline glued into one sentence,
    too few joins among the whole line's words to split it), and a sentence holding a long
    stretch of words without a stop word (a menu glued to it) split around that stretch;
    each part marked as continuing the one before. The other pieces stay as they are."""
    settings = shared.text
    if all(len(piece.text) <= long for piece in pieces):
        return list(pieces)
    # the caller's language, else guessed on the normalized text (Markdown's URLs mislead)
    stop_words = stop_words_of(
        language
        or guess_language("\n".join(p.text for p in pieces[:_LANGUAGE_PIECES]), shared.language)
    )
    items = settings.list_item_words if _flattened(pieces, settings) else None
    out: list[Piece] = []
    for piece in pieces:
        if len(out) >= max_pieces:
            break
        if len(piece.text) <= long:
            out.append(piece)
            continue
        words = stop_words if _in_language(piece.text, stop_words, settings) else None
        parts = [
            part
            for stretch, repeated in _repeats_apart(piece.text, settings)
            for part in (
                [stretch]
                if repeated
                else _cut_up(stretch, max_pieces - len(out), words, settings, items=items)
            )
        ]
        out.extend(_split_piece(piece, parts))
    return out


def _cut_up(
    text: str,
    limit: int,
    stop_words: frozenset[str] | None,
    settings: TextSettings,
    *,
    items: int | None,
) -> list[str]:
    """A stretch of a long line as its sentences (at most `limit`), each cut at its glued
    joins and around its runs of words without a stop word (`_split_long`; those runs cut
    every `items` words on a flattened page)."""
    return [
        part
        for sentence in _sentences(text, limit)
        for unglued in _glued_parts(sentence, settings)
        for part in _without_lists(unglued, stop_words, settings, items=items)
    ]


def _long_chars(pieces: Sequence[Piece], lines: Sequence[_Line], settings: TextSettings) -> int:
    """The length over which a piece is a long line to split: `long_line_chars`, or
    `lone_line_min_chars` when the input is one line and one piece (a page flattened onto
    one line: however short, it holds the menu, the byline and the story side by side). An
    unwrapped paragraph is one piece of many lines; a line of glued block texts, split at
    the joins, is the blocks' pieces, which are split as any paragraph."""
    if len(lines) == 1 and len(pieces) == 1:
        return settings.lone_line_min_chars
    return settings.long_line_chars


def _flattened(pieces: Sequence[Piece], settings: TextSettings) -> bool:
    """Whether the page was flattened onto one or a few lines: its pieces over
    `long_line_chars` hold `flat_min_share` of its text or more (a whole page on one line,
    a minified page dumped by `text_content()`), not a long paragraph or two among the
    page's lines. A line under `long_line_chars` split at `lone_line_min_chars` is not: it
    may be one paragraph, and a list of names in it ("Anna Berg, Tom Olsen, Maria Lind
    ...") cut every `list_item_words` words reads as a menu that ends the story."""
    total = sum(len(piece.text) for piece in pieces)
    long = sum(len(piece.text) for piece in pieces if len(piece.text) > settings.long_line_chars)
    return long >= settings.flat_min_share * total


def _repeats_apart(text: str, settings: TextSettings) -> list[tuple[str, bool]]:
    """The text cut before and after each stretch of `repeat_min_words` words or more
    printed twice in a row, at most `repeat_max_gap` words apart (punctuation aside): a
    page on one line prints its headline again (a breadcrumb's last item or the share
    bar's title over the headline, the headline over its print version: "Die Eisheiligen
    2024: Wann sie sind ... Die Eisheiligen 2024 Wann sie sind ..."), and that headline,
    with no sentence stop at its end, would stay glued to the menu above it and the story
    under it. Prose does not say the same words twice in a row; a stretch of more than
    `heading_line_max_words` is a paragraph printed twice, and left to the sentence split.
    Each stretch comes with whether it is such a copy (kept whole: a headline has no
    sentence stop nor stop word to cut it at)."""
    words = [
        (key, match.start(), match.end())
        for match in _SPACED_WORD.finditer(text)
        if (key := _WORD_KEY.sub("", match.group()).casefold())
    ]
    least = settings.repeat_min_words
    seen: dict[tuple[str, ...], int] = {}  # each stretch of `least` words -> its last start
    copies: list[tuple[int, int]] = []  # the span of each copy
    free = 0  # the first word after the last copy
    # (distance, end) of the last stretch found again too far below itself: the stretches
    # starting inside it, as far apart, are shorter, so farther apart (a story printed
    # twice on one line, a JSON field's copy under the page's, is read once, not once a word)
    far = (0, 0)
    j = 0
    while j + least <= len(words):
        keys = tuple(key for key, _, _ in words[j : j + least])
        i = seen.get(keys)
        seen[keys] = j
        if i is None or i < free or (j - i == far[0] and j < far[1]):
            j += 1
            continue
        length = least
        while (
            i + length < j
            and j + length < len(words)
            and (words[i + length][0] == words[j + length][0])
        ):
            length += 1
        if not 0 <= j - i - length <= settings.repeat_max_gap:
            if j - i - length > settings.repeat_max_gap:
                far = (j - i, j + length)
            j += 1
            continue
        free = j = j + length
        if length <= settings.heading_line_max_words:  # else a paragraph printed twice
            copies.extend(
                (
                    (words[i][1], words[i + length - 1][2]),
                    (words[j - length][1], words[j - 1][2]),
                )
            )
    bounds = [0, *(at for span in copies for at in span), len(text)]
    copied = {span[0] for span in copies}
    parts = [(part, a in copied) for a, b in pairwise(bounds) if (part := text[a:b].strip())]
    return parts or [(text, False)]


def _split_piece(piece: Piece, parts: Sequence[str]) -> list[Piece]:
    """The piece as its `parts` (at least one, its text's stretches in order): the first
    where the piece stood, each other continuing the one before it, all from the piece's
    span of the input; each part's link characters are those of the links in it (a long
    Markdown paragraph's sentences, its related links glued to its end, are not all link
    lists). The links are read once, in order, whatever the number of parts."""
    out: list[Piece] = []
    cursor = 0
    first = 0  # the first link that may reach into the part (links are in order of start)
    for index, part in enumerate(parts):
        found = piece.text.find(part, cursor)
        at = found if found >= 0 else cursor
        cursor = at + len(part)
        while first < len(piece.links) and piece.links[first][1] <= at:
            first += 1
        links: list[Span] = []
        i = first
        while i < len(piece.links) and piece.links[i][0] < cursor:
            start, end = piece.links[i]
            if end > at:
                links.append((max(start, at) - at, min(end, cursor) - at))
            i += 1
        link_chars = sum(b - a for a, b in links) if piece.links else piece.link_chars
        moved = replace(piece, text=part, links=tuple(links), link_chars=min(link_chars, len(part)))
        out.append(moved if index == 0 else replace(moved, gap_before=0, continues=True))
    return out


def _in_language(text: str, stop_words: frozenset[str] | None, settings: TextSettings) -> bool:
    """Whether the text's words are the language's prose (stop words among them in prose
    numbers): when the language was guessed wrong, no run of words can be told a list."""
    if stop_words is None:
        return False
    keys = _stop_keys(text)
    hits = sum(1 for key in keys if key in stop_words)
    return hits >= settings.prose_min_stop_share * len(keys)


def _stop_keys(text: str) -> list[str]:
    """The text's words as the stop-word lists hold them (`word_key`: composed, casefolded),
    their edges' punctuation stripped: the text is composed once, before it is split, so a
    decomposed word ending in a combining mark ("ca" + U+0300, "cà") keeps its mark.
    Composing keeps the whitespace (no mark composes with a space), so the keys stand one
    for one with `text.split()`."""
    return [_WORD_CORE.sub("", word).casefold() for word in composed(text).split()]


def _without_lists(
    sentence: str,
    stop_words: frozenset[str] | None,
    settings: TextSettings,
    *,
    items: int | None,
) -> list[str]:
    """The sentence cut before and after each run of `list_run_words` words or more none of
    which is a stop word: menus and tag lists a one-line dump glued to the prose (prose
    has a stop word every few words); with `items`, the run is cut again every `items`
    words, so that a flattened page's menu weighs as its items do when each is a line of
    its own (`TextSettings.list_item_words`)."""
    words = sentence.split()
    if stop_words is None or len(words) < settings.list_run_words:
        return [sentence]
    runs: list[Span] = []  # each run of list words, [start, end) in words
    run = 0
    for i, key in enumerate(_stop_keys(sentence)):
        if key in stop_words:
            if run >= settings.list_run_words:
                runs.append((i - run, i))
            run = 0
        else:
            run += 1
    if run >= settings.list_run_words:
        runs.append((len(words) - run, len(words)))
    cuts = {at for start, end in runs for at in (*range(start, end, items or end - start), end)}
    bounds = sorted({0, *cuts, len(words)})
    return [" ".join(words[a:b]) for a, b in pairwise(bounds) if a < b]


def _sentences(text: str, limit: int) -> list[str]:
    """The sentences of a long line (at most `limit`; the last takes the rest). A break
    before a lowercase letter is an abbreviation ("e.g. this"), not a sentence end."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if len(out) >= limit - 1:
            break
        following = text[match.end() : match.end() + 1]
        if not following or following.islower():
            continue
        sentence = text[start : match.start()].strip() + text[match.start() : match.end()].strip()
        if sentence:
            out.append(sentence)
        start = match.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out or [text]
