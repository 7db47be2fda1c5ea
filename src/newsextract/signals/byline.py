"""Bylines in strings: which short lines name the article's authors, and who they are.

A byline is split into segments (" | ", " - ", "/", ";") and parts (commas, brackets); every
part must be a person's name, an agency, a role or desk, a name suffix, a contact, the site's
name or a date, or the line is not a byline. A place may close a segment after its names
("Von Seb Dumitru, Lille"), links to the author may follow them ("Jane Doe Email the author",
"Follow @janedoe"), and a date may come before the byline word ("05.08.2024, 20:59 Uhr Von
Seb Dumitru"). Names in scripts without capitals count too ("作者：张三", "بقلم: محمد علي",
"신현주 기자", places before it: "순천, 광양 구현모 기자"): a CJK name is a short run of
characters not ending like a paper's name. The outlet an author wrote for is no author ("By
Dolores Chang For Dailymail.Com").
The words come from `data/meta_words.py` (byline and credit prefixes, roles, desks, name
particles and joiners) and agencies from `signals/agencies.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsextract.data.meta_words import (
    AUTHOR_LINK_SMALL_WORDS,
    AUTHOR_LINK_WORDS,
    BIO_VERBS,
    BYLINE_PREFIXES,
    CASELESS_ORG_ENDINGS,
    CHROME_WORDS,
    CLOCK_AT_WORDS,
    CMS_ACCOUNTS,
    COAUTHOR_MARKERS,
    COUNT_SMALL_WORDS,
    COUNT_WORDS,
    CREDIT_PREFIXES,
    DESK_WORDS,
    FILED_IN_WORDS,
    KOREAN_REPORTER_WORDS,
    MONTHS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_WORDS,
    OUTLET_MARKERS,
    ROLE_WORDS,
    WEEKDAYS,
)
from newsextract.settings import DEFAULT_SETTINGS, BylineSettings, DateSettings
from newsextract.signals.agencies import AGENCY_LAST_WORDS, agency_named
from newsextract.signals.dates import dateline_start, has_year, looks_like_dateline
from newsextract.signals.strings import (
    ADDRESS,
    CJK_CHAR,
    alternation,
    cleaned_prefix_exceeds,
    collapse_spaces,
    looks_like_url,
    squash,
)

#: Words of roles and desks ("Staff Writer", "Politics Desk").
ROLES = ROLE_WORDS | DESK_WORDS
#: Words of a tail after a byline's name: links to the author or a comment count, and the
#: small words and numbers that may stand between them.
_TAIL_WORDS = AUTHOR_LINK_WORDS | COUNT_WORDS
_TAIL_SMALL_WORDS = AUTHOR_LINK_SMALL_WORDS | COUNT_SMALL_WORDS
#: Words no person's name holds.
NOT_NAME_WORDS = ROLES | ORG_WORDS | CHROME_WORDS
_BRAND = re.compile(r"[a-z][A-Z]{2}")  # "WebMD", "TheStreetTV": brands, never names
_GLUE_WORDS = WEEKDAYS | ROLES | CHROME_WORDS | frozenset(MONTHS)
_INVERTED = re.compile(
    r"^(?P<family>[^\W\d_][\w'’\-]+),\s*(?P<given>[^\W\d_][\w.'’\-]*(?:\s+[\w.'’\-]+){0,2})$"
)
_CREDIT_PREFIX = re.compile(rf"^(?:{alternation(CREDIT_PREFIXES)})\s*:?\s+", re.I)
_PREFIX_END = r"(?:\s*[:：]\s*|\s*[\-–]\s+|\s+)"  # "By ", "Autor: ", "作者：", "By - "
_BYLINE_PREFIX = re.compile(rf"^(?:{alternation(BYLINE_PREFIXES)}){_PREFIX_END}", re.I)
#: A pen name: one word of letters (digits, dots, hyphens and apostrophes after the first).
_PEN_NAME = re.compile(r"[^\W\d_][\w.'’\-]{1,30}")
#: What may follow a pen name in its byline: "on"/"at"/"in" and a date, a time or the
#: post's category, or a separator ("·", "|", "●").
_PEN_TAIL = re.compile(r"(?:on|at|in)\b|[|·•●]", re.I)
#: The byline words that may open a pen name: "by" and those ending in it ("Posted by",
#: "Written by"); after "Author:" one word is as often a brand ("Author:LearnVest") or a
#: link ("Author Archive").
_PEN_PREFIX = re.compile(
    rf"^(?:{alternation([p for p in BYLINE_PREFIXES if p.split()[-1] == 'by'])}){_PREFIX_END}",
    re.I,
)
#: The CMS account names a pen name may end in ("jdadmin"); shorter ones end real names.
_CMS_ACCOUNT_ENDINGS = tuple(a for a in CMS_ACCOUNTS if len(a) > 4)
#: Byline words themselves: "By By" is no pen name.
_WORD_PREFIXES = frozenset(p for p in BYLINE_PREFIXES if " " not in p)
#: A byline word inside a segment, after a date ("05.08.2024, 20:59 Uhr Von Seb Dumitru").
_INNER_PREFIX = re.compile(rf"(?<=\s)(?:{alternation(BYLINE_PREFIXES)}){_PREFIX_END}", re.I)
#: A byline word alone on its line ("By", "Von:", "作者："), the names on the next line.
_LONE_PREFIX = re.compile(rf"^(?:{alternation(BYLINE_PREFIXES)})\s*[:：]?$", re.I)
#: A credit word alone on its line with its colon ("Foto:", "Photo:"), the credit on the next.
_LONE_CREDIT = re.compile(rf"^(?:{alternation(CREDIT_PREFIXES)})\s*[:：]$", re.I)
#: Marks set between a byline's segments ("Julia Vergin | Clare Roth").
_NAME_MARKS = frozenset({"|", "/", "·", "•"})
_LEADING_JOINER = re.compile(rf"^(?:{alternation(NAME_JOINERS)})\s+")  # ", and Ann Lee"
#: A person's name in Chinese or Japanese (a few characters, maybe as two words: "大渡 美咲")
#: or in Korean (three or four syllables, one word: "신현주"; two-syllable words are as often
#: places: "순천").
_HAN_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{2,5}$")
_HANGUL_NAME = re.compile(r"^[\uac00-\ud7af]{3,4}$")
#: A Korean byline: places, the reporter's name, the word for reporter ("순천, 광양 구현모 기자").
_KOREAN_BYLINE = re.compile(
    r"^(?:[\uac00-\ud7af]+(?:\s*,\s*|\s+))*(?P<name>[\uac00-\ud7af]{3,4})\s*"
    rf"(?:{alternation(KOREAN_REPORTER_WORDS)})$"
)
#: Marks between a byline's segments; a slash only outside a numeric date ("Posted by Jane
#: Doe on 11/02/2012", "Jane Doe/AP").
_SEGMENT_SPLIT = re.compile(r"\s*(?:[|•·●\n;]|(?<!\d)/|/(?!\d))\s*|\s+[-–—]\s+")
#: The time of day closing a byline after "at" ("Posted by Jane Doe at 10:32 AM"), or "at"
#: alone where markup holds the time apart (the time in a link of its own). The word alone
#: only in lower case, as written before a time: capitalized, it ends a name ("By Mario
#: Alle", "By Sanjay Om", "By Anna Um").
_CLOCK_TAIL = re.compile(
    rf"\s+(?:(?i:{alternation(CLOCK_AT_WORDS)})\s+[0-2]?\d[:.h][0-5]\d(?:\s*(?i:[ap]\.?m\.?))?"
    rf"|{alternation(CLOCK_AT_WORDS)})\s*$"
)
#: The word opening the category a post was filed in, after its byline's date.
_FILED_IN = re.compile(rf"\s+(?:{alternation(FILED_IN_WORDS)})\s+", re.I)
_PART_SPLIT = re.compile(r"\s*,\s*|\s*\(\s*|\s*\)\s*|(?<=[^\W\d_]{2})\.\s+")
_JOINER_SPLIT = re.compile(rf"\s+(?:{alternation(NAME_JOINERS)})\s+", re.I)
#: A name and the outlet its author wrote for ("Dolores Chang For Dailymail.Com").
_FOR_OUTLET = re.compile(
    rf"^(?P<name>.+?)\s+(?:{alternation(OUTLET_MARKERS)})\s+(?P<outlet>\S.*)$", re.I
)
_COAUTHOR = re.compile(rf"^(?:{alternation(COAUTHOR_MARKERS)})\s+", re.I)
#: A word glued to the one before it by markup without spaces ("Jeff FoustMonday").
_GLUED = re.compile(r"(?<=[a-z])([A-Z][a-z]{2,})\b")
#: A capital and its full stop: a name's initial ("A." in "John A. Smith").
_INITIAL = re.compile(r"^[^\W\d_]\.$")
#: A site's address as its name ("NJ.com", "VMblog.com", "Dailymail.Com").
_DOMAIN = re.compile(r"^[^\W_][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,6}$")
_NAME_TOKEN = re.compile(r"^[\"'“‘(]*[^\W\d_][\w.'’\-]*$")
#: A number right after a name's last letter: an affiliation marker ("Xiaoying You0",
#: "Xiaoying You 0": a journal's author list).
_MARKER = re.compile(r"(?<=[^\W\d_])\s?\d{1,2}$")


def parse_byline(
    text: str,
    *,
    settings: BylineSettings = DEFAULT_SETTINGS.byline,
    dates: DateSettings = DEFAULT_SETTINGS.dates,
) -> tuple[str, ...] | None:
    """The person names of a byline line, or None if `text` is not a byline.

    "By Jane Doe and John Roe, Reuters" gives ("Jane Doe", "John Roe"); "Par Marie Dupont",
    "Von Hans Müller", "Por Ana García | 12 de mayo de 2020" and "Jane Doe | Staff writer"
    are bylines too. A byline naming only an agency or a desk gives an empty tuple. A line
    counts as a byline when it opens with a byline word ("By", "Par", "Von", "Por"...) or pairs
    a name with a role, an agency or a date, and every part of it is one of those.
    """
    parsed = byline_parts(text, require_cue=True, settings=settings, dates=dates)
    return parsed[0] if parsed else None


def is_lone_byline_word(text: str) -> bool:
    """Whether the text is only a byline word ("By", "Von:", "Par"): a dump that breaks
    lines at inline elements prints the names on the lines after it."""
    return _LONE_PREFIX.match(text.strip()) is not None


def is_lone_credit_word(text: str) -> bool:
    """Whether the text is only a credit word and its colon ("Foto:", "Photos by:"): a dump
    that breaks lines at inline elements prints the credited names on the line after it."""
    return _LONE_CREDIT.match(text.strip()) is not None


def opens_bio(text: str, name: str) -> bool:
    """Whether `text` opens with `name` and a biography verb ("Jane Doe is a ...",
    `BIO_VERBS`): an author's biography at the end of a story."""
    if not text.startswith(name):
        return False
    rest = text[len(name) :].lstrip(" ,").split(maxsplit=1)
    return bool(rest) and rest[0] in BIO_VERBS


def opens_with_credit(text: str) -> bool:
    """Whether the text opens on a credit word naming people who are not the authors
    ("Photo by Jane Doe", "Edited by ...", "Fotos: ..."): it reads like a byline ("<word>
    by <Name>") but credits a picture or an edit."""
    return _CREDIT_PREFIX.match(text.strip()) is not None


def is_name_joiner(text: str) -> bool:
    """Whether the text is only a word or mark joining two names ("und", "and", ",")."""
    word = text.strip()
    return word == "," or word.casefold() in NAME_JOINERS  # "&" is one of them


def is_name_mark(text: str) -> bool:
    """Whether the text is only a mark a byline sets between its segments ("|", "/", "·"):
    between two names one a line, it parts two authors ("Julia Vergin" / "|" / "Clare
    Roth"); after a byline's name, it may as well part the name from a date or a link. A
    menu or breadcrumb sets the same marks between its links: alone on many lines of a
    dump, they show it broke lines at inline elements ("ENGLISH" / "|" / "FRANÇAIS").

    >>> [is_name_mark(t) for t in (" | ", "/", "und", "Jane Doe")]
    [True, True, False, False]
    """
    return text.strip() in _NAME_MARKS


def byline_parts(
    text: str,
    *,
    require_cue: bool,
    sites: frozenset[str] = frozenset(),
    settings: BylineSettings = DEFAULT_SETTINGS.byline,
    dates: DateSettings = DEFAULT_SETTINGS.dates,
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(names, agencies) of a byline, or None when some part is neither name, role nor date.

    With `require_cue`, a line without a byline word must also hold a role, agency or date
    next to the names (a bare "Jane Doe" line is not taken for a byline). `sites` are
    normalized site names, dropped where they trail a name ("Kevin McCoy USA TODAY").
    """
    text = _without_filed_category(_without_clock_tail(_cleaned(text, settings)), dates)
    if not text:
        return None
    cue = opened = False  # opened: a byline word ("By", "Par") or a credit word starts it
    names: list[str] = []
    agencies: list[str] = []
    credit = False  # in a credit: "Foto: REUTERS/Nathan Howard" names a photographer
    dated = False  # a byline word's names closed by a date: later bare names file the story
    for raw_segment in _from_byline_word(_SEGMENT_SPLIT.split(text), dates):
        prefix = _BYLINE_PREFIX.match(raw_segment)
        credit = prefix is None and (credit or _CREDIT_PREFIX.match(raw_segment) is not None)
        if credit:
            opened = cue = True  # "Reviewed by ...", "Photos by ...": credits, not authors
            continue
        if prefix is None and any(map(str.isdigit, raw_segment)):
            prefix = _prefix_after_date(raw_segment, dates)
        opened = opened or prefix is not None
        cue = cue or opened
        segment = raw_segment[prefix.end() :] if prefix else raw_segment
        if _korean_byline(segment, names):
            cue = True
            continue
        filed = dated and prefix is None  # "by Jane Doe on 10/18/2012 | Marketing Tips"
        cut = dateline_start(segment, dates)
        if cut is not None:
            cue = True
            segment = segment[:cut].strip(" ,")
            dated = opened and bool(names or segment)
        parts = _PART_SPLIT.split(segment)
        for position, part in enumerate(parts):
            bare = part.strip(" .,:")
            coauthors = _COAUTHOR.match(bare)
            if coauthors:
                cue, bare = True, bare[coauthors.end() :]  # "(avec Damien Leloup)"
            joiner = _LEADING_JOINER.match(bare)
            if joiner and names:
                bare = bare[joiner.end() :]  # "A, B, and C"
            if opened:
                bare, outlet = _without_outlet(bare, settings)
                _add_agency(outlet, agencies)  # "By Staff for Reuters": the story's agency
            if not bare:
                continue
            named = len(names)
            kind = _part_kind(
                bare,
                (
                    parts[position - 1] if position and not joiner else None,
                    parts[position + 1] if position + 1 < len(parts) else None,
                ),
                (names, agencies),
                sites,
                settings,
            )
            if filed and kind == "name":
                del names[named:]  # a category after the byline's date, not an author
            if (
                kind is None
                and names
                and position == len(parts) - 1
                and _is_place(bare)
                and segment.rstrip(" .").endswith(", " + bare)
            ):
                kind = "place"  # "Von Seb Dumitru, Lille": where the author wrote from
            if kind is None:
                return None
            cue = cue or kind not in ("name", "link", "place", "address")
    if require_cue and not cue:
        return None
    if not names and not agencies and not opened:
        return None  # a desk or a date alone ("Climate Change News") is not a byline
    return tuple(names), tuple(agencies)


def _cleaned(text: str, settings: BylineSettings) -> str:
    """A byline candidate with its spaces collapsed, the brackets around a whole credit
    line, contacts and glue between a name and a date or chrome word undone; "" when it is
    too long to be a byline."""
    if cleaned_prefix_exceeds(text, settings.max_chars):
        return ""
    text = collapse_spaces(text)
    if len(text) > settings.max_chars:
        return ""
    if text.startswith("(") and text.endswith(")") and ")" not in text[1:-1]:
        text = text[1:-1]  # a credit line in parentheses: "(Reporting by A; Editing by B)"
    if "//" in text or "www." in text or "@" in text:  # what every contact holds
        text = ADDRESS.sub("", text)  # URLs and e-mail addresses beside the name
    return _GLUED.sub(_unglue, text)


def _without_clock_tail(text: str) -> str:
    """A byline opening with its byline word without the time of day closing it ("Posted by
    John Halamka at 3:00 AM", Blogger's post footers); a line opening otherwise keeps it
    ("Jane Doe | Posted at 12:45pm": a comment's signature, read as before)."""
    return _CLOCK_TAIL.sub("", text) if _BYLINE_PREFIX.match(text) else text


def _without_filed_category(text: str, dates: DateSettings) -> str:
    """A byline without "in" and the category after its date ("by Jane Doe on Aug 9, 2012 1:00
    PM CDT in Tracking Poll", WordPress's and SB Nation's post lines): the category names no
    author, and a one-word one would read as a part no byline holds. A byline word after
    the category keeps its names when none came before ("Posted on July 12, 2012 in News by
    Jane Doe")."""
    for match in _FILED_IN.finditer(text):
        head = text[: match.start()]
        if has_year(head) and dateline_start(head, dates) is not None:
            named = _BYLINE_PREFIX.match(head) or _INNER_PREFIX.search(head)
            after = None if named else _INNER_PREFIX.search(text, match.end())
            return f"{head} {text[after.start() :]}" if after else head
    return text


def _from_byline_word(segments: list[str], dates: DateSettings) -> list[str]:
    """The segments of a meta line from its byline word on, when another segment is a date
    ("National, News | Published: 5 hours ago | Written by Eliaser Ndeyanale"): the section
    labels before the byline are no authors, and no reason to read the line as no byline.
    Without a date beside it, a byline word after other words may end a teaser's headline.
    """
    for index, segment in enumerate(segments[1:], 1):
        if _BYLINE_PREFIX.match(segment):
            others = segments[:index] + segments[index + 1 :]
            if any(looks_like_dateline(other, dates) for other in others):
                return segments[index:]
            break
    return segments


def _prefix_after_date(segment: str, dates: DateSettings) -> re.Match[str] | None:
    """The byline word of a segment opening with a date ("12.03.2024, 10:15 Uhr Von X")."""
    inner = _INNER_PREFIX.search(segment)
    if inner is None or not looks_like_dateline(segment[: inner.start()].strip(" ,"), dates):
        return None
    return inner


def _is_place(part: str) -> bool:
    """One capitalized word: the place a byline's author wrote from ("Nairobi", "Lille")."""
    return " " not in part and part.isalpha() and part[0].isupper() and part[1:].islower()


def _without_link_tail(part: str) -> str:
    """A byline part without the links to its author or the comment count after the name
    ("Jane Doe Email the author" -> "Jane Doe", "Follow @janedoe" -> "", "Tripp Fuller 2
    Comments" -> "Tripp Fuller")."""
    words = part.split()
    end = len(words)
    linked = False
    while end:
        word = words[end - 1].lower().strip(".,:")
        if word in _TAIL_WORDS or word[:1] == "@":
            linked = True
        elif word not in _TAIL_SMALL_WORDS and not word.isdigit():
            break
        end -= 1
    return " ".join(words[:end]) if linked else part


def _unglue(match: re.Match[str]) -> str:
    """Set a date or chrome word glued to a name apart: "FoustMonday" -> "Foust | Monday"."""
    word = match.group(1)
    return f" | {word}" if word.lower() in _GLUE_WORDS else word


def _part_kind(
    part: str,
    beside: tuple[str | None, str | None],
    found: tuple[list[str], list[str]],
    sites: frozenset[str],
    settings: BylineSettings,
) -> str | None:
    """`_classify_part`, adding to the `found` names and agencies, but for a name right
    after a role and not followed by one (the parts `beside` it: before, None after a
    joiner or at the start; after, None at the end), which is the team the role is in:
    "Jane Doe, Software Engineer, Google Maps"; in "Jane Doe, Staff Writer, John Roe,
    Staff Writer" John Roe has a person's role of his own and is an author. Right after a
    name, a part that is a person's role as a whole is that person's role, no name before a
    role: "Jane Doe, Product Marketing Manager", "Tom Krisher, AP Auto Writer"."""
    names, agencies = found
    named = len(names)
    kind = _classify_part(part, names, agencies, sites, settings)
    before, after = beside
    if (
        kind == "name"
        and before is not None
        and _names_role(before.strip(" .,:"), settings)
        and not (after is not None and _is_persons_role(after, settings))
    ):
        del names[named:]
        return "team"
    if (
        kind is None
        and before is not None
        and _is_persons_role(before, settings)
        and _is_title(part, settings)
    ):
        return "team"  # "Tom Gara, Reporter, The Wall Street Journal": who the role is at
    if (
        kind == "role"
        and len(names) > named
        and before is not None
        and before.strip(" .,:") in names[:named]
        and _is_persons_role(part, settings)
    ):
        del names[named:]  # "Jane Doe, Product Marketing Manager": her role, no name in it
    return kind


def _is_title(part: str, settings: BylineSettings) -> bool:
    """Whether a byline part is a short title-cased name ("The Wall Street Journal",
    "Google Maps"): at most `max_outlet_words` words, each capitalised."""
    words = part.split()
    return 0 < len(words) <= settings.max_outlet_words and all(w[:1].isupper() for w in words)


def _is_persons_role(part: str, settings: BylineSettings) -> bool:
    """Whether a byline part is a person's role, a few words ending in a role word ("Staff
    Writer", "Product Manager"; not a desk or a section: "News and Reviews")."""
    words = [w.strip(".,:") for w in part.lower().split()]
    return 0 < len(words) <= settings.max_role_words and words[-1] in ROLE_WORDS


def _names_role(part: str, settings: BylineSettings) -> bool:
    """Whether a byline part is a role, maybe after a name ("Staff Writer", "Jane Doe
    Software Engineer")."""
    words = [w.strip(".,") for w in part.lower().split()]
    return bool(_role_tail_head(part, settings)) or _is_role(words, settings)


def _classify_part(
    part: str,
    names: list[str],
    agencies: list[str],
    sites: frozenset[str],
    settings: BylineSettings,
) -> str | None:
    """Sort one comma-separated byline part into names/agencies; its kind or None if unknown."""
    part = _without_marker(_undouble(part), settings)
    if _add_agency(part, agencies):
        return "agency"
    if sites and squash(part) in sites:
        return "site"
    head, tail = _split_outlet_tail(part, sites, settings)
    if tail:
        _classify_part(tail, names, agencies, sites, settings)
        kind = _classify_part(head, names, agencies, sites, settings)
        return "agency" if kind == "name" else kind
    pieces = _JOINER_SPLIT.split(part)
    if all(_is_person_name(p, settings) for p in pieces):
        names.extend(p for p in pieces if p not in names)
        return "name"
    if len(pieces) > 1 and _is_person_name(part, settings):  # one piece is `part`, tested above
        names.append(part)
        return "name"
    head = _without_link_tail(part)
    if head != part:
        return _classify_part(head, names, agencies, sites, settings) if head else "link"
    words = [w.strip(".,") for w in part.lower().split()]
    name_words = _role_tail_head(part, settings)
    if name_words:
        names.append(" ".join(part.split()[:name_words]))
        return "role"  # "Jane Doe Staff Writer", "Kelli Miller WebMD Health News"
    if all(w.replace(".", "") in NAME_SUFFIXES for w in words):  # "M.D.", "Ph.D."
        return "suffix"
    if _is_role(words, settings):
        return "role"
    if "@" in part or looks_like_url(part):
        return "contact"
    if names and _DOMAIN.match(part):
        return "address"  # the outlet by its address after a name: "Justin Zaremba/NJ.com"
    return None


def is_role_line(text: str, settings: BylineSettings = DEFAULT_SETTINGS.byline) -> bool:
    """Whether the text is only an author's role ("News Reporter", "– Journalist i Paris"):
    a dump that breaks lines at inline elements prints it under the name it follows. A
    desk's name alone ("Sports", "World News") is a menu's entry: a role names the job.
    """
    bare = text.strip(" -–—|")
    words = [w.strip(".,") for w in bare.lower().split()]
    return (
        _is_role(words, settings)
        and any(w in ROLE_WORDS for w in words)
        and not _role_tail_head(bare, settings)  # no name before
    )


def _is_role(words: Sequence[str], settings: BylineSettings) -> bool:
    """Whether the (lowercased) words are a role: a few words a role word opens or closes."""
    return 0 < len(words) <= settings.max_role_words and (words[0] in ROLES or words[-1] in ROLES)


def _role_tail_head(part: str, settings: BylineSettings) -> int:
    """How many leading words of a byline part are a name followed by a role ("Jane Doe
    Staff Writer" -> 2, "Kelli Miller WebMD Health News" -> 2); 0 when not shaped so.

    The role is role words, maybe after a brand ("WebMD"), whose mixed case no name has, or
    words a role word opens and closes ("Steffan Rhys Deputy Content Hub Director").
    """
    words = part.split()
    if not words or words[-1].lower().strip(".,") not in ROLES:
        return 0  # every role tail ends with a role or desk word (exactly the loop's test)
    for size in range(min(settings.max_role_words, len(words) - 1), 0, -1):
        tail = words[-size:]
        brand = _BRAND.search(tail[0]) is not None
        bare = [w.lower().strip(".,") for w in tail[brand:]]
        roles = bool(bare) and (
            all(w in ROLES for w in bare) or (bare[0] in ROLE_WORDS and bare[-1] in ROLE_WORDS)
        )
        person = bare[-1] in ROLE_WORDS if bare else False
        if roles and (person or brand) and _is_person_name(" ".join(words[:-size]), settings):
            return len(words) - size
    return 0


def _split_outlet_tail(
    part: str, sites: frozenset[str], settings: BylineSettings
) -> tuple[str, str]:
    """Split an agency or the outlet off the end of a byline part ("Jane Doe Reuters",
    "Kevin McCoy USA TODAY", "Kelli Miller WebMD Health News")."""
    words = part.split()
    if (
        not sites
        and words
        and words[-1] not in AGENCY_LAST_WORDS
        and (words[-1].casefold() not in AGENCY_LAST_WORDS)
    ):
        return part, ""  # a tail naming an agency ends with the last word of its name
    for size in range(min(settings.max_outlet_words, len(words) - 1), 0, -1):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        squashed = squash(tail)
        if agency_named(tail) or squashed in sites:
            return head, tail
        if any(len(s) >= settings.min_site_key and squashed.startswith(s) for s in sites):
            return head, tail  # the outlet's name and its desk: "WebMD Health News"
    return part, ""


def _add_agency(text: str, agencies: list[str]) -> bool:
    """Whether the text names an agency as a whole; its short name is added to `agencies`
    (once)."""
    agency = agency_named(text)
    if agency and agency not in agencies:
        agencies.append(agency)
    return agency is not None


def _korean_byline(segment: str, names: list[str]) -> bool:
    """Whether the segment is a Korean byline, places maybe before the reporter's name
    ("순천, 광양 구현모 기자"); its name is added to `names`."""
    korean = _KOREAN_BYLINE.match(segment.strip())
    if korean and korean["name"] not in names:
        names.append(korean["name"])
    return korean is not None


def _without_outlet(part: str, settings: BylineSettings) -> tuple[str, str]:
    """A byline part without the outlet its author wrote for, and the outlet ("Dolores Chang
    For Dailymail.Com" -> "Dolores Chang", "Dailymail.Com"; "Ana García para BBC Mundo"):
    a few words after the word, the last capitalized ("the Guardian") or an agency ("für
    dpa"); the part and "" when it names none. Only in a byline a byline word opened: a
    heading says "Tipps für Anfänger" too."""
    outlet = _FOR_OUTLET.match(part)
    if outlet is None:
        return part, ""
    words = outlet["outlet"].split()
    if len(words) <= settings.max_outlet_words and (
        words[-1][:1].isupper() or agency_named(outlet["outlet"]) is not None
    ):
        return outlet["name"], outlet["outlet"]
    return part, ""


def _without_marker(part: str, settings: BylineSettings) -> str:
    """A person's name without the affiliation number after it ("Xiaoying You0" ->
    "Xiaoying You"); any other part as it is ("Top Story 1")."""
    marker = _MARKER.search(part)
    if marker is None:
        return part
    head = part[: marker.start()]
    return head if _is_person_name(head, settings) else part


def _undouble(text: str) -> str:
    """ "Sean Martin Sean Martin" (a name and its link text) -> "Sean Martin"."""
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def _is_person_name(text: str, settings: BylineSettings) -> bool:
    """Two to four capitalized words (particles aside), no digits, roles, e-mails or agencies;
    or a Chinese, Japanese or Korean name of a few characters ("松岡大地", "大渡 美咲")."""
    words = text.split()
    core = [w for w in words if w.lower() not in NAME_PARTICLES]
    if CJK_CHAR.search(text):
        return bool(
            (len(core) <= 2 and _HAN_NAME.match("".join(core)))
            or (len(core) == 1 and _HANGUL_NAME.match(core[0]))
        ) and not (text.endswith(CASELESS_ORG_ENDINGS) or any(w in ROLES for w in core))
    if not settings.min_name_words <= len(core) <= settings.max_name_words:
        return False
    if len(text) > settings.max_name_chars:
        return False
    if agency_named(text):
        return False
    for position, word in enumerate(core):
        initial = word.lstrip("\"'“‘(")[:1]
        # capitalized, or in a script without capitals ("محمد علي")
        if not _NAME_TOKEN.match(word) or initial.islower() or not initial.isalpha():
            return False
        if _BRAND.search(word):
            return False
        bare = word.lower().strip(".,")
        if _INITIAL.match(word) and position < len(core) - 1:
            continue  # an initial before the family name ("John A. Smith"), not the word "a"
        if bare in NOT_NAME_WORDS or (len(bare) > 3 and bare in WEEKDAYS):
            return False
        if bare == "you" and (word != "You" or position < len(core) - 1):
            return False  # page chrome ("Thank You", "YOU CANNOT"), but a family name
    return True


def pen_name(text: str, dates: DateSettings = DEFAULT_SETTINGS.dates) -> str | None:
    """The one word "by" (or "Posted by", "Written by") opens, when it is all the byline
    names: a blog's pen name ("by John on July 15, 2012", "Posted by Atrios", "Posted by
    Jacob in Blogging", "by baseballgirl on Aug 8, 2012 5:13 PM PDT"). After it only a
    date, "on"/"at"/"in" and what follows them, or a separator ("·", "|", "●") may come. None
    for anything else, and for a CMS account ("admin", "jdadmin"), a role or a chrome word,
    an agency.

    >>> pen_name("by John on July 15, 2012"), pen_name("Posted by Ryan")
    ('John', 'Ryan')
    >>> pen_name("By admin - 2018-09-16"), pen_name("By clicking submit you agree")
    (None, None)
    """
    line = collapse_spaces(text)
    prefix = _PEN_PREFIX.match(line)
    if prefix is None:
        return None
    word, _, tail = line[prefix.end() :].partition(" ")
    if not _PEN_NAME.fullmatch(word):
        return None
    if tail and not _PEN_TAIL.match(tail) and dateline_start(tail, dates) != 0:
        return None
    bare = word.lower()
    if bare in NOT_NAME_WORDS or bare in _WORD_PREFIXES or agency_named(word):
        return None
    return None if bare.endswith(_CMS_ACCOUNT_ENDINGS) else word


def uninvert(value: str) -> str:
    """A citation-style author field, "Jong, Michiel de", in reading order: "Michiel de Jong".

    Only for metadata fields (a byline's "Jane Doe, Reuters" is a name and an agency), and
    only when the part before the comma is one capitalized word and no part is a role. Its
    particles ("del": also a Nordic share button's word) are read as `_is_person_name` reads
    them, as particles.
    """
    match = _INVERTED.match(value.strip())
    if not match or agency_named(match["given"]) or agency_named(match["family"]):
        return value
    words = [w.lower() for w in (*match["given"].split(), match["family"])]
    if any(w in NOT_NAME_WORDS for w in words if w not in NAME_PARTICLES):
        return value
    return f"{match['given']} {match['family']}"
