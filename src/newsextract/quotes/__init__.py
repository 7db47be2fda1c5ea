"""Direct quotations in the body of a story, and who said them.

Quote finding reads a story's blocks in five steps:

1. `marks` scans each body block (paragraphs, block quotes, list items) for quotation marks
   and keeps the quoted words that are quotations: three words or more (by default), not a
   title, not a heading; a quote left open at the end of a paragraph runs on into the next.
2. `tokens` masks the quoted words of every context block (the standfirst too) and cuts the
   rest into words and sentences, so attribution never reads inside a quote.
3. `verbs` finds the speech verbs ("said", "a déclaré", "sagte", "dijo", "according to") and
   `subjects` reads each verb's subject from its clause: "said X", "X said", "X, an
   appositive, said", "according to X", "a-t-il dit", classified as a name, an organisation,
   a pronoun, a role...
4. `people` collects the people the story names, then resolves every subject in story order:
   pronouns to the last person who spoke, "the foreign minister" to the person whose
   description shares its words, surnames to the fullest form of the name.
5. `speakers` gives each quote the attribution attached to it (right after it when it ends
   with a comma, else the last one before it in its sentence), else the person opening the
   sentence of a colon right before it, else the attribution ending its sentence past
   further quotes, else the speaker of the paragraph's previous quote
   or the paragraph's last attribution before it, else a signature after a dash, else (when
   its paragraph opens with the quote) the person the previous paragraph introduces with a
   colon, else the speaker of the previous paragraph's last quote.

Every threshold is a field of `QuoteSettings` (`newsextract.settings`), with its meaning and
calibration.

Every regex is linear-time (no nested quantifiers over overlapping classes), and every search
back through the story is bounded, so hostile input costs time in proportion to its length.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsextract.model import Block, Quote
from newsextract.quotes.marks import QUOTABLE_KINDS, QuotedSpan, quoted_spans, quoted_words
from newsextract.quotes.speakers import find_speakers
from newsextract.settings import DEFAULT_SETTINGS, QuoteSettings

__all__ = ["find_quotes"]


def find_quotes(
    blocks: Sequence[Block],
    *,
    language: str | None = None,
    settings: QuoteSettings = DEFAULT_SETTINGS.quotes,
) -> tuple[Quote, ...]:
    """Every direct quotation in the body blocks, with its speaker and offsets.

    `language` (an ISO code such as "en", "fr") narrows the attribution words to that
    language; None, or a language without word lists, reads the attributions of all six
    (English, French, German, Spanish, Italian, Portuguese) together.
    `settings` holds the thresholds (a quotation has `settings.min_words` words or more).
    """
    body = [i for i, block in enumerate(blocks) if block.kind in QUOTABLE_KINDS]
    spans, kept = quoted_spans(blocks, body)
    quoted: list[tuple[QuotedSpan, int, int]] = []
    for span in kept:
        words = quoted_words(blocks[span.block], span, settings)
        if words is not None:
            quoted.append((span, *words))
    if not quoted:
        return ()
    speakers = find_speakers(
        blocks, body, spans, [span for span, _, _ in quoted], language=language, settings=settings
    )
    return tuple(
        Quote(blocks[span.block].text[start:end], speaker, span.block, start, end)
        for (span, start, end), speaker in zip(quoted, speakers, strict=True)
    )
