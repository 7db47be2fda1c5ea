"""HTML or plain text: the guess `extract(kind="auto")` makes on decoded text."""

from __future__ import annotations

import re
from typing import Literal

from newsextract.settings import DEFAULT_SETTINGS, DecodeSettings

_DOCUMENT_START = re.compile(
    r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml\s|<!--)", re.IGNORECASE
)
#: Tags common in news markup and rare in prose: only these count towards the density.
_TAG_NAMES = (
    *("a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button", "caption"),
    *("center", "cite", "code", "dd", "div", "dl", "dt", "em", "figcaption", "figure"),
    *("font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr"),
    *("html", "i", "iframe", "img", "input", "label", "li", "link", "main", "meta", "nav"),
    *("noscript", "ol", "option", "p", "picture", "pre", "script", "section", "select"),
    *("small", "source", "span", "strong", "style", "sub", "sup", "svg", "table", "tbody"),
    *("td", "th", "thead", "time", "title", "tr", "u", "ul", "video"),
)
_KNOWN_TAG = re.compile(
    r"</?(?:" + "|".join(sorted(_TAG_NAMES, key=len, reverse=True)) + r")(?=[\s/>])",
    re.IGNORECASE,
)


def sniff_kind(
    text: str, settings: DecodeSettings = DEFAULT_SETTINGS.decode
) -> Literal["html", "text"]:
    """ "html" when `text` looks like markup, else "text".

    A document start (doctype, <html>, <head>, <body>, an XML declaration or a comment)
    decides at once; otherwise known HTML tags must occur at a density plain text never has,
    so scraped text that mentions a tag now and then stays text.
    """
    sample = text[: settings.sniff_kind_chars]
    if _DOCUMENT_START.match(sample):
        return "html"
    tags = sum(1 for _ in _KNOWN_TAG.finditer(sample))
    if tags >= max(settings.html_min_tags, len(sample) * settings.html_tag_density):
        return "html"
    return "text"
