"""The headline of a text dump: where the page names its story, and which line shows it.

Three things may name the story besides the story itself: the page's <title>, which many
dumpers print first (html_text, BeautifulSoup, e-mail); a title the caller knows (the
`title=` hint of `newsextract.extract`); and the page's URL, whose slug often spells the
headline. A line that matches one of them is a headline *anchor*: the story starts below
it (`text/run.py` weighs the first paragraph under it up). When the URL's host names one
side of the <title> ("Headline – Site"), that side is the site's name, no anchor, and the
other anchors however short.

When no anchor sits above the story, the headline is the heading-shaped line above the
story's first paragraph that shares most words with the story's opening (a headline names
its subject; share bars, section labels, dates and other stories' teasers do not), a
Markdown heading counting for more. A line whose words cover a good share of the <title>,
but which is longer (a byline or a count glued to the headline's line), gives the headline
as the <title> spells it, after the kicker the line sets off by a colon before it (a
<title> shortened to fit drops the kicker).

An anchor may be another wording than the headline the page shows: the <title> printed
again above the page's kicker and headline (a breadcrumb's last item), or the SEO title a
URL's slug spells, printed under the visible headline. The visible headline is taken then,
when it names the same story in other words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice, pairwise
from urllib.parse import unquote

from newsextract.blocks import Candidate, Role
from newsextract.data import textcues
from newsextract.data.meta_words import BYLINE_PREFIXES, INNER_UPDATE_WORDS, PUBLICATION_WORDS
from newsextract.model import RemovalReason
from newsextract.settings import DEFAULT_SETTINGS, DateSettings, Settings, TextSettings
from newsextract.signals.boilerplate import share_prompt_title
from newsextract.signals.byline import opens_with_credit, parse_byline
from newsextract.signals.credits import is_credit_line, looks_like_photo_credit, split_caption
from newsextract.signals.dates import glued_dateline, opens_with_dateline_cue
from newsextract.signals.shape import SENTENCE_STOPS, final_char
from newsextract.signals.strings import (
    CJK_RUN,
    CONTENT_WORD,
    TITLE_SEPARATOR,
    content_words,
    domain_label,
    printed_address,
    split_url,
    stems,
    words_key,
)
from newsextract.text.lines import (
    BODY_CLASSES,
    Line,
    LineClass,
    costly_reason,
    heading_shaped,
)
from newsextract.text.normalize import glued_joins

_FOLD = str.maketrans("’‘“”«»–—\u00ad", '\'\'""""--\u00ad')
#: What separates a headline from the byline or date line a dump glued after it.
_TAIL_SEPARATORS = " \t|-–—:·•»«/,;"
_SLUG_SPLIT = re.compile(r"[-_+.,]+|%20")
_SLUG_WORD = re.compile(r"[^\W\d_]{2,}")
_ALNUM_RUN = re.compile(r"[^\W_]+")  # a run of letters and figures: a word of a site name
#: A page file's extension at the end of a path segment ("...-orden-fuers-morden.html"): the
#: server's, not a word of the slug
_PAGE_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms|ece)$", re.IGNORECASE)
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
_NAV_MARKS = re.compile(r"\||\]\(|://")
#: A question's or an exclamation's last mark (a set: `final_char` of a markless line is "").
_ASKS_OR_EXCLAIMS = frozenset("?!")
_CRUMB_SEPARATOR = re.compile(r"\s+(»|›|>|/|__)\s+")


@dataclass(frozen=True, slots=True)
class Naming:
    """What names the story outside its text: the dumped <title> line, the caller's hint,
    the URL's slug words."""

    title: str | None  # folded; the hint when given, else the dump's first line
    cores: tuple[str, ...]  # the title without a site name before or after it, folded
    slug: frozenset[str]
    words: frozenset[str] = frozenset()  # the title's content words
    core_words: tuple[frozenset[str], ...] = ()  # those of the title and of each core
    site_parts: tuple[str, str] | None = None  # the title's headline and site name, folded


def naming(
    texts: Sequence[str], hint: str | None, url: str | None, settings: TextSettings
) -> Naming:
    """The page's names for its story, folded for matching. The dump's first line is the
    title when it is long enough to name a story (`title_min_words`)."""
    title = hint if hint else (texts[0] if texts and _names_a_story(texts[0], settings) else None)
    folded = fold(title) if title else None
    cores = _cores(folded) if folded else ()
    stem = settings.anchor_fuzzy_stem_chars
    words = stems(content_words(folded), stem) if folded else frozenset()
    core_words = tuple(stems(content_words(c), stem) for c in (folded, *cores) if c)
    return Naming(
        folded,
        cores,
        _slug_words(url),
        words,
        tuple(w for w in core_words if w),
        _beside_site(folded, url) if folded else None,
    )


def _names_a_story(text: str, settings: TextSettings) -> bool:
    """At least `title_min_words` words; in a line written mostly in CJK characters
    (unspaced), two characters count as a word ("朝刊記事", "本文へ移動": a menu label)."""
    if len(text.split()) >= settings.title_min_words:
        return True
    return _mostly_cjk(text) and _cjk_chars(text) >= 2 * settings.title_min_words


def _cores(title: str) -> tuple[str, ...]:
    """The title without its last or its first segment ("Headline | Site", "Site: Headline"),
    when it has separated segments."""
    cuts = list(TITLE_SEPARATOR.finditer(title))
    if not cuts:
        return ()
    return (title[: cuts[-1].start()].strip(), title[cuts[0].end() :].strip())


def _beside_site(title: str, url: str | None) -> tuple[str, str] | None:
    """The (folded) title's first or last segment, and the rest, when the rest names the
    site as the URL's host spells it ("„unermüdlicher einsatz"" and "die neue südtiroler
    tageszeitung" on www.tageszeitung.it): the page's headline however short, and a name
    the page prints in its header and footer."""
    parts = split_url(url)
    host = parts.hostname if parts else None
    cuts = list(TITLE_SEPARATOR.finditer(title))
    if not host or not cuts:
        return None
    site = domain_label(host.removeprefix("www.")).replace("-", "")
    if not site:
        return None
    for head, rest in (
        (title[: cuts[-1].start()], title[cuts[-1].end() :]),
        (title[cuts[0].end() :], title[: cuts[0].start()]),
    ):
        if head.strip() and _spells_from_a_word(rest, site):
            return head.strip(), rest.strip()
    return None


def _spells_from_a_word(text: str, name: str) -> bool:
    """Whether the text's letters and figures, from the start of one of its words, begin with
    the name: "tageszeitung" in "die neue südtiroler tageszeitung", "derstandard" in "Der
    Standard", "wday" in "www.wday.ru"; not "bt" (bt.dk) in "debt", nor "dw" in "russland-wahl"."""
    words = _ALNUM_RUN.findall(text.casefold())
    return any("".join(words[i:]).startswith(name) for i in range(len(words)))


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
        pieces = _SLUG_SPLIT.split(_PAGE_EXTENSION.sub("", segment))
        words = [w.casefold() for w in pieces if _SLUG_WORD.fullmatch(w)]
        if len(words) > len(best):
            best = words
    return frozenset(best) if len(best) >= 3 else frozenset()


@dataclass(frozen=True, slots=True)
class Anchors:
    """The lines that name the story as the page does elsewhere, and whether only the URL's
    slug named them (a slug often spells the SEO title the page prints under its visible
    headline, where a <title> line or the caller's title spells the headline)."""

    lines: tuple[int, ...]
    by_slug: bool = False


def headline_anchors(
    texts: Sequence[str], names: Naming, hinted: bool, settings: TextSettings
) -> Anchors:
    """Lines that name the story as the page does elsewhere: held in the title (the dumped
    <title> line holds "Headline | Site"; the first line itself is never its own anchor
    unless the title came from the caller); else holding the title with a kicker or a
    standfirst glued to it; else spelling the URL's slug. An anchor has a headline's words
    (a first line "Advertisement" repeated below names no story)."""
    reach = range(0 if hinted else 1, min(len(texts), settings.anchor_search_lines))
    titled = _title_anchors(texts, names, reach, settings) or _share_anchors(texts, settings)
    if titled or not names.slug:
        return Anchors(tuple(titled))
    spelled = tuple(i for i in reach if _spells_slug(texts[i], names.slug, settings))
    return Anchors(spelled, by_slug=bool(spelled))


def _share_anchors(texts: Sequence[str], settings: TextSettings) -> list[int]:
    """`headline_anchors` by the title a share prompt prints ("Share this Story : <title>",
    `share_prompt_title`) when the dump's first line names none: the lines, prompts aside,
    that spell such a title naming a story (`_names_a_story`) word for word, punctuation
    and case aside (the first title some line spells). A browser's or html2text's dump has
    no <title> line, but a share widget's text often spells the headline; a share bar's
    "Share: Email Facebook Twitter" spells no line of the page."""
    reach = range(min(len(texts), settings.anchor_search_lines))
    prompts = {i: share_prompt_title(texts[i]) for i in reach}
    titles = [t for t in prompts.values() if t and _names_a_story(t, settings)]
    keys = {i: words_key(fold(texts[i])) for i in reach if prompts[i] is None} if titles else {}
    for title in dict.fromkeys(words_key(fold(t)) for t in titles):
        spelled = [i for i, key in keys.items() if key == title]
        if spelled:
            return spelled
    return []


def printed_twice(
    lines: Sequence[Line], cut: Sequence[bool], start: int, settings: TextSettings
) -> Anchors:
    """The lines cut from a longer line (`cut`: a page on one line, block texts glued)
    printed again below (their words alike, punctuation aside) with at most
    `repeat_max_gap` words between the two, of `repeat_min_words` words or more, among the
    first `anchor_search_lines`, that share words with the story's opening from its first
    line `start` (`headline_min_overlap`): a page dumped on one line, without its <title>,
    prints its headline twice more often than any other line near its story (a
    breadcrumb's last item, a share bar's title or a print header over the headline, a
    kicker between them); a menu printed twice (a desktop's and a phone's) names no
    story. On a dump of whole lines, a line printed twice is as often a caption or a
    reader's comment, and a headline has its own line. Headline anchors for a page that
    has no other."""
    stem = settings.anchor_fuzzy_stem_chars
    lead = stems(lead_words(lines, start, settings.headline_lead_chars), stem)
    keys = [words_key(fold(line.text)) for line in lines]
    return Anchors(
        tuple(
            i
            for i in range(min(len(lines), settings.anchor_search_lines))
            if cut[i]
            and len(keys[i].split()) >= settings.repeat_min_words
            and _again_below(keys, i, settings.repeat_max_gap)
            and _overlap(lines[i].text, lead, stem) > settings.headline_min_overlap
        )
    )


def _again_below(keys: Sequence[str], index: int, gap: int) -> bool:
    """Whether the line `index` (by its key) comes again below it, with at most `gap`
    words between the two."""
    between = 0
    for key in islice(keys, index + 1, None):
        if key == keys[index]:
            return True
        between += len(key.split())
        if between > gap:
            return False
    return False


def _title_anchors(
    texts: Sequence[str], names: Naming, reach: range, settings: TextSettings
) -> list[int]:
    """`headline_anchors` by the title, among the lines in `reach`: held in it, under a
    kicker, holding it, or resembling it."""
    if names.title:
        title = names.title
        shortest = max(settings.anchor_min_chars, settings.anchor_min_share * len(title))
        folded = {
            i: fold(texts[i])
            for i in reach
            if len(texts[i]) >= shortest and len(texts[i].split()) >= settings.anchor_min_words
        }
        site = names.site_parts[1] if names.site_parts else None
        held = [
            i
            for i, line in folded.items()
            if len(line) <= len(title) and line in title and not (site and line in site)
        ]
        held = held or [i for i in reach if _is_headline_core(texts[i], names, settings)]
        if held:
            return [*_glued_above(folded, names, held[0], settings), *held]
        under_kicker = [i for i in reach if _held_with_kicker(texts, i, title, shortest, settings)]
        if under_kicker:
            return under_kicker
        holding = [
            i for i in _holding(folded, names, len(texts), settings) if len(folded[i]) > len(title)
        ]
        if holding:
            return holding
        return [i for i in reach if _resembles(texts[i], names, settings)]
    return []


def _holding(
    folded: dict[int, str], names: Naming, below: int, settings: TextSettings
) -> list[int]:
    """The lines above the line `below` that hold the title (or a core) with more on the
    line (`_core_in`)."""
    assert names.title is not None
    return [
        i
        for i, line in folded.items()
        if i < below and line not in names.title and _core_in(line, names, settings)
    ]


def _glued_above(
    folded: dict[int, str], names: Naming, below: int, settings: TextSettings
) -> list[int]:
    """The lines above the line `below` (the first that the title holds) that open on the
    title or a core with little glued after it (`anchor_max_growth`): a comment count or a
    byline printed on the headline's line ("Apple Shrinks Its Dock Connector 427"), while
    the exact copy stands further down over the comments. A teaser opening on the headline
    and going on with its summary is longer, and no anchor; nor is a breadcrumb trail
    ending in the headline ("Home / Headline")."""
    lines = []
    for i in _holding(folded, names, below, settings):
        core = _core_in(folded[i], names, settings)
        line = folded[i]
        if core and line.startswith(core) and len(line) <= settings.anchor_max_growth * len(core):
            lines.append(i)
    return lines


def _is_headline_core(text: str, names: Naming, settings: TextSettings) -> bool:
    """The line is the title's segment beside the site's name (`Naming.site_parts`), too
    short to anchor by its share of the whole title."""
    return (
        names.site_parts is not None
        and len(text) >= settings.anchor_min_chars
        and len(text.split()) >= settings.anchor_min_words
        and fold(text) == names.site_parts[0]
    )


def _held_with_kicker(
    texts: Sequence[str], index: int, title: str, shortest: float, settings: TextSettings
) -> bool:
    """A headline too short to anchor alone, which the (folded) title holds joined to the
    kicker line above it ("Nationaler Veteranentag" / "Orden fürs Morden" and "Nationaler
    Veteranentag: Orden fürs Morden, Tageszeitung junge Welt"), the two long enough together
    and a mark between them in the title (a space alone joins two lines of a tag list as
    well: "Google Stadia" / "Red Dead Redemption 2")."""
    text = texts[index]
    if len(text) < settings.anchor_min_chars or len(text.split()) < settings.anchor_min_words:
        return False
    parts = _kicker_parts(text, kicker_line(texts, index), title, settings)
    return parts is not None and bool(parts[1].strip()) and len("".join(parts)) >= shortest


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
    words = _slug_spelled(text)
    if len(words) < 3:
        return False
    shared = len(words & slug)
    return shared >= settings.anchor_slug_share * len(slug) and shared >= (
        settings.anchor_slug_share * len(words)
    )


def headline_text(text: str, above: str | None, names: Naming, settings: TextSettings) -> str:
    """The headline as the page names it: the title's own words when the line holds them
    and more (after the kicker the line sets off by a colon before them, `_with_own_kicker`);
    the kicker printed on the line `above` and the line, when the title holds the two as one
    ("Kenia" / "Nairobi von unten" and "Kenia: Nairobi von unten"),
    or, with no title holding the line, when the URL's slug spells both (`_slug_kicker`),
    or when the line opens with the colon after it; else the line. A breadcrumb trail
    ending in the headline gives its last crumb."""
    text = _last_crumb(text, settings) or text
    if names.title and len(fold(text)) > len(names.title):
        span = _title_span(text, names, settings)
        named = span and _with_own_kicker(text, span, names, settings)
    else:
        named = names.title and _with_kicker(text, above, names.title, settings)
        if not named and not (names.title and fold(text) in names.title):
            # (no title, or a first line that names no story: "Gegründet 1947 Freitag, ...";
            # or the title's core with a count glued after it: "Apple Shrinks Its Dock 427")
            named = _glued_after(text, names, settings) or _slug_kicker(
                text, above, names.slug, settings
            )
    return named or _continued(text, above, settings) or text


def titled_headline(
    lines: Sequence[Line], names: Naming, url: str | None, settings: TextSettings
) -> str | None:
    """With no line showing the headline, the dump's first line when it is surely the page's
    <title> (`names.title`, no hint given). Two lines next to each other among the first
    `anchor_search_lines` spell it, or its headline without the site's name, word for word
    (`title_min_words` words or more) and with no bar between links: the headline broken
    at an inline element ("- Angsten" / "vil øke") or printed under a mark of its own
    ("»"); those of the two with a letter or a digit are the headline. Or the dump holds
    nothing else (a page its dumper saw without its story, a script's to fill) and the line
    reads as no sentence: the line (a story of one paragraph, passed as text, is its body,
    not its title). Or one end of the line names the site as the URL's host spells it
    ("Headline - Site"): the line without it (`_beside_site`). None otherwise: a browser's
    or html2text's dump opens on a menu label, a site's slogan or a skip link, which share
    words with the story as often as a <title> does."""
    if not lines or names.title is None or fold(lines[0].text) != names.title:
        return None
    text = lines[0].text
    keys = {
        key
        for key in (words_key(title) for title in (names.title, *names.cores))
        if len(key.split()) >= settings.title_min_words
    }
    reach = min(len(lines), settings.anchor_search_lines)
    for pair in pairwise(lines[1:reach]):
        broken = " ".join(line.text for line in pair if _worded(line.text))
        if words_key(fold(broken)) in keys and _NAV_MARKS.search(broken) is None:
            return broken
    parts = _beside_site(text, url)
    if parts is not None:
        return parts[0]
    return text if len(lines) == 1 and not lines[0].shape.sentence else None


def without_glued_dateline(text: str, dates: DateSettings = DEFAULT_SETTINGS.dates) -> str:
    """The headline without the byline or date line a text dump glued to its end
    (`glued_dateline`), trimmed of the separators before it, when that line opens with a
    byline, publication or update word; else the text. A bare date ending a headline is as
    often the headline's own ("Four short links: 6 November 2012"), and a line that is all
    date line names no headline.

    >>> without_glued_dateline("Ancient understanding of tides by John on July 15, 2012")
    'Ancient understanding of tides'
    >>> without_glued_dateline("Anna Hazare to run his movement, Posted on Nov 06, 2012")
    'Anna Hazare to run his movement'
    >>> without_glued_dateline("Four short links: 6 November 2012")
    'Four short links: 6 November 2012'
    """
    tail = glued_dateline(text, dates)
    if tail is None or not opens_with_dateline_cue(tail):
        return text
    head = text[: len(text) - len(tail)].rstrip(_TAIL_SEPARATORS)
    return head if CONTENT_WORD.search(head) else text


def _slug_kicker(
    text: str, above: str | None, slug: frozenset[str], settings: TextSettings
) -> str | None:
    """With no title, the kicker line `above` and the headline joined by a colon when the
    URL's slug spells both: every word of the kicker (a kicker's length, no sentence ending)
    is a slug word the headline lacks, and the headline's words are slug words too
    ("Nationaler Veteranentag" / "Orden fürs Morden" under ".../474126.nationaler-
    veteranentag-orden-fürs-morden.html")."""
    if not slug or not above or len(above) > settings.kicker_max_chars:
        return None
    if final_char(above) in SENTENCE_STOPS:
        return None
    kicker = _slug_spelled(above)
    own = _slug_spelled(text)
    if not kicker or not kicker <= slug - own or not own or not own <= slug:
        return None
    return f"{above.rstrip(_KICKER_GAP)}: {text.lstrip(_KICKER_GAP)}"


def _slug_spelled(text: str) -> frozenset[str]:
    """The line's words as a slug spells them (two letters or more, casefolded)."""
    return frozenset(w.casefold() for w in _SLUG_WORD.findall(text))


def _last_crumb(text: str, settings: TextSettings) -> str | None:
    """The last crumb of a breadcrumb trail printed as one line ("Du befindest dich hier:
    Home » Gesellschaft » „Unermüdlicher Einsatz“", "Haberler __ Gündem __ ..."): three
    crumbs or more, one separator between them all, the crumbs between the first (which
    may hold a "You are here:" label) and the last of a section's length."""
    parts = _CRUMB_SEPARATOR.split(text)
    crumbs, separators = parts[::2], set(parts[1::2])
    if len(crumbs) < 3 or len(separators) != 1:
        return None
    if any(len(crumb.split()) > settings.crumb_max_words for crumb in crumbs[1:-1]):
        return None
    return crumbs[-1].strip() or None


def _title_span(text: str, names: Naming, settings: TextSettings) -> str | None:
    """The title (or its core) as the line, longer than it, prints it."""
    folded = fold(text)
    core = _core_in(folded, names, settings)
    if core is None or len(folded) != len(text):
        return None  # (folding changed the length: the span cannot be mapped back)
    start = folded.index(core)
    return text[start : start + len(core)].strip()


def _with_own_kicker(text: str, span: str, names: Naming, settings: TextSettings) -> str:
    """The title's `span` with the kicker the line prints before it, set off by a colon
    and of a kicker's length ("'Ends recession debate': economists weigh in on the latest
    jobs report" under the <title> "Economists weigh in on the latest jobs report | ..."):
    a <title> shortened to fit drops the kicker the page shows in its headline. What the
    line glues after the span (a comment count, a byline) stays cut, and so does what it
    glues before it that is no kicker: a date, a time or a count (a figure: "Tuesday, June
    5, 2012:"), a byline ("By Jane Doe and John Roe:"), a breadcrumb's labels ("Home:
    Business:"), a share prompt ("Share this story:"), the site's name (a word of the
    <title> outside the span: "Financial Post Staff:"), a player's or a date's label
    ("Video:", "Listen:", "Posted:", `_labels_no_story`)."""
    kicker = text[: text.find(span)].rstrip()
    if not kicker.endswith(":") or len(kicker) > settings.kicker_max_chars:
        return span
    words = kicker[:-1].strip()
    outside = content_words((names.title or "").replace(fold(span), " "))
    if (
        not _worded(words)
        or ":" in words
        or any(c.isdigit() for c in words)
        or parse_byline(words) is not None
        or share_prompt_title(text) is not None
        or not outside.isdisjoint(content_words(fold(words)))
        or _labels_no_story(words)
    ):
        return span
    return f"{kicker} {span}"


#: A kicker's words that label the page's player or date (`_labels_no_story`).
_LABEL_WORDS = (
    textcues.MEDIA_LABELS | textcues.MEDIA_PROMPTS | PUBLICATION_WORDS | INNER_UPDATE_WORDS
)


def _labels_no_story(words: str) -> bool:
    """Whether a kicker's words are all media labels, listening prompts or publication and
    update words ("Video", "Listen", "Photos & Video", "Posted", "Updated"): the label of the
    player or the date line a dump glues before the headline, which a <title> leaves out
    for being no part of it, not a kicker it shortened away.

    >>> _labels_no_story("Video"), _labels_no_story("Posted"), _labels_no_story("Live video")
    (True, True, False)
    """
    found = re.findall(r"\w+", words.casefold())
    return bool(found) and all(word in _LABEL_WORDS for word in found)


def _glued_after(text: str, names: Naming, settings: TextSettings) -> str | None:
    """The title (or its core) that opens the line, when what is glued after it is no part
    of the headline: a word or a figure (a comment count, a byline, a date: "... Toolbox
    524", "... by Jeff Foust") or punctuation alone. A mark going on with words goes on with
    the headline ("30 Days of Secret Giveaways! Day 3", "... You May Not Know — But
    Should": the `<title>` cut it short, or spells the dash otherwise)."""
    span = _title_span(text, names, settings) if names.title else None
    if not span or not text.startswith(span):
        return None
    rest = text[len(span) :].lstrip()
    return span if not rest or rest[0].isalnum() or _ALNUM_RUN.search(rest) is None else None


def _continued(text: str, above: str | None, settings: TextSettings) -> str | None:
    """A headline line opening with a colon goes on from the line `above`, its kicker,
    when that is a kicker's length and ends no sentence ("Stuttgart hat's drauf" /
    ": Stadt der Superlative": a dumper broke the heading where the kicker's element
    ends)."""
    own = text.lstrip()
    if not own.startswith(":") or not above or len(above) > settings.kicker_max_chars:
        return None
    if final_char(above) in SENTENCE_STOPS or not own.lstrip(_KICKER_GAP):
        return None
    return f"{above.rstrip()}{own}"


def kicker_line(texts: Sequence[str], index: int) -> str | None:
    """The nearest line above line `index` with a letter or digit in it (a colon printed on
    a line of its own between a kicker and its headline is skipped)."""
    for text in reversed(texts[max(0, index - 2) : index]):
        if _worded(text):
            return text
    return None


def _next_worded(lines: Sequence[Line], index: int) -> int:
    """Line `index`, or the line under it when `index` has no letter or digit."""
    if index < len(lines) and not _worded(lines[index].text):
        return index + 1
    return index


def _worded(text: str) -> bool:
    """Whether the line has a letter or digit in it."""
    return any(c.isalnum() for c in text)


def _with_kicker(text: str, above: str | None, title: str, settings: TextSettings) -> str | None:
    """The kicker line and the headline line joined as the (folded) title joins them, when
    it does: the two in a row, a colon, dash or space between them (printed on either
    line, or on neither; at most two marks; none at all is a word broken in two)."""
    parts = _kicker_parts(text, above, title, settings)
    return "".join(parts) if parts else None


def _kicker_parts(
    text: str, above: str | None, title: str, settings: TextSettings
) -> tuple[str, str, str] | None:
    """`_with_kicker`'s kicker, the gap the title puts after it, and the headline."""
    above = above.rstrip(_KICKER_GAP) if above else None
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
    if not gap or len(gap.replace(" ", "")) > 2 or not own:
        return None
    if not rest[len(gap) :].startswith(line.lstrip(_KICKER_GAP)):
        return None
    return above, gap, own


def pick_headline(
    lines: Sequence[Line],
    candidates: Sequence[Candidate],
    start: int,
    anchors: Anchors,
    shared: Settings,
    *,
    lowest: int,
) -> int | None:
    """The headline line: the nearest anchor above the story's first line `start` (lines
    with a removal reason between them do not count towards `headline_lookback`), or the
    visible headline beside it (over it when only the URL's slug named it, `_over_slug`;
    under a kicker below it, `_under_kicker`), or an anchor near the run's top
    (`_in_run_reach`), else the best heading-shaped line above it and from `lowest` on (1
    when the first line is the dumped <title>); `shared.text` holds its thresholds."""
    settings = shared.text
    named = [
        a for a in anchors.lines if lines[a].reason is None and lines[a].cls not in _NOT_HEADLINES
    ]
    above = [anchor for anchor in named if anchor < start]
    if above and _plain_lines(lines, above[-1] + 1, start) <= settings.headline_lookback:
        over = _over_slug(lines, candidates, above, start, shared) if anchors.by_slug else None
        return (
            over if over is not None else _under_kicker(lines, candidates, above[-1], start, shared)
        )
    inside = [a for a in named if start <= a]
    if inside and _plain_lines(lines, start, inside[0]) <= _in_run_reach(
        candidates[inside[0]], settings
    ):
        return inside[0]
    blurbed = _under_a_blurb(lines, candidates, start, shared)
    if blurbed is not None:
        return blurbed
    best = _best_heading(lines, candidates, range(start - 1, lowest - 1, -1), shared)
    return best if best is not None else _by_the_story(lines, candidates, start, lowest, shared)


def _under_a_blurb(
    lines: Sequence[Line], candidates: Sequence[Candidate], start: int, shared: Settings
) -> int | None:
    """With no anchor, the headline under a paragraph foreign to the story that opened its
    run (a blog's or a section's blurb, "Over 850 articles devoted to one idea: ...", a
    site's affiliate notice): the first line among the run's first `headline_in_run` plain
    lines after its first that could be the headline and is no bar between links, when it
    sits right over a prose line, shares words with the story from there
    (`headline_min_overlap`), and the run's plain lines above it hold at most
    `blurb_max_lines` body lines sharing at most `blurb_max_overlap` with that story (a
    story's own opening names its subject, so a subhead under it is no headline); None
    otherwise. A browser's dump has no <title> line to anchor the headline, and the blurb,
    read as the story's first paragraph, shares its words with the site's name above it."""
    settings = shared.text
    stem = settings.anchor_fuzzy_stem_chars
    plain = (i for i in range(start + 1, len(lines)) if lines[i].reason is None)
    for index, below in islice(pairwise(plain), settings.headline_in_run):
        line = lines[index]
        if not _could_be_headline(line, candidates[index], shared) or _NAV_MARKS.search(line.text):
            continue
        if lines[below].cls is not LineClass.PROSE:
            return None
        lead = stems(lead_words(lines, below, settings.headline_lead_chars), stem)
        opening = [lines[i] for i in range(start, index) if lines[i].reason is None]
        if (
            sum(1 for above in opening if above.cls in BODY_CLASSES) <= settings.blurb_max_lines
            and _overlap(line.text, lead, stem) > settings.headline_min_overlap
            and _overlap(" ".join(above.text for above in opening), lead, stem)
            <= settings.blurb_max_overlap
        ):
            return index
        return None
    return None


def _linked(candidate: Candidate, settings: TextSettings) -> bool:
    """Whether the line is mostly link text (`headline_max_link_density`)."""
    return candidate.link_density >= settings.headline_max_link_density


def glued_headline(lines: Sequence[Line], start: int, settings: TextSettings) -> str | None:
    """With no headline line, the headline glued to the story's first paragraph on the
    run's first line `start`: the line's stretch before its first glued join (two block
    texts with nothing between them, `normalize.glued_joins`: "...innerhalb von 48
    StundenEine halbe Hundertschaft ..."), of a headline's length (`headline_min_words` to
    `heading_line_max_words` words), not ending in a full stop, shorter than what follows
    it on its line, and sharing words with that and the story's next lines
    (`headline_min_overlap`: a headline names its story; a promotion's line cut at a
    brand's inner capital, "...auf YouTube für mehr Videos", does not). None otherwise.
    `text_content()` and `get_text()` dumps glue a headline so when no line break
    separates it from the story (a page's headline and dek in one block)."""
    if not 0 <= start < len(lines):
        return None
    text = lines[start].text
    joins = glued_joins(text)
    if not joins:
        return None
    head, rest = text[: joins[0]].strip(), text[joins[0] :]
    words = len(head.split())
    if (
        not settings.headline_min_words <= words <= settings.heading_line_max_words
        or final_char(head) == "."
        or len(rest.split()) <= words
    ):
        return None
    stem = settings.anchor_fuzzy_stem_chars
    lead = stems(
        content_words(rest) | lead_words(lines, start + 1, settings.headline_lead_chars), stem
    )
    return head if _overlap(head, lead, stem) > settings.headline_min_overlap else None


def _by_the_story(
    lines: Sequence[Line],
    candidates: Sequence[Candidate],
    start: int,
    lowest: int,
    shared: Settings,
) -> int | None:
    """With no headline found above the story, the top line of the `headline_in_run`
    plain lines above its first line `start` and as many in its run that reads as a
    headline (`_headline_like`: a question or an exclamation counts) and sits right over
    a byline or date line ("The End of Men, Revisited" / "By NANCY FOLBRE"), or is the
    run's first line and shares words with the story under it (the run opens on its
    headline); None when no line does. (Any of the run's first lines sharing words took
    subheads: "What Does Stadia Offer?".)"""
    settings = shared.text
    plain = [i for i in range(len(lines)) if lines[i].reason is None and i >= lowest]
    at = bisect_left(plain, start)
    window = plain[max(0, at - settings.headline_in_run) : at + settings.headline_in_run]
    stem = settings.anchor_fuzzy_stem_chars
    for index in window:
        line = lines[index]
        if not _headline_like(line, candidates[index], shared):
            continue
        if index + 1 < len(lines) and lines[index + 1].reason is RemovalReason.BYLINE:
            return index
        if index == start:
            lead = stems(lead_words(lines, index + 1, settings.headline_lead_chars), stem)
            if _overlap(line.text, lead, stem) > settings.headline_min_overlap:
                return index
    return None


def _headline_like(line: Line, candidate: Candidate, shared: Settings) -> bool:
    """`_could_be_headline`, or a question or an exclamation of a headline's length ("Ostsee
    in Wahrheit riesiges Krokodil, das Finnland fressen will!"), not a link nor a caption;
    never a line with a date or time ("Filed as News on November 7, 2012"), a bar between
    links ("« Previous post | Main | Next post »"), or a link's markup or address."""
    if _STAMP.search(line.text) or _NAV_MARKS.search(line.text):
        return False
    if _could_be_headline(line, candidate, shared):
        return True
    settings = shared.text
    return (
        final_char(line.text) in _ASKS_OR_EXCLAIMS
        and settings.headline_min_words <= line.shape.words <= settings.heading_line_max_words
        and not _linked(candidate, settings)
        and split_caption(line.text, shared.credits)[1] is None
        and costly_reason(line.text, line.shape, shared) is None
    )


def _in_run_reach(candidate: Candidate, settings: TextSettings) -> int:
    """How many plain lines into the story's run an anchor may be its headline: a level-1
    Markdown heading naming the story is the page's headline wherever the run started above
    it (`headline_lookback`), another line only `headline_in_run` lines in."""
    if candidate.role is Role.HEADING and candidate.heading_level <= 1:
        return settings.headline_lookback
    return settings.headline_in_run


def _over_slug(
    lines: Sequence[Line],
    candidates: Sequence[Candidate],
    spelled: Sequence[int],
    start: int,
    shared: Settings,
) -> int | None:
    """The headline over the last line of `spelled` (the lines spelling the URL's slug
    above the story): one of the `slug_over_lines` plain lines above it that spells no
    slug, could be the headline, is shorter, shares `slug_over_min_shared` content words
    with it but not all of its own (the same story in other words; a label quoting the
    title, "Dancing With the Stars", has no word of its own), and shares with the
    story's opening at least `headline_over_dek_share` of what it shares (the slug spells
    the SEO title, printed as a dek or a second headline under the visible one); None when
    no line is."""
    settings = shared.text
    anchor = spelled[-1]
    stem = settings.anchor_fuzzy_stem_chars
    lead = stems(lead_words(lines, start, settings.headline_lead_chars), stem)
    least = settings.headline_over_dek_share * _overlap(lines[anchor].text, lead, stem)
    slugged = stems(content_words(lines[anchor].text), stem)
    plain = (i for i in range(anchor - 1, -1, -1) if lines[i].reason is None)
    for index in islice(plain, settings.slug_over_lines):
        line = lines[index]
        words = stems(content_words(line.text), stem)
        if (
            index not in spelled
            and line.shape.words < lines[anchor].shape.words
            and _could_be_headline(line, candidates[index], shared)
            and settings.slug_over_min_shared <= len(words & slugged) < len(words)
            and _overlap(line.text, lead, stem) >= max(least, settings.headline_min_overlap)
        ):
            return index
    return None


def _under_kicker(
    lines: Sequence[Line],
    candidates: Sequence[Candidate],
    anchor: int,
    start: int,
    shared: Settings,
) -> int:
    """The visible headline under a kicker, when the anchor above them is the <title>
    printed again (a breadcrumb's last item, a print header): the two lines right under
    it, above the story's first line `start`, are a kicker (a worded line of at most
    `kicker_max_chars`, no sentence ending, no date or time, no photo credit) and a line
    that could be the headline, no photo credit under it (a caption), naming the same story
    as the anchor in other words: `kicker_headline_min_shared` content words shared, but
    under `anchor_fuzzy_line_share` of its own, and not the anchor's line whole (either is
    the anchor printed again, under a section label or with a byline glued to it); else
    the anchor. A line without a letter or digit before the kicker or before the headline
    is skipped (an empty Markdown heading, "##"; a dash or colon printed on its own)."""
    settings = shared.text
    kicker = _next_worded(lines, anchor + 1)
    index = _next_worded(lines, kicker + 1)
    if index >= start or lines[kicker].reason is not None or lines[index].reason is not None:
        return anchor
    above, line = lines[kicker].text, lines[index]
    stem = settings.anchor_fuzzy_stem_chars
    words = stems(content_words(line.text), stem)
    in_common = len(words & stems(content_words(lines[anchor].text), stem))
    if (
        len(above) <= settings.kicker_max_chars
        and final_char(above) not in SENTENCE_STOPS
        and content_words(above)
        and _STAMP.search(above) is None
        and not looks_like_photo_credit(above, shared.credits)
        and _could_be_headline(line, candidates[index], shared)
        and not looks_like_photo_credit(
            lines[index + 1].text if index + 1 < len(lines) else "", shared.credits
        )
        and fold(lines[anchor].text) not in fold(line.text)
        and settings.kicker_headline_min_shared
        <= in_common
        < settings.anchor_fuzzy_line_share * len(words)
    ):
        return index
    return anchor


def dek_line(
    lines: Sequence[Line],
    title: int | None,
    start: int,
    names: Naming,
    shared: Settings,
    *,
    capitalized_nouns: bool = False,
) -> int | None:
    """The dek under the headline, when the dump printed it as a line of its own above the
    story's run: the first line under the headline (bylines, dates and share bars may sit
    between), within `standfirst_reach` lines, of a dek's length, worded like one. Not a
    caption (a credit on it or under it), a credit, a link list, nor a second wording of
    the headline (the <title>'s words). A dek often ends without a full stop, so its
    shape does not matter."""
    settings = shared.text
    if title is None:
        return None
    for index in range(title + 1, min(start, title + 1 + settings.standfirst_reach)):
        line = lines[index]
        if line.reason is not None:
            continue
        fits = settings.dek_min_words <= line.shape.words <= settings.dek_max_words
        below = lines[index + 1].text if index + 1 < len(lines) else ""
        over_byline = index + 1 < len(lines) and lines[index + 1].reason is RemovalReason.BYLINE
        if (
            fits
            and _reads_as_a_dek(
                line, settings, capitalized_nouns=capitalized_nouns, over_byline=over_byline
            )
            and line.cls is not LineClass.LIST
            and split_caption(line.text, shared.credits)[1] is None
            and not is_credit_line(line.text, shared.credits)
            and not looks_like_photo_credit(below, shared.credits)
            and not _names_the_story(line.text, names, settings)
            and costly_reason(line.text, line.shape, shared) is None
        ):
            return index
        return None
    return None


def _reads_as_a_dek(
    line: Line, settings: TextSettings, *, capitalized_nouns: bool, over_byline: bool
) -> bool:
    """Worded like a sentence: stop words in it (share bars, tag lists and names have
    none; a line right over the byline, set apart by it, needs only one: "Das nächste
    Samsung Galaxy Unpacked-Event soll dieses Jahr früher stattfinden."), in sentence case
    (a teaser's or a widget's Title Case is not), not opened by a byline word before a
    name ("By Tim Childers", "Analysis by Chris Cillizza"), no date or time (a byline
    box's stamp)."""
    share = line.shape.stop_share
    if share is not None and (
        share == 0 or (share < settings.prose_min_stop_share and not over_byline)
    ):
        return False
    long_words = [] if capitalized_nouns else CONTENT_WORD.findall(line.text)
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
    lines: Sequence[Line], candidates: Sequence[Candidate], above: range, shared: Settings
) -> int | None:
    """The heading-shaped line among the first `headline_lookback` plain lines of `above`
    (the lines above the story, nearest first) that shares most words with the story's
    opening, a Markdown heading or a line over a cued byline (`_over_bylines`) counting for
    more; ties go to the nearer line. None when no line shares enough. When the plain line
    right above the winner could be the headline too, is shorter and shares nearly as much
    (`headline_over_dek_share`, the bylines aside), the winner is its dek (a dek words the
    story's opening more closely than the headline does, and may sit over the byline too):
    the line above is the headline."""
    settings = shared.text
    stem = settings.anchor_fuzzy_stem_chars
    lead = stems(lead_words(lines, above.start + 1, settings.headline_lead_chars), stem)
    scored: dict[int, tuple[int, float]] = {}  # plain-line rank (1 = nearest) -> index, score
    bylined = _over_bylines(lines, above)
    best, best_score, best_rank = None, settings.headline_min_overlap, 0
    seen = 0
    for index in above:
        line = lines[index]
        if line.reason is not None:
            continue
        seen += 1
        if seen > settings.headline_lookback:
            break
        if not _could_be_headline(line, candidates[index], shared):
            continue
        score = _overlap(line.text, lead, stem) + _heading_bonus(candidates[index], settings)
        if score <= settings.headline_min_overlap:
            continue
        scored[seen] = (index, score)
        bonused = score + (
            settings.headline_byline_bonus if words_key(fold(line.text)) in bylined else 0.0
        )
        if bonused > best_score:
            best, best_score, best_rank = index, bonused, seen
    if best is None or best_rank + 1 not in scored:
        return best
    over, score = scored[best_rank + 1]
    if (
        score >= settings.headline_over_dek_share * scored[best_rank][1]
        and lines[over].shape.words < lines[best].shape.words
    ):
        return over
    return best


def _over_bylines(lines: Sequence[Line], above: range) -> frozenset[str]:
    """The lines of `above` (by their `words_key`) right over a line opening on a byline
    word before a name ("By Amy Kuperinsky", "Posted by Max Fisher on ...", "Written by
    Tim Ferriss", "by: Matt Young"): a post's header prints its headline over its byline,
    while a menu's or a box's label has none under it; a copy of the headline nearer the
    story counts as well (ties go to the nearer line, whose date line is in reach). A dump
    without a <title> line (innerText) has no other sign of the headline when the URL's
    slug spells none; a bare name or date under a line is as often a caption's
    photographer or a date over the next headline, so only a cued byline counts, and not a
    credit the cue reads as one ("Photo by Jane Doe" under a caption, `opens_with_credit`)."""
    return frozenset(
        words_key(fold(lines[i].text))
        for i in above
        if i + 1 < len(lines)
        and _BYLINE_CUE.search(lines[i + 1].text)
        and not opens_with_credit(lines[i + 1].text)
    )


def _could_be_headline(line: Line, candidate: Candidate, shared: Settings) -> bool:
    """Heading-shaped (or a CJK headline, `_cjk_headline`), long enough, not a link (but
    a Markdown heading made of one: a post's headline linking to its own page), a web
    address (a dump's first line may print the page's URL), a caption, a byline or a date
    line."""
    settings = shared.text
    return (
        (heading_shaped(line.text, line.shape, settings) or _cjk_headline(line, settings))
        and printed_address(line.text) is None
        and line.shape.words >= settings.headline_min_words
        and (not _linked(candidate, settings) or candidate.role is Role.HEADING)
        and split_caption(line.text, shared.credits)[1] is None
        and costly_reason(line.text, line.shape, shared) is None
    )


def _cjk_headline(line: Line, settings: TextSettings) -> bool:
    """A line written mostly in CJK characters, no sentence ending, of a headline's length
    in that script (a CJK character counts half a word, a Hangul word twice)."""
    text = line.text
    if text.isascii() or final_char(text) in SENTENCE_STOPS:
        return False
    return _mostly_cjk(text) and line.shape.words <= settings.cjk_headline_max_words


def _mostly_cjk(text: str) -> bool:
    """At least half the line's characters (spaces aside) are CJK."""
    return 2 * _cjk_chars(text) >= len(text) - text.count(" ")


def _cjk_chars(text: str) -> int:
    """How many of the line's characters are CJK."""
    return sum(len(run) for run in CJK_RUN.findall(text))


def _heading_bonus(candidate: Candidate, settings: TextSettings) -> float:
    """A Markdown heading's bonus, none for one made of a link: a blog's name linking to its
    home page is a level-1 heading too, the post's headline only now and then."""
    if candidate.role is not Role.HEADING or _linked(candidate, settings):
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


def _overlap(text: str, lead: frozenset[str], stem: int) -> float:
    """The share of the line's content words (by their first `stem` characters) found in
    the story's opening (`lead`, stems too), over its words plus one: one shared word of a
    one-word label ("Find a new job") is chance, four of a headline's six are not."""
    words = stems(content_words(text), stem)
    return len(words & lead) / (len(words) + 1) if words else 0.0
