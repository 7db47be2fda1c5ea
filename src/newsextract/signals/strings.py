"""Small string helpers the signals and metadata share: spacing, comparison keys, URLs, and
regex alternations built from word lists."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from urllib.parse import SplitResult, urljoin, urlsplit

_WORD_OR_DIGITS = re.compile(r"[^\W_]+")
#: A run of letters: a word without digits or joiners.
LETTER_RUN = re.compile(r"[^\W\d_]+")
#: One character of a script written without spaces between words: kana, CJK ideographs
#: (and their compatibility forms) and Hangul syllables.
CJK_CLASS = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
CJK_CHAR = re.compile(CJK_CLASS)
CJK_RUN = re.compile(f"{CJK_CLASS}+")
#: A content word: four letters or more (no digits).
CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
#: One or two marks with spaces around them between a <title>'s parts: its headline, the
#: site's name, a section ("Headline | Site", "Headline - Section - Site", "Site » Headline").
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»«/]{1,2}\s+")
_ESCAPED = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
#: Rounds of unescaping: a CMS that escapes an escaped string twice gives "&amp;#8217;".
_UNESCAPE_ROUNDS = 3
#: A web address (`is_web_address`: one alone; `signals.language`: left out of a sample).
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
#: A line printing one web address (`printed_address`), after a label of up to two words
#: ("URL:", "Source:", "Original link:") or not; without a scheme or "www.", a host name with
#: a path ("example.com/news/story"), so that a CJK headline holding a slash is no address,
#: whose last label (the top-level domain) opens with a letter, so that a score or a version
#: ("Rating: 4.5/5") is none.
PRINTED_ADDRESS = re.compile(
    r"(?:\w+(?: \w+)?:\s+)?(?P<address>(?:https?://|www\.)\S+"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*/\S*)",
    re.IGNORECASE,
)
#: A web or e-mail address inside a text (`holds_address`): "https://x.com/jane",
#: "//cdn.example.org/a", "www.example.org", "jane@example.org", "(@handle)". An "@" word
#: is sought from word starts only: from every character, a long word without one (a
#: `data:` image's base64) would be read to its end from each.
ADDRESS = re.compile(r"(?:https?:)?//\S+|\bwww\.\S+|(?<!\S)\S+@\S+")


def composed(text: str) -> str:
    """The text in Unicode's composed form (NFC), as the word lists are written: a page may
    write "für" or "Việt" with combining marks ("fu\u0308r"), which no list would match.
    Checked before it is converted: nearly every text is composed already.

    >>> composed("fu\u0308r") == "für"
    True
    """
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so prefixes do not shadow."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def literal_trie(words: Iterable[str]) -> str:
    """A regex matching exactly the literal `words` (non-empty), their prefixes shared
    ("page|pagina" -> "pag(?:e|ina)"): at each position a search tries the branch of one
    first character, not every word (2x faster on class names than the plain alternation)."""
    groups: dict[str, list[str]] = {}
    ends = False
    for word in sorted(set(words)):
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    if not groups:
        return ""
    body = "(?:" + "|".join(re.escape(h) + literal_trie(t) for h, t in groups.items()) + ")"
    return body + "?" if ends else body


def by_first_letter(fragments: Sequence[str]) -> str:
    """An alternation of regex fragments (each starting with a letter) grouped by first
    letter, their order kept within a group: a scan then tries one group at each word, not
    every fragment (3x faster for the date-start words)."""
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        groups.setdefault(fragment[0].lower(), []).append(fragment[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


def collapse_spaces(text: str | None) -> str:
    """Whitespace collapsed and trimmed."""
    return " ".join(text.split()) if text else ""


def plain_text(text: str) -> str:
    """A metadata string as it is meant to read: HTML entities that a CMS escaped once too
    often decoded ("Kohberger&#8217;s", "K&amp;uuml;hlt&amp;uuml;rme"), tags stored in a
    description removed ("&lt;p&gt;Here&amp;#x27;s" -> "Here's"), a text repeated whole
    (a description filled in twice) kept once, whitespace collapsed."""
    for _ in range(_UNESCAPE_ROUNDS):
        if "&" not in text or not _ESCAPED.search(text):
            break
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = collapse_spaces(text)
    half = len(text) // 2
    if half and text[:half] == text[half + 1 :] and text[half] == " ":
        return text[:half]
    return text


def cleaned_prefix_exceeds(text: str, limit: int) -> bool:
    """Whether a prefix of `text` is already longer than `limit` once cleaned, so
    `collapse_spaces(text)` is too (a prefix's cleaned form begins the text's); False says
    nothing about the rest.

    The prefix is a quarter longer than `limit`: prose keeps its length when cleaned, so a
    paragraph is told from its first characters however long it is.
    """
    return len(text) > limit and len(collapse_spaces(text[: limit + limit // 4])) > limit


#: Longest text the per-text caches remember (`norm_key`, `word_count`, `split_caption`):
#: a page's names, titles and most blocks are shorter; a longer one is computed each time
#: (`word_count` keeps a few in a small cache), so that no cache holds many huge strings.
MEMO_MAX_CHARS = 4_000


def norm_key(text: str) -> str:
    """A comparison key: lower-case words only. Remembered (up to `MEMO_MAX_CHARS`): titles,
    names and captions are keyed several times a page (three calls a text on average); a
    string lxml made (which knows its element) as a plain copy, so that the cache keeps no
    page's tree alive."""
    text = str(text)
    return _remembered_key(text) if len(text) <= MEMO_MAX_CHARS else _key(text)


def _key(text: str) -> str:
    """`norm_key`, not remembered."""
    return " ".join(LETTER_RUN.findall(text.lower()))


_remembered_key = lru_cache(maxsize=1024)(_key)


def words_key(text: str) -> str:
    """The text's words and figures, casefolded, one space apart, its punctuation and
    spacing aside: "Wealthynickel , two batches" and "wealthynickel, two batches." have the
    same key.

    >>> words_key("Wealthynickel , two $1 batches.")
    'wealthynickel two 1 batches'
    """
    return " ".join(_WORD_OR_DIGITS.findall(text.casefold()))


def squash(text: str) -> str:
    """Lower-case letters and digits only: "USA TODAY" -> "usatoday"."""
    return "".join(_WORD_OR_DIGITS.findall(text.lower()))


def looks_like_url(text: str) -> bool:
    """A URL or a path, not a name ("https://facebook.com/x", "/authors/jane-doe")."""
    text = text.strip()
    return text.startswith(("http://", "https://", "//", "www.")) or (
        "/" in text.strip("/") and " " not in text
    )


def printed_address(text: str) -> str | None:
    """The web address a line prints, alone or after a short label, or None: a text dump
    may open with where the page came from, a record of the page and never its headline.

    >>> printed_address("URL: https://example.com/news/market-hall-reopens")
    'https://example.com/news/market-hall-reopens'
    >>> printed_address("example.com/news/market-hall-reopens")
    'example.com/news/market-hall-reopens'
    >>> printed_address("Market hall reopens: what comes next") is None
    True
    >>> printed_address("Rating: 4.5/5") is None
    True
    """
    found = PRINTED_ADDRESS.fullmatch(text.strip())
    return found.group("address") if found else None


def is_web_address(text: str) -> bool:
    """Whether a text is one web address and nothing else ("http://example.org/a?b=1",
    "www.example.org"): a link printed as its own address, as a story cites a source.

    >>> is_web_address(" https://nodejs.org/api/inspector.html ")
    True
    >>> is_web_address("Read more at www.example.org")
    False
    """
    return WEB_ADDRESS.fullmatch(text.strip()) is not None


def holds_address(text: str) -> bool:
    """Whether a text holds a web or e-mail address: a line with one is a link or a
    contact, never a subhead; a byline drops it beside the name.

    >>> holds_address("Follow Jane Doe at www.example.org")
    True
    >>> holds_address("How to sign up for the vaccine")
    False
    """
    return ADDRESS.search(text) is not None


def split_url(url: str | None) -> SplitResult | None:
    """`url` split into its parts, or None when it is missing or malformed ("http://[::1")."""
    if not url:
        return None
    try:
        return urlsplit(url)
    except ValueError:  # urllib's only signal for a malformed URL; pages are full of them
        return None


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})


def domain_label(host: str) -> str:
    """The registered name in a host: "en.wikipedia.org" -> "wikipedia", "bbc.co.uk" -> "bbc"."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def join_url(base: str, url: str) -> str | None:
    """`url` resolved against `base`, or None when either is malformed ("x://[::1")."""
    try:
        return urljoin(base, url)
    except ValueError:  # urllib's only signal for a malformed URL, as in `split_url`
        return None


def content_words(text: str) -> set[str]:
    """Words of four letters or more, casefolded; pairs of characters in CJK scripts."""
    words = {w.casefold() for w in CONTENT_WORD.findall(text)}
    for run in CJK_RUN.findall(text):
        words.update(run[i : i + 2] for i in range(len(run) - 1))
    return words


def stems(words: Iterable[str], chars: int) -> frozenset[str]:
    """The words cut to their first `chars` characters: "granice" and "granic", "kwestia"
    and "kwestią" meet (inflection changes a word's end)."""
    return frozenset(w[:chars] for w in words)
