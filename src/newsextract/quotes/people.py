"""People: who the story names, and who a subject stands for.

Speakers are named once in full and then by surname, pronoun or role ("John Kerry ... Kerry
said ... he said ... the secretary of state said"). Before any quote is attributed, the story's
context blocks are read once for the people they mention: every capitalized run that reads as
a person's name (see `subjects`), with leading words that belong to something else trimmed
("Ukraine Kurt Volker" when the story also says "Ukraine" on its own). This gives each surname
its full names, each mention its place in the story, and some people a gender from a title
before their name ("Mrs", "Herr").

Speech verbs are then resolved in story order, keeping a short memory of who spoke last:

- a name goes to the fullest form of it in the story ("Kerry" -> "John Kerry"), a first
  name no full name ends with to the one full name it opens ("Kelly" -> "Kelly Ripa");
- a personal pronoun to the nearest fitting person named before it: the sentences before
  it, nearest first, each giving the person who last spoke in it, else the first person it
  names where a subject stands (a sentence's subject comes early; not a possessive, not
  after a preposition or an article); a sentence whose subject is itself a pronoun ("On
  Monday, he emailed Gaiman") is passed over. A person fits unless known to be of the other
  gender (from a title or an earlier pronoun). When the few sentences before name nobody
  (`QuoteSettings.antecedent_sentences`), the last person who spoke, of the pronoun's
  gender. Names of the pronoun's own sentence are what was said ("X is wrong, he said");
- "ce dernier", "the latter" to the last person named in full before it, of its gender;
- a group pronoun ("they", "it") to the last speaker, person or not;
- an elided subject to the attribution it continues, else as a pronoun of either gender
  («…», declaró: Spanish, Italian and Portuguese drop the pronoun) that may also be the
  person opening its own sentence ("X walked onto a stage and told the crowd");
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

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from newsextract.data import speech
from newsextract.data.meta_words import NAME_PARTICLES
from newsextract.data.speech import Gender
from newsextract.quotes.marks import SPACES
from newsextract.quotes.subjects import (
    Subject,
    SubjectKind,
    capitalized,
    is_role,
    joins_name,
    person_name,
    read_subject,
)
from newsextract.quotes.tokens import MaskedBlock
from newsextract.quotes.verbs import SpeechLexicon, SpeechVerb, find_speech_verbs
from newsextract.settings import QuoteSettings

#: What follows a place dateline opening a paragraph: a dash or the agency's bracket.
_DATELINE_MARKS = frozenset("-–—(")

#: Every language's finite speech verbs, in lowercase.
ANY_SPEECH_VERB = frozenset().union(*speech.SPEECH_VERBS.values())


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
        return self.text.index, self.text.starts[self.last]

    @property
    def start(self) -> int:
        return self.text.starts[self.first]

    def may_be_subject(self, lexicon: SpeechLexicon) -> bool:
        """Whether the mention may be its clause's subject, whom a later pronoun means.

        Not a possessive ("Cooke's testimony"), and not after a preposition or an article
        ("In Bab Touma", "to Julie Graham", "an Oliver Sacks kind of way", "Garvey and
        Malcolm X"): at a clause start, after a word opening a clause ("When Patrick
        walked"), or after a description ("filmmaker Charlie McDowell").
        """
        text = self.text
        if text.words[self.last].endswith(speech.POSSESSIVE_ENDINGS):
            return False
        # the word before the name: a title of the run ("Mr"), or the word before the run
        k = self.first + self.prefix
        if k == self.first and (k == 0 or not text.gap(k).isspace()):
            return True
        before = text.lowers[k - 1]
        if before in speech.CLAUSE_OPENERS:
            return True
        if before in speech.CONJUNCTIONS:
            return k - 1 == 0 or not text.gap(k - 1).isspace()  # ", and X said"
        return not (before in lexicon.function_words or before in speech.DETERMINERS)


@dataclass(frozen=True, slots=True)
class StoryPeople:
    """The people a story names: their full names and their mentions in order."""

    full_names: dict[str, tuple[str, ...]]  # last word -> full names ending with it, in order
    mentions: tuple[PersonMention, ...]
    mention_keys: tuple[tuple[int, int], ...]  # (block, position) of each mention, sorted
    genders: dict[str, Gender]  # person -> gender, from a title before the name ("Mrs")
    lexicon: SpeechLexicon  # the page language's words
    sentences: tuple[tuple[int, int], ...] = ()  # (block, start) of every sentence, in order
    texts: dict[int, MaskedBlock] = field(default_factory=dict)  # by block index
    common_nouns: frozenset[str] = frozenset()  # capitalized words printed after an article
    given_names: dict[str, str] = field(default_factory=dict)  # first word -> its one full name

    def person(self, name: str) -> str | None:
        """The fullest form of the person `name` reads, less the common nouns at its ends
        ("Liat Glück" where the story prints "das Glück"); None when nothing is left. A
        speaker's first name no full name ends with is the one full name it opens ("Kelly
        told the magazine" after "Kelly Ripa, 41, ..."). A name kept with its "’s" before
        its verb ("Moody’s added") whose bare form is a person the story names in full is
        that person: there the "’s" is "has" ("Smith’s said" after "John Smith")."""
        words = name.split()
        bare = words[-1][:-2] if words and words[-1][-2:] in speech.POSSESSIVE_ENDINGS else ""
        if bare and len(self.fullest(bare).split()) > 1:
            words[-1] = bare  # "Smith’s said" after "John Smith": "’s" is "has", no name's own
        first, last = _name_bounds(words, self.common_nouns)
        if first == last:
            return None
        kept = " ".join(words[first:last])
        full = self.fullest(kept)
        if full == kept and last - first == 1:  # a first name: the one full name it opens
            return self.given_names.get(kept.casefold(), kept)
        return full

    def sentence_of(self, block: int, position: int) -> int:
        """Index of the sentence holding `position` of block `block`."""
        return bisect_right(self.sentences, (block, position)) - 1

    def sentence_tokens(self, sentence: int, most: int) -> tuple[MaskedBlock, range]:
        """The block of a sentence and the indices of its first `most` tokens."""
        block, start = self.sentences[sentence]
        text = self.texts[block]
        end = text.sentence_end(start)
        first = bisect_left(text.starts, start)
        return text, range(first, min(bisect_left(text.starts, end, first), first + most))

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
    """Capitalized runs (first, last token index) of one block, left to right. A run goes on
    through particles ("Ursula von der Leyen"), but not from a full name to another two
    words or more: there the particles say where the person is from ("Harald Prüß von der
    Berliner Charité", "María López de la Universidad Complutense")."""
    runs: list[tuple[int, int]] = []
    resume = 0  # the token after the last run
    for k in [k for k, word in enumerate(text.words) if word[0].isupper()]:  # capitalized
        if k < resume:
            continue
        last = k
        j = k + 1
        while j < len(text.words) and joins_name(text, j):
            if capitalized(text.words[j]):
                last = j
            elif text.lowers[j] not in NAME_PARTICLES or _affiliation_at(text, k, j):
                break
            j += 1
        runs.append((k, last))
        resume = last + 1
    return runs


def _affiliation_at(text: MaskedBlock, first: int, k: int) -> bool:
    """Whether the particles at token k join two names of two capitalized words or more each:
    a person in full, then where they are from. The particles must follow the run's words
    at once (k-1 and k-2 capitalized: "Harald Prüß von der"), and two capitalized words
    follow them ("Berliner Charité"); "Luiz Inácio Lula da Silva" and "Ursula von der
    Leyen" end in one word."""
    words = text.words
    if k - first < 2 or not (capitalized(words[k - 1]) and capitalized(words[k - 2])):
        return False
    j = k
    while j < len(words) and text.lowers[j] in NAME_PARTICLES and joins_name(text, j):
        j += 1
    return (
        j + 1 < len(words)
        and joins_name(text, j)
        and joins_name(text, j + 1)
        and capitalized(words[j])
        and capitalized(words[j + 1])
    )


def _dateline(text: MaskedBlock, first: int, last: int) -> bool:
    """Whether a capitalized run is a place dateline opening its block ("NEW YORK - Giorgia
    Meloni è arrivata", "WASHINGTON (AP) —"): in capitals, then a dash or a bracket. No
    person: capitals alone do not tell ("NIGELLA LAWSON:" is a name)."""
    if first > 0 or not all(word.isupper() for word in text.words[first : last + 1]):
        return False
    after = text.gap(last + 1).strip(SPACES) if last + 1 < len(text.words) else ""
    return after[:1] in _DATELINE_MARKS


def _common_nouns(
    texts: Sequence[MaskedBlock], markers: frozenset[str], lexicon: SpeechLexicon
) -> frozenset[str]:
    """The capitalized words the story prints alone right after one of `markers` (a
    language's articles: "das Glück", "im Juli"), which are common nouns. Not a word opening
    a longer name ("im Madison Square Garden") nor one after a particle ("von der Leyen").
    A language that does not capitalize its nouns has no markers: no pass over the tokens."""
    if not markers:
        return frozenset()
    return frozenset(
        text.words[k]
        for text in texts
        for k in range(1, len(text.words))
        if text.lowers[k - 1] in markers
        and capitalized(text.words[k])
        and text.gap(k).isspace()
        and (k < 2 or text.lowers[k - 2] not in NAME_PARTICLES)
        and not _opens_clause_after_comma(text, k - 1, lexicon)
        and not (
            k + 1 < len(text.words) and capitalized(text.words[k + 1]) and joins_name(text, k + 1)
        )
    )


def _opens_clause_after_comma(text: MaskedBlock, k: int, lexicon: SpeechLexicon) -> bool:
    """Whether token k opens a clause after a comma, maybe past a preposition: there a German
    article is a relative pronoun before the clause's subject (", das Trump teilte", ",
    gegen das Baerbock ...")."""
    if "," in text.gap(k):
        return True
    return k > 0 and text.lowers[k - 1] in lexicon.prepositions and "," in text.gap(k - 1)


def _name_bounds(words: Sequence[str], nouns: frozenset[str]) -> tuple[int, int]:
    """The slice of `words` left once the common nouns opening and closing them are cut
    ("Liat Glück" -> "Liat"); empty when a common noun ends a genitive ("Feinden der
    Freiheit")."""
    first, last = 0, len(words)
    while first < last and words[first] in nouns:
        first += 1
    while last > first and words[last - 1] in nouns:
        last -= 1
    if last < len(words) and last > first and words[last - 1] in NAME_PARTICLES:
        return first, first
    return first, last


def _opens_surname(words: Sequence[str], i: int) -> bool:
    """Whether words[i:] are particles and then one word, the surname they open ("von der
    Leyen", "da Silva")."""
    j = i
    while j < len(words) and words[j] in NAME_PARTICLES:
        j += 1
    return j > i and j == len(words) - 1


def _trim_name(words: list[str], outside: frozenset[str], max_words: int) -> list[str]:
    """Drop leading words that belong to something else ("Ukraine Kurt Volker").

    Beyond the last two words of a name, a word is dropped (with all before it) when the
    story uses it on its own, as the end of another name, or in lowercase; not a particle
    opening the surname, which is always lowercase ("Ursula von der Leyen" where the story
    says "mit Hilfe von Tiktok"; "Zeit zu Kate Moss" is still cut at "zu"). At most
    `max_words` capitalized words are kept; particles do not count ("Luiz Inácio Lula da
    Silva").
    """
    cut = 0
    for i, word in enumerate(words[:-2]):
        if word.casefold() in outside and not _opens_surname(words, i):
            cut = i + 1
    while cut < len(words) - 1 and words[cut] in NAME_PARTICLES:
        cut += 1  # "Parteitag der Liberalen" less "Parteitag" is no "der Liberalen"
    name = words[cut:]
    if len(name) <= max_words:
        return name
    start, kept = len(words), 0
    while start > cut and (kept < max_words or words[start - 1].islower()):
        start -= 1
        kept += not words[start].islower()
    return words[start:]


def story_people(
    texts: Sequence[MaskedBlock],
    settings: QuoteSettings,
    lexicon: SpeechLexicon,
    language: str | None = None,
) -> StoryPeople:
    """The people the blocks name, read once before any subject is resolved.

    In a language capitalizing its nouns (`speech.NOUN_MARKERS`), a word the story prints
    after an article is cut from the ends of the names it closes or opens.
    """
    nouns = _common_nouns(
        texts, speech.NOUN_MARKERS.get((language or "")[:2], frozenset()), lexicon
    )
    lowercase = {
        lower
        for text in texts
        for lower, word in zip(text.lowers, text.words, strict=True)
        if word.islower()
    }
    raw: list[tuple[MaskedBlock, int, int]] = [
        (text, a, b)
        for text in texts
        for a, b in _capitalized_runs(text)
        if not _dateline(text, a, b)
    ]
    singles = {text.words[a].casefold() for text, a, b in raw if a == b}
    ends = {text.words[b].casefold() for text, a, b in raw if a < b}
    outside = frozenset(singles | ends | lowercase)
    full_names: dict[str, None] = {}  # an ordered set
    mentions: list[tuple[MaskedBlock, int, int, int, str]] = []
    for text, first, last in raw:
        found = person_name(text, lexicon, first, last)
        if found is None:
            continue
        found_words = found.split()
        start, end = _name_bounds(found_words, nouns)
        if start == end:
            continue
        name_last = last - (len(found_words) - end)  # the run ends with the name
        name_words = _trim_name(found_words[start:end], outside, settings.max_name_tokens)
        name = " ".join(name_words)
        if len(name_words) > 1:
            full_names.setdefault(name)
        prefix = name_last - first + 1 - len(name_words)
        mentions.append((text, first, name_last, prefix, name))
    by_last: dict[str, list[str]] = {}
    for full in full_names:
        same = by_last.setdefault(full.split()[-1].casefold(), [])
        if len(same) < settings.max_names_per_surname:
            same.append(full)
    names = {k: tuple(v) for k, v in by_last.items()}
    lookup = StoryPeople(names, (), (), {}, lexicon)
    resolved = tuple(
        PersonMention(text, first, last, prefix, lookup.fullest(name))
        for text, first, last, prefix, name in mentions
    )
    # a word printed after a title ("Mr. Trump") is a surname, no first name
    surnames = {m.name.casefold() for m in resolved if m.prefix and " " not in m.name}
    given = _given_names(full_names, surnames)
    genders: dict[str, Gender] = {}
    for mention in resolved:
        for lower in mention.text.lowers[mention.first : mention.first + mention.prefix]:
            gender = speech.TITLE_GENDERS.get(lower)
            if gender:
                genders.setdefault(mention.name, gender)
    return StoryPeople(
        names,
        resolved,
        tuple(m.where for m in resolved),
        genders,
        lexicon,
        tuple((text.index, start) for text in texts for start in text.sentence_starts),
        {text.index: text for text in texts},
        nouns,
        given,
    )


def _given_names(full_names: Iterable[str], surnames: set[str]) -> dict[str, str]:
    """First word -> the full name it opens, for the first words opening exactly one and
    never printed as a surname after a title; a run holding a speech verb ("Kaspersky
    Says", a headline's) is no full name."""
    opening: dict[str, set[str]] = {}
    for full in full_names:
        words = full.casefold().split()
        if not ANY_SPEECH_VERB.intersection(words):
            opening.setdefault(words[0], set()).add(full)
    return {
        first: next(iter(names))
        for first, names in opening.items()
        if len(names) == 1 and first not in surnames
    }


def _clause_pronoun(
    story: StoryPeople, sentence: int, gender: Gender | None, most: int
) -> int | None:
    """Where the first person pronoun opening a clause of a sentence stands (among its first
    `most` words), of a gender that fits ("On Monday, he emailed X": the sentence's subject
    is a pronoun)."""
    text, indices = story.sentence_tokens(sentence, most)
    for k in indices:
        lower = text.lowers[k]
        if (
            lower in story.lexicon.person_pronouns
            and (gender is None or story.lexicon.pronoun_genders.get(lower) in (None, gender))
            and _opens_clause(text, k)
            and not _impersonal(text, k)
        ):
            return text.starts[k]
    return None


def _introduced_unnamed(story: StoryPeople, role: str, here: int, settings: QuoteSettings) -> bool:
    """Whether one of the sentences before sentence `here` introduces `role` as someone
    unnamed ("A doctor on the scene told ...")."""
    reach = settings.max_antecedent_sentences
    for sentence in range(here, max(here - reach, -1), -1):
        text, indices = story.sentence_tokens(sentence, settings.max_sentence_tokens_read)
        if any(
            text.lowers[k] in speech.INDEFINITE_DETERMINERS
            and k + 1 < len(text.words)
            and text.lowers[k + 1] == role
            for k in indices
        ):
            return True
    return False


def _opens_clause(text: MaskedBlock, k: int) -> bool:
    """Whether token k starts a clause: the subject's place ("On Monday, he emailed X")."""
    if k == 0 or text.sentence_start(text.starts[k]) == text.starts[k]:
        return True
    before = text.lowers[k - 1]
    return (
        not text.gap(k).isspace()
        or before in speech.CONJUNCTIONS
        or before in speech.CLAUSE_OPENERS
    )


def _impersonal(text: MaskedBlock, k: int) -> bool:
    """Whether pronoun k stands for nobody: "il y a", "il faut" (French "il" is also "it")."""
    following = text.lowers[k + 1] if k + 1 < len(text.words) else ""
    return following in speech.IMPERSONAL_AFTER


def _mention_description(
    mention: PersonMention, lexicon: SpeechLexicon, settings: QuoteSettings
) -> set[str]:
    """Words describing a mention: titles in its run, words before it, its appositive."""
    text, first, last, prefix = mention.text, mention.first, mention.last, mention.prefix
    words = set(text.lowers[first : first + prefix])
    k = first
    crossed = False  # one comma may separate a role from its name ("El presidente, Pedro X")
    while k > 0 and first - k < settings.description_before:
        gap = text.gap(k).strip()
        if gap == "," and not crossed:
            crossed = True
        elif gap:
            break
        k -= 1
        words.add(text.lowers[k])
    if last + 1 < len(text.words) and text.gap(last + 1).strip() == ",":
        k = last + 1
        while k < len(text.words) and k - last <= settings.description_after:
            words.add(text.lowers[k])
            if k + 1 < len(text.words) and not text.gap(k + 1).isspace():
                break
            k += 1
    return {w.rstrip(".") for w in words if w not in lexicon.function_words}


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
    """What the story said last: people who spoke (latest last), their genders, any speaker,
    and the sentences people spoke in."""

    persons: tuple[str, ...] = ()
    genders: tuple[tuple[str, Gender], ...] = ()  # (person, gender) learnt from pronouns
    speaker: str | None = None
    spoke_in: tuple[tuple[int, str], ...] = ()  # (sentence index, person), latest last

    def after(
        self, speaker: str | None, person: bool, gender: Gender | None, sentence: int, keep: int
    ) -> RecentSpeakers:
        """The memory once `speaker` spoke in sentence `sentence` (`gender`: the one the
        pronoun that named them tells), keeping the `keep` latest people."""
        if speaker is None:
            return self
        persons = self.persons
        genders = self.genders
        spoke_in = self.spoke_in
        if person:
            persons = (*(p for p in persons if p != speaker), speaker)[-keep:]
            spoke_in = (*spoke_in, (sentence, speaker))[-keep:]
            if gender and speaker not in dict(genders):
                genders = (*genders, (speaker, gender))[-keep:]
        return RecentSpeakers(persons, genders, speaker, spoke_in)


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
    kind = subject.kind
    if kind is SubjectKind.NAME:
        person = story.person(subject.text)
        return (subject.text, False) if person is None else (person, True)
    if kind is SubjectKind.ORGANISATION:
        return subject.text, False
    if kind is SubjectKind.PERSON_PRONOUN:
        return _pronoun_antecedent(subject.text, story, recent, where, settings), True
    if kind is SubjectKind.GROUP_PRONOUN:
        return recent.speaker, False
    if kind is SubjectKind.LATTER:
        latter = _named_last(story, recent, where, speech.LATTER_PHRASES[subject.text], settings)
        return latter, latter is not None
    if kind is SubjectKind.ELIDED:
        if chained is not None:
            return chained.speaker, chained.person
        # "Romney walked onto a stage and told the crowd": the subject opens its sentence
        antecedent = _pronoun_antecedent("", story, recent, where, settings, own_sentence=True)
        return antecedent, antecedent is not None
    if kind is SubjectKind.DEFINITE_ROLE:
        head = subject.text.split()[-1].casefold()
        if recent.speaker is not None and head in recent.speaker.casefold().split():
            return recent.speaker, False  # "one legal expert said ... the expert warned"
        described = _described_person(story, subject.words, where, settings)
        if described is not None:
            return described, True
        # a bare role ("the minister said", "el técnico italiano": a role and lowercase
        # adjectives after it) is the person who spoke last, else the one just named; a
        # qualified one nobody was described as ("the Russian envoy", "the company
        # spokesman") is a new, unnamed speaker
        words = subject.text.split()
        here = story.sentence_of(*where)
        if _introduced_unnamed(story, words[0].casefold(), here, settings):
            return subject.text, False  # "A doctor on the scene told ... the doctor said"
        if is_role(words[0].casefold(), story.lexicon) and all(
            word.islower() for word in words[1:]
        ):
            person = (recent.persons[-1] if recent.persons else None) or _pronoun_antecedent(
                "", story, recent, where, settings
            )
            if person is not None:
                return person, True
    return subject.text, False


def _pronoun_antecedent(
    pronoun: str,
    story: StoryPeople,
    recent: RecentSpeakers,
    where: tuple[int, int],
    settings: QuoteSettings,
    *,
    own_sentence: bool = False,
) -> str | None:
    """The person a pronoun at `where` stands for (`pronoun` "" when none is written).

    The nearest sentence, from the pronoun's own back, that holds a fitting person gives
    it: the person who last spoke in it, else the first person it names in full where a
    subject stands (`PersonMention.may_be_subject`); in the pronoun's own sentence only
    who spoke, as the words before "…, he added" are what he said, unless `own_sentence`
    (an elided subject: "X walked in and told reporters" reads its own sentence's subject
    before the verb). A sentence whose subject
    is itself a pronoun that may stand for the same person ("On Monday, he emailed
    Gaiman") is passed over: its person is named further back. A person fits unless known
    to be of the other gender, from a title ("Ms Persson") or an earlier pronoun. When
    `settings.antecedent_sentences` sentences name nobody: the last person who spoke, of
    the pronoun's gender, else the last person named in full.
    """
    gender = story.lexicon.pronoun_genders.get(pronoun)
    learnt = dict(recent.genders)

    def fits(person: str) -> bool:
        return _fits(person, gender, story, learnt)

    here = story.sentence_of(*where)
    lowest = here - settings.max_antecedent_sentences
    spoke = {sentence: person for sentence, person in recent.spoke_in if fits(person)}
    end = bisect_left(story.mention_keys, where)
    searched = range(end - 1, max(-1, end - 1 - settings.max_mentions_searched), -1)
    index = end - 1  # the mentions are read back sentence by sentence, as far as needed
    counted = 0
    for sentence in range(here, max(lowest, -1), -1):
        if sentence in spoke:
            return spoke[sentence]
        first: PersonMention | None = None  # its first fitting subject named in full
        while index >= max(0, end - settings.max_mentions_searched) and (
            story.mention_keys[index] >= story.sentences[sentence]
        ):
            mention = story.mentions[index]
            if " " in mention.name and fits(mention.name) and mention.may_be_subject(story.lexicon):
                first = mention
            index -= 1
        if sentence == here and not own_sentence:
            first = None
        chain = (
            _clause_pronoun(story, sentence, gender, settings.max_sentence_tokens_read)
            if sentence != here
            else None
        )
        if chain is not None and (first is None or chain < first.start):
            continue  # its subject is a pronoun: the person is named further back
        if first is not None:
            return first.name
        counted += 1
        if counted >= settings.antecedent_sentences:
            break
    # no sentence near names one: the last who spoke, else the last person named in full
    spoken = next((person for person in reversed(recent.persons) if fits(person)), None)
    return spoken or next(
        (
            mention.name
            for mention in (story.mentions[index] for index in searched)
            if " " in mention.name and fits(mention.name) and mention.may_be_subject(story.lexicon)
        ),
        None,
    )


def _fits(
    person: str, gender: Gender | None, story: StoryPeople, learnt: dict[str, Gender]
) -> bool:
    """Whether a person may be meant by words of `gender`: not known to be of the other one,
    from a title ("Ms Persson") or a pronoun learnt before (`learnt`)."""
    return gender is None or (learnt.get(person) or story.genders.get(person)) in (None, gender)


def _named_last(
    story: StoryPeople,
    recent: RecentSpeakers,
    where: tuple[int, int],
    gender: Gender | None,
    settings: QuoteSettings,
) -> str | None:
    """The person named in full last before `where`, of a gender that fits: whom "ce
    dernier" (the latter) stands for."""
    learnt = dict(recent.genders)
    end = bisect_left(story.mention_keys, where)
    for index in range(end - 1, max(-1, end - 1 - settings.max_mentions_searched), -1):
        name = story.mentions[index].name
        if " " in name and _fits(name, gender, story, learnt):
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
                _mention_description(mention, story.lexicon, settings)
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
            subject = read_subject(text, verb, previous, settings, lexicon)
            start = text.starts[verb.first]
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
            said = Attribution(text.index, start, text.ends[verb.last], speaker, person)
            pronoun = (
                subject.text
                if subject is not None and subject.kind is SubjectKind.PERSON_PRONOUN
                else ""
            )
            recent = recent.after(
                speaker,
                person,
                lexicon.pronoun_genders.get(pronoun),
                story.sentence_of(text.index, start),
                settings.recent_persons,
            )
            by_block.setdefault(text.index, []).append(said)
            previous, said_previous = verb, said
    return by_block
