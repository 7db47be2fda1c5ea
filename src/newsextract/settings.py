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
class DecodeSettings:
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

    binary_control_ratio: float = 0.05
    """Share of C0 control bytes (other than tab, newlines, form feed and ESC) above which
    the input is binary. Random or compressed data has ~11%; text in any ASCII-compatible
    charset ~0."""

    weak_magic_nul_window: int = 64
    """A two-letter magic number that text may start with ("MZ", "BM") means binary only
    when a NUL byte follows within this many bytes (real headers have several)."""

    utf16_nul_ratio: float = 0.4
    """Share of NUL bytes at the odd (or even) positions that marks UTF-16 (or UTF-32)
    without a BOM: markup and Latin-script text are mostly ASCII, whose high bytes are NUL.
    The opposite positions must stay under a quarter of it."""

    sniff_kind_chars: int = 65_536
    """Characters of decoded text read to tell HTML from plain text."""

    html_tag_density: float = 1 / 1000
    """Known HTML tags per character above which text is markup. Set by hand: news pages
    carry 1 tag per 50-150 characters, even text-heavy ones more than 1 per 500; scraped
    text quoting a tag has far fewer than 1 per 1000."""

    html_min_tags: int = 2
    """Fewer known tags than this is never markup (a text mentioning "<p>" once)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParseSettings:
    """The safe parse (`input/safeparse.py`): what the pre-pass bounds before libxml2 reads
    the markup, beyond the user limits of `Options` (attributes, nodes, depth)."""

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
class Settings:
    """Every stage's settings; the pipeline hands each stage its own."""

    locate: LocateSettings = field(default_factory=LocateSettings)
    decode: DecodeSettings = field(default_factory=DecodeSettings)
    parse: ParseSettings = field(default_factory=ParseSettings)


DEFAULT_SETTINGS = Settings()
