"""Cues for classifying the lines of a text dump (`text/lines.py`): thread and page chrome.

Stop words, which tell prose from chrome by their share in a line, are in `stopwords.py`.

The regex fragments below describe the chrome of comment threads and share widgets as every
blogging platform prints it (comment counts, "<user> says:", "N days ago", vote counts).
`text/lines.py` compiles them once; they are matched on short lines only.
"""

from __future__ import annotations

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
