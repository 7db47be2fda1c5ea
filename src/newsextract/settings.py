"""The pipeline's numbers, per stage: every threshold with its meaning and its calibration.

Each stage reads its thresholds from one frozen settings object, passed to it by the pipeline
(`pipeline.run(..., settings=...)`), never from module constants: the benchmark scripts that
fit these numbers (`benchmarks/`) build variants with `dataclasses.replace` and run the same
code on them. Every field's docstring says what it means and on which data it was calibrated;
how a number moved over time belongs in docs/design.md, not here. Word lists and patterns are
data (`newsextract.data`), not settings; limits a user sets are `Options`.

The public API takes no settings: `newsextract.extract`, `extract_many`, `learn_template`
and the command line run with `DEFAULT_SETTINGS`. Other settings go in through
`pipeline.run(..., settings=...)` (the benchmark scripts use it), which hands each stage its
part; a stage function's default settings are for calling it alone. docs/design.md (round 29,
*Settings reach the stages*) lists the calls that still read the defaults.

Every field is checked when its class is built (`check_fields`), against its declared type
and range: a number is at least 0 unless it declares other `Bounds`, a `Share` lies between 0
and 1, a `Signed` level (on a scale where chrome weighs below 0) may be negative, a
`..._min_...` field is not above its `..._max_...` twin. A nonsense value raises
`TypeError` or `ValueError` naming the field.

This module is long by design: every number of the pipeline in one place, one class per stage,
each field documented where it is defined.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields
from datetime import timedelta
from types import MappingProxyType
from typing import Annotated, Any, ClassVar, get_args, get_origin, get_type_hints


@dataclass(frozen=True, slots=True)
class Bounds:
    """The range a numeric setting must lie in, declared with its type
    (`Annotated[int, Bounds(3)]`); a number declared without one must be at least 0."""

    least: float = 0
    most: float | None = None

    def holds(self, value: float) -> bool:
        return self.least <= value and (self.most is None or value <= self.most)

    def __str__(self) -> str:
        if self.most is None:
            return "of any sign" if self.least == -math.inf else f"at least {self.least:g}"
        return f"between {self.least:g} and {self.most:g}"


#: A share of a whole (of a block's words, a page's lines, a run's prose...): 0 to 1.
Share = Annotated[float, Bounds(0, 1)]

#: A level on a signed scale, any finite number: a line's weight in text mode's story run,
#: where prose weighs above 0 and chrome below. Counts, lengths, costs, bonuses and the
#: weights that multiply a mass are magnitudes (the sign is in the name: a cost is taken
#: off, a bonus added) and stay at least 0.
Signed = Annotated[float, Bounds(-math.inf)]

#: What a number declared without `Bounds` may be: counts, lengths, weights and costs.
_NOT_NEGATIVE = Bounds()


class _Checked:
    """A settings class whose fields are checked when it is built (`check_fields`): a
    nonsense value (a negative count, a share above 1, a minimum above its maximum, a
    wrong type) fails at construction, naming the field and what it may be, instead of
    giving a silently wrong result deep inside a stage."""

    __slots__ = ()

    #: The fields' declared types, read once when the class is defined: resolving them
    #: (`get_type_hints`) on every construction cost more than building the object.
    field_hints: ClassVar[MappingProxyType[str, Any]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "field_hints" not in vars(cls):  # `dataclass(slots=True)`'s copy keeps them
            cls.field_hints = MappingProxyType(get_type_hints(cls, include_extras=True))

    def __post_init__(self) -> None:
        check_fields(self)


def check_fields(settings: _Checked) -> None:
    """Raise `TypeError` or `ValueError` for the first field of a settings object that is
    not what its declared type says: an `int` (never a bool), a finite number for a
    `float`, within its `Bounds` (at least 0 without any), a `timedelta` not negative, a
    frozenset of strings, a settings object of its class; and for a field named with
    `min` whose twin named with `max` exists ("dek_min_words", "dek_max_words"), not
    above that twin."""
    kind = type(settings)
    hints = kind.field_hints
    values = {f.name: getattr(settings, f.name) for f in fields(kind)}  # type: ignore[arg-type]
    for name, value in values.items():
        _check_value(f"{kind.__name__}.{name}", value, hints[name])
    for name, value in values.items():
        most = _max_twin(name)
        if most != name and most in values and value > values[most]:
            raise ValueError(
                f"{kind.__name__}.{name} must be at most {kind.__name__}.{most} "
                f"({values[most]}), got {value}"
            )


def _max_twin(name: str) -> str:
    """The field named like `name` with its word "min" as "max" ("dek_min_words" ->
    "dek_max_words"; `name` itself when it has no such word)."""
    return re.sub(r"(?<![^_])min(?![^_])", "max", name)


def _check_value(name: str, value: Any, hint: Any) -> None:
    """Raise when one field's value is not of its declared type and range."""
    bounds = _NOT_NEGATIVE
    if get_origin(hint) is Annotated:
        hint, *extras = get_args(hint)
        bounds = next((b for b in extras if isinstance(b, Bounds)), _NOT_NEGATIVE)
    if hint is int or hint is float:
        allowed, what = ((int,), "an int") if hint is int else ((int, float), "a number")
        if isinstance(value, bool) or not isinstance(value, allowed):
            raise TypeError(f"{name} must be {what}, not {type(value).__name__}")
        if not math.isfinite(value) or not bounds.holds(value):
            raise ValueError(f"{name} must be {what} {bounds}, got {value!r}")
    elif hint is timedelta:
        if not isinstance(value, timedelta):
            raise TypeError(f"{name} must be a timedelta, not {type(value).__name__}")
        if value < timedelta(0):
            raise ValueError(f"{name} must not be negative, got {value!r}")
    elif get_origin(hint) is frozenset:
        if not isinstance(value, frozenset) or not all(isinstance(v, str) for v in value):
            raise TypeError(f"{name} must be a frozenset of strings, not {value!r}")
    elif not isinstance(value, hint):
        raise TypeError(f"{name} must be a {hint.__name__}, not {type(value).__name__}")


@dataclass(frozen=True, slots=True, kw_only=True)
class ShapeSettings(_Checked):
    """What prose is (`signals/shape.py`): the one definition every stage uses."""

    prose_min_words: int = 10
    """A prose block has at least this many words (CJK: characters / 2). Set on the
    scrapinghub dev pages: captions and teasers are shorter, real paragraphs rarely are."""

    prose_min_chars: int = 50
    """... and at least this many characters (Chinese and Japanese characters weighted by
    `unspaced_char_weight`)."""

    unspaced_char_weight: int = 2
    """What one Chinese or Japanese character counts for against `prose_min_chars`: these
    scripts write a word in one to two characters and no spaces, so a 20-character sentence
    holds about as much as a 40-character English one."""

    hangul_char_weight: float = 1.5
    """What one Hangul syllable counts for against `prose_min_chars`: Korean spaces its
    words, but a syllable holds about as much as one and a half Latin letters (a Korean word
    of three syllables, an English one of five letters), so a 40-character Korean sentence
    is as long as a 60-character English one."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BoilerplateSettings(_Checked):
    """Chrome told by its wording (`signals/boilerplate.py`)."""

    phrase_max_words: int = 15
    """Lines longer than this (in words) are never taken for chrome by their wording alone
    (a paragraph that happens to start with "Share" is not a share bar), except cookie and
    copyright notices."""

    notice_max_words: int = 90
    """Longest cookie / consent notice considered, in words."""

    copyright_max_words: int = 30
    """Longest copyright line considered, in words."""

    links_intro_max_words: int = 6
    """Longest colon line that a word of `textcues.LINKS_INTRO` anywhere in it makes a links
    header ("See more photos:", "Lesen Sie auch:"); a longer line is one only when it opens
    with the word ("More world stories from NBC News:"), else it is a sentence announcing
    the story's own list ("We also made numerous product improvements during the beta test
    including:"). Set from the colon lines holding such a word not as their first on half A
    of the four HTML sets, scrapinghub-text and the html_text twins (`benchmarks/wordaudit.py`
    rows, round 35): the links headers have at most 3 words ("For more information:"), the
    story's sentences at least 7 (B: 3 and 8); 6 leaves room for "Das könnte Sie auch
    interessieren:"."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorPageSettings(_Checked):
    """Error-page text and the page verdict (`signals/errorpage.py`).

    Set on the error messages of tests/test_errorpage.py and tests/fixtures/errorpages/ (the
    default texts of common CMSs and servers and news-site soft 404s in 23 languages: 1-62
    words, all under 350 characters), then checked on the dev pages: of the 43,691 text blocks
    of the scrapinghub and readability HTML pages and the 31,251 lines of the scrapinghub text
    dumps, the only ones taken for error text are a video player's "Video Not Available", and
    none of the 422 pages is judged an error page.
    """

    max_error_chars: int = 500
    """Blocks longer than this are never error text (article paragraphs are skipped cheaply)."""

    max_error_words: int = 70
    """... nor blocks of more words than this (CJK characters count half a word)."""

    min_dominance: Share = 0.5
    """Share of the block's characters covered by error wording and reader cues for the block
    to be error text on its own ("404 - Page not found": ~0.85; a court report sentence that
    mentions a missing page: ~0.2)."""

    min_cued_sentence_share: Share = 0.66
    """With a reader cue (apology, imperative, "the page you requested"), a block is error text
    even below `min_dominance` when at least this share of its sentences carry error wording
    or a cue: soft-404 paragraphs run 1-4 sentences, all about the missing page."""

    min_narrative_dominance: Share = 0.8
    """A block with a reporting verb ("said", "selon", "laut") or a date is news prose unless
    error wording covers at least this share of it."""

    min_article_words: int = 40
    """A page whose body prose (`signals.shape.is_prose` blocks) holds this many words is an
    article, whatever error text was glued to it. The fixture soft 404s leave 0-11 prose words
    besides their error text; the shortest dev gold bodies hold 58-73. Set low in that gap:
    calling an article an error page drops its body, missing one keeps a few lines of junk."""

    min_single_block_words: int = 80
    """... counted in one run of consecutive prose blocks, of two blocks at least or of this
    many words in one: the teasers of recommended stories padding a soft 404 run 15-45
    words each, under their own headlines."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentSettings(_Checked):
    """Consent-dialog wording (`signals/consent.py`)."""

    min_cues: int = 2
    """Distinct consent cues a block needs, one of them spoken as the site or to the reader
    ("we and our partners", "your consent"): a lone "cookies" is news about cookies."""

    max_chars: int = 5_000
    """Longest block read for consent wording: the longest dialog text seen runs to ~2,500
    characters (a TCF purposes paragraph), and the scan costs per character."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateSettings(_Checked):
    """The walk from HTML tree to candidate blocks (`html/candidates.py`)."""

    collapse_max_share: Share = 0.3
    """`<nav>`, `<footer>` and `<aside>` are read as one block each, unless one holds more
    than this share of the page's text: then it wraps the article and is walked like any
    element (same accuracy on the dev pages, ~9% faster)."""

    overflow_min_words: int = 6
    """Past `Options.max_blocks`, blocks shorter than this many words are dropped: a million
    list items must not bury the article after them."""

    overflow_factor: int = 2
    """... and the walk stops at this many times `Options.max_blocks`, whatever the blocks."""

    slug_min_hyphens: int = 3
    """An id with this many hyphens is a slug made from text (a section anchor), not the name
    of a page component, and its words are not read as marks."""

    bold_head_max_words: int = 16
    """A bold line opening a block's paragraph and set off from its text by one `<br>` is a
    heading of its own (an old page's subhead or headline, `<b>Subhead</b><br>text`) up to
    this many words; a longer bold line is the paragraph's lead-in (a short line under such
    a head is set apart up to as many). Set on fundus-dev half A's 214 gold subheads: 16
    words or fewer for 98% of them (12 for 90%, the longest 20); the HTML dev pages are the
    same with 12 and 16 (0 of 1,749 differ)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LocateSettings(_Checked):
    """Main-content location (`html/locate.py`): the container maximising good - bad mass."""

    link_heavy_density: Share = 0.5
    """Link density above which a block is navigation whatever its shape."""

    bad_weight: float = 1.0
    """Weight of bad mass against good mass (1.0: one character of chrome cancels one
    character of prose)."""

    mislabel_share: Share = 0.5
    """Share of the page's prose above which a class-name chrome mark is distrusted: a
    wrapper that holds most of the article is not a sidebar, whatever its class says."""

    full_reach: int = 2
    """Levels above a block that receive its full mass."""

    reach_decay: Share = 0.9
    """Decay per level beyond `full_reach`. Swept on the scrapinghub dev pages (decay
    0.7-0.95, reach 1-3): F1 moves by < 0.002 between 0.8 and 0.95 and drops below 0.8;
    without decay it is 0.008 lower."""

    content_boost: float = 2.0
    """Weight of prose inside an element whose class or microdata names it the article body
    ("article-body", itemprop="articleBody"): such names are rarely wrong."""

    unambiguous_marks: frozenset[str] = frozenset(
        {"footer", "nav", "cookie", "ad", "comments", "aside"}
    )
    """Class marks that never name an article, trusted when repeated down the chain. With
    "comments", a blog post shorter than its comment thread is no longer lost to the thread
    (dragnet A +0.0016, B +0.0002; the one page it lowers has the thread in its gold); with
    "aside" ("sidebar"), nor to a wordy sidebar (dragnet A +0.0019, B +0.0003, 3 pages)."""

    single_marks: frozenset[str] = frozenset({"aside", "comments"})
    """Class marks trusted like tags (up to `wrapper_share`) even when not repeated down the
    chain: a sidebar or a comment thread never holds the article, however wordy (a blogger's
    profile or a disclaimer beside a short post, a thread under it). Chosen on half A among
    the `unambiguous_marks` (dragnet A +0.0055, B +0.0017; adding "nav" lowers scrapinghub B
    by 0.0009, "footer" changes nothing)."""

    fold_max_link_share: Share = 0.1
    """An element named "related"/"more" whose prose paragraphs share one parent is the
    story's fold ("entry-more", "read-more"), not chrome, when at most this share of their
    text is links (a teaser box links each blurb's headline: about 0.2)."""

    wrapper_share: Share = 0.9
    """Share of the page's prose above which an element is a page wrapper, never chrome, and
    a gallery holding it is a photo essay (the page itself)."""

    gallery_max_shared: int = 3
    """A "gallery" holding this many prose blocks under one parent is a story, not slides."""

    consent_box_min_share: Share = 0.5
    """A consent dialog told by its wording alone, whatever its element is named: the
    nearest element around all of a page's consent-text blocks (two at least) is the dialog,
    and its prose weighs nothing, when blocks with a consent cue hold at least this share
    of its text (its purposes, "These cookies allow us to count visits...", read like prose
    but carry one cue each). Set on the class-blind fundus-dev half A
    (`benchmarks/classblind.py`): the one unnamed dialog that outweighed a story there has
    0.71 of its text cued; at 0.5 no dev page's body changes as the pages are. Not fitted
    (one page of the class)."""

    thread_min_items: int = 3
    """A comment thread told by its shape (`locate._comment_threads`): at least this
    many stamp lines (a date or a time) set alike, parting the box's prose into as many
    runs."""

    thread_min_run_share: Share = 0.25
    """A comment thread's stamps part its prose into runs, one per comment, bar the comments
    too short to be prose ("Great shirt!"): at least this many runs per stamp line (a teaser
    list's dated items part 3 runs of prose with 31 stamps)."""

    stamp_max_words: int = 8
    """A comment's stamp line holds a date or a time and at most this many other words (a
    name, "says", "reply", "permalink")."""

    thread_max_heading_share: Share = 0.5
    """A box with this many headings per stamp line or more is no comment thread but a live
    blog's entries or a front page's posts, each under its heading (set, not fitted: a
    heading for every other stamp). A comment's signature set as headings (a stamp, or the
    name heading right over one, "NAME says:") counts for none."""

    thread_min_item_share: Share = 0.5
    """A thread's comments are set as items (an element per comment, its stamp inside, muted
    whole) when the stamps sit in at least this many distinct child elements per stamp;
    below it the thread is flat, muted from its first stamp on (set, not fitted)."""

    column_min_widgets: int = 3
    """A sidebar told by its shape (`locate._without_widget_columns`): an element holding at
    least this many widgets, each a box opened by its own heading ("About Me", "Blog
    Archive", "Links")."""

    column_max_prose_share: Share = 0.34
    """A widget column's boxes are mostly link lists: at most this share of its widgets hold
    prose (an "About Me" blurb, a disclaimer); a story set in sections, each under its
    subhead, has prose in every one (set, not fitted: a third)."""

    column_min_link_lists: Share = 0.5
    """... at least this share of its widgets are link lists ("Blog Archive", "Links",
    "Labels") or boxes with no text under their heading (a form, an embed); the headed
    sections of a live blog, an FAQ or a listicle, few of them with prose among photos,
    answers and fact lists, are not (set, not fitted: half; round 33 review)."""

    column_link_list_density: Share = 0.5
    """A widget is a link list when at least this share of the text under its heading is
    link text (set, not fitted: half)."""

    column_max_page_share: Share = 0.75
    """A widget column's prose is muted only while it holds less than this share of the
    page's prose: a story set as one box among a tag box and a "most popular" box holds
    nearly all of it. Fitted on the class-blind and normal half A of the four HTML sets
    (the rule without this guard): every page it helps mutes at most 0.64 of the prose,
    the pages it harms 0.90 or more (a story muted, an escaped copy of it winning); any
    value between gives the same half-A figures."""

    column_max_blocks: int = 13
    """A widget column's prose widgets hold at most this many prose blocks together: a bio,
    a disclaimer, a few recent comments; a story set as a box beside its comment boxes
    holds more paragraphs. Fitted on half A: the most blocks that a page helped by the rule
    mutes there (a "recent comments" box of 13 one-line blurbs)."""

    fragment_chars: int = 40
    """Non-prose body text shorter than this is a fragment (a label, a date, a menu entry)."""

    sibling_min_chars: int = 1
    """Prose characters a sibling branch of the container needs to join the article (when it
    carries nothing negative)."""

    headline_story_min_share: Share = 0.3
    """A short story under the page's headline (its one `<h1>`, or the heading that shows
    its title) wins over a longer run of prose after it that shares fewer of the headline's
    words (a publisher's notice, an "About us" box, a disclaimer) when its prose is at least
    this share of that run's (`locate._headline_story`)."""

    headline_story_min_blocks: int = 2
    """Prose blocks the page needs between its headline and that run for the story: a blog's
    one-paragraph tagline under its name (the page's `<h1>`) is no story. Set on half A:
    the one page whose tagline the rule took there (dragnet R825, normal mode) against the
    two stories it found (two blocks each, a byline line counted)."""

    upper_story_max_levels: int = 3
    """How many levels above the main container the story's upper half may sit in a branch
    of its own and still join it (`locate._upper_story`): the lede a blog template prints
    in the post's body beside the fold that holds the rest, or a layout that sets the first
    paragraphs in another wrapper than the others. Swept 1, 2, 3, 5, 10 by snapshot: half
    A holds no page of the class (its prose outside the container before it is headings,
    standfirsts, captions and crumbs, set otherwise than the story) and is unchanged at every
    value; 3 is the smallest that reaches a fold three quotes deep (Movable Type), and up to
    10 nothing else joins on any dev page."""

    headline_stem_chars: int = 5
    """Characters a word keeps when the headline's words are matched with a story's
    ("stabbed" and "stabbing" meet)."""

    code_prose_min_stop_share: Share = 0.25
    """A preformatted block (`<pre>`) is the story's prose, and weighs as such, when it passes
    the prose test and at least this share of its words are stop words of one language (a
    mailing-list post, a press release or an RFC printed as plain text); a code listing is
    not. Set on the 81 `<pre>` blocks of the dev pages over 50
    characters (`signals.language.stop_word_share`): code listings hold at most 0.17
    (JavaScript), console sessions 0.25 (inside the story anyway), an RFC's prose pages
    0.36-0.45 (0.14-0.25 for its pages of HTTP examples); the gold paragraphs of scrapinghub
    and fundus-dev hold a median 0.43 in English, 0.40 in German, 0.28 in Polish."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelSettings(_Checked):
    """Typing the blocks of an HTML page (`html/label.py`)."""

    prose_max_link_density: Share = 0.35
    """Link density above which a block is not the story's prose (it may still be kept).
    Set on the scrapinghub dev pages: article paragraphs with inline links rarely pass 0.35."""

    link_list_density: Share = 0.6
    """Link density above which a short block inside the article is a link list, not text."""

    linked_item_min_words: int = 5
    """A partly-linked list item of at least this many words between the story's paragraphs
    is part of it (a post's list of fixed bugs), not a menu. Measured on the scrapinghub and
    readability dev pages (+0.04 F1 over seven pages)."""

    linked_item_min_own_chars: int = 3
    """A mostly linked list item (link density over `link_list_density`) between the
    story's paragraphs is part of it when at least this many of its characters lie outside
    its links ("Paper title by Author", "Link - a remark"); a menu's or a teaser list's items
    are linked whole. Set on half A of the four HTML dev sets (round 27): of such items'
    shingles, those with at least 3 own characters are in the gold 127 to 48 (dragnet 103 /
    15, readability 24 / 0, scrapinghub 0 / 20, fundus-dev 0 / 13); fully linked ones 198
    to 339."""

    kicker_slack_chars: int = 1
    """A mostly linked list item whose characters outside its links number its kicker's
    (the text up to the first colon or question mark and a space: "Newsblog: ...") give
    or take this many is a teaser, not the story's (a space a page adds around the link).
    Set by hand on half A's fundus-dev teasers (T-Online's kickers match to 0 or 1
    character); 2 took a paper's title for a kicker (dragnet B)."""

    subhead_max_words: int = 25
    """A subhead has at most this many words; longer "headings" are paragraphs styled big."""

    announce_min_words: int = 3
    """A kept line ending in a colon announces the list after it, which the story's end
    is not cut from (`label._tail_list_items`), when it has at least this many words
    ("Ingredients for 4 portions:", "Other posts in this series:"; not a spec sheet's
    field labels, "Battery Type:", "Average:"). `benchmarks/fit.py` on half A of the four
    HTML dev sets (round 33): 1 to 4 give the same F1 at four decimals (the lower-case
    word and the style run do most of the work), 6 loses dragnet's gains (A 0.9128 ->
    0.9125); 3 kept."""

    tail_sentence_min_words: int = 20
    """A paragraph or list item after the story's last prose paragraph with at least this
    many words is a sentence that lost its full stop ("... will present the new line of
    Lumia smartphones during the event"), not an unpunctuated fragment, and stays. Set on
    the blocks trimmed after the story on half A of the four HTML dev sets: from 20 words
    every such block is in the gold (2 blocks, 50 shingles); at 15 teaser headlines join
    (scrapinghub and fundus-dev, 72 shingles no gold holds)."""

    heading_max_words: int = 60
    """A heading (even an `<h1>`) of more words than this, with prose in it, on a page with
    no other body prose, is the story swallowed by a heading never closed. Headlines on
    the dev pages run to 30 words."""

    image_caption_max_words: int = 60
    """Longest text under an image taken for a caption when it carries a photo credit."""

    bare_caption_max_words: int = 30
    """Longest text right beside an image taken for its caption without a credit or caption
    markup, when it is no sentence and no link."""

    dek_heading_min_words: int = 10
    """A heading above the story's first paragraph with at least this many words is its dek
    (an <h2> under the headline), not a subhead. Set on fundus-dev half A: 8 to 10 give the
    same best standfirst and subhead F1; 6 adds a false dek on half B, 14 and more keep a
    dek-length heading as a subhead."""

    repeated_headline_min_words: int = 3
    """A heading above the story's first paragraph with at least this many words, half of
    them the headline's, says the headline again (removed as the title, not a subhead);
    a shorter one is a section label. Set on fundus-dev half A: 1 to 3 give the same best
    subhead F1, 4 and more keep a repeated headline as a subhead."""

    standfirst_min_words: int = 6
    """A standfirst (a dek under a "dek", "lead", "intro"... mark) has at least this many
    words: shorter text there is a kicker or a label. Deks of the fundus-dev pages run 9 to 60
    words."""

    standfirst_max_chars: int = 400
    """An element under a standfirst mark holding at most this many characters of prose
    sets a dek of several paragraphs apart (each is the dek, and the story starts after
    them); one holding more sets apart only a block holding all its prose (an "entry-summary"
    around the whole story). Set on fundus-dev half B, whose two such deks (Expressen,
    Aftonbladet) hold 107 and 142 characters of prose; half A has none, and 200 to 1,000
    give the same standfirst F1 on both halves (100 loses both). 400 is about the longest
    single dek of the set (60 words)."""

    caption_min_words: int = 3
    """Captions have at least this many words; shorter text in a caption slot is a media label
    ("Live", "Gallery", "Watch video")."""

    photo_intro_max_chars: int = 500
    """A story with at most this many characters of prose of its own, and less than its
    captions hold, is a photo post: its captions are its story. Searched on dragnet half A
    over 1 (no prose of its own), 500, 1000, 2000, 3000: 500 best (A 0.9089 -> 0.9115, B
    0.9143 -> 0.9169; 1000 and more also turn a page whose gold leaves the captions out);
    no page of the other sets changes at any value. An embedded 50-slide gallery in a full
    story stays captions."""

    figure_caption_min_words: int = 2
    """The caption of a picture's own <figcaption> has at least this many words: a person's
    or a place's name ("Peter Katjavivi", "Internatskolan Lundsberg.") captions a portrait or
    a view. Set on fundus-dev half A (2 names gained, no false caption; 1 on half B)."""

    credit_element_min_words: int = 2
    """A credit element's text that does not read as a credit is taken for the photo credit
    from this many words ("Photo by Handout/…/AFP via Getty Images"); a shorter one is a
    piece of the credit ("(", "Image:")."""

    small_mark_share: Share = 0.3
    """Largest share of the container's prose an element may hold for its caption, credit,
    byline or figure mark to count: a "caption" element holding much of the story is misnamed."""

    dedupe_min_words: int = 4
    """Blocks shorter than this (in words) are never taken for duplicates: table cells, labels
    and one-word lines repeat legitimately."""

    slot_label_min_repeats: int = 3
    """A short line printed this many times or more inside the story is an ad slot's label
    ("Article content", "Advertisement"; `label._without_slot_labels`). Set, not fitted:
    two copies may be a refrain or a caption printed twice; see docs/design.md, round 33."""

    slot_label_max_words: int = 3
    """Most words of an ad slot's label (`slot_label_min_repeats`): "Story continues
    below" has three; a repeated line of more words is writing (a refrain, a chorus)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AssembleSettings(_Checked):
    """Building the Article from typed blocks (`assemble.py`)."""

    listing_max_body_words: int = 60
    """A page whose body has fewer words than this, while it removed at least
    `listing_min_link_lists` link lists and kept no prose paragraph, is an index page."""

    short_body_words: int = 30
    """An article body shorter than this many words comes with a warning (near-empty: the
    article may be in a part of the page newsextract did not read)."""

    listing_min_link_lists: int = 10
    """See `listing_max_body_words`."""

    error_text_reach: int = 30
    """Blocks just above the body read for error text (a soft 404's message above the
    recommended stories the main content took for the page's: 1-4 blocks on those seen,
    under the site's menus)."""

    consent_min_words: int = 30
    """A consent wall holds at least this many words of consent text (a one-line "We use
    cookies. OK" banner over an empty page is no wall)."""

    consent_max_body_words: int = 40
    """... and keeps fewer words of other prose beside it than this and than
    `consent_body_share` of the consent text: a teaser sentence may stand beside the dialog,
    a news brief of 40 words is an article."""

    consent_body_share: Share = 0.5
    """See `consent_max_body_words`: a 25-word story beside a 48-word cookie banner is a
    story; a 25-word teaser beside a 100-word consent dialog is a wall."""

    dek_min_words: int = 6
    """The prose block right under the shown headline, outside the located story, is the
    standfirst from this many words (the dek of a headline set in an unmarked <h2>, its
    dek in a <div>; set by hand on fundus-dev half A, whose such deks have 17-43 words) ..."""

    dek_max_words: int = 80
    """... up to this many (longer, it is the story's first paragraph left out)."""

    dek_reach: int = 12
    """... and the story starts at most this many blocks under it (a byline, a date, the
    lead photo and its caption between them: 10 on the fundus-dev deks it finds). The
    three bounds serve the dek set apart over the byline too (`assemble._dek_over_byline`,
    round 25): the fundus-dev deks it finds have 11-31 words and the story's next
    paragraph within 10 blocks (a byline, dates, the lead photo, a summary box); not
    fitted again."""

    bold_lead_min_words: int = 10
    """The story's first paragraph set apart in bold is its dek from this many words (up to
    `dek_max_words`). Set on half A of the HTML dev sets: fundus-dev A's gold deks have 10
    words or more but one (3 words, which the page's description gives); the bold first
    lines under 10 words it would take on dragnet A are a blog post's opening line ("I
    cannot give what I do not have.")."""

    dek_headline_share: Share = 0.8
    """A block is the shown headline when its words are the title's, or one holds the other
    and the shorter has this share of the longer's characters (a kicker or site suffix)."""

    quote_block_budget: int = 3_000
    """Quotes and their speakers are looked for in this many blocks at most: speaker
    resolution costs ~150 us a block, no news story runs to thousands of paragraphs (the
    longest dev page has ~300 blocks), while a hostile 20 MB page has over 100,000."""

    quote_char_budget: int = 200_000
    """... and in this many characters of block text at most (the blocks before the one
    that crosses it): quote search costs up to ~4 us a character on text dense with short
    tokens ("(AFP) (AFP) ...", "Mr. Mr. ..."), so 1 MB of it took 3.7 s. The longest dev
    story has ~60,000 characters."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PartsSettings(_Checked):
    """The page's parts beside its blocks: images, live-blog entries, teasers (html/parts.py)
    and when they make a live blog, a listing or a video/audio page (assemble.py)."""

    image_min_pixels: int = 50
    """An image declared narrower or lower than this is an icon, a spacer or a tracking
    pixel, not a picture of the story (icons are drawn at 16-48 px)."""

    live_min_entries: int = 3
    """Timestamped entry containers needed before a page can be a live blog."""

    live_min_share: Share = 0.5
    """Markup entries make a live blog only when they hold this share of the body's words
    (a comment thread or a timeline box holds less)."""

    teaser_min_link_density: Share = 0.8
    """A heading is a teaser headline when this share of its text is a link."""

    listing_min_teasers: int = 5
    """A section front shows at least this many linked headlines in its main content."""

    listing_max_paragraphs_per_teaser: float = 1.5
    """...and at most this many prose paragraphs per linked headline (one blurb each; an
    article with a box of related headlines has many paragraphs per headline)."""

    listing_max_prose_outside: int = 2
    """...and at most this many prose paragraphs before its first linked headline or after
    its last (a blurb on either side); an article with a box of headlines below or above
    it has its whole story there. Not fitted: no dev page is a section front with teasers."""

    media_max_body_words: int = 150
    """A video or audio page shows fewer body words than this beside its player (a clip and
    its blurb); with more it is an article about the media. On the dev pages, blog posts
    embedding a video hold 150-500 words, video pages' blurbs 0-120."""

    media_transcript_heading_words: int = 4
    """A heading of at most this many words naming a transcript ("Transcript", "Read the
    full transcript") opens one: a media page showing it is a media page whatever its length
    (the transcript is its body). Not fitted: no dev page shows a transcript."""

    media_max_paragraphs: int = 1
    """With no structured data saying the page is about a video or an audio, a player makes
    one only beside at most this many prose paragraphs (a blurb, not a short article)."""

    pagination_max_chars: int = 30
    """Anchors longer than this are not read as pagination ("Next page »", "Seite 2"): the
    longest such phrase is 21 characters; longer texts are headlines."""


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteSettings(_Checked):
    """Quotations and their speakers (`quotes/`): what counts as a quote, how far attribution
    reads. Where a number was read off data, it is the quotes of the structure gold (the seed
    and ten scrapinghub pages: 89 quotes, 88 with a speaker); the bounds only cap hostile
    input."""

    min_words: int = 3
    """Quoted words shorter than this are scare quotes ("profound doubt"), not quotations:
    the structure gold annotates quotations of three words or more."""

    max_heading_words: int = 10
    """A paragraph or list item of at most this many words ending with an unpunctuated quote
    is an untyped heading or caption. The quoted crossheads and video titles of the gold pages
    have 2 to 9 words."""

    heading_tail_chars: int = 3
    """Characters (spaces) allowed after the closing mark of such a quoted heading."""

    title_small_word: int = 3
    """Title Case leaves words this short in lowercase ("The Medium is the Message"); a longer
    lowercase word makes quoted words speech, not a title."""

    abbreviation_chars: int = 12
    """Characters read back from a full stop for the word it ends, to tell "Sen." from the
    end of a sentence: more than the longest abbreviation of `data.speech`, and a bound that
    keeps the search linear."""

    max_subject_tokens: int = 8
    """The longest noun phrase read as a speaker ("JPL scientist and study co-author X" is
    6)."""

    leading_chars: int = 200
    """How far back from a speech verb its clause is read to tell "…, said X" from "X said";
    also how far back from a quote an aside opened before it ("(see ‘…’)") is sought, which
    takes no attribution ending its sentence (a bound: the aside seen opens 5 characters
    before its quote)."""

    colon_reach_chars: int = 200
    """How far back from a colon right before a quote the person introducing it is sought
    ("Kriminologin Bärbel Bongartz vom Zentrum für Radikalisierungsforschung und Prävention
    in Deutschland, liefert eine Erklärung:", 125 characters); it bounds the search when
    one sentence holds many quotes. Set on fundus-dev half A (round 30): the farthest right
    one is 150 characters before its colon (Özgür Özvatan, past his appositive; 130 loses
    it), a wrong one 250 ("la Asociación Vecinal Pradera-Tercio Terol se mantendrá ... del
    barrio:", an organisation read as a name) falls outside."""

    max_name_tokens: int = 4
    """A full name keeps at most this many words ("Kathleen Hawk Sawyer"); longer capitalized
    runs carry a title or an organisation in front, and a dash signature longer than this is
    not a name."""

    description_before: int = 4
    """Words before a person's name kept as its description, to match "the foreign minister"
    later. Covers the role phrases of the gold pages ("his Russian counterpart")."""

    description_after: int = 8
    """Words of a name's appositive kept as its description ("X, a former official,")."""

    min_compound_part: int = 5
    """A role word this long may match the end of a compound in a description ("kanzlerin" in
    "Bundeskanzlerin"); shorter ones ("chef") match too many unrelated words."""

    max_names_per_surname: int = 20
    """Full names kept per surname: a bound that keeps hostile input linear; real stories stay
    far below it."""

    max_mentions_searched: int = 300
    """Mentions searched back for the person a pronoun or a role phrase stands for: a bound
    that keeps hostile input linear; real stories stay far below it."""

    recent_persons: int = 8
    """People remembered as possible antecedents of a pronoun, latest last."""

    antecedent_sentences: int = 3
    """Sentences read back from a pronoun (its own included) for the person it stands for;
    past them, the last person who spoke. Three covers "X did this. Y did that. “…,” she
    said." and keeps a person named in passing paragraphs earlier from taking the quote.
    Sentences whose subject is a pronoun ("he emailed Gaiman") are not counted."""

    max_antecedent_sentences: int = 12
    """Sentences read back from a pronoun at most, those whose subject is a pronoun
    included: a bound on the search."""

    max_sentence_tokens_read: int = 60
    """Words of a sentence read for a pronoun leading one of its clauses or an unnamed role
    it introduces ("a doctor"): real sentences hold them in their first clauses; the bound
    keeps a giant run-on sentence from being read again at every pronoun."""


@dataclass(frozen=True, slots=True, kw_only=True)
class MetadataSettings(_Checked):
    """Metadata (`metadata/`): where on the page titles, bylines and dates are looked for."""

    near_title_elements: int = 12
    """Short text elements after the headline searched for a byline or a date line: bylines
    sit within the first few elements under the headline on the readability and scrapinghub
    dev pages. In plain text, the lines from the headline read for a date when the byline
    has none beside it."""

    max_near_title_scan: int = 60
    """Elements after the headline looked at, with text or not (share buttons and icons have
    none): a bound on the walk, far above what the dev pages need."""

    max_near_title_chars: int = 200
    """Elements longer than this after the headline are body text, not bylines."""

    max_marked_wrapper_elements: int = 30
    """A wrapper of the headline marked as related, a widget or a sidebar by its class or id
    alone, holding more elements than this, is the page's layout and does not set the
    headline apart (`metadata.story._small_if_hinted`). On the four HTML dev sets' half A
    the wrappers so marked that hold a headline in a widget or list hold at most 7 elements,
    those holding the whole story (Blogger's `div.widget.Blog`, Next.js's `div#__next`)
    at least 35."""

    max_small_container: int = 8
    """An element after the headline with more descendants than this, blocks among them, is
    a container whose text is not read whole (date and byline boxes have a handful)."""

    scope_levels: int = 3
    """Without an <article> or <main>, bylines are looked for this many levels above the
    headline: byline and headline share a header wrapper at most three levels up on the dev
    pages."""

    max_candidate_elements: int = 50
    """<time> and byline-like elements checked at most (each climbs to <body>): real pages
    have a handful, hostile ones thousands."""

    max_text_lines: int = 200
    """Plain-text input: lines from the headline read for a byline."""

    bare_byline_reach: int = 3
    """Plain-text input without a byline: bare names on one of this many lines right under
    the headline are its authors ..."""

    bare_byline_head_reach: int = 8
    """... or on one of this many above the story's first paragraph (a dek, a photo's
    caption and credit, a share bar may sit between the headline and the names). Set on
    fundus-dev's text twins with the byline broken at its links joined again
    (`metadata.authors.rejoined_bylines`), author F1 per style (html_text, bs_newline,
    innertext, wrap80, Markdown), half A: 0.607/0.519/0.573/0.616/0.563 (3) -> 0.626/0.532/
    0.579/0.626/0.583 (8); half B: 0.598/0.566/0.558/0.585/0.520 -> 0.655/0.649/0.617/0.642/
    0.596. Any line within 8 of the headline (below the story's start too) named widget
    labels on the older sets' twins ("City Guide", "RSS Feed": dragnet html_text, 49 more
    names of which 37 are not in the gold body's head, against 25 and 21 with this bound). ..."""

    bare_byline_max_words: int = 4
    """... when the line has 2 to this many words (a slash or a bar between names is no
    word), all capitalised, all of them names. 3 -> 4 with the bar read as a separator
    ("Julia Vergin | Clare Roth"): fundus-dev half A, author F1 html_text 0.567 -> 0.587,
    innertext 0.549 -> 0.569; half B unchanged; 6 found no more."""

    date_lines_around_byline: int = 3
    """Plain-text input: how far from the byline a date line may sit (bylines and date lines
    are adjacent in the scrapinghub-text dumps, or one line apart around a handle)."""

    min_head_share: Share = 0.4
    """A title agreeing with a longer one must hold at least this share of its characters
    ("Title" vs "Title | Some Site"); below it the shorter one is a kicker or a section."""

    max_h1: int = 3
    """Only the first few <h1> are headline candidates (the rest are widgets on the dev
    pages)."""

    max_h2: int = 20
    """When no <h1> shows the headline, this many <h2> are tried (enough for a page
    header)."""

    max_crumb_climb: int = 3
    """An <h1> is its breadcrumb trail's last item (`metadata.title.displayed_title`) when it
    or one of this many ancestors is named a breadcrumb (its list item, the trail's list or
    `<nav>`), and the nearest of its this many ancestors holding links has them all before
    it (`metadata.title._ends_trail`: a banner named "breadcrumb-area" shows its <h1>
    above the trail). On the 23 fundus-dev pages whose <h1> sits in a trail, the nearest
    element so named is at most 3 levels up. Fitted on half A with `benchmarks/fit.py
    metadata.max_crumb_climb=0,1,2,4,6 --score title --sets fundus-dev`: title match rate
    A 0.915 (0, 1), 0.930 (2), 0.944 (3, 4, 6); B 0.911 at every value."""

    max_segment_headings: int = 20
    """When no <h1> or <h2> shows the headline whole, this many <h1> to <h4> are tried for
    one showing it but for the blog's name (`metadata.title._title_segment_heading`): a
    Blogger post's <h3> comes after the blog's header, its date heading and some sidebar
    headings. Set on dragnet half A, where the post's heading is at most the 15th."""

    max_title_chars: int = 300
    """An <h1> longer than this is not a headline."""

    max_date_headings: int = 40
    """At most this many <h2> to <h6> of a page are read for its one date heading
    (`metadata.story.StoryHead.date_heading`): a blog post's page whose title heading was
    not found (the `<h1>` names the blog) prints its date as a heading between the blog's
    header and the post. Set on dragnet half A, where that heading is at most the 12th."""

    max_date_elements: int = 40
    """At most this many elements named like a date box ("post-date", "posted-on",
    "entry-meta": `data.meta_words.DATE_HINTS`) are read for the page's date when nothing
    else dates it (`metadata.story.StoryHead.date_elements`): a bound on the walk. On the
    101 dev pages it dates (dragnet, readability, scrapinghub) the dating element is the
    first such on 79, at most the third on all but one, the 36th after a blog network's
    list of "1 hour ago in ..." lines."""

    max_site_words: int = 4
    """A title segment of at most this many words may name the site by containment
    ("Guardian" in "The Guardian"); longer segments must equal the site name."""

    min_site_segment_chars: int = 4
    """... and at least this many characters: a shorter segment ("BBC", "the") names the
    site only when it equals one of its names."""

    max_raw_chars: int = 500
    """Provenance keeps at most this much of a raw string."""

    shown_description_overlap: Share = 0.8
    """The page's description is its standfirst only when a block of the page says the same
    (token-bag F1 at least this, the fundus-dev standfirst rule); on fundus-dev the 21
    descriptions the page never shows were never its dek, and the 6 shown as the lead
    photo's caption were one once."""

    max_ld_depth: int = 4
    """JSON-LD is searched this deep through lists, @graph and mainEntity."""

    max_tags: int = 30
    """Tags and keywords kept, at most (some pages list hundreds of SEO keywords)."""

    max_tag_chars: int = 60
    """A longer keyword is a sentence, not a tag."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BylineSettings(_Checked):
    """Bylines (`signals/byline.py`): which short lines name the authors, and how."""

    max_chars: int = 160
    """A byline longer than this is prose: the longest real bylines in the readability and
    scrapinghub dev pages, with roles and dates, are under 120 characters."""

    min_name_words: int = 2
    """A person's name has at least this many words besides particles: a given name and a
    family name (a single word is as often a brand or a label)."""

    max_name_words: int = 4
    """A person's name has at most this many words besides particles ("Eleanor Ainge
    Roy")."""

    max_name_chars: int = 60
    """A person's name is at most this long."""

    max_outlet_words: int = 4
    """An agency or site name trailing a byline name has at most this many words."""

    min_site_key: int = 4
    """Site names shorter than this are not looked for at the start of a byline's tail."""

    max_role_words: int = 6
    """A role or desk in a byline ("Senior Political Correspondent") has at most this many
    words."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthorSettings(_Checked):
    """Authors of the article (`metadata/authors.py`): where bylines and biographies are read
    among the labelled blocks when the page's metadata names nobody."""

    byline_reach_before: int = 8
    """Blocks before the article's first block where its bylines may sit."""

    byline_reach_after: int = 2
    """Blocks after the article's last block where its bylines may sit: further away, "By
    ..." lines belong to teasers."""

    bio_reach: int = 3
    """Paragraphs at the end of the story searched for its authors' biographies and the
    links to them (an author box: a bio, then "You can email X here")."""

    max_author_link_chars: int = 200
    """A paragraph naming the author with "email"/"follow" is an author-box link when at most
    this long (the Gateway Pundit's is 75 characters); longer, it is story."""

    opening_byline_blocks: int = 4
    """Blocks at the story's start where a paragraph holding only names is its byline set as
    body text (Lesotho Times, Ilanga: the first paragraph, or the third after a two-line
    dek)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DateSettings(_Checked):
    """Dates (`signals/dates.py`, `metadata/dates.py`): what a date line is, which dates are
    real, and when sources disagree."""

    max_line_chars: int = 160
    """A date line longer than this is prose (the byline bound: date lines are shorter than
    bylines on the dev pages)."""

    max_dateline_tokens: int = 16
    """Date lines are short: "Published 3:04 PM ET, Tue November 19, 2019" has 9 tokens."""

    max_words_before_date: int = 1
    """A date line may hold this many small lowercase words before its date besides date
    words and roles ("Von Hans Müller, erschienen am", "By Jane Doe, staff writer, on");
    more, and the date ends a sentence: a caption ("Soldiers near Bakhmut on the front, 24
    April 2023"), not the article's date line."""

    max_words_after_glued_date: int = 2
    """A headline line may end in a date line the dump glued to it ("Ancient understanding of
    tides by John on July 15, 2012") with this many words after the date besides times, zones
    and date words ("… on November 1, 2012 in 30 days", a category); more, and the date sits
    inside the headline's sentence. Set on the dragnet text twins (half A: the glued date
    lines end with at most 2 such words)."""

    min_year: int = 1990
    """Dates before this year are placeholders ("0000-00-00", "1970-01-01" epochs), not
    news."""

    short_year_lead: int = 16
    """A two-digit year ("03.11.97") is in the 1900s when the 2000s would put it more than
    this many years after the latest year the page tells (its copyright notices, its
    address's /2012/11/): notices go stale, so that year is no ceiling by itself. Fitted
    on the dragnet, scrapinghub and readability pages of hash-half A dated by the base
    (round 38): 74 of A's 880 pages with a told year are dated later than it, by at most
    16 years (a "© 1996" footer on 2012 posts); half B: 62 pages, at most 16."""

    tolerance: timedelta = timedelta(days=1)
    """A published date may exceed the earliest other source's date by this much (time
    zones); a later one is a re-publication stamp or a date from another article."""

    max_foreign_chars: int = 60
    """Texts sent to dateparser are at most this long ..."""

    min_foreign_numbers: int = 2
    """... hold a year and a day number (at least this many numbers) ..."""

    max_foreign_words: int = 4
    """... and at most this many words: a date written in a language our month tables lack,
    not a sentence that mentions a year."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageSettings(_Checked):
    """The language of a text when markup does not say (`signals/language.py`), for the
    metadata and for the text path's stop words."""

    sample_chars: int = 5000
    """Characters of text read to guess the language (an HTML page's paragraphs, a text
    dump's lines). Swept from 3,000 to 30,000 on the 1,230 dev pages whose markup declares a
    language (the guess from their paragraphs against the declaration) and on the
    scrapinghub-text dumps (the language the text path gets): from 4,000 on, the guesses
    agree best (1,199 right, 9 wrong, 22 none) and the text path gets every dump's language;
    longer samples change nothing but cost time (the guess reads every word)."""

    address_reach: int = 2
    """When the text holds web addresses, they are left out of the sample, read from up to
    this many times `sample_chars` characters. Swept 1, 2, 4, 8 on the Markdown twins (whose
    first 5,000 characters are mostly link targets): pages without a guess, dragnet 88, 60,
    61, 61 of 1,381 (html_text: 9), fundus-dev 36, 27, 26, 26 of 127, scrapinghub 19, 13,
    12, 12 of 181; 2 reads half the text 4 does."""

    min_hits: int = 5
    """The winning language has at least this many stop-word hits ..."""

    min_word_share: Share = 0.08
    """... making at least this share of the sample's words: English pages on
    scrapinghub-text have 0.13 and more, pages in languages without a list 0.04 and less.
    Requiring instead that the winner hold 0.4 of all hits (the way a list without shared
    words was read) leaves 39 of those 1,230 pages without a guess instead of 22."""

    min_script_share: Share = 0.5
    """A script gives its language away when it writes at least this share of the letters."""

    min_kana_share: Share = 0.1
    """Kana making at least this share of the letters make a text Japanese, even amid a
    majority of kanji (which Chinese shares)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DecodeSettings(_Checked):
    """Bytes to text (`input/decode.py`, `binary.py`, `charset.py`) and the HTML-or-text
    guess (`input/sniff.py`). None of these numbers is a user limit: those are `Options`."""

    meta_prescan_bytes: int = 4096
    """Bytes at the start of the input searched for a `<meta>` charset or an XML declaration.
    Browsers read 1024; pages with long comments or scripts in their `<head>` put it
    further. On the dev pages 1,661 of 1,689 declarations lie within 4 KB; the 28 later ones
    (up to 91 KB in) are on UTF-8 pages, which decode right without them."""

    sniff_sample_bytes: int = 4096
    """Bytes sampled for the NUL-pattern (UTF-16/32) and control-byte (binary) checks:
    enough for a stable ratio, cheap on multi-megabyte input."""

    detect_sample_bytes: int = 65_536
    """Bytes handed to the charset detector, from 1 KB before the first non-ASCII byte:
    detectors are slow on megabytes, and 64 KB gave the same guess as the whole page on
    every dev page re-encoded in a legacy charset (docs/design.md)."""

    binary_min_controls: int = 4
    """Fewer control bytes than this in the sample never make binary (a page with a stray
    NUL is still a page)."""

    binary_min_control_kinds: int = 3
    """Distinct control bytes that make binary: random or compressed data shows ~28 in a
    4 KB sample, text stuffed with NULs shows 1."""

    binary_control_ratio: Share = 0.05
    """Share of C0 control bytes (other than tab, newlines, form feed and ESC) above which
    the input is binary. Random or compressed data has ~11%; text in any ASCII-compatible
    charset ~0."""

    text_junk_ratio: Share = 0.1
    """Share of control and replacement characters above which `str` input is binary data a
    caller decoded as text (a gzip body read as UTF-8 with replacement); text with a few
    broken characters has well under 1%."""

    weak_magic_nul_window: int = 64
    """A two-letter magic number that text may start with ("MZ", "BM") means binary only
    when a NUL byte follows within this many bytes (real headers have several)."""

    utf16_nul_ratio: Share = 0.4
    """Share of NUL bytes at the odd (or even) positions that marks UTF-16 (or UTF-32)
    without a BOM: markup and Latin-script text are mostly ASCII, whose high bytes are NUL.
    The opposite positions must stay under a quarter of it."""

    sniff_kind_chars: int = 65_536
    """Characters of decoded text read to tell HTML from plain text."""

    html_tag_density: Share = 1 / 1000
    """Known HTML tags per character above which text is markup. Set by hand: news pages
    carry 1 tag per 50-150 characters, even text-heavy ones more than 1 per 500; scraped
    text quoting a tag has far fewer than 1 per 1000."""

    html_min_tags: int = 2
    """Fewer known tags than this is never markup (a text mentioning "<p>" once)."""

    bomb_ratio: int = 20
    """Compression ratio over which inflated output is a decompression bomb (past
    `bomb_floor_bytes`). The dev pages compress 2-11 times with zlib's default level (4.3
    on median); bombs 100-1,000 times."""

    bomb_floor_bytes: int = 512_000
    """Inflated bytes always allowed, whatever the ratio, and all a bomb keeps: a small
    gzip page may compress well, and this much hostile markup stays within the time bound
    of 2 s (docs/guarantees.md)."""

    max_layers: int = 4
    """Compressed layers opened (gzip in gzip...); one or two occur in the wild."""

    inflate_step_bytes: int = 1 << 20
    """Output inflated between two checks of the bounds."""

    misread_max_share: Share = 0.25
    """Share of mojibake-shaped text (`input/misread.py`) above which a declared charset's
    reading is doubted and other readings are compared with it. Of the 1,749 dev pages read
    right, 1,741 score 0 and the highest 0.15 (a page holding mojibake of its own, "nÃ£o");
    none of them re-encoded in its language's legacy charset and so declared is doubted.
    Text read in a wrong charset scores 0.4-1.0 (tests/test_decode.py)."""

    misread_sample_chars: int = 20_000
    """Characters measured for mojibake, from the first non-ASCII one."""

    misread_min_chars: int = 40
    """Characters in non-ASCII words (or Han characters) a sample needs before it is
    measured: one odd name on an English page says nothing."""

    misread_min_cased: int = 100
    """Non-ASCII letters a sample needs before its share of uppercase is read (a German
    headline in capitals holds a few uppercase umlauts)."""

    misread_max_upper: Share = 0.5
    """Share of uppercase among non-ASCII letters above which the text is mojibake: prose
    in any cased script is mostly lowercase; KOI8-R and windows-1251 read as each other swap
    the cases."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParseSettings(_Checked):
    """The safe parse (`input/safeparse.py`): what the pre-pass bounds before libxml2 reads
    the markup, beyond the user limits of `Options` (attributes, nodes, depth)."""

    swallowing_share: Share = 0.5
    """An element whose content is never text (`noscript`, `svg`, `select`...) holding more
    than this share of the page's text, paragraphs or headings among it, was left open and
    swallowed the story; its tags are taken out and the page parsed again."""

    flatten_depth: int = 200
    """Depth past which container tags are dropped when a page is too deep for libxml2
    (whose limit is 256). The pre-pass does not see implied elements (html, body, tbody)
    and keeps p and h1-h6 past the depth, so it stays well under 256."""

    huge_tree_chars: int = 2_000_000
    """Markup longer than this is parsed with libxml2's `huge_tree`: at four UTF-8 bytes per
    character at worst, shorter markup stays under libxml2's 10,000,000-byte buffer limit;
    over it, text runs or scripts of ~50,000 characters made libxml2 stop (measured on a
    12 MB page)."""

    max_data_uri_chars: int = 4096
    """`data:` URIs longer than this are emptied: inline images or fonts, never text, and
    megabyte ones made other extractors lose the article. Real inline icons are < 4 KB."""

    max_attribute_name_chars: int = 1000
    """Attribute names longer than this are junk and dropped: libxml2 refuses names over
    50,000 bytes, and real names are a few words long."""

    sentence_chars: int = 50
    """Text a paragraph or heading must open with (before the next tag) to be kept past
    `Options.max_nodes`: a short sentence of eight words or so, longer than menu items and
    link labels."""

    end_tag_search: int = 8
    """When flattening, an end tag is matched against this many innermost open elements
    only, which keeps the pass linear; a stray end tag deeper than that is left for
    libxml2 to resolve."""

    sibling_close_search: int = 3
    """When flattening, a new `li`, `p`, `td`... closes an open element of its name found
    within this many innermost levels (`<li><p><a>` before the next `<li>`), so that the
    depth counted follows the implied end tags; further down it is left open, which costs
    depth, never text."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CreditSettings(_Checked):
    """Photo credits, credit lines and agencies (`signals/credits.py`). Set on the captions and
    credit lines of the structure gold, with headroom."""

    max_credit_words: int = 10
    """A caption credit or photo-credit line is short; longer text is caption prose (the
    longest gold credit has 5 words, "New York State Sex Offender Registry via AP" 8). 11 of
    the 217 fundus-dev gold credits are longer (11-12 words, on 4 pages: a photo shoot's
    "Styling: ... Haare: ... Make-up: ...", "UN Photo / ICJ-CIJ / ... Courtesy of the ICJ")."""

    max_credit_chars: int = 120
    """... and at most this many characters (the longest structure-gold credit has 43, the
    longest fundus-dev gold credit 96)."""

    max_name_credit_words: int = 4
    """A capitalized name in brackets after a caption's last sentence is its credit up to
    this many words ("(Christie's)", "(Edu Luque)"; fundus-dev half A)."""

    max_line_words: int = 30
    """Credit lines ("Reporting by A and B; Editing by C and D") stay under this many words."""

    max_line_chars: int = 300
    """... and this many characters."""

    tail_blocks: int = 4
    """Body blocks at the end of the story searched for credit lines: the gold pages end with
    at most three credit or contributor lines after the last paragraph."""

    dateline_chars: int = 80
    """A dateline ("NEW YORK, Nov 19 (Reuters) -") opens the first paragraph within this many
    characters (room for a place and a date)."""

    dateline_words: int = 6
    """... and this many words of place and date ("RIO DE JANEIRO, Nov. 19" is five)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class FallbackSettings(_Checked):
    """The readability-lxml fallback (`html/fallback.py`)."""

    readability_max_chars: int = 1_000_000
    """Longest markup handed to readability-lxml: past it its cost outgrows the time bounds
    of docs/guarantees.md, and such pages are not stubs anyway."""

    readability_max_tags: int = 30_000
    """Most tags (counted as "<") in markup handed to readability-lxml, which spends ~9 us
    of Python per tag (~0.3 s here): 200,000 `<br>` in 800 KB cost it 1.8 s. The dev pages
    have at most 20,600."""

    embedded_ratio: float = 2.0
    """An embedded body (JSON-LD `articleBody`, app state) replaces the located one when it
    holds this many times the located prose characters or more."""

    embedded_min_chars: int = 300
    """... and at least this many characters (a teaser's `articleBody` changes nothing); also
    the shortest script read as app state."""

    app_state_max_chars: int = 1_500
    """App state (large JSON, slower to read) is searched only when the located body holds
    fewer prose characters than this."""

    readability_below_chars: int = 300
    """readability-lxml is asked when the located body holds fewer prose characters than
    this: there the one prose block the scorer found is as often a site blurb, a copyright
    line or a sidebar "about me" as a short post. Searched on the HTML dev sets with
    `benchmarks/fit.py` (1 = only pages without prose, 150, 200, 250, 300, 350, 400, 450):
    300 is best on the A halves (dragnet A 0.8949 -> 0.8974, B 0.9001 -> 0.9090; 35 dragnet
    pages change, 13 for the worse); from 450 scrapinghub B loses 0.005."""

    sidebar_choice_share: Share = 0.5
    """readability-lxml's choice is a sidebar, and locate's own body stays, when more than
    this share of its text lies under a sidebar or comment-thread name locate trusts while
    locate's blocks sit in an element named the article body (`fallback._a_sidebar`). Set,
    not fitted (most of the choice): the pages it changes have 0.93-1.0 there (dragnet R183
    and R727 in the reshaping probe's `split`, T127 and R631 as they are)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplateSettings(_Checked):
    """Learning a site's template from many pages (`template.py`)."""

    min_template_pages: int = 2
    """A line is never learned from fewer distinct pages than this: one page proves nothing."""

    duplicate_prose_share: Share = 0.5
    """A page whose story prose is more than this share made of lines found on other pages is
    a version of a story seen there. On the dev pages that share an outlet (55 scrapinghub
    pairs, readability), chrome inside the located HTML article (a site blurb, a press-release
    footer) was at most 28% of a story's prose, and no HTML pair was merged."""

    duplicate_min_chars: int = 400
    """... and those shared lines hold at least this many characters (about three sentences),
    so a page whose only prose is a site blurb (a photo gallery) merges nothing."""


@dataclass(frozen=True, slots=True, kw_only=True)
class JsonSettings(_Checked):
    """Bounds on JSON read from pages (`input/jsondata.py`): JSON-LD and embedded app state."""

    max_chars: int = 5_000_000
    """Longest JSON text parsed. The largest JSON-LD block on the dev pages is ~840 KB and the
    largest embedded app state (`__NEXT_DATA__`) ~350 KB; past this size a blob is not worth
    its parse time."""

    max_depth: int = 200
    """Deepest nesting parsed (`json.loads` recurses per level; 100,000 levels crash it). On
    the dev pages JSON-LD nests at most 7 levels deep, embedded app states 22."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TextSettings(_Checked):
    """Text mode (`text/`): the lines of a plain-text dump, their classes and weights, the
    article run among them, and the headline, standfirst, subheads and captions around it.

    Weights are in characters of prose. Unless said otherwise, numbers were set on
    scrapinghub-text (whole-page html_text dumps of the scrapinghub dev pages).
    """

    prose_min_stop_share: Share = 0.15
    """A prose line holds at least this share of stop words of the page's language (when it
    is known). English paragraphs sit at 0.3-0.5, menus and tag lists near 0; F1 is flat for
    thresholds between 0.08 and 0.18."""

    short_sentence_min_words: int = 4
    """A short sentence ("A spokeswoman declined to comment.") has at least this many words."""

    run_on_min_words: int = 120
    """A line of at least this many words ..."""

    run_on_words_per_stop: int = 120
    """... with fewer than one sentence-final mark per this many words ...
    In the gold of the four dev sets, no paragraph of 80 words or more has more than 117
    words per mark (dragnet; 95 elsewhere)."""

    run_on_min_capital_share: Share = 0.4
    """... and this share of its words capitalised is a list, not prose: titles or options
    glued into one line (a dropdown). Notes written without full stops are in lower case
    (dragnet html_text half A: 0.4 keeps a page of such notes that the rule without it
    lost, 0.955 -> 0.428)."""

    heading_line_max_words: int = 20
    """Heading-shaped lines (headline, subheads, link titles) have at most this many words."""

    subhead_max_words: int = 17
    """A subhead has at most this many words: a longer heading-shaped line between
    paragraphs is a teaser's headline ("Galaxy Z Fold5 im Test: Samsung bessert an wichtigen
    Stellen nach, während die Kamera warten muss von Benjamin Otterstein"). Set on
    fundus-dev's html_text twin, half A: subheads F1 0.776 at 14, 0.778 at 15, 0.781 at 16
    (one gold subhead lost), 0.780 at 17, 0.776 at 20 (`heading_line_max_words`)."""

    subhead_min_words: int = 2
    """A subhead has at least this many words ("'Parallel universe'"); a lone word between
    paragraphs is a label or a site name, unless it is shaped as a subhead between two
    paragraphs (`text.label._lone_word_subhead`: "Coronapandemie")."""

    subhead_min_section_chars: int = 120
    """... and the body text under it, up to the next heading-like line, holds at least this
    many characters: a teaser's headline heads a sentence or two and the next teaser, a
    widget's label nothing. Set on fundus-dev's text twins (half A): real sections hold 300
    characters and more in 95% of cases; the subheads' F1 goes from 0.45 to 0.50 (html_text
    twin) and is flat between 100 and 200."""

    subhead_lookbehind: int = 3
    """Lines above a subhead (chrome not counted) among which the body line it follows must
    come, the lines between being labels the page prints more than once ("Article content",
    "Reklama"). Set on fundus-dev's html_text twin, half A (1, 2, 3, 4, 6 tried): subheads
    F1 0.591 at 1 (no label looked through), 0.605 at 2, 0.606 at 3, flat above (0.614 at
    3 with repeated labels kept out of the subheads, 0.611 at 2, 0.613 at 4)."""

    subhead_lookahead: int = 2
    """Lines below a subhead among which the section's first body line must come (a subhead
    may be followed by its photo's caption)."""

    question_heading_max_words: int = 10
    """A question this short, alone on its line between paragraphs, is a subhead."""

    interview_min_questions: int = 2
    """Question lines answered by a quotation (the next line opens with a quotation mark)
    that make the run an interview, its questions paragraphs (`text.label.
    _interview_questions`). Set on fundus-dev's html_text twin, half A: subheads F1 0.764 at 1
    and 2, 0.760 at 3; BeautifulSoup twin 0.579, 0.578, 0.575. 2 because a story's lone
    question subhead may head a paragraph opening with a quotation (Berliner Morgenpost)."""

    sign_up_reach: int = 2
    """Lines below a heading-shaped line (chrome too) among which a sign-up box's wording
    (`data.textcues.SIGN_UP`) makes it the box's title, not a subhead
    (`text.label._over_a_sign_up`). Set on fundus-dev's html_text twin, half A: subheads F1
    0.775 at 2, 0.772 at 3 and 4, 0.771 at 6 (a real subhead over a short paragraph and then
    a newsletter box)."""

    bio_name_max_words: int = 4
    """A writer's biography standing alone at the run's end under a line naming them
    ("Carlee" / "Carlee Kelson is a professional chef ...", `text.run._bio_under_name`)
    names them in at most this many capitalized words before its verb, the line above in
    as many or fewer: a subhead over a story's last paragraph is longer or opens no
    biography. Set, not fitted, on half A of dragnet's html_text twin (round 38): the four
    bios found under their names hold one or two words; 4 admits a middle name ("Mary Ann
    Van Dyke" under "Mary"). A lowercase particle the line above does not hold ends the
    name ("Mary" over "Mary Ann de Vries is ..." is no bio's name); one it holds is read
    ("Mary Ann de Vries" over the same)."""

    heading_run_max: int = 3
    """Of at most this many heading-shaped lines in a row between two paragraphs, only the
    lowest is a subhead (`text.label._over_a_heading`: the ones above are teasers, captions
    without a credit, kickers). Set on fundus-dev's html_text twin, half A (2, 3, 4 tried):
    subheads F1 0.728 at 2, 0.733 at 3 and 4 (0.714 without the rule)."""

    fragment_max_words: int = 3
    """Lines of at most this many words are fragments (menu items, labels) unless they end a
    sentence."""

    chrome_cue_max_words: int = 25
    """Comment-thread, "More ..." and share-widget cues apply to lines of at most this many
    words (the wording of `signals/boilerplate.py` has its own limit)."""

    chrome_cue_max_chars: int = 200
    """... and of at most this many characters: the cues are short, and the bound keeps
    hostile lines cheap."""

    code_min_tokens: int = 3
    """A line holding this many code tokens ("function(", "var x =", "document.", "});",
    "color: red;") ..."""

    code_min_symbol_share: Share = 0.05
    """... and code punctuation ({}();=<>[]) in at least this share of its characters is
    script or style code a dumper kept, not text (prose has a comma or two per sentence)."""

    more_header_max_words: int = 5
    """A "More ..." header ("More from Money", "Mehr aus Berlin") has at most this many
    words."""

    cookie_min_mentions: int = 2
    """A line naming cookies this many times ..."""

    cookie_line_max_words: int = 150
    """... in at most this many words is a consent dialog."""

    byline_line_max_words: int = 16
    """Bylines and datelines have at most this many words; longer lines are not parsed for
    them."""

    credit_reach: int = 3
    """A credit line ("(Reporting by ...)", "(FRANCE 24 with AFP)") may trail the article run
    by this many lines."""

    wall_min_total: int = 300
    """After a comment-thread opener (a wall) that ends a run weighing this much, lines weigh
    `after_wall_factor` as much: readers' comments can outweigh a short story, and they come
    after it."""

    after_wall_factor: float = 0.3
    """See `wall_min_total`."""

    thread_post_min_share: Share = 0.1
    """With no headline anchor (no <title> line: innerText and Markdown dumps), when the
    run lies beyond a comment wall, the best run above the first wall is the story when it
    holds prose and weighs at least this share of the run beyond (a post outweighed by its
    readers' comments; a "1 Comment" link between a story's byline and its text has only a
    promotion or a breadcrumb above it, 0.01-0.05 of the story below). Set on dragnet's
    text twins, half A (round 24): among the pages the rule moves, the posts above their
    threads weigh 0.08-0.92 of the thread's best run, the wrong "threads" 0.01-0.21, most
    under 0.06. `benchmarks/fit.py` on dragnet html_text, innerText and Markdown, mean F1
    (A / B): 0.05 0.8535 / 0.8520, 0.1 0.8562 / 0.8548, 0.15 0.8563 / 0.8548, 0.2
    0.8544 / 0.8543; the script kept 0.1 (0.15 ties it). Round 25 reuses it, not refitted,
    with a headline anchor (`run.story_run`): the lone paragraph under the anchor must weigh
    this share of the run beyond a "Comments" or "Related Posts" header to get the anchor's
    bonus, and of the run beyond any closing line to replace it (a dek above a "Comment"
    link in the byline weighs 0.002 of the story under it, dragnet bs_newline T107; a
    share bar's line printed twice weighs 0, fundus-dev GlobalNews; the posts rescued on
    dragnet's html_text twin weigh 0.57 and 0.13, R978 and 233)."""

    stamp_max_words: int = 20
    """A comment's signature ("Posted by: Ann at July 2, 2012 11:40 AM", "ann 11.06.12 at
    11:22 am") has at most this many words, a clock time and a date. Fitted with
    `benchmarks/fit.py` on half A of dragnet:html_text, scrapinghub-text and
    fundus-dev:html_text (10, 12, 16, 20 tried; 20 best on A, B unchanged)."""

    signature_name_max_words: int = 6
    """A paragraph opening with a comment's signature, the comment glued after it ("Colin
    Roald October 1st, 2012 at 2:04 pm Hi! ...", `text.lines._opens_with_stamp`), has at
    most this many words before the signature's date (a name, "says", "Posted by X on"):
    a story's sentence or a gallery's caption giving a day and an hour has more ("The
    Western Hemisphere was relatively calm on Sunday, November 4, at 12:45 a.m."). Fitted
    on half A of every text twin (round 33; 0, 3, 4, 5, 6, 8 and no bound tried): 5 and 6
    best and equal on every twin, 3-4 miss Slashdot's byline ("Posted by timothy on
    Tuesday July 24, @10:23AM ...", 5 words), 8 and more lose CNN's gallery (dragnet R567)."""

    thread_min_stamps: int = 3
    """A page with this many signature lines after its first (the story's own dateline) has
    a comment thread: each of them is a wall, so that no run spans two comments and the
    story, before the first, outweighs each. Fitted like `stamp_max_words` (2, 3, 4, 6
    tried: 2 and 4 no better on A, 4 and 6 worse on B)."""

    title_min_words: int = 3
    """The dump's first line names the story (is taken as its <title>) only with at least
    this many words, or written mostly in CJK characters: a browser's or html2text's dump
    has no <title> line and opens on a menu label or a site's name ("Digitale Zeitung",
    "Home", "ABO"), and lines holding it ("Digitale Zeitung als App") anchored the story in
    the menu. Of the html_text twins' first lines (the <title>), 8 of 1,689 have fewer;
    of the innerText twins', 945 of 1,689. Round 26: fundus-dev headlines found half A
    unchanged, B innerText +1; scrapinghub's innerText twin: "Fox Business" and "Support
    Snopes" gave way to the pages' headlines. A line mostly in CJK characters (unspaced)
    counts two of them a word, as a headline's length is counted: "朝刊記事" (Yomiuri's
    menu label, 4 characters) is no title, a CJK line of 6 characters or more is (round 28:
    innerText and `text_content` half A +1 each, Yomiuri; no other twin changes)."""

    anchor_min_chars: int = 12
    """A line the page's first line (the dumped <title>) contains is a headline anchor when
    it has at least this many characters, ..."""

    anchor_min_words: int = 2
    """... and at least this many words (a one-word first line such as "Advertisement",
    repeated below, names no story; fundus-dev text twins, headlines found: Markdown half A
    42 -> 43 of 66, half B 31 -> 33 of 61, innertext B 28 -> 29, the other styles equal;
    3 words found 45 on Markdown half A but lost two on half B of html_text, bs_newline and
    wrap80). ..."""

    anchor_min_share: Share = 0.4
    """... covers at least this share of the first line (the headline is 0.5-0.9 of the
    <title>, tags and section names far less), ..."""

    anchor_search_lines: int = 1000
    """... and sits among the page's first this many lines (400 -> 1,000: a headline under
    a 420-line menu, fundus-dev html_text half A +1, no other change)."""

    anchor_max_growth: float = 1.6
    """A line longer than the title is an anchor when it holds the title (or the title
    without a site name) and is at most this many times as long (a kicker printed on the
    headline's line)."""

    anchor_fuzzy_min_words: int = 3
    """Without a line the title holds, a line is an anchor when it has at least this many
    content words (four letters or more; CJK character pairs), ..."""

    anchor_fuzzy_stem_chars: int = 5
    """Words compared by their first this many characters (inflected endings differ)."""

    anchor_fuzzy_line_share: Share = 0.7
    """... this share of them are the title's ..."""

    anchor_fuzzy_title_share: Share = 0.6
    """... and it has this share of the title's (or of the title without its site name): a
    headline edited after the <title> was written. Set on fundus-dev's text twins, half A:
    headlines found html_text 45 -> 47 of 71, wrap80 45 -> 47, other styles equal; half B:
    html_text 41 -> 42 of 56, bs_newline 38 -> 39, wrap80 41 -> 42."""

    anchor_slug_share: Share = 0.6
    """Without a title, a line is an anchor when this share of its words are words of the
    URL's slug and it spells this share of the slug ..."""

    anchor_slug_max_chars: int = 300
    """... and it is no longer than this (a headline, not a paragraph repeating its words)."""

    anchor_reach: int = 15
    """The first body line within this many lines after the headline anchor ..."""

    anchor_bonus: float = 600.0
    """... weighs this much more (the story starts under its headline) ..."""

    anchor_next_body: int = 3
    """... provided a second body line follows it within this many lines (a teaser repeating
    the headline has a single sentence). When no anchor has two body lines so and the run
    lies beyond a comment wall below the first anchor, the body line within this many lines
    under that anchor gets the bonus (`run.story_run`: a blog post of a single paragraph
    lost to a longer comment; round 23, dragnet's html_text twin, half A)."""

    short_sentence_weight: float = 0.5
    """A short sentence weighs this share of its length (a prose line weighs its length)."""

    heading_cost: float = 15.0
    """What a heading-shaped line costs: a fixed amount, so a long menu costs a lot whatever
    its items' lengths."""

    fragment_cost: float = 25.0
    """What a fragment or a list line costs."""

    chrome_cost: float = 120.0
    """What a line of known chrome wording costs."""

    header_cost: float = 400.0
    """What a bare section header ("Related articles", "Comments", "Newsletter") costs: what
    follows it is rarely the story any more."""

    repeated_weight: Signed = 0.0
    """A line printed more than once on the page weighs at most this much: promotions,
    teasers and widgets repeat (responsive variants, carousels), a story's paragraphs do
    not. On the dev twins, 86-95% of repeated lines of four words or more are not story
    text. A level on the signed scale of line weights: below 0 a repeated line costs, as
    chrome does (`heading_cost`, `chrome_cost`)."""

    repeated_min_words: int = 4
    """... when it has at least this many words (short labels repeat in any story)."""

    repeated_max_share: Share = 0.5
    """... unless the repeated lines hold more than this share of the page's body text: a
    page printing its story twice (a blog post above its comments page)."""

    header_max_words: int = 4
    """A section header has at most this many words."""

    check_margin: int = 6
    """The costlier checks (error wording, bylines, datelines) run on this many lines outside
    each end of the first run, and under the headline anchor ..."""

    check_inside: int = 3
    """... and on this many lines inside each end."""

    tail_cut_share: Share = 0.3
    """A section header (related, newsletter, comments, share) in the second half of the run
    cuts the run there when less than this share of the run's prose follows it."""

    about_label_max_words: int = 5
    """A box about the author or the site under a story opens on a label of at most this
    many words ("About Nancy Atkinson", "À propos de l'auteur"; `run._about_box`): a name
    has a few words. Not fitted: the labels seen on dragnet's html_text twin (half A) have
    2-3 words."""

    tail_streak_lines: int = 4
    """... or after this many lines in a row that are not body text ..."""

    tail_streak_share: Share = 0.2
    """... when less than this share of the run's prose follows them."""

    tail_stray_overlap: Share = 0.1
    """... or when the body lines after them share less than this share of their content
    words with the story's opening (teasers of other stories, a bio, a site blurb)."""

    early_cut_min_prose: int = 300
    """A comments, newsletter or share header in the run's *first* half ends the story too,
    when the run starts under its headline anchor, at least this many characters of prose
    stand above the header, and the body after it strays from the story's opening
    (`tail_stray_overlap`): a sidebar of site blurbs, teasers or readers' comments
    outweighing a short story (`run.cut_tail`). Round 26 took `head_cut_min_prose`'s 300
    (a paragraph or two); round 27 fitted it (`benchmarks/fit.py`, 150, 200, 400, 600 on
    dragnet, scrapinghub and fundus-dev html_text twins, both halves): F1 is the same for
    every value, so 300 stays. The stray test reads the run's first 1,500 characters
    (`headline_lead_chars`), so a shorter story's opening holds the sidebar's first lines
    and does not stray from it anyway (docs/design.md)."""

    loose_min_share: Share = 0.5
    """A streak of `tail_streak_lines` non-body lines in the run's *first* half ends the
    story (as `early_cut_min_prose`'s header does: the run under its headline, that much
    prose above) when at least this share of the body lines after it (read as far as an opening
    reaches, `headline_lead_chars`) stand alone, each between lines that are no body text
    (teasers under their titles, readers' comments under their signatures), ... The
    same share of the run's body lines above its headline standing alone makes them a
    sidebar's blurbs, which a short post under the headline need not outweigh by
    `head_cut_share` (`text.run._blurbs_above`, round 37). Screened for a share of its
    own (round 37, fit37: 0.0-1.0 on the five dragnet twins, fundus-dev and scrapinghub
    html_text and scrapinghub-text, half A, B checked): the test is reached on one page per
    dragnet twin at most (share 1.0), every value scores the same, so it shares this one."""

    loose_story_max_share: Share = 0.3
    """... while at most this share of the story's own body lines above the streak stand
    alone (its paragraphs follow one another; a list post, a gallery or a round-up has
    one line per item above the streak as below it) ..."""

    loose_story_min_lines: int = 3
    """... the story above holds at least this many body lines (`early_cut_min_prose` of
    prose among them), and the lines after are no longer on average than the story's
    (teasers and comments are shorter than the paragraphs they follow; a story's own
    paragraphs between ads, captions and newsletter boxes are not). Round 29
    (docs/design.md): the shares were screened on dragnet's html_text twin, half A (0.5 and
    0.7 below, 0.3 and 0.5 above: 0.5 / 0.3 lost fewest stories); 3 lines and the length
    test were added after fundus-dev's BeautifulSoup twin lost a dek-only "story" and
    modern pages' paragraphs between ads, and the headline condition after dragnet's
    innerText twin lost a post to the blog sidebar opening the run (both halves seen)."""

    list_item_min_words: int = 3
    """A stretch of non-body lines inside the run, announced with a colon, that the story
    goes on after (on its subject) is the story's own list (`text.run.story_lists`: no
    break for `cut_tail`: ingredients, bullet points) when it has no chrome line, at least
    `list_min_items` lines of this many words, ..."""

    list_min_items: int = 3
    """... (see `list_item_min_words`; `benchmarks/fit.py` on dragnet html_text,
    fundus-dev html_text and scrapinghub-text, half A: 1 and 2 give 0.8727 on dragnet
    against 0.8726 for 3, every other figure equal, round 30) ..."""

    title_case_min_share: Share = 0.6
    """... and at most `list_max_titled_share` of them are in title case (this share of
    their words capitalised: the headlines of teasers and menus in English) ..."""

    list_max_titled_share: Share = 0.2
    """... (see `title_case_min_share`). Screened on dragnet's html_text twin, half A
    (round 30): where cutting at a streak loses the gold, the stretch's title-cased share
    is 0.0-0.14 (a recipe's 0.3); where it keeps the gold out, 0.33-1.0, mostly 0.45 and
    above. Not fitted."""

    quantity_min_share: Share = 0.5
    """A stretch of non-body lines inside the run that the story goes on after is the
    story's own list too, announced or not and whatever follows it, when this share of
    its lines open with a quantity (a number and a word: "3/4 cup sugar", "2 Tablespoons
    olive oil": a recipe's ingredients, `text.run._quantities`), two of them in a row at
    least and `list_min_items` with a lowercase word. Screened on dragnet's html_text twin,
    half A (round 32): the recipes cut at their ingredients hold 0.5-0.55; not fitted."""

    marked_item_min_share: Share = 0.5
    """A stretch of non-body lines inside the run that the story goes on after (on its
    subject) is the story's own list too, announced or not, when this share of its lines,
    `list_min_items` at least, open with the same bullet mark ("• ", "- ", "* ":
    `text.run._marked_items`) and none is printed twice on the page. Round 37: 0.5 as
    `quantity_min_share`; fitted (fit37, an exact grid of 0.0-1.0 on the five dragnet
    twins, fundus-dev and scrapinghub html_text and scrapinghub-text, half A, B checked):
    every value up to 0.8 scores as 0.5 on every set and half (the stretches that reach the
    test hold 0.5-1.0, the lists it takes 0.8-1.0), 1.0 loses two B pages of dragnet
    (-0.0003), so 0.5 stays (docs/design.md)."""

    head_cut_share: Share = 0.1
    """The run starts after a headline anchor inside it when this share of its prose ..."""

    head_cut_min_prose: int = 300
    """... and at least this many characters of prose follow the anchor, ..."""

    head_cut_max_density: Share = 0.6
    """... and less than this share of the lines before the anchor are body lines (menus with
    teasers: 0.3-0.5; a story: 0.7 and more)."""

    caption_max_words: int = 60
    """A paragraph right above a bare photo-credit line is its caption when it has at most
    this many words (the HTML path's longest caption under an image); so is a line saying
    where a person stands in the picture ("Tony Blair (left) being interviewed")."""

    agency_caption_min_words: int = 2
    """Fewest words of a line ending no sentence over a bare agency line ("REUTERS") for
    it to be that photo's caption (`text.label._credits_a_photo`): scrapinghub's twins
    print a comment count ("0") and a byline's word ("By") over "The Associated Press"
    and "Reuters"."""

    copyright_caption_max_words: int = 30
    """A line right above a copyright line naming a picture's owner ("© Anett Seidler |
    Anett Seidler", `text.label._credits_a_photo`) is that photo's caption when it has at
    most this many words. Set on the twins' half A: such captions have 11-29 words on
    fundus-dev's BeautifulSoup twin (one of 46, Stern's); MSN pages on scrapinghub print
    the credit above its caption, under a story paragraph of 36-50 words."""

    placed_caption_min_words: int = 10
    """A line taken for a caption by its place alone (a story's sentence printed again
    without its stop, `text.label._captions_retelling_the_story`; the line under a
    picture's control, `_captions_under_picture_controls`) has at least this many words.
    Set on the twins' half A: those captions have 15-25 words on fundus-dev; under them
    dragnet prints chrome ("Close", "Also See" under "Enlarge Photo") and a blog's link
    titles printed twice ("top 5 BuzzFeed posts from last week", 7 words)."""

    labelled_caption_min_words: int = 2
    """Fewest words after a caption label ("Image caption ...") for the line to be a
    caption."""

    headline_min_overlap: Share = 0.15
    """Without an anchor, the headline is the heading-shaped line above the story sharing the
    largest share of its content words (four letters or more) with the story's opening:
    at least this share (a Markdown heading's bonus added). 0.3 -> 0.2 on fundus-dev's text
    twins, half A: headlines found 37 -> 39 of 66 (innertext), other styles equal; half B:
    37 -> 38 of 61 (bs_newline), others equal; 0.1 finds no more. Round 22: words compared
    by their first `anchor_fuzzy_stem_chars` characters and the share taken over the line's
    words plus one, 0.2 -> 0.15 (a four-word headline sharing one stem scores 0.2): fundus-dev
    headlines found, half A (71): innertext 40 -> 44, other styles equal; half B (56):
    innertext 34 -> 35, Markdown 36 -> 37, others equal; 0.1 finds the same as 0.15."""

    headline_lead_chars: int = 1_500
    """The story's opening read for those words: its body lines up to this many
    characters."""

    headline_h1_bonus: float = 0.5
    """Added to the share of a Markdown level-1 heading ..."""

    headline_h2_bonus: float = 0.25
    """... and of a lower-level one."""

    headline_byline_bonus: float = 0.5
    """... and of a line right over a cued byline ("By Jane Doe", "Posted by ... on ..."),
    once it shares enough words on its own (`headline_min_overlap`): a post's headline
    over its byline against a menu's or a box's label sharing a word. Round 32, fitted on
    half A of the innerText and Markdown twins of dragnet, scrapinghub and fundus-dev
    (`extract` per page and `benchmarks/fields.title_matches`; stand-in gold on dragnet
    and scrapinghub: the HTML mode's title): dragnet innerText headlines found 297 -> 304
    / 306 / 309 / 310 at 0.1 / 0.25 / 0.5 / 1.0, Markdown 276 -> 278 / - / 278 / 277;
    fundus-dev and scrapinghub equal at every value. 0.5 is the least of the best."""

    headline_max_link_density: Share = 0.5
    """A line mostly made of link text (Markdown) is a link, not the headline."""

    headline_lookback: int = 45
    """Lines without a removal reason above the story's first line where the headline may
    sit (standfirsts, bylines, dates, share bars and ad labels between them). 15 -> 30 -> 45
    on fundus-dev's text twins, headlines found, half A (66 pages): html_text 44 -> 47 -> 48,
    bs_newline 39 -> 42 -> 44, innertext 38 -> 40 -> 40, wrap80 43 -> 46 -> 47, markdown
    39 -> 42 -> 42 (60 finds no more); half B (61): 36 -> 38 -> 38, 36 -> 39 -> 40,
    26 -> 28 -> 28, 37 -> 39 -> 39, 28 -> 31 -> 31."""

    kicker_max_chars: int = 60
    """The line above the headline is its kicker, to be printed with it, when it has at
    most this many characters and the title holds the two as one line (fundus-dev text
    twins, half A: html_text and wrap80 one found and one lost each; half B: html_text
    +1, bs_newline +2, wrap80 +1). Also the longest kicker a headline's line sets off by a
    colon before the title's words, kept with them (`text.headline._with_own_kicker`,
    round 34, not refitted)."""

    crumb_max_words: int = 3
    """A line of three or more parts, one separator between them ("»", "›", ">", "/"), is a
    breadcrumb trail when its middle parts have at most this many words (section names);
    its last part is the headline. Not fitted: fundus-dev's trails name sections of one or
    two words."""

    slug_over_lines: int = 2
    """When only the URL's slug names the headline, a line among this many plain lines
    above the slug's line may be the visible headline over it (`headline_over_dek_share`
    of its shared words; a date line may sit between the two). Not fitted: the slug's
    line under the headline, its date line between them, on fundus-dev's innerText and
    Markdown twins."""

    slug_over_min_shared: int = 2
    """... and shares at least this many content words with the slug's line: the same story
    in other words (a section label over a headline, "Krieg in der Ukraine", shares one at
    most)."""

    kicker_headline_min_shared: int = 3
    """A line under a kicker under the headline anchor is the visible headline, the anchor
    the <title> printed again, when it shares at least this many content words with the
    anchor (`text.headline._under_kicker`). 2 took English captions and deks under a
    credit or byline line on the scrapinghub and dragnet twins ("Eastern Michigan
    quarterback Mike Glass III" sharing "eastern" and "michigan"); fundus-dev's visible
    headlines share 3 and 4."""

    headline_in_run: int = 3
    """With no headline above the story, an anchor this many plain lines or fewer into the
    story's run is its headline (a browser warning or an ad's text read as the story's
    first paragraphs). No half-A page of fundus-dev has the class; half B: html_text and
    wrap80 +1. A level-1 Markdown heading anchors up to `headline_lookback` lines in
    (`text.headline._in_run_reach`; round 25: Markdown half A 51 -> 52, a Rolling Stone
    page whose note on its authors opens the run; half B equal). With no headline found
    otherwise, the headline may be among this many plain lines above the story and in it
    (`text.headline._by_the_story`, round 26: fundus-dev half A unchanged, it has no page
    without a headline; half B innerText and Markdown +3 each)."""

    blurb_max_overlap: Share = 0.1
    """With no anchor, a line that could be the headline among the story's run's first
    `headline_in_run` plain lines, right over a prose line and sharing words with the story
    under it, is the headline when the run's lines above it share at most this share of
    their content words with that story (a blurb or a notice opened the run:
    `text.headline._under_a_blurb`). Round 33, fitted on half A of the innerText twins of
    fundus-dev, scrapinghub and dragnet (headlines found; stand-in gold on scrapinghub and
    dragnet: the HTML mode's title): 0.05 finds nothing; 0.1 and 0.2 equal on half A
    (dragnet 309 -> 308, a blog's name the stand-in calls its title), 0.2 loses a page on
    dragnet's half B; 0.1 kept. Half B at 0.1: fundus-dev 40 -> 41, the others equal."""

    blurb_max_lines: int = 1
    """... and those lines hold at most this many body lines: a blurb or a notice is one
    paragraph; a short story over an author's box ("About Nicholas Griffin" over the bio)
    has more. Without it, at 0.1 on dragnet's innerText twin: half A 309 -> 307, half B
    323 -> 322 (author boxes under two- and three-paragraph stories)."""

    headline_min_words: int = 3
    """A heading-shaped line above the run has at least this many words to be the headline."""

    headline_over_dek_share: Share = 0.7
    """The plain line right above the line sharing most words with the story's opening is
    the headline, and that line its dek, when it could be a headline, is shorter, and
    shares at least this share of the dek's share. Fundus-dev's text twins, half A (71
    pages; 0, 0.3, 0.5, 0.7 find the same, 0.9 nothing; 0.7 kept, the strictest): headlines
    found html_text 47 -> 48, wrap80 48 -> 49, innertext 38 -> 39, markdown 42 -> 43,
    bs_newline equal; half B (56): innertext 32 -> 33, others equal."""

    cjk_headline_max_words: int = 40
    """A line written mostly in CJK characters, with no sentence ending, may be the headline
    up to this many words (a CJK character counts half a word, so a 44-character Japanese
    headline is 22 words, over `heading_line_max_words`; Hangul, written with spaces, counts
    twice). Fundus-dev's text twins, half A: headlines found markdown 43 -> 46, others
    equal; half B: innertext 33 -> 34, markdown 35 -> 36 (with the dek rule above)."""

    announced_list_max_items: int = 60
    """A list the story announces with a colon ("The tour dates:") has at most this many
    items."""

    announced_gap_max: int = 1
    """The line announcing such a list stands in the run, right under it, or at most this
    many lines lower, when the lines between are no body text, no chrome and not printed
    twice (a photo's credit, "Picture via Planet Fur", over "From left to right:"; dragnet
    T131). Not fitted: the pages seen have one line between (round 35)."""

    announce_below_min_words: int = 3
    """... and a line announcing it below the run's next line has at least this many words
    (HTML mode's `LabelSettings.announce_min_words`, the same test: not "Rate this:")."""

    standfirst_reach: int = 6
    """A standfirst set apart by a share bar or byline sits at most this many lines under
    the headline, ..."""

    dek_min_words: int = 6
    """A line of its own under the headline, above the story, is the dek (the standfirst)
    when it has at least this many words ... (the HTML dek's bounds, `dek_min_words` of
    `AssembleSettings`; fundus-dev html_text standfirst F1, half A 0.475 -> 0.568, half B
    0.351 -> 0.500)"""

    dek_max_words: int = 80
    """... and at most this many, ..."""

    dek_max_capital_share: Share = 0.75
    """... fewer than this share of its words of four letters or more are capitalised (Title
    Case is a teaser's or a widget's, a dek is written in sentence case), ..."""

    dek_title_share: Share = 0.5
    """... and less than this share of its content words are the <title>'s (the headline
    worded again, as the page's SEO title or a teaser of it)."""

    photo_dek_min_sentences: int = 2
    """The first paragraph right under the lead photo's caption (nothing else kept between
    the headline and it) is the dek when it holds at least this many sentences ..."""

    photo_dek_max_words: int = 48
    """... and at most this many words: a dek teases in two or three short sentences, a
    news story's lead is one sentence, or a long paragraph. Set on half A of the
    html_text twins (fundus-dev, scrapinghub, dragnet): the fundus-dev deks so placed have
    19-48 words, the leads of two sentences or more 52 and more (bar an 8-word blog
    opening and a chrome notice); 48-51 do the same on A, the strictest kept. Of the 40
    story leads under a lead photo on those halves, 24 are one sentence of at most 48
    words (what `photo_dek_min_sentences` keeps in the story), 14 are longer."""

    standfirst_min_paragraphs: Annotated[int, Bounds(3)] = 3
    """... in a story of at least this many paragraphs (a wider gap than usual needs as many
    to tell what usual is; 3 at the least, a lower value is refused: the usual gap is read
    among the paragraphs after the second)."""

    link_run_min: int = 3
    """This many heading-shaped lines in a row inside the run are a related-links list, not
    subheads, ..."""

    table_row_numbers: int = 2
    """... unless they hold this many numbers each: rows of a flattened table."""

    link_line_density: Share = 0.7
    """A line whose text is at least this share link text (Markdown links) is a link list:
    menus, teasers and "read more" lines; story paragraphs with inline links stay far
    below."""

    markdown_min_marks: int = 3
    """A dump with this many Markdown links, images or `#` headings is read as Markdown (plain
    dumps have none: "](" does not occur in prose)."""

    wrap_min_chars: int = 30
    """Lines at least this long ..."""

    wrap_min_words: int = 5
    """... of at least this many words (scripts written without spaces are not wrapped at
    spaces) tell the width a dump was wrapped at ..."""

    wrap_min_lines: int = 8
    """... when there are this many of them, ..."""

    wrap_outlier_share: Share = 0.05
    """... nearly all of them (all but this share: long URLs, unbreakable words) are no
    longer than that width, ..."""

    wrap_band: int = 15
    """... and most end within this many characters short of it (a wrapped line ends where
    the next word did not fit, and words are short), ..."""

    wrap_min_share: Share = 0.25
    """... at least this share of them (wrapped dumps: 0.3-0.9 on the text twins of the dev
    sets, their menus and paragraph ends making up the rest; unwrapped ones: 0-0.1)."""

    wrap_max_token: int = 30
    """Lines holding a longer token (a URL a Markdown link keeps whole) may overrun the width
    and do not tell it."""

    wrap_max_sentence_share: Share = 0.3
    """... and at most this share of those end a sentence (paragraphs of one length, one per
    line, are not wrapped text)."""

    wrap_min_widths: int = 3
    """... and they end at this many different lengths at least (words differ in length;
    lines of one length are records or made-up text)."""

    wrap_max_width: int = 200
    """No dump is wrapped wider than this: longer lines are paragraphs."""

    wrap_slack: int = 2
    """A wrapped line joins the next when the next one's first word would not have fitted
    within this many characters of the width (wrappers that aim a little short of it)."""

    inline_min_breaks: int = 3
    """A dump breaks lines at inline elements (links, bold words) when at least this many
    lines, ..."""

    inline_min_share: Share = 0.01
    """... and this share of its lines, go on with the sentence of the line above."""

    inline_min_separators: int = 15
    """... or when at least this many lines are a lone separator ("|", "/", "·", "•")
    between two lines (a menu's or a byline's links each on a line of their own). Set on
    the twins of half A (dragnet, scrapinghub, fundus-dev): 5 / 10 / 15 / 25 put dragnet's
    BeautifulSoup body F1 at 0.8585 / 0.8584 / 0.8584 / 0.8576 (0.8575 before; no page
    down at any; scrapinghub and fundus-dev unchanged); block dumps (html_text, innerText)
    hold up to 12 such lines (a "Hot Topics" row's bullets): from 13 on, none of them is
    read otherwise (at 5, 4 html_text and 11 innerText dragnet twins were)."""

    inline_join_min_words: int = 6
    """A line starting in lowercase continues the line above only when the two hold this many
    words (lowercase menu items stay apart)."""

    inline_name_words: int = 4
    """A line of two to this many capitalized words between two pieces of one sentence, or
    over a long lowercase line going on with it, is a name its link set apart. Set on the
    BeautifulSoup twins of half A (fundus-dev, scrapinghub, dragnet), counting the breaks
    left inside the html_text twin's story lines: 3, 4 and 5 leave 3,623, 3,616 and 3,611
    (4,056 before the rule) and glue 379 story lines to their neighbours (375 before)."""

    unspaced_word_chars: int = 6
    """In Chinese or Japanese, a line this short that continues the sentence above it is a
    word set apart (ruby, a link: "韓国の" / "尹錫悦" / "大統領は..."): the sentence goes on
    on the next line. Names and compounds are 2-4 characters."""

    long_line_chars: int = 2_000
    """A line longer than this is split into sentences before it is weighed (a page or a
    story on one line): paragraphs rarely run this long, and a line of a whole page would
    be taken or left whole."""

    lone_line_min_chars: int = 500
    """A dump that is one line longer than this is a page flattened onto one line (a CSV or
    JSON field holding the whole page), split as a line over `long_line_chars` is: a short
    page on one line (a blog post of 1,800 characters, its menu, byline and story glued) was
    taken or left whole, most often left (49 of dragnet's 69 such `one_line` dumps scored
    0). Only when the line is one piece (a glued line `_unglued` split is its blocks).
    Set on the `one_line` dumps of half A (`benchmarks/otherdumps.py`; dragnet body F1
    0.7861 at 2,000, 0.7914 from 0 to 500, 0.7913 at 1,000, 0.7902 at 1,750; scrapinghub
    0.8650 -> 0.8689 at 1,500 or less; fundus-dev has no such page): the top of the
    plateau."""

    hint_max_chars: int = 1_000
    """The caller's `title=` hint is read up to this many characters (headlines are far
    shorter; the bound keeps matching it against every line cheap)."""

    glued_min_joins: int = 3
    """The fewest joins of glued block texts that split a line (see `glued_min_share`): two
    are a brand's inner capitals in a short line ("PowerPoint", "YouTube"). 2, 3 and 5 scored
    alike on fundus-dev's `text_content` dumps, half A."""

    glued_min_share: Share = 0.15
    """A line is block texts glued without a space (`get_text()` with no separator) when it
    holds `glued_min_joins` joins or more ("ParisSiste", "NRK.Det") and at least this many
    per word: prose's inner capitals ("YouTube", "McDonald") are one in dozens of words.
    Fitted on `text_content()` dumps of fundus-dev half A (0.1, 0.12, 0.15, 0.2, 0.25, 0.4:
    0.15 best; below it prose is split, recall falls), checked on half B and scrapinghub."""

    list_run_words: int = 7
    """In a line split into sentences, a run of this many words with no stop word among them
    is a menu or a tag list glued to the prose, and is cut out of its sentence."""

    list_item_words: int = 3
    """On a flattened page (`flat_min_share`), such a run is cut again every this many
    words: a menu dumped on one line (its items' words side by side) then weighs as its
    items do, each a heading-shaped piece, as when a dump prints one item a line; whole, a
    menu of forty items cost as much as one, and the run went on past the footer into the
    teasers and notices beyond it. Set on the `one_line` dumps of half A
    (`benchmarks/otherdumps.py`; body F1 fundus-dev / scrapinghub / dragnet, main 0.8038 /
    0.8483 / 0.7434): 2 words 0.8102 / 0.8406 / 0.7725, 3 0.8089 / 0.8597 / 0.7712, 4
    0.8089 / 0.8572 / 0.7689, 5 0.8143 / 0.8567 / 0.7666 (3 best on the mean)."""

    flat_min_share: Share = 0.95
    """A page is flattened onto one or a few lines when its lines over `long_line_chars`
    hold at least this share of its text (a page on one line holds all of it; a minified
    page dumped by `text_content()` most). Below it, long lines are paragraphs or comment
    threads among the page's lines, and menus in them stay whole: cut on every page, 44 of
    the 8,626 twin dumps changed, 16 in score, mostly down (dragnet's Markdown R827 0.969 ->
    0.902, html_text T113 0.841 -> 0.762). Set on the `text_content` dumps of half A (body
    F1 fundus-dev / scrapinghub / dragnet, main 0.8784 / 0.9227 / 0.8347): 0.5 0.8793 /
    0.9229 / 0.8352, 0.75 0.8784 / 0.9219 / 0.8356, 0.95 0.8795 / 0.9226 / 0.8358; at 0.95
    no twin dump's pieces change."""

    repeat_min_words: int = 5
    """In a line split into sentences, a stretch of this many words or more printed twice in
    a row is cut out of its line, each copy a piece (`repeat_max_gap`): a one-line page's
    headline printed again over or under itself. With no <title> line, such a line printed
    twice near the story, cut from a long line, is also a headline anchor
    (`text/headline.py`, `printed_twice`).
    Set on fundus-dev's `text_content()` and one-line dumps (`benchmarks/otherdumps.py`),
    half A: 4 cut a speaker's words said again in prose ("I wanted him to ... I wanted him
    to", The Mirror, Evening Standard; `text_content` body F1 0.8773 -> 0.8758), 5 kept it
    (0.8775) and found 4 of 71 one-line headlines (4 words: 4, from 0)."""

    repeat_max_gap: int = 4
    """... when at most this many words stand between the two copies (a kicker or a
    dek's first words printed between them: "Jetzt wartet Kiel", "von Profis Experten
    analysieren"); 6 found no more headlines on half A of the one-line dumps."""

    metadata_above_headline: int = 2
    """Lines above the headline handed to the metadata stage too (a date line often sits
    over it)."""

    teaser_paragraphs: int = 2
    """A related-stories header ("You might also like", "Mehr zum Thema") with at least this
    many of the story's paragraphs above it closes the lines searched for the article's
    byline: a byline under it is a teaser's. With fewer, the story's start is in doubt (a
    poll's question taken for its first paragraph above a "Question of the Day" box, the
    byline further down). On fundus-dev's text twins 1, 2 and 3 give the same on half A
    (the Taipei Times' teaser byline cut, html_text); 1 cut a half-B byline (the Washington
    Times' poll above it, bs_newline), which the check on B showed: 2 is the smallest count
    that keeps it."""

    headline_repeat_reach: int = 6
    """A headline shown again at most this many lines below its first showing (a share box,
    a print bar repeating it) has its metadata lines start above the first showing: the
    byline and the date sit under that one. Swept on fundus-dev half A (html_text dumps,
    0/2/5/8/12/20): 5 to 8 give the same gain, at 12 a copy 12 lines down (a sticky header
    above the date line) moves the start away from the date, at 20 half B falls too."""

    metadata_lead_lines: int = 5
    """Lines above the article's first line handed to the metadata stage for a byline and a
    date when no headline was found."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings(_Checked):
    """Every stage's settings; the pipeline hands each stage its own."""

    shape: ShapeSettings = field(default_factory=ShapeSettings)
    boilerplate: BoilerplateSettings = field(default_factory=BoilerplateSettings)
    errorpage: ErrorPageSettings = field(default_factory=ErrorPageSettings)
    consent: ConsentSettings = field(default_factory=ConsentSettings)
    candidates: CandidateSettings = field(default_factory=CandidateSettings)
    locate: LocateSettings = field(default_factory=LocateSettings)
    label: LabelSettings = field(default_factory=LabelSettings)
    assemble: AssembleSettings = field(default_factory=AssembleSettings)
    parts: PartsSettings = field(default_factory=PartsSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    metadata: MetadataSettings = field(default_factory=MetadataSettings)
    byline: BylineSettings = field(default_factory=BylineSettings)
    authors: AuthorSettings = field(default_factory=AuthorSettings)
    dates: DateSettings = field(default_factory=DateSettings)
    language: LanguageSettings = field(default_factory=LanguageSettings)
    decode: DecodeSettings = field(default_factory=DecodeSettings)
    parse: ParseSettings = field(default_factory=ParseSettings)
    credits: CreditSettings = field(default_factory=CreditSettings)
    fallback: FallbackSettings = field(default_factory=FallbackSettings)
    template: TemplateSettings = field(default_factory=TemplateSettings)
    json: JsonSettings = field(default_factory=JsonSettings)
    text: TextSettings = field(default_factory=TextSettings)


DEFAULT_SETTINGS = Settings()
