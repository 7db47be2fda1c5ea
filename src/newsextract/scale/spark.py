"""Spark: a `mapInPandas` function and its output schema (extra `spark`).

    from newsextract.scale.spark import SPARK_SCHEMA, extract_partition

    pages = spark.read.parquet("pages/")            # columns: html [, url] [, id]
    articles = pages.mapInPandas(extract_partition, schema=SPARK_SCHEMA)

Input columns: ``html`` (str or bytes: HTML or scraped text), optionally ``url`` and ``id``.
Output: one row per input row, `newsextract.scale.rows.result_row` shaped: ``source_id`` (the
input ``id`` when given, else the URL), ``error_type`` and ``error`` (null on success), then
every `Article` field. Dates stay ISO-8601 strings, because Spark timestamps drop the UTC
offset (``F.to_timestamp("published")`` converts them when wanted). The schema is derived
from the `Article` dataclass, so it follows the model. Nothing here imports pyspark: the
function only needs pandas on the executors.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Iterable, Iterator
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from newsextract.model import Article
from newsextract.options import DEFAULT_OPTIONS, Kind, Options
from newsextract.scale.batch import run_item
from newsextract.scale.rows import PROVENANCE_COLUMNS, RESULT_COLUMNS, result_row

if TYPE_CHECKING:
    import pandas

_SCALARS: dict[Any, str] = {str: "string", int: "bigint", bool: "boolean", datetime: "string"}


def spark_type(annotation: Any) -> str:
    """The Spark DDL type of a model annotation (optional, tuple, dataclass, enum, scalar)."""
    args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return spark_type(args[0])
    if typing.get_origin(annotation) is tuple:
        return f"array<{spark_type(args[0])}>"
    if dataclasses.is_dataclass(annotation):
        hints = typing.get_type_hints(annotation)
        members = ", ".join(
            f"`{f.name}`: {spark_type(hints[f.name])}" for f in dataclasses.fields(annotation)
        )
        return f"struct<{members}>"
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "string"
    return _SCALARS[annotation]


def _schema() -> str:
    hints = typing.get_type_hints(Article)
    article = [f"`{f.name}` {spark_type(hints[f.name])}" for f in dataclasses.fields(Article)]
    return ", ".join([*(f"`{name}` string" for name in PROVENANCE_COLUMNS), *article])


#: The DDL schema of `extract_partition`'s output, for ``mapInPandas(..., schema=...)``.
SPARK_SCHEMA: str = _schema()


def extract_partition(
    frames: Iterable[pandas.DataFrame],
    options: Options | None = None,
    kind: Kind = "auto",
) -> Iterator[pandas.DataFrame]:
    """Extract each row of each pandas batch; ready for ``DataFrame.mapInPandas``.

    Pass non-default `options` or `kind` with `functools.partial`. Rows fail alone: a page
    that cannot be extracted gives a row with its ``error_type`` and ``error``.
    """
    import pandas

    opts = options or DEFAULT_OPTIONS
    for frame in frames:
        urls = _column(frame, "url")
        ids = _column(frame, "id")
        rows = []
        for index, (source, url, key) in enumerate(zip(frame["html"], urls, ids, strict=True)):
            row = result_row(run_item(index, (source, url), opts, kind))
            row["source_id"] = str(key) if key is not None else url
            rows.append(row)
        # object columns keep None as None (pandas would turn missing strings into NaN)
        yield pandas.DataFrame(rows, columns=list(RESULT_COLUMNS), dtype=object)


def _column(frame: pandas.DataFrame, name: str) -> list[Any]:
    """A column's values with nulls as None, or all None when the column is absent."""
    if name not in frame.columns:
        return [None] * len(frame)
    return [None if _is_null(value) else value for value in frame[name]]


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
