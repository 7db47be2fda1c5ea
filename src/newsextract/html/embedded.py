"""Article text that a page carries outside its visible markup: JSON-LD and app state.

Paywalled pages often print a teaser and keep the whole story in JSON-LD `articleBody`;
script-rendered pages (Next.js, Nuxt, other single-page apps) ship the story as JSON for the
browser to render (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = {...}`, `application/json`
blocks, the streamed `self.__next_f.push(...)` chunks of the Next.js app router) and leave the
markup empty. Both are read here, as plain strings, when the visible body is short
(`pipeline.html_blocks` decides when). Every JSON goes through `load_json` (bounded).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from newsextract.input.jsondata import load_json
from newsextract.settings import DEFAULT_SETTINGS, FallbackSettings, JsonSettings, ShapeSettings
from newsextract.signals.shape import is_prose

#: JSON-LD keys that hold an article's whole text.
_BODY_KEYS = ("articleBody", "reviewBody")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_PARAGRAPH_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|blockquote|br|section)\b[^<>]{0,2000}>", re.I)
_LINE_BREAKS = re.compile(r"\s*\n\s*")
#: `window.__NAME__ = {` / `window["__NAME__"]=JSON.parse(` at the start of an inline script.
_STATE_ASSIGNMENT = re.compile(r"^\s*(?:window|self|globalThis)\s*(?:\.\s*|\[\s*[\"'])__\w+")
#: A JSON string literal (escapes included): the unrolled loop has no nested quantifier.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NEXT_CHUNK = re.compile(r"self\.__next_f\.push\(")


@dataclass(frozen=True, slots=True)
class EmbeddedBody:
    """An article body found outside the markup: its paragraphs and where it came from."""

    origin: str  # "json-ld" or "app-state"
    paragraphs: tuple[str, ...]

    @property
    def chars(self) -> int:
        return sum(map(len, self.paragraphs))


def json_ld_body(
    json_ld: Sequence[Any], shape: ShapeSettings = DEFAULT_SETTINGS.shape
) -> EmbeddedBody | None:
    """The `articleBody` of the page's JSON-LD (`Page.json_ld`) holding the most prose (by
    `shape`), as paragraphs; None when none holds any (a field of junk, "0000...", is no
    body)."""
    best: tuple[str, ...] = ()
    best_prose = 0
    for data in json_ld:
        for value in _values_of(data, _BODY_KEYS):
            paragraphs = _paragraphs(value)
            prose = sum(len(p) for p in paragraphs if is_prose(p, shape))
            if prose > best_prose:
                best, best_prose = paragraphs, prose
    return EmbeddedBody("json-ld", best) if best else None


def app_state_body(
    root: HtmlElement,
    settings: FallbackSettings = DEFAULT_SETTINGS.fallback,
    json_settings: JsonSettings = DEFAULT_SETTINGS.json,
    shape: ShapeSettings = DEFAULT_SETTINGS.shape,
) -> EmbeddedBody | None:
    """The most prose (by `shape`) one embedded app-state script holds, as paragraphs in its
    order.

    Each script's strings are read in order and its prose strings kept (an HTML string is
    split into its paragraphs); the script with the most prose wins. Teasers of other
    stories are prose too, so this is used only when the visible page has little.
    """
    best: tuple[str, ...] = ()
    best_chars = 0
    next_chunks: list[str] = []
    for script in root.iter("script"):
        text = script.text or ""
        kind = (script.get("type") or "").strip().lower()
        if kind == "application/ld+json" or len(text) < settings.embedded_min_chars:
            continue
        if _NEXT_CHUNK.search(text, 0, 40):
            next_chunks.append(text)
            continue
        strings: Iterator[str]
        if kind == "application/json" or script.get("id") == "__NEXT_DATA__":
            strings = _strings(load_json(text, json_settings))
        elif _STATE_ASSIGNMENT.match(text):
            start, end = text.find("{"), text.rfind("}")
            if start < 0 or end < start:
                continue
            strings = _strings(load_json(text[start : end + 1], json_settings))
        else:
            continue
        paragraphs = _prose_paragraphs(strings, shape)
        chars = sum(map(len, paragraphs))
        if chars > best_chars:
            best, best_chars = paragraphs, chars
    if next_chunks:
        paragraphs = _prose_paragraphs(_flight_strings(next_chunks, json_settings), shape)
        if sum(map(len, paragraphs)) > best_chars:
            best = paragraphs
    return EmbeddedBody("app-state", best) if best else None


def _values_of(data: Any, keys: tuple[str, ...]) -> Iterator[str]:
    """String values of `keys` anywhere in a JSON value (iteratively: no recursion limit)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key in keys and isinstance(value, str):
                    yield value
                elif isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _strings(data: Any) -> Iterator[str]:
    """Every string in a JSON value, in document order (iteratively)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _flight_strings(chunks: list[str], settings: JsonSettings) -> Iterator[str]:
    """The string literals of the Next.js app router's streamed payload, in order.

    Each `self.__next_f.push([1, "..."])` carries a piece of a line-based stream whose
    lines hold JSON fragments; joined, the string literals in it are the page's texts.
    """
    payload: list[str] = []
    for chunk in chunks:
        start, end = chunk.find("["), chunk.rfind("]")
        data = load_json(chunk[start : end + 1], settings) if 0 <= start < end else None
        if isinstance(data, list) and len(data) > 1 and isinstance(data[1], str):
            payload.append(data[1])
    for literal in _STRING.finditer("".join(payload)):
        value = load_json(literal.group(), settings)
        if isinstance(value, str):
            yield value


def _prose_paragraphs(strings: Iterator[str], shape: ShapeSettings) -> tuple[str, ...]:
    """The prose (by `shape`) among `strings`, HTML strings split into paragraphs, each once."""
    seen: set[str] = set()
    out: list[str] = []
    for value in strings:
        if len(value) < shape.prose_min_chars:
            continue
        for paragraph in _paragraphs(value):
            if paragraph not in seen and is_prose(paragraph, shape):
                seen.add(paragraph)
                out.append(paragraph)
    return tuple(out)


def _paragraphs(value: str) -> tuple[str, ...]:
    """A body string as paragraphs: HTML split at block tags, plain text at line breaks."""
    if "<" in value and _TAG.search(value):
        value = _TAG.sub(" ", _PARAGRAPH_TAG.sub("\n", value))
    value = html.unescape(value)
    lines = (" ".join(line.split()) for line in _LINE_BREAKS.split(value))
    return tuple(line for line in lines if line)
