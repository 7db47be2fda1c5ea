"""Error-page wording per language, as named regex fragments.

This module is long because it is data: one block of the same shape per language (23
languages), nothing else; code that reads it lives in `newsextract.signals.errorpage`.

`newsextract.signals.errorpage` compiles these once into a few alternations. Every fragment is
written in lowercase with straight apostrophes, and uses only literals, character classes,
optional groups and alternations, so each compiled pattern runs in linear time; fragments use
non-capturing groups only (the compiler adds its own capturing groups). Text is
folded the same way before matching (see `FOLD`), so Turkish dotless i, Russian yo and
typographic apostrophes need no variants here.

Per language:

- `subjects`: noun phrases naming the missing thing ("the page", "cette page", "die
  angeforderte Seite"). A subject followed, within a few words, by a `predicate` is an error
  statement: "the page you are looking for no longer exists".
- `predicates`: what happened to it ("does not exist", "n'existe pas", "wurde entfernt").
- `phrases`: error statements that stand alone ("we couldn't find", "nie znaleziono strony").
- `cues`: what an error page says to its reader and a news story does not: apologies,
  imperatives, the reader's own request ("sorry", "please check the address", "the page you
  requested", "back to the home page").
- `narrative`: reporting verbs that mark a news sentence ("said", "according to", "selon").
- `keywords`: plain substrings (space-separated), at least one of which occurs in every
  subject and phrase of the language; a block containing none of them is skipped before any
  regex runs.
- `compact`: the language is written without spaces between words (ja, zh, and ko particles),
  so fragments are matched without word boundaries and the subject-predicate gap is counted
  in characters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorWording:
    """How one language words an error page (see the module docstring)."""

    subjects: tuple[str, ...]
    predicates: tuple[str, ...]
    phrases: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    narrative: tuple[str, ...] = ()
    keywords: str = ""
    compact: bool = False


#: Character folding applied to both the text and the fragments (after lowercasing the text).
FOLD: Final[Mapping[str, str]] = {
    "\u2019": "'",  # right single quotation mark, the usual typographic apostrophe
    "\u2018": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "`": "'",
    "\u00b4": "'",
    "\u0131": "i",  # Turkish dotless i
    "\u0307": "",  # combining dot left by lowercasing Turkish capital I with dot
    "\u0451": "\u0435",  # Russian yo -> ye
    "\u00a0": " ",
    "\u015f": "\u0219",  # Romanian s with cedilla -> s with comma below
    "\u0163": "\u021b",  # Romanian t with cedilla -> t with comma below
}

#: HTTP status codes of a missing page, written as a standalone number ("404", "Error 404").
STATUS_CODES: Final = r"(?<![\d.,])(?:404|410)(?![\d]|[.,]\d)"

#: The word "error" in the covered languages; "error 404" and "404 error" are error phrases.
ERROR_WORDS: Final = (
    r"(?:error|erreur|fehler|errore|erro|fout|błąd|ошибка|hata|エラー|错误|錯誤|오류)"
)

#: Dates mark news prose ("The page has not been reachable since Monday"); an error message is
#: timeless. Weekdays, months (without "may"/"mai", which are also verbs/adverbs elsewhere)
#: and years, in the larger languages; matched like the reporting verbs.
TIME_WORDS: Final = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|june|july|august|september|october|november|december|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|avril|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|"
    r"juni|juli|oktober|dezember|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|"
    r"junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|gennaio|febbraio|aprile|giugno|luglio|"
    r"settembre|ottobre|dicembre|"
    r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|janeiro|fevereiro|"
    r"março|junho|julho|setembro|outubro|novembro|dezembro|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|"
    r"augustus|"
    r"(?<![/-])(?:19|20)\d\d(?![/-]\w))"
)

#: Whole blocks that are an error page's heading even without a subject ("404 Not Found").
BLOCK_ONLY: Final = (
    r"(?:(?:http )?(?:error )?(?:404|410) )?"
    r"(?:(?:file |page )?not found|page missing|nicht gefunden|"
    r"(?:internal )?server error|service unavailable)"
    r"|(?:http )?410 gone"
)

#: Whole titles (or title segments between separators) that name an error page.
TITLE_ONLY: Final = (
    r"(?:(?:http )?(?:404|410|500|503) )?"
    r"(?:error|oops|whoops|erreur|fehler|errore|erro|fout|błąd|ошибка|hata|エラー|错误|錯誤|오류)"
    r"(?: (?:404|410|500|503))?"
)

LANGUAGES: Final[Mapping[str, ErrorWording]] = {
    "en": ErrorWording(
        subjects=(
            r"(?:(?:the|this|that|your|these) )?(?:requested |specific |particular )?"
            r"(?:web ?page|page|article|story|content|file|document|url|link|resource|item|"
            r"post|video|gallery|report|address|piece)s?",
        ),
        predicates=(
            r"(?:doesn't|does not|didn't|did not|don't|do not|no longer|may not|might not|"
            r"may no longer|might no longer|never|could not|couldn't) exists?",
            r"(?:is|are|was|were)(?:n't| not| no longer)(?: currently| temporarily)? "
            r"(?:available|accessible|found|online|reachable|live)",
            r"(?:(?:is|are|was|were|has been|have been)(?: currently| temporarily| "
            r"permanently)? )?(?:unavailable|inaccessible|expired|offline)",
            r"(?:cannot|can't|could not|couldn't|can not|may not|might not) be "
            r"(?:found|located|displayed|accessed|reached|shown)",
            r"(?:has|have|had|may have|might have|could have)(?: already)? been (?:removed|"
            r"deleted|moved|renamed|taken down|withdrawn|unpublished|archived|relocated)",
            r"(?:was|were|is|are) (?:removed|deleted|taken down|withdrawn|unpublished)",
            r"(?:has|have) (?:expired|moved|disappeared|gone missing|been lost)",
            r"(?:went|is|seems to be) missing",
            r"had its name changed",
            r"(?:is|seems to be|appears to be|may be|might be) (?:broken|dead|invalid|"
            r"incorrect|outdated|out of date)",
            r"(?:was |were |is )?not found",
            r"no longer available",
            r"not available",
        ),
        phrases=(
            r"(?:we|i)(?: just)? (?:can't|cannot|can not|could not|couldn't|were unable to|"
            r"are unable to)(?: seem to)? find (?:the|this|that|your|what|any|it)",
            r"(?:we|i)(?:'ve| have)(?:n't| not) been able to (?:find|serve|locate|load) "
            r"(?:the|this|that|your|what)",
            r"(?:there's|there is) nothing (?:here|at this address)",
            r"nothing (?:was )?found",
            r"(?:(?:error |http )?50[03] )?(?:internal )?server error",
            r"(?:(?:error |http )?503 )?service (?:temporarily )?unavailable",
        ),
        cues=(
            r"sorry",
            r"unfortunately",
            r"(?:you've|you have) (?:reached|found|landed on)",
            r"if you (?:think|believe) (?:this|that) (?:is|was) (?:an error|a mistake)",
            r"(?:please )?contact us",
            r"(?:whoops|oops|uh oh)",
            r"we apologi[sz]e",
            r"(?:please )?(?:check|verify|double-check)(?: that)? (?:the|your) "
            r"(?:url|address|web address|spelling|link)",
            r"(?:make sure|check that) the (?:address|url) (?:is|was) (?:spelled|typed|"
            r"entered) correctly",
            r"(?:please )?(?:try|use|try using)(?: the| our| a)? (?:search|site search|search box|"
            r"search bar|search function)",
            r"search (?:our site|again|the site)",
            r"(?:go|return|head|get)(?: back)? to (?:the|our) (?:home ?page|home|front page|"
            r"start page|homepage)",
            r"back to (?:the )?(?:home ?page|home|front page|homepage)",
            r"(?:use|try|follow) (?:the|one of the) links? below",
            r"(?:the|a) link you (?:followed|clicked|used)",
            r"you (?:may have |might have )?(?:mistyped|typed|entered|followed|clicked)",
            r"you(?:'re| are| were) (?:looking|searching) for",
            r"you (?:requested|asked for|wanted)",
            r"requested (?:page|url|content|address|article|resource)",
            r"(?:broken|outdated|out-of-date|old|dead) (?:link|bookmark)",
            r"(?:here are|try) some (?:links|suggestions)",
        ),
        narrative=(
            r"said",
            r"says",
            r"told",
            r"according to",
            r"reported",
            r"ruled",
            r"announced",
            r"added",
            r"wrote",
            r"claimed",
            r"stated",
            r"explained",
            r"confirmed",
            r"testified",
            r"alleged",
        ),
        keywords=(
            "page article story content file document url link resource item post video gallery "
            "report address piece find nothing server unavailable serve locate load"
        ),
    ),
    "fr": ErrorWording(
        subjects=(
            r"(?:(?:la|cette|votre|une) )?page(?: web)?",
            r"(?:l'|cet |un |votre )?article",
            r"(?:(?:le|ce|votre) )?contenu",
            r"(?:(?:la|cette|votre) )?(?:vidéo|ressource|adresse|url)",
            r"(?:le|ce|votre) (?:lien|fichier|document)",
            r"l'(?:adresse|url)",
        ),
        predicates=(
            r"n'existe (?:pas|plus)(?: ou (?:plus|pas)| ou n'existe (?:plus|pas))?",
            r"(?:est|semble|semble être|reste) introuvable",
            r"(?:n'est|n'était) (?:pas|plus)(?: ou plus)? (?:disponible|accessible|en ligne)",
            r"(?:est|est actuellement|est temporairement) (?:indisponible|inaccessible)",
            r"(?:a|ont) été (?:supprimée?s?|retirée?s?|déplacée?s?|dépubliée?s?|archivée?s?|"
            r"renommée?s?|effacée?s?)",
            r"(?:est|sont) (?:supprimée?s?|retirée?s?|dépubliée?s?)",
            r"n'a (?:pas )?pu être (?:trouvée?|affichée?)",
            r"n'a pas été trouvée?",
            r"(?:non|pas) trouvée?",
            r"introuvable",
            r"(?:n'est )?plus disponible",
            r"indisponible",
        ),
        phrases=(
            r"(?:nous )?(?:ne (?:pouvons|parvenons|trouvons) pas|n'avons pas pu|n'arrivons pas)"
            r"(?: à)? (?:trouver|retrouver|afficher) (?:la|cette|votre|ce|l')",
        ),
        cues=(
            r"désolée?s?",
            r"oups",
            r"nous (?:sommes désolés|nous excusons)",
            r"(?:veuillez|merci de) (?:vérifier|contrôler) (?:l'adresse|l'url|le lien|"
            r"l'orthographe|votre saisie)",
            r"vérifiez (?:l'adresse|l'url|le lien|l'orthographe)",
            r"(?:retour|retourner|revenir|retournez|revenez)(?: à)? (?:la page d'accueil|"
            r"l'accueil|la une)",
            r"(?:page d'accueil)",
            r"(?:utilisez|utiliser|essayez) (?:le moteur de recherche|la recherche|notre "
            r"moteur de recherche|les liens ci-dessous)",
            r"que vous (?:recherchez|cherchez|avez demandée?|souhaitez consulter|tentez "
            r"d'atteindre|essayez d'atteindre)",
            r"le lien (?:que vous avez suivi|est rompu|est cassé|est erroné)",
            r"(?:page|contenu|adresse) demandée?",
            r"mal (?:orthographiée?|saisie?|tapée?)",
        ),
        narrative=(
            r"a (?:déclaré|dit|affirmé|indiqué|expliqué|annoncé|estimé|jugé|précisé|ajouté|"
            r"confirmé|rapporté|raconté)",
            r"a-t-(?:il|elle) (?:dit|déclaré|ajouté|expliqué|précisé|affirmé)",
            r"selon",
            r"d'après",
            r"(?:déclare|affirme|estime|explique)",
        ),
        keywords=(
            "page article contenu vidéo ressource adresse url lien fichier document trouver "
            "afficher"
        ),
    ),
    "de": ErrorWording(
        subjects=(
            r"(?:(?:die|diese|ihre|eine) )?(?:(?:von ihnen )?(?:angeforderte|gesuchte|"
            r"aufgerufene|gewünschte|angefragte) )?(?:webseite|internetseite|seite)",
            r"(?:(?:der|dieser|ihr) )?(?:(?:von ihnen )?(?:angeforderte|gesuchte|aufgerufene|"
            r"gewünschte) )?(?:artikel|beitrag|inhalt|link)",
            r"(?:(?:das|dieses) )?(?:(?:von ihnen )?(?:angeforderte|gesuchte|aufgerufene|"
            r"gewünschte) )?(?:video|dokument|angebot)",
            r"(?:die|diese) (?:datei|url|adresse|meldung)",
        ),
        predicates=(
            r"(?:existiert|gibt es) (?:leider )?nicht(?: mehr)?",
            r"(?:ist|war) (?:leider )?(?:nicht|nicht mehr|nicht länger) (?:verfügbar|erreichbar|"
            r"vorhanden|abrufbar|online)",
            r"(?:wurde|wird|konnte) (?:leider )?nicht (?:gefunden|angezeigt)(?: werden)?",
            r"(?:wurde|ist) (?:leider )?(?:gelöscht|entfernt|verschoben|depubliziert)",
            r"(?:leider )?nicht (?:mehr )?(?:gefunden|verfügbar|vorhanden|erreichbar|abrufbar|"
            r"finden)",
        ),
        phrases=(r"(?:konnten|können) wir (?:leider )?(?:nichts|nicht) finden",),
        cues=(
            r"leider",
            r"hoppla",
            r"entschuldigung",
            r"(?:es )?tut uns leid",
            r"(?:bitte )?(?:überprüfen|prüfen|kontrollieren) sie (?:die|ihre) (?:adresse|url|"
            r"eingabe|schreibweise)",
            r"(?:zurück )?zur (?:startseite|homepage)",
            r"(?:nutzen|verwenden|benutzen) sie (?:die|unsere) (?:suche|suchfunktion)",
            r"die sie (?:suchen|aufgerufen haben|aufrufen wollten)",
            r"(?:angeforderte|gesuchte|aufgerufene) (?:seite|url|adresse)",
            r"vertippt",
            r"(?:veralteten|veralteter|fehlerhaften|fehlerhafter) (?:link|lesezeichen)",
        ),
        narrative=(
            r"sagte",
            r"sagt",
            r"erklärte",
            r"berichtete",
            r"teilte",
            r"laut",
            r"zufolge",
            r"betonte",
            r"urteilte",
            r"so (?:der|die) (?:sprecher|sprecherin)",
        ),
        keywords=(
            "seite artikel beitrag inhalt link video dokument angebot datei url adresse "
            "meldung finden fehler"
        ),
    ),
    "es": ErrorWording(
        subjects=(
            r"(?:(?:la|esta|esa|tu|su) )?página(?: web)?",
            r"(?:(?:el|este|ese|tu|su) )?(?:artículo|contenido|enlace|vídeo|video|archivo|"
            r"documento)",
            r"(?:la|esta|esa) (?:noticia|dirección|url)",
        ),
        predicates=(
            r"(?:ya )?no existe",
            r"(?:ya )?no (?:está|esta|se encuentra) disponible",
            r"no (?:ha sido|fue|se ha|se pudo|pudo ser|pudo) (?:encontrad[oa]|encontrar|"
            r"hallad[oa])",
            r"no se (?:ha )?(?:encontrado|encontró|encuentra)",
            r"no encontrad[oa]",
            r"(?:ha sido|haya sido|han sido|fue|se ha|puede haber sido) (?:eliminad[oa]|"
            r"borrad[oa]|retirad[oa]|movid[oa]|trasladad[oa]|despublicad[oa])",
            r"(?:no disponible|inaccesible)",
        ),
        phrases=(
            r"no (?:pudimos|podemos|hemos podido) encontrar (?:la|esta|el|lo)",
            r"no (?:hemos|he) encontrado (?:la|esta|el|lo)",
        ),
        cues=(
            r"lo sentimos",
            r"(?:disculpa|disculpe|disculpas|perdón|perdona|ups|uy|vaya)",
            r"(?:por favor,? )?(?:comprueba|verifica|revisa|compruebe|verifique|revise) "
            r"(?:la dirección|la url|el enlace|que la dirección)",
            r"(?:vuelve|volver|regresa|regresar|ir)(?: a)? (?:la )?(?:página de inicio|"
            r"portada|página principal|inicio)",
            r"(?:usa|usar|utiliza|utilice|use) (?:el|nuestro) buscador",
            r"que (?:buscas|busca|estás buscando|está buscando|has solicitado|ha solicitado|"
            r"intentas)",
            r"(?:página|dirección|url) solicitada",
            r"(?:enlace|link) (?:esté |está |puede estar )?(?:roto|caducado)",
        ),
        narrative=(
            r"dijo",
            r"afirmó",
            r"declaró",
            r"explicó",
            r"según",
            r"informó",
            r"aseguró",
            r"señaló",
            r"añadió",
            r"dictaminó",
        ),
        keywords=(
            "página artículo contenido enlace vídeo video archivo documento noticia "
            "dirección url encontr"
        ),
    ),
    "it": ErrorWording(
        subjects=(
            r"(?:(?:la|questa|quella) )?pagina(?: web)?",
            r"(?:l'|il |questo |quest')?(?:articolo|contenuto|video|link|file|documento)",
            r"(?:la|questa) notizia",
        ),
        predicates=(
            r"non esiste(?: più)?",
            r"non (?:è|e') (?:più )?(?:disponibile|accessibile|raggiungibile)",
            r"non (?:è stat[ao] |e' stat[ao] )?trovat[ao]",
            r"(?:è|e') stat[ao] (?:rimoss[ao]|cancellat[ao]|eliminat[ao]|spostat[ao])",
            r"non (?:può|puo|potrebbe) essere (?:trovat[ao]|visualizzat[ao])",
            r"non (?:più )?disponibile",
        ),
        phrases=(r"non (?:riusciamo|siamo riusciti) a trovare",),
        cues=(
            r"(?:ci dispiace|siamo spiacenti|spiacenti|ci scusiamo)",
            r"(?:ops|oops)",
            r"(?:controlla|verifica|controllare|verificare|controllate) (?:l'indirizzo|l'url|"
            r"il link)",
            r"(?:torna|tornare|ritorna|vai) (?:alla|all') ?(?:home ?page|pagina iniziale|home|"
            r"prima pagina)",
            r"(?:usa|utilizza|prova) (?:la ricerca|il motore di ricerca|il nostro motore di "
            r"ricerca)",
            r"che (?:stai cercando|cerchi|hai richiesto|stavi cercando)",
            r"(?:pagina|indirizzo) richiest[oa]",
        ),
        narrative=(
            r"ha (?:detto|dichiarato|spiegato|affermato|riferito|annunciato|aggiunto)",
            r"secondo",
        ),
        keywords="pagina articolo contenuto video link file documento notizia trovare",
    ),
    "pt": ErrorWording(
        subjects=(
            r"(?:(?:a|esta|essa) )?página",
            r"(?:(?:o|este|esse) )?(?:artigo|conteúdo|link|vídeo|arquivo|ficheiro|documento|"
            r"endereço)",
            r"(?:a|esta) (?:notícia|matéria)",
        ),
        predicates=(
            r"(?:já )?não existe(?: mais)?",
            r"(?:já )?não (?:está|esta|se encontra) (?:mais )?disponível",
            r"não (?:foi|pôde ser|pode ser) (?:encontrad[ao]|localizad[ao])",
            r"não encontrad[ao]",
            r"(?:foi|foram|pode ter sido) (?:removid[ao]|excluíd[ao]|apagad[ao]|retirad[ao]|"
            r"movid[ao])",
            r"(?:está )?indisponível",
        ),
        phrases=(r"não (?:conseguimos|foi possível) encontrar",),
        cues=(
            r"(?:desculpe|desculpa|lamentamos|pedimos desculpa|ops|opa)",
            r"(?:verifique|confira|verificar|confirme) (?:o endereço|a url|o link)",
            r"(?:volte|voltar|retornar|retorne|ir)(?: para)? (?:à|a) página inicial",
            r"(?:use|utilize|usar) a (?:busca|pesquisa)",
            r"que (?:você )?(?:procura|está procurando|procuras|solicitou|tentou acessar)",
            r"(?:página|endereço) solicitad[ao]",
        ),
        narrative=(
            r"disse",
            r"afirmou",
            r"declarou",
            r"explicou",
            r"segundo",
            r"informou",
            r"anunciou",
            r"acrescentou",
        ),
        keywords=(
            "página artigo conteúdo link vídeo arquivo ficheiro documento endereço notícia "
            "matéria encontrar"
        ),
    ),
    "nl": ErrorWording(
        subjects=(
            r"(?:(?:de|deze|die) )?(?:webpagina|pagina)",
            r"(?:(?:het|dit) )?(?:artikel|bericht|bestand|document)",
            r"(?:de|deze) (?:link|url|video|inhoud)",
        ),
        predicates=(
            r"bestaat (?:helaas )?niet(?: meer)?",
            r"(?:is|was|werd) (?:helaas )?niet (?:meer )?(?:beschikbaar|gevonden|bereikbaar)",
            r"niet (?:meer )?(?:gevonden|beschikbaar)",
            r"(?:is|werd) (?:verwijderd|verplaatst)",
            r"kon (?:helaas )?niet (?:worden )?gevonden(?: worden)?",
        ),
        phrases=(r"(?:we|wij) (?:kunnen|konden) (?:de|deze) pagina (?:helaas )?niet vinden",),
        cues=(
            r"(?:sorry|helaas|excuses|oeps)",
            r"(?:controleer|check) (?:het adres|de url|de link|de spelling)",
            r"(?:ga )?terug naar (?:de )?(?:homepage|startpagina|voorpagina|home)",
            r"gebruik (?:de|onze) zoekfunctie",
            r"die (?:u|je|jij) (?:zoekt|zocht|probeert te bezoeken)",
            r"(?:opgevraagde|gezochte) (?:pagina|url)",
        ),
        narrative=(
            r"zei",
            r"zegt",
            r"verklaarde",
            r"volgens",
            r"meldde",
            r"liet weten",
            r"aldus",
        ),
        keywords="pagina artikel bericht bestand document link url video inhoud",
    ),
    "pl": ErrorWording(
        subjects=(
            r"(?:(?:ta|tej|żądana|szukana|wybrana) )?stron[aęy]",
            r"(?:(?:ten|tego|wybrany) )?(?:artykuł|materiał|plik|link|adres)u?",
            r"(?:ta|tej) (?:treść|treści)",
        ),
        predicates=(
            r"(?:już )?nie istnieje",
            r"(?:jest|jest obecnie|jest już) niedostępn[ayeo]",
            r"nie (?:jest|jest już) dostępn[ayeo]",
            r"(?:została|został|zostało|zostały) (?:usunięt[aye]|przeniesion[aye])",
            r"nie (?:została|został|zostało) (?:znalezion[aye]|odnalezion[aye])",
        ),
        phrases=(
            r"nie znaleziono (?:strony|artykułu|materiału|pliku|treści)",
            r"nie (?:możemy|mogliśmy|udało się) (?:znaleźć|odnaleźć)",
        ),
        cues=(
            r"(?:przepraszamy|ups)",
            r"sprawdź (?:adres|poprawność adresu|link)",
            r"(?:wróć|powrót|przejdź) (?:do|na) stron[yęe] główn[aąej]",
            r"skorzystaj z wyszukiwarki",
            r"której szukasz",
            r"(?:żądana|szukana) stron[aęy]",
        ),
        narrative=(
            r"powiedział[a]?",
            r"według",
            r"stwierdził[a]?",
            r"poinformował[a]?",
            r"oświadczył[a]?",
            r"dodał[a]?",
        ),
        keywords="stron artykuł materiał plik link adres treś znaleź znalezi odnaleź",
    ),
    "ru": ErrorWording(
        subjects=(
            r"(?:(?:эта|такая|запрашиваемая|искомая|данная|этой|такой|запрашиваемой)"
            r"(?: вами)? )?страниц[аыу]",
            r"(?:(?:этот|данный|запрашиваемый) )?(?:материал|документ|файл)",
            r"(?:(?:эта|данная) )?(?:статья|новость|ссылка)",
        ),
        predicates=(
            r"не найден[аоы]?",
            r"(?:больше |уже )?не существует",
            r"(?:была |был |было |были )?удален[аоы]?",
            r"(?:временно )?недоступн[аоы]",
            r"нет",
        ),
        phrases=(r"ничего не найдено",),
        cues=(
            r"(?:извините|к сожалению|просим прощения|упс)",
            r"(?:проверьте|проверить) (?:адрес|правильность)",
            r"(?:вернуться|перейти|перейдите|вернитесь) на главную",
            r"воспользуйтесь поиском",
            r"(?:вы ищете|вы искали|вы запрашиваете|вы запросили)",
            r"(?:запрашиваем|искомы|указанн)(?:ая|ой|ую|ый|ое)(?: вами)?",
        ),
        narrative=(
            r"заявил[аи]?",
            r"сказал[аи]?",
            r"сообщил[аи]?",
            r"по словам",
            r"по данным",
            r"отметил[аи]?",
            r"рассказал[аи]?",
        ),
        keywords="страниц материал документ файл статья новость ссылка найдено",
    ),
    "tr": ErrorWording(
        subjects=(
            r"(?:(?:bu|aradığınız|istediğiniz|erişmek istediğiniz|ulaşmak istediğiniz) )?"
            r"sayfa(?:ya|yı|nın)?",
            r"(?:bu |aradığınız )?(?:içerik|haber|makale|yazı|bağlantı|video)",
        ),
        predicates=(
            r"bulunamadı",
            r"bulunamıyor",
            r"(?:artık )?mevcut değil",
            r"(?:artık )?yayında değil",
            r"kaldırıl(?:dı|mış(?:tır)?)",
            r"silin(?:di|miş(?:tir)?)",
            r"erişilemiyor",
        ),
        cues=(
            r"(?:üzgünüz|maalesef|özür dileriz|hay aksi|eyvah)",
            r"adresi kontrol edin",
            r"ana ?sayfaya (?:geri )?(?:dön|git|dönün)",
            r"arama yap",
            r"(?:aradığınız|istediğiniz|talep ettiğiniz)",
        ),
        narrative=(
            r"dedi",
            r"söyledi",
            r"açıkladı",
            r"belirtti",
            r"bildirdi",
            r"göre",
        ),
        keywords="sayfa içerik haber makale yazi bağlanti video",
    ),
    "ja": ErrorWording(
        subjects=(r"(?:ページ|記事|コンテンツ|ファイル|url|お探しのページ)",),
        predicates=(
            r"見つかりません(?:でした)?",
            r"存在しません",
            r"(?:削除|移動)(?:され(?:た|ました)|された可能性があります)",
            r"表示できません",
            r"アクセスできません",
            r"(?:掲載|公開)(?:期間)?(?:が|を)?終了",
        ),
        cues=(
            r"(?:申し訳ございません|申し訳ありません|すみません|ご迷惑をおかけ)",
            r"お探しの",
            r"(?:トップページ|ホーム)(?:へ|に)(?:戻る|戻ってください|移動)",
            r"(?:url|アドレス)を(?:ご)?確認",
            r"検索(?:して|をご利用)",
            r"指定された",
            r"お手数ですが",
        ),
        narrative=(r"と述べた", r"によると", r"と語った", r"と発表した", r"と話した"),
        keywords="ページ 記事 コンテンツ ファイル url",
        compact=True,
    ),
    "zh": ErrorWording(
        subjects=(r"(?:页面|頁面|网页|網頁|文章|内容|內容|链接|連結|新闻|新聞|资源|資源)",),
        predicates=(
            r"不存在",
            r"(?:已被|已经被|已|被)?(?:删除|刪除|移除|下线|下線)",
            r"找不到",
            r"(?:无法|無法)(?:找到|访问|訪問|显示|顯示)",
            r"未找到",
            r"(?:已)?失效",
        ),
        phrases=(r"找不到(?:该|此|您要的|您要找的)?(?:页面|網頁|网页|頁面)",),
        cues=(
            r"(?:抱歉|对不起|對不起|很抱歉)",
            r"(?:返回|回到)(?:首页|首頁|主页|主頁)",
            r"(?:请|請)(?:检查|檢查|确认|確認)",
            r"您(?:所)?(?:访问|訪問|要找|请求|請求|查找)的",
        ),
        narrative=(r"据报道", r"據報導", r"据悉", r"宣布", r"声称", r"聲稱", r"他说", r"她说"),
        keywords="页面 頁面 网页 網頁 文章 内容 內容 链接 連結 新闻 新聞 资源 資源 找不到",
        compact=True,
    ),
    "sv": ErrorWording(
        subjects=(
            r"(?:(?:den )?(?:efterfrågade|begärda) )?(?:sidan|webbsidan|artikeln|länken|filen|"
            r"videon|innehållet)",
        ),
        predicates=(
            r"(?:kunde|kan) (?:tyvärr )?inte (?:hittas|visas)",
            r"finns (?:tyvärr )?inte(?: längre| kvar)?",
            r"(?:har|kan ha) (?:tagits bort|flyttats|raderats)",
            r"(?:är|är inte längre) (?:borttagen|tillgänglig)",
            r"hittades inte",
        ),
        phrases=(r"(?:vi )?(?:kunde|kan) inte hitta (?:sidan|den sida)",),
        cues=(
            r"(?:tyvärr|ursäkta|hoppsan)",
            r"(?:gå|gå tillbaka) till startsidan",
            r"kontrollera (?:adressen|länken|stavningen)",
            r"som du (?:söker|letar efter|försökte nå)",
        ),
        narrative=(r"sade", r"säger", r"enligt", r"uppger", r"berättar"),
        keywords="sidan artikeln länken filen videon innehållet hitta",
    ),
    "da": ErrorWording(
        subjects=(
            r"(?:(?:den )?(?:efterspurgte|ønskede|forespurgte) )?(?:siden|artiklen|linket|"
            r"filen|videoen|indholdet)",
        ),
        predicates=(
            r"(?:blev|kunne) (?:desværre )?ikke (?:fundet|findes)",
            r"(?:findes|eksisterer) (?:desværre )?ikke(?: længere)?",
            r"(?:er blevet|kan være blevet) (?:fjernet|flyttet|slettet)",
            r"er ikke længere tilgængelig",
        ),
        phrases=(r"(?:vi )?(?:kunne|kan) ikke finde (?:siden|den side)",),
        cues=(
            r"(?:beklager|desværre|ups)",
            r"(?:gå|gå tilbage) til forsiden",
            r"(?:tjek|kontroller) (?:adressen|linket|stavningen)",
            r"som du (?:søger|leder efter|forsøgte at finde)",
        ),
        narrative=(r"sagde", r"siger", r"ifølge", r"oplyser", r"fortæller"),
        keywords="siden artiklen linket filen videoen indholdet finde",
    ),
    "nb": ErrorWording(
        subjects=(
            r"(?:(?:den )?(?:etterspurte|ønskede|forespurte) )?(?:siden|artikkelen|lenken|"
            r"filen|videoen|innholdet)",
        ),
        predicates=(
            r"(?:ble|kunne) (?:dessverre )?ikke (?:funnet|finnes)",
            r"(?:finnes|eksisterer) (?:dessverre )?ikke(?: lenger)?",
            r"(?:er blitt|har blitt|kan ha blitt) (?:fjernet|flyttet|slettet)",
            r"er ikke lenger tilgjengelig",
        ),
        phrases=(r"(?:vi )?(?:fant|finner) ikke (?:siden|den siden)", r"fant ikke siden"),
        cues=(
            r"(?:beklager|dessverre|oisann|oops)",
            r"(?:gå|gå tilbake) til forsiden",
            r"(?:sjekk|kontroller) (?:adressen|lenken|stavingen)",
            r"som du (?:leter etter|søker etter|prøvde å nå)",
        ),
        narrative=(r"sier", r"ifølge", r"opplyser", r"forteller"),
        keywords="siden artikkelen lenken filen videoen innholdet fant finner",
    ),
    "cs": ErrorWording(
        subjects=(
            r"(?:(?:tato|požadovaná|hledaná|tuto|požadovanou|hledanou) )?(?:stránk[auy]|"
            r"článek|obsah|soubor|odkaz)",
        ),
        predicates=(
            r"(?:již )?neexistuje",
            r"nebyl[ao]? nalezen[aoý]?",
            r"(?:byl[ao]?) (?:odstraněn[aoý]?|smazán[aoý]?|přesunut[aoý]?)",
            r"(?:není|není již|již není) (?:k dispozici|dostupn[áýé])",
            r"nenalezen[aoý]?",
        ),
        phrases=(r"(?:nepodařilo se|nemůžeme) (?:najít|nalézt)",),
        cues=(
            r"(?:omlouváme se|je nám líto|bohužel)",
            r"(?:zpět|přejít|vraťte se) na (?:hlavní stran[uy]|úvodní stran[uy]|titulní stran[uy])",
            r"zkontrolujte (?:adresu|odkaz)",
            r"kterou hledáte",
        ),
        narrative=(r"řekl[a]?", r"uvedl[a]?", r"podle", r"sdělil[a]?", r"prohlásil[a]?"),
        keywords="stránk článek obsah soubor odkaz najít nalézt",
    ),
    "uk": ErrorWording(
        subjects=(
            r"(?:(?:ця|така|запитувана|шукана|цієї|такої) )?сторінк[аиу]",
            r"(?:(?:цей|даний) )?(?:матеріал|документ|файл)",
            r"(?:ця )?(?:стаття|новина|публікація)",
        ),
        predicates=(
            r"не знайден[аоі]?",
            r"(?:більше |вже )?не існує",
            r"(?:була |був |було )?видален[аоі]?",
            r"(?:тимчасово )?недоступн[аоі]",
            r"немає",
        ),
        phrases=(r"сторінку не знайдено", r"нічого не знайдено"),
        cues=(
            r"(?:вибачте|на жаль|перепрошуємо|упс)",
            r"(?:перевірте|перевірити) (?:адресу|правильність)",
            r"(?:повернутися|перейти|перейдіть|поверніться) на головну",
            r"скористайтеся пошуком",
            r"(?:ви шукаєте|ви шукали)",
        ),
        narrative=(
            r"заявив|заявила",
            r"сказав|сказала",
            r"повідомив|повідомила",
            r"за словами",
            r"за даними",
        ),
        keywords="сторінк матеріал документ файл стаття новина публікація знайдено",
    ),
    "ro": ErrorWording(
        subjects=(
            r"(?:(?:această|aceasta) )?(?:pagina|pagină|articolul|conținutul|continutul|"
            r"fișierul|linkul)",
        ),
        predicates=(
            r"nu (?:a fost|mai este|poate fi) (?:găsit[ăa]?|gasit[ăa]?|disponibil[ăa]?)",
            r"nu (?:mai )?există",
            r"nu exista",
            r"a fost (?:șters|ștearsă|sters|stearsa|eliminat[ăa]?|mutat[ăa]?)",
            r"(?:este )?indisponibil[ăa]?",
        ),
        phrases=(r"nu am (?:putut )?găsi(?:t)? (?:pagina|articolul)",),
        cues=(
            r"(?:ne pare rău|ne pare rau|ne cerem scuze|hopa|oops)",
            r"(?:înapoi|inapoi|întoarce-te|mergi) (?:la|pe) (?:prima pagină|pagina principală|"
            r"pagina de start)",
            r"verifică(?:ți)? adresa",
            r"pe care (?:o căutați|o cauti|o cauți|o căutați)",
        ),
        narrative=(r"a declarat", r"a spus", r"potrivit", r"a afirmat", r"a precizat"),
        keywords="pagin articolul conținutul continutul fișierul linkul găsi",
    ),
    "hu": ErrorWording(
        subjects=(
            r"(?:(?:az|a|ez az|a keresett|a kért|a kívánt) )?(?:oldal|cikk|tartalom|fájl|"
            r"hivatkozás|link)",
        ),
        predicates=(
            r"nem (?:található|találhato|létezik|érhető el)",
            r"(?:már )?nem (?:elérhető|létezik)",
            r"(?:törölve lett|törölték|eltávolították|áthelyezték)",
        ),
        phrases=(r"(?:az )?oldal nem található",),
        cues=(
            r"(?:sajnáljuk|sajnos|hoppá|elnézést)",
            r"(?:vissza|térjen vissza) a (?:főoldalra|kezdőlapra|címlapra)",
            r"ellenőrizze a címet",
            r"(?:amit|amelyet) keres",
        ),
        narrative=(r"mondta", r"közölte", r"szerint", r"nyilatkozta", r"jelentette"),
        keywords="oldal cikk tartalom fájl hivatkozás link",
    ),
    "id": ErrorWording(
        subjects=(
            r"(?:(?:maaf,? )?halaman|artikel|konten|berita|tautan|file|video)"
            r"(?: yang (?:anda|kamu) (?:cari|tuju|minta))?",
        ),
        predicates=(
            r"tidak (?:dapat |bisa )?(?:ditemukan|tersedia)",
            r"(?:sudah |telah )?tidak ada",
            r"(?:sudah |telah )?dihapus",
            r"(?:sudah |telah )?dipindahkan",
            r"tidak lagi tersedia",
        ),
        phrases=(r"(?:kami )?tidak (?:dapat|bisa) menemukan",),
        cues=(
            r"(?:maaf|mohon maaf|ups|oops)",
            r"kembali ke (?:beranda|halaman utama|halaman depan)",
            r"periksa (?:kembali )?(?:alamat|url|tautan)",
            r"yang (?:anda|kamu) (?:cari|tuju|minta)",
        ),
        narrative=(r"ujar", r"ungkap", r"menurut", r"tutur"),
        keywords="halaman artikel konten berita tautan file video menemukan",
    ),
    "vi": ErrorWording(
        subjects=(
            r"(?:(?:trang|bài viết|nội dung|đường dẫn|liên kết)(?: (?:này|bạn tìm|bạn "
            r"yêu cầu|bạn đang tìm))?)",
        ),
        predicates=(
            r"không (?:tồn tại|còn tồn tại|được tìm thấy)",
            r"(?:đã bị|đã được) (?:xóa|xoá|gỡ bỏ|di chuyển)",
            r"không (?:còn )?khả dụng",
        ),
        phrases=(r"không tìm thấy (?:trang|bài viết|nội dung)",),
        cues=(
            r"(?:xin lỗi|rất tiếc|chúng tôi xin lỗi)",
            r"(?:quay lại|quay về|trở về|về) trang chủ",
            r"kiểm tra (?:lại )?(?:địa chỉ|đường dẫn)",
        ),
        narrative=(r"cho biết", r"phát biểu", r"tuyên bố"),
        keywords="trang bài viết nội dung đường dẫn liên kết tìm thấy",
    ),
    "ar": ErrorWording(
        subjects=(
            r"(?:هذه )?(?:الصفحة|صفحة|المقال|المقالة|المحتوى|الرابط|الخبر|الملف)"
            r"(?: (?:التي|الذي) (?:تبحث عنها|تبحث عنه|طلبتها|طلبته))?",
        ),
        predicates=(
            r"غير (?:موجودة|موجود|متوفرة|متوفر|متاحة|متاح)",
            r"لم (?:يتم )?(?:العثور عليها|العثور عليه|يعد متاحا|تعد متاحة|تعد موجودة)",
            r"(?:تم|قد تم|ربما تم) (?:حذفها|حذفه|نقلها|نقله|إزالتها|إزالته)",
            r"(?:محذوفة|محذوف)",
        ),
        phrases=(r"لم يتم العثور على (?:الصفحة|المقال|المحتوى)",),
        cues=(
            r"(?:عذرا|عذراً|نأسف|آسف|للأسف)",
            r"(?:العودة|عودة|ارجع) (?:إلى|الى|الي) (?:الصفحة الرئيسية|الرئيسية)",
            r"(?:تحقق|يرجى التحقق) من (?:العنوان|الرابط)",
            r"(?:التي|الذي) (?:تبحث عنها|تبحث عنه|طلبتها|طلبته)",
        ),
        narrative=(r"قال", r"قالت", r"وفقا ل", r"بحسب", r"أضاف", r"أكد", r"صرح"),
        keywords="الصفحة صفحة المقال المحتوى الرابط الخبر الملف العثور",
    ),
    "ko": ErrorWording(
        subjects=(r"(?:페이지|기사|콘텐츠|게시물)",),
        predicates=(
            r"찾을 수 없습니다",
            r"존재하지 않습니다",
            r"삭제되었(?:습니다|거나)",
        ),
        cues=(r"죄송합니다", r"요청하신", r"홈으로", r"주소를 확인"),
        narrative=(r"밝혔다", r"말했다", r"에 따르면"),
        keywords="페이지 기사 콘텐츠 게시물",
        compact=True,
    ),
}
