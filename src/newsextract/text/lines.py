"""The lines of a text dump on their own: candidates, shapes, classes and chrome reasons.

A line's shape is language-light: word count (CJK characters count half a word), share of
stop words of the page's language (`signals/language.py`, lists in `data/stopwords.py`),
sentence ending, clause punctuation, " | " separators. Its class follows from the shape:
prose, short sentence, heading-like, fragment (menu items, labels), list (tag clouds); or
from chrome wording (`signals/boilerplate.py`, comment-thread and share-widget cues in
`data/textcues.py`): chrome, section header ("Related articles") and wall (a comment-thread
opener). Cheap checks (regexes, set lookups) run on every line (`first_look`); costlier
ones (error-page wording, bylines, datelines) only on the lines the caller picks
(`second_look`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from itertools import pairwise

from newsextract.blocks import Candidate
from newsextract.data import textcues
from newsextract.data.meta_words import MONTHS
from newsextract.model import RemovalReason
from newsextract.options import Options
from newsextract.settings import Settings, ShapeSettings, TextSettings
from newsextract.signals.boilerplate import MEDIA_WIDGET, phrase_reason
from newsextract.signals.byline import byline_parts, is_lone_byline_word, parse_byline
from newsextract.signals.credits import is_credit_line, names_a_photographer
from newsextract.signals.dates import is_reading_time, looks_like_dateline
from newsextract.signals.errorpage import is_error_text
from newsextract.signals.shape import SENTENCE_STOPS, final_char
from newsextract.signals.strings import CJK_CHAR, alternation, composed
from newsextract.text.normalize import Dump

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_EMBED_ATTRIBUTION = re.compile(r"[-–—―]\s.*(?:\(@\w+\)|\b(?:19|20)\d\d\s*$)")
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_LEADING = re.compile(r"[\W_]*")
_LINE_CUES = re.compile(
    r"(?:(?P<thread>{})|(?P<comment>{}))".format(
        "|".join(textcues.COMMENT_THREAD), "|".join(textcues.COMMENT_LINE)
    ),
    re.IGNORECASE,
)
_MORE_STORIES = re.compile(r"(?:{})".format("|".join(textcues.MORE_STORIES)))
_CODE_TOKENS = re.compile(
    r"\bfunction\s*\(|\b(?:var|let|const)\s+[\w$]+\s*=|\b(?:document|window)\.\w+"
    r"|\)\s*\{|\}\s*[);]|;\s*\}|=>|\breturn\b|[\w-]+\s*:\s*[\w#.%-]+\s*;"
)
_READ_ALSO = re.compile(r"(?:{})".format("|".join(textcues.READ_ALSO)), re.IGNORECASE)
_SHARE_WIDGET = re.compile("|".join(textcues.SHARE_WIDGET), re.IGNORECASE)
_PLACEHOLDER = re.compile("|".join(textcues.LOADING_PLACEHOLDER), re.IGNORECASE)
_NEEDS_SCRIPT = re.compile("|".join(textcues.NEEDS_SCRIPT), re.IGNORECASE)
_ADDRESS = re.compile("|".join(textcues.SCRIPT_NOTICE_ADDRESS), re.IGNORECASE)
_TAXONOMY = re.compile("|".join(textcues.TAXONOMY_LINE), re.IGNORECASE)
_POST_FOOTER = re.compile("|".join(textcues.POST_FOOTER), re.IGNORECASE)
_SIGN_UP = re.compile("|".join(textcues.SIGN_UP), re.IGNORECASE)
#: A comment's signature holds a clock time and a date: with a year, in figures, or a
#: month name and a day ("on Monday July 23, @08:25PM").
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_DATE_MARK = re.compile(
    r"\b(?:19|20)\d{{2}}\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b"
    r"|\b(?:{months})\.?\s+[0-3]?\d\b|\b[0-3]?\d\.?\s+(?:{months})\b".format(
        months=alternation(MONTHS)
    ),
    re.IGNORECASE,
)
#: A numbered comment's signature: its number, the commenter, a dash and the date last
#: ("17. Duncan MacLeod - August 8, 2012")
_NUMBERED_SIGNATURE = re.compile(r"(?P<number>\d{1,4})[.)] \S.* [-–—|] .*\d")
#: A sentence's end inside a line: a stop, then a space
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
_INLINE_REASONS = frozenset({RemovalReason.RELATED, RemovalReason.MEDIA_LABEL})
_HEADER_REASONS = frozenset(
    {RemovalReason.RELATED, RemovalReason.SUBSCRIBE, RemovalReason.COMMENTS}
)


class LineClass(str, Enum):
    """What a line looks like on its own, before its context is weighed."""

    PROSE = "prose"
    SENTENCE = "sentence"  # a short sentence
    HEADING = "heading"  # short, no sentence ending: a headline, subhead or link title
    FRAGMENT = "fragment"  # a menu item, label, number
    LIST = "list"  # a long line of items without stop words: tag clouds, category lists
    CHROME = "chrome"  # known page-furniture wording
    HEADER = "header"  # chrome that opens a section: "Related articles", "Newsletter"
    WALL = "wall"  # opens a comment thread


#: The classes of the story's own text.
BODY_CLASSES = frozenset({LineClass.PROSE, LineClass.SENTENCE})


@dataclass(frozen=True, slots=True)
class LineShape:
    """The language-light features of one line."""

    words: int
    stop_share: float | None  # None when the page's language is unknown
    sentence: bool  # ends like a sentence
    clauses: int  # ", " "; " ": " inside the line
    separators: int  # " | " " • " between items of a link list
    stops: int  # sentence-final marks anywhere in the line
    capitals: int  # words that start with a capital letter


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the dump with what is known about it."""

    text: str
    shape: LineShape
    cls: LineClass
    reason: RemovalReason | None = None  # chrome wording, byline, error text...


def text_candidates(dump: Dump, options: Options) -> tuple[Candidate, ...]:
    """One candidate per piece of the normalized dump, with the blank lines above it."""
    out: list[Candidate] = []
    for piece in dump.pieces[: options.max_blocks]:
        text = piece.text[: options.max_block_chars]
        out.append(
            Candidate(
                index=len(out),
                text=text,
                role=piece.role,
                tag="line",
                link_chars=min(piece.link_chars, len(text)),
                heading_level=piece.heading_level,
                gap_before=piece.gap_before,
                near_image=piece.near_image,
            )
        )
    return tuple(out)


def line_shape(text: str, stop_words: frozenset[str] | None) -> LineShape:
    """Words, stop-word share, sentence ending and punctuation of one line (read composed,
    as the lists are written)."""
    text = composed(text)
    words = _WORD.findall(text.lower())
    share = None
    if stop_words is not None and words:
        share = sum(1 for w in words if w in stop_words) / len(words)
    cjk = 0 if text.isascii() else len(CJK_CHAR.findall(text))
    if cjk > len(words):
        share = None  # CJK text is written without spaces: no stop words to count
    return LineShape(
        words=len(words) + cjk // 2,
        stop_share=share,
        sentence=final_char(text) in SENTENCE_STOPS,
        clauses=text.count(", ") + text.count("; ") + text.count(": "),
        separators=text.count(" | ") + text.count(" • ") + text.count(" · "),
        stops=sum(text.count(mark) for mark in SENTENCE_STOPS),
        capitals=sum(1 for word in _WORD.findall(text) if word[0].isupper()),
    )


def classify_shape(shape: LineShape, settings: TextSettings, prose: ShapeSettings) -> LineClass:
    """The class a line's own shape gives it (no chrome wording involved)."""
    wordy = shape.stop_share is None or shape.stop_share >= settings.prose_min_stop_share
    if (shape.separators >= 2 and not shape.sentence) or _run_on(shape, settings):
        return LineClass.LIST
    if (
        shape.words >= prose.prose_min_words
        and wordy
        and (
            shape.sentence or (shape.clauses >= 2 and shape.words > settings.heading_line_max_words)
        )
    ):
        return LineClass.PROSE
    if shape.words >= settings.short_sentence_min_words and wordy and shape.sentence:
        return LineClass.SENTENCE
    if shape.words <= settings.fragment_max_words:
        return LineClass.FRAGMENT
    if shape.words <= settings.heading_line_max_words:
        return LineClass.HEADING
    return LineClass.SENTENCE if wordy or shape.sentence else LineClass.LIST


def _run_on(shape: LineShape, settings: TextSettings) -> bool:
    """A long line with almost no sentence ends and mostly capitalised words: titles or
    options glued into one line (a dropdown, a list of links). Running text has a capital
    per sentence or so, even notes written without full stops."""
    return (
        shape.words >= settings.run_on_min_words
        and shape.words > settings.run_on_words_per_stop * shape.stops
        and shape.capitals >= settings.run_on_min_capital_share * shape.words
    )


def heading_shaped(text: str, shape: LineShape, settings: TextSettings) -> bool:
    """Short and not ending a sentence; a short question counts ("What happens next?")."""
    ending = final_char(text)
    question = ending == "?" and shape.words <= settings.question_heading_max_words
    return (
        0 < shape.words <= settings.heading_line_max_words
        and (question or not shape.sentence)
        and ending not in (",", ";", ":")
    )


def cheap_reason(text: str, words: int, options: Options, shared: Settings) -> RemovalReason | None:
    """Chrome found with regexes and set lookups only (the first pass): wording first, so a
    removal keeps its most specific reason, then the lines learned from the site's template."""
    reason = _wording_reason(text, words, shared)
    if reason is None and text in options.template_lines:
        return RemovalReason.TEMPLATE
    return reason


def _wording_reason(text: str, words: int, shared: Settings) -> RemovalReason | None:
    settings = shared.text
    if is_code(text, settings):
        return RemovalReason.SCRIPT
    reason = phrase_reason(text, shared.boilerplate)
    if reason is None and is_cookie_notice(text, words, settings):
        return RemovalReason.COOKIE
    if (
        reason is not None
        or words > settings.chrome_cue_max_words
        or len(text) > settings.chrome_cue_max_chars
    ):
        return reason
    if _cue(_LINE_CUES, text):
        return RemovalReason.COMMENTS
    if _cue(_READ_ALSO, text):
        return RemovalReason.RELATED
    if _cue(MEDIA_WIDGET, text):
        return RemovalReason.MEDIA_LABEL
    if is_reading_time(text, shared.dates):
        return RemovalReason.BYLINE  # "3 Min Lesezeit": the byline box's, wherever printed
    if words <= settings.more_header_max_words and _cue(_MORE_STORIES, text):
        return RemovalReason.RELATED
    return RemovalReason.SHARE if _SHARE_WIDGET.search(text) else None


def is_code(text: str, settings: TextSettings) -> bool:
    """Script or style code a dumper left in the text (a tool that kept <script> contents):
    several code tokens ("function(", "var x =", "document.", "});", "{color:") and code
    punctuation in numbers no prose has."""
    if not any(mark in text for mark in ("(", "{", "=")):
        return False
    tokens = len(_CODE_TOKENS.findall(text))
    if tokens < settings.code_min_tokens:
        return False
    symbols = sum(text.count(mark) for mark in "{}();=<>[]")
    return symbols >= settings.code_min_symbol_share * len(text)


def _inline_widget(text: str, settings: TextSettings) -> bool:
    """A "read also" or player line: widgets printed between a story's paragraphs."""
    if len(text) > settings.chrome_cue_max_chars:
        return False
    return _cue(_READ_ALSO, text) is not None or _cue(MEDIA_WIDGET, text) is not None


def _widget_reason(text: str, shape: LineShape, settings: TextSettings) -> RemovalReason | None:
    """Why a short line that is a widget's own text is left out: a player's or a
    slideshow's placeholder ("Loading Slideshow") or its notice that it needs a script
    ("Media requires JavaScript and Adobe Flash to play."), a post's taxonomy ("Filed
    under: Cloud", written as no sentence: "Posted in 2010, the video ..." is prose).
    Such lines stand between a story's paragraphs as often as under them, so they say
    nothing of where the story ends: `first_look` leaves them out but weighs them as
    their shape says."""
    if shape.words > settings.chrome_cue_max_words or len(text) > settings.chrome_cue_max_chars:
        return None
    if _cue(_PLACEHOLDER, text) is not None or _script_notice(text):
        return RemovalReason.MEDIA_LABEL
    taxonomy = not shape.sentence and _cue(_TAXONOMY, text) is not None
    return RemovalReason.RELATED if taxonomy else None


def _script_notice(text: str) -> bool:
    """Whether a short line is a widget's notice that it needs a script (`NEEDS_SCRIPT`):
    said to the reader or of what the widget does, or as a statement
    (`textcues.SCRIPT_NOTICE_ADDRESS`), not a story's headline or subhead about scripts
    ("Google Search now requires JavaScript")."""
    if _NEEDS_SCRIPT.search(text) is None:
        return False
    return final_char(text) in ".!" or _ADDRESS.search(text) is not None


def _cue(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern` matched after the line's leading punctuation and symbols. Skipping them
    first (linear) rather than inside the pattern keeps the match linear: a leading
    `[\\W_]*` and a first token that also takes punctuation would try every split point."""
    lead = _LEADING.match(text)
    return pattern.match(text, lead.end() if lead else 0)


def is_cookie_notice(text: str, words: int, settings: TextSettings) -> bool:
    """A consent dialog's paragraph: it names cookies at least twice (any of our languages)."""
    return (
        words <= settings.cookie_line_max_words
        and ("ookie" in text or "OOKIE" in text)
        and len(_COOKIE.findall(text)) >= settings.cookie_min_mentions
    )


def costly_reason(text: str, shape: LineShape, shared: Settings) -> RemovalReason | None:
    """Error-page wording, bylines and datelines (the second pass, near the article only).

    Bylines and datelines never end a sentence and are short, so only such lines are parsed.
    """
    if is_error_text(text, shared.errorpage):
        return RemovalReason.ERROR_PAGE
    # (a date line has a credit's slashes, "2025/1/21 20:50": a credit holds no year)
    if is_credit_line(text, shared.credits) or names_a_photographer(text):
        return None  # "(avec AFP)", "Foto: dpa" are credits, typed as such, not bylines
    if (
        shape.words <= shared.text.byline_line_max_words
        and not shape.sentence
        and not text.endswith(":")  # a line announcing what follows is no byline
        and (
            parse_byline(text, settings=shared.byline, dates=shared.dates) is not None
            or looks_like_dateline(text, shared.dates)
        )
    ):
        return RemovalReason.BYLINE
    return None


def not_a_subhead(line: Line, shared: Settings) -> bool:
    """A subhead-shaped line in the story that is something else: a byline, a date line,
    or an embedded post's attribution ("— Name (@handle) May 6, 2025": a dash, then a
    handle or a closing year; a dash alone opens a quoted subhead in Norwegian)."""
    return (
        _EMBED_ATTRIBUTION.match(line.text) is not None
        or costly_reason(line.text, line.shape, shared) is not None
    )


def first_look(
    text: str,
    stop_words: frozenset[str] | None,
    options: Options,
    shared: Settings,
    *,
    linked: float = 0.0,
) -> Line:
    """A line's shape, its chrome wording if any, and its class; a line mostly made of link
    text (`linked`, known from Markdown) is a link list whatever its shape, and a widget's
    own text (`_widget_reason`) keeps the class of its shape."""
    settings, prose = shared.text, shared.shape
    shape = line_shape(text, stop_words)
    reason = cheap_reason(text, shape.words, options, shared)
    if reason is None and is_post_footer(text):
        return Line(text, shape, LineClass.CHROME, RemovalReason.RELATED)
    if reason is None and linked >= settings.link_line_density:
        return Line(text, shape, LineClass.LIST, reason)
    widget = _widget_reason(text, shape, settings) if reason is None else None
    if widget is not None:
        return Line(text, shape, classify_shape(shape, settings, prose), widget)
    return Line(text, shape, line_class(text, shape, reason, settings, prose), reason)


def is_post_footer(text: str) -> bool:
    """Whether the line is a blogging platform's footer under a post
    (`textcues.POST_FOOTER`: "This entry was posted in ... Bookmark the permalink."): chrome
    whatever its length, and the post's end (`run.cut_tail`)."""
    return _cue(_POST_FOOTER, text) is not None


def asks_to_sign_up(text: str) -> bool:
    """Whether the text holds a sign-up box's wording (`textcues.SIGN_UP`: "sign up",
    "newsletter", "inbox", "e-mail address")."""
    return _SIGN_UP.search(text) is not None


def second_look(lines: Sequence[Line], indices: Sequence[int], shared: Settings) -> list[Line]:
    """The lines again, with the costlier checks run on the given ones."""
    settings, prose = shared.text, shared.shape
    out = list(lines)
    for i in indices:
        line = lines[i]
        reason = costly_reason(line.text, line.shape, shared) if line.reason is None else None
        if reason is not None:
            cls = line_class(line.text, line.shape, reason, settings, prose)
            out[i] = Line(line.text, line.shape, cls, reason)
    for i in [*indices, *reversed(indices)]:  # down, then up: a name under a name
        if out[i].reason is None and _beside_a_stamp(out, i, shared):
            cls = line_class(out[i].text, out[i].shape, RemovalReason.BYLINE, settings, prose)
            out[i] = Line(out[i].text, out[i].shape, cls, RemovalReason.BYLINE)
    return out


def repeated_texts(lines: Sequence[Line]) -> frozenset[str]:
    """The texts the page prints on more than one line (counted once per page: checking
    each line against all others would be quadratic in the lines)."""
    counts = Counter(line.text for line in lines)
    return frozenset(text for text, count in counts.items() if count > 1)


def _beside_a_stamp(lines: Sequence[Line], index: int, shared: Settings) -> bool:
    """Whether a line is a byline a dump printed in pieces: names only (persons or
    agencies: "Edgar Schuler", "Anadolu Ajansı") under a byline word alone ("von"), or
    beside a byline naming a person or a date line ("Publiziert heute um 12:19 Uhr"); or
    such a byline word over such names."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    if is_lone_byline_word(line.text):
        return below is not None and _names_only(below, shared)
    if not _names_only(line, shared) or (below and names_a_photographer(below.text)):
        return False  # (over a photo credit: the person pictured)
    above = lines[index - 1] if index else None
    if above is not None and is_lone_byline_word(above.text):
        return True
    return any(
        n is not None
        and n.reason is RemovalReason.BYLINE
        and (looks_like_dateline(n.text, shared.dates) or _person_named(n.text, shared))
        for n in (above, below)
    )


def _names_only(line: Line, shared: Settings) -> bool:
    """Whether a short line names persons or agencies and holds nothing else, in two words
    or more (one CJK word of a few characters is as often a section's label: "社会")."""
    if line.shape.words > shared.text.byline_line_max_words or line.shape.sentence:
        return False
    if " " not in line.text.strip():
        return False
    parsed = byline_parts(line.text, require_cue=False, settings=shared.byline, dates=shared.dates)
    return parsed is not None and bool(parsed[0] or parsed[1])


def _person_named(text: str, shared: Settings) -> bool:
    """Whether a byline names a person (a photo credit's "Foto: AFP/Jane Doe" does not)."""
    parsed = byline_parts(text, require_cue=False, settings=shared.byline, dates=shared.dates)
    return parsed is not None and bool(parsed[0])


def line_class(
    text: str,
    shape: LineShape,
    reason: RemovalReason | None,
    settings: TextSettings,
    prose: ShapeSettings,
) -> LineClass:
    """The class of a line: from its shape, or from the kind of chrome it is."""
    if reason is None:
        return classify_shape(shape, settings, prose)
    if reason is RemovalReason.BYLINE:
        return LineClass.FRAGMENT  # bylines sit between headline and story: cheap
    if reason in _INLINE_REASONS and _inline_widget(text, settings):
        return LineClass.FRAGMENT  # "Read also: ...", "Listen to this article" sit in stories
    cue = _cue(_LINE_CUES, text) if len(text) <= settings.chrome_cue_max_chars else None
    group = cue.lastgroup if cue is not None else None
    if reason is RemovalReason.COMMENTS and group == "thread":
        return LineClass.WALL
    if (
        reason in _HEADER_REASONS
        and shape.words <= settings.header_max_words
        and group != "comment"
    ):
        return LineClass.HEADER  # ("Reply", "Report" under a comment are no headers)
    return LineClass.CHROME


def thread_walls(lines: Sequence[Line], settings: TextSettings) -> list[Line]:
    """The lines, with the signatures of a comment thread made walls: short lines that
    are no prose and carry a clock time and a date ("Posted by: Ann at July 2, 2012 11:40
    AM"), when the page has `thread_min_stamps` of them after its first. A thread prints one
    per comment; the first is the story's own byline or dateline, and stays a line."""
    stamps = [
        i for i, line in enumerate(lines) if _is_stamp(line, lines[i - 1] if i else None, settings)
    ][1:]
    if len(stamps) < settings.thread_min_stamps:
        stamps = []
    out = list(lines)
    for i in [*stamps, *_numbered_signatures(lines, settings)]:
        out[i] = replace(lines[i], cls=LineClass.WALL)
    return out


def _numbered_signatures(lines: Sequence[Line], settings: TextSettings) -> list[int]:
    """The signatures of a thread that numbers its comments ("1. William Kirk - August 8,
    2012", "2. MJ - August 8, 2012"): short lines that are no prose, open with a number
    and end in a date after a dash, numbered 1, 2, 3 ... in page order, when the page has
    `thread_min_stamps` of them (a list of dated events or of records numbers its items
    too, with more after the date: "... (Los Angeles Times, June 20th, 2002)", "...
    fantasy points (2003)"), each over its comment (a story's timeline numbers dated
    events in a row: "1. Launch - May 3, 2012" / "2. Docking - June 4, 2012"). The first
    is no story's byline: all are walls."""
    found: list[int] = []
    for i, line in enumerate(lines):
        if line.cls is LineClass.PROSE or line.shape.words > settings.stamp_max_words:
            continue  # before the pattern, whose two `.*` take quadratic time on a long line
        signed = _NUMBERED_SIGNATURE.fullmatch(line.text.strip())
        if (
            signed is None
            or int(signed.group("number")) != len(found) + 1
            or not _ends_in_a_date(line.text)
        ):
            continue
        found.append(i)
    if len(found) < settings.thread_min_stamps or any(b - a == 1 for a, b in pairwise(found)):
        return []
    return found


def _ends_in_a_date(text: str) -> bool:
    """Whether the text ends in a date ("... - 20 August, 2011")."""
    marks = list(_DATE_MARK.finditer(text))
    return bool(marks) and marks[-1].end() == len(text.rstrip())


def _is_stamp(line: Line, above: Line | None, settings: TextSettings) -> bool:
    """Whether a line is a comment's signature: short, no prose, a clock time and a date
    ("Posted by: Ann at July 2, 2012 11:40 AM"), or a paragraph opening with one
    (`_opens_with_stamp`), its writer's name before the date or on the line `above`, short
    and no prose ("Brian C" / "October 31, 2012 at 9:41 am good dressing..": a dump that
    breaks the name from the date)."""
    if line.cls is LineClass.PROSE:
        named_above = (
            above is not None
            and above.cls is not LineClass.PROSE
            and above.shape.words <= settings.signature_name_max_words
        )
        return _opens_with_stamp(line.text, named_above, settings)
    return (
        line.shape.words <= settings.stamp_max_words
        and ":" in line.text
        and _CLOCK_TIME.search(line.text) is not None
        and _DATE_MARK.search(line.text) is not None
    )


def _opens_with_stamp(text: str, named_above: bool, settings: TextSettings) -> bool:
    """Whether a paragraph opens with a comment's signature, the comment glued after it
    ("Colin Roald October 1st, 2012 at 2:04 pm Hi! This is remarkably ...": a dump that
    joins a comment's header to its text, Markdown's mostly; Slashdot's "Posted by timothy
    on Tuesday July 24, @10:23AM from the ... dept.", the story's own): its words up to
    its first clock time are at most `stamp_max_words`, hold a date after at most
    `signature_name_max_words` words (a name, "says"; none when the name is `named_above`)
    and end no sentence. A live blog's entry opening on its date under the entry before
    ("October 29, 2012 at 1:15 pm The storm ...") is signed by nobody. A story's "...
    in American history. At 2:00 a.m., only ..." ends one; a gallery's caption gives the
    hour of its picture after a sentence's words ("The Western Hemisphere was relatively
    calm on Sunday, November 4, at 12:45 a.m. ET.")."""
    opening = " ".join(text.split(maxsplit=settings.stamp_max_words)[: settings.stamp_max_words])
    clock = _CLOCK_TIME.search(opening)
    if clock is None:
        return False
    date = _DATE_MARK.search(opening, 0, clock.end())
    if date is None or _SENTENCE_INSIDE.search(opening, 0, clock.end()):
        return False
    name = len(opening[: date.start()].split())
    return (name > 0 or named_above) and name <= settings.signature_name_max_words
