"""Words that attribute speech, per language, for `newsextract.quotes`.

The six languages written first (en, fr, de, es, it, pt) have every list; Dutch, Danish,
Norwegian, Swedish and Polish (round 37) and Turkish (round 38) have their common reporting
verbs, "according to", and in the ``OWN_`` tables the pronouns, function words, role nouns
and adverbs that are other words elsewhere; they are read only on pages in that language.

Every set holds lowercase word forms; `quotes` tokenizes the text and looks words up in
these sets (no large regex alternations), so lookups stay linear in the text length.
The lists were written for newsextract from the usual reporting verbs and titles of news
prose in each language; none is copied from another tool.

- ``SPEECH_VERBS``: finite verb forms that introduce or follow a quotation ("said",
  "a déclaré" is handled as auxiliary + ``SPEECH_PARTICIPLES``).
- ``SAY_PARTICIPLES``: present participles ("saying", "adding") whose subject is the subject of
  the clause they hang on.
- ``AUXILIARIES`` + ``SPEECH_PARTICIPLES``: compound tenses ("a dit", "ha dicho", "hat gesagt").
- ``ACCORDING_TO``: phrases whose speaker follows them ("according to X", "selon X"); a
  few of them are other words too ("per cent", "o segundo turno", "so groß") and count only
  where ``GUARDED_ACCORDING`` says.
- ``NON_INVERTING``: verbs whose following noun is a listener, never the speaker
  ("told reporters").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from newsextract.data import word_set

#: A person's gender as a pronoun or a title tells it: "m" or "f".
Gender = Literal["m", "f"]


#: The languages whose speech words are read on a page of unknown language.
SPEECH_LANGUAGES = ("en", "fr", "de", "es", "it", "pt")
#: Languages with speech verbs read only on a page in that language: their short verbs are
#: other words elsewhere (Swedish "sa" is the French "sa"; Danish "siger" and "skriver").
OWN_PAGE_LANGUAGES = ("nl", "da", "no", "sv", "pl", "tr")
#: Language codes read as another's list: Norwegian Bokmål and Nynorsk as Norwegian.
LANGUAGE_ALIASES: Mapping[str, str] = {"nb": "no", "nn": "no"}
#: Languages that also write speech as dialogue, a paragraph opening with a dash ("— Vamos a
#: ganar —dijo Ana."): their speech verbs end such a quote.
DIALOGUE_LANGUAGES = ("es", "pt", "it", "fr")

SPEECH_VERBS: Mapping[str, frozenset[str]] = {
    "en": word_set("""
        said says say told tells added adds asked asks explained explains commented comments
        wrote writes noted stated declared declares insisted insists argued argues
        warned warns replied replies responded responds answered recalled recalls
        continued continues concluded concludes acknowledged acknowledges admitted admits
        claimed conceded concedes confirmed confirms emphasised emphasized emphasises
        emphasizes stressed stresses urged urges announced announces reported testified
        testifies alleged alleges tweeted tweets posted remarked observed observes
        quipped quips joked shouted shouts cried whispered pleaded pleads begged begs
        demanded predicted predicts promised vowed vows suggested suggests
        called dubbed dubs termed labelled labeled ruled instructed instructs
        ordered recounted recounts reiterated reiterates countered cautioned cautions
        complained complains boasted boasts agreed agrees lamented laments mused muses
        contended contends maintained maintains protested exclaimed exclaims
        described describes texted wondered wonders written laughed laughs sighed sighs
        chuckled chuckles recalled
        """),
    "fr": word_set("""
        dit déclare affirme ajoute explique souligne indique estime assure précise martèle
        lance insiste rappelle avertit confie reconnaît poursuit conclut écrit répond dénonce
        déplore juge annonce confirme prévient admet raconte témoigne plaide réagit commente
        insiste regrette tranche résume glisse note observe constate lâche s'exclame demande
        déclarait affirmait expliquait soulignait indiquait estimait assurait précisait
        ajoutait disait écrivait répondait racontait rapporte
        """),
    "de": word_set("""
        sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte
        meint schrieb schreibt warnte warnt kritisierte kritisiert forderte fordert berichtete
        berichtet ergänzte ergänzt versicherte versichert bekräftigte bekräftigt unterstrich
        unterstreicht erläuterte erläutert argumentierte argumentiert antwortete antwortet
        fragte fragt räumte räumt teilte teilt fügte fügt sprach spricht verkündete verkündet
        bestätigte bestätigt mahnte mahnt kündigte kündigt twitterte
        erzählte erzählt erzählten vermutete vermutet notierte notiert kommentierte
        kommentiert resümierte resümiert schilderte schildert klagte klagt
        beklagte beklagt entgegnete entgegnet beteuerte beteuert spottete spottet scherzte
        scherzt lobte lobt prophezeite prophezeit bilanzierte bilanziert
        """),
    "es": word_set("""
        dijo dice afirmó afirma declaró declara aseguró asegura explicó explica señaló señala
        añadió añade agregó agrega indicó indica manifestó manifiesta subrayó subraya destacó
        destaca insistió insiste advirtió advierte sostuvo sostiene apuntó apunta precisó
        precisa comentó comenta respondió responde expresó expresa reconoció reconoce admitió
        admite denunció denuncia escribió escribe relató relata recordó recuerda anunció
        anuncia confirmó confirma lamentó lamenta preguntó pregunta concluyó concluye
        recalcó recalca reiteró reitera aclaró aclara enfatizó enfatiza criticó critica
        sentenció remarcó remarca
        """),
    "it": word_set("""
        dice dicono disse dissero afferma affermano affermò dichiara dichiarano dichiarò
        aggiunge aggiunse spiega spiegò sottolinea sottolineò osserva osservò precisa precisò
        ribadisce ribadì commenta commentò racconta raccontò conferma confermò assicura
        assicurò avverte avvertì denuncia denunciò scrive scrisse risponde rispose ammette
        ammise annuncia annunciò conclude concluse prosegue proseguì continua continuò
        evidenzia evidenziò replica replicò incalza chiede chiese sostiene sostenne ricorda
        ricordò attacca spiegava diceva affermava
        """),
    "pt": word_set("""
        disse disseram diz dizem afirmou afirmaram afirma declarou declararam declara
        acrescentou acrescenta explicou explica destacou destaca ressaltou ressalta salientou
        sublinhou observou comentou completou concluiu garantiu garante assegurou admitiu
        reconheceu confirmou anunciou escreveu respondeu contou conta relatou lembrou lembra
        alertou criticou defendeu defende avaliou avalia frisou pontuou questionou perguntou
        """),
    "nl": word_set("""
        zegt zei zeiden vertelt vertelde verklaart verklaarde schrijft schreef
        stelt stelde voegt voegde benadrukt benadrukte vraagt vroeg antwoordt
        antwoordde reageert reageerde waarschuwt waarschuwde meldt meldde aldus
        """),
    "da": word_set("""
        siger sagde fortæller fortalte forklarer forklarede skriver skrev tilføjer tilføjede
        understreger understregede mener mente slutter sluttede spørger spurgte svarer
        svarede påpeger påpegede oplyser oplyste udtaler udtalte
        """),
    "no": word_set("""
        sier sa forteller fortalte forklarer forklarte skriver skrev understreker
        understreket mener mente avslutter avsluttet spør spurte svarer svarte påpeker
        påpekte opplyser opplyste uttaler uttalte
        """),
    "sv": word_set("""
        säger sa sade berättar berättade förklarar förklarade skriver skrev tillägger
        tillade understryker underströk menar menade avslutar avslutade frågar frågade
        svarar svarade påpekar påpekade uppger uppgav konstaterar konstaterade
        """),
    "pl": word_set("""
        powiedział powiedziała powiedzieli mówi mówił mówiła mówią napisał napisała pisze
        dodał dodała dodaje podkreślił podkreśliła podkreśla stwierdził stwierdziła
        stwierdza zaznaczył zaznaczyła zaznacza wskazał wskazała wskazuje oświadczył
        oświadczyła przekazał przekazała przyznał przyznała przyznaje ocenił oceniła
        ocenia wyjaśnił wyjaśniła wyjaśnia tłumaczył tłumaczyła tłumaczy zapewnił
        zapewniła zapewnia
        """),
    "tr": word_set("dedi söyledi belirtti kaydetti vurguladı açıkladı ekledi bildirdi"),
}

SAY_PARTICIPLES: Mapping[str, frozenset[str]] = {
    "en": word_set("""
        saying adding writing noting explaining insisting arguing stating declaring warning
        asking tweeting recalling stressing adding insisting
        """),
    "fr": word_set("disant ajoutant expliquant affirmant estimant soulignant"),
    "de": frozenset(),
    "es": word_set("diciendo añadiendo agregando explicando afirmando señalando"),
    "it": word_set("dicendo aggiungendo spiegando affermando sottolineando"),
    "pt": word_set("dizendo afirmando acrescentando explicando destacando"),
    "nl": frozenset(),
    "da": frozenset(),
    "no": frozenset(),
    "sv": frozenset(),
    "pl": word_set("dodając podkreślając zaznaczając wskazując mówiąc"),
    "tr": frozenset(),
}

AUXILIARIES: Mapping[str, frozenset[str]] = {
    "en": frozenset(),
    "fr": word_set("a ont avait avaient aurait auraient"),
    "de": word_set("hat haben hatte hatten"),
    "es": word_set("ha han había habían habría"),
    "it": word_set("ha hanno aveva avevano avrebbe avrebbero"),
    "pt": frozenset(),  # Portuguese reports in the simple past ("disse", "afirmou")
    "nl": word_set("heeft hebben had"),
    "da": word_set("har havde"),
    "no": word_set("har hadde"),
    "sv": word_set("har hade"),
    "pl": frozenset(),  # Polish reports in the simple past ("powiedział")
    "tr": frozenset(),  # Turkish too ("dedi")
}

SPEECH_PARTICIPLES: Mapping[str, frozenset[str]] = {
    "en": frozenset(),
    "fr": word_set("""
        dit déclaré affirmé ajouté expliqué souligné indiqué estimé assuré précisé martelé
        lancé insisté rappelé averti confié reconnu poursuivi conclu écrit tweeté répondu
        dénoncé déploré jugé annoncé confirmé prévenu admis raconté témoigné plaidé réagi
        commenté regretté tranché résumé glissé noté observé constaté lâché demandé rapporté
        """),
    "de": word_set("""
        gesagt erklärt betont gemeint geschrieben gewarnt kritisiert erzählt vermutet
        notiert kommentiert berichtet ergänzt versichert geschildert
        """),
    "es": word_set("""
        dicho afirmado declarado asegurado explicado señalado añadido agregado indicado
        manifestado subrayado destacado insistido advertido sostenido apuntado precisado
        comentado respondido expresado reconocido admitido denunciado escrito relatado
        recordado anunciado confirmado lamentado
        """),
    "it": word_set("""
        detto dichiarato affermato aggiunto spiegato sottolineato osservato precisato ribadito
        commentato raccontato confermato assicurato avvertito denunciato scritto risposto
        ammesso annunciato concluso evidenziato replicato chiesto sostenuto ricordato
        twittato rivelato
        """),
    "pt": frozenset(),
    "nl": word_set("gezegd verteld verklaard geschreven benadrukt gemeld"),
    "da": word_set("sagt fortalt forklaret skrevet understreget"),
    "no": word_set("sagt fortalt forklart skrevet understreket"),
    "sv": word_set("sagt berättat förklarat skrivit understrukit"),
    "pl": frozenset(),
    "tr": frozenset(),
}

#: Indefinite articles of the languages read on their own pages that are prepositions in
#: another language (Danish, Norwegian and Swedish "en" is French "en"): after a speech verb
#: on a page in that language the word opens the subject ("sier en smørblid Retzius til
#: NRK": Retzius), not an adverbial ("a déclaré en conférence de presse").
OWN_ARTICLES: Mapping[str, frozenset[str]] = {
    "da": word_set("en"),
    "no": word_set("en"),
    "sv": word_set("en"),
}

#: Endings of a definite noun in the languages that write the article as an ending (Danish,
#: Norwegian, Swedish: "politiet", "åklagaren", "myndighederne"): the speaker after
#: "ifølge"/"enligt" is a noun phrase ending at such a noun, not one running into the verb
#: after it ("enligt åklagaren visar på att …").
#: Languages putting the verb second after an opening adverbial ("I fredags – ... – sa
#: Trump"): there a dash aside before the verb is no subject and a name after the verb is.
VERB_SECOND = frozenset({"de", "nl", "sv", "da", "no", "nb"})
#: Languages putting the verb last, after the quote, with the speaker opening the sentence
#: before the quote (Turkish "Muhtar Çelebi Kurt, gazetecilere, “…” dedi."): the speaker is
#: the subject opening the verb's sentence.
VERB_FINAL = frozenset({"tr"})

DEFINITE_ENDINGS: Mapping[str, tuple[str, ...]] = {
    "da": ("en", "et", "ne"),
    "no": ("en", "et", "ne", "a"),
    "sv": ("en", "et", "na"),
}

#: A name's possessive ending as English writes it, with either apostrophe ("Moody's",
#: "Smith’s"): kept on a name that owns what follows, "has" in "Smith’s said".
POSSESSIVE_ENDINGS = ("'s", "’s")

#: Endings of a plural noun in the languages writing a possessive with "’s" (English): a
#: word after a name's possessive spelled so is a noun it owns ("Carter's comments"), any
#: other word a verb ("Moody’s added": the name is Moody’s).
PLURAL_ENDINGS: Mapping[str, tuple[str, ...]] = {"en": ("s",)}

#: Subject pronouns that French attaches to an inverted verb: "a-t-il dit", "estime-t-elle".
INVERTED_PRONOUNS = word_set("il elle ils elles on")

#: One-word and multi-word phrases after which the speaker is named: "according to X".
ACCORDING_TO: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "en": (("according", "to"), ("per",)),
    "fr": (("selon",), ("d'après",), ("d’après",)),
    "de": (("laut",), ("nach", "angaben", "von"), ("so",)),
    "es": (("según",), ("de", "acuerdo", "con")),
    "it": (("secondo",), ("stando", "a")),
    "pt": (("segundo",), ("de", "acordo", "com"), ("conforme",)),
    "nl": (("volgens",),),
    "da": (("ifølge",),),
    "no": (("ifølge",),),
    "sv": (("enligt",),),
    "pl": (("według",), ("jak", "podaje"), ("jak", "podał"), ("jak", "podała")),
    "tr": (),  # "X'e göre" names its source before it
}

#: "According to" words that are other words too, and where they count as one: before a
#: capitalized name ("per Feng", not "per cent"); before a name or an article ("segundo o
#: ministro", not "o segundo turno"; "laut der Polizei", "laut Polizei", not the adjective
#: of "als Kritik laut wurde", German nouns being capitalized); right after a quote and its
#: comma ("„…“, so Müller", not "so groß").
ACCORDING_BEFORE_NAME = word_set("per")
ACCORDING_BEFORE_NAME_OR_ARTICLE = word_set("segundo laut")
ARTICLES_AFTER_ACCORDING = word_set("o a os as dem der den des einem einer eines")
ACCORDING_AFTER_QUOTE = word_set("so")

#: A reflexive pronoun written after a speech verb and before its subject ("„…“, erinnert
#: sich Kerstin Wahala"): part of the verb.
REFLEXIVES_AFTER_VERB = word_set("sich")
#: Verbs that attribute speech only with their reflexive within two words after them
#: ("erinnert sich X", "erinnert sie sich"; "erinnerte einen User an den Film" is none).
REFLEXIVE_SPEECH_VERBS: Mapping[str, frozenset[str]] = {"de": word_set("erinnert erinnerte")}

#: Verbs whose object (not subject) follows them: "told reporters", "urged lawmakers".
NON_INVERTING = word_set("""
    told tells urged urges begged begs called calls dubbed dubs termed labelled labeled
    instructed instructs ordered described describes asked asks
    """)

#: Pronouns standing for a person; resolved to the nearest person who spoke before.
PERSON_PRONOUNS = word_set("he she il elle er sie él ella lui lei ele ela")


#: The words of the languages read on their own pages (`OWN_PAGE_LANGUAGES`) that the lists
#: above hold for the six others, per language, read only on a page in that language: each
#: is another word, or a name, elsewhere ("said Hun Sen", "Fra Cristoforo", "Til
#: Schweiger", the Polish "ze" of a Dutch "ze", the English "on").
#: Person pronouns and the gender they tell; not the Scandinavian "han" (a family name in
#: English stories: "Han said") nor the Polish "on" (an English preposition), kept out
#: when these words were read on every page, not yet judged on their own.
OWN_PERSON_PRONOUNS: Mapping[str, Mapping[str, Gender]] = {
    "nl": {"hij": "m", "ze": "f"},
    "da": {"hun": "f"},
    "no": {"hun": "f"},
    "sv": {"hon": "f"},
    "pl": {"ona": "f"},
}
#: Function words: the prepositions and conjunctions that end a speaker's name after its
#: verb ("skriver Zelenskyj på X", "że").
OWN_FUNCTION_WORDS: Mapping[str, frozenset[str]] = {
    "nl": word_set("bij aan uit op tegen naar"),
    "da": word_set("på fra af med hos"),
    "no": word_set("på fra av med hos"),
    "sv": word_set("på av för med hos"),
    "pl": word_set("że się oraz też także również przez dla"),
}
#: Demonstratives, capitalized opening a sentence ("Denne sagde ...", "Denna tränare"): no name.
OWN_DEMONSTRATIVES: Mapping[str, frozenset[str]] = {
    "da": word_set("denne dette disse"),
    "no": word_set("denne dette disse"),
    "sv": word_set("denna denne detta dessa"),
}
#: Nouns naming a person by role, also in their definite form (the article an ending):
#: written before a name, they are no part of it ("Treneren Kristian Hansen"). Read only on
#: pages in their language, like the other `OWN_` tables.
OWN_ROLE_NOUNS: Mapping[str, frozenset[str]] = {
    "da": word_set("""
        træner træneren landstræner landstræneren formand formanden direktør direktøren
        borgmester borgmesteren ministeren statsminister statsministeren chefen talsmand
        talsmanden talsperson talspersonen kaptajn kaptajnen anklager anklageren forsker
        forskeren ekspert eksperten
        """),
    "no": word_set("""
        trener treneren landslagssjef landslagssjefen direktør direktøren ordfører
        ordføreren ministeren statsminister statsministeren sjef sjefen talsperson
        talspersonen kaptein kapteinen aktor aktoren forsker forskeren ekspert eksperten
        """),
    "sv": word_set("""
        tränare tränaren förbundskapten förbundskaptenen ordförande ordföranden direktör
        direktören borgmästare borgmästaren ministern statsminister statsministern chefen
        talesperson talespersonen kapten kaptenen åklagare åklagaren forskare forskaren
        expert experten
        """),
    # Turkish also with the possessive ending written before a name ("İzmir Valisi Süleyman
    # Elban", "Dışişleri Bakanı")
    "tr": word_set("""
        bakan bakanı vali valisi başkan başkanı sözcü sözcüsü müdür müdürü muhtar muhtarı
        """),
}
#: Prepositions only ("til" is a given name too: "Til Schweiger" keeps it in a name's front).
OWN_PREPOSITIONS: Mapping[str, frozenset[str]] = {
    "da": word_set("til"),
    "no": word_set("til"),
    "pl": word_set("w z od po"),
}
#: Adverbs skipped between a subject and its speech verb ("X har også sagt").
OWN_SKIPPABLE: Mapping[str, frozenset[str]] = {
    "nl": word_set("ook"),
    "da": word_set("også"),
    "no": word_set("også"),
    "sv": word_set("också"),
    "pl": word_set("wcześniej też także również jednak"),
}

#: Words after which a person pronoun stands for nobody ("il y a", "il faut", "il s'agit").
IMPERSONAL_AFTER = word_set("y faut s'agit s’agit semble paraît")

#: Words opening a clause whose subject follows them ("When Ford visited his editor").
CLAUSE_OPENERS = word_set("""
    when while although though because whereas if quand lorsque puisque wenn während
    nachdem obwohl weil cuando mientras aunque porque quando mentre perché enquanto embora
    """)

#: Phrases naming the person named last ("the latter"), with the gender they tell: "ce
#: dernier" is the man named just before, often no subject and no speaker ("..., a rapporté le
#: porte-parole, Berik Uali. Ce dernier rappelle que ...").
LATTER_PHRASES: Mapping[str, Gender | None] = {
    "the latter": None,
    "ce dernier": "m",
    "cette dernière": "f",
    "este último": "m",
    "esta última": "f",
    "quest'ultimo": "m",
    "quest’ultimo": "m",
    "quest'ultima": "f",
    "quest’ultima": "f",
}

#: Pronouns standing for an organisation or a group; resolved to the nearest speaker.
GROUP_PRONOUNS = word_set("it they ils elles ellos ellas es loro eles elas")

#: Determiners that introduce a speaker already known from the story ("the minister").
DEFINITE_DETERMINERS = word_set("""
    the his her its their this that le la l' l’ les son sa ses leur der die das den dem des
    el los las su sus il lo gli suo sua o os seu
    """)

#: Determiners that introduce a new, unnamed speaker ("a judge", "one commenter").
INDEFINITE_DETERMINERS = word_set(
    "a an one another some un une uno una unos unas ein eine einer eines einem einen um uma"
)

#: Either kind of determiner: what a noun phrase may open with ("the minister", "a judge").
DETERMINERS = DEFINITE_DETERMINERS | INDEFINITE_DETERMINERS

#: Nouns naming a person by role: "the minister said" is resolved to a named person.
ROLE_NOUNS = word_set("""
    minister secretary president spokesman spokeswoman spokesperson official officer
    chancellor ambassador senator sen governor gov mayor premier chief director analyst
    economist expert professor prof lawyer attorney prosecutor judge general commander envoy
    adviser advisor leader chairman chairwoman chair ceo executive founder co-founder head
    manager researcher scientist author co-author diplomat counterpart witness candidate king
    queen pope coach captain president-elect representative rep congressman congresswoman
    lawmaker legislator deputy strategist trader investor editor correspondent reporter
    journalist doctor physician surgeon psychologist teacher student activist campaigner
    superintendent commissioner inspector sheriff counsel advocate economist negotiator
    vice-president vp cfo coo cto owner partner founder spokesperson geologist singer
    actor actress producer writer novelist poet artist musician songwriter rapper player
    athlete designer photographer filmmaker comedian host presenter anchor broadcaster
    historian biologist physicist chemist astronomer engineer architect nurse veteran
    officer soldier pilot farmer worker resident neighbour neighbor mother father daughter
    wife husband sister brother friend colleague
    ministre porte-parole président présidente secrétaire chef directeur directrice
    ambassadeur ambassadrice avocat avocate procureur procureure juge maire député députée
    sénateur sénatrice chancelier chancelière expert experte analyste responsable dirigeant
    dirigeante conseiller conseillère patron patronne
    minister ministerin sprecher sprecherin präsident präsidentin kanzler kanzlerin chefin
    direktor direktorin botschafter botschafterin anwalt anwältin staatsanwalt staatsanwältin
    richter richterin bürgermeister bürgermeisterin experte expertin analyst analystin
    vorsitzende vorsitzender sekretär abgeordnete abgeordneter kapitän kapitänin mutter vater
    tochter sohn schwester bruder ehefrau ehemann partnerin
    ministro ministra portavoz presidente presidenta secretario secretaria jefe jefa directora
    embajador embajadora abogado abogada fiscal juez jueza alcalde alcaldesa diputado
    diputada senador senadora canciller experto experta analista líder dirigente asesor
    asesora
    sindaco sindaca portavoce segretario segretaria procuratore procuratrice giudice avvocato
    avvocata direttore direttrice governatore allenatore assessore deputato deputata senatore
    senatrice capo esperto esperta
    governador governadora prefeito prefeita porta-voz secretário secretária deputado
    deputada juiz juíza advogado advogada diretor diretora técnico treinador delegado delegada
    promotor promotora especialista economista pesquisador pesquisadora professora
    """)

#: German compounds end in a role ("Regierungssprecher", "Bundeskanzlerin"), as do
#: English scientists ("meteorologist").
ROLE_SUFFIXES = (
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "präsident",
    "präsidentin",
    "vorsitzender",
    "vorsitzende",
    "chef",
    "chefin",
    "trainer",
    "trainerin",
    "experte",
    "expertin",
    "loge",
    "login",
    "ökonom",
    "ökonomin",
    "forscher",
    "forscherin",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "berater",
    "beraterin",
    "politiker",
    "politikerin",
    "wissenschaftler",
    "wissenschaftlerin",
    "sekretär",
    "sekretärin",
    "abgeordneter",
    "abgeordnete",
    "mitglied",
    "spieler",
    "spielerin",
    "analyst",
    "analystin",
    "kollege",
    "kollegin",
    "kollegen",
    "kommentator",
    "kommentatorin",
    "ologist",  # meteorologist, virologist
)

#: Titles written before a name and dropped from it ("Sen. Ben Sasse" -> "Ben Sasse").
TITLES = word_set("""
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt lt.
    col col. capt capt. sgt sgt. adm adm. maj maj. cpl cpl. rev rev. sir dame lord lady
    president secretary minister judge justice ambassador chancellor premier senator governor
    mayor director deputy chief general colonel lieutenant captain admiral sergeant major
    commander officer professor doctor prince princess king queen pope cardinal bishop
    father sister brother st st. saint vice state foreign interior defense defence prime
    attorney speaker chairman chairwoman leader team head special envoy representative
    former acting interim mp mep msp
    m. mme mlle me monsieur madame
    herr frau
    sr sr. sra sra. don doña señor señora
    sig sig. signor signora dott dott. senhor senhora dona
    """)

#: Function words that are also given names or family names ("Will Hurd", "Theresa May"):
#: a name's word when capitalized next to another capitalized word of its run.
NAME_FUNCTION_WORDS = word_set("will may")

#: One-letter titles (the French "M." of "M. Peskov"): a title only opening a name's run,
#: elsewhere an initial ("George M. Cohan").
INITIAL_TITLES = word_set("m")

#: Words that make a capitalized phrase an organisation or a place, never a person's name.
ORGANISATION_WORDS = word_set("""
    ministry department office committee council agency authority authorities government
    police army navy force forces court university college school company group party
    commission bureau service services administration institute center centre laboratory
    foundation association union federation organisation organization house senate congress
    parliament assembly bank fund corporation corp inc ltd llc co news press times post
    journal network board club league team hospital church front state states republic
    kingdom nations city county province region district airport station museum network
    exchange market index reserve cabinet embassy consulate prosecution securities equities
    capital partners holdings investments advisors associates technologies systems media
    labs industries airlines airways motors energy research magazine newspaper
    ministère gouvernement armée tribunal cour université parti commission conseil assemblée
    ministerium regierung polizei armee gericht universität partei kommission rat bundestag
    ministerio gobierno policía ejército tribunal universidad partido comisión consejo
    ministero governo polizia tribunale università partito commissione consiglio procura
    comune regione ministério polícia universidade comissão conselho prefeitura
    bundesrat bundesbank zentralbank
    """)

#: German compounds end in an organisation word ("Wetterdienst", "Bundesamt"), also in the
#: genitive ("des Wetterdienstes"). No English or Romance word ends so.
ORGANISATION_SUFFIXES = (
    "dienst",
    "amt",
    "ministerium",
    "behörde",
    "gericht",
    "institut",
    "verband",
    "verein",
    "partei",
    "polizei",
    "regierung",
    "kommission",
    "agentur",
    "stiftung",
    "gesellschaft",
    "konzern",
    "zentrum",
    "klinik",
    "klinikum",
    "universität",
    "hochschule",
)

#: Function words that are never part of a speaker's name or description, in any of the
#: six languages, including capitalized sentence openers ("But", "Yet", "Dazu", "Laut").
#: Short words that are also names or initials ("Ma", "Ed", "Cui", "E.") are left out. The
#: languages read on their own pages add theirs (`OWN_FUNCTION_WORDS`).
FUNCTION_WORDS = word_set("""
    a an the and or but yet so if as at by for from in into of off on onto out over per to
    up with within without about above after against along among around before behind below
    beneath beside between beyond despite during except following inside outside like near since
    than that this these those though through throughout till toward towards under unless
    until upon via when whenever where whereas wherever whether which while who whom whose
    why how what also already still then there here now even just only not no nor too very
    again ever once later earlier meanwhile however moreover instead indeed thus therefore
    last next first shortly sometimes often is are was were be been being am has have had
    do does did will would shall should can could may might must it its they them their
    theirs we us our you your i me my he him his she her hers one ones all any both each
    few many more most other some such own same there's it's today yesterday tomorrow
    monday tuesday wednesday thursday friday saturday sunday
    le la les l' l’ un une des du de d' d’ et ou mais donc car ni que qui quoi dont où à au
    aux en dans sur sous avec sans pour par chez vers entre contre selon depuis pendant
    après avant ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je tu
    est sont était ont a avait aussi déjà encore puis alors ainsi lors
    der die das den dem des ein eine einer eines einem einen und oder aber doch denn dass
    weil wenn als wie von vom zu zum zur im in am an auf aus bei mit nach seit über unter
    vor für gegen ohne um durch er sie es wir ihr ist sind war waren hat haben hatte auch
    noch schon dann dazu damals gestern heute außerdem zudem dabei später zuvor nun jetzt
    so daher deshalb trotzdem weiter gegenüber zufolge dieser diese dieses diesem diesen jener
    jene jenes jenem jenen
    el la los las lo un una unos unas y o pero sino que quien cual cuyo donde cuando como
    del al a ante bajo con contra de desde durante en entre hacia hasta para por según sin
    sobre tras su sus él ella ellos ellas es son era fue ha han había también ya aún además
    luego entonces así
    il lo gli della dello delle degli dei al allo alla ai agli alle dal dalla nel nella nei
    sul sulla per tra fra non è anche già ancora poi quando come dove se sono era hanno
    suo sua suoi sue loro questo questa quello quella secondo
    o os as um uma uns umas do da dos das no na nos nas ao aos à às pelo pela pelos pelas em
    com por para sem sobre entre ou mas que quem onde quando como não é são foi tem também
    já ainda seu sua seus suas ele ela eles elas isso isto este esta esse essa segundo
    conforme laut
    lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui
    lunes martes miércoles jueves viernes sábado domingo ayer hoy
    lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi ontem hoje
    although because whereas quand lorsque puisque während nachdem obwohl mientras aunque
    weder sowohl
    porque mentre perché enquanto embora
    """)

#: Abbreviations whose final period does not end a sentence.
ABBREVIATIONS = word_set("""
    mr mrs ms dr prof sen rep gov gen lt col capt sgt adm maj cpl rev st jr sr inc co corp
    ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est
    fig gov't m mme mlle me mm nr bzw ca dr sra sres av
    """)

#: Words opening a relative clause or appositive after a name ("X, who led the study, said").
RELATIVE_PRONOUNS = word_set("""
    who which whose whom that qui que dont lequel laquelle lesquels welche welcher welches
    quien quienes cuyo cuya
    """)

#: Conjunctions: a speech verb right after one shares the subject before it ("X said ... and
#: added").
CONJUNCTIONS = word_set("and or but et ou mais und oder aber y o pero e mas")

#: Auxiliaries and adverbs that sit between a subject and its speech verb ("X has said",
#: "Thomas allegedly told", "Pechino infatti ha sottolineato") or right after the verb
#: ("stated simply").
SKIPPABLE_BEFORE_VERB = word_set("""
    has have had will would also later then previously again further once allegedly
    reportedly repeatedly already still recently earlier yet first finally simply quickly
    cependant toutefois pourtant néanmoins également ensuite infatti invece inoltre però
    tuttavia comunque quindi dunque asimismo incluso porém contudo entretanto todavia portanto
    """)
#: ... and any lowercase word with this ending, an English adverb ("Thomas angrily said").
ADVERB_SUFFIX = "ly"

#: Words that make the next capitalized word part of a phrase ("ministre de la Santé").
GENITIVES = word_set("of the de du des la del della der di do da dos das")

#: Prepositions of place: a name after one is where someone spoke, not who ("in New York").
LOCATIVES = word_set("in at from near à en dans au aux im bei aus nach desde nel nella em na")

#: Prepositions: a noun phrase right after one is no subject but part of an adverbial ("In
#: einem Statement sagte der 48-Jährige", "In una nota ha detto") or of the noun phrase
#: before it ("Le ministre de la Défense a affirmé", "esta vecina del barrio comenta", "a
#: spokesman for the company said").
PREPOSITIONS = word_set("""
    in at on from with for of to into near after before during under over about
    à en dans sur sous avec pour par chez vers de du des d' d’ au aux
    im an am auf aus bei beim mit nach seit von vom vor zu zum zur für über unter gegen
    durch gegenüber
    con por para desde sobre tras del al
    su con per tra fra nel nella sul sulla dal dalla di della
    em com sobre no na nos nas do da dos das pelo pela
    """)

#: German articles of the object cases: a noun phrase opening with one is no subject ("hat
#: Hendel dem Tagesspiegel erzählt": Hendel speaks).
OBJECT_DETERMINERS = word_set("dem den einem einen")

#: Words that make the capitalized word right after them a common noun, per language: German
#: capitalizes every noun, so a word the story prints alone after an article or a
#: contracted preposition ("das Glück", "der Sender", "im Juli") is no part of a person's
#: name.
NOUN_MARKERS: Mapping[str, frozenset[str]] = {
    "de": word_set("""
        der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins
        """)
}

#: Name particles that are also articles: inside a name only after another particle ("von
#: der Leyen", "van den Berg", "de la Cruz"), not after a name ("sagte Nadeschdin der DW").
ARTICLE_PARTICLES = word_set("der den la le")

#: Words tying a person to where they work ("Rosaly Lopes of NASA", "Anna Schmidt vom
#: Wetterdienst"): before "said", the person speaks, not the organisation.
AFFILIATIONS = word_set("of at from von vom beim bei de du des del della di da do dos das")

#: The gender a personal pronoun refers to, to skip people of the other one.
PRONOUN_GENDERS: Mapping[str, Gender] = {
    "he": "m",
    "il": "m",
    "er": "m",
    "él": "m",
    "she": "f",
    "elle": "f",
    "ella": "f",
    "lui": "m",
    "lei": "f",
    "ele": "m",
    "ela": "f",
}

#: Titles that tell a person's gender ("Mrs Smith ... he said" is not Mrs Smith).
TITLE_GENDERS: Mapping[str, Gender] = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "m": "m",
    "monsieur": "m",
    "herr": "m",
    "sr": "m",
    "señor": "m",
    "don": "m",
    "king": "m",
    "prince": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "mme": "f",
    "mlle": "f",
    "madame": "f",
    "frau": "f",
    "sra": "f",
    "señora": "f",
    "doña": "f",
    "signor": "m",
    "signora": "f",
    "senhor": "m",
    "senhora": "f",
    "dona": "f",
    "queen": "f",
    "princess": "f",
}
