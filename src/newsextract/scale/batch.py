"""Many pages at once: `extract_many` streams results in input order, on all cores.

How it works, and why:

- **Results are records, not bare Articles.** Each item gives a `BatchResult` carrying its
  input position, where it came from, and either the `Article` or an `ItemError` (the
  exception's type name and message). A failing page is data about the batch, not a reason
  to stop it, and a plain record pickles and serializes where an exception object may not.
- **Serial or pooled.** ``workers=1`` runs in this process, with no start-up cost. Above
  that, spawned worker processes each hold one pipe to the parent and take one item at a
  time. ``spawn`` is used on every platform: it is safe in programs that run threads (Dask,
  Jupyter, web servers), where ``fork`` can deadlock.
- **Bounded look-ahead.** The input iterator is read only when a worker is free and fewer
  than ``LOOKAHEAD_PER_WORKER * workers`` items are in flight or waiting to be yielded in
  order, so memory stays flat on a generator of any length.
- **Timeouts kill, they do not wait.** With ``timeout`` set, the parent holds a deadline per
  busy worker; a worker past it is killed and replaced and its item reported as a
  ``Timeout`` error. This also works for code stuck in C (lxml), which no in-process alarm
  can interrupt. A worker that dies (a crash, the OOM killer) is replaced the same way and
  its item reported as ``WorkerDied``. A timeout therefore always uses worker processes,
  even with ``workers=1``.
"""

from __future__ import annotations

import importlib
import math
import os
import signal
import sys
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING, BinaryIO, Literal, TypeVar, get_args

from newsextract.api import extract
from newsextract.errors import NewsExtractError, refuse_one
from newsextract.model import Article
from newsextract.options import DEFAULT_OPTIONS, KINDS, Kind, Options

if TYPE_CHECKING:  # multiprocessing is imported when a pool starts, not with the library
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

#: What a failed item does to the batch: recorded in its result, or raised.
OnError = Literal["record", "raise"]
ON_ERRORS: tuple[str, ...] = get_args(OnError)
PageInput = str | bytes | os.PathLike[str]
Tag = TypeVar("Tag")

#: Items in flight or waiting to be yielded, per worker. Two keeps every worker busy while
#: the parent pickles; four absorbs the spread of page sizes (measured on the scrapinghub
#: pages: 4 gives the same docs/s as 16 with a quarter of the buffered pages).
LOOKAHEAD_PER_WORKER = 4
#: Below this many items a progress bar is noise (issue 6: "when the input is long").
PROGRESS_MIN_ITEMS = 100
#: Seconds a worker gets to exit after being asked to, before it is killed.
SHUTDOWN_GRACE_SECONDS = 5.0

_READY = "ready"
_START_FAILED = (
    "a newsextract worker process failed to start; in a script, run extract_many under "
    "`if __name__ == '__main__':` (worker processes are spawned and import the main module)"
)


@dataclass(frozen=True, slots=True)
class PageItem:
    """A batch item with what `extract` takes beside the page: its URL, the title a feed
    gave, the charset the transport declared (see `extract`'s arguments of these names)."""

    source: PageInput
    url: str | None = None
    title: str | None = None
    encoding: str | None = None


Item = PageInput | tuple[PageInput, str | None] | PageItem


@dataclass(frozen=True, slots=True)
class ItemError:
    """Why one item of a batch gave no Article: the exception's type name and message.

    `type` is the Python exception's class name (``"TypeError"``, ``"OSError"``...), or
    ``"Timeout"`` / ``"WorkerDied"`` when the worker process had to be killed or was lost.
    """

    type: str
    message: str


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The outcome of one item of `extract_many`: exactly one of `article` and `error` is set.

    `index` is the item's position in the input; `source_id` says where it came from: the
    file path for a path item, else the URL given with it, else None.
    """

    index: int
    source_id: str | None
    article: Article | None = None
    error: ItemError | None = None

    @property
    def ok(self) -> bool:
        """True when the item gave an Article."""
        return self.article is not None


class BatchItemError(NewsExtractError):
    """An item of `extract_many(..., on_error="raise")` failed; raised after the pool stopped."""

    def __init__(self, result: BatchResult) -> None:
        error = result.error or ItemError("Unknown", "")
        where = result.source_id or f"item {result.index}"
        super().__init__(f"{where}: {error.type}: {error.message}")
        self.result = result

    def __reduce__(self) -> tuple[type[BatchItemError], tuple[BatchResult]]:
        """Pickle by the result (an exception pickles by its message, which `__init__` does
        not take): it crosses process boundaries, from a Dask or Spark task to its caller."""
        return type(self), (self.result,)


def extract_many(
    sources: Iterable[Item],
    *,
    workers: int | None = None,
    progress: bool | None = None,
    options: Options | None = None,
    on_error: OnError = "record",
    timeout: float | None = None,
    kind: Kind = "auto",
) -> Iterator[BatchResult]:
    """Extract every item of `sources`, yielding one `BatchResult` per item in input order.

    Items are page content (`str` or `bytes`), file paths (`os.PathLike`, read in the worker;
    gzip files are fine: `extract` decompresses them), ``(item, url)`` pairs, or `PageItem`
    records (an item with its URL, title and transport charset).
    A plain `str` is always content, never a path: wrap paths in `pathlib.Path`.

    Args:
        sources: any iterable, including a generator of unknown length; read lazily.
        workers: processes to use; default `os.cpu_count()`. 1 runs in this process.
        progress: a tqdm bar on stderr; None shows one only in a terminal or notebook when
            the input has at least 100 items or an unknown length. Needs the `progress` extra.
        options: passed to `extract` for every item.
        on_error: "record" yields failed items with their `error`; "raise" stops the batch,
            shuts the workers down and raises `BatchItemError`.
        timeout: seconds an item may take; a slower one is killed and reported as "Timeout".
        kind: passed to `extract` ("auto", "html" or "text").

    >>> page = "<html><body><h1>Title</h1><p>" + "A sentence of news. " * 5 + "</p>"
    >>> [(r.index, r.article.title) for r in extract_many([page, 42], workers=1) if r.ok]
    [(0, 'Title')]
    """
    refuse_one(
        sources,
        (str, bytes, bytearray, memoryview),
        "extract_many",
        "pass [page], or extract(page)",
    )
    count = _check_workers(workers)
    if on_error not in ON_ERRORS:
        raise ValueError(f"on_error must be 'record' or 'raise', not {on_error!r}")
    if timeout is not None:
        if not isinstance(timeout, (int, float)) or isinstance(timeout, bool):
            raise TypeError(f"timeout must be a number of seconds, not {type(timeout).__name__}")
        if not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    if kind not in KINDS:
        raise ValueError(f"kind must be 'auto', 'html' or 'text', not {kind!r}")
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be an Options, not {type(options).__name__}")
    opts = options or DEFAULT_OPTIONS
    bar_possible = progress is None and _interactive()
    items, total = _measure(sources, peek=max(count, PROGRESS_MIN_ITEMS if bar_possible else 0))
    if total is not None:
        count = max(1, min(count, total))
    if count == 1 and timeout is None:
        results = _serial(items, opts, kind, on_error)
    else:
        results = _pooled(
            items, workers=count, options=opts, kind=kind, on_error=on_error, timeout=timeout
        )
    if not _wants_progress(progress, total):
        return results
    return _with_progress(results, total, asked=progress is True)


def extract_many_tagged(
    tagged: Iterable[tuple[Tag, Item]],
    *,
    workers: int | None = None,
    progress: bool | None = None,
    options: Options | None = None,
    on_error: OnError = "record",
    timeout: float | None = None,
    kind: Kind = "auto",
) -> Iterator[tuple[Tag, BatchResult]]:
    """`extract_many` over ``(tag, item)`` pairs, giving each result back with its tag.

    Tags stay in this process (they are never pickled), so they can be anything: a display
    name, a WARC record's headers. Only the tags of items in flight are held.
    """
    pending: deque[Tag] = deque()

    def items() -> Iterator[Item]:
        for tag, item in tagged:
            pending.append(tag)
            yield item

    # a sized input keeps its length (the progress bar's total)
    sources: Iterable[Item] = _Sized(items, len(tagged)) if isinstance(tagged, Sized) else items()
    results = extract_many(
        sources,
        workers=workers,
        progress=progress,
        options=options,
        on_error=on_error,
        timeout=timeout,
        kind=kind,
    )
    return ((pending.popleft(), result) for result in results)


@dataclass(frozen=True, slots=True)
class _Sized:
    """Items produced lazily by a function, of a known count."""

    produce: Callable[[], Iterator[Item]]
    count: int

    def __iter__(self) -> Iterator[Item]:
        return self.produce()

    def __len__(self) -> int:
        return self.count


def run_item(index: int, item: Item, options: Options, kind: Kind) -> BatchResult:
    """Extract one item, recording any failure in the result instead of raising.

    This is the batch's isolation boundary, the one place where every exception is caught:
    a bug or a bad page must cost one item, not the batch, and nothing is hidden because
    the record keeps the exception's type and message.
    """
    source_id = _source_id(item)
    try:
        article = extract_item(item, options, kind)
    except Exception as exc:
        return BatchResult(index, source_id, error=ItemError(type(exc).__name__, str(exc)))
    return BatchResult(index, source_id, article=article)


def extract_item(item: Item, options: Options, kind: Kind) -> Article:
    """Extract one batch item: read it if it is a path, pass its URL, title and charset."""
    page = _page_item(item)
    source = page.source
    if isinstance(source, os.PathLike):
        source = read_path(source, options)
    return extract(
        source,
        url=page.url,
        kind=kind,
        options=options,
        title=page.title,
        encoding=page.encoding,
    )


def _page_item(item: Item) -> PageItem:
    """Any item as a `PageItem` (a pair gives its URL). Another tuple stays the source,
    which `extract` refuses: that item's error, not the batch's end."""
    if isinstance(item, PageItem):
        return item
    if isinstance(item, tuple) and len(item) == 2:
        source, url = item
        return PageItem(source, url)
    return PageItem(item)


def read_path(path: os.PathLike[str] | str, options: Options) -> bytes:
    """Read a file's bytes, no more than `extract` would look at (see `read_stream`)."""
    with open(path, "rb") as stream:
        return read_stream(stream, options)


def read_stream(stream: BinaryIO, options: Options) -> bytes:
    """Read at most ``max_input_bytes + 1`` bytes: enough for `extract` to see an oversized
    input as oversized and apply `Options.oversize`, and never a whole huge file.

    Gzip data is left as it is: `extract` decompresses it within `Options.max_gzip_bytes`.
    """
    return stream.read(options.max_input_bytes + 1)


def _source_id(item: Item) -> str | None:
    """The path of a path item, else its URL; None when there is neither, or when the URL is
    not a string (`extract` refuses it: the result's error says so)."""
    page = _page_item(item)
    if isinstance(page.source, os.PathLike):
        return os.fspath(page.source)
    return page.url if isinstance(page.url, str) else None


def _check_workers(workers: int | None) -> int:
    if workers is None:
        return os.cpu_count() or 1
    if not isinstance(workers, int) or isinstance(workers, bool):
        raise TypeError(f"workers must be an int, not {type(workers).__name__}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    return workers


def _measure(sources: Iterable[Item], *, peek: int) -> tuple[Iterator[Item], int | None]:
    """The items as an iterator, and their count when it is known without reading them all.

    A sized input tells its length. An unsized one is peeked at, up to `peek` items: a
    generator shorter than that needs no more workers than items, and no progress bar.
    """
    if isinstance(sources, Sized):
        return iter(sources), len(sources)
    iterator = iter(sources)
    head = list(islice(iterator, peek))
    total = len(head) if len(head) < peek else None
    return chain(head, iterator), total


def _serial(
    items: Iterator[Item], options: Options, kind: Kind, on_error: OnError
) -> Iterator[BatchResult]:
    for index, item in enumerate(items):
        if on_error == "record":
            yield run_item(index, item, options, kind)
            continue
        try:
            article = extract_item(item, options, kind)
        except Exception as exc:
            error = ItemError(type(exc).__name__, str(exc))
            raise BatchItemError(BatchResult(index, _source_id(item), error=error)) from exc
        yield BatchResult(index, _source_id(item), article=article)


@dataclass(slots=True)
class _Worker:
    """One worker process, its end of the pipe, and the item it is working on."""

    process: BaseProcess
    conn: Connection
    ready: bool = False
    task: tuple[int, str | None] | None = None  # (index, source_id) of the item in flight
    deadline: float = math.inf


def _pooled(
    items: Iterator[Item],
    *,
    workers: int,
    options: Options,
    kind: Kind,
    on_error: OnError,
    timeout: float | None,
) -> Iterator[BatchResult]:
    """Run items on worker processes, yielding results in input order (see module doc)."""
    window = LOOKAHEAD_PER_WORKER * workers
    pool: list[_Worker] = []
    done: dict[int, BatchResult] = {}
    sent = 0
    yielded = 0
    exhausted = False
    try:
        while True:
            while not exhausted and sent - yielded < window:
                worker = _idle_worker(pool, workers, options, kind)
                if worker is None:
                    break
                try:
                    item = next(items)
                except StopIteration:
                    exhausted = True
                    break
                worker.conn.send((sent, item))
                worker.task = (sent, _source_id(item))
                worker.deadline = math.inf if timeout is None else time.monotonic() + timeout
                sent += 1
            while yielded in done:
                result = done.pop(yielded)
                if on_error == "raise" and result.error is not None:
                    raise BatchItemError(result)
                yield result
                yielded += 1
            if exhausted and yielded == sent:
                return
            if all(w.ready and w.task is None for w in pool):
                continue  # nothing to wait for: the window has room again
            for result in _collect(pool, timeout):
                done[result.index] = result
    finally:
        _shutdown(pool)


def _idle_worker(pool: list[_Worker], size: int, options: Options, kind: Kind) -> _Worker | None:
    """A ready worker without a task, starting a new process if the pool is not full."""
    for worker in pool:
        if worker.ready and worker.task is None:
            return worker
    if len(pool) < size:
        pool.append(_start_worker(options, kind))
    return None


def _start_worker(options: Options, kind: Kind) -> _Worker:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe(duplex=True)
    process = context.Process(target=_serve, args=(child_end, options, kind), daemon=True)
    process.start()
    child_end.close()  # so the parent sees EOF when the worker dies
    return _Worker(process, parent_end)


def _serve(conn: Connection, options: Options, kind: Kind) -> None:
    """A worker process's loop: take an item, send back its result, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # `extract` imports the pipeline on first use (about a second): load it before saying
    # ready, so that an item's deadline measures its extraction, not this worker's start.
    importlib.import_module("newsextract.pipeline")
    conn.send(_READY)
    try:
        while (task := conn.recv()) is not None:
            index, item = task
            conn.send(run_item(index, item, options, kind))
    except (EOFError, BrokenPipeError):
        return  # the parent is gone


def _collect(pool: list[_Worker], timeout: float | None) -> list[BatchResult]:
    """Wait for worker messages or the next deadline; replace dead and overdue workers."""
    from multiprocessing.connection import wait

    deadline = min((w.deadline for w in pool), default=math.inf)
    wait_for = None if deadline == math.inf else max(0.0, deadline - time.monotonic())
    ready = set(wait([w.conn for w in pool], timeout=wait_for))
    results: list[BatchResult] = []
    for worker in list(pool):
        if worker.conn in ready:
            try:
                message = worker.conn.recv()
            except EOFError:
                if not worker.ready:
                    _drop(pool, worker, results, ItemError("WorkerDied", ""))
                    raise RuntimeError(_START_FAILED) from None
                worker.process.join(SHUTDOWN_GRACE_SECONDS)  # to read its exit code
                code = worker.process.exitcode  # negative: killed by that signal
                _drop(pool, worker, results, ItemError("WorkerDied", f"exit code {code}"))
                continue
            if message == _READY:
                worker.ready = True
            else:
                results.append(message)
                worker.task, worker.deadline = None, math.inf
        elif worker.deadline <= time.monotonic():
            _drop(pool, worker, results, ItemError("Timeout", f"no result after {timeout} s"))
    return results


def _drop(
    pool: list[_Worker], worker: _Worker, results: list[BatchResult], error: ItemError
) -> None:
    """Kill a worker, take it out of the pool and record its item (if any) as failed."""
    pool.remove(worker)
    _stop(worker, kill=True)
    if worker.task is not None:
        index, source_id = worker.task
        results.append(BatchResult(index, source_id, error=error))


def _shutdown(pool: list[_Worker]) -> None:
    """Ask idle workers to exit, kill busy ones (their results are no longer wanted)."""
    for worker in pool:
        if worker.task is None:
            try:
                worker.conn.send(None)
            except OSError:
                worker.process.kill()
        else:
            worker.process.kill()
    for worker in pool:
        _stop(worker, kill=False)
    pool.clear()


def _stop(worker: _Worker, *, kill: bool) -> None:
    if kill:
        worker.process.kill()
    worker.process.join(SHUTDOWN_GRACE_SECONDS)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    worker.conn.close()


def _interactive() -> bool:
    """True in a terminal (stderr is a TTY) or a Jupyter kernel."""
    return sys.stderr.isatty() or "ipykernel" in sys.modules


def _wants_progress(progress: bool | None, total: int | None) -> bool:
    if progress is not None:
        return progress
    return _interactive() and (total is None or total >= PROGRESS_MIN_ITEMS)


def _with_progress(
    results: Iterator[BatchResult], total: int | None, *, asked: bool
) -> Iterator[BatchResult]:
    """Show a tqdm bar on stderr while results are consumed; no bar without tqdm.

    Missing tqdm is silent when the bar was automatic, and a warning when it was asked for.
    """
    try:
        from tqdm.auto import tqdm
    except ImportError:
        if asked:
            warnings.warn(
                "no progress bar: tqdm is not installed (pip install 'newsextract[progress]')",
                stacklevel=2,
            )
        yield from results
        return
    with tqdm(total=total, unit="doc", file=sys.stderr) as bar:
        for result in results:
            bar.update()
            yield result
