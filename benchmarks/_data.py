"""Shared loading for the benchmark scripts: bench manifests, the shared scorers, text helpers.

The development data lives outside the repository (``../shared`` next to the repo root), so
every script takes ``--shared PATH`` and exits cleanly when it is absent. The scorers are
imported from that folder rather than copied, so the figures printed here are the scorers'
own figures by construction.

Hash halves. Every page belongs to one of two halves, fixed by its manifest id alone:
``half(page_id) = int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 2``; 0 is half "A"
(calibrate: look at these pages when tuning), 1 is half "B" (check: a change tuned on A should
move B the same way). The split is the same for a page in every dump style, and does not
depend on the order or the number of pages loaded. ``half`` is its only definition.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
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


#: The HTML dev sets, the set shipped as text dumps, and the HTML sets given text twins.
HTML_SETS = ("scrapinghub", "readability", "dragnet", "fundus-dev")
TEXT_SETS = ("scrapinghub-text",)
TWIN_SOURCES = ("scrapinghub", "dragnet", "fundus-dev")
#: The dump styles of ``bench/dumpstyles.py``, in its order.
DUMP_STYLES = ("html_text", "bs_newline", "innertext", "wrap80", "markdown")
#: Where text twins are cached: ``<cache>/<set>/<style>/`` (manifest.jsonl and text/).
DEFAULT_DUMPS = REPO_ROOT / "benchmarks" / "out" / "dumps"
#: Modules ``dumpstyles.py`` needs beyond lxml (the ``bench`` extra installs them).
DUMP_MODULES = ("html_text", "html2text", "bs4")

#: Names of the two halves, indexed by ``half(page_id)``: A calibrates, B checks.
HALVES = ("A", "B")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


#: Prefixed to the page id before hashing. The readability dev pages are themselves the pages
#: whose SHA-1 of the bare name is even (the other half is held out), so an unsalted hash
#: would put all of them in one half.
HALF_SALT = "newsextract-half:"


def half(page_id: str) -> int:
    """The page's half: 0 ("A", calibrate) or 1 ("B", check), from the SHA-1 of its id."""
    return int(hashlib.sha1((HALF_SALT + page_id).encode()).hexdigest(), 16) % 2


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


def add_set_options(parser: argparse.ArgumentParser) -> None:
    """`--shared`, `--set` (one HTML dev set) and `--limit`, as the timing scripts take them."""
    parser.add_argument("--shared", help="folder holding bench/ (default ../shared)")
    parser.add_argument("--set", default="scrapinghub", choices=HTML_SETS)
    parser.add_argument("--limit", type=int)


def set_pages(args: argparse.Namespace) -> list[Page] | None:
    """The pages of the set `add_set_options` read; None, saying so, when it is absent."""
    folder = shared_dir(args.shared) / "bench" / args.set
    if not (folder / "manifest.jsonl").exists():
        print(f"no {folder}: nothing to time")
        return None
    return load_pages(folder, args.limit)


def bench_dir(option: str | None) -> Path | None:
    """The shared ``bench/`` folder, or None, saying so, when its scorer is not there."""
    bench = shared_dir(option) / "bench"
    if not (bench / "score.py").is_file():
        print(f"benchmark data not found at {bench}; nothing to run (use --shared PATH)")
        return None
    return bench


def decode(raw: bytes) -> str:
    """Bytes as text: a BOM, else UTF-8, else the ``<meta>`` charset, else cp1252.

    The order ``bench/dumpstyles.py`` decodes pages in, so the HTML run and the text twins
    start from the same text. All inputs are UTF-8 but 11 dragnet pages; errors are replaced
    rather than raised so one odd byte never stops a run.
    """
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(raw[:8192])
    if match:
        try:
            return raw.decode(match.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


def read_input(path: Path) -> str:
    """A page's input as text: gunzipped when it ends in .gz, then `decode`d.

    All tools get the same decoded string.
    """
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return decode(raw)


def load_pages(
    folder: Path, limit: int | None = None, halves: Iterable[int] = (0, 1)
) -> list[Page]:
    """The pages of ``folder/manifest.jsonl`` in the given halves, in manifest order.

    With `limit`, the first `limit` such pages only.
    """
    wanted = frozenset(halves)
    pages: list[Page] = []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if limit is not None and len(pages) >= limit:
            break
        record = json.loads(line)
        if half(record["id"]) not in wanted:
            continue
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


def missing_dump_modules() -> list[str]:
    """The modules ``dumpstyles.py`` needs that cannot be imported here."""
    return [name for name in DUMP_MODULES if importlib.util.find_spec(name) is None]


def ensure_dumps(
    bench: Path, source: str, styles: Sequence[str], cache: Path
) -> dict[str, Path | None]:
    """Each style's text-twin folder of the set `source`, made with dumpstyles.py if missing.

    A style counts as present when ``<cache>/<source>/<style>/manifest.jsonl`` exists
    (dumpstyles.py writes it last); delete the folder to regenerate. Generation runs
    ``bench/dumpstyles.py`` in one child process with this interpreter, over the whole set.
    A style that cannot be made (html-text or html2text missing, the script failing) maps to
    None, with a note on stdout.
    """
    folders = {style: cache / source / style for style in styles}
    missing = [s for s, f in folders.items() if not (f / "manifest.jsonl").is_file()]
    if missing:
        absent = missing_dump_modules()
        if absent:
            print(
                f"note: text twins of {source} ({', '.join(missing)}) skipped: "
                f"{', '.join(absent)} not installed (pip install -e '.[bench]')"
            )
        else:
            print(f"  making text twins of {source}: {', '.join(missing)}", file=sys.stderr)
            command = [sys.executable, "-W", "ignore", str(bench / "dumpstyles.py")]
            command += [str(bench / source), "--out", str(cache / source)]
            command += ["--styles", ",".join(missing)]
            done = subprocess.run(command, stdout=sys.stderr, check=False)
            if done.returncode:
                print(f"note: dumpstyles.py failed on {source} (exit {done.returncode})")
    return {s: f if (f / "manifest.jsonl").is_file() else None for s, f in folders.items()}


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
