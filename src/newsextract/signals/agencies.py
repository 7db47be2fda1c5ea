"""News agencies, recognised one way everywhere: a whole text that names one (a byline part,
an author field, a credit) and a regex alternation that finds them inside a line.

Both read `data/agencies.py` under one rule: aliases of `EXACT_CASE_MAX_CHARS` characters or
fewer ("AP", "PA", "ANI") are ordinary words or initials in some language and match only in
the case listed; longer ones match in any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsextract.data.agencies import AGENCIES, EXACT_CASE_MAX_CHARS, PHOTO_AGENCIES

#: Every name of every agency (its short name first) -> its short name.
_EXACT = {alias: short for short, aliases in AGENCIES.items() for alias in (short, *aliases)}
_FOLDED = {
    alias.casefold(): short for alias, short in _EXACT.items() if len(alias) > EXACT_CASE_MAX_CHARS
}
#: Last words of every agency name, as written and folded: no text can end with an agency's
#: name without ending with one of them.
AGENCY_LAST_WORDS = frozenset(alias.split()[-1] for alias in [*_EXACT, *_FOLDED] if alias.split())
_CREDIT_NOISE = re.compile(r"[()\[\]]")
_BY_PREFIX = re.compile(r"(?i)^(?:by|par|von|por)\s+")
_STAFF_SUFFIX = re.compile(r"(?i)\s+(?:staff|wire|reporters?|news\s+agency)$")


def agency_named(text: str) -> str | None:
    """The short name of the agency `text` names as a whole ("Associated Press" -> "AP"), if
    it names one; short aliases in their listed case only."""
    text = text.strip()
    return _EXACT.get(text) or _FOLDED.get(text.casefold())


def normalize_agency(name: str) -> str | None:
    """The short name of an agency as a credit or byline writes it, or None if not one.

    Accepts the forms found in bylines and credit lines: "By ...", "The ...", surrounding
    punctuation, a trailing "staff" or "news agency"; the case rule of `agency_named`.
    """
    cleaned = _CREDIT_NOISE.sub(" ", name).strip(" \t\n.,;:-\u2013\u2014")
    cleaned = _BY_PREFIX.sub("", cleaned)
    cleaned = " ".join(_STAFF_SUFFIX.sub("", cleaned).split())
    found = agency_named(cleaned)
    if found is None and cleaned.casefold().startswith("the "):
        found = agency_named(cleaned[4:])
    return found


def alias_alternation(aliases: Iterable[str]) -> str:
    """One regex alternation of names, longest first; short ones in exact case, others in
    any case, any run of spaces matching a space."""
    parts = []
    for alias in sorted(set(aliases), key=len, reverse=True):
        escaped = re.escape(alias).replace(r"\ ", r"[\s\u00a0]+")
        parts.append(escaped if len(alias) <= EXACT_CASE_MAX_CHARS else f"(?i:{escaped})")
    return "|".join(parts)


AGENCY_ALTERNATION = alias_alternation(_EXACT)
"""Every news agency's names, for regexes that find agencies inside a line."""
PHOTO_AGENCY_ALTERNATION = alias_alternation(PHOTO_AGENCIES)
"""Photo agencies and image libraries, which credit pictures, never the text."""


_AGENCY_IN_LINE = re.compile(rf"(?<!\w)(?:{AGENCY_ALTERNATION})(?!\w)")


def agencies_as_written(line: str) -> tuple[str, ...]:
    """The agencies a line names, as it writes them, once each ("By Associated Press" ->
    "Associated Press", "Von dpa 30.04.2024, 18:58" -> "dpa")."""
    found = (" ".join(m.group().split()) for m in _AGENCY_IN_LINE.finditer(line))
    return tuple(dict.fromkeys(found))
