"""extract_many: same results as extract, input order, bounded look-ahead, per-item errors,
timeouts that kill a stuck worker, clean shutdown; to_frame."""

from __future__ import annotations

import gzip
import multiprocessing
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batch_pages import make_pages
from newsextract import Options, extract
from newsextract.output.frame import ARTICLE_COLUMNS, to_frame
from newsextract.scale.batch import (
    LOOKAHEAD_PER_WORKER,
    BatchItemError,
    BatchResult,
    ItemError,
    extract_many,
    extract_many_tagged,
)
from newsextract.scale.rows import RESULT_COLUMNS, result_row


def serial_dicts(paths: list[Path]) -> list[dict[str, object]]:
    return [extract(path.read_bytes()).to_dict() for path in paths]


def test_workers_1_equals_extract_for_str_and_bytes(tmp_path: Path) -> None:
    paths = make_pages(tmp_path, 4)
    sources: list[str | bytes] = [paths[0].read_text("utf-8"), *(p.read_bytes() for p in paths[1:])]
    results = list(extract_many(sources, workers=1))
    assert [r.index for r in results] == [0, 1, 2, 3]
    assert [r.article.to_dict() for r in results if r.article] == serial_dicts(paths)
    assert all(r.error is None and r.source_id is None for r in results)


def test_pool_equals_serial_in_input_order(tmp_path: Path) -> None:
    paths = make_pages(tmp_path, 12)
    results = list(extract_many(paths, workers=2))
    assert [r.index for r in results] == list(range(12))
    assert [r.source_id for r in results] == [str(p) for p in paths]
    assert [r.article.to_dict() for r in results if r.article] == serial_dicts(paths)
    assert not multiprocessing.active_children()


def test_pairs_give_the_url(tmp_path: Path) -> None:
    path = make_pages(tmp_path, 1)[0]
    items = [(path, "https://example.com/a"), (path.read_bytes(), "https://example.com/b")]
    results = list(extract_many(items, workers=1))
    assert [r.source_id for r in results] == [str(path), "https://example.com/b"]
    assert [r.article.url for r in results if r.article] == [
        "https://example.com/a",
        "https://example.com/b",
    ]


def test_gzip_files_are_read(tmp_path: Path) -> None:
    path = make_pages(tmp_path, 1)[0]
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(path.read_bytes()))
    (result,) = extract_many([packed], workers=1)
    assert result.article is not None
    assert result.article.to_dict() == extract(packed.read_bytes()).to_dict()
    assert result.article.text == extract(path.read_bytes()).text


def test_files_are_read_within_the_input_bound(tmp_path: Path) -> None:
    path = make_pages(tmp_path, 1)[0]
    small = Options(max_input_bytes=500, oversize="raise")
    (refused,) = extract_many([path], workers=1, options=small)
    assert refused.error is not None
    assert refused.error.type == "InputTooLargeError"
    (cut,) = extract_many([path], workers=1, options=Options(max_input_bytes=500))
    assert cut.article is not None
    assert (
        cut.article.to_dict()
        == extract(path.read_bytes(), options=Options(max_input_bytes=500)).to_dict()
    )


def test_failures_are_recorded_and_do_not_stop_the_batch(tmp_path: Path) -> None:
    good = make_pages(tmp_path, 2)
    # a tuple that is no (page, url) pair ended the batch with a ValueError, before any item
    items: list[object] = [good[0], 42, tmp_path / "missing.html", ("<p>a</p>", "u", "x"), good[1]]
    for workers in (1, 2):
        results = list(extract_many(iter(items), workers=workers))  # type: ignore[arg-type]
        assert [r.ok for r in results] == [True, False, False, False, True]
        assert results[3].error == ItemError("TypeError", "source must be str or bytes, not tuple")
        assert results[1].error == ItemError("TypeError", results[1].error.message)  # type: ignore[union-attr]
        assert results[2].error is not None
        assert results[2].error.type == "FileNotFoundError"
        assert results[2].source_id == str(tmp_path / "missing.html")


@pytest.mark.parametrize("workers", [1, 2])
def test_raise_stops_after_cleanup(tmp_path: Path, workers: int) -> None:
    good = make_pages(tmp_path, 6)
    items: list[object] = [*good[:2], 42, *good[2:]]
    seen: list[BatchResult] = []
    with pytest.raises(BatchItemError) as info:
        seen.extend(extract_many(items, workers=workers, on_error="raise"))  # type: ignore[arg-type]
    assert info.value.result.index == 2
    assert info.value.result.error is not None
    assert info.value.result.error.type == "TypeError"
    assert not multiprocessing.active_children()
    # it crosses process boundaries (a Dask or Spark task's error) whole
    again = pickle.loads(pickle.dumps(info.value))
    assert (type(again), again.result, str(again)) == (
        BatchItemError,
        info.value.result,
        str(info.value),
    )


def test_look_ahead_is_bounded_on_a_generator(tmp_path: Path) -> None:
    page = make_pages(tmp_path, 1)[0].read_bytes()
    pulled = 0

    def pages() -> Iterator[bytes]:
        nonlocal pulled
        for _ in range(40):
            pulled += 1
            yield page

    workers = 2
    for consumed, result in enumerate(extract_many(pages(), workers=workers), start=1):
        assert result.ok
        assert pulled - consumed <= LOOKAHEAD_PER_WORKER * workers
    assert pulled == 40


def test_a_one_item_generator_runs_in_process(tmp_path: Path) -> None:
    page = make_pages(tmp_path, 1)[0].read_bytes()
    for result in extract_many(iter([page]), workers=4):
        assert result.ok
        assert not multiprocessing.active_children()


def test_abandoned_iterator_stops_the_workers(tmp_path: Path) -> None:
    page = make_pages(tmp_path, 1)[0].read_bytes()
    results = extract_many(iter([page] * 50), workers=2)
    assert next(results).ok
    results.close()  # type: ignore[attr-defined]
    assert not multiprocessing.active_children()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
@pytest.mark.parametrize("workers", [1, 2])
def test_timeout_kills_a_stuck_item(tmp_path: Path, workers: int) -> None:
    """Reading a FIFO that nobody writes blocks forever in the worker: it must be killed."""
    good = make_pages(tmp_path, 3)
    stuck = tmp_path / "stuck.html"
    os.mkfifo(stuck)
    results = list(extract_many([good[0], stuck, *good[1:]], workers=workers, timeout=3))
    assert [r.ok for r in results] == [True, False, True, True]
    assert results[1].error is not None
    assert results[1].error.type == "Timeout"
    assert [r.article.to_dict() for r in results if r.article] == serial_dicts(good)
    assert not multiprocessing.active_children()


_WARM_UP_PROBE = """
import sys
from newsextract.options import DEFAULT_OPTIONS
from newsextract.scale import batch

class Conn:
    sent = []
    def send(self, message):
        self.sent.append((message, "newsextract.pipeline" in sys.modules))
    def recv(self):
        return None  # no item: the worker stops

assert "newsextract.pipeline" not in sys.modules
batch._serve(Conn(), DEFAULT_OPTIONS, "auto")
print(Conn.sent)
"""


def test_a_worker_loads_the_pipeline_before_it_says_ready() -> None:
    """An item's deadline must not pay the worker's first-call imports (about a second)."""
    done = subprocess.run(
        [sys.executable, "-c", _WARM_UP_PROBE], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[('ready', True)]"


class _Crash:
    """Unpickling this kills the process that does it: a worker crash on demand."""

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return os._exit, (3,)


def test_a_crashed_worker_is_replaced_and_its_item_reported(tmp_path: Path) -> None:
    good = make_pages(tmp_path, 4)
    items: list[object] = [good[0], _Crash(), *good[1:]]
    results = list(extract_many(items, workers=2))  # type: ignore[arg-type]
    assert [r.ok for r in results] == [True, False, True, True, True]
    assert results[1].error == ItemError("WorkerDied", "exit code 3")
    assert [r.article.to_dict() for r in results if r.article] == serial_dicts(good)
    assert not multiprocessing.active_children()


def test_arguments_are_checked_at_call_time() -> None:
    with pytest.raises(ValueError, match="workers"):
        extract_many([], workers=0)
    with pytest.raises(TypeError, match="workers"):
        extract_many([], workers=2.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="on_error"):
        extract_many([], on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout"):
        extract_many([], timeout=0)
    with pytest.raises(TypeError, match="timeout must be a number of seconds, not str"):
        extract_many([], timeout="5")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="kind"):
        extract_many([], kind="pdf")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="options"):
        extract_many([], options={"tables": False})  # type: ignore[arg-type]
    # one page is not a batch: iterating it would give one item per character or byte
    with pytest.raises(TypeError, match=r"^extract_many takes a list, not one str: pass \[page\]"):
        extract_many("<p>A page passed alone.</p>")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not one bytes"):
        extract_many(b"<p>A page passed alone.</p>")  # type: ignore[arg-type]


def test_a_url_that_is_no_string_is_no_source_id() -> None:
    results = list(extract_many([("<p>x</p>", 5), ("<p>x</p>", "https://a.example/")], workers=1))  # type: ignore[list-item]
    assert [r.source_id for r in results] == [None, "https://a.example/"]
    assert results[0].error == ItemError("TypeError", "url must be a str or None, not int")


def test_progress_bar_only_when_asked_outside_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    page = make_pages(tmp_path, 1)[0].read_bytes()
    list(extract_many([page] * 3, workers=1))
    assert capsys.readouterr().err == ""
    list(extract_many([page] * 3, workers=1, progress=True))
    assert "3/3" in capsys.readouterr().err


def test_tagged_results_keep_their_tags(tmp_path: Path) -> None:
    paths = make_pages(tmp_path, 5)
    tagged = [(f"tag-{n}", path) for n, path in enumerate(paths)]
    results = list(extract_many_tagged(tagged, workers=2))
    assert [tag for tag, _ in results] == [f"tag-{n}" for n in range(5)]
    assert all(result.ok for _, result in results)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=200), st.binary(max_size=200)), max_size=8))
def test_serial_results_follow_the_input(sources: list[str | bytes]) -> None:
    results = list(extract_many(sources, workers=1))
    assert [r.index for r in results] == list(range(len(sources)))
    assert all(r.ok for r in results)  # junk is an empty Article, never an error


def test_results_pickle(tmp_path: Path) -> None:
    path = make_pages(tmp_path, 1)[0]
    (result,) = extract_many([path], workers=1)
    assert pickle.loads(pickle.dumps(result)) == result


def test_to_frame_has_one_row_per_article(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    articles = [extract(p.read_bytes()) for p in make_pages(tmp_path, 3)]
    frame = to_frame(articles)
    assert list(frame.columns) == list(ARTICLE_COLUMNS)
    assert frame.to_dict("records") == [a.to_dict() for a in articles]
    assert list(to_frame([]).columns) == list(ARTICLE_COLUMNS)


def test_result_rows_carry_errors() -> None:
    row = result_row(BatchResult(3, "a.html", error=ItemError("OSError", "unreadable")))
    assert list(row) == list(RESULT_COLUMNS)
    assert (row["source_id"], row["error_type"], row["error"], row["title"]) == (
        "a.html",
        "OSError",
        "unreadable",
        None,
    )


def test_a_page_item_passes_its_url_title_and_charset_to_extract() -> None:
    from newsextract import PageItem

    story = "Le café a rouvert ses portes lundi matin, après des mois de travaux. " * 4
    dump = "\n".join(["Cafés reopen", "Le café rouvre", story]).encode("cp1252")
    item = PageItem(dump, url="https://example.com/cafe", title="Cafés reopen", encoding="cp1252")
    [result] = list(extract_many([item], workers=1))
    expected = extract(dump, url=item.url, title=item.title, encoding=item.encoding)
    assert result.article == expected
    assert result.source_id == item.url
    assert expected.title == "Cafés reopen"
    assert expected.text.startswith("Le café")
    # the charset reaches `extract`, which doubts it there and says so in the Article
    [doubted] = list(extract_many([replace(item, encoding="utf-7")], workers=1))
    assert doubted.article is not None
    assert any("utf-7" in warning for warning in doubted.article.warnings)
