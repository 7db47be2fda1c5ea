"""Speakers: which attribution each quote takes.

Every speech verb of the story up to the last quote has been resolved to a speaker
(`people.attributions`); a quote now picks one of its own paragraph, in this order:

1. the attribution after it in its sentence (and before the next quote), when the quote ends
   like speech followed by its attribution ("…," he said; "…?" asked X), or when nothing
   before it in its sentence attributes it and the sentence ends before the next quote;
2. else the last attribution before it in its sentence ("X said: “…”");
3. else, right after a colon, the person opening the colon's sentence with no speech verb
   ("Kriminologin Bärbel Bongartz liefert eine Erklärung: „…“");
4. else the attribution ending its sentence after further quotes (las familias "…" esos
   días "…", según asegura Campo);
5. else the speaker of the paragraph's previous quote;
6. else the paragraph's last attribution before the quote;
7. else a name signing the quote after a dash ("“We will win.” — Jane Doe": pull quotes);
8. else, when the paragraph opens with the quote, the speaker the previous body paragraph
   introduces when it ends with a colon (its last sentence's attribution, else the person
   opening that sentence: "As Fraser Nelson reports in The Telegraph:"), else the speaker
   of its last quote (a quote running on, or a speaker's next words).

A quote none of these reach has no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from newsextract.data import speech
from newsextract.data.meta_words import NAME_PARTICLES
from newsextract.model import Block
from newsextract.quotes.marks import (
    DIALOGUE_DASHES,
    DOUBLE_MARKS,
    SINGLE_MARKS,
    SPACES,
    QuotedSpan,
)
from newsextract.quotes.people import (
    ANY_SPEECH_VERB,
    Attribution,
    PersonMention,
    StoryPeople,
    attributions,
    story_people,
)
from newsextract.quotes.subjects import SubjectKind, capitalized, joins_name, run_name
from newsextract.quotes.tokens import MaskedBlock, mask_block
from newsextract.quotes.verbs import SpeechLexicon, speech_lexicon
from newsextract.settings import QuoteSettings

_SIGNATURE_GAP_RE = re.compile(r"[.,]?[ \u00a0]*[\u2014\u2013-][ \u00a0]*")
_COMMA_AFTER_RE = re.compile(r"[ \t\u00a0\u202f\u2009]*,")
_COLON_GAP = 4  # characters read back from a quote for the colon before it ("X: „…“")
_CLAUSE_ENDS = "|;"  # marks ending a clause inside a sentence


def _attached_comma(block_text: str, span: QuotedSpan) -> bool:
    """Whether the quote ends like speech followed by its attribution ("…," he said), or is
    dialogue closed by a dash or a comma ("— …, dijo")."""
    if span.close is None:
        return False
    if span.close < len(block_text) and block_text[span.close] in DIALOGUE_DASHES + ",":
        return True
    inner = block_text[span.open + 1 : span.close].rstrip(SPACES + DOUBLE_MARKS + SINGLE_MARKS)
    return inner.endswith((",", "?", "!")) or bool(
        _COMMA_AFTER_RE.match(block_text, span.close + 1)
    )


def _signature_name(
    text: MaskedBlock, span: QuotedSpan, story: StoryPeople, max_words: int
) -> str | None:
    """The name signing a quote after a dash: "“We will win.” — Jane Doe" (pull quotes)."""
    if span.close is None:
        return None
    k = text.first_token_at(span.close + 1)
    if (
        k >= len(text.words)
        or not capitalized(text.words[k])  # "– wskazał Trump": a verb, no signature
        or not _SIGNATURE_GAP_RE.fullmatch(text.masked[span.close + 1 : text.starts[k]])
    ):
        return None
    last = k
    while (
        last + 1 < len(text.words)
        and joins_name(text, last + 1)
        and (capitalized(text.words[last + 1]) or text.lowers[last + 1] in NAME_PARTICLES)
    ):
        last += 1
    ended = last + 1 == len(text.words) or not text.gap(last + 1).isspace()
    if not ended or last - k + 1 > max_words or not capitalized(text.words[last]):
        return None
    named = run_name(text, story.lexicon, k, last)
    if named is None:
        return None
    return story.fullest(named.text) if named.kind is SubjectKind.NAME else named.text


def _colon_speaker(
    text: MaskedBlock, span: QuotedSpan, story: StoryPeople, reach: int
) -> str | None:
    """The person opening the sentence a colon ends right before the quote, with no speech
    verb in it ("Kriminologin Bärbel Bongartz liefert eine Erklärung: „…“", "Liat: „…“").

    The sentence's first person named in full (or known in full: "Konstantin Veit" for
    "Veit sieht ...:") must stand where a subject may, with no pronoun before it (in
    "zitierte sie den Abgeordneten X:" X is not who speaks).
    """
    low = max(0, span.open - _COLON_GAP)
    before = text.masked[low : span.open].rstrip(SPACES)
    if not before.endswith(":"):
        return None
    return _introducer(text, low + len(before) - 1, story, reach)


def _introducer(
    text: MaskedBlock, end: int, story: StoryPeople, reach: int, *, in_sentence: bool = False
) -> str | None:
    """The person opening the sentence ended by the colon at `end` (see `_colon_speaker`);
    with `in_sentence`, only when other words follow the name there (a sentence, not a label
    such as "Studies:")."""
    sentence = max(text.sentence_start(end), end - reach)
    # a clause of its own after "|" or ";" ("Silver was right | Michael Barone: “…”")
    start = max(sentence, *(text.masked.rfind(c, sentence, end) + 1 for c in _CLAUSE_ENDS))
    index = bisect_left(story.mention_keys, (text.index, start))
    stop = bisect_left(story.mention_keys, (text.index, end), index)
    # the first person named in full: a capitalized opener ("Ähnlich sieht es X") is none,
    # a capitalized verb before a name ("Said Romney:") is no part of it
    mentions = (story.mentions[i] for i in range(index, stop))
    named = ((m, story.fullest(_past_verb(m.name))) for m in mentions)
    mention, name = next(((m, name) for m, name in named if " " in name), (None, ""))
    if mention is None:
        return None
    opening = range(text.first_token_at(start), mention.first)
    if any(text.lowers[k] in story.lexicon.person_pronouns for k in opening):
        return None
    if in_sentence and text.first_token_at(end) <= mention.last + 1:
        return None
    return name if _may_introduce(mention, story.lexicon) else None


def _introduced_before(
    text: MaskedBlock, said: Sequence[Attribution], story: StoryPeople, reach: int
) -> str | None:
    """Who a paragraph ending with a colon introduces, speaking in the next paragraph: the
    person its last sentence's speech verb gives ("Susan Page then offered this contrast:"),
    else the person opening that sentence ("As Fraser Nelson reports in The Telegraph:").
    A speaker that is no person ("things that you hope to say, like:") introduces nobody."""
    stripped = text.masked.rstrip(SPACES)
    if not stripped.endswith(":"):
        return None
    end = len(stripped) - 1
    sentence = text.sentence_start(end)
    spoken = [a for a in said if a.start >= sentence]
    if spoken:
        return spoken[-1].speaker if spoken[-1].person else None
    return _introducer(text, end, story, reach, in_sentence=True)


def _past_verb(name: str) -> str:
    """A name less a capitalized speech verb opening its sentence before it ("Said Romney",
    "Says Bourdain")."""
    verb, _, rest = name.partition(" ")
    return rest if rest and verb.lower() in ANY_SPEECH_VERB else name


def _may_introduce(mention: PersonMention, lexicon: SpeechLexicon) -> bool:
    """Whether a mention may be who introduces a quote: a subject (`may_be_subject`), or
    a subject after its verb ("Ähnlich sieht es Geoff Yu:"), not after a preposition or an
    article, not a possessive."""
    if mention.may_be_subject(lexicon):
        return True
    k = mention.first + mention.prefix
    before = mention.text.lowers[k - 1] if k > 0 else ""
    return not (
        mention.text.words[mention.last].endswith(speech.POSSESSIVE_ENDINGS)
        or before in lexicon.prepositions
        or before in speech.DETERMINERS
    )


def _outside_aside(masked: str, start: int, end: int) -> bool:
    """Whether `end` stands outside a bracketed aside opened since `start` ("(see ‘…’)")."""
    return masked.count("(", start, end) <= masked.count(")", start, end)


def _quote_speaker(
    span: QuotedSpan,
    *,
    block_text: str,
    text: MaskedBlock,
    said: Sequence[Attribution],
    said_starts: Sequence[int],
    opens: Sequence[int],
    previous: str | None,
    story: StoryPeople,
    colon_reach: int,
    aside_reach: int,
) -> tuple[bool, str | None]:
    """(found, speaker) for one quote from the attributions of its own paragraph."""
    sentence = text.sentence_start(span.open)
    # attributions are in text order and never overlap, so ends sort like starts
    before_index = bisect_right(said_starts, span.open) - 1
    while before_index >= 0 and said[before_index].end > span.open:
        before_index -= 1
    before = said[before_index] if before_index >= 0 else None
    leading = before if before is not None and before.start >= sentence else None
    trailing: Attribution | None = None
    closing: Attribution | None = None  # the attribution ending the sentence, past quotes
    reaches_end = False
    if span.close is not None:
        following = bisect_right(opens, span.close)
        next_open = opens[following] if following < len(opens) else len(block_text)
        sentence_end = text.sentence_end(span.close + 1)
        reaches_end = sentence_end <= next_open
        after_index = bisect_right(said_starts, span.close)
        if after_index < len(said) and said[after_index].start < min(next_open, sentence_end):
            trailing = said[after_index]
        elif (
            after_index < len(said)
            and said[after_index].start < sentence_end
            and _outside_aside(text.masked, max(sentence, span.open - aside_reach), span.open)
        ):
            closing = said[after_index]  # not for a quote in an aside: "(see ‘…’)"
    attached = _attached_comma(block_text, span)
    if trailing is not None and (attached or (reaches_end and leading is None)):
        return True, trailing.speaker
    if leading is not None:
        return True, leading.speaker
    introduced = _colon_speaker(text, span, story, colon_reach)
    if introduced is not None:
        return True, introduced
    if closing is not None:
        return True, closing.speaker
    if previous is not None:
        return True, previous
    if before is not None:
        return True, before.speaker
    return False, None


def find_speakers(
    blocks: Sequence[Block],
    body: Sequence[int],
    spans: dict[int, list[QuotedSpan]],
    quoted: Sequence[QuotedSpan],
    *,
    language: str | None,
    settings: QuoteSettings,
) -> list[str | None]:
    """The speaker of each quoted span, in order."""
    # Attributions after the last quote cannot speak for it: stop reading there.
    last_quoted = max(span.block for span in quoted)
    texts = [
        mask_block(i, blocks[i].text, spans[i], settings) for i in sorted(spans) if i <= last_quoted
    ]
    by_index = {text.index: text for text in texts}
    lexicon = speech_lexicon(language)
    story = story_people(texts, settings, lexicon, language)
    said = attributions(texts, story, lexicon, settings)
    said_starts = {index: [s.start for s in events] for index, events in said.items()}
    # a short quoted title inside an attribution ('the "Pose" actor said') does not end it
    opens: dict[int, list[int]] = {}
    for span in quoted:
        opens.setdefault(span.block, []).append(span.open)
    first_char = {i: len(blocks[i].text) - len(blocks[i].text.lstrip(SPACES)) for i in body}
    previous_body = {b: body[k - 1] for k, b in enumerate(body) if k}
    last_speaker: dict[int, str | None] = {}
    speakers: list[str | None] = []
    for span in quoted:
        found, speaker = _quote_speaker(
            span,
            block_text=blocks[span.block].text,
            text=by_index[span.block],
            said=said.get(span.block, ()),
            said_starts=said_starts.get(span.block, ()),
            opens=opens[span.block],
            previous=last_speaker.get(span.block),
            story=story,
            colon_reach=settings.colon_reach_chars,
            aside_reach=settings.leading_chars,
        )
        signed = (
            None
            if found
            else _signature_name(by_index[span.block], span, story, settings.max_name_tokens)
        )
        if signed is not None:
            found, speaker = True, signed
        if not found and span.open == first_char[span.block]:
            # a paragraph opening with an unattributed quote: the speaker the paragraph
            # before introduces with a colon, else it continues the last speaker
            before = previous_body.get(span.block, -1)
            introduced = (
                _introduced_before(
                    by_index[before], said.get(before, ()), story, settings.colon_reach_chars
                )
                if before in by_index
                else None
            )
            speaker = introduced or last_speaker.get(before)
        if speaker is not None:
            last_speaker[span.block] = speaker
        speakers.append(speaker)
    return speakers
