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
class Settings:
    """Every stage's settings; the pipeline hands each stage its own."""

    locate: LocateSettings = field(default_factory=LocateSettings)


DEFAULT_SETTINGS = Settings()
