"""Consent walls and cookie dialogs: their wording in seven languages, and the names
consent-management platforms (CMPs) give their markup.

A consent wall is a page whose content is a consent dialog: "We and our 412 partners store
and/or access information on a device..." with its purposes, vendors and buttons, the
article (if any) behind it. Its wording is formulaic, because the IAB's Transparency and
Consent Framework and the data-protection regulators prescribe it: the site speaks in the
first person ("we and our partners"), addresses the reader ("your consent", "by clicking"),
and names cookies, devices, personalised ads, legitimate interest. News about cookies is
written in the third person ("users must be able to reject all cookies"); so every cue
below but the cookie words speaks as the site or to the reader.

`CUES` are regex fragments (matched case-insensitively on lower-cased text with spaces
collapsed), grouped per language; `signals/consent.py` counts the distinct cues a block
holds. `STRONG_CUES` alone make a block consent text when a second cue joins them.
`CMP_NAMES` are markup names, checked as substrings of class and id words with their
punctuation removed ("ot-sdk-container" -> "otsdkcontainer"), like the content compounds
of `data/markup.py`.
"""

from __future__ import annotations

#: Word parts one of which every consent text holds (its cookies, the consent asked, the
#: partners it names): a cheap gate before the cues are tried.
GATE_WORDS = (
    "cookie",
    "consen",  # consent, consentement, consentimiento, consenso, consentimento
    "partner",
    "parten",  # partenaires
    "einwillig",
    "zustimm",
    "toestemming",
)

#: Cues that speak as the site or to the reader about consent (per language).
STRONG_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"we and our (?:\d+ )?(?:trusted )?(?:partners|vendors|advertising partners)",
        r"(?:we|this (?:web)?site|our (?:web)?site|our partners) (?:also )?uses? cookies",
        r"we (?:and our partners )?(?:use|store|process|set)\b.{0,40}\bcookies",
        r"(?:store|access|storing|accessing) (?:and/or (?:access|store) )?"
        r"information on (?:a|your) device",
        r"we value your privacy",
        r"by clicking (?:on )?[\"'“‘]?(?:accept|agree|i agree|ok|allow|continue)",
        r"(?:give|withdraw|change|manage) (?:your )?consent",
        r"your (?:privacy )?(?:choices|preferences|consent|data)",
        r"you can (?:change|withdraw|manage|update|object|reject|refuse)",
    ),
    "de": (
        r"wir und unsere (?:\d+ )?(?:partner|drittanbieter)",
        r"wir (?:verwenden|nutzen|setzen) (?:\w+ )?cookies",
        r"diese (?:webseite|website|seite) (?:verwendet|nutzt) cookies",
        r"informationen auf (?:einem|ihrem) (?:gerät|endgerät)",
        r"(?:mit (?:dem )?klick auf|indem sie auf) [\"'„“‚]?"
        r"(?:akzeptieren|zustimmen|alle akzeptieren|einverstanden|ok)",
        r"ihre (?:einwilligung|zustimmung|auswahl|einstellungen|privatsphäre|daten)",
        r"(?:sie können|können sie) ihre (?:einwilligung|zustimmung|auswahl|einstellungen)",
        r"ihre einwilligung (?:jederzeit )?widerrufen",
    ),
    "fr": (
        r"nous et nos (?:\d+ )?partenaires",
        r"(?:nous utilisons|ce site utilise|nous déposons) des cookies",
        r"(?:stocker|accéder à) (?:et/ou accéder à )?des informations (?:sur|stockées sur) "
        r"(?:un|votre) (?:appareil|terminal)",
        r"en cliquant sur [\"'«“ ]*(?:accepter|tout accepter|j'accepte|continuer|ok)",
        r"votre (?:consentement|choix|vie privée)",
        r"vos (?:choix|préférences|données)",
        r"vous pouvez (?:modifier|retirer|changer|gérer|refuser|vous opposer)",
    ),
    "es": (
        r"nosotros y nuestros (?:\d+ )?(?:socios|proveedores)",
        r"(?:utilizamos|usamos) (?:\w+ )?cookies",
        r"este (?:sitio|site) (?:web )?(?:utiliza|usa) cookies",
        r"(?:almacenar|acceder a) (?:la )?información (?:en|de) (?:un|su) dispositivo",
        r"al (?:hacer )?clic(?:k)? en [\"'«“ ]*(?:aceptar|acepto|continuar)",
        r"su (?:consentimiento|privacidad|elección)",
        r"sus (?:preferencias|datos)",
        r"(?:puede|puedes) (?:cambiar|retirar|modificar|gestionar|rechazar|oponerse)",
    ),
    "it": (
        r"noi e i nostri (?:\d+ )?(?:partner|fornitori)",
        r"(?:utilizziamo|usiamo) (?:i )?cookie",
        r"questo sito (?:web )?utilizza (?:i )?cookie",
        r"(?:archiviare|accedere a) (?:e/o accedere a )?informazioni su un dispositivo",
        r"cliccando su [\"'«“ ]*(?:accetta|accetto|continua)",
        r"il tuo consenso",
        r"(?:le tue|sue) (?:scelte|preferenze)",
        r"(?:puoi|può) (?:modificare|revocare|cambiare|gestire|rifiutare|opporti)",
    ),
    "pt": (
        r"nós e os nossos (?:\d+ )?parceiros",
        r"nós e nossos (?:\d+ )?parceiros",
        r"(?:utilizamos|usamos) (?:\w+ )?cookies",
        r"este (?:site|sítio) (?:utiliza|usa) cookies",
        r"(?:armazenar|aceder a|acessar) (?:e/ou aceder a )?informações "
        r"(?:num|em um|no seu) dispositivo",
        r"ao clicar em [\"'«“ ]*(?:aceitar|aceito|concordo|continuar)",
        r"o seu consentimento",
        r"(?:seu|o seu) consentimento",
        r"(?:pode|podes) (?:alterar|retirar|mudar|gerir|gerenciar|recusar|opor-se)",
    ),
    "nl": (
        r"wij en onze (?:\d+ )?partners",
        r"(?:wij|we) (?:gebruiken|plaatsen) (?:\w+ )?cookies",
        r"deze (?:website|site) (?:gebruikt|maakt gebruik van) cookies",
        r"informatie op een apparaat (?:opslaan|openen|opslaan en/of openen)",
        r"door (?:op|hieronder op) [\"'“‘]?(?:accepteren|akkoord|alles accepteren|ok)",
        r"uw (?:toestemming|keuze|voorkeuren|privacy|gegevens)",
        r"(?:u kunt|je kunt) (?:uw|je) (?:toestemming|keuze|voorkeuren|instellingen)",
    ),
}

#: Cues that name what consent dialogs are about, in any person.
TOPIC_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"cookies?",
        r"personali[sz]ed (?:ads|advertising|content)",
        r"(?:ad|advertising) and content measurement",
        r"audience (?:insights|research)",
        r"legitimate interest",
        r"(?:accept|reject|refuse|decline|allow) all",
        r"(?:manage|customi[sz]e) (?:options|preferences|settings|cookies)",
        r"precise geolocation data",
        r"privacy policy",
    ),
    "de": (
        r"cookies?",
        r"personalisierte (?:anzeigen|werbung|inhalte)",
        r"anzeigen- und inhaltsmessung",
        r"berechtigte[ns]? interesse",
        r"alle (?:akzeptieren|ablehnen)",
        r"(?:einstellungen|optionen) verwalten",
        r"datenschutz(?:erklärung|einstellungen|hinweise)",
        r"einwilligung",
    ),
    "fr": (
        r"cookies?",
        r"publicités? (?:et contenus? )?personnalisé",
        r"mesure de performance",
        r"intérêt légitime",
        r"tout (?:accepter|refuser)",
        r"(?:gérer|paramétrer) (?:les cookies|mes choix|vos choix|les options)",
        r"politique de (?:confidentialité|cookies)",
        r"consentement",
    ),
    "es": (
        r"cookies?",
        r"anuncios (?:y contenido )?personalizados",
        r"interés legítimo",
        r"(?:aceptar|rechazar) todo",
        r"política de (?:privacidad|cookies)",
        r"consentimiento",
    ),
    "it": (
        r"cookies?",
        r"annunci (?:e contenuti )?personalizzati",
        r"interesse legittimo",
        r"(?:accetta|rifiuta) tutto",
        r"informativa (?:sulla )?(?:privacy|cookie)",
        r"consenso",
    ),
    "pt": (
        r"cookies?",
        r"anúncios (?:e conteúdos? )?personalizados",
        r"interesse legítimo",
        r"(?:aceitar|rejeitar|recusar) tudo",
        r"política de (?:privacidade|cookies)",
        r"consentimento",
    ),
    "nl": (
        r"cookies?",
        r"gepersonaliseerde advertenties",
        r"gerechtvaardigd belang",
        r"alles (?:accepteren|weigeren)",
        r"privacy(?:beleid|verklaring)",
        r"toestemming",
    ),
}

#: Consent-management platforms and consent-dialog names, as substrings of class or id
#: words without punctuation. Each is a product or a compound no article container uses.
CMP_NAMES = (
    "onetrust",
    "optanon",
    "otsdk",
    "cookiebot",
    "didomi",
    "usercentrics",
    "spmessage",
    "qccmp",
    "fcconsent",
    "fcdialog",
    "trustarc",
    "trusteconsent",
    "cmpbox",
    "cmpcontainer",
    "cmpwrapper",
    "cmpdialog",
    "consentmanager",
    "cookieconsent",
    "cookiebanner",
    "cookiewall",
    "cookielaw",
    "cookiedialog",
    "cookiepopup",
    "cookiemodal",
    "consentbanner",
    "consentwall",
    "consentdialog",
    "consentpopup",
    "consentmodal",
    "consentlayer",
    "gdprconsent",
    "privacymanager",
    "iubenda",
    "tarteaucitron",
    "axeptio",
    "borlabs",
    "cmplz",
    "cookieyes",
    "ckyconsent",
    "osano",
    "termly",
    "evidon",
    "quantcast",
    "sourcepoint",
    "klaro",
    "sirdata",
)
