"""Speech verbs: the words that attribute a quote ("said", "a déclaré", "sagte", "según").

Each token of a masked block is looked up in the lexicon of the story's language (or of all
six when the language is unknown): `data.speech` holds the word lists, merged here into sets
so one lookup per token decides. Three shapes are found:

- a finite verb ("said", "says", "dijo"), or an auxiliary and a participle ("has said",
  "a dit", "hat gesagt"), or a French inverted verb whose subject is glued to it ("a-t-il
  dit", "estime-t-elle"); the verb's subject is read on either side of it;
- a present participle ("..., saying"), whose subject is the subject of its clause;
- "according to" and its equivalents ("selon", "laut", "secondo", "segundo", "per", and the
  German "„…“, so X"), whose speaker follows.

Verbs count in lowercase only, but for a French inverted verb, which may open a sentence
("Estime-t-il"); the participle of a compound tense ("has said") is not read again as a verb
of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from newsextract.data import speech
from newsextract.data.speech import Gender
from newsextract.quotes.marks import DOUBLE_MARKS, GUILLEMET_MARKS, SINGLE_MARKS, SPACES
from newsextract.quotes.tokens import MASK, MaskedBlock

#: What a quote ends with in a masked block: its closing mark (or its masked words).
_QUOTE_ENDS = tuple(DOUBLE_MARKS + GUILLEMET_MARKS + SINGLE_MARKS + MASK)


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    """The attribution words of one language, or of all of them."""

    verbs: frozenset[str]
    reflexive_verbs: frozenset[str]  # verbs only with "sich" just after them
    say_participles: frozenset[str]
    auxiliaries: frozenset[str]
    participles: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    according_first: frozenset[str]  # first words of `according`, to skip other words fast
    cues: frozenset[str]  # every word a verb or "according to" can start with (but hyphenated)
    articles: frozenset[str]  # the language's articles that are other languages' prepositions
    definite_endings: tuple[str, ...]  # endings of a definite noun (Nordic "-en": "polisen")
    verb_second: bool  # every language of the lexicon puts its verb second (`speech.VERB_SECOND`)
    verb_final: bool  # every language of the lexicon puts its verb last (`speech.VERB_FINAL`)
    # the words read around a verb, the six first languages' and the page language's own
    # (`speech.OWN_PERSON_PRONOUNS` and the like: "Hun" is a pronoun on a Danish page only)
    person_pronouns: frozenset[str]
    pronoun_genders: Mapping[str, Gender]  # read-only: every page of a language shares it
    pronouns: frozenset[str]  # person and group pronouns
    function_words: frozenset[str]
    prepositions: frozenset[str]
    skippable: frozenset[str]  # adverbs between a subject and its verb ("has also said")
    role_nouns: frozenset[str]  # nouns naming a person by role ("minister", "treneren")
    name_breakers: frozenset[str]  # titles, roles and function words: cut off a name's front
    plural_endings: tuple[str, ...]  # a plural noun's endings, where a possessive is "’s"


def _build_lexicon(languages: Sequence[str]) -> SpeechLexicon:
    genders = dict(speech.PRONOUN_GENDERS)
    for x in languages:
        genders.update(speech.OWN_PERSON_PRONOUNS.get(x, {}))
    person_pronouns = speech.PERSON_PRONOUNS.union(genders)
    function_words = speech.FUNCTION_WORDS.union(
        *(speech.OWN_FUNCTION_WORDS.get(x, frozenset()) for x in languages),
        *(speech.OWN_DEMONSTRATIVES.get(x, frozenset()) for x in languages),
    )
    role_nouns = speech.ROLE_NOUNS.union(
        *(speech.OWN_ROLE_NOUNS.get(x, frozenset()) for x in languages)
    )
    return SpeechLexicon(
        verbs=frozenset().union(*(speech.SPEECH_VERBS[x] for x in languages)),
        reflexive_verbs=frozenset().union(
            *(speech.REFLEXIVE_SPEECH_VERBS.get(x, frozenset()) for x in languages)
        ),
        say_participles=frozenset().union(*(speech.SAY_PARTICIPLES[x] for x in languages)),
        auxiliaries=frozenset().union(*(speech.AUXILIARIES[x] for x in languages)),
        participles=frozenset().union(*(speech.SPEECH_PARTICIPLES[x] for x in languages)),
        according=tuple(p for x in languages for p in speech.ACCORDING_TO[x]),
        according_first=frozenset(p[0] for x in languages for p in speech.ACCORDING_TO[x]),
        cues=frozenset().union(
            *(speech.SPEECH_VERBS[x] for x in languages),
            *(speech.REFLEXIVE_SPEECH_VERBS.get(x, frozenset()) for x in languages),
            *(speech.SAY_PARTICIPLES[x] for x in languages),
            *(speech.AUXILIARIES[x] for x in languages),
            (p[0] for x in languages for p in speech.ACCORDING_TO[x]),
        ),
        articles=frozenset().union(*(speech.OWN_ARTICLES.get(x, frozenset()) for x in languages)),
        definite_endings=tuple(e for x in languages for e in speech.DEFINITE_ENDINGS.get(x, ())),
        verb_second=all(x in speech.VERB_SECOND for x in languages),
        verb_final=all(x in speech.VERB_FINAL for x in languages),
        person_pronouns=person_pronouns,
        pronoun_genders=MappingProxyType(genders),
        pronouns=person_pronouns | speech.GROUP_PRONOUNS,
        function_words=function_words,
        prepositions=speech.PREPOSITIONS.union(
            *(speech.OWN_PREPOSITIONS.get(x, frozenset()) for x in languages)
        ),
        skippable=speech.SKIPPABLE_BEFORE_VERB.union(
            *(speech.OWN_SKIPPABLE.get(x, frozenset()) for x in languages)
        ),
        role_nouns=role_nouns,
        name_breakers=speech.TITLES | role_nouns | function_words,
        plural_endings=tuple(e for x in languages for e in speech.PLURAL_ENDINGS.get(x, ())),
    )


_LEXICONS = {
    language: _build_lexicon((language,))
    for language in (*speech.SPEECH_LANGUAGES, *speech.OWN_PAGE_LANGUAGES)
}
_ALL_LANGUAGES = _build_lexicon(speech.SPEECH_LANGUAGES)


def speech_lexicon(language: str | None) -> SpeechLexicon:
    """The lexicon of an ISO language code; the six first languages' words when it is not
    known (`speech.OWN_PAGE_LANGUAGES` are read on their own pages only)."""
    code = (language or "").lower()[:2]
    return _LEXICONS.get(speech.LANGUAGE_ALIASES.get(code, code), _ALL_LANGUAGES)


class VerbKind(Enum):
    """How a speech verb relates to its subject."""

    FINITE = "finite"
    """A verb with a subject of its own ("said", "has said"), read on either side of it, or
    glued to it ("a-t-il dit")."""
    PARTICIPLE = "participle"
    """A present participle (", saying"): the subject of the verb before it in its sentence,
    else the subject opening its sentence."""
    ACCORDING = "according"
    """A phrase naming its source after it ("according to", "selon", "laut"): the speaker
    follows."""


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    """A speech verb (or "according to") in a block: its tokens and its kind."""

    first: int  # token index of the first word of the verb phrase
    last: int  # token index of its last word
    kind: VerbKind
    pronoun: str | None = None  # the subject of a French inverted verb ("a-t-il dit")


def find_speech_verbs(text: MaskedBlock, lexicon: SpeechLexicon) -> list[SpeechVerb]:
    """The speech verbs of one block, in order."""
    verbs: list[SpeechVerb] = []
    words, lowers = text.words, text.lowers
    for k, lower in enumerate(lowers):
        if lower not in lexicon.cues and "-" not in lower:
            continue  # most words: no verb starts here
        following = lowers[k + 1] if k + 1 < len(lowers) else None
        phrase = _according_at(text, k, lexicon) if lower in lexicon.according_first else 0
        if phrase:
            verbs.append(SpeechVerb(k, k + phrase - 1, VerbKind.ACCORDING))
            continue
        word = words[k]
        if word != lower and not word[1:].islower():
            continue
        parts = lower.split("-")
        if len(parts) > 1 and parts[-1] in speech.INVERTED_PRONOUNS:
            if parts[0] in lexicon.auxiliaries and following in lexicon.participles:
                verbs.append(SpeechVerb(k, k + 1, VerbKind.FINITE, parts[-1]))
            elif parts[0] in lexicon.verbs:
                verbs.append(SpeechVerb(k, k, VerbKind.FINITE, parts[-1]))
            continue
        if word != lower:
            continue
        if lower in lexicon.auxiliaries and following in lexicon.participles:
            verbs.append(SpeechVerb(k, k + 1, VerbKind.FINITE))
        elif _finite_at(lowers, k, lexicon) and not (verbs and verbs[-1].last == k):
            reflexive = following in speech.REFLEXIVES_AFTER_VERB
            verbs.append(SpeechVerb(k, k + 1 if reflexive else k, VerbKind.FINITE))
        elif lower in lexicon.say_participles and not _after_determiner(text, k):
            verbs.append(SpeechVerb(k, k, VerbKind.PARTICIPLE))
    return verbs


def _after_determiner(text: MaskedBlock, k: int) -> bool:
    """Whether token k follows a determiner, which makes a participle's form a noun ("her
    warning", "a saying"), no speech verb."""
    return k > 0 and text.gap(k).isspace() and text.lowers[k - 1] in speech.DETERMINERS


def _finite_at(lowers: Sequence[str], k: int, lexicon: SpeechLexicon) -> bool:
    """Whether token k (of a block's lowercased `lowers`) is a finite speech verb: one of the
    lexicon's, or a reflexive one with its "sich" within the next two words ("erinnert sich
    X", "erinnert sie sich")."""
    lower = lowers[k]
    if lower in lexicon.verbs:
        return True
    return lower in lexicon.reflexive_verbs and any(
        word in speech.REFLEXIVES_AFTER_VERB for word in lowers[k + 1 : k + 3]
    )


def _according_at(text: MaskedBlock, k: int, lexicon: SpeechLexicon) -> int:
    """Length of an "according to" phrase starting at token k (0 if none)."""
    for phrase in lexicon.according:
        end = k + len(phrase)
        if end > len(text.words) or any(
            text.lowers[k + i] != word for i, word in enumerate(phrase)
        ):
            continue
        if len(phrase) == 1 and not _guard_holds(text, k, phrase[0]):
            continue
        return len(phrase)
    return 0


def _guard_holds(text: MaskedBlock, k: int, word: str) -> bool:
    """Whether a one-word "according to" that is also another word is one here.

    "per" only before a name ("per Feng", not "per cent"), "segundo" and "laut" only before
    a name or an article ("segundo o ministro", not "em segundo lugar"; "laut der Polizei",
    not "als Kritik laut wurde"), the German "so" only right
    after a quote and its comma ("„…“, so Müller", not "so groß").
    """
    has_following = k + 1 < len(text.words)
    if word in speech.ACCORDING_BEFORE_NAME:
        return has_following and text.words[k + 1][0].isupper()
    if word in speech.ACCORDING_BEFORE_NAME_OR_ARTICLE:
        return has_following and (
            text.words[k + 1][0].isupper() or text.lowers[k + 1] in speech.ARTICLES_AFTER_ACCORDING
        )
    if word in speech.ACCORDING_AFTER_QUOTE:
        before = text.gap(k).rstrip(SPACES)
        return before.endswith(",") and before[:-1].rstrip(SPACES).endswith(_QUOTE_ENDS)
    return True
