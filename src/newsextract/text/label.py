"""Plain text (a page a scraper already dumped) -> candidate lines -> labelled blocks.

A text dump has no markup, so every judgement comes from the lines themselves and their
neighbours. The steps, each a small function below:

1. Shape and class of each line on its own (`first_look`): word count (CJK characters count
   half a word), share of stop words of the page's language (`signals/language.py`, lists in
   `data/stopwords.py`), sentence ending, clause punctuation, " | " separators. Classes:
   prose, short sentence, heading-like, fragment (menu items, labels), list (tag clouds),
   chrome (wording from `boilerplate.py`, comment-thread and share-widget cues), section
   header ("Related articles") and wall (a comment-thread opener).
2. Weights: prose weighs its length, a short sentence half of it; every other line costs a
   fixed amount, so a long menu costs a lot whatever its items' lengths. The page's first
   line is usually the dumped <title>: a later line it contains is the headline anchor, and
   the first paragraph below it gets a bonus (`line_weights`).
3. The article is the maximum-sum run of lines (`best_run`); no run crosses a wall, and
   what follows a wall that closes a substantial run weighs less (readers' comments).
4. Costlier checks (error-page wording, bylines, datelines) run only near the run's ends and
   under the headline (`second_look`), then the run is chosen again.
5. Trims: the run starts below the headline when what precedes it is thin (menus with
   teasers; `cut_head`) and ends before a section header that little of the story follows
   (`cut_tail`); lists the story announces with a colon extend it (`announced_items`).
6. Decisions (`_decide`): in-run chrome is removed with its reason, link lists and "Related"
   boxes as link lists, repeated lines as duplicates; the rest is typed: captions by their
   credit, credit lines, subheads (short unpunctuated lines between paragraphs), list items,
   paragraphs, and a standfirst set apart by a wider gap or by a share bar or byline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from newsextract.blocks import Candidate, Decision, Role
from newsextract.data import textcues
from newsextract.model import BlockKind, RemovalReason
from newsextract.options import Options
from newsextract.signals.boilerplate import phrase_reason
from newsextract.signals.byline import parse_byline
from newsextract.signals.credits import is_credit_line, looks_like_photo_credit, split_caption
from newsextract.signals.dates import looks_like_dateline
from newsextract.signals.errorpage import is_error_text
from newsextract.signals.language import guess_language, stop_words_of
from newsextract.signals.shape import word_count

#: Prose lines have at least this many words and ...
PROSE_MIN_WORDS = 10
#: ... at least this share of stop words (when the page's language is known). English
#: paragraphs sit at 0.3-0.5, menus and tag lists near 0; on scrapinghub-text and the
#: readability pages dumped to text, F1 is flat for thresholds between 0.08 and 0.18.
PROSE_MIN_STOP_SHARE = 0.15
#: A short sentence ("A spokeswoman declined to comment.") has at least this many words.
SENTENCE_MIN_WORDS = 4
#: Headings (headline, subheads) have at most this many words.
HEADING_MAX_WORDS = 20
#: A subhead has at least this many words ("'Parallel universe'"); a lone word between
#: paragraphs is a label or a site name.
SUBHEAD_MIN_WORDS = 2
#: Lines below a subhead among which the section's first body line must come.
SUBHEAD_LOOKAHEAD = 2
#: A question this short, alone on its line between paragraphs, is a subhead.
QUESTION_HEADING_MAX_WORDS = 10
#: Lines of at most this many words are fragments (menu items, labels) unless they end a
#: sentence.
FRAGMENT_MAX_WORDS = 3
#: Chrome wording and the costlier checks apply to lines of at most this many words.
SHORT_LINE_WORDS = 25
#: Bylines and datelines have at most this many words.
BYLINE_MAX_WORDS = 16
#: A credit line ("(Reporting by ...)", "(FRANCE 24 with AFP)") may trail the run by this
#: many lines.
CREDIT_REACH = 3

#: Comment-thread, "More ..." and share-widget cues apply to lines of at most this many
#: characters (they are short; the bound also keeps hostile lines cheap).
CUE_MAX_CHARS = 200
#: "More ..." headers have at most this many words.
MORE_MAX_WORDS = 5
#: A line naming cookies this many times, in at most this many words, is a consent dialog.
COOKIE_MIN_MENTIONS = 2
COOKIE_MAX_WORDS = 150
#: After a comment-thread opener that ends a run weighing this much, lines weigh this much
#: less: readers' comments can outweigh a short story, and they come after it.
WALL_MIN_TOTAL = 300
AFTER_WALL_FACTOR = 0.3

#: A line that the first line (the dumped <title>) contains, among the first
#: `ANCHOR_SEARCH_LINES` lines, and that covers at least `ANCHOR_MIN_SHARE` of it, is the
#: headline: the first body line within `ANCHOR_REACH` lines after it weighs `ANCHOR_BONUS`
#: more. (On scrapinghub-text, the headline is 0.5-0.9 of the <title>, tags and section
#: names far less.)
ANCHOR_MIN_CHARS = 12
ANCHOR_MIN_SHARE = 0.4
ANCHOR_SEARCH_LINES = 400
ANCHOR_REACH = 15
ANCHOR_BONUS = 600.0
#: ... provided a second body line follows the first within this many lines.
ANCHOR_NEXT_BODY = 3

#: Weights, in characters of prose: a prose line weighs its length, a short sentence half of
#: it; other lines cost a fixed amount, so a long menu (many short lines) costs a lot whatever
#: its items' lengths. Calibrated on scrapinghub-text.
SENTENCE_WEIGHT = 0.5
HEADING_COST = 15.0
FRAGMENT_COST = 25.0
CHROME_COST = 120.0
#: A bare section header ("Related articles", "Comments", "Newsletter") of at most
#: `HEADER_MAX_WORDS` words costs more: what follows it is rarely the story any more.
HEADER_COST = 400.0
HEADER_MAX_WORDS = 4
#: Lines around the first run's ends on which the costlier checks run: outside the run, and
#: inside it.
CHECK_MARGIN = 6
CHECK_INSIDE = 3
#: A section header (related, newsletter, comments) in the second half of the run cuts the
#: run there when less than this share of the run's prose follows it.
TAIL_CUT_SHARE = 0.3
#: The run starts after a headline anchor inside it when this share of its prose, and at
#: least this many characters of prose, follow the anchor.
HEAD_CUT_SHARE = 0.1
HEAD_CUT_MIN_PROSE = 300
#: ... and less than this share of the lines before the anchor are body lines (menus with
#: teasers: 0.3-0.5; a story: 0.7 and more).
HEAD_CUT_MAX_DENSITY = 0.6
#: Fewest words after a caption label ("Image caption ...") for the line to be a caption.
LABELLED_CAPTION_MIN_WORDS = 2
#: Lines above the run where the headline may sit, and its fewest words.
TITLE_LOOKBACK = 15
TITLE_MIN_WORDS = 3
#: A list announced by a colon has at most this many items.
LIST_MAX_ITEMS = 60
#: A standfirst sits at most this many lines under the headline, in a story of at least
#: this many paragraphs.
STANDFIRST_REACH = 6
STANDFIRST_MIN_PARAGRAPHS = 3
#: Three or more link-like lines (headline-shaped, no sentence) in a row inside the run are a
#: related-links list, not subheads.
LINK_RUN_MIN = 3
#: ... unless they hold this many numbers each: rows of a flattened table.
TABLE_ROW_NUMBERS = 2

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_SENTENCE_STOPS = frozenset(".!?…。！？؟")
_CLOSERS = "\"'”’»)]“‘« "
_FOLD = str.maketrans("’‘“”«»–—", '\'\'""""--')


_LEADING = re.compile(r"[\W_]*")
_LINE_CUES = re.compile(
    r"(?:(?P<thread>{})|(?P<comment>{}))".format(
        "|".join(textcues.COMMENT_THREAD), "|".join(textcues.COMMENT_LINE)
    ),
    re.IGNORECASE,
)
_MORE_STORIES = re.compile(r"(?:{})".format("|".join(textcues.MORE_STORIES)))
_LINKS_INTRO = re.compile(r"\b(?:{})\b".format("|".join(textcues.LINKS_INTRO)), re.IGNORECASE)
_SHARE_WIDGET = re.compile("|".join(textcues.SHARE_WIDGET), re.IGNORECASE)
_CAPTION_LABEL = re.compile(r"(?:{})\s+".format("|".join(textcues.CAPTION_LABELS)), re.IGNORECASE)
_APART_REASONS = frozenset({RemovalReason.SHARE, RemovalReason.BYLINE})
_HEADER_REASONS = frozenset(
    {RemovalReason.RELATED, RemovalReason.SUBSCRIBE, RemovalReason.COMMENTS}
)
_SECTION_ENDS = frozenset(
    {RemovalReason.RELATED, RemovalReason.SUBSCRIBE, RemovalReason.COMMENTS, RemovalReason.SHARE}
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


_BODY_CLASSES = frozenset({LineClass.PROSE, LineClass.SENTENCE})


@dataclass(frozen=True, slots=True)
class LineShape:
    """The language-light features of one line."""

    words: int
    stop_share: float | None  # None when the page's language is unknown
    sentence: bool  # ends like a sentence
    clauses: int  # ", " "; " ": " inside the line
    separators: int  # " | " " • " between items of a link list


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the dump with what is known about it."""

    text: str
    shape: LineShape
    cls: LineClass
    reason: RemovalReason | None = None  # chrome wording, byline, error text...


@dataclass(frozen=True, slots=True)
class TextLabels:
    """Decisions for every line, and which line is the headline (if any)."""

    decisions: tuple[Decision, ...]
    title: str | None


def text_candidates(text: str, options: Options) -> tuple[Candidate, ...]:
    """One candidate per non-empty line, with the number of blank lines above it."""
    out: list[Candidate] = []
    gap = 0
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            gap += 1
            continue
        if len(out) >= options.max_blocks:
            break
        if len(line) > options.max_block_chars:
            line = line[: options.max_block_chars]
        out.append(Candidate(index=len(out), text=line, role=Role.BODY, tag="line", gap_before=gap))
        gap = 0
    return tuple(out)


def label_text(candidates: Sequence[Candidate], options: Options) -> TextLabels:
    """Label every line of a text dump: article blocks, or removed with a reason."""
    texts = [c.text for c in candidates]
    language_words = stop_words_of(guess_language("\n".join(texts)))
    lines = [first_look(text, language_words, options) for text in texts]
    anchors = headline_anchors(texts)
    start, end = best_run(line_weights(lines, anchors), lines)
    lines = second_look(lines, _edges(start, end, len(lines), anchors))
    start, end = best_run(line_weights(lines, anchors), lines)
    start = cut_head(lines, start, end, anchors)
    end = cut_tail(lines, start, end)
    items = announced_items(lines, start, end)
    end = max(end, max(items, default=end))
    title = _title_index(lines, start, anchors)
    decisions = _decide(candidates, lines, (start, end, items), title)
    return TextLabels(
        _mark_standfirst(decisions, candidates, title), texts[title] if title is not None else None
    )


# --- one line on its own ------------------------------------------------------------------


def line_shape(text: str, stop_words: frozenset[str] | None) -> LineShape:
    """Words, stop-word share, sentence ending and punctuation of one line."""
    words = _WORD.findall(text.lower())
    share = None
    if stop_words is not None and words:
        share = sum(1 for w in words if w in stop_words) / len(words)
    cjk = 0 if text.isascii() else len(_CJK.findall(text))
    if cjk > len(words):
        share = None  # CJK text is written without spaces: no stop words to count
    return LineShape(
        words=len(words) + cjk // 2,
        stop_share=share,
        sentence=text.rstrip(_CLOSERS)[-1:] in _SENTENCE_STOPS,
        clauses=text.count(", ") + text.count("; ") + text.count(": "),
        separators=text.count(" | ") + text.count(" • ") + text.count(" · "),
    )


def classify_shape(shape: LineShape) -> LineClass:
    """The class a line's own shape gives it (no chrome wording involved)."""
    wordy = shape.stop_share is None or shape.stop_share >= PROSE_MIN_STOP_SHARE
    if shape.separators >= 2 and not shape.sentence:
        return LineClass.LIST
    if (
        shape.words >= PROSE_MIN_WORDS
        and wordy
        and (shape.sentence or (shape.clauses >= 2 and shape.words > HEADING_MAX_WORDS))
    ):
        return LineClass.PROSE
    if shape.words >= SENTENCE_MIN_WORDS and wordy and shape.sentence:
        return LineClass.SENTENCE
    if shape.words <= FRAGMENT_MAX_WORDS:
        return LineClass.FRAGMENT
    if shape.words <= HEADING_MAX_WORDS:
        return LineClass.HEADING
    return LineClass.SENTENCE if wordy or shape.sentence else LineClass.LIST


def is_heading_like(text: str) -> bool:
    """A short line that does not end a sentence: a headline or a subhead."""
    return _heading_shaped(text, line_shape(text, None))


def _heading_shaped(text: str, shape: LineShape) -> bool:
    """Short and not ending a sentence; a short question counts ("What happens next?")."""
    ending = text.rstrip(_CLOSERS)[-1:]
    question = ending == "?" and shape.words <= QUESTION_HEADING_MAX_WORDS
    return (
        0 < shape.words <= HEADING_MAX_WORDS
        and (question or not shape.sentence)
        and ending not in (",", ";", ":")
    )


def cheap_reason(text: str, words: int, options: Options) -> RemovalReason | None:
    """Chrome found with regexes and set lookups only (the first pass): wording first, so a
    removal keeps its most specific reason, then the lines learned from the site's template."""
    reason = _wording_reason(text, words)
    if reason is None and text in options.template_lines:
        return RemovalReason.TEMPLATE
    return reason


def _wording_reason(text: str, words: int) -> RemovalReason | None:
    reason = phrase_reason(text)
    if reason is None and is_cookie_notice(text, words):
        return RemovalReason.COOKIE
    if reason is not None or words > SHORT_LINE_WORDS or len(text) > CUE_MAX_CHARS:
        return reason
    if _cue(_LINE_CUES, text):
        return RemovalReason.COMMENTS
    if words <= MORE_MAX_WORDS and _cue(_MORE_STORIES, text):
        return RemovalReason.RELATED
    return RemovalReason.SHARE if _SHARE_WIDGET.search(text) else None


def _cue(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern` matched after the line's leading punctuation and symbols. Skipping them
    first (linear) rather than inside the pattern keeps the match linear: a leading
    `[\\W_]*` and a first token that also takes punctuation would try every split point."""
    lead = _LEADING.match(text)
    return pattern.match(text, lead.end() if lead else 0)


def is_cookie_notice(text: str, words: int) -> bool:
    """A consent dialog's paragraph: it names cookies at least twice (any of our languages)."""
    return (
        words <= COOKIE_MAX_WORDS
        and ("ookie" in text or "OOKIE" in text)
        and len(_COOKIE.findall(text)) >= COOKIE_MIN_MENTIONS
    )


def costly_reason(text: str, shape: LineShape) -> RemovalReason | None:
    """Error-page wording, bylines and datelines (the second pass, near the article only).

    Bylines and datelines never end a sentence and are short, so only such lines are parsed.
    """
    if is_error_text(text):
        return RemovalReason.ERROR_PAGE
    if is_credit_line(text):
        return None  # "(avec AFP)" is typed as a credit line, not removed as a byline
    if (
        shape.words <= BYLINE_MAX_WORDS
        and not shape.sentence
        and not text.endswith(":")  # a line announcing what follows is no byline
        and (parse_byline(text) is not None or looks_like_dateline(text))
    ):
        return RemovalReason.BYLINE
    return None


def first_look(text: str, stop_words: frozenset[str] | None, options: Options) -> Line:
    """A line's shape, its chrome wording if any, and its class."""
    shape = line_shape(text, stop_words)
    reason = cheap_reason(text, shape.words, options)
    return Line(text, shape, _line_class(text, shape, reason), reason)


def second_look(lines: Sequence[Line], indices: Sequence[int]) -> list[Line]:
    """The lines again, with the costlier checks run on the given ones."""
    out = list(lines)
    for i in indices:
        line = lines[i]
        reason = costly_reason(line.text, line.shape) if line.reason is None else None
        if reason is not None:
            out[i] = Line(line.text, line.shape, _line_class(line.text, line.shape, reason), reason)
    return out


def _line_class(text: str, shape: LineShape, reason: RemovalReason | None) -> LineClass:
    """The class of a line: from its shape, or from the kind of chrome it is."""
    if reason is None:
        return classify_shape(shape)
    if reason is RemovalReason.BYLINE:
        return LineClass.FRAGMENT  # bylines sit between headline and story: cheap
    cue = _cue(_LINE_CUES, text) if len(text) <= CUE_MAX_CHARS else None
    group = cue.lastgroup if cue is not None else None
    if reason is RemovalReason.COMMENTS and group == "thread":
        return LineClass.WALL
    if reason in _HEADER_REASONS and shape.words <= HEADER_MAX_WORDS and group != "comment":
        return LineClass.HEADER  # ("Reply", "Report" under a comment are no headers)
    return LineClass.CHROME


# --- the article run ----------------------------------------------------------------------


def headline_anchors(texts: Sequence[str]) -> list[int]:
    """Lines the first line repeats: scrapers dump the page's <title> first, and the
    headline it holds ("Headline | Site") sits right above the article."""
    if not texts:
        return []
    page_title = _fold(texts[0])
    shortest = max(ANCHOR_MIN_CHARS, ANCHOR_MIN_SHARE * len(page_title))
    return [
        i
        for i in range(1, min(len(texts), ANCHOR_SEARCH_LINES))
        if shortest <= len(texts[i]) <= len(page_title) and _fold(texts[i]) in page_title
    ]


def _fold(text: str) -> str:
    """Case, quotes and dashes folded, so "Don’t" in a headline matches "Don't" in <title>."""
    return text.casefold().translate(_FOLD)


def line_weights(lines: Sequence[Line], anchors: Sequence[int]) -> list[float]:
    """Each line's weight; the first body line after the first headline anchor that has one
    within `ANCHOR_REACH` lines gets a bonus, if another body line follows it closely (a
    teaser repeating the headline has a single sentence)."""
    weights = [_weight(line) for line in lines]
    for anchor in anchors:
        body = [
            i
            for i in range(anchor + 1, min(len(lines), anchor + 1 + ANCHOR_REACH))
            if lines[i].cls in _BODY_CLASSES
        ]
        if len(body) >= 2 and body[1] - body[0] <= ANCHOR_NEXT_BODY:
            weights[body[0]] += ANCHOR_BONUS
            return weights
    return weights


def _weight(line: Line) -> float:
    if line.cls is LineClass.PROSE:
        return float(len(line.text))
    if line.cls is LineClass.SENTENCE:
        return SENTENCE_WEIGHT * len(line.text)
    if line.cls is LineClass.HEADING:
        return -HEADING_COST
    if line.cls is LineClass.FRAGMENT or line.cls is LineClass.LIST:
        return -FRAGMENT_COST
    if line.cls is LineClass.HEADER:
        return -HEADER_COST
    return -CHROME_COST


def best_run(weights: Sequence[float], lines: Sequence[Line]) -> tuple[int, int]:
    """The maximum-sum run of lines (Kadane) that crosses no wall: first and last index.

    After a wall that ends a run weighing `WALL_MIN_TOTAL`, lines weigh less
    (`AFTER_WALL_FACTOR`). Returns (0, -1) when no run has a positive total.
    """
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    factor = 1.0
    for index, (raw, line) in enumerate(zip(weights, lines, strict=True)):
        if line.cls is LineClass.WALL:
            factor = AFTER_WALL_FACTOR if total >= WALL_MIN_TOTAL else factor
            total, start = 0.0, index + 1
            continue
        weight = raw * factor
        if total <= 0:
            total, start = weight, index
        else:
            total += weight
        if total > best:
            best, best_start, best_end = total, start, index
    return best_start, best_end


def _edges(start: int, end: int, count: int, anchors: Sequence[int]) -> list[int]:
    """The lines where bylines and error text sit: around the run's start and end (up to
    `CHECK_MARGIN` lines outside the run and `CHECK_INSIDE` lines inside it) and under the
    headline."""
    head = range(max(0, start - CHECK_MARGIN), min(count, start + CHECK_INSIDE))
    tail_start = max(start + CHECK_INSIDE, end + 1 - CHECK_INSIDE)
    tail = range(tail_start, min(count, end + CHECK_MARGIN + 1))
    headline = [i for a in anchors[:1] for i in range(a + 1, min(count, a + 1 + CHECK_MARGIN))]
    return sorted({*head, *tail, *headline})


def cut_head(lines: Sequence[Line], start: int, end: int, anchors: Sequence[int]) -> int:
    """The run's new start: right after the headline when the run holds it (the story does
    not begin above its own headline), enough prose follows it, and what comes before it
    is thin (menus and teasers, not a story with a recipe card or a box titled like it), or
    holds a teaser of this very story (its headline glued to a summary: a news ticker)."""
    if not anchors or not start < anchors[0] <= end:
        return start
    anchor = anchors[0]
    prose = [len(line.text) if line.cls is LineClass.PROSE else 0 for line in lines]
    after = sum(prose[anchor : end + 1])
    enough = after >= max(HEAD_CUT_MIN_PROSE, HEAD_CUT_SHARE * sum(prose[start : end + 1]))
    body = sum(1 for line in lines[start:anchor] if line.cls in _BODY_CLASSES)
    headline = _fold(lines[anchor].text)
    teased = any(_fold(line.text).startswith(headline) for line in lines[start:anchor])
    if not enough or (body >= HEAD_CUT_MAX_DENSITY * (anchor - start) and not teased):
        return start
    return next((i for i in range(anchor + 1, end + 1) if lines[i].cls in _BODY_CLASSES), start)


def cut_tail(lines: Sequence[Line], start: int, end: int) -> int:
    """The run's new end: cut at the first section header (related, newsletter, comments,
    share) in the run's second half after which little of the run's prose follows."""
    is_prose = [line.cls is LineClass.PROSE for line in lines]
    total = sum(len(lines[i].text) for i in range(start, end + 1) if is_prose[i])
    after = total
    cut = end
    for i in range(start, end + 1):
        if is_prose[i]:
            after -= len(lines[i].text)
            continue
        if lines[i].reason not in _SECTION_ENDS or after > total - after:
            continue
        if after <= TAIL_CUT_SHARE * total:
            cut = i - 1
            break
    while cut > start and lines[cut].cls not in _BODY_CLASSES:
        cut -= 1
    return cut


def announced_items(lines: Sequence[Line], start: int, end: int) -> set[int]:
    """The items of lists the story announces with a colon ("The tour dates:", "Les dates :")
    inside the run or on the line right after it: the short lines that follow, up to the
    next chrome line or paragraph. They belong to the story however menu-like they look."""
    items: set[int] = set()
    for i in range(start, min(len(lines), end + 2)):
        line = lines[i]
        if line.reason is not None or not line.text.endswith(":") or _LINKS_INTRO.search(line.text):
            continue
        j = i + 1
        while (
            j < len(lines)
            and j - i <= LIST_MAX_ITEMS
            and lines[j].reason is None
            and lines[j].cls is not LineClass.PROSE
            and lines[j].cls is not LineClass.WALL
        ):
            items.add(j)
            j += 1
    return items


# --- headline and decisions ---------------------------------------------------------------


def _title_index(lines: Sequence[Line], start: int, anchors: Sequence[int]) -> int | None:
    """The headline: the nearest anchor above the run, else the nearest heading-like line.

    The anchor may sit further up when what lies between is chrome (a share panel of forty
    lines): only lines without a removal reason count towards `TITLE_LOOKBACK`.
    """
    low = max(-1, start - 1 - TITLE_LOOKBACK)
    for anchor in anchors[:1]:
        if anchor < start and _plain_lines(lines, anchor + 1, start) <= TITLE_LOOKBACK:
            return anchor
    for index in range(start - 1, low, -1):
        line = lines[index]
        if (
            line.reason is None
            and _heading_shaped(line.text, line.shape)
            and line.shape.words >= TITLE_MIN_WORDS
            and split_caption(line.text)[1] is None
        ):
            return index
    return None


def _plain_lines(lines: Sequence[Line], first: int, stop: int) -> int:
    """How many lines in [first, stop) carry no removal reason."""
    return sum(1 for line in lines[first:stop] if line.reason is None)


def _decide(
    candidates: Sequence[Candidate],
    lines: Sequence[Line],
    run: tuple[int, int, set[int]],
    title: int | None,
) -> list[Decision]:
    """The decision for every line, given the article run, its list items and the headline."""
    start, end, items = run
    link_runs = _link_runs(lines, start, end)
    head = title + 1 if title is not None else start
    seen: set[str] = set()
    decisions: list[Decision] = []
    for c, line in zip(candidates, lines, strict=True):
        i, text = c.index, c.text
        if i == title:
            decision = Decision(i, text, reason=RemovalReason.TITLE)
        elif line.reason is not None:
            decision = Decision(i, text, reason=line.reason)
        elif head <= i < start:
            decision = _label_head(i, line)
        elif start <= i <= end and text in seen:
            decision = Decision(i, text, reason=RemovalReason.DUPLICATE)
        elif i in items:
            decision = Decision(i, text, BlockKind.LIST_ITEM)
        elif start <= i <= end and (i in link_runs or line.cls is LineClass.LIST):
            decision = Decision(i, text, reason=RemovalReason.LINK_LIST)
        elif start <= i <= end:
            decision = _label_body(i, line, lines)
        elif end < i <= end + CREDIT_REACH and is_credit_line(text):
            decision = Decision(i, text, BlockKind.CREDIT)
        else:
            decision = Decision(i, text, reason=RemovalReason.OUTSIDE_MAIN)
        if decision.kind is not None:
            seen.add(text)
        decisions.append(decision)
    return decisions


def _link_runs(lines: Sequence[Line], start: int, end: int) -> set[int]:
    """Indices inside the run of link titles: `LINK_RUN_MIN`+ heading-like lines in a row,
    and the heading-like lines under a "Related" header up to the next body line."""
    out: set[int] = set()
    run: list[int] = []
    boxed = False
    for i in range(start, end + 2):
        line = lines[i] if i <= end else None
        if line is not None and line.cls is LineClass.HEADER:
            boxed = True
        elif line is not None and line.cls in _BODY_CLASSES:
            boxed = False
        if line is not None and line.cls is LineClass.HEADING and not _is_table_row(line.text):
            run.append(i)
            if boxed:
                out.add(i)
            continue
        if len(run) >= LINK_RUN_MIN:
            out.update(run)
        run = []
    return out


def _is_table_row(text: str) -> bool:
    """A line holding several numbers is a flattened table row, not a link title."""
    return len(_NUMBER.findall(text)) >= TABLE_ROW_NUMBERS


def _caption_or_credit(index: int, text: str) -> Decision | None:
    """A caption (announced by its accessibility label, which is dropped, or carrying a photo
    credit) or a credit line; None for any other line."""
    label = _CAPTION_LABEL.match(text)
    if label is not None and word_count(text[label.end() :]) >= LABELLED_CAPTION_MIN_WORDS:
        return Decision(index, text[label.end() :], BlockKind.CAPTION)
    caption, credit = split_caption(text)
    if credit is not None and caption:
        return Decision(index, text, BlockKind.CAPTION)
    if is_credit_line(text):
        return Decision(index, text, BlockKind.CREDIT)
    return None


def _label_head(index: int, line: Line) -> Decision:
    """A line between the headline and the run: caption, credit or standfirst, else chrome."""
    typed = _caption_or_credit(index, line.text)
    if typed is not None:
        return typed
    if line.cls is LineClass.PROSE:
        return Decision(index, line.text, BlockKind.PARAGRAPH)
    return Decision(index, line.text, reason=RemovalReason.OUTSIDE_MAIN)


def _label_body(index: int, line: Line, lines: Sequence[Line]) -> Decision:
    """A line inside the run: caption, credit line, subhead or paragraph."""
    typed = _caption_or_credit(index, line.text)
    if typed is not None:
        return typed
    if looks_like_photo_credit(line.text):
        return Decision(index, line.text, BlockKind.CAPTION)
    if (
        _heading_shaped(line.text, line.shape)
        and line.shape.words >= SUBHEAD_MIN_WORDS
        and _between_body(index, lines)
    ):
        return Decision(index, line.text, BlockKind.SUBHEAD)
    return Decision(index, line.text, BlockKind.PARAGRAPH)


def _between_body(index: int, lines: Sequence[Line]) -> bool:
    """Whether the nearest line above `index` that is not chrome is a body line, and one of
    the next two below is (a subhead may be followed by its photo's caption)."""
    before = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].reason is None), None)
    after = [lines[i] for i in range(index + 1, len(lines)) if lines[i].reason is None]
    return (
        before is not None
        and before.cls in _BODY_CLASSES
        and any(line.cls in _BODY_CLASSES for line in after[:SUBHEAD_LOOKAHEAD])
    )


def _mark_standfirst(
    decisions: list[Decision], candidates: Sequence[Candidate], title: int | None
) -> tuple[Decision, ...]:
    """The first paragraph is a standfirst when a wider gap than usual sets it apart, or
    when it sits just under the headline and a share bar or byline separates it from the
    second paragraph."""
    paragraphs = [d.index for d in decisions if d.kind is BlockKind.PARAGRAPH]
    if len(paragraphs) < STANDFIRST_MIN_PARAGRAPHS:
        return tuple(decisions)
    first, second = paragraphs[0], paragraphs[1]
    gaps = sorted(candidates[i].gap_before for i in paragraphs[2:])
    wider = candidates[second].gap_before > gaps[len(gaps) // 2]
    apart = (
        title is not None
        and first - title <= STANDFIRST_REACH
        and any(decisions[i].reason in _APART_REASONS for i in range(first + 1, second))
    )
    if (wider or apart) and len(decisions[first].text.split()) >= PROSE_MIN_WORDS:
        decisions[first] = Decision(first, decisions[first].text, BlockKind.STANDFIRST)
    return tuple(decisions)
