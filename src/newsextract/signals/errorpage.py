"""Error pages: the text of a 404 / soft-404 / removed-content page, and the page verdict.

Two questions, answered separately because they need different evidence:

- `is_error_text(text)`: is this block an error page's own message ("The page no longer
  exists. Please check the address...")? Decided from the block's shape, not from one phrase:
  it must hold an error statement (a subject such as "the page" followed by a predicate such
  as "no longer exists", or a standalone phrase or status code), be short, and either be
  dominated by error wording or carry a cue that speaks to the reader (an apology, "please
  check the address", "back to the home page"). A sentence with a reporting verb ("..., the
  company said") or a date ("since Monday") is news prose about an error, not an error
  message.
- `is_error_page(title, body, error_blocks)`: is the page as a whole an error page? Only when
  there is an error signal (error blocks, or an error title or `<h1>` such as "404 Not
  Found", "Hoppla! Diese Seite gibt es nicht (mehr)") *and* nothing that reads like an
  article is left in the body: no run of consecutive prose paragraphs long enough for a
  story. An article with error text glued on, or an article about broken links, keeps its
  prose and so stays an article; a soft 404 padded with recommended stories has only
  teasers, each a short run under its own linked headline, and is an error page.

The wording per language lives in `newsextract.data.errorpage`; the patterns are compiled
once at import from those named fragments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsextract.data.errorpage import (
    BLOCK_ONLY,
    ERROR_WORDS,
    FOLD,
    LANGUAGES,
    STATUS_CODES,
    TIME_WORDS,
    TITLE_ONLY,
    ErrorWording,
)
from newsextract.settings import DEFAULT_SETTINGS, ErrorPageSettings
from newsextract.signals.shape import is_prose
from newsextract.signals.strings import CJK_CHAR, CJK_CLASS, composed, literal_trie

__all__ = ["is_error_page", "is_error_text"]

# --- compiled patterns ----------------------------------------------------------------------

_FOLD_TABLE = str.maketrans(dict(FOLD))
#: `FOLD` as (character, replacement) pairs. No replacement holds a folded character, so
#: replacing them one after another folds as `str.translate` does, and ~40x faster on a
#: block holding one (translate looks every character up in a dict).
_FOLD_PAIRS = tuple(FOLD.items())
#: The ASCII ones: an ASCII text holds no other.
_FOLDED_ASCII = tuple(pair for pair in _FOLD_PAIRS if pair[0].isascii())
#: Up to 6 words between subject and predicate; a word may hold inner dots (a URL), but the
#: gap never crosses a sentence end. Each repetition is delimited, so matching stays linear.
_SPACED_GAP = r"(?:[\s,]+[^\s.!?,;:]+(?:\.[^\s.!?,;:]+)*){0,6}?[\s,]+"
_COMPACT_GAP = r"[^。！？.!?]{0,8}?"  # up to 8 characters (ja, zh; ko particles and spaces)


def _fold(text: str) -> str:
    """NFC, lowercase, unify apostrophes and letter variants (see `FOLD`), collapse spaces."""
    lowered = composed(text).lower()
    for char, replacement in _FOLDED_ASCII if lowered.isascii() else _FOLD_PAIRS:
        if char in lowered:
            lowered = lowered.replace(char, replacement)
    return " ".join(lowered.split())


def _alternation(fragments: Iterable[str]) -> str:
    return "(?:" + "|".join(fragments) + ")"


def _bounded(spaced: Iterable[str], compact: Iterable[str]) -> str:
    """One alternation: spaced-language fragments inside a single pair of word boundaries,
    compact-language ones behind a CJK-character lookahead. One cheap assertion per position
    then rules out most positions before any of the many branches is tried."""
    parts = []
    if spaced := list(spaced):
        parts.append(rf"(?<!\w){_alternation(spaced)}(?!\w)")
    if compact := list(compact):
        parts.append(rf"(?={CJK_CLASS}){_alternation(compact)}")
    return _alternation(parts)


@dataclass(frozen=True, slots=True)
class _KeywordIndex:
    """Finds every keyword of a set in a text: one search answers most texts (none there);
    from the first keyword on, matches are collected.

    At each position the trie pattern (in a lookahead, so that matches overlap) matches the
    longest keyword starting there; the keywords that begin it start there too.
    """

    first: re.Pattern[str]
    every: re.Pattern[str]
    prefixes: Mapping[str, frozenset[str]]  # keyword -> the keywords it begins with

    def found_in(self, text: str) -> frozenset[str]:
        first = self.first.search(text)
        if first is None:
            return frozenset()
        found: set[str] = set()
        for match in self.every.finditer(text, first.start()):
            found |= self.prefixes[match.group(1)]
        return frozenset(found)


def _keyword_index(keywords: Iterable[str]) -> _KeywordIndex:
    """The index of a set of keywords, its pattern factored as a trie ("page|pagina" ->
    "pag(?:e|ina)") so that each position is tried against a few first characters only."""
    words = sorted(set(keywords))
    trie = literal_trie(words)
    return _KeywordIndex(
        re.compile(trie),
        re.compile(f"(?=({trie}))"),
        {word: frozenset(w for w in words if word.startswith(w)) for word in words},
    )


@dataclass(frozen=True, slots=True)
class _Statements:
    """One language's error statements, compiled, and the keywords that gate them."""

    keywords: tuple[str, ...]
    pattern: re.Pattern[str]


def _compile_statements(wording: ErrorWording) -> _Statements:
    """Subject + short gap + predicate, or a standalone phrase, for one language.

    Subject and predicate are the only capturing groups, so that `_error_spans` can leave
    the gap between them ("on the ministry site") uncounted.
    """
    gap = _COMPACT_GAP if wording.compact else _SPACED_GAP
    statement = f"({_alternation(wording.subjects)}){gap}({_alternation(wording.predicates)})"
    fragments = [statement, *wording.phrases]
    pattern = _bounded([] if wording.compact else fragments, fragments if wording.compact else [])
    return _Statements(
        keywords=tuple(k.translate(_FOLD_TABLE) for k in wording.keywords.split()),
        pattern=re.compile(pattern.translate(_FOLD_TABLE)),
    )


def _compile_words(
    languages: Mapping[str, ErrorWording], field: str, extra: Sequence[str] = ()
) -> re.Pattern[str]:
    spaced = [f for w in languages.values() if not w.compact for f in getattr(w, field)]
    compact = [f for w in languages.values() if w.compact for f in getattr(w, field)]
    return re.compile(_bounded([*spaced, *extra], compact).translate(_FOLD_TABLE))


#: Languages are matched one by one, only where one of their keywords occurs: an English
#: paragraph that mentions a "report" runs the English statements, not all 23 languages'.
_STATEMENTS = tuple(_compile_statements(w) for w in LANGUAGES.values())
_CODE_KEYWORDS = ("404", "410")
#: Every keyword of every language, found in one pass: most blocks hold none, and those
#: that do are matched against the languages of the keywords found only.
_ALL_KEYWORDS = _keyword_index([*(k for s in _STATEMENTS for k in s.keywords), *_CODE_KEYWORDS])
#: The ASCII keywords, for ASCII blocks (most): no other can occur in them, and the smaller
#: trie tries fewer branches at each position.
_ASCII_KEYWORDS = _keyword_index(k for k in _ALL_KEYWORDS.prefixes if k.isascii())
_CODE_RE = re.compile(
    rf"(?:(?<!\w){ERROR_WORDS}(?: code)?\s?[:\-–]?\s?)?{STATUS_CODES}"
    rf"(?:\s?[:\-–]?\s?{ERROR_WORDS}(?!\w))?".translate(_FOLD_TABLE)
)
_CUE_RE = _compile_words(LANGUAGES, "cues")
_NARRATIVE_RE = _compile_words(LANGUAGES, "narrative", (TIME_WORDS,))
_TITLE_RE = re.compile(TITLE_ONLY.translate(_FOLD_TABLE))
_BLOCK_RE = re.compile(BLOCK_ONLY.translate(_FOLD_TABLE))
_WORD_RE = re.compile(rf"(?:(?!{CJK_CLASS})\w)+")
_ASCII_WORD_RE = re.compile(r"\w+")  # `_WORD_RE` on ASCII text, without its lookahead
_TITLE_SEPARATOR_RE = re.compile(r"\s[-|–—·•:»/]\s|[|｜]")
_EDGE_PUNCT = " \t!?.,:;-–—()[]{}\"'«»“”„*#~_|/\\。！？：「」"
_SENTENCE_END_RE = re.compile(r"[.!?…。！？]")
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])")


# --- block level ----------------------------------------------------------------------------


def _word_count(folded: str) -> float:
    """Words in the text, counting a CJK character as half a word."""
    if folded.isascii():
        return len(_ASCII_WORD_RE.findall(folded))
    return len(_WORD_RE.findall(folded)) + len(CJK_CHAR.findall(folded)) / 2


def _match_spans(pattern: re.Pattern[str], folded: str) -> list[tuple[int, int]]:
    """Spans of a pattern's matches: its participating groups if any, else the whole match."""
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(folded):
        groups = [match.span(g) for g in range(1, pattern.groups + 1) if match.start(g) >= 0]
        spans.extend(groups or [match.span()])
    return spans


def _error_spans(folded: str, keywords: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of error wording: subject and predicate of a statement, or a whole phrase/code,
    for the languages whose `keywords` (those the text holds) are found."""
    spans = [] if keywords.isdisjoint(_CODE_KEYWORDS) else _match_spans(_CODE_RE, folded)
    for statements in _STATEMENTS:
        if not keywords.isdisjoint(statements.keywords):
            spans += _match_spans(statements.pattern, folded)
    return spans


def _covered(spans: Iterable[tuple[int, int]]) -> int:
    """Characters covered by the union of the spans."""
    total = 0
    end_so_far = 0
    for start, end in sorted(spans):
        fresh_start = max(start, end_so_far)
        if end > fresh_start:
            total += end - fresh_start
            end_so_far = end
    return total


def _sentence_share(folded: str, spans: Sequence[tuple[int, int]]) -> float:
    """Share of the text's sentences in which at least one of the spans starts."""
    starts = sorted(start for start, _ in spans)
    sentences = 0
    marked = 0
    begin = 0
    for end in [m.start() for m in _SENTENCE_BREAK_RE.finditer(folded)] + [len(folded)]:
        if end > begin:
            sentences += 1
            marked += any(begin <= start < end for start in starts)
        begin = end
    return marked / sentences if sentences else 0.0


def _is_error_folded(folded: str, settings: ErrorPageSettings) -> bool:
    core = folded.strip(_EDGE_PUNCT)
    if not core:
        return False
    if _BLOCK_RE.fullmatch(core):
        return True
    keywords = (_ASCII_KEYWORDS if folded.isascii() else _ALL_KEYWORDS).found_in(folded)
    if not keywords:
        return False
    words = _word_count(folded)
    if words > settings.max_error_words:
        return False
    error_spans = _error_spans(folded, keywords)
    if not error_spans:
        return False
    cue_spans = [m.span() for m in _CUE_RE.finditer(folded)]
    dominance = _covered(error_spans + cue_spans) / len(folded)
    if _NARRATIVE_RE.search(folded):
        return dominance >= settings.min_narrative_dominance
    if dominance >= settings.min_dominance:
        return True
    spans = error_spans + cue_spans
    return bool(cue_spans) and _sentence_share(folded, spans) >= settings.min_cued_sentence_share


def is_error_text(text: str, settings: ErrorPageSettings = DEFAULT_SETTINGS.errorpage) -> bool:
    """True when `text` is an error page's own message, not prose that mentions one.

    Cheap checks first (length, plain keywords, word count), then regexes only for the
    languages whose keywords occur in the block.
    """
    if len(text) > settings.max_error_chars:
        return False
    return _is_error_folded(_fold(text), settings)


# --- page level -----------------------------------------------------------------------------


def _is_error_title(title: str, settings: ErrorPageSettings) -> bool:
    """True when the title, or one of its segments ("404 | Site"), names an error page."""
    return any(
        _TITLE_RE.fullmatch(_fold(segment).strip(_EDGE_PUNCT)) or is_error_text(segment, settings)
        for segment in _TITLE_SEPARATOR_RE.split(title)
    )


def _prose_words(block: str, settings: ErrorPageSettings) -> float:
    """Words of a block that is prose (`signals.shape.is_prose`) other than error text."""
    if not is_prose(block) or is_error_text(block, settings):
        return 0
    return _word_count(_fold(block))


def _has_article_body(body: Sequence[str | None], settings: ErrorPageSettings) -> bool:
    """Whether one run of the body (blocks between two `None`) reads as an article: prose
    of `min_article_words` in two blocks or more, or of `min_single_block_words` in one.
    A soft 404 padded with recommended stories has teasers, each a short run of its own
    under its linked headline."""
    words = 0.0
    blocks = 0
    for block in (*body, None):
        if block is None:
            if words >= settings.min_article_words and (
                blocks > 1 or words >= settings.min_single_block_words
            ):
                return True
            words, blocks = 0.0, 0
            continue
        prose = _prose_words(block, settings)
        if prose:
            words += prose
            blocks += 1
    return False


def is_error_page(
    title: str | Sequence[str] | None,
    body: Sequence[str | None],
    error_blocks: Sequence[str],
    settings: ErrorPageSettings = DEFAULT_SETTINGS.errorpage,
) -> bool:
    """True when the page as a whole is an error, soft-404 or removed-content page.

    `title` is the page's title, or its titles (the `<title>`, the `<h1>`: a soft 404 may
    say so in one of them only). `body` holds the texts kept as article body in page order
    (error blocks already removed; any left in are ignored), with `None` where something
    that is no story splits it (a teaser's linked headline, a link list); `error_blocks` the
    texts `is_error_text` recognised. It takes an error signal (error text, or an error
    title) and no article left: a page with one run of prose of `min_article_words` (see
    `_has_article_body`) is an article, whatever error text was glued to it.
    """
    titles = [title] if isinstance(title, str) else title or ()
    has_signal = bool(error_blocks) or any(_is_error_title(t, settings) for t in titles)
    return has_signal and not _has_article_body(body, settings)
