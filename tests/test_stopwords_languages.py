"""Stop words beyond the dev languages (round 35): per language, a story's sentence reads as
prose by its stop words (`stop_word_share`, the `<pre>` cue), a menu line does not, and a
short paragraph is told its language (Cyrillic among Russian, Ukrainian, Bulgarian and
Serbian by the words it uses)."""

from __future__ import annotations

import pytest

from newsextract.data.stopwords import STOP_WORDS
from newsextract.settings import DEFAULT_SETTINGS
from newsextract.signals.language import guess_language, stop_word_share

# (language, a news sentence, the same site's menu on one line)
CASES = [
    (
        "ru",
        "Городской совет во вторник проголосовал за закрытие старого моста, который уже много "
        "лет находится в плохом состоянии, и за строительство нового до конца десятилетия.",
        "Главная Политика Экономика Спорт Культура Мнения",
    ),
    (
        "uk",
        "Міська рада у вівторок проголосувала за закриття старого мосту, який вже багато років "
        "перебуває в поганому стані, і за будівництво нового до кінця десятиліття.",
        "Головна Політика Економіка Спорт Культура Думки",
    ),
    (
        "bg",
        "Общинският съвет гласува във вторник за затварянето на стария мост, който от години е "
        "в лошо състояние, и за изграждането на нов до края на десетилетието.",
        "Начало Политика Икономика Спорт Култура Мнения",
    ),
    (
        "sr",
        "Градско веће је у уторак гласало за затварање старог моста, који је годинама у лошем "
        "стању, и за изградњу новог до краја деценије.",
        "Почетна Политика Економија Спорт Култура Мишљења",
    ),
    (
        "el",
        "Το δημοτικό συμβούλιο ψήφισε την Τρίτη το κλείσιμο της παλιάς γέφυρας, η οποία είναι "
        "σε κακή κατάσταση εδώ και χρόνια, και την κατασκευή μιας νέας μέχρι το τέλος της "
        "δεκαετίας.",
        "Αρχική Πολιτική Οικονομία Αθλητισμός Πολιτισμός Απόψεις",
    ),
    (
        "ar",
        "صوت المجلس البلدي يوم الثلاثاء على إغلاق الجسر القديم الذي كان في حالة سيئة منذ "
        "سنوات، وعلى بناء جسر جديد قبل نهاية العقد.",
        "الرئيسية سياسة اقتصاد رياضة ثقافة آراء",
    ),
    (
        "cs",
        "Městská rada v úterý odhlasovala uzavření starého mostu, který je už léta ve špatném "
        "stavu, a stavbu nového do konce desetiletí.",
        "Domů Zprávy Ekonomika Sport Kultura Názory",
    ),
    (
        "sk",
        "Mestské zastupiteľstvo v utorok odhlasovalo uzavretie starého mosta, ktorý je už roky "
        "v zlom stave, a výstavbu nového do konca desaťročia.",
        "Domov Správy Ekonomika Šport Kultúra Názory",
    ),
    (
        "hu",
        "A városi tanács kedden megszavazta a régi híd lezárását, amely évek óta rossz "
        "állapotban van, és egy új híd megépítését az évtized végéig.",
        "Címlap Belföld Gazdaság Sport Kultúra Vélemény",
    ),
    (
        "ro",
        "Consiliul local a votat marți închiderea podului vechi, care este de ani de zile "
        "într-o stare proastă, și construirea unuia nou până la sfârșitul deceniului.",
        "Acasă Politică Economie Sport Cultură Opinii",
    ),
    (
        "fi",
        "Kaupunginvaltuusto päätti tiistaina sulkea vanhan sillan, joka on ollut huonossa "
        "kunnossa jo vuosia, ja rakentaa uuden ennen vuosikymmenen loppua.",
        "Etusivu Kotimaa Talous Urheilu Kulttuuri Mielipide",
    ),
    (
        "et",
        "Linnavolikogu otsustas teisipäeval sulgeda vana silla, mis on olnud aastaid halvas "
        "seisukorras, ning ehitada uue enne kümnendi lõppu.",
        "Avaleht Eesti Majandus Sport Kultuur Arvamus",
    ),
    (
        "id",
        "Dewan kota pada hari Selasa memutuskan untuk menutup jembatan lama yang sudah "
        "bertahun-tahun dalam kondisi buruk, dan akan membangun jembatan baru sebelum akhir "
        "dekade ini.",
        "Beranda Nasional Ekonomi Olahraga Hiburan Opini",
    ),
    (
        "ms",
        "Majlis bandaraya pada hari Selasa memutuskan untuk menutup jambatan lama itu kerana "
        "ia berada dalam keadaan buruk sejak bertahun-tahun, dan akan membina jambatan baharu "
        "sebelum akhir dekad ini.",
        "Utama Berita Semasa Sukan Hiburan Pendapat",
    ),
    (
        "vi",
        "Hội đồng thành phố hôm thứ Ba đã bỏ phiếu đóng cửa cây cầu cũ, vốn đã xuống cấp trong "
        "nhiều năm, và sẽ xây một cây cầu mới trước cuối thập kỷ này.",
        "Trang chủ Thời sự Kinh doanh Thể thao Giải trí",
    ),
    (
        "ca",
        "El consell municipal va votar dimarts el tancament del pont vell, que fa anys que està "
        "en mal estat, i la construcció d'un de nou abans del final de la dècada.",
        "Portada Política Economia Esports Cultura Opinió",
    ),
    (
        "hr",
        "Gradsko vijeće u utorak je izglasalo zatvaranje starog mosta, koji je godinama u lošem "
        "stanju, i izgradnju novog do kraja desetljeća.",
        "Naslovnica Vijesti Sport Kultura Zabava Mišljenja",
    ),
]
THRESHOLD = DEFAULT_SETTINGS.text.prose_min_stop_share


@pytest.mark.parametrize(("language", "sentence", "menu"), CASES)
def test_a_sentence_is_prose_a_menu_is_not_and_the_paragraph_is_told_its_language(
    language: str, sentence: str, menu: str
) -> None:
    assert stop_word_share(sentence) >= THRESHOLD > stop_word_share(menu)
    assert guess_language(f"{sentence} {sentence}") == language


def test_a_plain_text_story_in_a_pre_block_is_told_from_code() -> None:
    russian = CASES[0][1]
    assert stop_word_share(russian) >= DEFAULT_SETTINGS.locate.code_prose_min_stop_share


def test_greek_words_ending_in_a_final_sigma_are_found_casefolded() -> None:
    words = STOP_WORDS["el"]
    assert {"της", "τησ", "τους", "τουσ"} <= words
