"""Cues for classifying the lines of a text dump (`text/lines.py`): thread and page chrome.

Stop words, which tell prose from chrome by their share in a line, are in `stopwords.py`.

The regex fragments below describe the chrome of comment threads and share widgets as every
blogging platform prints it (comment counts, "<user> says:", "N days ago", vote counts).
`text/lines.py` compiles them once; they are matched on short lines only.
"""

from __future__ import annotations

from newsextract.data import word_set

#: A line that opens a comment thread: everything after it is readers' text ("12 Comments",
#: "Reader Comments (3)", "8 users responded in “...”", "4 thoughts on “...”" as WordPress
#: and Squarespace themes print it: the post's title in quotation marks, where prose says
#: "1,200 people responded to the survey" and a subhead "3 thoughts on the vote").
COMMENT_THREAD = (
    r"\[?\s*\d[\d,.]*\s+(?:comments?|responses?|replies|reactions|commentaires?|réactions?"
    r"|kommentare?|comentarios?|commenti|comentários?)\b",
    r"(?:(?:readers?|users?|visitors?)['’]?s?['’]? )?(?:comments?|commentaires?|kommentare"
    r"|comentarios|commenti)\s*[(\[]\s*\d+\s*[)\]]\s*$",
    r"\d[\d,.]*\s+(?:users?|readers?|people|visitors?)\s+(?:have\s+)?(?:responded|replied"
    r"|commented)\s+(?:in|on|to)\s*[\"“„«‘']",
    r"\d[\d,.]*\s+thoughts? on\s*[\"“„«‘']",
    r"(?:top|most) (?:rated|liked|popular|recent) (?:comments|replies)",
    r"(?:read|view|show|see|load) (?:all )?(?:\d+ )?(?:comments|replies)",
    r"(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)",
    r"(?:réagir|réagissez|donnez votre avis)",
    r"(?:diskutieren sie mit|ihre meinung)",
    r"(?:deja|escribe) (?:un|tu) comentario",
)

#: A blogging platform's footer under a post, which closes it: what follows is the thread,
#: the sidebar, or the next post ("This entry was posted on Monday, October 15th, 2012 at
#: 4:48 pm and is filed under ... You can follow any responses to this entry through the RSS
#: 2.0 feed.", "This entry was posted in Mobile and tagged Android. Bookmark the permalink.",
#: "This entry was written by Admin, posted on ...": WordPress's default themes), in the
#: platform's own translations. Matched at a line's start, on a line of any length (the
#: sentences run past a cue's `chrome_cue_max_words`).
POST_FOOTER = (
    # (the platform's wording, not a sentence about a contest's or a diary's entry: "This
    # entry was written by a 12-year-old student ..." goes on with the story)
    r"this entry was posted on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d)",
    r"this entry was (?:posted|filed) (?:in|under)\b",
    r"this entry was written by(?:\s*$|\s*\[|[^,.]{1,60}, posted\b)",
    r"bookmark the permalink\b",
    r"you can follow any responses to this entry\b",
    r"dieser (?:beitrag|eintrag) wurde (?:am|unter|von) .{0,200}?\bver(?:ö|oe)ffentlicht\b",
    r"ce (?:billet|article) a été publié (?:dans|le|par)\b",
    r"esta entrada fue publicada (?:en|el|por)\b",
)

#: A page's rights notice, its footer's ("Copyright 2012 Dow Jones & Company, Inc. All Rights
#: Reserved", "© NHL 2012. All Rights Reserved."): a rights phrase, or "copyright" before a
#: year or a copyright sign. A bare "©" is a photo's credit as often ("© AFP").
RIGHTS_NOTICE = (
    r"\ball rights reserved",
    r"\btous droits réservés",
    r"\balle rechte vorbehalten",
    r"\btodos los derechos reservados",
    r"\btutti i diritti riservati",
    r"\btodos os direitos reservados",
    r"\balle rechten voorbehouden",
    r"\bwszelkie prawa zastrzeżone",
    # ("Все права защищены" opens its sentence: "... заявил, что все права защищены" is prose)
    r"(?:^|[.!?©|·]\s*|\d\s+)(?:все|усі|всі) права (?:защищены|захищені)",
    r"\bvšechna práva vyhrazena",
    r"\bvšetky práva vyhradené",
    r"\balla rättigheter förbehållna",
    r"\balle rettigheder forbeholdes",
    r"\balle rettigheter reservert",
    r"\bkaikki oikeudet pidätetään",
    r"\btüm hakları saklıdır",
    r"\bμε επιφ[ύυ]λαξη (?:παντ[όο]ς|κ[άα]θε) δικαι[ώω]ματος",
    r"\bminden jog fenntartva",
    r"\btoate drepturile rezervate",
    r"جميع الحقوق محفوظة",
    # (the notice's forms, not the words: "版权所有者" is the copyright holder, "無断転載をめぐる"
    # and "무단 전재한" are a story about copying)
    r"版[权權]所有(?![者人权權方的])",
    r"無断(?:転載|複製)(?:[・、･]|を?禁)",
    r"무단\s?(?:전재|복제)\s?(?:[·ㆍ\-,/및]|금지|재배포|배포|복사|복제|전재)",
    r"\bhak cipta dilindungi",
    r"^[\W\d_]{0,16}bản quyền thuộc về",
    r"\bcopyright\s*(?:©|\(c\)|(?:19|20)\d\d\b)",
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

#: Words of a colon line over the page's tags or a contact, not over a list of the story
#: ("Topics in this article:", "Filed under:", "For more information please contact:",
#: "Get in touch with the newsroom:"): what follows it is the page's, announced or not
#: (`html.label._announces_a_list`, searched as whole words, case ignored).
CHROME_LIST_INTRO = (
    r"topics?",
    r"tags|tagged",  # not "tag": German "Tag" is a day ("Das brauchen Sie für einen Tag:")
    r"keywords?",
    r"filed under",
    r"contact",
    r"get in touch",
    r"themen",
    r"schlagw(?:ö|oe)rter",
    r"kontakt",
    r"mots[- ]cl[ée]s",
    r"sujets?",
    r"temas?",
    r"etiquetas",
    r"contacto",
    r"argomenti",
    r"contatti",
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

#: Media labels a page prints alone on a line beside a photo, a video or a chart ("Video",
#: "Foto", "Grafik"): no section's subhead, though a lone capitalized word between two
#: paragraphs is one otherwise (`text.label._lone_word_subhead`). Casefolded.
MEDIA_LABELS = frozenset(
    "photo photos foto fotos bild bilder bilde billede picture image images video videos "
    "vidéo vídeo audio podcast grafik graphic infografik infographic infografía infografica "
    "gallery galerie galería galleria bildergalerie fotogalerie diaporama slideshow "
    "loading chargement".split()
)

#: Words prompting the reader to play a story's audio ("Listen", "Hören", "Écouter"). With
#: the media labels and the publication and update words they make a line's "kicker" that
#: labels the page's player or date ("Video:", "Listen:", "Posted:"), no part of a headline.
#: Casefolded.
MEDIA_PROMPTS = frozenset("listen hören anhören écouter escuchar ascolta ouça ouvir".split())

#: Japanese case particles, written without spaces after the word they mark: a line ending
#: in one stops mid-sentence ("韓国の" above a linked name); menu entries and labels end in a
#: noun or a verb.
UNENDING_PARTICLES = frozenset("のはがをにへとでもや")

#: Words that never end a sentence or a heading (articles, conjunctions, possessive
#: determiners): a line of a dump ending on one, in lowercase, was cut at an inline element
#: and goes on in the next line. Prepositions are left out where a sentence may end on a word
#: spelled like one: German and Dutch verb particles ("kündigt ... an", "kondigt ... aan";
#: German "ein" too, an article and a particle: "räumt Versäumnisse ein"); English keeps
#: those no phrasal verb ends on.
UNENDING_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the a an and or nor but of its their our my your by from into than".split()),
    "fr": frozenset(
        "le la les un une des du de et ou mais au aux son sa ses leur leurs ce cette ces".split()
    ),
    "de": frozenset(
        "der die das den dem des eine einen einem einer eines und oder aber sowie".split()
    ),
    "es": frozenset("el la los las un una unos unas y o pero de del al su sus".split()),
    "it": frozenset("il lo la gli le un una uno e ma di del della dei degli delle al alla".split()),
    "pt": frozenset("o a os as um uma uns umas e ou mas de do da dos das ao à".split()),
    "nl": frozenset("de het een en of maar van".split()),
    "sv": frozenset("en ett och eller men av".split()),
    "da": frozenset("en et og eller men af".split()),
    "no": frozenset("en et og eller men av".split()),
    "pl": frozenset("i oraz lub ale".split()),
}

#: Lines that send the reader to another story, in languages and forms beyond the "related"
#: wording of `data/boilerplate.py` (which the HTML path shares): "Les også ...", "Lesen Sie
#: hier: ...", "Lea también: ...". Matched at the start of short lines.
READ_ALSO = (
    r"(?:les|læs|läs) (?:også|også:|också|mer|mere)\b",
    r"lees (?:ook|meer)\b",
    r"lesen sie (?:hier|jetzt|weiter|dazu)\b",
    r"mehr (?:zum thema|dazu|lesen)\b",
    r"weiterlesen\b",
    r"lea (?:también|más)\b",
    r"leia (?:também|mais)\b",
    r"veja (?:também|mais)\b",
    r"czytaj (?:też|także|więcej|również)\b",
    r"więcej na ten temat\b",
    r"ilginizi çekebilir\b",
    r"more (?:on|about) this (?:story|topic)\b",
    r"(?:recommended|suggested|further) reading\b",
    r"(?:don't|do not) miss\b",
)

#: A box about someone under a story, opened by a label alone on its line ("About Becky",
#: "About the author", "Über die Autorin"), a bio or a site's blurb below it: the words
#: that open the label, and those naming the author where the label names no one.
ABOUT_BOX = (r"about", r"über", r"à propos d[e']", r"acerca de", r"sobre", r"om", r"over")
ABOUT_THE_AUTHOR = (
    r"the author",
    r"the writer",
    r"(?:den|die) autor(?:in)?",
    r"l'auteure?",
    r"(?:el|la) autora?",
    r"(?:de|het) auteur",
    r"forfatter(?:en)?",
)

#: Player, gallery and saving widgets a dump keeps as lines: "Listen to this article",
#: "View 3 images", "Gift this article", "Save for later".
MEDIA_WIDGET = (
    r"(?:listen|hören sie|écouter|escuchar|ascolta|ouça)(?: to)? (?:this |the |den |l')?"
    r"(?:article|story|artikel|article|artículo|articolo|notícia|audio)\b",
    r"(?:artikel|article|story) (?:anhören|vorlesen lassen|écouter)\b",
    r"(?:play|watch) (?:the )?(?:video|audio|podcast)\b",
    r"view (?:\d+ )?(?:images|photos|pictures|gallery|slideshow)\b",
    r"(?:\d+ )?(?:bilder|fotos|photos|images) (?:ansehen|anzeigen|voir)\b",
    r"(?:gift|save|bookmark) (?:this )?(?:article|story)\b",
    r"(?:save|read) (?:for|it) later\b",
    r"(?:artikel )?(?:merken|speichern)$",
    r"(?:in|auf) (?:die |der )?merkliste(?: übernehmen| setzen| speichern)?$",
    r"(?:gem|lagre|spara) (?:på |i )?"
    r"(?:læselisten?|leselisten?|läslistan?|artiklen|artikkelen|artikeln)$",
    r"to view this video,? please enable javascript",
    r"(?:empfohlener )?(?:redaktioneller|externer) inhalt\b",
    r"[\w.-]+-inhalte? (?:immer )?(?:erlauben|zulassen|laden|anzeigen)\b",
    r"link zum [\w.-]+-inhalt\b",
)

#: A player's or a slideshow's placeholder a dump keeps as a line between a story's
#: paragraphs ("Loading...", "Loading Slideshow", "Chargement…"), matched whole: the text
#: the widget printed before its script ran.
LOADING_PLACEHOLDER = (
    r"(?:loading|chargement|cargando|wird geladen|caricamento|carregando)"
    r"(?: (?:slideshow|gallery|photos?|images?|video|player|comments?))?\s*(?:\.{2,}|…)?$",
)

#: A page's notice that a widget needs a script or a plug-in ("Media requires JavaScript
#: and Adobe Flash to play.", "Please enable JavaScript to view the comments", "... requires
#: your computer to have Adobe Flash"), searched anywhere in a short line: the markup's
#: <noscript> text, which a dump prints where the player or the slider stood.
NEEDS_SCRIPT = (
    r"\b(?:enable|enabled|requires?|required|turn on|activate)\b[^.]{0,60}\bjava ?script\b",
    r"\bjava ?script\b[^.]{0,40}\b(?:enabled?|required|is disabled|turned off)\b",
    r"\brequires?\b[^.]{0,40}\b(?:adobe )?flash\b",
)

#: A script notice speaks to the reader or names what the widget would do ("Please enable
#: JavaScript to view the comments", "... requires your computer to have Adobe Flash"):
#: with `NEEDS_SCRIPT`, unless the line ends as a statement ("This slideshow requires
#: JavaScript."); a headline or a subhead on the subject ("Google Search now requires
#: JavaScript", "Why enable JavaScript at all?") does neither.
SCRIPT_NOTICE_ADDRESS = (
    r"\b(?:please|you|your)\b",
    r"\bto (?:view|play|see|watch|use|read|display|load|access|listen|comment|post)\b",
)

#: A post's taxonomy line, as blogging platforms print it under or over a post ("Posted in
#: cheap fun, vancouver", "Filed under: Cloud", "Categories: Russia", "Tags: asterisk,
#: voip", "Related Topics – Dishonored, xbox 360"): the label and the terms after it
#: ("Tags:" is chrome wording up to `phrase_max_words` words, `data/boilerplate.py`; a
#: longer list of tags is still one).
TAXONOMY_LINE = (
    r"(?:(?:posted|filed) (?:in|under)\s*:?|categor(?:y|ies)\s*:|tags?\s*:"
    r"|tagged(?: with)?\s*:?|related topics?\s*[:–—-])\s*\S",
)

#: The wording of a newsletter's or a subscription's sign-up box, searched anywhere in a
#: short line: "By signing up you consent to receive ...", "Get daily news delivered to your
#: inbox", "Please provide a valid email address", "E-Mail-Adresse", "Special edition
#: newsletters". The title over such a box ("NP Posted", "StZ Kompakt - Der Morgen") is no
#: subhead.
SIGN_UP = (
    r"\bsign(?:ing|ed)? ?up\b",
    r"\bnewsletters?\b",
    r"\binbox\b",
    r"\be-?mail[- ]address",
    r"\be-?mail-adresse\b",
    r"\badresse (?:e-?mail|électronique|de courriel)\b",
    r"\bboîte de réception\b",
    r"\bcorreo electrónico\b",
    r"\bbandeja de entrada\b",
    r"\bindirizzo (?:e-?mail|di posta)\b",
    r"\biscriviti\b",
)

#: A picture's own controls, printed alone on the line above its caption: "View 3 Images"
#: (a gallery's count), "Enlarge This Image", "Bild vergrößern", "이미지 확대보기" (enlarge
#: the image). Matched whole (`text.label._captions_under_picture_controls`).
PICTURE_CONTROLS = (
    r"view (?:\d+ )?(?:images|photos|pictures)",
    r"(?:click to )?enlarge(?: this)? (?:image|photo|picture)",
    r"(?:bild|foto) vergrößern",
    r"이미지 확대보기",
)

#: An English news-photo caption's date, as the AP's style puts it: the day after a comma
#: ending the caption ("... in Birmingham, Alabama, April 14, 2024."), or before the place
#: ("... with his studies April 14, 2024, in Birmingham, Ala."). Prose dates its events
#: with a preposition ("on April 14, 2024, in ..."), which `text.label` checks for the
#: second form.
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?"
_PHOTO_DAY = _WEEKDAY + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?, \d{4}"
PHOTO_DATE_ENDING = r", " + _PHOTO_DAY + r"\.$"
PHOTO_DATE_BEFORE_PLACE = r"\b(?P<before>\w+),? " + _PHOTO_DAY + r", in [A-Z]"
#: ... and the words that date prose, not a photo, before the second form
DATING_PREPOSITIONS = frozenset(
    "on since by until till from before after of to through and or between dated".split()
)

#: Where a person stands in the picture, as only photo captions say it: "Tony Blair (left)",
#: "Max Darj (l.)", "(v.l.)", "(von li nach re)", "Pictured from left, ...", "Von links:
#: ...", "De gauche à droite, ...". The open phrases count only before the list they
#: announce (a colon, a comma or a closing bracket): prose says them too ("Druck von links
#: und rechts", "des élus de gauche à droite", "written from left to right").
PICTURE_POSITIONS = (
    r"\((?:far )?(?:left|right|centre|center|l\.|r\.|m\.|li\.|re\.|links|rechts|mitte|v\.\s?l\.)\)",
    r"\((?:à gauche|à droite|au centre|izq\.|dcha\.|izquierda|derecha|a sinistra|a destra)\)",
    r"\bfrom left(?: to right)?\s*[:,)]",
    r"\bde gauche à droite\s*[:,)]",
    r"\bv\.\s?l\.\s?n\.\s?r\.",
    r"\((?:von )?li\.?\s?(?:nach|n\.)\s?re\.?\)",
    r"\bvon links(?: nach rechts)?\s*[:,)]",
)

#: A photo taken before the story, as only its caption says: "(Archivbild)", "(Symbolfoto)",
#: "FILE - Mike and Jane Roberts tend to their son ...", "... Kieswetter. File image",
#: "(photo d'archives)", "(Foto de archivo)". The "file photo" phrases count in brackets or
#: ending the line: prose says them too ("the file photo was never released").
_FILE_PHOTO = r"(?:file (?:photo|image|picture)|photos? d'archives?|(?:foto|imagen) de archivo)"
FILE_PICTURE_MARKS = (
    r"\((?:archiv|symbol)(?:bild|foto)\)",
    r"^FILE\s?[-\u2013\u2014]\s",
    rf"\({_FILE_PHOTO}\)|\b{_FILE_PHOTO}\.?$",
)

#: Words closing a Japanese caption's bracketed credit: "（潟沼義樹撮影）" (photographed by),
#: "（警視庁提供）" (provided by).
PHOTO_CREDIT_SUFFIXES = ("撮影", "提供")

#: Units after a clock-like number that make it a video's or podcast's length, not a live
#: blog's entry time: "01:43 min", "2:30 Minuten", "0:45 sec".
DURATION_UNITS = (r"min", r"minut\w*", r"sec\w*", r"sek\w*", r"seg\w*")

#: Words of a writer speaking as "I" or "we", or to the reader as "you": a story's or a
#: dek's words, never a photo caption's, which tells what the picture shows ("Whether
#: you're climbing peaks ..., we've found the best sleeping bags"). Compared in lower case
#: but for English "I"; forms other languages spell as other words are left out (French
#: "du", Portuguese "nos", German "Sie" and "ihr", Dutch "onze", English "mine").
READER_WORDS = word_set("""
    me my we we're we've we'd we'll us our ours you you're you've you'd you'll your
    yours
    ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren unserem
    unserer dich dir dein deine deinen deinem deiner euch euer eure
    je moi nous vous votre notre
    yo nosotros nosotras nuestro nuestra nuestros nuestras usted ustedes
    io noi voi nostro nostra nostri nostre vostro vostra
    ik wij jij jullie
""")
#: ... and English "I" with a verb glued on, in its case only (a bare "I" also ends a
#: king's name or a war's, and is Italian's article "i")
READER_I = word_set("I'm I've I'd I'll")
