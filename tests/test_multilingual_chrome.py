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
    # words that open a header and a sentence alike: "we followed", "follow the path",
    # "the news about", "the news related to"
    (
        "تابعونا على فيسبوك",
        RemovalReason.SHARE,
        "تابعنا التطورات منذ الصباح حتى ساعة متأخرة من الليل",
    ),
    (
        "Ακολουθήστε το Newsbomb.gr στο Google News",
        RemovalReason.SHARE,
        "Ακολουθήστε το μονοπάτι μέχρι τη λίμνη",
    ),
    (
        "Berita terkait:",
        RemovalReason.RELATED,
        "Berita terkait kebakaran itu pertama kali dilaporkan warga sekitar pukul sembilan pagi.",
    ),
    (
        "Tin liên quan",
        RemovalReason.RELATED,
        "Tin liên quan đến vụ việc được lan truyền nhanh trên mạng xã hội.",
    ),
]


@pytest.mark.parametrize(("chrome", "reason", "sentence"), OTHER_ROLES)
def test_chrome_wording_and_a_sentence_with_its_word(
    chrome: str, reason: RemovalReason, sentence: str
) -> None:
    assert phrase_reason(chrome) is reason
    assert phrase_reason(sentence) is None


#: A story that speaks of copyright in its own sentences, per language: (headline, four
#: paragraphs, the third holding the rights words in prose, the page's real rights notice)
COPYRIGHT_STORIES: dict[str, tuple[str, tuple[str, str, str, str], str]] = {
    "zh": (
        "北京大学发布新研究报告",
        (
            "北京大学周二发布了一份关于城市交通的研究报告，报告指出城市拥堵问题日益严重。",
            "研究人员花了三年时间收集数据，覆盖了全国五十多个城市的交通流量和出行方式。",
            "报告还提到了一起涉及地图数据的纠纷，该地图的版权所有者要求研究团队删除相关图表。",
            "研究团队表示，他们将在下个月公布完整的数据集，供其他学者使用和检验。",
        ),
        "Copyright © 2024 新华网 版权所有",
    ),
    "ja": (
        "東京で新しい研究報告",
        (
            "東京大学は火曜日、都市の交通に関する研究報告を発表し、渋滞が深刻になっていると指摘した。",
            "研究者たちは三年かけて全国五十以上の都市の交通量と移動手段のデータを集めた。",
            "報告では、地図データの無断転載をめぐる争いにも触れ、出版社が図表の削除を求めたという。",
            "研究チームは来月、データを公開するという。",
        ),
        "記事・写真・図表など無断転載を禁止します。",
    ),
    "ko": (
        "서울시 교통 연구 보고서 발표",
        (
            "서울대학교는 화요일 도시 교통에 관한 연구 보고서를 발표하고 교통 체증이 "
            "심해지고 있다고 밝혔다.",
            "연구진은 삼 년 동안 전국 오십여 개 도시의 교통량과 이동 수단 자료를 모았다.",
            "보고서는 한 출판사가 지도 자료를 무단 전재한 업체를 고소한 사건도 소개했다.",
            "연구진은 다음 달 전체 자료를 공개해 다른 연구자들이 검증할 수 있도록 하겠다고 밝혔다.",
        ),
        "Copyright ⓒ 서울신문. 무단전재 및 재배포 금지",
    ),
    "ru": (
        "В Москве представили исследование о пробках",
        (
            "Московский университет во вторник представил исследование о городском транспорте, "
            "в котором говорится, что пробки становятся все серьезнее.",
            "Исследователи три года собирали данные о транспортных потоках в более чем пятидесяти "
            "городах страны.",
            "Министр заявил журналистам, что в новом законе все права защищены и никто из "
            "жителей не пострадает от реформы.",
            "Исследователи обещают в следующем месяце опубликовать полный набор данных для "
            "проверки другими учеными.",
        ),
        "© 2024 Новости. Все права защищены.",
    ),
    "vi": (
        "Nghiên cứu mới về giao thông đô thị",
        (
            "Đại học Quốc gia hôm thứ Ba công bố một báo cáo về giao thông đô thị, chỉ ra rằng "
            "tình trạng ùn tắc ngày càng nghiêm trọng.",
            "Các nhà nghiên cứu đã mất ba năm để thu thập dữ liệu về lưu lượng giao thông ở hơn "
            "năm mươi thành phố.",
            "Báo cáo cũng nhắc đến một tranh chấp về dữ liệu bản đồ, khi công ty khẳng định bản "
            "quyền thuộc về họ và yêu cầu gỡ bỏ.",
            "Nhóm nghiên cứu cho biết họ sẽ công bố toàn bộ dữ liệu vào tháng tới để các học giả "
            "khác kiểm chứng.",
        ),
        "© Bản quyền thuộc về Báo Điện tử",
    ),
}


@pytest.mark.parametrize("language", sorted(COPYRIGHT_STORIES))
def test_a_story_speaking_of_copyright_keeps_its_tail_and_loses_the_notice(language: str) -> None:
    """Text mode ends the story above a rights notice with little prose below it
    (`text/run.above_the_notice`): the rights words inside a sentence are no notice."""
    headline, paragraphs, notice = COPYRIGHT_STORIES[language]
    dump = "\n\n".join((headline, *paragraphs, notice))
    lines = newsextract.extract(dump, kind="text").text.split("\n")
    assert all(paragraph in lines for paragraph in paragraphs)
    assert notice not in lines


@pytest.mark.parametrize("subhead", ["無断転載の実態", "무단 복제 피해 급증", "版权所有者的诉求"])
def test_a_subhead_about_copying_is_no_rights_notice(subhead: str) -> None:
    _, paragraphs, _ = COPYRIGHT_STORIES["ja"]
    body = f"<p>{paragraphs[0]}</p><h2>{subhead}</h2><p>{paragraphs[1]}</p><p>{paragraphs[3]}</p>"
    page = f"<html><body><article><h1>研究報告</h1>{body}</article></body></html>"
    assert subhead in newsextract.extract(page, kind="html").text.split("\n")
