"""The stages of quote finding, one at a time (`newsextract.quotes.*`), on made-up sentences.

`test_quotes.py` checks what `find_quotes` returns; these tests pin down what each stage hands
the next: the spans the scanner finds, the masked words attribution reads, the kind of each
speech verb and of its subject, the people a story names, and the settings that steer them.
"""

from __future__ import annotations

import dataclasses
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsextract.model import Block, BlockKind
from newsextract.quotes import find_quotes
from newsextract.quotes import subjects as subjects_module
from newsextract.quotes.marks import (
    DOUBLE_MARKS,
    GUILLEMET_MARKS,
    SINGLE_MARKS,
    MarkFamily,
    QuotedSpan,
    quoted_words,
    scan_marks,
)
from newsextract.quotes.people import story_people
from newsextract.quotes.subjects import Subject, SubjectKind, read_subject
from newsextract.quotes.tokens import MASK, MaskedBlock, mask_block
from newsextract.quotes.verbs import VerbKind, find_speech_verbs, speech_lexicon
from newsextract.settings import DEFAULT_SETTINGS, QuoteSettings, Settings

SETTINGS = QuoteSettings()


@given(st.text(alphabet="aZİ’'-. “”\"x9\n", max_size=40))
def test_a_blocks_tokens_are_its_words_outside_quotes(text: str) -> None:
    """The parallel tuples agree: each word is the masked text between its offsets, its
    lowercase form the block's lowercase there, and no word holds a masked character."""
    block = masked(text)
    lowered = "".join(c.lower()[:1] for c in block.masked).replace("’", "'")
    assert len(block.starts) == len(block.ends) == len(block.words) == len(block.lowers)
    for start, end, word, lower in zip(
        block.starts, block.ends, block.words, block.lowers, strict=True
    ):
        assert word == block.masked[start:end] and MASK not in word
        assert lower == lowered[start:end]
    assert list(block.starts) == sorted(block.starts)


def masked(text: str, index: int = 0) -> MaskedBlock:
    return mask_block(index, text, scan_marks(text, index), SETTINGS)


def subjects(text: str, language: str | None = "en") -> list[tuple[VerbKind, Subject | None]]:
    """Each speech verb's kind and subject, as attribution reads them."""
    block = masked(text)
    lexicon = speech_lexicon(language)
    found = []
    previous = None
    for verb in find_speech_verbs(block, lexicon):
        found.append((verb.kind, read_subject(block, verb, previous, SETTINGS, lexicon)))
        previous = verb
    return found


# ----------------------------------------------------------------------------- marks
def test_every_mark_belongs_to_one_family() -> None:
    marks = [mark for family in MarkFamily for mark in family.value]
    assert len(marks) == len(set(marks))
    assert MarkFamily.DOUBLE.value == DOUBLE_MARKS
    assert MarkFamily.SINGLE.value == SINGLE_MARKS
    assert MarkFamily.GUILLEMET.value == GUILLEMET_MARKS


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("He said “we will win” today.", [(8, 20)]),
        ("»Wir werden gewinnen«, sagte er.", [(0, 20)]),
        ("He said “it’s ‘fine’ really” and left.", [(8, 27)]),  # nested and apostrophe
        ("In the ’90s, the Russians' favourite, don't you think?", []),
        ("“Unfinished quote", [(0, None)]),
    ],
)
def test_the_scanner_finds_outermost_spans(text: str, spans: list[tuple[int, int | None]]) -> None:
    assert scan_marks(text, 3) == [QuotedSpan(3, start, end) for start, end in spans]


def test_quoted_words_are_trimmed_and_scare_quotes_dropped() -> None:
    text = "She called it “a profound doubt,” then “doubt”."
    first, second = scan_marks(text, 0)
    block = Block(BlockKind.PARAGRAPH, text)
    start, end = quoted_words(block, first, SETTINGS) or (0, 0)
    assert text[start:end] == "a profound doubt"
    assert quoted_words(block, second, SETTINGS) is None


# ----------------------------------------------------------------------------- tokens
def test_attribution_never_reads_inside_quotes() -> None:
    text = "“I never said that,” she said."
    block = masked(text)
    assert len(block.masked) == len(text)  # offsets stay valid
    close = text.index("”")
    assert block.masked == "“" + MASK * (close - 1) + text[close:]
    assert list(block.words) == ["she", "said"]


def test_sentences_skip_abbreviations_and_end_after_a_quoted_full_stop() -> None:
    text = "Sen. Ben Sasse said “so it goes. Really.” Then he left."
    assert masked(text).sentence_starts == (0, text.index("Then"))


# ----------------------------------------------------------------------------- verbs
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“We will win,” he said.", VerbKind.FINITE),
        ("« Nous allons gagner », a-t-il dit.", VerbKind.FINITE),
        ("She spoke to reporters, saying: “We will win.”", VerbKind.PARTICIPLE),
        ("The talks failed, according to the prosecutors.", VerbKind.ACCORDING),
    ],
)
def test_speech_verb_kinds(text: str, kind: VerbKind) -> None:
    assert [verb.kind for verb in find_speech_verbs(masked(text), speech_lexicon(None))] == [kind]


def test_per_cent_is_not_according_to() -> None:
    assert find_speech_verbs(masked("Prices rose 5 per cent."), speech_lexicon("en")) == []


def test_a_french_inverted_verb_carries_its_pronoun() -> None:
    (verb,) = find_speech_verbs(masked("« Nous allons gagner », a-t-il dit."), speech_lexicon("fr"))
    assert verb.pronoun == "il"


# ----------------------------------------------------------------------------- subjects
@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("“We will win this fight,” said Jane Doe.", SubjectKind.NAME, "Jane Doe"),
        ("Morrison, Vindman's superior, said he was worried.", SubjectKind.NAME, "Morrison"),
        ("“We will win,” he said.", SubjectKind.PERSON_PRONOUN, "he"),
        ("“We will win,” they said.", SubjectKind.GROUP_PRONOUN, "they"),
        (
            "“We will win,” the foreign minister said.",
            SubjectKind.DEFINITE_ROLE,
            "foreign minister",
        ),
        ("“We will win,” a spokesman said.", SubjectKind.NOUN_PHRASE, "spokesman"),
        (
            "It failed, according to the Swedish Prosecution Authority.",
            SubjectKind.ORGANISATION,
            "Swedish Prosecution Authority",
        ),
    ],
)
def test_subject_kinds(text: str, kind: SubjectKind, words: str) -> None:
    [(_, subject)] = subjects(text)
    assert subject is not None
    assert (subject.kind, subject.text) == (kind, words)


def test_only_a_definite_role_keeps_words_to_match_a_description() -> None:
    [(_, role)] = subjects("“We will win,” the foreign minister said.")
    [(_, phrase)] = subjects("“We will win,” a spokesman said.")
    assert role is not None and role.words == {"foreign", "minister"}
    assert phrase is not None and phrase.words == frozenset()


def test_a_verb_after_a_conjunction_has_an_elided_subject() -> None:
    said, added = subjects("Jane Doe said the talks failed and added: “We will win.”")
    assert said[1] == Subject(SubjectKind.NAME, "Jane Doe")
    assert added[1] == Subject(SubjectKind.ELIDED, "")


def test_a_name_set_off_before_the_verb_splits_its_clause_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Describing words, Name, said": the appositive reading fails, the name set off by
    # commas speaks; both readings take the same clause parts, split once (round-36 review:
    # they were split twice)
    calls: list[tuple[int, int]] = []

    def counted(text: MaskedBlock, lo: int, hi: int) -> list[tuple[int, int]]:
        calls.append((lo, hi))
        return clause_parts(text, lo, hi)

    clause_parts = subjects_module._clause_parts
    monkeypatch.setattr(subjects_module, "_clause_parts", counted)
    [(_, subject)] = subjects("NASA's deputy administrator, Lori Garver, said Ride was brave.")
    assert subject == Subject(SubjectKind.NAME, "Lori Garver")
    assert len(calls) == 1


# ----------------------------------------------------------------------------- people
def test_the_story_knows_full_names_and_genders_from_titles() -> None:
    texts = [
        masked("Mrs Jane Smith met John Kerry.", 0),
        masked("Kerry and Smith spoke for an hour.", 1),
    ]
    story = story_people(texts, SETTINGS, speech_lexicon("en"))
    assert story.fullest("Kerry") == "John Kerry"
    assert story.fullest("Smith") == "Jane Smith"
    assert story.genders == {"Jane Smith": "f"}
    assert [m.name for m in story.mentions] == [
        "Jane Smith",
        "John Kerry",
        "John Kerry",
        "Jane Smith",
    ]


def test_a_german_story_cuts_its_common_nouns_from_names() -> None:
    # after Der Standard and Stern (fundus-dev): "Freiheit" and "Richtung" are printed after
    # an article, so they close no name; a name after "im" or "der" stays whole
    texts = [
        masked("Die Freiheit gilt auch Feinden der Freiheit, sagt Falk Schnabel.", 0),
        masked("Die Wolke zieht Richtung Norden. In der Richtung liegt Hennigsdorf.", 1),
        masked("Donald Trump sprach im Madison Square Garden mit Ursula von der Leyen.", 2),
    ]
    story = story_people(texts, SETTINGS, speech_lexicon("de"), "de")
    assert [m.name for m in story.mentions] == [
        "Falk Schnabel",
        "Norden",
        "Hennigsdorf",
        "Donald Trump",
        "Madison Square Garden",
        "Ursula von der Leyen",  # the particles open the surname (round 38)
    ]
    assert story.person("Liat Richtung") == "Liat"
    assert story.person("Richtung") is None


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        # round 37, speakers4: the languages that write the article as an ending
        (
            "sv",
            "En konversation som enligt åklagaren visar på att ”de har förolämpat oss”.",
            "åklagaren",
        ),
        ("da", "En samtale, som ifølge politiet viser, at »de har fornærmet os«.", "politiet"),
        ("no", "En samtale som ifølge politiet viser at «de har fornærmet oss».", "politiet"),
        ("sv", "”Det var grovt”, enligt svensk polis i Malmö.", "svensk polis"),
    ],
)
def test_according_to_ends_at_a_definite_noun(language: str, text: str, subject: str) -> None:
    """In "enligt åklagaren visar" the noun with its article ending is the source, the verb
    after it no part of it; a phrase with no such noun runs on as before."""
    assert subjects(text, language) == [
        (VerbKind.ACCORDING, Subject(SubjectKind.NOUN_PHRASE, subject))
    ]


def test_an_article_of_the_page_language_opens_the_subject() -> None:
    """Norwegian "en" is an article ("sier en smørblid Retzius"); French "en" stays a
    preposition opening an adverbial ("a déclaré en souriant": no subject after it)."""
    assert subjects("«Det er ikke over», sier en smørblid Retzius til NRK.", "no") == [
        (VerbKind.FINITE, Subject(SubjectKind.NAME, "Retzius"))
    ]
    assert subjects("«Nous resterons», a déclaré en souriant Marie Dupont.", "fr") == [
        (VerbKind.FINITE, Subject(SubjectKind.ELIDED, ""))
    ]


# ----------------------------------------------------------------------------- settings
def test_find_quotes_runs_with_the_default_settings() -> None:
    assert Settings().quotes == DEFAULT_SETTINGS.quotes == QuoteSettings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_SETTINGS.quotes.min_words = 2  # type: ignore[misc]


def test_settings_reach_the_stages() -> None:
    blocks = [Block(BlockKind.PARAGRAPH, "“Never again,” said Jane Doe.")]
    assert find_quotes(blocks) == ()
    two_words = dataclasses.replace(SETTINGS, min_words=2)
    [quote] = find_quotes(blocks, settings=two_words)
    assert (quote.text, quote.speaker) == ("Never again", "Jane Doe")


def test_the_words_of_a_language_read_on_its_own_pages_only() -> None:
    # round 38: "hun" is a Danish pronoun, a name's word elsewhere ("said Hun Sen"); "med"
    # a Danish function word, a given name elsewhere ("Med Hondo")
    danish, english, unknown = speech_lexicon("da"), speech_lexicon("en"), speech_lexicon(None)
    assert "hun" in danish.person_pronouns and danish.pronoun_genders["hun"] == "f"
    assert "hun" not in english.person_pronouns and "hun" not in unknown.person_pronouns
    assert "med" in danish.function_words and "med" not in english.function_words
    assert "til" in speech_lexicon("nb").prepositions and "til" not in unknown.prepositions
    assert "treneren" in speech_lexicon("no").role_nouns and "treneren" not in english.role_nouns
    # the six first languages' words are read on every page
    assert {"he", "she"} <= danish.person_pronouns and "the" in danish.function_words


def test_a_shared_lexicon_is_read_only() -> None:
    # every page of a language reads the same lexicon: a caller writing into its genders
    # would change the speakers of every later page (round 38 review)
    genders = speech_lexicon("da").pronoun_genders
    with pytest.raises(TypeError):
        typing.cast(dict[str, str], genders)["hun"] = "m"
    assert speech_lexicon("da").pronoun_genders["hun"] == "f"
