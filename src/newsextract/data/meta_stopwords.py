"""Tiny stop-word profiles for guessing the language of a text when markup does not say.

For each language, frequent function words (articles, pronouns, prepositions, auxiliaries)
written for newsextract. Words shared by several of these languages ("a", "de", "la", "en")
are left out where they would blur the profiles; the guess counts how many of a text's words
fall in each profile, so a few hundred words of prose are enough.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        the of and to is that for it with as was on be by this are have from or had not
        but what all were when we there can an which their said if has will would been
        one they its also who more about than them into some could his her she he our
        you
        """
    ),
    "fr": _words(
        """
        le les des est et une du dans que qui pour pas sur au avec ce il elle sont ont
        été par plus mais ou son sa ses aux nous vous leur leurs cette comme tout fait
        être selon aussi ces lui même dont entre après sans
        """
    ),
    "de": _words(
        """
        der die das und ist nicht ein eine mit den dem des auf für sich von zu im auch
        es sie wird werden wurde hat haben sind war bei aus nach noch wie einer einen
        oder aber nur dass vor über diese kann schon
        """
    ),
    "es": _words(
        """
        el los las del que y una por con para es su se al lo como más pero sus le ya fue
        este esta ha han sido está son también entre cuando sin sobre muy desde todo
        hasta donde después según
        """
    ),
    "it": _words(
        """
        il gli della che è per una di non sono del con le dei delle nel alla anche più
        come ma si ha questo questa da sul dalla nella stato essere hanno loro dopo tra
        perché quando ancora molto
        """
    ),
    "pt": _words(
        """
        os as que uma não com para por mais dos das como mas foi ao ele ela seu sua ou
        quando muito nos já também só pelo pela até isso entre depois sem mesmo aos são
        está foram tem onde em um na do da esta este vai
        """
    ),
    "nl": _words(
        """
        de het een van en is dat op te zijn met voor niet aan er maar ook als bij nog
        wordt door naar dan heeft hebben was werd worden deze kan zich uit over tot om
        geen wel meer
        """
    ),
    "sv": _words(
        """
        och att det som är för på med har inte av till den ett om var vi jag de men kan
        ska från efter eller också när vid där sig hade
        """
    ),
    "da": _words(
        """
        og at det som er for på med har ikke af til den et om var vi jeg de men kan skal
        fra efter eller også når ved hvor sig havde
        """
    ),
    "pl": _words(
        """
        i w na nie się z że do jest to jak o po co ale od za przez przy oraz jego jej
        być był była tak już tylko też który która które
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
