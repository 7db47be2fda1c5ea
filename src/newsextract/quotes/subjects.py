"""Subjects: who a speech verb says spoke, read from the words around it.

The subject of a speech verb is a noun phrase on one side of it, inside its clause (the
sentence, cut at quotation marks and at the previous verb of the same sentence). Which side
depends on what comes before the verb:

- right after a quote, a comma or a colon ("…," said Ms Persson; "Morrison, Vindman's
  superior, said"), the subject is a name followed by its appositive before the verb, else
  the phrase after the verb, else the one before it;
- elsewhere ("“…,” the minister said", "X told reporters"), the phrase before it, past
  auxiliaries and adverbs ("X has also said") and past appositives and relative clauses;
  the phrase after it only when nothing is before;
- after "according to", always after it; a participle ("..., saying") takes the subject
  opening its sentence ("After the hearing, X ...").

A verb after a conjunction ("... and added"), a participle chained to a verb of the same
sentence, and a verb right after a quote with no words at all («…», añadió) have an *elided*
subject: the speaker is the one of the attribution they continue. Verbs whose next noun is a
listener ("told reporters") never read their subject after them.

The phrase found is then classified. A capitalized run is a person's name once titles, roles
and function words are cut off its front ("UN Secretary General Ban Ki-moon" -> "Ban
Ki-moon"), or an organisation when it ends in an organisation word ("Swedish Prosecution
Authority"); a lone pronoun is a person or a group; a common noun phrase is a role when its
head is a role noun ("the foreign minister"), else a plain noun phrase ("one legal expert").
The name-reading helpers here are also how the story finds the people it mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from newsextract.data import speech
from newsextract.data.meta_words import NAME_PARTICLES
from newsextract.quotes.marks import DOUBLE_MARKS, GUILLEMET_MARKS, SPACES
from newsextract.quotes.tokens import MASK, MaskedBlock
from newsextract.quotes.verbs import SpeechLexicon, SpeechVerb, VerbKind
from newsextract.settings import QuoteSettings

_CLAUSE_PUNCT = frozenset(",;:()[]—–")
_DASHES = frozenset("—–")
_PARTY_TAG_RE = re.compile(r"^[A-Z]-[A-Z][a-z]*$")  # "R-Neb", "D-Calif"
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_ELIDED_ARTICLE_RE = re.compile(r"(?:[LlDd]|[Dd]ell|[Nn]ell|[Ss]ull)['’](\w+)$")
#: German organisation compounds, also in the genitive ("Wetterdienst", "Wetterdienstes").
_ORGANISATION_ENDINGS = tuple(
    f"{suffix}{ending}" for suffix in speech.ORGANISATION_SUFFIXES for ending in ("", "s", "es")
)


class SubjectKind(Enum):
    """What the subject of a speech verb is, which decides whom it resolves to."""

    NAME = "name"
    """A person's name, in full or in part ("Sergei Lavrov", "Lavrov")."""
    ORGANISATION = "organisation"
    """A capitalized run ending in an organisation word ("Swedish Prosecution Authority")."""
    PERSON_PRONOUN = "person pronoun"
    """A personal pronoun ("he", "elle", "er"): the last person who spoke, of its gender."""
    GROUP_PRONOUN = "group pronoun"
    """A pronoun for a group or a thing ("they", "it", "ils"): the last speaker."""
    DEFINITE_ROLE = "definite role"
    """A role with a definite determiner ("the foreign minister", "his Russian
    counterpart"): someone the story described before."""
    NOUN_PHRASE = "noun phrase"
    """Any other noun phrase ("one legal expert", "a spokesman", "the report"): a speaker
    of its own, not a person of the story."""
    LATTER = "latter"
    """A phrase naming the person named last ("ce dernier", "the latter")."""
    ELIDED = "elided"
    """No subject written ("... and added", «…», añadió): the attribution it continues."""


@dataclass(frozen=True, slots=True)
class Subject:
    """The subject of a speech verb, classified."""

    kind: SubjectKind
    text: str  # as written; a pronoun in lowercase; empty when elided
    words: frozenset[str] = frozenset()  # a definite role's content words, else empty


_ELIDED = Subject(SubjectKind.ELIDED, "")
#: Subjects that name their speaker themselves; a subject read before a verb that is none of
#: these (a role, a noun phrase) gives way to a bare name in the clause part before it.
_NAMING_KINDS = (
    SubjectKind.NAME,
    SubjectKind.LATTER,
    SubjectKind.PERSON_PRONOUN,
    SubjectKind.GROUP_PRONOUN,
    SubjectKind.ORGANISATION,
)


def capitalized(word: str) -> bool:
    return word[0].isupper()


def joins_name(text: MaskedBlock, k: int) -> bool:
    """Whether token k continues the capitalized name run of token k-1 ("Sen. Ben")."""
    if k == 0:
        return False
    gap = text.gap(k)
    if gap == " " or (gap.isspace() and gap.count("\n") == 0):  # one space: most gaps
        return True
    previous = text.lowers[k - 1]
    return gap.strip() == "." and (
        previous in speech.TITLES or previous in speech.ABBREVIATIONS or len(text.words[k - 1]) == 1
    )


def _run_ending_at(text: MaskedBlock, last: int, first_allowed: int) -> int | None:
    """First token index of the capitalized run ending at token `last`, or None."""
    if not capitalized(text.words[last]):
        return None
    first = last
    k = last
    while k > first_allowed and joins_name(text, k):
        if capitalized(text.words[k - 1]):
            first = k - 1
        elif not (text.lowers[k - 1] in NAME_PARTICLES and k - 1 > first_allowed):
            break
        k -= 1
    return first


def _run_words(
    text: MaskedBlock,
    lexicon: SpeechLexicon,
    first: int,
    last: int,
    *,
    final_possessive: bool = False,
) -> list[str]:
    """The words of the run tokens[first..last], possessives and leading function words cut,
    and a leading noun with an elided article ("L’imprenditore George Lombardi").

    `final_possessive` keeps the possessive of the run's last word: a speaker's name ending
    its noun phrase has no noun after it to own ("Moody’s added", not "Moody").
    """
    run = text.words[first : last + 1]
    words = [
        _POSSESSIVE_RE.sub("", word)
        if word[-2:] in speech.POSSESSIVE_ENDINGS and not (final_possessive and i == len(run) - 1)
        else word
        for i, word in enumerate(run)
    ]
    lead = 0  # counted, then cut once: a run of 30,000 "A." would be sliced 30,000 times
    while (
        lead < len(words)
        and words[lead].lower().rstrip(".") in lexicon.function_words
        and not _name_function_word(words, lead, lexicon, text.words[first - 1] if first else "")
    ):
        lead += 1
    words = words[lead:]
    if len(words) > 1 and _is_elided_noun(words[0]):
        words = words[1:]
        while len(words) > 1 and words[0] in NAME_PARTICLES:
            words = words[1:]  # "L’elogio di Trump": no name starts "di"
    return words


def _name_function_word(
    words: Sequence[str], i: int, lexicon: SpeechLexicon, before: str = ""
) -> bool:
    """Whether words[i] is a function word that is a name's word here ("said Will Hurd",
    "Theresa May"): one of `speech.NAME_FUNCTION_WORDS`, capitalized, with a capitalized
    word of its run after it, or before it; not right after a preposition ("in May Smith",
    "In May Johnson announced"). `before` is the word before the run."""
    word = words[i]
    if word.lower() not in speech.NAME_FUNCTION_WORDS or not word[0].isupper():
        return False
    if (words[i - 1] if i > 0 else before).lower() in lexicon.prepositions:
        return False
    if i + 1 < len(words) and words[i + 1][0].isupper():
        return True
    return i > 0 and words[i - 1][0].isupper()


def _is_elided_noun(word: str) -> bool:
    """A common noun behind an elided article ("L’imprenditore"), not a name ("D'Alema")."""
    match = _ELIDED_ARTICLE_RE.match(word)
    return match is not None and match.group(1).islower()


def _names_organisation(words: Sequence[str]) -> bool:
    """Whether a run names an organisation: it ends in one's word ("Prosecution Authority"),
    or in a German compound of one ("Deutscher Wetterdienst", "des Bundesamtes")."""
    if not words:
        return False
    last = words[-1].lower()
    return last in speech.ORGANISATION_WORDS or last.endswith(_ORGANISATION_ENDINGS)


def _name_in_run(
    words: Sequence[str], text: MaskedBlock, lexicon: SpeechLexicon, first: int, last: int
) -> str | None:
    """The person's name ending the run of `words` (tokens[first..last]), if any.

    A name is what follows the last title, role or function word ("UN Secretary General Ban
    Ki-moon" -> "Ban Ki-moon"); a title word ending a name a title opens is its surname
    ("Rep. Brian King"). In "ministre de la Santé Olivier Véran" the run "Santé Olivier
    Véran" starts with the end of "de la Santé": a three-word name right after a genitive
    drops its first word.
    """
    cut = 0
    for i, word in enumerate(words):
        lower = word.lower().rstrip(".")
        if 0 < i < len(words) - 1 and lower in NAME_PARTICLES:
            continue  # a particle inside the name ("Staffan de Mistura", "Van Der Beek")
        if 0 < cut < i == len(words) - 1 and lower in speech.TITLES:
            continue  # a surname after a title's name ("Rep. Brian King", "Sen. Angus King")
        if i >= cut and _name_function_word(words, i, lexicon):
            continue  # "Will Hurd", "Theresa May"
        if (
            lower in lexicon.name_breakers
            or lower in speech.ORGANISATION_WORDS
            or is_role(lower, lexicon)
        ):
            cut = i + 1
        elif i == 0 and lower in speech.INITIAL_TITLES:
            cut = 1  # "M. Peskov": a title opening the run, not an initial
    name = words[cut:]
    while len(name) > 1 and name[0] in NAME_PARTICLES:
        name = name[1:]  # "der Franzosen" after "Coach", "der Leyen" after "von": no name
    if not name or _PARTY_TAG_RE.match(name[-1]):
        return None
    if (
        len(name) > 2
        and len(name) == last - first + 1
        and first > 0
        and text.lowers[first - 1] in speech.GENITIVES
        and text.gap(first).isspace()
    ):
        name = name[1:]
    return " ".join(name)


def person_name(text: MaskedBlock, lexicon: SpeechLexicon, first: int, last: int) -> str | None:
    """The person the capitalized run tokens[first..last] names, if it names one.

    The story reads every capitalized run through this: a string, no `Subject`, to stay cheap.
    """
    words = _run_words(text, lexicon, first, last)
    return None if _names_organisation(words) else _name_in_run(words, text, lexicon, first, last)


def run_name(
    text: MaskedBlock, lexicon: SpeechLexicon, first: int, last: int, *, before_verb: bool = False
) -> Subject | None:
    """The capitalized run tokens[first..last] as a speaker: an organisation or a person.
    Right before its verb, a possessive ending the run is the name's own ("Moody’s added")."""
    words = _run_words(text, lexicon, first, last, final_possessive=before_verb)
    if _names_organisation(words):
        return Subject(SubjectKind.ORGANISATION, " ".join(words))
    name = _name_in_run(words, text, lexicon, first, last)
    return None if name is None else Subject(SubjectKind.NAME, name)


def _is_function_word(lower: str, lexicon: SpeechLexicon) -> bool:
    """A function word, also contracted ("what's", "that's", "c'est")."""
    return lower in lexicon.function_words or (
        "'" in lower and lower.split("'", 1)[0] in lexicon.function_words
    )


def _pronoun_at(text: MaskedBlock, lexicon: SpeechLexicon, k: int) -> bool:
    """Whether token k is a pronoun, not an article of the same spelling before its noun
    (French "il" is the Italian "il ministro")."""
    lower = text.lowers[k]
    if lower not in lexicon.pronouns:
        return False
    return (
        lower not in speech.DETERMINERS
        or k + 1 >= len(text.words)
        or not text.gap(k + 1).isspace()
        or text.lowers[k + 1] in lexicon.function_words
    )


def is_role(lower: str, lexicon: SpeechLexicon) -> bool:
    """Whether a lowercase word names a role ("minister", "regierungssprecher", the page
    language's own: Norwegian "treneren")."""
    return lower in lexicon.role_nouns or lower.endswith(speech.ROLE_SUFFIXES)


def _classify(
    text: MaskedBlock, lexicon: SpeechLexicon, first: int, last: int, *, before_verb: bool = False
) -> Subject | None:
    """Classify the noun phrase tokens[first..last] as a speaker (`before_verb`: the phrase
    ends right before its speech verb)."""
    if first == last and text.lowers[first] in lexicon.pronouns:
        return _classify_pronoun(text.lowers[first], lexicon)
    latter = _latter_phrase(text, first, last)
    if latter is not None:
        return Subject(SubjectKind.LATTER, latter)
    start = first + 1 if text.lowers[first] in speech.DETERMINERS else first
    if start > last:
        return None
    run = _run_ending_at(text, last, start)
    named = run_name(text, lexicon, run, last, before_verb=before_verb) if run is not None else None
    if named is not None:
        return named
    phrase = " ".join(text.words[start : last + 1])
    content = frozenset(
        lower for lower in text.lowers[start : last + 1] if not _is_function_word(lower, lexicon)
    )
    if not any(word[0].isalpha() for word in content):
        return None
    if text.lowers[first] in speech.DEFINITE_DETERMINERS and (
        is_role(text.lowers[last], lexicon)
        or is_role(text.lowers[start], lexicon)  # "el técnico italiano"
    ):
        return Subject(SubjectKind.DEFINITE_ROLE, phrase, content)
    return Subject(SubjectKind.NOUN_PHRASE, phrase)


def _latter_phrase(text: MaskedBlock, first: int, last: int) -> str | None:
    """The phrase naming the person named last ("ce dernier") that tokens[first..last] are,
    or end with the word after its determiner ("dernier" of "Ce dernier rappelle"), in
    lowercase; else None."""
    if last - first > 1:
        return None
    if first == last and first > 0 and text.gap(first).isspace():
        # the phrase before the verb is read from its noun ("Ce dernier")
        pair = f"{text.lowers[first - 1]} {text.lowers[last]}"
        if pair in speech.LATTER_PHRASES:
            return pair
    phrase = " ".join(text.lowers[first : last + 1])
    return phrase if phrase in speech.LATTER_PHRASES else None


def _noun_phrase_before(
    text: MaskedBlock, lexicon: SpeechLexicon, lo: int, hi: int, max_tokens: int
) -> tuple[int, int] | None:
    """The noun phrase ending right before token `hi`, not reaching before token `lo`."""
    if hi <= lo:
        return None
    if text.lowers[hi - 1] in lexicon.pronouns:
        return hi - 1, hi - 1
    start = hi
    k = hi - 1
    while k >= lo and hi - k <= max_tokens:
        lower = text.lowers[k]
        if lower in speech.DETERMINERS:
            start = k
            break
        if _is_function_word(lower, lexicon) and not capitalized(text.words[k]):
            break
        if _is_function_word(lower, lexicon) and k < hi - 1 and not capitalized(text.words[k + 1]):
            break
        start = k
        if k < hi - 1 and not text.gap(k + 1).isspace() and not joins_name(text, k + 1):
            start = k + 1
            break
        k -= 1
    return (start, hi - 1) if start < hi else None


def _filled_parts(text: MaskedBlock, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clause parts (`_clause_parts`) holding at least one token."""
    return [part for part in _clause_parts(text, lo, hi) if part[0] < part[1]]


def _clause_parts(text: MaskedBlock, lo: int, hi: int) -> list[tuple[int, int]]:
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


def _is_appositive(text: MaskedBlock, part: tuple[int, int]) -> bool:
    """A clause part that describes a name rather than names a speaker ("who led...", "24")."""
    return (
        text.lowers[part[0]] in speech.RELATIVE_PRONOUNS
        or text.words[part[0]][0].isdigit()
        or bool(_PARTY_TAG_RE.match(text.words[part[1] - 1]))
    )


def _pure_name(text: MaskedBlock, lexicon: SpeechLexicon, part: tuple[int, int]) -> Subject | None:
    """The part read as a bare name ("Morrison" in "Morrison, Vindman's superior, said")."""
    first, end = part
    if text.lowers[first] in lexicon.function_words:
        return None
    run = _run_ending_at(text, end - 1, first)
    if run != first:
        return None
    subject = _classify(text, lexicon, first, end - 1)
    return subject if subject is not None and subject.kind is SubjectKind.NAME else None


def _subject_before(
    text: MaskedBlock, lexicon: SpeechLexicon, verb: SpeechVerb, lo: int, max_tokens: int
) -> Subject | None:
    hi = _skip_auxiliaries(text, lexicon, lo, verb.first)
    if hi <= lo:
        return None
    if (
        text.lowers[hi - 1] in speech.CONJUNCTIONS
        and text.words[hi - 1].islower()
        and text.gap(hi).isspace()
    ):
        return _ELIDED
    parts = _filled_parts(text, lo, hi)
    while parts and _is_appositive(text, parts[-1]):
        parts.pop()
    if not parts:
        return None
    last = parts[-1]
    phrase = _noun_phrase_before(text, lexicon, last[0], last[1], max_tokens)
    subject = (
        _classify(text, lexicon, *phrase, before_verb=_ends_at_verb(text, lexicon, verb, phrase[1]))
        if phrase
        else None
    )
    if subject is not None and phrase is not None:
        subject = _affiliated(text, lexicon, phrase[0], last[0], subject)
        if subject.kind in (SubjectKind.NAME, SubjectKind.NOUN_PHRASE):
            subject = _head_of_adverbial(
                text, lexicon, phrase, last[0], subject, max_tokens=max_tokens
            )
    if subject is not None and subject.kind in _NAMING_KINDS:
        return subject
    if len(parts) > 1:
        named = _pure_name(text, lexicon, parts[-2])
        if named is not None:
            return named
    return subject


def _ends_at_verb(text: MaskedBlock, lexicon: SpeechLexicon, verb: SpeechVerb, end: int) -> bool:
    """Whether a phrase ending at token `end` ends right before its verb, and that verb is
    no plural noun's spelling (`lexicon.plural_endings`): a possessive there owns nothing
    ("Moody’s added"), while "Carter's comments" and "Division's frequently asked" are
    possessives."""
    verb_word = text.lowers[verb.first]
    return end == verb.first - 1 and not (
        lexicon.plural_endings and verb_word.endswith(lexicon.plural_endings)
    )


def _head_of_adverbial(
    text: MaskedBlock,
    lexicon: SpeechLexicon,
    phrase: tuple[int, int],
    lo: int,
    subject: Subject,
    *,
    max_tokens: int,
) -> Subject | None:
    """The subject a noun phrase after a preposition belongs to, if any.

    A noun phrase right after a preposition is no subject: it ends an adverbial opening the
    clause ("In einem Statement sagte der 48-Jährige": None, so the subject after the verb
    is read) or qualifies the noun phrase before it, which is the subject ("Konstantin Veit
    vom Vermögensverwalter Pimco betont", "Le ministre de la Défense a affirmé": a role
    described by both; "X of the Y Office of Z": past every link). A name of two words or
    more there stays the subject after a role ("Secretary of State Mike Pompeo said",
    not "Secretary"). A particle inside a name ("Lula da Silva") is
    no preposition.
    """
    first = phrase[0]
    if is_role(text.lowers[phrase[1]], lexicon):
        return subject  # "the Ministry of Foreign Affairs spokesperson": its head ends it
    named = subject if subject.kind is SubjectKind.NAME and " " in subject.text else None
    while True:
        if text.lowers[first] not in speech.DETERMINERS and _is_preposition(
            text, lexicon, first, lo
        ):
            return named  # "Mit Blick auf die Wahl sagte ...": the clause opens on an adverbial
        if text.lowers[first] in speech.OBJECT_DETERMINERS:
            k = first  # an object ("dem Tagesspiegel"): the subject is before it
        elif (
            first > lo
            and text.gap(first).isspace()
            and _is_preposition(text, lexicon, first - 1, lo)
        ):
            k = first - 1
        else:
            return subject
        head = (
            _noun_phrase_before(text, lexicon, lo, k, max_tokens)
            if k == first or text.gap(k).isspace()
            else None
        )
        described = _classify(text, lexicon, *head) if head is not None else None
        if head is None or described is None:
            return named
        if named is not None and is_role(text.lowers[head[1]], lexicon):
            return named  # "Secretary of State Mike Pompeo", "ambassador to Britain Liu Xiaming"
        if described.kind is SubjectKind.DEFINITE_ROLE:
            tail = text.lowers[first : phrase[1] + 1]
            words = frozenset(word for word in tail if not _is_function_word(word, lexicon))
            return Subject(SubjectKind.DEFINITE_ROLE, described.text, described.words | words)
        if described.kind not in (
            SubjectKind.NAME,
            SubjectKind.NOUN_PHRASE,
            SubjectKind.ORGANISATION,
        ):
            return described
        subject, first, named = described, head[0], None


def _is_preposition(text: MaskedBlock, lexicon: SpeechLexicon, k: int, lo: int) -> bool:
    """Whether token k is a preposition, not a particle inside a name ("Lula da Silva") or
    opening one ("“…,” de Miranda writes"), nor a capitalized "De" starting one inside a
    clause."""
    lower = text.lowers[k]
    if lower not in lexicon.prepositions or not (k == lo or text.words[k].islower()):
        return False
    return not (lower in NAME_PARTICLES and (k == lo or capitalized(text.words[k - 1])))


def _affiliated(
    text: MaskedBlock, lexicon: SpeechLexicon, first: int, lo: int, subject: Subject
) -> Subject:
    """The person or organisation a subject after "of"/"vom" belongs to, if one is named.

    "Rosaly Lopes of NASA said", "Anna Schmidt vom Deutschen Wetterdienst sagte": the person
    before the link speaks; "the Bank of England said": the organisation is the whole run.
    Only a one-word name or an organisation is read so ("Friends of John Smith said" keeps
    John Smith), and only a full name or an organisation before the link takes its place.
    """
    while subject.kind is SubjectKind.ORGANISATION or (
        subject.kind is SubjectKind.NAME and " " not in subject.text
    ):
        k = first - 1
        if k > lo and text.lowers[k] in speech.DETERMINERS and text.gap(k + 1).isspace():
            k -= 1
        if k <= lo or text.lowers[k] not in speech.AFFILIATIONS or not text.gap(k).isspace():
            break
        if not text.gap(k + 1).isspace():
            break
        run = _run_ending_at(text, k - 1, lo)
        owner = run_name(text, lexicon, run, k - 1) if run is not None else None
        if run is None or owner is None:
            break
        if owner.kind is SubjectKind.NAME:
            return owner if " " in owner.text else subject
        joined = " ".join([owner.text, *text.words[k:first], subject.text])
        subject, first = Subject(SubjectKind.ORGANISATION, joined), run
    return subject


def _subject_after(
    text: MaskedBlock, lexicon: SpeechLexicon, verb: SpeechVerb, max_tokens: int
) -> Subject | None:
    first = verb.last + 1
    while (
        first < len(text.words) and text.gap(first).isspace() and _is_adverb(text, first, lexicon)
    ):
        first += 1  # "answered slowly", "stated simply before": an adverb, no subject
    if first >= len(text.words) or not text.gap(first).isspace():
        return None
    if _opens_adverbial(text, lexicon, first):
        # "a rapporté sur Facebook le porte-parole": the subject after the adverbial
        past = _past_adverbial(text, first)
        return (
            None
            if past is None
            else _subject_after(text, lexicon, replace(verb, last=past - 1), max_tokens)
        )
    end = first
    while end < len(text.words) and end - first < max_tokens:
        if end > first and not text.gap(end).isspace() and not joins_name(text, end):
            break
        lower = text.lowers[end]
        if (
            end > first
            and (lower in lexicon.function_words or lower in lexicon.prepositions)
            and not capitalized(text.words[end])
            and not (
                lower in NAME_PARTICLES
                and capitalized(text.words[end - 1])
                and lower not in speech.ARTICLE_PARTICLES
                and end + 1 < len(text.words)
                and capitalized(text.words[end + 1])
            )
        ):
            break
        end += 1
    if verb.kind is VerbKind.ACCORDING:
        end = _definite_noun_end(text, first, end, lexicon.definite_endings)
    if _pronoun_at(text, lexicon, first):
        return _classify(text, lexicon, first, first)
    subject = _classify(text, lexicon, first, end - 1)
    if subject is not None and subject.kind in _NAMING_KINDS:
        return subject
    return (
        _name_closing_part(text, lexicon, end, max_tokens)
        or _appositive_name(text, lexicon, end, max_tokens)
        or subject
    )


def _definite_noun_end(text: MaskedBlock, first: int, end: int, endings: tuple[str, ...]) -> int:
    """Where a lowercase noun phrase from token `first` (to `end` at most) ends in a language
    marking a definite noun with an ending (`endings`): at its first such noun not followed by
    the name it introduces, so the verb after it is not read into it ("enligt åklagaren visar
    på att": åklagaren; "enligt tidningen Expressen": both)."""
    for k in range(first, end):
        word = text.words[k]
        if not word.islower():
            return end
        if any(word.endswith(e) and len(word) > len(e) + 2 for e in endings) and not (
            k + 1 < end and text.words[k + 1][:1].isupper()
        ):  # "enligt tidningen Expressen": the noun names what follows it
            return k + 1
    return end


def _opens_adverbial(text: MaskedBlock, lexicon: SpeechLexicon, k: int) -> bool:
    """Whether token k, right after a speech verb, is a preposition opening an adverbial or
    an object, no subject ("ha scritto su X", "sagte am Montag", "said in a statement"): a
    lowercase preposition that is no name particle ("said de Miranda"), nor a determiner of
    another language before a lowercase noun ("dijo su portavoz", "said a spokesman"), nor
    one of the page language's `articles` ("sier en smørblid Retzius")."""
    lower = text.lowers[k]
    if (
        lower not in lexicon.prepositions
        or lower in lexicon.articles
        or not text.words[k].islower()
        or lower in NAME_PARTICLES
        or k + 1 >= len(text.words)
    ):
        return False
    return lower not in speech.DETERMINERS or capitalized(text.words[k + 1])


def _past_adverbial(text: MaskedBlock, k: int) -> int | None:
    """The token after the short adverbial that preposition k opens (a word or a name, maybe
    after an article: "sur Facebook", "am Montag"), when a definite article or a title
    opening a name follows it, opening the verb's subject ("a rapporté sur Facebook le
    porte-parole", "sagte am Dienstag Herr Merz"); else None."""
    j = k + 1
    if j < len(text.words) and text.lowers[j] in speech.DETERMINERS and text.gap(j).isspace():
        j += 1
    if j >= len(text.words) or not text.gap(j).isspace():
        return None
    while (
        j + 1 < len(text.words)
        and capitalized(text.words[j + 1])
        and joins_name(text, j + 1)
        and not _opens_titled_name(text, j + 1)
    ):
        j += 1
    j += 1
    if (
        j < len(text.words)
        and text.gap(j).isspace()
        and (text.lowers[j] in speech.DEFINITE_DETERMINERS or _opens_titled_name(text, j))
    ):
        return j
    return None


def _opens_titled_name(text: MaskedBlock, k: int) -> bool:
    """Whether token k is a title with a capitalized word after it ("Herr Merz", "President
    Biden"): a name of its own, not the end of an adverbial's name before it."""
    return (
        text.lowers[k] in speech.TITLES
        and k + 1 < len(text.words)
        and capitalized(text.words[k + 1])
        and joins_name(text, k + 1)
    )


def _name_closing_part(
    text: MaskedBlock, lexicon: SpeechLexicon, k: int, max_tokens: int
) -> Subject | None:
    """A full name ending the speaker's clause part ("según la ministra de Economía X Y,")."""
    limit = min(len(text.words), k + max_tokens)
    while k < limit and text.gap(k).isspace():
        k += 1
    if k < len(text.words) and (k == limit or not any(c in ",.;:" for c in text.gap(k))):
        return None
    run = _run_ending_at(text, k - 1, 0)
    if run is None or (run > 0 and text.lowers[run - 1] in speech.LOCATIVES):
        return None
    named = run_name(text, lexicon, run, k - 1)
    if named is None or named.kind is not SubjectKind.NAME or len(named.text.split()) < 2:
        return None
    return named


def _appositive_name(
    text: MaskedBlock, lexicon: SpeechLexicon, k: int, max_tokens: int
) -> Subject | None:
    """A name closing the next comma part ("said another witness, adviser Fiona Hill")."""
    limit = min(len(text.words), k + max_tokens)
    while k < limit and "," not in text.gap(k):
        if any(c in ".;:" for c in text.gap(k)):
            return None
        k += 1
    start = k
    limit = min(len(text.words), start + max_tokens)
    while k < limit and (k == start or text.gap(k).isspace()):
        k += 1
    if k <= start:
        return None
    run = _run_ending_at(text, k - 1, start)
    if run is None or (k < len(text.words) and text.gap(k).isspace()):
        return None
    subject = _classify(text, lexicon, run, k - 1)
    return subject if subject is not None and subject.kind is SubjectKind.NAME else None


def _clause_subject(
    text: MaskedBlock, lexicon: SpeechLexicon, lo: int, hi: int, max_tokens: int
) -> Subject | None:
    """The subject opening a sentence, past introductory phrases ("After the hearing, X")."""
    for start, end in _clause_parts(text, lo, hi):
        if _pronoun_at(text, lexicon, start):
            return _classify(text, lexicon, start, start)
        first = text.lowers[start]
        if first in lexicon.function_words and first not in speech.DETERMINERS:
            continue
        stop = start + 1
        if capitalized(text.words[start]):
            while stop < end and capitalized(text.words[stop]) and joins_name(text, stop):
                stop += 1
        else:
            while stop < min(end, start + max_tokens) and (
                text.lowers[stop] not in lexicon.function_words
            ):
                stop += 1
        return _classify(text, lexicon, start, stop - 1)
    return None


def _opening_subject(
    text: MaskedBlock, lexicon: SpeechLexicon, lo: int, hi: int, max_tokens: int
) -> Subject | None:
    """The subject opening a sentence of a verb-final language, before its verb `hi`: the
    last capitalized run among the last `max_tokens` words of the sentence's first part,
    which ends at clause punctuation or a quote ("Kuzkışla köyü muhtarı Çelebi Kurt,
    gazetecilere, “…” dedi": Çelebi Kurt; "Yılmaz Tunç gazetecilere “…” dedi": Yılmaz
    Tunç; "Kısa bir süre içerisinde ... aktaran Elban, şunları kaydetti:": Elban, not the
    opening "Kısa")."""
    end = lo + 1
    while end < hi and not any(c in _CLAUSE_PUNCT or c in MASK for c in text.gap(end)):
        end += 1
    for last in range(min(end, hi) - 1, max(lo, end - max_tokens) - 1, -1):
        if capitalized(text.words[last]):
            first = _run_ending_at(text, last, lo)
            return None if first is None else _classify(text, lexicon, first, last)
    return None


def read_subject(
    text: MaskedBlock,
    verb: SpeechVerb,
    previous: SpeechVerb | None,
    settings: QuoteSettings,
    lexicon: SpeechLexicon,
) -> Subject | None:
    """Read the subject of one speech verb from its clause.

    `previous` is the block's speech verb before this one: a verb in the same sentence ends
    the clause, and a participle after it ("X said, adding") shares its subject. `lexicon`
    is the page language's: its articles open a subject after the verb, its definite nouns
    end the source after "according to"; in a language putting its verb last (Turkish
    "X, “…” dedi."), a verb's subject opens its sentence, as a participle's does.
    """
    if verb.pronoun is not None:
        return _classify_pronoun(verb.pronoun, lexicon)
    max_tokens = settings.max_subject_tokens
    verb_start = text.starts[verb.first]
    sentence = text.sentence_start(verb_start)
    clause = max(sentence, text.barrier_before(verb_start))
    chained = previous is not None and text.starts[previous.last] >= sentence
    if chained and previous is not None:
        clause = max(clause, text.ends[previous.last])
    lo = text.first_token_at(clause)
    if verb.kind is VerbKind.ACCORDING:
        return _subject_after(text, lexicon, verb, max_tokens)
    if lexicon.verb_final and verb.kind is VerbKind.FINITE:
        start = text.first_token_at(sentence)
        return (
            _ELIDED if chained else _opening_subject(text, lexicon, start, verb.first, max_tokens)
        )
    if verb.kind is VerbKind.PARTICIPLE:
        if chained:
            return _ELIDED
        return _clause_subject(text, lexicon, text.first_token_at(sentence), verb.first, max_tokens)
    # only the end of the clause matters: is the verb right after a quote or a comma?
    leading = text.masked[max(clause, verb_start - settings.leading_chars) : verb_start].strip(
        SPACES + MASK + DOUBLE_MARKS + GUILLEMET_MARKS
    )
    non_inverting = text.lowers[verb.first] in speech.NON_INVERTING
    if (not leading or leading.endswith((",", ":"))) and not non_inverting:
        if _closing_pronoun(text, lexicon, verb.last + 1):
            return _classify(text, lexicon, verb.last + 1, verb.last + 1)  # "…, entgegnet sie:"
        parts = _filled_parts(text, lo, verb.first)
        return (
            _appositive_subject(text, lexicon, parts)
            or (_name_set_off(text, lexicon, parts) if leading.rstrip(",") else None)
            or _subject_after(text, lexicon, verb, max_tokens)
            or _subject_before(text, lexicon, verb, lo, max_tokens)
            # a verb right after a quote with no subject at all drops its pronoun
            # («…», añadió): the speaker is the one who spoke last
            or (_ELIDED if not leading.rstrip(",") else None)
        )
    subject = _appositive_subject(
        text, lexicon, _filled_parts(text, lo, _skip_auxiliaries(text, lexicon, lo, verb.first))
    )
    subject = subject or _subject_before(text, lexicon, verb, lo, max_tokens)
    if non_inverting or (
        subject is not None
        and (
            subject.kind in _NAMING_KINDS
            or not lexicon.verb_second
            or not _closes_aside(text, lo, verb.first)
        )
    ):
        return subject
    after = _subject_after(text, lexicon, verb, max_tokens)
    if subject is None or (after is not None and after.kind in _NAMING_KINDS):
        return after
    return subject


def _closes_aside(text: MaskedBlock, lo: int, k: int) -> bool:
    """Whether token k follows an aside set off by dashes in its clause (from token lo): "I
    fredags – timmarna före rysslands attacker – sa Trump". The aside is no subject; a name
    after the verb is (a language putting its verb second after an adverbial)."""
    return any(c in _DASHES for c in text.gap(k)) and any(
        any(c in _DASHES for c in text.gap(j)) for j in range(lo + 1, k)
    )


def _closing_pronoun(text: MaskedBlock, lexicon: SpeechLexicon, k: int) -> bool:
    """Whether token k, right after a verb, is a pronoun closing its clause: the verb's
    subject ("Zyniker:innen, die ..., entgegnet sie: „…“"), not the subject of what was said
    ("X, from Y, said she started")."""
    if k >= len(text.words) or not text.gap(k).isspace() or not _pronoun_at(text, lexicon, k):
        return False
    return k + 1 == len(text.words) or not text.gap(k + 1).isspace()


def _skip_auxiliaries(text: MaskedBlock, lexicon: SpeechLexicon, lo: int, hi: int) -> int:
    """Where the subject ends before a verb, past auxiliaries and adverbs ("X has also")."""
    while hi > lo and _is_adverb(text, hi - 1, lexicon):
        hi -= 1
    return hi


def _is_adverb(text: MaskedBlock, k: int, lexicon: SpeechLexicon) -> bool:
    """Whether token k is an auxiliary or an adverb that may sit next to a speech verb ("has
    also said", "answered slowly"), no part of its subject."""
    lower = text.lowers[k]
    return lower in lexicon.skippable or (
        lower.endswith(speech.ADVERB_SUFFIX) and text.words[k].islower()
    )


def _appositive_subject(
    text: MaskedBlock, lexicon: SpeechLexicon, parts: Sequence[tuple[int, int]]
) -> Subject | None:
    """The name of "Name, appositive, said" ("Morrison, Vindman's superior, said"), read
    from the clause's parts before the verb (`_filled_parts`)."""
    if len(parts) < 2 or not all(_describes(text, lexicon, part) for part in parts[1:]):
        return None
    return _pure_name(text, lexicon, parts[0])


def _name_set_off(
    text: MaskedBlock, lexicon: SpeechLexicon, parts: Sequence[tuple[int, int]]
) -> Subject | None:
    """A name set off by commas right before the verb, after words describing it ("NASA's
    deputy administrator, Lori Garver, said Ride ...": Lori Garver speaks, not Ride), read
    from the clause's parts before the verb (`_filled_parts`)."""
    return _pure_name(text, lexicon, parts[-1]) if len(parts) > 1 else None


def _describes(text: MaskedBlock, lexicon: SpeechLexicon, part: tuple[int, int]) -> bool:
    """Whether a clause part reads as an appositive: "who...", "a/the ...", "24", "R-Neb".
    A pronoun alone is the clause's subject, not an appositive ("Rather, he has continued":
    not the name "Rather")."""
    if part[1] - part[0] == 1 and _pronoun_at(text, lexicon, part[0]):
        return False
    first = text.words[part[0]]
    return (
        _is_appositive(text, part)
        or text.lowers[part[0]] in speech.DETERMINERS
        or first.islower()
        or first.endswith(speech.POSSESSIVE_ENDINGS)
    )


def _classify_pronoun(pronoun: str, lexicon: SpeechLexicon) -> Subject:
    if pronoun in lexicon.person_pronouns:
        return Subject(SubjectKind.PERSON_PRONOUN, pronoun)
    return Subject(SubjectKind.GROUP_PRONOUN, pronoun)
