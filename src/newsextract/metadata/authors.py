"""Who wrote the article: the page's author sources, and the one decision over all of them.

`page_authors` reads the page's sources, most trusted first (JSON-LD, <meta> author keys,
the byline under the headline, byline-classed elements) and keeps the first that names a
person; a fuller byline under the headline completes a structured source that names only
the first author. `decide_authors` makes the article's final call once the blocks are
labelled: those metadata authors, else the bylines removed around the article, else the
reporters of its credit lines, else the agency or outlet the author data credits; and it
finds the authors' biographies closing the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newsextract.blocks import Decision
from newsextract.data.meta_markup import AUTHOR_KEYS, SITE_TYPES
from newsextract.data.meta_words import BIO_LINK_WORDS, CMS_ACCOUNTS, NAME_JOINERS
from newsextract.metadata.page import Hit, PageSources, ld_types, meta_origin
from newsextract.metadata.story import StoryHead
from newsextract.model import BlockKind, RemovalReason
from newsextract.settings import (
    DEFAULT_SETTINGS,
    AuthorSettings,
    BylineSettings,
    DateSettings,
    Settings,
)
from newsextract.signals.agencies import agency_named
from newsextract.signals.byline import (
    byline_parts,
    is_lone_byline_word,
    is_lone_credit_word,
    is_name_joiner,
    is_name_mark,
    is_role_line,
    opens_bio,
    pen_name,
    uninvert,
)
from newsextract.signals.credits import names_a_photographer
from newsextract.signals.strings import collapse_spaces, looks_like_url, norm_key, squash

_WORD = re.compile(r"\w{3,}")
_NAME_SEPARATORS = re.compile(r"[/|]")
#: A joiner closing a line of names, maybe with the ellipsis of a list shortened before its
#: last name ("Mariana Lenharo,", "Davide Castelvecchi & …" / "Jeff Tollefson").
_TRAILING_JOINER = re.compile(
    r"\s*(?:,|&|\b(?:{})\b)\s*(?:…|\.\.\.|⋯)?\s*$".format("|".join(sorted(NAME_JOINERS - {"&"}))),
    re.I,
)
_PUNCTUATION = ".,;:!?()[]\"'“”‘’«»"
#: A line shortening an author list ("Davide Castelvecchi &" / "…" / "Jeff Tollefson").
_ELLIPSES = frozenset({"…", "...", "⋯"})
#: An affiliation number on a line of its own after a name ("Xiaoying You" / "0" / ",").
_AFFILIATION = re.compile(r"^\d{1,2}$")
#: Author sources whose values are names by construction (not text that may be a byline).
STRUCTURED_ORIGINS = frozenset({"json-ld", "meta", "opengraph", "twitter"})


@dataclass(frozen=True, slots=True)
class PageAuthors:
    """What the page's author sources say: the persons (with the agencies credited beside
    them), the agencies, and the organisations credited when no person is named."""

    names: Hit[tuple[str, ...]] | None
    agencies: Hit[tuple[str, ...]] | None
    #: The agencies a structured source credits, as written ("dpa", "Associated Press"),
    #: else the outlet naming itself ("DER SPIEGEL"); empty when a person is named.
    credited: tuple[str, ...] = ()


def page_authors(
    page: PageSources,
    site: Hit[str] | None,
    sites: frozenset[str],
    story: StoryHead,
    settings: Settings = DEFAULT_SETTINGS,
) -> PageAuthors:
    """Person names and agencies, from the first source that names a person.

    Agencies are kept from the first source that names any, even when a later source gives
    the persons ("Reuters" in JSON-LD, "By Jane Doe" in the text). A structured source's
    agencies are authors beside the persons it names ("Paula Steiger", "SDA"); with no
    person named, they, else the outlet the author data names, are only `credited`: the
    authors when the labelled page names nobody either (`decide_authors`).
    """
    site_key = norm_key(site.value) if site else ""
    agencies: Hit[tuple[str, ...]] | None = None
    credited: list[str] = []  # agencies a structured source names as authors, as written
    for origin, raws in _author_sources(page, story, sites):
        names, found, used = _source_names(origin, raws, site_key, sites, settings)
        if origin == "text":
            names = [name for name in names if not _site_account(name, story, sites)]
        if found and agencies is None:
            agencies = Hit(tuple(found), origin, " / ".join(used))
            if origin in STRUCTURED_ORIGINS:
                credited = _agency_authors(raws, sites, settings)
        if names:
            hit = Hit(tuple(names), origin, " / ".join(used))
            if origin in STRUCTURED_ORIGINS:
                hit = _fuller_byline(hit, story, sites, settings)
            beside = credited if agencies is not None and agencies.origin == origin else ()
            return PageAuthors(_with_agencies(hit, beside), agencies)
    pen = None if agencies else _pen_name_hit(story, site_key, sites, settings)
    if pen is not None:
        return PageAuthors(pen, None)
    outlet = None if credited else _outlet_author(page, site_key, sites)
    return PageAuthors(None, agencies, tuple(credited) or ((outlet,) if outlet else ()))


def _pen_name_hit(
    story: StoryHead, site_key: str, sites: frozenset[str], settings: Settings
) -> Hit[tuple[str, ...]] | None:
    """A blog's pen name, from the first byline-like element (around the headline but in a
    comment thread, then in the post's own footer) whose byline names one word
    (`pen_name`: "by John on July 15, 2012", "Posted by Atrios"), read only when no source
    names a person or an agency: a single word is as often a brand, so it counts only in
    the page's byline markup, never as the site's name or its CMS account."""
    for text, account in (*story.own_byline_elements, *story.footer_bylines):
        name = None if account else pen_name(text, settings.dates)
        if name and not _names_outlet(name, site_key, sites) and not _shares_site_word(name, sites):
            return Hit((name,), "byline", text)
    return None


def _agency_authors(raws: Sequence[str], sites: frozenset[str], settings: Settings) -> list[str]:
    """The structured author values that name agencies and no person ("dpa", "Associated
    Press", "Le Figaro et AFP"), as written: the page credits the agency with the story."""
    credited: list[str] = []
    for raw in raws:
        parsed = byline_parts(
            uninvert(raw),
            require_cue=False,
            sites=sites,
            settings=settings.byline,
            dates=settings.dates,
        )
        name = collapse_spaces(raw)
        if parsed and parsed[1] and not parsed[0] and name not in credited:
            credited.append(name)
    return credited


def _with_agencies(hit: Hit[tuple[str, ...]], credited: Sequence[str]) -> Hit[tuple[str, ...]]:
    """The persons of `hit` followed by the agencies credited beside them."""
    extra = tuple(name for name in credited if name not in hit.value)
    return Hit(hit.value + extra, hit.origin, hit.raw) if extra else hit


def _source_names(
    origin: str, raws: Sequence[str], site_key: str, sites: frozenset[str], settings: Settings
) -> tuple[list[str], list[str], list[str]]:
    """The person names, agencies and raw strings used of one author source."""
    names: list[str] = []
    found: list[str] = []
    used: list[str] = []
    for raw in raws:
        parsed = (
            None
            if _names_outlet(raw, site_key, sites)
            else byline_parts(
                uninvert(raw) if origin in STRUCTURED_ORIGINS else raw,
                require_cue=origin == "text",
                sites=sites,
                settings=settings.byline,
                dates=settings.dates,
            )
        )
        if not parsed or not (parsed[0] or parsed[1]):
            if origin == "byline" and names:
                break  # past the byline: an author box, a bio, a gear list
            continue
        if origin == "text" and names and parsed[0]:
            continue  # the first byline under the headline; later names are credits
        used.append(raw)
        names.extend(n for n in parsed[0] if not repeats_name(n, names))
        found.extend(a for a in parsed[1] if a not in found)
    return names, found, used


def _outlet_author(page: PageSources, site_key: str, sites: frozenset[str]) -> str | None:
    """The outlet's own name where the page's author data credits it ("DER SPIEGEL",
    "nieuwsblad.be"), JSON-LD persons and organisations alike, then <meta> authors."""
    named = [name for item in page.articles for name in _ld_author_names(item.get("author"))]
    named += [value for key in AUTHOR_KEYS for value in page.meta.get(key, ())]
    return next(
        (
            collapse_spaces(name)
            for name in named
            if collapse_spaces(name) and _names_outlet(name, site_key, sites)
        ),
        None,
    )


def _ld_author_names(value: Any) -> list[str]:
    """Every name a JSON-LD author value holds, persons and organisations alike."""
    if isinstance(value, list):
        return [name for one in value for name in _ld_author_names(one)]
    if isinstance(value, dict):
        value = value.get("name")
    return [value] if isinstance(value, str) else []


def _names_outlet(raw: str, site_key: str, sites: frozenset[str]) -> bool:
    """Whether an author value is the outlet's own name ("Deutsche Welle (www.dw.com)" where
    the page's publisher is so named): no person, so the byline the page shows is read."""
    key = norm_key(raw)
    return key == site_key or key in sites or squash(raw) in sites


def _fuller_byline(
    hit: Hit[tuple[str, ...]], story: StoryHead, sites: frozenset[str], settings: Settings
) -> Hit[tuple[str, ...]]:
    """The byline the page shows when it names the metadata's authors and more.

    CMSs often put only the first author in JSON-LD or <meta> while the page shows "By A, B
    and C"; a byline that repeats every metadata name is the fuller list.
    """
    _, shown, _ = byline_hits(story.near_title, "text", sites, settings)
    if shown is None or len(shown.value) <= len(hit.value):
        return hit
    keys = {norm_key(name) for name in shown.value}
    return shown if all(norm_key(name) in keys for name in hit.value) else hit


def repeats_name(name: str, names: Sequence[str]) -> bool:
    """`name` is already listed, maybe glued to a widget's text ("Anna MeninShare")."""
    return any(name.startswith(n) or n.startswith(name) for n in names)


def _author_sources(
    page: PageSources, story: StoryHead, sites: frozenset[str]
) -> Iterator[tuple[str, list[str]]]:
    """Raw author strings per source, most trusted first; the text ones only when reached.

    A byline line right under the headline ("By Jane Doe") is read before the byline-classed
    elements: it is as reliable (it must open with a byline word or carry a role or date)
    and much cheaper than searching the page for classes; those in the post's own footer
    ("Posted by Jane Doe" under a blog post) come last. A CMS account named after the
    site ("Ilanga D", linked to ".../author/admin/") is no author.
    """
    yield (
        "json-ld",
        [
            name
            for item in page.articles
            for name, account in _ld_names(item.get("author"))
            if not (account and _shares_site_word(name, sites))
        ],
    )
    for key in AUTHOR_KEYS:
        values = [v for v in page.meta.get(key, ()) if not looks_like_url(v)]
        if values:
            yield meta_origin(key), values
    yield "text", list(story.near_title)
    for elements in (story.byline_elements, story.footer_bylines):
        named = [
            text for text, account in elements if not (account and _shares_site_word(text, sites))
        ]
        yield "byline", named


def _site_account(name: str, story: StoryHead, sites: frozenset[str]) -> bool:
    """Whether a name under the headline is the CMS account named after the site, as its
    link says ("by Ilanga D" linking to ".../author/admin/")."""
    return _shares_site_word(name, sites) and any(
        account and name in text for text, account in story.byline_elements
    )


def _shares_site_word(name: str, sites: frozenset[str]) -> bool:
    """Whether a name holds a word of the site's name ("Ilanga D" on Ilanga News)."""
    site_words = {word for key in sites for word in key.split() if len(word) >= 3}
    return any(word in site_words for word in norm_key(name).split())


def _ld_names(value: Any) -> list[tuple[str, bool]]:
    """Author names from JSON-LD (strings, Person objects, or lists of them), each with
    whether it is a CMS account (".../author/admin/").

    An Organization counts only when it is an agency (a site's own name is not an author).
    """
    if isinstance(value, str):
        return [(value, False)]
    if isinstance(value, list):
        return [name for one in value for name in _ld_names(one)]
    if isinstance(value, dict):
        account = _cms_account(value)
        name = value.get("name")
        if not isinstance(name, str):  # {"givenName": "Anna Giulia", "familyName": "Fink"}
            parts = [value.get(k) for k in ("givenName", "additionalName", "familyName")]
            name = " ".join(p for p in parts if isinstance(p, str) and p.strip()) or None
        names = [(name, account)] if isinstance(name, str) else []
        if ld_types(value) & SITE_TYPES:
            return [n for n in names if agency_named(n[0])]
        return names
    return []


def _cms_account(person: dict[str, Any]) -> bool:
    """Whether a JSON-LD author is the CMS account that posted (".../author/admin/")."""
    for key in ("url", "@id"):
        address = person.get(key)
        if isinstance(address, str):
            last = address.rstrip("/").rsplit("/", 1)[-1].split("#", 1)[0].lower()
            if last in CMS_ACCOUNTS:
                return True
    return False


def byline_hits(
    lines: Sequence[str],
    origin: str,
    sites: frozenset[str] = frozenset(),
    settings: Settings = DEFAULT_SETTINGS,
) -> tuple[int, Hit[tuple[str, ...]] | None, Hit[tuple[str, ...]] | None]:
    """The index of the first line that is a byline naming someone, its names and agencies
    (-1 and None when there is none)."""
    for index, line in enumerate(lines):
        parsed = byline_parts(
            line, require_cue=True, sites=sites, settings=settings.byline, dates=settings.dates
        )
        if parsed and (parsed[0] or parsed[1]):
            names = Hit(parsed[0], origin, line) if parsed[0] else None
            agencies = Hit(parsed[1], origin, line) if parsed[1] else None
            return index, names, agencies
    return -1, None, None


def rejoined_bylines(lines: Sequence[str]) -> list[str]:
    """The lines with a byline that a dump broke at its links joined again: a lone byline
    word ("By", "Von:") and the names after it, with the joiners between them ("Von" /
    "Simone Jülicher" / "und" / "Rainer Grünberg" -> "Von Simone Jülicher und Rainer
    Grünberg"); a credit word alone ("Foto:") is joined to the line it credits, so that the
    photographer there ("Andrew Harnik / AP") is read as credited, not as a bare name, unless
    that line is a lone byline word (the credit left empty, the byline under it)."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        if is_lone_byline_word(lines[index]) and index + 1 < len(lines):
            parts = [lines[index], lines[index + 1]]
            index += 2
            while index + 1 < len(lines) and is_name_joiner(lines[index]):
                parts += lines[index : index + 2]
                index += 2
            out.append(" ".join(parts).replace(" , ", ", "))
            continue
        if (
            is_lone_credit_word(lines[index])
            and index + 1 < len(lines)
            and not is_lone_byline_word(lines[index + 1])
        ):
            out.append(f"{lines[index]} {lines[index + 1]}")  # "Foto:" / "Andrew Harnik / AP"
            index += 2
            continue
        out.append(lines[index])
        index += 1
    return out


def bare_byline_hit(
    lines: Sequence[str], headline: int, story: int, settings: Settings = DEFAULT_SETTINGS
) -> tuple[int, Hit[tuple[str, ...]] | None]:
    """A text dump's byline printed as bare names on a line of their own right under the
    headline ("Amanda Hällsten", "Mathatisi Sebusi/Mohalenyane Phakela"): within
    `bare_byline_reach` lines, or further down but above the story's first paragraph (at
    `story`; a dek, a photo's caption and credit, a share bar may sit between), every word
    capitalised, all of it names, not a name the headline holds (the story's subject), nor
    one right above a photo credit (the person pictured: "Donald Trump" / "Foto:
    REUTERS/Nathan Howard"). (-1, None) when there is none."""
    own = settings.metadata
    lowered = _lowercase_words(lines)
    for index in range(headline + 1, min(len(lines), headline + 1 + own.bare_byline_head_reach)):
        line = lines[index]
        if index > headline + own.bare_byline_reach and index >= story:
            break
        names = _bare_names(line, lowered, settings)
        if (
            names
            and not _pictured(lines, index)
            and line.casefold() not in lines[headline].casefold()
        ):
            return index, Hit(names, "text", line)  # (the headline names the story's subject)
    return -1, None


def _bare_names(line: str, lowered: frozenset[str], settings: Settings) -> tuple[str, ...]:
    """The names of a line holding nothing else: 2 to `bare_byline_max_words` words, all
    capitalised, all of them names, not mostly words the page writes in lower case; a
    joiner closing it ("Mariana Lenharo,", "Davide Castelvecchi &": the next line names
    the next author) aside. Empty for any other line, and for a label closed by a colon (a
    kicker over its dek: "CHINESE AGGRESSION:")."""
    if line.endswith((":", "：")):
        return ()
    line = _TRAILING_JOINER.sub("", line)
    words = _NAME_SEPARATORS.sub(" ", line).split()
    if not 2 <= len(words) <= settings.metadata.bare_byline_max_words:
        return ()
    if not all(w[0].isupper() for w in words if w[0].isalpha()):
        return ()
    parsed = byline_parts(line, require_cue=False, settings=settings.byline, dates=settings.dates)
    if (
        parsed
        and parsed[0]
        and not parsed[1]
        and _all_names(parsed[0], words)
        and not _mostly_common_words(words, lowered)
    ):
        return parsed[0]
    return ()


def next_authors(
    lines: Sequence[str], at: int, found: Hit[tuple[str, ...]], settings: Settings
) -> Hit[tuple[str, ...]]:
    """The authors of the byline at `at` with those of the lines right under it that name
    authors too, one a line ("Lucy Thornton News Reporter" / "Tim Hanlon News Reporter" /
    "Phoebe Tonks"; "Ingrid Treborg" / "Marlene Lundberg Holm"): each a byline naming a
    person and no agency, or bare names (`_bare_names`) but for those right above a photo
    credit (the person pictured, as `bare_byline_hit` reads it); the first other line ends
    them. A mark or word joining names, an ellipsis shortening the list and an affiliation
    number on lines of their own are passed over ("Julia Vergin" / "|" / "Clare Roth";
    "Xiaoying You" / "0" / "," / "Mariana Lenharo")."""
    names = list(found.value)
    lowered = _lowercase_words(lines)
    for index in range(at + 1, len(lines)):
        line = lines[index]
        if _between_names(line):
            continue  # "Davide Castelvecchi &" / "…" / "Jeff Tollefson": a shortened list
        parsed = byline_parts(
            line, require_cue=True, settings=settings.byline, dates=settings.dates
        )
        if parsed and not parsed[1]:
            more = parsed[0]
        elif _pictured(lines, index):  # (a byline stands over "Vi rapporterer fra Oslo/Paris")
            break
        else:
            more = _bare_names(line, lowered, settings)
        if not more and is_role_line(line, settings.byline):
            continue  # a role under the name ("Lucy Thornton" / "News Reporter" / "Tim Hanlon")
        if not more:
            break
        names += (name for name in more if name not in names)
    return Hit(tuple(names), found.origin, found.raw)


def _between_names(line: str) -> bool:
    """Whether a line only stands between two names of an author list one a line: a mark
    or word joining them ("|", ",", "und", "& …"), the ellipsis of a shortened list, an
    affiliation number ("0")."""
    return (
        line in _ELLIPSES
        or is_name_joiner(line)
        or is_name_mark(line)
        or _AFFILIATION.match(line) is not None
        or _TRAILING_JOINER.fullmatch(line) is not None
    )


def _pictured(lines: Sequence[str], index: int) -> bool:
    """Whether the line at `index` sits right above a photo credit: a name there is the
    person pictured ("Donald Trump" / "Foto: REUTERS/Nathan Howard"), not an author."""
    return index + 1 < len(lines) and names_a_photographer(lines[index + 1])


def _lowercase_words(lines: Sequence[str]) -> frozenset[str]:
    """The words the page writes in lower case: common words, which a name's seldom are."""
    words = (w.strip(_PUNCTUATION) for line in lines for w in line.split())
    return frozenset(w for w in words if w.isalpha() and w.islower())  # not in URLs


def _mostly_common_words(words: Sequence[str], lowered: frozenset[str]) -> bool:
    """More than half of a capitalised line's words are written in lower case elsewhere on
    the page: a label in title case ("Related Topics", "Food Book", "Tour Dates"), not a
    name ("Will Dunham": "will" is common, "Dunham" is not)."""
    common = sum(w.strip(_PUNCTUATION).lower() in lowered for w in words)
    return 2 * common > len(words)


def _all_names(names: Sequence[str], words: Sequence[str]) -> bool:
    """Every word of the line is in a name (no role, place or date beside them)."""
    return sum(len(name.split()) for name in names) == len(words)


@dataclass(frozen=True, slots=True)
class Authorship:
    """The article's authors, the byline blocks they may come from, and the blocks that are
    bylines or biographies, not story."""

    authors: tuple[str, ...]
    bylines: tuple[str, ...]  # byline blocks removed around the article (agencies read them)
    bios: frozenset[int]  # positions, among the kept blocks, of bylines and biographies


def decide_authors(
    metadata_authors: Sequence[str],
    decisions: Sequence[Decision],
    kept: Sequence[Decision],
    *,
    credited: Sequence[str] = (),
    settings: AuthorSettings = DEFAULT_SETTINGS.authors,
    byline: BylineSettings = DEFAULT_SETTINGS.byline,
    dates: DateSettings = DEFAULT_SETTINGS.dates,
) -> Authorship:
    """The article's authors, decided once: the page's metadata names them, else a paragraph
    of names opening the story does ("Mohloai Mpesi" in bold above the first paragraph),
    else the byline blocks removed around the article, else its closing credit lines
    ("(Reporting by Will Dunham; Editing by Tom Brown)" gives Will Dunham), else the
    organisations the page's author data `credited` (`PageAuthors.credited`: "dpa").

    `kept` are the article's blocks in order, `decisions` every block of the page. The
    opening paragraph of names leaves the text (when the metadata names nobody else), as do
    the authors' biographies closing it.
    """
    bylines = _bylines_near(decisions, kept, settings)
    credits = [d.text for d in kept if d.kind is BlockKind.CREDIT]
    opening, opening_names = _opening_byline(kept, settings, byline, dates)
    authors = (
        tuple(metadata_authors)
        or opening_names
        or _byline_authors(bylines, byline, dates, cued=False)
        or _byline_authors(credits, byline, dates)
        or tuple(credited)
    )
    dropped = set(_author_bios(kept, authors, settings))
    known = {norm_key(name) for name in authors}
    if opening is not None and all(norm_key(name) in known for name in opening_names):
        dropped.add(opening)
    return Authorship(authors, bylines, frozenset(dropped))


def _opening_byline(
    kept: Sequence[Decision], settings: AuthorSettings, byline: BylineSettings, dates: DateSettings
) -> tuple[int | None, tuple[str, ...]]:
    """The position and names of a paragraph holding only names among the story's first
    blocks ("Mathatisi Sebusi/Mohalenyane Phakela"), if there is one: a byline the page set
    as body text.

    The story must not use the names' words anywhere else: a capitalized pair opening it
    that it goes on to use is its subject or a label ("Harata HeiQuiti", "Story
    Highlights", "Toffee Bars"); the author of a story is not in it.
    """
    for position, d in enumerate(kept[: settings.opening_byline_blocks]):
        if (
            d.kind is not BlockKind.PARAGRAPH
            or d.text.rstrip().endswith((".", "!", "?", ":", ","))
            or position + 1 >= len(kept)
            or kept[position + 1].kind is not BlockKind.PARAGRAPH
        ):
            continue  # a byline line is followed by the story's prose
        parsed = byline_parts(d.text, require_cue=False, settings=byline, dates=dates)
        if parsed and parsed[0]:
            words = {w for name in parsed[0] for w in _WORD.findall(name.casefold())}
            rest = (other.text for other in kept if other is not d)
            if not any(words.intersection(_WORD.findall(text.casefold())) for text in rest):
                return position, parsed[0]
    return None, ()


def _bylines_near(
    decisions: Sequence[Decision], kept: Sequence[Decision], settings: AuthorSettings
) -> tuple[str, ...]:
    """Byline blocks removed around the article (not a ticker's "By REUTERS" far above it)."""
    if not kept:
        return ()
    first = kept[0].index - settings.byline_reach_before
    last = kept[-1].index + settings.byline_reach_after
    # enum members read once, not per block (docs/design.md, "Enum members")
    byline = RemovalReason.BYLINE
    return tuple(d.text for d in decisions if d.reason is byline and first <= d.index <= last)


def _byline_authors(
    bylines: Sequence[str], settings: BylineSettings, dates: DateSettings, *, cued: bool = True
) -> tuple[str, ...]:
    """Authors named by byline lines, in order, once each. Without `cued`, a line of bare
    names counts too (the labels removed it as a byline: "Martin Gramnæs Martin Gramnæs"
    beside its date line)."""
    names: list[str] = []
    for line in bylines:
        parsed = byline_parts(line, require_cue=cued, settings=settings, dates=dates)
        for name in parsed[0] if parsed else ():
            if name not in names:
                names.append(name)
    return tuple(names)


def _author_bios(
    kept: Sequence[Decision], authors: Sequence[str], settings: AuthorSettings
) -> frozenset[int]:
    """Positions of the paragraphs closing the story that are its authors' biographies
    ("Jane Doe is a correspondent based in Cairo. She previously covered...") or the links
    to them ("You can email Jane Doe here, and read more of her articles here.")."""
    bios: set[int] = set()
    for position in range(len(kept) - 1, max(len(kept) - 1 - settings.bio_reach, -1), -1):
        d = kept[position]
        if d.kind is BlockKind.PARAGRAPH and any(
            opens_bio(d.text, name) or _links_author(d.text, name, settings) for name in authors
        ):
            bios.add(position)
    return frozenset(bios)


def _links_author(text: str, name: str, settings: AuthorSettings) -> bool:
    """Whether a short paragraph points at the author ("Follow Jane Doe on X", "You can
    email Jane Doe here")."""
    if len(text) > settings.max_author_link_chars or name not in text:
        return False
    return any(word in BIO_LINK_WORDS for word in text.lower().split())
