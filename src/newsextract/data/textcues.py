"""Cues for classifying the lines of a text dump (`text.py`): stop words and thread chrome.

`STOP_WORDS` are short lists of the most frequent function words per language, written for
newsextract (articles, pronouns, prepositions, conjunctions, auxiliaries). Running prose is
made of them to a third or more; menus, headlines and link titles hardly use them, so their
share in a line separates prose from chrome in any of these languages.

The regex fragments below describe the chrome of comment threads and share widgets as every
blogging platform prints it (comment counts, "<user> says:", "N days ago", vote counts).
`text.py` compiles them once; they are matched on short lines only.
"""

from __future__ import annotations

STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "a an the and or but if of to in on at by for with from as into about than that this "
        "these those there their they them he she it its his her him we our us you your i me "
        "my is are was were be been being has have had do does did not no will would can could "
        "should may might must which who whom whose what when where while how all also after "
        "before because so then over under between out up more most some any such only just "
        "said says".split()
    ),
    "fr": frozenset(
        "le la les un une des du de d l et ou mais donc car ni que qui quoi dont où ce cet "
        "cette ces il elle ils elles on nous vous je tu se sa son ses leur leurs lui y en au "
        "aux dans par pour sur avec sans sous entre vers chez est sont était été être a ont "
        "avait fait plus pas ne n s qu c j m aussi comme si mais tout tous très même déjà "
        "selon lors après avant".split()
    ),
    "de": frozenset(
        "der die das den dem des ein eine einer eines einem einen und oder aber denn sondern "
        "dass daß wenn weil als wie ob zu zum zur im in an am auf aus bei mit nach von vor "
        "über unter für gegen durch um ist sind war waren wird werden wurde wurden hat haben "
        "hatte sein seine ihre ihr ihm ihn er sie es wir ich du man sich nicht kein keine "
        "auch noch schon nur so doch dann mehr sehr bis".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas lo y o u pero sino que quien cual cuyo donde cuando "
        "como de del al a en por para con sin sobre entre hasta desde hacia según es son "
        "era fue fueron ser sido está están ha han había se su sus le les nos me te mi "
        "él ella ellos ellas yo tú no ni más muy ya también este esta estos estas ese esa "
        "eso".split()
    ),
    "it": frozenset(
        "il lo la i gli le un uno una e o ma che chi cui non di del della dei delle degli "
        "a al alla ai da dal dalla in nel nella con su sul sulla per tra fra è sono era "
        "stato stata essere ha hanno aveva si suo sua suoi loro lui lei noi voi anche più "
        "come quando dove se già".split()
    ),
    "pt": frozenset(
        "o a os as um uma uns umas e ou mas que quem qual cujo onde quando como de do da "
        "dos das em no na nos nas por pelo pela para com sem sobre entre até desde é são "
        "era foi foram ser sido está estão tem têm havia se seu sua seus suas lhe ele ela "
        "eles elas não mais muito já também este esta isso".split()
    ),
    "nl": frozenset(
        "de het een en of maar dat die dit deze wie wat waar wanneer als van in op aan "
        "met voor naar bij uit over onder door tot om is zijn was waren wordt worden werd "
        "heeft hebben had er hij zij ze wij we ik je u hun haar zich niet geen ook nog al "
        "dan meer zeer".split()
    ),
}

#: A line that opens a comment thread: everything after it is readers' text.
COMMENT_THREAD = (
    r"\[?\s*\d[\d,.]*\s+(?:comments?|responses?|replies|reactions|commentaires?|réactions?"
    r"|kommentare?|comentarios?|commenti|comentários?)\b",
    r"(?:comments?|commentaires?|kommentare|comentarios|commenti)\s*[(\[]\s*\d+\s*[)\]]\s*$",
    r"(?:top|most) (?:rated|liked|popular|recent) (?:comments|replies)",
    r"(?:read|view|show|see|load) (?:all )?(?:\d+ )?(?:comments|replies)",
    r"(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)",
    r"(?:réagir|réagissez|donnez votre avis)",
    r"(?:diskutieren sie mit|ihre meinung)",
    r"(?:deja|escribe) (?:un|tu) comentario",
)

#: A line of a comment thread: "<user> says:", a relative time stamp, a vote count.
COMMENT_LINE = (
    r"[^\s:]+(?: [^\s:]+){0,3} (?:says|said|wrote|writes|dit|a écrit|schreibt|schrieb|dice"
    r"|dijo|escribió|scrive|diz|escreveu)\s*:?$",
    r"\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b",
    r"(?:vor|hace|il y a|há) \d+ (?:minuten|stunden|tagen|wochen|minutos|horas|días|dias"
    r"|semanas|minutes|heures|jours|semaines)\b",
    r"(?:rating|score|votes?|likes?|points?)\s*:?\s*[-+]?\d+(?: \w+)?$",
    r"[-+]?\d+ (?:votes?|likes?|points?|upvotes?)$",
    r"(?:reply|report|flag|like|quote|répondre|signaler|antworten|melden|responder|denunciar)"
    r"(?: comment)?$",
)

#: A short header that opens a list of other stories ("More Washington Examiner", "More in
#: U.S.", "Mehr aus Berlin", "Plus de sport"), beyond the "related" wording of
#: `data/boilerplate.py`. Matched case-sensitively: the section name is capitalised, which
#: keeps "More ways to customize" a subhead (French and Portuguese section names are not).
MORE_STORIES = (
    r"(?i:more|mehr|más|altre)(?i: (?:from|in|on|about|at|aus|zu|zum|von|de|sobre|da|di))?"
    r" [A-ZÀ-ÖØ-Þ][^\s.!?]*(?: [^\s.!?]+){0,2}\s*[:>»›]?$",
    r"(?i:more|plus|mehr|más|mais)\s*[:>»›]?$",
    r"(?i:plus d[e'’]|mais d[eao]s?) ?[^\s.!?]+(?: [^\s.!?]+)?$",
    r"(?i:(?:latest|top|popular|recommended|trending|dernières|neueste|últimas)"
    r"(?: [^\s.!?]+){0,2} (?:stories|news|articles|videos|posts|nouvelles|nachrichten"
    r"|noticias))$",
)

#: Words that make a colon-ended line a links header ("Related coverage from Money:",
#: "Lire aussi :") rather than a list the story announces ("The tour dates:").
LINKS_INTRO = (
    r"related",
    r"more",
    r"also",
    r"popular",
    r"recommended",
    r"aussi",
    r"même sujet",
    r"mehr",
    r"auch",
    r"relacionad[oa]s",
    r"también",
    r"más",
    r"follow",
    r"share",
)

#: Share-widget wording that is not at the start of the line ("Click to share on X").
SHARE_WIDGET = (
    r"click (?:here )?to (?:share|email|print|tweet)",
    r"\(opens in (?:a )?new window\)",
    r"cliquez pour partager",
    r"klicken, um .{0,30}teilen",
    r"haz clic para compartir",
)

#: Accessibility labels that open a caption in a text dump ("Image caption Eva-Marie Persson
#: said...", "Media caption Who is Julian Assange?", "Légende : ..."): screen-reader text
#: the markup hid, which a dump keeps. A bare "Caption" needs its colon.
CAPTION_LABELS = (
    r"(?:image|media|photo|picture|video) caption\s*:?",
    r"caption\s*:",
    r"légende(?: photo)?\s*:",
    r"bildunterschrift\s*:?",
    r"pie de foto\s*:?",
    r"didascalia\s*:",
    r"legenda\s*:",
)
