"""People: who the story names, and who a subject stands for.

Speakers are named once in full and then by surname, pronoun or role ("John Kerry ... Kerry
said ... he said ... the secretary of state said"). Before any quote is attributed, the story's
context blocks are read once for the people they mention: every capitalized run that reads as
a person's name (see `subjects`), with leading words that belong to something else trimmed
("Ukraine Kurt Volker" when the story also says "Ukraine" on its own). This gives each surname
its full names, each mention its place in the story, and some people a gender from a title
before their name ("Mrs", "Herr").

Speech verbs are then resolved in story order, keeping a short memory of who spoke last:

- a name goes to the fullest form of it in the story ("Kerry" -> "John Kerry");
- a personal pronoun to the last person who spoke, skipping people of the other gender (known
  from a title or an earlier pronoun); before anyone spoke, to the last person named in
  full;
- a group pronoun ("they", "it") to the last speaker, person or not;
- an elided subject to the attribution it continues, or to the last person who spoke;
- a definite role ("the foreign minister") to the last speaker when it was named by the
  same role ("one legal expert said ... the expert warned"), else to the person named earlier
  whose description (titles in the name, the words before it, its appositive) shares most
  words with it; a bare role nobody was described as ("the minister") goes to the last
  person who spoke;
- anything else (an organisation, "one legal expert") is its own speaker, not a person.

Searches back through the story are bounded (`QuoteSettings.max_mentions_searched`,
`max_names_per_surname`) so hostile input stays linear; real stories stay far below them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from newsextract.data import speech
from newsextract.data.speech import Gender
from newsextract.quotes.subjects import (
    Subject,
    SubjectKind,
    capitalized,
    joins_name,
    person_name,
    read_subject,
)
from newsextract.quotes.tokens import MaskedBlock
from newsextract.quotes.verbs import SpeechLexicon, SpeechVerb, find_speech_verbs
from newsextract.settings import QuoteSettings


class PersonMention(NamedTuple):
    """A person named in the story: the run of words naming them, and where (a named tuple:
    stories hold thousands of mentions, made twice)."""

    text: MaskedBlock
    first: int  # token index of the run's first word (titles included)
    last: int
    prefix: int  # how many words of the run are titles and roles, not the name
    name: str

    @property
    def where(self) -> tuple[int, int]:
        return self.text.index, self.text.tokens[self.last].start


@dataclass(frozen=True, slots=True)
class StoryPeople:
    """The people a story names: their full names and their mentions in order."""

    full_names: dict[str, tuple[str, ...]]  # last word -> full names ending with it, in order
    mentions: tuple[PersonMention, ...]
    mention_keys: tuple[tuple[int, int], ...]  # (block, position) of each mention, sorted
    genders: dict[str, Gender]  # person -> gender, from a title before the name ("Mrs")

    def fullest(self, name: str) -> str:
        """The fullest form of `name` in the story ("Kerry" -> "John Kerry")."""
        words = name.casefold().split()
        best = name
        for full in self.full_names.get(words[-1], ()) if words else ():
            candidate = full.casefold().split()
            if candidate[-len(words) :] == words and len(candidate) > len(best.split()):
                best = full
        return best


def _capitalized_runs(text: MaskedBlock) -> list[tuple[int, int]]:
    """Capitalized runs (first, last token index) of one block, left to right."""
    runs: list[tuple[int, int]] = []
    tokens = text.tokens
    resume = 0  # the token after the last run
    for k in [k for k, token in enumerate(tokens) if token.text[0].isupper()]:  # capitalized
        if k < resume:
            continue
        last = k
        j = k + 1
        while j < len(tokens) and joins_name(text, j):
            if capitalized(tokens[j]):
                last = j
            elif tokens[j].lower not in speech.NAME_PARTICLES:
                break
            j += 1
        runs.append((k, last))
        resume = last + 1
    return runs


def _trim_name(words: list[str], outside: frozenset[str], max_words: int) -> list[str]:
    """Drop leading words that belong to something else ("Ukraine Kurt Volker").

    Beyond the last two words of a name, a word is dropped (with all before it) when the
    story uses it on its own, as the end of another name, or in lowercase.
    """
    cut = 0
    for i, word in enumerate(words[:-2]):
        if word.casefold() in outside:
            cut = i + 1
    return words[cut:][-max_words:]


def story_people(texts: Sequence[MaskedBlock], settings: QuoteSettings) -> StoryPeople:
    """The people the blocks name, read once before any subject is resolved."""
    lowercase = {t.lower for text in texts for t in text.tokens if t.text.islower()}
    raw: list[tuple[MaskedBlock, int, int]] = [
        (text, a, b) for text in texts for a, b in _capitalized_runs(text)
    ]
    singles = {text.tokens[a].text.casefold() for text, a, b in raw if a == b}
    ends = {text.tokens[b].text.casefold() for text, a, b in raw if a < b}
    outside = frozenset(singles | ends | lowercase)
    full_names: dict[str, None] = {}  # an ordered set
    mentions: list[PersonMention] = []
    for text, first, last in raw:
        found = person_name(text, first, last)
        if found is None:
            continue
        name_words = _trim_name(found.split(), outside, settings.max_name_tokens)
        name = " ".join(name_words)
        if len(name_words) > 1:
            full_names.setdefault(name)
        prefix = last - first + 1 - len(name_words)
        mentions.append(PersonMention(text, first, last, prefix, name))
    by_last: dict[str, list[str]] = {}
    for full in full_names:
        same = by_last.setdefault(full.split()[-1].casefold(), [])
        if len(same) < settings.max_names_per_surname:
            same.append(full)
    names = {k: tuple(v) for k, v in by_last.items()}
    lookup = StoryPeople(names, (), (), {})
    resolved = tuple(
        PersonMention(m.text, m.first, m.last, m.prefix, lookup.fullest(m.name)) for m in mentions
    )
    genders: dict[str, Gender] = {}
    for mention in resolved:
        for token in mention.text.tokens[mention.first : mention.first + mention.prefix]:
            gender = speech.TITLE_GENDERS.get(token.lower)
            if gender:
                genders.setdefault(mention.name, gender)
    return StoryPeople(names, resolved, tuple(m.where for m in resolved), genders)


def _mention_description(mention: PersonMention, settings: QuoteSettings) -> set[str]:
    """Words describing a mention: titles in its run, words before it, its appositive."""
    text, first, last, prefix = mention.text, mention.first, mention.last, mention.prefix
    tokens = text.tokens
    words = {t.lower for t in tokens[first : first + prefix]}
    k = first
    crossed = False  # one comma may separate a role from its name ("El presidente, Pedro X")
    while k > 0 and first - k < settings.description_before:
        gap = text.gap(k).strip()
        if gap == "," and not crossed:
            crossed = True
        elif gap:
            break
        k -= 1
        words.add(tokens[k].lower)
    if last + 1 < len(tokens) and text.gap(last + 1).strip() == ",":
        k = last + 1
        while k < len(tokens) and k - last <= settings.description_after:
            words.add(tokens[k].lower)
            if k + 1 < len(tokens) and not text.gap(k + 1).isspace():
                break
            k += 1
    return {w.rstrip(".") for w in words if w not in speech.FUNCTION_WORDS}


# ----------------------------------------------------------------------------- resolution
@dataclass(frozen=True, slots=True)
class Attribution:
    """A resolved attribution: who spoke at a speech verb."""

    block: int
    start: int
    end: int
    speaker: str | None
    person: bool


@dataclass(frozen=True, slots=True)
class RecentSpeakers:
    """What the story said last: people who spoke (latest last), their genders, any speaker."""

    persons: tuple[str, ...] = ()
    genders: tuple[tuple[str, Gender], ...] = ()  # (person, gender) learnt from pronouns
    speaker: str | None = None

    def gender(self, person: str, story: StoryPeople) -> Gender | None:
        known = dict(self.genders)
        return known.get(person) or story.genders.get(person)

    def after(
        self, speaker: str | None, person: bool, pronoun: str | None, keep: int
    ) -> RecentSpeakers:
        """The memory once `speaker` spoke (`pronoun`: the pronoun that named them), keeping
        the `keep` latest people."""
        if speaker is None:
            return self
        persons = self.persons
        genders = self.genders
        if person:
            persons = (*(p for p in persons if p != speaker), speaker)[-keep:]
            gender = speech.PRONOUN_GENDERS.get(pronoun or "")
            if gender and speaker not in dict(genders):
                genders = (*genders, (speaker, gender))[-keep:]
        return RecentSpeakers(persons, genders, speaker)


def _resolve_subject(
    subject: Subject | None,
    story: StoryPeople,
    recent: RecentSpeakers,
    *,
    chained: Attribution | None,
    where: tuple[int, int],
    settings: QuoteSettings,
) -> tuple[str | None, bool]:
    """(speaker, is a person) for one subject.

    `recent` holds who spoke before; `chained` the attribution of the same sentence an
    elided subject continues; `where` (block, offset) is the verb's place in the story.
    """
    if subject is None:
        return None, False
    last_person = recent.persons[-1] if recent.persons else None
    kind = subject.kind
    if kind is SubjectKind.NAME:
        return story.fullest(subject.text), True
    if kind is SubjectKind.ORGANISATION:
        return subject.text, False
    if kind is SubjectKind.PERSON_PRONOUN:
        return (
            _pronoun_antecedent(subject.text, story, recent, where, settings.max_mentions_searched),
            True,
        )
    if kind is SubjectKind.GROUP_PRONOUN:
        return recent.speaker, False
    if kind is SubjectKind.ELIDED:
        if chained is not None:
            return chained.speaker, chained.person
        return last_person, last_person is not None
    if kind is SubjectKind.DEFINITE_ROLE:
        head = subject.text.split()[-1].casefold()
        if recent.speaker is not None and head in recent.speaker.casefold().split():
            return recent.speaker, False  # "one legal expert said ... the expert warned"
        described = _described_person(story, subject.words, where, settings)
        if described is not None:
            return described, True
        # a bare role ("the minister said") is someone already in the story; a qualified
        # one nobody was described as ("the Russian envoy") is a new, unnamed speaker
        if last_person is not None and len(subject.words) == 1:
            return last_person, True
    return subject.text, False


def _pronoun_antecedent(
    pronoun: str, story: StoryPeople, recent: RecentSpeakers, where: tuple[int, int], limit: int
) -> str | None:
    """The person a pronoun stands for: the last one who spoke, skipping the other gender.

    A person's gender is known from a title ("Ms Persson") or from an earlier pronoun; before
    anyone spoke, the last person named in full stands in (of the `limit` mentions before).
    """
    gender = speech.PRONOUN_GENDERS.get(pronoun)
    for person in reversed(recent.persons):
        if gender is None or recent.gender(person, story) in (None, gender):
            return person
    end = bisect_left(story.mention_keys, where)
    for index in range(end - 1, max(-1, end - 1 - limit), -1):
        name = story.mentions[index].name
        if len(name.split()) > 1 and (
            gender is None or recent.gender(name, story) in (None, gender)
        ):
            return name
    return None


def _role_overlap(role: frozenset[str], description: set[str], min_compound_part: int) -> int:
    """Role words found in a description, also as the end of a compound ("Bundeskanzlerin")."""
    return sum(
        1
        for word in role
        if word in description
        or (len(word) >= min_compound_part and any(d.endswith(word) for d in description))
    )


def _described_person(
    story: StoryPeople, words: frozenset[str], where: tuple[int, int], settings: QuoteSettings
) -> str | None:
    """The person whose description shares most words with a role phrase; latest on ties.

    Descriptions are read only here: a role phrase ("the foreign minister") is rare, and most
    stories never need them.
    """
    described: dict[str, set[str]] = {}
    latest: dict[str, int] = {}
    end = bisect_left(story.mention_keys, where)
    for order in range(max(0, end - settings.max_mentions_searched), end):
        mention = story.mentions[order]
        if len(mention.name.split()) > 1:
            described.setdefault(mention.name, set()).update(
                _mention_description(mention, settings)
            )
            latest[mention.name] = order
    scored = [
        (_role_overlap(words, found, settings.min_compound_part), latest[name], name)
        for name, found in described.items()
    ]
    best = max(scored, default=None)
    return best[2] if best is not None and best[0] else None


def attributions(
    texts: Sequence[MaskedBlock],
    story: StoryPeople,
    lexicon: SpeechLexicon,
    settings: QuoteSettings,
) -> dict[int, list[Attribution]]:
    """Every speech verb of the story resolved to its speaker, per block, in order."""
    recent = RecentSpeakers()
    by_block: dict[int, list[Attribution]] = {}
    for text in texts:
        previous: SpeechVerb | None = None
        said_previous: Attribution | None = None
        for verb in find_speech_verbs(text, lexicon):
            subject = read_subject(text, verb, previous, settings)
            start = text.tokens[verb.first].start
            elided = subject is not None and subject.kind is SubjectKind.ELIDED
            chained = said_previous if elided else None
            if chained is not None and chained.start < text.sentence_start(start):
                chained = None
            speaker, person = _resolve_subject(
                subject,
                story,
                recent,
                chained=chained,
                where=(text.index, start),
                settings=settings,
            )
            said = Attribution(text.index, start, text.tokens[verb.last].end, speaker, person)
            pronoun = (
                subject.text
                if subject is not None and subject.kind is SubjectKind.PERSON_PRONOUN
                else None
            )
            recent = recent.after(speaker, person, pronoun, settings.recent_persons)
            by_block.setdefault(text.index, []).append(said)
            previous, said_previous = verb, said
    return by_block
