"""Text mode: the headline of dumps whose <title> line and visible headline differ.

Each dump is built like the html_text twins of real pages (the <title> first, a menu, the
headline block, the story): the headline edited after the <title> was written (other
words, other inflections, CJK), a kicker printed on its own line above the headline, and
a browser warning read as the story's first paragraphs above the headline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract.blocks import Candidate
from newsextract.data.stopwords import STOP_WORDS
from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS
from newsextract.text.headline import headline_anchors, headline_text, naming, pick_headline
from newsextract.text.lines import Line, first_look, text_candidates
from newsextract.text.normalize import normalize

TEXT = DEFAULT_SETTINGS.text

MENU_PL = ["Wydarzenia", "Serwisy", "Zaloguj", "Reklama", "Świat", "Polityka"]
STORY_PL = [
    "Friedrich Merz, najpoważniejszy kandydat na kanclerza z ramienia CDU/CSU, poniósł w "
    "piątek porażkę w Bundestagu, gdzie nie udało się przyjąć ustawy o migracji.",
    "Na trzy tygodnie przed wyborami parlamentarnymi w Niemczech przez kraj przetoczyła się "
    "fala demonstracji przeciwko współpracy chadeków ze skrajną prawicą.",
    "Zdaniem komentatorów kontrole na granicach zostaną utrzymane także po wyborach, a "
    "nowy rząd będzie chciał je jeszcze zaostrzyć w ciągu kilku miesięcy.",
]


STORY_EN = [
    "Chelsea have delivered a message of intent and roared their season was not dead "
    "after beating Tottenham on Thursday night at Stamford Bridge.",
    "Much has been made about whether the manager will continue next season, but against "
    "Spurs the side looked like a team that had found its shape at last.",
    "The Blues were superior to their visitors and deserved to take home three points "
    "after goals from both of their centre-backs in the second half.",
    "Their next match is away at Aston Villa, where a win would lift them into the places "
    "that lead to European football next season.",
]


STORY_DE = [
    "Wir leben in einer Stadt der Superlative, und das fängt beim Oberbürgermeister an, "
    "der jede Gelegenheit nutzt, die Vorzüge seiner Stadt zu preisen.",
    "Dieses Loblied können wir übrigens länger fortsetzen als irgendeine andere Stadt, "
    "denn in diesen Tagen ist ein weiterer Superlativ hinzugekommen.",
    "Einer, auf den wir allerdings gerne verzichten würden, weil er bundesweit für "
    "Schlagzeilen sorgt und die Stadt in ein schlechtes Licht rückt.",
]


def _dump(*lines: str) -> str:
    return "\n".join(lines)


def test_headline_worded_unlike_the_title_is_found_by_its_words() -> None:
    # The <title> says "zamykają granice? ... kwestia czasu", the headline "Stałe zamknięcie
    # granic ... kwestią czasu": the same story in other inflections.
    dump = _dump(
        "Niemcy zamykają granice? To już jedynie kwestia czasu - rp.pl",
        *MENU_PL,
        "Niemcy. Stałe zamknięcie granic jedynie kwestią czasu",
        *STORY_PL,
    )
    article = newsextract.extract(dump, kind="text")
    assert article.title == "Niemcy. Stałe zamknięcie granic jedynie kwestią czasu"
    assert article.text.startswith("Friedrich Merz")
    # A browser's innerText has no <title> line (fundus-dev's Rzeczpospolita, 2025): the
    # headline's words meet the story's ("granic" / "granicach") by their stems.
    without_title = newsextract.extract(_dump(*dump.splitlines()[1:]), kind="text")
    assert without_title.title == "Niemcy. Stałe zamknięcie granic jedynie kwestią czasu"


def test_a_teaser_sharing_a_few_words_is_no_anchor() -> None:
    lines = [
        "Niemcy zamykają granice? To już jedynie kwestia czasu - rp.pl",
        "Wybory w Niemczech: sondaże przed głosowaniem",  # a teaser on the same topic
        *STORY_PL,
    ]
    names = naming(lines, None, None, TEXT)
    assert headline_anchors(lines, names, False, TEXT).lines == ()


def test_cjk_headline_edited_after_the_title() -> None:
    # The <title> names the president in full (尹錫悦), the headline by his surname (尹).
    title = "韓国が戒厳令、尹錫悦大統領「野党が反国家行為」…「従北勢力を清算」 : 読売新聞"
    headline = "韓国が戒厳令、尹大統領「野党が反国家行為」…「従北勢力を清算」"
    lines = [title, "ホーム", "ニュース", "国際", headline, "2024/12/04 00:05"]
    names = naming(lines, None, None, TEXT)
    assert headline_anchors(lines, names, False, TEXT).lines == (4,)


def test_kicker_on_its_own_line_is_printed_with_the_headline() -> None:
    story = [
        "Der neokoloniale Gipfel sollte nicht unwidersprochen bleiben: Am 11. und 12. Mai "
        "fand in Nairobi ein Gegengipfel statt, zu dem Aktivisten aus vielen Ländern kamen.",
        "Auf dem Gipfel diskutierten Staatsoberhäupter, Unternehmens- und UN-Vertreter über "
        "zahlreiche Abkommen, von denen die meisten den Hafen von Mombasa betreffen.",
        "Die Organisatoren des Gegengipfels forderten einen Schuldenerlass und ein Ende der "
        "Militärabkommen, die ihrer Ansicht nach die Souveränität des Landes untergraben.",
    ]
    dump = _dump(
        "Kenia: Nairobi von unten, Tageszeitung junge Welt, 18.05.2026",
        "Zum Inhalt der Seite",
        "Abo",
        "Schwerpunkt",
        "Kenia",
        "Nairobi von unten",
        "Von Anna Martel, Nairobi",
        *story,
    )
    assert newsextract.extract(dump, kind="text").title == "Kenia: Nairobi von unten"


def test_kicker_colon_printed_on_the_headline_line() -> None:
    dump = _dump(
        "Stuttgart hat's drauf: Stadt der Superlative | stuttgarter-zeitung.de",
        "E-Paper",
        "Alle Themen",
        "Stuttgart hat's drauf",
        ": Stadt der Superlative",
        *STORY_DE,
    )
    assert newsextract.extract(dump, kind="text").title == (
        "Stuttgart hat's drauf: Stadt der Superlative"
    )


def test_a_short_headline_under_its_kicker_anchors_the_story() -> None:
    # fundus-dev's junge Welt (2024): "Orden fürs Morden" alone is under 40% of the <title>,
    # which holds it with its kicker and a tail of site name and date; the dek under it
    # words the story's opening more closely than the headline does.
    lines = [
        "Nationaler Veteranentag: Orden fürs Morden, Tageszeitung junge Welt, 26.04.2024",
        "Abo",
        "Aus: Ausgabe vom 26.04.2024, Seite 1 / Titel",
        "Nationaler Veteranentag",
        "Orden fürs Morden",
        "Deutsches Parlament beschließt nationalen Gedenktag für Bundeswehr-Veteranen",
    ]
    names = naming(lines, None, None, TEXT)
    assert headline_anchors(lines, names, False, TEXT).lines == (4,)
    story = [
        "Die eigenen Soldaten umfassend wertschätzen will künftig auch die Bundesrepublik: "
        "Der Bundestag hat einen Gedenktag für Veteranen beschlossen.",
        "Die Parlamentsdebatte wurde von gegenseitigem Lob für die überparteiliche "
        "Zusammenarbeit dominiert, wie es in solchen Fällen üblich ist.",
        "Kritik an dem Vorhaben kam allein von der Linken, die vor einer Verklärung von "
        "Kampfeinsätzen der Bundeswehr im Ausland warnte.",
    ]
    article = newsextract.extract(_dump(*lines, "Von Karim Natour", *story), kind="text")
    assert article.title == "Nationaler Veteranentag: Orden fürs Morden"


def test_a_word_broken_at_an_inline_element_is_no_kicker() -> None:
    # A BeautifulSoup dump breaks the story's first sentence at its links ("Taylor Swift" /
    # "‘s new album"): the title holds the two with nothing between them, one word.
    lines = [
        "Donna Kelce Calls Taylor Swift's New Album Her 'Best Work'",
        "Music",
        "Donna Kelce",
        "has praised",
        "Taylor Swift",
        "‘s new album",
    ]
    names = naming(lines, None, None, TEXT)
    assert headline_anchors(lines, names, False, TEXT).lines == ()


def test_a_headline_opening_with_a_colon_goes_on_from_its_kicker() -> None:
    # fundus-dev's Stuttgarter Zeitung (2026) as a browser's innerText (no <title> line)
    # and as BeautifulSoup prints it (the colon on a line of its own, or after the kicker).
    head = ["Zum Inhalt springen", "E-Paper", "Alle Themen"]
    innertext = _dump(*head, "Stuttgart hat's drauf", ": Stadt der Superlative", *STORY_DE)
    expected = "Stuttgart hat's drauf: Stadt der Superlative"
    assert newsextract.extract(innertext, kind="text").title == expected
    title = "Stuttgart hat's drauf: Stadt der Superlative | stuttgarter-zeitung.de"
    for kicker in (["Stuttgart hat's drauf", ":"], ["Stuttgart hat's drauf :"]):
        dump = _dump(title, *head[1:], *kicker, "Stadt der Superlative", *STORY_DE)
        assert newsextract.extract(dump, kind="text").title == expected


def test_a_line_above_that_the_title_does_not_join_is_no_kicker() -> None:
    dump = _dump(
        "Chelsea send clear message of intent | Evening Standard",
        "Sport",
        "Football",
        "Chelsea send clear message of intent",
        *STORY_EN[:3],
    )
    assert newsextract.extract(dump, kind="text").title == "Chelsea send clear message of intent"


def _lines(texts: list[str]) -> tuple[list[Line], tuple[Candidate, ...]]:
    candidates = text_candidates(normalize("\n".join(texts), DEFAULT_SETTINGS, 1000), Options())
    words = STOP_WORDS["it"]
    looks = [first_look(c.text, words, Options(), DEFAULT_SETTINGS) for c in candidates]
    return looks, candidates


WARNING_IT = [
    "Stai utilizzando Internet Explorer: è un browser molto vecchio, non sicuro, e non più "
    "supportato neanche da Microsoft stessa, che l'ha creato.",
    "Per favore utilizza un browser moderno come Edge, Firefox, Chrome o uno qualunque degli "
    "altri a disposizione gratuitamente.",
]
STORY_IT = [
    "L'Artico si sta affermando sempre di più come un'area di cruciale importanza "
    "geopolitica, non solo per la sicurezza degli Stati Uniti e del Canada.",
    "Questa situazione ha messo in evidenza l'urgenza di un monitoraggio costante e "
    "sistematico dello spazio aereo per garantire la sicurezza della regione.",
]


def test_headline_under_a_browser_warning_read_as_the_story() -> None:
    # The run starts at the warning (line 2); the headline anchor sits 2 plain lines into it.
    texts = [
        "Le incursioni dei caccia russi: cosa succede nell'Artico - il Giornale",
        "Calciomercato",
        *WARNING_IT,
        "Le incursioni dei caccia russi: cosa succede nell'Artico",
        "Marco Pizzorno 4 Febbraio 2025 - 14:41",
        *STORY_IT,
    ]
    lines, candidates = _lines(texts)
    names = naming(texts, None, None, TEXT)
    anchors = headline_anchors(texts, names, False, TEXT)
    assert anchors.lines == (4,)
    assert pick_headline(lines, candidates, 2, anchors, DEFAULT_SETTINGS, lowest=1) == 4
    # deep in the story, the same line is a teaser of itself, not the headline
    deep = [*texts[:2], *WARNING_IT, *STORY_IT, *WARNING_IT, *texts[4:]]
    lines, candidates = _lines(deep)
    anchors = headline_anchors(deep, naming(deep, None, None, TEXT), False, TEXT)
    assert (
        pick_headline(lines, candidates, 2, anchors, DEFAULT_SETTINGS, lowest=1) != anchors.lines[0]
    )


def test_a_menu_line_the_first_line_repeats_is_no_headline() -> None:
    # A Markdown or innerText dump starts with no <title>: its first line may be chrome that
    # the page prints again ("Subscribe Now"); such a line is never the headline.
    # (A first line of two words names no story at all: `title_min_words`.)
    texts = ["Subscribe to Premium", "Home", "Subscribe to Premium", *STORY_IT]
    lines, candidates = _lines(texts)
    anchors = headline_anchors(texts, naming(texts, None, None, TEXT), False, TEXT)
    assert anchors.lines == (2,)
    assert pick_headline(lines, candidates, 3, anchors, DEFAULT_SETTINGS, lowest=1) is None


# --- the dek under the headline, and what is no subhead ------------------------------------


def test_dek_line_without_a_full_stop_is_the_standfirst() -> None:
    dump = "\n".join(
        [
            "Chelsea send clear message of intent | Evening Standard",
            "Sport",
            "Chelsea send clear message of intent",
            "Blues show season is still alive and European qualification is on the cards",
            "By Nizaar Kinsella",
            *STORY_EN,
        ]
    )
    article = newsextract.extract(dump, kind="text")
    assert article.standfirst == (
        "Blues show season is still alive and European qualification is on the cards"
    )
    assert "Blues show season" not in article.text


def test_a_photo_caption_or_the_headline_again_is_no_dek() -> None:
    caption = "Chelsea players celebrate their second goal against Tottenham on Thursday night"
    for under in ([caption, "Getty Images"], ["Chelsea send a clear message of intent at Cobham"]):
        dump = "\n".join(
            [
                "Chelsea send clear message of intent | Evening Standard",
                "Sport",
                "Chelsea send clear message of intent",
                *under,
                *STORY_EN,
            ]
        )
        assert newsextract.extract(dump, kind="text").standfirst is None


def test_bylines_and_embedded_post_attributions_are_no_subheads() -> None:
    body = [*STORY_EN[:2], "{}", *STORY_EN[2:]]
    for line in (
        "By Tsai Yun-jung and William Hetherington",
        "— Marco Rubio (@SecRubio) May 6, 2025",
    ):
        dump = "\n".join(
            [
                "Chelsea send clear message of intent | Evening Standard",
                "Chelsea send clear message of intent",
                *(b.format(line) for b in body),
            ]
        )
        assert line not in newsextract.extract(dump, kind="text").subheads
    dump = "\n".join(
        [
            "Chelsea send clear message of intent | Evening Standard",
            "Chelsea send clear message of intent",
            *(b.format("A night to remember") for b in body),
        ]
    )
    assert newsextract.extract(dump, kind="text").subheads == ("A night to remember",)


# --- bare names under the headline ---------------------------------------------------------


def _with_under_headline(*under: str) -> str:
    return "\n".join(
        [
            "Chelsea send clear message of intent | Evening Standard",
            "Sport",
            "Chelsea send clear message of intent",
            *under,
            *STORY_EN,
        ]
    )


def test_bare_names_under_the_headline_are_the_authors() -> None:
    article = newsextract.extract(_with_under_headline("Amanda Hällsten"), kind="text")
    assert article.authors == ("Amanda Hällsten",)
    two = newsextract.extract(
        _with_under_headline("Mathatisi Sebusi/Mohalenyane Phakela"), kind="text"
    )
    assert two.authors == ("Mathatisi Sebusi", "Mohalenyane Phakela")


def test_bare_names_under_a_dek_and_a_share_bar_are_the_authors() -> None:
    # Built like the html_text twins of fundus-dev pages (Publico 2025, DW 2023): the dek
    # and a share bar sit between the headline and the names, names set apart by a bar.
    article = newsextract.extract(
        _with_under_headline(
            "Chelsea roared back into the race for Europe with a win over their rivals",
            "Share",
            "Comment",
            "Text size",
            "Julia Vergin | Clare Roth",
            "London - 02/05/2024 20:00",
        ),
        kind="text",
    )
    assert article.authors == ("Julia Vergin", "Clare Roth")


def test_a_label_or_the_story_s_subject_is_no_bare_byline() -> None:
    for under in ("Share this article", "Read more about Chelsea here"):
        assert newsextract.extract(_with_under_headline(under), kind="text").authors == ()
    subject = "\n".join(
        [
            "Mauricio Pochettino to stay as Chelsea manager | Evening Standard",
            "Mauricio Pochettino to stay as Chelsea manager",
            "Mauricio Pochettino",
            *STORY_EN,
        ]
    )
    assert newsextract.extract(subject, kind="text").authors == ()


def test_a_title_case_label_of_the_page_s_own_words_is_no_bare_byline() -> None:
    # Built like dragnet's blog dumps, where a box title under the headline ("Tour Dates",
    # "Food Book", "Related Topics") read as a name: the story writes "match" and "points"
    # in lower case, so "Match Points" is a label; "will" alone does not make "Will Dunham" one.
    label = newsextract.extract(_with_under_headline("Match Points"), kind="text")
    assert label.authors == ()
    name = newsextract.extract(_with_under_headline("Will Dunham"), kind="text")
    assert name.authors == ("Will Dunham",)


STORY_ES = [
    "Eine halbe Hundertschaft der Nationalpolizei war am Mittwochmorgen im Problemviertel "
    "Son Gotleu in Palma im Einsatz, nur 50 Meter von einer Schule entfernt.",
    "Die Beamten nahmen dabei vier Personen fest, die im Verdacht stehen, in der Nähe der "
    "Schule mit Drogen gehandelt zu haben, wie die Polizei mitteilte.",
    "Schon vor 48 Stunden hatte es eine erste Drogenrazzia in dem Viertel gegeben, bei der "
    "die Polizei ebenfalls mehrere Wohnungen durchsucht hatte.",
]


def test_without_a_title_line_the_headline_over_its_dek_is_found() -> None:
    # A browser's innerText: no <title> line. The dek, right above the story, words its
    # opening more closely than the headline above it does.
    dump = _dump(
        "Zum Inhalt springen",
        "Mallorca Zeitung",
        "Lokales",
        "Wetter und Verkehr",
        "Anmelden",
        "Nur 50 Meter von einer Schule entfernt: Zweite Drogenrazzia in Palma binnen 48 Stunden",
        "Eine halbe Hundertschaft der Nationalpolizei durchsucht am Mittwochmorgen Wohnungen "
        "im Problemviertel Son Gotleu nach Drogen",
        "Ralf Petzold",
        *STORY_ES,
    )
    article = newsextract.extract(dump, kind="text")
    assert article.title == (
        "Nur 50 Meter von einer Schule entfernt: Zweite Drogenrazzia in Palma binnen 48 Stunden"
    )


def test_a_long_cjk_headline_without_a_title_line() -> None:
    # A Japanese headline of 44 characters counts 22 words, more than a heading line in
    # spaced scripts may have; it ends with no full stop.
    dump = _dump(
        "ニュース",
        "国際",
        "速報",
        "イスラエルとハマスの停戦「最も合意に近い」 最終案に双方同意か 仲介国カタールが発表",
        "松岡大地",
        "パレスチナ自治区ガザ地区のイスラム組織ハマスとイスラエルの停戦交渉を仲介しているカタールの"
        "外務省報道官は14日、「これまでで最も合意に近づいている」と語った。仲介国カタールが発表した。",
        "対立する双方ともに停戦合意の最終草案に同意しているとみられる。早期停戦を求める声が強まる中、"
        "交渉は大詰めを迎えている。",
    )
    article = newsextract.extract(dump, kind="text")
    assert article.title == (
        "イスラエルとハマスの停戦「最も合意に近い」 最終案に双方同意か 仲介国カタールが発表"
    )


def test_a_malformed_url_gives_no_slug_words_and_no_error() -> None:
    """A URL urllib refuses (an unclosed IPv6 bracket) names nothing; it does not raise."""
    dump = _dump("Storm hits the coast | Daily", *MENU_PL, *STORY_PL)
    article = newsextract.extract(dump, kind="text", url="http://[::1/storm-hits-coast")
    assert article.text.startswith(STORY_PL[0][:40])


def test_chrome_joined_to_the_title_line_does_not_hide_the_headline() -> None:
    # Built like the html_text twin of a fundus-dev page (JyllandsPosten, 2025): sentences
    # broken at links make the dump's inline breaks rejoined, which glued the line under the
    # <title> to it; the headline is printed glued to its dek.
    dump = _dump(
        'She grew up among addicts and dealers: "I think it was a strength"',
        "subscribe for unlimited access",
        "News",
        "Sport",
        'She grew up among addicts and dealers: "I think it was a strength" Anna Berg opens '
        "her bistro in the old town this week, and she says her childhood made her the cook "
        "she is.",
        "Anna Berg has opened the doors of her bistro in the old town, and on the",
        "first",
        "evening the queue reached the corner of the square.",
        "Her childhood taught her, she says, that chaos and creativity go together, and the "
        "menu she wrote for",
        "the",
        "opening night mixes the food of her grandmother with what she learned in Paris.",
        "The bistro seats forty guests and will open every day except Monday, with a lunch menu",
        "for",
        "students from the university nearby.",
    )
    article = newsextract.extract(dump, kind="text")
    assert article.title == 'She grew up among addicts and dealers: "I think it was a strength"'
    assert article.text.startswith("Anna Berg has opened")


def test_a_short_label_sharing_one_word_is_not_the_headline() -> None:
    # Built like the innerText dump of fundus-dev's Nature (2026): a job-board link right
    # above the story shares its one long word ("find") with the story's opening; the
    # headline above it shares most of its words.
    story = [
        "Universities in exile have had to start again twice since the war began, and the "
        "scholars who moved with them count the costs of every move.",
        "Displaced from Donetsk, the university first found a home in Pokrovsk, where its "
        "scholars taught in borrowed rooms until the front came closer.",
        "Staff say the hardest part is to find students again after each move, and to keep "
        "the labs running with whatever equipment could be carried away.",
    ]
    headline = "Universities in exile: displaced scholars count the costs of starting afresh"
    dump = _dump("Nature", headline, "Share", "Facebook", "Find a new job", *story)
    assert newsextract.extract(dump, kind="text").title == headline


def test_a_byline_broken_at_its_links_is_read_whole() -> None:
    # Built like the BeautifulSoup dumps of fundus-dev pages (Hamburger Abendblatt, Merkur,
    # The Mirror): the byline word, each linked name and the joiner on lines of their own.
    story = [
        "Der Senat hat am Dienstag beschlossen, die Fähren im Hafen bis zum Sommer "
        "häufiger fahren zu lassen, wie eine Sprecherin mitteilte.",
        "Die Linien über die Elbe sollen dann alle zehn Minuten fahren, auch am Wochenende "
        "und an den Feiertagen im Mai und im Juni.",
        "Die Kosten von rund zwei Millionen Euro trägt die Stadt, teilte die Behörde mit, "
        "die Hochbahn stellt dafür zusätzliches Personal ein.",
    ]
    dump = _dump(
        "Fähren fahren häufiger | Hamburger Abendblatt",
        "Hamburg",
        "Fähren fahren häufiger",
        "Lesezeit: 3 Minuten",
        "Von",
        "Simone Jülicher",
        "und",
        "Rainer Grünberg",
        "28.04.2024, 12:00 Uhr",
        *story,
    )
    article = newsextract.extract(dump, kind="text")
    assert article.authors == ("Simone Jülicher", "Rainer Grünberg")


def test_names_far_under_the_headline_inside_the_story_are_no_byline() -> None:
    # A widget's label shaped like a name ("City Guide") between the story's paragraphs,
    # more than `bare_byline_reach` lines under the headline, names no author.
    dump = _dump(
        "Chelsea send clear message of intent | Evening Standard",
        "Chelsea send clear message of intent",
        *STORY_EN[:3],
        "Share",
        "City Guide",
        STORY_EN[3],
        "The manager said after the match that his players had shown what they can do when "
        "they keep the ball and press together as a team.",
        "Chelsea host Arsenal next week, a match that could decide which of the two clubs "
        "finishes higher in the table at the end of the season.",
    )
    assert newsextract.extract(dump, kind="text").authors == ()


def test_a_breadcrumb_trail_ending_in_the_headline_gives_its_last_crumb() -> None:
    # fundus-dev's Neue Südtiroler Tageszeitung (2025): the trail printed above a headline
    # of two words (too short to be a headline line of its own).
    story = [
        "Die Südtiroler Gesellschaft für Allgemeinmedizin hat in Klausen ihr 30-jähriges "
        "Bestehen gefeiert und dabei auf drei Jahrzehnte der Fortbildung zurückgeblickt.",
        "Der Vorstand dankte den Hausärztinnen und Hausärzten für ihren unermüdlichen "
        "Einsatz in den Sprengeln, gerade in den Jahren der Pandemie.",
        "Die Gesellschaft will künftig mehr junge Ärztinnen und Ärzte für die "
        "Allgemeinmedizin gewinnen und die Ausbildung im Land stärken.",
    ]
    trail = "Du befindest dich hier: Home » Gesellschaft » „Unermüdlicher Einsatz“"
    dump = _dump("Home", "Chronik", "Politik", trail, "„Unermüdlicher Einsatz“", *story)
    assert newsextract.extract(dump, kind="text").title == "„Unermüdlicher Einsatz“"
    # a headline with a slash in it is no trail
    slashed = "Tarifstreit bei Bahn / Lufthansa: Streiks ab Montag im ganzen Land"
    assert headline_text(slashed, None, naming([slashed], None, None, TEXT), TEXT) == slashed


# --- the <title> or the URL's slug printed beside the visible headline ----------------------

STORY_HAMAS = [
    "Zwei Jahre war Rom Braslavski in Geiselhaft der Terrororganisation Hamas, zwei Jahre "
    "lang sei er gedemütigt worden, sagt der Deutsch-Israeli in einem Interview.",
    "„Sie haben mir alle Kleider vom Leib gerissen“, sagt er. Man habe ihn gefesselt und "
    "ausgepeitscht, erzählt der junge Mann dem israelischen Fernsehen.",
    "Der sexuelle Missbrauch an Geiseln war bislang kaum dokumentiert; Braslavski ist einer "
    "der ersten, die öffentlich darüber sprechen.",
]
TITLE_HAMAS = "Hamas-Geisel schildert unter Tränen sexuellen Missbrauch: „In der Hölle aufgewacht“"


def test_the_visible_headline_under_its_kicker_beats_the_title_printed_again() -> None:
    # fundus-dev's Hamburger Abendblatt (2025): the breadcrumb ends with the <title>; the
    # page's own kicker and headline follow, in other words.
    headline = "„Dem Teufel begegnet“: Deutsche Hamas-Geisel erlebte sexuellen Missbrauch"
    dump = _dump(
        TITLE_HAMAS,
        "Home",
        "Politik",
        TITLE_HAMAS,
        "Emotionales Interview",
        headline,
        "Von Vivien Valentiner, Redakteurin 06.11.2025, 17:06 Uhr",
        *STORY_HAMAS,
    )
    assert newsextract.extract(dump, kind="text").title == headline


def test_the_title_printed_again_under_a_section_label_stays_the_headline() -> None:
    # n-tv prints the headline twice, a section label between: the second is no other wording
    again = TITLE_HAMAS.replace(":", "")
    dump = _dump(TITLE_HAMAS, "Home", TITLE_HAMAS, "Politik", again, *STORY_HAMAS)
    assert newsextract.extract(dump, kind="text").title == TITLE_HAMAS
    # nor is a font-size widget a kicker, nor a date line
    for between in ("A- A+", "06.11.2025, 17:06 Uhr"):
        headline = "Deutsche Hamas-Geisel erlebte sexuellen Missbrauch in Gaza"
        dump = _dump(TITLE_HAMAS, "Home", TITLE_HAMAS, between, headline, *STORY_HAMAS)
        assert newsextract.extract(dump, kind="text").title == TITLE_HAMAS


STORY_TIKTOK = [
    "Wahleinmischung per Algorithmus? Tiktok steht im Verdacht, ausländische Einflüsse "
    "nicht ausreichend zu bekämpfen. Es drohen hohe Strafen aus Brüssel.",
    "Die Kommission hat ein förmliches Verfahren gegen die Plattform eröffnet, nachdem in "
    "Rumänien die Präsidentschaftswahl annulliert worden war.",
    "Tiktok weist die Vorwürfe zurück und verweist auf seine Regeln gegen bezahlte "
    "politische Werbung auf der Plattform.",
]
URL_TIKTOK = (
    "https://www.20min.ch/story/europaeische-kommission-verfahren-bruessel-prueft-einfluss-"
    "von-tiktok-auf-wahlen-103241818"
)


def test_the_visible_headline_over_the_line_the_slug_spells() -> None:
    # fundus-dev's 20 Minuten (2024) as a browser's innerText: no <title> line; the URL
    # spells the SEO title, printed under the visible headline and its date line.
    headline = "Tiktok: Brüssel untersucht Wahleinmischung"
    seo = "Europäische Kommission: Verfahren: Brüssel prüft Einfluss von Tiktok auf Wahlen"
    head = ["Zum Inhalt springen", "Menü", "Front|Ausland|"]
    dump = _dump(*head, headline, "Publiziert 17. Dezember 2024, 12:17", seo, *STORY_TIKTOK)
    assert newsextract.extract(dump, kind="text", url=URL_TIKTOK).title == headline
    # a section label over it names another thing: the slug's line stays the headline
    dump = _dump(*head, "Tiktok und die Politik", seo, *STORY_TIKTOK)
    assert newsextract.extract(dump, kind="text", url=URL_TIKTOK).title == seo


def test_a_caption_under_a_credit_under_the_headline_is_no_headline() -> None:
    # scrapinghub's Detroit News (2019): the headline, the wire's name, a photo's caption
    # and its credit share two words with the headline; no kicker sits above a headline.
    title = "Eastern Michigan routs Northern Illinois to become bowl eligible"
    story = [
        "Dekalb, Ill. — Mike Glass threw for three touchdowns and ran for another and Eastern "
        "Michigan beat Northern Illinois on Tuesday night to become bowl eligible.",
        "The Eagles snapped an eleven-game losing streak to the Huskies dating to 2003 and "
        "will play in a bowl game for the third time in four seasons.",
        "Glass completed twenty of thirty passes for 245 yards, and the defence held the "
        "Huskies to 95 yards on the ground in the second half.",
    ]
    dump = _dump(
        f"{title} | Detroit News",
        "Sports",
        title,
        "Detroit News wire services",
        "Eastern Michigan quarterback Mike Glass III",
        "Al Goldis, Associated Press",
        *story,
    )
    assert newsextract.extract(dump, kind="text").title == title


def test_a_label_quoting_the_slug_line_is_no_headline_over_it() -> None:
    # scrapinghub's Fox News (2019) as innerText: the show's name over the headline the
    # slug spells has no word of its own.
    headline = "James Van Der Beek eliminated from 'Dancing with the Stars' after his week off"
    url = (
        "https://www.example.com/entertainment/james-van-der-beek-eliminated-dancing-with-the-stars"
    )
    story = [
        "James Van Der Beek was eliminated from the competition on Monday night, days after "
        "he told viewers that he would keep dancing with the stars of the show.",
        "The actor and his partner scored well in the first weeks but lost the public vote "
        "after a week in which the judges praised the other couples instead.",
        "He thanked the show's fans and said that he would be back in the ballroom for the "
        "final episode, when every eliminated couple returns to the stage.",
    ]
    dump = _dump("Skip to main content", "Dancing With the Stars", "Published 22 hours ago")
    dump = _dump(dump, headline, "By Andy Sahadeo | Fox News", *story)
    assert newsextract.extract(dump, kind="text", url=url).title == headline


def test_a_markdown_h1_naming_the_story_deep_in_the_run_is_the_headline() -> None:
    # Lines 1-140 of fundus-dev's us/RollingStone_2024_08_27 Markdown twin
    # (`benchmarks/out/dumps/fundus-dev/markdown/`), MIT: tests/fixtures/text/LICENSE-fundus.
    # A note on who wrote the page, read as the story's first paragraphs, sits four lines
    # above the level-1 heading that spells the URL's slug.
    dump = (Path(__file__).parent / "fixtures" / "text" / "en-rollingstone-council.md").read_text(
        encoding="utf-8"
    )
    url = (
        "https://www.rollingstone.com/culture-council/articles/"
        "what-american-crime-film-teach-doing-whats-right-whats-easy-1235086762/"
    )
    assert newsextract.extract(dump, kind="text", url=url).title == (
        "What an American Crime Film Can Teach About Doing What’s Right, Not What’s Easy"
    )


def test_a_short_headline_beside_the_site_name_in_the_title_anchors() -> None:
    # fundus-dev's Neue Südtiroler Tageszeitung (2025) as BeautifulSoup prints it: the
    # <title> is the two-word headline and the site's name, which the URL's host spells; the
    # breadcrumb's items are lines of their own, the site's name is printed in the footer.
    headline = "„Unermüdlicher Einsatz“"
    url = "https://www.tageszeitung.it/2025/04/01/unermuedlicher-einsatz-2/"
    story = [
        "Die Südtiroler Gesellschaft für Allgemeinmedizin hat in Klausen ihr 30-jähriges "
        "Bestehen gefeiert.",
        "Vor Kurzem fand im prunkvollen Walthersaal in Klausen die Mitgliederversammlung der "
        "Gesellschaft statt, die auf drei Jahrzehnte ihrer Arbeit zurückblickte.",
        "Zahlreiche Gründerväter und ehemalige Vorstandsmitglieder waren angereist, um an "
        "diesem besonderen Ereignis teilzunehmen.",
    ]
    footer = ["Kommentare (0)", "KONTAKTDATEN", "Die Neue Südtiroler Tageszeitung", "GmbH · Srl"]
    crumbs = ["Du befindest dich hier:", "Home", "»", "Gesellschaft", "»", headline]
    dump = _dump(
        f"{headline} – Die Neue Südtiroler Tageszeitung",
        *crumbs,
        headline,
        "erstellt:",
        "01. April 2025, 15:25",
        *story,
        *footer,
    )
    assert newsextract.extract(dump, kind="text", url=url).title == headline
    names = naming([f"{headline} – Die Neue Südtiroler Tageszeitung"], None, url, TEXT)
    assert names.site_parts == ('„unermüdlicher einsatz"', "die neue südtiroler tageszeitung")
    # on another host the title's sides are not told apart
    assert (
        naming([f"{headline} – Die Neue Südtiroler Tageszeitung"], None, None, TEXT).site_parts
        is None
    )


def test_the_site_name_is_read_from_the_start_of_a_word() -> None:
    # bt.dk's name "bt" is inside "debt", ft.com's "ft" inside "left": neither side of these
    # titles names the site, so neither is taken for the site's name (round 27 review); a
    # host that is only "www." names no site at all.
    for title, url in (
        ("Denmark's debt falls | Markets", "https://www.bt.dk/markets/denmarks-debt-falls"),
        ("Who is left | Politics", "https://www.ft.com/content/who-is-left"),
        ("Rates rise again | Markets", "https://www./rates"),
    ):
        assert naming([title], None, url, TEXT).site_parts is None
    names = naming(["Gas prices soar | B.T."], None, "https://www.bt.dk/a", TEXT)
    assert names.site_parts == ("gas prices soar", "b.t.")


STORY_JOBS = [
    "Canada's economy added far more jobs than expected last month, and economists say the "
    "report should end the debate about whether the country is headed into a recession.",
    "The unemployment rate fell for the second month in a row, while wages grew faster than "
    "inflation for most of the workers the agency surveyed across the provinces.",
    "Economists weigh in on what the jobs report means for the central bank, which meets "
    "again next month to decide whether to cut its key lending rate once more.",
]


def test_the_kicker_the_headline_line_sets_off_by_a_colon_is_kept() -> None:
    # fundus-dev's Financial Post (2026): the <title> drops the quoted kicker that the visible
    # headline prints before a colon; the page's headline keeps it.
    title = "Economists weigh in on the latest jobs report | Financial Post"
    headline = "'Ends recession debate': economists weigh in on the latest jobs report"
    menu = ["Skip to Content", "Sections", "Search", "News", "Economy", "Markets"]
    dump = _dump(title, *menu, headline, "Financial Post Staff", *STORY_JOBS)
    assert newsextract.extract(dump, kind="text").title == headline
    # what the line glues after the title's words stays cut: a comment count, a byline
    names = naming([title, headline], None, None, TEXT)
    core = "Economists weigh in on the latest jobs report"
    for glued in ("427 Comments", "by Jane Doe"):
        assert headline_text(f"{core} {glued}", None, names, TEXT) == core


def test_what_a_line_glues_before_the_title_s_words_is_no_kicker_unless_worded_as_one() -> None:
    # Round 34 review: a date, a time, a byline, a breadcrumb, a share prompt or the site's
    # name glued before the <title>'s words with a colon was kept as the headline's kicker;
    # the <title>'s words are the headline, as before the kicker rule.
    title = "Economists weigh in on the latest jobs report | Financial Post"
    names = naming([title], None, None, TEXT)
    core = "Economists weigh in on the latest jobs report"
    for glued in (
        "Tuesday, June 5, 2012:",
        "Updated 10:45 a.m. EDT:",
        "By Jane Doe and John Roe:",
        "Home: Business: Economy:",
        "Share this story:",
        "Financial Post Staff:",
    ):
        assert headline_text(f"{glued} {core}", None, names, TEXT) == core


def test_a_player_s_or_a_date_s_label_before_the_title_s_words_is_no_kicker() -> None:
    # Round 35 review: a dump glues the label of the page's player or date line before the
    # headline ("Video:", "Listen:", "Posted:"); the <title> leaves it out for being no part
    # of the headline, and so does the headline. A kicker of other words stays.
    title = "Economists weigh in on the latest jobs report | FP"
    names = naming([title], None, None, TEXT)
    core = "Economists weigh in on the latest jobs report"
    for label in ("Video:", "Listen:", "Posted:", "Updated:", "Photos & Video:", "Écouter :"):
        assert headline_text(f"{label} {core}", None, names, TEXT) == core
    for kicker in ("Live video:", "Watch out:"):
        assert headline_text(f"{kicker} {core}", None, names, TEXT) == f"{kicker} {core}"
    kicker = "'Ends recession debate':"
    assert headline_text(f"{kicker} {core}", None, names, TEXT) == f"{kicker} {core}"


def test_without_a_headline_line_a_dumped_title_is_the_headline() -> None:
    # fundus-dev's Hankook Ilbo (2026): the page's story is filled in by a script, so the
    # html_text dump is its <title> alone; dragnet's blogs print no headline line of their
    # own over the post. The <title> is the headline, cut of the site's name the host spells.
    title = "장동혁, 한동훈 제명했지만… '윤 어게인' 절연 ·외연 확장 부담 커졌다-정치ㅣ한국일보"
    assert newsextract.extract(title, kind="text").title == title
    menu = ["Home", "Archive", "About", "Subscribe"]
    dump = _dump("Subscription option now available - The Daily Ledger", *menu, *STORY_JOBS)
    url = "https://www.dailyledger.com/2012/06/subscription"
    headline = "Subscription option now available"
    assert newsextract.extract(dump, kind="text", url=url).title == headline
    # a first line that names no site may be a browser's menu label or a site's slogan (no
    # <title> line): no headline then
    slogan = "A simple newsletter service for people with something to say"
    assert newsextract.extract(_dump(slogan, *menu, *STORY_JOBS), kind="text").title is None
    assert newsextract.extract(dump, kind="text").title is None


def test_a_dumped_title_broken_over_two_lines_is_the_headline() -> None:
    # A headline set with an inline element inside it ("<h1>- Angsten<br>vil øke</h1>",
    # Dagbladet) dumps as two lines, neither heading enough alone; the <title> over the
    # page spells the two together (its site name aside): they are the headline.
    menu = ["Skip to main content", "News", "Sport", "Culture"]
    dump = _dump(
        "“Fear will spread” | The Daily Ledger", *menu, "“Fear", "will spread”", *STORY_JOBS
    )
    assert newsextract.extract(dump, kind="text").title == "“Fear will spread”"


@pytest.mark.parametrize(
    "story",
    [
        " ".join(STORY_JOBS),
        STORY_JOBS[0],
        "Why did the council vote to reopen the old market hall after years of repairs?",
    ],
)
def test_a_story_of_one_paragraph_is_no_title(story: str) -> None:
    # a dump of one line is its <title> only when the line reads as no sentence: a story of
    # one paragraph (or one sentence) passed as text is its body, not also its headline
    article = newsextract.extract(story, kind="text")
    assert article.title is None
    assert article.text == story
