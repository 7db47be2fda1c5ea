"""Articles as table rows: `to_frame` for pandas.

A row is `Article.to_dict()`: scalars, ISO-8601 date strings, lists of strings and lists of
small dicts, all of which pandas, Arrow and Spark hold without conversion. pandas is imported
only when a frame is built (extra `pandas`). Batch rows (with where a page came from and why
it failed) are `newsextract.scale.rows`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import TYPE_CHECKING

from newsextract.model import Article
from newsextract.output.render import articles_given

if TYPE_CHECKING:
    import pandas

#: The columns of an Article row, in field order.
ARTICLE_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Article))

_MISSING_PANDAS = "to_frame needs pandas: pip install 'newsextract[pandas]'"


def to_frame(articles: Iterable[Article]) -> pandas.DataFrame:
    """A pandas DataFrame with one row per Article and one column per field (`to_dict`).

    Dates are ISO-8601 strings (parse with ``pandas.to_datetime(..., utc=True)``); list
    fields hold Python lists. An empty input gives an empty frame with the same columns.

    Raises:
        ImportError: pandas is not installed (extra `pandas`).
    """
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(_MISSING_PANDAS) from exc
    rows = [article.to_dict() for article in articles_given(articles, "to_frame")]
    # object columns keep None as None (pandas 3 infers a string column and makes it NaN)
    return pandas.DataFrame(rows, columns=list(ARTICLE_COLUMNS), dtype=object)
