"""The prepared page: one input decoded, its kind decided and, for HTML, bounded and parsed once.

Every stage after the input reads this one object: the decoded text, and for HTML the
bounded markup and its tree (`ParsedHtml`). Nothing downstream decodes or parses the page
again: metadata and the candidate walk read the same read-only tree, and readability-lxml,
when the fallback asks it, reads the bounded markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from newsextract.input.decode import decode
from newsextract.input.jsondata import json_ld_scripts
from newsextract.input.safeparse import ParsedHtml, safe_parse
from newsextract.input.sniff import sniff_kind
from newsextract.options import Kind, Options
from newsextract.settings import DEFAULT_SETTINGS, Settings
from newsextract.signals.strings import is_web_address

#: Why a lone web address gives an empty Article: callers pass one expecting a fetch.
URL_NOT_PAGE = (
    "the input is a web address, not a page: newsextract never fetches one; pass the page's "
    "HTML or text (and the address as url=)"
)


@dataclass(frozen=True, slots=True)
class Page:
    """One page ready for the stages."""

    url: str | None  # only recorded and used to resolve links: never fetched
    kind: Literal["html", "text"]
    text: str  # the decoded page: valid Unicode, no NUL or stray control characters
    warnings: tuple[str, ...]  # what decoding had to do
    html: ParsedHtml | None = None  # HTML pages: the bounded markup and its read-only tree
    json_ld: tuple[Any, ...] = ()  # HTML pages: their JSON-LD scripts, parsed once


@dataclass(frozen=True, slots=True)
class NoPage:
    """An input that holds no page: binary data, nothing but whitespace, a web address
    alone, or markup that parses to nothing. `warnings` say which."""

    warnings: tuple[str, ...]
    binary: str | None = None  # the binary format ("pdf", "png"...), when it was one


def prepare(
    source: str | bytes,
    *,
    url: str | None,
    kind: Kind,
    options: Options,
    settings: Settings = DEFAULT_SETTINGS,
    encoding: str | None = None,
) -> Page | NoPage:
    """Decode `source` (bytes by the transport's `encoding` first, when given), decide HTML
    or text (`kind` "auto" sniffs) and parse HTML once."""
    decoded = decode(source, options, declared_charset=encoding, settings=settings.decode)
    if decoded.binary is not None:
        binary = f"binary input ({decoded.binary}), not a page"
        return NoPage((*decoded.warnings, binary), decoded.binary)
    if not decoded.text.strip():
        return NoPage((*decoded.warnings, "empty input"))
    if is_web_address(decoded.text):
        return NoPage((*decoded.warnings, URL_NOT_PAGE))
    chosen = sniff_kind(decoded.text, settings.decode) if kind == "auto" else kind
    if chosen == "text":
        return Page(url, "text", decoded.text, decoded.warnings)
    parsed = safe_parse(decoded.text, options, utf8=decoded.utf8, settings=settings.parse)
    if parsed is None:
        return NoPage((*decoded.warnings, "no HTML content could be parsed"))
    json_ld = json_ld_scripts(parsed.root, settings.json)
    return Page(url, "html", decoded.text, decoded.warnings, parsed, json_ld)
