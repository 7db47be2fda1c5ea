"""Credits: photo credits inside captions, and the news agencies credited for the text.

Two different things share the word "credit" on a news page:

- a *photo credit* names who made a picture ("Ameer Alhalbi, AFP", "REUTERS/Kevin Lamarque");
  it belongs to its caption (`split_caption`) and never makes an agency a source of the text;
- a *credit line* names who wrote or supplied the text ("(FRANCE 24 with AFP)",
  "WASHINGTON (Reuters) -", "Associated Press contributed to this report"); `find_agencies`
  reads those, plus bylines, and reports the agencies as normalized short names.

An agency merely *mentioned* in a sentence ("said in an interview with Reuters") is neither:
agencies are only read from credit-shaped places (credit blocks, a dateline opening the first
paragraph, credit lines and a bare trailing agency at the end of the story, bylines).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsextract.data.textcues import PHOTO_CREDIT_SUFFIXES
from newsextract.model import Block, BlockKind
from newsextract.settings import DEFAULT_SETTINGS, CreditSettings
from newsextract.signals.agencies import (
    AGENCY_ALTERNATION,
    PHOTO_AGENCY_ALTERNATION,
    normalize_agency,
)
from newsextract.signals.dates import has_year
from newsextract.signals.strings import MEMO_MAX_CHARS

_AGENCY = AGENCY_ALTERNATION
_PHOTO_AGENCY = PHOTO_AGENCY_ALTERNATION
_AGENCY_RE = re.compile(rf"(?<![\w-])(?:{_AGENCY})(?![\w-])")
_ANY_AGENCY = rf"(?:{_AGENCY}|{_PHOTO_AGENCY})"
_ANY_AGENCY_RE = re.compile(rf"(?<![\w-])(?:{_ANY_AGENCY})(?![\w-])")

_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2015"
_JOIN = r"(?:\s*[/,&+]\s*|\s+(?i:and|with|et|avec|und|mit|y|con|e)\s+)"
_AGENCY_LIST = rf"(?:{_AGENCY})(?:{_JOIN}(?:{_AGENCY}))*"

# "(FRANCE 24 with AFP)", "(Reuters) -", "— AP", "AFP/Reuters", "dpa", "(dpa/AFP)."
_BARE_CREDIT_RE = re.compile(
    rf"^[{_DASH}\s]*\(?\s*(?:(?i:by|with|avec|mit|con|source|quelle|fuente)\s*:?\s*)?"
    rf"{_AGENCY_LIST}\s*\)?\s*[{_DASH}:.]?\s*$"
)
#: Credit phrases anywhere in the line, and (below) those that open it: apart, so that a
#: search tries two phrases at each position, not ten.
_CREDIT_PHRASE_RE = re.compile(
    r"(?i:"
    r"contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting)"
    r"|\bmit\s+material\s+(?:von|der)\b"
    r")"
)
_CREDIT_OPENING_RE = re.compile(
    r"(?i:"
    r"\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b"
    r"|contributing\s*:"
    r"|\(?\s*with\s+(?:wire\s+services|agencies|agency\s+reports|reporting\s+by)\b"
    r"|\(?\s*avec\s+(?:agences?|l'afp|l’afp)\b"
    r"|\(?\s*(?:mit\s+)?(?:nachrichten)?agenturen\s*\)?\s*$"
    r"|\(?\s*con\s+informaci[oó]n\s+de\b"
    r"|\(?\s*(?:agencias|agences|agencies)\s*\)?\s*\.?$"
    r"|\(?\s*(?:source|quelle|fuente|fonte|bron|kilde|källa|źródło|kaynak)\s*:"
    r")"
)
_COPYRIGHT_RE = re.compile(
    rf"^(?:©|\(c\)|(?i:copyright))\s*(?:\d{{4}}\s*)?(?i:the\s+)?(?:{_AGENCY})\b.{{0,80}}$"
)

_CREDIT_KEYWORD = (
    r"(?:photo(?:graph)?s?|pictures?|pics?|images?|credits?|photo\s+credit|image\s+credit"
    r"|fotos?|bild(?:er)?|cr[ée]dits?(?:\s+photos?)?|imagen(?:es)?|fotograf[ií]a"
    r"|illustration|video|vid[ée]o|quelle|fuente|source)"
)
# "... on Monday. Photo: John Doe/AP", "Crédit photo : AFP", "Foto: dpa"
_KEYWORD_CREDIT_RE = re.compile(
    rf"(?:^|(?<=[\s.;,(|]))(?i:{_CREDIT_KEYWORD})\s*:\s*(?P<credit>[^:]{{1,100}}?)\s*\)?\s*$"
)
# "... © Getty Images", "(c) AFP 2019", "Image copyright EPA" (an accessibility label)
_COPYRIGHT_CREDIT_RE = re.compile(
    r"(?:^|\s)(?:©|\(c\)|(?i:(?:image|photo|picture)\s+copyright)\s*:?)"
    r"\s*(?P<credit>[^©]{1,100}?)\s*$"
)
# "Image copyright EPA": an accessibility label and the credit it announces
_COPYRIGHT_LABEL_RE = re.compile(r"(?i:(?:image|photo|picture)\s+copyright)\s*:?\s+[A-Z0-9]")
# "... (NASA/JPL/Space Science Institute)", "(Photo: Reuters)", "( STEVE G/SPL)"
_PAREN_TAIL_RE = re.compile(r"\(\s*(?P<credit>[^()]{2,100}?)\s*\)\s*\.?\s*$")
# "Photo AFP", "Foto dpa/Kay Nietfeld" (a keyword and an agency, no colon)
_KEYWORD_AGENCY_RE = re.compile(rf"^(?i:{_CREDIT_KEYWORD})\s+(?:{_ANY_AGENCY})(?![\w-])")
# "Photo by John Doe", "Foto von X", "Photo de X"; the phrase matched is what the credit
# drops ("Photo by John Doe" credits "John Doe")
_BY_CREDIT_RE = re.compile(rf"^(?i:{_CREDIT_KEYWORD})\s+(?i:by|von|de|por|courtesy\s+of)\s+(?=\S)")
# "AP Photo", "Reuters Pictures": an agency and a picture word, a credit whole
_AGENCY_PHOTO_RE = re.compile(
    rf"(?:{_ANY_AGENCY})\s+(?i:photos?|pictures?|images?|fotos?)(?![\w-])"
)
# "... entering the country AP Photo/Edgar H. Clemente": an agency's slash credit ending the
# caption without a full stop before it
_AGENCY_SLASH_TAIL_RE = re.compile(
    rf"\s(?P<credit>(?<![\w-])(?:{_ANY_AGENCY})(?:\s+(?i:photos?))?\s*/\s*[^\W\d_][^/!?()]{{1,60}})$"
)
# "... and girls. (Christie's)": a capitalized name in brackets after the caption's last
# sentence; `_name_credit` checks its words
_NAME_PAREN_TAIL_RE = re.compile(r"[.!?]\s*\(\s*(?P<credit>[^()]{2,60}?)\s*\)\s*$")
# A Japanese caption's credit: "…＝13日、東京・霞ケ関で（潟沼義樹撮影）", "…（警視庁提供）", or
# an agency after an equals sign, "…（ソウルで、３日）＝ＡＰ"
_CJK_CREDIT_TAIL_RE = re.compile(
    r"[（(](?P<credit>[^（）()]{{1,40}}?)(?:{})[）)]$|＝(?P<agency>{})$".format(
        "|".join(PHOTO_CREDIT_SUFFIXES), _ANY_AGENCY
    )
)
_SLASH_RE = re.compile(r"\S ?/ ?\S")
# "Troops patrol. Photo: X" holds a sentence end, so it is caption prose plus a credit.
_INNER_SENTENCE_END_RE = re.compile(r"[^\W_]{2}[.!?]\s+\S")
_NAME_COMMA_AGENCY_RE = re.compile(rf"^[^,/|]{{2,60}},\s*(?:{_ANY_AGENCY})\s*$")
_VIA_RE = re.compile(r"(?i:\bvia\b|\bcourtesy\b|\bhandout\b|\bfor\s+the\b|\bfile\b)")
# ... also glued to the sentence ("… unterstützen.Getty Images": a caption's two <span>s)
_SENTENCE_TAIL_RE = re.compile(r"[.!?](?:\s+|(?=[^\W\d_]))(?P<tail>[^.!?]{2,100})$")
_PIPE_RE = re.compile(r"\s+[|]\s+")

# A dateline: a few words of place/date (`CreditSettings.dateline_chars` and
# `dateline_words`, checked on the match), then the agency in parentheses and a dash.
_DATELINE_RE = re.compile(
    rf"^(?P<place>[^()\n!?]*)\(\s*(?P<agencies>{_AGENCY_LIST})\s*\)\s*[{_DASH}:.]"
)
# A bare agency glued to the end of the last paragraph: "... into the US. PTI", "... — AP".
_TRAILING_AGENCY_RE = re.compile(
    rf"(?:[.!?\"”»’)]\s+|\s[{_DASH}]\s*)\(?(?P<agency>{_AGENCY})\)?\s*$"
)

_BODY_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM})
_PHOTO_WORD_RE = re.compile(r"(?i:\b(?:photo|foto|image|picture|bild|imagen)s?\b)")


def _agencies_in(text: str) -> list[str]:
    """Agencies named in a credit-shaped text, in order, by their short names."""
    names = []
    for match in _AGENCY_RE.finditer(text):
        name = normalize_agency(match.group())
        if name is not None and name not in names:
            names.append(name)
    return names


def _word_count(text: str) -> int:
    return len(text.split())


def looks_like_photo_credit(text: str, settings: CreditSettings = DEFAULT_SETTINGS.credits) -> bool:
    """Whether a short line is only a photo credit ("Photo: AFP", "AP Photo/Evan Vucci").

    Used to tell a credit line sitting under a picture from caption prose; a line this
    returns True for names who made the picture, so it never credits an agency for the text.
    """
    line = text.strip().strip("()").strip()
    if (
        not line
        or len(line) > settings.max_credit_chars
        or _word_count(line) > settings.max_credit_words
        or line.endswith(("?", "!"))
        # "Caption (Photo AFP)": a caption holding its credit; "Foto: Urs Flueeler
        # (Keystone)" opens with its keyword, a credit whole
        or ("(" in line and not _KEYWORD_CREDIT_RE.match(line))
        or _INNER_SENTENCE_END_RE.search(line)
    ):
        return False
    return bool(
        _KEYWORD_CREDIT_RE.match(line)
        or opens_with_copyright(text)
        or _COPYRIGHT_LABEL_RE.match(line)
        or _BY_CREDIT_RE.match(line)
        or _KEYWORD_AGENCY_RE.match(line)
        or _NAME_COMMA_AGENCY_RE.match(line)
        or (_SLASH_RE.search(line) and _credit_like(line, settings))
        or _ANY_AGENCY_RE.fullmatch(line)
        or _AGENCY_PHOTO_RE.fullmatch(line)
        or (_ANY_AGENCY_RE.search(line) and _VIA_RE.search(line))
    )


def names_a_photographer(text: str) -> bool:
    """Whether a line is only a photo credit and holds no year ("Foto: REUTERS/Nathan
    Howard"; a date line, "20/1/2026 18:30", has a credit's slashes): a name on the line
    above it is the person pictured, not an author."""
    return looks_like_photo_credit(text) and not has_year(text)


def names_its_source(text: str) -> bool:
    """Whether a photo credit line says it is one by more than its shape: a credit keyword
    ("Foto: REUTERS/Nathan Howard", "Bild: Christoph Soeder/dpa"), a copyright sign or an
    agency's name. A slash alone is no such word: a weather box's "27° / 11°" or "We report
    from Oslo/Paris" under an author's portrait is shaped like "AGENCY/Photographer".

    >>> names_its_source("Foto: REUTERS/Nathan Howard"), names_its_source("27° / 11°")
    (True, False)
    >>> names_its_source("(c) Nadja Wohlleben / Agentur Focus")
    True
    """
    line = text.strip().strip("()").strip()
    return bool(
        _KEYWORD_CREDIT_RE.match(line) or opens_with_copyright(text) or _ANY_AGENCY_RE.search(line)
    )


def opens_with_copyright(text: str) -> bool:
    """Whether a line opens with a copyright sign: "©" (in brackets too, "(© Jane Doe)") or
    "(c)", whose brackets belong to the sign, not around the credit ("(c) Jane Doe/laif").

    >>> opens_with_copyright("(C) Jane Doe/laif"), opens_with_copyright("(Jane Doe)")
    (True, False)
    """
    text = text.strip()
    return _opens_with_bracketed_c(text) or text.lstrip("( ").startswith("©")


def _opens_with_bracketed_c(text: str) -> bool:
    """Whether a stripped line opens with the copyright sign typed as "(c)" or "(C)"."""
    return text[:3].lower() == "(c)"


def _credit_like(fragment: str, settings: CreditSettings) -> bool:
    """Whether a caption fragment reads as a credit rather than caption prose.

    A credit is short and names an agency or photo library, carries a credit keyword, uses
    the "AGENCY/Photographer" slash form, or is a capitalized name list without a verb-like
    lowercase run.
    """
    fragment = fragment.strip()
    if (
        not fragment
        or len(fragment) > settings.max_credit_chars
        or _word_count(fragment) > settings.max_credit_words
    ):
        return False
    if _KEYWORD_CREDIT_RE.match(fragment) or opens_with_copyright(fragment):
        return True
    if _ANY_AGENCY_RE.search(fragment) or _VIA_RE.search(fragment):
        return True
    return bool(_SLASH_RE.search(fragment)) and _names_only(fragment)


def _names_only(fragment: str) -> bool:
    """Whether a credit fragment has at most one lower-case word of more than three
    letters ("imago/Marius Schwarz"): names, not a run of prose."""
    words = re.findall(r"[^\W\d_]+", fragment)
    return sum(1 for w in words if w.islower() and len(w) > 3) <= 1


def names_a_picture_owner(text: str) -> bool:
    """Whether a line is a copyright sign and the names of who owns a picture ("©
    Anett Seidler | Anett Seidler", "© ZUMA Press Wire / Imago Images"), not a site's or
    an agency's notice: those carry a year or a number ("© 2023 Reuters", "© dpa-infocom,
    dpa:230428-99-483045/5") or words of prose ("© Licencja na publikację").

    >>> names_a_picture_owner("© DPA Images | Christoph Soeder")
    True
    >>> names_a_picture_owner("© 2023 Reuters"), names_a_picture_owner("Foto: dpa")
    (False, False)
    """
    return (
        opens_with_copyright(text)
        and looks_like_photo_credit(text)
        and not any(c.isdigit() for c in text)
        and _names_only(text)
    )


def _clean_credit(credit: str) -> str:
    """Drop a leading credit keyword and the brackets around a credit (not those of a
    "(c)" sign)."""
    credit = credit.strip()
    if not _opens_with_bracketed_c(credit):
        credit = credit.strip("()").strip()
    label = _COPYRIGHT_LABEL_RE.match(credit)
    if label:
        credit = credit[label.end() - 1 :]
    match = _KEYWORD_CREDIT_RE.match(credit)
    if match:
        credit = match.group("credit")
    credit = _BY_CREDIT_RE.sub("", credit).strip(" .;,")
    return f"{credit})" if credit.count("(") > credit.count(")") else credit


def _split_pipe(text: str, settings: CreditSettings) -> tuple[str, str] | None:
    parts = _PIPE_RE.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    left, right = parts
    # "Caption. © DPA Images | Christoph Soeder": a sentence before the pipe is the caption
    # (its credit runs on past the pipe), not a credit
    if (
        _credit_like(left, settings)
        and not _credit_like(right, settings)
        and not _INNER_SENTENCE_END_RE.search(left)
    ):
        return right.strip(), _clean_credit(left)
    if _credit_like(right, settings):
        return left.strip(), _clean_credit(right)
    return None


def _split_keyword(text: str, settings: CreditSettings) -> tuple[str, str] | None:
    match = _KEYWORD_CREDIT_RE.search(text) or _COPYRIGHT_CREDIT_RE.search(text)
    if match is None or match.start() == 0:
        return None
    credit = match.group("credit")
    if _word_count(credit) > settings.max_credit_words:
        return None
    head = text[: match.start()].rstrip(" (|-\u2013\u2014")
    return head, _clean_credit(credit)


def _split_paren(text: str, settings: CreditSettings) -> tuple[str, str] | None:
    match = _PAREN_TAIL_RE.search(text)
    if match is None or match.start() == 0:
        return None
    credit = match.group("credit")
    if not (_credit_like(credit, settings) or looks_like_photo_credit(credit, settings)):
        return None
    return text[: match.start()].rstrip(), _clean_credit(credit)


def _name_credit(text: str, settings: CreditSettings) -> bool:
    """Whether bracketed words are a name: one to `max_name_credit_words` words, each led
    by a capital ("Christie's", "Edu Luque", "Dok.IGI"), none a digit, no sentence end."""
    words = text.split()
    if text.rstrip().endswith((".", "!", "?")):  # "(Sorry.)": an aside, a sentence
        return False
    return 0 < len(words) <= settings.max_name_credit_words and all(
        w[0].isupper() and not any(c.isdigit() for c in w) for w in words
    )


def _split_name_paren(text: str, settings: CreditSettings) -> tuple[str, str] | None:
    match = _NAME_PAREN_TAIL_RE.search(text)
    if match is None or not _name_credit(match.group("credit"), settings):
        return None
    return text[: match.start() + 1].rstrip(), _clean_credit(match.group("credit"))


def _split_agency_slash(text: str, settings: CreditSettings) -> tuple[str, str] | None:
    match = _AGENCY_SLASH_TAIL_RE.search(text)
    if match is None or not _name_credit(match.group("credit").split("/", 1)[1], settings):
        return None
    return text[: match.start()].rstrip(" -\u2013\u2014"), _clean_credit(match.group("credit"))


def _split_cjk_tail(text: str) -> tuple[str, str] | None:
    """A Japanese caption's credit closing it: a bracketed name and "photographed by" or
    "provided by" ("（潟沼義樹撮影）" credits 潟沼義樹), or an agency after "＝"."""
    match = _CJK_CREDIT_TAIL_RE.search(text)
    if match is None or match.start() == 0:
        return None
    return text[: match.start()], match.group("credit") or match.group("agency")


def _split_tail(text: str, settings: CreditSettings) -> tuple[str, str] | None:
    """A credit written as the last "sentence": "... 2019. REUTERS/Brendan McDermid",
    "... 2024. — Picture by Yusof Mat Isa"."""
    match = _SENTENCE_TAIL_RE.search(text)
    if match is None:
        return None
    tail = match.group("tail").strip().lstrip(_DASH).lstrip()
    if match.start("tail") == match.start() + 1 and not tail[0].isupper():
        return None  # glued to the sentence: only a capitalized credit ("…sind.Getty Images")
    credit_like = (
        _SLASH_RE.search(tail) or _credit_like(tail, settings) or _BY_CREDIT_RE.match(tail)
    )
    if not (looks_like_photo_credit(tail, settings) and credit_like):
        return None
    return text[: match.start("tail")].rstrip(), _clean_credit(tail)


def split_caption(
    text: str, settings: CreditSettings = DEFAULT_SETTINGS.credits
) -> tuple[str, str | None]:
    """Split a caption into its text and its photo credit (None when it has none).

    Handles "Credit | caption" and "caption | Credit", a trailing "(Photo: Reuters)" or
    "(NASA/JPL)", a trailing "Photo: John Doe/AP" / "Credit: X" / "Foto: dpa" /
    "Crédit photo : AFP" / "© Getty Images", and a last "sentence" that is a credit
    ("... REUTERS/Kevin Lamarque").

    Remembered (up to `MEMO_MAX_CHARS`): labelling and assembling split the same captions
    (each twice on average, at ~20 us a split); a string lxml made (which knows its element)
    as a plain copy, so that the cache keeps no page's tree alive.
    """
    text = str(text)
    if len(text) > MEMO_MAX_CHARS:
        return _split_caption(text, settings)
    return _remembered_split(text, settings)


def _split_caption(text: str, settings: CreditSettings) -> tuple[str, str | None]:
    """`split_caption`, not remembered."""
    text = " ".join(text.split())
    if not text:
        return text, None
    if looks_like_photo_credit(text, settings):
        return "", _clean_credit(text)
    split = (
        _split_pipe(text, settings)
        or _split_paren(text, settings)
        or _split_name_paren(text, settings)
        or _split_keyword(text, settings)
        or _split_tail(text, settings)
        or _split_agency_slash(text, settings)
        or _split_cjk_tail(text)
    )
    if split is None or not split[0] or not split[1]:
        return text, None
    return split


_remembered_split = lru_cache(maxsize=1024)(_split_caption)


def is_credit_line(text: str, settings: CreditSettings = DEFAULT_SETTINGS.credits) -> bool:
    """Whether a line of article text is a credit line, not prose.

    "(FRANCE 24 with AFP)", "(Reuters) -", "— AP", "Associated Press contributed to this
    report.", "mit Material von dpa", "avec AFP", "(Reporting by Will Dunham; Editing by
    Tom Brown)", "Con información de EFE", "© Reuters 2019", "Contributing: Jane Doe".
    """
    most = settings.max_line_words
    words = text.split(None, most)  # a paragraph is not split whole
    line = " ".join(words)
    if not line or len(line) > settings.max_line_chars or len(words) > most:
        return False
    return bool(
        _BARE_CREDIT_RE.match(line)
        or _CREDIT_OPENING_RE.match(line)
        or (_holds_phrase_letters(line) and _CREDIT_PHRASE_RE.search(line))
        or _COPYRIGHT_RE.match(line)
    )


def _holds_phrase_letters(line: str) -> bool:
    """Whether a line holds, in lowercase, letters every match of `_CREDIT_PHRASE_RE` holds:
    "ontr" ("contributed") or "ater" ("material"), none of them a letter that matching without
    case also reads from another ("i" from "ı", "s" from "ſ"). A line without them is out
    before the search, which, folding case, tries both phrases at every position (on
    scrapinghub 3 lines of 3,645 hold a phrase, 131 these letters)."""
    lowered = line.lower()
    return "ontr" in lowered or "ater" in lowered


def _dateline_agencies(text: str, settings: CreditSettings) -> list[str]:
    """Agencies of a dateline opening the text ("BERLIN, 12. Mai (dpa) -")."""
    match = _DATELINE_RE.match(text.lstrip())
    if match is None:
        return []
    place = match.group("place")
    if len(place) > settings.dateline_chars or _word_count(place) > settings.dateline_words:
        return []
    return _agencies_in(match.group("agencies"))


def _trailing_agency(text: str) -> list[str]:
    match = _TRAILING_AGENCY_RE.search(text)
    if match is None:
        return []
    name = normalize_agency(match.group("agency"))
    return [name] if name else []


def _credit_block_agencies(text: str, settings: CreditSettings) -> list[str]:
    """Agencies of a block the layout marked as a credit, unless it credits a photo."""
    if _PHOTO_WORD_RE.search(text) and not is_credit_line(text, settings):
        return []
    return _agencies_in(text)


def find_agencies(
    blocks: Sequence[Block],
    bylines: Sequence[str] = (),
    settings: CreditSettings = DEFAULT_SETTINGS.credits,
) -> tuple[str, ...]:
    """The agencies credited for the article text, as short names, in order of appearance.

    Sources: bylines and author strings (`bylines`), credit blocks, a dateline opening the
    first body paragraph or the standfirst (a lede set apart: "WASHINGTON (Reuters) -"),
    credit lines among the first and last body blocks, and a bare agency glued to the end
    of the last paragraph ("... PTI").
    Captions are never read: a photo credit does not credit the text.
    """
    found: list[str] = []
    for byline in bylines:
        if _word_count(byline) <= settings.max_credit_words:
            found.extend(_agencies_in(byline))
    body = [i for i, block in enumerate(blocks) if block.kind in _BODY_KINDS]
    edge = set(body[:2]) | set(body[-settings.tail_blocks :])
    last_paragraph = next(
        (i for i in reversed(body) if not is_credit_line(blocks[i].text, settings)), None
    )
    # enum members read once, not per block (docs/design.md, "Enum members")
    credit, standfirst = BlockKind.CREDIT, BlockKind.STANDFIRST
    for index, block in enumerate(blocks):
        if block.kind is credit:
            found.extend(_credit_block_agencies(block.text, settings))
        elif index in edge and is_credit_line(block.text, settings):
            found.extend(_agencies_in(block.text))
        elif block.kind is standfirst or (body and index == body[0]):
            found.extend(_dateline_agencies(block.text, settings))
        if index == last_paragraph:
            found.extend(_trailing_agency(block.text))
    return tuple(dict.fromkeys(found))
