"""newsextract: clean, typed news articles from raw HTML or scraped text.

The public API is what this module exports (`__all__`), plus the integration modules
`newsextract.scale.warc`, `newsextract.scale.dask`, `newsextract.scale.spark` and the batch
row shape `newsextract.scale.rows`. Every other module is private: its names may change in any
release. The package is laid out by pipeline stage (see
docs/design.md): `input` (decode, safe parse), `signals` (string-level ideas, no lxml),
`html` and `text` (the two paths to typed blocks), `metadata`, `quotes`, `assemble`, then
`output` (rendering, frames) and `scale` (batches, command line, integrations).
"""

from __future__ import annotations

import logging

from newsextract._version import __version__
from newsextract.api import extract
from newsextract.errors import InputTooLargeError, NewsExtractError
from newsextract.model import (
    Article,
    Block,
    BlockKind,
    Caption,
    Emphasis,
    Image,
    Link,
    LiveEntry,
    PageKind,
    Quote,
    RemovalReason,
    Removed,
    Source,
    Teaser,
)
from newsextract.options import Options
from newsextract.output.frame import to_frame
from newsextract.output.render import show, to_html, to_markdown, to_text
from newsextract.scale.batch import BatchItemError, BatchResult, ItemError, PageItem, extract_many
from newsextract.template import learn_template

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "BatchItemError",
    "BatchResult",
    "Block",
    "BlockKind",
    "Caption",
    "Emphasis",
    "Image",
    "InputTooLargeError",
    "ItemError",
    "Link",
    "LiveEntry",
    "NewsExtractError",
    "Options",
    "PageItem",
    "PageKind",
    "Quote",
    "RemovalReason",
    "Removed",
    "Source",
    "Teaser",
    "__version__",
    "extract",
    "extract_many",
    "learn_template",
    "show",
    "to_frame",
    "to_html",
    "to_markdown",
    "to_text",
]
