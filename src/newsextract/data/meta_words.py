"""Word lists for metadata extraction: bylines, date lines, roles, month names, time zones.

Lower-cased; written for newsextract from the languages' grammar and common newsroom usage
(en, fr, de, es, it, pt, nl), not copied from any other extractor. The lists are text blocks
(one entry per whitespace-separated word, or per line where entries hold spaces) so they stay
readable; `signals/byline.py`, `signals/dates.py` and the `metadata` modules compile their
patterns from them once, at import. Agency names are in `agencies.py`.
"""

from __future__ import annotations

from newsextract.data import word_set


def _lines(text: str) -> tuple[str, ...]:
    """The non-empty lines of a block of text, stripped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _numbered(text: str) -> dict[str, int]:
    """A table written as "word number" pairs, several per line."""
    items = text.split()
    return {word: int(number) for word, number in zip(items[::2], items[1::2], strict=True)}


#: Stems of "transcript" (en, fr, de, es, it, pt, nl, sv, da, no, pl: transcript,
#: transcription, Transkript, transcripción, trascrizione, transcrição, transcriptie,
#: transkription, transkrypcja): a short heading holding one opens a media page's transcript.
TRANSCRIPT_STEMS = ("transcri", "transkri", "trascri", "transkry")


#: Words that open a byline, one per line ("By Jane Doe", "Par Marie Dupont", "Von Hans
#: Müller", "Por Ana García", "Di Mario Rossi", "Door Jan Jansen", "Texto: ...", "Автор:",
#: "作者：", "记者", "بقلم:").
BYLINE_PREFIXES = _lines(
    """
    by
    written by
    words by
    story by
    reporting by
    writing by
    posted by
    penned by
    published by
    analysis by
    opinion by
    commentary by
    author
    authors
    par
    auteur
    texte
    von
    autor
    autorin
    text
    por
    escrito por
    di
    door
    tekst
    автор
    авторы
    текст
    作者
    记者
    記者
    بقلم
    """
)

#: Words that open a credit line naming people who are not the authors ("Reviewed by",
#: "Photos by"), one per line.
CREDIT_PREFIXES = _lines(
    """
    reviewed by
    medically reviewed by
    fact checked by
    fact-checked by
    edited by
    editing by
    photos by
    photo by
    photographs by
    pictures by
    illustrations by
    illustration by
    video by
    graphics by
    translated by
    additional reporting by
    photos
    photo
    foto
    fotos
    édité par
    photos de
    traduit par
    bearbeitet von
    übersetzt von
    editado por
    traducido por
    fotografía de
    """
)

#: Verbs that open an author's biography after their name at the end of a story ("Jane Doe
#: is a correspondent...", "Marie Dupont est journaliste...", "Hans Müller ist Redakteur...").
BIO_VERBS = word_set("is was covers writes reports est était couvre ist war schreibt es era é foi")

#: Words of a short paragraph pointing at the author ("You can email Jane Doe here", "Follow
#: Jane Doe on X"): with the author's name, it is part of the author box.
BIO_LINK_WORDS = word_set("email e-mail follow contact folgen suivez suivre seguir sigue")

#: Tails after a byline name that link to the author, never part of a name ("Jane Doe Email
#: the author", "Follow @janedoe", "Bio", "View profile", "Alle Artikel"): a tail made of
#: these words (or @handles) is cut off when it holds one of `AUTHOR_LINK_WORDS`; the
#: small words alone ("Toni R. at") are not a link.
AUTHOR_LINK_WORDS = word_set(
    """
    email e-mail mail follow bio biography profile contact twitter facebook instagram
    linkedin view articles stories posts read message rss feed
    folgen artikel autorenprofil suivre seguir artículos
    """
)
#: Words of a comment or view count after a byline's name ("by Chris Pearson · 131 comments",
#: "by Tripp Fuller 2 Comments", "Leave a Comment", "80 views"): cut off like a link to the
#: author, with the number and the small words of `COUNT_SMALL_WORDS`.
COUNT_WORDS = word_set(
    """
    comments comment views replies responses kommentare kommentar commentaires commentaire
    comentarios comentario commenti commento reacties
    """
)
COUNT_SMALL_WORDS = word_set("no leave add your")
AUTHOR_LINK_SMALL_WORDS = word_set(
    """
    x see all more author authors the me on about send a this writer's author's
    alle mehr voir tous les ver todos los
    """
)

#: Words joining two names in a byline ("A and B", "A et B", "A und B", "A y B"...).
NAME_JOINERS = word_set("and & et und y e en i og och")

#: Korean words for a reporter closing a byline after the name ("구현모 기자"); places may
#: come before the name ("순천, 광양 구현모 기자": where the reporter wrote from).
KOREAN_REPORTER_WORDS = ("기자", "특파원")

#: Words naming the outlet a byline's author wrote for ("By Jane Doe For Dailymail.Com",
#: "Por Ana García para BBC Mundo", "Par Marie Dupont pour Le Monde").
OUTLET_MARKERS = word_set("for pour para für")

#: Words introducing co-authors inside a byline ("Jane Doe (with John Roe)").
COAUTHOR_MARKERS = word_set("with avec mit con com met")

#: Lower-case particles allowed inside a person's name ("Ludwig van Beethoven").
NAME_PARTICLES = word_set(
    """
    de da das do dos del della der den di du la le van von ten ter bin ibn al el y zu st.
    """
)

#: Nouns and adjectives of the people in a newsroom ("Staff writer", "Senior correspondent",
#: "Rédaction", "Redaktion", "Redacción") and of a company blog's authors ("Software
#: Engineer", "Research Scientist"): a byline part starting or ending with one is a role,
#: and a name may be followed by one ("Jane Doe Staff Writer").
ROLE_WORDS = word_set(
    """
    staff writer writers reporter reporters editor editors correspondent contributor
    contributors contributing columnist journalist photographer photographers producer
    analyst chief senior special guest associate assistant managing blogger author member
    members president director professor manager founder officer fellow coordinator
    consultant head sponsored partner deputy engineer engineers scientist scientists
    strategist editor-at-large moderator

    rédaction redaction rédacteur rédactrice rédacteurs journaliste journalistes envoyé
    envoyée envoyés envoyées spécial spéciale spéciaux spéciales correspondant correspondante
    correspondants chroniqueur chroniqueuse

    redaktion redakteur redakteurin korrespondent korrespondentin autorin nachrichten
    mitarbeit volontär volontärin

    redacción redaccion corresponsal periodista enviado enviada especial redação redacao
    repórter redazione inviato inviata redactie correspondente

    기자 특파원 記者 记者 特派員 特派员 корреспондент корреспондента
    """
)

#: How the names of papers, broadcasters and agencies end in scripts without capitals
#: ("毎日新聞", "한국일보", "共同通信"): a byline word ending so is no person's name.
CASELESS_ORG_ENDINGS = (
    "新聞",
    "新闻",
    "日報",
    "日报",
    "通信",
    "通讯",
    "電視",
    "电视",
    "放送",
    "新聞社",
    "社",
    "网",
    "網",
    "신문",
    "일보",
    "뉴스",
    "방송",
    "통신",
)

#: Desks and beats ("News", "Sports desk", "Health News"): a byline part made of them is a
#: desk, but a capitalized pair before one is as often a menu item as a name ("Climate Change
#: News"), so only a brand may stand between a name and a desk ("WebMD Health News").
DESK_WORDS = word_set(
    """
    bureau desk newsdesk team news newsroom wire wires services service political business science
    health sports sport technology tech opinion editorial parliamentary
    """
)

#: Account names of a site's CMS, the last part of a JSON-LD author's address
#: (".../author/admin/"): the account that posted, not a person who wrote.
CMS_ACCOUNTS = word_set(
    """
    admin administrator editor editors staff webmaster redaktion redaccion redazione
    redaction redactie newsroom desk team user web wpadmin
    """
)

#: Page-chrome and function words that never occur in a person's name ("Log In",
#: "Remember Me", "Print This Article", "Updated"). Not "you": a family name too ("Xiaoying
#: You"), which `signals/byline.py` accepts only as the capitalized last word of a name.
CHROME_WORDS = word_set(
    """
    updated published posted follow email twitter view profile more articles stories from
    about and the advert advertisement content presented promoted paid in log login sign
    remember subscribe all menu search home share comments comment read continue click here
    video photo photos image images credit credits contact admin administrator webmaster
    anonymous unknown user users my your our print this article avec mis jour publié
    publiée aktualisiert veröffentlicht publiziert actualizado publicado copyright
    güncelleme güncellendi oppdatert uppdaterad opdateret bijgewerkt aggiornato atualizado
    a an of for to with without into onto over under after before any some every each no
    not nor how what why who whom whose when where which that these those new latest
    breaking live top best most less their his her its me we they them us it is are was
    highlights options copy account manage informed information hinweis playlist anhören
    listen guncelleme
    were be been being has have had does did can could should would must shall
    teilen kommentare kommentar drucken merken partager commentaires imprimer compartir
    comentarios imprimir condividi commenti stampa delen reacties del kommentarer
    """
)

#: Words of organisation names, which look like persons' names otherwise ("Sputnik
#: International", "Acme Media Group").
ORG_WORDS = word_set(
    """
    agency agencies press media magazine daily weekly times post herald journal tribune
    gazette online digital reuters
    international national network channel radio tv television broadcasting group
    institute university college school foundation association council ministry department
    office company inc inc. ltd ltd. llc corp corp. gmbh ag sa plc limited organization
    organisation society club party committee commission bank
    """
)

#: Academic and professional suffixes dropped after a name ("Brenda Goodman, MA"), written
#: without full stops: they are matched with theirs taken out ("M.D.", "Ph.D.", "Jr.").
NAME_SUFFIXES = word_set(
    """
    ma mba ms msc md phd bsc ba rn rd ldn cde mph msw dvm dds np lpn jr sr ii iii dr prof
    """
)

#: Month names and abbreviations (lower case, accents kept) and their numbers.
MONTHS = _numbered(
    """
    january 1  february 2  march 3  april 4  may 5  june 6  july 7  august 8
    september 9  october 10  november 11  december 12
    jan 1  feb 2  mar 3  apr 4  jun 6  jul 7  aug 8  sep 9  sept 9  oct 10  nov 11  dec 12

    janvier 1  février 2  fevrier 2  mars 3  avril 4  mai 5  juin 6  juillet 7  août 8
    aout 8  septembre 9  octobre 10  novembre 11  décembre 12  decembre 12
    janv 1  févr 2  fév 2  fevr 2  avr 4  juil 7  déc 12

    januar 1  jänner 1  februar 2  märz 3  maerz 3  juni 6  juli 7  oktober 10  dezember 12
    mär 3  okt 10  dez 12

    enero 1  febrero 2  marzo 3  abril 4  mayo 5  junio 6  julio 7  agosto 8
    septiembre 9  setiembre 9  octubre 10  noviembre 11  diciembre 12
    ene 1  abr 4  ago 8  dic 12

    gennaio 1  febbraio 2  aprile 4  maggio 5  giugno 6  luglio 7  settembre 9  ottobre 10
    dicembre 12

    janeiro 1  fevereiro 2  março 3  maio 5  junho 6  julho 7  setembro 9  outubro 10
    novembro 11  dezembro 12

    januari 1  februari 2  maart 3  mei 5  augustus 8
    """
)

#: Languages whose dates newsextract reads itself (their month names are in MONTHS; CJK
#: dates are numeric): dateparser is never asked for them.
NATIVE_DATE_LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "pt", "nl", "zh", "ja", "ko"})

#: Weekday names and abbreviations (en, fr, de, es, it, pt, nl) and their numbers (Monday 0,
#: as `datetime.weekday`): a weekday beside a numeric date tells its order ("Tuesday,
#: 11.06.2012" is 6 November, a Tuesday).
WEEKDAY_NUMBERS = _numbered(
    """
    monday 0  tuesday 1  wednesday 2  thursday 3  friday 4  saturday 5  sunday 6
    mon 0  tue 1  tues 1  wed 2  thu 3  thur 3  thurs 3  fri 4  sat 5  sun 6
    lundi 0  mardi 1  mercredi 2  jeudi 3  vendredi 4  samedi 5  dimanche 6
    montag 0  dienstag 1  mittwoch 2  donnerstag 3  freitag 4  samstag 5  sonnabend 5
    sonntag 6
    lunes 0  martes 1  miércoles 2  miercoles 2  jueves 3  viernes 4  sábado 5  sabado 5
    domingo 6
    lunedì 0  martedì 1  mercoledì 2  giovedì 3  venerdì 4  sabato 5  domenica 6
    lunedi 0  martedi 1  mercoledi 2  giovedi 3  venerdi 4
    segunda-feira 0  terça-feira 1  quarta-feira 2  quinta-feira 3  sexta-feira 4
    maandag 0  dinsdag 1  woensdag 2  donderdag 3  vrijdag 4  zaterdag 5  zondag 6
    """
)

#: Weekday names and abbreviations: those of `WEEKDAY_NUMBERS` and the two-letter German
#: ones, which tell no date's order ("do", "so" are words too).
WEEKDAYS = frozenset(WEEKDAY_NUMBERS) | word_set("mo di mi do fr sa so")

#: Words that may surround a date in a date line ("Published 3:04 PM ET, Tue ...",
#: "Mis à jour le 3 mars 2020", "Aktualisiert am 19.11.2019 um 14:02 Uhr").
DATELINE_WORDS = word_set(
    """
    published updated posted last first modified on at date am pm a.m. p.m. of the and
    created edited st nd rd th | - • · / min mins minute minutes read lecture lesezeit
    lectura leitura

    publié publiée mis à jour le les dernière mise h modifié et

    veröffentlicht aktualisiert zuletzt stand erstellt um uhr vom geändert publiziert
    erschienen

    publicado publicada actualizado actualizada atualizado el de del a las la hs às em
    pubblicato aggiornato alle il gepubliceerd bijgewerkt op om

    publisert oppdatert publiceret opdateret publicerad uppdaterad kl klo
    publikacja aktualizacja opublikowano zaktualizowano giriş güncelleme yayınlanma
    опубликовано обновлено опубліковано оновлено publikováno aktualizováno publikované
    aktualizované julkaistu päivitetty közzétéve frissítve publicat actualizat diterbitkan
    diperbarui

    today yesterday heute gestern aujourd hui hier hoy ayer oggi ieri hoje ontem vandaag
    gisteren idag igår
    """
)

#: A time counted back from now, as a byline's stamp writes it ("5 hours ago", "vor 3
#: Stunden", "il y a 2 jours", "hace 4 horas"): the words after the number where a word
#: closes it (English), and where a word opens it, the opening word and the units.
AGO_UNITS = word_set(
    """
    second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks
    month months year years
    """
)
AGO_WORDS = word_set("ago")
SINCE_WORDS = _lines(
    """
    vor
    il y a
    hace
    há
    """
)
SINCE_UNITS = word_set(
    """
    sekunden minute minuten stunde stunden tag tagen woche wochen monat monaten jahr jahren
    seconde secondes minutes heure heures jour jours semaine semaines mois an ans
    segundo segundos minuto minutos hora horas día días dia dias semana semanas mes meses
    año años ano anos
    """
)

#: A reading time printed in a byline box ("3 Min Lesezeit", "Lesedauer: 4 Min.", "6 minute
#: read", "Tiempo de lectura: 6 min"): the words naming it, one phrase per line ...
READING_TIME_WORDS = _lines(
    """
    read
    reading time
    lesezeit
    lesedauer
    temps de lecture
    lecture
    tiempo de lectura
    lectura
    tempo di lettura
    lettura
    tempo de leitura
    leitura
    leestijd
    lesetid
    læsetid
    lästid
    czas czytania
    okuma süresi
    """
)
#: ... and the minutes it counts.
READING_TIME_UNITS = word_set(
    """
    min mins minute minutes minuten minuti minutos minutter minuter minut minuty dk dakika
    """
)

#: Words opening a date line that gives an update's date, not the publication's, one per
#: line.
UPDATE_PREFIXES = _lines(
    """
    updated
    last updated
    last modified
    modified
    mis à jour
    mise à jour
    actualisé
    aktualisiert
    zuletzt aktualisiert
    actualizado
    atualizado
    aggiornato
    bijgewerkt
    oppdatert
    uppdaterad
    opdateret
    aktualizacja
    zaktualizowano
    son güncelleme
    güncelleme
    güncellendi
    """
)

#: Words naming the publication inside a date line that opens with its update ("Aktualizacja:
#: 02.02.2025 23:49 Publikacja: 02.02.2025 21:52", "Updated 4 May 2024, first published 3 May
#: 2024"): the publication's date follows them.
PUBLICATION_WORDS = word_set(
    """
    published posted publié publiée veröffentlicht publiziert erschienen publicado publicada
    pubblicato gepubliceerd publisert publiceret publicerad publikacja opublikowano yayınlanma
    """
)

#: The words before the time of day a byline closes with ("Posted by Jane Doe at 10:32 AM",
#: Blogger's post footers; "Von Hans Müller um 10:32", "Par Marie Dupont à 10h32",
#: "Publicado por Ana a las 10:32", "às 10:32", "alle 10:32", "om 10:32").
CLOCK_AT_WORDS = _lines(
    """
    at
    um
    à
    a las
    às
    alle
    om
    """
)

#: The word before the category a post was filed in, after its byline's date ("by Jane Doe
#: on July 12, 2012 in Crafts", "par Marie le 12 juillet 2012 dans Cuisine", "por Ana el 12
#: de julio de 2012 en Deportes", "por Ana em 12 de julho de 2012 em Esportes").
FILED_IN_WORDS = word_set("in dans en em")

#: Words inside a date line after which the update's date follows ("Published 3 May 2024,
#: updated 4 May 2024", "Publié le 3 mars, modifié le 4 mars").
INNER_UPDATE_WORDS = word_set(
    "updated modified edited modifié modifiée aktualisiert geändert actualizado modificado "
    "atualizado aggiornato modificato bijgewerkt oppdatert uppdaterad opdateret aktualizacja "
    "zaktualizowano güncelleme güncellendi"
)

#: Marks of a copyright line: the year in "© 2024 Example Media" is not the article's date.
COPYRIGHT_MARKS = _lines(
    """
    ©
    (c)
    copyright
    all rights reserved
    alle rechte vorbehalten
    tous droits réservés
    todos los derechos reservados
    tutti i diritti riservati
    todos os direitos reservados
    """
)

#: Time-zone abbreviations that may follow a time in a date line, and their UTC offsets in
#: minutes.
TIMEZONES = _numbered(
    """
    utc 0  gmt 0  z 0  bst 60  cet 60  cest 120  mez 60  mesz 120
    et -300  est -300  edt -240  ct -360  cst -360  cdt -300
    mt -420  mst -420  mdt -360  pt -480  pst -480  pdt -420
    ist 330  jst 540  aest 600  aedt 660
    """
)

#: Class/id tokens of containers whose dates and bylines belong to other articles.
RELATED_HINTS = word_set(
    """
    related recommended recommend recommendations sidebar widget teaser teasers comment
    comments promo trending popular outbrain taboola footer rail mostread most more also
    next prev previous newsletter suggested recirc carousel
    """
)

#: Class/id words (first or last word of a name) of the elements a page prints its
#: post's date in when no headline element anchors the story: "post-date", "post_date",
#: "posted-on", "submitted" (Drupal), "entry-meta", "dateStamp", a "time" span.
DATE_HINTS = word_set(
    """
    date dates dateline datestamp timestamp time posted postdate published pubdate
    submitted created meta postmeta entrymeta postmetadata
    """
)

#: Microdata properties (`itemprop`, case as schema.org writes them) of an element in the
#: page stating the story's own date: read as a date box wherever it sits, its class aside.
DATE_ITEMPROPS = frozenset({"datePublished", "dateCreated"})

#: Attributes where a date box keeps its date machine-readable, read before its text:
#: microdata's `content`, `<time>`'s `datetime`, hAtom's `<abbr class="published" title=…>`.
DATE_STAMP_ATTRIBUTES = ("content", "datetime", "title")

#: Class/id words (first or last word of a name) of elements, or their wrappers at any size,
#: that never print the post's own date: a comment thread ("comments", WordPress's
#: `ol.commentlist`, and the glued camel-case names of other CMSs' threads and comments:
#: `div#commentWrapper`, `div.commentBody`, the most common on the four HTML sets) and a
#: masthead's day or clock ("current-date", "todays-date", "date-today": the day the page
#: was seen, not written).
NOT_POST_DATE_HINTS = word_set(
    """
    comment comments commentlist commentlisting commentwrapper commentwrap commentcontainer
    commentblock commentsblock commentbody commenttext commentbox commentinfo commentauthor
    commentmetadata commentsection masthead today todays current clock
    """
)

#: Whole class or id names (lower case, "_" read as "-") of a post's own footer, where a
#: blog prints its date under the post ("11/09/2012 in Crafts", "Posted by X on Tue, Oct
#: 30, 2012"): TypePad's `div.entry-footer`, Blogger's `div.post-footer`, HubSpot's
#: `p.postfoot`; a page's footer is named "footer", "site-footer", "footer-wrap".
POST_FOOTER_NAMES = word_set(
    """
    entry-footer post-footer post-footers article-footer story-footer postfoot postfooter
    entryfooter articlefooter
    """
)

#: Class/id tokens of photo and video captions and credits.
MEDIA_HINTS = word_set("caption captions credit credits figure gallery slideshow")

#: Tags whose content is never the article's own metadata.
RELATED_TAGS = frozenset({"aside", "footer", "nav"})

#: Anchor texts (lower case, arrows stripped) that link a story's next page.
NEXT_PAGE_PHRASES = frozenset(
    {
        "next page",
        "nächste seite",
        "naechste seite",
        "página siguiente",
        "siguiente página",
        "page suivante",
        "pagina successiva",
        "pagina seguinte",
        "próxima página",
        "volgende pagina",
        "nästa sida",
        "następna strona",
    }
)

#: Bare "next" words: a next page only inside pagination markup ("Next »" elsewhere is
#: often the next article).
NEXT_WORDS = frozenset({"next", "weiter", "siguiente", "suivant", "successiva", "próxima"})

#: Words naming a page, read before its number ("Page 2", "Seite 2", "Página 2").
PAGE_WORDS = frozenset({"page", "seite", "página", "pagina", "strona", "sida", "side"})
