"""Stop words per language, and the scripts that give a language away.

`STOP_WORDS`: for each language, its most frequent function words (articles, pronouns,
prepositions, conjunctions, auxiliaries), written for newsextract. Running prose is made of
them to a third or more; menus, headlines and link titles hardly use them. One table serves
two uses (`signals/language.py`): guessing a text's language from the words it uses most,
and, once the language is known, the share of stop words in a line, which tells prose from
chrome in text dumps. Words several languages share ("de", "la", "en") are kept: the guess
takes the language with the most hits, and the share needs them.

`SCRIPT_LANGUAGES`: languages told apart by their script alone.

`CAPITALIZED_NOUNS`: languages that capitalize every noun, where a sentence is not told from
Title Case by its capitals.
"""

from __future__ import annotations

from newsextract.data import word_set

CAPITALIZED_NOUNS = frozenset({"de", "lb"})

STOP_WORDS: dict[str, frozenset[str]] = {
    "en": word_set(
        """
        a an the and or but if of to in on at by for with from as into about than that this
        these those there their they them he she it its his her him we our us you your i me
        my is are was were be been being has have had do does did not no will would can
        could should may might must which who whom whose what when where while how all also
        after before because so then over under between out up more most some any such only
        just said says one
        """
    ),
    "fr": word_set(
        """
        le la les un une des du de d l et ou mais donc car ni que qui quoi dont où ce cet
        cette ces il elle ils elles on nous vous je tu se sa son ses leur leurs lui y en au
        aux dans par pour sur avec sans sous entre vers chez est sont était été être a ont
        avait fait plus pas ne n s qu c j m aussi comme si tout tous très même déjà selon
        lors après avant
        """
    ),
    "de": word_set(
        """
        der die das den dem des ein eine einer eines einem einen und oder aber denn sondern
        dass daß wenn weil als wie ob zu zum zur im in an am auf aus bei mit nach von vor
        über unter für gegen durch um ist sind war waren wird werden wurde wurden hat haben
        hatte sein seine ihre ihr ihm ihn er sie es wir ich du man sich nicht kein keine
        auch noch schon nur so doch dann mehr sehr bis diese kann
        """
    ),
    "es": word_set(
        """
        el la los las un una unos unas lo y o u pero sino que quien cual cuyo donde cuando
        como de del al a en por para con sin sobre entre hasta desde hacia según es son era
        fue fueron ser sido está están ha han había se su sus le les nos me te mi él ella
        ellos ellas yo tú no ni más muy ya también este esta estos estas ese esa eso todo
        después
        """
    ),
    "it": word_set(
        """
        il lo la i gli le un uno una e o ma che chi cui non di del della dei delle degli a
        al alla ai da dal dalla in nel nella con su sul sulla per tra fra è sono era stato
        stata essere ha hanno aveva si suo sua suoi loro lui lei noi voi anche più come
        quando dove se già questo questa dopo perché ancora molto
        """
    ),
    "pt": word_set(
        """
        o a os as um uma uns umas e ou mas que quem qual cujo onde quando como de do da dos
        das em no na nos nas por pelo pela para com sem sobre entre até desde é são era foi
        foram ser sido está estão tem têm havia se seu sua seus suas lhe ele ela eles elas
        não mais muito já também este esta isso ao só depois mesmo aos vai
        """
    ),
    "nl": word_set(
        """
        de het een en of maar dat die dit deze wie wat waar wanneer als van in op aan met
        voor naar bij uit over onder door tot om is zijn was waren wordt worden werd heeft
        hebben had er hij zij ze wij we ik je u hun haar zich niet geen ook nog al dan meer
        zeer te kan wel
        """
    ),
    "sv": word_set(
        """
        och att det som är för på med har inte av till den ett om var vi jag de men kan ska
        från efter eller också när vid där sig hade en i så han hon sin sitt sina mot under
        över hur vad vilket vilken vilka eftersom skulle kunde blev blir dem deras hans
        hennes vår våra mycket nu bara än redan utan dock både samt mellan inom sedan man
        alla andra enligt säger sade mig dig något några vara varit
        """
    ),
    "da": word_set(
        """
        og at det som er for på med har ikke af til den et om var vi jeg de men kan skal fra
        efter eller også når ved hvor sig havde en i så han hun sin sit sine mod under over
        hvordan hvad hvilket hvilken hvilke fordi skulle kunne blev bliver dem deres hans
        hendes vores mange nu kun end allerede uden dog både samt mellem inden siden man
        alle andre ifølge siger sagde mig dig noget nogle være været
        """
    ),
    "no": word_set(
        """
        og at det som er for på med har ikke av til den et om var vi jeg de men kan skal fra
        etter eller også når ved hvor seg hadde en i så han hun sin sitt sine mot under over
        hvordan hva hvilket hvilken hvilke fordi skulle kunne ble blir dem deres hans hennes
        vår våre mange nå bare enn allerede uten likevel både samt mellom innen siden man
        alle andre ifølge sier sa meg deg noe noen være vært
        """
    ),
    "pl": word_set(
        """
        i w na nie się z że do jest to jak o po co ale od za przez przy oraz jego jej być
        był była tak już tylko też który która które a czy ten ta te tego tej tym tych go
        mu jako lub ani dla pod nad przed między bez u ze we są było były będzie może można
        jednak bardzo gdy kiedy gdzie tam tu sobie siebie mnie mi nas nam ich im ją je on
        ona oni także według powiedział
        """
    ),
}

#: Languages told apart by their script alone: (first code point, last code point, language).
SCRIPT_LANGUAGES: tuple[tuple[int, int, str], ...] = (
    (0x3040, 0x30FF, "ja"),  # hiragana and katakana (checked before CJK ideographs)
    (0xAC00, 0xD7AF, "ko"),  # hangul syllables
    (0x4E00, 0x9FFF, "zh"),  # CJK unified ideographs
    (0x0400, 0x04FF, "ru"),  # cyrillic
    (0x0600, 0x06FF, "ar"),  # arabic
    (0x0590, 0x05FF, "he"),  # hebrew
    (0x0370, 0x03FF, "el"),  # greek
    (0x0E00, 0x0E7F, "th"),  # thai
    (0x0900, 0x097F, "hi"),  # devanagari
)
