"""Site templates: the blocks that repeat across many pages of one site.

Single-page heuristics hesitate on chrome that looks like text (a site blurb, a newsletter
pitch, a menu of full sentences). Across a batch of pages from one site the test is simple:
what appears on many pages is the site's, not the story's. `learn_template` counts each
block's whitespace-normalized text once per page and keeps those that occur in enough
distinct pages; pass the result as `Options(template_lines=...)` and `extract` removes every
block equal to one of them with reason `RemovalReason.TEMPLATE`.

Two guards keep it from eating articles:

* a line seen in a single page is never learned, whatever the thresholds (`min_pages` is
  clamped to 2), and neither is a line without a letter or digit (a separator);
* pages that are versions of one story (the same article crawled at two URLs, or updated)
  would otherwise teach the story itself. A page whose prose would be mostly learned is
  merged with the pages it shares that prose with, and a merged group counts as one page.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsextract.errors import refuse_one
from newsextract.options import DEFAULT_OPTIONS, KINDS, Kind, Options
from newsextract.settings import DEFAULT_SETTINGS, TemplateSettings
from newsextract.signals.shape import is_prose


def learn_template(
    pages: Iterable[str | bytes],
    *,
    kind: Kind = "auto",
    min_pages: int = 2,
    min_share: float = 0.5,
    options: Options | None = None,
) -> frozenset[str]:
    """The block texts that repeat across pages of one site: its menus, footers and blurbs.

    A block (an HTML candidate block, or a line of a text dump) is learned when its
    whitespace-normalized text occurs in at least ``max(2, min_pages, ceil(min_share * n))``
    of the `n` distinct pages (a block repeated within one page counts once). `min_pages`
    below 2 is treated as 2: a line seen in only one page is never learned. Pages that are
    versions of the same story count as one page, so their shared story is not learned.
    Lines with no letter or digit (separators) are not learned. Pages that are binary or
    empty count for nothing.

    Use the same `options` (block size limits) as for the `extract` calls the template is for:

    >>> template = learn_template(pages_of_one_site)  # doctest: +SKIP
    >>> article = extract(page, options=Options(template_lines=template))  # doctest: +SKIP

    Raises:
        TypeError: `pages` is a single page, a page is not str or bytes, or an argument has
            the wrong type.
        ValueError: `kind` is unknown, `min_pages` < 1 or `min_share` is outside [0, 1].
    """
    refuse_one(pages, (str, bytes), "learn_template", "pass the pages of one site, [page, ...]")
    _check_arguments(kind, min_pages, min_share, options)
    opts = options or DEFAULT_OPTIONS
    seen = [blocks for page in pages if (blocks := page_blocks(page, kind, opts)).lines]
    settings = DEFAULT_SETTINGS.template
    groups = _story_groups(seen, settings)
    merged = [frozenset().union(*(seen[i].lines for i in group)) for group in groups]
    needed = _needed(len(merged), min_pages, min_share, settings)
    counts = Counter(line for lines in merged for line in lines)
    return frozenset(
        line for line, count in counts.items() if count >= needed and _has_content(line)
    )


@dataclass(frozen=True, slots=True)
class PageBlocks:
    """The distinct block texts of one page as `extract` sees them, and its story's prose."""

    lines: frozenset[str] = frozenset()
    story: frozenset[str] = frozenset()  # prose blocks of the article single-page rules find


def page_blocks(source: str | bytes, kind: Kind, options: Options) -> PageBlocks:
    """The blocks of one page as `extract` sees them, from the pipeline's own first half
    (`pipeline.html_blocks` / `text_blocks`); empty for binary or empty input."""
    # The pipeline is imported here, as in `api.extract`, to keep the package light.
    from newsextract.input.page import NoPage, prepare
    from newsextract.pipeline import html_blocks, text_blocks

    if not isinstance(source, (str, bytes)):
        raise TypeError(f"pages must be str or bytes, not {type(source).__name__}")
    page = prepare(source, url=None, kind=kind, options=options)
    if isinstance(page, NoPage):
        return PageBlocks()
    if page.kind == "text":
        candidates, labels = text_blocks(page, options)
        story = (d.text for d in labels.decisions if d.kind is not None)
    else:
        found = html_blocks(page, options)
        candidates = found.candidates
        story = (c.text for c in candidates if c.index in found.located.inside)
    return PageBlocks(frozenset(c.text for c in candidates), frozenset(filter(is_prose, story)))


def _has_content(line: str) -> bool:
    """Whether a line has a letter or digit: separators ("___", "* * *", a zero-width space)
    are no chrome to learn, and inside a story they are its section breaks."""
    return any(char.isalnum() for char in line)


def _needed(n_pages: int, min_pages: int, min_share: float, settings: TemplateSettings) -> int:
    """Distinct pages a line must occur in: both thresholds, and never fewer than two."""
    return max(settings.min_template_pages, min_pages, math.ceil(min_share * n_pages))


def _story_groups(pages: Sequence[PageBlocks], settings: TemplateSettings) -> list[list[int]]:
    """Pages grouped so that versions of one story fall together (others stay alone).

    A page is a story version when lines found on other pages too make up most of its
    story's prose; it is joined (union-find) with each page that holds most of that story,
    even one where it is only a small part (a live story that grew since the first crawl),
    but not with pages that share only a blurb or two with it.
    Only the located story counts, not the whole page: two articles of one site often share
    a sidebar of teaser paragraphs. Any repetition counts here, not only the final
    threshold, since merging pages lowers that threshold.
    """
    counts = Counter(line for page in pages for line in page.lines)
    parent = list(range(len(pages)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    holders: dict[str, list[int]] = {}
    for j, page in enumerate(pages):
        for line in page.lines:
            holders.setdefault(line, []).append(j)
    for i, page in enumerate(pages):
        if not _is_story_version(page, counts, settings):
            continue
        overlap: Counter[int] = Counter()
        for line in page.story:
            for j in holders[line]:
                overlap[j] += len(line)
        for j, chars in overlap.items():
            if j != i and _is_story_version(page, counts, settings, chars):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(pages)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _is_story_version(
    page: PageBlocks,
    counts: Counter[str],
    settings: TemplateSettings,
    shared_chars: int | None = None,
) -> bool:
    """Whether most of the page's story (or `shared_chars` of it) is found elsewhere too."""
    if shared_chars is None:
        shared_chars = sum(
            len(line) for line in page.story if counts[line] >= settings.min_template_pages
        )
    story_chars = sum(map(len, page.story))
    return (
        shared_chars >= settings.duplicate_min_chars
        and shared_chars > settings.duplicate_prose_share * story_chars
    )


def _check_arguments(kind: object, min_pages: object, min_share: object, options: object) -> None:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")
    if not isinstance(min_pages, int) or isinstance(min_pages, bool):
        raise TypeError(f"min_pages must be an int, not {type(min_pages).__name__}")
    if min_pages < 1:
        raise ValueError(f"min_pages must be at least 1, got {min_pages}")
    if not isinstance(min_share, (int, float)) or isinstance(min_share, bool):
        raise TypeError(f"min_share must be a number, not {type(min_share).__name__}")
    if not 0.0 <= min_share <= 1.0:
        raise ValueError(f"min_share must be between 0 and 1, got {min_share}")
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be an Options, not {type(options).__name__}")
