"""Turkish and Persian stop words and text written with combining marks (round 36): a
Turkish news paragraph is told its language (none was before), a Persian one is told from
Arabic, a text a page wrote decomposed (NFD: "fu\u0308r", Vietnamese tones as marks)
meets the lists as its composed form does, and a Markdown dump's link targets ("com") do
not make English Catalan."""

from __future__ import annotations

import unicodedata

from newsextract.data.stopwords import STOP_WORDS
from newsextract.signals.language import guess_language, is_stop_word, stop_word_share
from newsextract.text.lines import line_shape

TURKISH = (
    "İzmir'in Bornova ilçesinde ormanlık alanda çıkan yangın, itfaiye ekipleri ve helikopterler "
    "tarafından kontrol altına alındı. Yetkililer, yangının çıkış nedeni ile ilgili "
    "soruşturma başlatıldığını ve bölgede soğutma çalışmalarının devam ettiğini açıkladı. "
    "Vali, yaptığı açıklamada can kaybı olmadığını, ancak bazı evlerin zarar gördüğünü "
    "belirtti."
)
VIETNAMESE = (
    "Hội đồng thành phố hôm thứ Ba đã bỏ phiếu đóng cửa cây cầu cũ, vốn đã xuống cấp trong "
    "nhiều năm, và sẽ xây một cây cầu mới trước cuối thập kỷ này."
)
GERMAN = "Für die Menschen über sechzig ist das Angebot künftig kostenlos, sagte die Ministerin."


def decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_a_turkish_news_paragraph_is_told_turkish() -> None:
    assert guess_language(TURKISH) == "tr"


def test_a_turkish_paragraph_holds_stop_words_a_menu_none() -> None:
    menu = "Gündem Ekonomi Spor Dünya Yaşam Magazin Yazarlar"
    assert stop_word_share(TURKISH) > stop_word_share(menu) == 0


def test_a_decomposed_vietnamese_paragraph_is_told_vietnamese() -> None:
    text = decomposed(f"{VIETNAMESE} {VIETNAMESE}")
    assert text != unicodedata.normalize("NFC", text)
    assert guess_language(text) == "vi"
    assert stop_word_share(text) == stop_word_share(VIETNAMESE)


def test_a_decomposed_line_has_the_shape_of_its_composed_form() -> None:
    words = STOP_WORDS["de"]
    assert line_shape(decomposed(GERMAN), words) == line_shape(GERMAN, words)
    assert is_stop_word(decomposed("Für"))


def test_persian_is_told_from_arabic_in_their_shared_script() -> None:
    persian = (
        "شورای شهر روز سه شنبه به بستن پل قدیمی که سال‌ها در وضعیت بدی بوده است رای داد و "
        "گفت که یک پل تازه تا پایان دهه ساخته خواهد شد."
    )
    arabic = (
        "صوت المجلس البلدي يوم الثلاثاء على إغلاق الجسر القديم الذي كان في حالة سيئة منذ "
        "سنوات، وعلى بناء جسر جديد قبل نهاية العقد."
    )
    assert guess_language(persian) == "fa"
    assert guess_language(arabic) == "ar"


def test_a_markdown_dump_is_told_by_its_words_not_its_link_targets() -> None:
    menu = " ".join(
        f"[{name}](https://www.example.com/{name.lower()}/index.com)"
        for name in ("World", "Politics", "Business", "Tech", "Science", "Health", "Sports")
    )
    story = (
        "The city council voted on Tuesday to close the old bridge, which has been in poor "
        "repair for years, and to build a new one by the end of the decade."
    )
    text = "\n\n".join([menu] * 6 + [story] * 2)
    assert guess_language(text) == "en"
