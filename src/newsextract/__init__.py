"""newsextract: clean, typed news articles from raw HTML or scraped text."""

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
    PageKind,
    Quote,
    RemovalReason,
    Removed,
    Source,
)
from newsextract.options import Options

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Caption",
    "InputTooLargeError",
    "NewsExtractError",
    "Options",
    "PageKind",
    "Quote",
    "RemovalReason",
    "Removed",
    "Source",
    "__version__",
    "extract",
]
