"""Batch results as flat rows: the row shape the Dask and Spark integrations share.

A row is the Article's `to_dict()` (see `newsextract.output.frame`) preceded by where the
page came from and why it failed, if it did.
"""

from __future__ import annotations

from typing import Any

from newsextract.output.frame import ARTICLE_COLUMNS
from newsextract.scale.batch import BatchResult

#: The string columns a batch result row starts with: where the page came from, and why it
#: failed (None when it did not).
PROVENANCE_COLUMNS: tuple[str, ...] = ("source_id", "error_type", "error")
#: The columns of a batch result row: provenance and error first, then the Article's.
RESULT_COLUMNS: tuple[str, ...] = (*PROVENANCE_COLUMNS, *ARTICLE_COLUMNS)


def result_row(result: BatchResult) -> dict[str, Any]:
    """A `BatchResult` as a flat row of `RESULT_COLUMNS` (Article columns None on failure)."""
    article = result.article.to_dict() if result.article is not None else {}
    return {
        "source_id": result.source_id,
        "error_type": result.error.type if result.error else None,
        "error": result.error.message if result.error else None,
        **{column: article.get(column) for column in ARTICLE_COLUMNS},
    }
