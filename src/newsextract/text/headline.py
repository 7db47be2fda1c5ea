"""The headline of a text dump: where the page names its story, and which line shows it.

Three things may name the story besides the story itself: the page's <title>, which many
dumpers print first (html_text, BeautifulSoup, e-mail); a title the caller knows (the
`title=` hint of `newsextract.extract`); and the page's URL, whose slug often spells the
headline. A line that matches one of them is a headline *anchor*: the story starts below
it (`text/run.py` weighs the first paragraph under it up).

When no anchor sits above the story, the headline is the heading-shaped line above the
story's first paragraph that shares most words with the story's opening (a headline names
its subject; share bars, section labels, dates and other stories' teasers do not), a
Markdown heading counting for more. A line whose words cover a good share of the <title>,
but which is longer (a kicker printed on the headline's line), gives the headline as the
<title> spells it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from newsextract.blocks import Candidate, Role
from newsextract.data.meta_words import BYLINE_PREFIXES
from newsextract.settings import TextSettings
from newsextract.signals.credits import is_credit_line, looks_like_photo_credit, split_caption
from newsextract.signals.shape import SENTENCE_STOPS, final_char
from newsextract.signals.strings import CJK_CLASS, split_url
from newsextract.text.lines import (
    BODY_CLASSES,
    Line,
    LineClass,
    costly_reason,
    heading_shaped,
)

_FOLD = str.maketrans("’‘“”«»–—\u00ad", '\'\'""""--\u00ad')
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_CJK = re.compile(f"{CJK_CLASS}+")
_SLUG_SPLIT = re.compile(r"[-_+.,]+|%20")
_SLUG_WORD = re.compile(r"[^\W\d_]{2,}")
_KICKER_GAP = " :-–—|"
#: Lines that are never the headline, even when the page's first line repeats them.
_NOT_HEADLINES = frozenset({LineClass.LIST, LineClass.HEADER, LineClass.CHROME, LineClass.WALL})
_STAMP = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d\d-\d\d"
    r"|\b\d{1,2},? (?:19|20)\d\d\b"
)
_BYLINE_CUE = re.compile(
    r"^(?:\S+\s+)?(?i:{})\s*:?\s+[A-ZÀ-ÖØ-ÞА-ЯЁ]".format(
        "|".join(re.escape(w) for w in BYLINE_PREFIXES if " " not in w)
    )
)
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»«/]{1,2}\s+")


@dataclass(frozen=True, slots=True)
class Naming:
    """What names the story outside its text: the dumped <title> line, the caller's hint,
    the URL's slug words."""

    title: str | None  # folded; the hint when given, else the dump's first line
    cores: tuple[str, ...]  # the title without a site name before or after it, folded
    slug: frozenset[str]
    words: frozenset[str] = frozenset()  # the title's content words
    core_words: tuple[frozenset[str], ...] = ()  # those of the title and of each core


def naming(
    texts: Sequence[str], hint: str | None, url: str | None, settings: TextSettings
) -> Naming:
    """The page's names for its story, folded for matching."""
    title = hint if hint else (texts[0] if texts else None)
    folded = fold(title) if title else None
    cores = _cores(folded) if folded else ()
    stem = settings.anchor_fuzzy_stem_chars
    words = stems(content_words(folded), stem) if folded else frozenset()
    core_words = tuple(stems(content_words(c), stem) for c in (folded, *cores) if c)
    return Naming(folded, cores, _slug_words(url), words, tuple(w for w in core_words if w))


def _cores(title: str) -> tuple[str, ...]:
    """The title without its last or its first segment ("Headline | Site", "Site: Headline"),
    when it has separated segments."""
    cuts = list(_TITLE_SEPARATOR.finditer(title))
    if not cuts:
        return ()
    return (title[: cuts[-1].start()].strip(), title[cuts[0].end() :].strip())


def fold(text: str) -> str:
    """Case, quotes, dashes and soft hyphens folded, so "Don’t" in a headline matches "Don't"
    in <title>."""
    return text.casefold().translate(_FOLD).replace("\u00ad", "")


def _slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL path's longest hyphenated segment ("/2024/05/storm-hits-coast-
    123" -> storm, hits, coast), when it has three or more."""
    parts = split_url(url)
    if parts is None:
        return frozenset()
    path = unquote(parts.path)
    best: list[str] = []
    for segment in path.split("/"):
        words = [w.casefold() for w in _SLUG_SPLIT.split(segment) if _SLUG_WORD.fullmatch(w)]
        if len(words) > len(best):
            best = words
    return frozenset(best) if len(best) >= 3 else frozenset()


def headline_anchors(
    texts: Sequence[str], names: Naming, hinted: bool, settings: TextSettings
) -> list[int]:
    """Lines that name the story as the page does elsewhere: held in the title (the dumped
    <title> line holds "Headline | Site"; the first line itself is never its own anchor
    unless the title came from the caller); else holding the title with a kicker or a
    standfirst glued to it; else spelling the URL's slug. An anchor has a headline's words
    (a first line "Advertisement" repeated below names no story)."""
    first = 0 if hinted else 1
    reach = range(first, min(len(texts), settings.anchor_search_lines))
    if names.title:
        title = names.title
        shortest = max(settings.anchor_min_chars, settings.anchor_min_share * len(title))
        folded = {
            i: fold(texts[i])
            for i in reach
            if len(texts[i]) >= shortest and len(texts[i].split()) >= settings.anchor_min_words
        }
        held = [i for i, line in folded.items() if len(line) <= len(title) and line in title]
        if held:
            return held
        holding = [
            i
            for i, line in folded.items()
            if len(line) > len(title) and _core_in(line, names, settings) is not None
        ]
        if holding:
            return holding
        resembling = [i for i in reach if _resembles(texts[i], names, settings)]
        if resembling:
            return resembling
    if names.slug:
        return [i for i in reach if _spells_slug(texts[i], names.slug, settings)]
    return []


def _core_in(line: str, names: Naming, settings: TextSettings) -> str | None:
    """The title, or its longest core, that the (longer, folded) line holds: the line opens
    with it (a dumper glued the headline to the standfirst), or is not much longer than it
    (a kicker printed on the headline's line)."""
    assert names.title is not None
    for core in sorted((names.title, *names.cores), key=len, reverse=True):
        if len(core) < max(settings.anchor_min_chars, settings.anchor_min_share * len(names.title)):
            continue
        if line.startswith(core) or (
            len(line) <= settings.anchor_max_growth * len(core) and core in line
        ):
            return core
    return None


def _resembles(text: str, names: Naming, settings: TextSettings) -> bool:
    """The line words its story as the title does, in other words here and there (a
    headline edited after the <title> was written): most of its content words are the
    title's, and it has most of the title's (or its core's)."""
    assert names.title is not None
    if len(text) > settings.anchor_max_growth * len(names.title) or "://" in text:
        return False  # (the page's address printed on it spells the title's words too)
    words = stems(content_words(text), settings.anchor_fuzzy_stem_chars)
    if len(words) < settings.anchor_fuzzy_min_words:
        return False
    if len(words & names.words) < settings.anchor_fuzzy_line_share * len(words):
        return False
    return any(
        len(words & title) >= settings.anchor_fuzzy_title_share * len(title)
        for title in names.core_words
    )


def _spells_slug(text: str, slug: frozenset[str], settings: TextSettings) -> bool:
    """Most of the line's words are slug words, and it spells most of the slug."""
    if len(text) > settings.anchor_slug_max_chars:
        return False
    words = {w.casefold() for w in _SLUG_WORD.findall(text)}
    if len(words) < 3:
        return False
    shared = len(words & slug)
    return shared >= settings.anchor_slug_share * len(slug) and shared >= (
        settings.anchor_slug_share * len(words)
    )


def headline_text(text: str, above: str | None, names: Naming, settings: TextSettings) -> str:
    """The headline as the page names it: the title's own words when the line holds them
    plus a kicker; the kicker printed on the line `above` and the line, when the title
    holds the two as one ("Kenia" / "Nairobi von unten" and "Kenia: Nairobi von unten");
    else the line."""
    folded = fold(text)
    if not names.title:
        return text
    if len(folded) <= len(names.title):
        return _with_kicker(text, above, names.title, settings) or text
    core = _core_in(folded, names, settings)
    if core is None or len(folded) != len(text):
        return text  # (folding changed the length: the span cannot be mapped back)
    start = folded.index(core)
    return text[start : start + len(core)].strip()


def _with_kicker(text: str, above: str | None, title: str, settings: TextSettings) -> str | None:
    """The kicker line and the headline line joined as the (folded) title joins them, when
    it does: the two in a row, a colon, dash or space between them."""
    if not above or len(above) > settings.kicker_max_chars:
        return None
    kicker, line = fold(above), fold(text)
    if len(kicker) != len(above) or len(line) != len(text):
        return None  # (folding changed a length: the title's spans cannot be mapped back)
    at = title.find(kicker)
    if at < 0:
        return None
    rest = title[at + len(kicker) :]
    gap = rest[: len(rest) - len(rest.lstrip(_KICKER_GAP))]
    own = text.lstrip(_KICKER_GAP)  # (a dumper may print the colon on the headline's line)
    if len(gap) > 3 or not own or not rest[len(gap) :].startswith(line.lstrip(_KICKER_GAP)):
        return None
    return f"{above}{gap}{own}"


def pick_headline(
    lines: Sequence[Line],
    candidates: Sequence[Candidate],
    start: int,
    anchors: Sequence[int],
    settings: TextSettings,
    *,
    lowest: int,
) -> int | None:
    """The headline line: the nearest anchor above the story's first line `start` (lines
    with a removal reason between them do not count towards `headline_lookback`), else the
    best heading-shaped line above it and from `lowest` on (1 when the first line is the
    dumped <title>)."""
    anchors = [a for a in anchors if lines[a].reason is None and lines[a].cls not in _NOT_HEADLINES]
    above = [anchor for anchor in anchors if anchor < start]
    if above and _plain_lines(lines, above[-1] + 1, start) <= settings.headline_lookback:
        return above[-1]
    inside = [a for a in anchors if start <= a]
    if inside and _plain_lines(lines, start, inside[0]) <= settings.headline_in_run:
        return inside[0]
    return _best_heading(lines, candidates, range(start - 1, lowest - 1, -1), settings)


def dek_line(
    lines: Sequence[Line],
    title: int | None,
    start: int,
    names: Naming,
    settings: TextSettings,
    *,
    capitalized_nouns: bool = False,
) -> int | None:
    """The dek under the headline, when the dump printed it as a line of its own above the
    story's run: the first line under the headline (bylines, dates and share bars may sit
    between), within `standfirst_reach` lines, of a dek's length, worded like one. Not a
    caption (a credit on it or under it), a credit, a link list, nor a second wording of
    the headline (the <title>'s words). A dek often ends without a full stop, so its
    shape does not matter."""
    if title is None:
        return None
    for index in range(title + 1, min(start, title + 1 + settings.standfirst_reach)):
        line = lines[index]
        if line.reason is not None:
            continue
        fits = settings.dek_min_words <= line.shape.words <= settings.dek_max_words
        below = lines[index + 1].text if index + 1 < len(lines) else ""
        if (
            fits
            and _reads_as_a_dek(line, settings, capitalized_nouns=capitalized_nouns)
            and line.cls is not LineClass.LIST
            and split_caption(line.text)[1] is None
            and not is_credit_line(line.text)
            and not looks_like_photo_credit(below)
            and not _names_the_story(line.text, names, settings)
            and costly_reason(line.text, line.shape, settings) is None
        ):
            return index
        return None
    return None


def _reads_as_a_dek(line: Line, settings: TextSettings, *, capitalized_nouns: bool) -> bool:
    """Worded like a sentence: stop words in it (share bars, tag lists and names have
    none), in sentence case (a teaser's or a widget's Title Case is not), not opened by a
    byline word before a name ("By Tim Childers", "Analysis by Chris Cillizza"), no date
    or time (a byline box's stamp)."""
    if line.shape.stop_share is not None and line.shape.stop_share < settings.prose_min_stop_share:
        return False
    long_words = [] if capitalized_nouns else _CONTENT_WORD.findall(line.text)
    capitals = sum(1 for w in long_words if w[0].isupper())
    if long_words and capitals >= settings.dek_max_capital_share * len(long_words):
        return False
    return _BYLINE_CUE.search(line.text) is None and _STAMP.search(line.text) is None


def _names_the_story(text: str, names: Naming, settings: TextSettings) -> bool:
    """Most of the line's content words are the title's: the headline worded again."""
    words = stems(content_words(text), settings.anchor_fuzzy_stem_chars)
    shared = len(words & names.words)
    return bool(words) and shared >= settings.dek_title_share * len(words)


def _plain_lines(lines: Sequence[Line], first: int, stop: int) -> int:
    """How many lines in [first, stop) carry no removal reason."""
    return sum(1 for line in lines[first:stop] if line.reason is None)


def _best_heading(
    lines: Sequence[Line], candidates: Sequence[Candidate], above: range, settings: TextSettings
) -> int | None:
    """The heading-shaped line among the first `headline_lookback` plain lines of `above`
    (the lines above the story, nearest first) that shares most words with the story's
    opening, a Markdown heading counting for more; ties go to the nearer line. None when no
    line shares enough. When the plain line right above the winner could be the headline
    too, is shorter and shares nearly as much (`headline_over_dek_share`), the winner is its
    dek (a dek words the story's opening more closely than the headline does): the line
    above is the headline."""
    stem = settings.anchor_fuzzy_stem_chars
    lead = stems(lead_words(lines, above.start + 1, settings.headline_lead_chars), stem)
    scored: dict[int, tuple[int, float]] = {}  # plain-line rank (1 = nearest) -> index, score
    best, best_score, best_rank = None, settings.headline_min_overlap, 0
    seen = 0
    for index in above:
        line = lines[index]
        if line.reason is not None:
            continue
        seen += 1
        if seen > settings.headline_lookback:
            break
        if not _could_be_headline(line, candidates[index], settings):
            continue
        score = _overlap(line.text, lead, stem) + _heading_bonus(candidates[index], settings)
        if score <= settings.headline_min_overlap:
            continue
        scored[seen] = (index, score)
        if score > best_score:
            best, best_score, best_rank = index, score, seen
    if best is None or best_rank + 1 not in scored:
        return best
    over, score = scored[best_rank + 1]
    if (
        score >= settings.headline_over_dek_share * best_score
        and lines[over].shape.words < lines[best].shape.words
    ):
        return over
    return best


def _could_be_headline(line: Line, candidate: Candidate, settings: TextSettings) -> bool:
    """Heading-shaped (or a CJK headline, `_cjk_headline`), long enough, not a link, a
    caption, a byline or a date line."""
    return (
        (heading_shaped(line.text, line.shape, settings) or _cjk_headline(line, settings))
        and line.shape.words >= settings.headline_min_words
        and candidate.link_density < settings.headline_max_link_density
        and split_caption(line.text)[1] is None
        and costly_reason(line.text, line.shape, settings) is None
    )


def _cjk_headline(line: Line, settings: TextSettings) -> bool:
    """A line written mostly in CJK characters, no sentence ending, of a headline's length
    in that script (a CJK character counts half a word, a Hangul word twice)."""
    text = line.text
    if text.isascii() or final_char(text) in SENTENCE_STOPS:
        return False
    cjk = sum(len(run) for run in _CJK.findall(text))
    return (
        2 * cjk >= len(text) - text.count(" ")
        and line.shape.words <= settings.cjk_headline_max_words
    )


def _heading_bonus(candidate: Candidate, settings: TextSettings) -> float:
    if candidate.role is not Role.HEADING:
        return 0.0
    return (
        settings.headline_h1_bonus if candidate.heading_level <= 1 else settings.headline_h2_bonus
    )


def lead_words(lines: Sequence[Line], start: int, reach: int) -> frozenset[str]:
    """Content words of the story's first body lines from `start` (up to `reach`
    characters)."""
    words: set[str] = set()
    chars = 0
    for line in lines[start:]:
        if chars >= reach:
            break
        if line.cls in BODY_CLASSES:
            words.update(content_words(line.text))
            chars += len(line.text)
    return frozenset(words)


def content_words(text: str) -> set[str]:
    """Words of four letters or more, casefolded; pairs of characters in CJK scripts."""
    words = {w.casefold() for w in _CONTENT_WORD.findall(text)}
    for run in _CJK.findall(text):
        words.update(run[i : i + 2] for i in range(len(run) - 1))
    return words


def stems(words: Iterable[str], chars: int) -> frozenset[str]:
    """The words cut to their first `chars` characters: "granice" and "granic", "kwestia"
    and "kwestią" meet (inflection changes a word's end)."""
    return frozenset(w[:chars] for w in words)


def _overlap(text: str, lead: frozenset[str], stem: int) -> float:
    """The share of the line's content words (by their first `stem` characters) found in
    the story's opening (`lead`, stems too), over its words plus one: one shared word of a
    one-word label ("Find a new job") is chance, four of a headline's six are not."""
    words = stems(content_words(text), stem)
    return len(words & lead) / (len(words) + 1) if words else 0.0
