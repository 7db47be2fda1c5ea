"""The article in a text dump as a run of lines: weights, the maximum-sum run, its trims.

Prose weighs its length, a short sentence half of it; every other line costs a fixed amount,
so a long menu costs a lot whatever its items' lengths (`line_weights`). The page's first
line is usually the dumped <title>: a later line it contains is the headline anchor, and the
first paragraph below it gets a bonus (or, when the run lies beyond a comment wall or a
"Related Posts" header, a lone paragraph right under it: `story_run`). The article is the
maximum-sum run of lines (`best_run`); no run crosses a wall, and what follows a wall that
closes a substantial run weighs less (readers' comments); without an anchor, a run beyond a
wall gives way to the post above the thread when that post is not much lighter. The run then
starts below the headline when what precedes it is thin (`cut_head`), ends before a section
header that little of the story follows (`cut_tail`) and above a note closing the page that
stands alone under the story (`above_a_closing_note`: a sign-up prompt, a writer's bio), and
takes in the lists the story announces with a colon (`announced_items`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from newsextract.data import textcues
from newsextract.model import RemovalReason
from newsextract.settings import BoilerplateSettings, TextSettings
from newsextract.signals.boilerplate import introduces_links, names_tags_or_contact
from newsextract.signals.byline import opens_bio
from newsextract.signals.language import is_stop_word
from newsextract.signals.strings import content_words
from newsextract.text.headline import fold, lead_words
from newsextract.text.lines import (
    BODY_CLASSES,
    Line,
    LineClass,
    asks_to_sign_up,
    is_post_footer,
    repeated_texts,
)

_RIGHTS_NOTICE = re.compile("|".join(textcues.RIGHTS_NOTICE), re.IGNORECASE)
_ABOUT = re.compile(
    r"(?:{})\s+(?P<who>\S.*?)\s*:?".format("|".join(textcues.ABOUT_BOX)), re.IGNORECASE
)
#: The label's word alone: a dump breaking lines at links sets the name on the next line.
_ABOUT_WORD = re.compile(r"(?:{})\s*:?".format("|".join(textcues.ABOUT_BOX)), re.IGNORECASE)
_THE_AUTHOR = re.compile("|".join(textcues.ABOUT_THE_AUTHOR), re.IGNORECASE)
#: A quantity opening a line: a number, a fraction or a range ("2", "3/4", "1½", "4-5"),
#: then a word (`_quantities` wants it lowercase: "cup", "cloves", "medium")
_QUANTITY = re.compile(
    r"(?:\d+(?:[.,/]\d+)?(?:\s?[-–]\s?\d+(?:[.,/]\d+)?)?|\d*[½¼¾⅓⅔⅛])\s+\(?(?P<word>[^\W\d_]+)"
)
#: A list item's mark opening a line: a bullet, a dash or a star, then a space ("• People
#: need time to ...", "– diabetes, diet")
_ITEM_MARK = re.compile(r"([•·▪◦‣●■►▸➢➤✓✔*+\-–—])\s+\S")
#: A count alone on its line ("1 Comment", "4 Comments"): a link's text, not a header
_COUNT = re.compile(r"\d+\s+[^\W\d_]+")
_STORY_ENDS = frozenset({RemovalReason.RELATED, RemovalReason.COMMENTS})
_SECTION_ENDS = frozenset(
    {RemovalReason.RELATED, RemovalReason.SUBSCRIBE, RemovalReason.COMMENTS, RemovalReason.SHARE}
)
#: ... those that end a story in the run's first half: not "related", whose "Read more"
#: also opens the rest of a post cut by a jump link
_EARLY_ENDS = _SECTION_ENDS - {RemovalReason.RELATED}
#: Lines no list of the story's holds: a thread's signatures, link lists ("a | b | c")
_NOT_ITEMS = frozenset({LineClass.WALL, LineClass.LIST})


def line_weights(
    lines: Sequence[Line], anchors: Sequence[int], settings: TextSettings
) -> list[float]:
    """Each line's weight; the first body line after the first headline anchor that has one
    within `anchor_reach` lines gets a bonus, if another body line follows it closely (a
    teaser repeating the headline has a single sentence)."""
    weights = [_weight(line, settings) for line in lines]
    for i in _repeated(lines, settings):
        weights[i] = min(weights[i], settings.repeated_weight)
    first = _first_under_headline(lines, anchors, settings)
    if first is not None:
        weights[first] += settings.anchor_bonus
    return weights


def header_walls(
    lines: Sequence[Line], anchors: Sequence[int], settings: TextSettings
) -> list[Line]:
    """The lines, with the comment walls in the story's header made chrome: a count alone
    on its line between the first headline anchor and the first body line under it,
    within `anchor_reach` lines, is the post's comment count in its byline block
    ("Posted on: 08-6-2012" / "With:" / "1 Comment" / "Posted by: Bob Walsh", a link a
    BeautifulSoup dump sets on a line of its own; "4 Comments" over "Written on August 9,
    2012 by ..."), a link to the thread below the story, not the thread's opening: the
    story under it must not weigh as comments. A thread's own header says more ("13
    comments: tRiSh said...", over the first comment of a post that is a picture). A copy
    of the headline is no body line (a breadcrumb's last item over the heading, "Home" /
    "/" / title, as BeautifulSoup dumps it, prints it twice in a row)."""
    out = list(lines)
    if not anchors:
        return out
    reach = range(anchors[0] + 1, min(len(lines), anchors[0] + 1 + settings.anchor_reach))
    headline = fold(lines[anchors[0]].text)
    first = next(
        (i for i in reach if lines[i].cls in BODY_CLASSES and fold(lines[i].text) != headline),
        None,
    )
    for i in range(anchors[0] + 1, first or anchors[0]):
        if lines[i].cls is LineClass.WALL and _COUNT.fullmatch(lines[i].text.strip()):
            out[i] = replace(lines[i], cls=LineClass.CHROME)
    return out


def _first_under_headline(
    lines: Sequence[Line], anchors: Sequence[int], settings: TextSettings
) -> int | None:
    """The first body line under the first anchor that has two body lines close together
    within `anchor_reach` lines under it."""
    for anchor in anchors:
        body = _body_under(lines, anchor, settings.anchor_reach)
        if len(body) >= 2 and body[1] - body[0] <= settings.anchor_next_body:
            return body[0]
    return None


def _body_under(lines: Sequence[Line], anchor: int, reach: int) -> list[int]:
    """The body lines among the `reach` lines under the line `anchor`."""
    below = range(anchor + 1, min(len(lines), anchor + 1 + reach))
    return [i for i in below if lines[i].cls in BODY_CLASSES]


def story_run(
    lines: Sequence[Line], anchors: Sequence[int], settings: TextSettings
) -> tuple[int, int]:
    """The maximum-sum run of the weighed lines (`best_run`); when an anchor has two body
    lines under it and the run lies beyond a comment wall under them, the best run above the
    wall holding the first of them (`_anchored_above_the_thread`). When no anchor has two
    body lines under it and the run lies beyond a line closing the story below the first
    anchor (a comment wall, or a "Comments" or "Related Posts" header: `_closes_story`),
    the story may be a single paragraph lost to a longer comment or a site's blurb (a
    blog post): the body line within `anchor_next_body` lines under that anchor then
    gets the anchor bonus, unless the anchor repeats the dump's first line (a site's
    name and motto in its footer), or that line is light (under `thread_post_min_share`
    of the run beyond) and no wall, only a header, closes it (a dek above a "Comment"
    link in the byline, the story under it). When the run still lies beyond the closing
    line and that line is not light, the story is the best run above the closing line (a
    light one is a share bar's line under a sticky headline, the story beyond its own
    comments link), when there is one: the lone line may stand beyond the closing line,
    and the run above it hold nothing. With no anchor at all, a run beyond a comment wall
    gives way to the post above the thread (`_above_the_thread`)."""
    weights = line_weights(lines, anchors, settings)
    start, end = best_run(weights, lines, settings)
    if not anchors:
        return _above_the_thread(weights, lines, (start, end), settings) or (start, end)
    first = _first_under_headline(lines, anchors, settings)
    if first is not None:
        return _anchored_above_the_thread(weights, lines, first, (start, end), settings)
    anchor = anchors[0]
    walled = any(line.cls is LineClass.WALL for line in lines[anchor:start])
    closed = any(_closes_story(line) for line in lines[anchor:start])
    if not closed or fold(lines[anchor].text) == fold(lines[0].text):
        return start, end
    lone = _body_under(lines, anchor, settings.anchor_next_body)
    if not lone:
        return start, end
    light = weights[lone[0]] < settings.thread_post_min_share * sum(weights[start : end + 1])
    if light and not walled:
        return start, end
    weights[lone[0]] += settings.anchor_bonus
    start, end = best_run(weights, lines, settings)
    wall = next(i for i in range(anchor, len(lines)) if _closes_story(lines[i]))
    if start < wall or light:
        return start, end
    first, last = best_run(weights[:wall], lines[:wall], settings)
    return (first, last) if first <= last else (start, end)  # none above: no story lost


def _anchored_above_the_thread(
    weights: Sequence[float],
    lines: Sequence[Line],
    first: int,
    run: tuple[int, int],
    settings: TextSettings,
) -> tuple[int, int]:
    """The run, or the best run holding `first` (the story's first line under the headline)
    when the run lies beyond a comment wall under that line and that best run weighs
    `wall_min_total` without the anchor bonus (a wall that closes a post, as `best_run`
    reads one): a long thread outweighs its post, even at `after_wall_factor`, and the
    headline says where the post is. A lighter run is a notice over a share bar's "Leave a
    comment" link, the story beyond it."""
    start = run[0]
    above_wall = _best_above_wall(weights, lines, range(first, start), settings)
    if above_wall is None:
        return run
    above, last = above_wall
    if not above <= first <= last:
        return run
    post = sum(weights[above : last + 1]) - settings.anchor_bonus
    return (above, last) if post >= settings.wall_min_total else run


def _closes_story(line: Line) -> bool:
    """Whether the line closes a story: a comment wall, or a header opening readers'
    comments or other stories ("Comments", "Related Posts")."""
    return line.cls is LineClass.WALL or (
        line.cls is LineClass.HEADER and line.reason in _STORY_ENDS
    )


def _above_the_thread(
    weights: Sequence[float],
    lines: Sequence[Line],
    run: tuple[int, int],
    settings: TextSettings,
) -> tuple[int, int] | None:
    """With no headline anchor, when the run lies beyond a comment wall: the best run above
    the first wall, when it holds prose and weighs at least `thread_post_min_share` of the
    run (a post outweighed by its readers' comments; a "3 Comments" link between a story's
    byline and its text has a menu line or two above it, not a post). A post of short
    sentences only (one line over its video) is the story when the run beyond holds no
    prose either (a sidebar's greeting); against prose beyond, it is a teaser's line."""
    start, end = run
    above_wall = _best_above_wall(weights, lines, range(start), settings)
    if above_wall is None:
        return None
    first, last = above_wall
    post = sum(weights[first : last + 1])
    if post < settings.thread_post_min_share * sum(weights[start : end + 1]):
        return None
    held = {line.cls for line in lines[first : last + 1]} & BODY_CLASSES
    beyond = any(line.cls is LineClass.PROSE for line in lines[start : end + 1])
    if LineClass.PROSE not in held and (beyond or not held):
        return None
    return first, last


def _best_above_wall(
    weights: Sequence[float], lines: Sequence[Line], among: range, settings: TextSettings
) -> tuple[int, int] | None:
    """The best run (`best_run`) of the lines above the first comment wall among the lines
    `among`, None when none of them is a wall: the post a thread past that wall may
    outweigh."""
    wall = next((i for i in among if lines[i].cls is LineClass.WALL), None)
    if wall is None:
        return None
    return best_run(weights[:wall], lines[:wall], settings)


def _repeated(lines: Sequence[Line], settings: TextSettings) -> list[int]:
    """The lines of `repeated_min_words` words or more printed more than once, unless they
    hold most of the page's body text (a page that prints its story twice)."""
    twice_printed = repeated_texts(lines)
    repeated = [
        i
        for i, line in enumerate(lines)
        if line.text in twice_printed and line.shape.words >= settings.repeated_min_words
    ]
    body = sum(len(line.text) for line in lines if line.cls in BODY_CLASSES)
    twice = sum(len(lines[i].text) for i in repeated if lines[i].cls in BODY_CLASSES)
    return repeated if twice <= settings.repeated_max_share * body else []


def _weight(line: Line, settings: TextSettings) -> float:
    if line.cls is LineClass.PROSE:
        return float(len(line.text))
    if line.cls is LineClass.SENTENCE:
        return settings.short_sentence_weight * len(line.text)
    if line.cls is LineClass.HEADING:
        return -settings.heading_cost
    if line.cls is LineClass.FRAGMENT or line.cls is LineClass.LIST:
        return -settings.fragment_cost
    if line.cls is LineClass.HEADER:
        return -settings.header_cost
    return -settings.chrome_cost


def best_run(
    weights: Sequence[float], lines: Sequence[Line], settings: TextSettings
) -> tuple[int, int]:
    """The maximum-sum run of lines (Kadane) that crosses no wall: first and last index.

    After a wall that ends a run weighing `wall_min_total`, lines weigh less
    (`after_wall_factor`). Returns (0, -1) when no run has a positive total.
    """
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    factor = 1.0
    for index, (raw, line) in enumerate(zip(weights, lines, strict=True)):
        if line.cls is LineClass.WALL:
            factor = settings.after_wall_factor if total >= settings.wall_min_total else factor
            total, start = 0.0, index + 1
            continue
        weight = raw * factor
        if total <= 0:
            total, start = weight, index
        else:
            total += weight
        if total > best:
            best, best_start, best_end = total, start, index
    return best_start, best_end


def check_lines(
    start: int, end: int, count: int, anchors: Sequence[int], settings: TextSettings
) -> list[int]:
    """The lines where bylines and error text sit: around the run's start and end (up to
    `check_margin` lines outside the run and `check_inside` lines inside it) and under the
    headline."""
    margin, inside = settings.check_margin, settings.check_inside
    head = range(max(0, start - margin), min(count, start + inside))
    tail_start = max(start + inside, end + 1 - inside)
    tail = range(tail_start, min(count, end + margin + 1))
    headline = [i for a in anchors[:1] for i in range(a + 1, min(count, a + 1 + margin))]
    return sorted({*head, *tail, *headline})


def cut_head(
    lines: Sequence[Line], start: int, end: int, anchors: Sequence[int], settings: TextSettings
) -> int:
    """The run's new start: right after the headline when the run opens on it, or holds it
    (the story does not begin above its own headline), enough prose follows it
    (`head_cut_min_prose`, and `head_cut_share` of the run's unless the body lines above
    are a sidebar's blurbs: `_blurbs_above`), and what comes before it is thin (menus and
    teasers, not a story with a recipe card or a box titled like it), or holds a teaser of
    this very story (its headline glued to a summary: a news ticker)."""
    if not anchors or not start <= anchors[0] <= end:
        return start
    anchor = anchors[0]
    if anchor == start:  # the run opens on its headline
        return next((i for i in range(anchor + 1, end + 1) if lines[i].cls in BODY_CLASSES), start)
    prose = [len(line.text) if line.cls is LineClass.PROSE else 0 for line in lines]
    after = sum(prose[anchor : end + 1])
    enough = after >= settings.head_cut_min_prose and (
        after >= settings.head_cut_share * sum(prose[start : end + 1])
        or _blurbs_above(lines, start, anchor, settings)
    )
    body = sum(1 for line in lines[start:anchor] if line.cls in BODY_CLASSES)
    headline = fold(lines[anchor].text)
    teased = any(fold(line.text).startswith(headline) for line in lines[start:anchor])
    if not enough or (body >= settings.head_cut_max_density * (anchor - start) and not teased):
        return start
    return next((i for i in range(anchor + 1, end + 1) if lines[i].cls in BODY_CLASSES), start)


def _blurbs_above(lines: Sequence[Line], start: int, anchor: int, settings: TextSettings) -> bool:
    """Whether the run's body lines above its headline are a sidebar's blurbs, however
    much longer than the post under the headline: two or more, `loose_min_share` of them
    each standing alone between lines that are no body text (a blog's "About Bob" and
    "Books" boxes under their titles), where a story's paragraphs follow one another."""
    body = _body_in(lines, (start, anchor - 1), None)
    return (
        len(body) >= 2
        and _alone_share(lines, body, (start, anchor - 1)) >= settings.loose_min_share
    )


def cut_tail(
    lines: Sequence[Line],
    start: int,
    end: int,
    anchors: Sequence[int],
    settings: TextSettings,
    *,
    boilerplate: BoilerplateSettings,
) -> int:
    """The run's new end: the story ends before the first break in the run's second half
    after which little of its prose follows, or before the first comments header there
    ("Comments": readers' comments follow it, however much they say). A break is a section
    header (related, newsletter, comments, share) or a streak of `tail_streak_lines` lines
    in a row that are not body text (job ads, a "More topics" label, link lists): what
    follows it is teasers, bios and footers, which a maximum-sum run takes in when their
    sentences outweigh the streak; a streak ends the story when the stretch right after it
    strays from the opening (`_strays`), not the whole rest (a fact box in a long
    interview). When the run starts under its headline (`_headed`), a comments, newsletter
    or share header in the run's first half ends the story too once `early_cut_min_prose`
    of prose precedes it and the body after it strays from the story's opening: a sidebar
    of site blurbs, teasers or readers' comments longer than a short story. A "Read more"
    is not enough there (a blog's jump link, the rest of the post below it), nor a streak
    alone (a gallery's captions above the story end in one): under the same conditions a
    streak ends the story there when the lines below it read as teasers or comments
    (`_loose_below`: one body line at a time between titles or signatures, shorter than
    the story's paragraphs, which follow one another). A list the story announces and
    goes on after is no streak (`story_lists`). In the second half, a box about the
    author or the site ("About Becky" over her bio: `_about_box`) ends the story too."""
    is_prose = [line.cls is LineClass.PROSE for line in lines]
    total = sum(len(lines[i].text) for i in range(start, end + 1) if is_prose[i])
    after = total
    cut = end
    streak = 0
    lead = lead_words(lines, start, settings.headline_lead_chars)
    headed = _headed(lines, start, anchors, settings)
    listed = story_lists(lines, start, end, settings, boilerplate=boilerplate)
    for i in range(start, end + 1):
        if lines[i].cls in BODY_CLASSES or i in listed:
            streak = 0
            after -= len(lines[i].text) if is_prose[i] else 0
            continue
        streak += 1
        header = lines[i].reason in _SECTION_ENDS and lines[i].cls is not LineClass.FRAGMENT
        if after > total - after:
            early = headed and total - after >= settings.early_cut_min_prose
            if early and (
                (
                    header
                    and lines[i].reason in _EARLY_ENDS
                    and _strays(lines, i + 1, end, lead, settings)
                )
                or (
                    streak >= settings.tail_streak_lines
                    and _loose_below(lines, (start, i - streak), (i + 1, end), settings)
                )
            ):
                cut = i - streak
                break
            continue
        comments = lines[i].cls is LineClass.HEADER and lines[i].reason is RemovalReason.COMMENTS
        footer = is_post_footer(lines[i].text)  # the post's end, whatever follows it
        closes = footer or (header and (after <= settings.tail_cut_share * total or comments))
        if closes or _about_box(lines, i, settings):
            cut = i - 1
            break
        if streak >= settings.tail_streak_lines and (
            after <= settings.tail_streak_share * total
            or _strays(lines, i + 1, end, lead, settings)
        ):
            cut = i - streak
            break
    while cut > start and lines[cut].cls not in BODY_CLASSES:
        cut -= 1
    return cut


def above_a_closing_note(
    lines: Sequence[Line], start: int, end: int, settings: TextSettings
) -> int:
    """The run's new end: above its last line when that line stands alone under a line that
    is no body text (a post's byline or footer, a signature, the writer's name) and is a
    note closing the page, not the story: a sign-up prompt ("Sign up for free email
    updates ...", "To receive these entries once a month by e-mail, sign up for the ...
    Newsletter."; `asks_to_sign_up`) or a writer's biography under their name ("Heather" /
    "Heather is a Canadian mother of 2 girls. ...": `_bio_under_name`). A maximum-sum run
    takes such a line in for its length when the lines between weigh little; a story's
    last paragraph under a subhead neither asks the reader to sign up nor opens on the
    subhead's words and a biography's verb. A line announcing what follows (a colon) is no
    closing note, nor is the rest of a sentence a dump broke at a link (the line above ends
    on a stop word in lower case: "... go to" / "Settings and put in your Kindle Email
    Address there.")."""
    if end - start < 2 or lines[end].cls not in BODY_CLASSES:
        return end
    above = lines[end - 1]
    last = above.text.split()[-1:]
    if above.cls in BODY_CLASSES or (last and last[0].islower() and is_stop_word(last[0])):
        return end  # (the rest of a sentence broken at a link: "..., go to")
    note = lines[end].text
    if note.endswith(":"):  # it announces what follows ("... webinars for your business:")
        return end
    if not asks_to_sign_up(note) and not _bio_under_name(above.text, note, settings):
        return end
    cut = end - 1
    while cut > start and lines[cut].cls not in BODY_CLASSES:
        cut -= 1
    return cut


def _bio_under_name(name: str, text: str, settings: TextSettings) -> bool:
    """Whether `text` is a biography of the person the line above it names: that line
    names someone (its first word no stop word, its last capitalized), and `text` opens
    with it, the rest of the name
    (capitalized words, `bio_name_max_words` in all: "Carlee" over "Carlee Kelson is a
    professional chef ...") and a biography verb (`opens_bio`)."""
    named = name.split()
    words = text.split()[: settings.bio_name_max_words]
    if not named or words[: len(named)] != named or is_stop_word(named[0]):
        return False  # ("The End" over "The End is near" is a subhead)
    for length in range(len(named), len(words) + 1):
        if not words[length - 1][:1].isupper():
            return False
        if opens_bio(text, " ".join(words[:length])):
            return True
    return False


def _about_box(lines: Sequence[Line], index: int, settings: TextSettings) -> bool:
    """Whether the line opens a box about someone (`textcues.ABOUT_BOX`): a label of at
    most `about_label_max_words` words, "About" and a name ("About Becky", "About Nancy
    Atkinson") or the author ("About the author"), over a paragraph that names them (a
    bio: "Hi, I'm Becky. ...", "Nancy Atkinson is ..."; a site's blurb under "About Dow
    Jones", "About The Edublogger": a name's first word past the stop words). A menu's
    "About us" has no paragraph naming "us" under it, nor does a subhead naming a thing in
    title case ("About The Project" over "The project began ..."). The label may be
    broken after its word, the name on the next line (`get_text("\\n")` sets a linked name
    apart: "Sobre" / "Carlos Nadalim")."""
    text, length = lines[index].text.strip(), lines[index].shape.words
    if _ABOUT_WORD.fullmatch(text) and index + 1 < len(lines):  # "Sobre" / "Carlos Nadalim"
        index += 1
        text, length = f"{text} {lines[index].text.strip()}", length + lines[index].shape.words
    if index + 1 >= len(lines) or length > settings.about_label_max_words:
        return False
    found = _ABOUT.fullmatch(text)
    below = lines[index + 1]
    if found is None or below.cls is not LineClass.PROSE:
        return False
    who = found.group("who")
    if _THE_AUTHOR.fullmatch(who):
        return True
    words = who.split()
    name = next((word for word in words if not is_stop_word(word)), "")
    named = re.search(rf"\b{re.escape(name)}\b", below.text) is not None
    return words[0][0].isupper() and name[:1].isupper() and named


def story_lists(
    lines: Sequence[Line],
    start: int,
    end: int,
    settings: TextSettings,
    *,
    boilerplate: BoilerplateSettings,
) -> set[int]:
    """The lines of the run's stretches of non-body lines that read as the story's own
    list, which the story goes on after: announced with a colon (`_lists_items`) or set
    with bullets (`_marked_items`), the body lines after the stretch not straying from
    its opening (`_strays`); and its lists of quantities (`_quantities`). They are no
    streak ending the story (`cut_tail`) and no run of link titles (`label`)."""
    lead = lead_words(lines, start, settings.headline_lead_chars)
    twice = repeated_texts(lines)
    found: set[int] = set()
    i = start
    while i <= end:
        if lines[i].cls in BODY_CLASSES:
            i += 1
            continue
        j = i
        while j <= end and lines[j].cls not in BODY_CLASSES:
            j += 1
        announced = any(
            _announces(line, boilerplate) for line in lines[i - 1 : i + 1]
        ) and _lists_items(lines[i:j], settings)
        listed = (announced or _marked_items(lines[i:j], twice, settings)) and not _strays(
            lines, j, end, lead, settings
        )
        if j <= end and (listed or _quantities(lines[i:j], settings)):
            found.update(range(i, j))
        i = j
    return found


def _announces(line: Line, boilerplate: BoilerplateSettings) -> bool:
    """Whether the line announces a list: it ends in a colon ("The tour dates:",
    "Ingredients:"), is no chrome and introduces no links ("Related:", "Follow us:")."""
    return (
        line.reason is None
        and line.text.endswith(":")
        and not introduces_links(line.text, boilerplate)
    )


def _plain(stretch: Sequence[Line]) -> bool:
    """Whether no line of a stretch is known chrome or a thread's signature: the first test
    of a list the story prints, whatever its items."""
    return not any(line.reason is not None or line.cls in _NOT_ITEMS for line in stretch)


def _announces_below(
    stretch: Sequence[Line], twice: frozenset[str], settings: TextSettings
) -> bool:
    """Whether a line announcing a list a little below the run (the stretch's last line,
    the lines above it no body text: "Picture via Planet Fur" / "From left to right:")
    announces the story's list: no line of the stretch is chrome or printed twice on the
    page (a photo widget's "Img ID#159437 Title:" under its repeated "Mouseover photo to
    load notes"), and the line has `announce_below_min_words` words or more, one in lower
    case, and names no page's tags or contact: HTML mode's test of a line announcing a list
    (`html.label._announces_a_list`; not "Rate this:", "Post Tags:")."""
    last = stretch[-1]
    return (
        _plain(stretch)
        and not any(line.cls in BODY_CLASSES or line.text in twice for line in stretch)
        and last.shape.words >= settings.announce_below_min_words
        and any(word[:1].islower() for word in last.text.split())
        and not names_tags_or_contact(last.text)
    )


def _lists_items(stretch: Sequence[Line], settings: TextSettings) -> bool:
    """Whether a stretch of non-body lines is a list the story prints (ingredients, steps,
    the items a paragraph announces): no line of it is known chrome, and its lines of
    several words are written as sentences are, few in title case, unlike the headlines
    of teasers and menus."""
    if not _plain(stretch):
        return False
    items = [line for line in stretch if line.shape.words >= settings.list_item_min_words]
    if len(items) < settings.list_min_items:
        return False
    titled = sum(
        1
        for line in items
        if line.shape.capitals >= settings.title_case_min_share * line.shape.words
    )
    return titled <= settings.list_max_titled_share * len(items)


def _marked_items(stretch: Sequence[Line], twice: frozenset[str], settings: TextSettings) -> bool:
    """Whether a stretch of non-body lines is a list of bullet points the story prints
    without announcing it with a colon: no line of it is chrome or printed twice on the
    page (a menu's or a teaser box's), and `marked_item_min_share` of its lines, at least
    `list_min_items`, open with one and the same mark (a bullet, a dash, a star)."""
    if not _plain(stretch) or any(line.text in twice for line in stretch):
        return False
    marks = Counter(m.group(1) for m in map(_ITEM_MARK.match, (s.text for s in stretch)) if m)
    count = max(marks.values(), default=0)
    return count >= settings.list_min_items and count >= settings.marked_item_min_share * len(
        stretch
    )


def _quantities(stretch: Sequence[Line], settings: TextSettings) -> bool:
    """Whether a stretch of non-body lines is a list of quantities (a recipe's ingredients:
    "3/4 cup granulated sugar", "2 cloves garlic, minced"), the story's own whether or not
    a line announces it and whatever follows (the directions stray from a post's opening):
    no line of it is known chrome or a thread's signature, `quantity_min_share` of its
    lines open with a number and a word, two of them at least in a row (a recipe sets its
    ingredients one under the other, while the counts of a teaser list, "12 photos", "2
    min video", alternate with its headlines), and at least `list_min_items` of them with
    a lowercase word ("2 Tablespoons olive oil" counts for the share and the row only). A
    numbered list of headlines ("1. Why ...", "5 Smart Moves ...") or of signatures ("1
    Averie ...") has a capital or a stop after its numbers."""
    if not _plain(stretch):
        return False
    words = [m.group("word") if m else "" for m in map(_QUANTITY.match, (s.text for s in stretch))]
    together = any(above and below for above, below in pairwise(words))
    lowercase = sum(1 for word in words if word[:1].islower())
    share = sum(1 for word in words if word) / len(stretch)
    return (
        together and lowercase >= settings.list_min_items and share >= settings.quantity_min_share
    )


def _loose_below(
    lines: Sequence[Line], story: tuple[int, int], below: tuple[int, int], settings: TextSettings
) -> bool:
    """Whether the body lines in `below` read as teasers or readers' comments under the
    story in `story` (both spans of line indices, inclusive): most of them stand alone
    between lines that are no body text (`loose_min_share`), few of the story's do
    (`loose_story_max_share`, with at least `loose_story_min_lines` of them), and they are
    no longer on average than the story's. Below, only the stretch an opening spans is
    read (`headline_lead_chars`)."""
    mine = _body_in(lines, story, None)
    theirs = _body_in(lines, below, settings.headline_lead_chars)
    if len(mine) < settings.loose_story_min_lines or len(theirs) < 2:
        return False
    return (
        _alone_share(lines, mine, story) <= settings.loose_story_max_share
        and _alone_share(lines, theirs, below) >= settings.loose_min_share
        and _mean_length(lines, theirs) <= _mean_length(lines, mine)
    )


def _body_in(lines: Sequence[Line], span: tuple[int, int], reach: int | None) -> list[int]:
    """The body lines in the span (inclusive), up to `reach` characters when given."""
    found: list[int] = []
    chars = 0
    for i in range(span[0], span[1] + 1):
        if reach is not None and chars >= reach:
            break
        if lines[i].cls in BODY_CLASSES:
            found.append(i)
            chars += len(lines[i].text)
    return found


def _alone_share(lines: Sequence[Line], body: Sequence[int], span: tuple[int, int]) -> float:
    """The share of the body lines `body` with no body line right above or below them
    inside the span."""
    first, last = span

    def is_body(i: int) -> bool:
        return first <= i <= last and lines[i].cls in BODY_CLASSES

    alone = sum(1 for i in body if not is_body(i - 1) and not is_body(i + 1))
    return alone / len(body)


def _mean_length(lines: Sequence[Line], indices: Sequence[int]) -> float:
    """The mean length in characters of the lines at `indices` (some)."""
    return sum(len(lines[i].text) for i in indices) / len(indices)


def holds_rights_notice(text: str) -> bool:
    """Whether the text holds a page's rights notice ("Copyright 2012 ...", "All Rights
    Reserved"; `textcues.RIGHTS_NOTICE`)."""
    return _RIGHTS_NOTICE.search(text) is not None


def above_the_notice(lines: Sequence[Line], start: int, end: int, settings: TextSettings) -> int:
    """The run's new end: above the first line in it holding a rights notice ("Copyright
    2012 ...", "All Rights Reserved") that less than `tail_cut_share` of the run's prose
    follows, when body text stands above it: the page's footer, a legal paragraph or a
    site's description that a maximum-sum run took in for its length, with the teasers
    between (which `cut_tail` then sees as a streak)."""
    prose = [len(line.text) if line.cls is LineClass.PROSE else 0 for line in lines]
    total = sum(prose[start : end + 1])
    after = total
    body = None  # the last body line above
    for i in range(start, end + 1):
        after -= prose[i]
        if (
            body is not None
            and after <= settings.tail_cut_share * total
            and holds_rights_notice(lines[i].text)
        ):
            return body
        if lines[i].cls in BODY_CLASSES:
            body = i
    return end


def _headed(
    lines: Sequence[Line], start: int, anchors: Sequence[int], settings: TextSettings
) -> bool:
    """Whether the run starts under its headline: the first anchor stands above the run's
    start with only lines that are no body text between, within `anchor_reach` lines."""
    if not anchors or not 0 < start - anchors[0] <= settings.anchor_reach:
        return False
    return not any(line.cls in BODY_CLASSES for line in lines[anchors[0] + 1 : start])


def _strays(
    lines: Sequence[Line], first: int, end: int, lead: frozenset[str], settings: TextSettings
) -> bool:
    """Whether the body lines from `first` share few words with the story's opening (other
    stories' teasers, an author's bio, a site's blurb), read up to `end` and no further than
    an opening reaches (`headline_lead_chars`, the span `lead_words` reads): a long story
    after a promotion or a fact box shares few of its many words with any opening, the
    next stretch of it many."""
    words: set[str] = set()
    chars = 0
    for line in lines[first : end + 1]:
        if chars >= settings.headline_lead_chars:
            break
        if line.cls in BODY_CLASSES:
            words.update(content_words(line.text))
            chars += len(line.text)
    return bool(words) and len(words & lead) < settings.tail_stray_overlap * len(words)


def announced_items(
    lines: Sequence[Line],
    start: int,
    end: int,
    settings: TextSettings,
    *,
    boilerplate: BoilerplateSettings,
) -> set[int]:
    """The items of lists the story announces with a colon ("The tour dates:", "Les dates :")
    inside the run or on the line right after it, or up to `announced_gap_max` lines lower
    over a photo's credit (`_announces_below`): the short lines that follow, up to the next
    chrome line or paragraph. They belong to the story however menu-like they look."""
    items: set[int] = set()
    twice = repeated_texts(lines)
    for i in range(start, min(len(lines), end + 2 + settings.announced_gap_max)):
        if not _announces(lines[i], boilerplate):
            continue
        below = lines[end + 1 : i + 1]  # (empty when the line stands in the run or under it)
        if i > end + 1 and not _announces_below(below, twice, settings):
            continue
        j = i + 1
        while (
            j < len(lines)
            and j - i <= settings.announced_list_max_items
            and lines[j].reason is None
            and lines[j].cls is not LineClass.PROSE
            and lines[j].cls is not LineClass.WALL
        ):
            items.add(j)
            j += 1
    return items
