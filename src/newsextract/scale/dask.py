"""Dask: extract files or WARC archives across a cluster (extra `dask`).

Dask does the scheduling; newsextract only provides the per-partition work. Rows are
`newsextract.scale.rows.result_row` dicts (the Article's `to_dict()` plus ``source_id``,
``error_type`` and ``error``), so a failing page becomes a row with its error, never a
failed task.

    from distributed import Client
    from newsextract.scale.dask import articles_bag, to_dataframe

    client = Client()                      # or a cluster's address
    bag = articles_bag(paths, npartitions=64)
    to_dataframe(bag).to_parquet("articles/")

See docs/scaling.md for the full recipes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsextract.options import DEFAULT_OPTIONS, Kind, Options
from newsextract.scale.batch import run_item
from newsextract.scale.rows import RESULT_COLUMNS, result_row
from newsextract.scale.warc import WARC_COLUMNS, extract_warc_serial, warc_fields

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

_MISSING_DASK = "the Dask integration needs dask: pip install 'newsextract[dask]'"


def articles_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    options: Options | None = None,
    kind: Kind = "auto",
    npartitions: int | None = None,
) -> dask.bag.Bag:
    """A bag of result rows, one per file (HTML or text, gzipped or not), in input order.

    Files are read by the Dask workers, so `paths` must be readable from every worker
    (a shared file system); only the path strings travel through the scheduler.
    """
    bag_module = _dask_bag()
    names = [os.fspath(path) for path in paths]
    items = bag_module.from_sequence(list(enumerate(names)), npartitions=npartitions)
    bag: dask.bag.Bag = items.map_partitions(_extract_files, options or DEFAULT_OPTIONS, kind)
    return bag


def warc_bag(
    paths: Iterable[str | os.PathLike[str]], *, options: Options | None = None
) -> dask.bag.Bag:
    """A bag of result rows with ``warc_*`` columns, one partition per WARC file."""
    bag_module = _dask_bag()
    names = [os.fspath(path) for path in paths]
    files = bag_module.from_sequence(names, npartitions=max(1, len(names)))
    bag: dask.bag.Bag = files.map_partitions(_extract_warcs, options or DEFAULT_OPTIONS)
    return bag


def to_dataframe(bag: dask.bag.Bag, *, warc: bool = False) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of the rows, with every column typed ``object``.

    Each partition is built as `newsextract.to_frame` builds its frame: lists stay lists
    (Dask's string conversion would turn them into their repr) and None stays None (pandas 3
    infers string columns, which hold NaN). `warc` adds the `WARC_COLUMNS` of a `warc_bag`.
    """
    import dask
    import dask.dataframe
    import pandas

    columns = [*RESULT_COLUMNS, *(WARC_COLUMNS if warc else ())]
    meta = pandas.DataFrame({column: pandas.Series(dtype=object) for column in columns})
    parts = [dask.delayed(_object_frame)(part, columns) for part in bag.to_delayed()]  # type: ignore[attr-defined,no-untyped-call,unused-ignore]
    with dask.config.set({"dataframe.convert-string": False}):
        frame: dask.dataframe.DataFrame = dask.dataframe.from_delayed(parts, meta=meta)  # type: ignore[no-untyped-call,unused-ignore]
    return frame


def _object_frame(rows: Iterable[dict[str, Any]], columns: list[str]) -> Any:
    """One partition's rows as a pandas frame of object columns."""
    import pandas

    return pandas.DataFrame(list(rows), columns=columns, dtype=object)


def _extract_files(
    items: Sequence[tuple[int, str]], options: Options, kind: Kind
) -> list[dict[str, Any]]:
    return [result_row(run_item(index, Path(name), options, kind)) for index, name in items]


def _extract_warcs(paths: Sequence[str], options: Options) -> Iterator[dict[str, Any]]:
    for path in paths:
        for record, result in extract_warc_serial(path, options):
            yield {**result_row(result), **warc_fields(record)}


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError(_MISSING_DASK) from exc
    return dask.bag
