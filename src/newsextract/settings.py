"""The pipeline's numbers, per stage: every threshold with its meaning and its calibration.

Each stage reads its thresholds from one frozen settings object, passed to it by the pipeline
(`pipeline.run(..., settings=...)`), never from module constants: the benchmark scripts that
fit these numbers (`benchmarks/`) build variants with `dataclasses.replace` and run the same
code on them. Every field's docstring says what it means and on which data it was calibrated;
how a number moved over time belongs in docs/design.md, not here. Word lists and patterns are
data (`newsextract.data`), not settings; limits a user sets are `Options`.

Users do not pass settings: `newsextract.extract` always runs with `DEFAULT_SETTINGS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, kw_only=True)
class LocateSettings:
    """Main-content location (`html/locate.py`): the container maximising good - bad mass."""

    prose_max_link_density: float = 0.35
    """Link density above which a block counts as navigation rather than prose. Calibrated on
    the scrapinghub dev pages: article paragraphs with inline links rarely pass 0.35."""

    link_heavy_density: float = 0.5
    """Link density above which a block is navigation whatever its shape."""

    bad_weight: float = 1.0
    """Weight of bad mass against good mass (1.0: one character of chrome cancels one
    character of prose)."""

    mislabel_share: float = 0.5
    """Share of the page's prose above which a class-name chrome mark is distrusted: a
    wrapper that holds most of the article is not a sidebar, whatever its class says."""

    full_reach: int = 2
    """Levels above a block that receive its full mass."""

    reach_decay: float = 0.9
    """Decay per level beyond `full_reach`. Swept on the scrapinghub dev pages (decay
    0.7-0.95, reach 1-3): F1 moves by < 0.002 between 0.8 and 0.95 and drops below 0.8;
    without decay it is 0.008 lower."""

    content_boost: float = 2.0
    """Weight of prose inside an element whose class or microdata names it the article body
    ("article-body", itemprop="articleBody"): such names are rarely wrong."""

    unambiguous_marks: frozenset[str] = frozenset({"footer", "nav", "cookie", "ad"})
    """Class marks that never name an article, trusted when repeated down the chain."""

    wrapper_share: float = 0.9
    """Share of the page's prose above which an element is a page wrapper, never chrome, and
    a gallery holding it is a photo essay (the page itself)."""

    gallery_max_shared: int = 3
    """A "gallery" holding this many prose blocks under one parent is a story, not slides."""

    fragment_chars: int = 40
    """Non-prose body text shorter than this is a fragment (a label, a date, a menu entry)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteSettings:
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
    """How far back from a speech verb its clause is read to tell "…, said X" from "X said"."""

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


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Every stage's settings; the pipeline hands each stage its own."""

    locate: LocateSettings = field(default_factory=LocateSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)


DEFAULT_SETTINGS = Settings()
