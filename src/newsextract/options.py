"""Options: one frozen object that travels through the whole pipeline.

Every limit and switch lives here, with a safe default, and is checked when the object is
built, so a bad value fails at the API edge rather than deep inside a stage.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field, fields
from typing import Literal, get_args

#: What an input over `Options.max_input_bytes` gets: cut at the limit, or refused.
Oversize = Literal["truncate", "raise"]
#: The values of `Oversize`, for checking arguments.
OVERSIZES: tuple[str, ...] = get_args(Oversize)
#: What `extract` is given: HTML, a plain-text dump, or "auto" to sniff.
Kind = Literal["auto", "html", "text"]
#: The values of `Kind`, for checking arguments.
KINDS: tuple[str, ...] = get_args(Kind)

# Defaults for the input bounds; docs/guarantees.md says what each one guarantees.
#: The largest dev page has 1.6 MB: only what is no single page (a dump, an attack) reaches
#: 30 times that.
DEFAULT_MAX_INPUT_BYTES = 50_000_000
#: Real pages have under 20,000 elements (the scrapinghub pages at most ~15,000); past this
#: count an element is structure built to exhaust a parser, not text.
DEFAULT_MAX_NODES = 200_000
#: Candidate blocks a page may yield; the busiest dev page yields ~1,600. Per-block stages
#: (labelling, quotes) cost ~100-300 us a block, so this bounds their time (a normal 20 MB
#: page: 2.5 s on a quiet 2-core machine).
DEFAULT_MAX_BLOCKS = 10_000
#: Over libxml2's own limit of 256 levels, so by default that limit is the one in force: a
#: page deeper than it is parsed again with deep container tags flattened
#: (`input/safeparse.py`); a lower value flattens sooner.
DEFAULT_MAX_DEPTH = 2_000
#: The longest block on the HTML dev pages has 5,263 characters; a block 20 times longer is
#: markup gone wrong (a page in one text node), cut so that per-block stages stay bounded.
DEFAULT_MAX_BLOCK_CHARS = 100_000
#: libxml2 checks duplicate attributes pairwise: 20 MB of tags with 999 attributes take
#: ~15 s, with 256 ~4 s; real tags have under 30.
DEFAULT_MAX_ATTRIBUTES = 256
#: Twice the input bound, which inflated bytes count against too: with the defaults the input
#: bound stops inflating first; this one bounds inflating when `max_input_bytes` is raised.
DEFAULT_MAX_GZIP_BYTES = 100_000_000

_LANGUAGE_TAG = re.compile(r"^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$")
#: Tags that name no language: undetermined, multiple, no linguistic content, private use.
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "xx"})


def primary_language(tag: str) -> str | None:
    """The primary subtag of a BCP 47 language tag, lower-cased ("en-GB" -> "en"); None for
    tags that name no language ("und", "x-default") or that are not tags. The one reading
    of a language tag, for `Options.language` and for the languages pages declare.

    >>> primary_language("pt_BR"), primary_language("x-default")
    ('pt', None)
    """
    match = _LANGUAGE_TAG.match(tag.split(",", maxsplit=1)[0])
    if not match:
        return None
    primary = match.group(1).lower()
    return None if primary in _NO_LANGUAGE else primary


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """How `extract` behaves. Build one and reuse it; use `replace()` to derive variants.

    >>> from dataclasses import replace
    >>> no_tables = replace(Options(), tables=False)
    >>> no_tables.tables, Options().tables
    (False, True)

    Attributes:
        tables: keep tables that belong to the story as TABLE blocks.
        metadata: show the page's metadata (authors, dates, language, site name, canonical
            URL, section, tags, image, access: `model.METADATA_FIELDS`). Off leaves those
            fields empty and nothing else: the body's stages read the metadata either way
            (the headline tells where a story starts), so the title, standfirst and body
            are the same.
        free_text_dates: allow dateparser for dates written in words (imported lazily).
        readability_fallback: when newsextract's own scoring finds no main content, ask
            readability-lxml (slower; imported only then).
        template_lines: lines learned from other pages of the same site (see
            `newsextract.learn_template`); any block equal to one of them is removed.
        max_input_bytes: inputs larger than this are truncated or refused (see `oversize`).
        oversize: "truncate" (default) cuts the input at the limit; "raise" raises
            `InputTooLargeError`.
        max_nodes: elements beyond this count are not turned into blocks.
        max_depth: nesting beyond this depth is flattened instead of recursed into.
        max_blocks: a page yields at most this many blocks (the rest is cut, with a warning).
        max_block_chars: a block's text is cut at this length.
        max_attributes: elements with more attributes than this are stripped of them before
            parsing (libxml2 is quadratic in attribute count).
        max_gzip_bytes: a gzip-compressed input is decompressed up to this size only.
        language: the pages' language when the caller knows it (a language tag: "de",
            "pt-BR"), used instead of what a page declares or its text suggests, for dates,
            quotes and the text dump's line shapes; `Article.language` is then this
            (provenance "option"). For a site that declares one language on every edition.
    """

    tables: bool = True
    metadata: bool = True
    free_text_dates: bool = True
    readability_fallback: bool = True
    template_lines: frozenset[str] = field(default_factory=frozenset)
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    oversize: Oversize = "truncate"
    max_nodes: int = DEFAULT_MAX_NODES
    max_depth: int = DEFAULT_MAX_DEPTH
    max_blocks: int = DEFAULT_MAX_BLOCKS
    max_block_chars: int = DEFAULT_MAX_BLOCK_CHARS
    max_attributes: int = DEFAULT_MAX_ATTRIBUTES
    max_gzip_bytes: int = DEFAULT_MAX_GZIP_BYTES
    language: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.startswith("max_"):
                if not isinstance(value, int) or isinstance(value, bool):
                    raise TypeError(f"Options.{f.name} must be an int, not {type(value).__name__}")
                if value <= 0:
                    raise ValueError(f"Options.{f.name} must be positive, got {value}")
            elif f.type == "bool" and not isinstance(value, bool):
                raise TypeError(f"Options.{f.name} must be a bool, not {type(value).__name__}")
        if self.oversize not in OVERSIZES:
            raise ValueError(
                f"Options.oversize must be 'truncate' or 'raise', not {self.oversize!r}"
            )
        lines = self.template_lines
        if not isinstance(lines, Collection) or isinstance(lines, str):
            raise TypeError(
                f"Options.template_lines must be a collection of strings, not "
                f"{type(lines).__name__}"
            )
        if not isinstance(lines, frozenset):
            object.__setattr__(self, "template_lines", frozenset(lines))
        strange = [line for line in lines if not isinstance(line, str)]
        if strange:
            raise TypeError(
                f"Options.template_lines must hold only strings, not {type(strange[0]).__name__}"
            )
        if self.language is not None:
            if not isinstance(self.language, str):
                raise TypeError(
                    f"Options.language must be a str, not {type(self.language).__name__}"
                )
            primary = primary_language(self.language)
            if primary is None:
                raise ValueError(
                    f"Options.language must be a language tag such as 'de' or 'pt-BR', "
                    f"not {self.language!r}"
                )
            object.__setattr__(self, "language", primary)


DEFAULT_OPTIONS = Options()
