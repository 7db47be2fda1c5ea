"""The language of a text from its script or its stop words."""

from __future__ import annotations

import pytest

from newsextract.signals.language import guess_language, stop_words_of

# --- language -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The government said on Monday that it would not change the plan, and the unions "
            "have called for a strike if it is approved by the parliament this week.",
            "en",
        ),
        (
            "Le gouvernement a annoncé lundi qu'il ne changerait pas le projet, et les syndicats "
            "ont appelé à la grève si le texte est adopté par le parlement cette semaine.",
            "fr",
        ),
        (
            "Die Regierung hat am Montag erklärt, dass sie den Plan nicht ändern wird, und die "
            "Gewerkschaften haben zu einem Streik aufgerufen, wenn er angenommen wird.",
            "de",
        ),
        (
            "El Gobierno dijo el lunes que no cambiará el plan, y los sindicatos han convocado "
            "una huelga si el texto es aprobado por el Parlamento esta semana.",
            "es",
        ),
        (
            "Il governo ha detto lunedì che non cambierà il piano, e i sindacati hanno "
            "proclamato uno sciopero se il testo sarà approvato dal parlamento questa settimana.",
            "it",
        ),
        (
            "O governo disse na segunda-feira que não vai mudar o plano, e os sindicatos "
            "convocaram uma greve se o texto for aprovado pelo parlamento esta semana.",
            "pt",
        ),
        (
            "De regering zei maandag dat zij het plan niet zal wijzigen, en de vakbonden hebben "
            "een staking aangekondigd als het voorstel deze week door het parlement wordt "
            "aangenomen.",
            "nl",
        ),
        ("Правительство заявило в понедельник, что не будет менять план.", "ru"),
        ("政府周一表示不会改变计划，工会呼吁罢工。", "zh"),
        ("政府は月曜日、計画を変更しないと発表した。", "ja"),
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_guess_language_needs_enough_text() -> None:
    assert guess_language("Hello") is None
    assert guess_language("") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Regeringen sa på måndagen att den inte kommer att ändra planen, och facket har "
            "varslat om strejk om förslaget går igenom i riksdagen den här veckan.",
            "sv",
        ),
        (
            "Rząd poinformował w poniedziałek, że nie zmieni planu, a związki zawodowe "
            "zapowiedziały strajk, jeśli projekt zostanie przyjęty przez parlament w tym "
            "tygodniu, i że to jest dla nich już ostatnia szansa.",
            "pl",
        ),
    ],
)
def test_guess_language_of_the_other_lists(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_stop_words_of_a_language_come_from_the_same_table() -> None:
    english = stop_words_of("en")
    assert english is not None
    assert {"the", "and", "of"} <= english
    assert stop_words_of("ru") is None  # Cyrillic is told by its script; no list
    assert stop_words_of(None) is None


def test_a_menu_has_no_language() -> None:
    assert guess_language("Home World Sport Business Culture Travel Video Podcasts") is None
