"""The library's own exceptions.

    NewsExtractError            base of every error newsextract raises on purpose
     ├── InputTooLargeError     input over `Options.max_input_bytes` with `oversize="raise"`
     └── BatchItemError         an item of `extract_many(..., on_error="raise")` failed
                                (defined beside `BatchResult` in `newsextract.scale.batch`)

A source of the wrong type raises the built-in `TypeError`, and a bad option value `TypeError`
or `ValueError`, as Python code does; a function that needs a missing optional extra (pandas,
warcio, dask) raises `ImportError` naming the extra to install, and `extract_many` raises
`RuntimeError` when its worker processes cannot start (a script that calls it outside
``if __name__ == "__main__":``). Empty, junk or binary input is not an error: it gives an
empty `Article` whose `warnings` say why.
"""

from __future__ import annotations


class NewsExtractError(Exception):
    """Base class of the errors newsextract raises on purpose."""


class InputTooLargeError(NewsExtractError):
    """The input is larger than `Options.max_input_bytes` and `Options.oversize` is "raise"."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"input of {size} bytes is over the limit of {limit} bytes")
        self.size = size
        self.limit = limit


def refuse_one(given: object, one: tuple[type, ...], function: str, fix: str) -> None:
    """Raise a TypeError when `given`, an argument where a list goes, is one item of a type
    in `one`: iterated, a page gives one "item" per character or byte, a path one file per
    character, an Article its fields. `fix` says what to pass instead.

    >>> refuse_one("crawl.warc.gz", (str,), "extract_warc", "pass [path]")
    Traceback (most recent call last):
    TypeError: extract_warc takes a list, not one str: pass [path]
    """
    if isinstance(given, one):
        raise TypeError(f"{function} takes a list, not one {type(given).__name__}: {fix}")
