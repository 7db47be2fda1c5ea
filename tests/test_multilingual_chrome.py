"""Chrome wording beyond the dev languages (issue #13, round 35): in each language a small
page whose "read also" line or "related" header the new entries of `data/boilerplate.py`
remove, while a sentence of the story opening with the same word stays. Made-up pages in
the shape of the news pages these languages' publishers print."""

from __future__ import annotations

from html import escape

import pytest

import newsextract
from newsextract.model import Article, RemovalReason
from newsextract.signals.boilerplate import phrase_reason

#: language: (the chrome line, a story sentence opening with its first word, two more
#: sentences of the story)
STORIES: dict[str, tuple[str, str, str, str]] = {
    "nl": (
        "Lees ook: Kabinet valt over stikstofplannen",
        "Lees de brief die de minister gisteren naar de Kamer stuurde, zegt de woordvoerder "
        "van de oppositie.",
        "De gemeenteraad heeft dinsdag besloten de oude brug te sluiten, die al jaren in "
        "slechte staat verkeert.",
        "Voor het einde van het decennium moet er een nieuwe brug liggen, zo staat in het "
        "plan van het college.",
    ),
    "pl": (
        "Czytaj także: Rząd przyjął projekt budżetu",
        "Czytaj uważnie umowę przed podpisaniem, radzi prawnik, z którym rozmawialiśmy w "
        "środę w Warszawie.",
        "Rada miasta zdecydowała we wtorek o zamknięciu starego mostu, który od lat jest w "
        "złym stanie.",
        "Do końca dekady ma powstać nowy most, jak wynika z planu przedstawionego przez "
        "prezydenta miasta.",
    ),
    "ru": (
        "Читайте также: В Москве открыли новую станцию метро",
        "Читайте внимательно условия договора, советует юрист, с которым мы поговорили в "
        "среду в Москве.",
        "Городской совет во вторник решил закрыть старый мост, который уже много лет "
        "находится в плохом состоянии.",
        "До конца десятилетия должен появиться новый мост, говорится в плане, который "
        "представил мэр города.",
    ),
    "uk": (
        "Читайте також: У Києві відкрили новий міст",
        "Читайте уважно умови договору, радить юрист, з яким ми поговорили в середу в Києві.",
        "Міська рада у вівторок вирішила закрити старий міст, який уже багато років перебуває"
        " в поганому стані.",
        "До кінця десятиліття має з'явитися новий міст, йдеться в плані, який представив мер "
        "міста.",
    ),
    "cs": (
        "Čtěte také: Vláda schválila rozpočet na příští rok",
        "Čtěte pozorně podmínky smlouvy, radí právník, se kterým jsme mluvili ve středu v Praze.",
        "Městská rada v úterý rozhodla o uzavření starého mostu, který je už léta ve špatném "
        "stavu.",
        "Do konce desetiletí má vzniknout nový most, uvádí plán, který představil primátor města.",
    ),
    "sv": (
        "Läs också: Regeringen sänker skatten för pensionärer",
        "Läs avtalet noga innan du skriver under, råder juristen som vi talade med i onsdags "
        "i Stockholm.",
        "Kommunfullmäktige beslutade på tisdagen att stänga den gamla bron, som har varit i "
        "dåligt skick i flera år.",
        "Före årtiondets slut ska en ny bro stå klar, enligt den plan som kommunstyrelsen har"
        " lagt fram.",
    ),
    "da": (
        "Læs også: Regeringen sænker skatten for pensionister",
        "Læs aftalen grundigt, før du skriver under, råder advokaten, som vi talte med onsdag"
        " i København.",
        "Byrådet besluttede tirsdag at lukke den gamle bro, som har været i dårlig stand i "
        "mange år.",
        "Inden årtiets udgang skal der stå en ny bro, fremgår det af den plan, som "
        "borgmesteren har fremlagt.",
    ),
    "no": (
        "Les også: Regjeringen kutter skatten for pensjonister",
        "Les avtalen nøye før du skriver under, råder advokaten vi snakket med onsdag i Oslo.",
        "Bystyret vedtok tirsdag å stenge den gamle brua, som har vært i dårlig stand i mange år.",
        "Før tiåret er omme skal en ny bru stå ferdig, går det fram av planen som ordføreren "
        "har lagt fram.",
    ),
    "fi": (
        "Lue myös: Hallitus laskee eläkeläisten veroja",
        "Lue sopimus huolellisesti ennen allekirjoittamista, neuvoo juristi, jota "
        "haastattelimme keskiviikkona Helsingissä.",
        "Kaupunginvaltuusto päätti tiistaina sulkea vanhan sillan, joka on ollut huonossa "
        "kunnossa jo vuosia.",
        "Uuden sillan on määrä valmistua ennen vuosikymmenen loppua, kertoo "
        "kaupunginhallituksen esittämä suunnitelma.",
    ),
    "tr": (
        "İlgili Haberler",
        "İlgili bakanlık açıklamasında yeni düzenlemenin gelecek ay yürürlüğe gireceğini "
        "duyurdu ve vatandaşları uyardı.",
        "Belediye meclisi salı günü yıllardır kötü durumda olan eski köprünün kapatılmasına "
        "karar verdi.",
        "On yılın sonuna kadar yeni bir köprü yapılacağı, belediye başkanının sunduğu planda "
        "yer alıyor.",
    ),
    "el": (
        "Διαβάστε επίσης: Η κυβέρνηση μειώνει τους φόρους",
        "Διαβάστε προσεκτικά τους όρους της σύμβασης, συμβουλεύει ο δικηγόρος με τον οποίο "
        "μιλήσαμε την Τετάρτη.",
        "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα, η οποία "
        "βρίσκεται σε κακή κατάσταση εδώ και χρόνια.",
        "Μέχρι το τέλος της δεκαετίας θα κατασκευαστεί νέα γέφυρα, σύμφωνα με το σχέδιο που "
        "παρουσίασε ο δήμαρχος.",
    ),
    "hu": (
        "Kapcsolódó cikkek",
        "Kapcsolódó intézkedésekről a kormány szóvivője csütörtökön tájékoztatta a sajtót a "
        "parlamentben.",
        "A közgyűlés kedden úgy döntött, hogy lezárja a régi hidat, amely évek óta rossz "
        "állapotban van.",
        "Az évtized végéig új híd épül, derül ki a polgármester által bemutatott tervből, "
        "amelyet a testület is támogat.",
    ),
    "ro": (
        "Citește și: Guvernul reduce taxele pentru pensionari",
        "Citește cu atenție contractul înainte de a semna, recomandă avocatul cu care am "
        "vorbit miercuri la București.",
        "Consiliul local a decis marți închiderea vechiului pod, care se află de ani de zile "
        "într-o stare proastă.",
        "Până la sfârșitul deceniului va fi construit un pod nou, potrivit planului prezentat"
        " de primarul orașului.",
    ),
    "ar": (
        "اقرأ أيضا: الحكومة تخفض الضرائب على المتقاعدين",
        "اقرأ العقد بعناية قبل التوقيع، ينصح المحامي الذي تحدثنا معه يوم الأربعاء في القاهرة.",
        "قرر المجلس البلدي يوم الثلاثاء إغلاق الجسر القديم الذي يعاني من سوء الحالة منذ سنوات"
        " طويلة.",
        "ومن المقرر بناء جسر جديد قبل نهاية العقد، وفقا للخطة التي قدمها رئيس البلدية إلى المجلس.",
    ),
    "zh": (
        "相关新闻",
        "相关部门表示，新规定将于下个月起正式实施，市民可通过官方网站查询详细信息。",
        "市议会周二决定关闭这座多年来状况不佳的旧桥，并计划在十年内建成一座新桥。",
        "市长在会上表示，新桥的设计方案将在今年年底前向公众公布，并征求市民意见。",
    ),
    "ja": (
        "関連記事",
        "関連記事によると、新しい規則は来月から正式に施行される予定で、市民は公式サイトで詳細"
        "を確認できる。",
        "市議会は火曜日、長年老朽化が進んでいた古い橋を閉鎖することを決めた。",
        "市長は会見で、新しい橋の設計案を年内に公表し、市民の意見を募る考えを示した。",
    ),
    "ko": (
        "관련기사",
        "관련 부처는 새 규정이 다음 달부터 시행될 예정이라고 밝혔으며 시민들은 공식"
        " 누리집에서 자세한 내용을 확인할 수 있다.",
        "시의회는 화요일 수년째 낡은 상태로 방치된 옛 다리를 폐쇄하기로 결정했다.",
        "시장은 기자회견에서 새 다리의 설계안을 연말까지 공개하고 시민 의견을 듣겠다고 밝혔다.",
    ),
    "id": (
        "Baca juga: Pemerintah turunkan pajak pensiunan",
        "Baca kontrak dengan teliti sebelum menandatangani, saran pengacara yang kami "
        "wawancarai pada hari Rabu di Jakarta.",
        "Dewan kota pada hari Selasa memutuskan untuk menutup jembatan tua yang sudah "
        "bertahun-tahun dalam kondisi buruk.",
        "Jembatan baru akan dibangun sebelum akhir dekade ini, menurut rencana yang "
        "disampaikan wali kota.",
    ),
    "vi": (
        "Tin liên quan",
        "Tin nhắn của bộ trưởng được gửi tới các địa phương vào sáng thứ Tư, theo thông báo "
        "chính thức của bộ.",
        "Hội đồng thành phố hôm thứ Ba quyết định đóng cửa cây cầu cũ đã xuống cấp trong "
        "nhiều năm qua.",
        "Một cây cầu mới sẽ được xây dựng trước cuối thập kỷ này, theo kế hoạch do chủ tịch "
        "thành phố trình bày.",
    ),
}

#: Languages whose "read also" line text mode took for chrome before (`textcues.READ_ALSO`).
_TEXT_READ_ALSO_BEFORE = frozenset({"nl", "pl", "sv", "da", "no"})


def _html(language: str) -> str:
    chrome, same, first, last = STORIES[language]
    paragraphs = "".join(f"<p>{escape(text)}</p>" for text in (first, chrome, same, last))
    return (
        f'<html lang="{language}"><head><title>{escape(first[:24])}</title></head>'
        f"<body><article><h1>{escape(first[:24])}</h1>{paragraphs}</article></body></html>"
    )


def _dump(language: str) -> str:
    chrome, same, first, last = STORIES[language]
    return "\n".join((first[:24], "", first, "", chrome, "", same, "", last))


def _check(article: Article, language: str) -> None:
    chrome, same, _, last = STORIES[language]
    lines = article.text.split("\n")
    assert chrome not in lines
    assert {r.text: r.reason for r in article.boilerplate}.get(chrome) is RemovalReason.RELATED
    assert same in lines
    assert last in lines


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_read_also_line_goes_and_a_sentence_with_its_word_stays(language: str) -> None:
    _check(newsextract.extract(_html(language), kind="html"), language)


@pytest.mark.parametrize("language", sorted(set(STORIES) - _TEXT_READ_ALSO_BEFORE))
def test_a_dumps_read_also_line_goes_and_a_sentence_with_its_word_stays(language: str) -> None:
    _check(newsextract.extract(_dump(language), kind="text"), language)


#: Other roles: (a chrome line, its reason, a story sentence opening with the same word)
OTHER_ROLES = [
    (
        "Reklama",
        RemovalReason.ADVERTISEMENT,
        "Reklama telewizyjna kosztuje w tym roku o "
        "jedną piątą więcej niż przed rokiem, podają domy mediowe.",
    ),
    (
        "Annonse",
        RemovalReason.ADVERTISEMENT,
        "Annonsen ble publisert i avisen på lørdag, "
        "og allerede samme kveld ringte de første kjøperne.",
    ),
    (
        "광고",
        RemovalReason.ADVERTISEMENT,
        "광고 시장은 올해 들어 크게 위축됐다고 업계 관계자들은 전했다.",
    ),
    (
        "Kommentarer",
        RemovalReason.COMMENTS,
        "Kommentarer fra politikerne kom raskt etter at rapporten ble lagt fram tirsdag morgen.",
    ),
    (
        "5 комментариев",
        RemovalReason.COMMENTS,
        "5 комментариев к законопроекту поступили от регионов уже в первый день обсуждения.",
    ),
    (
        "Yorumlar",
        RemovalReason.COMMENTS,
        "Yorumlar sosyal medyada kısa sürede yayıldı ve "
        "bakanlık akşam saatlerinde bir açıklama yaptı.",
    ),
    ("댓글 3", RemovalReason.COMMENTS, "댓글 조작 의혹에 대해 경찰은 수사를 시작했다고 밝혔다."),
    (
        "Поделиться",
        RemovalReason.SHARE,
        "Поделиться опытом с коллегами приехали врачи из двенадцати регионов страны.",
    ),
    (
        "Bagikan",
        RemovalReason.SHARE,
        "Bagikan bantuan kepada warga terdampak banjir dimulai pada hari Senin pagi, kata petugas.",
    ),
    (
        "Logg inn",
        RemovalReason.SUBSCRIBE,
        "Logg inn-løsningen til banken var nede i flere timer tirsdag, melder selskapet.",
    ),
    (
        "Abone ol",
        RemovalReason.SUBSCRIBE,
        "Abone olmak isteyenler için yeni fiyatlar "
        "önümüzdeki ay açıklanacak, dedi şirket yetkilisi.",
    ),
    (
        "Tüm hakları saklıdır.",
        RemovalReason.COPYRIGHT,
        "Tüm hakları saklı tutulan eserin yeniden basımı için yayınevi mahkemeye başvurdu.",
    ),
    (
        "Wszelkie prawa zastrzeżone.",
        RemovalReason.COPYRIGHT,
        "Wszelkie prawa do wizerunku piłkarza należą teraz do klubu, poinformował jego rzecznik.",
    ),
]


@pytest.mark.parametrize(("chrome", "reason", "sentence"), OTHER_ROLES)
def test_chrome_wording_and_a_sentence_with_its_word(
    chrome: str, reason: RemovalReason, sentence: str
) -> None:
    assert phrase_reason(chrome) is reason
    assert phrase_reason(sentence) is None
