"""Direct quotes and their speakers (`newsextract.quotes.find_quotes`).

Most tests run on made-up blocks, one behaviour each; the fixture tests run on the seed and
on real article bodies (tests/fixtures/quotes/*.json: paragraphs of scrapinghub benchmark
pages with the quotes and speakers of the hand-made structure gold).
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.model import Block, BlockKind, Quote
from newsextract.quotes import find_quotes

QUOTE_FIXTURES = sorted((Path(__file__).parent / "fixtures" / "quotes").glob("*.json"))


def paragraphs(*texts: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text) for text in texts]


def pairs(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes]


def words(text: str | None) -> set[str]:
    """Casefolded words, as the structure scorer compares them."""
    normalized = unicodedata.normalize("NFKC", text or "").casefold()
    return set(re.sub(r"[^\w\s]", " ", normalized.replace("’", "'")).split())


# ----------------------------------------------------------------------------- quote styles
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“We will win this fight,” he said.", "We will win this fight"),
        ('"We will win this fight," he said.', "We will win this fight"),
        ("”We will win this fight”, he said.", "We will win this fight"),
        ("« Nous allons gagner ce combat », a-t-il dit.", "Nous allons gagner ce combat"),
        ("«Vamos a ganar esta pelea», dijo.", "Vamos a ganar esta pelea"),
        ("„Wir werden diesen Kampf gewinnen“, sagte er.", "Wir werden diesen Kampf gewinnen"),
        ("»Wir werden diesen Kampf gewinnen«, sagte er.", "Wir werden diesen Kampf gewinnen"),
        ("‘We will win this fight,’ he said.", "We will win this fight"),
        ("'We will win this fight,' he said.", "We will win this fight"),
        ('“We will win this fight," he said.', "We will win this fight"),
        ("He said: “We will win this fight.”", "We will win this fight."),
    ],
)
def test_every_common_quotation_style(text: str, quoted: str) -> None:
    assert [q.text for q in find_quotes(paragraphs(text))] == [quoted]


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    text = "“I heard him ask, ‘So he’s going to do it?’ and I left,” Holmes testified."
    assert pairs(find_quotes(paragraphs(text))) == [
        ("I heard him ask, ‘So he’s going to do it?’ and I left", "Holmes")
    ]


def test_apostrophes_never_open_or_close_a_quote() -> None:
    text = "Rock 'n' roll in the '90s was the Russians' favourite, don't you think?"
    assert find_quotes(paragraphs(text)) == ()


def test_scare_quotes_of_one_or_two_words_are_not_quotes() -> None:
    text = 'Kerry said it raised "profound doubt" about the "ceasefire".'
    assert find_quotes(paragraphs(text)) == ()


def test_headings_captions_and_credits_are_not_searched() -> None:
    blocks = [
        Block(BlockKind.SUBHEAD, "Lavrov: 'We need to refrain from emotional reactions'"),
        Block(BlockKind.CAPTION, "A man holds a sign reading 'we want peace now' in Aleppo"),
        Block(BlockKind.STANDFIRST, '"We are at a make or break moment," Ban said.'),
    ]
    assert find_quotes(blocks) == ()


@pytest.mark.parametrize(
    "heading",
    [
        '"My fears have been realized"',
        '3. "Not some irregular channel"',
        'Tim Morrison on "the Gordon problem"',
    ],
)
def test_quoted_headings_left_as_paragraphs_are_not_quotes(heading: str) -> None:
    blocks = paragraphs("Intro.", heading, '"My fears have been realized," he said.')
    assert [q.block for q in find_quotes(blocks)] == [2]


def test_offsets_point_at_the_quoted_words() -> None:
    blocks = [
        Block(BlockKind.SUBHEAD, "Heading"),
        *paragraphs("Intro.", "« Nous sommes là pour rester », a déclaré le maire."),
    ]
    (quote,) = find_quotes(blocks)
    assert quote.block == 2
    assert blocks[quote.block].text[quote.start : quote.end] == quote.text


# ----------------------------------------------------------------------------- splitting
def test_a_quote_split_by_its_attribution_is_two_entries() -> None:
    text = '"Forty-five years of practicing law," he said, "has convinced me of it."'
    blocks = paragraphs("Jack Scarola, who represents the accusers, said he was pleased.", text)
    assert pairs(find_quotes(blocks)) == [
        ("Forty-five years of practicing law", "Jack Scarola"),
        ("has convinced me of it.", "Jack Scarola"),
    ]


def test_partial_quotes_inside_a_sentence() -> None:
    text = (
        'Kerry said he felt like the Russians were "sort of in a parallel universe" while the '
        'Russian foreign minister said it was time to "refrain from emotional reactions".'
    )
    blocks = paragraphs(
        "US Secretary of State John Kerry met his Russian counterpart Sergei Lavrov.", text
    )
    assert pairs(find_quotes(blocks)) == [
        ("sort of in a parallel universe", "John Kerry"),
        ("refrain from emotional reactions", "Sergei Lavrov"),
    ]


def test_a_quote_running_over_paragraphs_is_one_entry_per_paragraph() -> None:
    blocks = paragraphs(
        'Ms Persson said: "I would like to emphasise that the account is credible.',
        '"Her statements have been coherent, extensive and detailed."',
        "Prosecutors then left the room.",
    )
    assert pairs(find_quotes(blocks)) == [
        ("I would like to emphasise that the account is credible.", "Persson"),
        ("Her statements have been coherent, extensive and detailed.", "Persson"),
    ]


def test_an_unclosed_quote_not_continued_is_dropped() -> None:
    blocks = paragraphs('He called it "a very long day for all of us', "Then he left the room.")
    assert find_quotes(blocks) == ()


# ----------------------------------------------------------------------------- speakers (en)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Organics are very important," said planetary geologist Rosaly Lopes of NASA.',
            "Rosaly Lopes",
        ),
        ('"It will be really exciting to see," Lopes said.', "Lopes"),
        ('"We had hoped for more than this," Figgins, his lawyer, said.', "Figgins"),
        (
            '"Duty to ensure the safety," Geoffrey Berman, the U.S. attorney for the Southern '
            "District of New York, said in a news release.",
            "Geoffrey Berman",
        ),
        ('Sen. Ben Sasse, R-Neb., called his death "a crisis of public trust".', "Ben Sasse"),
        ('"Heads needed to roll that day," Thomas allegedly told a supervisor.', "Thomas"),
        (
            'The virus "vastly improved its detection methods," writes the Associated Press.',
            "Associated Press",
        ),
        ('"Don\'t hide things like this," one Weibo commenter said, per Feng.', "Weibo commenter"),
        (
            'A judge ruled that he should stay in jail because of his "history of absconding".',
            "judge",
        ),
        ('Malaska asked, "Could it live in Titan deep in the crust?"', "Malaska"),
        ('"Could it live in Titan deep in the crust?" Schiff asked.', "Schiff"),
        (
            'The situation is "very tense right now", according to the UN envoy Staffan de '
            "Mistura.",
            "Staffan de Mistura",
        ),
        (
            '"The evidence has weakened considerably", the Swedish Prosecution Authority said.',
            "Swedish Prosecution Authority",
        ),
        (
            'Sondland was known for telling others "he was in charge of Ukraine" despite being '
            "the envoy in Brussels, said another witness, former adviser Fiona Hill.",
            "Fiona Hill",
        ),
    ],
)
def test_english_attribution_patterns(text: str, speaker: str) -> None:
    (quote,) = find_quotes(paragraphs(text), language="en")
    assert quote.speaker == speaker


def test_pronouns_resolve_to_the_last_person_who_spoke() -> None:
    blocks = paragraphs(
        "Addressing the council, Kerry said the bombing raised doubts.",
        '"We must move forward to ground all aircraft," he said.',
        '"It will be difficult for everybody," the Russian envoy said.',
        '"We will see what people are willing to do," he added.',
    )
    assert [q.speaker for q in find_quotes(blocks)] == ["Kerry", "Russian envoy", "Kerry"]


def test_a_pull_quote_signed_after_a_dash() -> None:
    blocks = [
        *paragraphs("Senator Jane Doe spoke on Monday."),
        Block(BlockKind.QUOTE, "“We will win this fight together.” — Doe"),
        *paragraphs('Kerry said "we will be there soon" - Moscow disagreed.'),
    ]
    assert [q.speaker for q in find_quotes(blocks)] == ["Jane Doe", "Kerry"]


def test_pronouns_skip_people_of_the_other_gender() -> None:
    blocks = paragraphs(
        "Actress Mary Steenburgen said the song came quickly.",
        '"It grabbed me by the heart," director Tom Harper said. "He felt it," he said.',
        '"I was back at it by the next morning," she said.',
    )
    assert [q.speaker for q in find_quotes(blocks)][-1] == "Mary Steenburgen"


def test_a_bare_role_noun_is_the_last_person_who_spoke() -> None:
    blocks = paragraphs(
        "Lavrov said the ceasefire had failed.",
        '"We need to refrain from emotional reactions," the minister said.',
    )
    assert [q.speaker for q in find_quotes(blocks)] == ["Lavrov"]


def test_role_nouns_resolve_to_the_person_they_described() -> None:
    blocks = paragraphs(
        "US Secretary of State John Kerry and his Russian counterpart Sergei Lavrov met.",
        "Kerry said the talks were hard.",
        '"We need to refrain from emotional reactions," the Russian foreign minister said.',
    )
    (quote,) = find_quotes(blocks)
    assert quote.speaker == "Sergei Lavrov"


def test_speakers_get_the_fullest_name_of_the_story() -> None:
    blocks = paragraphs(
        "Attorney General William Barr put Kathleen Hawk Sawyer in charge.",
        '"We do not want those people in our prisons," Hawk Sawyer said.',
    )
    (quote,) = find_quotes(blocks)
    assert quote.speaker == "Kathleen Hawk Sawyer"


def test_organisation_pronoun_resolves_to_the_organisation() -> None:
    blocks = paragraphs(
        'The move was to "discontinue the investigation regarding him", the Swedish '
        "Prosecution Authority said.",
        '"The reason for this decision is that evidence has weakened," it added.',
    )
    assert [q.speaker for q in find_quotes(blocks)] == ["Swedish Prosecution Authority"] * 2


def test_a_quote_paragraph_without_attribution_continues_the_last_speaker() -> None:
    blocks = paragraphs(
        '"We worked on adjusting the architecture," comments Robin Biesbroek of the CDF.',
        '"We looked at how an astronaut team could be put into hibernation."',
    )
    assert [q.speaker for q in find_quotes(blocks)] == ["Robin Biesbroek"] * 2


def test_an_unattributed_quoted_phrase_has_no_speaker() -> None:
    blocks = paragraphs(
        '"We worked on it for years," comments Robin Biesbroek of the CDF.',
        'The craft would rely on artificial intelligence and "fault detection, isolation '
        'and recovery" to keep running.',
    )
    assert [q.speaker for q in find_quotes(blocks)] == ["Robin Biesbroek", None]


# ----------------------------------------------------------------------------- fr, de, es
FRENCH = paragraphs(
    "Le président Emmanuel Macron s'est exprimé lundi à Paris.",
    "« Nous sommes en guerre contre un ennemi invisible », a déclaré Emmanuel Macron.",
    "« Il faut rester chez soi pour protéger nos proches », a-t-il ajouté.",
    "Selon le Premier ministre Édouard Philippe, « la situation reste très préoccupante ».",
    "Le ministre de la Santé Olivier Véran a affirmé que « les hôpitaux sont prêts ».",
    "« Nous ferons tout notre possible », explique le ministre.",
)
GERMAN = paragraphs(
    "Bundeskanzlerin Angela Merkel hat am Montag in Berlin gesprochen.",
    "„Wir schaffen das, davon bin ich überzeugt“, sagte Merkel.",
    "„Die Lage ist ernst, nehmen Sie sie ernst“, betonte sie.",
    "Regierungssprecher Steffen Seibert erklärte: „Die Regierung prüft alle Optionen.“",
    "»Das ist ein guter Tag für Europa«, sagte Seibert.",
    "Die Kanzlerin sagte, es gebe „keinen Grund zur Panik in diesem Land“.",
)
SPANISH = paragraphs(
    "El presidente del Gobierno, Pedro Sánchez, compareció el lunes en Madrid.",
    "«Vamos a salir de esta crisis juntos», dijo Sánchez.",
    "«No dejaremos a nadie atrás en este momento», añadió.",
    "Según la ministra de Economía Nadia Calviño, «la recuperación será rápida».",
    "La portavoz María Jesús Montero afirmó que «las medidas llegarán a todos».",
    "«Es una situación sin precedentes en nuestra historia», señaló el presidente.",
)


@pytest.mark.parametrize(
    ("language", "blocks", "speakers"),
    [
        (
            "fr",
            FRENCH,
            [
                "Emmanuel Macron",
                "Emmanuel Macron",
                "Édouard Philippe",
                "Olivier Véran",
                "Olivier Véran",
            ],
        ),
        (
            "de",
            GERMAN,
            [
                "Angela Merkel",
                "Angela Merkel",
                "Steffen Seibert",
                "Steffen Seibert",
                "Angela Merkel",
            ],
        ),
        (
            "es",
            SPANISH,
            [
                "Pedro Sánchez",
                "Pedro Sánchez",
                "Nadia Calviño",
                "María Jesús Montero",
                "Pedro Sánchez",
            ],
        ),
    ],
)
def test_attribution_in_french_german_spanish(
    language: str, blocks: list[Block], speakers: list[str]
) -> None:
    assert [q.speaker for q in find_quotes(blocks, language=language)] == speakers
    assert [q.speaker for q in find_quotes(blocks)] == speakers  # language unknown


# ----------------------------------------------------------------------------- pronouns
def test_a_pronoun_goes_to_the_person_just_named_not_the_last_speaker() -> None:
    blocks = paragraphs(
        "Prime Minister Keir Starmer met the union leader Sharon Graham on Tuesday.",
        '"We have a plan to fix the economy," said Starmer. "It will take time."',
        'Graham was not convinced. "Workers have waited long enough," she said.',
        "Health Secretary Wes Streeting visited a hospital in Leeds on Monday.",
        '"The NHS is broken but not beaten," he said.',
    )
    assert [q.speaker for q in find_quotes(blocks, language="en")] == [
        "Keir Starmer",
        "Keir Starmer",
        "Sharon Graham",
        "Wes Streeting",
    ]


def test_a_pronoun_prefers_who_spoke_in_a_sentence_over_who_was_mentioned() -> None:
    # "Xi Jinping" is named after Trump's verb: he is who Trump spoke about
    blocks = paragraphs(
        "President Donald Trump said he would meet Xi Jinping in Beijing next month.",
        '"We will have a great meeting, a really great one," he said.',
    )
    assert [q.speaker for q in find_quotes(blocks, language="en")] == ["Donald Trump"]


def test_a_pronoun_skips_objects_possessives_and_sentences_led_by_a_pronoun() -> None:
    blocks = paragraphs(
        '"The mission did the whole thing with one launch," Tom Stafford said.',
        "Although John Ford had outlined the book in a sonnet cycle, he struggled with it. "
        "On July 27, he emailed Neil Gaiman about it. He then cited Cooke's testimony.",
        '"It is not exactly like someone can charge in with a gun," he wrote.',
    )
    assert [q.speaker for q in find_quotes(blocks, language="en")][-1] == "John Ford"


def test_a_name_after_a_preposition_is_a_place_not_the_pronoun_person() -> None:
    blocks = paragraphs(
        '"We want a fair deal," said the union boss Mick Lynch.',
        "In South Korea, the strike has spread to ports. In Busan, it closed the docks.",
        '"This is only the beginning," he said.',
    )
    assert [q.speaker for q in find_quotes(blocks, language="en")][-1] == "Mick Lynch"


def test_the_words_before_an_attribution_at_the_end_are_what_was_said() -> None:
    blocks = paragraphs(
        '"People in the States feel more strongly about it," Jonathan Denby said.',
        "The Gideons Bible is not as common in England as in the U.S., he added.",
        '"We have had quite a few e-mails quoting the scriptures," he said.',
    )
    assert [q.speaker for q in find_quotes(blocks, language="en")] == ["Jonathan Denby"] * 2


@pytest.mark.parametrize(
    ("language", "blocks", "speakers"),
    [
        (
            "fr",
            paragraphs(
                "« Nous ne céderons rien », a déclaré Jean-Luc Mélenchon lundi.",
                "La ministre de la Culture Rachida Dati s'est rendue à Lyon mardi. « C'est une "
                "honte absolue », a-t-elle déclaré.",
            ),
            ["Jean-Luc Mélenchon", "Rachida Dati"],
        ),
        (
            "de",
            paragraphs(
                "„Die Lage ist ernst“, sagte Bundeskanzler Olaf Scholz am Morgen.",
                "Die Ministerin Nancy Faeser besuchte am Nachmittag das Lagezentrum. „Wir sind "
                "gut vorbereitet“, sagte sie.",
            ),
            ["Olaf Scholz", "Nancy Faeser"],
        ),
        (
            "es",
            paragraphs(
                "El ministro José Luis Escrivá habló con la prensa en Madrid. «Las pensiones "
                "están garantizadas», declaró.",
                "«No habrá recortes este año ni el próximo», añadió.",
            ),
            ["José Luis Escrivá", "José Luis Escrivá"],
        ),
    ],
)
def test_pronouns_and_dropped_pronouns_in_other_languages(
    language: str, blocks: list[Block], speakers: list[str]
) -> None:
    assert [q.speaker for q in find_quotes(blocks, language=language)] == speakers
    assert [q.speaker for q in find_quotes(blocks)] == speakers  # language unknown


# ----------------------------------------------------------------------------- de: laut, so
def test_a_german_quote_goes_to_the_person_not_the_organisation_after_laut() -> None:
    blocks = paragraphs(
        "Laut Deutschem Wetterdienst wird es am Wochenende stürmisch. „Wir rechnen mit "
        "Orkanböen bis 120 Kilometern pro Stunde“, sagte Meteorologin Anna Schmidt.",
        "Meteorologe Jan Berg vom Deutschen Wetterdienst sagte: „Die Pegel steigen weiter.“",
        "„Die Lage bleibt in den nächsten Tagen sehr angespannt“, so Berg.",
    )
    assert [q.speaker for q in find_quotes(blocks, language="de")] == [
        "Anna Schmidt",
        "Jan Berg",
        "Jan Berg",
    ]


def test_laut_names_its_source_without_the_word_laut() -> None:
    blocks = paragraphs(
        "Laut Deutschem Wetterdienst „wird es am Wochenende sehr stürmisch werden“.",
    )
    (quote,) = find_quotes(blocks, language="de")
    assert quote.speaker == "Deutschem Wetterdienst"


def test_the_german_so_attributes_only_after_a_quote() -> None:
    blocks = paragraphs(
        "Es war so kalt wie seit Jahren nicht. „Wir haben so etwas noch nie gesehen“, so "
        "Bürgermeisterin Eva Kühn.",
    )
    assert [q.speaker for q in find_quotes(blocks, language="de")] == ["Eva Kühn"]


def test_a_person_of_an_organisation_speaks_not_the_organisation() -> None:
    blocks = paragraphs(
        'Rosaly Lopes of NASA said: "We will go to Titan within the decade."',
        'The Bank of England said: "Inflation will fall back next year."',
    )
    assert [q.speaker for q in find_quotes(blocks, language="en")] == [
        "Rosaly Lopes",
        "Bank of England",
    ]


# ----------------------------------------------------------------------------- dialogue
@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "— No vamos a permitir que esto vuelva a pasar —dijo la alcaldesa Ada Colau.",
            ["No vamos a permitir que esto vuelva a pasar"],
            "Ada Colau",
        ),
        (
            "—Es un día muy triste para todos —declaró el entrenador Carlo Ancelotti.",
            ["Es un día muy triste para todos"],
            "Carlo Ancelotti",
        ),
        (
            "— Hemos hecho todo lo posible, dijo Carlo Ancelotti.",
            ["Hemos hecho todo lo posible"],
            "Carlo Ancelotti",
        ),
        (
            "—No lo sé todavía —dijo Carlo Ancelotti—, pero lo intentaremos mañana mismo.",
            ["No lo sé todavía", "pero lo intentaremos mañana mismo"],
            "Carlo Ancelotti",
        ),
        (
            "— Vamos reconstruir este país juntos — afirmou Luiz Inácio Lula da Silva.",
            ["Vamos reconstruir este país juntos"],
            "Luiz Inácio Lula da Silva",
        ),
    ],
)
def test_dash_dialogue_is_quoted_speech(text: str, quoted: list[str], speaker: str) -> None:
    found = find_quotes(paragraphs(text))
    assert [q.text for q in found] == quoted
    assert {q.speaker for q in found} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "— Staff writer John Smith contributed to this report from Washington.",
        "— The president, however, said nothing at all about the budget.",
        "—Con información de agencias y de nuestros corresponsales en la región.",
    ],
)
def test_a_paragraph_opening_with_a_dash_without_attribution_is_no_quote(text: str) -> None:
    assert find_quotes(paragraphs(text)) == ()


# ----------------------------------------------------------------------------- it, pt
ITALIAN = paragraphs(
    "La presidente del Consiglio Giorgia Meloni ha parlato lunedì a Roma.",
    "«Non lasceremo indietro nessuno in questa crisi», ha detto Meloni.",
    "«L'Italia è pronta a fare la sua parte», ha dichiarato il ministro Antonio Tajani.",
    "Secondo Matteo Salvini, «il ponte sarà costruito entro il 2032».",
    "«Siamo molto preoccupati per la situazione», afferma Elly Schlein.",
    "«È una vergogna per tutto il paese», ha aggiunto.",
    "L’imprenditore Guido Lombardi, che conosce Trump dal ’94, racconta: «È arrivata "
    "puntualissima, alle 19:29 era già all’entrata».",
)
PORTUGUESE = paragraphs(
    "O presidente Luiz Inácio Lula da Silva discursou em Brasília nesta segunda-feira.",
    "“Vamos reconstruir este país juntos”, disse Lula da Silva.",
    "“A inflação está sob controle”, afirmou o ministro Fernando Haddad.",
    "Segundo a ministra Marina Silva, “o desmatamento caiu pela metade este ano”.",
    "“Não há espaço para retrocesso nesta área”, declarou ela.",
    "No segundo turno, a senadora Simone Tebet disse que “o orçamento será cumprido”.",
)


@pytest.mark.parametrize(
    ("language", "blocks", "speakers"),
    [
        (
            "it",
            ITALIAN,
            [
                "Giorgia Meloni",
                "Antonio Tajani",
                "Matteo Salvini",
                "Elly Schlein",
                "Elly Schlein",
                "Guido Lombardi",
            ],
        ),
        (
            "pt",
            PORTUGUESE,
            [
                "Luiz Inácio Lula da Silva",
                "Fernando Haddad",
                "Marina Silva",
                "Marina Silva",
                "Simone Tebet",
            ],
        ),
    ],
)
def test_attribution_in_italian_and_portuguese(
    language: str, blocks: list[Block], speakers: list[str]
) -> None:
    assert [q.speaker for q in find_quotes(blocks, language=language)] == speakers
    assert [q.speaker for q in find_quotes(blocks)] == speakers  # language unknown


# ----------------------------------------------------------------------------- real pages
SEED_KINDS = {
    "Ameer Alhalbi, AFP | A Syrian man": BlockKind.CAPTION,
    "Thursday meeting": BlockKind.SUBHEAD,
    "'Parallel universe'": BlockKind.SUBHEAD,
    "Lavrov: 'We need": BlockKind.SUBHEAD,
    "(FRANCE 24 with AFP)": BlockKind.CREDIT,
}


def seed_blocks(seed_text: str) -> list[Block]:
    """The seed's story lines as the pipeline types them (chrome and error text left out)."""
    lines = [" ".join(line.split()) for line in seed_text.splitlines() if line.strip()]
    story = lines[lines.index("Kerry and Lavrov trade blame as air strikes pound Aleppo") + 1 :]
    story = story[: story.index("(FRANCE 24 with AFP)") + 1]
    kinds = [
        next((k for p, k in SEED_KINDS.items() if line.startswith(p)), BlockKind.PARAGRAPH)
        for line in story
    ]
    return [Block(kind, line) for kind, line in zip(kinds, story, strict=True)]


def test_seed_quotes_and_speakers(seed_text: str) -> None:
    assert pairs(find_quotes(seed_blocks(seed_text), language="en")) == [
        ("We are at a make or break moment", "Ban Ki-moon"),
        ("negotiate a way out of the hell in which they are trapped", "Ban Ki-moon"),
        (
            "We must move forward to try to immediately ground all aircraft flying in those key "
            "areas in order to de-escalate the situation and to give a chance for humanitarian "
            "assistance to flow unimpeded",
            "John Kerry",
        ),
        ("it's going to be difficult. We'll see what people are willing to do", "John Kerry"),
        ("no more unilateral pauses", "Sergei Lavrov"),
        (
            "If we can agree on this kind of comprehensive approach, an integrated, multifaceted "
            "approach, the chances of a cessation of hostilities surviving and being successful "
            "will be better",
            "Sergei Lavrov",
        ),
        ("sort of in a parallel universe", "John Kerry"),
        ("refrain from emotional reactions", "Sergei Lavrov"),
        ("unsubstantiated, hasty accusations", "Russian foreign ministry"),
        (
            "distract attention from the strange 'error' of coalition pilots",
            "Russian foreign ministry",
        ),
    ]


@pytest.mark.parametrize("path", QUOTE_FIXTURES, ids=lambda p: p.stem)
def test_real_pages_find_every_gold_quote_with_its_speaker(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    blocks = [Block(BlockKind(b["kind"]), b["text"]) for b in data["blocks"]]
    found = {frozenset(words(q.text)): q for q in find_quotes(blocks, language="en")}
    assert len(found) == len(data["quotes"])
    for gold in data["quotes"]:
        quote = found.get(frozenset(words(gold["text"])))
        if quote is None:  # the gold trims a few words some quotes end with
            quote = max(found.values(), key=lambda q: len(words(q.text) & words(gold["text"])))
        assert words(gold["text"]) <= words(quote.text), gold["text"]
        assert (words(gold["speaker"]) & words(quote.speaker)) or gold["speaker"] is None


# ----------------------------------------------------------------------------- invariants
QUOTE_CHARS = "“”„«»‹›‘’‚'\" "


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list(QUOTE_CHARS + "ab said X,."))), max_size=4))
def test_any_text_gives_consistent_quotes(texts: list[str]) -> None:
    blocks = paragraphs(*texts)
    for quote in find_quotes(blocks):
        assert blocks[quote.block].text[quote.start : quote.end] == quote.text
        assert len(quote.text.split()) >= 3


@given(st.text(max_size=300))
def test_arbitrary_unicode_never_fails(text: str) -> None:
    for quote in find_quotes(paragraphs(text, text)):
        assert paragraphs(text)[0].text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize("mark", ['"', "“", "„", "«", "»", "'", "’", "‚"])
def test_a_megabyte_run_of_quote_marks_is_fast(mark: str) -> None:
    started = time.process_time()
    assert find_quotes(paragraphs("He said " + mark * 1_000_000 + " it")) == ()
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize(
    "unit",
    ["“ ” ", "„a“ ", "'x ", '"a b c," he said. ', "« a » ", "He said “one two three” "],
)
def test_many_quote_marks_take_linear_time(unit: str) -> None:
    text = unit * (100_000 // len(unit))  # 100 KB: quadratic work would take minutes
    started = time.process_time()
    find_quotes(paragraphs(text, text))
    assert time.process_time() - started < 3.0


# ------------------------------------------------- round 30: beyond English (realistic paragraphs)
def test_german_reporting_verbs_and_a_reflexive_one() -> None:
    blocks = paragraphs(
        "„Die Europäische Zentralbank dürfte die Zinsen am Donnerstag unverändert lassen“, "
        "vermutet Konrad Kleinfeld vom Vermögensverwalter State Street.",
        "Ex-Grünen-Chefin Ricarda Lang störte sich am Tonfall. „Wer Politik nur als "
        "Schlachtfeld begreift, hat verloren“, kommentierte sie.",
        "„Auf der Heimfahrt sprachen wir lange darüber“, erinnert sich Kerstin Wahala.",
    )
    assert [q.speaker for q in find_quotes(blocks, language="de")] == [
        "Konrad Kleinfeld",
        "Ricarda Lang",
        "Kerstin Wahala",
    ]


def test_a_reflexive_verb_without_its_reflexive_attributes_nothing() -> None:
    blocks = paragraphs(
        "Der Aufruf des Papiers erinnerte einen User an eine bekannte Filmszene. „Die "
        "Parteiführung hat soeben Clausewitz ausgegeben“, spöttelt er."
    )
    assert [q.speaker for q in find_quotes(blocks, language="de")] == [None]


def test_laut_as_an_adjective_is_no_according_to() -> None:
    blocks = paragraphs(
        "Erst als Kritik daran laut wurde, reagierte die Partei. Aber: „Die Wortwahl ist der "
        "Sache nicht dienlich“, hieß es dann."
    )
    assert [q.speaker for q in find_quotes(blocks, language="de")] == [None]


def test_a_person_introducing_a_quote_with_a_colon_speaks() -> None:
    blocks = paragraphs(
        "Kriminologin Bärbel Bongartz vom Zentrum für Radikalisierungsforschung liefert eine "
        "Erklärung: „Die Radikalisierung nimmt zu, dies lässt sich beobachten.“",
        "Luke Bartholomew vom Vermögensverwalter Aberdeen Investments erwartet keine "
        "Veränderung: „Die Zinsen bleiben wohl bis zum Jahresende unverändert.“",
        "Auf der Demo in Hamburg fielen etwa Sätze wie diese: „Deutschland, ihr alle solltet "
        "euch wohl überlegen, was ihr tut.“",
        "In einem weiteren Tweet zitierte sie den Abgeordneten Max Mordhorst: „Legt Eure "
        "Handys weg, macht Twitter zu.“",
    )
    assert [q.speaker for q in find_quotes(blocks, language="de")] == [
        "Bärbel Bongartz",
        "Luke Bartholomew",
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("language", "blocks", "speakers"),
    [
        (  # a clause opening with a prepositional phrase: the subject follows the verb
            "de",
            paragraphs(
                "FDP-Generalsekretär Bijan Djir-Sarai trat am Freitag zurück. In einem "
                "Statement sagte der Politiker: „Ich habe unwissentlich falsch "
                "informiert.“",
                "Konstantin Veit vom Vermögensverwalter Pimco betont: „Die Zinsen bleiben "
                "lange auf diesem Niveau.“",
            ),
            ["Bijan Djir-Sarai", "Konstantin Veit"],
        ),
        (  # two prepositional phrases open the clause: "Blick" is no speaker
            "de",
            paragraphs(
                "Mit Blick auf die Wahl sagte Anna Schmidt: „Wir werden gewinnen, das ist sicher.“"
            ),
            ["Anna Schmidt"],
        ),
        (  # a role qualified by a genitive: the minister, not "Défense"
            "fr",
            paragraphs(
                "Le ministre russe de la Défense, Andreï Belooussov, s'est exprimé vendredi.",
                "Le ministre de la Défense a affirmé que l’armée avait « détruit les "
                "meilleures unités ennemies ».",
            ),
            ["Andreï Belooussov"],
        ),
        (  # the noun phrase before "del barrio" speaks, not the neighbourhood
            "es",
            paragraphs(
                "Esta vecina del barrio madrileño comenta que nadie vigila la valla: "
                '"Los vecinos tenían permiso para moverla y poder pasar".'
            ),
            ["vecina"],
        ),
        (
            "it",
            paragraphs(
                "La premier Giorgia Meloni ha incontrato Donald Trump a Mar-a-Lago.",
                "«Una bella serata, lo ringrazio per l'accoglienza», ha twittato poi la "
                "premier nella serata di domenica.",
            ),
            ["Giorgia Meloni"],
        ),
    ],
)
def test_the_noun_after_a_preposition_is_not_the_speaker(
    language: str, blocks: list[Block], speakers: list[str]
) -> None:
    assert [q.speaker for q in find_quotes(blocks, language=language)] == speakers


def test_a_german_object_and_a_name_particle_are_not_the_speaker() -> None:
    blocks = paragraphs(
        "Sebastian Hendel lief in Berlin auf Platz neun. Dass es so kam, "
        "hat Hendel dem Tagesspiegel im vergangenen Frühjahr erzählt: „Wir haben damals "
        "überlegt, mit dem Leistungssport aufzuhören.“",
        "Der Oppositionspolitiker Boris Nadeschdin sammelt Unterschriften. „Die meisten "
        "meiner Unterstützer sind ziemlich jung“, sagte Nadeschdin der DW.",
    )
    assert [q.speaker for q in find_quotes(blocks, language="de")] == [
        "Sebastian Hendel",
        "Boris Nadeschdin",
    ]


def test_a_pronoun_closing_the_clause_after_the_verb_is_its_subject() -> None:
    blocks = paragraphs(
        "Kate Moss hat eine eigene Wellnessmarke gegründet.",
        "Zyniker:innen, die ihren Wandel nur schwer akzeptieren können, entgegnet sie: „Ich "
        "glaube, wir alle lernen ständig dazu.“",
    )
    assert [q.speaker for q in find_quotes(blocks, language="de")] == ["Kate Moss"]
    # a pronoun going on with what was said is not the verb's subject
    blocks = paragraphs(
        "Three panels of authors spoke about their love of reading.",
        "Author Rushdiyah Narker, from Kensington, said she started reading regency romance.",
        '"I read everything. I always come back to romance," she said.',
    )
    assert [q.speaker for q in find_quotes(blocks, language="en")] == ["Rushdiyah Narker"]


def test_german_roles_and_family_words_are_cut_from_names() -> None:
    blocks = paragraphs(
        "Liat Atzili wurde im November freigelassen. Avivs Mutter Talma Atzili wartete.",
        "„Sie waren schockiert, dass ich Vegetarierin bin“, erzählt Atzili.",
    )
    assert [q.speaker for q in find_quotes(blocks, language="de")] == ["Liat Atzili"]


def test_names_after_a_role_and_its_preposition_still_speak() -> None:
    blocks = paragraphs(
        "Secretary of State Mike Pompeo said the release “gives us hope for the talks”.",
        "“Since then, neon lights have witnessed every transformation,” de Miranda writes.",
        "Eric Poklar of the Governor’s Office of Health Transformation told reporters on "
        "Monday, “at this point we are trying to determine how to pay for it.”",
    )
    assert [q.speaker for q in find_quotes(blocks, language="en")] == [
        "Mike Pompeo",
        "Miranda",
        "Eric Poklar",
    ]


def test_a_colon_after_a_clause_of_its_own_or_a_capitalized_verb() -> None:
    blocks = paragraphs(
        "Pundit Nate Silver was right on every state. Silver was “not the only one who nailed "
        "it” | Michael Barone: “please be assured that I will be on a diet of crow”.",
        "Chef Anthony Bourdain visited the restaurant. Says Bourdain: “It's big. Bigger than "
        "I expected.”",
    )
    assert [q.speaker for q in find_quotes(blocks, language="en")] == [
        None,
        "Michael Barone",
        "Anthony Bourdain",
    ]


@pytest.mark.parametrize(
    ("texts", "speaker"),
    [
        pytest.param(
            (
                "Rom Braslavski war 738 Tage in Gefangenschaft.",
                "Die Gewalt habe nur einem Zweck gedient, sagt der Mann. Über seine Freilassung "
                "sagte er: „Ich bin zurückgekommen, nachdem ich dem Teufel begegnet bin.“",
            ),
            "Rom Braslavski",
            id="a noun printed after an article is no person 'er' stands for",
        ),
        pytest.param(
            (
                "Donald Trump hat ein Bild geteilt, das Trump als Heiler zeigt. "
                "„Ich war nie ein religiöser Mann“, schrieb Trump dazu.",
            ),
            "Donald Trump",
            id="a relative pronoun after a comma is no article",
        ),
        pytest.param(
            (
                "Weder Harald Prüß noch seine Kollegen zweifeln daran.",
                "„Es kommt nur selten vor“, sagt Prüß.",
            ),
            "Harald Prüß",
            id="weder opens no name",
        ),
    ],
)
def test_german_capitalized_nouns_are_no_names(texts: tuple[str, ...], speaker: str) -> None:
    # after Hamburger Abendblatt, t-online and DW stories (fundus-dev, round 30)
    quote = find_quotes(paragraphs(*texts), language="de")[-1]
    assert quote.speaker == speaker


# ----------------------------------------------------------------------------- round 35
# Paragraphs built like the judged quotes of dev pages nobody annotated (benchmarks/speakers.py,
# benchmarks/speakers_judged.json): dragnet and fundus-dev, round 35.
@pytest.mark.parametrize(
    ("language", "texts", "speakers"),
    [
        pytest.param(
            "fr",
            (
                "La Russie a besoin de migrants, a déclaré le porte-parole du Kremlin, Dmitri "
                "Peskov, dans une interview publiée vendredi.",
                "«Les migrants, c’est un besoin», a affirmé M. Peskov.",
            ),
            ["Dmitri Peskov"],
            id="fr: the title M. is no part of the name",
        ),
        pytest.param(
            "en",
            (
                "Labour MP Tom Watson stood up at Prime Minister's Questions.",
                '"We have clear intelligence about this network," said MP Tom Watson.',
            ),
            ["Tom Watson"],
            id="en: the title MP is no part of the name",
        ),
        pytest.param(
            "de",
            (
                "Während solche Verbindungen öffentlich wurden, warf der Amtskollege Emmanuel "
                "Macron den Staaten mangelnde Dankbarkeit vor.",
                "„Mali hat den Preis bezahlt“, sagte Amtskollege Emmanuel Macron.",
            ),
            ["Emmanuel Macron"],
            id="de: a colleague is a role, no part of the name",
        ),
        pytest.param(
            "it",
            (
                "Soddisfatto per l'iniziativa della premier si è detto Matteo Salvini. «Bene "
                "Giorgia Meloni da Donald Trump per parlare di pace», ha scritto su X.",
            ),
            ["Matteo Salvini"],
            id="it: su X after the verb is where, not who",
        ),
        pytest.param(
            "fr",
            (
                "«Le président a chargé le premier ministre de prendre des mesures urgentes», "
                "a rapporté sur Facebook le porte-parole du président, Berik Uali.",
            ),
            ["Berik Uali"],
            id="fr: the subject after an adverbial after the verb",
        ),
        pytest.param(
            "de",
            (
                "Bundeskanzler Olaf Scholz sprach am Montag in Berlin vor Journalisten.",
                "„Das ist falsch“, sagte am Dienstag Herr Merz.",
            ),
            ["Merz"],
            id="de: a title after the adverbial opens the subject (review round 35)",
        ),
        pytest.param(
            "es",
            (
                "Con los años se ha convertido en una fiesta que provoca que las familias "
                '"se sientan expulsadas del barrio" esos días "por la dinámica que se está '
                'llevando desde el Ayuntamiento", según asegura David Campo.',
            ),
            ["David Campo", "David Campo"],
            id="es: quotes of one sentence share the attribution ending it",
        ),
        pytest.param(
            "en",
            (
                "“We have a mixture of professors who are part of the movement” inside "
                "Myanmar “that are doing supervision”, too, says Elizabeth Rhoads.",
            ),
            ["Elizabeth Rhoads", "Elizabeth Rhoads"],
            id="en: quotes of one sentence share the attribution ending it",
        ),
        pytest.param(
            "en",
            (
                "Deforestation surged under Jair Bolsonaro (see ‘Brazil yo-yos on "
                "deforestation’) and reversing the trend “is not simple”, says Thelma Krug.",
            ),
            [None, "Thelma Krug"],
            id="en: a quote in an aside takes no attribution ending the sentence",
        ),
        pytest.param(
            "en",
            (
                "David Gergen said the party would need time to heal.",
                "Shortly before 1 a.m. Wednesday, Mitt Romney walked onto a stage in Boston and "
                'told the crowd he had called Obama to congratulate him. "I pray that the '
                'president will be successful in guiding our nation," he said.',
            ),
            ["Mitt Romney"],
            id="en: a subject shared with a verb that is no speech verb",
        ),
        pytest.param(
            "en",
            (
                "Space agencies praised her work. NASA's deputy administrator, Lori Garver, "
                'said Ride "was a personal and professional role model to me."',
            ),
            ["Lori Garver"],
            id="en: a name set off by commas before the verb, not the name after it",
        ),
        pytest.param(
            "en",
            (
                "Kelly Ripa, 41, could pass for a woman in her early 30s.",
                "Kelly told the magazine: ‘I work out every day and I don’t overeat.’",
            ),
            ["Kelly Ripa"],
            id="en: a first name opening one full name",
        ),
        # round 36: a fresh sample of dragnet and fundus-dev, both halves, judged as round
        # 35 did (benchmarks/speakers_judged.json, "round": 36)
        pytest.param(
            "en",
            (
                "Tom Watson had not named the scandal directly. Rather, he has continued to "
                "join the dots. In a blog post, he told of how members of the public had made "
                'claims that "go way beyond the claims made on Newsnight".',
            ),
            ["Tom Watson"],
            id="en: a pronoun after a comma is the subject, not an appositive of 'Rather'",
        ),
        pytest.param(
            "en",
            (
                "The woman next to me asked about my travels. “What are they trying to tell "
                "you?” she asked. “I don’t know,” I answered slowly, “maybe they just like "
                "my head?”",
            ),
            [None, None, None],
            id="en: an adverb after the verb is no subject",
        ),
        pytest.param(
            "en",
            (
                "If asked about his talent, I have stated simply before: “Ryan is part "
                "Machiavelli, part Ogilvy, and all results.”",
            ),
            [None],
            id="en: an adverb after the verb, then a preposition: no subject",
        ),
        pytest.param(
            "it",
            (
                'Pechino infatti ha sottolineato di attenersi a "principi di rispetto, '
                'cooperazione e sostenibilità", cercando di presentare le proprie operazioni.',
            ),
            ["Pechino"],
            id="it: a sentence adverb before the verb is no part of the subject",
        ),
        pytest.param(
            "en",
            (
                "Martha Rotter moved to Dublin in 2007.",
                "At one point Martha got a massage. Forgetting her warning, the masseuse "
                'rubbed oil on her face. She screamed. "One of the most painful things '
                'ever," she says.',
            ),
            ["Martha Rotter"],
            id="en: a participle's form after a possessive is a noun ('her warning')",
        ),
        pytest.param(
            "en",
            (
                "“I think it’s very unclear what the Legislature is going to do,” said Rep. "
                "Brian King, D-Salt Lake City.",
            ),
            ["Brian King"],
            id="en: a title word ending a name a title opens is its surname",
        ),
        pytest.param(
            "fr",
            (
                "«Le président a chargé le premier ministre de prendre des mesures urgentes», "
                "a rapporté sur Facebook le porte-parole du président, Berik Uali. Ce dernier "
                "rappelle que le pays avait appelé Moscou et Kiev à mettre fin à la guerre "
                "«entre deux peuples slaves».",
            ),
            ["Berik Uali", "Berik Uali"],
            id="fr: ce dernier is the man named last",
        ),
        pytest.param(
            "es",
            (
                "La ministra Ana García habló ayer con Pedro López. Este último dijo que era "
                '"un acuerdo muy importante para todos".',
            ),
            ["Pedro López"],
            id="es: este último is the man named last",
        ),
        pytest.param(
            "it",
            (
                "La ministra Anna Rossi ha incontrato Luca Bianchi. Quest'ultimo ha detto che "
                "era «un accordo molto importante per tutti».",
            ),
            ["Luca Bianchi"],
            id="it: quest'ultimo is the man named last",
        ),
        pytest.param(
            "en",
            (
                "The church is changing fast in England.",
                "As Fraser Nelson reports in The Telegraph:",
                "“There are two ways of looking at the decline of Christianity in England.”",
            ),
            ["Fraser Nelson"],
            id="en: a paragraph ending with a colon introduces the next one's speaker",
        ),
        pytest.param(
            "en",
            (
                "And then there are things that you hope to one day say, like:",
                "“Oh, you are too kind, but if anyone here is a comedic genius, it’s you.”",
            ),
            [None],
            id="en: a colon after a speaker that is no person introduces nobody",
        ),
        pytest.param(
            "en",
            (
                "User Studies: bringing recommendations to the product team.",
                "Studies:",
                "“Out of 60 profiles, I carefully selected ten people for this study.”",
            ),
            [None],
            id="en: a label over the quote introduces nobody",
        ),
        pytest.param(
            "cs",
            (
                "„Doufám, že to Írán přijme. Konec shovívavosti!“ – uvedl Trump, který "
                "zopakoval své hrozby.",
            ),
            [None],
            id="cs: a lowercase word after the dash signs no quote",
        ),
        pytest.param(
            "it",
            (
                "La premier italiana Giorgia Meloni è partita per la Florida.",
                "NEW YORK - Giorgia Meloni è arrivata a Mar-a-Lago per incontrare il "
                "presidente eletto.",
                "«Una bella serata, lo ringrazio per l'accoglienza», ha twittato poi la "
                "premier nella serata di domenica.",
            ),
            ["Giorgia Meloni"],
            id="it: a place dateline in capitals is no person",
        ),
        # round 37: a fresh sample (benchmarks/speakers_judged.json, "round": 37)
        pytest.param(
            "de",
            (
                "Til Schweiger drehte in Hamburg einen neuen Film.",
                "„Das war die schwerste Rolle meines Lebens“, sagte Til Schweiger.",
            ),
            ["Til Schweiger"],
            id="de: a Scandinavian preposition that is a given name is no function word",
        ),
        pytest.param(
            "en",
            (
                "Will Hurd, a former congressman, toured the border towns of Texas this week.",
                "“We need a border that works for the people who live there,” said Will Hurd.",
            ),
            ["Will Hurd"],
            id="en: a function word that is a given name inside a name",
        ),
        pytest.param(
            "en",
            (
                "In May Johnson announced that the plant in Ohio would close by the winter.",
                "“We had no choice,” Johnson said.",
            ),
            ["Johnson"],
            id="en: a month after a preposition is no given name",
        ),
        pytest.param(
            "en",
            (
                "The agency cut Sony's rating to one notch above junk.",
                "“The earnings from these products are now expected to decline more rapidly "
                "than expected,” Moody’s added.",
            ),
            ["Moody’s"],
            id="en: a possessive ending the speaker's name is its own",
        ),
        pytest.param(
            "da",
            (
                "Stine Eilertzen voksede op i Aarhus centrum og driver i dag to restauranter.",
                "»Jeg er superstolt af, hvor jeg er i dag. Det er bare mig,« siger hun med et "
                "grin.",
            ),
            ["Stine Eilertzen"],
            id="da: a speech verb and a pronoun after the quote",
        ),
        pytest.param(
            "no",
            (
                "Sondre Guttormsen tok seg videre til finalen i stavsprang.",
                "«Da jeg feilet på 4,55 var jeg sikker på at jeg var ute», sier Guttormsen "
                "til NRK.",
            ),
            ["Sondre Guttormsen"],
            id="no: a speech verb and a name ending at a preposition",
        ),
        pytest.param(
            "sv",
            (
                "Volodymyr Zelenskyj vädjar om fler luftvärnsrobotar efter nattens attacker.",
                "”Varje natt utan dem resulterar i fler offer”, skriver Zelenskyj på X.",
            ),
            ["Volodymyr Zelenskyj"],
            id="sv: a name after the verb ends at a preposition",
        ),
        pytest.param(
            "nl",
            (
                "Annelies Verlinden is minister van Binnenlandse Zaken.",
                "“Ik voel geen behoefte om populair te doen”, zegt ze daar zelf over.",
            ),
            ["Annelies Verlinden"],
            id="nl: a speech verb and a pronoun after the quote",
        ),
        pytest.param(
            "pl",
            (
                "„Moi przedstawiciele udają się do Islamabadu” – napisał wcześniej Donald "
                "Trump w mediach społecznościowych.",
            ),
            ["Donald Trump"],
            id="pl: a speech verb, an adverb, a name and a one-letter preposition",
        ),
        pytest.param(
            "tr",
            (
                "İzmir Valisi Süleyman Elban yangın bölgesinde incelemelerde bulundu.",
                "Müdahaleye başladığını aktaran Elban, şunları kaydetti:",
                '"Şu anda 9 helikopter ve 6 uçak havadan mücadele ediyor."',
            ),
            ["Süleyman Elban"],
            id="tr: a role word after the place it governs is no part of the name",
        ),
        # round 37, speakers4: Danish, Norwegian and Swedish "en" is an article, not the
        # French preposition; a dash aside before the verb is no subject
        pytest.param(
            "no",
            (
                "Lene Retzius er klar for finalen i stavsprang.",
                "Treneren Kristian Hansen var også på plass i Paris.",
                "«Det er ikke over, det er ikke over», sier en smørblid Retzius til NRK.",
            ),
            ["Lene Retzius"],
            id="no: an indefinite article after the verb opens its subject",
        ),
        pytest.param(
            "da",
            (
                "Mette Frederiksen besøgte Aarhus i går.",
                "Borgmester Jacob Bundsgaard tog imod hende på rådhuset.",
                "»Det var en rigtig god dag for hele byen og for os,« siger en glad "
                "Frederiksen til DR.",
            ),
            ["Mette Frederiksen"],
            id="da: an indefinite article after the verb opens its subject",
        ),
        pytest.param(
            "sv",
            (
                "Magdalena Andersson talade i riksdagen.",
                "Statsministern Ulf Kristersson svarade på frågorna.",
                "”Det är inte över, det är inte över”, säger en nöjd Andersson till SVT.",
            ),
            ["Magdalena Andersson"],
            id="sv: an indefinite article after the verb opens its subject",
        ),
        pytest.param(
            "sv",
            (
                "Donald Trump har bytt fot.",
                "I fredags – timmarna före rysslands attacker – sa Trump till Financial "
                "Times att han ”inte är säker” på saken.",
            ),
            ["Donald Trump"],
            id="sv: the subject after the verb, past a dash aside",
        ),
        pytest.param(
            "da",
            (
                "Donald Trump har skiftet mening.",
                "I fredags – timer før angrebet – sagde Trump til Financial Times, at han "
                "”ikke er sikker” på det.",
            ),
            ["Donald Trump"],
            id="da: the subject after the verb, past a dash aside",
        ),
        pytest.param(
            "no",
            (
                "Donald Trump har snudd.",
                "På fredag – timer før angrepet – sa Trump til Financial Times at han "
                "«ikke er sikker» på det.",
            ),
            ["Donald Trump"],
            id="no: the subject after the verb, past a dash aside",
        ),
        pytest.param(
            "en",
            (
                "Donald Trump changed his mind.",
                "Mary Smith – a lawyer for the family – said “we are not sure” about it.",
            ),
            ["Mary Smith"],
            id="en: a name before a dash aside stays the subject",
        ),
    ],
)
def test_speakers_on_unjudged_pages(
    language: str, texts: tuple[str, ...], speakers: list[str | None]
) -> None:
    assert [q.speaker for q in find_quotes(paragraphs(*texts), language=language)] == speakers


@pytest.mark.parametrize(
    ("language", "texts", "speakers"),
    [
        pytest.param(
            "en",
            (
                "John Baker, the company's spokesman, met reporters on Monday.",
                "The spokesman – who declined to give details – said Smith had “lied to the "
                "board about the accounts for years.”",
            ),
            ["John Baker"],
            id="en: a dash aside before the verb keeps its subject (no verb-second language)",
        ),
        pytest.param(
            "sv",
            (
                "Kvällstidningen Expressen har granskat bolagets affärer i ett år.",
                "”Vi har aldrig sett något liknande i branschen”, enligt tidningen Expressen.",
            ),
            ["Kvällstidningen Expressen"],
            id="sv: a definite noun before the name it introduces is no source's end",
        ),
    ],
)
def test_round_37_review_of_the_nordic_rules(
    language: str, texts: tuple[str, ...], speakers: list[str]
) -> None:
    assert [q.speaker for q in find_quotes(paragraphs(*texts), language=language)] == speakers


# round 38: the words of the languages read on their own pages are read on those pages only
@pytest.mark.parametrize(
    ("language", "texts", "speakers"),
    [
        pytest.param(
            "en",
            (
                "Cambodia's prime minister met the envoys on Monday.",
                "“We will not yield to pressure from abroad,” said Hun Sen, the prime minister.",
            ),
            ["Hun Sen"],
            id="en: a Danish pronoun is a name's word on an English page",
        ),
        pytest.param(
            "en",
            (
                "The festival honoured the Mauritanian director with a retrospective.",
                "“Cinema is a weapon for those who have none,” said Med Hondo.",
            ),
            ["Med Hondo"],
            id="en: a Nordic preposition is a name's word on an English page",
        ),
        pytest.param(
            "da",
            (
                "Stine Eilertzen voksede op i Aarhus centrum.",
                "»Det var vildt sjovt,« siger hun med et smil.",
            ),
            ["Stine Eilertzen"],
            id="da: the Danish pronoun on a Danish page",
        ),
        pytest.param(
            "en",
            (
                "John Smith has coached the club for ten years.",
                "“We have never had a season like this one,” Smith’s said in every interview.",
            ),
            ["John Smith"],
            id="en: a possessive meaning 'has' after a person the story names in full",
        ),
        pytest.param(
            "no",
            (
                "Lene Retzius er klar for finalen i stavsprang.",
                "Treneren Kristian Hansen var også på plass i Paris.",
                "«Hun har aldri hoppet bedre», sier Hansen til NRK.",
            ),
            ["Kristian Hansen"],
            id="no: a role in its definite form before a name is no part of it",
        ),
        pytest.param(
            "sv",
            (
                "Magdalena Andersson talade i riksdagen.",
                "Denna sa: ”Det är inte över”.",
            ),
            [None],
            id="sv: a demonstrative opening a sentence is no name",
        ),
    ],
)
def test_round_38_words_of_the_page_language(
    language: str, texts: tuple[str, ...], speakers: list[str | None]
) -> None:
    assert [q.speaker for q in find_quotes(paragraphs(*texts), language=language)] == speakers


@pytest.mark.parametrize(
    ("texts", "speakers"),
    [
        pytest.param(
            (
                "Kuzkışla köyü muhtarı Çelebi Kurt, gazetecilere, itfaiyenin yangına hızla "
                'müdahale ettiğini dile getirerek, "Devletin bütün imkanları köye sevk edildi. '
                'Yangın evlere sıçramadan söndürüldü." dedi.',
            ),
            ["Çelebi Kurt"],
            id="a name ending the noun phrase that opens the sentence",
        ),
        pytest.param(
            ('Adalet Bakanı Yılmaz Tunç gazetecilere "Yargı bağımsızdır ve öyle kalacak" dedi.',),
            ["Yılmaz Tunç"],
            id="a name opening the sentence before its object",
        ),
        pytest.param(
            (
                "İzmir Valisi Süleyman Elban gazetecilere bilgi verdi.",
                "Kısa bir süre içerisinde hem havadan hem karadan yangına müdahaleye "
                "başladığını aktaran Elban, şunları kaydetti:",
                '"Şu anda 9 helikopter ve 6 uçak havadan mücadele ediyor."',
            ),
            ["Süleyman Elban"],
            id="the name ending a long opening part, not its capitalized first word",
        ),
    ],
)
def test_round_38_turkish_speaker_opens_the_sentence_before_the_quote(
    texts: tuple[str, ...], speakers: list[str]
) -> None:
    # after Habertürk (fundus-dev): the verb follows the quote, its subject opens the sentence
    assert [q.speaker for q in find_quotes(paragraphs(*texts), language="tr")] == speakers


@pytest.mark.parametrize(
    ("texts", "speakers"),
    [
        pytest.param(
            (
                "Die Ermittler prüfen die Vorwürfe mit Hilfe von Fachleuten.",
                "EU-Kommissionspräsidentin Ursula von der Leyen mahnte an, dass die Demokratien "
                "geschützt werden müssten, sagte sie. «Wir müssen schnell handeln.»",
            ),
            ["Ursula von der Leyen"],
            id="a particle the story also prints in lowercase stays in the name",
        ),
        pytest.param(
            (
                "Aus Sicht der Betroffenen sei das verständlich, findet auch Harald Prüß von der "
                "Berliner Charité.",
                "„Es kommt nur selten vor“, sagt Prüß.",
            ),
            ["Harald Prüß"],
            id="a full name, then particles and where the person is from",
        ),
        pytest.param(
            (
                "Die Richterin Anna Meier vom Landgericht Berlin hat entschieden.",
                "Der Präsident Frank-Walter Steinmeier von der SPD äußerte sich.",
                "„Das Urteil ist richtig“, sagt Meier.",
                "„Wir respektieren es“, sagte Karl-Theodor zu Guttenberg.",
            ),
            ["Anna Meier", "Karl-Theodor zu Guttenberg"],
            id="one word after the particles may still end the name",
        ),
        pytest.param(
            (
                "Katherine Ann Moss wird innerhalb kürzester Zeit zu Kate Moss, dem bekannten "
                "Model. Später ging sie zu Fuß nach Hause.",
                "„Ich liebe Kristalle“, sagt Moss.",
            ),
            ["Katherine Ann Moss"],
            id="a noun and a preposition before a name in full are no part of it",
        ),
    ],
)
def test_round_38_german_names_with_particles(texts: tuple[str, ...], speakers: list[str]) -> None:
    # after 20 Minuten, DW and Vogue stories (fundus-dev, round 38's judged sample)
    assert [q.speaker for q in find_quotes(paragraphs(*texts), language="de")] == speakers


def test_round_38_a_spanish_name_then_where_the_person_is_from() -> None:
    blocks = paragraphs(
        "La investigadora María López de la Universidad Complutense presentó el estudio.",
        "«Es un avance importante», dijo López.",
    )
    assert [q.speaker for q in find_quotes(blocks, language="es")] == ["María López"]
