"""Dask and Spark for real (markers `dask`, `spark`; run by .ci/run), plus the engine-free
parts: the Spark schema, the partition function on plain pandas, lazy imports."""

from __future__ import annotations

import functools
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from batch_pages import make_pages
from newsextract import Options, extract
from newsextract.output.frame import ARTICLE_COLUMNS
from newsextract.scale.rows import RESULT_COLUMNS

#: Issue 6: each engine runs over at least 50 pages.
PAGE_COUNT = 60


def article_part(row: dict[str, Any]) -> dict[str, Any]:
    """A result row without its batch columns: comparable with `Article.to_dict()`."""
    return {key: value for key, value in row.items() if key in ARTICLE_COLUMNS}


def write_warc(path: Path, pages: list[Path]) -> list[str]:
    """A gzipped WARC with one HTML response per page; returns the URLs."""
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    urls = [f"https://example.com/{page.stem}" for page in pages]
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, page in zip(urls, pages, strict=True):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(page.read_bytes()), http_headers=headers
            )
            writer.write_record(record)
    return urls


def test_import_newsextract_loads_no_engine() -> None:
    code = (
        "import sys, newsextract; "
        "print([m for m in ('dask', 'pyspark', 'warcio', 'pandas', 'tqdm', 'pyarrow') "
        "if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_spark_schema_follows_the_article_model() -> None:
    from newsextract.scale.spark import SPARK_SCHEMA

    positions = [SPARK_SCHEMA.index(f"`{column}` ") for column in RESULT_COLUMNS]
    assert positions == sorted(positions)
    block = (
        "struct<`kind`: string, `text`: string, "
        "`links`: array<struct<`start`: bigint, `end`: bigint, `href`: string>>, "
        "`emphasis`: array<struct<`start`: bigint, `end`: bigint, `style`: string>>, "
        "`rows`: array<array<string>>>"
    )
    assert f"`blocks` array<{block}>" in SPARK_SCHEMA
    assert (
        "`images` array<struct<`url`: string, `alt`: string, `caption`: string, "
        "`credit`: string, `block`: bigint>>"
    ) in SPARK_SCHEMA
    assert (
        f"`entries` array<struct<`time`: string, `title`: string, `blocks`: array<{block}>>>"
    ) in SPARK_SCHEMA
    assert "`teasers` array<struct<`title`: string, `url`: string>>" in SPARK_SCHEMA
    assert "`next_page_url` string" in SPARK_SCHEMA
    assert "`published` string" in SPARK_SCHEMA
    assert "`is_error_page` boolean" in SPARK_SCHEMA


def test_extract_partition_on_plain_pandas(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    from newsextract.scale.spark import extract_partition

    paths = make_pages(tmp_path, 4)
    frames = [
        pandas.DataFrame({"html": [p.read_text("utf-8") for p in paths[:3]], "id": [1, 2, 3]}),
        pandas.DataFrame({"html": [paths[3].read_bytes(), 42], "url": ["https://e.com/", None]}),
    ]
    first, second = extract_partition(iter(frames))
    assert list(first.columns) == list(RESULT_COLUMNS)
    assert list(first["source_id"]) == ["1", "2", "3"]
    rows = [*first.to_dict("records"), *second.to_dict("records")]
    expected = [extract(p.read_bytes()).to_dict() for p in paths[:3]]
    expected.append(extract(paths[3].read_bytes(), url="https://e.com/").to_dict())
    assert [article_part(row) for row in rows[:4]] == expected
    assert rows[4]["error_type"] == "TypeError"
    assert rows[4]["title"] is None
    assert rows[4]["blocks"] is None


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.mark.dask
def test_dask_files_equal_serial(tmp_path: Path, dask_client: Any) -> None:
    from newsextract.scale.dask import articles_bag, to_dataframe

    paths = make_pages(tmp_path, PAGE_COUNT)
    paths.append(tmp_path / "missing.html")
    bag = articles_bag(paths, npartitions=6)
    rows = bag.compute()
    expected = [extract(p.read_bytes()).to_dict() for p in paths[:-1]]
    assert [article_part(row) for row in rows[:-1]] == expected
    assert [row["source_id"] for row in rows] == [str(p) for p in paths]
    assert rows[-1]["error_type"] == "FileNotFoundError"
    frame = to_dataframe(bag).compute()
    assert list(frame.columns) == list(RESULT_COLUMNS)
    assert len(frame) == PAGE_COUNT + 1
    assert frame["blocks"].iloc[0] == expected[0]["blocks"]


@pytest.mark.dask
def test_dask_warc_equals_serial(tmp_path: Path, dask_client: Any) -> None:
    from newsextract.scale.dask import articles_bag, to_dataframe, warc_bag

    paths = make_pages(tmp_path, PAGE_COUNT)
    half = PAGE_COUNT // 2
    urls = write_warc(tmp_path / "a.warc.gz", paths[:half])
    urls += write_warc(tmp_path / "b.warc.gz", paths[half:])
    options = Options(free_text_dates=False)
    bag = warc_bag([tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"], options=options)
    frame = to_dataframe(bag, warc=True).compute()
    assert list(frame["warc_url"]) == urls
    assert list(frame["warc_file"]) == [str(tmp_path / "a.warc.gz")] * half + [
        str(tmp_path / "b.warc.gz")
    ] * (PAGE_COUNT - half)
    expected = [
        extract(p.read_bytes(), url=u, kind="html", options=options).to_dict()
        for p, u in zip(paths, urls, strict=True)
    ]
    assert [article_part(row) for row in frame.to_dict("records")] == expected
    assert articles_bag([], npartitions=1).compute() == []


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYSPARK_PYTHON", sys.executable)  # the Python workers need this venv
        session = (
            SparkSession.builder.master("local[2]")
            .appName("newsextract-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", "16")
            .getOrCreate()
        )
        yield session
        session.stop()


@pytest.mark.spark
def test_spark_map_in_pandas_equals_serial(tmp_path: Path, spark: Any) -> None:
    from newsextract.scale.spark import SPARK_SCHEMA, extract_partition

    paths = make_pages(tmp_path, PAGE_COUNT)
    urls = [f"https://example.com/{p.stem}" for p in paths]
    options = Options(tables=False)
    pages = spark.createDataFrame(
        [(n, p.read_text("utf-8"), u) for n, (p, u) in enumerate(zip(paths, urls, strict=True))],
        schema="id long, html string, url string",
    ).repartition(2)
    extract_rows = functools.partial(extract_partition, options=options)
    rows = pages.mapInPandas(extract_rows, schema=SPARK_SCHEMA).collect()
    by_id = {int(row["source_id"]): row.asDict(recursive=True) for row in rows}
    assert sorted(by_id) == list(range(PAGE_COUNT))
    for n, (path, url) in enumerate(zip(paths, urls, strict=True)):
        assert by_id[n]["error"] is None
        expected = extract(path.read_bytes(), url=url, options=options).to_dict()
        assert article_part(by_id[n]) == expected
