"""The language of a text from its script or its stop words."""

from __future__ import annotations

import pytest

from newsextract.signals.language import guess_language

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
