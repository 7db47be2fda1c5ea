"""Plain text (a page a scraper already dumped) -> labelled blocks.

A text dump has no markup, so every judgement comes from the lines themselves and their
neighbours. The steps:

1. Shape and class of each line on its own (`text/lines.py`, `first_look`).
2. Weights and the maximum-sum run of lines (`text/run.py`); the signature lines of a
   comment thread are walls no run crosses (`thread_walls`).
3. Costlier checks (error-page wording, bylines, datelines) only near the run's ends and
   under the headline (`second_look`), then the run is chosen again.
4. Trims: the run starts below the headline when what precedes it is thin (`cut_head`),
   ends before a section header that little of the story follows (`cut_tail`) and above
   a sign-up prompt or a writer's bio alone under it (`above_a_closing_note`), and takes
   in the lists the story announces with a colon (`announced_items`).
5. Decisions (here): the headline above the run; in-run chrome is removed with its reason,
   link lists and "Related" boxes as link lists, repeated lines as duplicates; the rest is
   typed: captions by their credit, credit lines, subheads (short unpunctuated lines between
   paragraphs), list items, paragraphs, and a standfirst set apart by a wider gap or by a
   share bar or byline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from newsextract.blocks import Candidate, Decision
from newsextract.data import textcues
from newsextract.data.stopwords import CAPITALIZED_NOUNS
from newsextract.model import BlockKind, RemovalReason
from newsextract.options import Options
from newsextract.settings import CreditSettings, Settings, ShapeSettings, TextSettings
from newsextract.signals.byline import byline_parts
from newsextract.signals.credits import (
    is_credit_line,
    looks_like_photo_credit,
    names_a_photographer,
    names_a_picture_owner,
    names_its_source,
    split_caption,
)
from newsextract.signals.language import guess_language, stop_words_of
from newsextract.signals.shape import ends_sentence, final_char, sentence_count, word_count
from newsextract.signals.strings import holds_address, printed_address, words_key
from newsextract.text.headline import (
    dek_line,
    glued_headline,
    headline_anchors,
    headline_text,
    kicker_line,
    naming,
    pick_headline,
    printed_twice,
    titled_headline,
    without_glued_dateline,
)
from newsextract.text.lines import (
    BODY_CLASSES,
    Line,
    LineClass,
    asks_to_sign_up,
    first_look,
    heading_shaped,
    not_a_subhead,
    repeated_texts,
    second_look,
    thread_walls,
)
from newsextract.text.normalize import GLUED_BLOCKS, INLINE_BREAKS, Dump
from newsextract.text.run import (
    above_a_closing_note,
    above_the_notice,
    announced_items,
    check_lines,
    cut_head,
    cut_tail,
    header_walls,
    holds_rights_notice,
    story_lists,
    story_run,
)

#: A live blog's entry time ("17:56 KEY EVENT"; innerText glues it on: "17:56KEY EVENT")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?!\d)")
#: ... followed by words ("21:00 Jane Doe"): a bare "45:47" or "00:00:49", or one with a
#: unit ("01:43 min"), is a video's length
_ENTRY_TIME = re.compile(
    _CLOCK.pattern + r"\s*(?!(?:{})\b)[^\W\d_]".format("|".join(textcues.DURATION_UNITS)),
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_PICTURE_POSITION = re.compile("|".join(textcues.PICTURE_POSITIONS), re.IGNORECASE)
_FILE_PICTURE = re.compile("|".join(textcues.FILE_PICTURE_MARKS), re.IGNORECASE)
_PICTURE_CONTROL = re.compile("|".join(textcues.PICTURE_CONTROLS), re.IGNORECASE)
_PHOTO_DATE_ENDING = re.compile(textcues.PHOTO_DATE_ENDING)
_PHOTO_DATE_BEFORE_PLACE = re.compile(textcues.PHOTO_DATE_BEFORE_PLACE)
_CAPTION_LABEL = re.compile(r"(?:{})\s+".format("|".join(textcues.CAPTION_LABELS)), re.IGNORECASE)
#: A line all in quotation marks ("„Die Mutter des Entführers nahm mich in den Arm“")
#: A word, with the part an apostrophe glues on ("we've", "you’re")
_SPOKEN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: A span in quotation marks: someone else's words ("«Wann immer wir ...», sagt ...")
_QUOTED_SPAN = re.compile(r"[\"«„“”‹][^\"«»„“”‹›]*[\"»“”›]")
_QUOTED_LINE = re.compile(r"[\"'„“”«»‘’‚‹›].*[\"'“”«»‘’‹›]$")
#: A heading opening with its section's number ("2. Never urged Ukraine to ...")
_SECTION_NUMBER = re.compile(r"\d{1,2}[.)] ")
#: A line opening with a word set apart before its punctuation ("Istanbul . Das ..."): a
#: link's text the dump printed on its own line, joined again to the rest of its sentence
_SPLIT_AT_A_LINK = re.compile(r"\S+ [,.;:]")
#: An answer in quotation marks, maybe after its speaker's name ("„Nein.“", "“Well, ...",
#: "Liat: „Nicht besonders. ...")
_QUOTED_ANSWER = re.compile(r"(?:[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*){0,2}: )?[\"„“”«»‚‘‹›「『]")
#: Marks around a label's word ("Video:", "• Foto")
_LABEL_MARKS = " :.•·|-–—"
_APART_REASONS = frozenset({RemovalReason.SHARE, RemovalReason.BYLINE})
_APART_KINDS = frozenset({BlockKind.CAPTION, BlockKind.CREDIT})
#: A photo credit line in the head is kept so far, or removed as a copyright line
_PHOTO_CREDIT_REASONS = frozenset({None, RemovalReason.COPYRIGHT})
_RETOLD_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.SUBHEAD, BlockKind.LIST_ITEM})
_CONTROLLED_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.SUBHEAD})


@dataclass(frozen=True, slots=True)
class TextLabels:
    """Decisions for every line, and which line is the headline (if any)."""

    decisions: tuple[Decision, ...]
    title: str | None


def label_text(
    candidates: Sequence[Candidate],
    dump: Dump,
    options: Options,
    shared: Settings,
    *,
    url: str | None = None,
    hint: str | None = None,
) -> TextLabels:
    """Label every line of a normalized text dump (`candidates` are its pieces): article
    blocks, or removed with a reason. `shared` holds the text stage's settings
    (`shared.text`) and those of the signals it reads (bylines, dates, credits...). `url`
    and `hint` (the title the caller knows) help find the headline."""
    settings = shared.text
    texts = [c.text for c in candidates]
    language = options.language or guess_language("\n".join(texts), shared.language)
    language_words = stop_words_of(language)
    lines = thread_walls(
        [
            first_look(c.text, language_words, options, shared, linked=c.link_density)
            for c in candidates
        ],
        settings,
    )
    # a first line printing the page's address (not its <title>) tells its slug words
    address = printed_address(texts[0]) if texts and url is None else None
    names = naming(
        [_first_line(dump), *texts[1:]] if texts else texts, hint, url or address, settings
    )
    anchors = headline_anchors(texts, names, hint is not None, settings)
    lines = header_walls(lines, anchors.lines, settings)
    start, end = story_run(lines, anchors.lines, settings)
    checked = check_lines(start, end, len(lines), anchors.lines, settings)
    lines = header_walls(
        thread_walls(second_look(lines, checked, shared), settings), anchors.lines, settings
    )
    start, end = story_run(lines, anchors.lines, settings)
    start = cut_head(lines, start, end, anchors.lines, settings)
    end = above_the_notice(lines, start, end, settings)
    end = cut_tail(lines, start, end, anchors.lines, settings, boilerplate=shared.boilerplate)
    end = above_a_closing_note(lines, start, end, settings)
    items = announced_items(lines, start, end, settings, boilerplate=shared.boilerplate)
    end = max(end, max(items, default=end))
    # the first line is a dumped <title> when it names a later line: never the headline then
    lowest = 1 if anchors.lines and not hint else 0
    named = anchors if anchors.lines else printed_twice(lines, _cut(dump), start, settings)
    title = pick_headline(lines, candidates, start, named, shared, lowest=lowest)
    decisions = _captions_over_credits(
        _decide(candidates, lines, (start, end, items), title, shared), title, shared
    )
    decisions = _captions_under_picture_controls(
        _captions_retelling_the_story(decisions, settings), settings
    )
    nouns = language in CAPITALIZED_NOUNS  # (German: a dek's capitals are its nouns')
    dek = dek_line(lines, title, start, names, shared, capitalized_nouns=nouns)
    marked = _mark_standfirst(decisions, candidates, title, settings, shared.shape, dek=dek)
    marked = _with_dek(marked, dek)
    headline = (
        without_glued_dateline(
            headline_text(texts[title], kicker_line(texts, title), names, settings), shared.dates
        )
        if title is not None
        else hint
        or _glued_headline(lines, start, dump, settings)
        or titled_headline(lines, names, url, settings)
    )
    return TextLabels(_as_given(marked, dump), headline)


def _glued_headline(
    lines: Sequence[Line], start: int, dump: Dump, settings: TextSettings
) -> str | None:
    """`glued_headline`, on a dump whose block texts were found glued without a space
    (`GLUED_BLOCKS`: `text_content()`, `get_text()` without a separator); elsewhere a
    capital inside a word is a brand's ("PayPal", "TouchPad"), and cuts off no headline."""
    return glued_headline(lines, start, settings) if GLUED_BLOCKS in dump.repairs else None


def _cut(dump: Dump) -> list[bool]:
    """Whether each piece was cut from a longer line of the input (it or the next piece
    continues a line: a page on one line, block texts glued)."""
    pieces = dump.pieces
    return [
        piece.continues or (i + 1 < len(pieces) and pieces[i + 1].continues)
        for i, piece in enumerate(pieces)
    ]


def _first_line(dump: Dump) -> str:
    """The dump's first line as the input printed it. A dumped <title> line is whole on its
    line; when the dump's inline breaks were rejoined, the chrome printed under it ("ANNONCE",
    "stern+", "Abo kaufen") may have been joined to it, and the <title> would no longer name
    the headline (nor hold it with a kicker). Wrapped and Markdown dumps keep the piece: a
    wrapped <title> runs over several lines."""
    piece = dump.pieces[0]
    if dump.repairs != (INLINE_BREAKS,):
        return piece.text
    return " ".join(dump.original(piece).splitlines()[0].split())


def _with_dek(decisions: tuple[Decision, ...], dek: int | None) -> tuple[Decision, ...]:
    """The dek line under the headline (removed so far) as the standfirst, unless the page
    has one already."""
    if dek is None or decisions[dek].reason is None:
        return decisions
    if any(d.kind is BlockKind.STANDFIRST for d in decisions):
        return decisions
    typed = Decision(dek, decisions[dek].text, BlockKind.STANDFIRST)
    return (*decisions[:dek], typed, *decisions[dek + 1 :])


def _as_given(decisions: Sequence[Decision], dump: Dump) -> tuple[Decision, ...]:
    """The decisions in the input's terms: the pieces of one long line that got the same
    label joined again, and each removed block with the input's own lines (what the removal
    log shows) when normalizing changed more than its spaces."""
    if not dump.repairs:
        return tuple(decisions)
    pieces = dump.pieces
    merged: list[tuple[Decision, int]] = []  # each decision with the last piece it took in
    for d in decisions:
        if merged and pieces[d.index].continues:
            previous, _ = merged[-1]
            if (previous.kind, previous.reason) == (d.kind, d.reason):
                merged[-1] = (previous._replace(text=f"{previous.text} {d.text}"), d.index)
                continue
        merged.append((d, d.index))
    out: list[Decision] = []
    for d, last in merged:
        whole = not pieces[d.index].continues and (
            last + 1 >= len(pieces) or not pieces[last + 1].continues
        )
        out.append(_with_source(d, dump.original(pieces[d.index])) if d.reason and whole else d)
    return tuple(out)


def _with_source(decision: Decision, original: str) -> Decision:
    """The decision with the input's own text, when that differs from more than spaces."""
    if " ".join(original.split()) == decision.text:
        return decision
    return decision._replace(source=original)


def _decide(
    candidates: Sequence[Candidate],
    lines: Sequence[Line],
    run: tuple[int, int, set[int]],
    title: int | None,
    shared: Settings,
) -> list[Decision]:
    """The decision for every line, given the article run, its list items and the headline."""
    settings = shared.text
    start, end, items = run
    link_runs = _link_runs(lines, start, end, settings)
    if link_runs:  # the story's own lists are no run of link titles
        link_runs -= story_lists(lines, start, end, settings, boilerplate=shared.boilerplate)
    labels = repeated_texts(lines)
    asked = _interview_questions(lines, start, end, labels, settings)
    last = {line.text: i for i, line in enumerate(lines)}  # where each text is printed last
    head = title + 1 if title is not None else start
    seen: set[str] = set()
    decisions: list[Decision] = []
    for c, line in zip(candidates, lines, strict=True):
        i, text = c.index, c.text
        if i == title:
            decision = Decision(i, text, reason=RemovalReason.TITLE)
        elif line.reason is not None:
            decision = Decision(i, text, reason=line.reason)
        elif head <= i < start:
            decision = _label_head(i, lines, shared)
        elif start <= i <= end and text in seen:
            decision = Decision(i, text, reason=RemovalReason.DUPLICATE)
        elif i in items:
            decision = _photo_among_items(i, text, shared.credits) or Decision(
                i, text, BlockKind.LIST_ITEM
            )
        elif start <= i <= end and (i in link_runs or line.cls is LineClass.LIST):
            decision = (
                _credited_caption(i, text, shared.credits)
                or _marked_caption(i, text, settings)
                or Decision(i, text, reason=RemovalReason.LINK_LIST)
            )
        elif start <= i <= end:
            decision = (
                Decision(i, text, BlockKind.PARAGRAPH)
                if i in asked
                else _label_body(i, line, lines, (end, labels, last[text]), shared)
            )
        elif end < i <= end + settings.credit_reach and is_credit_line(text, shared.credits):
            decision = Decision(i, text, BlockKind.CREDIT)
        else:
            decision = Decision(i, text, reason=RemovalReason.OUTSIDE_MAIN)
        if decision.kind is not None:
            seen.add(text)
        decisions.append(decision)
    return decisions


def _interview_questions(
    lines: Sequence[Line], start: int, end: int, labels: frozenset[str], settings: TextSettings
) -> frozenset[int]:
    """The interviewer's questions of an interview printed in the run: question lines
    each answered by a quotation ("Was ging dir durch den Kopf?" over "„Ich war fest
    überzeugt, ..."), when the run holds `interview_min_questions` of them. They are the
    interview's paragraphs, not its subheads; a story's question subhead heads a section of
    prose, and a lone one over a quotation ("Sinken jetzt die Zinsen wieder?" over an
    analyst's words) is not an interview."""
    asked = frozenset(
        i
        for i in range(start, end + 1)
        if lines[i].reason is None
        and final_char(lines[i].text) == "?"
        and heading_shaped(lines[i].text, lines[i].shape, settings)
        and _answered_by_a_quote(i, lines, labels)
    )
    return asked if len(asked) >= settings.interview_min_questions else frozenset()


def _answered_by_a_quote(index: int, lines: Sequence[Line], labels: frozenset[str]) -> bool:
    """Whether the next line kept below opens with a quotation mark, maybe after its
    speaker's name and a colon."""
    below = _kept(index, lines, labels, 1)
    return below is not None and _QUOTED_ANSWER.match(lines[below].text) is not None


def _link_runs(lines: Sequence[Line], start: int, end: int, settings: TextSettings) -> set[int]:
    """Indices inside the run of link titles: `link_run_min`+ heading-like lines in a row,
    and the heading-like lines under a "Related" header up to the next body line."""
    out: set[int] = set()
    run: list[int] = []
    boxed = False
    for i in range(start, end + 2):
        line = lines[i] if i <= end else None
        if line is not None and line.cls is LineClass.HEADER:
            boxed = True
        elif line is not None and line.cls in BODY_CLASSES:
            boxed = False
        if (
            line is not None
            and line.cls is LineClass.HEADING
            and not _is_table_row(line.text, settings)
        ):
            run.append(i)
            if boxed:
                out.add(i)
            continue
        if len(run) >= settings.link_run_min:
            out.update(run)
        run = []
    return out


def _is_table_row(text: str, settings: TextSettings) -> bool:
    """A line holding several numbers is a flattened table row, not a link title."""
    return len(_NUMBER.findall(text)) >= settings.table_row_numbers


def _caption_or_credit(index: int, text: str, shared: Settings) -> Decision | None:
    """A caption (announced by its accessibility label, which is dropped, carrying a photo
    credit, saying where a person stands in the picture: "Tony Blair (left) being
    interviewed", "Max Darj (l.) sichert den Ball", or that the photo is an older one:
    "Das Schiff (Archivbild): ...", "FILE - Mike Roberts tends to ...") or a credit line;
    None for any other line."""
    label = _CAPTION_LABEL.match(text)
    fewest = shared.text.labelled_caption_min_words
    if label is not None and word_count(text[label.end() :]) >= fewest:
        return Decision(index, text[label.end() :], BlockKind.CAPTION)
    caption, credit = split_caption(text, shared.credits)
    if credit is not None and caption:
        return Decision(index, text, BlockKind.CAPTION)
    if is_credit_line(text, shared.credits):
        return Decision(index, text, BlockKind.CREDIT)
    return _marked_caption(index, text, shared.text)


def _marked_caption(index: int, text: str, settings: TextSettings) -> Decision | None:
    """A caption by what only captions say, up to `caption_max_words`: where a person
    stands in the picture ("Tony Blair (left)", "(von li nach re): Pia Ianniello, ..."),
    that the photo is an older one ("(Archivbild)", "FILE - ...") or the day it was taken
    (`_photo_dated`); None otherwise."""
    if word_count(text) <= settings.caption_max_words and (
        _PICTURE_POSITION.search(text) or _FILE_PICTURE.search(text) or _photo_dated(text)
    ):
        return Decision(index, text, BlockKind.CAPTION)
    return None


def _photo_dated(text: str) -> bool:
    """Whether a one-sentence line dates a photo as news-photo captions do
    (`textcues.PHOTO_DATE_ENDING`, `PHOTO_DATE_BEFORE_PLACE`): "Adriane Burnett reads to
    her son in Birmingham, Alabama, April 14, 2024.", "... his studies April 14, 2024, in
    Birmingham, Ala."; not "He was arrested on July 20, 2012, in Aurora."."""
    if sentence_count(text) != 1:
        return False
    if _PHOTO_DATE_ENDING.search(text):
        return True
    match = _PHOTO_DATE_BEFORE_PLACE.search(text)
    return match is not None and match["before"].lower() not in textcues.DATING_PREPOSITIONS


def _credited_caption(index: int, text: str, credits: CreditSettings) -> Decision | None:
    """A caption carrying its photo's credit, in a row of heading-like lines: a gallery's
    slides ("Rauch über der Halle. © DPA Images | C. Soeder", one a line). Its words before
    the credit end a sentence (a credit given twice, "© X | X", is split off twice): a
    link title with a pipe or a slash in it ("about | flickr | feed") does not."""
    caption, credit = split_caption(text, credits)
    if credit is None or not caption:
        return None
    if ends_sentence(caption) or ends_sentence(split_caption(caption, credits)[0]):
        return Decision(index, text, BlockKind.CAPTION)
    return None


def _photo_among_items(index: int, text: str, credits: CreditSettings) -> Decision | None:
    """A caption printed between the items of a list the story announces (a photo in the
    list): a `_credited_caption` whose credit reads as one on its own ("Karl-Josef
    Hildenbrand/dpa"); a capitalized word in brackets after an item's sentence is the
    item's own ("Why the grant is promising. (More)")."""
    caption = _credited_caption(index, text, credits)
    credit = split_caption(text, credits)[1]
    if caption is None or credit is None or not looks_like_photo_credit(credit, credits):
        return None
    return caption


def _label_head(index: int, lines: Sequence[Line], shared: Settings) -> Decision:
    """A line between the headline and the run: caption, credit or standfirst, else chrome.
    A photo credit naming its source (`_names_a_photo_source`) is the lead photo's, and a
    line right over it is kept, prose or not (`_over_a_photo_credit`), for
    `_captions_over_credits` to read as its caption: "Friedrich Merz" / "Foto:
    REUTERS/Nadja Wohlleben"."""
    line = lines[index]
    typed = _caption_or_credit(index, line.text, shared)
    if typed is not None:
        return typed
    if _names_a_photo_source(line.text, shared.credits):
        return Decision(index, line.text, BlockKind.CAPTION)
    if line.cls is LineClass.PROSE or _over_a_photo_credit(index, lines, shared.credits):
        return Decision(index, line.text, BlockKind.PARAGRAPH)
    return Decision(index, line.text, reason=RemovalReason.OUTSIDE_MAIN)


def _over_a_photo_credit(index: int, lines: Sequence[Line], credits: CreditSettings) -> bool:
    """Whether the line stands right over a photo credit (`_names_a_photo_source`) kept so
    far or removed as a copyright line, and announces nothing: a closing colon is a label
    ("Foto:" over "Andrew Harnik / AP", "Author of the article:" over "The Associated
    Press")."""
    if index + 1 >= len(lines) or final_char(lines[index].text) == ":":
        return False
    below = lines[index + 1]
    return below.reason in _PHOTO_CREDIT_REASONS and _names_a_photo_source(below.text, credits)


def _names_a_photo_source(text: str, credits: CreditSettings) -> bool:
    """Whether a line is only a photo credit, says so by a keyword, a copyright sign or an
    agency (`names_its_source`), holds no year (`names_a_photographer`: not a date line)
    and credits no text (`is_credit_line`: "Quelle: dpa Sport", a bare "REUTERS" credit
    the story)."""
    return (
        names_a_photographer(text) and names_its_source(text) and not is_credit_line(text, credits)
    )


def _label_body(
    index: int,
    line: Line,
    lines: Sequence[Line],
    bounds: tuple[int, frozenset[str], int],
    shared: Settings,
) -> Decision:
    """A line inside the run (`bounds`: where it ends, the texts the page repeats, and
    where the page prints this line's text last): caption, credit line, subhead or
    paragraph. A heading the page prints again further down is a teaser's headline, the
    box of related stories under the story repeating it (a table of contents prints a
    story's subheads above them)."""
    settings = shared.text
    end, labels, last = bounds
    typed = _caption_or_credit(index, line.text, shared)
    if typed is not None:
        return typed
    if looks_like_photo_credit(line.text, shared.credits):
        return Decision(index, line.text, BlockKind.CAPTION)
    if (
        heading_shaped(line.text, line.shape, settings)
        and line.shape.words <= settings.subhead_max_words
        and (line.shape.words >= settings.subhead_min_words or _lone_word_subhead(index, lines))
        and not _CLOCK.match(line.text)
        and not holds_address(line.text)
        and not _over_a_sign_up(index, lines, settings)
        and not not_a_subhead(line, shared)
        and not _is_repeated_label(line, labels)
        and not _names_a_neighbour(index, lines, labels, shared)
        and last == index
        and (_between_body(index, lines, labels, settings) or _under_entry_time(index, lines))
        and not _over_a_heading(index, lines, labels, shared)
        and _heads_a_section(index, lines, end, settings)
    ):
        return Decision(index, line.text, BlockKind.SUBHEAD)
    return Decision(index, line.text, BlockKind.PARAGRAPH)


def _names_a_neighbour(
    index: int, lines: Sequence[Line], labels: frozenset[str], shared: Settings
) -> bool:
    """Whether the line is only people's names (as a byline's parts are read, with no
    byline word) and the nearest line above or below it prints one of them: the caption of
    a photo of the people the story is on ("Gareth Rigby and Daniel Robinson" between "Gareth
    Rigby, 43, admitted ..." and "Meanwhile Daniel Robinson, 37, ...") or the author's box
    ("Jane Doe" over "You can email Jane Doe here"). A subhead that reads as a name
    ("Negative Folgen") is not printed again in the lines around it."""
    parts = byline_parts(
        lines[index].text, require_cue=False, settings=shared.byline, dates=shared.dates
    )
    if parts is None or not parts[0] or parts[1]:
        return False
    near = [
        lines[i].text
        for i in (_kept(index, lines, labels, step) for step in (-1, 1))
        if i is not None
    ]
    return any(name in text for name in parts[0] for text in near)


def _over_a_sign_up(index: int, lines: Sequence[Line], settings: TextSettings) -> bool:
    """Whether one of the `sign_up_reach` lines below (chrome too) is a sign-up box's
    wording, in a line of at most `chrome_cue_max_words` words: the line is the title of a
    newsletter's or a subscription's box ("Get daily National news" over "Get daily Canada
    news delivered to your inbox ..."), not a subhead."""
    return any(
        line.shape.words <= settings.chrome_cue_max_words and asks_to_sign_up(line.text)
        for line in lines[index + 1 : index + 1 + settings.sign_up_reach]
    )


def _lone_word_subhead(index: int, lines: Sequence[Line]) -> bool:
    """Whether a one-word line is a subhead: a capitalized word that is no stop word and
    holds no digit ("Coronapandemie", "SAMSUN", "«Nullo»"), right under a paragraph that
    ends a sentence and right over one that starts with a capital, nothing between. A
    word a dump set apart by its link goes on with the sentence around it ("The" /
    "report , opens new tab by ..."); a bracketed one is a credit ("(NPA)"); a media
    label ("Video", "Foto", "Grafik") is the photo's or player's."""
    line = lines[index]
    above = lines[index - 1] if index else None
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        line.shape.words == 1
        and not line.shape.stop_share
        and not any(c.isdigit() for c in line.text)
        and not line.text.startswith(("(", "["))
        and line.text.strip(_LABEL_MARKS).casefold() not in textcues.MEDIA_LABELS
        and _first_letter(line.text).isupper()
        and above is not None
        and below is not None
        and all(n.reason is None and n.cls in BODY_CLASSES for n in (above, below))
        and above.shape.sentence
        and _first_letter(below.text).isupper()
    )


def _first_letter(text: str) -> str:
    """The text's first letter, past any quotation mark, dash or digit ("" when it has
    none): a one-word line after a dialogue dash ("- Vurderes", "– Ali***") is weighed as
    a lone-word subhead. Not `normalize._letter`, which stops at a dash or a digit: a line
    opening with one does not go on with the sentence above it (one function for both
    changed 1-3 pages of every text twin, round 28)."""
    return next((c for c in text if c.isalpha()), "")


def _between_body(
    index: int, lines: Sequence[Line], labels: frozenset[str], settings: TextSettings
) -> bool:
    """Whether the nearest line above `index` that is neither chrome nor a repeated label is
    a body line, within `subhead_lookbehind` lines, and one of the next `subhead_lookahead`
    lines below that are not chrome is (a subhead may be followed by its photo's caption)."""
    before = (lines[i] for i in range(index - 1, -1, -1) if lines[i].reason is None)
    after = (lines[i] for i in range(index + 1, len(lines)) if lines[i].reason is None)
    above = next(
        (
            line
            for line in islice(before, settings.subhead_lookbehind)
            if not _is_repeated_label(line, labels)
        ),
        None,
    )
    return (
        above is not None
        and above.cls in BODY_CLASSES
        and any(line.cls in BODY_CLASSES for line in islice(after, settings.subhead_lookahead))
    )


def _over_a_heading(
    index: int, lines: Sequence[Line], labels: frozenset[str], shared: Settings
) -> bool:
    """Whether the line is in a run of heading-shaped lines between a paragraph above and
    one starting with a capital below (`heading_run_max` lines at most, chrome and repeated
    labels looked through), and not the run's last: the lowest heads the section, the ones
    above it are a teaser, a caption without a credit, a kicker or a section's name
    ("Newsblog: Alle aktuellen Nachrichten ..." over "Was ist über den Tanker bekannt?").
    Not when the lowest line is only stop words, or the line below the run opens with a
    word set apart before its punctuation ("Istanbul . Das ..."): a dump that puts each link
    on its own line split a paragraph there, and the lowest line is its first words ("Bei
    dem" / "Gebäude handelt es sich ..."), or is a byline ("Jane Doe, BBC diplomatic
    correspondent"); nor when the line over the lowest is all in quotation marks or opens
    with a section's number: a quoted or numbered subhead, then its photo's or video's
    caption."""
    settings = shared.text
    ups, above = _headings_next_to(index, lines, labels, shared, -1)
    downs, below = _headings_next_to(index, lines, labels, shared, 1)
    if not downs or above is None or below is None:
        return False
    over = downs[-2] if len(downs) > 1 else index
    return (
        len(ups) + 1 + len(downs) <= settings.heading_run_max
        and lines[above].cls in BODY_CLASSES
        and lines[below].cls in BODY_CLASSES
        and _first_letter(lines[below].text).isupper()
        and _SPLIT_AT_A_LINK.match(lines[below].text) is None
        and lines[downs[-1]].shape.stop_share != 1
        and _QUOTED_LINE.match(lines[over].text) is None
        and _SECTION_NUMBER.match(lines[over].text) is None
        and not not_a_subhead(lines[downs[-1]], shared)
    )


def _headings_next_to(
    index: int, lines: Sequence[Line], labels: frozenset[str], shared: Settings, step: int
) -> tuple[list[int], int | None]:
    """The heading-shaped lines in a row from `index` in direction `step` (1 down, -1 up;
    chrome and repeated labels looked through, `heading_run_max` at most), and the line
    past them (None when there is none or the run is longer)."""
    run: list[int] = []
    near = _kept(index, lines, labels, step)
    while near is not None and _in_heading_run(near, lines[near], shared):
        if len(run) == shared.text.heading_run_max:
            return run, None
        run.append(near)
        near = _kept(near, lines, labels, step)
    return run, near


def _in_heading_run(index: int, line: Line, shared: Settings) -> bool:
    """Whether the line (at `index`) is heading-shaped and no caption or credit line."""
    return (
        heading_shaped(line.text, line.shape, shared.text)
        and _caption_or_credit(index, line.text, shared) is None
        and not looks_like_photo_credit(line.text, shared.credits)
    )


def _kept(index: int, lines: Sequence[Line], labels: frozenset[str], step: int) -> int | None:
    """The nearest line from `index` in direction `step` (1 down, -1 up) that is neither
    chrome nor a label the page repeats (None when there is none)."""
    i = index + step
    while 0 <= i < len(lines):
        if lines[i].reason is None and not _is_repeated_label(lines[i], labels):
            return i
        i += step
    return None


def _is_repeated_label(line: Line, repeated: frozenset[str]) -> bool:
    """Whether the line is a fragment the page prints more than once: a label set between
    the story's blocks ("Article content", "Reklama", "Advertisement"), not a box's title."""
    return line.cls is LineClass.FRAGMENT and line.text in repeated


def _under_entry_time(index: int, lines: Sequence[Line]) -> bool:
    """Whether the line right above is a live blog's entry time ("21:00 Jane Doe",
    "20:42 KEY EVENT"): the line under it is the entry's title."""
    above = lines[index - 1] if index else None
    return (
        above is not None
        and above.reason is None
        and above.cls not in BODY_CLASSES
        and _ENTRY_TIME.match(above.text) is not None
    )


def _heads_a_section(index: int, lines: Sequence[Line], end: int, settings: TextSettings) -> bool:
    """Whether the body text below the line, up to the next heading-like line or the run's
    end, makes a section (`subhead_min_section_chars`): a teaser's headline is followed by a
    sentence and the next teaser, a widget's label by little or nothing."""
    chars = 0
    for line in lines[index + 1 : end + 1]:
        if line.cls is LineClass.HEADING and line.reason is None and chars:
            break  # (a heading-like line right under it is its photo's caption or a label)
        if line.cls in BODY_CLASSES:
            chars += len(line.text)
            if chars >= settings.subhead_min_section_chars:
                return True
    return False


def _captions_over_credits(
    decisions: list[Decision], title: int | None, shared: Settings
) -> list[Decision]:
    """A short paragraph right above a line that is only a photo credit ("Foto: A / dpa",
    "Imago/Blaulicht-News.de") is that photo's caption: the dump printed the caption and
    its credit on two lines. Not when a caption follows the credit ("Image copyright EPA",
    then "Image caption …"): the credit is that caption's, printed above it. A bare agency
    ("REUTERS", a credit line) credits the photo only under a paragraph that ends no
    sentence (`_credits_a_photo`), and is then the photo's credit, no longer the story's: a
    story's last sentence stands over its agency ("... said on Monday." / "AP"). A line
    removed as a copyright line credits the photo when it names who owns it
    (`names_a_picture_owner`: "Eine dunkle Rauchwolke zieht über Wohnhäuser." / "© Anett
    Seidler | Anett Seidler", a dump printing the caption's credit element on its own line),
    unless another copyright line follows (`_rights_notice`). Nor is it
    a caption when it is the first line kept under the `title` and speaks as "I" or "we"
    or to "you" (the dek over the lead photo: "Whether you're climbing peaks ..., we've
    found ..."; further down, a listicle's captions may speak to the reader: "... odours
    in your home")."""
    for i in range(len(decisions) - 1):
        d, below = decisions[i], decisions[i + 1]
        after = decisions[i + 2] if i + 2 < len(decisions) else None
        if (
            d.kind is BlockKind.PARAGRAPH
            and _credits_a_photo(d, below, shared.text)
            and word_count(d.text) <= shared.text.caption_max_words
            and looks_like_photo_credit(below.text, shared.credits)
            and not (after is not None and after.kind is BlockKind.CAPTION)
            and not (after is not None and _rights_notice(below, after))
            and not (_first_under(decisions, title, i) and speaks_as_a_person(d.text))
        ):
            decisions[i] = Decision(d.index, d.text, BlockKind.CAPTION)
            # (the agency credits the photo, not the story: it joins its caption)
            decisions[i + 1] = Decision(below.index, below.text, BlockKind.CAPTION)
    return decisions


def _rights_notice(line: Decision, after: Decision) -> bool:
    """Whether a copyright line and the line after it are both copyright lines: a page's
    rights notice ("© Licencja na publikację" / "© ℗ Wszystkie prawa zastrzeżone"), not a
    photo's credit (a gallery prints a caption between its credits)."""
    return line.reason is RemovalReason.COPYRIGHT and after.reason is RemovalReason.COPYRIGHT


def _first_under(decisions: Sequence[Decision], title: int | None, index: int) -> bool:
    """Whether the line at `index` is the first one kept under the headline at `title`."""
    return (
        title is not None
        and title < index
        and all(d.kind is None for d in decisions[title + 1 : index])
    )


def speaks_as_a_person(text: str) -> bool:
    """Whether the text speaks as "I" or "we", or to the reader as "you"
    (`textcues.READER_WORDS`): a story's or a dek's words, not a photo caption's. Words
    in quotation marks are someone else's (a caption quoting "Wenn wir so auftreten ...",
    sagt Daniel Theis); an all-capitals word is a name ("US")."""
    for match in _SPOKEN_WORD.finditer(_QUOTED_SPAN.sub(" ", text)):
        word = match.group().replace("’", "'")
        if word in textcues.READER_I:
            return True
        if not (word.isupper() and len(word) > 1) and word.casefold() in textcues.READER_WORDS:
            return True
    return False


def _credits_a_photo(above: Decision, below: Decision, settings: TextSettings) -> bool:
    """Whether the credit line `below` credits a photo the line `above` captions: a
    caption's credit does; a bare agency ("REUTERS", a credit line) does under a line
    that ends no sentence, of `agency_caption_min_words` or more; a copyright line naming
    the picture's owner (`names_a_picture_owner`) does under a line of that many words or
    more and at most `copyright_caption_max_words`, not all in quotation marks (someone's
    words, the story's: MSN prints the credit above its caption, under the story's
    paragraph; a lone dash over "© BELGA" is no caption). A source line ("Quelle:
    ntv.de") credits a video or a story, not a photo; a byline's pieces ("By" /
    "Reuters", "," / "Deutsche Presse-Agentur") are no caption and its credit."""
    if below.kind is BlockKind.CAPTION:
        return True
    if below.reason is RemovalReason.COPYRIGHT:
        return (
            names_a_picture_owner(below.text)
            and settings.agency_caption_min_words
            <= word_count(above.text)
            <= settings.copyright_caption_max_words
            and _QUOTED_LINE.match(above.text) is None
        )
    return (
        below.kind is BlockKind.CREDIT
        and ":" not in below.text
        and not ends_sentence(above.text)
        and word_count(above.text) >= settings.agency_caption_min_words
    )


def _captions_retelling_the_story(
    decisions: list[Decision], settings: TextSettings
) -> list[Decision]:
    """A paragraph that does not end a sentence, whose words another paragraph of the
    story says again as a sentence, is a photo's caption (`_unended_between`): tabloids
    caption a photo with a sentence of the story, printed without its full stop ("Only
    nine of these pairs have been matched, leaving millions of rare $1 bills out there"
    beside the story's "... out there."). A line printed twice the same way (a comment
    quoted in its reply, a pull quote) is no such pair: the two copies differ in their
    stop. A subhead or a list item so printed is such a caption too (one between the
    story's paragraphs reads as a subhead, one after a line ending in a colon as an item
    of the list it announces)."""
    ended = {
        words_key(d.text)
        for d in decisions
        if d.kind is BlockKind.PARAGRAPH and ends_sentence(d.text)
    }
    for i, d in enumerate(decisions):
        if (
            d.kind in _RETOLD_KINDS
            and _unended_between(d.text, settings)
            and words_key(d.text) in ended
        ):
            decisions[i] = Decision(d.index, d.text, BlockKind.CAPTION)
    return decisions


def _captions_under_picture_controls(
    decisions: list[Decision], settings: TextSettings
) -> list[Decision]:
    """A paragraph or subhead that does not end a sentence (`_unended_between`), right
    under a picture's own control ("View 3 Images", "Bild vergrößern",
    `textcues.PICTURE_CONTROLS`), is the picture's caption: "View 3 Images" / "Gary
    Heidnik is led into a courtroom ...". A sentence there is the story going on under a
    photo that has no caption (a car review's "Enlarge Photo" over its next paragraph); a
    shorter line is the gallery's chrome ("Close")."""
    for i in range(1, len(decisions)):
        d = decisions[i]
        if (
            d.kind in _CONTROLLED_KINDS
            and _unended_between(d.text, settings)
            and _PICTURE_CONTROL.fullmatch(decisions[i - 1].text.strip()) is not None
        ):
            decisions[i] = Decision(d.index, d.text, BlockKind.CAPTION)
    return decisions


def _unended_between(text: str, settings: TextSettings) -> bool:
    """Whether a line ends no sentence and has from `placed_caption_min_words` to
    `caption_max_words` words: a caption known by its place alone."""
    return (
        not ends_sentence(text)
        and settings.placed_caption_min_words <= word_count(text) <= settings.caption_max_words
    )


def _mark_standfirst(
    decisions: list[Decision],
    candidates: Sequence[Candidate],
    title: int | None,
    settings: TextSettings,
    prose: ShapeSettings,
    *,
    dek: int | None,
) -> tuple[Decision, ...]:
    """The first paragraph is a standfirst when a wider gap than usual sets it apart, or
    when it sits just under the headline and a share bar or byline separates it from the
    second paragraph, or when it is the dek under the lead photo (`_under_lead_photo`);
    never when it is longer than a dek (`dek_max_words`): a long first paragraph above a
    photo is the story's own; nor when it holds a rights notice ("Copyright (C) 2002-2012
    ... Some rights reserved.": a blog's legal line over its first post)."""
    paragraphs = [d.index for d in decisions if d.kind is BlockKind.PARAGRAPH]
    if len(paragraphs) < settings.standfirst_min_paragraphs:
        return tuple(decisions)
    first, second = paragraphs[0], paragraphs[1]
    gaps = sorted(candidates[i].gap_before for i in paragraphs[2:])
    wider = candidates[second].gap_before > gaps[len(gaps) // 2]
    apart = (
        title is not None
        and first - title <= settings.standfirst_reach
        and any(
            decisions[i].reason in _APART_REASONS or decisions[i].kind in _APART_KINDS
            for i in range(first + 1, second)
        )
    )
    words = len(decisions[first].text.split())
    photo = dek is None and _under_lead_photo(decisions, title, first, settings)
    if (
        (wider or apart or photo)
        and prose.prose_min_words <= words <= settings.dek_max_words
        and not holds_rights_notice(decisions[first].text)
    ):
        decisions[first] = Decision(first, decisions[first].text, BlockKind.STANDFIRST)
    return tuple(decisions)


def _under_lead_photo(
    decisions: Sequence[Decision], title: int | None, first: int, settings: TextSettings
) -> bool:
    """Whether the story's first paragraph is the dek printed under the lead photo: only
    the photo's caption or credit is kept between the headline and it, and it is a dek's
    two short sentences or more (`photo_dek_min_sentences`, `photo_dek_max_words`), where
    a news story's lead is one sentence ("WASHINGTON (Reuters) - ..."). Headline, byline,
    photo, then "Die Feuerwehr kämpft gegen einen Brand. Bürger sollen das Gebiet meiden."
    A photo credited with a copyright line ("© ZUMA Press Wire / Imago Images", removed as
    one) is the lead photo too, its caption then left out with the head's chrome.
    """
    if title is None or first <= title:
        return False
    between = decisions[title + 1 : first]
    text = decisions[first].text
    return (
        any(d.kind in _APART_KINDS or d.reason is RemovalReason.COPYRIGHT for d in between)
        and all(d.kind is None or d.kind in _APART_KINDS for d in between)
        and word_count(text) <= settings.photo_dek_max_words
        and sentence_count(text) >= settings.photo_dek_min_sentences
    )
