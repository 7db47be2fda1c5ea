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
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from newsextract.blocks import Candidate, Role
from newsextract.settings import TextSettings
from newsextract.signals.credits import split_caption
from newsextract.signals.strings import CJK_CLASS
from newsextract.text.lines import BODY_CLASSES, Line, costly_reason, heading_shaped

_FOLD = str.maketrans("’‘“”«»–—\u00ad", '\'\'""""--\u00ad')
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_CJK = re.compile(f"{CJK_CLASS}+")
_SLUG_SPLIT = re.compile(r"[-_+.,]+|%20")
_SLUG_WORD = re.compile(r"[^\W\d_]{2,}")
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»«/]{1,2}\s+")


@dataclass(frozen=True, slots=True)
class Naming:
    """What names the story outside its text: the dumped <title> line, the caller's hint,
    the URL's slug words."""

    title: str | None  # folded; the hint when given, else the dump's first line
    cores: tuple[str, ...]  # the title without a site name before or after it, folded
    slug: frozenset[str]


def naming(texts: Sequence[str], hint: str | None, url: str | None) -> Naming:
    """The page's names for its story, folded for matching."""
    title = hint if hint else (texts[0] if texts else None)
    folded = fold(title) if title else None
    return Naming(folded, _cores(folded) if folded else (), _slug_words(url))


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
    if not url:
        return frozenset()
    path = unquote(urlsplit(url).path)
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


def headline_text(text: str, names: Naming, settings: TextSettings) -> str:
    """The headline as the page names it: the title's own words when the line holds them
    plus a kicker, else the line."""
    folded = fold(text)
    if not names.title or len(folded) <= len(names.title):
        return text
    core = _core_in(folded, names, settings)
    if core is None or len(folded) != len(text):
        return text  # (folding changed the length: the span cannot be mapped back)
    start = folded.index(core)
    return text[start : start + len(core)].strip()


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
    above = [anchor for anchor in anchors if anchor < start]
    if above and _plain_lines(lines, above[-1] + 1, start) <= settings.headline_lookback:
        return above[-1]
    return _best_heading(lines, candidates, range(start - 1, lowest - 1, -1), settings)


def _plain_lines(lines: Sequence[Line], first: int, stop: int) -> int:
    """How many lines in [first, stop) carry no removal reason."""
    return sum(1 for line in lines[first:stop] if line.reason is None)


def _best_heading(
    lines: Sequence[Line], candidates: Sequence[Candidate], above: range, settings: TextSettings
) -> int | None:
    """The heading-shaped line among the first `headline_lookback` plain lines of `above`
    (the lines above the story, nearest first) that shares most words with the story's
    opening, a Markdown heading counting for more; ties go to the nearer line. None when no
    line shares enough."""
    lead = lead_words(lines, above.start + 1, settings.headline_lead_chars)
    best, best_score = None, settings.headline_min_overlap
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
        score = _overlap(line.text, lead) + _heading_bonus(candidates[index], settings)
        if score > best_score:
            best, best_score = index, score
    return best


def _could_be_headline(line: Line, candidate: Candidate, settings: TextSettings) -> bool:
    """Heading-shaped, long enough, not a link, a caption, a byline or a date line."""
    return (
        heading_shaped(line.text, line.shape, settings)
        and line.shape.words >= settings.headline_min_words
        and candidate.link_density < settings.headline_max_link_density
        and split_caption(line.text)[1] is None
        and costly_reason(line.text, line.shape, settings) is None
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


def _overlap(text: str, lead: frozenset[str]) -> float:
    """The share of the line's content words found in the story's opening."""
    words = content_words(text)
    return len(words & lead) / len(words) if words else 0.0
