"""JSON from the page (JSON-LD, embedded app state), parsed within bounds or not at all.

Pages carry JSON in `<script>` elements, and a page is untrusted input. `json.loads` recurses
once per nesting level, so 100,000 nested arrays raise `RecursionError` (and in C code could
exhaust the stack); a multi-megabyte blob costs time and memory for nothing a news article
needs. So before parsing, one linear scan that skips over strings measures the nesting depth,
and JSON longer than `max_chars` or deeper than `max_depth` is refused. Malformed JSON (common
in the wild) is refused the same way: the caller loses that block's data, never the page.
Strings escaped into control characters or lone surrogates ("\u0000") are cleaned like
the page's text.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from newsextract.input.decode import clean_text
from newsextract.settings import DEFAULT_SETTINGS, JsonSettings

if TYPE_CHECKING:
    import lxml.html

#: A JSON string (escapes included, an unterminated one running to the end) or a bracket.
#: The unrolled string loop has no nested quantifier: linear on any input.
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)
_OPENERS = frozenset("[{")
#: Wrappers pages put around a script's JSON (HTML comments, CDATA, JS comments).
_SCRIPT_WRAPPERS = ("<!--", "-->", "<![CDATA[", "]]>", "//", "/*", "*/")
#: JSON escapes of characters no text of the result may hold (NUL and the other controls,
#: "\b", "\f", "\r", lone surrogates, U+FFFE/U+FFFF): the page's text was cleaned, but
#: "\u0000" in a JSON string is six clean characters until `json.loads` reads them.
_UNCLEAN_ESCAPE = re.compile(
    r"\\(?:[bfr]|u(?:00[01][0-9a-f]|007f|00[89][0-9a-f]|d[89a-f][0-9a-f]{2}|fff[ef]))",
    re.IGNORECASE,
)


def load_json(text: str, settings: JsonSettings = DEFAULT_SETTINGS.json) -> Any | None:
    """The value `text` holds, or None when it is malformed, too long or nested too deep."""
    if len(text) > settings.max_chars or nesting_depth(text) > settings.max_depth:
        return None
    try:
        value = json.loads(text, strict=False)
    except (ValueError, RecursionError):  # JSONDecodeError, or an integer over Python's limit
        return None
    return _cleaned(value) if _UNCLEAN_ESCAPE.search(text) else value


def _cleaned(value: Any) -> Any:
    """`value` with its strings (keys too) cleaned like the page's text (`clean_text`). Its
    depth is bounded by `JsonSettings.max_depth`, so the recursion is too."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    if isinstance(value, dict):
        return {_cleaned(key): _cleaned(item) for key, item in value.items()}
    return value


def nesting_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in `text`, brackets inside strings aside."""
    depth = deepest = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token[0] == '"':
            continue
        if token in _OPENERS:
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def json_ld_scripts(
    root: lxml.html.HtmlElement, settings: JsonSettings = DEFAULT_SETTINGS.json
) -> tuple[Any, ...]:
    """The parsed JSON of each ``<script type="application/ld+json">``, in page order; a
    broken, huge or too deep one is left out. Read once per page (`input.page.prepare`):
    metadata and the embedded-body fallback share it."""
    found = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            data = load_json(unwrap_script(script.text or ""), settings)
            if data is not None:
                found.append(data)
    return tuple(found)


def unwrap_script(text: str) -> str:
    """Script text without the comment and CDATA wrappers pages put around JSON."""
    text = text.strip()
    changed = True
    while changed:
        changed = False
        for token in _SCRIPT_WRAPPERS:
            if text.startswith(token):
                text, changed = text[len(token) :].strip(), True
            if text.endswith(token):
                text, changed = text[: -len(token)].strip(), True
    return text
