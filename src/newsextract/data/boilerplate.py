"""Phrases of page chrome, per reason, in English, French, German, Spanish, Italian, Portuguese.

Each entry is a regex *fragment* matched at the start of a short line (case-insensitive,
after leading punctuation and symbols). They describe the page furniture every news site
carries (skip links, share bars, newsletter boxes, cookie notices, "related" headers,
comment prompts, copyright lines); none is taken from a particular site. `boilerplate.py`
compiles them once.
"""

from __future__ import annotations

NAVIGATION = (
    r"skip (?:to|navigation)",
    r"jump to (?:main )?(?:content|navigation)",
    r"back to (?:top|home)",
    r"(?:main )?menu$",
    r"home$",
    r"home ?[>»/|›]",
    r"(?:previous|next) (?:article|story|post|page)",
    r"(?:aller|passer) au (?:contenu|menu)",
    r"retour (?:en haut|à l'accueil)",
    r"accueil$",
    r"zum (?:inhalt|hauptinhalt|menü)",
    r"inhalt überspringen",
    r"startseite$",
    r"saltar (?:al|a) (?:contenido|navegación)",
    r"ir al contenido",
    r"volver arriba",
    r"inicio$",
    r"vai al contenuto",
    r"ir para o conteúdo",
    r"open (?:the )?(?:menu|navigation)",
    r"close (?:menu|navigation)",
    r"search$",
    r"toggle (?:navigation|menu|search)",
    r"sections?$",
    r"page \d+ (?:of|de|von|sur) \d+$",
    r"(?:show|see|view) more$",
    r"mehr anzeigen$",
    r"voir plus$",
    r"(?:ver|mostrar) más$",
    r"mostra (?:di più|altro)$",
    r"vis mer(?: vis mindre)?$",
)

#: The networks and channels a share bar offers.
SHARE_TARGETS = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|pinterest|messenger|telegram"
    r"|tumblr|flipboard|bluesky|threads|mastodon)"
)
#: ... and the buttons beside them.
SHARE_BAR_ITEMS = r"(?:" + SHARE_TARGETS + r"|print|copy link|link|sms|more)"

SHARE = (
    r"share(?: this| the)?(?: article| story| page| post| link)?\s*[:|]?$",
    r"share(?: this| the)?(?: article| story| page| post| link)? (?:on|via|to|with) "
    + SHARE_TARGETS,
    r"copy (?:this |the )?link$",
    r"(?:tweet|pin|email|e-mail|print|copy link|whatsapp|facebook|twitter|linkedin|reddit)"
    r"(?: this)?(?: article| story)?$",
    r"follow (?:us|me)\b",
    r"partager(?: cet article| sur \w+)?$",
    r"suivez[- ]nous",
    r"(?:artikel |beitrag )?teilen$",
    r"folgen sie uns",
    r"compartir(?: en \w+)?$",
    r"síguenos",
    r"condividi$",
    r"seguici",
    r"compartilh(?:e|ar)$",
    r"siga-nos",
    r"del (?:artiklen|artikkelen|saken)(?: del)?$",
    r"dela(?: artikeln)?$",
    r"deel (?:dit )?artikel$",
    r"udostępnij(?: artykuł)?$",
    r"(?:haberi )?paylaş$",
)

#: A share prompt that prints the story's title after a colon, as share widgets fill their
#: e-mail subject or post text ("Share this Story : <title>", "Share or comment on this
#: article: <title>", "Share All sharing options for: <title>"); the fragment is the prompt
#: before the colon.
SHARE_PROMPT = (
    r"share(?: this| the)?(?: article| story| page| post| link)?",
    r"share or comment on this (?:article|story)",
    r"share all sharing options for",
    r"partager(?: cet article)?",
    r"(?:artikel |beitrag )?teilen",
    r"compartir(?: (?:este artículo|esta noticia))?",
    r"condividi(?: (?:questo )?articolo)?",
    r"compartilh(?:e|ar)(?: (?:esta|essa) (?:notícia|matéria))?",
    r"del (?:artiklen|artikkelen|saken)",
    r"dela(?: artikeln)?",
    r"deel (?:dit )?artikel",
    r"udostępnij(?: artykuł)?",
    r"(?:haberi )?paylaş",
)

SUBSCRIBE = (
    r"(?:sign up|subscribe|register)(?: now| today| here)?(?: for| to)\b",
    r"subscribe(?: now| today)?$",
    r"(?:get|receive) (?:our|the) (?:\w+ )?newsletter",
    r"newsletter$",
    r"already (?:a subscriber|have an account|registered)",
    r"(?:log|sign) in\b",
    r"create (?:a |an )?(?:free )?account",
    r"support (?:our|independent) journalism",
    r"abonnez[- ]vous",
    r"inscrivez[- ]vous",
    r"déjà abonné",
    r"(?:jetzt )?(?:newsletter )?abonnieren",
    r"newsletter bestellen",
    r"bereits abonnent",
    r"(?:\d+ (?:tage|wochen|monate?) )?(?:gratis|kostenlos) (?:testen|lesen)",
    r"abo (?:abschlie(?:ss|ß)en|kaufen)",
    r"suscr[ií]bete",
    r"reg[ií]strate",
    r"iscriviti",
    r"abbonati",
    r"non hai (?:ancora )?un account",
    r"assine\b",
    r"inscreva-se",
)

COOKIE = (
    r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies",
    r"we (?:and our partners )?(?:use|store|process)\b.{0,40}\bcookies",
    r"(?:accept|manage|reject)(?: all)? cookies",
    r"cookie (?:policy|settings|preferences|consent)",
    r"by (?:continuing|using) (?:to (?:browse|use) )?(?:this|our) (?:web)?site",
    r"nous utilisons des cookies",
    r"ce site utilise des cookies",
    r"(?:accepter|gérer) les cookies",
    r"wir (?:verwenden|nutzen) cookies",
    r"diese (?:webseite|website|seite) (?:verwendet|nutzt) cookies",
    r"cookie-einstellungen",
    r"(?:utilizamos|usamos) cookies",
    r"este (?:sitio|site) (?:web )?(?:utiliza|usa) cookies",
    r"(?:utilizziamo|usiamo) (?:i )?cookie",
    r"questo sito utilizza (?:i )?cookie",
)

ADVERTISEMENT = (
    r"advertisement$",
    r"advertising$",
    r"(?:sponsored|paid)(?: content| post| partner)?$",
    r"(?:sponsored|presented) by\b",
    r"ad$",
    r"ads? by\b",
    r"(?:article|story) continues (?:below|after)\b",
    r"advertisement\W+scroll to continue",
    r"continue reading (?:below|the main story)",
    r"publicité$",
    r"anzeige$",
    r"werbung$",
    r"publicidad$",
    r"pubblicità$",
    r"publicidade$",
)

RELATED = (
    r"related(?: articles?| stories| content| coverage| news| links| posts| topics)?\s*[:|]?$",
    r"related\s*[:|]",
    r"read (?:more|also|next)\b",
    r"(?:also|must) read\b",
    r"see also\b",
    r"more (?:from|on|about|stories|news|in)\b",
    r"more (?:[\w-]+ ){1,3}(?:stories|news|articles|reads|videos)\s*:?$",
    r"recommended(?: for you| stories| articles)?\s*:?$",
    r"(?:most|more) (?:read|popular|viewed|shared|watched)\b",
    r"you (?:may|might) (?:also )?(?:like|be interested|enjoy)",
    r"(?:top|trending|latest) (?:stories|news|articles|videos)$",
    r"trending(?: now)?$",
    r"editor'?s? picks?$",
    r"(?:lire|à lire|voir) aussi",
    r"sur le même sujet",
    r"les plus (?:lus|partagés)",
    r"(?:lesen sie|siehe) (?:auch|mehr)",
    r"mehr (?:zum thema|dazu|artikel)",
    r"auch interessant",
    r"meistgelesen",
    r"(?:lee|leer|ver) (?:más|también)",
    r"(?:también )?te (?:puede|podría) interesar",
    r"(?:vous aimerez|à découvrir) aussi",
    r"das könnte sie (?:auch )?interessieren",
    r"você (?:também )?pode gostar",
    r"veja também",
    r"(?:notícias|matérias) relacionadas",
    r"(?:noticias|artículos) relacionad[oa]s",
    r"lo más (?:leído|visto)",
    r"leggi anche",
    r"potrebbe interessarti",
    r"leia (?:também|mais)",
    r"tags?\s*:",
    r"topics?\s*:",
)

COMMENTS = (
    r"(?:\d+ )?comments?\s*(?:\(\d+\))?$",
    r"(?:leave|post|add|write) a (?:comment|reply)",
    r"(?:show|view|hide|load|see) (?:all )?(?:\d+ )?comments",
    r"join the (?:conversation|discussion)",
    r"comments? (?:are|have been) closed",
    r"be the first to comment",
    r"(?:\d+ )?commentaires?$",
    r"(?:laisser|ajouter|écrire) un commentaire",
    r"(?:\d+ )?kommentare?$",
    r"kommentar (?:schreiben|verfassen)",
    r"(?:\d+ )?comentarios?$",
    r"(?:deja|escribe|añade) (?:un|tu) comentario",
    r"(?:\d+ )?commenti$",
)

COPYRIGHT = (
    r"©",
    r"\(c\) \d{4}",
    r"copyright\b",
    r"all rights reserved",
    r"tous droits réservés",
    r"alle rechte vorbehalten",
    r"todos los derechos reservados",
    r"tutti i diritti riservati",
    r"todos os direitos reservados",
)
