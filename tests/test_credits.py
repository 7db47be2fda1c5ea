"""Photo credits in captions, credit lines and the agencies credited for a story."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsextract.model import Block, BlockKind
from newsextract.settings import CreditSettings
from newsextract.signals.agencies import normalize_agency
from newsextract.signals.credits import (
    find_agencies,
    is_credit_line,
    looks_like_photo_credit,
    split_caption,
)

QUOTE_FIXTURES = sorted((Path(__file__).parent / "fixtures" / "quotes").glob("*.json"))


def paragraphs(*texts: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text) for text in texts]


# ----------------------------------------------------------------------------- captions
@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (
            "Ameer Alhalbi, AFP | A Syrian man carries a baby.",
            "A Syrian man carries a baby.",
            "Ameer Alhalbi, AFP",
        ),
        (
            "A Syrian man carries a baby | Ameer Alhalbi, AFP",
            "A Syrian man carries a baby",
            "Ameer Alhalbi, AFP",
        ),
        (
            "Troops patrol the city on Monday. (Photo: Reuters)",
            "Troops patrol the city on Monday.",
            "Reuters",
        ),
        ("Troops patrol the city. Photo: John Doe/AP", "Troops patrol the city.", "John Doe/AP"),
        (
            "A man walks by. Credit: Jane Roe for The Times",
            "A man walks by.",
            "Jane Roe for The Times",
        ),
        (
            "Titan in false colour, 2004. (NASA/JPL/Space Science Institute)",
            "Titan in false colour, 2004.",
            "NASA/JPL/Space Science Institute",
        ),
        (
            "Traders work on the floor of the NYSE, November 18, 2019. REUTERS/Brendan McDermid",
            "Traders work on the floor of the NYSE, November 18, 2019.",
            "REUTERS/Brendan McDermid",
        ),
        (
            "The president speaks in Washington © Getty Images",
            "The president speaks in Washington",
            "Getty Images",
        ),
        ("Merkel spricht im Bundestag. Foto: dpa", "Merkel spricht im Bundestag.", "dpa"),
        ("Macron parle à Paris. Crédit photo : AFP", "Macron parle à Paris.", "AFP"),
        (
            "Sánchez en el Congreso. Foto: EFE/Chema Moya",
            "Sánchez en el Congreso.",
            "EFE/Chema Moya",
        ),
        (
            "Plague bacteria on fleas. ( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)",
            "Plague bacteria on fleas.",
            "STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY",
        ),
        (
            "Jeffrey Epstein in 2017. (New York State Sex Offender Registry via AP)",
            "Jeffrey Epstein in 2017.",
            "New York State Sex Offender Registry via AP",
        ),
        ("Macron à l'Élysée, le 3 mars. Photo AFP", "Macron à l'Élysée, le 3 mars.", "Photo AFP"),
        (
            "Le président à Paris. AFP PHOTO / JIM WATSON",
            "Le président à Paris.",
            "AFP PHOTO / JIM WATSON",
        ),
        ("Obama in 2009. AFP via Getty Images", "Obama in 2009.", "AFP via Getty Images"),
        (
            "Macron à Paris (Photo AFP / Ludovic Marin)",
            "Macron à Paris",
            "Photo AFP / Ludovic Marin",
        ),
        (
            "Kerry in New York. (AP Photo/Richard Drew)",
            "Kerry in New York.",
            "AP Photo/Richard Drew",
        ),
        # a capitalized name in brackets after the last sentence (Nine News, ABC)
        (
            "The islands where Epstein abused young women and girls. (Christie's)",
            "The islands where Epstein abused young women and girls.",
            "Christie's",
        ),
        (
            "Arnaldo Báez intenta marcharse de un defensor del Noia. (Edu Luque)",
            "Arnaldo Báez intenta marcharse de un defensor del Noia.",
            "Edu Luque",
        ),
        # an agency's slash credit ending the caption without a full stop before it
        (
            "Mexico has launched a crackdown on migrants entering the country"
            " AP Photo/Edgar H. Clemente",
            "Mexico has launched a crackdown on migrants entering the country",
            "AP Photo/Edgar H. Clemente",
        ),
        # "AP Photo" alone as the last sentence; a dash before "Picture by" (Malay Mail)
        (
            "A refinery in Venezuela on Sunday. AP Photo",
            "A refinery in Venezuela on Sunday.",
            "AP Photo",
        ),
        (
            "Fahmi Fadzil in Shah Alam on November 19, 2024. — Picture by Yusof Mat Isa",
            "Fahmi Fadzil in Shah Alam on November 19, 2024.",
            "Yusof Mat Isa",
        ),
        # Korean agencies after the caption's sentence (Hankook Ilbo)
        (
            "이재명 후보가 15일 순천시에서 연설하고 있다. 연합뉴스",
            "이재명 후보가 15일 순천시에서 연설하고 있다.",
            "연합뉴스",
        ),
        ("정청래 대표가 인사하고 있다. 뉴스1", "정청래 대표가 인사하고 있다.", "뉴스1"),
        # a credit glued to the caption's last sentence (two <span>s: 20 Minuten, Público)
        (
            "Viel Ruhe und Schlaf helfen, wieder zu Kräften zu kommen.Unsplash/Kelly Sikkema",
            "Viel Ruhe und Schlaf helfen, wieder zu Kräften zu kommen.",
            "Unsplash/Kelly Sikkema",
        ),
        (
            "Cientos de personas en la pradera de San Isidro (España).Gustavo Valiente"
            " / Europa Press",
            "Cientos de personas en la pradera de San Isidro (España).",
            "Gustavo Valiente / Europa Press",
        ),
        # a sentence, a copyright credit and the photographer after a pipe (Funke)
        (
            "Rund um den Brandort gibt es Sperrungen. © DPA Images | Christoph Soeder",
            "Rund um den Brandort gibt es Sperrungen.",
            "DPA Images | Christoph Soeder",
        ),
        # Japanese credits: photographed by, provided by, an agency after "＝" (Tokyo
        # Shimbun, Sankei, Yomiuri captions on fundus-dev)
        (
            "移送のため警視庁を出る岩本絹子容疑者＝13日、東京・霞ケ関で（潟沼義樹撮影）",
            "移送のため警視庁を出る岩本絹子容疑者＝13日、東京・霞ケ関で",
            "潟沼義樹",
        ),
        (
            "母島で通話試験を行う吉田孝太技官（警視庁提供）",
            "母島で通話試験を行う吉田孝太技官",
            "警視庁",
        ),
        (
            "尹大統領の発言をテレビで見る国民（ソウルで、３日）＝ＡＰ",
            "尹大統領の発言をテレビで見る国民（ソウルで、３日）",
            "ＡＰ",
        ),
        ("会談する両首脳＝ロイター", "会談する両首脳", "ロイター"),
    ],
)
def test_split_caption(caption: str, text: str, credit: str) -> None:
    assert split_caption(caption) == (text, credit)


@pytest.mark.parametrize(
    "caption",
    [
        "A man (pictured) walks in the park.",
        "Assange gestures after he was arrested (pictured: the embassy)",
        "The ratio is 3/4 of the total in the region",
        "Who is Julian Assange?",
        'Volker: Allegations against Biden are "not credible"',
        # an aside in brackets is a sentence, not a name; lower-case words are no name
        "Now he begs you to help him against the Dogs. (Sorry.)",
        "Trump meets Xi in Beijing. (from left to right)",
        "Police stand guard in Paris AFP/Getty. The area was sealed.",
        "He served in the U.S.Army for ten years.",
        # a date and place after "＝" credits no one; a bracket without a credit word
        "イスラエルの国旗＝同国で2019年5月",
        "首相は共同声明を発表した（写真）",
    ],
)
def test_captions_without_credit_stay_whole(caption: str) -> None:
    assert split_caption(caption) == (caption, None)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo by GHULAM RASOOL", "GHULAM RASOOL"),
        ("Foto von Hannes Albert", "Hannes Albert"),
        ("Photograph by Robyn Beck/AFP/Getty Images", "Robyn Beck/AFP/Getty Images"),
    ],
)
def test_a_credit_drops_its_keyword_phrase(line: str, credit: str) -> None:
    # National Post: <span class="credit">Photo by NAME</span>; the gold names the person
    assert split_caption(line) == ("", credit)


@pytest.mark.parametrize(
    "line",
    [
        "Photo: AFP",
        "Getty Images",
        "AP Photo/Evan Vucci",
        "Patrick Semansky, ASSOCIATED PRESS",
        "© Reuters",
        "Foto: dpa",
        "Photo by Jane Doe",
        "EPA",
    ],
)
def test_photo_credit_lines(line: str) -> None:
    assert looks_like_photo_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "A Syrian man carries a baby",
        "Kerry said the talks failed",
        "Troops patrol the city. Photo: AFP",
        "Who took this picture of the AP office?",
    ],
)
def test_caption_prose_is_not_a_photo_credit(line: str) -> None:
    assert not looks_like_photo_credit(line)


def test_a_c_in_brackets_is_a_copyright_sign_not_brackets_around_the_credit() -> None:
    # "(c) Name" credits the picture as "© Name" does; the brackets are the sign's, so the
    # credit keeps them (it was read as "c) Name", and a bare name after "(c)" was no credit)
    assert looks_like_photo_credit("(c) Nadja Wohlleben")
    assert split_caption("(c) Nadja Wohlleben / Agentur Focus") == (
        "",
        "(c) Nadja Wohlleben / Agentur Focus",
    )
    assert split_caption("(Foto: dpa)") == ("", "dpa")
    # typed in capitals it is the same sign
    assert looks_like_photo_credit("(C) Nadja Wohlleben")
    assert split_caption("Friedrich Merz in Berlin. (C) Nadja Wohlleben") == (
        "Friedrich Merz in Berlin.",
        "(C) Nadja Wohlleben",
    )


# ----------------------------------------------------------------------------- credit lines
@pytest.mark.parametrize(
    "line",
    [
        "(FRANCE 24 with AFP)",
        "(Reuters) -",
        "— AP",
        "AP",
        "AFP/Reuters",
        "Associated Press contributed to this report.",
        "Associated Press writers Jane Doe and Joe Roe contributed to this report.",
        "(Reporting by Will Dunham; Editing by Tom Brown)",
        "Contributing: Kristine Phillips",
        "© Reuters 2019",
        "Copyright 2019 The Associated Press. All rights reserved.",
        "avec AFP",
        "(avec agences)",
        "mit Material von dpa",
        "(dpa)",
        "Con información de EFE",
        "(Agencias)",
        "Bron: BELGA",  # a source line in Dutch, Norwegian, Italian, Polish (issue 15)
        "Kilde: Store norske leksikon",
        "Fonte: ANSA",
        "Źródło: PAP",
    ],
)
def test_credit_lines(line: str) -> None:
    assert is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said it was over.",
        "The AP is one of the largest news agencies in the world.",
        "Officials told Reuters that the deal was close.",
        "AFP journalists saw dozens of people fleeing the area on Monday morning.",
    ],
)
def test_prose_is_not_a_credit_line(line: str) -> None:
    assert not is_credit_line(line)


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Associated Press", "AP"),
        ("the associated press", "AP"),
        ("By REUTERS", "Reuters"),
        ("Agence France-Presse", "AFP"),
        ("France 24", "FRANCE 24"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("xinhua news agency", "Xinhua"),
        ("Reuters staff", "Reuters"),
        ("Press Trust of India", "PTI"),
        ("Agencia EFE", "EFE"),
        ("Jerusalem Post", None),
        ("Jane Doe", None),
    ],
)
def test_normalize_agency(name: str, short: str | None) -> None:
    assert normalize_agency(name) == short


# ----------------------------------------------------------------------------- agencies
@pytest.mark.parametrize(
    ("blocks", "agencies"),
    [
        (paragraphs("WASHINGTON (Reuters) - Scientists unveiled a map.", "End."), ("Reuters",)),
        (paragraphs("PARIS (AFP) — The government said.", "End."), ("AFP",)),
        (paragraphs("BERLIN, 12. Mai (dpa) - Die Regierung will.", "Ende."), ("dpa",)),
        (paragraphs("Madrid, 12 mar (EFE).- El Gobierno aprobó.", "Fin."), ("EFE",)),
        (paragraphs("NEW DELHI (Reuters/AP) - It happened.", "End."), ("Reuters", "AP")),
        (paragraphs("(Reuters) - The talks failed.", "End."), ("Reuters",)),
        (paragraphs("Story.", "More.", "They were deported from the US. PTI"), ("PTI",)),
        (paragraphs("Story.", "Associated Press writers contributed to this report."), ("AP",)),
        (paragraphs("Die Geschichte.", "mit Material von dpa"), ("dpa",)),
        (paragraphs("L'histoire.", "avec AFP"), ("AFP",)),
        (paragraphs("La historia.", "Con información de EFE"), ("EFE",)),
        (paragraphs("The talks failed.", "— AP"), ("AP",)),
        (
            [*paragraphs("Story."), Block(BlockKind.CREDIT, "(FRANCE 24 with AFP)")],
            ("FRANCE 24", "AFP"),
        ),
        (  # a lede set apart as the standfirst still opens with the story's dateline
            [
                Block(BlockKind.STANDFIRST, "NEW YORK (Reuters) - Oil prices fell sharply."),
                *paragraphs("Stocks rose.", "End."),
            ],
            ("Reuters",),
        ),
    ],
)
def test_find_agencies(blocks: list[Block], agencies: tuple[str, ...]) -> None:
    assert find_agencies(blocks) == agencies


@pytest.mark.parametrize(
    "blocks",
    [
        paragraphs(
            "Officials said in an interview with Reuters that the plan failed.",
            "The CDC assured the public, according to AFP.",
            "The health commission said, writes the Associated Press.",
        ),
        paragraphs("According to AFP, the talks failed.", "End."),
        [Block(BlockKind.CAPTION, "Photo: AFP"), *paragraphs("A story with no credit.")],
        [Block(BlockKind.CAPTION, "Ameer Alhalbi, AFP | A man."), *paragraphs("A story.")],
        [Block(BlockKind.CREDIT, "Photo: Reuters"), *paragraphs("A story.")],
    ],
)
def test_agencies_merely_mentioned_or_credited_for_photos_do_not_count(
    blocks: list[Block],
) -> None:
    assert find_agencies(blocks) == ()


def test_dateline_bounds_come_from_the_settings_passed() -> None:
    """A dateline's place is bounded by the settings given, not by the defaults."""
    blocks = paragraphs("NEW YORK, Nov 19 (Reuters) - Oil prices fell.", "End.")
    assert find_agencies(blocks) == ("Reuters",)
    assert find_agencies(blocks, settings=CreditSettings(dateline_chars=10)) == ()
    assert find_agencies(blocks, settings=CreditSettings(dateline_words=2)) == ()
    far = paragraphs("x " * 45 + "(Reuters) - Oil prices fell.", "End.")
    assert find_agencies(far) == ()  # 90 characters before it: no dateline
    assert find_agencies(far, settings=CreditSettings(dateline_chars=100, dateline_words=50)) == (
        "Reuters",
    )


def test_bylines_credit_agencies() -> None:
    blocks = paragraphs("WASHINGTON (AP) — The hearing began.", "End.")
    assert find_agencies(blocks, ["By REUTERS", "Associated Press"]) == ("Reuters", "AP")
    assert find_agencies(paragraphs("Story."), ["Jane Doe", "JERUSALEM POST STAFF"]) == ()


def test_seed_credits(seed_text: str) -> None:
    lines = [" ".join(line.split()) for line in seed_text.splitlines() if line.strip()]
    caption = next(line for line in lines if " | " in line)
    assert split_caption(caption)[1] == "Ameer Alhalbi, AFP"
    blocks = [
        Block(
            BlockKind.CREDIT if is_credit_line(line) else BlockKind.PARAGRAPH,
            line,
        )
        for line in lines
        if line != caption
    ]
    assert find_agencies(blocks) == ("FRANCE 24", "AFP")


@pytest.mark.parametrize("path", QUOTE_FIXTURES, ids=lambda p: p.stem)
def test_real_pages_agencies(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    blocks = [Block(BlockKind(b["kind"]), b["text"]) for b in data["blocks"]]
    assert {normalize_agency(a) for a in data["agencies"]} == set(find_agencies(blocks))


@given(st.text(max_size=400))
def test_any_text_is_handled(text: str) -> None:
    caption, credit = split_caption(text)
    assert credit is None or (credit.strip() == credit and len(caption) < len(text))
    find_agencies(paragraphs(text, text), [text])
    is_credit_line(text)
    looks_like_photo_credit(text)


def test_long_hostile_lines_are_fast() -> None:
    import time

    started = time.process_time()
    for text in ("(" * 200_000, "A/" * 100_000, "Photo: " * 30_000, "© " * 100_000):
        split_caption(text)
        is_credit_line(text)
        looks_like_photo_credit(text)
        find_agencies(paragraphs(text, text))
    assert time.process_time() - started < 5.0


def test_image_copyright_label_announces_a_credit() -> None:
    assert looks_like_photo_credit("Image copyright EPA")
    assert split_caption("Image copyright Reuters") == ("", "Reuters")
    assert not looks_like_photo_credit("Image copyright law changed in 2019, the minister said.")


#: Each letter of a credit phrase as the case-blind search reads it: itself, its capital, and
#: the letters matching without case reads as "i" and "s".
_LETTER_FORMS = {"i": "iIİı", "s": "sSſ"}


@given(
    st.text(max_size=12),
    st.sampled_from(["contributed to this report", "contributed reporting", "mit material von"]),
    st.randoms(),
    st.text(max_size=12),
)
def test_the_credit_phrase_letters_are_in_every_line_holding_a_phrase(
    before: str, phrase: str, pick: random.Random, after: str
) -> None:
    """`is_credit_line` looks for a credit phrase ("contributed to this report", "mit
    Material von") only in a line holding its letters (issue 13, round 38): whatever the
    case and the letters matching without case reads as others ("İ", "ı", "ſ"), a line
    holding a phrase holds them."""
    from newsextract.signals.credits import _CREDIT_PHRASE_RE, _holds_phrase_letters

    written = "".join(pick.choice(_LETTER_FORMS.get(c, c + c.upper())) for c in phrase)
    line = f"{before} {written} {after}"
    assert _CREDIT_PHRASE_RE.search(line)
    assert _holds_phrase_letters(line)
