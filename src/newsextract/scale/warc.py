"""WARC input: extract every HTML page of web archive files (extra `warc`, using warcio).

Only ``response`` records with HTTP status 200 and an HTML content type are extracted;
requests, metadata, redirects, errors, images and the rest are skipped. Each result keeps
its record's `WarcRecord` (WARC-Target-URI, WARC-Date, WARC-Record-ID and the file name).

A record or file that cannot be read, or a record the file ends inside (a truncated WARC),
does not stop the run: it yields a result whose error says why (its type is warcio's or
Python's exception name), like a page that fails to extract.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, BinaryIO

from newsextract.errors import refuse_one
from newsextract.model import Article
from newsextract.options import DEFAULT_OPTIONS, Options
from newsextract.scale.batch import (
    BatchResult,
    Item,
    ItemError,
    PageItem,
    extract_many_tagged,
    run_item,
)

#: Content types (before any parameters) that hold an HTML page.
HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})

#: Provenance columns added to WARC rows: WARC-Target-URI, WARC-Date, WARC-Record-ID, file.
WARC_COLUMNS: tuple[str, ...] = ("warc_url", "warc_date", "warc_record_id", "warc_file")

#: Two bytes that open every gzip stream (RFC 1952).
GZIP_MAGIC = b"\x1f\x8b"
#: Every WARC file (after gunzip) starts with its version line, "WARC/1.0" or "WARC/1.1".
WARC_MAGIC = b"WARC/"

_MISSING_WARCIO = "WARC input needs warcio: pip install 'newsextract[warc]'"
_READ_ERRORS = (OSError, EOFError, ValueError, zlib.error)
_TRUNCATED = "the file ends inside this record (a truncated WARC): the page is incomplete"
_TRUNCATED_FILE = "the file ends inside a record it cannot read (a truncated WARC)"
#: Bytes read at a time when draining the rest of a record to see that it is all there.
_DRAIN_BYTES = 1 << 16


@dataclass(frozen=True, slots=True)
class WarcRecord:
    """Where a page came from in a WARC file. Only `warc_file` is set for a file error."""

    warc_file: str
    url: str | None = None
    date: str | None = None
    record_id: str | None = None
    error: ItemError | None = None  # the record or file could not be read


def extract_warc(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: bool | None = None,
    options: Options | None = None,
    timeout: float | None = None,
) -> Iterator[tuple[WarcRecord, BatchResult]]:
    """Extract the HTML responses of WARC files (plain or gzipped) on a process pool.

    Records are read in this process and extracted by `extract_many` workers, streaming:
    memory stays flat on archives of any size. Results come in file and record order.
    `paths` is a list of paths even for one file (`[path]`).
    """
    refuse_one(paths, (str, bytes, os.PathLike), "extract_warc", "pass [path]")
    opts = options or DEFAULT_OPTIONS
    tagged = extract_many_tagged(
        ((record, item) for path in paths for record, item in iter_records(path, opts)),
        workers=workers,
        progress=progress,
        options=opts,
        timeout=timeout,
        kind="html",
    )
    for record, result in tagged:
        if record.error is None:
            yield record, result
        else:
            yield record, BatchResult(result.index, result.source_id, error=record.error)


def extract_warc_serial(
    path: str | os.PathLike[str], options: Options | None = None
) -> Iterator[tuple[WarcRecord, BatchResult]]:
    """Extract one WARC file in this process: the unit of work of a Dask or Spark task."""
    opts = options or DEFAULT_OPTIONS
    for index, (record, item) in enumerate(iter_records(path, opts)):
        if record.error is not None:
            yield record, BatchResult(index, record.url, error=record.error)
        else:
            yield record, run_item(index, item, opts, "html")


def iter_records(
    path: str | os.PathLike[str], options: Options
) -> Iterator[tuple[WarcRecord, Item]]:
    """The HTML pages of one WARC file as ``(record, item)`` pairs, each item a `PageItem`
    of the payload with its URL and its HTTP charset.

    A file or record that cannot be read gives a record with its `error` set and an empty
    placeholder item, so that errors travel in order with the results.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as exc:
        raise ImportError(_MISSING_WARCIO) from exc
    name = os.fspath(path)
    try:
        with open(path, "rb") as stream:
            _check_warc(stream)
            records = ArchiveIterator(stream)
            for raw in _parsed(records):
                if _is_html_page(raw):
                    yield _read_record(name, raw, options)
                elif _cut_short(raw):  # a request, an image... or a page cut in its headers
                    yield WarcRecord(name, error=ItemError("EOFError", _TRUNCATED_FILE)), ""
            # warcio stops without a word where the file ends inside a record's WARC headers:
            # what it read then ends short of the file
            if not _nothing_after(stream, records.offset):
                yield WarcRecord(name, error=ItemError("EOFError", _TRUNCATED_FILE)), ""
    except (ArchiveLoadFailed, *_READ_ERRORS) as exc:
        yield WarcRecord(name, error=ItemError(type(exc).__name__, str(exc))), ""


def warc_row(record: WarcRecord, article: Article) -> dict[str, Any]:
    """An Article's `to_dict()` with the record's provenance added (``warc_*`` keys).

    `Article.from_dict` ignores the extra keys, so rows read back as Articles.
    """
    return {**article.to_dict(), **warc_fields(record)}


def warc_fields(record: WarcRecord) -> dict[str, str | None]:
    """The record's provenance as the `WARC_COLUMNS` of a row."""
    values = (record.url, record.date, record.record_id, record.warc_file)
    return dict(zip(WARC_COLUMNS, values, strict=True))


def _check_warc(stream: BinaryIO) -> None:
    """Refuse a file that does not open with a WARC header (warcio would skip it silently)."""
    head = stream.read(len(GZIP_MAGIC))
    stream.seek(0)
    if head == GZIP_MAGIC:
        with gzip.GzipFile(fileobj=stream) as unpacked:
            head = unpacked.read(len(WARC_MAGIC))
        stream.seek(0)
    else:
        head = stream.read(len(WARC_MAGIC))
        stream.seek(0)
    if head != WARC_MAGIC:
        raise ValueError("not a WARC file (no WARC/ header at the start)")


def _parsed(records: Iterator[Any]) -> Iterator[Any]:
    """warcio's records, and an EOFError where a record's WARC headers are cut before its
    WARC-Target-URI line (warcio 1.8 then fails with an AttributeError of its own)."""
    while True:
        try:
            raw = next(records)
        except StopIteration:
            return
        except AttributeError as exc:
            raise EOFError(_TRUNCATED_FILE) from exc
        yield raw


def _nothing_after(stream: BinaryIO, offset: int) -> bool:
    """Whether the file holds nothing but padding after `offset`, where warcio stopped:
    blank lines, bare or in gzip members (a writer may close a file with an empty member),
    which warcio passes over as the file's end. Anything else, or more than `_DRAIN_BYTES`,
    is a record whose WARC headers the file ends inside."""
    stream.seek(offset)
    rest = stream.read(_DRAIN_BYTES + 1)
    if len(rest) > _DRAIN_BYTES:
        return False
    while rest.startswith(GZIP_MAGIC):
        member = zlib.decompressobj(wbits=31)
        try:
            if member.decompress(rest).strip() or not member.eof:
                return False
        except zlib.error:
            return False
        rest = member.unused_data
    return not rest.strip()


def _is_html_page(raw: Any) -> bool:
    """A response record with HTTP status 200 and an HTML content type."""
    http = raw.http_headers
    if raw.rec_type != "response" or http is None or http.get_statuscode() != "200":
        return False
    media_type = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return media_type in HTML_CONTENT_TYPES


def _read_record(name: str, raw: Any, options: Options) -> tuple[WarcRecord, Item]:
    """The record's provenance and its body, with the charset its HTTP header declares."""
    headers = raw.rec_headers
    url = headers.get_header("WARC-Target-URI")
    record = WarcRecord(
        name,
        url=url,
        date=headers.get_header("WARC-Date"),
        record_id=headers.get_header("WARC-Record-ID"),
    )
    try:
        body = raw.content_stream().read(options.max_input_bytes + 1)
        cut = _cut_short(raw)
    except _READ_ERRORS as exc:
        return replace(record, error=ItemError(type(exc).__name__, str(exc))), ""
    if cut:
        return replace(record, error=ItemError("EOFError", _TRUNCATED)), ""
    content_type = raw.http_headers.get_header("Content-Type") or ""
    return record, PageItem(body, url, encoding=_http_charset(content_type))


def _cut_short(raw: Any) -> bool:
    """Whether the file ends before the record's declared Content-Length: a truncated WARC,
    of which warcio gives the part there is and then ends the file without a word.

    The rest of the record is read (warcio reads it anyway to reach the next record). A
    record without a length (which warcio does not bound) is cut too: every WARC record
    declares its Content-Length, so its headers ended before that line. But not the blank
    lines after a gzipped file's last member, which warcio gives as a record without any
    header (`_padding`).
    """
    stream = raw.raw_stream
    if not isinstance(getattr(stream, "limit", None), int):
        return not _padding(raw)
    while stream.limit > 0:
        if not stream.read(min(stream.limit, _DRAIN_BYTES)):
            return True
    return False


def _padding(raw: Any) -> bool:
    """Whether a record is blank bytes warcio read as one: no version line, no header, and
    nothing but white space in it (line ends a writer left after a gzipped file's last
    member)."""
    headers = raw.rec_headers
    if headers.protocol or headers.headers:
        return False
    return not raw.raw_stream.read(_DRAIN_BYTES + 1).strip()


def _http_charset(content_type: str) -> str | None:
    """The charset a Content-Type header declares, if any: passed to `extract` as its
    `encoding`, which outranks the page's own ``<meta charset>`` (as in browsers) and is
    doubted like it, with a warning in the Article when it is dropped."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value
    return None
