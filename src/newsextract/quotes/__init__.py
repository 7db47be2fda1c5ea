"""Direct quotations in the body of a story, and who said them.

Two passes over the body blocks (paragraphs, block quotes, list items):

1. **Scan** each block for quotation marks. Marks come in families: double (“ ” " „),
   guillemets (« » and the German »…«), single-guillemets (‹ ›) and single (‘ ’ ' ‚). Whether
   a straight or curly mark opens or closes is read from its neighbours (a mark after a space
   and before a word opens; after a word and before a space or punctuation closes), so “…”,
   „…“, "…", ”…” and mixed “…" all pair up. Inside a quote only the closer of its own family
   counts, so nested ‘…’ stay part of the outer quote. A quote still open at the end of a
   paragraph is kept when the next body paragraph opens with a quotation mark (the news
   convention for a quote running over several paragraphs); each paragraph is its own entry.
   Quotes of fewer than three words (scare quotes) are dropped.
2. **Attribute** each quote. The text outside quotes is tokenized and every speech verb
   ("said", "told", "a déclaré", "sagte", "dijo"...) becomes an *attribution* with a subject
   read from the words around it: "said X", "X said", "X, an appositive, said",
   "according to X", "a-t-il dit". Attributions are resolved in story order: pronouns go to
   the last person who spoke, "the foreign minister" to the person whose description shares
   its words, surnames to the fullest form of the name in the story. A quote takes the
   attribution attached to it (right after it when it ends with a comma, else the last one
   before it in its sentence), else the last attribution of its paragraph, else — when its
   paragraph opens with the quote — the speaker of the previous paragraph's last quote.

Every regex here is linear-time: no nested quantifiers over overlapping classes; the scanner
visits each run of quotation marks once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from newsextract.data import speech
from newsextract.model import Block, BlockKind, Quote

_QUOTABLE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM})
#: Untyped crossheads arrive as these kinds (a heading inside <li>, a line of plain text).
_HEADING_PRONE = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
#: Blocks read for the people a story introduces (the standfirst often names them first).
_CONTEXT_KINDS = _QUOTABLE_KINDS | {BlockKind.STANDFIRST}

#: Quotes shorter than this many words are scare quotes ("profound doubt"), not quotations.
#: The gold's annotation rule (SCHEMA.md): 3+ words.
_MIN_WORDS = 3
#: A line of at most this many words ending with an unpunctuated quote is a heading or a
#: caption. The quoted crossheads and video titles of the gold pages have 2 to 9 words.
_MAX_HEADING_WORDS = 10
_HEADING_TAIL_CHARS = 3  # spaces after the closing mark of a quoted heading
#: Title Case leaves short function words in lowercase ("The Medium is the Message").
_TITLE_SMALL_WORD = 3
_PUNCTUATION_AROUND_WORDS = "\"'“”‘’«»„()[],.;:!?-–—"
_SENTENCE_PUNCTUATION = (".", "!", "?", "\u2026", ",", ";", ":")

_DOUBLE = '\u201c\u201d\u201e\u201f"'  # “ ” „ ‟ "
_GUILLEMETS = "\u00ab\u00bb"  # « »
_SINGLE_GUILLEMETS = "\u2039\u203a"  # ‹ ›
_SINGLE = "\u2018\u2019\u201a\u201b'"  # ‘ ’ ‚ ‛ '
_SINGLE_OPENERS = "\u2018\u201a\u201b'"
_MARKS_RE = re.compile(f"[{re.escape(_DOUBLE + _GUILLEMETS + _SINGLE_GUILLEMETS + _SINGLE)}]+")
_SPACES = " \t\n\r\u00a0\u2009\u202f"
_OPEN_CONTEXT = "([{<\u2014\u2013-/:;\u2026"
_CLOSE_CONTEXT = ".,;:!?)]}>\u2014\u2013-/\u2026"


class _Span(NamedTuple):
    """A quoted span found by the scanner, in one block (a named tuple: cheap to make)."""

    block: int
    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None when the quote runs to block end


def _family(mark: str) -> str:
    if mark in _DOUBLE:
        return "double"
    if mark in _GUILLEMETS:
        return "guillemet"
    if mark in _SINGLE_GUILLEMETS:
        return "single-guillemet"
    return "single"


_FAMILIES = {mark: _family(mark) for mark in _DOUBLE + _GUILLEMETS + _SINGLE_GUILLEMETS + _SINGLE}
#: The marks that close a quote, per opening mark. Guillemets close with the other glyph,
#: whichever way round the language uses them («…» in French, »…« in German).
_CLOSERS = {
    **{mark: frozenset(_DOUBLE) for mark in _DOUBLE},
    **{mark: frozenset(_GUILLEMETS) - {mark} for mark in _GUILLEMETS},
    **{mark: frozenset(_SINGLE_GUILLEMETS) - {mark} for mark in _SINGLE_GUILLEMETS},
    **{mark: frozenset(_SINGLE) - {"\u201a"} for mark in _SINGLE},
}


def _after_opening(text: str, end: int, guillemet: bool) -> str | None:
    """The character after an opening mark; French guillemets skip their inner space."""
    if guillemet and end < len(text) and text[end] in "\u00a0\u202f\u2009 ":
        end += 1
    return text[end] if end < len(text) else None


def _can_open(before: str | None, after: str | None) -> bool:
    return (
        after is not None
        and after not in _SPACES
        and (before is None or before in _SPACES or before in _OPEN_CONTEXT)
    )


def _can_close(before: str | None, after: str | None) -> bool:
    return (
        before is not None
        and before not in _SPACES
        and (after is None or after in _SPACES or after in _CLOSE_CONTEXT)
    )


def _closing(family: str, before: str | None, after: str | None) -> bool:
    """Whether a closer of the open quote's family, between these neighbours, closes it.

    Guillemets always close (their direction is in the glyph); other marks close when they
    follow a word, or when nothing else makes sense ("recall,”he" with a missing space).
    """
    if family in ("guillemet", "single-guillemet") or _can_close(before, after):
        return True
    return before is not None and before not in _SPACES and not _can_open(before, after)


def _opens(mark: str, before: str | None, after: str | None) -> bool:
    """Whether `mark` opens a quote between these neighbours.

    Single marks open only before a letter, so the apostrophes of "’90s" or "rock 'n' roll"
    never open a quote.
    """
    if _FAMILIES[mark] == "single" and (
        mark not in _SINGLE_OPENERS or after is None or not after.isalpha()
    ):
        return False
    return _can_open(before, after)


def _scan(text: str, block: int) -> list[_Span]:
    """Every quoted span of one block, outermost only, in order."""
    spans: list[_Span] = []
    family: str | None = None
    closers: frozenset[str] = frozenset()
    open_at = 0
    for match in _MARKS_RE.finditer(text):
        run, start, end = match.group(), match.start(), match.end()
        before = text[start - 1] if start else None
        if family is None:
            mark = run[0]
            guillemet = _FAMILIES[mark] in ("guillemet", "single-guillemet")
            if _opens(mark, before, _after_opening(text, end, guillemet)):
                family, closers, open_at = _FAMILIES[mark], _CLOSERS[mark], start
            continue
        closer = next((i for i, mark in enumerate(run) if mark in closers), None)
        after = text[end] if end < len(text) else None
        if closer is not None and _closing(family, before, after):
            spans.append(_Span(block, open_at, start + closer))
            family = None
    if family is not None:
        spans.append(_Span(block, open_at, None))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the quoted words: outer spaces and a trailing comma dropped (as the gold)."""
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and (text[end - 1] in _SPACES or text[end - 1] == ","):
        end -= 1
    return start, end


def _has_words(text: str, count: int) -> bool:
    """Whether `text` holds at least `count` words (space-separated, with a letter or digit)."""
    found = 0
    for word in text.split():
        if any(c.isalnum() for c in word):
            found += 1
            if found >= count:
                return True
    return False


def _is_heading(text: str, span: _Span) -> bool:
    """Whether a short line ending in a quote is an untyped heading or caption.

    ('3. "Not some irregular channel"', 'Tim Morrison on "the Gordon problem"'): body
    paragraphs end with punctuation, quoted speech too; a short line ending with an
    unpunctuated quote is a crosshead or a video title quoting the story.
    """
    if (
        span.close is None
        or len(text) - span.close > _HEADING_TAIL_CHARS
        or text[span.close + 1 :].strip(_SPACES)
        or _has_words(text[: span.close], _MAX_HEADING_WORDS + 1)
    ):
        return False
    return not text[: span.close].rstrip(_SPACES).endswith(_SENTENCE_PUNCTUATION)


def _is_title(quoted: str) -> bool:
    """Whether quoted words are a title ("Takin' It To The Streets"), not speech.

    Titles of songs, books, shows and series are quoted in Title Case, without punctuation
    at the end; speech is written as a sentence.
    """
    if quoted.rstrip(_SPACES).endswith(_SENTENCE_PUNCTUATION):
        return False
    title_cased = False
    for word in quoted.split():
        letters = word.strip(_PUNCTUATION_AROUND_WORDS)
        if not letters or not letters[0].isalpha():
            continue
        if letters[0].islower() and len(letters) > _TITLE_SMALL_WORD:
            return False
        title_cased = title_cased or (letters[0].isupper() and letters[1:2].islower())
    return title_cased and quoted[:1].isupper()


def _opens_with_quote(text: str) -> bool:
    stripped = text.lstrip(_SPACES)
    return bool(stripped) and _MARKS_RE.match(stripped) is not None


def _quote_spans(
    blocks: Sequence[Block], body: Sequence[int]
) -> tuple[dict[int, list[_Span]], list[_Span]]:
    """All spans per context block, and the spans that are quotations of the body.

    A span left open at the end of its paragraph is kept only when the next body paragraph
    opens with a quotation mark (the quote runs on); otherwise the mark was stray.
    """
    context = [i for i, block in enumerate(blocks) if block.kind in _CONTEXT_KINDS]
    spans = {i: _scan(blocks[i].text, i) for i in context}
    kept: list[_Span] = []
    for position, index in enumerate(body):
        following = body[position + 1] if position + 1 < len(body) else None
        for span in spans[index]:
            if span.close is None and (
                following is None or not _opens_with_quote(blocks[following].text)
            ):
                continue
            kept.append(span)
    return spans, kept


# ----------------------------------------------------------------------------- attribution
_SIGNATURE_GAP_RE = re.compile(r"[.,]?[ \u00a0]*[\u2014\u2013-][ \u00a0]*")
_COMMA_AFTER_RE = re.compile(r"[ \t\u00a0\u202f\u2009]*,")
_NEXT_WORD_RE = re.compile(r"\s+(\S)")
_MASK = "\x00"  # stands in for quoted words, so attribution never reads inside quotes
_TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*")
_SENTENCE_END_RE = re.compile(r"[.!?\u2026]+[)\]\"”’»]*\s+")
_OPENING_CHARS = "\"“„«»‘‚'¿¡(["
_CLAUSE_PUNCT = frozenset(",;:()[]—–")
_PARTY_TAG_RE = re.compile(r"^[A-Z]-[A-Z][a-z]*$")  # "R-Neb", "D-Calif"
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_RELATIVES = speech.RELATIVE_PRONOUNS
_DETERMINERS = speech.DEFINITE_DETERMINERS | speech.INDEFINITE_DETERMINERS
_PRONOUNS = speech.PERSON_PRONOUNS | speech.GROUP_PRONOUNS
_PARTICLES = speech.NAME_PARTICLES
_NAME_BREAKERS = speech.TITLES | speech.ROLE_NOUNS | speech.STOPWORDS
#: Words of context kept around a person's mentions to match "the foreign minister" later:
#: the words before the name in its clause, and its appositive ("X, a former official,").
#: Four and eight cover the role phrases of the gold pages ("his Russian counterpart").
_DESCRIPTION_BEFORE = 4
_DESCRIPTION_AFTER = 8
#: The longest noun phrase read as a speaker ("JPL scientist and study co-author X" is 6).
_MAX_SUBJECT_TOKENS = 8
#: A full name keeps at most this many words ("Kathleen Hawk Sawyer"); longer capitalized
#: runs carry a title or an organisation in front.
_MAX_NAME_TOKENS = 4
#: A role word this long may end a compound of the description ("kanzlerin" in
#: "Bundeskanzlerin"); shorter ones ("chef") match too many unrelated words.
_MIN_COMPOUND_PART = 5
#: How far back from a verb its clause is read to tell "…, said X" from "X said".
_LEADING_CHARS = 200
#: Full names kept per surname, and mentions searched for a role phrase's person: bounds
#: that keep hostile input linear; real stories stay far below them.
_MAX_NAMES_PER_SURNAME = 20
_MAX_MENTIONS_SEARCHED = 300
#: People remembered as possible antecedents of a pronoun, latest last.
_RECENT_PERSONS = 8


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The attribution words of one language, or of all four."""

    verbs: frozenset[str]
    say_participles: frozenset[str]
    auxiliaries: frozenset[str]
    participles: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    according_first: frozenset[str]  # first words of `according`, to skip other words fast
    cues: frozenset[str]  # every word a verb or "according to" can start with (but hyphenated)


def _build_lexicon(languages: Sequence[str]) -> _Lexicon:
    return _Lexicon(
        verbs=frozenset().union(*(speech.SPEECH_VERBS[x] for x in languages)),
        say_participles=frozenset().union(*(speech.SAY_PARTICIPLES[x] for x in languages)),
        auxiliaries=frozenset().union(*(speech.AUXILIARIES[x] for x in languages)),
        participles=frozenset().union(*(speech.SPEECH_PARTICIPLES[x] for x in languages)),
        according=tuple(p for x in languages for p in speech.ACCORDING_TO[x]),
        according_first=frozenset(p[0] for x in languages for p in speech.ACCORDING_TO[x]),
        cues=frozenset().union(
            *(speech.SPEECH_VERBS[x] for x in languages),
            *(speech.SAY_PARTICIPLES[x] for x in languages),
            *(speech.AUXILIARIES[x] for x in languages),
            (p[0] for x in languages for p in speech.ACCORDING_TO[x]),
        ),
    )


_LEXICONS = {language: _build_lexicon((language,)) for language in speech.LANGUAGES}
_ALL_LANGUAGES = _build_lexicon(speech.LANGUAGES)


class _Token(NamedTuple):
    """A word outside quotes (a named tuple: articles hold thousands of them)."""

    start: int
    end: int
    text: str
    lower: str


@dataclass(frozen=True, slots=True)
class _Text:
    """One context block prepared for attribution: quotes masked, tokens, sentences."""

    index: int
    masked: str
    tokens: tuple[_Token, ...]
    sentence_starts: tuple[int, ...]
    barriers: tuple[int, ...]  # positions of quotation marks: a clause never spans them
    token_starts: tuple[int, ...]

    def sentence_start(self, position: int) -> int:
        return self.sentence_starts[bisect_right(self.sentence_starts, position) - 1]

    def sentence_end(self, position: int) -> int:
        """Start of the sentence after `position` (or the end of the text)."""
        following = bisect_right(self.sentence_starts, position)
        if following < len(self.sentence_starts):
            return self.sentence_starts[following]
        return len(self.masked)

    def first_token_at(self, position: int) -> int:
        """Index of the first token starting at or after `position`."""
        return bisect_right(self.token_starts, position - 1)

    def gap(self, k: int) -> str:
        """The text between token k-1 and token k."""
        start = self.tokens[k - 1].end if k > 0 else 0
        return self.masked[start : self.tokens[k].start]


@dataclass(frozen=True, slots=True)
class _Verb:
    """A speech verb (or "according to") and the words naming its subject."""

    block: int
    first: int  # token index of the first word of the verb phrase
    last: int  # token index of its last word
    kind: str  # "finite", "participle" or "according"
    pronoun: str | None = None  # the subject of a French inverted verb ("a-t-il dit")


@dataclass(frozen=True, slots=True)
class _Subject:
    """The subject words of a speech verb, classified."""

    kind: str  # "name", "org", "pronoun", "group", "role", "np", "elided"
    text: str
    definite: bool = False
    words: frozenset[str] = frozenset()


def _lexicon(language: str | None) -> _Lexicon:
    return _LEXICONS.get((language or "").lower()[:2], _ALL_LANGUAGES)


def _masked(text: str, spans: Sequence[_Span]) -> str:
    pieces: list[str] = []
    last = 0
    for span in spans:
        end = span.close if span.close is not None else len(text)
        pieces.append(text[last : span.open + 1])
        pieces.append(_MASK * (end - span.open - 1))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _is_abbreviation(masked: str, dot: int) -> bool:
    word = re.search(r"\w+$", masked[max(0, dot - 12) : dot])
    return word is not None and (
        word.group().lower() in speech.ABBREVIATIONS
        or (len(word.group()) == 1 and word.group().isupper())
    )


def _sentence_starts(text: str, masked: str, spans: Sequence[_Span]) -> tuple[int, ...]:
    """Where sentences start, reading outside quotes; a quote ending in "." ends one too."""
    starts = {0}
    for match in _SENTENCE_END_RE.finditer(masked):
        following = masked[match.end() : match.end() + 1]
        if not following or not (
            following.isupper() or following.isdigit() or following in _OPENING_CHARS
        ):
            continue
        if masked[match.start()] == "." and _is_abbreviation(masked, match.start()):
            continue
        starts.add(match.end())
    for span in spans:
        if span.close is None:
            continue
        inner = text[span.open + 1 : span.close].rstrip(_SPACES + _DOUBLE + _SINGLE)
        word = _NEXT_WORD_RE.match(text, span.close + 1)
        if (
            inner.endswith(".")
            and word is not None
            and (word.group(1).isupper() or word.group(1) in _OPENING_CHARS)
        ):
            starts.add(word.start(1))
    return tuple(sorted(starts))


def _tokens(masked: str, lowered: str) -> tuple[_Token, ...]:
    """The words of a block. `tuple.__new__` builds each named tuple in C, without the
    Python-level `_Token.__new__`: quotes read every block up to the last quote."""
    new = tuple.__new__
    spans = [match.span() for match in _TOKEN_RE.finditer(masked)]
    return tuple(
        [new(_Token, (start, end, masked[start:end], lowered[start:end])) for start, end in spans]
    )


def _prepare(block: int, text: str, spans: Sequence[_Span]) -> _Text:
    masked = _masked(text, spans)
    lowered = masked.lower().replace("’", "'")
    if len(lowered) != len(masked):  # a few letters change length in lowercase ("İ")
        lowered = "".join(c.lower()[:1] for c in masked).replace("’", "'")
    tokens = _tokens(masked, lowered)
    barriers = sorted(
        {span.open for span in spans} | {span.close for span in spans if span.close is not None}
    )
    return _Text(
        block,
        masked,
        tokens,
        _sentence_starts(text, masked, spans),
        tuple(barriers),
        tuple(t.start for t in tokens),
    )


# ----------------------------------------------------------------------------- verbs
def _find_verbs(text: _Text, lexicon: _Lexicon) -> list[_Verb]:
    verbs: list[_Verb] = []
    tokens = text.tokens
    for k, token in enumerate(tokens):
        if token.lower not in lexicon.cues and "-" not in token.lower:
            continue  # most words: no verb starts here
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        phrase = _according_at(tokens, k, lexicon) if token.lower in lexicon.according_first else 0
        if phrase:
            verbs.append(_Verb(text.index, k, k + phrase - 1, "according"))
            continue
        if token.text != token.lower and not token.text[1:].islower():
            continue
        parts = token.lower.split("-")
        if len(parts) > 1 and parts[-1] in speech.INVERTED_PRONOUNS:
            if (
                parts[0] in lexicon.auxiliaries
                and following
                and (following.lower in lexicon.participles)
            ):
                verbs.append(_Verb(text.index, k, k + 1, "finite", parts[-1]))
            elif parts[0] in lexicon.verbs:
                verbs.append(_Verb(text.index, k, k, "finite", parts[-1]))
            continue
        if token.text != token.lower:
            continue
        if (
            token.lower in lexicon.auxiliaries
            and following
            and (following.lower in lexicon.participles)
        ):
            verbs.append(_Verb(text.index, k, k + 1, "finite"))
        elif token.lower in lexicon.verbs and not (
            verbs and verbs[-1].last == k and verbs[-1].block == text.index
        ):
            verbs.append(_Verb(text.index, k, k, "finite"))
        elif token.lower in lexicon.say_participles:
            verbs.append(_Verb(text.index, k, k, "participle"))
    return verbs


def _according_at(tokens: Sequence[_Token], k: int, lexicon: _Lexicon) -> int:
    """Length of an "according to" phrase starting at token k (0 if none)."""
    for phrase in lexicon.according:
        end = k + len(phrase)
        if end > len(tokens) or any(tokens[k + i].lower != word for i, word in enumerate(phrase)):
            continue
        # "per" is also "per cent": only read it before a capitalized name ("per Feng").
        if phrase == ("per",) and not (end < len(tokens) and tokens[end].text[0].isupper()):
            continue
        return len(phrase)
    return 0


# ----------------------------------------------------------------------------- subjects
def _capitalized(token: _Token) -> bool:
    return token.text[0].isupper()


def _joins_name(text: _Text, k: int) -> bool:
    """Whether token k continues the capitalized name run of token k-1 ("Sen. Ben")."""
    if k == 0:
        return False
    gap = text.gap(k)
    if gap == " " or (gap.isspace() and gap.count("\n") == 0):  # one space: most gaps
        return True
    previous = text.tokens[k - 1]
    return gap.strip() == "." and (
        previous.lower in speech.TITLES
        or previous.lower in speech.ABBREVIATIONS
        or len(previous.text) == 1
    )


def _run_ending_at(text: _Text, last: int, first_allowed: int) -> int | None:
    """First token index of the capitalized run ending at token `last`, or None."""
    tokens = text.tokens
    if not _capitalized(tokens[last]):
        return None
    first = last
    k = last
    while k > first_allowed and _joins_name(text, k):
        previous = tokens[k - 1]
        if _capitalized(previous):
            first = k - 1
        elif not (previous.lower in speech.NAME_PARTICLES and k - 1 > first_allowed):
            break
        k -= 1
    return first


def _clean_run(words: Sequence[str]) -> tuple[str, str] | None:
    """("name" | "org", text) for a capitalized run, or None if it is only titles/roles.

    An organisation ends in an organisation word ("Swedish Prosecution Authority"); a name
    is what follows the last title, role or function word ("UN Secretary General Ban
    Ki-moon" -> "Ban Ki-moon").
    """
    words = [_POSSESSIVE_RE.sub("", w) if w[-2:] in ("'s", "’s") else w for w in words]
    while words and words[0].lower().rstrip(".") in speech.STOPWORDS:
        words = words[1:]
    if not words:
        return None
    if words[-1].lower() in speech.ORGANISATION_WORDS:
        return "org", " ".join(words)
    cut = 0
    for i, word in enumerate(words):
        lower = word.lower().rstrip(".")
        if 0 < i < len(words) - 1 and lower in speech.NAME_PARTICLES:
            continue  # a particle inside the name ("Staffan de Mistura", "Van Der Beek")
        if lower in _NAME_BREAKERS or lower in speech.ORGANISATION_WORDS or _is_role(lower):
            cut = i + 1
    name = words[cut:]
    if not name or _PARTY_TAG_RE.match(name[-1]):
        return None
    return "name", " ".join(name)


def _run_name(text: _Text, first: int, last: int) -> tuple[str, str] | None:
    """`_clean_run` of tokens[first..last], minus a word that ends a genitive before it.

    In "ministre de la Santé Olivier Véran" the run "Santé Olivier Véran" starts with the
    end of "de la Santé": a three-word name right after a genitive drops its first word.
    """
    cleaned = _clean_run([t.text for t in text.tokens[first : last + 1]])
    if cleaned is None or cleaned[0] != "name":
        return cleaned
    words = cleaned[1].split()
    if (
        len(words) > 2
        and len(words) == last - first + 1
        and first > 0
        and text.tokens[first - 1].lower in speech.GENITIVES
        and text.gap(first).isspace()
    ):
        return "name", " ".join(words[1:])
    return cleaned


def _is_stopword(lower: str) -> bool:
    """A function word, also contracted ("what's", "that's", "c'est")."""
    return lower in speech.STOPWORDS or (
        "'" in lower and lower.split("'", 1)[0] in speech.STOPWORDS
    )


def _is_role(lower: str) -> bool:
    return lower in speech.ROLE_NOUNS or lower.endswith(speech.ROLE_SUFFIXES)


def _classify(text: _Text, first: int, last: int) -> _Subject | None:
    """Classify the noun phrase tokens[first..last] as a speaker."""
    tokens = text.tokens
    if first == last and tokens[first].lower in _PRONOUNS:
        kind = "pronoun" if tokens[first].lower in speech.PERSON_PRONOUNS else "group"
        return _Subject(kind, tokens[first].lower)
    start = first + 1 if tokens[first].lower in _DETERMINERS else first
    if start > last:
        return None
    run = _run_ending_at(text, last, start)
    cleaned = _run_name(text, run, last) if run is not None else None
    if cleaned is not None:
        return _Subject(*cleaned)
    phrase = " ".join(t.text for t in tokens[start : last + 1])
    content = frozenset(t.lower for t in tokens[start : last + 1] if not _is_stopword(t.lower))
    if not any(word[0].isalpha() for word in content):
        return None
    head = tokens[last].lower
    definite = tokens[first].lower in speech.DEFINITE_DETERMINERS
    kind = "role" if _is_role(head) else "np"
    return _Subject(kind, phrase, definite, content)


def _noun_phrase_before(text: _Text, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase ending right before token `hi`, not reaching before token `lo`."""
    tokens = text.tokens
    if hi <= lo:
        return None
    if tokens[hi - 1].lower in _PRONOUNS:
        return hi - 1, hi - 1
    start = hi
    k = hi - 1
    while k >= lo and hi - k <= _MAX_SUBJECT_TOKENS:
        lower = tokens[k].lower
        if lower in _DETERMINERS:
            start = k
            break
        if _is_stopword(lower) and not _capitalized(tokens[k]):
            break
        if _is_stopword(lower) and k < hi - 1 and not _capitalized(tokens[k + 1]):
            break
        start = k
        if k < hi - 1 and not text.gap(k + 1).isspace() and not _joins_name(text, k + 1):
            start = k + 1
            break
        k -= 1
    return (start, hi - 1) if start < hi else None


def _clause_parts(text: _Text, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges [a, b) between clause punctuation, from token lo to hi."""
    parts: list[tuple[int, int]] = []
    start = lo
    for k in range(lo + 1, hi):
        if any(c in _CLAUSE_PUNCT for c in text.gap(k)):
            parts.append((start, k))
            start = k
    if start < hi:
        parts.append((start, hi))
    return parts


def _is_appositive(text: _Text, part: tuple[int, int]) -> bool:
    """A clause part that describes a name rather than names a speaker ("who led...", "24")."""
    first = text.tokens[part[0]]
    return (
        first.lower in _RELATIVES
        or first.text[0].isdigit()
        or bool(_PARTY_TAG_RE.match(text.tokens[part[1] - 1].text))
    )


def _pure_name(text: _Text, part: tuple[int, int]) -> _Subject | None:
    """The part read as a bare name ("Morrison" in "Morrison, Vindman's superior, said")."""
    first, end = part
    if text.tokens[first].lower in speech.STOPWORDS:
        return None
    run = _run_ending_at(text, end - 1, first)
    if run != first:
        return None
    subject = _classify(text, first, end - 1)
    return subject if subject is not None and subject.kind == "name" else None


_CONJUNCTIONS = speech.CONJUNCTIONS
_SKIPPABLE_BEFORE_VERB = speech.SKIPPABLE_BEFORE_VERB


def _subject_before(text: _Text, verb: _Verb, lo: int) -> _Subject | None:
    tokens = text.tokens
    hi = _skip_auxiliaries(text, lo, verb.first)
    if hi <= lo:
        return None
    if tokens[hi - 1].lower in _CONJUNCTIONS and text.gap(hi).isspace():
        return _Subject("elided", "")
    parts = [p for p in _clause_parts(text, lo, hi) if p[0] < p[1]]
    while parts and _is_appositive(text, parts[-1]):
        parts.pop()
    if not parts:
        return None
    last = parts[-1]
    phrase = _noun_phrase_before(text, last[0], last[1])
    subject = _classify(text, *phrase) if phrase else None
    if subject is not None and subject.kind in ("name", "pronoun", "group", "org"):
        return subject
    if len(parts) > 1:
        named = _pure_name(text, parts[-2])
        if named is not None:
            return named
    return subject


def _subject_after(text: _Text, verb: _Verb) -> _Subject | None:
    tokens = text.tokens
    first = verb.last + 1
    if first >= len(tokens) or not text.gap(first).isspace():
        return None
    end = first
    while end < len(tokens) and end - first < _MAX_SUBJECT_TOKENS:
        if end > first and not text.gap(end).isspace() and not _joins_name(text, end):
            break
        lower = tokens[end].lower
        if (
            end > first
            and lower in speech.STOPWORDS
            and not _capitalized(tokens[end])
            and not (
                lower in speech.NAME_PARTICLES
                and _capitalized(tokens[end - 1])
                and end + 1 < len(tokens)
                and _capitalized(tokens[end + 1])
            )
        ):
            break
        end += 1
    if tokens[first].lower in _PRONOUNS:
        return _classify(text, first, first)
    subject = _classify(text, first, end - 1)
    if subject is not None and subject.kind in ("name", "org"):
        return subject
    return _name_closing_part(text, end) or _appositive_name(text, end) or subject


def _name_closing_part(text: _Text, k: int) -> _Subject | None:
    """A full name ending the speaker's clause part ("según la ministra de Economía X Y,")."""
    tokens = text.tokens
    limit = min(len(tokens), k + _MAX_SUBJECT_TOKENS)
    while k < limit and text.gap(k).isspace():
        k += 1
    if k < len(tokens) and (k == limit or not any(c in ",.;:" for c in text.gap(k))):
        return None
    run = _run_ending_at(text, k - 1, 0)
    if run is None or (run > 0 and text.tokens[run - 1].lower in speech.LOCATIVES):
        return None
    cleaned = _run_name(text, run, k - 1)
    if cleaned is None or cleaned[0] != "name" or len(cleaned[1].split()) < 2:
        return None
    return _Subject(*cleaned)


def _appositive_name(text: _Text, k: int) -> _Subject | None:
    """A name closing the next comma part ("said another witness, adviser Fiona Hill")."""
    tokens = text.tokens
    limit = min(len(tokens), k + _MAX_SUBJECT_TOKENS)
    while k < limit and "," not in text.gap(k):
        if any(c in ".;:" for c in text.gap(k)):
            return None
        k += 1
    start = k
    limit = min(len(tokens), start + _MAX_SUBJECT_TOKENS)
    while k < limit and (k == start or text.gap(k).isspace()):
        k += 1
    if k <= start:
        return None
    run = _run_ending_at(text, k - 1, start)
    if run is None or (k < len(tokens) and text.gap(k).isspace()):
        return None
    subject = _classify(text, run, k - 1)
    return subject if subject is not None and subject.kind == "name" else None


def _clause_subject(text: _Text, lo: int, hi: int) -> _Subject | None:
    """The subject opening a sentence, past introductory phrases ("After the hearing, X")."""
    tokens = text.tokens
    for start, end in _clause_parts(text, lo, hi):
        first = tokens[start]
        if first.lower in _PRONOUNS:
            return _classify(text, start, start)
        if first.lower in speech.STOPWORDS and first.lower not in _DETERMINERS:
            continue
        stop = start + 1
        if _capitalized(first):
            while stop < end and _capitalized(tokens[stop]) and _joins_name(text, stop):
                stop += 1
        else:
            while stop < min(end, start + _MAX_SUBJECT_TOKENS) and (
                tokens[stop].lower not in speech.STOPWORDS
            ):
                stop += 1
        return _classify(text, start, stop - 1)
    return None


def _subject(text: _Text, verb: _Verb, previous: _Verb | None) -> _Subject | None:
    """Read the subject of one speech verb from its clause."""
    if verb.pronoun is not None:
        return _classify_pronoun(verb.pronoun)
    verb_start = text.tokens[verb.first].start
    sentence = text.sentence_start(verb_start)
    clause = max(sentence, _barrier_before(text, verb_start))
    chained = (
        previous is not None
        and previous.block == verb.block
        and text.tokens[previous.last].start >= sentence
    )
    if chained and previous is not None:
        clause = max(clause, text.tokens[previous.last].end)
    lo = text.first_token_at(clause)
    if verb.kind == "according":
        return _subject_after(text, verb)
    if verb.kind == "participle":
        if chained:
            return _Subject("elided", "")
        return _clause_subject(text, text.first_token_at(sentence), verb.first)
    # only the end of the clause matters: is the verb right after a quote or a comma?
    leading = text.masked[max(clause, verb_start - _LEADING_CHARS) : verb_start].strip(
        _SPACES + _MASK + _DOUBLE + _GUILLEMETS
    )
    non_inverting = text.tokens[verb.first].lower in speech.NON_INVERTING
    if (not leading or leading.endswith((",", ":"))) and not non_inverting:
        return (
            _appositive_subject(text, lo, verb.first)
            or _subject_after(text, verb)
            or _subject_before(text, verb, lo)
            # a verb right after a quote with no subject at all drops its pronoun
            # («…», añadió): the speaker is the one who spoke last
            or (_Subject("elided", "") if not leading.rstrip(",") else None)
        )
    subject = _appositive_subject(text, lo, _skip_auxiliaries(text, lo, verb.first))
    subject = subject or _subject_before(text, verb, lo)
    if subject is None and not non_inverting:
        subject = _subject_after(text, verb)
    return subject


def _skip_auxiliaries(text: _Text, lo: int, hi: int) -> int:
    """Where the subject ends before a verb, past auxiliaries and adverbs ("X has also")."""
    tokens = text.tokens
    while hi > lo and (
        tokens[hi - 1].lower in _SKIPPABLE_BEFORE_VERB
        or (tokens[hi - 1].lower.endswith("ly") and tokens[hi - 1].text.islower())
    ):
        hi -= 1
    return hi


def _appositive_subject(text: _Text, lo: int, hi: int) -> _Subject | None:
    """The name of "Name, appositive, said" ("Morrison, Vindman's superior, said")."""
    parts = [p for p in _clause_parts(text, lo, hi) if p[0] < p[1]]
    if len(parts) < 2 or not all(_describes(text, part) for part in parts[1:]):
        return None
    return _pure_name(text, parts[0])


def _describes(text: _Text, part: tuple[int, int]) -> bool:
    """Whether a clause part reads as an appositive: "who...", "a/the ...", "24", "R-Neb"."""
    first = text.tokens[part[0]]
    return (
        _is_appositive(text, part)
        or first.lower in _DETERMINERS
        or first.text.islower()
        or first.text.endswith(("'s", "’s"))
    )


def _classify_pronoun(pronoun: str) -> _Subject:
    return _Subject("pronoun" if pronoun in speech.PERSON_PRONOUNS else "group", pronoun)


def _barrier_before(text: _Text, position: int) -> int:
    index = bisect_right(text.barriers, position) - 1
    return text.barriers[index] + 1 if index >= 0 else 0


# ----------------------------------------------------------------------------- the story
class _Mention(NamedTuple):
    """A person named in the story: the run of words naming them, and where (a named tuple:
    stories hold thousands of mentions, made twice)."""

    text: _Text
    first: int  # token index of the run's first word (titles included)
    last: int
    prefix: int  # how many words of the run are titles and roles, not the name
    name: str

    @property
    def where(self) -> tuple[int, int]:
        return self.text.index, self.text.tokens[self.last].start


@dataclass(frozen=True, slots=True)
class _Story:
    """The people a story names: their full names and their mentions in order."""

    full_names: dict[str, tuple[str, ...]]  # last word -> full names ending with it, in order
    mentions: tuple[_Mention, ...]
    mention_keys: tuple[tuple[int, int], ...]  # (block, position) of each mention, sorted
    genders: dict[str, str]  # person -> "m" | "f", from a title before the name ("Mrs")

    def fullest(self, name: str) -> str:
        """The fullest form of `name` in the story ("Kerry" -> "John Kerry")."""
        words = name.casefold().split()
        best = name
        for full in self.full_names.get(words[-1], ()) if words else ():
            candidate = full.casefold().split()
            if candidate[-len(words) :] == words and len(candidate) > len(best.split()):
                best = full
        return best


def _runs(text: _Text) -> list[tuple[int, int]]:
    """Capitalized runs (first, last token index) of one block, left to right."""
    runs: list[tuple[int, int]] = []
    tokens = text.tokens
    resume = 0  # the token after the last run
    for k in [k for k, token in enumerate(tokens) if token.text[0].isupper()]:  # capitalized
        if k < resume:
            continue
        last = k
        j = k + 1
        while j < len(tokens) and _joins_name(text, j):
            if _capitalized(tokens[j]):
                last = j
            elif tokens[j].lower not in speech.NAME_PARTICLES:
                break
            j += 1
        runs.append((k, last))
        resume = last + 1
    return runs


def _trim_name(words: list[str], outside: frozenset[str]) -> list[str]:
    """Drop leading words that belong to something else ("Ukraine Kurt Volker").

    Beyond the last two words of a name, a word is dropped (with all before it) when the
    story uses it on its own, as the end of another name, or in lowercase.
    """
    cut = 0
    for i, word in enumerate(words[:-2]):
        if word.casefold() in outside:
            cut = i + 1
    return words[cut:][-_MAX_NAME_TOKENS:]


def _build_story(texts: Sequence[_Text]) -> _Story:
    lowercase = {t.lower for text in texts for t in text.tokens if t.text.islower()}
    raw: list[tuple[_Text, int, int]] = [(text, a, b) for text in texts for a, b in _runs(text)]
    singles = {text.tokens[a].text.casefold() for text, a, b in raw if a == b}
    ends = {text.tokens[b].text.casefold() for text, a, b in raw if a < b}
    outside = frozenset(singles | ends | lowercase)
    full_names: dict[str, None] = {}  # an ordered set
    mentions: list[_Mention] = []
    for text, first, last in raw:
        cleaned = _run_name(text, first, last)
        if cleaned is None or cleaned[0] != "name":
            continue
        name_words = _trim_name(cleaned[1].split(), outside)
        name = " ".join(name_words)
        if len(name_words) > 1:
            full_names.setdefault(name)
        prefix = last - first + 1 - len(name_words)
        mentions.append(_Mention(text, first, last, prefix, name))
    by_last: dict[str, list[str]] = {}
    for full in full_names:
        same = by_last.setdefault(full.split()[-1].casefold(), [])
        if len(same) < _MAX_NAMES_PER_SURNAME:
            same.append(full)
    names = {k: tuple(v) for k, v in by_last.items()}
    lookup = _Story(names, (), (), {})
    resolved = tuple(
        _Mention(m.text, m.first, m.last, m.prefix, lookup.fullest(m.name)) for m in mentions
    )
    genders: dict[str, str] = {}
    for mention in resolved:
        for token in mention.text.tokens[mention.first : mention.first + mention.prefix]:
            gender = speech.TITLE_GENDERS.get(token.lower)
            if gender:
                genders.setdefault(mention.name, gender)
    return _Story(names, resolved, tuple(m.where for m in resolved), genders)


def _description(mention: _Mention) -> set[str]:
    """Words describing a mention: titles in its run, words before it, its appositive."""
    text, first, last, prefix = mention.text, mention.first, mention.last, mention.prefix
    tokens = text.tokens
    words = {t.lower for t in tokens[first : first + prefix]}
    k = first
    crossed = False  # one comma may separate a role from its name ("El presidente, Pedro X")
    while k > 0 and first - k < _DESCRIPTION_BEFORE:
        gap = text.gap(k).strip()
        if gap == "," and not crossed:
            crossed = True
        elif gap:
            break
        k -= 1
        words.add(tokens[k].lower)
    if last + 1 < len(tokens) and text.gap(last + 1).strip() == ",":
        k = last + 1
        while k < len(tokens) and k - last <= _DESCRIPTION_AFTER:
            words.add(tokens[k].lower)
            if k + 1 < len(tokens) and not text.gap(k + 1).isspace():
                break
            k += 1
    return {w.rstrip(".") for w in words if w not in speech.STOPWORDS}


# ----------------------------------------------------------------------------- resolution
@dataclass(frozen=True, slots=True)
class _Said:
    """A resolved attribution: who spoke at a speech verb."""

    block: int
    start: int
    end: int
    speaker: str | None
    person: bool


@dataclass(frozen=True, slots=True)
class _Recent:
    """What the story said last: people who spoke (latest last), their genders, any speaker."""

    persons: tuple[str, ...] = ()
    genders: tuple[tuple[str, str], ...] = ()  # (person, "m" | "f") learnt from pronouns
    speaker: str | None = None

    def gender(self, person: str, story: _Story) -> str | None:
        known = dict(self.genders)
        return known.get(person) or story.genders.get(person)

    def after(self, speaker: str | None, person: bool, pronoun: str | None) -> _Recent:
        """The memory once `speaker` spoke (`pronoun`: the pronoun that named them)."""
        if speaker is None:
            return self
        persons = self.persons
        genders = self.genders
        if person:
            persons = (*(p for p in persons if p != speaker), speaker)[-_RECENT_PERSONS:]
            gender = speech.PRONOUN_GENDERS.get(pronoun or "")
            if gender and speaker not in dict(genders):
                genders = (*genders, (speaker, gender))[-_RECENT_PERSONS:]
        return _Recent(persons, genders, speaker)


def _resolve(
    subject: _Subject | None,
    story: _Story,
    recent: _Recent,
    chained: _Said | None,
    where: tuple[int, int],
) -> tuple[str | None, bool]:
    """(speaker, is a person) for one subject.

    `recent` holds who spoke before; `chained` the attribution of the same sentence an
    elided subject continues.
    """
    if subject is None:
        return None, False
    last_person = recent.persons[-1] if recent.persons else None
    if subject.kind == "name":
        return story.fullest(subject.text), True
    if subject.kind == "org":
        return subject.text, False
    if subject.kind == "pronoun":
        return _antecedent(subject.text, story, recent, where), True
    if subject.kind == "group":
        return recent.speaker, False
    if subject.kind == "elided":
        if chained is not None:
            return chained.speaker, chained.person
        return last_person, last_person is not None
    if subject.kind == "role" and subject.definite:
        head = subject.text.split()[-1].casefold()
        if recent.speaker is not None and head in recent.speaker.casefold().split():
            return recent.speaker, False  # "one legal expert said ... the expert warned"
        described = _described(story, subject.words, where)
        if described is not None:
            return described, True
        # a bare role ("the minister said") is someone already in the story; a qualified
        # one nobody was described as ("the Russian envoy") is a new, unnamed speaker
        if last_person is not None and len(subject.words) == 1:
            return last_person, True
    return subject.text, False


def _antecedent(pronoun: str, story: _Story, recent: _Recent, where: tuple[int, int]) -> str | None:
    """The person a pronoun stands for: the last one who spoke, skipping the other gender.

    A person's gender is known from a title ("Ms Persson") or from an earlier pronoun; before
    anyone spoke, the last person named stands in.
    """
    gender = speech.PRONOUN_GENDERS.get(pronoun)
    for person in reversed(recent.persons):
        if gender is None or recent.gender(person, story) in (None, gender):
            return person
    end = bisect_left(story.mention_keys, where)
    for index in range(end - 1, max(-1, end - 1 - _MAX_MENTIONS_SEARCHED), -1):
        name = story.mentions[index].name
        if len(name.split()) > 1 and (
            gender is None or recent.gender(name, story) in (None, gender)
        ):
            return name
    return None


def _overlap(role: frozenset[str], description: set[str]) -> int:
    """Role words found in a description, also as the end of a compound ("Bundeskanzlerin")."""
    return sum(
        1
        for word in role
        if word in description
        or (len(word) >= _MIN_COMPOUND_PART and any(d.endswith(word) for d in description))
    )


def _described(story: _Story, words: frozenset[str], where: tuple[int, int]) -> str | None:
    """The person whose description shares most words with a role phrase; latest on ties.

    Descriptions are read only here: a role phrase ("the foreign minister") is rare, and most
    stories never need them.
    """
    described: dict[str, set[str]] = {}
    latest: dict[str, int] = {}
    end = bisect_left(story.mention_keys, where)
    for order in range(max(0, end - _MAX_MENTIONS_SEARCHED), end):
        mention = story.mentions[order]
        if len(mention.name.split()) > 1:
            described.setdefault(mention.name, set()).update(_description(mention))
            latest[mention.name] = order
    scored = [(_overlap(words, found), latest[name], name) for name, found in described.items()]
    best = max(scored, default=None)
    return best[2] if best is not None and best[0] else None


def _attributions(
    texts: Sequence[_Text], story: _Story, lexicon: _Lexicon
) -> dict[int, list[_Said]]:
    """Every speech verb of the story resolved to its speaker, per block, in order."""
    recent = _Recent()
    by_block: dict[int, list[_Said]] = {}
    for text in texts:
        previous: _Verb | None = None
        said_previous: _Said | None = None
        for verb in _find_verbs(text, lexicon):
            subject = _subject(text, verb, previous)
            start = text.tokens[verb.first].start
            chained = said_previous if subject and subject.kind == "elided" else None
            if chained is not None and chained.start < text.sentence_start(start):
                chained = None
            speaker, person = _resolve(subject, story, recent, chained, (text.index, start))
            said = _Said(text.index, start, text.tokens[verb.last].end, speaker, person)
            pronoun = subject.text if subject and subject.kind == "pronoun" else None
            recent = recent.after(speaker, person, pronoun)
            by_block.setdefault(text.index, []).append(said)
            previous, said_previous = verb, said
    return by_block


# ----------------------------------------------------------------------------- quotes
def _attached_comma(block_text: str, span: _Span) -> bool:
    """Whether the quote ends like speech followed by its attribution ("…," he said)."""
    if span.close is None:
        return False
    inner = block_text[span.open + 1 : span.close].rstrip(_SPACES + _DOUBLE + _SINGLE)
    return inner.endswith((",", "?", "!")) or bool(
        _COMMA_AFTER_RE.match(block_text, span.close + 1)
    )


def _signature(text: _Text, span: _Span, story: _Story) -> str | None:
    """The name signing a quote after a dash: "“We will win.” — Jane Doe" (pull quotes)."""
    if span.close is None:
        return None
    k = text.first_token_at(span.close + 1)
    if k >= len(text.tokens) or not _SIGNATURE_GAP_RE.fullmatch(
        text.masked[span.close + 1 : text.tokens[k].start]
    ):
        return None
    last = k
    while (
        last + 1 < len(text.tokens)
        and _joins_name(text, last + 1)
        and (_capitalized(text.tokens[last + 1]) or text.tokens[last + 1].lower in _PARTICLES)
    ):
        last += 1
    ended = last + 1 == len(text.tokens) or not text.gap(last + 1).isspace()
    if not ended or last - k + 1 > _MAX_NAME_TOKENS or not _capitalized(text.tokens[last]):
        return None
    cleaned = _run_name(text, k, last)
    if cleaned is None:
        return None
    return story.fullest(cleaned[1]) if cleaned[0] == "name" else cleaned[1]


def _speaker(
    span: _Span,
    *,
    block_text: str,
    text: _Text,
    said: Sequence[_Said],
    said_starts: Sequence[int],
    opens: Sequence[int],
    previous: str | None,
) -> tuple[bool, str | None]:
    """(found, speaker) for one quote from the attributions of its own paragraph."""
    sentence = text.sentence_start(span.open)
    # attributions are in text order and never overlap, so ends sort like starts
    before_index = bisect_right(said_starts, span.open) - 1
    while before_index >= 0 and said[before_index].end > span.open:
        before_index -= 1
    before = said[before_index] if before_index >= 0 else None
    leading = before if before is not None and before.start >= sentence else None
    trailing: _Said | None = None
    reaches_end = False
    if span.close is not None:
        following = bisect_right(opens, span.close)
        next_open = opens[following] if following < len(opens) else len(block_text)
        sentence_end = text.sentence_end(span.close + 1)
        reaches_end = sentence_end <= next_open
        after_index = bisect_right(said_starts, span.close)
        if after_index < len(said) and said[after_index].start < min(next_open, sentence_end):
            trailing = said[after_index]
    attached = _attached_comma(block_text, span)
    if trailing is not None and (attached or (reaches_end and leading is None)):
        return True, trailing.speaker
    if leading is not None:
        return True, leading.speaker
    if trailing is not None and reaches_end:
        return True, trailing.speaker
    if previous is not None:
        return True, previous
    if before is not None:
        return True, before.speaker
    return False, None


def _speakers(
    blocks: Sequence[Block],
    body: Sequence[int],
    spans: dict[int, list[_Span]],
    quoted: Sequence[_Span],
    language: str | None,
) -> list[str | None]:
    """The speaker of each quoted span, in order."""
    # Attributions after the last quote cannot speak for it: stop reading there.
    last_quoted = max(span.block for span in quoted)
    texts = [_prepare(i, blocks[i].text, spans[i]) for i in sorted(spans) if i <= last_quoted]
    by_index = {text.index: text for text in texts}
    story = _build_story(texts)
    said = _attributions(texts, story, _lexicon(language))
    said_starts = {index: [s.start for s in events] for index, events in said.items()}
    # a short quoted title inside an attribution ('the "Pose" actor said') does not end it
    opens: dict[int, list[int]] = {}
    for span in quoted:
        opens.setdefault(span.block, []).append(span.open)
    first_char = {i: len(blocks[i].text) - len(blocks[i].text.lstrip(_SPACES)) for i in body}
    previous_body = {b: body[k - 1] for k, b in enumerate(body) if k}
    last_speaker: dict[int, str | None] = {}
    speakers: list[str | None] = []
    for span in quoted:
        found, speaker = _speaker(
            span,
            block_text=blocks[span.block].text,
            text=by_index[span.block],
            said=said.get(span.block, ()),
            said_starts=said_starts.get(span.block, ()),
            opens=opens[span.block],
            previous=last_speaker.get(span.block),
        )
        signed = None if found else _signature(by_index[span.block], span, story)
        if signed is not None:
            found, speaker = True, signed
        if not found and span.open == first_char[span.block]:
            # a paragraph opening with an unattributed quote continues the last speaker
            speaker = last_speaker.get(previous_body.get(span.block, -1))
        if speaker is not None:
            last_speaker[span.block] = speaker
        speakers.append(speaker)
    return speakers


def find_quotes(blocks: Sequence[Block], *, language: str | None = None) -> tuple[Quote, ...]:
    """Every direct quotation of 3+ words in the body blocks, with its speaker and offsets.

    `language` (an ISO code such as "en", "fr") narrows the attribution words to that
    language; None reads English, French, German and Spanish attributions together.
    """
    body = [i for i, block in enumerate(blocks) if block.kind in _QUOTABLE_KINDS]
    spans, kept = _quote_spans(blocks, body)
    quoted: list[tuple[_Span, int, int]] = []
    for span in kept:
        text = blocks[span.block].text
        start, end = _trimmed(text, span.open + 1, len(text) if span.close is None else span.close)
        if (
            _has_words(text[start:end], _MIN_WORDS)
            and not _is_title(text[start:end])
            and not (blocks[span.block].kind in _HEADING_PRONE and _is_heading(text, span))
        ):
            quoted.append((span, start, end))
    if not quoted:
        return ()
    speakers = _speakers(blocks, body, spans, [span for span, _, _ in quoted], language)
    return tuple(
        Quote(blocks[span.block].text[start:end], speaker, span.block, start, end)
        for (span, start, end), speaker in zip(quoted, speakers, strict=True)
    )
