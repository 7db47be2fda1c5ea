"""Boilerplate classification: is a block page chrome, and why?

Two kinds of evidence, both returning a `RemovalReason` or None:
- what the text says: the chrome phrases of `data/boilerplate.py`, matched at the start of
  short lines only (a prose sentence that happens to begin with "Share" is not a share bar);
- what the markup says: a chrome mark from `data/markup.py` on an element inside the main
  content (a share bar or a "related" box embedded in the article).
"""

from __future__ import annotations

import re

from newsextract.data import boilerplate as phrases
from newsextract.data import textcues
from newsextract.model import RemovalReason
from newsextract.settings import DEFAULT_SETTINGS, BoilerplateSettings
from newsextract.signals.shape import is_prose, word_count

#: Bullets, arrows and rules before a chrome phrase ("» Share", "*** Related ***"). Bounded:
#: an unbounded run is given back one character at a time to every phrase, which costs
#: 0.4 s on a 100,000-character line of punctuation.
_LEAD = r"^[\W_]{0,32}"


def _compile(fragments: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_LEAD + "(?:" + "|".join(fragments) + ")", re.IGNORECASE)


_SHORT_RULES = (
    (RemovalReason.NAVIGATION, _compile(phrases.NAVIGATION)),
    (RemovalReason.SHARE, _compile(phrases.SHARE)),
    (RemovalReason.SUBSCRIBE, _compile(phrases.SUBSCRIBE)),
    (RemovalReason.ADVERTISEMENT, _compile(phrases.ADVERTISEMENT)),
    (RemovalReason.RELATED, _compile(phrases.RELATED)),
    (RemovalReason.COMMENTS, _compile(phrases.COMMENTS)),
)
_COOKIE = _compile(phrases.COOKIE)
#: A share prompt printing the story's title after a colon (`share_prompt_title`).
_SHARE_PROMPT = re.compile(
    r"^(?:" + "|".join(phrases.SHARE_PROMPT) + r")\s*:\s*(?P<title>\S.*)$", re.IGNORECASE
)
#: A share bar's list of networks ("Facebook Twitter Email", "Facebook, X, WhatsApp").
_SHARE_BAR = re.compile(rf"(?:{phrases.SHARE_BAR_ITEMS}|[\W_])+", re.IGNORECASE)
#: A player's, a gallery's or a saving widget's label ("Listen to this article", "View 3
#: images", "Save for later"), matched at the start of a line.
MEDIA_WIDGET = re.compile(r"(?:{})".format("|".join(textcues.MEDIA_WIDGET)), re.IGNORECASE)
_LINKS_INTRO = re.compile(r"\b(?:{})\b".format("|".join(textcues.LINKS_INTRO)), re.IGNORECASE)
#: ... opening the line ("Related coverage from How to Do Everything: Money:").
_LINKS_INTRO_START = re.compile(
    r"^\W*(?:{})\b".format("|".join(textcues.LINKS_INTRO)), re.IGNORECASE
)
_COPYRIGHT = _compile(phrases.COPYRIGHT)
#: Words that make a colon-ended line the page's tags or a contact, not a list's announcement.
_CHROME_LIST_INTRO = re.compile(
    r"\b(?:{})\b".format("|".join(textcues.CHROME_LIST_INTRO)), re.IGNORECASE
)

_MARK_REASONS = {
    "nav": RemovalReason.NAVIGATION,
    "header": RemovalReason.NAVIGATION,
    "footer": RemovalReason.NAVIGATION,
    "form": RemovalReason.NAVIGATION,
    "aside": RemovalReason.RELATED,
    "related": RemovalReason.RELATED,
    "share": RemovalReason.SHARE,
    "subscribe": RemovalReason.SUBSCRIBE,
    "ad": RemovalReason.ADVERTISEMENT,
    "comments": RemovalReason.COMMENTS,
    "cookie": RemovalReason.COOKIE,
    "consent": RemovalReason.COOKIE,
    "popup": RemovalReason.SUBSCRIBE,
    "hidden": RemovalReason.NAVIGATION,
}


def phrase_reason(
    text: str, settings: BoilerplateSettings = DEFAULT_SETTINGS.boilerplate
) -> RemovalReason | None:
    """The chrome reason a line's wording gives, or None for ordinary text."""
    words = word_count(text)
    if words <= settings.notice_max_words and _COOKIE.search(text):
        return RemovalReason.COOKIE
    if words <= settings.copyright_max_words and _COPYRIGHT.search(text) and not is_prose(text):
        return RemovalReason.COPYRIGHT
    if words > settings.phrase_max_words:
        return None
    for reason, pattern in _SHORT_RULES:
        if pattern.search(text):
            return reason
    return None


def mark_reason(mark: str) -> RemovalReason:
    """The removal reason a chrome mark (see `data/markup.py`) stands for."""
    return _MARK_REASONS.get(mark, RemovalReason.NAVIGATION)


def introduces_links(
    text: str, settings: BoilerplateSettings = DEFAULT_SETTINGS.boilerplate
) -> bool:
    """Whether a line names a box of links ("Related:", "Follow us:", "More from ..."): such
    a line, though it ends in a colon, announces no list of the story's own. A longer line
    must open with the word: inside a sentence the words are the story's ("We also made
    these changes:", "Five smarter, more obvious choices include:").

    >>> introduces_links("Lire aussi :"), introduces_links("Related coverage from Money:")
    (True, True)
    >>> introduces_links("We also made numerous product improvements during the beta test:")
    False
    """
    if _LINKS_INTRO_START.match(text):
        return True
    return (
        word_count(text) <= settings.links_intro_max_words and _LINKS_INTRO.search(text) is not None
    )


def names_tags_or_contact(text: str) -> bool:
    """Whether a line ending in a colon introduces the page's tags or a contact ("Topics in
    this article:", "please contact:", `textcues.CHROME_LIST_INTRO`) rather than a list the
    story prints: the one test of both modes' list announcements."""
    return _CHROME_LIST_INTRO.search(text) is not None


def share_prompt_title(text: str) -> str | None:
    """The title a share prompt prints after its colon ("Share this Story : Kamala Harris'
    Canadian connections: ..." gives "Kamala Harris' Canadian connections: ..."), else None;
    None too where the prompt lists the share bar's networks ("Share: Facebook Twitter
    Email", which the bar may print again on a line of its own).

    >>> share_prompt_title("Share this Story : Harris' Canadian connections")
    "Harris' Canadian connections"
    >>> share_prompt_title("Share on Facebook") is None
    True
    >>> share_prompt_title("Share: Facebook, X, Email") is None
    True
    """
    found = _SHARE_PROMPT.match(text)
    if found is None or _SHARE_BAR.fullmatch(found["title"]):
        return None
    return found["title"].strip()
