"""The public entry point: check the arguments, then run the pipeline.

The pipeline is imported on the first call, not with the package: its stages compile a few
hundred patterns, which `import newsextract` should not pay for.
"""

from __future__ import annotations

import os

from newsextract.model import Article
from newsextract.options import DEFAULT_OPTIONS, KINDS, Kind, Options


def extract(
    source: str | bytes,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    options: Options | None = None,
    title: str | None = None,
    encoding: str | None = None,
) -> Article:
    """Extract the article of one news page.

    `source` is the page as HTML (str, or bytes in any encoding) or as plain text a scraper
    already dumped from it; `kind` says which ("auto" sniffs). `url` is only recorded and used
    to resolve relative links: it is never fetched (in text mode the words of its path help
    find the headline). `title` is the headline when the caller already knows it (a feed or
    a sitemap gave it): text mode finds the story under the line that shows it, and returns
    it as the title when no line does; in HTML mode it is the title only when the page shows
    none. `encoding` is the charset the transport declared for `bytes` (the HTTP
    Content-Type's, `requests`' ``response.encoding``): it outranks the page's own
    ``<meta charset>``, as in browsers, and is doubted like it (valid UTF-8 wins over a legacy
    charset; one that does not decode or reads as mojibake is dropped, with a warning); `str`
    input is already decoded, so it is ignored there. Empty, junk or binary input gives an
    empty Article (see its `warnings`), never an exception.

    >>> article = extract("<html><body><h1>Title</h1><p>" + "A sentence of news. " * 5 + "</p>")
    >>> article.title
    'Title'

    Raises:
        TypeError: `source` is not str or bytes, or an argument has the wrong type.
        ValueError: `kind` is not one of "auto", "html", "text".
        InputTooLargeError: the input is over `options.max_input_bytes` and
            `options.oversize` is "raise".
    """
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}{_hint(source)}")
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title must be a str or None, not {type(title).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding must be a str or None, not {type(encoding).__name__}")
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")
    if options is None:
        options = DEFAULT_OPTIONS
    elif not isinstance(options, Options):
        raise TypeError(f"options must be an Options, not {type(options).__name__}")
    from newsextract.pipeline import run

    return run(source, url=url, kind=kind, options=options, title=title, encoding=encoding)


def _hint(source: object) -> str:
    """What to do instead, for a file path: `extract` reads no file (`extract_many` does)."""
    if isinstance(source, os.PathLike):
        return ": extract reads no file; pass path.read_bytes(), or the paths to extract_many"
    return ""
