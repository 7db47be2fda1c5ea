"""newsextract: clean, typed news articles from raw HTML or scraped text."""

from __future__ import annotations

import logging

from newsextract._version import __version__
from newsextract.api import extract
from newsextract.batch import BatchItemError, BatchResult, ItemError, extract_many
from newsextract.errors import InputTooLargeError, NewsExtractError
from newsextract.frame import to_frame
from newsextract.model import (
    Article,
    Block,
    BlockKind,
    Caption,
    PageKind,
    Quote,
    RemovalReason,
    Removed,
    Source,
)
from newsextract.options import Options
from newsextract.render import show
from newsextract.template import learn_template

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "BatchItemError",
    "BatchResult",
    "Block",
    "BlockKind",
    "Caption",
    "InputTooLargeError",
    "ItemError",
    "NewsExtractError",
    "Options",
    "PageKind",
    "Quote",
    "RemovalReason",
    "Removed",
    "Source",
    "__version__",
    "extract",
    "extract_many",
    "learn_template",
    "show",
    "to_frame",
]
