"""Shared loading for the benchmark scripts: bench manifests, the shared scorers, text helpers.

The development data lives outside the repository (``../shared`` next to the repo root), so
every script takes ``--shared PATH`` and exits cleanly when it is absent. The scorers are
imported from that folder rather than copied, so the figures printed here are the scorers'
own figures by construction.
"""

from __future__ import annotations

import gzip
import html
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from lxml import etree
from lxml import html as lxml_html

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO_ROOT.parent / "shared"

#: Elements whose boundaries separate words in rendered text; their text is put on its own
#: line when a peer's HTML output is turned into plain text (lxml's text_content() would glue
#: "end</p><p>Start" into one token, which the shingle metric punishes unfairly).
BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header"),
        *("hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr"),
        "ul",
    }
)


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page: its input as text, its URL and its gold record from the manifest."""

    id: str
    kind: str  # "html" or "text": what the input is
    content: str
    url: str | None
    gold: dict[str, Any]


def shared_dir(option: str | None) -> Path:
    """The shared data folder: the --shared option, else ``../shared`` beside the repo."""
    return Path(option).resolve() if option else DEFAULT_SHARED


def read_input(path: Path) -> str:
    """A page's input as text: gunzipped when it ends in .gz, decoded as UTF-8.

    Every bench input is UTF-8 (checked); errors are replaced rather than raised so one odd
    byte never stops a run. All tools get the same decoded string.
    """
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")


def load_pages(folder: Path, limit: int | None = None) -> list[Page]:
    """The pages listed in ``folder/manifest.jsonl``, in manifest order, the first `limit` only."""
    pages: list[Page] = []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if limit is not None and len(pages) >= limit:
            break
        record = json.loads(line)
        pages.append(
            Page(
                id=record["id"],
                kind=record.get("input_kind", "html"),
                content=read_input(folder / record["input"]),
                url=record.get("url"),
                gold=record["gold"],
            )
        )
    return pages


def load_module(path: Path, name: str) -> ModuleType:
    """Import a standalone script (the shared scorers) from its file path."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment or document, one line per block element.

    Used on peers that return HTML (readability-lxml). Text inside a block element stays on
    one line with its whitespace collapsed; script and style contents are dropped.
    """
    if not markup.strip():
        return ""
    root = lxml_html.document_fromstring(markup)
    etree.strip_elements(root, "script", "style", with_tail=False)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join(" ".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
            if element.text and isinstance(element.tag, str):
                current.append(element.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
            if element.tail:
                current.append(element.tail)
    flush()
    return "\n".join(lines)


def text_to_html(text: str) -> str:
    """A minimal HTML document holding each non-empty line of a text dump as a <p>.

    This is how peers, which only read HTML, are given the text-mode inputs.
    """
    paragraphs = "\n".join(
        f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip()
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head>\n'
        f"<body>\n{paragraphs}\n</body></html>"
    )
